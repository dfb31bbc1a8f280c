import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemas } from '../tools/schemas';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import { loadManifests } from '../render/manifests';
import { kubeconform } from '../tools/validators';
import { MANIFESTS } from './support/fixtures';

const tree = loadManifests(MANIFESTS);

beforeAll(() => {
  ensureSchemas();
});

describe('kubeconform (strict, every object, no skips)', () => {
  // One run per Kubernetes version over every environment, as `npm run validate` runs it: each
  // problem names its file, and so its environment.
  it.each(K8S_VALIDATION_VERSIONS)('every environment is valid against Kubernetes %s and the CRD schemas', (version) => {
    const result = kubeconform(MANIFESTS, version);
    expect(result.problems).toEqual([]);
    const objects = [...tree.values()].reduce((n, list) => n + list.length, 0);
    expect(result.summary).toEqual({ valid: objects, invalid: 0, errors: 0, skipped: 0 });
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
