/**
 * Atomic render: everything is built in memory, compared with manifests/, and — when anything
 * differs — written to a temporary folder beside manifests/ and swapped in with two renames. Any
 * failure before the swap leaves manifests/ byte-identical; the stock `cdk8s synth` (which empties
 * its output folder first) never touches it, because cdk8s.yaml points the CLI at a scratch folder
 * that receives a copy afterwards.
 *
 * Files whose bytes are unchanged are not rewritten: the temporary folder links them from the
 * current manifests/ (a hard link, so the swap still replaces the whole tree at once), and a render
 * that changes nothing leaves manifests/ as it is.
 */
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkInvariants } from './invariants';
import { flowDiagram, footprint, footprintMarkdown } from './footprint';
import { kustomizationFiles } from './kustomize';
import { openRangesMarkdown } from './network-policy';
import { listFiles, type ManifestTree } from './manifests';
import { YamlSerializer } from './serialize';

export interface SynthOptions {
  /** Repository root; manifests/ and the temporary folder live here. */
  readonly root: string;
  /** Renders every environment; throwing aborts before anything is written. */
  readonly render: () => ManifestTree;
  /** Markdown appended to each environment's README (by environment name); called after `render`. */
  readonly notes?: () => ReadonlyMap<string, string>;
  /** The folder replaced. @default `<root>/manifests` */
  readonly outDir?: string;
  /** Where the cdk8s CLI wants a copy (`CDK8S_OUTDIR`). @default no copy */
  readonly cliOutdir?: string;
  /** Receives a line as each step finishes. @default silent */
  readonly log?: (line: string) => void;
}

export interface SynthResult {
  /** Objects rendered, over every environment. */
  readonly objects: number;
  /** Files whose content is new or changed. */
  readonly written: number;
  /** Files kept byte for byte. */
  readonly unchanged: number;
  /** Files that were in manifests/ and are no longer rendered. */
  readonly removed: number;
}

/**
 * Every file of the rendered tree, by path relative to the output folder (`<env>/<chart>/...`): the
 * objects, the kustomization.yaml files that group them and each environment's footprint README with
 * `notes` (markdown by environment) appended.
 */
export function renderFiles(tree: ManifestTree, notes: ReadonlyMap<string, string> = new Map(), serializer = new YamlSerializer()): Map<string, string> {
  const files = new Map<string, string>();
  for (const [env, objects] of tree) {
    const readme = [footprintMarkdown(env, footprint(objects), flowDiagram(objects)), openRangesMarkdown(objects), notes.get(env)].filter(Boolean).join('\n');
    const own: Record<string, string> = { ...kustomizationFiles(objects), 'README.md': readme };
    for (const r of objects) own[r.file] = serializer.serialize(r.object);
    for (const [file, content] of Object.entries(own)) files.set(`${env}/${file}`, content);
  }
  return files;
}

/** Writes `files` under `dir`; those in `unchanged` are hard-linked from `from` instead. */
function writeFiles(dir: string, files: ReadonlyMap<string, string>, unchanged: ReadonlySet<string>, from: string): void {
  const made = new Set<string>();
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if (!unchanged.has(file)) {
      writeFileSync(target, content);
      continue;
    }
    try {
      linkSync(path.join(from, file), target);
    } catch {
      copyFileSync(path.join(from, file), target);
    }
  }
}

/** Files of `files` whose bytes already are in `dir`. */
function unchangedIn(dir: string, files: ReadonlyMap<string, string>): Set<string> {
  const same = new Set<string>();
  for (const [file, content] of files) {
    const existing = path.join(dir, file);
    let size: number;
    try {
      size = statSync(existing).size;
    } catch {
      continue;
    }
    if (size !== Buffer.byteLength(content)) continue;
    if (readFileSync(existing).equals(Buffer.from(content))) same.add(file);
  }
  return same;
}

/** Renders, validates and replaces the output folder (manifests/) when anything differs. */
export function synthesize(opts: SynthOptions): SynthResult {
  const log = opts.log ?? (() => undefined);
  const tree = opts.render();
  let step = Date.now();
  const notes = opts.notes?.() ?? new Map<string, string>();
  const problems = checkInvariants(tree);
  if (problems.length > 0) {
    throw new Error(`the rendered tree breaks ${problems.length} invariant(s); manifests/ was not changed:\n  ${problems.join('\n  ')}`);
  }
  log(`invariants and capacity notes checked in ${Date.now() - step} ms`);
  step = Date.now();
  const serializer = new YamlSerializer(true);
  const files = renderFiles(tree, notes, serializer);
  const { serialized, reused } = serializer.stats;
  log(`${files.size} files serialized in ${Date.now() - step} ms (${serialized} objects serialized, ${reused} reused from the cache)`);
  step = Date.now();
  const target = opts.outDir ?? path.join(opts.root, 'manifests');
  const existing = existsSync(target) ? listFiles(target) : [];
  const unchanged = unchangedIn(target, files);
  const removed = existing.filter((f) => !files.has(f)).length;
  if (unchanged.size < files.size || removed > 0 || !existsSync(target)) {
    // Beside the target, so that the swap is a rename within one file system.
    mkdirSync(path.dirname(target), { recursive: true });
    const staging = mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}-new-`));
    try {
      writeFiles(staging, files, unchanged, target);
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
  }
  if (opts.cliOutdir) {
    rmSync(opts.cliOutdir, { recursive: true, force: true });
    cpSync(target, opts.cliOutdir, { recursive: true });
  }
  log(`${path.relative(opts.root, target)}/ compared and updated in ${Date.now() - step} ms`);
  const objects = [...tree.values()].reduce((n, list) => n + list.length, 0);
  return { objects, written: files.size - unchanged.size, unchanged: unchanged.size, removed };
}
