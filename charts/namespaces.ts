import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsLabel } from '../constructs/config-error';
import { PlatformChart } from './platform-chart';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** Kubernetes version whose Pod Security Standards the labels pin (the oldest validated version). */
export const POD_SECURITY_VERSION = 'v1.32';

/** Annotation that carries the documented reason a namespace runs below `restricted`. */
export const POD_SECURITY_EXCEPTION_ANNOTATION = 'observability-platform/pod-security-exception';

export interface NamespaceSpec {
  readonly name: string;
  /** What runs here (rendered as an annotation for people browsing the cluster). */
  readonly purpose: string;
  /** The strictest Pod Security level the namespace's workloads can run. */
  readonly podSecurity: PodSecurityLevel;
  /** Why the namespace cannot be `restricted`; required exactly when it is not. */
  readonly exception?: string;
}

/**
 * Every namespace the platform may use, with the strictest Pod Security level its workloads can run.
 * Host access (node log files, node metrics) is confined to `node-agents`: the one exception.
 */
export const PLATFORM_NAMESPACES = {
  kafka: { name: 'kafka', purpose: 'Strimzi cluster operator, Kafka cluster, Kafka exporter', podSecurity: 'restricted' },
  'external-secrets': { name: 'external-secrets', purpose: 'External Secrets Operator: Secret copies across namespaces', podSecurity: 'restricted' },
  'cert-manager': { name: 'cert-manager', purpose: 'cert-manager controller, the UI certificate\'s issuer and (dev) its CA', podSecurity: 'restricted' },
  'elastic-system': { name: 'elastic-system', purpose: 'ECK operator', podSecurity: 'restricted' },
  elastic: { name: 'elastic', purpose: 'Elasticsearch, Kibana, lifecycle and saved-object jobs', podSecurity: 'restricted' },
  logging: { name: 'logging', purpose: 'Log aggregator (Kafka to Elasticsearch)', podSecurity: 'restricted' },
  monitoring: { name: 'monitoring', purpose: 'prometheus-operator, Prometheus, Alertmanager, Grafana, kube-state-metrics', podSecurity: 'restricted' },
  'haproxy-controller': {
    name: 'haproxy-controller',
    purpose: 'HAProxy Kubernetes Ingress Controller: TLS termination and routing to the web UIs',
    podSecurity: 'restricted',
  },
  // Rendered only where the environment has a `kafkaUi` block.
  'kafka-ui': { name: 'kafka-ui', purpose: 'Kafka topic browser (kafbat kafka-ui, read-only)', podSecurity: 'restricted' },
  spark: { name: 'spark', purpose: 'Spark standalone cluster and log-analytics job', podSecurity: 'restricted' },
  // Rendered only where the environment has an `influxdb` block (see compose() in main.ts).
  influxdb: { name: 'influxdb', purpose: 'InfluxDB and the Telegraf consumer (the optional metrics path)', podSecurity: 'restricted' },
  'node-agents': {
    name: 'node-agents',
    purpose: 'Per-node agents: Fluent Bit forwarders, node-exporter, Telegraf producers',
    podSecurity: 'privileged',
    exception: 'node agents read host log files and host metrics through hostPath, hostNetwork and hostPID, which every level but privileged forbids',
  },
} as const satisfies Record<string, NamespaceSpec>;

export type PlatformNamespace = keyof typeof PLATFORM_NAMESPACES;

/** Rendered only in environments with a `demo` block: sample workloads that feed the log pipeline. */
export const DEMO_NAMESPACE = {
  name: 'demo',
  purpose: 'Demo workloads that produce logs for the pipeline (web server with a curl loop, JSON log producer); development only',
  podSecurity: 'restricted',
} as const satisfies NamespaceSpec;

export interface NamespacesChartProps {
  readonly namespaces: readonly NamespaceSpec[];
}

/** The first-applied layer: every platform namespace with its Pod Security labels. */
export class NamespacesChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespacesChartProps) {
    super(scope, id, { layer: 'foundation' });
    const seen = new Set<string>();
    props.namespaces.forEach((ns, i) => {
      const field = `namespaces[${i}]`;
      requireDnsLabel(`${field}.name`, ns.name);
      if (seen.has(ns.name)) throw new ConfigError(`${field}.name`, ns.name, 'is declared twice; namespace names must be unique');
      seen.add(ns.name);
      if ((ns.podSecurity === 'restricted') !== (ns.exception === undefined)) {
        throw new ConfigError(`${field}.exception`, ns.exception ?? null, `must be given exactly when podSecurity is not "restricted" (it is "${ns.podSecurity}")`);
      }
      new k8s.KubeNamespace(this, ns.name, {
        metadata: {
          name: ns.name,
          labels: {
            'pod-security.kubernetes.io/enforce': ns.podSecurity,
            'pod-security.kubernetes.io/enforce-version': POD_SECURITY_VERSION,
            'pod-security.kubernetes.io/warn': ns.podSecurity,
            'pod-security.kubernetes.io/warn-version': POD_SECURITY_VERSION,
            'pod-security.kubernetes.io/audit': ns.podSecurity,
            'pod-security.kubernetes.io/audit-version': POD_SECURITY_VERSION,
          },
          annotations: {
            'observability-platform/purpose': ns.purpose,
            ...(ns.exception ? { [POD_SECURITY_EXCEPTION_ANNOTATION]: ns.exception } : {}),
          },
        },
      });
    });
  }
}
