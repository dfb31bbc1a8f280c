/**
 * A test cluster that moves: the harness API server (./apiserver.ts) with the real
 * kube-controller-manager and kube-scheduler of the same Kubernetes release, and KWOK playing the
 * kubelet of the nodes an environment declares (`nodes.pools`: names, zones, taints, CPU and memory as
 * allocatable). Deployments, StatefulSets, DaemonSets and Jobs get pods from the controller manager,
 * the scheduler places them by their requests, and KWOK walks them Pending → Running → Ready (Job pods on
 * to Succeeded), or, on demand (`setPodState`), to not ready or crash-looping.
 *
 * What a cloud would provide and nothing here runs is stood in for, and each stand-in says so:
 * a volume provisioner (`provisionVolumes`), and the StorageClass it serves.
 */
import { type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import type { EnvironmentConfig } from '../../environments/types';
import { cpuMillis, sizeBytesOf } from '../../render/environment-schema';
import type { KubeObject } from '../../render/manifests';
import { tool, type ToolName } from '../../tools';
import { ApiServer, freePort } from '../../tools/apiserver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Per Kubernetes minor version: the controller manager and scheduler of the kube-apiserver's release. */
export const CONTROL_PLANES: Readonly<Record<string, { readonly controllerManager: ToolName; readonly scheduler: ToolName }>> = {
  '1.36': { controllerManager: 'kube-controller-manager-1.36', scheduler: 'kube-scheduler-1.36' },
};

/** Label on every node naming the pool it belongs to (the environment's `nodes.pools[].name`). */
export const POOL_LABEL = 'platform.test/pool';
/** Annotation that makes KWOK take a pod out of Ready (`not-ready`) or crash-loop it (`crash-loop`). */
export const POD_STATE_ANNOTATION = 'platform.test/pod-state';
export type PodState = 'not-ready' | 'crash-loop';
/** Annotation KWOK manages nodes by. */
const KWOK_NODE_ANNOTATION = 'kwok.x-k8s.io/node';
/** The provisioner the stand-in serves: no real provisioner of that name exists. */
export const STAND_IN_PROVISIONER = 'platform.test/stand-in-provisioner';

/**
 * The Go runtime's garbage collector, set for every program of the test cluster (etcd, kube-apiserver, the
 * controllers, KWOK, kustomize-controller, the operators). With Go's default GOGC=100 a quarter of
 * kube-apiserver's CPU went to collecting while it took the CRDs (a 60 s CPU profile of its
 * /debug/pprof/profile: runtime.gcBgMarkWorker 14 %, mark assists 8 %, sweeping 2 %); a heap
 * allowed to grow to 5 × the live heap before a collection (GOGC=400) collects a quarter as often.
 * GOMEMLIMIT caps that growth: the collector runs earlier once a program's memory nears it (Go's
 * "A Guide to the Go Garbage Collector", go.dev/doc/gc-guide, sections GOGC and Memory limit; runtime
 * package docs, Environment Variables). Measured (README, "The test cluster that converges"): the
 * converge file's CPU from 282 to 221–249 s; each kube-apiserver's peak resident memory from 0.9 to 1.5 GiB.
 */
export const GO_RUNTIME_ENV: Readonly<Record<string, string>> = { GOGC: '400', GOMEMLIMIT: '1536MiB' };

/** Pods per node, the kubelet's default `maxPods`. */
const MAX_PODS = 110;

export interface ClusterNode {
  readonly name: string;
  readonly pool: string;
  readonly zone: string;
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly taints: readonly { readonly key: string; readonly value?: string; readonly effect: string }[];
}

/** The nodes an environment declares: `<pool>-<n>`, spread round-robin over the pool's zones. */
export function nodesOf(env: EnvironmentConfig): ClusterNode[] {
  return env.nodes.pools.flatMap((pool) =>
    Array.from({ length: pool.count }, (_, i) => ({
      name: `${pool.name}-${i}`,
      pool: pool.name,
      zone: pool.zones[i % pool.zones.length],
      cpuMillis: cpuMillis(pool.cpu),
      memoryBytes: sizeBytesOf(pool.memory),
      taints: pool.taints ?? [],
    })),
  );
}

/** A Node as a cloud's node pool registers it, with the labels the platform's spreading reads. */
export function nodeObject(node: ClusterNode): KubeObject {
  const resources = { cpu: `${node.cpuMillis}m`, memory: `${node.memoryBytes}`, pods: `${MAX_PODS}` };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'topology.kubernetes.io/zone': node.zone,
        [POOL_LABEL]: node.pool,
        type: 'kwok',
      },
      annotations: { [KWOK_NODE_ANNOTATION]: 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
    },
    spec: { taints: node.taints.map((t) => ({ ...t })) },
    // KWOK's node stage keeps the capacity and allocatable a node is created with.
    status: { capacity: resources, allocatable: resources },
  } as KubeObject;
}

const notDeleting = { key: '.metadata.deletionTimestamp', operator: 'DoesNotExist' };
const podStateIs = (state: PodState) => ({ key: `.metadata.annotations["${POD_STATE_ANNOTATION}"]`, operator: 'In', values: [state] });
const stage = (name: string, kind: 'Node' | 'Pod', matchExpressions: object[], next: object) => ({
  apiVersion: 'kwok.x-k8s.io/v1alpha1',
  kind: 'Stage',
  metadata: { name },
  spec: { resourceRef: { apiGroup: 'v1', kind }, selector: { matchExpressions }, next },
});

/** Container statuses of every container of the pod, in one state (Go template over the pod). */
const containerStatuses = (fields: string) => `
containerStatuses:
{{ range .spec.containers }}
- image: {{ .image | Quote }}
  name: {{ .name | Quote }}
${fields}
{{ end }}`;

const conditions = (ready: boolean) => `
conditions:
- {type: PodScheduled, status: "True", lastTransitionTime: {{ Now | Quote }}}
- {type: Initialized, status: "True", lastTransitionTime: {{ Now | Quote }}}
- {type: Ready, status: "${ready ? 'True' : 'False'}", lastTransitionTime: {{ Now | Quote }}${ready ? '' : ', reason: ContainersNotReady'}}
- {type: ContainersReady, status: "${ready ? 'True' : 'False'}", lastTransitionTime: {{ Now | Quote }}${ready ? '' : ', reason: ContainersNotReady'}}`;

/** Host and pod addresses, assigned once when the pod starts (a second podIPs entry of one family is invalid). */
const addresses = `
{{ with NodeIPsWith .spec.nodeName }}
hostIP: {{ index . 0 | Quote }}
{{ end }}
{{ with PodIPsWith .spec.nodeName ( or .spec.hostNetwork false ) ( or .metadata.uid "" ) ( or .metadata.name "" ) ( or .metadata.namespace "" ) }}
podIP: {{ index . 0 | Quote }}
podIPs:
{{ range . }}
- ip: {{ . | Quote }}
{{ end }}
{{ end }}`;

/**
 * KWOK's stages (our own, in the Stage API of sigs.k8s.io/kwok v0.8.0, pkg/apis/v1alpha1/stage_types.go):
 * nodes become Ready with the capacity they were created with; a scheduled pod becomes Running and Ready
 * (unless annotated otherwise); a Job's pod then Succeeds; an annotated pod goes not ready or crash-loops;
 * a pod whose annotation is removed is Ready again; a pod being deleted is removed, as a kubelet does once
 * its containers stopped.
 */
export function kwokStages(): object[] {
  return [
    stage('node-ready', 'Node', [{ key: '.status.conditions.[] | select( .type == "Ready" ) | .status', operator: 'NotIn', values: ['True'] }], {
      statusTemplate: `
conditions:
{{ range NodeConditions }}
- lastHeartbeatTime: {{ Now | Quote }}
  lastTransitionTime: {{ Now | Quote }}
  message: {{ .message | Quote }}
  reason: {{ .reason | Quote }}
  status: {{ .status | Quote }}
  type: {{ .type | Quote }}
{{ end }}
addresses:
- {type: InternalIP, address: {{ NodeIP | Quote }}}
- {type: Hostname, address: {{ .metadata.name | Quote }}}
allocatable:
{{ YAML .status.allocatable 1 }}
capacity:
{{ YAML .status.capacity 1 }}
nodeInfo:
  architecture: amd64
  operatingSystem: linux
  kubeletVersion: {{ printf "kwok-%s" Version | Quote }}
phase: Running`,
    }),
    stage('pod-ready', 'Pod', [
      notDeleting,
      { key: '.spec.nodeName', operator: 'Exists' },
      { key: '.status.phase', operator: 'In', values: ['Pending'] },
      { key: `.metadata.annotations["${POD_STATE_ANNOTATION}"]`, operator: 'DoesNotExist' },
    ], {
      statusTemplate: `${conditions(true)}
${containerStatuses('  ready: true\n  started: true\n  restartCount: 0\n  state: {running: {startedAt: {{ Now | Quote }}}}')}
${addresses}
phase: Running
startTime: {{ Now | Quote }}`,
    }),
    stage('pod-complete', 'Pod', [
      notDeleting,
      { key: '.status.phase', operator: 'In', values: ['Running'] },
      { key: '.metadata.ownerReferences.[].kind', operator: 'In', values: ['Job'] },
    ], {
      statusTemplate: `${conditions(false)}
${containerStatuses('  ready: false\n  started: false\n  restartCount: 0\n  state: {terminated: {exitCode: 0, reason: Completed, startedAt: {{ Now | Quote }}, finishedAt: {{ Now | Quote }}}}')}
phase: Succeeded`,
    }),
    stage('pod-not-ready', 'Pod', [notDeleting, { key: '.spec.nodeName', operator: 'Exists' }, podStateIs('not-ready'), { key: '.status.conditions.[] | select( .type == "Ready" ) | .status', operator: 'NotIn', values: ['False'] }], {
      statusTemplate: `${conditions(false)}
${containerStatuses('  ready: false\n  started: true\n  restartCount: 0\n  state: {running: {startedAt: {{ Now | Quote }}}}')}
phase: Running`,
    }),
    stage('pod-crash-loop', 'Pod', [notDeleting, { key: '.spec.nodeName', operator: 'Exists' }, podStateIs('crash-loop'), { key: '.status.containerStatuses.[].state.waiting.reason', operator: 'NotIn', values: ['CrashLoopBackOff'] }], {
      statusTemplate: `${conditions(false)}
${containerStatuses('  ready: false\n  started: false\n  restartCount: 5\n  lastState: {terminated: {exitCode: 1, reason: Error, startedAt: {{ Now | Quote }}, finishedAt: {{ Now | Quote }}}}\n  state: {waiting: {reason: CrashLoopBackOff, message: "back-off 5m0s restarting failed container"}}')}
phase: Running`,
    }),
    // The annotation removed: the container runs ready again, keeping its restart count, as after a
    // kubelet's readiness probe passes or a restarted container starts.
    stage('pod-recovered', 'Pod', [
      notDeleting,
      { key: `.metadata.annotations["${POD_STATE_ANNOTATION}"]`, operator: 'DoesNotExist' },
      { key: '.status.phase', operator: 'In', values: ['Running'] },
      { key: '.status.conditions.[] | select( .type == "Ready" ) | .status', operator: 'In', values: ['False'] },
    ], {
      statusTemplate: `${conditions(true)}
{{ $root := . }}
containerStatuses:
{{ range $index, $item := .spec.containers }}
{{ $origin := index $root.status.containerStatuses $index }}
- image: {{ $item.image | Quote }}
  name: {{ $item.name | Quote }}
  ready: true
  started: true
  restartCount: {{ $origin.restartCount }}
  state: {running: {startedAt: {{ Now | Quote }}}}
{{ end }}`,
    }),
    stage('pod-delete', 'Pod', [{ key: '.metadata.deletionTimestamp', operator: 'Exists' }], { delete: true }),
  ];
}

/** The StorageClass the environment's claims name, served by the stand-in provisioner. */
export function storageClassObject(name: string): KubeObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name },
    provisioner: STAND_IN_PROVISIONER,
    // As a zonal block-storage class: the volume is made where the scheduler put the pod.
    volumeBindingMode: 'WaitForFirstConsumer',
    reclaimPolicy: 'Delete',
  } as KubeObject;
}

export interface ClusterOptions {
  /** Kubernetes minor version. @default '1.36' */
  readonly version?: string;
}

export class TestCluster {
  readonly server: ApiServer;
  readonly nodes: readonly ClusterNode[];
  private provisioning = true;
  private provisioner: Promise<void> = Promise.resolve();
  /** Claims the stand-in provisioner made a volume for. */
  readonly provisioned: string[] = [];
  /** Claims the stand-in handed back to the scheduler (their pod's claims named different nodes). */
  readonly rescheduled: string[] = [];

  private constructor(server: ApiServer, nodes: readonly ClusterNode[]) {
    this.server = server;
    this.nodes = nodes;
  }

  /** Starts the control plane and KWOK, registers the environment's nodes and waits until they are Ready. */
  static async start(env: EnvironmentConfig, options: ClusterOptions = {}): Promise<TestCluster> {
    const version = options.version ?? '1.36';
    const row = CONTROL_PLANES[version];
    if (!row) throw new Error(`no controller manager and scheduler are pinned for Kubernetes ${version}; add them to CONTROL_PLANES and the TOOLS table`);
    const [kcmBin, schedulerBin, kwokBin] = [tool(row.controllerManager), tool(row.scheduler), tool('kwok')];
    // Ports are picked free and then bound by the programs; a cluster started beside another can lose
    // that race ("address already in use"), and then starts again on other ports.
    let server: ApiServer | undefined;
    for (let attempt = 1; !server; attempt++) {
      server = await ApiServer.start(version, { env: GO_RUNTIME_ENV }).catch((error) => {
        if (attempt < 3 && /address already in use/.test(String(error))) return undefined;
        throw error;
      });
    }
    const cluster = new TestCluster(server, nodesOf(env));
    try {
      const dir = server.dir;
      server.spawn('kube-controller-manager', kcmBin, [
        `--kubeconfig=${server.kubeconfig}`,
        `--authentication-kubeconfig=${server.kubeconfig}`,
        `--authorization-kubeconfig=${server.kubeconfig}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${await freePort()}`,
        '--leader-elect=false',
        // The token controller signs service-account token Secrets with the key the API server verifies.
        `--service-account-private-key-file=${path.join(dir, 'sa.key')}`,
        `--root-ca-file=${path.join(dir, 'ca.crt')}`,
        '--use-service-account-credentials=false',
      ]);
      server.spawn('kube-scheduler', schedulerBin, [
        `--kubeconfig=${server.kubeconfig}`,
        `--authentication-kubeconfig=${server.kubeconfig}`,
        `--authorization-kubeconfig=${server.kubeconfig}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${await freePort()}`,
        '--leader-elect=false',
      ]);
      const kwokConfig = path.join(dir, 'kwok.yaml');
      writeFileSync(kwokConfig, kwokStages().map((s) => stringify(s)).join('---\n'));
      server.spawn('kwok', kwokBin, [
        `--config=${kwokConfig}`,
        `--kubeconfig=${server.kubeconfig}`,
        `--manage-nodes-with-annotation-selector=${KWOK_NODE_ANNOTATION}=fake`,
        '--cidr=10.244.0.0/16',
        '--node-ip=10.0.0.1',
        `--server-address=127.0.0.1:${await freePort()}`,
        // KWOK renews each node's Lease, the heartbeat the node lifecycle controller reads: it takes the
        // not-ready taint admission puts on a new node off once the node is Ready, and never marks it unreachable.
        '--node-lease-duration-seconds=40',
      ]);
      for (const node of cluster.nodes) {
        const res = await server.request('POST', '/api/v1/nodes', nodeObject(node));
        if (res.status !== 201) throw new Error(`node ${node.name}: ${res.status} ${JSON.stringify(res.body?.message ?? res.body)}`);
      }
      await cluster.waitFor('every node Ready', async () => {
        const items = (await server.request('GET', '/api/v1/nodes')).body?.items ?? [];
        const ready = items.filter((n: any) => n.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True'));
        return ready.length === cluster.nodes.length ? true : undefined;
      }, 60_000, ['kwok']);
      cluster.provisioner = cluster.provisionVolumes();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /**
   * Stand-in for a volume provisioner (a CSI external-provisioner): for each claim of a stand-in class that
   * the scheduler picked a node for (annotation volume.kubernetes.io/selected-node, set by the scheduler's
   * VolumeBinding plugin), a PersistentVolume on that node bound to the claim; the controller manager's
   * persistent-volume binder completes the binding.
   */
  private async provisionVolumes(): Promise<void> {
    const classes = new Set<string>();
    /** Claims whose pod's claims name different nodes, since when. */
    const disagreeing = new Map<string, number>();
    while (this.provisioning) {
      const scs = (await this.server.request('GET', '/apis/storage.k8s.io/v1/storageclasses')).body?.items ?? [];
      for (const sc of scs) if (sc.provisioner === STAND_IN_PROVISIONER) classes.add(sc.metadata.name);
      const claims = (await this.server.request('GET', '/api/v1/persistentvolumeclaims')).body?.items ?? [];
      const selectedNode = (ns: string, name: string) => {
        const claim = claims.find((c: any) => c.metadata.namespace === ns && c.metadata.name === name);
        return claim?.status?.phase === 'Bound' ? 'bound' : claim?.metadata.annotations?.['volume.kubernetes.io/selected-node'];
      };
      let pods: any[] | undefined;
      for (const pvc of claims) {
        const node = pvc.metadata.annotations?.['volume.kubernetes.io/selected-node'];
        if (pvc.status?.phase !== 'Pending' || pvc.spec.volumeName || !node || !classes.has(pvc.spec.storageClassName)) continue;
        // The scheduler's VolumeBinding plugin annotates a pod's claims one by one in PreBind and gives up
        // when an update fails (a conflict with another write to a claim), leaving the claims it
        // did annotate naming a node; that annotation alone keeps the pod off every other node. A volume
        // made for one claim before the others name the same node would pin the pod to a node it may no
        // longer fit (its zone spread), so the stand-in waits until every unbound claim of the pod names
        // this node, and after 3 s of disagreement hands the claim back to the scheduler by removing the
        // annotation, as a CSI provisioner does when it reschedules (sig-storage-lib-external-provisioner
        // controller/controller.go rescheduleProvisioning).
        pods ??= (await this.server.request('GET', '/api/v1/pods')).body?.items ?? [];
        const claimsOfPods = (pods ?? [])
          .filter((p: any) => p.metadata.namespace === pvc.metadata.namespace && !p.spec.nodeName && (p.spec.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
          .flatMap((p: any) => (p.spec.volumes ?? []).map((v: any) => v.persistentVolumeClaim?.claimName).filter(Boolean)) as string[];
        if (claimsOfPods.some((c) => ![node, 'bound'].includes(selectedNode(pvc.metadata.namespace, c) ?? ''))) {
          const since = disagreeing.get(pvc.metadata.uid) ?? Date.now();
          disagreeing.set(pvc.metadata.uid, since);
          if (Date.now() - since > 3_000) {
            await this.server.request('PATCH', `/api/v1/namespaces/${pvc.metadata.namespace}/persistentvolumeclaims/${pvc.metadata.name}`, { metadata: { annotations: { 'volume.kubernetes.io/selected-node': null } } }, 'application/merge-patch+json');
            disagreeing.delete(pvc.metadata.uid);
            this.rescheduled.push(`${pvc.metadata.namespace}/${pvc.metadata.name}`);
          }
          continue;
        }
        disagreeing.delete(pvc.metadata.uid);
        const name = `pvc-${pvc.metadata.uid}`;
        const res = await this.server.request('POST', '/api/v1/persistentvolumes', {
          apiVersion: 'v1',
          kind: 'PersistentVolume',
          metadata: { name, annotations: { 'pv.kubernetes.io/provisioned-by': STAND_IN_PROVISIONER } },
          spec: {
            capacity: { storage: pvc.spec.resources.requests.storage },
            accessModes: pvc.spec.accessModes,
            persistentVolumeReclaimPolicy: 'Delete',
            storageClassName: pvc.spec.storageClassName,
            volumeMode: pvc.spec.volumeMode ?? 'Filesystem',
            claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: pvc.metadata.namespace, name: pvc.metadata.name, uid: pvc.metadata.uid },
            local: { path: `/mnt/${name}` },
            nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
          },
        });
        if (res.status === 201) this.provisioned.push(`${pvc.metadata.namespace}/${pvc.metadata.name}`);
      }
      await sleep(500);
    }
  }

  /** Annotates a pod so KWOK takes it out of Ready or crash-loops it; `undefined` makes it Ready again. */
  async setPodState(namespace: string, name: string, state: PodState | undefined): Promise<void> {
    const res = await this.server.request(
      'PATCH',
      `/api/v1/namespaces/${namespace}/pods/${name}`,
      { metadata: { annotations: { [POD_STATE_ANNOTATION]: state ?? null } } },
      'application/merge-patch+json',
    );
    if (res.status !== 200) throw new Error(`pod ${namespace}/${name}: ${res.status} ${JSON.stringify(res.body?.message ?? res.body)}`);
  }

  /** Every pod in the cluster. */
  async pods(): Promise<any[]> {
    return (await this.server.request('GET', '/api/v1/pods')).body?.items ?? [];
  }

  /** Polls `probe` until it returns a value; on timeout throws with the tails of the named logs. */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, logs: readonly string[] = []): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${logs.map((l) => `\n--- ${l}.log\n${this.server.logTail(l)}`).join('')}`);
      }
      await sleep(250);
    }
  }

  /** Starts a program against the cluster (see ApiServer.spawn); stopped with the cluster. */
  spawn(name: string, bin: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): ChildProcess {
    return this.server.spawn(name, bin, args, env);
  }

  async stop(): Promise<void> {
    this.provisioning = false;
    await this.provisioner.catch(() => undefined);
    await this.server.stop();
  }
}
