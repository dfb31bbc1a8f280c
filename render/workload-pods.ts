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
 * `objects`: every rendered object of the environment, for a model that depends on another (a
 * Certificate's pods on its issuer).
 */
export const OPERATOR_PODS: Record<string, (cr: KubeObject, objects: readonly KubeObject[]) => Modelled[]> = {
  // prometheus-operator v0.93.0: StatefulSet `prometheus-<name>` per shard; containers `prometheus` (web) and
  // `config-reloader` (reloader-web). Labels: the version, then podMetadata, then the selector labels
  // and the shard (pkg/prometheus/promcfg.go BuildPodMetadata, server/statefulset.go, server/operator.go makeSelectorLabels).
  'monitoring.coreos.com/Prometheus': (cr) => [{
    labels: {
      'app.kubernetes.io/version': operatorVersion(cr),
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', prometheus: cr.metadata.name, 'operator.prometheus.io/name': cr.metadata.name,
      'operator.prometheus.io/shard': '0',
    },
    ports: { web: 9090, 'reloader-web': 8080 },
  }],
  // prometheus-operator v0.93.0: StatefulSet `alertmanager-<name>`; `alertmanager` (web, mesh-tcp) and
  // `config-reloader` (reloader-web). Labels in the same order (pkg/alertmanager/statefulset.go).
  'monitoring.coreos.com/Alertmanager': (cr) => [{
    labels: {
      'app.kubernetes.io/version': operatorVersion(cr),
      ...podMetadataLabels(cr),
      'app.kubernetes.io/name': 'alertmanager', 'app.kubernetes.io/instance': cr.metadata.name,
      'app.kubernetes.io/managed-by': 'prometheus-operator', alertmanager: cr.metadata.name,
    },
    ports: { web: 9093, 'mesh-tcp': 9094, 'reloader-web': 8080 },
  }],
  // Strimzi 1.2.0: one StrimziPodSet per node pool. Pod labels as the operator writes them: the pool's
  // own labels (Labels.fromResource, without app.kubernetes.io/* but part-of), the Strimzi and
  // Kubernetes labels of KafkaPool.java (`kafka` component type, instance and part-of from the cluster,
  // managed-by strimzi-cluster-operator), each node's roles as "true" or "false"
  // (KafkaCluster.java, generatePodSets) and the pod-set labels (WorkloadUtils.createStatefulPod).
  // Kafka containers expose `tcp-prometheus` when metricsConfig is set.
  'kafka.strimzi.io/KafkaNodePool': (cr) => {
    const cluster = cr.metadata.labels?.['strimzi.io/cluster'] ?? '';
    const roles = (cr.spec as { roles?: string[] }).roles ?? [];
    return [{
      labels: {
        ...inheritedByStrimzi(cr),
        ...strimziLabels(cluster, `${cluster}-kafka`, 'kafka'),
        'strimzi.io/pool-name': cr.metadata.name,
        'strimzi.io/broker-role': String(roles.includes('broker')), 'strimzi.io/controller-role': String(roles.includes('controller')),
        'strimzi.io/controller': 'strimzipodset', 'strimzi.io/controller-name': `${cluster}-${cr.metadata.name}`,
      },
      ports: { 'tcp-ctrlplane': 9090, 'tcp-replication': 9091, 'tcp-kafkaagent': 8443, 'tcp-clients': 9092, 'tcp-clientstls': 9093, 'tcp-prometheus': 9404 },
    }];
  },
  // Strimzi 1.2.0: the entity operator (its topic and user operator containers serve /metrics on their
  // health ports, named `healthcheck-to` 8080 and `healthcheck-uo` 8081 since Strimzi 1.1) and Kafka
  // Exporter, each a Deployment named after the cluster, labelled by Labels.generateDefaultLabels with
  // their component types (EntityOperator.java `entity-operator`, KafkaExporter.java `kafka-exporter`).
  'kafka.strimzi.io/Kafka': (cr): Modelled[] => {
    const spec = cr.spec as { entityOperator?: unknown; kafkaExporter?: unknown };
    const c = cr.metadata.name;
    return [
      ...(spec.entityOperator ? [{ labels: { ...inheritedByStrimzi(cr), ...strimziLabels(c, `${c}-entity-operator`, 'entity-operator') }, ports: { 'healthcheck-to': 8080, 'healthcheck-uo': 8081 } }] : []),
      ...(spec.kafkaExporter ? [{ labels: { ...inheritedByStrimzi(cr), ...strimziLabels(c, `${c}-kafka-exporter`, 'kafka-exporter') }, ports: { 'tcp-prometheus': 9404 } }] : []),
    ];
  },
  // ECK 3.5.0: the pod template's labels plus ECK's own (pkg/controller/elasticsearch/label/label.go,
  // NewPodLabels: cluster name, version, a true/false label per node role, the HTTP scheme, the
  // StatefulSet). Elasticsearch and Kibana serve no Prometheus endpoint of their own; the cluster is
  // observed through the elasticsearch-exporter Deployment.
  'elasticsearch.k8s.elastic.co/Elasticsearch': (cr) => {
    const spec = cr.spec as { version: string; http?: { tls?: { selfSignedCertificate?: { disabled?: boolean } } }; nodeSets: Array<{ name: string; config?: Record<string, unknown>; podTemplate?: { metadata?: { labels?: Record<string, string> } } }> };
    const scheme = spec.http?.tls?.selfSignedCertificate?.disabled ? 'http' : 'https';
    return spec.nodeSets.map((set) => {
      // Without node.roles a node has every role (Elasticsearch's default).
      const roles = (set.config?.['node.roles'] as string[] | undefined) ?? ES_ROLES;
      return {
        labels: {
          ...set.podTemplate?.metadata?.labels,
          'common.k8s.elastic.co/type': 'elasticsearch', 'elasticsearch.k8s.elastic.co/cluster-name': cr.metadata.name,
          'elasticsearch.k8s.elastic.co/statefulset-name': `${cr.metadata.name}-es-${set.name}`,
          'elasticsearch.k8s.elastic.co/version': spec.version, 'elasticsearch.k8s.elastic.co/http-scheme': scheme,
          ...Object.fromEntries(ES_ROLES.map((r) => [`elasticsearch.k8s.elastic.co/node-${r}`, String(roles.includes(r))])),
        },
        ports: { https: 9200, transport: 9300 },
        notScraped: 'observed through elasticsearch-exporter',
      };
    });
  },
  // ECK 3.5.0: pkg/controller/kibana/label/label.go (NewLabels) and pod.go (the version label).
  'kibana.k8s.elastic.co/Kibana': (cr) => [{
    labels: {
      ...(cr.spec as { podTemplate?: { metadata?: { labels?: Record<string, string> } } }).podTemplate?.metadata?.labels,
      'common.k8s.elastic.co/type': 'kibana', 'kibana.k8s.elastic.co/name': cr.metadata.name, 'kibana.k8s.elastic.co/version': (cr.spec as { version: string }).version,
    },
    ports: { https: 5601 },
    notScraped: 'observed through Elasticsearch and its exporter',
  }],
  // cert-manager v1.21.2: while an order is open, one HTTP-01 solver pod per challenge, in the
  // Challenge's namespace, which is the Certificate's (pkg/controller/certificates/requestmanager/
  // requestmanager_controller.go:399 → certificaterequests/acme/acme.go:319 → acmeorders/util.go:81 →
  // pkg/issuer/acme/http/pod.go:172). Labels (pod.go:36-49): the stable
  // `acme.cert-manager.io/http01-solver: "true"` (pkg/apis/acme/v1/types.go:60) and per-challenge
  // hashes of the domain and token, left out (no policy can know them). One container port `http`
  // 8089 (pod.go:263-268, http.go:50). Only an ACME issuer with an HTTP-01 solver starts them.
  'cert-manager.io/Certificate': (cr, objects) => (solvesHttp01(issuerOf(cr, objects)) ? [{
    labels: { 'acme.cert-manager.io/http01-solver': 'true' },
    ports: { http: 8089 },
    notScraped: 'the ACME HTTP-01 solver serves the challenge token only, no metrics (cert-manager\'s controller reports the challenges)',
  }] : []),
};

/**
 * The Issuer or ClusterIssuer a Certificate names (cert-manager's defaults: kind Issuer, group
 * cert-manager.io; an Issuer in the Certificate's namespace); another group is an external issuer.
 */
function issuerOf(cr: KubeObject, objects: readonly KubeObject[]): KubeObject | undefined {
  const ref = (cr.spec as { issuerRef: { name: string; kind?: string; group?: string } }).issuerRef;
  if ((ref.group ?? 'cert-manager.io') !== 'cert-manager.io') return undefined;
  const kind = ref.kind ?? 'Issuer';
  return objects.find((o) => o.apiVersion.startsWith('cert-manager.io/') && o.kind === kind && o.metadata.name === ref.name
    && (kind === 'ClusterIssuer' || o.metadata.namespace === cr.metadata.namespace));
}

function solvesHttp01(issuer: KubeObject | undefined): boolean {
  const solvers = (issuer?.spec as { acme?: { solvers?: Array<{ http01?: unknown }> } } | undefined)?.acme?.solvers ?? [];
  return solvers.some((s) => s.http01 !== undefined);
}

/** The node roles ECK labels pods with for Elasticsearch 7.12 and later (label.go, NewPodLabels). */
const ES_ROLES = ['master', 'data', 'ingest', 'ml', 'transform', 'remote_cluster_client', 'voting_only', 'data_content', 'data_cold', 'data_hot', 'data_warm', 'data_frozen'];

/**
 * Labels.generateDefaultLabels in Strimzi 1.2.0 (operator-common/.../model/Labels.java): Strimzi's kind,
 * name, cluster and component type, and the Kubernetes name, instance, part-of and managed-by.
 */
function strimziLabels(cluster: string, name: string, componentType: string): Record<string, string> {
  return {
    'strimzi.io/kind': 'Kafka', 'strimzi.io/name': name, 'strimzi.io/cluster': cluster, 'strimzi.io/component-type': componentType,
    'app.kubernetes.io/name': componentType, 'app.kubernetes.io/instance': cluster, 'app.kubernetes.io/part-of': `strimzi-${cluster}`,
    'app.kubernetes.io/managed-by': 'strimzi-cluster-operator',
  };
}

/** The custom resource's own labels that Strimzi copies to what it creates: all but app.kubernetes.io/* (STRIMZI_LABELS_EXCLUSION_PATTERN keeps part-of, which it then overwrites). */
function inheritedByStrimzi(cr: KubeObject): Record<string, string> {
  return Object.fromEntries(Object.entries(cr.metadata.labels ?? {}).filter(([k]) => !k.startsWith('app.kubernetes.io/')));
}

/** `spec.version` as the operator's semver prints it (no leading `v`). */
function operatorVersion(cr: KubeObject): string {
  return String((cr.spec as { version?: string }).version ?? '').replace(/^v/, '');
}

function podMetadataLabels(cr: KubeObject): Record<string, string> {
  return ((cr.spec as { podMetadata?: { labels?: Record<string, string> } }).podMetadata?.labels) ?? {};
}

/** Every pod set of an environment: workloads (including Jobs) and operator-managed clusters. */
export function podsOf(objects: readonly RenderedObject[]): Pods[] {
  const all = objects.map((r) => r.object);
  return objects.flatMap(({ file, object }) => {
    const namespace = object.metadata.namespace ?? '';
    const model = OPERATOR_PODS[`${object.apiVersion.split('/')[0]}/${object.kind}`];
    if (model) return model(object, all).map((p) => ({ ...p, owner: file, kind: object.kind, namespace, hostNetwork: false }));
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const ports = Object.fromEntries(pod.spec.containers.flatMap((c) => (c.ports ?? []).flatMap((p) => (p.name ? [[p.name, p.containerPort]] : []))));
    // A workload whose program has no metrics endpoint says why (a reason is required, never a silent skip).
    const notScraped = object.metadata.annotations?.[NO_METRICS_ENDPOINT_ANNOTATION]?.trim() || undefined;
    return [{ owner: file, kind: object.kind, namespace, labels: pod.metadata?.labels ?? {}, ports, hostNetwork: pod.spec.hostNetwork === true, ...(notScraped ? { notScraped } : {}) }];
  });
}
