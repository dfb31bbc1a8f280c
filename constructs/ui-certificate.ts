import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as cm from '../imports/cert-manager.io';
import { ConfigError, requireDnsSubdomain } from './config-error';
import { AllowIngress, type PolicyPeer } from './network-policy';
import type { IssuerReference } from './platform-issuer';
import type { SecretCopyRequest } from './secret-copies';

export interface UiCertificateProps {
  /** Name of the Certificate and of its Secret (`ingress.tlsSecretName`). */
  readonly secretName: string;
  readonly issuerRef: IssuerReference;
  /** Every UI's host and the namespace of its Ingress. */
  readonly uis: ReadonlyArray<{ readonly host: string; readonly namespace: string }>;
  /**
   * Who reaches the ACME HTTP-01 solver pods cert-manager starts in this namespace for the certificate:
   * the ingress controller, which routes the ACME server's request to them through the solver's
   * Ingress. Only when the issuer solves HTTP-01. @default none (the issuer starts no solver)
   */
  readonly http01SolverClients?: readonly PolicyPeer[];
}

/**
 * cert-manager v1.21.2's HTTP-01 solver pods: created in the Challenge's namespace, which is the
 * Certificate's (pkg/controller/certificates/requestmanager/requestmanager_controller.go:399, then
 * pkg/controller/certificaterequests/acme/acme.go:319, pkg/controller/acmeorders/util.go:81,
 * pkg/issuer/acme/http/pod.go:172), labelled `acme.cert-manager.io/http01-solver: "true"` beside
 * per-challenge hashes (pod.go:36-49, pkg/apis/acme/v1/types.go:60), listening on container port
 * `http` 8089 (pod.go:248 and 263-268, pkg/issuer/acme/http/http.go:50).
 */
const HTTP01_SOLVER = { podLabels: { 'acme.cert-manager.io/http01-solver': 'true' }, port: 8089 };

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
    const solverClients = props.http01SolverClients ?? [];
    if (solverClients.length > 0) {
      // The namespace is default-deny: without this an ACME order never completes. Solver pods call
      // nothing, so they get no egress.
      new AllowIngress(this, 'Http01Solver', { name: 'acme-http01-solver', podLabels: HTTP01_SOLVER.podLabels, from: solverClients, ports: [HTTP01_SOLVER.port] });
    }
    this.copies = [...new Set(props.uis.map((u) => u.namespace))].filter((n) => n !== this.namespace).sort()
      .map((namespace) => ({ namespace, source: { namespace: this.namespace, name: props.secretName }, keys: ['tls.crt', 'tls.key'] }));
  }

  private readonly copies: readonly SecretCopyRequest[];

  /** The copies of the certificate's Secret the UIs in other namespaces need. */
  public secretCopies(): readonly SecretCopyRequest[] {
    return this.copies;
  }
}
