/**
 * The runtime schema of an environment file: every value of `EnvironmentConfig` checked before any
 * chart is built, every violation reported at once as `<env>: <field.path> (<value>): <rule>`.
 *
 * Why here: environments/ holds data only, and its types point at the constructs that consume each
 * block; the schema needs those constructs' rules (pinned images, label grammar, the vendored Strimzi
 * release), so it sits with the render pipeline, which main.ts runs before composing any chart.
 *
 * The declared type stays `EnvironmentConfig` (environments/types.ts); `SchemaMatchesTypes` below
 * breaks the type check when a field exists on one side only, so a field added to types.ts must be
 * added here in the same change.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { z } from 'zod';
import { ES_CLUSTER_NAME } from '../charts/elasticsearch';
import { EMAIL, HOST_PORT } from '../constructs/alert-routing';
import { isDnsLabel, isDnsSubdomain } from '../constructs/config-error';
import { isPinnedImage } from '../constructs/hardening';
import { DISK_HEADROOM } from '../constructs/kafka-cluster';
import { DEFAULT_SEGMENT } from '../constructs/kafka-topic';
import { elasticsearchPodName, kafkaPodName } from '../constructs/naming';
import { RETENTION } from '../constructs/prometheus-server';
import { strimziInstallFiles, STRIMZI_VERSION } from '../constructs/strimzi-release';
import { STAGES, type EnvironmentConfig, type KafkaSettings } from '../environments/types';
import { parseDocuments } from './cache';

type KafkaTopicSettings = KafkaSettings['topics']['containerLogs'];

// ---------------------------------------------------------------------------------------------
// Values: numbers, quantities, durations

const INT32_MAX = 2_147_483_647;

/** A whole number in [min, max]; Kubernetes stores replicas, ports and counts as int32. */
function int(min: number, max = INT32_MAX) {
  return z.number().int().min(min).max(max);
}

/** A finite number in [min, max] (`exclusiveMin`: strictly above min). */
function ratio(min: number, max: number, exclusiveMin = false) {
  return exclusiveMin ? z.number().gt(min).max(max) : z.number().min(min).max(max);
}

/** Size internals, read for messages and checks (cdk8s keeps them private). */
function sizeParts(size: Size): { amount: unknown; abbr: unknown } {
  const s = size as unknown as { amount: unknown; unit?: { abbr?: unknown } };
  return { amount: s.amount, abbr: s.unit?.abbr };
}

/** Bytes of a Size, NaN when it was built from a non-number. */
export function sizeBytesOf(size: Size): number {
  const s = size as unknown as { amount: unknown; unit?: { inKibiBytes?: unknown } };
  return typeof s.amount === 'number' && typeof s.unit?.inKibiBytes === 'number' ? s.amount * s.unit.inKibiBytes * 1024 : NaN;
}

const MiB = 1024 ** 2;
const TiB = 1024 ** 4;

/** A cdk8s Size of at least `minBytes` (default: above zero) and at most `maxBytes` (default 64 TiB). */
function size(minBytes = 1, maxBytes = 64 * TiB) {
  return z.custom<Size>((v) => v instanceof Size, { error: 'must be a cdk8s Size such as Size.gibibytes(10)' }).superRefine((s, ctx) => {
    const bytes = sizeBytesOf(s);
    if (!Number.isFinite(bytes)) ctx.addIssue({ code: 'custom', message: 'must be a finite amount of bytes' });
    else if (bytes < minBytes) ctx.addIssue({ code: 'custom', message: minBytes <= 1 ? 'must be greater than zero' : `must be at least ${quantity(minBytes)}` });
    else if (bytes > maxBytes) ctx.addIssue({ code: 'custom', message: `must be at most ${quantity(maxBytes)}` });
    else if (!Number.isInteger(bytes)) ctx.addIssue({ code: 'custom', message: 'must be a whole number of bytes' });
  });
}

function quantity(bytes: number): string {
  for (const [unit, factor] of [['Ti', TiB], ['Gi', 1024 ** 3], ['Mi', MiB], ['Ki', 1024]] as const) {
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return `${bytes}`;
}

/** Kubernetes CPU quantity: whole or decimal cores, or whole millicores. */
const CPU_QUANTITY = /^(?:[0-9]+(?:\.[0-9]+)?|[0-9]+m)$/;

/** Millicores of a Cpu, NaN when its amount is not a CPU quantity. */
export function cpuMillis(cpu: Cpu): number {
  const amount = (cpu as { amount: unknown }).amount;
  if (typeof amount !== 'string' || !CPU_QUANTITY.test(amount)) return NaN;
  return amount.endsWith('m') ? Number(amount.slice(0, -1)) : Number(amount) * 1000;
}

/** A cdk8s-plus Cpu: a CPU quantity of at least 1m (Kubernetes' finest precision) and at most 1024 cores. */
function cpu() {
  return z.custom<Cpu>((v) => v instanceof Cpu, { error: 'must be a cdk8s-plus Cpu such as Cpu.millis(250)' }).superRefine((c, ctx) => {
    const millis = cpuMillis(c);
    if (Number.isNaN(millis)) ctx.addIssue({ code: 'custom', message: 'must be a CPU quantity such as "250m" or "2" (Cpu.millis(n) or Cpu.units(n) with a finite number)' });
    else if (!Number.isInteger(millis)) ctx.addIssue({ code: 'custom', message: 'must be a whole number of millicores' });
    else if (millis < 1) ctx.addIssue({ code: 'custom', message: 'must be greater than zero' });
    else if (millis > 1024_000) ctx.addIssue({ code: 'custom', message: 'must be at most 1024 cores' });
  });
}

/** Milliseconds of a Duration, NaN when it was built from a non-number. */
export function durationMillis(d: Duration): number {
  const s = d as unknown as { amount: unknown; unit?: { inMillis?: unknown } };
  return typeof s.amount === 'number' && typeof s.unit?.inMillis === 'number' ? s.amount * s.unit.inMillis : NaN;
}

/** A cdk8s Duration of at least `minMs` and at most ten years. */
function duration(minMs: number, minLabel: string) {
  return z.custom<Duration>((v) => v instanceof Duration, { error: 'must be a cdk8s Duration such as Duration.days(3)' }).superRefine((d, ctx) => {
    const ms = durationMillis(d);
    if (!Number.isFinite(ms)) ctx.addIssue({ code: 'custom', message: 'must be a finite duration' });
    else if (!Number.isInteger(ms)) ctx.addIssue({ code: 'custom', message: 'must be a whole number of milliseconds' });
    else if (ms < minMs) ctx.addIssue({ code: 'custom', message: `must be at least ${minLabel}` });
    else if (ms > 3650 * 86_400_000) ctx.addIssue({ code: 'custom', message: 'must be at most 3650 days' });
  });
}

// ---------------------------------------------------------------------------------------------
// Strings with a grammar

const dnsLabel = () => z.string().refine(isDnsLabel, { error: 'must be a DNS label: at most 63 characters of a-z, 0-9 and "-", starting and ending alphanumeric' });
const dnsSubdomain = () => z.string().refine(isDnsSubdomain, { error: 'must be a DNS subdomain: at most 253 characters of a-z, 0-9, "-" and ".", each part starting and ending alphanumeric' });

/**
 * OCI image reference (the grammar of distribution/reference): `[host[:port]/]path[:tag][@digest]`,
 * path components lowercase; pinned to a tag other than `latest` or to a digest.
 */
const IMAGE_REFERENCE = new RegExp(
  '^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]+)?/)?' +
  '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*' +
  '(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$',
);
const image = () => z.string()
  .refine((v) => v.length <= 255 && IMAGE_REFERENCE.test(v), { error: 'must be an OCI image reference: lowercase [registry/]repository[:tag][@sha256:digest], no spaces' })
  .refine(isPinnedImage, { error: 'must be pinned to a version tag or digest (never `latest` or no tag)' });

/** The URLs Argo CD and Flux clone: https://, ssh:// or scp-like git@host:path. */
const GIT_URL = /^(?:https:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?\/[A-Za-z0-9._~\/-]+|ssh:\/\/[A-Za-z0-9._-]+@[A-Za-z0-9.-]+(?::[0-9]{1,5})?\/[A-Za-z0-9._~\/-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~\/-]+)$/;

/** A branch or tag name by `git check-ref-format`, or a full commit hash. */
function isGitRevision(v: string): boolean {
  if (/^[0-9a-f]{40}$/.test(v)) return true;
  return v.length > 0 && v.length <= 255
    && !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(v) && !v.includes('..') && !v.includes('@{') && !v.includes('//')
    && !v.startsWith('-') && !v.startsWith('/') && !v.endsWith('/') && !v.endsWith('.') && !v.endsWith('.lock') && v !== '@'
    && !v.split('/').some((part) => part.startsWith('.'));
}

/** An IPv4 CIDR whose address is the network address of its prefix (what NetworkPolicy ipBlock expects). */
function isIpv4Cidr(v: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m) return false;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return false;
  const address = octets.reduce((a, o) => a * 256 + o, 0);
  return address % 2 ** (32 - prefix) === 0;
}

const PORT_RULE = 'must be a TCP port (1-65535)';
const port = () => z.number({ error: PORT_RULE }).int({ error: PORT_RULE }).min(1, { error: PORT_RULE }).max(65535, { error: PORT_RULE });

/** A Service port name (IANA_SVC_NAME): at most 15 of a-z, 0-9 and "-", with a letter, no "--". */
const portName = () => z.string().refine((v) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) && v.length <= 15 && /[a-z]/.test(v) && !v.includes('--'), {
  error: 'must be a port name: at most 15 characters of a-z, 0-9 and "-", with at least one letter',
});

/** Label keys (optional DNS-subdomain prefix, name ≤ 63) and values (≤ 63, alphanumeric ends). */
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const labels = () => z.record(
  z.string().refine((k) => {
    const slash = k.indexOf('/');
    const [prefix, name] = slash < 0 ? [undefined, k] : [k.slice(0, slash), k.slice(slash + 1)];
    return (prefix === undefined || isDnsSubdomain(prefix)) && LABEL_NAME.test(name);
  }, { error: 'must be a label key: [DNS-subdomain/]name, the name at most 63 characters of letters, digits, "-", "_", "." with alphanumeric ends' }),
  z.string().refine((v) => v === '' || LABEL_NAME.test(v), { error: 'must be a label value: at most 63 characters of letters, digits, "-", "_", "." with alphanumeric ends' }),
);

// ---------------------------------------------------------------------------------------------
// Objects: strict, with the closest valid spelling of an unknown key

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const ranked = known.map((k) => [k, distance(key, k)] as const).sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(key.length / 3)) ? best[0] : undefined;
}

/** Marks one unknown key's message; the formatter splits them so each key gets its own line. */
const KEY_SEPARATOR = '\u0000';

function strict<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return undefined;
      return iss.keys.map((key) => {
        const near = closestKey(key, known);
        return `${key}${KEY_SEPARATOR}is not a known key${near ? `; did you mean "${near}"?` : ` (known: ${known.join(', ')})`}`;
      }).join('\n');
    },
  });
}

const list = <T extends z.ZodType>(item: T, min = 0) => z.array(item).min(min).readonly();

// ---------------------------------------------------------------------------------------------
// Kafka versions the pinned Strimzi release supports: the keys of STRIMZI_KAFKA_IMAGES in its
// vendored cluster-operator Deployment (vendor/strimzi/<version>/install/cluster-operator/060-*).

export function strimziKafkaVersions(): string[] {
  const [file] = strimziInstallFiles(/Deployment-strimzi-cluster-operator/);
  if (!file) throw new Error(`the vendored Strimzi ${STRIMZI_VERSION} install files have no cluster-operator Deployment`);
  const versions = new Set<string>();
  for (const document of parseDocuments(readFileSync(file, 'utf8'))) {
    const env = (document as { spec?: { template?: { spec?: { containers?: { env?: { name: string; value?: string }[] }[] } } } })
      ?.spec?.template?.spec?.containers?.flatMap((c) => c.env ?? []) ?? [];
    const images = env.find((e) => e.name === 'STRIMZI_KAFKA_IMAGES')?.value ?? '';
    for (const line of images.split('\n')) {
      const version = line.trim().split('=')[0];
      if (version) versions.add(version);
    }
  }
  if (versions.size === 0) throw new Error(`no STRIMZI_KAFKA_IMAGES in ${path.basename(file)}`);
  return [...versions].sort();
}

const KAFKA_VERSIONS = strimziKafkaVersions();

// ---------------------------------------------------------------------------------------------
// Blocks

const resources = () => strict({
  cpu: cpu(),
  memory: size(4 * MiB),
  cpuLimit: cpu().optional(),
}).superRefine((r, ctx) => {
  if (r.cpuLimit && cpuMillis(r.cpuLimit) < cpuMillis(r.cpu)) {
    ctx.addIssue({ code: 'custom', path: ['cpuLimit'], input: r.cpuLimit, message: `must not be lower than the request cpu (${r.cpu.amount}): Kubernetes rejects a request above its limit` });
  }
});

const versions = strict({
  strimziOperator: image(),
  prometheusOperator: image(),
  eckOperator: image(),
  elasticsearch: image(),
  kibana: image(),
  elasticsearchExporter: image(),
  curl: image(),
  prometheusConfigReloader: image(),
  prometheus: image(),
  alertmanager: image(),
  nodeExporter: image(),
  kubeStateMetrics: image(),
  grafana: image(),
  fluentBit: image(),
  logstash: image(),
  demoWebServer: image(),
  demoWebExporter: image(),
  demoShell: image(),
  spark: image(),
  telegraf: image(),
  influxdb: image(),
  influxdbClusterMeta: image(),
  influxdbClusterData: image(),
  logstashExporter: image(),
  haproxyIngress: image(),
  kafkaUi: image(),
  externalSecrets: image(),
});

const policyPeer = strict({ namespace: dnsLabel().optional(), podLabels: labels().optional() });

const topicSettings = strict({
  partitions: int(1, 10_000),
  replicas: int(1, 100).optional(),
  retention: duration(60_000, '1 minute'),
  retentionBytes: size(MiB),
  segmentBytes: size(MiB, 1024 ** 3).optional(),
  compressionType: z.enum(['producer', 'gzip', 'snappy', 'lz4', 'zstd', 'uncompressed']),
  minInsyncReplicas: int(1, 100).optional(),
}).superRefine((t, ctx) => {
  if (t.replicas !== undefined && t.minInsyncReplicas !== undefined && t.minInsyncReplicas > t.replicas) {
    ctx.addIssue({ code: 'custom', path: ['minInsyncReplicas'], input: t.minInsyncReplicas, message: `must not exceed replicas (${t.replicas})` });
  }
});

const kafkaPool = strict({
  name: dnsLabel(),
  roles: list(z.enum(['controller', 'broker']), 1).refine((r) => new Set(r).size === r.length, { error: 'must list controller and/or broker, each once' }),
  replicas: int(1, 1000),
  volumes: list(size(MiB), 1),
  resources: resources(),
  heap: size(16 * MiB),
}).superRefine((p, ctx) => {
  if (sizeBytesOf(p.heap) >= sizeBytesOf(p.resources.memory)) {
    ctx.addIssue({ code: 'custom', path: ['heap'], input: p.heap, message: `must be below the memory request (resources.memory): the page cache and off-heap memory need the rest` });
  }
});

const kafka = strict({
  clusterName: dnsLabel(),
  version: z.string().refine((v) => KAFKA_VERSIONS.includes(v), { error: `must be a Kafka version the pinned Strimzi ${STRIMZI_VERSION} supports (${KAFKA_VERSIONS.join(', ')}; from its vendored cluster-operator Deployment)` }),
  pools: list(kafkaPool, 1),
  replicationFactor: int(1, 100),
  minInsyncReplicas: int(1, 100),
  productionGrade: z.boolean(),
  authentication: z.enum(['scram-sha-512', 'tls']),
  plainListener: z.boolean(),
  rackAwareness: z.boolean(),
  entityOperatorResources: resources(),
  exporterResources: resources(),
  topics: strict({ containerLogs: topicSettings, nodeLogs: topicSettings }),
});

const nodeSet = strict({
  name: dnsLabel(),
  count: int(1, 1000),
  roles: list(z.enum(['master', 'data', 'ingest', 'remote_cluster_client', 'ml', 'transform']), 1)
    .refine((r) => new Set(r).size === r.length, { error: 'must name each role once' }),
  resources: resources(),
  dataStorage: size(MiB),
  logsStorage: size(MiB).optional(),
});

const elasticsearch = strict({
  nodeSets: list(nodeSet, 1),
  highAvailability: z.boolean(),
  replicas: int(0, 100),
  zoneAwareness: z.boolean(),
  lifecycle: strict({ rolloverMaxAge: duration(3_600_000, '1 hour'), rolloverMaxPrimaryShardSize: size(MiB) }),
  kibana: strict({ count: int(1, 100), resources: resources() }),
  operatorResources: resources(),
  exporterResources: resources(),
  failureStoreProbeResources: resources().optional(),
  jobResources: resources(),
});

const monitoring = strict({
  prometheus: strict({
    replicas: int(1, 100),
    retention: z.string().refine((v) => RETENTION.test(v) && v !== '0', { error: 'must be a Prometheus duration such as "15d" or "12h"' }),
    retentionSize: size(MiB),
    storage: size(MiB),
    resources: resources(),
  }),
  alertmanager: strict({
    replicas: int(1, 100),
    storage: size(MiB),
    resources: resources(),
    routing: strict({
      secretName: dnsSubdomain(),
      teams: list(strict({
        name: dnsLabel(),
        slackChannel: z.string().regex(/^#[a-z0-9][-_a-z0-9]*$/, { error: 'must be a Slack channel name such as "#platform-alerts"' }),
      }), 1),
      email: strict({
        to: z.string().regex(EMAIL, { error: 'must be an email address' }),
        from: z.string().regex(EMAIL, { error: 'must be an email address' }),
        smarthost: z.string().regex(HOST_PORT, { error: 'must be host:port, e.g. "smtp.example.com:587"' })
          .refine((v) => Number(v.slice(v.lastIndexOf(':') + 1)) >= 1 && Number(v.slice(v.lastIndexOf(':') + 1)) <= 65535, { error: 'must end in a TCP port (1-65535)' }),
        authUsername: z.string().min(1).max(255),
      }),
    }),
  }),
  operator: strict({ resources: resources() }),
  nodeExporter: strict({ resources: resources() }),
  kubeStateMetrics: strict({ resources: resources() }),
  // Further UI clients besides the ingress controller's pods, which every UI's NetworkPolicy admits anyway.
  uiClients: list(policyPeer),
  appScrapes: list(strict({ name: dnsLabel(), namespace: dnsLabel(), serviceLabels: labels(), port: portName() })).optional(),
});

const network = strict({
  apiServerCidrs: list(z.string().refine(isIpv4Cidr, { error: 'must be an IPv4 CIDR such as 10.0.0.0/16 (the network address of its prefix)' }), 1),
  apiServerPorts: list(port(), 1),
  nodeCidrs: list(z.string().refine(isIpv4Cidr, { error: 'must be an IPv4 CIDR such as 10.0.0.0/16 (the network address of its prefix)' })),
  clusterCidrs: list(z.string().refine(isIpv4Cidr, { error: 'must be an IPv4 CIDR such as 10.0.0.0/16 (the network address of its prefix)' })),
  dns: strict({ namespace: dnsLabel(), podLabels: labels() }),
});

const grafana = strict({
  replicas: z.number().int().min(1).max(1, { error: 'must be 1: Grafana keeps sessions and alert state in its embedded sqlite database, which replicas cannot share' }),
  resources: resources(),
  editable: z.boolean(),
  adminCredentialsSecret: dnsSubdomain(),
  discordWebhook: strict({ name: dnsSubdomain(), key: z.string().regex(/^[-._a-zA-Z0-9]{1,253}$/, { error: 'must be a Secret key: letters, digits, "-", "_" and "."' }) }),
});

const logPipeline = strict({
  kafkaListener: z.enum(['tls', 'plain']),
  forwarder: strict({ resources: resources(), bufferBudget: size(64 * MiB), compression: z.enum(['gzip', 'zstd']), producerQueue: size(1024).optional() }),
  aggregator: strict({
    kind: z.enum(['fluent-bit', 'logstash']).optional(),
    replicas: int(1, 1000),
    resources: resources(),
    buffer: size(64 * MiB),
    retryLimit: int(1, 1000),
  }),
});

/** A Spark interval (`30 seconds`), as `Trigger.ProcessingTime` parses it. */
const SPARK_INTERVAL = /^[1-9][0-9]{0,8} (?:milliseconds?|seconds?|minutes?|hours?|days?)$/;

const spark = strict({
  workers: int(1, 1000),
  workerCores: int(1, 1024),
  workerMemory: size(64 * MiB),
  executorCores: int(1, 1024),
  executorMemory: size(64 * MiB),
  driverCores: int(1, 1024),
  cpuRequest: cpu().optional(),
  driverMemory: size(64 * MiB),
  workerFloor: int(1, 1000),
  historyServer: z.boolean(),
  workerDisruptionBudget: z.boolean(),
  eventLog: strict({ storageClass: dnsSubdomain(), size: size(MiB) }),
  checkpointSize: size(MiB),
  masterResources: resources(),
  historyServerResources: resources(),
  triggerInterval: z.string().regex(SPARK_INTERVAL, { error: 'must be a Spark interval such as "30 seconds" (a positive whole number and milliseconds, seconds, minutes, hours or days)' }),
}).superRefine((s, ctx) => {
  const wholeMiB = (field: keyof typeof s) => {
    if (sizeBytesOf(s[field] as Size) % MiB !== 0) ctx.addIssue({ code: 'custom', path: [field], input: s[field], message: 'must be a whole number of mebibytes for Spark' });
  };
  wholeMiB('workerMemory');
  wholeMiB('executorMemory');
  wholeMiB('driverMemory');
  if (s.executorCores > s.workerCores) ctx.addIssue({ code: 'custom', path: ['executorCores'], input: s.executorCores, message: `must not exceed spark.workerCores (${s.workerCores}): an executor runs inside one worker` });
  if (sizeBytesOf(s.executorMemory) > sizeBytesOf(s.workerMemory)) ctx.addIssue({ code: 'custom', path: ['executorMemory'], input: s.executorMemory, message: 'must not exceed spark.workerMemory: an executor runs inside one worker' });
  if (s.workerFloor > s.workers) ctx.addIssue({ code: 'custom', path: ['workerFloor'], input: s.workerFloor, message: `must not exceed spark.workers (${s.workers}): the alert would always fire` });
});

const influxTopology = z.discriminatedUnion('kind', [
  strict({ kind: z.literal('single'), resources: resources(), storage: size(MiB) }),
  strict({
    kind: z.literal('cluster'),
    metaNodes: int(1, 99),
    dataNodes: int(1, 1000),
    highAvailability: z.boolean(),
    metaResources: resources(),
    metaStorage: size(MiB),
    dataResources: resources(),
    dataStorage: size(MiB),
    probeResources: resources(),
  }).superRefine((t, ctx) => {
    if (t.highAvailability && (t.metaNodes < 3 || t.metaNodes % 2 === 0)) {
      ctx.addIssue({ code: 'custom', path: ['metaNodes'], input: t.metaNodes, message: 'must be odd and at least 3 with highAvailability: Raft needs a majority that survives the loss of a meta node' });
    }
    if (t.highAvailability && t.dataNodes < 2) ctx.addIssue({ code: 'custom', path: ['dataNodes'], input: t.dataNodes, message: 'must be at least 2 with highAvailability' });
  }),
], { error: 'must have kind "single" or "cluster"' });

const influxdb = strict({
  topology: influxTopology,
  database: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, { error: 'must be lowercase letters, digits and "_", starting with a letter (at most 63)' }),
  retention: duration(3_600_000, '1 hour'),
  shardDuration: duration(3_600_000, '1 hour'),
  replicationFactor: int(1, 100),
  topic: topicSettings,
  telegraf: strict({
    dc: z.string().regex(/^[A-Za-z0-9_.-]{1,63}$/, { error: 'must be 1-63 letters, digits, ".", "_" or "-"' }),
    interval: duration(1000, '1 second'),
    flushInterval: duration(1000, '1 second'),
    producerResources: resources(),
    consumerResources: resources(),
    consumerReplicas: int(1, 1000),
    libvirt: strict({
      nodeSelector: labels().refine((l) => Object.keys(l).length > 0, { error: 'must select the KVM nodes' }),
      socketGroup: int(1),
      socketDir: z.string().regex(/^\/[A-Za-z0-9._\/-]*$/, { error: 'must be an absolute path' }).optional(),
    }).optional(),
  }),
  jobResources: resources(),
}).superRefine((i, ctx) => {
  const dataNodes = i.topology.kind === 'single' ? 1 : i.topology.dataNodes;
  if (i.replicationFactor > dataNodes) ctx.addIssue({ code: 'custom', path: ['replicationFactor'], input: i.replicationFactor, message: `must not exceed the data nodes (influxdb.topology: ${dataNodes})` });
  if (durationMillis(i.shardDuration) > durationMillis(i.retention)) ctx.addIssue({ code: 'custom', path: ['shardDuration'], input: i.shardDuration, message: 'must not exceed influxdb.retention' });
});

const capacity = strict({
  dailyVolume: size(MiB),
  averageRecordBytes: int(1, 10 * MiB),
  peakRecordsPerSecond: int(1, 10_000_000),
  retentionDays: int(1, 3650),
  nodeLogShare: ratio(0, 1, true).lt(1),
  busiestNodeShare: ratio(0, 1, true),
  recordsPerSecondPerPartition: int(1, 10_000_000),
  outageMinutes: int(1, 7 * 24 * 60),
});

/** The whole environment; cross-block rules (stage, derived names) run once every block is valid. */
export const environmentSchema = strict({
  name: dnsLabel(),
  stage: z.enum(STAGES),
  cluster: dnsLabel(),
  storageClass: dnsSubdomain(),
  zoneSpread: z.boolean(),
  versions,
  ingress: strict({ className: dnsSubdomain(), domain: dnsSubdomain(), tlsSecretName: dnsSubdomain() }),
  delivery: strict({
    repoURL: z.string().regex(GIT_URL, { error: 'must be a git URL: https://host/path, ssh://user@host/path or user@host:path' }),
    revision: z.string().refine(isGitRevision, { error: 'must be a git branch or tag name (git check-ref-format) or a 40-character commit hash' }),
  }),
  capacity,
  elasticsearch,
  kafka,
  monitoring,
  network,
  grafana,
  logPipeline,
  demo: strict({ resources: resources(), intervalSeconds: int(1, 86_400) }).optional(),
  ingressController: strict({ replicas: int(1, 100), resources: resources() }),
  secrets: strict({
    operatorResources: resources(),
    externalStore: strict({
      vault: strict({
        server: z.string().regex(/^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/, { error: 'must be https://host[:port]' }),
        path: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'must be a KV mount path such as secret' }),
        prefix: z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, { error: 'must be a path such as observability/prod' }),
        tokenSecret: dnsSubdomain(),
      }),
    }).optional(),
  }),
  kafkaUi: strict({ resources: resources(), credentialsSecret: dnsSubdomain() }).optional(),
  spark,
  influxdb: influxdb.optional(),
}).superRefine((env, ctx) => {
  const issue = (p: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path: p, input, message });
  crossBlockRules(env as EnvironmentConfig, issue);
});

type Report = (path: (string | number)[], input: unknown, message: string) => void;

/** Members (pods) of the groups that carry `role`: Kafka pools' replicas, Elasticsearch node sets' count. */
function membersWithRole<T extends { readonly roles: readonly string[] }>(groups: readonly T[], role: string, size: (group: T) => number): number {
  return groups.filter((g) => g.roles.includes(role)).reduce((n, g) => n + size(g), 0);
}

/** The rules that relate fields of different blocks, and those that depend on the stage. */
function crossBlockRules(env: EnvironmentConfig, report: Report): void {
  const k = env.kafka;
  const brokers = membersWithRole(k.pools, 'broker', (p) => p.replicas);
  const controllers = membersWithRole(k.pools, 'controller', (p) => p.replicas);
  const poolNames = new Set<string>();
  k.pools.forEach((p, i) => {
    if (poolNames.has(p.name)) report(['kafka', 'pools', i, 'name'], p.name, 'is declared twice; pool names must be unique');
    poolNames.add(p.name);
  });
  if (brokers === 0) report(['kafka', 'pools'], k.pools.map((p) => p.name), 'must include a pool with the broker role');
  if (controllers === 0) report(['kafka', 'pools'], k.pools.map((p) => p.name), 'must include a pool with the controller role');
  if (k.replicationFactor > brokers) report(['kafka', 'replicationFactor'], k.replicationFactor, `must not exceed the brokers (${brokers}, kafka.pools)`);
  if (k.minInsyncReplicas > k.replicationFactor) report(['kafka', 'minInsyncReplicas'], k.minInsyncReplicas, `must not exceed kafka.replicationFactor (${k.replicationFactor})`);
  if (k.plainListener && k.authentication !== 'scram-sha-512') report(['kafka', 'plainListener'], true, 'needs kafka.authentication "scram-sha-512": mutual TLS cannot run over plaintext');
  for (const [name, topic] of Object.entries(k.topics)) {
    const replicas = topic.replicas ?? k.replicationFactor;
    if (topic.replicas !== undefined && replicas > brokers) report(['kafka', 'topics', name, 'replicas'], replicas, `must not exceed the brokers (${brokers}, kafka.pools)`);
    if ((topic.minInsyncReplicas ?? k.minInsyncReplicas) > replicas) report(['kafka', 'topics', name, 'minInsyncReplicas'], topic.minInsyncReplicas ?? k.minInsyncReplicas, `must not exceed the topic's replicas (${replicas})`);
  }
  // Topic data against the brokers' disks (the same plan KafkaCluster.addTopic checks): a partition
  // holds retention.bytes plus one segment, on a single volume.
  const brokerPools = k.pools.filter((p) => p.roles.includes('broker'));
  const diskBytes = brokerPools.reduce((sum, p) => sum + p.replicas * p.volumes.reduce((v, s) => v + sizeBytesOf(s), 0), 0);
  const smallestVolume = Math.min(...brokerPools.flatMap((p) => p.volumes.map(sizeBytesOf)));
  const topics: [string, KafkaTopicSettings][] = [
    ...Object.entries(k.topics).map(([name, t]) => [`kafka.topics.${name}`, t] as [string, KafkaTopicSettings]),
    ...(env.influxdb ? [['influxdb.topic', env.influxdb.topic] as [string, KafkaTopicSettings]] : []),
  ];
  let planned = 0;
  for (const [field, t] of topics) {
    const footprint = sizeBytesOf(t.retentionBytes) + sizeBytesOf(t.segmentBytes ?? DEFAULT_SEGMENT);
    if (brokerPools.length > 0 && footprint > smallestVolume) {
      report([...field.split('.'), 'retentionBytes'], t.retentionBytes, `plus one segment (${field}.segmentBytes) must fit on the smallest broker volume (${quantity(smallestVolume)}, kafka.pools[].volumes): a partition lives on a single volume`);
    }
    planned += footprint * t.partitions * (t.replicas ?? k.replicationFactor);
  }
  if (brokerPools.length > 0 && planned > diskBytes * DISK_HEADROOM) {
    report(['kafka', 'pools'], `${(diskBytes / 1024 ** 3).toFixed(1)}Gi of broker volumes`, `must hold the topics (${topics.map(([f]) => f).join(', ')}: retentionBytes + one segmentBytes per partition × partitions × replicas = ${(planned / 1024 ** 3).toFixed(1)}Gi) within ${DISK_HEADROOM * 100}% of the brokers' volumes`);
  }
  const scrapes = new Set<string>();
  (env.monitoring.appScrapes ?? []).forEach((a, i) => {
    if (scrapes.has(a.name)) report(['monitoring', 'appScrapes', i, 'name'], a.name, 'is declared twice; scrape names must be unique');
    scrapes.add(a.name);
  });
  if (k.productionGrade) {
    if (k.minInsyncReplicas >= k.replicationFactor) report(['kafka', 'minInsyncReplicas'], k.minInsyncReplicas, `must be lower than kafka.replicationFactor (${k.replicationFactor}) in a production-grade cluster, so one broker can fail without blocking producers`);
    if (controllers < 3 || controllers % 2 === 0) report(['kafka', 'pools'], `${controllers} controllers`, 'must provide an odd number of at least 3 controllers in a production-grade cluster, so the KRaft quorum survives the loss of one');
    if (k.plainListener) report(['kafka', 'plainListener'], true, 'is not allowed in a production-grade cluster: every listener must use TLS');
  }
  // Strimzi names pods <cluster>-<pool>-<node id> (ids over all pools) and uses them as host names.
  const nodes = k.pools.reduce((n, p) => n + p.replicas, 0);
  k.pools.forEach((p, i) => {
    const pod = kafkaPodName(k.clusterName, p.name, nodes - 1);
    if (pod.length > 63) report(['kafka', 'pools', i, 'name'], p.name, `makes the pod name "${pod}" (with kafka.clusterName) longer than 63 characters`);
  });

  const es = env.elasticsearch;
  const masters = membersWithRole(es.nodeSets, 'master', (s) => s.count);
  const data = membersWithRole(es.nodeSets, 'data', (s) => s.count);
  const setNames = new Set<string>();
  es.nodeSets.forEach((s, i) => {
    if (setNames.has(s.name)) report(['elasticsearch', 'nodeSets', i, 'name'], s.name, 'is used by two node sets');
    setNames.add(s.name);
    const pod = elasticsearchPodName(ES_CLUSTER_NAME, s.name, s.count - 1);
    if (pod.length > 63) report(['elasticsearch', 'nodeSets', i, 'name'], s.name, `makes the pod name "${pod}" longer than 63 characters`);
  });
  if (masters % 2 === 0 || (es.highAvailability && masters < 3)) {
    report(['elasticsearch', 'nodeSets'], `${masters} master-eligible nodes`, `must provide an odd number${es.highAvailability ? ' of at least 3 (elasticsearch.highAvailability)' : ''} of master-eligible nodes (the counts of the node sets whose roles include "master"): a quorum needs a majority`);
  }
  if (data === 0) report(['elasticsearch', 'nodeSets'], es.nodeSets.map((s) => s.name), 'must include a node set with the data role');
  else if (es.replicas >= data) report(['elasticsearch', 'replicas'], es.replicas, `must be lower than the data nodes (${data}, elasticsearch.nodeSets): a replica is never allocated on its primary's node`);

  const prom = env.monitoring.prometheus;
  if (sizeBytesOf(prom.retentionSize) > sizeBytesOf(prom.storage) * 0.9) {
    report(['monitoring', 'prometheus', 'retentionSize'], prom.retentionSize, 'must leave 10% of monitoring.prometheus.storage free for the WAL and compaction');
  }
  const teams = new Set<string>();
  env.monitoring.alertmanager.routing.teams.forEach((t, i) => {
    if (teams.has(t.name)) report(['monitoring', 'alertmanager', 'routing', 'teams', i, 'name'], t.name, 'is declared twice; team names must be unique');
    teams.add(t.name);
  });

  // Rules that depend on the kind of environment: a production stage runs production-grade quorums.
  if (env.stage === 'prod') {
    if (!k.productionGrade) report(['kafka', 'productionGrade'], false, 'must be true in a prod-stage environment');
    if (!es.highAvailability) report(['elasticsearch', 'highAvailability'], false, 'must be true in a prod-stage environment');
    if (env.logPipeline.kafkaListener === 'plain') report(['logPipeline', 'kafkaListener'], 'plain', 'must be "tls" in a prod-stage environment');
    if (env.demo) report(['demo'], 'present', 'must be absent in a prod-stage environment: demo workloads produce fake logs');
  }
  if (env.logPipeline.kafkaListener === 'plain' && !k.plainListener) {
    report(['logPipeline', 'kafkaListener'], 'plain', 'needs kafka.plainListener: true');
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** One violation: environment, field path, value and rule. */
export interface Violation {
  readonly environment: string;
  readonly field: string;
  readonly value: string;
  readonly rule: string;
}

export function formatViolation(v: Violation): string {
  return `${v.environment}: ${v.field} (${v.value}): ${v.rule}`;
}

/** A value as a person reads it: quantities and durations as their amounts, non-finite numbers by name. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value instanceof Size) {
    const { amount, abbr } = sizeParts(value);
    return `Size ${typeof amount === 'string' ? JSON.stringify(amount) : String(amount)}${typeof abbr === 'string' ? abbr : ''}`;
  }
  if (value instanceof Cpu) return `Cpu ${JSON.stringify(value.amount)}`;
  if (value instanceof Duration) {
    const d = value as unknown as { amount: unknown; unit?: { label?: string } };
    return `Duration ${String(d.amount)} ${d.unit?.label ?? ''}`.trim();
  }
  try {
    const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    if (json === undefined) return String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function valueAt(root: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of p) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Rules in the house phrasing for the library's built-in checks. */
function rule(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'is required';
      if (iss.expected === 'int') return 'must be a whole number';
      if (iss.expected === 'number' && typeof iss.input === 'number') return 'must be a finite number';
      return `must be ${iss.expected === 'array' || iss.expected === 'object' ? 'an' : 'a'} ${iss.expected}, not ${iss.input === null ? 'null' : Array.isArray(iss.input) ? 'an array' : typeof iss.input}`;
    }
    case 'too_small':
      if (iss.origin === 'array') return `must have at least ${iss.minimum} item(s)`;
      if (iss.origin === 'string') return `must be at least ${iss.minimum} character(s) long`;
      return `must be ${iss.inclusive ? 'at least' : 'greater than'} ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `must have at most ${iss.maximum} item(s)`;
      if (iss.origin === 'string') return `must be at most ${iss.maximum} characters long`;
      return `must be ${iss.inclusive ? 'at most' : 'lower than'} ${iss.maximum}`;
    case 'invalid_value':
      return `must be ${iss.values.length === 1 ? '' : 'one of '}${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
}

/** Every violation of `input` (an environment as loaded, of unknown shape), named by `environment`. */
export function environmentViolations(environment: string, input: unknown): Violation[] {
  const result = environmentSchema.safeParse(input, { error: rule, reportInput: true });
  if (result.success) return [];
  const violations: Violation[] = [];
  for (const iss of result.error.issues) {
    if (iss.code === 'unrecognized_keys') {
      for (const line of iss.message.split('\n')) {
        const [key = '', message = ''] = line.split(KEY_SEPARATOR);
        const p = [...iss.path, key];
        violations.push({ environment, field: fieldPath(p), value: describeValue(valueAt(input, p)), rule: message });
      }
      continue;
    }
    // Cross-field rules report a summary (`3 controllers`); the library's own checks, the value itself.
    const value = iss.code === 'custom' && 'input' in iss ? iss.input : valueAt(input, iss.path);
    violations.push({ environment, field: fieldPath(iss.path) || '(environment)', value: describeValue(value), rule: iss.message });
  }
  return violations;
}

/** The environment's name for messages before it is known to be valid. */
export function environmentLabel(input: unknown, fallback: string): string {
  const name = valueAt(input, ['name']);
  return typeof name === 'string' && name.length > 0 && name.length <= 63 ? name : fallback;
}

/** Every violation of every environment, plus names claimed twice (each environment owns one folder). */
export function validateEnvironments(inputs: readonly unknown[]): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const label = environmentLabel(input, `environment #${i + 1}`);
    violations.push(...environmentViolations(label, input));
    if (seen.has(label)) violations.push({ environment: label, field: 'name', value: describeValue(label), rule: 'is used by two environments' });
    seen.add(label);
  });
  return violations;
}

// ---------------------------------------------------------------------------------------------
// The schema and the declared type must describe the same fields.

type Opaque = Size | Duration | Cpu;
/** Readonly-insensitive structural form (zod infers mutable objects and readonly arrays). */
type Plain<T> = T extends Opaque ? T
  : T extends readonly (infer E)[] ? Plain<E>[]
  : T extends object ? { -readonly [K in keyof T]: Plain<T[K]> }
  : T;
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Assert<T extends true> = T;
/** Fails to compile when environments/types.ts and this schema disagree on any field, in either direction. */
export type SchemaMatchesTypes = Assert<Equals<Plain<z.infer<typeof environmentSchema>>, Plain<EnvironmentConfig>>>;
