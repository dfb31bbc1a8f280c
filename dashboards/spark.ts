import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { timeseries } from './panels';

export const SPARK_DASHBOARD_UID = 'platform-spark';

export interface SparkDashboardOptions {
  /** Namespace the Spark cluster runs in. */
  readonly namespace: string;
}

/** Spark master, workers and applications (PrometheusServlet and executor series, as in spark-alerts.ts). */
export function sparkDashboard(ds: DashboardDatasources, opts: SparkDashboardOptions) {
  const ns = `namespace="${opts.namespace}"`;
  const prom = ds.prometheus;

  return new DashboardBuilder('Spark')
    .uid(SPARK_DASHBOARD_UID)
    .tags(['spark', 'platform'])
    .refresh('1m')
    .withRow(new RowBuilder('Cluster'))
    .withPanel(timeseries(prom, 'Alive workers', 'none', { expr: `max(metrics_master_aliveWorkers_Value{${ns}})`, legend: 'alive' }))
    .withPanel(timeseries(prom, 'Applications running', 'none', { expr: `max(metrics_master_apps_Value{${ns}})`, legend: 'running' }))
    .withPanel(timeseries(prom, 'Applications waiting', 'none', { expr: `max(metrics_master_waitingApps_Value{${ns}})`, legend: 'waiting' }))
    .withRow(new RowBuilder('Workers'))
    .withPanel(timeseries(prom, 'Cores used per worker', 'none', { expr: `sum by (pod) (metrics_worker_coresUsed_Value{${ns}})`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Memory used per worker', 'decmbytes', { expr: `sum by (pod) (metrics_worker_memUsed_MB_Value{${ns}})`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Executors per worker', 'none', { expr: `sum by (pod) (metrics_worker_executors_Value{${ns}})`, legend: '{{pod}}' }))
    .withRow(new RowBuilder('Applications'))
    .withPanel(timeseries(prom, 'Active tasks', 'none', { expr: `sum by (application_name) (metrics_executor_activeTasks{${ns}})`, legend: '{{application_name}}' }))
    .withPanel(timeseries(prom, 'Failed tasks', 'short', { expr: `sum by (application_name) (increase(metrics_executor_failedTasks_total{${ns}}[5m]))`, legend: '{{application_name}}' }))
    .withPanel(timeseries(prom, 'Driver restarts', 'short', { expr: `sum by (container) (increase(kube_pod_container_status_restarts_total{${ns},container!~"master|worker|history-server"}[1h]))`, legend: '{{container}}' }))
    .build();
}
