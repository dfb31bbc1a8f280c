import * as path from 'node:path';
import { Construct } from 'constructs';
import { VendoredInclude } from '../constructs/vendored-include';
import { PlatformChart } from './platform-chart';

const CRD_DIR = path.join(__dirname, '..', 'vendor', 'cert-manager', 'v1.21.2', 'crds');
/** cert-manager's CRDs as its module ships them (`deploy/crds/*.yaml`, v1.21.2), unmodified. */
export const CERT_MANAGER_CRD_FILES = [
  'acme.cert-manager.io_challenges.yaml', 'acme.cert-manager.io_orders.yaml', 'cert-manager.io_certificaterequests.yaml',
  'cert-manager.io_certificates.yaml', 'cert-manager.io_clusterissuers.yaml', 'cert-manager.io_issuers.yaml',
].map((f) => path.join(CRD_DIR, f));

/** Foundation layer: the cert-manager CustomResourceDefinitions. */
export class CertManagerCrdsChart extends PlatformChart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { layer: 'foundation' });
    for (const file of CERT_MANAGER_CRD_FILES) new VendoredInclude(this, path.basename(file, '.yaml'), { file });
  }
}
