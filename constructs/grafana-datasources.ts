import type { DashboardDatasources, DatasourceRef } from '../dashboards/datasources';
import { LOG_FIELDS as RECORD } from './log-record';

/**
 * The datasources Grafana provisions, with fixed uids (seed 002: dashboards bound to a random uid
 * break on every new Grafana), and the provisioning file that declares them. Secrets are read by
 * Grafana from mounted files (`$__file{...}`), never written into the file.
 */
export const DATASOURCE_UIDS = {
  prometheus: 'prometheus',
  alertmanager: 'alertmanager',
  elasticsearch: 'elasticsearch-logs',
  influxdb: 'influxdb',
} as const;

/** A Secret Grafana mounts read-only at `mountPath` (keys become files). */
export interface SecretMount {
  readonly volumeName: string;
  readonly secretName: string;
  readonly mountPath: string;
  /** Only these keys, renamed to `path`. @default every key */
  readonly items?: ReadonlyArray<{ readonly key: string; readonly path: string }>;
}

/** An HTTP service in the cluster: what a Prometheus-compatible datasource needs. */
export interface HttpService {
  readonly serviceName: string;
  readonly webPort: number;
}

/** What the Elasticsearch datasource needs: `ElasticsearchChart.grafana` satisfies it. */
export interface ElasticsearchSource {
  readonly url: string;
  readonly credentialsSecretName: string;
  readonly caSecretName: string;
  /** Index patterns the datasource searches (comma-joined: an Elasticsearch multi-target). */
  readonly indexPatterns: readonly string[];
}

/** What the InfluxDB datasource needs (the InfluxDB module hands this over when it is enabled). */
export interface InfluxDbSource {
  readonly url: string;
  readonly database: string;
  /** Secret with keys `username` and `password` in Grafana's namespace. */
  readonly credentialsSecretName: string;
}

export interface GrafanaDatasourcesProps {
  /** Namespace of Prometheus and Alertmanager. */
  readonly namespace: string;
  readonly prometheus: HttpService;
  readonly alertmanager: HttpService;
  readonly elasticsearch: ElasticsearchSource;
  /** @default no InfluxDB datasource */
  readonly influxdb?: InfluxDbSource;
  /** Whether people may change the datasources in the UI. */
  readonly editable: boolean;
}

/** Record-contract fields (constructs/log-record.ts) the logs datasource and dashboard use. */
export const LOG_FIELDS = { time: RECORD.time, level: RECORD.level, message: RECORD.message, namespace: RECORD.namespace } as const;

const SECRETS_DIR = '/etc/grafana/secrets';

/** The datasource set of one Grafana: references for dashboards, the provisioning file, the Secrets it reads. */
export class GrafanaDatasources {
  /** Dashboard inputs: the provisioned uids. */
  readonly refs: DashboardDatasources;
  /** Content of `provisioning/datasources/datasources.yaml`. */
  readonly file: Record<string, unknown>;
  readonly secretMounts: readonly SecretMount[];

  constructor(props: GrafanaDatasourcesProps) {
    const ref = (type: string, uid: string): DatasourceRef => ({ type, uid });
    const svc = (s: HttpService) => `http://${s.serviceName}.${props.namespace}.svc:${s.webPort}`;
    const es = props.elasticsearch;
    const esCredentials = `${SECRETS_DIR}/elasticsearch`;
    const esCa = `${SECRETS_DIR}/elasticsearch-ca`;
    const influxCredentials = `${SECRETS_DIR}/influxdb`;
    const common = { access: 'proxy', orgId: 1, editable: props.editable };

    this.refs = {
      prometheus: ref('prometheus', DATASOURCE_UIDS.prometheus),
      elasticsearch: ref('elasticsearch', DATASOURCE_UIDS.elasticsearch),
      ...(props.influxdb ? { influxdb: ref('influxdb', DATASOURCE_UIDS.influxdb) } : {}),
    };
    this.secretMounts = [
      { volumeName: 'elasticsearch-credentials', secretName: es.credentialsSecretName, mountPath: esCredentials },
      { volumeName: 'elasticsearch-ca', secretName: es.caSecretName, mountPath: esCa, items: [{ key: 'ca.crt', path: 'ca.crt' }] },
      ...(props.influxdb ? [{ volumeName: 'influxdb-credentials', secretName: props.influxdb.credentialsSecretName, mountPath: influxCredentials }] : []),
    ];
    this.file = {
      apiVersion: 1,
      // Datasources removed from this file are removed from Grafana too.
      prune: true,
      datasources: [
        {
          ...common,
          name: 'Prometheus',
          uid: DATASOURCE_UIDS.prometheus,
          type: 'prometheus',
          url: svc(props.prometheus),
          isDefault: true,
          jsonData: { httpMethod: 'POST', timeInterval: '30s' },
        },
        {
          ...common,
          name: 'Alertmanager',
          uid: DATASOURCE_UIDS.alertmanager,
          type: 'alertmanager',
          url: svc(props.alertmanager),
          // Grafana-managed alerts go to Discord through Grafana's own Alertmanager, not this one.
          jsonData: { implementation: 'prometheus', handleGrafanaManagedAlerts: false },
        },
        {
          ...common,
          name: 'Elasticsearch logs',
          uid: DATASOURCE_UIDS.elasticsearch,
          type: 'elasticsearch',
          url: es.url,
          basicAuth: true,
          basicAuthUser: `$__file{${esCredentials}/username}`,
          jsonData: {
            index: es.indexPatterns.join(','),
            timeField: LOG_FIELDS.time,
            logMessageField: LOG_FIELDS.message,
            logLevelField: LOG_FIELDS.level,
            tlsAuthWithCACert: true,
          },
          secureJsonData: {
            basicAuthPassword: `$__file{${esCredentials}/password}`,
            tlsCACert: `$__file{${esCa}/ca.crt}`,
          },
        },
        ...(props.influxdb ? [{
          ...common,
          name: 'InfluxDB',
          uid: DATASOURCE_UIDS.influxdb,
          type: 'influxdb',
          url: props.influxdb.url,
          user: `$__file{${influxCredentials}/username}`,
          jsonData: { dbName: props.influxdb.database, httpMode: 'POST' },
          secureJsonData: { password: `$__file{${influxCredentials}/password}` },
        }] : []),
      ],
    };
  }

  /** Every provisioned uid. */
  get uids(): string[] {
    return (this.file.datasources as Array<{ uid: string }>).map((d) => d.uid);
  }
}
