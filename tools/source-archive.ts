/**
 * Pinned source archives of programs no package registry here serves (Fluent Bit, influxdb-cluster):
 * the upstream release URL with its SHA-256, or a local copy of the same bytes named by an environment
 * variable (`.ci/run` points it at `../shared/upstream/...` when that exists). Either way the SHA-256 is
 * checked before anything is unpacked, and builds live in a cache outside the clone, keyed by what they
 * were built from, so a fresh clone with a warm cache does not compile again.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface SourceArchive {
  /** The release archive upstream publishes (read only when `env` names no local copy). */
  readonly url: string;
  /** SHA-256 of the archive's bytes, whichever way they arrive. */
  readonly sha256: string;
  /** Environment variable that may name a local copy of the archive (checked against `sha256` too). */
  readonly env: string;
  /** The folder the archive unpacks to (its single top-level entry), e.g. `fluent-bit-4.2.0`. */
  readonly root: string;
}

/** `${XDG_CACHE_HOME:-$HOME/.cache}/observability-platform`: outside every clone, shared between them. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'observability-platform');
}

/** A short stable key for a build folder: the archive's SHA-256 and everything else the build depends on. */
export function buildKey(archive: SourceArchive, inputs: unknown): string {
  return createHash('sha256').update(archive.sha256).update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * A verified copy of the archive on disk: the file `archive.env` names, or the release URL downloaded
 * once into the cache (with curl, so that `npm run tools` stays synchronous). Throws, naming the file,
 * both hashes and the variable, when the bytes differ from the pin.
 */
export function fetchArchive(archive: SourceArchive, log: (line: string) => void = console.error): string {
  const local = process.env[archive.env];
  if (local) {
    const file = path.resolve(local);
    if (!existsSync(file)) throw new Error(`${archive.env}=${local}: no such file (unset it to download ${archive.url})`);
    const found = sha256Of(file);
    if (found !== archive.sha256) throw new Error(`${archive.env}=${local}: SHA-256 is ${found}, the pin is ${archive.sha256}`);
    return file;
  }
  const dir = path.join(cacheRoot(), 'archives');
  const file = path.join(dir, `${archive.sha256}-${path.basename(new URL(archive.url).pathname)}`);
  if (existsSync(file) && sha256Of(file) === archive.sha256) return file;
  mkdirSync(dir, { recursive: true });
  log(`downloading ${archive.url} (or set ${archive.env} to a local copy)`);
  const partial = `${file}.partial`;
  try {
    execFileSync('curl', ['-fsSL', '--retry', '3', '-o', partial, archive.url], { stdio: 'inherit' });
  } catch {
    throw new Error(`could not download ${archive.url}; set ${archive.env} to a local copy of the archive`);
  }
  const found = sha256Of(partial);
  if (found !== archive.sha256) {
    rmSync(partial);
    throw new Error(`${archive.url}: SHA-256 is ${found}, the pin is ${archive.sha256}`);
  }
  renameSync(partial, file);
  return file;
}

/**
 * The archive unpacked once under `dir` (`dir/<root>`); a folder left half-written by an interrupted
 * run is replaced, because only a finished unpack is renamed into place.
 */
export function unpackArchive(archive: SourceArchive, file: string, dir: string): string {
  const source = path.join(dir, archive.root);
  if (existsSync(source)) return source;
  const staging = path.join(dir, 'unpacking');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('tar', ['-xzf', file, '-C', staging], { stdio: 'inherit' });
  if (!existsSync(path.join(staging, archive.root))) throw new Error(`${file} does not unpack to ${archive.root}/`);
  renameSync(path.join(staging, archive.root), source);
  rmSync(staging, { recursive: true, force: true });
  return source;
}
