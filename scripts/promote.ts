/**
 * `npm run promote -- <from> <to>`: copies the pinned version set of one environment to an
 * environment of the next stage (dev → staging → prod, one stage at a time: the environments' `stage`
 * decides, not their names), re-renders, and prints the rendered diff of the target.
 * Only `environments/versions.json` (the target's block) and `manifests/<to>/` change. A failed render
 * restores versions.json, and the atomic synth leaves manifests/ as it was.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadEnvironments } from '../environments/load';
import { STAGES } from '../environments/types';
import { REPO_ROOT } from '../render/crd-sources';
import { diffTrees, toMarkdown } from '../render/diff';
import { loadManifests } from '../render/manifests';

const VERSIONS_FILE = path.join(REPO_ROOT, 'environments', 'versions.json');

/** The environments' stages by name, as their files declare them. */
function stagesByName(): Map<string, unknown> {
  return new Map(loadEnvironments().map((e) => [String((e as { name?: unknown }).name), (e as { stage?: unknown }).stage]));
}

/** Throws unless `to`'s stage is the stage right after `from`'s (dev → staging → prod). */
export function checkPromotion(from: string, to: string, stages: ReadonlyMap<string, unknown> = stagesByName()): void {
  const order: readonly unknown[] = STAGES;
  for (const name of [from, to]) {
    if (!stages.has(name)) throw new Error(`unknown environment "${name}": expected one of ${[...stages.keys()].join(', ')}`);
  }
  const [fromStage, toStage] = [stages.get(from), stages.get(to)];
  if (order.indexOf(toStage) !== order.indexOf(fromStage) + 1 || order.indexOf(fromStage) < 0) {
    throw new Error(`cannot promote ${from} → ${to}: promotion goes ${STAGES.join(' → ')}, one step at a time (by stage: ${from} is ${String(fromStage)}, ${to} is ${String(toStage)})`);
  }
}

function main([from, to]: string[]): void {
  if (!from || !to) throw new Error('usage: npm run promote -- <from> <to>');
  checkPromotion(from, to);
  const original = readFileSync(VERSIONS_FILE, 'utf8');
  const versions = JSON.parse(original) as Record<string, unknown>;
  versions[to] = structuredClone(versions[from]);
  const before = loadManifests(path.join(REPO_ROOT, 'manifests'));
  writeFileSync(VERSIONS_FILE, `${JSON.stringify(versions, null, 2)}\n`);
  try {
    // A fresh process, so the rewritten versions.json is what gets rendered.
    execFileSync(process.execPath, ['scripts/run.js', 'main.ts'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    writeFileSync(VERSIONS_FILE, original);
    throw new Error(`render failed; environments/versions.json restored (${(err as Error).message})`);
  }
  const after = loadManifests(path.join(REPO_ROOT, 'manifests'));
  const changes = diffTrees(new Map([[to, before.get(to) ?? []]]), new Map([[to, after.get(to) ?? []]]));
  process.stdout.write(toMarkdown(changes, `Promotion ${from} → ${to}`));
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`promote failed: ${(err as Error).message}`);
    process.exit(1);
  }
}
