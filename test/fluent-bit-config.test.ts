import { describe, expect, it } from 'vitest';
import { FLUENT_BIT_PLUGINS } from '../tools';
import { committedManifests } from './support/fixtures';
import { dryRun, fluentBitPod, pluginsOf, renderedFluentBit, renderedFluentBits, type RenderedFluentBit } from './support/fluent-bit';

/**
 * Every rendered Fluent Bit configuration checked by the real Fluent Bit 4.2.0 (`npm run tools` builds
 * it from the pinned source): `--dry-run` reads the YAML, the service section and the parsers, and
 * creates every input, filter and output by name (src/fluent-bit.c, `config->dry_run`, after
 * service_configure), with the environment and mounts the pod gives it.
 */

const envs = [...committedManifests().keys()];

/** What the pods' Secrets and downward API would give; the values only need to exist. */
const VALUES = new Proxy({} as Record<string, string>, { get: (_, source: string) => (source === 'field:spec.nodeName' ? 'node-1' : `value-of-${source}`) });

const check = (rendered: RenderedFluentBit, config = rendered.config) => dryRun(fluentBitPod({ ...rendered, config }, VALUES));

describe('Fluent Bit configurations, checked by fluent-bit --dry-run', () => {
  it.each(envs)('%s: every rendered Fluent Bit configuration passes fluent-bit --dry-run with its pod\'s environment and mounts', (env) => {
    const rendered = renderedFluentBits(env);
    // The forwarder everywhere; the aggregator where it is Fluent Bit (staging runs Logstash).
    expect(rendered.map((r) => r.name)).toContain('fluent-bit-forwarder');
    for (const r of rendered) {
      const result = check(r);
      expect(result, `${env} ${r.runBy}`).toMatchObject({ ok: true });
      expect(result.output).toContain('configuration test is successful');
    }
  });

  it('the fluent-bit tool is built with every plugin a rendered configuration names', () => {
    const used = new Set(envs.flatMap((env) => renderedFluentBits(env).flatMap((r) => pluginsOf(r.config))));
    const built = new Set<string>(FLUENT_BIT_PLUGINS.map((p) => p.toLowerCase().replace(/^in_/, 'inputs/').replace(/^filter_/, 'filters/').replace(/^out_/, 'outputs/')));
    expect([...used].filter((p) => !built.has(p))).toEqual([]);
  });

  const forwarder = renderedFluentBit('prod', 'fluent-bit-forwarder');
  it('fails on a misspelt plugin name', () => {
    const result = check(forwarder, forwarder.config.replace('- name: kubernetes', '- name: kubernetis'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/kubernetis/);
  });
  it('fails on invalid YAML', () => {
    const result = check(forwarder, forwarder.config.replace('pipeline:', 'pipeline: ['));
    expect(result.ok).toBe(false);
  });
  it('fails on a parser without a format', () => {
    const result = check(forwarder, forwarder.config.replace('format: logfmt', ''));
    expect(result.ok).toBe(false);
  });
});
