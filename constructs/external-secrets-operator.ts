import { Chart, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { AlertRules } from './alert-rules';
import { ConfigError } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, requirePinnedImage, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { PodMonitor } from './monitors';
import { AllowEgress } from './network-policy';

export interface ExternalSecretsOperatorProps {
  /** Pinned controller image (`ghcr.io/external-secrets/external-secrets:<version>`). */
  readonly image: string;
  /** Controller container resources (upstream's chart sets none; its comment suggests 10m CPU, 32Mi). */
  readonly resources: ResourceSpec;
  /** TCP ports outside the cluster the controller reads stores on (Vault). @default none */
  readonly externalPorts?: readonly number[];
}

const NAME = 'external-secrets';
const METRICS_PORT = 8080;

const READ = ['get', 'list', 'watch'];
/** Every kind of upstream's CRD bundle (v0.16.2), as the chart's ClusterRole lists them. */
const ESO_KINDS = ['secretstores', 'clustersecretstores', 'externalsecrets', 'clusterexternalsecrets', 'pushsecrets', 'clusterpushsecrets'];
const GENERATOR_KINDS = [
  'acraccesstokens', 'clustergenerators', 'ecrauthorizationtokens', 'fakes', 'gcraccesstokens', 'githubaccesstokens', 'quayaccesstokens',
  'passwords', 'stssessiontokens', 'uuids', 'vaultdynamicsecrets', 'webhooks', 'grafanas',
];

/**
 * The controller's ClusterRole as upstream's chart renders it (deploy/charts/external-secrets/
 * templates/rbac.yaml at v0.16.2, cluster-scoped install). It must write Secrets in every namespace
 * that holds an ExternalSecret, and request tokens for the ServiceAccounts the Kubernetes-provider
 * stores authenticate as; what each store may read is limited by that ServiceAccount's own Role.
 */
const CONTROLLER_RULES: k8s.PolicyRule[] = [
  { apiGroups: ['external-secrets.io'], resources: ESO_KINDS, verbs: READ },
  { apiGroups: ['external-secrets.io'], resources: ESO_KINDS.flatMap((k) => [k, `${k}/status`, `${k}/finalizers`]), verbs: ['get', 'update', 'patch'] },
  { apiGroups: ['generators.external-secrets.io'], resources: ['generatorstates'], verbs: [...READ, 'create', 'update', 'patch', 'delete', 'deletecollection'] },
  { apiGroups: ['generators.external-secrets.io'], resources: GENERATOR_KINDS, verbs: READ },
  { apiGroups: [''], resources: ['serviceaccounts', 'namespaces'], verbs: READ },
  { apiGroups: [''], resources: ['configmaps'], verbs: READ },
  { apiGroups: [''], resources: ['secrets'], verbs: [...READ, 'create', 'update', 'delete', 'patch'] },
  { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
  { apiGroups: ['external-secrets.io'], resources: ['externalsecrets'], verbs: ['create', 'update', 'delete'] },
  { apiGroups: ['external-secrets.io'], resources: ['pushsecrets'], verbs: ['create', 'update', 'delete'] },
];

/**
 * External Secrets Operator (the controller only), written from upstream's Helm chart
 * (deploy/charts/external-secrets, v0.16.2). The validating webhook and its certificate controller are
 * off: the webhook's `caBundle` is patched at runtime (a permanent diff for Argo CD and Flux), and the
 * controller checks every store when it reconciles it and reports the result in its status and metrics.
 * The platform uses no ClusterSecretStore, ClusterExternalSecret or PushSecret (each copy is read through
 * a namespaced store whose ServiceAccount may read only the Secrets copied into that namespace), so
 * those reconcilers are off.
 */
export class ExternalSecretsOperator extends Construct {
  readonly namespace: string;
  /** Labels of the controller pods (for the API-server egress policy and monitors). */
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: ExternalSecretsOperatorProps) {
    super(scope, id);
    requirePinnedImage('image', props.image);
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const identity: WorkloadIdentity = { name: 'external-secrets', instance: NAME, component: 'controller', version };
    const labels = recommendedLabels(identity);
    this.podLabels = selectorLabels(identity);
    const namespace = (this.namespace = Chart.of(this).namespace ?? '');
    if (!namespace) throw new ConfigError('namespace', namespace, 'must be set on the chart that holds External Secrets Operator');

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: NAME, labels }, automountServiceAccountToken: true });
    const clusterRole = new k8s.KubeClusterRole(this, 'ClusterRole', { metadata: { name: `${NAME}-controller`, labels }, rules: CONTROLLER_RULES });
    const clusterRoleBinding = new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { name: `${NAME}-controller`, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `${NAME}-controller` },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace }],
    });
    // The chart's namespace applies to every object; cluster-scoped objects must not carry it.
    for (const obj of [clusterRole, clusterRoleBinding]) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    new k8s.KubeRole(this, 'LeaderElectionRole', {
      metadata: { name: `${NAME}-leaderelection`, labels },
      rules: [
        { apiGroups: [''], resources: ['configmaps'], resourceNames: ['external-secrets-controller'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['create'] },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update', 'patch'] },
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
                name: 'external-secrets',
                image: props.image,
                args: ExternalSecretsOperator.args(),
                resources: props.resources,
                ports: [{ name: 'metrics', containerPort: METRICS_PORT }],
              }),
            ],
          },
        },
      },
    });
    // The metrics carry the ExternalSecret's own `namespace` and `name` labels: keep them.
    new PodMonitor(this, 'Monitor', { name: NAME, selector: this.podLabels, endpoints: [{ port: 'metrics', honorLabels: true }] });
    new AllowEgress(this, 'Egress', { name: `${NAME}-kube-api`, podLabels: this.podLabels, apiServer: true });
    if (props.externalPorts?.length) new AllowEgress(this, 'StoreEgress', { name: `${NAME}-external-store`, podLabels: this.podLabels, externalPorts: props.externalPorts });

    new AlertRules(this, 'Alerts', {
      name: 'platform-secrets',
      team: 'platform',
      groups: [{
        name: 'external-secrets',
        rules: [
          {
            alert: 'SecretSyncFailing',
            // esmetrics.go: externalsecret_status_condition is 1 for the ExternalSecret's current condition.
            expr: 'max by (namespace, name) (externalsecret_status_condition{condition="Ready",status="False"}) == 1',
            for: '10m',
            severity: 'warning',
            summary: 'Secret {{ $labels.namespace }}/{{ $labels.name }} is not synced from its source',
            description: 'The ExternalSecret has not been Ready for 10 minutes, so its Secret no longer follows the source (a rotated CA or password does not reach this namespace). Check `kubectl -n {{ $labels.namespace }} describe externalsecret {{ $labels.name }}` and its SecretStore.',
          },
          {
            alert: 'SecretStoreNotReady',
            expr: 'max by (namespace, name) (secretstore_status_condition{condition="Ready",status="False"}) == 1',
            for: '10m',
            severity: 'warning',
            summary: 'Secret store {{ $labels.namespace }}/{{ $labels.name }} cannot read its source',
            description: 'The store failed its check for 10 minutes: its ServiceAccount cannot get Secrets in the source namespace, or the API server is unreachable. Every copy through it stops following its source.',
          },
          {
            alert: 'ExternalSecretsControllerDown',
            expr: `absent(up{job="${namespace}/${NAME}"} == 1)`,
            for: '10m',
            severity: 'warning',
            summary: 'External Secrets Operator is not running',
            description: 'No copy or generated password is kept in sync while the controller is down: rotated CAs and credentials do not reach their consumers.',
          },
        ],
      }],
    });
  }

  /** The controller's arguments (what the out-of-cluster test run starts it with, too). */
  static args(): string[] {
    return [
      '--enable-leader-election=true',
      '--enable-cluster-store-reconciler=false',
      '--enable-cluster-external-secret-reconciler=false',
      '--enable-cluster-push-secret-reconciler=false',
      '--enable-push-secret-reconciler=false',
      '--concurrent=1',
      `--metrics-addr=:${METRICS_PORT}`,
      '--loglevel=info',
      '--zap-time-encoding=epoch',
    ];
  }
}
