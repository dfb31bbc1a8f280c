/**
 * kube-score over a rendered environment. kube-score runs with every check on and no command-line
 * exemptions; what the platform accepts is written down in `test/scanners/kube-score-exceptions.yaml`
 * (see scanner-exceptions.ts): a finding no entry covers fails, and so does an entry that matches
 * nothing.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { holdsObject, listFiles, objectId } from '../render/manifests';
import { tool } from './index';
import type { Finding } from './scanner-exceptions';

/** Every failed comment of every non-skipped check kube-score reports for the objects under `envDir`. */
export function kubeScore(envDir: string): Finding[] {
  const files = listFiles(envDir).filter(holdsObject).map((f) => path.join(envDir, f));
  const run = spawnSync(tool('kube-score'), ['score', '--output-format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stdout.trim().startsWith('[')) throw new Error(`kube-score failed:\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as Array<{
    type_meta: { kind: string };
    object_meta: { name: string; namespace?: string };
    checks: Array<{ check: { id: string }; grade: number; skipped: boolean; comments: Array<{ summary: string; path?: string }> | null }>;
  }>;
  return report.flatMap((o) => {
    const object = objectId({ kind: o.type_meta.kind, metadata: o.object_meta });
    return o.checks
      .filter((c) => !c.skipped && c.grade < 10)
      .flatMap((c) => (c.comments?.length ? c.comments : [{ summary: `grade ${c.grade}` }]).map((m) => ({
        check: c.check.id, object, message: m.summary, ...(m.path ? { path: m.path } : {}),
      })));
  });
}
