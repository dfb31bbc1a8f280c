import type { EnvironmentConfig } from './types';

/** Values every environment shares unless it says otherwise. */
export const base = {
  storageClass: 'standard',
  ingress: { className: 'haproxy', domain: 'observability.example.com', tlsSecretName: 'platform-ui-tls' },
} as const satisfies Partial<EnvironmentConfig>;
