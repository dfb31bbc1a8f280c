import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const staging = {
  ...base,
  name: 'staging',
  cluster: 'staging',
  versions: VERSIONS.staging,
  ingress: { ...base.ingress, domain: 'staging.observability.example.com' },
} as const satisfies EnvironmentConfig;
