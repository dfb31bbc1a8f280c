import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { StrimziCrds } from '../../constructs/strimzi-crds';
import { StrimziOperator } from '../../constructs/strimzi-operator';

function synth(image = 'quay.io/strimzi/operator:1.2.0') {
  const chart = new Chart(Testing.app(), 'op', { namespace: 'kafka' });
  new StrimziOperator(chart, 'op', { namespace: 'kafka', image });
  return Testing.synth(chart);
}

describe('StrimziOperator', () => {
  it('binds the operator in its namespace and keeps cluster-scoped objects without one', () => {
    const objects = synth();
    for (const o of objects.filter((x) => x.kind.endsWith('Binding'))) expect(o.subjects[0].namespace).toBe('kafka');
    for (const o of objects.filter((x) => x.kind.startsWith('Cluster'))) expect(o.metadata.namespace).toBeUndefined();
    expect(objects.filter((x) => x.kind === 'CustomResourceDefinition')).toEqual([]);
  });

  it('pins the image, selects the restricted pod security provider, disables generated policies and labels the pods', () => {
    const [deployment] = synth('registry.example.com/strimzi/operator:1.2.0').filter((x) => x.kind === 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe('registry.example.com/strimzi/operator:1.2.0');
    expect(container.env).toEqual(expect.arrayContaining([
      { name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' },
      { name: 'STRIMZI_NETWORK_POLICY_GENERATION', value: 'false' },
    ]));
    expect(deployment.spec.template.metadata.labels).toMatchObject({ 'strimzi.io/kind': 'cluster-operator', 'app.kubernetes.io/name': 'strimzi-cluster-operator' });
  });

  it('fails on an unpinned image', () => {
    expect(() => synth('quay.io/strimzi/operator:latest')).toThrow('image ("quay.io/strimzi/operator:latest") must be pinned');
  });
});

describe('StrimziCrds', () => {
  it('includes every Strimzi CRD and nothing else', () => {
    const chart = Testing.chart();
    new StrimziCrds(chart, 'crds');
    const objects = Testing.synth(chart);
    expect(objects.every((o) => o.kind === 'CustomResourceDefinition')).toBe(true);
    expect(objects.map((o) => o.metadata.name)).toContain('kafkanodepools.kafka.strimzi.io');
    expect(objects).toHaveLength(10);
  });
});
