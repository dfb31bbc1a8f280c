import { Chart, Duration, Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InfluxDb, validateInfluxDb, type InfluxDbClusterTopology, type InfluxDbProps } from '../../constructs/influxdb';
import { setupStatements } from '../../constructs/influxdb-setup-job';
import { toToml } from '../../constructs/toml';
import { prod, staging, type EnvironmentConfig } from '../../environments';
import { renderEnvironment } from '../../main';
import { objectId, type KubeObject } from '../../render/manifests';
import { parseTelegrafToml } from '../support/telegraf-toml';
import { committedManifests } from '../support/fixtures';

const resources = { cpu: Cpu.millis(100), memory: Size.mebibytes(256) };
const cluster: InfluxDbClusterTopology = {
  kind: 'cluster', metaImage: 'meta:1', dataImage: 'data:1', probeImage: 'telegraf:1', metaNodes: 3, dataNodes: 2, highAvailability: true,
  metaResources: resources, metaStorage: Size.gibibytes(1), dataResources: resources, dataStorage: Size.gibibytes(10), probeResources: resources,
};
const base: InfluxDbProps = { topology: cluster, database: 'telegraf', retention: Duration.days(30), shardDuration: Duration.days(1), replicationFactor: 2, storageClass: 'standard' };
const withCluster = (t: Partial<InfluxDbClusterTopology>, props: Partial<InfluxDbProps> = {}): InfluxDbProps => ({ ...base, ...props, topology: { ...cluster, ...t } });

function synth(props: InfluxDbProps) {
  const chart = new Chart(Testing.app(), 'influxdb', { namespace: 'influxdb' });
  const db = new InfluxDb(chart, 'InfluxDb', props);
  return { db, objects: Testing.synth(chart) as KubeObject[] };
}

describe('InfluxDb', () => {
  it('renders 3 meta and 2 data StatefulSets, a Service over the data nodes and monitors for both', () => {
    const { db, objects } = synth(base);
    const sets = objects.filter((o) => o.kind === 'StatefulSet').map((o) => [o.metadata.name, (o.spec as any).replicas]);
    expect(sets).toEqual([['influxdb-meta', 3], ['influxdb-data', 2]]);
    const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'influxdb')!;
    expect((service.spec as any).selector).toEqual(db.dataPodLabels);
    expect(objects.filter((o) => o.kind === 'PodMonitor').map((o) => o.metadata.name).sort()).toEqual(['influxdb-data', 'influxdb-meta']);
    expect(db.url).toBe('http://influxdb.influxdb.svc:8086');
    expect(db.metaAddresses).toEqual([0, 1, 2].map((i) => `influxdb-meta-${i}.influxdb-meta.influxdb.svc:8091`));
  });

  it('renders one InfluxDB 1.8 StatefulSet with authentication on for the single topology', () => {
    const { objects } = synth({ ...base, replicationFactor: 1, topology: { kind: 'single', image: 'influxdb:1.8.10', resources, storage: Size.gibibytes(10) } });
    expect(objects.filter((o) => o.kind === 'StatefulSet').map((o) => o.metadata.name)).toEqual(['influxdb']);
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'influxdb')!;
    expect((config as any).data['influxdb.conf']).toMatch(/\[http\][^[]*auth-enabled = true/);
  });

  it('creates the database and a default retention policy with the replication factor and shard duration', () => {
    const { db } = synth(base);
    const statements = setupStatements({ influxdb: db, image: 'curl:1', resources, adminSecretName: 'admin', users: [{ secretName: 'w', privilege: 'WRITE' }] }).map((s) => s.q);
    expect(statements).toContain('CREATE DATABASE "telegraf"');
    expect(statements).toContain('ALTER RETENTION POLICY "telegraf_720h" ON "telegraf" DURATION 720h REPLICATION 2 SHARD DURATION 24h DEFAULT');
  });

  it('fails with fewer than 3 meta nodes when highly available', () => {
    expect(() => validateInfluxDb(withCluster({ metaNodes: 1 }))).toThrow(/topology\.metaNodes \(1\) must be at least 3 with highAvailability/);
  });

  it('fails with an even number of meta nodes when highly available', () => {
    expect(() => validateInfluxDb(withCluster({ metaNodes: 4 }))).toThrow(/topology\.metaNodes \(4\) must be odd with highAvailability/);
  });

  it('fails with fewer than 2 data nodes when highly available', () => {
    expect(() => validateInfluxDb(withCluster({ dataNodes: 1 }, { replicationFactor: 1 }))).toThrow(/topology\.dataNodes \(1\) must be at least 2/);
  });

  it('fails when the replication factor exceeds the data nodes', () => {
    expect(() => validateInfluxDb(withCluster({}, { replicationFactor: 3 }))).toThrow(/replicationFactor \(3\) must not exceed the number of data nodes \(2\)/);
  });

  it('fails when a single node is given a replication factor above 1', () => {
    expect(() => validateInfluxDb({ ...base, topology: { kind: 'single', image: 'i:1', resources, storage: Size.gibibytes(1) } })).toThrow(/replicationFactor \(2\) must not exceed the number of data nodes \(1\)/);
  });

  it('fails when the shard duration is longer than the retention', () => {
    expect(() => validateInfluxDb({ ...base, shardDuration: Duration.days(60) })).toThrow(/shardDuration .* must not exceed retention/);
  });

  it('fails on a database name InfluxQL would need quoting for', () => {
    expect(() => validateInfluxDb({ ...base, database: 'Tele-graf' })).toThrow(/database \("Tele-graf"\)/);
  });

  it('accepts 1 meta node without high availability', () => {
    expect(() => validateInfluxDb(withCluster({ metaNodes: 1, highAvailability: false }))).not.toThrow();
  });

  it('fails in an environment file with the environment and block named', () => {
    const bad = { ...prod, influxdb: { ...prod.influxdb, topology: { ...prod.influxdb.topology, metaNodes: 2 } } } as EnvironmentConfig;
    expect(() => renderEnvironment(bad)).toThrow(/^prod: influxdb\.topology\.metaNodes \(2\) must be at least 3/);
  });

  it('fails when the replication factor in an environment exceeds its data nodes', () => {
    const bad = { ...staging, influxdb: { ...staging.influxdb, replicationFactor: 2 } } as EnvironmentConfig;
    expect(() => renderEnvironment(bad)).toThrow(/^staging: influxdb\.replicationFactor \(2\) must not exceed the number of data nodes \(1\)/);
  });
});

const tree = committedManifests();
const objectsOf = (env: string) => tree.get(env)!.map((r) => r.object);
const telegrafConfigs = (env: string) =>
  objectsOf(env).filter((o) => o.kind === 'ConfigMap' && (o as any).data?.['telegraf.conf']).map((o) => [o.metadata.name, (o as any).data['telegraf.conf'] as string] as const);

describe('the metrics path in the rendered environments', () => {
  it.each(['staging', 'prod'])('%s: the producers write the topic the consumer reads, a rendered KafkaTopic with matching ACLs', (env) => {
    const objects = objectsOf(env);
    const config = (name: string) => parseTelegrafToml(telegrafConfigs(env).find(([n]) => n === name)![1]) as any;
    const produced = config('telegraf-producer').outputs.kafka[0].topic;
    const consumer = config('telegraf-consumer').inputs.kafka_consumer[0];
    expect(produced).toBe(`observability.metrics.telegraf.${env}.influx`);
    expect(consumer.topics).toEqual([produced]);
    expect(objects.some((o) => o.kind === 'KafkaTopic' && o.metadata.name === produced)).toBe(true);
    const acls = (user: string) => (objects.find((o) => o.kind === 'KafkaUser' && o.metadata.name === user)!.spec as any).authorization.acls;
    expect(acls('telegraf-producer')).toEqual([{ resource: { type: 'topic', name: produced, patternType: 'literal' }, operations: ['Write', 'Describe'] }]);
    expect(acls('telegraf-consumer')).toEqual(expect.arrayContaining([
      { resource: { type: 'topic', name: produced, patternType: 'literal' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: consumer.consumer_group, patternType: 'literal' }, operations: ['Read'] },
    ]));
  });

  it('prod runs the seed cluster: 3 meta nodes and 2 data nodes behind one Service', () => {
    const sets = objectsOf('prod').filter((o) => o.kind === 'StatefulSet' && o.metadata.namespace === 'influxdb').map((o) => [o.metadata.name, (o.spec as any).replicas]);
    expect(sets).toEqual(expect.arrayContaining([['influxdb-meta', 3], ['influxdb-data', 2]]));
  });

  it('tags every metric with dc, environment and cluster', () => {
    const producer = parseTelegrafToml(telegrafConfigs('prod').find(([n]) => n === 'telegraf-producer')![1]) as any;
    expect(producer.global_tags).toEqual({ dc: 'teh-1', environment: 'prod', cluster: 'prod' });
  });

  it('dev renders none of the path', () => {
    const objects = objectsOf('dev');
    const names = objects.map(objectId);
    expect(names.filter((n) => /influx|telegraf/.test(n))).toEqual([]);
  });
});

describe('toToml', () => {
  it('writes scalars, arrays, tables and arrays of tables in order, without headers for tables of tables', () => {
    expect(toToml({ a: 1, b: 'x', t: { c: true, d: ['p', 'q'] }, inputs: { cpu: [{ percpu: false }, {}] } })).toBe(
      'a = 1\nb = "x"\n\n[t]\n  c = true\n  d = ["p", "q"]\n\n[[inputs.cpu]]\n  percpu = false\n\n[[inputs.cpu]]\n',
    );
  });

  it('quotes keys that are not bare and round-trips through the YAML of a ConfigMap unchanged', () => {
    const text = toToml({ 'reporting-disabled': true, 'a.b': 'x' });
    expect(text).toBe('reporting-disabled = true\n"a.b" = "x"\n');
    expect(parse(`k: |\n${text.split('\n').map((l) => `  ${l}`).join('\n')}`).k.trim()).toBe(text.trim());
  });
});
