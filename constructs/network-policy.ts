import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';

/**
 * Who may connect: pods with these labels, in the namespace with this name (ANDed). The labels are
 * required and never empty: a namespace-wide grant would admit any pod anyone starts there.
 */
export interface PolicyPeer {
  /** @default the policy's own namespace */
  readonly namespace?: string;
  readonly podLabels: Record<string, string>;
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

/**
 * On a NetworkPolicy with an `ipBlock` of 0.0.0.0/0: which environment setting put it there and why
 * it cannot be narrower. The environment's rendered README lists these policies with the reason.
 */
export const OPEN_RANGE_ANNOTATION = 'observability-platform/open-range';

/** Whether `cidr` is the whole IPv4 address space. */
export const isAnywhere = (cidr: string) => cidr.endsWith('/0');

/** Standard label the API server sets on every namespace (Kubernetes 1.22+). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export function policyPeer(peer: PolicyPeer): k8s.NetworkPolicyPeer {
  if (Object.keys(peer.podLabels ?? {}).length === 0) {
    throw new ConfigError(`peers.${peer.namespace ?? '(own namespace)'}.podLabels`, peer.podLabels ?? null, 'must name the client pods: a grant to every pod of a namespace admits pods that have nothing to do with the platform');
  }
  return {
    ...(peer.namespace ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: peer.namespace } } } : {}),
    podSelector: { matchLabels: { ...peer.podLabels } },
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
  /**
   * Pods outside the platform's namespaces (application metrics): each peer's pods on its ports,
   * numbers or container port names. @default none
   */
  readonly pods?: ReadonlyArray<{ readonly peer: PolicyPeer; readonly ports: ReadonlyArray<number | string> }>;
}

export class AllowEgress extends Construct {
  readonly props: AllowEgressProps;

  constructor(scope: Construct, id: string, props: AllowEgressProps) {
    super(scope, id);
    this.props = props;
  }
}
