import { Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GRAFANA_POD_LABELS } from '../../charts/monitoring';
import { Grafana, type GrafanaProps } from '../../constructs/grafana';
import { GrafanaDashboard } from '../../constructs/grafana-dashboard';
import { DATASOURCE_UIDS, GrafanaDatasources, type GrafanaDatasourcesProps } from '../../constructs/grafana-datasources';
import { logStream } from '../../constructs/log-streams';
import { LOG_FIELDS } from '../../constructs/grafana-datasources';

const datasourceProps: GrafanaDatasourcesProps = {
  namespace: 'monitoring',
  prometheus: { serviceName: 'prometheus', webPort: 9090 },
  alertmanager: { serviceName: 'alertmanager', webPort: 9093 },
  elasticsearch: { url: 'https://logs-es-http.elastic.svc:9200', credentialsSecretName: 'es-creds', caSecretName: 'es-ca', indexPatterns: ['logs-container-dev', 'logs-node-dev'] },
  editable: true,
};

function build(overrides: Partial<GrafanaProps> = {}, dashboards: Array<{ uid: string; folder?: string; title?: string }> = [{ uid: 'a' }, { uid: 'b', folder: 'Logs' }]) {
  const chart = Testing.chart();
  const props: GrafanaProps = {
    image: 'docker.io/grafana/grafana:12.4.5',
    resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) },
    rootUrl: 'https://grafana.dev.example.com',
    datasources: new GrafanaDatasources(datasourceProps),
    dashboards: dashboards.map((d) => new GrafanaDashboard(chart, `d-${d.uid}-${d.title ?? ''}`, { folder: d.folder ?? 'Platform', dashboard: { uid: d.uid, title: d.title ?? d.uid } as { uid: string } })),
    editable: true,
    adminCredentialsSecret: 'grafana-admin',
    discordWebhook: { name: 'grafana-alerting', key: 'discord-webhook-url' },
    ...overrides,
  };
  const grafana = new Grafana(chart, 'g', props);
  const objects = Testing.synth(chart);
  const deployment = objects.find((o) => o.kind === 'Deployment');
  const configMap = (name: string) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
  return { grafana, objects, deployment, pod: deployment.spec.template, configMap };
}

describe('Grafana', () => {
  it('runs one hardened replica with readiness on /api/health, writable volumes and admin credentials from files', () => {
    const { pod, deployment } = build();
    const c = pod.spec.containers[0];
    expect(deployment.spec.replicas).toBe(1);
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 472 });
    expect(c.readinessProbe.httpGet).toEqual({ path: '/api/health', port: 'http' });
    expect(c.volumeMounts.map((m: { mountPath: string }) => m.mountPath)).toEqual(expect.arrayContaining(['/var/lib/grafana', '/tmp', '/var/log/grafana']));
    const env = Object.fromEntries(c.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(env.GF_SECURITY_ADMIN_PASSWORD__FILE).toBe('/etc/grafana/secrets/admin/password');
    expect(pod.spec.volumes).toContainEqual({ name: 'admin-credentials', secret: { secretName: 'grafana-admin' } });
  });

  it('carries GRAFANA_POD_LABELS, which the Prometheus and Alertmanager policies admit', () => {
    const { pod } = build();
    expect(pod.metadata.labels).toMatchObject(GRAFANA_POD_LABELS);
  });

  it('mounts each folder of dashboards from its ConfigMaps, optional because they are applied after Grafana', () => {
    const { pod } = build();
    const platform = pod.spec.volumes.find((v: { name: string }) => v.name === 'dashboards-platform');
    expect(platform.projected.sources).toEqual([{ configMap: { name: 'grafana-dashboard-a', optional: true, items: [{ key: 'a.json', path: 'a.json' }] } }]);
    const mounts = pod.spec.containers[0].volumeMounts.map((m: { mountPath: string }) => m.mountPath);
    expect(mounts).toEqual(expect.arrayContaining(['/etc/grafana/dashboards/Platform', '/etc/grafana/dashboards/Logs']));
  });

  it('puts a checksum of every provisioning and dashboard ConfigMap on the pod template', () => {
    const before = build().pod.metadata.annotations;
    expect(Object.keys(before).sort()).toEqual(['checksum/grafana-alerting', 'checksum/grafana-dashboard-a', 'checksum/grafana-dashboard-b', 'checksum/grafana-dashboard-providers', 'checksum/grafana-datasources']);
    const after = build({}, [{ uid: 'a', title: 'changed' }, { uid: 'b', folder: 'Logs' }]).pod.metadata.annotations;
    expect(after['checksum/grafana-dashboard-a']).not.toBe(before['checksum/grafana-dashboard-a']);
    expect(after['checksum/grafana-dashboard-b']).toBe(before['checksum/grafana-dashboard-b']);
  });

  it('provisions a Discord contact point that reads the webhook URL from the Secret, and a root policy to it', () => {
    const { configMap, pod } = build();
    const alerting = configMap('grafana-alerting').data;
    const contact = parse(alerting['contact-points.yaml']).contactPoints[0];
    expect(contact.receivers[0]).toMatchObject({ type: 'discord', settings: { url: '$__file{/etc/grafana/secrets/discord/webhook-url}' } });
    expect(parse(alerting['policies.yaml']).policies[0].receiver).toBe(contact.name);
    expect(pod.spec.volumes).toContainEqual({ name: 'discord-webhook', secret: { secretName: 'grafana-alerting', items: [{ key: 'discord-webhook-url', path: 'webhook-url' }] } });
  });

  it('locks the dashboards in the UI when not editable', () => {
    const provider = (editable: boolean) => parse(build({ editable }).configMap('grafana-dashboard-providers').data['providers.yaml']).providers[0];
    expect(provider(false)).toMatchObject({ allowUiUpdates: false, disableDeletion: true, options: { foldersFromFilesStructure: true } });
    expect(provider(true)).toMatchObject({ allowUiUpdates: true, disableDeletion: false });
  });

  it('fails with more than one replica: the sqlite database cannot be shared', () => {
    expect(() => build({ replicas: 2 })).toThrow('replicas (2) must be 1');
  });

  it('fails with zero replicas', () => {
    expect(() => build({ replicas: 0 })).toThrow('replicas (0) must be a whole number of at least 1');
  });

  it('fails on two dashboards with the same uid', () => {
    expect(() => build({}, [{ uid: 'a' }, { uid: 'a', title: 'again' }])).toThrow('dashboards ("a") is the uid of two dashboards');
  });

  it('fails without dashboards', () => {
    expect(() => build({}, [])).toThrow('dashboards (0) must contain at least one dashboard');
  });

  it('fails on an admin credentials Secret name that is not a DNS subdomain', () => {
    expect(() => build({ adminCredentialsSecret: 'Grafana Admin' })).toThrow('adminCredentialsSecret ("Grafana Admin") must be a DNS subdomain');
  });

  it('fails on a Discord webhook Secret name that is not a DNS subdomain', () => {
    expect(() => build({ discordWebhook: { name: 'Discord!', key: 'url' } })).toThrow('discordWebhook.name ("Discord!") must be a DNS subdomain');
  });

  it('fails on a folder that cannot name a volume', () => {
    expect(() => build({}, [{ uid: 'a', folder: 'Logs and metrics' }])).toThrow('dashboards.a.folder ("logs and metrics") must be a DNS label');
  });
});

describe('GrafanaDashboard', () => {
  it('renders one ConfigMap per dashboard, named after its uid', () => {
    const chart = Testing.chart();
    const d = new GrafanaDashboard(chart, 'd', { folder: 'Platform', dashboard: { uid: 'platform-overview' } });
    const [cm] = Testing.synth(chart);
    expect(cm.metadata.name).toBe('grafana-dashboard-platform-overview');
    expect(JSON.parse(cm.data['platform-overview.json']).uid).toBe('platform-overview');
    expect(d.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails on a dashboard without a uid', () => {
    expect(() => new GrafanaDashboard(Testing.chart(), 'd', { folder: 'Platform', dashboard: {} })).toThrow('dashboard.uid ("") must be set');
  });

  it('fails on a dashboard of 1 MiB or more', () => {
    const dashboard = { uid: 'big', description: 'x'.repeat(1024 * 1024) };
    expect(() => new GrafanaDashboard(Testing.chart(), 'd', { folder: 'Platform', dashboard })).toThrow('must stay under 1 MiB');
  });
});

describe('GrafanaDatasources', () => {
  const datasources = (props: Partial<GrafanaDatasourcesProps> = {}) => new GrafanaDatasources({ ...datasourceProps, ...props });

  it('provisions Prometheus (default), Alertmanager and Elasticsearch with fixed uids', () => {
    const ds = datasources();
    expect(ds.uids).toEqual([DATASOURCE_UIDS.prometheus, DATASOURCE_UIDS.alertmanager, DATASOURCE_UIDS.elasticsearch]);
    const [prom] = ds.file.datasources as Array<Record<string, unknown>>;
    expect(prom).toMatchObject({ isDefault: true, url: 'http://prometheus.monitoring.svc:9090' });
    expect(ds.refs).toEqual({ prometheus: { type: 'prometheus', uid: 'prometheus' }, elasticsearch: { type: 'elasticsearch', uid: 'elasticsearch-logs' } });
  });

  it('reads Elasticsearch credentials and CA from mounted Secrets, never from the file', () => {
    const es = (datasources().file.datasources as Array<Record<string, any>>)[2];
    expect(es.jsonData.index).toBe('logs-container-dev,logs-node-dev');
    expect(es.secureJsonData).toEqual({ basicAuthPassword: '$__file{/etc/grafana/secrets/elasticsearch/password}', tlsCACert: '$__file{/etc/grafana/secrets/elasticsearch-ca/ca.crt}' });
    expect(datasources().secretMounts.map((m) => m.secretName)).toEqual(['es-creds', 'es-ca']);
  });

  it('adds InfluxDB only when a reference is given', () => {
    const ds = datasources({ influxdb: { url: 'http://influxdb.metrics.svc:8086', database: 'telegraf', credentialsSecretName: 'influxdb-grafana' } });
    expect(ds.uids).toContain(DATASOURCE_UIDS.influxdb);
    expect(ds.refs.influxdb).toEqual({ type: 'influxdb', uid: 'influxdb' });
    expect(ds.secretMounts.map((m) => m.secretName)).toContain('influxdb-grafana');
    expect(datasources().refs.influxdb).toBeUndefined();
  });

  it('is not editable when the environment says so', () => {
    const all = datasources({ editable: false }).file.datasources as Array<{ editable: boolean }>;
    expect(all.every((d) => d.editable === false)).toBe(true);
  });

  it('uses log fields the log streams define', () => {
    const fields = logStream('container', 'dev').fields;
    for (const f of Object.values(LOG_FIELDS)) expect(fields).toHaveProperty([f]);
  });
});
