import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const prod = {
  ...base,
  name: 'prod',
  cluster: 'prod',
  versions: VERSIONS.prod,
  ingress: { ...base.ingress, domain: 'prod.observability.example.com' },
  monitoring: {
    ...base.monitoring,
    prometheus: { ...base.monitoring.prometheus, replicas: 2, retention: '30d', retentionSize: Size.gibibytes(180), storage: Size.gibibytes(200), resources: { cpu: Cpu.units(1), memory: Size.gibibytes(8) } },
    alertmanager: { ...base.monitoring.alertmanager, replicas: 3, storage: Size.gibibytes(2) },
    // Seed 003: production also scrapes the application's metrics endpoint `app-service:8000`.
    appScrapes: [{ name: 'app-service', namespace: 'apps', serviceLabels: { 'app.kubernetes.io/name': 'app-service' }, port: 'metrics' }],
  },
} as const satisfies EnvironmentConfig;
