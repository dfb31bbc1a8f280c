import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../render/manifests';
import { alertmanagerConfigs, checkAlertmanagerConfig, checkRules, ruleFiles, testRules } from '../tools/validators';
import { committedManifests, REPO_ROOT } from './support/fixtures';
import { VERSIONS } from '../environments/versions';
import { reportedVersion, type ToolName } from '../tools';

const tree = committedManifests();
const RULE_TESTS = path.join(REPO_ROOT, 'test', 'rules');

/**
 * `promtool test rules` over one environment's rendered rules, run once per environment and shared
 * by the tests below: one checks the results, the others which test files applied.
 */
const ruleTestRuns = new Map<string, ReturnType<typeof testRules>>();
function ruleTests(env: string): ReturnType<typeof testRules> {
  if (!ruleTestRuns.has(env)) ruleTestRuns.set(env, testRules(tree.get(env)!, RULE_TESTS));
  return ruleTestRuns.get(env)!;
}

/** `X.Y` of a version or an image tag (`quay.io/prometheus/prometheus:v3.5.0` → `3.5`). */
const minorOf = (text: string) => /(\d+\.\d+)\.\d+[^:]*$/.exec(text)?.[1];

describe('the checking tools are the versions the environments deploy', () => {
  // Each tool checks the configuration of one deployed image; a different minor version parses
  // PromQL and configuration differently.
  const PAIRS: ReadonlyArray<[ToolName, 'prometheus' | 'alertmanager']> = [['promtool', 'prometheus'], ['amtool', 'alertmanager']];
  const cases = Object.keys(VERSIONS).flatMap((env) => PAIRS.map(([t, image]) => [env, t, image] as const));

  it.each(cases)('%s: %s has the minor version of the deployed %s image', (env, name, image) => {
    const deployed = VERSIONS[env as keyof typeof VERSIONS][image];
    expect(minorOf(deployed), deployed).toBeDefined();
    expect(minorOf(reportedVersion(name)), `${name} ${reportedVersion(name)} checks ${env}'s ${deployed}`).toBe(minorOf(deployed));
  });

  it('reads the minor version from image tags and version texts, and tells different minors apart', () => {
    expect(minorOf('quay.io/prometheus/prometheus:v3.5.0')).toBe('3.5');
    expect(minorOf('quay.io/prometheus/alertmanager:v0.28.1')).toBe('0.28');
    expect(minorOf('2.42.0')).not.toBe(minorOf('quay.io/prometheus/prometheus:v3.5.0'));
  });
});

describe('promtool over every rendered PrometheusRule', () => {
  it.each([...tree.keys()])('%s: `promtool check rules` passes', (env) => {
    const result = checkRules(tree.get(env)!);
    expect(result.output).not.toMatch(/FAILED/);
    expect(result.ok).toBe(true);
  });

  it.each([...tree.keys()])('%s: every applicable `promtool test rules` file passes', (env) => {
    for (const [file, result] of ruleTests(env)) {
      expect(result.ok, `${file}:\n${result.output}`).toBe(true);
    }
  });

  it('every alert rendered in any environment has at least one `promtool test rules` case', () => {
    const tested = new Set<string>();
    for (const env of tree.keys()) {
      for (const file of ruleTests(env).keys()) {
        const spec = parse(readFileSync(path.join(RULE_TESTS, file), 'utf8')) as { tests?: Array<{ alert_rule_test?: Array<{ alertname: string }> }> };
        for (const t of spec.tests ?? []) for (const a of t.alert_rule_test ?? []) tested.add(a.alertname);
      }
    }
    const alerts = [...tree.values()].flatMap((objects) =>
      objects.filter((r) => r.object.kind === 'PrometheusRule').flatMap((r) =>
        (r.object.spec as { groups: Array<{ rules: Array<{ alert?: string }> }> }).groups.flatMap((g) => g.rules.flatMap((rule) => (rule.alert ? [`${r.object.metadata.name}: ${rule.alert}`] : []))),
      ),
    );
    expect([...new Set(alerts)].filter((a) => !tested.has(a.split(': ')[1]))).toEqual([]);
  });

  it('every rule test file runs in at least one environment (none is stale)', () => {
    const ran = new Set([...tree.keys()].flatMap((env) => [...ruleTests(env).keys()]));
    const files = existsSync(RULE_TESTS) ? readdirSync(RULE_TESTS).filter((f) => f.endsWith('.yaml')) : [];
    expect(files.filter((f) => !ran.has(f))).toEqual([]);
  });
});

describe('amtool over every rendered Alertmanager configuration', () => {
  it.each([...tree.keys()])('%s: `amtool check-config` passes', (env) => {
    for (const [file, config] of alertmanagerConfigs(tree.get(env)!)) {
      const result = checkAlertmanagerConfig(config);
      expect(result.ok, `${file}:\n${result.output}`).toBe(true);
    }
  });
});

// The harness must be able to fail before any component brings rules of its own.
function ruleObject(expr: string): RenderedObject {
  return {
    file: 'demo/PrometheusRule.demo.yaml',
    object: {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'demo', namespace: 'monitoring' },
      spec: { groups: [{ name: 'demo', rules: [{ alert: 'DemoDown', expr, for: '5m', labels: { severity: 'critical' }, annotations: { summary: 'demo is down' } }] }] },
    },
  };
}

describe('the rule harness', () => {
  it('passes a valid rule and fails on a broken expression', () => {
    expect(checkRules([ruleObject('up{job="demo"} == 0')]).ok).toBe(true);
    const broken = checkRules([ruleObject('up{job="demo" == 0')]);
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(/demo\.yaml/);
  });

  it('writes rule files named after the PrometheusRule', () => {
    expect([...ruleFiles([ruleObject('up == 0')]).keys()]).toEqual(['demo.yaml']);
  });

  it('passes a true unit test and fails a false one', () => {
    const fixtures = path.join(REPO_ROOT, 'test', 'support', 'rule-harness');
    const results = testRules([ruleObject('up{job="demo"} == 0')], fixtures);
    expect(results.get('fires.yaml')?.ok).toBe(true);
    expect(results.get('wrong-expectation.yaml')?.ok).toBe(false);
  });

  it('passes a valid Alertmanager configuration and fails on a broken one', () => {
    const valid = 'route:\n  receiver: default\nreceivers:\n  - name: default\n';
    expect(checkAlertmanagerConfig(valid).ok).toBe(true);
    const broken = checkAlertmanagerConfig('route:\n  receiver: missing\nreceivers:\n  - name: default\n');
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(/missing/);
  });
});
