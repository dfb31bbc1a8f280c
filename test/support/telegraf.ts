/**
 * The rendered Telegraf processes: each ConfigMap holding a telegraf.conf, with the container that
 * runs it (found by the volume that mounts the ConfigMap) and the environment variables it is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { KubeObject } from '../../render/manifests';
import { tool } from '../../tools';
import { committedManifests } from './fixtures';

export interface RenderedTelegraf {
  readonly env: string;
  /** ConfigMap name. */
  readonly name: string;
  readonly config: string;
  /** Workload kind/name and container running it. */
  readonly runBy: string;
  readonly command: readonly string[];
  /** Names of the environment variables the container gets. */
  readonly envNames: readonly string[];
  /** The container's mounts other than the configuration itself. */
  readonly mounts: ReadonlyArray<{ readonly name: string; readonly mountPath: string }>;
}

const tree = committedManifests();

export function renderedObjects(env: string): KubeObject[] {
  const records = tree.get(env);
  if (!records) throw new Error(`no rendered environment ${env}`);
  return records.map((r) => r.object);
}

/** The rendered object of `kind` named `name` in `env`; throws when there is none. */
export function renderedObject(env: string, kind: string, name: string): any {
  const found = renderedObjects(env).find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${env}: no ${kind} ${name} rendered`);
  return found;
}

export function renderedTelegrafs(env: string): RenderedTelegraf[] {
  const objects = renderedObjects(env);
  const workloads = objects.filter((o) => ['Deployment', 'DaemonSet', 'StatefulSet'].includes(o.kind));
  return objects.filter((o) => o.kind === 'ConfigMap' && (o as any).data?.['telegraf.conf']).map((cm) => {
    for (const w of workloads) {
      const pod = (w.spec as any).template.spec;
      const volume = (pod.volumes ?? []).find((v: any) => v.configMap?.name === cm.metadata.name);
      if (!volume) continue;
      const container = pod.containers.find((c: any) => (c.volumeMounts ?? []).some((m: any) => m.name === volume.name));
      return {
        env,
        name: cm.metadata.name,
        config: (cm as any).data['telegraf.conf'],
        runBy: `${w.kind}/${w.metadata.name} container ${container.name}`,
        command: container.command,
        envNames: (container.env ?? []).map((e: { name: string }) => e.name),
        mounts: (container.volumeMounts ?? []).filter((m: any) => m.name !== volume.name).map((m: any) => ({ name: m.name, mountPath: m.mountPath })),
      };
    }
    throw new Error(`${env}: no workload mounts the Telegraf ConfigMap ${cm.metadata.name}`);
  });
}

/** A folder holding the Kafka cluster CA (`ca.crt`), made by the kafka-fake tool. */
export function kafkaCaDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kafka-ca-'));
  const run = spawnSync(tool('kafka-fake'), ['ca', '-dir', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kafka-fake ca: ${run.stderr}`);
  return dir;
}

/**
 * The configuration as this machine can run it: every path under one of the container's mounts
 * (`mounts`: mountPath → local folder with the same files) points into the local folder instead.
 * Throws when a mount the configuration reads has no local folder, or a given one is not used.
 */
export function withMounts(config: string, mounts: Readonly<Record<string, string>>): string {
  let text = config;
  for (const [mountPath, dir] of Object.entries(mounts)) {
    if (!text.includes(`"${mountPath}/`)) throw new Error(`the configuration reads nothing under ${mountPath}`);
    text = text.split(`"${mountPath}/`).join(`"${dir}/`);
  }
  return text;
}

/** `telegraf config check` over `config` in strict environment handling, with `vars` set. */
export function telegrafConfigCheck(config: string, vars: Readonly<Record<string, string>>): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'telegraf-check-'));
  const file = path.join(dir, 'telegraf.conf');
  writeFileSync(file, config);
  const run = spawnSync(tool('telegraf'), ['config', 'check', '--config', file, '--strict-env-handling'], {
    env: { PATH: process.env.PATH!, ...vars },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/**
 * Plugins a configuration needs compiled in (Telegraf's build tags): each `[[inputs.x]]` and
 * `[[outputs.x]]`, plus the parser of every input and the serializer of every output that has a
 * `data_format`.
 */
export function pluginsOf(parsed: Record<string, any>): string[] {
  const found = new Set<string>();
  for (const [kind, format] of [['inputs', 'parsers'], ['outputs', 'serializers']] as const) {
    for (const [name, blocks] of Object.entries((parsed[kind] ?? {}) as Record<string, Array<Record<string, unknown>>>)) {
      found.add(`${kind}.${name}`);
      for (const block of blocks) if (typeof block.data_format === 'string') found.add(`${format}.${block.data_format}`);
    }
  }
  return [...found].sort();
}
