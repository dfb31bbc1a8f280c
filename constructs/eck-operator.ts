import { Chart, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { PodMonitor } from './monitors';
import { AllowEgress } from './network-policy';

export interface EckOperatorProps {
  /** Pinned operator image (`docker.elastic.co/eck/eck-operator:<version>`). */
  readonly image: string;
  /** Namespaces whose Elasticsearch and Kibana resources the operator manages (it gets a Role in each). */
  readonly managedNamespaces: readonly string[];
  /** Manager container resources (upstream's default: 100m CPU, 150Mi request, 1Gi memory limit). */
  readonly resources: ResourceSpec;
  /** Node labels the operator may read and copy onto Elasticsearch pods (zone awareness). @default topology.kubernetes.io/zone and region */
  readonly exposedNodeLabels?: readonly string[];
}

const NAME = 'elastic-operator';

/** Verbs for objects the operator owns. */
const MANAGE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const MANAGE_CR = ['get', 'list', 'watch', 'create', 'update', 'patch'];

/** ECK resource groups the operator reconciles (it starts a controller for every CRD in all-crds.yaml). */
const ECK_RESOURCES: ReadonlyArray<readonly [string, string]> = [
  ['elasticsearch.k8s.elastic.co', 'elasticsearches'],
  ['autoscaling.k8s.elastic.co', 'elasticsearchautoscalers'],
  ['kibana.k8s.elastic.co', 'kibanas'],
  ['apm.k8s.elastic.co', 'apmservers'],
  ['enterprisesearch.k8s.elastic.co', 'enterprisesearches'],
  ['beat.k8s.elastic.co', 'beats'],
  ['agent.k8s.elastic.co', 'agents'],
  ['maps.k8s.elastic.co', 'elasticmapsservers'],
  ['stackconfigpolicy.k8s.elastic.co', 'stackconfigpolicies'],
  ['logstash.k8s.elastic.co', 'logstashes'],
  ['autoops.k8s.elastic.co', 'autoopsagentpolicies'],
  ['packageregistry.k8s.elastic.co', 'packageregistries'],
];

/** The namespaced rules of upstream's `eck-operator.rbacRules` (chart v3.5.0), granted per namespace. */
const NAMESPACED_RULES: k8s.PolicyRule[] = [
  { apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'], verbs: ['create'] },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: ['elastic-operator-leader'], verbs: ['get', 'watch', 'update'] },
  { apiGroups: [''], resources: ['endpoints'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['pods', 'events', 'persistentvolumeclaims', 'secrets', 'services', 'configmaps'], verbs: MANAGE },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: MANAGE },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'daemonsets'], verbs: MANAGE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: MANAGE },
  ...ECK_RESOURCES.map(([group, resource]) => ({ apiGroups: [group], resources: [resource, `${resource}/status`, `${resource}/finalizers`], verbs: MANAGE_CR })),
];

/**
 * The ECK operator, written from upstream's Helm chart (`deploy/eck-operator`, v3.5.0) with the
 * restricted profile's choices: it manages only the listed namespaces through namespaced Roles, and
 * the validating webhook is off. The webhook would need a ValidatingWebhookConfiguration whose
 * `caBundle` the operator patches at runtime (a permanent diff for Argo CD / Flux) and a Secret the
 * operator fills; the operator validates the same rules when it reconciles, and reports them as events.
 * One ClusterRole remains: reading nodes (zone awareness copies node labels onto pods), storage classes
 * and namespaces, which are cluster-scoped.
 */
const METRICS_PORT = 9090;

export class EckOperator extends Construct {
  readonly serviceAccountName = NAME;
  readonly namespace: string;
  /** The operator pods' selector labels: the Elasticsearch HTTP policy admits them. */
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: EckOperatorProps) {
    super(scope, id);
    if (props.managedNamespaces.length === 0) throw new ConfigError('managedNamespaces', 0, 'must name at least one namespace');
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const identity: WorkloadIdentity = { name: 'eck-operator', instance: NAME, component: 'operator', version };
    this.podLabels = selectorLabels(identity);
    const labels = recommendedLabels(identity);
    const namespace = (this.namespace = Chart.of(this).namespace ?? '');
    if (!namespace) throw new ConfigError('namespace', namespace, 'must be set on the chart that holds the ECK operator');
    const exposedNodeLabels = props.exposedNodeLabels ?? ['topology.kubernetes.io/.*', 'failure-domain.beta.kubernetes.io/.*'];

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: NAME, labels }, automountServiceAccountToken: true });

    // eck.yaml as upstream's configmap.yaml renders it with values.yaml defaults, except the noted keys.
    const config = {
      'log-verbosity': 0,
      // Plain-HTTP metrics for Prometheus inside the cluster (upstream's default 0 turns them off).
      'metrics-port': METRICS_PORT,
      'metrics-secure': false,
      'container-registry': 'docker.elastic.co',
      'max-concurrent-reconciles': 3,
      'ca-cert-validity': '8760h',
      'ca-cert-rotate-before': '24h',
      'cert-validity': '8760h',
      'cert-rotate-before': '24h',
      'disable-config-watch': false,
      'exposed-node-labels': exposedNodeLabels,
      'set-default-security-context': 'auto-detect',
      'kube-client-timeout': '60s',
      'elasticsearch-client-timeout': '180s',
      // Telemetry sends usage data to Elastic from inside the cluster: off for a self-hosted platform.
      'disable-telemetry': true,
      'distribution-channel': 'cdk8s',
      // The storage-class check needs cluster-wide storage class reads, which we grant (see ClusterRole).
      'validate-storage-class': true,
      'enable-webhook': false,
      namespaces: [...props.managedNamespaces],
      'operator-namespace': namespace,
      'enable-leader-election': true,
      'elasticsearch-observation-interval': '10s',
      'ubi-only': false,
      'restrict-watched-resources': false,
    };
    new k8s.KubeConfigMap(this, 'Config', { metadata: { name: NAME, labels }, data: { 'eck.yaml': stringify(config) } });

    const clusterRole = new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: { name: NAME, labels },
      rules: [
        { apiGroups: [''], resources: ['namespaces', 'nodes'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['get', 'list', 'watch'] },
      ],
    });
    const subjects = [{ kind: 'ServiceAccount', name: NAME, namespace }];
    const clusterRoleBinding = new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { name: NAME, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NAME },
      subjects,
    });
    // The chart's namespace applies to every object; cluster-scoped objects must not carry it.
    for (const obj of [clusterRole, clusterRoleBinding]) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    // The operator namespace needs the same rules (leases for leader election, its own events). Role
    // names carry the namespace so that each renders to its own file.
    for (const ns of [...new Set([namespace, ...props.managedNamespaces])]) {
      const name = ns === namespace ? NAME : `${NAME}-${ns}`;
      new k8s.KubeRole(this, `Role-${ns}`, { metadata: { name, namespace: ns, labels }, rules: NAMESPACED_RULES });
      new k8s.KubeRoleBinding(this, `RoleBinding-${ns}`, {
        metadata: { name, namespace: ns, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects,
      });
    }

    new k8s.KubeStatefulSet(this, 'Resource', {
      metadata: { name: NAME, labels },
      spec: {
        selector: { matchLabels: selectorLabels(identity) },
        serviceName: NAME,
        replicas: 1,
        template: {
          metadata: { labels },
          spec: {
            terminationGracePeriodSeconds: 10,
            serviceAccountName: NAME,
            automountServiceAccountToken: true,
            securityContext: hardenedPodSecurityContext(),
            containers: [
              hardenedContainer({
                name: 'manager',
                image: props.image,
                args: ['manager', '--config=/conf/eck.yaml'],
                resources: props.resources,
                env: [
                  { name: 'OPERATOR_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                  { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
                ],
                ports: [{ name: 'metrics', containerPort: METRICS_PORT }],
                volumeMounts: [{ name: 'conf', mountPath: '/conf', readOnly: true }],
              }),
            ],
            volumes: [{ name: 'conf', configMap: { name: NAME } }],
          },
        },
      },
    });
    // The StatefulSet's governing Service (headless), which also names the metrics port.
    new k8s.KubeService(this, 'Service', {
      metadata: { name: NAME, labels },
      spec: { clusterIp: 'None', selector: selectorLabels(identity), ports: [{ name: 'metrics', port: METRICS_PORT, targetPort: k8s.IntOrString.fromString('metrics') }] },
    });
    new PodMonitor(this, 'Monitor', { name: NAME, selector: selectorLabels(identity), endpoints: [{ port: 'metrics' }] });
    new AllowEgress(this, 'Egress', { name: `${NAME}-kube-api`, podLabels: this.podLabels, apiServer: true });
  }
}
