import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import { ServiceMonitor } from '../constructs/monitors';
import { NodeExporter, type NodeExporterProps } from '../constructs/node-exporter';
import { PlatformChart } from './platform-chart';

export interface NodeExporterChartProps extends NodeExporterProps {
  /** The privileged per-node agents namespace: node-exporter needs the host's /proc, /sys and network. */
  readonly namespace: string;
}

/**
 * node-exporter and its monitor. Its pods use the host network, which NetworkPolicies do not
 * govern, so it has none; port 9100 is reachable on every node's address.
 */
export class NodeExporterChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NodeExporterChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const { namespace: _namespace, ...exporterProps } = props;
    const exporter = underField('nodeExporter', () => new NodeExporter(this, 'NodeExporter', exporterProps));
    new ServiceMonitor(this, 'Monitor', {
      name: 'node-exporter',
      selector: exporter.serviceLabels,
      endpoints: [{ port: 'metrics' }],
    });
  }
}
