import { ConfigError, isDnsLabel } from './config-error';
import { COMMON_FIELD_TYPES, KUBERNETES_FIELD_TYPES, LOG_FIELDS } from './log-record';

/**
 * The log streams Elasticsearch stores: the one place their names are defined. The lifecycle Job
 * (policies, index templates), the Kibana data views and the log aggregator's outputs all read them.
 *
 * Naming scheme: Elastic's data-stream scheme `logs-<dataset>-<namespace>`, with the stream as the
 * dataset and the environment's cluster name as the namespace, e.g. `logs-container-prod`. The
 * environment is part of every name, so two environments never write to the same data stream, even
 * when they share a cluster or a snapshot is restored into another one (the seeds' `dev-logs-index` /
 * `prod-logs-index` did the same with plain indices). Data streams roll over by themselves, so no
 * bootstrap index or write alias has to be created, and writers must use the `create` op type
 * (Fluent Bit `Write_Operation create`, Logstash `data_stream => true`).
 */
export const LOG_STREAM_NAMES = ['container', 'node', 'error-counts'] as const;
export type LogStreamName = (typeof LOG_STREAM_NAMES)[number];

/** Field types used by stream mappings (an Elasticsearch mapping `type`). */
export type FieldType = 'keyword' | 'text' | 'date' | 'long' | 'integer' | 'float' | 'ip' | 'match_only_text' | 'flattened';

export interface LogStream {
  readonly stream: string;
  /** Data stream the aggregator writes to (with the `create` op type). */
  readonly dataStream: string;
  /** Index pattern that matches the data stream's backing indices (index template, data view). */
  readonly indexPattern: string;
  /** ILM policy and index template name. */
  readonly policyName: string;
  readonly templateName: string;
  /** Fields the aggregator extracts, dotted ECS-style names → type. */
  readonly fields: Readonly<Record<string, FieldType>>;
}

/** Fields every stream carries (the record contract, constructs/log-record.ts). */
const COMMON_FIELDS = COMMON_FIELD_TYPES;

/** Per-stream fields: container logs carry Kubernetes metadata and, for access logs, HTTP values. */
const STREAM_FIELDS: Readonly<Record<LogStreamName, Readonly<Record<string, FieldType>>>> = {
  container: {
    ...KUBERNETES_FIELD_TYPES,
    'http.request.method': 'keyword',
    'http.response.status_code': 'integer',
    'http.response.body.bytes': 'long',
    'url.path': 'keyword',
    'source.ip': 'ip',
    'event.duration': 'long',
  },
  node: {
    [LOG_FIELDS.filePath]: 'keyword',
    'process.name': 'keyword',
    'event.dataset': 'keyword',
  },
  // Written by the Spark log-analytics job: error-level container-log records per namespace per minute.
  'error-counts': {
    [LOG_FIELDS.namespace]: 'keyword',
    'error.count': 'long',
  },
};

/** One stream's names for an environment (`namespace` is the environment's cluster name). */
export function logStream(stream: LogStreamName, namespace: string): LogStream {
  if (!isDnsLabel(namespace)) throw new ConfigError('streamNamespace', namespace, 'must be a DNS label (it becomes part of every data stream name)');
  const dataStream = `logs-${stream}-${namespace}`;
  return {
    stream,
    dataStream,
    indexPattern: dataStream,
    policyName: dataStream,
    templateName: dataStream,
    fields: { ...COMMON_FIELDS, ...STREAM_FIELDS[stream] },
  };
}

export type LogStreams = Readonly<Record<LogStreamName, LogStream>>;

/** Every stream of an environment, keyed by stream name: `streams.container.dataStream`. */
export function logStreams(namespace: string): LogStreams {
  return Object.fromEntries(LOG_STREAM_NAMES.map((s) => [s, logStream(s, namespace)])) as Record<LogStreamName, LogStream>;
}
