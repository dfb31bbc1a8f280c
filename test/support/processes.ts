/**
 * Long-running real programs in tests (influxd, the Kafka stand-in, Telegraf): started on loopback
 * with their output captured, waited for by condition, stopped by their own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `probe` until it returns a value other than undefined; throws with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Exit code once it exited, else undefined. */
  exitCode(): number | null | undefined;
  /** SIGTERM, then SIGKILL after 10 s; resolves when it exited. */
  stop(): Promise<void>;
}

export function startProcess(name: string, binary: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): RunningProcess {
  const child = spawn(binary, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  let exited: number | null | undefined;
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const done = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    exited = code ?? (signal ? null : -1);
    resolve();
  }));
  child.once('error', (err) => (text += `\n[${name}] ${err.message}\n`));
  return {
    name,
    child,
    output: () => text,
    exitCode: () => exited,
    stop: async () => {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Stops every process in `list` (in reverse start order) and empties it. */
export async function stopAll(list: RunningProcess[]): Promise<void> {
  for (const p of list.splice(0).reverse()) await p.stop();
}

/**
 * Kills every process in `list` (SIGKILL, all at once), waits until each has exited and empties the
 * list: for teardown, where nothing is checked any more. SIGTERM would make each Fluent Bit wait out
 * its `grace` (5 s) first.
 */
export async function killAll(list: RunningProcess[]): Promise<void> {
  await Promise.all(list.splice(0).map((p) => {
    p.child.kill('SIGKILL');
    return p.stop();
  }));
}
