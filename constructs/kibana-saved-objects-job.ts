import { Construct } from 'constructs';
import type { ElasticsearchCluster } from './elasticsearch-cluster';
import type { ResourceSpec } from './hardening';
import { HttpSetupJob } from './http-setup-job';
import type { Kibana } from './kibana';
import { LOG_FIELDS } from './log-record';
import type { LogStream } from './log-streams';

export interface KibanaSavedObjectsJobProps {
  readonly kibana: Kibana;
  readonly elasticsearch: ElasticsearchCluster;
  /** Pinned image with `sh` and `curl`. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/** A saved object in the shape of Kibana's `_import` NDJSON lines. */
export interface SavedObject {
  readonly type: 'index-pattern' | 'search' | 'visualization' | 'dashboard';
  readonly id: string;
  readonly attributes: Record<string, unknown>;
  readonly references: ReadonlyArray<{ name: string; type: string; id: string }>;
}

const SEARCH_SOURCE_REF = 'kibanaSavedObjectMeta.searchSourceJSON.index';

function searchSource(query: string) {
  return { kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query, language: 'kuery' }, filter: [], indexRefName: SEARCH_SOURCE_REF }) } };
}

export function dataView(stream: LogStream): SavedObject {
  return { type: 'index-pattern', id: stream.dataStream, attributes: { title: stream.indexPattern, name: stream.dataStream, timeFieldName: LOG_FIELDS.time }, references: [] };
}

function savedSearch(id: string, title: string, stream: LogStream, query: string, columns: string[]): SavedObject {
  return {
    type: 'search',
    id,
    attributes: { title, columns, sort: [[LOG_FIELDS.time, 'desc']], ...searchSource(query) },
    references: [{ name: SEARCH_SOURCE_REF, type: 'index-pattern', id: stream.dataStream }],
  };
}

/** An aggregation-based visualization: count split by the terms of one field. */
function termsVisualization(id: string, title: string, type: 'pie' | 'table', stream: LogStream, field: string, query: string): SavedObject {
  const visState = {
    title,
    type,
    params: type === 'pie' ? { isDonut: true, legendPosition: 'right', addTooltip: true } : { perPage: 10, showTotal: true },
    aggs: [
      { id: '1', enabled: true, type: 'count', schema: 'metric', params: {} },
      { id: '2', enabled: true, type: 'terms', schema: type === 'pie' ? 'segment' : 'bucket', params: { field, size: 10, order: 'desc', orderBy: '1' } },
    ],
  };
  return {
    type: 'visualization',
    id,
    attributes: { title, visState: JSON.stringify(visState), uiStateJSON: '{}', description: '', ...searchSource(query) },
    references: [{ name: SEARCH_SOURCE_REF, type: 'index-pattern', id: stream.dataStream }],
  };
}

/** A dashboard of panels laid out two per row, with option-list controls on `controlFields`. */
function dashboard(id: string, title: string, panels: readonly SavedObject[], stream: LogStream, controlFields: readonly string[]): SavedObject {
  const panelsJSON = panels.map((p, i) => ({
    panelIndex: String(i + 1),
    gridData: { x: panels.length === 1 ? 0 : (i % 2) * 24, y: Math.floor(i / 2) * 15, w: panels.length === 1 ? 48 : 24, h: 15, i: String(i + 1) },
    type: p.type,
    panelRefName: `panel_${i}`,
    embeddableConfig: {},
  }));
  const controls = Object.fromEntries(controlFields.map((field, i) => [`control-${i}`, {
    order: i, width: 'medium', grow: true, type: 'optionsListControl',
    explicitInput: { id: `control-${i}`, fieldName: field, title: field, dataViewId: stream.dataStream },
  }]));
  return {
    type: 'dashboard',
    id,
    attributes: {
      title,
      timeRestore: false,
      panelsJSON: JSON.stringify(panelsJSON),
      optionsJSON: JSON.stringify({ useMargins: true, hidePanelTitles: false }),
      controlGroupInput: { controlStyle: 'oneLine', chainingSystem: 'HIERARCHICAL', panelsJSON: JSON.stringify(controls) },
      kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }) },
    },
    references: [
      ...panels.map((p, i) => ({ name: `panel_${i}`, type: p.type, id: p.id })),
      ...controlFields.map((_, i) => ({ name: `controlGroup_control-${i}:optionsListDataView`, type: 'index-pattern', id: stream.dataStream })),
    ],
  };
}

/** Access-log records: container logs from which the aggregator extracted an HTTP status. */
const ACCESS_LOG_QUERY = 'http.response.status_code:*';

/**
 * Every saved object, generated from the log streams: a data view per stream, a log explorer
 * (container logs filtered by namespace, pod and level) and an access-log dashboard (status codes,
 * paths and methods extracted from access logs). Ids are fixed, so re-importing overwrites in place.
 */
export function savedObjects(es: ElasticsearchCluster): SavedObject[] {
  const { container } = es.streams;
  const views = Object.values(es.streams).map(dataView);
  const explorerSearch = savedSearch('log-explorer-search', 'Container logs', container, '', [LOG_FIELDS.namespace, LOG_FIELDS.pod, LOG_FIELDS.level, LOG_FIELDS.message]);
  const accessSearch = savedSearch('access-log-search', 'Access logs', container, ACCESS_LOG_QUERY, ['http.request.method', 'url.path', 'http.response.status_code', 'http.response.body.bytes', LOG_FIELDS.pod]);
  const statusCodes = termsVisualization('access-log-status-codes', 'Responses by status code', 'pie', container, 'http.response.status_code', ACCESS_LOG_QUERY);
  const topPaths = termsVisualization('access-log-top-paths', 'Top requested paths', 'table', container, 'url.path', ACCESS_LOG_QUERY);
  const methods = termsVisualization('access-log-methods', 'Requests by method', 'pie', container, 'http.request.method', ACCESS_LOG_QUERY);
  return [
    ...views,
    explorerSearch, accessSearch, statusCodes, topPaths, methods,
    dashboard('log-explorer', 'Log explorer', [explorerSearch], container, [LOG_FIELDS.namespace, LOG_FIELDS.pod, LOG_FIELDS.level]),
    dashboard('access-logs', 'Access logs', [statusCodes, methods, topPaths, accessSearch], container, [LOG_FIELDS.namespace, 'http.response.status_code']),
  ];
}

/** Imports the saved objects on every sync through Kibana's saved-objects API (`overwrite=true`). */
export class KibanaSavedObjectsJob extends Construct {
  constructor(scope: Construct, id: string, props: KibanaSavedObjectsJobProps) {
    super(scope, id);
    const es = props.elasticsearch;
    const job = new HttpSetupJob(this, 'Resource', {
      name: `${props.kibana.name}-saved-objects`,
      identity: { name: 'kibana-saved-objects', instance: `${props.kibana.name}-saved-objects`, component: 'setup-job' },
      image: props.image,
      resources: props.resources,
      baseUrl: props.kibana.url,
      caSecretName: props.kibana.httpCaSecretName,
      username: 'elastic',
      passwordSecret: { name: es.elasticUserSecretName, key: 'elastic' },
      readyPath: '/api/status',
      requests: [{ method: 'POST', path: '/api/saved_objects/_import?overwrite=true', body: { ndjson: savedObjects(es) } }],
    });
    props.kibana.allowFrom('saved-objects', [{ podLabels: job.podLabels }]);
  }
}
