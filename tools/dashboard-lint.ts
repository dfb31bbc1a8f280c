/**
 * The dashboard lint: checks every rendered dashboard ConfigMap of an environment against what that
 * environment provisions and scrapes.
 *
 * - dashboard uids are unique;
 * - every datasource reference (panel, target, template variable) names a provisioned uid;
 * - every Elasticsearch query's metric aggregations have a known type;
 * - every PromQL expression parses: each is wrapped in a recording rule (Grafana variables replaced
 *   by valid placeholders) and given to `promtool check rules` (see validators.ts);
 * - every metric name a PromQL expression or `label_values()` query uses is in the vocabulary of a
 *   source rendered in the environment (METRIC_VOCABULARY below, plus every recording rule);
 * - each dashboard ConfigMap stays under 1 MiB.
 *
 * Not checked: label names and values, whether a series exists at run time (a pattern-generated
 * name such as a Kafka JMX metric can only be listed, not derived), Elasticsearch field names and
 * Lucene syntax, InfluxQL.
 */
import { parse } from 'yaml';
import { CONFIGMAP_MAX_BYTES, DASHBOARD_LABEL } from '../constructs/grafana-dashboard';
import { podTemplateOf } from '../render/invariants';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { checkRules, type ToolRun } from './validators';

/** Datasource uids Grafana itself provides (mixed panels, annotations, dashboard reuse). */
const BUILT_IN_UIDS = new Set(['grafana', '-- Grafana --', '-- Mixed --', '-- Dashboard --']);

const ES_METRIC_TYPES = new Set(['count', 'avg', 'sum', 'min', 'max', 'extended_stats', 'percentiles', 'cardinality', 'raw_document', 'raw_data', 'logs', 'rate', 'top_metrics', 'moving_avg', 'moving_fn', 'derivative', 'serial_diff', 'cumulative_sum', 'bucket_script']);

const runsImage = (repository: string) => (objects: readonly RenderedObject[]) =>
  objects.some(({ object }) => (podTemplateOf(object)?.spec.containers ?? []).some((c) => (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '').endsWith(repository)));
const hasKind = (kind: string, test: (o: KubeObject) => boolean = () => true) => (objects: readonly RenderedObject[]) =>
  objects.some(({ object }) => object.kind === kind && test(object));

/**
 * Metric names by source, for the sources whose names are knowable, each with how to tell it is
 * rendered in an environment. Extend the list when a dashboard uses a new series of a source.
 */
export const METRIC_VOCABULARY: ReadonlyArray<{ readonly source: string; readonly rendered: (objects: readonly RenderedObject[]) => boolean; readonly metrics: readonly string[] }> = [
  {
    source: 'Prometheus: synthetic series of every scrape and of alerting rules',
    rendered: hasKind('Prometheus'),
    metrics: ['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'ALERTS', 'ALERTS_FOR_STATE'],
  },
  {
    source: 'Prometheus self-monitoring (ServiceMonitor prometheus)',
    rendered: hasKind('Prometheus'),
    metrics: ['prometheus_tsdb_head_samples_appended_total', 'prometheus_tsdb_head_series', 'prometheus_rule_evaluation_failures_total', 'prometheus_notifications_alertmanagers_discovered', 'prometheus_config_last_reload_successful'],
  },
  {
    source: 'Alertmanager (ServiceMonitor alertmanager)',
    rendered: hasKind('Alertmanager'),
    metrics: ['alertmanager_notifications_total', 'alertmanager_notifications_failed_total', 'alertmanager_config_last_reload_successful', 'alertmanager_cluster_members'],
  },
  {
    source: 'node-exporter (node, cpu, meminfo, filesystem, netdev collectors)',
    rendered: runsImage('prometheus/node-exporter'),
    metrics: ['node_cpu_seconds_total', 'node_memory_MemAvailable_bytes', 'node_memory_MemTotal_bytes', 'node_filesystem_avail_bytes', 'node_filesystem_size_bytes', 'node_filesystem_readonly', 'node_network_receive_bytes_total', 'node_network_transmit_bytes_total'],
  },
  {
    source: 'kube-state-metrics v2 (pods, nodes, deployments, statefulsets, daemonsets)',
    rendered: runsImage('kube-state-metrics/kube-state-metrics'),
    metrics: [
      'kube_pod_info', 'kube_pod_status_ready', 'kube_pod_container_status_restarts_total', 'kube_pod_container_status_waiting_reason', 'kube_pod_container_resource_requests',
      'kube_node_info', 'kube_node_status_condition', 'kube_node_status_allocatable',
      'kube_deployment_spec_replicas', 'kube_deployment_status_replicas_available', 'kube_deployment_status_replicas_unavailable',
      'kube_statefulset_replicas', 'kube_statefulset_status_replicas_ready',
      'kube_daemonset_status_desired_number_scheduled', 'kube_daemonset_status_current_number_scheduled',
    ],
  },
  {
    source: 'kubelet and cAdvisor (ServiceMonitor kubelet: /metrics, /metrics/cadvisor)',
    rendered: hasKind('ServiceMonitor', (o) => o.metadata.name === 'kubelet'),
    metrics: ['container_cpu_usage_seconds_total', 'container_memory_working_set_bytes', 'kubelet_volume_stats_available_bytes', 'kubelet_volume_stats_capacity_bytes'],
  },
  {
    source: 'Kafka JMX exporter (constructs/kafka-jmx-metrics.ts rules over the MBeans Kafka registers)',
    rendered: hasKind('Kafka', (o) => Boolean((o.spec as { kafka?: { metricsConfig?: unknown } }).kafka?.metricsConfig)),
    metrics: [
      'kafka_controller_kafkacontroller_activecontrollercount', 'kafka_controller_kafkacontroller_offlinepartitionscount',
      'kafka_server_replicamanager_underreplicatedpartitions', 'kafka_server_replicamanager_isrshrinks_total',
      'kafka_server_brokertopicmetrics_bytesin_total', 'kafka_server_brokertopicmetrics_bytesout_total', 'kafka_server_brokertopicmetrics_messagesin_total',
    ],
  },
  {
    source: 'Kafka Exporter (Strimzi kafkaExporter)',
    rendered: hasKind('Kafka', (o) => Boolean((o.spec as { kafkaExporter?: unknown }).kafkaExporter)),
    metrics: ['kafka_consumergroup_lag', 'kafka_topic_partitions', 'kafka_brokers'],
  },
  {
    source: 'Fluent Bit /api/v2/metrics/prometheus (src/flb_input.c, src/flb_output.c: input/output instance counters and the output chunk-capacity gauge)',
    rendered: runsImage('fluent/fluent-bit'),
    metrics: [
      'fluentbit_input_records_total', 'fluentbit_input_bytes_total',
      'fluentbit_output_proc_records_total', 'fluentbit_output_proc_bytes_total', 'fluentbit_output_errors_total',
      'fluentbit_output_retries_total', 'fluentbit_output_retries_failed_total', 'fluentbit_output_dropped_records_total',
      'fluentbit_output_chunk_available_capacity_percent',
    ],
  },
  {
    source: 'Spark PrometheusServlet (/metrics/master/prometheus, /metrics/prometheus: gauges as metrics_<source>_<name>_Value) and executor summaries (/metrics/executors/prometheus)',
    rendered: runsImage('apache/spark'),
    metrics: [
      'metrics_master_aliveWorkers_Value', 'metrics_master_workers_Value', 'metrics_master_apps_Value', 'metrics_master_waitingApps_Value',
      'metrics_worker_coresUsed_Value', 'metrics_worker_coresFree_Value', 'metrics_worker_memUsed_MB_Value', 'metrics_worker_memFree_MB_Value', 'metrics_worker_executors_Value',
      'metrics_executor_activeTasks', 'metrics_executor_completedTasks_total', 'metrics_executor_failedTasks_total', 'metrics_executor_totalTasks_total',
    ],
  },
  {
    source: 'Telegraf outputs.prometheus_client over inputs.internal (internal_write fields) and inputs.http_response (the InfluxDB meta-node probe)',
    rendered: runsImage('library/telegraf'),
    metrics: [
      'internal_write_metrics_written', 'internal_write_metrics_dropped', 'internal_write_buffer_size', 'internal_write_errors',
      'internal_agent_metrics_gathered', 'internal_agent_gather_errors',
      'http_response_result_code', 'http_response_http_response_code', 'http_response_response_time',
    ],
  },
  {
    source: 'elasticsearch_exporter (cluster health, ILM, node stats)',
    rendered: runsImage('prometheuscommunity/elasticsearch-exporter'),
    metrics: [
      'elasticsearch_cluster_health_status', 'elasticsearch_cluster_health_unassigned_shards', 'elasticsearch_ilm_index_status',
      'elasticsearch_filesystem_data_available_bytes', 'elasticsearch_filesystem_data_size_bytes',
      'elasticsearch_jvm_memory_used_bytes', 'elasticsearch_jvm_memory_max_bytes',
      'elasticsearch_indices_indexing_index_total', 'elasticsearch_indices_search_query_total',
    ],
  },
  {
    // Names from HAProxy 3.2's stats fields (src/stats-proxy.c, the `alt_name`s) as its exporter
    // (addons/promex/service-prometheus.c) prefixes them per object type, with `proxy` and `code` labels.
    source: 'HAProxy built-in Prometheus exporter of the ingress controller (stats port, /metrics)',
    rendered: runsImage('haproxytech/kubernetes-ingress'),
    metrics: [
      'haproxy_frontend_http_requests_total', 'haproxy_frontend_current_sessions',
      'haproxy_backend_http_requests_total', 'haproxy_backend_http_responses_total', 'haproxy_backend_active_servers', 'haproxy_backend_response_time_average_seconds',
    ],
  },
  {
    source: 'HAProxy ingress controller (--prometheus; pkg/metrics/prometheus.go at v3.2.11)',
    rendered: runsImage('haproxytech/kubernetes-ingress'),
    metrics: ['haproxy_reloads_total', 'haproxy_unable_to_sync_configuration'],
  },
];

interface DatasourceRef { type?: string; uid?: string }
interface Target { datasource?: DatasourceRef; expr?: string; metrics?: Array<{ type?: string }> }
interface Panel { title?: string; type?: string; datasource?: DatasourceRef | string; targets?: Target[]; panels?: Panel[] }
interface Dashboard { uid?: string; title?: string; panels?: Panel[]; templating?: { list?: Array<{ name?: string; datasource?: DatasourceRef; query?: unknown }> } }

export interface RenderedDashboard {
  readonly file: string;
  readonly bytes: number;
  readonly dashboard: Dashboard;
}

/** Every dashboard in the dashboard ConfigMaps among `objects`. */
export function renderedDashboards(objects: readonly RenderedObject[]): RenderedDashboard[] {
  return objects
    .filter(({ object }) => object.kind === 'ConfigMap' && object.metadata.labels?.[DASHBOARD_LABEL] === 'true')
    .flatMap(({ file, object }) => {
      const data = (object.data ?? {}) as Record<string, string>;
      const bytes = Object.entries(data).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
      return Object.values(data).map((json) => ({ file, bytes, dashboard: JSON.parse(json) as Dashboard }));
    });
}

/** Uids of every datasource provisioned by a `datasources.yaml` among `objects`. */
export function provisionedDatasourceUids(objects: readonly RenderedObject[]): Set<string> {
  const uids = new Set<string>();
  for (const { object } of objects) {
    const text = object.kind === 'ConfigMap' ? (object.data as Record<string, string> | undefined)?.['datasources.yaml'] : undefined;
    if (!text) continue;
    for (const d of (parse(text) as { datasources?: Array<{ uid?: string }> }).datasources ?? []) if (d.uid) uids.add(d.uid);
  }
  return uids;
}

function allPanels(panels: readonly Panel[] = []): Panel[] {
  return panels.flatMap((p) => [p, ...allPanels(p.panels)]);
}

/** A PromQL expression of a dashboard, with where it is. */
export interface DashboardQuery {
  readonly where: string;
  readonly expr: string;
}

/** PromQL expressions: every target with an `expr` whose datasource is of type prometheus. */
export function promqlOf(d: Dashboard): DashboardQuery[] {
  return allPanels(d.panels).flatMap((p) => (p.targets ?? [])
    .filter((t) => t.expr !== undefined && (t.datasource?.type ?? (typeof p.datasource === 'object' ? p.datasource.type : undefined)) === 'prometheus')
    .map((t) => ({ where: `${d.uid}: panel "${p.title}"`, expr: t.expr ?? '' })));
}

/**
 * The expression with Grafana's variables replaced by valid placeholders: a duration inside a range
 * selector (`[$__rate_interval]`), a string inside quotes (`"$namespace"`), a number elsewhere.
 */
export function withPlaceholders(expr: string): string {
  const variable = /\$\{[^}]+\}|\[\[[^\]]+\]\]|\$\w+/g;
  return expr
    .replace(/\[([^\]]*\$[^\]]*)\]/g, (_m, inner: string) => `[${inner.replace(variable, '5m')}]`)
    .replace(/"([^"]*)"/g, (_m, inner: string) => `"${inner.replace(variable, 'placeholder')}"`)
    .replace(variable, '1');
}

const PROMQL_KEYWORDS = new Set(['and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'inf', 'nan', 'atan2']);

/** Metric names an expression selects (after placeholders): identifiers that are not functions, keywords or labels. */
export function metricNames(expr: string): string[] {
  const stripped = withPlaceholders(expr)
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = [...stripped.matchAll(/(?<![\w:.])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)].map((m) => m[1]).filter((n) => !PROMQL_KEYWORDS.has(n));
  return [...new Set(names)];
}

/** The metric of every `label_values(<metric>, <label>)` template query. */
function variableMetrics(d: Dashboard): string[] {
  return (d.templating?.list ?? []).flatMap((v) => {
    const match = typeof v.query === 'string' ? /^label_values\(\s*([a-zA-Z_:][\w:]*)\s*,/.exec(v.query) : null;
    return match ? [match[1]] : [];
  });
}

/** Metric names known in an environment: rendered sources' vocabularies plus every recording rule. */
export function knownMetrics(objects: readonly RenderedObject[]): Set<string> {
  const known = new Set(METRIC_VOCABULARY.filter((v) => v.rendered(objects)).flatMap((v) => v.metrics));
  for (const { object } of objects) {
    if (object.kind !== 'PrometheusRule') continue;
    for (const g of (object.spec as { groups: Array<{ rules: Array<{ record?: string }> }> }).groups) for (const r of g.rules) if (r.record) known.add(r.record);
  }
  return known;
}

/** Every PromQL expression of the dashboards as a PrometheusRule per dashboard, for `promtool check rules`. */
export function dashboardRuleObjects(dashboards: readonly RenderedDashboard[]): RenderedObject[] {
  return dashboards.map(({ file, dashboard }) => ({
    file,
    object: {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: `dashboard-${dashboard.uid}` },
      spec: { groups: [{ name: `dashboard-${dashboard.uid}`, rules: promqlOf(dashboard).map((q, i) => ({ record: `dashboard:query_${i}`, expr: withPlaceholders(q.expr) })) }] },
    },
  }));
}

export interface LintResult {
  /** Problems found without tools (uids, datasources, sizes, vocabulary). */
  readonly problems: string[];
  /** `promtool check rules` over every PromQL expression. */
  readonly promtool: ToolRun;
}

/** Lints every rendered dashboard of one environment. */
export function lintDashboards(objects: readonly RenderedObject[]): LintResult {
  const dashboards = renderedDashboards(objects);
  const provisioned = provisionedDatasourceUids(objects);
  const known = knownMetrics(objects);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, bytes, dashboard: d } of dashboards) {
    const at = `${file} (${d.uid})`;
    if (!d.uid) problems.push(`${file}: dashboard has no uid`);
    else if (seen.has(d.uid)) problems.push(`${at}: uid is also used by ${seen.get(d.uid)}`);
    else seen.set(d.uid, file);
    if (bytes >= CONFIGMAP_MAX_BYTES) problems.push(`${at}: ConfigMap data is ${bytes} bytes, at least the 1 MiB a ConfigMap holds`);
    const checkDs = (where: string, ds: DatasourceRef | string | undefined) => {
      const uid = typeof ds === 'string' ? ds : ds?.uid;
      if (uid !== undefined && !provisioned.has(uid) && !BUILT_IN_UIDS.has(uid)) problems.push(`${at}: ${where} uses datasource uid "${uid}", which is not provisioned (provisioned: ${[...provisioned].join(', ')})`);
    };
    for (const v of d.templating?.list ?? []) checkDs(`variable "${v.name}"`, v.datasource);
    for (const p of allPanels(d.panels)) {
      if (p.type === 'row') continue;
      if (p.datasource === undefined) problems.push(`${at}: panel "${p.title}" names no datasource (it would use the default, whatever that is)`);
      checkDs(`panel "${p.title}"`, p.datasource);
      for (const t of p.targets ?? []) {
        checkDs(`a target of panel "${p.title}"`, t.datasource);
        for (const m of t.metrics ?? []) if (t.datasource?.type === 'elasticsearch' && !ES_METRIC_TYPES.has(m.type ?? '')) problems.push(`${at}: panel "${p.title}" has an Elasticsearch metric of unknown type "${m.type}"`);
      }
    }
    const used = [...promqlOf(d).flatMap((q) => metricNames(q.expr)), ...variableMetrics(d)];
    for (const name of new Set(used)) if (!known.has(name)) problems.push(`${at}: metric "${name}" is not exported by any source rendered here (see METRIC_VOCABULARY)`);
  }
  return { problems, promtool: checkRules(dashboardRuleObjects(dashboards)) };
}
