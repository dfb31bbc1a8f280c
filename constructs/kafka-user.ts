import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as strimzi from '../imports/kafka.strimzi.io';
import { ConfigError, requireDnsLabel } from './config-error';

export type KafkaAuthentication = 'scram-sha-512' | 'tls';

export interface KafkaUserProps {
  /** KafkaUser name: the principal and the name of its credentials Secret. A DNS label. */
  readonly name: string;
  /** Strimzi cluster the user belongs to. */
  readonly clusterName: string;
  readonly authentication: KafkaAuthentication;
  /** Namespace the client runs in; the credentials Secret is copied there (see KafkaCluster.addUser). */
  readonly clientNamespace: string;
}

type Operation = `${strimzi.KafkaUserSpecAuthorizationAclsOperations}`;

interface Acl {
  readonly type: 'topic' | 'group';
  readonly name: string;
  readonly operations: readonly Operation[];
}

/**
 * A Strimzi KafkaUser whose ACLs are the grants made on topics (`topic.grantWrite(user)`), collected
 * until synthesis. The User Operator writes the credentials Secret `<name>` in the Kafka namespace;
 * the cluster keeps a copy in the client's namespace (see KafkaCluster.addUser).
 */
export class KafkaUser extends Construct {
  /** The principal name. */
  readonly name: string;
  /** Name of the credentials Secret (keys `password` and `sasl.jaas.config` for SCRAM; `user.crt`, `user.key`, `ca.crt` for TLS). */
  readonly secretName: string;
  /** Namespace the credentials Secret is copied to: the client's own namespace. */
  readonly secretNamespace: string;
  readonly authentication: KafkaAuthentication;
  private readonly acls: Acl[] = [];

  constructor(scope: Construct, id: string, props: KafkaUserProps) {
    super(scope, id);
    requireDnsLabel('name', props.name);
    requireDnsLabel('clientNamespace', props.clientNamespace);
    this.name = props.name;
    this.secretName = props.name;
    this.secretNamespace = props.clientNamespace;
    this.authentication = props.authentication;

    new strimzi.KafkaUser(this, 'Resource', {
      metadata: { name: props.name, labels: { 'strimzi.io/cluster': props.clusterName } },
      spec: {
        authentication: { type: props.authentication as strimzi.KafkaUserSpecAuthenticationType },
        authorization: Lazy.any({ produce: () => ({ type: 'simple', acls: this.acls.map(renderAcl) }) }),
      },
    });
    this.node.addValidation({ validate: () => (this.acls.length === 0 ? [`KafkaUser ${this.name} has no ACLs: grant it a topic or remove it`] : []) });
  }

  /**
   * Adds an ACL; called by KafkaTopic's grant methods. A topic is granted once per user (a second grant
   * throws); a consumer group shared by several topics is added once.
   */
  public allow(type: Acl['type'], name: string, operations: readonly Operation[]): void {
    const existing = this.acls.find((a) => a.type === type && a.name === name);
    if (existing && type === 'group') return;
    if (existing) throw new ConfigError(`users.${this.name}`, `${type}:${name}`, 'is granted twice; grant each topic once per user');
    this.acls.push({ type, name, operations });
  }
}

function renderAcl(acl: Acl) {
  return { resource: { type: acl.type, name: acl.name, patternType: 'literal' }, operations: [...acl.operations] };
}
