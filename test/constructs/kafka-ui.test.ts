import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../render/manifests';
import { committedManifests } from '../support/fixtures';

const tree = committedManifests();
const find = (objects: readonly RenderedObject[], kind: string, name: string) => objects.find((r) => r.object.kind === kind && r.object.metadata.name === name)?.object;

describe('the Kafka topic browser', () => {
  it('is rendered in dev and staging and not in prod, which has no kafkaUi block', () => {
    expect(find(tree.get('dev')!, 'Deployment', 'kafka-ui')).toBeDefined();
    expect(find(tree.get('staging')!, 'Deployment', 'kafka-ui')).toBeDefined();
    const prod = tree.get('prod')!;
    expect(prod.filter((r) => r.object.metadata.name === 'kafka-ui' || r.object.metadata.namespace === 'kafka-ui').map((r) => r.file)).toEqual([]);
  });

  it.each(['dev', 'staging'])('%s: its KafkaUser may read and describe the log topics and nothing else (no write, no group)', (env) => {
    const objects = tree.get(env)!;
    const user = find(objects, 'KafkaUser', 'kafka-ui')!;
    const acls = (user.spec as { authorization: { acls: Array<{ resource: { type: string; name: string }; operations: string[] }> } }).authorization.acls;
    const logTopics = objects.filter((r) => r.object.kind === 'KafkaTopic' && r.object.metadata.name.startsWith('observability.logs.')).map((r) => r.object.metadata.name).sort();
    expect(logTopics).toHaveLength(2);
    expect(acls.map((a) => a.resource.type)).toEqual(acls.map(() => 'topic'));
    expect(acls.map((a) => a.resource.name).sort()).toEqual(logTopics);
    for (const acl of acls) expect([...acl.operations].sort()).toEqual(['Describe', 'Read']);
  });

  it.each(['dev', 'staging'])('%s: it browses read-only over TLS with the copied user Secret and cluster CA, behind a generated login', (env) => {
    const objects = tree.get(env)!;
    const pod = (find(objects, 'Deployment', 'kafka-ui')!.spec as { template: { spec: { containers: Array<{ env: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> }> } } }).template.spec;
    const env0 = Object.fromEntries(pod.containers[0].env.map((e) => [e.name, e.value ?? `${e.valueFrom!.secretKeyRef.name}/${e.valueFrom!.secretKeyRef.key}`]));
    expect(env0).toMatchObject({
      KAFKA_CLUSTERS_0_READONLY: 'true',
      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: 'logs-kafka-bootstrap.kafka.svc:9093',
      KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG: 'kafka-ui/sasl.jaas.config',
      KAFKA_CLUSTERS_0_SSL_TRUSTSTOREPASSWORD: 'logs-cluster-ca-cert/ca.password',
      DYNAMIC_CONFIG_ENABLED: 'false',
      AUTH_TYPE: 'LOGIN_FORM',
      SPRING_SECURITY_USER_PASSWORD: 'kafka-ui-login/password',
    });
    // External Secrets Operator keeps copies of Strimzi's user Secret and cluster CA in the UI's namespace.
    const copies = objects.map((r) => r.object).filter((o) => o.kind === 'ExternalSecret' && o.metadata.namespace === 'kafka-ui' && (o.spec as any).secretStoreRef);
    expect(copies.filter((o) => (o.spec as any).dataFrom).map((o) => [o.metadata.name, (o.spec as any).dataFrom[0].extract.key, (o.spec as any).secretStoreRef.name]).sort()).toEqual([
      ['kafka-ui', 'kafka-ui', 'secrets-from-kafka'],
      ['logs-cluster-ca-cert', 'logs-cluster-ca-cert', 'secrets-from-kafka'],
    ]);
    // And of cert-manager's UI certificate (its two TLS keys), for the Ingress.
    expect(copies.filter((o) => !(o.spec as any).dataFrom).map((o) => [o.metadata.name, (o.spec as any).secretStoreRef.name, (o.spec as any).data.map((d: any) => d.remoteRef.property)])).toEqual([
      ['platform-ui-tls', 'secrets-from-haproxy-controller', ['tls.crt', 'tls.key']],
    ]);
    const login = find(objects, 'ExternalSecret', 'kafka-ui-login')!.spec as any;
    expect(login.dataFrom[0].sourceRef.generatorRef.kind).toBe('Password');
    expect(login.target.template.data).toEqual({ username: 'admin', password: '{{ .password }}' });
  });

  it('is served by the ingress at kafka-ui.<domain> with the environment\'s certificate', () => {
    const ingress = find(tree.get('dev')!, 'Ingress', 'kafka-ui')!;
    expect(ingress.spec).toMatchObject({
      ingressClassName: 'haproxy',
      tls: [{ hosts: ['kafka-ui.dev.observability.example.com'], secretName: 'platform-ui-tls' }],
    });
  });
});
