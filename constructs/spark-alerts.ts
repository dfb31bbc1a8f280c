import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AlertRules } from './alert-rules';
import { ConfigError, requireInteger } from './config-error';
import type { SparkApplication } from './spark-application';
import type { SparkCluster } from './spark-cluster';

export interface SparkAlertsProps {
  readonly cluster: SparkCluster;
  /** Applications whose driver restarts count as application failures. */
  readonly applications: readonly SparkApplication[];
  /** Alert when fewer workers than this are alive; at least 1 and at most the cluster's workers. */
  readonly workerFloor: number;
  /** Team the alerts route to. */
  readonly team: string;
}

/**
 * Spark alerts over the series the master's PrometheusServlet (`metrics_master_*`) and
 * kube-state-metrics emit. The PrometheusRule is named `spark`; its promtool tests live in
 * `test/rules/spark.yaml` and use only values that hold for every environment's floor.
 */
export class SparkAlerts extends Construct {
  readonly name = 'spark';

  constructor(scope: Construct, id: string, props: SparkAlertsProps) {
    super(scope, id);
    requireInteger('workerFloor', props.workerFloor, 1);
    if (props.workerFloor > props.cluster.workers) {
      throw new ConfigError('workerFloor', props.workerFloor, `must not exceed workers (${props.cluster.workers}): the alert would always fire`);
    }
    const ns = Chart.of(this).namespace;
    const alive = `max by (namespace) (metrics_master_aliveWorkers_Value{namespace="${ns}"})`;
    const drivers = props.applications.map((a) => a.name).join('|');

    new AlertRules(this, 'Resource', {
      name: this.name,
      team: props.team,
      groups: [{
        name: 'spark',
        rules: [
          {
            alert: 'SparkMasterDown',
            expr: `max by (namespace) (up{namespace="${ns}",job="${ns}/spark-master"}) == 0`,
            for: '5m',
            severity: 'critical',
            summary: 'Spark master in {{ $labels.namespace }} is down',
            description: 'The master has not answered scrapes for 5 minutes: no application can be submitted or scheduled. Check the spark-master pod and its logs.',
          },
          {
            alert: 'SparkNoAliveWorkers',
            expr: `${alive} == 0`,
            for: '5m',
            severity: 'critical',
            summary: 'No Spark worker is alive in {{ $labels.namespace }}',
            description: 'The master counts no alive worker: every application is stalled. Check the spark-worker pods and whether they can reach the master on 7077.',
          },
          {
            alert: 'SparkWorkersBelowFloor',
            expr: `${alive} < ${props.workerFloor}`,
            for: '10m',
            severity: 'warning',
            summary: 'Only {{ $value }} Spark workers alive in {{ $labels.namespace }}',
            description: "Fewer workers than the environment's floor (spark.workerFloor) have been registered for 10 minutes: applications run with less capacity. Check pending or crashing spark-worker pods.",
          },
          {
            alert: 'SparkApplicationWaiting',
            expr: `max by (namespace) (metrics_master_waitingApps_Value{namespace="${ns}"}) > 0`,
            for: '15m',
            severity: 'warning',
            summary: '{{ $value }} Spark applications waiting for resources in {{ $labels.namespace }}',
            description: 'An application has waited 15 minutes for executors: the workers lack the cores or memory it asks for. Compare spark.executor.* with the worker sizes.',
          },
          {
            alert: 'SparkApplicationFailing',
            expr: `sum by (namespace, container) (increase(kube_pod_container_status_restarts_total{namespace="${ns}",container=~"${drivers}"}[30m])) > 0`,
            severity: 'warning',
            summary: 'Spark application {{ $labels.container }} failed and was restarted',
            description: 'The driver (spark-submit in client mode) exited within the last 30 minutes, so the application failed. Read the previous container log: `kubectl logs --previous`.',
          },
        ],
      }],
    });
  }
}
