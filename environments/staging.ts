import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base, baseKafka } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const staging = {
  ...base,
  name: 'staging',
  cluster: 'staging',
  versions: VERSIONS.staging,
  ingress: { ...base.ingress, domain: 'staging.observability.example.com' },
  kafka: {
    ...baseKafka,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    pools: [
      { name: 'dual', roles: ['controller', 'broker'], replicas: 3, volumes: [Size.gibibytes(100)], resources: { cpu: Cpu.units(1), memory: Size.gibibytes(4) }, heap: Size.gibibytes(2) },
    ],
  },
} as const satisfies EnvironmentConfig;
