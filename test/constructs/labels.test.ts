import { describe, expect, it } from 'vitest';
import { recommendedLabels, selectorLabels } from '../../constructs/labels';

describe('labels', () => {
  const id = { name: 'fluent-bit', instance: 'fluent-bit-forwarder', component: 'log-forwarder', version: '4.0.3' };

  it('recommended labels carry all six app.kubernetes.io keys', () => {
    expect(recommendedLabels(id)).toEqual({
      'app.kubernetes.io/name': 'fluent-bit',
      'app.kubernetes.io/instance': 'fluent-bit-forwarder',
      'app.kubernetes.io/component': 'log-forwarder',
      'app.kubernetes.io/part-of': 'observability-platform',
      'app.kubernetes.io/managed-by': 'cdk8s',
      'app.kubernetes.io/version': '4.0.3',
    });
  });

  it('selector labels leave out the version, so upgrades never change an immutable selector', () => {
    expect(selectorLabels(id)).not.toHaveProperty(['app.kubernetes.io/version']);
    expect(selectorLabels(id)).toEqual({
      'app.kubernetes.io/name': 'fluent-bit',
      'app.kubernetes.io/instance': 'fluent-bit-forwarder',
      'app.kubernetes.io/component': 'log-forwarder',
    });
  });

  it('instance defaults to the name', () => {
    expect(selectorLabels({ name: 'grafana', component: 'dashboards' })['app.kubernetes.io/instance']).toBe('grafana');
  });
});
