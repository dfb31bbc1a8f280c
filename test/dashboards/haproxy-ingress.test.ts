import { describe, expect, it } from 'vitest';
import { Chart, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { Size } from 'cdk8s';
import { HAPROXY_INGRESS_DASHBOARD_UID, haproxyIngressDashboard } from '../../dashboards/haproxy-ingress';
import { HaproxyIngressController } from '../../constructs/haproxy-ingress-controller';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-test' } };
const opts = { job: 'haproxy-controller/haproxy-ingress', namespace: 'haproxy-controller' };

describe('haproxyIngressDashboard', () => {
  const dashboard = haproxyIngressDashboard(ds, opts);
  const panels = (dashboard.panels ?? []).filter((p: { type?: string }) => p.type !== 'row') as Array<{ datasource?: { uid?: string }; targets?: Array<{ expr?: string; datasource?: { uid?: string } }> }>;
  const exprs = panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));

  it('has a fixed uid and queries the given Prometheus datasource for the controller only', () => {
    expect(dashboard.uid).toBe(HAPROXY_INGRESS_DASHBOARD_UID);
    expect(panels.length).toBeGreaterThan(5);
    for (const panel of panels) {
      expect(panel.datasource?.uid).toBe('prom-test');
      for (const target of panel.targets ?? []) {
        expect(target.datasource?.uid).toBe('prom-test');
        expect(target.expr).toMatch(/job="haproxy-controller\/haproxy-ingress"|namespace="haproxy-controller"/);
      }
    }
  });

  it('shows every series the controller\'s alerts fire on, under the job its monitor produces', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c', { namespace: 'haproxy-controller' });
    const controller = new HaproxyIngressController(chart, 'r', {
      namespace: 'haproxy-controller', image: 'docker.io/haproxytech/kubernetes-ingress:3.2.11', className: 'haproxy',
      defaultCertificateSecretName: 'ui-tls', resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) },
    });
    expect(controller.metricsJob).toBe(opts.job);
    const rule = Testing.synth(chart).find((o) => o.kind === 'PrometheusRule');
    const series = new Set<string>((rule.spec.groups as Array<{ rules: Array<{ expr: string }> }>).flatMap((g) => g.rules.flatMap((r) => r.expr.match(/[a-z_]+(?=\{)/g) ?? [])));
    expect([...series].sort()).toEqual(['haproxy_backend_active_servers', 'haproxy_backend_http_requests_total', 'haproxy_backend_http_responses_total', 'haproxy_unable_to_sync_configuration', 'up']);
    for (const name of series) expect(exprs.some((e) => e.includes(`${name}{`)), name).toBe(true);
  });
});
