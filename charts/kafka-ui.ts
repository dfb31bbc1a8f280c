import { GeneratedCredentials } from '../constructs/generated-credentials';
import { Construct } from 'constructs';
import type { ResourceSpec } from '../constructs/hardening';
import type { KafkaCluster } from '../constructs/kafka-cluster';
import type { KafkaTopic } from '../constructs/kafka-topic';
import { KAFKA_UI_POD_LABELS, KafkaUi } from '../constructs/kafka-ui';
import { ServiceMonitor } from '../constructs/monitors';
import { AllowIngress, type PolicyPeer } from '../constructs/network-policy';
import { UiIngress, type IngressSettings } from '../constructs/ui-ingress';
import { PlatformChart } from './platform-chart';

/** The environment's `kafkaUi` block: present where the topic browser is deployed. */
export interface KafkaUiSettings {
  readonly resources: ResourceSpec;
  /** Secret with keys `username` and `password` for the UI's login form, in the UI's namespace. */
  readonly credentialsSecret: string;
}

export interface KafkaUiChartProps {
  readonly namespace: string;
  readonly image: string;
  readonly settings: KafkaUiSettings;
  readonly cluster: KafkaCluster;
  /** Topics the browser may read (the log topics); it gets Read and Describe on each, nothing else. */
  readonly topics: readonly KafkaTopic[];
  readonly ingress: IngressSettings;
  /** Who may open the UI: the ingress controller's pods. */
  readonly uiClients: readonly PolicyPeer[];
}

/** Platform layer: the Kafka topic browser, its read-only KafkaUser, Ingress, monitor and NetworkPolicy. */
export class KafkaUiChart extends PlatformChart {
  readonly ui: KafkaUi;

  constructor(scope: Construct, id: string, props: KafkaUiChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    // The KafkaUser lives with the cluster (kafka chart); its Secret is copied into this namespace.
    const user = props.cluster.addUser({ name: 'kafka-ui', clientNamespace: props.namespace });
    props.cluster.allowClient(user, { listener: 'tls', pods: [{ ...KAFKA_UI_POD_LABELS }] });
    for (const topic of props.topics) topic.grantBrowse(user);
    const ui = (this.ui = new KafkaUi(this, 'Resource', {
      image: props.image,
      resources: props.settings.resources,
      cluster: props.cluster,
      user,
      credentialsSecretName: props.settings.credentialsSecret,
    }));
    // The login form's user, generated in the cluster.
    new GeneratedCredentials(this, 'Login', { name: props.settings.credentialsSecret, username: 'admin' });
    new UiIngress(this, 'Ingress', { settings: props.ingress, name: 'kafka-ui', serviceName: ui.name, servicePort: ui.port });
    // Prometheus' path to the metrics port is rendered from this monitor (network-isolation chart).
    new ServiceMonitor(this, 'Monitor', { name: 'kafka-ui', selector: ui.serviceLabels, endpoints: [{ port: 'http', path: '/actuator/prometheus' }] });
    new AllowIngress(this, 'Policy', { name: 'kafka-ui', podLabels: ui.podLabels, from: props.uiClients, ports: [ui.port] });
  }
}
