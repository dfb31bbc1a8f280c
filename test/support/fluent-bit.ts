/**
 * The rendered Fluent Bit processes (forwarder DaemonSet, aggregator StatefulSet) as their pods run
 * them, for the real fluent-bit built by `npm run tools`: the ConfigMap's `fluent-bit.yaml`, the
 * container's environment (Secrets and the downward API filled in by the test) and its mounts, each
 * mount a folder under one temporary root. The configuration is changed only where the pod's world
 * differs from this machine's: a mount path (`/var/log/...` becomes `<root>/var/log/...`) and, for
 * runs against stand-ins, the addresses of Services (`network`, see fluentBitPod).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { tool } from '../../tools';
import { renderedObjects } from './telegraf';

export interface RenderedFluentBit {
  readonly env: string;
  /** ConfigMap name (`fluent-bit-forwarder`, `fluent-bit-aggregator`). */
  readonly name: string;
  readonly config: string;
  readonly runBy: string;
  /** The file the container's arguments name (`-c <file>`). */
  readonly configPath: string;
  /** The container's environment: each variable with where its value comes from (`secret/key`, `field:path` or the literal). */
  readonly envFrom: Readonly<Record<string, string>>;
  /** Mount paths of the container other than the configuration's. */
  readonly mounts: readonly string[];
}

export function renderedFluentBits(env: string): RenderedFluentBit[] {
  const objects = renderedObjects(env);
  const workloads = objects.filter((o) => ['Deployment', 'DaemonSet', 'StatefulSet'].includes(o.kind));
  return objects.filter((o) => o.kind === 'ConfigMap' && (o as any).data?.['fluent-bit.yaml']).map((cm) => {
    for (const w of workloads) {
      const pod = (w.spec as any).template.spec;
      const volume = (pod.volumes ?? []).find((v: any) => v.configMap?.name === cm.metadata.name);
      if (!volume) continue;
      const container = pod.containers.find((c: any) => (c.volumeMounts ?? []).some((m: any) => m.name === volume.name));
      const args: string[] = [...(container.command ?? []), ...(container.args ?? [])];
      const configPath = args[args.indexOf('-c') + 1];
      if (!args.includes('-c') || !configPath) throw new Error(`${env}: ${w.kind}/${w.metadata.name} runs Fluent Bit without -c <file> (${args.join(' ')})`);
      const envFrom: Record<string, string> = {};
      for (const e of container.env ?? []) {
        envFrom[e.name] = e.value ?? (e.valueFrom?.secretKeyRef ? `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}` : `field:${e.valueFrom?.fieldRef?.fieldPath}`);
      }
      return {
        env,
        name: cm.metadata.name,
        config: (cm as any).data['fluent-bit.yaml'],
        runBy: `${w.kind}/${w.metadata.name}`,
        configPath,
        envFrom,
        mounts: (container.volumeMounts ?? []).filter((m: any) => m.name !== volume.name).map((m: any) => m.mountPath as string),
      };
    }
    throw new Error(`${env}: no workload mounts the Fluent Bit ConfigMap ${cm.metadata.name}`);
  });
}

export function renderedFluentBit(env: string, name: string): RenderedFluentBit {
  const found = renderedFluentBits(env).find((f) => f.name === name);
  if (!found) throw new Error(`${env}: no Fluent Bit ConfigMap ${name} rendered`);
  return found;
}

/** The plugins a configuration names, as `kind/name` (`inputs/tail`, `filters/kubernetes`, `outputs/es`). */
export function pluginsOf(config: string): string[] {
  const pipeline = (parse(config) as { pipeline: Record<string, Array<{ name: string }>> }).pipeline;
  return [...new Set(Object.entries(pipeline).flatMap(([kind, list]) => list.map((p) => `${kind}/${String(p.name).toLowerCase()}`)))].sort();
}

export interface FluentBitPod {
  /** The folder standing for the pod's filesystem root. */
  readonly root: string;
  /** The configuration file, at `<root><configPath>`, with mount paths pointing under root. */
  readonly configFile: string;
  /** The container's environment, every variable given. */
  readonly env: Readonly<Record<string, string>>;
  /** `<root><podPath>`: where the process finds what the pod has at `podPath`. */
  at(podPath: string): string;
}

/**
 * A pod's filesystem under a new temporary root: every mount an empty folder, the configuration
 * written where the container reads it, with each mount path in it moved under the root. `values`
 * gives each environment variable's source (`secret/key`, `field:spec.nodeName`) a value; a source
 * without one fails, naming it.
 */
export type Plugin = Record<string, unknown> & { name: string };
export interface FluentBitDoc { service: Record<string, unknown>; parsers?: Array<Record<string, unknown>>; pipeline: { inputs: Plugin[]; filters?: Plugin[]; outputs: Plugin[] } }

/**
 * `network` edits the network settings in place (the HTTP server's port, Kafka `brokers`,
 * Elasticsearch `host` and `port`, the kubernetes filter's API address and service-account files): a
 * pod has its own network namespace, resolves Service names and mounts its service account; this
 * machine has stand-ins on loopback ports instead.
 */
export function fluentBitPod(rendered: RenderedFluentBit, values: Readonly<Record<string, string>>, network?: (doc: FluentBitDoc, pod: { at(podPath: string): string }) => void): FluentBitPod {
  const root = mkdtempSync(path.join(os.tmpdir(), `${rendered.name}-`));
  const at = (podPath: string) => path.join(root, podPath);
  let text = rendered.config;
  // Longest first, so that a mount inside another mount keeps its own folder.
  for (const mount of [...rendered.mounts].sort((a, b) => b.length - a.length)) {
    mkdirSync(at(mount), { recursive: true });
    const escaped = mount.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(^|[\\s,"'])${escaped}(?=[/\\s,"']|$)`, 'gm'), (_, before: string) => `${before}${at(mount)}`);
  }
  if (network) {
    const doc = parse(text) as FluentBitDoc;
    network(doc, { at });
    text = stringify(doc);
  }
  const configFile = at(rendered.configPath);
  mkdirSync(path.dirname(configFile), { recursive: true });
  writeFileSync(configFile, text);
  const env: Record<string, string> = {};
  for (const [name, source] of Object.entries(rendered.envFrom)) {
    const value = values[source];
    if (value === undefined) throw new Error(`${rendered.env}: ${rendered.runBy} sets ${name} from ${source}; the test gives no value for it`);
    env[name] = value;
  }
  return { root, configFile, env, at };
}

/** `fluent-bit --dry-run -c <file>` with the pod's environment: the exit status and what it printed. */
export function dryRun(pod: FluentBitPod): { ok: boolean; output: string } {
  const run = spawnSync(tool('fluent-bit'), ['--dry-run', '-c', pod.configFile], { env: { PATH: process.env.PATH!, ...pod.env }, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
