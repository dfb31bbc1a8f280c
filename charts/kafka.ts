import { Construct } from 'constructs';
import type { ResourceSpec } from '../constructs/hardening';
import { KafkaAlerts } from '../constructs/kafka-alerts';
import { KafkaCluster, type KafkaNodePoolOptions } from '../constructs/kafka-cluster';
import type { KafkaTopic, KafkaTopicNameParts, KafkaTopicSettings } from '../constructs/kafka-topic';
import type { KafkaAuthentication, KafkaUser } from '../constructs/kafka-user';
import { PlatformChart } from './platform-chart';

/** The environment's `kafka` block. */
export interface KafkaSettings {
  readonly clusterName: string;
  readonly version: string;
  readonly pools: readonly KafkaNodePoolOptions[];
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  /** See KafkaClusterProps.productionGrade. */
  readonly productionGrade: boolean;
  readonly authentication: KafkaAuthentication;
  readonly plainListener: boolean;
  readonly rackAwareness: boolean;
  readonly entityOperatorResources: ResourceSpec;
  readonly exporterResources: ResourceSpec;
  readonly topics: { readonly containerLogs: KafkaTopicSettings; readonly nodeLogs: KafkaTopicSettings };
}

export interface KafkaChartProps {
  readonly environment: string;
  readonly namespace: string;
  readonly storageClass: string;
  readonly settings: KafkaSettings;
  /** Namespaces the clients run in (their credentials and the cluster CA are mirrored there). */
  readonly clientNamespaces: { readonly logForwarder: string; readonly logAggregator: string; readonly sparkLogAnalytics: string };
  /** PriorityClass of the Kafka pods. @default none */
  readonly priorityClassName?: string;
}

/** Topic identities by the seed convention; the environment segment is added by the cluster. */
const LOG_TOPICS = {
  containerLogs: { business: 'observability', datasetType: 'logs', dataType: 'container', format: 'json' },
  nodeLogs: { business: 'observability', datasetType: 'logs', dataType: 'node', format: 'json' },
} as const satisfies Record<string, KafkaTopicNameParts>;

/** Consumer groups, granted to their users and watched for lag. */
export const CONSUMER_GROUPS = { logAggregator: 'log-aggregator', sparkLogAnalytics: 'spark-log-analytics' } as const;

/**
 * The log transport: a Kafka cluster with the log topics, a user per client with least-privilege ACLs,
 * and its alerts. Other charts take `cluster`, `topics` and `users` from here.
 */
export class KafkaChart extends PlatformChart {
  readonly cluster: KafkaCluster;
  readonly topics: { readonly containerLogs: KafkaTopic; readonly nodeLogs: KafkaTopic };
  readonly users: { readonly logForwarder: KafkaUser; readonly logAggregator: KafkaUser; readonly sparkLogAnalytics: KafkaUser };

  constructor(scope: Construct, id: string, props: KafkaChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const { topics, ...clusterSettings } = props.settings;
    const cluster = new KafkaCluster(this, 'Cluster', {
      ...clusterSettings,
      environment: props.environment,
      storageClass: props.storageClass,
      priorityClassName: props.priorityClassName,
    });
    const containerLogs = cluster.addTopic('containerLogs', { ...LOG_TOPICS.containerLogs, ...topics.containerLogs });
    const nodeLogs = cluster.addTopic('nodeLogs', { ...LOG_TOPICS.nodeLogs, ...topics.nodeLogs });

    const logForwarder = cluster.addUser({ name: 'log-forwarder', clientNamespace: props.clientNamespaces.logForwarder });
    containerLogs.grantWrite(logForwarder);
    nodeLogs.grantWrite(logForwarder);
    const logAggregator = cluster.addUser({ name: 'log-aggregator', clientNamespace: props.clientNamespaces.logAggregator });
    containerLogs.grantRead(logAggregator, CONSUMER_GROUPS.logAggregator);
    nodeLogs.grantRead(logAggregator, CONSUMER_GROUPS.logAggregator);
    const sparkLogAnalytics = cluster.addUser({ name: 'spark-log-analytics', clientNamespace: props.clientNamespaces.sparkLogAnalytics });
    containerLogs.grantRead(sparkLogAnalytics, CONSUMER_GROUPS.sparkLogAnalytics);

    new KafkaAlerts(this, 'Alerts', { cluster, lagGroups: [CONSUMER_GROUPS.logAggregator] });
    this.cluster = cluster;
    this.topics = { containerLogs, nodeLogs };
    this.users = { logForwarder, logAggregator, sparkLogAnalytics };
  }
}
