/**
 * YAML serialization with a content-addressed cache. The vendored CRDs are nine tenths of the bytes
 * rendered and identical in every environment and in almost every run, and YAML serialization is
 * the most expensive step of a render; JSON-encoding and hashing an object costs a small fraction of
 * serializing it. So each object above SMALL_TEXT_BYTES of JSON is serialized once per content hash:
 * in memory within a run (the same CRD in three environments) and in a shared cache folder across
 * runs. The output is exactly `toYaml(object)`: the key is the object's JSON text, which determines
 * its YAML only for plain JSON data, so an object holding anything JSON cannot express exactly
 * (undefined, NaN, ±Infinity, -0, a class instance) bypasses the cache.
 */
import * as path from 'node:path';
import { ContentCache, SHARED_CACHE_DIR, SMALL_TEXT_BYTES, exactJson, keyOf } from './cache';
import { YAML_OPTIONS, toYaml } from './manifests';

/** What, besides the object, decides the YAML text: the library version and toYaml's options. */
const SERIALIZER_KEY = `yaml@${(require('yaml/package.json') as { version: string }).version} ${JSON.stringify(YAML_OPTIONS)}`;

export interface YamlCacheStats {
  /** Objects serialized by the YAML library in this run. */
  serialized: number;
  /** Objects answered from the cache. */
  reused: number;
}

export class YamlSerializer {
  readonly stats: YamlCacheStats = { serialized: 0, reused: 0 };
  private readonly cache: ContentCache;

  /** @param shared keep entries in the shared cache folder across runs; @default in memory only */
  constructor(shared = false) {
    this.cache = new ContentCache(shared ? path.join(SHARED_CACHE_DIR, 'yaml') : undefined, '.yaml');
  }

  /** Exactly `toYaml(object)`. */
  serialize(object: unknown): string {
    const json = exactJson(object);
    if (json === undefined || json.length < SMALL_TEXT_BYTES) return this.fresh(object);
    const key = keyOf(SERIALIZER_KEY, json);
    const known = this.cache.get(key);
    if (known !== undefined) {
      this.stats.reused++;
      return known;
    }
    const text = this.fresh(object);
    this.cache.set(key, text);
    return text;
  }

  private fresh(object: unknown): string {
    this.stats.serialized++;
    return toYaml(object);
  }
}
