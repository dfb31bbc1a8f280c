import { Construct } from 'constructs';
import { AlertRules } from './alert-rules';
import { ConfigError, requireDnsLabel } from './config-error';
import type { KafkaCluster } from './kafka-cluster';

export interface KafkaAlertsProps {
  readonly cluster: KafkaCluster;
  /** Consumer groups whose lag must not keep growing (the log aggregator's). */
  readonly lagGroups: readonly string[];
  /** Team the alerts route to. @default 'platform' */
  readonly team?: string;
}

/**
 * Kafka alerts over the series the JMX exporter (kafka-jmx-metrics.ts), Kafka Exporter, kubelet and
 * kube-state-metrics emit. Node-pool pods are `<cluster>-<pool>-<n>` and JBOD claims
 * `data-<volume>-<cluster>-<pool>-<n>`; alerts carry the `pool` label parsed from those names.
 */
export class KafkaAlerts extends Construct {
  /** PrometheusRule name; its promtool tests live in `test/rules/<name>.yaml`. */
  readonly name: string;

  constructor(scope: Construct, id: string, props: KafkaAlertsProps) {
    super(scope, id);
    if (props.lagGroups.length === 0) throw new ConfigError('lagGroups', 0, 'must name at least one consumer group');
    props.lagGroups.forEach((g, i) => requireDnsLabel(`lagGroups[${i}]`, g));
    const c = props.cluster.clusterName;
    const ns = props.cluster.namespace;
    const nodes = `namespace="${ns}",pod=~"${c}-.+-[0-9]+"`;
    const kafkaContainer = `${nodes},container="kafka"`;
    const pool = (expr: string, from = 'pod', pattern = `${c}-(.+)-[0-9]+`) => `label_replace(${expr}, "pool", "$1", "${from}", "${pattern}")`;
    const claims = `namespace="${ns}",persistentvolumeclaim=~"data-([0-9]+-)?${c}-.+-[0-9]+"`;
    const lag = `kafka_consumergroup_lag{namespace="${ns}",consumergroup=~"${props.lagGroups.join('|')}"}`;
    this.name = `${c}-kafka`;

    new AlertRules(this, 'Resource', {
      name: this.name,
      team: props.team ?? 'platform',
      groups: [{
        name: 'kafka',
        rules: [
          {
            alert: 'KafkaNodeDown',
            expr: pool(`max by (namespace, pod) (kube_pod_container_status_ready{${kafkaContainer}}) == 0 or max by (namespace, pod) (up{${kafkaContainer}}) == 0`),
            for: '5m',
            severity: 'critical',
            summary: 'Kafka node {{ $labels.pod }} is down',
            description: 'Pod {{ $labels.pod }} of pool {{ $labels.pool }} is not ready or not answering scrapes; its partitions run on fewer replicas. Check the pod events and the kafka container log.',
          },
          {
            alert: 'KafkaUnderReplicatedPartitions',
            expr: pool(`sum by (namespace, pod) (kafka_server_replicamanager_underreplicatedpartitions{${nodes}}) > 0`),
            for: '10m',
            severity: 'warning',
            summary: 'Kafka broker {{ $labels.pod }} leads under-replicated partitions',
            description: '{{ $value }} partitions led by {{ $labels.pod }} have fewer in-sync replicas than configured. Check for a down or slow broker.',
          },
          {
            alert: 'KafkaOfflinePartitions',
            expr: `sum by (namespace) (kafka_controller_kafkacontroller_offlinepartitionscount{${nodes}}) > 0`,
            for: '1m',
            severity: 'critical',
            summary: 'Kafka has offline partitions',
            description: '{{ $value }} partitions have no leader: producers and consumers of those partitions are blocked. Bring the brokers holding their replicas back.',
          },
          {
            alert: 'KafkaIsrShrinking',
            expr: pool(`sum by (namespace, pod) (rate(kafka_server_replicamanager_isrshrinks_total{${nodes}}[5m])) > 0`),
            for: '15m',
            severity: 'warning',
            summary: 'Kafka in-sync replica sets keep shrinking on {{ $labels.pod }}',
            description: 'Followers keep falling out of sync on {{ $labels.pod }} for 15 minutes. Check broker load, disk latency and the network between zones.',
          },
          {
            alert: 'KafkaActiveControllerCount',
            expr: `sum by (namespace) (kafka_controller_kafkacontroller_activecontrollercount{${nodes}}) != 1`,
            for: '5m',
            severity: 'critical',
            summary: 'Kafka has {{ $value }} active controllers',
            description: 'Exactly one KRaft controller must be active; {{ $value }} report themselves active. Check the controller pods and the quorum state.',
          },
          {
            alert: 'KafkaDiskFilling',
            expr: pool(`kubelet_volume_stats_available_bytes{${claims}} / kubelet_volume_stats_capacity_bytes{${claims}} < 0.15`, 'persistentvolumeclaim', `data-(?:[0-9]+-)?${c}-(.+)-[0-9]+`),
            for: '15m',
            severity: 'warning',
            summary: 'Kafka volume {{ $labels.persistentvolumeclaim }} is almost full',
            description: 'Less than 15% is free on {{ $labels.persistentvolumeclaim }} (pool {{ $labels.pool }}). Lower retention.bytes or grow the pool volumes before the broker stops.',
          },
          {
            alert: 'KafkaConsumerGroupLagGrowing',
            expr: `sum by (namespace, consumergroup) (${lag}) > 0 and sum by (namespace, consumergroup) (deriv(${lag}[15m])) > 0`,
            for: '30m',
            severity: 'warning',
            summary: 'Consumer group {{ $labels.consumergroup }} is falling behind',
            description: 'The lag of {{ $labels.consumergroup }} has grown for 30 minutes; logs reach Elasticsearch late and may expire from Kafka unread. Check the consumer and its output.',
          },
        ],
      }],
    });
  }
}
