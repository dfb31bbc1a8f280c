/**
 * Fluent Bit's YAML configuration format as typed data, and the pieces the forwarder and the
 * aggregator share: the `service` section, the Kafka client properties, the container with its HTTP
 * server, probes and metrics port. The configuration is rendered with the `yaml` library (never a
 * template string) and its checksum goes on the pod template, so a config change rolls the pods.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';
import { hardenedContainer, type HardenedContainerProps } from './hardening';
import type { KafkaCluster, KafkaListenerName } from './kafka-cluster';
import type { KafkaUser } from './kafka-user';

/** A parameter value; a list renders a multi-valued parameter (e.g. `modify`'s `add`). */
export type FluentBitValue = string | number | boolean | readonly string[];

/** One input, filter or output: `name` is the plugin, the other keys its parameters. */
export interface FluentBitPlugin {
  readonly name: string;
  readonly [parameter: string]: FluentBitValue;
}

/** A parser of the `parsers` section: `name`, `format` and the format's parameters. */
export interface FluentBitParser {
  readonly name: string;
  readonly format: string;
  readonly [parameter: string]: string;
}

export interface FluentBitConfig {
  readonly service: Readonly<Record<string, FluentBitValue>>;
  /** Parsers the filters and pod annotations may name. @default none */
  readonly parsers?: readonly FluentBitParser[];
  readonly pipeline: {
    readonly inputs: readonly FluentBitPlugin[];
    readonly filters?: readonly FluentBitPlugin[];
    readonly outputs: readonly FluentBitPlugin[];
  };
}

export const FLUENT_BIT_HTTP_PORT = 2020;
export const FLUENT_BIT_METRICS_PATH = '/api/v2/metrics/prometheus';
export const FLUENT_BIT_CONFIG_FILE = 'fluent-bit.yaml';
export const CONFIG_CHECKSUM_ANNOTATION = 'observability-platform/config-checksum';
/** Environment variable the Kafka password is read into from the KafkaUser Secret. */
export const KAFKA_PASSWORD_ENV = 'KAFKA_PASSWORD';
export const KAFKA_CA_DIR = '/etc/kafka-ca';

export function renderFluentBitConfig(config: FluentBitConfig): string {
  return stringify(config, { lineWidth: 0 });
}

/** Short sha256 of a ConfigMap's data: the pod-template annotation that rolls pods on change. */
export function configChecksum(data: Readonly<Record<string, string>>): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

/**
 * The `service` section: HTTP server for probes and metrics, health check, filesystem storage
 * under `storagePath` with its metrics, bounded backlog replay after a restart.
 */
export function fluentBitService(storagePath: string, extra: Readonly<Record<string, FluentBitValue>> = {}): Record<string, FluentBitValue> {
  return {
    flush: 1,
    grace: 30,
    log_level: 'info',
    http_server: 'on',
    http_listen: '0.0.0.0',
    http_port: FLUENT_BIT_HTTP_PORT,
    health_check: 'on',
    'hc_errors_count': 5,
    'hc_retry_failure_count': 5,
    'hc_period': 60,
    'storage.path': storagePath,
    'storage.sync': 'normal',
    'storage.checksum': 'off',
    'storage.metrics': 'on',
    'storage.backlog.mem_limit': '16M',
    'storage.max_chunks_up': 128,
    ...extra,
  };
}

/**
 * librdkafka connection properties for `user` on `listener`: SCRAM-SHA-512 over TLS (the cluster
 * CA mounted at KAFKA_CA_DIR) on `tls`, SCRAM over plaintext on `plain` (dev's listener).
 * The password comes from the KafkaUser Secret through KAFKA_PASSWORD_ENV.
 */
export function kafkaClientProperties(cluster: KafkaCluster, user: KafkaUser, listener: KafkaListenerName): Record<string, FluentBitValue> {
  if (user.authentication !== 'scram-sha-512') {
    throw new ConfigError('kafka.authentication', user.authentication, 'must be scram-sha-512: the Fluent Bit clients authenticate with SCRAM');
  }
  return {
    brokers: cluster.bootstrapServers(listener),
    'rdkafka.security.protocol': listener === 'tls' ? 'SASL_SSL' : 'SASL_PLAINTEXT',
    'rdkafka.sasl.mechanism': 'SCRAM-SHA-512',
    'rdkafka.sasl.username': user.name,
    'rdkafka.sasl.password': `\${${KAFKA_PASSWORD_ENV}}`,
    ...(listener === 'tls' ? { 'rdkafka.ssl.ca.location': `${KAFKA_CA_DIR}/ca.crt` } : {}),
  };
}

/** Volumes and mounts that give a Kafka client its credentials and, on TLS, the cluster CA. */
export function kafkaClientMounts(cluster: KafkaCluster, user: KafkaUser, listener: KafkaListenerName) {
  const env: k8s.EnvVar[] = [{ name: KAFKA_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: user.secretName, key: 'password' } } }];
  const tls = listener === 'tls';
  return {
    env,
    volumes: tls ? [{ name: 'kafka-ca', secret: { secretName: cluster.caCertSecretName, items: [{ key: 'ca.crt', path: 'ca.crt' }] } }] : [],
    volumeMounts: tls ? [{ name: 'kafka-ca', mountPath: KAFKA_CA_DIR, readOnly: true }] : [],
  };
}

export interface FluentBitContainerProps extends Omit<HardenedContainerProps, 'name' | 'args' | 'ports' | 'livenessProbe' | 'readinessProbe'> {
  /** Directory the ConfigMap is mounted at. */
  readonly configDir: string;
}

/**
 * The Fluent Bit container: YAML config from `configDir`, the HTTP server on the named port
 * `http-metrics`, liveness on the build-info endpoint (alive while the process serves HTTP) and
 * readiness on the health check (not ready while outputs keep failing).
 */
export function fluentBitContainer(props: FluentBitContainerProps): k8s.Container {
  const port = k8s.IntOrString.fromString('http-metrics');
  return hardenedContainer({
    ...props,
    name: 'fluent-bit',
    args: ['-c', `${props.configDir}/${FLUENT_BIT_CONFIG_FILE}`],
    ports: [{ name: 'http-metrics', containerPort: FLUENT_BIT_HTTP_PORT }],
    livenessProbe: { httpGet: { path: '/', port }, periodSeconds: 20, failureThreshold: 3 },
    readinessProbe: { httpGet: { path: '/api/v1/health', port }, periodSeconds: 10, failureThreshold: 3 },
  });
}
