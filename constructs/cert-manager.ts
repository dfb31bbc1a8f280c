import { Chart, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { AlertRules } from './alert-rules';
import { ConfigError } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, requirePinnedImage, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { PodMonitor } from './monitors';
import { AllowEgress } from './network-policy';

export interface CertManagerProps {
  /** Pinned controller image (`quay.io/jetstack/cert-manager-controller:<version>`). */
  readonly image: string;
  /** Pinned image of the ACME HTTP-01 solver pods the controller starts (`cert-manager-acmesolver`). */
  readonly acmeSolverImage: string;
  /** Controller container resources (upstream's chart sets none). */
  readonly resources: ResourceSpec;
  /**
   * TCP ports outside the cluster the controller calls: an ACME server (443) and, for its HTTP-01
   * self-check, the UIs' public address (80). @default none (a self-signed or CA issuer needs none)
   */
  readonly externalPorts?: readonly number[];
}

const NAME = 'cert-manager';
const METRICS_PORT = 9402;
const HEALTHZ_PORT = 9403;

const READ = ['get', 'list', 'watch'];
const EVENTS: k8s.PolicyRule = { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] };

/**
 * The controller's ClusterRoles as upstream's chart renders them (deploy/charts/cert-manager/templates/
 * rbac.yaml, release-1.21), one per controller group with the chart's names; the Gateway API and
 * OpenShift rules are left out (the platform renders neither), and so is the CertificateSigningRequest
 * role (those controllers are off by default upstream too).
 */
const CONTROLLER_ROLES: Record<string, k8s.PolicyRule[]> = {
  issuers: [
    { apiGroups: ['cert-manager.io'], resources: ['issuers', 'issuers/status'], verbs: ['update', 'patch'] },
    { apiGroups: ['cert-manager.io'], resources: ['issuers'], verbs: READ },
    { apiGroups: [''], resources: ['secrets'], verbs: [...READ, 'create', 'update', 'delete'] },
    EVENTS,
  ],
  clusterissuers: [
    { apiGroups: ['cert-manager.io'], resources: ['clusterissuers', 'clusterissuers/status'], verbs: ['update', 'patch'] },
    { apiGroups: ['cert-manager.io'], resources: ['clusterissuers'], verbs: READ },
    { apiGroups: [''], resources: ['secrets'], verbs: [...READ, 'create', 'update', 'delete'] },
    EVENTS,
  ],
  certificates: [
    { apiGroups: ['cert-manager.io'], resources: ['certificates', 'certificates/status', 'certificaterequests', 'certificaterequests/status'], verbs: ['update', 'patch'] },
    { apiGroups: ['cert-manager.io'], resources: ['certificates', 'certificaterequests', 'clusterissuers', 'issuers'], verbs: READ },
    { apiGroups: ['cert-manager.io'], resources: ['certificates/finalizers', 'certificaterequests/finalizers'], verbs: ['update'] },
    { apiGroups: ['acme.cert-manager.io'], resources: ['orders'], verbs: ['create', 'delete', ...READ] },
    { apiGroups: [''], resources: ['secrets'], verbs: [...READ, 'create', 'update', 'delete', 'patch'] },
    EVENTS,
  ],
  orders: [
    { apiGroups: ['acme.cert-manager.io'], resources: ['orders', 'orders/status'], verbs: ['update', 'patch'] },
    { apiGroups: ['acme.cert-manager.io'], resources: ['orders', 'challenges'], verbs: READ },
    { apiGroups: ['cert-manager.io'], resources: ['clusterissuers', 'issuers'], verbs: READ },
    { apiGroups: ['acme.cert-manager.io'], resources: ['challenges'], verbs: ['create', 'delete'] },
    { apiGroups: ['acme.cert-manager.io'], resources: ['orders/finalizers'], verbs: ['update'] },
    { apiGroups: ['cert-manager.io'], resources: ['clusterissuers/finalizers', 'issuers/finalizers'], verbs: ['update'] },
    { apiGroups: [''], resources: ['secrets'], verbs: READ },
    EVENTS,
  ],
  challenges: [
    { apiGroups: ['acme.cert-manager.io'], resources: ['challenges', 'challenges/status'], verbs: ['update', 'patch'] },
    { apiGroups: ['acme.cert-manager.io'], resources: ['challenges'], verbs: READ },
    { apiGroups: ['cert-manager.io'], resources: ['issuers', 'clusterissuers'], verbs: READ },
    { apiGroups: [''], resources: ['secrets'], verbs: READ },
    EVENTS,
    // The HTTP-01 solver: a pod, a Service and an Ingress per challenge.
    { apiGroups: [''], resources: ['pods', 'services'], verbs: [...READ, 'create', 'delete'] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: [...READ, 'create', 'delete', 'update'] },
    { apiGroups: ['acme.cert-manager.io'], resources: ['challenges/finalizers'], verbs: ['update'] },
  ],
  'ingress-shim': [
    { apiGroups: ['cert-manager.io'], resources: ['certificates', 'certificaterequests'], verbs: ['create', 'update', 'delete'] },
    { apiGroups: ['cert-manager.io'], resources: ['certificates', 'certificaterequests', 'issuers', 'clusterissuers'], verbs: READ },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: READ },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses/finalizers'], verbs: ['update'] },
    EVENTS,
  ],
  // The certificaterequests-approver controller approves requests for cert-manager.io issuers (upstream's name: controller-approve:cert-manager-io; a colon has no place in a file name).
  'approve-cert-manager-io': [
    { apiGroups: ['cert-manager.io'], resources: ['signers'], verbs: ['approve'], resourceNames: ['issuers.cert-manager.io/*', 'clusterissuers.cert-manager.io/*'] },
  ],
};

/**
 * cert-manager's controller, written from upstream's Helm chart (deploy/charts/cert-manager, v1.21.2:
 * templates/deployment.yaml and rbac.yaml). Its `--cluster-resource-namespace` is this namespace: the
 * CA key of a CA ClusterIssuer and an ACME ClusterIssuer's account key live here.
 *
 * The webhook and cainjector are not deployed: the webhook's configurations carry a `caBundle` that
 * cainjector patches at runtime (a permanent diff for Argo CD and Flux, the reason External Secrets
 * Operator's webhook is off too), and the CRDs' own schemas already validate every field the platform
 * renders (the API server refuses a Certificate or issuer that does not match them).
 */
export class CertManager extends Construct {
  readonly namespace: string;
  /** Labels of the controller pods. */
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: CertManagerProps) {
    super(scope, id);
    requirePinnedImage('image', props.image);
    requirePinnedImage('acmeSolverImage', props.acmeSolverImage);
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const identity: WorkloadIdentity = { name: 'cert-manager', instance: NAME, component: 'controller', version };
    const labels = recommendedLabels(identity);
    this.podLabels = selectorLabels(identity);
    const namespace = (this.namespace = Chart.of(this).namespace ?? '');
    if (!namespace) throw new ConfigError('namespace', namespace, 'must be set on the chart that holds cert-manager');

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: NAME, labels }, automountServiceAccountToken: true });
    for (const [role, rules] of Object.entries(CONTROLLER_ROLES)) {
      const name = `${NAME}-controller-${role}`;
      const clusterRole = new k8s.KubeClusterRole(this, `ClusterRole-${role}`, { metadata: { name, labels }, rules });
      const binding = new k8s.KubeClusterRoleBinding(this, `ClusterRoleBinding-${role}`, {
        metadata: { name, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: [{ kind: 'ServiceAccount', name: NAME, namespace }],
      });
      // The chart's namespace applies to every object; cluster-scoped objects must not carry it.
      for (const obj of [clusterRole, binding]) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    }
    // Leader election in this namespace (upstream's chart defaults to kube-system).
    new k8s.KubeRole(this, 'LeaderElectionRole', {
      metadata: { name: `${NAME}-leaderelection`, labels },
      rules: [
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: ['cert-manager-controller'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'LeaderElectionRoleBinding', {
      metadata: { name: `${NAME}-leaderelection`, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${NAME}-leaderelection` },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace }],
    });

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: NAME, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: this.podLabels },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: NAME,
            automountServiceAccountToken: true,
            securityContext: hardenedPodSecurityContext(),
            containers: [
              hardenedContainer({
                name: 'cert-manager-controller',
                image: props.image,
                args: CertManager.args(namespace, props.acmeSolverImage),
                resources: props.resources,
                ports: [{ name: 'http-metrics', containerPort: METRICS_PORT }, { name: 'http-healthz', containerPort: HEALTHZ_PORT }],
                // The chart's liveness probe (values.yaml livenessProbe) on the controller's healthz server.
                livenessProbe: { httpGet: { port: k8s.IntOrString.fromString('http-healthz'), path: '/livez' }, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 15, successThreshold: 1, failureThreshold: 8 },
              }),
            ],
          },
        },
      },
    });
    // The certificate metrics carry the Certificate's own `namespace` and `name` labels: keep them.
    new PodMonitor(this, 'Monitor', { name: NAME, selector: this.podLabels, endpoints: [{ port: 'http-metrics', honorLabels: true }] });
    new AllowEgress(this, 'Egress', { name: `${NAME}-kube-api`, podLabels: this.podLabels, apiServer: true });
    if (props.externalPorts?.length) new AllowEgress(this, 'AcmeEgress', { name: `${NAME}-acme`, podLabels: this.podLabels, externalPorts: props.externalPorts });

    new AlertRules(this, 'Alerts', {
      name: 'platform-certificates',
      team: 'platform',
      groups: [{
        name: 'cert-manager',
        rules: [
          {
            alert: 'CertificateExpiringSoon',
            // internal/collectors/certificate_collector.go: the expiry of the certificate in the Secret.
            // cert-manager renews at two thirds of the lifetime (a 90-day ACME certificate 30 days before
            // expiry), so 14 days left means renewal has been failing for two weeks.
            expr: '(max by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds) - time()) < 14 * 86400',
            for: '1h',
            severity: 'warning',
            summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days',
            description: 'cert-manager has not renewed the certificate although it is past its renewal time. Check `kubectl -n {{ $labels.namespace }} describe certificate {{ $labels.name }}` and its CertificateRequests, Orders and Challenges.',
          },
          {
            alert: 'CertificateNotReady',
            // certificate_ready_status is 1 for the Certificate's current Ready condition.
            expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition="False"}) == 1',
            for: '15m',
            severity: 'warning',
            summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready',
            description: 'The certificate has not been Ready for 15 minutes: its Secret is missing, expired or does not match the Certificate (an ACME challenge that cannot be reached, an issuer that is not ready). Check `kubectl -n {{ $labels.namespace }} describe certificate {{ $labels.name }}`.',
          },
          {
            alert: 'CertManagerControllerDown',
            expr: `absent(up{job="${namespace}/${NAME}"} == 1)`,
            for: '10m',
            severity: 'warning',
            summary: 'cert-manager is not running',
            description: 'No certificate is issued or renewed while the controller is down; certificates near their expiry are not renewed.',
          },
        ],
      }],
    });
  }

  /**
   * The controller's arguments as upstream's chart renders them (templates/deployment.yaml), with the
   * cluster resource and leader election namespace this one; the out-of-cluster test run starts our
   * build of the controllers with them too.
   */
  static args(namespace: string, acmeSolverImage: string): string[] {
    return [
      '--v=2',
      `--cluster-resource-namespace=${namespace}`,
      `--leader-election-namespace=${namespace}`,
      `--acme-http01-solver-image=${acmeSolverImage}`,
      '--max-concurrent-challenges=60',
    ];
  }
}
