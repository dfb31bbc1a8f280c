import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILT_IN_HEALTH, CUSTOM_HEALTH } from '../constructs/custom-health';
import type { KubeObject } from '../render/manifests';
import { committedManifests, REPO_ROOT } from './support/fixtures';
import { type ArgoVerdict, FLUX_VERDICT, type FluxVerdict, fluxWaitsWithoutStatus, judge, renderedChecks } from './support/health-verdicts';

/**
 * The rendered health checks, run by tools/go/health-verdicts in the interpreters that run them in the
 * cluster: Argo CD v3.5.1's gopher-lua set-up and kustomize-controller v1.9.4's CEL status evaluator
 * (fluxcd/pkg runtime/cel), with kstatus for kinds without healthCheckExprs, on the states the operators
 * write (test/healthchecks/*.yaml, each naming the upstream file and function that writes it at the
 * deployed version; Strimzi's are a stand-in written from its Java source). Every sample has one
 * expected verdict per tool. test/operators.test.ts and test/converge.test.ts judge the states the real
 * prometheus-operator and ECK write (a pod not ready, a rolling update, a refused spec, deletion); only
 * what no program here can write stays here for those kinds.
 */

interface Sample {
  readonly name: string;
  /** The upstream file and function that writes this state, with the operator's deployed version. */
  readonly source: string;
  readonly expect: ArgoVerdict;
  /** Flux's verdict where it cannot be the Argo CD one, with `why`. */
  readonly flux?: FluxVerdict;
  readonly why?: string;
  readonly file: string;
  readonly object: KubeObject & { status?: unknown };
}

const FIXTURES = path.join(__dirname, 'healthchecks');
const samples: Sample[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Sample[]).map((s) => ({ ...s, file: f })));
const title = (s: Sample) => `${s.file}${s.object.apiVersion.startsWith('kafka.strimzi.io/') ? ' (Strimzi stand-in)' : ''}: ${s.name}`;

/** The operator that writes each group's status, and its deployed version (environments/versions.json image tags). */
const versions = JSON.parse(readFileSync(path.join(REPO_ROOT, 'environments', 'versions.json'), 'utf8')) as Record<string, Record<string, string>>;
const tag = (image: string) => image.slice(image.lastIndexOf(':') + 1);
const OPERATOR: Record<string, string> = {
  'monitoring.coreos.com': `prometheus-operator ${tag(versions.dev.prometheusOperator)}`,
  'kafka.strimzi.io': `Strimzi ${tag(versions.dev.strimziOperator)}`,
  'elasticsearch.k8s.elastic.co': `ECK ${tag(versions.dev.eckOperator)}`,
  'kibana.k8s.elastic.co': `ECK ${tag(versions.dev.eckOperator)}`,
};
const groupOf = (o: { apiVersion: string }) => o.apiVersion.split('/')[0];

const tree = committedManifests();
/** Kinds whose operator runs in the tests (prometheus-operator v0.93.0, ECK 3.5.0): see test/converge.test.ts. */
const CAPTURED_LIVE = new Set(['Alertmanager', 'Prometheus', 'Elasticsearch', 'Kibana']);

describe('the health-check states', () => {
  it.each(samples.map((s) => [title(s), s] as const))('%s names the upstream file and function that writes it, at the deployed version', (_t, s) => {
    const deletion = s.object.metadata && 'deletionTimestamp' in s.object.metadata;
    if (deletion) {
      expect(s.source).toMatch(/^the API server/);
      return;
    }
    expect(s.source.startsWith(OPERATOR[groupOf(s.object)]), `${s.source} does not start with "${OPERATOR[groupOf(s.object)]}"`).toBe(true);
    if (s.object.status !== undefined) expect(s.source).toMatch(/\S+\.(go|java)\b/);
    if (s.flux) expect(s.why, 'a Flux verdict other than the Argo CD one needs a reason').toBeTruthy();
  });

  it('cover every verdict and deletion for every Strimzi kind; the kinds whose operator runs here keep only states no program here writes', () => {
    for (const { kind } of CUSTOM_HEALTH) {
      const of = samples.filter((s) => s.object.kind === kind);
      if (CAPTURED_LIVE.has(kind)) {
        // Deletion, a pod not ready, a held rolling update, a refused spec and the steady state are
        // captured from the real operators in test/converge.test.ts (and test/operators.test.ts).
        expect(of.filter((s) => 'deletionTimestamp' in s.object.metadata).map((s) => s.name), `${kind}: deletion is captured live`).toEqual([]);
        expect(of.some((s) => s.object.status === undefined), `${kind}: no state without status`).toBe(true);
        continue;
      }
      expect(of.some((s) => s.expect === 'Healthy'), `${kind}: no healthy state`).toBe(true);
      expect(of.some((s) => s.expect === 'Progressing' && s.object.status !== undefined), `${kind}: no progressing state`).toBe(true);
      expect(of.some((s) => s.expect === 'Degraded'), `${kind}: no failed state`).toBe(true);
      expect(of.some((s) => s.object.status === undefined), `${kind}: no state without status`).toBe(true);
      expect(of.some((s) => 'deletionTimestamp' in s.object.metadata), `${kind}: no object being deleted`).toBe(true);
    }
  });

  it('every kind rendered has a custom check or a reason the built-in rules judge it right', () => {
    const custom = new Set(CUSTOM_HEALTH.map((h) => h.kind));
    const rendered = new Set([...tree.values()].flatMap((objects) => objects.map((r) => r.object.kind)));
    const unexplained = [...rendered].filter((k) => !custom.has(k) && !(k in BUILT_IN_HEALTH)).sort();
    expect(unexplained).toEqual([]);
    expect(Object.keys(BUILT_IN_HEALTH).filter((k) => custom.has(k))).toEqual([]);
  });
});

describe.each([...tree])('health checks rendered for %s', (_env, objects) => {
  const { argocdCM, healthCheckExprs, perKustomization } = renderedChecks(objects);

  it('every Flux Kustomization carries the same healthCheckExprs', () => {
    for (const exprs of perKustomization) expect(exprs).toEqual(healthCheckExprs);
  });

  it('cover every kind the samples are taken from, in both tools', () => {
    const kinds = [...new Set(samples.map((s) => `${groupOf(s.object)}_${s.object.kind}`))].sort();
    expect(Object.keys(argocdCM).map((k) => k.replace('resource.customizations.health.', '')).sort()).toEqual(kinds);
    expect((healthCheckExprs as Array<{ apiVersion: string; kind: string }>).map((e) => `${groupOf(e)}_${e.kind}`).sort()).toEqual(kinds);
  });

  const results = judge(argocdCM, healthCheckExprs, samples.map((s) => ({ name: title(s), object: s.object })));

  it.each(samples.map((s, i) => [title(s), s, results[i]] as const))('%s', (name, sample, result) => {
    expect(result.name).toBe(name);
    expect(result.argocd.error, 'Argo CD script error').toBeUndefined();
    expect(result.argocd.status, `Argo CD: ${result.argocd.message}`).toBe(sample.expect);
    expect(result.flux.reader, 'Flux judges the kind by its healthCheckExprs').toBe('cel');
    const flux = sample.flux ?? FLUX_VERDICT[sample.expect];
    if (flux === 'InProgress' && fluxWaitsWithoutStatus(sample.object, result.flux)) return;
    expect(result.flux.error, 'Flux expression error').toBeUndefined();
    expect(result.flux.status, 'Flux').toBe(flux);
  });
});

describe('the health-check harness', () => {
  const { argocdCM, healthCheckExprs } = renderedChecks(tree.get('dev')!);
  const exprs = healthCheckExprs as Array<{ apiVersion: string; kind: string }>;
  const find = (file: string, name: string) => {
    const found = samples.find((s) => s.file === file && s.name.startsWith(name));
    if (!found) throw new Error(`no sample ${file}: ${name}`);
    return found;
  };
  const kibana = find('kibana.yaml', 'steady state');

  it('fails a wrong verdict: a Kibana check that calls red Degraded breaks the first-rollout sample', () => {
    const firstRollout = find('kibana.yaml', 'first rollout, Deployment not yet available');
    const key = 'resource.customizations.health.kibana.k8s.elastic.co_Kibana';
    const old = { [key]: 'if obj.status ~= nil and obj.status.health == "red" then return { status = "Degraded" } end return { status = "Healthy" }' };
    const oldExprs = exprs.map((e) => (e.kind === 'Kibana' ? { apiVersion: e.apiVersion, kind: 'Kibana', current: "status.health == 'green'", failed: "status.health == 'red'" } : e));
    const [result] = judge({ ...argocdCM, ...old }, oldExprs, [firstRollout]);
    expect(result.argocd.status).not.toBe(firstRollout.expect);
    expect(result.flux.status).not.toBe(FLUX_VERDICT[firstRollout.expect]);
  });

  it('reports a Lua runtime error and an invalid Argo CD status instead of a verdict', () => {
    const key = 'resource.customizations.health.kibana.k8s.elastic.co_Kibana';
    const [broken] = judge({ ...argocdCM, [key]: 'return { status = string.upper("healthy") }' }, exprs, [kibana]);
    expect(broken.argocd.status).toBe('Unknown');
    expect(broken.argocd.error).toMatch(/string/);
    const [invalid] = judge({ ...argocdCM, [key]: 'return { status = "Green" }' }, exprs, [kibana]);
    expect(invalid.argocd).toMatchObject({ status: 'Unknown', error: 'invalid health status "Green"' });
  });

  it("applies Flux's observedGeneration rule before the expressions", () => {
    const stale = { ...kibana.object, metadata: { ...kibana.object.metadata, generation: 9 } };
    const always = exprs.map((e) => (e.kind === 'Kibana' ? { ...e, current: 'true', failed: undefined, inProgress: undefined } : e));
    const [result] = judge(argocdCM, always, [{ name: 'stale', object: stale }]);
    expect(result.flux.status).toBe('InProgress');
  });

  it('without healthCheckExprs Flux falls back to kstatus, which calls Elasticsearch, Prometheus and KafkaUser Current before they are ready and a failed KafkaTopic never Failed', () => {
    const withoutOurs = exprs.filter((e) => !['Elasticsearch', 'Prometheus', 'KafkaTopic', 'KafkaUser'].includes(e.kind));
    const states = [
      find('elasticsearch.yaml', 'first reconcile'),
      find('prometheus.yaml', 'first rollout, no pod ready'),
      find('kafkauser.yaml', 'failed'),
      find('kafkatopic.yaml', 'failed, Kafka refused'),
    ];
    const results = judge(argocdCM, withoutOurs, states);
    expect(results.map((r) => r.flux.reader)).toEqual(['kstatus', 'kstatus', 'kstatus', 'kstatus']);
    expect(results.slice(0, 3).map((r) => r.flux.status)).toEqual(['Current', 'Current', 'Current']);
    expect(results[3].flux.status).not.toBe('Failed');
  });

  it('kstatus, for kinds without a custom check, never calls an object being deleted Current', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'grafana', namespace: 'monitoring', generation: 1, deletionTimestamp: '2026-12-01T11:00:00Z', finalizers: ['foregroundDeletion'] },
      spec: { replicas: 1 },
      status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, conditions: [{ type: 'Available', status: 'True' }] },
    };
    const [deleting, steady] = judge(argocdCM, exprs, [
      { name: 'deleting', object: deployment },
      { name: 'steady', object: { ...deployment, metadata: { ...deployment.metadata, deletionTimestamp: undefined, finalizers: undefined } } },
    ]);
    expect(deleting.flux).toMatchObject({ reader: 'kstatus', status: 'Terminating' });
    expect(steady.flux).toMatchObject({ reader: 'kstatus', status: 'Current' });
    expect(deleting.argocd.error).toMatch(/^no script/);
  });
});
