/**
 * kube-score over a rendered environment, with a checked-in list of accepted findings
 * (`test/scanners/kube-score-exceptions.yaml`): every check that is switched off platform-wide and
 * every finding accepted for one object carries its reason. A finding not on the list fails the test,
 * and so does an exception that no longer matches anything (the list never goes stale).
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
  readonly message: string;
}

export interface ScoreExceptions {
  /** Checks switched off for the whole platform. */
  readonly ignoredChecks: ReadonlyArray<{ readonly check: string; readonly reason: string }>;
  /** Findings accepted for one object, in the listed environments (all when omitted). */
  readonly accepted: ReadonlyArray<{ readonly check: string; readonly object: string; readonly environments?: readonly string[]; readonly reason: string }>;
}

export function loadExceptions(file: string): ScoreExceptions {
  const data = parse(readFileSync(file, 'utf8')) as ScoreExceptions;
  for (const entry of [...data.ignoredChecks, ...data.accepted]) {
    if (!entry.reason || entry.reason.trim().length < 20) throw new Error(`${file}: ${entry.check} needs a reason of at least a sentence`);
  }
  return data;
}

/** Every failing, non-skipped check kube-score reports for the objects under `envDir`. */
export function kubeScore(envDir: string, ignoredChecks: readonly string[]): Finding[] {
  const files = listFiles(envDir).filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml')).map((f) => path.join(envDir, f));
  // No CPU limits by design (see constructs/hardening.ts): throttling costs latency, requests reserve the share.
  const args = ['score', '--output-format', 'json', '--ignore-container-cpu-limit', ...ignoredChecks.flatMap((c) => ['--ignore-test', c]), ...files];
  const run = spawnSync(tool('kube-score'), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stdout.trim().startsWith('[')) throw new Error(`kube-score failed:\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as Array<{
    type_meta: { kind: string };
    object_meta: { name: string; namespace?: string };
    checks: Array<{ check: { id: string }; grade: number; skipped: boolean; comments: Array<{ summary: string; path?: string }> | null }>;
  }>;
  return report.flatMap((o) =>
    o.checks
      .filter((c) => !c.skipped && c.grade < 10)
      .map((c) => ({
        check: c.check.id,
        object: `${o.type_meta.kind}/${o.object_meta.namespace ?? '-'}/${o.object_meta.name}`,
        message: (c.comments ?? []).map((m) => `${m.path ? `(${m.path}) ` : ''}${m.summary}`).join('; '),
      })),
  );
}

/** Findings not accepted for `env`, and accepted entries that matched nothing there. */
export function unaccepted(env: string, findings: readonly Finding[], exceptions: ScoreExceptions): { findings: Finding[]; stale: string[] } {
  const applies = exceptions.accepted.filter((a) => !a.environments || a.environments.includes(env));
  const matches = (f: Finding, a: (typeof applies)[number]) => a.check === f.check && a.object === f.object;
  return {
    findings: findings.filter((f) => !applies.some((a) => matches(f, a))),
    stale: applies.filter((a) => !findings.some((f) => matches(f, a))).map((a) => `${a.check} ${a.object}`),
  };
}
