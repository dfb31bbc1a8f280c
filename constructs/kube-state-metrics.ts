import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { clusterScoped } from './cluster-scoped';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { imageTag } from './operator-managed';

export interface KubeStateMetricsProps {
  /** Pinned kube-state-metrics image. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/**
 * The objects it reports on. Secrets are left out of `--resources` and the RBAC: their metadata is
 * not worth read access to every Secret in the cluster.
 */
const RESOURCES: ReadonlyArray<[string, string[]]> = [
  ['', ['configmaps', 'endpoints', 'limitranges', 'namespaces', 'nodes', 'persistentvolumeclaims', 'persistentvolumes', 'pods', 'replicationcontrollers', 'resourcequotas', 'services']],
  ['apps', ['daemonsets', 'deployments', 'replicasets', 'statefulsets']],
  ['batch', ['cronjobs', 'jobs']],
  ['autoscaling', ['horizontalpodautoscalers']],
  ['policy', ['poddisruptionbudgets']],
  ['certificates.k8s.io', ['certificatesigningrequests']],
  ['coordination.k8s.io', ['leases']],
  ['networking.k8s.io', ['ingresses', 'networkpolicies']],
  ['storage.k8s.io', ['storageclasses', 'volumeattachments']],
];

/** Object state as metrics (kube_deployment_*, kube_pod_*, ...), which the workload alerts read. */
export class KubeStateMetrics extends Construct {
  readonly serviceName = 'kube-state-metrics';
  readonly metricsPort = 8080;
  readonly telemetryPort = 8081;
  readonly serviceLabels: Record<string, string>;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: KubeStateMetricsProps) {
    super(scope, id);
    const identity = { name: 'kube-state-metrics', component: 'exporter', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    this.serviceLabels = selectorLabels(identity);
    const name = 'kube-state-metrics';
    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name }, automountServiceAccountToken: false });
    clusterScoped(new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: { name },
      rules: RESOURCES.map(([group, resources]) => ({ apiGroups: [group], resources, verbs: ['list', 'watch'] })),
    }));
    clusterScoped(new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace: Chart.of(this).namespace }],
    }));
    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name, labels: recommendedLabels(identity) },
      spec: {
        replicas: 1,
        selector: { matchLabels: selectorLabels(identity) },
        template: {
          metadata: { labels: recommendedLabels(identity) },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            securityContext: hardenedPodSecurityContext({ runAsUser: 65534 }),
            containers: [hardenedContainer({
              name,
              image: props.image,
              resources: props.resources,
              runAsUser: 65534,
              args: [
                `--port=${this.metricsPort}`,
                `--telemetry-port=${this.telemetryPort}`,
                `--resources=${RESOURCES.flatMap(([, r]) => r).sort().join(',')}`,
              ],
              ports: [{ name: 'http-metrics', containerPort: this.metricsPort }, { name: 'telemetry', containerPort: this.telemetryPort }],
              livenessProbe: { httpGet: { path: '/livez', port: k8s.IntOrString.fromString('http-metrics') }, initialDelaySeconds: 5, timeoutSeconds: 5 },
              readinessProbe: { httpGet: { path: '/readyz', port: k8s.IntOrString.fromString('telemetry') }, initialDelaySeconds: 5, timeoutSeconds: 5 },
            })],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.serviceName, labels: recommendedLabels(identity) },
      spec: {
        clusterIp: 'None',
        selector: selectorLabels(identity),
        ports: [
          { name: 'http-metrics', port: this.metricsPort, targetPort: k8s.IntOrString.fromString('http-metrics') },
          { name: 'telemetry', port: this.telemetryPort, targetPort: k8s.IntOrString.fromString('telemetry') },
        ],
      },
    });
  }
}
