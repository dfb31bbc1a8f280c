/**
 * How Argo CD (Lua) and Flux (CEL) tell whether the custom resources they do not know are healthy.
 * One definition per kind, so both delivery tools judge health the same way; test/healthchecks.test.ts
 * runs the rendered checks in both tools' own interpreters on the states the operators write
 * (test/healthchecks/*.yaml, each traced to the upstream function that writes it, and the states the
 * real prometheus-operator and ECK write in test/operators.test.ts).
 *
 * The two interpreters differ in ways the checks are written around:
 * - Flux (kustomize-controller v1.9.4, fluxcd/pkg runtime/cel/status_evaluator.go) first returns
 *   InProgress while `status.observedGeneration` differs from `metadata.generation`, then tries
 *   `inProgress`, `failed`, `current` in that order, and InProgress when none holds. The Lua scripts
 *   repeat that order so both tools agree. Nothing in that path looks at `metadata.deletionTimestamp`
 *   (cli-utils kstatus does, but the CEL reader replaces it), so every `inProgress` starts with it.
 * - The CEL variables are the object's top-level fields: an object without `status` makes any
 *   expression that reads it fail with "no such attribute(s): status" (Flux reports Unknown and keeps
 *   waiting; no CEL expression can test for an absent top-level field). Every other missing field is
 *   guarded with `has()`. CEL has no sum over a list, so sums over node sets are unrolled.
 * - Argo CD (util/lua/lua.go) opens only the base, table and package libraries: no `string` or `math`.
 *   Argo CD itself calls an object being deleted Progressing before any script runs
 *   (gitops-engine/pkg/health/health.go, GetResourceHealth); the scripts say so too, so the rule holds
 *   wherever a script is run.
 * - A paused reconciliation is Suspended in Argo CD. Flux has no such verdict; the checks call it
 *   Current so it does not block the layer, which Flux allows only while the paused object's
 *   `status.observedGeneration` is the current generation (Strimzi keeps the last one it reconciled).
 */
export interface CustomHealth {
  readonly apiVersion: string;
  readonly kind: string;
  /** Argo CD `resource.customizations.health.<group>_<kind>` script (`obj` is the resource). */
  readonly lua: string;
  /** Flux `healthCheckExprs`: CEL expressions over the object's top-level fields. */
  readonly cel: { readonly current: string; readonly failed?: string; readonly inProgress?: string };
}

interface LuaParts {
  /** Verdicts that hold whatever generation the operator last saw (a paused reconciliation). */
  readonly early?: readonly string[];
  /** The rest, after Flux's observedGeneration rule; `observed` and `condition(type)` are in scope. */
  readonly body: readonly string[];
}

/** Lua shared by every script: the verdict helpers, deletion, a missing status and Flux's observedGeneration rule. */
function lua(parts: LuaParts): string {
  return [
    'local function verdict(status, message) return { status = status, message = message } end',
    'if obj.metadata.deletionTimestamp ~= nil then return verdict("Progressing", "being deleted") end',
    'if obj.status == nil then return verdict("Progressing", "waiting for the operator to write a status") end',
    'local function condition(type)',
    '  for _, c in ipairs(obj.status.conditions or {}) do if c.type == type then return c end end',
    '  return nil',
    'end',
    ...(parts.early ?? []),
    'local observed = obj.status.observedGeneration',
    'if observed ~= nil and observed ~= obj.metadata.generation then',
    '  return verdict("Progressing", "the operator has not yet seen generation " .. obj.metadata.generation)',
    'end',
    ...parts.body,
  ].join('\n');
}

/** CEL: the object is being deleted (Flux's CEL path does not check it itself). */
const DELETING = 'has(metadata.deletionTimestamp)';
/** CEL: a condition of this type and status is present. */
const hasCondition = (type: string, status: string, extra = '') =>
  `has(status.conditions) && status.conditions.exists(c, c.type == '${type}' && c.status == '${status}'${extra ? ` && ${extra}` : ''})`;
const AT_GENERATION = 'has(status.observedGeneration) && status.observedGeneration == metadata.generation';
const celList = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
const luaSet = (values: readonly string[]) => `{ ${values.map((v) => `${v} = true`).join(', ')} }`;

/**
 * Strimzi's paused reconciliation (strimzi.io/pause-reconciliation="true"): a ReconciliationPaused
 * condition and the last reconciled observedGeneration (AbstractOperator.reconcileResource,
 * StatusUtils.getPausedCondition; the user operator's UserControllerUtils.pausedStatus; the topic
 * operator's BatchingTopicController.updateStatusForSuccess, which also writes Unmanaged for
 * strimzi.io/managed="false" — the operator then leaves the topic alone, which is the same verdict).
 */
const strimziSuspended = (types: readonly string[]) => ({
  lua: [
    `for _, c in ipairs(obj.status.conditions or {}) do`,
    `  if (${luaSet(types)})[c.type] and c.status == "True" then return verdict("Suspended", c.type .. ": Strimzi leaves this resource alone") end`,
    `end`,
  ],
  cel: `has(status.conditions) && status.conditions.exists(c, c.type in ${celList(types)} && c.status == 'True')`,
});

/** NotReady reasons of a Kafka that Strimzi retries its way out of on a first install. */
const KAFKA_RETRIED = ['Creating', 'UnableToAcquireLockException'];
const KAFKA_PAUSED = strimziSuspended(['ReconciliationPaused']);
const TOPIC_SUSPENDED = strimziSuspended(['ReconciliationPaused', 'Unmanaged']);
const USER_PAUSED = strimziSuspended(['ReconciliationPaused']);

/** Most node sets an Elasticsearch may have for the CEL sum (CEL cannot sum a list); more is reported as progress. */
export const MAX_NODE_SETS = 8;
const ES_WANT = Array.from({ length: MAX_NODE_SETS }, (_, i) => `(size(spec.nodeSets) > ${i} ? spec.nodeSets[${i}].count : 0)`).join(' + ');

/** prometheus-operator's Alertmanager and Prometheus share their status shape; only the expected replica count differs. */
function monitoringWorkload(kind: 'Alertmanager' | 'Prometheus', want: { lua: string; cel: string }): CustomHealth {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind,
    lua: lua({
      early: ['if obj.status.paused == true then return verdict("Suspended", "spec.paused: the operator leaves the StatefulSet alone") end'],
      body: [
        'for _, c in ipairs(obj.status.conditions or {}) do',
        '  if c.observedGeneration ~= nil and c.observedGeneration ~= obj.metadata.generation then',
        '    return verdict("Progressing", c.type .. " is from generation " .. c.observedGeneration)',
        '  end',
        'end',
        'local available, reconciled = condition("Available"), condition("Reconciled")',
        'if reconciled ~= nil and reconciled.status == "False" then',
        // A first install's failed reconcile is how it begins: a Secret External Secrets Operator has still
        // to write, or the global AlertmanagerConfig applied a moment later, is not there yet
        // (pkg/operator/operator.go GetCondition writes ReconciliationFailed with the API's NotFound text);
        // the operator watches both and reconciles again, and Flux's timeout ends one that never comes.
        // Argo CD opens no string library for health scripts (util/lua/lua.go), so the generation tells it.
        // The converge test caught Flux failing the platform layer on this before the rule.
        '  if obj.metadata.generation == 1 then return verdict("Progressing", "first install: " .. (reconciled.message or "reconciliation failed")) end',
        '  return verdict("Degraded", reconciled.message or "reconciliation failed")',
        'end',
        `local want = ${want.lua}`,
        'local s = obj.status',
        'if available ~= nil and available.status == "True" and reconciled ~= nil and reconciled.status == "True"',
        '  and s.replicas == want and s.updatedReplicas == want and s.availableReplicas == want then',
        '  return verdict("Healthy", want .. " of " .. want .. " replicas updated and available")',
        'end',
        'local why = "waiting for the operator"',
        'if available ~= nil then why = available.reason or ("Available " .. available.status) end',
        'return verdict("Progressing", (s.updatedReplicas or 0) .. " of " .. want .. " replicas updated, " .. (s.availableReplicas or 0) .. " available (" .. why .. ")")',
      ],
    }),
    cel: {
      inProgress: `${DELETING} || (!(has(status.paused) && status.paused) && has(status.conditions) && status.conditions.exists(c, has(c.observedGeneration) && c.observedGeneration != metadata.generation))`,
      failed: `!(has(status.paused) && status.paused) && metadata.generation != 1 && ${hasCondition('Reconciled', 'False')}`,
      current:
        `(has(status.paused) && status.paused) || (${hasCondition('Available', 'True')} && ${hasCondition('Reconciled', 'True')}` +
        ` && has(status.replicas) && status.replicas == ${want.cel} && has(status.updatedReplicas) && status.updatedReplicas == ${want.cel}` +
        ` && has(status.availableReplicas) && status.availableReplicas == ${want.cel})`,
    },
  };
}

export const CUSTOM_HEALTH: readonly CustomHealth[] = [
  {
    // Strimzi 1.2.0 ends every reconcile of a Kafka by writing its outcome with the generation it saw:
    // Ready, or NotReady with the failure's exception class as the reason (KafkaAssemblyOperator
    // .createOrUpdate); a new cluster first gets NotReady "Creating" and no observedGeneration
    // (initialStatus). A lock held by another reconcile (UnableToAcquireLockException) is retried. Pods
    // not ready within the operation timeout (StrimziTimeoutException, VertxUtil.waitFor) are a slow
    // first start while the cluster never ran — no clusterId, which KafkaReconciler writes once it has
    // reached the brokers and createOrUpdate keeps from then on — and a failure once it has. Any other
    // NotReady (an invalid resource, a refused change) does not heal by waiting. Replaces Argo CD's
    // built-in script (resource_customizations/kafka.strimzi.io/Kafka/health.lua), which calls every
    // NotReady but Creating Degraded, knows no pause and does not compare generations.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    lua: lua({
      early: KAFKA_PAUSED.lua,
      body: [
        'local notReady = condition("NotReady")',
        'if notReady ~= nil and notReady.status == "True" then',
        `  if (${luaSet(KAFKA_RETRIED)})[notReady.reason or ""] then return verdict("Progressing", notReady.message or notReady.reason) end`,
        '  if notReady.reason == "StrimziTimeoutException" and obj.status.clusterId == nil then',
        '    return verdict("Progressing", "first start, no cluster ID yet: " .. (notReady.message or ""))',
        '  end',
        '  return verdict("Degraded", notReady.message or notReady.reason or "not ready")',
        'end',
        'local ready = condition("Ready")',
        'if ready ~= nil and ready.status == "True" and observed == obj.metadata.generation then return verdict("Healthy", "ready") end',
        'return verdict("Progressing", "waiting for Strimzi to finish a reconcile")',
      ],
    }),
    cel: {
      inProgress:
        `${DELETING} || (!(${KAFKA_PAUSED.cel}) && ${hasCondition('NotReady', 'True', `has(c.reason) && (c.reason in ${celList(KAFKA_RETRIED)} || (c.reason == 'StrimziTimeoutException' && !has(status.clusterId)))`)})`,
      failed: `!(${KAFKA_PAUSED.cel}) && ${hasCondition('NotReady', 'True')}`,
      current: `(${KAFKA_PAUSED.cel}) || (${AT_GENERATION} && ${hasCondition('Ready', 'True')})`,
    },
  },
  {
    // Strimzi writes a pool's status (node IDs, replicas, observedGeneration, its warnings) while it
    // reconciles the Kafka, before the pods are created or rolled (KafkaAssemblyOperator,
    // KafkaClusterCreator); there is no readiness in it. What it can tell: whether the operator has
    // assigned a node ID to every replica of the current generation, and whether it refused a storage
    // change (the KafkaStorage warning, model/KafkaPool.java: the pool never reaches its spec). Pod
    // readiness is reported on the Kafka resource.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    lua: lua({
      body: [
        'for _, c in ipairs(obj.status.conditions or {}) do',
        '  if c.type == "Warning" and c.status == "True" and c.reason == "KafkaStorage" then return verdict("Degraded", c.message or "storage change refused") end',
        'end',
        'local ids = obj.status.nodeIds or {}',
        'if observed == obj.metadata.generation and #ids == obj.spec.replicas then',
        '  return verdict("Healthy", "node IDs assigned to all " .. obj.spec.replicas .. " replicas; pod readiness is on the Kafka resource")',
        'end',
        'return verdict("Progressing", #ids .. " of " .. obj.spec.replicas .. " replicas have node IDs")',
      ],
    }),
    cel: {
      inProgress: DELETING,
      failed: hasCondition('Warning', 'True', "has(c.reason) && c.reason == 'KafkaStorage'"),
      current: `${AT_GENERATION} && has(status.nodeIds) && size(status.nodeIds) == spec.replicas`,
    },
  },
  {
    // Strimzi 1.2.0's topic operator (BatchingTopicController) writes Ready True after a reconcile, or
    // Ready False with the TopicOperatorException reason (KafkaError, NotSupported, ResourceConflict,
    // InternalError) and its message; KubernetesHandler.updateStatus stamps observedGeneration on both.
    // A replication-factor change runs beside Ready (status.replicasChange: pending, then ongoing; a
    // pending one with a message has failed, hasFailedReplicasChange). Argo CD's built-in script looks
    // for NotReady, which the topic operator never writes, so a failed topic stayed Progressing.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    lua: lua({
      early: TOPIC_SUSPENDED.lua,
      body: [
        'local ready = condition("Ready")',
        'if ready ~= nil and ready.status == "False" then return verdict("Degraded", (ready.reason or "") .. ": " .. (ready.message or "")) end',
        'local change = obj.status.replicasChange',
        'if change ~= nil then',
        '  if change.state == "pending" and change.message ~= nil then return verdict("Degraded", "replication factor change failed: " .. change.message) end',
        '  return verdict("Progressing", "replication factor change " .. (change.state or "") .. " to " .. (change.targetReplicas or "?"))',
        'end',
        'if ready ~= nil and ready.status == "True" and observed == obj.metadata.generation then return verdict("Healthy", "ready") end',
        'return verdict("Progressing", "waiting for the topic operator")',
      ],
    }),
    cel: {
      inProgress:
        `${DELETING} || (!(${TOPIC_SUSPENDED.cel}) && !(${hasCondition('Ready', 'False')})` +
        " && has(status.replicasChange) && !(has(status.replicasChange.state) && status.replicasChange.state == 'pending' && has(status.replicasChange.message)))",
      failed:
        `!(${TOPIC_SUSPENDED.cel}) && ((${hasCondition('Ready', 'False')})` +
        " || (has(status.replicasChange) && has(status.replicasChange.state) && status.replicasChange.state == 'pending' && has(status.replicasChange.message)))",
      current: `(${TOPIC_SUSPENDED.cel}) || (${AT_GENERATION} && ${hasCondition('Ready', 'True')})`,
    },
  },
  {
    // Strimzi 1.2.0's user operator (UserControllerLoop.reconcile) writes Ready True with the generation
    // on success (KafkaUserOperator.reconcile), and NotReady True with the exception class as reason on
    // failure (StatusUtils.setStatusConditionAndObservedGeneration): no failure of a user heals by waiting.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    lua: lua({
      early: USER_PAUSED.lua,
      body: [
        'local notReady = condition("NotReady")',
        'if notReady ~= nil and notReady.status == "True" then return verdict("Degraded", (notReady.reason or "") .. ": " .. (notReady.message or "")) end',
        'local ready = condition("Ready")',
        'if ready ~= nil and ready.status == "True" and observed == obj.metadata.generation then return verdict("Healthy", "ready") end',
        'return verdict("Progressing", "waiting for the user operator")',
      ],
    }),
    cel: {
      inProgress: DELETING,
      failed: `!(${USER_PAUSED.cel}) && ${hasCondition('NotReady', 'True')}`,
      current: `(${USER_PAUSED.cel}) || (${AT_GENERATION} && ${hasCondition('Ready', 'True')})`,
    },
  },
  {
    // ECK 3.5.0 (pkg/controller/elasticsearch/reconcile/state.go) writes the orchestration phase —
    // ApplyingChanges, MigratingData, Ready; Invalid when it refuses the spec
    // (UpdateElasticsearchInvalidWithEvent), Stalled when a node shutdown cannot finish — the cluster's
    // health (unknown until it can reach Elasticsearch, then red/yellow/green as Elasticsearch reports it),
    // availableNodes and observedGeneration. Red and yellow are how every new cluster and every restart
    // begin, so they are progress; healthy is Ready and green with every node of every node set available.
    // Argo CD's built-in script calls Ready-and-red Degraded (a first install can fail on it) and
    // anything it does not know Unknown.
    apiVersion: 'elasticsearch.k8s.elastic.co/v1',
    kind: 'Elasticsearch',
    lua: lua({
      body: [
        'local phase, health = obj.status.phase or "", obj.status.health or "unknown"',
        'if phase == "Invalid" then return verdict("Degraded", "ECK refused the spec (phase Invalid; see the Elasticsearch events)") end',
        'if phase == "Stalled" then return verdict("Degraded", "a node shutdown is stalled (phase Stalled)") end',
        'local want = 0',
        'for _, set in ipairs(obj.spec.nodeSets or {}) do want = want + (set.count or 0) end',
        'local available = obj.status.availableNodes or 0',
        `if phase == "Ready" and health == "green" and observed == obj.metadata.generation and available == want and #(obj.spec.nodeSets or {}) <= ${MAX_NODE_SETS} then`,
        '  return verdict("Healthy", "green, " .. available .. " of " .. want .. " nodes available")',
        'end',
        'return verdict("Progressing", "phase " .. phase .. ", health " .. health .. ", " .. available .. " of " .. want .. " nodes available")',
      ],
    }),
    cel: {
      inProgress: DELETING,
      failed: "has(status.phase) && status.phase in ['Invalid', 'Stalled']",
      current:
        `has(status.phase) && status.phase == 'Ready' && has(status.health) && status.health == 'green' && ${AT_GENERATION}` +
        ` && size(spec.nodeSets) <= ${MAX_NODE_SETS} && (has(status.availableNodes) ? status.availableNodes : 0) == ${ES_WANT}`,
    },
  },
  {
    // ECK 3.5.0 writes a Kibana's status from its Deployment (pkg/controller/common/status.go,
    // DeploymentStatus): count = the Deployment's replicas (surge pods included), availableNodes, the
    // lowest version its pods run, and health green once the Deployment is Available, else red — through
    // every first rollout and restart, so red is progress (a crash loop looks the same; the delivery
    // tools' timeouts end it). Healthy is green at the current generation with exactly spec.count pods
    // (default 1), all available, all running spec.version. A failed Elasticsearch association cannot
    // heal alone. A spec ECK refuses (its webhook is off here, so pkg/controller/kibana/controller.go
    // validates and returns before the driver runs) changes only observedGeneration: a refused version
    // shows as pods still on the old version (progress, never Healthy); other refusals leave no trace in
    // the status (see README, "Health checks").
    apiVersion: 'kibana.k8s.elastic.co/v1',
    kind: 'Kibana',
    lua: lua({
      body: [
        'if obj.status.elasticsearchAssociationStatus == "Failed" then return verdict("Degraded", "association with Elasticsearch failed") end',
        'local want = 1',
        'if obj.spec.count ~= nil then want = obj.spec.count end',
        'local count, available = obj.status.count or 0, obj.status.availableNodes or 0',
        'local version = obj.status.version or ""',
        'if obj.status.health == "green" and observed == obj.metadata.generation and count == want and available >= want',
        '  and (obj.spec.version == nil or version == obj.spec.version) then',
        '  return verdict("Healthy", "health green, " .. available .. " of " .. want .. " nodes available")',
        'end',
        'return verdict("Progressing", "health " .. (obj.status.health or "unknown") .. ", " .. available .. " of " .. want .. " nodes available, " .. count .. " pods, version " .. version)',
      ],
    }),
    cel: {
      inProgress: DELETING,
      failed: "has(status.elasticsearchAssociationStatus) && status.elasticsearchAssociationStatus == 'Failed'",
      current:
        `has(status.health) && status.health == 'green' && ${AT_GENERATION}` +
        ' && (has(status.count) ? status.count : 0) == (has(spec.count) ? spec.count : 1)' +
        ' && (has(status.availableNodes) ? status.availableNodes : 0) >= (has(spec.count) ? spec.count : 1)' +
        ' && (!has(spec.version) || (has(status.version) && status.version == spec.version))',
    },
  },
  // prometheus-operator v0.93.0 writes two conditions, each with the generation it observed
  // (pkg/alertmanager/operator.go UpdateStatus, pkg/prometheus/operator.go StatusReporter.Process):
  // Available from pkg/operator/statefulset_reporter.go StatusAndReasonForAvailableCondition — True;
  // False with NoPodReady, or StatefulSetNotFound when its informer has not seen the StatefulSet (the
  // first status of every new resource); "Degraded" with SomePodsNotReady — and Reconciled from
  // pkg/operator/operator.go GetCondition (True; False with ReconciliationFailed; Unknown before the
  // first sync). Replica counts count the pods at the StatefulSet's update revision, so a rolling update
  // is visible. Stale conditions, pods not ready and missing StatefulSets are progress; a failed
  // reconcile is a failure; healthy needs both True and every expected pod updated and available.
  // Argo CD's built-in Prometheus script calls NoPodReady and StatefulSetNotFound Degraded and a
  // rolling update Healthy; it has none for Alertmanager.
  monitoringWorkload('Alertmanager', { lua: 'obj.spec.replicas or 1', cel: '(has(spec.replicas) ? spec.replicas : 1)' }),
  monitoringWorkload('Prometheus', {
    lua: '(obj.spec.replicas or 1) * (obj.spec.shards or 1)',
    cel: '((has(spec.replicas) ? spec.replicas : 1) * (has(spec.shards) ? spec.shards : 1))',
  }),
];

/**
 * Every other kind the platform renders, with why the delivery tools' own rules judge it right: Argo CD's
 * built-in Go checks (gitops-engine/pkg/health at v3.5.1) and Flux's kstatus (fluxcd/cli-utils v1.2.2
 * pkg/kstatus/status: generic.go checkGenericProperties — deletion is Terminating, a stale
 * observedGeneration InProgress — then core.go's rules per kind). test/healthchecks.test.ts fails when a
 * rendered kind is in neither list.
 */
export const BUILT_IN_HEALTH: Readonly<Record<string, string>> = {
  Deployment: 'both tools wait for every replica updated and available at the observed generation (health_deployment.go; kstatus deploymentConditions)',
  StatefulSet: 'both tools wait for every replica ready at the update revision (health_statefulset.go; kstatus stsConditions)',
  DaemonSet: 'both tools wait for every scheduled pod updated and available (health_daemonset.go; kstatus daemonsetConditions)',
  Job: 'both tools wait for the Complete condition and call Failed a failure (health_job.go; kstatus jobConditions)',
  PersistentVolumeClaim: 'both tools wait for Bound (health_pvc.go; kstatus pvcConditions)',
  Service: 'ready at once unless type LoadBalancer, then once an address is assigned (health_service.go; kstatus serviceConditions)',
  PodDisruptionBudget: 'kstatus waits for the disruption controller to observe it; Argo CD has no rule (nothing to wait for)',
  CustomResourceDefinition: 'kstatus waits for Established (crdConditions); Argo CD applies CRDs in an earlier wave',
  Ingress: 'Argo CD waits for status.loadBalancer.ingress (health_ingress.go), which the HAProxy controller writes only with --publish-service, not rendered today (an open point: Argo CD would wait forever); kstatus: stored is ready',
  ConfigMap: 'configuration: ready once stored (kstatus alwaysReady)',
  ServiceAccount: 'no status: ready once stored',
  ClusterRole: 'no status: ready once stored',
  ClusterRoleBinding: 'no status: ready once stored',
  Role: 'no status: ready once stored',
  RoleBinding: 'no status: ready once stored',
  Namespace: 'no rule in either tool: ready once stored',
  NetworkPolicy: 'no status: enforced by the CNI once stored',
  PriorityClass: 'no status: ready once stored',
  IngressClass: 'no status: ready once stored',
  ServiceMonitor: 'prometheus-operator v0.93.0 writes no status here (StatusForConfigurationResources is off, pkg/operator/config.go); the result shows on the Prometheus Reconciled condition',
  PodMonitor: 'as ServiceMonitor: no status; the result shows on the Prometheus Reconciled condition',
  PrometheusRule: 'as ServiceMonitor: no status; the result shows on the Prometheus Reconciled condition',
  AlertmanagerConfig: 'as ServiceMonitor: no status; the result shows on the Alertmanager Reconciled condition',
  Application: 'bootstrap object applied by hand, outside every layer; Argo CD judges it itself',
  AppProject: 'bootstrap object applied by hand, outside every layer',
  GitRepository: 'bootstrap object applied by hand, outside every layer (kstatus reads its Ready condition)',
  Kustomization: 'bootstrap object applied by hand, outside every layer (kstatus reads its Ready condition)',
  ExternalSecret: 'Argo CD v3.5.1 has a built-in check (resource_customizations/external-secrets.io/ExternalSecret/health.lua: Ready True healthy, False degraded); kstatus reads the same Ready condition (True Current, False InProgress, so Flux waits); a sync that keeps failing fires SecretSyncFailing',
  SecretStore: 'Argo CD v3.5.1 has a built-in check (resource_customizations/external-secrets.io/SecretStore/health.lua); kstatus reads its Ready condition (False: InProgress, Flux waits); a store that stays unready fires SecretStoreNotReady',
  Certificate: 'Argo CD has a built-in check (resource_customizations/cert-manager.io/Certificate/health.lua: Ready True healthy, Issuing progressing, Ready False degraded); kstatus reads the same Ready condition (False: InProgress, Flux waits); a certificate that stays unready fires CertificateNotReady',
  ClusterIssuer: 'Argo CD has a built-in check (resource_customizations/cert-manager.io/ClusterIssuer/health.lua: Ready True healthy, False degraded); kstatus reads its Ready condition (False: InProgress, Flux waits)',
  Password: 'a generator ESO reads when it refreshes an ExternalSecret: no status in either tool, ready once stored',
};
