import * as path from 'node:path';
import { Construct } from 'constructs';
import { VendoredInclude } from '../constructs/vendored-include';
import { PlatformChart } from './platform-chart';

/** External Secrets Operator's CRD bundle (`deploy/crds/bundle.yaml`, v0.16.2), unmodified. */
export const EXTERNAL_SECRETS_CRDS_FILE = path.join(__dirname, '..', 'vendor', 'external-secrets', 'v0.16.2', 'bundle.yaml');

/** Foundation layer: the External Secrets Operator CustomResourceDefinitions. */
export class ExternalSecretsCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new VendoredInclude(this, 'Resource', { file: EXTERNAL_SECRETS_CRDS_FILE });
  }
}
