import { describe, expect, it } from 'vitest';
import type { IndexTemplateBody, LifecyclePolicyBody, RoleBody } from '../constructs/elasticsearch-requests';

/**
 * The setup Jobs' request bodies are typed with the Elasticsearch 9 client's request types
 * (constructs/elasticsearch-requests.ts). `npm test` runs `tsc --noEmit` before vitest: each
 * `@ts-expect-error` below fails the type check if the types stop rejecting the wrong key.
 */
describe('Elasticsearch request body types', () => {
  it('reject misspelt or misplaced keys in an index template, a lifecycle policy and a role', () => {
    // @ts-expect-error `templat` is not a key of an index template
    const template: IndexTemplateBody = { index_patterns: ['logs-x'], templat: {} };
    // @ts-expect-error the failure store is configured under `template.data_stream_options`, not at the top
    const misplaced: IndexTemplateBody = { index_patterns: ['logs-x'], failure_store: { enabled: true } };
    // @ts-expect-error phases belong under `policy`
    const policy: LifecyclePolicyBody = { phases: {} };
    // @ts-expect-error `index` is `indices`
    const role: RoleBody = { cluster: ['monitor'], index: [] };
    const valid: IndexTemplateBody = { index_patterns: ['logs-x'], data_stream: {}, template: { data_stream_options: { failure_store: { enabled: true } } } };
    expect([template, misplaced, policy, role, valid]).toHaveLength(5);
  });
});
