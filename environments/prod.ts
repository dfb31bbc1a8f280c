import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseNetwork, baseCapacity, baseKafka, baseLogPipeline, elasticsearchBase, influxdbBase, sparkBase } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const prod = {
  ...base,
  // The environment's one hand-made Secret: the Vault token in monitoring/external-secrets-root (key token).
  secrets: { ...base.secrets, externalStore: { vault: { server: 'https://vault.example.com:8200', path: 'secret', prefix: 'observability/prod', tokenSecret: 'external-secrets-root' } } },
  // The UI certificate from Let's Encrypt (HTTP-01 through the ingress controller; its hosts must resolve publicly).
  certificates: { ...base.certificates, issuer: { acme: { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'platform-team@example.com' } } },
  name: 'prod',
  stage: 'prod',
  cluster: 'prod',
  versions: VERSIONS.prod,
  zoneSpread: true,
  ingress: { ...base.ingress, domain: 'prod.observability.example.com' },
  // Three nodes per zone: Kafka's rack awareness, Elasticsearch's zone awareness and zoneSpread each need
  // three zones; nine nodes keep the busiest node's share of the log peak below capacity.busiestNodeShare.
  nodes: { pools: [{ name: 'general', count: 9, cpu: Cpu.units(8), memory: Size.gibibytes(32), zones: ['zone-a', 'zone-b', 'zone-c'] }] },
  ingressController: { replicas: 2, resources: { cpu: Cpu.millis(250), memory: Size.mebibytes(512) } },
  // Forwarders must ride out an hour of Kafka outage at peak.
  capacity: { ...baseCapacity, dailyVolume: Size.gibibytes(15), peakRecordsPerSecond: 6000, retentionDays: 14, busiestNodeShare: 0.2, outageMinutes: 60 },
  // Dedicated masters and data nodes, data and logs on separate persistent volumes, spread over zones.
  elasticsearch: {
    ...elasticsearchBase,
    nodeSets: [
      { name: 'masters', count: 3, roles: ['master'], resources: { cpu: Cpu.units(1), memory: Size.gibibytes(2) }, dataStorage: Size.gibibytes(10), logsStorage: Size.gibibytes(10) },
      { name: 'data', count: 3, roles: ['data', 'ingest'], resources: { cpu: Cpu.units(2), memory: Size.gibibytes(8) }, dataStorage: Size.gibibytes(200), logsStorage: Size.gibibytes(10) },
    ],
    highAvailability: true,
    replicas: 1,
    zoneAwareness: true,
    lifecycle: { rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.gibibytes(50) },
    kibana: { ...elasticsearchBase.kibana, count: 2 },
  },
  kafka: {
    ...baseKafka,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    rackAwareness: true,
    pools: [
      { name: 'controller', roles: ['controller'], replicas: 3, volumes: [Size.gibibytes(20)], resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(2) }, heap: Size.gibibytes(1) },
      { name: 'broker', roles: ['broker'], replicas: 3, volumes: [Size.gibibytes(500), Size.gibibytes(500)], resources: { cpu: Cpu.units(2), memory: Size.gibibytes(8) }, heap: Size.gibibytes(4) },
    ],
    topics: {
      containerLogs: { partitions: 12, retention: Duration.days(7), retentionBytes: Size.gibibytes(50), compressionType: 'gzip' },
      nodeLogs: { partitions: 6, retention: Duration.days(7), retentionBytes: Size.gibibytes(20), compressionType: 'gzip' },
    },
  },
  // Prod's datasources and dashboards change only through git.
  grafana: { ...base.grafana, editable: false, resources: { cpu: Cpu.millis(250), memory: Size.mebibytes(512) } },
  // The prod cluster's control-plane endpoint subnet and node subnet: the API clients and the
  // scrapers reach these only. The cluster runs NodeLocal DNSCache on its default link-local address.
  network: {
    ...baseNetwork,
    apiServerCidrs: ['10.30.0.0/28'],
    nodeCidrs: ['10.30.16.0/20'],
    dns: { ...baseNetwork.dns, nodeLocalAddress: '169.254.20.10' },
  },
  monitoring: {
    ...base.monitoring,
    prometheus: { ...base.monitoring.prometheus, replicas: 2, retention: '30d', retentionSize: Size.gibibytes(180), storage: Size.gibibytes(200), resources: { cpu: Cpu.units(1), memory: Size.gibibytes(8) } },
    alertmanager: { ...base.monitoring.alertmanager, replicas: 3, storage: Size.gibibytes(2) },
    // Seed 003: production also scrapes the application's metrics endpoint `app-service:8000`.
    appScrapes: [{ name: 'app-service', namespace: 'apps', serviceLabels: { 'app.kubernetes.io/name': 'app-service' }, port: 'metrics' }],
  },
  logPipeline: {
    ...baseLogPipeline,
    forwarder: { ...baseLogPipeline.forwarder, bufferBudget: Size.gibibytes(4), resources: { cpu: Cpu.millis(200), memory: Size.mebibytes(512) } },
    // Logstash, not Fluent Bit (README "Log pipeline", the aggregator decision): Fluent Bit 4.2.0's aggregator
    // acknowledges 429 items as indexed, drops chunks after retry_limit while in_kafka has committed them,
    // and merges genuine repeats under Generate_ID. Logstash's Kafka input stops consuming while the
    // persistent queue is full, so an Elasticsearch outage ends in consumer lag that Kafka's 7 days hold;
    // the 4Gi volume (a 3.2 GiB queue) only absorbs the start of it. 2Gi: a 1Gi heap, the rest
    // for direct buffers and the queue's page cache.
    aggregator: { ...baseLogPipeline.aggregator, kind: 'logstash', replicas: 3, buffer: Size.gibibytes(4), resources: { cpu: Cpu.units(1), memory: Size.gibibytes(2) } },
  },
  spark: {
    ...sparkBase,
    workers: 3,
    workerCores: 4,
    workerMemory: Size.gibibytes(8),
    executorCores: 2,
    executorMemory: Size.gibibytes(4),
    driverCores: 1,
    driverMemory: Size.gibibytes(2),
    workerFloor: 2,
    workerDisruptionBudget: true,
    eventLog: { ...sparkBase.eventLog, size: Size.gibibytes(50) },
  },
  // The seed's InfluxDB cluster: 3 meta nodes (Raft), 2 data nodes, every shard on both.
  influxdb: {
    ...influxdbBase,
    topology: {
      kind: 'cluster',
      metaNodes: 3,
      dataNodes: 2,
      highAvailability: true,
      metaResources: { cpu: Cpu.millis(250), memory: Size.mebibytes(512) },
      metaStorage: Size.gibibytes(5),
      dataResources: { cpu: Cpu.units(2), memory: Size.gibibytes(8) },
      dataStorage: Size.gibibytes(200),
      probeResources: { cpu: Cpu.millis(20), memory: Size.mebibytes(64) },
    },
    replicationFactor: 2,
    retention: Duration.days(30),
    shardDuration: Duration.days(1),
    topic: { partitions: 6, retention: Duration.days(2), retentionBytes: Size.gibibytes(5), compressionType: 'producer' },
    telegraf: { ...influxdbBase.telegraf, consumerReplicas: 3 },
  },
} as const satisfies EnvironmentConfig;
