import { describe, expect, it } from 'vitest';
import { kubernetesDashboard, KUBERNETES_DASHBOARD_UID } from '../../dashboards/kubernetes';
import { logsDashboard, LOGS_DASHBOARD_UID } from '../../dashboards/logs';
import { platformOverviewDashboard, PLATFORM_OVERVIEW_DASHBOARD_UID } from '../../dashboards/platform-overview';
import { buildDashboards, DASHBOARD_FOLDERS, DASHBOARDS, type DashboardInputs } from '../../dashboards/registry';

const prometheus = { type: 'prometheus', uid: 'prom-uid' };
const es = { type: 'elasticsearch', uid: 'es-uid' };
const panelsOf = (d: any) => (d.panels as any[]).filter((p) => p.type !== 'row');
const inputs: DashboardInputs = {
  datasources: { prometheus, elasticsearch: es },
  namespaces: { kafka: 'kafka', elastic: 'elastic', logging: 'logging', monitoring: 'monitoring', nodeAgents: 'node-agents', spark: 'spark' },
  kafkaClusterName: 'logs',
  logFields: { time: '@timestamp', level: 'log.level', namespace: 'kubernetes.namespace_name' },
  logPipeline: { forwarderJob: 'node-agents/fluent-bit-forwarder', aggregatorJob: 'logging/fluent-bit-aggregator', consumerGroup: 'log-aggregator', elasticsearchCluster: 'logs' },
  ingressController: { job: 'haproxy-controller/haproxy-ingress', namespace: 'haproxy-controller' },
};

describe.each([
  ['platformOverviewDashboard', platformOverviewDashboard({ prometheus }, { namespaces: ['kafka', 'elastic'], kafkaNamespace: 'kafka' }), PLATFORM_OVERVIEW_DASHBOARD_UID, prometheus],
  ['kubernetesDashboard', kubernetesDashboard({ prometheus }), KUBERNETES_DASHBOARD_UID, prometheus],
  ['logsDashboard', logsDashboard(es, inputs.logFields), LOGS_DASHBOARD_UID, es],
])('%s', (_name, dashboard: any, uid, ds) => {
  it('has a fixed uid', () => {
    expect(dashboard.uid).toBe(uid);
  });

  it('binds every panel and query to the given datasource', () => {
    expect(panelsOf(dashboard).length).toBeGreaterThan(2);
    for (const p of panelsOf(dashboard)) {
      expect(p.datasource).toEqual(ds);
      expect(p.targets.length).toBeGreaterThan(0);
      for (const t of p.targets) expect(t.datasource).toEqual(ds);
    }
  });
});

describe('platformOverviewDashboard', () => {
  it('covers both paths end to end: scraping and alert delivery, Kafka intake and lag, Elasticsearch indexing, platform pods', () => {
    const exprs = panelsOf(platformOverviewDashboard({ prometheus }, { namespaces: ['kafka', 'elastic'], kafkaNamespace: 'kafka' })).flatMap((p) => p.targets.map((t: any) => t.expr)).join('\n');
    for (const series of ['up', 'alertmanager_notifications_failed_total', 'kafka_server_brokertopicmetrics_messagesin_total', 'kafka_consumergroup_lag', 'elasticsearch_indices_indexing_index_total', 'kube_pod_status_ready{namespace=~"kafka|elastic"']) {
      expect(exprs).toContain(series);
    }
  });
});

describe('logsDashboard', () => {
  it('uses metric aggregation types Grafana can run (not the SDK default "unknown")', () => {
    const types = panelsOf(logsDashboard(es, inputs.logFields)).flatMap((p) => p.targets.flatMap((t: any) => t.metrics.map((m: any) => m.type)));
    expect(types.sort()).toEqual(['count', 'count', 'logs']);
  });
});

describe('the dashboard registry', () => {
  it('builds every dashboard once, each into a known folder, with unique uids', () => {
    const built = buildDashboards({
      ...inputs,
      datasources: { ...inputs.datasources, influxdb: { type: 'influxdb', uid: 'influx-uid' } },
      influx: { database: 'telegraf', consumerGroup: 'telegraf-influxdb' },
    });
    expect(built).toHaveLength(DASHBOARDS.length);
    expect(built.every((d) => (DASHBOARD_FOLDERS as readonly string[]).includes(d.folder))).toBe(true);
    const uids = built.map((d) => d.dashboard.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('leaves out a dashboard whose datasource is not provisioned', () => {
    const uids = buildDashboards({ ...inputs, datasources: { prometheus } }).map((d) => d.dashboard.uid);
    expect(uids).not.toContain(LOGS_DASHBOARD_UID);
    expect(uids).toContain(PLATFORM_OVERVIEW_DASHBOARD_UID);
  });
});
