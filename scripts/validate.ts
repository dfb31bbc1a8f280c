/**
 * `npm run validate`: the tool-backed rungs of the validation ladder over the committed manifests/,
 * outside vitest (for a quick check and for `npm run bench`): invariants, strict kubeconform with no
 * skips, promtool and amtool. `npm test` runs the same checks.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { checkInvariants } from '../render/invariants';
import { loadManifests } from '../render/manifests';
import { tool } from '../tools';
import { ensureSchemas } from '../tools/schemas';
import { configCalls, kubeconformCalls, runCalls } from '../tools/validate-all';

export async function validate(manifests = path.join(REPO_ROOT, 'manifests')): Promise<string[]> {
  // Every tool first: a missing one fails before anything runs.
  for (const name of ['kubeconform', 'promtool', 'amtool'] as const) tool(name);
  ensureSchemas();
  const envs = readdirSync(manifests, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  let objects = 0;
  // kubeconform reads the folders itself: it runs while the manifests are parsed here.
  const schemas = runCalls(kubeconformCalls(manifests, envs, () => objects));
  const tree = loadManifests(manifests);
  objects = [...tree.values()].reduce((n, list) => n + list.length, 0);
  const problems = checkInvariants(tree);
  const work = mkdtempSync(path.join(os.tmpdir(), 'platform-validate-'));
  try {
    const configs = runCalls(configCalls(tree, path.join(REPO_ROOT, 'test', 'rules'), work));
    problems.push(...(await schemas), ...(await configs));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return problems;
}

if (require.main === module) {
  const started = Date.now();
  validate().then(
    (problems) => {
      if (problems.length > 0) {
        console.error(problems.join('\n'));
        process.exit(1);
      }
      console.log(`manifests/ is valid: invariants, kubeconform (strict, no skips), promtool, amtool (${Date.now() - started} ms)`);
    },
    (err: Error) => {
      console.error(`validate failed: ${err.message}`);
      process.exit(2);
    },
  );
}
