import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { parseAllDocuments } from 'yaml';

export interface VendoredIncludeProps {
  /** Absolute path of a vendored upstream file. */
  readonly file: string;
}

const parsed = new Map<string, Record<string, any>[]>();

/**
 * Parsed YAML is cached as JSON under `.cache/vendored/`, keyed by the file's content hash: parsing the
 * multi-megabyte prometheus-operator bundle takes over a second, reading it back as JSON a few ms.
 */
const CACHE_DIR = path.join(__dirname, '..', '.cache', 'vendored');

function parseYaml(text: string): Record<string, any>[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as Record<string, any> | null)
    .filter((o): o is Record<string, any> => !!o && typeof o === 'object' && Object.keys(o).length > 0);
}

/** The objects of a file, parsed once per process (every environment includes the same files). */
function objectsOf(file: string): Record<string, any>[] {
  let objects = parsed.get(file);
  if (!objects) {
    const text = readFileSync(file, 'utf8');
    const cached = path.join(CACHE_DIR, `${createHash('sha256').update(text).digest('hex')}.json`);
    if (existsSync(cached)) {
      objects = JSON.parse(readFileSync(cached, 'utf8')) as Record<string, any>[];
    } else {
      objects = parseYaml(text);
      mkdirSync(CACHE_DIR, { recursive: true });
      // Written beside and renamed into place: another render reading the cache never sees half a file.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(objects));
      renameSync(partial, cached);
    }
    parsed.set(file, objects);
  }
  return objects.map((o) => structuredClone(o));
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
      new ApiObject(this, objectId, obj as any);
    }
  }

  /** The included objects, for patching. */
  get apiObjects(): ApiObject[] {
    return this.node.children.filter((c): c is ApiObject => c instanceof ApiObject);
  }
}
