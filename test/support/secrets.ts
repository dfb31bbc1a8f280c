/**
 * External Secrets Operator against a harness API server, and what the cluster and the operators that
 * cannot run here would otherwise provide to it:
 *
 * - the `kube-root-ca.crt` ConfigMap in every namespace (kube-controller-manager's
 *   root-ca-cert-publisher writes it; the Kubernetes-provider stores verify the API server with it);
 * - the Secrets Strimzi 1.2.0 writes (it is Java and does not run here): a stand-in per KafkaUser and
 *   for the cluster CA certificate, with the keys Strimzi writes;
 * - ECK's public HTTP CA Secret where the ECK operator is not run.
 *
 * The stores name the in-cluster API address (`https://kubernetes.default.svc`), which only cluster DNS
 * resolves; out of the cluster it is rewritten to the harness address, the one change made to a
 * rendered object.
 */
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { tool } from '../../tools';
import type { KubeObject, RenderedObject } from '../../render/manifests';
import { type ApiServer, freePort } from '../../tools/apiserver';
import { startAcme } from './acme';

/** The in-cluster API address every rendered SecretStore names (constructs/secret-copies.ts). */
export const IN_CLUSTER_API = 'https://kubernetes.default.svc';

/** The rendered objects with each Kubernetes-provider SecretStore pointed at the harness API server instead of cluster DNS. */
export function reachableFromHarness(server: ApiServer, rendered: readonly RenderedObject[]): RenderedObject[] {
  return rendered.map((r) => {
    if (r.object.kind !== 'SecretStore' || !(r.object.spec as { provider: Record<string, unknown> }).provider.kubernetes) return r;
    const spec = structuredClone(r.object.spec) as { provider: { kubernetes?: { server?: { url?: string } } } };
    const k8s = spec.provider.kubernetes;
    if (k8s?.server?.url !== IN_CLUSTER_API) throw new Error(`${r.file}: expected server.url ${IN_CLUSTER_API}, found ${k8s?.server?.url}`);
    k8s.server.url = `https://127.0.0.1:${server.port}`;
    return { ...r, object: { ...r.object, spec } as KubeObject };
  });
}

/** `kube-root-ca.crt` in each namespace, as kube-controller-manager publishes it (key `ca.crt`). */
export function rootCaConfigMaps(server: ApiServer, namespaces: readonly string[]): RenderedObject[] {
  return namespaces.map((namespace) => ({
    file: '(kube-controller-manager: kube-root-ca.crt)',
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace }, data: { 'ca.crt': server.ca } } as KubeObject,
  }));
}

const secret = (namespace: string, name: string, data: Record<string, string>, file: string): RenderedObject => ({
  file,
  object: { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type: 'Opaque', stringData: data } as KubeObject,
});

/** A PEM-looking certificate text that differs per `serial` (ESO copies bytes; nothing parses them here). */
export const fakeCertificate = (serial: string) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(createHash('sha256').update(serial).digest('hex')).toString('base64')}\n-----END CERTIFICATE-----\n`;

/**
 * Stand-ins for the Secrets Strimzi 1.2.0 writes in the Kafka namespace, with the keys the clients read:
 * per SCRAM-SHA-512 KafkaUser `password` and `sasl.jaas.config` (user-operator
 * `src/main/java/io/strimzi/operator/user/model/KafkaUserModel.java`, generateSecret), and
 * `<cluster>-cluster-ca-cert` with `ca.crt`, `ca.p12`, `ca.password` (cluster-operator
 * `src/main/java/io/strimzi/operator/cluster/model/ClusterCa.java` and operator-common `Ca.java`).
 */
export function strimziStandIns(rendered: readonly RenderedObject[]): RenderedObject[] {
  const file = '(stand-in: Strimzi 1.2.0 writes)';
  const out: RenderedObject[] = [];
  for (const { object } of rendered) {
    if (object.kind === 'KafkaUser') {
      const password = randomBytes(12).toString('hex');
      out.push(secret(object.metadata.namespace!, object.metadata.name, {
        password,
        'sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="${object.metadata.name}" password="${password}";`,
      }, file));
    }
    if (object.kind === 'Kafka') {
      out.push(secret(object.metadata.namespace!, `${object.metadata.name}-cluster-ca-cert`, { 'ca.crt': fakeCertificate('strimzi-ca-0'), 'ca.p12': 'p12-0', 'ca.password': 'store-0' }, file));
    }
  }
  return out;
}

/**
 * Stand-ins for the Secrets ECK 3.5.0 writes that rendered objects read, for runs without the ECK
 * operator: the public HTTP certificates `<cluster>-es-http-certs-public` and `<kibana>-kb-http-certs-public`
 * (`ca.crt`, `tls.crt`; pkg/controller/common/certificates/http_reconcile.go) and the superuser `<cluster>-es-elastic-user`
 * (key `elastic`; pkg/controller/elasticsearch/user/reconcile.go).
 */
export function eckStandIns(rendered: readonly RenderedObject[]): RenderedObject[] {
  const file = '(stand-in: ECK 3.5.0 writes)';
  const kibanas = rendered
    .filter((r) => r.object.kind === 'Kibana')
    .map(({ object }) => secret(object.metadata.namespace!, `${object.metadata.name}-kb-http-certs-public`, { 'ca.crt': fakeCertificate('eck-kb-ca-0'), 'tls.crt': fakeCertificate('eck-kb-tls-0') }, file));
  return [...kibanas, ...rendered
    .filter((r) => r.object.kind === 'Elasticsearch')
    .flatMap(({ object }) => [
      secret(object.metadata.namespace!, `${object.metadata.name}-es-http-certs-public`, { 'ca.crt': fakeCertificate('eck-ca-0'), 'tls.crt': fakeCertificate('eck-tls-0') }, file),
      secret(object.metadata.namespace!, `${object.metadata.name}-es-elastic-user`, { elastic: randomBytes(12).toString('hex') }, file),
    ])];
}

/**
 * Stand-ins for what an environment's Vault store holds (no Vault runs here): the Secrets the
 * ExternalSecrets of a Vault-backed store would write, with placeholder values, and the store's token
 * Secret (the environment's root credential, which a person creates).
 */
export function externalStoreStandIns(rendered: readonly RenderedObject[]): RenderedObject[] {
  const out: RenderedObject[] = [];
  const vaultStores = rendered.filter((r) => r.object.kind === 'SecretStore' && (r.object.spec as any).provider.vault);
  for (const { object: store } of vaultStores) {
    const namespace = store.metadata.namespace!;
    const token = (store.spec as any).provider.vault.auth.tokenSecretRef;
    out.push(secret(namespace, token.name, { [token.key]: 'placeholder-root-token' }, '(out of band: the root credential)'));
    for (const { object } of rendered) {
      const spec = object.spec as any;
      if (object.kind !== 'ExternalSecret' || object.metadata.namespace !== namespace || spec.secretStoreRef?.name !== store.metadata.name) continue;
      out.push(secret(namespace, spec.target.name, Object.fromEntries(spec.data.map((d: { secretKey: string }) => [d.secretKey, `https://${spec.target.name}.invalid/${d.secretKey}`])), '(stand-in: what Vault holds)'));
    }
  }
  return out;
}

/**
 * Starts External Secrets Operator with the rendered Deployment's arguments, changed only where running
 * outside the cluster requires it: metrics on a loopback port, no leader election (one instance).
 */
export async function startExternalSecrets(server: ApiServer, rendered: readonly RenderedObject[]): Promise<ChildProcess> {
  const found = rendered.find((r) => r.object.kind === 'Deployment' && r.object.metadata.name === 'external-secrets');
  if (!found) throw new Error('the environment renders no external-secrets Deployment');
  const container = (found.object.spec as { template: { spec: { containers: Array<{ args?: string[] }> } } }).template.spec.containers[0];
  const args = (container.args ?? []).filter((a) => !a.startsWith('--metrics-addr=') && !a.startsWith('--enable-leader-election='));
  return server.spawn('external-secrets', tool('external-secrets'), [...args, `--metrics-addr=127.0.0.1:${await freePort()}`, '--enable-leader-election=false']);
}

/**
 * Starts cert-manager's controllers (our build of them, tools/go/cert-manager) with the rendered
 * Deployment's arguments, changed only where running outside the cluster requires it: the harness's
 * kubeconfig (cert-manager's client builder reads only its flag, not KUBECONFIG), metrics on a loopback
 * port (returned), no leader election (one instance); `extraArgs` for the ACME test server's DNS (test/support/acme.ts).
 */
export async function startCertManager(server: ApiServer, rendered: readonly RenderedObject[], extraArgs: readonly string[] = []): Promise<{ process: ChildProcess; metricsPort: number }> {
  const found = rendered.find((r) => r.object.kind === 'Deployment' && r.object.metadata.name === 'cert-manager');
  if (!found) throw new Error('the environment renders no cert-manager Deployment');
  const container = (found.object.spec as { template: { spec: { containers: Array<{ args?: string[] }> } } }).template.spec.containers[0];
  const args = (container.args ?? []).filter((a) => !a.startsWith('--metrics-listen-address=') && !a.startsWith('--leader-elect='));
  const metricsPort = await freePort();
  const process = server.spawn('cert-manager', tool('cert-manager'), [...args, `--kubeconfig=${server.kubeconfig}`, `--metrics-listen-address=127.0.0.1:${metricsPort}`, '--leader-elect=false', ...extraArgs]);
  return { process, metricsPort };
}

/** A reference to a key of a Secret by a rendered object; `key` undefined means the whole Secret. */
export interface SecretReference {
  readonly namespace: string;
  readonly name: string;
  readonly key?: string;
  readonly by: string;
}

/**
 * Every Secret (and key) a rendered object references: pod volumes (`secret.secretName`, `items`),
 * `secretKeyRef`, `envFrom.secretRef`, projected sources, Ingress TLS, ECK's `fileRealm`, and the
 * `secretKeyRef`s of custom resources (AlertmanagerConfig receivers), found by walking every object.
 */
export function secretReferences(rendered: readonly RenderedObject[]): SecretReference[] {
  const refs: SecretReference[] = [];
  for (const { file, object } of rendered) {
    const namespace = object.metadata.namespace;
    if (!namespace || object.kind === 'ExternalSecret' || object.kind === 'SecretStore') continue;
    const walk = (value: unknown, parentKey: string) => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, parentKey));
      if (!value || typeof value !== 'object') return;
      const obj = value as Record<string, any>;
      if (parentKey === 'secret' && typeof obj.secretName === 'string') {
        const items = obj.items as Array<{ key: string }> | undefined;
        if (items?.length) for (const i of items) refs.push({ namespace, name: obj.secretName, key: i.key, by: file });
        else refs.push({ namespace, name: obj.secretName, by: file });
      }
      if (parentKey === 'fileRealm' && typeof obj.secretName === 'string') refs.push({ namespace, name: obj.secretName, by: file });
      if (parentKey === 'tls' && typeof obj.secretName === 'string') refs.push({ namespace, name: obj.secretName, by: file });
      if ((parentKey === 'secretKeyRef' || parentKey === 'secretRef') && typeof obj.name === 'string') refs.push({ namespace, name: obj.name, key: obj.key, by: file });
      for (const [k, v] of Object.entries(obj)) walk(v, k);
    };
    walk(object, '');
  }
  return refs;
}

/**
 * What External Secrets Operator needs beside an environment already applied as rendered (the
 * operator check): the root CA ConfigMaps, the Strimzi stand-ins, a Vault store's stand-ins and the
 * stores re-applied with the harness address; then the controller itself, pebble for the ACME issuer
 * (test/support/acme.ts) and cert-manager, which issues the UI certificate (and dev's CA).
 */
export async function startSecretsFor(server: ApiServer, rendered: readonly RenderedObject[], namespaces: readonly string[]): Promise<{ process: ChildProcess; errors: string[] }> {
  const stores = reachableFromHarness(server, rendered).filter((r) => r.object.kind === 'SecretStore' && (r.object.spec as any).provider.kubernetes);
  const errors: string[] = [];
  for (const batch of [[...rootCaConfigMaps(server, namespaces), ...strimziStandIns(rendered), ...externalStoreStandIns(rendered)], stores]) {
    for (const r of await server.applyAll(batch, { dryRun: false })) if (r.error) errors.push(`${r.file} ${r.kind} ${r.name}: ${r.error}`);
  }
  const process = await startExternalSecrets(server, rendered);
  const acme = await startAcme(server, rendered);
  await startCertManager(server, rendered, acme?.certManagerArgs);
  // The operators started next read the generated and external Secrets when they first reconcile
  // (ECK's file realm, prometheus-operator's receivers): wait for those. Copies of ECK's CA follow later.
  const kubernetesStores = new Set(stores.map((r) => `${r.object.metadata.namespace}/${r.object.metadata.name}`));
  const awaited = rendered
    .map((r) => r.object)
    .filter((o) => o.kind === 'ExternalSecret' && !kubernetesStores.has(`${o.metadata.namespace}/${(o.spec as any).secretStoreRef?.name}`))
    .map((o) => `/api/v1/namespaces/${o.metadata.namespace}/secrets/${(o.spec as any).target.name}`);
  const missing = async () => (await Promise.all(awaited.map(async (p) => ((await server.request('GET', p)).status === 200 ? undefined : p)))).filter(Boolean);
  const deadline = Date.now() + 120_000;
  while ((await missing()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  for (const p of await missing()) errors.push(`External Secrets Operator made no ${p} within 120 s`);
  return { process, errors };
}
