import { describe, expect, it } from 'vitest';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { podsOf, type Pods } from '../render/workload-pods';
import { committedManifests } from './support/fixtures';

const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

/** Long-running pod sets a monitor should scrape: workloads but Jobs, and operator-managed clusters (see OPERATOR_PODS). */
function podsToScrape(objects: readonly RenderedObject[]): Pods[] {
  return podsOf(objects).filter((p) => !p.notScraped && !RUN_TO_COMPLETION.has(p.kind));
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** Files of the pod sets that no monitor selected by a rendered Prometheus scrapes. */
function unmonitored(objects: readonly RenderedObject[]): string[] {
  const pods = podsToScrape(objects);
  const byKind = (kind: string) => objects.filter((r) => r.object.kind === kind).map((r) => r.object);
  const namespaceLabels = new Map(byKind('Namespace').map((n) => [n.metadata.name, n.metadata.labels ?? {}]));
  const prometheuses = byKind('Prometheus').map((p) => p.spec as Record<string, { matchLabels?: Record<string, string> } | undefined>);
  const selected = (monitor: KubeObject, kind: 'serviceMonitor' | 'podMonitor') => prometheuses.some((spec) =>
    matches(spec[`${kind}Selector`]?.matchLabels ?? {}, monitor.metadata.labels) &&
    matches(spec[`${kind}NamespaceSelector`]?.matchLabels ?? {}, namespaceLabels.get(monitor.metadata.namespace ?? '')));
  const covered = new Set<Pods>();
  const inNamespaces = (monitor: KubeObject) => {
    const sel = (monitor.spec as { namespaceSelector?: { matchNames?: string[]; any?: boolean } }).namespaceSelector;
    return (ns: string) => sel?.any === true || (sel?.matchNames ?? [monitor.metadata.namespace]).includes(ns);
  };

  for (const monitor of byKind('ServiceMonitor').filter((m) => selected(m, 'serviceMonitor'))) {
    const spec = monitor.spec as { selector: { matchLabels?: Record<string, string> }; endpoints: Array<{ port?: string }> };
    const services = byKind('Service').filter((s) => inNamespaces(monitor)(s.metadata.namespace ?? '') && matches(spec.selector.matchLabels, s.metadata.labels));
    for (const service of services) {
      const svc = service.spec as { selector?: Record<string, string>; ports?: Array<{ name?: string; targetPort?: string | number }> };
      for (const endpoint of spec.endpoints) {
        const port = svc.ports?.find((p) => p.name === endpoint.port);
        if (!port) continue;
        const target = typeof port.targetPort === 'string' ? port.targetPort : undefined;
        pods.filter((p) => p.namespace === service.metadata.namespace && matches(svc.selector, p.labels) && (!target || target in p.ports))
          .forEach((p) => covered.add(p));
      }
    }
  }
  for (const monitor of byKind('PodMonitor').filter((m) => selected(m, 'podMonitor'))) {
    const spec = monitor.spec as { selector: { matchLabels?: Record<string, string> }; podMetricsEndpoints: Array<{ port?: string }> };
    pods.filter((p) => inNamespaces(monitor)(p.namespace) && matches(spec.selector.matchLabels, p.labels) && spec.podMetricsEndpoints.some((e) => e.port && e.port in p.ports))
      .forEach((p) => covered.add(p));
  }
  return pods.filter((p) => !covered.has(p)).map((p) => p.owner);
}

const tree = committedManifests();

describe('metrics coverage', () => {
  it.each([...tree.keys()])('%s: every workload and operator-managed cluster is scraped by a monitor a Prometheus selects', (env) => {
    expect(unmonitored(tree.get(env)!)).toEqual([]);
  });

  it.each([...tree.keys()])('%s: the modelled operator-managed clusters are counted', (env) => {
    const owners = podsToScrape(tree.get(env)!).map((p) => p.owner);
    expect(owners).toEqual(expect.arrayContaining(['monitoring/Prometheus.platform.yaml', 'monitoring/Alertmanager.platform.yaml']));
  });

  const without = (predicate: (r: RenderedObject) => boolean) => tree.get('prod')!.filter((r) => !predicate(r));

  it('fails when a workload has no monitor', () => {
    expect(unmonitored(without((r) => r.file === 'monitoring/ServiceMonitor.kube-state-metrics.yaml'))).toEqual(['monitoring/Deployment.kube-state-metrics.yaml']);
  });

  it('fails when an operator-managed cluster has no monitor', () => {
    expect(unmonitored(without((r) => r.file === 'monitoring/ServiceMonitor.alertmanager.yaml'))).toEqual(['monitoring/Alertmanager.platform.yaml']);
  });

  it('fails when no Prometheus selects the monitors', () => {
    expect(unmonitored(without((r) => r.object.kind === 'Prometheus')).length).toBeGreaterThan(0);
  });
});
