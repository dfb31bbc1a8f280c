/**
 * Atomic render: everything is built in memory, written to a temporary folder beside manifests/,
 * checked, and only then swapped in with two renames. Any failure before the swap leaves manifests/
 * byte-identical; the stock `cdk8s synth` (which empties its output folder first) never touches it,
 * because cdk8s.yaml points the CLI at a scratch folder that receives a copy afterwards.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkInvariants } from './invariants';
import { flowDiagram, footprint, footprintMarkdown } from './footprint';
import { kustomizationFiles } from './kustomize';
import { toYaml, type ManifestTree } from './manifests';

export interface SynthOptions {
  /** Repository root; manifests/ and the temporary folder live here. */
  readonly root: string;
  /** Renders every environment; throwing aborts before anything is written. */
  readonly render: () => ManifestTree;
  /** Markdown appended to each environment's README (by environment name); called after `render`. */
  readonly notes?: () => ReadonlyMap<string, string>;
  /** Where the cdk8s CLI wants a copy (`CDK8S_OUTDIR`). @default no copy */
  readonly cliOutdir?: string;
}

/**
 * Writes every object, the kustomization.yaml files that group them and the footprint README under
 * `dir/<env>/`, with `notes` (markdown by environment) appended to the README.
 */
export function writeTree(dir: string, tree: ManifestTree, notes: ReadonlyMap<string, string> = new Map()): void {
  for (const [env, objects] of tree) {
    const readme = [footprintMarkdown(env, footprint(objects), flowDiagram(objects)), notes.get(env)].filter(Boolean).join('\n');
    const files: Record<string, string> = { ...kustomizationFiles(objects), 'README.md': readme };
    for (const r of objects) files[r.file] = toYaml(r.object);
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(dir, env, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
}

/** Renders, validates and replaces `<root>/manifests`; returns the number of objects written. */
export function synthesize(opts: SynthOptions): number {
  const tree = opts.render();
  const notes = opts.notes?.() ?? new Map<string, string>();
  const problems = checkInvariants(tree);
  if (problems.length > 0) {
    throw new Error(`the rendered tree breaks ${problems.length} invariant(s); manifests/ was not changed:\n  ${problems.join('\n  ')}`);
  }
  const target = path.join(opts.root, 'manifests');
  const staging = mkdtempSync(path.join(opts.root, '.manifests-new-'));
  try {
    writeTree(staging, tree, notes);
    const previous = existsSync(target) ? `${staging}-previous` : undefined;
    if (previous) renameSync(target, previous);
    try {
      renameSync(staging, target);
    } catch (err) {
      if (previous) renameSync(previous, target);
      throw err;
    }
    if (previous) rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (opts.cliOutdir) {
    rmSync(opts.cliOutdir, { recursive: true, force: true });
    cpSync(target, opts.cliOutdir, { recursive: true });
  }
  return [...tree.values()].reduce((n, objects) => n + objects.length, 0);
}
