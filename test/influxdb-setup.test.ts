/**
 * The rendered InfluxDB setup Job run for real: its setup.sh, unmodified, under sh with the Job's
 * environment (the Secrets' values made up here), against a fresh influxd 1.8.10 (the staging image's
 * version) started with staging's rendered influxdb.conf (authentication on). Prod's scripts run
 * against a real influxdb-cluster in test/influxdb-cluster.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { influxQuery, influxRows, jobEnvironment, recordingCurl, runSetup, startInfluxd, type Influxd } from './support/influxd';
import { renderedObject as objectOf } from './support/telegraf';

describe.each(['staging'])('%s: the rendered InfluxDB setup script against a fresh influxd', (env) => {
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

    const curl = recordingCurl();
    const first = runSetup(env, vars, curl.bin);
    expect(first.status, first.output).toBe(0);
    for (const { password } of secrets.values()) expect(first.output).not.toContain(password);
    // No password on any curl command line (readable by every process on the node in /proc), though curl sent them all.
    expect(curl.argv().split('\n').filter(Boolean).length).toBeGreaterThan(5);
    // The part of each password that InfluxQL escaping leaves as it is, so it shows in a statement too.
    for (const { password } of secrets.values()) expect(curl.argv()).not.toContain(password.slice(password.indexOf(' ') + 1));

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

