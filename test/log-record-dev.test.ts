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
 * `kafkaListener: plain`) to kafka-fake-3's `-sasl-plaintext` listener, and the Elasticsearch stand-in
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
    const consume = (password: string) => spawnSync(tool('kafka-fake-3'), ['consume', '-broker', `127.0.0.1:${port}`, '-dir', dir, '-topic', topic,
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
