import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { prometheusPanel } from './panels';

export const SPARK_DASHBOARD_UID = 'platform-spark';

export interface SparkDashboardOptions {
  /** Namespace the Spark cluster runs in. */
  readonly namespace: string;
}

/** Spark master, workers and applications (PrometheusServlet and executor series, as in spark-alerts.ts). */
export function sparkDashboard(ds: DashboardDatasources, opts: SparkDashboardOptions) {
  const ns = `namespace="${opts.namespace}"`;
  const panel = (title: string, unit: string, expr: string, legend: string) => prometheusPanel(ds.prometheus, title, unit, expr, legend);

  return new DashboardBuilder('Spark')
    .uid(SPARK_DASHBOARD_UID)
    .tags(['spark', 'platform'])
    .refresh('1m')
    .withRow(new RowBuilder('Cluster'))
    .withPanel(panel('Alive workers', 'none', `max(metrics_master_aliveWorkers_Value{${ns}})`, 'alive'))
    .withPanel(panel('Applications running', 'none', `max(metrics_master_apps_Value{${ns}})`, 'running'))
    .withPanel(panel('Applications waiting', 'none', `max(metrics_master_waitingApps_Value{${ns}})`, 'waiting'))
    .withRow(new RowBuilder('Workers'))
    .withPanel(panel('Cores used per worker', 'none', `sum by (pod) (metrics_worker_coresUsed_Value{${ns}})`, '{{pod}}'))
    .withPanel(panel('Memory used per worker', 'decmbytes', `sum by (pod) (metrics_worker_memUsed_MB_Value{${ns}})`, '{{pod}}'))
    .withPanel(panel('Executors per worker', 'none', `sum by (pod) (metrics_worker_executors_Value{${ns}})`, '{{pod}}'))
    .withRow(new RowBuilder('Applications'))
    .withPanel(panel('Active tasks', 'none', `sum by (application_name) (metrics_executor_activeTasks{${ns}})`, '{{application_name}}'))
    .withPanel(panel('Failed tasks', 'short', `sum by (application_name) (increase(metrics_executor_failedTasks_total{${ns}}[5m]))`, '{{application_name}}'))
    .withPanel(panel('Driver restarts', 'short', `sum by (container) (increase(kube_pod_container_status_restarts_total{${ns},container!~"master|worker|history-server"}[1h]))`, '{{container}}'))
    .build();
}
