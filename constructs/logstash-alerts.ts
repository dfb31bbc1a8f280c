import { Construct } from 'constructs';
import { AlertRules } from './alert-rules';

export interface LogstashAlertsProps {
  /** Prometheus `job` of the Logstash exporter sidecars (`<namespace>/<PodMonitor name>`). */
  readonly job: string;
}

/**
 * Alerts on the Logstash aggregator, so no rejected document goes unnoticed. Series are
 * kuskoman/logstash-exporter v1.9.1's (collectors/nodestats/pipeline_subcollector.go): counters of
 * documents the Elasticsearch output could not retry (they go to the dead-letter queue) and of events
 * the full dead-letter queue dropped (lost).
 */
export class LogstashAlerts extends Construct {
  constructor(scope: Construct, id: string, props: LogstashAlertsProps) {
    super(scope, id);
    const job = `job="${props.job}"`;
    new AlertRules(this, 'Rules', {
      name: 'logs-logstash',
      team: 'logging',
      groups: [{
        name: 'logs-logstash',
        rules: [
          {
            alert: 'LogstashDocumentsDeadLettered',
            expr: `sum by (namespace, pod, plugin_id) (increase(logstash_stats_pipeline_plugin_documents_non_retryable_failures{${job}}[10m])) > 0`,
            severity: 'warning',
            summary: 'Logstash {{ $labels.pod }}: Elasticsearch rejected {{ $value }} documents',
            description: 'Documents the Elasticsearch output may not retry (a mapping conflict, say) went to the dead-letter queue. Read them with the dead_letter_queue input and fix the record or the index template.',
          },
          {
            alert: 'LogstashDeadLetterQueueDropping',
            expr: `sum by (namespace, pod) (increase(logstash_stats_pipeline_dead_letter_queue_dropped_events{${job}}[10m])) > 0`,
            severity: 'critical',
            summary: 'Logstash {{ $labels.pod }} dropped {{ $value }} dead letters',
            description: 'The dead-letter queue is full (dead_letter_queue.max_bytes): rejected documents are now lost. Drain the queue and fix what Elasticsearch rejects.',
          },
          {
            alert: 'LogstashExporterDown', expr: `up{${job}} == 0`, for: '10m', severity: 'warning',
            summary: 'Logstash {{ $labels.pod }} cannot be scraped',
            description: 'Rejected and dropped documents are not counted while the exporter sidecar is down. Check the pod and the Logstash API on port 9600.',
          },
        ],
      }],
    });
  }
}
