/**
 * Each environment converges from an empty cluster (test/support/cluster.ts: kube-apiserver,
 * kube-controller-manager, kube-scheduler and KWOK with the environment's declared nodes) through Flux:
 * the real kustomize-controller applies manifests/<env>/ layer by layer (foundation → operators →
 * platform → jobs) with the rendered healthCheckExprs, dependsOn and wait, from a source stand-in
 * (test/support/flux.ts). The operators start when Flux has rolled out their Deployments, as their pods
 * would: prometheus-operator and ECK for real (out-of-cluster), Strimzi as a stand-in
 * (test/support/strimzi-stand-in.ts). Nothing else is made by hand except the out-of-band Secrets the
 * README lists (placeholders, as test/operators.test.ts makes them) and the StorageClass a cloud provides.
 *
 * While it converges, every change of an object of a kind the rendered health checks judge is captured
 * and judged afterwards by tools/go/health-verdicts in Argo CD's gopher-lua and Flux's CEL evaluator: a
 * first install is never Degraded/Failed, and the last state of each object is Healthy/Current.
 *
 * Elasticsearch's health: ECK cannot reach an Elasticsearch here (no pod runs one), so it reports
 * health "unknown" and phase ApplyingChanges, which the rendered check rightly calls progress. Once ECK
 * has done all it can (every node available, the HTTP Service's endpoints found), the Elasticsearch
 * health stand-in (test/support/elasticsearch-health-stand-in.ts) marks the resource unmanaged
 * (ECK 3.5.0 pkg/controller/common/unmanaged.go) and writes the status ECK writes for a green cluster
 * (pkg/controller/elasticsearch/reconcile/state.go, elasticsearch_controller.go); every state before and
 * after is captured and judged.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../environments';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { harnessProcessesAlive, isAlive, startedProcesses } from '../tools/apiserver';
import { POD_STATE_ANNOTATION, POOL_LABEL, storageClassObject, TestCluster } from './support/cluster';
import { committedManifests } from './support/fixtures';
import { FLUX_NAMESPACE, type SourceStandIn, sourceKindStandInCrds, startFlux } from './support/flux';
import { placeholderValue, startEckOperator, startPrometheusOperator } from './support/operators';
import { deliveryCrds, outOfBandSecrets, storageClassNames } from '../tools/server-plan';
import { type ArgoVerdict, FLUX_VERDICT, judge, renderedChecks } from './support/health-verdicts';
import { StrimziStandIn } from './support/strimzi-stand-in';
import { ElasticsearchHealthStandIn } from './support/elasticsearch-health-stand-in';

const tree = committedManifests();
const LAYERS = ['foundation', 'operators', 'platform', 'jobs'] as const;
/** Kinds whose states are captured: those the platform creates that an operator (or stand-in) reports on. */
const JUDGED_KINDS: ReadonlyArray<[string, string]> = [
  ['/apis/kafka.strimzi.io/v1', 'kafkas'],
  ['/apis/kafka.strimzi.io/v1', 'kafkanodepools'],
  ['/apis/kafka.strimzi.io/v1', 'kafkatopics'],
  ['/apis/kafka.strimzi.io/v1', 'kafkausers'],
  ['/apis/elasticsearch.k8s.elastic.co/v1', 'elasticsearches'],
  ['/apis/kibana.k8s.elastic.co/v1', 'kibanas'],
  ['/apis/monitoring.coreos.com/v1', 'prometheuses'],
  ['/apis/monitoring.coreos.com/v1', 'alertmanagers'],
];
/** Every environment (the acceptance asks for each). */
const CONVERGED = ['dev', 'staging', 'prod'];

type Captured = KubeObject & { status?: unknown; metadata: KubeObject['metadata'] & { resourceVersion?: string; generation?: number } };

const byName = (objects: readonly RenderedObject[], kind: string, name?: string) => objects.filter((r) => r.object.kind === kind && (!name || r.object.metadata.name === name));
const ready = (o: any) => o?.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True') ?? false;

/**
 * The target Secret External Secrets Operator v0.16.2 writes for each rendered ExternalSecret: the keys of
 * `spec.data` and of `spec.target.template.data` (literal template values kept, templated ones a
 * placeholder), of the template's type (pkg/controllers/externalsecret/externalsecret_controller.go).
 */
function externalSecretTargets(rendered: readonly RenderedObject[]): Array<{ namespace: string; name: string; type?: string; data: Record<string, string> }> {
  return byName(rendered, 'ExternalSecret').map(({ object }) => {
    const spec = object.spec as { data?: Array<{ secretKey: string }>; target: { name: string; template?: { type?: string; data?: Record<string, string> } } };
    const name = spec.target.name;
    const data: Record<string, string> = Object.fromEntries((spec.data ?? []).map((d) => [d.secretKey, placeholderValue(name, d.secretKey)]));
    for (const [k, v] of Object.entries(spec.target.template?.data ?? {})) data[k] = v.includes('{{') ? placeholderValue(name, k) : v;
    return { namespace: object.metadata.namespace!, name, type: spec.target.template?.type, data };
  });
}

/** CPU seconds a live process has used: utime + stime of /proc/<pid>/stat, in clock ticks (100 a second on Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** One environment's run: what it started (stopped after all) and what it captured. */
interface Run {
  readonly envName: string;
  readonly rendered: readonly RenderedObject[];
  cluster?: TestCluster;
  source?: SourceStandIn;
  strimzi?: StrimziStandIn;
  esHealth?: ElasticsearchHealthStandIn;
  readonly captured: Array<{ name: string; object: Captured }>;
  readonly started: string[];
  seconds: number;
  esoTargetCount: number;
}

/** Converges one environment from an empty cluster to every Flux layer Ready, capturing every judged state on the way. */
async function converge(run: Run): Promise<void> {
  const { envName, rendered } = run;
  const env = ENVIRONMENTS.find((e) => e.name === envName)!;
  const t0 = Date.now();
  // The control planes start side by side (freePort never hands out a port twice in this process, so
  // they do not race each other for one). One at a time, the last had started Flux 13 s after the
  // first (at 20.5 s instead of 7.6 s, on the loaded machine); side by side, all three by 12.1 s.
  const cluster = (run.cluster = await TestCluster.start(env));
  const server = cluster.server;
  // What a cluster has before Flux: Flux's own CRDs and namespace, the StorageClass, nothing else (not
  // Argo CD's CRDs, 1.8 MB the API server would take for nothing: no layer holds an Argo CD object).
  await server.installCrds([...deliveryCrds().filter((r) => r.file.startsWith('vendor/flux/')), ...sourceKindStandInCrds()]);
  await server.applyAll([{ file: '(Flux install)', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: FLUX_NAMESPACE } } as KubeObject }], { dryRun: false });
  await server.applyAll(storageClassNames(rendered).map((n) => ({ file: '(cloud StorageClass)', object: storageClassObject(n) })), { dryRun: false });
  const gitRepository = byName(rendered, 'GitRepository')[0].object;
  run.source = await startFlux(cluster, envName, gitRepository);
  for (const { file, object } of byName(rendered, 'Kustomization').filter((r) => r.file.startsWith('flux/'))) {
    const res = await server.apply(file, object, { dryRun: false });
    if (res.error) throw new Error(`${file}: ${res.error}`);
  }
  const strimzi = (run.strimzi = new StrimziStandIn(server));
  const esHealth = (run.esHealth = new ElasticsearchHealthStandIn(server));

  const versions = new Map<string, string>();
  const layerReady = new Map<string, number>();
  const operatorStarted = new Map<string, number>();
  // The README's out-of-band Secrets, and what External Secrets Operator would write for every
  // ExternalSecret (a stand-in here: ESO runs for real in test/secrets.test.ts, but a Vault-backed
  // store has no Vault to read in this cluster).
  const secrets: Array<{ namespace: string; name: string; type?: string; data: Record<string, string> }> = [
    ...outOfBandSecrets().map((o) => ({ namespace: o.namespace, name: o.name, type: o.type, data: Object.fromEntries(o.keys.map((k) => [k, placeholderValue(o.name, k)])) })),
    ...externalSecretTargets(rendered),
  ];
  run.esoTargetCount = secrets.length - outOfBandSecrets().length;
  const operatorReady = async (ns: string, kind: 'deployments' | 'statefulsets', name: string) =>
    ((await server.request('GET', `/apis/apps/v1/namespaces/${ns}/${kind}/${name}`)).body?.status?.readyReplicas ?? 0) >= 1;
  await cluster.waitFor(`${envName}: every Flux layer Ready`, async () => {
    const layers = await Promise.all(LAYERS.map(async (l) => (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${l}`)).body));
    layers.forEach((l, i) => {
      if (ready(l) && !layerReady.has(LAYERS[i])) layerReady.set(LAYERS[i], (Date.now() - t0) / 1000);
    });
    // Until the foundation layer is Ready there is nothing to do: the namespaces the Secrets go to are
    // being applied, and the operators' workloads and the judged objects come with the layers that
    // depend on it (operators, then platform and jobs). Before, every pass posted each Secret into a
    // namespace not yet made, to be refused.
    if (!ready(layers[0])) return undefined;
    // Out-of-band Secrets, as an operator of the platform creates them once the namespaces exist.
    for (const s of secrets.splice(0)) {
      const made = await server.request('POST', `/api/v1/namespaces/${s.namespace}/secrets`, {
        apiVersion: 'v1', kind: 'Secret', metadata: { name: s.name, namespace: s.namespace }, type: s.type, stringData: s.data,
      });
      if (made.status !== 201 && made.status !== 409) secrets.push(s);
    }
    // The operators run once Flux has rolled out their workloads.
    if (!run.started.includes('strimzi') && (await operatorReady('kafka', 'deployments', 'strimzi-cluster-operator'))) {
      strimzi.start();
      run.started.push('strimzi');
    }
    if (!run.started.includes('prometheus-operator') && (await operatorReady('monitoring', 'deployments', 'prometheus-operator'))) {
      await startPrometheusOperator(server, rendered);
      run.started.push('prometheus-operator');
    }
    if (!run.started.includes('eck-operator') && (await operatorReady('elastic-system', 'statefulsets', 'elastic-operator'))) {
      await startEckOperator(server, rendered);
      esHealth.start();
      run.started.push('eck-operator');
    }
    for (const [prefix, plural] of JUDGED_KINDS) {
      const res = await server.request('GET', `${prefix}/${plural}`);
      for (const o of (res.status === 200 ? res.body.items : []) as Captured[]) {
        const id = `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
        if (versions.get(id) === o.metadata.resourceVersion) continue;
        versions.set(id, o.metadata.resourceVersion!);
        run.captured.push({ name: `${id} #${run.captured.filter((x) => x.name.startsWith(`${id} #`)).length + 1}`, object: o });
      }
    }
    for (const name of run.started) if (!operatorStarted.has(name)) operatorStarted.set(name, (Date.now() - t0) / 1000);
    return layers.every(ready) ? true : undefined;
  }, 600_000, ['kustomize-controller', 'kube-scheduler', 'eck-operator', 'prometheus-operator']).catch(async (error) => {
    const layers = await Promise.all(LAYERS.map(async (l) => (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${l}`)).body?.status?.conditions));
    throw new Error(`${error.message}\nlayers: ${JSON.stringify(layers)}\nstrimzi stand-in: ${run.strimzi?.lastError ?? 'no error'}\nElasticsearch health stand-in: ${run.esHealth?.lastError ?? 'no error'}`);
  });
  run.seconds = (Date.now() - t0) / 1000;
  const at = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
  console.log(`${envName}: empty cluster to every Flux layer Ready in ${run.seconds.toFixed(1)} s (${cluster.nodes.length} nodes, ${run.captured.length} states captured; Ready at: ${at(layerReady)}; operators started at: ${at(operatorStarted)})`);
}

/**
 * The environment whose converged cluster is then driven through the states a running platform passes
 * through: prod, whose Alertmanager (3 pods) and Prometheus (2) have more than one pod, so a rolling update
 * can be caught part way, and whose Elasticsearch has two node sets.
 */
const DRIVEN = 'prod';
/** Our finalizer, which keeps a deleted object in its deletionTimestamp state until removed. */
const HOLD_FINALIZER = 'platform.test/hold';

/** A state the test drove the real programs into, with the verdict the rendered checks must give. */
interface DrivenState {
  readonly name: string;
  readonly object: Captured;
  readonly expected: ArgoVerdict;
}

/**
 * Drives the converged cluster through the states the issue names and captures each from the program that
 * writes it: a pod made not ready (KWOK; prometheus-operator, ECK), a rolling update held part way (KWOK
 * keeps the updated pod not ready), a spec the operator refuses, and deletion. The Strimzi kinds are
 * driven too, but their status comes from the stand-in (test/support/strimzi-stand-in.ts), so only
 * deletion, which the API server writes, is captured for them.
 *
 * Not produced here, and why: a Kibana spec ECK refuses — ECK 3.5.0 pkg/controller/kibana/controller.go
 * doReconcile validates (the webhook is off) and returns before the driver, and NewState has already set
 * only `status.observedGeneration`; nothing in the status says it was refused (test/operators.test.ts
 * captures it: Progressing, never Healthy). A crash loop: every operator here reports it as a slow start.
 */
async function drive(run: Required<Run>): Promise<DrivenState[]> {
  const { cluster, rendered } = run;
  const server = cluster.server;
  const states: DrivenState[] = [];
  const logs = ['prometheus-operator', 'eck-operator', 'kwok'];
  const get = async (url: string) => (await server.request('GET', url)).body;
  const patch = async (url: string, body: object) => {
    const res = await server.request('PATCH', url, body, 'application/merge-patch+json');
    if (res.status !== 200) throw new Error(`PATCH ${url}: ${res.status} ${JSON.stringify(res.body?.message ?? res.body)}`);
    return res.body;
  };
  const until = async (what: string, url: string, holds: (o: any) => boolean): Promise<Captured> => {
    let last: any;
    return cluster.waitFor(`${run.envName}: ${what}`, async () => {
      last = await get(url);
      return holds(last) ? (last as Captured) : undefined;
    }, 120_000, logs).catch((error) => {
      throw new Error(`${error.message}\nlast seen at ${url}: ${JSON.stringify({ generation: last?.metadata?.generation, annotations: last?.metadata?.annotations, status: last?.status })}`);
    });
  };
  const podReady = async (namespace: string, name: string, status: 'True' | 'False') =>
    cluster.waitFor(`${namespace}/${name} Ready ${status}`, async () =>
      condition(await get(`/api/v1/namespaces/${namespace}/pods/${name}`), 'Ready')?.status === status ? true : undefined, 60_000, ['kwok']);
  const record = (state: string, object: Captured, expected: ArgoVerdict) =>
    states.push({ name: `${object.kind} ${object.metadata.namespace}/${object.metadata.name}: ${state}`, object, expected });
  /** The pods of a workload, found by the name of the StatefulSet or ReplicaSet that owns them. */
  const podsOf = async (namespace: string, owner: (name: string) => boolean) =>
    ((await get(`/api/v1/namespaces/${namespace}/pods`))?.items ?? []).filter((p: any) => (p.metadata.ownerReferences ?? []).some((o: any) => owner(o.name))) as any[];
  const condition = (o: any, type: string) => o?.status?.conditions?.find((c: any) => c.type === type);

  const [alertmanager] = byName(rendered, 'Alertmanager');
  const [prometheus] = byName(rendered, 'Prometheus');
  const [elasticsearch] = byName(rendered, 'Elasticsearch');
  const [kibana] = byName(rendered, 'Kibana');
  const monitoring = [
    { r: alertmanager, sts: `alertmanager-${alertmanager.object.metadata.name}` },
    { r: prometheus, sts: `prometheus-${prometheus.object.metadata.name}` },
  ];
  await server.discover(); // the operators' kinds, served since Flux applied their CRDs
  const url = (r: RenderedObject) => {
    const found = server.pathOf(r.object);
    if (!found) throw new Error(`${run.envName}: the server does not serve ${r.object.apiVersion} ${r.object.kind}`);
    return found;
  };
  const ns = (r: RenderedObject) => r.object.metadata.namespace!;
  // prometheus-operator v0.93.0 pkg/operator/statefulset_reporter.go Update: availableReplicas counts ready pods,
  // updatedReplicas those at the StatefulSet's update revision.
  const settled = (o: any) =>
    o?.status?.availableReplicas === o?.spec?.replicas && o?.status?.updatedReplicas === o?.spec?.replicas && condition(o, 'Available')?.status === 'True' && condition(o, 'Available')?.observedGeneration === o?.metadata?.generation;

  // 1. A pod made not ready (KWOK): prometheus-operator counts ready pods, ECK counts the Deployment's
  //    available replicas (pkg/controller/common/status.go DeploymentStatus).
  const kbPods = await podsOf(ns(kibana), (n) => n.startsWith(`${kibana.object.metadata.name}-kb-`));
  const held = [
    ...(await Promise.all(monitoring.map(async ({ r, sts }) => ({ r, pod: (await podsOf(ns(r), (n) => n === sts))[0] })))),
    { r: kibana, pod: kbPods[0] },
  ];
  for (const { r, pod } of held) {
    if (!pod) throw new Error(`${run.envName}: no pod of ${r.object.kind} ${r.object.metadata.name}`);
    await cluster.setPodState(pod.metadata.namespace, pod.metadata.name, 'not-ready');
  }
  for (const { pod } of held) await podReady(pod.metadata.namespace, pod.metadata.name, 'False');
  for (const { r } of held) {
    const o = await until(`${r.object.kind} reports a pod not ready`, url(r), (x) =>
      r.object.kind === 'Kibana' ? x?.status?.availableNodes < x?.status?.count || x?.status?.health === 'red' : x?.status?.availableReplicas < x?.spec?.replicas);
    record('a pod made not ready (KWOK), as the operator reports it', o, 'Progressing');
  }
  for (const { pod } of held) await cluster.setPodState(pod.metadata.namespace, pod.metadata.name, undefined);
  for (const { r } of held) {
    const o = await until(`${r.object.kind} recovers`, url(r), (x) => (r.object.kind === 'Kibana' ? x?.status?.health === 'green' && x?.status?.availableNodes === x?.status?.count : settled(x)));
    record('the pod Ready again', o, 'Healthy');
  }

  // 2. The Elasticsearch path: a data pod made not ready, and the resource handed back to the real ECK
  //    (the health stand-in's annotation removed, pkg/controller/common/unmanaged.go). ECK counts ready
  //    pods (reconcile/state.go UpdateAvailableNodes) and cannot reach Elasticsearch; once the pod is Ready
  //    again the stand-in takes it over and writes green.
  const esName = elasticsearch.object.metadata.name;
  const [esPod] = await podsOf(ns(elasticsearch), (n) => n.startsWith(`${esName}-es-`));
  await cluster.setPodState(ns(elasticsearch), esPod.metadata.name, 'not-ready');
  await podReady(ns(elasticsearch), esPod.metadata.name, 'False');
  await patch(url(elasticsearch), { metadata: { annotations: { 'eck.k8s.elastic.co/managed': null } } });
  const wanted = ((elasticsearch.object.spec as any).nodeSets as any[]).reduce((n, s) => n + s.count, 0);
  record('a pod made not ready, ECK reconciling again', await until('ECK reports the pod', url(elasticsearch), (x) => x?.metadata?.annotations?.['eck.k8s.elastic.co/managed'] === undefined && x?.status?.availableNodes === wanted - 1), 'Progressing');
  await cluster.setPodState(ns(elasticsearch), esPod.metadata.name, undefined);
  record('the pod Ready again, green once more', await until('the health stand-in writes green again', url(elasticsearch), (x) => x?.status?.health === 'green' && x?.status?.availableNodes === wanted && x?.metadata?.annotations?.['eck.k8s.elastic.co/managed'] === 'false'), 'Healthy');

  // 3. A rolling update: a spec field of Alertmanager and Prometheus changed (pod annotations) so that the
  //    real prometheus-operator rolls its StatefulSet; the annotation is KWOK's, so each updated pod stays
  //    not ready and the roll holds at one updated pod (updatedReplicas < replicas).
  for (const { r } of monitoring) await patch(url(r), { spec: { podMetadata: { annotations: { [POD_STATE_ANNOTATION]: 'not-ready' } } } });
  for (const { r } of monitoring) {
    const o = await until(`${r.object.kind} rolling, part way`, url(r), (x) => x?.status?.updatedReplicas >= 1 && x.status.updatedReplicas < x.spec.replicas && condition(x, 'Reconciled')?.observedGeneration === x.metadata.generation);
    record(`rolling update held part way (${o.status && (o.status as any).updatedReplicas} of ${(o as any).spec.replicas} updated)`, o, 'Progressing');
  }
  // Release each updated pod as it comes, until the roll is done.
  for (const { r, sts } of monitoring) {
    const o = await cluster.waitFor(`${r.object.kind} rolled`, async () => {
      for (const p of await podsOf(ns(r), (n) => n === sts)) if (p.metadata.annotations?.[POD_STATE_ANNOTATION]) await cluster.setPodState(ns(r), p.metadata.name, undefined);
      const x = await get(url(r));
      return settled(x) ? (x as Captured) : undefined;
    }, 120_000, logs);
    record('rolling update done, every pod updated and ready', o, 'Healthy');
  }

  // 4. A spec the operator refuses. prometheus-operator writes Reconciled=False ReconciliationFailed
  //    (pkg/operator/operator.go) for a missing global AlertmanagerConfig and for an additional scrape
  //    configuration in a Secret that does not exist (pkg/prometheus/server/operator.go, k8s.LoadSecretRef);
  //    ECK writes phase Invalid for a version it refuses (reconcile/state.go UpdateElasticsearchInvalidWithEvent).
  await patch(url(alertmanager), { spec: { alertmanagerConfiguration: { name: 'does-not-exist' } } });
  await patch(url(prometheus), { spec: { additionalScrapeConfigs: { name: 'does-not-exist', key: 'scrape.yaml' } } });
  for (const { r } of monitoring) {
    const o = await until(`${r.object.kind} refused`, url(r), (x) => condition(x, 'Reconciled')?.status === 'False' && condition(x, 'Reconciled')?.observedGeneration === x.metadata.generation);
    record(`spec refused at generation ${o.metadata.generation} (Reconciled False)`, o, 'Degraded');
  }
  await run.esHealth.stop(); // ECK alone from here
  await patch(url(elasticsearch), { metadata: { annotations: { 'eck.k8s.elastic.co/managed': null } }, spec: { version: '6.8.23' } });
  record('spec refused (a version ECK does not run)', await until('ECK refuses the version', url(elasticsearch), (x) => x?.status?.phase === 'Invalid' && x.status.observedGeneration === x.metadata.generation), 'Degraded');

  // 5. Deletion: our finalizer holds each object while the API server has set its deletionTimestamp.
  for (const [prefix, plural] of JUDGED_KINDS) {
    const [o] = ((await get(`${prefix}/${plural}`))?.items ?? []) as Captured[];
    if (!o) continue;
    const objectPath = `${prefix}/namespaces/${o.metadata.namespace}/${plural}/${o.metadata.name}`;
    await patch(objectPath, { metadata: { finalizers: [...((o.metadata as any).finalizers ?? []), HOLD_FINALIZER] } });
    const res = await server.request('DELETE', objectPath);
    if (res.status !== 200 && res.status !== 202) throw new Error(`DELETE ${objectPath}: ${res.status}`);
    record('being deleted (deletionTimestamp set, a finalizer holds it)', await until(`${o.kind} being deleted`, objectPath, (x) => !!x?.metadata?.deletionTimestamp), 'Progressing');
  }
  return states;
}

const runs = new Map<string, Run>(CONVERGED.map((envName) => [envName, { envName, rendered: tree.get(envName)!, captured: [], started: [], seconds: 0, esoTargetCount: 0 }]));
const failed = new Map<string, unknown>();

describe('every environment, converged side by side', () => {
  // The environments converge side by side, each on its own control plane (their namespaces and
  // cluster-scoped objects are the same, so they cannot share one): the wall time is the slowest, not the sum.
  beforeAll(async () => {
    const t0 = Date.now();
    await Promise.all([...runs.values()].map((run) => converge(run).catch((error) => failed.set(run.envName, error))));
    console.log(`every environment (${CONVERGED.join(', ')}) converged side by side in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 900_000);

  afterAll(async () => {
    // Where the time went: CPU seconds of every program the environments started, and of this test
    // process (the stand-ins, the capture loop, the judging), read before they stop.
    const byProgram = new Map<string, number>();
    for (const child of startedProcesses()) {
      if (!child.pid || !isAlive(child.pid)) continue;
      const name = path.basename(child.spawnfile);
      byProgram.set(name, (byProgram.get(name) ?? 0) + cpuSeconds(child.pid));
    }
    const own = process.cpuUsage();
    byProgram.set('this test process', (own.user + own.system) / 1e6);
    console.log(`CPU seconds by program, ${CONVERGED.join(' + ')}: ${[...byProgram].sort((a, b) => b[1] - a[1]).map(([n, t]) => `${n} ${t.toFixed(1)}`).join(', ')}`);
    // The environments stop side by side: each program is given up to 5 s to exit, one after another.
    await Promise.all([...runs.values()].map(async (run) => {
      await run.strimzi?.stop();
      await run.esHealth?.stop();
      await run.source?.stop();
      await run.cluster?.stop();
    }));
  }, 120_000);

  /** The environment's run, or its convergence error. */
  function converged(envName: string): Required<Run> {
    if (failed.has(envName)) throw failed.get(envName);
    return runs.get(envName)! as Required<Run>;
  }

  describe.each(CONVERGED)('%s converges from an empty cluster through Flux', (envName) => {
    const env = ENVIRONMENTS.find((e) => e.name === envName)!;
    const rendered = tree.get(envName)!;

    it('applies every layer in order, each Ready at the source revision', async () => {
      const { cluster, source, seconds } = converged(envName);
      const server = cluster.server;
      for (const layer of LAYERS) {
        const k = (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${layer}`)).body;
        expect(ready(k), `${layer}: ${JSON.stringify(k?.status?.conditions)}`).toBe(true);
        expect(k.status.lastAppliedRevision).toBe(`main@sha1:${source.commit}`);
      }
      expect(seconds).toBeGreaterThan(0);
    });

    it(`schedules every pod on the nodes ${envName} declares, none left pending`, async () => {
      const { cluster } = converged(envName);
      const pods = await cluster.pods();
      const nodes = new Map(cluster.nodes.map((n) => [n.name, n.pool]));
      expect(pods.length).toBeGreaterThan(0);
      const unscheduled = pods.filter((p) => !p.spec.nodeName).map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
      expect(unscheduled).toEqual([]);
      const elsewhere = pods.filter((p) => !nodes.has(p.spec.nodeName)).map((p) => `${p.metadata.namespace}/${p.metadata.name} on ${p.spec.nodeName}`);
      expect(elsewhere).toEqual([]);
      const nodeObjects = (await cluster.server.request('GET', '/api/v1/nodes')).body.items as any[];
      const pools = new Set(pods.map((p) => nodeObjects.find((n) => n.metadata.name === p.spec.nodeName)?.metadata.labels[POOL_LABEL]));
      expect([...pools].sort()).toEqual([...new Set(env.nodes.pools.map((p) => p.name))].sort());
    });

    it('says which objects were stood in for, the Elasticsearch health stand-in among them', () => {
      const { cluster, strimzi, esHealth, esoTargetCount } = converged(envName);
      const kinds = new Map<string, number>();
      for (const w of strimzi.wrote) kinds.set(w.split(' ')[0] + (w.endsWith('(status)') ? ' status' : ''), (kinds.get(w.split(' ')[0] + (w.endsWith('(status)') ? ' status' : '')) ?? 0) + 1);
      const list = [...kinds].map(([k, n]) => `${k} ×${n}`).sort();
      const elasticsearch = [...esHealth.wrote].map(([id, n]) => `Elasticsearch ${id} status ×${n}`).sort();
      console.log(`${envName}: stood in for — Strimzi 1.2.0: ${list.join(', ')}; Elasticsearch health stand-in (ECK 3.5.0 pkg/controller/common/unmanaged.go, pkg/controller/elasticsearch/reconcile/state.go): ${elasticsearch.join(', ')}; External Secrets Operator stand-in: the target Secrets of ${esoTargetCount} ExternalSecrets; source-controller: GitRepository ${FLUX_NAMESPACE}/platform status and artifact; volume provisioner: ${cluster.provisioned.length} PersistentVolumes (${cluster.rescheduled.length} claims handed back to the scheduler); CRDs of OCIRepository and Bucket`);
      expect(list.some((k) => k.startsWith('Kafka status'))).toBe(true);
      expect(list.some((k) => k.startsWith('Pod '))).toBe(true);
      // Every Elasticsearch the environment renders was taken over once ECK had done all it could.
      expect([...esHealth.wrote.keys()].sort()).toEqual(byName(rendered, 'Elasticsearch').map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`).sort());
      expect([...esHealth.wrote.values()].every((n) => n >= 1)).toBe(true);
    });

    it.runIf(envName === 'dev')('takes a pod out of Ready and crash-loops it on demand, then makes it Ready again', async () => {
      const c = converged(envName).cluster;
      const pod = (await c.pods()).find((p) => p.metadata.namespace === 'monitoring' && p.metadata.name.startsWith('alertmanager-'))!;
      const { namespace, name } = pod.metadata;
      const get = async () => (await c.server.request('GET', `/api/v1/namespaces/${namespace}/pods/${name}`)).body;
      const readyIs = (p: any, status: string) => p?.status?.conditions?.some((x: any) => x.type === 'Ready' && x.status === status);
      await c.setPodState(namespace, name, 'not-ready');
      await c.waitFor(`${name} not ready`, async () => (readyIs(await get(), 'False') ? true : undefined), 30_000, ['kwok']);
      await c.setPodState(namespace, name, 'crash-loop');
      const crashing = await c.waitFor(`${name} crash-looping`, async () => {
        const p = await get();
        return p?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' ? p : undefined;
      }, 30_000, ['kwok']);
      expect(crashing.status.containerStatuses[0].restartCount).toBeGreaterThan(0);
      await c.setPodState(namespace, name, undefined);
      await c.waitFor(`${name} Ready again`, async () => (readyIs(await get(), 'True') ? true : undefined), 30_000, ['kwok']);
    });

    it('judges every captured state with the rendered checks: a first install is never Degraded/Failed, and every object ends Healthy/Current', () => {
      const { captured } = converged(envName);
      const checks = renderedChecks(rendered);
      const results = judge(checks.argocdCM, checks.healthCheckExprs, captured);
      const judged = results.filter((r) => !/has no|no healthCheckExprs/.test(`${r.argocd.error ?? ''}${r.flux.error ?? ''}`));
      const unchecked = [...new Set(results.filter((r) => !judged.includes(r)).map((r) => r.name.split(' ')[0]))].sort();
      console.log(`${envName}: ${judged.length} captured states judged in both tools; kinds captured without a rendered check: ${unchecked.join(', ') || 'none'}`);
      const failing = judged.filter((r) => r.argocd.status === 'Degraded' || r.flux.status === 'Failed').map((r) => `${r.name}: Argo CD ${r.argocd.status}, Flux ${r.flux.status}`);
      expect(failing).toEqual([]);
      const last = new Map<string, (typeof judged)[number]>();
      for (const r of judged) last.set(r.name.replace(/ #\d+$/, ''), r);
      const notHealthy = [...last.values()].filter((r) => r.argocd.status !== 'Healthy' || r.flux.status !== 'Current').map((r) => `${r.name}: Argo CD ${r.argocd.status}, Flux ${r.flux.status}`);
      expect(notHealthy).toEqual([]);
    });

    it.runIf(envName === DRIVEN)('drives the converged cluster through a pod not ready, a rolling update, a refused spec and deletion, and every rendered check gives the expected verdict on each state in both tools', async () => {
      const run = converged(envName);
      const states = await drive(run);
      const checks = renderedChecks(rendered);
      const results = judge(checks.argocdCM, checks.healthCheckExprs, states);
      const table = results.map((r, i) => `${r.name}: expected ${states[i].expected} / ${FLUX_VERDICT[states[i].expected]}, Argo CD ${r.argocd.status}${r.argocd.error ? ` (${r.argocd.error})` : ''}, Flux ${r.flux.status}${r.flux.error ? ` (${r.flux.error})` : ''}`);
      console.log(`${envName}: ${states.length} driven states captured live and judged:\n${table.join('\n')}`);
      const wrong = results.filter((r, i) => r.argocd.status !== states[i].expected || r.flux.status !== FLUX_VERDICT[states[i].expected]).map((r) => table[results.indexOf(r)]);
      expect(wrong).toEqual([]);
      // Every kind with a rendered check was driven into deletion, and none of them was Healthy/Current there.
      const deleted = states.filter((s) => (s.object.metadata as { deletionTimestamp?: string }).deletionTimestamp !== undefined);
      expect(new Set(deleted.map((s) => s.object.kind)).size).toBe(JUDGED_KINDS.length);
      for (const kind of ['Alertmanager', 'Prometheus', 'Elasticsearch']) {
        expect(states.filter((s) => s.object.kind === kind).map((s) => s.expected), kind).toEqual(expect.arrayContaining(['Progressing', 'Healthy', 'Degraded']));
      }
    }, 600_000);
  });
});

describe('the converge test', () => {
  it('leaves no process behind', async () => {
    const alive = startedProcesses().filter((c) => c.pid && isAlive(c.pid));
    expect(alive.map((c) => c.spawnfile)).toEqual([]);
    expect(harnessProcessesAlive()).toEqual([]);
  });
});
