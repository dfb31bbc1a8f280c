import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';
import {
  applyFilters, criRecords, elasticsearchDocument, journalRecord, kafkaInputRecord, kafkaMessage, Pairs, parseJson, routedOutput, tailRecord,
  type FluentBitDoc, type LogEvent, type PodMeta, type Plugin,
} from './support/fluent-bit-model';
import { mappingProblems, type FieldMapping } from './support/mapping-check';

/**
 * The record contract (constructs/log-record.ts) end to end: each sample record goes through the
 * rendered forwarder configuration, out_kafka, in_kafka, the rendered aggregator configuration and
 * out_es, each modelled after its Fluent Bit 4.2.0 source (test/support/fluent-bit-model.ts), and the
 * resulting document must fit the rendered index template of its data stream.
 */

const tree = committedManifests();
type Env = readonly RenderedObject[];

const configMap = (objects: Env, name: string) =>
  objects.map((r) => r.object as unknown as { kind: string; metadata: { name: string }; data: Record<string, string> })
    .find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
const fluentBit = (objects: Env, name: string): FluentBitDoc | undefined => {
  const cm = configMap(objects, name);
  return cm ? (parse(cm.data['fluent-bit.yaml']) as FluentBitDoc) : undefined;
};
interface Template { index_patterns: string[]; template: { mappings: { properties: Record<string, FieldMapping> } } }
const templates = (objects: Env): Template[] =>
  Object.entries(configMap(objects, 'logs-index-lifecycle')?.data ?? {}).filter(([k]) => k.endsWith('.json')).map(([, d]) => JSON.parse(d) as Partial<Template>)
    .filter((b): b is Template => Array.isArray(b.index_patterns) && b.template?.mappings !== undefined);

export interface Paths { forwarder: FluentBitDoc; aggregator?: FluentBitDoc; logstash?: string; templates: Template[] }
const paths = (objects: Env): Paths => {
  const forwarder = fluentBit(objects, 'fluent-bit-forwarder');
  const aggregator = fluentBit(objects, 'fluent-bit-aggregator');
  const logstash = configMap(objects, 'logstash-aggregator')?.data['logs.conf'];
  if (!forwarder || !(aggregator || logstash)) throw new Error('forwarder or aggregator configuration not rendered');
  return { forwarder, aggregator, logstash, templates: templates(objects) };
};

/**
 * The Logstash aggregator on one Kafka message: the `json` codec (logstash-codec-json, lib/logstash/
 * codecs/json.rb) makes the object's keys the event's fields, a later duplicate key replacing an
 * earlier one (the JSON parser builds a hash), `@timestamp` read as the event time, `@version` added
 * (logstash-core Event); `decorate_events` and the fingerprint go to `@metadata`, which the
 * elasticsearch output does not send. The index is the branch whose topic matches.
 */
function throughLogstash(conf: string, topic: string, message: string): { index: string; document: Pairs } {
  const codec = /codec => "([^"]+)"/.exec(conf)?.[1];
  if (codec !== 'json') throw new Error(`model covers the json codec only, not ${String(codec)}`);
  const parsed = parseJson(message);
  if (!(parsed instanceof Pairs)) throw new Error('Kafka message is not a JSON object');
  const fields = new Map<string, Pairs['entries'][number][1]>();
  for (const [k, v] of parsed.entries) fields.set(k, v);
  if (!fields.has('@version')) fields.set('@version', '1');
  const branch = [...conf.matchAll(/if \[@metadata\]\[kafka\]\[topic\] == "([^"]+)" \{\s*elasticsearch \{([^}]*)\}/g)].find((b) => b[1] === topic);
  if (!branch) throw new Error(`no Logstash output for topic ${topic}`);
  return { index: /index => "([^"]+)"/.exec(branch[2])![1], document: new Pairs([...fields.entries()]) };
}

const T0 = '2026-11-29T19:00:00.123456789Z';
const CONTAINER_FILE = '/var/log/containers/web-7d9f_shop_app-0123456789abcdef.log';
const web: PodMeta = { namespace: 'shop', pod: 'web-7d9f', container: 'app', labels: { app: 'web' }, annotations: {} };
const webRecommended: PodMeta = { ...web, pod: 'web-8e0a', labels: { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web-shop' } };
const logfmtPod: PodMeta = { ...web, pod: 'worker-1', annotations: { 'fluentbit.io/parser': 'logfmt' } };

/** A source record: what a node's files or journal hold, before the forwarder reads it. */
interface Sample {
  readonly name: string;
  readonly pod?: PodMeta;
  readonly events: () => LogEvent[];
}
const cri = (lines: string[], pod = web): Sample['events'] => () => criRecords(lines).map((r) => ({ tag: `kube.${CONTAINER_FILE.slice(1).replaceAll('/', '.')}`, ...r, pod }));
const SAMPLES: Record<string, Sample> = {
  plainText: { name: 'a plain-text container line', pod: web, events: cri([`${T0} stdout F GET /healthz 200 0.002s`]) },
  jsonNoTimestamp: { name: 'a JSON line without @timestamp', pod: web, events: cri([`${T0} stdout F {"message":"order placed","log.level":"info","order":{"id":42}}`]) },
  jsonEcs: {
    name: 'an ECS JSON line with its own @timestamp',
    pod: web,
    events: cri([`${T0} stdout F {"@timestamp":"2026-11-29T18:59:59.500Z","log.level":"INFO","message":"started","ecs.version":"1.2.0","service.name":"search"}`]),
  },
  jsonUnreadableTimestamp: { name: 'a JSON line whose @timestamp is not ISO 8601', pod: web, events: cri([`${T0} stdout F {"@timestamp":"29/Nov/2026:18:59:59 +0000","message":"legacy"}`]) },
  kafkaNamedFields: {
    name: 'a JSON line with fields named like the Kafka input\'s own',
    pod: web,
    events: cri([`${T0} stdout F {"message":"consume failed","topic":"orders","partition":3,"offset":1234,"key":"k-1","error":"timeout"}`]),
  },
  multiLine: {
    name: 'a multi-line CRI record (partial lines joined)',
    pod: web,
    events: cri([`${T0} stderr P Traceback (most recent call last):`, `${T0} stderr P   File "app.py", line 1`, `${T0} stderr F ValueError: boom`]),
  },
  recommendedLabels: { name: 'a line from a pod with dotted label keys', pod: webRecommended, events: cri([`${T0} stdout F plain line`], webRecommended) },
  annotatedParser: { name: 'a logfmt line from a pod that asks for the logfmt parser', pod: logfmtPod, events: cri([`${T0} stdout F level=warn msg="disk low" free=3`], logfmtPod) },
  nodeFile: { name: 'a node log-file line', events: () => [] },
  journal: { name: 'a journal record', events: () => [] },
};

/** The node-side samples need the rendered input (path_key, journal options). */
function nodeEvents(sample: Sample, forwarder: FluentBitDoc): LogEvent[] {
  const time = 1_796_000_000_000_000_000n;
  if (sample === SAMPLES.nodeFile) {
    const input = forwarder.pipeline.inputs.find((i) => i.alias === 'node-files')!;
    return [{ tag: 'node.file.var.log.auth.log', time, record: tailRecord(input, '/var/log/auth.log', 'Nov 29 19:00:00 node-1 sshd[123]: Accepted publickey for ops') }];
  }
  if (sample === SAMPLES.journal) {
    const input = forwarder.pipeline.inputs.find((i) => i.name === 'systemd')!;
    return [{ tag: 'node.journal', time, record: journalRecord(input, { MESSAGE: 'Started kubelet', _SYSTEMD_UNIT: 'kubelet.service', _HOSTNAME: 'node-1', PRIORITY: '6' }) }];
  }
  return sample.events();
}

export interface Delivered { index: string; document: Pairs; message: string }

/** One sample through both Fluent Bit stages: the document out_es sends, and the index it goes to. */
export function deliver(p: Paths, sample: Sample): Delivered[] {
  const env = { NODE_NAME: 'node-1' };
  return nodeEvents(sample, p.forwarder).map((source) => {
    const forwarded = applyFilters(p.forwarder, source, { pod: sample.pod, env });
    const toKafka = routedOutput(p.forwarder, forwarded.tag);
    const message = kafkaMessage(toKafka, forwarded);
    if (!p.aggregator) return { ...throughLogstash(p.logstash!, String(toKafka.topics), message), message };
    const input = p.aggregator.pipeline.inputs.find((i: Plugin) => String(i.topics).split(',').includes(String(toKafka.topics)));
    if (!input) throw new Error(`no aggregator input reads ${String(toKafka.topics)}`);
    const read: LogEvent = { tag: String(input.tag), time: 1_796_000_100_000_000_000n, record: kafkaInputRecord(input, String(toKafka.topics), message) };
    const aggregated = applyFilters(p.aggregator, read, { env: {} });
    const toEs = routedOutput(p.aggregator, aggregated.tag);
    return { index: String(toEs.index), document: elasticsearchDocument(toEs, aggregated), message };
  });
}

const globRe = (pattern: string) => new RegExp(`^${pattern.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
/** Mapping problems of every delivered document of `samples`, against the template of its index; dynamic mappings carry over. */
export function contractProblems(p: Paths, samples: readonly Sample[]): string[] {
  const learned = new Map<string, Map<string, 'object' | 'concrete'>>();
  return samples.flatMap((s) => deliver(p, s).flatMap((d) => {
    const template = p.templates.find((t) => t.index_patterns.some((x) => globRe(x).test(d.index)));
    if (!template) return [`${s.name}: no index template covers ${d.index}`];
    if (!learned.has(d.index)) learned.set(d.index, new Map());
    return mappingProblems(d.document, template.template.mappings.properties, learned.get(d.index)).map((x) => `${s.name}: ${x}`);
  }));
}

const field = (doc: Pairs, path: string): unknown => {
  const direct = doc.get(path);
  if (direct !== undefined) return direct;
  const [head, ...rest] = path.split('.');
  const v = doc.get(head);
  return v instanceof Pairs && rest.length ? field(v, rest.join('.')) : undefined;
};
const count = (doc: Pairs, key: string) => doc.entries.filter(([k]) => k === key).length;

/** A copy of a configuration with `edit` applied. */
const edited = (p: Paths, edit: (c: { forwarder: any; aggregator: any; templates: any[] }) => void): Paths => {
  const copy = structuredClone(p) as any;
  edit(copy);
  return copy as Paths;
};
const dropFilter = (doc: FluentBitDoc, pred: (f: Plugin) => boolean) => { doc.pipeline.filters = (doc.pipeline.filters ?? []).filter((f) => !pred(f)); };

const ALL = Object.values(SAMPLES);
const prod = paths(tree.get('prod')!);
const one = (sample: Sample) => deliver(prod, sample)[0].document;

describe('the log record contract through the rendered forwarder, Kafka, aggregator and index templates', () => {
  const envs = [...tree.keys()];
  it('covers both aggregator kinds', () => {
    expect(envs.map((env) => (paths(tree.get(env)!).aggregator ? 'fluent-bit' : 'logstash'))).toEqual(expect.arrayContaining(['fluent-bit', 'logstash']));
  });
  describe.each(envs)('%s', (env) => {
    const p = paths(tree.get(env)!);
    it('every shape keeps exactly one @timestamp and a message', () => {
      for (const s of ALL) for (const d of deliver(p, s)) expect([count(d.document, '@timestamp'), d.document.has('message') || s === SAMPLES.annotatedParser], s.name).toEqual([1, true]);
    });
    it.each(ALL.map((s) => [s.name, s] as const))('%s yields a document that fits its index template', (_, sample) => {
      expect(contractProblems(p, [sample])).toEqual([]);
    });
    it('all shapes together fit one mapping (dynamic fields stay one shape across documents)', () => {
      expect(contractProblems(p, ALL)).toEqual([]);
    });
  });

  it('a plain-text line arrives as `message`, with no concrete `log`', () => {
    const doc = one(SAMPLES.plainText);
    expect(field(doc, 'message')).toBe('GET /healthz 200 0.002s');
    expect(doc.has('log')).toBe(false);
  });
  it('a multi-line CRI record arrives as one message with its lines joined', () => {
    expect(field(one(SAMPLES.multiLine), 'message')).toBe('Traceback (most recent call last):  File "app.py", line 1ValueError: boom');
  });
  it('a node-file line arrives as `message` beside `log.file.path`', () => {
    const doc = one(SAMPLES.nodeFile);
    expect(field(doc, 'message')).toMatch(/Accepted publickey/);
    expect(field(doc, 'log.file.path')).toBe('/var/log/auth.log');
  });
  it('an ECS line keeps one `@timestamp`: its own event time, in the Kafka message and in the document', () => {
    expect(count(parseJson(deliver(prod, SAMPLES.jsonEcs)[0].message) as Pairs, '@timestamp')).toBe(1);
    const doc = one(SAMPLES.jsonEcs);
    expect(count(doc, '@timestamp')).toBe(1);
    expect(field(doc, '@timestamp')).toBe('2026-11-29T18:59:59.500Z');
  });
  it('a line without @timestamp gets the container runtime time', () => {
    expect(field(one(SAMPLES.plainText), '@timestamp')).toBe('2026-11-29T19:00:00.123Z');
  });
  it('an unreadable application @timestamp is kept as `timestamp_unparsed`, never as a second @timestamp', () => {
    const doc = one(SAMPLES.jsonUnreadableTimestamp);
    expect(count(doc, '@timestamp')).toBe(1);
    expect(field(doc, 'timestamp_unparsed')).toBe('29/Nov/2026:18:59:59 +0000');
  });
  it('application fields named topic, partition, offset, key and error survive the Kafka input', () => {
    const doc = one(SAMPLES.kafkaNamedFields);
    expect(['topic', 'partition', 'offset', 'key', 'error'].map((k) => field(doc, k))).toEqual(['orders', 3, 1234, 'k-1', 'timeout']);
  });
  it('a pod that asks for the logfmt parser gets its line parsed', () => {
    const doc = one(SAMPLES.annotatedParser);
    expect([field(doc, 'level'), field(doc, 'msg'), field(doc, 'free')]).toEqual(['warn', 'disk low', '3']);
  });
  it('dotted label keys are kept as Kubernetes spells them, under the flattened `kubernetes.labels`', () => {
    const labels = field(one(SAMPLES.recommendedLabels), 'kubernetes.labels') as Pairs;
    expect(labels.get('app.kubernetes.io/name')).toBe('web');
  });
  it('every parser a pod may name or a filter uses is defined in the rendered forwarder configuration', () => {
    const names = (prod.forwarder.parsers ?? []).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['json', 'logfmt']));
    for (const f of prod.forwarder.pipeline.filters ?? []) if (f.merge_parser) expect(names).toContain(f.merge_parser);
  });
});

describe('each fix of the record contract is needed (the old rendering fails)', () => {
  it('fails without the rename of `log` to `message`: a string `log` meets the object mapping (item 1)', () => {
    const old = edited(prod, (c) => dropFilter(c.forwarder, (f) => String(f.rename ?? '').startsWith('log ')));
    expect(contractProblems(old, [SAMPLES.plainText, SAMPLES.nodeFile]).join('\n')).toMatch(/object mapping for \[log\]|"log" is a concrete value/);
  });
  it('fails when `kubernetes.labels` is not flattened: dotted label keys (item 2)', () => {
    const old = edited(prod, (c) => { for (const t of c.templates) delete t.template.mappings.properties.kubernetes?.properties?.labels; });
    expect(contractProblems(old, [SAMPLES.plainText, SAMPLES.recommendedLabels]).join('\n')).toMatch(/dotted key "app\.kubernetes\.io\/name" under "kubernetes\.labels"/);
  });
  it('fails without the merge parser and the @timestamp rename: out_kafka writes a second @timestamp (item 3)', () => {
    const old = edited(prod, (c) => {
      dropFilter(c.forwarder, (f) => String(f.rename ?? '').startsWith('@timestamp '));
      for (const f of c.forwarder.pipeline.filters) delete f.merge_parser;
    });
    expect(count(parseJson(deliver(old, SAMPLES.jsonEcs)[0].message) as Pairs, '@timestamp')).toBe(2);
  });
  it('fails when the Kafka input fields are removed after the lift: application fields vanish (item 7)', () => {
    const old = edited(prod, (c) => {
      const filters = c.aggregator!.pipeline.filters as Plugin[];
      const remove = filters.findIndex((f) => f.name === 'modify' && Array.isArray(f.remove));
      const [r] = filters.splice(remove, 1);
      filters.splice(filters.findIndex((f) => f.name === 'nest') + 1, 0, r);
    });
    const doc = deliver(old, SAMPLES.kafkaNamedFields)[0].document;
    expect(['topic', 'partition', 'offset', 'key', 'error'].map((k) => field(doc, k))).not.toEqual(['orders', 3, 1234, 'k-1', 'timeout']);
  });
  it('fails without a parsers section: the annotated parser is not found (item 8)', () => {
    const old = edited(prod, (c) => { c.forwarder.parsers = []; for (const f of c.forwarder.pipeline.filters) delete f.merge_parser; });
    expect(field(deliver(old, SAMPLES.annotatedParser)[0].document, 'msg')).toBeUndefined();
  });
});
