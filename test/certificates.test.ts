/**
 * The issuer each environment declares (`certificates.issuer`) and the UI certificate: what is
 * rendered for a private CA and for an ACME server, and the errors for bad input (schema and
 * construct). cert-manager itself runs in test/secrets.test.ts.
 */
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { dev, prod, staging, type EnvironmentConfig } from '../environments';
import { formatViolation, validateEnvironments } from '../render/environment-schema';
import { PlatformIssuer, type IssuerSettings } from '../constructs/platform-issuer';
import { UiCertificate } from '../constructs/ui-certificate';
import { committedManifests } from './support/fixtures';

const withIssuer = (env: EnvironmentConfig, issuer: unknown) => ({ ...env, certificates: { ...env.certificates, issuer } }) as EnvironmentConfig;
const violations = (env: unknown): string[] => validateEnvironments([env]).map(formatViolation);

function issuer(settings: IssuerSettings) {
  const chart = new Chart(Testing.app(), 'issuer', { namespace: 'cert-manager' });
  new PlatformIssuer(chart, 'Issuer', { settings, ingressClassName: 'haproxy', clusterResourceNamespace: 'cert-manager' });
  return Testing.synth(chart);
}

describe('the issuer each environment declares', () => {
  it('dev signs with a private CA: a self-signed ClusterIssuer issues the CA Certificate, which the CA ClusterIssuer `platform` signs with', () => {
    const objects = issuer({ selfSignedCa: { commonName: 'test CA' } });
    expect(objects.map((o) => [o.kind, o.metadata.namespace, o.metadata.name])).toEqual([
      ['ClusterIssuer', undefined, 'platform-selfsigned'],
      ['Certificate', 'cert-manager', 'platform-ca'],
      ['ClusterIssuer', undefined, 'platform'],
    ]);
    const [, ca, platform] = objects;
    expect(ca.spec).toMatchObject({ isCA: true, commonName: 'test CA', secretName: 'platform-ca', issuerRef: { name: 'platform-selfsigned', kind: 'ClusterIssuer' } });
    expect(platform.spec).toEqual({ ca: { secretName: 'platform-ca' } });
  });

  it('staging and prod order from an ACME server, solving HTTP-01 through the platform\'s ingress class', () => {
    for (const env of ['staging', 'prod']) {
      const rendered = committedManifests().get(env)!.map((r) => r.object);
      const platform = rendered.find((o) => o.kind === 'ClusterIssuer' && o.metadata.name === 'platform')!;
      expect(platform.spec, env).toEqual({
        acme: {
          server: 'https://acme-v02.api.letsencrypt.org/directory',
          email: 'platform-team@example.com',
          privateKeySecretRef: { name: 'platform-acme-account' },
          solvers: [{ http01: { ingress: { ingressClassName: 'haproxy' } } }],
        },
      });
      expect(rendered.filter((o) => o.kind === 'Certificate' && (o.spec as any).isCA), `${env} has no private CA`).toEqual([]);
    }
  });

  it('only the ACME environments admit the ingress controller to the HTTP-01 solver pods', () => {
    const withPolicy = [...committedManifests()].filter(([, rendered]) => rendered.some((r) => r.object.kind === 'NetworkPolicy' && r.object.metadata.name === 'acme-http01-solver')).map(([env]) => env).sort();
    expect(withPolicy).toEqual(['prod', 'staging']);
  });

  it.each<[string, EnvironmentConfig, string]>([
    ['an ACME server that is not an https URL', withIssuer(prod, { acme: { server: 'http://acme.example.com/directory', email: 'a@example.com' } }),
      'prod: certificates.issuer.acme.server ("http://acme.example.com/directory"): must be the https:// directory URL of an ACME server'],
    ['an account e-mail without a domain', withIssuer(staging, { acme: { server: 'https://acme.example.com/directory', email: 'platform-team' } }),
      'staging: certificates.issuer.acme.email ("platform-team"): must be an e-mail address (name@domain)'],
    ['both issuers at once', withIssuer(dev, { selfSignedCa: { commonName: 'x' }, acme: { server: 'https://acme.example.com/directory', email: 'a@example.com' } }),
      'dev: certificates.issuer'],
    ['no issuer', withIssuer(dev, {}), 'dev: certificates.issuer'],
  ])('fails on %s', (_label, env, message) => {
    const found = violations(env);
    expect(found.some((line) => line.startsWith(message)), `expected a line starting with\n  ${message}\ngot\n  ${found.join('\n  ')}`).toBe(true);
  });

  it('fails in the construct on an ACME account e-mail it cannot use, naming field, value and rule', () => {
    expect(() => issuer({ acme: { server: 'https://acme.example.com/directory', email: 'nobody' } })).toThrow(/issuer\.acme\.email.*nobody.*e-mail address/);
    expect(() => issuer({ acme: { server: 'ftp://acme.example.com', email: 'a@example.com' } })).toThrow(/issuer\.acme\.server.*ftp:\/\/acme\.example\.com.*https:\/\//);
  });
});

describe('the UI certificate', () => {
  it('names every UI host once and asks for a copy in each other namespace with a UI', () => {
    const chart = new Chart(Testing.app(), 'ui', { namespace: 'haproxy-controller' });
    const cert = new UiCertificate(chart, 'Cert', {
      secretName: 'platform-ui-tls',
      issuerRef: { name: 'platform', kind: 'ClusterIssuer', group: 'cert-manager.io' },
      uis: [{ host: 'grafana.x.example', namespace: 'monitoring' }, { host: 'prometheus.x.example', namespace: 'monitoring' }, { host: 'spark.x.example', namespace: 'spark' }, { host: 'grafana.x.example', namespace: 'monitoring' }],
    });
    expect(Testing.synth(chart)[0].spec.dnsNames).toEqual(['grafana.x.example', 'prometheus.x.example', 'spark.x.example']);
    expect(cert.secretCopies().map((c) => [c.namespace, c.source.namespace, c.source.name])).toEqual([
      ['monitoring', 'haproxy-controller', 'platform-ui-tls'],
      ['spark', 'haproxy-controller', 'platform-ui-tls'],
    ]);
  });

  it('admits the given clients to cert-manager\'s HTTP-01 solver pods on 8089 when the issuer solves HTTP-01, and renders no policy otherwise', () => {
    const render = (http01SolverClients?: Array<{ namespace?: string; podLabels: Record<string, string> }>) => {
      const chart = new Chart(Testing.app(), 'ui', { namespace: 'haproxy-controller' });
      new UiCertificate(chart, 'Cert', {
        secretName: 'platform-ui-tls',
        issuerRef: { name: 'platform', kind: 'ClusterIssuer', group: 'cert-manager.io' },
        uis: [{ host: 'grafana.x.example', namespace: 'monitoring' }],
        http01SolverClients,
      });
      return Testing.synth(chart).filter((o) => o.kind === 'NetworkPolicy');
    };
    expect(render()).toEqual([]);
    expect(render([])).toEqual([]);
    const [policy, ...more] = render([{ podLabels: { run: 'haproxy-ingress' } }]);
    expect(more).toEqual([]);
    // cert-manager v1.21.2 labels the solver pods with the stable key of pkg/apis/acme/v1/types.go:60 and
    // listens on 8089 (pkg/issuer/acme/http/http.go:50).
    expect(policy.metadata.namespace).toBe('haproxy-controller');
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { 'acme.cert-manager.io/http01-solver': 'true' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { run: 'haproxy-ingress' } } }], ports: [{ protocol: 'TCP', port: 8089 }] }],
    });
  });

  it('fails on an HTTP-01 solver client without pod labels (a grant to the whole namespace), naming the field', () => {
    const chart = new Chart(Testing.app(), 'ui', { namespace: 'haproxy-controller' });
    expect(() => new UiCertificate(chart, 'Cert', {
      secretName: 'platform-ui-tls',
      issuerRef: { name: 'platform', kind: 'ClusterIssuer', group: 'cert-manager.io' },
      uis: [{ host: 'grafana.x.example', namespace: 'monitoring' }],
      http01SolverClients: [{ namespace: 'haproxy-controller', podLabels: {} }],
    })).toThrow(/peers\.haproxy-controller\.podLabels.*must name the client pods/);
  });

  it('every Ingress\'s TLS Secret in every environment is the Certificate\'s Secret or a copy of it', () => {
    for (const [env, rendered] of committedManifests()) {
      const objects = rendered.map((r) => r.object);
      const cert = objects.find((o) => o.kind === 'Certificate' && o.metadata.name === 'platform-ui-tls')!;
      const holders = new Set([`${cert.metadata.namespace}/${(cert.spec as any).secretName}`, ...objects
        .filter((o) => o.kind === 'ExternalSecret' && (o.spec as any).data?.[0]?.remoteRef?.key === 'platform-ui-tls')
        .map((o) => `${o.metadata.namespace}/${(o.spec as any).target.name}`)]);
      const ingresses = objects.filter((o) => o.kind === 'Ingress');
      expect(ingresses.length, env).toBeGreaterThan(3);
      for (const i of ingresses) for (const tls of (i.spec as any).tls) expect(holders, `${env}: Ingress ${i.metadata.namespace}/${i.metadata.name}`).toContain(`${i.metadata.namespace}/${tls.secretName}`);
      const hosts = ingresses.flatMap((i) => (i.spec as any).tls.flatMap((t: { hosts: string[] }) => t.hosts)).sort();
      expect((cert.spec as any).dnsNames, env).toEqual([...new Set(hosts)]);
    }
  });
});
