import { parse } from 'yaml';
import { FILTER_KEYS, INPUT_KEYS, OUTPUT_KEYS, PARSER_KEYS, PASS_THROUGH_PREFIXES, SECTIONS, SERVICE_KEYS } from './fluent-bit-parameters';

const KINDS = { inputs: INPUT_KEYS, filters: FILTER_KEYS, outputs: OUTPUT_KEYS } as const;

/**
 * Problems in a Fluent Bit YAML configuration: unknown sections, service keys, plugins or plugin
 * parameters (against the documented lists of the pinned version), and misplaced structure.
 * An empty list means the configuration is structurally valid.
 */
export function validateFluentBitYaml(text: string): string[] {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text, { uniqueKeys: true });
  } catch (err) {
    return [`not valid YAML: ${(err as Error).message}`];
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return ['the document must be a map of sections'];
  const root = doc as Record<string, unknown>;
  for (const section of Object.keys(root)) if (!(SECTIONS as readonly string[]).includes(section)) problems.push(`unknown section "${section}"`);
  const service = (root.service ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(service)) if (!SERVICE_KEYS.includes(key.toLowerCase())) problems.push(`service: unknown key "${key}"`);
  const parsers = root.parsers ?? [];
  if (!Array.isArray(parsers)) problems.push('parsers: must be a list');
  else parsers.forEach((parser: Record<string, unknown>, i: number) => {
    if (typeof parser?.name !== 'string' || typeof parser?.format !== 'string') problems.push(`parsers[${i}]: needs a name and a format`);
    for (const key of Object.keys(parser ?? {})) if (!PARSER_KEYS.includes(key.toLowerCase())) problems.push(`parsers[${i}]: unknown key "${key}"`);
  });
  const pipeline = root.pipeline as Record<string, unknown> | undefined;
  if (!pipeline || typeof pipeline !== 'object') return [...problems, 'pipeline: missing'];
  for (const key of Object.keys(pipeline)) if (!(key in KINDS)) problems.push(`pipeline: unknown subsection "${key}"`);
  if (!Array.isArray(pipeline.inputs) || pipeline.inputs.length === 0) problems.push('pipeline.inputs: must list at least one input');
  if (!Array.isArray(pipeline.outputs) || pipeline.outputs.length === 0) problems.push('pipeline.outputs: must list at least one output');
  for (const [kind, known] of Object.entries(KINDS)) {
    const plugins = pipeline[kind] ?? [];
    if (!Array.isArray(plugins)) { problems.push(`pipeline.${kind}: must be a list`); continue; }
    plugins.forEach((plugin: Record<string, unknown>, i: number) => {
      const where = `pipeline.${kind}[${i}]`;
      const name = typeof plugin?.name === 'string' ? plugin.name.toLowerCase() : undefined;
      if (!name) { problems.push(`${where}: has no name`); return; }
      const keys = known[name];
      if (!keys) { problems.push(`${where}: unknown plugin "${name}"`); return; }
      if (kind !== 'inputs' && plugin.match === undefined && plugin.match_regex === undefined) problems.push(`${where} (${name}): has no match or match_regex`);
      const prefixes = PASS_THROUGH_PREFIXES[name] ?? [];
      for (const key of Object.keys(plugin)) {
        const k = key.toLowerCase();
        if (!keys.includes(k) && !prefixes.some((p) => k.startsWith(p))) problems.push(`${where} (${name}): unknown parameter "${key}"`);
      }
    });
  }
  return problems;
}
