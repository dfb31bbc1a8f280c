import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import type { DatasourceRef } from './datasources';

/** A half-width time series panel with one PromQL query, bound to `prometheus`. */
export function prometheusPanel(prometheus: DatasourceRef, title: string, unit: string, expr: string, legend: string): PanelBuilder {
  return new PanelBuilder()
    .title(title)
    .unit(unit)
    .datasource(prometheus)
    .height(8)
    .span(12)
    .withTarget(new DataqueryBuilder().datasource(prometheus).expr(expr).legendFormat(legend).refId('A'));
}
