/**
 * trivy's misconfiguration scanner (`trivy config`) over a rendered environment: the second scanner
 * beside kube-score, with its own embedded Kubernetes checks (KSV), offline. `--skip-check-update`
 * keeps it on the checks compiled into the pinned binary (no checks bundle download), and no
 * vulnerability database is involved in `config` scans. What the platform accepts is written down
 * in `test/scanners/trivy-exceptions.yaml` (see scanner-exceptions.ts).
 *
 * Result shape: trivy v0.74.0 pkg/types/report.go (`Results[].Target`, `.Misconfigurations[]`) and
 * pkg/types/misconfiguration.go (`ID`, `Title`, `Message`, `Severity`, `Status`).
 *
 * One trivy run covers every environment, each distinct file content scanned once (see
 * distinct-files.ts): trivy judges every document on its own (v0.74.0 pkg/iac/rego/scanner.go,
 * `applyRule` queries each rule with one parsed input at a time), so a finding of one content is a
 * finding of every rendered file with that content, in whichever environment.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { withDistinctFiles } from './distinct-files';
import { tool } from './index';
import type { Finding } from './scanner-exceptions';

export interface TrivyFinding extends Finding {
  /** trivy's severity: LOW, MEDIUM, HIGH or CRITICAL. */
  readonly severity: string;
  readonly title: string;
}

type Misconfiguration = { ID: string; Title: string; Message: string; Severity: string; Status: string };

/**
 * Every failed check trivy reports for the objects under each folder of `envDirs` (keyed by the
 * folder), each finding naming its object as `Kind/namespace/name`.
 */
export function trivyConfig(envDirs: readonly string[]): Map<string, TrivyFinding[]> {
  return withDistinctFiles(envDirs, (root, files) => {
    const cacheDir = path.join(REPO_ROOT, '.cache', 'trivy');
    mkdirSync(cacheDir, { recursive: true });
    const args = [
      'config', '--quiet', '--format', 'json', '--exit-code', '0',
      // Offline: the checks compiled into the binary, no update or version look-ups, no telemetry.
      '--skip-check-update', '--skip-version-check', '--disable-telemetry',
      '--cache-dir', cacheDir,
      // Named by digest only: trivy skips top-level folders named dev, proc and sys of the scanned
      // root (v0.74.0 pkg/fanal/walker/walk.go, defaultSkipDirs), which once left out all of dev.
      root,
    ];
    const run = spawnSync(tool('trivy'), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error) throw run.error;
    if (run.status !== 0 || !run.stdout.trim().startsWith('{')) throw new Error(`trivy config over ${envDirs.join(', ')} failed (exit ${run.status}):\n${run.stderr}`);
    const report = JSON.parse(run.stdout) as { Results?: Array<{ Target: string; Misconfigurations?: Misconfiguration[] }> };
    const byDigest = new Map<string, Misconfiguration[]>();
    for (const result of report.Results ?? []) {
      byDigest.set(path.basename(result.Target, '.yaml'), (result.Misconfigurations ?? []).filter((m) => m.Status === 'FAIL'));
    }
    // Every rendered file must have been read (a file trivy did not recognise would pass silently).
    for (const [dir, list] of files) {
      const missed = list.filter((f) => !byDigest.has(f.digest)).map((f) => f.file);
      if (missed.length) throw new Error(`trivy config did not scan ${missed.length} rendered file(s) of ${dir}, e.g. ${missed.slice(0, 3).join(', ')}`);
    }
    return new Map([...files].map(([dir, list]) => [dir, list.flatMap((f) => byDigest.get(f.digest)!.map((m) => ({
      check: m.ID, object: f.object, message: m.Message, severity: m.Severity, title: m.Title,
    })))]));
  });
}
