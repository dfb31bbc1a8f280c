import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKey, cacheRoot, fetchArchive, unpackArchive, type SourceArchive } from '../tools/source-archive';

/** A small real tar.gz with one top-level folder, as `git archive --prefix` makes them. */
function makeArchive(): { file: string; sha256: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'source-archive-'));
  mkdirSync(path.join(dir, 'prog-1.0.0'));
  writeFileSync(path.join(dir, 'prog-1.0.0', 'main.c'), 'int main(void) { return 0; }\n');
  const file = path.join(dir, 'prog-1.0.0.tar.gz');
  execFileSync('tar', ['-czf', file, '-C', dir, 'prog-1.0.0']);
  return { file, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

const spec = (sha256: string): SourceArchive => ({ url: 'https://example.invalid/prog-1.0.0.tar.gz', sha256, env: 'PROG_SOURCE_TEST', root: 'prog-1.0.0' });

describe('pinned source archives', () => {
  afterEach(() => { delete process.env.PROG_SOURCE_TEST; });

  it('uses the local copy the environment variable names when its SHA-256 matches the pin, and unpacks it once', () => {
    const { file, sha256 } = makeArchive();
    process.env.PROG_SOURCE_TEST = file;
    expect(fetchArchive(spec(sha256))).toBe(file);
    const into = mkdtempSync(path.join(os.tmpdir(), 'unpacked-'));
    const source = unpackArchive(spec(sha256), file, into);
    expect(readFileSync(path.join(source, 'main.c'), 'utf8')).toContain('main');
    expect(existsSync(path.join(into, 'unpacking'))).toBe(false);
  });

  it('fails on a local copy whose SHA-256 differs from the pin, naming the variable and both hashes', () => {
    const { file, sha256 } = makeArchive();
    process.env.PROG_SOURCE_TEST = file;
    const pin = '0'.repeat(64);
    expect(() => fetchArchive(spec(pin))).toThrow(`PROG_SOURCE_TEST=${file}: SHA-256 is ${sha256}, the pin is ${pin}`);
  });

  it('fails on a local copy that does not exist', () => {
    process.env.PROG_SOURCE_TEST = '/nonexistent/prog.tar.gz';
    expect(() => fetchArchive(spec('0'.repeat(64)))).toThrow('PROG_SOURCE_TEST=/nonexistent/prog.tar.gz: no such file');
  });

  it('keys build folders by the archive and the build inputs, and keeps the cache outside the clone', () => {
    const a = spec('a'.repeat(64));
    expect(buildKey(a, ['-O1'])).toBe(buildKey(a, ['-O1']));
    expect(buildKey(a, ['-O1'])).not.toBe(buildKey(a, ['-O2']));
    expect(buildKey(a, ['-O1'])).not.toBe(buildKey(spec('b'.repeat(64)), ['-O1']));
    expect(cacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/observability-platform');
    expect(cacheRoot({ HOME: os.homedir() })).toBe(path.join(os.homedir(), '.cache', 'observability-platform'));
  });
});
