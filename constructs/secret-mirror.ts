/**
 * Cross-namespace Secret copies through the Reflector controller (emberstack/kubernetes-reflector), a
 * cluster prerequisite: a source Secret carrying these annotations is copied, under the same name, into
 * each listed namespace and kept in sync. Operators that write Secrets in their own namespace (Strimzi's
 * User Operator, ECK) take the annotations through their Secret templates.
 */
const PREFIX = 'reflector.v1.k8s.emberstack.com';

/**
 * Annotations that make Reflector mirror the annotated Secret into `namespaces` (sorted, deduplicated).
 * None for an empty list: Reflector reads an empty namespace list as "every namespace".
 */
export function mirrorAnnotations(namespaces: readonly string[]): Record<string, string> {
  if (namespaces.length === 0) return {};
  const list = [...new Set(namespaces)].sort().join(',');
  return {
    [`${PREFIX}/reflection-allowed`]: 'true',
    [`${PREFIX}/reflection-allowed-namespaces`]: list,
    [`${PREFIX}/reflection-auto-enabled`]: 'true',
    [`${PREFIX}/reflection-auto-namespaces`]: list,
  };
}
