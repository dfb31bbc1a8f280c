import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { platformLabels } from '../constructs/labels';

export interface PlatformChartProps {
  /** Namespace for the chart's namespaced objects. @default none (cluster-scoped objects only) */
  readonly namespace?: string;
}

/**
 * Base for every chart: platform labels on every object, no generated name hashes (names are a
 * contract; see STYLE.md "stable identity"). The chart id is the folder under `manifests/<env>/`.
 */
export class PlatformChart extends Chart {
  constructor(scope: Construct, id: string, props: PlatformChartProps = {}) {
    super(scope, id, { namespace: props.namespace, labels: platformLabels(), disableResourceNameHashes: true });
  }
}
