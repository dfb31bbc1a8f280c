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
import { Pairs, type Value } from './fluent-bit-model';

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
