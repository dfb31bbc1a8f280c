import { readdirSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The Strimzi release whose install files are vendored, unmodified, under
 * `vendor/strimzi/<version>/install/cluster-operator/`.
 */
export const STRIMZI_VERSION = '1.2.0';

const INSTALL_DIR = path.join(__dirname, '..', 'vendor', 'strimzi', STRIMZI_VERSION, 'install', 'cluster-operator');

/** Absolute paths of the vendored install files whose names match `pattern`, in upstream's numbered order. */
export function strimziInstallFiles(pattern: RegExp): string[] {
  return readdirSync(INSTALL_DIR)
    .filter((f) => f.endsWith('.yaml') && pattern.test(f))
    .sort()
    .map((f) => path.join(INSTALL_DIR, f));
}
