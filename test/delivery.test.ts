import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LAYERS, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION, isCustomResource } from '../charts/platform-chart';
import { chartLayers } from '../render/kustomize';
import { objectId, type RenderedObject } from '../render/manifests';
import { kustomizeBuild } from '../tools/validators';
import { committedManifests, MANIFESTS } from './support/fixtures';

const tree = committedManifests();
const id = (r: RenderedObject) => objectId(r.object);
const synced = (objects: RenderedObject[]) => objects.filter((r) => r.object.metadata.annotations?.[SYNC_WAVE_ANNOTATION] !== undefined);
const of = (objects: RenderedObject[], kind: string) => objects.filter((r) => r.object.kind === kind).map((r) => r.object as any);

/**
 * Every folder the tests build, started together when the file loads (kustomize runs in child
 * processes, so the builds overlap one another and the tests' own work); each test awaits its own.
 */
const builds = new Map<string, Promise<string[]>>();
const build = (...dir: string[]) => builds.get(path.join(...dir))!;
for (const [env, objects] of tree) {
  const dirs = [[env], ...LAYERS.map((layer) => [env, 'layers', layer]), ...bootstrapCharts(objects).map((chart) => [env, chart])];
  for (const dir of dirs) {
    const promise = kustomizeBuild(path.join(MANIFESTS, ...dir));
    promise.catch(() => undefined); // awaited (and reported) by the test that needs it
    builds.set(path.join(MANIFESTS, ...dir), promise);
  }
}

/** The charts outside the Flux layers: the Argo CD and Flux bootstrap folders. */
function bootstrapCharts(objects: RenderedObject[]): string[] {
  return [...chartLayers(objects)].filter(([, layer]) => layer === undefined).map(([chart]) => chart);
}

describe.each([...tree])('delivery of %s', (env, objects) => {
  it('`kustomize build manifests/<env>` yields exactly the synced objects (what Argo CD applies)', async () => {
    expect(await build(MANIFESTS, env)).toEqual(synced(objects).map(id).sort());
  });

  it('the per-layer kustomizations (what Flux applies) partition the same objects, in wave order', async () => {
    const built = await Promise.all(LAYERS.map((layer) => build(MANIFESTS, env, 'layers', layer)));
    expect(built.flat().sort()).toEqual(synced(objects).map(id).sort());
    LAYERS.forEach((layer, wave) => {
      const inLayer = synced(objects).filter((r) => r.object.metadata.annotations![SYNC_WAVE_ANNOTATION] === String(wave));
      expect(built[wave], layer).toEqual(inLayer.map(id).sort());
    });
  });

  it('CRDs and namespaces come first; CRDs are applied server-side; custom resources skip the dry run', () => {
    for (const r of synced(objects)) {
      const annotations = r.object.metadata.annotations!;
      if (['CustomResourceDefinition', 'Namespace'].includes(r.object.kind)) expect(annotations[SYNC_WAVE_ANNOTATION], r.file).toBe('0');
      if (r.object.kind === 'CustomResourceDefinition') expect(annotations[SYNC_OPTIONS_ANNOTATION], r.file).toContain('ServerSideApply=true');
      if (isCustomResource(r.object.apiVersion)) {
        expect(annotations[SYNC_OPTIONS_ANNOTATION] ?? '', r.file).toContain('SkipDryRunOnMissingResource=true');
      }
    }
  });

  it('the bootstrap folders build on their own', async () => {
    const bootstrap = bootstrapCharts(objects);
    expect([...bootstrap].sort()).toEqual(['argocd', 'flux']);
    for (const chart of bootstrap) {
      expect(await build(MANIFESTS, env, chart)).toEqual(objects.filter((r) => r.file.startsWith(`${chart}/`)).map(id).sort());
    }
  });

  it('the Argo CD project allows exactly the namespaces and cluster-scoped kinds the platform renders', () => {
    const [project] = of(objects, 'AppProject');
    const namespaces = new Set(synced(objects).flatMap((r) => (r.object.kind === 'Namespace' ? [r.object.metadata.name] : r.object.metadata.namespace ? [r.object.metadata.namespace] : [])));
    expect(project.spec.destinations.map((d: { namespace: string }) => d.namespace).sort()).toEqual([...namespaces].sort());
    const clusterKinds = new Set(synced(objects).filter((r) => !r.object.metadata.namespace).map((r) => r.object.kind));
    expect(project.spec.clusterResourceWhitelist.map((k: { kind: string }) => k.kind).sort()).toEqual([...clusterKinds].sort());
    const [app] = of(objects, 'Application');
    expect(app.spec.source.path).toBe(`manifests/${env}`);
    expect(project.spec.sourceRepos).toEqual([app.spec.source.repoURL]);
  });

  it('Flux applies the layers in order, each waiting for health and depending on the one before', () => {
    const kustomizations = of(objects, 'Kustomization');
    expect(kustomizations.map((k) => k.metadata.name)).toEqual(expect.arrayContaining([...LAYERS]));
    LAYERS.forEach((layer, i) => {
      const k = kustomizations.find((x) => x.metadata.name === layer);
      expect(k.spec).toMatchObject({ path: `./manifests/${env}/layers/${layer}`, prune: true, wait: true });
      expect(k.spec.dependsOn).toEqual(i === 0 ? undefined : [{ name: LAYERS[i - 1] }]);
      expect(k.spec.healthCheckExprs.map((h: { kind: string }) => h.kind).sort()).toEqual(['Alertmanager', 'Elasticsearch', 'Kafka', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser', 'Kibana', 'Prometheus']);
    });
  });

  it('Argo CD knows how to judge the health of every kind its built-in rules misjudge', () => {
    const [cm] = of(objects, 'ConfigMap').filter((c) => c.metadata.name === 'argocd-cm');
    expect(Object.keys(cm.data).sort()).toEqual([
      'resource.customizations.health.elasticsearch.k8s.elastic.co_Elasticsearch',
      'resource.customizations.health.kafka.strimzi.io_Kafka',
      'resource.customizations.health.kafka.strimzi.io_KafkaNodePool',
      'resource.customizations.health.kafka.strimzi.io_KafkaTopic',
      'resource.customizations.health.kafka.strimzi.io_KafkaUser',
      'resource.customizations.health.kibana.k8s.elastic.co_Kibana',
      'resource.customizations.health.monitoring.coreos.com_Alertmanager',
      'resource.customizations.health.monitoring.coreos.com_Prometheus',
    ]);
  });
});

describe('the kustomization check', () => {
  it('fails when a rendered object is missing from its chart kustomization', async () => {
    // One chart folder is enough: the environment's kustomization only lists the chart folders.
    const copy = mkdtempSync(path.join(os.tmpdir(), 'kustomize-'));
    try {
      cpSync(path.join(MANIFESTS, 'dev', 'namespaces'), copy, { recursive: true });
      const file = path.join(copy, 'kustomization.yaml');
      const k = parse(readFileSync(file, 'utf8')) as { resources: string[] };
      const inChart = tree.get('dev')!.filter((r) => r.file.startsWith('namespaces/')).map(id).sort();
      expect(await kustomizeBuild(copy)).toEqual(inChart);
      writeFileSync(file, JSON.stringify({ ...k, resources: k.resources.slice(1) }));
      const built = await kustomizeBuild(copy);
      expect(built).not.toEqual(inChart);
      expect(built).toHaveLength(inChart.length - 1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
