/**
 * The environment contract. Each environment file is a literal that `satisfies` EnvironmentConfig,
 * built from `base.ts`. An absent optional block means "not deployed here". No logic lives in this
 * folder: rules are checked by the constructs the blocks are handed to (see main.ts).
 */
export const ENVIRONMENT_NAMES = ['dev', 'staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/**
 * Pinned versions, promoted together from one environment to the next (`npm run promote`).
 * Kept in `versions.json` so the promotion command can rewrite them safely.
 */
export interface VersionSet {
  /** Strimzi cluster operator image. */
  readonly strimziOperator: string;
  /** prometheus-operator image. */
  readonly prometheusOperator: string;
  /** ECK operator image. */
  readonly eckOperator: string;
}

export type { IngressSettings } from '../constructs/ui-ingress';
import type { IngressSettings } from '../constructs/ui-ingress';
export type { KafkaSettings } from '../charts/kafka';
import type { KafkaSettings } from '../charts/kafka';

export interface EnvironmentConfig {
  readonly name: EnvironmentName;
  /** Cluster name: the `cluster` label on metrics and logs. A DNS label. */
  readonly cluster: string;
  /** StorageClass for every persistent volume claim unless a component names its own. */
  readonly storageClass: string;
  readonly versions: VersionSet;
  /** How web UIs (Grafana, Kibana, Prometheus, Alertmanager, Spark) are exposed. */
  readonly ingress: IngressSettings;
  /** The log transport (Strimzi Kafka); rules are checked by KafkaCluster. */
  readonly kafka: KafkaSettings;
}
