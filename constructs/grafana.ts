import { createHash } from 'node:crypto';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsLabel, requireDnsSubdomain, requireInteger } from './config-error';
import type { GrafanaDashboard } from './grafana-dashboard';
import type { GrafanaDatasources, SecretMount } from './grafana-datasources';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, selectorLabels } from './labels';
import { imageTag } from './operator-managed';

/** A key of a Secret in Grafana's namespace. */
export interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}

export interface GrafanaProps {
  /** Pinned Grafana OSS image. */
  readonly image: string;
  /**
   * Pods. Must be 1: Grafana keeps sessions, alert state and silences in its embedded sqlite
   * database (an emptyDir), which replicas cannot share. @default 1
   */
  readonly replicas?: number;
  readonly resources: ResourceSpec;
  /** URL people open Grafana at (links in alert notifications). */
  readonly rootUrl: string;
  readonly datasources: GrafanaDatasources;
  readonly dashboards: readonly GrafanaDashboard[];
  /** Whether datasources and dashboards may be changed (and saved) in the UI; false in prod. */
  readonly editable: boolean;
  /** Secret with keys `username` and `password`: the admin user Grafana creates on first start. */
  readonly adminCredentialsSecret: string;
  /** The Discord webhook URL Grafana-managed alerts are sent to. */
  readonly discordWebhook: SecretKeyRef;
}

export const GRAFANA_PORT = 3000;
const UID = 472; // the user of the official image
const PROVISIONING = '/etc/grafana/provisioning';
const DASHBOARDS_DIR = '/etc/grafana/dashboards';
const SECRETS_DIR = '/etc/grafana/secrets';
/** Name of the Discord contact point and receiver of the root notification policy. */
export const DISCORD_CONTACT_POINT = 'discord';

/** Grafana: Deployment, Service, and its provisioning (datasources, dashboard provider, alerting). */
export class Grafana extends Construct {
  readonly serviceName = 'grafana';
  readonly port = GRAFANA_PORT;
  readonly replicas: number;
  readonly podLabels: Record<string, string>;
  readonly serviceLabels: Record<string, string>;
  /** Provisioning ConfigMaps by name → content, as rendered (the pod template carries their checksums). */
  readonly provisioning: ReadonlyMap<string, Record<string, string>>;

  constructor(scope: Construct, id: string, props: GrafanaProps) {
    super(scope, id);
    this.replicas = props.replicas ?? 1;
    validate(props, this.replicas);
    const identity = { name: 'grafana', component: 'dashboards', version: imageTag(props.image) };
    this.podLabels = selectorLabels(identity);
    this.serviceLabels = selectorLabels(identity);

    const folders = [...new Set(props.dashboards.map((d) => d.folder))].sort();
    this.provisioning = new Map<string, Record<string, string>>([
      ['grafana-datasources', { 'datasources.yaml': yaml(props.datasources.file) }],
      ['grafana-dashboard-providers', { 'providers.yaml': yaml(dashboardProviders(props.editable)) }],
      ['grafana-alerting', {
        'contact-points.yaml': yaml(discordContactPoint(`${SECRETS_DIR}/discord/webhook-url`)),
        'policies.yaml': yaml(rootPolicy()),
      }],
    ]);
    for (const [name, data] of this.provisioning) {
      new k8s.KubeConfigMap(this, name, { metadata: { name, labels: recommendedLabels(identity) }, data });
    }

    const secretMounts: SecretMount[] = [
      { volumeName: 'admin-credentials', secretName: props.adminCredentialsSecret, mountPath: `${SECRETS_DIR}/admin` },
      { volumeName: 'discord-webhook', secretName: props.discordWebhook.name, mountPath: `${SECRETS_DIR}/discord`, items: [{ key: props.discordWebhook.key, path: 'webhook-url' }] },
      ...props.datasources.secretMounts,
    ];
    const checksums = {
      ...Object.fromEntries([...this.provisioning].map(([name, data]) => [`checksum/${name}`, sha256(JSON.stringify(data))])),
      ...Object.fromEntries(props.dashboards.map((d) => [`checksum/${d.configMapName}`, d.checksum])),
    };
    const folderVolume = (folder: string) => `dashboards-${folder.toLowerCase()}`;
    const writable = [['storage', '/var/lib/grafana'], ['tmp', '/tmp'], ['logs', '/var/log/grafana']];

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { name: 'grafana', labels: recommendedLabels(identity) }, automountServiceAccountToken: false });
    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: 'grafana', labels: recommendedLabels(identity) },
      spec: {
        replicas: this.replicas,
        selector: { matchLabels: this.podLabels },
        template: {
          metadata: { labels: recommendedLabels(identity), annotations: checksums },
          spec: {
            serviceAccountName: 'grafana',
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext({ runAsUser: UID }),
            containers: [hardenedContainer({
              name: 'grafana',
              image: props.image,
              resources: props.resources,
              runAsUser: UID,
              ports: [{ name: 'http', containerPort: GRAFANA_PORT }],
              env: Object.entries(settings(props.rootUrl)).map(([name, value]) => ({ name, value })),
              volumeMounts: [
                ...writable.map(([name, mountPath]) => ({ name, mountPath })),
                { name: 'datasources', mountPath: `${PROVISIONING}/datasources`, readOnly: true },
                { name: 'dashboard-providers', mountPath: `${PROVISIONING}/dashboards`, readOnly: true },
                { name: 'alerting', mountPath: `${PROVISIONING}/alerting`, readOnly: true },
                ...folders.map((f) => ({ name: folderVolume(f), mountPath: `${DASHBOARDS_DIR}/${f}`, readOnly: true })),
                ...secretMounts.map((s) => ({ name: s.volumeName, mountPath: s.mountPath, readOnly: true })),
              ],
              readinessProbe: { httpGet: { path: '/api/health', port: k8s.IntOrString.fromString('http') }, periodSeconds: 10, timeoutSeconds: 3 },
              livenessProbe: { httpGet: { path: '/api/health', port: k8s.IntOrString.fromString('http') }, initialDelaySeconds: 60, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 6 },
            })],
            volumes: [
              ...writable.map(([name]) => ({ name, emptyDir: {} })),
              { name: 'datasources', configMap: { name: 'grafana-datasources' } },
              { name: 'dashboard-providers', configMap: { name: 'grafana-dashboard-providers' } },
              { name: 'alerting', configMap: { name: 'grafana-alerting' } },
              // Dashboards are applied after Grafana (jobs layer): optional, so the pods start without
              // them; the kubelet adds the files when the ConfigMaps appear and the provider picks them up.
              ...folders.map((f) => ({
                name: folderVolume(f),
                projected: {
                  sources: props.dashboards.filter((d) => d.folder === f).map((d) => ({
                    configMap: { name: d.configMapName, optional: true, items: [{ key: d.fileName, path: d.fileName }] },
                  })),
                },
              })),
              ...secretMounts.map((s) => ({
                name: s.volumeName,
                secret: { secretName: s.secretName, ...(s.items ? { items: s.items.map((i) => ({ ...i })) } : {}) },
              })),
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.serviceName, labels: recommendedLabels(identity) },
      spec: {
        selector: this.serviceLabels,
        ports: [{ name: 'http', port: GRAFANA_PORT, targetPort: k8s.IntOrString.fromString('http') }],
      },
    });
  }
}

/** Every rule of Grafana's props, in one place. */
function validate(props: GrafanaProps, replicas: number): void {
  requireInteger('replicas', replicas, 1);
  if (replicas !== 1) {
    throw new ConfigError('replicas', replicas, 'must be 1: Grafana keeps sessions and alert state in its embedded sqlite database, which replicas cannot share (configure a shared database first)');
  }
  requireDnsSubdomain('adminCredentialsSecret', props.adminCredentialsSecret);
  requireDnsSubdomain('discordWebhook.name', props.discordWebhook.name);
  if (props.dashboards.length === 0) throw new ConfigError('dashboards', 0, 'must contain at least one dashboard');
  const uids = new Set<string>();
  for (const d of props.dashboards) {
    if (uids.has(d.uid)) throw new ConfigError('dashboards', d.uid, 'is the uid of two dashboards: uids must be unique');
    uids.add(d.uid);
    requireDnsLabel(`dashboards.${d.uid}.folder`, d.folder.toLowerCase());
  }
}

/** Grafana settings (GF_<SECTION>_<KEY>); the admin credentials are read from files (`__FILE`). */
function settings(rootUrl: string): Record<string, string> {
  return {
    GF_SECURITY_ADMIN_USER__FILE: `${SECRETS_DIR}/admin/username`,
    GF_SECURITY_ADMIN_PASSWORD__FILE: `${SECRETS_DIR}/admin/password`,
    GF_SECURITY_COOKIE_SECURE: 'true',
    GF_SERVER_ROOT_URL: rootUrl,
    GF_PATHS_DATA: '/var/lib/grafana',
    GF_PATHS_LOGS: '/var/log/grafana',
    GF_PATHS_PROVISIONING: PROVISIONING,
    GF_LOG_MODE: 'console',
    GF_USERS_ALLOW_SIGN_UP: 'false',
    GF_AUTH_ANONYMOUS_ENABLED: 'false',
    GF_ANALYTICS_REPORTING_ENABLED: 'false',
    GF_ANALYTICS_CHECK_FOR_UPDATES: 'false',
    GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES: 'false',
    // No plugin downloads at start: the platform provisions only built-in datasources and panels.
    GF_PLUGINS_PREINSTALL_DISABLED: 'true',
    GF_UNIFIED_ALERTING_ENABLED: 'true',
  };
}

function dashboardProviders(editable: boolean) {
  return {
    apiVersion: 1,
    providers: [{
      name: 'platform',
      orgId: 1,
      type: 'file',
      disableDeletion: !editable,
      allowUiUpdates: editable,
      updateIntervalSeconds: 30,
      // One Grafana folder per directory under DASHBOARDS_DIR: the folders by domain.
      options: { path: DASHBOARDS_DIR, foldersFromFilesStructure: true },
    }],
  };
}

function discordContactPoint(urlFile: string) {
  return {
    apiVersion: 1,
    contactPoints: [{
      orgId: 1,
      name: DISCORD_CONTACT_POINT,
      receivers: [{ uid: DISCORD_CONTACT_POINT, type: 'discord', settings: { url: `$__file{${urlFile}}`, use_discord_username: false }, disableResolveMessage: false }],
    }],
  };
}

function rootPolicy() {
  return {
    apiVersion: 1,
    policies: [{
      orgId: 1,
      receiver: DISCORD_CONTACT_POINT,
      group_by: ['grafana_folder', 'alertname'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '4h',
    }],
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function yaml(object: unknown): string {
  return stringify(object, { lineWidth: 0 });
}
