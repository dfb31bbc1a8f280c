import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { REPO_ROOT } from '../../render/crd-sources';
import { listFiles } from '../../render/manifests';

export { REPO_ROOT };
export const MANIFESTS = path.join(REPO_ROOT, 'manifests');
/** Every environment rendered once per test run by global-setup.ts (same layout as manifests/). */
export const RENDERED = path.join(REPO_ROOT, '.cache', 'test-render');

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
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch copy');
  return dir;
}

/** sha256 of every file under `dir`, by relative path: equal digests mean byte-identical trees. */
export function treeDigest(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}
