import * as path from 'node:path';
import { Include } from 'cdk8s';
import { Construct } from 'constructs';
import { PlatformChart } from './platform-chart';

/** The pinned upstream release file: CRDs, operator RBAC and Deployment (namespace `default`). */
export const PROMETHEUS_OPERATOR_BUNDLE = path.join(__dirname, '..', 'vendor', 'prometheus-operator', 'v0.93.0', 'bundle.yaml');

/** Argo CD sync option for objects too large for client-side apply's last-applied annotation. */
export const SERVER_SIDE_APPLY = { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' } as const;

/**
 * The `monitoring.coreos.com` CRDs from the vendored bundle, in the first-applied layer. They exceed
 * the 262144-byte annotation limit of client-side apply, so each is marked for server-side apply.
 */
export class PrometheusOperatorCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    const bundle = new Include(this, 'Bundle', { url: PROMETHEUS_OPERATOR_BUNDLE });
    for (const obj of bundle.apiObjects) {
      if (obj.kind !== 'CustomResourceDefinition') bundle.node.tryRemoveChild(obj.node.id);
      else for (const [k, v] of Object.entries(SERVER_SIDE_APPLY)) obj.metadata.addAnnotation(k, v);
    }
  }
}
