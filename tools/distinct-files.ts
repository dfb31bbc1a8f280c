/**
 * The rendered files of several environment folders, with each distinct content written once into a
 * scratch folder under its digest. Tools that judge every document on its own scan that folder
 * instead of every environment: about half the rendered files, the CRDs above all, are identical
 * across environments, and a verdict on one content is the verdict on every file that holds it.
 * Both users judge documents one by one: kubeconform validates each resource alone
 * (pkg/validator/validator.go, `ValidateResource`), trivy queries each check with one parsed input
 * at a time (v0.74.0 pkg/iac/rego/scanner.go, `applyRule`).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvironment, objectId } from '../render/manifests';

export interface RenderedFile {
  /** Path relative to its environment folder. */
  readonly file: string;
  /** `Kind/namespace/name` (`-` for cluster-scoped objects). */
  readonly object: string;
  /** sha256 of the file's bytes; the scratch folder holds it as `<digest>.yaml`. */
  readonly digest: string;
}

/**
 * Calls `scan` with a scratch folder holding every distinct content of the folders' rendered files
 * (as `<digest>.yaml`, and nothing else: no file or folder name a tool could skip) and the files of
 * each folder; removes the scratch folder afterwards.
 */
export function withDistinctFiles<T>(envDirs: readonly string[], scan: (root: string, files: ReadonlyMap<string, readonly RenderedFile[]>) => T): T {
  const root = mkdtempSync(path.join(os.tmpdir(), 'distinct-files-'));
  try {
    const written = new Set<string>();
    const files = new Map(envDirs.map((dir) => [dir, loadEnvironment(dir).map((r) => {
      const text = readFileSync(path.join(dir, r.file));
      const digest = createHash('sha256').update(text).digest('hex');
      if (!written.has(digest)) writeFileSync(path.join(root, `${digest}.yaml`), text);
      written.add(digest);
      return { file: r.file, object: objectId(r.object), digest };
    })]));
    return scan(root, files);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
