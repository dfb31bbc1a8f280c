import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { timeseries } from './panels';

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
  const prom = ds.prometheus;

  return new DashboardBuilder(`Kafka (${opts.clusterName})`)
    .uid(KAFKA_DASHBOARD_UID)
    .tags(['kafka', 'platform'])
    .refresh('1m')
    .withRow(new RowBuilder('Cluster'))
    .withPanel(timeseries(prom, 'Nodes up', 'none', { expr: `sum by (pod) (up{${nodes},container="kafka"})`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Active controllers', 'none', { expr: `sum(kafka_controller_kafkacontroller_activecontrollercount{${nodes}})`, legend: 'active' }))
    .withPanel(timeseries(prom, 'Under-replicated partitions', 'none', { expr: `sum by (pod) (kafka_server_replicamanager_underreplicatedpartitions{${nodes}})`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Offline partitions', 'none', { expr: `sum(kafka_controller_kafkacontroller_offlinepartitionscount{${nodes}})`, legend: 'offline' }))
    .withRow(new RowBuilder('Traffic'))
    .withPanel(timeseries(prom, 'Bytes in per topic', 'Bps', { expr: `sum by (topic) (rate(kafka_server_brokertopicmetrics_bytesin_total{${nodes},topic!=""}[5m]))`, legend: '{{topic}}' }))
    .withPanel(timeseries(prom, 'Messages in per topic', 'short', { expr: `sum by (topic) (rate(kafka_server_brokertopicmetrics_messagesin_total{${nodes},topic!=""}[5m]))`, legend: '{{topic}}' }))
    .withPanel(timeseries(prom, 'ISR shrinks', 'short', { expr: `sum by (pod) (rate(kafka_server_replicamanager_isrshrinks_total{${nodes}}[5m]))`, legend: '{{pod}}' }))
    .withPanel(timeseries(prom, 'Consumer group lag', 'short', { expr: `sum by (consumergroup, topic) (kafka_consumergroup_lag{namespace="${opts.namespace}"})`, legend: '{{consumergroup}} / {{topic}}' }))
    .withRow(new RowBuilder('Disks'))
    .withPanel(timeseries(prom, 'Volume used', 'percentunit', { expr: `1 - kubelet_volume_stats_available_bytes{${claims}} / kubelet_volume_stats_capacity_bytes{${claims}}`, legend: '{{persistentvolumeclaim}}' }))
    .build();
}
