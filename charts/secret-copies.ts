import { Construct } from 'constructs';
import { SecretCopies, type SecretCopyOptions } from '../constructs/secret-copies';
import { PlatformChart } from './platform-chart';

export interface SecretCopiesChartProps {
  /** Namespace the copies are kept in. */
  readonly namespace: string;
  readonly copies: readonly SecretCopyOptions[];
}

/**
 * Platform layer: the copies one namespace's consumers need of Secrets that operators write elsewhere
 * (Strimzi's KafkaUser credentials and cluster CA), kept in sync by External Secrets Operator. One chart
 * per namespace: each holds a store per source namespace and one ExternalSecret per copy.
 */
export class SecretCopiesChart extends PlatformChart {
  readonly copies: SecretCopies;

  constructor(scope: Construct, id: string, props: SecretCopiesChartProps) {
    super(scope, id, { layer: 'platform', namespace: props.namespace });
    this.copies = new SecretCopies(this, 'Resource', { namespace: props.namespace });
    for (const copy of props.copies) this.copies.addCopy(copy);
  }
}
