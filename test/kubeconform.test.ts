import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemas } from '../tools/schemas';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import { withDistinctFiles } from '../tools/distinct-files';
import { kubeconform } from '../tools/validators';
import { committedManifests, MANIFESTS } from './support/fixtures';

const tree = committedManifests();

beforeAll(() => {
  ensureSchemas();
});

describe('kubeconform (strict, every object, no skips)', () => {
  // One run per Kubernetes version over every environment, each distinct file content once
  // (tools/distinct-files.ts: kubeconform validates every document on its own). Problems name the
  // rendered files that hold the content.
  it.each(K8S_VALIDATION_VERSIONS)('every environment is valid against Kubernetes %s and the CRD schemas', (version) => {
    const envs = [...tree.keys()];
    const { result, holders, files } = withDistinctFiles(envs.map((env) => path.join(MANIFESTS, env)), (root, byDir) => {
      const holders = new Map<string, string[]>();
      envs.forEach((env) => byDir.get(path.join(MANIFESTS, env))!.forEach((f) => holders.set(f.digest, [...(holders.get(f.digest) ?? []), `${env}/${f.file}`])));
      return { result: kubeconform(root, version), holders, files: [...byDir.values()].flat().length };
    });
    expect(result.problems.map((p) => `${holders.get(p.split('.yaml ')[0])?.join(', ')}: ${p}`)).toEqual([]);
    expect(result.summary).toEqual({ valid: holders.size, invalid: 0, errors: 0, skipped: 0 });
    expect(files).toBe([...tree.values()].reduce((n, list) => n + list.length, 0));
  });

  it('fails on an unknown field, and on a kind it has no schema for instead of skipping it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kubeconform-'));
    try {
      writeFileSync(path.join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: y}\ndatum: {a: b}\n');
      writeFileSync(path.join(dir, 'topic.yaml'), 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: {name: t}\nspec: {partitions: 1, replicas: 1, retention: 1}\n');
      writeFileSync(path.join(dir, 'old.yaml'), 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: {name: t}\nspec: {partitions: 1}\n');
      const result = kubeconform(dir, K8S_VALIDATION_VERSIONS[0]);
      expect(result.summary).toMatchObject({ valid: 0, invalid: 2, errors: 1, skipped: 0 });
      expect(result.problems.join('\n')).toMatch(/datum/);
      expect(result.problems.join('\n')).toMatch(/retention/);
      expect(result.problems.join('\n')).toMatch(/old\.yaml KafkaTopic\/t: error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
