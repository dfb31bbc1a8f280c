/**
 * Every rendered Telegraf configuration checked by Telegraf 1.37.2 itself (the pinned `telegraf`
 * tool, built with exactly the plugins the configurations use), and the Kafka settings that decide
 * whether the agents can talk to the Kafka version the environment runs.
 */
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../environments/versions';
import { TELEGRAF_PLUGINS, TOOLS } from '../tools';
import { kafkaCaDir, pluginsOf, renderedObjects, renderedTelegrafs, telegrafConfigCheck, withMounts, type RenderedTelegraf } from './support/telegraf';
import { parseTelegrafToml } from './support/telegraf-toml';

const ENVIRONMENTS = ['staging', 'prod'];
const all = ENVIRONMENTS.flatMap(renderedTelegrafs);
/** Values for the variables the pod gives the container (from fieldRefs and Secrets in the cluster). */
const placeholders = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, n === 'HOST_IP' ? '127.0.0.1' : `value-of-${n.toLowerCase()}`]));
/** Local stand-ins for the mounted files a configuration reads: the Kafka CA. */
const caDir = kafkaCaDir();
// Both CA mounts (Kafka's, and Elasticsearch's for the failure-store probe) only need a readable ca.crt.
const runnable = (t: RenderedTelegraf) => withMounts(t.config, Object.fromEntries(t.mounts.filter((m) => m.name === 'kafka-ca' || m.name === 'ca').map((m) => [m.mountPath, caDir])));

describe('the telegraf tool', () => {
  it('is built with exactly the plugins the rendered configurations use', () => {
    const rendered = [...new Set(all.flatMap((t) => pluginsOf(parseTelegrafToml(t.config))))].sort();
    const missing = rendered.filter((p) => !(TELEGRAF_PLUGINS as readonly string[]).includes(p));
    expect(missing, 'rendered but not compiled into the telegraf tool (add them to TELEGRAF_PLUGINS in tools/index.ts)').toEqual([]);
    const unused = TELEGRAF_PLUGINS.filter((p) => !rendered.includes(p));
    expect(unused, 'compiled into the telegraf tool but rendered nowhere').toEqual([]);
  });

  it('is the Telegraf version every environment deploys, and influxd the staging InfluxDB version', () => {
    for (const [env, pins] of Object.entries(VERSIONS)) {
      expect(`Telegraf ${pins.telegraf.split(':').at(-1)}`, env).toBe(TOOLS.telegraf.version);
    }
    expect(`InfluxDB v${VERSIONS.staging.influxdb.split(':').at(-1)}`).toBe(TOOLS.influxd.version);
  });

  it('fails the check of a configuration with an option its plugin does not have', () => {
    const first = all.find((t) => t.config.includes('sasl_mechanism = '))!;
    const broken = runnable(first).replace('sasl_mechanism = ', 'kafka_versoin = "4.3.1"\n  sasl_mechanism = ');
    expect(broken).not.toBe(runnable(first));
    const check = telegrafConfigCheck(broken, placeholders(first.envNames));
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(/kafka_versoin/);
  });

  it('fails the check of a configuration using a plugin left out of the build', () => {
    const check = telegrafConfigCheck('[[inputs.nginx]]\n  urls = ["http://127.0.0.1/status"]\n\n[[outputs.influxdb]]\n  urls = ["http://127.0.0.1:8086"]\n', {});
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(/nginx/);
  });
});

describe.each(ENVIRONMENTS)('%s: rendered Telegraf configurations', (env) => {
  const telegrafs = renderedTelegrafs(env);
  const kafkaVersion = (renderedObjects(env).find((o) => o.kind === 'Kafka')!.spec as any).kafka.version as string;

  it.each(telegrafs.map((t) => [t.name, t] as const))('%s passes `telegraf config check` with strict environment handling', (_name, t) => {
    expect(t.command).toContain('--strict-env-handling');
    const check = telegrafConfigCheck(runnable(t), placeholders(t.envNames));
    expect(check.output, `${t.runBy}\n${check.output}`).not.toMatch(/E!|error/i);
    expect(check.ok, check.output).toBe(true);
  });

  it('both Kafka plugins speak the protocol of the Kafka version the environment renders and retry when Kafka is down at start', () => {
    const parsed = Object.fromEntries(telegrafs.map((t) => [t.name, parseTelegrafToml(t.config) as any]));
    const output = parsed['telegraf-producer'].outputs.kafka[0];
    const input = parsed['telegraf-consumer'].inputs.kafka_consumer[0];
    expect(kafkaVersion).toMatch(/^4\./);
    // plugins/common/kafka/config.go names it `version`; plugins/inputs/kafka_consumer `kafka_version`.
    expect(output.version).toBe(kafkaVersion);
    expect(input.kafka_version).toBe(kafkaVersion);
    expect(output.startup_error_behavior).toBe('retry');
    expect(input.startup_error_behavior).toBe('retry');
  });
});
