import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityNotes, renderAll } from '../main';
import { writeTree } from '../render/synth';
import { MANIFESTS, repoCopy, treeDigest } from './support/fixtures';

describe('render', () => {
  it('a fresh render equals the committed manifests/ byte for byte (run `npm run synth` and commit if this fails)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'render-'));
    try {
      writeTree(dir, renderAll(), capacityNotes());
      expect(treeDigest(dir)).toEqual(treeDigest(MANIFESTS));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two renders are identical', () => {
    const a = mkdtempSync(path.join(os.tmpdir(), 'render-a-'));
    const b = mkdtempSync(path.join(os.tmpdir(), 'render-b-'));
    try {
      writeTree(a, renderAll());
      writeTree(b, renderAll());
      expect(treeDigest(a)).toEqual(treeDigest(b));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});

describe('atomic synth on a copy of the repository', () => {
  let copy: string;
  let before: Record<string, string>;
  const prodFile = () => path.join(copy, 'environments', 'prod.ts');

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

  it('`npm run synth` succeeds and leaves a clean copy unchanged', () => {
    execFileSync('npm', ['run', '-s', 'synth'], { cwd: copy, stdio: 'pipe' });
    expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
  });

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
      const run = spawnSync('npx', ['cdk8s', 'synth'], { cwd: copy, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain('prod: cluster ("Prod Cluster"): must be a DNS label');
      expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
    } finally {
      restore();
    }
  });

  it('renders through `npx cdk8s synth` into manifests/, with the CLI given only a copy', () => {
    const run = spawnSync('npx', ['cdk8s', 'synth'], { cwd: copy, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(treeDigest(path.join(copy, 'manifests'))).toEqual(before);
    expect(treeDigest(path.join(copy, '.cdk8s.out'))).toEqual(before);
  });
});
