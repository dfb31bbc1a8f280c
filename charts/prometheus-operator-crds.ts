import * as path from 'node:path';
import { VendoredInclude } from '../constructs/vendored-include';
import { Construct } from 'constructs';
import { PlatformChart } from './platform-chart';

/** The pinned upstream release file: CRDs, operator RBAC and Deployment (namespace `default`). */
export const PROMETHEUS_OPERATOR_BUNDLE = path.join(__dirname, '..', 'vendor', 'prometheus-operator', 'v0.93.0', 'bundle.yaml');

/**
 * The `monitoring.coreos.com` CRDs from the vendored bundle, in the first-applied layer. They exceed
 * the 262144-byte annotation limit of client-side apply; PlatformChart marks every CRD for server-side apply.
 */
export class PrometheusOperatorCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    const bundle = new VendoredInclude(this, 'Bundle', { file: PROMETHEUS_OPERATOR_BUNDLE });
    for (const obj of bundle.apiObjects) {
      if (obj.kind !== 'CustomResourceDefinition') bundle.node.tryRemoveChild(obj.node.id);
    }
  }
}
