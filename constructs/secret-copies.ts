import { Duration, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as eso from '../imports/external-secrets.io';
import * as k8s from '../imports/k8s';
import { ConfigError, requireDnsLabel } from './config-error';

export interface SecretCopiesProps {
  /** Namespace the copies are kept in (the consumers' namespace). */
  readonly namespace: string;
  /**
   * How often each copy re-reads its source: a rotated CA or password reaches every copy within this
   * time. Each copy costs one GET of one Secret per interval. @default Duration.minutes(1)
   */
  readonly refreshInterval?: Duration;
}

/** A Secret to keep a copy of. */
export interface SecretSource {
  /** Namespace of the source Secret (an operator writes it there: Strimzi, ECK). */
  readonly namespace: string;
  /** Name of the source Secret. */
  readonly name: string;
}

export interface SecretCopyOptions {
  readonly source: SecretSource;
  /** Name of the copy. @default the source's name */
  readonly name?: string;
  /** Keys to copy. @default every key of the source */
  readonly keys?: readonly string[];
}

/** A Secret kept in sync with its source: its name and namespace, for consumers to reference. */
export interface SecretCopy {
  readonly name: string;
  readonly namespace: string;
}

/** A request for a copy in `namespace`: what a construct that hands out credentials asks for. */
export interface SecretCopyRequest extends SecretCopyOptions {
  readonly namespace: string;
}

/**
 * Copies of Secrets from other namespaces into one namespace, kept in sync by External Secrets
 * Operator (its Kubernetes provider). Per source namespace, the target namespace gets a ServiceAccount
 * and a SecretStore that reads the source namespace as that ServiceAccount, and the source namespace a
 * Role that lets it `get` exactly the Secrets copied into this namespace, nothing else. Each copy is
 * an ExternalSecret that owns its Secret; ESO re-reads the source every `refreshInterval`, so a
 * rotation reaches every copy.
 */
export class SecretCopies extends Construct {
  readonly namespace: string;
  readonly refreshInterval: Duration;
  private readonly sources = new Map<string, Set<string>>();
  private readonly copies = new Set<string>();

  constructor(scope: Construct, id: string, props: SecretCopiesProps) {
    super(scope, id);
    requireDnsLabel('namespace', props.namespace);
    this.namespace = props.namespace;
    this.refreshInterval = props.refreshInterval ?? Duration.minutes(1);
  }

  /** Name of the SecretStore (and its ServiceAccount) that reads `sourceNamespace`. */
  static storeName(sourceNamespace: string): string {
    return `secrets-from-${sourceNamespace}`;
  }

  /** Keeps a copy of `source` here; a second copy of the same name throws. */
  public addCopy(options: SecretCopyOptions): SecretCopy {
    const name = options.name ?? options.source.name;
    const { namespace: sourceNamespace, name: source } = options.source;
    requireDnsLabel('source.namespace', sourceNamespace);
    if (sourceNamespace === this.namespace) throw new ConfigError('source.namespace', sourceNamespace, `is where the copy of ${source} would go; reference the source instead of copying it`);
    if (this.copies.has(name)) throw new ConfigError('copies', `${this.namespace}/${name}`, 'is copied twice; copy each Secret once per namespace');
    this.copies.add(name);
    this.sourceNamespace(sourceNamespace).add(source);

    new eso.ExternalSecret(this, `Copy-${name}`, {
      metadata: { name, namespace: this.namespace },
      spec: {
        refreshInterval: durationText(this.refreshInterval),
        secretStoreRef: { kind: eso.ExternalSecretSpecSecretStoreRefKind.SECRET_STORE, name: SecretCopies.storeName(sourceNamespace) },
        target: { name, creationPolicy: eso.ExternalSecretSpecTargetCreationPolicy.OWNER },
        ...(options.keys
          ? { data: options.keys.map((key) => ({ secretKey: key, remoteRef: { key: source, property: key } })) }
          : { dataFrom: [{ extract: { key: source } }] }),
      },
    });
    return { name, namespace: this.namespace };
  }

  /** The store, ServiceAccount and source-side Role for one source namespace, made on first use. */
  private sourceNamespace(sourceNamespace: string): Set<string> {
    const known = this.sources.get(sourceNamespace);
    if (known) return known;
    const sources = new Set<string>();
    this.sources.set(sourceNamespace, sources);
    const account = SecretCopies.storeName(sourceNamespace);
    const namespace = this.namespace;
    new k8s.KubeServiceAccount(this, `ServiceAccount-${sourceNamespace}`, { metadata: { name: account, namespace }, automountServiceAccountToken: false });
    new eso.SecretStore(this, `Store-${sourceNamespace}`, {
      metadata: { name: account, namespace },
      spec: {
        provider: {
          kubernetes: {
            remoteNamespace: sourceNamespace,
            // The in-cluster API server, verified with the cluster CA every namespace holds
            // (the kube-root-ca.crt ConfigMap kube-controller-manager publishes).
            server: { url: 'https://kubernetes.default.svc', caProvider: { type: eso.SecretStoreSpecProviderKubernetesServerCaProviderType.CONFIG_MAP, name: 'kube-root-ca.crt', key: 'ca.crt' } },
            auth: { serviceAccount: { name: account } },
          },
        },
      },
    });
    // The source namespace is in the name too: the chart renders one file per Kind and name.
    const role = `secret-copies-to-${namespace}-from-${sourceNamespace}`;
    new k8s.KubeRole(this, `Role-${sourceNamespace}`, {
      metadata: { name: role, namespace: sourceNamespace },
      // Filled at synthesis: every copy from this source namespace adds its source.
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: Lazy.any({ produce: () => [...sources].sort() }) as unknown as string[], verbs: ['get'] }],
    });
    new k8s.KubeRoleBinding(this, `RoleBinding-${sourceNamespace}`, {
      metadata: { name: role, namespace: sourceNamespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role },
      subjects: [{ kind: 'ServiceAccount', name: account, namespace }],
    });
    return sources;
  }
}

/** `1m`, `90s`, `1h`: the Go duration text ESO parses. */
function durationText(d: Duration): string {
  const seconds = d.toSeconds();
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
