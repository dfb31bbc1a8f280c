import { Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { clusterScoped } from './cluster-scoped';
import { ConfigError } from './config-error';
import {
  CONFIG_CHECKSUM_ANNOTATION, configChecksum, FLUENT_BIT_CONFIG_FILE, FLUENT_BIT_METRICS_PATH, fluentBitContainer, fluentBitService,
  kafkaClientMounts, kafkaClientProperties, renderFluentBitConfig, type FluentBitConfig, type FluentBitPlugin, type FluentBitValue,
} from './fluent-bit-config';
import { APP_TIME_PARSERS, CRI_INTERNAL_KEYS, KAFKA_TIMESTAMP_FORMAT, LEVEL_KEYS, LOG_FIELDS, LOG_PARSERS, MAX_LINE, MESSAGE_KEYS, RAW_LINE_KEY } from './log-record';
import { hardenedSecurityContext, sizeQuantity, type ResourceSpec } from './hardening';
import type { KafkaCluster, KafkaListenerName } from './kafka-cluster';
import type { KafkaTopic } from './kafka-topic';
import type { KafkaUser } from './kafka-user';
import { recommendedLabels, selectorLabels } from './labels';
import { PodMonitor } from './monitors';
import { imageTag } from './operator-managed';

export type KafkaCompression = 'gzip' | 'zstd';

/** The environment's `logPipeline.forwarder` block. */
export interface LogForwarderSettings {
  readonly resources: ResourceSpec;
  /** Host disk per node for the filesystem buffer; the capacity model checks it covers `capacity.outageMinutes` at peak. */
  readonly bufferBudget: Size;
  readonly compression: KafkaCompression;
  /**
   * Memory librdkafka may hold per Kafka output (`queue.buffering.max.kbytes`): records Fluent Bit has
   * handed over and released from its disk buffer but no broker has acknowledged yet. It bounds what a
   * crashed forwarder loses, and how fast a Kafka outage turns into back-pressure onto the disk buffer.
   * @default Size.mebibytes(8)
   */
  readonly producerQueue?: Size;
}

/** librdkafka queue per Kafka output unless the environment sets `producerQueue`. */
export const DEFAULT_PRODUCER_QUEUE = Size.mebibytes(8);

/** Fluent Bit's own working memory besides the librdkafka queues (chunks up, backlog, filters). */
export const FORWARDER_BASE_MEMORY = Size.mebibytes(64);
/** Seconds out_kafka waits for room in a full librdkafka queue before it returns a retry (one try per second). */
export const QUEUE_FULL_RETRIES = 10;

/**
 * The librdkafka and out_kafka settings that make the forwarder at-least-once (plugins/out_kafka/kafka.c,
 * librdkafka CONFIGURATION.md at the 2.10.1 Fluent Bit 4.2.0 bundles):
 *   - out_kafka reports a chunk delivered once librdkafka has queued its records in memory, and the
 *     filesystem chunk is released. `message.timeout.ms` 0 (infinite) means librdkafka never expires a
 *     queued record (the default 300000 drops them after five minutes of outage, invisibly);
 *   - the queue is small (`queue.buffering.max.kbytes`, no separate message-count limit), so during an
 *     outage it fills within seconds; out_kafka then waits `queue_full_retries` seconds and returns
 *     FLB_RETRY, which keeps the chunk on disk and counts `fluentbit_output_retries_total`.
 * What a crash loses is the queue: at most `queue.buffering.max.kbytes` per output.
 */
export function producerDeliverySettings(queueKiB: number): Record<string, FluentBitValue> {
  return {
    'rdkafka.message.timeout.ms': '0',
    'rdkafka.queue.buffering.max.kbytes': String(queueKiB),
    'rdkafka.queue.buffering.max.messages': '0',
    queue_full_retries: QUEUE_FULL_RETRIES,
  };
}

export interface FluentBitForwarderProps extends LogForwarderSettings {
  /** Share of the log volume that is node logs: the node-log output's share of `bufferBudget`. */
  readonly nodeLogShare: number;
  readonly image: string;
  readonly cluster: KafkaCluster;
  /** `tls` (SCRAM over TLS) or `plain` (SCRAM over plaintext, dev). */
  readonly listener: KafkaListenerName;
  readonly user: KafkaUser;
  readonly topics: { readonly containerLogs: KafkaTopic; readonly nodeLogs: KafkaTopic };
  /** Cluster name added to every record (`cluster` field). */
  readonly clusterName: string;
  readonly priorityClassName: string;
}

/** Host paths the forwarder mounts. Only STATE_DIR is writable. */
const HOST = {
  /** Container logs (/var/log/containers → /var/log/pods symlinks, CRI runtimes) and the node log files. */
  varLog: '/var/log',
  /** Positions databases and the filesystem buffer: survive pod restarts, so nothing is read twice or lost. */
  state: '/var/lib/observability-platform/fluent-bit',
} as const;
const STATE_DIR = '/var/lib/fluent-bit';
const CONFIG_DIR = '/fluent-bit/etc/platform';

/** The node log files of the seed's collection table that exist on Kubernetes nodes (by distribution). */
export const NODE_LOG_FILES = ['/var/log/audit/audit.log', '/var/log/auth.log', '/var/log/secure', '/var/log/messages', '/var/log/syslog'] as const;
/** Journald units the seed's table translates to on a Kubernetes node. */
export const NODE_JOURNAL_UNITS = ['kubelet.service', 'containerd.service', 'crio.service'] as const;

const mib = (s: Size) => s.toMebibytes({ rounding: SizeRoundingBehavior.NONE });

/**
 * Fluent Bit on every node: container logs (tail + CRI multiline + Kubernetes metadata) and node logs
 * (journald for kubelet and the runtime, the seed's log files) to the two Kafka log topics.
 *
 * Buffering: every input writes filesystem chunks under the host state dir; each Kafka output may
 * hold at most its `storage.total_limit_size`, its share of `bufferBudget` by volume, so both outputs
 * absorb an outage for the same time. How long that is at peak is checked by the capacity model
 * (constructs/capacity-model.ts):
 *
 *     outage minutes = bufferBudget / (peak records/s × record size × busiest node's share) / 60
 *
 * Past that, Fluent Bit discards the oldest chunks of the full output (counted by
 * `fluentbit_output_dropped_records_total` and alerted on), rather than filling the node's disk.
 *
 * Host access (the `node-agents` exception): read-only /var/log for container and node logs and the
 * journal; read-write only its own state dir. It runs as root because node log files and the journal
 * are readable by root only (0600/0640), but with every capability dropped, no privilege escalation
 * and a read-only root filesystem: root's file-owner access is all it keeps.
 */
export class FluentBitForwarder extends Construct {
  readonly name = 'fluent-bit-forwarder';
  readonly podLabels: Record<string, string>;
  /** Per-output `storage.total_limit_size` in MiB. */
  readonly bufferLimitsMiB: { readonly containerLogs: number; readonly nodeLogs: number };
  readonly config: FluentBitConfig;
  /** librdkafka queue limit per Kafka output, KiB. */
  readonly producerQueueKiB: number;
  /** Memory all librdkafka queues may hold (one per Kafka output), bytes: part of the memory request. */
  readonly producerQueueBytes: number;

  constructor(scope: Construct, id: string, props: FluentBitForwarderProps) {
    super(scope, id);
    const queue = props.producerQueue ?? DEFAULT_PRODUCER_QUEUE;
    this.producerQueueKiB = Math.floor(queue.toKibibytes({ rounding: SizeRoundingBehavior.NONE }));
    if (this.producerQueueKiB < 1) throw new ConfigError('producerQueue', sizeQuantity(queue), 'must be at least 1Ki');
    this.producerQueueBytes = 2 * this.producerQueueKiB * 1024;
    const needed = this.producerQueueBytes + mib(FORWARDER_BASE_MEMORY) * 2 ** 20;
    if (mib(props.resources.memory) * 2 ** 20 < needed) {
      throw new ConfigError('resources.memory', sizeQuantity(props.resources.memory),
        `must cover the two librdkafka queues (2 × ${sizeQuantity(queue)}) plus ${sizeQuantity(FORWARDER_BASE_MEMORY)} for Fluent Bit itself`);
    }
    if (mib(props.bufferBudget) <= 0) throw new ConfigError('bufferBudget', sizeQuantity(props.bufferBudget), 'must be greater than zero');
    const containerShare = Math.floor(mib(props.bufferBudget) * (1 - props.nodeLogShare));
    this.bufferLimitsMiB = { containerLogs: containerShare, nodeLogs: Math.floor(mib(props.bufferBudget)) - containerShare };
    if (this.bufferLimitsMiB.containerLogs < 1 || this.bufferLimitsMiB.nodeLogs < 1) {
      throw new ConfigError('bufferBudget', sizeQuantity(props.bufferBudget), `leaves an output without buffer at a node log share of ${props.nodeLogShare}`);
    }

    const identity = { name: 'fluent-bit', instance: this.name, component: 'log-forwarder', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    this.config = this.renderConfig(props);
    const data = { [FLUENT_BIT_CONFIG_FILE]: renderFluentBitConfig(this.config) };

    const serviceAccount = new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: this.name, labels: recommendedLabels(identity) } });
    // The Kubernetes filter reads pod and namespace metadata; nothing else.
    const role = clusterScoped(new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      rules: [{ apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] }],
    }));
    clusterScoped(new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: serviceAccount.name, namespace: serviceAccount.metadata.namespace }],
    }));
    const configMap = new k8s.KubeConfigMap(this, 'Config', { metadata: { name: this.name, labels: recommendedLabels(identity) }, data });

    const kafka = kafkaClientMounts(props.cluster, props.user, props.listener);
    const container = fluentBitContainer({
      image: props.image,
      resources: props.resources,
      configDir: CONFIG_DIR,
      env: [...kafka.env, { name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
      volumeMounts: [
        { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
        { name: 'var-log', mountPath: HOST.varLog, readOnly: true },
        { name: 'state', mountPath: STATE_DIR },
        ...kafka.volumeMounts,
      ],
    });
    const { runAsNonRoot: _nonRoot, runAsUser: _user, runAsGroup: _group, ...rootless } = hardenedSecurityContext();
    new k8s.KubeDaemonSet(this, 'Resource', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: {
        selector: { matchLabels: this.podLabels },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(data) } },
          spec: {
            serviceAccountName: serviceAccount.name,
            priorityClassName: props.priorityClassName,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            // Every node, tainted or not: a node without a forwarder loses its logs.
            tolerations: [{ operator: 'Exists' }],
            terminationGracePeriodSeconds: 60,
            securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{ ...container, securityContext: { ...rootless, runAsUser: 0, runAsGroup: 0 } }],
            volumes: [
              { name: 'config', configMap: { name: configMap.name } },
              { name: 'var-log', hostPath: { path: HOST.varLog, type: 'Directory' } },
              { name: 'state', hostPath: { path: HOST.state, type: 'DirectoryOrCreate' } },
              ...kafka.volumes,
            ],
          },
        },
      },
    });
    new PodMonitor(this, 'Monitor', { name: this.name, selector: this.podLabels, endpoints: [{ port: 'http-metrics', path: FLUENT_BIT_METRICS_PATH }] });
  }

  private renderConfig(props: FluentBitForwarderProps): FluentBitConfig {
    const filesystem = { 'storage.type': 'filesystem' };
    const kafkaOutput = (alias: string, match: string, topic: KafkaTopic, limitMiB: number): FluentBitPlugin => ({
      name: 'kafka',
      alias,
      match,
      topics: topic.name,
      format: 'json',
      timestamp_key: LOG_FIELDS.time,
      timestamp_format: KAFKA_TIMESTAMP_FORMAT,
      ...kafkaClientProperties(props.cluster, props.user, props.listener),
      'rdkafka.request.required.acks': '-1',
      'rdkafka.enable.idempotence': 'true',
      'rdkafka.compression.codec': props.compression,
      ...producerDeliverySettings(this.producerQueueKiB),
      // Keep retrying while the buffer has room: the storage limit, not a retry count, bounds the backlog.
      retry_limit: 'no_limits',
      'storage.total_limit_size': `${limitMiB}M`,
    });
    return {
      // On SIGTERM the engine waits `grace` for tasks in flight, then out_kafka's exit flushes
      // librdkafka for another `grace` (plugins/out_kafka/kafka.c, kafka_flush_force): 2 x 5 s ends
      // well inside terminationGracePeriodSeconds (60 s; with 30 s the two waits met the SIGKILL).
      // With Kafka down waiting longer saves nothing: what librdkafka still holds is lost either way
      // (test/log-faults.test.ts counts it).
      service: fluentBitService(`${STATE_DIR}/storage`, { grace: 5 }),
      parsers: [...LOG_PARSERS, ...APP_TIME_PARSERS].map((p) => ({ ...p })),
      pipeline: {
        inputs: [
          {
            name: 'tail', alias: 'containers', tag: 'kube.*', path: '/var/log/containers/*.log', 'multiline.parser': 'cri',
            db: `${STATE_DIR}/containers.db`, 'db.locking': true, buffer_max_size: MAX_LINE, skip_long_lines: 'on', refresh_interval: 10, ...filesystem,
          },
          {
            name: 'systemd', alias: 'journal', tag: 'node.journal', path: '/var/log/journal',
            systemd_filter: NODE_JOURNAL_UNITS.map((u) => `_SYSTEMD_UNIT=${u}`), db: `${STATE_DIR}/journal.db`,
            read_from_tail: 'on', strip_underscores: 'on', lowercase: 'on', ...filesystem,
          },
          {
            name: 'tail', alias: 'node-files', tag: 'node.file.*', path: NODE_LOG_FILES.join(','), path_key: LOG_FIELDS.filePath,
            db: `${STATE_DIR}/node-files.db`, 'db.locking': true, buffer_max_size: MAX_LINE, skip_long_lines: 'on', ...filesystem,
          },
        ],
        filters: [
          // The CRI time is already the record time; `_p` only marks the partial lines the parser joined.
          { name: 'modify', match: 'kube.*', remove: [...CRI_INTERNAL_KEYS] },
          {
            // No merge_parser: the default JSON merge keeps the CRI time as the record time (APP_TIME_PARSERS).
            name: 'kubernetes', match: 'kube.*', kube_tag_prefix: 'kube.var.log.containers.', merge_log: 'on', keep_log: 'off',
            'k8s-logging.parser': 'on', 'k8s-logging.exclude': 'on', labels: 'on', annotations: 'off', buffer_size: '0',
          },
          // The application's own ISO 8601 `@timestamp` becomes the record time and leaves the map.
          {
            name: 'parser', match: 'kube.*', key_name: LOG_FIELDS.time, parser: APP_TIME_PARSERS.map((p) => p.name), reserve_data: 'on', preserve_key: 'off',
          },
          // A line that was not JSON (or a node-file line) is still in `log`, which the index maps as an object.
          // Only a string `log`: a JSON line's own `log` object (ECS `log.level`) stays where the index maps it.
          { name: 'modify', match: '*', condition: `Key_value_matches ${RAW_LINE_KEY} ^`, rename: `${RAW_LINE_KEY} ${LOG_FIELDS.message}` },
          // `level`/`severity` and `msg` fill ECS's `log.level` and `message` when the line has none (copy never overwrites).
          { name: 'modify', match: '*', copy: LEVEL_KEYS.map((k) => `${k} ${LOG_FIELDS.level}`) },
          ...MESSAGE_KEYS.map((k) => ({ name: 'modify', match: '*', condition: `Key_value_matches ${k} ^`, copy: `${k} ${LOG_FIELDS.message}` })),
          // A JSON `@timestamp` the parser could not read: out_kafka would write a second one.
          { name: 'modify', match: '*', rename: `${LOG_FIELDS.time} ${LOG_FIELDS.unparsedTime}` },
          { name: 'modify', match: '*', add: [`${LOG_FIELDS.cluster} ${props.clusterName}`, `${LOG_FIELDS.host} \${NODE_NAME}`] },
        ],
        outputs: [
          kafkaOutput('kafka-container-logs', 'kube.*', props.topics.containerLogs, this.bufferLimitsMiB.containerLogs),
          kafkaOutput('kafka-node-logs', 'node.*', props.topics.nodeLogs, this.bufferLimitsMiB.nodeLogs),
        ],
      },
    };
  }
}
