/**
 * Runs once before any test file: renders every environment into RENDERED (`.cache/test-render/`)
 * with the same command as `npm run synth` (plain Node, see scripts/run.js), printing its progress.
 * The tests that compare a render with manifests/ read that folder instead of rendering again.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, RENDERED } from './fixtures';

export default function setup(): void {
  const started = Date.now();
  console.log('rendering every environment once for the tests...');
  const run = spawnSync(process.execPath, ['scripts/run.js', 'main.ts', '--out', RENDERED], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the shared render failed (exit ${run.status}); run \`npm run synth\` to see why`);
  console.log(`shared render ready in ${Date.now() - started} ms`);
}
