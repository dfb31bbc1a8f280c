import { GeneratedCredentials } from '../constructs/generated-credentials';
import { Construct } from 'constructs';
import type { GrafanaDashboard } from '../constructs/grafana-dashboard';
import type { GrafanaDatasources } from '../constructs/grafana-datasources';
import { Grafana, type SecretKeyRef } from '../constructs/grafana';
import type { ResourceSpec } from '../constructs/hardening';
import { ServiceMonitor } from '../constructs/monitors';
import { AllowEgress, AllowIngress, type PolicyPeer } from '../constructs/network-policy';
import { UiIngress, type IngressSettings } from '../constructs/ui-ingress';
import { PlatformChart } from './platform-chart';

/** The environment's `grafana` block. */
export interface GrafanaSettings {
  /** Must be 1 while Grafana uses its embedded sqlite database (see constructs/grafana.ts). */
  readonly replicas: number;
  readonly resources: ResourceSpec;
  /** Whether datasources and dashboards may be changed in the UI (false in prod: they come from git). */
  readonly editable: boolean;
  /** Secret with keys `username` and `password` for the admin user. */
  readonly adminCredentialsSecret: string;
  /** Secret key holding the Discord webhook URL for Grafana-managed alerts. */
  readonly discordWebhook: SecretKeyRef;
}

export interface GrafanaChartProps {
  readonly namespace: string;
  readonly image: string;
  readonly settings: GrafanaSettings;
  readonly datasources: GrafanaDatasources;
  readonly dashboards: readonly GrafanaDashboard[];
  readonly ingress: IngressSettings;
  /** Who may open the UI: the ingress controller's pods. */
  readonly uiClients: readonly PolicyPeer[];
  /** Prometheus' pods: they scrape Grafana's /metrics. */
  readonly scrapers: Record<string, string>;
}

/** Platform layer: Grafana, its Ingress, monitor and NetworkPolicy. */
export class GrafanaChart extends PlatformChart {
  readonly grafana: Grafana;

  constructor(scope: Construct, id: string, props: GrafanaChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const s = props.settings;
    const grafana = (this.grafana = new Grafana(this, 'Grafana', {
      image: props.image,
      replicas: s.replicas,
      resources: s.resources,
      rootUrl: `https://grafana.${props.ingress.domain}`,
      datasources: props.datasources,
      dashboards: props.dashboards,
      editable: s.editable,
      adminCredentialsSecret: s.adminCredentialsSecret,
      discordWebhook: s.discordWebhook,
    }));
    // The admin login, generated in the cluster (Grafana creates the admin from it on first start).
    new GeneratedCredentials(this, 'AdminCredentials', { name: s.adminCredentialsSecret, username: 'admin' });
    new UiIngress(this, 'Ingress', { settings: props.ingress, name: 'grafana', serviceName: grafana.serviceName, servicePort: grafana.port });
    new ServiceMonitor(this, 'Monitor', { name: 'grafana', selector: grafana.serviceLabels, endpoints: [{ port: 'http' }] });
    new AllowIngress(this, 'Policy', {
      name: 'grafana',
      podLabels: grafana.podLabels,
      from: [...props.uiClients, { podLabels: props.scrapers }],
      ports: [grafana.port],
    });
    // Grafana-managed alerts go to the Discord webhook (HTTPS); datasources are mirrored from their ingress.
    new AllowEgress(this, 'Egress', { name: 'grafana-alert-receivers', podLabels: grafana.podLabels, externalPorts: [443] });
  }
}
