import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflows } from '../tools/validators';
import { REPO_ROOT } from './support/fixtures';

describe('repository automation', () => {
  it('the workflow files pass actionlint', () => {
    const result = lintWorkflows(REPO_ROOT);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('Renovate finds every image pin of dev (and only dev) in versions.json', () => {
    const renovate = JSON.parse(readFileSync(path.join(REPO_ROOT, 'renovate.json'), 'utf8'));
    const [blockPattern, pinPattern] = renovate.customManagers[0].matchStrings.map((p: string) => new RegExp(p, 'g'));
    const text = readFileSync(path.join(REPO_ROOT, 'environments', 'versions.json'), 'utf8');
    const blocks = text.match(blockPattern) ?? [];
    expect(blocks).toHaveLength(1);
    const found = [...blocks[0]!.matchAll(pinPattern)].map((m) => `${m.groups!.depName}:${m.groups!.currentValue}`);
    expect(found.sort()).toEqual(Object.values(JSON.parse(text).dev as Record<string, string>).sort());
  });

  it('CODEOWNERS makes a platform owner review manifests/prod/', () => {
    const owners = readFileSync(path.join(REPO_ROOT, '.github', 'CODEOWNERS'), 'utf8');
    expect(owners).toMatch(/^\/manifests\/prod\/\s+@\S+/m);
  });
});
