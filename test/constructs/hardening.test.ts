import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { hardenedContainer, hardenedPodSecurityContext, isPinnedImage, resourceRequirements, sizeQuantity } from '../../constructs/hardening';

const resources = { cpu: Cpu.millis(100), memory: Size.mebibytes(256) };

describe('hardenedContainer', () => {
  const container = hardenedContainer({ name: 'app', image: 'nginx:1.27.3', resources });

  it('runs non-root without privilege escalation, capabilities or a writable root', () => {
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('requests cpu and memory and limits memory to the request', () => {
    expect(JSON.parse(JSON.stringify(container.resources))).toEqual({
      requests: { cpu: { value: '100m' }, memory: { value: '256Mi' } },
      limits: { memory: { value: '256Mi' } },
    });
  });

  it('takes a service-specific user', () => {
    expect(hardenedContainer({ name: 'spark', image: 'apache/spark:3.5.5', resources, runAsUser: 185 }).securityContext?.runAsUser).toBe(185);
    expect(hardenedPodSecurityContext({ runAsUser: 185 })).toMatchObject({ runAsUser: 185, fsGroup: 185, runAsNonRoot: true });
  });

  it('fails on an unpinned image', () => {
    expect(() => hardenedContainer({ name: 'app', image: 'nginx', resources })).toThrow('containers.app.image ("nginx") must be pinned');
    expect(() => hardenedContainer({ name: 'app', image: 'nginx:latest', resources })).toThrow('must be pinned');
  });

  it('fails on root', () => {
    expect(() => hardenedContainer({ name: 'app', image: 'nginx:1.27.3', resources, runAsUser: 0 })).toThrow('securityContext.runAsUser (0) must not be 0');
  });

  it('fails on zero or negative resources', () => {
    expect(() => resourceRequirements('aggregator.resources', { cpu: Cpu.millis(0), memory: Size.mebibytes(64) })).toThrow('aggregator.resources.cpu ("0m") must be greater than zero');
    expect(() => resourceRequirements('aggregator.resources', { cpu: Cpu.millis(-5), memory: Size.mebibytes(64) })).toThrow('must be greater than zero');
    expect(() => resourceRequirements('aggregator.resources', { cpu: Cpu.millis(5), memory: Size.mebibytes(0) })).toThrow('aggregator.resources.memory ("0Mi") must be greater than zero');
  });
});

describe('isPinnedImage', () => {
  it.each([
    ['quay.io/strimzi/operator:1.2.0', true],
    ['localhost:5000/app:2.1', true],
    [`grafana/grafana@sha256:${'a'.repeat(64)}`, true],
    ['localhost:5000/app', false],
    ['grafana/grafana:latest', false],
    ['grafana/grafana', false],
  ])('%s → %s', (image, pinned) => {
    expect(isPinnedImage(image)).toBe(pinned);
  });
});

describe('sizeQuantity', () => {
  it('uses the largest whole binary unit', () => {
    expect(sizeQuantity(Size.gibibytes(100))).toBe('100Gi');
    expect(sizeQuantity(Size.mebibytes(1536))).toBe('1536Mi');
    expect(sizeQuantity(Size.kibibytes(512))).toBe('512Ki');
  });
});
