import type * as k8s from '../imports/k8s';

/** Node label that carries the zone on every cloud provider (Kubernetes well-known label). */
export const ZONE_LABEL = 'topology.kubernetes.io/zone';
/** Node label that carries the node's name (Kubernetes well-known label). */
export const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/** The pod-spec fields `spreadReplicas` sets. */
export type ReplicaSpread = Pick<k8s.PodSpec, 'affinity' | 'topologySpreadConstraints'>;

/**
 * Scheduling fields for interchangeable replicas of one workload, selected by `podLabels`: a
 * preferred podAntiAffinity on the node name (two replicas on one node only when nothing else
 * fits) and, with `zones`, an even spread over zones.
 *
 * Both are preferences. The replicas are stateless and interchangeable (Kafka consumers whose
 * partitions the group rebalances over whoever runs, Spark workers the master hands executors to):
 * during a zone outage the lost replicas must start in the remaining zones. `DoNotSchedule` would
 * leave them Pending instead: while the failed zone's nodes are still registered (NotReady,
 * tainted) the scheduler counts them as a domain with no replicas, so every placement elsewhere
 * exceeds `maxSkew`. `ScheduleAnyway` still places them evenly whenever every zone has room.
 * (Kafka brokers differ: their volumes and `broker.rack` tie them to a zone, so their pools use
 * `DoNotSchedule`; see KafkaCluster.)
 */
export function spreadReplicas(podLabels: Readonly<Record<string, string>>, options: { readonly zones: boolean }): ReplicaSpread {
  const antiAffinity: k8s.WeightedPodAffinityTerm = { weight: 100, podAffinityTerm: { topologyKey: HOSTNAME_LABEL, labelSelector: { matchLabels: { ...podLabels } } } };
  const zoneSpread: k8s.TopologySpreadConstraint = { maxSkew: 1, topologyKey: ZONE_LABEL, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { ...podLabels } } };
  return {
    affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [antiAffinity] } },
    ...(options.zones ? { topologySpreadConstraints: [zoneSpread] } : {}),
  };
}
