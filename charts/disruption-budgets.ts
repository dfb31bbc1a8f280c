import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { PlatformChart } from './platform-chart';

interface Workload {
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string> };
  readonly spec?: { readonly replicas?: number; readonly selector?: { readonly matchLabels?: Record<string, string> }; readonly template?: { metadata?: { labels?: Record<string, string> } } };
}

interface Budget {
  readonly metadata: { readonly namespace?: string };
  readonly spec?: { readonly selector?: { readonly matchLabels?: Record<string, string> } };
}

const covers = (budget: Budget, w: Workload) =>
  budget.metadata.namespace === w.metadata.namespace &&
  Object.entries(budget.spec?.selector?.matchLabels ?? {}).every(([k, v]) => w.spec?.template?.metadata?.labels?.[k] === v);

/**
 * A PodDisruptionBudget (at most one pod down) for every Deployment and StatefulSet with more than one
 * replica that no component gave a budget of its own, so node drains never take a replicated workload
 * below quorum. Reads the synthesized objects of `charts`, like the network isolation does; operator-
 * managed clusters (Strimzi, ECK) get budgets from their operators, Prometheus and Alertmanager here
 * are covered by their own chart.
 */
export class DisruptionBudgetsChart extends PlatformChart {
  constructor(scope: Construct, id: string, charts: readonly PlatformChart[]) {
    super(scope, id, { layer: 'platform' });
    const objects = charts.flatMap((c) => c.toJson() as Workload[]);
    const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget') as unknown as Budget[];
    for (const w of objects) {
      if (!['Deployment', 'StatefulSet'].includes(w.kind) || (w.spec?.replicas ?? 1) < 2) continue;
      if (budgets.some((b) => covers(b, w))) continue;
      new k8s.KubePodDisruptionBudget(this, `${w.metadata.namespace}-${w.metadata.name}`, {
        metadata: { name: w.metadata.name, namespace: w.metadata.namespace },
        spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: w.spec?.selector?.matchLabels ?? {} } },
      });
    }
  }
}
