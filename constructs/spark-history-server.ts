import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import type { ResourceSpec } from './hardening';
import { NO_METRICS_ENDPOINT_ANNOTATION, recommendedLabels, selectorLabels } from './labels';
import { AllowIngress, type PolicyPeer } from './network-policy';
import { httpProbes, SPARK_HOME, SPARK_PORTS, type SparkCluster } from './spark-cluster';

export interface SparkHistoryServerProps {
  readonly cluster: SparkCluster;
  readonly resources: ResourceSpec;
  /** Who may open the UI: the ingress controller's pods. */
  readonly uiClients: readonly PolicyPeer[];
}

/**
 * The history server: the UIs of finished (and running) applications, read from the cluster's event
 * log (`spark.history.fs.logDirectory` in spark-defaults.conf) on the shared claim, mounted read-only.
 */
export class SparkHistoryServer extends Construct {
  readonly serviceName = 'spark-history-server';
  readonly port = SPARK_PORTS.historyUi;

  constructor(scope: Construct, id: string, props: SparkHistoryServerProps) {
    super(scope, id);
    const { cluster } = props;
    const identity = cluster.identity('history-server');
    new k8s.KubeDeployment(this, 'Resource', {
      metadata: {
        name: 'spark-history-server',
        labels: recommendedLabels(identity),
        annotations: { [NO_METRICS_ENDPOINT_ANNOTATION]: 'Spark has no metrics system for the history server (only master, worker, driver, executor and applications); kube-state-metrics reports its availability' },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: selectorLabels(identity) },
        template: cluster.podTemplate(identity, {
          name: 'history-server',
          resources: props.resources,
          command: [`${SPARK_HOME}/bin/spark-class`, 'org.apache.spark.deploy.history.HistoryServer'],
          ports: [{ name: 'http', containerPort: this.port }],
          ...httpProbes('http'),
        }, cluster.eventLogVolume(true)),
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.serviceName, labels: recommendedLabels(identity) },
      spec: { selector: selectorLabels(identity), ports: [{ name: 'http', port: this.port, targetPort: k8s.IntOrString.fromString('http') }] },
    });
    new AllowIngress(this, 'UiPolicy', { name: 'spark-history-server-ui', podLabels: selectorLabels(identity), from: props.uiClients, ports: [this.port] });
  }
}
