import { Construct } from 'constructs';
import { CertManager } from '../constructs/cert-manager';
import type { ResourceSpec } from '../constructs/hardening';
import { PlatformIssuer, type IssuerSettings } from '../constructs/platform-issuer';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

export interface CertManagerChartProps {
  readonly image: string;
  readonly acmeSolverImage: string;
  readonly resources: ResourceSpec;
  readonly issuer: IssuerSettings;
  /** IngressClass of the ACME HTTP-01 solver (the platform's ingress controller). */
  readonly ingressClassName: string;
}

/**
 * Operators layer: cert-manager's controller in `cert-manager` and the environment's ClusterIssuer
 * `platform` (for a private CA, its CA Certificate in the same namespace, the controller's cluster
 * resource namespace).
 */
export class CertManagerChart extends PlatformChart {
  readonly controller: CertManager;
  readonly issuer: PlatformIssuer;

  constructor(scope: Construct, id: string, props: CertManagerChartProps) {
    const namespace = PLATFORM_NAMESPACES['cert-manager'].name;
    super(scope, id, { layer: 'operators', namespace });
    this.controller = new CertManager(this, 'Controller', {
      image: props.image,
      acmeSolverImage: props.acmeSolverImage,
      resources: props.resources,
      // ACME: the server's API (443) and the HTTP-01 self-check against the UIs' public address (80).
      externalPorts: 'acme' in props.issuer ? [80, 443] : [],
    });
    this.issuer = new PlatformIssuer(this, 'Issuer', { settings: props.issuer, ingressClassName: props.ingressClassName, clusterResourceNamespace: namespace });
  }
}
