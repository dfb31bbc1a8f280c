/**
 * Strict per-kind JSON schemas for kubeconform, generated from vendor/ the way
 * kube-prometheus derives its schemas from its CRDs, into `.cache/schemas/` (git-ignored;
 * deterministic, so regenerating never changes a byte — a test proves it).
 *
 * - Kubernetes: `kubernetes/v<version>/_definitions.json` made strict (`additionalProperties: false`
 *   on every object with declared properties) plus one `<kind>-<group>-<version>.json` per API kind
 *   that `$ref`s into it, in kubeconform's naming.
 * - CRDs: `crds/<group>/<kind>_<version>.json` from each served version's openAPIV3Schema, strict
 *   except under `x-kubernetes-preserve-unknown-fields`, with `metadata` checked as a real ObjectMeta.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CRD_SOURCE_FILES, K8S_VALIDATION_VERSIONS, REPO_ROOT, inputsDigest, loadCrds } from '../render/crd-sources';

type Schema = Record<string, any>;

export const SCHEMA_DIR = path.join(REPO_ROOT, '.cache', 'schemas');

/** kubeconform locations, tried in order; the first existing file wins. */
export function schemaLocations(dir = SCHEMA_DIR): string[] {
  return [
    `${dir}/kubernetes/{{.NormalizedKubernetesVersion}}/{{.ResourceKind}}{{.KindSuffix}}.json`,
    `${dir}/crds/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`,
  ];
}

/** Adds `additionalProperties: false` wherever properties are declared and unknown fields are not preserved. */
function strictify(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(strictify);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Schema;
  if (obj['x-kubernetes-preserve-unknown-fields'] === true) return;
  if (obj.properties && obj.additionalProperties === undefined) obj.additionalProperties = false;
  if (obj.nullable === true && typeof obj.type === 'string') obj.type = [obj.type, 'null'];
  for (const [key, value] of Object.entries(obj)) {
    // Inside `properties` the keys are field names, not schema keywords: recurse into each field's schema.
    if (key === 'properties' && value && typeof value === 'object') Object.values(value).forEach(strictify);
    else strictify(value);
  }
}

function kindSuffix(group: string, version: string): string {
  return group ? `-${group.split('.')[0].toLowerCase()}-${version}` : `-${version}`;
}

/** Definitions reachable from `name` through `#/definitions/...` refs. */
function closure(definitions: Schema, name: string, into: Schema = {}): Schema {
  if (into[name]) return into;
  into[name] = definitions[name];
  const refs = JSON.stringify(definitions[name]).matchAll(/"#\/definitions\/([^"]+)"/g);
  for (const [, ref] of refs) closure(definitions, ref, into);
  return into;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export function generateSchemas(outDir = SCHEMA_DIR): number {
  rmSync(outDir, { recursive: true, force: true });
  let count = 0;
  let objectMeta: Schema | undefined;
  for (const version of K8S_VALIDATION_VERSIONS) {
    const dir = path.join(outDir, 'kubernetes', `v${version}`);
    mkdirSync(dir, { recursive: true });
    const defs = JSON.parse(readFileSync(path.join(REPO_ROOT, 'vendor', 'kubernetes', `v${version}`, '_definitions.json'), 'utf8')) as { definitions: Schema };
    strictify(defs.definitions);
    writeFileSync(path.join(dir, '_definitions.json'), json(defs));
    objectMeta ??= closure(defs.definitions, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    for (const [name, def] of Object.entries(defs.definitions).sort(([a], [b]) => a.localeCompare(b))) {
      const gvks = (def['x-kubernetes-group-version-kind'] ?? []) as Array<{ group: string; kind: string; version: string }>;
      if (gvks.length !== 1 || !def.properties?.metadata) continue;
      const { group, kind, version: apiVersion } = gvks[0];
      writeFileSync(path.join(dir, `${kind.toLowerCase()}${kindSuffix(group, apiVersion)}.json`), json({ $ref: `_definitions.json#/definitions/${name}` }));
      count++;
    }
  }
  for (const crd of loadCrds()) {
    const dir = path.join(outDir, 'crds', crd.spec.group);
    mkdirSync(dir, { recursive: true });
    for (const v of crd.spec.versions) {
      if (!v.served || !v.schema) continue;
      const schema = structuredClone(v.schema.openAPIV3Schema) as Schema;
      strictify(schema);
      schema.properties = { ...schema.properties, metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' } };
      schema.required = [...new Set([...(schema.required ?? []), 'apiVersion', 'kind', 'metadata'])];
      schema.definitions = objectMeta;
      writeFileSync(path.join(dir, `${crd.spec.names.kind.toLowerCase()}_${v.name}.json`), json(schema));
      count++;
    }
  }
  return count;
}

/** Regenerates SCHEMA_DIR only when the vendored inputs or this generator changed since the last run. */
export function ensureSchemas(): void {
  const inputs = [...CRD_SOURCE_FILES, ...K8S_VALIDATION_VERSIONS.map((v) => `vendor/kubernetes/v${v}/_definitions.json`), 'tools/schemas.ts'];
  const digest = inputsDigest(inputs);
  const stamp = path.join(SCHEMA_DIR, '.digest');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  generateSchemas();
  writeFileSync(stamp, digest);
}

