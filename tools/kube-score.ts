/**
 * kube-score over a rendered environment, with a checked-in list of accepted findings
 * (`test/scanners/kube-score-exceptions.yaml`). kube-score runs with every check on and no
 * command-line exemptions; what the platform accepts is written down, each entry with its reason:
 *
 * - `policies`: one check (optionally one of its messages) accepted for every object, because a
 *   platform-wide rule decides it (for example: no CPU limits);
 * - `accepted`: one check accepted for the listed objects only.
 *
 * A finding that no entry covers fails the test, and so does an entry (or one object of an entry)
 * that matches nothing: the list never goes stale.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../render/manifests';
import { tool } from './index';

export interface Finding {
  /** kube-score check id, e.g. `pod-probes`. */
  readonly check: string;
  /** `Kind/namespace/name` (namespace `-` for cluster-scoped objects). */
  readonly object: string;
  /** kube-score's summary of one failed comment, e.g. `CPU limit is not set`. */
  readonly message: string;
  /** Where in the object, when kube-score says (e.g. the container name). */
  readonly path?: string;
}

export interface ScorePolicy {
  readonly check: string;
  /** Only this summary of the check is accepted; the whole check when omitted. */
  readonly message?: string;
  readonly reason: string;
}

export interface ScoreAcceptance {
  readonly check: string;
  /** `Kind/namespace/name` of every object the finding is accepted for. */
  readonly objects: readonly string[];
  /** Environments the entry applies to (all when omitted). */
  readonly environments?: readonly string[];
  readonly reason: string;
}

export interface ScoreExceptions {
  readonly policies: readonly ScorePolicy[];
  readonly accepted: readonly ScoreAcceptance[];
}

/** Reads and checks the exceptions file: known keys only, every entry with a reason and objects. */
export function loadExceptions(file: string): ScoreExceptions {
  const data = parse(readFileSync(file, 'utf8')) as Partial<ScoreExceptions> & Record<string, unknown>;
  const unknown = Object.keys(data).filter((k) => k !== 'policies' && k !== 'accepted');
  if (unknown.length) throw new Error(`${file}: unknown key(s) ${unknown.join(', ')}; expected policies and accepted`);
  const exceptions: ScoreExceptions = { policies: data.policies ?? [], accepted: data.accepted ?? [] };
  for (const entry of [...exceptions.policies, ...exceptions.accepted]) {
    if (!entry.check) throw new Error(`${file}: an entry has no check`);
    if (!entry.reason || entry.reason.trim().length < 20) throw new Error(`${file}: ${entry.check} needs a reason of at least a sentence`);
  }
  for (const entry of exceptions.accepted) {
    if (!Array.isArray(entry.objects) || entry.objects.length === 0) throw new Error(`${file}: accepted ${entry.check} must list its objects (Kind/namespace/name)`);
  }
  return exceptions;
}

/** Every failed comment of every non-skipped check kube-score reports for the objects under `envDir`. */
export function kubeScore(envDir: string): Finding[] {
  const files = listFiles(envDir).filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml')).map((f) => path.join(envDir, f));
  const run = spawnSync(tool('kube-score'), ['score', '--output-format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stdout.trim().startsWith('[')) throw new Error(`kube-score failed:\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as Array<{
    type_meta: { kind: string };
    object_meta: { name: string; namespace?: string };
    checks: Array<{ check: { id: string }; grade: number; skipped: boolean; comments: Array<{ summary: string; path?: string }> | null }>;
  }>;
  return report.flatMap((o) => {
    const object = `${o.type_meta.kind}/${o.object_meta.namespace ?? '-'}/${o.object_meta.name}`;
    return o.checks
      .filter((c) => !c.skipped && c.grade < 10)
      .flatMap((c) => (c.comments?.length ? c.comments : [{ summary: `grade ${c.grade}` }]).map((m) => ({
        check: c.check.id, object, message: m.summary, ...(m.path ? { path: m.path } : {}),
      })));
  });
}

/** Findings in `env` that no entry covers, and entries (per object) that matched nothing there. */
export function unaccepted(env: string, findings: readonly Finding[], exceptions: ScoreExceptions): { findings: Finding[]; stale: string[] } {
  const byPolicy = (f: Finding, p: ScorePolicy) => p.check === f.check && (p.message === undefined || p.message === f.message);
  const applies = exceptions.accepted.filter((a) => !a.environments || a.environments.includes(env));
  const pairs = applies.flatMap((a) => a.objects.map((object) => ({ check: a.check, object })));
  const byObject = (f: Finding, a: { check: string; object: string }) => a.check === f.check && a.object === f.object;
  return {
    findings: findings.filter((f) => !exceptions.policies.some((p) => byPolicy(f, p)) && !pairs.some((a) => byObject(f, a))),
    stale: [
      ...exceptions.policies.filter((p) => !findings.some((f) => byPolicy(f, p))).map((p) => `policy ${p.check}${p.message ? ` "${p.message}"` : ''}`),
      ...pairs.filter((a) => !findings.some((f) => byObject(f, a))).map((a) => `${a.check} ${a.object}`),
    ],
  };
}
