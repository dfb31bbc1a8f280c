import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { platformLabels } from '../constructs/labels';

/**
 * Apply order, first to last: CRDs and namespaces, then operators, then the resources they manage
 * and plain workloads, then jobs and dashboards. Each object carries its layer's Argo CD sync wave;
 * Flux applies one Kustomization per layer, each depending on the one before. A chart holds objects
 * of exactly one layer. `bootstrap` charts (the Argo CD / Flux objects themselves) are applied once
 * by hand and are not part of what those tools sync.
 */
export const LAYERS = ['foundation', 'operators', 'platform', 'jobs'] as const;
export type SyncedLayer = (typeof LAYERS)[number];
export type Layer = SyncedLayer | 'bootstrap';

export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';

/** True for custom resources: API groups with a dot that are not Kubernetes' own `*.k8s.io` groups. */
export function isCustomResource(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group.includes('.') && !group.endsWith('.k8s.io');
}

/** Argo CD annotations for an object of `layer`: its sync wave and the sync options its kind needs. */
export function deliveryAnnotations(layer: SyncedLayer, object: { apiVersion: string; kind: string }): Record<string, string> {
  const options: string[] = [];
  // prometheus-operator's CRDs exceed the 262144-byte last-applied annotation of client-side apply.
  if (object.kind === 'CustomResourceDefinition') options.push('ServerSideApply=true');
  // A custom resource's CRD may be created in an earlier wave of the same sync: skip its dry run.
  if (isCustomResource(object.apiVersion)) options.push('SkipDryRunOnMissingResource=true');
  return {
    [SYNC_WAVE_ANNOTATION]: String(LAYERS.indexOf(layer)),
    ...(options.length > 0 ? { [SYNC_OPTIONS_ANNOTATION]: options.join(',') } : {}),
  };
}

export interface PlatformChartProps {
  readonly layer: Layer;
  /** Namespace for the chart's namespaced objects. @default none (cluster-scoped objects only) */
  readonly namespace?: string;
}

/**
 * Base for every chart: platform labels and delivery annotations on every object, no generated name
 * hashes (names are a contract; see STYLE.md "stable identity"). The chart id is the folder under
 * `manifests/<env>/`.
 */
export class PlatformChart extends Chart {
  readonly layer: Layer;

  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    super(scope, id, { namespace: props.namespace, labels: platformLabels(), disableResourceNameHashes: true });
    this.layer = props.layer;
  }

  private rendered?: any[];

  /**
   * Synthesized once and then reused: the delivery charts read every chart's objects before the
   * render does, and cdk8s re-validates the whole app on each call. Call it only once the chart is
   * complete (compose builds every chart before anything is synthesized).
   */
  public toJson(): any[] {
    this.rendered ??= this.annotate(super.toJson());
    return this.rendered;
  }

  private annotate(objects: any[]): any[] {
    const layer = this.layer;
    if (layer === 'bootstrap') return objects;
    return objects.map((o) => {
      const annotations: Record<string, string> = { ...o.metadata.annotations, ...deliveryAnnotations(layer, o) };
      const sorted = Object.fromEntries(Object.keys(annotations).sort().map((k) => [k, annotations[k]]));
      return { ...o, metadata: { ...o.metadata, annotations: sorted } };
    });
  }
}
