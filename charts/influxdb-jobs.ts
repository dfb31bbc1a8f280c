import { Construct } from 'constructs';
import type { ResourceSpec } from '../constructs/hardening';
import type { InfluxDb } from '../constructs/influxdb';
import { InfluxDbSetupJob } from '../constructs/influxdb-setup-job';
import { INFLUXDB_SECRETS } from './influxdb';
import { PlatformChart } from './platform-chart';

export interface InfluxDbJobsChartProps {
  readonly influxdb: InfluxDb;
  /** Pinned image with `sh` and `curl`. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/** The idempotent setup Job (admin, database, retention policy, users), after the platform layer. */
export class InfluxDbJobsChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: InfluxDbJobsChartProps) {
    super(scope, id, { layer: 'jobs', namespace: props.influxdb.namespace });
    new InfluxDbSetupJob(this, 'Setup', {
      influxdb: props.influxdb,
      image: props.image,
      resources: props.resources,
      adminSecretName: INFLUXDB_SECRETS.admin,
      users: [
        { secretName: INFLUXDB_SECRETS.writer, privilege: 'WRITE' },
        { secretName: INFLUXDB_SECRETS.reader, privilege: 'READ' },
      ],
    });
  }
}
