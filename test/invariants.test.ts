import { describe, expect, it } from 'vitest';
import { CHECKS, checkInvariants } from '../render/invariants';
import type { KubeObject, ManifestTree, RenderedObject } from '../render/manifests';
import { committedManifests } from './support/fixtures';

const committed = committedManifests();

describe('whole-tree invariants over the committed manifests', () => {
  it('renders dev, staging and prod', () => {
    expect([...committed.keys()]).toEqual(['dev', 'prod', 'staging']);
  });

  it.each(Object.keys(CHECKS))('every object of every environment passes "%s"', (name) => {
    const problems = [...committed].flatMap(([env, objects]) => CHECKS[name](env, objects));
    expect(problems).toEqual([]);
  });
});

// Each invariant must be able to fail: a minimal valid environment, then one defect at a time.
const labels = { 'app.kubernetes.io/part-of': 'observability-platform', 'app.kubernetes.io/managed-by': 'cdk8s' };
const podLabels = { ...labels, 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/component': 'demo' };
const selector = { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/component': 'demo' };
const hardened = {
  runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
};

function validObjects(): KubeObject[] {
  return [
    {
      apiVersion: 'v1', kind: 'Namespace',
      metadata: { name: 'demo', labels: { ...labels, ...Object.fromEntries(['enforce', 'warn', 'audit'].map((m) => [`pod-security.kubernetes.io/${m}`, 'restricted'])) } },
    },
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'demo', labels },
      spec: {
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: podLabels },
          spec: {
            containers: [{
              name: 'web', image: 'nginx:1.27.3', ports: [{ name: 'http', containerPort: 8080 }],
              resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '16Mi' } },
              securityContext: hardened,
            }],
          },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'demo', labels }, spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } },
  ];
}

function tree(objects: KubeObject[]): ManifestTree {
  return new Map([['dev', objects.map((object): RenderedObject => ({ file: `demo/${object.kind}.${object.metadata.name}.yaml`, object }))]]);
}

function mutate(edit: (objects: any[]) => void): ManifestTree {
  const objects = structuredClone(validObjects());
  edit(objects);
  return tree(objects);
}

describe('each invariant fails on the defect it guards against', () => {
  it('passes the valid sample', () => {
    expect(checkInvariants(tree(validObjects()))).toEqual([]);
  });

  it.each<[string, (o: any[]) => void, string]>([
    ['an unpinned image', (o) => { o[1].spec.template.spec.containers[0].image = 'nginx:latest'; }, 'is not pinned'],
    ['a container without requests', (o) => { delete o[1].spec.template.spec.containers[0].resources.requests; }, 'must request cpu and memory'],
    ['a container without a memory limit', (o) => { delete o[1].spec.template.spec.containers[0].resources.limits; }, 'must set a memory limit'],
    ['privilege escalation in a restricted namespace', (o) => { o[1].spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true; }, 'allowPrivilegeEscalation: false'],
    ['a writable root filesystem', (o) => { delete o[1].spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem; }, 'read-only root filesystem'],
    ['kept capabilities', (o) => { o[1].spec.template.spec.containers[0].securityContext.capabilities.drop = []; }, 'drop ALL capabilities'],
    ['a missing seccomp profile', (o) => { delete o[1].spec.template.spec.containers[0].securityContext.seccompProfile; }, 'seccomp'],
    ['a selector that misses the pod template', (o) => { o[1].spec.selector.matchLabels['app.kubernetes.io/name'] = 'other'; }, 'does not match the pod template'],
    ['a version label in a selector', (o) => { o[1].spec.selector.matchLabels['app.kubernetes.io/version'] = '1'; }, 'must not use app.kubernetes.io/version'],
    ['a pod template without recommended labels', (o) => { delete o[1].spec.template.metadata.labels['app.kubernetes.io/component']; }, 'missing label app.kubernetes.io/component'],
    ['a Service that selects nothing', (o) => { o[2].spec.selector = { 'app.kubernetes.io/name': 'nothing' }; }, 'matches no rendered pod template'],
    ['a Service port that no container declares', (o) => { o[2].spec.ports[0].targetPort = 'metrics'; }, 'targets metrics'],
    ['an object without platform labels', (o) => { delete o[2].metadata.labels; }, 'missing label app.kubernetes.io/part-of'],
    ['a namespaced object without a namespace', (o) => { delete o[2].metadata.namespace; }, 'has no metadata.namespace'],
    ['a namespace that is not rendered', (o) => { o[2].metadata.namespace = 'elsewhere'; }, 'namespace "elsewhere" is not rendered'],
    ['a cluster-scoped object with a namespace', (o) => { o[0].metadata.namespace = 'demo'; }, 'must not set a namespace'],
    ['an invalid name', (o) => { o[2].metadata.name = 'Web_1'; }, 'is not a valid Service name'],
    ['a duplicate object', (o) => { o.push(structuredClone(o[2])); }, 'duplicates'],
    ['a replicated Deployment without a disruption budget', (o) => { o[1].spec.replicas = 2; }, '2 replicas but no PodDisruptionBudget selects its pods'],
    ['a Secret with data', (o) => { o.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'demo', labels }, stringData: { password: 'x' } }); }, 'Secret carries data (password)'],
    ['a namespace without Pod Security labels', (o) => { delete o[0].metadata.labels['pod-security.kubernetes.io/enforce']; }, 'missing label pod-security.kubernetes.io/enforce'],
    ['a namespace below restricted without a documented reason', (o) => { o[0].metadata.labels['pod-security.kubernetes.io/enforce'] = 'privileged'; }, 'runs below restricted without a documented reason'],
    ['host access in a restricted namespace', (o) => { o[1].spec.template.spec.volumes = [{ name: 'logs', hostPath: { path: '/var/log' } }]; }, 'needs Pod Security "privileged" but namespace "demo" enforces "restricted": hostPath volume "logs"'],
    ['root in a restricted namespace', (o) => { o[1].spec.template.spec.containers[0].securityContext.runAsUser = 0; }, 'runs as user 0'],
  ])('fails on %s', (_label, edit, message) => {
    const problems = checkInvariants(mutate(edit));
    expect(problems.join('\n')).toContain(message);
  });

  it('fails on a file that does not follow <chart>/<Kind>.<name>.yaml', () => {
    const t: ManifestTree = new Map([['dev', [{ file: 'demo/deployment.yaml', object: validObjects()[1] }]]]);
    expect(CHECKS.fileNames('dev', t.get('dev')!)).toEqual(['dev/demo/deployment.yaml: file name must be demo/Deployment.web.yaml']);
  });
});
