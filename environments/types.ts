/**
 * The environment contract. Each environment file is a literal that `satisfies` EnvironmentConfig,
 * built from `base.ts`. An absent optional block means "not deployed here". No logic lives in this
 * folder: render/environment-schema.ts checks every value before any chart is built.
 */
import type { DeliverySettings } from '../charts/delivery';
import type { GrafanaSettings } from '../charts/grafana';
import type { InfluxDbSettings } from '../charts/influxdb';
import type { KafkaSettings } from '../charts/kafka';
import type { LogPipelineSettings } from '../charts/log-forwarder';
import type { DemoSettings } from '../constructs/demo-workloads';
import type { SparkSettings } from '../charts/spark';
import type { AppScrape } from '../charts/monitoring';
import type { NetworkSettings } from '../charts/network-isolation';
import type { AlertRoutingSettings } from '../constructs/alert-routing';
import type { LogCapacitySettings } from '../constructs/capacity-model';
import type { ElasticsearchNodeSetSettings, RolloverSettings } from '../constructs/elasticsearch-cluster';
import type { ResourceSpec } from '../constructs/hardening';
import type { VaultStoreProps } from '../constructs/external-store';
import type { IssuerSettings } from '../constructs/platform-issuer';
import type { PolicyPeer } from '../constructs/network-policy';
import type { IngressSettings } from '../constructs/ui-ingress';
import type { IngressControllerSettings } from '../charts/ingress-controller';
import type { KafkaUiSettings } from '../charts/kafka-ui';
import type { Size } from 'cdk8s';
import type { Cpu } from 'cdk8s-plus-28';
export type { DeliverySettings } from '../charts/delivery';
export type { IngressSettings } from '../constructs/ui-ingress';
export type { IngressControllerSettings } from '../charts/ingress-controller';
export type { KafkaUiSettings } from '../charts/kafka-ui';
export type { KafkaSettings } from '../charts/kafka';
export type { NetworkSettings } from '../charts/network-isolation';
export type { GrafanaSettings } from '../charts/grafana';
export type { LogPipelineSettings } from '../charts/log-forwarder';
export type { DemoSettings } from '../constructs/demo-workloads';
export type { SparkSettings } from '../charts/spark';
export type { InfluxDbSettings } from '../charts/influxdb';
export type { LogCapacitySettings } from '../constructs/capacity-model';

/**
 * The kinds of environment, in promotion order. Rules that depend on the kind (production quorums,
 * promotion, Renovate's scope, CODEOWNERS) read an environment's `stage`, never its name.
 */
export const STAGES = ['dev', 'staging', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Pinned versions, promoted together from one environment to the next (`npm run promote`).
 * Kept in `versions.json` so the promotion command can rewrite them safely. Every "must" below is a
 * rule of the schema (render/environment-schema.ts, `versionRules`).
 */
export interface VersionSet {
  /** Strimzi cluster operator image; must be the vendored release (vendor/strimzi/<version>). */
  readonly strimziOperator: string;
  /** prometheus-operator image; must be the vendored release (vendor/prometheus-operator/<version>). */
  readonly prometheusOperator: string;
  /** ECK operator image; must be the vendored release (vendor/eck/<version>). */
  readonly eckOperator: string;
  /** External Secrets Operator controller image (copies and generated credentials). */
  readonly externalSecrets: string;
  /** cert-manager controller image (quay.io/jetstack/cert-manager-controller); the CRDs are vendor/cert-manager/<version>. */
  readonly certManagerController: string;
  /** The ACME HTTP-01 solver image the controller starts; same version as the controller. */
  readonly certManagerAcmeSolver: string;
  /** Elasticsearch image; its tag is the stack version, which must be one the ECK operator above runs. */
  readonly elasticsearch: string;
  /** Kibana image; must be the same version as Elasticsearch. */
  readonly kibana: string;
  /** prometheus-community elasticsearch_exporter image. */
  readonly elasticsearchExporter: string;
  /** Image with `sh` and `curl` for the setup Jobs (index lifecycle, Kibana saved objects). */
  readonly curl: string;
  /** Config reloader sidecar the prometheus-operator injects into Prometheus and Alertmanager pods; must be the operator's release. */
  readonly prometheusConfigReloader: string;
  readonly prometheus: string;
  readonly alertmanager: string;
  readonly nodeExporter: string;
  readonly kubeStateMetrics: string;
  /** Grafana OSS image. */
  readonly grafana: string;
  /** Fluent Bit (forwarders and the default aggregator). */
  readonly fluentBit: string;
  /** Logstash (the optional aggregator); must be the same version as Elasticsearch. */
  readonly logstash: string;
  /** Prometheus exporter for Logstash's monitoring API (kuskoman/logstash-exporter), beside each Logstash. */
  readonly logstashExporter: string;
  /** Demo workloads (used where a `demo` block exists): web server, its exporter, a shell for the JSON producer. */
  readonly demoWebServer: string;
  readonly demoWebExporter: string;
  readonly demoShell: string;
  /** Official Spark image with Python (`apache/spark:<version>-scala<x>-java<y>-python3-ubuntu`); the Kafka connector follows its version. */
  readonly spark: string;
  /** Telegraf image (producers, consumer and the InfluxDB meta-node probe). */
  readonly telegraf: string;
  /** InfluxDB 1.8 image (single-node topology). */
  readonly influxdb: string;
  /** influxdb-cluster meta-node image (cluster topology; ships influxd-ctl). */
  readonly influxdbClusterMeta: string;
  /** influxdb-cluster data-node image (cluster topology). */
  readonly influxdbClusterData: string;
  /** HAProxy Kubernetes Ingress Controller (haproxytech); its tag must be the vendored install's release. */
  readonly haproxyIngress: string;
  /** kafbat kafka-ui, the Kafka topic browser (used where a `kafkaUi` block exists). */
  readonly kafkaUi: string;
}

/** The metrics stack: prometheus-operator, Prometheus, Alertmanager, exporters. */
export interface MonitoringConfig {
  readonly prometheus: {
    readonly replicas: number;
    /** How long samples are kept, a Prometheus duration (`15d`). */
    readonly retention: string;
    /** Size-based retention; must leave headroom on `storage`. */
    readonly retentionSize: Size;
    /** Persistent volume per replica. */
    readonly storage: Size;
    readonly resources: ResourceSpec;
  };
  readonly alertmanager: {
    readonly replicas: number;
    readonly storage: Size;
    readonly resources: ResourceSpec;
    readonly routing: AlertRoutingSettings;
  };
  readonly operator: { readonly resources: ResourceSpec };
  readonly nodeExporter: { readonly resources: ResourceSpec };
  readonly kubeStateMetrics: { readonly resources: ResourceSpec };
  /**
   * Further clients of the web UIs besides the platform's ingress controller, whose pods are admitted
   * from the labels its vendored install gives them (none by default).
   */
  readonly uiClients: readonly PolicyPeer[];
  /** Application endpoints to scrape. @default none */
  readonly appScrapes?: readonly AppScrape[];
}

/** Elasticsearch, Kibana and the ECK operator. */
export interface ElasticsearchSettings {
  readonly nodeSets: readonly ElasticsearchNodeSetSettings[];
  /** Require at least 3 master-eligible nodes. */
  readonly highAvailability: boolean;
  /** Replica shards per index; must be lower than the number of data nodes. */
  readonly replicas: number;
  /** Spread node sets over zones and make shard allocation zone-aware. */
  readonly zoneAwareness: boolean;
  /** Rollover of the stream indices; retention is `capacity.retentionDays`. */
  readonly lifecycle: RolloverSettings;
  readonly kibana: { readonly count: number; readonly resources: ResourceSpec };
  readonly operatorResources: ResourceSpec;
  readonly exporterResources: ResourceSpec;
  /** The failure-store probe (Telegraf) in the exporter's pod. @default 10m CPU, 64 MiB */
  readonly failureStoreProbeResources?: ResourceSpec;
  readonly jobResources: ResourceSpec;
}

/** A taint every node of a pool carries (core/v1 Taint); pods without a matching toleration stay off it. */
export interface NodeTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/**
 * A pool of identical nodes, spread round-robin over its zones (`topology.kubernetes.io/zone`). CPU and
 * memory are what the node offers pods (its allocatable), so the footprint check compares requests with them.
 */
export interface NodePool {
  /** A DNS label, unique in the environment; nodes are named `<pool>-<n>`. */
  readonly name: string;
  readonly count: number;
  readonly cpu: Cpu;
  readonly memory: Size;
  readonly zones: readonly string[];
  /** @default none */
  readonly taints?: readonly NodeTaint[];
}

/** The nodes the environment runs on: the footprint must fit them, and the test cluster starts them (test/support/cluster.ts). */
export interface NodesSettings {
  readonly pools: readonly NodePool[];
}

/** External Secrets Operator: generated credentials, cross-namespace copies and the external store. */
export interface SecretsSettings {
  /** Controller container resources. */
  readonly operatorResources: ResourceSpec;
  /**
   * Where the receivers' webhook URLs, routing keys and SMTP password live: HashiCorp Vault (KV v2),
   * read with a token Secret in `monitoring` that is the environment's one hand-made Secret.
   * @default a local store with placeholder values (nothing made by hand; no notification leaves)
   */
  readonly externalStore?: { readonly vault: VaultStoreProps };
}

/** cert-manager and the issuer of the UI certificate. */
export interface CertificatesSettings {
  /** Controller container resources. */
  readonly operatorResources: ResourceSpec;
  /** The ClusterIssuer `platform`: a private CA made in the cluster, or an ACME server. */
  readonly issuer: IssuerSettings;
}

export interface EnvironmentConfig {
  /** Folder name under manifests/ and the `environment` label: a DNS label, unique among environments. */
  readonly name: string;
  /** The kind of environment; promotion goes from stage to stage (dev → staging → prod). */
  readonly stage: Stage;
  /** Cluster name: the `cluster` label on metrics and logs. A DNS label. */
  readonly cluster: string;
  /** StorageClass for every persistent volume claim unless a component names its own. */
  readonly storageClass: string;
  /**
   * Spread the replicated stateless consumers (log aggregator, Telegraf consumer, Spark workers)
   * evenly over `topology.kubernetes.io/zone`; they prefer distinct nodes in every environment.
   */
  readonly zoneSpread: boolean;
  readonly versions: VersionSet;
  /** How web UIs (Grafana, Kibana, Prometheus, Alertmanager, Spark) are exposed. */
  readonly ingress: IngressSettings;
  /** The HAProxy ingress controller that serves `ingress.className` (vendored upstream install). */
  readonly ingressController: IngressControllerSettings;
  /** The Kafka topic browser (kafbat kafka-ui, read-only) behind the ingress. @default not deployed */
  readonly kafkaUi?: KafkaUiSettings;
  /** Repository and branch Argo CD and Flux sync `manifests/<name>` from. */
  readonly delivery: DeliverySettings;
  /** The nodes the environment declares; its footprint (render/footprint.ts) must fit them. */
  readonly nodes: NodesSettings;
  /** The log load the environment is sized for; the log path is checked against it (constructs/capacity-model.ts). */
  readonly capacity: LogCapacitySettings;
  readonly elasticsearch: ElasticsearchSettings;
  /** The log transport (Strimzi Kafka); rules are checked by KafkaCluster. */
  readonly kafka: KafkaSettings;
  readonly monitoring: MonitoringConfig;
  /** Addresses for network isolation that pod selectors cannot name (API server, nodes, DNS). */
  readonly network: NetworkSettings;
  /** Secrets made in the cluster: External Secrets Operator keeps copies in sync. */
  readonly secrets: SecretsSettings;
  /** cert-manager: the issuer and the UI certificate it issues (`ingress.tlsSecretName`). */
  readonly certificates: CertificatesSettings;
  /** Grafana: datasources, dashboards and Grafana-managed alerting. */
  readonly grafana: GrafanaSettings;
  /** Fluent Bit forwarders → Kafka → aggregator → Elasticsearch. */
  readonly logPipeline: LogPipelineSettings;
  /** Demo workloads producing logs. @default not deployed */
  readonly demo?: DemoSettings;
  /** The Spark standalone cluster and the log-analytics job; rules are checked by SparkCluster and SparkAlerts. */
  readonly spark: SparkSettings;
  /** The optional metrics path Telegraf → Kafka → Telegraf → InfluxDB. @default not deployed */
  readonly influxdb?: InfluxDbSettings;
}
