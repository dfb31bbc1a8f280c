import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseKafka } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const dev = {
  ...base,
  name: 'dev',
  cluster: 'dev',
  versions: VERSIONS.dev,
  ingress: { ...base.ingress, domain: 'dev.observability.example.com' },
  kafka: {
    ...baseKafka,
    // One dual-role node: nothing to replicate to, so the production-grade rules are off here.
    productionGrade: false,
    plainListener: true,
    replicationFactor: 1,
    minInsyncReplicas: 1,
    pools: [
      { name: 'dual', roles: ['controller', 'broker'], replicas: 1, volumes: [Size.gibibytes(20)], resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(2) }, heap: Size.gibibytes(1) },
    ],
    topics: {
      containerLogs: { partitions: 3, retention: Duration.days(1), retentionBytes: Size.gibibytes(2), segmentBytes: Size.mebibytes(256), compressionType: 'gzip' },
      nodeLogs: { partitions: 1, retention: Duration.days(1), retentionBytes: Size.gibibytes(2), segmentBytes: Size.mebibytes(256), compressionType: 'gzip' },
    },
  },
} as const satisfies EnvironmentConfig;
