import { Chart, Duration, Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { KafkaAlerts } from '../../constructs/kafka-alerts';
import { KafkaCluster, type KafkaClusterProps, type KafkaNodePoolOptions } from '../../constructs/kafka-cluster';
import { requireConventionalTopicName, type KafkaTopicSettings } from '../../constructs/kafka-topic';
import { renderEnvironment } from '../../main';
import { prod } from '../../environments';

const resources = { cpu: Cpu.millis(500), memory: Size.gibibytes(2) };
const pool = (name: string, roles: KafkaNodePoolOptions['roles'], replicas: number, volumes = [Size.gibibytes(100)]): KafkaNodePoolOptions =>
  ({ name, roles, replicas, volumes, resources, heap: Size.gibibytes(1) });
const base: KafkaClusterProps = {
  clusterName: 'logs',
  environment: 'prod',
  version: '4.3.1',
  pools: [pool('controller', ['controller'], 3), pool('broker', ['broker'], 3, [Size.gibibytes(100), Size.gibibytes(100)])],
  replicationFactor: 3,
  minInsyncReplicas: 2,
  storageClass: 'standard',
  entityOperatorResources: resources,
  exporterResources: resources,
};
const settings: KafkaTopicSettings = { partitions: 3, retention: Duration.days(1), retentionBytes: Size.gibibytes(5), compressionType: 'gzip' };
const names = { business: 'observability', datasetType: 'logs', dataType: 'container', format: 'json' };

function cluster(props: Partial<KafkaClusterProps> = {}) {
  const chart = new Chart(Testing.app(), 'kafka', { namespace: 'kafka' });
  return { chart, cluster: new KafkaCluster(chart, 'Cluster', { ...base, ...props }) };
}
const byKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);

describe('KafkaCluster', () => {
  it('renders a controller-only and a broker-only pool with JBOD, kraftMetadata on volume 0 and deleteClaim false', () => {
    const { chart } = cluster();
    const pools = byKind(Testing.synth(chart), 'KafkaNodePool');
    expect(pools.map((p) => [p.metadata.name, p.spec.roles, p.spec.replicas])).toEqual([['controller', ['controller'], 3], ['broker', ['broker'], 3]]);
    const volumes = pools[1].spec.storage.volumes;
    expect(pools[1].spec.storage.type).toBe('jbod');
    expect(volumes.map((v: any) => [v.id, v.kraftMetadata, v.deleteClaim, v.class])).toEqual([[0, 'shared', false, 'standard'], [1, undefined, false, 'standard']]);
    expect(pools[1].metadata.labels['strimzi.io/cluster']).toBe('logs');
  });

  it('configures replication, min ISR, TLS SCRAM listener, simple authorization, metrics and the exporter', () => {
    const { chart } = cluster();
    const [kafka] = byKind(Testing.synth(chart), 'Kafka');
    expect(kafka.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(kafka.spec.kafka.listeners).toEqual([{ name: 'tls', port: 9093, type: 'internal', tls: true, authentication: { type: 'scram-sha-512' } }]);
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
    expect(kafka.spec.kafka.config).toMatchObject({
      'default.replication.factor': 3, 'min.insync.replicas': 2, 'offsets.topic.replication.factor': 3,
      'transaction.state.log.replication.factor': 3, 'transaction.state.log.min.isr': 2,
    });
    expect(kafka.spec.kafka.metricsConfig.valueFrom.configMapKeyRef.name).toBe('logs-kafka-metrics');
    expect(kafka.spec.kafkaExporter).toMatchObject({ topicRegex: '.*', groupRegex: '.*' });
    expect(kafka.spec.entityOperator.topicOperator.resources.requests.cpu).toBe('500m');
  });

  it('adds rack awareness on the zone label and spreads pools across zones when asked', () => {
    const { chart } = cluster({ rackAwareness: true });
    const objects = Testing.synth(chart);
    expect(byKind(objects, 'Kafka')[0].spec.kafka.rack).toEqual({ type: 'topology-label', topologyKey: 'topology.kubernetes.io/zone' });
    expect(byKind(objects, 'KafkaNodePool')[1].spec.template.pod.topologySpreadConstraints[0]).toMatchObject({ topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule' });
  });

  it('names bootstrap addresses by listener and offers the plain listener only when enabled', () => {
    const dev = cluster({ productionGrade: false, plainListener: true, replicationFactor: 1, minInsyncReplicas: 1, pools: [pool('dual', ['controller', 'broker'], 1)] }).cluster;
    expect(dev.bootstrapServers('plain')).toBe('logs-kafka-bootstrap.kafka.svc:9092');
    expect(dev.bootstrapServers()).toBe('logs-kafka-bootstrap.kafka.svc:9093');
    expect(() => cluster().cluster.bootstrapServers('plain')).toThrow('listener ("plain") is not enabled on logs');
  });

  it('keeps Strimzi internal ports to Strimzi pods, each on the nodes whose role listens on it, and leaves the metrics port to the monitors', () => {
    const { chart } = cluster();
    const policies = Object.fromEntries(byKind(Testing.synth(chart), 'NetworkPolicy').map((p) => [p.metadata.name, p.spec]));
    expect(policies['logs-kafka-agent'].ingress[0].from).toEqual([{ podSelector: { matchLabels: { 'strimzi.io/kind': 'cluster-operator' } } }]);
    expect(policies['logs-kafka-controlplane'].podSelector.matchLabels).toEqual({ 'strimzi.io/cluster': 'logs', 'strimzi.io/name': 'logs-kafka', 'strimzi.io/controller-role': 'true' });
    expect(policies['logs-kafka-replication'].podSelector.matchLabels).toEqual({ 'strimzi.io/cluster': 'logs', 'strimzi.io/name': 'logs-kafka', 'strimzi.io/broker-role': 'true' });
    expect(policies['logs-kafka-replication'].ingress[0].from[0]).toEqual({ podSelector: { matchLabels: { 'strimzi.io/cluster': 'logs', 'strimzi.io/name': 'logs-kafka', 'strimzi.io/broker-role': 'true' } } });
    // Prometheus' path to 9404 is rendered by network-isolation from the PodMonitors.
    expect(Object.keys(policies).sort()).toEqual(['logs-kafka-agent', 'logs-kafka-controlplane', 'logs-kafka-replication']);
  });

  it('fails when the replication factor exceeds the brokers', () => {
    expect(() => cluster({ replicationFactor: 4 })).toThrow('replicationFactor (4) must not exceed the number of brokers (3)');
  });

  it('fails when min ISR is not below the replication factor in a production-grade cluster', () => {
    expect(() => cluster({ minInsyncReplicas: 3 })).toThrow('minInsyncReplicas (3) must be lower than replicationFactor (3)');
    expect(() => cluster({ productionGrade: false, minInsyncReplicas: 3 })).not.toThrow();
  });

  it('fails with fewer than 3 controllers in a production-grade cluster', () => {
    expect(() => cluster({ pools: [pool('controller', ['controller'], 1), base.pools[1]] })).toThrow('pools ("1 controllers") must provide an odd number of at least 3 controllers');
  });

  it('fails with an even number of controllers in a production-grade cluster', () => {
    expect(() => cluster({ pools: [pool('controller', ['controller'], 4), base.pools[1]] })).toThrow('pools ("4 controllers") must provide an odd number');
  });

  it('fails on a plain listener in a production-grade cluster', () => {
    expect(() => cluster({ plainListener: true })).toThrow('plainListener (true) is not allowed in a production-grade cluster');
  });

  it('fails on a plain listener with mutual TLS authentication', () => {
    expect(() => cluster({ productionGrade: false, plainListener: true, authentication: 'tls' })).toThrow('needs authentication "scram-sha-512"');
  });

  it('fails on a heap that does not fit the memory request', () => {
    expect(() => cluster({ pools: [{ ...base.pools[0], heap: Size.gibibytes(2) }, base.pools[1]] })).toThrow('pools[0].heap ("2Gi") must be greater than zero and below the memory request (2Gi)');
  });

  it('fails without a broker pool', () => {
    expect(() => cluster({ pools: [base.pools[0]] })).toThrow('must include a pool with the broker role');
  });
});

describe('topics and users', () => {
  it('names topics by convention and renders their retention, compression and min ISR', () => {
    const { chart, cluster: c } = cluster();
    const topic = c.addTopic('containerLogs', { ...names, ...settings, segmentBytes: Size.mebibytes(512) });
    expect(topic.name).toBe('observability.logs.container.prod.json');
    const [obj] = byKind(Testing.synth(chart), 'KafkaTopic');
    expect(obj.metadata).toMatchObject({ name: topic.name, labels: { 'strimzi.io/cluster': 'logs' } });
    expect(obj.spec).toEqual({
      partitions: 3, replicas: 3,
      config: { 'retention.ms': 86400000, 'retention.bytes': 5 * 1024 ** 3, 'segment.bytes': 512 * 1024 ** 2, 'compression.type': 'gzip', 'min.insync.replicas': 2 },
    });
  });

  it('collects ACLs from grants and asks for copies of the credentials and the cluster CA in the client namespaces', () => {
    const { chart, cluster: c } = cluster();
    const logs = c.addTopic('containerLogs', { ...names, ...settings });
    const nodes = c.addTopic('nodeLogs', { ...names, dataType: 'node', ...settings });
    const reader = c.addUser({ name: 'log-aggregator', clientNamespace: 'logging' });
    logs.grantRead(reader, 'log-aggregator');
    nodes.grantRead(reader, 'log-aggregator');
    const writer = c.addUser({ name: 'log-forwarder', clientNamespace: 'node-agents' });
    logs.grantWrite(writer);
    c.allowClient(reader, { listener: 'tls', pods: [{ app: 'agg' }] });
    c.allowClient(writer, { listener: 'tls', pods: [{ app: 'fb' }] });
    expect([writer.secretName, writer.secretNamespace]).toEqual(['log-forwarder', 'node-agents']);
    const objects = Testing.synth(chart);
    const [aggregator, forwarder] = byKind(objects, 'KafkaUser');
    expect(aggregator.spec.authorization.acls).toEqual([
      { resource: { type: 'topic', name: logs.name, patternType: 'literal' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'log-aggregator', patternType: 'literal' }, operations: ['Read'] },
      { resource: { type: 'topic', name: nodes.name, patternType: 'literal' }, operations: ['Read', 'Describe'] },
    ]);
    expect(forwarder.spec.authorization.acls).toEqual([{ resource: { type: 'topic', name: logs.name, patternType: 'literal' }, operations: ['Write', 'Describe'] }]);
    // Each client namespace gets its user's credentials and one copy of the cluster CA.
    expect(c.secretCopies().map((r) => `${r.namespace}:${r.source.namespace}/${r.source.name}`)).toEqual([
      'logging:kafka/log-aggregator', 'node-agents:kafka/log-forwarder', 'logging:kafka/logs-cluster-ca-cert', 'node-agents:kafka/logs-cluster-ca-cert',
    ]);
    const clients = byKind(objects, 'NetworkPolicy').find((p) => p.metadata.name === 'logs-kafka-clients-log-forwarder');
    expect(clients.spec.ingress[0]).toEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'node-agents' } }, podSelector: { matchLabels: { app: 'fb' } } }],
      ports: [{ protocol: 'TCP', port: 9093 }],
    });
  });

  it('fails on a user whose client pods are admitted twice, on a listener the cluster lacks, or never', () => {
    const { chart, cluster: c } = cluster();
    const topic = c.addTopic('containerLogs', { ...names, ...settings });
    const user = c.addUser({ name: 'u', clientNamespace: 'logging' });
    topic.grantWrite(user);
    expect(() => Testing.synth(chart)).toThrow('KafkaUser u admits no client pods');
    expect(() => c.allowClient(user, { listener: 'plain', pods: [{ app: 'u' }] })).toThrow('users.u.listener ("plain") is not enabled on logs');
    expect(() => c.allowClient(user, { listener: 'tls', pods: [{}] })).toThrow('must name the client pods');
    const { cluster: fresh } = cluster();
    const other = fresh.addUser({ name: 'u', clientNamespace: 'logging' });
    fresh.allowClient(other, { listener: 'tls', pods: [{ app: 'u' }] });
    expect(() => fresh.allowClient(other, { listener: 'tls', pods: [{ app: 'v' }] })).toThrow('users.u.clients ("u") are admitted twice');
  });

  it('fails on a topic name whose environment segment is another environment', () => {
    expect(() => requireConventionalTopicName('name', 'observability.logs.container.dev.json', 'prod')).toThrow('must carry the environment segment "prod"');
    expect(() => requireConventionalTopicName('name', 'observability.logs.json', 'prod')).toThrow('five lowercase segments');
  });

  it('fails on a topic-name segment that is not lowercase', () => {
    expect(() => cluster().cluster.addTopic('containerLogs', { ...names, dataType: 'Container', ...settings })).toThrow('topics.containerLogs.dataType ("Container") must be a lowercase topic-name segment');
  });

  it('fails on a duplicate topic, user or topic grant', () => {
    const c = cluster().cluster;
    const topic = c.addTopic('a', { ...names, ...settings });
    expect(() => c.addTopic('b', { ...names, ...settings })).toThrow('topics.b.name ("observability.logs.container.prod.json") is declared twice');
    const user = c.addUser({ name: 'u', clientNamespace: 'logging' });
    expect(() => c.addUser({ name: 'u', clientNamespace: 'spark' })).toThrow('users.u.name ("u") is declared twice');
    topic.grantWrite(user);
    expect(() => topic.grantRead(user, 'g')).toThrow('is granted twice');
  });

  it('fails on topic replicas above the brokers and on topic min ISR not below its replicas', () => {
    expect(() => cluster().cluster.addTopic('t', { ...names, ...settings, replicas: 4, minInsyncReplicas: 2 })).toThrow('topics.t.replicas (4) must not exceed the number of brokers (3)');
    expect(() => cluster().cluster.addTopic('t', { ...names, ...settings, minInsyncReplicas: 3 })).toThrow('topics.t.minInsyncReplicas (3) must be lower than replicas (3)');
  });

  it('fails when one partition cannot fit on a broker volume', () => {
    expect(() => cluster().cluster.addTopic('t', { ...names, ...settings, retentionBytes: Size.gibibytes(100) })).toThrow('must fit on one broker volume (100.0Gi)');
  });

  it('fails when the topics together exceed the share of the brokers\' disks', () => {
    // 6 brokers-volumes × 100Gi = 600Gi, 85% = 510Gi; 10 partitions × 3 replicas × (20Gi + 1Gi) = 630Gi.
    expect(() => cluster().cluster.addTopic('t', { ...names, ...settings, partitions: 10, retentionBytes: Size.gibibytes(20) })).toThrow("more than 85% of the brokers' disks (510.0Gi)");
  });

  it('fails at synthesis on a user that was never granted anything', () => {
    const { chart, cluster: c } = cluster();
    c.addUser({ name: 'idle', clientNamespace: 'logging' });
    expect(() => Testing.synth(chart)).toThrow('KafkaUser idle has no ACLs');
  });
});

describe('KafkaAlerts', () => {
  it('fails without a consumer group to watch', () => {
    const { chart, cluster: c } = cluster();
    expect(() => new KafkaAlerts(chart, 'a', { cluster: c, lagGroups: [] })).toThrow('lagGroups (0) must name at least one consumer group');
  });
});

describe('the kafka block of an environment', () => {
  it('fails with the environment, the field, the value and the rule', () => {
    const broken = { ...prod, kafka: { ...prod.kafka, minInsyncReplicas: 3 } };
    expect(() => renderEnvironment(broken)).toThrow('prod: kafka.minInsyncReplicas (3) must be lower than replicationFactor (3)');
  });
});

describe('KafkaTopic.grantBrowse and the Kafka UI', () => {
  it('grants a browser Read and Describe on the topic and no consumer group', () => {
    const { chart, cluster: c } = cluster();
    const topic = c.addTopic('containerLogs', { ...names, ...settings });
    const user = c.addUser({ name: 'browser', clientNamespace: 'kafka-ui' });
    topic.grantBrowse(user);
    c.allowClient(user, { listener: 'tls', pods: [{ app: 'kafka-ui' }] });
    const acls = byKind(Testing.synth(chart), 'KafkaUser')[0].spec.authorization.acls;
    expect(acls).toEqual([{ resource: { type: 'topic', name: topic.name, patternType: 'literal' }, operations: ['Read', 'Describe'] }]);
  });

  it('fails when the UI is given a user without SCRAM credentials, or a bad login Secret name', async () => {
    const { KafkaUi } = await import('../../constructs/kafka-ui');
    const ui = (authentication: 'tls' | 'scram-sha-512', credentialsSecretName: string) => {
      const { chart, cluster: c } = cluster({ authentication });
      const user = c.addUser({ name: 'browser', clientNamespace: 'kafka-ui' });
      new KafkaUi(chart, 'Ui', { image: 'ghcr.io/kafbat/kafka-ui:v1.5.0', resources, cluster: c, user, credentialsSecretName });
    };
    expect(() => ui('tls', 'kafka-ui-login')).toThrow('user.authentication ("tls") must be scram-sha-512');
    expect(() => ui('scram-sha-512', 'Kafka UI')).toThrow('credentialsSecretName ("Kafka UI")');
    expect(() => ui('scram-sha-512', 'kafka-ui-login')).not.toThrow();
  });
});
