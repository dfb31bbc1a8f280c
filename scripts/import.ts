/**
 * `npm run import`: regenerates `imports/` offline from the vendored files.
 *
 * `cdk8s import` overwrites a group's module when the group appears in several import entries, and
 * Strimzi ships one file per CRD, so the CRDs are first regrouped into one multi-document bundle per
 * API group under `.cache/crd-bundles/` (the paths `cdk8s.yaml` lists). `cdk8s import k8s@X` always
 * downloads `_definitions.json`; the CLI's download function is pointed at the vendored copy instead.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { K8S_IMPORT_VERSION, REPO_ROOT, crdsByGroup, loadCrds } from '../render/crd-sources';

export const BUNDLE_DIR = '.cache/crd-bundles';

export function writeCrdBundles(root = REPO_ROOT): string[] {
  const dir = path.join(root, BUNDLE_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [group, crds] of crdsByGroup(loadCrds(root))) {
    const file = path.join(BUNDLE_DIR, `${group}.yaml`);
    writeFileSync(path.join(root, file), crds.map((c) => stringify(c, { lineWidth: 0 })).join('---\n'));
    files.push(file);
  }
  return files;
}

/** Regenerates the import modules into `outdir` (relative to the repository root). */
export async function runImport(outdir = 'imports'): Promise<void> {
  process.chdir(REPO_ROOT);
  const bundles = writeCrdBundles();
  const config = parse(readFileSync('cdk8s.yaml', 'utf8')) as { imports: string[] };
  const expected = [`k8s@${K8S_IMPORT_VERSION}`, ...bundles];
  if (JSON.stringify(config.imports) !== JSON.stringify(expected)) {
    throw new Error(`cdk8s.yaml imports must list exactly:\n  - ${expected.join('\n  - ')}`);
  }

  // The CLI exports no API for this, so its modules are loaded by path (the package `exports` map hides them).
  const cli = path.dirname(require.resolve('cdk8s-cli/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require(path.join(cli, 'lib', 'util.js')) as { download: (url: string) => Promise<string> };
  const definitions = path.join(REPO_ROOT, 'vendor', 'kubernetes', `v${K8S_IMPORT_VERSION}`, '_definitions.json');
  util.download = async (url: string) => {
    if (url.endsWith(`/v${K8S_IMPORT_VERSION}/_definitions.json`)) return readFileSync(definitions, 'utf8');
    if (!/^[a-z]+:\/\//.test(url)) return readFileSync(url, 'utf8');
    throw new Error(`refusing to download ${url}: every import must come from vendor/`);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importDispatch } = require(path.join(cli, 'lib', 'import', 'dispatch.js'));
  rmSync(outdir, { recursive: true, force: true });
  await importDispatch(
    expected.map((source) => ({ source })),
    {},
    { outdir, targetLanguage: 'typescript', save: false },
  );
}

if (require.main === module) {
  runImport(process.argv[2]).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
