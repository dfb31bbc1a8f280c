/**
 * Flux on the test cluster: the real kustomize-controller (v1.9.4, the version the platform's bootstrap
 * deploys), fed the rendered folder by a stand-in for source-controller.
 *
 * The source stand-in does what source-controller v1.9.1 does once it has cloned a GitRepository
 * (fluxcd/source-controller internal/controller/gitrepository_controller.go reconcileArtifact, and
 * internal/storage/storage.go Archive): it packs the tree as a gzipped tarball, serves it over HTTP under
 * `gitrepository/<namespace>/<name>/<commit>.tar.gz`, and writes `status.artifact` (path, url, revision
 * `<branch>@sha1:<commit>`, digest `sha256:<hex>`, size, lastUpdateTime) with Ready and ArtifactInStorage
 * conditions at the observed generation. The URL names source-controller's in-cluster Service, as
 * source-controller writes it; kustomize-controller reaches the loopback server through
 * SOURCE_CONTROLLER_LOCALHOST, the variable Flux documents for running the controller outside the cluster
 * (kustomize-controller internal/controller/kustomization_controller.go).
 *
 * kustomize-controller authenticates with a service-account token: the token Secret of its
 * ServiceAccount, filled in by kube-controller-manager's token controller and bound to cluster-admin as
 * Flux's install binds it (flux2 manifests/rbac/reconciler.yaml, `cluster-reconciler`).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { REPO_ROOT } from '../../render/crd-sources';
import type { KubeObject, RenderedObject } from '../../render/manifests';
import { tool } from '../../tools';
import { freePort } from '../../tools/apiserver';
import type { TestCluster } from './cluster';

/** Flux's namespace, where the bootstrap objects live. */
export const FLUX_NAMESPACE = 'flux-system';

/**
 * CRDs of the source kinds kustomize-controller watches besides GitRepository (its
 * kustomization_manager.go watches OCIRepository and Bucket): stand-ins that only make the kinds exist,
 * with any content, because nothing here creates objects of them.
 */
export function sourceKindStandInCrds(): RenderedObject[] {
  return (['OCIRepository', 'Bucket'] as const).map((kind) => {
    const plural = `${kind.toLowerCase()}s`;
    return {
      file: '(stand-in CRD: a source kind kustomize-controller watches)',
      object: {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: `${plural}.source.toolkit.fluxcd.io` },
        spec: {
          group: 'source.toolkit.fluxcd.io',
          names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase() },
          scope: 'Namespaced',
          versions: [{ name: 'v1', served: true, storage: true, subresources: { status: {} }, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
        },
      } as KubeObject,
    };
  });
}

/** The source stand-in: serves one tarball of `manifests/<env>` (as the repository's tree holds it). */
export class SourceStandIn {
  readonly port: number;
  readonly commit: string;
  readonly artifactPath: string;
  readonly digest: string;
  readonly size: number;
  private readonly server: http.Server;

  private constructor(port: number, server: http.Server, commit: string, artifactPath: string, file: string) {
    this.port = port;
    this.server = server;
    this.commit = commit;
    this.artifactPath = artifactPath;
    const bytes = readFileSync(file);
    this.digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    this.size = statSync(file).size;
  }

  /** Packs `manifests/<env>` of the repository into `dir` and serves it on loopback. */
  static async start(env: string, dir: string, gitRepository: KubeObject): Promise<SourceStandIn> {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const ns = gitRepository.metadata.namespace ?? FLUX_NAMESPACE;
    const artifactPath = `gitrepository/${ns}/${gitRepository.metadata.name}/${commit}.tar.gz`;
    const file = path.join(dir, 'artifact.tar.gz');
    // The tree as the clone has it; only the environment's folder, which is all its Kustomizations read.
    execFileSync('tar', ['-czf', file, '-C', REPO_ROOT, `manifests/${env}`]);
    const port = await freePort();
    const server = http.createServer((req, res) => {
      if (req.url === `/${artifactPath}`) {
        res.writeHead(200, { 'Content-Type': 'application/x-gzip' });
        res.end(readFileSync(file));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return new SourceStandIn(port, server, commit, artifactPath, file);
  }

  /** What source-controller writes in the GitRepository's status once the artifact is stored. */
  status(gitRepository: KubeObject & { metadata: { generation?: number } }, branch: string): Record<string, unknown> {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const revision = `${branch}@sha1:${this.commit}`;
    const message = `stored artifact for revision '${revision}'`;
    return {
      observedGeneration: gitRepository.metadata.generation,
      artifact: {
        path: this.artifactPath,
        url: `http://source-controller.${FLUX_NAMESPACE}.svc.cluster.local./${this.artifactPath}`,
        revision,
        digest: this.digest,
        lastUpdateTime: now,
        size: this.size,
      },
      conditions: [
        { type: 'Ready', status: 'True', reason: 'Succeeded', message, observedGeneration: gitRepository.metadata.generation, lastTransitionTime: now },
        { type: 'ArtifactInStorage', status: 'True', reason: 'Succeeded', message, observedGeneration: gitRepository.metadata.generation, lastTransitionTime: now },
      ],
    };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The identity kustomize-controller runs as, and a kubeconfig holding its token once the controller
 * manager's token controller has filled in the Secret.
 */
export async function serviceAccountKubeconfig(cluster: TestCluster, name: string): Promise<string> {
  const server = cluster.server;
  const post = async (url: string, body: object) => {
    const res = await server.request('POST', url, body);
    if (res.status !== 201 && res.status !== 409) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body?.message ?? res.body)}`);
  };
  await post(`/api/v1/namespaces/${FLUX_NAMESPACE}/serviceaccounts`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: FLUX_NAMESPACE } });
  await post('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: `cluster-reconciler-${FLUX_NAMESPACE}` },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: [{ kind: 'ServiceAccount', name, namespace: FLUX_NAMESPACE }],
  });
  await post(`/api/v1/namespaces/${FLUX_NAMESPACE}/secrets`, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: `${name}-token`, namespace: FLUX_NAMESPACE, annotations: { 'kubernetes.io/service-account.name': name } },
    type: 'kubernetes.io/service-account-token',
  });
  const token = await cluster.waitFor(`the token controller to fill ${FLUX_NAMESPACE}/${name}-token`, async () => {
    const secret = (await server.request('GET', `/api/v1/namespaces/${FLUX_NAMESPACE}/secrets/${name}-token`)).body;
    const data = secret?.data?.token as string | undefined;
    return data ? Buffer.from(data, 'base64').toString('utf8') : undefined;
  }, 30_000, ['kube-controller-manager']);
  const file = path.join(server.dir, `${name}.kubeconfig`);
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'harness', cluster: { server: `https://127.0.0.1:${server.port}`, 'certificate-authority': path.join(server.dir, 'ca.crt') } }],
      users: [{ name, user: { token } }],
      contexts: [{ name: 'harness', context: { cluster: 'harness', user: name, namespace: FLUX_NAMESPACE } }],
      'current-context': 'harness',
    }),
  );
  return file;
}

/**
 * Bootstraps Flux: the source stand-in and its GitRepository status, then kustomize-controller against
 * the cluster with the service account's token. The Kustomizations are applied by the caller.
 */
export async function startFlux(cluster: TestCluster, env: string, gitRepository: KubeObject): Promise<SourceStandIn> {
  const server = cluster.server;
  const source = await SourceStandIn.start(env, server.dir, gitRepository);
  const url = server.pathOf(gitRepository);
  if (!url) throw new Error('the server serves no GitRepository: install the Flux CRDs first');
  const applied = await server.apply('(bootstrap)', gitRepository, { dryRun: false });
  if (applied.error) throw new Error(`GitRepository ${gitRepository.metadata.name}: ${applied.error}`);
  const current = (await server.request('GET', url)).body;
  const branch = (gitRepository.spec as { ref?: { branch?: string } }).ref?.branch ?? 'main';
  const res = await server.request('PATCH', `${url}/status`, { status: source.status(current, branch) }, 'application/merge-patch+json');
  if (res.status !== 200) throw new Error(`GitRepository status: ${res.status} ${JSON.stringify(res.body?.message ?? res.body)}`);
  const kubeconfig = await serviceAccountKubeconfig(cluster, 'kustomize-controller');
  cluster.spawn('kustomize-controller', tool('kustomize-controller'), [
    `--metrics-addr=127.0.0.1:${await freePort()}`,
    `--health-addr=127.0.0.1:${await freePort()}`,
    '--events-addr=',
    '--watch-all-namespaces=true',
    '--no-remote-bases=true',
    '--log-level=info',
    '--log-encoding=json',
    // Flux's default is 30 s between checks of a layer's dependencies; the test waits on each layer.
    '--requeue-dependency=2s',
  ], { KUBECONFIG: kubeconfig, RUNTIME_NAMESPACE: FLUX_NAMESPACE, SOURCE_CONTROLLER_LOCALHOST: `127.0.0.1:${source.port}` });
  return source;
}
