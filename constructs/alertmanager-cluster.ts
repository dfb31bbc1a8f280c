import { Size } from 'cdk8s';
import { Construct } from 'constructs';
import * as monitoring from '../imports/monitoring.coreos.com';
import { AlertRouting, type AlertRoutingSettings } from './alert-routing';
import { requireDnsLabel, requireInteger } from './config-error';
import { requirePinnedImage, type ResourceSpec } from './hardening';
import { LABEL, selectorLabels } from './labels';
import { imageTag, OPERATOR_POD_SECURITY, OperatorService, operatorPodMetadata, operatorResources, persistentStorage } from './operator-managed';

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
        podMetadata: operatorPodMetadata(identity),
        securityContext: OPERATOR_POD_SECURITY,
        resources: operatorResources('resources', props.resources, monitoring.AlertmanagerSpecResourcesLimits.fromString),
        storage: persistentStorage(props.storageClass, props.storage, monitoring.AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString),
        alertmanagerConfiguration: { name: this.routing.name },
        ...(props.externalUrl ? { externalUrl: props.externalUrl } : {}),
      },
    });

    new OperatorService(this, 'Service', { name: this.serviceName, identity, podLabels: this.podLabels, ports: { web: this.webPort, 'reloader-web': this.reloaderPort } });
  }
}
