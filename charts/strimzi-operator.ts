import { Construct } from 'constructs';
import { StrimziOperator } from '../constructs/strimzi-operator';
import { PlatformChart } from './platform-chart';

export interface StrimziOperatorChartProps {
  readonly namespace: string;
  readonly image: string;
}

/** The Strimzi cluster operator, watching its own namespace. */
export class StrimziOperatorChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: StrimziOperatorChartProps) {
    super(scope, id, { layer: 'operators', namespace: props.namespace });
    new StrimziOperator(this, 'Resource', props);
  }
}
