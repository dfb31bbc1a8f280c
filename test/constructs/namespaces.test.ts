import { App, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { NamespacesChart, PLATFORM_NAMESPACES } from '../../charts/namespaces';

describe('NamespacesChart', () => {
  it('labels every namespace with its Pod Security level for enforce, warn and audit', () => {
    const chart = new NamespacesChart(Testing.app(), 'ns', { namespaces: Object.values(PLATFORM_NAMESPACES) });
    const manifests = Testing.synth(chart);
    expect(manifests.map((m) => m.metadata.name).sort()).toEqual(Object.keys(PLATFORM_NAMESPACES).sort());
    const kafka = manifests.find((m) => m.metadata.name === 'kafka');
    expect(kafka.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
    });
    const agents = manifests.find((m) => m.metadata.name === 'node-agents');
    expect(agents.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(agents.metadata.annotations['observability-platform/pod-security-exception']).toMatch(/hostPath/);
  });

  it('fails on a namespace below restricted without a documented exception', () => {
    expect(() => new NamespacesChart(new App(), 'ns', { namespaces: [{ name: 'agents', purpose: 'x', podSecurity: 'baseline' }] })).toThrow(
      'namespaces[0].exception (null) must be given exactly when podSecurity is not "restricted" (it is "baseline")',
    );
  });

  it('fails on an exception for a restricted namespace', () => {
    expect(() => new NamespacesChart(new App(), 'ns', { namespaces: [{ name: 'kafka', purpose: 'x', podSecurity: 'restricted', exception: 'because' }] })).toThrow(
      'namespaces[0].exception ("because") must be given exactly when',
    );
  });

  it('fails on duplicate and invalid names', () => {
    const ns = { name: 'kafka', purpose: 'x', podSecurity: 'restricted' } as const;
    expect(() => new NamespacesChart(new App(), 'ns', { namespaces: [ns, ns] })).toThrow('namespaces[1].name ("kafka") is declared twice');
    expect(() => new NamespacesChart(new App(), 'ns', { namespaces: [{ ...ns, name: 'Kafka' }] })).toThrow('namespaces[0].name ("Kafka") must be a DNS label');
  });
});
