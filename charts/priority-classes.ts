import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { PlatformChart } from './platform-chart';

/**
 * PriorityClass for the data path: pods whose eviction loses or delays data (log forwarders and
 * aggregators; later the metrics path). One value for all of them, above every default workload.
 */
export const DATA_PATH_PRIORITY_CLASS = 'platform-data-path';

export class PriorityClassesChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new k8s.KubePriorityClass(this, 'DataPath', {
      metadata: { name: DATA_PATH_PRIORITY_CLASS },
      value: 1000000,
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
      description: 'Observability data path (log forwarders and aggregators): evicting these pods delays or loses telemetry.',
    });
  }
}
