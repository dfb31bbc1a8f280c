import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Chart, Size, Testing } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { HaproxyIngressController, type HaproxyIngressControllerProps } from '../../constructs/haproxy-ingress-controller';
import { HaproxyIngressCrds } from '../../constructs/haproxy-ingress-crds';
import { HAPROXY_INGRESS_INSTALL } from '../../constructs/haproxy-ingress-release';
import { committedManifests, REPO_ROOT } from '../support/fixtures';

const props: HaproxyIngressControllerProps = {
  namespace: 'haproxy-controller',
  image: 'docker.io/haproxytech/kubernetes-ingress:3.2.11',
  className: 'haproxy',
  defaultCertificateSecretName: 'platform-ui-tls',
  resources: { cpu: Cpu.millis(100), memory: Size.mebibytes(256) },
};

function synth(overrides: Partial<HaproxyIngressControllerProps> = {}) {
  const chart = new Chart(Testing.app(), 'c', { namespace: overrides.namespace ?? props.namespace });
  new HaproxyIngressController(chart, 'r', { ...props, ...overrides });
  return Testing.synth(chart);
}

/** The objects of the vendored plain install, read straight from the file. */
const upstream = parseAllDocuments(readFileSync(HAPROXY_INGRESS_INSTALL, 'utf8')).map((d) => d.toJS()).filter(Boolean);
const upstreamDeployment = upstream.find((o) => o.kind === 'Deployment');

describe('the vendored HAProxy ingress release', () => {
  it('is byte-identical to the upstream files whose git blobs vendor/SOURCES.md names', () => {
    const sources = readFileSync(path.join(REPO_ROOT, 'vendor', 'SOURCES.md'), 'utf8');
    const dir = path.join(REPO_ROOT, 'vendor', 'haproxy-kubernetes-ingress', 'v3.2.11');
    const files = [...readdirSync(dir).filter((f) => f !== 'crds'), ...readdirSync(path.join(dir, 'crds')).map((f) => `crds/${f}`)];
    expect(files).toHaveLength(9);
    for (const file of files) {
      const content = readFileSync(path.join(dir, file));
      const blob = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
      expect(sources, file).toContain(blob);
    }
  });

  it('names its image without a tag, which is why the construct pins it', () => {
    expect(upstreamDeployment.spec.template.spec.containers[0].image).toBe('haproxytech/kubernetes-ingress');
  });
});

describe('HaproxyIngressController', () => {
  it('pins the image and serves the IngressClass with the controller name the flag selects', () => {
    const objects = synth();
    const deployment = objects.find((o) => o.kind === 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe(props.image);
    expect(container.args).toEqual(expect.arrayContaining(['--ingress.class=haproxy', '--default-ssl-certificate=haproxy-controller/platform-ui-tls', '--configmap=haproxy-controller/haproxy-kubernetes-ingress']));
    const ingressClass = objects.find((o) => o.kind === 'IngressClass');
    expect(ingressClass.metadata).toEqual(expect.not.objectContaining({ namespace: expect.anything() }));
    // pkg/store/store.go IsIngressClassSupported: with --ingress.class=C the class must name haproxy.org/ingress-controller/C.
    expect(ingressClass.spec.controller).toBe('haproxy.org/ingress-controller/haproxy');
  });

  it('derives the pod labels every policy uses from the vendored Deployment, and keeps them on the pods', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: props.namespace });
    const controller = new HaproxyIngressController(chart, 'r', props);
    expect(controller.podLabels).toEqual(upstreamDeployment.spec.selector.matchLabels);
    expect(controller.podLabels).not.toHaveProperty(['app.kubernetes.io/name']);
    const deployment = Testing.synth(chart).find((o) => o.kind === 'Deployment');
    expect(deployment.spec.selector.matchLabels).toEqual(controller.podLabels);
    expect(deployment.spec.template.metadata.labels).toMatchObject({ ...controller.podLabels, 'app.kubernetes.io/name': 'haproxy-ingress' });
    expect(controller.clientPeer).toEqual({ namespace: 'haproxy-controller', podLabels: controller.podLabels });
  });

  it('runs with a read-only root filesystem, seeding the writable configuration folder from the image', () => {
    const spec = synth().find((o) => o.kind === 'Deployment').spec.template.spec;
    const container = spec.containers[0];
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } });
    expect(container.volumeMounts.map((m: { mountPath: string }) => m.mountPath).sort()).toEqual(['/run', '/tmp', '/usr/local/etc/haproxy', '/var/state']);
    expect(spec.initContainers[0]).toMatchObject({ image: props.image, command: ['cp', '-R', '/usr/local/etc/haproxy/.', '/seed/'], volumeMounts: [{ name: 'config', mountPath: '/seed' }] });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 1042 });
  });

  it('keeps the statistics port off the NodePort Service and scrapes it on the pods', () => {
    const objects = synth();
    expect(objects.find((o) => o.kind === 'Service').spec.ports.map((p: { name: string }) => p.name)).toEqual(['http', 'https']);
    expect(objects.find((o) => o.kind === 'PodMonitor').spec.podMetricsEndpoints.map((e: { port: string }) => e.port)).toEqual(['stat', 'controller']);
  });

  it('moves the RBAC subject into its namespace and leaves the Namespace to the namespaces chart', () => {
    const objects = synth({ namespace: 'ingress' });
    expect(objects.find((o) => o.kind === 'ClusterRoleBinding').subjects[0].namespace).toBe('ingress');
    expect(objects.filter((o) => o.kind === 'Namespace')).toEqual([]);
    for (const o of objects.filter((x) => x.kind.startsWith('Cluster'))) expect(o.metadata.namespace).toBeUndefined();
  });

  it('fails on an unpinned image', () => {
    expect(() => synth({ image: 'haproxytech/kubernetes-ingress' })).toThrow('image ("haproxytech/kubernetes-ingress") must be pinned');
  });

  it('fails on no replicas', () => {
    expect(() => synth({ replicas: 0 })).toThrow('replicas (0) must be a whole number of at least 1');
  });
});

describe('HaproxyIngressCrds', () => {
  it('includes the six ingress.v3.haproxy.org CRDs unmodified', () => {
    const chart = Testing.chart();
    new HaproxyIngressCrds(chart, 'crds');
    const objects = Testing.synth(chart);
    expect(objects.map((o) => o.metadata.name).sort()).toEqual(['backends', 'defaults', 'frontends', 'globals', 'tcps', 'validationrules'].map((k) => `${k}.ingress.v3.haproxy.org`));
  });
});

describe('the rendered environments', () => {
  const tree = committedManifests();

  it.each([...tree.keys()])('%s: every policy that admits the ingress namespace admits exactly the rendered controller pods', (env) => {
    const objects = tree.get(env)!.map((r) => r.object);
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.namespace === 'haproxy-controller')!;
    const podLabels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    const peers = objects.filter((o) => o.kind === 'NetworkPolicy').flatMap((o) =>
      ((o.spec as { ingress?: Array<{ from?: Array<{ namespaceSelector?: { matchLabels?: Record<string, string> }; podSelector?: { matchLabels?: Record<string, string> } }> }> }).ingress ?? [])
        .flatMap((r) => r.from ?? [])
        .filter((p) => p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'haproxy-controller')
        .map((p) => ({ policy: `${o.metadata.namespace}/${o.metadata.name}`, selector: p.podSelector?.matchLabels ?? {} })));
    // Kibana, Grafana, Prometheus, Alertmanager, the Spark master (and history server), the Kafka UI where rendered.
    expect(peers.length).toBeGreaterThanOrEqual(5);
    for (const { policy, selector } of peers) {
      expect(Object.keys(selector).length, policy).toBeGreaterThan(0);
      expect(Object.entries(selector).every(([k, v]) => podLabels[k] === v), policy).toBe(true);
    }
  });

  it.each([...tree.keys()])('%s: every UI Ingress names the class the controller serves', (env) => {
    const objects = tree.get(env)!.map((r) => r.object);
    const classes = objects.filter((o) => o.kind === 'IngressClass').map((o) => o.metadata.name);
    const ingresses = objects.filter((o) => o.kind === 'Ingress');
    expect(classes).toEqual(['haproxy']);
    expect(ingresses.length).toBeGreaterThanOrEqual(5);
    for (const i of ingresses) expect((i.spec as { ingressClassName: string }).ingressClassName, i.metadata.name).toBe('haproxy');
  });
});
