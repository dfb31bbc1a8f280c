/**
 * The external validators, pinned. kubeconform is a Go program installed with `go install` into the
 * git-ignored `.tools/bin` when the pinned version is not already on PATH; promtool and amtool come
 * from the Debian packages `prometheus` and `prometheus-alertmanager` (installed by .ci/run).
 * A missing or wrong-version tool is an error, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './crd-sources';

export const TOOLS_BIN = path.join(REPO_ROOT, '.tools', 'bin');

interface ToolSpec {
  /** Version text expected in `<tool> --version` output. */
  readonly version: string;
  readonly versionArgs: readonly string[];
  /** How to install it when missing. */
  readonly install: { readonly go: string } | { readonly debian: string };
}

export const TOOLS = {
  kubeconform: { version: 'v0.8.0', versionArgs: ['-v'], install: { go: 'github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0' } },
  kustomize: { version: 'v5.8.2', versionArgs: ['version'], install: { go: 'sigs.k8s.io/kustomize/kustomize/v5@v5.8.2' } },
  'kube-score': { version: 'v1.20.0', versionArgs: ['version'], install: { go: 'github.com/zegl/kube-score/cmd/kube-score@v1.20.0' } },
  actionlint: { version: '1.7.12', versionArgs: ['-version'], install: { go: 'github.com/rhysd/actionlint/cmd/actionlint@v1.7.12' } },
  promtool: { version: '2.42.', versionArgs: ['--version'], install: { debian: 'prometheus' } },
  amtool: { version: '0.25.', versionArgs: ['--version'], install: { debian: 'prometheus-alertmanager' } },
} as const satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof TOOLS;

function versionOf(binary: string, args: readonly string[]): string | undefined {
  const result = spawnSync(binary, args, { encoding: 'utf8' });
  if (result.error) return undefined;
  const text = `${result.stdout}${result.stderr}`;
  if (!text.includes('development')) return text;
  // `go install` builds report "development"; the module version is in the binary's build info.
  const info = spawnSync('go', ['version', '-m', binary], { encoding: 'utf8' });
  return info.error ? text : `${text}${info.stdout}`;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const resolved = new Map<ToolName, string>();

/** Absolute path of the pinned tool, installing Go tools on first use; throws with a remedy otherwise. */
export function tool(name: ToolName): string {
  const cached = resolved.get(name);
  if (cached) return cached;
  const spec: ToolSpec = TOOLS[name];
  const candidates = [path.join(TOOLS_BIN, name), onPath(name)].filter((c): c is string => !!c && existsSync(c));
  let found = candidates.find((c) => versionOf(c, spec.versionArgs)?.includes(spec.version));
  if (!found && 'go' in spec.install) {
    mkdirSync(TOOLS_BIN, { recursive: true });
    console.error(`installing ${spec.install.go} into ${path.relative(REPO_ROOT, TOOLS_BIN)}/`);
    execFileSync('go', ['install', spec.install.go], { env: { ...process.env, GOBIN: TOOLS_BIN }, stdio: 'inherit' });
    found = path.join(TOOLS_BIN, name);
  }
  if (!found) {
    const seen = candidates.map((c) => `${c}: ${versionOf(c, spec.versionArgs)?.split('\n')[0]}`).join('; ');
    const remedy = 'debian' in spec.install ? `apt-get install ${spec.install.debian}` : `go install ${spec.install.go}`;
    throw new Error(`${name} ${spec.version}x is required (${seen || 'not found'}); install it with: ${remedy}`);
  }
  resolved.set(name, found);
  return found;
}

if (require.main === module) {
  for (const name of Object.keys(TOOLS) as ToolName[]) console.log(`${name}: ${tool(name)}`);
}
