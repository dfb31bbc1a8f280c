import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const prod = {
  ...base,
  name: 'prod',
  cluster: 'prod',
  versions: VERSIONS.prod,
  ingress: { ...base.ingress, domain: 'prod.observability.example.com' },
} as const satisfies EnvironmentConfig;
