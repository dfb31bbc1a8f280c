/**
 * The schema's rules for the last silent classes of bad input (issue 30): versions that must agree,
 * names the operators refuse, the production stage's safety rules, and cross-field rules that stay
 * quiet about a value that already failed its own rule. Each case is one bad edit of a valid
 * environment, as a new user would make it.
 */
import { Size } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { dev, prod, staging, type EnvironmentConfig } from '../environments';
import { eckNodeSetNameRule, formatViolation, longestStrimziName, validateEnvironments, VENDORED_RELEASES } from '../render/environment-schema';
import { ES_CLUSTER_NAME } from '../charts/elasticsearch';

/** A copy of an environment with fields replaced, typed loosely on purpose: these are bad inputs. */
function broken(env: EnvironmentConfig, patch: Record<string, unknown>): EnvironmentConfig {
  return { ...env, ...patch } as EnvironmentConfig;
}
const violations = (env: unknown): string[] => validateEnvironments([env]).map(formatViolation);
const withVersions = (env: EnvironmentConfig, versions: Partial<Record<keyof EnvironmentConfig['versions'], string>>) => broken(env, { versions: { ...env.versions, ...versions } });

describe('versions that must agree', () => {
  it.each<[string, EnvironmentConfig, string]>([
    ['a Strimzi operator of another release than the vendored install', withVersions(staging, { strimziOperator: 'quay.io/strimzi/operator:0.45.0' }),
      'staging: versions.strimziOperator ("quay.io/strimzi/operator:0.45.0"): must be the vendored Strimzi release 1.2.0 (vendor/strimzi/1.2.0): the CRDs and install files rendered are those of that release, and kafka.version is checked against it'],
    ['an ECK operator of another release than the vendored CRDs', withVersions(prod, { eckOperator: 'docker.elastic.co/eck/eck-operator:3.4.0' }),
      'prod: versions.eckOperator ("docker.elastic.co/eck/eck-operator:3.4.0"): must be the vendored ECK release 3.5.0 (vendor/eck/v3.5.0)'],
    ['a prometheus-operator of another release than the vendored bundle', withVersions(prod, { prometheusOperator: 'quay.io/prometheus-operator/prometheus-operator:v0.92.0' }),
      'prod: versions.prometheusOperator ("quay.io/prometheus-operator/prometheus-operator:v0.92.0"): must be the vendored prometheus-operator release 0.93.0 (vendor/prometheus-operator/v0.93.0)'],
    ['a config reloader of another release than its operator', withVersions(dev, { prometheusConfigReloader: 'quay.io/prometheus-operator/prometheus-config-reloader:v0.90.0' }),
      'dev: versions.prometheusConfigReloader ("quay.io/prometheus-operator/prometheus-config-reloader:v0.90.0"): must be the release of versions.prometheusOperator (v0.93.0)'],
    ['an HAProxy controller of another release than the vendored install', withVersions(prod, { haproxyIngress: 'docker.io/haproxytech/kubernetes-ingress:3.1.0' }),
      'prod: versions.haproxyIngress ("docker.io/haproxytech/kubernetes-ingress:3.1.0"): must be the vendored HAProxy ingress controller release 3.2.11'],
    ['Kibana of another version than Elasticsearch', withVersions(staging, { kibana: 'docker.elastic.co/kibana/kibana:9.4.0' }),
      'staging: versions.kibana ("docker.elastic.co/kibana/kibana:9.4.0"): must be the Elasticsearch version (9.5.3, versions.elasticsearch)'],
    ['Logstash of another version than Elasticsearch', withVersions(staging, { logstash: 'docker.elastic.co/logstash/logstash:8.19.0' }),
      'staging: versions.logstash ("docker.elastic.co/logstash/logstash:8.19.0"): must be the Elasticsearch version (9.5.3, versions.elasticsearch)'],
    ['an Elasticsearch major ECK 3.5.0 does not run', withVersions(prod, { elasticsearch: 'docker.elastic.co/elasticsearch/elasticsearch:6.8.23', kibana: 'docker.elastic.co/kibana/kibana:6.8.23', logstash: 'docker.elastic.co/logstash/logstash:6.8.23' }),
      'prod: versions.elasticsearch ("docker.elastic.co/elasticsearch/elasticsearch:6.8.23"): must be tagged with an Elasticsearch version ECK 3.5.0 runs'],
  ])('fails on %s', (_label, env, message) => {
    const found = violations(env);
    expect(found.some((line) => line.startsWith(message)), `expected a line starting with\n  ${message}\ngot\n  ${found.join('\n  ')}`).toBe(true);
  });

  it('reads the vendored releases from vendor/, where the install files and CRDs are', () => {
    expect(VENDORED_RELEASES).toEqual({ strimzi: '1.2.0', eck: '3.5.0', prometheusOperator: '0.93.0', haproxyIngress: '3.2.11' });
    for (const env of [dev, staging, prod]) expect(violations(env)).toEqual([]);
  });

  it('accepts the Elastic stack moved together to another version ECK runs', () => {
    const stack = '8.19.4';
    expect(violations(withVersions(prod, {
      elasticsearch: `docker.elastic.co/elasticsearch/elasticsearch:${stack}`, kibana: `docker.elastic.co/kibana/kibana:${stack}`, logstash: `docker.elastic.co/logstash/logstash:${stack}`,
    }))).toEqual([]);
  });
});

describe('names the operators refuse', () => {
  const nodeSet = (env: EnvironmentConfig, i: number, patch: Record<string, unknown>) =>
    broken(env, { elasticsearch: { ...env.elasticsearch, nodeSets: env.elasticsearch.nodeSets.map((s, j) => (j === i ? { ...s, ...patch } : s)) } });

  it('fails on a node-set name that passes the pod-name rule but makes ECK refuse the data tier', () => {
    // 24 characters: the pod `logs-es-<name>-0` is 34 characters, far within 63, yet ECK 3.5.0's
    // ValidateNames allows a StatefulSet suffix `-es-<name>` of at most 63 - 36 = 27 characters.
    const name = 'd'.repeat(24);
    expect(`${ES_CLUSTER_NAME}-es-${name}-0`.length).toBeLessThan(63);
    expect(violations(nodeSet(prod, 1, { name }))).toEqual([
      `prod: elasticsearch.nodeSets[1].name ("${name}"): makes ECK's StatefulSet suffix "-es-${name}" 28 characters long; ECK 3.5.0 refuses more than 27 (ValidateNames: at most 23 characters of node-set name)`,
    ]);
    expect(violations(nodeSet(prod, 1, { name: 'd'.repeat(23) }))).toEqual([]);
  });

  it('follows ECK\'s room for the pod ordinal and the revision hash (name.go at v3.5.0)', () => {
    // ValidateNames: 63 - len(StatefulSet name) must leave len("-<count>") + 10.
    // `a{30}-es-b{17}` is 51 characters: room for "-8" and the hash (51 = 63 - 2 - 10), not for "-10".
    expect(eckNodeSetNameRule('a'.repeat(30), 'b'.repeat(17), 9)).toBeUndefined();
    expect(eckNodeSetNameRule('a'.repeat(30), 'b'.repeat(17), 10)).toMatch(/StatefulSet name "a{30}-es-b{17}" 51 characters long; ECK 3.5.0 refuses more than 50 with 10 node\(s\)/);
  });

  it('fails on a Kafka cluster name whose Strimzi Services and entity operator exceed 63 characters', () => {
    const clusterName = 'k'.repeat(48);
    expect(longestStrimziName(clusterName)).toMatchObject({ length: 64 });
    const found = violations(broken(staging, { kafka: { ...staging.kafka, clusterName } }));
    expect(found).toContain(`staging: kafka.clusterName ("${clusterName}"): makes Strimzi 1.2.0's bootstrap Service "${clusterName}-kafka-bootstrap" (64 characters) longer than 63 characters (api/.../KafkaResources.java), which Kubernetes refuses`);
    expect(violations(broken(staging, { kafka: { ...staging.kafka, clusterName: 'k'.repeat(47) } }))).toEqual([]);
  });
});

describe('a production stage', () => {
  it.each<[string, EnvironmentConfig, string]>([
    ['no Elasticsearch replica shards', broken(prod, { elasticsearch: { ...prod.elasticsearch, replicas: 0 } }),
      'prod: elasticsearch.replicas (0): must be at least 1 in a prod-stage environment: without a replica shard, one lost data node loses data'],
    ['a single Prometheus', broken(prod, { monitoring: { ...prod.monitoring, prometheus: { ...prod.monitoring.prometheus, replicas: 1 } } }),
      'prod: monitoring.prometheus.replicas (1): must be at least 2 in a prod-stage environment'],
    ['a single Alertmanager', broken(prod, { monitoring: { ...prod.monitoring, alertmanager: { ...prod.monitoring.alertmanager, replicas: 1 } } }),
      'prod: monitoring.alertmanager.replicas (1): must be at least 2 in a prod-stage environment'],
    ['a single aggregator', broken(prod, { logPipeline: { ...prod.logPipeline, aggregator: { ...prod.logPipeline.aggregator, replicas: 1 } } }),
      'prod: logPipeline.aggregator.replicas (1): must be at least 2 in a prod-stage environment'],
    ['a single ingress controller', broken(prod, { ingressController: { ...prod.ingressController, replicas: 1 } }),
      'prod: ingressController.replicas (1): must be at least 2 in a prod-stage environment'],
    ['a topic with one copy', broken(prod, { kafka: { ...prod.kafka, topics: { ...prod.kafka.topics, nodeLogs: { ...prod.kafka.topics.nodeLogs, replicas: 1, minInsyncReplicas: 1 } } } }),
      'prod: kafka.topics.nodeLogs.replicas (1): must be at least 2 in a prod-stage environment'],
    ['InfluxDB shards with one copy', broken(prod, { influxdb: { ...prod.influxdb!, replicationFactor: 1 } }),
      'prod: influxdb.replicationFactor (1): must be at least 2 in a prod-stage environment'],
  ])('fails on %s', (_label, env, message) => {
    const found = violations(env);
    expect(found.some((line) => line.startsWith(message)), `expected a line starting with\n  ${message}\ngot\n  ${found.join('\n  ')}`).toBe(true);
  });

  it('leaves the other stages their single replicas (dev runs one of each)', () => {
    expect(dev.elasticsearch.replicas).toBe(0);
    expect(violations(dev)).toEqual([]);
  });
});

describe('memory budgets the constructs check, listed with the schema\'s violations', () => {
  it('fails on a forwarder whose memory does not hold its two producer queues', () => {
    expect(violations(broken(prod, { logPipeline: { ...prod.logPipeline, forwarder: { ...prod.logPipeline.forwarder, producerQueue: Size.mebibytes(512) } } }))).toEqual([
      'prod: logPipeline.forwarder.resources.memory (Size 512Mi): must cover the two librdkafka queues (2 × 512Mi, logPipeline.forwarder.producerQueue) plus 64Mi for Fluent Bit itself',
    ]);
  });

  it('fails on a Logstash aggregator below 512Mi', () => {
    const aggregator = { ...staging.logPipeline.aggregator, kind: 'logstash', resources: { ...staging.logPipeline.aggregator.resources, memory: Size.mebibytes(384) } };
    expect(violations(broken(staging, { logPipeline: { ...staging.logPipeline, aggregator } }))).toEqual([
      'staging: logPipeline.aggregator.resources.memory (Size 384Mi): must be at least 512Mi for Logstash (half of it is the JVM heap)',
    ]);
  });
});

describe('cross-field rules do not repeat a value that failed its own rule', () => {
  it.each<[string, EnvironmentConfig, string]>([
    ['a replication factor of 0', broken(prod, { kafka: { ...prod.kafka, replicationFactor: 0 } }), 'prod: kafka.replicationFactor (0): must be at least 1'],
    ['a replication factor of 1e10', broken(prod, { kafka: { ...prod.kafka, replicationFactor: 1e10 } }), 'prod: kafka.replicationFactor (10000000000): must be at most 100'],
    ['a broker pool of 0 replicas', broken(prod, { kafka: { ...prod.kafka, pools: [prod.kafka.pools[0], { ...prod.kafka.pools[1], replicas: 0 }] } }), 'prod: kafka.pools[1].replicas (0): must be at least 1'],
    ['a memory request of 0', broken(prod, { kafka: { ...prod.kafka, pools: [prod.kafka.pools[0], { ...prod.kafka.pools[1], resources: { ...prod.kafka.pools[1].resources, memory: Size.mebibytes(0) } }] } }), 'prod: kafka.pools[1].resources.memory (Size 0Mi): must be at least 4Mi'],
    ['0 Spark worker cores', broken(staging, { spark: { ...staging.spark, workerCores: 0 } }), 'staging: spark.workerCores (0): must be at least 1'],
    ['a node set of 0 nodes', broken(prod, { elasticsearch: { ...prod.elasticsearch, nodeSets: [{ ...prod.elasticsearch.nodeSets[0], count: 0 }, prod.elasticsearch.nodeSets[1]] } }), 'prod: elasticsearch.nodeSets[0].count (0): must be at least 1'],
    ['a Prometheus volume of 0', broken(prod, { monitoring: { ...prod.monitoring, prometheus: { ...prod.monitoring.prometheus, storage: Size.mebibytes(0) } } }), 'prod: monitoring.prometheus.storage (Size 0Mi): must be at least 1Mi'],
  ])('fails on %s with that one message', (_label, env, message) => {
    expect(violations(env)).toEqual([message]);
  });

  it('still reports a cross-field rule whose fields are each valid', () => {
    expect(violations(broken(prod, { kafka: { ...prod.kafka, replicationFactor: 2, minInsyncReplicas: 3 } }))).toEqual([
      'prod: kafka.minInsyncReplicas (3): must not exceed kafka.replicationFactor (2)',
      'prod: kafka.topics.containerLogs.minInsyncReplicas (3): must not exceed the topic\'s replicas (2)',
      'prod: kafka.topics.nodeLogs.minInsyncReplicas (3): must not exceed the topic\'s replicas (2)',
    ]);
  });
});
