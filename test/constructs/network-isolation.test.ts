import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { composeNetworkIsolation, type NetworkSettings } from '../../charts/network-isolation';
import { PlatformChart } from '../../charts/platform-chart';
import { AllowEgress, AllowIngress } from '../../constructs/network-policy';

const settings: NetworkSettings = {
  apiServerCidrs: ['10.0.0.1/32'],
  apiServerPorts: [443],
  nodeCidrs: ['10.1.0.0/16'],
  clusterCidrs: ['10.0.0.0/8'],
  externalCidrs: ['0.0.0.0/0'],
  dns: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
};
const scrapers = { namespace: 'mon', podLabels: { app: 'prometheus' } };

function render(build: (app: App) => void, network: NetworkSettings = settings) {
  const app = new App();
  build(app);
  const charts = app.charts.filter((c): c is PlatformChart => c instanceof PlatformChart);
  return composeNetworkIsolation(app, { settings: network, namespaces: ['a', 'b', 'mon'], charts, scrapers })
    .flatMap((c) => c.toJson() as Array<{ metadata: { name: string; namespace: string }; spec: any }>);
}
const find = (objects: ReturnType<typeof render>, namespace: string, name: string) => objects.find((o) => o.metadata.namespace === namespace && o.metadata.name === name);

describe('network isolation', () => {
  it('renders default-deny and DNS egress in every isolated namespace', () => {
    const objects = render(() => undefined);
    for (const ns of ['a', 'b', 'mon']) {
      expect(find(objects, ns, 'default-deny')?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
      expect(find(objects, ns, 'allow-dns')?.spec.egress[0].ports).toEqual([{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]);
    }
  });

  it('mirrors an ingress allow-list as egress of the admitted pods, grouped by source selector', () => {
    const objects = render((app) => {
      const b = new PlatformChart(app, 'b', { layer: 'platform', namespace: 'b' });
      new AllowIngress(b, 'In', { name: 'db-in', podLabels: { app: 'db' }, from: [{ namespace: 'a', podLabels: { app: 'web' } }], ports: [5432] });
    });
    expect(find(objects, 'a', 'egress-web')?.spec).toEqual({
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'b' } }, podSelector: { matchLabels: { app: 'db' } } }], ports: [{ protocol: 'TCP', port: 5432 }] }],
    });
  });

  it('renders declared egress with the environment addresses', () => {
    const objects = render((app) => {
      const a = new PlatformChart(app, 'a', { layer: 'platform', namespace: 'a' });
      new AllowEgress(a, 'Out', { name: 'op-kube-api', podLabels: { app: 'op' }, apiServer: true, externalPorts: [443] });
    });
    expect(find(objects, 'a', 'op-kube-api')?.spec.egress).toEqual([
      { to: [{ ipBlock: { cidr: '10.0.0.1/32' } }], ports: [{ protocol: 'TCP', port: 443 }] },
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ protocol: 'TCP', port: 443 }] },
    ]);
  });

  it('fails on an ingress rule that admits every source', () => {
    expect(() => render((app) => {
      const b = new PlatformChart(app, 'b', { layer: 'platform', namespace: 'b' });
      new AllowIngress(b, 'In', { name: 'open', podLabels: { app: 'db' }, from: [], ports: [5432] });
    })).toThrow(/networkPolicies\.b\/open.*admits every source/);
  });

  it('fails on a declared egress without a destination', () => {
    expect(() => render((app) => {
      const a = new PlatformChart(app, 'a', { layer: 'platform', namespace: 'a' });
      new AllowEgress(a, 'Out', { name: 'nowhere', podLabels: { app: 'op' } });
    })).toThrow(/a\.nowhere.*at least one destination/);
  });

  it('adds NodeLocal DNSCache\'s address to the DNS egress, and excepts from an outside range only the cluster ranges inside it', () => {
    const objects = render((app) => {
      const a = new PlatformChart(app, 'a', { layer: 'platform', namespace: 'a' });
      new AllowEgress(a, 'Out', { name: 'hooks', podLabels: { app: 'op' }, externalPorts: [443] });
    }, { ...settings, externalCidrs: ['34.0.0.0/8', '0.0.0.0/0'], dns: { ...settings.dns, nodeLocalAddress: '169.254.20.10' } });
    expect(find(objects, 'a', 'allow-dns')?.spec.egress[0].to).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } },
      { ipBlock: { cidr: '169.254.20.10/32' } },
    ]);
    expect(find(objects, 'a', 'hooks')?.spec.egress[0].to).toEqual([{ ipBlock: { cidr: '34.0.0.0/8' } }, { ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }]);
  });

  it('fails on an ingress peer that names a namespace but no pods', () => {
    expect(() => render((app) => {
      const b = new PlatformChart(app, 'b', { layer: 'platform', namespace: 'b' });
      new AllowIngress(b, 'In', { name: 'wide', podLabels: { app: 'db' }, from: [{ namespace: 'a', podLabels: {} }], ports: [5432] });
    })).toThrow('peers.a.podLabels ({}) must name the client pods');
  });

  it('fails on an address range that is not an IPv4 CIDR', () => {
    expect(() => render(() => undefined, { ...settings, apiServerCidrs: ['10.0.0.300/32'] })).toThrow(/network\.apiServerCidrs\[0\].*IPv4 CIDR/);
  });
});
