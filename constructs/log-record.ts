/**
 * The log record contract: which fields a log record carries at each hop of
 * Fluent Bit forwarder → Kafka → aggregator (Fluent Bit or Logstash) → Elasticsearch, and their types.
 * The forwarder and aggregator configurations, the index templates (through log-streams.ts), the
 * Kibana saved objects and the Grafana datasource all read their field names from here.
 *
 * The shapes it has to hold (test/log-record.test.ts walks each through the rendered configuration):
 *   - plain-text container lines: the CRI parser puts the line in `log`; the forwarder renames it to
 *     `message`, because the index templates map `log` as an object (`log.level`, `log.file.path`).
 *   - JSON container lines: the Kubernetes filter merges their keys at the record root (ECS loggers
 *     then fill `message`, `log.level`, `@timestamp` themselves); the record time stays the container
 *     runtime's. A JSON ISO 8601 `@timestamp` is then taken as the record time by the forwarder's
 *     parser filter (APP_TIME_PARSERS) and removed from the map: Fluent Bit's Kafka output writes
 *     `timestamp_key` first and then copies every record key without de-duplicating
 *     (plugins/out_kafka/kafka.c, produce_message), so a second `@timestamp` would reach
 *     Elasticsearch, which rejects duplicate keys. One the parser cannot read is kept as
 *     `timestamp_unparsed`.
 *   - multi-line CRI lines (partial `P` lines joined by the `cri` multiline parser) and node-file
 *     lines (`tail` puts the line in `log`, the file in `log.file.path`): same rename to `message`.
 *   - Kubernetes labels: `kubernetes.labels` is a `flattened` field. A pod labelled `app=x` and one
 *     labelled `app.kubernetes.io/name=x` would otherwise make `kubernetes.labels.app` a string in one
 *     document and an object in the other, and Elasticsearch rejects whichever comes second.
 *     Flattened rather than dots replaced: people search by the label key as Kubernetes spells it
 *     (`kubernetes.labels.app.kubernetes.io/name: x`), and one flattened field cannot explode the
 *     mapping however many label keys the cluster uses.
 *   - records read back from Kafka: Fluent Bit's Kafka input wraps each message as
 *     `{topic, partition, offset, error, key, payload}` (plugins/in_kafka/in_kafka.c, process_message).
 *     The aggregator removes those five fields while the record is still in `payload`, then lifts
 *     `payload`: an application field named `error`, `key`, `topic`, `offset` or `partition` survives.
 */
import type { FieldType } from './log-streams';

/** Field names of a stored log record. */
export const LOG_FIELDS = {
  /** Event time: the application's own `@timestamp` when it logs one, else the container runtime's time. */
  time: '@timestamp',
  message: 'message',
  level: 'log.level',
  namespace: 'kubernetes.namespace_name',
  pod: 'kubernetes.pod_name',
  container: 'kubernetes.container_name',
  labels: 'kubernetes.labels',
  /** The node log file a line came from (`tail` `path_key`). */
  filePath: 'log.file.path',
  host: 'host.name',
  cluster: 'cluster',
  /** stdout or stderr (CRI). */
  stream: 'stream',
  /** An application `@timestamp` the merge parser could not read. */
  unparsedTime: 'timestamp_unparsed',
} as const;

/**
 * Keys common loggers write their level and text under instead of ECS's `log.level` and `message`
 * (`level`: logrus, zap, pino, Go's slog, structlog; `severity`: Google Cloud's structured logging;
 * `msg`: logrus, zap, pino, slog). The forwarder copies the first present into the ECS field when
 * that is absent (Fluent Bit modify `copy` never overwrites), keeping the application's own key, so
 * Kibana's saved search and the level filters show them. A text `msg` only: `message` is text.
 */
export const LEVEL_KEYS = ['level', 'severity'] as const;
export const MESSAGE_KEYS = ['msg'] as const;

/**
 * Longest single line `tail` reads (`buffer_max_size`; 32k by default, and with `skip_long_lines`
 * a longer line is skipped with only a warning, plugins/in_tail/tail_file.c). containerd splits
 * container lines at 16 KiB into CRI partial lines, but a runtime without that limit and node files
 * (audit records carrying request bodies) write longer ones. Each watched file's buffer grows to this
 * only while it holds such a line: at most this × the files read at once (one per container).
 */
export const MAX_LINE = '256k';

/** The key `tail` and the CRI parser put a raw line in, before the forwarder renames it to `message`. */
export const RAW_LINE_KEY = 'log';
/** CRI parser keys with nothing the record needs: `time` is already the record time, `_p` the partial flag of joined lines. */
export const CRI_INTERNAL_KEYS = ['time', '_p'] as const;
/** Fields Fluent Bit's Kafka input adds beside `payload` (plugins/in_kafka/in_kafka.c). */
export const KAFKA_INPUT_FIELDS = ['topic', 'partition', 'offset', 'error', 'key'] as const;
export const KAFKA_PAYLOAD_KEY = 'payload';

/**
 * Parsers the forwarder defines for pods to name with the `fluentbit.io/parser` annotation
 * (`k8s-logging.parser`): `json` and `logfmt`. An annotated parser's record time is its own
 * `time_key`, or the processing time when the line has none (plugins/filter_kubernetes/kubernetes.c,
 * merge_log_handler: a zero parse time becomes `flb_time_get`), so these are for pods that ask.
 */
export const LOG_PARSERS = [
  { name: 'json', format: 'json', time_key: LOG_FIELDS.time, time_format: '%Y-%m-%dT%H:%M:%S.%L%z', time_keep: 'off' },
  { name: 'logfmt', format: 'logfmt' },
] as const;

/**
 * An application's own ISO 8601 `@timestamp`, with or without a fraction, read by the forwarder's
 * parser filter after the kubernetes filter merged a JSON line with its default JSON merge, which
 * keeps the container runtime's time as the record time (a `merge_parser` would turn a line without
 * `@timestamp`, or with one it cannot read, into the processing time: kubernetes.c, merge_log_handler).
 * Each regex matches only the format its `time_format` reads: a regex parser whose time does not
 * parse still succeeds and the filter would drop the key (src/flb_parser_regex.c skips the field),
 * whereas no match leaves the record as it was, so the modify filter keeps the text as
 * `timestamp_unparsed`.
 */
export const APP_TIME_PARSERS = [
  {
    name: 'app-time', format: 'regex', regex: '^(?<time>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,9}(?:Z|[+-]\\d{2}:?\\d{2}))$',
    time_key: 'time', time_format: '%Y-%m-%dT%H:%M:%S.%L%z', time_keep: 'off',
  },
  {
    name: 'app-time-seconds', format: 'regex', regex: '^(?<time>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2}))$',
    time_key: 'time', time_format: '%Y-%m-%dT%H:%M:%S%z', time_keep: 'off',
  },
] as const;

/**
 * The forwarder's Kafka output writes `@timestamp` in this format (out_kafka `timestamp_format
 * iso8601`: `%Y-%m-%dT%H:%M:%S` and `.%06dZ`, plugins/out_kafka/kafka.c); the aggregator parses it
 * back into the record time.
 */
export const KAFKA_TIMESTAMP_FORMAT = 'iso8601';
export const EVENT_TIME_PARSER = {
  name: 'event-time', format: 'regex', regex: '^(?<time>.+)$', time_key: 'time', time_format: '%Y-%m-%dT%H:%M:%S.%L%z', time_keep: 'off',
} as const;

/** Fields every stream carries, with their mapping types. */
export const COMMON_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  [LOG_FIELDS.time]: 'date',
  [LOG_FIELDS.message]: 'match_only_text',
  [LOG_FIELDS.level]: 'keyword',
  [LOG_FIELDS.host]: 'keyword',
  [LOG_FIELDS.cluster]: 'keyword',
  [LOG_FIELDS.unparsedTime]: 'keyword',
};

/** Kubernetes metadata the forwarder's Kubernetes filter adds (plugins/filter_kubernetes/kube_meta.c). */
export const KUBERNETES_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  [LOG_FIELDS.namespace]: 'keyword',
  [LOG_FIELDS.pod]: 'keyword',
  [LOG_FIELDS.container]: 'keyword',
  'kubernetes.pod_id': 'keyword',
  'kubernetes.host': 'keyword',
  'kubernetes.pod_ip': 'ip',
  'kubernetes.docker_id': 'keyword',
  'kubernetes.container_hash': 'keyword',
  'kubernetes.container_image': 'keyword',
  [LOG_FIELDS.labels]: 'flattened',
  [LOG_FIELDS.stream]: 'keyword',
};
