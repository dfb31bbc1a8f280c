import { Construct } from 'constructs';
import * as monitoring from '../imports/monitoring.coreos.com';

export interface ScrapeEndpoint {
  /** Named container port (PodMonitor) or Service port (ServiceMonitor). */
  readonly port: string;
  /** @default /metrics */
  readonly path?: string;
  /** @default 30s */
  readonly interval?: string;
  /** Keep the target's own `namespace`/`pod` labels (exporters that report on other objects). @default false */
  readonly honorLabels?: boolean;
  /**
   * Target labels renamed before storage, `from → to` (ServiceMonitor only): for an exporter label
   * that would shadow a Prometheus external label of the same name. @default none
   */
  readonly renameLabels?: Readonly<Record<string, string>>;
  /**
   * Scrape over HTTPS with Prometheus' service-account token (API server, kubelet). ServiceMonitor
   * only. @default plain HTTP without credentials
   */
  readonly serviceAccountAuth?: {
    /** Name the serving certificate must carry. @default the target address */
    readonly serverName?: string;
    /** For kubelets, whose serving certificates are often self-signed. @default false */
    readonly insecureSkipVerify?: boolean;
  };
}

/** In-cluster credentials every Prometheus pod has. */
const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface MonitorProps {
  readonly name: string;
  /** Labels of the pods (PodMonitor) or Services (ServiceMonitor) to scrape. */
  readonly selector: Record<string, string>;
  /** Namespaces to look in. @default the monitor's own namespace */
  readonly namespaces?: readonly string[];
  readonly endpoints: readonly ScrapeEndpoint[];
  /** Service label whose value becomes the `job` label. @default the Service name (ServiceMonitor only) */
  readonly jobLabel?: string;
}

function commonEndpoint(e: ScrapeEndpoint) {
  return { port: e.port, path: e.path ?? '/metrics', interval: e.interval ?? '30s', ...(e.honorLabels ? { honorLabels: true } : {}) };
}

function namespaceSelector(namespaces?: readonly string[]) {
  return namespaces ? { matchNames: [...namespaces] } : undefined;
}

/** A PodMonitor for pods that expose metrics on a named container port. */
export class PodMonitor extends Construct {
  constructor(scope: Construct, id: string, props: MonitorProps) {
    super(scope, id);
    new monitoring.PodMonitor(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        selector: { matchLabels: props.selector },
        namespaceSelector: namespaceSelector(props.namespaces),
        podMetricsEndpoints: props.endpoints.map(commonEndpoint),
      },
    });
  }
}

/** A ServiceMonitor for Services that expose metrics on a named port. */
export class ServiceMonitor extends Construct {
  constructor(scope: Construct, id: string, props: MonitorProps) {
    super(scope, id);
    new monitoring.ServiceMonitor(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        selector: { matchLabels: props.selector },
        namespaceSelector: namespaceSelector(props.namespaces),
        ...(props.jobLabel ? { jobLabel: props.jobLabel } : {}),
        endpoints: props.endpoints.map((e) => ({
          ...commonEndpoint(e),
          ...(e.renameLabels ? {
            metricRelabelings: Object.entries(e.renameLabels).flatMap(([from, to]) => [
              { sourceLabels: [from], targetLabel: to, action: monitoring.ServiceMonitorSpecEndpointsMetricRelabelingsAction.REPLACE },
              { regex: from, action: monitoring.ServiceMonitorSpecEndpointsMetricRelabelingsAction.LABELDROP },
            ]),
          } : {}),
          ...(e.serviceAccountAuth ? {
            scheme: monitoring.ServiceMonitorSpecEndpointsScheme.HTTPS,
            bearerTokenFile: `${SERVICE_ACCOUNT_DIR}/token`,
            tlsConfig: {
              caFile: `${SERVICE_ACCOUNT_DIR}/ca.crt`,
              ...(e.serviceAccountAuth.serverName ? { serverName: e.serviceAccountAuth.serverName } : {}),
              ...(e.serviceAccountAuth.insecureSkipVerify ? { insecureSkipVerify: true } : {}),
            },
          } : {}),
        })),
      },
    });
  }
}
