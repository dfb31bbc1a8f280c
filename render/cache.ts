/**
 * Content-addressed text caches for the render pipeline (serialized YAML, parsed manifests). Entries
 * are keyed by a hash of everything that decides their content, so an entry is never stale and
 * several checkouts can share the folder: it lives in `node_modules/.cache/platform/`, which the
 * repository copies the tests make link to, like the JavaScript cache of scripts/run.js.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Relative to this file, not to REPO_ROOT (render/crd-sources.ts), which itself parses through here. */
export const SHARED_CACHE_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'platform');

/**
 * Below this much text, computing directly is cheaper than hashing and reading an entry; above it
 * (nine in ten objects), the cache wins even for a ConfigMap.
 */
export const SMALL_TEXT_BYTES = 512;

/** sha256 over the parts, separated so that different splits never collide. */
export function keyOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** JSON text of `value`, or undefined when JSON would not represent it exactly. */
export function exactJson(value: unknown): string | undefined {
  let exact = true;
  // `this[key]` is the value before any toJSON() (a Date, say) turned it into something else.
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    if (this[key] !== v) exact = false;
    else if (v === undefined || (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))) exact = false;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) exact = false;
    } else if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') exact = false;
    return v;
  });
  return exact ? text : undefined;
}

/** One folder of entries `<key><suffix>`; without a folder it remembers entries for this process only. */
export class ContentCache {
  private readonly memory = new Map<string, string>();

  constructor(private readonly dir: string | undefined, private readonly suffix: string) {}

  get(key: string): string | undefined {
    const known = this.memory.get(key);
    if (known !== undefined || !this.dir) return known;
    try {
      const text = readFileSync(path.join(this.dir, `${key}${this.suffix}`), 'utf8');
      this.memory.set(key, text);
      return text;
    } catch {
      return undefined;
    }
  }

  set(key: string, text: string): void {
    this.memory.set(key, text);
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    // Write then rename, so a concurrent reader never sees a partial entry.
    const file = path.join(this.dir, `${key}${this.suffix}`);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
}

/**
 * Freezes `value` and every object and array reachable from it, a Map's values included (a Map's own
 * entries stay changeable), so that a parse handed to several users cannot be changed by one of
 * them behind the others' backs: such a change throws.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of value instanceof Map ? value.values() : Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What, besides the text, decides the parsed documents: the library version and the calls made. */
const PARSER_KEY = `yaml@${(require('yaml/package.json') as { version: string }).version} parseAllDocuments toJS[]`;
const parsedDocuments = new ContentCache(path.join(SHARED_CACHE_DIR, 'parsed'), '.json');

/**
 * `parseAllDocuments(text).map((d) => d.toJS())`, each text above SMALL_TEXT_BYTES parsed once per
 * content and read back as JSON afterwards, which is many times faster than parsing YAML: the vendored
 * CRDs and install files are megabytes, and every render and every repository copy the tests make
 * reads them. A result JSON cannot represent exactly is computed every time. Every call returns
 * fresh objects, which the caller may change.
 */
export function parseDocuments(text: string): unknown[] {
  const key = text.length < SMALL_TEXT_BYTES ? undefined : keyOf(PARSER_KEY, text);
  const known = key && parsedDocuments.get(key);
  if (known) return JSON.parse(known) as unknown[];
  const documents = parseAllDocuments(text).map((d) => d.toJS() as unknown);
  const json = key && exactJson(documents);
  if (key && json) parsedDocuments.set(key, json);
  return documents;
}
