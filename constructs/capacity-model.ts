import { Size, SizeRoundingBehavior } from 'cdk8s';
import { ConfigError, requireInteger } from './config-error';
import { sizeBytes } from './hardening';
import type { ElasticsearchNodeSetSettings, RolloverSettings } from './elasticsearch-cluster';
import { AGGREGATOR_BACKLOG_PEAK_MIB, aggregatorOutputLimitMiB } from './fluent-bit-aggregator';
import { PRIMARY_SHARDS } from './index-lifecycle-job';
import type { KafkaTopicSettings } from './kafka-topic';
import { LOG_STREAM_NAMES, type LogStreamName } from './log-streams';

/**
 * The capacity model: an environment declares the log load it is sized for, and every
 * resource on the log path is checked against it. The formulas and their sources are in the README
 * ("Capacity model"); each check below names the one it applies.
 *
 * The model spans several environment blocks, so its errors name fields as the environment file
 * spells them (`kafka.topics.containerLogs.partitions`), not relative to one block.
 */

/** The environment's `capacity` block: the log load the environment is sized for. */
export interface LogCapacitySettings {
  /** Log volume per day over all streams, one copy as Elasticsearch indexes it (≈ the JSON the aggregator sends). */
  readonly dailyVolume: Size;
  /** Mean size of one record as indexed, in bytes: converts between volume and records. */
  readonly averageRecordBytes: number;
  /** Peak ingest over the whole cluster, records per second. */
  readonly peakRecordsPerSecond: number;
  /** Days Elasticsearch keeps a record (the lifecycle's delete phase, counted from rollover). */
  readonly retentionDays: number;
  /** Share of volume and records that are node logs (journal, files); the rest are container logs. */
  readonly nodeLogShare: number;
  /** Share of the cluster's peak that the busiest node produces (1 / nodes for an even spread); sizes the forwarder buffer. */
  readonly busiestNodeShare: number;
  /** Records per second one partition carries from forwarder to Elasticsearch: the aggregator's per-partition throughput, measured. */
  readonly recordsPerSecondPerPartition: number;
  /** Minutes of Kafka outage every forwarder must buffer at peak without dropping a record. */
  readonly outageMinutes: number;
}

export interface CapacityModelProps {
  readonly load: LogCapacitySettings;
  readonly elasticsearch: {
    readonly nodeSets: readonly ElasticsearchNodeSetSettings[];
    readonly replicas: number;
    readonly lifecycle: RolloverSettings;
  };
  readonly kafkaTopics: { readonly containerLogs: KafkaTopicSettings; readonly nodeLogs: KafkaTopicSettings };
  /** Members of the aggregator's consumer group. */
  readonly aggregatorReplicas: number;
  /** The forwarder's per-node filesystem buffer. */
  readonly forwarderBufferBudget: Size;
  /** Nodes the environment declares (`nodes.pools`); the busiest node produces at least an even share of the peak. */
  readonly nodes: number;
  /** CPU requested by the forwarder (per node) and by each aggregator replica, millicores. */
  readonly cpuMillis: { readonly forwarder: number; readonly aggregator: number };
  /** Memory (request = limit) of each aggregator replica. */
  readonly aggregatorMemory: Size;
  /** The aggregator's kind: only Fluent Bit's rate is measured (LOG_PATH_RATES). */
  readonly aggregatorKind: 'fluent-bit' | 'logstash';
  /** What bounds loss at each hop, for the delivery table. @default no delivery table */
  readonly delivery?: DeliverySettings;
}

/** The settings that bound what each hop of the log path may lose (see deliveryGuarantees). */
export interface DeliverySettings {
  /** librdkafka queue per forwarder Kafka output (`queue.buffering.max.kbytes`), KiB. */
  readonly producerQueueKiB: number;
  readonly aggregatorKind: 'fluent-bit' | 'logstash';
  /** Buffer volume per aggregator replica. */
  readonly aggregatorBuffer: Size;
  /** Delivery attempts per chunk (Fluent Bit `retry_limit`). */
  readonly aggregatorRetryLimit: number;
  /** Replicas of the Kafka log topics and the in-sync replicas a write needs (`acks=all`). */
  readonly kafkaReplicas: number;
  readonly kafkaMinInsyncReplicas: number;
  /** Days Elasticsearch keeps documents, and rejected documents in the failure store. */
  readonly retentionDays: number;
}

/** One row of the delivery table: where a record is durable, for how long, and what each failure loses. */
export interface DeliveryHop {
  readonly hop: string;
  readonly durable: string;
  readonly survives: string;
  readonly boundedBy: string;
  readonly loses: string;
}

export type CapacityUnit = 'bytes' | 'count' | 'minutes' | 'cores';

/** One comparison of the model: the check passes while `required ≤ provided`. */
export interface CapacityCheck {
  /** What is compared, e.g. `Elasticsearch data storage`. */
  readonly subject: string;
  readonly unit: CapacityUnit;
  readonly required: number;
  /** How `required` follows from the declared load, with its numbers. */
  readonly requiredBy: string;
  readonly provided: number;
  /** Where `provided` comes from, with its numbers. */
  readonly providedBy: string;
  /** The environment field to change when the check fails, and its current value. */
  readonly field: string;
  readonly value: string | number;
}

export interface CapacityPlan {
  readonly load: LogCapacitySettings;
  /** Average ingest the daily volume implies, records per second. */
  readonly averageRecordsPerSecond: number;
  readonly checks: readonly CapacityCheck[];
  /** The delivery guarantee per hop, when the props carry the delivery settings. */
  readonly delivery?: readonly DeliveryHop[];
  /** The aggregator the delivery settings describe. */
  readonly aggregatorKind?: DeliverySettings['aggregatorKind'];
}

/** Headroom on Elasticsearch data volumes: the 85% low disk watermark (15%) plus a 10% margin of error (Elastic's sizing guide). */
export const ELASTICSEARCH_STORAGE_HEADROOM = 1 + 0.15 + 0.1;
/** Elastic's recommended upper bound for a shard (“Size your shards”). */
export const MAX_RECOMMENDED_SHARD = Size.gibibytes(50);
/** `cluster.max_shards_per_node`, Elasticsearch's default limit of open shards per data node. */
export const MAX_SHARDS_PER_DATA_NODE = 1000;

/**
 * Records per CPU-second of one Fluent Bit 4.2.0 process with prod's rendered settings and ~1 KB JSON
 * container lines, measured by `npm run bench -- --log-path` (scripts/bench.ts: the process's own
 * user + system time from /proc, median of 3 batches of 20 000 records): the forwarder from tail
 * through the kubernetes filter to Kafka (TLS, SCRAM, gzip, acks=all), the aggregator from Kafka to
 * the Elasticsearch stand-in. Measured 2026-12-07 03:00 UTC on the repository's 2-core machine
 * (2 × AMD EPYC vCPU, shared, load average 14–20), the build of `npm run tools` (`-O1`, see
 * tools/index.ts), with the aggregator's 8 MiB consumer queue (CONSUMER_QUEUE_KIB); the slowest of
 * three runs (02:31 and 02:33 UTC, with librdkafka's default queue, gave 17 544 / 16 949 and
 * 13 605 / 15 504): per-record CPU grows with contention even when counted per process.
 * Real nodes differ: measure again there before raising the peak near the limit.
 */
export const LOG_PATH_RATES = { measured: '2026-12-07 03:00 UTC, 2 × AMD EPYC vCPU', forwarder: 13_605, aggregator: 14_286 } as const;

const SECONDS_PER_DAY = 86_400;
// From milliseconds: `toHours()` refuses a duration that is not whole hours (a 90-minute retention).
const days = (d: { toMilliseconds(): number }) => d.toMilliseconds() / 86_400_000;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A figure for messages, rounded up: `562.5Gi`, `1.5Gi`, `615Mi`, `12`, `116 min`. */
export function formatFigure(n: number, unit: CapacityUnit): string {
  if (unit === 'count') return String(Math.round(n));
  if (unit === 'minutes') return `${Math.floor(n)} min`;
  if (unit === 'cores') return `${Math.ceil(n * 1000)}m CPU`;
  const gi = Math.ceil((n / 1024 ** 3) * 10) / 10;
  if (gi >= 1) return `${gi}Gi`;
  const mi = n / 1024 ** 2;
  return mi >= 1 ? `${Math.ceil(mi)}Mi` : `${Math.ceil(n / 1024)}Ki`;
}

/** Checks the declared load against the environment's resources; throws a ConfigError naming the first that does not fit. */
export function planCapacity(props: CapacityModelProps): CapacityPlan {
  const { load, averageRecordsPerSecond, checks, failures } = assess(props);
  if (failures[0]) throw failures[0];
  return {
    load, averageRecordsPerSecond, checks,
    ...(props.delivery ? { delivery: deliveryGuarantees(props, load, props.delivery), aggregatorKind: props.delivery.aggregatorKind } : {}),
  };
}

/** Every way the declared load does not fit (planCapacity throws only the first): for reports that list them all. */
export function capacityFailures(props: CapacityModelProps): ConfigError[] {
  return assess(props).failures;
}

function assess(props: CapacityModelProps): { load: LogCapacitySettings; averageRecordsPerSecond: number; checks: CapacityCheck[]; failures: ConfigError[] } {
  const load = validateLoad(props.load);
  const failures: ConfigError[] = [];
  const averageRecordsPerSecond = sizeBytes(load.dailyVolume) / SECONDS_PER_DAY / load.averageRecordBytes;
  if (load.peakRecordsPerSecond < averageRecordsPerSecond) {
    failures.push(new ConfigError('capacity.peakRecordsPerSecond', load.peakRecordsPerSecond,
      `is below the average rate the daily volume implies (${Math.ceil(averageRecordsPerSecond)} records/s = ${formatFigure(sizeBytes(load.dailyVolume), 'bytes')} ÷ 86400 s ÷ ${load.averageRecordBytes} B)`));
  }
  if (load.busiestNodeShare < 1 / props.nodes) {
    failures.push(new ConfigError('capacity.busiestNodeShare', load.busiestNodeShare,
      `must be at least 1 / the declared nodes (1/${props.nodes} = ${+(1 / props.nodes).toFixed(3)}, nodes.pools): the busiest node produces at least an even share of the peak`));
  }
  const checks = [...elasticsearchChecks(props, load), ...kafkaChecks(props, load), forwarderCheck(props, load), ...cpuChecks(props, load)];
  for (const failed of checks.filter((c) => c.required > c.provided)) {
    failures.push(new ConfigError(failed.field, failed.value,
      `does not fit the declared load: ${failed.subject} needs ${formatFigure(failed.required, failed.unit)} (${failed.requiredBy}) but has ${formatFigure(failed.provided, failed.unit)} (${failed.providedBy})`));
  }
  return { load, averageRecordsPerSecond, checks, failures };
}

const minutes = (m: number) => (m >= 2 * 60 ? `${Math.floor(m / 60)} h` : `${Math.floor(m)} min`);

/**
 * The delivery guarantee per hop, computed from the settings that bound it at the declared peak.
 * The semantics each row relies on were read in the upstream sources: Fluent Bit 4.2.0
 * plugins/out_kafka/kafka.c (a chunk is released once librdkafka has queued it; a full queue turns
 * into a retry), plugins/in_kafka/in_kafka.c (offsets committed once a batch is in the input's
 * chunks), src/flb_input_chunk.c (past `storage.total_limit_size` the oldest chunks are dropped and
 * counted), plugins/out_es/es.c (409 is success; partial failures are success); librdkafka
 * CONFIGURATION.md (`message.timeout.ms` 0 is infinite).
 */
export function deliveryGuarantees(props: CapacityModelProps, load: LogCapacitySettings, d: DeliverySettings): DeliveryHop[] {
  const shares = streamShares(load);
  const peakBytes = load.peakRecordsPerSecond * load.averageRecordBytes;
  const budget = sizeBytes(props.forwarderBufferBudget);
  const forwarderMinutes = budget / (peakBytes * load.busiestNodeShare) / 60;
  const daily = sizeBytes(load.dailyVolume);
  const kafkaMinutes = Math.min(...Object.entries(TOPIC_STREAMS).map(([id, stream]) => {
    const topic = props.kafkaTopics[id as keyof typeof TOPIC_STREAMS];
    const perPartitionDaily = (daily * shares[stream]) / topic.partitions;
    return Math.min(days(topic.retention), sizeBytes(topic.retentionBytes) / perPartitionDaily) * 24 * 60;
  }));
  const queue = `${formatFigure(d.producerQueueKiB * 1024, 'bytes')}`;
  const forwarder: DeliveryHop = {
    hop: 'forwarder → Kafka',
    durable: 'filesystem chunks on the node (hostPath), until librdkafka has queued the record',
    survives: `Kafka outage of ${minutes(forwarderMinutes)} at peak on the busiest node`,
    boundedBy: `\`storage.total_limit_size\` per output (${formatFigure(budget, 'bytes')} in all); \`rdkafka.message.timeout.ms\` 0 (queued records never expire); ` +
      `\`queue.buffering.max.kbytes\` ${d.producerQueueKiB} per output, full queue → \`queue_full_retries\` → retry keeps the chunk; \`retry_limit\` no_limits`,
    loses: `past the outage bound, the oldest chunks (\`fluentbit_output_dropped_records_total\`, alerted); on a forwarder crash, at most ${queue} per output queued in librdkafka; lines rotated away while the forwarder is down`,
  };
  const kafka: DeliveryHop = {
    hop: 'Kafka',
    durable: `${d.kafkaReplicas} replica${d.kafkaReplicas === 1 ? '' : 's'}, writes acknowledged by ${d.kafkaMinInsyncReplicas} in sync (acks=all, idempotent producer)`,
    survives: `aggregators down or behind for ${minutes(kafkaMinutes)} at the average rate`,
    boundedBy: '`retention.ms` and `retention.bytes` per partition of the log topics',
    loses: d.kafkaReplicas > 1 ? `records older than retention; a write is lost only if ${d.kafkaMinInsyncReplicas} replicas fail at once` : 'records older than retention; everything not yet consumed if the single broker\'s volume is lost',
  };
  const perReplica = d.aggregatorBuffer.toMebibytes({ rounding: SizeRoundingBehavior.NONE }) * 2 ** 20;
  const aggregator: DeliveryHop = d.aggregatorKind === 'fluent-bit'
    ? (() => {
      const limit = aggregatorOutputLimitMiB(d.aggregatorBuffer) * 2 ** 20;
      const esMinutes = Math.min(...(['container', 'node'] as const).map((s) => (limit * props.aggregatorReplicas) / (peakBytes * shares[s]) / 60));
      return {
        hop: 'Fluent Bit aggregator → Elasticsearch',
        durable: 'filesystem chunks on a persistent volume per replica (`storage.sync full`), from the offset commit until Elasticsearch acknowledges',
        survives: `Elasticsearch outage of ${minutes(esMinutes)} at peak; pod deletion and rescheduling (the volume follows the pod)`,
        boundedBy: `\`storage.total_limit_size\` ${aggregatorOutputLimitMiB(d.aggregatorBuffer)}M per output × ${props.aggregatorReplicas} replicas; \`retry_limit\` ${d.aggregatorRetryLimit}; \`generate_id\` on (retries are idempotent)`,
        loses: `past the outage bound, the oldest chunks (\`fluentbit_output_dropped_records_total\`); a chunk failing ${d.aggregatorRetryLimit} attempts (\`fluentbit_output_retries_failed_total\`); both alerted`,
      };
    })()
    : {
      hop: 'Logstash aggregator → Elasticsearch',
      durable: 'persistent queue on a volume per replica, from the offset commit until Elasticsearch acknowledges',
      survives: `Elasticsearch outage as long as Kafka retention (${minutes(kafkaMinutes)}): a full queue stops the Kafka input, and the records wait in Kafka`,
      boundedBy: `\`queue.max_bytes\` ${Math.floor((perReplica / 2 ** 20) * 0.8)}mb per replica; \`document_id\` from a fingerprint (retries are idempotent); dead-letter queue`,
      loses: 'nothing the Elasticsearch output can retry; documents it may not retry go to the dead-letter queue (counted, alerted)',
    };
  const elasticsearch: DeliveryHop = {
    hop: 'Elasticsearch',
    durable: 'data streams with replicas per the environment; rejected documents in each data stream\'s failure store',
    survives: `${d.retentionDays} days of retention after rollover`,
    boundedBy: 'the ILM delete phase; the failure store\'s `data_retention`',
    loses: 'documents past retention; a document rejected by a mapping conflict is kept in `<stream>::failures`, not lost, and counted by the failure-store probe (alert `ElasticsearchDocumentsRejected`)',
  };
  return [forwarder, kafka, aggregator, elasticsearch];
}

/** Checks the `capacity` block on its own (the components read `retentionDays` and `nodeLogShare` from it). */
export function validateLoad(load: LogCapacitySettings): LogCapacitySettings {
  if (sizeBytes(load.dailyVolume) <= 0) throw new ConfigError('capacity.dailyVolume', load.dailyVolume.toMebibytes({ rounding: SizeRoundingBehavior.NONE }), 'must be greater than zero (MiB)');
  requireInteger('capacity.averageRecordBytes', load.averageRecordBytes, 1);
  requireInteger('capacity.peakRecordsPerSecond', load.peakRecordsPerSecond, 1);
  requireInteger('capacity.retentionDays', load.retentionDays, 1);
  requireInteger('capacity.recordsPerSecondPerPartition', load.recordsPerSecondPerPartition, 1);
  requireInteger('capacity.outageMinutes', load.outageMinutes, 1);
  if (!(load.nodeLogShare > 0 && load.nodeLogShare < 1)) throw new ConfigError('capacity.nodeLogShare', load.nodeLogShare, 'must be between 0 and 1 (exclusive): both log topics carry records');
  if (!(load.busiestNodeShare > 0 && load.busiestNodeShare <= 1)) throw new ConfigError('capacity.busiestNodeShare', load.busiestNodeShare, 'must be greater than 0 and at most 1');
  return load;
}

/** The share of the load each log stream carries; error counts (written by Spark) are negligible. */
function streamShares(load: LogCapacitySettings): Record<LogStreamName, number> {
  return { container: 1 - load.nodeLogShare, node: load.nodeLogShare, 'error-counts': 0 };
}

/** The Kafka log topics and the stream each carries. */
const TOPIC_STREAMS = { containerLogs: 'container', nodeLogs: 'node' } as const satisfies Record<keyof CapacityModelProps['kafkaTopics'], LogStreamName>;

function elasticsearchChecks(props: CapacityModelProps, load: LogCapacitySettings): CapacityCheck[] {
  const es = props.elasticsearch;
  const dataSets = es.nodeSets.filter((s) => s.roles.includes('data'));
  const dataNodes = dataSets.reduce((n, s) => n + s.count, 0);
  const copies = es.replicas + 1;
  const maxAgeDays = days(es.lifecycle.rolloverMaxAge);
  const daily = sizeBytes(load.dailyVolume);
  const volumes = dataSets.map((s) => `${s.count} × ${formatFigure(sizeBytes(s.dataStorage), 'bytes')}`).join(' + ');
  const nodeSetsValue = dataSets.map((s) => `${s.name}: ${s.count} × ${formatFigure(sizeBytes(s.dataStorage), 'bytes')}`).join(', ');

  // Elastic, "Benchmarking and sizing your Elasticsearch cluster for logs and metrics":
  //   total data = raw data per day × days retained × (replicas + 1); storage = total data × (1 + 0.15 + 0.1).
  // A backing index is written for up to rolloverMaxAge and deleted retentionDays after rollover.
  const retainedDays = load.retentionDays + maxAgeDays;
  const storage: CapacityCheck = {
    subject: 'Elasticsearch data storage',
    unit: 'bytes',
    required: daily * retainedDays * copies * ELASTICSEARCH_STORAGE_HEADROOM,
    requiredBy: `${formatFigure(daily, 'bytes')}/day × ${plural(retainedDays, 'day')} (retention + rollover age) × ${plural(copies, 'copy', 'copies')} × ${ELASTICSEARCH_STORAGE_HEADROOM} (15% watermark + 10% margin)`,
    provided: dataSets.reduce((n, s) => n + s.count * sizeBytes(s.dataStorage), 0),
    providedBy: `data node volumes ${volumes}`,
    field: 'elasticsearch.nodeSets',
    value: nodeSetsValue,
  };

  // Each stream's write index rolls over at rolloverMaxAge or at rolloverMaxPrimaryShardSize, whichever
  // comes first; with one primary shard per index, that decides how many shards the cluster holds.
  const maxShard = sizeBytes(es.lifecycle.rolloverMaxPrimaryShardSize);
  const shares = streamShares(load);
  const indicesPerDay = (stream: LogStreamName) => Math.max(1 / maxAgeDays, (daily * shares[stream]) / (maxShard * PRIMARY_SHARDS));
  const shards = LOG_STREAM_NAMES.reduce((n, s) => n + Math.ceil(indicesPerDay(s) * retainedDays) * PRIMARY_SHARDS * copies, 0);
  const shardCount: CapacityCheck = {
    subject: 'Elasticsearch shards',
    unit: 'count',
    required: shards,
    requiredBy: `${LOG_STREAM_NAMES.length} streams × indices over ${plural(retainedDays, 'day')} (rollover at ${plural(maxAgeDays, 'day')} or a ${formatFigure(maxShard, 'bytes')} primary) × ${PRIMARY_SHARDS} primary × ${plural(copies, 'copy', 'copies')}`,
    provided: MAX_SHARDS_PER_DATA_NODE * dataNodes,
    providedBy: `${plural(dataNodes, 'data node')} × ${MAX_SHARDS_PER_DATA_NODE} (cluster.max_shards_per_node)`,
    field: 'elasticsearch.nodeSets',
    value: nodeSetsValue,
  };

  // Elastic, "Size your shards": aim for shards between 10GB and 50GB.
  const shardSize: CapacityCheck = {
    subject: 'largest primary shard',
    unit: 'bytes',
    required: maxShard,
    requiredBy: 'elasticsearch.lifecycle.rolloverMaxPrimaryShardSize',
    provided: sizeBytes(MAX_RECOMMENDED_SHARD),
    providedBy: 'Elastic\'s recommended maximum shard size',
    field: 'elasticsearch.lifecycle.rolloverMaxPrimaryShardSize',
    value: formatFigure(maxShard, 'bytes'),
  };
  return [storage, shardCount, shardSize];
}

function kafkaChecks(props: CapacityModelProps, load: LogCapacitySettings): CapacityCheck[] {
  const daily = sizeBytes(load.dailyVolume);
  const shares = streamShares(load);
  return Object.entries(TOPIC_STREAMS).flatMap(([id, stream]) => {
    const topic = props.kafkaTopics[id as keyof typeof TOPIC_STREAMS];
    const share = shares[stream];
    const field = `kafka.topics.${id}`;
    // Partitions ≥ max(target throughput ÷ throughput per partition, consumers): a partition is
    // consumed by one member of a group, so fewer partitions than aggregators leave some idle.
    const peak = load.peakRecordsPerSecond * share;
    const byThroughput = Math.ceil(peak / load.recordsPerSecondPerPartition);
    const partitions: CapacityCheck = {
      subject: `${id} partitions`,
      unit: 'count',
      required: Math.max(byThroughput, props.aggregatorReplicas),
      requiredBy: `max(⌈${Math.ceil(peak)} records/s ÷ ${load.recordsPerSecondPerPartition} per partition⌉ = ${byThroughput}, ${plural(props.aggregatorReplicas, 'aggregator replica')})`,
      provided: topic.partitions,
      providedBy: `${field}.partitions`,
      field: `${field}.partitions`,
      value: topic.partitions,
    };
    // retention.bytes caps each partition; below this the size limit deletes records before
    // retention.ms does. Counted uncompressed, an upper bound: the topics store gzip batches.
    const retentionDays = days(topic.retention);
    const streamDaily = daily * share;
    const retentionBytes: CapacityCheck = {
      subject: `${id} retention.bytes per partition`,
      unit: 'bytes',
      required: (streamDaily * retentionDays) / topic.partitions,
      requiredBy: `${formatFigure(streamDaily, 'bytes')}/day × ${plural(retentionDays, 'day')} (retention.ms) ÷ ${plural(topic.partitions, 'partition')}, uncompressed`,
      provided: sizeBytes(topic.retentionBytes),
      providedBy: `${field}.retentionBytes`,
      field: `${field}.retentionBytes`,
      value: formatFigure(sizeBytes(topic.retentionBytes), 'bytes'),
    };
    return [partitions, retentionBytes];
  });
}

function forwarderCheck(props: CapacityModelProps, load: LogCapacitySettings): CapacityCheck {
  // The busiest node fills its buffer at its share of the peak; the buffer lasts budget ÷ rate.
  const nodePeakBytesPerSecond = load.peakRecordsPerSecond * load.averageRecordBytes * load.busiestNodeShare;
  const budget = sizeBytes(props.forwarderBufferBudget);
  return {
    subject: 'forwarder buffer on the busiest node',
    unit: 'minutes',
    required: load.outageMinutes,
    requiredBy: 'capacity.outageMinutes',
    provided: budget / nodePeakBytesPerSecond / 60,
    providedBy: `${formatFigure(budget, 'bytes')} ÷ (${load.peakRecordsPerSecond} records/s × ${load.averageRecordBytes} B × ${load.busiestNodeShare}) ÷ 60, held because librdkafka never expires queued records (message.timeout.ms 0)`,
    field: 'logPipeline.forwarder.bufferBudget',
    value: formatFigure(budget, 'bytes'),
  };
}

/**
 * CPU the declared peak needs at the measured rates (LOG_PATH_RATES) against what is requested: the
 * busiest node's forwarder, and the aggregator replicas together (Kafka partitions spread the topics
 * over them). Logstash's rate is not measured here, so a Logstash aggregator is not checked.
 */
function cpuChecks(props: CapacityModelProps, load: LogCapacitySettings): CapacityCheck[] {
  const nodePeak = load.peakRecordsPerSecond * load.busiestNodeShare;
  const checks: CapacityCheck[] = [{
    subject: 'forwarder CPU on the busiest node',
    unit: 'cores',
    required: nodePeak / LOG_PATH_RATES.forwarder,
    requiredBy: `${load.peakRecordsPerSecond} records/s × ${load.busiestNodeShare} ÷ ${LOG_PATH_RATES.forwarder} records per CPU-second (measured ${LOG_PATH_RATES.measured})`,
    provided: props.cpuMillis.forwarder / 1000,
    providedBy: 'logPipeline.forwarder.resources.cpu',
    field: 'logPipeline.forwarder.resources.cpu',
    value: `${props.cpuMillis.forwarder}m`,
  }];
  if (props.aggregatorKind === 'fluent-bit') {
    // Measured, not modelled: the peak does not grow with the load (librdkafka's pre-fetch queue and
    // the chunks up bound it), so any load needs it.
    const memoryMiB = props.aggregatorMemory.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
    checks.push({
      subject: 'aggregator memory working off a backlog',
      unit: 'bytes',
      required: AGGREGATOR_BACKLOG_PEAK_MIB * 2 ** 20,
      requiredBy: `peak resident memory measured with \`npm run bench -- --aggregator-memory dev\` (2026-12-07: ${AGGREGATOR_BACKLOG_PEAK_MIB} MiB)`,
      provided: memoryMiB * 2 ** 20,
      providedBy: 'logPipeline.aggregator.resources.memory (request = limit)',
      field: 'logPipeline.aggregator.resources.memory',
      value: formatFigure(memoryMiB * 2 ** 20, 'bytes'),
    });
    checks.push({
      subject: 'aggregator CPU',
      unit: 'cores',
      required: load.peakRecordsPerSecond / LOG_PATH_RATES.aggregator,
      requiredBy: `${load.peakRecordsPerSecond} records/s ÷ ${LOG_PATH_RATES.aggregator} records per CPU-second (measured ${LOG_PATH_RATES.measured})`,
      provided: (props.cpuMillis.aggregator * props.aggregatorReplicas) / 1000,
      providedBy: `${plural(props.aggregatorReplicas, 'replica')} × ${props.cpuMillis.aggregator}m (logPipeline.aggregator.resources.cpu)`,
      field: 'logPipeline.aggregator.resources.cpu',
      value: `${props.cpuMillis.aggregator}m`,
    });
  }
  return checks;
}
