/**
 * Durations that are valid for their consumers but not whole hours or seconds: a 90-minute topic
 * retention, rollover age and shard duration and a 1500 ms Telegraf interval. The schema accepts
 * them, so the render must write them exactly (it used to crash in cdk8s's `toHours()`, naming an
 * unrelated chart). Checked by the consumers themselves where they run here (Telegraf 1.37.2,
 * influxd 1.8.10), by a stand-in for Elasticsearch.
 */
import { Duration } from 'cdk8s';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staging, type EnvironmentConfig } from '../environments';
import { renderEnvironment } from '../main';
import { formatViolation, validateEnvironments } from '../render/environment-schema';
import { checkInvariants } from '../render/invariants';
import type { KubeObject } from '../render/manifests';
import { influxQuery, influxRows, startInfluxd, type Influxd } from './support/influxd';
import { kafkaCaDir, renderedTelegrafs, telegrafConfigCheck, withMounts } from './support/telegraf';

const minutes90 = Duration.minutes(90);
const influxdb = staging.influxdb!;
const env = {
  ...staging,
  kafka: { ...staging.kafka, topics: { ...staging.kafka.topics, nodeLogs: { ...staging.kafka.topics.nodeLogs, retention: minutes90 } } },
  elasticsearch: { ...staging.elasticsearch, lifecycle: { ...staging.elasticsearch.lifecycle, rolloverMaxAge: minutes90 } },
  influxdb: { ...influxdb, shardDuration: minutes90, telegraf: { ...influxdb.telegraf, interval: Duration.millis(1500) } },
} satisfies EnvironmentConfig;

describe('durations that are not whole hours or seconds', () => {
  let objects: KubeObject[];
  const find = (kind: string, name: string): any => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`no ${kind} ${name} rendered`);
    return found;
  };

  beforeAll(() => {
    expect(validateEnvironments([env]).map(formatViolation)).toEqual([]);
    const tree = renderEnvironment(env);
    expect(checkInvariants(tree)).toEqual([]);
    objects = tree.get('staging')!.map((r) => r.object);
  });

  it('renders a 90-minute topic retention as Kafka retention.ms 5400000', () => {
    const retention = (part: string) => (objects.find((o) => o.kind === 'KafkaTopic' && o.metadata.name!.includes(part)) as any).spec.config['retention.ms'];
    expect(retention('.node.')).toBe(5_400_000);
    expect(retention('.container.')).toBe(3 * 86_400_000);
  });

  it('renders a 90-minute rollover age as "90m", which an Elasticsearch stand-in reads as 90 minutes', () => {
    const texts = Object.values(find('ConfigMap', 'logs-index-lifecycle').data as Record<string, string>);
    const ages = texts.flatMap((text) => [...text.matchAll(/"max_age":\s*"([^"]+)"/g)].map((m) => m[1]!));
    expect(ages.length).toBeGreaterThan(0);
    expect(new Set(ages)).toEqual(new Set(['90m']));
    // Stand-in for Elasticsearch's TimeValue.parseTimeValue (libs/core/src/main/java/org/elasticsearch/core/TimeValue.java
    // at v9.5.3): a whole number followed by one of nanos, micros, ms, s, m, h, d.
    const parseTimeValue = (v: string) => {
      const m = /^(\d+)(nanos|micros|ms|s|m|h|d)$/.exec(v.trim().toLowerCase());
      if (!m) throw new Error(`failed to parse setting [max_age] with value [${v}] as a time value`);
      return Number(m[1]) * { nanos: 1e-6, micros: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as 'ms'];
    };
    expect(parseTimeValue(ages[0]!)).toBe(5_400_000);
  });

  it('renders a 1500 ms interval as "1500ms", which Telegraf 1.37.2 accepts', () => {
    const config: string = find('ConfigMap', 'telegraf-producer').data['telegraf.conf'];
    expect(config).toMatch(/^ {2}interval = "1500ms"$/m);
    // The committed staging producer, with this render's configuration: same mounts and variables.
    const producer = renderedTelegrafs('staging').find((t) => t.name === 'telegraf-producer')!;
    const caDir = kafkaCaDir();
    const runnable = (text: string) => withMounts(text, Object.fromEntries(producer.mounts.filter((m) => m.name === 'kafka-ca' || m.name === 'ca').map((m) => [m.mountPath, caDir])));
    const vars = Object.fromEntries(producer.envNames.map((n) => [n, n === 'HOST_IP' ? '127.0.0.1' : `value-of-${n.toLowerCase()}`]));
    const check = telegrafConfigCheck(runnable(config), vars);
    expect(check.ok, check.output).toBe(true);
    // The same check refuses a duration Telegraf cannot read, so it would have caught a bad one.
    expect(telegrafConfigCheck(runnable(config.replace('"1500ms"', '"1500 millis"')), vars).ok).toBe(false);
  });

  describe('a 90-minute shard duration', () => {
    let server: Influxd;
    beforeAll(async () => {
      server = await startInfluxd(find('ConfigMap', 'influxdb').data['influxdb.conf']);
    });
    afterAll(async () => server?.process.stop());

    it('renders as "SHARD DURATION 90m", which influxd 1.8.10 stores as 1h30m', async () => {
      const script: string = find('ConfigMap', 'influxdb-setup').data['setup.sh'];
      const statement = /Q='(CREATE RETENTION POLICY [^']+)'/.exec(script)?.[1];
      expect(statement).toMatch(/ SHARD DURATION 90m DEFAULT$/);
      // Authentication is on: the first user must be an admin, then the statement runs as it.
      const admin = { name: 'admin', password: 'test-only' };
      expect((await influxQuery(server.url, `CREATE USER "admin" WITH PASSWORD '${admin.password}' WITH ALL PRIVILEGES`)).status).toBe(200);
      expect((await influxQuery(server.url, `CREATE DATABASE "${env.influxdb.database}"`, admin)).status).toBe(200);
      influxRows(await influxQuery(server.url, statement!, admin)); // throws on an error the server reports
      const policies = influxRows(await influxQuery(server.url, `SHOW RETENTION POLICIES ON "${env.influxdb.database}"`, admin));
      expect(policies.find((p) => p.default)).toMatchObject({ shardGroupDuration: '1h30m0s' });
    });
  });
});
