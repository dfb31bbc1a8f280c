import { describe, expect, it } from 'vitest';
import { LOG_PIPELINE_DASHBOARD_UID, logPipelineDashboard } from '../../dashboards/log-pipeline';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-test' } };

describe('logPipelineDashboard', () => {
  const dashboard = logPipelineDashboard(ds, { forwarderJob: 'node-agents/fluent-bit-forwarder', aggregatorJob: 'logging/fluent-bit-aggregator', consumerGroup: 'log-aggregator', elasticsearchCluster: 'logs' });
  const panels = (dashboard.panels ?? []).filter((p: { type?: string }) => p.type !== 'row') as Array<{ datasource?: { uid?: string }; targets?: Array<{ expr?: string; datasource?: { uid?: string } }> }>;
  const exprs = panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));

  it('has a fixed uid and queries the given Prometheus datasource in every panel', () => {
    expect(dashboard.uid).toBe(LOG_PIPELINE_DASHBOARD_UID);
    for (const panel of panels) {
      expect(panel.datasource?.uid).toBe('prom-test');
      for (const target of panel.targets ?? []) expect(target.datasource?.uid).toBe('prom-test');
    }
  });

  it('shows records in and out per stage, buffer usage, consumer lag and indexing rate', () => {
    for (const job of ['node-agents/fluent-bit-forwarder', 'logging/fluent-bit-aggregator']) {
      expect(exprs.some((e) => e.includes('fluentbit_input_records_total') && e.includes(job))).toBe(true);
      expect(exprs.some((e) => e.includes('fluentbit_output_proc_records_total') && e.includes(job))).toBe(true);
      expect(exprs.some((e) => e.includes('chunk_available_capacity_percent') && e.includes(job))).toBe(true);
    }
    expect(exprs.some((e) => e.includes('kafka_consumergroup_lag{consumergroup="log-aggregator"}'))).toBe(true);
    expect(exprs.some((e) => e.includes('elasticsearch_indices_indexing_index_total'))).toBe(true);
  });
});
