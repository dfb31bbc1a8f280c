import { VendoredInclude } from './vendored-include';
import { Construct } from 'constructs';
import * as path from 'node:path';
import { strimziInstallFiles } from './strimzi-release';

/** The Strimzi CustomResourceDefinitions, included unmodified from the vendored release (`04x-Crd-*.yaml`). */
export class StrimziCrds extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const file of strimziInstallFiles(/^04[0-9]-Crd-/)) new VendoredInclude(this, path.basename(file, '.yaml'), { file });
  }
}
