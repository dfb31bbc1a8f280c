import { Chart, Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import * as k8s from '../imports/k8s';
import * as strimzi from '../imports/kafka.strimzi.io';
import { ConfigError, requireDnsLabel, requireDnsSubdomain, requireInteger, underField } from './config-error';
import { resourceRequirements, sizeBytes, sizeQuantity, type ResourceSpec } from './hardening';
import { KAFKA_JMX_EXPORTER_CONFIG } from './kafka-jmx-metrics';
import { KafkaTopic, type KafkaTopicNameParts, type KafkaTopicSettings } from './kafka-topic';
import { KafkaUser, type KafkaAuthentication } from './kafka-user';
import { PodMonitor } from './monitors';
import { AllowEgress, AllowIngress, type PolicyPeer } from './network-policy';
import { kafkaPodName, requireDerivedName } from './naming';
import type { SecretCopyRequest } from './secret-copies';
import { HOSTNAME_LABEL, ZONE_LABEL } from './spread';
import { CLUSTER_OPERATOR_POD_LABELS } from './strimzi-operator';

export type KafkaNodeRole = 'controller' | 'broker';

/** One KafkaNodePool: a set of identical nodes. */
export interface KafkaNodePoolOptions {
  /** Pool name; pods are `<clusterName>-<name>-<n>`. A DNS label. */
  readonly name: string;
  readonly roles: readonly KafkaNodeRole[];
  readonly replicas: number;
  /** JBOD volumes per node, in id order; volume 0 also holds the KRaft metadata log (`kraftMetadata: shared`). */
  readonly volumes: readonly Size[];
  readonly resources: ResourceSpec;
  /** JVM heap (`-Xms` = `-Xmx`); must leave room in the memory request for the page cache and off-heap memory. */
  readonly heap: Size;
}

export type KafkaListenerName = 'tls' | 'plain';

export interface KafkaClusterProps {
  /** Kafka resource name; prefixes every object Strimzi creates. A DNS label. */
  readonly clusterName: string;
  /** Environment segment every topic name must carry. */
  readonly environment: string;
  /** Kafka version (Strimzi 1.2 supports 4.2.0 to 4.3.1). */
  readonly version: string;
  readonly pools: readonly KafkaNodePoolOptions[];
  /** `default.replication.factor` and the replication of the offsets and transaction-state topics. */
  readonly replicationFactor: number;
  /** `min.insync.replicas` (and `transaction.state.log.min.isr`). */
  readonly minInsyncReplicas: number;
  /**
   * Production-grade rules: min ISR below the replication factor (a broker may die without blocking
   * producers), at least 3 and an odd number of controllers (a KRaft quorum that survives a loss),
   * no plaintext listener. @default true
   */
  readonly productionGrade?: boolean;
  /** How clients authenticate on every listener. @default 'scram-sha-512' */
  readonly authentication?: KafkaAuthentication;
  /** Adds the `plain` listener (9092, SCRAM over plaintext); refused in production-grade clusters. @default false */
  readonly plainListener?: boolean;
  /** `broker.rack` from the node's zone label, and every pool spread evenly across zones and nodes. @default false */
  readonly rackAwareness?: boolean;
  /** PriorityClass of the Kafka pods (the data path outranks the rest). @default none */
  readonly priorityClassName?: string;
  /** StorageClass of every volume. */
  readonly storageClass: string;
  /** Resources of the topic operator and of the user operator (each). */
  readonly entityOperatorResources: ResourceSpec;
  readonly exporterResources: ResourceSpec;
}

/** Share of the brokers' disks that topic data may plan to use; the rest absorbs imbalance and metadata. */
export const DISK_HEADROOM = 0.85;

const LISTENER_PORTS: Record<KafkaListenerName, number> = { plain: 9092, tls: 9093 };
// Strimzi's fixed internal ports: KRaft control plane, replication, the agent the operator polls, metrics.
const CONTROLPLANE_PORT = 9090;
const REPLICATION_PORT = 9091;
const AGENT_PORT = 8443;
const METRICS_CONFIG_KEY = 'kafka-metrics-config.yml';

const gib = (n: number) => `${(n / 1024 ** 3).toFixed(1)}Gi`;

/**
 * A Strimzi Kafka cluster in KRaft mode with node pools, simple authorization, JMX metrics, Kafka
 * Exporter, entity operator, PodMonitors and the NetworkPolicies that guard its pods. Topics and users
 * are added with `addTopic` / `addUser`; access is expressed with `topic.grantWrite(user)` and
 * `topic.grantRead(user, group)`.
 */
export class KafkaCluster extends Construct {
  readonly clusterName: string;
  readonly namespace: string;
  readonly environment: string;
  /** Kafka version the brokers run; clients that must name a protocol version read it here. */
  readonly version: string;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly productionGrade: boolean;
  readonly authentication: KafkaAuthentication;
  readonly listeners: readonly KafkaListenerName[];
  /** Secret with the cluster CA certificate (key `ca.crt`); copied into every client namespace. */
  readonly caCertSecretName: string;
  /** Labels of the pods Strimzi runs for the node pools. */
  readonly nodePodLabels: Record<string, string>;
  readonly brokers: number;
  readonly controllers: number;

  private readonly brokerCapacityBytes: number;
  private readonly smallestBrokerVolumeBytes: number;
  private plannedBytes = 0;
  private readonly topics = new Map<string, KafkaTopic>();
  private readonly users = new Map<string, KafkaUser>();
  /** Users whose client pods `allowClient` admitted. */
  private readonly admitted = new Set<string>();

  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    const namespace = Chart.of(this).namespace;
    if (!namespace) throw new Error('KafkaCluster must be created in a chart with a namespace');
    this.namespace = namespace;
    this.clusterName = props.clusterName;
    this.environment = props.environment;
    this.version = props.version;
    this.replicationFactor = props.replicationFactor;
    this.minInsyncReplicas = props.minInsyncReplicas;
    this.productionGrade = props.productionGrade ?? true;
    this.authentication = props.authentication ?? 'scram-sha-512';
    this.listeners = props.plainListener ? ['tls', 'plain'] : ['tls'];
    this.caCertSecretName = `${props.clusterName}-cluster-ca-cert`;
    this.nodePodLabels = { 'strimzi.io/cluster': props.clusterName, 'strimzi.io/name': `${props.clusterName}-kafka` };

    const count = (role: KafkaNodeRole) => props.pools.filter((p) => p.roles.includes(role)).reduce((n, p) => n + p.replicas, 0);
    this.brokers = count('broker');
    this.controllers = count('controller');
    const brokerPools = props.pools.filter((p) => p.roles.includes('broker'));
    this.brokerCapacityBytes = brokerPools.reduce((sum, p) => sum + p.replicas * p.volumes.reduce((v, s) => v + sizeBytes(s), 0), 0);
    this.smallestBrokerVolumeBytes = Math.min(...brokerPools.flatMap((p) => p.volumes.map(sizeBytes)));
    this.validate(props);

    const metrics = new k8s.KubeConfigMap(this, 'Metrics', {
      metadata: { name: `${props.clusterName}-kafka-metrics` },
      data: { [METRICS_CONFIG_KEY]: stringify(KAFKA_JMX_EXPORTER_CONFIG) },
    });
    props.pools.forEach((pool, i) => underField(`pools[${i}]`, () => this.addPool(pool, props)));
    new strimzi.Kafka(this, 'Resource', {
      metadata: { name: props.clusterName },
      spec: {
        kafka: {
          version: props.version,
          listeners: this.listeners.map((name) => ({
            name,
            port: LISTENER_PORTS[name],
            type: strimzi.KafkaSpecKafkaListenersType.INTERNAL,
            tls: name === 'tls',
            authentication: { type: this.authentication as strimzi.KafkaSpecKafkaListenersAuthenticationType },
          })),
          authorization: { type: strimzi.KafkaSpecKafkaAuthorizationType.SIMPLE },
          config: {
            'auto.create.topics.enable': false,
            'default.replication.factor': props.replicationFactor,
            'min.insync.replicas': props.minInsyncReplicas,
            'offsets.topic.replication.factor': props.replicationFactor,
            'transaction.state.log.replication.factor': props.replicationFactor,
            'transaction.state.log.min.isr': props.minInsyncReplicas,
          },
          ...(props.rackAwareness ? { rack: { type: strimzi.KafkaSpecKafkaRackType.TOPOLOGY_HYPHEN_LABEL, topologyKey: ZONE_LABEL } } : {}),
          metricsConfig: {
            type: strimzi.KafkaSpecKafkaMetricsConfigType.JMX_PROMETHEUS_EXPORTER,
            valueFrom: { configMapKeyRef: { name: metrics.name, key: METRICS_CONFIG_KEY } },
          },
        },
        entityOperator: {
          topicOperator: { resources: resourceRequirements('entityOperatorResources', props.entityOperatorResources) },
          userOperator: { resources: resourceRequirements('entityOperatorResources', props.entityOperatorResources) },
        },
        kafkaExporter: { topicRegex: '.*', groupRegex: '.*', resources: resourceRequirements('exporterResources', props.exporterResources) },
      },
    });
    this.addMonitorsAndPolicies(props);
  }

  /** `host:port` of the bootstrap Service for `listener`, resolvable from any namespace. */
  public bootstrapServers(listener: KafkaListenerName = 'tls'): string {
    if (!this.listeners.includes(listener)) throw new ConfigError('listener', listener, `is not enabled on ${this.clusterName} (enabled: ${this.listeners.join(', ')})`);
    return `${this.clusterName}-kafka-bootstrap.${this.namespace}.svc:${LISTENER_PORTS[listener]}`;
  }

  /**
   * Adds a topic named by the convention, with `id` naming it in errors (`topics.<id>.partitions`).
   * Throws on a duplicate name, more replicas than brokers, or data that cannot fit the brokers' disks.
   */
  public addTopic(id: string, props: KafkaTopicNameParts & KafkaTopicSettings): KafkaTopic {
    return underField(`topics.${id}`, () => {
      const replicas = props.replicas ?? this.replicationFactor;
      const minInsyncReplicas = props.minInsyncReplicas ?? this.minInsyncReplicas;
      const topic = new KafkaTopic(this, `Topic-${id}`, { ...props, replicas, minInsyncReplicas, clusterName: this.clusterName, environment: this.environment });
      if (this.topics.has(topic.name)) throw new ConfigError('name', topic.name, 'is declared twice; topic names must be unique');
      if (replicas > this.brokers) throw new ConfigError('replicas', replicas, `must not exceed the number of brokers (${this.brokers})`);
      if (this.productionGrade && minInsyncReplicas >= replicas) {
        throw new ConfigError('minInsyncReplicas', minInsyncReplicas, `must be lower than replicas (${replicas}) in a production-grade cluster`);
      }
      if (topic.partitionFootprintBytes > this.smallestBrokerVolumeBytes) {
        throw new ConfigError('retentionBytes', gib(topic.partitionFootprintBytes), `plus one segment must fit on one broker volume (${gib(this.smallestBrokerVolumeBytes)}): a partition lives on a single volume`);
      }
      const planned = this.plannedBytes + topic.partitionFootprintBytes * topic.partitions * topic.replicas;
      const budget = this.brokerCapacityBytes * DISK_HEADROOM;
      if (planned > budget) {
        throw new ConfigError('retentionBytes', gib(topic.partitionFootprintBytes), `× ${topic.partitions} partitions × ${topic.replicas} replicas brings the topics to ${gib(planned)}, more than ${DISK_HEADROOM * 100}% of the brokers' disks (${gib(budget)})`);
      }
      this.plannedBytes = planned;
      this.topics.set(topic.name, topic);
      return topic;
    });
  }

  /**
   * Adds a KafkaUser for a client in `clientNamespace`. The User Operator's credentials Secret and the
   * cluster CA certificate are copied into that namespace (and kept in sync: Strimzi renews the CA).
   * The client's pods are admitted to a listener with `allowClient`. Throws on a duplicate name.
   */
  public addUser(props: { readonly name: string; readonly clientNamespace: string }): KafkaUser {
    return underField(`users.${props.name}`, () => {
      if (this.users.has(props.name)) throw new ConfigError('name', props.name, 'is declared twice; user names must be unique');
      const user = new KafkaUser(this, `User-${props.name}`, { ...props, clusterName: this.clusterName, authentication: this.authentication });
      this.users.set(props.name, user);
      user.node.addValidation({ validate: () => (this.admitted.has(user.name) ? [] : [`KafkaUser ${user.name} admits no client pods: call allowClient() where its client is built`]) });
      return user;
    });
  }

  /**
   * Admits the pods that connect as `user` (in the user's client namespace) to the one listener their
   * configuration names, on the brokers only. Called once per user, by the chart that builds the client.
   */
  public allowClient(user: KafkaUser, props: { readonly listener: KafkaListenerName; readonly pods: ReadonlyArray<Record<string, string>> }): void {
    underField(`users.${user.name}`, () => {
      if (this.users.get(user.name) !== user) throw new ConfigError('user', user.name, `is not a user of ${this.clusterName}`);
      if (this.admitted.has(user.name)) throw new ConfigError('clients', user.name, 'are admitted twice; pass every client pod set in one call');
      if (!this.listeners.includes(props.listener)) throw new ConfigError('listener', props.listener, `is not enabled on ${this.clusterName} (enabled: ${this.listeners.join(', ')})`);
      if (props.pods.length === 0) throw new ConfigError('pods', [], 'must name at least one set of client pod labels');
      this.admitted.add(user.name);
      new AllowIngress(this, `Clients-${user.name}`, {
        name: `${this.clusterName}-kafka-clients-${user.name}`,
        podLabels: { ...this.nodePodLabels, 'strimzi.io/broker-role': 'true' },
        from: props.pods.map((podLabels) => ({ namespace: user.secretNamespace, podLabels })),
        ports: [LISTENER_PORTS[props.listener]],
      });
    });
  }

  /**
   * The Secrets the clients need in their own namespaces: each user's credentials (written by the
   * User Operator) and, once per client namespace, the cluster CA certificate (renewed by Strimzi).
   */
  public secretCopies(): SecretCopyRequest[] {
    const users = [...this.users.values()];
    const namespaces = [...new Set(users.map((u) => u.secretNamespace))];
    return [
      ...users.map((u) => ({ namespace: u.secretNamespace, source: { namespace: this.namespace, name: u.secretName } })),
      ...namespaces.map((namespace) => ({ namespace, source: { namespace: this.namespace, name: this.caCertSecretName } })),
    ];
  }

  private validate(props: KafkaClusterProps): void {
    requireDnsLabel('clusterName', props.clusterName);
    requireDnsSubdomain('storageClass', props.storageClass);
    if (!/^\d+\.\d+\.\d+$/.test(props.version)) throw new ConfigError('version', props.version, 'must be a Kafka version such as 4.3.1');
    if (props.pools.length === 0) throw new ConfigError('pools', 0, 'must declare at least one node pool');
    const names = new Set<string>();
    // Node ids run over all pools: the highest id bounds the longest pod name.
    const highestNodeId = props.pools.reduce((n, p) => n + p.replicas, 0) - 1;
    requireDerivedName('clusterName', props.clusterName, `${props.clusterName}-kafka-bootstrap`, 'Service name');
    props.pools.forEach((pool, i) => {
      const field = `pools[${i}]`;
      requireDnsLabel(`${field}.name`, pool.name);
      requireDerivedName(`${field}.name`, pool.name, kafkaPodName(props.clusterName, pool.name, highestNodeId), 'pod name');
      if (names.has(pool.name)) throw new ConfigError(`${field}.name`, pool.name, 'is declared twice; pool names must be unique');
      names.add(pool.name);
      if (pool.roles.length === 0 || new Set(pool.roles).size !== pool.roles.length) throw new ConfigError(`${field}.roles`, pool.roles, 'must list controller and/or broker, each once');
      requireInteger(`${field}.replicas`, pool.replicas, 1);
      if (pool.volumes.length === 0) throw new ConfigError(`${field}.volumes`, 0, 'must declare at least one volume');
      pool.volumes.forEach((v, j) => {
        if (sizeBytes(v) <= 0) throw new ConfigError(`${field}.volumes[${j}]`, sizeQuantity(v), 'must be greater than zero');
      });
      if (sizeBytes(pool.heap) <= 0 || sizeBytes(pool.heap) >= sizeBytes(pool.resources.memory)) {
        throw new ConfigError(`${field}.heap`, sizeQuantity(pool.heap), `must be greater than zero and below the memory request (${sizeQuantity(pool.resources.memory)})`);
      }
    });
    if (this.brokers === 0) throw new ConfigError('pools', props.pools.map((p) => p.name), 'must include a pool with the broker role');
    if (this.controllers === 0) throw new ConfigError('pools', props.pools.map((p) => p.name), 'must include a pool with the controller role');
    requireInteger('replicationFactor', props.replicationFactor, 1);
    if (props.replicationFactor > this.brokers) {
      throw new ConfigError('replicationFactor', props.replicationFactor, `must not exceed the number of brokers (${this.brokers})`);
    }
    requireInteger('minInsyncReplicas', props.minInsyncReplicas, 1);
    if (props.minInsyncReplicas > props.replicationFactor) {
      throw new ConfigError('minInsyncReplicas', props.minInsyncReplicas, `must not exceed replicationFactor (${props.replicationFactor})`);
    }
    if (props.plainListener && (props.authentication ?? 'scram-sha-512') !== 'scram-sha-512') {
      throw new ConfigError('plainListener', true, 'needs authentication "scram-sha-512": mutual TLS cannot run over plaintext');
    }
    if (!this.productionGrade) return;
    if (props.minInsyncReplicas >= props.replicationFactor) {
      throw new ConfigError('minInsyncReplicas', props.minInsyncReplicas, `must be lower than replicationFactor (${props.replicationFactor}) in a production-grade cluster, so one broker can fail without blocking producers`);
    }
    if (this.controllers < 3 || this.controllers % 2 === 0) {
      throw new ConfigError('pools', `${this.controllers} controllers`, 'must provide an odd number of at least 3 controllers in a production-grade cluster, so the KRaft quorum survives the loss of one');
    }
    if (props.plainListener) throw new ConfigError('plainListener', true, 'is not allowed in a production-grade cluster: every listener must use TLS');
  }

  private addPool(pool: KafkaNodePoolOptions, props: KafkaClusterProps): void {
    const heap = `${pool.heap.toMebibytes({ rounding: SizeRoundingBehavior.FLOOR })}m`;
    // Not spreadReplicas() (constructs/spread.ts): a broker is tied to its zone by its volumes and
    // `broker.rack`, so the zone spread is a hard rule here, where the stateless consumers' is a preference.
    const spread = (topologyKey: string, whenUnsatisfiable: string) => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: { 'strimzi.io/cluster': props.clusterName, 'strimzi.io/pool-name': pool.name } },
    });
    new strimzi.KafkaNodePool(this, `Pool-${pool.name}`, {
      metadata: { name: pool.name, labels: { 'strimzi.io/cluster': props.clusterName } },
      spec: {
        replicas: pool.replicas,
        roles: pool.roles.map((r) => r as strimzi.KafkaNodePoolSpecRoles),
        storage: {
          type: strimzi.KafkaNodePoolSpecStorageType.JBOD,
          volumes: pool.volumes.map((size, id) => ({
            id,
            type: strimzi.KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
            size: sizeQuantity(size),
            class: props.storageClass,
            deleteClaim: false,
            ...(id === 0 ? { kraftMetadata: strimzi.KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED } : {}),
          })),
        },
        resources: resourceRequirements('resources', pool.resources),
        jvmOptions: { xms: heap, xmx: heap },
        template: {
          pod: {
            ...(props.priorityClassName ? { priorityClassName: props.priorityClassName } : {}),
            ...(props.rackAwareness ? { topologySpreadConstraints: [spread(ZONE_LABEL, 'DoNotSchedule'), spread(HOSTNAME_LABEL, 'ScheduleAnyway')] } : {}),
          },
        },
      },
    });
    new PodMonitor(this, `Monitor-${pool.name}`, {
      name: `${props.clusterName}-${pool.name}`,
      selector: { 'strimzi.io/cluster': props.clusterName, 'strimzi.io/pool-name': pool.name },
      endpoints: [{ port: 'tcp-prometheus' }],
    });
  }

  private addMonitorsAndPolicies(props: KafkaClusterProps): void {
    const c = props.clusterName;
    const entityOperator = { 'strimzi.io/name': `${c}-entity-operator` };
    const exporter = { 'strimzi.io/name': `${c}-kafka-exporter` };
    // Topic and user operator metrics; Strimzi 1.1 renamed their ports from `healthcheck`.
    new PodMonitor(this, 'Monitor-entity-operator', { name: `${c}-entity-operator`, selector: entityOperator, endpoints: [{ port: 'healthcheck-to' }, { port: 'healthcheck-uo' }] });
    new PodMonitor(this, 'Monitor-kafka-exporter', { name: `${c}-kafka-exporter`, selector: exporter, endpoints: [{ port: 'tcp-prometheus' }] });

    // What Strimzi's own generated policy would allow (it is switched off on the operator so the
    // metrics port can be closed to everyone but the monitoring namespace).
    // Strimzi labels each node with its roles (`strimzi.io/controller-role`, `strimzi.io/broker-role`);
    // a controller-only node has no replication listener and a broker-only node no control plane.
    const controllers = { ...this.nodePodLabels, 'strimzi.io/controller-role': 'true' };
    const brokers = { ...this.nodePodLabels, 'strimzi.io/broker-role': 'true' };
    const operator: PolicyPeer = { podLabels: { ...CLUSTER_OPERATOR_POD_LABELS } };
    const internal: Array<[string, number, Record<string, string>, PolicyPeer[]]> = [
      ['controlplane', CONTROLPLANE_PORT, controllers, [{ podLabels: this.nodePodLabels }, operator]],
      ['replication', REPLICATION_PORT, brokers, [{ podLabels: brokers }, operator, { podLabels: entityOperator }, { podLabels: exporter }]],
      ['agent', AGENT_PORT, this.nodePodLabels, [operator]],
    ];
    // The metrics port is opened to Prometheus by network-isolation, from the PodMonitors below.
    for (const [name, port, podLabels, from] of internal) {
      new AllowIngress(this, `Policy-${name}`, { name: `${c}-kafka-${name}`, podLabels, from, ports: [port] });
    }
    // The topic and user operators watch their custom resources; with rack awareness each broker's init
    // container reads its node's zone label from the API server (Strimzi 1.2.0 adds it to broker pools
    // only: KafkaCluster.java, createInitContainer).
    new AllowEgress(this, 'Egress-entity-operator', { name: `${c}-entity-operator-kube-api`, podLabels: entityOperator, apiServer: true });
    if (props.rackAwareness) new AllowEgress(this, 'Egress-nodes', { name: `${c}-kafka-kube-api`, podLabels: brokers, apiServer: true });
  }
}
