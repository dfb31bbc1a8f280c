/**
 * The platform's composition: `compose` slices one environment's blocks into the props of each chart
 * (the kube-prometheus way) and wires the charts' references to each other. Every ConfigError a chart
 * throws is attributed to the environment block it came from (`underField`).
 */
import { App } from 'cdk8s';
import { ArgoCdChart, FluxChart, inventoryOf } from './charts/delivery';
import { DemoChart } from './charts/demo';
import { DisruptionBudgetsChart } from './charts/disruption-budgets';
import { EckCrdsChart } from './charts/eck-crds';
import { EckOperatorChart } from './charts/eck-operator';
import { ElasticJobsChart } from './charts/elastic-jobs';
import { CertManagerChart } from './charts/cert-manager';
import { CertManagerCrdsChart } from './charts/cert-manager-crds';
import { ExternalSecretsCrdsChart } from './charts/external-secrets-crds';
import { ExternalSecretsOperatorChart } from './charts/external-secrets-operator';
import { ElasticsearchChart } from './charts/elasticsearch';
import { GrafanaChart } from './charts/grafana';
import { HaproxyIngressCrdsChart } from './charts/haproxy-ingress-crds';
import { IngressControllerChart } from './charts/ingress-controller';
import { GrafanaDashboardsChart } from './charts/grafana-dashboards';
import { InfluxDbChart, TELEGRAF_CONSUMER_GROUP, type InfluxDbSettings } from './charts/influxdb';
import { InfluxDbJobsChart } from './charts/influxdb-jobs';
import { CONSUMER_GROUPS, KafkaChart } from './charts/kafka';
import { KafkaUiChart } from './charts/kafka-ui';
import { LogAggregatorChart } from './charts/log-aggregator';
import { LogForwarderChart } from './charts/log-forwarder';
import { MonitoringChart } from './charts/monitoring';
import { DEMO_NAMESPACE, NamespacesChart, PLATFORM_NAMESPACES } from './charts/namespaces';
import { composeNetworkIsolation } from './charts/network-isolation';
import { NodeExporterChart } from './charts/node-exporter';
import { PlatformChart } from './charts/platform-chart';
import { DATA_PATH_PRIORITY_CLASS, PriorityClassesChart } from './charts/priority-classes';
import { PrometheusOperatorChart } from './charts/prometheus-operator';
import { PrometheusOperatorCrdsChart } from './charts/prometheus-operator-crds';
import { SecretCopiesChart } from './charts/secret-copies';
import { UiCertificateChart } from './charts/ui-certificate';
import { UiIngress } from './constructs/ui-ingress';
import { ExternalSecretsStoreChart } from './charts/external-secrets-store';
import { routingSecretKeys } from './constructs/alert-routing';
import { SPARK_ELASTICSEARCH_CLIENT, SparkChart } from './charts/spark';
import { StrimziCrdsChart } from './charts/strimzi-crds';
import { StrimziOperatorChart } from './charts/strimzi-operator';
import { TelegrafChart } from './charts/telegraf';
import { capacityFailures, planCapacity, validateLoad, type CapacityModelProps, type CapacityPlan } from './constructs/capacity-model';
import { DEFAULT_PRODUCER_QUEUE } from './constructs/fluent-bit-forwarder';
import { cpuMillis } from './render/environment-schema';
import { type ConfigError, underField } from './constructs/config-error';
import { GrafanaDatasources, LOG_FIELDS } from './constructs/grafana-datasources';
import type { ElasticsearchClient, ElasticsearchClientProps } from './constructs/elasticsearch-cluster';
import type { HaproxyIngressController } from './constructs/haproxy-ingress-controller';
import type { PolicyPeer } from './constructs/network-policy';
import { buildDashboards } from './dashboards/registry';
import type { LogPipelineDashboardOptions } from './dashboards/log-pipeline';
import type { EnvironmentConfig } from './environments/types';

/** Builds every chart of one environment into `app`; the environment's values are checked by the schema (render/environment-schema.ts) first. */
export function compose(app: App, env: EnvironmentConfig): void {
  validateLoad(env.capacity);

  // Namespaces of optional blocks are rendered only where the block is present.
  const { influxdb: influxNamespace, 'kafka-ui': kafkaUiNamespace, ...always } = PLATFORM_NAMESPACES;
  const namespaces = [
    ...Object.values(always),
    ...(env.influxdb ? [influxNamespace] : []),
    ...(env.kafkaUi ? [kafkaUiNamespace] : []),
    ...(env.demo ? [DEMO_NAMESPACE] : []),
  ];
  underField('namespaces', () => new NamespacesChart(app, 'namespaces', { namespaces }));
  // The ingress controller first: every UI's NetworkPolicy admits its pods.
  const ingressController = composeIngressController(app, env);
  // The controller that keeps every cross-namespace Secret copy in sync (see SecretCopies).
  new ExternalSecretsCrdsChart(app, 'external-secrets-crds');
  const vaultPort = env.secrets.externalStore ? Number(/:(\d+)$/.exec(env.secrets.externalStore.vault.server)?.[1] ?? 443) : undefined;
  underField('secrets', () => new ExternalSecretsOperatorChart(app, 'external-secrets', {
    image: env.versions.externalSecrets,
    resources: env.secrets.operatorResources,
    externalPorts: vaultPort ? [vaultPort] : [],
  }));
  // The issuer of the UI certificate, before the UIs (the certificate itself follows them).
  new CertManagerCrdsChart(app, 'cert-manager-crds');
  const certManager = underField('certificates', () => new CertManagerChart(app, 'cert-manager', {
    image: env.versions.certManagerController,
    acmeSolverImage: env.versions.certManagerAcmeSolver,
    resources: env.certificates.operatorResources,
    issuer: env.certificates.issuer,
    ingressClassName: env.ingress.className,
  }));
  const uiClients = [ingressController.controller.clientPeer, ...env.monitoring.uiClients];
  const monitoring = composeMonitoring(app, env, uiClients);
  const kafka = composeKafka(app, env);
  const kafkaUi = env.kafkaUi;
  if (kafkaUi) {
    underField('kafkaUi', () => new KafkaUiChart(app, 'kafka-ui', {
      namespace: PLATFORM_NAMESPACES['kafka-ui'].name,
      image: env.versions.kafkaUi,
      settings: kafkaUi,
      cluster: kafka.cluster,
      topics: [kafka.topics.containerLogs, kafka.topics.nodeLogs],
      ingress: env.ingress,
      uiClients,
    }));
  }
  const { elastic, clients: [sparkElasticsearch] } = composeElastic(app, env, uiClients, [SPARK_ELASTICSEARCH_CLIENT]);
  const logPipeline = composeLogPipeline(app, env, { kafka, elastic });
  underField('spark', () => composeSpark(app, env, { kafka, elasticsearch: sparkElasticsearch!, monitoring, uiClients }));
  const influxdb = env.influxdb;
  const influx = influxdb ? underField('influxdb', () => composeInflux(app, env, influxdb, { kafka, monitoring })) : undefined;
  composeGrafana(app, env, { monitoring, kafka, elastic, logPipeline, influx, uiClients, ingressController: ingressController.controller });
  // The declared load against the log path, once each component has accepted its own settings.
  planEnvironmentCapacity(env);

  // What comes from outside the cluster: the receivers' Secrets, from the environment's store.
  const receiverSecrets: Record<string, string[]> = { [env.monitoring.alertmanager.routing.secretName]: routingSecretKeys(env.monitoring.alertmanager.routing) };
  const discord = env.grafana.discordWebhook;
  receiverSecrets[discord.name] = [...new Set([...(receiverSecrets[discord.name] ?? []), discord.key])];
  underField('secrets.externalStore', () => new ExternalSecretsStoreChart(app, 'external-secrets-store', {
    namespace: PLATFORM_NAMESPACES.monitoring.name,
    vault: env.secrets.externalStore?.vault,
    secrets: receiverSecrets,
  }));

  // One certificate for every UI, in the ingress controller's namespace (its default certificate).
  const uis = app.node.findAll().filter((c): c is UiIngress => c instanceof UiIngress).map((ui) => ({ host: ui.host, namespace: ui.namespace }));
  const uiCertificate = underField('certificates', () => new UiCertificateChart(app, 'ui-certificate', {
    namespace: PLATFORM_NAMESPACES['haproxy-controller'].name,
    secretName: env.ingress.tlsSecretName,
    issuerRef: certManager.issuer.issuerRef,
    uis,
    // The ACME server's HTTP-01 request reaches the solver pods through the ingress controller.
    http01SolverClients: certManager.issuer.solvesHttp01 ? [ingressController.controller.clientPeer] : [],
  }));

  // The copies each namespace needs of Secrets that operators write elsewhere, one chart per namespace.
  const copies = [
    ...kafka.cluster.secretCopies(), ...elastic.elasticsearch.secretCopies(), ...(influx?.secretCopies ?? []), ...uiCertificate.certificate.secretCopies(),
  ];
  for (const namespace of [...new Set(copies.map((c) => c.namespace))].sort()) {
    underField('secrets', () => new SecretCopiesChart(app, `secret-copies-${namespace}`, { namespace, copies: copies.filter((c) => c.namespace === namespace) }));
  }

  // Cross-cutting charts after every component: they read what the components rendered.
  const platformCharts = () => app.charts.filter((c): c is PlatformChart => c instanceof PlatformChart);
  new DisruptionBudgetsChart(app, 'disruption-budgets', platformCharts());
  composeNetworkIsolation(app, {
    settings: env.network,
    namespaces: namespaces.map((ns) => ns.name),
    charts: platformCharts(),
    scrapers: { namespace: PLATFORM_NAMESPACES.monitoring.name, podLabels: monitoring.prometheus.podLabels },
  });

  // Delivery objects last: they describe everything composed above.
  const inventory = inventoryOf(platformCharts());
  const delivery = { environment: env.name, settings: env.delivery, inventory };
  new ArgoCdChart(app, 'argocd', delivery);
  new FluxChart(app, 'flux', delivery);
}

/** The HAProxy ingress controller in front of the web UIs: its CRDs, then the controller (vendored install). */
function composeIngressController(app: App, env: EnvironmentConfig): IngressControllerChart {
  new HaproxyIngressCrdsChart(app, 'haproxy-ingress-crds');
  return underField('ingressController', () => new IngressControllerChart(app, 'ingress-controller', {
    namespace: PLATFORM_NAMESPACES['haproxy-controller'].name,
    image: env.versions.haproxyIngress,
    className: env.ingress.className,
    tlsSecretName: env.ingress.tlsSecretName,
    settings: env.ingressController,
    zoneSpread: env.zoneSpread,
    clientCidrs: env.network.externalCidrs,
  }));
}

/** The capacity model over the environment's log path; throws when the declared load does not fit. */
export function planEnvironmentCapacity(env: EnvironmentConfig): CapacityPlan {
  return planCapacity(capacityProps(env));
}

/** Every capacity check the environment fails (planEnvironmentCapacity throws only the first). */
export function environmentCapacityFailures(env: EnvironmentConfig): ConfigError[] {
  return capacityFailures(capacityProps(env));
}

function capacityProps(env: EnvironmentConfig): CapacityModelProps {
  return {
    load: env.capacity,
    elasticsearch: env.elasticsearch,
    kafkaTopics: env.kafka.topics,
    aggregatorReplicas: env.logPipeline.aggregator.replicas,
    forwarderBufferBudget: env.logPipeline.forwarder.bufferBudget,
    cpuMillis: { forwarder: cpuMillis(env.logPipeline.forwarder.resources.cpu), aggregator: cpuMillis(env.logPipeline.aggregator.resources.cpu) },
    aggregatorKind: env.logPipeline.aggregator.kind ?? 'fluent-bit',
    aggregatorMemory: env.logPipeline.aggregator.resources.memory,
    nodes: env.nodes.pools.reduce((n, p) => n + p.count, 0),
    delivery: {
      producerQueueKiB: (env.logPipeline.forwarder.producerQueue ?? DEFAULT_PRODUCER_QUEUE).toKibibytes(),
      aggregatorKind: env.logPipeline.aggregator.kind ?? 'fluent-bit',
      aggregatorBuffer: env.logPipeline.aggregator.buffer,
      aggregatorRetryLimit: env.logPipeline.aggregator.retryLimit,
      kafkaReplicas: env.kafka.replicationFactor,
      kafkaMinInsyncReplicas: env.kafka.minInsyncReplicas,
      retentionDays: env.capacity.retentionDays,
    },
  };
}

/**
 * The log pipeline: Fluent Bit forwarders → Kafka → aggregator → Elasticsearch, its alerts,
 * and the demo workloads where the environment has a `demo` block. Monitors and rules are picked up
 * by the Prometheus `monitoring` runs (platform labels); nothing is read from it yet.
 */
function composeLogPipeline(app: App, env: EnvironmentConfig, refs: { kafka: KafkaChart; elastic: ElasticsearchChart }): LogPipelineDashboardOptions {
  new PriorityClassesChart(app, 'priority-classes');
  const dashboard = underField('logPipeline', () => {
    const forwarder = new LogForwarderChart(app, 'log-forwarder', {
      namespace: PLATFORM_NAMESPACES['node-agents'].name,
      image: env.versions.fluentBit,
      settings: env.logPipeline,
      kafka: refs.kafka,
      clusterName: env.cluster,
      nodeLogShare: env.capacity.nodeLogShare,
    });
    const aggregator = new LogAggregatorChart(app, 'log-aggregator', {
      namespace: PLATFORM_NAMESPACES.logging.name,
      images: { fluentBit: env.versions.fluentBit, logstash: env.versions.logstash, logstashExporter: env.versions.logstashExporter },
      settings: env.logPipeline,
      kafka: refs.kafka,
      elasticsearch: refs.elastic.logAggregator,
      storageClass: env.storageClass,
      forwarderJob: `${forwarder.namespace}/${forwarder.forwarder.name}`,
      zoneSpread: env.zoneSpread,
    });
    const [forwarderJob, aggregatorJob = forwarderJob] = aggregator.fluentBitJobs;
    return { forwarderJob, aggregatorJob, consumerGroup: CONSUMER_GROUPS.logAggregator, elasticsearchCluster: refs.elastic.elasticsearch.clusterName };
  });
  if (env.demo) {
    const demo = env.demo;
    underField('demo', () => new DemoChart(app, 'demo', {
      ...demo,
      namespace: DEMO_NAMESPACE.name,
      images: { webServer: env.versions.demoWebServer, webExporter: env.versions.demoWebExporter, curl: env.versions.curl, shell: env.versions.demoShell },
    }));
  }
  return dashboard;
}

/** Kafka on Strimzi: CRDs, operator, cluster, topics and users. */
function composeKafka(app: App, env: EnvironmentConfig): KafkaChart {
  new StrimziCrdsChart(app, 'strimzi-crds');
  new StrimziOperatorChart(app, 'strimzi-operator', { namespace: PLATFORM_NAMESPACES.kafka.name, image: env.versions.strimziOperator });
  return underField('kafka', () => new KafkaChart(app, 'kafka', {
    environment: env.name,
    namespace: PLATFORM_NAMESPACES.kafka.name,
    storageClass: env.storageClass,
    settings: env.kafka,
    priorityClassName: DATA_PATH_PRIORITY_CLASS,
    clientNamespaces: {
      logForwarder: PLATFORM_NAMESPACES['node-agents'].name,
      logAggregator: PLATFORM_NAMESPACES.logging.name,
      sparkLogAnalytics: PLATFORM_NAMESPACES.spark.name,
    },
  }));
}

/**
 * Elasticsearch and Kibana on ECK: CRDs, operator, cluster, jobs. `extraClients` (clients in
 * other charts) are registered before the lifecycle Job reads the client roles; returned in order.
 */
function composeElastic(app: App, env: EnvironmentConfig, uiClients: readonly PolicyPeer[], extraClients: readonly ElasticsearchClientProps[] = []): { elastic: ElasticsearchChart; clients: ElasticsearchClient[] } {
  const es = env.elasticsearch;
  new EckCrdsChart(app, 'eck-crds');
  const operator = underField('elasticsearch', () => new EckOperatorChart(app, 'eck-operator', {
    image: env.versions.eckOperator,
    resources: es.operatorResources,
    zoneAwareness: es.zoneAwareness,
  }));
  const elastic = underField('elasticsearch', () => new ElasticsearchChart(app, 'elasticsearch', {
    cluster: {
      image: env.versions.elasticsearch,
      nodeSets: es.nodeSets,
      storageClass: env.storageClass,
      highAvailability: es.highAvailability,
      replicas: es.replicas,
      zoneAwareness: es.zoneAwareness,
      lifecycle: { ...es.lifecycle, retentionDays: env.capacity.retentionDays },
      streamNamespace: env.cluster,
      priorityClassName: DATA_PATH_PRIORITY_CLASS,
    },
    kibanaImage: env.versions.kibana,
    kibanaCount: es.kibana.count,
    kibanaResources: es.kibana.resources,
    exporterImage: env.versions.elasticsearchExporter,
    exporterResources: es.exporterResources,
    failureStoreProbeImage: env.versions.telegraf,
    failureStoreProbeResources: es.failureStoreProbeResources,
    ingress: env.ingress,
    uiClients,
    operator: { namespace: operator.operator.namespace, podLabels: operator.operator.podLabels },
  }));
  const clients = extraClients.map((client) => underField(`elasticsearch.clients.${client.name}`, () => elastic.elasticsearch.addClient(client)));
  underField('elasticsearch', () => new ElasticJobsChart(app, 'elastic-jobs', {
    elasticsearch: elastic.elasticsearch,
    kibana: elastic.kibana,
    image: env.versions.curl,
    resources: es.jobResources,
  }));
  return { elastic, clients };
}

/** Spark standalone cluster, history server and the log-analytics job. */
function composeSpark(app: App, env: EnvironmentConfig, refs: { kafka: KafkaChart; elasticsearch: ElasticsearchClient; monitoring: MonitoringChart; uiClients: readonly PolicyPeer[] }): SparkChart {
  return new SparkChart(app, 'spark', {
    settings: env.spark,
    image: env.versions.spark,
    clusterName: env.cluster,
    storageClass: env.storageClass,
    ingress: env.ingress,
    uiClients: refs.uiClients,
    scrapers: { namespace: refs.monitoring.namespace, podLabels: refs.monitoring.prometheus.podLabels },
    kafka: {
      cluster: refs.kafka.cluster,
      topic: refs.kafka.topics.containerLogs,
      user: refs.kafka.users.sparkLogAnalytics,
      consumerGroup: CONSUMER_GROUPS.sparkLogAnalytics,
    },
    elasticsearch: refs.elasticsearch,
    zoneSpread: env.zoneSpread,
  });
}

/** prometheus-operator, Prometheus, Alertmanager, exporters and cluster monitoring. */
function composeMonitoring(app: App, env: EnvironmentConfig, uiClients: readonly PolicyPeer[]): MonitoringChart {
  return underField('monitoring', () => {
    const m = env.monitoring;
    new PrometheusOperatorCrdsChart(app, 'prometheus-operator-crds');
    const monitoring = new MonitoringChart(app, 'monitoring', {
      namespace: PLATFORM_NAMESPACES.monitoring.name,
      prometheus: {
        ...m.prometheus,
        image: env.versions.prometheus,
        storageClass: env.storageClass,
        externalLabels: { environment: env.name, cluster: env.cluster },
      },
      alertmanager: { ...m.alertmanager, image: env.versions.alertmanager, storageClass: env.storageClass },
      kubeStateMetrics: { ...m.kubeStateMetrics, image: env.versions.kubeStateMetrics },
      ingress: env.ingress,
      uiClients,
      appScrapes: m.appScrapes,
    });
    underField('operator', () => new PrometheusOperatorChart(app, 'prometheus-operator', {
      namespace: PLATFORM_NAMESPACES.monitoring.name,
      image: env.versions.prometheusOperator,
      configReloaderImage: env.versions.prometheusConfigReloader,
      resources: m.operator.resources,
      scrapers: monitoring.prometheus.podLabels,
    }));
    new NodeExporterChart(app, 'node-exporter', {
      namespace: PLATFORM_NAMESPACES['node-agents'].name,
      image: env.versions.nodeExporter,
      resources: m.nodeExporter.resources,
    });
    return monitoring;
  });
}

/** Grafana, its provisioned datasources and alerting, and the dashboards. */
function composeGrafana(
  app: App,
  env: EnvironmentConfig,
  refs: { monitoring: MonitoringChart; kafka: KafkaChart; elastic: ElasticsearchChart; logPipeline: LogPipelineDashboardOptions; influx?: InfluxDbChart; uiClients: readonly PolicyPeer[]; ingressController: HaproxyIngressController },
): GrafanaChart {
  return underField('grafana', () => {
    const namespace = PLATFORM_NAMESPACES.monitoring.name;
    const es = refs.elastic.grafana;
    const datasources = new GrafanaDatasources({
      namespace,
      prometheus: refs.monitoring.prometheus,
      alertmanager: refs.monitoring.alertmanager,
      elasticsearch: { ...es, indexPatterns: Object.values(es.streams).map((s) => s.indexPattern) },
      ...(refs.influx ? { influxdb: { ...refs.influx.datasource, credentialsSecretName: refs.influx.datasource.credentials.secretName } } : {}),
      editable: env.grafana.editable,
    });
    const dashboards = new GrafanaDashboardsChart(app, 'grafana-dashboards', {
      namespace,
      dashboards: buildDashboards({
        datasources: datasources.refs,
        namespaces: {
          kafka: refs.kafka.cluster.namespace,
          elastic: refs.elastic.elasticsearch.http.namespace,
          logging: PLATFORM_NAMESPACES.logging.name,
          monitoring: namespace,
          nodeAgents: PLATFORM_NAMESPACES['node-agents'].name,
          spark: PLATFORM_NAMESPACES.spark.name,
        },
        kafkaClusterName: refs.kafka.cluster.clusterName,
        logFields: LOG_FIELDS,
        logPipeline: refs.logPipeline,
        ingressController: { job: refs.ingressController.metricsJob, namespace: PLATFORM_NAMESPACES['haproxy-controller'].name },
        ...(refs.influx ? { influx: { database: refs.influx.datasource.database, consumerGroup: TELEGRAF_CONSUMER_GROUP } } : {}),
      }),
    });
    return new GrafanaChart(app, 'grafana', {
      namespace,
      image: env.versions.grafana,
      settings: env.grafana,
      datasources,
      dashboards: dashboards.dashboards,
      ingress: env.ingress,
      uiClients: refs.uiClients,
      scrapers: refs.monitoring.prometheus.podLabels,
    });
  });
}

/** The optional metrics path Telegraf → Kafka → Telegraf → InfluxDB. */
function composeInflux(app: App, env: EnvironmentConfig, settings: InfluxDbSettings, refs: { kafka: KafkaChart; monitoring: MonitoringChart }): InfluxDbChart {
  const scrapers = refs.monitoring.prometheus.podLabels;
  const influx = new InfluxDbChart(app, 'influxdb', {
    namespace: PLATFORM_NAMESPACES.influxdb.name,
    monitoringNamespace: PLATFORM_NAMESPACES.monitoring.name,
    producerNamespace: PLATFORM_NAMESPACES['node-agents'].name,
    storageClass: env.storageClass,
    kafka: refs.kafka.cluster,
    scrapers,
    settings,
    images: { telegraf: env.versions.telegraf, influxdb: env.versions.influxdb, clusterMeta: env.versions.influxdbClusterMeta, clusterData: env.versions.influxdbClusterData },
    zoneSpread: env.zoneSpread,
  });
  new TelegrafChart(app, 'telegraf', {
    namespace: PLATFORM_NAMESPACES['node-agents'].name,
    monitoringNamespace: PLATFORM_NAMESPACES.monitoring.name,
    scrapers,
    image: env.versions.telegraf,
    settings: settings.telegraf,
    environment: env.name,
    cluster: env.cluster,
    kafka: refs.kafka.cluster,
    topic: influx.topic,
    user: influx.producerUser,
  });
  new InfluxDbJobsChart(app, 'influxdb-jobs', { influxdb: influx.influxdb, image: env.versions.curl, resources: settings.jobResources });
  return influx;
}
