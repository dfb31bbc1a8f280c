import { Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import * as monitoring from '../imports/monitoring.coreos.com';
import { AlertRouting, type AlertRoutingSettings } from './alert-routing';
import { requireDnsLabel, requireInteger } from './config-error';
import { requirePinnedImage, sizeQuantity, type ResourceSpec } from './hardening';
import { LABEL, OPERATOR_PODS_ANNOTATION, PART_OF, recommendedLabels, selectorLabels } from './labels';
import { imageTag, OPERATOR_POD_SECURITY, operatorResources } from './operator-managed';

export interface AlertmanagerClusterProps {
  /** Alertmanager CR name; the operator names the StatefulSet `alertmanager-<name>`. @default 'platform' */
  readonly name?: string;
  /** Pinned Alertmanager image. */
  readonly image: string;
  /** Replicas gossip notification state to each other, so each alert is sent once. */
  readonly replicas: number;
  /** Volume per replica for silences and the notification log. */
  readonly storage: Size;
  readonly storageClass: string;
  readonly resources: ResourceSpec;
  readonly routing: AlertRoutingSettings;
  /** The URL people reach the UI at (links in notifications). @default none */
  readonly externalUrl?: string;
}

/**
 * An Alertmanager cluster managed by prometheus-operator, configured from one AlertmanagerConfig
 * (`spec.alertmanagerConfiguration`, the operator's global-configuration mode: no namespace
 * matcher is added and no other AlertmanagerConfig is selected), plus a Service for the UI, the
 * Prometheus alerting endpoint and self-scraping.
 */
export class AlertmanagerCluster extends Construct {
  readonly name: string;
  readonly routing: AlertRouting;
  /** Labels the operator puts on this cluster's pods. */
  readonly podLabels: Record<string, string>;
  /** Labels of the Service, for a ServiceMonitor's selector. */
  readonly serviceLabels: Record<string, string>;
  readonly serviceName = 'alertmanager';
  readonly webPort = 9093;
  readonly meshPort = 9094;
  readonly reloaderPort = 8080;

  constructor(scope: Construct, id: string, props: AlertmanagerClusterProps) {
    super(scope, id);
    this.name = props.name ?? 'platform';
    requireDnsLabel('name', this.name);
    requirePinnedImage('image', props.image);
    requireInteger('replicas', props.replicas, 1);
    this.routing = new AlertRouting(this, 'Routing', { ...props.routing, name: `alertmanager-${this.name}` });

    const identity = { name: 'alertmanager', instance: this.name, component: 'alert-router', version: imageTag(props.image) };
    this.podLabels = { [LABEL.name]: 'alertmanager', [LABEL.instance]: this.name };
    this.serviceLabels = selectorLabels(identity);

    new monitoring.Alertmanager(this, 'Resource', {
      metadata: { name: this.name },
      spec: {
        image: props.image,
        version: imageTag(props.image),
        replicas: props.replicas,
        podMetadata: { labels: { [LABEL.component]: identity.component, [LABEL.partOf]: PART_OF, [LABEL.version]: identity.version } },
        securityContext: OPERATOR_POD_SECURITY,
        resources: operatorResources('resources', props.resources, monitoring.AlertmanagerSpecResourcesLimits.fromString),
        storage: {
          volumeClaimTemplate: {
            spec: {
              storageClassName: props.storageClass,
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: monitoring.AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(sizeQuantity(props.storage)) } },
            },
          },
        },
        alertmanagerConfiguration: { name: this.routing.name },
        ...(props.externalUrl ? { externalUrl: props.externalUrl } : {}),
      },
    });

    new k8s.KubeService(this, 'Service', {
      metadata: {
        name: this.serviceName,
        labels: recommendedLabels(identity),
        annotations: { [OPERATOR_PODS_ANNOTATION]: 'prometheus-operator' },
      },
      spec: {
        selector: this.podLabels,
        ports: [
          { name: 'web', port: this.webPort, targetPort: k8s.IntOrString.fromString('web') },
          { name: 'reloader-web', port: this.reloaderPort, targetPort: k8s.IntOrString.fromString('reloader-web') },
        ],
      },
    });
  }
}
