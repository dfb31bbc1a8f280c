import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { stat, timeseries } from './panels';

export const PLATFORM_OVERVIEW_DASHBOARD_UID = 'platform-overview';

export interface PlatformOverviewOptions {
  /** Namespaces the platform runs in: pod readiness and restarts are shown for these. */
  readonly namespaces: readonly string[];
  /** Namespace of the Kafka cluster that carries the logs. */
  readonly kafkaNamespace: string;
}

/**
 * One screen that answers "is the log and metrics pipeline healthy end to end": scraping and alert
 * delivery (metrics path), Kafka intake and consumer lag, Elasticsearch health and indexing (logs
 * path), and the platform's pods. Each stage has a stat (now) and a trend.
 */
export function platformOverviewDashboard(ds: DashboardDatasources, opts: PlatformOverviewOptions) {
  const prom = ds.prometheus;
  const platform = `namespace=~"${opts.namespaces.join('|')}"`;
  const kafka = `namespace="${opts.kafkaNamespace}"`;
  return new DashboardBuilder('Platform overview')
    .uid(PLATFORM_OVERVIEW_DASHBOARD_UID)
    .tags(['platform', 'overview'])
    .refresh('1m')
    .time({ from: 'now-3h', to: 'now' })
    .withRow(new RowBuilder('Now'))
    .withPanel(stat(prom, 'Scrape targets up', 'percentunit', { expr: 'sum(up) / count(up)', legend: 'up' }))
    .withPanel(stat(prom, 'Alerts firing', 'none', { expr: 'count(ALERTS{alertstate="firing",alertname!="Watchdog"}) or vector(0)', legend: 'firing' }))
    .withPanel(stat(prom, 'Kafka offline partitions', 'none', { expr: `sum(kafka_controller_kafkacontroller_offlinepartitionscount{${kafka}}) or vector(0)`, legend: 'offline' }))
    .withPanel(stat(prom, 'Elasticsearch status green', 'none', { expr: 'min(elasticsearch_cluster_health_status{color="green"})', legend: 'green' }))
    .withRow(new RowBuilder('Metrics path'))
    .withPanel(timeseries(prom, 'Samples ingested', 'short', { expr: 'sum by (pod) (rate(prometheus_tsdb_head_samples_appended_total[$__rate_interval]))', legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Targets down per job', 'none', { expr: 'count by (job) (up == 0)', legend: '{{job}}' }))
    .withPanel(timeseries(prom, 'Alert notifications failed', 'short', { expr: 'sum by (integration) (rate(alertmanager_notifications_failed_total[$__rate_interval]))', legend: '{{integration}}' }))
    .withPanel(timeseries(prom, 'Alerts firing by severity', 'none', { expr: 'count by (severity) (ALERTS{alertstate="firing"})', legend: '{{severity}}' }))
    .withRow(new RowBuilder('Logs path'))
    .withPanel(timeseries(prom, 'Log messages into Kafka', 'short', { expr: `sum by (topic) (rate(kafka_server_brokertopicmetrics_messagesin_total{${kafka},topic!=""}[$__rate_interval]))`, legend: '{{topic}}' }))
    .withPanel(timeseries(prom, 'Consumer group lag', 'short', { expr: `sum by (consumergroup) (kafka_consumergroup_lag{${kafka}})`, legend: '{{consumergroup}}' }))
    .withPanel(timeseries(prom, 'Documents indexed into Elasticsearch', 'ops', { expr: 'sum by (cluster) (rate(elasticsearch_indices_indexing_index_total[$__rate_interval]))', legend: '{{cluster}}' }))
    .withPanel(timeseries(prom, 'Elasticsearch unassigned shards', 'none', { expr: 'max by (cluster) (elasticsearch_cluster_health_unassigned_shards)', legend: '{{cluster}}' }))
    .withRow(new RowBuilder('Platform pods'))
    .withPanel(timeseries(prom, 'Pods not ready', 'none', { expr: `sum by (namespace) (kube_pod_status_ready{${platform},condition="false"})`, legend: '{{namespace}}' }))
    .withPanel(timeseries(prom, 'Container restarts (1h)', 'none', { expr: `sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{${platform}}[1h])) > 0`, legend: '{{namespace}}/{{pod}}' }))
    .build();
}
