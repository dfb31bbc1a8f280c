import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { AlertRules } from './alert-rules';
import type { ElasticsearchCluster } from './elasticsearch-cluster';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { ServiceMonitor } from './monitors';

export interface ElasticsearchExporterProps {
  readonly elasticsearch: ElasticsearchCluster;
  /** Pinned `quay.io/prometheuscommunity/elasticsearch-exporter` image. */
  readonly image: string;
  readonly resources: ResourceSpec;
  /** Team label on the alerts. @default platform */
  readonly team?: string;
}

const METRICS_PORT = 9114;

/**
 * elasticsearch_exporter for one cluster (all nodes, indices, ILM), its Service and ServiceMonitor,
 * and the cluster's alert rules over the series it emits.
 */
/** The exporter's `cluster` label (the Elasticsearch cluster name) as stored. */
export const ES_CLUSTER_LABEL = 'es_cluster';

export class ElasticsearchExporter extends Construct {
  readonly name: string;
  readonly ruleName: string;

  constructor(scope: Construct, id: string, props: ElasticsearchExporterProps) {
    super(scope, id);
    const es = props.elasticsearch;
    this.name = `${es.clusterName}-es-exporter`;
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const identity: WorkloadIdentity = { name: 'elasticsearch-exporter', instance: this.name, component: 'metrics-exporter', version };
    const labels = recommendedLabels(identity);
    // A monitor-only user: cluster, node, index and ILM statistics, no document access.
    const client = es.addClient({ name: 'exporter', namespace: es.http.namespace, podLabels: selectorLabels(identity), access: 'monitor' });

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: this.name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: selectorLabels(identity) },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext(),
            containers: [
              hardenedContainer({
                name: 'exporter',
                image: props.image,
                args: [`--es.uri=${es.http.url}`, '--es.ca=/ca/ca.crt', '--es.all', '--es.indices', '--es.ilm', '--es.timeout=20s', `--web.listen-address=:${METRICS_PORT}`],
                env: [
                  { name: 'ES_USERNAME', value: client.username },
                  { name: 'ES_PASSWORD', valueFrom: { secretKeyRef: { name: client.credentialsSecretName, key: 'password' } } },
                ],
                ports: [{ name: 'metrics', containerPort: METRICS_PORT }],
                resources: props.resources,
                readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 10 },
                livenessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 30 },
                volumeMounts: [{ name: 'ca', mountPath: '/ca', readOnly: true }],
              }),
            ],
            volumes: [{ name: 'ca', secret: { secretName: es.httpCaSecretName } }],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, labels },
      spec: { selector: selectorLabels(identity), ports: [{ name: 'metrics', port: METRICS_PORT, targetPort: k8s.IntOrString.fromString('metrics') }] },
    });
    // The exporter labels every cluster series `cluster=<Elasticsearch cluster name>`; a label already on
    // a series wins over Prometheus' external labels, so alerts would carry `cluster="logs"` instead of
    // the environment's cluster. Renamed to `es_cluster`, the external `cluster` label applies.
    new ServiceMonitor(this, 'Monitor', {
      name: this.name,
      selector: selectorLabels(identity),
      endpoints: [{ port: 'metrics', interval: '30s', renameLabels: { cluster: ES_CLUSTER_LABEL } }],
    });

    this.ruleName = `${es.clusterName}-elasticsearch`;
    const job = `job="${this.name}"`;
    new AlertRules(this, 'Rules', {
      name: this.ruleName,
      team: props.team ?? 'platform',
      groups: [{
        name: 'elasticsearch',
        rules: [
          {
            alert: 'ElasticsearchClusterRed', expr: `elasticsearch_cluster_health_status{${job},color="red"} == 1`, for: '5m', severity: 'critical',
            summary: `Elasticsearch cluster {{ $labels.${ES_CLUSTER_LABEL} }} is red`,
            description: 'At least one primary shard is unassigned: some logs cannot be written or searched. Check `GET _cluster/allocation/explain`.',
          },
          {
            alert: 'ElasticsearchClusterYellow', expr: `elasticsearch_cluster_health_status{${job},color="yellow"} == 1`, for: '30m', severity: 'warning',
            summary: `Elasticsearch cluster {{ $labels.${ES_CLUSTER_LABEL} }} is yellow`,
            description: 'Replica shards are unassigned for 30 minutes: one more node loss can lose data. Check node count and disk watermarks.',
          },
          {
            alert: 'ElasticsearchUnassignedShards', expr: `elasticsearch_cluster_health_unassigned_shards{${job}} > 0`, for: '30m', severity: 'warning',
            summary: `{{ $value }} shards unassigned in {{ $labels.${ES_CLUSTER_LABEL} }}`,
            description: 'Shards have stayed unassigned for 30 minutes. `GET _cluster/allocation/explain` names the reason.',
          },
          {
            alert: 'ElasticsearchDiskOverWatermark',
            expr: `1 - elasticsearch_filesystem_data_available_bytes{${job}} / elasticsearch_filesystem_data_size_bytes{${job}} > 0.85`,
            for: '15m', severity: 'warning',
            summary: 'Elasticsearch node {{ $labels.name }} is above the 85% low disk watermark',
            description: 'No new shards go to this node; at 90% shards move away, at 95% indices turn read-only. Lower retention or grow dataStorage.',
          },
          {
            alert: 'ElasticsearchHeapPressure',
            expr: `elasticsearch_jvm_memory_used_bytes{${job},area="heap"} / elasticsearch_jvm_memory_max_bytes{${job},area="heap"} > 0.9`,
            for: '15m', severity: 'warning',
            summary: 'Elasticsearch node {{ $labels.name }} heap above 90%',
            description: 'Sustained heap pressure leads to long GC pauses and circuit-breaker rejections. Grow the node set memory or reduce shard count.',
          },
          {
            alert: 'ElasticsearchLifecycleError', expr: `elasticsearch_ilm_index_status{${job},step="ERROR"} == 1`, for: '15m', severity: 'warning',
            summary: 'Index lifecycle failed for {{ $labels.index }}',
            description: 'ILM stopped on this index (phase {{ $labels.phase }}, action {{ $labels.action }}); rollover or deletion no longer happens. Check `GET {{ $labels.index }}/_ilm/explain`, then `POST {{ $labels.index }}/_ilm/retry`.',
          },
          {
            alert: 'ElasticsearchExporterDown', expr: `up{${job}} == 0`, for: '10m', severity: 'warning',
            summary: 'Elasticsearch exporter cannot be scraped',
            description: 'Every other Elasticsearch alert is blind while the exporter is down. Check the exporter pod and its NetworkPolicy.',
          },
        ],
      }],
    });
  }
}
