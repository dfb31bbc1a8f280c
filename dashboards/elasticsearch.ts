import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import type { DashboardDatasources } from './datasources';

export const ELASTICSEARCH_DASHBOARD_UID = 'platform-elasticsearch';

/** Elasticsearch health, disk, heap and indexing, over elasticsearch_exporter series. */
export function elasticsearchDashboard(ds: DashboardDatasources) {
  const panel = (title: string, expr: string, legend: string, unit = 'short') =>
    new PanelBuilder()
      .title(title)
      .datasource(ds.prometheus)
      .unit(unit)
      .withTarget(new DataqueryBuilder().expr(expr).legendFormat(legend).datasource(ds.prometheus));
  return new DashboardBuilder('Elasticsearch')
    .uid(ELASTICSEARCH_DASHBOARD_UID)
    .tags(['elasticsearch', 'logs'])
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .withRow(new RowBuilder('Cluster'))
    .withPanel(panel('Cluster status (1 = active)', 'max by (cluster, color) (elasticsearch_cluster_health_status)', '{{cluster}} {{color}}'))
    .withPanel(panel('Unassigned shards', 'max by (cluster) (elasticsearch_cluster_health_unassigned_shards)', '{{cluster}}'))
    .withPanel(panel('Indices in ILM error', 'count by (cluster) (elasticsearch_ilm_index_status{step="ERROR"} == 1)', '{{cluster}}'))
    .withRow(new RowBuilder('Nodes'))
    .withPanel(panel('Disk used', '1 - elasticsearch_filesystem_data_available_bytes / elasticsearch_filesystem_data_size_bytes', '{{name}}', 'percentunit'))
    .withPanel(panel('Heap used', 'elasticsearch_jvm_memory_used_bytes{area="heap"} / elasticsearch_jvm_memory_max_bytes{area="heap"}', '{{name}}', 'percentunit'))
    .withPanel(panel('Indexing rate', 'sum by (name) (rate(elasticsearch_indices_indexing_index_total[5m]))', '{{name}}', 'ops'))
    .withPanel(panel('Search rate', 'sum by (name) (rate(elasticsearch_indices_search_query_total[5m]))', '{{name}}', 'ops'))
    .build();
}
