import { Size } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderEnvironment } from '../../main';
import { dev, prod, staging, type EnvironmentConfig } from '../../environments';

const objects = (env: EnvironmentConfig) => [...renderEnvironment(env).values()][0].map((r) => r.object as any);
const find = (objs: any[], kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata.name === name);
const config = (objs: any[], name: string) => parse(find(objs, 'ConfigMap', name).data['fluent-bit.yaml']);
const withPipeline = (env: EnvironmentConfig, change: (p: any) => any): EnvironmentConfig => ({ ...env, logPipeline: change(env.logPipeline) });
const forwarder = (env: EnvironmentConfig, f: object) => withPipeline(env, (p) => ({ ...p, forwarder: { ...p.forwarder, ...f } }));
const aggregator = (env: EnvironmentConfig, a: object) => withPipeline(env, (p) => ({ ...p, aggregator: { ...p.aggregator, ...a } }));

describe('FluentBitForwarder', () => {
  const prodObjects = objects(prod);

  it('renders a DaemonSet on every node with the data-path priority class, a config checksum and read-only host mounts except its state dir', () => {
    const ds = find(prodObjects, 'DaemonSet', 'fluent-bit-forwarder');
    const pod = ds.spec.template.spec;
    expect(pod.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(pod.priorityClassName).toBe('platform-data-path');
    expect(ds.spec.template.metadata.annotations['observability-platform/config-checksum']).toMatch(/^[0-9a-f]{16}$/);
    const mounts = pod.containers[0].volumeMounts;
    expect(mounts.filter((m: any) => !m.readOnly).map((m: any) => m.mountPath)).toEqual(['/var/lib/fluent-bit']);
    expect(pod.containers[0].securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
  });

  it('bounds each Kafka output by its share of the per-node budget (4 GiB split 90% : 10% by volume) and sends with compression and acks = all', () => {
    const outputs = config(prodObjects, 'fluent-bit-forwarder').pipeline.outputs;
    expect(outputs.map((o: any) => [o.topics, o['storage.total_limit_size'], o['rdkafka.request.required.acks'], o['rdkafka.compression.codec'], o['rdkafka.security.protocol']])).toEqual([
      ['observability.logs.container.prod.json', '3686M', '-1', 'gzip', 'SASL_SSL'],
      ['observability.logs.node.prod.json', '410M', '-1', 'gzip', 'SASL_SSL'],
    ]);
  });

  it('uses SCRAM over the plain listener in dev and TLS elsewhere', () => {
    expect(config(objects(dev), 'fluent-bit-forwarder').pipeline.outputs[0]['rdkafka.security.protocol']).toBe('SASL_PLAINTEXT');
    expect(config(objects(staging), 'fluent-bit-forwarder').pipeline.outputs[0]['rdkafka.ssl.ca.location']).toBe('/etc/kafka-ca/ca.crt');
  });

  it('fails when the buffer budget is zero', () => {
    expect(() => renderEnvironment(forwarder(prod, { bufferBudget: Size.mebibytes(0) }))).toThrow(/bufferBudget .* must be greater than zero/);
  });
  it('fails when the budget leaves an output without buffer', () => {
    expect(() => renderEnvironment(forwarder(prod, { bufferBudget: Size.mebibytes(1) }))).toThrow('prod: logPipeline.forwarder.bufferBudget ("1Mi") leaves an output without buffer at a node log share of 0.1');
  });
  it('fails when the memory request does not cover the librdkafka queues it may hold', () => {
    expect(() => renderEnvironment(forwarder(prod, { producerQueue: Size.mebibytes(256) }))).toThrow(
      'prod: logPipeline.forwarder.resources.memory ("512Mi") must cover the two librdkafka queues (2 × 256Mi) plus 64Mi for Fluent Bit itself');
  });
  it('fails when the plain listener is chosen where the cluster has none', () => {
    expect(() => renderEnvironment(withPipeline(prod, (p) => ({ ...p, kafkaListener: 'plain' })))).toThrow(/listener \("plain"\) is not enabled/);
  });
});

describe('the aggregator', () => {
  it('renders the Fluent Bit aggregator by default (dev\'s; prod and staging run Logstash): one input per topic tagged by stream, ES data streams with create, Suppress_Type_Name and bounded retries', () => {
    const objs = objects(dev);
    const c = config(objs, 'fluent-bit-aggregator');
    expect(c.pipeline.inputs.map((i: any) => [i.name, i.tag, i.topics, i.group_id, i['rdkafka.sasl.username']])).toEqual([
      ['kafka', 'kube.kafka', 'observability.logs.container.dev.json', 'log-aggregator', 'log-aggregator'],
      ['kafka', 'node.kafka', 'observability.logs.node.dev.json', 'log-aggregator', 'log-aggregator'],
    ]);
    expect(c.pipeline.outputs.map((o: any) => [o.match, o.index, o.write_operation, o.suppress_type_name, o.retry_limit, o.tls])).toEqual([
      ['kube.*', 'logs-container-dev', 'create', 'on', 10, 'on'], ['node.*', 'logs-node-dev', 'create', 'on', 10, 'on'],
    ]);
    expect(find(objs, 'StatefulSet', 'fluent-bit-aggregator').spec.replicas).toBe(1);
    // One replica: maxUnavailable 0 (aggregatorDisruptionBudget).
    expect(find(objs, 'PodDisruptionBudget', 'fluent-bit-aggregator').spec.maxUnavailable).toBe(0);
  });

  it('renders Logstash with the same references and a persistent queue on a volume claim when selected', () => {
    const objs = objects(aggregator(staging, { kind: 'logstash' }));
    expect(find(objs, 'StatefulSet', 'fluent-bit-aggregator')).toBeUndefined();
    const sts = find(objs, 'StatefulSet', 'logstash-aggregator');
    expect(sts.spec.volumeClaimTemplates[0].metadata.name).toBe('buffer');
    expect(sts.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
    const cm = find(objs, 'ConfigMap', 'logstash-aggregator').data;
    expect(parse(cm['logstash.yml'])['queue.type']).toBe('persisted');
    expect(cm['logs.conf']).toContain('topics => ["observability.logs.container.staging.json", "observability.logs.node.staging.json"]');
    expect(cm['logs.conf']).toContain('if [@metadata][kafka][topic] == "observability.logs.container.staging.json"');
    expect(cm['logs.conf']).toContain('group_id => "log-aggregator"');
    expect(cm['logs.conf']).toContain('index => "logs-node-staging"');
    expect(cm['logs.conf']).toContain('hosts => ["https://logs-es-http.elastic.svc:9200"]');
  });

  it('fails when replicas is below 1', () => {
    expect(() => renderEnvironment(aggregator(prod, { replicas: 0 }))).toThrow(/logPipeline\.aggregator\.replicas \(0\) must be a whole number of at least 1/);
  });
  it('fails when retryLimit is below 1 (retries must be bounded and positive)', () => {
    expect(() => renderEnvironment(aggregator(prod, { retryLimit: 0 }))).toThrow(/aggregator\.retryLimit \(0\)/);
  });
  it('fails when the buffer is smaller than 64Mi', () => {
    expect(() => renderEnvironment(aggregator(prod, { buffer: Size.mebibytes(32) }))).toThrow(/aggregator\.buffer \("32Mi"\) must be at least 64Mi/);
  });
});

describe('demo workloads', () => {
  it('renders the demo namespace and workloads in dev only', () => {
    const names = (env: EnvironmentConfig) => objects(env).filter((o) => o.metadata.namespace === 'demo' || (o.kind === 'Namespace' && o.metadata.name === 'demo')).map((o) => `${o.kind}/${o.metadata.name}`);
    expect(names(dev)).toEqual(expect.arrayContaining(['Namespace/demo', 'Deployment/demo-web', 'Deployment/demo-json-logger', 'ConfigMap/demo-workloads']));
    expect(names(staging)).toEqual([]);
    expect(names(prod)).toEqual([]);
  });
  it('fails when intervalSeconds is below 1', () => {
    expect(() => renderEnvironment({ ...dev, demo: { ...dev.demo, intervalSeconds: 0 } })).toThrow(/dev: demo\.intervalSeconds \(0\)/);
  });
});
