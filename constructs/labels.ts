/**
 * The one label helper: `app.kubernetes.io/*` recommended labels for every object and pod template,
 * and the selector subset (without `version`, because selectors are immutable).
 */
export const PART_OF = 'observability-platform';
export const MANAGED_BY = 'cdk8s';

export const LABEL = {
  name: 'app.kubernetes.io/name',
  instance: 'app.kubernetes.io/instance',
  component: 'app.kubernetes.io/component',
  partOf: 'app.kubernetes.io/part-of',
  version: 'app.kubernetes.io/version',
  managedBy: 'app.kubernetes.io/managed-by',
} as const;

/**
 * Annotation on a Service whose pods an operator creates (so they are not rendered here), naming the
 * operator; the whole-tree invariants skip the rendered-pod check for such Services.
 */
export const OPERATOR_PODS_ANNOTATION = 'observability-platform/selects-operator-pods';

/**
 * Annotation on a workload whose program serves no metrics at all, carrying the documented reason; the
 * metrics-coverage test accepts such a workload without a monitor (its availability still comes from
 * kube-state-metrics).
 */
export const NO_METRICS_ENDPOINT_ANNOTATION = 'observability-platform/no-metrics-endpoint';

export interface WorkloadIdentity {
  /** The application, e.g. `fluent-bit`. */
  readonly name: string;
  /** This installation of it, unique within a namespace, e.g. `fluent-bit-forwarder`. @default name */
  readonly instance?: string;
  /** Its role in the platform, e.g. `log-forwarder`. */
  readonly component: string;
  /** The application version (image tag). @default no version label */
  readonly version?: string;
}

/** Labels shared by every object the platform renders (set on each chart). */
export function platformLabels(): Record<string, string> {
  return { [LABEL.partOf]: PART_OF, [LABEL.managedBy]: MANAGED_BY };
}

/** Labels for a workload's selector: stable for the workload's lifetime. */
export function selectorLabels(id: WorkloadIdentity): Record<string, string> {
  return {
    [LABEL.name]: id.name,
    [LABEL.instance]: id.instance ?? id.name,
    [LABEL.component]: id.component,
  };
}

/** Every recommended label: for object metadata and pod templates. */
export function recommendedLabels(id: WorkloadIdentity): Record<string, string> {
  return {
    ...selectorLabels(id),
    ...platformLabels(),
    ...(id.version ? { [LABEL.version]: id.version } : {}),
  };
}
