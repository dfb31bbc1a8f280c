import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const dev = {
  ...base,
  name: 'dev',
  cluster: 'dev',
  versions: VERSIONS.dev,
  ingress: { ...base.ingress, domain: 'dev.observability.example.com' },
} as const satisfies EnvironmentConfig;
