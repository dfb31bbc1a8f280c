import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LAYERS, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION, isCustomResource } from '../charts/platform-chart';
import { chartLayers } from '../render/kustomize';
import { loadManifests, type RenderedObject } from '../render/manifests';
import { kustomizeBuild } from '../tools/validators';
import { MANIFESTS } from './support/fixtures';

const tree = loadManifests(MANIFESTS);
const id = (r: RenderedObject) => `${r.object.kind}/${r.object.metadata.namespace ?? ''}/${r.object.metadata.name}`;
const synced = (objects: RenderedObject[]) => objects.filter((r) => r.object.metadata.annotations?.[SYNC_WAVE_ANNOTATION] !== undefined);
const of = (objects: RenderedObject[], kind: string) => objects.filter((r) => r.object.kind === kind).map((r) => r.object as any);

describe.each([...tree])('delivery of %s', (env, objects) => {
  it('`kustomize build manifests/<env>` yields exactly the synced objects (what Argo CD applies)', () => {
    expect(kustomizeBuild(path.join(MANIFESTS, env))).toEqual(synced(objects).map(id).sort());
  });

  it('the per-layer kustomizations (what Flux applies) partition the same objects, in wave order', () => {
    const built = LAYERS.map((layer) => kustomizeBuild(path.join(MANIFESTS, env, 'layers', layer)));
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

  it('the bootstrap folders build on their own', () => {
    const bootstrap = [...chartLayers(objects)].filter(([, layer]) => layer === undefined).map(([chart]) => chart);
    expect(bootstrap.sort()).toEqual(['argocd', 'flux']);
    for (const chart of bootstrap) {
      expect(kustomizeBuild(path.join(MANIFESTS, env, chart))).toEqual(objects.filter((r) => r.file.startsWith(`${chart}/`)).map(id).sort());
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
      expect(k.spec.healthCheckExprs.map((h: { kind: string }) => h.kind).sort()).toEqual(['Alertmanager', 'KafkaNodePool', 'Kibana']);
    });
  });

  it('Argo CD knows how to judge KafkaNodePool, Kibana and Alertmanager health', () => {
    const [cm] = of(objects, 'ConfigMap').filter((c) => c.metadata.name === 'argocd-cm');
    expect(Object.keys(cm.data).sort()).toEqual([
      'resource.customizations.health.kafka.strimzi.io_KafkaNodePool',
      'resource.customizations.health.kibana.k8s.elastic.co_Kibana',
      'resource.customizations.health.monitoring.coreos.com_Alertmanager',
    ]);
  });
});

describe('the kustomization check', () => {
  it('fails when a rendered object is missing from its chart kustomization', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'kustomize-'));
    try {
      cpSync(path.join(MANIFESTS, 'dev'), copy, { recursive: true });
      const file = path.join(copy, 'namespaces', 'kustomization.yaml');
      const k = parse(readFileSync(file, 'utf8')) as { resources: string[] };
      writeFileSync(file, JSON.stringify({ ...k, resources: k.resources.slice(1) }));
      const objects = tree.get('dev')!;
      expect(kustomizeBuild(copy)).not.toEqual(synced(objects).map(id).sort());
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
