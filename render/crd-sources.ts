/**
 * The vendored CustomResourceDefinitions the platform builds against. `npm run import` turns them into
 * `imports/`, and `tools/schemas.ts` into strict kubeconform schemas, so both always agree.
 *
 * ECK is listed with its full controller-gen CRDs (typed `podTemplate`); what the operator chart installs
 * is `vendor/eck/v3.5.0/all-crds.yaml`, whose `podTemplate` is free-form. Validating against the full CRD
 * is the stricter of the two.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ContentCache, SHARED_CACHE_DIR, keyOf, parseDocuments } from './cache';

export const REPO_ROOT = path.resolve(__dirname, '..');

export const CRD_SOURCE_FILES: readonly string[] = [
  ...[
    '040-Crd-kafka.yaml',
    '042-Crd-strimzipodset.yaml',
    '043-Crd-kafkatopic.yaml',
    '044-Crd-kafkauser.yaml',
    '045-Crd-kafkanodepool.yaml',
    '046-Crd-kafkabridge.yaml',
    '047-Crd-kafkaconnector.yaml',
    '041-Crd-kafkaconnect.yaml',
    '048-Crd-kafkamirrormaker2.yaml',
    '049-Crd-kafkarebalance.yaml',
  ].map((f) => `vendor/strimzi/1.2.0/install/cluster-operator/${f}`),
  'vendor/prometheus-operator/v0.93.0/bundle.yaml',
  'vendor/eck/v3.5.0/crds/elasticsearch.k8s.elastic.co_elasticsearches.yaml',
  'vendor/eck/v3.5.0/crds/kibana.k8s.elastic.co_kibanas.yaml',
  'vendor/external-secrets/v0.16.2/bundle.yaml',
  ...['acme.cert-manager.io_challenges', 'acme.cert-manager.io_orders', 'cert-manager.io_certificaterequests', 'cert-manager.io_certificates', 'cert-manager.io_clusterissuers', 'cert-manager.io_issuers']
    .map((crd) => `vendor/cert-manager/v1.21.2/crds/${crd}.yaml`),
  'vendor/argo-cd/v3.5.1/crds/application-crd.yaml',
  'vendor/argo-cd/v3.5.1/crds/applicationset-crd.yaml',
  'vendor/argo-cd/v3.5.1/crds/appproject-crd.yaml',
  'vendor/flux/crds/source.toolkit.fluxcd.io_gitrepositories.yaml',
  'vendor/flux/crds/kustomize.toolkit.fluxcd.io_kustomizations.yaml',
  ...['backends', 'defaults', 'frontends', 'globals', 'tcps', 'validationrules']
    .map((kind) => `vendor/haproxy-kubernetes-ingress/v3.2.11/crds/ingress.v3.haproxy.org_${kind}.yaml`),
];

/** The Kubernetes API version the generated `imports/k8s.ts` follows (the one cdk8s-plus-28 targets). */
export const K8S_IMPORT_VERSION = '1.28.0';
/** Kubernetes versions every rendered manifest is validated against. */
export const K8S_VALIDATION_VERSIONS: readonly string[] = ['1.32.0', '1.36.0'];

export interface CrdDocument {
  readonly metadata: { readonly name: string };
  readonly spec: {
    readonly group: string;
    readonly scope: 'Namespaced' | 'Cluster';
    readonly names: { readonly kind: string; readonly plural: string };
    readonly versions: ReadonlyArray<{
      readonly name: string;
      readonly served: boolean;
      readonly schema?: { readonly openAPIV3Schema: Record<string, unknown> };
    }>;
  };
}

/** Every CRD in the source files, in file order; throws on a duplicate CRD name. */
export function loadCrds(root = REPO_ROOT): CrdDocument[] {
  const seen = new Set<string>();
  const crds: CrdDocument[] = [];
  for (const file of CRD_SOURCE_FILES) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const document of parseDocuments(text)) {
      const obj = document as { kind?: string } | null;
      if (obj?.kind !== 'CustomResourceDefinition') continue;
      const crd = obj as unknown as CrdDocument;
      if (seen.has(crd.metadata.name)) throw new Error(`${file}: CRD ${crd.metadata.name} is listed twice`);
      seen.add(crd.metadata.name);
      crds.push(crd);
    }
  }
  return crds;
}

/** CRDs grouped by API group, groups sorted: `cdk8s import` writes one module per group. */
export function crdsByGroup(crds: readonly CrdDocument[]): Map<string, CrdDocument[]> {
  const groups = new Map<string, CrdDocument[]>();
  for (const crd of crds) {
    const list = groups.get(crd.spec.group) ?? [];
    list.push(crd);
    groups.set(crd.spec.group, list);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** sha256 over the given files' contents (plus any extra text), to key caches under `.cache/`. */
export function inputsDigest(files: readonly string[], extra = '', root = REPO_ROOT): string {
  const hash = createHash('sha256').update(extra);
  for (const file of files) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

export interface CrdKind {
  readonly group: string;
  readonly kind: string;
  readonly scope: 'Namespaced' | 'Cluster';
}

const kindsCache = new ContentCache(path.join(SHARED_CACHE_DIR, 'crd-kinds'), '.json');

/**
 * Group, kind and scope of every vendored CRD, kept in the shared cache by the files' contents: a
 * render needs only these few fields of megabytes of CRDs.
 */
export function crdKinds(root = REPO_ROOT): CrdKind[] {
  const key = keyOf('crdKinds', ...CRD_SOURCE_FILES.flatMap((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
  const known = kindsCache.get(key);
  if (known) return JSON.parse(known) as CrdKind[];
  const kinds = loadCrds(root).map((c) => ({ group: c.spec.group, kind: c.spec.names.kind, scope: c.spec.scope }));
  kindsCache.set(key, JSON.stringify(kinds));
  return kinds;
}
