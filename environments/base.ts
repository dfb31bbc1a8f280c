import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import type { EnvironmentConfig } from './types';

/** Values every environment shares unless it says otherwise. */
export const base = {
  storageClass: 'standard',
  ingress: { className: 'haproxy', domain: 'observability.example.com', tlsSecretName: 'platform-ui-tls' },
  monitoring: {
    prometheus: { replicas: 1, retention: '2d', retentionSize: Size.gibibytes(8), storage: Size.gibibytes(10), resources: { cpu: Cpu.millis(200), memory: Size.gibibytes(1) } },
    alertmanager: {
      replicas: 1,
      storage: Size.gibibytes(1),
      resources: { cpu: Cpu.millis(20), memory: Size.mebibytes(128) },
      routing: {
        secretName: 'alertmanager-receivers',
        teams: [
          { name: 'platform', slackChannel: '#platform-alerts' },
          { name: 'data-platform', slackChannel: '#data-platform-alerts' },
          { name: 'logging', slackChannel: '#logging-alerts' },
        ],
        email: { to: 'platform-oncall@example.com', from: 'alertmanager@observability.example.com', smarthost: 'smtp.example.com:587', authUsername: 'alertmanager' },
      },
    },
    operator: { resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(200) } },
    nodeExporter: { resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(64) } },
    kubeStateMetrics: { resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(192) } },
    uiClients: [{ namespace: 'haproxy-controller', podLabels: { 'app.kubernetes.io/name': 'haproxy-ingress' } }],
  },
} as const satisfies Partial<EnvironmentConfig>;
