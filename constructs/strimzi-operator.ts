import { ApiObject, JsonPatch } from 'cdk8s';
import { VendoredInclude } from './vendored-include';
import { Construct } from 'constructs';
import { requireDnsLabel } from './config-error';
import { requirePinnedImage } from './hardening';
import { recommendedLabels } from './labels';
import { PodMonitor } from './monitors';
import { AllowEgress } from './network-policy';
import { strimziInstallFiles, STRIMZI_VERSION } from './strimzi-release';

export interface StrimziOperatorProps {
  /** Namespace the operator runs in and watches (the upstream default: its own namespace). */
  readonly namespace: string;
  /** Pinned operator image (`versions.strimziOperator`). */
  readonly image: string;
}

/** Label the upstream Deployment's pod template carries; NetworkPolicies use it to admit the operator. */
export const CLUSTER_OPERATOR_POD_LABELS = { 'strimzi.io/kind': 'cluster-operator' } as const;

const CLUSTER_SCOPED = new Set(['ClusterRole', 'ClusterRoleBinding']);

/**
 * The Strimzi cluster operator from the vendored release files (RBAC, ConfigMap, Deployment; the CRDs
 * are in StrimziCrds), patched only where the release expects an edit before applying it.
 */
export class StrimziOperator extends Construct {
  constructor(scope: Construct, id: string, props: StrimziOperatorProps) {
    super(scope, id);
    requireDnsLabel('namespace', props.namespace);
    requirePinnedImage('image', props.image);
    for (const file of strimziInstallFiles(/^0[1-6][0-9]-(?!Crd-)/)) {
      const include = new VendoredInclude(this, `${file.split('/').pop()}`, { file });
      for (const object of include.apiObjects) this.patch(object, props);
    }
    new AllowEgress(this, 'Egress', { name: 'strimzi-cluster-operator-kube-api', podLabels: CLUSTER_OPERATOR_POD_LABELS, apiServer: true });
    // The upstream Deployment serves the operator's own metrics on its `http` port.
    new PodMonitor(this, 'Monitor', {
      name: 'strimzi-cluster-operator',
      selector: CLUSTER_OPERATOR_POD_LABELS,
      endpoints: [{ port: 'http', path: '/metrics' }],
    });
  }

  private patch(object: ApiObject, props: StrimziOperatorProps): void {
    // The chart's namespace lands on every included object; cluster-scoped kinds must not carry one.
    if (CLUSTER_SCOPED.has(object.kind)) object.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    // Upstream binds the operator's ServiceAccount in the placeholder namespace `myproject`.
    if (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding') {
      object.addJsonPatch(JsonPatch.replace('/subjects/0/namespace', props.namespace));
    }
    if (object.kind !== 'Deployment') return;
    object.addJsonPatch(
      // The image is promoted with the environment's version set, not with the vendored file.
      JsonPatch.replace('/spec/template/spec/containers/0/image', props.image),
      // Pods the operator creates (Kafka, entity operator, exporter) get the Pod Security `restricted`
      // context, which the kafka namespace enforces.
      JsonPatch.add('/spec/template/spec/containers/0/env/-', { name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }),
      // Strimzi's generated policies open the metrics port to every pod in the cluster; KafkaCluster
      // renders the complete set of policies instead (metrics only from the monitoring namespace).
      JsonPatch.add('/spec/template/spec/containers/0/env/-', { name: 'STRIMZI_NETWORK_POLICY_GENERATION', value: 'false' }),
      // The platform's recommended labels on the pod template, beside upstream's selector labels.
      JsonPatch.replace('/spec/template/metadata/labels', {
        name: 'strimzi-cluster-operator',
        ...CLUSTER_OPERATOR_POD_LABELS,
        ...recommendedLabels({ name: 'strimzi-cluster-operator', component: 'kafka-operator', version: STRIMZI_VERSION }),
      }),
    );
  }
}
