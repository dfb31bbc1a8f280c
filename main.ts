/**
 * The app: the only module that iterates environments. Every environment file is loaded and checked
 * against the schema (render/environment-schema.ts) before any chart is built; then, for each
 * environment, the platform is composed into one cdk8s App (platform.ts) and rendered (render/).
 *
 * Run directly (`npm run synth`, or `npx cdk8s synth` through cdk8s.yaml) it renders every
 * environment atomically into manifests/, reporting each environment as it goes. `--verbose` (or
 * `DEBUG=1`) adds stack traces to errors.
 */
import * as path from 'node:path';
import { App } from 'cdk8s';
import { ConfigError, formatConfigValue } from './constructs/config-error';
import { loadEnvironments } from './environments/load';
import type { EnvironmentConfig } from './environments/types';
import { compose, environmentCapacityFailures, planEnvironmentCapacity } from './platform';
import { cpuMillis, environmentLabel, formatViolation, sizeBytesOf, validateEnvironments, type Violation } from './render/environment-schema';
import { capacityMarkdown, type DeclaredPool, footprint, nodeFitProblem } from './render/footprint';
import { renderApp, type ManifestTree } from './render/manifests';
import { synthesize } from './render/synth';

export { compose, planEnvironmentCapacity } from './platform';

/** Environment files that break the schema: every violation of every environment, one per line. */
export class InvalidEnvironmentsError extends Error {
  constructor(readonly violations: readonly Violation[]) {
    super(`${violations.length} invalid setting(s); nothing was rendered:\n  ${violations.map(formatViolation).join('\n  ')}`);
    this.name = 'InvalidEnvironmentsError';
  }
}

/**
 * An exception thrown while building one environment that is not a ConfigError (a bug, or a value
 * the schema let through that a construct or cdk8s could not handle): names the environment and
 * the component (chart) that was being built; the original error is its `cause`.
 */
export class BuildError extends Error {
  constructor(readonly environment: string, readonly component: string, readonly cause: unknown) {
    super(`${environment}: building ${component} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'BuildError';
  }
}

/** Checks every environment against the schema; throws InvalidEnvironmentsError listing every violation. */
export function checkEnvironments(inputs: readonly unknown[]): EnvironmentConfig[] {
  const violations = validateEnvironments(inputs);
  if (violations.length > 0) throw new InvalidEnvironmentsError(violations);
  return inputs as EnvironmentConfig[];
}

/** Runs `build` for `env`; any error comes out naming the environment (and the chart being built, from `app`). */
function inEnvironment<T>(env: EnvironmentConfig, build: () => T, app?: App): T {
  try {
    return build();
  } catch (err) {
    if (err instanceof ConfigError) throw err.in(env.name);
    if (err instanceof BuildError) throw err;
    // A chart registers itself with the app before its constructor body runs: the last one is the one that threw.
    const chart = app?.charts[app.charts.length - 1];
    throw new BuildError(env.name, chart ? `chart "${chart.node.id}"` : 'the environment', err);
  }
}

/** Renders one environment (already checked by the schema); throws an error that names the environment on bad input. */
export function renderEnvironment(env: EnvironmentConfig): ManifestTree {
  const app = new App();
  return inEnvironment(env, () => {
    compose(app, env);
    const objects = renderApp(app);
    const misfit = nodeFitError(env, objects);
    if (misfit) throw misfit;
    return new Map([[env.name, objects]]);
  }, app);
}

/** The rendered footprint (operator-managed pods included) against the nodes the environment declares. */
function nodeFitError(env: EnvironmentConfig, objects: Parameters<typeof footprint>[0]): ConfigError | undefined {
  const problem = nodeFitProblem(footprint(objects), declaredPools(env));
  return problem ? new ConfigError('nodes.pools', env.nodes.pools.map((p) => p.name), problem) : undefined;
}

/** The environment's node pools in the footprint's units. */
export function declaredPools(env: EnvironmentConfig): DeclaredPool[] {
  return env.nodes.pools.map((p) => ({
    name: p.name,
    count: p.count,
    cpuMillis: cpuMillis(p.cpu),
    memoryBytes: sizeBytesOf(p.memory),
    zones: p.zones,
    tainted: (p.taints ?? []).some((t) => t.effect !== 'PreferNoSchedule'),
  }));
}

/** The capacity section of each environment's `manifests/<env>/README.md`. */
export function capacityNotes(envs: readonly EnvironmentConfig[] = loadChecked()): Map<string, string> {
  return new Map(envs.map((env) => [env.name, capacityMarkdown(inEnvironment(env, () => planEnvironmentCapacity(env)))]));
}

/** Every environment file, checked against the schema. */
export function loadChecked(): EnvironmentConfig[] {
  return checkEnvironments(loadEnvironments());
}

/** A construct's ConfigError (already attributed to its environment) as a violation line. */
function violationOf(err: ConfigError, environment: string): Violation {
  return { environment: err.environment ?? environment, field: err.field, value: formatConfigValue(err.value), rule: err.rule };
}

/**
 * Checks every environment against the schema, then builds every environment the schema accepts and
 * collects the rules checked while charts are built (every failing capacity check, and the first
 * ConfigError a construct throws) for all of them: one InvalidEnvironmentsError lists the schema's
 * violations and these together, and nothing is rendered unless there are none. `progress` receives
 * one line per environment as soon as it is rendered.
 */
export function renderAll(envs: readonly unknown[] = loadEnvironments(), progress?: (line: string) => void): ManifestTree {
  const violations = validateEnvironments(envs);
  const invalid = new Set(violations.map((v) => v.environment));
  const built: { env: EnvironmentConfig; app: App; composeMs: number }[] = [];
  envs.forEach((input, i) => {
    if (invalid.has(environmentLabel(input, `environment #${i + 1}`))) return;
    const env = input as EnvironmentConfig;
    const started = Date.now();
    const found = inEnvironment(env, () => environmentCapacityFailures(env)).map((err) => violationOf(err, env.name));
    const app = new App();
    try {
      inEnvironment(env, () => compose(app, env), app);
      built.push({ env, app, composeMs: Date.now() - started });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // compose() stops at the first capacity failure too: listed above already.
      const v = violationOf(err, env.name);
      if (!found.some((f) => formatViolation(f) === formatViolation(v))) found.push(v);
    }
    violations.push(...found);
  });
  if (violations.length > 0) throw new InvalidEnvironmentsError(violations);
  const tree: ManifestTree = new Map();
  for (const { env, app, composeMs } of built) {
    const started = Date.now();
    const objects = inEnvironment(env, () => renderApp(app), app);
    const misfit = nodeFitError(env, objects);
    if (misfit) violations.push(violationOf(misfit, env.name));
    tree.set(env.name, objects);
    progress?.(`${env.name}: ${objects.length} objects built in ${composeMs + Date.now() - started} ms`);
  }
  if (violations.length > 0) throw new InvalidEnvironmentsError(violations);
  return tree;
}

/** What a person reads when synth fails: the message, and with `verbose` the stack traces. */
export function describeFailure(err: unknown, verbose: boolean): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!verbose) return `synth failed: ${message}${err instanceof BuildError ? '\n(run with --verbose for the stack trace)' : ''}`;
  const stacks: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) stacks.push(e.stack ?? e.message);
  return `synth failed: ${message}\n${stacks.join('\ncaused by: ')}`;
}

/**
 * `node scripts/run.js main.ts`: renders every environment atomically into manifests/.
 * `... main.ts --out <dir>`: the same, into `<dir>` instead (for the tests, which compare one shared
 * render with manifests/), leaving manifests/ alone.
 */
if (require.main === module) {
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const verbose = process.argv.includes('--verbose') || Boolean(process.env.DEBUG);
  const outAt = process.argv.indexOf('--out');
  try {
    const outDir = outAt >= 0 ? path.resolve(process.argv[outAt + 1] ?? '') : path.join(__dirname, 'manifests');
    if (outAt >= 0 && !process.argv[outAt + 1]) throw new Error('--out needs a folder');
    // Unchecked here: renderAll() reports the schema's and the charts' violations of all of them at once.
    const envs = loadEnvironments() as EnvironmentConfig[];
    const result = synthesize({
      root: path.resolve(__dirname),
      outDir,
      render: () => renderAll(envs, log),
      notes: () => capacityNotes(envs),
      cliOutdir: process.env.CDK8S_OUTDIR,
      log,
    });
    const files = `${result.written} file(s) written, ${result.unchanged} unchanged, ${result.removed} removed`;
    log(`rendered ${result.objects} objects for ${envs.map((e) => e.name).join(', ')} into ${path.relative(process.cwd(), outDir)}/ (${files}) in ${Date.now() - started} ms`);
  } catch (err) {
    console.error(describeFailure(err, verbose));
    process.exit(1);
  }
}
