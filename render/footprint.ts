/**
 * Footprint of a rendered environment: per component, replicas, CPU and memory requests and limits,
 * and persistent storage, with totals. Plain workloads are read from their pod templates; pods that
 * operators create are read from the custom resources that describe them (Strimzi node pools and
 * entity operator, ECK node sets and Kibana, prometheus-operator Prometheus and Alertmanager).
 * DaemonSets count once per node; Jobs count while they run.
 */
import { formatFigure, type CapacityPlan } from '../constructs/capacity-model';
import { sizeBytes } from '../constructs/hardening';
import type { KubeObject, RenderedObject } from './manifests';
import { podTemplateOf } from './invariants';

export interface Footprint {
  readonly component: string;
  readonly kind: string;
  /** Pods (per node for a DaemonSet). */
  readonly replicas: number;
  readonly perNode: boolean;
  /** Totals over all replicas, in millicores and bytes. Limits add up only the containers that set one. */
  readonly cpuRequest: number;
  readonly cpuLimit: number;
  readonly memoryRequest: number;
  readonly memoryLimit: number;
  readonly storage: number;
  /** Containers, over all replicas, that set no CPU limit (they may use any idle CPU of their node). */
  readonly cpuUnlimited: number;
  /** Containers, over all replicas, that set no memory limit. */
  readonly memoryUnlimited: number;
}

const UNITS: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Bytes in a Kubernetes quantity (`512Mi`, `2Gi`, `1G`). */
export function bytes(quantity: unknown): number {
  if (quantity === undefined || quantity === null) return 0;
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(String(quantity));
  if (!m) throw new Error(`not a quantity: ${String(quantity)}`);
  return Number(m[1]) * (m[2] ? UNITS[m[2]] ?? NaN : 1);
}

/** Millicores in a CPU quantity (`250m`, `1`, `0.5`). */
export function millicores(quantity: unknown): number {
  if (quantity === undefined || quantity === null) return 0;
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) : Number(text) * 1000;
}

interface Resources {
  readonly requests?: Record<string, unknown>;
  readonly limits?: Record<string, unknown>;
}

interface PodCost {
  cpuRequest: number;
  cpuLimit: number;
  memoryRequest: number;
  memoryLimit: number;
  cpuUnlimited: number;
  memoryUnlimited: number;
}

/** The cost of one pod, given the resources of each of its containers (undefined: none set). */
function cost(resources: readonly (Resources | undefined)[]): PodCost {
  const c = { cpuRequest: 0, cpuLimit: 0, memoryRequest: 0, memoryLimit: 0, cpuUnlimited: 0, memoryUnlimited: 0 };
  for (const r of resources) {
    c.cpuRequest += millicores(r?.requests?.cpu);
    c.cpuLimit += millicores(r?.limits?.cpu);
    c.memoryRequest += bytes(r?.requests?.memory);
    c.memoryLimit += bytes(r?.limits?.memory);
    if (r?.limits?.cpu === undefined) c.cpuUnlimited++;
    if (r?.limits?.memory === undefined) c.memoryUnlimited++;
  }
  return c;
}

// prometheus-operator injects a config-reloader sidecar with these defaults (v0.93.0 `--config-reloader-*`).
const CONFIG_RELOADER: Resources = { requests: { cpu: '10m', memory: '50Mi' }, limits: { cpu: '10m', memory: '50Mi' } };

function row(component: string, object: KubeObject, replicas: number, pod: PodCost, storagePerPod: number, perNode = false): Footprint {
  return {
    component,
    kind: object.kind,
    replicas,
    perNode,
    cpuRequest: pod.cpuRequest * replicas,
    cpuLimit: pod.cpuLimit * replicas,
    memoryRequest: pod.memoryRequest * replicas,
    memoryLimit: pod.memoryLimit * replicas,
    storage: storagePerPod * replicas,
    cpuUnlimited: pod.cpuUnlimited * replicas,
    memoryUnlimited: pod.memoryUnlimited * replicas,
  };
}

const claimBytes = (claims: Array<{ spec?: { resources?: { requests?: { storage?: unknown } } } }> = []) =>
  claims.reduce((n, c) => n + bytes(c.spec?.resources?.requests?.storage), 0);

/** ECK: resources of the main container of a pod template (used when the resource has no `resources`). */
function containerResources(podTemplate: any): Resources | undefined {
  return podTemplate?.spec?.containers?.[0]?.resources;
}

function footprintOf({ object }: RenderedObject): Footprint[] {
  const spec = (object.spec ?? {}) as Record<string, any>;
  const name = `${object.metadata.namespace ?? '-'}/${object.metadata.name}`;
  const pod = podTemplateOf(object);
  if (pod && object.kind !== 'Pod') {
    const containers = [...pod.spec.containers, ...(pod.spec.initContainers ?? []).filter((c: any) => c.restartPolicy === 'Always')];
    const replicas = object.kind === 'DaemonSet' ? 1 : object.kind === 'Job' || object.kind === 'CronJob' ? spec.parallelism ?? 1 : spec.replicas ?? 1;
    return [row(name, object, replicas, cost(containers.map((c) => c.resources)), claimBytes(spec.volumeClaimTemplates), object.kind === 'DaemonSet')];
  }
  switch (`${object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : ''}/${object.kind}`) {
    case 'kafka.strimzi.io/KafkaNodePool': {
      const volumes = (spec.storage?.volumes ?? [spec.storage]) as Array<{ size?: string }>;
      return [row(name, object, spec.replicas, cost([spec.resources]), volumes.reduce((n, v) => n + bytes(v?.size), 0))];
    }
    case 'kafka.strimzi.io/Kafka': {
      const rows: Footprint[] = [];
      const eo = spec.entityOperator;
      // One container per operator the entity operator runs.
      const operators = [eo?.topicOperator, eo?.userOperator].filter((o) => o !== undefined);
      if (eo) rows.push(row(`${name} entity operator`, object, 1, cost(operators.map((o) => o.resources)), 0));
      if (spec.kafkaExporter) rows.push(row(`${name} exporter`, object, 1, cost([spec.kafkaExporter.resources]), 0));
      return rows;
    }
    case 'elasticsearch.k8s.elastic.co/Elasticsearch':
      return (spec.nodeSets as any[]).map((ns) =>
        row(`${name} ${ns.name}`, object, ns.count, cost([ns.resources ?? containerResources(ns.podTemplate)]), claimBytes(ns.volumeClaimTemplates)));
    case 'kibana.k8s.elastic.co/Kibana':
      return [row(name, object, spec.count ?? 1, cost([spec.resources ?? containerResources(spec.podTemplate)]), 0)];
    case 'monitoring.coreos.com/Prometheus':
    case 'monitoring.coreos.com/Alertmanager':
      return [row(name, object, spec.replicas ?? 1, cost([spec.resources, CONFIG_RELOADER]), bytes(spec.storage?.volumeClaimTemplate?.spec?.resources?.requests?.storage))];
    case '/PersistentVolumeClaim':
      return [row(name, object, 1, cost([]), bytes(spec.resources?.requests?.storage))];
    default:
      return [];
  }
}

export function footprint(objects: readonly RenderedObject[]): Footprint[] {
  return objects.flatMap(footprintOf).sort((a, b) => a.component.localeCompare(b.component));
}

/** Requests and limits with DaemonSets counted for `nodes` nodes. */
export type Totals = Pick<Footprint, 'cpuRequest' | 'cpuLimit' | 'memoryRequest' | 'memoryLimit' | 'storage' | 'cpuUnlimited' | 'memoryUnlimited'>;

export function totals(rows: readonly Footprint[], nodes: number): Totals {
  const sum = (f: (r: Footprint) => number) => rows.reduce((n, r) => n + f(r) * (r.perNode ? nodes : 1), 0);
  return {
    cpuRequest: sum((r) => r.cpuRequest),
    cpuLimit: sum((r) => r.cpuLimit),
    memoryRequest: sum((r) => r.memoryRequest),
    memoryLimit: sum((r) => r.memoryLimit),
    storage: sum((r) => r.storage),
    cpuUnlimited: sum((r) => r.cpuUnlimited),
    memoryUnlimited: sum((r) => r.memoryUnlimited),
  };
}

/** A pool of declared nodes, in the units the footprint counts (the environment's `nodes.pools`). */
export interface DeclaredPool {
  readonly name: string;
  readonly count: number;
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly zones: readonly string[];
  /** Whether its nodes carry a NoSchedule or NoExecute taint (the platform's pods tolerate none). */
  readonly tainted: boolean;
}

/**
 * Why the footprint does not fit the declared nodes, or undefined when it does: the requests (a
 * DaemonSet pod on every node they may use) must fit the untainted nodes' CPU and memory, and every
 * pod must fit one such node by itself — the scheduler places a pod on one node, never across two.
 */
export function nodeFitProblem(rows: readonly Footprint[], pools: readonly DeclaredPool[]): string | undefined {
  const usable = pools.filter((p) => !p.tainted);
  const describe = usable.map((p) => `${p.name}: ${p.count} × ${cpu(p.cpuMillis)} CPU / ${mem(p.memoryBytes)}`).join(', ');
  if (usable.length === 0) return 'must include a pool without a NoSchedule/NoExecute taint: the platform\'s pods tolerate none';
  const nodes = usable.reduce((n, p) => n + p.count, 0);
  const t = totals(rows, nodes);
  const cpuHas = usable.reduce((n, p) => n + p.count * p.cpuMillis, 0);
  const memoryHas = usable.reduce((n, p) => n + p.count * p.memoryBytes, 0);
  if (t.cpuRequest > cpuHas) return `must fit the CPU requests: ${cpu(t.cpuRequest)} requested (DaemonSets on ${nodes} nodes), ${cpu(cpuHas)} declared (${describe})`;
  if (t.memoryRequest > memoryHas) return `must fit the memory requests: ${mem(t.memoryRequest)} requested (DaemonSets on ${nodes} nodes), ${mem(memoryHas)} declared (${describe})`;
  const largest = { cpu: Math.max(...usable.map((p) => p.cpuMillis)), memory: Math.max(...usable.map((p) => p.memoryBytes)) };
  for (const r of rows) {
    const pod = { cpu: r.cpuRequest / Math.max(r.replicas, 1), memory: r.memoryRequest / Math.max(r.replicas, 1) };
    const fits = usable.some((p) => pod.cpu <= p.cpuMillis && pod.memory <= p.memoryBytes);
    if (!fits) return `must hold each pod on one node: a ${r.component} pod requests ${cpu(pod.cpu)} CPU / ${mem(pod.memory)}, the largest node has ${cpu(largest.cpu)} CPU / ${mem(largest.memory)} (${describe})`;
  }
  return undefined;
}

const cpu = (m: number) => (m === 0 ? '–' : m < 1000 ? `${m}m` : `${+(m / 1000).toFixed(2)}`);
const mem = (b: number) => (b === 0 ? '–' : b >= 2 ** 30 ? `${+(b / 2 ** 30).toFixed(2)}Gi` : `${+(b / 2 ** 20).toFixed(0)}Mi`);
/** The footprint table's figures, for the review's before → after lines (render/review.ts). */
export { cpu as formatMillicores, mem as formatBytes };
/** A limit column: the limits set, then how many containers set none (`10m + 1 unlimited`). */
const limit = (format: (n: number) => string, set: number, unlimited: number) =>
  unlimited === 0 ? format(set) : set === 0 ? `${unlimited} unlimited` : `${format(set)} + ${unlimited} unlimited`;

/**
 * Mermaid diagram of the data flows an environment renders: each edge appears only when both ends
 * are rendered (the InfluxDB path and the demo workloads are optional).
 */
export function flowDiagram(objects: readonly RenderedObject[]): string {
  const has = (kind: string, name?: string) => objects.some(({ object }) => object.kind === kind && (!name || object.metadata.name === name));
  const edges: Array<[boolean, string]> = [
    [has('Namespace', 'demo'), 'demo[demo workloads] -->|stdout| fwd'],
    [has('DaemonSet', 'fluent-bit-forwarder'), 'fwd[Fluent Bit forwarders] -->|container and node logs| kafka[(Kafka)]'],
    [has('Deployment', 'fluent-bit-aggregator') || has('StatefulSet', 'logstash'), 'kafka -->|log topics| agg[log aggregator]'],
    [has('Elasticsearch'), 'agg -->|data streams| es[(Elasticsearch)]'],
    [has('Kibana'), 'es --> kibana[Kibana]'],
    [has('Deployment', 'spark-log-analytics'), 'kafka -->|container logs| spark[Spark log analytics] -->|error counts| es'],
    [has('DaemonSet', 'telegraf-producer'), 'tp[Telegraf producers] -->|metrics topic| kafka'],
    [has('Deployment', 'telegraf-consumer'), 'kafka -->|metrics topic| tc[Telegraf consumer] --> influx[(InfluxDB)]'],
    [has('Prometheus'), 'prom[(Prometheus)] -->|alerts| am[Alertmanager]'],
    [has('Prometheus'), 'exporters[exporters and monitors] -->|scrape| prom'],
    [has('Deployment', 'grafana'), 'grafana[Grafana] --> prom'],
    [has('Deployment', 'grafana') && has('Elasticsearch'), 'grafana --> es'],
    [has('Deployment', 'grafana') && has('Deployment', 'telegraf-consumer'), 'grafana --> influx'],
  ];
  return ['```mermaid', 'flowchart LR', ...edges.filter(([on]) => on).map(([, e]) => `  ${e}`), '```'].join('\n');
}

/** Markdown for `manifests/<env>/README.md`. */
export function footprintMarkdown(env: string, rows: readonly Footprint[], diagram?: string): string {
  const t = totals(rows, 1);
  const lines = [
    `# ${env}: rendered footprint`,
    '',
    'Generated by `npm run synth` (see `render/footprint.ts`); do not edit. Totals count each',
    'DaemonSet once, i.e. for a single node; multiply its row by the node count for a larger cluster.',
    'Requests and limits are summed over all containers of all replicas. A limit column adds up the',
    'limits that containers set and counts those that set none (`+ N unlimited`): those may use any',
    'idle CPU or memory of their node, so the sum is no ceiling.',
    '',
    '| component | kind | replicas | CPU request | CPU limit | memory request | memory limit | storage |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.component} | ${r.kind} | ${r.replicas}${r.perNode ? ' per node' : ''} | ${cpu(r.cpuRequest)} | ${limit(cpu, r.cpuLimit, r.cpuUnlimited)} | ${mem(r.memoryRequest)} | ${limit(mem, r.memoryLimit, r.memoryUnlimited)} | ${mem(r.storage)} |`),
    `| **total (one node)** | | | **${cpu(t.cpuRequest)}** | **${limit(cpu, t.cpuLimit, t.cpuUnlimited)}** | **${mem(t.memoryRequest)}** | **${limit(mem, t.memoryLimit, t.memoryUnlimited)}** | **${mem(t.storage)}** |`,
    '',
    ...(diagram ? ['## Data flows', '', diagram, ''] : []),
  ];
  return lines.join('\n');
}

/** Markdown for the capacity model's section of `manifests/<env>/README.md`: the declared load and every check. */
/**
 * What the log-path tests counted with Fluent Bit 4.2.0 (built from the pinned source), rendered into
 * each environment's README: the forwarder rows everywhere (every environment runs the Fluent Bit
 * forwarder), the aggregator rows where Fluent Bit is the aggregator. Figures are measurements: change
 * them only with a new run (`LOG_PATH_COUNTS=1 npx vitest run test/log-faults.test.ts
 * test/log-record-dev.test.ts` prints them).
 */
const MEASURED_FAULTS_INTRO = 'Counted with the real Fluent Bit 4.2.0 forwarder (prod\'s configuration, kafka-fake) and Fluent Bit aggregator ' +
  '(dev\'s, the one a Fluent Bit environment deploys, kafka-fake) and the Elasticsearch stand-in, 2026-12-07: unique records written to the node\'s ' +
  'files against records in Kafka (forwarder rows, `test/log-faults.test.ts`) or documents indexed (aggregator rows, `test/log-record-dev.test.ts`). ' +
  'Duplicates are allowed; lost is what never arrived.';
const MEASURED_FAULTS: ReadonlyArray<{ fault: string; hop: 'forwarder' | 'aggregator'; written: number; delivered: number; why: string }> = [
  { fault: 'Kafka broker unresponsive (SIGSTOP: connections accepted, nothing answered) while 4 000 records of 4.5 kB arrive, then back', hop: 'forwarder', written: 4000, delivered: 4000,
    why: 'nothing lost: out_kafka queues into librdkafka until `queue.buffering.max.kbytes` is full, then returns a retry after `queue_full_retries` one-second tries (plugins/out_kafka/kafka.c, produce_message), so the chunk stays on disk; `message.timeout.ms` 0 never expires a queued record. `LogPipelineStalled` fires (input records counted, output bytes not)' },
  { fault: 'forwarder restarted (SIGTERM) during that outage, then the broker back (worst of seven runs)', hop: 'forwarder', written: 4000, delivered: 2279,
    why: 'out_kafka releases a chunk once librdkafka has queued its records (kafka.c, cb_kafka_flush returns FLB_OK); at exit librdkafka drops what it still holds ("Producer terminating with 1840 messages (8385610 bytes) still in queue or transit"): at most `queue.buffering.max.kbytes` of records per Kafka output, counted by no metric' },
  { fault: '429 on every third item of a bulk', hop: 'aggregator', written: 200, delivered: 133, why: 'out_es counts a bulk with any 200/201 item as a success (plugins/out_es/es.c, elasticsearch_error_check); the 429 items are neither retried nor counted' },
  { fault: 'aggregator killed (SIGKILL) while Elasticsearch answered 503, then started on its volume', hop: 'aggregator', written: 500, delivered: 500, why: 'nothing lost: the records were in its filesystem chunks (`storage.sync full`), the restart flushed them' },
  { fault: 'two identical lines in the same millisecond', hop: 'aggregator', written: 2, delivered: 1, why: '`Generate_ID` hashes the record: same id, the second `create` is answered 409, which out_es counts as a success' },
];

/**
 * Why a Fluent Bit aggregator cannot turn a long Elasticsearch outage into consumer lag, from the
 * 4.2.0 source (README.md, "Faults, counted"); rendered where Fluent Bit is the aggregator.
 */
const ELASTICSEARCH_OUTAGE = [
  'Elasticsearch answering 503 longer than the retry window (the window itself runs for hours and is not run here). in_kafka commits the offsets as soon as ' +
    'records are in its chunks (plugins/in_kafka/in_kafka.c, in_kafka_collect: `rd_kafka_commit` after `flb_input_log_append`), so the backlog ' +
    'leaves Kafka for the aggregator\'s volume: measured by `test/log-faults.test.ts`, dev\'s aggregator with `storage.pause_on_chunks_overlimit` on ' +
    'read 1 000 records while every bulk was answered 503, and, its pod deleted, a replacement on an empty volume in the same group got none of them back. ' +
    'That setting stops the input only when `storage.max_chunks_up` chunks are up (src/flb_input_chunk.c, flb_input_chunk_is_storage_overlimit), ' +
    'and a chunk waiting for a retry to one output is put down (src/flb_task.c, flb_task_retry_create), so a steady flow never pauses; past `storage.total_limit_size` the oldest chunks are dropped ' +
    '(src/flb_input_chunk.c, flb_input_chunk_find_space_new_data; `fluentbit_output_dropped_records_total`, alert `LogPipelineRecordsDropped`, ' +
    'warned before by `LogPipelineBufferNearlyFull`), and a chunk whose `retry_limit` retries all fail is dropped (src/flb_engine.c; ' +
    '`fluentbit_output_retries_failed_total`, alert `LogPipelineRetriesFailing`). Each wait is uniform between 5 s and min(2000 s, 5 s × 2^n) ' +
    '(src/flb_scheduler.c, backoff_full_jitter), so with `retry_limit` 10 a chunk can be dropped after as little as 50 s of outage, ' +
    'on average after about 55 min, at the latest after 109 min. Within Kafka retention only the Logstash aggregator turns the outage into ' +
    'consumer lag (`LogAggregatorConsumerLag`): a full persistent queue stops its Kafka input.',
];

/**
 * The same aggregator faults met by the Logstash aggregator, read in the source bundled with the
 * deployed Logstash (README.md, "Faults, counted"): not counted, since Logstash cannot run here. Tags:
 * the stored copies hold Logstash up to v9.5.2 (its Gemfile.jruby-3.4.lock.release bundles
 * logstash-output-elasticsearch 12.1.6 and logstash-integration-kafka 12.1.5) and the Kafka
 * integration up to v12.1.4.
 */
const LOGSTASH_FAULTS = [
  'The Logstash aggregator cannot run on this machine (a JVM program with no pinned build here): its faults are not counted. ' +
    'What its source does with the faults above (Logstash v9.5.2, logstash-output-elasticsearch v12.1.6, logstash-integration-kafka v12.1.4; the image is 9.5.3):',
  '',
  '| fault | Logstash aggregator | source |',
  '|---|---|---|',
  '| 429 on some items of a bulk | retried, with the rest of what failed, until indexed: every item status other than 200/201, 409 and 400/404 is retried (`retry_max_interval` 64 s) | logstash-output-elasticsearch lib/logstash/plugin_mixins/elasticsearch/common.rb:193 (retrying_submit loop), :309 (`actions_to_retry << action`) |',
  '| Elasticsearch answering 503 or unreachable, for any time within Kafka retention | the bulk is retried with backoff; the batch stays unacknowledged in the persistent queue; once `queue.max_bytes` is reached the Kafka input\'s thread blocks in `queue << event` and polls no more, so no offset past the queue is committed: the outage becomes consumer lag (`LogAggregatorConsumerLag`), not loss | common.rb:360 (safe_bulk rescues BadResponseCodeError, retries); logstash-core/src/main/java/org/logstash/ackedqueue/Queue.java:483 (write waits on `notFull` while `isFull()`); logstash-integration-kafka lib/logstash/inputs/kafka.rb:358 (thread_runner: poll, then every record through handle_record, :395, `queue << event`) |',
  '| a document Elasticsearch refuses for good (400 mapping conflict, 404) | written to the dead-letter queue on the volume, not retried; past `dead_letter_queue.max_bytes` the oldest segment is dropped (`drop_older`) and counted (`dead_letter_queue.dropped_events`, alerted) | common.rb:11 (`DOC_DLQ_CODES` [400, 404]), :296; logstash-core/src/main/java/org/logstash/common/io/DeadLetterQueueWriter.java:560 (dropTailSegment) |',
  '| two identical lines in the same millisecond | two documents: the id is a fingerprint of the record\'s Kafka topic, partition and offset, so only a re-read of the same record answers 409 (dropped as a duplicate) | common.rb:292 (409 counted as a non-retryable failure, not retried) |',
  '| aggregator killed, started again on its volume | the persistent queue holds what was read and not yet acknowledged by the output; a record read again from Kafka gets the same id | Queue.java:752 (ack: a batch is acknowledged only once the outputs have taken it) |',
  '',
];

export function capacityMarkdown(plan: CapacityPlan): string {
  const l = plan.load;
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return [
    '## Capacity model',
    '',
    `Declared load (\`capacity\` in the environment file): ${formatFigure(sizeBytes(l.dailyVolume), 'bytes')}/day ` +
      `(≈ ${Math.ceil(plan.averageRecordsPerSecond)} records/s on average at ${l.averageRecordBytes} B), peak ${l.peakRecordsPerSecond} records/s, ` +
      `retention ${l.retentionDays} days, node logs ${percent(l.nodeLogShare)}, busiest node ${percent(l.busiestNodeShare)} of the peak, ` +
      `${l.recordsPerSecondPerPartition} records/s per partition, forwarders ride out ${l.outageMinutes} min of Kafka outage.`,
    'Formulas and their sources: README.md, "Capacity model". A render fails when any row needs more than it has.',
    '',
    '| check | needs | has | headroom | needs, from | has, from |',
    '|---|---:|---:|---:|---|---|',
    ...plan.checks.map((c) => `| ${c.subject} | ${formatFigure(c.required, c.unit)} | ${formatFigure(c.provided, c.unit)} | ${percent(1 - c.required / c.provided)} | ${c.requiredBy} | ${c.providedBy} |`),
    '',
    ...(plan.aggregatorKind === 'logstash' ? [
      'Not checked: the Logstash aggregator\'s CPU and memory. Its records per CPU-second are not measured here (Logstash cannot run on this ' +
        'machine), so its resources are sized by hand (the environment file says why).',
      '',
    ] : []),
    ...(plan.delivery ? [
      '## Delivery guarantee per hop',
      '',
      'At least once from the node to Elasticsearch; retries are idempotent. Computed at the declared peak from the settings named.',
      '',
      '| hop | durable where | survives | bounded by | lost on |',
      '|---|---|---|---|---|',
      ...plan.delivery.map((h) => `| ${h.hop} | ${h.durable} | ${h.survives} | ${h.boundedBy} | ${h.loses} |`),
      '',
    ] : []),
    ...(plan.delivery ? [
      '## Faults measured on the real log path',
      '',
      MEASURED_FAULTS_INTRO,
      '',
      '| fault | hop | written | arrived | lost | why |',
      '|---|---|---:|---:|---:|---|',
      ...MEASURED_FAULTS.filter((f) => f.hop === 'forwarder' || plan.aggregatorKind === 'fluent-bit')
        .map((f) => `| ${f.fault} | ${f.hop} | ${f.written} | ${f.delivered} | ${f.written - f.delivered} | ${f.why} |`),
      '',
      ...(plan.aggregatorKind === 'fluent-bit' ? [...ELASTICSEARCH_OUTAGE, ''] : LOGSTASH_FAULTS),
    ] : []),
  ].join('\n');
}
