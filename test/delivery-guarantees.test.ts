import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';
import { parseTelegrafToml } from './support/telegraf-toml';

/**
 * The settings that bound loss on the log path, read from the rendered objects. Each problem names
 * the loss the missing setting allows. Semantics from the upstream sources: Fluent Bit 4.2.0
 * plugins/out_kafka/kafka.c, plugins/in_kafka/in_kafka.c, plugins/out_es/es.c, src/flb_input_chunk.c;
 * librdkafka 2.10.1 CONFIGURATION.md; Elasticsearch 9.x failure store.
 */

type Obj = { kind: string; metadata: { name: string }; data?: Record<string, string>; spec?: any };
type Plugin = Record<string, unknown>;
const tree = committedManifests();
const objectsOf = (rendered: readonly RenderedObject[]) => rendered.map((r) => r.object as unknown as Obj);
const find = (objs: Obj[], kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata.name === name);
const fluentBit = (objs: Obj[], name: string) => {
  const cm = find(objs, 'ConfigMap', name);
  return cm?.data?.['fluent-bit.yaml'] ? parse(cm.data['fluent-bit.yaml']) as { service: Plugin; pipeline: { inputs: Plugin[]; outputs: Plugin[] } } : undefined;
};

export function deliveryProblems(objs: Obj[]): string[] {
  const problems: string[] = [];
  const forwarder = fluentBit(objs, 'fluent-bit-forwarder');
  if (!forwarder) return ['forwarder configuration not rendered'];
  for (const input of forwarder.pipeline.inputs) {
    if (input['storage.type'] !== 'filesystem') problems.push(`forwarder input ${String(input.alias ?? input.name)}: without filesystem storage a restart loses the records buffered in memory`);
  }
  for (const out of forwarder.pipeline.outputs.filter((o) => o.name === 'kafka')) {
    const at = `forwarder output ${String(out.alias)}`;
    if (out['rdkafka.message.timeout.ms'] !== '0') problems.push(`${at}: librdkafka expires queued records after message.timeout.ms (${String(out['rdkafka.message.timeout.ms'] ?? '300000 by default')}): a longer Kafka outage loses them silently`);
    const kbytes = Number(out['rdkafka.queue.buffering.max.kbytes']);
    if (!(kbytes > 0 && kbytes <= 65536)) problems.push(`${at}: without a small queue.buffering.max.kbytes (default 1 GiB) records leave the disk buffer for memory, and a crash loses them`);
    if (out['rdkafka.queue.buffering.max.messages'] === undefined) problems.push(`${at}: queue.buffering.max.messages not set: the default 100000 messages, not the byte limit, may decide when back-pressure starts`);
    if (!(Number(out.queue_full_retries) >= 1)) problems.push(`${at}: queue_full_retries must be a finite count: 0 blocks the output in a loop without a retry, so no chunk is retried and nothing counts the outage`);
    if (out.retry_limit !== 'no_limits') problems.push(`${at}: retry_limit ${String(out.retry_limit ?? '1 by default')} drops chunks during a Kafka outage before the disk buffer is full`);
    if (!/^\d+M$/.test(String(out['storage.total_limit_size'] ?? ''))) problems.push(`${at}: without storage.total_limit_size an outage fills the node's disk`);
    if (out['rdkafka.request.required.acks'] !== '-1') problems.push(`${at}: without acks=all a broker failure loses acknowledged records`);
  }

  const aggregatorSet = find(objs, 'StatefulSet', 'fluent-bit-aggregator');
  const aggregator = fluentBit(objs, 'fluent-bit-aggregator');
  if (aggregator) {
    const storagePath = String(aggregator.service['storage.path']);
    if (aggregator.service['storage.sync'] !== 'full') problems.push('aggregator: storage.sync is not full: offsets are committed before the chunk reaches the disk, a node crash loses it');
    for (const input of aggregator.pipeline.inputs) {
      if (input['storage.type'] !== 'filesystem') problems.push(`aggregator input ${String(input.alias)}: in_kafka commits offsets once records are buffered; a memory buffer loses them on restart`);
      if (input.enable_auto_commit === 'on' || input.enable_auto_commit === true) problems.push(`aggregator input ${String(input.alias)}: auto commit commits offsets before records are buffered`);
    }
    const claims = (aggregatorSet?.spec?.volumeClaimTemplates ?? []).map((c: any) => c.metadata.name);
    const mounts = aggregatorSet?.spec?.template?.spec?.containers?.[0]?.volumeMounts ?? [];
    const onClaim = mounts.some((m: any) => claims.includes(m.name) && storagePath.startsWith(m.mountPath));
    if (!onClaim) problems.push(`aggregator: the buffer ${storagePath} is not on a persistent volume claim: a deleted pod loses what Kafka already handed over`);
    for (const out of aggregator.pipeline.outputs.filter((o) => o.name === 'es')) {
      const at = `aggregator output ${String(out.alias)}`;
      if (out.generate_id !== 'on' && out.id_key === undefined) problems.push(`${at}: without document ids every retry duplicates the documents already written`);
      if (out.write_operation !== 'create') problems.push(`${at}: data streams take only the create op type`);
      if (!(Number(out.retry_limit) >= 1)) problems.push(`${at}: retry_limit must be a finite count so a failing chunk is counted (retries_failed), not retried forever silently`);
      if (!/^\d+M$/.test(String(out['storage.total_limit_size'] ?? ''))) problems.push(`${at}: without storage.total_limit_size an Elasticsearch outage fills the buffer volume and stops the aggregator`);
    }
  } else if (find(objs, 'ConfigMap', 'logstash-aggregator')) {
    const cm = find(objs, 'ConfigMap', 'logstash-aggregator')!.data!;
    const settings = parse(cm['logstash.yml']) as Record<string, unknown>;
    if (settings['queue.type'] !== 'persisted') problems.push('logstash: without the persisted queue, events the Kafka input committed are lost when the pod stops');
    if (!/^\d+mb$/.test(String(settings['queue.max_bytes'] ?? ''))) problems.push('logstash: without queue.max_bytes the queue fills the volume instead of stopping the Kafka input');
    if (settings['dead_letter_queue.enable'] !== true) problems.push('logstash: without the dead-letter queue, documents Elasticsearch rejects are dropped');
    const set = find(objs, 'StatefulSet', 'logstash-aggregator');
    const claims = (set?.spec?.volumeClaimTemplates ?? []).map((c: any) => c.metadata.name);
    const mounts = set?.spec?.template?.spec?.containers?.[0]?.volumeMounts ?? [];
    if (!mounts.some((m: any) => claims.includes(m.name) && m.mountPath === settings['path.data'])) problems.push('logstash: the queue is not on a persistent volume claim: a deleted pod loses what Kafka already handed over');
    const outputs = [...cm['logs.conf'].matchAll(/elasticsearch \{/g)].length;
    const ids = [...cm['logs.conf'].matchAll(/document_id => "%\{\[@metadata\]\[document_id\]\}"/g)].length;
    if (outputs === 0 || ids !== outputs) problems.push('logstash: without document ids every retry duplicates the documents already written');
    if (!/fingerprint \{[^}]*target => "\[@metadata\]\[document_id\]"/.test(cm['logs.conf'])) problems.push('logstash: no fingerprint fills the document id: every document gets the same id or none');
    // The id must name the Kafka record (decorate_events sets its coordinates): a hash of the fields
    // gives two identical lines one id, and Elasticsearch refuses the second as a duplicate.
    const fingerprint = /fingerprint \{[^}]*\}/.exec(cm['logs.conf'])?.[0] ?? '';
    if (!['topic', 'partition', 'offset'].every((k) => fingerprint.includes(`"[@metadata][kafka][${k}]"`)) || !/concatenate_sources => true/.test(fingerprint)) {
      problems.push('logstash: the document id is not from the record\'s Kafka topic, partition and offset: identical lines get one id and all but one are lost');
    }
  } else {
    problems.push('no aggregator rendered');
  }

  const lifecycle = find(objs, 'ConfigMap', 'logs-index-lifecycle');
  const templates = Object.entries(lifecycle?.data ?? {}).filter(([k]) => k.endsWith('.json')).map(([, d]) => JSON.parse(d))
    .filter((b) => Array.isArray(b.index_patterns) && b.data_stream);
  if (templates.length === 0) problems.push('no data-stream index templates rendered');
  for (const t of templates) {
    if (t.template?.data_stream_options?.failure_store?.enabled !== true) {
      problems.push(`index template ${String(t.index_patterns)}: without the failure store, a rejected document vanishes (out_es counts a partly failed bulk as success)`);
    }
  }
  problems.push(...failureStoreCountProblems(objs, lifecycle, templates));
  return problems;
}

/**
 * Rejected documents are counted and alerted: elasticsearch_exporter never sees failure stores
 * (collector/indices.go reads `/_all/_stats`), so a probe beside it counts `<stream>::failures`.
 */
function failureStoreCountProblems(objs: Obj[], lifecycle: Obj | undefined, templates: any[]): string[] {
  const problems: string[] = [];
  const uncounted = 'its rejected documents sit in the failure store uncounted and no alert fires';
  const probeConfig = find(objs, 'ConfigMap', 'logs-es-exporter-failure-store')?.data?.['telegraf.conf'];
  const probes = probeConfig ? (parseTelegrafToml(probeConfig).inputs as any)?.http_response ?? [] : [];
  const script = Object.values(lifecycle?.data ?? {}).find((v) => v.includes('/_security/role/platform-exporter')) ?? '';
  const roleFile = /call PUT '\/_security\/role\/platform-exporter' .*@\/setup\/(\S+)/.exec(script)?.[1];
  const role = roleFile && lifecycle?.data?.[roleFile] ? JSON.parse(lifecycle.data[roleFile]) : { indices: [] };
  for (const t of templates.filter((x) => x.template?.data_stream_options?.failure_store?.enabled === true)) {
    const stream = String(t.index_patterns[0]);
    const probe = probes.find((p: any) => (p.urls ?? []).some((u: string) => u.endsWith(`/${stream}::failures/_count`)));
    if (!probe) problems.push(`stream ${stream}: no probe counts ${stream}::failures: ${uncounted}`);
    else if (probe.response_string_match !== '"count":0,' || probe.method !== 'POST' || !/now-\d+m/.test(String(probe.body))) {
      problems.push(`stream ${stream}: the probe does not test a windowed _count for zero: ${uncounted}`);
    }
    if (!role.indices.some((i: any) => i.names.includes(stream) && i.privileges.includes('read_failure_store'))) {
      problems.push(`stream ${stream}: the exporter role lacks read_failure_store, so the probe's _count is refused: ${uncounted}`);
    }
  }
  const rules = find(objs, 'PrometheusRule', 'logs-elasticsearch')?.spec?.groups?.flatMap((g: any) => g.rules) ?? [];
  if (!rules.some((r: any) => r.alert === 'ElasticsearchDocumentsRejected' && /es_failure_store_response_string_match\{[^}]*\} == 0/.test(r.expr))) {
    problems.push(`no ElasticsearchDocumentsRejected alert over es_failure_store_response_string_match: ${uncounted.replace('its', 'a stream\'s')}`);
  }
  const monitor = find(objs, 'ServiceMonitor', 'logs-es-exporter');
  const deployment = find(objs, 'Deployment', 'logs-es-exporter');
  const probePort = deployment?.spec?.template?.spec?.containers?.some((c: any) => (c.ports ?? []).some((p: any) => p.name === 'probe-metrics'));
  if (!probePort || !(monitor?.spec?.endpoints ?? []).some((e: any) => e.port === 'probe-metrics')) {
    problems.push('the failure-store probe is not run or not scraped: the count never reaches Prometheus and no alert fires');
  }
  return problems;
}

/** A copy of `objs` with one object edited. */
function changed(objs: Obj[], kind: string, name: string, edit: (o: any) => void): Obj[] {
  return objs.map((o) => {
    if (o.kind !== kind || o.metadata.name !== name) return o;
    const copy = structuredClone(o) as any;
    edit(copy);
    return copy as Obj;
  });
}
const editFluentBit = (objs: Obj[], name: string, edit: (c: any) => void) => changed(objs, 'ConfigMap', name, (cm) => {
  const c = parse(cm.data['fluent-bit.yaml']);
  edit(c);
  cm.data['fluent-bit.yaml'] = stringify(c);
});

describe('settings that bound loss on the log path', () => {
  it.each([...tree.keys()])('%s: every loss-bounding setting is rendered', (env) => {
    expect(deliveryProblems(objectsOf(tree.get(env)!))).toEqual([]);
  });

  const prod = objectsOf(tree.get('prod')!);
  const out0 = (f: (o: any) => void) => editFluentBit(prod, 'fluent-bit-forwarder', (c) => f(c.pipeline.outputs[0]));
  // The Fluent Bit aggregator an environment deploys is dev's (prod's and staging's are Logstash).
  const dev = objectsOf(tree.get('dev')!);
  const agg = (f: (c: any) => void) => editFluentBit(dev, 'fluent-bit-aggregator', f);
  const cases: Array<[string, Obj[], RegExp]> = [
    ['message.timeout.ms', out0((o) => { delete o['rdkafka.message.timeout.ms']; }), /a longer Kafka outage loses them silently/],
    ['queue.buffering.max.kbytes', out0((o) => { delete o['rdkafka.queue.buffering.max.kbytes']; }), /a crash loses them/],
    ['queue.buffering.max.messages', out0((o) => { delete o['rdkafka.queue.buffering.max.messages']; }), /may decide when back-pressure starts/],
    ['queue_full_retries', out0((o) => { o.queue_full_retries = 0; }), /nothing counts the outage/],
    ['forwarder retry_limit', out0((o) => { o.retry_limit = 5; }), /drops chunks during a Kafka outage/],
    ['forwarder storage.total_limit_size', out0((o) => { delete o['storage.total_limit_size']; }), /fills the node's disk/],
    ['forwarder filesystem storage', editFluentBit(prod, 'fluent-bit-forwarder', (c) => { delete c.pipeline.inputs[0]['storage.type']; }), /a restart loses the records buffered in memory/],
    ['aggregator storage.sync', agg((c) => { c.service['storage.sync'] = 'normal'; }), /a node crash loses it/],
    ['aggregator filesystem storage', agg((c) => { c.pipeline.inputs[1]['storage.type'] = 'memory'; }), /a memory buffer loses them on restart/],
    ['aggregator volume', changed(dev, 'StatefulSet', 'fluent-bit-aggregator', (s) => { s.spec.volumeClaimTemplates = []; }), /a deleted pod loses what Kafka already handed over/],
    ['document ids', agg((c) => { delete c.pipeline.outputs[0].generate_id; }), /every retry duplicates/],
    ['aggregator retry_limit', agg((c) => { c.pipeline.outputs[1].retry_limit = 'no_limits'; }), /retried forever silently/],
    ['aggregator storage.total_limit_size', agg((c) => { delete c.pipeline.outputs[0]['storage.total_limit_size']; }), /fills the buffer volume/],
    ['dead-letter route (failure store)', changed(prod, 'ConfigMap', 'logs-index-lifecycle', (cm) => {
      for (const [k, v] of Object.entries<string>(cm.data)) {
        if (!k.endsWith('.json')) continue;
        const body = JSON.parse(v);
        if (body.template?.data_stream_options) delete body.template.data_stream_options;
        cm.data[k] = JSON.stringify(body);
      }
    }), /a rejected document vanishes/],
    ['the failure-store probe input', changed(prod, 'ConfigMap', 'logs-es-exporter-failure-store', (cm) => {
      cm.data['telegraf.conf'] = cm.data['telegraf.conf'].replace('logs-node-prod::failures', 'logs-node-prod');
    }), /stream logs-node-prod: no probe counts logs-node-prod::failures: its rejected documents sit in the failure store uncounted/],
    ['read_failure_store on the exporter role', changed(prod, 'ConfigMap', 'logs-index-lifecycle', (cm) => {
      cm.data['00.json'] = cm.data['00.json'].replace('read_failure_store', 'read');
    }), /lacks read_failure_store, so the probe's _count is refused/],
    ['the rejected-documents alert', changed(prod, 'PrometheusRule', 'logs-elasticsearch', (r) => {
      r.spec.groups[0].rules = r.spec.groups[0].rules.filter((x: any) => x.alert !== 'ElasticsearchDocumentsRejected');
    }), /no ElasticsearchDocumentsRejected alert/],
    ['the probe scrape endpoint', changed(prod, 'ServiceMonitor', 'logs-es-exporter', (m) => {
      m.spec.endpoints = m.spec.endpoints.filter((e: any) => e.port !== 'probe-metrics');
    }), /the count never reaches Prometheus/],
  ];
  const staging = objectsOf(tree.get('staging')!);
  const ls = (f: (data: Record<string, string>) => void) => changed(staging, 'ConfigMap', 'logstash-aggregator', (cm) => f(cm.data));
  const lsSettings = (f: (s: any) => void) => ls((d) => { const x = parse(d['logstash.yml']); f(x); d['logstash.yml'] = stringify(x); });
  cases.push(
    ['the Logstash persisted queue', lsSettings((x) => { x['queue.type'] = 'memory'; }), /events the Kafka input committed are lost/],
    ['queue.max_bytes', lsSettings((x) => { delete x['queue.max_bytes']; }), /fills the volume/],
    ['the Logstash dead-letter queue', lsSettings((x) => { delete x['dead_letter_queue.enable']; }), /documents Elasticsearch rejects are dropped/],
    ['the Logstash queue volume', changed(staging, 'StatefulSet', 'logstash-aggregator', (s) => { s.spec.volumeClaimTemplates = []; }), /a deleted pod loses/],
    ['Logstash document ids', ls((d) => { d['logs.conf'] = d['logs.conf'].replaceAll(/document_id => .*\n/g, ''); }), /every retry duplicates/],
    ['Logstash ids from Kafka coordinates', ls((d) => { d['logs.conf'] = d['logs.conf'].replace(/source => \[[^\]]*\]\]?[^\n]*\n\s*concatenate_sources => true/, 'concatenate_all_fields => true'); }), /identical lines get one id/],
  );
  it.each(cases)('fails without %s, naming the loss it allows', (_, broken, loss) => {
    expect(deliveryProblems(broken).join('\n')).toMatch(loss);
  });
});
