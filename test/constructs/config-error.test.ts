import { describe, expect, it } from 'vitest';
import { ConfigError, requireDnsLabel, requireDnsSubdomain, requireInteger, underField } from '../../constructs/config-error';
import { objectName } from '../../constructs/naming';

describe('ConfigError', () => {
  it('names the field, the value and the rule', () => {
    expect(new ConfigError('minInsyncReplicas', 3, 'must be lower than replicationFactor (3)').message).toBe(
      'minInsyncReplicas (3) must be lower than replicationFactor (3)',
    );
  });

  it('is attributed to an environment block and an environment', () => {
    const err = new ConfigError('brokers', 1, 'must be at least 3').under('kafka').in('prod');
    expect(err.message).toBe('prod: kafka.brokers (1) must be at least 3');
    expect(err).toMatchObject({ field: 'kafka.brokers', value: 1, environment: 'prod' });
  });

  it('underField prefixes only ConfigErrors', () => {
    expect(() => underField('kafka', () => { throw new ConfigError('brokers', 0, 'must be positive'); })).toThrow('kafka.brokers (0) must be positive');
    expect(() => underField('kafka', () => { throw new TypeError('boom'); })).toThrow(TypeError);
    expect(underField('kafka', () => 42)).toBe(42);
  });

  it('fails on names that are not DNS labels or subdomains', () => {
    expect(() => requireDnsLabel('cluster', 'Prod_1')).toThrow('cluster ("Prod_1") must be a DNS label');
    expect(() => requireDnsLabel('cluster', 'a'.repeat(64))).toThrow('must be a DNS label');
    expect(() => requireDnsSubdomain('storageClass', 'fast.ssd-')).toThrow('must be a DNS subdomain');
    expect(() => requireDnsLabel('cluster', 'prod-eu-1')).not.toThrow();
    expect(() => requireDnsSubdomain('storageClass', 'gp3.ebs')).not.toThrow();
  });

  it('fails on fractional or too small counts', () => {
    expect(() => requireInteger('replicas', 1.5, 1)).toThrow('replicas (1.5) must be a whole number of at least 1');
    expect(() => requireInteger('replicas', -1, 0)).toThrow('replicas (-1) must be a whole number of at least 0');
    expect(() => requireInteger('replicas', 3, 1)).not.toThrow();
  });

  it('objectName joins parts and fails on an invalid result', () => {
    expect(objectName('kafka', 'logs')).toBe('kafka-logs');
    expect(() => objectName('Kafka', 'logs')).toThrow('name ("Kafka-logs") must be a DNS label');
  });
});
