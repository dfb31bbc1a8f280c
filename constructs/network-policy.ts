import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';

/** Who may connect: pods with these labels, in the namespace with this name (both optional, ANDed). */
export interface PolicyPeer {
  /** @default the policy's own namespace */
  readonly namespace?: string;
  /** @default every pod of the namespace */
  readonly podLabels?: Record<string, string>;
}

export interface AllowIngressProps {
  readonly name: string;
  /** Pods the policy protects. */
  readonly podLabels: Record<string, string>;
  readonly from: readonly PolicyPeer[];
  readonly ports: readonly number[];
  /** UDP ports (e.g. Alertmanager gossip). @default none */
  readonly udpPorts?: readonly number[];
}

/** Standard label the API server sets on every namespace (Kubernetes 1.22+). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export function policyPeer(peer: PolicyPeer): k8s.NetworkPolicyPeer {
  return {
    ...(peer.namespace ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: peer.namespace } } } : {}),
    podSelector: { matchLabels: peer.podLabels ?? {} },
  };
}

/** An ingress allow-list: only `from` may reach the selected pods, and only on `ports` (TCP) and `udpPorts`. */
export class AllowIngress extends Construct {
  constructor(scope: Construct, id: string, props: AllowIngressProps) {
    super(scope, id);
    new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        podSelector: { matchLabels: props.podLabels },
        policyTypes: ['Ingress'],
        ingress: [{
          from: props.from.map(policyPeer),
          ports: [
            ...props.ports.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) })),
            ...(props.udpPorts ?? []).map((port) => ({ protocol: 'UDP', port: k8s.IntOrString.fromNumber(port) })),
          ],
        }],
      },
    });
  }
}

/**
 * Egress to addresses that are not pods of an isolated namespace, declared by the workload that needs
 * it. It renders nothing here: the `network-isolation` chart collects every declaration and renders
 * one NetworkPolicy per declaration in the declaring chart's namespace, with the environment's
 * addresses (`network` block). Pod-to-pod egress inside the platform is never declared: it mirrors the
 * destinations' ingress allow-lists.
 */
export interface AllowEgressProps {
  /** Name of the rendered NetworkPolicy. */
  readonly name: string;
  /** Pods that may connect out. */
  readonly podLabels: Record<string, string>;
  /** The Kubernetes API server (operators, service discovery, informers). @default false */
  readonly apiServer?: boolean;
  /** TCP ports on the nodes' addresses: the kubelet, exporters on the host network. @default none */
  readonly nodePorts?: readonly number[];
  /** TCP ports on addresses outside the cluster (SaaS receivers, mail relays). @default none */
  readonly externalPorts?: readonly number[];
  /** Namespaces outside the platform whose pods may be reached on any port. @default none */
  readonly namespaces?: readonly string[];
}

export class AllowEgress extends Construct {
  readonly props: AllowEgressProps;

  constructor(scope: Construct, id: string, props: AllowEgressProps) {
    super(scope, id);
    this.props = props;
  }
}
