import { DashboardBuilder, RowBuilder, TextBoxVariableBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { Builder } from '@grafana/grafana-foundation-sdk/cog';
import { DataqueryBuilder, DateHistogramBuilder, TermsBuilder, TermsOrder, type MetricAggregation } from '@grafana/grafana-foundation-sdk/elasticsearch';
import { PanelBuilder as LogsPanelBuilder } from '@grafana/grafana-foundation-sdk/logs';
import { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import type { DatasourceRef } from './datasources';

export const LOGS_DASHBOARD_UID = 'platform-logs';

/**
 * A metric aggregation of the given type. The SDK's CountBuilder and LogsBuilder (0.0.21) render
 * `type: "unknown"`, which Grafana cannot run; the dashboard lint rejects that type.
 */
function metric(type: 'count' | 'logs'): Builder<MetricAggregation> {
  return { build: () => ({ id: '1', type }) as MetricAggregation };
}

/** Field names of the log streams (constructs/log-streams.ts). */
export interface LogFields {
  readonly time: string;
  readonly level: string;
  readonly namespace: string;
}

/**
 * Log search over the Elasticsearch logs datasource: volume by level, then the matching lines. The
 * `query` box takes Lucene syntax and defaults to everything.
 */
export function logsDashboard(es: DatasourceRef, fields: LogFields) {
  const query = (...aggs: Parameters<DataqueryBuilder['bucketAggs']>[0]) =>
    new DataqueryBuilder().datasource(es).query('$query').timeField(fields.time).refId('A').bucketAggs(aggs);
  const volume = (title: string, field: string) => new TimeseriesPanelBuilder()
    .title(title)
    .datasource(es)
    .unit('short')
    .height(8)
    .span(12)
    .withTarget(query(
      new TermsBuilder().id('2').field(field).settings({ size: '10', order: TermsOrder.Desc, orderBy: '_count' }),
      new DateHistogramBuilder().id('3').field(fields.time).settings({ interval: 'auto' }),
    ).metrics([metric('count')]));
  return new DashboardBuilder('Logs')
    .uid(LOGS_DASHBOARD_UID)
    .tags(['logs', 'elasticsearch'])
    .refresh('1m')
    .time({ from: 'now-1h', to: 'now' })
    .withVariable(new TextBoxVariableBuilder('query').label('Lucene query').defaultValue('*'))
    .withRow(new RowBuilder('Volume'))
    .withPanel(volume('Log lines by level', fields.level))
    .withPanel(volume('Log lines by namespace', fields.namespace))
    .withRow(new RowBuilder('Lines'))
    .withPanel(new LogsPanelBuilder()
      .title('Log lines')
      .datasource(es)
      .height(16)
      .span(24)
      .withTarget(query().metrics([metric('logs')])))
    .build();
}
