/**
 * The pods the platform runs, read from the rendered objects: plain workloads from their pod
 * templates, operator-managed clusters from the operator's conventions (`OPERATOR_PODS`). Shared by
 * the metrics-coverage test and the network flow test, so operator knowledge lives in one place.
 */
import { NO_METRICS_ENDPOINT_ANNOTATION } from '../constructs/labels';
import { podTemplateOf } from './invariants';
import type { KubeObject, RenderedObject } from './manifests';

/** A set of pods the platform runs: from a rendered workload, or modelled from an operator's CR. */
export interface Pods {
  /** The rendered file that creates them, e.g. `kafka/KafkaNodePool.broker.yaml`. */
  readonly owner: string;
  readonly kind: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  /** Named container ports (name → number). */
  readonly ports: Record<string, number>;
  readonly hostNetwork: boolean;
  /** Why no monitor scrapes these pods directly, when none does. @default scraped */
  readonly notScraped?: string;
}

type Modelled = Omit<Pods, 'owner' | 'kind' | 'namespace' | 'hostNetwork'>;

/**
 * How each operator labels the pods of the custom resources it manages, and the named ports those
 * pods declare: the one table to extend when a component brings an operator-managed cluster
 * (key: `<API group>/<kind>`). Labels the CR's pod template or `podMetadata` adds are merged in.
 */
export const OPERATOR_PODS: Record<string, (cr: KubeObject) => Modelled[]> = {
  // prometheus-operator: StatefulSet `prometheus-<name>`; containers `prometheus` (web) and `config-reloader` (reloader-web).
  'monitoring.coreos.com/Prometheus': (cr) => [{
    labels: {
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', prometheus: cr.metadata.name, 'operator.prometheus.io/name': cr.metadata.name,
    },
    ports: { web: 9090, 'reloader-web': 8080 },
  }],
  // prometheus-operator: StatefulSet `alertmanager-<name>`; `alertmanager` (web, mesh-tcp) and `config-reloader` (reloader-web).
  'monitoring.coreos.com/Alertmanager': (cr) => [{
    labels: {
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'alertmanager', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', alertmanager: cr.metadata.name,
    },
    ports: { web: 9093, 'mesh-tcp': 9094, 'reloader-web': 8080 },
  }],
  // Strimzi: one StrimziPodSet per node pool; Kafka containers expose `tcp-prometheus` when metricsConfig is set.
  'kafka.strimzi.io/KafkaNodePool': (cr) => {
    const cluster = cr.metadata.labels?.['strimzi.io/cluster'] ?? '';
    const roles = (cr.spec as { roles?: string[] }).roles ?? [];
    return [{
      labels: {
        'strimzi.io/cluster': cluster, 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': `${cluster}-kafka`, 'strimzi.io/pool-name': cr.metadata.name,
        ...Object.fromEntries(roles.map((r) => [`strimzi.io/${r}-role`, 'true'])),
      },
      ports: { 'tcp-ctrlplane': 9090, 'tcp-replication': 9091, 'tcp-kafkaagent': 8443, 'tcp-clients': 9092, 'tcp-clientstls': 9093, 'tcp-prometheus': 9404 },
    }];
  },
  // Strimzi: the entity operator (its topic and user operator containers serve /metrics on their
  // health ports, named `healthcheck-to` 8080 and `healthcheck-uo` 8081 since Strimzi 1.1) and
  // Kafka Exporter, each a Deployment named after the cluster.
  'kafka.strimzi.io/Kafka': (cr): Modelled[] => {
    const spec = cr.spec as { entityOperator?: unknown; kafkaExporter?: unknown };
    const base = { 'strimzi.io/cluster': cr.metadata.name, 'strimzi.io/kind': 'Kafka' };
    return [
      ...(spec.entityOperator ? [{ labels: { ...base, 'strimzi.io/name': `${cr.metadata.name}-entity-operator` }, ports: { 'healthcheck-to': 8080, 'healthcheck-uo': 8081 } }] : []),
      ...(spec.kafkaExporter ? [{ labels: { ...base, 'strimzi.io/name': `${cr.metadata.name}-kafka-exporter` }, ports: { 'tcp-prometheus': 9404 } }] : []),
    ];
  },
  // ECK: the pod template's labels plus ECK's own. Elasticsearch and Kibana serve no Prometheus
  // endpoint of their own; the cluster is observed through the elasticsearch-exporter Deployment.
  'elasticsearch.k8s.elastic.co/Elasticsearch': (cr) => ((cr.spec as { nodeSets: Array<{ name: string; podTemplate?: { metadata?: { labels?: Record<string, string> } } }> }).nodeSets).map((set) => ({
    labels: {
      ...set.podTemplate?.metadata?.labels,
      'common.k8s.elastic.co/type': 'elasticsearch', 'elasticsearch.k8s.elastic.co/cluster-name': cr.metadata.name,
      'elasticsearch.k8s.elastic.co/statefulset-name': `${cr.metadata.name}-es-${set.name}`,
    },
    ports: { https: 9200, transport: 9300 },
    notScraped: 'observed through elasticsearch-exporter',
  })),
  'kibana.k8s.elastic.co/Kibana': (cr) => [{
    labels: { ...(cr.spec as { podTemplate?: { metadata?: { labels?: Record<string, string> } } }).podTemplate?.metadata?.labels, 'common.k8s.elastic.co/type': 'kibana', 'kibana.k8s.elastic.co/name': cr.metadata.name },
    ports: { https: 5601 },
    notScraped: 'observed through Elasticsearch and its exporter',
  }],
};

function podMetadataLabels(cr: KubeObject): Record<string, string> {
  return ((cr.spec as { podMetadata?: { labels?: Record<string, string> } }).podMetadata?.labels) ?? {};
}

/** Every pod set of an environment: workloads (including Jobs) and operator-managed clusters. */
export function podsOf(objects: readonly RenderedObject[]): Pods[] {
  return objects.flatMap(({ file, object }) => {
    const namespace = object.metadata.namespace ?? '';
    const model = OPERATOR_PODS[`${object.apiVersion.split('/')[0]}/${object.kind}`];
    if (model) return model(object).map((p) => ({ ...p, owner: file, kind: object.kind, namespace, hostNetwork: false }));
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const ports = Object.fromEntries(pod.spec.containers.flatMap((c) => (c.ports ?? []).flatMap((p) => (p.name ? [[p.name, p.containerPort]] : []))));
    // A workload whose program has no metrics endpoint says why (a reason is required, never a silent skip).
    const notScraped = object.metadata.annotations?.[NO_METRICS_ENDPOINT_ANNOTATION]?.trim() || undefined;
    return [{ owner: file, kind: object.kind, namespace, labels: pod.metadata?.labels ?? {}, ports, hostNetwork: pod.spec.hostNetwork === true, ...(notScraped ? { notScraped } : {}) }];
  });
}
