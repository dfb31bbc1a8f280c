/**
 * Reading and writing the rendered tree: `manifests/<env>/<chart>/<Kind>.<name>.yaml`, one object per
 * file, stable names, stable formatting (no line folding, no YAML anchors).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { App } from 'cdk8s';
import { stringify } from 'yaml';
import { parseDocuments } from './cache';
import { ConfigError } from '../constructs/config-error';

export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  readonly [key: string]: unknown;
}

export interface RenderedObject {
  /** Path relative to the environment folder: `<chart>/<Kind>.<name>.yaml`. */
  readonly file: string;
  readonly object: KubeObject;
}

/** environment name → its objects. */
export type ManifestTree = Map<string, RenderedObject[]>;

/** Longest file name most file systems (ext4, APFS, NTFS) accept, in bytes. */
export const MAX_FILE_NAME_BYTES = 255;

/** `<chart>/<Kind>.<name>.yaml`; throws when the name makes a file name no file system can store. */
export function fileNameFor(chart: string, object: KubeObject): string {
  const base = `${object.kind}.${object.metadata.name}.yaml`;
  if (Buffer.byteLength(base) > MAX_FILE_NAME_BYTES) {
    throw new ConfigError(`${chart}: ${object.kind} metadata.name`, object.metadata.name, `makes the file name "${base.slice(0, 40)}..." ${Buffer.byteLength(base)} bytes long; the limit is ${MAX_FILE_NAME_BYTES}: shorten the setting that names it`);
  }
  return `${chart}/${base}`;
}

/** Every object of every chart of an app, in chart order; throws when two objects would share a file. */
export function renderApp(app: App): RenderedObject[] {
  const rendered: RenderedObject[] = [];
  const files = new Set<string>();
  for (const chart of app.charts) {
    for (const object of chart.toJson() as KubeObject[]) {
      const file = fileNameFor(chart.node.id, object);
      if (files.has(file)) {
        throw new Error(`chart "${chart.node.id}" renders two ${object.kind} objects named "${object.metadata.name}" (file ${file}); give them distinct names or put them in separate charts`);
      }
      files.add(file);
      rendered.push({ file, object });
    }
  }
  return rendered;
}

/** No line folding, no anchors: every object reads on its own and diffs line by line. */
export const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

export function toYaml(object: unknown): string {
  return stringify(object, YAML_OPTIONS);
}

/** Loads `<dir>/<env>/**.yaml`; every file must hold exactly one object. */
export function loadManifests(dir: string): ManifestTree {
  const tree: ManifestTree = new Map();
  for (const env of readdirSync(dir).sort()) {
    if (!statSync(path.join(dir, env)).isDirectory()) continue;
    tree.set(env, loadEnvironment(path.join(dir, env)));
  }
  return tree;
}

export function loadEnvironment(envDir: string): RenderedObject[] {
  const objects: RenderedObject[] = [];
  for (const file of listFiles(envDir)) {
    if (!holdsObject(file)) continue;
    objects.push({ file, object: parseObject(file, readFileSync(path.join(envDir, file), 'utf8')) });
  }
  return objects;
}

/**
 * `Kind/namespace/name` (namespace `-` for a cluster-scoped object): how the scanners' findings, their
 * accepted exceptions and the delivery checks name an object.
 */
export function objectId(object: { readonly kind: string; readonly metadata: { readonly name: string; readonly namespace?: string } }): string {
  return `${object.kind}/${object.metadata.namespace ?? '-'}/${object.metadata.name}`;
}

/** Whether a file of a rendered environment holds an object (every `.yaml` but the kustomizations). */
export function holdsObject(file: string): boolean {
  return file.endsWith('.yaml') && path.basename(file) !== 'kustomization.yaml';
}

/** The one object a manifest file holds (parsed through the shared cache, see parseDocuments). */
export function parseObject(file: string, text: string): KubeObject {
  const documents = parseDocuments(text);
  if (documents.length !== 1) throw new Error(`${file}: expected exactly one object per file, found ${documents.length}`);
  return documents[0] as KubeObject;
}

/** Files under `dir`, relative, sorted, with forward slashes. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}
