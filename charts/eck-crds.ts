import * as path from 'node:path';
import { VendoredInclude } from '../constructs/vendored-include';
import { Construct } from 'constructs';
import { PlatformChart } from './platform-chart';

/** ECK's CRD bundle as users install it (`all-crds.yaml`, v3.5.0), unmodified. */
export const ECK_CRDS_FILE = path.join(__dirname, '..', 'vendor', 'eck', 'v3.5.0', 'all-crds.yaml');

/** Foundation layer: the ECK CustomResourceDefinitions. */
export class EckCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    new VendoredInclude(this, 'Resource', { file: ECK_CRDS_FILE });
  }
}
