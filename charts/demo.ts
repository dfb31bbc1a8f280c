import { Construct } from 'constructs';
import { DemoWorkloads, type DemoWorkloadsProps } from '../constructs/demo-workloads';
import { PlatformChart } from './platform-chart';

/** Demo traffic (dev only), in its own restricted namespace. */
export class DemoChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: DemoWorkloadsProps & { readonly namespace: string }) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const { namespace: _ns, ...demo } = props;
    new DemoWorkloads(this, 'Demo', demo);
  }
}
