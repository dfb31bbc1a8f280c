/**
 * A NetworkPolicy evaluator (networking.k8s.io/v1 semantics): is a TCP/UDP connection from one
 * endpoint to another allowed by a set of policies? A connection needs both the source's egress and
 * the destination's ingress. For each direction: a pod no policy of that type selects is unrestricted;
 * a selected pod admits the connection if any rule of any selecting policy matches it (policies add
 * up). Endpoints are pods (namespace + labels, named ports) or addresses outside the pod network
 * (the API server, a node, the internet), which only `ipBlock` peers match. Pod IPs are not modelled:
 * an `ipBlock` never matches a pod, which is how the policies here use it.
 */
import { OPEN_RANGE_ANNOTATION } from '../constructs/network-policy';
import type { KubeObject, RenderedObject } from './manifests';

export interface LabelSelector {
  readonly matchLabels?: Record<string, string>;
  readonly matchExpressions?: ReadonlyArray<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}
interface PolicyPeer { namespaceSelector?: LabelSelector; podSelector?: LabelSelector; ipBlock?: { cidr: string; except?: string[] } }
interface PolicyPort { protocol?: string; port?: number | string; endPort?: number }
interface Rule { from?: PolicyPeer[]; to?: PolicyPeer[]; ports?: PolicyPort[] }
export interface NetworkPolicy {
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: LabelSelector;
  readonly policyTypes: ReadonlyArray<'Ingress' | 'Egress'>;
  readonly ingress: readonly Rule[];
  readonly egress: readonly Rule[];
}

export interface PodEndpoint {
  readonly namespace: string;
  readonly labels: Record<string, string>;
  /** Named container ports (name → number), for policies that name a port. @default none */
  readonly namedPorts?: Record<string, number>;
}
export interface AddressEndpoint {
  /** An IPv4 address outside the pod network. */
  readonly ip: string;
}
export type Endpoint = PodEndpoint | AddressEndpoint;

export interface Flow {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
}

export interface Verdict {
  readonly allowed: boolean;
  /** Why each direction decided: `unrestricted`, `allowed by <ns>/<name>` or `denied (selected by ...)`. */
  readonly egress: string;
  readonly ingress: string;
}

/** The rendered NetworkPolicies among `objects`, with the API server's defaults filled in. */
export function policiesOf(objects: readonly KubeObject[]): NetworkPolicy[] {
  return objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => {
    const spec = o.spec as { podSelector?: LabelSelector; policyTypes?: Array<'Ingress' | 'Egress'>; ingress?: Rule[]; egress?: Rule[] };
    return {
      namespace: o.metadata.namespace ?? '',
      name: o.metadata.name,
      podSelector: spec.podSelector ?? {},
      // Without policyTypes: Ingress always, Egress when the policy has egress rules.
      policyTypes: spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']),
      ingress: spec.ingress ?? [],
      egress: spec.egress ?? [],
    };
  });
}

/** Namespace name → labels, as the API server sets them (with `kubernetes.io/metadata.name`). */
export type NamespaceLabels = ReadonlyMap<string, Record<string, string>>;

export function evaluateFlow(policies: readonly NetworkPolicy[], namespaces: NamespaceLabels, flow: Flow): Verdict {
  const egress = isPod(flow.from) ? direction(policies, namespaces, 'Egress', flow.from, flow.to, flow) : 'not a pod';
  const ingress = isPod(flow.to) ? direction(policies, namespaces, 'Ingress', flow.to, flow.from, flow) : 'not a pod';
  return { allowed: !egress.startsWith('denied') && !ingress.startsWith('denied'), egress, ingress };
}

function direction(policies: readonly NetworkPolicy[], namespaces: NamespaceLabels, type: 'Ingress' | 'Egress', pod: PodEndpoint, peer: Endpoint, flow: Flow): string {
  const { selecting, allowing } = admission(policies, namespaces, type, pod, peer, flow);
  if (selecting.length === 0) return 'unrestricted';
  if (allowing.length > 0) return `allowed by ${allowing[0]}`;
  return `denied (selected by ${selecting.join(', ')})`;
}

/**
 * One direction of a flow at `pod` (its egress when `type` is Egress, its ingress otherwise): the
 * policies that select the pod for that direction, and those of them with a rule that admits the flow
 * (`<namespace>/<name>`). No selecting policy: unrestricted; selecting but none allowing: denied.
 */
export function admission(policies: readonly NetworkPolicy[], namespaces: NamespaceLabels, type: 'Ingress' | 'Egress', pod: PodEndpoint, peer: Endpoint, flow: Flow): { selecting: string[]; allowing: string[] } {
  const selecting = policies.filter((p) => p.namespace === pod.namespace && p.policyTypes.includes(type) && selects(p.podSelector, pod.labels));
  // Named ports are resolved on the destination pod, in both directions.
  const destination = type === 'Ingress' ? pod : flow.to;
  const allowing = selecting.filter((policy) => (type === 'Ingress' ? policy.ingress : policy.egress).some((rule) => {
    const peers = type === 'Ingress' ? rule.from : rule.to;
    const peerOk = !peers || peers.length === 0 || peers.some((p) => peerMatches(p, peer, policy.namespace, namespaces));
    const portOk = !rule.ports || rule.ports.length === 0 || rule.ports.some((p) => portMatches(p, flow, destination));
    return peerOk && portOk;
  }));
  return { selecting: selecting.map((p) => `${p.namespace}/${p.name}`), allowing: allowing.map((p) => `${p.namespace}/${p.name}`) };
}

function peerMatches(peer: PolicyPeer, endpoint: Endpoint, policyNamespace: string, namespaces: NamespaceLabels): boolean {
  if (peer.ipBlock) return !isPod(endpoint) && inCidr(endpoint.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(endpoint.ip, c));
  if (!isPod(endpoint)) return false;
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, namespaces.get(endpoint.namespace) ?? { 'kubernetes.io/metadata.name': endpoint.namespace })
    : endpoint.namespace === policyNamespace;
  return namespaceOk && (!peer.podSelector || selects(peer.podSelector, endpoint.labels));
}

function portMatches(port: PolicyPort, flow: Flow, destination: Endpoint): boolean {
  if ((port.protocol ?? 'TCP') !== flow.protocol) return false;
  if (port.port === undefined) return true;
  if (typeof port.port === 'string') return isPod(destination) && destination.namedPorts?.[port.port] === flow.port;
  return port.endPort !== undefined ? flow.port >= port.port && flow.port <= port.endPort : flow.port === port.port;
}

/** Label selector semantics: every matchLabels entry and every expression must hold; `{}` selects everything. */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  return byLabels && (selector.matchExpressions ?? []).every((e) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In': return has && (e.values ?? []).includes(labels[e.key]);
      case 'NotIn': return !has || !(e.values ?? []).includes(labels[e.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
    }
  });
}

export function isPod(endpoint: Endpoint): endpoint is PodEndpoint {
  return 'namespace' in endpoint;
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0;
  return ((toNumber(ip) & mask) >>> 0) === ((toNumber(base) & mask) >>> 0);
}

function toNumber(ip: string): number {
  return ip.split('.').reduce((n, octet) => (n * 256) + Number(octet), 0);
}

/** Every rendered NetworkPolicy with a 0.0.0.0/0 `ipBlock`: its file, direction, ports and stated reason. */
export function openRanges(objects: readonly RenderedObject[]): Array<{ file: string; direction: 'from' | 'to'; ports: string; reason?: string }> {
  return objects.filter((r) => r.object.kind === 'NetworkPolicy').flatMap((r) => {
    const [policy] = policiesOf([r.object]);
    const rules = [...policy.ingress.map((rule) => ({ rule, peers: rule.from, direction: 'from' as const })), ...policy.egress.map((rule) => ({ rule, peers: rule.to, direction: 'to' as const }))];
    return rules.filter((x) => (x.peers ?? []).some((p) => p.ipBlock?.cidr.endsWith('/0'))).map((x) => ({
      file: r.file,
      direction: x.direction,
      ports: (x.rule.ports ?? []).map((p) => `${p.port ?? 'any'}${p.endPort ? `-${p.endPort}` : ''}/${p.protocol ?? 'TCP'}`).join(', ') || 'any',
      reason: r.object.metadata.annotations?.[OPEN_RANGE_ANNOTATION],
    }));
  });
}

/** The `manifests/<env>/README.md` section that lists the policies whose address ranges stay open. */
export function openRangesMarkdown(objects: readonly RenderedObject[]): string {
  const rows = openRanges(objects);
  return [
    '## Network: address ranges left open',
    '',
    'NetworkPolicies with an `ipBlock` of 0.0.0.0/0 (cluster ranges excepted for egress), the environment',
    'setting that put it there and why it is not narrower (README.md, "Network isolation").',
    '',
    ...(rows.length === 0 ? ['None.', ''] : [
      '| policy | peer | ports | setting and reason |',
      '|---|---|---|---|',
      ...rows.map((r) => `| ${r.file} | ${r.direction} 0.0.0.0/0 | ${r.ports} | ${r.reason ?? '**no reason given**'} |`),
      '',
    ]),
  ].join('\n');
}
