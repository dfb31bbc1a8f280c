import { Chart, Size, SizeRoundingBehavior } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import * as k8s from '../imports/k8s';
import { CONFIG_CHECKSUM_ANNOTATION, configChecksum, KAFKA_CA_DIR, kafkaClientMounts } from './fluent-bit-config';
import {
  aggregatorDisruptionBudget, BUFFER_VOLUME, bufferClaim, ES_CA_DIR, elasticsearchCaVolume, elasticsearchCredentialsEnv, streamRoutes, validateAggregator,
  type LogAggregatorProps,
} from './fluent-bit-aggregator';
import { ConfigError } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, sizeQuantity } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { PodMonitor } from './monitors';
import { imageTag } from './operator-managed';
import { spreadReplicas } from './spread';

type LogstashValue = string | number | boolean | readonly string[];
/** A Logstash plugin: `{ kafka: { topics: [...] } }`. */
type LogstashPlugin = Readonly<Record<string, Readonly<Record<string, LogstashValue>>>>;

function value(v: LogstashValue): string {
  if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function plugin(p: LogstashPlugin, indent: string): string {
  return Object.entries(p).map(([name, params]) =>
    `${indent}${name} {\n${Object.entries(params).map(([k, v]) => `${indent}  ${k} => ${value(v)}`).join('\n')}\n${indent}}`).join('\n');
}

/** Renders a pipeline from typed sections; outputs may be guarded by a condition. */
export function renderLogstashPipeline(p: {
  readonly input: readonly LogstashPlugin[];
  readonly filter?: readonly LogstashPlugin[];
  readonly output: ReadonlyArray<{ readonly when: string; readonly plugin: LogstashPlugin }>;
}): string {
  const outputs = p.output.map((o, i) => `  ${i === 0 ? 'if' : 'else if'} ${o.when} {\n${plugin(o.plugin, '    ')}\n  }`).join(' ');
  const filter = p.filter?.length ? `filter {\n${p.filter.map((x) => plugin(x, '  ')).join('\n')}\n}\n` : '';
  return `input {\n${p.input.map((x) => plugin(x, '  ')).join('\n')}\n}\n${filter}output {\n${outputs}\n}\n`;
}

const DATA_DIR = '/usr/share/logstash/data';

export interface LogstashAggregatorProps extends LogAggregatorProps {
  /** Storage class of the per-replica queue volume. */
  readonly storageClass: string;
  /** Spread the replicas evenly over zones as well as over nodes (see spreadReplicas). @default false */
  readonly zoneSpread?: boolean;
  /** Pinned kuskoman/logstash-exporter image: Logstash's monitoring API has no Prometheus format. */
  readonly exporterImage: string;
}

/** Port of the exporter's /metrics (kuskoman/logstash-exporter v1.9.1 server/server.go, Dockerfile EXPOSE). */
const EXPORTER_PORT = 9198;
const SASL_ENV = 'KAFKA_SASL_JAAS_CONFIG';
const DOCUMENT_ID = '[@metadata][document_id]';

/**
 * The Logstash option (the seed's `logs-topic → dev-logs-index` design on the platform's references):
 * a Kafka input with the aggregator's group and an Elasticsearch output per log stream, with the
 * persistent queue on a volume claim per replica. A StatefulSet rather than a Deployment: each
 * replica needs its own queue volume, which survives rescheduling. Writable paths are volumes
 * (data, /tmp); the root filesystem stays read-only.
 */
export class LogstashAggregator extends Construct {
  readonly name = 'logstash-aggregator';
  readonly podLabels: Record<string, string>;
  readonly pipeline: string;
  /** Prometheus job of the exporter's series (`<namespace>/<PodMonitor name>`). */
  readonly job: string;

  constructor(scope: Construct, id: string, props: LogstashAggregatorProps) {
    super(scope, id);
    validateAggregator(props);
    const identity = { name: 'logstash', instance: this.name, component: 'log-aggregator', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    const es = props.elasticsearch;
    const tls = props.listener === 'tls';
    this.pipeline = renderLogstashPipeline({
      input: [{
        kafka: {
          bootstrap_servers: props.cluster.bootstrapServers(props.listener),
          topics: [props.topics.containerLogs.name, props.topics.nodeLogs.name],
          group_id: props.consumerGroup,
          auto_offset_reset: 'earliest',
          // The record's own fields stay as they are; the Kafka coordinates go to @metadata, so an
          // application field named `topic`, `partition` or `offset` is never overwritten.
          decorate_events: 'basic',
          codec: 'json',
          security_protocol: tls ? 'SASL_SSL' : 'SASL_PLAINTEXT',
          sasl_mechanism: 'SCRAM-SHA-512',
          sasl_jaas_config: `\${${SASL_ENV}}`,
          ...(tls ? { ssl_truststore_type: 'PEM', ssl_truststore_location: `${KAFKA_CA_DIR}/ca.crt` } : {}),
        },
      }],
      filter: [{
        // Idempotent writes from the record's Kafka coordinates (set by decorate_events, the Kafka
        // input's lib/logstash/inputs/kafka.rb): the same record read twice (a restart before the
        // offset commit) gets the same id and Elasticsearch refuses the copy with 409, while two
        // identical lines are two Kafka records and stay two documents (a hash of the fields made
        // them one id: the second was refused as a duplicate and lost).
        fingerprint: {
          method: 'MURMUR3_128',
          source: ['[@metadata][kafka][topic]', '[@metadata][kafka][partition]', '[@metadata][kafka][offset]'],
          concatenate_sources: true,
          target: DOCUMENT_ID,
        },
      }],
      output: streamRoutes(es).map((route, i) => ({
        when: `[@metadata][kafka][topic] == ${JSON.stringify(i === 0 ? props.topics.containerLogs.name : props.topics.nodeLogs.name)}`,
        plugin: {
          elasticsearch: {
            hosts: [es.url],
            index: route.stream.dataStream,
            action: 'create',
            document_id: `%{${DOCUMENT_ID}}`,
            data_stream: 'false',
            user: '${ES_USERNAME}',
            password: '${ES_PASSWORD}',
            ssl_enabled: true,
            ssl_certificate_authorities: [`${ES_CA_DIR}/ca.crt`],
            retry_max_interval: 64,
          },
        },
      })),
    });
    // The volume holds the persistent queue and the dead-letter queue: 80% and 10% of it.
    const bufferMiB = props.buffer.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
    const queueMiB = Math.floor(bufferMiB * 0.8);
    const deadLetterMiB = Math.floor(bufferMiB * 0.1);
    const heapMiB = Math.floor(props.resources.memory.toMebibytes({ rounding: SizeRoundingBehavior.NONE }) / 2);
    if (heapMiB < 256) throw new ConfigError('resources.memory', sizeQuantity(props.resources.memory), 'must be at least 512Mi for Logstash (half of it is the JVM heap)');
    const data = {
      'logstash.yml': stringify({
        'api.http.host': '0.0.0.0',
        'path.data': DATA_DIR,
        'queue.type': 'persisted',
        'queue.max_bytes': `${queueMiB}mb`,
        'queue.checkpoint.writes': 1024,
        // Documents the Elasticsearch output may not retry (400/404: a mapping conflict where the
        // failure store is off) are kept here instead of dropped; `drop_older` keeps the newest
        // when it is full, and counts what it drops (dead_letter_queue.dropped_events).
        'dead_letter_queue.enable': true,
        'dead_letter_queue.max_bytes': `${deadLetterMiB}mb`,
        'dead_letter_queue.storage_policy': 'drop_older',
        'config.reload.automatic': false,
      }),
      'pipelines.yml': stringify([{ 'pipeline.id': 'logs', 'path.config': '/usr/share/logstash/pipeline/logs.conf' }]),
      'logs.conf': this.pipeline,
    };
    const configMap = new k8s.KubeConfigMap(this, 'Config', { metadata: { name: this.name, labels: recommendedLabels(identity) }, data });
    const kafka = kafkaClientMounts(props.cluster, props.user, props.listener);
    const ca = elasticsearchCaVolume(es);
    const file = (key: string, dir: string) => ({ name: 'config', mountPath: `${dir}/${key}`, subPath: key, readOnly: true });
    const api = k8s.IntOrString.fromString('http-api');

    new k8s.KubeStatefulSet(this, 'Resource', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: {
        serviceName: this.name,
        replicas: props.replicas,
        selector: { matchLabels: this.podLabels },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: { [CONFIG_CHECKSUM_ANNOTATION]: configChecksum(data) } },
          spec: {
            automountServiceAccountToken: false,
            priorityClassName: props.priorityClassName,
            securityContext: hardenedPodSecurityContext({ runAsUser: 1000 }),
            ...spreadReplicas(this.podLabels, { zones: props.zoneSpread ?? false }),
            containers: [hardenedContainer({
              name: 'logstash',
              image: props.image,
              resources: props.resources,
              runAsUser: 1000,
              env: [
                { name: SASL_ENV, valueFrom: { secretKeyRef: { name: props.user.secretName, key: 'sasl.jaas.config' } } },
                ...elasticsearchCredentialsEnv(es),
                // Half the memory for the heap (the image's jvm.options asks for 1g whatever the limit);
                // the rest is for direct buffers and the page cache of the persistent queue.
                { name: 'LS_JAVA_OPTS', value: `-Djava.io.tmpdir=/tmp -Xms${heapMiB}m -Xmx${heapMiB}m` },
              ],
              ports: [{ name: 'http-api', containerPort: 9600 }],
              livenessProbe: { httpGet: { path: '/', port: api }, initialDelaySeconds: 60, periodSeconds: 20 },
              readinessProbe: { httpGet: { path: '/', port: api }, periodSeconds: 10 },
              volumeMounts: [
                file('logstash.yml', '/usr/share/logstash/config'),
                file('pipelines.yml', '/usr/share/logstash/config'),
                file('logs.conf', '/usr/share/logstash/pipeline'),
                { name: BUFFER_VOLUME, mountPath: DATA_DIR },
                { name: 'tmp', mountPath: '/tmp' },
                ca.mount,
                ...kafka.volumeMounts,
              ],
            }), hardenedContainer({
              // Reads the monitoring API on localhost (LOGSTASH_URL, config/logstash_config.go) and
              // serves it as Prometheus metrics: the dead-letter queue and rejected documents are alerted on.
              name: 'exporter',
              image: props.exporterImage,
              resources: { cpu: Cpu.millis(10), memory: Size.mebibytes(32) },
              runAsUser: 65534,
              env: [{ name: 'LOGSTASH_URL', value: 'http://localhost:9600' }],
              ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
              livenessProbe: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 30 },
              readinessProbe: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 10 },
            })],
            volumes: [{ name: 'config', configMap: { name: configMap.name } }, { name: 'tmp', emptyDir: {} }, ca.volume, ...kafka.volumes],
          },
        },
        volumeClaimTemplates: [bufferClaim(props.buffer, props.storageClass)],
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, labels: recommendedLabels(identity) },
      spec: { clusterIp: 'None', selector: this.podLabels, ports: [{ name: 'http-api', port: 9600, targetPort: api }] },
    });
    aggregatorDisruptionBudget(this, this.name, recommendedLabels(identity), this.podLabels, props.replicas);
    new PodMonitor(this, 'Monitor', { name: this.name, selector: this.podLabels, endpoints: [{ port: 'metrics' }] });
    this.job = `${Chart.of(this).namespace}/${this.name}`;
  }
}
