import * as path from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { kubeScore } from '../tools/kube-score';
import { trivyConfig, type TrivyFinding } from '../tools/trivy';
import { loadExceptions, unaccepted, type Exceptions, type Finding } from '../tools/scanner-exceptions';
import { committedManifests, MANIFESTS, REPO_ROOT } from './support/fixtures';

const exceptions = loadExceptions(path.join(REPO_ROOT, 'test', 'scanners', 'kube-score-exceptions.yaml'));
const envs = [...committedManifests().keys()];
// The scans run in hooks, not at import: vitest then counts their time as the file's and, from the
// second run on, starts this file among the first (it orders files by their last duration).
let scores: Map<string, Finding[]>;
beforeAll(() => {
  scores = new Map(envs.map((env) => [env, kubeScore(path.join(MANIFESTS, env))]));
});

describe('kube-score', () => {
  it.each(envs)('%s has no finding outside the accepted list, and no stale exception', (env) => {
    const result = unaccepted(env, scores.get(env)!, exceptions);
    expect(result.findings.map((f) => `${f.check} ${f.object}${f.path ? ` (${f.path})` : ''}: ${f.message}`)).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('fails on a finding that is not accepted, and on an exception or policy that matches nothing', () => {
    const findings = [{ check: 'pod-probes', object: 'Deployment/x/y', message: 'Container is missing a readinessProbe' }];
    const none: Exceptions = { policies: [], accepted: [] };
    expect(unaccepted('dev', findings, none).findings).toHaveLength(1);
    const stale: Exceptions = {
      policies: [{ check: 'container-resources', message: 'CPU limit is not set', reason: 'a reason long enough to count' }],
      accepted: [{ check: 'pod-probes', objects: ['Deployment/x/y', 'Deployment/x/z'], reason: 'a reason long enough to count' }],
    };
    const result = unaccepted('dev', findings, stale);
    expect(result.findings).toEqual([]);
    expect(result.stale).toEqual(['policy container-resources "CPU limit is not set"', 'pod-probes Deployment/x/z']);
  });

  it('a policy for one message of a check leaves the check\'s other messages failing', () => {
    const findings = [
      { check: 'container-resources', object: 'Deployment/x/y', message: 'CPU limit is not set' },
      { check: 'container-resources', object: 'Deployment/x/y', message: 'Memory limit is not set' },
    ];
    const policy: Exceptions = { policies: [{ check: 'container-resources', message: 'CPU limit is not set', reason: 'a reason long enough to count' }], accepted: [] };
    expect(unaccepted('dev', findings, policy).findings.map((f) => f.message)).toEqual(['Memory limit is not set']);
  });

  it('an entry limited to some environments does not cover the others', () => {
    const findings = [{ check: 'deployment-replicas', object: 'Deployment/x/y', message: 'Deployment few replicas' }];
    const onlyProd: Exceptions = { policies: [], accepted: [{ check: 'deployment-replicas', objects: ['Deployment/x/y'], environments: ['prod'], reason: 'a reason long enough to count' }] };
    expect(unaccepted('prod', findings, onlyProd).findings).toEqual([]);
    expect(unaccepted('dev', findings, onlyProd).findings).toHaveLength(1);
  });

  it('fails to load an exceptions file with a check-wide exception outside policies, or without a reason', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-score-exceptions-'));
    const file = (name: string, text: string) => { writeFileSync(path.join(dir, name), text); return path.join(dir, name); };
    expect(() => loadExceptions(file('a.yaml', 'ignoredChecks:\n  - check: networkpolicy-targets-pod\n    reason: a reason long enough to count\n'))).toThrow('unknown key(s) ignoredChecks');
    expect(() => loadExceptions(file('b.yaml', 'accepted:\n  - check: pod-probes\n    reason: a reason long enough to count\n'))).toThrow('accepted pod-probes must list its objects');
    expect(() => loadExceptions(file('c.yaml', 'policies:\n  - check: pod-probes\n    reason: short\n'))).toThrow('pod-probes needs a reason');
    const short = loadExceptions(file('d.yaml', 'accepted:\n  - check: pod-probes\n    object: Deployment/x/y\n    reason: a reason long enough to count\n'));
    expect(short.accepted[0].objects).toEqual(['Deployment/x/y']);
  });

  it('kube-score runs with every check on: it reports the CPU limit, pull policy and selector findings the list accepts', () => {
    const dev = scores.get('dev')!;
    expect(dev.some((f) => f.check === 'container-resources' && f.message === 'CPU limit is not set')).toBe(true);
    expect(dev.some((f) => f.check === 'container-image-pull-policy')).toBe(true);
    expect(dev.some((f) => f.check === 'networkpolicy-targets-pod' && f.object === 'NetworkPolicy/kafka/logs-kafka-replication')).toBe(true);
  });
});

const trivyExceptions = loadExceptions(path.join(REPO_ROOT, 'test', 'scanners', 'trivy-exceptions.yaml'));
let trivyFindings: Map<string, TrivyFinding[]>;
beforeAll(() => {
  const byDir = trivyConfig(envs.map((env) => path.join(MANIFESTS, env)));
  trivyFindings = new Map(envs.map((env) => [env, byDir.get(path.join(MANIFESTS, env))!]));
});

describe('trivy config', () => {
  it.each(envs)('%s has no finding outside the accepted list, and no stale exception', (env) => {
    const result = unaccepted(env, trivyFindings.get(env)!, trivyExceptions);
    expect(result.findings.map((f) => `${f.check} ${f.object}: ${f.message}`)).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('scans offline and reports a privileged, root container in a throwaway folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trivy-'));
    mkdirSync(path.join(dir, 'demo'));
    writeFileSync(path.join(dir, 'demo', 'Pod.bad.yaml'), [
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: bad', '  namespace: demo', 'spec:', '  containers:',
      '    - name: app', '      image: busybox:1.37.0', '      securityContext:', '        privileged: true', '',
    ].join('\n'));
    const findings = trivyConfig([dir]).get(dir)!;
    expect(findings.filter((f) => f.object === 'Pod/demo/bad' && f.severity === 'HIGH').length).toBeGreaterThan(0);
    expect(findings.some((f) => /privileged/i.test(f.title))).toBe(true);
  });
});
