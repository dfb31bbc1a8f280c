import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as kb from '../imports/kibana.k8s.elastic.co';
import { requireDnsLabel, requireInteger } from './config-error';
import type { ElasticsearchCluster } from './elasticsearch-cluster';
import { hardenedPodSecurityContext, hardenedSecurityContext, requirePinnedImage, sizeQuantity, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';
import { AllowIngress, type PolicyPeer } from './network-policy';

export interface KibanaProps {
  /** The Kibana resource name; ECK derives Service and Secret names from it. */
  readonly name: string;
  /** Pinned Kibana image; its tag is the `version` (it must match Elasticsearch's). */
  readonly image: string;
  readonly elasticsearch: ElasticsearchCluster;
  /** Kibana instances. */
  readonly count: number;
  readonly resources: ResourceSpec;
}

export const KIBANA_PORT = 5601;
const KIBANA_UID = 1000;

/** Kibana on ECK, connected to an ElasticsearchCluster through `elasticsearchRef`. */
export class Kibana extends Construct {
  readonly name: string;
  /** ECK-created HTTPS Service. */
  readonly serviceName: string;
  readonly url: string;
  /** ECK-created Secret in this namespace: key `ca.crt` is Kibana's HTTP CA. */
  readonly httpCaSecretName: string;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: KibanaProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    requirePinnedImage('image', props.image);
    requireInteger('count', props.count, 1);
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const namespace = Chart.of(this).namespace ?? '';
    this.name = props.name;
    this.serviceName = `${props.name}-kb-http`;
    this.url = `https://${this.serviceName}.${namespace}.svc:${KIBANA_PORT}`;
    this.httpCaSecretName = `${props.name}-kb-http-certs-public`;
    const identity: WorkloadIdentity = { name: 'kibana', instance: props.name, component: 'log-ui', version };
    this.podLabels = selectorLabels(identity);
    const memory = sizeQuantity(props.resources.memory);

    new kb.Kibana(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        version,
        image: props.image,
        count: props.count,
        elasticsearchRef: { name: props.elasticsearch.clusterName },
        resources: {
          requests: {
            cpu: kb.KibanaSpecResourcesRequestsCpu.fromString(props.resources.cpu.amount),
            memory: kb.KibanaSpecResourcesRequestsMemory.fromString(memory),
          },
          limits: { memory: kb.KibanaSpecResourcesLimitsMemory.fromString(memory) },
        },
        podTemplate: {
          metadata: { labels: recommendedLabels(identity) },
          spec: {
            securityContext: hardenedPodSecurityContext({ runAsUser: KIBANA_UID }),
            containers: [{ name: 'kibana', securityContext: hardenedSecurityContext({ runAsUser: KIBANA_UID }) }],
          },
        },
      },
    });
    props.elasticsearch.allowFrom('kibana', { podLabels: this.podLabels });
  }

  /** Admits `peers` to Kibana's port (5601) in one NetworkPolicy named `<name>-kb-from-<id>`. */
  public allowFrom(id: string, peers: readonly PolicyPeer[]): void {
    new AllowIngress(this, `Policy-${id}`, { name: `${this.name}-kb-from-${id}`, podLabels: this.podLabels, from: peers, ports: [KIBANA_PORT] });
  }
}
