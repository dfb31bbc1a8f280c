import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { STAGES } from './types';

/** Files of this folder that hold shared parts, not environments. */
const NOT_ENVIRONMENTS = new Set(['index.ts', 'load.ts', 'types.ts', 'base.ts', 'versions.ts']);

/** An environment file that could not be loaded (e.g. a cdk8s Size built from a negative amount). */
export class EnvironmentLoadError extends Error {
  constructor(readonly file: string, readonly cause: unknown) {
    super(`environments/${file}: cannot be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'EnvironmentLoadError';
  }
}

/**
 * Loads a TypeScript file. Under `scripts/run.js` (`npm run synth` and every other command) the
 * process's own `require` compiles TypeScript: its loader says so (`compilesTypeScript`). Elsewhere
 * (vitest, whose `require` is Node's plain one, and tsx) tsx's scoped require does it, loaded only then.
 */
function loadTypeScript(file: string): Record<string, unknown> {
  if ((require.extensions['.ts'] as { compilesTypeScript?: boolean } | undefined)?.compilesTypeScript) return require(file) as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tsx = require('tsx/cjs/api') as typeof import('tsx/cjs/api');
  return tsx.require(file, __filename) as Record<string, unknown>;
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
    let exports: Record<string, unknown>;
    try {
      exports = loadTypeScript(path.join(dir, file));
    } catch (err) {
      throw new EnvironmentLoadError(file, err);
    }
    const environments = Object.values(exports).filter((v) => typeof v === 'object' && v !== null && 'stage' in v);
    if (environments.length !== 1) throw new EnvironmentLoadError(file, new Error(`must export exactly one environment (an object with a stage), found ${environments.length}`));
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
