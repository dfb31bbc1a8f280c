/**
 * Every rendered object of every environment against a real kube-apiserver of each supported Kubernetes
 * version: CRDs applied for real and Established, namespaces created, then every other object
 * server-side applied with dryRun=All and fieldValidation=Strict. This runs what kubeconform cannot:
 * CEL rules of the CRDs, defaulting, list-map key uniqueness, admission (Pod Security warnings,
 * namespace lifecycle) and strict decoding as the server does it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { ApiServer, API_SERVERS, type ApplyResult, harnessProcessesAlive, isAlive, startedProcesses } from '../tools/apiserver';
import { acceptedWarnings, deliveryCrds, matchesWarning, planEnvironment } from '../tools/server-plan';
import { committedManifests } from './support/fixtures';

const tree = committedManifests();
const envs = [...tree.keys()];
const versions = K8S_VALIDATION_VERSIONS.map((v) => v.split('.').slice(0, 2).join('.'));
const accepted = acceptedWarnings();
const usedWarnings = new Set<number>();

/** Every environment's CRDs and the delivery controllers' ones, once each; they must agree. */
function loadAllCrds(): RenderedObject[] {
  const byName = new Map<string, RenderedObject>();
  for (const [env, rendered] of tree) {
    for (const crd of planEnvironment(rendered).crds) {
      const known = byName.get(crd.object.metadata.name);
      if (known && JSON.stringify(known.object) !== JSON.stringify(crd.object)) {
        throw new Error(`${env}: ${crd.file} differs from the same CRD in another environment; one server cannot hold both`);
      }
      byName.set(crd.object.metadata.name, { file: `${env}/${crd.file}`, object: crd.object });
    }
  }
  for (const crd of deliveryCrds()) byName.set(crd.object.metadata.name, crd);
  return [...byName.values()];
}
const crds = loadAllCrds();

/**
 * CRDs whose kinds some environment's objects use are installed for real; the others are only checked
 * by a server-side dry run. Establishing a CRD makes the server compile and publish its schema, which
 * for the large unused ones (ThanosRuler, KafkaMirrorMaker2, ECK's Agent, ...) costs most of the
 * harness's time and checks nothing the dry run does not.
 */
function splitCrds(crds: readonly RenderedObject[]): { used: RenderedObject[]; unused: RenderedObject[] } {
  const kinds = new Set([...tree.values()].flatMap((objects) => objects.map((r) => `${r.object.apiVersion.split('/')[0]}/${r.object.kind}`)));
  const isUsed = ({ object }: RenderedObject) => {
    const spec = object.spec as { group: string; names: { kind: string } };
    return kinds.has(`${spec.group}/${spec.names.kind}`);
  };
  return { used: crds.filter(isUsed), unused: crds.filter((c) => !isUsed(c)) };
}

const where = (r: ApplyResult) => `${r.file} ${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
const rejections = (results: readonly ApplyResult[]) => results.filter((r) => r.error).map((r) => `${where(r)}: ${r.error}`);
function unlistedWarnings(results: readonly ApplyResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const warning of r.warnings) {
      const i = accepted.findIndex((entry) => matchesWarning(entry, r.kind, r.name, warning));
      if (i >= 0) usedWarnings.add(i);
      else out.push(`${where(r)}: ${warning}`);
    }
  }
  return out;
}

const clone = <T>(o: T): T => JSON.parse(JSON.stringify(o)) as T;
const find = (env: string, kind: string, name: string): KubeObject => {
  const found = tree.get(env)!.find((r) => r.object.kind === kind && r.object.metadata.name === name);
  if (!found) throw new Error(`${env} renders no ${kind} ${name}`);
  return clone(found.object);
};

/** One broken object per kind of error the server catches, with the text its message must contain. */
function brokenObjects(): Array<{ label: string; object: KubeObject; message: RegExp }> {
  const user = find('prod', 'KafkaUser', 'log-aggregator') as KubeObject & { spec: { authentication: Record<string, unknown> } };
  user.spec.authentication = { ...user.spec.authentication, type: 'scram-sha-512', validityDays: 30 };

  const service = find('prod', 'Service', tree.get('prod')!.find((r) => r.object.kind === 'Service')!.object.metadata.name) as KubeObject & {
    spec: { ports: Array<Record<string, unknown>> };
  };
  service.spec.ports.push({ ...service.spec.ports[0], name: 'duplicate' });

  const configMap = clone(tree.get('prod')!.find((r) => r.object.kind === 'ConfigMap')!.object) as KubeObject & Record<string, unknown>;
  configMap.datum = { a: 'b' };

  const elsewhere = clone(tree.get('prod')!.find((r) => r.object.kind === 'ConfigMap')!.object);
  (elsewhere.metadata as { namespace: string }).namespace = 'not-rendered-anywhere';

  const badLabel = clone(tree.get('prod')!.find((r) => r.object.kind === 'ConfigMap')!.object);
  (badLabel.metadata as { labels: Record<string, string> }).labels = { 'not a/valid/key': 'x' };

  return [
    { label: 'a CEL rule of a CRD (x-kubernetes-validations)', object: user, message: /'validityDays' and 'renewalDays' can be configured only with 'type: tls'/ },
    { label: 'a duplicate key in a list-map (Service ports keyed by port and protocol)', object: service, message: /duplicate entries for key/ },
    { label: 'an unknown field under strict field validation', object: configMap, message: /\.datum: field not declared in schema/ },
    { label: 'a namespace that does not exist', object: elsewhere, message: /namespaces "not-rendered-anywhere" not found/ },
    { label: 'an invalid label key', object: badLabel, message: /Invalid value: "not a\/valid\/key"/ },
  ];
}

describe('API servers', () => {
  it('every Kubernetes version the manifests are validated against has a pinned API server', () => {
    expect(versions.filter((v) => !API_SERVERS[v])).toEqual([]);
  });
});

describe.each(versions)('the real API server of Kubernetes %s', (version) => {
  let server: ApiServer | undefined;
  let crdResults: ApplyResult[] = [];

  beforeAll(async () => {
    server = await ApiServer.start(version);
    const { used, unused } = splitCrds(crds);
    crdResults = [...(await server.installCrds(used)), ...(await server.applyAll(unused, { dryRun: true }))];
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('serves the pinned version', async () => {
    const res = await server!.request('GET', '/version');
    expect(`${res.body.major}.${res.body.minor}`).toBe(version);
  });

  it('accepts every CRD (rendered, and the delivery controllers\' vendored ones) and establishes those in use', () => {
    expect(crdResults.length).toBe(crds.length);
    expect(rejections(crdResults)).toEqual([]);
    expect(unlistedWarnings(crdResults)).toEqual([]);
  });

  it.each(envs)('%s: every object passes a server-side dry run with strict field validation, with no unlisted warning', async (env) => {
    const plan = planEnvironment(tree.get(env)!);
    const namespaces = await server!.applyAll(plan.namespaces, { dryRun: false });
    expect(rejections(namespaces)).toEqual([]);
    const results = await server!.applyAll(plan.objects, { dryRun: true });
    expect(results).toHaveLength(plan.objects.length);
    expect(rejections(results)).toEqual([]);
    expect([...unlistedWarnings(namespaces), ...unlistedWarnings(results)]).toEqual([]);
  });

  it.each(brokenObjects().map((b) => [b.label, b] as const))('fails on %s, with the server\'s message', async (_label, broken) => {
    await server!.applyAll(planEnvironment(tree.get('prod')!).namespaces, { dryRun: false });
    const result = await server!.apply('(broken)', broken.object, { dryRun: true });
    expect(result.error, `${broken.object.kind} ${broken.object.metadata.name} was accepted`).toMatch(broken.message);
  });
});

describe('after the API-server runs', () => {
  it('every accepted warning still matches a warning (no stale entry)', () => {
    expect(accepted.filter((_, i) => !usedWarnings.has(i)).map((w) => `${w.kind} ${w.name}: ${w.warning}`)).toEqual([]);
  });

  it('no process the harness started survives', () => {
    expect(startedProcesses().length).toBeGreaterThanOrEqual(2 * versions.length);
    expect(startedProcesses().filter((p) => p.pid && isAlive(p.pid)).map((p) => p.spawnfile)).toEqual([]);
    expect(harnessProcessesAlive()).toEqual([]);
  });
});
