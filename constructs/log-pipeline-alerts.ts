import { Construct } from 'constructs';
import { AlertRules } from './alert-rules';
import { requireInteger } from './config-error';

export interface LogPipelineAlertsProps {
  /** Prometheus `job` labels of the Fluent Bit stages (`<namespace>/<PodMonitor name>`). */
  readonly fluentBitJobs: readonly string[];
  /** The aggregator's consumer group. */
  readonly consumerGroup: string;
  /** Records behind on the log topics before the aggregator is considered late. @default 100000 */
  readonly maxConsumerLag?: number;
}

/**
 * Alerts on the log path, so no loss is silent: a stage that reads but writes nothing, chunks given up
 * after their retries, records dropped, a filesystem buffer above 80% of its limit, and the
 * aggregator falling behind on Kafka. Metric names are Fluent Bit's `/api/v2/metrics/prometheus`
 * ones; `name` is the plugin alias.
 */
export class LogPipelineAlerts extends Construct {
  readonly rules: AlertRules;

  constructor(scope: Construct, id: string, props: LogPipelineAlertsProps) {
    super(scope, id);
    const maxLag = props.maxConsumerLag ?? 100000;
    requireInteger('maxConsumerLag', maxLag, 1);
    const fb = `job=~"${props.fluentBitJobs.join('|')}"`;
    this.rules = new AlertRules(this, 'Rules', {
      name: 'logs-pipeline',
      team: 'logging',
      groups: [{
        name: 'logs-pipeline',
        rules: [
          {
            alert: 'LogPipelineStalled',
            expr: `sum by (job, namespace, pod) (rate(fluentbit_input_records_total{${fb}}[10m])) > 0 and sum by (job, namespace, pod) (rate(fluentbit_output_proc_bytes_total{${fb}}[10m])) == 0`,
            for: '10m',
            severity: 'critical',
            summary: 'Fluent Bit {{ $labels.pod }} reads logs but writes nothing',
            description: 'Records keep arriving but no output has delivered a byte for 20 minutes; they accumulate in the filesystem buffer until it is full. Check the output destination (Kafka or Elasticsearch) and the pod log.',
          },
          {
            alert: 'LogPipelineRetriesFailing',
            expr: `sum by (job, namespace, pod, name) (increase(fluentbit_output_retries_failed_total{${fb}}[10m])) > 0`,
            severity: 'warning',
            summary: 'Fluent Bit {{ $labels.pod }} gave up on chunks for {{ $labels.name }}',
            description: 'Chunks exhausted their retries and were discarded. Check the destination and the `trace_error` lines in the pod log.',
          },
          {
            alert: 'LogPipelineRecordsDropped',
            expr: `sum by (job, namespace, pod, name) (increase(fluentbit_output_dropped_records_total{${fb}}[10m])) > 0`,
            severity: 'critical',
            summary: 'Fluent Bit {{ $labels.pod }} dropped records on {{ $labels.name }}',
            description: 'Records were dropped (buffer limit reached or retries exhausted); these logs are lost. Find why the output cannot keep up.',
          },
          {
            alert: 'LogPipelineBufferNearlyFull',
            expr: `min by (job, namespace, pod, name) (fluentbit_output_chunk_available_capacity_percent{${fb}}) < 20`,
            for: '5m',
            severity: 'warning',
            summary: 'Fluent Bit {{ $labels.pod }} buffer for {{ $labels.name }} is above 80% of its limit',
            description: 'The filesystem buffer is filling (storage.total_limit_size); when it is full the oldest chunks are dropped. Restore the output before then.',
          },
          {
            alert: 'LogAggregatorConsumerLag',
            expr: `sum by (namespace, consumergroup) (kafka_consumergroup_lag{consumergroup="${props.consumerGroup}"}) > ${maxLag}`,
            for: '15m',
            severity: 'warning',
            summary: 'The log aggregator is {{ $value }} records behind on Kafka',
            description: `Consumer group ${props.consumerGroup} has been more than ${maxLag} records behind for 15 minutes; logs reach Elasticsearch late and may expire from Kafka unread. Check the aggregator's output and scale its replicas.`,
          },
        ],
      }],
    });
  }
}
