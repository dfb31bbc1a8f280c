/**
 * The rendered health checks judged by tools/go/health-verdicts in the interpreters that run them in the
 * cluster: Argo CD v3.5.1's gopher-lua set-up, kustomize-controller v1.9.4's CEL status evaluator
 * (fluxcd/pkg runtime/cel) and, for kinds without healthCheckExprs, Flux's kstatus. Shared by
 * test/healthchecks.test.ts (states traced to upstream source) and test/operators.test.ts (states the
 * real operators write).
 */
import { spawnSync } from 'node:child_process';
import type { KubeObject, RenderedObject } from '../../render/manifests';
import { tool } from '../../tools/index';

export type ArgoVerdict = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended';
export type FluxVerdict = 'Current' | 'InProgress' | 'Failed' | 'Unknown';

export interface Verdict {
  readonly status: string;
  readonly message?: string;
  readonly error?: string;
  /** Flux's reader for the kind: `cel` (healthCheckExprs) or `kstatus`. */
  readonly reader?: 'cel' | 'kstatus';
}

export interface VerdictPair {
  readonly name: string;
  readonly argocd: Verdict;
  readonly flux: Verdict;
}

/** The same judgement in Flux's vocabulary: a paused object does not block a layer. */
export const FLUX_VERDICT: Record<ArgoVerdict, FluxVerdict> = { Healthy: 'Current', Progressing: 'InProgress', Degraded: 'Failed', Suspended: 'Current' };

export interface RenderedChecks {
  readonly argocdCM: Record<string, string>;
  readonly healthCheckExprs: readonly unknown[];
  /** Every Flux Kustomization's healthCheckExprs, to check they are the same. */
  readonly perKustomization: readonly (readonly unknown[])[];
}

/** What the delivery bootstrap renders: argocd-cm's data and the Flux Kustomizations' healthCheckExprs. */
export function renderedChecks(objects: readonly RenderedObject[]): RenderedChecks {
  const cm = objects.find((r) => r.object.kind === 'ConfigMap' && r.object.metadata.name === 'argocd-cm');
  if (!cm) throw new Error('the environment renders no argocd-cm');
  const kustomizations = objects.filter((r) => r.object.kind === 'Kustomization' && r.file.startsWith('flux/'));
  if (kustomizations.length === 0) throw new Error('the environment renders no Flux Kustomization');
  const perKustomization = kustomizations.map((r) => (r.object as KubeObject & { spec: { healthCheckExprs?: unknown[] } }).spec.healthCheckExprs ?? []);
  return { argocdCM: (cm.object as KubeObject & { data: Record<string, string> }).data, healthCheckExprs: perKustomization[0], perKustomization };
}

/** Runs the checks on the objects; one verdict pair per object, in order. */
export function judge(argocdCM: Record<string, string>, healthCheckExprs: readonly unknown[], samples: readonly { name: string; object: unknown }[]): VerdictPair[] {
  const run = spawnSync(tool('health-verdicts'), [], {
    input: JSON.stringify({ argocdCM, healthCheckExprs, samples: samples.map((s) => ({ name: s.name, object: s.object })) }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`health-verdicts exited ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { results: VerdictPair[] }).results;
}

/**
 * The one case where the two tools cannot say the same word: without `status`, every CEL expression
 * that reads it fails ("no such attribute(s): status"; a CEL expression cannot test for an absent
 * top-level field), so kustomize-controller records Unknown and keeps waiting — fluxcd/pkg
 * ssa/manager_wait.go only stops early on Failed — which is what Argo CD's Progressing does.
 */
export const fluxWaitsWithoutStatus = (object: { status?: unknown }, flux: Verdict) =>
  object.status === undefined && flux.status === 'Unknown' && /no such attribute\(s\): status(\.|$)/.test(flux.error ?? '');
