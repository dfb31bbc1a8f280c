import { Construct } from 'constructs';
import { ExternalSecretsOperator } from '../constructs/external-secrets-operator';
import type { ResourceSpec } from '../constructs/hardening';
import { PLATFORM_NAMESPACES } from './namespaces';
import { PlatformChart } from './platform-chart';

export interface ExternalSecretsOperatorChartProps {
  readonly image: string;
  readonly resources: ResourceSpec;
  /** TCP ports of the external store (Vault). */
  readonly externalPorts: readonly number[];
}

/** Operators layer: External Secrets Operator in `external-secrets`, watching every namespace. */
export class ExternalSecretsOperatorChart extends PlatformChart {
  readonly operator: ExternalSecretsOperator;

  constructor(scope: Construct, id: string, props: ExternalSecretsOperatorChartProps) {
    super(scope, id, { layer: 'operators', namespace: PLATFORM_NAMESPACES['external-secrets'].name });
    this.operator = new ExternalSecretsOperator(this, 'Operator', props);
  }
}
