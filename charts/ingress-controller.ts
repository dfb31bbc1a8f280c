import { Construct } from 'constructs';
import type { ResourceSpec } from '../constructs/hardening';
import { HaproxyIngressController } from '../constructs/haproxy-ingress-controller';
import { PlatformChart } from './platform-chart';

/** The environment's `ingressController` block. */
export interface IngressControllerSettings {
  /** Controller pods; more than one gets a disruption budget. */
  readonly replicas: number;
  /**
   * Per pod. The image gives HAProxy two thirds of the memory limit and the controller one third
   * (its s6 run scripts at v3.2.11 read the cgroup limit).
   */
  readonly resources: ResourceSpec;
}

export interface IngressControllerChartProps {
  readonly namespace: string;
  readonly image: string;
  /** IngressClass the UIs' Ingresses name (`ingress.className`). */
  readonly className: string;
  /** Certificate served for hosts without their own (`ingress.tlsSecretName`, in `namespace`). */
  readonly tlsSecretName: string;
  readonly settings: IngressControllerSettings;
  /** Spread the controller pods over zones (`zoneSpread`). */
  readonly zoneSpread: boolean;
  /** Addresses the UI users connect from (`network.externalCidrs`). */
  readonly clientCidrs: readonly string[];
}

/**
 * The ingress controller in front of every web UI: applied with the operators, before the UIs'
 * Ingresses. Other charts admit its pods with `controller.clientPeer`.
 */
export class IngressControllerChart extends PlatformChart {
  readonly controller: HaproxyIngressController;

  constructor(scope: Construct, id: string, props: IngressControllerChartProps) {
    super(scope, id, { layer: 'operators', namespace: props.namespace });
    this.controller = new HaproxyIngressController(this, 'Resource', {
      namespace: props.namespace,
      image: props.image,
      className: props.className,
      defaultCertificateSecretName: props.tlsSecretName,
      replicas: props.settings.replicas,
      resources: props.settings.resources,
      zoneSpread: props.zoneSpread,
      clientCidrs: props.clientCidrs,
    });
  }
}
