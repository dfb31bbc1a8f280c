/**
 * A stand-in for the Strimzi 1.2.0 cluster operator and its entity operator (Strimzi is Java and cannot
 * run here). It writes what Strimzi writes, in the order Strimzi writes it, read at tag 1.2.0
 * (strimzi/strimzi-kafka-operator):
 *
 * - cluster-operator/.../assembly/KafkaAssemblyOperator.java: a new Kafka first gets the initial status
 *   NotReady/Creating "Kafka cluster is being deployed" without observedGeneration; once the reconcile
 *   has the cluster up, Ready with observedGeneration, listeners, clusterId, kafkaVersion,
 *   kafkaMetadataVersion, kafkaNodePools and operatorLastSuccessfulVersion (api/.../kafka/KafkaStatus.java);
 * - cluster-operator/.../model/KafkaPool.java and assembly/KafkaReconciler.java: each pool's status
 *   (nodeIds, clusterId, roles, replicas, labelSelector, observedGeneration) is written before its pods
 *   exist; the cluster CA and clients CA Secrets (`<cluster>-cluster-ca-cert`: ca.crt, ca.p12,
 *   ca.password; `<cluster>-cluster-ca`: ca.key; likewise `-clients-ca*`, model/ClusterCa.java, Ca.java),
 *   the bootstrap and brokers Services, one StrimziPodSet per pool and its pods `<cluster>-<pool>-<id>`
 *   with the pool's resources and a claim per JBOD volume `data-<volume id>-<pod>` (model/VolumeUtils.java),
 *   the entity operator and Kafka exporter Deployments with the Kafka's resources;
 * - topic-operator BatchingTopicController.java and user-operator KafkaUserOperator.java, once the entity
 *   operator runs: KafkaTopic Ready with topicName and topicId; KafkaUser Ready with username and
 *   secret, and the user's Secret (SCRAM-SHA-512: `password`, `sasl.jaas.config`;
 *   TLS: ca.crt, user.crt, user.key, user.p12, user.password; model/KafkaUserModel.java).
 *
 * The broker pods run the Kafka image but nothing in them speaks Kafka: what the platform's clients do
 * with Kafka is tested against the Kafka stand-in (tools/go/kafka-fake), not here.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ApiServer } from '../../tools/apiserver';
import { PollingStandIn } from './polling-stand-in';

const now = () => new Date().toISOString().replace(/Z$/, '000Z');
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const ownerOf = (o: any, controller = true) => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller, blockOwnerDeletion: false });
const STRIMZI_VERSION = '1.2.0';
/**
 * The container security context of Strimzi's `restricted` pod security provider, which the rendered
 * operator selects (STRIMZI_POD_SECURITY_PROVIDER_CLASS=restricted; operator-common
 * .../plugin/security/profiles/impl/RestrictedPodSecurityProvider.java).
 */
const RESTRICTED = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

/** A CA certificate and key made with openssl, as Strimzi makes its self-signed CAs (CN `cluster-ca v0`). */
function makeCa(commonName: string): { crt: string; key: string; p12: Buffer; password: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'platform-strimzi-ca-'));
  try {
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', `/O=io.strimzi/CN=${commonName}`);
    const password = randomBytes(9).toString('base64url');
    run('pkcs12', '-export', '-nokeys', '-in', 'ca.crt', '-out', 'ca.p12', '-passout', `pass:${password}`);
    return { crt: readFileSync(path.join(dir, 'ca.crt'), 'utf8'), key: readFileSync(path.join(dir, 'ca.key'), 'utf8'), p12: readFileSync(path.join(dir, 'ca.p12')), password };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export class StrimziStandIn extends PollingStandIn {
  private readonly clusterIds = new Map<string, string>();
  /** Every object the stand-in created or whose status it wrote, as `Kind namespace/name`. */
  readonly wrote = new Set<string>();

  constructor(private readonly server: ApiServer) {
    super();
  }

  private async list(url: string): Promise<any[]> {
    const res = await this.server.request('GET', url);
    return res.status === 200 ? res.body.items : [];
  }

  private async create(url: string, object: any): Promise<void> {
    const res = await this.server.request('POST', url, object);
    if (res.status !== 201 && res.status !== 409) throw new Error(`${object.kind} ${object.metadata.name}: ${res.status} ${res.body?.message}`);
    if (res.status === 201) this.wrote.add(`${object.kind} ${object.metadata.namespace}/${object.metadata.name}`);
  }

  private async writeStatus(object: any, plural: string, status: Record<string, unknown>): Promise<void> {
    const { namespace, name } = object.metadata;
    const res = await this.server.request('PUT', `/apis/kafka.strimzi.io/v1/namespaces/${namespace}/${plural}/${name}/status`, { ...object, status });
    if (res.status !== 200 && res.status !== 409) throw new Error(`${object.kind} ${name} status: ${res.status} ${res.body?.message}`);
    this.wrote.add(`${object.kind} ${namespace}/${name} (status)`);
  }

  protected async pass(): Promise<void> {
    for (const kafka of await this.list('/apis/kafka.strimzi.io/v1/kafkas')) await this.reconcileKafka(kafka);
  }

  private async reconcileKafka(kafka: any): Promise<void> {
    const { namespace, name } = kafka.metadata;
    if (kafka.metadata.deletionTimestamp) return;
    if (!kafka.status) {
      await this.writeStatus(kafka, 'kafkas', { conditions: [{ type: 'NotReady', status: 'True', reason: 'Creating', message: 'Kafka cluster is being deployed', lastTransitionTime: now() }] });
      return;
    }
    const clusterId = this.clusterIds.get(`${namespace}/${name}`) ?? randomBytes(16).toString('base64url').slice(0, 22);
    this.clusterIds.set(`${namespace}/${name}`, clusterId);
    const ns = `/api/v1/namespaces/${namespace}`;
    const labels = { 'strimzi.io/cluster': name, 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': `${name}-kafka` };

    for (const ca of ['cluster-ca', 'clients-ca']) {
      if ((await this.server.request('GET', `${ns}/secrets/${name}-${ca}-cert`)).status === 200) continue;
      const made = makeCa(`${ca} v0`);
      const caLabels = { ...labels, 'strimzi.io/component-type': 'certificate-authority' };
      const template = ca === 'cluster-ca' ? kafka.spec.kafka?.template?.clusterCaCert?.metadata : kafka.spec.kafka?.template?.clientsCaCert?.metadata;
      await this.create(`${ns}/secrets`, { apiVersion: 'v1', kind: 'Secret', metadata: { name: `${name}-${ca}`, namespace, labels: caLabels, ownerReferences: [ownerOf(kafka, false)], annotations: { 'strimzi.io/ca-key-generation': '0' } }, data: { 'ca.key': b64(made.key) } });
      await this.create(`${ns}/secrets`, {
        apiVersion: 'v1', kind: 'Secret',
        metadata: { name: `${name}-${ca}-cert`, namespace, labels: { ...caLabels, ...(template?.labels ?? {}) }, annotations: { 'strimzi.io/ca-cert-generation': '0', ...(template?.annotations ?? {}) }, ownerReferences: [ownerOf(kafka, false)] },
        data: { 'ca.crt': b64(made.crt), 'ca.p12': b64(made.p12), 'ca.password': b64(made.password) },
      });
    }
    for (const svc of [`${name}-kafka-bootstrap`, `${name}-kafka-brokers`]) {
      const headless = svc.endsWith('brokers');
      await this.create(`${ns}/services`, {
        apiVersion: 'v1', kind: 'Service',
        metadata: { name: svc, namespace, labels, ownerReferences: [ownerOf(kafka, false)] },
        spec: { ...(headless ? { clusterIP: 'None', publishNotReadyAddresses: true } : {}), selector: { ...labels, 'strimzi.io/broker-role': 'true' }, ports: (kafka.spec.kafka.listeners ?? []).map((l: any) => ({ name: `tcp-${l.name}`, port: l.port, targetPort: l.port, protocol: 'TCP' })) },
      });
    }

    // Pools in name order, node IDs from 0 (KafkaPool.java / NodeIdAssignor.java without annotations).
    const pools = (await this.list(`/apis/kafka.strimzi.io/v1/namespaces/${namespace}/kafkanodepools`)).filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === name).sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    let next = 0;
    const podNames: string[] = [];
    for (const pool of pools) {
      const ids = Array.from({ length: pool.spec.replicas }, () => next++);
      const selector = `strimzi.io/cluster=${name},strimzi.io/name=${name}-kafka,strimzi.io/kind=Kafka,strimzi.io/pool-name=${pool.metadata.name}`;
      if (pool.status?.observedGeneration !== pool.metadata.generation) {
        await this.writeStatus(pool, 'kafkanodepools', { conditions: [], nodeIds: ids, clusterId, roles: pool.spec.roles, replicas: pool.spec.replicas, labelSelector: selector, observedGeneration: pool.metadata.generation });
      }
      const setName = `${name}-${pool.metadata.name}`;
      const roles = Object.fromEntries((pool.spec.roles as string[]).map((r) => [`strimzi.io/${r}-role`, 'true']));
      const podLabels = { ...labels, 'strimzi.io/pool-name': pool.metadata.name, 'strimzi.io/controller': 'strimzipodset', 'strimzi.io/controller-name': setName, ...roles };
      await this.create(`/apis/core.strimzi.io/v1/namespaces/${namespace}/strimzipodsets`, {
        apiVersion: 'core.strimzi.io/v1', kind: 'StrimziPodSet',
        metadata: { name: setName, namespace, labels: { ...labels, 'strimzi.io/pool-name': pool.metadata.name }, ownerReferences: [ownerOf(kafka)] },
        spec: { selector: { matchLabels: { ...labels, 'strimzi.io/pool-name': pool.metadata.name } }, pods: [] },
      });
      const podSet = (await this.server.request('GET', `/apis/core.strimzi.io/v1/namespaces/${namespace}/strimzipodsets/${setName}`)).body;
      const volumes = pool.spec.storage?.type === 'jbod' ? pool.spec.storage.volumes : [pool.spec.storage];
      const podTemplate = pool.spec.template?.pod ?? kafka.spec.kafka.template?.pod ?? {};
      const rackKey = kafka.spec.kafka.rack?.topologyKey as string | undefined;
      for (const id of ids) {
        const pod = `${setName}-${id}`;
        podNames.push(pod);
        const claims = (volumes as any[]).filter((v) => v?.type === 'persistent-claim').map((v, i) => {
          const claim = pool.spec.storage?.type === 'jbod' ? `data-${v.id ?? i}-${pod}` : `data-${pod}`;
          return { claim, volume: pool.spec.storage?.type === 'jbod' ? `data-${v.id ?? i}` : 'data', spec: v };
        });
        for (const c of claims) {
          await this.create(`${ns}/persistentvolumeclaims`, {
            apiVersion: 'v1', kind: 'PersistentVolumeClaim',
            metadata: { name: c.claim, namespace, labels: podLabels, ...(c.spec.deleteClaim ? { ownerReferences: [ownerOf(kafka, false)] } : {}) },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: c.spec.size } }, ...(c.spec.class ? { storageClassName: c.spec.class } : {}), volumeMode: 'Filesystem' },
          });
        }
        await this.create(`${ns}/pods`, {
          apiVersion: 'v1', kind: 'Pod',
          metadata: { name: pod, namespace, labels: { ...podLabels, 'statefulset.kubernetes.io/pod-name': pod, 'strimzi.io/pod-name': pod }, ownerReferences: [ownerOf(podSet)] },
          spec: {
            hostname: pod,
            subdomain: `${name}-kafka-brokers`,
            ...(podTemplate.priorityClassName ? { priorityClassName: podTemplate.priorityClassName } : {}),
            ...(podTemplate.tolerations ? { tolerations: podTemplate.tolerations } : {}),
            ...(podTemplate.topologySpreadConstraints ? { topologySpreadConstraints: podTemplate.topologySpreadConstraints } : {}),
            // Rack awareness: Strimzi requires the topology label on the node (KafkaCluster.java getMergedAffinity).
            affinity: {
              ...(podTemplate.affinity ?? {}),
              ...(rackKey ? { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: rackKey, operator: 'Exists' }] }] } } } : {}),
            },
            // BaselinePodSecurityProvider.java: fsGroup 0 for pods with persistent volumes.
            securityContext: claims.length ? { fsGroup: 0 } : {},
            containers: [{ name: 'kafka', image: imageOf(kafka), securityContext: RESTRICTED, resources: pool.spec.resources ?? kafka.spec.kafka.resources ?? {}, volumeMounts: claims.map((c) => ({ name: c.volume, mountPath: `/var/lib/kafka/${c.volume}` })) }],
            volumes: claims.map((c) => ({ name: c.volume, persistentVolumeClaim: { claimName: c.claim } })),
          },
        });
      }
    }

    const eo = kafka.spec.entityOperator;
    const deployments: Array<[string, any[]]> = [];
    if (eo) deployments.push([`${name}-entity-operator`, [['topic-operator', eo.topicOperator], ['user-operator', eo.userOperator]].filter(([, o]) => o).map(([n, o]) => ({ name: n, image: `quay.io/strimzi/operator:${STRIMZI_VERSION}`, securityContext: RESTRICTED, resources: o.resources ?? {} }))]);
    if (kafka.spec.kafkaExporter) deployments.push([`${name}-kafka-exporter`, [{ name: `${name}-kafka-exporter`, image: imageOf(kafka), securityContext: RESTRICTED, resources: kafka.spec.kafkaExporter.resources ?? {} }]]);
    for (const [deployment, containers] of deployments) {
      const podLabels = { 'strimzi.io/cluster': name, 'strimzi.io/kind': 'Kafka', 'strimzi.io/name': deployment };
      await this.create(`/apis/apps/v1/namespaces/${namespace}/deployments`, {
        apiVersion: 'apps/v1', kind: 'Deployment',
        metadata: { name: deployment, namespace, labels: podLabels, ownerReferences: [ownerOf(kafka)] },
        spec: { replicas: 1, selector: { matchLabels: podLabels }, template: { metadata: { labels: podLabels }, spec: { containers } } },
      });
    }

    // Ready once every pod runs ready and the Deployments are available (KafkaReconciler waits for both).
    const pods = await this.list(`${ns}/pods?labelSelector=strimzi.io/cluster%3D${name}`);
    const podReady = (p: any) => p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');
    const brokersReady = podNames.every((n) => pods.some((p) => p.metadata.name === n && podReady(p)));
    const available = await Promise.all(deployments.map(async ([d]) => ((await this.server.request('GET', `/apis/apps/v1/namespaces/${namespace}/deployments/${d}`)).body?.status?.availableReplicas ?? 0) >= 1));
    const eoReady = !eo || available[0];
    if (brokersReady && available.every(Boolean) && kafka.status.observedGeneration !== kafka.metadata.generation) {
      const version = kafka.spec.kafka.version as string;
      await this.writeStatus(kafka, 'kafkas', {
        conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: now() }],
        observedGeneration: kafka.metadata.generation,
        listeners: (kafka.spec.kafka.listeners ?? []).map((l: any) => ({ name: l.name, addresses: [{ host: `${name}-kafka-bootstrap.${namespace}.svc`, port: l.port }], bootstrapServers: `${name}-kafka-bootstrap.${namespace}.svc:${l.port}` })),
        kafkaNodePools: pools.map((p) => ({ name: p.metadata.name })),
        clusterId,
        operatorLastSuccessfulVersion: STRIMZI_VERSION,
        kafkaVersion: version,
        kafkaMetadataVersion: `${version.split('.').slice(0, 2).join('.')}-IV0`,
        kafkaMetadataState: 'KRaft',
      });
    }
    if (eoReady && brokersReady) await this.reconcileEntities(kafka);
  }

  /** The topic and user operators' part, for the Kafka's topics and users. */
  private async reconcileEntities(kafka: any): Promise<void> {
    const { namespace, name } = kafka.metadata;
    const mine = (o: any) => o.metadata.labels?.['strimzi.io/cluster'] === name && !o.metadata.deletionTimestamp;
    for (const topic of (await this.list(`/apis/kafka.strimzi.io/v1/namespaces/${namespace}/kafkatopics`)).filter(mine)) {
      if (topic.status?.observedGeneration === topic.metadata.generation) continue;
      await this.writeStatus(topic, 'kafkatopics', {
        conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: now() }],
        observedGeneration: topic.metadata.generation,
        topicName: topic.spec.topicName ?? topic.metadata.name,
        topicId: topic.status?.topicId ?? randomBytes(16).toString('base64url').slice(0, 22),
      });
    }
    for (const user of (await this.list(`/apis/kafka.strimzi.io/v1/namespaces/${namespace}/kafkausers`)).filter(mine)) {
      if (user.status?.observedGeneration === user.metadata.generation) continue;
      const auth = user.spec.authentication?.type as string | undefined;
      const secret = user.spec.template?.secret?.metadata;
      const labels = { 'strimzi.io/cluster': name, 'strimzi.io/kind': 'KafkaUser', 'app.kubernetes.io/instance': user.metadata.name, ...(secret?.labels ?? {}) };
      const password = randomBytes(24).toString('base64url');
      const data: Record<string, string> = auth === 'scram-sha-512'
        ? { password: b64(password), 'sasl.jaas.config': b64(`org.apache.kafka.common.security.scram.ScramLoginModule required username="${user.metadata.name}" password="${password}";`) }
        : auth === 'tls' || auth === 'tls-external' ? (() => {
          const cert = makeCa(user.metadata.name);
          return { 'ca.crt': b64(cert.crt), 'user.crt': b64(cert.crt), 'user.key': b64(cert.key), 'user.p12': b64(cert.p12), 'user.password': b64(cert.password) };
        })() : {};
      if (auth) {
        await this.create(`/api/v1/namespaces/${namespace}/secrets`, { apiVersion: 'v1', kind: 'Secret', metadata: { name: user.metadata.name, namespace, labels, annotations: secret?.annotations ?? {}, ownerReferences: [ownerOf(user)] }, data });
      }
      await this.writeStatus(user, 'kafkausers', {
        conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: now() }],
        observedGeneration: user.metadata.generation,
        username: auth === 'tls' ? `CN=${user.metadata.name}` : user.metadata.name,
        ...(auth ? { secret: user.metadata.name } : {}),
      });
    }
  }
}

/** The Kafka image Strimzi 1.2.0 runs for the Kafka's version (STRIMZI_KAFKA_IMAGES in its Deployment). */
function imageOf(kafka: any): string {
  return `quay.io/strimzi/kafka:${STRIMZI_VERSION}-kafka-${kafka.spec.kafka.version}`;
}
