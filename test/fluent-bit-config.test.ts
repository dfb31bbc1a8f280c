import { describe, expect, it } from 'vitest';
import { validateFluentBitYaml } from '../tools/fluent-bit-validate';
import { committedManifests } from './support/fixtures';

const tree = committedManifests();
const configs = (env: string) => tree.get(env)!.filter((r) => r.object.kind === 'ConfigMap' && 'fluent-bit.yaml' in ((r.object as any).data ?? {}));

describe('Fluent Bit configuration structure (documented parameters of the pinned version)', () => {
  it.each([...tree.keys()])('%s: every rendered Fluent Bit configuration uses only documented sections, plugins and parameters', (env) => {
    // The forwarder everywhere; the aggregator where it is Fluent Bit (staging runs Logstash).
    expect(configs(env).map((r) => r.object.metadata.name)).toContain('fluent-bit-forwarder');
    for (const r of configs(env)) expect(validateFluentBitYaml((r.object as any).data['fluent-bit.yaml']), r.file).toEqual([]);
  });

  const valid = 'service:\n  flush: 1\npipeline:\n  inputs:\n    - name: tail\n      path: /x\n  outputs:\n    - name: kafka\n      match: "*"\n      rdkafka.acks: all\n';
  it('passes a minimal valid configuration', () => {
    expect(validateFluentBitYaml(valid)).toEqual([]);
  });
  it('fails on a misspelt parameter', () => {
    expect(validateFluentBitYaml(valid.replace('path: /x', 'pth: /x'))).toEqual(['pipeline.inputs[0] (tail): unknown parameter "pth"']);
  });
  it('fails on an unknown plugin', () => {
    expect(validateFluentBitYaml(valid.replace('name: kafka', 'name: kafak'))).toEqual(['pipeline.outputs[0]: unknown plugin "kafak"']);
  });
  it('fails on an unknown service key', () => {
    expect(validateFluentBitYaml(valid.replace('flush: 1', 'flsh: 1'))).toEqual(['service: unknown key "flsh"']);
  });
  it('fails on an output without match', () => {
    expect(validateFluentBitYaml(valid.replace('      match: "*"\n', ''))).toEqual(['pipeline.outputs[0] (kafka): has no match or match_regex']);
  });
  it('fails on invalid YAML and on duplicate keys', () => {
    expect(validateFluentBitYaml('service: [')[0]).toMatch(/not valid YAML/);
    expect(validateFluentBitYaml('service:\n  flush: 1\n  flush: 2\n')[0]).toMatch(/not valid YAML/);
  });
});
