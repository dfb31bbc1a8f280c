import * as path from 'node:path';
import { Construct } from 'constructs';
import { HAPROXY_INGRESS_CRDS } from './haproxy-ingress-release';
import { VendoredInclude } from './vendored-include';

/**
 * The `ingress.v3.haproxy.org` CustomResourceDefinitions, included unmodified from the vendored release:
 * the controller's informers list and watch them (its ClusterRole grants them), so they exist before it starts.
 */
export class HaproxyIngressCrds extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const file of HAPROXY_INGRESS_CRDS) new VendoredInclude(this, path.basename(file, '.yaml'), { file });
  }
}
