/**
 * Tools built with CMake from a pinned source archive (tools/source-archive.ts): Fluent Bit, which no
 * package registry here serves. The source is unpacked and built in the cache outside the clone, in a
 * folder keyed by the archive's SHA-256 and the CMake flags, so a fresh clone with a warm cache only
 * copies the binary; a changed flag gets a new folder instead of a stale CMake cache (a stale cache
 * keeps an input that was once off, off: see SOURCES.md on `FLB_IN_SYSTEMD`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runLogged } from './run-logged';
import { buildKey, cacheRoot, fetchArchive, unpackArchive, type SourceArchive } from './source-archive';

export interface CmakeArchive {
  readonly archive: SourceArchive;
  /** `-D` flags for the configure step. */
  readonly cmake: readonly string[];
  /** The CMake target that builds the program. */
  readonly target: string;
  /** The program's path inside the build folder. */
  readonly output: string;
  /**
   * Debian packages the build needs (compilers, generators, headers of the system libraries it links).
   * Some are optional to CMake and silently drop a feature when missing, so `npm run doctor` checks them.
   */
  readonly debian: readonly string[];
}

/** The packages of `wanted` that dpkg does not report as installed; undefined where there is no dpkg. */
export function missingDebianPackages(wanted: readonly string[]): string[] | undefined {
  const run = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Status}\n', ...wanted], { encoding: 'utf8' });
  if (run.error) return undefined;
  const installed = new Set(run.stdout.split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(/[ :]/)[0]));
  return wanted.filter((name) => !installed.has(name));
}

/** The one command that installs `packages` on Debian. */
export function aptInstallCommand(packages: readonly string[]): string {
  return `apt-get install -y ${packages.join(' ')}`;
}

/** Builds the program (or reuses the cached build) and copies it to `destination`. */
export async function buildFromArchive(name: string, spec: CmakeArchive, destination: string, log: (line: string) => void): Promise<void> {
  const missing = missingDebianPackages(spec.debian);
  if (missing?.length) throw new Error(`${name} needs the Debian packages ${missing.join(', ')}: ${aptInstallCommand(missing)}`);
  const dir = path.join(cacheRoot(), name, buildKey(spec.archive, spec));
  const built = path.join(dir, 'build', spec.output);
  const done = `${built}.done`;
  if (!existsSync(done)) {
    const archive = fetchArchive(spec.archive, log);
    mkdirSync(dir, { recursive: true });
    const source = unpackArchive(spec.archive, archive, dir);
    const build = path.join(dir, 'build');
    log(`building ${name}: cmake in ${build}`);
    await runLogged(name, 'cmake', ['-S', source, '-B', build, ...spec.cmake]);
    await runLogged(name, 'cmake', ['--build', build, '--target', spec.target, '--parallel', String(os.availableParallelism())]);
    // Marks a finished build, so an interrupted one is resumed by CMake instead of copied half-made.
    writeFileSync(done, '');
  }
  const partial = `${destination}.partial`;
  copyFileSync(built, partial);
  renameSync(partial, destination);
}
