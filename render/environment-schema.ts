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
import { ECK_CRDS_FILE } from '../charts/eck-crds';
import { ES_CLUSTER_NAME } from '../charts/elasticsearch';
import { PROMETHEUS_OPERATOR_BUNDLE } from '../charts/prometheus-operator-crds';
import { EMAIL, HOST_PORT } from '../constructs/alert-routing';
import { isDnsLabel, isDnsSubdomain } from '../constructs/config-error';
import { HAPROXY_INGRESS_VERSION } from '../constructs/haproxy-ingress-release';
import { DEFAULT_PRODUCER_QUEUE, FORWARDER_BASE_MEMORY } from '../constructs/fluent-bit-forwarder';
import { isPinnedImage } from '../constructs/hardening';
import { DISK_HEADROOM } from '../constructs/kafka-cluster';
import { DEFAULT_SEGMENT } from '../constructs/kafka-topic';
import { kafkaPodName } from '../constructs/naming';
import { imageTag } from '../constructs/operator-managed';
import { isPrometheusRetention } from '../constructs/prometheus-server';
import { strimziInstallFiles, STRIMZI_VERSION } from '../constructs/strimzi-release';
import { environmentSource } from '../environments/load';
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

/** The shortest prefix a prod-stage environment may give its API server and node ranges. */
const MIN_PROD_PREFIX = 8;

function cidrPrefix(cidr: string): number {
  return Number(cidr.split('/')[1]);
}

const PORT_RULE = 'must be a TCP port (1-65535)';
const port = () => z.number({ error: PORT_RULE }).int({ error: PORT_RULE }).min(1, { error: PORT_RULE }).max(65535, { error: PORT_RULE });

/** A Service port name (IANA_SVC_NAME): at most 15 of a-z, 0-9 and "-", with a letter, no "--". */
const portName = () => z.string().refine((v) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) && v.length <= 15 && /[a-z]/.test(v) && !v.includes('--'), {
  error: 'must be a port name: at most 15 characters of a-z, 0-9 and "-", with at least one letter',
});

/** Label keys (optional DNS-subdomain prefix, name ≤ 63) and values (≤ 63, alphanumeric ends). */
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const labelKey = () => z.string().refine((k) => {
  const slash = k.indexOf('/');
  const [prefix, name] = slash < 0 ? [undefined, k] : [k.slice(0, slash), k.slice(slash + 1)];
  return (prefix === undefined || isDnsSubdomain(prefix)) && LABEL_NAME.test(name);
}, { error: 'must be a label key: [DNS-subdomain/]name, the name at most 63 characters of letters, digits, "-", "_", "." with alphanumeric ends' });
const labelValue = () => z.string().refine((v) => v === '' || LABEL_NAME.test(v), { error: 'must be a label value: at most 63 characters of letters, digits, "-", "_", "." with alphanumeric ends' });
const labels = () => z.record(labelKey(), labelValue());

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

/**
 * A rule that relates fields (relative to the object it checks): reported only when none of the
 * fields it `uses` (nor its own) failed a rule of its own, so a bad value is named once, by its own
 * rule, and not again through every rule that quotes it. `[*]` in a path stands for any index.
 */
function crossIssue(ctx: z.RefinementCtx, at: (string | number)[], input: unknown, message: string, uses: readonly string[] = []): void {
  // Copies: zod prefixes an issue's path in place as the issue rises through the parent objects.
  ctx.addIssue({ code: 'custom', path: [...at], input, message, params: { at: [...at], uses } });
}

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
    crossIssue(ctx, ['cpuLimit'], r.cpuLimit, `must not be lower than the request cpu (${r.cpu.amount}): Kubernetes rejects a request above its limit`, ['cpu']);
  }
});

// ---------------------------------------------------------------------------------------------
// Versions that must agree: operators with the install files and CRDs vendored for them, the Elastic
// stack with itself.

/** The release of a vendored folder, from its path (`vendor/eck/v3.5.0/all-crds.yaml` → `3.5.0`). */
function vendoredRelease(file: string, product: string): string {
  const folder = path.relative(path.join(__dirname, '..', 'vendor', product), file).split(path.sep)[0] ?? '';
  return folder.replace(/^v/, '');
}

/** The releases whose CRDs and install files are vendored; each operator image must run the same one. */
export const VENDORED_RELEASES = {
  strimzi: STRIMZI_VERSION,
  eck: vendoredRelease(ECK_CRDS_FILE, 'eck'),
  prometheusOperator: vendoredRelease(PROMETHEUS_OPERATOR_BUNDLE, 'prometheus-operator'),
  haproxyIngress: HAPROXY_INGRESS_VERSION,
} as const;

/** The version an image's tag names (`v0.93.0` → `0.93.0`); empty when it is pinned by digest only. */
export function imageVersion(image: string): string {
  return imageTag(image).replace(/^v/, '');
}

/**
 * Elasticsearch majors ECK 3.5.0 runs: 7, 8 and 9 (technicallySupportedVersions in
 * pkg/controller/elasticsearch/version/supported_versions.go at v3.5.0; any other major is refused
 * with "unsupported version").
 */
const ECK_ELASTICSEARCH_MAJORS = [7, 8, 9];

function versionRules(v: { [K in keyof EnvironmentConfig['versions']]: string }, ctx: z.RefinementCtx): void {
  const vendored = (field: 'strimziOperator' | 'eckOperator' | 'prometheusOperator' | 'haproxyIngress', product: string, release: string, folder: string, why = '') => {
    if (imageVersion(v[field]) !== release) crossIssue(ctx, [field], v[field], `must be the vendored ${product} release ${release} (${folder}): the CRDs and install files rendered are those of that release${why}`);
  };
  vendored('strimziOperator', 'Strimzi', VENDORED_RELEASES.strimzi, `vendor/strimzi/${VENDORED_RELEASES.strimzi}`, ', and kafka.version is checked against it');
  vendored('eckOperator', 'ECK', VENDORED_RELEASES.eck, `vendor/eck/v${VENDORED_RELEASES.eck}`);
  vendored('prometheusOperator', 'prometheus-operator', VENDORED_RELEASES.prometheusOperator, `vendor/prometheus-operator/v${VENDORED_RELEASES.prometheusOperator}`);
  vendored('haproxyIngress', 'HAProxy ingress controller', VENDORED_RELEASES.haproxyIngress, `vendor/haproxy-kubernetes-ingress/v${VENDORED_RELEASES.haproxyIngress}`);
  if (imageVersion(v.prometheusConfigReloader) !== imageVersion(v.prometheusOperator)) {
    crossIssue(ctx, ['prometheusConfigReloader'], v.prometheusConfigReloader, `must be the release of versions.prometheusOperator (${imageTag(v.prometheusOperator) || 'no tag'}): the operator injects the reloader with its own release's flags`, ['prometheusOperator']);
  }
  const stack = imageVersion(v.elasticsearch);
  const major = /^(\d+)\.\d+\.\d+$/.exec(stack)?.[1];
  if (!major || !ECK_ELASTICSEARCH_MAJORS.includes(Number(major))) {
    crossIssue(ctx, ['elasticsearch'], v.elasticsearch, `must be tagged with an Elasticsearch version ECK ${VENDORED_RELEASES.eck} runs (X.Y.Z, major ${ECK_ELASTICSEARCH_MAJORS.join(', ')})`, ['eckOperator']);
    return;
  }
  for (const field of ['kibana', 'logstash'] as const) {
    if (imageVersion(v[field]) !== stack) crossIssue(ctx, [field], v[field], `must be the Elasticsearch version (${stack}, versions.elasticsearch): the Elastic stack runs one version`, ['elasticsearch']);
  }
}

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
  certManagerController: image(),
  certManagerAcmeSolver: image(),
}).superRefine(versionRules);

const policyPeer = strict({
  namespace: dnsLabel().optional(),
  podLabels: labels().refine((l) => Object.keys(l).length > 0, { error: 'must name the client pods: a grant to every pod of a namespace admits pods that have nothing to do with the platform' }),
});

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
    crossIssue(ctx, ['minInsyncReplicas'], t.minInsyncReplicas, `must not exceed replicas (${t.replicas})`, ['replicas']);
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
    crossIssue(ctx, ['heap'], p.heap, 'must be below the memory request (resources.memory): the page cache and off-heap memory need the rest', ['resources.memory']);
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

const EMAIL_RULE = 'must be one e-mail address that Go\'s net/mail accepts (Alertmanager parses it when it sends): name@example.com, dots only between characters, no display name';

const monitoring = strict({
  prometheus: strict({
    replicas: int(1, 100),
    retention: z.string().refine(isPrometheusRetention, { error: 'must be a Prometheus duration above zero such as "15d" or "12h" (units y, w, d, h, m, s, ms, largest first, each once; "0d" means no time limit)' }),
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
        to: z.string().regex(EMAIL, { error: EMAIL_RULE }),
        from: z.string().regex(EMAIL, { error: EMAIL_RULE }),
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
  externalCidrs: list(z.string().refine(isIpv4Cidr, { error: 'must be an IPv4 CIDR such as 10.0.0.0/16 (the network address of its prefix)' }), 1),
  openRangesReason: z.string().min(20, { error: 'must say in a sentence why the ranges cannot be known (at least 20 characters)' }).optional(),
  dns: strict({
    namespace: dnsLabel(),
    podLabels: labels(),
    nodeLocalAddress: z.string().refine((v) => isIpv4Cidr(`${v}/32`), { error: 'must be an IPv4 address such as 169.254.20.10 (NodeLocal DNSCache\'s address)' }).optional(),
  }),
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
}).superRefine((l, ctx) => {
  // The memory budgets the forwarder and Logstash constructs check, here so that they are listed with
  // every other violation (constructs/fluent-bit-forwarder.ts, constructs/logstash-aggregator.ts).
  const queue = l.forwarder.producerQueue ?? DEFAULT_PRODUCER_QUEUE;
  const queues = 2 * Math.floor(sizeBytesOf(queue) / 1024) * 1024;
  if (sizeBytesOf(l.forwarder.resources.memory) < queues + sizeBytesOf(FORWARDER_BASE_MEMORY)) {
    crossIssue(ctx, ['forwarder', 'resources', 'memory'], l.forwarder.resources.memory,
      `must cover the two librdkafka queues (2 × ${quantity(sizeBytesOf(queue))}, logPipeline.forwarder.producerQueue) plus ${quantity(sizeBytesOf(FORWARDER_BASE_MEMORY))} for Fluent Bit itself`, ['forwarder.producerQueue']);
  }
  if (l.aggregator.kind === 'logstash' && sizeBytesOf(l.aggregator.resources.memory) < 512 * MiB) {
    crossIssue(ctx, ['aggregator', 'resources', 'memory'], l.aggregator.resources.memory, 'must be at least 512Mi for Logstash (half of it is the JVM heap)', ['aggregator.kind']);
  }
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
    if (sizeBytesOf(s[field] as Size) % MiB !== 0) crossIssue(ctx, [field], s[field], 'must be a whole number of mebibytes for Spark');
  };
  wholeMiB('workerMemory');
  wholeMiB('executorMemory');
  wholeMiB('driverMemory');
  if (s.executorCores > s.workerCores) crossIssue(ctx, ['executorCores'], s.executorCores, `must not exceed spark.workerCores (${s.workerCores}): an executor runs inside one worker`, ['workerCores']);
  if (sizeBytesOf(s.executorMemory) > sizeBytesOf(s.workerMemory)) crossIssue(ctx, ['executorMemory'], s.executorMemory, 'must not exceed spark.workerMemory: an executor runs inside one worker', ['workerMemory']);
  if (s.workerFloor > s.workers) crossIssue(ctx, ['workerFloor'], s.workerFloor, `must not exceed spark.workers (${s.workers}): the alert would always fire`, ['workers']);
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
      crossIssue(ctx, ['metaNodes'], t.metaNodes, 'must be odd and at least 3 with highAvailability: Raft needs a majority that survives the loss of a meta node');
    }
    if (t.highAvailability && t.dataNodes < 2) crossIssue(ctx, ['dataNodes'], t.dataNodes, 'must be at least 2 with highAvailability');
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
  if (i.replicationFactor > dataNodes) crossIssue(ctx, ['replicationFactor'], i.replicationFactor, `must not exceed the data nodes (influxdb.topology: ${dataNodes})`, ['topology.dataNodes']);
  if (durationMillis(i.shardDuration) > durationMillis(i.retention)) crossIssue(ctx, ['shardDuration'], i.shardDuration, 'must not exceed influxdb.retention', ['retention']);
});

const nodePool = strict({
  name: dnsLabel(),
  count: int(1, 5000),
  cpu: cpu(),
  memory: size(64 * MiB),
  // Values of topology.kubernetes.io/zone.
  zones: list(labelValue().refine((v) => v !== '', { error: 'must not be empty' }), 1),
  taints: list(strict({
    key: labelKey(),
    value: labelValue().optional(),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
  })).optional(),
}).superRefine((p, ctx) => {
  if (new Set(p.zones).size !== p.zones.length) ctx.addIssue({ code: 'custom', path: ['zones'], input: p.zones, message: 'names a zone twice' });
  if (p.count < p.zones.length) ctx.addIssue({ code: 'custom', path: ['count'], input: p.count, message: `must be at least the pool's zones (${p.zones.length}): every zone listed gets a node` });
});

const nodes = strict({ pools: list(nodePool, 1) });

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
  nodes,
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
  certificates: strict({
    operatorResources: resources(),
    issuer: z.union([
      strict({ selfSignedCa: strict({ commonName: z.string().min(1, { error: 'must not be empty' }) }) }),
      strict({
        acme: strict({
          server: z.string().regex(/^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~\/-]*)?$/, { error: 'must be the https:// directory URL of an ACME server' }),
          email: z.string().regex(/^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, { error: 'must be an e-mail address (name@domain): the ACME server sends expiry notices there' }),
        }),
      }),
    ], { error: 'must be exactly one of { selfSignedCa: { commonName } } (a private CA made in the cluster) or { acme: { server, email } } (an ACME server)' }),
  }),
  kafkaUi: strict({ resources: resources(), credentialsSecret: dnsSubdomain() }).optional(),
  spark,
  influxdb: influxdb.optional(),
}).superRefine((env, ctx) => {
  crossBlockRules(env as EnvironmentConfig, (p, input, message, uses) => crossIssue(ctx, p, input, message, uses));
});

/** Reports a cross-block violation at `path`; `uses` names the other fields its value or message depends on. */
type Report = (path: (string | number)[], input: unknown, message: string, uses?: readonly string[]) => void;

/**
 * Why ECK 3.5.0 refuses a node set's name, or undefined: `ValidateNames` (pkg/apis/elasticsearch/v1/name.go
 * at v3.5.0) builds the StatefulSet name `<cluster>-es-<nodeSet>` with a suffix (`-es-<nodeSet>`) of at
 * most MaxSuffixLength = 63 - 36 characters (pkg/controller/common/name/name.go), and requires room
 * for the pod ordinal and the 10-character controller revision hash within 63.
 */
export function eckNodeSetNameRule(clusterName: string, nodeSet: string, count: number): string | undefined {
  const suffix = `-es-${nodeSet}`;
  if (suffix.length > 63 - 36) return `makes ECK's StatefulSet suffix "${suffix}" ${suffix.length} characters long; ECK ${VENDORED_RELEASES.eck} refuses more than 27 (ValidateNames: at most 23 characters of node-set name)`;
  const statefulSet = `${clusterName}${suffix}`;
  const room = 63 - String(count).length - 1 - 10;
  if (statefulSet.length > room) return `makes ECK's StatefulSet name "${statefulSet}" ${statefulSet.length} characters long; ECK ${VENDORED_RELEASES.eck} refuses more than ${room} with ${count} node(s) (ValidateNames: 63 less the pod ordinal and the 10-character revision hash)`;
  return undefined;
}

/**
 * The longest name Strimzi derives from the Kafka cluster's name that must fit 63 characters: the
 * bootstrap and brokers Services (DNS labels) and the entity operator, whose name is also its
 * `strimzi.io/name` label value (KafkaResources.java at 1.2.0: bootstrapServiceName,
 * brokersServiceName, entityOperatorDeploymentName).
 */
export function longestStrimziName(clusterName: string): { name: string; what: string; length: number } {
  const names = [
    { name: `${clusterName}-kafka-bootstrap`, what: 'bootstrap Service' },
    { name: `${clusterName}-kafka-brokers`, what: 'brokers Service' },
    { name: `${clusterName}-entity-operator`, what: 'entity operator (name and strimzi.io/name label)' },
  ].map((n) => ({ ...n, length: n.name.length }));
  return names.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Members (pods) of the groups that carry `role`: Kafka pools' replicas, Elasticsearch node sets' count. */
function membersWithRole<T extends { readonly roles: readonly string[] }>(groups: readonly T[], role: string, size: (group: T) => number): number {
  return groups.filter((g) => g.roles.includes(role)).reduce((n, g) => n + size(g), 0);
}

/** The rules that relate fields of different blocks, and those that depend on the stage. */
function crossBlockRules(env: EnvironmentConfig, report: Report): void {
  const poolNamesSeen = new Set<string>();
  env.nodes.pools.forEach((p, i) => {
    if (poolNamesSeen.has(p.name)) report(['nodes', 'pools', i, 'name'], p.name, 'is declared twice; pool names must be unique');
    poolNamesSeen.add(p.name);
  });
  // Zone features need nodes in several zones to mean anything: the scheduler spreads over the zones nodes are in.
  const zones = new Set(env.nodes.pools.flatMap((p) => p.zones));
  const needZones: Array<[boolean, string, number, string[]]> = [
    [env.kafka.rackAwareness, 'kafka.rackAwareness', env.kafka.replicationFactor, ['kafka.replicationFactor']],
    [env.elasticsearch.zoneAwareness, 'elasticsearch.zoneAwareness', 2, []],
    [env.zoneSpread, 'zoneSpread', 2, []],
  ];
  for (const [on, field, least, uses] of needZones) {
    if (on && zones.size < least) report(['nodes', 'pools'], [...zones], `must span at least ${least} zones for ${field}`, uses);
  }
  const k = env.kafka;
  const brokers = membersWithRole(k.pools, 'broker', (p) => p.replicas);
  const controllers = membersWithRole(k.pools, 'controller', (p) => p.replicas);
  const poolNames = new Set<string>();
  k.pools.forEach((p, i) => {
    if (poolNames.has(p.name)) report(['kafka', 'pools', i, 'name'], p.name, 'is declared twice; pool names must be unique');
    poolNames.add(p.name);
  });
  const pools = ['kafka.pools[*].roles', 'kafka.pools[*].replicas'];
  if (brokers === 0) report(['kafka', 'pools'], k.pools.map((p) => p.name), 'must include a pool with the broker role', pools);
  if (controllers === 0) report(['kafka', 'pools'], k.pools.map((p) => p.name), 'must include a pool with the controller role', pools);
  if (k.replicationFactor > brokers) report(['kafka', 'replicationFactor'], k.replicationFactor, `must not exceed the brokers (${brokers}, kafka.pools)`, pools);
  if (k.minInsyncReplicas > k.replicationFactor) report(['kafka', 'minInsyncReplicas'], k.minInsyncReplicas, `must not exceed kafka.replicationFactor (${k.replicationFactor})`, ['kafka.replicationFactor']);
  if (k.plainListener && k.authentication !== 'scram-sha-512') report(['kafka', 'plainListener'], true, 'needs kafka.authentication "scram-sha-512": mutual TLS cannot run over plaintext');
  for (const [name, topic] of Object.entries(k.topics)) {
    const replicas = topic.replicas ?? k.replicationFactor;
    if (topic.replicas !== undefined && replicas > brokers) report(['kafka', 'topics', name, 'replicas'], replicas, `must not exceed the brokers (${brokers}, kafka.pools)`, pools);
    if ((topic.minInsyncReplicas ?? k.minInsyncReplicas) > replicas) {
      report(['kafka', 'topics', name, 'minInsyncReplicas'], topic.minInsyncReplicas ?? k.minInsyncReplicas, `must not exceed the topic's replicas (${replicas})`, ['kafka.minInsyncReplicas', 'kafka.replicationFactor', `kafka.topics.${name}.replicas`]);
    }
  }
  // Topic data against the brokers' disks (the same plan KafkaCluster.addTopic checks): a partition
  // holds retention.bytes plus one segment, on a single volume.
  const brokerPools = k.pools.filter((p) => p.roles.includes('broker'));
  const diskBytes = brokerPools.reduce((sum, p) => sum + p.replicas * p.volumes.reduce((v, s) => v + sizeBytesOf(s), 0), 0);
  const smallestVolume = Math.min(...brokerPools.flatMap((p) => p.volumes.map(sizeBytesOf)));
  // Everything the disk plan reads: a value that failed its own rule is not quoted again here.
  const plan = [...pools, 'kafka.pools[*].volumes', 'kafka.replicationFactor', 'kafka.topics', 'influxdb.topic'];
  const topics: [string, KafkaTopicSettings][] = [
    ...Object.entries(k.topics).map(([name, t]) => [`kafka.topics.${name}`, t] as [string, KafkaTopicSettings]),
    ...(env.influxdb ? [['influxdb.topic', env.influxdb.topic] as [string, KafkaTopicSettings]] : []),
  ];
  let planned = 0;
  for (const [field, t] of topics) {
    const footprint = sizeBytesOf(t.retentionBytes) + sizeBytesOf(t.segmentBytes ?? DEFAULT_SEGMENT);
    if (brokerPools.length > 0 && footprint > smallestVolume) {
      report([...field.split('.'), 'retentionBytes'], t.retentionBytes, `plus one segment (${field}.segmentBytes) must fit on the smallest broker volume (${quantity(smallestVolume)}, kafka.pools[].volumes): a partition lives on a single volume`, plan);
    }
    planned += footprint * t.partitions * (t.replicas ?? k.replicationFactor);
  }
  if (brokerPools.length > 0 && planned > diskBytes * DISK_HEADROOM) {
    report(['kafka', 'pools'], `${(diskBytes / 1024 ** 3).toFixed(1)}Gi of broker volumes`, `must hold the topics (${topics.map(([f]) => f).join(', ')}: retentionBytes + one segmentBytes per partition × partitions × replicas = ${(planned / 1024 ** 3).toFixed(1)}Gi) within ${DISK_HEADROOM * 100}% of the brokers' volumes`, plan);
  }
  const scrapes = new Set<string>();
  (env.monitoring.appScrapes ?? []).forEach((a, i) => {
    if (scrapes.has(a.name)) report(['monitoring', 'appScrapes', i, 'name'], a.name, 'is declared twice; scrape names must be unique');
    scrapes.add(a.name);
  });
  if (k.productionGrade) {
    // Once: a minInsyncReplicas above the factor is reported by the rule above.
    if (k.minInsyncReplicas === k.replicationFactor) report(['kafka', 'minInsyncReplicas'], k.minInsyncReplicas, `must be lower than kafka.replicationFactor (${k.replicationFactor}) in a production-grade cluster, so one broker can fail without blocking producers`, ['kafka.replicationFactor']);
    if (controllers < 3 || controllers % 2 === 0) report(['kafka', 'pools'], `${controllers} controllers`, 'must provide an odd number of at least 3 controllers in a production-grade cluster, so the KRaft quorum survives the loss of one', pools);
    if (k.plainListener) report(['kafka', 'plainListener'], true, 'is not allowed in a production-grade cluster: every listener must use TLS');
  }
  // Strimzi names pods <cluster>-<pool>-<node id> (ids over all pools) and uses them as host names.
  const nodes = k.pools.reduce((n, p) => n + p.replicas, 0);
  k.pools.forEach((p, i) => {
    const pod = kafkaPodName(k.clusterName, p.name, nodes - 1);
    if (pod.length > 63) report(['kafka', 'pools', i, 'name'], p.name, `makes the pod name "${pod}" (with kafka.clusterName) longer than 63 characters`, ['kafka.clusterName', ...pools]);
  });
  const strimziName = longestStrimziName(k.clusterName);
  if (strimziName.length > 63) {
    report(['kafka', 'clusterName'], k.clusterName, `makes Strimzi ${STRIMZI_VERSION}'s ${strimziName.what} "${strimziName.name}" (${strimziName.length} characters) longer than 63 characters (api/.../KafkaResources.java), which Kubernetes refuses`);
  }

  const es = env.elasticsearch;
  const masters = membersWithRole(es.nodeSets, 'master', (s) => s.count);
  const data = membersWithRole(es.nodeSets, 'data', (s) => s.count);
  const setNames = new Set<string>();
  es.nodeSets.forEach((s, i) => {
    if (setNames.has(s.name)) report(['elasticsearch', 'nodeSets', i, 'name'], s.name, 'is used by two node sets');
    setNames.add(s.name);
    const refused = eckNodeSetNameRule(ES_CLUSTER_NAME, s.name, s.count);
    if (refused) report(['elasticsearch', 'nodeSets', i, 'name'], s.name, refused, [`elasticsearch.nodeSets[${i}].count`]);
  });
  const sets = ['elasticsearch.nodeSets[*].roles', 'elasticsearch.nodeSets[*].count'];
  if (masters % 2 === 0 || (es.highAvailability && masters < 3)) {
    report(['elasticsearch', 'nodeSets'], `${masters} master-eligible nodes`, `must provide an odd number${es.highAvailability ? ' of at least 3 (elasticsearch.highAvailability)' : ''} of master-eligible nodes (the counts of the node sets whose roles include "master"): a quorum needs a majority`, sets);
  }
  if (data === 0) report(['elasticsearch', 'nodeSets'], es.nodeSets.map((s) => s.name), 'must include a node set with the data role', sets);
  else if (es.replicas >= data) report(['elasticsearch', 'replicas'], es.replicas, `must be lower than the data nodes (${data}, elasticsearch.nodeSets): a replica is never allocated on its primary's node`, sets);

  const prom = env.monitoring.prometheus;
  if (sizeBytesOf(prom.retentionSize) > sizeBytesOf(prom.storage) * 0.9) {
    report(['monitoring', 'prometheus', 'retentionSize'], prom.retentionSize, 'must leave 10% of monitoring.prometheus.storage free for the WAL and compaction', ['monitoring.prometheus.storage']);
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
    // One lost node, pod or zone must not lose data or stop a path.
    if (es.replicas < 1) report(['elasticsearch', 'replicas'], es.replicas, 'must be at least 1 in a prod-stage environment: without a replica shard, one lost data node loses data');
    for (const [name, topic] of Object.entries(k.topics)) {
      if (topic.replicas !== undefined && topic.replicas < 2) report(['kafka', 'topics', name, 'replicas'], topic.replicas, 'must be at least 2 in a prod-stage environment: a single copy is lost with its broker');
    }
    const atLeastTwo: [(string | number)[], number, string][] = [
      [['monitoring', 'prometheus', 'replicas'], env.monitoring.prometheus.replicas, 'alerts stop while the only Prometheus restarts'],
      [['monitoring', 'alertmanager', 'replicas'], env.monitoring.alertmanager.replicas, 'notifications stop while the only Alertmanager restarts'],
      [['logPipeline', 'aggregator', 'replicas'], env.logPipeline.aggregator.replicas, 'logs stop flowing to Elasticsearch while the only aggregator restarts'],
      [['ingressController', 'replicas'], env.ingressController.replicas, 'every UI is down while the only controller restarts'],
    ];
    for (const [field, value, why] of atLeastTwo) if (value < 2) report(field, value, `must be at least 2 in a prod-stage environment: ${why}`);
    if (env.influxdb && env.influxdb.replicationFactor < 2) report(['influxdb', 'replicationFactor'], env.influxdb.replicationFactor, 'must be at least 2 in a prod-stage environment: a single copy of a shard is lost with its data node');
  }
  // The API server and node ranges: open (0.0.0.0/0) only with a reason, never in a prod-stage environment.
  const n = env.network;
  const open = (['apiServerCidrs', 'nodeCidrs'] as const).flatMap((field) => n[field].map((cidr, i) => ({ field, cidr, i })).filter((c) => cidrPrefix(c.cidr) < MIN_PROD_PREFIX));
  if (env.stage === 'prod') {
    for (const c of open) {
      report(['network', c.field, c.i], c.cidr, `must name the cluster's real ${c.field === 'apiServerCidrs' ? 'API server' : 'node'} addresses in a prod-stage environment (a prefix of /${MIN_PROD_PREFIX} or longer): ${c.cidr} opens the API and kubelet ports of every address, the internet's included, to the pods that may reach them`);
    }
  } else if (open.some((c) => cidrPrefix(c.cidr) === 0) && !n.openRangesReason) {
    const c = open.find((o) => cidrPrefix(o.cidr) === 0)!;
    report(['network', c.field, c.i], c.cidr, 'needs network.openRangesReason: say why the real ranges cannot be named here (the rendered README prints it beside the policies that stay open)');
  }
  if (n.openRangesReason && !open.some((c) => cidrPrefix(c.cidr) === 0)) {
    report(['network', 'openRangesReason'], n.openRangesReason, 'must be absent when network.apiServerCidrs and network.nodeCidrs name real ranges (no 0.0.0.0/0)');
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

/** `a.b[2].c` → ['a', 'b', '2', 'c']. */
function segments(field: string): string[] {
  return field.split(/[.[\]]+/).filter((s) => s.length > 0);
}

/** Whether one field lies within the other (or is it); `*` in `pattern` matches any index. */
function overlaps(field: string, pattern: string): boolean {
  const a = segments(field);
  const b = segments(pattern);
  return a.slice(0, Math.min(a.length, b.length)).every((s, i) => b[i] === '*' || b[i] === s);
}

/** The fields a cross-field issue depends on, as absolute paths: its own and those it `uses`. */
function usedFields(iss: z.core.$ZodIssue): string[] | undefined {
  const params = (iss as { params?: { at?: (string | number)[]; uses?: readonly string[] } }).params;
  if (!params?.at || !params.uses) return undefined;
  const prefix = fieldPath(iss.path.slice(0, iss.path.length - params.at.length));
  const join = (rel: string) => (prefix ? (rel.startsWith('[') ? `${prefix}${rel}` : `${prefix}.${rel}`) : rel);
  return [fieldPath(params.at), ...params.uses].map(join);
}

/** Every violation of `input` (an environment as loaded, of unknown shape), named by `environment`. */
export function environmentViolations(environment: string, input: unknown): Violation[] {
  const result = environmentSchema.safeParse(input, { error: rule, reportInput: true });
  if (result.success) return [];
  const violations: Violation[] = [];
  // A cross-field rule is left out when a field it reads already failed a rule of its own.
  const failed = result.error.issues.filter((iss) => usedFields(iss) === undefined).map((iss) => fieldPath(iss.path));
  const issues = result.error.issues.filter((iss) => !usedFields(iss)?.some((used) => failed.some((f) => overlaps(f, used))));
  for (const iss of issues) {
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
  const seen = new Map<string, number>();
  // The file each came from, when loadEnvironments() loaded it; else its position among the inputs.
  const origin = (i: number) => environmentSource(inputs[i]) ?? `environment #${i + 1}`;
  inputs.forEach((input, i) => {
    const label = environmentLabel(input, `environment #${i + 1}`);
    violations.push(...environmentViolations(label, input));
    const first = seen.get(label);
    if (first !== undefined) violations.push({ environment: label, field: 'name', value: describeValue(label), rule: `is used by two environments: ${origin(first)} and ${origin(i)}; each environment owns the folder manifests/<name>` });
    else seen.set(label, i);
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
