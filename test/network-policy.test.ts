import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../render/manifests';
import { evaluateFlow, inCidr, policiesOf, selects, type Flow } from '../render/network-policy';

const policy = (namespace: string, name: string, spec: Record<string, unknown>): KubeObject =>
  ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec });
const namespaces = new Map([
  ['a', { 'kubernetes.io/metadata.name': 'a', team: 'x' }],
  ['b', { 'kubernetes.io/metadata.name': 'b', team: 'y' }],
]);
const web = { namespace: 'a', labels: { app: 'web' } };
const db = { namespace: 'b', labels: { app: 'db' }, namedPorts: { sql: 5432 } };
const tcp = (from: Flow['from'], to: Flow['to'], port: number): Flow => ({ from, to, port, protocol: 'TCP' });
const allowed = (objects: KubeObject[], flow: Flow) => evaluateFlow(policiesOf(objects), namespaces, flow).allowed;

const denyAll = (ns: string) => policy(ns, 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
const dbIngress = (from: unknown[], ports: unknown[] = [{ port: 5432 }]) => policy('b', 'db-in', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from, ports }] });
const webEgress = (to: unknown[], ports: unknown[] = [{ port: 5432 }]) => policy('a', 'web-out', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'], egress: [{ to, ports }] });
const dbPeer = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'b' } }, podSelector: { matchLabels: { app: 'db' } } };
const webPeer = { namespaceSelector: { matchLabels: { team: 'x' } }, podSelector: { matchLabels: { app: 'web' } } };

describe('NetworkPolicy evaluator', () => {
  it('allows a flow no policy selects', () => {
    expect(allowed([], tcp(web, db, 5432))).toBe(true);
  });

  it('denies a flow when default-deny selects either end', () => {
    expect(allowed([denyAll('b')], tcp(web, db, 5432))).toBe(false);
    expect(allowed([denyAll('a')], tcp(web, db, 5432))).toBe(false);
  });

  it('needs both the egress of the source and the ingress of the destination', () => {
    const base = [denyAll('a'), denyAll('b')];
    expect(allowed([...base, dbIngress([webPeer])], tcp(web, db, 5432))).toBe(false);
    expect(allowed([...base, webEgress([dbPeer])], tcp(web, db, 5432))).toBe(false);
    expect(allowed([...base, dbIngress([webPeer]), webEgress([dbPeer])], tcp(web, db, 5432))).toBe(true);
  });

  it('matches ports by number, protocol, range and name on the destination pod', () => {
    const base = [denyAll('b')];
    expect(allowed([...base, dbIngress([webPeer])], tcp(web, db, 5433))).toBe(false);
    expect(allowed([...base, dbIngress([webPeer], [{ port: 5432, protocol: 'UDP' }])], tcp(web, db, 5432))).toBe(false);
    expect(allowed([...base, dbIngress([webPeer], [{ port: 5000, endPort: 6000 }])], tcp(web, db, 5432))).toBe(true);
    expect(allowed([...base, dbIngress([webPeer], [{ port: 'sql' }])], tcp(web, db, 5432))).toBe(true);
    expect(allowed([...base, dbIngress([webPeer], [])], tcp(web, db, 1))).toBe(true);
  });

  it('reads a peer without namespaceSelector as the policy namespace, and namespaceSelector alone as every pod there', () => {
    const base: KubeObject[] = [];
    expect(allowed([...base, dbIngress([{ podSelector: { matchLabels: { app: 'web' } } }])], tcp(web, db, 5432))).toBe(false);
    expect(allowed([...base, dbIngress([{ podSelector: { matchLabels: { app: 'web' } } }])], tcp({ namespace: 'b', labels: { app: 'web' } }, db, 5432))).toBe(true);
    expect(allowed([...base, dbIngress([{ namespaceSelector: { matchLabels: { team: 'x' } } }])], tcp({ namespace: 'a', labels: {} }, db, 5432))).toBe(true);
  });

  it('matches ipBlock peers by CIDR minus except, and never a pod', () => {
    const base = [denyAll('a')];
    const out = webEgress([{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], [{ port: 443 }]);
    expect(allowed([...base, out], tcp(web, { ip: '34.1.2.3' }, 443))).toBe(true);
    expect(allowed([...base, out], tcp(web, { ip: '10.1.2.3' }, 443))).toBe(false);
    expect(allowed([...base, out], tcp(web, { namespace: 'b', labels: {} }, 443))).toBe(false);
  });

  it('defaults policyTypes to Ingress, plus Egress when egress rules exist', () => {
    const ingressOnly = policy('a', 'in', { podSelector: {}, ingress: [] });
    expect(allowed([ingressOnly], tcp(web, { ip: '1.1.1.1' }, 443))).toBe(true);
    const withEgress = policy('a', 'out', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '8.8.8.8/32' } }] }] });
    expect(allowed([withEgress], tcp(web, { ip: '1.1.1.1' }, 443))).toBe(false);
  });

  it('evaluates label selectors with matchLabels and matchExpressions', () => {
    expect(selects({}, {})).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] }, { tier: 'b' })).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['a'] }] }, {})).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, {})).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, {})).toBe(true);
    expect(selects({ matchLabels: { app: 'web' } }, { app: 'db' })).toBe(false);
  });

  it('computes CIDR membership', () => {
    expect(inCidr('10.1.2.3', '10.0.0.0/8')).toBe(true);
    expect(inCidr('11.1.2.3', '10.0.0.0/8')).toBe(false);
    expect(inCidr('192.168.1.1', '0.0.0.0/0')).toBe(true);
    expect(inCidr('8.8.8.8', '8.8.8.8/32')).toBe(true);
  });
});
