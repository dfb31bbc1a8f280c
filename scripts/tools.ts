/**
 * `npm run tools [name ...]`: builds every pinned tool (or the named ones) into .tools/bin unless it
 * is already current (see tools/index.ts).
 *
 * From cold, the builds are most of a CI run, and one Go build alone leaves a core idle for long
 * stretches (downloading modules, linking). So builds run side by side, one more at a time than there
 * are cores (`TOOLS_JOBS` overrides it), the longest first so that no long build starts last. Tools
 * that compile the same packages (one module or source archive, or a shared Kubernetes release) form
 * a chain built one after the other, where the later ones reuse what the first compiled instead of
 * compiling it a second time beside it.
 */
import * as os from 'node:os';
import { TOOLS, buildTool, type ToolName } from '../tools';

/** The longest cold builds (README, "Build time of each tool"), longest first; the rest follow in table order. */
const LONGEST_FIRST: readonly ToolName[] = [
  'trivy', 'kube-apiserver-1.36', 'promtool', 'fluent-bit', 'influxd-meta', 'kwok', 'kube-apiserver-1.32', 'kustomize-controller',
  'telegraf', 'external-secrets', 'eck-operator', 'cert-manager', 'health-verdicts', 'prometheus-operator', 'amtool',
];

/** Modules of ours that compile the same Kubernetes release as another: chained to it. */
const SAME_PACKAGES: Readonly<Record<string, string>> = { 'kube-control-plane-1.36': 'kube-apiserver-1.36' };

function chainOf(name: ToolName): string {
  const build = TOOLS[name].build;
  if ('module' in build) return `module ${SAME_PACKAGES[build.module] ?? build.module}`;
  if ('source' in build) return `source ${build.source.sha256}`;
  if ('goInstall' in build) return `module ${build.goInstall.replace(/@.*/, '').replace(/\/cmd\/.*/, '')}`;
  return name;
}

const names = process.argv.slice(2);
for (const name of names) if (!(name in TOOLS)) throw new Error(`unknown tool "${name}"; known: ${Object.keys(TOOLS).join(', ')}`);
const wanted = (names.length ? names : Object.keys(TOOLS)) as ToolName[];
const rank = (name: ToolName) => (LONGEST_FIRST.includes(name) ? LONGEST_FIRST.indexOf(name) : LONGEST_FIRST.length);

const chains = new Map<string, ToolName[]>();
for (const name of [...wanted].sort((a, b) => rank(a) - rank(b))) chains.set(chainOf(name), [...(chains.get(chainOf(name)) ?? []), name]);
const queue = [...chains.values()];
const jobs = Number(process.env.TOOLS_JOBS) || os.availableParallelism() + 1;
const failures: unknown[] = [];

async function worker(): Promise<void> {
  // A failed build stops new ones from starting; the ones under way finish, and every failure is reported.
  for (let chain = queue.shift(); chain && !failures.length; chain = queue.shift()) {
    try {
      for (const name of chain) await buildTool(name);
    } catch (error) {
      failures.push(error);
    }
  }
}

void Promise.all(Array.from({ length: jobs }, worker)).then(() => {
  if (!failures.length) return;
  for (const failure of failures) console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
