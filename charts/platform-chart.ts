import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { platformLabels } from '../constructs/labels';

/**
 * Apply order, first to last: CRDs and namespaces, then operators, then the resources they manage
 * and plain workloads, then jobs and dashboards. Argo CD sync waves and Flux Kustomization
 * `dependsOn` chains are derived from it; a chart holds objects of exactly one layer.
 */
export const LAYERS = ['foundation', 'operators', 'platform', 'jobs'] as const;
export type Layer = (typeof LAYERS)[number];

export interface PlatformChartProps {
  readonly layer: Layer;
  /** Namespace for the chart's namespaced objects. @default none (cluster-scoped objects only) */
  readonly namespace?: string;
}

/**
 * Base for every chart: platform labels on every object, no generated name hashes (names are a
 * contract; see STYLE.md "stable identity"). The chart id is the folder under `manifests/<env>/`.
 */
export class PlatformChart extends Chart {
  readonly layer: Layer;

  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    super(scope, id, { namespace: props.namespace, labels: platformLabels(), disableResourceNameHashes: true });
    this.layer = props.layer;
  }
}
