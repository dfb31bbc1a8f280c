import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject, RenderedObject } from '../render/manifests';
import { tool } from '../tools/index';
import { committedManifests } from './support/fixtures';

/**
 * The rendered health checks, run by tools/go/healthchecks in the interpreters that run them in the
 * cluster: Argo CD v3.5.1's gopher-lua set-up and kustomize-controller v1.9.4's CEL status evaluator
 * (fluxcd/pkg runtime/cel), on the states the operators really write (test/healthchecks/*.yaml, each
 * naming the operator source it follows). Every sample has one expected verdict; both tools must
 * give it.
 */

type ArgoVerdict = 'Healthy' | 'Progressing' | 'Degraded';
interface Sample {
  readonly name: string;
  readonly expect: ArgoVerdict;
  readonly object: KubeObject & { status?: unknown };
}
interface Verdict {
  readonly status: string;
  readonly message?: string;
  readonly error?: string;
}
interface Result {
  readonly name: string;
  readonly argocd: Verdict;
  readonly flux: Verdict;
}

/** The same judgement in Flux's kstatus vocabulary. */
const FLUX_VERDICT: Record<ArgoVerdict, string> = { Healthy: 'Current', Progressing: 'InProgress', Degraded: 'Failed' };

const FIXTURES = path.join(__dirname, 'healthchecks');
const samples: Sample[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Sample[]).map((s) => ({ ...s, name: `${f}: ${s.name}` })));

/** What the delivery bootstrap renders: argocd-cm's data and the Flux Kustomizations' healthCheckExprs. */
function renderedChecks(objects: readonly RenderedObject[]) {
  const cm = objects.find((r) => r.object.kind === 'ConfigMap' && r.object.metadata.name === 'argocd-cm')!.object as KubeObject & { data: Record<string, string> };
  const kustomizations = objects.filter((r) => r.object.kind === 'Kustomization' && r.file.startsWith('flux/')).map((r) => r.object as KubeObject & { spec: { healthCheckExprs: unknown[] } });
  return { argocdCM: cm.data, kustomizations };
}

function evaluate(argocdCM: Record<string, string>, healthCheckExprs: unknown[], input: readonly Pick<Sample, 'name' | 'object'>[]): Result[] {
  const run = spawnSync(tool('healthchecks'), [], {
    input: JSON.stringify({ argocdCM, healthCheckExprs, samples: input.map((s) => ({ name: s.name, object: s.object })) }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`healthchecks exited ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { results: Result[] }).results;
}

/**
 * The one case where the two tools cannot say the same word: without `status`, every CEL expression
 * that reads it fails ("no such attribute(s): status"; a CEL expression cannot test for an absent
 * top-level field), so kustomize-controller records Unknown and keeps waiting — fluxcd/pkg
 * ssa/manager_wait.go only stops early on Failed — which is what Argo CD's Progressing does.
 */
const waitsLikeProgressing = (s: Sample, flux: Verdict) =>
  s.expect === 'Progressing' && s.object.status === undefined && flux.status === 'Unknown' && /no such attribute\(s\): status(\.|$)/.test(flux.error ?? '');

const tree = committedManifests();

describe.each([...tree])('health checks rendered for %s', (_env, objects) => {
  const { argocdCM, kustomizations } = renderedChecks(objects);

  it('every Flux Kustomization carries the same healthCheckExprs', () => {
    for (const k of kustomizations) expect(k.spec.healthCheckExprs).toEqual(kustomizations[0].spec.healthCheckExprs);
  });

  it('cover every kind the samples are taken from', () => {
    const kinds = [...new Set(samples.map((s) => `${s.object.apiVersion.split('/')[0]}_${s.object.kind}`))].sort();
    expect(Object.keys(argocdCM).map((k) => k.replace('resource.customizations.health.', '')).sort()).toEqual(kinds);
  });

  const results = evaluate(argocdCM, kustomizations[0].spec.healthCheckExprs, samples);

  it.each(samples.map((s, i) => [s.name, s, results[i]] as const))('%s', (_name, sample, result) => {
    expect(result.name).toBe(sample.name);
    expect(result.argocd.error, 'Argo CD script error').toBeUndefined();
    expect(result.argocd.status, `Argo CD: ${result.argocd.message}`).toBe(sample.expect);
    if (waitsLikeProgressing(sample, result.flux)) return;
    expect(result.flux.error, 'Flux expression error').toBeUndefined();
    expect(result.flux.status, 'Flux').toBe(FLUX_VERDICT[sample.expect]);
  });
});

describe('the health-check harness', () => {
  const { argocdCM, kustomizations } = renderedChecks(tree.get('dev')!);
  const exprs = kustomizations[0].spec.healthCheckExprs;
  const kibana = samples.find((s) => s.object.kind === 'Kibana' && s.expect === 'Healthy')!;

  it('fails a wrong verdict: a Kibana check that calls red Degraded breaks the first-rollout sample', () => {
    const firstRollout = samples.find((s) => s.name.includes('kibana.yaml: first rollout, Deployment not yet available'))!;
    const key = 'resource.customizations.health.kibana.k8s.elastic.co_Kibana';
    const old = { [key]: 'if obj.status ~= nil and obj.status.health == "red" then return { status = "Degraded" } end return { status = "Healthy" }' };
    const oldExprs = (exprs as Array<{ kind: string }>).map((e) => (e.kind === 'Kibana' ? { apiVersion: 'kibana.k8s.elastic.co/v1', kind: 'Kibana', current: "status.health == 'green'", failed: "status.health == 'red'" } : e));
    const [result] = evaluate({ ...argocdCM, ...old }, oldExprs, [firstRollout]);
    expect(result.argocd.status).not.toBe(firstRollout.expect);
    expect(result.flux.status).not.toBe(FLUX_VERDICT[firstRollout.expect]);
  });

  it('reports a Lua runtime error and an invalid Argo CD status instead of a verdict', () => {
    const key = 'resource.customizations.health.kibana.k8s.elastic.co_Kibana';
    const [broken] = evaluate({ ...argocdCM, [key]: 'return { status = string.upper("healthy") }' }, exprs, [kibana]);
    expect(broken.argocd.status).toBe('Unknown');
    expect(broken.argocd.error).toMatch(/string/);
    const [invalid] = evaluate({ ...argocdCM, [key]: 'return { status = "Green" }' }, exprs, [kibana]);
    expect(invalid.argocd).toMatchObject({ status: 'Unknown', error: 'invalid health status "Green"' });
  });

  it('applies Flux\'s observedGeneration rule before the expressions', () => {
    const stale = { ...kibana.object, metadata: { ...kibana.object.metadata, generation: 9 } };
    const always = (exprs as Array<{ kind: string }>).map((e) => (e.kind === 'Kibana' ? { ...e, current: 'true', failed: undefined, inProgress: undefined } : e));
    const [result] = evaluate(argocdCM, always, [{ name: 'stale', object: stale }]);
    expect(result.flux.status).toBe('InProgress');
  });
});
