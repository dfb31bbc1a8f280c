import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { timeseries } from './panels';

export const LOG_PIPELINE_DASHBOARD_UID = 'platform-log-pipeline';

export interface LogPipelineDashboardOptions {
  /** Prometheus `job` of the forwarder stage (`<namespace>/<PodMonitor name>`). */
  readonly forwarderJob: string;
  /** Prometheus `job` of the Fluent Bit aggregator stage. */
  readonly aggregatorJob: string;
  readonly consumerGroup: string;
  /** Elasticsearch cluster name as the exporter labels it. */
  readonly elasticsearchCluster: string;
}

/** Records in/out per stage, buffer usage, Kafka lag and Elasticsearch indexing rate (series as in log-pipeline-alerts.ts). */
export function logPipelineDashboard(ds: DashboardDatasources, opts: LogPipelineDashboardOptions) {
  const prom = ds.prometheus;
  const stage = (job: string) => `job="${job}"`;
  let builder = new DashboardBuilder('Log pipeline').uid(LOG_PIPELINE_DASHBOARD_UID).tags(['logs', 'fluent-bit', 'platform']).refresh('1m');
  for (const [title, job] of [['Forwarders', opts.forwarderJob], ['Aggregator', opts.aggregatorJob]] as const) {
    builder = builder
      .withRow(new RowBuilder(title))
      .withPanel(timeseries(prom, `${title}: records in`, 'rps', { expr: `sum by (name) (rate(fluentbit_input_records_total{${stage(job)}}[5m]))`, legend: '{{name}}' }))
      .withPanel(timeseries(prom, `${title}: records out`, 'rps', { expr: `sum by (name) (rate(fluentbit_output_proc_records_total{${stage(job)}}[5m]))`, legend: '{{name}}' }))
      .withPanel(timeseries(prom, `${title}: retries failed and records dropped`, 'short',
        { expr: `sum by (name) (increase(fluentbit_output_retries_failed_total{${stage(job)}}[5m])) + sum by (name) (increase(fluentbit_output_dropped_records_total{${stage(job)}}[5m]))`, legend: '{{name}}' }))
      .withPanel(timeseries(prom, `${title}: buffer used`, 'percent', { expr: `100 - min by (name) (fluentbit_output_chunk_available_capacity_percent{${stage(job)}})`, legend: '{{name}}' }));
  }
  return builder
    .withRow(new RowBuilder('Kafka and Elasticsearch'))
    .withPanel(timeseries(prom, 'Aggregator consumer lag', 'short', { expr: `sum by (topic) (kafka_consumergroup_lag{consumergroup="${opts.consumerGroup}"})`, legend: '{{topic}}' }))
    .withPanel(timeseries(prom, 'Elasticsearch indexing rate', 'rps', { expr: `sum(rate(elasticsearch_indices_indexing_index_total{cluster="${opts.elasticsearchCluster}"}[5m]))`, legend: 'documents' }))
    .build();
}
