/**
 * YAML serialization with a cache for large objects. The vendored CRDs are nine tenths of the bytes
 * rendered and identical in every environment and in almost every run, and YAML serialization is
 * the most expensive step of a render; JSON-encoding and hashing an object costs a small fraction of
 * serializing it. So each object above SMALL_OBJECT_BYTES of JSON is serialized once per content
 * hash: in memory within a run (the same CRD in three environments), and in `.cache/yaml/` across
 * runs. The output is exactly `toYaml(object)`: the key is the object's JSON text, which determines
 * its YAML only for plain JSON data, so any object holding something JSON cannot express exactly
 * (undefined, NaN, ±Infinity, -0, a class instance) bypasses the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { YAML_OPTIONS, toYaml } from './manifests';

/** Below this much JSON, serializing directly is cheaper than hashing and looking up. */
export const SMALL_OBJECT_BYTES = 16 * 1024;

/** What, besides the object, decides the YAML text: the library version and toYaml's options. */
const SERIALIZER_KEY = `yaml@${(require('yaml/package.json') as { version: string }).version}\0${JSON.stringify(YAML_OPTIONS)}`;

/** JSON text of `value`, or undefined when JSON would not represent it exactly. */
function exactJson(value: unknown): string | undefined {
  let exact = true;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined || (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))) exact = false;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) exact = false;
    } else if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') exact = false;
    return v;
  });
  return exact ? text : undefined;
}

export interface YamlCacheStats {
  /** Objects serialized by the YAML library in this run. */
  serialized: number;
  /** Large objects answered from memory (seen earlier in this run). */
  memoryHits: number;
  /** Large objects answered from the cache folder. */
  diskHits: number;
}

export class YamlSerializer {
  readonly stats: YamlCacheStats = { serialized: 0, memoryHits: 0, diskHits: 0 };
  private readonly memory = new Map<string, string>();

  /** @param cacheDir folder of cached YAML by content hash; @default no cache across runs */
  constructor(private readonly cacheDir?: string) {}

  /** Exactly `toYaml(object)`. */
  serialize(object: unknown): string {
    const json = exactJson(object);
    if (json === undefined || json.length < SMALL_OBJECT_BYTES) return this.fresh(object);
    const key = createHash('sha256').update(SERIALIZER_KEY).update('\0').update(json).digest('hex');
    const known = this.memory.get(key);
    if (known !== undefined) {
      this.stats.memoryHits++;
      return known;
    }
    const file = this.cacheDir ? path.join(this.cacheDir, `${key}.yaml`) : undefined;
    let text: string | undefined;
    if (file) {
      try {
        text = readFileSync(file, 'utf8');
        this.stats.diskHits++;
      } catch {
        text = undefined;
      }
    }
    if (text === undefined) {
      text = this.fresh(object);
      if (file) {
        mkdirSync(this.cacheDir!, { recursive: true });
        // Write then rename, so a concurrent render never reads a partial entry.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, text);
        renameSync(partial, file);
      }
    }
    this.memory.set(key, text);
    return text;
  }

  private fresh(object: unknown): string {
    this.stats.serialized++;
    return toYaml(object);
  }
}
