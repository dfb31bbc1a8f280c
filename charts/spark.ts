import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Size } from 'cdk8s';
import type { Cpu } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import type { ElasticsearchClient, ElasticsearchClientProps } from '../constructs/elasticsearch-cluster';
import type { ResourceSpec } from '../constructs/hardening';
import type { KafkaCluster } from '../constructs/kafka-cluster';
import type { KafkaTopic } from '../constructs/kafka-topic';
import type { KafkaUser } from '../constructs/kafka-user';
import { LABEL } from '../constructs/labels';
import { AllowEgress, type PolicyPeer } from '../constructs/network-policy';
import { SparkAlerts } from '../constructs/spark-alerts';
import { SparkApplication } from '../constructs/spark-application';
import { SPARK_PORTS, SparkCluster } from '../constructs/spark-cluster';
import { SparkHistoryServer } from '../constructs/spark-history-server';
import { UiIngress, type IngressSettings } from '../constructs/ui-ingress';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

/** The environment's `spark` block. */
export interface SparkSettings {
  readonly workers: number;
  /** `SPARK_WORKER_CORES`. */
  readonly workerCores: number;
  /** `SPARK_WORKER_MEMORY`. */
  readonly workerMemory: Size;
  readonly executorCores: number;
  readonly executorMemory: Size;
  /** Cores of the log-analytics driver (client mode: its submitter pod). */
  readonly driverCores: number;
  /**
   * CPU the worker and driver pods request, below their Spark cores where a small environment
   * overcommits (cores are scheduling slots for Spark, not reservations). @default the cores
   */
  readonly cpuRequest?: Cpu;
  readonly driverMemory: Size;
  /** SparkWorkersBelowFloor fires when fewer workers than this are alive. */
  readonly workerFloor: number;
  readonly historyServer: boolean;
  /** PodDisruptionBudget for the workers. */
  readonly workerDisruptionBudget: boolean;
  /** The shared event log: a ReadWriteMany claim, so its storage class must support RWX. */
  readonly eventLog: { readonly storageClass: string; readonly size: Size };
  /** The log-analytics job's streaming checkpoint (ReadWriteOnce, the environment's storage class). */
  readonly checkpointSize: Size;
  readonly masterResources: ResourceSpec;
  readonly historyServerResources: ResourceSpec;
  /** How often the log-analytics job runs a micro-batch, a Spark interval (`30 seconds`). */
  readonly triggerInterval: string;
}

export interface SparkChartProps {
  readonly settings: SparkSettings;
  /** Pinned apache/spark image with Python. */
  readonly image: string;
  /** The environment's cluster name: the `cluster` field of every error-count document. */
  readonly clusterName: string;
  /** StorageClass for the checkpoint claim. */
  readonly storageClass: string;
  readonly ingress: IngressSettings;
  /** The ingress controller's pods: the only clients of the UIs. */
  readonly uiClients: readonly PolicyPeer[];
  /** Prometheus' pods. */
  readonly scrapers: PolicyPeer;
  readonly kafka: {
    readonly cluster: KafkaCluster;
    readonly topic: KafkaTopic;
    readonly user: KafkaUser;
    readonly consumerGroup: string;
  };
  /** The Elasticsearch client `SPARK_ELASTICSEARCH_CLIENT` was registered as. */
  readonly elasticsearch: ElasticsearchClient;
  /** Spread the workers over zones as well as nodes. */
  readonly zoneSpread: boolean;
}

/** Name of the log-analytics application (container, instance label `spark-log-analytics`). */
const LOG_ANALYTICS = 'log-analytics';
const PROGRAM_DIR = path.join(__dirname, '..', 'constructs', 'spark-log-analytics');
const PROGRAM_FILES = ['main.py', 'transform.py'];
const SECRETS_DIR = '/etc/spark-app';

/**
 * The log-analytics job's Elasticsearch client: registered by compose() before the Elastic jobs read
 * the client roles; its pods are the driver's.
 */
export const SPARK_ELASTICSEARCH_CLIENT: ElasticsearchClientProps = {
  name: 'spark-log-analytics',
  namespace: PLATFORM_NAMESPACES.spark.name,
  podLabels: { [LABEL.name]: 'spark', [LABEL.instance]: `spark-${LOG_ANALYTICS}` },
  access: 'write',
  streams: ['error-counts'],
};

/**
 * Platform layer: the Spark standalone cluster, its history server and UI Ingresses, the log-analytics
 * streaming job (Kafka container logs → error counts per namespace per minute → Elasticsearch), the
 * monitors, NetworkPolicies and alerts.
 */
export class SparkChart extends PlatformChart {
  readonly cluster: SparkCluster;
  readonly logAnalytics: SparkApplication;

  constructor(scope: Construct, id: string, props: SparkChartProps) {
    super(scope, id, { layer: 'platform', namespace: PLATFORM_NAMESPACES.spark.name });
    const s = props.settings;
    const cluster = (this.cluster = new SparkCluster(this, 'Cluster', {
      image: props.image,
      workers: s.workers,
      workerCores: s.workerCores,
      workerCpuRequest: s.cpuRequest,
      workerMemory: s.workerMemory,
      executorCores: s.executorCores,
      executorMemory: s.executorMemory,
      driverMemory: s.driverMemory,
      masterResources: s.masterResources,
      eventLog: s.eventLog,
      workerDisruptionBudget: s.workerDisruptionBudget,
      zoneSpread: props.zoneSpread,
      scrapers: props.scrapers,
      uiClients: props.uiClients,
    }));
    new UiIngress(this, 'MasterIngress', { settings: props.ingress, name: 'spark', serviceName: cluster.masterServiceName, servicePort: SPARK_PORTS.masterUi });
    if (s.historyServer) {
      const history = new SparkHistoryServer(this, 'HistoryServer', { cluster, resources: s.historyServerResources, uiClients: props.uiClients });
      new UiIngress(this, 'HistoryIngress', { settings: props.ingress, name: 'spark-history', serviceName: history.serviceName, servicePort: history.port });
    }

    this.logAnalytics = underField('logAnalytics', () => this.addLogAnalytics(props));
    // The driver reads offsets and the executors (in the worker pods) read the partitions.
    props.kafka.cluster.allowClient(props.kafka.user, { listener: 'tls', pods: [this.logAnalytics.podLabels, cluster.workerPodLabels] });
    // spark-submit resolves the Kafka connector package from Maven Central when the driver starts.
    new AllowEgress(this, 'PackagesEgress', { name: `${LOG_ANALYTICS}-packages`, podLabels: this.logAnalytics.podLabels, externalPorts: [443] });
    new SparkAlerts(this, 'Alerts', { cluster, applications: [this.logAnalytics], workerFloor: s.workerFloor, team: 'data-platform' });
  }

  private addLogAnalytics(props: SparkChartProps): SparkApplication {
    const { kafka, elasticsearch: es } = props;
    const kafkaCa = `${SECRETS_DIR}/kafka-ca`;
    const esCa = `${SECRETS_DIR}/elasticsearch-ca`;
    const secretEnv = (name: string, secretName: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secretName, key } } });
    const { spark, scala } = this.cluster.version;
    return new SparkApplication(this, 'LogAnalytics', {
      cluster: this.cluster,
      name: LOG_ANALYTICS,
      files: Object.fromEntries(PROGRAM_FILES.map((f) => [f, readFileSync(path.join(PROGRAM_DIR, f), 'utf8')])),
      mainFile: 'main.py',
      // Resolved by spark-submit from Maven Central at start and served to the executors by the driver.
      packages: [`org.apache.spark:spark-sql-kafka-0-10_${scala}:${spark}`],
      driverCores: props.settings.driverCores,
      driverCpuRequest: props.settings.cpuRequest,
      checkpoint: { storageClass: props.storageClass, size: props.settings.checkpointSize },
      secretFiles: [
        { secretName: kafka.cluster.caCertSecretName, key: 'ca.crt', mountPath: kafkaCa },
        { secretName: es.caSecretName, key: 'ca.crt', mountPath: esCa },
      ],
      env: [
        { name: 'KAFKA_BOOTSTRAP_SERVERS', value: kafka.cluster.bootstrapServers('tls') },
        { name: 'KAFKA_TOPIC', value: kafka.topic.name },
        { name: 'KAFKA_GROUP', value: kafka.consumerGroup },
        { name: 'KAFKA_CA_FILE', value: `${kafkaCa}/ca.crt` },
        secretEnv('KAFKA_SASL_JAAS_CONFIG', kafka.user.secretName, 'sasl.jaas.config'),
        { name: 'ES_URL', value: es.url },
        { name: 'ES_DATA_STREAM', value: es.streams['error-counts'].dataStream },
        { name: 'ES_CA_FILE', value: `${esCa}/ca.crt` },
        secretEnv('ES_USERNAME', es.credentialsSecretName, 'username'),
        secretEnv('ES_PASSWORD', es.credentialsSecretName, 'password'),
        { name: 'CLUSTER', value: props.clusterName },
        { name: 'TRIGGER_INTERVAL', value: props.settings.triggerInterval },
      ],
    });
  }
}
