/**
 * tools/pinned-source.ts with real archives made here by tar: a local copy named by its variable is
 * checked against the pin before anything is unpacked, and unpacked once per SHA-256.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackedSource, type SourceArchive } from '../tools/pinned-source';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pinned-source-'));
const variable = `PINNED_SOURCE_TEST_${process.pid}`;
afterAll(() => {
  delete process.env[variable];
  rmSync(dir, { recursive: true, force: true });
});

/** A `.tar.gz` holding `<root>/main.go` with `text`, and its SHA-256. */
function archive(name: string, root: string, text: string): { file: string; sha256: string } {
  const tree = path.join(dir, `${name}-tree`);
  mkdirSync(path.join(tree, root), { recursive: true });
  writeFileSync(path.join(tree, root, 'main.go'), text);
  const file = path.join(dir, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', file, '-C', tree, root]);
  return { file, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

const spec = (sha256: string, root: string): SourceArchive => ({ url: 'https://example.invalid/source.tar.gz', sha256, env: variable, root });

describe('pinned source archives', () => {
  it('unpacks the local copy its variable names once, under its SHA-256, and reuses that tree', () => {
    const { file, sha256 } = archive('good', 'prog-1.0.0', 'package main\n');
    const cache = path.join(dir, 'cache-good');
    process.env[variable] = file;
    const lines: string[] = [];
    const tree = unpackedSource(spec(sha256, 'prog-1.0.0'), (l) => lines.push(l), cache);
    expect(tree).toBe(path.join(cache, sha256, 'prog-1.0.0'));
    expect(readFileSync(path.join(tree, 'main.go'), 'utf8')).toBe('package main\n');
    expect(lines.join('\n')).toContain(`from ${variable}`);
    // No half-unpacked work folders are left beside it.
    expect(readdirSync(cache)).toEqual([sha256]);
    // Cached: the archive is not read again.
    rmSync(file);
    expect(unpackedSource(spec(sha256, 'prog-1.0.0'), () => {}, cache)).toBe(tree);
  });

  it('fails naming the file, its SHA-256 and the pin when the copy is not the pinned archive, and unpacks nothing', () => {
    const { file, sha256 } = archive('other', 'prog-1.0.0', 'package other\n');
    const cache = path.join(dir, 'cache-other');
    process.env[variable] = file;
    const pin = '0'.repeat(64);
    expect(() => unpackedSource(spec(pin, 'prog-1.0.0'), () => {}, cache)).toThrow(`${file}: SHA-256 is ${sha256}, the pin is ${pin}`);
    expect(existsSync(path.join(cache, pin))).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('fails naming the variable when it names no file', () => {
    process.env[variable] = path.join(dir, 'missing.tar.gz');
    expect(() => unpackedSource(spec('1'.repeat(64), 'prog'), () => {}, path.join(dir, 'cache-missing'))).toThrow(`${variable}=${path.join(dir, 'missing.tar.gz')}: no such file`);
  });

  it('fails when the archive has another top folder than the pin says', () => {
    const { file, sha256 } = archive('root', 'prog-2.0.0', 'package main\n');
    process.env[variable] = file;
    expect(() => unpackedSource(spec(sha256, 'prog-1.0.0'), () => {}, path.join(dir, 'cache-root'))).toThrow('has no top folder prog-1.0.0');
  });
});
