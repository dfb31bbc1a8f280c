import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tool } from '../tools';
import { kafkaCaDir, renderedObject, withMounts } from './support/telegraf';

/**
 * The rendered failure-store probe, run by the real Telegraf 1.37.2 (`telegraf --test`: every input
 * gathered once, the metrics printed) against a stand-in for Elasticsearch's `_count` API that
 * answers as the failure-store guide shows: `{"count":N,"_shards":{...}}`. The exporter cannot see
 * failure stores (elasticsearch_exporter v1.9.0 collector/indices.go reads `/_all/_stats` without a
 * `::failures` selector), so this probe is what makes a rejected document a Prometheus series.
 */

const run = promisify(execFile);
const ES_URL = 'https://logs-es-http.elastic.svc:9200';

interface Seen { readonly method: string; readonly url: string; readonly auth: string; readonly body: string }

async function gatherOnce(config: string, answers: Readonly<Record<string, { status: number; body: string }>>): Promise<{ lines: string[]; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      seen.push({ method: req.method!, url: decodeURIComponent(req.url!), auth: req.headers.authorization ?? '', body });
      const stream = decodeURIComponent(req.url!).split('::')[0].slice(1);
      const answer = answers[stream] ?? { status: 404, body: '{"error":"index_not_found_exception"}' };
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const local = withMounts(config, { '/ca': kafkaCaDir() }).split(ES_URL).join(`http://127.0.0.1:${port}`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'failure-store-probe-'));
    writeFileSync(path.join(dir, 'telegraf.conf'), local);
    const { stdout } = await run(tool('telegraf'), ['--test', '--config', path.join(dir, 'telegraf.conf'), '--strict-env-handling'], {
      env: { PATH: process.env.PATH!, HOSTNAME: 'probe', ES_USERNAME: 'platform-exporter', ES_PASSWORD: 'secret-for-test' },
      timeout: 60_000,
    });
    return { lines: stdout.split('\n').map((l) => l.replace(/^> /, '')).filter((l) => l.startsWith('es_failure_store,')), seen };
  } finally {
    server.close();
  }
}

const fieldOf = (lines: string[], stream: string, field: string): string | undefined => {
  const line = lines.find((l) => l.includes(`stream=${stream}`));
  return line ? new RegExp(`[ ,]${field}=([^ ,]+)`).exec(line)?.[1] : undefined;
};

describe('the failure-store probe under the real Telegraf', () => {
  const config = renderedObject('dev', 'ConfigMap', 'logs-es-exporter-failure-store').data['telegraf.conf'] as string;
  const shards = '"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}';

  it('turns a non-zero failure-store count into string_match 0 and a zero count into 1, per stream', async () => {
    const { lines, seen } = await gatherOnce(config, {
      'logs-container-dev': { status: 200, body: `{"count":0,${shards}}` },
      'logs-node-dev': { status: 200, body: `{"count":3,${shards}}` },
      'logs-error-counts-dev': { status: 200, body: `{"count":10,${shards}}` },
    });
    expect(fieldOf(lines, 'logs-container-dev', 'response_string_match')).toBe('1i');
    expect(fieldOf(lines, 'logs-node-dev', 'response_string_match')).toBe('0i');
    // `"count":10,` must not pass for zero.
    expect(fieldOf(lines, 'logs-error-counts-dev', 'response_string_match')).toBe('0i');
    expect(fieldOf(lines, 'logs-node-dev', 'response_status_code_match')).toBe('1i');
    expect(seen.map((s) => `${s.method} ${s.url}`).sort()).toEqual([
      'POST /logs-container-dev::failures/_count', 'POST /logs-error-counts-dev::failures/_count', 'POST /logs-node-dev::failures/_count',
    ]);
    for (const s of seen) {
      expect(Buffer.from(s.auth.replace(/^Basic /, ''), 'base64').toString()).toBe('platform-exporter:secret-for-test');
      expect(JSON.parse(s.body)).toEqual({ query: { range: { '@timestamp': { gte: 'now-10m' } } } });
    }
  }, 90_000);

  it('reports a refused count (403) as status_code_match 0, which the unchecked alert catches', async () => {
    const { lines } = await gatherOnce(config, {
      'logs-container-dev': { status: 403, body: '{"error":"security_exception"}' },
      'logs-node-dev': { status: 200, body: `{"count":0,${shards}}` },
    });
    expect(fieldOf(lines, 'logs-container-dev', 'response_status_code_match')).toBe('0i');
    expect(fieldOf(lines, 'logs-node-dev', 'response_status_code_match')).toBe('1i');
  }, 90_000);
});
