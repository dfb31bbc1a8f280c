import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import type { ElasticsearchClient } from '../constructs/elasticsearch-cluster';
import { FluentBitAggregator } from '../constructs/fluent-bit-aggregator';
import { LogPipelineAlerts } from '../constructs/log-pipeline-alerts';
import { LogstashAggregator } from '../constructs/logstash-aggregator';
import { LogstashAlerts } from '../constructs/logstash-alerts';
import { CONSUMER_GROUPS, type KafkaChart } from './kafka';
import type { LogPipelineSettings } from './log-forwarder';
import { PlatformChart } from './platform-chart';
import { DATA_PATH_PRIORITY_CLASS } from './priority-classes';

export interface LogAggregatorChartProps {
  readonly namespace: string;
  readonly images: { readonly fluentBit: string; readonly logstash: string; readonly logstashExporter: string };
  readonly settings: LogPipelineSettings;
  readonly kafka: KafkaChart;
  readonly elasticsearch: ElasticsearchClient;
  readonly storageClass: string;
  /** Prometheus job of the forwarder stage, alerted on with the aggregator's. */
  readonly forwarderJob: string;
  /** Spread the aggregator's replicas over zones as well as nodes (Fluent Bit aggregator). */
  readonly zoneSpread: boolean;
}

/** The aggregator selected by `aggregator.kind` (Kafka → Elasticsearch) and the pipeline alerts. */
export class LogAggregatorChart extends PlatformChart {
  /** Prometheus jobs of the Fluent Bit stages (forwarder first), as the dashboards and alerts see them. */
  readonly fluentBitJobs: readonly string[];

  constructor(scope: Construct, id: string, props: LogAggregatorChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const { kind = 'fluent-bit', ...settings } = props.settings.aggregator;
    const common = {
      ...settings,
      cluster: props.kafka.cluster,
      listener: props.settings.kafkaListener,
      user: props.kafka.users.logAggregator,
      consumerGroup: CONSUMER_GROUPS.logAggregator,
      topics: props.kafka.topics,
      elasticsearch: props.elasticsearch,
      priorityClassName: DATA_PATH_PRIORITY_CLASS,
    };
    const jobs = [props.forwarderJob];
    underField('aggregator', () => {
      if (kind === 'logstash') {
        const logstash = new LogstashAggregator(this, 'Logstash', { ...common, image: props.images.logstash, exporterImage: props.images.logstashExporter, storageClass: props.storageClass, zoneSpread: props.zoneSpread });
        props.kafka.cluster.allowClient(common.user, { listener: common.listener, pods: [logstash.podLabels] });
        new LogstashAlerts(this, 'LogstashAlerts', { job: logstash.job });
      } else {
        const aggregator = new FluentBitAggregator(this, 'FluentBit', { ...common, image: props.images.fluentBit, zoneSpread: props.zoneSpread, storageClass: props.storageClass });
        props.kafka.cluster.allowClient(common.user, { listener: common.listener, pods: [aggregator.podLabels] });
        jobs.push(`${props.namespace}/${aggregator.name}`);
      }
    });
    this.fluentBitJobs = jobs;
    new LogPipelineAlerts(this, 'Alerts', { fluentBitJobs: jobs, consumerGroup: CONSUMER_GROUPS.logAggregator });
  }
}
