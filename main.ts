/**
 * The app: the only module that iterates environments. For each environment: compose the platform
 * into one cdk8s App (platform.ts), then render it (render/). Every ConfigError is attributed to the
 * environment it came from.
 *
 * Run directly (`npm run synth`, or `npx cdk8s synth` through cdk8s.yaml) it renders every
 * environment atomically into manifests/.
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

/** Renders every environment. Environment names must be unique: each owns one folder. */
export function renderAll(envs: readonly EnvironmentConfig[] = ENVIRONMENTS): ManifestTree {
  const tree: ManifestTree = new Map();
  for (const env of envs) {
    if (tree.has(env.name)) throw new ConfigError('name', env.name, 'is used by two environments', env.name);
    for (const [name, objects] of renderEnvironment(env)) tree.set(name, objects);
  }
  return tree;
}

if (require.main === module) {
  try {
    const started = Date.now();
    const count = synthesize({ root: path.resolve(__dirname), render: () => renderAll(), notes: () => capacityNotes(), cliOutdir: process.env.CDK8S_OUTDIR });
    console.log(`rendered ${count} objects for ${ENVIRONMENTS.map((e) => e.name).join(', ')} into manifests/ in ${Date.now() - started} ms`);
  } catch (err) {
    console.error(`synth failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
