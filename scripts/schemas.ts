import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { SCHEMA_DIR, generateSchemas } from '../tools/schemas';

/** `npm run schemas`: regenerates the strict kubeconform schemas (see tools/schemas.ts). */
const count = generateSchemas();
console.log(`wrote ${count} schemas to ${path.relative(REPO_ROOT, SCHEMA_DIR)}/`);
