import { Construct } from 'constructs';
import * as cm from '../imports/cert-manager.io';
import { clusterScoped } from './cluster-scoped';
import { ConfigError, requireDnsLabel } from './config-error';

/** A private CA made in the cluster (dev): nothing to reach outside, browsers must be told to trust it. */
export interface SelfSignedCaSettings {
  /** Common name of the CA certificate. */
  readonly commonName: string;
}

/** An ACME server (Let's Encrypt or another RFC 8555 CA) solving HTTP-01 through the platform's ingress class. */
export interface AcmeSettings {
  /** Directory URL of the ACME server (`https://…/directory`). */
  readonly server: string;
  /** Account e-mail: the ACME server sends expiry and policy notices there. */
  readonly email: string;
}

/** Exactly one of the two. */
export type IssuerSettings = { readonly selfSignedCa: SelfSignedCaSettings } | { readonly acme: AcmeSettings };

export interface PlatformIssuerProps {
  readonly settings: IssuerSettings;
  /** IngressClass the ACME HTTP-01 solver's Ingress uses (the platform's ingress controller). */
  readonly ingressClassName: string;
  /** cert-manager's cluster resource namespace: the CA key and the ACME account key live there. */
  readonly clusterResourceNamespace: string;
}

/** Reference to the ClusterIssuer every platform Certificate names. */
export interface IssuerReference {
  readonly name: string;
  readonly kind: 'ClusterIssuer';
  readonly group: 'cert-manager.io';
}

const ISSUER = 'platform';
const ACME_SERVER = /^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~\/-]*)?$/;
const EMAIL = /^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * The environment's ClusterIssuer `platform`, which issues the UI certificate:
 *
 * - `selfSignedCa`: a SelfSigned ClusterIssuer signs a CA Certificate (`platform-ca`, Secret in the
 *   cluster resource namespace), and the CA ClusterIssuer `platform` signs with that CA's key;
 * - `acme`: an ACME ClusterIssuer `platform` with its account key in `platform-acme-account`, solving
 *   HTTP-01 with a solver Ingress of the platform's ingress class.
 */
export class PlatformIssuer extends Construct {
  readonly issuerRef: IssuerReference = { name: ISSUER, kind: 'ClusterIssuer', group: 'cert-manager.io' };
  /** Whether the issuer answers HTTP-01 challenges: cert-manager then starts solver pods beside each Certificate. */
  readonly solvesHttp01: boolean;

  constructor(scope: Construct, id: string, props: PlatformIssuerProps) {
    super(scope, id);
    requireDnsLabel('clusterResourceNamespace', props.clusterResourceNamespace);
    const selfSignedCa = 'selfSignedCa' in props.settings ? props.settings.selfSignedCa : undefined;
    const acme = 'acme' in props.settings ? props.settings.acme : undefined;
    this.solvesHttp01 = acme !== undefined;
    if ((selfSignedCa === undefined) === (acme === undefined)) {
      throw new ConfigError('issuer', Object.keys(props.settings), 'must have exactly one of selfSignedCa (a private CA) or acme (an ACME server)');
    }
    if (selfSignedCa) {
      if (!selfSignedCa.commonName.trim()) throw new ConfigError('issuer.selfSignedCa.commonName', selfSignedCa.commonName, 'must not be empty');
      clusterScoped(new cm.ClusterIssuer(this, 'SelfSigned', { metadata: { name: `${ISSUER}-selfsigned` }, spec: { selfSigned: {} } }));
      new cm.Certificate(this, 'Ca', {
        metadata: { name: `${ISSUER}-ca`, namespace: props.clusterResourceNamespace },
        spec: {
          isCa: true,
          commonName: selfSignedCa.commonName,
          secretName: `${ISSUER}-ca`,
          // A year, renewed a month before: the UI certificates it signs follow on their next renewal.
          duration: '8760h',
          renewBefore: '720h',
          privateKey: { algorithm: cm.CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
          issuerRef: { name: `${ISSUER}-selfsigned`, kind: 'ClusterIssuer', group: 'cert-manager.io' },
        },
      });
      clusterScoped(new cm.ClusterIssuer(this, 'Resource', { metadata: { name: ISSUER }, spec: { ca: { secretName: `${ISSUER}-ca` } } }));
    } else if (acme) {
      if (!ACME_SERVER.test(acme.server)) throw new ConfigError('issuer.acme.server', acme.server, 'must be the https:// directory URL of an ACME server');
      if (!EMAIL.test(acme.email)) throw new ConfigError('issuer.acme.email', acme.email, 'must be an e-mail address (name@domain): the ACME server sends expiry notices there');
      clusterScoped(new cm.ClusterIssuer(this, 'Resource', {
        metadata: { name: ISSUER },
        spec: {
          acme: {
            server: acme.server,
            email: acme.email,
            privateKeySecretRef: { name: `${ISSUER}-acme-account` },
            solvers: [{ http01: { ingress: { ingressClassName: props.ingressClassName } } }],
          },
        },
      }));
    }
  }
}
