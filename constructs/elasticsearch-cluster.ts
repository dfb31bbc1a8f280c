import { Chart, Duration, Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as es from '../imports/elasticsearch.k8s.elastic.co';
import { ConfigError, requireDnsLabel, requireInteger } from './config-error';
import { GeneratedCredentials } from './generated-credentials';
import type { SecretCopyRequest } from './secret-copies';
import { hardenedPodSecurityContext, hardenedSecurityContext, requirePinnedImage, sizeQuantity, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import type { RoleBody } from './elasticsearch-requests';
import { elasticsearchPodName, requireDerivedName } from './naming';
import { logStreams, type LogStreamName, type LogStreams } from './log-streams';
import { AllowIngress, type PolicyPeer } from './network-policy';

export type ElasticsearchRole = 'master' | 'data' | 'ingest' | 'remote_cluster_client' | 'ml' | 'transform';

export interface ElasticsearchNodeSetSettings {
  /** NodeSet name; becomes part of every node name (`<cluster>-es-<name>-<ordinal>`). */
  readonly name: string;
  readonly count: number;
  /** `node.roles`; `[]` is not allowed (a coordinating-only node set is not part of this platform). */
  readonly roles: readonly ElasticsearchRole[];
  /** Elasticsearch container resources; the JVM heap is sized by Elasticsearch from the memory limit. */
  readonly resources: ResourceSpec;
  /** The `elasticsearch-data` claim per node, mounted at /usr/share/elasticsearch/data. */
  readonly dataStorage: Size;
  /**
   * A separate persistent `elasticsearch-logs` claim per node, mounted at /usr/share/elasticsearch/logs
   * (`path.logs`). With it the node also logs to files there (see `ES_FILE_LOGS_BOUND`), so the claim
   * must hold at least that bound. @default logs on ECK's emptyDir, console logging only
   */
  readonly logsStorage?: Size;
}

/** When a stream's write index rolls over (the environment's `elasticsearch.lifecycle` block). */
export interface RolloverSettings {
  /** Roll over when the write index is this old. */
  readonly rolloverMaxAge: Duration;
  /** Roll over when a primary shard of the write index reaches this size. */
  readonly rolloverMaxPrimaryShardSize: Size;
}

/** The lifecycle of every stream; retention comes from the environment's capacity model. */
export interface IndexLifecycleSettings extends RolloverSettings {
  /** Delete backing indices this many days after rollover. */
  readonly retentionDays: number;
}

export interface ElasticsearchClusterProps {
  /** The Elasticsearch resource name; ECK derives Service and Secret names from it. */
  readonly clusterName: string;
  /** Pinned Elasticsearch image; its tag is the `version`. */
  readonly image: string;
  readonly nodeSets: readonly ElasticsearchNodeSetSettings[];
  readonly storageClass: string;
  /** Require at least 3 master-eligible nodes (an odd count is always required). */
  readonly highAvailability: boolean;
  /** Replica shards per index. */
  readonly replicas: number;
  /** Spread each node set over `topology.kubernetes.io/zone` and set shard allocation awareness. @default false */
  readonly zoneAwareness?: boolean;
  /** PriorityClass of the Elasticsearch pods (the data path outranks the rest). @default none */
  readonly priorityClassName?: string;
  readonly lifecycle: IndexLifecycleSettings;
  /** Namespace part of every data stream name (`logs-<stream>-<streamNamespace>`): the environment's cluster name. */
  readonly streamNamespace: string;
}

/** How a client reaches Elasticsearch's HTTPS endpoint. */
export interface ElasticsearchEndpoint {
  readonly serviceName: string;
  readonly namespace: string;
  /** In-cluster DNS name of the HTTPS Service. */
  readonly host: string;
  readonly port: number;
  readonly url: string;
}

/** `write`: create documents; `read`: search; `monitor`: read cluster, node, index and ILM statistics and count failure-store documents (an exporter). */
export type ClientAccess = 'write' | 'read' | 'monitor';

export interface ElasticsearchClientProps {
  /** Client name: the Elasticsearch user and role are `platform-<name>`. A DNS label. */
  readonly name: string;
  /** The client's namespace, where its credentials and CA Secrets are created out of band. */
  readonly namespace: string;
  /** Labels of the client pods (never empty: the HTTP policy admits these pods only). */
  readonly podLabels: Record<string, string>;
  readonly access: ClientAccess;
  /** The streams the role grants `access` to (least privilege for writers). @default every stream */
  readonly streams?: readonly LogStreamName[];
}

/** What a client in another namespace is handed: names, never literals of its own. */
export interface ElasticsearchClient extends ElasticsearchEndpoint {
  readonly username: string;
  /** Secret in the client's namespace with keys `username` and `password` (created out of band). */
  readonly credentialsSecretName: string;
  /** Secret in the client's namespace with key `ca.crt`: the cluster's HTTP CA (copied out of band). */
  readonly caSecretName: string;
  readonly streams: LogStreams;
}

/** An Elasticsearch security role, created by the lifecycle Job through `PUT _security/role/<name>`. */
export interface SecurityRole {
  readonly name: string;
  readonly body: RoleBody;
}

export const ES_HTTP_PORT = 9200;
export const ES_TRANSPORT_PORT = 9300;
/** The uid and gid of the `elasticsearch` user in Elastic's images. */
const ELASTIC_UID = 1000;
export const CA_SECRET_NAME = 'elasticsearch-ca';

/**
 * An Elasticsearch cluster on ECK, with the log streams it stores and the clients allowed to reach it.
 * `clusterName`, `http` (the HTTPS Service), `elasticUserSecretName`, `httpCaSecretName` and `streams`
 * are the references other constructs use.
 */
export class ElasticsearchCluster extends Construct {
  readonly clusterName: string;
  readonly version: string;
  readonly http: ElasticsearchEndpoint;
  /** ECK-created Secret in this namespace: key `elastic` is the superuser's password. */
  readonly elasticUserSecretName: string;
  /** ECK-created Secret in this namespace: key `ca.crt` is the HTTP CA. */
  readonly httpCaSecretName: string;
  readonly streams: LogStreams;
  readonly lifecycle: IndexLifecycleSettings;
  readonly replicas: number;
  /** Pod labels of every Elasticsearch node (NetworkPolicy target). */
  readonly podLabels: Record<string, string>;
  private readonly roles: SecurityRole[] = [];
  readonly clients: ElasticsearchClient[] = [];
  private readonly fileRealm: Array<{ secretName: string }> = [];
  private readonly copies: SecretCopyRequest[] = [];
  private rolesReadBy?: string;

  constructor(scope: Construct, id: string, props: ElasticsearchClusterProps) {
    super(scope, id);
    requireDnsLabel('clusterName', props.clusterName);
    requirePinnedImage('image', props.image);
    validate(props);
    const namespace = Chart.of(this).namespace ?? '';
    this.clusterName = props.clusterName;
    this.version = props.image.slice(props.image.lastIndexOf(':') + 1);
    this.lifecycle = props.lifecycle;
    this.replicas = props.replicas;
    this.streams = logStreams(props.streamNamespace);
    const serviceName = `${props.clusterName}-es-http`;
    const host = `${serviceName}.${namespace}.svc`;
    this.http = { serviceName, namespace, host, port: ES_HTTP_PORT, url: `https://${host}:${ES_HTTP_PORT}` };
    this.elasticUserSecretName = `${props.clusterName}-es-elastic-user`;
    this.httpCaSecretName = `${props.clusterName}-es-http-certs-public`;
    const identity: WorkloadIdentity = { name: 'elasticsearch', instance: props.clusterName, component: 'log-store', version: this.version };
    this.podLabels = selectorLabels(identity);

    new es.Elasticsearch(this, 'Resource', {
      metadata: { name: props.clusterName },
      spec: {
        version: this.version,
        image: props.image,
        auth: { fileRealm: this.fileRealm },
        nodeSets: props.nodeSets.map((set) => nodeSet(set, props, recommendedLabels(identity))),
      },
    });

    // Transport (9300) only between the cluster's own nodes.
    new AllowIngress(this, 'TransportPolicy', {
      name: `${props.clusterName}-es-transport`,
      podLabels: this.podLabels,
      from: [{ podLabels: this.podLabels }],
      ports: [ES_TRANSPORT_PORT],
    });
  }

  /** Admits `peer` to the HTTPS port (9200). NetworkPolicies add up: each call is one more allowed source. */
  public allowFrom(name: string, peer: PolicyPeer): void {
    new AllowIngress(this, `HttpPolicy-${name}`, {
      name: `${this.clusterName}-es-http-from-${name}`,
      podLabels: this.podLabels,
      from: [peer],
      ports: [ES_HTTP_PORT],
    });
  }

  /** The copies the clients in other namespaces need: their credentials and ECK's HTTP CA. */
  public secretCopies(): readonly SecretCopyRequest[] {
    return this.copies;
  }

  /** The client roles, for the Job that creates them; adding a client afterwards is an error. */
  public readRoles(reader: string): readonly SecurityRole[] {
    this.rolesReadBy = reader;
    return this.roles;
  }

  /**
   * A client: a file-realm user `platform-<name>` whose password is generated in the cluster (its
   * Secret in this namespace; a client in another namespace gets a copy, see `secretCopies`), a role the
   * lifecycle Job creates, and a NetworkPolicy that admits the client's pods. Throws on a duplicate name.
   */
  public addClient(props: ElasticsearchClientProps): ElasticsearchClient {
    requireDnsLabel('name', props.name);
    if (this.rolesReadBy) throw new ConfigError('name', props.name, `must be added before ${this.rolesReadBy} reads the client roles`);
    const username = `platform-${props.name}`;
    if (this.clients.some((c) => c.username === username)) throw new ConfigError('name', props.name, 'is already a client of this cluster');
    if (props.streams?.length === 0) throw new ConfigError('streams', 0, 'must name at least one stream (omit it for every stream)');
    const patterns = (props.streams ?? Object.keys(this.streams) as LogStreamName[]).map((s) => this.streams[s].indexPattern);
    this.roles.push({ name: username, body: roleBody(props.access, patterns) });
    const realmSecret = new GeneratedCredentials(this, `User-${props.name}`, {
      name: `elasticsearch-user-${props.name}`,
      username,
      extraKeys: { roles: username },
      type: 'kubernetes.io/basic-auth',
    }).secretName;
    this.fileRealm.push({ secretName: realmSecret });
    this.allowFrom(props.name, { namespace: props.namespace, podLabels: props.podLabels });
    // A client in the cluster's own namespace reads the file-realm Secret and ECK's CA directly.
    const local = props.namespace === this.http.namespace;
    const client: ElasticsearchClient = {
      ...this.http,
      username,
      credentialsSecretName: local ? `elasticsearch-user-${props.name}` : `elasticsearch-${props.name}-credentials`,
      caSecretName: local ? this.httpCaSecretName : CA_SECRET_NAME,
      streams: this.streams,
    };
    if (!local) {
      const source = (name: string) => ({ namespace: this.http.namespace, name });
      this.copies.push({ namespace: props.namespace, source: source(realmSecret), name: client.credentialsSecretName, keys: ['username', 'password'] });
      // ECK's HTTP CA, once per client namespace: ECK renews it (yearly by default) and the copy follows.
      if (!this.copies.some((c) => c.namespace === props.namespace && c.name === CA_SECRET_NAME)) {
        this.copies.push({ namespace: props.namespace, source: source(this.httpCaSecretName), name: CA_SECRET_NAME, keys: ['ca.crt'] });
      }
    }
    this.clients.push(client);
    return client;
  }
}

/** The role of a client: the privileges of its access level on `patterns`. */
function roleBody(access: ClientAccess, patterns: readonly string[]): SecurityRole['body'] {
  switch (access) {
    case 'write': return { cluster: ['monitor'], indices: [{ names: [...patterns], privileges: ['create_doc', 'auto_configure', 'view_index_metadata'] }] };
    case 'read': return { cluster: ['monitor'], indices: [{ names: [...patterns], privileges: ['read', 'view_index_metadata'] }] };
    // elasticsearch_exporter's documented privileges for cluster, node, index and ILM statistics.
    // Plus `read_failure_store` on the streams: counting `<stream>::failures` documents is a search on
    // the failure component, which Elasticsearch 9.x authorizes only with that privilege.
    case 'monitor': return {
      cluster: ['monitor', 'read_ilm'],
      indices: [{ names: ['*'], privileges: ['monitor', 'view_index_metadata'] }, { names: [...patterns], privileges: ['read_failure_store'] }],
    };
  }
}

function masterEligible(sets: readonly ElasticsearchNodeSetSettings[]): number {
  return sets.filter((s) => s.roles.includes('master')).reduce((n, s) => n + s.count, 0);
}

function dataNodes(sets: readonly ElasticsearchNodeSetSettings[]): readonly ElasticsearchNodeSetSettings[] {
  return sets.filter((s) => s.roles.includes('data'));
}

/** Every rule of the cluster's shape, in one place. */
function validate(props: ElasticsearchClusterProps): void {
  if (props.nodeSets.length === 0) throw new ConfigError('nodeSets', 0, 'must declare at least one node set');
  const names = new Set<string>();
  props.nodeSets.forEach((set, i) => {
    requireDnsLabel(`nodeSets[${i}].name`, set.name);
    requireDerivedName(`nodeSets[${i}].name`, set.name, elasticsearchPodName(props.clusterName, set.name, Math.max(0, set.count - 1)), 'pod name');
    if (names.has(set.name)) throw new ConfigError(`nodeSets[${i}].name`, set.name, 'is used by two node sets');
    names.add(set.name);
    requireInteger(`nodeSets[${i}].count`, set.count, 1);
    if (set.roles.length === 0) throw new ConfigError(`nodeSets[${i}].roles`, 0, 'must name at least one role');
    if (set.logsStorage && set.logsStorage.toKibibytes() * 1024 < ES_FILE_LOGS_BOUND) {
      throw new ConfigError(`nodeSets[${i}].logsStorage`, sizeQuantity(set.logsStorage), `must hold the ${(ES_FILE_LOGS_BOUND / 1024 ** 3).toFixed(2)} GiB Elasticsearch's rotated log files may fill (ES_FILE_LOGS_BOUND)`);
    }
  });
  const masters = masterEligible(props.nodeSets);
  if (masters % 2 === 0 || (props.highAvailability && masters < 3)) {
    throw new ConfigError('masterEligibleNodes', masters, `must be an odd number${props.highAvailability ? ' of at least 3 (highAvailability)' : ''}: a quorum needs a majority`);
  }
  const data = dataNodes(props.nodeSets);
  const dataCount = data.reduce((n, s) => n + s.count, 0);
  if (dataCount === 0) throw new ConfigError('nodeSets', props.nodeSets.map((s) => s.name).join(','), 'must include a node set with the data role');
  requireInteger('replicas', props.replicas, 0);
  if (props.replicas >= dataCount) {
    throw new ConfigError('replicas', props.replicas, `must be lower than the number of data nodes (${dataCount}): a replica is never allocated on its primary's node`);
  }
  requireInteger('lifecycle.retentionDays', props.lifecycle.retentionDays, 1);
}

/**
 * The most the official image's file logging keeps under `path.logs`, in bytes, from the files it
 * ships at the deployed version (elastic/elasticsearch distribution/src/config/log4j2.properties,
 * installed as config/log4j2.file.properties and used when ES_LOG_STYLE=file, see
 * distribution/docker/src/docker/bin/docker-entrypoint.sh; and distribution/src/config/jvm.options):
 * - server log, JSON and plain: rolled daily and at 128 MB each, gzipped, and the rolled files of
 *   both deleted beyond 2 GB together: 2 GB + 2 × 128 MB;
 * - deprecation log: rolled at 1 GB, 4 kept: 5 × 1 GB;
 * - GC log: 32 files of 64 MB: 2 GB.
 * The search/indexing slow logs and the ES|QL query log roll the same way as the deprecation log but
 * stay empty unless their thresholds are set; the platform sets none (setting one adds up to 5 GB).
 * The console appender stays on in that configuration, so the forwarder still ships every line to
 * Elasticsearch and Kibana; the files are the copy that survives a restart and a pipeline outage.
 */
export const ES_FILE_LOGS_BOUND = (2 * 1024 + 2 * 128 + 5 * 1024 + 2 * 1024) * 1024 ** 2;

const DATA_PATH = '/usr/share/elasticsearch/data';
const LOGS_PATH = '/usr/share/elasticsearch/logs';

function claim(name: string, storageClass: string, size: Size): es.ElasticsearchSpecNodeSetsVolumeClaimTemplates {
  return {
    metadata: { name },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName: storageClass,
      resources: { requests: { storage: es.ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests.fromString(sizeQuantity(size)) } },
    },
  };
}

function nodeSet(set: ElasticsearchNodeSetSettings, props: ElasticsearchClusterProps, labels: Record<string, string>): es.ElasticsearchSpecNodeSets {
  const memory = sizeQuantity(set.resources.memory);
  return {
    name: set.name,
    count: set.count,
    config: {
      'node.roles': [...set.roles],
      // vm.max_map_count: Elasticsearch's mmap store needs the kernel setting raised to 262144, which
      // takes a privileged init container (or a DaemonSet on every node). Both break the `elastic`
      // namespace's `restricted` Pod Security level, so the store uses NIO instead of mmap. The cost is
      // some search throughput on large indices; log search at this scale does not notice it.
      'node.store.allow_mmap': false,
    },
    resources: {
      requests: {
        cpu: es.ElasticsearchSpecNodeSetsResourcesRequestsCpu.fromString(set.resources.cpu.amount),
        memory: es.ElasticsearchSpecNodeSetsResourcesRequestsMemory.fromString(memory),
      },
      limits: {
        memory: es.ElasticsearchSpecNodeSetsResourcesLimitsMemory.fromString(memory),
        ...(set.resources.cpuLimit ? { cpu: es.ElasticsearchSpecNodeSetsResourcesLimitsCpu.fromString(set.resources.cpuLimit.amount) } : {}),
      },
    },
    ...(props.zoneAwareness ? { zoneAwareness: { topologyKey: 'topology.kubernetes.io/zone' } } : {}),
    podTemplate: {
      metadata: { labels },
      spec: {
        ...(props.priorityClassName ? { priorityClassName: props.priorityClassName } : {}),
        securityContext: hardenedPodSecurityContext({ runAsUser: ELASTIC_UID }),
        containers: [{
          name: 'elasticsearch',
          securityContext: hardenedSecurityContext({ runAsUser: ELASTIC_UID }),
          // With a log volume, the image's file logging (console output kept): see ES_FILE_LOGS_BOUND.
          ...(set.logsStorage ? { env: [{ name: 'ES_LOG_STYLE', value: 'file' }] } : {}),
          volumeMounts: [
            { name: 'elasticsearch-data', mountPath: DATA_PATH },
            ...(set.logsStorage ? [{ name: 'elasticsearch-logs', mountPath: LOGS_PATH }] : []),
          ],
        }],
      },
    },
    volumeClaimTemplates: [
      claim('elasticsearch-data', props.storageClass, set.dataStorage),
      ...(set.logsStorage ? [claim('elasticsearch-logs', props.storageClass, set.logsStorage)] : []),
    ],
  };
}
