/**
 * kustomization.yaml files for the rendered tree, so Argo CD, Flux and `kustomize build` all see the
 * same object set:
 * - `<env>/<chart>/kustomization.yaml` lists the chart's files;
 * - `<env>/kustomization.yaml` lists every synced chart (what Argo CD's Application builds);
 * - `<env>/layers/<layer>/kustomization.yaml` lists the charts of one layer (one Flux
 *   Kustomization each, chained with `dependsOn`).
 * A chart's layer is read from its objects' sync-wave annotation; charts without one are bootstrap
 * charts (the delivery objects themselves), applied once by hand and listed nowhere else.
 */
import { LAYERS, SYNC_WAVE_ANNOTATION, type SyncedLayer } from '../charts/platform-chart';
import { toYaml, type RenderedObject } from './manifests';

const KUSTOMIZATION = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };

/** chart folder → its layer (undefined for bootstrap charts); throws on a chart that mixes layers. */
export function chartLayers(objects: readonly RenderedObject[]): Map<string, SyncedLayer | undefined> {
  const layers = new Map<string, SyncedLayer | undefined>();
  for (const { file, object } of objects) {
    const chart = file.split('/')[0];
    const wave = object.metadata.annotations?.[SYNC_WAVE_ANNOTATION];
    const layer = wave === undefined ? undefined : LAYERS[Number(wave)];
    if (layers.has(chart) && layers.get(chart) !== layer) throw new Error(`chart ${chart} mixes layers ${layers.get(chart)} and ${layer}`);
    layers.set(chart, layer);
  }
  return new Map([...layers].sort(([a], [b]) => a.localeCompare(b)));
}

/** Relative path → content of every kustomization.yaml of one environment. */
export function kustomizationFiles(objects: readonly RenderedObject[]): Record<string, string> {
  const files: Record<string, string> = {};
  const layers = chartLayers(objects);
  for (const chart of layers.keys()) {
    const resources = objects.filter((r) => r.file.startsWith(`${chart}/`)).map((r) => r.file.slice(chart.length + 1)).sort();
    files[`${chart}/kustomization.yaml`] = toYaml({ ...KUSTOMIZATION, resources });
  }
  const synced = [...layers].filter(([, layer]) => layer !== undefined).map(([chart]) => chart);
  files['kustomization.yaml'] = toYaml({ ...KUSTOMIZATION, resources: synced });
  for (const layer of LAYERS) {
    const charts = synced.filter((chart) => layers.get(chart) === layer);
    files[`layers/${layer}/kustomization.yaml`] = toYaml({ ...KUSTOMIZATION, resources: charts.map((c) => `../../${c}`) });
  }
  return files;
}
