import { Chart, Duration, Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { EckOperator } from '../../constructs/eck-operator';
import { ES_FILE_LOGS_BOUND, ElasticsearchCluster, type ElasticsearchClusterProps, type ElasticsearchNodeSetSettings } from '../../constructs/elasticsearch-cluster';
import { HttpSetupJob } from '../../constructs/http-setup-job';
import { IndexLifecycleJob, lifecycleRequests } from '../../constructs/index-lifecycle-job';
import { Kibana } from '../../constructs/kibana';
import { savedObjects } from '../../constructs/kibana-saved-objects-job';
import { logStreams } from '../../constructs/log-streams';

const resources = { cpu: Cpu.millis(500), memory: Size.gibibytes(2) };
const allRoles = (count: number): ElasticsearchNodeSetSettings => ({ name: 'default', count, roles: ['master', 'data', 'ingest'], resources, dataStorage: Size.gibibytes(50) });
const props: ElasticsearchClusterProps = {
  clusterName: 'logs',
  image: 'docker.elastic.co/elasticsearch/elasticsearch:9.5.3',
  nodeSets: [allRoles(1)],
  storageClass: 'standard',
  highAvailability: false,
  replicas: 0,
  streamNamespace: 'dev',
  lifecycle: { retentionDays: 3, rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.gibibytes(10) },
};
const chart = () => new Chart(Testing.app(), 'c', { namespace: 'elastic' });
const build = (p: Partial<ElasticsearchClusterProps> = {}) => new ElasticsearchCluster(chart(), 'es', { ...props, ...p });

describe('ElasticsearchCluster', () => {
  it('renders one all-role node without mmap and exposes the ECK service, secrets and streams', () => {
    const c = chart();
    const es = new ElasticsearchCluster(c, 'es', props);
    const obj = Testing.synth(c).find((o) => o.kind === 'Elasticsearch')!;
    expect(obj.spec.version).toBe('9.5.3');
    expect(obj.spec.nodeSets).toHaveLength(1);
    expect(obj.spec.nodeSets[0].config).toEqual({ 'node.roles': ['master', 'data', 'ingest'], 'node.store.allow_mmap': false });
    expect(obj.spec.nodeSets[0].resources).toEqual({ requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(es.http).toEqual({ serviceName: 'logs-es-http', namespace: 'elastic', host: 'logs-es-http.elastic.svc', port: 9200, url: 'https://logs-es-http.elastic.svc:9200' });
    expect(es.httpCaSecretName).toBe('logs-es-http-certs-public');
    expect(es.elasticUserSecretName).toBe('logs-es-elastic-user');
    expect(es.streams.container.dataStream).toBe('logs-container-dev');
  });

  it('mounts separate persistent data and logs claims and spreads over zones when asked', () => {
    const c = chart();
    new ElasticsearchCluster(c, 'es', {
      ...props,
      highAvailability: true,
      replicas: 1,
      zoneAwareness: true,
      nodeSets: [
        { name: 'masters', count: 3, roles: ['master'], resources, dataStorage: Size.gibibytes(10), logsStorage: Size.gibibytes(10) },
        { name: 'data', count: 3, roles: ['data', 'ingest'], resources, dataStorage: Size.gibibytes(100), logsStorage: Size.gibibytes(10) },
      ],
    });
    const obj = Testing.synth(c).find((o) => o.kind === 'Elasticsearch')!;
    for (const set of obj.spec.nodeSets) {
      expect(set.zoneAwareness).toEqual({ topologyKey: 'topology.kubernetes.io/zone' });
      expect(set.volumeClaimTemplates.map((v: any) => v.metadata.name)).toEqual(['elasticsearch-data', 'elasticsearch-logs']);
      expect(set.podTemplate.spec.containers[0].volumeMounts).toEqual([
        { name: 'elasticsearch-data', mountPath: '/usr/share/elasticsearch/data' },
        { name: 'elasticsearch-logs', mountPath: '/usr/share/elasticsearch/logs' },
      ]);
    }
    expect(obj.spec.nodeSets[0].config['node.roles']).toEqual(['master']);
  });

  it('logs to files on the log volume (console kept) only where a node set has one', () => {
    const c = chart();
    new ElasticsearchCluster(c, 'es', {
      ...props,
      nodeSets: [{ name: 'all', count: 1, roles: ['master', 'data'], resources, dataStorage: Size.gibibytes(10), logsStorage: Size.gibibytes(10) }],
    });
    const [withVolume] = Testing.synth(c).find((o) => o.kind === 'Elasticsearch')!.spec.nodeSets;
    expect(withVolume.podTemplate.spec.containers[0].env).toEqual([{ name: 'ES_LOG_STYLE', value: 'file' }]);
    const plain = chart();
    new ElasticsearchCluster(plain, 'es', props);
    const [consoleOnly] = Testing.synth(plain).find((o) => o.kind === 'Elasticsearch')!.spec.nodeSets;
    expect(consoleOnly.podTemplate.spec.containers[0].env).toBeUndefined();
  });

  it('fails on a log volume smaller than what the rotated log files may fill', () => {
    expect(ES_FILE_LOGS_BOUND / 1024 ** 3).toBeCloseTo(9.25);
    expect(() => new ElasticsearchCluster(chart(), 'es', {
      ...props,
      nodeSets: [{ name: 'all', count: 1, roles: ['master', 'data'], resources, dataStorage: Size.gibibytes(10), logsStorage: Size.gibibytes(5) }],
    })).toThrow(`nodeSets[0].logsStorage ("5Gi") must hold the 9.25 GiB Elasticsearch's rotated log files may fill`);
  });

  it('admits only its own nodes on 9300 and each client on 9200', () => {
    const c = chart();
    const es = new ElasticsearchCluster(c, 'es', props);
    const client = es.addClient({ name: 'log-aggregator', namespace: 'logging', podLabels: { app: 'log-aggregator' }, access: 'write' });
    expect(client).toMatchObject({ username: 'platform-log-aggregator', credentialsSecretName: 'elasticsearch-log-aggregator-credentials', caSecretName: 'elasticsearch-ca', port: 9200 });
    const policies = Testing.synth(c).filter((o) => o.kind === 'NetworkPolicy');
    expect(policies.map((p) => [p.metadata.name, p.spec.ingress[0].ports[0].port])).toEqual([['logs-es-transport', 9300], ['logs-es-http-from-log-aggregator', 9200]]);
  });

  it('grants a client only the streams it names, every stream by default', () => {
    const es = build();
    es.addClient({ name: 'log-aggregator', namespace: 'logging', podLabels: { app: 'log-aggregator' }, access: 'write', streams: ['container', 'node'] });
    es.addClient({ name: 'grafana', namespace: 'monitoring', podLabels: { app: 'grafana' }, access: 'read' });
    const [writer, reader] = es.readRoles('test');
    expect(writer.body.indices).toEqual([{ names: ['logs-container-dev', 'logs-node-dev'], privileges: ['create_doc', 'auto_configure', 'view_index_metadata'] }]);
    expect(reader.body.indices?.[0].names).toEqual(['logs-container-dev', 'logs-node-dev', 'logs-error-counts-dev']);
    expect(() => build().addClient({ name: 'x', namespace: 'x', podLabels: { app: 'x' }, access: 'write', streams: [] })).toThrow('streams (0) must name at least one stream');
  });

  it('gives a monitoring client statistics and failure-store counts only, and a client in the cluster\'s namespace the file-realm Secret and ECK\'s CA', () => {
    const es = build();
    const exporter = es.addClient({ name: 'exporter', namespace: 'elastic', podLabels: { app: 'exporter' }, access: 'monitor' });
    expect(exporter).toMatchObject({ username: 'platform-exporter', credentialsSecretName: 'elasticsearch-user-exporter', caSecretName: 'logs-es-http-certs-public' });
    expect(es.readRoles('test')[0].body).toEqual({
      cluster: ['monitor', 'read_ilm'],
      indices: [
        { names: ['*'], privileges: ['monitor', 'view_index_metadata'] },
        { names: Object.values(es.streams).map((s) => s.indexPattern), privileges: ['read_failure_store'] },
      ],
    });
    expect(Object.keys(es.streams).length).toBeGreaterThan(0);
  });

  it('fails on an even number of master-eligible nodes', () => {
    expect(() => build({ nodeSets: [allRoles(2)], replicas: 1 })).toThrow('masterEligibleNodes (2) must be an odd number');
  });

  it('fails on fewer than 3 master-eligible nodes when highAvailability is set', () => {
    expect(() => build({ highAvailability: true })).toThrow('masterEligibleNodes (1) must be an odd number of at least 3 (highAvailability)');
  });

  it('fails when replicas per index reach the number of data nodes', () => {
    expect(() => build({ replicas: 1 })).toThrow('replicas (1) must be lower than the number of data nodes (1)');
  });

  it('fails when the retention is not a whole number of days', () => {
    expect(() => build({ lifecycle: { ...props.lifecycle, retentionDays: 0.5 } })).toThrow('lifecycle.retentionDays (0.5) must be a whole number of at least 1');
  });

  it('fails without a data node, without roles, on a duplicate node set and on no node set', () => {
    expect(() => build({ nodeSets: [{ ...allRoles(1), roles: ['master'] }] })).toThrow('must include a node set with the data role');
    expect(() => build({ nodeSets: [{ ...allRoles(1), roles: [] }] })).toThrow('nodeSets[0].roles (0) must name at least one role');
    expect(() => build({ nodeSets: [allRoles(1), allRoles(2)] })).toThrow('nodeSets[1].name ("default") is used by two node sets');
    expect(() => build({ nodeSets: [] })).toThrow('nodeSets (0) must declare at least one node set');
  });

  it('fails on a duplicate client and on a client added after the lifecycle Job read the roles', () => {
    const es = build();
    es.addClient({ name: 'grafana', namespace: 'monitoring', podLabels: { app: 'grafana' }, access: 'read' });
    expect(() => es.addClient({ name: 'grafana', namespace: 'monitoring', podLabels: { app: 'grafana' }, access: 'read' })).toThrow('name ("grafana") is already a client');
    new IndexLifecycleJob(es.node.scope as Chart, 'j', { elasticsearch: es, image: 'curlimages/curl:8.17.0', resources });
    expect(() => es.addClient({ name: 'spark', namespace: 'spark', podLabels: { app: 'spark' }, access: 'write' })).toThrow('must be added before the index lifecycle Job reads the client roles');
  });
});

describe('log streams', () => {
  it('names every stream logs-<stream>-<environment>', () => {
    const s = logStreams('prod');
    expect(Object.keys(s)).toEqual(['container', 'node', 'error-counts']);
    expect(s.node).toMatchObject({ dataStream: 'logs-node-prod', indexPattern: 'logs-node-prod', policyName: 'logs-node-prod', templateName: 'logs-node-prod' });
  });

  it('fails on a namespace that is not a DNS label', () => {
    expect(() => logStreams('Prod')).toThrow('streamNamespace ("Prod") must be a DNS label');
  });
});

describe('IndexLifecycleJob', () => {
  it('PUTs client roles, then a policy and a data-stream template per stream, all named from the streams', () => {
    const es = build();
    es.addClient({ name: 'log-aggregator', namespace: 'logging', podLabels: { app: 'log-aggregator' }, access: 'write' });
    const requests = lifecycleRequests(es);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /_security/role/platform-log-aggregator',
      'PUT /_ilm/policy/logs-container-dev',
      'PUT /_index_template/logs-container-dev',
      'PUT /_ilm/policy/logs-node-dev',
      'PUT /_index_template/logs-node-dev',
      'PUT /_ilm/policy/logs-error-counts-dev',
      'PUT /_index_template/logs-error-counts-dev',
    ]);
    expect(requests[1].body).toMatchObject({ policy: { phases: { hot: { actions: { rollover: { max_age: '24h', max_primary_shard_size: '10gb' } } }, delete: { min_age: '3d' } } } });
    expect(requests[2].body).toMatchObject({ index_patterns: ['logs-container-dev'], data_stream: {}, template: { settings: { 'index.lifecycle.name': 'logs-container-dev', 'index.number_of_replicas': 0 } } });
    expect((requests[2].body as any).template.mappings.properties.kubernetes.properties.pod_name).toEqual({ type: 'keyword' });
  });
});

describe('Kibana and saved objects', () => {
  it('connects to the cluster by elasticsearchRef with hardened pods and is admitted on 9200', () => {
    const c = chart();
    const es = new ElasticsearchCluster(c, 'es', props);
    const kb = new Kibana(c, 'kb', { name: 'logs', image: 'docker.elastic.co/kibana/kibana:9.5.3', elasticsearch: es, count: 2, resources });
    const objects = Testing.synth(c);
    const obj = objects.find((o) => o.kind === 'Kibana')!;
    expect(obj.spec).toMatchObject({ version: '9.5.3', count: 2, elasticsearchRef: { name: 'logs' } });
    expect(obj.spec.podTemplate.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
    expect(kb.url).toBe('https://logs-kb-http.elastic.svc:5601');
    expect(objects.some((o) => o.metadata.name === 'logs-es-http-from-kibana')).toBe(true);
  });

  it('fails on a count below 1', () => {
    expect(() => new Kibana(chart(), 'kb', { name: 'logs', image: 'docker.elastic.co/kibana/kibana:9.5.3', elasticsearch: build(), count: 0, resources })).toThrow('count (0) must be a whole number of at least 1');
  });

  it('builds a data view per stream and two dashboards whose references all resolve', () => {
    const objects = savedObjects(build());
    const ids = new Set(objects.map((o) => `${o.type}/${o.id}`));
    expect(objects.filter((o) => o.type === 'index-pattern').map((o) => o.attributes.title)).toEqual(['logs-container-dev', 'logs-node-dev', 'logs-error-counts-dev']);
    expect(objects.filter((o) => o.type === 'dashboard').map((o) => o.id)).toEqual(['log-explorer', 'access-logs']);
    for (const o of objects) for (const r of o.references) expect(ids.has(`${r.type}/${r.id}`), `${o.id} → ${r.type}/${r.id}`).toBe(true);
  });
});

describe('HttpSetupJob', () => {
  const base = {
    name: 'setup', identity: { name: 'setup', component: 'setup-job' }, image: 'curlimages/curl:8.17.0', resources,
    baseUrl: 'https://es:9200', caSecretName: 'ca', username: 'elastic', passwordSecret: { name: 's', key: 'elastic' }, readyPath: '/',
  };

  it('is a PostSync hook that Flux may recreate, with its bodies in a ConfigMap', () => {
    const c = chart();
    new HttpSetupJob(c, 'j', { ...base, requests: [{ method: 'PUT', path: '/_ilm/policy/p', body: { policy: {} } }] });
    const [cm, job] = Testing.synth(c);
    expect(cm.data['00.json']).toBe('{\n  "policy": {}\n}\n');
    expect(cm.data['setup.sh']).toContain("call PUT '/_ilm/policy/p'");
    expect(job.metadata.annotations).toEqual({
      'argocd.argoproj.io/hook': 'PostSync',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded',
      'kustomize.toolkit.fluxcd.io/force': 'enabled',
    });
    expect(job.spec.template.metadata.annotations['observability-platform/config-hash']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('fails without requests and on a plain-http base URL', () => {
    expect(() => new HttpSetupJob(chart(), 'j', { ...base, requests: [] })).toThrow('requests (0) must contain at least one request');
    expect(() => new HttpSetupJob(chart(), 'j', { ...base, baseUrl: 'http://es:9200', requests: [{ method: 'PUT', path: '/', body: {} }] })).toThrow('must be an https:// URL');
  });
});

describe('EckOperator', () => {
  it('manages the listed namespaces through Roles, keeps cluster-scoped RBAC unnamespaced and disables the webhook', () => {
    const c = new Chart(Testing.app(), 'op', { namespace: 'elastic-system' });
    new EckOperator(c, 'op', { image: 'docker.elastic.co/eck/eck-operator:3.5.0', managedNamespaces: ['elastic'], resources });
    const objects = Testing.synth(c);
    expect(objects.filter((o) => o.kind === 'Role').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['elastic-system/elastic-operator', 'elastic/elastic-operator-elastic']);
    expect(objects.find((o) => o.kind === 'ClusterRole')!.metadata.namespace).toBeUndefined();
    const config = objects.find((o) => o.kind === 'ConfigMap')!.data['eck.yaml'];
    expect(config).toContain('enable-webhook: false');
    expect(config).toContain('- elastic\n');
  });

  it('fails without a managed namespace', () => {
    const c = new Chart(Testing.app(), 'op', { namespace: 'elastic-system' });
    expect(() => new EckOperator(c, 'op', { image: 'docker.elastic.co/eck/eck-operator:3.5.0', managedNamespaces: [], resources })).toThrow('managedNamespaces (0) must name at least one namespace');
  });
});
