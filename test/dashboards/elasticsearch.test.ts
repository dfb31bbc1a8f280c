import { describe, expect, it } from 'vitest';
import { elasticsearchDashboard, ELASTICSEARCH_DASHBOARD_UID } from '../../dashboards/elasticsearch';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-uid' } };

describe('elasticsearchDashboard', () => {
  const dashboard = elasticsearchDashboard(ds) as any;
  const panels = (dashboard.panels as any[]).filter((p) => p.type !== 'row');

  it('has a fixed uid', () => {
    expect(dashboard.uid).toBe(ELASTICSEARCH_DASHBOARD_UID);
  });

  it('binds every panel and query to the given Prometheus datasource', () => {
    expect(panels.length).toBeGreaterThan(0);
    for (const p of panels) {
      expect(p.datasource.uid).toBe('prom-uid');
      for (const t of p.targets) expect(t.datasource.uid).toBe('prom-uid');
    }
  });

  it('gives every query a non-empty PromQL expression', () => {
    for (const p of panels) for (const t of p.targets) expect(t.expr.trim()).not.toBe('');
  });
});
