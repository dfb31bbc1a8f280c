import { Construct } from 'constructs';
import * as eso from '../imports/external-secrets.io';
import * as generators from '../imports/generators.external-secrets.io';
import { requireDnsSubdomain } from './config-error';

export interface GeneratedCredentialsProps {
  /** Name of the Secret (in the chart's namespace). */
  readonly name: string;
  /** The fixed `username` key. */
  readonly username: string;
  /** Further fixed keys (e.g. ECK's file-realm `roles`). @default none */
  readonly extraKeys?: Readonly<Record<string, string>>;
  /** Secret type. @default Opaque */
  readonly type?: 'Opaque' | 'kubernetes.io/basic-auth';
}

/** What every generated password is: 32 letters and digits (no symbol: InfluxQL literals, URLs and config files take it as it is). */
export const PASSWORD_SPEC = { length: 32, digits: 8, symbols: 0, noUpper: false, allowRepeat: true } as const;

/**
 * A login generated in the cluster, never in Git: External Secrets Operator's Password generator fills
 * `password` once and the ExternalSecret owns the Secret (`username`, `password` and the fixed keys).
 * `refreshInterval: 0` keeps the password: it is generated again only when the Secret is deleted, which
 * is how it is rotated (copies follow within their refresh interval).
 */
export class GeneratedCredentials extends Construct {
  readonly secretName: string;

  constructor(scope: Construct, id: string, props: GeneratedCredentialsProps) {
    super(scope, id);
    requireDnsSubdomain('name', props.name);
    this.secretName = props.name;
    const generator = new generators.Password(this, 'Generator', { metadata: { name: `${props.name}-password` }, spec: { ...PASSWORD_SPEC } });
    new eso.ExternalSecret(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        refreshInterval: '0s',
        dataFrom: [{ sourceRef: { generatorRef: { apiVersion: generator.apiVersion, kind: eso.ExternalSecretSpecDataFromSourceRefGeneratorRefKind.PASSWORD, name: generator.name } } }],
        target: {
          name: props.name,
          creationPolicy: eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
          template: {
            engineVersion: eso.ExternalSecretSpecTargetTemplateEngineVersion.V2,
            ...(props.type && props.type !== 'Opaque' ? { type: props.type } : {}),
            // The generator's output key is `password`; the other keys are fixed text.
            data: { username: props.username, password: '{{ .password }}', ...props.extraKeys },
          },
        },
      },
    });
  }
}
