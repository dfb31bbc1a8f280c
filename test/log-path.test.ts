import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';

type Plugin = Record<string, string | number>;
interface FluentBitDoc { pipeline: { inputs: Plugin[]; outputs: Plugin[] } }

const find = (objects: readonly RenderedObject[], kind: string, name?: string) =>
  objects.map((r) => r.object).filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
const fluentBit = (cm: KubeObject | undefined): FluentBitDoc | undefined =>
  cm ? (parse((cm as unknown as { data: Record<string, string> }).data['fluent-bit.yaml']) as FluentBitDoc) : undefined;
const glob = (pattern: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * The parts of a Logstash pipeline this test follows, in the Fluent Bit shape: its Kafka input
 * (topics, group, brokers; the user is the KafkaUser whose Secret, named after it, the pod reads) and one output per
 * `if [@metadata][kafka][topic] == ...` branch.
 */
function logstashAsFluentBit(conf: string, user: string): FluentBitDoc {
  const setting = (text: string, key: string) => new RegExp(`${key} => ("[^"]*"|\\[[^\\]]*\\])`).exec(text)?.[1];
  const strings = (v?: string) => (v ? (JSON.parse(v) as string | string[]) : '');
  const input = conf.slice(conf.indexOf('kafka {'), conf.indexOf('}', conf.indexOf('kafka {')));
  const topics = strings(setting(input, 'topics'));
  const branches = [...conf.matchAll(/if \[@metadata\]\[kafka\]\[topic\] == "([^"]+)" \{\s*elasticsearch \{([^}]*)\}/g)];
  return {
    pipeline: {
      inputs: [{ name: 'kafka', topics: Array.isArray(topics) ? topics.join(',') : topics, group_id: String(strings(setting(input, 'group_id'))), brokers: String(strings(setting(input, 'bootstrap_servers'))), 'rdkafka.sasl.username': user }],
      outputs: branches.map((b) => {
        const host = new URL(String((strings(setting(b[2], 'hosts')) as string[])[0])).hostname;
        return { name: 'es', alias: b[1], host, index: String(strings(setting(b[2], 'index'))), write_operation: String(strings(setting(b[2], 'action'))) };
      }),
    },
  };
}

/** Every broken link of the record's path through one environment's rendered objects. */
function pathProblems(objects: readonly RenderedObject[]): string[] {
  const problems: string[] = [];
  const forwarder = fluentBit(find(objects, 'ConfigMap', 'fluent-bit-forwarder')[0]);
  const logstash = (find(objects, 'ConfigMap', 'logstash-aggregator')[0] as unknown as { data: Record<string, string> } | undefined)?.data['logs.conf'];
  const logstashUser = ((find(objects, 'StatefulSet', 'logstash-aggregator')[0]?.spec as any)?.template.spec.containers[0].env as Array<{ name: string; valueFrom?: { secretKeyRef?: { name: string } } }> | undefined)
    ?.find((e) => e.name === 'KAFKA_SASL_JAAS_CONFIG')?.valueFrom?.secretKeyRef?.name ?? '';
  const aggregator = fluentBit(find(objects, 'ConfigMap', 'fluent-bit-aggregator')[0]) ?? (logstash ? logstashAsFluentBit(logstash, logstashUser) : undefined);
  if (!forwarder || !aggregator) return ['forwarder or aggregator configuration not rendered'];
  const topics = new Set(find(objects, 'KafkaTopic').map((t) => (t.spec as { topicName?: string }).topicName ?? t.metadata.name));
  const acls = new Map(find(objects, 'KafkaUser').map((u) => [u.metadata.name,
    ((u.spec as { authorization?: { acls?: Array<{ resource: { type: string; name: string }; operations: string[] }> } }).authorization?.acls ?? [])]));
  const may = (user: string, type: string, name: string, op: string) =>
    (acls.get(user) ?? []).some((a) => a.resource.type === type && a.resource.name === name && a.operations.includes(op));
  const bootstraps = new Set(find(objects, 'Kafka').flatMap((k) =>
    ((k.spec as { kafka: { listeners: Array<{ port: number }> } }).kafka.listeners).map((l) => `${k.metadata.name}-kafka-bootstrap.${k.metadata.namespace}.svc:${l.port}`)));

  const written = new Set<string>();
  for (const out of forwarder.pipeline.outputs.filter((o) => o.name === 'kafka')) {
    const topic = String(out.topics);
    const user = String(out['rdkafka.sasl.username']);
    written.add(topic);
    if (!topics.has(topic)) problems.push(`forwarder writes to ${topic}, which is not a rendered KafkaTopic`);
    if (!may(user, 'topic', topic, 'Write')) problems.push(`forwarder user ${user} may not write ${topic}`);
    if (!bootstraps.has(String(out.brokers))) problems.push(`forwarder brokers ${out.brokers} are not a rendered Kafka bootstrap`);
  }
  const inputs = aggregator.pipeline.inputs.filter((i) => i.name === 'kafka');
  if (inputs.length === 0) return [...problems, 'aggregator has no kafka input'];
  const read = inputs.flatMap((i) => String(i.topics).split(','));
  for (const topic of written) if (!read.includes(topic)) problems.push(`aggregator does not read ${topic}`);
  for (const input of inputs) {
    const user = String(input['rdkafka.sasl.username']);
    const group = String(input.group_id);
    for (const topic of String(input.topics).split(',')) if (!may(user, 'topic', topic, 'Read')) problems.push(`aggregator user ${user} may not read ${topic}`);
    if (!may(user, 'group', group, 'Read')) problems.push(`aggregator user ${user} may not use group ${group}`);
    if (!bootstraps.has(String(input.brokers))) problems.push(`aggregator brokers ${input.brokers} are not a rendered Kafka bootstrap`);
  }

  const esHosts = new Set(find(objects, 'Elasticsearch').map((e) => `${e.metadata.name}-es-http.${e.metadata.namespace}.svc`));
  const templates = find(objects, 'ConfigMap', 'logs-index-lifecycle').flatMap((cm) =>
    Object.entries((cm as unknown as { data: Record<string, string> }).data).filter(([k]) => k.endsWith('.json')).map(([, d]) => JSON.parse(d) as { index_patterns?: string[]; data_stream?: object })
      .filter((b) => b.index_patterns && b.data_stream).flatMap((b) => b.index_patterns!));
  for (const out of aggregator.pipeline.outputs.filter((o) => o.name === 'es')) {
    if (!esHosts.has(String(out.host))) problems.push(`aggregator writes to ${out.host}, not the HTTP Service of a rendered Elasticsearch`);
    if (out.write_operation !== 'create') problems.push(`aggregator output ${out.alias} does not use the create op type data streams need`);
    if (!templates.some((p) => glob(p).test(String(out.index)))) problems.push(`index ${out.index} is covered by no lifecycle data-stream template`);
  }
  return problems;
}

/** A copy of `objects` with one object changed by `edit` (identified by kind and name). */
function changed(objects: readonly RenderedObject[], kind: string, name: string, edit: (o: any) => void): RenderedObject[] {
  return objects.map((r) => {
    if (r.object.kind !== kind || r.object.metadata.name !== name) return r;
    const copy = structuredClone(r.object) as any;
    edit(copy);
    return { ...r, object: copy };
  });
}
function editConfig(doc: string, edit: (c: any) => void): string {
  const config = parse(doc);
  edit(config);
  return stringify(config);
}

const tree = committedManifests();

describe('the path of a log record', () => {
  it.each([...tree.keys()])('%s: forwarder topics, users, group, Elasticsearch host and index templates line up', (env) => {
    expect(pathProblems(tree.get(env)!)).toEqual([]);
  });

  const prod = tree.get('prod')!;
  const dev = tree.get('dev')!;
  it('fails when the forwarder writes a topic name the Kafka side does not have', () => {
    const broken = changed(prod, 'ConfigMap', 'fluent-bit-forwarder', (cm) => {
      cm.data['fluent-bit.yaml'] = editConfig(cm.data['fluent-bit.yaml'], (c) => { c.pipeline.outputs[0].topics = 'observability.logs.container.prod.text'; });
    });
    expect(pathProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/not a rendered KafkaTopic/)]));
  });

  it('fails when a KafkaTopic is renamed on the Kafka side only', () => {
    const broken = changed(prod, 'KafkaTopic', 'observability.logs.node.prod.json', (t) => { t.metadata.name = 'observability.logs.nodes.prod.json'; });
    expect(pathProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/observability\.logs\.node\.prod\.json, which is not a rendered KafkaTopic/)]));
  });

  it('fails when the aggregator uses a user the Kafka side does not know', () => {
    const broken = changed(prod, 'KafkaUser', 'log-aggregator', (u) => { u.metadata.name = 'logs-aggregator'; });
    expect(pathProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/aggregator user log-aggregator may not read/)]));
  });

  it('fails when the aggregator consumer group is not granted', () => {
    // Dev's: the Fluent Bit aggregator an environment deploys (prod's is Logstash).
    const broken = changed(dev, 'ConfigMap', 'fluent-bit-aggregator', (cm) => {
      cm.data['fluent-bit.yaml'] = editConfig(cm.data['fluent-bit.yaml'], (c) => { c.pipeline.inputs[0].group_id = 'other-group'; });
    });
    expect(pathProblems(broken)).toEqual(['aggregator user log-aggregator may not use group other-group']);
  });

  it('fails when the Elasticsearch host changes on one side only', () => {
    const broken = changed(prod, 'Elasticsearch', 'logs', (e) => { e.metadata.name = 'search'; });
    expect(pathProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/logs-es-http\.elastic\.svc, not the HTTP Service/)]));
  });

  it('fails when an index template pattern no longer covers the aggregator index', () => {
    const broken = changed(prod, 'ConfigMap', 'logs-index-lifecycle', (cm) => {
      for (const [key, body] of Object.entries<string>(cm.data)) cm.data[key] = body.replace('"logs-node-prod"', '"logs-nodes-prod"');
    });
    expect(pathProblems(broken)).toContain('index logs-node-prod is covered by no lifecycle data-stream template');
  });
});
