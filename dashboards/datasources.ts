/**
 * Datasource references every dashboard takes as input. The Grafana chart provisions the datasources
 * with these fixed uids, so a dashboard is never bound to a random one.
 */
export interface DatasourceRef {
  readonly type: string;
  readonly uid: string;
}

export interface DashboardDatasources {
  readonly prometheus: DatasourceRef;
  /** Present when the Elasticsearch logs datasource is provisioned. */
  readonly elasticsearch?: DatasourceRef;
  /** Present when the InfluxDB path is enabled. */
  readonly influxdb?: DatasourceRef;
}
