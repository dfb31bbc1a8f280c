import { describe, expect, it } from 'vitest';
import { SPARK_DASHBOARD_UID, sparkDashboard } from '../../dashboards/spark';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-test' } };

describe('sparkDashboard', () => {
  const dashboard = sparkDashboard(ds, { namespace: 'spark' });
  const panels = (dashboard.panels ?? []).filter((p: { type?: string }) => p.type !== 'row') as Array<{ datasource?: { uid?: string }; targets?: Array<{ expr?: string; datasource?: { uid?: string } }> }>;

  it('has a fixed uid and queries the given Prometheus datasource in the Spark namespace only', () => {
    expect(dashboard.uid).toBe(SPARK_DASHBOARD_UID);
    expect(panels.length).toBeGreaterThan(5);
    for (const panel of panels) {
      expect(panel.datasource?.uid).toBe('prom-test');
      for (const target of panel.targets ?? []) {
        expect(target.datasource?.uid).toBe('prom-test');
        expect(target.expr).toContain('namespace="spark"');
      }
    }
  });
});
