/**
 * The rendered InfluxDB setup Job run for real: its setup.sh, unmodified, under sh with the Job's
 * environment (the Secrets' values made up here), against a fresh influxd 1.8.10 (the staging image's
 * version) started with staging's rendered influxdb.conf (authentication on). Prod's script runs
 * against the same server: prod's cluster fork cannot be built here, and its data nodes answer the
 * same HTTP API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { influxQuery, influxRows, jobEnvironment, runSetup, startInfluxd, type Influxd } from './support/influxd';
import { renderedObject as objectOf } from './support/telegraf';

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

/**
 * The prod join script (join.sh), unmodified, with a stand-in for the fork's influxd-ctl on PATH: the
 * fork (github.com/chengshiwen/influxdb-cluster) is not served by the Go module proxy, so its CLI
 * cannot run here. The stand-in keeps the members in a file, fails for meta nodes listed as down, and
 * prints every member's address on `show` (the script only greps `show` for an address).
 */
describe('prod: the rendered InfluxDB cluster join script', () => {
  const script: string = objectOf('prod', 'ConfigMap', 'influxdb-setup').data['join.sh'];
  const metas = [...script.matchAll(/add-meta '([^']+)'/g)].map((m) => m[1]);
  const datas = [...script.matchAll(/add-data '([^']+)'/g)].map((m) => m[1]);

  function join(members: string[], down: string[]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'join-'));
    writeFileSync(path.join(dir, 'members'), members.map((m) => `${m}\n`).join(''));
    writeFileSync(path.join(dir, 'calls'), '');
    const ctl = `#!/bin/sh
# influxd-ctl -bind ADDR (show | add-meta ADDR | add-data ADDR)
echo "$*" >> '${dir}/calls'
case " ${down.join(' ')} " in *" $2 "*) echo "Get http://$2/show-cluster: connection refused" >&2; exit 1;; esac
case "$3" in
  show) cat '${dir}/members';;
  add-meta|add-data) echo "$4" >> '${dir}/members'; echo "Added $4";;
  *) exit 2;;
esac
`;
    writeFileSync(path.join(dir, 'influxd-ctl'), ctl, { mode: 0o755 });
    const run = spawnSync('sh', ['-c', script.replaceAll('/tmp/show', path.join(dir, 'show'))], { env: { PATH: `${dir}:${process.env.PATH}` }, encoding: 'utf8', timeout: 30_000 });
    return {
      status: run.status,
      output: `${run.stdout}${run.stderr}`,
      members: readFileSync(path.join(dir, 'members'), 'utf8').split('\n').filter(Boolean),
      binds: new Set(readFileSync(path.join(dir, 'calls'), 'utf8').split('\n').filter((l) => /add-|show/.test(l)).map((l) => l.split(' ')[1])),
    };
  }

  it('joins every meta and data node of a new cluster', () => {
    expect(metas).toHaveLength(3);
    const run = join([], []);
    expect(run.status, run.output).toBe(0);
    expect(run.members.sort()).toEqual([...metas, ...datas].sort());
  });

  it('runs through another meta node while influxdb-meta-0 is down, adding only what is missing', () => {
    const run = join([...metas, datas[0]], [metas[0]]);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`using meta node ${metas[1]}`);
    expect(run.members.sort()).toEqual([...metas, ...datas].sort());
    expect([...run.binds].filter((b) => b !== metas[0])).toEqual([metas[1]]);
  });
});
