/**
 * The rendered InfluxDB setup Job run for real: its setup.sh, unmodified, under sh with the Job's
 * environment (the Secrets' values made up here), against a fresh influxd 1.8.10 (the staging image's
 * version) started with staging's rendered influxdb.conf (authentication on). Prod's script runs
 * against the same server: prod's cluster fork cannot be built here, and its data nodes answer the
 * same HTTP API.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifests, type KubeObject } from '../render/manifests';
import { MANIFESTS } from './support/fixtures';
import { influxQuery, influxRows, startInfluxd, type Influxd } from './support/influxd';

const tree = loadManifests(MANIFESTS);
const objectOf = (env: string, kind: string, name: string): any => {
  const found = tree.get(env)!.map((r) => r.object).find((o: KubeObject) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${env}: no ${kind} ${name} rendered`);
  return found;
};

interface Credentials { readonly name: string; readonly password: string }

/** Made-up passwords, the same for a Secret throughout this file. */
const SALT = randomBytes(6).toString('hex');

/** The setup container's environment, each secretKeyRef filled from made-up Secrets (quotes, backslash, `$`, space included). */
function jobEnvironment(env: string, url: string): { vars: Record<string, string>; secrets: Map<string, Credentials> } {
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

function runSetup(env: string, vars: Record<string, string>): { status: number | null; output: string } {
  const script = objectOf(env, 'ConfigMap', 'influxdb-setup').data['setup.sh'];
  const run = spawnSync('sh', ['-c', script], { env: { PATH: process.env.PATH!, ...vars }, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.each(['staging', 'prod'])('%s: the rendered InfluxDB setup script against a fresh influxd', (env) => {
  let server: Influxd;
  beforeAll(async () => {
    server = await startInfluxd(objectOf('staging', 'ConfigMap', 'influxdb').data['influxdb.conf']);
  });
  afterAll(async () => server?.process.stop());

  it('bootstraps the admin, the database, its retention policy and the users, prints no password, and a second run changes nothing', async () => {
    const { vars, secrets } = jobEnvironment(env, server.url);
    const admin = secrets.get('influxdb-admin-credentials')!;
    // A fresh server with authentication on refuses everything until an admin exists.
    expect((await influxQuery(server.url, 'SHOW USERS', admin)).status).toBe(403);

    const first = runSetup(env, vars);
    expect(first.status, first.output).toBe(0);
    for (const { password } of secrets.values()) expect(first.output).not.toContain(password);

    const state = async () => {
      const users = influxRows(await influxQuery(server.url, 'SHOW USERS', admin));
      const grants = Object.fromEntries(await Promise.all(users.filter((u) => !u.admin).map(async (u) =>
        [u.user, influxRows(await influxQuery(server.url, `SHOW GRANTS FOR "${u.user}"`, admin))] as const)));
      const policies = influxRows(await influxQuery(server.url, 'SHOW RETENTION POLICIES ON "telegraf"', admin));
      return { users, grants, policies };
    };
    const before = await state();
    const writer = secrets.get('influxdb-telegraf-credentials')!;
    const reader = secrets.get('influxdb-grafana-credentials')!;
    expect(before.users).toEqual(expect.arrayContaining([
      { user: admin.name, admin: true }, { user: writer.name, admin: false }, { user: reader.name, admin: false },
    ]));
    expect(before.grants[writer.name]).toEqual([{ database: 'telegraf', privilege: 'WRITE' }]);
    expect(before.grants[reader.name]).toEqual([{ database: 'telegraf', privilege: 'READ' }]);
    const retention = objectOf(env, 'ConfigMap', 'influxdb-setup').data['setup.sh'].match(/CREATE RETENTION POLICY "(\w+)" ON "telegraf" DURATION (\d+)h REPLICATION (\d+) SHARD DURATION (\d+)h/);
    expect(before.policies.find((p) => p.default)).toMatchObject({
      name: retention[1], duration: `${retention[2]}h0m0s`, shardGroupDuration: `${retention[4]}h0m0s`, replicaN: Number(retention[3]),
    });

    // The users work with exactly their grants.
    const write = await fetch(`${server.url}/write?db=telegraf`, { method: 'POST', body: 'probe,host=a value=1', headers: { authorization: `Basic ${Buffer.from(`${writer.name}:${writer.password}`).toString('base64')}` } });
    expect(write.status).toBe(204);
    expect(influxRows(await influxQuery(server.url, 'SELECT value FROM probe', reader, 'telegraf'))).toHaveLength(1);
    const readerWrite = await fetch(`${server.url}/write?db=telegraf`, { method: 'POST', body: 'probe,host=b value=1', headers: { authorization: `Basic ${Buffer.from(`${reader.name}:${reader.password}`).toString('base64')}` } });
    expect(readerWrite.status).toBe(403);

    const second = runSetup(env, vars);
    expect(second.status, second.output).toBe(0);
    for (const { password } of secrets.values()) expect(second.output).not.toContain(password);
    expect(second.output).toContain(`unchanged: admin user ${admin.name}`);
    expect(second.output).toContain(`unchanged: user ${writer.name}`);
    expect(second.output).not.toMatch(/password of user/);
    expect(await state()).toEqual(before);
  });

  it('fails, naming the admin and printing no password, when the admin Secret does not match the server', async () => {
    const { vars } = jobEnvironment(env, server.url);
    expect(runSetup(env, vars).status).toBe(0);
    const run = runSetup(env, { ...vars, ADMIN_PASSWORD: 'wrong-password' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/refuses the admin user influxdb-admin \(401\)/);
    expect(run.output).not.toContain('wrong-password');
  });
});
