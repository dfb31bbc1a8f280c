import { describe, expect, it } from 'vitest';
import { TELEGRAF_INFLUXDB_DASHBOARD_UID, telegrafInfluxDbDashboard } from '../../dashboards/telegraf-influxdb';

const ds = { prometheus: { type: 'prometheus', uid: 'prom-test' }, influxdb: { type: 'influxdb', uid: 'influx-test' } };
const opts = { database: 'telegraf', kafkaNamespace: 'kafka', consumerGroup: 'telegraf-influxdb' };

describe('telegrafInfluxDbDashboard', () => {
  const dashboard = telegrafInfluxDbDashboard(ds, opts);
  const panels = (dashboard.panels ?? []).filter((p: { type?: string }) => p.type !== 'row') as Array<{ datasource?: { uid?: string }; targets?: Array<Record<string, any>> }>;

  it('has a fixed uid', () => {
    expect(dashboard.uid).toBe(TELEGRAF_INFLUXDB_DASHBOARD_UID);
  });

  it('queries the InfluxDB datasource with raw InfluxQL on the given database and Prometheus for pipeline health', () => {
    const influx = panels.filter((p) => p.datasource?.uid === 'influx-test');
    const prom = panels.filter((p) => p.datasource?.uid === 'prom-test');
    expect(influx.length).toBeGreaterThan(2);
    expect(prom.length).toBeGreaterThan(2);
    expect(influx.length + prom.length).toBe(panels.length);
    for (const p of influx) for (const t of p.targets ?? []) expect([t.datasource.uid, t.rawQuery, t.query.includes('FROM "telegraf"..')]).toEqual(['influx-test', true, true]);
    for (const p of prom) for (const t of p.targets ?? []) expect([t.datasource.uid, t.expr.trim() !== '']).toEqual(['prom-test', true]);
  });

  it('fails without an InfluxDB datasource', () => {
    expect(() => telegrafInfluxDbDashboard({ prometheus: ds.prometheus }, opts)).toThrow(/influxdb datasource/);
  });
});
