import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as eso from '../imports/external-secrets.io';
import { ConfigError, requireDnsSubdomain } from './config-error';

/** HashiCorp Vault, KV version 2, read with a token: the environment's one root credential. */
export interface VaultStoreProps {
  /** Vault's address, `https://host[:port]`. */
  readonly server: string;
  /** Mount path of the KV v2 engine. */
  readonly path: string;
  /** Folder under the mount with this environment's secrets: one Vault secret per Kubernetes Secret, named alike. */
  readonly prefix: string;
  /** The root credential: a Secret in the store's namespace with key `token`, created by hand. */
  readonly tokenSecret: string;
}

export interface ExternalStoreProps {
  /** SecretStore name. */
  readonly name: string;
  /** Where the values live. @default a local store (ESO's fake provider) with placeholder values: nothing to create by hand, no receiver reachable */
  readonly vault?: VaultStoreProps;
}

/** Key of the root credential Secret that holds the Vault token. */
export const ROOT_CREDENTIAL_KEY = 'token';

/** A placeholder for a key of the local store: a URL where the key holds one (receivers check URLs). */
export const localPlaceholder = (secret: string, key: string) => (/url$/i.test(key) ? `https://${secret}.invalid/${key}` : `placeholder-${key}`);

/**
 * The store of the values that come from outside the cluster (webhook URLs, routing keys, the SMTP
 * password), declared per environment, and an ExternalSecret per Secret made from it. With `vault`,
 * exactly one Secret is created by hand: the token Secret the store reads. Without it, the store is
 * local (ESO's fake provider) and holds placeholder values, so the environment needs no hand-made
 * Secret and sends no notification anywhere.
 */
export class ExternalStore extends Construct {
  readonly name: string;
  /** The one Secret created by hand, if any. */
  readonly rootCredential?: { readonly name: string; readonly key: string };
  private readonly secrets = new Map<string, readonly string[]>();
  /** Folder of this environment's secrets in the store. */
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: ExternalStoreProps) {
    super(scope, id);
    requireDnsSubdomain('name', props.name);
    this.name = props.name;
    const vault = props.vault;
    if (vault) {
      if (!/^https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(vault.server)) throw new ConfigError('vault.server', vault.server, 'must be https://host[:port]');
      requireDnsSubdomain('vault.tokenSecret', vault.tokenSecret);
      this.rootCredential = { name: vault.tokenSecret, key: ROOT_CREDENTIAL_KEY };
    }
    new eso.SecretStore(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        provider: vault
          ? { vault: { server: vault.server, path: vault.path, version: eso.SecretStoreSpecProviderVaultVersion.V2, auth: { tokenSecretRef: { name: vault.tokenSecret, key: ROOT_CREDENTIAL_KEY } } } }
          : { fake: { data: Lazy.any({ produce: () => [...this.secrets].map(([name, keys]) => ({ key: name, value: JSON.stringify(Object.fromEntries(keys.map((k) => [k, localPlaceholder(name, k)]))) })) }) as unknown as eso.SecretStoreSpecProviderFakeData[] } },
      },
    });
    this.prefix = vault ? `${vault.prefix.replace(/\/+$/, '')}/` : '';
  }

  /** A Secret `name` with `keys`, read from the store's secret `<prefix>/<name>` and re-read hourly. Throws on a duplicate. */
  public addSecret(name: string, keys: readonly string[]): void {
    requireDnsSubdomain('name', name);
    if (this.secrets.has(name)) throw new ConfigError('name', name, `is read from ${this.name} twice`);
    this.secrets.set(name, keys);
    new eso.ExternalSecret(this, `Secret-${name}`, {
      metadata: { name },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { kind: eso.ExternalSecretSpecSecretStoreRefKind.SECRET_STORE, name: this.name },
        target: { name, creationPolicy: eso.ExternalSecretSpecTargetCreationPolicy.OWNER },
        data: keys.map((key) => ({ secretKey: key, remoteRef: { key: `${this.prefix}${name}`, property: key } })),
      },
    });
  }
}
