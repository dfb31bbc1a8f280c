import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Construct } from 'constructs';
import { parse } from 'yaml';
import * as argo from '../imports/argoproj.io';
import * as k8s from '../imports/k8s';
import * as kustomize from '../imports/kustomize.toolkit.fluxcd.io';
import * as source from '../imports/source.toolkit.fluxcd.io';
import { CUSTOM_HEALTH } from '../constructs/custom-health';
import { LAYERS, PlatformChart } from './platform-chart';

/** Where Argo CD and Flux fetch the rendered manifests from: the one setting both read. */
export interface DeliverySettings {
  /** Git URL of this repository. */
  readonly repoURL: string;
  /** Branch the environment tracks. */
  readonly revision: string;
}

export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** What the synced charts render: the namespaces they write to and the kinds they use. */
export interface SyncedInventory {
  readonly namespaces: readonly string[];
  readonly clusterKinds: readonly GroupKind[];
  readonly namespacedKinds: readonly GroupKind[];
}

/** Reads the synthesized objects (not construct metadata: patches may move an object's namespace). */
export function inventoryOf(charts: readonly PlatformChart[]): SyncedInventory {
  const namespaces = new Set<string>();
  const cluster = new Map<string, GroupKind>();
  const namespaced = new Map<string, GroupKind>();
  for (const chart of charts) {
    for (const o of chart.toJson() as Array<{ apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }>) {
      const gk = { group: o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '', kind: o.kind };
      const ns = o.metadata.namespace;
      if (ns) namespaces.add(ns);
      if (o.kind === 'Namespace') namespaces.add(o.metadata.name);
      (ns ? namespaced : cluster).set(`${gk.group}/${gk.kind}`, gk);
    }
  }
  const sorted = (m: Map<string, GroupKind>) => [...m.keys()].sort().map((k) => m.get(k)!);
  return { namespaces: [...namespaces].sort(), clusterKinds: sorted(cluster), namespacedKinds: sorted(namespaced) };
}

export interface DeliveryChartProps {
  readonly environment: string;
  readonly settings: DeliverySettings;
  readonly inventory: SyncedInventory;
}

export const ARGOCD_NAMESPACE = 'argocd';
export const FLUX_NAMESPACE = 'flux-system';
const IN_CLUSTER = 'https://kubernetes.default.svc';

/** `argocd-cm` as Argo CD v3.5.1's install creates it (vendored unmodified from its base config). */
export const ARGOCD_INSTALLED_CM = path.join(__dirname, '..', 'vendor', 'argo-cd', 'v3.5.1', 'install', 'argocd-cm.yaml');

/**
 * The labels Argo CD's install gives `argocd-cm`, read from the vendored file so they are never typed
 * twice. Argo CD's settings manager lists ConfigMaps with `app.kubernetes.io/part-of=argocd` only
 * (util/settings/settings.go): an `argocd-cm` without it is invisible and every setting is lost.
 */
export function installedArgoCdCmLabels(): Record<string, string> {
  return (parse(readFileSync(ARGOCD_INSTALLED_CM, 'utf8')) as { metadata: { labels: Record<string, string> } }).metadata.labels;
}

/**
 * Argo CD bootstrap (applied once with `kubectl apply -k manifests/<env>/argocd`): an AppProject
 * limited to this repository, the platform's namespaces and the cluster-scoped kinds it renders, and
 * one Application per environment over `manifests/<env>`. One Application (not one per chart) because
 * sync waves order objects only within an Application: the layers' waves then give one global order.
 */
export class ArgoCdChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: DeliveryChartProps) {
    super(scope, id, { layer: 'bootstrap', namespace: ARGOCD_NAMESPACE });
    const name = `platform-${props.environment}`;
    new argo.AppProject(this, 'project', {
      metadata: { name },
      spec: {
        description: `Observability platform, ${props.environment}`,
        sourceRepos: [props.settings.repoURL],
        destinations: props.inventory.namespaces.map((namespace) => ({ server: IN_CLUSTER, namespace })),
        clusterResourceWhitelist: [...props.inventory.clusterKinds],
        namespaceResourceWhitelist: [...props.inventory.namespacedKinds],
        orphanedResources: { warn: true },
      },
    });
    new argo.Application(this, 'application', {
      metadata: { name, finalizers: ['resources-finalizer.argocd.argoproj.io'] },
      spec: {
        project: name,
        source: { repoUrl: props.settings.repoURL, targetRevision: props.settings.revision, path: `manifests/${props.environment}` },
        destination: { server: IN_CLUSTER },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          syncOptions: ['PrunePropagationPolicy=foreground', 'PruneLast=true', 'RespectIgnoreDifferences=true'],
          retry: { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
        },
        ignoreDifferences: [
          // The API server and operators fill these in after apply; they are not ours to own.
          { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', jsonPointers: ['/spec/conversion/webhook/clientConfig/caBundle'] },
          { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'] },
          // Strimzi and ECK adjust replicas of the StatefulSets they own during rolling operations.
          { group: 'apps', kind: 'StatefulSet', managedFieldsManagers: ['strimzi-cluster-operator', 'elastic-operator'] },
        ],
      },
    });
    // Only the health keys, merged into the installed argocd-cm by server-side apply under our own field
    // manager (README, "Bootstrap"): the install's keys and later edits stay with their owners, and a
    // key someone else set differently is a conflict, never a silent overwrite. The install's labels
    // are repeated unchanged so the object keeps its identity even if it is created by this apply.
    new k8s.KubeConfigMap(this, 'health', {
      metadata: { name: 'argocd-cm', labels: installedArgoCdCmLabels() },
      data: Object.fromEntries(CUSTOM_HEALTH.map((h) => [`resource.customizations.health.${h.apiVersion.split('/')[0]}_${h.kind}`, h.lua])),
    });
  }
}

/**
 * Flux bootstrap (applied once with `kubectl apply -k manifests/<env>/flux`): the repository as a
 * GitRepository and one Kustomization per layer over `manifests/<env>/layers/<layer>`, each waiting
 * for the resources it applied to be healthy and depending on the layer before it.
 */
export class FluxChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: DeliveryChartProps) {
    super(scope, id, { layer: 'bootstrap', namespace: FLUX_NAMESPACE });
    const repo = new source.GitRepository(this, 'repository', {
      metadata: { name: 'platform' },
      spec: { url: props.settings.repoURL, ref: { branch: props.settings.revision }, interval: '1m' },
    });
    const healthCheckExprs = CUSTOM_HEALTH.map((h) => ({ apiVersion: h.apiVersion, kind: h.kind, ...h.cel }));
    LAYERS.forEach((layer, i) => {
      new kustomize.Kustomization(this, layer, {
        metadata: { name: layer },
        spec: {
          interval: '10m',
          retryInterval: '1m',
          timeout: '15m',
          path: `./manifests/${props.environment}/layers/${layer}`,
          prune: true,
          wait: true,
          sourceRef: { kind: kustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: repo.name },
          dependsOn: i === 0 ? undefined : [{ name: LAYERS[i - 1] }],
          healthCheckExprs,
        },
      });
    });
  }
}

