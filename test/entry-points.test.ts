/**
 * Every documented or conventional way to run the app renders the same tree. `npx tsx main.ts` (how
 * the cdk8s TypeScript template runs an app; it used to fail with "tsx.require is not a function")
 * renders into a scratch folder, compared by digest with this run's shared render. The shared render
 * itself is `node scripts/run.js main.ts` (test/support/global-setup.ts), and `npm run synth` and
 * `npx cdk8s synth` run that same command: checked here from package.json and cdk8s.yaml, and both
 * run for real on a repository copy in test/synth.test.ts, where their output is compared too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MANIFESTS, RENDERED, REPO_ROOT, treeDigest } from './support/fixtures';

/** The command the shared render runs (global-setup.ts), with its arguments before `--out`. */
const SHARED_RENDER = 'node scripts/run.js main.ts';

describe('entry points render the same tree', () => {
  it('npx tsx main.ts', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'entry-'));
    try {
      const run = spawnSync('npx', ['tsx', 'main.ts', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      expect(treeDigest(out)).toEqual(treeDigest(RENDERED));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('node scripts/run.js main.ts: the shared render, equal to manifests/', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'test', 'support', 'global-setup.ts'), 'utf8')).toContain("['scripts/run.js', 'main.ts', '--out', RENDERED]");
    expect(treeDigest(RENDERED)).toEqual(treeDigest(MANIFESTS));
  });

  it('npm run synth runs the shared render\'s command', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.synth).toBe(SHARED_RENDER);
  });

  it('npx cdk8s synth runs the shared render\'s command', () => {
    const config = parse(readFileSync(path.join(REPO_ROOT, 'cdk8s.yaml'), 'utf8'));
    expect(config.app).toBe(SHARED_RENDER);
  });
});
