import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { AlertRules } from './alert-rules';
import type { ElasticsearchCluster } from './elasticsearch-cluster';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { ServiceMonitor } from './monitors';
import { CONFIG_HASH_ANNOTATION, secretEnv, TELEGRAF_METRICS_PORT, telegrafConfig, telegrafPod } from './telegraf-config';

export interface ElasticsearchExporterProps {
  readonly elasticsearch: ElasticsearchCluster;
  /** Pinned `quay.io/prometheuscommunity/elasticsearch-exporter` image. */
  readonly image: string;
  readonly resources: ResourceSpec;
  /** Pinned Telegraf image for the failure-store probe (the exporter cannot see failure stores). */
  readonly probeImage: string;
  /** Resources of the failure-store probe. @default 10m CPU, 64 MiB */
  readonly probeResources?: ResourceSpec;
  /** Team label on the alerts. @default platform */
  readonly team?: string;
}

const METRICS_PORT = 9114;
const PROBE_PORT_NAME = 'probe-metrics';
/** Measurement name of the failure-store probe: `es_failure_store_*` series in Prometheus. */
export const FAILURE_STORE_MEASUREMENT = 'es_failure_store';
/** How far back each probe counts failure-store documents, and its alert's look-back. */
export const FAILURE_STORE_WINDOW_MINUTES = 10;
/** Body of an Elasticsearch `_count` answer with zero documents (`{"count":0,"_shards":...}`). */
export const ZERO_COUNT_MATCH = '"count":0,';

/**
 * Telegraf configuration of the failure-store probe: every minute, per stream, `POST
 * <stream>::failures/_count` for documents redirected in the last FAILURE_STORE_WINDOW_MINUTES; the
 * series `es_failure_store_response_string_match{stream}` is 1 while that count is 0 and 0 once a
 * rejected document arrived.
 *
 * Why a probe and not the exporter: elasticsearch_exporter v1.9.0 (the deployed image, and still
 * v1.11.0) reads index statistics only from `/_all/_stats?ignore_unavailable=true`
 * (collector/indices.go, fetchAndDecodeIndexStats) and data-stream statistics from
 * `/_data_stream/*\/_stats` parsing only backing_indices and store_size_bytes
 * (collector/data_stream.go, collector/data_stream_response.go); it sends no `::failures` selector
 * and no expand_wildcards. In Elasticsearch 9.x `_all` and a data stream name resolve to the data
 * component only (server/.../cluster/metadata/IndexNameExpressionResolver.java: failure indices only
 * for the `failures` selector, which defaults to `data`), and the failure indices (`.fs-<stream>-*`)
 * are hidden, so no exporter series ever
 * includes a failure-store document. A `_count` on `<stream>::failures` does (the failure-store
 * guide, "Searching failures"); its `@timestamp` is when the document was rejected.
 */
export function failureStoreProbeConfig(url: string, streams: readonly string[]): string {
  return telegrafConfig({
    interval: Duration.minutes(1),
    flushInterval: Duration.seconds(10),
    inputs: {
      http_response: streams.map((stream) => ({
        name_override: FAILURE_STORE_MEASUREMENT,
        urls: [`${url}/${stream}::failures/_count`],
        method: 'POST',
        body: JSON.stringify({ query: { range: { '@timestamp': { gte: `now-${FAILURE_STORE_WINDOW_MINUTES}m` } } } }),
        headers: { 'Content-Type': 'application/json' },
        username: '${ES_USERNAME}',
        password: '${ES_PASSWORD}',
        tls_ca: '/ca/ca.crt',
        response_timeout: '20s',
        response_status_code: 200,
        response_string_match: ZERO_COUNT_MATCH,
        tags: { stream },
      })),
    },
    outputs: {},
    prometheusMeasurements: [FAILURE_STORE_MEASUREMENT],
  });
}

/** The exporter's `cluster` label (the Elasticsearch cluster name) as stored. */
export const ES_CLUSTER_LABEL = 'es_cluster';

/**
 * elasticsearch_exporter for one cluster (all nodes, indices, ILM) with the failure-store probe
 * beside it in the same pod (same user, CA and Service), its ServiceMonitor, and the cluster's alert
 * rules over the series both emit.
 */

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
    // A monitor-only user: cluster, node, index and ILM statistics, failure-store counts, no data-stream document access.
    const client = es.addClient({ name: 'exporter', namespace: es.http.namespace, podLabels: selectorLabels(identity), access: 'monitor' });

    const streams = Object.values(es.streams).map((s) => s.dataStream);
    const probe = telegrafPod(this, 'FailureStoreProbe', {
      name: `${this.name}-failure-store`,
      image: props.probeImage,
      resources: props.probeResources ?? { cpu: Cpu.millis(10), memory: Size.mebibytes(64) },
      config: failureStoreProbeConfig(es.http.url, streams),
      env: [{ name: 'ES_USERNAME', value: client.username }, secretEnv('ES_PASSWORD', client.credentialsSecretName, 'password')],
      volumeMounts: [{ name: 'ca', mountPath: '/ca', readOnly: true }],
      configVolume: 'probe-config',
    });
    // The exporter owns the pod's `metrics` port name; the probe's port gets its own.
    const probeContainer: k8s.Container = {
      ...probe.container,
      name: 'failure-store-probe',
      ports: [{ name: PROBE_PORT_NAME, containerPort: TELEGRAF_METRICS_PORT }],
      livenessProbe: { tcpSocket: { port: k8s.IntOrString.fromString(PROBE_PORT_NAME) }, initialDelaySeconds: 10, periodSeconds: 30 },
      readinessProbe: { httpGet: { path: '/metrics', port: k8s.IntOrString.fromString(PROBE_PORT_NAME) }, periodSeconds: 30 },
    };

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: this.name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: selectorLabels(identity) },
        template: {
          metadata: { labels, annotations: { [CONFIG_HASH_ANNOTATION]: probe.configHash } },
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
              probeContainer,
            ],
            volumes: [{ name: 'ca', secret: { secretName: es.httpCaSecretName } }, ...probe.volumes],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, labels },
      spec: {
        selector: selectorLabels(identity),
        ports: [
          { name: 'metrics', port: METRICS_PORT, targetPort: k8s.IntOrString.fromString('metrics') },
          { name: PROBE_PORT_NAME, port: TELEGRAF_METRICS_PORT, targetPort: k8s.IntOrString.fromString(PROBE_PORT_NAME) },
        ],
      },
    });
    // The exporter labels every cluster series `cluster=<Elasticsearch cluster name>`; a label already on
    // a series wins over Prometheus' external labels, so alerts would carry `cluster="logs"` instead of
    // the environment's cluster. Renamed to `es_cluster`, the external `cluster` label applies.
    new ServiceMonitor(this, 'Monitor', {
      name: this.name,
      selector: selectorLabels(identity),
      endpoints: [{ port: 'metrics', interval: '30s', renameLabels: { cluster: ES_CLUSTER_LABEL } }, { port: PROBE_PORT_NAME, interval: '30s' }],
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
            alert: 'ElasticsearchDocumentsRejected',
            expr: `${FAILURE_STORE_MEASUREMENT}_response_string_match{${job}} == 0 and ${FAILURE_STORE_MEASUREMENT}_response_status_code_match{${job}} == 1`,
            severity: 'warning',
            summary: 'Elasticsearch rejected documents of {{ $labels.stream }}',
            description: `Documents of this stream were rejected in the last ${FAILURE_STORE_WINDOW_MINUTES} minutes (a mapping conflict or an ingest failure) and kept in its failure store instead of the stream. Read them with \`GET <stream>::failures/_search\` (field \`error.message\`), fix the producer or the mapping, then re-index them.`,
          },
          {
            alert: 'ElasticsearchFailureStoreUnchecked',
            expr: `${FAILURE_STORE_MEASUREMENT}_response_status_code_match{${job}} == 0 or ${FAILURE_STORE_MEASUREMENT}_result_code{${job}} != 0`,
            for: '30m', severity: 'warning',
            summary: 'The failure store of {{ $labels.stream }} cannot be counted',
            description: 'The probe\'s \`_count\` on \`<stream>::failures\` has not answered 200 for 30 minutes, so rejected documents would go unnoticed. Check the exporter user\'s role (\`read_failure_store\`) and the probe container\'s log.',
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
