/**
 * Accepted findings of a scanner (kube-score, trivy), checked in beside its test as YAML. Every
 * entry carries its reason:
 *
 * - `policies`: one check (optionally one of its messages) accepted for every object, because a
 *   platform-wide rule decides it (for example: no CPU limits);
 * - `accepted`: one check accepted for the listed objects only, optionally in some environments.
 *
 * A finding that no entry covers fails the test, and so does an entry (or one object of an entry)
 * that matches nothing: the list never goes stale.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Finding {
  /** The scanner's check id, e.g. `pod-probes` or `KSV-0041`. */
  readonly check: string;
  /** `Kind/namespace/name` (namespace `-` for cluster-scoped objects). */
  readonly object: string;
  /** The scanner's message for this finding, e.g. `CPU limit is not set`. */
  readonly message: string;
  /** Where in the object, when the scanner says (e.g. the container name). */
  readonly path?: string;
}

export interface Policy {
  readonly check: string;
  /** Only this summary of the check is accepted; the whole check when omitted. */
  readonly message?: string;
  readonly reason: string;
}

export interface Acceptance {
  readonly check: string;
  /** `Kind/namespace/name` of every object the finding is accepted for. */
  readonly objects: readonly string[];
  /** Environments the entry applies to (all when omitted). */
  readonly environments?: readonly string[];
  readonly reason: string;
}

export interface Exceptions {
  readonly policies: readonly Policy[];
  readonly accepted: readonly Acceptance[];
}

/** Reads and checks the exceptions file: known keys only, every entry with a reason and objects. */
export function loadExceptions(file: string): Exceptions {
  const data = parse(readFileSync(file, 'utf8')) as Partial<Exceptions> & Record<string, unknown>;
  const unknown = Object.keys(data).filter((k) => k !== 'policies' && k !== 'accepted');
  if (unknown.length) throw new Error(`${file}: unknown key(s) ${unknown.join(', ')}; expected policies and accepted`);
  const exceptions: Exceptions = { policies: data.policies ?? [], accepted: data.accepted ?? [] };
  for (const entry of [...exceptions.policies, ...exceptions.accepted]) {
    if (!entry.check) throw new Error(`${file}: an entry has no check`);
    if (!entry.reason || entry.reason.trim().length < 20) throw new Error(`${file}: ${entry.check} needs a reason of at least a sentence`);
  }
  // `object: X` is accepted as the short form of `objects: [X]`.
  const accepted = exceptions.accepted.map((entry) => {
    const { object, ...rest } = entry as Acceptance & { object?: string };
    const objects = entry.objects ?? (object ? [object] : undefined);
    if (!Array.isArray(objects) || objects.length === 0) throw new Error(`${file}: accepted ${entry.check} must list its objects (Kind/namespace/name)`);
    return { ...rest, objects };
  });
  return { policies: exceptions.policies, accepted };
}

/** Findings in `env` that no entry covers, and entries (per object) that matched nothing there. */
export function unaccepted(env: string, findings: readonly Finding[], exceptions: Exceptions): { findings: Finding[]; stale: string[] } {
  const byPolicy = (f: Finding, p: Policy) => p.check === f.check && (p.message === undefined || p.message === f.message);
  const applies = exceptions.accepted.filter((a) => !a.environments || a.environments.includes(env));
  const pairs = applies.flatMap((a) => a.objects.map((object) => ({ check: a.check, object })));
  const byObject = (f: Finding, a: { check: string; object: string }) => a.check === f.check && a.object === f.object;
  return {
    findings: findings.filter((f) => !exceptions.policies.some((p) => byPolicy(f, p)) && !pairs.some((a) => byObject(f, a))),
    stale: [
      ...exceptions.policies.filter((p) => !findings.some((f) => byPolicy(f, p))).map((p) => `policy ${p.check}${p.message ? ` "${p.message}"` : ''}`),
      ...pairs.filter((a) => !findings.some((f) => byObject(f, a))).map((a) => `${a.check} ${a.object}`),
    ],
  };
}
