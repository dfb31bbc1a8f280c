import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, checkEnvironments, describeFailure, InvalidEnvironmentsError, renderAll, renderEnvironment } from '../main';
import { ConfigError } from '../constructs/config-error';
import { ENVIRONMENTS, EnvironmentLoadError, dev, loadEnvironments, prod, staging, type EnvironmentConfig } from '../environments';
import { formatViolation, strimziKafkaVersions, validateEnvironments } from '../render/environment-schema';
import { fileNameFor } from '../render/manifests';
import { checkInvariants } from '../render/invariants';
import { checkPromotion } from '../scripts/promote';
import { RENDERED, REPO_ROOT } from './support/fixtures';

/** A copy of an environment with fields replaced, typed loosely on purpose: these are bad inputs. */
function broken(env: EnvironmentConfig, patch: Record<string, unknown>): EnvironmentConfig {
  return { ...env, ...patch } as EnvironmentConfig;
}

/** Every violation line the schema reports for one environment. */
const violations = (env: unknown): string[] => validateEnvironments([env]).map(formatViolation);

describe('environments', () => {
  it('are dev, staging and prod, in promotion order, each naming its stage and cluster', () => {
    expect(ENVIRONMENTS.map((e) => [e.name, e.stage, e.cluster])).toEqual([['dev', 'dev', 'dev'], ['staging', 'staging', 'staging'], ['prod', 'prod', 'prod']]);
  });

  it('all pass the schema', () => {
    expect(validateEnvironments(ENVIRONMENTS)).toEqual([]);
  });

  it('each renders its own folder, and nothing else is rendered', () => {
    // RENDERED is this run's renderAll() of every environment (test/support/global-setup.ts).
    const folders = readdirSync(RENDERED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(ENVIRONMENTS.map((e) => e.name).sort());
  });
});

describe('the environment schema rejects, naming environment, field, value and rule', () => {
  it.each<[string, unknown, string]>([
    // non-finite numbers
    ['NaN', broken(prod, { spark: { ...prod.spark, workers: NaN } }), 'prod: spark.workers (NaN): must be a finite number'],
    ['Infinity', broken(prod, { capacity: { ...prod.capacity, nodeLogShare: Infinity } }), 'prod: capacity.nodeLogShare (Infinity): must be a finite number'],
    ['a NaN quantity', broken(dev, { demo: { ...dev.demo, resources: { cpu: Cpu.millis(NaN), memory: Size.mebibytes(32) } } }), 'dev: demo.resources.cpu (Cpu "NaNm"): must be a CPU quantity'],
    // quantities and durations built from bad values
    ['Cpu.units("abc")', broken(dev, { grafana: { ...dev.grafana, resources: { cpu: Cpu.units('abc' as unknown as number), memory: Size.mebibytes(160) } } }), 'dev: grafana.resources.cpu (Cpu "abc"): must be a CPU quantity'],
    ['a Size that is a plain object', broken(dev, { grafana: { ...dev.grafana, resources: { cpu: Cpu.millis(50), memory: { amount: '10 Gi' } } } }), 'dev: grafana.resources.memory ({"amount":"10 Gi"}): must be a cdk8s Size such as Size.gibibytes(10)'],
    ['zero CPU', broken(prod, { monitoring: { ...prod.monitoring, nodeExporter: { resources: { cpu: Cpu.millis(0), memory: Size.mebibytes(64) } } } }), 'prod: monitoring.nodeExporter.resources.cpu (Cpu "0m"): must be greater than zero'],
    ['zero memory', broken(prod, { elasticsearch: { ...prod.elasticsearch, jobResources: { cpu: Cpu.millis(50), memory: Size.mebibytes(0) } } }), 'prod: elasticsearch.jobResources.memory (Size 0Mi): must be at least 4Mi'],
    ['a CPU request above its limit', broken(prod, { grafana: { ...prod.grafana, resources: { ...prod.grafana.resources, cpuLimit: Cpu.millis(100) } } }), 'prod: grafana.resources.cpuLimit (Cpu "100m"): must not be lower than the request cpu (250m)'],
    ['a NaN duration', broken(prod, { kafka: { ...prod.kafka, topics: { ...prod.kafka.topics, nodeLogs: { ...prod.kafka.topics.nodeLogs, retention: Duration.days(NaN) } } } }), 'prod: kafka.topics.nodeLogs.retention (Duration NaN days): must be a finite duration'],
    // integers outside int32 and their ranges
    ['replicas 1e10', broken(prod, { monitoring: { ...prod.monitoring, prometheus: { ...prod.monitoring.prometheus, replicas: 1e10 } } }), 'prod: monitoring.prometheus.replicas (10000000000): must be at most 100'],
    ['a fractional count', broken(prod, { elasticsearch: { ...prod.elasticsearch, kibana: { ...prod.elasticsearch.kibana, count: 1.5 } } }), 'prod: elasticsearch.kibana.count (1.5): must be a whole number'],
    ['a port above 65535', broken(prod, { network: { ...prod.network, apiServerPorts: [443, 70000] } }), 'prod: network.apiServerPorts[1] (70000): must be a TCP port (1-65535)'],
    // strings with a grammar
    ['an image with a space', broken(prod, { versions: { ...prod.versions, grafana: 'docker.io/grafana/grafana:12 .4' } }), 'prod: versions.grafana ("docker.io/grafana/grafana:12 .4"): must be an OCI image reference'],
    ['an image with upper case', broken(prod, { versions: { ...prod.versions, curl: 'docker.io/CurlImages/curl:8.17.0' } }), 'prod: versions.curl ("docker.io/CurlImages/curl:8.17.0"): must be an OCI image reference'],
    ['an unpinned image', broken(prod, { versions: { ...prod.versions, strimziOperator: 'quay.io/strimzi/operator:latest' } }), 'prod: versions.strimziOperator ("quay.io/strimzi/operator:latest"): must be pinned'],
    ['a repository URL that is no git URL', broken(prod, { delivery: { ...prod.delivery, repoURL: 'git.example.com platform' } }), 'prod: delivery.repoURL ("git.example.com platform"): must be a git URL'],
    ['a revision git refuses', broken(prod, { delivery: { ...prod.delivery, revision: 'release..1' } }), 'prod: delivery.revision ("release..1"): must be a git branch or tag name'],
    ['a trigger interval Spark cannot parse', broken(prod, { spark: { ...prod.spark, triggerInterval: 'every 30s' } }), 'prod: spark.triggerInterval ("every 30s"): must be a Spark interval'],
    ['an unknown compression type', broken(prod, { kafka: { ...prod.kafka, topics: { ...prod.kafka.topics, containerLogs: { ...prod.kafka.topics.containerLogs, compressionType: 'brotli' } } } }), 'prod: kafka.topics.containerLogs.compressionType ("brotli"): must be one of "producer", "gzip"'],
    ['an unknown aggregator kind (never silently Fluent Bit)', broken(prod, { logPipeline: { ...prod.logPipeline, aggregator: { ...prod.logPipeline.aggregator, kind: 'vector' } } }), 'prod: logPipeline.aggregator.kind ("vector"): must be one of "fluent-bit", "logstash"'],
    ['a Kafka version the pinned Strimzi does not support', broken(prod, { kafka: { ...prod.kafka, version: '3.9.0' } }), 'prod: kafka.version ("3.9.0"): must be a Kafka version the pinned Strimzi 1.2.0 supports (4.2.0, 4.2.1, 4.3.0, 4.3.1'],
    ['a namespace that cannot exist', broken(prod, { network: { ...prod.network, dns: { ...prod.network.dns, namespace: 'Kube_System' } } }), 'prod: network.dns.namespace ("Kube_System"): must be a DNS label'],
    ['a CIDR with host bits', broken(prod, { network: { ...prod.network, nodeCidrs: ['10.1.2.3/8'] } }), 'prod: network.nodeCidrs[0] ("10.1.2.3/8"): must be an IPv4 CIDR'],
    ['a label value over 63 characters', broken(prod, { network: { ...prod.network, dns: { ...prod.network.dns, podLabels: { 'k8s-app': 'x'.repeat(64) } } } }), 'prod: network.dns.podLabels.k8s-app ("xxxxxxxx'],
    ['a cluster name that is not a DNS label', broken(prod, { cluster: 'Prod Cluster' }), 'prod: cluster ("Prod Cluster"): must be a DNS label'],
    ['an invalid storage class', broken(prod, { storageClass: 'fast_ssd' }), 'prod: storageClass ("fast_ssd"): must be a DNS subdomain'],
    ['an unknown stage', broken(dev, { stage: 'qa' }), 'dev: stage ("qa"): must be one of "dev", "staging", "prod"'],
    // typos and wrong types, which tsx (no type check) would otherwise drop silently
    ['a misspelt optional field', broken(prod, { elasticsearch: { ...prod.elasticsearch, nodeSets: [prod.elasticsearch.nodeSets[0], { ...prod.elasticsearch.nodeSets[1], logsStorage: undefined, logStorage: Size.gibibytes(10) }] } }), 'prod: elasticsearch.nodeSets[1].logStorage (Size 10Gi): is not a known key; did you mean "logsStorage"?'],
    ['a number given as a string', broken(prod, { kafka: { ...prod.kafka, replicationFactor: '3' } }), 'prod: kafka.replicationFactor ("3"): must be a number, not string'],
    ['a missing field', broken(prod, { ingress: { className: 'haproxy', domain: 'prod.observability.example.com' } }), 'prod: ingress.tlsSecretName (missing): is required'],
    // cross-field rules
    ['a replication factor above the brokers', broken(prod, { kafka: { ...prod.kafka, replicationFactor: 4, minInsyncReplicas: 2 } }), 'prod: kafka.replicationFactor (4): must not exceed the brokers (3, kafka.pools)'],
    ['a KRaft quorum that cannot survive a loss', broken(prod, { kafka: { ...prod.kafka, pools: [{ ...prod.kafka.pools[0], replicas: 2 }, prod.kafka.pools[1]] } }), 'prod: kafka.pools ("2 controllers"): must provide an odd number of at least 3 controllers'],
    ['a heap that fills the memory', broken(prod, { kafka: { ...prod.kafka, pools: [prod.kafka.pools[0], { ...prod.kafka.pools[1], heap: Size.gibibytes(8) }] } }), 'prod: kafka.pools[1].heap (Size 8Gi): must be below the memory request'],
    ['as many replicas as data nodes', broken(prod, { elasticsearch: { ...prod.elasticsearch, replicas: 3 } }), 'prod: elasticsearch.replicas (3): must be lower than the data nodes (3, elasticsearch.nodeSets)'],
    ['a prod stage without production-grade Kafka', broken(prod, { kafka: { ...prod.kafka, productionGrade: false } }), 'prod: kafka.productionGrade (false): must be true in a prod-stage environment'],
    ['an executor larger than its worker', broken(staging, { spark: { ...staging.spark, executorMemory: Size.gibibytes(8) } }), 'staging: spark.executorMemory (Size 8Gi): must not exceed spark.workerMemory'],
    // network ranges: real in a prod stage, open elsewhere only with a reason; grants name pods
    ['a prod-stage API server range of 0.0.0.0/0', broken(prod, { network: { ...prod.network, apiServerCidrs: ['0.0.0.0/0'], openRangesReason: 'we do not know the addresses of this cluster' } }), 'prod: network.apiServerCidrs[0] ("0.0.0.0/0"): must name the cluster\'s real API server addresses in a prod-stage environment (a prefix of /8 or longer)'],
    ['a prod-stage node range wider than /8', broken(prod, { network: { ...prod.network, nodeCidrs: ['0.0.0.0/1'] } }), 'prod: network.nodeCidrs[0] ("0.0.0.0/1"): must name the cluster\'s real node addresses in a prod-stage environment'],
    ['an open range without a reason', broken(dev, { network: { ...dev.network, openRangesReason: undefined } }), 'dev: network.apiServerCidrs[0] ("0.0.0.0/0"): needs network.openRangesReason'],
    ['a reason for ranges that are not open', broken(staging, { network: { ...staging.network, openRangesReason: 'these ranges are open for some reason or other' } }), 'staging: network.openRangesReason ("these ranges are open for some reason or other"): must be absent'],
    ['a NodeLocal DNSCache address that is not an address', broken(prod, { network: { ...prod.network, dns: { ...prod.network.dns, nodeLocalAddress: '169.254.20' } } }), 'prod: network.dns.nodeLocalAddress ("169.254.20"): must be an IPv4 address'],
    ['a UI client that names a namespace but no pods', broken(prod, { monitoring: { ...prod.monitoring, uiClients: [{ namespace: 'vpn', podLabels: {} }] } }), 'prod: monitoring.uiClients[0].podLabels ({}): must name the client pods'],
    // the nodes block
    ['a pool with fewer nodes than zones', broken(prod, { nodes: { pools: [{ ...prod.nodes.pools[0], count: 2 }] } }), 'prod: nodes.pools[0].count (2): must be at least the pool\'s zones (3): every zone listed gets a node'],
    ['a taint with an unknown effect', broken(prod, { nodes: { pools: [{ ...prod.nodes.pools[0], taints: [{ key: 'dedicated', effect: 'NoRun' }] }] } }), 'prod: nodes.pools[0].taints[0].effect ("NoRun"): must be one of "NoSchedule", "PreferNoSchedule", "NoExecute"'],
    ['two pools of one name', broken(prod, { nodes: { pools: [prod.nodes.pools[0], prod.nodes.pools[0]] } }), 'prod: nodes.pools[1].name ("general"): is declared twice; pool names must be unique'],
    ['rack awareness on nodes in one zone', broken(prod, { nodes: { pools: [{ ...prod.nodes.pools[0], zones: ['zone-a'] }] } }), 'prod: nodes.pools (["zone-a"]): must span at least 3 zones for kafka.rackAwareness'],
    // derived names
    ['a pool name whose pod names exceed 63 characters', broken(prod, { kafka: { ...prod.kafka, pools: [prod.kafka.pools[0], { ...prod.kafka.pools[1], name: 'b'.repeat(60) }] } }), `prod: kafka.pools[1].name ("${'b'.repeat(60)}"): makes the pod name "logs-${'b'.repeat(60)}-5" (with kafka.clusterName) longer than 63 characters`],
  ])('fails on %s', (_label, env, message) => {
    const found = violations(env);
    expect(found.some((line) => line.startsWith(message)), `expected a line starting with\n  ${message}\ngot\n  ${found.join('\n  ')}`).toBe(true);
  });

  it('reports every violation at once, not just the first, and builds nothing', () => {
    const env = broken(prod, { cluster: 'Prod', storageClass: 'fast_ssd', kafka: { ...prod.kafka, version: '9.9.9' } });
    expect(violations(env)).toHaveLength(3);
    const run = () => renderAll([dev, env]);
    expect(run).toThrow(InvalidEnvironmentsError);
    expect(run).toThrow(/3 invalid setting\(s\); nothing was rendered:\n {2}prod: cluster \("Prod"\): must be a DNS label.*\n {2}prod: storageClass/);
  });

  it('fails on rules checked while charts are built in every environment at once, with the schema\'s violations', () => {
    const badDev = broken(dev, { cluster: 'Dev Cluster' });
    // Twenty times the log volume: six capacity checks fail at once (planCapacity throws only the first).
    const badStaging = broken(staging, { capacity: { ...staging.capacity, dailyVolume: Size.gibibytes(400), peakRecordsPerSecond: 20_000 } });
    // A rule only the Spark construct knows: its image must be apache/spark tagged with the Spark version.
    const badProd = broken(prod, { versions: { ...prod.versions, spark: 'docker.io/apache/spark:python3-java17' } });
    let thrown: unknown;
    try {
      renderAll([badDev, badStaging, badProd]);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InvalidEnvironmentsError);
    const lines = (thrown as InvalidEnvironmentsError).violations.map((v) => `${v.environment}: ${v.field}`);
    expect(lines).toEqual([
      'dev: cluster',
      'staging: elasticsearch.nodeSets',
      'staging: kafka.topics.containerLogs.partitions',
      'staging: kafka.topics.containerLogs.retentionBytes',
      'staging: kafka.topics.nodeLogs.retentionBytes',
      'staging: logPipeline.forwarder.bufferBudget',
      'staging: logPipeline.forwarder.resources.cpu',
      'prod: spark.image',
    ]);
    expect((thrown as Error).message).toContain('prod: spark.image ("docker.io/apache/spark:python3-java17"): must be an apache/spark image tagged with its Spark version');
  });

  it('fails when two environments claim the same folder', () => {
    expect(validateEnvironments([dev, broken(prod, { name: 'dev' })]).map(formatViolation)).toContain('dev: name ("dev"): is used by two environments: environment #1 and environment #2; each environment owns the folder manifests/<name>');
  });

  it('fails when two environment files claim the same name, naming both files', () => {
    const dir = mkdtempSync(path.join(REPO_ROOT, '.env-test-'));
    try {
      cpSync(path.join(REPO_ROOT, 'environments'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'prod-eu.ts'), "import { prod } from './prod';\nexport const prodEu = { ...prod, cluster: 'prod-eu' };\n");
      expect(validateEnvironments(loadEnvironments(dir)).map(formatViolation)).toEqual([
        'prod: name ("prod"): is used by two environments: environments/prod-eu.ts and environments/prod.ts; each environment owns the folder manifests/<name>',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('derives the supported Kafka versions from the vendored Strimzi operator', () => {
    expect(strimziKafkaVersions()).toEqual(['4.2.0', '4.2.1', '4.3.0', '4.3.1']);
    expect(strimziKafkaVersions()).toContain(prod.kafka.version);
  });
});

describe('errors while building an environment', () => {
  it('fails with the environment and the chart being built, not a raw exception', () => {
    const env = broken(prod, { grafana: { ...prod.grafana, discordWebhook: undefined } });
    let thrown: unknown;
    try {
      renderEnvironment(env);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(BuildError);
    expect((thrown as BuildError).message).toMatch(/^prod: building chart "grafana" failed: /);
    expect(describeFailure(thrown, false)).not.toMatch(/\n\s+at /);
    expect(describeFailure(thrown, false)).toContain('--verbose');
    expect(describeFailure(thrown, true)).toMatch(/\n\s+at /);
  });

  it('keeps ConfigErrors of the constructs attributed to the environment', () => {
    expect(() => renderEnvironment(broken(prod, { kafka: { ...prod.kafka, minInsyncReplicas: 3 } }))).toThrow(ConfigError);
    expect(() => renderEnvironment(broken(prod, { kafka: { ...prod.kafka, minInsyncReplicas: 3 } }))).toThrow('prod: kafka.minInsyncReplicas (3) must be lower than replicationFactor (3)');
  });

  it('fails on a generated file name longer than file systems allow, naming the object', () => {
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a'.repeat(250) } };
    expect(() => fileNameFor('grafana', object)).toThrow(/grafana: ConfigMap metadata.name \("a{250}"\) makes the file name .* 265 bytes long; the limit is 255/);
  });

  it('fails when a Kafka pool name makes pod names longer than 63 characters, where the pods are made', () => {
    const env = broken(prod, { kafka: { ...prod.kafka, pools: [prod.kafka.pools[0], { ...prod.kafka.pools[1], name: 'b'.repeat(60) }] } });
    expect(() => renderEnvironment(env)).toThrow(/^prod: kafka\.pools\[1\]\.name \("b{60}"\) makes the pod name "logs-b{60}-5" \(67 characters\)/);
  });
});

describe('environments are data: a second production cluster is one new file', () => {
  const dir = mkdtempSync(path.join(REPO_ROOT, '.env-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(REPO_ROOT, 'environments'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'prod-eu.ts'), [
    "import { prod } from './prod';",
    "import type { EnvironmentConfig } from './types';",
    '',
    "export const prodEu = { ...prod, name: 'prod-eu', cluster: 'prod-eu', ingress: { ...prod.ingress, domain: 'prod-eu.observability.example.com' } } as const satisfies EnvironmentConfig;",
    '',
  ].join('\n'));
  const loaded = loadEnvironments(dir) as EnvironmentConfig[];

  it('is found, ordered by stage, and passes the schema', () => {
    expect(loaded.map((e) => `${e.name}/${e.stage}`)).toEqual(['dev/dev', 'staging/staging', 'prod/prod', 'prod-eu/prod']);
    expect(() => checkEnvironments(loaded)).not.toThrow();
  });

  it('renders its own folder with its own cluster name and passes the invariants', () => {
    const tree = renderEnvironment(loaded[3]!);
    expect([...tree.keys()]).toEqual(['prod-eu']);
    expect(checkInvariants(tree)).toEqual([]);
    const prometheus = tree.get('prod-eu')!.find((r) => r.object.kind === 'Prometheus')!.object as unknown as { spec: { externalLabels: Record<string, string> } };
    expect(prometheus.spec.externalLabels).toEqual({ environment: 'prod-eu', cluster: 'prod-eu' });
  });

  it('takes promotions from staging by its stage, and gets the production rules', () => {
    const stages = new Map(loaded.map((e) => [e.name, e.stage]));
    expect(() => checkPromotion('staging', 'prod-eu', stages)).not.toThrow();
    expect(() => checkPromotion('dev', 'prod-eu', stages)).toThrow('cannot promote dev → prod-eu');
    expect(violations(broken(loaded[3]!, { kafka: { ...prod.kafka, productionGrade: false } }))).toContain('prod-eu: kafka.productionGrade (false): must be true in a prod-stage environment');
  });
});

describe('an environment file that cannot be loaded', () => {
  it('fails under scripts/run.js (npm run synth) naming the same file, line and field', () => {
    const dir = mkdtempSync(path.join(REPO_ROOT, '.env-test-'));
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'load-'));
    try {
      writeFileSync(path.join(dir, 'broken.ts'), "import { Duration } from 'cdk8s';\nexport const broken = {\n  name: 'broken',\n  stage: 'dev',\n  retention: Duration.days(-3),\n};\n");
      // The runner compiles without source maps; the error path still names the source line.
      const script = path.join(scratch, 'load.ts');
      writeFileSync(script, `require(${JSON.stringify(path.join(REPO_ROOT, 'environments', 'load'))}).loadEnvironments(${JSON.stringify(dir)});\n`);
      const run = spawnSync(process.execPath, ['scripts/run.js', script], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('environments/broken.ts:5:23: cannot be loaded: retention: Duration amounts cannot be negative. Received: -3');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('fails naming the environment file and the line of the shared file that threw', () => {
    const dir = mkdtempSync(path.join(REPO_ROOT, '.env-test-'));
    try {
      writeFileSync(path.join(dir, 'base.ts'), "import { Size } from 'cdk8s';\nexport const shared = {\n  storage: Size.mebibytes(-5),\n};\n");
      writeFileSync(path.join(dir, 'dev.ts'), "import { shared } from './base';\nexport const dev = { name: 'dev', stage: 'dev', ...shared };\n");
      expect(() => loadEnvironments(dir)).toThrow('environments/dev.ts: cannot be loaded: environments/base.ts:3:17: storage: Storage amounts cannot be negative. Received: -5');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails naming the file, not with a raw exception', () => {
    const dir = mkdtempSync(path.join(REPO_ROOT, '.env-test-'));
    try {
      writeFileSync(path.join(dir, 'broken.ts'), "import { Size } from 'cdk8s';\nexport const broken = {\n  name: 'broken', stage: 'dev',\n  disk: Size.gibibytes(-1),\n};\n");
      expect(() => loadEnvironments(dir)).toThrow(EnvironmentLoadError);
      // File, line and column of the expression, the field it sets, and cdk8s's reason.
      expect(() => loadEnvironments(dir)).toThrow('environments/broken.ts:4:14: cannot be loaded: disk: Storage amounts cannot be negative. Received: -1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('repository rules that depend on the stage', () => {
  it('Renovate updates exactly the version blocks of dev-stage environments', () => {
    const renovate = JSON.parse(readFileSync(path.join(REPO_ROOT, 'renovate.json'), 'utf8'));
    const blockPattern = new RegExp(renovate.customManagers[0].matchStrings[0], 'g');
    const text = readFileSync(path.join(REPO_ROOT, 'environments', 'versions.json'), 'utf8');
    const blocks = (text.match(blockPattern) ?? []).map((b) => /^"([^"]+)"/.exec(b)![1]);
    const devBlocks = ENVIRONMENTS.filter((e) => e.stage === 'dev').map((e) => e.name);
    expect(blocks.sort()).toEqual(devBlocks.sort());
  });

  it('CODEOWNERS makes a platform owner review the output and file of every prod-stage environment', () => {
    const owners = readFileSync(path.join(REPO_ROOT, '.github', 'CODEOWNERS'), 'utf8');
    for (const env of ENVIRONMENTS.filter((e) => e.stage === 'prod')) {
      expect(owners).toMatch(new RegExp(`^/manifests/${env.name}/\\s+@example-org/platform-owners`, 'm'));
      expect(owners).toMatch(new RegExp(`^/environments/${env.name}\\.ts\\s+@example-org/platform-owners`, 'm'));
    }
  });
});
