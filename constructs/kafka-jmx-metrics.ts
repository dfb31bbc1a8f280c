/**
 * JMX Prometheus exporter rules for Kafka brokers and KRaft controllers, following the naming of
 * Strimzi's example `kafka-metrics.yaml` (lowercase `kafka_<domain>_<type>_<name>`, `_total` for
 * per-second counters), so the alerts and the dashboard use the series names Strimzi users know:
 * `kafka_server_replicamanager_underreplicatedpartitions`, `kafka_server_replicamanager_isrshrinks_total`,
 * `kafka_controller_kafkacontroller_activecontrollercount`, `kafka_server_brokertopicmetrics_bytesin_total`.
 */
interface JmxRule {
  readonly pattern: string;
  readonly name: string;
  readonly type: 'GAUGE' | 'COUNTER' | 'UNTYPED';
  readonly labels?: Record<string, string>;
  readonly value?: number;
}

const rules: JmxRule[] = [
  // Per-second meters with 0-2 key/value pairs; RequestMetrics is numerous and unused here.
  { pattern: 'kafka.(\\w+)<type=(?!RequestMetrics)(.+), name=(.+)PerSec\\w*, (.+)=(.+), (.+)=(.+)><>Count', name: 'kafka_$1_$2_$3_total', type: 'COUNTER', labels: { $4: '$5', $6: '$7' } },
  { pattern: 'kafka.(\\w+)<type=(?!RequestMetrics)(.+), name=(.+)PerSec\\w*, (.+)=(.+)><>Count', name: 'kafka_$1_$2_$3_total', type: 'COUNTER', labels: { $4: '$5' } },
  { pattern: 'kafka.(\\w+)<type=(?!RequestMetrics)(.+), name=(.+)PerSec\\w*><>Count', name: 'kafka_$1_$2_$3_total', type: 'COUNTER' },
  // Percent gauges.
  { pattern: 'kafka.(\\w+)<type=(.+), name=(.+)Percent\\w*><>MeanRate', name: 'kafka_$1_$2_$3_percent', type: 'GAUGE' },
  { pattern: 'kafka.(\\w+)<type=(.+), name=(.+)Percent\\w*><>Value', name: 'kafka_$1_$2_$3_percent', type: 'GAUGE' },
  // Gauges with 0-2 key/value pairs (partition counts, controller state, log sizes).
  { pattern: 'kafka.(\\w+)<type=(.+), name=(.+), (.+)=(.+), (.+)=(.+)><>Value', name: 'kafka_$1_$2_$3', type: 'GAUGE', labels: { $4: '$5', $6: '$7' } },
  { pattern: 'kafka.(\\w+)<type=(.+), name=(.+), (.+)=(.+)><>Value', name: 'kafka_$1_$2_$3', type: 'GAUGE', labels: { $4: '$5' } },
  { pattern: 'kafka.(\\w+)<type=(.+), name=(.+)><>Value', name: 'kafka_$1_$2_$3', type: 'GAUGE' },
  // KRaft quorum state.
  { pattern: 'kafka.server<type=raft-metrics><>(current-state): (.+)', name: 'kafka_server_raftmetrics_$1', type: 'UNTYPED', value: 1, labels: { $1: '$2' } },
  { pattern: 'kafka.server<type=raft-metrics><>(.+-total|.+-max):', name: 'kafka_server_raftmetrics_$1', type: 'COUNTER' },
  { pattern: 'kafka.server<type=raft-metrics><>(.+):', name: 'kafka_server_raftmetrics_$1', type: 'GAUGE' },
];

/** The exporter configuration (serialised to YAML by the ConfigMap that carries it). */
export const KAFKA_JMX_EXPORTER_CONFIG = { lowercaseOutputName: true, rules } as const;
