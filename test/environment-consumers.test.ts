/**
 * Values the schema accepts must be values their consumers accept: the alert e-mail addresses
 * (Alertmanager parses them with Go's net/mail when it sends, tools/go/mail-address runs that parser)
 * and the Prometheus retention (prometheus/common's ParseDuration, run here by promtool 3.5.0).
 * Each grammar is compared with the real parser on fixed cases and on seeded random strings.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL } from '../constructs/alert-routing';
import { prometheusDurationMillis } from '../constructs/prometheus-server';
import { prod, staging, type EnvironmentConfig } from '../environments';
import { formatViolation, validateEnvironments } from '../render/environment-schema';
import { tool } from '../tools';

const SEED = 30_2026;
const violations = (env: unknown): string[] => validateEnvironments([env]).map(formatViolation);

/** net/mail's verdict on each address, in one run of the mail-address tool. */
function netMail(addresses: readonly string[]): boolean[] {
  const run = spawnSync(tool('mail-address'), { input: `${addresses.join('\n')}\n`, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`mail-address failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(addresses.length);
  return lines.map((l) => l.startsWith('ok '));
}

/** promtool's verdict on each duration, read as a rule's `for:` (model.Duration, the same ParseDuration). */
function promtoolAccepts(durations: readonly string[]): boolean[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'durations-'));
  try {
    const files = durations.map((d, i) => {
      const file = path.join(dir, `d${i}.yaml`);
      writeFileSync(file, `groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: vector(1)\n        for: ${JSON.stringify(d)}\n`);
      return file;
    });
    const run = spawnSync(tool('promtool'), ['check', 'rules', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stdout}${run.stderr}`;
    return files.map((file) => {
      const at = output.indexOf(`Checking ${file}\n`);
      if (at < 0) throw new Error(`promtool said nothing about ${file}:\n${output.slice(0, 2000)}`);
      return output.slice(at + file.length + 10).trimStart().startsWith('SUCCESS');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withEmail = (env: EnvironmentConfig, to: string) => {
  const routing = env.monitoring.alertmanager.routing;
  return { ...env, monitoring: { ...env.monitoring, alertmanager: { ...env.monitoring.alertmanager, routing: { ...routing, email: { ...routing.email, to } } } } };
};
const withRetention = (env: EnvironmentConfig, retention: string) => ({ ...env, monitoring: { ...env.monitoring, prometheus: { ...env.monitoring.prometheus, retention } } });

describe('alert e-mail addresses, as Go\'s net/mail reads them', () => {
  it('fails on an address net/mail refuses, naming the field and the parser', () => {
    expect(netMail(['platform..oncall@example.com'])).toEqual([false]);
    expect(violations(withEmail(prod, 'platform..oncall@example.com'))).toEqual([
      'prod: monitoring.alertmanager.routing.email.to ("platform..oncall@example.com"): must be one e-mail address that Go\'s net/mail accepts (Alertmanager parses it when it sends): name@example.com, dots only between characters, no display name',
    ]);
  });

  it('accepts only addresses net/mail accepts, and every plain one it does (fixed cases and seeded random strings)', () => {
    const fixed = ['platform-oncall@example.com', 'a.b@c.d', 'a+tag@example.com', "o'brien@example.com", '.a@example.com', 'a.@example.com', 'a@example..com',
      'a@.example.com', 'a@example.com.', '@example.com', 'a@', 'a@b@c', 'a b@example.com', 'Name <a@example.com>', '"quoted"@example.com', 'a@[10.0.0.1]', 'a@example.com, b@example.com'];
    const random = fc.sample(fc.string({ unit: fc.constantFrom('a', 'b', '.', '@', '+', '-', '_', '~'), minLength: 1, maxLength: 8 }), { seed: SEED, numRuns: 2000 });
    const candidates = [...new Set([...fixed, ...random])];
    const verdicts = netMail(candidates);
    const disagreements = candidates.filter((c, i) => EMAIL.test(c) && !verdicts[i]);
    expect(disagreements, 'accepted by the schema, refused by net/mail').toEqual([]);
    // Over an alphabet of atext, dots and "@" the two grammars are the same.
    const plain = candidates.map((c, i) => [c, verdicts[i]] as const).filter(([c]) => /^[ab.@+\-_~]+$/.test(c));
    expect(plain.filter(([c, ok]) => EMAIL.test(c) !== ok)).toEqual([]);
    expect(plain.filter(([, ok]) => ok).length).toBeGreaterThan(50);
  });
});

describe('the Prometheus retention, as Prometheus 3.5.0 reads it', () => {
  it.each([['0d'], ['0s'], ['0h0m']])('fails on %s, which Prometheus reads as no time limit', (retention) => {
    expect(violations(withRetention(staging, retention))).toEqual([
      `staging: monitoring.prometheus.retention ("${retention}"): must be a Prometheus duration above zero such as "15d" or "12h" (units y, w, d, h, m, s, ms, largest first, each once; "0d" means no time limit)`,
    ]);
  });

  it('fails on units out of order, which the old pattern let through and Prometheus refuses', () => {
    expect(violations(withRetention(staging, '12h1d'))).toHaveLength(1);
  });

  it('accepts a retention in several units', () => {
    expect(violations(withRetention(staging, '1w3d12h'))).toEqual([]);
  });

  it('reads the grammar exactly as promtool does (fixed cases and seeded random strings)', () => {
    const fixed = ['0', '0d', '15d', '1y2w3d4h5m6s7ms', '12h1d', '1d1d', '5ms', '90m', '1.5h', '-1d', '', ' 1d', '15', 'd', '1dm', '1M',
      '106751d23h47m16s854ms', '106751d23h47m16s855ms', '9223372036854ms', '9223372036855ms', '292y', '293y', '99999999999999999999y'];
    const random = fc.sample(fc.string({ unit: fc.constantFrom('0', '1', '5', '9', 'y', 'w', 'd', 'h', 'm', 's'), minLength: 1, maxLength: 7 }), { seed: SEED, numRuns: 1500 });
    const candidates = [...new Set([...fixed, ...random])];
    const verdicts = promtoolAccepts(candidates);
    expect(candidates.filter((c, i) => (prometheusDurationMillis(c) !== undefined) !== verdicts[i])).toEqual([]);
    // Enough of both verdicts for the comparison to mean something (seed 302026: 73 accepted).
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(50);
    expect(verdicts.filter((ok) => !ok).length).toBeGreaterThan(500);
  });
});
