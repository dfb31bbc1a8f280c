/**
 * `npm run diff [-- --base <git revision>]`: renders the working tree and compares it, object by
 * object and field by field, with the rendering committed at `HEAD` (or at `--base`). Comparing with
 * the committed `manifests/`, not the folder on disk, is what makes edit → `npm run synth` →
 * `npm run diff` show the change: synth has already rewritten the folder on disk.
 * Prints Markdown for a pull request. Exit code 0: no difference; 1: differences; 2: the render, the
 * revision or the comparison failed.
 */
import { renderAll } from '../main';
import { REPO_ROOT } from '../render/crd-sources';
import { diffTrees, manifestsAt, toMarkdown } from '../render/diff';

function main(argv: string[]): number {
  const baseAt = argv.indexOf('--base');
  const base = baseAt >= 0 ? argv[baseAt + 1] : 'HEAD';
  if (!base || base.startsWith('--')) throw new Error('--base needs a git revision, e.g. --base origin/main');
  const before = manifestsAt(REPO_ROOT, base);
  const changes = diffTrees(before, renderAll());
  process.stdout.write(toMarkdown(changes, `Rendered diff against ${base}`));
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
