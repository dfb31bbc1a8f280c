import { describe, expect, it } from 'vitest';
import { DASHBOARD_LABEL } from '../constructs/grafana-dashboard';
import { lintDashboards, metricNames, renderedDashboards, withPlaceholders } from '../tools/dashboard-lint';
import type { RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';

const tree = committedManifests();
const dev = tree.get('dev')!;

function dashboardConfigMap(uid: string, panel: Record<string, unknown>, padding = ''): RenderedObject {
  const dashboard = { uid, title: uid, panels: [panel], padding };
  return {
    file: `test/ConfigMap.grafana-dashboard-${uid}.yaml`,
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `grafana-dashboard-${uid}`, namespace: 'monitoring', labels: { [DASHBOARD_LABEL]: 'true' } }, data: { [`${uid}.json`]: JSON.stringify(dashboard) } },
  };
}

const prometheus = { type: 'prometheus', uid: 'prometheus' };
const promPanel = (expr: string, ds = prometheus) => ({ type: 'timeseries', title: 'demo', datasource: ds, targets: [{ refId: 'A', datasource: ds, expr }] });

describe('the dashboard lint over every rendered environment', () => {
  it.each([...tree.keys()])('%s: every dashboard passes (uids, datasources, sizes, metric names, promtool)', (env) => {
    const result = lintDashboards(tree.get(env)!);
    expect(result.problems).toEqual([]);
    expect(result.promtool.output).not.toMatch(/FAILED/);
    expect(result.promtool.ok).toBe(true);
  });

  it.each([...tree.keys()])('%s: renders the platform overview, Kubernetes, Kafka, Elasticsearch and logs dashboards', (env) => {
    const uids = renderedDashboards(tree.get(env)!).map((d) => d.dashboard.uid);
    expect(uids).toEqual(expect.arrayContaining(['platform-overview', 'platform-kubernetes', 'platform-kafka', 'platform-elasticsearch', 'platform-logs']));
  });
});

describe('the rendered Grafana', () => {
  it.each([...tree.keys()])('%s: renders no Secret and no webhook URL; secrets are file references', (env) => {
    const grafana = tree.get(env)!.filter((r) => r.file.startsWith('grafana'));
    expect(grafana.filter((r) => r.object.kind === 'Secret')).toEqual([]);
    const text = JSON.stringify(grafana.map((r) => r.object));
    expect(text).not.toMatch(/discord(app)?\.com\/api\/webhooks/);
    expect(text).toContain('$__file{/etc/grafana/secrets/discord/webhook-url}');
  });
});

describe('the dashboard lint', () => {
  it('passes a dashboard that uses a provisioned datasource and a known metric', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('demo', promPanel('sum(up)'))]);
    expect(result.problems).toEqual([]);
    expect(result.promtool.ok).toBe(true);
  });

  it('fails on a dashboard with an unknown datasource uid', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('demo', promPanel('sum(up)', { type: 'prometheus', uid: 'P1809F7CD0C75ACF3' }))]);
    expect(result.problems.join('\n')).toMatch(/datasource uid "P1809F7CD0C75ACF3", which is not provisioned/);
  });

  it('fails on a broken PromQL expression', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('demo', promPanel('sum(rate(up{job="x"}[5m])'))]);
    expect(result.promtool.ok).toBe(false);
    expect(result.promtool.output).toMatch(/dashboard-demo\.yaml/);
  });

  it('fails on a metric no rendered source exports', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('demo', promPanel('rate(made_up_exporter_requests_total[5m])'))]);
    expect(result.problems.join('\n')).toMatch(/metric "made_up_exporter_requests_total" is not exported/);
  });

  it('fails on two dashboards with the same uid', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('platform-overview', promPanel('up'))]);
    expect(result.problems.join('\n')).toMatch(/uid is also used by/);
  });

  it('fails on a dashboard ConfigMap of 1 MiB or more', () => {
    const result = lintDashboards([...dev, dashboardConfigMap('demo', promPanel('up'), 'x'.repeat(1024 * 1024))]);
    expect(result.problems.join('\n')).toMatch(/at least the 1 MiB a ConfigMap holds/);
  });

  it('fails on a panel without a datasource and on an Elasticsearch metric of unknown type', () => {
    const es = { type: 'elasticsearch', uid: 'elasticsearch-logs' };
    const result = lintDashboards([...dev,
      dashboardConfigMap('nods', { type: 'timeseries', title: 'no datasource', targets: [] }),
      dashboardConfigMap('esunknown', { type: 'logs', title: 'logs', datasource: es, targets: [{ refId: 'A', datasource: es, query: '*', metrics: [{ id: '1', type: 'unknown' }] }] }),
    ]);
    expect(result.problems.join('\n')).toMatch(/panel "no datasource" names no datasource/);
    expect(result.problems.join('\n')).toMatch(/Elasticsearch metric of unknown type "unknown"/);
  });

  it('maps Grafana variables to placeholders that keep the expression valid', () => {
    expect(withPlaceholders('rate(x{namespace="$namespace",pod=~"${pod:regex}"}[$__rate_interval]) > $threshold'))
      .toBe('rate(x{namespace="placeholder",pod=~"placeholder"}[5m]) > 1');
  });

  it('finds metric names, not functions, keywords, labels or durations', () => {
    expect(metricNames('sum by (pod) (rate(a_total{job="j"}[5m])) / ignoring (reason) group_left b > 0.1 and on (x) c offset 5m'))
      .toEqual(['a_total', 'b', 'c']);
  });
});
