/**
 * A real ACME server for the environments whose ClusterIssuer is ACME (staging, prod): Let's Encrypt's
 * test server pebble v2.10.3 and its companion pebble-challtestsrv (tools `pebble`,
 * `pebble-challtestsrv`), on loopback.
 *
 * - challtestsrv answers every DNS name with one loopback address and serves HTTP-01 on its port 80
 *   (the port cert-manager's self-check and pebble's validation both use). Each run takes its own
 *   address in 127.0.0.0/8, so test files running at once do not share port 80.
 * - pebble resolves through challtestsrv, validates on port 80 at once (`PEBBLE_VA_NOSLEEP=1`) and
 *   rejects no good nonce (`PEBBLE_WFE_NONCEREJECT=0`), with the test certificate of its module
 *   (`test/certs/localhost`, signed by `test/certs/pebble.minica.pem`).
 * - The rendered ClusterIssuer is re-applied with two fields changed for the test only:
 *   `spec.acme.server` (pebble's directory) and `spec.acme.caBundle` (pebble's minica CA only, which
 *   signed its listener's certificate).
 * - Stand-in for the ingress controller and cert-manager's solver pod, which do not run here (no
 *   kubelet): the solver (cert-manager v1.21.2 pkg/issuer/acme/http/solver/solver.go) answers
 *   `/.well-known/acme-challenge/<token>` with the Challenge's `<key>`; the stand-in registers each
 *   Challenge's `spec.token`/`spec.key` with challtestsrv's management API (`/add-http01`) and removes
 *   it (`/del-http01`) when the Challenge goes.
 */
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import * as path from 'node:path';
import { tool } from '../../tools';
import type { KubeObject, RenderedObject } from '../../render/manifests';
import { type ApiServer, freePort } from '../../tools/apiserver';

/** pebble's module at the pinned version: its test certificates (the `pebble` row of tools/index.ts). */
const PEBBLE_MODULE = 'github.com/letsencrypt/pebble/v2@v2.10.3';

function pebbleCerts() {
  const dir = path.join(execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim(), PEBBLE_MODULE, 'test', 'certs');
  if (!existsSync(path.join(dir, 'pebble.minica.pem'))) throw new Error(`pebble's test certificates are missing at ${dir}: run go mod download ${PEBBLE_MODULE} (npm run tools -- pebble downloads it too, when it builds pebble)`);
  return { ca: path.join(dir, 'pebble.minica.pem'), cert: path.join(dir, 'localhost', 'cert.pem'), key: path.join(dir, 'localhost', 'key.pem') };
}

/** GET over HTTPS trusting only `ca`; the body as text. */
export function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // pebble refuses a request without a User-Agent (ACME clients must send one, RFC 8555 §6.1).
    const req = request(url, { ca, timeout: 10_000, headers: { 'user-agent': 'platform-tests' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`${url}: timed out`)));
    req.end();
  });
}

async function until(server: ApiServer, what: string, ready: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs / 1000} s:\n${server.logTail(what)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface AcmeServer {
  /** The ClusterIssuer as applied: the rendered one with pebble's directory and CA. */
  readonly issuer: KubeObject;
  /** The argument that points cert-manager's HTTP-01 self-check at challtestsrv's DNS. */
  readonly certManagerArgs: readonly string[];
  /** pebble's CA certificates (PEM) from its management API: `roots/0` and `intermediates/0`. */
  chain(): Promise<{ root: string; intermediate: string }>;
  /**
   * Every Challenge the stand-in saw (namespace/name): the last state it saw and the challenge's URL at
   * pebble. cert-manager deletes the Challenges once the Order is valid, often between two looks.
   */
  readonly challenges: ReadonlyMap<string, { state: string; url: string }>;
  /** Stops the solver stand-in (it also stops once the harness API server is gone; the programs stop with it). */
  stop(): void;
}

/** Starts challtestsrv, pebble and the solver stand-in, and re-applies the ACME ClusterIssuer; undefined when the environment has none. */
export async function startAcme(server: ApiServer, rendered: readonly RenderedObject[]): Promise<AcmeServer | undefined> {
  const found = rendered.find((r) => r.object.kind === 'ClusterIssuer' && (r.object.spec as { acme?: unknown }).acme);
  if (!found) return undefined;
  const certs = pebbleCerts();
  const ca = readFileSync(certs.ca, 'utf8');
  const address = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  const [dnsPort, challMgmt, acmePort, acmeMgmt] = [await freePort(), await freePort(), await freePort(), await freePort()];
  server.spawn('pebble-challtestsrv', tool('pebble-challtestsrv'), [
    `-defaultIPv4=${address}`, '-defaultIPv6=', `-dnsserver=${address}:${dnsPort}`, `-http01=${address}:80`,
    '-https01=', '-tlsalpn01=', '-doh=', `-management=127.0.0.1:${challMgmt}`,
  ]);
  const config = path.join(server.dir, 'pebble-config.json');
  writeFileSync(config, JSON.stringify({
    pebble: {
      listenAddress: `127.0.0.1:${acmePort}`, managementListenAddress: `127.0.0.1:${acmeMgmt}`,
      certificate: certs.cert, privateKey: certs.key, httpPort: 80, tlsPort: 5001, ocspResponderURL: '', externalAccountBindingRequired: false,
    },
  }));
  server.spawn('pebble', tool('pebble'), [`-config=${config}`, `-dnsserver=${address}:${dnsPort}`], { PEBBLE_VA_NOSLEEP: '1', PEBBLE_WFE_NONCEREJECT: '0' });
  const directory = `https://127.0.0.1:${acmePort}/dir`;
  const challtestsrv = (verb: string, body: object) => fetch(`http://127.0.0.1:${challMgmt}/${verb}`, { method: 'POST', body: JSON.stringify(body) });
  await until(server, 'pebble', async () => (await httpsGet(directory, ca)).status === 200);
  await until(server, 'pebble-challtestsrv', async () => (await challtestsrv('del-http01', { token: 'none' })).ok);

  const issuer = structuredClone(found.object);
  Object.assign((issuer.spec as { acme: object }).acme, { server: directory, caBundle: Buffer.from(ca).toString('base64') });
  for (const r of await server.applyAll([{ file: `${found.file} (test: pebble's directory and CA)`, object: issuer }], { dryRun: false })) {
    if (r.error) throw new Error(`${r.file}: ${r.error}`);
  }

  // The solver stand-in: poll the Challenges (a quarter second) and mirror their token/key into challtestsrv.
  const served = new Map<string, string>();
  const challenges = new Map<string, { state: string; url: string }>();
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const res = await server.request('GET', '/apis/acme.cert-manager.io/v1/challenges');
      if (res.status !== 200) return;
      for (const c of res.body.items ?? []) challenges.set(`${c.metadata.namespace}/${c.metadata.name}`, { state: c.status?.state ?? '', url: c.spec?.url ?? '' });
      const now = new Map<string, string>((res.body.items ?? []).filter((c: any) => c.spec?.type === 'HTTP-01' && c.spec.token).map((c: any) => [c.spec.token, c.spec.key]));
      for (const [token, key] of now) if (served.get(token) !== key && (await challtestsrv('add-http01', { token, content: key })).ok) served.set(token, key);
      for (const token of [...served.keys()]) if (!now.has(token) && (await challtestsrv('del-http01', { token })).ok) served.delete(token);
    } catch {
      // The harness API server is gone (stopped): nothing more to mirror.
      clearInterval(timer);
    } finally {
      busy = false;
    }
  }, 250);
  timer.unref();

  return {
    issuer,
    challenges,
    certManagerArgs: [`--acme-http01-solver-nameservers=${address}:${dnsPort}`],
    async chain() {
      const get = async (p: string) => {
        const res = await httpsGet(`https://127.0.0.1:${acmeMgmt}/${p}`, ca);
        if (res.status !== 200) throw new Error(`pebble /${p}: ${res.status} ${res.body}`);
        return res.body;
      };
      return { root: await get('roots/0'), intermediate: await get('intermediates/0') };
    },
    stop: () => clearInterval(timer),
  };
}
