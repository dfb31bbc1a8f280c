import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseNetwork, kafkaUiBase, baseCapacity, baseKafka, baseLogPipeline, elasticsearchBase, sparkBase } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const dev = {
  ...base,
  secrets: { ...base.secrets, operatorResources: { cpu: Cpu.millis(20), memory: Size.mebibytes(64) } },
  // 32Mi for cert-manager and 480Mi for Prometheus keep dev within its one 8 GiB node by requests.
  certificates: { ...base.certificates, operatorResources: { cpu: Cpu.millis(10), memory: Size.mebibytes(32) } },
  name: 'dev',
  stage: 'dev',
  cluster: 'dev',
  versions: VERSIONS.dev,
  ingress: { ...base.ingress, domain: 'dev.observability.example.com' },
  // One controller pod: dev has one node and no availability promise.
  ingressController: { replicas: 1, resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) } },
  // The seed's single development node: everything runs on it.
  nodes: { pools: [{ name: 'dev', count: 1, cpu: Cpu.units(4), memory: Size.gibibytes(8), zones: ['zone-a'] }] },
  // One node carries everything: the busiest node is the whole cluster.
  kafkaUi: { ...kafkaUiBase, resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(256) } },
  capacity: { ...baseCapacity, dailyVolume: Size.gibibytes(2), peakRecordsPerSecond: 200, retentionDays: 3, busiestNodeShare: 1 },
  // The seed's single-node development cluster: one node with every role, no replicas.
  elasticsearch: {
    ...elasticsearchBase,
    nodeSets: [{ name: 'default', count: 1, roles: ['master', 'data', 'ingest'], resources: { cpu: Cpu.millis(250), memory: Size.gibibytes(1) }, dataStorage: Size.gibibytes(20) }],
    kibana: { ...elasticsearchBase.kibana, resources: { cpu: Cpu.millis(200), memory: Size.mebibytes(640) } },
    // 192Mi (upstream's request is 150Mi): with External Secrets Operator's 64Mi, dev still fits one 8 GiB node.
    operatorResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(192) },
    // A handful of indices: the exporter and the probe each fit 40 MiB, and dev's node budget is tight.
    exporterResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(40) },
    failureStoreProbeResources: { cpu: Cpu.millis(10), memory: Size.mebibytes(40) },
    highAvailability: false,
    replicas: 0,
    lifecycle: { rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.gibibytes(10) },
  },
  kafka: {
    ...baseKafka,
    // One dual-role node: nothing to replicate to, so the production-grade rules are off here.
    productionGrade: false,
    plainListener: true,
    replicationFactor: 1,
    minInsyncReplicas: 1,
    pools: [
      { name: 'dual', roles: ['controller', 'broker'], replicas: 1, volumes: [Size.gibibytes(20)], resources: { cpu: Cpu.millis(250), memory: Size.mebibytes(768) }, heap: Size.mebibytes(384) },
    ],
    entityOperatorResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(192) },
    // A one-node cluster with a handful of partitions and groups: a quarter of staging's exporter.
    exporterResources: { cpu: Cpu.millis(20), memory: Size.mebibytes(64) },
    topics: {
      containerLogs: { partitions: 3, retention: Duration.days(1), retentionBytes: Size.gibibytes(2), segmentBytes: Size.mebibytes(256), compressionType: 'gzip' },
      nodeLogs: { partitions: 1, retention: Duration.days(1), retentionBytes: Size.gibibytes(2), segmentBytes: Size.mebibytes(256), compressionType: 'gzip' },
    },
  },
  logPipeline: {
    ...baseLogPipeline,
    // The plain listener (SCRAM without TLS) exists only in dev.
    kafkaListener: 'plain',
    forwarder: { ...baseLogPipeline.forwarder, bufferBudget: Size.mebibytes(512), resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) } },
    aggregator: { ...baseLogPipeline.aggregator, replicas: 1, buffer: Size.mebibytes(512), resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) } },
  },
  monitoring: {
    ...base.monitoring,
    prometheus: { ...base.monitoring.prometheus, resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(480) } },
    alertmanager: { ...base.monitoring.alertmanager, resources: { cpu: Cpu.millis(10), memory: Size.mebibytes(64) } },
    kubeStateMetrics: { resources: { cpu: Cpu.millis(20), memory: Size.mebibytes(96) } },
  },
  grafana: { ...base.grafana, resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(160) } },
  // A dev cluster (kind, minikube, a throw-away cloud cluster) gets new API server and node addresses
  // each time it is created, so they stay 0.0.0.0/0 here; the rendered README lists the policies that
  // stay open. Only declared API clients and the scrapers get them, on the API and kubelet ports.
  network: {
    ...baseNetwork,
    apiServerCidrs: ['0.0.0.0/0'],
    nodeCidrs: ['0.0.0.0/0'],
    openRangesReason: 'a dev cluster gets new API server and node addresses each time it is created',
  },
  // Demo traffic for the log pipeline; present only here.
  demo: { resources: { cpu: Cpu.millis(10), memory: Size.mebibytes(32) }, intervalSeconds: 5 },
  // Sized to fit dev on one 4-CPU / 8 GiB node (requests): Spark cores overcommit the CPU request.
  // No history server in dev: the master's UI shows running applications, and the node's memory goes to
  // the ingress controller and the Kafka topic browser. Event logs are still written.
  spark: {
    ...sparkBase,
    historyServer: false,
    workers: 1, workerCores: 1, workerMemory: Size.mebibytes(512), executorCores: 1, executorMemory: Size.mebibytes(512), driverCores: 1, driverMemory: Size.mebibytes(256), workerFloor: 1,
    cpuRequest: Cpu.millis(250),
    masterResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(256) },
    historyServerResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(256) },
  },
} as const satisfies EnvironmentConfig;
