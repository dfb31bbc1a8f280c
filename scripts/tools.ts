/**
 * `npm run tools [name ...]`: builds every pinned tool (or the named ones) into .tools/bin unless it
 * is already current (see tools/index.ts).
 */
import { TOOLS, buildTool, type ToolName } from '../tools';

const names = process.argv.slice(2);
for (const name of names) if (!(name in TOOLS)) throw new Error(`unknown tool "${name}"; known: ${Object.keys(TOOLS).join(', ')}`);
for (const name of (names.length ? names : Object.keys(TOOLS)) as ToolName[]) buildTool(name);
