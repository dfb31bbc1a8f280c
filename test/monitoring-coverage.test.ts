import { describe, expect, it } from 'vitest';
import { NO_METRICS_ENDPOINT_ANNOTATION } from '../constructs/labels';
import { podTemplateOf } from '../scripts/lib/invariants';
import { loadManifests, type KubeObject, type RenderedObject } from '../scripts/lib/manifests';
import { MANIFESTS } from './support/fixtures';

/** A set of pods the platform runs: from a rendered workload, or modelled from an operator's CR. */
interface Pods {
  readonly owner: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  /** Named container ports. */
  readonly ports: readonly string[];
}

/**
 * How each operator labels the pods of the custom resources it manages, and which named ports those
 * pods declare: the one table to extend when a component brings an operator-managed cluster
 * (key: `<API group>/<kind>`). Labels the CR's pod template or `podMetadata` adds are merged in.
 */
const OPERATOR_PODS: Record<string, (cr: KubeObject) => Array<Omit<Pods, 'owner' | 'namespace'>>> = {
  // prometheus-operator: StatefulSet `prometheus-<name>`; containers `prometheus` (web) and `config-reloader` (reloader-web).
  'monitoring.coreos.com/Prometheus': (cr) => [{
    labels: {
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', prometheus: cr.metadata.name, 'operator.prometheus.io/name': cr.metadata.name,
    },
    ports: ['web', 'reloader-web'],
  }],
  // prometheus-operator: StatefulSet `alertmanager-<name>`; `alertmanager` (web, mesh-tcp) and `config-reloader` (reloader-web).
  'monitoring.coreos.com/Alertmanager': (cr) => [{
    labels: {
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'alertmanager', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', alertmanager: cr.metadata.name,
    },
    ports: ['web', 'mesh-tcp', 'reloader-web'],
  }],
  // Strimzi: one StrimziPodSet per node pool; Kafka containers expose `tcp-prometheus` when metricsConfig is set.
  'kafka.strimzi.io/KafkaNodePool': (cr) => {
    const cluster = cr.metadata.labels?.['strimzi.io/cluster'] ?? '';
    return [{
      labels: { 'strimzi.io/cluster': cluster, 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': `${cluster}-kafka`, 'strimzi.io/pool-name': cr.metadata.name },
      ports: ['tcp-replication', 'tcp-prometheus'],
    }];
  },
  // Strimzi: the entity operator (topic and user operator containers, both on a `healthcheck` port that
  // also serves /metrics) and Kafka Exporter, each a Deployment named after the cluster.
  'kafka.strimzi.io/Kafka': (cr) => {
    const spec = cr.spec as { entityOperator?: unknown; kafkaExporter?: unknown };
    const base = { 'strimzi.io/cluster': cr.metadata.name, 'strimzi.io/kind': 'Kafka' };
    return [
      ...(spec.entityOperator ? [{ labels: { ...base, 'strimzi.io/name': `${cr.metadata.name}-entity-operator` }, ports: ['healthcheck'] }] : []),
      ...(spec.kafkaExporter ? [{ labels: { ...base, 'strimzi.io/name': `${cr.metadata.name}-kafka-exporter` }, ports: ['tcp-prometheus'] }] : []),
    ];
  },
  // ECK: Elasticsearch and Kibana serve no Prometheus endpoint of their own; the cluster is observed
  // through the elasticsearch-exporter Deployment, which this test checks like any other workload.
  'elasticsearch.k8s.elastic.co/Elasticsearch': () => [],
  'kibana.k8s.elastic.co/Kibana': () => [],
};

function podMetadataLabels(cr: KubeObject): Record<string, string> {
  return ((cr.spec as { podMetadata?: { labels?: Record<string, string> } }).podMetadata?.labels) ?? {};
}

const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function podsOf(objects: readonly RenderedObject[]): Pods[] {
  return objects.flatMap(({ file, object }) => {
    const namespace = object.metadata.namespace ?? '';
    const model = OPERATOR_PODS[`${object.apiVersion.split('/')[0]}/${object.kind}`];
    if (model) return model(object).map((p) => ({ ...p, owner: file, namespace }));
    const pod = podTemplateOf(object);
    if (!pod || !LONG_RUNNING.has(object.kind)) return [];
    // A workload whose program has no metrics endpoint says why; the reason is required, not a silent skip.
    if (object.metadata.annotations?.[NO_METRICS_ENDPOINT_ANNOTATION]?.trim()) return [];
    const ports = pod.spec.containers.flatMap((c) => (c.ports ?? []).flatMap((p) => (p.name ? [p.name] : [])));
    return [{ owner: file, namespace, labels: pod.metadata?.labels ?? {}, ports }];
  });
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** Files of the pod sets that no monitor selected by a rendered Prometheus scrapes. */
function unmonitored(objects: readonly RenderedObject[]): string[] {
  const pods = podsOf(objects);
  const byKind = (kind: string) => objects.filter((r) => r.object.kind === kind).map((r) => r.object);
  const namespaceLabels = new Map(byKind('Namespace').map((n) => [n.metadata.name, n.metadata.labels ?? {}]));
  const prometheuses = byKind('Prometheus').map((p) => p.spec as Record<string, { matchLabels?: Record<string, string> } | undefined>);
  const selected = (monitor: KubeObject, kind: 'serviceMonitor' | 'podMonitor') => prometheuses.some((spec) =>
    matches(spec[`${kind}Selector`]?.matchLabels ?? {}, monitor.metadata.labels) &&
    matches(spec[`${kind}NamespaceSelector`]?.matchLabels ?? {}, namespaceLabels.get(monitor.metadata.namespace ?? '')));
  const covered = new Set<Pods>();
  const inNamespaces = (monitor: KubeObject) => {
    const sel = (monitor.spec as { namespaceSelector?: { matchNames?: string[]; any?: boolean } }).namespaceSelector;
    return (ns: string) => sel?.any === true || (sel?.matchNames ?? [monitor.metadata.namespace]).includes(ns);
  };

  for (const monitor of byKind('ServiceMonitor').filter((m) => selected(m, 'serviceMonitor'))) {
    const spec = monitor.spec as { selector: { matchLabels?: Record<string, string> }; endpoints: Array<{ port?: string }> };
    const services = byKind('Service').filter((s) => inNamespaces(monitor)(s.metadata.namespace ?? '') && matches(spec.selector.matchLabels, s.metadata.labels));
    for (const service of services) {
      const svc = service.spec as { selector?: Record<string, string>; ports?: Array<{ name?: string; targetPort?: string | number }> };
      for (const endpoint of spec.endpoints) {
        const port = svc.ports?.find((p) => p.name === endpoint.port);
        if (!port) continue;
        const target = typeof port.targetPort === 'string' ? port.targetPort : undefined;
        pods.filter((p) => p.namespace === service.metadata.namespace && matches(svc.selector, p.labels) && (!target || p.ports.includes(target)))
          .forEach((p) => covered.add(p));
      }
    }
  }
  for (const monitor of byKind('PodMonitor').filter((m) => selected(m, 'podMonitor'))) {
    const spec = monitor.spec as { selector: { matchLabels?: Record<string, string> }; podMetricsEndpoints: Array<{ port?: string }> };
    pods.filter((p) => inNamespaces(monitor)(p.namespace) && matches(spec.selector.matchLabels, p.labels) && spec.podMetricsEndpoints.some((e) => e.port && p.ports.includes(e.port)))
      .forEach((p) => covered.add(p));
  }
  return pods.filter((p) => !covered.has(p)).map((p) => p.owner);
}

const tree = loadManifests(MANIFESTS);

describe('metrics coverage', () => {
  it.each([...tree.keys()])('%s: every workload and operator-managed cluster is scraped by a monitor a Prometheus selects', (env) => {
    expect(unmonitored(tree.get(env)!)).toEqual([]);
  });

  it.each([...tree.keys()])('%s: the modelled operator-managed clusters are counted', (env) => {
    const owners = podsOf(tree.get(env)!).map((p) => p.owner);
    expect(owners).toEqual(expect.arrayContaining(['monitoring/Prometheus.platform.yaml', 'monitoring/Alertmanager.platform.yaml']));
  });

  const without = (predicate: (r: RenderedObject) => boolean) => tree.get('prod')!.filter((r) => !predicate(r));

  it('fails when a workload has no monitor', () => {
    expect(unmonitored(without((r) => r.file === 'monitoring/ServiceMonitor.kube-state-metrics.yaml'))).toEqual(['monitoring/Deployment.kube-state-metrics.yaml']);
  });

  it('fails when an operator-managed cluster has no monitor', () => {
    expect(unmonitored(without((r) => r.file === 'monitoring/ServiceMonitor.alertmanager.yaml'))).toEqual(['monitoring/Alertmanager.platform.yaml']);
  });

  it('fails when no Prometheus selects the monitors', () => {
    expect(unmonitored(without((r) => r.object.kind === 'Prometheus')).length).toBeGreaterThan(0);
  });
});
