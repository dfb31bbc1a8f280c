import { Construct } from 'constructs';
import type { PolicyPeer } from '../constructs/network-policy';
import type { IssuerReference } from '../constructs/platform-issuer';
import { UiCertificate } from '../constructs/ui-certificate';
import { PlatformChart } from './platform-chart';

export interface UiCertificateChartProps {
  /** The ingress controller's namespace: the certificate is its default certificate there. */
  readonly namespace: string;
  readonly secretName: string;
  readonly issuerRef: IssuerReference;
  readonly uis: ReadonlyArray<{ readonly host: string; readonly namespace: string }>;
  /** Who reaches the issuer's HTTP-01 solver pods here (the ingress controller). @default none (the issuer solves no HTTP-01) */
  readonly http01SolverClients?: readonly PolicyPeer[];
}

/** Platform layer: the UI certificate (cert-manager), copied into each UI namespace by SecretCopiesChart. */
export class UiCertificateChart extends PlatformChart {
  readonly certificate: UiCertificate;

  constructor(scope: Construct, id: string, props: UiCertificateChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    this.certificate = new UiCertificate(this, 'Resource', {
      secretName: props.secretName, issuerRef: props.issuerRef, uis: props.uis, http01SolverClients: props.http01SolverClients,
    });
  }
}
