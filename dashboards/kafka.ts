import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { prometheusPanel } from './panels';

export const KAFKA_DASHBOARD_UID = 'platform-kafka';

export interface KafkaDashboardOptions {
  /** Namespace the Kafka cluster runs in. */
  readonly namespace: string;
  /** Kafka resource name: node-pool pods are `<clusterName>-<pool>-<n>`. */
  readonly clusterName: string;
}

/** Kafka brokers, controllers, partitions, throughput, consumer lag and disks (series as in kafka-alerts.ts). */
export function kafkaDashboard(ds: DashboardDatasources, opts: KafkaDashboardOptions) {
  const nodes = `namespace="${opts.namespace}",pod=~"${opts.clusterName}-.+-[0-9]+"`;
  const claims = `namespace="${opts.namespace}",persistentvolumeclaim=~"data-([0-9]+-)?${opts.clusterName}-.+-[0-9]+"`;
  const panel = (title: string, unit: string, expr: string, legend: string) => prometheusPanel(ds.prometheus, title, unit, expr, legend);

  return new DashboardBuilder(`Kafka (${opts.clusterName})`)
    .uid(KAFKA_DASHBOARD_UID)
    .tags(['kafka', 'platform'])
    .refresh('1m')
    .withRow(new RowBuilder('Cluster'))
    .withPanel(panel('Nodes up', 'none', `sum by (pod) (up{${nodes},container="kafka"})`, '{{pod}}'))
    .withPanel(panel('Active controllers', 'none', `sum(kafka_controller_kafkacontroller_activecontrollercount{${nodes}})`, 'active'))
    .withPanel(panel('Under-replicated partitions', 'none', `sum by (pod) (kafka_server_replicamanager_underreplicatedpartitions{${nodes}})`, '{{pod}}'))
    .withPanel(panel('Offline partitions', 'none', `sum(kafka_controller_kafkacontroller_offlinepartitionscount{${nodes}})`, 'offline'))
    .withRow(new RowBuilder('Traffic'))
    .withPanel(panel('Bytes in per topic', 'Bps', `sum by (topic) (rate(kafka_server_brokertopicmetrics_bytesin_total{${nodes},topic!=""}[5m]))`, '{{topic}}'))
    .withPanel(panel('Messages in per topic', 'short', `sum by (topic) (rate(kafka_server_brokertopicmetrics_messagesin_total{${nodes},topic!=""}[5m]))`, '{{topic}}'))
    .withPanel(panel('ISR shrinks', 'short', `sum by (pod) (rate(kafka_server_replicamanager_isrshrinks_total{${nodes}}[5m]))`, '{{pod}}'))
    .withPanel(panel('Consumer group lag', 'short', `sum by (consumergroup, topic) (kafka_consumergroup_lag{namespace="${opts.namespace}"})`, '{{consumergroup}} / {{topic}}'))
    .withRow(new RowBuilder('Disks'))
    .withPanel(panel('Volume used', 'percentunit', `1 - kubelet_volume_stats_available_bytes{${claims}} / kubelet_volume_stats_capacity_bytes{${claims}}`, '{{persistentvolumeclaim}}'))
    .build();
}
