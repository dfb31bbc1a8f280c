import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import type { DatasourceRef } from './datasources';

/** One PromQL query of a panel. */
export interface PromQuery {
  readonly expr: string;
  readonly legend: string;
}

function targets(ds: DatasourceRef, queries: readonly PromQuery[]) {
  return queries.map((q, i) => new DataqueryBuilder().datasource(ds).expr(q.expr).legendFormat(q.legend).refId(String.fromCharCode(65 + i)));
}

/** A time series panel over `queries`, bound to the given Prometheus datasource (panel and targets). */
export function timeseries(ds: DatasourceRef, title: string, unit: string, ...queries: PromQuery[]) {
  const panel = new TimeseriesPanelBuilder().title(title).unit(unit).datasource(ds).height(8).span(12);
  for (const t of targets(ds, queries)) panel.withTarget(t);
  return panel;
}

/** A single-value panel (last value) for an overview row. */
export function stat(ds: DatasourceRef, title: string, unit: string, ...queries: PromQuery[]) {
  const panel = new StatPanelBuilder().title(title).unit(unit).datasource(ds).height(5).span(6);
  for (const t of targets(ds, queries)) panel.withTarget(t);
  return panel;
}
