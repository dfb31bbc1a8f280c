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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../environments';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { harnessProcessesAlive, isAlive, startedProcesses } from '../tools/apiserver';
import { POOL_LABEL, storageClassObject, TestCluster } from './support/cluster';
import { committedManifests } from './support/fixtures';
import { FLUX_NAMESPACE, type SourceStandIn, sourceKindStandInCrds, startFlux } from './support/flux';
import { placeholderValue, startEckOperator, startPrometheusOperator } from './support/operators';
import { deliveryCrds, outOfBandSecrets, storageClassNames } from '../tools/server-plan';
import { judge, renderedChecks } from './support/health-verdicts';
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
/** Converge dev and prod: staging adds nothing the two do not cover and the time budget is 120 s (README, Benchmark). */
const CONVERGED = ['dev', 'prod'];

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

describe.each(CONVERGED)('%s converges from an empty cluster through Flux', (envName) => {
  const env = ENVIRONMENTS.find((e) => e.name === envName)!;
  const rendered = tree.get(envName)!;
  let cluster: TestCluster | undefined;
  let source: SourceStandIn | undefined;
  let strimzi: StrimziStandIn | undefined;
  let esHealth: ElasticsearchHealthStandIn | undefined;
  const captured: Array<{ name: string; object: Captured }> = [];
  const started: string[] = [];
  let seconds = 0;
  let esoTargetCount = 0;

  beforeAll(async () => {
    const t0 = Date.now();
    cluster = await TestCluster.start(env);
    const server = cluster.server;
    // What a cluster has before Flux: Flux's own CRDs and namespace, the StorageClass, nothing else.
    await server.installCrds([...deliveryCrds(), ...sourceKindStandInCrds()]);
    await server.applyAll([{ file: '(Flux install)', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: FLUX_NAMESPACE } } as KubeObject }], { dryRun: false });
    await server.applyAll(storageClassNames(rendered).map((n) => ({ file: '(cloud StorageClass)', object: storageClassObject(n) })), { dryRun: false });
    const gitRepository = byName(rendered, 'GitRepository')[0].object;
    source = await startFlux(cluster, envName, gitRepository);
    for (const { file, object } of byName(rendered, 'Kustomization').filter((r) => r.file.startsWith('flux/'))) {
      const res = await server.apply(file, object, { dryRun: false });
      if (res.error) throw new Error(`${file}: ${res.error}`);
    }
    strimzi = new StrimziStandIn(server);
    esHealth = new ElasticsearchHealthStandIn(server);

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
    esoTargetCount = secrets.length - outOfBandSecrets().length;
    const operatorReady = async (ns: string, kind: 'deployments' | 'statefulsets', name: string) =>
      ((await server.request('GET', `/apis/apps/v1/namespaces/${ns}/${kind}/${name}`)).body?.status?.readyReplicas ?? 0) >= 1;
    const c = cluster;
    await c.waitFor(`${envName}: every Flux layer Ready`, async () => {
      // Out-of-band Secrets, as an operator of the platform creates them once the namespace exists.
      for (const s of secrets.splice(0)) {
        const made = await server.request('POST', `/api/v1/namespaces/${s.namespace}/secrets`, {
          apiVersion: 'v1', kind: 'Secret', metadata: { name: s.name, namespace: s.namespace }, type: s.type, stringData: s.data,
        });
        if (made.status !== 201 && made.status !== 409) secrets.push(s);
      }
      // The operators run once Flux has rolled out their workloads.
      if (!started.includes('strimzi') && (await operatorReady('kafka', 'deployments', 'strimzi-cluster-operator'))) {
        strimzi!.start();
        started.push('strimzi');
      }
      if (!started.includes('prometheus-operator') && (await operatorReady('monitoring', 'deployments', 'prometheus-operator'))) {
        await startPrometheusOperator(server, rendered);
        started.push('prometheus-operator');
      }
      if (!started.includes('eck-operator') && (await operatorReady('elastic-system', 'statefulsets', 'elastic-operator'))) {
        await startEckOperator(server, rendered);
        esHealth!.start();
        started.push('eck-operator');
      }
      for (const [prefix, plural] of JUDGED_KINDS) {
        const res = await server.request('GET', `${prefix}/${plural}`);
        for (const o of (res.status === 200 ? res.body.items : []) as Captured[]) {
          const id = `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
          if (versions.get(id) === o.metadata.resourceVersion) continue;
          versions.set(id, o.metadata.resourceVersion!);
          captured.push({ name: `${id} #${captured.filter((x) => x.name.startsWith(`${id} #`)).length + 1}`, object: o });
        }
      }
      const layers = await Promise.all(LAYERS.map(async (l) => (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${l}`)).body));
      layers.forEach((l, i) => {
        if (ready(l) && !layerReady.has(LAYERS[i])) layerReady.set(LAYERS[i], (Date.now() - t0) / 1000);
      });
      for (const name of started) if (!operatorStarted.has(name)) operatorStarted.set(name, (Date.now() - t0) / 1000);
      return layers.every(ready) ? true : undefined;
    }, 600_000, ['kustomize-controller', 'kube-scheduler', 'eck-operator', 'prometheus-operator']).catch(async (error) => {
      const layers = await Promise.all(LAYERS.map(async (l) => (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${l}`)).body?.status?.conditions));
      throw new Error(`${error.message}\nlayers: ${JSON.stringify(layers)}\nstrimzi stand-in: ${strimzi?.lastError ?? 'no error'}\nElasticsearch health stand-in: ${esHealth?.lastError ?? 'no error'}`);
    });
    seconds = (Date.now() - t0) / 1000;
    const at = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
    console.log(`${envName}: empty cluster to every Flux layer Ready in ${seconds.toFixed(1)} s (${cluster.nodes.length} nodes, ${captured.length} states captured; Ready at: ${at(layerReady)}; operators started at: ${at(operatorStarted)})`);
  }, 900_000);

  afterAll(async () => {
    await strimzi?.stop();
    await esHealth?.stop();
    await source?.stop();
    await cluster?.stop();
  }, 60_000);

  it('applies every layer in order, each Ready at the source revision', async () => {
    const server = cluster!.server;
    for (const layer of LAYERS) {
      const k = (await server.request('GET', `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${FLUX_NAMESPACE}/kustomizations/${layer}`)).body;
      expect(ready(k), `${layer}: ${JSON.stringify(k?.status?.conditions)}`).toBe(true);
      expect(k.status.lastAppliedRevision).toBe(`main@sha1:${source!.commit}`);
    }
    expect(seconds).toBeGreaterThan(0);
  });

  it(`schedules every pod on the nodes ${envName} declares, none left pending`, async () => {
    const pods = await cluster!.pods();
    const nodes = new Map(cluster!.nodes.map((n) => [n.name, n.pool]));
    expect(pods.length).toBeGreaterThan(0);
    const unscheduled = pods.filter((p) => !p.spec.nodeName).map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
    expect(unscheduled).toEqual([]);
    const elsewhere = pods.filter((p) => !nodes.has(p.spec.nodeName)).map((p) => `${p.metadata.namespace}/${p.metadata.name} on ${p.spec.nodeName}`);
    expect(elsewhere).toEqual([]);
    const nodeObjects = (await cluster!.server.request('GET', '/api/v1/nodes')).body.items as any[];
    const pools = new Set(pods.map((p) => nodeObjects.find((n) => n.metadata.name === p.spec.nodeName)?.metadata.labels[POOL_LABEL]));
    expect([...pools].sort()).toEqual([...new Set(env.nodes.pools.map((p) => p.name))].sort());
  });

  it('says which objects were stood in for, the Elasticsearch health stand-in among them', () => {
    const kinds = new Map<string, number>();
    for (const w of strimzi!.wrote) kinds.set(w.split(' ')[0] + (w.endsWith('(status)') ? ' status' : ''), (kinds.get(w.split(' ')[0] + (w.endsWith('(status)') ? ' status' : '')) ?? 0) + 1);
    const list = [...kinds].map(([k, n]) => `${k} ×${n}`).sort();
    const elasticsearch = [...esHealth!.wrote].map(([id, n]) => `Elasticsearch ${id} status ×${n}`).sort();
    console.log(`${envName}: stood in for — Strimzi 1.2.0: ${list.join(', ')}; Elasticsearch health stand-in (ECK 3.5.0 pkg/controller/common/unmanaged.go, pkg/controller/elasticsearch/reconcile/state.go): ${elasticsearch.join(', ')}; External Secrets Operator stand-in: the target Secrets of ${esoTargetCount} ExternalSecrets; source-controller: GitRepository ${FLUX_NAMESPACE}/platform status and artifact; volume provisioner: ${cluster!.provisioned.length} PersistentVolumes; CRDs of OCIRepository and Bucket`);
    expect(list.some((k) => k.startsWith('Kafka status'))).toBe(true);
    expect(list.some((k) => k.startsWith('Pod '))).toBe(true);
    // Every Elasticsearch the environment renders was taken over once ECK had done all it could.
    expect([...esHealth!.wrote.keys()].sort()).toEqual(byName(rendered, 'Elasticsearch').map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`).sort());
    expect([...esHealth!.wrote.values()].every((n) => n >= 1)).toBe(true);
  });

  it.runIf(envName === 'dev')('takes a pod out of Ready and crash-loops it on demand, then makes it Ready again', async () => {
    const c = cluster!;
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
});

describe('the converge test', () => {
  it('leaves no process behind', async () => {
    const alive = startedProcesses().filter((c) => c.pid && isAlive(c.pid));
    expect(alive.map((c) => c.spawnfile)).toEqual([]);
    expect(harnessProcessesAlive()).toEqual([]);
  });
});
