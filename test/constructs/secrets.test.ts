import { Chart, Duration, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Cpu } from 'cdk8s-plus-28';
import { Size } from 'cdk8s';
import { ExternalSecretsOperator } from '../../constructs/external-secrets-operator';
import { GeneratedCredentials } from '../../constructs/generated-credentials';
import { ExternalStore } from '../../constructs/external-store';
import { SecretCopies } from '../../constructs/secret-copies';
import { committedManifests } from '../support/fixtures';

const kafka = (name: string) => ({ namespace: 'kafka', name });

function copies(build: (c: SecretCopies) => void, refreshInterval?: Duration) {
  const chart = new Chart(Testing.app(), 'copies', { namespace: 'logging' });
  build(new SecretCopies(chart, 'Copies', { namespace: 'logging', refreshInterval }));
  return Testing.synth(chart);
}

describe('SecretCopies', () => {
  it('reads each source namespace through one store whose ServiceAccount may get exactly the copied Secrets', () => {
    const objects = copies((c) => {
      c.addCopy({ source: kafka('log-aggregator') });
      c.addCopy({ source: kafka('logs-cluster-ca-cert') });
      c.addCopy({ source: { namespace: 'elastic', name: 'logs-es-http-certs-public' }, name: 'elasticsearch-ca', keys: ['ca.crt'] });
    });
    const stores = objects.filter((o) => o.kind === 'SecretStore');
    expect(stores.map((s) => [s.metadata.name, s.spec.provider.kubernetes.remoteNamespace, s.spec.provider.kubernetes.auth.serviceAccount.name])).toEqual([
      ['secrets-from-kafka', 'kafka', 'secrets-from-kafka'],
      ['secrets-from-elastic', 'elastic', 'secrets-from-elastic'],
    ]);
    const roles = objects.filter((o) => o.kind === 'Role');
    expect(roles.map((r) => [r.metadata.namespace, r.metadata.name, r.rules])).toEqual([
      ['kafka', 'secret-copies-to-logging-from-kafka', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['log-aggregator', 'logs-cluster-ca-cert'], verbs: ['get'] }]],
      ['elastic', 'secret-copies-to-logging-from-elastic', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['logs-es-http-certs-public'], verbs: ['get'] }]],
    ]);
    const bindings = objects.filter((o) => o.kind === 'RoleBinding');
    expect(bindings.map((b) => b.subjects)).toEqual([
      [{ kind: 'ServiceAccount', name: 'secrets-from-kafka', namespace: 'logging' }],
      [{ kind: 'ServiceAccount', name: 'secrets-from-elastic', namespace: 'logging' }],
    ]);
  });

  it('copies every key under the source name, or the listed keys under another name, re-read every minute', () => {
    const objects = copies((c) => {
      c.addCopy({ source: kafka('log-aggregator') });
      c.addCopy({ source: { namespace: 'elastic', name: 'logs-es-http-certs-public' }, name: 'elasticsearch-ca', keys: ['ca.crt'] });
    });
    const [whole, ca] = objects.filter((o) => o.kind === 'ExternalSecret');
    expect(whole.spec).toEqual({
      refreshInterval: '1m',
      secretStoreRef: { kind: 'SecretStore', name: 'secrets-from-kafka' },
      target: { name: 'log-aggregator', creationPolicy: 'Owner' },
      dataFrom: [{ extract: { key: 'log-aggregator' } }],
    });
    expect(ca.metadata.name).toBe('elasticsearch-ca');
    expect(ca.spec.data).toEqual([{ secretKey: 'ca.crt', remoteRef: { key: 'logs-es-http-certs-public', property: 'ca.crt' } }]);
  });

  it('writes the refresh interval as a Go duration', () => {
    const [copy] = copies((c) => c.addCopy({ source: kafka('a') }), Duration.seconds(90)).filter((o) => o.kind === 'ExternalSecret');
    expect(copy.spec.refreshInterval).toBe('90s');
  });

  it('fails on a second copy of the same name', () => {
    expect(() => copies((c) => {
      c.addCopy({ source: kafka('a'), name: 'x' });
      c.addCopy({ source: kafka('b'), name: 'x' });
    })).toThrow('copies ("logging/x") is copied twice');
  });

  it('fails on a copy from its own namespace', () => {
    expect(() => copies((c) => c.addCopy({ source: { namespace: 'logging', name: 'a' } }))).toThrow('source.namespace ("logging")');
  });
});

describe('ExternalSecretsOperator', () => {
  const synth = (image = 'ghcr.io/external-secrets/external-secrets:v0.16.2') => {
    const chart = new Chart(Testing.app(), 'eso', { namespace: 'external-secrets' });
    new ExternalSecretsOperator(chart, 'op', { image, resources: { cpu: Cpu.millis(50), memory: Size.mebibytes(128) } });
    return Testing.synth(chart);
  };

  it('runs only the namespaced reconcilers the platform uses, with leader election and metrics on the named port', () => {
    const [deployment] = synth().filter((o) => o.kind === 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.args).toEqual(expect.arrayContaining(['--enable-leader-election=true', '--enable-cluster-store-reconciler=false', '--enable-push-secret-reconciler=false', '--metrics-addr=:8080']));
    expect(container.ports).toEqual([{ name: 'metrics', containerPort: 8080 }]);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it('keeps cluster-scoped RBAC without a namespace and binds it to its own ServiceAccount', () => {
    const objects = synth();
    for (const o of objects.filter((x) => x.kind.startsWith('Cluster'))) expect(o.metadata.namespace).toBeUndefined();
    const binding = objects.find((o) => o.kind === 'ClusterRoleBinding');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'external-secrets', namespace: 'external-secrets' }]);
  });

  it('alerts on a copy that stops syncing and on a store that cannot read its source', () => {
    const rule = synth().find((o) => o.kind === 'PrometheusRule');
    const alerts = rule.spec.groups.flatMap((g: any) => g.rules.map((r: any) => r.alert));
    expect(alerts).toEqual(['SecretSyncFailing', 'SecretStoreNotReady', 'ExternalSecretsControllerDown']);
  });

  it('fails on an unpinned image', () => {
    expect(() => synth('ghcr.io/external-secrets/external-secrets:latest')).toThrow('must be pinned');
  });
});

describe('GeneratedCredentials', () => {
  const synth = (props: ConstructorParameters<typeof GeneratedCredentials>[2]) => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'elastic' });
    new GeneratedCredentials(chart, 'x', props);
    return Testing.synth(chart);
  };

  it('generates the password once (refreshInterval 0s) into a Secret with the fixed username and keys', () => {
    const [generator, secret] = synth({ name: 'elasticsearch-user-grafana', username: 'platform-grafana', extraKeys: { roles: 'platform-grafana' }, type: 'kubernetes.io/basic-auth' });
    expect(generator).toMatchObject({ kind: 'Password', metadata: { name: 'elasticsearch-user-grafana-password' }, spec: { length: 32, symbols: 0 } });
    expect(secret.spec.refreshInterval).toBe('0s');
    expect(secret.spec.dataFrom).toEqual([{ sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'elasticsearch-user-grafana-password' } } }]);
    expect(secret.spec.target.template).toEqual({
      engineVersion: 'v2',
      type: 'kubernetes.io/basic-auth',
      data: { username: 'platform-grafana', password: '{{ .password }}', roles: 'platform-grafana' },
    });
  });

  it('fails on a name that is not a DNS subdomain', () => {
    expect(() => synth({ name: 'Bad_Name', username: 'x' })).toThrow('name ("Bad_Name")');
  });
});

describe('every environment', () => {
  const tree = committedManifests();
  it.each([...tree.keys()])('%s: each Elasticsearch client outside elastic gets its credentials and ECK\'s CA copied, and each InfluxDB reader copy reaches Grafana', (env) => {
    const copies = tree.get(env)!.map((r) => r.object).filter((o) => o.kind === 'ExternalSecret' && (o.spec as any).secretStoreRef);
    const of = (ns: string, name: string) => copies.find((o) => o.metadata.namespace === ns && o.metadata.name === name)?.spec as any;
    expect(of('logging', 'elasticsearch-log-aggregator-credentials').data.map((d: any) => d.remoteRef)).toEqual([
      { key: 'elasticsearch-user-log-aggregator', property: 'username' },
      { key: 'elasticsearch-user-log-aggregator', property: 'password' },
    ]);
    for (const ns of ['logging', 'monitoring', 'spark']) expect(of(ns, 'elasticsearch-ca').data).toEqual([{ secretKey: 'ca.crt', remoteRef: { key: 'logs-es-http-certs-public', property: 'ca.crt' } }]);
    const influx = tree.get(env)!.some((r) => r.object.kind === 'Namespace' && r.object.metadata.name === 'influxdb');
    expect(of('monitoring', 'influxdb-grafana-credentials') !== undefined).toBe(influx);
  });
});

describe('ExternalStore', () => {
  const synth = (vault?: ConstructorParameters<typeof ExternalStore>[2]['vault']) => {
    const chart = new Chart(Testing.app(), 's', { namespace: 'monitoring' });
    const store = new ExternalStore(chart, 'x', { name: 'platform-external', vault });
    store.addSecret('alertmanager-receivers', ['smtp-password', 'slack-platform-webhook-url']);
    return { store, objects: Testing.synth(chart) };
  };
  const vault = { server: 'https://vault.example.com:8200', path: 'secret', prefix: 'observability/prod/', tokenSecret: 'external-secrets-root' };

  it('reads Vault KV v2 with the one root credential, one Vault secret per Kubernetes Secret under the prefix', () => {
    const { store, objects } = synth(vault);
    expect(store.rootCredential).toEqual({ name: 'external-secrets-root', key: 'token' });
    const [secretStore, external] = objects;
    expect(secretStore.spec.provider).toEqual({ vault: { server: 'https://vault.example.com:8200', path: 'secret', version: 'v2', auth: { tokenSecretRef: { name: 'external-secrets-root', key: 'token' } } } });
    expect(external.spec.data).toEqual([
      { secretKey: 'smtp-password', remoteRef: { key: 'observability/prod/alertmanager-receivers', property: 'smtp-password' } },
      { secretKey: 'slack-platform-webhook-url', remoteRef: { key: 'observability/prod/alertmanager-receivers', property: 'slack-platform-webhook-url' } },
    ]);
  });

  it('without a store holds placeholder values locally: no root credential, URLs that lead nowhere', () => {
    const { store, objects } = synth();
    expect(store.rootCredential).toBeUndefined();
    const [{ key, value }] = objects[0].spec.provider.fake.data;
    expect(key).toBe('alertmanager-receivers');
    expect(JSON.parse(value)).toEqual({ 'smtp-password': 'placeholder-smtp-password', 'slack-platform-webhook-url': 'https://alertmanager-receivers.invalid/slack-platform-webhook-url' });
  });

  it('fails on a Vault address that is not https://host[:port], and on a Secret read twice', () => {
    expect(() => synth({ ...vault, server: 'http://vault:8200' })).toThrow('vault.server ("http://vault:8200") must be https://host[:port]');
    const chart = new Chart(Testing.app(), 's', { namespace: 'monitoring' });
    const store = new ExternalStore(chart, 'x', { name: 'platform-external' });
    store.addSecret('a', ['k']);
    expect(() => store.addSecret('a', ['k'])).toThrow('name ("a") is read from platform-external twice');
  });
});
