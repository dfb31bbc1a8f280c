/**
 * A rejected configuration value. Constructs throw it with the field named relative to their props;
 * the composition in `platform.ts` prefixes the environment block (`kafka.`) and `main.ts` the
 * environment name, so a person reads `prod: kafka.minInsyncReplicas (3) must be lower than
 * replicationFactor (3)`. Environment files are checked as a whole before this point, by the schema
 * in render/environment-schema.ts; ConfigError is the constructs' own guard where values are used.
 */
export class ConfigError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly rule: string,
    readonly environment?: string,
  ) {
    super(`${environment ? `${environment}: ` : ''}${field} (${formatConfigValue(value)}) ${rule}`);
    this.name = 'ConfigError';
  }

  /** The same error with its field placed under `prefix` (e.g. the environment block it came from). */
  public under(prefix: string): ConfigError {
    return new ConfigError(`${prefix}.${this.field}`, this.value, this.rule, this.environment);
  }

  /** The same error attributed to an environment. */
  public in(environment: string): ConfigError {
    return new ConfigError(this.field, this.value, this.rule, environment);
  }
}

/** A value as ConfigError messages show it. */
export function formatConfigValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  // JSON prints NaN and Infinity as null, which hides the very value that is wrong.
  if (typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object' && 'toString' in value && value.toString !== Object.prototype.toString) {
    return String(value);
  }
  return JSON.stringify(value) ?? String(value);
}

/** Runs `build`, re-throwing any ConfigError with its field placed under `prefix`. */
export function underField<T>(prefix: string, build: () => T): T {
  try {
    return build();
  } catch (err) {
    if (err instanceof ConfigError) throw err.under(prefix);
    throw err;
  }
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Throws unless `value` is an RFC 1123 DNS label (the rule for namespace and Service names). */
export function requireDnsLabel(field: string, value: string): void {
  if (value.length > 63 || !DNS_LABEL.test(value)) {
    throw new ConfigError(field, value, 'must be a DNS label: at most 63 characters of a-z, 0-9 and "-", starting and ending alphanumeric');
  }
}

/** Throws unless `value` is an RFC 1123 DNS subdomain (the rule for most object names). */
export function requireDnsSubdomain(field: string, value: string): void {
  if (value.length > 253 || !DNS_SUBDOMAIN.test(value)) {
    throw new ConfigError(field, value, 'must be a DNS subdomain: at most 253 characters of a-z, 0-9, "-" and ".", each part starting and ending alphanumeric');
  }
}

export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

export function isDnsSubdomain(value: string): boolean {
  return value.length <= 253 && DNS_SUBDOMAIN.test(value);
}

/** Throws unless `value` is a whole number of at least `min`. */
export function requireInteger(field: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(field, value, `must be a whole number of at least ${min}`);
  }
}
