/**
 * `npm run report`: renders every environment (atomically, like `npm run synth`, which also writes
 * `manifests/<env>/README.md`) and prints each environment's footprint table and capacity model.
 */
import * as path from 'node:path';
import { capacityNotes, renderAll } from '../main';
import { REPO_ROOT } from '../render/crd-sources';
import { flowDiagram, footprint, footprintMarkdown } from '../render/footprint';
import { synthesize } from '../render/synth';

const tree = renderAll();
const notes = capacityNotes();
synthesize({ root: path.resolve(REPO_ROOT), render: () => tree, notes: () => notes });
for (const [env, objects] of tree) console.log(footprintMarkdown(env, footprint(objects), flowDiagram(objects)), notes.get(env) ?? '');
