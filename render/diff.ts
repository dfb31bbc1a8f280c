/**
 * Semantic, object-by-object comparison of two rendered trees: what a change adds, removes and
 * modifies, per environment, with field-level paths. Key order and formatting do not count.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { holdsObject, parseObject, type KubeObject, type ManifestTree } from './manifests';

export interface FieldChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ObjectChange {
  readonly env: string;
  /** `Kind namespace/name` (namespace `-` for cluster-scoped objects). */
  readonly object: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly fields: readonly FieldChange[];
}

const keyOf = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ?? '-'}/${o.metadata.name}`;

/** Arrays whose items all carry a distinct `name` are compared by name, so reordering is not a change. */
function byName(items: unknown[]): Map<string, unknown> | undefined {
  const names = items.map((i) => (i && typeof i === 'object' && typeof (i as { name?: unknown }).name === 'string' ? (i as { name: string }).name : undefined));
  if (names.some((n) => n === undefined) || new Set(names).size !== names.length) return undefined;
  return new Map(items.map((item, i) => [names[i]!, item]));
}

/** `a.b` for plain keys, `a["app.kubernetes.io/name"]` for keys that would be ambiguous. */
function joinPath(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Field-level differences; objects are compared key by key, so key order never counts. */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (before === after) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = byName(before);
    const b = byName(after);
    if (a && b) {
      const names = [...new Set([...a.keys(), ...b.keys()])];
      return names.flatMap((n) => diffValues(a.get(n), b.get(n), `${path}[name=${n}]`));
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffValues(before[i], after[i], `${path}[${i}]`)).flat();
  }
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], joinPath(path, k)));
  }
  return [{ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}

export function diffTrees(before: ManifestTree, after: ManifestTree): ObjectChange[] {
  const changes: ObjectChange[] = [];
  const envs = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const env of envs) {
    const a = new Map((before.get(env) ?? []).map((r) => [keyOf(r.object), r.object]));
    const b = new Map((after.get(env) ?? []).map((r) => [keyOf(r.object), r.object]));
    for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const old = a.get(key);
      const now = b.get(key);
      if (!old) changes.push({ env, object: key, status: 'added', fields: [] });
      else if (!now) changes.push({ env, object: key, status: 'removed', fields: [] });
      else {
        const fields = diffValues(old, now);
        if (fields.length > 0) changes.push({ env, object: key, status: 'changed', fields });
      }
    }
  }
  return changes;
}

const show = (v: unknown) => {
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Markdown fit to post in a pull request. */
export function toMarkdown(changes: readonly ObjectChange[], title = 'Rendered diff'): string {
  if (changes.length === 0) return `### ${title}\n\nNo change to any rendered object.\n`;
  const lines = [`### ${title}`, ''];
  for (const env of [...new Set(changes.map((c) => c.env))]) {
    const own = changes.filter((c) => c.env === env);
    const count = (s: ObjectChange['status']) => own.filter((c) => c.status === s).length;
    lines.push(`#### ${env}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`, '');
    for (const c of own) {
      lines.push(`- **${c.status}** \`${c.object}\``);
      for (const f of c.fields) {
        const before = 'before' in f ? show(f.before) : '(none)';
        const after = 'after' in f ? show(f.after) : '(none)';
        lines.push(`  - \`${f.path}\`: ${before} → ${after}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * `manifests/` as committed at `revision` in the git repository at `repoRoot`. A revision that does
 * not name a commit is an error (a typo must not read as "every object added"); a commit without a
 * `manifests/` folder yields an empty tree. The files are read from git's object store in one
 * `git cat-file --batch` run, never written out: creating a thousand files costs far more than
 * reading them.
 */
export function manifestsAt(repoRoot: string, revision: string): ManifestTree {
  const commit = spawnSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd: repoRoot, encoding: 'utf8' });
  if (commit.status !== 0) {
    throw new Error(`"${revision}" is not a commit in the git repository at ${repoRoot} (git rev-parse --verify found nothing); pass an existing branch, tag or commit, e.g. --base origin/main`);
  }
  const sha = commit.stdout.trim();
  // `<mode> <type> <object>\t<path>` per entry, NUL-terminated; `manifests/<env>/<file>` is an environment's file.
  const files = execFileSync('git', ['ls-tree', '-r', '-z', sha, '--', 'manifests/'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [meta, file] = entry.split('\t');
      const [, type, object] = meta.split(' ');
      const [, env, ...rest] = file.split('/');
      return { type, object, env, file: rest.join('/') };
    })
    .filter((f) => f.type === 'blob' && f.file !== '' && holdsObject(f.file));
  const texts = catFile(repoRoot, files.map((f) => f.object));
  const tree: ManifestTree = new Map();
  for (const [i, { env, file }] of files.entries()) {
    if (!tree.has(env)) tree.set(env, []);
    tree.get(env)!.push({ file, object: parseObject(file, texts[i]) });
  }
  return new Map([...tree].sort(([a], [b]) => a.localeCompare(b)));
}

/** The contents of git objects, in the order given (`git cat-file --batch`: a header line, the bytes, a newline). */
function catFile(repoRoot: string, objects: readonly string[]): string[] {
  if (objects.length === 0) return [];
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: repoRoot, input: `${objects.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  const texts: string[] = [];
  let at = 0;
  for (const object of objects) {
    const eol = out.indexOf(0x0a, at);
    const [name, type, size] = out.toString('utf8', at, eol).split(' ');
    if (name !== object || type !== 'blob') throw new Error(`git cat-file: expected blob ${object}, got "${out.toString('utf8', at, eol)}"`);
    at = eol + 1 + Number(size);
    texts.push(out.toString('utf8', eol + 1, at));
    at += 1;
  }
  return texts;
}
