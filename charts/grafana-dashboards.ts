import { Construct } from 'constructs';
import type { FolderedDashboard } from '../dashboards/registry';
import { GrafanaDashboard } from '../constructs/grafana-dashboard';
import { PlatformChart } from './platform-chart';

export interface GrafanaDashboardsChartProps {
  /** Grafana's namespace. */
  readonly namespace: string;
  readonly dashboards: readonly FolderedDashboard[];
}

/** Jobs layer: one ConfigMap per dashboard (DESIGN: "then jobs and dashboards"). */
export class GrafanaDashboardsChart extends PlatformChart {
  readonly dashboards: readonly GrafanaDashboard[];

  constructor(scope: Construct, id: string, props: GrafanaDashboardsChartProps) {
    super(scope, id, { layer: 'jobs', namespace: props.namespace });
    this.dashboards = props.dashboards.map(({ folder, dashboard }) => new GrafanaDashboard(this, dashboard.uid ?? '', { folder, dashboard }));
  }
}
