import { Construct } from 'constructs';
import { HaproxyIngressCrds } from '../constructs/haproxy-ingress-crds';
import { PlatformChart } from './platform-chart';

/** HAProxy ingress controller CRDs: applied with the namespaces, before the controller. */
export class HaproxyIngressCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new HaproxyIngressCrds(this, 'Resource');
  }
}
