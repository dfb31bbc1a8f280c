import { Construct } from 'constructs';
import type { ElasticsearchCluster } from '../constructs/elasticsearch-cluster';
import type { ResourceSpec } from '../constructs/hardening';
import { IndexLifecycleJob } from '../constructs/index-lifecycle-job';
import type { Kibana } from '../constructs/kibana';
import { KibanaSavedObjectsJob } from '../constructs/kibana-saved-objects-job';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

export interface ElasticJobsChartProps {
  readonly elasticsearch: ElasticsearchCluster;
  readonly kibana: Kibana;
  /** Pinned image with `sh` and `curl`. */
  readonly image: string;
  readonly resources: ResourceSpec;
}

/** Jobs layer: the index lifecycle Job and the Kibana saved-objects Job, re-run on every sync. */
export class ElasticJobsChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: ElasticJobsChartProps) {
    super(scope, id, { layer: 'jobs', namespace: PLATFORM_NAMESPACES.elastic.name });
    const { elasticsearch, image, resources } = props;
    new IndexLifecycleJob(this, 'IndexLifecycle', { elasticsearch, image, resources });
    new KibanaSavedObjectsJob(this, 'KibanaSavedObjects', { elasticsearch, kibana: props.kibana, image, resources });
  }
}
