import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeScore, loadExceptions, unaccepted } from '../tools/kube-score';
import { MANIFESTS, REPO_ROOT } from './support/fixtures';
import { loadManifests } from '../render/manifests';

const exceptions = loadExceptions(path.join(REPO_ROOT, 'test', 'scanners', 'kube-score-exceptions.yaml'));
const envs = [...loadManifests(MANIFESTS).keys()];
const ignored = exceptions.ignoredChecks.map((c) => c.check);

describe('kube-score', () => {
  it.each(envs)('%s has no finding outside the accepted list, and no stale exception', (env) => {
    const result = unaccepted(env, kubeScore(path.join(MANIFESTS, env), ignored), exceptions);
    expect(result.findings.map((f) => `${f.check} ${f.object}: ${f.message}`)).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('fails on a finding that is not accepted, and on an exception that matches nothing', () => {
    const findings = [{ check: 'pod-probes', object: 'Deployment/x/y', message: 'no readiness probe' }];
    const withoutIt = { ...exceptions, accepted: [] };
    expect(unaccepted('dev', findings, withoutIt).findings).toHaveLength(1);
    const stale = { ...exceptions, accepted: [{ check: 'pod-probes', object: 'Deployment/x/z', reason: 'a reason long enough to count' }] };
    expect(unaccepted('dev', findings, stale).stale).toEqual(['pod-probes Deployment/x/z']);
  });

  it('kube-score really reports what the exceptions hide', () => {
    const findings = kubeScore(path.join(MANIFESTS, 'dev'), []);
    expect(findings.some((f) => f.check === 'container-image-pull-policy')).toBe(true);
  });
});
