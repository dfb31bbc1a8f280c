import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityNotes, renderAll } from '../main';
import { toYaml } from '../render/manifests';
import { YamlSerializer } from '../render/serialize';
import { renderFiles, synthesize } from '../render/synth';
import { committedManifests, MANIFESTS, RENDERED, repoCopy, treeDigest } from './support/fixtures';

describe('render', () => {
  it('a fresh render equals the committed manifests/ byte for byte (run `npm run synth` and commit if this fails)', () => {
    // RENDERED is this run's render (test/support/global-setup.ts), made as `npm run synth` makes it.
    expect(treeDigest(RENDERED)).toEqual(treeDigest(MANIFESTS));
  });

  it('a second render, in another process and serialized without the shared cache, is identical', () => {
    // Compared in memory: the files' contents exactly as synthesize() writes them.
    const files = renderFiles(renderAll(), capacityNotes());
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(Object.fromEntries([...files].map(([file, text]) => [file, digest(text)]))).toEqual(treeDigest(RENDERED));
  });
});

describe('synthesize', () => {
  it('creates the output folder and its parents (a clean checkout has no .cache/ for the tests\' render)', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'synth-'));
    try {
      // One rendered Namespace: the smallest tree the invariants accept.
      const namespace = committedManifests().get('dev')!.find((r) => r.object.kind === 'Namespace')!;
      const outDir = path.join(root, 'not', 'there', 'yet');
      const result = synthesize({ root, outDir, render: () => new Map([['dev', [namespace]]]) });
      expect(result).toMatchObject({ objects: 1, removed: 0 });
      expect(readFileSync(path.join(outDir, 'dev', namespace.file), 'utf8')).toBe(readFileSync(path.join(MANIFESTS, 'dev', namespace.file), 'utf8'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('YAML serialization cache', () => {
  const big = (extra: Record<string, unknown> = {}) => ({ kind: 'ConfigMap', data: { text: 'x'.repeat(4096), n: 1, list: [1, 'a', null] }, ...extra });

  it('answers a repeated object from the cache with exactly what the YAML library writes', () => {
    const serializer = new YamlSerializer();
    expect(serializer.serialize(big())).toBe(toYaml(big()));
    expect(serializer.serialize(big())).toBe(toYaml(big()));
    expect(serializer.stats).toEqual({ serialized: 1, reused: 1 });
  });

  it('never caches an object whose JSON is not exact (undefined, NaN, -0, Infinity, class instances)', () => {
    const serializer = new YamlSerializer();
    const inexact = [big({ gone: undefined }), big({ n: Number.NaN }), big({ n: -0 }), big({ n: Infinity }), big({ when: new Date(0) })];
    for (const object of inexact) {
      expect(serializer.serialize(object)).toBe(toYaml(object));
      expect(serializer.serialize(object)).toBe(toYaml(object));
    }
    expect(serializer.stats).toEqual({ serialized: 2 * inexact.length, reused: 0 });
  });
});

describe('atomic synth on a copy of the repository', () => {
  let copy: string;
  let before: Record<string, string>;
  const prodFile = () => path.join(copy, 'environments', 'prod.ts');
  // The setting README.md gives for the CLI's registry check (cdk8s-cli reads CDK8S_* variables).
  const cli = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };

  beforeAll(() => {
    copy = repoCopy();
    before = treeDigest(path.join(copy, 'manifests'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  function breakProd(): () => void {
    const original = readFileSync(prodFile(), 'utf8');
    writeFileSync(prodFile(), original.replace("cluster: 'prod'", "cluster: 'Prod Cluster'"));
    return () => writeFileSync(prodFile(), original);
  }

  it('fails on a prod config that breaks a rule, names environment/field/value/rule, and leaves manifests/ unchanged', () => {
    const restore = breakProd();
    try {
      const run = spawnSync('npm', ['run', '-s', 'synth'], { cwd: copy, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('prod: cluster ("Prod Cluster"): must be a DNS label');
      expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
    } finally {
      restore();
    }
  });

  it('fails through `npx cdk8s synth` when the app throws, and manifests/ stays in place', () => {
    const restore = breakProd();
    try {
      const run = spawnSync('npx', ['cdk8s', 'synth'], { cwd: copy, encoding: 'utf8', env: cli });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain('prod: cluster ("Prod Cluster"): must be a DNS label');
      expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
    } finally {
      restore();
    }
  });

  it('renders through `npx cdk8s synth` into manifests/, with the CLI given only a copy and no upgrade-check noise', () => {
    const run = spawnSync('npx', ['cdk8s', 'synth'], { cwd: copy, encoding: 'utf8', env: cli });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('A new version');
    expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
    expect(treeDigest(path.join(copy, '.cdk8s.out'))).toEqual(before);
    // The same tree as every other entry point (test/entry-points.test.ts): this run's shared render.
    expect(treeDigest(path.join(copy, '.cdk8s.out'))).toEqual(treeDigest(RENDERED));
  });

  it('rewrites only the files a change touches, keeps the rest, and reports the counts', () => {
    const original = readFileSync(prodFile(), 'utf8');
    writeFileSync(prodFile(), original.replace("cluster: 'prod',", "cluster: 'prod',\n  delivery: { ...base.delivery, revision: 'release' },"));
    try {
      const changed = execFileSync('npm', ['run', '-s', 'synth'], { cwd: copy, encoding: 'utf8' });
      expect(changed).toMatch(/^prod: \d+ objects built in \d+ ms$/m);
      expect(changed).toMatch(/\(2 file\(s\) written, \d+ unchanged, 0 removed\)/);
      const after = treeDigest(path.join(copy, 'manifests'));
      const differing = Object.keys(before).filter((f) => before[f] !== after[f]).sort();
      expect(differing).toEqual(['prod/argocd/Application.platform-prod.yaml', 'prod/flux/GitRepository.platform.yaml']);
    } finally {
      writeFileSync(prodFile(), original);
    }
    // Back to the committed configuration: the same two files are rewritten, and the copy is clean again.
    const restored = execFileSync('npm', ['run', '-s', 'synth'], { cwd: copy, encoding: 'utf8' });
    expect(restored).toMatch(/\(2 file\(s\) written, \d+ unchanged, 0 removed\)/);
    expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
  });
});
