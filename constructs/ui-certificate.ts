import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as cm from '../imports/cert-manager.io';
import { ConfigError, requireDnsSubdomain } from './config-error';
import type { IssuerReference } from './platform-issuer';
import type { SecretCopyRequest } from './secret-copies';

export interface UiCertificateProps {
  /** Name of the Certificate and of its Secret (`ingress.tlsSecretName`). */
  readonly secretName: string;
  readonly issuerRef: IssuerReference;
  /** Every UI's host and the namespace of its Ingress. */
  readonly uis: ReadonlyArray<{ readonly host: string; readonly namespace: string }>;
}

/**
 * The one certificate of every web UI: a Certificate in this namespace (the ingress controller's, whose
 * default certificate it is) naming every UI host, and a copy of its Secret in each other namespace
 * with a UI Ingress (`secretCopies`, kept in sync by External Secrets Operator).
 *
 * One Certificate rather than one per namespace: an ACME issuer then places one order per renewal
 * instead of one per namespace for the same names (ACME servers limit duplicate certificates: Let's
 * Encrypt allows 5 a week), the private key is made once, and a renewal reaches every Ingress through
 * the same copies the platform already keeps for Strimzi's and ECK's CAs.
 */
export class UiCertificate extends Construct {
  readonly secretName: string;
  readonly namespace: string;
  readonly dnsNames: readonly string[];

  constructor(scope: Construct, id: string, props: UiCertificateProps) {
    super(scope, id);
    requireDnsSubdomain('secretName', props.secretName);
    this.secretName = props.secretName;
    this.namespace = Chart.of(this).namespace ?? '';
    if (!this.namespace) throw new ConfigError('namespace', this.namespace, 'must be set on the chart that holds the UI certificate');
    this.dnsNames = [...new Set(props.uis.map((u) => u.host))].sort();
    if (this.dnsNames.length === 0) throw new ConfigError('uis', [], 'must name at least one UI host');
    new cm.Certificate(this, 'Resource', {
      metadata: { name: props.secretName },
      spec: {
        secretName: props.secretName,
        dnsNames: [...this.dnsNames],
        issuerRef: { ...props.issuerRef },
        // cert-manager's defaults otherwise: 90 days, renewed at two thirds; a new key on each renewal.
        privateKey: { rotationPolicy: cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
      },
    });
    this.copies = [...new Set(props.uis.map((u) => u.namespace))].filter((n) => n !== this.namespace).sort()
      .map((namespace) => ({ namespace, source: { namespace: this.namespace, name: props.secretName }, keys: ['tls.crt', 'tls.key'] }));
  }

  private readonly copies: readonly SecretCopyRequest[];

  /** The copies of the certificate's Secret the UIs in other namespaces need. */
  public secretCopies(): readonly SecretCopyRequest[] {
    return this.copies;
  }
}
