import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, diffValues, toMarkdown } from '../render/diff';
import type { KubeObject, ManifestTree } from '../render/manifests';
import { checkPromotion } from '../scripts/promote';
import { gitRepoCopy, REPO_ROOT, treeDigest } from './support/fixtures';

const cm = (data: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' }, data, ...extra,
});
const tree = (...objects: KubeObject[]): ManifestTree => new Map([['dev', objects.map((object) => ({ file: `x/${object.kind}.${object.metadata.name}.yaml`, object }))]]);

describe('semantic diff', () => {
  it('ignores key order', () => {
    expect(diffValues({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toEqual([]);
  });

  it('names changed, added and removed fields by path', () => {
    expect(diffValues({ spec: { replicas: 1, paused: true } }, { spec: { replicas: 3, minReady: 5 } })).toEqual([
      { path: 'spec.minReady', after: 5 },
      { path: 'spec.paused', before: true },
      { path: 'spec.replicas', before: 1, after: 3 },
    ]);
  });

  it('matches list items by name, so reordering containers is not a change', () => {
    const a = { containers: [{ name: 'a', image: 'x:1' }, { name: 'b', image: 'y:1' }] };
    const b = { containers: [{ name: 'b', image: 'y:2' }, { name: 'a', image: 'x:1' }] };
    expect(diffValues(a, b)).toEqual([{ path: 'containers[name=b].image', before: 'y:1', after: 'y:2' }]);
  });

  it('quotes keys that contain dots or slashes', () => {
    expect(diffValues({ labels: { 'app.kubernetes.io/name': 'a' } }, { labels: { 'app.kubernetes.io/name': 'b' } })[0].path).toBe('labels["app.kubernetes.io/name"]');
  });

  it('reports objects added, removed and changed, and renders Markdown', () => {
    const other = { ...cm({}), metadata: { name: 'd', namespace: 'n' } };
    const changes = diffTrees(tree(cm({ k: 'v' }), other), tree(cm({ k: 'w' }), { ...other, metadata: { name: 'e', namespace: 'n' } }));
    expect(changes.map((c) => [c.object, c.status])).toEqual([
      ['ConfigMap n/c', 'changed'], ['ConfigMap n/d', 'removed'], ['ConfigMap n/e', 'added'],
    ]);
    const md = toMarkdown(changes);
    expect(md).toContain('#### dev: 1 added, 1 removed, 1 changed');
    expect(md).toContain('- `data.k`: "v" → "w"');
    expect(toMarkdown([])).toContain('No change');
  });
});

describe('promotion rules', () => {
  it('allows dev → staging and staging → prod', () => {
    expect(() => checkPromotion('dev', 'staging')).not.toThrow();
    expect(() => checkPromotion('staging', 'prod')).not.toThrow();
  });

  it.each([
    ['dev', 'prod', 'cannot promote dev → prod'],
    ['prod', 'staging', 'cannot promote prod → staging'],
    ['staging', 'staging', 'cannot promote staging → staging'],
    ['qa', 'prod', 'unknown environment "qa"'],
  ])('fails on %s → %s', (from, to, message) => {
    expect(() => checkPromotion(from, to)).toThrow(message);
  });
});

describe('`npm run diff` and `npm run promote` on a copy of the repository', () => {
  // One copy for the whole block: after each test, git puts it back to its first commit with a clean
  // working tree (tracked files reset, commits dropped, untracked files removed), the state a fresh
  // copy starts in. Copying and committing the repository per test cost more than the tests.
  let copy: string;
  let start: string;
  beforeAll(() => {
    copy = gitRepoCopy();
    start = git('rev-parse', 'HEAD').stdout.trim();
  });
  afterEach(() => {
    // Refreshing the index first makes git compare the files a render re-created (same bytes, new
    // inodes) by content, instead of writing every one of them again.
    git('update-index', '-q', '--refresh');
    const reset = git('reset', '-q', '--hard', start);
    const clean = git('clean', '-q', '-f', '-d');
    if (reset.status !== 0 || clean.status !== 0) throw new Error(`resetting the copy failed: ${reset.stderr}${clean.stderr}`);
    expect(git('status', '--porcelain').stdout).toBe('');
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  // As `npm run diff` / `npm run promote` run them: plain Node on cached JavaScript (scripts/run.js).
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run.js', ...args], { cwd: copy, encoding: 'utf8' });
  /** run() without blocking, for commands that only read the copy and can run side by side. */
  const runAsync = (...args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.js', ...args], { cwd: copy });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], { cwd: copy, encoding: 'utf8' });
  /** A one-value change to prod: its Argo CD Application and Flux GitRepository track another branch. */
  const editProd = () => {
    const prod = path.join(copy, 'environments', 'prod.ts');
    writeFileSync(prod, readFileSync(prod, 'utf8').replace("cluster: 'prod',", "cluster: 'prod',\n  delivery: { ...base.delivery, revision: 'release' },"));
  };
  const PROD_CHANGE = '- **changed** `Application argocd/platform-prod`\n  - `spec.source.targetRevision`: "main" → "release"';

  it('compares with HEAD by default and with any revision given by --base; a clean tree exits 0', async () => {
    // A commit whose manifests/ differs from what the code renders: prod's Application tracks "release".
    const app = path.join(copy, 'manifests', 'prod', 'argocd', 'Application.platform-prod.yaml');
    writeFileSync(app, readFileSync(app, 'utf8').replace('targetRevision: main', 'targetRevision: release'));
    expect(git('commit', '-qam', 'prod tracks release').status).toBe(0);
    const [head, before] = await Promise.all([runAsync('scripts/diff.ts'), runAsync('scripts/diff.ts', '--base', 'HEAD~1')]);
    expect(head.status, head.stderr).toBe(1);
    expect(head.stdout).toContain('### Rendered diff against HEAD');
    expect(head.stdout).toContain('- **changed** `Application argocd/platform-prod`\n  - `spec.source.targetRevision`: "release" → "main"');
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toContain('### Rendered diff against HEAD~1\n\nNo change to any rendered object.');
  }, 300_000);

  it('fails with a clear message on a revision that does not exist, listing nothing', () => {
    const result = run('scripts/diff.ts', '--base', 'mian');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('diff failed: "mian" is not a commit in the git repository');
    expect(result.stdout).toBe('');
  });

  it('the README\'s step-by-step, run exactly as written, shows what the change does', () => {
    // Step 1 of "A change, step by step": the commands in the order the README gives them.
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const step = readme.split('\n').find((l) => l.startsWith('1. Edit code or an environment file;'));
    expect(step, 'README step 1 of "A change, step by step"').toBeDefined();
    const commands = [...step!.matchAll(/`(npm run [^`]+)`/g)].map((m) => m[1]);
    expect(commands).toEqual(['npm run synth', 'npm run diff']);
    editProd();
    const results = commands.map((command) => spawnSync('sh', ['-c', command], { cwd: copy, encoding: 'utf8' }));
    expect(results[0].status, results[0].stderr).toBe(0);
    const diff = results[1];
    expect(diff.status, diff.stderr).toBe(1);
    // Exactly the changed objects and fields, and nothing in the environments that did not change.
    expect(diff.stdout).toContain('#### prod: 0 added, 0 removed, 2 changed');
    expect(diff.stdout).toContain(PROD_CHANGE);
    expect(diff.stdout).toContain('- **changed** `GitRepository flux-system/platform`\n  - `spec.ref.branch`: "main" → "release"');
    expect(diff.stdout).not.toMatch(/#### (dev|staging)/);
  }, 300_000);

  it('refuses dev → prod and changes nothing', () => {
    const state = () => [treeDigest(path.join(copy, 'environments')), treeDigest(path.join(copy, 'manifests'))];
    const before = state();
    const result = run('scripts/promote.ts', 'dev', 'prod');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot promote dev → prod: promotion goes dev → staging → prod, one step at a time');
    expect(state()).toEqual(before);
  });

  it('promotes dev → staging: only staging\'s versions and manifests change, and the diff is printed', () => {
    const versionsFile = path.join(copy, 'environments', 'versions.json');
    const versions = JSON.parse(readFileSync(versionsFile, 'utf8'));
    versions.dev.grafana = 'docker.io/grafana/grafana:12.4.6';
    writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
    // dev runs the new version first (rendered and tested there) before it is promoted.
    expect(run('main.ts').status).toBe(0);
    const dev = treeDigest(path.join(copy, 'manifests', 'dev'));
    const prod = treeDigest(path.join(copy, 'manifests', 'prod'));

    const result = run('scripts/promote.ts', 'dev', 'staging');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('### Promotion dev → staging');
    expect(result.stdout).toContain('"docker.io/grafana/grafana:12.4.5" → "docker.io/grafana/grafana:12.4.6"');
    expect(result.stdout).not.toMatch(/#### (dev|prod)/);
    const promoted = JSON.parse(readFileSync(versionsFile, 'utf8'));
    expect(promoted.staging).toEqual(promoted.dev);
    expect(promoted.prod).toEqual(versions.prod);
    expect(treeDigest(path.join(copy, 'manifests', 'dev'))).toEqual(dev);
    expect(treeDigest(path.join(copy, 'manifests', 'prod'))).toEqual(prod);
  });
});
