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
