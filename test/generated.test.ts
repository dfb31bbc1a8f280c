import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSchemas, generateSchemas, SCHEMA_DIR } from '../tools/schemas';
import { REPO_ROOT, treeDigest } from './support/fixtures';

describe('generated code and schemas', () => {
  it('`npm run import` regenerates imports/ with no difference', () => {
    const out = `.cache/imports-check-${process.pid}`;
    try {
      execFileSync(process.execPath, ['scripts/run.js', 'scripts/import.ts', out], { cwd: REPO_ROOT, stdio: 'pipe' });
      expect(treeDigest(path.join(REPO_ROOT, out))).toEqual(treeDigest(path.join(REPO_ROOT, 'imports')));
    } finally {
      rmSync(path.join(REPO_ROOT, out), { recursive: true, force: true });
    }
  });

  it('schema generation is deterministic: a fresh generation equals the schemas kubeconform reads', () => {
    // ensureSchemas() generated SCHEMA_DIR in an earlier process (or reused it for the same inputs).
    ensureSchemas();
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'schemas-'));
    try {
      expect(generateSchemas(fresh)).toBeGreaterThan(300);
      const { ['.digest']: _stamp, ...used } = treeDigest(SCHEMA_DIR);
      expect(treeDigest(fresh)).toEqual(used);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
