import type { EnvironmentConfig } from './types';

/** Values every environment shares unless it says otherwise. */
export const base = {
  storageClass: 'standard',
  ingress: { className: 'haproxy', domain: 'observability.example.com', tlsSecretName: 'platform-ui-tls' },
  delivery: { repoURL: 'https://git.example.com/platform/observability-platform.git', revision: 'main' },
} as const satisfies Partial<EnvironmentConfig>;
