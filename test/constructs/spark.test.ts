import { Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { PlatformChart } from '../../charts/platform-chart';
import { SparkAlerts } from '../../constructs/spark-alerts';
import { SparkApplication } from '../../constructs/spark-application';
import { CHECKSUM_ANNOTATION, envFile, SparkCluster, sparkImageVersion, type SparkClusterProps } from '../../constructs/spark-cluster';
import { SparkHistoryServer } from '../../constructs/spark-history-server';

const resources = { cpu: Cpu.millis(100), memory: Size.mebibytes(512) };
const props: SparkClusterProps = {
  image: 'apache/spark:4.0.1-scala2.13-java17-python3-ubuntu',
  workers: 2,
  workerCores: 2,
  workerMemory: Size.gibibytes(4),
  executorCores: 1,
  executorMemory: Size.gibibytes(2),
  driverMemory: Size.gibibytes(1),
  masterResources: resources,
  eventLog: { storageClass: 'shared', size: Size.gibibytes(5) },
  scrapers: { namespace: 'monitoring', podLabels: { 'app.kubernetes.io/name': 'prometheus' } },
  uiClients: [{ namespace: 'haproxy-controller', podLabels: { run: 'haproxy-ingress' } }],
};

const chart = () => new PlatformChart(Testing.app(), 'spark', { layer: 'platform', namespace: 'spark' });
const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('SparkCluster', () => {
  it('generates spark-defaults.conf, spark-env.sh and metrics.properties from the props', () => {
    const c = chart();
    new SparkCluster(c, 'c', props);
    const data = find(Testing.synth(c), 'ConfigMap', 'spark-conf').data;
    expect(data['spark-defaults.conf']).toContain('spark.master spark://spark-master.spark.svc:7077\n');
    expect(data['spark-defaults.conf']).toContain('spark.executor.memory 2g\n');
    expect(data['spark-defaults.conf']).toContain('spark.driver.memory 1g\n');
    expect(data['spark-defaults.conf']).toContain('spark.eventLog.dir file:///opt/spark/event-log\n');
    expect(data['spark-defaults.conf']).toContain('spark.ui.prometheus.enabled true\n');
    expect(data['spark-env.sh']).toContain('export SPARK_WORKER_CORES="2"\nexport SPARK_WORKER_MEMORY="4g"\n');
    expect(data['metrics.properties']).toContain('master.sink.prometheusServlet.path=/metrics/master/prometheus\n');
  });

  it('runs workers per the props as uid 185 with a read-only root, the config checksum and executors counted in the memory limit', () => {
    const c = chart();
    new SparkCluster(c, 'c', props);
    const objects = Testing.synth(c);
    const workers = find(objects, 'Deployment', 'spark-worker');
    expect(workers.spec.replicas).toBe(2);
    const pod = workers.spec.template;
    expect(pod.metadata.annotations[CHECKSUM_ANNOTATION]).toMatch(/^[0-9a-f]{64}$/);
    expect(pod.spec.enableServiceLinks).toBe(false);
    const [container] = pod.spec.containers;
    expect(container.securityContext).toMatchObject({ runAsUser: 185, readOnlyRootFilesystem: true });
    expect(container.resources).toEqual({ requests: { cpu: '2', memory: '5018Mi' }, limits: { memory: '5018Mi' } });
    expect(find(objects, 'PersistentVolumeClaim', 'spark-event-log').spec.accessModes).toEqual(['ReadWriteMany']);
    expect(find(objects, 'PodDisruptionBudget', 'spark-worker')).toBeUndefined();
  });

  it('adds a worker PodDisruptionBudget on request', () => {
    const c = chart();
    new SparkCluster(c, 'c', { ...props, workerDisruptionBudget: true });
    expect(find(Testing.synth(c), 'PodDisruptionBudget', 'spark-worker').spec.maxUnavailable).toBe(1);
  });

  it('reads the Spark and Scala versions from the image tag', () => {
    expect(sparkImageVersion('apache/spark:4.0.1-scala2.13-java17-python3-ubuntu')).toEqual({ spark: '4.0.1', scala: '2.13' });
    expect(sparkImageVersion('apache/spark:3.5.5')).toEqual({ spark: '3.5.5', scala: '2.12' });
  });

  it('fails with zero workers', () => {
    expect(() => new SparkCluster(chart(), 'c', { ...props, workers: 0 })).toThrow('workers (0) must be a whole number of at least 1');
  });

  it('fails when executor memory is larger than a worker\'s memory', () => {
    expect(() => new SparkCluster(chart(), 'c', { ...props, executorMemory: Size.gibibytes(8) })).toThrow('executorMemory ("8Gi") must not exceed workerMemory (4Gi)');
  });

  it('fails when an executor asks for more cores than a worker has', () => {
    expect(() => new SparkCluster(chart(), 'c', { ...props, executorCores: 3 })).toThrow('executorCores (3) must not exceed workerCores (2)');
  });

  it('fails on an image tag without a Spark version', () => {
    expect(() => new SparkCluster(chart(), 'c', { ...props, image: 'apache/spark:python3' })).toThrow('must be an apache/spark image tagged with its Spark version');
  });

  it('fails on a spark-env.sh value the shell would expand', () => {
    expect(() => envFile({ SPARK_WORKER_OPTS: '$HOME' })).toThrow('spark-env.sh.SPARK_WORKER_OPTS ("$HOME") must not contain');
  });
});

describe('SparkApplication, SparkHistoryServer and SparkAlerts', () => {
  const app = (c: PlatformChart, cluster: SparkCluster, extra: Partial<ConstructorParameters<typeof SparkApplication>[2]> = {}) =>
    new SparkApplication(c, 'a', {
      cluster, name: 'log-analytics', files: { 'main.py': 'print(1)', 'transform.py': 'x = 1' }, mainFile: 'main.py',
      packages: ['org.apache.spark:spark-sql-kafka-0-10_2.13:4.0.1'], driverCores: 1,
      checkpoint: { storageClass: 'standard', size: Size.gibibytes(1) }, ...extra,
    });

  it('submits the program in client mode with its packages, ships the other files with --py-files and mounts the event log', () => {
    const c = chart();
    const cluster = new SparkCluster(c, 'c', props);
    app(c, cluster);
    const objects = Testing.synth(c);
    const deployment = find(objects, 'Deployment', 'spark-log-analytics');
    const [container] = deployment.spec.template.spec.containers;
    expect(container.command).toEqual(expect.arrayContaining(['--conf', 'spark.jars.packages=org.apache.spark:spark-sql-kafka-0-10_2.13:4.0.1', '--py-files', '/opt/spark/app/transform.py', '/opt/spark/app/main.py']));
    expect(container.volumeMounts).toEqual(expect.arrayContaining([{ name: 'event-log', mountPath: '/opt/spark/event-log', readOnly: false }]));
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(find(objects, 'PodMonitor', 'spark-log-analytics').spec.podMetricsEndpoints.map((e: any) => e.path)).toEqual(['/metrics/prometheus/', '/metrics/executors/prometheus/']);
  });

  it('fails when the main file is not one of the program files', () => {
    const c = chart();
    expect(() => app(c, new SparkCluster(c, 'c', props), { mainFile: 'job.py' })).toThrow('mainFile ("job.py") must be one of the program files');
  });

  it('mounts the event log read-only in the history server and documents why it has no monitor', () => {
    const c = chart();
    new SparkHistoryServer(c, 'h', { cluster: new SparkCluster(c, 'c', props), resources, uiClients: [] });
    const deployment = find(Testing.synth(c), 'Deployment', 'spark-history-server');
    expect(deployment.metadata.annotations['observability-platform/no-metrics-endpoint']).toContain('no metrics system');
    expect(deployment.spec.template.spec.volumes).toEqual(expect.arrayContaining([{ name: 'event-log', persistentVolumeClaim: { claimName: 'spark-event-log', readOnly: true } }]));
  });

  it('alerts below the worker floor and fails on a floor above the workers', () => {
    const c = chart();
    const cluster = new SparkCluster(c, 'c', props);
    new SparkAlerts(c, 'r', { cluster, applications: [app(c, cluster)], workerFloor: 2, team: 'data-platform' });
    const rules = find(Testing.synth(c), 'PrometheusRule', 'spark').spec.groups[0].rules;
    expect(rules.find((r: any) => r.alert === 'SparkWorkersBelowFloor').expr).toBe('max by (namespace) (metrics_master_aliveWorkers_Value{namespace="spark"}) < 2');
    const c2 = chart();
    expect(() => new SparkAlerts(c2, 'r', { cluster: new SparkCluster(c2, 'c', props), applications: [], workerFloor: 3, team: 'data-platform' })).toThrow('workerFloor (3) must not exceed workers (2)');
  });
});
