import type { Duration } from 'cdk8s';
import { ConfigError } from './config-error';

/** A unit of a duration grammar: its suffix and its length in milliseconds. */
export type DurationUnit = readonly [suffix: string, millis: number];

/** Elasticsearch time units (`max_age`), largest first; InfluxQL's duration literals take the same suffixes. */
export const HOURS_TO_MILLIS: readonly DurationUnit[] = [['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];
/** Go durations as Telegraf reads them (`interval`), from seconds down. */
export const SECONDS_TO_MILLIS: readonly DurationUnit[] = [['s', 1000], ['ms', 1]];

/**
 * A duration written exactly in the largest unit of `units` that divides it (`90m`, `1500ms`, `72h`):
 * cdk8s's `toHours()`/`toSeconds()` refuse a duration that is not a whole number of the unit, and
 * rounding would render another value than the one configured.
 */
export function durationLiteral(d: Duration, units: readonly DurationUnit[]): string {
  const ms = d.toMilliseconds();
  const unit = units.find(([, size]) => ms % size === 0);
  if (!unit || !Number.isSafeInteger(ms)) throw new ConfigError('duration', d.toHumanString(), `must be a whole number of ${units[units.length - 1]?.[0] ?? 'ms'}`);
  return `${ms / unit[1]}${unit[0]}`;
}
