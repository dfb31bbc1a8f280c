import { Chart, Duration, type Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsSubdomain, requireInteger } from './config-error';
import { durationLiteral, HOURS_TO_MILLIS } from './duration-literal';
import { hardenedContainer, hardenedPodSecurityContext, sizeQuantity, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { PodMonitor } from './monitors';
import { imageTag } from './operator-managed';
import { CONFIG_HASH_ANNOTATION, configHash, telegrafConfig, telegrafPod } from './telegraf-config';
import { toToml } from './toml';

/** One InfluxDB 1.8 node (staging). */
export interface InfluxDbSingleTopology {
  readonly kind: 'single';
  /** Pinned InfluxDB 1.8 image. */
  readonly image: string;
  readonly resources: ResourceSpec;
  readonly storage: Size;
}

/** The open-source InfluxDB cluster (github.com/chengshiwen/influxdb-cluster): Raft meta nodes and data nodes. */
export interface InfluxDbClusterTopology {
  readonly kind: 'cluster';
  readonly metaImage: string;
  readonly dataImage: string;
  /** Meta nodes (Raft voters). With highAvailability: odd and at least 3. */
  readonly metaNodes: number;
  /** Data nodes; the replication factor may not exceed them. With highAvailability: at least 2. */
  readonly dataNodes: number;
  /** Require a Raft majority that survives one meta node and data on two nodes. */
  readonly highAvailability: boolean;
  readonly metaResources: ResourceSpec;
  readonly metaStorage: Size;
  readonly dataResources: ResourceSpec;
  readonly dataStorage: Size;
  /** Telegraf image for the meta nodes' health probe sidecar (meta nodes serve no /metrics). */
  readonly probeImage: string;
  readonly probeResources: ResourceSpec;
}

export type InfluxDbTopology = InfluxDbSingleTopology | InfluxDbClusterTopology;

export interface InfluxDbProps {
  readonly topology: InfluxDbTopology;
  /** Database the metrics are written to. */
  readonly database: string;
  /** How long points are kept (the default retention policy's DURATION). */
  readonly retention: Duration;
  /** Shard group duration (SHARD DURATION); at most the retention. */
  readonly shardDuration: Duration;
  /** Copies of each shard (REPLICATION); at most the data nodes. 1 for a single node. */
  readonly replicationFactor: number;
  readonly storageClass: string;
}

/** HTTP API port of data nodes (and the single node). */
export const INFLUXDB_HTTP_PORT = 8086;
/** Data-node RPC port (cluster traffic, meta → data joins). */
export const INFLUXDB_RPC_PORT = 8088;
/** Meta-node Raft port. */
export const INFLUXDB_RAFT_PORT = 8089;
/** Meta-node HTTP API (influxd-ctl, data → meta). */
export const INFLUXDB_META_PORT = 8091;

const NAME = 'influxdb';
/** Matches a meta node's /status answer that names a Raft leader. */
export const META_LEADER_PATTERN = '"leader":"[^"]+"';
/** In a data node's cluster-port /status answer once it has joined. */
export const DATA_JOINED_TEXT = '"nodeStatus":"joined"';
const RUN_AS = 1000;
const DATA_DIR = '/var/lib/influxdb';

/**
 * Validation of a topology and its replication, in one place. Throws a ConfigError naming the field
 * (relative to the props) for: meta nodes fewer than 3 or even with highAvailability, fewer than 2
 * data nodes with highAvailability, a replication factor above the data nodes, a shard duration
 * longer than the retention.
 */
export function validateInfluxDb(props: InfluxDbProps): void {
  if (!/^[a-z][a-z0-9_]*$/.test(props.database)) throw new ConfigError('database', props.database, 'must be lowercase letters, digits and "_", starting with a letter');
  requireDnsSubdomain('storageClass', props.storageClass);
  const t = props.topology;
  const dataNodes = t.kind === 'single' ? 1 : t.dataNodes;
  if (t.kind === 'cluster') {
    requireInteger('topology.metaNodes', t.metaNodes, 1);
    requireInteger('topology.dataNodes', t.dataNodes, 1);
    if (t.highAvailability && t.metaNodes < 3) throw new ConfigError('topology.metaNodes', t.metaNodes, 'must be at least 3 with highAvailability: Raft needs a majority that survives the loss of a meta node');
    if (t.highAvailability && t.metaNodes % 2 === 0) throw new ConfigError('topology.metaNodes', t.metaNodes, 'must be odd with highAvailability: an even number of Raft voters tolerates no more failures than one fewer');
    if (t.highAvailability && t.dataNodes < 2) throw new ConfigError('topology.dataNodes', t.dataNodes, 'must be at least 2 with highAvailability');
  }
  requireInteger('replicationFactor', props.replicationFactor, 1);
  if (props.replicationFactor > dataNodes) {
    throw new ConfigError('replicationFactor', props.replicationFactor, `must not exceed the number of data nodes (${dataNodes})`);
  }
  if (props.shardDuration.toHours({ integral: false }) < 1) throw new ConfigError('shardDuration', props.shardDuration.toHumanString(), 'must be at least 1 hour');
  if (props.shardDuration.toMilliseconds() > props.retention.toMilliseconds()) {
    throw new ConfigError('shardDuration', props.shardDuration.toHumanString(), `must not exceed retention (${props.retention.toHumanString()})`);
  }
}

/** An InfluxQL duration literal, exact (`168h`, `90m`). */
export function influxDuration(d: Duration): string {
  return durationLiteral(d, HOURS_TO_MILLIS);
}

interface NodeSetOptions {
  readonly name: string;
  readonly identity: WorkloadIdentity;
  readonly replicas: number;
  readonly image: string;
  readonly resources: ResourceSpec;
  readonly storage: Size;
  readonly command: string[];
  readonly configFile: string;
  readonly config: string;
  readonly ports: k8s.ContainerPort[];
  readonly probePort: string;
  readonly probePath: string;
  /** Shell command of the readiness probe (exec) when answering `probePath` is not enough. @default the httpGet probe */
  readonly readinessCommand?: string;
  readonly sidecars?: k8s.Container[];
  readonly sidecarVolumes?: k8s.Volume[];
  readonly annotations?: Record<string, string>;
}

/**
 * InfluxDB for the metrics path. `single`: one InfluxDB 1.8 StatefulSet. `cluster`: meta and data
 * StatefulSets of influxdb-cluster, joined by the join Job (influxdb-join-job.ts). Either way the
 * Service `influxdb` balances writes and queries over the data nodes (it replaces the seed's HAProxy)
 * and every pod's metrics are scraped.
 */
export class InfluxDb extends Construct {
  readonly namespace: string;
  readonly database: string;
  readonly retention: Duration;
  readonly shardDuration: Duration;
  readonly replicationFactor: number;
  readonly topology: InfluxDbTopology;
  /** Service balancing the data nodes. */
  readonly serviceName = NAME;
  /** `http://influxdb.<ns>.svc:8086`. */
  readonly url: string;
  /** Labels of the pods that serve the HTTP API (data nodes or the single node). */
  readonly dataPodLabels: Record<string, string>;
  /** Labels of the meta pods (cluster only). */
  readonly metaPodLabels?: Record<string, string>;
  /** Pod name pattern of the data nodes, for alerts. */
  readonly dataPodPattern: string;
  /** `host:port` of every meta node's HTTP API (cluster only), in ordinal order. */
  readonly metaAddresses: readonly string[] = [];
  /** `host:port` of every data node's RPC port (cluster only), in ordinal order. */
  readonly dataAddresses: readonly string[] = [];

  constructor(scope: Construct, id: string, props: InfluxDbProps) {
    super(scope, id);
    validateInfluxDb(props);
    const namespace = Chart.of(this).namespace;
    if (!namespace) throw new Error('InfluxDb must be created in a chart with a namespace');
    this.namespace = namespace;
    this.database = props.database;
    this.retention = props.retention;
    this.shardDuration = props.shardDuration;
    this.replicationFactor = props.replicationFactor;
    this.topology = props.topology;
    this.url = `http://${NAME}.${namespace}.svc:${INFLUXDB_HTTP_PORT}`;
    const t = props.topology;
    const http = { name: 'http', containerPort: INFLUXDB_HTTP_PORT };

    const dataConfig = (clustered: boolean) => toToml({
      'reporting-disabled': true,
      // Backup/restore RPC (single node: local only) or the data-node cluster port.
      'bind-address': clustered ? `:${INFLUXDB_RPC_PORT}` : `127.0.0.1:${INFLUXDB_RPC_PORT}`,
      meta: { dir: `${DATA_DIR}/meta` },
      data: { dir: `${DATA_DIR}/data`, 'wal-dir': `${DATA_DIR}/wal`, 'index-version': 'tsi1', 'query-log-enabled': false },
      ...(clustered ? { 'hinted-handoff': { dir: `${DATA_DIR}/hh` } } : {}),
      http: { enabled: true, 'bind-address': `:${INFLUXDB_HTTP_PORT}`, 'auth-enabled': true, 'log-enabled': false },
      // Prometheus scrapes /metrics; no _internal database.
      monitor: { 'store-enabled': false },
    });

    if (t.kind === 'single') {
      const identity = { name: NAME, component: 'database', version: imageTag(t.image) };
      this.dataPodLabels = selectorLabels(identity);
      this.dataPodPattern = `${NAME}-0`;
      this.nodeSet({
        name: NAME, identity, replicas: 1, image: t.image, resources: t.resources, storage: t.storage,
        command: ['influxd', '-config', '/etc/influxdb/influxdb.conf'], configFile: 'influxdb.conf', config: dataConfig(false),
        ports: [http], probePort: 'http', probePath: '/ping',
      }, props.storageClass);
    } else {
      const metaName = `${NAME}-meta`;
      const dataName = `${NAME}-data`;
      const metaIdentity = { name: NAME, instance: metaName, component: 'meta-node', version: imageTag(t.metaImage) };
      const dataIdentity = { name: NAME, instance: dataName, component: 'data-node', version: imageTag(t.dataImage) };
      this.metaPodLabels = selectorLabels(metaIdentity);
      this.dataPodLabels = selectorLabels(dataIdentity);
      this.dataPodPattern = `${dataName}-[0-9]+`;
      const host = (set: string, i: number) => `${set}-${i}.${set}.${namespace}.svc`;
      this.metaAddresses = Array.from({ length: t.metaNodes }, (_, i) => `${host(metaName, i)}:${INFLUXDB_META_PORT}`);
      this.dataAddresses = Array.from({ length: t.dataNodes }, (_, i) => `${host(dataName, i)}:${INFLUXDB_RPC_PORT}`);

      // Meta nodes serve no Prometheus endpoint: a Telegraf sidecar probes the meta API and exports
      // the result. /ping answers 200 even without a Raft leader (its body is the leader's address,
      // empty without one); /status answers {"nodeType":"meta","leader":"<raft address>",...}
      // (services/meta/handler.go servePing and serveStatus, services/meta/store.go status() of
      // influxdb-cluster v1.8.11-c1.2.0), so the probe succeeds (result_code 0) only on a node that
      // answers and sees a leader; otherwise result_code is 1 (response_string_mismatch) or higher.
      const probe = telegrafPod(this, 'MetaProbeConfig', {
        name: `${metaName}-probe`,
        image: t.probeImage,
        resources: t.probeResources,
        config: telegrafConfig({
          interval: Duration.seconds(15),
          flushInterval: Duration.seconds(15),
          inputs: { http_response: [{ urls: [`http://127.0.0.1:${INFLUXDB_META_PORT}/status`], response_timeout: '5s', method: 'GET', response_string_match: META_LEADER_PATTERN }] },
          outputs: {},
          prometheusMeasurements: ['http_response'],
        }),
        env: [{ name: 'HOSTNAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
        configVolume: 'probe-config',
      });
      this.nodeSet({
        name: metaName, identity: metaIdentity, replicas: t.metaNodes, image: t.metaImage, resources: t.metaResources, storage: t.metaStorage,
        command: ['influxd-meta', '-config', '/etc/influxdb/influxdb-meta.conf'], configFile: 'influxdb-meta.conf',
        config: toToml({
          'reporting-disabled': true,
          meta: { dir: `${DATA_DIR}/meta`, 'bind-address': `:${INFLUXDB_RAFT_PORT}`, 'http-bind-address': `:${INFLUXDB_META_PORT}` },
        }),
        ports: [{ name: 'meta-http', containerPort: INFLUXDB_META_PORT }, { name: 'raft', containerPort: INFLUXDB_RAFT_PORT }],
        probePort: 'meta-http', probePath: '/ping',
        // Ready only while it sees a Raft leader, so the disruption budget counts a leaderless meta
        // node as down (/ping answers 200 without one). Liveness stays /ping: restarting a node that
        // waits for an election or for the join only delays both.
        readinessCommand: `curl -fsS --max-time 3 http://127.0.0.1:${INFLUXDB_META_PORT}/status | grep -qE '${META_LEADER_PATTERN}'`,
        sidecars: [{ ...probe.container, name: 'probe' }],
        sidecarVolumes: probe.volumes,
        annotations: { [`${CONFIG_HASH_ANNOTATION}-probe`]: probe.configHash },
      }, props.storageClass);
      this.nodeSet({
        name: dataName, identity: dataIdentity, replicas: t.dataNodes, image: t.dataImage, resources: t.dataResources, storage: t.dataStorage,
        command: ['influxd', '-config', '/etc/influxdb/influxdb.conf'], configFile: 'influxdb.conf', config: dataConfig(true),
        ports: [http, { name: 'rpc', containerPort: INFLUXDB_RPC_PORT }], probePort: 'http', probePath: '/ping',
        // Ready (in the Service) only once joined: a data node that never joined, or came back on a new
        // volume, answers /ping but 404 to every write. Its cluster port's /status says which
        // (coordinator/handler.go of influxdb-cluster v1.8.11-c1.2.0).
        readinessCommand: `curl -fsS --max-time 3 -o /dev/null http://127.0.0.1:${INFLUXDB_HTTP_PORT}/ping && curl -fsS --max-time 3 http://127.0.0.1:${INFLUXDB_RPC_PORT}/status | grep -qF '${DATA_JOINED_TEXT}'`,
      }, props.storageClass);
      new PodMonitor(this, 'MetaMonitor', { name: metaName, selector: this.metaPodLabels, endpoints: [{ port: 'metrics' }] });
    }

    // The load balancer over the data nodes: what clients (Telegraf, Grafana) connect to.
    new k8s.KubeService(this, 'Service', {
      metadata: { name: NAME, labels: { ...this.dataPodLabels } },
      spec: { selector: this.dataPodLabels, ports: [{ name: 'http', port: INFLUXDB_HTTP_PORT, targetPort: k8s.IntOrString.fromString('http') }] },
    });
    new PodMonitor(this, 'Monitor', { name: t.kind === 'single' ? NAME : `${NAME}-data`, selector: this.dataPodLabels, endpoints: [{ port: 'http', path: '/metrics' }] });
  }

  private nodeSet(o: NodeSetOptions, storageClass: string): void {
    const labels = recommendedLabels(o.identity);
    const selector = selectorLabels(o.identity);
    new k8s.KubeConfigMap(this, `${o.name}-config`, { metadata: { name: o.name, labels }, data: { [o.configFile]: o.config } });
    // Headless Service: stable per-pod DNS names, published before readiness so nodes can join.
    new k8s.KubeService(this, `${o.name}-headless`, {
      metadata: { name: o.name === NAME ? `${NAME}-headless` : o.name, labels },
      spec: {
        clusterIp: 'None',
        publishNotReadyAddresses: true,
        selector,
        ports: o.ports.map((p) => ({ name: p.name, port: p.containerPort, targetPort: k8s.IntOrString.fromString(p.name!) })),
      },
    });
    const probe = (failureThreshold: number) => ({ httpGet: { path: o.probePath, port: k8s.IntOrString.fromString(o.probePort) }, periodSeconds: 10, failureThreshold });
    new k8s.KubeStatefulSet(this, o.name, {
      metadata: { name: o.name, labels },
      spec: {
        serviceName: o.name === NAME ? `${NAME}-headless` : o.name,
        replicas: o.replicas,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: selector },
        template: {
          metadata: { labels, annotations: { [CONFIG_HASH_ANNOTATION]: configHash(o.config), ...o.annotations } },
          spec: {
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext({ runAsUser: RUN_AS }),
            affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selector } } }] } },
            containers: [
              hardenedContainer({
                name: 'influxdb',
                image: o.image,
                resources: o.resources,
                runAsUser: RUN_AS,
                command: o.command,
                env: [
                  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                  // The address other nodes reach this one at: its stable headless-Service name.
                  { name: 'INFLUXDB_HOSTNAME', value: `$(POD_NAME).${o.name === NAME ? `${NAME}-headless` : o.name}.${this.namespace}.svc` },
                ],
                ports: o.ports,
                startupProbe: probe(30),
                livenessProbe: probe(6),
                readinessProbe: o.readinessCommand
                  ? { exec: { command: ['/bin/sh', '-c', o.readinessCommand] }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 }
                  : probe(3),
                volumeMounts: [
                  { name: 'config', mountPath: `/etc/influxdb`, readOnly: true },
                  { name: 'data', mountPath: DATA_DIR },
                ],
              }),
              ...(o.sidecars ?? []),
            ],
            volumes: [{ name: 'config', configMap: { name: o.name } }, ...(o.sidecarVolumes ?? [])],
          },
        },
        volumeClaimTemplates: [{
          metadata: { name: 'data', labels },
          spec: { accessModes: ['ReadWriteOnce'], storageClassName: storageClass, resources: { requests: { storage: k8s.Quantity.fromString(sizeQuantity(o.storage)) } } },
        }],
      },
    });
  }
}
