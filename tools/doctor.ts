/**
 * The prerequisites of rendering and testing, checked in seconds without building or downloading
 * anything: Node.js and npm (package.json `engines`), Go (the newest `go` line among the pinned
 * tools' modules), python3 (one test runs the Spark job's Python script), curl (the InfluxDB
 * scripts' tests), node_modules as the lockfile pins it, the Debian packages the C tools build with,
 * and every row of the TOOLS table built and current. Each problem comes with the one command that
 * fixes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { aptInstallCommand, missingDebianPackages } from './cmake-build';
import { GO_MINIMUM, TOOLS, buildCommand, toolProblem, type ToolName } from './index';

export interface Check {
  /** What was checked, e.g. `Node.js`. */
  readonly name: string;
  /** What was found, e.g. `v20.20.2`. */
  readonly found: string;
  /** Why it is not usable; undefined when it is. */
  readonly problem?: string;
  /** The one command (or step) that fixes the problem. */
  readonly fix?: string;
}

/** `1.26.3` → [1, 26, 3], `10` → [10, 0, 0]; the first (dotted) number in `text`, or undefined. */
export function parseVersion(text: string): number[] | undefined {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined;
}

/** Whether `found` is at least `minimum` (both dotted versions). */
export function atLeast(found: string, minimum: string): boolean {
  const [a, b] = [parseVersion(found), parseVersion(minimum)];
  if (!a || !b) return false;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/** The minimum of an `engines` range the project writes (`>=X.Y`). */
function engineMinimum(range: string | undefined, what: string): string {
  const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range ?? '');
  if (!match) throw new Error(`package.json engines.${what} must be ">=X.Y[.Z]", found ${JSON.stringify(range)}`);
  return match[1];
}

function versionOf(command: string, args: readonly string[]): string | undefined {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  return `${run.stdout}${run.stderr}`.trim().split('\n')[0];
}

function versionCheck(name: string, found: string | undefined, minimum: string, fix: string): Check {
  if (found === undefined) return { name, found: 'not found', problem: `${name} is not installed (${minimum} or newer is needed)`, fix };
  if (!atLeast(found, minimum)) return { name, found, problem: `${name} ${found} is older than ${minimum}`, fix };
  return { name, found };
}

/**
 * Packages the lockfile pins that are missing from node_modules or installed at another version.
 * Optional packages for another platform (absent by design) are not problems.
 */
export function nodeModulesProblems(root: string): string[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; optional?: boolean; link?: boolean }>;
  };
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || entry.link || !entry.version) continue;
    const manifest = path.join(root, key, 'package.json');
    if (!existsSync(manifest)) {
      if (!entry.optional) problems.push(`${key.replace(/^.*node_modules\//, '')} ${entry.version} is missing`);
      continue;
    }
    const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
    // Some packages write their version with a leading `v` in package.json but not in the lockfile.
    if (installed?.replace(/^v/, '') !== entry.version.replace(/^v/, '')) problems.push(`${key.replace(/^.*node_modules\//, '')} is ${installed}, the lockfile pins ${entry.version}`);
  }
  return problems;
}

/** Debian packages the TOOLS rows built from source archives need, in table order, without repeats. */
export function debianBuildPackages(): string[] {
  const rows = Object.values(TOOLS).map((spec) => spec.build);
  return [...new Set([...rows.flatMap((build) => ('debian' in build ? build.debian : [])), ...TEST_DEBIAN_PACKAGES])];
}

/**
 * Debian packages the tests run programs from, beside the build packages: systemd-journal-remote
 * writes the journal files the forwarder's systemd input reads in test/log-record.test.ts.
 */
const TEST_DEBIAN_PACKAGES = ['systemd-journal-remote'];
export const JOURNAL_REMOTE = '/lib/systemd/systemd-journal-remote';

/**
 * The check of those packages: one `apt-get install` line names every missing one. Without dpkg (not
 * Debian) the check says what to install instead of guessing another package manager's names.
 */
export function debianCheck(wanted: readonly string[], missing: readonly string[] | undefined): Check {
  const name = 'Debian build packages';
  if (missing === undefined) return { name, found: 'no dpkg-query', problem: 'cannot check the build packages without dpkg', fix: `install the equivalents of: ${wanted.join(' ')}` };
  if (missing.length) return { name, found: `${missing.length} missing`, problem: `${missing.join(', ')} not installed`, fix: aptInstallCommand(missing) };
  return { name, found: `${wanted.length} installed` };
}

/** Every prerequisite, in the order a newcomer fixes them. */
export function doctor(root: string): Check[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: Record<string, string> };
  const checks: Check[] = [
    versionCheck('Node.js', process.version, engineMinimum(pkg.engines?.node, 'node'), `install Node.js ${engineMinimum(pkg.engines?.node, 'node')} or newer`),
    versionCheck('npm', versionOf('npm', ['--version']), engineMinimum(pkg.engines?.npm, 'npm'), `npm install -g npm@${engineMinimum(pkg.engines?.npm, 'npm').split('.')[0]}`),
    versionCheck('Go', versionOf('go', ['version'])?.replace(/^go version go/, ''), GO_MINIMUM, `install Go ${GO_MINIMUM} or newer`),
    versionCheck('python3', versionOf('python3', ['--version'])?.replace(/^Python /, ''), '3.8', 'install python3 (apt-get install python3)'),
    // The tests run the rendered InfluxDB scripts, which call curl (and coreutils' timeout); building
    // from a pinned source archive downloads it with curl when no local copy is named. 7.18 brought
    // --data-urlencode, which setup.sh uses.
    versionCheck('curl', versionOf('curl', ['--version'])?.replace(/^curl /, '').split(' ')[0], '7.18', 'install curl (apt-get install curl)'),
    // The API-server harness generates its CA and serving certificate with openssl.
    versionCheck('openssl', versionOf('openssl', ['version'])?.replace(/^OpenSSL /, '').split(' ')[0], '1.1.1', 'install openssl (apt-get install openssl)'),
  ];
  const modules = existsSync(path.join(root, 'node_modules')) ? nodeModulesProblems(root) : ['node_modules is missing'];
  checks.push(modules.length
    ? { name: 'node_modules', found: `${modules.length} package(s) differ from package-lock.json`, problem: modules.slice(0, 3).join('; ') + (modules.length > 3 ? `; and ${modules.length - 3} more` : ''), fix: 'npm ci' }
    : { name: 'node_modules', found: 'matches package-lock.json' });
  const debian = debianBuildPackages();
  checks.push(debianCheck(debian, missingDebianPackages(debian)));
  for (const name of Object.keys(TOOLS) as ToolName[]) {
    const problem = toolProblem(name);
    checks.push(problem ? { name, found: 'unusable', problem, fix: buildCommand(name) } : { name, found: TOOLS[name].version });
  }
  return checks;
}

/** The report `npm run doctor` prints: one line per check, and the fix under each problem. */
export function formatChecks(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.map((c) => c.problem
    ? `FAIL ${c.name.padEnd(width)}  ${c.problem}\n     ${' '.repeat(width)}  fix: ${c.fix}`
    : `ok   ${c.name.padEnd(width)}  ${c.found}`);
  const failed = checks.filter((c) => c.problem);
  if (failed.some((c) => c.name in TOOLS)) lines.push(`(every tool at once: npm run tools)`);
  lines.push(failed.length ? `${failed.length} problem(s); fix them in the order shown` : 'every prerequisite is in place');
  return lines.join('\n');
}
