import { describe, expect, it } from 'vitest';
import { PLATFORM_NAMESPACES } from '../charts/namespaces';
import { isAnywhere, OPEN_RANGE_ANNOTATION } from '../constructs/network-policy';
import { ENVIRONMENTS } from '../environments';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { admission, evaluateFlow, policiesOf, selects, type AddressEndpoint, type Endpoint, type Flow, type NamespaceLabels, type NetworkPolicy, type PodEndpoint } from '../render/network-policy';
import { podTemplateOf } from '../render/invariants';
import { podsOf } from '../render/workload-pods';
import { committedManifests } from './support/fixtures';

/**
 * One end of a flow. `pods`: every rendered pod set in the namespace whose labels include `labels`
 * (operator-managed pods as OPERATOR_PODS models them). `client`: a pod with exactly these labels,
 * rendered or not. `address`: outside the pod network (the environment's API server and a node, from
 * its `network` block; an internet host).
 */
type End = { pods: string; labels?: Record<string, string> } | { client: string; labels?: Record<string, string> } | { address: 'apiServer' | 'node' | 'internet' };

/** A port, or the ports a rendered configuration names (a client's Kafka listener, the API server's ports). */
type Port = number | ((env: Env) => number[]);

interface Row {
  readonly from: End;
  readonly to: End;
  readonly port: Port;
  readonly protocol?: 'TCP' | 'UDP';
  readonly why: string;
  /** Only where the rendered objects say the flow exists. @default always */
  readonly when?: (objects: readonly RenderedObject[]) => boolean;
}

/** One rendered environment: its objects, policies, namespaces and sample addresses. */
interface Env {
  readonly name: string;
  readonly objects: readonly RenderedObject[];
  readonly policies: readonly NetworkPolicy[];
  readonly namespaces: NamespaceLabels;
  readonly addresses: Record<'apiServer' | 'node' | 'internet', AddressEndpoint> & { readonly nodeLocalDns?: AddressEndpoint };
  readonly apiServerPorts: readonly number[];
  readonly dns: PodEndpoint;
}

/** The address `offset` into `cidr`, or `fallback` when the range is the whole address space. */
function hostIn(cidr: string, offset: number, fallback: string): string {
  if (isAnywhere(cidr)) return fallback;
  const n = cidr.split('/')[0].split('.').reduce((a, o) => a * 256 + Number(o), 0) + offset;
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

const ns = PLATFORM_NAMESPACES;
const brokers: End = { pods: ns.kafka.name, labels: { 'strimzi.io/broker-role': 'true' } };
const controllers: End = { pods: ns.kafka.name, labels: { 'strimzi.io/controller-role': 'true' } };
const kafkaNodes: End = { pods: ns.kafka.name, labels: { 'strimzi.io/name': 'logs-kafka' } };
const strimziOperator: End = { pods: ns.kafka.name, labels: { 'strimzi.io/kind': 'cluster-operator' } };
const entityOperator: End = { pods: ns.kafka.name, labels: { 'strimzi.io/name': 'logs-entity-operator' } };
const kafkaExporter: End = { pods: ns.kafka.name, labels: { 'strimzi.io/name': 'logs-kafka-exporter' } };
const eckOperator: End = { pods: ns['elastic-system'].name, labels: { 'app.kubernetes.io/name': 'eck-operator' } };
const externalSecrets: End = { pods: ns['external-secrets'].name, labels: { 'app.kubernetes.io/name': 'external-secrets' } };
const certManager: End = { pods: ns['cert-manager'].name, labels: { 'app.kubernetes.io/name': 'cert-manager' } };
const elasticsearch: End = { pods: ns.elastic.name, labels: { 'common.k8s.elastic.co/type': 'elasticsearch' } };
const kibana: End = { pods: ns.elastic.name, labels: { 'common.k8s.elastic.co/type': 'kibana' } };
const esExporter: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'elasticsearch-exporter' } };
const indexLifecycle: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'index-lifecycle' } };
const savedObjects: End = { pods: ns.elastic.name, labels: { 'app.kubernetes.io/name': 'kibana-saved-objects' } };
const prometheus: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'prometheus' } };
const alertmanager: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'alertmanager' } };
const promOperator: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'prometheus-operator' } };
const ksm: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'kube-state-metrics' } };
// The controller pods by the label the vendored install's Deployment selects on (its namespace also
// holds cert-manager's HTTP-01 solver pods where the issuer is ACME).
const ingressController: End = { pods: ns['haproxy-controller'].name, labels: { run: 'haproxy-ingress' } };
// cert-manager v1.21.2's HTTP-01 solver pods beside the UI certificate (OPERATOR_PODS models them).
const acmeSolver: End = { pods: ns['haproxy-controller'].name, labels: { 'acme.cert-manager.io/http01-solver': 'true' } };
const sparkMaster: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/name': 'spark', 'app.kubernetes.io/component': 'master' } };
const sparkWorker: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/name': 'spark', 'app.kubernetes.io/component': 'worker' } };
const sparkHistory: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/name': 'spark', 'app.kubernetes.io/component': 'history-server' } };
const kafkaUi: End = { pods: ns['kafka-ui'].name, labels: { 'app.kubernetes.io/name': 'kafka-ui' } };
const grafana: End = { pods: ns.monitoring.name, labels: { 'app.kubernetes.io/name': 'grafana' } };
const logAggregator: End = { pods: ns.logging.name, labels: { 'app.kubernetes.io/component': 'log-aggregator' } };
const forwarder: End = { pods: ns['node-agents'].name, labels: { 'app.kubernetes.io/instance': 'fluent-bit-forwarder' } };
const spark: End = { pods: ns.spark.name, labels: { 'app.kubernetes.io/instance': 'spark-log-analytics' } };
const telegrafProducer: End = { pods: ns['node-agents'].name, labels: { 'app.kubernetes.io/name': 'telegraf' } };
const telegrafConsumer: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/instance': 'telegraf-consumer' } };
const influxSingle: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/name': 'influxdb', 'app.kubernetes.io/component': 'database' } };
const influxData: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/name': 'influxdb', 'app.kubernetes.io/component': 'data-node' } };
const influxMeta: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/name': 'influxdb', 'app.kubernetes.io/component': 'meta-node' } };
const influxSetup: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/instance': 'influxdb-setup' } };
const influxJoin: End = { pods: ns.influxdb.name, labels: { 'app.kubernetes.io/instance': 'influxdb-join' } };
/** A pod outside the platform's namespaces, whose egress no platform policy restricts. */
const outsider: End = { client: 'default', labels: { app: 'any' } };
const apiServer: End = { address: 'apiServer' };
const node: End = { address: 'node' };
const internet: End = { address: 'internet' };

const influxEnabled = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'Namespace' && r.object.metadata.name === 'influxdb');
/** Environments whose receivers' values come from Vault (secrets.externalStore). */
const vaultStore = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'SecretStore' && (r.object.spec as { provider: { vault?: unknown } }).provider.vault);
const acmeIssuer = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'ClusterIssuer' && (r.object.spec as { acme?: unknown }).acme);
const rackAware = (objects: readonly RenderedObject[]) => objects.some((r) => r.object.kind === 'Kafka' && (r.object.spec as { kafka: { rack?: unknown } }).kafka.rack);

/** The API server's ports (`network.apiServerPorts`): a declared API client may use each. */
const API: Port = (env) => [...env.apiServerPorts];

/**
 * The Kafka listener port the client's rendered configuration names: the bootstrap address in the
 * pod template (environment) or in a ConfigMap it mounts, of the workloads whose pods `client` selects.
 */
const kafkaListenerOf = (client: End): Port => (env) => {
  if (!('pods' in client)) throw new Error('a Kafka client is a rendered pod set');
  const inNamespace = env.objects.filter((r) => r.object.metadata.namespace === client.pods);
  const workloads = inNamespace.filter((r) => selects({ matchLabels: client.labels }, podTemplateOf(r.object)?.metadata?.labels ?? {}));
  const mounted = new Set(workloads.flatMap((r) => (podTemplateOf(r.object)!.spec.volumes ?? []).flatMap((v) => { const name = (v.configMap as { name?: string } | undefined)?.name; return name ? [name] : []; })));
  const configs = inNamespace.filter((r) => r.object.kind === 'ConfigMap' && mounted.has(r.object.metadata.name));
  const text = [...workloads, ...configs].map((r) => JSON.stringify(r.object)).join('\n');
  return [...new Set([...text.matchAll(/-kafka-bootstrap\.kafka\.svc:(\d+)/g)].map((m) => Number(m[1])))];
};

/** The executors' block-manager ports: `spark.blockManager.port` and the retries after it, from the rendered spark-defaults.conf. */
const executorBlockPorts: Port = (env) => {
  const conf = (env.objects.find((r) => r.object.kind === 'ConfigMap' && r.object.metadata.name === 'spark-conf')?.object.data as Record<string, string> | undefined)?.['spark-defaults.conf'] ?? '';
  const first = Number(/^spark\.blockManager\.port\s+(\d+)$/m.exec(conf)?.[1]);
  const retries = Number(/^spark\.port\.maxRetries\s+(\d+)$/m.exec(conf)?.[1]);
  return Number.isInteger(first) && Number.isInteger(retries) ? Array.from({ length: retries + 1 }, (_, i) => first + i) : [];
};

/** The platform's intended flows. A new component adds its rows here. */
const INTENDED: readonly Row[] = [
  // Kafka
  { from: strimziOperator, to: apiServer, port: API, why: 'Strimzi reconciles its custom resources' },
  { from: strimziOperator, to: controllers, port: 9090, why: 'cluster operator manages the KRaft quorum' },
  { from: strimziOperator, to: kafkaNodes, port: 8443, why: 'cluster operator reads every node\'s state from the Kafka agent (KafkaRoller)' },
  { from: strimziOperator, to: brokers, port: 9091, why: 'cluster operator admin client (rolling restarts)' },
  { from: strimziOperator, to: brokers, port: 8443, why: 'cluster operator reads broker state from the Kafka agent' },
  { from: brokers, to: controllers, port: 9090, why: 'brokers register with the KRaft controllers' },
  { from: controllers, to: controllers, port: 9090, why: 'the KRaft quorum votes and replicates the metadata log' },
  { from: brokers, to: brokers, port: 9091, why: 'replication between brokers' },
  // Strimzi 1.2.0 adds the rack init container to broker pools only (KafkaCluster.java, createInitContainer).
  { from: brokers, to: apiServer, port: API, why: 'rack awareness: the init container reads the node zone', when: rackAware },
  { from: entityOperator, to: brokers, port: 9091, why: 'topic and user operators manage topics and ACLs' },
  { from: entityOperator, to: apiServer, port: API, why: 'topic and user operators watch KafkaTopic / KafkaUser' },
  { from: kafkaExporter, to: brokers, port: 9091, why: 'Kafka Exporter reads offsets and lag' },
  { from: forwarder, to: brokers, port: kafkaListenerOf(forwarder), why: 'Fluent Bit forwarders produce logs (the listener their configuration names)' },
  { from: forwarder, to: apiServer, port: API, why: 'the forwarder\'s Kubernetes metadata filter reads pods and namespaces' },
  { from: spark, to: internet, port: 443, why: 'spark-submit resolves the Kafka connector package from Maven Central' },
  { from: spark, to: elasticsearch, port: 9200, why: 'the Spark log-analytics job writes error counts to Elasticsearch' },
  { from: telegrafProducer, to: brokers, port: kafkaListenerOf(telegrafProducer), why: 'Telegraf producers write node metrics to the metrics topic', when: influxEnabled },
  { from: telegrafProducer, to: node, port: 10250, why: 'the Telegraf kubernetes input reads the kubelet', when: influxEnabled },
  { from: telegrafConsumer, to: brokers, port: kafkaListenerOf(telegrafConsumer), why: 'the Telegraf consumer reads the metrics topic', when: influxEnabled },
  { from: telegrafConsumer, to: influxSingle, port: 8086, why: 'the Telegraf consumer writes to the single InfluxDB node', when: influxEnabled },
  { from: telegrafConsumer, to: influxData, port: 8086, why: 'the Telegraf consumer writes to the InfluxDB data nodes', when: influxEnabled },
  { from: grafana, to: influxSingle, port: 8086, why: 'Grafana queries the InfluxDB datasource (single node)', when: influxEnabled },
  { from: grafana, to: influxData, port: 8086, why: 'Grafana queries the InfluxDB datasource (data nodes)', when: influxEnabled },
  { from: logAggregator, to: brokers, port: kafkaListenerOf(logAggregator), why: 'the log aggregator consumes logs' },
  { from: spark, to: brokers, port: kafkaListenerOf(spark), why: 'the Spark log-analytics driver reads offsets' },
  { from: sparkWorker, to: brokers, port: kafkaListenerOf(spark), why: 'the Spark executors (in the worker pods) read the partitions' },
  // Spark standalone inside its namespace
  { from: sparkWorker, to: sparkMaster, port: 7077, why: 'workers register with the master' },
  { from: spark, to: sparkMaster, port: 7077, why: 'the driver registers its application with the master' },
  { from: sparkMaster, to: sparkWorker, port: 7078, why: 'the master launches executors through the workers' },
  { from: sparkMaster, to: spark, port: 7079, why: 'the master answers the driver on its RPC port' },
  { from: sparkWorker, to: spark, port: 7079, why: 'executors call the driver' },
  { from: sparkWorker, to: spark, port: 7080, why: 'executors fetch the driver\'s blocks' },
  { from: sparkWorker, to: sparkWorker, port: executorBlockPorts, why: 'executors fetch shuffle blocks from each other' },
  { from: spark, to: sparkWorker, port: executorBlockPorts, why: 'the driver fetches blocks from the executors' },
  // InfluxDB (cluster topology: meta and data nodes)
  { from: influxMeta, to: influxMeta, port: 8089, why: 'Raft between meta nodes', when: influxEnabled },
  { from: influxMeta, to: influxMeta, port: 8091, why: 'meta nodes forward to the leader over the meta API', when: influxEnabled },
  { from: influxData, to: influxMeta, port: 8091, why: 'data nodes read and write cluster metadata', when: influxEnabled },
  { from: influxJoin, to: influxMeta, port: 8091, why: 'the join Job joins the meta and data nodes through influxd-ctl', when: influxEnabled },
  { from: influxJoin, to: influxData, port: 8088, why: 'the join Job reads each data node\'s join state from /status', when: influxEnabled },
  { from: influxMeta, to: influxData, port: 8088, why: 'meta nodes reach the data nodes\' RPC service', when: influxEnabled },
  { from: influxData, to: influxData, port: 8088, why: 'data nodes write and copy shards to each other', when: influxEnabled },
  { from: influxSetup, to: influxData, port: 8086, why: 'the setup Job creates the database, retention policy and users', when: influxEnabled },
  { from: influxSetup, to: influxSingle, port: 8086, why: 'the setup Job creates the database, retention policy and users (single node)', when: influxEnabled },
  // Elasticsearch and Kibana
  { from: eckOperator, to: apiServer, port: API, why: 'ECK reconciles its custom resources' },
  { from: externalSecrets, to: apiServer, port: API, why: 'External Secrets Operator reconciles its custom resources and reads the copies\' sources' },
  { from: externalSecrets, to: internet, port: 8200, why: 'External Secrets Operator reads the environment\'s Vault store', when: vaultStore },
  { from: prometheus, to: externalSecrets, port: 8080, why: 'External Secrets Operator metrics' },
  { from: certManager, to: apiServer, port: API, why: 'cert-manager reconciles its custom resources and writes the certificates\' Secrets' },
  { from: certManager, to: internet, port: 443, why: 'cert-manager orders certificates from the ACME server', when: acmeIssuer },
  { from: certManager, to: internet, port: 80, why: 'cert-manager checks its HTTP-01 challenge through the UIs\' public address', when: acmeIssuer },
  { from: prometheus, to: certManager, port: 9402, why: 'cert-manager metrics (certificate expiry and readiness)' },
  { from: ingressController, to: acmeSolver, port: 8089, why: 'the ACME server\'s HTTP-01 request reaches the solver through the ingress controller', when: acmeIssuer },
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
  { from: ingressController, to: apiServer, port: API, why: 'the controller watches Ingresses, Services, endpoints and Secrets' },
  { from: prometheus, to: ingressController, port: 1024, why: 'HAProxy metrics (its Prometheus exporter on the stats port)' },
  { from: prometheus, to: ingressController, port: 6060, why: 'the controller\'s own metrics' },
  { from: ingressController, to: sparkMaster, port: 8080, why: 'the Spark master UI' },
  { from: ingressController, to: sparkHistory, port: 18080, why: 'the Spark history UI' },
  // Kafka topic browser (where rendered)
  { from: ingressController, to: kafkaUi, port: 8080, why: 'the Kafka UI through the ingress controller' },
  { from: kafkaUi, to: brokers, port: kafkaListenerOf(kafkaUi), why: 'the Kafka UI reads topics over the TLS listener' },
  { from: prometheus, to: kafkaUi, port: 8080, why: 'Kafka UI metrics (/actuator/prometheus)' },
  // Monitoring
  { from: promOperator, to: apiServer, port: API, why: 'prometheus-operator reconciles its custom resources' },
  { from: ksm, to: apiServer, port: API, why: 'kube-state-metrics lists objects' },
  { from: prometheus, to: apiServer, port: API, why: 'service discovery and the API server monitor' },
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
  // Scraping (the rows below are also derived from every monitor: see `monitorFlows`)
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
  { from: certManager, to: internet, port: 8200, why: 'cert-manager reaches the API server and, with an ACME issuer, the ACME server only' },
  { from: acmeSolver, to: internet, port: 443, why: 'the HTTP-01 solver answers requests and calls nothing', when: acmeIssuer },
  { from: acmeSolver, to: ingressController, port: 8080, why: 'the HTTP-01 solver answers requests and calls nothing', when: acmeIssuer },
  { from: prometheus, to: acmeSolver, port: 8089, why: 'only the ingress controller reaches the HTTP-01 solver', when: acmeIssuer },
  { from: certManager, to: acmeSolver, port: 8089, why: 'only the ingress controller reaches the HTTP-01 solver (cert-manager\'s self-check goes through the public address)', when: acmeIssuer },
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

function environment(name: string, objects: readonly RenderedObject[]): Env {
  const network = ENVIRONMENTS.find((e) => e.name === name)!.network;
  return {
    name,
    objects,
    policies: policiesOf(objects.map((r) => r.object)),
    namespaces: namespacesOf(objects),
    addresses: {
      apiServer: { ip: hostIn(network.apiServerCidrs[0], 2, '172.20.0.2') },
      node: { ip: hostIn(network.nodeCidrs[0], 5, '10.0.1.5') },
      internet: { ip: '34.120.0.10' },
      ...(network.dns.nodeLocalAddress ? { nodeLocalDns: { ip: network.dns.nodeLocalAddress } } : {}),
    },
    apiServerPorts: network.apiServerPorts,
    dns: { namespace: network.dns.namespace, labels: { ...network.dns.podLabels } },
  };
}
const envs = new Map([...tree].map(([name, objects]) => [name, environment(name, objects)]));

/** The pods of rendered workloads and operator-managed clusters (host-network pods are node addresses). */
const renderedPods = (env: Env): PodEndpoint[] => podsOf(env.objects).filter((p) => !p.hostNetwork).map((p) => ({ namespace: p.namespace, labels: p.labels, namedPorts: p.ports }));

/** The endpoints an end stands for in one environment (none: the row does not apply there). */
function endpoints(end: End, env: Env): Endpoint[] {
  if ('address' in end) return [env.addresses[end.address]];
  if ('client' in end) return [{ namespace: end.client, labels: end.labels ?? {} }];
  return renderedPods(env).filter((p) => p.namespace === end.pods && selects({ matchLabels: end.labels }, p.labels));
}

const portsOf = (port: Port, env: Env) => (typeof port === 'number' ? [port] : port(env));

/** Every concrete flow of `rows` in an environment, with the verdict of the rendered policies. */
function check(rows: readonly Row[], env: Env) {
  return rows.filter((row) => row.when?.(env.objects) ?? true).flatMap((row) =>
    endpoints(row.from, env).flatMap((from) => endpoints(row.to, env).flatMap((to) => portsOf(row.port, env).map((port) => {
      const flow: Flow = { from, to, port, protocol: row.protocol ?? 'TCP' };
      return { row, flow, verdict: evaluateFlow(env.policies, env.namespaces, flow) };
    }))));
}

const describeFlow = ({ row, flow, verdict }: ReturnType<typeof check>[number]) =>
  `${row.why}: ${JSON.stringify(flow.from)} -> ${JSON.stringify(flow.to)}:${flow.port}/${flow.protocol} (egress ${verdict.egress}; ingress ${verdict.ingress})`;

// ---------------------------------------------------------------------------------------------
// The flows the platform needs, derived from the rendered objects: monitors, Ingress backends, DNS.

type Obj = KubeObject & { spec?: any };
const namedOrNumber = (port: number | string | undefined, pod: PodEndpoint): number | undefined =>
  typeof port === 'number' ? port : port === undefined ? undefined : pod.namedPorts?.[port];

/** Pods a Service selects, with the container port each of its ports reaches. */
function serviceTargets(env: Env, service: Obj, portName: string | number): Array<{ pod: PodEndpoint; port: number }> {
  const sp = (service.spec.ports as Array<{ name?: string; port: number; targetPort?: number | string }>).find((p) => p.name === portName || p.port === portName);
  if (!sp || !service.spec.selector) return [];
  return renderedPods(env).filter((p) => p.namespace === service.metadata.namespace && selects({ matchLabels: service.spec.selector }, p.labels))
    .flatMap((pod) => { const port = namedOrNumber(sp.targetPort ?? sp.port, pod); return port === undefined ? [] : [{ pod, port }]; });
}

/** Scrapes: Prometheus to every pod a PodMonitor or ServiceMonitor selects, on the ports it names. */
function monitorFlows(env: Env): Flow[] {
  const scrapers = endpoints(prometheus, env);
  const objects = env.objects.map((r) => r.object as Obj);
  const hostPods = podsOf(env.objects).filter((p) => p.hostNetwork);
  const targets = (m: Obj): string[] => m.spec.namespaceSelector?.matchNames ?? [m.metadata.namespace!];
  const out: Array<{ to: Endpoint; port: number }> = [];
  for (const m of objects.filter((o) => o.kind === 'PodMonitor')) {
    for (const namespace of targets(m)) {
      for (const e of m.spec.podMetricsEndpoints as Array<{ port?: string }>) {
        for (const pod of renderedPods(env).filter((p) => p.namespace === namespace && selects(m.spec.selector, p.labels))) {
          const port = namedOrNumber(e.port, pod);
          if (port !== undefined) out.push({ to: pod, port });
        }
        for (const pod of hostPods.filter((p) => p.namespace === namespace && selects(m.spec.selector, p.labels))) {
          if (e.port && pod.ports[e.port]) out.push({ to: env.addresses.node, port: pod.ports[e.port] });
        }
      }
    }
  }
  for (const m of objects.filter((o) => o.kind === 'ServiceMonitor')) {
    for (const namespace of targets(m)) {
      const services = objects.filter((o) => o.kind === 'Service' && o.metadata.namespace === namespace && selects(m.spec.selector, o.metadata.labels ?? {}));
      for (const e of m.spec.endpoints as Array<{ port: string }>) {
        for (const s of services) for (const t of serviceTargets(env, s, e.port)) out.push({ to: t.pod, port: t.port });
        // A host-network target (node-exporter) is reached on its node's address.
        for (const s of services) {
          for (const pod of hostPods.filter((p) => p.namespace === namespace && s.spec.selector && selects({ matchLabels: s.spec.selector }, p.labels))) {
            const sp = (s.spec.ports as Array<{ name?: string; port: number; targetPort?: number | string }>).find((p) => p.name === e.port);
            const port = typeof sp?.targetPort === 'string' ? pod.ports[sp.targetPort] : sp?.targetPort ?? sp?.port;
            if (port !== undefined) out.push({ to: env.addresses.node, port });
          }
        }
        // A namespace outside the platform: the application's pods carry its Service's labels and port name.
        if (!env.namespaces.has(namespace) && !['default', 'kube-system'].includes(namespace)) {
          out.push(...appPods(env).filter((p) => p.namespace === namespace && selects(m.spec.selector, p.labels)).map((p) => ({ to: p, port: p.namedPorts![e.port] })));
        }
      }
    }
  }
  return scrapers.flatMap((from) => out.map(({ to, port }): Flow => ({ from, to, port, protocol: 'TCP' })));
}

/** Application pods Prometheus scrapes outside the platform: one per ServiceMonitor there, port 8000 by name. */
function appPods(env: Env): PodEndpoint[] {
  return env.objects.map((r) => r.object as Obj).filter((o) => o.kind === 'ServiceMonitor').flatMap((m) => ((m.spec.namespaceSelector?.matchNames ?? []) as string[])
    .filter((n) => !env.namespaces.has(n) && !['default', 'kube-system'].includes(n))
    .map((namespace) => ({ namespace, labels: { ...m.spec.selector.matchLabels }, namedPorts: Object.fromEntries((m.spec.endpoints as Array<{ port: string }>).map((e) => [e.port, 8000])) })));
}

/** The UIs: the ingress controller to each Ingress backend's pods, on the container port the Service targets. */
function ingressFlows(env: Env): Flow[] {
  const controllers = endpoints(ingressController, env);
  const objects = env.objects.map((r) => r.object as Obj);
  return objects.filter((o) => o.kind === 'Ingress').flatMap((ing) => (ing.spec.rules as Array<{ http: { paths: Array<{ backend: { service: { name: string; port: { number?: number; name?: string } } } }> } }>)
    .flatMap((rule) => rule.http.paths).flatMap((path) => {
      const svc = objects.find((o) => o.kind === 'Service' && o.metadata.namespace === ing.metadata.namespace && o.metadata.name === path.backend.service.name);
      return svc ? serviceTargets(env, svc, path.backend.service.port.number ?? path.backend.service.port.name!) : [];
    }).flatMap(({ pod, port }) => controllers.map((from): Flow => ({ from, to: pod, port, protocol: 'TCP' }))));
}

/** A pod with no business in the platform, in every platform namespace, the DNS namespace and each scraped application namespace. */
function foreignPods(env: Env): PodEndpoint[] {
  const names = [...env.namespaces.keys(), env.dns.namespace, ...new Set(appPods(env).map((p) => p.namespace))];
  // It names its port `metrics`, as many pods do, so a grant by port name alone does not keep it out.
  return names.map((namespace) => ({ namespace, labels: { app: 'foreign' }, namedPorts: { metrics: 9999 } }));
}

/** Every endpoint of the environment the checks below consider, with a readable name. */
function universe(env: Env): Array<{ id: string; endpoint: Endpoint }> {
  const pods = podsOf(env.objects).filter((p) => !p.hostNetwork).map((p) => ({
    id: p.labels['strimzi.io/name'] && p.kind === 'Kafka' ? `${p.owner} (${p.labels['strimzi.io/name']})` : p.owner,
    endpoint: { namespace: p.namespace, labels: p.labels, namedPorts: p.ports } as Endpoint,
  }));
  return [
    ...pods,
    ...foreignPods(env).map((p) => ({ id: `foreign pod in ${p.namespace}`, endpoint: p })),
    ...appPods(env).map((p) => ({ id: `application pod ${JSON.stringify(p.labels)} in ${p.namespace}`, endpoint: p })),
    { id: 'DNS pod', endpoint: env.dns },
    { id: 'pod in default', endpoint: { namespace: 'default', labels: { app: 'any' } } },
    ...Object.entries(env.addresses).map(([name, a]) => ({ id: `${name} ${a.ip}`, endpoint: a as Endpoint })),
  ];
}

const key = (f: Flow) => `${JSON.stringify(f.from)}|${JSON.stringify(f.to)}|${f.port}|${f.protocol}`;

/** Every flow the platform needs: the intended rows, the derived scrapes and UI backends, and DNS from every pod. */
function neededFlows(env: Env): Set<string> {
  const dns = [env.dns, ...(env.addresses.nodeLocalDns ? [env.addresses.nodeLocalDns] : [])];
  const dnsFlows = universe(env).filter((u) => 'namespace' in u.endpoint).flatMap((u) => dns.flatMap((to) => (['UDP', 'TCP'] as const).map((protocol): Flow => ({ from: u.endpoint, to, port: 53, protocol }))));
  return new Set([...check(INTENDED, env).map((r) => r.flow), ...monitorFlows(env), ...ingressFlows(env), ...dnsFlows].map(key));
}

/** Ports worth probing: every port a policy, a pod or a row names, and one nothing uses. */
function probePorts(env: Env): Array<{ port: number; protocol: 'TCP' | 'UDP' }> {
  const numbers = new Set<number>([12345, 53]);
  for (const p of env.policies) for (const rule of [...p.ingress, ...p.egress]) for (const port of rule.ports ?? []) if (typeof port.port === 'number') { numbers.add(port.port); if (port.endPort) numbers.add(port.endPort); }
  for (const u of universe(env)) for (const n of Object.values(('namespace' in u.endpoint && u.endpoint.namedPorts) || {})) numbers.add(n);
  for (const row of INTENDED) for (const n of portsOf(row.port, env)) numbers.add(n);
  return [...[...numbers].map((port) => ({ port, protocol: 'TCP' as const })), ...[53, 9094, 12345].map((port) => ({ port, protocol: 'UDP' as const }))];
}

/** What a check derives from the rendered objects besides the policies: shared by the mutation tests. */
interface Baseline { readonly needed: Set<string>; readonly all: ReturnType<typeof universe>; readonly ports: ReturnType<typeof probePorts> }
const baseline = (env: Env): Baseline => ({ needed: neededFlows(env), all: universe(env), ports: probePorts(env) });

/**
 * Allowed but not needed: for every pod of a platform namespace and each direction, the flows a policy
 * admits that no need accounts for, each named by the policies that admit it. A flow to or from an
 * address through a policy that states why its range is open (OPEN_RANGE_ANNOTATION, listed in the
 * environment's README) is declared, not unneeded. `only`: check these policies alone.
 */
function unneeded(env: Env, only?: ReadonlySet<string>, base: Baseline = baseline(env)): string[] {
  const { needed, all, ports } = base;
  const declared = new Set(env.objects.filter((r) => r.object.kind === 'NetworkPolicy' && r.object.metadata.annotations?.[OPEN_RANGE_ANNOTATION])
    .map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`));
  // An open range widens which addresses a pod reaches or is reached from, never the ports: the port
  // must be one the pod needs with some address.
  const addressPorts = new Set([...needed].flatMap((k) => {
    const [from, to, port, protocol] = k.split('|');
    return [...(to.startsWith('{"ip"') ? [`${from}|out|${port}|${protocol}`] : []), ...(from.startsWith('{"ip"') ? [`${to}|in|${port}|${protocol}`] : [])];
  }));
  const policies = only ? env.policies.filter((p) => only.has(`${p.namespace}/${p.name}`)) : env.policies;
  const found = new Map<string, Set<string>>();
  for (const self of all) {
    if (!('namespace' in self.endpoint)) continue;
    const me = self.endpoint;
    // The policies that select this pod: the only ones that can admit its flows.
    const mine = policies.filter((p) => p.namespace === me.namespace && selects(p.podSelector, me.labels));
    if (mine.length === 0) continue;
    const pod = me;
    for (const other of all) {
      for (const { port, protocol } of ports) {
        for (const type of ['Egress', 'Ingress'] as const) {
          const flow: Flow = type === 'Egress' ? { from: pod, to: other.endpoint, port, protocol } : { from: other.endpoint, to: pod, port, protocol };
          const { allowing } = admission(mine, env.namespaces, type, pod, other.endpoint, flow);
          if (allowing.length === 0 || needed.has(key(flow))) continue;
          if (!('namespace' in other.endpoint) && allowing.every((p) => declared.has(p)) && addressPorts.has(`${JSON.stringify(pod)}|${type === 'Egress' ? 'out' : 'in'}|${port}|${protocol}`)) continue;
          const what = type === 'Egress' ? `${self.id} -> ${other.id}` : `${other.id} -> ${self.id}`;
          const k = `${allowing.join(', ')}: ${what}`;
          found.set(k, (found.get(k) ?? new Set()).add(`${port}/${protocol}`));
        }
      }
    }
  }
  return [...found].map(([k, p]) => `${k} on ${[...p].slice(0, 4).join(', ')}${p.size > 4 ? ` and ${p.size - 4} more` : ''}`).sort();
}

/** `objects` with one policy changed (a deep copy; the shared tree is frozen). */
function mutate(objects: readonly RenderedObject[], file: string, change: (spec: any) => void): RenderedObject[] {
  expect(objects.some((r) => r.file === file)).toBe(true);
  return objects.map((r) => {
    if (r.file !== file) return r;
    const object = structuredClone(r.object) as Obj;
    change(object.spec);
    return { ...r, object };
  });
}
const rulesOf = (spec: any): Array<{ from?: any[]; to?: any[]; ports?: unknown[] }> => [...(spec.ingress ?? []), ...(spec.egress ?? [])];
/** Every pod peer of the policy admits its whole namespace (its podSelector emptied). */
const toNamespace = (spec: any) => rulesOf(spec).forEach((rule) => [...(rule.from ?? []), ...(rule.to ?? [])].forEach((peer) => { if (peer.podSelector) peer.podSelector = {}; }));
/** Every rule of the policy admits every port. */
const toAllPorts = (spec: any) => rulesOf(spec).forEach((rule) => { delete rule.ports; });
const policyName = (objects: readonly RenderedObject[], file: string) => { const o = objects.find((r) => r.file === file)!.object; return `${o.metadata.namespace}/${o.metadata.name}`; };

describe('network flows', () => {
  it.each([...envs.keys()])('%s: every intended flow is allowed by the rendered policies', (name) => {
    const results = check(INTENDED, envs.get(name)!);
    // Most rows apply in every environment; "every row applies somewhere" guards the optional ones.
    expect(results.length).toBeGreaterThan(INTENDED.length / 2);
    expect(results.filter((r) => !r.verdict.allowed).map(describeFlow)).toEqual([]);
  });

  it.each([...envs.keys()])('%s: every scrape the monitors name and every UI behind an Ingress is allowed', (name) => {
    const env = envs.get(name)!;
    const flows = [...monitorFlows(env), ...ingressFlows(env)];
    expect(flows.length).toBeGreaterThan(10);
    expect(flows.filter((f) => !evaluateFlow(env.policies, env.namespaces, f).allowed).map((f) => JSON.stringify(f))).toEqual([]);
  });

  it.each([...envs.keys()])('%s: the sample of unintended flows is denied', (name) => {
    const results = check(DENIED, envs.get(name)!);
    expect(results.filter((r) => r.verdict.allowed).map(describeFlow)).toEqual([]);
  });

  it.each([...envs.keys()])('%s: every pod of a platform namespace may resolve names (UDP and TCP 53), at kube-dns and at NodeLocal DNSCache where declared', (name) => {
    const env = envs.get(name)!;
    const targets: Endpoint[] = [env.dns, ...(env.addresses.nodeLocalDns ? [env.addresses.nodeLocalDns] : [])];
    const sources = [...renderedPods(env), ...foreignPods(env).filter((p) => env.namespaces.has(p.namespace))];
    const denied = sources.flatMap((from) => targets.flatMap((to) => (['UDP', 'TCP'] as const).map((protocol): Flow => ({ from, to, port: 53, protocol }))))
      .filter((f) => !evaluateFlow(env.policies, env.namespaces, f).allowed);
    expect(sources.length).toBeGreaterThan(10);
    expect(denied.map((f) => JSON.stringify(f))).toEqual([]);
  });

  it.each([...envs.keys()])('%s: a foreign pod in any platform namespace reaches nothing but DNS', (name) => {
    const env = envs.get(name)!;
    const ports = probePorts(env);
    const reached = foreignPods(env).filter((p) => env.namespaces.has(p.namespace)).flatMap((from) => universe(env).flatMap((to) => ports
      .map(({ port, protocol }): Flow => ({ from, to: to.endpoint, port, protocol }))
      .filter((f) => f.to !== from && !(f.port === 53 && (f.to === env.dns || f.to === env.addresses.nodeLocalDns)))
      .filter((f) => evaluateFlow(env.policies, env.namespaces, f).allowed)
      .map((f) => `${from.namespace} -> ${to.id}:${f.port}/${f.protocol}`)));
    expect(reached).toEqual([]);
  });

  it('models cert-manager\'s HTTP-01 solver pods beside the UI certificate exactly in the environments with an ACME issuer (staging, prod)', () => {
    const withSolver = [...envs.values()].filter((env) => endpoints(acmeSolver, env).length > 0).map((env) => env.name).sort();
    expect(withSolver).toEqual(['prod', 'staging']);
    expect([...envs.values()].filter((env) => acmeIssuer(env.objects)).map((env) => env.name).sort()).toEqual(withSolver);
  });

  it.each(['staging', 'prod'])('%s: the HTTP-01 solver reaches nothing but DNS, and nothing but the ingress controller reaches it (on 8089 only)', (name) => {
    const env = envs.get(name)!;
    const solvers = endpoints(acmeSolver, env);
    const controllers = new Set(endpoints(ingressController, env).map((e) => JSON.stringify(e)));
    const ports = probePorts(env);
    const allowed = (f: Flow) => evaluateFlow(env.policies, env.namespaces, f).allowed;
    const out = solvers.flatMap((from) => universe(env).flatMap((to) => ports
      .map(({ port, protocol }): Flow => ({ from, to: to.endpoint, port, protocol }))
      .filter((f) => !(f.port === 53 && (f.to === env.dns || f.to === env.addresses.nodeLocalDns)) && allowed(f))
      .map((f) => `solver -> ${to.id}:${f.port}/${f.protocol}`)));
    const into = solvers.flatMap((to) => universe(env).flatMap((from) => ports
      .map(({ port, protocol }): Flow => ({ from: from.endpoint, to, port, protocol }))
      .filter((f) => !(controllers.has(JSON.stringify(f.from)) && f.port === 8089 && f.protocol === 'TCP') && allowed(f))
      .map((f) => `${from.id} -> solver:${f.port}/${f.protocol}`)));
    expect(solvers.length).toBe(1);
    expect([...out, ...into]).toEqual([]);
  });

  it.each([...envs.keys()])('%s: every flow a policy allows is one the platform needs', (name) => {
    expect(unneeded(envs.get(name)!)).toEqual([]);
  });

  it('every row of the intended flows applies in at least one environment', () => {
    const unused = INTENDED.filter((row) => ![...envs.values()].some((env) => check([row], env).length > 0));
    expect(unused.map((r) => r.why)).toEqual([]);
  });

  it.each([...envs.keys()])('%s: every rendered namespace has default-deny for ingress and egress', (name) => {
    const objects = tree.get(name)!.map((r) => r.object);
    const denies = policiesOf(objects)
      .filter((p) => p.name === 'default-deny' && Object.keys(p.podSelector.matchLabels ?? {}).length === 0 && p.policyTypes.length === 2 && p.ingress.length === 0 && p.egress.length === 0)
      .map((p) => p.namespace);
    expect(denies.sort()).toEqual(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name).sort());
  });

  it.each([...envs.keys()])('%s: a policy open to 0.0.0.0/0 says which setting made it so and why', (name) => {
    const open = tree.get(name)!.filter((r) => r.object.kind === 'NetworkPolicy' && JSON.stringify(r.object.spec).includes('"0.0.0.0/0"'));
    expect(open.filter((r) => !r.object.metadata.annotations?.[OPEN_RANGE_ANNOTATION]?.startsWith('network.')).map((r) => r.file)).toEqual([]);
  });

  it('opens no API server or node range to 0.0.0.0/0 in staging and prod', () => {
    for (const name of ['staging', 'prod']) {
      const open = tree.get(name)!.filter((r) => /network\.(apiServerCidrs|nodeCidrs)/.test(r.object.metadata.annotations?.[OPEN_RANGE_ANNOTATION] ?? ''));
      expect(open.map((r) => r.file)).toEqual([]);
    }
  });

  const prod = tree.get('prod')!;
  const prodEnv = envs.get('prod')!;
  // Mutating a policy changes neither what the platform needs nor its endpoints: derive them once
  // (the probe ports include one no policy names, so a grant widened to all ports is still caught).
  let base: Baseline | undefined;
  const prodBaseline = () => (base ??= baseline(prodEnv));
  const without = (file: string) => {
    expect(prod.some((r) => r.file === file)).toBe(true);
    return environment('prod', prod.filter((r) => r.file !== file));
  };
  const whys = (results: ReturnType<typeof check>) => [...new Set(results.map((r) => r.row.why))];
  const failing = (env: Env) => whys(check(INTENDED, env).filter((r) => !r.verdict.allowed));

  it('fails when a component ingress policy is removed', () => {
    expect(failing(without('elasticsearch/NetworkPolicy.logs-es-http-from-kibana.yaml'))).toEqual(['Kibana queries Elasticsearch']);
  });

  it('fails when a mirrored egress policy is removed', () => {
    expect(failing(without('network-kafka/NetworkPolicy.egress-logs-kafka-exporter.yaml'))).toEqual(['Kafka Exporter reads offsets and lag']);
  });

  it('fails when a declared API-server egress is removed', () => {
    expect(failing(without('network-elastic-system/NetworkPolicy.elastic-operator-kube-api.yaml'))).toEqual(['ECK reconciles its custom resources']);
  });

  it('fails when the HTTP-01 solver policy is removed', () => {
    expect(failing(without('ui-certificate/NetworkPolicy.acme-http01-solver.yaml'))).toEqual(['the ACME server\'s HTTP-01 request reaches the solver through the ingress controller']);
  });

  it('fails when a scrape policy is removed', () => {
    expect(failing(without('network-elastic/NetworkPolicy.scrape-logs-es-exporter.yaml'))).toEqual(['Elasticsearch metrics through the exporter']);
  });

  it('fails (lets an unintended flow through) when default-deny is removed', () => {
    const allowed = whys(check(DENIED, without('network-elastic/NetworkPolicy.default-deny.yaml')).filter((r) => r.verdict.allowed));
    expect(allowed).toEqual(['default-deny ingress: nothing may reach a setup Job']);
  });

  // Mutation tests: every grant to pods, widened to its peers' namespace or to all ports, must be caught
  // by the allowed-but-unneeded check, which names the widened policy.
  const grants = prod.filter((r) => r.object.kind === 'NetworkPolicy' && rulesOf(r.object.spec).length > 0);
  const podGrants = grants.filter((r) => rulesOf(r.object.spec).some((rule) => [...(rule.from ?? []), ...(rule.to ?? [])].some((peer) => peer.podSelector && Object.keys(peer.podSelector.matchLabels ?? {}).length > 0)));
  const portGrants = grants.filter((r) => rulesOf(r.object.spec).every((rule) => (rule.ports ?? []).length > 0));

  it('finds grants to mutate: pod peers and port lists in most prod policies', () => {
    expect(podGrants.length).toBeGreaterThan(40);
    expect(portGrants.length).toBeGreaterThan(40);
  });

  it.each(podGrants.map((r) => r.file))('fails, naming the policy, when %s is widened to its peers\' whole namespace', (file) => {
    const name = policyName(prod, file);
    const found = unneeded(environment('prod', mutate(prod, file, toNamespace)), new Set([name]), prodBaseline());
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith(`${name}: `))).toBe(true);
  });

  it.each(portGrants.map((r) => r.file))('fails, naming the policy, when %s is widened to all ports', (file) => {
    const name = policyName(prod, file);
    const found = unneeded(environment('prod', mutate(prod, file, toAllPorts)), new Set([name]), prodBaseline());
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith(`${name}: `))).toBe(true);
  });

  it('fails, naming the policy, in the whole-tree check when a Kafka client grant admits the client namespace', () => {
    const file = 'kafka/NetworkPolicy.logs-kafka-clients-log-aggregator.yaml';
    const found = unneeded(environment('prod', mutate(prod, file, toNamespace)), undefined, prodBaseline());
    expect(found.some((line) => line.startsWith('kafka/logs-kafka-clients-log-aggregator: foreign pod in logging -> '))).toBe(true);
  });
});
