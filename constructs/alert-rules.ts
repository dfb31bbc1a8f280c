import { Construct } from 'constructs';
import * as monitoring from '../imports/monitoring.coreos.com';
import { ConfigError } from './config-error';

export type Severity = 'critical' | 'warning' | 'info';

export interface AlertRule {
  /** Alert name, PascalCase (e.g. `KafkaBrokerDown`). */
  readonly alert: string;
  /** PromQL expression; the alert fires while it returns series. */
  readonly expr: string;
  /** How long the condition must hold. @default fires on first evaluation */
  readonly for?: string;
  readonly severity: Severity;
  /** Routing team. @default the rule set's team */
  readonly team?: string;
  /** One line, may use `{{ $labels.x }}`. */
  readonly summary: string;
  /** What it means and what to check first. */
  readonly description: string;
}

export interface RecordingRule {
  readonly record: string;
  readonly expr: string;
}

export interface RuleGroup {
  readonly name: string;
  readonly rules: ReadonlyArray<AlertRule | RecordingRule>;
}

export interface AlertRulesProps {
  /** PrometheusRule name; unit tests live in `test/rules/<name>.yaml` with `rule_files: [<name>.yaml]`. */
  readonly name: string;
  /** Team that owns these alerts (the `team` label Alertmanager routes on). */
  readonly team: string;
  readonly groups: readonly RuleGroup[];
}

/**
 * A PrometheusRule from typed rules: every alert carries `severity` and `team` labels and `summary`
 * and `description` annotations, so routing and notifications can rely on them. Prometheus selects
 * rules by the platform's `app.kubernetes.io/part-of` label, which every chart sets.
 */
export class AlertRules extends Construct {
  readonly name: string;
  readonly alerts: readonly string[];

  constructor(scope: Construct, id: string, props: AlertRulesProps) {
    super(scope, id);
    this.name = props.name;
    const seen = new Set<string>();
    const groups = props.groups.map((group) => ({
      name: group.name,
      rules: group.rules.map((rule) => {
        if ('record' in rule) return { record: rule.record, expr: monitoring.PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) };
        if (!/^[A-Z][A-Za-z0-9]*$/.test(rule.alert)) throw new ConfigError('alert', rule.alert, 'must be a PascalCase alert name');
        if (seen.has(rule.alert)) throw new ConfigError('alert', rule.alert, `is defined twice in ${props.name}`);
        seen.add(rule.alert);
        return {
          alert: rule.alert,
          expr: monitoring.PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr),
          ...(rule.for ? { for: rule.for } : {}),
          labels: { severity: rule.severity, team: rule.team ?? props.team },
          annotations: { summary: rule.summary, description: rule.description },
        };
      }),
    }));
    this.alerts = [...seen];
    new monitoring.PrometheusRule(this, 'Resource', { metadata: { name: props.name }, spec: { groups } });
  }
}
