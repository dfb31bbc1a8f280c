/**
 * Fluent Bit configuration keys accepted by the pinned version (cr.fluentbit.io/fluent/fluent-bit:4.2.0),
 * taken from the Fluent Bit 4.2 manual (https://docs.fluentbit.io/manual/4.2/):
 *   administration/configuring-fluent-bit/yaml/{service-section,pipeline-section}.md,
 *   administration/{buffering-and-storage,transport-security,networking,scheduling-and-retries}.md,
 *   pipeline/inputs/{tail,systemd,kafka}.md, pipeline/filters/{kubernetes,modify,lua,rewrite-tag,nest,parser}.md,
 *   pipeline/outputs/{kafka,elasticsearch}.md.
 * No Fluent Bit binary is installable through the registries this repository may use (npm, Go, Debian
 * without the upstream apt repository), so `--dry-run` cannot run in CI; instead the rendered YAML is
 * checked against these lists (test/fluent-bit-config.test.ts). Extend a list only from that manual.
 * Keys are matched case-insensitively, as Fluent Bit does; `rdkafka.*` passes any librdkafka property.
 */
export const FLUENT_BIT_VERSION = '4.2.0';

export const SECTIONS = ['service', 'pipeline', 'env', 'includes', 'parsers', 'multiline_parsers', 'plugins', 'upstream_servers'] as const;

export const SERVICE_KEYS = [
  'flush', 'grace', 'daemon', 'dns.mode', 'log_file', 'log_level', 'parsers_file', 'plugins_file', 'streams_file',
  'http_server', 'http_listen', 'http_port', 'health_check', 'hc_errors_count', 'hc_retry_failure_count', 'hc_period',
  'coro_stack_size', 'scheduler.cap', 'scheduler.base', 'json.convert_nan_to_null', 'hot_reload',
  'storage.path', 'storage.sync', 'storage.checksum', 'storage.max_chunks_up', 'storage.backlog.mem_limit',
  'storage.backlog.flush_on_shutdown', 'storage.metrics', 'storage.delete_irrecoverable_chunks', 'storage.inherit',
];

/** Keys every plugin of a kind accepts (name, routing, storage, retries, TLS, networking, threading). */
const COMMON = ['name', 'alias', 'log_level', 'processors'];
const INPUT_COMMON = [...COMMON, 'tag', 'mem_buf_limit', 'storage.type', 'storage.pause_on_chunks_overlimit', 'threaded', 'routable', 'parsers'];
const FILTER_COMMON = [...COMMON, 'match', 'match_regex'];
const TLS = ['tls', 'tls.verify', 'tls.verify_hostname', 'tls.debug', 'tls.ca_path', 'tls.ca_file', 'tls.crt_file', 'tls.key_file', 'tls.key_passwd', 'tls.vhost', 'tls.min_version', 'tls.max_version', 'tls.ciphers'];
const NET = ['net.connect_timeout', 'net.connect_timeout_log_error', 'net.dns.mode', 'net.dns.resolver', 'net.dns.prefer_ipv4', 'net.keepalive', 'net.keepalive_idle_timeout', 'net.keepalive_max_recycle', 'net.max_worker_connections', 'net.source_address', 'net.io_timeout'];
const OUTPUT_COMMON = [...COMMON, 'match', 'match_regex', 'retry_limit', 'storage.total_limit_size', 'workers', ...TLS, ...NET];

export const INPUT_KEYS: Readonly<Record<string, readonly string[]>> = {
  tail: [...INPUT_COMMON, 'buffer_chunk_size', 'buffer_max_size', 'path', 'path_key', 'exclude_path', 'offset_key', 'read_from_head',
    'refresh_interval', 'rotate_wait', 'ignore_older', 'skip_long_lines', 'skip_empty_lines', 'file_cache_advise', 'db', 'db.sync',
    'db.locking', 'db.journal_mode', 'db.compare_filename', 'key', 'inotify_watcher', 'parser', 'unicode.encoding', 'generic.encoding',
    'multiline.parser', 'docker_mode', 'docker_mode_flush', 'docker_mode_parser', 'multiline', 'multiline_flush', 'parser_firstline', 'tag_regex'],
  systemd: [...INPUT_COMMON, 'path', 'max_fields', 'max_entries', 'systemd_filter', 'systemd_filter_type', 'db', 'db.sync', 'read_from_tail', 'lowercase', 'strip_underscores'],
  kafka: [...INPUT_COMMON, 'brokers', 'topics', 'format', 'client_id', 'group_id', 'poll_ms', 'buffer_max_size', 'enable_auto_commit', 'aws_msk_iam', 'aws_msk_iam_cluster_arn'],
};

export const FILTER_KEYS: Readonly<Record<string, readonly string[]>> = {
  kubernetes: [...FILTER_COMMON, 'buffer_size', 'kube_url', 'kube_ca_file', 'kube_ca_path', 'kube_tag_prefix', 'merge_log', 'merge_log_key',
    'merge_log_trim', 'merge_parser', 'keep_log', 'tls.debug', 'tls.verify', 'use_journal', 'cache_use_docker_id', 'regex_parser',
    'k8s-logging.parser', 'k8s-logging.exclude', 'labels', 'annotations', 'kube_meta_preload_cache_dir', 'dummy_meta', 'dns_retries',
    'dns_wait_time', 'use_kubelet', 'kubelet_host', 'kubelet_port', 'kube_token_file', 'kube_token_command', 'kube_token_ttl',
    'kube_meta_cache_ttl', 'kube_meta_namespace_cache_ttl', 'namespace_labels', 'namespace_annotations', 'namespace_metadata_only', 'owner_references'],
  modify: [...FILTER_COMMON, 'set', 'add', 'remove', 'remove_wildcard', 'remove_regex', 'rename', 'hard_rename', 'copy', 'hard_copy', 'move_to_start', 'move_to_end', 'condition'],
  lua: [...FILTER_COMMON, 'script', 'call', 'code', 'type_int_key', 'type_array_key', 'protected_mode', 'time_as_table', 'enable_flb_null'],
  rewrite_tag: [...FILTER_COMMON, 'rule', 'emitter_name', 'emitter_storage.type', 'emitter_mem_buf_limit'],
  parser: [...FILTER_COMMON, 'key_name', 'parser', 'preserve_key', 'reserve_data', 'unescape_key'],
  nest: [...FILTER_COMMON, 'operation', 'wildcard', 'nest_under', 'nested_under', 'add_prefix', 'remove_prefix'],
};

export const OUTPUT_KEYS: Readonly<Record<string, readonly string[]>> = {
  kafka: [...OUTPUT_COMMON, 'format', 'message_key', 'message_key_field', 'timestamp_key', 'timestamp_format', 'brokers', 'topics', 'topic_key',
    'dynamic_topic', 'queue_full_retries', 'raw_log_key', 'schema_str', 'schema_id', 'aws_msk_iam', 'aws_msk_iam_cluster_arn'],
  es: [...OUTPUT_COMMON, 'host', 'port', 'path', 'compress', 'buffer_size', 'pipeline', 'aws_auth', 'aws_region', 'aws_sts_endpoint',
    'aws_role_arn', 'aws_external_id', 'aws_service_name', 'aws_profile', 'cloud_id', 'cloud_auth', 'http_user', 'http_passwd', 'http_api_key',
    'index', 'type', 'logstash_format', 'logstash_prefix', 'logstash_prefix_key', 'logstash_prefix_separator', 'logstash_dateformat',
    'time_key', 'time_key_format', 'time_key_nanos', 'include_tag_key', 'tag_key', 'generate_id', 'id_key', 'write_operation',
    'replace_dots', 'trace_output', 'trace_error', 'current_time_index', 'suppress_type_name', 'upstream'],
};

/** Keys of a parser in the `parsers` section (administration/configuring-fluent-bit/yaml/parsers-section.md, pipeline/parsers/configuring-parser.md). */
export const PARSER_KEYS = ['name', 'format', 'regex', 'time_key', 'time_format', 'time_offset', 'time_keep', 'time_strict', 'time_system_timezone',
  'types', 'decode_field', 'decode_field_as', 'skip_empty_values'];

/** Plugin parameters that pass any key with this prefix (librdkafka properties). */
export const PASS_THROUGH_PREFIXES: Readonly<Record<string, readonly string[]>> = { kafka: ['rdkafka.'] };
