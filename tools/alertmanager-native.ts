/**
 * Converts a rendered AlertmanagerConfig (v1alpha1), used as an Alertmanager's global configuration,
 * into the native alertmanager.yaml the operator generates from it, so amtool can check it. It
 * follows the operator's rules for global configurations: receiver names become
 * `<namespace>/<config name>/<receiver>`, matchers become `matchers` strings, and no namespace
 * matcher is added. Secret references become placeholders (the Secret is never in git), so the
 * check covers structure and routing, not credentials. Only the fields the platform uses are
 * converted; anything else throws, so a new integration cannot pass unchecked.
 */
import type { KubeObject } from '../render/manifests';
import { toYaml } from '../render/manifests';

interface Matcher { name: string; value?: string; matchType?: string; regex?: boolean }
interface Route {
  receiver?: string; groupBy?: string[]; groupWait?: string; groupInterval?: string; repeatInterval?: string;
  matchers?: Matcher[]; continue?: boolean; routes?: Route[];
}
type Fields = Record<string, unknown>;

/** Per integration: its native key, and field renames where snake_case of the CR field is wrong. */
const INTEGRATIONS: Record<string, { key: string; renames: Record<string, string> }> = {
  emailConfigs: { key: 'email_configs', renames: {} },
  slackConfigs: { key: 'slack_configs', renames: { apiURL: 'api_url' } },
  pagerdutyConfigs: { key: 'pagerduty_configs', renames: {} },
  discordConfigs: { key: 'discord_configs', renames: { apiURL: 'webhook_url' } },
};
/** Fields that convert one to one (after snake_case). */
const PLAIN_FIELDS = new Set([
  'to', 'from', 'smarthost', 'authUsername', 'sendResolved', 'channel', 'title', 'text', 'message', 'severity',
]);
const SECRET_FIELDS = new Set(['authPassword', 'apiURL', 'routingKey']);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function matcherString(m: Matcher): string {
  const op = m.matchType ?? (m.regex ? '=~' : '=');
  return `${m.name}${op}${JSON.stringify(m.value ?? '')}`;
}

function placeholder(target: string, ref: { name: string; key: string }): string {
  return target.endsWith('url') ? `https://${ref.name}.secret.invalid/${ref.key}` : `${ref.name}/${ref.key}`;
}

function convertIntegration(type: string, config: Fields, where: string): Fields {
  const spec = INTEGRATIONS[type];
  const out: Fields = {};
  for (const [field, value] of Object.entries(config)) {
    const target = spec.renames[field] ?? snake(field);
    if (SECRET_FIELDS.has(field)) out[target] = placeholder(target, value as { name: string; key: string });
    else if (PLAIN_FIELDS.has(field)) out[target] = value;
    else throw new Error(`${where}: field ${type}.${field} is not supported by the validator's converter`);
  }
  return out;
}

export function nativeAlertmanagerConfig(config: KubeObject): string {
  const where = `AlertmanagerConfig ${config.metadata.namespace}/${config.metadata.name}`;
  const prefix = `${config.metadata.namespace}/${config.metadata.name}/`;
  const spec = config.spec as { route: Route; receivers?: Array<Fields & { name: string }>; inhibitRules?: Array<{ sourceMatch?: Matcher[]; targetMatch?: Matcher[]; equal?: string[] }> };

  const route = (r: Route): Fields => ({
    ...(r.receiver ? { receiver: prefix + r.receiver } : {}),
    ...(r.groupBy ? { group_by: r.groupBy } : {}),
    ...(r.groupWait ? { group_wait: r.groupWait } : {}),
    ...(r.groupInterval ? { group_interval: r.groupInterval } : {}),
    ...(r.repeatInterval ? { repeat_interval: r.repeatInterval } : {}),
    ...(r.matchers ? { matchers: r.matchers.map(matcherString) } : {}),
    ...(r.continue ? { continue: true } : {}),
    ...(r.routes ? { routes: r.routes.map(route) } : {}),
  });

  const receivers = (spec.receivers ?? []).map(({ name, ...integrations }) => {
    const out: Fields = { name: prefix + name };
    for (const [type, configs] of Object.entries(integrations)) {
      if (!INTEGRATIONS[type]) throw new Error(`${where}: receiver type ${type} is not supported by the validator's converter`);
      out[INTEGRATIONS[type].key] = (configs as Fields[]).map((c) => convertIntegration(type, c, where));
    }
    return out;
  });

  return toYaml({
    route: route(spec.route),
    receivers,
    inhibit_rules: (spec.inhibitRules ?? []).map((rule) => ({
      source_matchers: (rule.sourceMatch ?? []).map(matcherString),
      target_matchers: (rule.targetMatch ?? []).map(matcherString),
      equal: rule.equal ?? [],
    })),
  });
}
