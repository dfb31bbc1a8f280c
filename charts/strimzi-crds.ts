import { Construct } from 'constructs';
import { StrimziCrds } from '../constructs/strimzi-crds';
import { PlatformChart } from './platform-chart';

/** Strimzi CRDs: applied with the namespaces, before the operator. */
export class StrimziCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new StrimziCrds(this, 'Resource');
  }
}
