import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { prometheusPanel } from './panels';

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
  const panel = (title: string, unit: string, expr: string, legend: string) => prometheusPanel(ds.prometheus, title, unit, expr, legend);
  const stage = (job: string) => `job="${job}"`;
  let builder = new DashboardBuilder('Log pipeline').uid(LOG_PIPELINE_DASHBOARD_UID).tags(['logs', 'fluent-bit', 'platform']).refresh('1m');
  for (const [title, job] of [['Forwarders', opts.forwarderJob], ['Aggregator', opts.aggregatorJob]] as const) {
    builder = builder
      .withRow(new RowBuilder(title))
      .withPanel(panel(`${title}: records in`, 'rps', `sum by (name) (rate(fluentbit_input_records_total{${stage(job)}}[5m]))`, '{{name}}'))
      .withPanel(panel(`${title}: records out`, 'rps', `sum by (name) (rate(fluentbit_output_proc_records_total{${stage(job)}}[5m]))`, '{{name}}'))
      .withPanel(panel(`${title}: retries failed and records dropped`, 'short',
        `sum by (name) (increase(fluentbit_output_retries_failed_total{${stage(job)}}[5m])) + sum by (name) (increase(fluentbit_output_dropped_records_total{${stage(job)}}[5m]))`, '{{name}}'))
      .withPanel(panel(`${title}: buffer used`, 'percent', `100 - min by (name) (fluentbit_output_chunk_available_capacity_percent{${stage(job)}})`, '{{name}}'));
  }
  return builder
    .withRow(new RowBuilder('Kafka and Elasticsearch'))
    .withPanel(panel('Aggregator consumer lag', 'short', `sum by (topic) (kafka_consumergroup_lag{consumergroup="${opts.consumerGroup}"})`, '{{topic}}'))
    .withPanel(panel('Elasticsearch indexing rate', 'rps', `sum(rate(elasticsearch_indices_indexing_index_total{cluster="${opts.elasticsearchCluster}"}[5m]))`, 'documents'))
    .build();
}
