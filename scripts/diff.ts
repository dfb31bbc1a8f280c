/**
 * `npm run diff [-- --base <git revision>]`: renders the working tree and compares it, object by
 * object and field by field, with `manifests/` as it is on disk (the committed output, unless you
 * re-rendered) or with `manifests/` at a git revision. Prints Markdown for a pull request.
 * Exit code 0: no difference; 1: differences; 2: the render or the comparison failed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderAll } from '../main';
import { REPO_ROOT } from '../render/crd-sources';
import { diffTrees, toMarkdown } from '../render/diff';
import { loadManifests, type ManifestTree } from '../render/manifests';

/** `manifests/` as committed at `revision` (empty when it has none). */
export function manifestsAt(revision: string): ManifestTree {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifests-at-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', revision, '--', 'manifests'], { cwd: REPO_ROOT, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return loadManifests(path.join(dir, 'manifests'));
  } catch (err) {
    if (/did not match any files|not a valid object name/.test(String((err as { stderr?: Buffer }).stderr ?? err))) return new Map();
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  const baseAt = argv.indexOf('--base');
  const base = baseAt >= 0 ? argv[baseAt + 1] : undefined;
  if (baseAt >= 0 && !base) throw new Error('--base needs a git revision, e.g. --base origin/main');
  const before = base ? manifestsAt(base) : loadManifests(path.join(REPO_ROOT, 'manifests'));
  const changes = diffTrees(before, renderAll());
  process.stdout.write(toMarkdown(changes, `Rendered diff against ${base ?? 'manifests/'}`));
  return changes.length === 0 ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (err) {
    console.error(`diff failed: ${(err as Error).message}`);
    process.exit(2);
  }
}
