import { Construct } from 'constructs';
import { AlertmanagerCluster, type AlertmanagerClusterProps } from '../constructs/alertmanager-cluster';
import { AlertRules } from '../constructs/alert-rules';
import { underField } from '../constructs/config-error';
import { KubeStateMetrics, type KubeStateMetricsProps } from '../constructs/kube-state-metrics';
import { LABEL } from '../constructs/labels';
import { ServiceMonitor } from '../constructs/monitors';
import { AllowEgress, AllowIngress, type PolicyPeer } from '../constructs/network-policy';
import { PrometheusServer, type PrometheusServerProps } from '../constructs/prometheus-server';
import { UiIngress, type IngressSettings } from '../constructs/ui-ingress';
import { KUBERNETES_ALERTS, MONITORING_ALERTS, NODE_ALERTS } from './monitoring-rules';
import { PlatformChart } from './platform-chart';
import { PROMETHEUS_OPERATOR_LABELS, PROMETHEUS_OPERATOR_PORT } from './prometheus-operator';

/** An application metrics endpoint outside the platform that Prometheus scrapes (a Service port). */
export interface AppScrape {
  /** Monitor name, e.g. `app-service`. */
  readonly name: string;
  readonly namespace: string;
  /** Labels of the application's Service. */
  readonly serviceLabels: Record<string, string>;
  /** Name of the Service port that serves `/metrics`. */
  readonly port: string;
}

export interface MonitoringChartProps {
  readonly namespace: string;
  readonly prometheus: Omit<PrometheusServerProps, 'alertmanagerService' | 'externalUrl'>;
  readonly alertmanager: Omit<AlertmanagerClusterProps, 'externalUrl'>;
  readonly kubeStateMetrics: KubeStateMetricsProps;
  readonly ingress: IngressSettings;
  /** Who may open the Prometheus and Alertmanager UIs besides Grafana (the ingress controller). */
  readonly uiClients: readonly PolicyPeer[];
  /** @default none */
  readonly appScrapes?: readonly AppScrape[];
}

/** The kubelet's authenticated port (metrics and cAdvisor), on every node's address. */
export const KUBELET_PORT = 10250;
/** HTTPS, on which the Slack, PagerDuty and Discord receivers are reached. */
const HTTPS_PORT = 443;

/** Team that owns the cluster-level alerts. */
export const PLATFORM_TEAM = 'platform';
/** Grafana's pods (issue: Grafana), which query Prometheus and Alertmanager. */
export const GRAFANA_POD_LABELS = { [LABEL.name]: 'grafana' } as const;

/**
 * The metrics stack's operator-managed resources and plain workloads: Prometheus, Alertmanager and
 * its routing, kube-state-metrics, the monitors of everything this stack renders plus the kubelet
 * (cAdvisor) and the API server, the cluster-level alerts, the UIs' Ingresses and NetworkPolicies.
 */
export class MonitoringChart extends PlatformChart {
  readonly prometheus: PrometheusServer;
  readonly alertmanager: AlertmanagerCluster;

  constructor(scope: Construct, id: string, props: MonitoringChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const url = (name: string) => `https://${name}.${props.ingress.domain}`;

    this.alertmanager = underField('alertmanager', () =>
      new AlertmanagerCluster(this, 'Alertmanager', { ...props.alertmanager, externalUrl: url('alertmanager') }));
    this.prometheus = underField('prometheus', () => new PrometheusServer(this, 'Prometheus', {
      ...props.prometheus,
      externalUrl: url('prometheus'),
      alertmanagerService: { name: this.alertmanager.serviceName, port: 'web' },
    }));
    const ksm = underField('kubeStateMetrics', () => new KubeStateMetrics(this, 'KubeStateMetrics', props.kubeStateMetrics));

    this.addMonitors(ksm, props.appScrapes ?? []);
    new AlertRules(this, 'NodeAlerts', { name: 'platform-node-alerts', team: PLATFORM_TEAM, groups: NODE_ALERTS });
    new AlertRules(this, 'KubernetesAlerts', { name: 'platform-kubernetes-alerts', team: PLATFORM_TEAM, groups: KUBERNETES_ALERTS });
    new AlertRules(this, 'MonitoringAlerts', { name: 'platform-monitoring-alerts', team: PLATFORM_TEAM, groups: MONITORING_ALERTS });

    new UiIngress(this, 'PrometheusIngress', { settings: props.ingress, name: 'prometheus', serviceName: this.prometheus.serviceName, servicePort: this.prometheus.webPort });
    new UiIngress(this, 'AlertmanagerIngress', { settings: props.ingress, name: 'alertmanager', serviceName: this.alertmanager.serviceName, servicePort: this.alertmanager.webPort });

    const scraper = { podLabels: this.prometheus.podLabels };
    const uiClients = [{ podLabels: GRAFANA_POD_LABELS }, ...props.uiClients];
    const prom = this.prometheus;
    const am = this.alertmanager;
    new AllowIngress(this, 'PrometheusScrape', { name: 'prometheus-scrape', podLabels: prom.podLabels, from: [scraper], ports: [prom.webPort, prom.reloaderPort] });
    new AllowIngress(this, 'PrometheusUi', { name: 'prometheus-ui', podLabels: prom.podLabels, from: uiClients, ports: [prom.webPort] });
    // Prometheus both scrapes Alertmanager and sends it alerts on the web port.
    new AllowIngress(this, 'AlertmanagerFromPrometheus', { name: 'alertmanager-prometheus', podLabels: am.podLabels, from: [scraper], ports: [am.webPort, am.reloaderPort] });
    new AllowIngress(this, 'AlertmanagerUi', { name: 'alertmanager-ui', podLabels: am.podLabels, from: uiClients, ports: [am.webPort] });
    // Gossip (memberlist) uses TCP and UDP on the same port, between the cluster's own pods only.
    new AllowIngress(this, 'AlertmanagerMesh', { name: 'alertmanager-mesh', podLabels: am.podLabels, from: [{ podLabels: am.podLabels }], ports: [am.meshPort], udpPorts: [am.meshPort] });
    // Service discovery, the API server and kubelet monitors, and the applications' metrics ports
    // (their pods carry their Service's labels and name the container port like the Service port);
    // Alertmanager reaches its receivers outside the cluster. Scrapes inside the platform are allowed
    // by network-isolation.
    new AllowEgress(this, 'PrometheusEgress', {
      name: 'prometheus-egress',
      podLabels: prom.podLabels,
      apiServer: true,
      nodePorts: [KUBELET_PORT],
      pods: (props.appScrapes ?? []).map((a) => ({ peer: { namespace: a.namespace, podLabels: a.serviceLabels }, ports: [a.port] })),
    });
    new AllowEgress(this, 'KubeStateMetricsEgress', { name: 'kube-state-metrics-kube-api', podLabels: ksm.podLabels, apiServer: true });
    new AllowEgress(this, 'AlertmanagerEgress', {
      name: 'alertmanager-receivers',
      podLabels: am.podLabels,
      externalPorts: [...new Set([HTTPS_PORT, Number(props.alertmanager.routing.email.smarthost.split(':').pop())])],
    });
    new AllowIngress(this, 'KubeStateMetricsScrape', { name: 'kube-state-metrics-scrape', podLabels: ksm.podLabels, from: [scraper], ports: [ksm.metricsPort, ksm.telemetryPort] });
  }

  private addMonitors(ksm: KubeStateMetrics, appScrapes: readonly AppScrape[]): void {
    new ServiceMonitor(this, 'OperatorMonitor', { name: 'prometheus-operator', selector: PROMETHEUS_OPERATOR_LABELS, endpoints: [{ port: PROMETHEUS_OPERATOR_PORT.name }] });
    new ServiceMonitor(this, 'PrometheusMonitor', { name: 'prometheus', selector: this.prometheus.serviceLabels, endpoints: [{ port: 'web' }, { port: 'reloader-web' }] });
    new ServiceMonitor(this, 'AlertmanagerMonitor', { name: 'alertmanager', selector: this.alertmanager.serviceLabels, endpoints: [{ port: 'web' }, { port: 'reloader-web' }] });
    new ServiceMonitor(this, 'KubeStateMetricsMonitor', {
      name: 'kube-state-metrics',
      selector: ksm.serviceLabels,
      // Its series describe other objects: keep their `namespace` and `pod` labels.
      endpoints: [{ port: 'http-metrics', honorLabels: true }, { port: 'telemetry' }],
    });
    // The operator maintains the kubelet Service in kube-system (`--kubelet-service`); cAdvisor's
    // container metrics are served by the kubelet at /metrics/cadvisor.
    new ServiceMonitor(this, 'KubeletMonitor', {
      name: 'kubelet',
      namespaces: ['kube-system'],
      selector: { [LABEL.name]: 'kubelet' },
      jobLabel: LABEL.name,
      endpoints: ['/metrics', '/metrics/cadvisor'].map((path) => ({ port: 'https-metrics', path, honorLabels: true, serviceAccountAuth: { insecureSkipVerify: true } })),
    });
    new ServiceMonitor(this, 'ApiServerMonitor', {
      name: 'apiserver',
      namespaces: ['default'],
      selector: { component: 'apiserver', provider: 'kubernetes' },
      jobLabel: 'component',
      endpoints: [{ port: 'https', serviceAccountAuth: { serverName: 'kubernetes' } }],
    });
    for (const app of appScrapes) {
      new ServiceMonitor(this, `App-${app.name}`, { name: app.name, namespaces: [app.namespace], selector: app.serviceLabels, endpoints: [{ port: app.port }] });
    }
  }
}
