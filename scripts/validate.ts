/**
 * `npm run validate`: the tool-backed rungs of the validation ladder over the committed manifests/,
 * outside vitest (for a quick check and for `npm run bench`). `npm test` runs the same checks.
 */
import * as path from 'node:path';
import { K8S_VALIDATION_VERSIONS, REPO_ROOT } from '../render/crd-sources';
import { checkInvariants } from '../render/invariants';
import { loadManifests } from '../render/manifests';
import { alertmanagerConfigs, checkAlertmanagerConfig, checkRules, kubeconform, testRules } from '../tools/validators';
import { ensureSchemas } from '../tools/schemas';

export function validate(): string[] {
  const manifests = path.join(REPO_ROOT, 'manifests');
  const tree = loadManifests(manifests);
  const problems = checkInvariants(tree);
  ensureSchemas();
  for (const [env, objects] of tree) {
    for (const version of K8S_VALIDATION_VERSIONS) {
      const { summary, problems: found } = kubeconform(path.join(manifests, env), version);
      problems.push(...found.map((p) => `${env} (Kubernetes ${version}): ${p}`));
      if (summary.skipped > 0) problems.push(`${env} (Kubernetes ${version}): ${summary.skipped} object(s) skipped`);
      if (summary.valid !== objects.length) problems.push(`${env} (Kubernetes ${version}): ${summary.valid} of ${objects.length} objects valid`);
    }
    const rules = checkRules(objects);
    if (!rules.ok) problems.push(`${env}: promtool check rules:\n${rules.output}`);
    for (const [file, run] of testRules(objects, path.join(REPO_ROOT, 'test', 'rules'))) {
      if (!run.ok) problems.push(`${env}: promtool test rules ${file}:\n${run.output}`);
    }
    for (const [file, config] of alertmanagerConfigs(objects)) {
      const run = checkAlertmanagerConfig(config);
      if (!run.ok) problems.push(`${env}: amtool check-config ${file}:\n${run.output}`);
    }
  }
  return problems;
}

if (require.main === module) {
  const problems = validate();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('manifests/ is valid: invariants, kubeconform (strict, no skips), promtool, amtool');
}
