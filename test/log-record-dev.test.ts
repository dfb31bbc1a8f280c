import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PodMeta } from './support/kubernetes-api-standin';
import { tool } from '../tools';
import { containerFile, field, LOG_PATH_VALUES, startLogPath, type LogPath } from './support/log-path';
import { waitFor } from './support/processes';

/**
 * Dev's log path with the real programs (test/support/log-path.ts): dev's rendered forwarder and
 * aggregator under Fluent Bit 4.2.0, talking SCRAM-SHA-512 over plaintext (`SASL_PLAINTEXT`, dev's
 * `kafkaListener: plain`) to kafka-fake's `-sasl-plaintext` listener, and the Elasticsearch stand-in
 * with dev's index templates. Prod's path and the full list of shapes are test/log-record.test.ts;
 * here a few shapes, among them the one prod's stream cannot take beside its string twins: fields
 * named like the Kafka input's own as objects (Elasticsearch's dynamic mapping keeps the first type
 * a stream sees, so each run of a stream has one of the two).
 */

const ENV = 'dev';
const T0 = '2026-11-29T19:00:00.123456789Z';
const T0_MS = '2026-11-29T19:00:00.123Z';
const shop: PodMeta = { namespace: 'demo', pod: 'shop-5c4d', container: 'app', labels: { app: 'shop' }, annotations: {} };
const cri = (text: string) => `${T0} stdout F ${text}\n`;

interface Shape { readonly name: string; readonly file: string; readonly write: (marker: string) => string; readonly stream: 'container' | 'node'; readonly fields?: Readonly<Record<string, unknown>> }
const SHAPES: Record<string, Shape> = {
  plain: { name: 'a plain-text container line', file: containerFile(shop), write: (m) => cri(`GET / 200 ${m}`), stream: 'container' },
  kafkaNamedObjects: {
    name: 'a JSON line with objects named like the Kafka input\'s fields (error, key, topic, offset, partition)',
    file: containerFile(shop),
    write: (m) => cri(JSON.stringify({ message: `consume failed ${m}`, error: { type: 'Timeout', code: 7 }, key: { id: 'k-1' }, topic: { name: 'orders' }, offset: { committed: 1234 }, partition: { id: 3 } })),
    stream: 'container',
    fields: { 'error.type': 'Timeout', 'error.code': 7, 'key.id': 'k-1', 'topic.name': 'orders', 'offset.committed': 1234, 'partition.id': 3 },
  },
  msgAndLevel: {
    name: 'a JSON line with msg and level',
    file: containerFile(shop),
    write: (m) => cri(JSON.stringify({ level: 'warn', msg: `stock low ${m}` })),
    stream: 'container',
    fields: { 'log.level': 'warn' },
  },
  nodeFile: { name: 'a node log-file line', file: '/var/log/auth.log', write: (m) => `Nov 29 19:00:00 node-1 sshd[1]: session opened ${m}\n`, stream: 'node' },
};

let lp: LogPath;
const markers = new Map<string, string>();
const indexed = (marker: string) => [...lp.es.streams].flatMap(([stream, docs]) => docs.filter((d) => d.text.includes(marker)).map((doc) => ({ stream, doc })));
const failed = (marker: string) => [...lp.es.failures.values()].flat().filter((f) => f.text.includes(marker));

beforeAll(async () => {
  lp = await startLogPath({ env: ENV, pods: [shop] });
  for (const [key, shape] of Object.entries(SHAPES)) {
    const marker = `dev-${key}-${process.pid}`;
    markers.set(key, marker);
    appendFileSync(lp.forwarder.at(shape.file), shape.write(marker));
  }
  await waitFor('every dev shape in Elasticsearch or its failure store', () => ([...markers.values()].every((m) => indexed(m).length || failed(m).length) ? true : undefined), 45_000)
    .catch((err: Error) => {
      throw new Error(`${err.message}\n--- forwarder\n${lp.forwarderProcess.output().slice(-3000)}\n--- aggregator\n${lp.aggregatorProcess.output().slice(-3000)}`);
    });
}, 120_000);

afterAll(async () => {
  await lp?.close();
});

describe(`the log record contract through the real ${ENV} forwarder and aggregator (SCRAM over plaintext)`, () => {
  it('renders SASL_PLAINTEXT for both Kafka clients, which the broker serves with SCRAM-SHA-512 and no TLS', () => {
    expect(lp.kafkaProtocol).toBe('SASL_PLAINTEXT');
  });

  it('the plaintext listener still asks for SCRAM: a wrong password is refused, the right one reads what the forwarder wrote', () => {
    const topic = [...lp.kafka.keys()].find((t) => t.includes('.container.'))!;
    const { port, dir } = lp.kafka.get(topic)!;
    const consume = (password: string) => spawnSync(tool('kafka-fake'), ['consume', '-broker', `127.0.0.1:${port}`, '-dir', dir, '-topic', topic,
      '-user', `log-aggregator=${password}`, '-sasl-plaintext', '-idle', '2s'], { encoding: 'utf8', timeout: 30_000 });
    const wrong = consume('not-the-password');
    expect([wrong.status, wrong.stderr]).toEqual([1, expect.stringContaining('login to')]);
    const right = consume(LOG_PATH_VALUES['log-aggregator/password']);
    expect(right.status, right.stderr).toBe(0);
    expect(right.stdout).toContain(markers.get('plain'));
  });

  it.each(Object.entries(SHAPES).map(([key, shape]) => [shape.name, key, shape] as const))('%s is indexed once in its stream with its event time, its fields and a message', (_, key, shape) => {
    const marker = markers.get(key)!;
    expect(failed(marker).map((f) => f.reason), 'failure store').toEqual([]);
    const found = indexed(marker);
    expect(found.map((f) => f.stream)).toEqual([`logs-${shape.stream}-${ENV}`]);
    const doc = found[0].doc.source;
    if (shape.stream === 'container') expect(field(doc, '@timestamp')).toBe(T0_MS);
    expect(String(field(doc, 'message') ?? '')).toContain(marker);
    for (const [name, value] of Object.entries(shape.fields ?? {})) expect(field(doc, name), name).toEqual(value);
  });
});

/**
 * Faults the aggregator's Elasticsearch output meets, counted on dev's aggregator: since prod runs the
 * Logstash aggregator (README "Log pipeline", the aggregator decision), dev's is the Fluent Bit
 * aggregator an environment deploys, and these are the losses dev accepts. Unique markers written to
 * the node's files against documents indexed; duplicates are allowed, losses are what these count.
 */
describe(`faults on the way into Elasticsearch through the real ${ENV} Fluent Bit aggregator, counted`, () => {
  const rejected = new Set<string>();
  const RECORDS = 200;
  const faultMarkers = Array.from({ length: RECORDS }, (_, i) => `fault429-${i}-${process.pid}`);
  const duplicate = `repeated-line-${process.pid}`;
  const isIndexed = (m: string) => indexed(m).length > 0;
  /** The aggregator's container stream: records its Kafka input read, records its Elasticsearch output acknowledged, retries that output scheduled. */
  const aggregatorMetrics = async () => {
    const text = await (await fetch(`http://127.0.0.1:${lp.httpPorts.aggregator}/api/v2/metrics/prometheus`)).text();
    const value = (metric: string, name: string) => Number(new RegExp(`^${metric}\\{name="${name}"\\} (\\S+)`, 'm').exec(text)?.[1] ?? 0);
    return { read: value('fluentbit_input_records_total', 'kafka-container'), acknowledged: value('fluentbit_output_proc_records_total', 'es-container'), retries: value('fluentbit_output_retries_total', 'es-container') };
  };
  let retriesBefore = 0;
  let settled: Awaited<ReturnType<typeof aggregatorMetrics>>;

  beforeAll(async () => {
    // Every third item of a bulk answered 429 once, as an overloaded write thread pool answers.
    let item = 0;
    lp.es.reject429 = (_, text) => {
      const marker = faultMarkers.find((m) => text.includes(`"${m}`) || text.includes(` ${m}"`));
      if (!marker || rejected.has(marker) || item++ % 3 !== 0) return false;
      rejected.add(marker);
      return true;
    };
    retriesBefore = (await aggregatorMetrics()).retries;
    appendFileSync(lp.forwarder.at(containerFile(shop)), faultMarkers.map((m) => cri(`request served ${m}`)).join(''));
    // Two genuine, identical lines in the same millisecond (a retried request logged twice).
    appendFileSync(lp.forwarder.at(containerFile(shop)), cri(`GET /retry ${duplicate}`) + cri(`GET /retry ${duplicate}`));
    const seen = () => faultMarkers.filter(isIndexed).length + rejected.size;
    await waitFor('every fault record indexed or rejected', () => (seen() >= RECORDS && isIndexed(duplicate) ? true : undefined), 45_000).catch((err: Error) => {
      throw new Error(`${err.message}: ${seen()} of ${RECORDS}`);
    });
    // Instead of waiting out out_es's retry windows: the engine deletes a task its output ends with
    // FLB_OK, counting its records in fluentbit_output_proc_records_total, and counts one ending with
    // FLB_RETRY in fluentbit_output_retries_total (src/flb_engine.c, handle_output_event). Once the
    // container stream's output has acknowledged every record its Kafka input read (the filters drop
    // none), no chunk is left to retry: a rejected record missing now is never sent again.
    settled = await waitFor('es-container to acknowledge every record kafka-container read', async () => {
      const m = await aggregatorMetrics();
      return m.acknowledged >= m.read ? m : undefined;
    }, 45_000);
  }, 90_000);

  it('429 on some items of a bulk: out_es acknowledges the bulk and the rejected records are lost (plugins/out_es/es.c, any 200/201 item makes the bulk a success)', () => {
    const lost = faultMarkers.filter((m) => !isIndexed(m));
    expect(rejected.size).toBeGreaterThan(0);
    // Every chunk acknowledged, none handed back for a retry: the bulk's 201s made it a success.
    expect(settled.retries).toBe(retriesBefore);
    expect(lost.sort()).toEqual([...rejected].sort());
    expect(faultMarkers.filter(isIndexed)).toHaveLength(RECORDS - rejected.size);
    if (process.env.LOG_PATH_COUNTS) console.log(`429 fault: written ${RECORDS}, answered 429 ${rejected.size}, indexed ${RECORDS - lost.length}, lost ${lost.length}`);
  });

  it('the aggregator killed with SIGKILL while it holds records Kafka counts as consumed, started again on its volume, loses nothing', async () => {
    // Elasticsearch answers 503 while the batch arrives: the records sit in the aggregator's filesystem
    // chunks, their Kafka offsets committed (in_kafka commits after each append, plugins/in_kafka/in_kafka.c).
    const batch = Array.from({ length: 500 }, (_, i) => `sigkill-${i}-${process.pid}`);
    lp.es.unavailable = true;
    const requests = lp.es.requests;
    appendFileSync(lp.forwarder.at(containerFile(shop)), batch.map((m) => cri(`work item ${m}`)).join(''));
    await waitFor('the aggregator to try Elasticsearch with the batch', () => (lp.es.requests > requests ? true : undefined), 30_000);
    lp.aggregatorProcess.child.kill('SIGKILL');
    await waitFor('the aggregator to die', () => (lp.aggregatorProcess.exitCode() !== undefined ? true : undefined), 10_000);
    lp.es.unavailable = false;
    lp.aggregatorProcess = lp.startFluentBit(lp.aggregator, 'aggregator (restarted)');
    const lost = await waitFor('every record of the batch indexed', () => (batch.every(isIndexed) ? true : undefined), 45_000)
      .then(() => 0, () => batch.filter((m) => !isIndexed(m)).length);
    if (process.env.LOG_PATH_COUNTS) console.log(`SIGKILL fault: written ${batch.length}, indexed ${batch.length - lost}, lost ${lost}`);
    expect(lost).toBe(0);
  }, 120_000);

  it('generate_id: two identical lines in the same millisecond become one document, the second answered 409 (a limit of Generate_ID)', () => {
    const all = [...lp.es.streams.values()].flat().filter((d) => d.text.includes(duplicate));
    expect(all).toHaveLength(1);
    expect(lp.es.rejected.get(`logs-container-${ENV}`)).toEqual(expect.arrayContaining(['409 version_conflict_engine_exception']));
  });
});
