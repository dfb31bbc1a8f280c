import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseKafka } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const prod = {
  ...base,
  name: 'prod',
  cluster: 'prod',
  versions: VERSIONS.prod,
  ingress: { ...base.ingress, domain: 'prod.observability.example.com' },
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
} as const satisfies EnvironmentConfig;
