import { createHash } from 'node:crypto';
import { Chart, Size, SizeRoundingBehavior } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsSubdomain, requireInteger } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, requirePinnedImage, sizeQuantity, type ResourceSpec } from './hardening';
import { LABEL, recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { PodMonitor } from './monitors';
import { AllowIngress, type PolicyPeer } from './network-policy';
import { spreadReplicas, type ReplicaSpread } from './spread';

/** Values of a Spark properties file (`spark-defaults.conf`, `metrics.properties`). */
export type SparkProperties = Readonly<Record<string, string | number | boolean>>;

/** `key value` lines, in the order given (Spark reads whitespace- or `=`-separated Java properties). */
export function propertiesFile(props: SparkProperties, separator: ' ' | '=' = ' '): string {
  return Object.entries(props).map(([k, v]) => `${k}${separator}${v}`).join('\n') + '\n';
}

/** `spark-env.sh`: one `export NAME="value"` per variable; values are never expanded by the shell. */
export function envFile(vars: Readonly<Record<string, string | number>>): string {
  return Object.entries(vars).map(([name, value]) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new ConfigError('spark-env.sh', name, 'must be an upper-case shell variable name');
    if (/["$`\\\n]/.test(String(value))) throw new ConfigError(`spark-env.sh.${name}`, value, 'must not contain quotes, `$`, backquotes, backslashes or newlines');
    return `export ${name}="${value}"`;
  }).join('\n') + '\n';
}

/** A size in Spark's JVM notation (`4g`, `512m`). */
export function sparkSize(size: Size): string {
  const mebibytes = size.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  if (!Number.isInteger(mebibytes)) throw new ConfigError('size', sizeQuantity(size), 'must be a whole number of mebibytes for Spark');
  return mebibytes % 1024 === 0 ? `${mebibytes / 1024}g` : `${mebibytes}m`;
}

/** sha256 of a ConfigMap's data: as a pod-template annotation it rolls the pods when the files change. */
export function configChecksum(...data: ReadonlyArray<Readonly<Record<string, string>>>): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/**
 * A JVM's container memory: the heap plus native memory (metaspace, threads, buffers), sized the way
 * Spark sizes `spark.executor.memoryOverhead` on Kubernetes (10%, at least 384 MiB), plus `extra`.
 */
export function withOverhead(heap: Size, extra: Size = Size.mebibytes(0)): Size {
  const mib = (s: Size) => s.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  return Size.mebibytes(Math.ceil(mib(heap) + Math.max(384, mib(heap) * 0.1) + mib(extra)));
}

/** The uid of the `spark` user in the official apache/spark images. */
export const SPARK_UID = 185;
export const SPARK_HOME = '/opt/spark';
export const SPARK_CONF_DIR = `${SPARK_HOME}/conf`;
export const CHECKSUM_ANNOTATION = 'observability-platform/config-checksum';
/** Heap of each daemon (master, worker, history server): they only schedule and serve UIs. */
const DAEMON_MEMORY = Size.mebibytes(512);

export const SPARK_PORTS = { masterRpc: 7077, masterUi: 8080, workerRpc: 7078, workerUi: 8081, historyUi: 18080 } as const;
/**
 * The executors' block managers (shuffle and broadcast blocks), in the worker pods: the first port
 * `spark.blockManager.port` and, when several executors share a worker, the next ones
 * (`spark.port.maxRetries`, Utils.startServiceOnPort in Spark core), fixed so policies can name them.
 */
export const EXECUTOR_BLOCK_MANAGER_PORTS = { first: 7100, retries: 15 } as const;

/** The Spark version and Scala binary version an official image tag names (`4.0.1-scala2.13-java17-python3-ubuntu`). */
export function sparkImageVersion(image: string): { readonly spark: string; readonly scala: string } {
  const tag = image.slice(image.lastIndexOf(':') + 1);
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-scala(\d+\.\d+))?(?:-|$)/.exec(tag);
  if (!m) throw new ConfigError('image', image, 'must be an apache/spark image tagged with its Spark version (e.g. 4.0.1-scala2.13-java17-python3-ubuntu)');
  return { spark: `${m[1]}.${m[2]}.${m[3]}`, scala: m[4] ?? (Number(m[1]) >= 4 ? '2.13' : '2.12') };
}

export interface SparkClusterProps {
  /** Pinned official image with Python (`apache/spark:<version>-scala<x>-java<y>-python3-ubuntu`); runs as uid 185. */
  readonly image: string;
  /** Worker pods; each runs one Worker daemon. */
  readonly workers: number;
  /** `SPARK_WORKER_CORES`: cores a worker offers to executors. */
  readonly workerCores: number;
  /** CPU a worker pod requests. @default workerCores */
  readonly workerCpuRequest?: Cpu;
  /** `SPARK_WORKER_MEMORY`: memory a worker offers to executors. */
  readonly workerMemory: Size;
  /** `spark.executor.cores`. */
  readonly executorCores: number;
  /** `spark.executor.memory` (heap). */
  readonly executorMemory: Size;
  /** `spark.driver.memory` (heap) of applications submitted in client mode. */
  readonly driverMemory: Size;
  readonly masterResources: ResourceSpec;
  /** A ReadWriteMany claim for the event log: drivers write it, the history server reads it. */
  readonly eventLog: { readonly storageClass: string; readonly size: Size };
  /** PodDisruptionBudget for the workers (at most one voluntarily evicted at a time). @default false */
  readonly workerDisruptionBudget?: boolean;
  /** Spread the workers evenly over zones as well as over nodes (see spreadReplicas). @default false */
  readonly zoneSpread?: boolean;
  /** Prometheus' pods (namespace and labels): admitted to the metrics ports. */
  readonly scrapers: PolicyPeer;
  /** Who may open the master and history server UIs: the ingress controller's pods. */
  readonly uiClients: readonly PolicyPeer[];
}

const MOUNTS = { conf: SPARK_CONF_DIR, tmp: '/tmp', work: `${SPARK_HOME}/work`, eventLog: `${SPARK_HOME}/event-log` } as const;

/** Volumes and mounts a Spark container starts from. */
export interface SparkPodParts {
  readonly volumes: k8s.Volume[];
  readonly volumeMounts: k8s.VolumeMount[];
}

/**
 * A Spark standalone cluster without an operator: the generated configuration (`spark-defaults.conf`,
 * `spark-env.sh`, `metrics.properties`), the master (Deployment and Service), the workers, the shared
 * event-log claim, PodMonitors and NetworkPolicies. Applications and the history server are added with
 * `podTemplate()` and the references here (`masterUrl`, `eventLogClaimName`, `podLabels`).
 */
export class SparkCluster extends Construct {
  readonly image: string;
  readonly version: { readonly spark: string; readonly scala: string };
  readonly workers: number;
  /** `spark.driver.memory`: the heap of every driver submitted in client mode. */
  readonly driverMemory: Size;
  /** Prometheus' pods, admitted to the metrics ports. */
  readonly scrapers: PolicyPeer;
  readonly masterServiceName = 'spark-master';
  readonly masterUrl: string;
  readonly configMapName = 'spark-conf';
  readonly eventLogClaimName = 'spark-event-log';
  /** Labels every pod of this cluster and its applications carries (the internal NetworkPolicy's peer). */
  readonly podLabels: Record<string, string>;
  readonly masterPodLabels: Record<string, string>;
  readonly workerPodLabels: Record<string, string>;
  /** Labels every application driver of this cluster carries. */
  readonly driverPodLabels: Record<string, string>;
  private readonly configData: Record<string, string>;

  constructor(scope: Construct, id: string, props: SparkClusterProps) {
    super(scope, id);
    requirePinnedImage('image', props.image);
    validate(props);
    const namespace = Chart.of(this).namespace ?? 'default';
    this.image = props.image;
    this.version = sparkImageVersion(props.image);
    this.workers = props.workers;
    this.driverMemory = props.driverMemory;
    this.scrapers = props.scrapers;
    this.masterUrl = `spark://${this.masterServiceName}.${namespace}.svc:${SPARK_PORTS.masterRpc}`;
    this.podLabels = { [LABEL.name]: 'spark' };
    const master = this.identity('master');
    const worker = this.identity('worker');
    this.masterPodLabels = selectorLabels(master);
    this.workerPodLabels = selectorLabels(worker);
    this.driverPodLabels = { [LABEL.name]: 'spark', [LABEL.component]: 'driver' };

    this.configData = {
      'spark-defaults.conf': propertiesFile({
        'spark.master': this.masterUrl,
        'spark.executor.cores': props.executorCores,
        'spark.executor.memory': sparkSize(props.executorMemory),
        'spark.blockManager.port': EXECUTOR_BLOCK_MANAGER_PORTS.first,
        'spark.port.maxRetries': EXECUTOR_BLOCK_MANAGER_PORTS.retries,
        'spark.driver.memory': sparkSize(props.driverMemory),
        'spark.eventLog.enabled': true,
        'spark.eventLog.dir': `file://${MOUNTS.eventLog}`,
        // A streaming application runs for weeks: roll its event log so the history server can compact it.
        'spark.eventLog.rolling.enabled': true,
        'spark.eventLog.rolling.maxFileSize': '128m',
        'spark.history.fs.logDirectory': `file://${MOUNTS.eventLog}`,
        'spark.history.fs.cleaner.enabled': true,
        'spark.history.fs.cleaner.maxAge': '7d',
        'spark.history.fs.eventLog.rolling.maxFilesToRetain': 2,
        'spark.history.ui.port': SPARK_PORTS.historyUi,
        'spark.ui.prometheus.enabled': true,
        'spark.metrics.conf': `${SPARK_CONF_DIR}/metrics.properties`,
        'spark.worker.cleanup.enabled': true,
      }),
      'spark-env.sh': envFile({
        SPARK_MASTER_PORT: SPARK_PORTS.masterRpc,
        SPARK_MASTER_WEBUI_PORT: SPARK_PORTS.masterUi,
        SPARK_WORKER_CORES: props.workerCores,
        SPARK_WORKER_MEMORY: sparkSize(props.workerMemory),
        SPARK_WORKER_PORT: SPARK_PORTS.workerRpc,
        SPARK_WORKER_WEBUI_PORT: SPARK_PORTS.workerUi,
        SPARK_WORKER_DIR: MOUNTS.work,
        SPARK_DAEMON_MEMORY: sparkSize(DAEMON_MEMORY),
      }),
      'metrics.properties': propertiesFile({
        '*.sink.prometheusServlet.class': 'org.apache.spark.metrics.sink.PrometheusServlet',
        '*.sink.prometheusServlet.path': METRICS_PATHS.instance,
        'master.sink.prometheusServlet.path': METRICS_PATHS.master,
        'applications.sink.prometheusServlet.path': METRICS_PATHS.applications,
        'master.source.jvm.class': 'org.apache.spark.metrics.source.JvmSource',
        'worker.source.jvm.class': 'org.apache.spark.metrics.source.JvmSource',
        'driver.source.jvm.class': 'org.apache.spark.metrics.source.JvmSource',
        'executor.source.jvm.class': 'org.apache.spark.metrics.source.JvmSource',
      }, '='),
    };
    new k8s.KubeConfigMap(this, 'Config', { metadata: { name: this.configMapName, labels: recommendedLabels(this.identity('config')) }, data: this.configData });

    new k8s.KubePersistentVolumeClaim(this, 'EventLog', {
      metadata: { name: this.eventLogClaimName, labels: recommendedLabels(this.identity('event-log')) },
      spec: {
        accessModes: ['ReadWriteMany'],
        storageClassName: props.eventLog.storageClass,
        resources: { requests: { storage: k8s.Quantity.fromString(sizeQuantity(props.eventLog.size)) } },
      },
    });

    this.addMaster(master, props);
    this.addWorkers(worker, props);

    new PodMonitor(this, 'MasterMonitor', {
      name: 'spark-master',
      selector: this.masterPodLabels,
      endpoints: [{ port: 'http', path: `${METRICS_PATHS.master}/` }, { port: 'http', path: `${METRICS_PATHS.applications}/` }],
    });
    new PodMonitor(this, 'WorkerMonitor', { name: 'spark-worker', selector: this.workerPodLabels, endpoints: [{ port: 'http', path: `${METRICS_PATHS.instance}/` }] });

    // Standalone mode: workers and drivers register with the master; the master launches executors
    // through the workers; executors (in the worker pods) fetch blocks from each other and from the
    // driver, whose own ports each application opens (SparkApplication).
    const workers = { podLabels: this.workerPodLabels };
    new AllowIngress(this, 'MasterRpcPolicy', { name: 'spark-master-rpc', podLabels: this.masterPodLabels, from: [workers, { podLabels: this.driverPodLabels }], ports: [SPARK_PORTS.masterRpc] });
    new AllowIngress(this, 'WorkerRpcPolicy', { name: 'spark-worker-rpc', podLabels: this.workerPodLabels, from: [{ podLabels: this.masterPodLabels }], ports: [SPARK_PORTS.workerRpc] });
    new AllowIngress(this, 'BlockManagerPolicy', {
      name: 'spark-executor-blocks',
      podLabels: this.workerPodLabels,
      from: [workers, { podLabels: this.driverPodLabels }],
      ports: Array.from({ length: EXECUTOR_BLOCK_MANAGER_PORTS.retries + 1 }, (_, i) => EXECUTOR_BLOCK_MANAGER_PORTS.first + i),
    });
    new AllowIngress(this, 'MasterUiPolicy', { name: 'spark-master-ui', podLabels: this.masterPodLabels, from: props.uiClients, ports: [SPARK_PORTS.masterUi] });
    new AllowIngress(this, 'MasterMetricsPolicy', { name: 'spark-master-metrics', podLabels: this.masterPodLabels, from: [props.scrapers], ports: [SPARK_PORTS.masterUi] });
    new AllowIngress(this, 'WorkerMetricsPolicy', { name: 'spark-worker-metrics', podLabels: this.workerPodLabels, from: [props.scrapers], ports: [SPARK_PORTS.workerUi] });
  }

  /** A component of this cluster (master, worker, history-server, or an application's driver). */
  public identity(component: string, instance = 'spark'): WorkloadIdentity {
    return { name: 'spark', instance, component, version: this.version.spark };
  }

  /**
   * A pod template for a Spark process of this cluster: hardened (uid 185, read-only root), the
   * configuration mounted at SPARK_CONF_DIR with its checksum annotation, `/tmp` writable, and no
   * Service links (Kubernetes would otherwise set SPARK_MASTER_PORT=tcp://... from the master Service).
   * `extra.scheduling` spreads replicas over nodes and zones (spreadReplicas).
   */
  public podTemplate(identity: WorkloadIdentity, container: Omit<Parameters<typeof hardenedContainer>[0], 'image' | 'runAsUser'>, extra: Partial<SparkPodParts> & { readonly checksums?: ReadonlyArray<Readonly<Record<string, string>>>; readonly scheduling?: ReplicaSpread } = {}): k8s.PodTemplateSpec {
    return {
      metadata: {
        labels: recommendedLabels(identity),
        annotations: { [CHECKSUM_ANNOTATION]: configChecksum(this.configData, ...(extra.checksums ?? [])) },
      },
      spec: {
        enableServiceLinks: false,
        automountServiceAccountToken: false,
        securityContext: hardenedPodSecurityContext({ runAsUser: SPARK_UID }),
        ...extra.scheduling,
        containers: [hardenedContainer({
          ...container,
          image: this.image,
          runAsUser: SPARK_UID,
          env: [{ name: 'SPARK_CONF_DIR', value: SPARK_CONF_DIR }, ...(container.env ?? [])],
          volumeMounts: [{ name: 'conf', mountPath: MOUNTS.conf, readOnly: true }, { name: 'tmp', mountPath: MOUNTS.tmp }, ...(extra.volumeMounts ?? [])],
        })],
        volumes: [{ name: 'conf', configMap: { name: this.configMapName } }, { name: 'tmp', emptyDir: {} }, ...(extra.volumes ?? [])],
      },
    };
  }

  /** The event-log claim as a volume and its mount (read-only for readers such as the history server). */
  public eventLogVolume(readOnly: boolean): SparkPodParts {
    return {
      volumes: [{ name: 'event-log', persistentVolumeClaim: { claimName: this.eventLogClaimName, readOnly } }],
      volumeMounts: [{ name: 'event-log', mountPath: MOUNTS.eventLog, readOnly }],
    };
  }

  private addMaster(identity: WorkloadIdentity, props: SparkClusterProps): void {
    new k8s.KubeDeployment(this, 'Master', {
      metadata: { name: 'spark-master', labels: recommendedLabels(identity) },
      spec: {
        replicas: 1,
        // One master without ZooKeeper recovery: never two at once, or workers register with both.
        strategy: { type: 'Recreate' },
        selector: { matchLabels: selectorLabels(identity) },
        template: this.podTemplate(identity, {
          name: 'master',
          resources: props.masterResources,
          command: [`${SPARK_HOME}/bin/spark-class`, 'org.apache.spark.deploy.master.Master'],
          // The master advertises its pod IP; clients reach it through the Service.
          env: [{ name: 'SPARK_MASTER_HOST', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }],
          ports: [{ name: 'rpc', containerPort: SPARK_PORTS.masterRpc }, { name: 'http', containerPort: SPARK_PORTS.masterUi }],
          ...httpProbes('http'),
        }),
      },
    });
    new k8s.KubeService(this, 'MasterService', {
      metadata: { name: this.masterServiceName, labels: recommendedLabels(identity) },
      spec: {
        selector: selectorLabels(identity),
        ports: [
          { name: 'rpc', port: SPARK_PORTS.masterRpc, targetPort: k8s.IntOrString.fromString('rpc') },
          { name: 'http', port: SPARK_PORTS.masterUi, targetPort: k8s.IntOrString.fromString('http') },
        ],
      },
    });
  }

  private addWorkers(identity: WorkloadIdentity, props: SparkClusterProps): void {
    const work: SparkPodParts = { volumes: [{ name: 'work', emptyDir: {} }], volumeMounts: [{ name: 'work', mountPath: MOUNTS.work }] };
    new k8s.KubeDeployment(this, 'Workers', {
      metadata: { name: 'spark-worker', labels: recommendedLabels(identity) },
      spec: {
        replicas: props.workers,
        selector: { matchLabels: selectorLabels(identity) },
        template: this.podTemplate(identity, {
          name: 'worker',
          // Executors are child processes of the worker: the container holds the daemon and every executor.
          resources: { cpu: props.workerCpuRequest ?? Cpu.units(props.workerCores), memory: withOverhead(props.workerMemory, DAEMON_MEMORY) },
          command: [`${SPARK_HOME}/bin/spark-class`, 'org.apache.spark.deploy.worker.Worker', this.masterUrl],
          ports: [{ name: 'rpc', containerPort: SPARK_PORTS.workerRpc }, { name: 'http', containerPort: SPARK_PORTS.workerUi }],
          ...httpProbes('http'),
        }, { ...work, scheduling: spreadReplicas(this.workerPodLabels, { zones: props.zoneSpread ?? false }) }),
      },
    });
    if (props.workerDisruptionBudget) {
      new k8s.KubePodDisruptionBudget(this, 'WorkerBudget', {
        metadata: { name: 'spark-worker', labels: recommendedLabels(identity) },
        spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: selectorLabels(identity) } },
      });
    }
  }
}

/**
 * Where PrometheusServlet serves each instance's metrics (Spark's defaults, stated explicitly); scrape
 * them with a trailing `/`, which the servlet context answers without a redirect.
 */
export const METRICS_PATHS = {
  /** Workers and drivers. */
  instance: '/metrics/prometheus',
  master: '/metrics/master/prometheus',
  /** Per-application gauges, served by the master. */
  applications: '/metrics/applications/prometheus',
  /** Executor metrics, served by the driver's UI when `spark.ui.prometheus.enabled`. */
  executors: '/metrics/executors/prometheus',
} as const;

/** Liveness and readiness on a Spark web UI port; the startup probe allows a minute for the JVM. */
export function httpProbes(port: string): Pick<k8s.Container, 'livenessProbe' | 'readinessProbe' | 'startupProbe'> {
  const httpGet = { path: '/', port: k8s.IntOrString.fromString(port) };
  return {
    startupProbe: { httpGet, periodSeconds: 5, failureThreshold: 24 },
    livenessProbe: { httpGet, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
    readinessProbe: { httpGet, periodSeconds: 10, timeoutSeconds: 5 },
  };
}

/** Every rule of the cluster's shape, in one place. */
function validate(props: SparkClusterProps): void {
  requireInteger('workers', props.workers, 1);
  requireInteger('workerCores', props.workerCores, 1);
  requireInteger('executorCores', props.executorCores, 1);
  requireDnsSubdomain('eventLog.storageClass', props.eventLog.storageClass);
  if (props.executorCores > props.workerCores) {
    throw new ConfigError('executorCores', props.executorCores, `must not exceed workerCores (${props.workerCores}): an executor runs inside one worker`);
  }
  const mib = (s: Size) => s.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  if (mib(props.executorMemory) > mib(props.workerMemory)) {
    throw new ConfigError('executorMemory', sizeQuantity(props.executorMemory), `must not exceed workerMemory (${sizeQuantity(props.workerMemory)}): an executor runs inside one worker`);
  }
}
