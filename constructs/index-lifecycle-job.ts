import { Duration, Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import type { estypes } from '@elastic/elasticsearch';
import { durationLiteral, HOURS_TO_MILLIS } from './duration-literal';
import type { ElasticsearchCluster } from './elasticsearch-cluster';
import type { IndexTemplateBody, LifecyclePolicyBody } from './elasticsearch-requests';
import type { ResourceSpec } from './hardening';
import { HttpSetupJob, type SetupRequest } from './http-setup-job';
import type { FieldType, LogStream } from './log-streams';

export interface IndexLifecycleJobProps {
  readonly elasticsearch: ElasticsearchCluster;
  /** Pinned image with `sh` and `curl`. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/** Index template priority: above Elasticsearch's built-in `logs-*-*` template (100), so ours applies. */
export const TEMPLATE_PRIORITY = 200;

/** An Elasticsearch byte-size value (`gb` is GiB in Elasticsearch). */
function byteSize(size: Size): string {
  const mib = size.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  return mib % 1024 === 0 ? `${mib / 1024}gb` : `${mib}mb`;
}

/** An Elasticsearch time value, exact (`72h`, `90m`). */
function timeValue(d: Duration): string {
  return durationLiteral(d, HOURS_TO_MILLIS);
}

/** Dotted field names → nested `properties` mapping. */
export function mappingProperties(fields: Readonly<Record<string, FieldType>>): Record<string, estypes.MappingProperty> {
  const root: Record<string, any> = {};
  for (const [dotted, type] of Object.entries(fields)) {
    const parts = dotted.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= { properties: {} };
      node = node[part].properties;
    }
    node[parts[parts.length - 1]] = { type };
  }
  return root;
}

/** Primary shards per backing index: rollover by size already bounds a shard, so more primaries would only add shards. */
export const PRIMARY_SHARDS = 1;
/** Elastic's recommended maximum documents per shard (“Size your shards”); rollover enforces it. */
export const MAX_PRIMARY_SHARD_DOCS = 200_000_000;

/** The ILM policy of a stream: roll over by age, primary shard size or document count; delete `retentionDays` after rollover. */
export function lifecyclePolicy(es: ElasticsearchCluster): LifecyclePolicyBody {
  const lc = es.lifecycle;
  return {
    policy: {
      _meta: { managed_by: 'observability-platform' },
      phases: {
        hot: { min_age: '0ms', actions: { rollover: { max_age: timeValue(lc.rolloverMaxAge), max_primary_shard_size: byteSize(lc.rolloverMaxPrimaryShardSize), max_primary_shard_docs: MAX_PRIMARY_SHARD_DOCS } } },
        delete: { min_age: `${lc.retentionDays}d`, actions: { delete: {} } },
      },
    },
  };
}

/** The index template that makes a stream's name a data stream with its policy and mappings. */
export function indexTemplate(es: ElasticsearchCluster, stream: LogStream): IndexTemplateBody {
  return {
    index_patterns: [stream.indexPattern],
    data_stream: {},
    priority: TEMPLATE_PRIORITY,
    _meta: { managed_by: 'observability-platform', stream: stream.stream },
    template: {
      settings: { 'index.lifecycle.name': stream.policyName, 'index.number_of_shards': PRIMARY_SHARDS, 'index.number_of_replicas': es.replicas },
      mappings: { dynamic: true, properties: mappingProperties(stream.fields) },
      // The dead-letter place: a document Elasticsearch rejects (a mapping conflict, say) is kept in
      // the data stream's failure store (`<stream>::failures`, GA in 9.1) for as long as the stream's
      // data, instead of an error item in a bulk response that the writer may count as success
      // (Fluent Bit's out_es does: plugins/out_es/es.c, elasticsearch_error_check).
      data_stream_options: { failure_store: { enabled: true, lifecycle: { data_retention: `${es.lifecycle.retentionDays}d` } } },
    },
  };
}

/** Every request the Job makes, in order: client roles, then per stream its policy and template. */
export function lifecycleRequests(es: ElasticsearchCluster): SetupRequest[] {
  return [
    ...es.readRoles('the index lifecycle Job').map((role): SetupRequest => ({ method: 'PUT', path: `/_security/role/${role.name}`, body: role.body })),
    ...Object.values(es.streams).flatMap((stream): SetupRequest[] => [
      { method: 'PUT', path: `/_ilm/policy/${stream.policyName}`, body: lifecyclePolicy(es) },
      { method: 'PUT', path: `/_index_template/${stream.templateName}`, body: indexTemplate(es, stream) },
    ]),
  ];
}

/**
 * Index lifecycle as code (replacing the seeds' Curator; ILM is in the free licence): an idempotent Job
 * that PUTs the client roles, one ILM policy and one data-stream index template per log stream.
 */
export class IndexLifecycleJob extends Construct {
  constructor(scope: Construct, id: string, props: IndexLifecycleJobProps) {
    super(scope, id);
    const es = props.elasticsearch;
    const job = new HttpSetupJob(this, 'Resource', {
      name: `${es.clusterName}-index-lifecycle`,
      identity: { name: 'index-lifecycle', instance: `${es.clusterName}-index-lifecycle`, component: 'setup-job' },
      image: props.image,
      resources: props.resources,
      baseUrl: es.http.url,
      caSecretName: es.httpCaSecretName,
      username: 'elastic',
      passwordSecret: { name: es.elasticUserSecretName, key: 'elastic' },
      readyPath: '/_cluster/health?wait_for_status=yellow&timeout=10s',
      requests: lifecycleRequests(es),
    });
    es.allowFrom('index-lifecycle', { podLabels: job.podLabels });
  }
}
