/**
 * The log path of one environment run with the real programs, for the tests and `npm run bench --
 * --log-path`: its rendered forwarder and aggregator under the real Fluent Bit 4.2.0
 * (test/support/fluent-bit.ts: mounts under a temporary root, Service addresses to loopback), one
 * kafka-fake broker per log topic with the listener the rendered configuration asks for (SASL_SSL as
 * prod's, SASL_PLAINTEXT as dev's), the Kubernetes API stand-in for the kubernetes filter and the
 * Elasticsearch stand-in with the environment's rendered index templates.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { tool } from '../../tools';
import { startElasticsearchStandIn, type DataStreamTemplate, type ElasticsearchStandIn } from './elasticsearch-standin';
import { fluentBitPod, renderedFluentBit, type FluentBitDoc, type FluentBitPod, type RenderedFluentBit } from './fluent-bit';
import { startKubernetesApiStandIn, type KubernetesApiStandIn, type PodMeta } from './kubernetes-api-standin';
import { Pairs, type Value } from './mapping-check';
import { freePort, killAll, startProcess, waitFor, type RunningProcess } from './processes';
import { kafkaCaDir, renderedObject } from './telegraf';

export const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const DOCKER_ID = 'ab12'.repeat(16);

/** Secrets and downward API values of the two pods. */
export const LOG_PATH_VALUES: Readonly<Record<string, string>> = {
  'log-forwarder/password': 'forwarder-secret',
  'log-aggregator/password': 'aggregator-secret',
  'elasticsearch-log-aggregator-credentials/username': 'log-aggregator',
  'elasticsearch-log-aggregator-credentials/password': 'es-secret',
  'field:spec.nodeName': 'node-1',
};

/** The file the container runtime writes a pod's container log to (the tail input's path). */
export const containerFile = (p: PodMeta) => `/var/log/containers/${p.pod}_${p.namespace}_${p.container}-${DOCKER_ID}.log`;

/** The test CA's `ca.crt` (from the folder `ca`) in each of the pod's `mounts`, as the Secrets' volumes hold it. */
export function mountCa(pod: FluentBitPod, ca: string, mounts: readonly string[]): void {
  for (const mount of mounts) {
    mkdirSync(pod.at(mount), { recursive: true });
    copyFileSync(path.join(ca, 'ca.crt'), pod.at(`${mount}/ca.crt`));
  }
}

/**
 * The rendered forwarder as a pod on this machine: its metrics on `httpPort`, its Kafka outputs on
 * `broker(topics)`, the kubernetes filter on the API stand-in at `kubePort`, the Kafka CA and the
 * service account (CA from `ca`) mounted, and the node's log files (`files`, container files included)
 * made empty before it starts: tail reads a file found at start from its end.
 */
export function forwarderPod(rendered: RenderedFluentBit, values: Readonly<Record<string, string>>,
  o: { readonly httpPort: number; readonly broker: (topics: unknown) => string; readonly kubePort: number; readonly ca: string; readonly files: readonly string[] }): FluentBitPod {
  const forwarder = fluentBitPod(rendered, values, (doc: FluentBitDoc, pod) => {
    doc.service.http_port = o.httpPort;
    for (const output of doc.pipeline.outputs) if (output.name === 'kafka') output.brokers = o.broker(output.topics);
    for (const filter of doc.pipeline.filters ?? []) {
      if (filter.name !== 'kubernetes') continue;
      // The tail input's tag is its file's path with dots (`kube.*`), so the prefix moves with the mount.
      filter.kube_tag_prefix = String(filter.kube_tag_prefix).replace('kube.var.log.', `kube${pod.at('/var/log').replaceAll('/', '.')}.`);
      Object.assign(filter, { kube_url: `https://127.0.0.1:${o.kubePort}`, kube_ca_file: pod.at(`${SERVICE_ACCOUNT}/ca.crt`), kube_token_file: pod.at(`${SERVICE_ACCOUNT}/token`) });
    }
  });
  mountCa(forwarder, o.ca, ['/etc/kafka-ca', SERVICE_ACCOUNT]);
  writeFileSync(forwarder.at(`${SERVICE_ACCOUNT}/token`), 'service-account-token');
  mkdirSync(forwarder.at('/var/log/containers'), { recursive: true });
  mkdirSync(forwarder.at('/var/log/journal'), { recursive: true });
  for (const file of o.files) writeFileSync(forwarder.at(file), '');
  return forwarder;
}

export interface LogPath {
  readonly env: string;
  readonly es: ElasticsearchStandIn;
  readonly kube: KubernetesApiStandIn;
  readonly forwarder: FluentBitPod;
  readonly aggregator: FluentBitPod;
  forwarderProcess: RunningProcess;
  aggregatorProcess: RunningProcess;
  /** The security protocol both rendered Kafka clients use (`SASL_SSL`, `SASL_PLAINTEXT`). */
  readonly kafkaProtocol: string;
  /** The loopback ports of the two processes' HTTP servers (`/api/v2/metrics/prometheus`). */
  readonly httpPorts: { readonly aggregator: number; readonly forwarder: number };
  /** Per log topic, its broker's port and folder (with `ca.crt`), for kafka-fake `consume`. */
  readonly kafka: ReadonlyMap<string, { readonly port: number; readonly dir: string }>;
  /** Starts Fluent Bit again on a pod's folder (a restart on the same volume). */
  startFluentBit(pod: FluentBitPod, name: string): RunningProcess;
  close(): Promise<void>;
}

/** The value at a dotted path, whether the document holds it as a dotted key or nested objects. */
export function field(doc: Pairs, dotted: string): Value | undefined {
  if (doc.has(dotted)) return doc.get(dotted);
  const parts = dotted.split('.');
  for (let i = 1; i < parts.length; i++) {
    const head = doc.get(parts.slice(0, i).join('.'));
    if (head instanceof Pairs) {
      const rest = field(head, parts.slice(i).join('.'));
      if (rest !== undefined) return rest;
    }
  }
  return undefined;
}

/** CPU seconds (user + system) a process has used so far, from `/proc/<pid>/stat`. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / CLOCK_TICKS;
}
// sysconf(_SC_CLK_TCK) is 100 on Linux for every architecture Node runs on (USER_HZ).
const CLOCK_TICKS = 100;

/**
 * The file settings among `settings` (`rdkafka.ssl.ca.location`) moved under the pod's root: another
 * environment's pod declares the same mounts, but fluentBitPod moves only the paths its own config names.
 */
export function podPaths(settings: Readonly<Record<string, unknown>>, pod: { at(podPath: string): string }): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([k, v]) => k.endsWith('.location') && String(v).startsWith('/')).map(([k, v]) => [k, pod.at(String(v))]));
}

/**
 * Starts the environment's log path; `pods` are the pods the Kubernetes API stand-in knows, each
 * with its container log file created empty before the forwarder starts (tail reads a file found at
 * start from its end), as is `/var/log/auth.log`. `aggregatorEnv` runs another environment's Fluent
 * Bit aggregator behind `env`'s forwarder (prod's aggregator is Logstash, which cannot run here): its
 * Kafka inputs take the forwarder's topics and Kafka security settings, and it writes its own streams.
 */
export async function startLogPath(opts: { env: string; pods: readonly PodMeta[]; aggregatorEnv?: string }): Promise<LogPath> {
  const { env, pods } = opts;
  const aggregatorEnv = opts.aggregatorEnv ?? env;
  const values = LOG_PATH_VALUES;
  const running: RunningProcess[] = [];
  const folders: string[] = [];
  const ca = kafkaCaDir();
  const fwd = renderedFluentBit(env, 'fluent-bit-forwarder');
  const agg = renderedFluentBit(aggregatorEnv, 'fluent-bit-aggregator');
  const forwarderKafka = (parse(fwd.config) as FluentBitDoc).pipeline.outputs.find((o) => o.name === 'kafka') ?? {};
  const forwarderListener = Object.fromEntries(Object.entries(forwarderKafka).filter(([k]) => k.startsWith('rdkafka.security.') || k.startsWith('rdkafka.ssl.')));
  const protocols = new Set([fwd.config, ...(aggregatorEnv === env ? [agg.config] : [])].flatMap((c) => (c.match(/rdkafka\.security\.protocol: (\S+)/g) ?? []).map((m) => m.split(': ')[1])));
  if (protocols.size !== 1) throw new Error(`${env}: the forwarder and aggregator use Kafka security protocols ${[...protocols].join(', ')}; the log path runs one listener`);
  const [kafkaProtocol] = [...protocols];
  const listener: Record<string, string[]> = { SASL_SSL: [], SASL_PLAINTEXT: ['-sasl-plaintext'] };
  if (!listener[kafkaProtocol]) throw new Error(`${env}: rdkafka.security.protocol ${kafkaProtocol}: no kafka-fake listener for it`);

  try {
    return await run();
  } catch (err) {
    // Whatever started before the failure stops here: a half-started path leaves no process behind.
    await killAll(running);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  async function run(): Promise<LogPath> {
    const topics = (fwd.config.match(/topics: (\S+)/g) ?? []).map((t) => t.slice('topics: '.length));

    const brokers = new Map<string, number>();
    const kafkaBrokers = new Map<string, { port: number; dir: string }>();
    for (const topic of topics) {
      // Each broker keeps its log in its own folder, with the one CA every stand-in shares.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kafka-log-path-'));
      folders.push(dir);
      for (const file of ['ca.crt', 'server.crt', 'server.key']) copyFileSync(path.join(ca, file), path.join(dir, file));
      const port = await freePort();
      const kafka = startProcess(`kafka-fake ${topic}`, tool('kafka-fake'), ['serve', '-port', String(port), '-dir', dir, '-topic', topic, ...listener[kafkaProtocol],
        '-user', `log-forwarder=${values['log-forwarder/password']}`, '-user', `log-aggregator=${values['log-aggregator/password']}`]);
      running.push(kafka);
      await waitFor(`kafka-fake for ${topic} to listen`, () => {
        if (kafka.exitCode() !== undefined) throw new Error(`kafka-fake exited: ${kafka.output()}`);
        return kafka.output().includes('listening') ? true : undefined;
      });
      brokers.set(topic, port);
      kafkaBrokers.set(topic, { port, dir });
    }

    const lifecycle = renderedObject(aggregatorEnv, 'ConfigMap', 'logs-index-lifecycle').data as Record<string, string>;
    const templates = Object.entries(lifecycle).filter(([k]) => k.endsWith('.json')).map(([, body]) => JSON.parse(body) as DataStreamTemplate).filter((t) => t.index_patterns && t.data_stream);
    const es = await startElasticsearchStandIn({ templates, tlsDir: ca, user: values['elasticsearch-log-aggregator-credentials/username'], password: values['elasticsearch-log-aggregator-credentials/password'] });
    const kube = await startKubernetesApiStandIn({ pods, tlsDir: ca, token: 'service-account-token', nodeName: values['field:spec.nodeName'] });

    const httpPorts = { aggregator: await freePort(), forwarder: await freePort() };
    const broker = (topic: unknown) => `127.0.0.1:${brokers.get(String(topic)) ?? Number.NaN}`;
    const aggregator = fluentBitPod(agg, values, (doc: FluentBitDoc, pod) => {
      doc.service.http_port = httpPorts.aggregator;
      const inputs = doc.pipeline.inputs.filter((input) => input.name === 'kafka');
      if (aggregatorEnv !== env) {
        if (inputs.length !== topics.length) throw new Error(`${aggregatorEnv}: the aggregator has ${inputs.length} Kafka inputs, ${env}'s forwarder writes ${topics.length} topics`);
        // Same order: container logs, then node logs (constructs/log-streams.ts).
        for (const [i, input] of inputs.entries()) Object.assign(input, { topics: topics[i] }, forwarderListener, podPaths(forwarderListener, pod));
      }
      for (const input of inputs) input.brokers = broker(input.topics);
      for (const output of doc.pipeline.outputs) if (output.name === 'es') Object.assign(output, { host: '127.0.0.1', port: es.port });
    });
    const forwarder = forwarderPod(fwd, values, { httpPort: httpPorts.forwarder, broker, kubePort: kube.port, ca, files: [...pods.map(containerFile), '/var/log/auth.log'] });
    mountCa(aggregator, ca, ['/etc/kafka-ca', '/etc/elasticsearch-ca']);

    const startFluentBit = (pod: FluentBitPod, name: string) => {
      const p = startProcess(name, tool('fluent-bit'), ['-c', pod.configFile], pod.env);
      running.push(p);
      return p;
    };
    const aggregatorProcess = startFluentBit(aggregator, 'aggregator');
    const forwarderProcess = startFluentBit(forwarder, 'forwarder');
    const path_: LogPath = {
      env, es, kube, forwarder, aggregator, forwarderProcess, aggregatorProcess, kafkaProtocol, httpPorts, kafka: kafkaBrokers, startFluentBit,
      close: async () => {
        await killAll(running);
        await Promise.all([es.close(), kube.close()]);
        for (const dir of [...folders, forwarder.root, aggregator.root]) rmSync(dir, { recursive: true, force: true });
      },
    };
    try {
      for (const p of [aggregatorProcess, forwarderProcess]) {
        await waitFor(`${p.name} to start`, () => {
          if (p.exitCode() !== undefined) throw new Error(`${p.name} exited: ${p.output()}`);
          return p.output().includes('stream processor started') ? true : undefined;
        }).catch((err: Error) => { throw new Error(`${err.message}\n${p.output().slice(-4000)}`); });
      }
      await waitFor('the forwarder to watch the container files', () => (forwarderProcess.output().split('inotify_fs_add').length > pods.length + 1 ? true : undefined), 30_000);
    } catch (err) {
      await path_.close();
      throw err;
    }
    return path_;
  }
}
