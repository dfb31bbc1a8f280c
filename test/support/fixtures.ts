import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { REPO_ROOT } from '../../render/crd-sources';
import { deepFreeze } from '../../render/cache';
import { listFiles, loadManifests, type ManifestTree } from '../../render/manifests';

export { REPO_ROOT };
export const MANIFESTS = path.join(REPO_ROOT, 'manifests');
/** Every environment rendered once per test run by global-setup.ts (same layout as manifests/). */
export const RENDERED = path.join(REPO_ROOT, '.cache', 'test-render');

let committed: ManifestTree | undefined;

/**
 * manifests/ as committed, parsed once per test worker (the test files of a worker share their
 * modules, see vitest.config.mts) instead of once per file. Deep-frozen, because every file reads the
 * same objects: a test that needs a changed tree copies it first.
 */
export function committedManifests(): ManifestTree {
  committed ??= deepFreeze(loadManifests(MANIFESTS));
  return committed;
}

/**
 * A throwaway copy of the repository (sources and committed manifests copied; node_modules, imports
 * and vendor linked), for tests that run the real commands and may break the configuration.
 */
export function repoCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'platform-copy-'));
  for (const entry of ['main.ts', 'platform.ts', 'cdk8s.yaml', 'package.json', 'tsconfig.json', 'charts', 'constructs', 'environments', 'dashboards', 'render', 'tools', 'scripts', 'manifests']) {
    if (existsSync(path.join(REPO_ROOT, entry))) cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  for (const entry of ['node_modules', 'imports', 'vendor']) symlinkSync(path.join(REPO_ROOT, entry), path.join(dir, entry));
  return dir;
}

/** A repoCopy() that is also a git repository with everything committed, for commands that read HEAD. */
export function gitRepoCopy(): string {
  const dir = repoCopy();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  // Borrow this repository's object store (read-only, as `git clone --shared` does): every file that
  // is already committed here is not compressed and written again, which made the copy cost seconds.
  const objects = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-path', 'objects'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (objects.status === 0) writeFileSync(path.join(dir, '.git', 'objects', 'info', 'alternates'), objects.stdout);
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch copy');
  return dir;
}

/** sha256 of every file under `dir`, by relative path: equal digests mean byte-identical trees. */
export function treeDigest(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}
