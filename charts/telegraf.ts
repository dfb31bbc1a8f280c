import { Construct } from 'constructs';
import { underField } from '../constructs/config-error';
import type { KafkaCluster } from '../constructs/kafka-cluster';
import type { KafkaTopic } from '../constructs/kafka-topic';
import type { KafkaUser } from '../constructs/kafka-user';
import { PodMonitor } from '../constructs/monitors';
import { AllowEgress, AllowIngress } from '../constructs/network-policy';
import { TELEGRAF_METRICS_PORT } from '../constructs/telegraf-config';
import { TelegrafProducer } from '../constructs/telegraf-producer';
import type { TelegrafSettings } from './influxdb';
import { PlatformChart } from './platform-chart';

export interface TelegrafChartProps {
  /** The privileged per-node agents namespace (host filesystem access). */
  readonly namespace: string;
  readonly monitoringNamespace: string;
  /** Labels of the Prometheus pods (scrape access). */
  readonly scrapers: Record<string, string>;
  readonly image: string;
  readonly settings: TelegrafSettings;
  /** `[global_tags]` besides `dc`: environment and cluster. */
  readonly environment: string;
  readonly cluster: string;
  readonly kafka: KafkaCluster;
  readonly topic: KafkaTopic;
  readonly user: KafkaUser;
}

/** The Telegraf producers: node metrics on every node, libvirt guests on KVM nodes when configured. */
export class TelegrafChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: TelegrafChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    const s = props.settings;
    const common = {
      image: props.image,
      resources: s.producerResources,
      interval: s.interval,
      flushInterval: s.flushInterval,
      globalTags: { dc: s.dc, environment: props.environment, cluster: props.cluster },
      kafka: props.kafka,
      topic: props.topic,
      user: props.user,
    };
    const producers = [underField('telegraf', () => new TelegrafProducer(this, 'Producer', { ...common, name: 'telegraf-producer' }))];
    if (s.libvirt) {
      producers.push(underField('telegraf', () => new TelegrafProducer(this, 'Libvirt', { ...common, name: 'telegraf-libvirt', libvirt: s.libvirt })));
    }
    // Telegraf's Kafka output names the TLS bootstrap address (telegraf-config.ts).
    props.kafka.allowClient(props.user, { listener: 'tls', pods: producers.map((p) => p.podLabels) });
    for (const [i, producer] of producers.entries()) {
      const name = producer.podLabels['app.kubernetes.io/instance'];
      new PodMonitor(this, `Monitor${i}`, { name, selector: producer.podLabels, endpoints: [{ port: 'metrics' }] });
      new AllowIngress(this, `Metrics${i}`, { name: `${name}-metrics`, podLabels: producer.podLabels, from: [{ namespace: props.monitoringNamespace, podLabels: props.scrapers }], ports: [TELEGRAF_METRICS_PORT] });
      // The kubernetes input reads the node's kubelet (10250).
      new AllowEgress(this, `Kubelet${i}`, { name: `${name}-kubelet`, podLabels: producer.podLabels, nodePorts: [10250] });
    }
  }
}
