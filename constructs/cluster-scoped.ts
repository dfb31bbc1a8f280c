import { ApiObject, JsonPatch } from 'cdk8s';

/** Kinds among the platform's objects that have no namespace. */
const CLUSTER_SCOPED = new Set(['ClusterIssuer', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'IngressClass']);

/**
 * Drops the namespace a namespaced chart gives every object from a cluster-scoped one (cdk8s
 * applies the chart's namespace regardless of kind; the API server would reject it on apply).
 */
export function clusterScoped<T extends ApiObject>(obj: T): T {
  if (CLUSTER_SCOPED.has(obj.kind)) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  return obj;
}
