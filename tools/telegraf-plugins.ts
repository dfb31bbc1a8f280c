/**
 * Structural check of rendered Telegraf configurations, used because the Telegraf binary could not be
 * installed here (`go install github.com/influxdata/telegraf/cmd/telegraf@v1.37.2` fails: the Go
 * checksum database answers 404 for two of its dependencies, github.com/tdrn-org/go-tr064@v0.2.3 and
 * github.com/SAP/go-hdb@v1.14.18).
 *
 * Source of the lists below: Telegraf v1.37.2 (github.com/influxdata/telegraf, MIT licence), the
 * options named in `plugins/<type>/<name>/sample.conf` of each plugin the platform uses, and the
 * agent, per-plugin and metric-filtering options of `docs/CONFIGURATION.md`. Extend a list from the
 * same files when a configuration needs another plugin or option.
 */

/** `[agent]` options (docs/CONFIGURATION.md, "Agent"). */
export const AGENT_OPTIONS = [
  'interval', 'round_interval', 'metric_batch_size', 'metric_buffer_limit', 'collection_jitter', 'collection_offset',
  'flush_interval', 'flush_jitter', 'precision', 'debug', 'quiet', 'logformat', 'structured_log_message_key', 'logfile',
  'logfile_rotation_interval', 'logfile_rotation_max_size', 'logfile_rotation_max_archives', 'log_with_timezone',
  'hostname', 'omit_hostname', 'snmp_translator', 'statefile', 'always_include_local_tags', 'always_include_global_tags',
  'skip_processors_after_aggregators', 'buffer_strategy', 'buffer_directory',
] as const;

/** Options every input takes (docs/CONFIGURATION.md, "Input Plugins" and "Metric Filtering"). */
const INPUT_COMMON = ['alias', 'interval', 'precision', 'time_source', 'collection_jitter', 'collection_offset', 'name_override', 'name_prefix', 'name_suffix', 'tags', 'log_level'];
/** Options every output takes (docs/CONFIGURATION.md, "Output Plugins"). */
const OUTPUT_COMMON = ['alias', 'flush_interval', 'flush_jitter', 'metric_batch_size', 'metric_buffer_limit', 'name_override', 'name_prefix', 'name_suffix', 'log_level'];
const FILTERS = ['namepass', 'namedrop', 'tagpass', 'tagdrop', 'metricpass', 'fieldinclude', 'fieldexclude', 'taginclude', 'tagexclude'];

/** Plugin-specific options, from each plugin's sample.conf. */
export const PLUGIN_OPTIONS: Readonly<Record<'inputs' | 'outputs', Readonly<Record<string, readonly string[]>>>> = {
  inputs: {
    cpu: ['collect_cpu_time', 'core_tags', 'percpu', 'report_active', 'totalcpu'],
    mem: [],
    disk: ['ignore_fs', 'ignore_mount_opts', 'mount_points'],
    diskio: ['device_tags', 'devices', 'name_templates', 'skip_serial_number'],
    system: [],
    kernel: ['collect'],
    kubernetes: ['bearer_token', 'bearer_token_string', 'insecure_skip_verify', 'label_exclude', 'label_include', 'node_metric_name', 'response_timeout', 'tls_ca', 'tls_cert', 'tls_key', 'url'],
    libvirt: ['additional_statistics', 'domains', 'libvirt_uri', 'statistics_groups'],
    internal: ['collect_gostats', 'collect_memstats', 'per_instance'],
    http_response: [
      'bearer_token', 'body', 'body_form', 'follow_redirects', 'http_header_tags', 'http_proxy', 'insecure_skip_verify', 'interface', 'method',
      'password', 'response_body_field', 'response_body_max_size', 'response_status_code', 'response_string_match', 'response_timeout',
      'tls_ca', 'tls_cert', 'tls_key', 'tls_renegotiation_method', 'tls_server_name', 'urls', 'username',
    ],
    kafka_consumer: [
      'balance_strategy', 'brokers', 'client_id', 'compression_codec', 'consumer_fetch_default', 'consumer_group', 'data_format', 'enable_tls',
      'insecure_skip_verify', 'kafka_version', 'keep_alive_period', 'max_message_len', 'max_processing_time', 'max_undelivered_messages',
      'metadata_full', 'msg_header_as_metric_name', 'msg_headers_as_tags', 'offset', 'sasl_mechanism', 'sasl_password', 'sasl_username',
      'sasl_version', 'timestamp_source', 'tls_ca', 'tls_cert', 'tls_key', 'topic_regexps', 'topic_tag', 'topics',
    ],
  },
  outputs: {
    kafka: [
      'brokers', 'client_id', 'compression_codec', 'data_format', 'enable_tls', 'exclude_topic_tag', 'idempotent_writes', 'insecure_skip_verify',
      'keep_alive_period', 'max_message_bytes', 'max_retry', 'metadata_full', 'metric_name_header', 'producer_timestamp', 'required_acks',
      'routing_key', 'routing_tag', 'sasl_mechanism', 'sasl_password', 'sasl_username', 'sasl_version', 'tls_ca', 'tls_cert', 'tls_key',
      'topic', 'topic_tag', 'version',
    ],
    influxdb: [
      'content_encoding', 'database', 'database_tag', 'exclude_database_tag', 'exclude_retention_policy_tag', 'http_headers', 'http_proxy',
      'influx_omit_timestamp', 'influx_uint_support', 'insecure_skip_verify', 'local_address', 'password', 'retention_policy',
      'retention_policy_tag', 'skip_database_creation', 'timeout', 'tls_ca', 'tls_cert', 'tls_key', 'udp_payload', 'urls', 'user_agent',
      'username', 'write_consistency',
    ],
    prometheus_client: [
      'basic_password', 'basic_username', 'collectors_exclude', 'expiration_interval', 'export_timestamp', 'http_headers', 'ip_range', 'listen',
      'metric_version', 'path', 'read_timeout', 'string_as_label', 'tls_allowed_cacerts', 'tls_cert', 'tls_key', 'write_timeout',
    ],
  },
};

type Table = Record<string, unknown>;

/**
 * Parses the TOML subset a Telegraf configuration uses (comments, `[table]`, `[[array.of.tables]]`,
 * `key = "string" | number | boolean | [scalars]`); any other line is an error.
 */
export function parseTelegrafToml(text: string): Table {
  const root: Table = {};
  let current: Table = root;
  const scalar = (raw: string): unknown => {
    if (raw.startsWith('"')) return JSON.parse(raw);
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    throw new Error(`not a TOML scalar: ${raw}`);
  };
  const walk = (path: string[], array: boolean): Table => {
    let node: any = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      if (last && array) {
        node[part] ??= [];
        if (!Array.isArray(node[part])) throw new Error(`[[${path.join('.')}]] redefines a table`);
        node[part].push({});
        node = node[part][node[part].length - 1];
      } else {
        node[part] ??= {};
        node = Array.isArray(node[part]) ? node[part][node[part].length - 1] : node[part];
      }
    });
    return node;
  };
  text.split('\n').forEach((line, i) => {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) return;
    let m: RegExpMatchArray | null;
    if ((m = l.match(/^\[\[([a-z0-9_.]+)\]\]$/))) current = walk(m[1].split('.'), true);
    else if ((m = l.match(/^\[([a-z0-9_.]+)\]$/))) current = walk(m[1].split('.'), false);
    else if ((m = l.match(/^([A-Za-z0-9_-]+) = (.+)$/))) {
      if (m[1] in current) throw new Error(`line ${i + 1}: duplicate key ${m[1]}`);
      const raw = m[2];
      current[m[1]] = raw.startsWith('[') ? (raw === '[]' ? [] : raw.slice(1, -1).split(/,\s*/).map(scalar)) : scalar(raw);
    } else throw new Error(`line ${i + 1}: not valid Telegraf TOML: ${line}`);
  });
  return root;
}

/** Problems in a rendered telegraf.conf: unknown sections, plugins or options (empty when valid). */
export function checkTelegrafConfig(text: string): string[] {
  let doc: Table;
  try {
    doc = parseTelegrafToml(text);
  } catch (err) {
    return [(err as Error).message];
  }
  const problems: string[] = [];
  for (const section of Object.keys(doc)) {
    if (!['agent', 'global_tags', 'inputs', 'outputs'].includes(section)) problems.push(`unknown section [${section}]`);
  }
  for (const option of Object.keys((doc.agent as Table) ?? {})) {
    if (!(AGENT_OPTIONS as readonly string[]).includes(option)) problems.push(`[agent]: unknown option ${option}`);
  }
  if (!doc.agent) problems.push('missing [agent]');
  for (const type of ['inputs', 'outputs'] as const) {
    const common = [...(type === 'inputs' ? INPUT_COMMON : OUTPUT_COMMON), ...FILTERS];
    for (const [name, blocks] of Object.entries((doc[type] as Table) ?? {})) {
      const known = PLUGIN_OPTIONS[type][name];
      if (!known) {
        problems.push(`unknown plugin ${type}.${name}`);
        continue;
      }
      if (!Array.isArray(blocks)) {
        problems.push(`${type}.${name} must be an array of tables ([[${type}.${name}]])`);
        continue;
      }
      for (const block of blocks as Table[]) {
        for (const option of Object.keys(block)) {
          if (!known.includes(option) && !common.includes(option)) problems.push(`${type}.${name}: unknown option ${option}`);
        }
      }
    }
  }
  if (Object.keys((doc.outputs as Table) ?? {}).length === 0) problems.push('no outputs');
  return problems;
}
