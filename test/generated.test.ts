import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../tools/schemas';
import { REPO_ROOT, treeDigest } from './support/fixtures';

describe('generated code and schemas', () => {
  it('`npm run import` regenerates imports/ with no difference', () => {
    const out = `.cache/imports-check-${process.pid}`;
    try {
      execFileSync('npx', ['tsx', 'scripts/import.ts', out], { cwd: REPO_ROOT, stdio: 'pipe' });
      expect(treeDigest(path.join(REPO_ROOT, out))).toEqual(treeDigest(path.join(REPO_ROOT, 'imports')));
    } finally {
      rmSync(path.join(REPO_ROOT, out), { recursive: true, force: true });
    }
  });

  it('schema generation is deterministic', () => {
    const a = mkdtempSync(path.join(os.tmpdir(), 'schemas-a-'));
    const b = mkdtempSync(path.join(os.tmpdir(), 'schemas-b-'));
    try {
      const count = generateSchemas(a);
      generateSchemas(b);
      expect(count).toBeGreaterThan(300);
      expect(treeDigest(a)).toEqual(treeDigest(b));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
