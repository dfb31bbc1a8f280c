import { describe, expect, it } from 'vitest';
import { renderAll, renderEnvironment } from '../main';
import { ConfigError } from '../constructs/config-error';
import { ENVIRONMENTS, dev, prod, type EnvironmentConfig } from '../environments';

/** A copy of an environment with fields replaced, typed loosely on purpose: these are bad inputs. */
function broken(env: EnvironmentConfig, patch: Record<string, unknown>): EnvironmentConfig {
  return { ...env, ...patch } as EnvironmentConfig;
}

describe('environments', () => {
  it('are dev, staging and prod, in promotion order', () => {
    expect(ENVIRONMENTS.map((e) => e.name)).toEqual(['dev', 'staging', 'prod']);
  });

  it('each renders its own folder', () => {
    expect([...renderAll().keys()]).toEqual(['dev', 'staging', 'prod']);
  });

  it.each<[string, EnvironmentConfig, string]>([
    ['an unknown environment name', broken(dev, { name: 'qa' }), 'qa: name ("qa") must be one of dev, staging, prod'],
    ['a cluster name that is not a DNS label', broken(prod, { cluster: 'Prod Cluster' }), 'prod: cluster ("Prod Cluster") must be a DNS label'],
    ['an invalid storage class', broken(prod, { storageClass: 'fast_ssd' }), 'prod: storageClass ("fast_ssd") must be a DNS subdomain'],
    ['an invalid UI domain', broken(prod, { ingress: { ...prod.ingress, domain: 'Observability Example' } }), 'prod: ingress.domain ("Observability Example") must be a DNS subdomain'],
    ['an unpinned operator image', broken(prod, { versions: { ...prod.versions, strimziOperator: 'quay.io/strimzi/operator:latest' } }), 'prod: versions.strimziOperator ("quay.io/strimzi/operator:latest") must be pinned'],
  ])('fails on %s, naming environment, field, value and rule', (_label, env, message) => {
    expect(() => renderEnvironment(env)).toThrow(ConfigError);
    expect(() => renderEnvironment(env)).toThrow(message);
  });

  it('fails when two environments claim the same folder', () => {
    expect(() => renderAll([dev, broken(prod, { name: 'dev' })])).toThrow('dev: name ("dev") is used by two environments');
  });
});
