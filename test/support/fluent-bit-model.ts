/**
 * Models of the Fluent Bit 4.2.0 plugins the log path uses, each following the upstream source file
 * named on it (read at tag v4.2.0), applied to the rendered configuration. Records are ordered
 * key/value lists, as msgpack maps are: a key can appear twice, which is exactly what Elasticsearch
 * rejects and what a plain object would hide.
 */

export type Value = string | number | boolean | null | Value[] | Pairs;
/** A msgpack map: ordered entries, duplicates allowed. */
export class Pairs {
  constructor(readonly entries: Array<[string, Value]>) {}
  static of(obj: Record<string, unknown>): Pairs {
    return new Pairs(Object.entries(obj).map(([k, v]) => [k, toValue(v)]));
  }
  get(key: string): Value | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
  has(key: string): boolean {
    return this.entries.some(([k]) => k === key);
  }
}
function toValue(v: unknown): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toValue);
  if (v instanceof Pairs) return v;
  return Pairs.of(v as Record<string, unknown>);
}

export interface LogEvent {
  tag: string;
  /** Record time, nanoseconds since the epoch (bigint: Fluent Bit keeps nanoseconds). */
  time: bigint;
  record: Pairs;
}

export type Plugin = Record<string, unknown> & { name: string };
export interface FluentBitDoc {
  service: Record<string, unknown>;
  parsers?: Array<Record<string, string>>;
  pipeline: { inputs: Plugin[]; filters?: Plugin[]; outputs: Plugin[] };
}

// ---------------------------------------------------------------------------------------------
// JSON with duplicate keys (src/flb_pack.c flb_pack_json keeps every key of an object; so does
// flb_msgpack_raw_to_json_sds when it writes one).

export function parseJson(text: string): Value {
  let i = 0;
  const ws = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const value = (): Value => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: Array<[string, Value]> = [];
      ws();
      if (text[i] === '}') { i++; return new Pairs(entries); }
      for (;;) {
        ws();
        const k = value();
        if (typeof k !== 'string') throw new Error(`object key must be a string at ${i}`);
        ws();
        if (text[i++] !== ':') throw new Error(`expected : at ${i}`);
        entries.push([k, value()]);
        ws();
        const d = text[i++];
        if (d === '}') return new Pairs(entries);
        if (d !== ',') throw new Error(`expected , or } at ${i}`);
      }
    }
    if (c === '[') {
      i++;
      const items: Value[] = [];
      ws();
      if (text[i] === ']') { i++; return items; }
      for (;;) {
        items.push(value());
        ws();
        const d = text[i++];
        if (d === ']') return items;
        if (d !== ',') throw new Error(`expected , or ] at ${i}`);
      }
    }
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i));
      if (!m) throw new Error(`bad string at ${i}`);
      i += m[0].length;
      return JSON.parse(m[0]) as string;
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) throw new Error(`unexpected ${c} at ${i}`);
    i += m[0].length;
    return JSON.parse(m[0]) as Value;
  };
  const v = value();
  ws();
  if (i !== text.length) throw new Error(`trailing data at ${i}`);
  return v;
}

export function toJson(v: Value): string {
  if (v instanceof Pairs) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------
// Time formats.

/** `%Y-%m-%dT%H:%M:%S` + fraction + `Z` (out_kafka iso8601: 6 digits; out_es: 3 digits). */
function isoTime(ns: bigint, digits: 3 | 6 | 9): string {
  const seconds = ns / 1_000_000_000n;
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0').slice(0, digits);
  return `${new Date(Number(seconds) * 1000).toISOString().slice(0, 19)}.${frac}Z`;
}

/**
 * flb_strptime for the formats the configuration uses: `%Y-%m-%dT%H:%M:%S.%L%z` with `%z` as `Z` or
 * an offset (src/flb_strptime.c). Returns undefined when the text does not match.
 */
export function parseTime(text: string, format: string): bigint | undefined {
  if (format !== '%Y-%m-%dT%H:%M:%S.%L%z') throw new Error(`model has no time format ${format}`);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d+)(Z|[+-]\d{2}:?\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[8] === 'Z' ? 'Z' : m[8]}`);
  return BigInt(ms) * 1_000_000n + BigInt(m[7].padEnd(9, '0').slice(0, 9));
}

// ---------------------------------------------------------------------------------------------
// Parsers (src/flb_parser_json.c, src/flb_parser_regex.c, src/flb_parser_logfmt.c).

type Parser = Record<string, string>;
export interface Parsed { record: Pairs; time?: bigint }

function applyParserTime(p: Parser, record: Pairs): Parsed {
  const key = p.time_key;
  if (!key || !p.time_format) return { record };
  const idx = record.entries.findIndex(([k]) => k === key);
  if (idx < 0) return { record };
  const v = record.entries[idx][1];
  const time = typeof v === 'string' ? parseTime(v, p.time_format) : undefined;
  // flb_parser_json.c: an unreadable time leaves the key in place ("invalid time format").
  if (time === undefined) return { record };
  const keep = p.time_keep === 'on' || p.time_keep === 'true';
  return { record: keep ? record : new Pairs(record.entries.filter((_, i) => i !== idx)), time };
}

export function runParser(p: Parser, text: string): Parsed | undefined {
  if (p.format === 'json') {
    let v: Value;
    try { v = parseJson(text); } catch { return undefined; }
    if (!(v instanceof Pairs)) return undefined;
    return applyParserTime(p, v);
  }
  if (p.format === 'regex') {
    const re = new RegExp(p.regex.replace(/\(\?<([^>]+)>/g, '(?<$1>'));
    const m = re.exec(text);
    if (!m?.groups) return undefined;
    return applyParserTime(p, new Pairs(Object.entries(m.groups).map(([k, v]) => [k, v ?? ''])));
  }
  if (p.format === 'logfmt') {
    const entries: Array<[string, Value]> = [];
    const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)/g;
    for (const m of text.matchAll(re)) entries.push([m[1], m[2].startsWith('"') ? JSON.parse(m[2]) as string : m[2]]);
    return entries.length ? { record: new Pairs(entries) } : undefined;
  }
  throw new Error(`model has no parser format ${p.format}`);
}

// ---------------------------------------------------------------------------------------------
// Inputs.

/**
 * The `cri` multiline parser (src/multiline/flb_ml_parser_cri.c): `time stream P|F log`; partial (P)
 * lines are joined to the next full (F) line; the time is kept (time_keep true) as `time`.
 */
export function criRecords(lines: readonly string[]): Array<{ time: bigint; record: Pairs }> {
  const out: Array<{ time: bigint; record: Pairs }> = [];
  let pending = '';
  for (const line of lines) {
    const m = /^(.+?) (stdout|stderr) (F|P) (.*)$/.exec(line);
    if (!m) throw new Error(`not a CRI line: ${line}`);
    pending += m[4];
    if (m[3] === 'P') continue;
    const t = /^(.*)\.(\d+)Z$/.exec(m[1])!;
    const time = BigInt(Date.parse(`${t[1]}Z`)) * 1_000_000n + BigInt(t[2].padEnd(9, '0').slice(0, 9));
    out.push({ time, record: new Pairs([['time', m[1]], ['stream', m[2]], ['_p', m[3]], ['log', pending]]) });
    pending = '';
  }
  return out;
}

/** `tail` without a parser (plugins/in_tail/tail_file.c): the line under `key` (default `log`), the file under `path_key`. */
export function tailRecord(input: Plugin, path: string, line: string): Pairs {
  const entries: Array<[string, Value]> = [];
  if (input.path_key) entries.push([String(input.path_key), path]);
  entries.push([String(input.key ?? 'log'), line]);
  return new Pairs(entries);
}

/**
 * `systemd` (plugins/in_systemd/systemd.c): journal fields, `strip_underscores` drops the leading
 * `_`, `lowercase` lowercases the names.
 */
export function journalRecord(input: Plugin, fields: Record<string, string>): Pairs {
  return new Pairs(Object.entries(fields).map(([k, v]) => {
    let key = k;
    if (input.strip_underscores === 'on') key = key.replace(/^_+/, '');
    if (input.lowercase === 'on') key = key.toLowerCase();
    return [key, v];
  }));
}

/** `kafka` input (plugins/in_kafka/in_kafka.c, process_message): the message wrapped with its coordinates. */
export function kafkaInputRecord(input: Plugin, topic: string, message: string): Pairs {
  let payload: Value = message;
  if (input.format === 'json') {
    try { payload = parseJson(message); } catch { payload = message; }
  }
  return new Pairs([['topic', topic], ['partition', 0], ['offset', 42], ['error', null], ['key', null], ['payload', payload]]);
}

// ---------------------------------------------------------------------------------------------
// Filters.

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
const on = (v: unknown) => v === true || v === 'on' || v === 'true';

/** Whether a plugin's `match` / `match_regex` selects `tag` (src/flb_router.c). */
export function matches(plugin: Plugin, tag: string): boolean {
  if (plugin.match_regex !== undefined) return new RegExp(String(plugin.match_regex)).test(tag);
  const pattern = String(plugin.match ?? '');
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(tag);
}

/**
 * `modify` (plugins/filter_modify/modify.c): every condition must hold; then the rules in order.
 * `remove` drops every matching key; `rename` does nothing when the new name already exists;
 * `add` only when the key is absent. `Key_value_matches` holds only for a string value.
 */
export function modify(filter: Plugin, record: Pairs, env: Record<string, string>): Pairs {
  for (const c of list(filter.condition)) {
    const [kind, key, regex] = c.split(/\s+/);
    if (kind.toLowerCase() !== 'key_value_matches') throw new Error(`model has no modify condition ${kind}`);
    const v = record.get(key);
    if (typeof v !== 'string' || !new RegExp(regex).test(v)) return record;
  }
  let entries = [...record.entries];
  const known = ['name', 'match', 'match_regex', 'alias', 'condition'];
  for (const [rule, value] of Object.entries(filter)) {
    if (known.includes(rule)) continue;
    for (const arg of list(value)) {
      const [a, ...rest] = arg.split(/\s+/);
      const b = rest.join(' ').replace(/\$\{(\w+)\}/g, (_, n: string) => env[n] ?? '');
      if (rule === 'remove') entries = entries.filter(([k]) => k !== a);
      else if (rule === 'rename') {
        if (entries.some(([k]) => k === a) && !entries.some(([k]) => k === b)) entries = entries.map(([k, v]) => [k === a ? b : k, v]);
      } else if (rule === 'add') {
        if (!entries.some(([k]) => k === a)) entries.push([a, b]);
      } else throw new Error(`model has no modify rule ${rule}`);
    }
  }
  return new Pairs(entries);
}

/** `nest` lift (plugins/filter_nest/nest.c, apply_lifting_rules): other keys first, then the lifted map's entries. */
export function nestLift(filter: Plugin, record: Pairs): Pairs {
  if (filter.operation !== 'lift') throw new Error(`model has no nest operation ${String(filter.operation)}`);
  const key = String(filter.nested_under);
  const lifted = record.entries.filter(([k, v]) => k === key && v instanceof Pairs);
  if (lifted.length === 0) return record;
  return new Pairs([...record.entries.filter(([k, v]) => !(k === key && v instanceof Pairs)), ...lifted.flatMap(([, v]) => (v as Pairs).entries)]);
}

/**
 * `parser` filter (plugins/filter_parser/filter_parser.c): parses the string at `key_name`; on
 * success the parsed time becomes the record time, the parsed keys come first, the other keys are
 * kept with `reserve_data`, the parsed key itself only with `preserve_key`. On failure nothing changes.
 */
export function parserFilter(filter: Plugin, event: LogEvent, parsers: readonly Parser[]): LogEvent {
  const key = String(filter.key_name);
  const v = event.record.get(key);
  const parser = parsers.find((p) => p.name === filter.parser);
  if (!parser) throw new Error(`parser filter names parser ${String(filter.parser)}, which the configuration does not define`);
  if (typeof v !== 'string') return event;
  const parsed = runParser(parser, v);
  if (!parsed) return event;
  const rest = on(filter.reserve_data) ? event.record.entries.filter(([k]) => k !== key || on(filter.preserve_key)) : [];
  return { tag: event.tag, time: parsed.time ?? event.time, record: new Pairs([...parsed.record.entries, ...rest]) };
}

/** What the Kubernetes filter knows about the pod a container log line came from. */
export interface PodMeta {
  namespace: string;
  pod: string;
  container: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/**
 * `kubernetes` (plugins/filter_kubernetes/kubernetes.c, pack_map_content and merge_log_handler):
 * with `merge_log`, a string `log` is parsed by the parser the pod's `fluentbit.io/parser` annotation
 * names (`k8s-logging.parser`; looked up among the configured parsers, none if absent), else by
 * `merge_parser`, else as JSON; a parsed map's keys are appended at the root (no de-duplication) and,
 * with `keep_log off`, `log` is dropped; a time the parser read becomes the record time. Then the
 * `kubernetes` map (plugins/filter_kubernetes/kube_meta.c) with labels when `labels` is on.
 */
export function kubernetes(filter: Plugin, event: LogEvent, pod: PodMeta, parsers: readonly Parser[]): LogEvent {
  const record = event.record;
  let time = event.time;
  let merged: Pairs | undefined;
  const log = record.get('log');
  if (on(filter.merge_log) && typeof log === 'string') {
    const annotated = on(filter['k8s-logging.parser']) ? pod.annotations['fluentbit.io/parser'] : undefined;
    const byAnnotation = annotated ? parsers.find((p) => p.name === annotated) : undefined;
    const byMerge = filter.merge_parser ? parsers.find((p) => p.name === filter.merge_parser) : undefined;
    const parser = byAnnotation ?? byMerge ?? { name: 'default-json', format: 'json' };
    const parsed = runParser(parser, log);
    if (parsed && parsed.record.entries.length > 0) {
      merged = parsed.record;
      if (parsed.time !== undefined) time = parsed.time;
    }
  }
  const keepLog = filter.keep_log === undefined ? true : on(filter.keep_log);
  const entries: Array<[string, Value]> = record.entries.filter(([k]) => !(k === 'log' && merged && !keepLog));
  if (merged) entries.push(...merged.entries);
  const meta: Array<[string, Value]> = [['pod_name', pod.pod], ['namespace_name', pod.namespace], ['pod_id', '0b7c6a3e-0000-4000-8000-000000000001']];
  if (filter.labels === undefined || on(filter.labels)) meta.push(['labels', Pairs.of(pod.labels)]);
  if (filter.annotations === undefined || on(filter.annotations)) meta.push(['annotations', Pairs.of(pod.annotations)]);
  meta.push(['host', 'node-1'], ['container_name', pod.container], ['docker_id', 'c0ffee'], ['container_hash', 'sha256:abc'], ['container_image', 'example/app:1.0.0']);
  entries.push(['kubernetes', new Pairs(meta)]);
  return { tag: event.tag, time, record: new Pairs(entries) };
}

// ---------------------------------------------------------------------------------------------
// Outputs.

/**
 * `kafka` output with `format json` (plugins/out_kafka/kafka.c, produce_message): `timestamp_key`
 * first, formatted as `timestamp_format`, then every record key as it is.
 */
export function kafkaMessage(output: Plugin, event: LogEvent): string {
  if (output.format !== 'json') throw new Error('model covers format json only');
  const format = String(output.timestamp_format ?? 'double');
  const ts: Value = format === 'iso8601' ? isoTime(event.time, 6) : format === 'iso8601_ns' ? isoTime(event.time, 9) : Number(event.time) / 1e9;
  return toJson(new Pairs([[String(output.timestamp_key ?? '@timestamp'), ts], ...event.record.entries]));
}

/**
 * `es` output (plugins/out_es/es.c, elasticsearch_format): `time_key` first (`.%03dZ` millis unless
 * `time_key_nanos`), then every record key (no de-duplication).
 */
export function elasticsearchDocument(output: Plugin, event: LogEvent): Pairs {
  const ts = isoTime(event.time, on(output.time_key_nanos) ? 9 : 3);
  return new Pairs([[String(output.time_key ?? '@timestamp'), ts], ...event.record.entries]);
}

// ---------------------------------------------------------------------------------------------
// A whole Fluent Bit instance: filters in order on the events whose tag they match, then the output.

export function applyFilters(doc: FluentBitDoc, event: LogEvent, ctx: { pod?: PodMeta; env: Record<string, string> }): LogEvent {
  const parsers = doc.parsers ?? [];
  let e = event;
  for (const f of doc.pipeline.filters ?? []) {
    if (!matches(f, e.tag)) continue;
    if (f.name === 'modify') e = { ...e, record: modify(f, e.record, ctx.env) };
    else if (f.name === 'nest') e = { ...e, record: nestLift(f, e.record) };
    else if (f.name === 'parser') e = parserFilter(f, e, parsers);
    else if (f.name === 'kubernetes') {
      if (!ctx.pod) throw new Error('kubernetes filter on a record without pod metadata');
      e = kubernetes(f, e, ctx.pod, parsers);
    } else throw new Error(`no model of filter ${f.name}: add one (following its source) before using it`);
  }
  return e;
}

export function routedOutput(doc: FluentBitDoc, tag: string): Plugin {
  const out = doc.pipeline.outputs.filter((o) => matches(o, tag));
  if (out.length !== 1) throw new Error(`tag ${tag} is routed to ${out.length} outputs`);
  return out[0];
}
