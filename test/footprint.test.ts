import { describe, expect, it } from 'vitest';
import { Size } from 'cdk8s';
import { bytes, type DeclaredPool, footprint, footprintMarkdown, millicores, nodeFitProblem, totals } from '../render/footprint';
import type { KubeObject, RenderedObject } from '../render/manifests';

const r = (object: Record<string, unknown>): RenderedObject => ({ file: 'x/y.yaml', object: object as unknown as KubeObject });
const res = (cpu: string, memory: string) => ({ requests: { cpu, memory }, limits: { memory } });

describe('footprint', () => {
  it('parses quantities', () => {
    expect(bytes('512Mi')).toBe(512 * 2 ** 20);
    expect(bytes('2Gi')).toBe(2 * 2 ** 30);
    expect(bytes('1G')).toBe(1e9);
    expect(millicores('250m')).toBe(250);
    expect(millicores('2')).toBe(2000);
    expect(millicores('0.5')).toBe(500);
    expect(() => bytes('lots')).toThrow('not a quantity');
  });

  it('multiplies pod templates by replicas, counts DaemonSets per node and adds claim templates', () => {
    const rows = footprint([
      r({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's', namespace: 'n' }, spec: {
        replicas: 3,
        template: { spec: { containers: [{ name: 'a', image: 'a:1', resources: res('100m', '256Mi') }] } },
        volumeClaimTemplates: [{ spec: { resources: { requests: { storage: '10Gi' } } } }],
      } }),
      r({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd', namespace: 'n' }, spec: {
        template: { spec: { containers: [{ name: 'a', image: 'a:1', resources: res('50m', '64Mi') }] } },
      } }),
    ]);
    expect(rows.map((x) => [x.component, x.replicas, x.cpuRequest, x.memoryRequest, x.storage])).toEqual([
      ['n/d', 1, 50, 64 * 2 ** 20, 0],
      ['n/s', 3, 300, 768 * 2 ** 20, 30 * 2 ** 30],
    ]);
    expect(totals(rows, 4)).toMatchObject({ cpuRequest: 300 + 4 * 50, memoryRequest: (768 + 4 * 64) * 2 ** 20 });
  });

  it('reads operator-managed pods from Strimzi node pools, ECK node sets and prometheus-operator resources', () => {
    const rows = footprint([
      r({ apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaNodePool', metadata: { name: 'broker', namespace: 'kafka' }, spec: {
        replicas: 3, resources: res('2', '8Gi'), storage: { type: 'jbod', volumes: [{ size: '100Gi' }, { size: '100Gi' }] },
      } }),
      r({ apiVersion: 'elasticsearch.k8s.elastic.co/v1', kind: 'Elasticsearch', metadata: { name: 'logs', namespace: 'elastic' }, spec: {
        nodeSets: [{ name: 'data', count: 2, resources: res('1', '4Gi'), volumeClaimTemplates: [{ spec: { resources: { requests: { storage: '50Gi' } } } }] }],
      } }),
      r({ apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'p', namespace: 'monitoring' }, spec: {
        replicas: 2, resources: res('500m', '2Gi'), storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: '20Gi' } } } } },
      } }),
    ]);
    const byName = Object.fromEntries(rows.map((x) => [x.component, x]));
    expect(byName['kafka/broker']).toMatchObject({ replicas: 3, cpuRequest: 6000, storage: 600 * 2 ** 30 });
    expect(byName['elastic/logs data']).toMatchObject({ replicas: 2, memoryRequest: 8 * 2 ** 30, storage: 100 * 2 ** 30 });
    // plus the injected config-reloader sidecar (10m / 50Mi) per replica
    expect(byName['monitoring/p']).toMatchObject({ cpuRequest: 1020, memoryRequest: 2 * (2 * 2 ** 30 + 50 * 2 ** 20), storage: 40 * 2 ** 30 });
    expect(footprintMarkdown('dev', rows)).toContain('| **total (one node)** | | | **9.02** |');
  });

  it('counts the containers that set no limit instead of hiding them in the limit sum', () => {
    const rows = footprint([
      r({ apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'p', namespace: 'monitoring' }, spec: { replicas: 2, resources: res('100m', '512Mi') } }),
      r({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x', namespace: 'n' }, spec: {
        template: { spec: { containers: [{ name: 'a', image: 'a:1', resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '64Mi' } } }] } },
      } }),
    ]);
    // Prometheus sets no CPU limit; its config-reloader sidecar sets 10m: per replica 10m + 1 unlimited.
    expect(rows.find((x) => x.component === 'monitoring/p')).toMatchObject({ cpuLimit: 20, cpuUnlimited: 2, memoryUnlimited: 0 });
    const md = footprintMarkdown('dev', rows);
    expect(md).toContain('| monitoring/p | Prometheus | 2 | 220m | 20m + 2 unlimited |');
    expect(md).toContain('| n/x | Deployment | 1 | 50m | 200m |');
    expect(md).toContain('| **total (one node)** | | | **270m** | **220m + 2 unlimited** |');
  });
});

describe('the declared nodes', () => {
  const pool = (over: Partial<DeclaredPool> = {}): DeclaredPool => ({ name: 'p', count: 2, cpuMillis: 1000, memoryBytes: 2 ** 30, zones: ['a'], tainted: false, ...over });
  const rows = footprint([
    r({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x', namespace: 'n' }, spec: { replicas: 2, template: { spec: { containers: [{ name: 'a', image: 'a:1', resources: res('600m', '256Mi') }] } } } }),
    r({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd', namespace: 'n' }, spec: { template: { spec: { containers: [{ name: 'a', image: 'a:1', resources: res('100m', '64Mi') }] } } } }),
  ]);

  it('hold a footprint whose requests, with a DaemonSet pod on every node, fit them', () => {
    expect(nodeFitProblem(rows, [pool()])).toBeUndefined();
  });

  it('fails when the requests exceed the untainted nodes, naming what is requested and declared', () => {
    expect(nodeFitProblem(rows, [pool({ count: 1 }), pool({ name: 't', tainted: true })])).toBe('must fit the CPU requests: 1.3 requested (DaemonSets on 1 nodes), 1 declared (p: 1 × 1 CPU / 1Gi)');
  });

  it('fails when one pod is larger than every node, even though the sum fits', () => {
    expect(nodeFitProblem(rows, [pool({ count: 4, cpuMillis: 500 })])).toBe('must hold each pod on one node: a n/x pod requests 600m CPU / 256Mi, the largest node has 500m CPU / 1Gi (p: 4 × 500m CPU / 1Gi)');
  });

  it.each(['dev', 'staging', 'prod'])('%s\'s rendered footprint fits the nodes its environment file declares', async (name) => {
    const { committedManifests } = await import('./support/fixtures');
    const { declaredPools } = await import('../main');
    const { ENVIRONMENTS } = await import('../environments');
    const env = ENVIRONMENTS.find((e) => e.name === name)!;
    expect(nodeFitProblem(footprint(committedManifests().get(name)!), declaredPools(env))).toBeUndefined();
  });

  it('fails the render of dev on a node smaller than its footprint, naming environment, field, value and rule', async () => {
    const { renderEnvironment } = await import('../main');
    const { dev } = await import('../environments');
    const small = { ...dev, nodes: { pools: [{ ...dev.nodes.pools[0], memory: Size.gibibytes(6) }] } };
    expect(() => renderEnvironment(small)).toThrow(/^dev: nodes\.pools \(dev\) must fit the memory requests: [0-9.]+Gi requested \(DaemonSets on 1 nodes\), 6Gi declared \(dev: 1 × 4 CPU \/ 6Gi\)$/);
  });
});

describe('the data-flow diagram', () => {
  it('shows the optional paths only where they are rendered', async () => {
    const { committedManifests } = await import('./support/fixtures');
    const { flowDiagram } = await import('../render/footprint');
    const tree = committedManifests();
    const dev = flowDiagram(tree.get('dev')!);
    const prod = flowDiagram(tree.get('prod')!);
    expect(dev).toMatch(/^```mermaid\nflowchart LR\n/);
    expect(dev).toContain('demo[demo workloads]');
    expect(dev).not.toContain('influx');
    expect(prod).toContain('tc[Telegraf consumer] --> influx[(InfluxDB)]');
    expect(prod).not.toContain('demo');
    expect(prod).toContain('fwd[Fluent Bit forwarders] -->|container and node logs| kafka[(Kafka)]');
  });
});
