import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';
import { objectName } from './naming';

/** Label on every dashboard ConfigMap (the dashboard lint finds them by it). */
export const DASHBOARD_LABEL = 'observability-platform/grafana-dashboard';
/** Annotation naming the Grafana folder of a dashboard ConfigMap. */
export const DASHBOARD_FOLDER_ANNOTATION = 'observability-platform/grafana-folder';
/** A ConfigMap holds at most 1 MiB. */
export const CONFIGMAP_MAX_BYTES = 1024 * 1024;

export interface GrafanaDashboardProps {
  /** Grafana folder (a directory of the dashboard provider). */
  readonly folder: string;
  /** Dashboard JSON; must carry a `uid`. */
  readonly dashboard: { readonly uid?: string };
}

/** One dashboard in its own ConfigMap `grafana-dashboard-<uid>`, key `<uid>.json`. */
export class GrafanaDashboard extends Construct {
  readonly uid: string;
  readonly folder: string;
  readonly configMapName: string;
  readonly fileName: string;
  /** sha256 of the JSON: the Grafana pod template carries it so a change rolls the pods. */
  readonly checksum: string;

  constructor(scope: Construct, id: string, props: GrafanaDashboardProps) {
    super(scope, id);
    const uid = props.dashboard.uid;
    if (!uid) throw new ConfigError('dashboard.uid', uid ?? '', 'must be set: a dashboard without a fixed uid gets a new one on every Grafana');
    this.uid = uid;
    this.folder = props.folder;
    this.configMapName = objectName('grafana-dashboard', uid);
    this.fileName = `${uid}.json`;
    const json = JSON.stringify(props.dashboard, null, 2);
    if (Buffer.byteLength(json) >= CONFIGMAP_MAX_BYTES) {
      throw new ConfigError(`dashboards.${uid}`, `${Buffer.byteLength(json)} bytes`, 'must stay under 1 MiB (a ConfigMap holds at most 1 MiB): split the dashboard');
    }
    this.checksum = createHash('sha256').update(json).digest('hex');
    new k8s.KubeConfigMap(this, 'Resource', {
      metadata: {
        name: this.configMapName,
        labels: { [DASHBOARD_LABEL]: 'true' },
        annotations: { [DASHBOARD_FOLDER_ANNOTATION]: this.folder },
      },
      data: { [this.fileName]: json },
    });
  }
}
