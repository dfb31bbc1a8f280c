import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import type { ElasticsearchSettings, EnvironmentConfig, InfluxDbSettings, KafkaSettings, KafkaUiSettings, LogCapacitySettings, LogPipelineSettings, SparkSettings } from './types';

/** Elasticsearch values every environment shares; each environment sets its own node sets and lifecycle. */
export const elasticsearchBase = {
  kibana: { count: 1, resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(1) } },
  operatorResources: { cpu: Cpu.millis(100), memory: Size.mebibytes(512) },
  exporterResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(64) },
  jobResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(32) },
  zoneAwareness: false,
} as const satisfies Partial<ElasticsearchSettings>;

/**
 * The network settings every cluster shares; each environment adds its API server and node ranges.
 * `externalCidrs` is 0.0.0.0/0 (minus `clusterCidrs` for egress): the Slack, PagerDuty and Discord
 * webhooks, the SMTP relay and Maven Central have no fixed addresses, and the UIs' users connect from
 * anywhere through the load balancer. Only the pods that declare such a destination get it, and only
 * on the ports they declare.
 */
export const baseNetwork = {
  apiServerPorts: [443, 6443],
  clusterCidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
  externalCidrs: ['0.0.0.0/0'],
  dns: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
} as const;

/** Values every environment shares unless it says otherwise. */
export const base = {
  storageClass: 'standard',
  zoneSpread: false,
  ingress: { className: 'haproxy', domain: 'observability.example.com', tlsSecretName: 'platform-ui-tls' },
  ingressController: { replicas: 2, resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) } },
  delivery: { repoURL: 'https://git.example.com/platform/observability-platform.git', revision: 'main' },
  secrets: { operatorResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) } },
  // Staging and prod replace the issuer with their ACME server; dev keeps a private CA (its hosts are not public).
  certificates: { operatorResources: { cpu: Cpu.millis(20), memory: Size.mebibytes(64) }, issuer: { selfSignedCa: { commonName: 'observability-platform dev CA' } } },
  monitoring: {
    prometheus: { replicas: 1, retention: '2d', retentionSize: Size.gibibytes(8), storage: Size.gibibytes(10), resources: { cpu: Cpu.millis(200), memory: Size.gibibytes(1) } },
    alertmanager: {
      replicas: 1,
      storage: Size.gibibytes(1),
      resources: { cpu: Cpu.millis(20), memory: Size.mebibytes(128) },
      routing: {
        secretName: 'alertmanager-receivers',
        teams: [
          { name: 'platform', slackChannel: '#platform-alerts' },
          { name: 'data-platform', slackChannel: '#data-platform-alerts' },
          { name: 'logging', slackChannel: '#logging-alerts' },
        ],
        email: { to: 'platform-oncall@example.com', from: 'alertmanager@observability.example.com', smarthost: 'smtp.example.com:587', authUsername: 'alertmanager' },
      },
    },
    operator: { resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(200) } },
    nodeExporter: { resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(64) } },
    kubeStateMetrics: { resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(192) } },
    uiClients: [],
  },
  grafana: {
    replicas: 1,
    resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) },
    editable: true,
    adminCredentialsSecret: 'grafana-admin',
    discordWebhook: { name: 'grafana-alerting', key: 'discord-webhook-url' },
  },
} as const satisfies Partial<EnvironmentConfig>;

/** The Kafka topic browser where an environment deploys it (dev and staging); prod adds a block to enable it. */
export const kafkaUiBase = {
  resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(384) },
  credentialsSecret: 'kafka-ui-login',
} as const satisfies KafkaUiSettings;

/**
 * Capacity-model assumptions every environment shares; each declares its own volume, peak and
 * retention. Measure and replace them: the record size from Elasticsearch (`store.size` ÷ `docs.count`
 * of a primary), the per-partition throughput from the aggregator's consumer under load.
 */
export const baseCapacity = {
  averageRecordBytes: 512,
  nodeLogShare: 0.1,
  recordsPerSecondPerPartition: 1000,
  outageMinutes: 30,
} as const satisfies Partial<LogCapacitySettings>;

/** Kafka values every environment shares; each adds its pools, replication and sizing. */
export const baseKafka = {
  clusterName: 'logs',
  version: '4.3.1',
  authentication: 'scram-sha-512',
  productionGrade: true,
  plainListener: false,
  rackAwareness: false,
  entityOperatorResources: { cpu: Cpu.millis(100), memory: Size.mebibytes(384) },
  exporterResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) },
  topics: {
    containerLogs: { partitions: 6, retention: Duration.days(3), retentionBytes: Size.gibibytes(10), compressionType: 'gzip' },
    nodeLogs: { partitions: 3, retention: Duration.days(3), retentionBytes: Size.gibibytes(4), compressionType: 'gzip' },
  },
} as const satisfies Partial<KafkaSettings>;

/** Log pipeline values every environment shares; the capacity model checks the buffer against the load. */
export const baseLogPipeline = {
  kafkaListener: 'tls',
  forwarder: {
    resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) },
    // The topics store gzip (seed 002): producing gzip spares the brokers a recompression.
    compression: 'gzip',
    bufferBudget: Size.gibibytes(2),
  },
  aggregator: {
    kind: 'fluent-bit',
    replicas: 2,
    resources: { cpu: Cpu.millis(250), memory: Size.mebibytes(512) },
    buffer: Size.gibibytes(2),
    retryLimit: 10,
  },
} as const satisfies LogPipelineSettings;
/** Spark values every environment shares; each sets its workers, sizes and floor. */
export const sparkBase = {
  historyServer: true,
  workerDisruptionBudget: false,
  // The event log is written by drivers and read by the history server on other nodes: ReadWriteMany.
  eventLog: { storageClass: 'standard-rwx', size: Size.gibibytes(10) },
  checkpointSize: Size.gibibytes(1),
  masterResources: { cpu: Cpu.millis(200), memory: Size.gibibytes(1) },
  historyServerResources: { cpu: Cpu.millis(200), memory: Size.gibibytes(1) },
  triggerInterval: '30 seconds',
} as const satisfies Partial<SparkSettings>;
/** The metrics path's values shared by the environments that deploy it; each sets its topology and sizing. */
export const influxdbBase = {
  database: 'telegraf',
  telegraf: {
    dc: 'teh-1',
    interval: Duration.seconds(10),
    flushInterval: Duration.seconds(10),
    producerResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) },
    consumerResources: { cpu: Cpu.millis(200), memory: Size.mebibytes(256) },
    consumerReplicas: 2,
  },
  jobResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(64) },
} as const satisfies Partial<InfluxDbSettings>;
