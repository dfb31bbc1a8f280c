/**
 * The external tools, pinned in one place. Every tool is a Go program built from the Go module proxy
 * into the git-ignored `.tools/bin/<name>`:
 *
 * - `goInstall`: modules that `go install module@version` accepts as they are;
 * - `module`: programs whose module carries `replace` directives (or needs a checksum the database
 *   lacks, or a custom build): a small Go module of ours under `tools/go/<dir>/` that `require`s the
 *   upstream module at its pinned version, repeats its `replace` lines and is pinned by its go.sum.
 *   The version lives in that go.mod; `version` here is what the built binary must report.
 *
 * `npm run tools` builds what is missing or stale (a stamp beside each binary records the inputs it
 * was built from: the row and the module's go.mod/go.sum). Every Go build is also kept in the cache
 * outside the clone (`<cacheRoot>/bin/<name>/<inputs and Go version>`), so a fresh clone with a warm
 * cache copies its tools instead of linking each again. Tests only resolve tools with `tool()`,
 * which never builds: a missing or mismatched tool fails at once with the command that fixes it.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { buildFromArchive, type CmakeArchive } from './cmake-build';
import { runLogged } from './run-logged';
import { cacheRoot, fetchArchive, unpackArchive, type SourceArchive } from './source-archive';

export const TOOLS_BIN = path.join(REPO_ROOT, '.tools', 'bin');

/** The Go every row builds with: the newest `go` line among the pinned modules (trivy v0.74.0's go.mod). */
export const GO_MINIMUM = '1.26.3';

interface GoInstall {
  /** `module/path/cmd/x@vX.Y.Z`. */
  readonly goInstall: string;
  /** Linker flags (`go install -ldflags`), e.g. the version text upstream's release build stamps in. */
  readonly ldflags?: string;
  /** Extra environment for the build (e.g. GOEXPERIMENT). */
  readonly env?: Readonly<Record<string, string>>;
}

interface GoModule {
  /** Folder under tools/go/ holding the tools module (go.mod, go.sum, tools.go). */
  readonly module: string;
  /** Package to build, as imported (`github.com/x/y/cmd/z`), or `.` for a program of ours. */
  readonly package: string;
  /** Build tags (`go build -tags`). */
  readonly tags?: string;
  /** Linker flags (`go build -ldflags`), e.g. the version text upstream's release build stamps in. */
  readonly ldflags?: string;
  /** Extra environment for the build (e.g. GOEXPERIMENT). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A Go module built from its pinned source archive (tools/source-archive.ts), with the go.mod/go.sum it ships. */
interface GoSource {
  readonly source: SourceArchive;
  /** Package to build, relative to the module root (`./cmd/x`). */
  readonly package: string;
  /** Linker flags (`go build -ldflags`), e.g. the version text upstream's release build stamps in. */
  readonly ldflags?: string;
}

interface ToolSpec {
  /** Text the binary's version output must contain. */
  readonly version: string;
  readonly versionArgs: readonly string[];
  readonly build: GoInstall | GoModule | GoSource | CmakeArchive;
}

/**
 * influxdb-cluster v1.8.11-c1.2.0 (github.com/chengshiwen/influxdb-cluster), the version of the prod
 * images: the tag's `git archive`, the same file as ../shared/upstream/influxdb-cluster/ (SOURCES.md).
 */
const INFLUXDB_CLUSTER_SOURCE: SourceArchive = {
  url: 'https://github.com/chengshiwen/influxdb-cluster/archive/refs/tags/v1.8.11-c1.2.0.tar.gz',
  sha256: 'bcbd2856bca53b2b812447f24d5674031acbfd0cb2b326dcf35a186569925a05',
  env: 'INFLUXDB_CLUSTER_SOURCE',
  root: 'influxdb-cluster-1.8.11-c1.2.0',
};
/**
 * The stamp of upstream's release build (build.py: `-X main.version= -X main.branch= -X main.commit=`,
 * the branch being `git rev-parse --abbrev-ref HEAD` of the tag's detached checkout).
 */
const INFLUXDB_CLUSTER_LDFLAGS = '-X main.version=1.8.11-c1.2.0 -X main.branch=HEAD -X main.commit=194fcaae32ff8e5d7486d60590af55f278e3cee7';

/**
 * Plugins compiled into the fluent-bit tool (everything else off with FLB_MINIMAL): the inputs,
 * filters and outputs the rendered forwarder and aggregator configurations use, and storage_backlog,
 * which filesystem buffering loads by itself. test/fluent-bit-config.test.ts derives the used set
 * from manifests/ and fails when one is missing here.
 */
export const FLUENT_BIT_PLUGINS = [
  'IN_TAIL', 'IN_SYSTEMD', 'IN_KAFKA', 'IN_STORAGE_BACKLOG',
  'FILTER_KUBERNETES', 'FILTER_MODIFY', 'FILTER_NEST', 'FILTER_PARSER',
  'OUT_ES', 'OUT_KAFKA',
] as const;

/**
 * Plugins compiled into the telegraf tool (Telegraf's custom build, docs/CUSTOMIZATION.md): every
 * input, output, parser and serializer the rendered configurations use. test/telegraf.test.ts derives
 * that set from manifests/ and fails when one is missing here.
 */
export const TELEGRAF_PLUGINS = [
  'inputs.cpu', 'inputs.disk', 'inputs.diskio', 'inputs.http_response', 'inputs.internal', 'inputs.kafka_consumer', 'inputs.kernel', 'inputs.kubernetes',
  'inputs.mem', 'inputs.system',
  'outputs.influxdb', 'outputs.kafka', 'outputs.prometheus_client',
  'parsers.influx', 'serializers.influx',
] as const;

export const TOOLS = {
  kubeconform: { version: 'v0.8.0', versionArgs: ['-v'], build: { goInstall: 'github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0' } },
  // Let's Encrypt's test ACME server and its DNS/HTTP-01 companion: staging's and prod's ACME issuer runs
  // against them in test/secrets.test.ts. Neither prints its module version; the check reads the build info.
  pebble: { version: 'github.com/letsencrypt/pebble/v2\tv2.10.3', versionArgs: ['-version'], build: { goInstall: 'github.com/letsencrypt/pebble/v2/cmd/pebble@v2.10.3' } },
  'pebble-challtestsrv': { version: 'github.com/letsencrypt/pebble/v2\tv2.10.3', versionArgs: ['-h'], build: { goInstall: 'github.com/letsencrypt/pebble/v2/cmd/pebble-challtestsrv@v2.10.3' } },
  kustomize: { version: 'v5.8.2', versionArgs: ['version'], build: { goInstall: 'sigs.k8s.io/kustomize/kustomize/v5@v5.8.2' } },
  'kube-score': { version: 'v1.20.0', versionArgs: ['version'], build: { goInstall: 'github.com/zegl/kube-score/cmd/kube-score@v1.20.0' } },
  actionlint: { version: '1.7.12', versionArgs: ['-version'], build: { goInstall: 'github.com/rhysd/actionlint/cmd/actionlint@v1.7.12' } },
  // Prometheus 3.5.0 is the Go module v0.305.0; the version text is what upstream's release build stamps in.
  promtool: {
    version: 'version 3.5.0',
    versionArgs: ['--version'],
    build: { module: 'promtool', package: 'github.com/prometheus/prometheus/cmd/promtool', ldflags: '-X github.com/prometheus/common/version.Version=3.5.0' },
  },
  // `go install` leaves amtool's version text empty; stamp it the way upstream's release build does.
  amtool: {
    version: 'version 0.28.1',
    versionArgs: ['--version'],
    build: { goInstall: 'github.com/prometheus/alertmanager/cmd/amtool@v0.28.1', ldflags: '-X github.com/prometheus/common/version.Version=0.28.1' },
  },
  // trivy's module imports encoding/json/v2, which Go 1.26 compiles only with the jsonv2 experiment.
  trivy: { version: 'v0.74.0', versionArgs: ['--version'], build: { goInstall: 'github.com/aquasecurity/trivy/cmd/trivy@v0.74.0', env: { GOEXPERIMENT: 'jsonv2' } } },
  // Our test driver: the rendered health checks in Argo CD's gopher-lua and Flux's CEL evaluator, and
  // Flux's kstatus for kinds without healthCheckExprs (replaces the `healthchecks` row, which lacked kstatus).
  'health-verdicts': { version: 'health-verdicts 1.0.0', versionArgs: ['--version'], build: { module: 'health-verdicts', package: '.' } },
  // Telegraf 1.37.2 (the image the environments deploy) with only the plugins the platform renders.
  telegraf: {
    version: 'Telegraf 1.37.2',
    versionArgs: ['--version'],
    build: {
      module: 'telegraf',
      package: 'github.com/influxdata/telegraf/cmd/telegraf',
      tags: ['custom', ...TELEGRAF_PLUGINS].join(','),
      ldflags: '-X github.com/influxdata/telegraf/internal.Version=1.37.2',
    },
  },
  // InfluxDB OSS 1.8.10, the staging image's server, for the setup-script and metrics-path tests.
  influxd: {
    version: 'InfluxDB v1.8.10',
    versionArgs: ['version'],
    build: { module: 'influxd', package: 'github.com/influxdata/influxdb/cmd/influxd', ldflags: '-X main.version=1.8.10' },
  },
  // Our probe of Go's net/mail (tools/go/mail-address/main.go), the parser of Alertmanager's e-mail addresses.
  'mail-address': { version: 'mail-address 1', versionArgs: ['version'], build: { module: 'mail-address', package: '.' } },
  // The InfluxDB cluster prod runs (environments/versions.json influxdbCluster*), from its pinned source.
  'influxd-meta': {
    version: 'InfluxDB Meta v1.8.11-c1.2.0',
    versionArgs: ['version'],
    build: { source: INFLUXDB_CLUSTER_SOURCE, package: './cmd/influxd-meta', ldflags: INFLUXDB_CLUSTER_LDFLAGS },
  },
  // The cluster's data node; named apart from the OSS `influxd` above.
  'influxd-cluster-data': {
    version: 'InfluxDB v1.8.11-c1.2.0',
    versionArgs: ['version'],
    build: { source: INFLUXDB_CLUSTER_SOURCE, package: './cmd/influxd', ldflags: INFLUXDB_CLUSTER_LDFLAGS },
  },
  // influxd-ctl prints no version and has no version variable to stamp: the check finds its package
  // in the binary's build info; the stamp beside it ties it to the archive's SHA-256.
  'influxd-ctl': {
    version: 'github.com/influxdata/influxdb/cmd/influxd-ctl',
    versionArgs: ['help'],
    build: { source: INFLUXDB_CLUSTER_SOURCE, package: './cmd/influxd-ctl' },
  },
  // Fluent Bit 4.2.0 (the image the environments deploy), the forwarder's and aggregator's program.
  // SOURCES.md: the shared copy lacks the bundled sqlite3.c (system SQLite instead), and GCC 12 compiles
  // the bundled simdutf only at -O1. No -g (FLB_DEBUG off): the tests need no symbols and linking is faster.
  'fluent-bit': {
    version: 'Fluent Bit v4.2.0',
    versionArgs: ['--version'],
    build: {
      archive: {
        url: 'https://github.com/fluent/fluent-bit/archive/refs/tags/v4.2.0.tar.gz',
        sha256: '6725ee98926fdf54029816bb1fa83576649b8c3989052fa659c954c435c3c9ab',
        env: 'FLUENT_BIT_SOURCE',
        root: 'fluent-bit-4.2.0',
      },
      cmake: [
        '-DFLB_MINIMAL=On', ...FLUENT_BIT_PLUGINS.map((plugin) => `-DFLB_${plugin}=On`),
        '-DFLB_PREFER_SYSTEM_LIB_SQLITE=On', '-DFLB_DEBUG=Off', '-DFLB_SHARED_LIB=Off', '-DFLB_EXAMPLES=Off',
        '-DFLB_WASM=Off', '-DFLB_LUAJIT=Off', '-DFLB_PROXY_GO=Off',
        '-DCMAKE_C_FLAGS=-O1', '-DCMAKE_CXX_FLAGS=-O1',
      ],
      target: 'fluent-bit-bin',
      output: 'bin/fluent-bit',
      // Without libsystemd-dev CMake silently drops the systemd input (every forwarder config is then
      // refused); without libsasl2-dev the bundled librdkafka has no SASL (SCRAM-SHA-512 fails at run time).
      debian: ['cmake', 'make', 'gcc', 'g++', 'pkg-config', 'flex', 'bison', 'libyaml-dev', 'libssl-dev', 'libsqlite3-dev', 'libsystemd-dev', 'libsasl2-dev'],
    },
  },
  // Our Kafka stand-in (tools/go/kafka-fake/main.go): franz-go's kfake on loopback with SCRAM over TLS (prod's
  // listener), SCRAM without TLS (`-sasl-plaintext`, dev's plain listener) or plaintext.
  'kafka-fake': { version: 'kafka-fake 3', versionArgs: ['version'], build: { module: 'kafka-fake', package: '.' } },
  // A real API server for the harness in test/apiserver/: per supported Kubernetes version, the etcd
  // kubeadm deploys with it (cmd/kubeadm/app/constants/constants.go DefaultEtcdVersion) and
  // kube-apiserver with the version text upstream's release build stamps in (hack/lib/version.sh).
  'etcd-3.5': { version: 'etcd Version: 3.5.24', versionArgs: ['--version'], build: { module: 'etcd-3.5', package: '.' } },
  'etcd-3.6': { version: 'etcd Version: 3.6.8', versionArgs: ['--version'], build: { module: 'etcd-3.6', package: '.' } },
  'kube-apiserver-1.32': {
    version: 'Kubernetes v1.32.13',
    versionArgs: ['--version'],
    build: {
      module: 'kube-apiserver-1.32',
      package: 'k8s.io/kubernetes/cmd/kube-apiserver',
      ldflags: '-X k8s.io/component-base/version.gitVersion=v1.32.13 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=32',
    },
  },
  'kube-apiserver-1.36': {
    version: 'Kubernetes v1.36.3',
    versionArgs: ['--version'],
    build: {
      module: 'kube-apiserver-1.36',
      package: 'k8s.io/kubernetes/cmd/kube-apiserver',
      ldflags: '-X k8s.io/component-base/version.gitVersion=v1.36.3 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=36',
    },
  },
  // The rest of the test cluster (test/support/cluster.ts): the controller manager and scheduler of the
  // same release as kube-apiserver-1.36, from a module of their own (tools/go/kube-control-plane-1.36).
  'kube-controller-manager-1.36': {
    version: 'Kubernetes v1.36.3',
    versionArgs: ['--version'],
    build: {
      module: 'kube-control-plane-1.36',
      package: 'k8s.io/kubernetes/cmd/kube-controller-manager',
      ldflags: '-X k8s.io/component-base/version.gitVersion=v1.36.3 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=36',
    },
  },
  'kube-scheduler-1.36': {
    version: 'Kubernetes v1.36.3',
    versionArgs: ['--version'],
    build: {
      module: 'kube-control-plane-1.36',
      package: 'k8s.io/kubernetes/cmd/kube-scheduler',
      ldflags: '-X k8s.io/component-base/version.gitVersion=v1.36.3 -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=36',
    },
  },
  // KWOK's controller: the test cluster's nodes, and the kubelet's part of a pod's life (Pending → Running → Ready).
  kwok: { version: 'v0.8.0', versionArgs: ['--version'], build: { goInstall: 'sigs.k8s.io/kwok/cmd/kwok@v0.8.0' } },
  // Flux's kustomize-controller at the version the bootstrap deploys (Flux v2.9.4); it prints no version,
  // so the check reads the module version from the build info.
  'kustomize-controller': {
    version: 'github.com/fluxcd/kustomize-controller\tv1.9.4',
    versionArgs: ['--help'],
    build: { module: 'kustomize-controller', package: 'github.com/fluxcd/kustomize-controller' },
  },
  // The operators the environments deploy (environments/versions.json), run out-of-cluster by the
  // harness. The version text matters: prometheus-operator derives its config-reloader image tag from it.
  'prometheus-operator': {
    version: 'version 0.93.0',
    versionArgs: ['--version'],
    build: { module: 'prometheus-operator', package: 'github.com/prometheus-operator/prometheus-operator/cmd/operator', ldflags: '-X github.com/prometheus/common/version.Version=0.93.0' },
  },
  // External Secrets Operator (environments/versions.json externalSecrets): copies Secrets across
  // namespaces and generates the platform's passwords. It prints no version; the check reads the build info.
  'external-secrets': {
    version: 'github.com/external-secrets/external-secrets\tv0.16.2',
    versionArgs: ['--help'],
    build: { module: 'external-secrets', package: 'github.com/external-secrets/external-secrets' },
  },
  'eck-operator': {
    version: 'version 3.5.0',
    versionArgs: ['--version'],
    build: { module: 'eck-operator', package: 'github.com/elastic/cloud-on-k8s/v3/cmd', ldflags: '-X github.com/elastic/cloud-on-k8s/v3/pkg/about.version=3.5.0' },
  },
  // cert-manager v1.21.2's controllers (environments/versions.json certManager*) behind our main
  // (tools/go/cert-manager/main.go): upstream's main is the nested module .../cmd/controller, which the
  // module proxy does not serve. The version stamp is upstream's release ldflag (pkg/util.AppVersion).
  'cert-manager': {
    version: 'cert-manager controller (our main) v1.21.2',
    versionArgs: ['--version'],
    build: { module: 'cert-manager', package: '.', ldflags: '-X github.com/cert-manager/cert-manager/pkg/util.AppVersion=v1.21.2' },
  },
} as const satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

const binaryOf = (name: ToolName) => path.join(TOOLS_BIN, name);
const stampOf = (name: ToolName) => `${binaryOf(name)}.stamp`;

/** What the binary was built from: the row, the tools module's go.mod and go.sum, and for a program of ours its Go sources. */
function inputsOf(name: ToolName): string {
  const spec: ToolSpec = TOOLS[name];
  const hash = createHash('sha256').update(JSON.stringify(spec));
  if ('module' in spec.build) {
    const dir = path.join(REPO_ROOT, 'tools', 'go', spec.build.module);
    for (const file of ['go.mod', 'go.sum']) hash.update(readFileSync(path.join(dir, file)));
    if (spec.build.package === '.') for (const file of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

/** The command that builds `name`, as a person would type it. */
export function buildCommand(name: ToolName): string {
  return `npm run tools -- ${name}`;
}

/** Why `name` cannot be used as it is, or undefined when it is built, current and reports its version. */
export function toolProblem(name: ToolName): string | undefined {
  const binary = binaryOf(name);
  if (!existsSync(binary)) return `${name} is not built`;
  if (!existsSync(stampOf(name)) || readFileSync(stampOf(name), 'utf8') !== inputsOf(name)) return `${name} was built from other pins`;
  const spec: ToolSpec = TOOLS[name];
  const run = spawnSync(binary, spec.versionArgs, { encoding: 'utf8' });
  let text = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  // `go install` builds of some tools report "development"; the module version is in the build info.
  if (!text.includes(spec.version)) text += spawnSync('go', ['version', '-m', binary], { encoding: 'utf8' }).stdout ?? '';
  if (run.error || !text.includes(spec.version)) return `${name} reports "${text.split('\n')[0]?.trim()}", not ${spec.version}`;
  return undefined;
}

let goVersion: string | undefined;

/** Where a Go build of `name` from its current inputs is kept between clones: the inputs and the Go that built it. */
function cachedBinaryOf(name: ToolName): string {
  goVersion ??= execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
  const key = createHash('sha256').update(inputsOf(name)).update(goVersion).digest('hex').slice(0, 16);
  return path.join(cacheRoot(), 'bin', name, key);
}

/** Copies `from` to `to` through a temporary file, so an interrupted copy never leaves a partial binary. */
function copyBinary(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, `${to}.partial`);
  chmodSync(`${to}.partial`, 0o755);
  renameSync(`${to}.partial`, to);
}

/**
 * `-ldflags` of a Go build: the row's own, and `-w` (no DWARF tables): nobody steps through these
 * binaries with a debugger, and linking without them is faster, which counts most in a cold CI run.
 */
function linkerFlags(ldflags: string | undefined): string[] {
  return ['-ldflags', ['-w', ldflags].filter(Boolean).join(' ')];
}

/** Builds `name` into .tools/bin unless it is current (a Go build kept in the cache is copied instead). */
export async function buildTool(name: ToolName, log: (line: string) => void = console.error): Promise<void> {
  const spec: ToolSpec = TOOLS[name];
  const cached = 'archive' in spec.build ? undefined : cachedBinaryOf(name);
  if (!toolProblem(name)) {
    // A current binary built before the cache existed (or with the cache emptied) fills it.
    if (cached && !existsSync(cached)) copyBinary(binaryOf(name), cached);
    return;
  }
  mkdirSync(TOOLS_BIN, { recursive: true });
  const started = Date.now();
  if (cached && existsSync(cached)) {
    copyBinary(cached, binaryOf(name));
    writeFileSync(stampOf(name), inputsOf(name));
    const problem = toolProblem(name);
    if (!problem) {
      log(`${name}: copied the cached build ${cached}`);
      return;
    }
    log(`${name}: the cached build ${cached} is unusable (${problem}); building it again`);
  }
  if ('source' in spec.build) {
    const { source, package: pkg, ldflags } = spec.build;
    const tree = unpackArchive(source, fetchArchive(source, log), path.join(cacheRoot(), 'sources', source.sha256));
    log(`building ${name}: go build ${pkg} in ${tree}`);
    const args = ['build', '-trimpath', ...linkerFlags(ldflags), '-o', binaryOf(name), pkg];
    await runLogged(name, 'go', args, { cwd: tree });
  } else if ('archive' in spec.build) {
    await buildFromArchive(name, spec.build, binaryOf(name), log);
  } else if ('goInstall' in spec.build) {
    log(`building ${name}: go install ${spec.build.goInstall}`);
    const { goInstall, ldflags } = spec.build;
    await runLogged(name, 'go', ['install', ...linkerFlags(ldflags), goInstall], { env: { ...process.env, ...spec.build.env, GOBIN: TOOLS_BIN } });
  } else {
    const { module, package: pkg, tags, ldflags, env } = spec.build;
    log(`building ${name}: go build ${pkg} in tools/go/${module}`);
    const args = ['build', '-trimpath', ...(tags ? ['-tags', tags] : []), ...linkerFlags(ldflags), '-o', binaryOf(name), pkg];
    await runLogged(name, 'go', args, { cwd: path.join(REPO_ROOT, 'tools', 'go', module), env: { ...process.env, ...env } });
  }
  writeFileSync(stampOf(name), inputsOf(name));
  const problem = toolProblem(name);
  if (problem) throw new Error(`built ${name}, but ${problem}`);
  if (cached) copyBinary(binaryOf(name), cached);
  log(`built ${name} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The first version number (`X.Y.Z`) the built binary prints for its version command. */
export function reportedVersion(name: ToolName): string {
  const spec: ToolSpec = TOOLS[name];
  const run = spawnSync(tool(name), spec.versionArgs, { encoding: 'utf8' });
  const match = /\d+\.\d+\.\d+/.exec(`${run.stdout ?? ''}${run.stderr ?? ''}`);
  if (!match) throw new Error(`${name} ${spec.versionArgs.join(' ')} printed no version`);
  return match[0];
}

const resolved = new Map<ToolName, string>();

/** Absolute path of the pinned tool; never builds. Throws with the command that fixes it. */
export function tool(name: ToolName): string {
  const cached = resolved.get(name);
  if (cached) return cached;
  const problem = toolProblem(name);
  if (problem) throw new Error(`${problem}; build it with: ${buildCommand(name)}`);
  resolved.set(name, binaryOf(name));
  return binaryOf(name);
}
