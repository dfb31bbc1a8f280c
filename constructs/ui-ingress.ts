import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { requireDnsLabel } from './config-error';

/** How the platform's web UIs are exposed in an environment. */
export interface IngressSettings {
  /** IngressClass that serves the UIs. */
  readonly className: string;
  /** Parent domain: a UI named `grafana` is served at `grafana.<domain>`. */
  readonly domain: string;
  /** Secret with the UIs' certificate: issued by cert-manager in the ingress controller's namespace, copied into each UI's namespace. */
  readonly tlsSecretName: string;
}

export interface UiIngressProps {
  readonly settings: IngressSettings;
  /** Host prefix and object name, e.g. `grafana`. */
  readonly name: string;
  readonly serviceName: string;
  readonly servicePort: number;
  /**
   * The backend serves HTTPS: a Secret in the UI's namespace whose `tls.crt` includes the CA that signs
   * its certificate (e.g. ECK's `<name>-kb-http-certs-public`). @default the backend serves plain HTTP
   */
  readonly backendCaSecretName?: string;
}

/**
 * Backend TLS in the annotations of the HAProxy Kubernetes Ingress Controller (haproxytech), the
 * platform's ingress controller: re-encrypt to the backend and verify it against `server-ca`
 * (`<namespace>/<secret>`). The controller writes that Secret's `tls.crt` key as HAProxy's `ca-file`
 * (pkg/haproxy/certs/main.go, `writeSecret`, at v3.2.11), so the key must hold the CA: ECK's
 * `<name>-kb-http-certs-public` does, its `tls.crt` being the certificate followed by the ECK CA
 * (pkg/controller/common/certificates/http_reconcile.go at v3.5.0). Another controller needs its own
 * equivalents here.
 */
export function backendTlsAnnotations(namespace: string, caSecretName: string): Record<string, string> {
  return { 'haproxy.org/server-ssl': 'true', 'haproxy.org/server-ca': `${namespace}/${caSecretName}` };
}

/** An Ingress with TLS for one UI at `<name>.<domain>`. */
export class UiIngress extends Construct {
  readonly host: string;
  /** Namespace of the Ingress (where the UI certificate's Secret must be). */
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: UiIngressProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    this.host = `${props.name}.${props.settings.domain}`;
    const namespace = (this.namespace = Chart.of(this).namespace ?? 'default');
    const annotations = props.backendCaSecretName ? backendTlsAnnotations(namespace, props.backendCaSecretName) : undefined;
    new k8s.KubeIngress(this, 'Resource', {
      metadata: { name: props.name, ...(annotations ? { annotations } : {}) },
      spec: {
        ingressClassName: props.settings.className,
        tls: [{ hosts: [this.host], secretName: props.settings.tlsSecretName }],
        rules: [{
          host: this.host,
          http: {
            paths: [{
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: props.serviceName, port: { number: props.servicePort } } },
            }],
          },
        }],
      },
    });
  }
}
