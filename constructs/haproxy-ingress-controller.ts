import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { AlertRules } from './alert-rules';
import { clusterScoped } from './cluster-scoped';
import { ConfigError, requireDnsLabel, requireDnsSubdomain } from './config-error';
import { hardenedPodSecurityContext, hardenedSecurityContext, requirePinnedImage, resourceRequirements, type ResourceSpec } from './hardening';
import { HAPROXY_INGRESS_INSTALL, HAPROXY_INGRESS_VERSION, haproxyIngressClassController } from './haproxy-ingress-release';
import { recommendedLabels } from './labels';
import { PodMonitor } from './monitors';
import { AllowEgress, isAnywhere, OPEN_RANGE_ANNOTATION, type PolicyPeer } from './network-policy';
import { spreadReplicas } from './spread';
import { VendoredInclude } from './vendored-include';

export interface HaproxyIngressControllerProps {
  /** Namespace the controller runs in (upstream's is `haproxy-controller`). */
  readonly namespace: string;
  /** Pinned `haproxytech/kubernetes-ingress` image; the vendored install names it without a tag. */
  readonly image: string;
  /** IngressClass the controller serves (`--ingress.class`); rendered here. */
  readonly className: string;
  /**
   * TLS Secret (`tls.crt`, `tls.key`) in the controller's namespace served for every host whose Ingress
   * names no certificate of its own (`--default-ssl-certificate`).
   */
  readonly defaultCertificateSecretName: string;
  /** Controller pods. @default 2 (one may be drained while the other serves) */
  readonly replicas?: number;
  readonly resources: ResourceSpec;
  /** Spread the pods evenly over zones as well as over nodes. @default false */
  readonly zoneSpread?: boolean;
  /** Addresses the UI users connect from (through a load balancer in front). @default ['0.0.0.0/0'] */
  readonly clientCidrs?: readonly string[];
  /** Team label on the alerts. @default platform */
  readonly team?: string;
}

/** Ports of the vendored Deployment's container, and the two this construct adds. */
export const HAPROXY_PORTS = { http: 8080, https: 8443, stat: 1024, healthz: 1042, controller: 6060 } as const;

/** The user the vendored Deployment runs the controller as (the image's `haproxy` user). */
const UID = 1000;

/** Name of the PodMonitor: with the namespace, the `job` label of every controller series. */
const MONITOR = 'haproxy-ingress';

/** Name of the upstream ConfigMap the controller reads (`--configmap`). */
const CONFIGMAP = 'haproxy-kubernetes-ingress';

/** Writable paths of the image (build/Dockerfile, pkg/controller/builder.go `defaultEnv` at v3.2.11). */
const WRITABLE = [
  // The controller writes haproxy.cfg, certificates and maps to /etc/haproxy, a symlink to this folder;
  // s6 starts HAProxy on the shipped haproxy.cfg before the controller rewrites it, so the folder is seeded.
  { name: 'config', mountPath: '/usr/local/etc/haproxy' },
  // s6-overlay's runtime (S6_READ_ONLY_ROOT=1 in the image) and HAProxy's sockets and pid (/var/run -> /run).
  { name: 'run', mountPath: '/run' },
  // The controller's state file (`StateDir` /var/state/haproxy/).
  { name: 'state', mountPath: '/var/state' },
  { name: 'tmp', mountPath: '/tmp' },
] as const;

/**
 * The HAProxy Kubernetes Ingress Controller from the vendored plain install, patched where this platform
 * needs more than upstream's defaults: the pinned image, the IngressClass and default certificate, a
 * read-only root filesystem, resources, a readiness probe, the controller's metrics, the platform
 * labels on its pods. The Namespace comes from the namespaces chart (with its Pod Security labels), the
 * CRDs from HaproxyIngressCrds. HAProxy's statistics port is scraped on the pods and taken off the
 * NodePort Service, so it is not published on every node.
 */
export class HaproxyIngressController extends Construct {
  /** Labels upstream's Deployment gives the controller pods (its selector), read from the vendored file. */
  readonly podLabels: Record<string, string>;
  /** The controller pods as a NetworkPolicy peer: what every UI's policy admits. */
  readonly clientPeer: PolicyPeer;
  readonly deploymentName: string;
  readonly ruleName: string;
  readonly className: string;
  /** Prometheus job of the controller's scrapes (`<namespace>/<PodMonitor name>`, prometheus-operator's default). */
  readonly metricsJob: string;

  constructor(scope: Construct, id: string, props: HaproxyIngressControllerProps) {
    super(scope, id);
    requireDnsLabel('namespace', props.namespace);
    requirePinnedImage('image', props.image);
    requireDnsSubdomain('className', props.className);
    requireDnsSubdomain('defaultCertificateSecretName', props.defaultCertificateSecretName);
    const replicas = props.replicas ?? 2;
    if (!Number.isInteger(replicas) || replicas < 1) throw new ConfigError('replicas', replicas, 'must be a whole number of at least 1');
    this.className = props.className;
    this.metricsJob = `${props.namespace}/${MONITOR}`;

    const include = new VendoredInclude(this, 'haproxy-ingress.yaml', { file: HAPROXY_INGRESS_INSTALL });
    const deployment = include.apiObjects.find((o) => o.kind === 'Deployment');
    if (!deployment) throw new Error(`${HAPROXY_INGRESS_INSTALL} has no Deployment`);
    const upstream = deployment.toJson() as { metadata: { name: string }; spec: { selector: { matchLabels: Record<string, string> } } };
    this.podLabels = { ...upstream.spec.selector.matchLabels };
    this.deploymentName = upstream.metadata.name;
    this.clientPeer = { namespace: props.namespace, podLabels: this.podLabels };

    for (const object of include.apiObjects) {
      // The namespaces chart renders the namespace with its Pod Security labels.
      if (object.kind === 'Namespace') include.node.tryRemoveChild(object.node.id);
      else this.patch(object, props, replicas);
    }

    clusterScoped(new k8s.KubeIngressClass(this, 'IngressClass', {
      metadata: { name: props.className },
      spec: { controller: haproxyIngressClassController(props.className) },
    }));

    // Clients reach HTTP and HTTPS through the NodePort Service from outside the cluster (a load
    // balancer in front), so the web ports admit the clients' addresses; nothing else reaches the pods
    // but the scrapes below (their policies are rendered from the monitor).
    const clientCidrs = props.clientCidrs ?? ['0.0.0.0/0'];
    new k8s.KubeNetworkPolicy(this, 'WebPolicy', {
      metadata: {
        name: 'haproxy-ingress-web',
        ...(clientCidrs.some(isAnywhere) ? { annotations: { [OPEN_RANGE_ANNOTATION]: 'network.externalCidrs: the UIs\' users connect from any address through the load balancer' } } : {}),
      },
      spec: {
        podSelector: { matchLabels: this.podLabels },
        policyTypes: ['Ingress'],
        ingress: [{
          from: clientCidrs.map((cidr) => ({ ipBlock: { cidr } })),
          ports: [HAPROXY_PORTS.http, HAPROXY_PORTS.https].map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) })),
        }],
      },
    });
    new AllowEgress(this, 'Egress', { name: 'haproxy-ingress-kube-api', podLabels: this.podLabels, apiServer: true });
    new PodMonitor(this, 'Monitor', {
      name: MONITOR,
      selector: this.podLabels,
      endpoints: [{ port: 'stat', path: '/metrics' }, { port: 'controller', path: '/metrics' }],
    });
    this.ruleName = 'haproxy-ingress';
    this.alerts(props.team ?? 'platform');
  }

  private patch(object: ApiObject, props: HaproxyIngressControllerProps, replicas: number): void {
    const ns = props.namespace;
    clusterScoped(object);
    if (object.kind === 'ClusterRoleBinding') object.addJsonPatch(JsonPatch.replace('/subjects/0/namespace', ns));
    if (object.kind === 'Service') {
      // Ports http, https, stat: the statistics page and metrics stay inside the cluster.
      const ports = (object.toJson() as { spec: { ports: Array<{ name: string }> } }).spec.ports;
      const stat = ports.findIndex((p) => p.name === 'stat');
      if (stat >= 0) object.addJsonPatch(JsonPatch.remove(`/spec/ports/${stat}`));
    }
    if (object.kind !== 'Deployment') return;
    const container = '/spec/template/spec/containers/0';
    const probe = (periodSeconds: number) => ({ httpGet: { path: '/healthz', port: HAPROXY_PORTS.healthz }, periodSeconds });
    // Patches carry plain JSON: the generated types' Quantity objects are resolved only in constructed objects.
    const resources = JSON.parse(JSON.stringify(resourceRequirements('resources', props.resources), (_k, v) => (v instanceof k8s.Quantity ? v.value : v)));
    object.addJsonPatch(
      JsonPatch.replace('/spec/replicas', replicas),
      JsonPatch.replace('/spec/template/metadata/labels', {
        ...this.podLabels,
        ...recommendedLabels({ name: 'haproxy-ingress', instance: this.deploymentName, component: 'ingress-controller', version: HAPROXY_INGRESS_VERSION }),
      }),
      // The vendored install names the image without a tag; the environment's version set pins it.
      JsonPatch.replace(`${container}/image`, props.image),
      JsonPatch.add(`${container}/imagePullPolicy`, 'IfNotPresent'),
      JsonPatch.replace(`${container}/args`, [
        `--configmap=${ns}/${CONFIGMAP}`,
        `--ingress.class=${props.className}`,
        `--default-ssl-certificate=${ns}/${props.defaultCertificateSecretName}`,
        // The controller's own metrics (reloads, configuration that cannot be applied) on its controller port.
        '--prometheus',
      ]),
      JsonPatch.add(`${container}/ports/-`, { name: 'controller', containerPort: HAPROXY_PORTS.controller }),
      JsonPatch.replace(`${container}/resources`, resources),
      JsonPatch.add(`${container}/securityContext/readOnlyRootFilesystem`, true),
      JsonPatch.add(`${container}/securityContext/privileged`, false),
      JsonPatch.replace(`${container}/livenessProbe`, probe(10)),
      JsonPatch.add(`${container}/readinessProbe`, probe(5)),
      JsonPatch.add(`${container}/volumeMounts`, WRITABLE.map((v) => ({ name: v.name, mountPath: v.mountPath }))),
      JsonPatch.add('/spec/template/spec/initContainers', [{
        name: 'seed-config',
        image: props.image,
        imagePullPolicy: 'IfNotPresent',
        // The shipped configuration folder, copied into the writable volume mounted over it.
        command: ['cp', '-R', '/usr/local/etc/haproxy/.', '/seed/'],
        // The main container's context without NET_BIND_SERVICE: copying files binds no port.
        securityContext: { ...hardenedSecurityContext({ runAsUser: UID }) },
        // A file copy: a fraction of the main container's needs (a pod's request is the larger of the two).
        resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '32Mi' } },
        volumeMounts: [{ name: 'config', mountPath: '/seed' }],
      }]),
      // Two pods on one node only when nothing else fits: a node drain must leave one serving.
      ...Object.entries(spreadReplicas(this.podLabels, { zones: props.zoneSpread ?? false })).map(([field, value]) => JsonPatch.add(`/spec/template/spec/${field}`, value)),
      // Upstream sets a securityContext per container only; the pod-level one makes the non-root user and seccomp hold for every container.
      JsonPatch.add('/spec/template/spec/securityContext', hardenedPodSecurityContext({ runAsUser: UID })),
      JsonPatch.add('/spec/template/spec/volumes', WRITABLE.map((v) => ({ name: v.name, emptyDir: {} }))),
    );
  }

  private alerts(team: string): void {
    const job = `job="${this.metricsJob}"`;
    new AlertRules(this, 'Rules', {
      name: this.ruleName,
      team,
      groups: [{
        name: 'haproxy-ingress',
        rules: [
          {
            alert: 'HAProxyIngressDown', expr: `up{${job}} == 0`, for: '5m', severity: 'warning',
            summary: 'HAProxy ingress controller pod {{ $labels.pod }} cannot be scraped',
            description: 'The pod has not answered on its statistics or controller port for 5 minutes; the web UIs are served by the remaining pods, if any. Check the pod, its logs and the NetworkPolicies in the controller namespace.',
          },
          {
            alert: 'HAProxyIngressAllDown', expr: `sum(up{${job}}) == 0 or absent(up{${job}})`, for: '5m', severity: 'critical',
            summary: 'No HAProxy ingress controller pod is up',
            description: 'No controller pod has answered a scrape for 5 minutes: Grafana, Kibana, Prometheus, Alertmanager, Spark and the Kafka UI are unreachable through their Ingresses.',
          },
          {
            alert: 'HAProxyIngressConfigNotApplied', expr: `max by (pod) (haproxy_unable_to_sync_configuration{${job}}) == 1`, for: '10m', severity: 'warning',
            summary: 'HAProxy ingress controller {{ $labels.pod }} cannot apply its configuration',
            description: 'The controller holds a configuration HAProxy rejects, so Ingress changes since then are not served. Its log names the Ingress or annotation at fault.',
          },
          {
            alert: 'HAProxyIngressBackendWithoutServers',
            expr: `max by (proxy) (haproxy_backend_active_servers{${job}}) == 0 and on (proxy) sum by (proxy) (rate(haproxy_backend_http_requests_total{${job}}[5m])) > 0`,
            for: '5m', severity: 'warning',
            summary: 'Requests reach backend {{ $labels.proxy }}, which has no healthy server',
            description: 'Every request to this UI is answered with 503. Check the pods behind its Service, their readiness, and whether the controller may reach them (the UI\'s NetworkPolicy).',
          },
          {
            alert: 'HAProxyIngressBackendErrors',
            expr: `sum by (proxy) (rate(haproxy_backend_http_responses_total{${job},code="5xx"}[5m])) / sum by (proxy) (rate(haproxy_backend_http_responses_total{${job}}[5m])) > 0.05`,
            for: '10m', severity: 'warning',
            summary: 'Backend {{ $labels.proxy }} answers {{ $value | humanizePercentage }} of requests with 5xx',
            description: 'More than 5% server errors for 10 minutes. For a re-encrypted backend (Kibana) a failed certificate verification shows here: compare `haproxy.org/server-ca` with the backend\'s CA.',
          },
        ],
      }],
    });
  }
}
