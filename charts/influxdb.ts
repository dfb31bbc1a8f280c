import { GeneratedCredentials } from '../constructs/generated-credentials';
import type { SecretCopyRequest } from '../constructs/secret-copies';
import type { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import type { ResourceSpec } from '../constructs/hardening';
import { InfluxDb, INFLUXDB_HTTP_PORT, INFLUXDB_META_PORT, INFLUXDB_RAFT_PORT, INFLUXDB_RPC_PORT, type InfluxDbTopology } from '../constructs/influxdb';
import { InfluxDbAlerts } from '../constructs/influxdb-alerts';
import { INFLUXDB_JOIN_POD_LABELS, InfluxDbJoinJob } from '../constructs/influxdb-join-job';
import { INFLUXDB_SETUP_POD_LABELS } from '../constructs/influxdb-setup-job';
import type { KafkaCluster } from '../constructs/kafka-cluster';
import type { KafkaTopic, KafkaTopicNameParts, KafkaTopicSettings } from '../constructs/kafka-topic';
import type { KafkaUser } from '../constructs/kafka-user';
import { LABEL } from '../constructs/labels';
import { PodMonitor } from '../constructs/monitors';
import { AllowIngress, type PolicyPeer } from '../constructs/network-policy';
import { TELEGRAF_METRICS_PORT } from '../constructs/telegraf-config';
import { TelegrafConsumer } from '../constructs/telegraf-consumer';
import type { LibvirtSettings } from '../constructs/telegraf-producer';
import { PlatformChart } from './platform-chart';

/** Telegraf on both ends of the Kafka topic. */
export interface TelegrafSettings {
  /** The seed's data-centre tag (`dc = "teh-1"`), on every metric. */
  readonly dc: string;
  readonly interval: Duration;
  readonly flushInterval: Duration;
  readonly producerResources: ResourceSpec;
  readonly consumerResources: ResourceSpec;
  /** Consumer Deployment replicas (at most the topic's partitions are busy). */
  readonly consumerReplicas: number;
  /** libvirt guest metrics on KVM nodes. @default not collected */
  readonly libvirt?: LibvirtSettings;
}

/** The topology without images: images come from the environment's VersionSet. */
type WithoutImages<T> = T extends unknown ? Omit<T, 'image' | 'metaImage' | 'dataImage' | 'probeImage'> : never;
export type InfluxDbTopologySettings = WithoutImages<InfluxDbTopology>;

/** The environment's `influxdb` block: the optional metrics path Telegraf → Kafka → Telegraf → InfluxDB. */
export interface InfluxDbSettings {
  readonly topology: InfluxDbTopologySettings;
  readonly database: string;
  readonly retention: Duration;
  readonly shardDuration: Duration;
  readonly replicationFactor: number;
  /** Sizing of the metrics topic. */
  readonly topic: KafkaTopicSettings;
  readonly telegraf: TelegrafSettings;
  readonly jobResources: ResourceSpec;
}

/** Topic identity by the seed convention: `observability.metrics.telegraf.<env>.influx`. */
export const METRICS_TOPIC: KafkaTopicNameParts = { business: 'observability', datasetType: 'metrics', dataType: 'telegraf', format: 'influx' };
export const TELEGRAF_CONSUMER_GROUP = 'telegraf-influxdb';

/** Secrets with `username` and `password`, generated in the cluster (the setup Job creates the users from them). */
export const INFLUXDB_SECRETS = {
  /** Admin; used by the setup Job (namespace influxdb). */
  admin: 'influxdb-admin-credentials',
  /** Writer; the Telegraf consumer (namespace influxdb). */
  writer: 'influxdb-telegraf-credentials',
  /** Reader; Grafana (same credentials in influxdb, for the setup Job, and in monitoring). */
  reader: 'influxdb-grafana-credentials',
} as const;

/** What the Grafana chart needs to provision the InfluxDB datasource (Grafana fixes its uid). */
export interface InfluxDbDatasourceRef {
  readonly url: string;
  readonly database: string;
  /** Secret with `username` and `password` of the read-only user, in `namespace` (Grafana's). */
  readonly credentials: { readonly secretName: string; readonly namespace: string };
}


export interface InfluxDbChartProps {
  readonly namespace: string;
  readonly monitoringNamespace: string;
  /** Namespace the Telegraf producers run in (their Kafka credentials are mirrored there). */
  readonly producerNamespace: string;
  readonly storageClass: string;
  readonly kafka: KafkaCluster;
  /** Labels of the Prometheus pods (scrape access). */
  readonly scrapers: Record<string, string>;
  readonly settings: InfluxDbSettings;
  readonly images: { readonly telegraf: string; readonly influxdb: string; readonly clusterMeta: string; readonly clusterData: string };
  /** Spread the Telegraf consumer's replicas over zones as well as nodes. */
  readonly zoneSpread: boolean;
}

/**
 * InfluxDB and the Telegraf consumer in the `influxdb` namespace, plus the metrics topic and the two
 * Kafka users on the Kafka cluster. The producers (charts/telegraf.ts) and the setup Job
 * (charts/influxdb-jobs.ts) take `topic`, `producerUser` and `influxdb` from here.
 */
export class InfluxDbChart extends PlatformChart {
  readonly influxdb: InfluxDb;
  readonly topic: KafkaTopic;
  readonly producerUser: KafkaUser;
  readonly consumerUser: KafkaUser;
  readonly consumer: TelegrafConsumer;
  readonly alerts: InfluxDbAlerts;
  /** For the Grafana chart: the InfluxDB datasource. */
  readonly datasource: InfluxDbDatasourceRef;
  /** Grafana's copy of the reader's credentials. */
  readonly secretCopies: readonly SecretCopyRequest[];

  constructor(scope: Construct, id: string, props: InfluxDbChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const s = props.settings;
    const kafka = props.kafka;
    const usernames: Record<keyof typeof INFLUXDB_SECRETS, string> = { admin: 'admin', writer: 'telegraf', reader: 'grafana' };
    for (const [role, name] of Object.entries(INFLUXDB_SECRETS) as Array<[keyof typeof INFLUXDB_SECRETS, string]>) {
      new GeneratedCredentials(this, `Credentials-${role}`, { name, username: usernames[role] });
    }
    this.secretCopies = [{ namespace: props.monitoringNamespace, source: { namespace: props.namespace, name: INFLUXDB_SECRETS.reader } }];
    this.topic = underField('topic', () => kafka.addTopic('telegrafMetrics', { ...METRICS_TOPIC, ...s.topic }));
    this.producerUser = kafka.addUser({ name: 'telegraf-producer', clientNamespace: props.producerNamespace });
    this.topic.grantWrite(this.producerUser);
    this.consumerUser = kafka.addUser({ name: 'telegraf-consumer', clientNamespace: props.namespace });
    this.topic.grantRead(this.consumerUser, TELEGRAF_CONSUMER_GROUP);

    const t = s.topology;
    const topology: InfluxDbTopology = t.kind === 'single'
      ? { ...t, image: props.images.influxdb }
      : { ...t, metaImage: props.images.clusterMeta, dataImage: props.images.clusterData, probeImage: props.images.telegraf };
    this.influxdb = new InfluxDb(this, 'InfluxDb', {
      topology,
      database: s.database,
      retention: s.retention,
      shardDuration: s.shardDuration,
      replicationFactor: s.replicationFactor,
      storageClass: props.storageClass,
    });
    this.consumer = underField('telegraf', () => new TelegrafConsumer(this, 'Consumer', {
      name: 'telegraf-consumer',
      image: props.images.telegraf,
      resources: s.telegraf.consumerResources,
      replicas: s.telegraf.consumerReplicas,
      interval: s.telegraf.interval,
      flushInterval: s.telegraf.flushInterval,
      kafka,
      topic: this.topic,
      user: this.consumerUser,
      group: TELEGRAF_CONSUMER_GROUP,
      influxdb: this.influxdb,
      writerSecretName: INFLUXDB_SECRETS.writer,
      zoneSpread: props.zoneSpread,
    }));
    // Its Kafka input names the TLS bootstrap address (telegraf-config.ts).
    kafka.allowClient(this.consumerUser, { listener: 'tls', pods: [this.consumer.podLabels] });
    new PodMonitor(this, 'ConsumerMonitor', { name: 'telegraf-consumer', selector: this.consumer.podLabels, endpoints: [{ port: 'metrics' }] });
    this.alerts = new InfluxDbAlerts(this, 'Alerts', {
      influxdb: this.influxdb,
      kafka,
      consumerGroup: TELEGRAF_CONSUMER_GROUP,
      telegrafNamespaces: [props.producerNamespace, props.namespace],
    });

    // Who may connect. The setup and join Jobs are matched by their pod labels.
    const prometheus: PolicyPeer = { namespace: props.monitoringNamespace, podLabels: props.scrapers };
    const setupJob: PolicyPeer = { podLabels: INFLUXDB_SETUP_POD_LABELS };
    const db = this.influxdb;
    new AllowIngress(this, 'HttpClients', {
      name: 'influxdb-http',
      podLabels: db.dataPodLabels,
      // Grafana's datasource, the consumer, the setup Job (Prometheus' scrape is rendered from its monitor).
      from: [{ namespace: props.monitoringNamespace, podLabels: { [LABEL.name]: 'grafana' } }, { podLabels: this.consumer.podLabels }, setupJob],
      ports: [INFLUXDB_HTTP_PORT],
    });
    new AllowIngress(this, 'ConsumerMetrics', { name: 'telegraf-consumer-metrics', podLabels: this.consumer.podLabels, from: [prometheus], ports: [TELEGRAF_METRICS_PORT] });
    if (db.metaPodLabels) {
      // The join Job runs beside the StatefulSets, in this layer: the nodes turn Ready only once joined.
      new InfluxDbJoinJob(this, 'Join', { influxdb: db, resources: s.jobResources });
      const joinJob: PolicyPeer = { podLabels: INFLUXDB_JOIN_POD_LABELS };
      const nodes = [{ podLabels: db.metaPodLabels }, { podLabels: db.dataPodLabels }];
      new AllowIngress(this, 'DataRpc', { name: 'influxdb-data-rpc', podLabels: db.dataPodLabels, from: nodes, ports: [INFLUXDB_RPC_PORT] });
      // Data nodes use the meta HTTP API; Raft (8089) is between meta nodes only.
      new AllowIngress(this, 'MetaApi', { name: 'influxdb-meta', podLabels: db.metaPodLabels, from: nodes, ports: [INFLUXDB_META_PORT] });
      new AllowIngress(this, 'MetaRaft', { name: 'influxdb-meta-raft', podLabels: db.metaPodLabels, from: [{ podLabels: db.metaPodLabels }], ports: [INFLUXDB_RAFT_PORT] });
      // influxd-ctl against the meta API; a data node's own join state from its cluster port's /status.
      new AllowIngress(this, 'MetaJoin', { name: 'influxdb-meta-join', podLabels: db.metaPodLabels, from: [joinJob], ports: [INFLUXDB_META_PORT] });
      new AllowIngress(this, 'DataJoin', { name: 'influxdb-data-join', podLabels: db.dataPodLabels, from: [joinJob], ports: [INFLUXDB_RPC_PORT] });
      new AllowIngress(this, 'MetaMetrics', { name: 'influxdb-meta-metrics', podLabels: db.metaPodLabels, from: [prometheus], ports: [TELEGRAF_METRICS_PORT] });
    }

    this.datasource = {
      url: db.url,
      database: db.database,
      credentials: { secretName: INFLUXDB_SECRETS.reader, namespace: props.monitoringNamespace },
    };
  }
}
