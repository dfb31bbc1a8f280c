/**
 * Runs the real tools over rendered objects: kubeconform (schemas), promtool (alert and recording
 * rules and their unit tests) and amtool (Alertmanager configuration). Each returns a result that
 * tests assert on, never a silent pass when a tool is missing (see tools.ts).
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { schemaLocations } from './schemas';
import { objectId, parseObject, toYaml, type RenderedObject } from '../render/manifests';
import { tool } from './index';

export interface KubeconformResult {
  readonly summary: { valid: number; invalid: number; errors: number; skipped: number };
  /** Every resource that was not valid, with kubeconform's message. */
  readonly problems: string[];
}

/** kubeconform's arguments for a strict run against one Kubernetes version; the folders go last. */
export function kubeconformArgs(kubernetesVersion: string, schemaDir?: string): string[] {
  // kustomization.yaml files group the objects for Argo CD/Flux; they are not Kubernetes objects.
  const args = ['-strict', '-summary', '-output', 'json', '-kubernetes-version', kubernetesVersion, '-n', '2', '-ignore-filename-pattern', 'kustomization\\.yaml$'];
  for (const location of schemaLocations(schemaDir)) args.push('-schema-location', location);
  return args;
}

/** kubeconform's JSON report, with each problem's file relative to `dir`. */
export function kubeconformResult(stdout: string, dir: string): KubeconformResult {
  const report = JSON.parse(stdout) as {
    resources?: Array<{ filename: string; kind: string; name: string; status: string; msg: string }>;
    summary: KubeconformResult['summary'];
  };
  const problems = (report.resources ?? [])
    .filter((r) => r.status !== 'statusValid')
    .map((r) => `${path.relative(dir, r.filename)} ${r.kind}/${r.name}: ${r.status.replace('status', '').toLowerCase()}: ${r.msg}`);
  return { summary: report.summary, problems };
}

/** Strict kubeconform over a folder of manifests against one Kubernetes version. */
export function kubeconform(dir: string, kubernetesVersion: string, schemaDir?: string): KubeconformResult {
  const run = spawnSync(tool('kubeconform'), [...kubeconformArgs(kubernetesVersion, schemaDir), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return kubeconformResult(run.stdout, dir);
}

export interface ToolRun {
  readonly ok: boolean;
  readonly output: string;
}

export interface ToolOutcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a program without blocking, so that several run at once; resolves with its outcome whatever
 * the exit status (a program that cannot start rejects).
 */
export function runAsync(binary: string, args: readonly string[], cwd?: string): Promise<ToolOutcome> {
  return new Promise((resolve, reject) => {
    execFile(binary, [...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err);
      else resolve({ status: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

function run(binary: string, args: string[], cwd?: string): ToolRun {
  const result = spawnSync(binary, args, { encoding: 'utf8', cwd });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Rule files of every PrometheusRule, as promtool reads them: `<name>.yaml` → `{groups: [...]}`. */
export function ruleFiles(objects: readonly RenderedObject[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { object } of objects) {
    if (object.kind !== 'PrometheusRule') continue;
    files.set(`${object.metadata.name}.yaml`, toYaml({ groups: (object.spec as { groups: unknown[] }).groups }));
  }
  return files;
}

function withTempDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'platform-validate-'));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `promtool check rules` over every PrometheusRule among `objects` (ok when there are none). */
export function checkRules(objects: readonly RenderedObject[]): ToolRun {
  const files = ruleFiles(objects);
  if (files.size === 0) return { ok: true, output: 'no PrometheusRule objects' };
  return withTempDir((dir) => {
    for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
    return run(tool('promtool'), ['check', 'rules', ...files.keys()], dir);
  });
}

/**
 * `promtool test rules` for every unit-test file in `testDir` whose `rule_files` are all rendered
 * among `objects`; returns one run per test file that applies.
 */
export function testRules(objects: readonly RenderedObject[], testDir: string): Map<string, ToolRun> {
  const files = ruleFiles(objects);
  const results = new Map<string, ToolRun>();
  if (!existsSync(testDir)) return results;
  return withTempDir((dir) => {
    for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
    for (const testFile of readdirSync(testDir).filter((f) => f.endsWith('.yaml')).sort()) {
      const spec = parse(readFileSync(path.join(testDir, testFile), 'utf8')) as { rule_files?: string[] };
      if (!(spec.rule_files ?? []).every((f) => files.has(f))) continue;
      copyFileSync(path.join(testDir, testFile), path.join(dir, `test-${testFile}`));
      results.set(testFile, run(tool('promtool'), ['test', 'rules', `test-${testFile}`], dir));
    }
    return results;
  });
}

/**
 * `amtool config routes test`: ok when an alert with `labels` reaches exactly `receivers`, in order
 * (the output names the receivers it reached).
 */
export function testAlertmanagerRoute(config: string, labels: Record<string, string>, receivers: readonly string[]): ToolRun {
  return withTempDir((dir) => {
    writeFileSync(path.join(dir, 'alertmanager.yaml'), config);
    const args = ['config', 'routes', 'test', '--config.file=alertmanager.yaml', `--verify.receivers=${receivers.join(',')}`];
    return run(tool('amtool'), [...args, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)], dir);
  });
}

/** `amtool check-config` on one Alertmanager configuration document. */
export function checkAlertmanagerConfig(config: string): ToolRun {
  return withTempDir((dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'alertmanager.yaml'), config);
    return run(tool('amtool'), ['check-config', 'alertmanager.yaml'], dir);
  });
}

/**
 * Every native Alertmanager configuration among `objects`: the `alertmanager.yaml` key of a ConfigMap or
 * Secret, keyed by file. The configuration prometheus-operator generates from an AlertmanagerConfig is
 * checked on the operator's own output instead (test/operators.test.ts).
 */
export function alertmanagerConfigs(objects: readonly RenderedObject[]): Map<string, string> {
  const configs = new Map<string, string>();
  for (const { file, object } of objects) {
    if (object.kind !== 'ConfigMap' && object.kind !== 'Secret') continue;
    const data = { ...(object.data as Record<string, string> | undefined), ...(object.stringData as Record<string, string> | undefined) };
    const text = data['alertmanager.yaml'];
    if (text !== undefined) configs.set(file, object.kind === 'Secret' && object.data ? Buffer.from(text, 'base64').toString('utf8') : text);
  }
  return configs;
}

/** objectId() of every object `kustomize build <dir>` produces, sorted (asynchronous, so several builds run at once). */
export async function kustomizeBuild(dir: string): Promise<string[]> {
  const { status, stdout, stderr } = await runAsync(tool('kustomize'), ['build', dir]);
  if (status !== 0) throw new Error(`kustomize build ${dir} failed (exit ${status}):\n${stderr}`);
  // kustomize writes one document per object, separated by `---` lines (block scalars are indented,
  // so the separator never occurs inside one); each document goes through the manifests' parse cache,
  // which knows the large CRDs from manifests/ already.
  return stdout
    .split(/^---\n/m)
    .filter((doc) => doc.trim() !== '')
    .map((doc, i) => parseObject(`kustomize build ${dir}, document ${i + 1}`, doc))
    .map(objectId)
    .sort();
}

/** actionlint over the repository's workflow files. */
export function lintWorkflows(root: string): ToolRun {
  return run(tool('actionlint'), ['-no-color'], root);
}
