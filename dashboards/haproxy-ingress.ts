import { DashboardBuilder, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDatasources } from './datasources';
import { stat, timeseries } from './panels';

export const HAPROXY_INGRESS_DASHBOARD_UID = 'platform-haproxy-ingress';

export interface HaproxyIngressDashboardOptions {
  /** Prometheus job of the controller's PodMonitor (`<namespace>/<monitor>`). */
  readonly job: string;
  /** Namespace the controller runs in (container metrics). */
  readonly namespace: string;
}

/**
 * The HAProxy ingress controller: traffic and errors per frontend and backend (HAProxy's built-in
 * exporter), the controller's reloads and unapplied configuration, its pods' resources. The series
 * are the ones constructs/haproxy-ingress-controller.ts alerts on.
 */
export function haproxyIngressDashboard(ds: DashboardDatasources, opts: HaproxyIngressDashboardOptions) {
  const job = `job="${opts.job}"`;
  const prom = ds.prometheus;

  return new DashboardBuilder('Ingress controller (HAProxy)')
    .uid(HAPROXY_INGRESS_DASHBOARD_UID)
    .tags(['haproxy', 'ingress', 'platform'])
    .refresh('1m')
    .withRow(new RowBuilder('Overview'))
    .withPanel(stat(prom, 'Controller targets up', 'none', { expr: `sum(up{${job}})`, legend: 'up' }))
    .withPanel(stat(prom, 'Requests per second', 'reqps', { expr: `sum(rate(haproxy_frontend_http_requests_total{${job}}[5m]))`, legend: 'requests' }))
    .withPanel(stat(prom, 'Backends without a server', 'none', { expr: `count(max by (proxy) (haproxy_backend_active_servers{${job}}) == 0) or vector(0)`, legend: 'backends' }))
    .withPanel(stat(prom, 'Configuration not applied', 'none', { expr: `max(haproxy_unable_to_sync_configuration{${job}})`, legend: 'pending' }))
    .withRow(new RowBuilder('Traffic'))
    .withPanel(timeseries(prom, 'Requests per frontend', 'reqps', { expr: `sum by (proxy) (rate(haproxy_frontend_http_requests_total{${job}}[5m]))`, legend: '{{proxy}}' }))
    .withPanel(timeseries(prom, 'Current sessions per frontend', 'none', { expr: `sum by (proxy) (haproxy_frontend_current_sessions{${job}})`, legend: '{{proxy}}' }))
    .withPanel(timeseries(prom, 'Requests per backend', 'reqps', { expr: `sum by (proxy) (rate(haproxy_backend_http_requests_total{${job}}[5m]))`, legend: '{{proxy}}' }))
    .withPanel(timeseries(prom, 'Responses per backend and class', 'reqps', { expr: `sum by (proxy, code) (rate(haproxy_backend_http_responses_total{${job}}[5m]))`, legend: '{{proxy}} {{code}}' }))
    .withPanel(timeseries(prom, 'Share of 5xx per backend', 'percentunit', {
      expr: `sum by (proxy) (rate(haproxy_backend_http_responses_total{${job},code="5xx"}[5m])) / sum by (proxy) (rate(haproxy_backend_http_responses_total{${job}}[5m]))`,
      legend: '{{proxy}}',
    }))
    .withPanel(timeseries(prom, 'Average response time per backend', 's', { expr: `max by (proxy) (haproxy_backend_response_time_average_seconds{${job}})`, legend: '{{proxy}}' }))
    .withPanel(timeseries(prom, 'Active servers per backend', 'none', { expr: `max by (proxy) (haproxy_backend_active_servers{${job}})`, legend: '{{proxy}}' }))
    .withRow(new RowBuilder('Controller'))
    .withPanel(timeseries(prom, 'HAProxy reloads per hour', 'short', { expr: `sum by (result) (increase(haproxy_reloads_total{${job}}[1h]))`, legend: '{{result}}' }))
    .withPanel(timeseries(prom, 'Memory per pod', 'bytes', { expr: `sum by (pod) (container_memory_working_set_bytes{namespace="${opts.namespace}",container="haproxy-ingress"})`, legend: '{{pod}}' }))
    .build();
}
