import { Chart, type Duration } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { clusterScoped } from './cluster-scoped';
import { ConfigError, requireDnsLabel, requireInteger } from './config-error';
import { hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import type { KafkaCluster } from './kafka-cluster';
import type { KafkaTopic } from './kafka-topic';
import type { KafkaUser } from './kafka-user';
import { recommendedLabels, selectorLabels } from './labels';
import { imageTag } from './operator-managed';
import { CONFIG_HASH_ANNOTATION, kafkaOutput, secretEnv, telegrafConfig, telegrafPod, type TelegrafPlugins } from './telegraf-config';

/** The seed's KVM hosts: Telegraf's libvirt input on the nodes that run libvirtd. */
export interface LibvirtSettings {
  /** Labels of the KVM nodes. */
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** Group that owns the libvirt socket on those nodes (added as a supplemental group). */
  readonly socketGroup: number;
  /** Host folder holding `libvirt-sock`. @default '/var/run/libvirt' */
  readonly socketDir?: string;
}

export interface TelegrafProducerProps {
  /** DaemonSet, ConfigMap and ServiceAccount name. A DNS label. */
  readonly name: string;
  /** Pinned Telegraf image. */
  readonly image: string;
  readonly resources: ResourceSpec;
  readonly interval: Duration;
  readonly flushInterval: Duration;
  /** `[global_tags]`: the seed's `dc`, plus environment and cluster. */
  readonly globalTags: Readonly<Record<string, string>>;
  readonly kafka: KafkaCluster;
  /** Topic the metrics are written to (the user must have been granted write). */
  readonly topic: KafkaTopic;
  readonly user: KafkaUser;
  /** Collect libvirt guest metrics on KVM nodes instead of node metrics on every node. @default node metrics */
  readonly libvirt?: LibvirtSettings;
}

/** Mount point of the host's root filesystem (Telegraf's HOST_MOUNT_PREFIX). */
const HOSTFS = '/hostfs';

/** Node and kubelet inputs: cpu, memory, disks, kernel and the kubelet's node and pod statistics. */
function nodeInputs(): TelegrafPlugins {
  return {
    cpu: [{ percpu: false, totalcpu: true, collect_cpu_time: false, report_active: true }],
    mem: [{}],
    disk: [{ ignore_fs: ['tmpfs', 'devtmpfs', 'devfs', 'iso9660', 'overlay', 'aufs', 'squashfs', 'nsfs', 'proc', 'sysfs'] }],
    diskio: [{}],
    system: [{}],
    kernel: [{}],
    // The pod is not on the host network, so the kubelet's summary API provides the node's
    // network counters (kubernetes_node network_*) and each pod's.
    kubernetes: [{
      url: 'https://${HOST_IP}:10250',
      bearer_token: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      // Kubelet serving certificates are commonly self-signed (see the kubelet ServiceMonitor).
      insecure_skip_verify: true,
      label_include: [],
      label_exclude: ['*'],
    }],
  };
}

/**
 * Telegraf on every node (or every KVM node, with `libvirt`), writing line protocol to a Kafka topic
 * over TLS with SCRAM-SHA-512. Host metrics are read from the host's root filesystem mounted
 * read-only at /hostfs (HOST_PROC, HOST_SYS, HOST_MOUNT_PREFIX), so the pod needs hostPath: it runs
 * in the privileged `node-agents` namespace, as a non-root user without capabilities.
 */
export class TelegrafProducer extends Construct {
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: TelegrafProducerProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    for (const [tag, value] of Object.entries(props.globalTags)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new ConfigError(`globalTags.${tag}`, value, 'must be letters, digits, ".", "_" or "-"');
    }
    if (props.libvirt) {
      if (Object.keys(props.libvirt.nodeSelector).length === 0) throw new ConfigError('libvirt.nodeSelector', {}, 'must select the KVM nodes');
      requireInteger('libvirt.socketGroup', props.libvirt.socketGroup, 1);
    }
    const identity = { name: 'telegraf', instance: props.name, component: props.libvirt ? 'libvirt-metrics-producer' : 'metrics-producer', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    const namespace = Chart.of(this).namespace;
    const socketDir = props.libvirt?.socketDir ?? '/var/run/libvirt';

    const inputs: TelegrafPlugins = props.libvirt
      ? { libvirt: [{ libvirt_uri: `qemu+unix:///system?socket=${socketDir}/libvirt-sock` }] }
      : nodeInputs();
    const pod = telegrafPod(this, 'Config', {
      name: props.name,
      image: props.image,
      resources: props.resources,
      kafkaCaSecretName: props.kafka.caCertSecretName,
      config: telegrafConfig({
        interval: props.interval,
        flushInterval: props.flushInterval,
        globalTags: props.globalTags,
        inputs,
        outputs: { kafka: [kafkaOutput(props.kafka, props.topic, props.user)] },
      }),
      env: [
        { name: 'HOSTNAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
        { name: 'HOST_IP', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } },
        { name: 'HOST_PROC', value: `${HOSTFS}/proc` },
        { name: 'HOST_SYS', value: `${HOSTFS}/sys` },
        { name: 'HOST_MOUNT_PREFIX', value: HOSTFS },
        secretEnv('KAFKA_PASSWORD', props.user.secretName, 'password'),
      ],
      volumeMounts: props.libvirt
        ? [{ name: 'libvirt', mountPath: socketDir }]
        : [{ name: 'hostfs', mountPath: HOSTFS, readOnly: true, mountPropagation: 'HostToContainer' }],
      volumes: props.libvirt
        ? [{ name: 'libvirt', hostPath: { path: socketDir, type: 'Directory' } }]
        : [{ name: 'hostfs', hostPath: { path: '/' } }],
    });

    if (!props.libvirt) {
      new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: props.name, labels: recommendedLabels(identity) }, automountServiceAccountToken: false });
      clusterScoped(new k8s.KubeClusterRole(this, 'ClusterRole', {
        metadata: { name: props.name, labels: recommendedLabels(identity) },
        rules: [{ apiGroups: [''], resources: ['nodes/stats', 'nodes/proxy'], verbs: ['get'] }],
      }));
      clusterScoped(new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
        metadata: { name: props.name, labels: recommendedLabels(identity) },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: props.name },
        subjects: [{ kind: 'ServiceAccount', name: props.name, namespace }],
      }));
    }
    new k8s.KubeDaemonSet(this, 'Resource', {
      metadata: { name: props.name, labels: recommendedLabels(identity) },
      spec: {
        selector: { matchLabels: selectorLabels(identity) },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: { [CONFIG_HASH_ANNOTATION]: pod.configHash } },
          spec: {
            ...(props.libvirt ? { automountServiceAccountToken: false } : { serviceAccountName: props.name, automountServiceAccountToken: true }),
            nodeSelector: { 'kubernetes.io/os': 'linux', ...props.libvirt?.nodeSelector },
            tolerations: [{ operator: 'Exists' }],
            securityContext: {
              ...hardenedPodSecurityContext(),
              ...(props.libvirt ? { supplementalGroups: [props.libvirt.socketGroup] } : {}),
            },
            containers: [pod.container],
            volumes: pod.volumes,
          },
        },
      },
    });
  }
}
