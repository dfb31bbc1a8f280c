/**
 * The part of the Kubernetes API the kubernetes filter of Fluent Bit reads: `GET
 * /api/v1/namespaces/<ns>/pods/<name>` (plugins/filter_kubernetes/kube_meta.h FLB_KUBE_API_POD_FMT),
 * answered with a Pod carrying the labels, annotations, node, IP and container statuses the filter
 * copies into `kubernetes.*` (kube_meta.c merge_meta). Over HTTPS with the given certificate, and only
 * for the bearer token the service account mount holds, as the API server would.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

export interface PodMeta {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

export interface KubernetesApiStandIn {
  readonly port: number;
  /** Request paths received, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startKubernetesApiStandIn(opts: { pods: readonly PodMeta[]; tlsDir: string; token: string; nodeName: string }): Promise<KubernetesApiStandIn> {
  const requests: string[] = [];
  const server: Server = createServer({ cert: readFileSync(path.join(opts.tlsDir, 'server.crt')), key: readFileSync(path.join(opts.tlsDir, 'server.key')) }, (req, res) => {
    requests.push(req.url ?? '');
    const json = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers.authorization !== `Bearer ${opts.token}`) return void json(401, { kind: 'Status', status: 'Failure', reason: 'Unauthorized', code: 401 });
    const match = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/?]+)/.exec(req.url ?? '');
    const pod = match && opts.pods.find((p) => p.namespace === match[1] && p.pod === match[2]);
    if (!pod) return void json(404, { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404 });
    const image = `registry.example/${pod.container}:1.0.0`;
    json(200, {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: pod.pod, namespace: pod.namespace, uid: `uid-${pod.pod}`, labels: pod.labels, annotations: pod.annotations },
      spec: { nodeName: opts.nodeName, containers: [{ name: pod.container, image }] },
      status: {
        phase: 'Running',
        podIP: '10.0.0.12',
        containerStatuses: [{ name: pod.container, image, imageID: `${image}@sha256:${'ab'.repeat(32)}`, containerID: `containerd://${'cd'.repeat(32)}`, ready: true }],
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
