import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';

/**
 * The labels an Elasticsearch alert reaches Alertmanager with. Prometheus applies a scrape's
 * metricRelabelings to every series (prometheus/model/relabel: `replace` copies the source labels
 * into the target label, `labeldrop` removes matching label names), and adds its external labels
 * to an alert only where the alert does not already have the label (prometheus/rules + notifier:
 * external labels never overwrite). The exporter labels its cluster series `cluster=<ES cluster name>`.
 */

type Obj = { kind: string; metadata: { name: string }; spec: any };
const tree = committedManifests();
const objs = (rendered: readonly RenderedObject[]) => rendered.map((r) => r.object as unknown as Obj);

interface Relabel { sourceLabels?: string[]; targetLabel?: string; action?: string; regex?: string; separator?: string; replacement?: string }
function relabel(labels: Record<string, string>, rules: readonly Relabel[]): Record<string, string> {
  let out = { ...labels };
  for (const r of rules) {
    const action = r.action ?? 'replace';
    if (action === 'replace') {
      const value = (r.sourceLabels ?? []).map((l) => out[l] ?? '').join(r.separator ?? ';');
      const m = new RegExp(`^(?:${r.regex ?? '(.*)'})$`).exec(value);
      if (m && r.targetLabel) {
        const v = (r.replacement ?? '$1').replace(/\$(\d+)/g, (_, i: string) => m[Number(i)] ?? '');
        if (v === '') delete out[r.targetLabel]; else out[r.targetLabel] = v;
      }
    } else if (action === 'labeldrop') {
      const re = new RegExp(`^(?:${r.regex})$`);
      out = Object.fromEntries(Object.entries(out).filter(([k]) => !re.test(k)));
    } else throw new Error(`no model of relabel action ${action}`);
  }
  return out;
}

/** The labels of an alert on an exporter series, as Alertmanager receives it. */
export function alertLabels(objects: Obj[]): Record<string, string> {
  const monitor = objects.find((o) => o.kind === 'ServiceMonitor' && /-es-exporter$/.test(o.metadata.name));
  const prometheus = objects.find((o) => o.kind === 'Prometheus');
  if (!monitor || !prometheus) throw new Error('exporter ServiceMonitor or Prometheus not rendered');
  const series = { __name__: 'elasticsearch_cluster_health_status', cluster: 'logs', color: 'red', job: monitor.metadata.name };
  const stored = relabel(series, monitor.spec.endpoints[0].metricRelabelings ?? []);
  return { ...prometheus.spec.externalLabels, ...stored };
}

describe('Elasticsearch alert labels', () => {
  it.each([...tree.keys()])('%s: alerts carry the environment\'s cluster external label, the Elasticsearch cluster as es_cluster', (env) => {
    const objects = objs(tree.get(env)!);
    const prometheus = objects.find((o) => o.kind === 'Prometheus')!;
    expect(alertLabels(objects)).toMatchObject({ cluster: prometheus.spec.externalLabels.cluster, es_cluster: 'logs' });
  });
  it('fails when the exporter\'s cluster label is stored as it comes (it shadows the external label)', () => {
    const objects = objs(tree.get('prod')!).map((o) => (o.kind === 'ServiceMonitor' && /-es-exporter$/.test(o.metadata.name)
      ? { ...o, spec: { ...o.spec, endpoints: [{ ...o.spec.endpoints[0], metricRelabelings: undefined }] } } : o));
    expect(alertLabels(objects).cluster).toBe('logs');
  });
});
