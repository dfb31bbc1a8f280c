import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { AlertRules } from '../../constructs/alert-rules';
import { PodMonitor, ServiceMonitor } from '../../constructs/monitors';
import { AllowIngress } from '../../constructs/network-policy';
import { UiIngress } from '../../constructs/ui-ingress';

const rule = { alert: 'DemoDown', expr: 'up == 0', for: '5m', severity: 'critical', summary: 's', description: 'd' } as const;

describe('AlertRules', () => {
  it('labels every alert with severity and team and annotates summary and description', () => {
    const chart = Testing.chart();
    const rules = new AlertRules(chart, 'r', { name: 'demo', team: 'platform', groups: [{ name: 'g', rules: [rule, { record: 'job:up:sum', expr: 'sum by (job) (up)' }] }] });
    const [obj] = Testing.synth(chart);
    expect(obj).toMatchObject({ kind: 'PrometheusRule', metadata: { name: 'demo' } });
    expect(obj.spec.groups[0].rules[0]).toEqual({
      alert: 'DemoDown', expr: 'up == 0', for: '5m',
      labels: { severity: 'critical', team: 'platform' },
      annotations: { summary: 's', description: 'd' },
    });
    expect(obj.spec.groups[0].rules[1]).toEqual({ record: 'job:up:sum', expr: 'sum by (job) (up)' });
    expect(rules.alerts).toEqual(['DemoDown']);
  });

  it('fails on a duplicate alert and on a name that is not PascalCase', () => {
    expect(() => new AlertRules(Testing.chart(), 'r', { name: 'demo', team: 't', groups: [{ name: 'g', rules: [rule, rule] }] })).toThrow('alert ("DemoDown") is defined twice in demo');
    expect(() => new AlertRules(Testing.chart(), 'r', { name: 'demo', team: 't', groups: [{ name: 'g', rules: [{ ...rule, alert: 'demo_down' }] }] })).toThrow('must be a PascalCase alert name');
  });
});

describe('monitors and policies', () => {
  it('PodMonitor and ServiceMonitor scrape named ports with defaults', () => {
    const chart = Testing.chart();
    new PodMonitor(chart, 'p', { name: 'p', selector: { a: 'b' }, endpoints: [{ port: 'metrics' }] });
    new ServiceMonitor(chart, 's', { name: 's', selector: { a: 'b' }, namespaces: ['kafka'], endpoints: [{ port: 'http', path: '/m', interval: '15s' }] });
    const [pod, svc] = Testing.synth(chart);
    expect(pod.spec).toEqual({ selector: { matchLabels: { a: 'b' } }, podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }] });
    expect(svc.spec).toEqual({ selector: { matchLabels: { a: 'b' } }, namespaceSelector: { matchNames: ['kafka'] }, endpoints: [{ port: 'http', path: '/m', interval: '15s' }] });
  });

  it('AllowIngress admits only the named peers on the named ports', () => {
    const chart = Testing.chart();
    new AllowIngress(chart, 'n', { name: 'es-http', podLabels: { app: 'es' }, from: [{ namespace: 'logging', podLabels: { app: 'agg' } }, { podLabels: { app: 'kibana' } }], ports: [9200] });
    const [np] = Testing.synth(chart);
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: 'es' } },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'logging' } }, podSelector: { matchLabels: { app: 'agg' } } },
          { podSelector: { matchLabels: { app: 'kibana' } } },
        ],
        ports: [{ protocol: 'TCP', port: 9200 }],
      }],
    });
  });
});

describe('UiIngress', () => {
  const settings = { className: 'haproxy', domain: 'dev.example.com', tlsSecretName: 'ui-tls' };

  it('serves <name>.<domain> over TLS to the named Service', () => {
    const chart = Testing.chart();
    const ingress = new UiIngress(chart, 'i', { settings, name: 'grafana', serviceName: 'grafana', servicePort: 3000 });
    const [obj] = Testing.synth(chart);
    expect(ingress.host).toBe('grafana.dev.example.com');
    expect(obj.spec).toEqual({
      ingressClassName: 'haproxy',
      tls: [{ hosts: ['grafana.dev.example.com'], secretName: 'ui-tls' }],
      rules: [{ host: 'grafana.dev.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'grafana', port: { number: 3000 } } } }] } }],
    });
  });

  it('has no annotations for a plain-HTTP backend, and re-encrypts to an HTTPS backend verified against its CA', () => {
    const plain = Testing.chart();
    new UiIngress(plain, 'i', { settings, name: 'grafana', serviceName: 'grafana', servicePort: 3000 });
    expect(Testing.synth(plain)[0].metadata.annotations).toBeUndefined();
    const tls = new Chart(Testing.app(), 'c', { namespace: 'elastic' });
    new UiIngress(tls, 'i', { settings, name: 'kibana', serviceName: 'logs-kb-http', servicePort: 5601, backendCaSecretName: 'logs-kb-http-certs-public' });
    expect(Testing.synth(tls)[0].metadata.annotations).toEqual({ 'haproxy.org/server-ssl': 'true', 'haproxy.org/server-ca': 'elastic/logs-kb-http-certs-public' });
  });

  it('fails on a host prefix that is not a DNS label', () => {
    expect(() => new UiIngress(Testing.chart(), 'i', { settings, name: 'Grafana UI', serviceName: 'g', servicePort: 1 })).toThrow('name ("Grafana UI") must be a DNS label');
  });
});
