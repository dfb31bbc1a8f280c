/**
 * The tool-backed rungs of the validation ladder over a whole rendered tree at once, for
 * `npm run validate` and the bench: one kubeconform run per Kubernetes version over every
 * environment, one `promtool check rules` and one `promtool test rules` over the rule files of every
 * environment, one `amtool check-config` over every Alertmanager configuration. The runs are started
 * together and awaited together; kubeconform needs only the folders, so it starts before the
 * manifests are parsed in-process.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import type { ManifestTree } from '../render/manifests';
import { alertmanagerConfigs, kubeconformArgs, kubeconformResult, ruleFiles, runAsync, type ToolOutcome } from './validators';
import { tool } from './index';

export interface ToolCall {
  /** What the call checks, to attribute its problems. */
  readonly label: string;
  readonly binary: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  /** Problems found in the call's outcome (empty: passed). */
  readonly judge: (outcome: ToolOutcome) => string[];
}

/** Runs the calls together; every problem, prefixed by its call's label. */
export async function runCalls(calls: readonly ToolCall[]): Promise<string[]> {
  const outcomes = await Promise.all(calls.map((call) => runAsync(call.binary, call.args, call.cwd)));
  return calls.flatMap((call, i) => call.judge(outcomes[i]).map((p) => `${call.label}: ${p}`));
}

/** kubeconform over every environment folder of `manifests`, once per Kubernetes version. */
export function kubeconformCalls(manifests: string, envs: readonly string[], objectCount: () => number): ToolCall[] {
  return K8S_VALIDATION_VERSIONS.map((version) => ({
    label: `kubeconform (Kubernetes ${version})`,
    binary: tool('kubeconform'),
    args: [...kubeconformArgs(version), ...envs.map((env) => path.join(manifests, env))],
    judge: ({ stdout, stderr }) => {
      if (!stdout.trim()) return [`no report: ${stderr.trim()}`];
      const { summary, problems } = kubeconformResult(stdout, manifests);
      if (summary.skipped > 0) problems.push(`${summary.skipped} object(s) skipped`);
      if (summary.valid !== objectCount()) problems.push(`${summary.valid} of ${objectCount()} objects valid`);
      return problems;
    },
  }));
}

const failed = (outcome: ToolOutcome) => (outcome.status === 0 ? [] : [`${outcome.stdout}${outcome.stderr}`.trim()]);

/**
 * promtool and amtool over the rule files, rule unit tests (`testDir`) and Alertmanager
 * configurations of every environment, written under `work/<env>/`.
 */
export function configCalls(tree: ManifestTree, testDir: string, work: string): ToolCall[] {
  const rules: string[] = [];
  const tests: string[] = [];
  const configs: string[] = [];
  const testFiles = existsSync(testDir) ? readdirSync(testDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const specs = new Map(testFiles.map((f) => [f, parse(readFileSync(path.join(testDir, f), 'utf8')) as { rule_files?: string[] }]));
  for (const [env, objects] of tree) {
    mkdirSync(path.join(work, env), { recursive: true });
    const files = ruleFiles(objects);
    for (const [name, content] of files) {
      writeFileSync(path.join(work, env, name), content);
      rules.push(`${env}/${name}`);
    }
    // A unit test applies where every rule file it loads is rendered (its paths are relative to it).
    for (const [testFile, spec] of specs) {
      if (!(spec.rule_files ?? []).every((f) => files.has(f))) continue;
      copyFileSync(path.join(testDir, testFile), path.join(work, env, `test-${testFile}`));
      tests.push(`${env}/test-${testFile}`);
    }
    for (const [file, config] of alertmanagerConfigs(objects)) {
      // Named after the manifest it came from, so amtool's output points at it.
      const name = `alertmanager-${file.replace(/[^A-Za-z0-9.-]/g, '_')}`;
      writeFileSync(path.join(work, env, name), config);
      configs.push(`${env}/${name}`);
    }
  }
  const calls: ToolCall[] = [];
  if (rules.length > 0) calls.push({ label: 'promtool check rules', binary: tool('promtool'), args: ['check', 'rules', ...rules], cwd: work, judge: failed });
  if (tests.length > 0) calls.push({ label: 'promtool test rules', binary: tool('promtool'), args: ['test', 'rules', ...tests], cwd: work, judge: failed });
  if (configs.length > 0) calls.push({ label: 'amtool check-config', binary: tool('amtool'), args: ['check-config', ...configs], cwd: work, judge: failed });
  return calls;
}
