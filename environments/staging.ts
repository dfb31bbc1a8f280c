import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const staging = {
  ...base,
  name: 'staging',
  cluster: 'staging',
  versions: VERSIONS.staging,
  ingress: { ...base.ingress, domain: 'staging.observability.example.com' },
  monitoring: {
    ...base.monitoring,
    prometheus: { ...base.monitoring.prometheus, replicas: 2, retention: '7d', retentionSize: Size.gibibytes(45), storage: Size.gibibytes(50), resources: { cpu: Cpu.millis(500), memory: Size.gibibytes(4) } },
    alertmanager: { ...base.monitoring.alertmanager, replicas: 3 },
  },
} as const satisfies EnvironmentConfig;
