/**
 * Helpers for custom resources whose pods an operator creates (Prometheus, Alertmanager): their
 * generated types repeat Kubernetes' resource and security types under new names, so the shared
 * hardening helpers are adapted here rather than copied per resource.
 */
import { Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { resourceRequirements, sizeQuantity, type ResourceSpec } from './hardening';
import { LABEL, OPERATOR_PODS_ANNOTATION, PART_OF, recommendedLabels, type WorkloadIdentity } from './labels';

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

/**
 * Labels for a CR's `podMetadata`: the recommended labels the operator does not set itself (it
 * owns `name`, `instance` and `managed-by` on the pods it creates).
 */
export function operatorPodMetadata(identity: WorkloadIdentity): { labels: Record<string, string> } {
  return { labels: { [LABEL.component]: identity.component, [LABEL.partOf]: PART_OF, ...(identity.version ? { [LABEL.version]: identity.version } : {}) } };
}

/** A CR's `storage`: one ReadWriteOnce claim per replica (`quantity` is the CR's `fromString`). */
export function persistentStorage<Q>(storageClass: string, size: Size, quantity: (value: string) => Q) {
  return {
    volumeClaimTemplate: {
      spec: { storageClassName: storageClass, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: quantity(sizeQuantity(size)) } } },
    },
  };
}

export interface OperatorServiceProps {
  readonly name: string;
  /** Identity of the operator-managed cluster; the Service carries its recommended labels. */
  readonly identity: WorkloadIdentity;
  /** Labels the operator puts on the cluster's pods. */
  readonly podLabels: Record<string, string>;
  /** Named container ports the operator declares, with the Service port for each. */
  readonly ports: Readonly<Record<string, number>>;
}

/**
 * A Service for pods an operator creates, annotated so the whole-tree invariants know its pods are
 * not rendered here.
 */
export class OperatorService extends Construct {
  constructor(scope: Construct, id: string, props: OperatorServiceProps) {
    super(scope, id);
    new k8s.KubeService(this, 'Resource', {
      metadata: { name: props.name, labels: recommendedLabels(props.identity), annotations: { [OPERATOR_PODS_ANNOTATION]: 'prometheus-operator' } },
      spec: {
        selector: props.podLabels,
        ports: Object.entries(props.ports).map(([name, port]) => ({ name, port, targetPort: k8s.IntOrString.fromString(name) })),
      },
    });
  }
}
