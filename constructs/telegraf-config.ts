/**
 * Telegraf configuration as typed objects, rendered to TOML (toml.ts). Plugin names and options
 * follow the Telegraf 1.37 sample configurations (plugins/<type>/<name>/sample.conf). The agent's
 * own health goes to Prometheus: `inputs.internal` feeds only the `prometheus_client` output, and
 * every other output drops those measurements.
 */
import { createHash } from 'node:crypto';
import type { Duration } from 'cdk8s';
import type { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';
import { durationLiteral, SECONDS_TO_MILLIS } from './duration-literal';
import { hardenedContainer, type ResourceSpec } from './hardening';
import type { KafkaCluster } from './kafka-cluster';
import type { KafkaTopic } from './kafka-topic';
import type { KafkaUser } from './kafka-user';
import { toToml, type TomlTable } from './toml';

/** Port of the `prometheus_client` output on every Telegraf (its default). */
export const TELEGRAF_METRICS_PORT = 9273;
/** Where the Kafka cluster CA is mounted (Secret key `ca.crt`). */
export const KAFKA_CA_DIR = '/etc/kafka-ca';
/** Measurements of `inputs.internal`: the agent's own metrics. */
const INTERNAL = 'internal_*';

export type TelegrafPlugins = Readonly<Record<string, readonly TomlTable[]>>;

export interface TelegrafConfigProps {
  /** Collection interval. */
  readonly interval: Duration;
  /** How often outputs are flushed. */
  readonly flushInterval: Duration;
  /** `[global_tags]` added to every metric. */
  readonly globalTags?: Readonly<Record<string, string>>;
  readonly inputs: TelegrafPlugins;
  /** Outputs for the collected data (the agent's own metrics never reach them). */
  readonly outputs: TelegrafPlugins;
  /** Measurements exported to Prometheus besides the agent's own. @default none */
  readonly prometheusMeasurements?: readonly string[];
}

/** A Telegraf (Go) duration, exact: `10s`, `1500ms`. */
const seconds = (d: Duration) => durationLiteral(d, SECONDS_TO_MILLIS);

/** A complete telegraf.conf: agent, global tags, inputs, outputs and the self-monitoring pair. */
export function telegrafConfig(props: TelegrafConfigProps): string {
  if (props.interval.toMilliseconds() < 1000) throw new ConfigError('interval', props.interval.toHumanString(), 'must be at least 1 second');
  if (props.flushInterval.toMilliseconds() < 1000) throw new ConfigError('flushInterval', props.flushInterval.toHumanString(), 'must be at least 1 second');
  const dataOutputs = Object.fromEntries(Object.entries(props.outputs).map(([name, blocks]) => [name, blocks.map((b) => ({ ...b, namedrop: [INTERNAL] }))]));
  return toToml({
    ...(props.globalTags ? { global_tags: { ...props.globalTags } } : {}),
    agent: {
      interval: seconds(props.interval),
      round_interval: true,
      metric_batch_size: 1000,
      metric_buffer_limit: 10000,
      collection_jitter: '0s',
      flush_interval: seconds(props.flushInterval),
      flush_jitter: '5s',
      precision: '0s',
      // Host name from the pod's environment (the node name for producers).
      hostname: '${HOSTNAME}',
      omit_hostname: false,
    },
    inputs: { ...props.inputs, internal: [{ collect_memstats: false }] },
    outputs: {
      ...dataOutputs,
      prometheus_client: [{
        listen: `:${TELEGRAF_METRICS_PORT}`,
        metric_version: 2,
        collectors_exclude: ['gocollector', 'process'],
        namepass: [INTERNAL, ...(props.prometheusMeasurements ?? [])],
      }],
    },
  });
}

/**
 * SASL/SCRAM over TLS options shared by the Kafka input and output; the password comes from the
 * environment.
 *
 * `startup_error_behavior = "retry"`: by default Telegraf exits when a Kafka plugin cannot connect
 * at start, so every Kafka rollout crash-loops the agents. With "retry" the agent starts anyway and
 * connects on a later gather or flush (models/running_input.go and models/running_output.go of
 * Telegraf v1.37.2; `outputs.kafka` Connect and `inputs.kafka_consumer` Start report an unreachable
 * cluster as a retryable StartupError, plugins/outputs/kafka/kafka.go and
 * plugins/inputs/kafka_consumer/kafka_consumer.go). Once connected, sarama reconnects by itself.
 */
export function kafkaClientOptions(cluster: KafkaCluster, user: KafkaUser): TomlTable {
  if (user.authentication !== 'scram-sha-512') throw new ConfigError('kafka.authentication', user.authentication, 'must be scram-sha-512 for Telegraf clients');
  return {
    brokers: [cluster.bootstrapServers('tls')],
    enable_tls: true,
    tls_ca: `${KAFKA_CA_DIR}/ca.crt`,
    sasl_mechanism: 'SCRAM-SHA-512',
    sasl_username: user.name,
    sasl_password: '${KAFKA_PASSWORD}',
    startup_error_behavior: 'retry',
  };
}

/** `outputs.kafka` writing line protocol to `topic`, acknowledged by every in-sync replica. */
export function kafkaOutput(cluster: KafkaCluster, topic: KafkaTopic, user: KafkaUser): TomlTable {
  return {
    ...kafkaClientOptions(cluster, user),
    topic: topic.name,
    client_id: user.name,
    // The protocol version sarama speaks; unset, the output assumes Kafka 2.1 (sarama's default).
    // The output names it `version` (plugins/common/kafka/config.go), the input `kafka_version`.
    version: cluster.version,
    routing_tag: 'host',
    compression_codec: 4,
    required_acks: -1,
    max_retry: 5,
    data_format: 'influx',
  };
}

/** `inputs.kafka_consumer` reading `topic` as consumer group `group`. */
export function kafkaConsumerInput(cluster: KafkaCluster, topic: KafkaTopic, user: KafkaUser, group: string): TomlTable {
  return {
    ...kafkaClientOptions(cluster, user),
    topics: [topic.name],
    consumer_group: group,
    client_id: user.name,
    // Unset, the consumer speaks the Kafka 0.10.2 protocol (plugins/inputs/kafka_consumer/kafka_consumer.go):
    // its SaslHandshake v0 is gone from Kafka 4, so the consumer never logs in.
    kafka_version: cluster.version,
    offset: 'oldest',
    max_undelivered_messages: 1000,
    data_format: 'influx',
  };
}

export interface TelegrafPodOptions {
  /** ConfigMap (and container) name. */
  readonly name: string;
  readonly image: string;
  readonly resources: ResourceSpec;
  /** The rendered telegraf.conf. */
  readonly config: string;
  readonly env?: k8s.EnvVar[];
  readonly volumeMounts?: k8s.VolumeMount[];
  readonly volumes?: k8s.Volume[];
  /** Mount the Kafka cluster CA (Secret with `ca.crt`) at KAFKA_CA_DIR. @default none */
  readonly kafkaCaSecretName?: string;
  /** Name of the config volume (when the pod has another `config` volume). @default 'config' */
  readonly configVolume?: string;
}

/** Short digest of a configuration, for the pod-template annotation that rolls pods on change. */
export function configHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The ConfigMap holding telegraf.conf plus the container and volumes that run it: hardened, config
 * read-only, the metrics port named `metrics`. The returned hash goes on the pod template so a
 * changed configuration rolls the pods.
 */
export function telegrafPod(scope: Construct, id: string, opts: TelegrafPodOptions): { container: k8s.Container; volumes: k8s.Volume[]; configHash: string } {
  new k8s.KubeConfigMap(scope, id, { metadata: { name: opts.name }, data: { 'telegraf.conf': opts.config } });
  const ca = opts.kafkaCaSecretName;
  const configVolume = opts.configVolume ?? 'config';
  const container = hardenedContainer({
    name: 'telegraf',
    image: opts.image,
    resources: opts.resources,
    // Strict handling replaces only ${VAR} inside strings (the default from Telegraf 1.38); the
    // rendered configs are checked in that mode (test/telegraf.test.ts).
    command: ['telegraf', '--config', '/etc/telegraf/telegraf.conf', '--strict-env-handling'],
    env: opts.env,
    ports: [{ name: 'metrics', containerPort: TELEGRAF_METRICS_PORT }],
    livenessProbe: { tcpSocket: { port: k8s.IntOrString.fromString('metrics') }, initialDelaySeconds: 10, periodSeconds: 30 },
    readinessProbe: { httpGet: { path: '/metrics', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 30 },
    volumeMounts: [
      { name: configVolume, mountPath: '/etc/telegraf', readOnly: true },
      ...(ca ? [{ name: 'kafka-ca', mountPath: KAFKA_CA_DIR, readOnly: true }] : []),
      ...(opts.volumeMounts ?? []),
    ],
  });
  const volumes: k8s.Volume[] = [
    { name: configVolume, configMap: { name: opts.name } },
    ...(ca ? [{ name: 'kafka-ca', secret: { secretName: ca, items: [{ key: 'ca.crt', path: 'ca.crt' }] } }] : []),
    ...(opts.volumes ?? []),
  ];
  return { container, volumes, configHash: configHash(opts.config) };
}

/** Environment variable from a Secret key. */
export function secretEnv(name: string, secretName: string, key: string): k8s.EnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secretName, key } } };
}

/** Pod annotation carrying a configuration hash. */
export const CONFIG_HASH_ANNOTATION = 'observability-platform/config-hash';
