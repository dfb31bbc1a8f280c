/**
 * The cluster-level alerts of the monitoring stack, a focused subset of kube-prometheus' rules
 * (same names and thresholds, so their runbooks apply). Each alert has a case in
 * `test/rules/<rule set name>.yaml`. `job` labels are the Service names the ServiceMonitors scrape.
 */
import type { RuleGroup } from '../constructs/alert-rules';

export const NODE_ALERTS: readonly RuleGroup[] = [{
  name: 'node',
  rules: [
    {
      alert: 'NodeFilesystemAlmostOutOfSpace',
      expr: '(node_filesystem_avail_bytes{job="node-exporter",fstype!=""} / node_filesystem_size_bytes{job="node-exporter",fstype!=""} * 100 < 5 and node_filesystem_readonly{job="node-exporter",fstype!=""} == 0)',
      for: '30m',
      severity: 'critical',
      summary: 'Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} has less than 5% space left.',
      description: 'Free space is {{ printf "%.1f" $value }}%. Find what grows (logs, images, volumes) and free or extend the disk before writes fail.',
    },
    {
      alert: 'NodeMemoryHighUtilization',
      expr: '100 - (node_memory_MemAvailable_bytes{job="node-exporter"} / node_memory_MemTotal_bytes{job="node-exporter"} * 100) > 90',
      for: '15m',
      severity: 'warning',
      summary: 'Memory on {{ $labels.instance }} is more than 90% used.',
      description: 'Memory use is {{ printf "%.0f" $value }}%. Check the largest pods on the node; the kubelet will start evicting.',
    },
    {
      alert: 'NodeExporterDown',
      expr: 'up{job="node-exporter"} == 0',
      for: '10m',
      severity: 'warning',
      summary: 'node-exporter on {{ $labels.instance }} cannot be scraped.',
      description: 'No host metrics from this node: node alerts cannot fire for it. Check the node-exporter pod and the node.',
    },
  ],
}];

export const KUBERNETES_ALERTS: readonly RuleGroup[] = [{
  name: 'kubernetes',
  rules: [
    {
      alert: 'KubePodCrashLooping',
      expr: 'max_over_time(kube_pod_container_status_waiting_reason{job="kube-state-metrics",reason="CrashLoopBackOff"}[5m]) >= 1',
      for: '15m',
      severity: 'warning',
      summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is crash looping.',
      description: 'The container keeps restarting. Read its previous logs (`kubectl logs --previous`) and events.',
    },
    {
      alert: 'KubeDeploymentReplicasMismatch',
      expr: 'kube_deployment_spec_replicas{job="kube-state-metrics"} > kube_deployment_status_replicas_available{job="kube-state-metrics"}',
      for: '15m',
      severity: 'warning',
      summary: 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has fewer available replicas than desired.',
      description: 'Replicas have been unavailable for 15 minutes. Check pending pods, image pulls and readiness probes.',
    },
    {
      alert: 'KubeStatefulSetReplicasMismatch',
      expr: 'kube_statefulset_status_replicas_ready{job="kube-state-metrics"} != kube_statefulset_replicas{job="kube-state-metrics"}',
      for: '15m',
      severity: 'warning',
      summary: 'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} does not have all replicas ready.',
      description: 'Ready replicas differ from desired for 15 minutes. Check the pods, their volumes and the operator that owns them.',
    },
    {
      alert: 'KubeDaemonSetNotScheduled',
      expr: 'kube_daemonset_status_desired_number_scheduled{job="kube-state-metrics"} - kube_daemonset_status_current_number_scheduled{job="kube-state-metrics"} > 0',
      for: '10m',
      severity: 'warning',
      summary: 'DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} is missing from {{ $value }} nodes.',
      description: 'Some nodes run no pod of this per-node agent: check taints, tolerations and node resources.',
    },
    {
      alert: 'KubePersistentVolumeFillingUp',
      expr: 'kubelet_volume_stats_available_bytes{job="kubelet"} / kubelet_volume_stats_capacity_bytes{job="kubelet"} < 0.03',
      for: '1m',
      severity: 'critical',
      summary: 'Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 3% space left.',
      description: 'The claim is almost full and its workload will fail writes. Expand the volume or reduce retention.',
    },
    {
      alert: 'KubeNodeNotReady',
      expr: 'kube_node_status_condition{job="kube-state-metrics",condition="Ready",status="true"} == 0',
      for: '15m',
      severity: 'warning',
      summary: 'Node {{ $labels.node }} has not been ready for 15 minutes.',
      description: 'Pods on the node are being evicted or cannot start. Check the kubelet and the node conditions.',
    },
    {
      alert: 'KubeAPIDown',
      expr: 'absent(up{job="apiserver"} == 1)',
      for: '15m',
      severity: 'critical',
      summary: 'The Kubernetes API server has disappeared from Prometheus target discovery.',
      description: 'No API server target is up. Check the control plane, and Prometheus RBAC and network access to it.',
    },
    {
      alert: 'KubeletDown',
      expr: 'absent(up{job="kubelet"} == 1)',
      for: '15m',
      severity: 'critical',
      summary: 'No kubelet can be scraped.',
      description: 'Container (cAdvisor) and volume metrics are missing. Check the kubelet Service the operator maintains in kube-system.',
    },
  ],
}];

export const MONITORING_ALERTS: readonly RuleGroup[] = [
  {
    name: 'general',
    rules: [{
      alert: 'Watchdog',
      expr: 'vector(1)',
      severity: 'info',
      summary: 'The alerting pipeline is working: this alert always fires.',
      description: 'Routed to the watchdog receiver. If it stops arriving there, Prometheus or Alertmanager is broken.',
    }],
  },
  {
    name: 'prometheus',
    rules: [
      {
        alert: 'PrometheusRuleFailures',
        expr: 'increase(prometheus_rule_evaluation_failures_total{job="prometheus"}[5m]) > 0',
        for: '15m',
        severity: 'critical',
        summary: 'Prometheus {{ $labels.pod }} fails to evaluate rules.',
        description: 'Alerts may not fire. Check the Prometheus log for the failing rule group.',
      },
      {
        alert: 'PrometheusNotConnectedToAlertmanagers',
        expr: 'max_over_time(prometheus_notifications_alertmanagers_discovered{job="prometheus"}[5m]) < 1',
        for: '10m',
        severity: 'warning',
        summary: 'Prometheus {{ $labels.pod }} is not connected to any Alertmanager.',
        description: 'Alerts are evaluated but not delivered. Check the alertmanager Service and the NetworkPolicy.',
      },
      {
        alert: 'PrometheusBadConfig',
        expr: 'max_over_time(prometheus_config_last_reload_successful{job="prometheus"}[5m]) == 0',
        for: '10m',
        severity: 'critical',
        summary: 'Prometheus {{ $labels.pod }} failed to reload its configuration.',
        description: 'New monitors and rules are not applied. Check the operator and the config-reloader logs.',
      },
    ],
  },
  {
    name: 'alertmanager',
    rules: [
      {
        alert: 'AlertmanagerFailedReload',
        expr: 'max_over_time(alertmanager_config_last_reload_successful{job="alertmanager"}[5m]) == 0',
        for: '10m',
        severity: 'critical',
        summary: 'Alertmanager {{ $labels.pod }} failed to reload its configuration.',
        description: 'Routing changes are not applied. Check the AlertmanagerConfig status and the operator log.',
      },
      {
        alert: 'AlertmanagerFailedToSendAlerts',
        expr: 'rate(alertmanager_notifications_failed_total{job="alertmanager"}[5m]) / ignoring (reason) group_left rate(alertmanager_notifications_total{job="alertmanager"}[5m]) > 0.01',
        for: '5m',
        severity: 'warning',
        summary: 'Alertmanager {{ $labels.pod }} fails to send notifications to {{ $labels.integration }}.',
        description: 'Check the receiver credentials in the alertmanager-receivers Secret and egress to the service.',
      },
      {
        alert: 'AlertmanagerMembersInconsistent',
        expr: 'max_over_time(alertmanager_cluster_members{job="alertmanager"}[5m]) < on (namespace, service) group_left count by (namespace, service) (max_over_time(alertmanager_cluster_members{job="alertmanager"}[5m]))',
        for: '15m',
        severity: 'critical',
        summary: 'Alertmanager {{ $labels.pod }} has not found all other members of its cluster.',
        description: 'Peers that cannot gossip send duplicate notifications. Check the mesh NetworkPolicy (port 9094 TCP and UDP).',
      },
    ],
  },
  {
    name: 'prometheus-operator',
    rules: [
      {
        alert: 'PrometheusOperatorReconcileErrors',
        expr: 'sum by (controller, namespace) (rate(prometheus_operator_reconcile_errors_total{job="prometheus-operator"}[5m])) / sum by (controller, namespace) (rate(prometheus_operator_reconcile_operations_total{job="prometheus-operator"}[5m])) > 0.1',
        for: '10m',
        severity: 'warning',
        summary: 'prometheus-operator fails to reconcile {{ $labels.controller }} objects.',
        description: 'More than 10% of reconciliations fail. Check the operator log for the rejected object.',
      },
      {
        alert: 'PrometheusOperatorNotReady',
        expr: 'min by (controller, namespace) (max_over_time(prometheus_operator_ready{job="prometheus-operator"}[5m]) == 0)',
        for: '5m',
        severity: 'warning',
        summary: 'prometheus-operator controller {{ $labels.controller }} is not ready.',
        description: 'It does not reconcile its resources. Check the operator log and its RBAC.',
      },
    ],
  },
];
