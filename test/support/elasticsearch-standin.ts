/**
 * Elasticsearch stand-in (Elasticsearch is Java and cannot run here): an HTTPS `_bulk` endpoint that
 * answers for data streams the way Elasticsearch 9 does, with the rendered index templates. What it
 * reproduces, each from the upstream source (elastic/elasticsearch, server/src/main/java/org/elasticsearch/):
 *
 * - the response body `{"errors":…,"took":…,"items":[{"create":{…,"status":N}}]}`, keys in that order
 *   (action/bulk/BulkResponse.java toXContent; action/bulk/BulkItemResponse.java);
 * - data streams take only `create` (action/bulk/TransportBulkAction.java: "only write ops with an
 *   op_type of create are allowed in data streams") and write into `.ds-<stream>-<date>-000001`;
 * - a second `create` with an `_id` already in the stream is 409 `version_conflict_engine_exception`
 *   (index/engine/InternalEngine.java, "document already exists");
 * - a document that does not parse into the mapping (a concrete value where the template has an object,
 *   an object for a concrete field, a value the field type refuses, a repeated key, no `@timestamp`) is
 *   stored in the stream's failure store when the template enables it, answered 201 with
 *   `"failure_store":"used"` (action/bulk/BulkOperation.java, the failure-store redirect); the checks
 *   are test/support/mapping-check.ts;
 * - switches for what a loaded or failing cluster answers: 429 `es_rejected_execution_exception` on
 *   chosen items (common/util/concurrent/EsRejectedExecutionException.java) and 503 on every request.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mappingProblems, Pairs, parseJson, type FieldMapping, type Value } from './mapping-check';

export interface DataStreamTemplate {
  readonly index_patterns: readonly string[];
  readonly data_stream?: object;
  readonly template: { readonly mappings: { readonly properties: Record<string, FieldMapping> }; readonly data_stream_options?: { failure_store?: { enabled?: boolean } } };
}

export interface StoredDocument {
  readonly id: string;
  /** The document as sent, keys in order, repeats kept. */
  readonly source: Pairs;
  readonly text: string;
}

export interface StoredFailure { readonly text: string; readonly reason: string }

export interface ElasticsearchStandIn {
  readonly port: number;
  /** Documents indexed per data stream. */
  readonly streams: Map<string, StoredDocument[]>;
  /** Documents redirected to each stream's failure store, with the reason. */
  readonly failures: Map<string, StoredFailure[]>;
  /** Items answered with an error status (409, 429, 400), per stream, as `status reason`. */
  readonly rejected: Map<string, string[]>;
  /** Bulk requests received (including the ones answered 503). */
  requests: number;
  /** Answer 503 to every request while true. */
  unavailable: boolean;
  /** Items for which this returns true are answered 429. */
  reject429: (stream: string, text: string) => boolean;
  close(): Promise<void>;
}

const glob = (pattern: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** Starts the stand-in on 127.0.0.1 with the server certificate in `tlsDir` (server.crt, server.key). */
export async function startElasticsearchStandIn(opts: { templates: readonly DataStreamTemplate[]; tlsDir: string; user: string; password: string }): Promise<ElasticsearchStandIn> {
  const learned = new Map<string, Map<string, 'object' | 'concrete'>>();
  const ids = new Map<string, Set<string>>();
  let seq = 0;
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '.');
  // In place: a copy per document made the stand-in quadratic (minutes for the bench's 60 000 records).
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => void (map.get(key)?.push(value) ?? map.set(key, [value]));

  const state: ElasticsearchStandIn = {
    port: 0,
    streams: new Map(),
    failures: new Map(),
    rejected: new Map(),
    requests: 0,
    unavailable: false,
    reject429: () => false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  function item(stream: string, id: string | undefined, text: string): Record<string, unknown> {
    const template = opts.templates.find((t) => t.data_stream && t.index_patterns.some((p) => glob(p).test(stream)));
    if (!template) {
      push(state.rejected, stream, '404 no data stream template');
      return { _index: stream, status: 404, error: { type: 'index_not_found_exception', reason: `no such index [${stream}]` } };
    }
    const backing = `.ds-${stream}-${day}-000001`;
    if (state.reject429(stream, text)) {
      push(state.rejected, stream, '429 es_rejected_execution_exception');
      return { _index: backing, _id: id ?? null, status: 429, error: { type: 'es_rejected_execution_exception', reason: 'rejected execution of coordinating operation' } };
    }
    const docId = id ?? `auto-${++seq}`;
    const seen = ids.get(stream) ?? new Set<string>();
    ids.set(stream, seen);
    if (seen.has(docId)) {
      push(state.rejected, stream, '409 version_conflict_engine_exception');
      return { _index: backing, _id: docId, status: 409, error: { type: 'version_conflict_engine_exception', reason: `[${docId}]: version conflict, document already exists (current version [1])` } };
    }
    let problems: string[];
    let source: Value | undefined;
    try {
      source = parseJson(text);
      problems = source instanceof Pairs ? [] : ['the document is not a JSON object'];
    } catch (err) {
      problems = [`failed to parse: ${(err as Error).message}`];
    }
    if (source instanceof Pairs) {
      if (!source.has('@timestamp')) problems.push('data stream timestamp field [@timestamp] is missing');
      if (!learned.has(stream)) learned.set(stream, new Map());
      problems.push(...mappingProblems(source, template.template.mappings.properties, learned.get(stream)));
    }
    if (problems.length) {
      if (!template.template.data_stream_options?.failure_store?.enabled) {
        push(state.rejected, stream, `400 ${problems[0]}`);
        return { _index: backing, _id: docId, status: 400, error: { type: 'document_parsing_exception', reason: problems[0] } };
      }
      push(state.failures, stream, { text, reason: problems.join('; ') });
      return { _index: `.fs-${stream}-${day}-000002`, _id: docId, _version: 1, result: 'created', _shards: { total: 2, successful: 1, failed: 0 }, _seq_no: ++seq, _primary_term: 1, status: 201, failure_store: 'used' };
    }
    seen.add(docId);
    push(state.streams, stream, { id: docId, source: source as Pairs, text });
    return { _index: backing, _id: docId, _version: 1, result: 'created', _shards: { total: 2, successful: 1, failed: 0 }, _seq_no: ++seq, _primary_term: 1, status: 201 };
  }

  function bulk(body: string): { errors: boolean; items: Array<Record<string, unknown>> } {
    const lines = body.split('\n').filter((l) => l.length > 0);
    const items: Array<Record<string, unknown>> = [];
    for (let i = 0; i < lines.length; i += 2) {
      const action = JSON.parse(lines[i]) as Record<string, { _index?: string; _id?: string }>;
      const [op, meta] = Object.entries(action)[0];
      const stream = meta._index ?? '';
      if (op !== 'create') {
        push(state.rejected, stream, `400 op_type ${op}`);
        items.push({ [op]: { _index: stream, status: 400, error: { type: 'illegal_argument_exception', reason: 'only write ops with an op_type of create are allowed in data streams' } } });
        continue;
      }
      items.push({ create: item(stream, meta._id, lines[i + 1] ?? '') });
    }
    return { errors: items.some((x) => (Object.values(x)[0] as { status: number }).status >= 300), items };
  }

  const expected = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
  const server: Server = createServer({ cert: readFileSync(path.join(opts.tlsDir, 'server.crt')), key: readFileSync(path.join(opts.tlsDir, 'server.key')) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', (): void => {
      const json = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== expected) return void json(401, { error: { type: 'security_exception', reason: 'unable to authenticate user' }, status: 401 });
      if (!/^\/([^/]+\/)?_bulk(\?|$)/.test(req.url ?? '')) return void json(404, { error: { type: 'no_handler_found', reason: `${req.method} ${req.url}` }, status: 404 });
      state.requests++;
      if (state.unavailable) return void json(503, { error: { type: 'cluster_block_exception', reason: 'blocked by: [SERVICE_UNAVAILABLE/2/no master];' }, status: 503 });
      const raw = Buffer.concat(chunks);
      const body = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
      const started = Date.now();
      const { errors, items } = bulk(body);
      // Key order as BulkResponse writes it; out_es looks for `"errors":false,"items":[` first (es.c).
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"errors":${errors},"took":${Date.now() - started},"items":${JSON.stringify(items)}}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { port: number }).port = (server.address() as AddressInfo).port;
  return state;
}
