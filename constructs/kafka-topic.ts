import { Duration, Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as strimzi from '../imports/kafka.strimzi.io';
import { ConfigError, requireDnsLabel, requireInteger } from './config-error';
import { sizeBytes } from './hardening';
import type { KafkaUser } from './kafka-user';

export type CompressionType = 'producer' | 'gzip' | 'snappy' | 'lz4' | 'zstd' | 'uncompressed';

/** Sizing and retention of a topic: the part each environment owns. */
export interface KafkaTopicSettings {
  readonly partitions: number;
  /** @default the cluster's replicationFactor */
  readonly replicas?: number;
  /** `retention.ms`. */
  readonly retention: Duration;
  /** `retention.bytes`, per partition. */
  readonly retentionBytes: Size;
  /** `segment.bytes`: a partition may hold one segment beyond retention.bytes before it is deleted. @default Size.gibibytes(1) */
  readonly segmentBytes?: Size;
  /** `compression.type`. */
  readonly compressionType: CompressionType;
  /** `min.insync.replicas`. @default the cluster's minInsyncReplicas */
  readonly minInsyncReplicas?: number;
}

/**
 * The naming convention from the seed documents: `<business>.<dataset_type>.<data_type>.<environment>.<format>`,
 * lowercase. Each segment is also a DNS label (no `_` or `.`), so the topic name is the KafkaTopic's
 * object name.
 */
export interface KafkaTopicNameParts {
  readonly business: string;
  readonly datasetType: string;
  readonly dataType: string;
  readonly format: string;
}

export interface KafkaTopicProps extends KafkaTopicNameParts, KafkaTopicSettings {
  readonly clusterName: string;
  /** The environment segment of the name: the environment rendering the topic. */
  readonly environment: string;
}

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** `segment.bytes` when a topic does not set it (Kafka's default). */
export const DEFAULT_SEGMENT = Size.gibibytes(1);

/** Builds a convention name; throws on a segment that is not lowercase alphanumerics (and `-`). */
export function topicName(parts: KafkaTopicNameParts & { readonly environment: string }): string {
  const segments = { business: parts.business, datasetType: parts.datasetType, dataType: parts.dataType, environment: parts.environment, format: parts.format };
  for (const [field, value] of Object.entries(segments)) {
    if (!SEGMENT.test(value)) throw new ConfigError(field, value, 'must be a lowercase topic-name segment: a-z, 0-9 and "-", no dots');
  }
  return Object.values(segments).join('.');
}

/** Checks a topic name against the convention and the environment rendering it. */
export function requireConventionalTopicName(field: string, name: string, environment: string): void {
  const segments = name.split('.');
  if (segments.length !== 5 || !segments.every((s) => SEGMENT.test(s))) {
    throw new ConfigError(field, name, 'must follow <business>.<dataset_type>.<data_type>.<environment>.<format>: five lowercase segments');
  }
  if (segments[3] !== environment) throw new ConfigError(field, name, `must carry the environment segment "${environment}"`);
}


/** A KafkaTopic managed by the Topic Operator; grants produce the ACLs of KafkaUsers. */
export class KafkaTopic extends Construct {
  /** The Kafka topic name (also the KafkaTopic object name). */
  readonly name: string;
  readonly partitions: number;
  readonly replicas: number;
  /** Bytes one partition replica may occupy: retention.bytes plus one open segment. */
  readonly partitionFootprintBytes: number;

  constructor(scope: Construct, id: string, props: KafkaTopicProps & { readonly replicas: number; readonly minInsyncReplicas: number }) {
    super(scope, id);
    this.name = topicName(props);
    requireConventionalTopicName('name', this.name, props.environment);
    requireInteger('partitions', props.partitions, 1);
    requireInteger('replicas', props.replicas, 1);
    requireInteger('minInsyncReplicas', props.minInsyncReplicas, 1);
    if (props.minInsyncReplicas > props.replicas) {
      throw new ConfigError('minInsyncReplicas', props.minInsyncReplicas, `must not exceed replicas (${props.replicas})`);
    }
    const retentionBytes = sizeBytes(props.retentionBytes);
    const segmentBytes = sizeBytes(props.segmentBytes ?? DEFAULT_SEGMENT);
    if (retentionBytes <= 0) throw new ConfigError('retentionBytes', props.retentionBytes.toMebibytes(), 'must be greater than zero (unlimited retention cannot be checked against the disks)');
    if (props.retention.toMilliseconds() <= 0) throw new ConfigError('retention', props.retention.toHumanString(), 'must be greater than zero');
    this.partitions = props.partitions;
    this.replicas = props.replicas;
    this.partitionFootprintBytes = retentionBytes + segmentBytes;

    new strimzi.KafkaTopic(this, 'Resource', {
      metadata: { name: this.name, labels: { 'strimzi.io/cluster': props.clusterName } },
      spec: {
        partitions: props.partitions,
        replicas: props.replicas,
        config: {
          'retention.ms': props.retention.toMilliseconds(),
          'retention.bytes': retentionBytes,
          'segment.bytes': segmentBytes,
          'compression.type': props.compressionType,
          'min.insync.replicas': props.minInsyncReplicas,
        },
      },
    });
  }

  /** Lets `user` produce to this topic (Write, Describe; idempotent producers need nothing more since Kafka 3). */
  public grantWrite(user: KafkaUser): void {
    user.allow('topic', this.name, ['Write', 'Describe']);
  }

  /**
   * Lets `user` look inside this topic without a consumer group (Read, Describe on the topic only): a
   * browser reads assigned partitions and commits nothing, and can neither write nor join a group.
   */
  public grantBrowse(user: KafkaUser): void {
    user.allow('topic', this.name, ['Read', 'Describe']);
  }

  /** Lets `user` consume this topic as consumer group `group` (Read, Describe on the topic; Read on the group). */
  public grantRead(user: KafkaUser, group: string): void {
    requireDnsLabel('group', group);
    user.allow('topic', this.name, ['Read', 'Describe']);
    user.allow('group', group, ['Read']);
  }
}
