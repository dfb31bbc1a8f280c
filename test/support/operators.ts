/**
 * The real operators against a harness API server: an environment's objects applied for real, with
 * what a cluster would otherwise provide (placeholder out-of-band Secrets from the README's list, the
 * StorageClasses the objects name, a `default` ServiceAccount per namespace — no controller-manager runs),
 * then prometheus-operator and the ECK operator started out-of-cluster with the rendered configuration,
 * and what they generate read back.
 */
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { tool } from '../../tools';
import type { KubeObject, RenderedObject } from '../../render/manifests';
import { type ApiServer, type ApplyResult, freePort } from '../../tools/apiserver';
import { outOfBandSecrets, planEnvironment, storageClassNames } from '../../tools/server-plan';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A placeholder for a Secret key: a URL where the key holds one (receivers validate URLs). */
export const placeholderValue = (secret: string, key: string) => (/url$/i.test(key) ? `https://${secret}.invalid/${key}` : `placeholder-${key}`);

/** What the cluster would provide for the environment's objects, as objects to apply for real. */
export function clusterProvided(rendered: readonly RenderedObject[]): RenderedObject[] {
  const plan = planEnvironment(rendered);
  const out: RenderedObject[] = [];
  for (const name of storageClassNames(rendered)) {
    out.push({ file: '(cluster StorageClass)', object: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' } as KubeObject });
  }
  for (const { object } of plan.namespaces) {
    out.push({ file: '(default ServiceAccount)', object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: object.metadata.name } } });
  }
  for (const secret of outOfBandSecrets()) {
    if (!plan.namespaces.some((n) => n.object.metadata.name === secret.namespace)) continue;
    out.push({
      file: '(README: out-of-band Secret)',
      object: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: secret.name, namespace: secret.namespace },
        type: secret.type,
        stringData: Object.fromEntries(secret.keys.map((k) => [k, placeholderValue(secret.name, k)])),
      } as KubeObject,
    });
  }
  return out;
}

/** Applies the environment for real: namespaces, what the cluster provides, then every object. */
export async function applyEnvironment(server: ApiServer, rendered: readonly RenderedObject[]): Promise<ApplyResult[]> {
  const plan = planEnvironment(rendered);
  const results = await server.applyAll(plan.namespaces, { dryRun: false });
  results.push(...(await server.applyAll(clusterProvided(rendered), { dryRun: false })));
  results.push(...(await server.applyAll(plan.objects, { dryRun: false })));
  return results;
}

const containerOf = (rendered: readonly RenderedObject[], kind: string, name: string) => {
  const found = rendered.find((r) => r.object.kind === kind && r.object.metadata.name === name);
  if (!found) throw new Error(`the environment renders no ${kind} ${name}`);
  const spec = found.object.spec as { template: { spec: { containers: Array<{ args?: string[] }> } } };
  return { object: found.object, container: spec.template.spec.containers[0] };
};

/** Starts prometheus-operator with the rendered Deployment's arguments, serving on a loopback port. */
export async function startPrometheusOperator(server: ApiServer, rendered: readonly RenderedObject[]): Promise<ChildProcess> {
  const { container } = containerOf(rendered, 'Deployment', 'prometheus-operator');
  const args = [...(container.args ?? []), `--web.listen-address=127.0.0.1:${await freePort()}`];
  return server.spawn('prometheus-operator', tool('prometheus-operator'), args);
}

/**
 * Starts the ECK operator with the rendered `eck.yaml`, changed only where running outside the cluster
 * requires it: metrics on a loopback port, no leader election (one instance, no Lease to wait for).
 */
export async function startEckOperator(server: ApiServer, rendered: readonly RenderedObject[]): Promise<ChildProcess> {
  const configMap = rendered.find((r) => r.object.kind === 'ConfigMap' && r.file.startsWith('eck-operator/'));
  if (!configMap) throw new Error('the environment renders no ECK operator ConfigMap');
  const config = parse((configMap.object.data as Record<string, string>)['eck.yaml']) as Record<string, unknown>;
  const local = { ...config, 'metrics-host': '127.0.0.1', 'metrics-port': await freePort(), 'enable-leader-election': false };
  const file = `${server.dir}/eck.yaml`;
  writeFileSync(file, stringify(local));
  return server.spawn('eck-operator', tool('eck-operator'), ['manager', `--config=${file}`]);
}

/** GETs an object, or undefined when it does not exist (yet). */
export async function getObject(server: ApiServer, apiPath: string): Promise<any> {
  const res = await server.request('GET', apiPath);
  return res.status === 200 ? res.body : undefined;
}

/** Polls until `ready` returns a value or the timeout passes (then returns undefined). */
export async function waitUntil<T>(ready: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ready();
    if (value !== undefined) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(250);
  }
}

/** A Secret key's text, gunzipped when the operator stores it compressed. */
export function secretText(secret: { data?: Record<string, string> } | undefined, key: string): string | undefined {
  const value = secret?.data?.[key];
  if (value === undefined) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return (key.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export interface OperatorLogLine {
  readonly operator: string;
  readonly text: string;
}

/** Error-level lines of an operator log: logfmt `level=error` (prometheus-operator), JSON `"log.level":"error"` (ECK). */
export function errorLines(operator: string, log: string): OperatorLogLine[] {
  return log
    .split('\n')
    .filter((line) => /\blevel=error\b/.test(line) || /"log\.level":\s*"error"/.test(line) || /^E\d{4} /.test(line))
    .map((text) => ({ operator, text }));
}
