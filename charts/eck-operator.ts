import { Construct } from 'constructs';
import { EckOperator } from '../constructs/eck-operator';
import type { ResourceSpec } from '../constructs/hardening';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

export interface EckOperatorChartProps {
  readonly image: string;
  readonly resources: ResourceSpec;
  /** Expose node zone labels to Elasticsearch pods (needed by zone awareness). */
  readonly zoneAwareness: boolean;
}

/** Operators layer: the ECK operator in `elastic-system`, managing `elastic`. */
export class EckOperatorChart extends PlatformChart {
  readonly operator: EckOperator;

  constructor(scope: Construct, id: string, props: EckOperatorChartProps) {
    super(scope, id, { layer: 'operators', namespace: PLATFORM_NAMESPACES['elastic-system'].name });
    this.operator = new EckOperator(this, 'Operator', {
      image: props.image,
      resources: props.resources,
      managedNamespaces: [PLATFORM_NAMESPACES.elastic.name],
      exposedNodeLabels: props.zoneAwareness ? ['topology.kubernetes.io/.*'] : [],
    });
  }
}
