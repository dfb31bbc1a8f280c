/**
 * `npm run review` on a copy of the repository: each kind of consequence a merge can have, changed
 * the way a pull request changes it (an edited manifest, or an edited environment and `npm run synth`),
 * and the text a reviewer then reads. The upgrade dry run uses one real kube-apiserver for the whole
 * file; every case that runs it changes only dev, so re-applying dev's base puts the server back.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnvironment, toYaml, type KubeObject } from '../render/manifests';
import { review, REVIEW_KUBERNETES, type ReviewResult } from '../scripts/review';
import { ApiServer } from '../tools/apiserver';
import { gitRepoCopy } from './support/fixtures';

let copy: string;
let server: ApiServer | undefined;
const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, encoding: 'utf8' });
const shared = async () => ({ server: server!, done: async () => {} });

/** Reads a manifest of the copy, lets `change` edit it, writes it back. */
function edit(file: string, change: (o: any) => void): void {
  const full = path.join(copy, 'manifests', file);
  const object = parse(readFileSync(full, 'utf8')) as KubeObject;
  change(object);
  writeFileSync(full, toYaml(object));
}

function synth(): void {
  const run = spawnSync('npm', ['run', '-s', 'synth'], { cwd: copy, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

beforeAll(() => {
  copy = gitRepoCopy();
});

/** Puts the copy back to its commit: tracked files reset, new files removed. */
function reset(): void {
  git('update-index', '-q', '--refresh');
  git('reset', '-q', '--hard', 'HEAD');
  git('clean', '-qfdx', '--', 'manifests', 'environments');
}

afterEach(reset);

describe('the upgrade dry run of `npm run review`', () => {
  // One review of three refused changes at once: each case reads its own line of the same comment.
  let refused: ReviewResult;

  beforeAll(async () => {
    server = await ApiServer.start(REVIEW_KUBERNETES);
    edit('dev/log-aggregator/StatefulSet.fluent-bit-aggregator.yaml', (o) => {
      o.spec.selector.matchLabels.shard = 'a';
      o.spec.template.metadata.labels.shard = 'a';
    });
    edit('dev/spark/PersistentVolumeClaim.spark-event-log.yaml', (o) => {
      o.spec.resources.requests.storage = '5Gi';
    });
    edit('dev/eck-crds/CustomResourceDefinition.elasticsearches.elasticsearch.k8s.elastic.co.yaml', (o) => {
      o.spec.versions = o.spec.versions.filter((v: { name: string }) => v.name !== 'v1');
      o.spec.versions.find((v: { name: string }) => v.name === 'v1beta1').storage = true;
    });
    refused = await review({ repoRoot: copy, base: 'HEAD', serverFor: shared });
    reset();
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('refuses exactly the three changed objects, and applied every base object first', () => {
    const dev = refused.reviews.find((r) => r.env === 'dev')!;
    expect(dev.refused?.map((r) => r.object).sort()).toEqual([
      'CustomResourceDefinition -/elasticsearches.elasticsearch.k8s.elastic.co',
      'PersistentVolumeClaim spark/spark-event-log',
      'StatefulSet logging/fluent-bit-aggregator',
    ]);
    expect(dev.baseNotApplied).toEqual([]);
    expect(refused.refused).toBe(3);
    expect(refused.markdown).toContain('#### dev: 3 refused');
  });

  it('reports a changed StatefulSet selector as refused, naming the object and the server\'s message', () => {
    expect(refused.markdown).toMatch(/- `StatefulSet logging\/fluent-bit-aggregator`: StatefulSet.apps "fluent-bit-aggregator" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy'/);
  });

  it('reports a shrunk PersistentVolumeClaim as refused, with the server\'s message', () => {
    expect(refused.markdown).toMatch(/- `PersistentVolumeClaim spark\/spark-event-log`: PersistentVolumeClaim "spark-event-log" is invalid: spec.resources.requests.storage: Forbidden: field can not be less than status.capacity/);
  });

  it('reports a CRD that drops its stored version as refused, with the server\'s message', () => {
    expect(refused.markdown).toMatch(/- `CustomResourceDefinition -\/elasticsearches.elasticsearch.k8s.elastic.co`: .*status.storedVersions\[0\]: Invalid value: "v1": missing from spec.versions; v1 was previously a storage version/);
  });

  it('accepts a claim that grows and an image bump: nothing refused, and the summary says so', async () => {
    edit('dev/spark/PersistentVolumeClaim.spark-event-log.yaml', (o) => {
      o.spec.resources.requests.storage = '20Gi';
    });
    edit('dev/log-aggregator/StatefulSet.fluent-bit-aggregator.yaml', (o) => {
      o.spec.template.spec.containers[0].image = o.spec.template.spec.containers[0].image.replace(/:[^:]+$/, ':4.2.1');
    });
    const result = await review({ repoRoot: copy, base: 'HEAD', serverFor: shared });
    expect(result.reviews.map((r) => [r.env, r.refused])).toEqual([['dev', []]]);
    expect(result.markdown).toContain(`**Upgrade dry run** (kube-apiserver ${REVIEW_KUBERNETES}): every object accepted.`);
  }, 300_000);
});

describe('the summary of `npm run review`', () => {
  it('lists exactly the workloads that restart after an image bump, and no other object', async () => {
    const versionsFile = path.join(copy, 'environments', 'versions.json');
    const versions = JSON.parse(readFileSync(versionsFile, 'utf8'));
    const old = versions.dev.fluentBit as string;
    versions.dev.fluentBit = old.replace(/:[^:]+$/, ':4.2.1');
    writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
    synth();
    // Independently of the review: the workloads whose committed manifest names the old image.
    const named = git('grep', '-l', '-F', old, 'HEAD', '--', 'manifests/dev').stdout.split('\n')
      .filter((file) => /\/(Deployment|StatefulSet|DaemonSet)\.[^/]+\.yaml$/.test(file))
      .map((file) => parse(git('show', file).stdout) as KubeObject)
      .map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`);
    const result = await review({ repoRoot: copy, base: 'HEAD', skipUpgradeCheck: true });
    expect(result.reviews.map((r) => r.env)).toEqual(['dev']);
    const restarts = result.reviews[0].restarts;
    expect(named.length).toBeGreaterThan(0);
    expect(restarts.map((r) => r.workload).sort()).toEqual(named.sort());
    for (const r of restarts) expect(r.why).toContain(`${old} → ${versions.dev.fluentBit}`);
    expect(result.markdown).toMatch(/\| `StatefulSet logging\/fluent-bit-aggregator` \| 1 \| .* \| PDB logging\/fluent-bit-aggregator allows no disruption \(node drains block/);
    expect(result.markdown).toMatch(/\| `DaemonSet node-agents\/fluent-bit-forwarder` \| 1 per node \|/);
  }, 300_000);

  it('shows a resource change as a delta per environment, and leaves out the environment that overrides it', async () => {
    const baseFile = path.join(copy, 'environments', 'base.ts');
    const text = readFileSync(baseFile, 'utf8');
    const from = 'kubeStateMetrics: { resources: { cpu: Cpu.millis(50),';
    expect(text).toContain(from);
    writeFileSync(baseFile, text.replace(from, 'kubeStateMetrics: { resources: { cpu: Cpu.millis(150),'));
    synth();
    const result = await review({ repoRoot: copy, base: 'HEAD', skipUpgradeCheck: true });
    // dev sets its own kube-state-metrics resources (environments/dev.ts).
    expect(result.reviews.map((r) => r.env)).toEqual(['prod', 'staging']);
    for (const r of result.reviews) {
      const replicas = (loadEnvironment(path.join(copy, 'manifests', r.env)).find((x) => x.object.kind === 'Deployment' && x.object.metadata.name === 'kube-state-metrics')!.object.spec as { replicas?: number }).replicas ?? 1;
      // The committed footprint table's total is the "before" figure.
      const total = /\| \*\*total \(one node\)\*\* \| \| \| \*\*([^*]+)\*\*/.exec(git('show', `HEAD:manifests/${r.env}/README.md`).stdout)![1];
      expect(r.cost[0]).toMatch(new RegExp(`^CPU requests: ${total.replace('.', '\\.')} → \\S+ \\(\\+${100 * replicas}m\\)$`));
      expect(r.cost).toContain(`\`Deployment monitoring/kube-state-metrics\`: CPU requests ${50 * replicas}m → ${150 * replicas}m`);
      expect(result.markdown).toContain(`#### ${r.env}: upgrade dry run not run`);
    }
  }, 300_000);

  it('lists the operator-managed clusters whose pods the operator replaces, and not a setting prometheus-operator only reloads', async () => {
    edit('dev/kafka/KafkaNodePool.dual.yaml', (o) => {
      o.spec.resources.requests.memory = '1Gi';
    });
    edit('dev/elasticsearch/Elasticsearch.logs.yaml', (o) => {
      o.spec.nodeSets[0].podTemplate.spec.containers[0].securityContext.runAsUser = 1001;
    });
    edit('dev/monitoring/Prometheus.platform.yaml', (o) => {
      o.spec.externalLabels.region = 'eu';
    });
    edit('dev/monitoring/Alertmanager.platform.yaml', (o) => {
      o.spec.logLevel = 'debug';
    });
    const result = await review({ repoRoot: copy, base: 'HEAD', skipUpgradeCheck: true });
    expect(result.reviews[0].restarts.map((r) => [r.workload, r.pods, r.budget])).toEqual([
      ['Alertmanager monitoring/platform', '1', 'none; the only pod is down while it restarts'],
      ['Elasticsearch elastic/logs node set default', '1', "ECK's default budget allows no disruption (a single node); the only node is down while it restarts"],
      ['KafkaNodePool kafka/dual', '1', "Strimzi's PDB (maxUnavailable 1) allows 1 of 1 down at a time"],
    ]);
    expect(result.reviews[0].restarts[1].why).toBe('`spec.nodeSets[name=default].podTemplate.spec.containers[name=elasticsearch].securityContext.runAsUser` 1000 → 1001');
  });

  it('flags a renamed StatefulSet as data loss: the old one and its storage are deleted', async () => {
    const from = path.join(copy, 'manifests', 'dev', 'log-aggregator', 'StatefulSet.fluent-bit-aggregator.yaml');
    edit('dev/log-aggregator/StatefulSet.fluent-bit-aggregator.yaml', (o) => {
      o.metadata.name = 'fluent-bit-aggregator-v2';
    });
    renameSync(from, from.replace('fluent-bit-aggregator.yaml', 'fluent-bit-aggregator-v2.yaml'));
    const result = await review({ repoRoot: copy, base: 'HEAD', skipUpgradeCheck: true });
    expect(result.reviews[0].dataLoss).toEqual([
      '`StatefulSet logging/fluent-bit-aggregator` is renamed to `fluent-bit-aggregator-v2`: the sync deletes `fluent-bit-aggregator` and its data, and `fluent-bit-aggregator-v2` starts with new, empty storage',
    ]);
  });

  it('lists a widened role, a closed flow and a new Ingress host under access', async () => {
    edit('dev/monitoring/ClusterRole.kube-state-metrics.yaml', (o) => {
      o.rules.push({ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] });
    });
    edit('dev/grafana/Ingress.grafana.yaml', (o) => {
      o.spec.rules.push({ ...o.spec.rules[0], host: 'grafana-admin.dev.observability.example.com' });
    });
    git('rm', '-q', 'manifests/dev/network-kafka/NetworkPolicy.scrape-logs-kafka-exporter.yaml');
    const result = await review({ repoRoot: copy, base: 'HEAD', skipUpgradeCheck: true });
    expect(result.reviews[0].access).toEqual([
      'RBAC: `ClusterRole -/kube-state-metrics` widened: get, list core/secrets',
      'NetworkPolicy: closed Prometheus monitoring/platform → Kafka kafka/logs (logs-kafka-exporter) port 9404',
      'new external endpoint: `grafana-admin.dev.observability.example.com/` (Ingress monitoring/grafana → Service grafana)',
    ]);
    expect(result.markdown).toContain('#### dev: upgrade dry run not run, 0 restart(s), 0 data loss, 3 access change(s)');
  });

  it('says "no changes" when nothing changed, through the real command', () => {
    const run = spawnSync('npm', ['run', '-s', 'review'], { cwd: copy, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('No changes: every environment\'s rendered objects are the same as at HEAD.');
  });
});
