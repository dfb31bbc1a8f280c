import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { PanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import type { DashboardDatasources, DatasourceRef } from './datasources';
import { timeseries } from './panels';

export const TELEGRAF_INFLUXDB_DASHBOARD_UID = 'platform-telegraf-influxdb';

export interface TelegrafInfluxDbDashboardOptions {
  /** Database the Telegraf consumer writes to. */
  readonly database: string;
  /** Namespace of the Kafka cluster (Kafka Exporter series). */
  readonly kafkaNamespace: string;
  /** Telegraf consumer group. */
  readonly consumerGroup: string;
}

/** A raw InfluxQL query (the foundation SDK has no InfluxDB query builder). */
class InfluxQlQuery implements cog.Builder<cog.Dataquery> {
  constructor(private readonly ds: DatasourceRef, private readonly query: string, private readonly alias: string) {}

  build(): cog.Dataquery {
    return {
      refId: 'A',
      datasource: { type: this.ds.type, uid: this.ds.uid },
      query: this.query,
      rawQuery: true,
      resultFormat: 'time_series',
      alias: this.alias,
      _implementsDataqueryVariant: () => undefined,
    } as cog.Dataquery;
  }
}

/**
 * The metrics path at a glance: host metrics Telegraf stored in InfluxDB (per `dc` and host), and the
 * path's own health from Prometheus (consumer lag, Telegraf writes and errors, InfluxDB nodes up).
 * Takes the InfluxDB and Prometheus datasources; throws when the InfluxDB one is not provisioned.
 */
export function telegrafInfluxDbDashboard(ds: DashboardDatasources, opts: TelegrafInfluxDbDashboardOptions) {
  const influx = ds.influxdb;
  if (!influx) throw new Error('telegrafInfluxDbDashboard needs the influxdb datasource');
  const metrics = (title: string, unit: string, query: string) =>
    new PanelBuilder().title(title).unit(unit).datasource(influx).height(8).span(12)
      .withTarget(new InfluxQlQuery(influx, query, '$tag_dc $tag_host'));
  const prom = ds.prometheus;
  const from = (measurement: string) => `FROM "${opts.database}".."${measurement}" WHERE $timeFilter`;

  return new DashboardBuilder('Telegraf and InfluxDB')
    .uid(TELEGRAF_INFLUXDB_DASHBOARD_UID)
    .tags(['telegraf', 'influxdb', 'platform'])
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .withRow(new RowBuilder('Hosts (InfluxDB)'))
    .withPanel(metrics('CPU busy', 'percent', `SELECT mean("usage_active") ${from('cpu')} AND "cpu" = 'cpu-total' GROUP BY time($__interval), "dc", "host" fill(null)`))
    .withPanel(metrics('Memory used', 'percent', `SELECT mean("used_percent") ${from('mem')} GROUP BY time($__interval), "dc", "host" fill(null)`))
    .withPanel(metrics('Root disk used', 'percent', `SELECT mean("used_percent") ${from('disk')} AND "path" = '/' GROUP BY time($__interval), "dc", "host" fill(null)`))
    .withPanel(metrics('Node network received', 'Bps', `SELECT non_negative_derivative(mean("network_rx_bytes"), 1s) ${from('kubernetes_node')} GROUP BY time($__interval), "dc", "host" fill(null)`))
    .withRow(new RowBuilder('Pipeline health (Prometheus)'))
    .withPanel(timeseries(prom, 'Consumer lag', 'short', { expr: `sum by (topic) (kafka_consumergroup_lag{namespace="${opts.kafkaNamespace}",consumergroup="${opts.consumerGroup}"})`, legend: '{{topic}}' }))
    .withPanel(timeseries(prom, 'Metrics written per output', 'short', { expr: 'sum by (output) (rate(internal_write_metrics_written[5m]))', legend: '{{output}}' }))
    .withPanel(timeseries(prom, 'Write errors per output', 'short', { expr: 'sum by (output, pod) (increase(internal_write_errors[10m]))', legend: '{{output}} {{pod}}' }))
    .withPanel(timeseries(prom, 'InfluxDB nodes up', 'none', { expr: 'sum by (pod) (up{container="influxdb"}) or sum by (pod) (1 - clamp_max(http_response_result_code, 1))', legend: '{{pod}}' }))
    .build();
}
