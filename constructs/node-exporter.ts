import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { imageTag } from './operator-managed';

export interface NodeExporterProps {
  /** Pinned node-exporter image. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/**
 * node-exporter on every node: host metrics from the host's /proc, /sys and root filesystem
 * (read-only hostPath mounts) in the host's network and PID namespaces. This is the documented
 * host-access exception and must run in the `privileged` node-agents namespace; the container
 * itself stays non-root, read-only and without capabilities.
 */
export class NodeExporter extends Construct {
  readonly serviceName = 'node-exporter';
  readonly port = 9100;
  readonly serviceLabels: Record<string, string>;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: NodeExporterProps) {
    super(scope, id);
    const identity = { name: 'node-exporter', component: 'node-metrics', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    this.serviceLabels = selectorLabels(identity);
    const host = (name: string, path: string) => ({ name, hostPath: { path } });
    new k8s.KubeDaemonSet(this, 'Resource', {
      metadata: { name: 'node-exporter', labels: recommendedLabels(identity) },
      spec: {
        selector: { matchLabels: selectorLabels(identity) },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: recommendedLabels(identity) },
          spec: {
            automountServiceAccountToken: false,
            hostNetwork: true,
            hostPid: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [{ operator: 'Exists' }],
            securityContext: hardenedPodSecurityContext({ runAsUser: 65534 }),
            containers: [hardenedContainer({
              name: 'node-exporter',
              image: props.image,
              resources: props.resources,
              runAsUser: 65534,
              args: [
                `--web.listen-address=:${this.port}`,
                '--path.procfs=/host/proc',
                '--path.sysfs=/host/sys',
                '--path.rootfs=/host/root',
                '--no-collector.wifi',
                '--no-collector.hwmon',
                '--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|run/k8s.io/.+|var/lib/docker/.+|var/lib/kubelet/pods/.+)($|/)',
                '--collector.netclass.ignored-devices=^(veth.*|[a-f0-9]{15})$',
                '--collector.netdev.device-exclude=^(veth.*|[a-f0-9]{15})$',
              ],
              ports: [{ name: 'metrics', containerPort: this.port }],
              readinessProbe: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') } },
              livenessProbe: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') } },
              volumeMounts: [
                { name: 'proc', mountPath: '/host/proc', readOnly: true },
                { name: 'sys', mountPath: '/host/sys', readOnly: true },
                { name: 'root', mountPath: '/host/root', readOnly: true, mountPropagation: 'HostToContainer' },
              ],
            })],
            volumes: [host('proc', '/proc'), host('sys', '/sys'), host('root', '/')],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.serviceName, labels: recommendedLabels(identity) },
      spec: {
        clusterIp: 'None',
        selector: selectorLabels(identity),
        ports: [{ name: 'metrics', port: this.port, targetPort: k8s.IntOrString.fromString('metrics') }],
      },
    });
  }
}
