import { describe, expect, it } from 'vitest';
import { renderEnvironment } from '../main';
import { HOSTNAME_LABEL, spreadReplicas, ZONE_LABEL } from '../constructs/spread';
import { dev, prod, staging, type EnvironmentConfig } from '../environments';

/** The replicated consumers spread with spreadReplicas(), as `namespace/name` (the aggregator is one of the two kinds). */
const CONSUMERS = ['logging/fluent-bit-aggregator', 'logging/logstash-aggregator', 'influxdb/telegraf-consumer', 'spark/spark-worker'];
/** The consumers prod and staging render (both aggregate with Logstash). */
const PROD_CONSUMERS = ['logging/logstash-aggregator', 'influxdb/telegraf-consumer', 'spark/spark-worker'];
const STAGING_CONSUMERS = ['logging/logstash-aggregator', 'influxdb/telegraf-consumer', 'spark/spark-worker'];

/** The environment's Deployments and StatefulSets among CONSUMERS, by `namespace/name`. */
function consumers(env: EnvironmentConfig): Map<string, any> {
  const objects = [...renderEnvironment(env).values()][0].map((r) => r.object as any);
  const deployments = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet').map((o) => [`${o.metadata.namespace}/${o.metadata.name}`, o] as const);
  return new Map(deployments.filter(([key]) => CONSUMERS.includes(key)));
}

/** True when every label of `matchLabels` is on the pod: the selector picks the workload's own pods. */
function selects(matchLabels: Record<string, string>, podLabels: Record<string, string>): boolean {
  return Object.entries(matchLabels).every(([key, value]) => podLabels[key] === value);
}

/** Topology keys of the preferred pod anti-affinity terms that select the Deployment's own pods (what kube-score checks). */
function antiAffinityKeys(deployment: any): string[] {
  const terms: any[] = deployment.spec.template.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return terms.filter((t) => selects(t.podAffinityTerm.labelSelector.matchLabels, deployment.spec.template.metadata.labels)).map((t) => t.podAffinityTerm.topologyKey);
}

const zoneConstraints = (deployment: any): any[] => (deployment.spec.template.spec.topologySpreadConstraints ?? []).filter((c: any) => c.topologyKey === ZONE_LABEL);

describe('spreadReplicas', () => {
  it('prefers distinct nodes always and adds an even zone spread that never blocks scheduling only when asked', () => {
    const labels = { app: 'x' };
    expect(spreadReplicas(labels, { zones: false })).toEqual({
      affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels } } }] } },
    });
    expect(spreadReplicas(labels, { zones: true }).topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels } },
    ]);
  });
});

describe('replicated consumers', () => {
  it('in prod prefer distinct nodes and spread evenly over zones', () => {
    const rendered = consumers(prod);
    expect([...rendered.keys()].sort()).toEqual([...PROD_CONSUMERS].sort());
    for (const [key, deployment] of rendered) {
      expect(deployment.spec.replicas, key).toBeGreaterThan(1);
      expect(antiAffinityKeys(deployment), key).toEqual([HOSTNAME_LABEL]);
      expect(zoneConstraints(deployment), key).toEqual([
        { maxSkew: 1, topologyKey: ZONE_LABEL, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: deployment.spec.selector.matchLabels } },
      ]);
    }
  });

  it.each([
    ['staging', staging, STAGING_CONSUMERS],
    ['dev', dev, ['logging/fluent-bit-aggregator', 'spark/spark-worker']],
  ])('in %s prefer distinct nodes and are not spread over zones', (_name, env, expected) => {
    const rendered = consumers(env);
    expect([...rendered.keys()].sort()).toEqual([...expected].sort());
    for (const [key, deployment] of rendered) {
      expect(antiAffinityKeys(deployment), key).toEqual([HOSTNAME_LABEL]);
      expect(zoneConstraints(deployment), key).toEqual([]);
    }
  });

  it('follow the environment\'s zoneSpread switch', () => {
    const rendered = consumers({ ...staging, zoneSpread: true });
    expect(rendered.size).toBe(STAGING_CONSUMERS.length);
    for (const [key, deployment] of rendered) expect(zoneConstraints(deployment), key).toHaveLength(1);
  });
});
