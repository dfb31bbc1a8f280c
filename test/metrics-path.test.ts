/**
 * The metrics path run for real on loopback, per environment that renders it: the rendered Telegraf
 * producer and consumer configurations run by Telegraf 1.37.2 (the pinned `telegraf` tool) through
 * the Kafka stand-in (the `kafka-fake` tool: franz-go's kfake speaking the Kafka 4 protocol with
 * SCRAM-SHA-512 over TLS, no SaslHandshake v0) into a real influxd 1.8.10 bootstrapped by the rendered
 * setup script.
 *
 * The configurations run as rendered except for endpoints, mounted files and the agent's timing: the
 * broker, InfluxDB and metrics listen addresses become loopback ports, mounted paths (Kafka CA,
 * service-account token) point at local files, and the variables the pods get from fieldRefs and
 * Secrets are set. The `[agent]` interval becomes 1 s, flush_interval 1 s or 3 s and flush_jitter 0 s (see
 * FAST_AGENT): at the rendered 10 s + up to 5 s jitter, each phase below waits one to three flush
 * periods and the test took close to two minutes. Every phase waits on what the agents do (metrics,
 * points in Kafka and InfluxDB), never on their period, so only the waiting shrinks; the test first
 * asserts that the rendered timing is the environment's, so a rendering change still fails here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../environments';
import { tool } from '../tools';
import { influxQuery, influxRows, jobEnvironment, runSetup, startInfluxd, type Influxd } from './support/influxd';
import { freePort, startProcess, stopAll, waitFor, type RunningProcess } from './support/processes';
import { renderedObject, renderedTelegrafs, withMounts, type RenderedTelegraf } from './support/telegraf';
import { parseTelegrafToml } from './support/telegraf-toml';

/** `text` with each key replaced by its value; throws when a key is not in the text (the rendering changed). */
function replaceEndpoints(text: string, endpoints: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [from, to] of Object.entries(endpoints)) {
    if (!out.includes(from)) throw new Error(`the rendered configuration no longer contains ${from}`);
    out = out.split(from).join(to);
  }
  return out;
}

/**
 * The test's agent timing: collection every second, no flush jitter; the consumer flushes every
 * second, the producer every 3 s. The producer's flushes stay further apart than CONSUME_IDLE so that
 * reading the topic (`kafka-fake consume`, which stops after that long without a record) ends while
 * the producer keeps writing.
 */
const FAST_AGENT = {
  'telegraf-producer': { interval: '1s', flush_interval: '3s', flush_jitter: '0s' },
  'telegraf-consumer': { interval: '1s', flush_interval: '1s', flush_jitter: '0s' },
} as const;
const CONSUME_IDLE = '2s';
/**
 * How long Kafka stays down in the restart phase: longer than the producer's flush period at
 * FAST_AGENT timing, so both agents try to write or fetch at least once while it is gone.
 */
const KAFKA_DOWN_MS = 4_000;

/** The rendered `[agent]` timing lines of `name`'s configuration, replaced by FAST_AGENT's (keys for replaceEndpoints). */
function fastAgent(name: string, agent: Record<string, unknown>): Record<string, string> {
  const timing = FAST_AGENT[name as keyof typeof FAST_AGENT];
  if (!timing) throw new Error(`no test timing for the Telegraf configuration ${name}`);
  return Object.fromEntries(Object.entries(timing).map(([key, value]) => [`\n  ${key} = "${agent[key]}"\n`, `\n  ${key} = "${value}"\n`]));
}

const KAFKA_PASSWORDS = { 'telegraf-producer': 'producer-secret', 'telegraf-consumer': 'consumer-secret' } as const;

describe.each(['staging'])('%s: Telegraf → Kafka → Telegraf → InfluxDB with the real programs', (env) => {
  const processes: RunningProcess[] = [];
  afterAll(async () => stopAll(processes));

  it('delivers metrics with the global tags on the rendered topic, rides out Kafka being down and restarted, and a consumer restart loses nothing', async () => {
    const telegrafs = Object.fromEntries(renderedTelegrafs(env).map((t) => [t.name, t]));
    const producer = telegrafs['telegraf-producer'];
    const consumer = telegrafs['telegraf-consumer'];
    const producerConfig = parseTelegrafToml(producer.config) as any;
    const consumerConfig = parseTelegrafToml(consumer.config) as any;
    const topic: string = producerConfig.outputs.kafka[0].topic;
    const [bootstrap] = producerConfig.outputs.kafka[0].brokers as string[];
    const influxUrl: string = consumerConfig.outputs.influxdb[0].urls[0];
    const partitions = (renderedObject(env, 'KafkaTopic', topic).spec as { partitions: number }).partitions;

    // The rendered timing is the environment's before the test substitutes its own (FAST_AGENT).
    const settings = ENVIRONMENTS.find((e) => e.name === env)!.influxdb!.telegraf;
    for (const config of [producerConfig, consumerConfig]) {
      expect(config.agent).toMatchObject({
        interval: `${settings.interval.toSeconds()}s`, flush_interval: `${settings.flushInterval.toSeconds()}s`, flush_jitter: '5s', round_interval: true,
      });
    }

    // InfluxDB as the setup Job leaves it.
    const influx: Influxd = await startInfluxd(renderedObject(env, 'ConfigMap', 'influxdb').data['influxdb.conf']);
    processes.push(influx.process);
    const { vars, secrets } = jobEnvironment(env, influx.url);
    const setup = runSetup(env, vars);
    expect(setup.status, setup.output).toBe(0);
    const writer = secrets.get(renderedEnvSecret(consumer, 'INFLUXDB_PASSWORD'))!;
    const admin = secrets.get('influxdb-admin-credentials')!;

    // Kafka: not started yet, so both agents start while it is unreachable.
    const kafkaDir = mkdtempSync(path.join(os.tmpdir(), 'kafka-fake-'));
    const kafkaPort = await freePort();
    const broker = `127.0.0.1:${kafkaPort}`;
    const startKafka = async () => {
      const kafka = startProcess('kafka-fake', tool('kafka-fake'), [
        'serve', '-port', String(kafkaPort), '-dir', kafkaDir, '-topic', topic, '-partitions', String(partitions),
        ...Object.entries(KAFKA_PASSWORDS).flatMap(([user, password]) => ['-user', `${user}=${password}`]),
      ]);
      processes.push(kafka);
      await waitFor('kafka-fake to listen', () => {
        if (kafka.exitCode() !== undefined) throw new Error(`kafka-fake exited: ${kafka.output()}`);
        return kafka.output().includes('listening') ? true : undefined;
      });
      return kafka;
    };
    spawnSync(tool('kafka-fake'), ['ca', '-dir', kafkaDir]);
    const tokenDir = mkdtempSync(path.join(os.tmpdir(), 'sa-token-'));
    writeFileSync(path.join(tokenDir, 'token'), 'not-a-token');

    const run = async (t: RenderedTelegraf, endpoints: Record<string, string>, envVars: Record<string, string>) => {
      const metricsPort = await freePort();
      const dir = mkdtempSync(path.join(os.tmpdir(), `${t.name}-`));
      const file = path.join(dir, 'telegraf.conf');
      const mounts = Object.fromEntries(t.mounts.filter((m) => m.name === 'kafka-ca').map((m) => [m.mountPath, kafkaDir]));
      const agent = (parseTelegrafToml(t.config) as any).agent;
      writeFileSync(file, replaceEndpoints(withMounts(t.config, mounts), { ...endpoints, ...fastAgent(t.name, agent), [`listen = ":9273"`]: `listen = "127.0.0.1:${metricsPort}"` }));
      expect(Object.keys(envVars).sort()).toEqual([...t.envNames].sort());
      const p = startProcess(t.name, tool('telegraf'), t.command.slice(1).map((a) => (a.endsWith('telegraf.conf') ? file : a)), envVars);
      processes.push(p);
      return { process: p, metrics: `http://127.0.0.1:${metricsPort}/metrics` };
    };
    const startProducer = () => run(producer, {
      [`"${bootstrap}"`]: `"${broker}"`,
      '"/var/run/secrets/kubernetes.io/serviceaccount/token"': `"${tokenDir}/token"`,
    }, {
      HOSTNAME: 'node-a', HOST_IP: '127.0.0.1', HOST_PROC: '/proc', HOST_SYS: '/sys', HOST_MOUNT_PREFIX: '',
      KAFKA_PASSWORD: KAFKA_PASSWORDS['telegraf-producer'],
    });
    const startConsumer = () => run(consumer, { [`"${bootstrap}"`]: `"${broker}"`, [`"${influxUrl}"`]: `"${influx.url}"` }, {
      HOSTNAME: 'telegraf-consumer-0', KAFKA_PASSWORD: KAFKA_PASSWORDS['telegraf-consumer'],
      INFLUXDB_USERNAME: writer.name, INFLUXDB_PASSWORD: writer.password,
    });

    const prod = await startProducer();
    let cons = await startConsumer();
    // Both agents keep running while Kafka is unreachable, and say so in their own metrics
    // (the series the TelegrafKafkaUnreachable alert reads).
    const startupErrors = async (url: string) => {
      const text = await fetch(url).then((r) => r.text(), () => '');
      return [...text.matchAll(/^internal_write_startup_errors\{[^}]*(?:input="kafka_consumer"|output="kafka")[^}]*\} (\S+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    };
    const alive = (...ps: RunningProcess[]) => {
      for (const p of ps) if (p.exitCode() !== undefined) throw new Error(`${p.name} exited (${p.exitCode()}):\n${p.output()}`);
    };
    await waitFor('both agents to report Kafka startup errors', async () => {
      alive(prod.process, cons.process);
      return ((await startupErrors(prod.metrics)) > 0 && (await startupErrors(cons.metrics)) > 0) || undefined;
    }, 90_000);
    expect(prod.process.exitCode(), prod.process.output()).toBeUndefined();
    expect(cons.process.exitCode(), cons.process.output()).toBeUndefined();

    let kafka = await startKafka();
    const cpuPoints = async () => {
      const rows = influxRows(await influxQuery(influx.url, 'SELECT count(usage_idle) FROM cpu', admin, 'telegraf'));
      return Number(rows[0]?.count ?? 0);
    };
    await waitFor('cpu metrics in InfluxDB', async () => ((await cpuPoints()) > 0 ? true : undefined), 120_000);

    // Every metric carries the environment's global tags, in Kafka and in InfluxDB.
    const tags = producerConfig.global_tags as Record<string, string>;
    const inKafka = () => {
      const out = spawnSync(tool('kafka-fake'), ['consume', '-broker', broker, '-dir', kafkaDir, '-topic', topic, '-idle', CONSUME_IDLE, '-user', `telegraf-consumer=${KAFKA_PASSWORDS['telegraf-consumer']}`], { encoding: 'utf8', timeout: 60_000 });
      if (out.status !== 0) throw new Error(`kafka-fake consume: ${out.stderr}`);
      return out.stdout.split('\n').filter(Boolean);
    };
    const lines = inKafka();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) for (const [k, v] of Object.entries(tags)) expect(line.split(' ')[0], line).toContain(`,${k}=${v}`);
    const series = influxRows(await influxQuery(influx.url, 'SHOW TAG VALUES FROM cpu WITH KEY IN ("dc", "environment", "cluster", "host")', admin, 'telegraf'));
    expect(Object.fromEntries(series.map((r) => [r.key, r.value]))).toEqual({ ...tags, host: 'node-a' });

    // Kafka restarts (same port, same log): both agents stay up and metrics keep arriving.
    await kafka.stop();
    await new Promise((r) => setTimeout(r, KAFKA_DOWN_MS));
    expect(prod.process.exitCode(), prod.process.output()).toBeUndefined();
    expect(cons.process.exitCode(), cons.process.output()).toBeUndefined();
    kafka = await startKafka();
    const afterRestart = await cpuPoints();
    await waitFor('cpu metrics after the Kafka restart', async () => ((await cpuPoints()) > afterRestart ? true : undefined), 120_000);

    // The consumer stops while the producer keeps writing, then starts again: every cpu point
    // Kafka holds reaches InfluxDB.
    await cons.process.stop();
    const whileDown = await cpuPoints();
    const cpuInKafka = () => new Set(inKafka().filter((l) => l.startsWith('cpu,')).map((l) => l.split(' ').at(-1))).size;
    await waitFor('new cpu points in Kafka while the consumer is down', () => (cpuInKafka() >= whileDown + 2 ? true : undefined), 120_000, 500);
    await prod.process.stop();
    const expected = cpuInKafka();
    cons = await startConsumer();
    await waitFor(`all ${expected} cpu points in InfluxDB`, async () => ((await cpuPoints()) >= expected ? true : undefined), 120_000);
    expect(await cpuPoints()).toBe(expected);
  }, 600_000);
});

/** The Secret a container's variable comes from. */
function renderedEnvSecret(t: RenderedTelegraf, variable: string): string {
  const [kind, name] = t.runBy.split(' ')[0].split('/');
  const workload = renderedObject(t.env, kind, name);
  const container = workload.spec.template.spec.containers.find((c: { name: string }) => c.name === t.runBy.split(' ').at(-1));
  const ref = container.env.find((e: { name: string }) => e.name === variable)?.valueFrom?.secretKeyRef;
  if (!ref) throw new Error(`${t.runBy} has no Secret variable ${variable}`);
  return ref.name;
}
