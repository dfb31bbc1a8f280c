/**
 * What the API-server harness applies for one environment, and in which role: CRDs (applied for real,
 * then waited for), namespaces (applied for real so namespaced objects can be checked), and every other
 * object (server-side dry run). Also the accepted-warnings list and the out-of-band Secrets the README
 * promises, which the operator check creates as placeholders.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CRD_SOURCE_FILES, REPO_ROOT } from '../render/crd-sources';
import type { KubeObject, RenderedObject } from '../render/manifests';

/** The delivery controllers' CRDs are vendored, not rendered: the bootstrap objects need them. */
export function deliveryCrds(): RenderedObject[] {
  return CRD_SOURCE_FILES.filter((f) => f.startsWith('vendor/argo-cd/') || f.startsWith('vendor/flux/')).flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(REPO_ROOT, file), 'utf8'))
      .map((d) => d.toJS() as KubeObject | null)
      .filter((o): o is KubeObject => o?.kind === 'CustomResourceDefinition')
      .map((object) => ({ file, object })),
  );
}

export interface EnvironmentPlan {
  readonly crds: RenderedObject[];
  readonly namespaces: RenderedObject[];
  readonly objects: RenderedObject[];
}

/** Folders of the Argo CD and Flux bootstrap objects, whose namespaces the controllers' installs own. */
const DELIVERY_FOLDERS = ['argocd/', 'flux/'];

export function planEnvironment(rendered: readonly RenderedObject[]): EnvironmentPlan {
  const crds = rendered.filter((r) => r.object.kind === 'CustomResourceDefinition');
  const namespaces = rendered.filter((r) => r.object.kind === 'Namespace');
  const own = new Set(namespaces.map((r) => r.object.metadata.name));
  const delivery = new Set(
    rendered.filter((r) => DELIVERY_FOLDERS.some((f) => r.file.startsWith(f))).map((r) => r.object.metadata.namespace).filter((ns): ns is string => !!ns && !own.has(ns)),
  );
  const extra = [...delivery].sort().map((name) => ({
    file: `(namespace of the delivery controller's install)`,
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } } as KubeObject,
  }));
  const objects = rendered.filter((r) => r.object.kind !== 'CustomResourceDefinition' && r.object.kind !== 'Namespace');
  return { crds, namespaces: [...namespaces, ...extra], objects };
}

export interface AcceptedWarning {
  readonly kind: string;
  /** Object name; `*` for any. */
  readonly name: string;
  /** Text the warning contains. */
  readonly warning: string;
  readonly reason: string;
}

export const ACCEPTED_WARNINGS_FILE = path.join(REPO_ROOT, 'test', 'apiserver', 'accepted-warnings.yaml');

export function acceptedWarnings(): AcceptedWarning[] {
  const list = (parse(readFileSync(ACCEPTED_WARNINGS_FILE, 'utf8')) ?? []) as AcceptedWarning[];
  for (const w of list) {
    if (!w.kind || !w.name || !w.warning || !w.reason?.trim()) throw new Error(`${ACCEPTED_WARNINGS_FILE}: every entry needs kind, name, warning and a reason: ${JSON.stringify(w)}`);
  }
  return list;
}

export function matchesWarning(entry: AcceptedWarning, kind: string, name: string, warning: string): boolean {
  return entry.kind === kind && (entry.name === '*' || entry.name === name) && warning.includes(entry.warning);
}

export interface OutOfBandSecret {
  readonly name: string;
  readonly namespace: string;
  readonly keys: readonly string[];
  readonly type: string;
}

const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
/** Backticked words outside parentheses: the parenthesised ones are explanations or examples. */
const ticksOutsideParens = (cell: string) => ticks(cell.replace(/\([^)]*\)/g, ''));

/**
 * The Secrets the README's "Secrets each environment expects" section says are created out of band:
 * every table row whose `created by` column says "out of band". Namespaces and keys come from their
 * columns; a key written as a pattern (`slack-<team>-webhook-url`) is expanded over the values the
 * same cell lists in parentheses.
 */
export function outOfBandSecrets(readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')): OutOfBandSecret[] {
  const start = readme.indexOf('### Secrets each environment expects');
  if (start < 0) throw new Error('README.md has no "### Secrets each environment expects" section');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const secrets = new Map<string, OutOfBandSecret>();
  let header: string[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      header = [];
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (!header.length) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    if (cells.every((c) => /^-+$/.test(c))) continue;
    const col = (name: string) => cells[header.indexOf(name)] ?? '';
    const createdBy = col('created by');
    if (!/out of band/i.test(createdBy)) continue;
    const keysCell = header.includes('keys') ? col('keys') : col('keys used');
    const patterns = ticksOutsideParens(keysCell);
    const values = [...keysCell.matchAll(/\(([^)]*)\)/g)].flatMap((m) => ticks(m[1])).filter((v) => /^[a-z0-9-]+$/.test(v));
    const keys = patterns.flatMap((k) => (/<[^>]+>/.test(k) ? values.map((v) => k.replace(/<[^>]+>/, v)) : [k]));
    const type = /kubernetes\.io\/basic-auth/.test(createdBy) ? 'kubernetes.io/basic-auth' : 'Opaque';
    for (const name of ticksOutsideParens(col('secret'))) {
      for (const namespace of ticksOutsideParens(col('namespace'))) {
        const id = `${namespace}/${name}`;
        const known = secrets.get(id);
        secrets.set(id, { name, namespace, type: known?.type === 'kubernetes.io/basic-auth' ? known.type : type, keys: [...new Set([...(known?.keys ?? []), ...keys])] });
      }
    }
  }
  return [...secrets.values()];
}

/** Every `storageClassName` any object names (claims, claim templates, custom resources). */
export function storageClassNames(objects: readonly RenderedObject[]): string[] {
  const names = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'storageClassName' && typeof v === 'string') names.add(v);
        else walk(v);
      }
    }
  };
  for (const { object } of objects) if (object.kind !== 'CustomResourceDefinition') walk(object);
  return [...names].sort();
}
