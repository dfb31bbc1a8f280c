/**
 * The app: the only module that iterates environments. For each environment: compose the platform
 * into one cdk8s App (platform.ts), then render it (render/). Every ConfigError is attributed to the
 * environment it came from.
 *
 * Run directly (`npm run synth`, or `npx cdk8s synth` through cdk8s.yaml) it renders every
 * environment atomically into manifests/, reporting each environment as it goes.
 */
import * as path from 'node:path';
import { App } from 'cdk8s';
import { ConfigError } from './constructs/config-error';
import { ENVIRONMENTS, type EnvironmentConfig } from './environments';
import { compose, planEnvironmentCapacity } from './platform';
import { capacityMarkdown } from './render/footprint';
import { renderApp, type ManifestTree } from './render/manifests';
import { synthesize } from './render/synth';

export { compose, planEnvironmentCapacity } from './platform';

/** Runs `build` for `env`, attributing any ConfigError to the environment. */
function inEnvironment<T>(env: EnvironmentConfig, build: () => T): T {
  try {
    return build();
  } catch (err) {
    if (err instanceof ConfigError) throw err.in(env.name);
    throw err;
  }
}

/** Renders one environment; throws a ConfigError that names the environment on bad input. */
export function renderEnvironment(env: EnvironmentConfig): ManifestTree {
  return inEnvironment(env, () => {
    const app = new App();
    compose(app, env);
    return new Map([[env.name, renderApp(app)]]);
  });
}

/** The capacity section of each environment's `manifests/<env>/README.md`. */
export function capacityNotes(envs: readonly EnvironmentConfig[] = ENVIRONMENTS): Map<string, string> {
  return new Map(envs.map((env) => [env.name, capacityMarkdown(inEnvironment(env, () => planEnvironmentCapacity(env)))]));
}

/**
 * Renders every environment. Environment names must be unique: each owns one folder. `progress`
 * receives one line per environment as soon as it is rendered.
 */
export function renderAll(envs: readonly EnvironmentConfig[] = ENVIRONMENTS, progress?: (line: string) => void): ManifestTree {
  const tree: ManifestTree = new Map();
  for (const env of envs) {
    if (tree.has(env.name)) throw new ConfigError('name', env.name, 'is used by two environments', env.name);
    const started = Date.now();
    for (const [name, objects] of renderEnvironment(env)) {
      tree.set(name, objects);
      progress?.(`${name}: ${objects.length} objects built in ${Date.now() - started} ms`);
    }
  }
  return tree;
}

/**
 * `node scripts/run.js main.ts`: renders every environment atomically into manifests/.
 * `... main.ts --out <dir>`: the same, into `<dir>` instead (for the tests, which compare one shared
 * render with manifests/), leaving manifests/ alone.
 */
if (require.main === module) {
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const outAt = process.argv.indexOf('--out');
  try {
    const outDir = outAt >= 0 ? path.resolve(process.argv[outAt + 1] ?? '') : path.join(__dirname, 'manifests');
    if (outAt >= 0 && !process.argv[outAt + 1]) throw new Error('--out needs a folder');
    const result = synthesize({
      root: path.resolve(__dirname),
      outDir,
      render: () => renderAll(ENVIRONMENTS, log),
      notes: () => capacityNotes(),
      cliOutdir: process.env.CDK8S_OUTDIR,
      log,
    });
    const files = `${result.written} file(s) written, ${result.unchanged} unchanged, ${result.removed} removed`;
    log(`rendered ${result.objects} objects for ${ENVIRONMENTS.map((e) => e.name).join(', ')} into ${path.relative(process.cwd(), outDir)}/ (${files}) in ${Date.now() - started} ms`);
  } catch (err) {
    console.error(`synth failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
