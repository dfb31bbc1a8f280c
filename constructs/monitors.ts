import { Construct } from 'constructs';
import * as monitoring from '../imports/monitoring.coreos.com';

export interface ScrapeEndpoint {
  /** Named container port (PodMonitor) or Service port (ServiceMonitor). */
  readonly port: string;
  /** @default /metrics */
  readonly path?: string;
  /** @default 30s */
  readonly interval?: string;
}

export interface MonitorProps {
  readonly name: string;
  /** Labels of the pods (PodMonitor) or Services (ServiceMonitor) to scrape. */
  readonly selector: Record<string, string>;
  /** Namespaces to look in. @default the monitor's own namespace */
  readonly namespaces?: readonly string[];
  readonly endpoints: readonly ScrapeEndpoint[];
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
        podMetricsEndpoints: props.endpoints.map((e) => ({ port: e.port, path: e.path ?? '/metrics', interval: e.interval ?? '30s' })),
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
        endpoints: props.endpoints.map((e) => ({ port: e.port, path: e.path ?? '/metrics', interval: e.interval ?? '30s' })),
      },
    });
  }
}
