/**
 * Source archives of programs no package registry here serves, pinned by SHA-256. The archive comes
 * from a local copy named by an environment variable when it is set (CI points it at the offline copy
 * in ../shared/upstream/), else from the release URL; either way its SHA-256 must match before it is
 * unpacked. Unpacked trees live outside the clone, in a cache keyed by the SHA-256, so every clone
 * on the machine shares one tree and a changed pin never reuses a stale one.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface SourceArchive {
  /** The release URL of the `.tar.gz`. */
  readonly url: string;
  /** SHA-256 of the archive (hex). */
  readonly sha256: string;
  /** Environment variable that may name a local copy of the same archive (checked against `sha256` too). */
  readonly env: string;
  /** The archive's single top folder (`git archive --prefix`). */
  readonly root: string;
}

/** Where unpacked sources are kept: `$XDG_CACHE_HOME/platform-sources` or `~/.cache/platform-sources`. */
export const SOURCE_CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'platform-sources');

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The unpacked source tree of `source` (its `root` folder), fetching and checking the archive when it is not cached yet. */
export function unpackedSource(source: SourceArchive, log: (line: string) => void = console.error, cache = SOURCE_CACHE): string {
  const dir = path.join(cache, source.sha256);
  const tree = path.join(dir, source.root);
  if (existsSync(tree)) return tree;
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, `.${source.sha256.slice(0, 12)}-`));
  try {
    const local = process.env[source.env];
    let archive: string;
    if (local) {
      if (!existsSync(local)) throw new Error(`${source.env}=${local}: no such file (unset it to download ${source.url})`);
      archive = path.resolve(local);
      log(`source: ${archive} (from ${source.env})`);
    } else {
      archive = path.join(work, 'source.tar.gz');
      log(`source: downloading ${source.url}`);
      execFileSync('curl', ['-fsSL', '--retry', '3', '-o', archive, source.url], { stdio: 'inherit' });
    }
    const found = sha256Of(archive);
    if (found !== source.sha256) throw new Error(`${archive}: SHA-256 is ${found}, the pin is ${source.sha256} (${source.url})`);
    const out = path.join(work, 'tree');
    mkdirSync(out);
    execFileSync('tar', ['-xzf', archive, '-C', out]);
    if (!existsSync(path.join(out, source.root))) throw new Error(`${archive} has no top folder ${source.root}`);
    // Rename is atomic: a concurrent or interrupted unpack never leaves a half tree under the key.
    try {
      renameSync(out, dir);
    } catch (error) {
      if (!existsSync(tree)) throw error;
    }
    return tree;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
