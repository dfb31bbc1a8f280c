import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseNetwork, kafkaUiBase, baseCapacity, baseKafka, baseLogPipeline, elasticsearchBase, influxdbBase, sparkBase } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const staging = {
  ...base,
  // The environment's one hand-made Secret: the Vault token in monitoring/external-secrets-root (key token).
  secrets: { ...base.secrets, externalStore: { vault: { server: 'https://vault.example.com:8200', path: 'secret', prefix: 'observability/staging', tokenSecret: 'external-secrets-root' } } },
  // The UI certificate from Let's Encrypt (HTTP-01 through the ingress controller; its hosts must resolve publicly).
  certificates: { ...base.certificates, issuer: { acme: { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'platform-team@example.com' } } },
  name: 'staging',
  stage: 'staging',
  cluster: 'staging',
  versions: VERSIONS.staging,
  ingress: { ...base.ingress, domain: 'staging.observability.example.com' },
  kafkaUi: kafkaUiBase,
  // Four nodes: the busiest carries a quarter of the log peak (capacity.busiestNodeShare); no zone features here.
  nodes: { pools: [{ name: 'general', count: 4, cpu: Cpu.units(8), memory: Size.gibibytes(32), zones: ['zone-a', 'zone-b'] }] },
  capacity: { ...baseCapacity, dailyVolume: Size.gibibytes(5), peakRecordsPerSecond: 2000, retentionDays: 7, busiestNodeShare: 0.25 },
  elasticsearch: {
    ...elasticsearchBase,
    nodeSets: [{ name: 'default', count: 3, roles: ['master', 'data', 'ingest'], resources: { cpu: Cpu.units(1), memory: Size.gibibytes(4) }, dataStorage: Size.gibibytes(50) }],
    highAvailability: true,
    replicas: 1,
    lifecycle: { rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.gibibytes(25) },
  },
  kafka: {
    ...baseKafka,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    pools: [
      { name: 'dual', roles: ['controller', 'broker'], replicas: 3, volumes: [Size.gibibytes(100)], resources: { cpu: Cpu.units(1), memory: Size.gibibytes(4) }, heap: Size.gibibytes(2) },
    ],
  },
  // The staging cluster's control-plane endpoint subnet and node subnet: the API clients and the
  // scrapers reach these only. The cluster runs NodeLocal DNSCache on its default link-local address.
  network: {
    ...baseNetwork,
    apiServerCidrs: ['10.20.0.0/28'],
    nodeCidrs: ['10.20.16.0/20'],
    dns: { ...baseNetwork.dns, nodeLocalAddress: '169.254.20.10' },
  },
  monitoring: {
    ...base.monitoring,
    prometheus: { ...base.monitoring.prometheus, replicas: 2, retention: '7d', retentionSize: Size.gibibytes(45), storage: Size.gibibytes(50), resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(4) } },
    alertmanager: { ...base.monitoring.alertmanager, replicas: 3 },
  },
  // Staging runs the Logstash aggregator (the seed's Kafka → Logstash → Elasticsearch), so both
  // aggregator kinds are exercised before prod.
  logPipeline: {
    ...baseLogPipeline,
    aggregator: { ...baseLogPipeline.aggregator, kind: 'logstash', resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(1.5) } },
  },
  spark: { ...sparkBase, workers: 2, workerCores: 2, workerMemory: Size.gibibytes(4), executorCores: 2, executorMemory: Size.gibibytes(2), driverCores: 1, driverMemory: Size.gibibytes(1), workerFloor: 1 },
  // One InfluxDB 1.8 node: no replication.
  influxdb: {
    ...influxdbBase,
    topology: { kind: 'single', resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(2) }, storage: Size.gibibytes(50) },
    replicationFactor: 1,
    retention: Duration.days(14),
    shardDuration: Duration.days(1),
    topic: { partitions: 3, retention: Duration.days(1), retentionBytes: Size.mebibytes(512), segmentBytes: Size.mebibytes(256), compressionType: 'producer' },
  },
} as const satisfies EnvironmentConfig;
