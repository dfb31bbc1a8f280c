import { describe, expect, it } from 'vitest';
import { KAFKA_DASHBOARD_UID, kafkaDashboard } from '../../dashboards/kafka';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-test' } };

describe('kafkaDashboard', () => {
  const dashboard = kafkaDashboard(ds, { namespace: 'kafka', clusterName: 'logs' });
  const panels = (dashboard.panels ?? []).filter((p: { type?: string }) => p.type !== 'row') as Array<{ datasource?: { uid?: string }; targets?: Array<{ expr?: string; datasource?: { uid?: string } }> }>;

  it('has a fixed uid', () => {
    expect(dashboard.uid).toBe(KAFKA_DASHBOARD_UID);
  });

  it('queries the given Prometheus datasource in every panel with a non-empty expression', () => {
    expect(panels.length).toBeGreaterThan(5);
    for (const panel of panels) {
      expect(panel.datasource?.uid).toBe('prom-test');
      expect(panel.targets?.length).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) {
        expect(target.datasource?.uid).toBe('prom-test');
        expect(target.expr?.trim()).not.toBe('');
      }
    }
  });

  it('scopes node queries to the cluster node-pool pods', () => {
    const exprs = panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));
    expect(exprs.filter((e) => e.includes('kafka_server_')).every((e) => e.includes('pod=~"logs-.+-[0-9]+"'))).toBe(true);
  });
});
