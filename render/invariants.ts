/**
 * Whole-tree invariants over every object of every environment. `npm run synth` refuses to replace
 * manifests/ when any fails, and `test/invariants.test.ts` runs them over the committed tree.
 * Each check returns human-readable problems: `<env>/<file>: <what is wrong>`.
 */
import { ARGOCD_NAMESPACE, FLUX_NAMESPACE } from '../charts/delivery';
import { POD_SECURITY_EXCEPTION_ANNOTATION } from '../charts/namespaces';
import { isPinnedImage } from '../constructs/hardening';
import { isDnsLabel, isDnsSubdomain } from '../constructs/config-error';
import { LABEL, OPERATOR_PODS_ANNOTATION } from '../constructs/labels';
import { crdKinds } from './crd-sources';
import { allowedAt, evaluatePod, type Level } from './pod-security';
import { fileNameFor, type KubeObject, type ManifestTree, type RenderedObject } from './manifests';

/** Core kinds that are cluster-scoped; every other core kind is namespaced. CRD kinds follow their CRD. */
const CLUSTER_SCOPED_CORE_KINDS = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'StorageClass', 'PriorityClass', 'IngressClass', 'RuntimeClass', 'CSIDriver', 'APIService',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
]);

/** Kinds whose name must be a DNS label rather than a subdomain. */
const DNS_LABEL_KINDS = new Set(['Namespace', 'Service']);
/** RBAC kinds, whose names need only be valid path segments (upstream uses `system:`-style names). */
const PATH_SEGMENT_KINDS = new Set(['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding']);

function validName(kind: string, name: string): boolean {
  if (DNS_LABEL_KINDS.has(kind)) return isDnsLabel(name);
  if (PATH_SEGMENT_KINDS.has(kind)) return name.length > 0 && !/[/%]/.test(name) && name !== '.' && name !== '..';
  return isDnsSubdomain(name);
}

export { OPERATOR_PODS_ANNOTATION };

let crdScopes: Map<string, 'Namespaced' | 'Cluster'> | undefined;
function crdScope(object: KubeObject): 'Namespaced' | 'Cluster' | undefined {
  crdScopes ??= new Map(crdKinds().map((c) => [`${c.group}/${c.kind}`, c.scope]));
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  return crdScopes.get(`${group}/${object.kind}`);
}

export function isClusterScoped(object: KubeObject): boolean {
  const scope = crdScope(object);
  if (scope) return scope === 'Cluster';
  return CLUSTER_SCOPED_CORE_KINDS.has(object.kind);
}

export interface PodTemplate {
  readonly metadata?: { readonly labels?: Record<string, string> };
  readonly spec: {
    readonly containers: Container[];
    readonly initContainers?: Container[];
    readonly securityContext?: Record<string, unknown>;
    readonly hostNetwork?: boolean;
    readonly hostPID?: boolean;
    readonly volumes?: Array<Record<string, unknown>>;
  };
}

export interface Container {
  readonly name: string;
  readonly image: string;
  readonly ports?: Array<{ name?: string; containerPort: number }>;
  readonly resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  readonly securityContext?: Record<string, unknown> & { capabilities?: { drop?: string[] } };
}

/** The pod template of a workload object, or undefined for other kinds. */
export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  const spec = object.spec as Record<string, any> | undefined;
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return spec?.template;
    case 'CronJob':
      return spec?.jobTemplate?.spec?.template;
    case 'Pod':
      return object as unknown as PodTemplate;
    default:
      return undefined;
  }
}

type Check = (env: string, objects: readonly RenderedObject[]) => string[];

const at = (env: string, r: RenderedObject, message: string) => `${env}/${r.file}: ${message}`;

/** The file name follows `<chart>/<Kind>.<name>.yaml`. */
const fileNames: Check = (env, objects) =>
  objects.flatMap((r) => {
    const chart = r.file.split('/')[0];
    return r.file === fileNameFor(chart, r.object) ? [] : [at(env, r, `file name must be ${fileNameFor(chart, r.object)}`)];
  });

const names: Check = (env, objects) =>
  objects.flatMap((r) => {
    const { kind, metadata } = r.object;
    if (!r.object.apiVersion || !kind || !metadata?.name) return [at(env, r, 'apiVersion, kind and metadata.name are required')];
    return validName(kind, metadata.name) ? [] : [at(env, r, `name "${metadata.name}" is not a valid ${kind} name`)];
  });

const unique: Check = (env, objects) => {
  const seen = new Map<string, string>();
  return objects.flatMap((r) => {
    const key = `${r.object.apiVersion.split('/')[0]}/${r.object.kind}/${r.object.metadata.namespace ?? ''}/${r.object.metadata.name}`;
    const first = seen.get(key);
    seen.set(key, r.file);
    return first ? [at(env, r, `duplicates ${first}`)] : [];
  });
};

const platformLabels: Check = (env, objects) =>
  objects.flatMap((r) =>
    [LABEL.partOf, LABEL.managedBy]
      .filter((l) => !r.object.metadata.labels?.[l])
      .map((l) => at(env, r, `missing label ${l}`)),
  );

/** Namespaces created by the delivery tools' own installs, where the bootstrap objects live. */
export const EXTERNAL_NAMESPACES: readonly string[] = [ARGOCD_NAMESPACE, FLUX_NAMESPACE];

const namespaces: Check = (env, objects) => {
  const rendered = new Set([...EXTERNAL_NAMESPACES, ...objects.filter((r) => r.object.kind === 'Namespace').map((r) => r.object.metadata.name)]);
  return objects.flatMap((r) => {
    const ns = r.object.metadata.namespace;
    if (isClusterScoped(r.object)) return ns ? [at(env, r, `cluster-scoped ${r.object.kind} must not set a namespace`)] : [];
    if (!ns) return [at(env, r, `namespaced ${r.object.kind} has no metadata.namespace`)];
    return rendered.has(ns) ? [] : [at(env, r, `namespace "${ns}" is not rendered in ${env}`)];
  });
};

/** Every string field named `image`, anywhere in any object, is pinned. */
const pinnedImages: Check = (env, objects) =>
  objects.flatMap((r) => {
    const problems: string[] = [];
    const walk = (node: unknown, pathSoFar: string): void => {
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${pathSoFar}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'image' && typeof v === 'string' && !isPinnedImage(v)) problems.push(at(env, r, `${pathSoFar}.${k} "${v}" is not pinned to a tag or digest`));
          walk(v, `${pathSoFar}.${k}`);
        }
      }
    };
    walk(r.object, '');
    return problems;
  });

function namespaceLevels(objects: readonly RenderedObject[]): Map<string, string> {
  return new Map(
    objects
      .filter((r) => r.object.kind === 'Namespace')
      .map((r) => [r.object.metadata.name, r.object.metadata.labels?.['pod-security.kubernetes.io/enforce'] ?? 'privileged']),
  );
}

/** Resources on every container, and a read-only root filesystem (house rule) in restricted namespaces. */
const containers: Check = (env, objects) => {
  const levels = namespaceLevels(objects);
  return objects.flatMap((r) => {
    const pod = podTemplateOf(r.object);
    if (!pod) return [];
    const restricted = levels.get(r.object.metadata.namespace ?? '') === 'restricted';
    const problems: string[] = [];
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      const where = `container "${c.name}"`;
      const req = c.resources?.requests ?? {};
      if (!req.cpu || !req.memory) problems.push(at(env, r, `${where} must request cpu and memory`));
      if (!c.resources?.limits?.memory) problems.push(at(env, r, `${where} must set a memory limit`));
      if (restricted && c.securityContext?.readOnlyRootFilesystem !== true) problems.push(at(env, r, `${where} must have a read-only root filesystem`));
    }
    return problems;
  });
};

/** Every pod template runs at the Pod Security level its namespace enforces (evaluated as the API server would). */
const podSecurity: Check = (env, objects) => {
  const levels = namespaceLevels(objects);
  return objects.flatMap((r) => {
    const pod = podTemplateOf(r.object);
    if (!pod) return [];
    const enforced = (levels.get(r.object.metadata.namespace ?? '') ?? 'privileged') as Level;
    const evaluation = evaluatePod(pod);
    if (allowedAt(evaluation.level, enforced)) return [];
    const reasons = enforced === 'restricted' ? [...evaluation.baselineViolations, ...evaluation.restrictedViolations] : evaluation.baselineViolations;
    return [at(env, r, `needs Pod Security "${evaluation.level}" but namespace "${r.object.metadata.namespace}" enforces "${enforced}": ${reasons.join('; ')}`)];
  });
};

/** Workload selectors select their own pod template, which carries the recommended labels. */
const workloadSelectors: Check = (env, objects) =>
  objects.flatMap((r) => {
    const pod = podTemplateOf(r.object);
    if (!pod || r.object.kind === 'Pod') return [];
    const labels = pod.metadata?.labels ?? {};
    const problems = [LABEL.name, LABEL.instance, LABEL.component, LABEL.partOf, LABEL.managedBy]
      .filter((l) => !labels[l])
      .map((l) => at(env, r, `pod template is missing label ${l}`));
    if (['Job', 'CronJob'].includes(r.object.kind)) return problems;
    const selector = ((r.object.spec as any)?.selector?.matchLabels ?? {}) as Record<string, string>;
    if (Object.keys(selector).length === 0) problems.push(at(env, r, 'spec.selector.matchLabels must not be empty'));
    if (selector[LABEL.version]) problems.push(at(env, r, `selector must not use ${LABEL.version} (selectors are immutable)`));
    for (const [k, v] of Object.entries(selector)) {
      if (labels[k] !== v) problems.push(at(env, r, `selector ${k}=${v} does not match the pod template`));
    }
    return problems;
  });

/** Services select at least one rendered pod template in their namespace, on ports those pods declare. */
const services: Check = (env, objects) => {
  const pods = objects.flatMap((r) => {
    const pod = podTemplateOf(r.object);
    return pod ? [{ namespace: r.object.metadata.namespace, pod }] : [];
  });
  return objects.flatMap((r) => {
    if (r.object.kind !== 'Service') return [];
    const spec = r.object.spec as { selector?: Record<string, string>; ports?: Array<{ name?: string; port: number; targetPort?: string | number }> };
    if (!spec.selector || r.object.metadata.annotations?.[OPERATOR_PODS_ANNOTATION]) return [];
    const matches = pods.filter(
      (p) => p.namespace === r.object.metadata.namespace && Object.entries(spec.selector!).every(([k, v]) => p.pod.metadata?.labels?.[k] === v),
    );
    if (matches.length === 0) return [at(env, r, 'selector matches no rendered pod template in its namespace')];
    return (spec.ports ?? []).flatMap((port) => {
      const target = port.targetPort ?? port.port;
      const found = matches.some((m) =>
        m.pod.spec.containers.some((c) => (c.ports ?? []).some((p) => (typeof target === 'string' ? p.name === target : p.containerPort === target))),
      );
      return found ? [] : [at(env, r, `port ${port.name ?? port.port} targets ${target}, which no selected container declares`)];
    });
  });
};

/** No secret material in git: Secrets are created out of band and referenced by name. */
const noSecretData: Check = (env, objects) =>
  objects.flatMap((r) => {
    if (r.object.kind !== 'Secret') return [];
    const keys = [...Object.keys((r.object.data as object) ?? {}), ...Object.keys((r.object.stringData as object) ?? {})];
    return keys.length > 0 ? [at(env, r, `Secret carries data (${keys.join(', ')}); create it out of band and reference it by name`)] : [];
  });

/** Every namespace declares its Pod Security level; any level below restricted names its reason. */
const namespaceLabels: Check = (env, objects) =>
  objects.flatMap((r) => {
    if (r.object.kind !== 'Namespace') return [];
    const labels = r.object.metadata.labels ?? {};
    const problems = ['enforce', 'warn', 'audit']
      .filter((mode) => !labels[`pod-security.kubernetes.io/${mode}`])
      .map((mode) => at(env, r, `missing label pod-security.kubernetes.io/${mode}`));
    if (labels['pod-security.kubernetes.io/enforce'] !== 'restricted' && !r.object.metadata.annotations?.[POD_SECURITY_EXCEPTION_ANNOTATION]) {
      problems.push(at(env, r, `runs below restricted without a documented reason (annotation ${POD_SECURITY_EXCEPTION_ANNOTATION})`));
    }
    return problems;
  });

/** Replicated workloads survive node drains: a PodDisruptionBudget selects the pods of each one. */
const disruptionBudgets: Check = (env, objects) => {
  const budgets = objects.filter((r) => r.object.kind === 'PodDisruptionBudget').map((r) => r.object);
  return objects.flatMap((r) => {
    const spec = r.object.spec as { replicas?: number } | undefined;
    if (!['Deployment', 'StatefulSet'].includes(r.object.kind) || (spec?.replicas ?? 1) < 2) return [];
    const labels = podTemplateOf(r.object)?.metadata?.labels ?? {};
    const covered = budgets.some((b) => b.metadata.namespace === r.object.metadata.namespace &&
      Object.entries(((b.spec as any)?.selector?.matchLabels ?? {}) as Record<string, string>).every(([k, v]) => labels[k] === v));
    return covered ? [] : [at(env, r, `${spec?.replicas} replicas but no PodDisruptionBudget selects its pods`)];
  });
};

export const CHECKS: Readonly<Record<string, Check>> = {
  fileNames,
  names,
  unique,
  platformLabels,
  namespaces,
  pinnedImages,
  containers,
  podSecurity,
  namespaceLabels,
  noSecretData,
  disruptionBudgets,
  workloadSelectors,
  services,
};

/** Every problem in the tree, across every check. */
export function checkInvariants(tree: ManifestTree): string[] {
  const problems: string[] = [];
  for (const [env, objects] of tree) {
    for (const check of Object.values(CHECKS)) problems.push(...check(env, objects));
  }
  return problems;
}
