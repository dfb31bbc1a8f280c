/**
 * A small TOML writer for configuration generated from TypeScript objects (Telegraf, InfluxDB):
 * scalars and arrays of scalars become `key = value`, nested objects become `[tables]`, arrays of
 * objects become `[[arrays of tables]]` (Telegraf's plugin blocks). Keys are written in insertion
 * order, scalars before tables, so the output is stable.
 */
export type TomlScalar = string | number | boolean;
export type TomlValue = TomlScalar | readonly TomlScalar[] | TomlTable | readonly TomlTable[];
export interface TomlTable {
  readonly [key: string]: TomlValue | undefined;
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

function key(k: string): string {
  return BARE_KEY.test(k) ? k : JSON.stringify(k);
}

function scalar(v: TomlScalar): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`TOML cannot hold the number ${v}`);
  return String(v);
}

const isTable = (v: unknown): v is TomlTable => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTableArray = (v: unknown): v is readonly TomlTable[] => Array.isArray(v) && v.length > 0 && v.every(isTable);

function body(table: TomlTable, path: string[], out: string[]): void {
  const entries = Object.entries(table).filter((e): e is [string, TomlValue] => e[1] !== undefined);
  for (const [k, v] of entries) {
    if (isTable(v) || isTableArray(v)) continue;
    out.push(`${'  '.repeat(Math.min(path.length, 1))}${key(k)} = ${Array.isArray(v) ? `[${(v as TomlScalar[]).map(scalar).join(', ')}]` : scalar(v as TomlScalar)}`);
  }
  for (const [k, v] of entries) {
    const sub = [...path, key(k)];
    if (isTable(v)) {
      // A table holding only sub-tables needs no header of its own (`[inputs]` before `[[inputs.cpu]]`).
      const onlyTables = Object.values(v).length > 0 && Object.values(v).every((x) => x === undefined || isTable(x) || isTableArray(x));
      if (!onlyTables) out.push('', `[${sub.join('.')}]`);
      body(v, sub, out);
    } else if (isTableArray(v)) {
      for (const item of v) {
        out.push('', `[[${sub.join('.')}]]`);
        body(item, sub, out);
      }
    }
  }
}

/** Serialises `doc` as TOML; `undefined` values are left out. */
export function toToml(doc: TomlTable): string {
  const out: string[] = [];
  body(doc, [], out);
  return `${out.join('\n').replace(/^\n+/, '')}\n`;
}
