/**
 * How Argo CD (Lua) and Flux (CEL) tell whether the custom resources they do not know are healthy.
 * One definition per kind, so both delivery tools judge health the same way.
 */
export interface CustomHealth {
  readonly apiVersion: string;
  readonly kind: string;
  /** Argo CD `resource.customizations.health.<group>_<kind>` script (`obj` is the resource). */
  readonly lua: string;
  /** Flux `healthCheckExprs`: CEL expressions over the object. */
  readonly cel: { readonly current: string; readonly failed?: string };
}

export const CUSTOM_HEALTH: readonly CustomHealth[] = [
  {
    // Strimzi reports a node pool's node IDs once its pods exist; it has no Ready condition.
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    lua: [
      'local hs = { status = "Progressing", message = "waiting for the node pool to be reconciled" }',
      'if obj.status ~= nil and obj.status.observedGeneration == obj.metadata.generation and obj.status.nodeIds ~= nil and #obj.status.nodeIds == obj.spec.replicas then',
      '  hs.status = "Healthy"',
      '  hs.message = "all " .. obj.spec.replicas .. " nodes have IDs"',
      'end',
      'return hs',
    ].join('\n'),
    cel: { current: 'has(status.nodeIds) && size(status.nodeIds) == spec.replicas && status.observedGeneration == metadata.generation' },
  },
  {
    apiVersion: 'kibana.k8s.elastic.co/v1',
    kind: 'Kibana',
    lua: [
      'local hs = { status = "Progressing", message = "waiting for Kibana" }',
      'if obj.status ~= nil and obj.status.health ~= nil then',
      '  if obj.status.health == "green" then hs.status = "Healthy" elseif obj.status.health == "red" then hs.status = "Degraded" end',
      '  hs.message = "health " .. obj.status.health',
      'end',
      'return hs',
    ].join('\n'),
    cel: { current: "has(status.health) && status.health == 'green'", failed: "has(status.health) && status.health == 'red'" },
  },
  {
    // prometheus-operator sets Available and Reconciled conditions on the Alertmanager resource.
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'Alertmanager',
    lua: [
      'local hs = { status = "Progressing", message = "waiting for Alertmanager" }',
      'if obj.status ~= nil and obj.status.conditions ~= nil then',
      '  for _, c in ipairs(obj.status.conditions) do',
      '    if c.type == "Available" and c.status == "True" then hs.status = "Healthy"; hs.message = "available" end',
      '    if c.type == "Reconciled" and c.status == "False" then hs.status = "Degraded"; hs.message = c.message or "reconcile failed" end',
      '  end',
      'end',
      'return hs',
    ].join('\n'),
    cel: {
      current: "status.conditions.filter(c, c.type == 'Available').all(c, c.status == 'True')",
      failed: "status.conditions.filter(c, c.type == 'Reconciled').all(c, c.status == 'False')",
    },
  },
];
