import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, underField } from '../constructs/config-error';
import { AllowEgress, isAnywhere, NAMESPACE_NAME_LABEL, OPEN_RANGE_ANNOTATION, policyPeer } from '../constructs/network-policy';
import { PlatformChart } from './platform-chart';

/** The environment's `network` block: the addresses NetworkPolicy cannot name by pod selector. */
export interface NetworkSettings {
  /**
   * Addresses of the Kubernetes API server as pods reach it (the endpoints of the `default/kubernetes`
   * Service; NetworkPolicy applies after the Service address is translated). Only declared API clients
   * get them, and only on `apiServerPorts`. A prod-stage environment must name real ranges; `0.0.0.0/0`
   * (where they are not fixed, e.g. a dev cluster) needs `openRangesReason`.
   */
  readonly apiServerCidrs: readonly string[];
  readonly apiServerPorts: readonly number[];
  /** The nodes' addresses: the kubelet and exporters on the host network. Same rule as `apiServerCidrs`. */
  readonly nodeCidrs: readonly string[];
  /** Private ranges of the cluster (pods, Services, nodes), excluded from egress to the outside. */
  readonly clusterCidrs: readonly string[];
  /**
   * Addresses outside the cluster: the receivers and package repository the platform calls (SaaS,
   * without fixed addresses) and the users who open the UIs through the ingress controller.
   */
  readonly externalCidrs: readonly string[];
  /**
   * Why `apiServerCidrs` or `nodeCidrs` hold `0.0.0.0/0` here: required when they do, and printed in
   * the environment's rendered README beside the policies that stay open. @default none (ranges are real)
   */
  readonly openRangesReason?: string;
  /**
   * The cluster DNS every pod may query (UDP and TCP 53): the DNS pods and, where the cluster runs
   * NodeLocal DNSCache, its node-local address (the address kubelet hands pods as their resolver;
   * the cache runs on the host network, so only an `ipBlock` reaches it).
   */
  readonly dns: { readonly namespace: string; readonly podLabels: Record<string, string>; readonly nodeLocalAddress?: string };
}

export interface NetworkIsolationProps {
  readonly settings: NetworkSettings;
  /** Namespaces that get default-deny; every flow into or out of them must be allowed. */
  readonly namespaces: readonly string[];
  /** Every chart composed so far: their NetworkPolicies, monitors and AllowEgress declarations are read. */
  readonly charts: readonly PlatformChart[];
  /** The pods that scrape every monitor (Prometheus). */
  readonly scrapers: { readonly namespace: string; readonly podLabels: Record<string, string> };
}

type Selector = k8s.LabelSelector;
type PolicyPort = { protocol?: string; port?: number | string; endPort?: number };
type Peer = k8s.NetworkPolicyPeer;
interface Policy {
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: Selector;
  readonly ingress: ReadonlyArray<{ from?: Peer[]; ports?: PolicyPort[] }>;
}
interface Obj { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any }

const DNS_PORT = 53;
const tcp = (ports: readonly number[]) => ports.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }));

/** A NetworkPolicy to render: its namespace, name and spec. */
interface RenderedPolicy {
  readonly namespace: string;
  readonly name: string;
  readonly spec: k8s.NetworkPolicySpec;
  /** Why an address range is 0.0.0.0/0 (OPEN_RANGE_ANNOTATION). @default none */
  readonly openRange?: string;
}

/** Why `externalCidrs` may be 0.0.0.0/0 (the README's network section says the same). */
const EXTERNAL_REASON = 'network.externalCidrs: receivers and package repositories outside the cluster have no fixed addresses';

/**
 * Network isolation, composed after every other chart because it reads them. In each isolated
 * namespace a `default-deny` (ingress and egress) and `allow-dns`; then every allowed flow:
 *
 * - **scraping**: an ingress policy per ServiceMonitor / PodMonitor target in an isolated namespace,
 *   from the Prometheus pods, on the monitored ports (so a monitor opens its own path); targets on
 *   the host network are reached on the nodes' addresses instead (`scrape-host-network`);
 * - **egress mirrors ingress**: for each ingress rule of any policy (components' own and the scrape
 *   policies), the pods its `from` peers admit get the matching egress, grouped into one policy per
 *   source namespace and pod selector (`egress-<selector values>`);
 * - **declared egress** (`AllowEgress`): the API server, the nodes, the outside, foreign namespaces.
 *
 * One chart per namespace (`network-<namespace>`: policy names repeat across namespaces, and a chart's
 * files are named by kind and name), all in the foundation layer: applied with the namespaces, before
 * any workload starts, so no pod runs unconfined and none is cut off when the policies arrive.
 */
export function composeNetworkIsolation(scope: Construct, props: NetworkIsolationProps): NetworkIsolationChart[] {
  const s = props.settings;
  underField('network', () => validateSettings(s));
  const isolated = new Set(props.namespaces);
  const objects = props.charts.flatMap((c) => c.toJson() as Obj[]);
  const namespaceLabels = new Map(objects.filter((o) => o.kind === 'Namespace')
    .map((o) => [o.metadata.name, { ...o.metadata.labels, [NAMESPACE_NAME_LABEL]: o.metadata.name }]));
  const out: RenderedPolicy[] = [];

  for (const namespace of props.namespaces) {
    out.push({ namespace, name: 'default-deny', spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
    out.push({
      namespace,
      name: 'allow-dns',
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{
          to: [policyPeer(s.dns), ...(s.dns.nodeLocalAddress ? [{ ipBlock: { cidr: `${s.dns.nodeLocalAddress}/32` } }] : [])],
          ports: ['UDP', 'TCP'].map((protocol) => ({ protocol, port: k8s.IntOrString.fromNumber(DNS_PORT) })),
        }],
      },
    });
  }

  const { policies: scrape, hostPorts } = scrapePolicies(objects, isolated, props.scrapers);
  // Pods on the host network have the node's address and escape pod selectors: scrape them there.
  if (hostPorts.length > 0) {
    out.push({
      namespace: props.scrapers.namespace,
      name: 'scrape-host-network',
      spec: { podSelector: { matchLabels: props.scrapers.podLabels }, policyTypes: ['Egress'], egress: [{ to: s.nodeCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: tcp(hostPorts) }] },
      ...(s.nodeCidrs.some(isAnywhere) ? { openRange: `network.nodeCidrs: ${s.openRangesReason}` } : {}),
    });
  }
  for (const p of scrape) out.push({ namespace: p.namespace, name: p.name, spec: { podSelector: p.podSelector, policyTypes: ['Ingress'], ingress: p.ingress.map((r) => ({ from: r.from, ports: typedPorts(r.ports) })) } });

  const ingress: Policy[] = [...objects.filter((o) => o.kind === 'NetworkPolicy' && o.spec?.ingress).map((o) => ({
    namespace: o.metadata.namespace!, name: o.metadata.name, podSelector: o.spec.podSelector, ingress: o.spec.ingress,
  })), ...scrape];
  for (const m of mirrorEgress(ingress, isolated, namespaceLabels)) {
    out.push({ namespace: m.namespace, name: m.name, spec: { podSelector: m.podSelector, policyTypes: ['Egress'], egress: m.egress.map((r) => ({ to: r.to, ports: typedPorts(r.ports) })) } });
  }

  for (const chart of props.charts) {
    for (const declared of chart.node.findAll().filter((c): c is AllowEgress => c instanceof AllowEgress)) {
      out.push(declaredEgress(Chart.of(declared), declared, s));
    }
  }

  const namespaces = [...new Set(out.map((p) => p.namespace))];
  return namespaces.map((namespace) => new NetworkIsolationChart(scope, `network-${namespace}`, { namespace, policies: out.filter((p) => p.namespace === namespace) }));
}

function declaredEgress(chart: Chart, declared: AllowEgress, s: NetworkSettings): RenderedPolicy {
  const p = declared.props;
  const field = `${chart.node.id}.${p.name}`;
  const namespace = chart.namespace;
  if (!namespace) throw new ConfigError(field, null, 'AllowEgress must be declared in a chart with a namespace');
  // `except` must lie inside its `cidr` (the API server rejects the policy otherwise).
  const blocks = (cidrs: readonly string[], except: readonly string[] = []) => cidrs.map((cidr) => {
    const inside = except.filter((e) => contains(cidr, e));
    return { ipBlock: { cidr, ...(inside.length ? { except: inside } : {}) } };
  });
  const egress = [
    ...(p.apiServer ? [{ to: blocks(s.apiServerCidrs), ports: tcp(s.apiServerPorts) }] : []),
    ...(p.nodePorts?.length ? [{ to: blocks(s.nodeCidrs), ports: tcp(p.nodePorts) }] : []),
    ...(p.externalPorts?.length ? [{ to: blocks(s.externalCidrs, s.clusterCidrs), ports: tcp(p.externalPorts) }] : []),
    ...(p.pods ?? []).map((d) => ({ to: [policyPeer(d.peer)], ports: d.ports.map((port) => ({ protocol: 'TCP', port: typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port) })) })),
  ];
  if (egress.length === 0) throw new ConfigError(field, null, 'AllowEgress must name at least one destination');
  const reasons = [
    ...(p.apiServer && s.apiServerCidrs.some(isAnywhere) ? [`network.apiServerCidrs: ${s.openRangesReason}`] : []),
    ...(p.nodePorts?.length && s.nodeCidrs.some(isAnywhere) ? [`network.nodeCidrs: ${s.openRangesReason}`] : []),
    ...(p.externalPorts?.length && s.externalCidrs.some(isAnywhere) ? [EXTERNAL_REASON] : []),
  ];
  return { namespace, name: p.name, spec: { podSelector: { matchLabels: p.podLabels }, policyTypes: ['Egress'], egress }, ...(reasons.length ? { openRange: reasons.join('; ') } : {}) };
}

export interface NetworkIsolationChartProps {
  readonly namespace: string;
  readonly policies: readonly RenderedPolicy[];
}

/** Foundation layer: the isolation policies of one namespace. */
export class NetworkIsolationChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NetworkIsolationChartProps) {
    super(scope, id, { layer: 'foundation', namespace: props.namespace });
    for (const p of props.policies) {
      new k8s.KubeNetworkPolicy(this, p.name, { metadata: { name: p.name, ...(p.openRange ? { annotations: { [OPEN_RANGE_ANNOTATION]: p.openRange } } : {}) }, spec: p.spec });
    }
  }
}

/** Plain rendered ports as the generated types want them (a bare number would be dropped). */
function typedPorts(ports: readonly PolicyPort[] | undefined): k8s.NetworkPolicyPort[] | undefined {
  return ports?.map((p) => ({
    ...p,
    port: p.port === undefined ? undefined : typeof p.port === 'number' ? k8s.IntOrString.fromNumber(p.port) : k8s.IntOrString.fromString(p.port),
  }));
}

function validateSettings(s: NetworkSettings): void {
  const cidr = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
  const check = (field: string, values: readonly string[]) => values.forEach((v, i) => {
    const m = cidr.exec(v);
    if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) throw new ConfigError(`${field}[${i}]`, v, 'must be an IPv4 CIDR such as 10.0.0.0/16');
  });
  check('apiServerCidrs', s.apiServerCidrs);
  check('nodeCidrs', s.nodeCidrs);
  check('clusterCidrs', s.clusterCidrs);
  check('externalCidrs', s.externalCidrs);
  if (s.dns.nodeLocalAddress !== undefined) check('dns.nodeLocalAddress', [`${s.dns.nodeLocalAddress}/32`]);
  if (s.apiServerCidrs.length === 0) throw new ConfigError('apiServerCidrs', [], 'must list at least one address range (0.0.0.0/0 when the API server has no fixed address)');
  s.apiServerPorts.forEach((p, i) => {
    if (!Number.isInteger(p) || p < 1 || p > 65535) throw new ConfigError(`apiServerPorts[${i}]`, p, 'must be a TCP port (1-65535)');
  });
}

/** Whether IPv4 range `outer` contains range `inner` (both valid CIDRs). */
function contains(outer: string, inner: string): boolean {
  const parse = (c: string) => { const [ip, bits] = c.split('/'); return { n: ip.split('.').reduce((a, o) => a * 256 + Number(o), 0), bits: Number(bits) }; };
  const o = parse(outer);
  const i = parse(inner);
  const size = 2 ** (32 - o.bits);
  return i.bits >= o.bits && Math.floor(i.n / size) === Math.floor(o.n / size);
}

const matchLabels = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

/**
 * Ingress from the scrapers to every monitored pod in an isolated namespace, on the monitored ports.
 * Ports are numbers where the rendered pod templates or Service say so, else the endpoint's port name
 * (operator-managed pods), which NetworkPolicy resolves on the destination pod.
 */
function scrapePolicies(objects: readonly Obj[], isolated: ReadonlySet<string>, scrapers: NetworkIsolationProps['scrapers']): { policies: Policy[]; hostPorts: number[] } {
  const from = [policyPeer(scrapers)];
  const targets = (m: Obj) => (m.spec.namespaceSelector?.matchNames as string[] | undefined) ?? [m.metadata.namespace!];
  const policies: Policy[] = [];
  const hostPorts = new Set<number>();
  const add = (namespace: string, name: string, podSelector: Record<string, string>, ports: ReadonlyArray<number | string>) => {
    const unique = [...new Set(ports)];
    if (templatesOf(objects, namespace, podSelector).some((t) => t.spec.hostNetwork)) {
      for (const port of unique) {
        if (typeof port === 'string') throw new ConfigError(`monitors.${namespace}/${name}`, port, 'is a port name on a host-network pod; declare the port number on the container');
        hostPorts.add(port);
      }
      return;
    }
    policies.push({ namespace, name, podSelector: { matchLabels: podSelector }, ingress: [{ from, ports: unique.map((port) => ({ protocol: 'TCP', port })) }] });
  };
  for (const m of objects.filter((o) => o.kind === 'PodMonitor')) {
    for (const ns of targets(m).filter((n) => isolated.has(n))) {
      const ports = (m.spec.podMetricsEndpoints as Array<{ port?: string }>).flatMap((e) => (e.port ? [containerPort(objects, ns, m.spec.selector.matchLabels, e.port)] : []));
      add(ns, `scrape-${m.metadata.name}`, m.spec.selector.matchLabels, ports);
    }
  }
  for (const m of objects.filter((o) => o.kind === 'ServiceMonitor')) {
    for (const ns of targets(m).filter((n) => isolated.has(n))) {
      const services = objects.filter((o) => o.kind === 'Service' && o.metadata.namespace === ns && o.spec?.selector && matchLabels(m.spec.selector.matchLabels, o.metadata.labels));
      for (const svc of services) {
        const ports = (m.spec.endpoints as Array<{ port?: string }>).flatMap((e) => {
          const port = (svc.spec.ports as Array<{ name?: string; port: number; targetPort?: number | string }>).find((p) => p.name === e.port);
          if (!port) return [];
          const target = port.targetPort ?? port.port;
          return [typeof target === 'string' ? containerPort(objects, ns, svc.spec.selector, target) : target];
        });
        add(ns, services.length === 1 ? `scrape-${m.metadata.name}` : `scrape-${m.metadata.name}-${svc.metadata.name}`, svc.spec.selector, ports);
      }
    }
  }
  return { policies, hostPorts: [...hostPorts].sort((a, b) => a - b) };
}

/** Pod templates of rendered workloads in `namespace` that `selector` picks. */
function templatesOf(objects: readonly Obj[], namespace: string, selector: Record<string, string>): Array<{ spec: any }> {
  return objects.flatMap((o) => {
    const template = o.spec?.template;
    return o.metadata.namespace === namespace && template?.spec?.containers && matchLabels(selector, template.metadata?.labels) ? [template] : [];
  });
}

/** The number of the named container port of the rendered pods `selector` picks, or the name itself. */
function containerPort(objects: readonly Obj[], namespace: string, selector: Record<string, string>, name: string): number | string {
  const numbers = new Set<number>();
  for (const template of templatesOf(objects, namespace, selector)) {
    for (const c of template.spec.containers as Array<{ ports?: Array<{ name?: string; containerPort: number }> }>) {
      for (const p of c.ports ?? []) if (p.name === name) numbers.add(p.containerPort);
    }
  }
  return numbers.size === 1 ? [...numbers][0] : name;
}

interface EgressPolicy {
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: Selector;
  readonly egress: Array<{ to: Peer[]; ports?: PolicyPort[] }>;
}

/**
 * For every ingress rule, the egress its sources need: pods a `from` peer admits (in an isolated
 * namespace) may connect to the policy's pods on the rule's ports. One policy per source namespace and
 * source pod selector, its rules sorted by destination, so a new ingress allow-list anywhere opens the
 * matching egress with no code of its own. `ipBlock` peers are not pods and mirror to nothing.
 */
function mirrorEgress(policies: readonly Policy[], isolated: ReadonlySet<string>, namespaceLabels: ReadonlyMap<string, Record<string, string>>): EgressPolicy[] {
  const groups = new Map<string, { namespace: string; podSelector: Selector; rules: Map<string, { to: Peer[]; ports?: PolicyPort[] }> }>();
  for (const policy of [...policies].sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`))) {
    policy.ingress.forEach((rule) => {
      if (!rule.from || rule.from.length === 0) {
        throw new ConfigError(`networkPolicies.${policy.namespace}/${policy.name}`, null, 'admits every source; name the clients in `from` so their egress can be allowed');
      }
      for (const peer of rule.from) {
        if (peer.ipBlock) continue;
        const sources = peer.namespaceSelector
          ? [...isolated].filter((ns) => selects(peer.namespaceSelector!, namespaceLabels.get(ns) ?? { [NAMESPACE_NAME_LABEL]: ns }))
          : isolated.has(policy.namespace) ? [policy.namespace] : [];
        const podSelector = peer.podSelector ?? {};
        for (const ns of sources) {
          const key = `${ns}|${canonical(podSelector)}`;
          const group = groups.get(key) ?? { namespace: ns, podSelector, rules: new Map() };
          groups.set(key, group);
          const to: Peer[] = [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: policy.namespace } }, podSelector: policy.podSelector }];
          const ruleKey = `${canonical(to)}|${canonical(rule.ports ?? [])}`;
          group.rules.set(ruleKey, { to, ...(rule.ports?.length ? { ports: rule.ports } : {}) });
        }
      }
    });
  }
  const named = new Map<string, string>();
  return [...groups.values()].map((g) => {
    const name = `egress-${selectorName(g.podSelector)}`;
    const clash = named.get(`${g.namespace}/${name}`);
    if (clash !== undefined && clash !== canonical(g.podSelector)) {
      throw new ConfigError(`networkPolicies.${g.namespace}/${name}`, canonical(g.podSelector), `is also the name derived from ${clash}; give the pods a distinguishing label value`);
    }
    named.set(`${g.namespace}/${name}`, canonical(g.podSelector));
    return { namespace: g.namespace, name, podSelector: g.podSelector, egress: [...g.rules.values()] };
  });
}

function selects(selector: Selector, labels: Record<string, string>): boolean {
  if (selector.matchExpressions?.length) throw new ConfigError('namespaceSelector.matchExpressions', selector.matchExpressions, 'is not supported by the egress mirror; select namespaces by matchLabels');
  return matchLabels(selector.matchLabels, labels);
}

/** JSON with sorted keys: equal selectors give equal keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

/** A readable name for a pod selector: its values, name first, without values another one contains. */
function selectorName(selector: Selector): string {
  const labels = selector.matchLabels ?? {};
  if (selector.matchExpressions?.length) throw new ConfigError('podSelector.matchExpressions', selector.matchExpressions, 'is not supported by the egress mirror; select pods by matchLabels');
  const order = (k: string) => (k.endsWith('/name') ? 0 : k.endsWith('/instance') ? 1 : k.endsWith('/component') ? 2 : 3);
  const values = Object.keys(labels).sort((a, b) => order(a) - order(b) || a.localeCompare(b)).map((k) => (labels[k] === 'true' ? k.slice(k.indexOf('/') + 1) : labels[k]).toLowerCase().replace(/[^a-z0-9.-]/g, '-'));
  const kept = values.filter((v, i) => values.indexOf(v) === i && !values.some((o) => o !== v && o.includes(v)));
  return kept.length ? kept.join('-') : 'all-pods';
}
