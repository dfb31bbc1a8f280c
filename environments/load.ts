import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { STAGES } from './types';

/** Files of this folder that hold shared parts, not environments. */
const NOT_ENVIRONMENTS = new Set(['index.ts', 'load.ts', 'types.ts', 'base.ts', 'versions.ts']);

/** Where in a source file an error was thrown, and the setting written there when one can be read off the line. */
export interface SourceLocation {
  /** Relative to the repository (`environments/prod.ts`). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The key the failing expression is the value of (`retentionBytes: Size.gibibytes(-1)` → `retentionBytes`). */
  readonly field?: string;
}

/**
 * An environment file that could not be loaded (e.g. a cdk8s Size built from a negative amount): names
 * the file, and where the source shows it the line and the field whose value threw.
 */
export class EnvironmentLoadError extends Error {
  constructor(readonly file: string, readonly cause: unknown, readonly location?: SourceLocation) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const at = location ? `${location.file}:${location.line}:${location.column}` : `environments/${file}`;
    const where = location && location.file !== `environments/${file}` ? `environments/${file}: cannot be loaded: ${at}` : `${at}: cannot be loaded`;
    super(`${where}: ${location?.field ? `${location.field}: ` : ''}${reason}`);
    this.name = 'EnvironmentLoadError';
  }
}

/**
 * tsx's scoped `require` (a TypeScript file and what it imports, compiled on the fly, with source maps
 * so stack traces name source lines). Loaded from its file: under tsx itself, resolving the package's
 * `tsx/cjs/api` export picks its type declarations (an empty module), so `tsx.require` was undefined.
 */
function tsxRequire(file: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cjs', 'api', 'index.cjs')) as typeof import('tsx/cjs/api');
  return api.require(file, __filename) as Record<string, unknown>;
}

/** Whether this process's own `require` compiles TypeScript: scripts/run.js marks its loader so. */
function requireCompilesTypeScript(): boolean {
  return Boolean((require.extensions['.ts'] as { compilesTypeScript?: boolean } | undefined)?.compilesTypeScript);
}

/**
 * Loads a TypeScript file. Under `scripts/run.js` (`npm run synth` and every other command) the
 * process's own `require` compiles TypeScript: its loader says so (`compilesTypeScript`). Elsewhere
 * (vitest, whose `require` is Node's plain one, and tsx, whose global hook a scoped require may have
 * replaced) tsx's scoped require does it, loaded only then.
 */
function loadTypeScript(file: string): Record<string, unknown> {
  return requireCompilesTypeScript() ? (require(file) as Record<string, unknown>) : tsxRequire(file);
}

/**
 * The first stack frame in the repository's own sources (not node_modules), with the key written
 * there. Files of `dir` (the environments folder being loaded) are named `environments/<file>`.
 */
export function sourceLocation(err: unknown, dir: string = __dirname, root: string = path.join(__dirname, '..')): SourceLocation | undefined {
  const stack = err instanceof Error ? err.stack ?? '' : '';
  for (const match of stack.matchAll(/\(?((?:file:\/\/)?\/[^\s():]+\.ts):(\d+):(\d+)\)?/g)) {
    const absolute = match[1]!.replace(/^file:\/\//, '');
    const file = path.dirname(absolute) === dir ? path.join('environments', path.basename(absolute)) : path.relative(root, absolute);
    if (file.startsWith('..') || file.split(path.sep).includes('node_modules')) continue;
    const line = Number(match[2]);
    const column = Number(match[3]);
    let field: string | undefined;
    try {
      const text = readFileSync(absolute, 'utf8').split('\n')[line - 1] ?? '';
      // The last `key:` before the column: the setting whose value expression threw.
      field = [...text.slice(0, column).matchAll(/([A-Za-z_$][\w$]*)\s*:/g)].pop()?.[1];
    } catch {
      field = undefined;
    }
    return { file: file.split(path.sep).join('/'), line, column, field };
  }
  return undefined;
}

/**
 * Why a file failed to load, with its location. The first load's stack may name compiled lines
 * (scripts/run.js compiles without source maps; under vitest Node's source maps are off), so the file
 * is loaded once more through tsx with Node's source maps on, whose stack names source lines. Only
 * this error path pays for it.
 */
function loadError(dir: string, file: string, absolute: string, err: unknown): EnvironmentLoadError {
  let mapped = err;
  const sourceMaps = process.sourceMapsEnabled;
  // Node's own stack formatting, which applies the maps: vitest installs a formatter of its own.
  const format = Error.prepareStackTrace;
  (Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;
  process.setSourceMapsEnabled(true);
  try {
    tsxRequire(absolute);
  } catch (again) {
    // Formatted now: V8 formats a stack when it is first read, and maps it only while maps are on.
    void (again as Error | undefined)?.stack;
    mapped = again;
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
    Error.prepareStackTrace = format;
  }
  return new EnvironmentLoadError(file, err, sourceLocation(mapped, dir));
}

/** The file each loaded environment came from (for messages that must name it). */
const SOURCES = new WeakMap<object, string>();

/** The file an environment object was loaded from (`environments/prod.ts`), when loadEnvironments() loaded it. */
export function environmentSource(env: unknown): string | undefined {
  return typeof env === 'object' && env !== null ? SOURCES.get(env) : undefined;
}

/**
 * Every environment: each other `.ts` file of this folder exports one object with a `stage`.
 * Adding an environment (a second production cluster) is adding a file; nothing lists them.
 * Ordered by stage (promotion order), then by name. Values are unchecked here: the schema in
 * render/environment-schema.ts checks them before anything renders.
 */
export function loadEnvironments(dir: string = __dirname): unknown[] {
  const found: unknown[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_ENVIRONMENTS.has(f)).sort()) {
    const absolute = path.join(dir, file);
    let exports: Record<string, unknown>;
    try {
      exports = loadTypeScript(absolute);
    } catch (err) {
      throw loadError(dir, file, absolute, err);
    }
    const environments = Object.values(exports).filter((v) => typeof v === 'object' && v !== null && 'stage' in v);
    if (environments.length !== 1) throw new EnvironmentLoadError(file, new Error(`must export exactly one environment (an object with a stage), found ${environments.length}`));
    SOURCES.set(environments[0] as object, `environments/${file}`);
    found.push(environments[0]);
  }
  const rank = (e: unknown) => {
    const stage = (e as { stage?: unknown }).stage;
    const i = (STAGES as readonly unknown[]).indexOf(stage);
    return i < 0 ? STAGES.length : i;
  };
  const name = (e: unknown) => String((e as { name?: unknown }).name);
  return found.sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)));
}
