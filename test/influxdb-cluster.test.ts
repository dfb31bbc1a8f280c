/**
 * Prod's InfluxDB cluster for real: 3 meta + 2 data nodes of influxdb-cluster v1.8.11-c1.2.0 built
 * from its pinned source (the `influxd-meta`, `influxd-cluster-data` and `influxd-ctl` tools), each
 * with its rendered config (test/support/influxdb-cluster.ts), and the rendered setup Job's join.sh
 * and setup.sh run under sh against them with the Job's environment (the Secrets' values made up).
 * The scripts are run as rendered; only the pods' DNS names become the nodes' loopback addresses and
 * /tmp the pod's own folder. Two clusters run side by side, each through its cases in order: one
 * through a fresh install and the data-node faults, the other (joined first) through the meta-node
 * faults. The cases wait mostly on join.sh's own timers (`sleep 5` between rounds, `timeout 10` per
 * influxd-ctl call), so the file takes as long as the longer chain, not the sum. The Raft timers are
 * the rendered config's: it sets none, so influxdb-cluster's defaults apply; the test overrides only
 * addresses and folders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfluxCluster, runScript, type ClusterNode } from './support/influxdb-cluster';
import { influxQuery, influxRows, jobEnvironment, recordingCurl } from './support/influxd';
import { renderedObject as objectOf } from './support/telegraf';
import { waitFor } from './support/processes';

const joinScript: string = objectOf('prod', 'ConfigMap', 'influxdb-join').data['join.sh'];
const setupScript: string = objectOf('prod', 'ConfigMap', 'influxdb-setup').data['setup.sh'];
const joinJob = objectOf('prod', 'Job', 'influxdb-join');

/** Members as `influxd-ctl show` lists them: data nodes' TCP addresses and meta nodes' HTTP addresses. */
function members(show: string): string[] {
  return [...show.matchAll(/^\d+\s+(\S+)\s/gm)].map((m) => m[1]).sort();
}

const join = (cluster: InfluxCluster) => runScript(cluster.localize(joinScript), {}, cluster.bin, 90_000);
const everyone = (cluster: InfluxCluster) => [...cluster.metas.map((n) => `${n.ip}:${cluster.metaHttpPort}`), ...cluster.datas.map((n) => `${n.ip}:${cluster.rpcPort}`)].sort();

describe('prod: the rendered join and setup scripts against a real influxdb-cluster of 3 meta and 2 data nodes', () => {
  describe.concurrent('a fresh install, then data-node faults', () => {
    let cluster: InfluxCluster;
    const write = async (node: ClusterNode, user: { name: string; password: string }, line: string) => (await fetch(`${cluster.dataUrl(node)}/write?db=telegraf`, {
      method: 'POST', body: line, headers: { authorization: `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}` },
    })).status;

    beforeAll(async () => {
      cluster = new InfluxCluster('prod');
    });
    afterAll(async () => cluster?.close());

    it.sequential('on a fresh install, join.sh waits for a meta node that starts late and then joins every node (it had exited 1 at once)', async () => {
      const late = cluster.metas[2];
      await cluster.startAll([late]);
      // Not Ready before the join, so the join must not wait for readiness: it runs beside the StatefulSets.
      for (const n of [...cluster.metas.slice(0, 2), ...cluster.datas]) expect(await cluster.ready(n), n.pod).toBe(false);
      expect(joinJob.metadata.annotations['argocd.argoproj.io/hook']).toBe('Sync');
      expect(joinJob.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe(objectOf('prod', 'StatefulSet', 'influxdb-meta').metadata.annotations['argocd.argoproj.io/sync-wave']);
      const running = join(cluster);
      await new Promise((r) => setTimeout(r, 2_000));
      await cluster.startMeta(late);
      const run = await running;
      expect(run.status, run.output).toBe(0);
      expect(members(run.output)).toEqual(everyone(cluster));
      for (const d of cluster.datas) expect(await cluster.dataStatus(d)).toBe('joined');
      for (const n of [...cluster.metas, ...cluster.datas]) expect(await cluster.ready(n), n.pod).toBe(true);
      // The Job ends before the Flux layer that waits for it gives up, and a failed one is not kept.
      expect(joinJob.spec.activeDeadlineSeconds).toBeLessThan(15 * 60);
      expect(joinJob.spec.ttlSecondsAfterFinished).toBeGreaterThan(0);
    });

    it.sequential('setup.sh creates the admin, the database with its replicated retention policy and the users through a data node, and a second join adds nothing', async () => {
      const { vars, secrets } = jobEnvironment('prod', cluster.dataUrl(cluster.datas[0]));
      const curl = recordingCurl();
      const run = await runScript(cluster.localize(setupScript), vars, `${curl.bin}:${cluster.bin}`, 60_000);
      expect(run.status, run.output).toBe(0);
      for (const { password } of secrets.values()) expect(run.output).not.toContain(password);
      // No password on a curl command line, which every process on the node can read in /proc.
      expect(curl.argv().split('\n').filter(Boolean).length).toBeGreaterThan(5);
      for (const { password } of secrets.values()) expect(curl.argv()).not.toContain(password.slice(password.indexOf(' ') + 1));
      const admin = secrets.get('influxdb-admin-credentials')!;
      const policies = influxRows(await influxQuery(cluster.dataUrl(cluster.datas[1]), 'SHOW RETENTION POLICIES ON "telegraf"', admin));
      expect(policies.find((p) => p.default)).toMatchObject({ replicaN: 2 });
      const writer = secrets.get('influxdb-telegraf-credentials')!;
      for (const d of cluster.datas) expect(await write(d, writer, `probe,host=${d.pod} value=1`)).toBe(204);

      const again = await join(cluster);
      expect(again.status, again.output).toBe(0);
      expect(again.output).not.toMatch(/Added|replacing/);
    });

    it.sequential('join.sh rejoins a data node whose volume was replaced, which had come back answering /ping but 404 to every write', async () => {
      const { secrets } = jobEnvironment('prod', '');
      const writer = secrets.get('influxdb-telegraf-credentials')!;
      const node = cluster.datas[1];
      await cluster.replaceVolume(node);
      await cluster.startData(node);
      expect((await fetch(`${cluster.dataUrl(node)}/ping`)).status).toBe(204);
      expect(await cluster.dataStatus(node)).toBe('disjoined');
      // Out of the Service until joined again (it had been Ready on /ping).
      expect(await cluster.ready(node)).toBe(false);
      // What a client behind the Service saw for every other write.
      expect(await write(node, writer, 'probe,host=replaced value=1')).toBe(404);

      const run = await join(cluster);
      expect(run.status, run.output).toBe(0);
      expect(await cluster.dataStatus(node)).toBe('joined');
      await waitFor('the rejoined node to accept writes', async () => ((await write(node, writer, 'probe,host=replaced value=1')) === 204 ? true : undefined), 15_000);
      expect(members(run.output)).toEqual(everyone(cluster));
      expect(run.output).toContain(`data node ${node.ip}:${cluster.rpcPort} is listed but not joined`);
      expect(await cluster.ready(node)).toBe(true);
    });

    it.sequential('join.sh leaves a data node that restarted on its own volume alone: same ID, no entry replaced', async () => {
      const node = cluster.datas[0];
      const idOf = (show: string) => new RegExp(`^(\\d+)\\s+${node.ip.replaceAll('.', '\\.')}:${cluster.rpcPort}\\s`, 'm').exec(show)?.[1];
      const before = await join(cluster);
      await cluster.stop(node);
      await cluster.startData(node);
      const run = await join(cluster);
      expect(run.status, run.output).toBe(0);
      expect(run.output).not.toMatch(/replacing|Added/);
      expect(idOf(run.output)).toBeDefined();
      expect(idOf(run.output)).toBe(idOf(before.output));
    });

  });

  describe.concurrent('meta-node faults, on a second cluster joined first', () => {
    let cluster: InfluxCluster;

    beforeAll(async () => {
      cluster = new InfluxCluster('prod');
      await cluster.startAll();
      const run = await join(cluster);
      if (run.status !== 0) throw new Error(`join.sh of the second cluster: ${run.output}`);
    });
    afterAll(async () => cluster?.close());

    it.sequential('join.sh goes on through another meta node while influxdb-meta-0 accepts connections but never answers (it had waited forever)', async () => {
      const hung = cluster.metas[0];
      hung.process!.child.kill('SIGSTOP');
      try {
        const run = await join(cluster);
        expect(run.status, run.output).toBe(0);
        expect(run.output).toContain(`using meta node ${cluster.metas[1].ip}:${cluster.metaHttpPort}`);
        expect(members(run.output)).toEqual(everyone(cluster));
      } finally {
        hung.process!.child.kill('SIGCONT');
      }
    });

    it.sequential('a meta node that sees no Raft leader is not Ready, though /ping still answers 200 (the disruption budget had counted it available)', async () => {
      const [alone, ...others] = cluster.metas;
      for (const n of others) await cluster.stop(n);
      await waitFor(`${alone.pod} to lose the Raft leader`, async () => ((await cluster.metaStatus(alone)).leader === '' ? true : undefined), 30_000);
      expect((await fetch(`${cluster.metaUrl(alone)}/ping`)).status).toBe(200);
      expect(await cluster.ready(alone)).toBe(false);
      for (const n of others) await cluster.startMeta(n);
      await waitFor('a Raft leader again', async () => ((await cluster.metaStatus(alone)).leader !== '' ? true : undefined), 30_000);
      for (const n of cluster.metas) expect(await cluster.ready(n), n.pod).toBe(true);
    });
  });
});
