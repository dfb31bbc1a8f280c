/**
 * A real influxdb-cluster (the pinned `influxd-meta`, `influxd-cluster-data` and `influxd-ctl` tools,
 * built from v1.8.11-c1.2.0's source) on loopback: one process per pod of an environment's rendered
 * meta and data StatefulSets, each started with its rendered config file byte for byte. What the pods
 * provide is given the way the pods give it: each node gets its own loopback address (127.X.Y.Z, all
 * routed to `lo` on Linux) standing in for its pod IP and headless-Service name, with the rendered
 * ports, and its own data folder standing in for its volume, through influxdb-cluster's environment
 * overrides (INFLUXDB_HOSTNAME, INFLUXDB_<SECTION>_<KEY>; cmd/influxd-meta/run/config.go,
 * cmd/influxd/run/config.go), so the config file itself is not edited.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tool } from '../../tools';
import { startProcess, waitFor, type RunningProcess } from './processes';
import { renderedObject as objectOf } from './telegraf';

export interface ClusterNode {
  /** Pod name, e.g. `influxdb-meta-0`. */
  readonly pod: string;
  /** The pod's DNS name in the rendered scripts (`<pod>.<service>.<namespace>.svc`). */
  readonly host: string;
  /** Its loopback address, standing in for that name. */
  readonly ip: string;
  /** Its volume. */
  readonly dir: string;
  process?: RunningProcess;
}

const containerOf = (env: string, set: string) => objectOf(env, 'StatefulSet', set).spec.template.spec.containers.find((c: any) => c.name === 'influxdb');
const portOf = (env: string, set: string, name: string): number => containerOf(env, set).ports.find((p: any) => p.name === name).containerPort;

export class InfluxCluster {
  readonly metas: ClusterNode[];
  readonly datas: ClusterNode[];
  readonly metaHttpPort: number;
  readonly raftPort: number;
  readonly httpPort: number;
  readonly rpcPort: number;
  /** Folder on PATH for the scripts: `influxd-ctl` is the pinned build. */
  readonly bin: string;
  private readonly root: string;
  private readonly metaConfig: string;
  private readonly dataConfig: string;

  constructor(readonly env: string) {
    this.root = mkdtempSync(path.join(os.tmpdir(), 'influx-cluster-'));
    const namespace = objectOf(env, 'StatefulSet', 'influxdb-meta').metadata.namespace;
    // A random 127.X.Y block per run, so parallel runs on one machine never share an address.
    const block = `127.${2 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    const nodes = (set: string, first: number): ClusterNode[] => Array.from({ length: objectOf(env, 'StatefulSet', set).spec.replicas }, (_, i) => ({
      pod: `${set}-${i}`, host: `${set}-${i}.${set}.${namespace}.svc`, ip: `${block}.${first + i}`, dir: path.join(this.root, `${set}-${i}`),
    }));
    this.metas = nodes('influxdb-meta', 11);
    this.datas = nodes('influxdb-data', 21);
    this.metaHttpPort = portOf(env, 'influxdb-meta', 'meta-http');
    this.raftPort = portOf(env, 'influxdb-meta', 'raft');
    this.httpPort = portOf(env, 'influxdb-data', 'http');
    this.rpcPort = portOf(env, 'influxdb-data', 'rpc');
    this.metaConfig = path.join(this.root, 'influxdb-meta.conf');
    this.dataConfig = path.join(this.root, 'influxdb.conf');
    writeFileSync(this.metaConfig, objectOf(env, 'ConfigMap', 'influxdb-meta').data['influxdb-meta.conf']);
    writeFileSync(this.dataConfig, objectOf(env, 'ConfigMap', 'influxdb-data').data['influxdb.conf']);
    this.bin = path.join(this.root, 'bin');
    mkdirSync(this.bin);
    symlinkSync(tool('influxd-ctl'), path.join(this.bin, 'influxd-ctl'));
  }

  metaUrl(node: ClusterNode): string {
    return `http://${node.ip}:${this.metaHttpPort}`;
  }

  dataUrl(node: ClusterNode): string {
    return `http://${node.ip}:${this.httpPort}`;
  }

  /**
   * `script` as the Job's pod runs it: every pod DNS name replaced by its loopback address (what
   * cluster DNS does) and `/tmp/` by a fresh folder (the pod's own emptyDir).
   */
  localize(script: string): string {
    let text = script.replaceAll('/tmp/', `${mkdtempSync(path.join(this.root, 'tmp-'))}/`);
    for (const n of [...this.metas, ...this.datas]) text = text.replaceAll(n.host, n.ip);
    return text;
  }

  /** Starts a meta node on its volume (created when missing) and waits until its API answers. */
  async startMeta(node: ClusterNode): Promise<void> {
    mkdirSync(node.dir, { recursive: true });
    node.process = startProcess(node.pod, tool('influxd-meta'), ['-config', this.metaConfig], {
      INFLUXDB_HOSTNAME: node.ip,
      INFLUXDB_META_DIR: node.dir,
      INFLUXDB_META_BIND_ADDRESS: `${node.ip}:${this.raftPort}`,
      INFLUXDB_META_HTTP_BIND_ADDRESS: `${node.ip}:${this.metaHttpPort}`,
    });
    await this.waitAnswers(node, `${this.metaUrl(node)}/ping`);
  }

  /** Starts a data node on its volume (created when missing) and waits until /ping answers. */
  async startData(node: ClusterNode): Promise<void> {
    for (const sub of ['meta', 'data', 'wal', 'hh']) mkdirSync(path.join(node.dir, sub), { recursive: true });
    node.process = startProcess(node.pod, tool('influxd-cluster-data'), ['-config', this.dataConfig], {
      INFLUXDB_HOSTNAME: node.ip,
      INFLUXDB_BIND_ADDRESS: `${node.ip}:${this.rpcPort}`,
      INFLUXDB_HTTP_BIND_ADDRESS: `${node.ip}:${this.httpPort}`,
      INFLUXDB_META_DIR: path.join(node.dir, 'meta'),
      INFLUXDB_DATA_DIR: path.join(node.dir, 'data'),
      INFLUXDB_DATA_WAL_DIR: path.join(node.dir, 'wal'),
      INFLUXDB_HINTED_HANDOFF_DIR: path.join(node.dir, 'hh'),
    });
    await this.waitAnswers(node, `${this.dataUrl(node)}/ping`);
  }

  private async waitAnswers(node: ClusterNode, url: string): Promise<void> {
    await waitFor(`${node.pod} to answer ${url}`, async () => {
      if (node.process!.exitCode() !== undefined) throw new Error(`${node.pod} exited: ${node.process!.output()}`);
      return (await fetch(url).then((r) => r.status < 500, () => false)) ? true : undefined;
    }, 60_000, 100);
  }

  async stop(node: ClusterNode): Promise<void> {
    await node.process?.stop();
    node.process = undefined;
  }

  /** The pod rescheduled onto a new, empty volume. */
  async replaceVolume(node: ClusterNode): Promise<void> {
    await this.stop(node);
    rmSync(node.dir, { recursive: true, force: true });
  }

  /** Every meta node and data node started, none joined (a fresh install). */
  async startAll(skip: readonly ClusterNode[] = []): Promise<void> {
    await Promise.all([...this.metas, ...this.datas].filter((n) => !skip.includes(n)).map((n) => (this.metas.includes(n) ? this.startMeta(n) : this.startData(n))));
  }

  async close(): Promise<void> {
    for (const node of [...this.datas, ...this.metas]) {
      // A stopped (SIGSTOP) node must run again to receive SIGTERM.
      node.process?.child.kill('SIGCONT');
      await this.stop(node);
    }
    rmSync(this.root, { recursive: true, force: true });
  }

  /**
   * Whether the pod's rendered readiness probe passes: its HTTP request, or its exec command run as the
   * kubelet runs it in the container, with the pod's own address (127.0.0.1 there) being the node's
   * loopback address here.
   */
  async ready(node: ClusterNode): Promise<boolean> {
    const set = this.metas.includes(node) ? 'influxdb-meta' : 'influxdb-data';
    const container = containerOf(this.env, set);
    const probe = container.readinessProbe;
    if (probe.httpGet) {
      // The kubelet counts any answer from 200 to 399 as success.
      const port = container.ports.find((p: any) => p.name === probe.httpGet.port)?.containerPort ?? probe.httpGet.port;
      return fetch(`http://${node.ip}:${port}${probe.httpGet.path}`, { redirect: 'manual' }).then((r) => r.status >= 200 && r.status < 400, () => false);
    }
    const command: string[] = probe.exec.command;
    if (command.length !== 3 || command[1] !== '-c') throw new Error(`${set}: readiness probe ${JSON.stringify(command)} is not a shell command`);
    const run = await runScript(command[2].replaceAll('127.0.0.1', node.ip), {}, this.bin, 10_000);
    return run.status === 0;
  }

  /** `/status` of a meta node: its view of the Raft leader. */
  async metaStatus(node: ClusterNode): Promise<{ leader: string; peers: string[] | null }> {
    return (await fetch(`${this.metaUrl(node)}/status`)).json() as Promise<{ leader: string; peers: string[] | null }>;
  }

  /** `/status` of a data node's cluster port: `joined` or `disjoined` (coordinator/handler.go). */
  async dataStatus(node: ClusterNode): Promise<string> {
    const body = (await (await fetch(`http://${node.ip}:${this.rpcPort}/status`)).json()) as { nodeStatus: string };
    return body.nodeStatus;
  }
}

export interface ScriptRun {
  readonly status: number | null;
  readonly output: string;
  readonly seconds: number;
}

/** Runs `script` under sh with `env` (PATH prepended with `bin`), killing it after `timeoutMs`. */
export function runScript(script: string, env: Readonly<Record<string, string>>, bin: string, timeoutMs: number): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script], { env: { ...env, PATH: `${bin}:${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    // The whole process group: the script and the influxd-ctl or curl it waits on.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ status: code, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}
