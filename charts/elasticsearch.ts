import { Construct } from 'constructs';
import { ElasticsearchCluster, type ElasticsearchClient, type ElasticsearchClusterProps } from '../constructs/elasticsearch-cluster';
import { ElasticsearchExporter } from '../constructs/elasticsearch-exporter';
import type { ResourceSpec } from '../constructs/hardening';
import { Kibana, KIBANA_PORT } from '../constructs/kibana';
import { LABEL } from '../constructs/labels';
import type { PolicyPeer } from '../constructs/network-policy';
import { UiIngress, type IngressSettings } from '../constructs/ui-ingress';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

export interface ElasticsearchChartProps {
  readonly cluster: Omit<ElasticsearchClusterProps, 'clusterName'>;
  readonly kibanaImage: string;
  readonly kibanaCount: number;
  readonly kibanaResources: ResourceSpec;
  readonly exporterImage: string;
  readonly exporterResources: ResourceSpec;
  /** Pinned Telegraf image that counts failure-store documents beside the exporter. */
  readonly failureStoreProbeImage: string;
  /** @default the probe's own default */
  readonly failureStoreProbeResources?: ResourceSpec;
  readonly ingress: IngressSettings;
  /** Who may open Kibana: the ingress controller's pods. */
  readonly uiClients: readonly PolicyPeer[];
  /** The operator's pods: it calls the Elasticsearch API to manage the cluster. */
  readonly operator: PolicyPeer;
}

/** The Elasticsearch resource name: every ECK-derived Service and Secret name starts with it. */
export const ES_CLUSTER_NAME = 'logs';

/**
 * Platform layer: Elasticsearch and Kibana (ECK resources), the exporter with its monitor and alerts,
 * Kibana's Ingress, and the clients later components use (`logAggregator`, `grafana`).
 */
export class ElasticsearchChart extends PlatformChart {
  readonly elasticsearch: ElasticsearchCluster;
  readonly kibana: Kibana;
  /** The log aggregator (namespace `logging`): writes the log streams. */
  readonly logAggregator: ElasticsearchClient;
  /** Grafana (namespace `monitoring`): reads the log streams as a datasource. */
  readonly grafana: ElasticsearchClient;

  constructor(scope: Construct, id: string, props: ElasticsearchChartProps) {
    super(scope, id, { layer: 'platform', namespace: PLATFORM_NAMESPACES.elastic.name });
    const es = (this.elasticsearch = new ElasticsearchCluster(this, 'Elasticsearch', { clusterName: ES_CLUSTER_NAME, ...props.cluster }));
    es.allowFrom('eck-operator', props.operator);
    this.kibana = new Kibana(this, 'Kibana', {
      name: ES_CLUSTER_NAME,
      image: props.kibanaImage,
      elasticsearch: es,
      count: props.kibanaCount,
      resources: props.kibanaResources,
    });
    // ECK serves Kibana over HTTPS with its own CA: the controller re-encrypts and verifies it.
    new UiIngress(this, 'KibanaIngress', { settings: props.ingress, name: 'kibana', serviceName: this.kibana.serviceName, servicePort: KIBANA_PORT, backendCaSecretName: this.kibana.httpCaSecretName });
    this.kibana.allowFrom('ui', props.uiClients);
    new ElasticsearchExporter(this, 'Exporter', { elasticsearch: es, image: props.exporterImage, resources: props.exporterResources, probeImage: props.failureStoreProbeImage, probeResources: props.failureStoreProbeResources });
    // Both aggregator kinds (Fluent Bit and Logstash) carry this component label; nothing else in `logging` does.
    this.logAggregator = es.addClient({ name: 'log-aggregator', namespace: PLATFORM_NAMESPACES.logging.name, podLabels: { [LABEL.component]: 'log-aggregator' }, access: 'write', streams: ['container', 'node'] });
    this.grafana = es.addClient({
      name: 'grafana',
      namespace: PLATFORM_NAMESPACES.monitoring.name,
      podLabels: { [LABEL.name]: 'grafana' },
      access: 'read',
    });
  }
}
