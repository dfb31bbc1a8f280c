/**
 * The real prometheus-operator and ECK operator (the versions the environments deploy) reconcile each
 * environment's rendered resources against a real API server (the highest supported Kubernetes
 * version); what they generate is read back and checked:
 *
 * - the Prometheus configuration and rule files prometheus-operator writes (Secret
 *   `prometheus-<name>`, key `prometheus.yaml.gz`; ConfigMaps `prometheus-<name>-rulefiles-<n>`;
 *   pkg/prometheus/common.go, pkg/operator/rules.go) pass `promtool check config` / `check rules`;
 * - the Alertmanager configuration it generates from the AlertmanagerConfig (Secret
 *   `alertmanager-<name>-generated`, key `alertmanager.yaml.gz`; pkg/alertmanager/statefulset.go)
 *   passes `amtool check-config` and routes each test alert to the expected receivers;
 * - the StatefulSets, Services and `elasticsearch.yml` ECK generates per node set, and Kibana's
 *   Deployment, match the environment: roles, separate data and log volumes at the paths
 *   Elasticsearch uses, resources, zone awareness (pkg/controller/elasticsearch/nodespec/podspec.go,
 *   settings/merged_config.go);
 * - the status each operator writes for Prometheus, Alertmanager, Elasticsearch and Kibana after its
 *   first reconciles, and for a spec it refuses, judged by the rendered health checks in Argo CD's Lua
 *   and Flux's CEL (test/support/health-verdicts.ts).
 *
 * Error lines the operators log fail the test unless listed in test/apiserver/operator-noise.yaml with
 * the reason they are expected here (no kubelet, no nodes, no pods).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ENVIRONMENTS, type EnvironmentConfig } from '../environments';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import type { RenderedObject } from '../render/manifests';
import { tool } from '../tools';
import { checkAlertmanagerConfig, testAlertmanagerRoute } from '../tools/validators';
import { ApiServer, type ApplyResult, harnessProcessesAlive, isAlive, startedProcesses } from '../tools/apiserver';
import { applyEnvironment, clusterProvided, errorLines, getObject, type OperatorLogLine, secretText, startEckOperator, startPrometheusOperator, waitUntil } from './support/operators';
import { externalStoreStandIns, startSecretsFor } from './support/secrets';
import { deliveryCrds, planEnvironment } from '../tools/server-plan';
import { committedManifests, REPO_ROOT } from './support/fixtures';
import { judge, renderedChecks } from './support/health-verdicts';
import { spawnSync } from 'node:child_process';

const tree = committedManifests();
const version = K8S_VALIDATION_VERSIONS[K8S_VALIDATION_VERSIONS.length - 1].split('.').slice(0, 2).join('.');

/** An expected error line: `contains` is a substring, `matches` a regular expression over the raw line. */
interface Noise {
  readonly operator: string;
  readonly contains?: string;
  readonly matches?: string;
  readonly reason: string;
}
const NOISE = parse(readFileSync(path.join(REPO_ROOT, 'test', 'apiserver', 'operator-noise.yaml'), 'utf8')) as Noise[];

// The operator names a global configuration's receivers `<namespace>/<AlertmanagerConfig>/<receiver>`.
const receiver = (name: string) => `monitoring/alertmanager-platform/${name}`;
const ROUTES: ReadonlyArray<[string, Record<string, string>, string[]]> = [
  ['a critical Kafka alert pages data-platform and posts to its Slack channel', { alertname: 'KafkaBrokerDown', severity: 'critical', team: 'data-platform', namespace: 'kafka' }, ['data-platform-pagerduty', 'data-platform-slack']],
  ['a Kafka warning goes to Slack only', { alertname: 'KafkaUnderReplicatedPartitions', severity: 'warning', team: 'data-platform', namespace: 'kafka' }, ['data-platform-slack']],
  ['a critical platform alert pages the platform team', { alertname: 'KubeAPIDown', severity: 'critical', team: 'platform' }, ['platform-pagerduty', 'platform-slack']],
  ['an info alert goes to Discord', { alertname: 'SomethingToKnow', severity: 'info', team: 'logging' }, ['info-discord']],
  ['the Watchdog goes to its own receiver', { alertname: 'Watchdog', severity: 'info', team: 'platform' }, ['watchdog']],
  ['an alert of no known team is emailed', { alertname: 'Orphan', severity: 'critical', team: 'nobody' }, ['default-email']],
];

/**
 * A setting of an Elasticsearch configuration, written flat (`node.roles`) or nested (ECK renders
 * `elasticsearch.yml` nested), or any mix of the two.
 */
function setting(config: unknown, key: string): any {
  if (!config || typeof config !== 'object') return undefined;
  const obj = config as Record<string, unknown>;
  if (key in obj) return obj[key];
  const parts = key.split('.');
  for (let i = 1; i < parts.length; i++) {
    const head = parts.slice(0, i).join('.');
    if (head in obj) {
      const found = setting(obj[head], parts.slice(i).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Kubernetes quantity → number (bytes or cores). */
function quantity(q: string | number | undefined): number {
  if (q === undefined) return NaN;
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(q));
  if (!m) return NaN;
  const units: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };
  return Number(m[1]) * units[m[2]];
}

/**
 * The CRDs of the operators under test (each watches every kind of its own groups: ECK's manager does
 * not start without them) and those of any other kind the environment's objects use.
 */
function operatorCrds(rendered: readonly RenderedObject[]): RenderedObject[] {
  const used = new Set(rendered.map((r) => `${r.object.apiVersion.split('/')[0]}/${r.object.kind}`));
  return [...planEnvironment(rendered).crds, ...deliveryCrds()].filter(({ object }) => {
    const spec = object.spec as { group: string; names: { kind: string } };
    return spec.group === 'monitoring.coreos.com' || spec.group.endsWith('.k8s.elastic.co') || spec.group.endsWith('external-secrets.io') || spec.group.endsWith('cert-manager.io') || used.has(`${spec.group}/${spec.names.kind}`);
  });
}

interface Generated {
  prometheusConfig?: string;
  ruleFiles: Map<string, string>;
  alertmanagerConfig?: string;
  statefulSets: Map<string, any>;
  esConfig: Map<string, any>;
  services: Set<string>;
  kibana?: any;
  errors: OperatorLogLine[];
  /** Prometheus, Alertmanager, Elasticsearch and Kibana as the operators left them, by situation. */
  states: Map<string, any>;
  /** Kibana before ECK was given a version it refuses. */
  kibanaBefore?: any;
  /** Lines each operator logged before it was stopped. */
  logLines: Record<string, number>;
}

const generated = new Map<string, Generated>();

const PLURAL: Record<string, string> = { Prometheus: 'prometheuses', Alertmanager: 'alertmanagers', Elasticsearch: 'elasticsearches', Kibana: 'kibanas' };
const workloadPath = (o: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }) =>
  `/apis/${o.apiVersion}/namespaces/${o.metadata.namespace}/${PLURAL[o.kind]}/${o.metadata.name}`;
/** The operator has written what it knows after a reconcile: both conditions, the phase, the Deployment's health. */
const statusWritten = (o: any) =>
  o.kind === 'Elasticsearch' ? Boolean(o.status?.phase) : o.kind === 'Kibana' ? Boolean(o.status?.health) : ['Available', 'Reconciled'].every((t) => (o.status?.conditions ?? []).some((c: any) => c.type === t));
/** An Elasticsearch version ECK 3.5.0 does not support (pkg/controller/elasticsearch/validation/validations.go supportedVersion). */
const REFUSED_VERSION = '6.8.23';
const applied = new Map<string, ApplyResult[]>();
const secretsErrors = new Map<string, string[]>();

function monitoringOf(env: EnvironmentConfig, rendered: readonly RenderedObject[]) {
  const prometheus = rendered.find((r) => r.object.kind === 'Prometheus')!.object;
  const alertmanager = rendered.find((r) => r.object.kind === 'Alertmanager')!.object;
  const es = rendered.find((r) => r.object.kind === 'Elasticsearch')!.object;
  const kb = rendered.find((r) => r.object.kind === 'Kibana')!.object;
  return { env, prometheus, alertmanager, es, kb };
}

describe.each(ENVIRONMENTS.map((e) => e.name))('the real operators reconcile %s', (envName) => {
  const env = ENVIRONMENTS.find((e) => e.name === envName)!;
  const rendered = tree.get(envName)!;
  const { prometheus, alertmanager, es, kb } = monitoringOf(env, rendered);
  let server: ApiServer | undefined;

  beforeAll(async () => {
    server = await ApiServer.start(version);
    await server.installCrds(operatorCrds(rendered));
    applied.set(envName, await applyEnvironment(server, rendered));
    // The Secrets the platform generates and copies (test/support/secrets.ts): made by ESO here too.
    const secrets = await startSecretsFor(server, rendered, planEnvironment(rendered).namespaces.map((n) => n.object.metadata.name));
    secretsErrors.set(envName, secrets.errors);
    const promOp = await startPrometheusOperator(server, rendered);
    const eckOp = await startEckOperator(server, rendered);
    const ns = (o: { metadata: { namespace?: string } }) => o.metadata.namespace!;
    const out: Generated = { ruleFiles: new Map(), statefulSets: new Map(), esConfig: new Map(), services: new Set(), errors: [], states: new Map(), logLines: {} };
    const esName = es.metadata.name;
    const nodeSets = env.elasticsearch.nodeSets.map((n) => n.name);
    const s = server;
    await waitUntil(async () => {
      const secret = await getObject(s, `/api/v1/namespaces/${ns(prometheus)}/secrets/prometheus-${prometheus.metadata.name}`);
      out.prometheusConfig = secretText(secret, 'prometheus.yaml.gz');
      const amSecret = await getObject(s, `/api/v1/namespaces/${ns(alertmanager)}/secrets/alertmanager-${alertmanager.metadata.name}-generated`);
      out.alertmanagerConfig = secretText(amSecret, 'alertmanager.yaml.gz');
      for (const set of nodeSets) {
        const sset = await getObject(s, `/apis/apps/v1/namespaces/${ns(es)}/statefulsets/${esName}-es-${set}`);
        if (sset) out.statefulSets.set(set, sset);
        const config = secretText(await getObject(s, `/api/v1/namespaces/${ns(es)}/secrets/${esName}-es-${set}-es-config`), 'elasticsearch.yml');
        if (config) out.esConfig.set(set, parse(config));
      }
      out.kibana = await getObject(s, `/apis/apps/v1/namespaces/${ns(kb)}/deployments/${kb.metadata.name}-kb`);
      const done = out.prometheusConfig && out.alertmanagerConfig && out.statefulSets.size === nodeSets.length && out.esConfig.size === nodeSets.length && out.kibana;
      return done ? true : undefined;
    }, 120_000);
    const services = await s.request('GET', `/api/v1/namespaces/${ns(es)}/services`);
    for (const svc of services.body.items ?? []) out.services.add(svc.metadata.name);
    const configMaps = await s.request('GET', `/api/v1/namespaces/${ns(prometheus)}/configmaps`);
    for (const cm of configMaps.body.items ?? []) {
      if (!cm.metadata.name.startsWith(`prometheus-${prometheus.metadata.name}-rulefiles-`)) continue;
      for (const [key, text] of Object.entries(cm.data ?? {})) out.ruleFiles.set(`${cm.metadata.name}/${key}`, text as string);
    }
    // The status each operator writes for the workloads the delivery tools judge, after its first
    // reconciles (no pod runs here), as a fresh install shows it.
    for (const object of [prometheus, alertmanager, es, kb]) {
      const apiPath = workloadPath(object);
      const written = await waitUntil(async () => {
        const found = await getObject(s, apiPath);
        return found && statusWritten(found) ? found : undefined;
      }, 60_000);
      out.states.set(`${object.kind} after the first reconcile`, written ?? (await getObject(s, apiPath)));
    }
    // What they logged while reconciling; stopping them cancels informers, which they log as errors too.
    out.errors = [...errorLines('prometheus-operator', s.log('prometheus-operator')), ...errorLines('eck-operator', s.log('eck-operator'))];
    for (const op of ['prometheus-operator', 'eck-operator']) out.logLines[op] = s.log(op).split('\n').filter(Boolean).length;
    // A spec ECK refuses (a version it does not support; its webhook is off, so the controller
    // validates, pkg/controller/elasticsearch/reconcile/state.go UpdateElasticsearchInvalidWithEvent),
    // after the error lines were taken: ECK logs the refusal as an error.
    const refused = await s.request('PATCH', workloadPath(es), { spec: { version: REFUSED_VERSION } }, 'application/merge-patch+json');
    const generation = refused.body?.metadata?.generation;
    const invalid = await waitUntil(async () => {
      const found = await getObject(s, workloadPath(es));
      return found?.status?.phase === 'Invalid' && found.status.observedGeneration === generation ? found : undefined;
    }, 60_000);
    out.states.set('Elasticsearch with a spec ECK refuses', invalid ?? (await getObject(s, workloadPath(es))));
    // A configuration prometheus-operator cannot build: a global AlertmanagerConfig that does not exist
    // (pkg/alertmanager/operator.go provisionAlertmanagerConfiguration fails, so GetCondition in
    // pkg/operator/operator.go writes Reconciled False, ReconciliationFailed).
    const broken = await s.request('PATCH', workloadPath(alertmanager), { spec: { alertmanagerConfiguration: { name: 'does-not-exist' } } }, 'application/merge-patch+json');
    const failed = await waitUntil(async () => {
      const found = await getObject(s, workloadPath(alertmanager));
      const reconciled = (found?.status?.conditions ?? []).find((c: any) => c.type === 'Reconciled');
      return reconciled?.status === 'False' && reconciled.observedGeneration === broken.body?.metadata?.generation ? found : undefined;
    }, 60_000);
    out.states.set('Alertmanager whose configuration the operator cannot build', failed ?? (await getObject(s, workloadPath(alertmanager))));
    // A Kibana version ECK refuses: pkg/controller/kibana/controller.go doReconcile validates and returns
    // before the driver, so the deferred status update changes only observedGeneration.
    out.kibanaBefore = await getObject(s, workloadPath(kb));
    const kibanaRefused = await s.request('PATCH', workloadPath(kb), { spec: { version: REFUSED_VERSION } }, 'application/merge-patch+json');
    const kibanaSeen = await waitUntil(async () => {
      const found = await getObject(s, workloadPath(kb));
      return found?.status?.observedGeneration === kibanaRefused.body?.metadata?.generation ? found : undefined;
    }, 60_000);
    out.states.set('Kibana with a version ECK refuses', kibanaSeen ?? (await getObject(s, workloadPath(kb))));
    // Paused (spec.paused): pkg/prometheus/operator.go StatusReporter.Process copies it to status.paused.
    await s.request('PATCH', workloadPath(prometheus), { spec: { paused: true } }, 'application/merge-patch+json');
    const paused = await waitUntil(async () => {
      const found = await getObject(s, workloadPath(prometheus));
      return found?.status?.paused === true ? found : undefined;
    }, 60_000);
    out.states.set('Prometheus paused', paused ?? (await getObject(s, workloadPath(prometheus))));
    await s.stopProgram(promOp);
    await s.stopProgram(eckOp);
    await s.stopProgram(secrets.process);
    generated.set(envName, out);
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  const gen = () => generated.get(envName)!;

  it('no Secret is made by hand but the one root credential (none in dev): the README lists nothing else out of band', () => {
    expect(clusterProvided(rendered).filter((r) => r.object.kind === 'Secret').map((r) => r.object.metadata.name)).toEqual([]);
    const byHand = externalStoreStandIns(rendered).filter((r) => r.file === '(out of band: the root credential)').map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`);
    expect(byHand).toEqual(envName === 'dev' ? [] : ['monitoring/external-secrets-root']);
  });

  it('applies every object, the placeholder Secrets, StorageClasses and default ServiceAccounts for real', () => {
    expect(applied.get(envName)!.filter((r) => r.error).map((r) => `${r.file} ${r.kind} ${r.name}: ${r.error}`)).toEqual([]);
    expect(secretsErrors.get(envName)).toEqual([]);
  });

  it('prometheus-operator writes a Prometheus configuration that promtool accepts, with a job per monitor and every rule file', () => {
    const { prometheusConfig, ruleFiles } = gen();
    expect(prometheusConfig, 'no generated Prometheus configuration').toBeDefined();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'prometheus-generated-'));
    try {
      // The paths the operator writes are those of the Prometheus pod; point them at files here.
      const rulesDir = path.join(dir, 'rules');
      for (const [file, text] of ruleFiles) {
        mkdirSync(path.join(rulesDir, path.dirname(file)), { recursive: true });
        writeFileSync(path.join(rulesDir, file), text);
      }
      const placeholder = path.join(dir, 'placeholder');
      writeFileSync(placeholder, readFileSync(path.join(server!.dir, 'ca.crt')));
      const config = parse(prometheusConfig!) as Record<string, any>;
      const relocate = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(relocate);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /_file$/.test(k) && typeof v === 'string' ? placeholder : relocate(v)]));
        return value;
      };
      const local = relocate(config) as Record<string, any>;
      local.rule_files = (config.rule_files ?? []).map((f: string) => f.replace('/etc/prometheus/rules/', `${rulesDir}/`));
      writeFileSync(path.join(dir, 'prometheus.yaml'), stringify(local));
      const check = spawnSync(tool('promtool'), ['check', 'config', 'prometheus.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);

      const jobs = new Set((config.scrape_configs ?? []).map((j: { job_name: string }) => j.job_name));
      const monitors = rendered.filter((r) => r.object.kind === 'ServiceMonitor' || r.object.kind === 'PodMonitor');
      const missing = monitors.filter(({ object }) => {
        const prefix = `${object.kind === 'ServiceMonitor' ? 'serviceMonitor' : 'podMonitor'}/${object.metadata.namespace}/${object.metadata.name}/`;
        return ![...jobs].some((j) => String(j).startsWith(prefix));
      });
      expect(missing.map((m) => m.file)).toEqual([]);

      const rules = rendered.filter((r) => r.object.kind === 'PrometheusRule');
      expect(ruleFiles.size).toBe(rules.length);
      for (const rule of rules) expect([...ruleFiles.keys()].some((k) => k.includes(`${rule.object.metadata.namespace}-${rule.object.metadata.name}-`)), rule.file).toBe(true);
      const checkRules = spawnSync(tool('promtool'), ['check', 'rules', ...[...ruleFiles.keys()].map((f) => path.join(rulesDir, f))], { encoding: 'utf8' });
      expect(checkRules.status, `${checkRules.stdout}${checkRules.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prometheus-operator writes an Alertmanager configuration that amtool accepts', () => {
    expect(gen().alertmanagerConfig, 'no generated Alertmanager configuration').toBeDefined();
    const check = checkAlertmanagerConfig(gen().alertmanagerConfig!);
    expect(check.ok, check.output).toBe(true);
  });

  it.each(ROUTES)('the generated Alertmanager configuration routes: %s', (_label, labels, expected) => {
    const result = testAlertmanagerRoute(gen().alertmanagerConfig!, labels, expected.map(receiver));
    expect(result.ok, result.output).toBe(true);
  });

  it('fails a route test whose expected receivers differ', () => {
    expect(testAlertmanagerRoute(gen().alertmanagerConfig!, { severity: 'warning', team: 'data-platform' }, [receiver('data-platform-pagerduty')]).ok).toBe(false);
  });

  it.each(env.elasticsearch.nodeSets.map((n) => [n.name, n] as const))('ECK generates node set %s as the environment says: roles, volumes where Elasticsearch uses them, resources, zone awareness', (name, nodeSet) => {
    const sset = gen().statefulSets.get(name);
    const config = gen().esConfig.get(name);
    expect(sset, `no StatefulSet for node set ${name}`).toBeDefined();
    expect(config, `no elasticsearch.yml for node set ${name}`).toBeDefined();
    expect(sset.spec.replicas).toBe(nodeSet.count);
    expect([...setting(config, 'node.roles')].sort()).toEqual([...nodeSet.roles].sort());

    const claims = new Map<string, any>(sset.spec.volumeClaimTemplates.map((c: any) => [c.metadata.name, c]));
    expect(quantity(claims.get('elasticsearch-data')?.spec.resources.requests.storage)).toBe(nodeSet.dataStorage.toKibibytes() * 1024);
    expect(claims.get('elasticsearch-data')?.spec.storageClassName).toBe(env.storageClass);
    if (nodeSet.logsStorage) {
      expect(quantity(claims.get('elasticsearch-logs')?.spec.resources.requests.storage)).toBe(nodeSet.logsStorage.toKibibytes() * 1024);
      expect(claims.get('elasticsearch-logs')?.spec.storageClassName).toBe(env.storageClass);
    } else {
      expect(claims.has('elasticsearch-logs')).toBe(false);
    }
    const container = sset.spec.template.spec.containers.find((c: any) => c.name === 'elasticsearch');
    const mountOf = (volume: string) => container.volumeMounts.filter((m: any) => m.name === volume).map((m: any) => m.mountPath);
    expect(mountOf('elasticsearch-data')).toEqual([setting(config, 'path.data')]);
    expect(mountOf('elasticsearch-logs')).toEqual([setting(config, 'path.logs')]);
    expect(setting(config, 'path.data')).not.toBe(setting(config, 'path.logs'));

    expect(quantity(container.resources.requests.cpu)).toBeCloseTo(quantity(nodeSet.resources.cpu.amount));
    expect(quantity(container.resources.requests.memory)).toBe(nodeSet.resources.memory.toKibibytes() * 1024);
    expect(quantity(container.resources.limits.memory)).toBe(nodeSet.resources.memory.toKibibytes() * 1024);

    // File logging where the node set has a log volume: the image's entrypoint then moves
    // log4j2.file.properties over log4j2.properties in the config directory
    // (distribution/docker/src/docker/bin/docker-entrypoint.sh), so that directory must be a writable
    // volume under the read-only root filesystem.
    const logStyle = (container.env ?? []).find((e: any) => e.name === 'ES_LOG_STYLE')?.value;
    expect(logStyle).toBe(nodeSet.logsStorage ? 'file' : undefined);
    const configMount = container.volumeMounts.find((m: any) => m.mountPath === '/usr/share/elasticsearch/config');
    const configVolume = sset.spec.template.spec.volumes.find((v: any) => v.name === configMount?.name);
    expect(configVolume?.emptyDir, 'the config directory is not a writable emptyDir').toBeDefined();
    expect(configMount.readOnly ?? false).toBe(false);

    const spread = (sset.spec.template.spec.topologySpreadConstraints ?? []).map((t: any) => t.topologyKey);
    if (env.elasticsearch.zoneAwareness) {
      expect(spread).toContain('topology.kubernetes.io/zone');
      expect(String(setting(config, 'cluster.routing.allocation.awareness.attributes')).split(',')).toContain('zone');
    } else {
      expect(spread).not.toContain('topology.kubernetes.io/zone');
      expect(String(setting(config, 'cluster.routing.allocation.awareness.attributes') ?? '')).not.toContain('zone');
    }
  });

  it('ECK generates the HTTP and transport Services and Kibana\'s Deployment with the environment\'s count and resources', () => {
    const esName = es.metadata.name;
    expect([...gen().services]).toEqual(expect.arrayContaining([`${esName}-es-http`, `${esName}-es-transport`, ...env.elasticsearch.nodeSets.map((n) => `${esName}-es-${n.name}`)]));
    const kibana = gen().kibana;
    expect(kibana, 'no Kibana Deployment').toBeDefined();
    expect(kibana.spec.replicas).toBe(env.elasticsearch.kibana.count);
    const container = kibana.spec.template.spec.containers.find((c: any) => c.name === 'kibana');
    expect(quantity(container.resources.requests.memory)).toBe(env.elasticsearch.kibana.resources.memory.toKibibytes() * 1024);
  });

  it('the health checks call what the operators write on a fresh install progressing in both tools, and a spec they refuse failed', () => {
    const { argocdCM, healthCheckExprs } = renderedChecks(rendered);
    const states = [...gen().states].map(([name, object]) => ({ name, object }));
    const results = judge(argocdCM, healthCheckExprs, states);
    const summary = (o: any) => JSON.stringify({ generation: o?.metadata?.generation, status: o?.status });
    for (const s of states) console.log(`${envName} ${s.name}: ${summary(s.object)}`);
    expect(results.map((r) => `${r.name}: ${r.argocd.status} / ${r.flux.status}`)).toEqual([
      'Prometheus after the first reconcile: Progressing / InProgress',
      'Alertmanager after the first reconcile: Progressing / InProgress',
      'Elasticsearch after the first reconcile: Progressing / InProgress',
      'Kibana after the first reconcile: Progressing / InProgress',
      'Elasticsearch with a spec ECK refuses: Degraded / Failed',
      'Alertmanager whose configuration the operator cannot build: Degraded / Failed',
      'Kibana with a version ECK refuses: Progressing / InProgress',
      'Prometheus paused: Suspended / Current',
    ]);
  });

  it('a Kibana spec ECK refuses changes nothing in its status but observedGeneration, so no check can call it failed', () => {
    const before = gen().kibanaBefore;
    const after = gen().states.get('Kibana with a version ECK refuses');
    expect(after.status.observedGeneration).toBe(after.metadata.generation);
    expect(after.status.observedGeneration).toBeGreaterThan(before.status.observedGeneration);
    expect({ ...after.status, observedGeneration: undefined }).toEqual({ ...before.status, observedGeneration: undefined });
  });

  it('the operators log no error about the rendered resources (expected noise is listed with its reason)', () => {
    // The check reads both log formats; an operator that logged nothing did not run.
    expect(errorLines('x', 'ts=1 level=error msg="sync failed"\n{"log.level":"error","message":"Reconciler error"}\nts=2 level=info').length).toBe(2);
    expect(gen().logLines['prometheus-operator']).toBeGreaterThan(0);
    expect(gen().logLines['eck-operator']).toBeGreaterThan(0);
    const expected = (n: Noise, text: string) => (n.contains !== undefined ? text.includes(n.contains) : new RegExp(n.matches ?? '$^').test(text));
    const unexpected = gen().errors.filter((e) => !NOISE.some((n) => n.operator === e.operator && expected(n, e.text)));
    expect(unexpected.map((e) => `${e.operator}: ${e.text.slice(0, 600)}`)).toEqual([]);
  });
});

describe('after the operator runs', () => {
  it('no process the harness started survives', () => {
    expect(startedProcesses().length).toBeGreaterThanOrEqual(5 * ENVIRONMENTS.length);
    expect(startedProcesses().filter((p) => p.pid && isAlive(p.pid)).map((p) => p.spawnfile)).toEqual([]);
    expect(harnessProcessesAlive()).toEqual([]);
  });
});
