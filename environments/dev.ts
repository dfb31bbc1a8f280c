import { base } from './base';
import type { EnvironmentConfig } from './types';
import { VERSIONS } from './versions';

export const dev = {
  ...base,
  name: 'dev',
  cluster: 'dev',
  versions: VERSIONS.dev,
} as const satisfies EnvironmentConfig;
