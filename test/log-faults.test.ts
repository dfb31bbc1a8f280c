import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { tool } from '../tools';
import { fluentBitPod, renderedFluentBit, type FluentBitDoc, type FluentBitPod } from './support/fluent-bit';
import { startKubernetesApiStandIn, type KubernetesApiStandIn, type PodMeta } from './support/kubernetes-api-standin';
import { containerFile as containerFileOf, forwarderPod, LOG_PATH_VALUES as VALUES, mountCa, podPaths } from './support/log-path';
import { freePort, killAll, startProcess, waitFor, type RunningProcess } from './support/processes';
import { startElasticsearchStandIn, type DataStreamTemplate, type ElasticsearchStandIn } from './support/elasticsearch-standin';
import { kafkaCaDir, renderedObject } from './support/telegraf';

/**
 * Faults around Kafka, run with the real programs: where an Elasticsearch outage's backlog lives (dev's
 * Fluent Bit aggregator, below: prod's aggregator is Logstash, which cannot run here), and Kafka faults met by prod's forwarder, counted: the real Fluent Bit 4.2.0 with the rendered
 * configuration (changed only where the pod's world differs, test/support/fluent-bit.ts) writes to
 * kafka-fake (franz-go's kfake, TLS and SCRAM-SHA-512 as prod's listener). The broker is made
 * unresponsive with SIGSTOP: its port still accepts connections (the kernel's backlog) but nothing
 * answers, as a hung broker or a black-holed route. Unique markers written to the node's files are
 * counted against the records Kafka holds afterwards; duplicates are allowed, losses are counted.
 * Each case has its own broker and forwarder and all run at once: the file takes as long as its
 * longest case (the restart), not their sum.
 */

const ENV = 'prod';
/** The Fluent Bit aggregator an environment deploys (README "Log pipeline": prod's and staging's are Logstash). */
const AGGREGATOR_ENV = 'dev';
const T0 = '2026-11-29T19:00:00.123456789Z';
const app: PodMeta = { namespace: 'shop', pod: 'api-5c8b', container: 'app', labels: { app: 'api' }, annotations: {} };
const containerFile = containerFileOf(app);
/** Lines of about 4 kB: a batch is well over the 8 MiB librdkafka may hold per output. */
const BATCH = 4_000;
const PADDING = 'p'.repeat(4_000);

const running: RunningProcess[] = [];
let kube: KubernetesApiStandIn;
let ca: string;
let containerTopic: string;
let topics: string[];
let output: { queueKbytes: number; queueFullRetries: number; retryLimit: string };

const rendered = renderedFluentBit(ENV, 'fluent-bit-forwarder');

/**
 * One case's own Kafka broker and prod forwarder (the Kubernetes API stand-in is shared): each case
 * stops its broker or its forwarder without touching another's, so the cases run at once. They wait
 * on timers (out_kafka's one-second retries, `grace`, the consumer's idle stop), not on the CPU.
 */
interface Rig {
  readonly kafkaPort: number;
  readonly kafkaDir: string;
  readonly kafka: RunningProcess;
  readonly forwarder: FluentBitPod;
  readonly metricsPort: number;
  forwarderProcess: RunningProcess;
}

async function startRig(name: string): Promise<Rig> {
  const kafkaDir = mkdtempSync(path.join(os.tmpdir(), `kafka-faults-${name}-`));
  for (const file of ['ca.crt', 'server.crt', 'server.key']) copyFileSync(path.join(ca, file), path.join(kafkaDir, file));
  const kafkaPort = await freePort();
  const kafka = startProcess(`kafka-fake (${name})`, tool('kafka-fake'), ['serve', '-port', String(kafkaPort), '-dir', kafkaDir, ...topics.flatMap((t) => ['-topic', t]),
    '-user', `log-forwarder=${VALUES['log-forwarder/password']}`, '-user', `log-aggregator=${VALUES['log-aggregator/password']}`]);
  running.push(kafka);
  await waitFor('kafka-fake to listen', () => {
    if (kafka.exitCode() !== undefined) throw new Error(`kafka-fake exited: ${kafka.output()}`);
    return kafka.output().includes('listening') ? true : undefined;
  });
  const metricsPort = await freePort();
  const forwarder = forwarderPod(rendered, VALUES, { httpPort: metricsPort, broker: () => `127.0.0.1:${kafkaPort}`, kubePort: kube.port, ca, files: [containerFile, '/var/log/auth.log'] });
  const rig: Rig = { kafkaPort, kafkaDir, kafka, forwarder, metricsPort, forwarderProcess: startForwarder(forwarder, `forwarder (${name})`) };
  await started(rig.forwarderProcess);
  await waitFor('the forwarder to watch the container file', () => (rig.forwarderProcess.output().includes('inotify_fs_add') ? true : undefined), 30_000);
  return rig;
}

function startForwarder(pod: FluentBitPod, name: string): RunningProcess {
  const p = startProcess(name, tool('fluent-bit'), ['-c', pod.configFile], pod.env);
  running.push(p);
  return p;
}

async function started(p: RunningProcess): Promise<void> {
  await waitFor(`${p.name} to start`, () => {
    if (p.exitCode() !== undefined) throw new Error(`${p.name} exited: ${p.output().slice(-3000)}`);
    return p.output().includes('stream processor started') ? true : undefined;
  });
}

/** Appends `count` CRI lines, each with a unique marker, to the rig's container file and returns the markers. */
function writeBatch(rig: Rig, prefix: string, count: number): string[] {
  const markers = Array.from({ length: count }, (_, i) => `${prefix}-${i}-${process.pid}`);
  appendFileSync(rig.forwarder.at(containerFile), markers.map((m) => `${T0} stdout F request served ${m} ${PADDING}\n`).join(''));
  return markers;
}

/** Every record of the rig's container topic, read from the start (`kafka-fake consume` stops after 1 s without one). */
async function topicRecords(rig: Rig): Promise<string[]> {
  // Asynchronous, so that the cases running beside this one go on meanwhile.
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(tool('kafka-fake'), ['consume', '-broker', `127.0.0.1:${rig.kafkaPort}`, '-dir', rig.kafkaDir, '-user', `log-forwarder=${VALUES['log-forwarder/password']}`, '-topic', containerTopic, '-idle', '1s'],
      { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 }, (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(err);
        else resolve({ status: err ? Number(err.code) : 0, stdout, stderr });
      });
  });
  if (run.status !== 0) throw new Error(`kafka-fake consume: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

/** The markers of `markers` no record in Kafka carries. */
function lostOf(markers: readonly string[], records: readonly string[]): string[] {
  const found = new Set<string>();
  for (const r of records) {
    const m = /request served (\S+)/.exec(r);
    if (m) found.add(m[1]);
  }
  return markers.filter((m) => !found.has(m));
}

/** The forwarder's Prometheus metrics (`/api/v2/metrics/prometheus`), summed per metric name and `name` label. */
async function metrics(rig: Rig): Promise<Map<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${rig.metricsPort}/api/v2/metrics/prometheus`)).text();
  const sums = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+)\{[^}]*name="([^"]+)"[^}]*\} (\S+)/.exec(line);
    if (m) sums.set(`${m[1]}/${m[2]}`, (sums.get(`${m[1]}/${m[2]}`) ?? 0) + Number(m[3]));
  }
  return sums;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  ca = kafkaCaDir();
  topics = (rendered.config.match(/topics: (\S+)/g) ?? []).map((t) => t.slice('topics: '.length));
  containerTopic = topics.find((t) => t.includes('.container.'))!;
  kube = await startKubernetesApiStandIn({ pods: [app], tlsDir: ca, token: 'service-account-token', nodeName: VALUES['field:spec.nodeName'] });
  const doc = parse(rendered.config) as FluentBitDoc;
  const out = doc.pipeline.outputs.find((o) => o.topics === containerTopic)!;
  output = { queueKbytes: Number(out['rdkafka.queue.buffering.max.kbytes']), queueFullRetries: Number(out.queue_full_retries), retryLimit: String(out.retry_limit) };
}, 60_000);

let es: ElasticsearchStandIn | undefined;
afterAll(async () => {
  // SIGKILL ends a stopped (SIGSTOP) broker too.
  await killAll(running);
  await Promise.all([kube?.close(), es?.close()]);
});

/**
 * Whether Fluent Bit 4.2.0's one pausing setting makes the aggregator leave an Elasticsearch outage's
 * backlog in Kafka (consumer lag) instead of taking it into its chunks: dev's aggregator, reading prod's
 * topics over prod's listener (its Kafka inputs take the forwarder's topics and security settings),
 * with `storage.pause_on_chunks_overlimit` on for its Kafka inputs (and its `storage.max_chunks_up`)
 * reads 1 000 records while Elasticsearch answers 503.
 * Then its pod is deleted (SIGTERM) and a replacement with an empty volume joins the same consumer
 * group, as a pod whose volume was lost: what Kafka hands it shows where the backlog lives.
 */
// The two parts run at the same time (each case on its own rig, see Rig).
describe.concurrent(`the real ${AGGREGATOR_ENV} Fluent Bit aggregator while Elasticsearch answers 503: the backlog leaves Kafka`, () => {
  const aggregatorRendered = renderedFluentBit(AGGREGATOR_ENV, 'fluent-bit-aggregator');
  const forwarderTopics = (rendered.config.match(/topics: (\S+)/g) ?? []).map((t) => t.slice('topics: '.length));
  const forwarderKafka = (parse(rendered.config) as FluentBitDoc).pipeline.outputs.find((o) => o.name === 'kafka') ?? {};
  const listener = Object.fromEntries(Object.entries(forwarderKafka).filter(([k]) => k.startsWith('rdkafka.security.') || k.startsWith('rdkafka.ssl.')));
  function aggregatorPod(rig: Rig, httpPort: number, pauseOnOverlimit: boolean): FluentBitPod {
    const pod = fluentBitPod(aggregatorRendered, VALUES, (doc: FluentBitDoc, at) => {
      doc.service.http_port = httpPort;
      const inputs = doc.pipeline.inputs.filter((input) => input.name === 'kafka');
      if (inputs.length !== forwarderTopics.length) throw new Error(`${AGGREGATOR_ENV}: the aggregator has ${inputs.length} Kafka inputs, ${ENV}'s forwarder writes ${forwarderTopics.length} topics`);
      for (const [i, input] of inputs.entries()) {
        // Same order: container logs, then node logs (constructs/log-streams.ts).
        Object.assign(input, { topics: forwarderTopics[i] }, listener, podPaths(listener, at));
        input.brokers = `127.0.0.1:${rig.kafkaPort}`;
        if (pauseOnOverlimit) input['storage.pause_on_chunks_overlimit'] = 'on';
      }
      for (const out of doc.pipeline.outputs) if (out.name === 'es') Object.assign(out, { host: '127.0.0.1', port: es!.port });
    });
    mountCa(pod, ca, ['/etc/kafka-ca', '/etc/elasticsearch-ca']);
    return pod;
  }
  const inputRecords = async (port: number) => {
    const text = await (await fetch(`http://127.0.0.1:${port}/api/v2/metrics/prometheus`)).text();
    return [...text.matchAll(/^fluentbit_input_records_total\{name="kafka-container"\} (\S+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  };

  it('with storage.pause_on_chunks_overlimit on, the input never pauses and commits every offset; a replacement pod on an empty volume gets none of the backlog back', async ({ expect }) => {
    const rig = await startRig('503');
    const lifecycle = renderedObject(AGGREGATOR_ENV, 'ConfigMap', 'logs-index-lifecycle').data as Record<string, string>;
    const templates = Object.entries(lifecycle).filter(([k]) => k.endsWith('.json')).map(([, body]) => JSON.parse(body) as DataStreamTemplate).filter((t) => t.index_patterns && t.data_stream);
    es = await startElasticsearchStandIn({ templates, tlsDir: ca, user: VALUES['elasticsearch-log-aggregator-credentials/username'], password: VALUES['elasticsearch-log-aggregator-credentials/password'] });
    es.unavailable = true;
    // Waits on CPU-bound work (reading and compressing megabytes) allow a minute: the three cases'
    // forwarders do it at the same time, on a machine the rest of the suite shares.
    writeBatch(rig, 'backlog', 1_000);
    const inTopic = await waitFor('the backlog in Kafka', async () => {
      const n = (await topicRecords(rig)).length;
      return n >= 1_000 ? n : undefined;
    }, 60_000, 1_000);
    const firstPort = await freePort();
    const firstPod = aggregatorPod(rig, firstPort, true);
    const first = startProcess('aggregator', tool('fluent-bit'), ['-c', firstPod.configFile], firstPod.env);
    running.push(first);
    await started(first);
    // Everything the topic holds is read into chunks while every bulk is answered 503.
    await waitFor('the aggregator to read the whole topic', async () => ((await inputRecords(firstPort)) >= inTopic ? true : undefined), 60_000, 1_000)
      .catch(async (err: Error) => {
        writeFileSync(path.join(os.tmpdir(), 'log-faults-aggregator.log'), first.output());
        throw new Error(`${err.message}: ${await inputRecords(firstPort)} of ${inTopic}\n${first.output().slice(-3000)}`);
      });
    await waitFor('a bulk answered 503', () => (es!.requests > 0 ? true : undefined), 30_000);
    await pause(3_000);
    expect(first.output()).not.toMatch(/paused \(storage buf overlimit/);
    expect([...es.streams.values()].flat()).toHaveLength(0);
    first.child.kill('SIGTERM');
    await waitFor('the aggregator to exit', () => (first.exitCode() !== undefined ? true : undefined), 60_000);

    es.unavailable = false;
    const secondPort = await freePort();
    const replacement = aggregatorPod(rig, secondPort, false);
    const second = startProcess('aggregator (empty volume)', tool('fluent-bit'), ['-c', replacement.configFile], replacement.env);
    running.push(second);
    await started(second);
    // A new line proves the replacement consumes; the backlog before it never comes back.
    const probe = writeBatch(rig, 'after-replacement', 1)[0];
    await waitFor('the new line indexed by the replacement', () => ([...es!.streams.values()].flat().some((d) => d.text.includes(probe)) ? true : undefined), 60_000, 1_000);
    const reread = await inputRecords(secondPort);
    if (process.env.LOG_PATH_COUNTS) console.log(`Elasticsearch 503: ${inTopic} records in the topic read into the first aggregator's chunks (input never paused); the replacement on an empty volume read ${reread} (the new line only)`);
    expect(reread).toBe(1);
  }, 150_000);
});

describe.concurrent(`Kafka faults met by the real ${ENV} forwarder, counted at the broker`, () => {
  it('renders a bounded librdkafka queue, never-expiring records and unlimited chunk retries (what the counts below rely on)', ({ expect }) => {
    expect(output.queueKbytes).toBeGreaterThan(0);
    expect(output.queueFullRetries).toBeGreaterThan(0);
    expect(output.retryLimit).toBe('no_limits');
    expect(rendered.config).toContain('rdkafka.message.timeout.ms: "0"');
  });

  const counts: string[] = [];
  afterAll(() => {
    if (process.env.LOG_PATH_COUNTS) console.log(counts.join('\n'));
  });

  it('a broker unresponsive while 4 000 records (16 MB) arrive, then back: the forwarder holds them in its chunks and loses none; the stall shows in the metrics LogPipelineStalled reads', async ({ expect }) => {
    const rig = await startRig('outage');
    rig.kafka.child.kill('SIGSTOP');
    const before = await metrics(rig);
    const markers = writeBatch(rig, 'outage', BATCH);
    // out_kafka queues into librdkafka until its queue is full, then (after queue_full_retries
    // one-second tries) returns a retry, so the chunk stays on disk (plugins/out_kafka/kafka.c).
    await waitFor('out_kafka to find librdkafka\'s queue full', () => (rig.forwarderProcess.output().includes('internal queue is full') ? true : undefined), 60_000);
    await waitFor('the chunk to be handed back for a retry', async () => ((await metrics(rig)).get(`fluentbit_output_retries_total/kafka-container-logs`) ?? 0) > (before.get('fluentbit_output_retries_total/kafka-container-logs') ?? 0) ? true : undefined, 30_000);
    const during = await metrics(rig);
    // The storage endpoint answers from the engine's thread, which out_kafka's one-second waits block: ask until it answers.
    const buffered = await waitFor('the storage metrics', async () => {
      const text = await (await fetch(`http://127.0.0.1:${rig.metricsPort}/api/v1/storage`)).text();
      return text ? (JSON.parse(text) as { input_chunks: Record<string, { chunks: { total: number; up: number; down: number; busy_size: string } }> }).input_chunks.containers.chunks : undefined;
    }, 30_000, 500);
    await pause(2_000);
    const later = await metrics(rig);
    // LogPipelineStalled: input records still counted, output bytes no longer (rate over 10m, for 10m).
    // (Not every line is read yet: out_kafka's one-second waits run in the engine's thread, which tail shares.)
    expect((later.get('fluentbit_input_records_total/containers') ?? 0) - (before.get('fluentbit_input_records_total/containers') ?? 0)).toBeGreaterThan(0);
    expect(later.get('fluentbit_output_proc_bytes_total/kafka-container-logs')).toBe(during.get('fluentbit_output_proc_bytes_total/kafka-container-logs'));
    expect(later.get('fluentbit_output_retries_failed_total/kafka-container-logs') ?? 0).toBe(0);
    rig.kafka.child.kill('SIGCONT');
    const lost = await waitFor('every marker in Kafka', async () => {
      const missing = lostOf(markers, await topicRecords(rig));
      return missing.length === 0 ? missing : undefined;
    }, 60_000, 2_000).catch(async () => lostOf(markers, await topicRecords(rig)));
    counts.push(`broker unresponsive: written ${markers.length}, in Kafka ${markers.length - lost.length}, lost ${lost.length}; during it the containers input held ${buffered.total} chunks (${buffered.up} up, ${buffered.down} down, busy ${buffered.busy_size}), kafka-container-logs capacity ${during.get('fluentbit_output_chunk_available_capacity_percent/kafka-container-logs')} %`);
    expect(lost).toEqual([]);
  }, 200_000);

  it('a forwarder restart (SIGTERM) while the broker is unresponsive loses at most what librdkafka\'s queue holds (queue.buffering.max.kbytes), and the rest arrives', async ({ expect }) => {
    const rig = await startRig('restart');
    let forwarderProcess = rig.forwarderProcess;
    rig.kafka.child.kill('SIGSTOP');
    const markers = writeBatch(rig, 'restart', BATCH);
    await waitFor('out_kafka to find librdkafka\'s queue full', () => (forwarderProcess.output().includes('internal queue is full') ? true : undefined), 60_000);
    // A rolling update: SIGTERM, then SIGKILL once the pod's terminationGracePeriodSeconds has passed.
    const grace = Number(renderedObject(ENV, 'DaemonSet', 'fluent-bit-forwarder').spec.template.spec.terminationGracePeriodSeconds);
    const stoppedAt = Date.now();
    forwarderProcess.child.kill('SIGTERM');
    const exited = await waitFor('the forwarder to exit', () => (forwarderProcess.exitCode() !== undefined ? true : undefined), grace * 1000)
      .catch(() => forwarderProcess.child.kill('SIGKILL') && false);
    const stopSeconds = (Date.now() - stoppedAt) / 1000;
    await waitFor('the forwarder to be gone', () => (forwarderProcess.exitCode() !== undefined ? true : undefined), 10_000);
    const said = /Producer terminating with (\d+) messages \((\d+) bytes\) still in queue/.exec(forwarderProcess.output());
    if (process.env.LOG_PATH_COUNTS) writeFileSync(path.join(os.tmpdir(), 'log-faults-forwarder.log'), forwarderProcess.output());
    forwarderProcess = startForwarder(rig.forwarder, 'forwarder (restarted)');
    await started(forwarderProcess);
    rig.kafka.child.kill('SIGCONT');
    // Settled: the restarted forwarder has delivered from its chunks (on a starved machine its first
    // reads can come before it sends anything) and no new record arrived between two reads a second
    // apart (each read ends after 1 s without a record).
    let before = -1;
    const records = await waitFor('the restarted forwarder to deliver its chunks', async () => {
      const all = await topicRecords(rig);
      const missing = lostOf(markers, all).length;
      const settled = missing === before && missing < markers.length;
      before = missing;
      return settled ? all : undefined;
    }, 90_000, 1_000);
    const lost = lostOf(markers, records);
    // The bound: librdkafka holds at most queue.buffering.max.kbytes of message payload per output.
    const smallest = Math.min(...records.filter((r) => r.includes('restart-')).map((r) => Buffer.byteLength(r)));
    const bound = Math.floor((output.queueKbytes * 1024) / smallest);
    counts.push(`forwarder restart during the outage: written ${markers.length}, in Kafka ${markers.length - lost.length}, lost ${lost.length} (librdkafka said ${said ? `${said[1]} messages, ${said[2]} bytes` : 'nothing'} still in queue; bound ${bound} = ${output.queueKbytes} KiB / ${smallest} B; exit after ${stopSeconds.toFixed(1)} s)`);
    expect(exited, 'the forwarder ends on its own within terminationGracePeriodSeconds').toBe(true);
    // librdkafka names what it drops on exit (rd_kafka_destroy): never more than its queue may hold.
    expect(said, 'librdkafka reports what it still held').not.toBeNull();
    expect(Number(said![2])).toBeLessThanOrEqual(output.queueKbytes * 1024);
    // What is lost is a part of that: records of chunks out_kafka had already released. Requests the
    // stopped broker's kernel had already buffered are appended once it runs again (a black-holed
    // route would lose them too, which the bound covers).
    expect(lost.length).toBeLessThanOrEqual(Number(said![1]));
    expect(lost.length).toBeLessThanOrEqual(bound);
    expect(markers.length - lost.length).toBeGreaterThan(0);
  }, 200_000);
});

