/**
 * Helpers for custom resources whose pods an operator creates (Prometheus, Alertmanager): their
 * generated types repeat Kubernetes' resource and security types under new names, so the shared
 * hardening helpers are adapted here rather than copied per resource.
 */
import { resourceRequirements, type ResourceSpec } from './hardening';

export interface OperatorResources<Q> {
  readonly requests: Record<string, Q>;
  readonly limits: Record<string, Q>;
}

/** `resourceRequirements` in a custom resource's quantity type (`quantity` is its `fromString`). */
export function operatorResources<Q>(field: string, spec: ResourceSpec, quantity: (value: string) => Q): OperatorResources<Q> {
  const r = resourceRequirements(field, spec);
  const convert = (values: Record<string, { value: string | number }> = {}) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, quantity(String(v.value))]));
  return { requests: convert(r.requests), limits: convert(r.limits) };
}

/**
 * Pod security context for operator-managed pods: the restricted profile (the operator already sets
 * the container-level half: no privilege escalation, read-only root, all capabilities dropped).
 * 1000/2000 are the ids the upstream images and kube-prometheus use.
 */
export const OPERATOR_POD_SECURITY = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 2000,
  fsGroup: 2000,
  seccompProfile: { type: 'RuntimeDefault' },
} as const;

/** The tag of a pinned image (`quay.io/prometheus/prometheus:v3.5.0` → `v3.5.0`), for a CR's `version`. */
export function imageTag(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1).split('@')[0];
  return last.includes(':') ? last.slice(last.indexOf(':') + 1) : '';
}
