import { Construct } from 'constructs';
import { AllowEgress } from '../constructs/network-policy';
import * as k8s from '../imports/k8s';
import { underField } from '../constructs/config-error';
import { DemoWorkloads, type DemoWorkloadsProps } from '../constructs/demo-workloads';
import type { ElasticsearchClient } from '../constructs/elasticsearch-cluster';
import { FluentBitAggregator, type LogAggregatorSettings } from '../constructs/fluent-bit-aggregator';
import { FluentBitForwarder, type LogForwarderSettings } from '../constructs/fluent-bit-forwarder';
import type { KafkaListenerName } from '../constructs/kafka-cluster';
import { LogPipelineAlerts } from '../constructs/log-pipeline-alerts';
import { LogstashAggregator } from '../constructs/logstash-aggregator';
import { CONSUMER_GROUPS, type KafkaChart } from './kafka';
import { PlatformChart } from './platform-chart';

/** The environment's `logPipeline` block. */
export interface LogPipelineSettings {
  /** Kafka listener both stages use: `tls` (SCRAM over TLS) or `plain` (SCRAM over plaintext, dev only). */
  readonly kafkaListener: KafkaListenerName;
  readonly forwarder: LogForwarderSettings;
  readonly aggregator: LogAggregatorSettings;
}

/**
 * PriorityClass for the data path: pods whose eviction loses or delays data (log forwarders and
 * aggregators; later the metrics path). One value for all of them, above every default workload.
 */
export const DATA_PATH_PRIORITY_CLASS = 'platform-data-path';

export class PriorityClassesChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new k8s.KubePriorityClass(this, 'DataPath', {
      metadata: { name: DATA_PATH_PRIORITY_CLASS },
      value: 1000000,
      globalDefault: false,
      preemptionPolicy: 'PreemptLowerPriority',
      description: 'Observability data path (log forwarders and aggregators): evicting these pods delays or loses telemetry.',
    });
  }
}

export interface LogForwarderChartProps {
  readonly namespace: string;
  readonly image: string;
  readonly settings: LogPipelineSettings;
  readonly kafka: KafkaChart;
  readonly clusterName: string;
  /** Share of the log volume that is node logs (`capacity.nodeLogShare`): splits the buffer budget. */
  readonly nodeLogShare: number;
}

/** Fluent Bit on every node (privileged `node-agents` namespace: it reads host log files). */
export class LogForwarderChart extends PlatformChart {
  readonly forwarder: FluentBitForwarder;

  constructor(scope: Construct, id: string, props: LogForwarderChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    this.forwarder = underField('forwarder', () => new FluentBitForwarder(this, 'Forwarder', {
      ...props.settings.forwarder,
      nodeLogShare: props.nodeLogShare,
      image: props.image,
      cluster: props.kafka.cluster,
      listener: props.settings.kafkaListener,
      user: props.kafka.users.logForwarder,
      topics: props.kafka.topics,
      clusterName: props.clusterName,
      priorityClassName: DATA_PATH_PRIORITY_CLASS,
    }));
    // The Kubernetes metadata filter reads pods and namespaces from the API server.
    new AllowEgress(this, 'Egress', { name: 'fluent-bit-forwarder-kube-api', podLabels: this.forwarder.podLabels, apiServer: true });
  }
}

export interface LogAggregatorChartProps {
  readonly namespace: string;
  readonly images: { readonly fluentBit: string; readonly logstash: string };
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
        new LogstashAggregator(this, 'Logstash', { ...common, image: props.images.logstash, storageClass: props.storageClass });
      } else {
        const aggregator = new FluentBitAggregator(this, 'FluentBit', { ...common, image: props.images.fluentBit, zoneSpread: props.zoneSpread });
        jobs.push(`${props.namespace}/${aggregator.name}`);
      }
    });
    this.fluentBitJobs = jobs;
    new LogPipelineAlerts(this, 'Alerts', { fluentBitJobs: jobs, consumerGroup: CONSUMER_GROUPS.logAggregator });
  }
}

/** Demo traffic (dev only), in its own restricted namespace. */
export class DemoChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: DemoWorkloadsProps & { readonly namespace: string }) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const { namespace: _ns, ...demo } = props;
    new DemoWorkloads(this, 'Demo', demo);
  }
}
