import { Construct } from 'constructs';
import type { IssuerReference } from '../constructs/platform-issuer';
import { UiCertificate } from '../constructs/ui-certificate';
import { PlatformChart } from './platform-chart';

export interface UiCertificateChartProps {
  /** The ingress controller's namespace: the certificate is its default certificate there. */
  readonly namespace: string;
  readonly secretName: string;
  readonly issuerRef: IssuerReference;
  readonly uis: ReadonlyArray<{ readonly host: string; readonly namespace: string }>;
}

/** Platform layer: the UI certificate (cert-manager), copied into each UI namespace by SecretCopiesChart. */
export class UiCertificateChart extends PlatformChart {
  readonly certificate: UiCertificate;

  constructor(scope: Construct, id: string, props: UiCertificateChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    this.certificate = new UiCertificate(this, 'Resource', { secretName: props.secretName, issuerRef: props.issuerRef, uis: props.uis });
  }
}
