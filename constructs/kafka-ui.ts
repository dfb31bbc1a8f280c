import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsSubdomain } from './config-error';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import type { KafkaCluster } from './kafka-cluster';
import type { KafkaUser } from './kafka-user';
import { recommendedLabels, selectorLabels, type WorkloadIdentity } from './labels';

export interface KafkaUiProps {
  /** Pinned `ghcr.io/kafbat/kafka-ui` image. */
  readonly image: string;
  readonly resources: ResourceSpec;
  /** The cluster to browse, over its TLS listener. */
  readonly cluster: KafkaCluster;
  /** The UI's KafkaUser (SCRAM-SHA-512): its Secret, mirrored into this namespace, holds `sasl.jaas.config`. */
  readonly user: KafkaUser;
  /** Secret with keys `username` and `password`: the one login of the UI's login form. */
  readonly credentialsSecretName: string;
}

/** Port kafka-ui serves the UI, its API and `/actuator/*` on (the image's `EXPOSE 8080`). */
export const KAFKA_UI_PORT = 8080;

/** Selector labels of the kafka-ui pods (stable across versions); the KafkaUser admits exactly these. */
export const KAFKA_UI_POD_LABELS: Readonly<Record<string, string>> = selectorLabels({ name: 'kafka-ui', component: 'kafka-browser' });

/**
 * kafbat kafka-ui, a topic browser for one Kafka cluster, read-only twice over: the UI's own
 * `readOnly` cluster flag hides every write action, and its KafkaUser holds only the ACLs granted to it
 * (`topic.grantBrowse`). Its consumers take no consumer group (kafka-ui's ConsumerGroupService sets a
 * client id but no `group.id` at v1.5.0), so browsing needs no group ACL and leaves no committed offsets.
 * One replica: the login form's sessions live in the process.
 */
export class KafkaUi extends Construct {
  readonly name = 'kafka-ui';
  readonly podLabels: Record<string, string>;
  readonly serviceLabels: Record<string, string>;
  readonly port = KAFKA_UI_PORT;

  constructor(scope: Construct, id: string, props: KafkaUiProps) {
    super(scope, id);
    requireDnsSubdomain('credentialsSecretName', props.credentialsSecretName);
    if (props.user.authentication !== 'scram-sha-512') {
      throw new ConfigError('user.authentication', props.user.authentication, 'must be scram-sha-512: kafka-ui reads the SASL JAAS line from the user Secret');
    }
    const version = props.image.slice(props.image.lastIndexOf(':') + 1);
    const identity: WorkloadIdentity = { name: 'kafka-ui', component: 'kafka-browser', version };
    this.podLabels = { ...KAFKA_UI_POD_LABELS };
    this.serviceLabels = { ...KAFKA_UI_POD_LABELS };
    const labels = recommendedLabels(identity);
    const cluster = props.cluster;
    const secretValue = (name: string, key: string) => ({ valueFrom: { secretKeyRef: { name, key } } });
    const health = (path: string, periodSeconds: number) => ({ httpGet: { path, port: k8s.IntOrString.fromString('http') }, periodSeconds });

    new k8s.KubeDeployment(this, 'Resource', {
      metadata: { name: this.name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: this.podLabels },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext(),
            containers: [hardenedContainer({
              name: 'kafka-ui',
              image: props.image,
              ports: [{ name: 'http', containerPort: KAFKA_UI_PORT }],
              env: [
                { name: 'KAFKA_CLUSTERS_0_NAME', value: cluster.clusterName },
                { name: 'KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS', value: cluster.bootstrapServers('tls') },
                { name: 'KAFKA_CLUSTERS_0_READONLY', value: 'true' },
                { name: 'KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL', value: 'SASL_SSL' },
                { name: 'KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM', value: 'SCRAM-SHA-512' },
                { name: 'KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG', ...secretValue(props.user.secretName, 'sasl.jaas.config') },
                // Strimzi's cluster CA Secret carries a PKCS #12 truststore and its password.
                { name: 'KAFKA_CLUSTERS_0_SSL_TRUSTSTORELOCATION', value: '/kafka-ca/ca.p12' },
                { name: 'KAFKA_CLUSTERS_0_SSL_TRUSTSTOREPASSWORD', ...secretValue(cluster.caCertSecretName, 'ca.password') },
                { name: 'KAFKA_CLUSTERS_0_PROPERTIES_SSL_TRUSTSTORE_TYPE', value: 'PKCS12' },
                // Clusters come from the environment only: no configuration wizard writing to the pod.
                { name: 'DYNAMIC_CONFIG_ENABLED', value: 'false' },
                { name: 'AUTH_TYPE', value: 'LOGIN_FORM' },
                { name: 'SPRING_SECURITY_USER_NAME', ...secretValue(props.credentialsSecretName, 'username') },
                { name: 'SPRING_SECURITY_USER_PASSWORD', ...secretValue(props.credentialsSecretName, 'password') },
                // The JVM sizes its heap from the container limit and writes temporary files to the volume.
                { name: 'JAVA_OPTS', value: '-XX:MaxRAMPercentage=50 -Djava.io.tmpdir=/tmp' },
              ],
              resources: props.resources,
              // /actuator/health is open without a login (kafka-ui's AbstractAuthSecurityConfig AUTH_WHITELIST).
              startupProbe: { ...health('/actuator/health', 5), failureThreshold: 36 },
              readinessProbe: health('/actuator/health', 10),
              livenessProbe: health('/actuator/health', 30),
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'kafka-ca', mountPath: '/kafka-ca', readOnly: true }],
            })],
            volumes: [
              { name: 'tmp', emptyDir: {} },
              { name: 'kafka-ca', secret: { secretName: cluster.caCertSecretName, items: [{ key: 'ca.p12', path: 'ca.p12' }] } },
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, labels },
      spec: { selector: this.podLabels, ports: [{ name: 'http', port: KAFKA_UI_PORT, targetPort: k8s.IntOrString.fromString('http') }] },
    });
  }
}
