import { Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireInteger } from './config-error';
import type { ElasticsearchClient } from './elasticsearch-cluster';
import {
  CONFIG_CHECKSUM_ANNOTATION, configChecksum, FLUENT_BIT_CONFIG_FILE, FLUENT_BIT_HTTP_PORT, FLUENT_BIT_METRICS_PATH, fluentBitContainer, fluentBitService,
  kafkaClientMounts, kafkaClientProperties, renderFluentBitConfig, type FluentBitConfig, type FluentBitPlugin,
} from './fluent-bit-config';
import { EVENT_TIME_PARSER, KAFKA_INPUT_FIELDS, KAFKA_PAYLOAD_KEY, LOG_FIELDS } from './log-record';
import { hardenedPodSecurityContext, sizeQuantity, type ResourceSpec } from './hardening';
import type { KafkaCluster, KafkaListenerName } from './kafka-cluster';
import type { KafkaTopic } from './kafka-topic';
import type { KafkaUser } from './kafka-user';
import { recommendedLabels, selectorLabels } from './labels';
import type { LogStream } from './log-streams';
import { PodMonitor } from './monitors';
import { imageTag } from './operator-managed';
import { spreadReplicas } from './spread';

export type AggregatorKind = 'fluent-bit' | 'logstash';

/** The environment's `logPipeline.aggregator` block (shared by both aggregator kinds). */
export interface LogAggregatorSettings {
  /** @default 'fluent-bit' */
  readonly kind?: AggregatorKind;
  readonly replicas: number;
  readonly resources: ResourceSpec;
  /** Local buffer per replica (Fluent Bit filesystem storage; Logstash persistent queue). */
  readonly buffer: Size;
  /** Delivery attempts per chunk/batch to Elasticsearch before it is dropped (and counted). */
  readonly retryLimit: number;
}

/** What both aggregator kinds are built from: the same references. */
export interface LogAggregatorProps extends LogAggregatorSettings {
  readonly image: string;
  readonly cluster: KafkaCluster;
  readonly listener: KafkaListenerName;
  readonly user: KafkaUser;
  readonly consumerGroup: string;
  readonly topics: { readonly containerLogs: KafkaTopic; readonly nodeLogs: KafkaTopic };
  readonly elasticsearch: ElasticsearchClient;
  readonly priorityClassName: string;
}

/** The Fluent Bit aggregator's props: the shared ones and how its replicas are spread. */
export interface FluentBitAggregatorProps extends LogAggregatorProps {
  /** Spread the replicas evenly over zones as well as over nodes (see spreadReplicas). @default false */
  readonly zoneSpread?: boolean;
  /** Storage class of the per-replica buffer volume. */
  readonly storageClass: string;
}

export interface StreamRoute { readonly tagPrefix: string; readonly stream: LogStream }

/** Forwarder tag prefix → the log stream it is written to (container logs first, then node logs). */
export function streamRoutes(es: ElasticsearchClient): readonly [StreamRoute, StreamRoute] {
  return [{ tagPrefix: 'kube.', stream: es.streams.container }, { tagPrefix: 'node.', stream: es.streams.node }];
}

export const ES_CA_DIR = '/etc/elasticsearch-ca';
const STATE_DIR = '/var/lib/fluent-bit';
/**
 * librdkafka's pre-fetch queue per Kafka input, KiB (default 65536). Peak memory of dev's aggregator
 * working off a backlog of 100 000 ~1 KB records (`npm run bench -- --aggregator-memory dev`,
 * 2026-12-07): 175.5 MiB with the default, above its 128Mi; 110.7 MiB with 8192.
 */
export const CONSUMER_QUEUE_KIB = 8192;
/** That peak with CONSUMER_QUEUE_KIB, MiB: the capacity model refuses an aggregator memory below it. */
export const AGGREGATOR_BACKLOG_PEAK_MIB = 110.7;
const CONFIG_DIR = '/fluent-bit/etc/platform';

/** Validates the settings every aggregator kind shares. */
export function validateAggregator(props: LogAggregatorSettings): void {
  requireInteger('replicas', props.replicas, 1);
  requireInteger('retryLimit', props.retryLimit, 1);
  if (props.buffer.toMebibytes({ rounding: SizeRoundingBehavior.NONE }) < 64) throw new ConfigError('buffer', sizeQuantity(props.buffer), 'must be at least 64Mi');
}

/** Environment variables with the Elasticsearch client credentials (from the referenced Secret). */
export function elasticsearchCredentialsEnv(es: ElasticsearchClient): k8s.EnvVar[] {
  return ['username', 'password'].map((key) => ({ name: `ES_${key.toUpperCase()}`, valueFrom: { secretKeyRef: { name: es.credentialsSecretName, key } } }));
}

/** The Elasticsearch CA volume (from the referenced Secret) and its mount. */
export function elasticsearchCaVolume(es: ElasticsearchClient) {
  return {
    volume: { name: 'elasticsearch-ca', secret: { secretName: es.caSecretName, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    mount: { name: 'elasticsearch-ca', mountPath: ES_CA_DIR, readOnly: true },
  };
}

/**
 * `storage.total_limit_size` of each Elasticsearch output: the buffer volume less a fifth for the
 * chunks not yet routed, split over the two streams. Past it Fluent Bit drops the output's oldest chunks.
 */
export function aggregatorOutputLimitMiB(buffer: Size): number {
  return Math.floor(buffer.toMebibytes({ rounding: SizeRoundingBehavior.NONE }) * 0.8 / 2);
}

/** Name of the per-replica buffer volume claim template of both aggregator kinds. */
export const BUFFER_VOLUME = 'buffer';

/** The per-replica buffer claim: `buffer` on `storageClass`, ReadWriteOnce. */
export function bufferClaim(size: Size, storageClass: string): k8s.KubePersistentVolumeClaimProps {
  return {
    metadata: { name: BUFFER_VOLUME },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName: storageClass,
      resources: { requests: { storage: k8s.Quantity.fromString(sizeQuantity(size)) } },
    },
  };
}

/** A PodDisruptionBudget that keeps all but one replica up (none when there is only one). */
export function aggregatorDisruptionBudget(scope: Construct, name: string, labels: Record<string, string>, podLabels: Record<string, string>, replicas: number): void {
  new k8s.KubePodDisruptionBudget(scope, 'DisruptionBudget', {
    metadata: { name, labels },
    spec: { selector: { matchLabels: podLabels }, maxUnavailable: k8s.IntOrString.fromNumber(replicas > 1 ? 1 : 0) },
  });
}

/**
 * The default aggregator: Fluent Bit consuming the log topics with its consumer group, restoring each
 * record's forwarder tag, and writing container and node logs to their Elasticsearch data streams
 * (`create` op type, document ids from a hash of the record) over TLS with the client's credentials.
 * Chunks are buffered on a persistent volume per replica (bounded by `buffer`) while Elasticsearch is
 * slow or down; after `retryLimit` failed attempts a chunk is dropped and counted
 * (`fluentbit_output_retries_failed_total`), which the pipeline alerts report. Documents Elasticsearch
 * rejects go to the data stream's failure store (see index-lifecycle-job.ts).
 */
export class FluentBitAggregator extends Construct {
  readonly name = 'fluent-bit-aggregator';
  readonly podLabels: Record<string, string>;
  readonly config: FluentBitConfig;

  constructor(scope: Construct, id: string, props: FluentBitAggregatorProps) {
    super(scope, id);
    validateAggregator(props);
    const identity = { name: 'fluent-bit', instance: this.name, component: 'log-aggregator', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    this.config = this.renderConfig(props);
    const data = { [FLUENT_BIT_CONFIG_FILE]: renderFluentBitConfig(this.config) };
    const configMap = new k8s.KubeConfigMap(this, 'Config', { metadata: { name: this.name, labels: recommendedLabels(identity) }, data });
    const kafka = kafkaClientMounts(props.cluster, props.user, props.listener);
    const ca = elasticsearchCaVolume(props.elasticsearch);

    // A StatefulSet with a volume per replica: in_kafka commits offsets once records are in the
    // buffer, so the buffer must outlive the pod. A replacement pod (same name) mounts the same
    // volume and sends the chunks its predecessor left.
    new k8s.KubeStatefulSet(this, 'Resource', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: {
        serviceName: this.name,
        replicas: props.replicas,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: this.podLabels },
        updateStrategy: { type: 'RollingUpdate' },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(data) } },
          spec: {
            automountServiceAccountToken: false,
            priorityClassName: props.priorityClassName,
            terminationGracePeriodSeconds: 60,
            securityContext: hardenedPodSecurityContext(),
            ...spreadReplicas(this.podLabels, { zones: props.zoneSpread ?? false }),
            containers: [fluentBitContainer({
              image: props.image,
              resources: props.resources,
              configDir: CONFIG_DIR,
              env: [...kafka.env, ...elasticsearchCredentialsEnv(props.elasticsearch)],
              volumeMounts: [{ name: 'config', mountPath: CONFIG_DIR, readOnly: true }, { name: BUFFER_VOLUME, mountPath: STATE_DIR }, ca.mount, ...kafka.volumeMounts],
            })],
            volumes: [
              { name: 'config', configMap: { name: configMap.name } },
              ca.volume,
              ...kafka.volumes,
            ],
          },
        },
        volumeClaimTemplates: [bufferClaim(props.buffer, props.storageClass)],
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: { clusterIp: 'None', selector: this.podLabels, ports: [{ name: 'http-metrics', port: FLUENT_BIT_HTTP_PORT, targetPort: k8s.IntOrString.fromString('http-metrics') }] },
    });
    aggregatorDisruptionBudget(this, this.name, recommendedLabels(identity), this.podLabels, props.replicas);
    new PodMonitor(this, 'Monitor', { name: this.name, selector: this.podLabels, endpoints: [{ port: 'http-metrics', path: FLUENT_BIT_METRICS_PATH }] });
  }

  private renderConfig(props: LogAggregatorProps): FluentBitConfig {
    const es = props.elasticsearch;
    const routes = streamRoutes(es);
    const perOutputMiB = aggregatorOutputLimitMiB(props.buffer);
    const esOutput = (route: (typeof routes)[number]): FluentBitPlugin => ({
      name: 'es',
      alias: `es-${route.stream.stream}`,
      match: `${route.tagPrefix}*`,
      host: es.host,
      port: es.port,
      tls: 'on',
      'tls.verify': 'on',
      'tls.ca_file': `${ES_CA_DIR}/ca.crt`,
      http_user: '${ES_USERNAME}',
      http_passwd: '${ES_PASSWORD}',
      index: route.stream.dataStream,
      // Data streams accept only `create`; Elasticsearch 8+ rejects mapping types.
      write_operation: 'create',
      suppress_type_name: 'on',
      // out_es writes `time_key` from the record time, which the `event-time` parser set from the
      // forwarder's `@timestamp` (and removed it): exactly one `@timestamp`, the event time.
      time_key: LOG_FIELDS.time,
      // Idempotent writes: the id is a hash of the packed document, time key included
      // (plugins/out_es/es.c, MurmurHash3), all of it from the Kafka message; so a chunk retried after
      // a timeout, or a record read twice from Kafka, gets the same id, and Elasticsearch answers 409
      // for the copy, which out_es counts as success.
      generate_id: 'on',
      compress: 'gzip',
      buffer_size: 'false',
      trace_error: 'on',
      retry_limit: props.retryLimit,
      'storage.total_limit_size': `${perOutputMiB}M`,
    });
    const kafkaInput = (route: (typeof routes)[number], topic: KafkaTopic): FluentBitPlugin => ({
      name: 'kafka',
      alias: `kafka-${route.stream.stream}`,
      // One input per topic: the tag says which stream a record belongs to, so no record field has
      // to carry the forwarder's tag through Kafka.
      tag: `${route.tagPrefix}kafka`,
      topics: topic.name,
      group_id: props.consumerGroup,
      format: 'json',
      poll_ms: 100,
      ...kafkaClientProperties(props.cluster, props.user, props.listener),
      'rdkafka.auto.offset.reset': 'earliest',
      // librdkafka pre-fetches up to 64 MiB per consumer by default (queued.max.messages.kbytes,
      // CONFIGURATION.md): with two inputs that alone passed dev's 128Mi while working off a backlog.
      'rdkafka.queued.max.messages.kbytes': String(CONSUMER_QUEUE_KIB),
      // in_kafka commits the offsets as soon as a batch is appended to this input's chunks
      // (plugins/in_kafka/in_kafka.c, in_kafka_collect): the chunks must be on the persistent volume.
      'storage.type': 'filesystem',
    });
    return {
      // `full` sync: an offset is committed right after the append, so the chunk must be on disk.
      // `grace` 5 s: what is not flushed at SIGTERM stays in the chunks on the replica's volume and is
      // sent after the restart, so waiting longer saves nothing; the consumer leaves its group at exit
      // (in_kafka_exit: rd_kafka_consumer_close), so the partitions move on at once.
      service: fluentBitService(`${STATE_DIR}/storage`, { 'storage.sync': 'full', grace: 5 }),
      parsers: [{ ...EVENT_TIME_PARSER }],
      pipeline: {
        inputs: [kafkaInput(routes[0], props.topics.containerLogs), kafkaInput(routes[1], props.topics.nodeLogs)],
        filters: [
          // The Kafka input's own fields go while the application's are still inside `payload`, so an
          // application field of the same name is never removed with them.
          { name: 'modify', match: '*', remove: [...KAFKA_INPUT_FIELDS] },
          { name: 'nest', match: '*', operation: 'lift', nested_under: KAFKA_PAYLOAD_KEY },
          // A message that was not a JSON map stays a string `payload`: keep it as the message.
          { name: 'modify', match: '*', rename: `${KAFKA_PAYLOAD_KEY} ${LOG_FIELDS.message}` },
          // The record time becomes the event time (not when this aggregator read it): out_es writes
          // it as `@timestamp` and hashes it into the document id.
          { name: 'parser', match: '*', key_name: LOG_FIELDS.time, parser: EVENT_TIME_PARSER.name, reserve_data: 'on', preserve_key: 'off' },
        ],
        outputs: routes.map(esOutput),
      },
    };
  }
}
