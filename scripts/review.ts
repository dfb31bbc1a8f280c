/**
 * `npm run review [-- --base <git revision>] [--skip-upgrade-check]`: what merging this tree does to
 * each environment, for a pull-request comment. Compares `manifests/` in the working tree (what Argo CD
 * and Flux will apply after the merge; CI's drift check keeps it equal to a fresh render) with
 * `manifests/` committed at `--base` (default `HEAD`), and prints per environment:
 *
 * - the objects a real kube-apiserver refuses when this revision is applied over the base
 *   (tools/upgrade-check.ts: one API server per changed environment, started and stopped here),
 * - stateful objects the change deletes (a rename included), restarts, request deltas and changed
 *   capacity-model checks, and access changes (render/review.ts),
 *
 * then the collapsed per-object diff (render/diff.ts). Exit code 0: no changes; 1: changes, all
 * accepted; 2: the review itself failed; 3: the API server refused an object (CI fails the check).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../render/crd-sources';
import { diffTrees, manifestsAt } from '../render/diff';
import { loadManifests } from '../render/manifests';
import { fileAt, reviewEnvironment, reviewMarkdown, type EnvironmentReview } from '../render/review';
import { ApiServer, API_SERVERS } from '../tools/apiserver';
import { upgradeCheck } from '../tools/upgrade-check';

/**
 * The Kubernetes version the upgrade dry run uses: the newest the harness pins. Checking the oldest
 * as well would double the time; the validation ladder already runs both on every object.
 */
export const REVIEW_KUBERNETES = Object.keys(API_SERVERS).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1)!;

export interface ReviewOptions {
  readonly repoRoot: string;
  readonly base: string;
  /**
   * The API server an environment's upgrade dry run uses, and what to do with it afterwards.
   * @default a fresh server of REVIEW_KUBERNETES per environment, stopped after its check
   */
  readonly serverFor?: (env: string) => Promise<{ server: ApiServer; done: () => Promise<void> }>;
  /** Skip the upgrade dry run (the summary says so). @default false */
  readonly skipUpgradeCheck?: boolean;
}

export interface ReviewResult {
  readonly markdown: string;
  readonly reviews: readonly EnvironmentReview[];
  readonly changed: boolean;
  readonly refused: number;
}

const freshServer = async () => {
  const server = await ApiServer.start(REVIEW_KUBERNETES);
  return { server, done: () => server.stop() };
};

const readIfExists = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Whether `manifests/` in the working tree is byte for byte the one committed at `base` (no tracked
 * file differs, no untracked one exists): then nothing needs parsing. Any doubt (a bad revision
 * included) answers false, and the full comparison decides.
 */
function identical(repoRoot: string, base: string): boolean {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  if (git('diff', '--quiet', base, '--', 'manifests').status !== 0) return false;
  const untracked = git('ls-files', '--others', '--exclude-standard', '--', 'manifests');
  return untracked.status === 0 && untracked.stdout.trim() === '';
}

export async function review(options: ReviewOptions): Promise<ReviewResult> {
  if (identical(options.repoRoot, options.base)) {
    return { markdown: reviewMarkdown(options.base, [], ''), reviews: [], changed: false, refused: 0 };
  }
  const before = manifestsAt(options.repoRoot, options.base);
  const after = loadManifests(path.join(options.repoRoot, 'manifests'));
  const changes = diffTrees(before, after);
  const envs = [...new Set(changes.map((c) => c.env))];
  const reviews: EnvironmentReview[] = [];
  for (const env of envs) {
    const [b, a] = [before.get(env) ?? [], after.get(env) ?? []];
    const summary = reviewEnvironment({
      env,
      before: b,
      after: a,
      changes: changes.filter((c) => c.env === env),
      readmeBefore: fileAt(options.repoRoot, options.base, `manifests/${env}/README.md`),
      readmeAfter: readIfExists(path.join(options.repoRoot, 'manifests', env, 'README.md')),
    });
    if (options.skipUpgradeCheck) {
      reviews.push(summary);
      continue;
    }
    const { server, done } = await (options.serverFor ?? freshServer)(env);
    try {
      const check = await upgradeCheck(server, b, a);
      reviews.push({ ...summary, refused: check.refused, baseNotApplied: check.baseNotApplied });
    } finally {
      await done();
    }
  }
  const refused = reviews.reduce((n, r) => n + (r.refused?.length ?? 0), 0);
  return { markdown: reviewMarkdown(options.base, reviews, `kube-apiserver ${REVIEW_KUBERNETES}`), reviews, changed: changes.length > 0, refused };
}

async function main(argv: string[]): Promise<number> {
  const baseAt = argv.indexOf('--base');
  const base = baseAt >= 0 ? argv[baseAt + 1] : 'HEAD';
  if (!base || base.startsWith('--')) throw new Error('--base needs a git revision, e.g. --base origin/main');
  // For a quick local look without the Go tools; CI never passes it (the summary says it did not run).
  const skipUpgradeCheck = argv.includes('--skip-upgrade-check');
  const result = await review({ repoRoot: REPO_ROOT, base, skipUpgradeCheck });
  process.stdout.write(result.markdown);
  return result.refused > 0 ? 3 : result.changed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`review failed: ${(err as Error).message}`);
      process.exit(2);
    },
  );
}
