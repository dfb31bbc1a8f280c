/**
 * `npm run doctor`: checks every prerequisite (tools/doctor.ts) in seconds, prints the command that
 * fixes each problem, and exits non-zero when there is one. `npm test` runs it first.
 */
import { REPO_ROOT } from '../render/crd-sources';
import { doctor, formatChecks } from '../tools/doctor';

const checks = doctor(REPO_ROOT);
const report = formatChecks(checks);
if (checks.some((c) => c.problem)) {
  console.error(report);
  process.exit(1);
}
console.log(report);
