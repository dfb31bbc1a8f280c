import { Construct } from 'constructs';
import { ExternalStore, type VaultStoreProps } from '../constructs/external-store';
import { PlatformChart } from './platform-chart';

export interface ExternalSecretsStoreChartProps {
  /** Namespace of the receivers that read the values (Alertmanager and Grafana: `monitoring`). */
  readonly namespace: string;
  /** The environment's store. @default a local store with placeholder values */
  readonly vault?: VaultStoreProps;
  /** The Secrets to make from the store, with their keys. */
  readonly secrets: Readonly<Record<string, readonly string[]>>;
}

/** Platform layer: the environment's external store and the Secrets the receivers read from it. */
export class ExternalSecretsStoreChart extends PlatformChart {
  readonly store: ExternalStore;

  constructor(scope: Construct, id: string, props: ExternalSecretsStoreChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    this.store = new ExternalStore(this, 'Store', { name: 'platform-external', vault: props.vault });
    for (const [name, keys] of Object.entries(props.secrets)) this.store.addSecret(name, keys);
  }
}
