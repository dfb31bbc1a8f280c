import { describe, expect, it } from 'vitest';
import { PLATFORM_NAMESPACES } from '../charts/namespaces';
import type { RenderedObject } from '../render/manifests';
import { evaluateFlow, policiesOf, selects, type Endpoint, type Flow, type NamespaceLabels, type PodEndpoint } from '../render/network-policy';
import { podsOf } from '../render/workload-pods';
import { committedManifests } from './support/fixtures';

/**
 * One end of a flow. `pods`: every rendered pod set in the namespace whose labels include `labels`
 * (operator-managed pods as OPERATOR_PODS models them). `client`: a pod with exactly these labels,
 * rendered or not — the clients later components bring (log aggregator, forwarders, Grafana, Spark),
 * whose access the platform's policies already grant. `address`: outside the pod network.
 */
type End = { pods: string; labels?: Record<string, string> } | { client: string; labels?: Record<string, string> } | { address: keyof typeof ADDRESSES };

interface Row {
  readonly from: End;
  readonly to: End;
  readonly port: number;
  readonly protocol?: 'TCP' | 'UDP';
  readonly why: string;
  /** Only where the rendered objects say the flow exists. @default always */
  readonly when?: (objects: readonly RenderedObject[]) => boolean;
}

/** Sample addresses: the API server's endpoint, a node, and an internet host (a Slack-like SaaS). */
const ADDRESSES = { apiServer: { ip: '172.20.0.2' }, node: { ip: '10.0.1.5' }, internet: { ip: '34.120.0.10' } } as const;

const ns = PLATFORM_NAMESPACES;
const brokers: End = { pods: ns.kafka.name, labels: { 'strimzi.io/broker-role': 'true' } };
const controllers: End = { pods: ns.kafka.name, labels: { 'strimzi.io/controller-role': 'true' } };
const strimziOperator: End = { pods: ns.kafka.name, labels: { 'strimzi.io/kind': 'cluster-operator' } };
const entityOperator: End = { pods: ns.kafka.name, labels: { 'strimzi.io/name': 'logs-entity-operator' } };
const kafkaExporter: End = { pods: ns.kafka.name, labels: { 'strimzi.io/name': 'logs-kafka-exporter' } };
const eckOperator: End = { pods: ns['elastic-system'].name, labels: { 'app.kubernetes.io/name': 'eck-operator' } };
const externalSecrets: End = { pods: ns['external-secrets'].name, labels: { 'app.kubernetes.io/name': 'external-secrets' } };
const elasticsearch: End = { pods: ns.elastic.name, labels: { 'common.k8s.elastic.co/type': 'elasticsearch' } };
const kibana: End = { pods: ns.elastic.name, labels: { 'common.k8s.elastic.co/type': 'kibana' } };
const esExporter: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'elasticsearch-exporter' } };
const indexLifecycle: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'index-lifecycle' } };
const savedObjects: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'kibana-saved-objects' } };
const prometheus: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'prometheus' } };
const alertmanager: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'alertmanager' } };
const promOperator: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'prometheus-operator' } };
const ksm: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'kube-state-metrics' } };
// The rendered controller pods, whatever labels the vendored install gives them: every pod of its namespace.
const ingressController: End = { pods: ns['haproxy-controller'].name };
const sparkMaster: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/name': 'spark', 'app.kubernetes.io/component': 'master' } };
const sparkHistory: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/name': 'spark', 'app.kubernetes.io/component': 'history-server' } };
const kafkaUi: End = { pods: ns['kafka-ui'].name, labels: { 'app.kubernetes.io/name': 'kafka-ui' } };
const grafana: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'grafana' } };
const logAggregator: End = { pods: ns.logging.name, labels: { 'app.kubernetes.io/instance': 'fluent-bit-aggregator' } };
const forwarder: End = { pods: ns['node-agents'].name, labels: { 'app.kubernetes.io/instance': 'fluent-bit-forwarder' } };
const spark: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/instance': 'spark-log-analytics' } };
const telegrafProducer: End = { pods: ns['node-agents'].name, labels: { 'app.kubernetes.io/instance': 'telegraf-producer' } };
const telegrafConsumer: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/instance': 'telegraf-consumer' } };
const influxSingle: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/name': 'influxdb', 'app.kubernetes.io/component': 'database' } };
const influxData: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/name': 'influxdb', 'app.kubernetes.io/component': 'data-node' } };
/** A pod outside the platform's namespaces, whose egress no platform policy restricts. */
const outsider: End = { client: 'default', labels: { app: 'any' } };
const apiServer: End = { address: 'apiServer' };
const node: End = { address: 'node' };
const internet: End = { address: 'internet' };

const influxEnabled = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'Namespace' && r.object.metadata.name === 'influxdb');
/** In dev the forwarders use the plain listener (9092); elsewhere TLS (9093). */
const tlsOnlyForwarders = (objects: readonly RenderedObject[]) => !objects.some((r) => r.object.kind === 'Namespace' && r.object.metadata.name === 'demo');
/** Environments whose receivers' values come from Vault (secrets.externalStore). */
const vaultStore = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'SecretStore' && (r.object.spec as { provider: { vault?: unknown } }).provider.vault);
const rackAware = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'Kafka' && (r.object.spec as { kafka: { rack?: unknown } }).kafka.rack);

/** The platform's intended flows. A new component adds its rows here. */
const INTENDED: readonly Row[] = [
  // Kafka
  { from: strimziOperator, to: apiServer, port: 443, why: 'Strimzi reconciles its custom resources' },
  { from: strimziOperator, to: controllers, port: 9090, why: 'cluster operator manages the KRaft quorum' },
  { from: strimziOperator, to: brokers, port: 9091, why: 'cluster operator admin client (rolling restarts)' },
  { from: strimziOperator, to: brokers, port: 8443, why: 'cluster operator reads broker state from the Kafka agent' },
  { from: brokers, to: controllers, port: 9090, why: 'brokers register with the KRaft controllers' },
  { from: brokers, to: brokers, port: 9091, why: 'replication between brokers' },
  { from: brokers, to: apiServer, port: 443, why: 'rack awareness: the init container reads the node zone', when: rackAware },
  { from: entityOperator, to: brokers, port: 9091, why: 'topic and user operators manage topics and ACLs' },
  { from: entityOperator, to: apiServer, port: 443, why: 'topic and user operators watch KafkaTopic / KafkaUser' },
  { from: kafkaExporter, to: brokers, port: 9091, why: 'Kafka Exporter reads offsets and lag' },
  { from: forwarder, to: brokers, port: 9093, why: 'Fluent Bit forwarders produce logs (TLS listener)', when: tlsOnlyForwarders },
  { from: forwarder, to: apiServer, port: 443, why: 'the forwarder\'s Kubernetes metadata filter reads pods and namespaces' },
  { from: spark, to: internet, port: 443, why: 'spark-submit resolves the Kafka connector package from Maven Central' },
  { from: spark, to: elasticsearch, port: 9200, why: 'the Spark log-analytics job writes error counts to Elasticsearch' },
  { from: telegrafProducer, to: brokers, port: 9093, why: 'Telegraf producers write node metrics to the metrics topic', when: influxEnabled },
  { from: telegrafProducer, to: node, port: 10250, why: 'the Telegraf kubernetes input reads the kubelet', when: influxEnabled },
  { from: telegrafConsumer, to: brokers, port: 9093, why: 'the Telegraf consumer reads the metrics topic', when: influxEnabled },
  { from: telegrafConsumer, to: influxSingle, port: 8086, why: 'the Telegraf consumer writes to the single InfluxDB node', when: influxEnabled },
  { from: telegrafConsumer, to: influxData, port: 8086, why: 'the Telegraf consumer writes to the InfluxDB data nodes', when: influxEnabled },
  { from: grafana, to: influxSingle, port: 8086, why: 'Grafana queries the InfluxDB datasource (single node)', when: influxEnabled },
  { from: grafana, to: influxData, port: 8086, why: 'Grafana queries the InfluxDB datasource (data nodes)', when: influxEnabled },
  { from: logAggregator, to: brokers, port: 9093, why: 'the log aggregator consumes logs' },
  { from: spark, to: brokers, port: 9093, why: 'the Spark log-analytics job consumes container logs' },
  // Elasticsearch and Kibana
  { from: eckOperator, to: apiServer, port: 443, why: 'ECK reconciles its custom resources' },
  { from: externalSecrets, to: apiServer, port: 443, why: 'External Secrets Operator reconciles its custom resources and reads the copies\' sources' },
  { from: externalSecrets, to: internet, port: 8200, why: 'External Secrets Operator reads the environment\'s Vault store', when: vaultStore },
  { from: prometheus, to: externalSecrets, port: 8080, why: 'External Secrets Operator metrics' },
  { from: eckOperator, to: elasticsearch, port: 9200, why: 'ECK manages the cluster through its API' },
  { from: elasticsearch, to: elasticsearch, port: 9300, why: 'transport between Elasticsearch nodes' },
  { from: kibana, to: elasticsearch, port: 9200, why: 'Kibana queries Elasticsearch' },
  { from: esExporter, to: elasticsearch, port: 9200, why: 'the exporter reads cluster stats' },
  { from: indexLifecycle, to: elasticsearch, port: 9200, why: 'the lifecycle job installs policies, templates and roles' },
  { from: savedObjects, to: kibana, port: 5601, why: 'the saved-objects job imports Kibana objects' },
  { from: logAggregator, to: elasticsearch, port: 9200, why: 'the log aggregator writes log streams' },
  { from: grafana, to: elasticsearch, port: 9200, why: 'Grafana reads logs as a datasource' },
  { from: ingressController, to: kibana, port: 5601, why: 'the Kibana UI through the ingress controller' },
  // Ingress controller (vendored HAProxy install)
  { from: internet, to: ingressController, port: 8443, why: 'clients reach the UIs over HTTPS through the NodePort Service' },
  { from: internet, to: ingressController, port: 8080, why: 'plain HTTP, which the controller redirects to HTTPS' },
  { from: ingressController, to: apiServer, port: 443, why: 'the controller watches Ingresses, Services, endpoints and Secrets' },
  { from: prometheus, to: ingressController, port: 1024, why: 'HAProxy metrics (its Prometheus exporter on the stats port)' },
  { from: prometheus, to: ingressController, port: 6060, why: 'the controller\'s own metrics' },
  { from: ingressController, to: sparkMaster, port: 8080, why: 'the Spark master UI' },
  { from: ingressController, to: sparkHistory, port: 18080, why: 'the Spark history UI' },
  // Kafka topic browser (where rendered)
  { from: ingressController, to: kafkaUi, port: 8080, why: 'the Kafka UI through the ingress controller' },
  { from: kafkaUi, to: brokers, port: 9093, why: 'the Kafka UI reads topics over the TLS listener' },
  { from: prometheus, to: kafkaUi, port: 8080, why: 'Kafka UI metrics (/actuator/prometheus)' },
  // Monitoring
  { from: promOperator, to: apiServer, port: 443, why: 'prometheus-operator reconciles its custom resources' },
  { from: ksm, to: apiServer, port: 6443, why: 'kube-state-metrics lists objects (API server on 6443)' },
  { from: prometheus, to: apiServer, port: 443, why: 'service discovery and the API server monitor' },
  { from: prometheus, to: node, port: 10250, why: 'kubelet and cAdvisor metrics' },
  { from: prometheus, to: node, port: 9100, why: 'node-exporter runs on the host network' },
  { from: prometheus, to: alertmanager, port: 9093, why: 'Prometheus sends alerts (and scrapes Alertmanager)' },
  { from: alertmanager, to: alertmanager, port: 9094, why: 'Alertmanager gossip (TCP)' },
  { from: alertmanager, to: alertmanager, port: 9094, protocol: 'UDP', why: 'Alertmanager gossip (UDP)' },
  { from: alertmanager, to: internet, port: 443, why: 'Slack, PagerDuty and Discord receivers' },
  { from: alertmanager, to: internet, port: 587, why: 'e-mail receiver (SMTP submission)' },
  { from: grafana, to: prometheus, port: 9090, why: 'Grafana queries Prometheus' },
  { from: grafana, to: alertmanager, port: 9093, why: 'Grafana shows silences and alerts' },
  { from: ingressController, to: prometheus, port: 9090, why: 'the Prometheus UI' },
  { from: ingressController, to: grafana, port: 3000, why: 'the Grafana UI' },
  { from: grafana, to: internet, port: 443, why: 'Grafana-managed alerts to Discord' },
  { from: ingressController, to: alertmanager, port: 9093, why: 'the Alertmanager UI' },
  // Scraping (every monitor opens its own path)
  { from: prometheus, to: prometheus, port: 9090, why: 'self-monitoring' },
  { from: prometheus, to: alertmanager, port: 8080, why: 'config-reloader metrics' },
  { from: prometheus, to: promOperator, port: 8080, why: 'prometheus-operator metrics' },
  { from: prometheus, to: ksm, port: 8080, why: 'kube-state-metrics' },
  { from: prometheus, to: brokers, port: 9404, why: 'Kafka JMX metrics' },
  { from: prometheus, to: controllers, port: 9404, why: 'KRaft controller metrics' },
  { from: prometheus, to: entityOperator, port: 8080, why: 'topic operator metrics' },
  { from: prometheus, to: entityOperator, port: 8081, why: 'user operator metrics' },
  { from: prometheus, to: kafkaExporter, port: 9404, why: 'Kafka Exporter metrics' },
  { from: prometheus, to: strimziOperator, port: 8080, why: 'Strimzi operator metrics' },
  { from: prometheus, to: eckOperator, port: 9090, why: 'ECK operator metrics' },
  { from: prometheus, to: esExporter, port: 9114, why: 'Elasticsearch metrics through the exporter' },
  { from: prometheus, to: grafana, port: 3000, why: 'Grafana metrics' },
];

/** A sample of flows nothing intends: each must be denied. */
const DENIED: readonly Row[] = [
  { from: spark, to: elasticsearch, port: 9300, why: 'only Elasticsearch nodes speak transport' },
  { from: logAggregator, to: controllers, port: 9090, why: 'clients never reach the controller quorum' },
  { from: logAggregator, to: brokers, port: 9091, why: 'the replication listener is internal' },
  { from: spark, to: promOperator, port: 8080, why: 'only Prometheus scrapes the operator' },
  { from: brokers, to: promOperator, port: 8080, why: 'only Prometheus scrapes the operator' },
  { from: ingressController, to: promOperator, port: 8080, why: 'the operator has no UI' },
  { from: ingressController, to: elasticsearch, port: 9200, why: 'Elasticsearch is not exposed; Kibana is' },
  { from: kibana, to: elasticsearch, port: 9300, why: 'Kibana uses HTTP only' },
  { from: elasticsearch, to: apiServer, port: 443, why: 'Elasticsearch needs no API access' },
  { from: externalSecrets, to: internet, port: 80, why: 'External Secrets Operator reaches the API server and the declared store only' },
  { from: brokers, to: internet, port: 80, why: 'Kafka has no business outside the cluster' },
  { from: forwarder, to: elasticsearch, port: 9200, why: 'forwarders write to Kafka, not Elasticsearch' },
  { from: prometheus, to: elasticsearch, port: 9200, why: 'Elasticsearch is scraped through its exporter' },
  { from: spark, to: internet, port: 80, why: 'default-deny egress: only HTTPS to the package repository is open' },
  { from: ingressController, to: spark, port: 7077, why: 'the Spark master port is not exposed' },
  { from: outsider, to: indexLifecycle, port: 8080, why: 'default-deny ingress: nothing may reach a setup Job' },
  { from: ingressController, to: indexLifecycle, port: 8080, why: 'the ingress controller reaches only the UIs' },
  { from: internet, to: ingressController, port: 1024, why: 'the HAProxy statistics page is for Prometheus only' },
  { from: internet, to: ingressController, port: 6060, why: 'the controller port (metrics) is for Prometheus only' },
  { from: ingressController, to: brokers, port: 9093, why: 'the ingress controller routes HTTP only' },
  { from: kafkaUi, to: brokers, port: 9091, why: 'the Kafka UI uses the client listener only' },
  { from: kafkaUi, to: elasticsearch, port: 9200, why: 'the Kafka UI reads Kafka only' },
  { from: logAggregator, to: kafkaUi, port: 8080, why: 'only the ingress controller and Prometheus reach the Kafka UI' },
  { from: ingressController, to: internet, port: 80, why: 'the ingress controller needs nothing outside the cluster' },
  { from: elasticsearch, to: internet, port: 443, why: 'no GeoIP downloads or other calls out' },
];

const tree = committedManifests();

function namespacesOf(objects: readonly RenderedObject[]): NamespaceLabels {
  return new Map(objects.filter((r) => r.object.kind === 'Namespace')
    .map((r) => [r.object.metadata.name, { ...r.object.metadata.labels, 'kubernetes.io/metadata.name': r.object.metadata.name }]));
}

/** The endpoints an end stands for in one environment (none: the row does not apply there). */
function endpoints(end: End, objects: readonly RenderedObject[]): Endpoint[] {
  if ('address' in end) return [ADDRESSES[end.address]];
  if ('client' in end) return [{ namespace: end.client, labels: end.labels ?? {} }];
  return podsOf(objects)
    .filter((p) => p.namespace === end.pods && !p.hostNetwork && selects({ matchLabels: end.labels }, p.labels))
    .map((p): PodEndpoint => ({ namespace: p.namespace, labels: p.labels, namedPorts: p.ports }));
}

/** Every concrete flow of `rows` in an environment, with the verdict of the rendered policies. */
function check(rows: readonly Row[], objects: readonly RenderedObject[]) {
  const policies = policiesOf(objects.map((r) => r.object));
  const namespaces = namespacesOf(objects);
  return rows.filter((row) => row.when?.(objects) ?? true).flatMap((row) =>
    endpoints(row.from, objects).flatMap((from) => endpoints(row.to, objects).map((to) => {
      const flow: Flow = { from, to, port: row.port, protocol: row.protocol ?? 'TCP' };
      return { row, flow, verdict: evaluateFlow(policies, namespaces, flow) };
    })));
}

const describeFlow = ({ row, flow, verdict }: ReturnType<typeof check>[number]) =>
  `${row.why}: ${JSON.stringify(flow.from)} -> ${JSON.stringify(flow.to)}:${flow.port}/${flow.protocol} (egress ${verdict.egress}; ingress ${verdict.ingress})`;

describe('network flows', () => {
  it.each([...tree.keys()])('%s: every intended flow is allowed by the rendered policies', (env) => {
    const results = check(INTENDED, tree.get(env)!);
    // Most rows apply in every environment; "every row applies somewhere" guards the optional ones.
    expect(results.length).toBeGreaterThan(INTENDED.length / 2);
    expect(results.filter((r) => !r.verdict.allowed).map(describeFlow)).toEqual([]);
  });

  it.each([...tree.keys()])('%s: the sample of unintended flows is denied', (env) => {
    const results = check(DENIED, tree.get(env)!);
    expect(results.filter((r) => r.verdict.allowed).map(describeFlow)).toEqual([]);
  });

  it.each([...tree.keys()])('%s: every pod of a platform namespace may resolve names (UDP and TCP 53)', (env) => {
    const objects = tree.get(env)!;
    const dns: End = { client: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
    const rows = Object.values(ns).flatMap((n): Row[] => (['UDP', 'TCP'] as const).map((protocol) => ({ from: { pods: n.name }, to: dns, port: 53, protocol, why: 'DNS' })));
    expect(check(rows, objects).filter((r) => !r.verdict.allowed).map(describeFlow)).toEqual([]);
  });

  it('every row of the intended flows applies in at least one environment', () => {
    const unused = INTENDED.filter((row) => ![...tree.values()].some((objects) => check([row], objects).length > 0));
    expect(unused.map((r) => r.why)).toEqual([]);
  });

  it.each([...tree.keys()])('%s: every rendered namespace has default-deny for ingress and egress', (env) => {
    const objects = tree.get(env)!.map((r) => r.object);
    const denies = policiesOf(objects)
      .filter((p) => p.name === 'default-deny' && Object.keys(p.podSelector.matchLabels ?? {}).length === 0 && p.policyTypes.length === 2 && p.ingress.length === 0 && p.egress.length === 0)
      .map((p) => p.namespace);
    expect(denies.sort()).toEqual(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name).sort());
  });

  const prod = tree.get('prod')!;
  const without = (file: string) => {
    expect(prod.some((r) => r.file === file)).toBe(true);
    return prod.filter((r) => r.file !== file);
  };
  const whys = (results: ReturnType<typeof check>) => [...new Set(results.map((r) => r.row.why))];
  const failing = (objects: readonly RenderedObject[]) => whys(check(INTENDED, objects).filter((r) => !r.verdict.allowed));

  it('fails when a component ingress policy is removed', () => {
    expect(failing(without('elasticsearch/NetworkPolicy.logs-es-http-from-kibana.yaml'))).toEqual(['Kibana queries Elasticsearch']);
  });

  it('fails when a mirrored egress policy is removed', () => {
    expect(failing(without('network-kafka/NetworkPolicy.egress-logs-kafka-exporter.yaml'))).toEqual(['Kafka Exporter reads offsets and lag']);
  });

  it('fails when a declared API-server egress is removed', () => {
    expect(failing(without('network-elastic-system/NetworkPolicy.elastic-operator-kube-api.yaml'))).toEqual(['ECK reconciles its custom resources']);
  });

  it('fails when a scrape policy is removed', () => {
    expect(failing(without('network-elastic/NetworkPolicy.scrape-logs-es-exporter.yaml'))).toEqual(['Elasticsearch metrics through the exporter']);
  });

  it('fails (lets an unintended flow through) when default-deny is removed', () => {
    const allowed = whys(check(DENIED, without('network-elastic/NetworkPolicy.default-deny.yaml')).filter((r) => r.verdict.allowed));
    expect(allowed).toEqual(['default-deny ingress: nothing may reach a setup Job']);
  });
});
