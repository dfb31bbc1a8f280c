import { Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { AlertRouting, routingSecretKeys, type AlertRoutingProps } from '../../constructs/alert-routing';
import { AlertmanagerCluster } from '../../constructs/alertmanager-cluster';
import { clusterScoped } from '../../constructs/cluster-scoped';
import { ServiceMonitor } from '../../constructs/monitors';
import { AllowIngress } from '../../constructs/network-policy';
import { imageTag } from '../../constructs/operator-managed';
import { PrometheusServer, type PrometheusServerProps } from '../../constructs/prometheus-server';
import * as k8s from '../../imports/k8s';

const resources = { cpu: Cpu.millis(100), memory: Size.mebibytes(256) };
const routing: AlertRoutingProps = {
  name: 'am',
  secretName: 'alertmanager-receivers',
  teams: [{ name: 'data-platform', slackChannel: '#data' }],
  email: { to: 'ops@example.com', from: 'am@example.com', smarthost: 'smtp.example.com:587', authUsername: 'am' },
};
const prometheus: PrometheusServerProps = {
  image: 'quay.io/prometheus/prometheus:v3.5.0', replicas: 2, retention: '15d', retentionSize: Size.gibibytes(45),
  storage: Size.gibibytes(50), storageClass: 'standard', resources, externalLabels: { cluster: 'dev' },
  alertmanagerService: { name: 'alertmanager', port: 'web' },
};
const chart = () => Testing.chart();

describe('PrometheusServer', () => {
  it('renders retention, storage, platform selectors and a Service for the operator-created pods', () => {
    const c = chart();
    const server = new PrometheusServer(c, 'p', prometheus);
    const cr = Testing.synth(c).find((o) => o.kind === 'Prometheus');
    expect(cr.spec).toMatchObject({
      version: 'v3.5.0', replicas: 2, retention: '15d', retentionSize: '45GiB',
      ruleSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'observability-platform' } },
      serviceMonitorNamespaceSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'observability-platform' } },
      storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: '50Gi' } } } } },
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '256Mi' } },
    });
    expect(server.podLabels).toEqual({ 'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': 'platform' });
  });

  it('fails when the retention size does not fit the volume with headroom', () => {
    expect(() => new PrometheusServer(chart(), 'p', { ...prometheus, retentionSize: Size.gibibytes(48) })).toThrow('retentionSize ("48Gi") must be greater than zero and at most 90% of storage (50Gi)');
  });

  it('fails on a retention that is not a Prometheus duration', () => {
    expect(() => new PrometheusServer(chart(), 'p', { ...prometheus, retention: '15 days' })).toThrow('retention ("15 days") must be a Prometheus duration');
  });

  it('fails on zero storage', () => {
    expect(() => new PrometheusServer(chart(), 'p', { ...prometheus, storage: Size.gibibytes(0) })).toThrow('storage ("0Mi") must be greater than zero');
  });

  it('fails on zero replicas and on an unpinned image', () => {
    expect(() => new PrometheusServer(chart(), 'p', { ...prometheus, replicas: 0 })).toThrow('replicas (0) must be a whole number of at least 1');
    expect(() => new PrometheusServer(chart(), 'p', { ...prometheus, image: 'prom/prometheus:latest' })).toThrow('image ("prom/prometheus:latest") must be pinned');
  });
});

describe('AlertRouting', () => {
  it('reads every credential from the one Secret and names its keys', () => {
    const c = chart();
    new AlertRouting(c, 'r', routing);
    const [obj] = Testing.synth(c);
    expect(JSON.stringify(obj)).not.toMatch(/hooks\.slack\.com|https:\/\//);
    expect(obj.spec.receivers.find((r: { name: string }) => r.name === 'data-platform-pagerduty').pagerdutyConfigs[0].routingKey)
      .toEqual({ name: 'alertmanager-receivers', key: 'pagerduty-data-platform-routing-key' });
    expect(routingSecretKeys(routing)).toEqual(['smtp-password', 'discord-webhook-url', 'slack-data-platform-webhook-url', 'pagerduty-data-platform-routing-key']);
  });

  it.each<[string, Partial<AlertRoutingProps>, string]>([
    ['no team', { teams: [] }, 'teams ("none") must name at least one team'],
    ['a team name that is not a DNS label', { teams: [{ name: 'Data', slackChannel: '#d' }] }, 'teams[0].name ("Data") must be a DNS label'],
    ['a duplicate team', { teams: [{ name: 'a', slackChannel: '#a' }, { name: 'a', slackChannel: '#b' }] }, 'teams[1].name ("a") is declared twice'],
    ['a Slack channel without #', { teams: [{ name: 'a', slackChannel: 'alerts' }] }, 'teams[0].slackChannel ("alerts") must be a Slack channel name'],
    ['an invalid recipient', { email: { ...routing.email, to: 'ops' } }, 'email.to ("ops") must be an email address'],
    ['an invalid sender', { email: { ...routing.email, from: 'am' } }, 'email.from ("am") must be an email address'],
    ['a smarthost without a port', { email: { ...routing.email, smarthost: 'smtp.example.com' } }, 'email.smarthost ("smtp.example.com") must be host:port'],
    ['an invalid Secret name', { secretName: 'Receivers!' }, 'secretName ("Receivers!") must be a DNS subdomain'],
  ])('fails on %s', (_label, change, message) => {
    expect(() => new AlertRouting(chart(), 'r', { ...routing, ...change })).toThrow(message);
  });
});

describe('AlertmanagerCluster', () => {
  it('uses its routing as the global configuration', () => {
    const c = chart();
    new AlertmanagerCluster(c, 'a', { image: 'quay.io/prometheus/alertmanager:v0.28.1', replicas: 3, storage: Size.gibibytes(1), storageClass: 'standard', resources, routing });
    const am = Testing.synth(c).find((o) => o.kind === 'Alertmanager');
    expect(am.spec).toMatchObject({ replicas: 3, version: 'v0.28.1', alertmanagerConfiguration: { name: 'alertmanager-platform' } });
  });

  it('fails on zero replicas', () => {
    expect(() => new AlertmanagerCluster(chart(), 'a', { image: 'quay.io/prometheus/alertmanager:v0.28.1', replicas: 0, storage: Size.gibibytes(1), storageClass: 'standard', resources, routing })).toThrow('replicas (0) must be a whole number of at least 1');
  });
});

describe('helpers added for the monitoring stack', () => {
  it('ServiceMonitor scrapes with the service-account token and keeps target labels when asked', () => {
    const c = chart();
    new ServiceMonitor(c, 's', { name: 'api', selector: { a: 'b' }, jobLabel: 'component', endpoints: [{ port: 'https', honorLabels: true, serviceAccountAuth: { serverName: 'kubernetes' } }] });
    const [obj] = Testing.synth(c);
    expect(obj.spec.jobLabel).toBe('component');
    expect(obj.spec.endpoints[0]).toEqual({
      port: 'https', path: '/metrics', interval: '30s', honorLabels: true, scheme: 'https',
      bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      tlsConfig: { caFile: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt', serverName: 'kubernetes' },
    });
  });

  it('AllowIngress admits UDP ports when given', () => {
    const c = chart();
    new AllowIngress(c, 'n', { name: 'mesh', podLabels: { a: 'b' }, from: [{ podLabels: { a: 'b' } }], ports: [9094], udpPorts: [9094] });
    expect(Testing.synth(c)[0].spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9094 }, { protocol: 'UDP', port: 9094 }]);
  });

  it('clusterScoped drops the chart namespace from cluster-scoped kinds only', () => {
    const c = Testing.chart();
    const role = clusterScoped(new k8s.KubeClusterRole(c, 'r', { metadata: { name: 'r', namespace: 'x' } }));
    const sa = clusterScoped(new k8s.KubeServiceAccount(c, 's', { metadata: { name: 's', namespace: 'x' } }));
    expect(role.toJson().metadata.namespace).toBeUndefined();
    expect(sa.toJson().metadata.namespace).toBe('x');
  });

  it('imageTag reads the tag of a pinned image', () => {
    expect(imageTag('registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.16.0')).toBe('v2.16.0');
    expect(imageTag('localhost:5000/prom')).toBe('');
  });
});
