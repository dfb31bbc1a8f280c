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
 *   `npm test`, wall times (the difference is what those files add);
 * - log path (with `--log-path`, alone): records per CPU-second of prod's forwarder (tail → Kafka) and
 *   dev's aggregator (Kafka → Elasticsearch stand-in), see logPathThroughput;
 * - aggregator memory (with `--aggregator-memory <env> [--records N]`, alone): the peak resident
 *   memory of that environment's aggregator working off a backlog, see aggregatorBacklogMemory.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { loadManifests } from '../render/manifests';
import { ensureSchemas } from '../tools/schemas';
import { configCalls, kubeconformCalls, runCalls } from '../tools/validate-all';
import { containerFile, cpuSeconds, startLogPath } from '../test/support/log-path';
import { waitFor } from '../test/support/processes';

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

/** Lines per measured batch, and batches: each batch is one rate, the median is the figure. */
const LOG_PATH_BATCH = Number(argv[argv.indexOf('--records') + 1] || 0) || 20_000;
const LOG_PATH_BATCHES = 3;
const LOG_PATH_ENV = 'prod';
/** The Fluent Bit aggregator an environment deploys: prod's is Logstash (README "Log pipeline"), dev's is Fluent Bit. */
const LOG_PATH_AGGREGATOR_ENV = 'dev';

/** One ~1 KB container log line as the runtime writes it: CRI prefix, an ECS-style JSON record. */
function loadLine(i: number, batch: number): string {
  const record = { '@timestamp': new Date(Date.UTC(2026, 11, 7, 3, 0, 0, i % 1000)).toISOString(), 'log.level': 'info', 'service.name': 'checkout', 'trace.id': `${batch}-${i}`.padStart(32, '0'), message: `request served bench-${batch}-${i} ` };
  const text = JSON.stringify(record);
  return `2026-12-07T03:00:00.${String(i % 1e9).padStart(9, '0')}Z stdout F ${text.slice(0, -2)}${'x'.repeat(Math.max(0, 960 - text.length))}"}\n`;
}

/**
 * Records per CPU-second of prod's forwarder (tail → kubernetes filter → Kafka) and dev's aggregator
 * (Kafka → Elasticsearch stand-in, reading prod's topics over prod's listener), each Fluent Bit process with its rendered configuration
 * (test/support/log-path.ts). CPU time is the process's own user + system time from /proc, so the
 * figure does not depend on what else the machine runs. Both windows run from the write until the
 * Elasticsearch stand-in holds every record of the batch (the forwarder has then sent them all:
 * the built tool has no metrics endpoint to tell earlier), so they include the processes' idle timers
 * (measured before the batches and printed) and the rates are lower bounds.
 */
async function logPathThroughput(): Promise<string[]> {
  const pod = { namespace: 'bench', pod: 'load-0', container: 'app', labels: { app: 'load' }, annotations: {} };
  const lp = await startLogPath({ env: LOG_PATH_ENV, aggregatorEnv: LOG_PATH_AGGREGATOR_ENV, pods: [pod] });
  const stream = `logs-container-${LOG_PATH_AGGREGATOR_ENV}`;
  const indexed = () => lp.es.streams.get(stream)?.length ?? 0;
  const failures = () => [...lp.es.failures.values()].flat().length;
  const file = lp.forwarder.at(containerFile(pod));
  const rates: Array<{ forwarder: number; aggregator: number; bytes: number; wall: number }> = [];
  try {
    const idle = { forwarder: cpuSeconds(lp.forwarderProcess.child.pid!), aggregator: cpuSeconds(lp.aggregatorProcess.child.pid!) };
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.error(`idle: forwarder ${((cpuSeconds(lp.forwarderProcess.child.pid!) - idle.forwarder) / 10).toFixed(4)} CPU-s/s, aggregator ${((cpuSeconds(lp.aggregatorProcess.child.pid!) - idle.aggregator) / 10).toFixed(4)} CPU-s/s`);
    let total = 0;
    for (let batch = 0; batch <= LOG_PATH_BATCHES; batch++) {
      // Batch 0 warms up (Kafka connections, the pod's metadata, the first chunks) and is not counted.
      const count = batch === 0 ? 1000 : LOG_PATH_BATCH;
      const text = Array.from({ length: count }, (_, i) => loadLine(i, batch)).join('');
      const before = { forwarder: cpuSeconds(lp.forwarderProcess.child.pid!), aggregator: cpuSeconds(lp.aggregatorProcess.child.pid!), at: Date.now() };
      appendFileSync(file, text);
      total += count;
      await waitFor(`${total} records indexed`, () => {
        if (failures()) throw new Error(`records in the failure store: ${JSON.stringify([...lp.es.failures.values()].flat()[0])}`);
        return indexed() >= total ? true : undefined;
      }, 300_000, 100);
      const forwarder = cpuSeconds(lp.forwarderProcess.child.pid!) - before.forwarder;
      const aggregator = cpuSeconds(lp.aggregatorProcess.child.pid!) - before.aggregator;
      if (batch > 0) rates.push({ forwarder: count / forwarder, aggregator: count / aggregator, bytes: text.length / count, wall: (Date.now() - before.at) / 1000 });
      console.error(`batch ${batch}: ${count} records, forwarder ${forwarder.toFixed(2)} CPU-s, aggregator ${aggregator.toFixed(2)} CPU-s, ${((Date.now() - before.at) / 1000).toFixed(1)} s wall`);
    }
  } finally {
    await lp.close();
  }
  const list = (key: 'forwarder' | 'aggregator') => rates.map((r) => Math.round(r[key])).join(', ');
  const bytes = Math.round(median(rates.map((r) => r.bytes)));
  return [
    `| log path: ${LOG_PATH_ENV} forwarder, tail → Kafka (${LOG_PATH_BATCHES} batches of ${LOG_PATH_BATCH} ${bytes}-byte CRI lines) | ${list('forwarder')} records/CPU-s | **${Math.round(median(rates.map((r) => r.forwarder)))}** | records per CPU-second |`,
    `| log path: ${LOG_PATH_AGGREGATOR_ENV} aggregator, Kafka → Elasticsearch stand-in (same records) | ${list('aggregator')} records/CPU-s | **${Math.round(median(rates.map((r) => r.aggregator)))}** | records per CPU-second |`,
  ];
}

/** Peak resident memory of a process so far (VmHWM of /proc/<pid>/status), MiB. */
function peakRssMiB(pid: number): number {
  const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kib ? Number(kib[1]) / 1024 : Number.NaN;
}

/**
 * Peak resident memory of an environment's aggregator working off a backlog: the aggregator stopped,
 * `records` lines written and sent to Kafka by the forwarder, the aggregator started again on its
 * volume and watched until the Elasticsearch stand-in holds them all.
 */
async function aggregatorBacklogMemory(env: string, records: number): Promise<string> {
  const pod = { namespace: 'bench', pod: 'load-0', container: 'app', labels: { app: 'load' }, annotations: {} };
  const lp = await startLogPath({ env, pods: [pod] });
  const stream = `logs-container-${env}`;
  try {
    await lp.aggregatorProcess.stop();
    appendFileSync(lp.forwarder.at(containerFile(pod)), Array.from({ length: records }, (_, i) => loadLine(i, 9)).join(''));
    // The forwarder has sent the backlog once it stays idle (no metrics endpoint in the built tool).
    const pid = lp.forwarderProcess.child.pid!;
    let last = cpuSeconds(pid);
    let quiet = 0;
    await waitFor('the forwarder to send the backlog', async () => {
      await new Promise((r) => setTimeout(r, 1000));
      const now = cpuSeconds(pid);
      quiet = now - last < 0.03 ? quiet + 1 : 0;
      last = now;
      return quiet >= 3 ? true : undefined;
    }, 600_000, 0);
    const started = Date.now();
    lp.aggregatorProcess = lp.startFluentBit(lp.aggregator, 'aggregator (backlog)');
    const apid = lp.aggregatorProcess.child.pid!;
    let peak = 0;
    await waitFor(`${records} backlog records indexed`, () => {
      peak = Math.max(peak, peakRssMiB(apid));
      if (lp.aggregatorProcess.exitCode() !== undefined) throw new Error(`the aggregator exited: ${lp.aggregatorProcess.output().slice(-2000)}`);
      return (lp.es.streams.get(stream)?.length ?? 0) >= records ? true : undefined;
    }, 600_000, 100);
    peak = Math.max(peak, peakRssMiB(apid));
    return `| ${env} aggregator working off a backlog of ${records} records of ~1 KB (${((Date.now() - started) / 1000).toFixed(1)} s) | peak RSS (VmHWM) **${peak.toFixed(1)} MiB** |`;
  } finally {
    await lp.close();
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  if (argv.includes('--aggregator-memory')) {
    const env = argv[argv.indexOf('--aggregator-memory') + 1] || 'dev';
    const records = Number(argv[argv.indexOf('--records') + 1] || 0) || 100_000;
    console.log(await aggregatorBacklogMemory(env, records));
    return;
  }
  if (argv.includes('--log-path')) {
    rows.push(...(await logPathThroughput()));
    console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; the Fluent Bit processes' own CPU time from /proc.`);
    console.log('');
    console.log('| measure | per batch | median | unit |');
    console.log('|---|---|---|---|');
    for (const row of rows) console.log(row);
    return;
  }
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
