import * as path from 'node:path';

/**
 * The HAProxy Kubernetes Ingress Controller release whose install files are vendored, unmodified,
 * under `vendor/haproxy-kubernetes-ingress/<version>/` (see vendor/SOURCES.md).
 */
export const HAPROXY_INGRESS_VERSION = '3.2.11';

const RELEASE_DIR = path.join(__dirname, '..', 'vendor', 'haproxy-kubernetes-ingress', `v${HAPROXY_INGRESS_VERSION}`);

/** The plain install (`deploy/haproxy-ingress.yaml`): namespace, RBAC, ConfigMap, Deployment, NodePort Service. */
export const HAPROXY_INGRESS_INSTALL = path.join(RELEASE_DIR, 'haproxy-ingress.yaml');

/** The `ingress.v3.haproxy.org` CRDs (`crs/definition/`), read by the controller's RBAC and informers. */
export const HAPROXY_INGRESS_CRDS: readonly string[] = ['backends', 'defaults', 'frontends', 'globals', 'tcps', 'validationrules']
  .map((kind) => path.join(RELEASE_DIR, 'crds', `ingress.v3.haproxy.org_${kind}.yaml`));

/**
 * The controller name an IngressClass must carry for a controller started with `--ingress.class=<class>`:
 * `haproxy.org/ingress-controller/<class>` (pkg/store/store.go, `IsIngressClassSupported`, at v3.2.11).
 */
export function haproxyIngressClassController(className: string): string {
  return `haproxy.org/ingress-controller/${className}`;
}
