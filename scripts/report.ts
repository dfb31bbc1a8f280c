/**
 * `npm run report`: renders every environment (atomically, like `npm run synth`, which also writes
 * `manifests/<env>/README.md`) and prints each environment's footprint table.
 */
import * as path from 'node:path';
import { renderAll } from '../main';
import { REPO_ROOT } from './lib/crd-sources';
import { flowDiagram, footprint, footprintMarkdown } from './lib/footprint';
import { synthesize } from './lib/synth';

const tree = renderAll();
synthesize({ root: path.resolve(REPO_ROOT), render: () => tree });
for (const [env, objects] of tree) console.log(footprintMarkdown(env, footprint(objects), flowDiagram(objects)));
