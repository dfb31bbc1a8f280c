/**
 * Every dashboard the platform provisions, and the Grafana folder it goes into. Adding a dashboard is
 * one line in DASHBOARDS: its folder and a function of the inputs below that returns the dashboard
 * JSON, or `undefined` where the dashboard does not apply (a datasource it needs is not provisioned).
 */
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { elasticsearchDashboard } from './elasticsearch';
import { haproxyIngressDashboard } from './haproxy-ingress';
import { kafkaDashboard } from './kafka';
import { kubernetesDashboard } from './kubernetes';
import { logPipelineDashboard, type LogPipelineDashboardOptions } from './log-pipeline';
import { logsDashboard, type LogFields } from './logs';
import { platformOverviewDashboard } from './platform-overview';
import { sparkDashboard } from './spark';
import { telegrafInfluxDbDashboard } from './telegraf-influxdb';

/** Grafana folders, by domain (the dashboard provider creates one per directory). */
export const DASHBOARD_FOLDERS = ['Platform', 'Logs', 'Metrics', 'Processing'] as const;
export type DashboardFolder = (typeof DASHBOARD_FOLDERS)[number];

/** What dashboards may depend on: datasource references and the names of what they observe. */
export interface DashboardInputs {
  readonly datasources: DashboardDatasources;
  /** Namespaces the platform runs in, by role. */
  readonly namespaces: {
    readonly kafka: string;
    readonly elastic: string;
    readonly logging: string;
    readonly monitoring: string;
    readonly nodeAgents: string;
    readonly spark: string;
  };
  /** The Kafka cluster that carries the logs. */
  readonly kafkaClusterName: string;
  /** Fields of the log streams in Elasticsearch. */
  readonly logFields: LogFields;
  /** Prometheus jobs and names of the log pipeline's stages. */
  readonly logPipeline: LogPipelineDashboardOptions;
  /** The ingress controller's metrics job and namespace. */
  readonly ingressController: { readonly job: string; readonly namespace: string };
  /** The Telegraf/InfluxDB path, where it is enabled. */
  readonly influx?: { readonly database: string; readonly consumerGroup: string };
}

export interface DashboardEntry {
  readonly folder: DashboardFolder;
  readonly build: (inputs: DashboardInputs) => Dashboard | undefined;
}

export const DASHBOARDS: readonly DashboardEntry[] = [
  { folder: 'Platform', build: (i) => platformOverviewDashboard(i.datasources, { namespaces: Object.values(i.namespaces), kafkaNamespace: i.namespaces.kafka }) },
  { folder: 'Platform', build: (i) => kubernetesDashboard(i.datasources) },
  { folder: 'Platform', build: (i) => haproxyIngressDashboard(i.datasources, i.ingressController) },
  { folder: 'Logs', build: (i) => kafkaDashboard(i.datasources, { namespace: i.namespaces.kafka, clusterName: i.kafkaClusterName }) },
  { folder: 'Logs', build: (i) => elasticsearchDashboard(i.datasources) },
  { folder: 'Logs', build: (i) => i.datasources.elasticsearch && logsDashboard(i.datasources.elasticsearch, i.logFields) },
  { folder: 'Logs', build: (i) => logPipelineDashboard(i.datasources, i.logPipeline) },
  { folder: 'Processing', build: (i) => sparkDashboard(i.datasources, { namespace: i.namespaces.spark }) },
  { folder: 'Metrics', build: (i) => (i.influx && i.datasources.influxdb ? telegrafInfluxDbDashboard(i.datasources, { ...i.influx, kafkaNamespace: i.namespaces.kafka }) : undefined) },
];

export interface FolderedDashboard {
  readonly folder: DashboardFolder;
  readonly dashboard: Dashboard;
}

/** The dashboards that apply to `inputs`, in registry order. */
export function buildDashboards(inputs: DashboardInputs, entries: readonly DashboardEntry[] = DASHBOARDS): FolderedDashboard[] {
  return entries.flatMap((e) => {
    const dashboard = e.build(inputs);
    return dashboard ? [{ folder: e.folder, dashboard }] : [];
  });
}
