/**
 * trivy's misconfiguration scanner (`trivy config`) over a rendered environment: the second scanner
 * beside kube-score, with its own embedded Kubernetes checks (KSV), offline. `--skip-check-update`
 * keeps it on the checks compiled into the pinned binary (no checks bundle download), and no
 * vulnerability database is involved in `config` scans. What the platform accepts is written down
 * in `test/scanners/trivy-exceptions.yaml` (see scanner-exceptions.ts).
 *
 * Result shape: trivy v0.74.0 pkg/types/report.go (`Results[].Target`, `.Misconfigurations[]`) and
 * pkg/types/misconfiguration.go (`ID`, `Title`, `Message`, `Severity`, `Status`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { loadEnvironment } from '../render/manifests';
import { tool } from './index';
import type { Finding } from './scanner-exceptions';

export interface TrivyFinding extends Finding {
  /** trivy's severity: LOW, MEDIUM, HIGH or CRITICAL. */
  readonly severity: string;
  readonly title: string;
}

/** Every failed check trivy reports for the objects under `envDir`, keyed by `Kind/namespace/name`. */
export function trivyConfig(envDir: string): TrivyFinding[] {
  const objects = new Map(loadEnvironment(envDir).map((r) => [r.file, `${r.object.kind}/${r.object.metadata.namespace ?? '-'}/${r.object.metadata.name}`]));
  const cacheDir = path.join(REPO_ROOT, '.cache', 'trivy');
  mkdirSync(cacheDir, { recursive: true });
  const args = [
    'config', '--quiet', '--format', 'json', '--exit-code', '0',
    // Offline: the checks compiled into the binary, no update or version look-ups, no telemetry.
    '--skip-check-update', '--skip-version-check', '--disable-telemetry',
    '--cache-dir', cacheDir,
    envDir,
  ];
  const run = spawnSync(tool('trivy'), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0 || !run.stdout.trim().startsWith('{')) throw new Error(`trivy config ${envDir} failed (exit ${run.status}):\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    Results?: Array<{ Target: string; Misconfigurations?: Array<{ ID: string; Title: string; Message: string; Severity: string; Status: string }> }>;
  };
  // trivy skips top-level folders named dev, proc and sys of the scanned root (v0.74.0
  // pkg/fanal/walker/walk.go, defaultSkipDirs): scanning manifests/ as a whole silently leaves out
  // dev. Each environment is scanned as its own root, and every rendered file must have been read.
  const scanned = new Set((report.Results ?? []).map((r) => r.Target.split(path.sep).join('/')));
  const missed = [...objects.keys()].filter((file) => !scanned.has(file));
  if (missed.length) throw new Error(`trivy config did not scan ${missed.length} rendered file(s) of ${envDir}, e.g. ${missed.slice(0, 3).join(', ')}`);
  return (report.Results ?? []).flatMap((result) => {
    const failed = (result.Misconfigurations ?? []).filter((m) => m.Status === 'FAIL');
    if (failed.length === 0) return [];
    const object = objects.get(result.Target.split(path.sep).join('/'));
    if (!object) throw new Error(`trivy reported ${result.Target}, which is not a rendered object of ${envDir}`);
    return failed.map((m) => ({ check: m.ID, object, message: m.Message, severity: m.Severity, title: m.Title }));
  });
}
