import { describe, expect, it } from 'vitest';
import { podTemplateOf } from '../render/invariants';
import { committedManifests } from './support/fixtures';

/**
 * One small inventory per environment (kind, namespace/name, images): a review aid that makes an
 * added, removed or re-imaged object obvious. manifests/ stays the full-fidelity snapshot.
 * Update with `npx vitest run -u test/inventory.test.ts` after an intended change.
 */
describe('inventory', () => {
  it.each([...committedManifests()])('%s', async (env, objects) => {
    const lines = objects
      .map(({ object }) => {
        const pod = podTemplateOf(object);
        const images = pod ? [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c) => c.image) : [];
        const id = `${object.metadata.namespace ?? '-'}/${object.metadata.name}`;
        return [object.kind, id, ...new Set(images)].join(' ');
      })
      .sort();
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/${env}.inventory.txt`);
  });
});
