import { JsonPatch } from 'cdk8s';
import { VendoredInclude } from '../constructs/vendored-include';
import { Construct } from 'constructs';
import { requirePinnedImage, type ResourceSpec } from '../constructs/hardening';
import { LABEL, PART_OF, MANAGED_BY } from '../constructs/labels';
import { clusterScoped } from '../constructs/cluster-scoped';
import { AllowEgress, AllowIngress } from '../constructs/network-policy';
import { operatorResources } from '../constructs/operator-managed';
import { PROMETHEUS_OPERATOR_BUNDLE } from './prometheus-operator-crds';
import { PlatformChart } from './platform-chart';

export interface PrometheusOperatorChartProps {
  readonly namespace: string;
  /** Pinned prometheus-operator image. */
  readonly image: string;
  /** Pinned config-reloader image the operator injects into Prometheus and Alertmanager pods. */
  readonly configReloaderImage: string;
  readonly resources: ResourceSpec;
  /** Pods that scrape the operator's metrics port. */
  readonly scrapers: Record<string, string>;
}

/** Labels of the operator's pods and Service, as upstream sets them (its selector is immutable). */
export const PROMETHEUS_OPERATOR_LABELS = { [LABEL.name]: 'prometheus-operator', [LABEL.component]: 'controller' } as const;
export const PROMETHEUS_OPERATOR_PORT = { name: 'http', number: 8080 } as const;

/**
 * prometheus-operator from the vendored bundle (everything but the CRDs). The upstream objects are
 * kept as released and adjusted with JSON patches, so an upgrade is a new vendored file plus a
 * rendered diff: the namespace (upstream installs into `default`), the ClusterRoleBinding subject
 * that names it, the images (pinned per environment so promotion moves them), resources from the
 * environment, and the pod template's recommended labels (upstream omits `instance`, `part-of` and
 * `managed-by`). The upstream security context already meets the restricted profile.
 */
export class PrometheusOperatorChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: PrometheusOperatorChartProps) {
    super(scope, id, { layer: 'operators', namespace: props.namespace });
    requirePinnedImage('image', props.image);
    requirePinnedImage('configReloaderImage', props.configReloaderImage);
    // JSON patches are applied to the rendered JSON, so the quantities must be plain strings.
    const resources = operatorResources('resources', props.resources, (quantity) => quantity);
    const bundle = new VendoredInclude(this, 'Bundle', { file: PROMETHEUS_OPERATOR_BUNDLE });
    for (const obj of bundle.apiObjects) {
      if (obj.kind === 'CustomResourceDefinition') {
        bundle.node.tryRemoveChild(obj.node.id);
        continue;
      }
      if (obj.metadata.namespace) obj.addJsonPatch(JsonPatch.replace('/metadata/namespace', props.namespace));
      clusterScoped(obj);
      if (obj.kind === 'ClusterRoleBinding') obj.addJsonPatch(JsonPatch.replace('/subjects/0/namespace', props.namespace));
      if (obj.kind === 'Deployment') {
        const container = '/spec/template/spec/containers/0';
        const podLabels = '/spec/template/metadata/labels';
        obj.addJsonPatch(
          JsonPatch.replace(`${container}/image`, props.image),
          JsonPatch.test(`${container}/args/1`, '--prometheus-config-reloader=quay.io/prometheus-operator/prometheus-config-reloader:v0.93.0'),
          JsonPatch.replace(`${container}/args/1`, `--prometheus-config-reloader=${props.configReloaderImage}`),
          JsonPatch.replace(`${container}/resources`, resources),
          JsonPatch.add(`${podLabels}/${escape(LABEL.instance)}`, 'prometheus-operator'),
          JsonPatch.add(`${podLabels}/${escape(LABEL.partOf)}`, PART_OF),
          JsonPatch.add(`${podLabels}/${escape(LABEL.managedBy)}`, MANAGED_BY),
        );
      }
    }
    new AllowIngress(this, 'NetworkPolicy', {
      name: 'prometheus-operator',
      podLabels: PROMETHEUS_OPERATOR_LABELS,
      from: [{ podLabels: props.scrapers }],
      ports: [PROMETHEUS_OPERATOR_PORT.number],
    });
    new AllowEgress(this, 'Egress', { name: 'prometheus-operator-kube-api', podLabels: PROMETHEUS_OPERATOR_LABELS, apiServer: true });
  }
}

/** JSON Pointer escaping for a map key that contains `/`. */
function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
