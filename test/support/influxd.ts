/**
 * A real influxd (the pinned `influxd` tool, InfluxDB OSS 1.8.10) on loopback, started with a rendered
 * influxdb.conf byte for byte. Only its endpoints and folders differ, and those through influxd's own
 * environment overrides (INFLUXDB_<SECTION>_<KEY>), so the file itself is not edited.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tool } from '../../tools';
import { freePort, startProcess, waitFor, type RunningProcess } from './processes';
import { renderedObject as objectOf } from './telegraf';

export interface Influxd {
  readonly url: string;
  readonly process: RunningProcess;
}

export async function startInfluxd(renderedConfig: string): Promise<Influxd> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'influxd-'));
  const configFile = path.join(dir, 'influxdb.conf');
  writeFileSync(configFile, renderedConfig);
  for (const sub of ['meta', 'data', 'wal']) mkdirSync(path.join(dir, sub));
  const [http, rpc] = [await freePort(), await freePort()];
  const process = startProcess('influxd', tool('influxd'), ['run', '-config', configFile], {
    INFLUXDB_HTTP_BIND_ADDRESS: `127.0.0.1:${http}`,
    INFLUXDB_BIND_ADDRESS: `127.0.0.1:${rpc}`,
    INFLUXDB_META_DIR: path.join(dir, 'meta'),
    INFLUXDB_DATA_DIR: path.join(dir, 'data'),
    INFLUXDB_DATA_WAL_DIR: path.join(dir, 'wal'),
  });
  const url = `http://127.0.0.1:${http}`;
  await waitFor('influxd to answer /ping', async () => {
    if (process.exitCode() !== undefined) throw new Error(`influxd exited: ${process.output()}`);
    return (await fetch(`${url}/ping`).then((r) => r.status === 204, () => false)) ? true : undefined;
  }, 60_000);
  return { url, process };
}

export interface InfluxAnswer {
  readonly status: number;
  readonly body: any;
}

/** One InfluxQL query over HTTP, as `user` when given. */
export async function influxQuery(url: string, q: string, user?: { readonly name: string; readonly password: string }, db?: string): Promise<InfluxAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (user) headers.authorization = `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
  const body = new URLSearchParams({ q, ...(db ? { db } : {}) });
  const response = await fetch(`${url}/query`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

/** Rows of the first series of a successful query, as objects keyed by column. */
export function influxRows(answer: InfluxAnswer): Array<Record<string, unknown>> {
  const result = answer.body?.results?.[0];
  if (answer.status !== 200 || result?.error) throw new Error(`query failed (${answer.status}): ${JSON.stringify(answer.body)}`);
  return (result.series ?? []).flatMap((s: { columns: string[]; values?: unknown[][]; tags?: Record<string, string> }) =>
    (s.values ?? []).map((v) => ({ ...s.tags, ...Object.fromEntries(s.columns.map((c, i) => [c, v[i]])) })));
}

export interface Credentials { readonly name: string; readonly password: string }

/** Made-up passwords: the same for a Secret throughout a test run, different between runs. */
const SALT = randomBytes(6).toString('hex');

/** The setup container's environment, each secretKeyRef filled from made-up Secrets (quotes, backslash, `$`, space included). */
export function jobEnvironment(env: string, url: string): { vars: Record<string, string>; secrets: Map<string, Credentials> } {
  const job = objectOf(env, 'Job', 'influxdb-setup');
  const container = job.spec.template.spec.containers.find((c: any) => c.name === 'setup');
  const secrets = new Map<string, Credentials>();
  const vars: Record<string, string> = {};
  for (const e of container.env as Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>) {
    if (e.value !== undefined) {
      vars[e.name] = e.name === 'URL' ? url : e.value;
      continue;
    }
    const ref = e.valueFrom!.secretKeyRef;
    if (!secrets.has(ref.name)) secrets.set(ref.name, { name: ref.name.replace(/-credentials$/, ''), password: `p'w"\\$x ${SALT} ${ref.name}` });
    const secret = secrets.get(ref.name)!;
    vars[e.name] = ref.key === 'username' ? secret.name : secret.password;
  }
  return { vars, secrets };
}

/** Runs the rendered setup.sh of `env` under sh with `vars`, with `bin` first on PATH when given. */
export function runSetup(env: string, vars: Record<string, string>, bin?: string): { status: number | null; output: string } {
  const script = objectOf(env, 'ConfigMap', 'influxdb-setup').data['setup.sh'];
  const PATH = bin ? `${bin}:${process.env.PATH}` : process.env.PATH!;
  const run = spawnSync('sh', ['-c', script], { env: { PATH, ...vars }, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * A folder holding a `curl` that records its command line, then runs the real one: what
 * /proc/<pid>/cmdline shows every process on the node while that curl runs. `argv()` reads the record.
 */
export function recordingCurl(): { bin: string; argv: () => string } {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'curl-'));
  const real = spawnSync('sh', ['-c', 'command -v curl'], { encoding: 'utf8' }).stdout.trim();
  if (!real) throw new Error('curl is not installed (apt-get install curl)');
  const log = path.join(bin, 'argv');
  writeFileSync(log, '');
  writeFileSync(path.join(bin, 'curl'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return { bin, argv: () => readFileSync(log, 'utf8') };
}
