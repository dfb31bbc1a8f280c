/**
 * Reads a rendered telegraf.conf into plain objects so tests can assert on its settings. Telegraf
 * itself checks the files (test/telegraf.test.ts); this only covers the TOML subset toToml writes.
 */
type Table = Record<string, unknown>;

/**
 * Parses the TOML subset a Telegraf configuration uses (comments, `[table]`, `[[array.of.tables]]`,
 * `key = "string" | number | boolean | [scalars]`); any other line is an error.
 */
export function parseTelegrafToml(text: string): Table {
  const root: Table = {};
  let current: Table = root;
  const scalar = (raw: string): unknown => {
    if (raw.startsWith('"')) return JSON.parse(raw);
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    throw new Error(`not a TOML scalar: ${raw}`);
  };
  const walk = (path: string[], array: boolean): Table => {
    let node: any = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      if (last && array) {
        node[part] ??= [];
        if (!Array.isArray(node[part])) throw new Error(`[[${path.join('.')}]] redefines a table`);
        node[part].push({});
        node = node[part][node[part].length - 1];
      } else {
        node[part] ??= {};
        node = Array.isArray(node[part]) ? node[part][node[part].length - 1] : node[part];
      }
    });
    return node;
  };
  text.split('\n').forEach((line, i) => {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) return;
    let m: RegExpMatchArray | null;
    if ((m = l.match(/^\[\[([a-z0-9_.]+)\]\]$/))) current = walk(m[1].split('.'), true);
    else if ((m = l.match(/^\[([a-z0-9_.]+)\]$/))) current = walk(m[1].split('.'), false);
    else if ((m = l.match(/^([A-Za-z0-9_-]+) = (.+)$/))) {
      if (m[1] in current) throw new Error(`line ${i + 1}: duplicate key ${m[1]}`);
      const raw = m[2];
      current[m[1]] = raw.startsWith('[') ? (raw === '[]' ? [] : raw.slice(1, -1).split(/,\s*/).map(scalar)) : scalar(raw);
    } else throw new Error(`line ${i + 1}: not valid Telegraf TOML: ${line}`);
  });
  return root;
}
