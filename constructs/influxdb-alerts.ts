import { Construct } from 'constructs';
import { AlertRules, type AlertRule } from './alert-rules';
import type { InfluxDb } from './influxdb';
import type { KafkaCluster } from './kafka-cluster';

export interface InfluxDbAlertsProps {
  readonly influxdb: InfluxDb;
  readonly kafka: KafkaCluster;
  /** The Telegraf consumer group whose lag is watched. */
  readonly consumerGroup: string;
  /** Namespaces the Telegraf agents run in (producers and consumer). */
  readonly telegrafNamespaces: readonly string[];
  /** Team the alerts route to. @default 'platform' */
  readonly team?: string;
}

/**
 * Alerts of the metrics path, one PrometheusRule per variant so each has its own promtool tests:
 * `influxdb` (consumer lag, write errors) wherever the path runs, plus `influxdb-single` (the node
 * is down) or `influxdb-cluster` (a data node is down, meta quorum lost) by topology.
 */
export class InfluxDbAlerts extends Construct {
  /** PrometheusRule names; their tests live in `test/rules/<name>.yaml`. */
  readonly names: readonly string[];

  constructor(scope: Construct, id: string, props: InfluxDbAlertsProps) {
    super(scope, id);
    const db = props.influxdb;
    const team = props.team ?? 'platform';
    const lag = `kafka_consumergroup_lag{namespace="${props.kafka.namespace}",consumergroup="${props.consumerGroup}"}`;
    const telegraf = `namespace=~"${props.telegrafNamespaces.join('|')}",container="telegraf"`;
    const data = `namespace="${db.namespace}",pod=~"${db.dataPodPattern}"`;
    const rules: AlertRule[] = [
      {
        alert: 'TelegrafConsumerLagGrowing',
        expr: `sum by (namespace, consumergroup) (${lag}) > 0 and sum by (namespace, consumergroup) (deriv(${lag}[15m])) > 0`,
        for: '30m',
        severity: 'warning',
        summary: 'Telegraf consumer group {{ $labels.consumergroup }} is falling behind',
        description: 'The lag of {{ $labels.consumergroup }} has grown for 30 minutes: metrics reach InfluxDB late and may expire from Kafka unread. Check the consumer pods and InfluxDB write latency.',
      },
      {
        alert: 'TelegrafWriteErrors',
        expr: `sum by (namespace, pod, output) (increase(internal_write_errors{${telegraf}}[10m])) > 0`,
        for: '10m',
        severity: 'warning',
        summary: 'Telegraf {{ $labels.pod }} fails to write to {{ $labels.output }}',
        description: 'Telegraf {{ $labels.pod }} has reported write errors to its {{ $labels.output }} output for 10 minutes; its buffer fills and then drops metrics. Check the pod log and the output credentials.',
      },
      {
        // The Kafka plugins retry at start instead of exiting (startup_error_behavior, telegraf-config.ts),
        // so an agent that never reaches Kafka keeps running: each failed attempt counts in
        // internal_write_startup_errors (tagged input= or output=; Telegraf 1.37.2 registers the
        // inputs' counter under "write" too, models/running_input.go).
        alert: 'TelegrafKafkaUnreachable',
        expr: `sum by (namespace, pod) (increase(internal_write_startup_errors{${telegraf}}[10m])) > 0`,
        for: '15m',
        severity: 'warning',
        summary: 'Telegraf {{ $labels.pod }} cannot connect to Kafka',
        description: 'Telegraf {{ $labels.pod }} has failed to connect to Kafka since it started, for 15 minutes: a producer buffers at most metric_buffer_limit metrics and then drops the oldest; the consumer reads nothing and the lag grows. Check the brokers, the SCRAM credentials, the cluster CA and kafka_version in the pod log.',
      },
    ];
    const influx = new AlertRules(this, 'Resource', { name: 'influxdb', team, groups: [{ name: 'influxdb', rules }] });
    const names = [influx.name];

    const down = (alert: string, severity: 'critical' | 'warning', consequence: string): AlertRule => ({
      alert,
      expr: `up{${data}} == 0`,
      for: '5m',
      severity,
      summary: 'InfluxDB node {{ $labels.pod }} is down',
      description: `InfluxDB {{ $labels.pod }} has not answered scrapes for 5 minutes: ${consequence}. Check the pod events, its volume and the influxdb container log.`,
    });
    if (db.topology.kind === 'single') {
      const single = new AlertRules(this, 'Single', {
        name: 'influxdb-single',
        team,
        groups: [{ name: 'influxdb-single', rules: [down('InfluxDBDown', 'critical', 'no metrics are stored or served')] }],
      });
      names.push(single.name);
    } else {
      const quorum = Math.floor(db.topology.metaNodes / 2) + 1;
      // result_code 0: the meta node answered /status naming a Raft leader (see the probe in influxdb.ts).
      const answering = `http_response_result_code{namespace="${db.namespace}",pod=~"${db.serviceName}-meta-[0-9]+"} == 0`;
      const cluster = new AlertRules(this, 'Cluster', {
        name: 'influxdb-cluster',
        team,
        groups: [{
          name: 'influxdb-cluster',
          rules: [
            down('InfluxDBDataNodeDown', 'warning', 'shards without another replica cannot be written or read'),
            {
              alert: 'InfluxDBMetaQuorumLost',
              expr: `count(${answering}) < ${quorum} or absent(${answering})`,
              for: '2m',
              severity: 'critical',
              summary: 'InfluxDB meta nodes have lost their Raft quorum',
              description: `Fewer than ${quorum} of ${db.topology.metaNodes} meta nodes answer and see a Raft leader: databases, users and shard assignments cannot change and new shards cannot be created, so writes will start failing. Restore the meta pods; on a new cluster, run the join (the influxdb-join Job).`,
            },
          ],
        }],
      });
      names.push(cluster.name);
    }
    this.names = names;
  }
}
