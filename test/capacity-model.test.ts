import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Duration, Size } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { planEnvironmentCapacity, renderEnvironment } from '../main';
import { Cpu } from 'cdk8s-plus-28';
import { LOG_PATH_RATES } from '../constructs/capacity-model';
import { ConfigError } from '../constructs/config-error';
import { dev, ENVIRONMENTS, prod, type EnvironmentConfig } from '../environments';
import { MANIFESTS } from './support/fixtures';

const GiB = 1024 ** 3;

/** prod with its capacity block (or another block) changed: a load the environment may not fit. */
const withLoad = (patch: Partial<EnvironmentConfig['capacity']>): EnvironmentConfig => ({ ...prod, capacity: { ...prod.capacity, ...patch } });
const check = (env: EnvironmentConfig, subject: string) => {
  const found = planEnvironmentCapacity(env).checks.find((c) => c.subject === subject);
  if (!found) throw new Error(`no check "${subject}"`);
  return found;
};

describe('capacity model', () => {
  it.each(ENVIRONMENTS.map((e) => [e.name, e] as const))('%s fits its declared load: every check has what it needs', (_name, env) => {
    const plan = planEnvironmentCapacity(env);
    expect(plan.checks.map((c) => c.subject)).toEqual([
      'Elasticsearch data storage',
      'Elasticsearch shards',
      'largest primary shard',
      'containerLogs partitions',
      'containerLogs retention.bytes per partition',
      'nodeLogs partitions',
      'nodeLogs retention.bytes per partition',
      'forwarder buffer on the busiest node',
      'forwarder CPU on the busiest node',
      // Logstash's rate is not measured (staging), so only a Fluent Bit aggregator is checked.
      ...((env.logPipeline.aggregator.kind ?? 'fluent-bit') === 'fluent-bit' ? ['aggregator memory working off a backlog', 'aggregator CPU'] : []),
    ]);
    for (const c of plan.checks) expect(c.required, c.subject).toBeLessThanOrEqual(c.provided);
  });

  it('derives prod\'s figures from its declared load (worked by hand)', () => {
    // 15 GiB/day kept 14 days + 1 day before rollover, primary + 1 replica, × 1.25 headroom.
    expect(check(prod, 'Elasticsearch data storage').required).toBeCloseTo(15 * 15 * 2 * 1.25 * GiB, 0);
    expect(check(prod, 'Elasticsearch data storage').provided).toBe(3 * 200 * GiB);
    // 3 streams × 15 daily indices (13.5 GiB/day never reaches the 50 GiB rollover size) × 2 copies.
    expect(check(prod, 'Elasticsearch shards').required).toBe(90);
    // 90% of 6000 records/s over 1000 per partition; node logs: 600 records/s, but 3 aggregators.
    expect(check(prod, 'containerLogs partitions').required).toBe(6);
    expect(check(prod, 'nodeLogs partitions').required).toBe(3);
    // 13.5 GiB/day × 7 days over 12 partitions.
    expect(check(prod, 'containerLogs retention.bytes per partition').required).toBeCloseTo((13.5 * 7 * GiB) / 12, 0);
    // 4 GiB at 6000 × 512 B × 20% = 614400 B/s: 6990 s.
    expect(check(prod, 'forwarder buffer on the busiest node').provided).toBeCloseTo((4 * GiB) / 614_400 / 60, 6);
    // The busiest node's 1200 records/s at the measured forwarder rate, against its 200m request;
    expect(check(prod, 'forwarder CPU on the busiest node').required).toBeCloseTo(1200 / LOG_PATH_RATES.forwarder, 9);
    expect(check(prod, 'forwarder CPU on the busiest node').provided).toBe(0.2);
    // Prod's aggregator is Logstash: its rate and memory are not measured here, so neither is checked.
    const subjects = planEnvironmentCapacity(prod).checks.map((c) => c.subject);
    expect(subjects.filter((s) => s.startsWith('aggregator'))).toEqual([]);
  });

  it('derives dev\'s aggregator CPU from its declared peak at the measured Fluent Bit rate (worked by hand)', () => {
    // 200 records/s at the aggregator's rate against 1 replica × 50m.
    expect(check(dev, 'aggregator CPU').required).toBeCloseTo(200 / LOG_PATH_RATES.aggregator, 9);
    expect(check(dev, 'aggregator CPU').provided).toBe(0.05);
  });

  it('takes the CPU rates from the log-path bench (records per CPU-second of the real Fluent Bit, dated)', () => {
    // scripts/bench.ts --log-path measured 11 696–17 857 per batch for both processes; a rate far off that is a typo.
    expect(LOG_PATH_RATES.measured).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, /);
    for (const rate of [LOG_PATH_RATES.forwarder, LOG_PATH_RATES.aggregator]) expect(rate).toBeGreaterThan(10_000);
    for (const rate of [LOG_PATH_RATES.forwarder, LOG_PATH_RATES.aggregator]) expect(rate).toBeLessThan(30_000);
  });

  it.each<[string, EnvironmentConfig, string]>([
    [
      'more volume than the Elasticsearch data nodes hold',
      withLoad({ dailyVolume: Size.gibibytes(20) }),
      'prod: elasticsearch.nodeSets ("data: 3 × 200Gi") does not fit the declared load: Elasticsearch data storage needs 750Gi (20Gi/day × 15 days (retention + rollover age) × 2 copies × 1.25 (15% watermark + 10% margin)) but has 600Gi (data node volumes 3 × 200Gi)',
    ],
    [
      'a longer retention than the data nodes hold',
      withLoad({ retentionDays: 30 }),
      'prod: elasticsearch.nodeSets ("data: 3 × 200Gi") does not fit the declared load: Elasticsearch data storage needs 1162.5Gi',
    ],
    [
      'a rollover size that makes more shards than the data nodes may open',
      { ...prod, elasticsearch: { ...prod.elasticsearch, lifecycle: { rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.mebibytes(64) } } },
      'prod: elasticsearch.nodeSets ("data: 3 × 200Gi") does not fit the declared load: Elasticsearch shards needs 7230',
    ],
    [
      'a rollover size above Elastic\'s recommended shard size',
      { ...prod, elasticsearch: { ...prod.elasticsearch, lifecycle: { rolloverMaxAge: Duration.days(1), rolloverMaxPrimaryShardSize: Size.gibibytes(60) } } },
      'prod: elasticsearch.lifecycle.rolloverMaxPrimaryShardSize ("60Gi") does not fit the declared load: largest primary shard needs 60Gi',
    ],
    [
      'a peak the container-log partitions cannot carry',
      withLoad({ peakRecordsPerSecond: 20_000 }),
      'prod: kafka.topics.containerLogs.partitions (12) does not fit the declared load: containerLogs partitions needs 18 (max(⌈18000 records/s ÷ 1000 per partition⌉ = 18, 3 aggregator replicas)) but has 12',
    ],
    [
      'more aggregators than node-log partitions',
      { ...prod, logPipeline: { ...prod.logPipeline, aggregator: { ...prod.logPipeline.aggregator, replicas: 8 } } },
      'prod: kafka.topics.nodeLogs.partitions (6) does not fit the declared load: nodeLogs partitions needs 8',
    ],
    [
      'a retention.bytes that would cut the topic\'s time retention short',
      { ...prod, kafka: { ...prod.kafka, topics: { ...prod.kafka.topics, containerLogs: { ...prod.kafka.topics.containerLogs, retentionBytes: Size.gibibytes(5) } } } },
      'prod: kafka.topics.containerLogs.retentionBytes ("5Gi") does not fit the declared load: containerLogs retention.bytes per partition needs 7.9Gi (13.5Gi/day × 7 days (retention.ms) ÷ 12 partitions, uncompressed) but has 5Gi',
    ],
    [
      'an outage longer than the forwarder buffer lasts at peak',
      withLoad({ outageMinutes: 180 }),
      'prod: logPipeline.forwarder.bufferBudget ("4Gi") does not fit the declared load: forwarder buffer on the busiest node needs 180 min (capacity.outageMinutes) but has 116 min (4Gi ÷ (6000 records/s × 512 B × 0.2) ÷ 60, held because librdkafka never expires queued records (message.timeout.ms 0))',
    ],
    [
      'a forwarder CPU request below what the busiest node\'s peak needs at the measured rate',
      { ...prod, logPipeline: { ...prod.logPipeline, forwarder: { ...prod.logPipeline.forwarder, resources: { ...prod.logPipeline.forwarder.resources, cpu: Cpu.millis(50) } } } },
      `prod: logPipeline.forwarder.resources.cpu ("50m") does not fit the declared load: forwarder CPU on the busiest node needs 89m CPU (6000 records/s × 0.2 ÷ ${LOG_PATH_RATES.forwarder} records per CPU-second (measured ${LOG_PATH_RATES.measured})) but has 50m CPU`,
    ],
    [
      'an aggregator memory below the peak measured working off a backlog',
      { ...dev, logPipeline: { ...dev.logPipeline, aggregator: { ...dev.logPipeline.aggregator, resources: { ...dev.logPipeline.aggregator.resources, memory: Size.mebibytes(96) } } } },
      'dev: logPipeline.aggregator.resources.memory ("96Mi") does not fit the declared load: aggregator memory working off a backlog needs 111Mi',
    ],
    [
      'aggregators whose CPU requests are below what the peak needs at the measured rate',
      { ...dev, logPipeline: { ...dev.logPipeline, aggregator: { ...dev.logPipeline.aggregator, resources: { ...dev.logPipeline.aggregator.resources, cpu: Cpu.millis(10) } } } },
      `dev: logPipeline.aggregator.resources.cpu ("10m") does not fit the declared load: aggregator CPU needs 14m CPU (200 records/s ÷ ${LOG_PATH_RATES.aggregator} records per CPU-second (measured ${LOG_PATH_RATES.measured})) but has 10m CPU (1 replica × 10m`,
    ],
    ['a peak below the average the volume implies', withLoad({ peakRecordsPerSecond: 100 }), 'prod: capacity.peakRecordsPerSecond (100) is below the average rate the daily volume implies (365 records/s'],
    ['no node logs', withLoad({ nodeLogShare: 0 }), 'prod: capacity.nodeLogShare (0) must be between 0 and 1'],
    ['a busiest node above the whole cluster', withLoad({ busiestNodeShare: 1.5 }), 'prod: capacity.busiestNodeShare (1.5) must be greater than 0 and at most 1'],
    ['a busiest node below an even share of the declared nodes', withLoad({ busiestNodeShare: 0.1 }), 'prod: capacity.busiestNodeShare (0.1) must be at least 1 / the declared nodes (1/9 = 0.111, nodes.pools): the busiest node produces at least an even share of the peak'],
    ['a fractional retention', withLoad({ retentionDays: 0.5 }), 'prod: capacity.retentionDays (0.5) must be a whole number of at least 1'],
  ])('rejects %s with the numbers', (_label, env, message) => {
    expect(() => renderEnvironment(env)).toThrow(ConfigError);
    expect(() => renderEnvironment(env)).toThrow(message);
  });

  it('passes the retention to the lifecycle policy and rolls over at Elastic\'s document limit', () => {
    const objects = [...renderEnvironment(prod).values()][0].map((r) => r.object as any);
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'logs-index-lifecycle');
    const policies = Object.values(config.data as Record<string, string>).filter((v) => v.includes('"phases"')).map((v) => JSON.parse(v).policy.phases);
    expect(policies.length).toBeGreaterThan(0);
    for (const phases of policies) {
      expect(phases.delete.min_age).toBe('14d');
      expect(phases.hot.actions.rollover.max_primary_shard_docs).toBe(200_000_000);
    }
  });

  it.each(ENVIRONMENTS.map((e) => e.name))('manifests/%s/README.md shows the capacity checks', (name) => {
    const readme = readFileSync(path.join(MANIFESTS, name, 'README.md'), 'utf8');
    expect(readme).toContain('## Capacity model');
    expect(readme).toMatch(/\| Elasticsearch data storage \| [0-9.]+Gi \| [0-9.]+Gi \| \d+% \|/);
    expect(readme).toMatch(/\| forwarder buffer on the busiest node \| \d+ min \| \d+ min \|/);
  });
});
