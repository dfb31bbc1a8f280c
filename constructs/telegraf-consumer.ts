import type { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { requireDnsLabel, requireInteger } from './config-error';
import { hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import type { InfluxDb } from './influxdb';
import type { KafkaCluster } from './kafka-cluster';
import type { KafkaTopic } from './kafka-topic';
import type { KafkaUser } from './kafka-user';
import { recommendedLabels, selectorLabels } from './labels';
import { imageTag } from './operator-managed';
import { spreadReplicas } from './spread';
import { CONFIG_HASH_ANNOTATION, kafkaConsumerInput, secretEnv, telegrafConfig, telegrafPod } from './telegraf-config';

export interface TelegrafConsumerProps {
  /** Deployment and ConfigMap name. */
  readonly name: string;
  readonly image: string;
  readonly resources: ResourceSpec;
  /** Consumers in the group; more than the topic's partitions would sit idle. */
  readonly replicas: number;
  readonly interval: Duration;
  readonly flushInterval: Duration;
  readonly kafka: KafkaCluster;
  readonly topic: KafkaTopic;
  readonly user: KafkaUser;
  /** Consumer group (granted to the user with `topic.grantRead`). */
  readonly group: string;
  readonly influxdb: InfluxDb;
  /** Secret with `username` and `password` of the InfluxDB user that writes the database. */
  readonly writerSecretName: string;
  /** Spread the replicas evenly over zones as well as over nodes (see spreadReplicas). @default false */
  readonly zoneSpread?: boolean;
}

/**
 * The stateless consumer of the seed: Telegraf reading the metrics topic as one consumer group and
 * writing to InfluxDB through the data-node Service.
 */
export class TelegrafConsumer extends Construct {
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: TelegrafConsumerProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    requireInteger('replicas', props.replicas, 1);
    const identity = { name: 'telegraf', instance: props.name, component: 'metrics-consumer', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    const clustered = props.influxdb.topology.kind === 'cluster';
    const pod = telegrafPod(this, 'Config', {
      name: props.name,
      image: props.image,
      resources: props.resources,
      kafkaCaSecretName: props.kafka.caCertSecretName,
      config: telegrafConfig({
        interval: props.interval,
        flushInterval: props.flushInterval,
        inputs: { kafka_consumer: [kafkaConsumerInput(props.kafka, props.topic, props.user, props.group)] },
        outputs: {
          influxdb: [{
            urls: [props.influxdb.url],
            database: props.influxdb.database,
            // The setup Job creates the database and its retention policy; this user may only write.
            skip_database_creation: true,
            ...(clustered ? { write_consistency: 'one' } : {}),
            timeout: '10s',
            username: '${INFLUXDB_USERNAME}',
            password: '${INFLUXDB_PASSWORD}',
            content_encoding: 'gzip',
          }],
        },
      }),
      env: [
        { name: 'HOSTNAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        secretEnv('KAFKA_PASSWORD', props.user.secretName, 'password'),
        secretEnv('INFLUXDB_USERNAME', props.writerSecretName, 'username'),
        secretEnv('INFLUXDB_PASSWORD', props.writerSecretName, 'password'),
      ],
    });
    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: props.name, labels: recommendedLabels(identity) },
      spec: {
        replicas: props.replicas,
        selector: { matchLabels: selectorLabels(identity) },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: { [CONFIG_HASH_ANNOTATION]: pod.configHash } },
          spec: {
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext(),
            ...spreadReplicas(this.podLabels, { zones: props.zoneSpread ?? false }),
            containers: [pod.container],
            volumes: pod.volumes,
          },
        },
      },
    });
  }
}
