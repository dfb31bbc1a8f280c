import { describe, expect, it } from 'vitest';
import { nativeAlertmanagerConfig } from '../tools/alertmanager-native';
import { loadManifests } from '../render/manifests';
import { alertmanagerConfigs, checkAlertmanagerConfig, testAlertmanagerRoute } from '../tools/validators';
import { MANIFESTS } from './support/fixtures';

const tree = loadManifests(MANIFESTS);
// The operator names a global configuration's receivers `<namespace>/<AlertmanagerConfig>/<receiver>`.
const receiver = (name: string) => `monitoring/alertmanager-platform/${name}`;

const CASES: ReadonlyArray<[string, Record<string, string>, string[]]> = [
  ['a critical Kafka alert pages data-platform and posts to its Slack channel', { alertname: 'KafkaBrokerDown', severity: 'critical', team: 'data-platform', namespace: 'kafka' }, ['data-platform-pagerduty', 'data-platform-slack']],
  ['a Kafka warning goes to Slack only', { alertname: 'KafkaUnderReplicatedPartitions', severity: 'warning', team: 'data-platform', namespace: 'kafka' }, ['data-platform-slack']],
  ['a critical platform alert pages the platform team', { alertname: 'KubeAPIDown', severity: 'critical', team: 'platform' }, ['platform-pagerduty', 'platform-slack']],
  ['an info alert goes to Discord', { alertname: 'SomethingToKnow', severity: 'info', team: 'logging' }, ['info-discord']],
  ['the Watchdog goes to its own receiver', { alertname: 'Watchdog', severity: 'info', team: 'platform' }, ['watchdog']],
  ['an alert of no known team is emailed', { alertname: 'Orphan', severity: 'critical', team: 'nobody' }, ['default-email']],
];

describe('Alertmanager routing in every environment', () => {
  it.each([...tree.keys()])('%s: renders exactly one Alertmanager configuration', (env) => {
    expect(alertmanagerConfigs(tree.get(env)!).size).toBe(1);
  });

  for (const [label, labels, expected] of CASES) {
    it.each([...tree.keys()])(`%s: ${label}`, (env) => {
      const [config] = alertmanagerConfigs(tree.get(env)!).values();
      const result = testAlertmanagerRoute(config, labels, expected.map(receiver));
      expect(result.ok, result.output).toBe(true);
    });
  }

  it('fails a route test whose expected receivers differ', () => {
    const [config] = alertmanagerConfigs(tree.get('prod')!).values();
    expect(testAlertmanagerRoute(config, { severity: 'warning', team: 'data-platform' }, [receiver('data-platform-pagerduty')]).ok).toBe(false);
  });
});

describe('the AlertmanagerConfig converter', () => {
  const object = (receivers: unknown[]) => ({
    apiVersion: 'monitoring.coreos.com/v1alpha1', kind: 'AlertmanagerConfig', metadata: { name: 'am', namespace: 'ns' },
    spec: { route: { receiver: 'r' }, receivers },
  });

  it('replaces secret references with placeholders, so no credential is needed to check', () => {
    const yaml = nativeAlertmanagerConfig(object([{ name: 'r', slackConfigs: [{ apiURL: { name: 's', key: 'k' }, channel: '#c' }] }]));
    expect(yaml).toContain('api_url: https://s.secret.invalid/k');
    expect(yaml).toContain('receiver: ns/am/r');
    expect(checkAlertmanagerConfig(yaml).ok).toBe(true);
  });

  it('fails on an integration it cannot convert instead of passing it unchecked', () => {
    expect(() => nativeAlertmanagerConfig(object([{ name: 'r', opsgenieConfigs: [{}] }]))).toThrow('receiver type opsgenieConfigs is not supported');
    expect(() => nativeAlertmanagerConfig(object([{ name: 'r', slackConfigs: [{ actions: [] }] }]))).toThrow('field slackConfigs.actions is not supported');
  });
});
