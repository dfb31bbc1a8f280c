import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import type { LogAggregatorSettings } from '../constructs/fluent-bit-aggregator';
import { FluentBitForwarder, type LogForwarderSettings } from '../constructs/fluent-bit-forwarder';
import type { KafkaListenerName } from '../constructs/kafka-cluster';
import { AllowEgress } from '../constructs/network-policy';
import type { KafkaChart } from './kafka';
import { PlatformChart } from './platform-chart';
import { DATA_PATH_PRIORITY_CLASS } from './priority-classes';

/**
 * The environment's `logPipeline` block. Both stages read it (the aggregator chart imports it from
 * here): it lives with the forwarder, the first stage, rather than in a file of its own.
 */
export interface LogPipelineSettings {
  /** Kafka listener both stages use: `tls` (SCRAM over TLS) or `plain` (SCRAM over plaintext, dev only). */
  readonly kafkaListener: KafkaListenerName;
  readonly forwarder: LogForwarderSettings;
  readonly aggregator: LogAggregatorSettings;
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
    props.kafka.cluster.allowClient(props.kafka.users.logForwarder, { listener: props.settings.kafkaListener, pods: [this.forwarder.podLabels] });
    // The Kubernetes metadata filter reads pods and namespaces from the API server.
    new AllowEgress(this, 'Egress', { name: 'fluent-bit-forwarder-kube-api', podLabels: this.forwarder.podLabels, apiServer: true });
  }
}
