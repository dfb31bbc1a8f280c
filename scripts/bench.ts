/**
 * `npm run bench [-- --runs N] [-- --tests]`: wall times, each against its floor measured in the same
 * run, as a Markdown table for the README's benchmark section. Runs alternate (floor, measure, floor,
 * ...) and the medians are compared, so that load from other processes falls on both alike.
 *
 * - render: `npm run synth` (every environment, the atomic write included) against the floor app, a
 *   minimal cdk8s app with the same pinned cdk8s, cdk8s-plus and tsx that renders one Deployment,
 *   run the way the cdk8s TypeScript template runs an app (`npx tsx main.ts`);
 * - validate: `npm run validate` against its external tools alone — the same kubeconform, promtool
 *   and amtool invocations over the same files, started together as validate starts them;
 * - tests (with `--tests`): the suite without the real API-server and operator files, then one whole
 *   `npm test`, wall times (the difference is what those files add).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { loadManifests } from '../render/manifests';
import { ensureSchemas } from '../tools/schemas';
import { configCalls, kubeconformCalls, runCalls } from '../tools/validate-all';

const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1] || 0) || 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall milliseconds of one command; throws with its output when it fails. */
function timed(command: string, args: string[], cwd = REPO_ROOT): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return ms;
}

async function timedAsync(body: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await body();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The floor app in a temporary folder, using this repository's node_modules (same pins). */
function floorApp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cdk8s-floor-'));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'main.ts'),
    [
      "import { App, Chart } from 'cdk8s';",
      "import { Deployment } from 'cdk8s-plus-28';",
      "const app = new App({ outdir: 'dist' });",
      "const chart = new Chart(app, 'floor');",
      "new Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27.3', portNumber: 80 }] });",
      'app.synth();',
      '',
    ].join('\n'),
  );
  return dir;
}

/** Alternates `floor` and `measure` RUNS times each (after one warm-up of each); medians. */
async function versus(floor: () => Promise<number> | number, measure: () => Promise<number> | number): Promise<{ floor: number; measure: number }> {
  await floor();
  await measure();
  const floors: number[] = [];
  const measures: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floors.push(await floor());
    measures.push(await measure());
  }
  return { floor: median(floors), measure: median(measures) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The test files that start real API servers and operators (their own time goal). */
const API_SERVER_TESTS = ['test/apiserver.test.ts', 'test/operators.test.ts'];

async function main(): Promise<void> {
  const rows: string[] = [];
  const app = floorApp();
  try {
    const render = await versus(
      () => timed('npx', ['tsx', 'main.ts'], app),
      () => timed('npm', ['run', '-s', 'synth']),
    );
    rows.push(`| render: \`npm run synth\` (all environments) / floor app \`npx tsx main.ts\` (one Deployment) | ${seconds(render.measure)} / ${seconds(render.floor)} | **${(render.measure / render.floor).toFixed(2)}×** | ≤ 2× |`);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }

  const manifests = path.join(REPO_ROOT, 'manifests');
  ensureSchemas();
  const tree = loadManifests(manifests);
  const objects = [...tree.values()].reduce((n, list) => n + list.length, 0);
  const envs = readdirSync(manifests, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-tools-'));
  try {
    mkdirSync(work, { recursive: true });
    const calls = [...kubeconformCalls(manifests, envs, () => objects), ...configCalls(tree, path.join(REPO_ROOT, 'test', 'rules'), work)];
    const validate = await versus(
      () =>
        timedAsync(async () => {
          const problems = await runCalls(calls);
          if (problems.length > 0) throw new Error(`the tools alone report problems:\n${problems.join('\n')}`);
        }),
      () => timed('npm', ['run', '-s', 'validate']),
    );
    const tools = calls.map((c) => `${path.basename(c.binary)} ${c.args[0]}`).join(', ');
    rows.push(`| validate: \`npm run validate\` / its tools alone (${calls.length} runs: ${tools}) | ${seconds(validate.measure)} / ${seconds(validate.floor)} | **${(validate.measure / validate.floor).toFixed(2)}×** | ≤ 1.25× |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  if (argv.includes('--tests')) {
    // The suite without the files that start real API servers and operators, then the whole suite:
    // the difference is what those files add (they run beside the others, one worker more than cores).
    const rest = timed('npm', ['test', '--', ...API_SERVER_TESTS.flatMap((file) => ['--exclude', file])]);
    const all = timed('npm', ['test']);
    rows.push(`| tests: \`npm test\` without ${API_SERVER_TESTS.map((f) => `\`${f}\``).join(' and ')} (wall, one run) | ${seconds(rest)} | | ≤ 60 s |`);
    rows.push(`| tests: \`npm test\`, whole suite (wall, one run); what the API-server and operator files add | ${seconds(all)}; +${seconds(all - rest)} | | +≤ 60 s |`);
  }

  console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; medians of ${RUNS} alternating runs after one warm-up each.`);
  console.log('');
  console.log('| measure | time / floor | ratio | goal |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\n${objects} objects in ${tree.size} environments.`);
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
