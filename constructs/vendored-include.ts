import { readFileSync } from 'node:fs';
import { ApiObject, type ApiObjectProps, type JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { deepFreeze, parseDocuments } from '../render/cache';

export interface VendoredIncludeProps {
  /** Absolute path of a vendored upstream file. */
  readonly file: string;
}

const parsed = new Map<string, readonly Record<string, any>[]>();

/**
 * The objects of a file, empty documents left out: parsed once per process (through the shared
 * cache, render/cache.ts) and shared by every environment and chart that includes the file, so they
 * are deep-frozen. cdk8s reads an ApiObject's props without changing them: it copies the labels and
 * annotations it adds to, and resolves every object into a new one before patches apply.
 */
function objectsOf(file: string): readonly Record<string, any>[] {
  let objects = parsed.get(file);
  if (!objects) {
    objects = deepFreeze(parseDocuments(readFileSync(file, 'utf8'))
      .filter((o): o is Record<string, any> => !!o && typeof o === 'object' && Object.keys(o).length > 0));
    parsed.set(file, objects);
  }
  return objects;
}

/** toJson() of unpatched vendored objects, by source object and then by metadata (labels and namespace differ by chart). */
const synthesized = new WeakMap<object, Map<string, Record<string, any>>>();

/**
 * An ApiObject over a shared vendored object. cdk8s's toJson() resolves and key-sorts the whole
 * object on every call, and the vendored CRDs are megabytes that every environment renders alike; an
 * object without JSON patches synthesizes to the same JSON whenever its source and metadata are the
 * same (cdk8s lib/api-object.js `toJson`: props and metadata, resolved by the app's resolvers, which
 * this platform never changes, then sanitized), so that JSON is computed once per process and shared
 * (deep-frozen; PlatformChart copies what it annotates).
 */
class VendoredObject extends ApiObject {
  constructor(scope: Construct, id: string, private readonly source: Record<string, any>) {
    super(scope, id, source as ApiObjectProps);
  }

  private patched = false;

  override addJsonPatch(...ops: JsonPatch[]): void {
    this.patched = true;
    super.addJsonPatch(...ops);
  }

  override toJson(): any {
    if (this.patched) return super.toJson();
    const metadata = JSON.stringify(this.metadata.toJson());
    let known = synthesized.get(this.source);
    if (!known) synthesized.set(this.source, (known = new Map()));
    let json = known.get(metadata);
    if (!json) known.set(metadata, (json = deepFreeze(super.toJson())));
    return json;
  }
}

/**
 * cdk8s `Include` for a local, vendored file: the same objects under the same construct ids, but read
 * in-process. `Include` spawns a Node process per file to load it (it also accepts URLs), which made
 * rendering the Strimzi release take seconds per environment.
 */
export class VendoredInclude extends Construct {
  constructor(scope: Construct, id: string, props: VendoredIncludeProps) {
    super(scope, id);
    let order = 0;
    for (const obj of objectsOf(props.file)) {
      const name = obj.metadata?.name ?? `object${order++}`;
      const objectId = [name, obj.kind?.toLowerCase(), obj.metadata?.namespace].filter((x) => x).join('-');
      new VendoredObject(this, objectId, obj);
    }
  }

  /** The included objects, for patching. */
  get apiObjects(): ApiObject[] {
    return this.node.children.filter((c): c is ApiObject => c instanceof ApiObject);
  }
}
