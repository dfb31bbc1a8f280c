/**
 * A real Kubernetes API server for the tests and `npm run review`: the pinned etcd and kube-apiserver (tools/index.ts) started on
 * loopback with generated certificates and a static admin token, in a temporary folder, on random free
 * ports. Every process it starts is recorded (`startedProcesses`) so a test can assert none survives;
 * `stop()` kills them and removes the folder, and a process exit hook does the same if a test run dies
 * before its `afterAll`.
 *
 * Requests use node:https directly (no kubectl here). Warnings are read from every `Warning` response
 * header, one per header line, as the server sends them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as https from 'node:https';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { tool, type ToolName } from '.';
import type { KubeObject } from '../render/manifests';

/**
 * Per supported Kubernetes minor version: the kube-apiserver of its latest patch and the etcd kubeadm
 * deploys with it (cmd/kubeadm/app/constants/constants.go, DefaultEtcdVersion).
 */
export const API_SERVERS: Readonly<Record<string, { readonly etcd: ToolName; readonly apiserver: ToolName }>> = {
  '1.32': { etcd: 'etcd-3.5', apiserver: 'kube-apiserver-1.32' },
  '1.36': { etcd: 'etcd-3.6', apiserver: 'kube-apiserver-1.36' },
};

/** Folder names of harness runs start with this, so a test can find leftovers in /proc. */
export const HARNESS_PREFIX = 'platform-apiserver-';

const started: ChildProcess[] = [];
/** Every process any harness in this test process started, running or not. */
export const startedProcesses = (): readonly ChildProcess[] => started;

/** Whether a process id is alive (signal 0 probes without signalling). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie is dead for our purposes; only its parent's wait is missing.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const dirs: string[] = [];

/**
 * Processes on this machine whose command line or environment names a run folder of this test
 * process (the operators find the server through KUBECONFIG in their environment).
 */
export function harnessProcessesAlive(): string[] {
  const found: string[] = [];
  for (const pid of readdirSafe('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    let text = '';
    try {
      text = `${readFileSync(`/proc/${pid}/cmdline`, 'utf8')}\0${readFileSync(`/proc/${pid}/environ`, 'utf8')}`;
    } catch {
      continue;
    }
    if (dirs.some((d) => text.includes(d)) && isAlive(Number(pid))) found.push(`${pid}: ${text.split('\0')[0]}`);
  }
  return found;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

process.on('exit', () => {
  for (const child of started) if (child.pid && child.exitCode === null) child.kill('SIGKILL');
});

/** Ports `freePort` handed out in this process: a program may not have bound its port yet. */
const handedOut = new Set<number>();

/**
 * A free TCP port on loopback (the kernel picks it; a short race with other programs is accepted). Never
 * the same port twice in one process, so harnesses started side by side do not race each other for a
 * port picked but not yet bound.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const picked = (server.address() as net.AddressInfo).port;
        server.close(() => resolve(picked));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

export interface ApiResponse {
  readonly status: number;
  readonly body: any;
  readonly warnings: readonly string[];
}

export interface ApiResource {
  /** Plural resource name, as in the URL. */
  readonly name: string;
  readonly namespaced: boolean;
}

export interface ApplyResult {
  readonly file: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly status: number;
  /** The server's message when it rejected the object. */
  readonly error?: string;
  readonly warnings: readonly string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `299 - "text"` → `text`, for each Warning header line. */
function warningsOf(rawHeaders: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() !== 'warning') continue;
    const match = /^\d{3} \S+ "((?:[^"\\]|\\.)*)"/.exec(rawHeaders[i + 1]);
    out.push(match ? match[1].replace(/\\(.)/g, '$1') : rawHeaders[i + 1]);
  }
  return out;
}

export class ApiServer {
  /** Kubernetes minor version (`1.32`). */
  readonly version: string;
  readonly dir: string;
  readonly port: number;
  readonly token: string;
  readonly ca: string;
  /** A kubeconfig for programs run against this server (operators). */
  readonly kubeconfig: string;
  private readonly processes: ChildProcess[];
  /** Environment every program of this server runs with (its own and those started with `spawn`). */
  private readonly env: Readonly<Record<string, string>>;
  private resources = new Map<string, ApiResource>();

  private constructor(version: string, dir: string, port: number, token: string, processes: ChildProcess[], env: Readonly<Record<string, string>>) {
    this.version = version;
    this.dir = dir;
    this.port = port;
    this.token = token;
    this.ca = readFileSync(path.join(dir, 'ca.crt'), 'utf8');
    this.processes = processes;
    this.env = env;
    this.kubeconfig = path.join(dir, 'kubeconfig');
    writeFileSync(
      this.kubeconfig,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'harness', cluster: { server: `https://127.0.0.1:${port}`, 'certificate-authority': path.join(dir, 'ca.crt') } }],
        users: [{ name: 'admin', user: { token } }],
        contexts: [{ name: 'harness', context: { cluster: 'harness', user: 'admin' } }],
        'current-context': 'harness',
      }),
    );
  }

  /**
   * Starts etcd and kube-apiserver of `version` and waits until the server is ready. `env` is added to
   * the environment of both and of every program started with `spawn`.
   */
  static async start(version: string, options: { readonly env?: Readonly<Record<string, string>> } = {}): Promise<ApiServer> {
    const env = options.env ?? {};
    const row = API_SERVERS[version];
    if (!row) throw new Error(`no API server is pinned for Kubernetes ${version}; add it to API_SERVERS and the TOOLS table`);
    const etcdBin = tool(row.etcd);
    const apiserverBin = tool(row.apiserver);
    const dir = mkdtempSync(path.join(os.tmpdir(), HARNESS_PREFIX));
    dirs.push(dir);
    const processes: ChildProcess[] = [];
    const spawnLogged = (name: string, bin: string, args: string[]) => spawnInto(dir, processes, name, bin, args, env);
    try {
      const token = randomBytes(24).toString('hex');
      generateCertificates(dir);
      writeFileSync(path.join(dir, 'tokens.csv'), `${token},harness-admin,harness-admin,system:masters\n`);

      const [client, peer, secure] = [await freePort(), await freePort(), await freePort()];
      const etcd = spawnLogged('etcd', etcdBin, [
        '--name=harness',
        `--data-dir=${path.join(dir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${client}`,
        `--advertise-client-urls=http://127.0.0.1:${client}`,
        `--listen-peer-urls=http://127.0.0.1:${peer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
        `--initial-cluster=harness=http://127.0.0.1:${peer}`,
        // A throwaway store: durability is not under test, speed is.
        '--unsafe-no-fsync',
        '--log-level=warn',
      ]);
      await waitFor(`etcd ${version}`, etcd, dir, 'etcd.log', 30_000, async () => {
        const text = await httpGet(`http://127.0.0.1:${client}/health`);
        return text.includes('"health":"true"');
      });

      const apiserver = spawnLogged('kube-apiserver', apiserverBin, [
        `--etcd-servers=http://127.0.0.1:${client}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--secure-port=${secure}`,
        `--cert-dir=${path.join(dir, 'certs')}`,
        `--tls-cert-file=${path.join(dir, 'server.crt')}`,
        `--tls-private-key-file=${path.join(dir, 'server.key')}`,
        `--token-auth-file=${path.join(dir, 'tokens.csv')}`,
        '--authorization-mode=RBAC',
        '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
        `--service-account-key-file=${path.join(dir, 'sa.pub')}`,
        `--service-account-signing-key-file=${path.join(dir, 'sa.key')}`,
        '--service-cluster-ip-range=10.96.0.0/16',
        // No kubelets, no other control-plane members: nothing to reconcile endpoints for.
        '--endpoint-reconciler-type=none',
        '--enable-priority-and-fairness=false',
        '--profiling=false',
      ]);
      const server = new ApiServer(version, dir, secure, token, processes, env);
      await waitFor(`kube-apiserver ${version}`, apiserver, dir, 'kube-apiserver.log', 60_000, async () => (await server.request('GET', '/readyz')).status === 200);
      return server;
    } catch (error) {
      await stopProcesses(processes);
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Starts a program against this server (KUBECONFIG set), logging to `<name>.log` in the run folder;
   * `stop()` stops it with the server.
   */
  spawn(name: string, bin: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
    // Started before the server's own processes are stopped: stopProcesses goes in reverse order.
    return spawnInto(this.dir, this.processes, name, bin, args, { ...this.env, KUBECONFIG: this.kubeconfig, ...env });
  }

  /** The whole log of a program started in the run folder. */
  log(name: string): string {
    try {
      return readFileSync(path.join(this.dir, `${name}.log`), 'utf8');
    } catch {
      return '';
    }
  }

  /** Stops one program started with `spawn` (TERM, then KILL after 5 s). */
  async stopProgram(child: ChildProcess): Promise<void> {
    await stopProcesses([child]);
  }

  /** Kills the processes (TERM, then KILL after 5 s) and removes the folder. */
  async stop(): Promise<void> {
    await stopProcesses(this.processes);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The last `lines` lines of a process log in the run folder, for failure messages. */
  logTail(name: string, lines = 20): string {
    try {
      return readFileSync(path.join(this.dir, `${name}.log`), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  request(method: string, urlPath: string, body?: unknown, contentType = 'application/json'): Promise<ApiResponse> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: urlPath,
          method,
          ca: this.ca,
          headers: {
            Authorization: `Bearer ${this.token}`,
            Accept: 'application/json',
            ...(payload !== undefined ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // plain text (e.g. /readyz)
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, warnings: warningsOf(res.rawHeaders) });
          });
        },
      );
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  /** Reads the served resources (core and every group version) into the kind → resource map. */
  async discover(): Promise<void> {
    const resources = new Map<string, ApiResource>();
    const read = async (prefix: string, groupVersion: string) => {
      const res = await this.request('GET', `${prefix}/${groupVersion}`);
      // A group version of a CRD being established can be listed before it is served.
      if (res.status === 404) return;
      if (res.status !== 200) throw new Error(`discovery of ${groupVersion}: ${res.status}`);
      for (const r of res.body.resources as Array<{ name: string; kind: string; namespaced: boolean }>) {
        if (!r.name.includes('/')) resources.set(`${groupVersion}/${r.kind}`, { name: r.name, namespaced: r.namespaced });
      }
    };
    await read('/api', 'v1');
    const groups = (await this.request('GET', '/apis')).body.groups as Array<{ versions: Array<{ groupVersion: string }> }>;
    await Promise.all(groups.flatMap((g) => g.versions.map((v) => read('/apis', v.groupVersion))));
    this.resources = resources;
  }

  resourceFor(object: KubeObject): ApiResource | undefined {
    return this.resources.get(`${object.apiVersion}/${object.kind}`);
  }

  /** URL path of an object (its own name), or undefined when its kind is not served. */
  pathOf(object: KubeObject): string | undefined {
    const resource = this.resourceFor(object);
    if (!resource) return undefined;
    const base = object.apiVersion.includes('/') ? `/apis/${object.apiVersion}` : `/api/${object.apiVersion}`;
    const ns = resource.namespaced ? `/namespaces/${object.metadata.namespace ?? 'default'}` : '';
    return `${base}${ns}/${resource.name}/${object.metadata.name}`;
  }

  /**
   * Server-side apply with strict field validation; `dryRun` runs every admission and validation step
   * and persists nothing.
   */
  async apply(file: string, object: KubeObject, options: { dryRun: boolean }): Promise<ApplyResult> {
    const id = { file, kind: object.kind, name: object.metadata.name, namespace: object.metadata.namespace };
    const url = this.pathOf(object);
    if (!url) return { ...id, status: 0, error: `the server serves no ${object.apiVersion} ${object.kind}`, warnings: [] };
    const query = `fieldManager=platform-harness&fieldValidation=Strict&force=true${options.dryRun ? '&dryRun=All' : ''}`;
    const res = await this.request('PATCH', `${url}?${query}`, object, 'application/apply-patch+yaml');
    const ok = res.status >= 200 && res.status < 300;
    return { ...id, status: res.status, warnings: res.warnings, ...(ok ? {} : { error: typeof res.body === 'string' ? res.body : String(res.body?.message ?? res.status) }) };
  }

  /** Applies objects with at most `concurrency` requests in flight; results in input order. */
  async applyAll(objects: ReadonlyArray<{ file: string; object: KubeObject }>, options: { dryRun: boolean }, concurrency = 8): Promise<ApplyResult[]> {
    const results: ApplyResult[] = new Array(objects.length);
    let next = 0;
    const worker = async () => {
      while (next < objects.length) {
        const i = next++;
        results[i] = await this.apply(objects[i].file, objects[i].object, options);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return results;
  }

  /** Applies CRDs for real and waits until each is Established and its kinds are discoverable. */
  async installCrds(crds: ReadonlyArray<{ file: string; object: KubeObject }>, timeoutMs = 240_000): Promise<ApplyResult[]> {
    await this.discover();
    const results = await this.applyAll(crds, { dryRun: false });
    const failed = results.filter((r) => r.error);
    if (failed.length) return results;
    const deadline = Date.now() + timeoutMs;
    for (const { object } of crds) {
      for (;;) {
        const res = await this.request('GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${object.metadata.name}`);
        const conditions = (res.body?.status?.conditions ?? []) as Array<{ type: string; status: string }>;
        if (conditions.some((c) => c.type === 'Established' && c.status === 'True')) break;
        if (Date.now() > deadline) throw new Error(`CRD ${object.metadata.name} not Established after ${timeoutMs} ms: ${JSON.stringify(conditions)}`);
        await sleep(100);
      }
    }
    const kinds = crds.flatMap(({ object }) => {
      const spec = object.spec as { group: string; names: { kind: string }; versions: Array<{ name: string; served: boolean }> };
      return spec.versions.filter((v) => v.served).map((v) => `${spec.group}/${v.name}/${spec.names.kind}`);
    });
    for (;;) {
      await this.discover();
      if (kinds.every((k) => this.resources.has(k))) break;
      if (Date.now() > deadline) throw new Error(`CRD kinds not discoverable: ${kinds.filter((k) => !this.resources.has(k)).join(', ')}`);
      await sleep(200);
    }
    return results;
  }
}

function spawnInto(dir: string, processes: ChildProcess[], name: string, bin: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
  const log = openSync(path.join(dir, `${name}.log`), 'a');
  const child = spawn(bin, args, { cwd: dir, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  closeSync(log);
  started.push(child);
  processes.push(child);
  return child;
}

async function stopProcesses(processes: readonly ChildProcess[]): Promise<void> {
  // The API server first: it would log etcd errors while shutting down otherwise.
  for (const child of [...processes].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

function httpGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      })
      .on('error', reject);
  });
}

async function waitFor(what: string, child: ChildProcess, dir: string, log: string, timeoutMs: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${readFileSync(path.join(dir, log), 'utf8').split('\n').slice(-20).join('\n')}`);
    }
    try {
      if (await ready()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms:\n${readFileSync(path.join(dir, log), 'utf8').split('\n').slice(-20).join('\n')}`);
    await sleep(100);
  }
}

/** A CA, a serving certificate for 127.0.0.1 signed by it, and the service-account signing key pair. */
function generateCertificates(dir: string): void {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=platform-harness-ca');
  openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver');
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'server.ext');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  writeFileSync(path.join(dir, 'sa.key'), privateKey.export({ type: 'sec1', format: 'pem' }));
  writeFileSync(path.join(dir, 'sa.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
}
