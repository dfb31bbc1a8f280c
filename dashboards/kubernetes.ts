import { DashboardBuilder, QueryVariableBuilder, RowBuilder, VariableRefresh } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { stat, timeseries } from './panels';

export const KUBERNETES_DASHBOARD_UID = 'platform-kubernetes';

/** Nodes (node-exporter, kube-state-metrics) and the workloads of one namespace (cAdvisor, kube-state-metrics). */
export function kubernetesDashboard(ds: DashboardDatasources) {
  const prom = ds.prometheus;
  const ns = 'namespace="$namespace"';
  const fs = 'fstype!~"tmpfs|overlay|squashfs",mountpoint!~"/run.*"';
  return new DashboardBuilder('Kubernetes nodes and workloads')
    .uid(KUBERNETES_DASHBOARD_UID)
    .tags(['kubernetes', 'platform'])
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .withVariable(new QueryVariableBuilder('namespace')
      .label('Namespace')
      .datasource(prom)
      .query('label_values(kube_pod_info, namespace)')
      .refresh(VariableRefresh.OnTimeRangeChanged))
    .withRow(new RowBuilder('Nodes'))
    .withPanel(stat(prom, 'Nodes ready', 'none', { expr: 'sum(kube_node_status_condition{condition="Ready",status="true"})', legend: 'ready' }))
    .withPanel(stat(prom, 'Nodes', 'none', { expr: 'count(kube_node_info)', legend: 'nodes' }))
    .withPanel(stat(prom, 'Cluster CPU requested', 'percentunit', { expr: 'sum(kube_pod_container_resource_requests{resource="cpu"}) / sum(kube_node_status_allocatable{resource="cpu"})', legend: 'cpu' }))
    .withPanel(stat(prom, 'Cluster memory requested', 'percentunit', { expr: 'sum(kube_pod_container_resource_requests{resource="memory"}) / sum(kube_node_status_allocatable{resource="memory"})', legend: 'memory' }))
    .withPanel(timeseries(prom, 'CPU used per node', 'percentunit', { expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[$__rate_interval]))', legend: '{{instance}}' }))
    .withPanel(timeseries(prom, 'Memory used per node', 'percentunit', { expr: '1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', legend: '{{instance}}' }))
    .withPanel(timeseries(prom, 'Filesystem used', 'percentunit', { expr: `1 - node_filesystem_avail_bytes{${fs}} / node_filesystem_size_bytes{${fs}}`, legend: '{{instance}} {{mountpoint}}' }))
    .withPanel(timeseries(prom, 'Network received / transmitted', 'Bps',
      { expr: 'sum by (instance) (rate(node_network_receive_bytes_total{device!="lo"}[$__rate_interval]))', legend: '{{instance}} in' },
      { expr: 'sum by (instance) (rate(node_network_transmit_bytes_total{device!="lo"}[$__rate_interval]))', legend: '{{instance}} out' }))
    .withRow(new RowBuilder('Workloads in $namespace'))
    .withPanel(timeseries(prom, 'CPU per pod', 'short', { expr: `sum by (pod) (rate(container_cpu_usage_seconds_total{${ns},container!=""}[$__rate_interval]))`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Memory working set per pod', 'bytes', { expr: `sum by (pod) (container_memory_working_set_bytes{${ns},container!=""})`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Container restarts', 'none', { expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[$__rate_interval]))`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Replicas unavailable', 'none',
      { expr: `sum by (deployment) (kube_deployment_status_replicas_unavailable{${ns}})`, legend: 'deployment {{deployment}}' },
      { expr: `sum by (statefulset) (kube_statefulset_replicas{${ns}} - kube_statefulset_status_replicas_ready{${ns}})`, legend: 'statefulset {{statefulset}}' }))
    .withPanel(timeseries(prom, 'Volume used', 'percentunit', { expr: `1 - kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}}`, legend: '{{persistentvolumeclaim}}' }))
    .build();
}
