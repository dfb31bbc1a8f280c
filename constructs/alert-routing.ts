import { Construct } from 'constructs';
import * as monitoring from '../imports/monitoring.coreos.com';
import { ConfigError, requireDnsLabel, requireDnsSubdomain } from './config-error';

/** A team that owns alerts (their `team` label) and the Slack channel its warnings go to. */
export interface AlertTeam {
  /** The `team` label value, a DNS label (it also names receivers and Secret keys). */
  readonly name: string;
  /** Slack channel, `#name`; the webhook URL in the Secret must belong to it. */
  readonly slackChannel: string;
}

/** Mail for alerts that name no known team. */
export interface EmailSettings {
  readonly to: string;
  readonly from: string;
  /** SMTP relay, `host:port`. */
  readonly smarthost: string;
  readonly authUsername: string;
}

/** The routing tree of an environment: who is told about what. Credentials live in `secretName`. */
export interface AlertRoutingSettings {
  /** Secret in the Alertmanager's namespace, created out of band, holding the keys of `routingSecretKeys()`. */
  readonly secretName: string;
  readonly teams: readonly AlertTeam[];
  readonly email: EmailSettings;
}

export interface AlertRoutingProps extends AlertRoutingSettings {
  /** AlertmanagerConfig name, referenced by the Alertmanager's `spec.alertmanagerConfiguration`. */
  readonly name: string;
}

/** Secret keys the routing reads, in the order receivers use them. */
export function routingSecretKeys(settings: AlertRoutingSettings): string[] {
  return [
    'smtp-password',
    'discord-webhook-url',
    ...settings.teams.flatMap((t) => [`slack-${t.name}-webhook-url`, `pagerduty-${t.name}-routing-key`]),
  ];
}

/** Receiver names, as written in the AlertmanagerConfig (the operator prefixes `<namespace>/<name>/`). */
export const RECEIVERS = {
  fallback: 'default-email',
  watchdog: 'watchdog',
  info: 'info-discord',
  slack: (team: string) => `${team}-slack`,
  pagerduty: (team: string) => `${team}-pagerduty`,
} as const;

/**
 * An e-mail address as a bare addr-spec that Go's net/mail accepts: Alertmanager v0.28.1 reads `from`
 * and `to` with mail.ParseAddressList when it sends (notify/email/email.go), and `amtool check-config`
 * never parses them, so a bad one is found only by the first alert. Local part and domain are
 * dot-atoms (RFC 5322 atext, one dot between atoms: net/mail's consumeAtom refuses a leading, trailing
 * or doubled dot); no display name, no quoted local part, no list. Checked against net/mail itself
 * by test/environment-consumers.test.ts (tools/go/mail-address).
 */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
export const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${ATOM}(?:\\.${ATOM})*$`);
export const HOST_PORT = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[0-9]{1,5}$/;

function matcher(name: string, value: string) {
  return { name, value, matchType: monitoring.AlertmanagerConfigSpecRouteMatchersMatchType.VALUE_EQUALS };
}

/**
 * The Alertmanager routing tree as an AlertmanagerConfig, used as the Alertmanager's global
 * configuration (so the operator adds no namespace matcher). Routing, in order:
 * `Watchdog` → a receiver without integrations (the always-firing heartbeat; point it at a
 * dead-man's switch when one exists); `severity=info` → Discord; per `team`: critical → PagerDuty
 * and Slack, everything else → the team's Slack channel; alerts of no known team → email.
 * Critical silences warning (and warning silences info) for the same alertname and namespace.
 * Every URL, key and password is a `secretKeyRef` into one Secret: nothing secret is rendered.
 */
export class AlertRouting extends Construct {
  readonly name: string;
  readonly secretName: string;
  readonly teams: readonly string[];

  constructor(scope: Construct, id: string, props: AlertRoutingProps) {
    super(scope, id);
    this.validate(props);
    this.name = props.name;
    this.secretName = props.secretName;
    this.teams = props.teams.map((t) => t.name);
    const secret = (key: string) => ({ name: props.secretName, key });

    const receivers: monitoring.AlertmanagerConfigSpecReceivers[] = [
      {
        name: RECEIVERS.fallback,
        emailConfigs: [{
          to: props.email.to, from: props.email.from, smarthost: props.email.smarthost,
          authUsername: props.email.authUsername, authPassword: secret('smtp-password'), sendResolved: true,
        }],
      },
      { name: RECEIVERS.watchdog },
      { name: RECEIVERS.info, discordConfigs: [{ apiUrl: secret('discord-webhook-url'), sendResolved: false }] },
      ...props.teams.flatMap((t) => [
        {
          name: RECEIVERS.slack(t.name),
          slackConfigs: [{
            apiUrl: secret(`slack-${t.name}-webhook-url`), channel: t.slackChannel, sendResolved: true,
            title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.cluster }})',
            text: '{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.description }}\n{{ end }}',
          }],
        },
        { name: RECEIVERS.pagerduty(t.name), pagerdutyConfigs: [{ routingKey: secret(`pagerduty-${t.name}-routing-key`), sendResolved: true }] },
      ]),
    ];

    const routes = [
      { receiver: RECEIVERS.watchdog, matchers: [matcher('alertname', 'Watchdog')] },
      { receiver: RECEIVERS.info, matchers: [matcher('severity', 'info')] },
      ...props.teams.map((t) => ({
        receiver: RECEIVERS.slack(t.name),
        matchers: [matcher('team', t.name)],
        // A matching child replaces its parent's receiver, even with `continue`, so critical alerts
        // name Slack again after PagerDuty.
        routes: [
          { receiver: RECEIVERS.pagerduty(t.name), matchers: [matcher('severity', 'critical')], continue: true },
          { receiver: RECEIVERS.slack(t.name), matchers: [matcher('severity', 'critical')] },
        ],
      })),
    ];

    const inhibit = (source: string, target: string) => ({
      sourceMatch: [{ name: 'severity', value: source, matchType: monitoring.AlertmanagerConfigSpecInhibitRulesSourceMatchMatchType.VALUE_EQUALS }],
      targetMatch: [{ name: 'severity', value: target, matchType: monitoring.AlertmanagerConfigSpecInhibitRulesTargetMatchMatchType.VALUE_EQUALS }],
      equal: ['alertname', 'namespace'],
    });

    new monitoring.AlertmanagerConfig(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        route: {
          receiver: RECEIVERS.fallback,
          groupBy: ['namespace', 'alertname'],
          groupWait: '30s',
          groupInterval: '5m',
          repeatInterval: '12h',
          routes,
        },
        receivers,
        inhibitRules: [inhibit('critical', 'warning'), inhibit('warning', 'info')],
      },
    });
  }

  private validate(props: AlertRoutingProps): void {
    requireDnsSubdomain('secretName', props.secretName);
    if (props.teams.length === 0) throw new ConfigError('teams', 'none', 'must name at least one team');
    const seen = new Set<string>();
    props.teams.forEach((t, i) => {
      requireDnsLabel(`teams[${i}].name`, t.name);
      if (seen.has(t.name)) throw new ConfigError(`teams[${i}].name`, t.name, 'is declared twice; team names must be unique');
      seen.add(t.name);
      if (!/^#[a-z0-9][-_a-z0-9]*$/.test(t.slackChannel)) throw new ConfigError(`teams[${i}].slackChannel`, t.slackChannel, 'must be a Slack channel name such as "#platform-alerts"');
    });
    for (const key of ['to', 'from'] as const) {
      if (!EMAIL.test(props.email[key])) throw new ConfigError(`email.${key}`, props.email[key], 'must be an email address');
    }
    if (!HOST_PORT.test(props.email.smarthost)) throw new ConfigError('email.smarthost', props.email.smarthost, 'must be host:port, e.g. "smtp.example.com:587"');
  }
}
