/**
 * `npm run doctor`: checks every prerequisite (tools/doctor.ts) in seconds, prints the command that
 * fixes each problem, and exits non-zero when there is one. `npm test` runs it first.
 * `--missing-debian` prints only the Debian build packages not installed (for .ci/run).
 */
import { REPO_ROOT } from '../render/crd-sources';
import { missingDebianPackages } from '../tools/cmake-build';
import { debianBuildPackages, doctor, formatChecks } from '../tools/doctor';

// `npm run -s doctor -- --missing-debian`: only the missing build packages, for .ci/run to install.
if (process.argv.includes('--missing-debian')) {
  console.log((missingDebianPackages(debianBuildPackages()) ?? []).join(' '));
  process.exit(0);
}

const checks = doctor(REPO_ROOT);
const report = formatChecks(checks);
if (checks.some((c) => c.problem)) {
  console.error(report);
  process.exit(1);
}
console.log(report);
