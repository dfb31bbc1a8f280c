import { Chart, Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import * as monitoring from '../imports/monitoring.coreos.com';
import { clusterScoped } from './cluster-scoped';
import { ConfigError, requireDnsLabel, requireDnsSubdomain, requireInteger } from './config-error';
import { requirePinnedImage, sizeQuantity, type ResourceSpec } from './hardening';
import { LABEL, PART_OF, selectorLabels } from './labels';
import { imageTag, OPERATOR_POD_SECURITY, OperatorService, operatorPodMetadata, operatorResources, persistentStorage } from './operator-managed';

export interface PrometheusServerProps {
  /** Prometheus CR name; the operator names the StatefulSet `prometheus-<name>`. @default 'platform' */
  readonly name?: string;
  /** Pinned Prometheus image. */
  readonly image: string;
  readonly replicas: number;
  /** Time-based retention, a Prometheus duration such as `15d`. */
  readonly retention: string;
  /** Size-based retention; must leave at least 10% of `storage` free for the WAL and compaction. */
  readonly retentionSize: Size;
  /** Persistent volume per replica. */
  readonly storage: Size;
  readonly storageClass: string;
  readonly resources: ResourceSpec;
  /** Added to every series and alert; the environment and cluster names. */
  readonly externalLabels: Record<string, string>;
  /** Where Prometheus sends alerts: the Alertmanager Service in this namespace. */
  readonly alertmanagerService: { readonly name: string; readonly port: string };
  /** The URL people reach the UI at (links in alerts). @default none */
  readonly externalUrl?: string;
}

/** Prometheus duration units (prometheus/common model.ParseDuration), largest first, in milliseconds. */
const DURATION_UNITS: readonly (readonly [string, number])[] = [
  ['y', 365 * 86_400_000], ['w', 7 * 86_400_000], ['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1],
];
/** time.Duration's limit in nanoseconds: ParseDuration refuses more ("duration out of range"). */
const MAX_DURATION_NS = 2n ** 63n - 1n;

/**
 * Milliseconds of a Prometheus duration, or undefined where Prometheus refuses it: the grammar of
 * prometheus/common v0.65.0 model.ParseDuration (what Prometheus 3.5.0 parses
 * `--storage.tsdb.retention.time` with): "0", or numbers each followed by one of y w d h m s ms, every
 * unit at most once and from the largest to the smallest, in all at most 2^63-1 ns. Checked against
 * promtool by test/environment-consumers.test.ts.
 */
export function prometheusDurationMillis(text: string): number | undefined {
  if (text === '0') return 0;
  const parts = /^(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?(?:([0-9]+)ms)?$/.exec(text);
  if (!parts || text === '') return undefined;
  // In BigInt nanoseconds, as upstream counts: the amounts can exceed 2^53.
  let ns = 0n;
  for (const [i, [, size]] of DURATION_UNITS.entries()) {
    const amount = parts[i + 1];
    if (amount === undefined) continue;
    ns += BigInt(amount) * BigInt(size) * 1_000_000n;
    if (ns > MAX_DURATION_NS) return undefined;
  }
  return Number(ns / 1_000_000n);
}

/** A retention Prometheus keeps data for: a duration above zero (`0d` and `0s` mean no time limit). */
export function isPrometheusRetention(text: string): boolean {
  const ms = prometheusDurationMillis(text);
  return ms !== undefined && ms > 0;
}
/** Share of the volume that size-based retention may fill: the WAL and compaction need the rest. */
export const RETENTION_DISK_SHARE = 0.9;

/** The `retentionSize` quantity Prometheus understands (binary units: `45GiB`). */
function retentionQuantity(size: Size): string {
  return sizeQuantity(size).replace(/([KMG]i)$/, '$1B');
}

/**
 * A Prometheus server managed by prometheus-operator: its CR, ServiceAccount and read-only RBAC for
 * discovery, and a Service for the UI and self-scraping. It selects ServiceMonitors, PodMonitors
 * and PrometheusRules from every namespace that carries the platform's `part-of` label, when the
 * object carries it too (every chart sets it on every object).
 */
export class PrometheusServer extends Construct {
  readonly name: string;
  /** Labels the operator puts on this server's pods (for Services and NetworkPolicies). */
  readonly podLabels: Record<string, string>;
  /** Labels of the Service, for a ServiceMonitor's selector. */
  readonly serviceLabels: Record<string, string>;
  readonly serviceName = 'prometheus';
  readonly webPort = 9090;
  readonly reloaderPort = 8080;

  constructor(scope: Construct, id: string, props: PrometheusServerProps) {
    super(scope, id);
    this.name = props.name ?? 'platform';
    requireDnsLabel('name', this.name);
    requirePinnedImage('image', props.image);
    requireInteger('replicas', props.replicas, 1);
    requireDnsSubdomain('storageClass', props.storageClass);
    if (!isPrometheusRetention(props.retention)) throw new ConfigError('retention', props.retention, 'must be a Prometheus duration above zero such as "15d" or "12h"');
    const storageMiB = props.storage.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
    const retentionMiB = props.retentionSize.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
    if (storageMiB <= 0) throw new ConfigError('storage', sizeQuantity(props.storage), 'must be greater than zero');
    if (retentionMiB <= 0 || retentionMiB > storageMiB * RETENTION_DISK_SHARE) {
      throw new ConfigError('retentionSize', sizeQuantity(props.retentionSize),
        `must be greater than zero and at most ${RETENTION_DISK_SHARE * 100}% of storage (${sizeQuantity(props.storage)}): the WAL and compaction need the rest`);
    }

    const namespace = Chart.of(this).namespace;
    const identity = { name: 'prometheus', instance: this.name, component: 'metrics-server', version: imageTag(props.image) };
    this.podLabels = { [LABEL.name]: 'prometheus', [LABEL.instance]: this.name };

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: `prometheus-${this.name}` }, automountServiceAccountToken: true });
    clusterScoped(new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: { name: `prometheus-${this.name}` },
      rules: [
        { apiGroups: [''], resources: ['nodes', 'nodes/metrics', 'services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
        { nonResourceUrLs: ['/metrics', '/metrics/slis'], verbs: ['get'] },
      ],
    }));
    clusterScoped(new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { name: `prometheus-${this.name}` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `prometheus-${this.name}` },
      subjects: [{ kind: 'ServiceAccount', name: `prometheus-${this.name}`, namespace }],
    }));

    const platform = { matchLabels: { [LABEL.partOf]: PART_OF } };
    new monitoring.Prometheus(this, 'Resource', {
      metadata: { name: this.name },
      spec: {
        image: props.image,
        version: imageTag(props.image),
        replicas: props.replicas,
        serviceAccountName: `prometheus-${this.name}`,
        podMetadata: operatorPodMetadata(identity),
        securityContext: OPERATOR_POD_SECURITY,
        resources: operatorResources('resources', props.resources, monitoring.PrometheusSpecResourcesLimits.fromString),
        retention: props.retention,
        retentionSize: retentionQuantity(props.retentionSize),
        storage: persistentStorage(props.storageClass, props.storage, monitoring.PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString),
        externalLabels: props.externalLabels,
        ...(props.externalUrl ? { externalUrl: props.externalUrl } : {}),
        serviceMonitorSelector: platform,
        serviceMonitorNamespaceSelector: platform,
        podMonitorSelector: platform,
        podMonitorNamespaceSelector: platform,
        ruleSelector: platform,
        ruleNamespaceSelector: platform,
        alerting: {
          alertmanagers: [{
            namespace,
            name: props.alertmanagerService.name,
            port: monitoring.PrometheusSpecAlertingAlertmanagersPort.fromString(props.alertmanagerService.port),
            apiVersion: monitoring.PrometheusSpecAlertingAlertmanagersApiVersion.V2,
          }],
        },
      },
    });

    new OperatorService(this, 'Service', { name: this.serviceName, identity, podLabels: this.podLabels, ports: { web: this.webPort, 'reloader-web': this.reloaderPort } });
    this.serviceLabels = selectorLabels(identity);
  }
}
