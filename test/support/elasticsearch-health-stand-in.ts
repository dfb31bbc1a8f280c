/**
 * Elasticsearch health stand-in for the converge test. The real ECK 3.5.0 operator runs and creates every
 * node set's StatefulSet, Services and Secrets, and KWOK makes the pods Ready, but no Elasticsearch answers
 * behind them, so ECK's observer never gets a cluster health and ECK writes `health: unknown`,
 * `ElasticsearchIsReachable=False` ("has endpoints but Elasticsearch is unavailable") and phase
 * ApplyingChanges forever (pkg/controller/elasticsearch/driver/shared/reconcile.go: esReachable needs a
 * known health). The rendered Elasticsearch check rightly calls that progress.
 *
 * Once ECK has done everything it can — its status is at the resource's generation, with every node of
 * every node set available (it counts Ready pods, reconcile/state.go UpdateAvailableNodes) and the HTTP
 * Service's endpoints found — the stand-in takes the resource over the way ECK documents:
 *
 * - the annotation `eck.k8s.elastic.co/managed: "false"`, which ECK reads before anything else
 *   (pkg/controller/common/unmanaged.go IsUnmanaged; pkg/controller/elasticsearch/elasticsearch_controller.go
 *   Reconcile returns "Object is currently not managed by this controller" without writing status);
 * - then the status ECK writes when its observer reads a green cluster: phase Ready and
 *   `ReconciliationComplete=True` with an empty message (elasticsearch_controller.go, once every step is
 *   reconciled), health green (reconcile/state.go UpdateClusterHealth), availableNodes, version and
 *   observedGeneration as ECK wrote them (state.go NewState, UpdateAvailableNodes, UpdateMinRunningVersion),
 *   `ElasticsearchIsReachable=True` "Service <ns>/<name>-es-internal-http has endpoints"
 *   (driver/shared/reconcile.go esReachableConditionMessage), ECK's other conditions kept as it wrote them.
 *
 * It writes that status again whenever it finds something else there (an ECK status write that was in
 * flight when the annotation landed).
 */
import type { ApiServer } from '../../tools/apiserver';
import { PollingStandIn } from './polling-stand-in';

const MANAGED = 'eck.k8s.elastic.co/managed';
const API = '/apis/elasticsearch.k8s.elastic.co/v1';

interface Condition { type: string; status: string; message?: string; lastTransitionTime?: string }

/** Nodes an Elasticsearch asks for: the sum of its node sets' counts. */
const wanted = (es: any): number => (es.spec?.nodeSets ?? []).reduce((n: number, s: any) => n + (s.count ?? 0), 0);
const condition = (es: any, type: string): Condition | undefined => es.status?.conditions?.find((c: Condition) => c.type === type);

/** ECK has done all it can without a live Elasticsearch: only the cluster's health is missing. */
export function waitingOnlyForHealth(es: any): boolean {
  const s = es.status ?? {};
  return (
    s.observedGeneration === es.metadata.generation &&
    s.availableNodes === wanted(es) &&
    wanted(es) > 0 &&
    /has endpoints but Elasticsearch is unavailable$/.test(condition(es, 'ElasticsearchIsReachable')?.message ?? '')
  );
}

/** The status ECK writes for a green cluster, from the status it wrote while it could not read the health. */
export function greenStatus(es: any, now: string): Record<string, unknown> {
  const set = (c: Condition, status: string, message: string): Condition =>
    c.status === status && (c.message ?? '') === message ? c : { ...c, status, message, lastTransitionTime: now };
  const conditions = (es.status.conditions as Condition[]).map((c) => {
    // ECK names the Service it probes (`<name>-es-internal-http` in 3.5.0) in the message it wrote.
    if (c.type === 'ElasticsearchIsReachable') return set(c, 'True', (c.message ?? '').replace(/ but Elasticsearch is unavailable$/, ''));
    if (c.type === 'ReconciliationComplete') return set(c, 'True', '');
    return c;
  });
  return { ...es.status, phase: 'Ready', health: 'green', conditions };
}

export class ElasticsearchHealthStandIn extends PollingStandIn {
  /** `namespace/name` of every Elasticsearch taken over, with how often its status was written. */
  readonly wrote = new Map<string, number>();

  constructor(private readonly server: ApiServer) {
    super();
  }

  protected async pass(): Promise<void> {
    const res = await this.server.request('GET', `${API}/elasticsearches`);
    for (const es of (res.status === 200 ? res.body.items : []) as any[]) {
      const { namespace, name } = es.metadata;
      const id = `${namespace}/${name}`;
      const ours = es.metadata.annotations?.[MANAGED] === 'false' && this.wrote.has(id);
      if (!ours) {
        if (!waitingOnlyForHealth(es)) continue;
        const patched = await this.server.request('PATCH', `${API}/namespaces/${namespace}/elasticsearches/${name}`, { metadata: { annotations: { [MANAGED]: 'false' } } }, 'application/merge-patch+json');
        if (patched.status !== 200) throw new Error(`Elasticsearch ${id}: annotating ${MANAGED}: ${patched.status} ${patched.body?.message}`);
        this.wrote.set(id, 0);
        continue; // the next pass reads the resource again, after any status write ECK had in flight
      }
      if (es.status?.phase === 'Ready' && es.status?.health === 'green') continue;
      const status = greenStatus(es, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
      const put = await this.server.request('PUT', `${API}/namespaces/${namespace}/elasticsearches/${name}/status`, { ...es, status });
      if (put.status !== 200 && put.status !== 409) throw new Error(`Elasticsearch ${id} status: ${put.status} ${put.body?.message}`);
      if (put.status === 200) this.wrote.set(id, (this.wrote.get(id) ?? 0) + 1);
    }
  }
}
