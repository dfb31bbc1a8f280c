import { Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireInteger } from './config-error';
import type { ElasticsearchClient } from './elasticsearch-cluster';
import {
  CONFIG_CHECKSUM_ANNOTATION, configChecksum, FLUENT_BIT_CONFIG_FILE, FLUENT_BIT_METRICS_PATH, fluentBitContainer, fluentBitService,
  kafkaClientMounts, kafkaClientProperties, renderFluentBitConfig, TAG_FIELD, type FluentBitConfig, type FluentBitPlugin,
} from './fluent-bit-config';
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
}

/** Forwarder tag prefix → the log stream it is written to. */
export function streamRoutes(es: ElasticsearchClient): ReadonlyArray<{ readonly tagPrefix: string; readonly stream: LogStream }> {
  return [{ tagPrefix: 'kube.', stream: es.streams.container }, { tagPrefix: 'node.', stream: es.streams.node }];
}

export const ES_CA_DIR = '/etc/elasticsearch-ca';
const STATE_DIR = '/var/lib/fluent-bit';
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
 * (`create` op type) over TLS with the client's credentials. Chunks are buffered on the pod's
 * filesystem (an emptyDir bounded by `buffer`) while Elasticsearch is slow or down; after
 * `retryLimit` failed attempts a chunk is dropped and counted (`fluentbit_output_retries_failed_total`),
 * which the pipeline alerts report. Records still in Kafka are re-read on a new consumer.
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

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: {
        replicas: props.replicas,
        selector: { matchLabels: this.podLabels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(props.replicas > 1 ? 1 : 0), maxSurge: k8s.IntOrString.fromNumber(1) } },
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
              volumeMounts: [{ name: 'config', mountPath: CONFIG_DIR, readOnly: true }, { name: 'buffer', mountPath: STATE_DIR }, ca.mount, ...kafka.volumeMounts],
            })],
            volumes: [
              { name: 'config', configMap: { name: configMap.name } },
              { name: 'buffer', emptyDir: { sizeLimit: k8s.Quantity.fromString(sizeQuantity(props.buffer)) } },
              ca.volume,
              ...kafka.volumes,
            ],
          },
        },
      },
    });
    aggregatorDisruptionBudget(this, this.name, recommendedLabels(identity), this.podLabels, props.replicas);
    new PodMonitor(this, 'Monitor', { name: this.name, selector: this.podLabels, endpoints: [{ port: 'http-metrics', path: FLUENT_BIT_METRICS_PATH }] });
  }

  private renderConfig(props: LogAggregatorProps): FluentBitConfig {
    const es = props.elasticsearch;
    const routes = streamRoutes(es);
    // Storage per output: the buffer less room for the input and emitter chunks.
    const perOutputMiB = Math.floor(props.buffer.toMebibytes({ rounding: SizeRoundingBehavior.NONE }) * 0.8 / routes.length);
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
      // The forwarder set `@timestamp` (event time); the ingest time goes to its own field.
      time_key: 'event.ingested',
      compress: 'gzip',
      buffer_size: 'false',
      trace_error: 'on',
      retry_limit: props.retryLimit,
      'storage.total_limit_size': `${perOutputMiB}M`,
    });
    return {
      service: fluentBitService(`${STATE_DIR}/storage`),
      pipeline: {
        inputs: [{
          name: 'kafka',
          tag: 'kafka',
          topics: [props.topics.containerLogs.name, props.topics.nodeLogs.name].join(','),
          group_id: props.consumerGroup,
          format: 'json',
          poll_ms: 100,
          ...kafkaClientProperties(props.cluster, props.user, props.listener),
          'rdkafka.auto.offset.reset': 'earliest',
          'storage.type': 'filesystem',
        }],
        filters: [
          // Restore the forwarder's tag from the record field, so routing works as on the node.
          {
            name: 'rewrite_tag', match: 'kafka', rule: `$payload['${TAG_FIELD}'] ^(.+)$ $1 false`,
            emitter_name: 'restore-tag', 'emitter_storage.type': 'filesystem', emitter_mem_buf_limit: '64M',
          },
          { name: 'nest', match_regex: '^(kube|node)\\.', operation: 'lift', nested_under: 'payload' },
          { name: 'modify', match_regex: '^(kube|node)\\.', remove: ['topic', 'partition', 'offset', 'key', 'error', TAG_FIELD] },
        ],
        outputs: routes.map(esOutput),
      },
    };
  }
}
