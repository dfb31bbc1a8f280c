/**
 * `npm run import`: regenerates `imports/` offline from the vendored files.
 *
 * `cdk8s import` overwrites a group's module when the group appears in several import entries, and
 * Strimzi ships one file per CRD, so the CRDs are first regrouped into one multi-document bundle per
 * API group under `.cache/crd-bundles/` (the paths `cdk8s.yaml` lists). `cdk8s import k8s@X` always
 * downloads `_definitions.json`; the CLI's download function is pointed at the vendored copy instead.
 *
 * The CLI writes TypeScript; each module is kept as JavaScript (`.js`, what runs) and declarations
 * (`.d.ts`, what the type checker reads). The type checker then skips the generated code (skipLibCheck)
 * instead of checking 18 MB of it on every run, and nothing has to transpile it before it runs. Both
 * are derived from the one file alone: esbuild strips the types, and TypeScript's isolated-declarations
 * emitter writes the declarations without a type checker (the generated code annotates every export,
 * which that emitter requires; a module that does not is an error here, not a silent `any`).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transformSync } from 'esbuild';
import * as ts from 'typescript';
import { parse } from 'yaml';
import { K8S_IMPORT_VERSION, REPO_ROOT, crdsByGroup, loadCrds } from '../render/crd-sources';

export const BUNDLE_DIR = '.cache/crd-bundles';

export function writeCrdBundles(root = REPO_ROOT): string[] {
  const dir = path.join(root, BUNDLE_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [group, crds] of crdsByGroup(loadCrds(root))) {
    const file = path.join(BUNDLE_DIR, `${group}.yaml`);
    // One JSON document per CRD: JSON is YAML, and it costs a fraction of YAML's serializer.
    writeFileSync(path.join(root, file), crds.map((c) => JSON.stringify(c)).join('\n---\n'));
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
  const generated = mkdtempSync(path.join(os.tmpdir(), 'cdk8s-import-'));
  try {
    await importDispatch(
      expected.map((source) => ({ source })),
      {},
      { outdir: generated, targetLanguage: 'typescript', save: false },
    );
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    for (const file of readdirSync(generated).filter((f) => f.endsWith('.ts')).sort()) {
      const source = readFileSync(path.join(generated, file), 'utf8');
      const name = file.slice(0, -'.ts'.length);
      writeFileSync(path.join(outdir, `${name}.js`), transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' }).code);
      writeFileSync(path.join(outdir, `${name}.d.ts`), declarations(file, source));
    }
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
}

/** The `.d.ts` text of one generated module, or an error naming what the emitter could not declare. */
function declarations(file: string, source: string): string {
  const { outputText, diagnostics = [] } = ts.transpileDeclaration(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { isolatedDeclarations: true, declaration: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
  });
  if (diagnostics.length > 0) {
    const messages = diagnostics.slice(0, 5).map((d) => `  ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    throw new Error(`cannot declare the generated module ${file} without a type checker (${diagnostics.length} problem(s)):\n${messages.join('\n')}`);
  }
  return outputText;
}

if (require.main === module) {
  runImport(process.argv[2]).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
