/**
 * Every documented or conventional way to run the app renders the same tree: the README's
 * `npm run synth`, the plain-Node runner behind it, `npx tsx main.ts` (how the cdk8s TypeScript
 * template runs an app; it used to fail with "tsx.require is not a function") and `npx cdk8s synth`
 * (test/synth.test.ts, on a repository copy, since the CLI writes manifests/). Each renders into a
 * scratch folder and is compared, by digest, with this run's shared render.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERED, REPO_ROOT, treeDigest } from './support/fixtures';

describe('entry points render the same tree', () => {
  it.each<[string, string, string[]]>([
    ['npx tsx main.ts', 'npx', ['tsx', 'main.ts']],
    ['npm run synth', 'npm', ['run', '-s', 'synth', '--']],
    ['node scripts/run.js main.ts', process.execPath, ['scripts/run.js', 'main.ts']],
  ])('%s', (_entry, command, args) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'entry-'));
    try {
      const run = spawnSync(command, [...args, '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      expect(treeDigest(out)).toEqual(treeDigest(RENDERED));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
