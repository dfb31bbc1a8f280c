/**
 * How Argo CD (Lua) and Flux (CEL) tell whether the custom resources they do not know are healthy.
 * One definition per kind, so both delivery tools judge health the same way; test/healthchecks.test.ts
 * runs the rendered checks in both tools' own interpreters on the states the operators write.
 *
 * The two interpreters differ in ways the checks are written around:
 * - Flux (kustomize-controller v1.9.4, fluxcd/pkg runtime/cel/status_evaluator.go) first returns
 *   InProgress while `status.observedGeneration` differs from `metadata.generation`, then tries
 *   `inProgress`, `failed`, `current` in that order, and InProgress when none holds. The Lua scripts
 *   repeat that order so both tools agree.
 * - The CEL variables are the object's top-level fields: an object without `status` makes any
 *   expression that reads it fail with "no such attribute(s): status" (Flux reports Unknown and keeps
 *   waiting; no CEL expression can test for an absent top-level field). Every other missing field is
 *   guarded with `has()`.
 * - Argo CD (util/lua/lua.go) opens only the base, table and package libraries: no `string` or `math`.
 */
export interface CustomHealth {
  readonly apiVersion: string;
  readonly kind: string;
  /** Argo CD `resource.customizations.health.<group>_<kind>` script (`obj` is the resource). */
  readonly lua: string;
  /** Flux `healthCheckExprs`: CEL expressions over the object's top-level fields. */
  readonly cel: { readonly current: string; readonly failed?: string; readonly inProgress?: string };
}

/** Lua shared by every script: the verdict helpers and Flux's observedGeneration rule. */
const LUA_PRELUDE = [
  'local function verdict(status, message) return { status = status, message = message } end',
  'if obj.status == nil then return verdict("Progressing", "waiting for the operator to write a status") end',
  'local observed = obj.status.observedGeneration',
  'if observed ~= nil and observed ~= obj.metadata.generation then',
  '  return verdict("Progressing", "the operator has not yet seen generation " .. obj.metadata.generation)',
  'end',
];

const lua = (...lines: string[]) => [...LUA_PRELUDE, ...lines].join('\n');

/** NotReady reasons Strimzi retries its way out of: the cluster is new, or its pods or a lock were not ready in time. */
const KAFKA_RETRIED = ['Creating', 'StrimziTimeoutException', 'UnableToAcquireLockException'];

export const CUSTOM_HEALTH: readonly CustomHealth[] = [
  {
    // Strimzi ends every reconcile of a Kafka by writing its outcome with the generation it saw: Ready,
    // or NotReady with the failure's exception class as the reason (KafkaAssemblyOperator.createOrUpdate);
    // a new cluster first gets NotReady "Creating" and no observedGeneration (initialStatus). Warnings
    // (deprecated fields, say) sit beside Ready. Pods that do not become ready within the operation
    // timeout fail the reconcile with StrimziTimeoutException (VertxUtil.waitFor), and a reconcile that
    // finds another one holding the lock with its subclass UnableToAcquireLockException: Strimzi retries
    // both, so they are progress, as a slow start is elsewhere. Any other NotReady (an invalid resource,
    // a refused change) does not heal by waiting. The script replaces Argo CD's built-in one
    // (resource_customizations/kafka.strimzi.io/Kafka/health.lua), which calls every NotReady but
    // Creating Degraded and does not compare generations, so that both tools judge alike.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    lua: lua(
      `local retried = { ${KAFKA_RETRIED.map((r) => `${r} = true`).join(', ')} }`,
      'for _, c in ipairs(obj.status.conditions or {}) do',
      '  if c.type == "NotReady" and c.status == "True" and c.reason ~= nil and retried[c.reason] then return verdict("Progressing", c.message or c.reason) end',
      'end',
      'for _, c in ipairs(obj.status.conditions or {}) do',
      '  if c.type == "NotReady" and c.status == "True" then return verdict("Degraded", c.message or c.reason or "not ready") end',
      'end',
      'for _, c in ipairs(obj.status.conditions or {}) do',
      '  if c.type == "Ready" and c.status == "True" and observed == obj.metadata.generation then return verdict("Healthy", "ready") end',
      'end',
      'return verdict("Progressing", "waiting for Strimzi to finish a reconcile")',
    ),
    cel: {
      inProgress: `has(status.conditions) && status.conditions.exists(c, c.type == 'NotReady' && c.status == 'True' && has(c.reason) && c.reason in [${KAFKA_RETRIED.map((r) => `'${r}'`).join(', ')}])`,
      failed: "has(status.conditions) && status.conditions.exists(c, c.type == 'NotReady' && c.status == 'True')",
      current:
        "has(status.observedGeneration) && status.observedGeneration == metadata.generation" +
        " && has(status.conditions) && status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')",
    },
  },
  {
    // Strimzi writes a pool's status (node IDs, replicas, observedGeneration, its warnings) while it
    // reconciles, before the pods are created or rolled; there is no readiness in it. What it can tell:
    // whether the operator has assigned a node ID to every replica of the current generation, and
    // whether it refused a storage change (the KafkaStorage warning: the pool never reaches its spec).
    // Pod readiness is reported on the Kafka resource.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    lua: lua(
      'for _, c in ipairs(obj.status.conditions or {}) do',
      '  if c.type == "Warning" and c.status == "True" and c.reason == "KafkaStorage" then return verdict("Degraded", c.message or "storage change refused") end',
      'end',
      'local ids = obj.status.nodeIds or {}',
      'if observed == obj.metadata.generation and #ids == obj.spec.replicas then',
      '  return verdict("Healthy", "node IDs assigned to all " .. obj.spec.replicas .. " replicas; pod readiness is on the Kafka resource")',
      'end',
      'return verdict("Progressing", #ids .. " of " .. obj.spec.replicas .. " replicas have node IDs")',
    ),
    cel: {
      failed: "has(status.conditions) && status.conditions.exists(c, c.type == 'Warning' && c.status == 'True' && has(c.reason) && c.reason == 'KafkaStorage')",
      current: 'has(status.observedGeneration) && status.observedGeneration == metadata.generation && has(status.nodeIds) && size(status.nodeIds) == spec.replicas',
    },
  },
  {
    // ECK reports health "red" until the Kibana Deployment is available — through every first rollout
    // and restart — so red is progress, not failure (a crash loop looks the same; the delivery tools'
    // timeouts end it). Green counts once ECK has seen the current generation and every requested
    // node (spec.count, default 1) is available. A failed Elasticsearch association cannot heal alone.
    apiVersion: 'kibana.k8s.elastic.co/v1',
    kind: 'Kibana',
    lua: lua(
      'if obj.status.elasticsearchAssociationStatus == "Failed" then return verdict("Degraded", "association with Elasticsearch failed") end',
      'local want = 1',
      'if obj.spec ~= nil and obj.spec.count ~= nil then want = obj.spec.count end',
      'local available = obj.status.availableNodes or 0',
      'if obj.status.health == "green" and observed == obj.metadata.generation and available >= want then',
      '  return verdict("Healthy", "health green, " .. available .. " of " .. want .. " nodes available")',
      'end',
      'return verdict("Progressing", "health " .. (obj.status.health or "unknown") .. ", " .. available .. " of " .. want .. " nodes available")',
    ),
    cel: {
      failed: "has(status.elasticsearchAssociationStatus) && status.elasticsearchAssociationStatus == 'Failed'",
      current:
        "has(status.health) && status.health == 'green' && has(status.observedGeneration) && status.observedGeneration == metadata.generation" +
        ' && (has(status.availableNodes) ? status.availableNodes : 0) >= (has(spec.count) ? spec.count : 1)',
    },
  },
  {
    // prometheus-operator sets two conditions, each with the generation it observed: Available (True;
    // False with NoPodReady or StatefulSetNotFound; "Degraded" with SomePodsNotReady) and Reconciled.
    // Stale conditions are progress; a failed reconcile, or no StatefulSet because the operator could
    // not create it, is a failure; healthy needs both True. Pods not ready (first rollout, scale-up,
    // crash loop alike) are progress. Conditions are looked up by type, never by position.
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'Alertmanager',
    lua: lua(
      'local byType = {}',
      'for _, c in ipairs(obj.status.conditions or {}) do',
      '  if c.observedGeneration ~= nil and c.observedGeneration ~= obj.metadata.generation then',
      '    return verdict("Progressing", c.type .. " is from generation " .. c.observedGeneration)',
      '  end',
      '  byType[c.type] = c',
      'end',
      'local available, reconciled = byType["Available"], byType["Reconciled"]',
      'if reconciled ~= nil and reconciled.status == "False" then return verdict("Degraded", reconciled.message or "reconciliation failed") end',
      'if available ~= nil and available.status == "False" and available.reason == "StatefulSetNotFound" then',
      '  return verdict("Degraded", "the operator could not create the StatefulSet")',
      'end',
      'if available ~= nil and available.status == "True" and reconciled ~= nil and reconciled.status == "True" then return verdict("Healthy", "available") end',
      'return verdict("Progressing", (available ~= nil and available.message) or "waiting for Alertmanager")',
    ),
    cel: {
      inProgress: "has(status.conditions) && status.conditions.exists(c, has(c.observedGeneration) && c.observedGeneration != metadata.generation)",
      failed:
        "has(status.conditions) && status.conditions.exists(c, (c.type == 'Reconciled' && c.status == 'False')" +
        " || (c.type == 'Available' && c.status == 'False' && has(c.reason) && c.reason == 'StatefulSetNotFound'))",
      current:
        "has(status.conditions) && status.conditions.exists(c, c.type == 'Available' && c.status == 'True')" +
        " && status.conditions.exists(c, c.type == 'Reconciled' && c.status == 'True')",
    },
  },
];
