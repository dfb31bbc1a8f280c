import { ConfigError, isDnsLabel } from './config-error';

/**
 * An explicit object name from its parts (`objectName('kafka', 'logs')` → `kafka-logs`). Names are a
 * contract (other objects and people refer to them), so they are spelled out instead of derived from
 * construct paths, and checked as DNS labels here rather than rejected later by the API server.
 */
export function objectName(...parts: string[]): string {
  const name = parts.filter((p) => p.length > 0).join('-');
  if (!isDnsLabel(name)) {
    throw new ConfigError('name', name, 'must be a DNS label: at most 63 characters of a-z, 0-9 and "-", starting and ending alphanumeric');
  }
  return name;
}

/**
 * Checks a name derived from a setting (a pod or Service name made from a pool or cluster name)
 * where it is made, so the error names the setting rather than an object the API server rejects
 * later. Pod and Service names are host names: DNS labels of at most 63 characters.
 */
export function requireDerivedName(field: string, value: string, name: string, what: string): string {
  if (!isDnsLabel(name)) {
    throw new ConfigError(field, value, `makes the ${what} "${name}" (${name.length} characters), which must be a DNS label of at most 63 characters`);
  }
  return name;
}

/** Strimzi's pod name for a node of a pool: `<cluster>-<pool>-<node id>`. */
export function kafkaPodName(clusterName: string, poolName: string, nodeId: number): string {
  return `${clusterName}-${poolName}-${nodeId}`;
}

/** ECK's pod name for a node of a node set: `<cluster>-es-<nodeSet>-<ordinal>`. */
export function elasticsearchPodName(clusterName: string, nodeSetName: string, ordinal: number): string {
  return `${clusterName}-es-${nodeSetName}-${ordinal}`;
}
