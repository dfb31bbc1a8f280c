/**
 * Walks an Elasticsearch document and an index template mapping together, the way Elasticsearch
 * parses a document into a mapping (DocumentParser): dotted names at the document root are expanded
 * into objects; a field mapped as an object cannot take a concrete value and a concrete field cannot
 * take an object; a `flattened` field takes any object. It also refuses what Elasticsearch refuses
 * before mapping (a duplicate key) and, as a rule of the record contract, a dotted key inside an
 * object that is not `flattened`: such keys expand into objects whose shape depends on which pod
 * wrote first (`kubernetes.labels.app` string vs `app.kubernetes.io/name`).
 * Unmapped fields are mapped dynamically by the first document that has them (`learned`).
 */

export interface FieldMapping { type?: string; properties?: Record<string, FieldMapping> }
type Shape = 'object' | 'concrete';

function concreteFits(type: string, v: Value): boolean {
  switch (type) {
    case 'keyword': return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    case 'text': case 'match_only_text': return typeof v === 'string';
    case 'date': return (typeof v === 'string' && !Number.isNaN(Date.parse(v))) || typeof v === 'number';
    case 'long': case 'integer': return (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
    case 'float': return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));
    case 'ip': return typeof v === 'string' && /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)$/.test(v);
    default: return false;
  }
}

/** Expands dotted root keys into nested Pairs; reports duplicates and shape conflicts created by the expansion. */
function expandRoot(doc: Pairs, problems: string[]): Pairs {
  const root = new Pairs([]);
  const seen = new Set<string>();
  for (const [key, value] of doc.entries) {
    if (seen.has(key)) problems.push(`duplicate key "${key}" at the document root`);
    seen.add(key);
    const parts = key.split('.');
    let node = root;
    let ok = true;
    for (const [i, part] of parts.slice(0, -1).entries()) {
      const existing = node.entries.find(([k]) => k === part);
      if (existing === undefined) {
        const child = new Pairs([]);
        node.entries.push([part, child]);
        node = child;
      } else if (existing[1] instanceof Pairs) {
        node = existing[1];
      } else {
        problems.push(`"${parts.slice(0, i + 1).join('.')}" is a concrete value and, through "${key}", an object`);
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const leaf = parts[parts.length - 1];
    const existing = node.entries.find(([k]) => k === leaf);
    if (existing === undefined) node.entries.push([leaf, value]);
    else if (existing[1] instanceof Pairs && value instanceof Pairs) existing[1].entries.push(...value.entries);
    else problems.push(`"${key}" is given twice (as ${existing[1] instanceof Pairs ? 'an object' : 'a value'} and as ${value instanceof Pairs ? 'an object' : 'a value'})`);
  }
  return root;
}

/** Problems of `doc` against `properties` (the template's `mappings.properties`); `learned` carries dynamic mappings across documents. */
export function mappingProblems(doc: Pairs, properties: Record<string, FieldMapping>, learned: Map<string, Shape> = new Map()): string[] {
  const problems: string[] = [];
  const walk = (obj: Pairs, props: Record<string, FieldMapping> | undefined, path: string) => {
    const seen = new Set<string>();
    for (const [key, value] of obj.entries) {
      const full = path ? `${path}.${key}` : key;
      if (path && seen.has(key)) problems.push(`duplicate key "${full}"`);
      seen.add(key);
      if (path && key.includes('.')) {
        problems.push(`dotted key "${key}" under "${path}", which is not a flattened field`);
        continue;
      }
      const mapping = props?.[key];
      if (mapping?.type === 'flattened') {
        if (!(value instanceof Pairs)) problems.push(`"${full}" is flattened (an object) but the document has ${JSON.stringify(value)}`);
        continue;
      }
      if (mapping?.properties || (mapping === undefined && learned.get(full) === 'object')) {
        if (!(value instanceof Pairs)) {
          problems.push(`object mapping for [${full}] tried to parse field [${full}] as object, but found a concrete value`);
          continue;
        }
        learned.set(full, 'object');
        walk(value, mapping?.properties, full);
        continue;
      }
      if (mapping?.type) {
        if (value instanceof Pairs) problems.push(`"${full}" is mapped as ${mapping.type} but the document has an object`);
        else if (value !== null && !(Array.isArray(value) ? value.every((x) => concreteFits(mapping.type!, x)) : concreteFits(mapping.type, value))) {
          problems.push(`"${full}" is mapped as ${mapping.type} but the document has ${JSON.stringify(value)}`);
        }
        continue;
      }
      // Unmapped: dynamic mapping, decided by the first document that has the field.
      const shape: Shape = value instanceof Pairs ? 'object' : 'concrete';
      const before = learned.get(full);
      if (before && before !== shape) {
        problems.push(`"${full}" was mapped dynamically as ${before === 'object' ? 'an object' : 'a concrete field'} and now has ${shape === 'object' ? 'an object' : 'a concrete value'}`);
        continue;
      }
      learned.set(full, shape);
      if (value instanceof Pairs) walk(value, undefined, full);
    }
  };
  const root = expandRoot(doc, problems);
  walk(root, properties, '');
  return problems;
}

/** A JSON value whose objects keep their key order and repeated keys. */
export type Value = string | number | boolean | null | Value[] | Pairs;
/** A msgpack map: ordered entries, duplicates allowed. */
export class Pairs {
  constructor(readonly entries: Array<[string, Value]>) {}
  static of(obj: Record<string, unknown>): Pairs {
    return new Pairs(Object.entries(obj).map(([k, v]) => [k, toValue(v)]));
  }
  get(key: string): Value | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
  has(key: string): boolean {
    return this.entries.some(([k]) => k === key);
  }
}
function toValue(v: unknown): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toValue);
  if (v instanceof Pairs) return v;
  return Pairs.of(v as Record<string, unknown>);
}

// ---------------------------------------------------------------------------------------------
// JSON with duplicate keys: Fluent Bit keeps every key of a msgpack map when it writes JSON
// (src/flb_pack.c flb_msgpack_raw_to_json_sds), and Elasticsearch refuses a document that repeats one.

export function parseJson(text: string): Value {
  let i = 0;
  const ws = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const value = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: Array<[string, Value]> = [];
      ws();
      if (text[i] === '}') { i++; return new Pairs(entries); }
      for (;;) {
        ws();
        const k = value();
        if (typeof k !== 'string') throw new Error(`object key must be a string at ${i}`);
        ws();
        if (text[i++] !== ':') throw new Error(`expected : at ${i}`);
        entries.push([k, value()]);
        ws();
        const d = text[i++];
        if (d === '}') return new Pairs(entries);
        if (d !== ',') throw new Error(`expected , or } at ${i}`);
      }
    }
    if (c === '[') {
      i++;
      const items: Value[] = [];
      ws();
      if (text[i] === ']') { i++; return items; }
      for (;;) {
        items.push(value());
        ws();
        const d = text[i++];
        if (d === ']') return items;
        if (d !== ',') throw new Error(`expected , or ] at ${i}`);
      }
    }
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i));
      if (!m) throw new Error(`bad string at ${i}`);
      i += m[0].length;
      return JSON.parse(m[0]) as string;
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) throw new Error(`unexpected ${c} at ${i}`);
    i += m[0].length;
    return JSON.parse(m[0]) as Value;
  };
  const v = value();
  ws();
  if (i !== text.length) throw new Error(`trailing data at ${i}`);
  return v;
}

export function toJson(v: Value): string {
  if (v instanceof Pairs) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  return JSON.stringify(v);
}

