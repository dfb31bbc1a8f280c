import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsLabel, requireDnsSubdomain, requireInteger } from './config-error';
import { sizeQuantity } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { PodMonitor } from './monitors';
import { AllowIngress } from './network-policy';
import { METRICS_PATHS, SPARK_HOME, withOverhead, type SparkCluster, type SparkProperties } from './spark-cluster';

/** A file from a Secret, mounted read-only into the driver. */
export interface SecretFile {
  readonly secretName: string;
  readonly key: string;
  /** Directory to mount the Secret's key into; the file keeps the key's name. */
  readonly mountPath: string;
}

export interface SparkApplicationProps {
  readonly cluster: SparkCluster;
  /** A DNS label: objects are named `spark-<name>`, and it is the pod's instance label. */
  readonly name: string;
  /** The Python program, file name → source, shipped in a ConfigMap. */
  readonly files: Readonly<Record<string, string>>;
  /** The file spark-submit runs; every other file is shipped to the executors with `--py-files`. */
  readonly mainFile: string;
  /** Maven coordinates spark-submit resolves (`spark.jars.packages`). @default none */
  readonly packages?: readonly string[];
  /** Extra Spark properties for this application. @default none */
  readonly conf?: SparkProperties;
  /** Cores the driver (the submitter pod, client mode) uses. */
  readonly driverCores: number;
  /** CPU the driver pod requests. @default driverCores */
  readonly driverCpuRequest?: Cpu;
  readonly env?: k8s.EnvVar[];
  /** @default none */
  readonly secretFiles?: readonly SecretFile[];
  /** A ReadWriteOnce claim for the streaming checkpoint (offsets survive a restart). */
  readonly checkpoint: { readonly storageClass: string; readonly size: Size };
}

/** Ports the driver listens on, fixed so that policies and monitors can name them. */
export const DRIVER_PORTS = { rpc: 7079, blockManager: 7080, ui: 4040 } as const;
const APP_DIR = `${SPARK_HOME}/app`;
const CHECKPOINT_DIR = `${SPARK_HOME}/checkpoint`;
/** The Python interpreter beside the driver JVM. */
const PYTHON_MEMORY = Size.mebibytes(256);

/**
 * A long-running application submitted to the cluster in client mode (standalone clusters run Python
 * drivers only in client mode): a Deployment whose container is `spark-submit`, so the driver lives in
 * that pod and a failed application restarts the container. Its event log goes to the cluster's shared
 * claim; its metrics (driver and executors) are scraped from the driver's UI port.
 */
export class SparkApplication extends Construct {
  readonly name: string;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: SparkApplicationProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    requireInteger('driverCores', props.driverCores, 1);
    requireDnsSubdomain('checkpoint.storageClass', props.checkpoint.storageClass);
    if (!(props.mainFile in props.files)) throw new ConfigError('mainFile', props.mainFile, `must be one of the program files (${Object.keys(props.files).join(', ')})`);
    const { cluster } = props;
    this.name = props.name;
    const objectName = `spark-${props.name}`;
    const identity = cluster.identity('driver', objectName);
    this.podLabels = selectorLabels(identity);

    const program = { ...props.files };
    new k8s.KubeConfigMap(this, 'Program', { metadata: { name: objectName, labels: recommendedLabels(identity) }, data: program });
    new k8s.KubePersistentVolumeClaim(this, 'Checkpoint', {
      metadata: { name: `${objectName}-checkpoint`, labels: recommendedLabels(identity) },
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: props.checkpoint.storageClass,
        resources: { requests: { storage: k8s.Quantity.fromString(sizeQuantity(props.checkpoint.size)) } },
      },
    });

    const conf: SparkProperties = {
      'spark.driver.port': DRIVER_PORTS.rpc,
      'spark.driver.blockManager.port': DRIVER_PORTS.blockManager,
      'spark.ui.port': DRIVER_PORTS.ui,
      // Stable metric names (`metrics_<namespace>_driver_...`) instead of the application id.
      'spark.metrics.namespace': props.name.replace(/-/g, '_'),
      ...(props.packages?.length ? { 'spark.jars.packages': props.packages.join(','), 'spark.jars.ivy': '/tmp/ivy' } : {}),
      ...props.conf,
    };
    const pyFiles = Object.keys(props.files).filter((f) => f !== props.mainFile && f.endsWith('.py')).map((f) => `${APP_DIR}/${f}`);
    const secrets = props.secretFiles ?? [];
    const eventLog = cluster.eventLogVolume(false);

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: objectName, labels: recommendedLabels(identity) },
      spec: {
        replicas: 1,
        // Two drivers must never share the checkpoint, and the claim attaches to one node.
        strategy: { type: 'Recreate' },
        selector: { matchLabels: selectorLabels(identity) },
        template: cluster.podTemplate(identity, {
          name: props.name,
          resources: { cpu: props.driverCpuRequest ?? Cpu.units(props.driverCores), memory: withOverhead(cluster.driverMemory, PYTHON_MEMORY) },
          command: [
            `${SPARK_HOME}/bin/spark-submit`,
            ...Object.entries(conf).flatMap(([k, v]) => ['--conf', `${k}=${v}`]),
            ...(pyFiles.length ? ['--py-files', pyFiles.join(',')] : []),
            `${APP_DIR}/${props.mainFile}`,
          ],
          env: [{ name: 'CHECKPOINT_DIR', value: `file://${CHECKPOINT_DIR}` }, ...(props.env ?? [])],
          ports: [{ name: 'ui', containerPort: DRIVER_PORTS.ui }, { name: 'rpc', containerPort: DRIVER_PORTS.rpc }, { name: 'block-manager', containerPort: DRIVER_PORTS.blockManager }],
          // The UI starts once the packages are resolved and the SparkContext is up: allow five minutes.
          startupProbe: { tcpSocket: { port: k8s.IntOrString.fromString('ui') }, periodSeconds: 10, failureThreshold: 30 },
          livenessProbe: { tcpSocket: { port: k8s.IntOrString.fromString('ui') }, periodSeconds: 20, failureThreshold: 3 },
        }, {
          checksums: [program],
          volumes: [
            { name: 'program', configMap: { name: objectName } },
            { name: 'checkpoint', persistentVolumeClaim: { claimName: `${objectName}-checkpoint` } },
            ...eventLog.volumes,
            ...secrets.map((s, i) => ({ name: `secret-${i}`, secret: { secretName: s.secretName, items: [{ key: s.key, path: s.key }] } })),
          ],
          volumeMounts: [
            { name: 'program', mountPath: APP_DIR, readOnly: true },
            { name: 'checkpoint', mountPath: CHECKPOINT_DIR },
            ...eventLog.volumeMounts,
            ...secrets.map((s, i) => ({ name: `secret-${i}`, mountPath: s.mountPath, readOnly: true })),
          ],
        }),
      },
    });

    new PodMonitor(this, 'Monitor', {
      name: objectName,
      selector: this.podLabels,
      endpoints: [{ port: 'ui', path: `${METRICS_PATHS.instance}/` }, { port: 'ui', path: `${METRICS_PATHS.executors}/` }],
    });
    new AllowIngress(this, 'MetricsPolicy', { name: `${objectName}-metrics`, podLabels: this.podLabels, from: [cluster.scrapers], ports: [DRIVER_PORTS.ui] });
    // The master answers the driver's registration on the driver's RPC port; executors (in the worker
    // pods) call it and fetch the driver's blocks.
    const workers = { podLabels: cluster.workerPodLabels };
    new AllowIngress(this, 'RpcPolicy', { name: `${objectName}-driver-rpc`, podLabels: this.podLabels, from: [{ podLabels: cluster.masterPodLabels }, workers], ports: [DRIVER_PORTS.rpc] });
    new AllowIngress(this, 'BlockManagerPolicy', { name: `${objectName}-driver-blocks`, podLabels: this.podLabels, from: [workers], ports: [DRIVER_PORTS.blockManager] });
  }
}
