/**
 * What a merge will do to running clusters, read from two rendered trees (the base revision's and
 * this one's): which pods restart, what the requests cost, which access widens, and which stateful
 * objects a rename deletes. The upgrade dry run against a real API server (tools/upgrade-check.ts)
 * adds the objects the server refuses; `npm run review` (scripts/review.ts) prints it all, summary
 * first, then the per-object diff of render/diff.ts.
 */
import { spawnSync } from 'node:child_process';
import { diffValues, toMarkdown, type FieldChange, type ObjectChange } from './diff';
import { formatBytes, formatMillicores, footprint, totals, type Totals } from './footprint';
import { podTemplateOf } from './invariants';
import type { KubeObject, RenderedObject } from './manifests';
import { evaluateFlow, isPod, policiesOf, selects, type Endpoint, type LabelSelector, type NamespaceLabels } from './network-policy';
import { podsOf } from './workload-pods';

/** An object the API server refused in the upgrade dry run, with the server's message. */
export interface Refusal {
  /** `Kind namespace/name`, as the per-object diff names it. */
  readonly object: string;
  readonly message: string;
}

/** One environment's review. `refused` is undefined when the upgrade dry run did not run. */
export interface EnvironmentReview {
  readonly env: string;
  readonly changes: readonly ObjectChange[];
  readonly refused?: readonly Refusal[];
  /** Base objects the server did not accept, so the dry run could not compare against them. */
  readonly baseNotApplied?: readonly Refusal[];
  readonly dataLoss: readonly string[];
  readonly restarts: readonly Restart[];
  readonly cost: readonly string[];
  readonly access: readonly string[];
}

export interface Restart {
  /** `Kind namespace/name` (plus the node set or pool it concerns). */
  readonly workload: string;
  /** Pods that roll, e.g. `3` or `1 per node`. */
  readonly pods: string;
  /** The changed fields that cause it. */
  readonly why: string;
  readonly budget: string;
}

const idOf = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ?? '-'}/${o.metadata.name}`;
const groupOf = (o: KubeObject) => (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '');
const spec = (o: KubeObject) => (o.spec ?? {}) as Record<string, any>;
const byId = (objects: readonly RenderedObject[]) => new Map(objects.map((r) => [idOf(r.object), r.object]));

/** `a.b: x → y` for the first few changed fields, the rest counted. */
function describeFields(fields: readonly FieldChange[], prefix = ''): string {
  const show = (v: unknown) => {
    if (v === undefined) return '(none)';
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  };
  const shown = fields.slice(0, 3).map((f) => `\`${prefix}${f.path}\` ${show(f.before)} → ${show(f.after)}`);
  return fields.length > 3 ? `${shown.join('; ')}; and ${fields.length - 3} more` : shown.join('; ');
}

// ---------------------------------------------------------------------------------------------------
// Restarts

interface Budget {
  readonly name: string;
  readonly namespace: string;
  readonly selector: LabelSelector;
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
}

/** An int-or-percent of `total`, rounded up as the disruption controller does (GetScaledValueFromIntOrPercent, roundUp). */
const scaled = (value: number | string, total: number) => (typeof value === 'number' ? value : Math.ceil((Number(value.replace('%', '')) / 100) * total));

/** Pods a budget lets go at once: maxUnavailable, or the pods above minAvailable. */
function allowedBy(b: { minAvailable?: number | string; maxUnavailable?: number | string }, pods: number): number {
  if (b.maxUnavailable !== undefined) return scaled(b.maxUnavailable, pods);
  if (b.minAvailable !== undefined) return Math.max(0, pods - scaled(b.minAvailable, pods));
  return pods;
}

function budgetText(name: string, allowed: number, pods: number): string {
  return allowed === 0
    ? `${name} allows no disruption (node drains block; the rollout itself is no eviction and proceeds)`
    : `${name} allows ${Math.min(allowed, pods)} of ${pods} down at a time`;
}

/** The rendered PodDisruptionBudget over pods with these labels, as a sentence. */
function renderedBudget(budgets: readonly Budget[], namespace: string, labels: Record<string, string>, pods: number | undefined): string | undefined {
  const b = budgets.find((x) => x.namespace === namespace && selects(x.selector, labels));
  if (!b) return undefined;
  if (pods === undefined) return `PDB ${b.namespace}/${b.name}`;
  return budgetText(`PDB ${b.namespace}/${b.name}`, allowedBy(b, pods), pods);
}

const noBudget = (pods: number | undefined) => (pods === 1 ? 'none; the only pod is down while it restarts' : 'none');

/**
 * Fields of a Prometheus or Alertmanager that only change the configuration prometheus-operator
 * generates into a Secret, which the config-reloader sidecar reloads in place; any other spec field
 * changes the StatefulSet's pod template (pkg/prometheus/server/statefulset.go and
 * pkg/alertmanager/statefulset.go at v0.93.0 build the pod spec; the selectors and these settings
 * only feed the config generators). `replicas` scales, it does not roll.
 */
const RELOADED_FIELDS: Record<string, ReadonlySet<string>> = {
  Prometheus: new Set([
    'replicas', 'serviceMonitorSelector', 'serviceMonitorNamespaceSelector', 'podMonitorSelector', 'podMonitorNamespaceSelector',
    'probeSelector', 'probeNamespaceSelector', 'scrapeConfigSelector', 'scrapeConfigNamespaceSelector', 'ruleSelector',
    'ruleNamespaceSelector', 'alerting', 'remoteWrite', 'remoteRead', 'externalLabels', 'scrapeInterval', 'scrapeTimeout',
    'evaluationInterval', 'additionalScrapeConfigs', 'additionalAlertManagerConfigs', 'additionalAlertRelabelConfigs',
  ]),
  Alertmanager: new Set(['replicas', 'alertmanagerConfigSelector', 'alertmanagerConfigNamespaceSelector', 'alertmanagerConfiguration', 'alertmanagerConfigMatcherStrategy']),
};

/** Spec changes outside `ignored` top-level fields. */
const specChanges = (before: KubeObject, after: KubeObject, ignored: ReadonlySet<string> = new Set()) =>
  diffValues(spec(before), spec(after)).filter((f) => !ignored.has(f.path.split(/[.[]/)[0]));

/**
 * Every workload whose pod template changes (a config checksum annotation included) and every
 * operator-managed cluster whose pods the operator will replace, with the pods that roll and what
 * disruption budget covers them.
 */
export function restartsOf(before: readonly RenderedObject[], after: readonly RenderedObject[]): Restart[] {
  const old = byId(before);
  const budgets: Budget[] = after
    .filter((r) => r.object.kind === 'PodDisruptionBudget')
    .map(({ object }) => ({ name: object.metadata.name, namespace: object.metadata.namespace ?? '', ...(spec(object) as Omit<Budget, 'name' | 'namespace'>) }));
  const modelled = podsOf(after);
  const labelsOf = (file: string) => modelled.filter((p) => p.owner === file).map((p) => p.labels);
  const out: Restart[] = [];
  for (const { file, object } of after) {
    const was = old.get(idOf(object));
    if (!was) continue;
    const ns = object.metadata.namespace ?? '';
    const s = spec(object);
    switch (object.kind) {
      case 'Deployment':
      case 'StatefulSet':
      case 'DaemonSet': {
        const fields = diffValues(podTemplateOf(was), podTemplateOf(object));
        if (fields.length === 0) break;
        const perNode = object.kind === 'DaemonSet';
        const pods = perNode ? undefined : (s.replicas ?? 1) as number;
        const labels = podTemplateOf(object)?.metadata?.labels ?? {};
        out.push({
          workload: idOf(object),
          pods: perNode ? '1 per node' : String(pods),
          why: describeFields(fields, 'template.'),
          budget: renderedBudget(budgets, ns, labels, pods) ?? noBudget(pods),
        });
        break;
      }
      case 'KafkaNodePool': {
        const fields = specChanges(was, object, new Set(['replicas']));
        if (fields.length === 0 || groupOf(object) !== 'kafka.strimzi.io') break;
        out.push({ workload: idOf(object), pods: String(s.replicas), why: describeFields(fields, 'spec.'), budget: strimziBudget(after, object.metadata.labels?.['strimzi.io/cluster'], s.replicas) });
        break;
      }
      case 'Kafka': {
        if (groupOf(object) !== 'kafka.strimzi.io') break;
        const kafka = diffValues(spec(was).kafka, s.kafka);
        if (kafka.length > 0) {
          const pools = after.filter((r) => r.object.kind === 'KafkaNodePool' && r.object.metadata.labels?.['strimzi.io/cluster'] === object.metadata.name);
          const pods = pools.reduce((n, r) => n + (spec(r.object).replicas as number), 0);
          // Strimzi changes the broker settings Kafka can update dynamically without a restart
          // (KafkaBrokerConfigurationDiff); anything else in spec.kafka rolls every pool.
          const onlyConfig = kafka.every((f) => f.path.startsWith('config'));
          out.push({
            workload: `${idOf(object)} (pools ${pools.map((r) => r.object.metadata.name).join(', ')})`,
            pods: onlyConfig ? `up to ${pods} (only if a setting is not dynamically updatable)` : String(pods),
            why: describeFields(kafka, 'spec.kafka.'),
            budget: strimziBudget(after, object.metadata.name, pods),
          });
        }
        for (const [part, label] of [['entityOperator', 'entity operator'], ['kafkaExporter', 'Kafka Exporter']] as const) {
          const fields = diffValues(spec(was)[part], s[part]);
          if (fields.length > 0 && s[part]) out.push({ workload: `${idOf(object)} ${label}`, pods: '1', why: describeFields(fields, `spec.${part}.`), budget: noBudget(1) });
        }
        break;
      }
      case 'Elasticsearch': {
        if (groupOf(object) !== 'elasticsearch.k8s.elastic.co') break;
        const whole = diffValues({ version: spec(was).version, image: spec(was).image }, { version: s.version, image: s.image });
        const oldSets = new Map(((spec(was).nodeSets ?? []) as any[]).map((n) => [n.name, n]));
        const total = ((s.nodeSets ?? []) as any[]).reduce((n, set) => n + (set.count as number), 0);
        for (const set of s.nodeSets as any[]) {
          const previous = oldSets.get(set.name);
          if (!previous) continue;
          const fields = [...whole, ...diffValues(previous, set).filter((f) => f.path.split(/[.[]/)[0] !== 'count').map((f) => ({ ...f, path: `nodeSets[name=${set.name}].${f.path}` }))];
          if (fields.length === 0) continue;
          out.push({ workload: `${idOf(object)} node set ${set.name}`, pods: String(set.count), why: describeFields(fields, 'spec.'), budget: eckBudget(s, total) });
        }
        break;
      }
      case 'Kibana': {
        const fields = specChanges(was, object, new Set(['count']));
        if (fields.length === 0 || groupOf(object) !== 'kibana.k8s.elastic.co') break;
        const pods = (s.count ?? 1) as number;
        const labels = labelsOf(file)[0] ?? {};
        out.push({ workload: idOf(object), pods: String(pods), why: describeFields(fields, 'spec.'), budget: renderedBudget(budgets, ns, labels, pods) ?? noBudget(pods) });
        break;
      }
      case 'Prometheus':
      case 'Alertmanager': {
        if (groupOf(object) !== 'monitoring.coreos.com') break;
        const fields = specChanges(was, object, RELOADED_FIELDS[object.kind]);
        if (fields.length === 0) break;
        const pods = ((s.replicas ?? 1) as number) * ((s.shards ?? 1) as number);
        const labels = labelsOf(file)[0] ?? {};
        out.push({ workload: idOf(object), pods: String(pods), why: describeFields(fields, 'spec.'), budget: renderedBudget(budgets, ns, labels, pods) ?? noBudget(pods) });
        break;
      }
      default:
        break;
    }
  }
  return out.sort((a, b) => a.workload.localeCompare(b.workload));
}

/**
 * Strimzi's own budget over a cluster's Kafka pods: `spec.kafka.template.podDisruptionBudget.maxUnavailable`,
 * default 1 (the Kafka CRD's description of that field, Strimzi 1.2.0).
 */
function strimziBudget(after: readonly RenderedObject[], cluster: string | undefined, pods: number): string {
  const kafka = after.find((r) => r.object.kind === 'Kafka' && r.object.metadata.name === cluster)?.object;
  const maxUnavailable = (spec(kafka ?? ({} as KubeObject)).kafka?.template?.podDisruptionBudget?.maxUnavailable ?? 1) as number;
  return budgetText(`Strimzi's PDB (maxUnavailable ${maxUnavailable})`, maxUnavailable, pods);
}

/**
 * ECK's default budget with a Basic licence (the Elasticsearch CRD's description of
 * `spec.podDisruptionBudget`, ECK 3.5.0): no disruption while the cluster is not green or when there
 * is a single node; otherwise minAvailable = nodes − 1. An empty `podDisruptionBudget: {}` turns it off.
 */
function eckBudget(s: Record<string, any>, nodes: number): string {
  const pdb = s.podDisruptionBudget as { spec?: { minAvailable?: number | string; maxUnavailable?: number | string } } | undefined;
  if (pdb && !pdb.spec) return 'ECK budget turned off (`podDisruptionBudget: {}`)';
  if (pdb?.spec) return budgetText('ECK budget (spec.podDisruptionBudget)', allowedBy(pdb.spec, nodes), nodes);
  if (nodes <= 1) return "ECK's default budget allows no disruption (a single node); the only node is down while it restarts";
  return `ECK's default budget allows 1 of ${nodes} down at a time, only while the cluster is green`;
}

// ---------------------------------------------------------------------------------------------------
// Cost

/** One `manifests/<env>/README.md` capacity table: check → `needs | has | headroom`. */
export function capacityRows(readme: string | undefined): Map<string, string> {
  const rows = new Map<string, string>();
  if (!readme) return rows;
  const start = readme.indexOf('## Capacity model');
  if (start < 0) return rows;
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1) >= 0 ? readme.indexOf('\n## ', start + 1) : undefined);
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 4 || cells[0] === 'check' || /^-+$/.test(cells[0])) continue;
    rows.set(cells[0], `needs ${cells[1]}, has ${cells[2]}, headroom ${cells[3]}`);
  }
  return rows;
}

/**
 * Requests before → after (render/footprint.ts, DaemonSets counted for one node), the components whose
 * requests change, and every capacity-model check whose figures change.
 */
export function costOf(before: readonly RenderedObject[], after: readonly RenderedObject[], readmeBefore?: string, readmeAfter?: string): string[] {
  const a = footprint(before);
  const b = footprint(after);
  const [ta, tb] = [totals(a, 1), totals(b, 1)];
  const lines: string[] = [];
  const fields: Array<[keyof Totals, string, (n: number) => string]> = [
    ['cpuRequest', 'CPU requests', formatMillicores],
    ['memoryRequest', 'memory requests', formatBytes],
    ['storage', 'storage', formatBytes],
  ];
  const delta = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : `−${format(-n)}`);
  for (const [key, label, format] of fields) {
    if (ta[key] !== tb[key]) lines.push(`${label}: ${format(ta[key])} → ${format(tb[key])} (${delta(tb[key] - ta[key], format)})`);
  }
  const rowsA = new Map(a.map((r) => [`${r.kind} ${r.component}`, r]));
  const rowsB = new Map(b.map((r) => [`${r.kind} ${r.component}`, r]));
  for (const key of [...new Set([...rowsA.keys(), ...rowsB.keys()])].sort()) {
    const [x, y] = [rowsA.get(key), rowsB.get(key)];
    const parts = fields
      .filter(([f]) => (x?.[f] ?? 0) !== (y?.[f] ?? 0))
      .map(([f, label, format]) => `${label} ${format(x?.[f] ?? 0)} → ${format(y?.[f] ?? 0)}`);
    if (parts.length > 0) lines.push(`\`${key}\`${!x ? ' (new)' : !y ? ' (removed)' : ''}: ${parts.join(', ')}`);
  }
  const capA = capacityRows(readmeBefore);
  const capB = capacityRows(readmeAfter);
  for (const check of [...new Set([...capA.keys(), ...capB.keys()])]) {
    if (capA.get(check) !== capB.get(check)) lines.push(`capacity model, ${check}: ${capA.get(check) ?? '(no check)'} → ${capB.get(check) ?? '(no check)'}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// Access

interface PolicyRule { apiGroups?: string[]; resources?: string[]; verbs?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] }

/** `verb group/resource[/name]` for every permission a Role or ClusterRole grants. */
function permissions(object: KubeObject | undefined): Set<string> {
  const out = new Set<string>();
  for (const rule of ((object?.rules ?? []) as PolicyRule[])) {
    const targets = rule.nonResourceURLs?.length
      ? rule.nonResourceURLs
      : (rule.apiGroups ?? ['']).flatMap((g) => (rule.resources ?? []).flatMap((r) => (rule.resourceNames?.length ? rule.resourceNames.map((n) => `${g || 'core'}/${r}/${n}`) : [`${g || 'core'}/${r}`])));
    for (const verb of rule.verbs ?? []) for (const t of targets) out.add(`${verb} ${t}`);
  }
  return out;
}

/** RBAC rules and bindings added or widened: every permission a role gains, every subject a binding gains. */
function rbacChanges(before: readonly RenderedObject[], after: readonly RenderedObject[]): string[] {
  const old = byId(before);
  const lines: string[] = [];
  for (const { object } of after) {
    const was = old.get(idOf(object));
    if (object.kind === 'Role' || object.kind === 'ClusterRole') {
      const had = permissions(was);
      const gained = [...permissions(object)].filter((p) => !had.has(p) && !had.has(p.replace(/ (\S+)\/(\S+)\/[^/]+$/, ' $1/$2')));
      if (gained.length === 0) continue;
      // Grouped by target: `get, list, watch core/secrets`.
      const byTarget = new Map<string, string[]>();
      for (const p of gained) {
        const [verb, target] = p.split(' ');
        byTarget.set(target, [...(byTarget.get(target) ?? []), verb]);
      }
      const text = [...byTarget].map(([t, verbs]) => `${verbs.join(', ')} ${t}`).join('; ');
      lines.push(`RBAC: \`${idOf(object)}\` ${was ? 'widened' : '(new)'}: ${text}`);
    }
    if (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding') {
      const subject = (s: { kind: string; name: string; namespace?: string }) => `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`;
      const had = new Set(((was?.subjects ?? []) as any[]).map(subject));
      const gained = ((object.subjects ?? []) as any[]).map(subject).filter((s) => !had.has(s));
      const ref = object.roleRef as { kind: string; name: string };
      if (gained.length > 0) lines.push(`RBAC: \`${idOf(object)}\` binds ${ref.kind} ${ref.name} to ${gained.join(', ')}${was ? '' : ' (new binding)'}`);
    }
  }
  return lines;
}

/** Sample addresses outside the pod network: the API server, a node, an internet host. */
const ADDRESSES: Record<string, { ip: string }> = { 'the API server': { ip: '172.20.0.2' }, 'a node': { ip: '10.0.1.5' }, 'the internet': { ip: '34.120.0.10' } };

interface Party { readonly name: string; readonly endpoint: Endpoint; readonly ports: readonly number[] }

/** Every pod set of a tree, named `Kind namespace/name` (plus the operator's pod group), and the addresses outside. */
function parties(objects: readonly RenderedObject[], addressPorts: readonly number[]): Map<string, Party> {
  const out = new Map<string, Party>();
  for (const pods of podsOf(objects)) {
    const base = pods.owner.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const group = pods.labels['strimzi.io/name'] ?? pods.labels['elasticsearch.k8s.elastic.co/statefulset-name'];
    const name = `${pods.kind} ${pods.namespace}/${base.slice(base.indexOf('.') + 1)}${group ? ` (${group})` : ''}`;
    out.set(name, { name, endpoint: { namespace: pods.namespace, labels: pods.labels, namedPorts: pods.ports }, ports: [...new Set(Object.values(pods.ports))].sort((a, b) => a - b) });
  }
  out.set('a pod outside the platform', { name: 'a pod outside the platform', endpoint: { namespace: 'default', labels: { app: 'any' } }, ports: [] });
  for (const [name, endpoint] of Object.entries(ADDRESSES)) out.set(name, { name, endpoint, ports: addressPorts });
  return out;
}

function namespaceLabels(objects: readonly RenderedObject[]): NamespaceLabels {
  return new Map(objects.filter((r) => r.object.kind === 'Namespace').map(({ object }) => [object.metadata.name, { ...object.metadata.labels, 'kubernetes.io/metadata.name': object.metadata.name }]));
}

/** Numeric ports the policies' ipBlock egress rules name: the ports flows to addresses are tried on. */
function addressPortsOf(objects: readonly RenderedObject[]): number[] {
  const ports = new Set<number>([443]);
  for (const p of policiesOf(objects.map((r) => r.object))) {
    for (const rule of p.egress) if (rule.to?.some((peer) => peer.ipBlock)) for (const port of rule.ports ?? []) if (typeof port.port === 'number') ports.add(port.port);
  }
  return [...ports].sort((a, b) => a - b);
}

/**
 * Flows between the pod sets both trees run (and the addresses outside) that the NetworkPolicies
 * allow after the change and did not before (opened), or the other way round (closed), evaluated by
 * render/network-policy.ts on every named port of the destination. Pod sets a change adds or removes
 * are in the per-object diff; their flows are not listed.
 */
function flowChanges(before: readonly RenderedObject[], after: readonly RenderedObject[]): string[] {
  const ports = [...new Set([...addressPortsOf(before), ...addressPortsOf(after)])].sort((a, b) => a - b);
  const [pa, pb] = [parties(before, ports), parties(after, ports)];
  const names = [...pb.keys()].filter((n) => pa.has(n));
  const [pola, polb] = [policiesOf(before.map((r) => r.object)), policiesOf(after.map((r) => r.object))];
  const [nsa, nsb] = [namespaceLabels(before), namespaceLabels(after)];
  const lines: string[] = [];
  for (const from of names) {
    for (const to of names) {
      if (!isPod(pb.get(from)!.endpoint) && !isPod(pb.get(to)!.endpoint)) continue;
      for (const port of pb.get(to)!.ports) {
        const flow = (p: Map<string, Party>) => ({ from: p.get(from)!.endpoint, to: p.get(to)!.endpoint, port, protocol: 'TCP' as const });
        const was = pa.get(to)!.ports.includes(port) && evaluateFlow(pola, nsa, flow(pa)).allowed;
        const now = evaluateFlow(polb, nsb, flow(pb));
        if (was !== now.allowed) lines.push(`NetworkPolicy: ${now.allowed ? 'opened' : 'closed'} ${from} → ${to} port ${port}${now.allowed ? ` (ingress ${now.ingress}; egress ${now.egress})` : ''}`);
      }
    }
  }
  return lines;
}

/** Ingress hosts and LoadBalancer/NodePort Services the change adds: new ways in from outside. */
function endpointChanges(before: readonly RenderedObject[], after: readonly RenderedObject[]): string[] {
  const endpoints = (objects: readonly RenderedObject[]) => {
    const out = new Map<string, string>();
    for (const { object } of objects) {
      const s = spec(object);
      if (object.kind === 'Ingress') {
        for (const rule of (s.rules ?? []) as Array<{ host?: string; http?: { paths?: Array<{ path?: string; backend?: { service?: { name: string } } }> } }>) {
          for (const p of rule.http?.paths ?? [{}]) out.set(`${rule.host ?? '*'}${p.path ?? '/'}`, `Ingress ${object.metadata.namespace}/${object.metadata.name} → Service ${p.backend?.service?.name ?? '(default backend)'}`);
        }
      }
      if (object.kind === 'Service' && (s.type === 'LoadBalancer' || s.type === 'NodePort')) out.set(`${s.type} ${object.metadata.namespace}/${object.metadata.name}`, idOf(object));
    }
    return out;
  };
  const [a, b] = [endpoints(before), endpoints(after)];
  return [...b].filter(([key]) => !a.has(key)).map(([key, via]) => `new external endpoint: \`${key}\` (${via})`);
}

export function accessOf(before: readonly RenderedObject[], after: readonly RenderedObject[]): string[] {
  return [...rbacChanges(before, after), ...flowChanges(before, after), ...endpointChanges(before, after)];
}

// ---------------------------------------------------------------------------------------------------
// Data loss

/** Whether deleting this object deletes data (volumes, a Kafka topic, an operator-managed cluster's storage). */
function holdsData(object: KubeObject): boolean {
  const s = spec(object);
  switch (object.kind) {
    case 'PersistentVolumeClaim':
    case 'KafkaNodePool':
    case 'KafkaTopic':
    case 'Kafka':
    case 'Elasticsearch':
      return true;
    case 'StatefulSet':
      return (s.volumeClaimTemplates ?? []).length > 0;
    case 'Prometheus':
    case 'Alertmanager':
      return s.storage !== undefined;
    default:
      return false;
  }
}

/**
 * Stateful objects the change removes. Argo CD and Flux prune them; when an object of the same kind
 * and namespace is added at the same time, it is a rename: the new one starts with new, empty storage.
 */
export function dataLossOf(before: readonly RenderedObject[], after: readonly RenderedObject[]): string[] {
  const now = byId(after);
  const old = byId(before);
  const added = after.map((r) => r.object).filter((o) => !old.has(idOf(o)));
  const lines: string[] = [];
  for (const { object } of before) {
    if (now.has(idOf(object)) || !holdsData(object)) continue;
    const twin = added.find((o) => o.kind === object.kind && o.metadata.namespace === object.metadata.namespace);
    lines.push(twin
      ? `\`${idOf(object)}\` is renamed to \`${twin.metadata.name}\`: the sync deletes \`${object.metadata.name}\` and its data, and \`${twin.metadata.name}\` starts with new, empty storage`
      : `\`${idOf(object)}\` is removed: the sync deletes it and the data it holds`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// Putting it together

/** A file as committed at `revision`, or undefined when that commit has no such file. */
export function fileAt(repoRoot: string, revision: string, file: string): string | undefined {
  const run = spawnSync('git', ['show', `${revision}:${file}`], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

export interface EnvironmentInput {
  readonly env: string;
  readonly before: readonly RenderedObject[];
  readonly after: readonly RenderedObject[];
  readonly changes: readonly ObjectChange[];
  readonly readmeBefore?: string;
  readonly readmeAfter?: string;
}

/** Everything but the upgrade dry run, for one environment. */
export function reviewEnvironment(input: EnvironmentInput): EnvironmentReview {
  return {
    env: input.env,
    changes: input.changes,
    dataLoss: dataLossOf(input.before, input.after),
    restarts: restartsOf(input.before, input.after),
    cost: costOf(input.before, input.after, input.readmeBefore, input.readmeAfter),
    access: accessOf(input.before, input.after),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The comment a reviewer reads: per environment a summary, then the collapsed per-object diff. */
export function reviewMarkdown(base: string, reviews: readonly EnvironmentReview[], apiServer: string): string {
  const changed = reviews.filter((r) => r.changes.length > 0);
  if (changed.length === 0) return `### Review against ${base}\n\nNo changes: every environment's rendered objects are the same as at ${base}.\n`;
  const lines = [`### Review against ${base}`, ''];
  for (const r of changed) {
    const refused = r.refused === undefined ? 'upgrade dry run not run' : `${r.refused.length} refused`;
    lines.push(`#### ${r.env}: ${refused}, ${r.restarts.length} restart(s), ${r.dataLoss.length} data loss, ${r.access.length} access change(s)`, '');
    if (r.refused === undefined) {
      lines.push('**Upgrade dry run**: not run (`--skip-upgrade-check`); CI always runs it.', '');
    } else if (r.refused.length > 0) {
      lines.push(`**Refused by the upgrade dry run** (${apiServer}: base applied, then this revision applied server-side with dryRun=All): the sync will fail on these.`, '');
      for (const x of r.refused) lines.push(`- \`${x.object}\`: ${x.message}`);
      lines.push('');
    } else {
      lines.push(`**Upgrade dry run** (${apiServer}): every object accepted.`, '');
    }
    if (r.baseNotApplied?.length) {
      lines.push('Base objects the server did not accept (the dry run treated them as new):', '', ...r.baseNotApplied.map((x) => `- \`${x.object}\`: ${x.message}`), '');
    }
    if (r.dataLoss.length > 0) lines.push('**Data loss**', '', ...r.dataLoss.map((l) => `- ${l}`), '');
    if (r.restarts.length > 0) {
      lines.push('**Restarts**', '', '| workload | pods that roll | why | disruption budget |', '|---|---:|---|---|');
      for (const x of r.restarts) lines.push(`| \`${x.workload}\` | ${x.pods} | ${cell(x.why)} | ${cell(x.budget)} |`);
      lines.push('');
    }
    lines.push('**Cost** (requests; DaemonSets counted for one node)', '', ...(r.cost.length > 0 ? r.cost.map((l) => `- ${l}`) : ['- no change']), '');
    if (r.access.length > 0) lines.push('**Access**', '', ...r.access.map((l) => `- ${l}`), '');
  }
  const changes = changed.flatMap((r) => r.changes);
  lines.push(`<details><summary>Per-object diff (${changes.length} object(s))</summary>`, '', toMarkdown(changes, 'Rendered diff'), '</details>', '');
  return lines.join('\n');
}
