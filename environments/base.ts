import type { EnvironmentConfig } from './types';

/** Values every environment shares unless it says otherwise. */
export const base = {
  storageClass: 'standard',
} as const satisfies Partial<EnvironmentConfig>;
