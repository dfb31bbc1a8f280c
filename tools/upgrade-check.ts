/**
 * The upgrade dry run of `npm run review`: does this revision of an environment apply on top of the
 * base revision's? On a real kube-apiserver (tools/apiserver.ts) the base revision's objects are
 * applied for real (CRDs first, then namespaces, then everything else, as tools/server-plan.ts plans),
 * then this revision's CRDs are applied (a refused CRD stays as it was) and every other object is
 * server-side applied with dryRun=All. The server's own validation decides: immutable fields
 * (a StatefulSet's selector, a Job's template, a PVC shrink), a CRD dropping a stored version, schema
 * and CEL rules. Nothing is modelled here.
 */
import type { KubeObject, RenderedObject } from '../render/manifests';
import type { Refusal } from '../render/review';
import type { ApiServer, ApplyResult } from './apiserver';
import { deliveryCrds, planEnvironment, storageClassNames } from './server-plan';

export interface UpgradeCheck {
  readonly refused: Refusal[];
  /** Base objects the server did not accept; the dry run compared this revision's with nothing for them. */
  readonly baseNotApplied: Refusal[];
}

const refusals = (results: readonly ApplyResult[]): Refusal[] =>
  results.filter((r) => r.error).map((r) => ({ object: `${r.kind} ${r.namespace ?? '-'}/${r.name}`, message: r.error! }));

/** Kinds (`group/Kind`) the objects use: their CRDs must be Established before they are applied. */
const kindsUsed = (objects: readonly RenderedObject[]) => new Set(objects.map((r) => `${r.object.apiVersion.split('/')[0]}/${r.object.kind}`));
const crdKind = (crd: RenderedObject) => {
  const spec = crd.object.spec as { group: string; names: { kind: string } };
  return `${spec.group}/${spec.names.kind}`;
};

/**
 * The clusters' StorageClasses, which the platform names but does not render, as ones that allow
 * expansion: the PersistentVolumeClaimResize admission plugin refuses to grow a claim whose class is
 * missing or does not allow it (plugin/pkg/admission/storage/persistentvolume/resize/admission.go,
 * Kubernetes 1.36.3). A cluster whose class does not allow expansion refuses a grow this check passes.
 */
function storageClasses(objects: readonly RenderedObject[]): RenderedObject[] {
  return storageClassNames(objects).map((name) => ({
    file: '(cluster StorageClass)',
    object: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'kubernetes.io/no-provisioner', allowVolumeExpansion: true } as KubeObject,
  }));
}

/**
 * PVCs as a cluster holds them: bound at the size they asked for. Without a volume controller they
 * would stay Pending, and the server judges an unbound claim's resize differently
 * (ValidatePersistentVolumeClaimUpdate, pkg/apis/core/validation/validation.go).
 */
async function bindClaims(server: ApiServer, claims: readonly RenderedObject[]): Promise<Refusal[]> {
  const failed: Refusal[] = [];
  for (const { object } of claims) {
    const spec = object.spec as { accessModes?: string[]; resources?: { requests?: { storage?: string } } };
    const status = { phase: 'Bound', accessModes: spec.accessModes ?? ['ReadWriteOnce'], capacity: { storage: spec.resources?.requests?.storage } };
    const res = await server.request('PATCH', `${server.pathOf(object)}/status`, { status }, 'application/merge-patch+json');
    if (res.status !== 200) failed.push({ object: `PersistentVolumeClaim ${object.metadata.namespace}/${object.metadata.name}`, message: `could not mark it bound: ${res.body?.message ?? res.status}` });
  }
  return failed;
}

/**
 * Applies `before` for real on `server`, then this revision's objects as a dry run. The server may
 * already hold an earlier check of the same base (the tests reuse one server): applying the base
 * again with the same field manager puts every object back into the base state.
 */
export async function upgradeCheck(server: ApiServer, before: readonly RenderedObject[], after: readonly RenderedObject[]): Promise<UpgradeCheck> {
  const base = planEnvironment(before);
  const next = planEnvironment(after);
  const used = new Set([...kindsUsed(before), ...kindsUsed(after)]);
  // The delivery controllers' CRDs are vendored, not rendered: the bootstrap objects need them.
  const crds = [...base.crds, ...deliveryCrds()];
  const baseNotApplied: Refusal[] = [];
  // Creating a CRD records its storage version in status.storedVersions, which is what a removed
  // version is checked against; waiting until it is Established is needed only for kinds in use.
  await server.discover();
  baseNotApplied.push(...refusals(await server.applyAll(crds.filter((c) => !used.has(crdKind(c))), { dryRun: false })));
  baseNotApplied.push(...refusals(await server.installCrds(crds.filter((c) => used.has(crdKind(c))))));
  baseNotApplied.push(...refusals(await server.applyAll(storageClasses([...before, ...after]), { dryRun: false })));
  baseNotApplied.push(...refusals(await server.applyAll(base.namespaces, { dryRun: false })));
  baseNotApplied.push(...refusals(await server.applyAll(base.objects, { dryRun: false })));
  baseNotApplied.push(...(await bindClaims(server, base.objects.filter((r) => r.object.kind === 'PersistentVolumeClaim'))));

  // This revision's CRDs for real, as the first sync wave would: its custom resources are then checked
  // against the new schemas. A refused CRD leaves the base one in place.
  const crdResults = await server.applyAll(next.crds, { dryRun: false });
  const refused = refusals(crdResults);
  const accepted = next.crds.filter((_, i) => !crdResults[i].error && used.has(crdKind(next.crds[i])));
  if (accepted.length > 0) await server.installCrds(accepted);
  // For real: the namespaces this revision adds must exist for its namespaced objects' dry run.
  refused.push(...refusals(await server.applyAll(next.namespaces, { dryRun: false })));
  refused.push(...refusals(await server.applyAll(next.objects, { dryRun: true })));
  return { refused, baseNotApplied };
}
