import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ARGOCD_INSTALLED_CM, ARGOCD_NAMESPACE, FLUX_NAMESPACE } from '../charts/delivery';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';

/**
 * The bootstrap objects (manifests/<env>/{argocd,flux}) are applied into namespaces the delivery
 * tools' installs own. They must not change the metadata those controllers select objects by.
 */

/** Objects Argo CD's v3.5.1 install creates that a bootstrap object may merge into (vendored unmodified). */
const INSTALLED: readonly KubeObject[] = parseAllDocuments(readFileSync(ARGOCD_INSTALLED_CM, 'utf8'))
  .map((d) => d.toJSON() as KubeObject)
  .map((o) => ({ ...o, metadata: { ...o.metadata, namespace: ARGOCD_NAMESPACE } }));

interface SelectorRule {
  /** Upstream source file (at the deployed tag) the rule is read from. */
  readonly source: string;
  readonly applies: (o: KubeObject) => boolean;
  readonly problem: (o: KubeObject) => string | undefined;
}

const label = (o: KubeObject, key: string) => o.metadata.labels?.[key];
const annotation = (o: KubeObject, key: string) => o.metadata.annotations?.[key];

/** What the installed controllers select on, from their sources. */
const SELECTOR_RULES: readonly SelectorRule[] = [
  {
    // The settings manager's ConfigMap and Secret informers list `app.kubernetes.io/part-of=argocd` only.
    source: 'argoproj/argo-cd v3.5.1 util/settings/settings.go (partOfArgoCDSelector, isSettingsObject)',
    applies: (o) => o.metadata.namespace === ARGOCD_NAMESPACE && ['ConfigMap', 'Secret'].includes(o.kind),
    problem: (o) => (label(o, 'app.kubernetes.io/part-of') === 'argocd' ? undefined : `app.kubernetes.io/part-of is "${label(o, 'app.kubernetes.io/part-of')}", Argo CD reads only part-of=argocd`),
  },
  {
    // The application controller leaves Applications with this annotation alone.
    source: 'argoproj/argo-cd v3.5.1 common/common.go (AnnotationKeyAppSkipReconcile)',
    applies: (o) => o.kind === 'Application',
    problem: (o) => (annotation(o, 'argocd.argoproj.io/skip-reconcile') === undefined ? undefined : 'argocd.argoproj.io/skip-reconcile stops the controller'),
  },
  {
    // kustomize-controller skips objects annotated `kustomize.toolkit.fluxcd.io/reconcile: disabled`.
    source: 'fluxcd/kustomize-controller v1.9.4 internal/controller/kustomization_controller.go (<group>/reconcile: DisabledValue)',
    applies: (o) => o.metadata.namespace === FLUX_NAMESPACE,
    problem: (o) => (annotation(o, 'kustomize.toolkit.fluxcd.io/reconcile') === 'disabled' ? 'kustomize.toolkit.fluxcd.io/reconcile: disabled stops the controller' : undefined),
  },
  {
    // Flux controllers watch objects matching --watch-label-selector; sharded installs select on
    // sharding.fluxcd.io/ labels, so one on a bootstrap object would hand it to a shard.
    source: 'fluxcd/pkg runtime/v0.110.1 runtime/controller/watch.go (--watch-label-selector)',
    applies: (o) => o.metadata.namespace === FLUX_NAMESPACE,
    problem: (o) => {
      const keys = Object.keys(o.metadata.labels ?? {}).filter((k) => k.startsWith('sharding.fluxcd.io/'));
      return keys.length > 0 ? `${keys.join(', ')} hands the object to a controller shard` : undefined;
    },
  },
];

const sameObject = (a: KubeObject, b: KubeObject) =>
  a.kind === b.kind && a.metadata.name === b.metadata.name && a.metadata.namespace === b.metadata.namespace;

/** Every way the bootstrap objects change the identity of what the controllers installed or select. */
function identityProblems(objects: readonly RenderedObject[]): string[] {
  const bootstrap = objects.filter((r) => r.file.startsWith('argocd/') || r.file.startsWith('flux/'));
  const problems: string[] = [];
  for (const { file, object } of bootstrap) {
    for (const installed of INSTALLED.filter((i) => sameObject(i, object))) {
      for (const field of ['labels', 'annotations'] as const) {
        for (const [key, value] of Object.entries(installed.metadata[field] ?? {})) {
          const rendered = object.metadata[field]?.[key];
          if (rendered !== value) problems.push(`${file}: ${field} ${key} is ${JSON.stringify(rendered)}, the install sets "${value}"`);
        }
      }
    }
    for (const rule of SELECTOR_RULES.filter((r) => r.applies(object))) {
      const problem = rule.problem(object);
      if (problem) problems.push(`${file}: ${problem} (${rule.source})`);
    }
  }
  return problems;
}

const tree = committedManifests();

describe.each([...tree])('bootstrap objects of %s', (_env, objects) => {
  it('keep every label and annotation the installed controllers select on', () => {
    expect(identityProblems(objects)).toEqual([]);
  });

  it('merge into the installed argocd-cm: its labels unchanged, only health-check keys added', () => {
    const cm = objects.find((r) => r.file === 'argocd/ConfigMap.argocd-cm.yaml')!.object as KubeObject & { data: Record<string, string> };
    const [installed] = INSTALLED;
    expect(cm.metadata.labels).toMatchObject(installed.metadata.labels!);
    expect(Object.keys(cm.data).every((k) => k.startsWith('resource.customizations.health.'))).toBe(true);
  });
});

describe('the identity check', () => {
  const objects = tree.get('dev')!;
  const withLabels = (file: string, labels: Record<string, string>, annotations?: Record<string, string>) =>
    objects.map((r) =>
      r.file === file
        ? { ...r, object: { ...r.object, metadata: { ...r.object.metadata, labels: { ...r.object.metadata.labels, ...labels }, annotations: { ...r.object.metadata.annotations, ...annotations } } } }
        : r,
    );

  it('fails on an argocd-cm labelled part-of the platform (what Argo CD then cannot see)', () => {
    const problems = identityProblems(withLabels('argocd/ConfigMap.argocd-cm.yaml', { 'app.kubernetes.io/part-of': 'observability-platform' }));
    expect(problems).toContain('argocd/ConfigMap.argocd-cm.yaml: labels app.kubernetes.io/part-of is "observability-platform", the install sets "argocd"');
    expect(problems.some((p) => p.includes('Argo CD reads only part-of=argocd'))).toBe(true);
  });

  it('fails on an argocd-cm that drops a label the install sets', () => {
    const stripped = objects.map((r) => {
      if (r.file !== 'argocd/ConfigMap.argocd-cm.yaml') return r;
      const { 'app.kubernetes.io/name': _, ...labels } = r.object.metadata.labels!;
      return { ...r, object: { ...r.object, metadata: { ...r.object.metadata, labels } } };
    });
    expect(identityProblems(stripped)).toEqual(['argocd/ConfigMap.argocd-cm.yaml: labels app.kubernetes.io/name is undefined, the install sets "argocd-cm"']);
  });

  it('fails on a Kustomization disabled for reconciliation or sent to a shard', () => {
    const problems = identityProblems(withLabels('flux/Kustomization.platform.yaml', { 'sharding.fluxcd.io/key': 'shard1' }, { 'kustomize.toolkit.fluxcd.io/reconcile': 'disabled' }));
    expect(problems).toHaveLength(2);
  });
});
