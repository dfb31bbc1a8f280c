/**
 * `npm run bench`: median wall time over 5 runs of (1) rendering every environment (`npm run synth`,
 * the command people run) and (2) the full tool-backed validation (`npm run validate`), plus objects
 * rendered per second. Prints a Markdown table to paste into the README.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../render/crd-sources';
import { loadManifests } from '../render/manifests';
import * as path from 'node:path';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'pipe', encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const render = Array.from({ length: RUNS }, () => time('npx', ['tsx', 'main.ts']));
const validate = Array.from({ length: RUNS }, () => time('npx', ['tsx', 'scripts/validate.ts']));
const objects = [...loadManifests(path.join(REPO_ROOT, 'manifests')).values()].reduce((n, o) => n + o.length, 0);
const renderMs = median(render);

console.log(`| measure (median of ${RUNS}) | value |`);
console.log('|---|---|');
console.log(`| render all environments (\`npm run synth\`) | ${(renderMs / 1000).toFixed(2)} s |`);
console.log(`| full validation (\`npm run validate\`) | ${(median(validate) / 1000).toFixed(2)} s |`);
console.log(`| objects rendered | ${objects} |`);
console.log(`| objects per second (render) | ${Math.round(objects / (renderMs / 1000))} |`);
