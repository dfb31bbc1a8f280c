/**
 * External Secrets Operator v0.16.2 (the version the environments deploy, built from the Go module
 * proxy) against a real API server (the highest supported Kubernetes version), with each environment's
 * rendered objects applied for real:
 *
 * - it produces every Secret (and key) any rendered object references, except those the README still
 *   lists as made out of band (created here as placeholders), those Strimzi and ECK write and those a
 *   Vault store would hold (their stand-ins, see test/support/secrets.ts);
 * - dev needs no hand-made Secret for its receivers: its local store makes them;
 * - the generated passwords are 32 letters and digits, and each copy holds its source's values;
 * - rotation (dev): a new CA in Strimzi's and ECK's source Secrets reaches every copy; a deleted
 *   generated Secret comes back with a new password, and the client's copy follows;
 * - cert-manager v1.21.2's controllers (our main over the root module's packages, tools/go/cert-manager)
 *   issue dev's CA and the UI certificate from the rendered issuers: the chain verifies against the CA
 *   (node's X509Certificate), the metrics the alerts read are exported, and a manual renewal (the
 *   `Issuing` condition `cmctl renew` sets) gives the Secret and every copy a new serial;
 * - staging and prod order the UI certificate from a real ACME server, Let's Encrypt's test server
 *   pebble (test/support/acme.ts): the ClusterIssuer is pointed at pebble's directory and CA for the
 *   test only, and a stand-in for the ingress controller and the solver pod (neither runs here) hands
 *   each Challenge's token and key to pebble's HTTP-01 responder. The renewal goes through ACME too.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../environments';
import { K8S_VALIDATION_VERSIONS } from '../render/crd-sources';
import type { RenderedObject } from '../render/manifests';
import { ApiServer } from '../tools/apiserver';
import { committedManifests } from './support/fixtures';
import { clusterProvided, getObject, waitUntil } from './support/operators';
import {
  eckStandIns, externalStoreStandIns, fakeCertificate, reachableFromHarness, rootCaConfigMaps, secretReferences, startCertManager, startExternalSecrets, strimziStandIns, type SecretReference,
} from './support/secrets';
import { deliveryCrds, planEnvironment } from '../tools/server-plan';
import { type AcmeServer, startAcme } from './support/acme';

const tree = committedManifests();
const version = K8S_VALIDATION_VERSIONS[K8S_VALIDATION_VERSIONS.length - 1].split('.').slice(0, 2).join('.');
/** Copies re-read their source every minute (constructs/secret-copies.ts); allow one interval and a margin. */
const ONE_REFRESH_MS = 100_000;

type Secret = { data?: Record<string, string> };
const text = (s: Secret | undefined, key: string) => (s?.data?.[key] === undefined ? undefined : Buffer.from(s.data[key], 'base64').toString('utf8'));
const secretPath = (namespace: string, name: string) => `/api/v1/namespaces/${namespace}/secrets/${name}`;

/**
 * Asks ESO to re-read an ExternalSecret's source now: the `force-sync` annotation its documentation
 * gives for this. Any change of an annotation does it in v0.16.2: the controller watches every update of
 * an ExternalSecret (no predicate in SetupWithManager), and shouldRefreshPeriodic refreshes when the
 * generation and the hash of the labels and annotations differ from the synced ones
 * (pkg/controllers/externalsecret/externalsecret_controller.go, pkg/controllers/util/util.go).
 * The rendered objects are unchanged; one test still waits for the rendered one-minute refresh.
 */
async function forceSync(server: ApiServer, namespace: string, name: string) {
  const res = await server.request('PATCH', `/apis/external-secrets.io/v1/namespaces/${namespace}/externalsecrets/${name}`, { metadata: { annotations: { 'force-sync': String(Date.now()) } } }, 'application/merge-patch+json');
  if (res.status !== 200) throw new Error(`force-sync of ${namespace}/${name}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The ExternalSecrets that copy (store-backed), with the source each reads. */
function copiesOf(rendered: readonly RenderedObject[]) {
  return rendered
    .map((r) => r.object)
    .filter((o) => o.kind === 'ExternalSecret' && (o.spec as any).secretStoreRef)
    .flatMap((o) => {
      const spec = o.spec as any;
      const store = rendered.find((r) => r.object.kind === 'SecretStore' && r.object.metadata.namespace === o.metadata.namespace && r.object.metadata.name === spec.secretStoreRef.name)!.object;
      // Copies are read through Kubernetes-provider stores; the external store's Secrets are not copies.
      if (!(store.spec as any).provider.kubernetes) return [];
      const sourceNamespace = (store.spec as any).provider.kubernetes.remoteNamespace as string;
      const sourceName = (spec.dataFrom?.[0]?.extract?.key ?? spec.data[0].remoteRef.key) as string;
      const keys = spec.data ? (spec.data as Array<{ secretKey: string; remoteRef: { property: string } }>).map((d) => [d.secretKey, d.remoteRef.property] as const) : undefined;
      return [{ namespace: o.metadata.namespace!, name: spec.target.name as string, externalSecret: o.metadata.name, sourceNamespace, sourceName, keys }];
    });
}

describe.each(ENVIRONMENTS.map((e) => e.name))('External Secrets Operator makes the Secrets of %s', (envName) => {
  const rendered = tree.get(envName)!;
  const plan = planEnvironment(rendered);
  let server: ApiServer;
  let metricsPort = 0;
  let acme: AcmeServer | undefined;
  const applyErrors: string[] = [];

  beforeAll(async () => {
    server = await ApiServer.start(version);
    const used = new Set(rendered.map((r) => `${r.object.apiVersion.split('/')[0]}/${r.object.kind}`));
    await server.installCrds([...plan.crds, ...deliveryCrds()].filter(({ object }) => {
      const spec = object.spec as { group: string; names: { kind: string } };
      // ESO and cert-manager watch every kind of their groups; the others only where the environment uses them.
      return spec.group.endsWith('external-secrets.io') || spec.group.endsWith('cert-manager.io') || used.has(`${spec.group}/${spec.names.kind}`);
    }));
    const namespaces = plan.namespaces.map((n) => n.object.metadata.name);
    const provided = [...clusterProvided(rendered), ...rootCaConfigMaps(server, namespaces), ...strimziStandIns(rendered), ...eckStandIns(rendered), ...externalStoreStandIns(rendered)];
    for (const batch of [plan.namespaces, provided, reachableFromHarness(server, plan.objects)]) {
      for (const r of await server.applyAll(batch, { dryRun: false })) if (r.error) applyErrors.push(`${r.file} ${r.kind} ${r.name}: ${r.error}`);
    }
    await startExternalSecrets(server, rendered);
    acme = await startAcme(server, rendered);
    metricsPort = (await startCertManager(server, rendered, acme?.certManagerArgs)).metricsPort;
  }, 600_000);

  afterAll(async () => {
    acme?.stop();
    await server?.stop();
  });

  it('applies every object, the stand-ins and the placeholders for real', () => {
    expect(applyErrors).toEqual([]);
  });

  it('every Secret and key a rendered object references exists', async () => {
    const refs = secretReferences(rendered);
    expect(refs.length).toBeGreaterThan(20);
    const missing = async () => {
      const out: SecretReference[] = [];
      for (const ref of refs) {
        const s = (await getObject(server, secretPath(ref.namespace, ref.name))) as Secret | undefined;
        if (!s || (ref.key !== undefined && s.data?.[ref.key] === undefined)) out.push(ref);
      }
      return out;
    };
    await waitUntil(async () => ((await missing()).length === 0 ? true : undefined), 180_000);
    expect((await missing()).map((r) => `${r.namespace}/${r.name}${r.key ? `:${r.key}` : ''} (${r.by})`)).toEqual([]);
  }, 240_000);

  it('generated passwords are 32 letters and digits, distinct, with the rendered username', async () => {
    const generated = rendered.map((r) => r.object).filter((o) => o.kind === 'ExternalSecret' && (o.spec as any).dataFrom?.[0]?.sourceRef?.generatorRef);
    expect(generated.length).toBeGreaterThan(0);
    const passwords = new Set<string>();
    for (const o of generated) {
      const s = (await getObject(server, secretPath(o.metadata.namespace!, o.metadata.name))) as Secret;
      const password = text(s, 'password');
      expect(password, `${o.metadata.namespace}/${o.metadata.name}`).toMatch(/^[A-Za-z0-9]{32}$/);
      passwords.add(password!);
      expect(text(s, 'username')).toBe((o.spec as any).target.template.data.username);
    }
    expect(passwords.size).toBe(generated.length);
  });

  it('each copy holds its source\'s values', async () => {
    const copies = copiesOf(rendered);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const source = (await getObject(server, secretPath(c.sourceNamespace, c.sourceName))) as Secret;
      const copy = (await getObject(server, secretPath(c.namespace, c.name))) as Secret;
      const pairs = c.keys ?? Object.keys(source.data ?? {}).map((k) => [k, k] as const);
      for (const [to, from] of pairs) expect(text(copy, to), `${c.namespace}/${c.name}:${to}`).toBe(text(source, from));
    }
  });

  it.runIf(envName === 'dev')('the local store makes the receivers\' Secrets: no root credential in dev', async () => {
    const stores = rendered.filter((r) => r.object.kind === 'SecretStore' && !(r.object.spec as any).provider.kubernetes);
    expect(stores.map((r) => Object.keys((r.object.spec as any).provider))).toEqual([['fake']]);
    const receivers = (await getObject(server, secretPath('monitoring', 'alertmanager-receivers'))) as Secret;
    expect(text(receivers, 'slack-platform-webhook-url')).toBe('https://alertmanager-receivers.invalid/slack-platform-webhook-url');
  });

  it.runIf(envName === 'dev')('a new CA in Strimzi\'s and ECK\'s source Secrets reaches every copy within one refresh', async () => {
    const copies = copiesOf(rendered).filter((c) => c.sourceName.endsWith('-cluster-ca-cert') || c.sourceName.endsWith('-es-http-certs-public'));
    expect(new Set(copies.map((c) => c.sourceName)).size).toBe(2);
    const rotated = fakeCertificate('rotated-ca-1');
    for (const name of new Set(copies.map((c) => `${c.sourceNamespace}/${c.sourceName}`))) {
      const [namespace, secret] = name.split('/');
      const res = await server.request('PATCH', secretPath(namespace, secret), { stringData: { 'ca.crt': rotated } }, 'application/merge-patch+json');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const stale = async () => {
      const out: string[] = [];
      for (const c of copies) if (text((await getObject(server, secretPath(c.namespace, c.name))) as Secret, 'ca.crt') !== rotated) out.push(`${c.namespace}/${c.name}`);
      return out;
    };
    await waitUntil(async () => ((await stale()).length === 0 ? true : undefined), ONE_REFRESH_MS);
    expect(await stale()).toEqual([]);
  }, ONE_REFRESH_MS + 30_000);

  it.runIf(envName === 'dev')('a deleted generated Secret comes back with a new password, and the client\'s copy follows', async () => {
    const source = secretPath('elastic', 'elasticsearch-user-log-aggregator');
    const copy = secretPath('logging', 'elasticsearch-log-aggregator-credentials');
    const before = text((await getObject(server, source)) as Secret, 'password');
    expect(before).toBeDefined();
    expect((await server.request('DELETE', source)).status).toBe(200);
    const after = await waitUntil(async () => {
      const p = text((await getObject(server, source)) as Secret, 'password');
      return p && p !== before ? p : undefined;
    }, 60_000);
    expect(after).toMatch(/^[A-Za-z0-9]{32}$/);
    const copier = copiesOf(rendered).find((c) => c.namespace === 'logging' && c.name === 'elasticsearch-log-aggregator-credentials')!;
    await forceSync(server, copier.namespace, copier.externalSecret);
    const followed = await waitUntil(async () => (text((await getObject(server, copy)) as Secret, 'password') === after ? true : undefined), 30_000);
    expect(followed, 'the copy in logging kept the old password').toBe(true);
  }, 120_000);
  /** The rendered UI Certificate and the Secrets that must hold it: its own and every copy. */
  const uiCertificate = () => {
    const cert = rendered.find((r) => r.object.kind === 'Certificate' && (r.object.spec as any).issuerRef.name === 'platform')!.object;
    const secretName = (cert.spec as any).secretName as string;
    const copies = copiesOf(rendered).filter((c) => c.sourceNamespace === cert.metadata.namespace && c.sourceName === secretName);
    return { cert, secretName, copies, holders: [{ namespace: cert.metadata.namespace!, name: secretName }, ...copies.map((c) => ({ namespace: c.namespace, name: c.name }))] };
  };
  const x509 = (s: Secret | undefined, key = 'tls.crt') => (text(s, key) ? new X509Certificate(text(s, key)!) : undefined);

  it.runIf(envName === 'dev')('cert-manager issues the CA and the UI certificate, whose chain verifies against the CA, and every UI namespace holds it', async () => {
    const caCert = rendered.find((r) => r.object.kind === 'Certificate' && (r.object.spec as any).isCA)!.object;
    const caPath = secretPath(caCert.metadata.namespace!, (caCert.spec as any).secretName);
    const { cert, holders } = uiCertificate();
    expect(holders.length, 'the UI certificate is copied into each UI namespace').toBeGreaterThan(3);
    const ca = await waitUntil(async () => x509(await getObject(server, caPath)), 60_000);
    expect(ca, `cert-manager wrote no ${caPath}`).toBeDefined();
    expect(ca!.ca).toBe(true);
    expect(ca!.subject).toContain(`CN=${(caCert.spec as any).commonName}`);
    const uiPath = secretPath(holders[0].namespace, holders[0].name);
    const ui = await waitUntil(async () => x509(await getObject(server, uiPath)), 60_000);
    expect(ui, `cert-manager wrote no ${uiPath}`).toBeDefined();
    const uiSecret = (await getObject(server, uiPath)) as Secret;
    expect(ui!.checkIssued(ca!)).toBe(true);
    expect(ui!.verify(ca!.publicKey)).toBe(true);
    expect(ui!.checkPrivateKey(createPrivateKey(text(uiSecret, 'tls.key')!))).toBe(true);
    expect(x509(uiSecret, 'ca.crt')?.fingerprint256, 'the Secret names the CA that signed it').toBe(ca!.fingerprint256);
    expect(ui!.subjectAltName!.split(', ').sort()).toEqual(((cert.spec as any).dnsNames as string[]).map((d) => `DNS:${d}`).sort());
    for (const h of holders.slice(1)) {
      const copied = await waitUntil(async () => x509(await getObject(server, secretPath(h.namespace, h.name)))?.serialNumber, ONE_REFRESH_MS);
      expect(copied, `${h.namespace}/${h.name}`).toBe(ui!.serialNumber);
    }
  }, 60_000 * 2 + ONE_REFRESH_MS * 6);

  it.runIf(envName === 'dev')('cert-manager exports the certificate metrics the alerts read', async () => {
    const { cert } = uiCertificate();
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    const body = await res.text();
    const labels = `name="${cert.metadata.name}",namespace="${cert.metadata.namespace}"`;
    expect(body).toMatch(new RegExp(`certmanager_certificate_expiration_timestamp_seconds\\{[^}]*${labels}[^}]*\\} \\d`));
    expect(body).toMatch(new RegExp(`certmanager_certificate_ready_status\\{condition="True",[^}]*${labels}[^}]*\\} 1`));
  });

  it.runIf(envName !== 'dev')('cert-manager orders the UI certificate from pebble through the HTTP-01 solver stand-in: Order and Challenge valid, chain verifies against pebble\'s CA, every UI namespace holds it', async () => {
    const { cert, copies, holders } = uiCertificate();
    expect(acme?.issuer.spec, 'the test points the ClusterIssuer at pebble').toMatchObject({ acme: { server: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/dir$/) } });
    const ns = cert.metadata.namespace!;
    const ready = await waitUntil(async () => {
      const c = await getObject(server, `/apis/cert-manager.io/v1/namespaces/${ns}/certificates/${cert.metadata.name}`);
      return c?.status?.conditions?.some((x: { type: string; status: string }) => x.type === 'Ready' && x.status === 'True') ? true : undefined;
    }, 60_000);
    expect(ready, `Certificate ${ns}/${cert.metadata.name} not Ready:\n${server.logTail('cert-manager')}`).toBe(true);
    const orders = (await server.request('GET', `/apis/acme.cert-manager.io/v1/namespaces/${ns}/orders`)).body.items as Array<{ status?: { state?: string } }>;
    expect(orders.map((o) => o.status?.state)).toContain('valid');
    const challenges = [...acme!.challenges].filter(([name]) => name.startsWith(`${ns}/`));
    expect(challenges.length, 'the stand-in saw no Challenge').toBeGreaterThan(0);
    // Valid as cert-manager last wrote it, or, where the Challenge was deleted before the stand-in's next
    // look, as pebble logged it (va/va.go: "authz … set VALID by completed challenge <id>"), validated for
    // real (no "Skipping real validation": PEBBLE_VA_ALWAYS_VALID is not set).
    const pebbleLog = server.log('pebble');
    expect(pebbleLog).toContain('Attempting to validate w/ HTTP');
    expect(pebbleLog).not.toContain('Skipping real validation');
    const notValid = challenges.filter(([, c]) => c.state !== 'valid' && !pebbleLog.includes(`set VALID by completed challenge ${c.url.split('/').pop()}\n`));
    expect(notValid, 'every Challenge went valid').toEqual([]);
    const { intermediate, root } = await acme!.chain();
    const [issuing, rootCa] = [new X509Certificate(intermediate), new X509Certificate(root)];
    const uiSecret = (await getObject(server, secretPath(holders[0].namespace, holders[0].name))) as Secret;
    const ui = x509(uiSecret)!;
    expect(ui.checkIssued(issuing)).toBe(true);
    expect(ui.verify(issuing.publicKey), 'signed by pebble\'s issuing CA').toBe(true);
    expect(issuing.verify(rootCa.publicKey), 'pebble\'s issuing CA is signed by its root').toBe(true);
    expect(ui.checkPrivateKey(createPrivateKey(text(uiSecret, 'tls.key')!))).toBe(true);
    expect(ui.subjectAltName!.split(', ').sort()).toEqual(((cert.spec as any).dnsNames as string[]).map((d) => `DNS:${d}`).sort());
    // The copies were first tried before the source existed; ask for a re-read rather than wait a refresh.
    for (const c of copies) await forceSync(server, c.namespace, c.externalSecret);
    for (const h of holders.slice(1)) {
      const copied = await waitUntil(async () => x509(await getObject(server, secretPath(h.namespace, h.name)))?.serialNumber, 30_000);
      expect(copied, `${h.namespace}/${h.name}`).toBe(ui.serialNumber);
    }
  }, 60_000 + 30_000 * 6);

  it('a manual renewal gives the UI certificate a new serial through the environment\'s issuer (ACME in staging and prod), and every copy follows', async () => {
    const { cert, copies, holders } = uiCertificate();
    const certPath = `/apis/cert-manager.io/v1/namespaces/${cert.metadata.namespace}/certificates/${cert.metadata.name}`;
    const serials = async () => Promise.all(holders.map(async (h) => x509(await getObject(server, secretPath(h.namespace, h.name)))?.serialNumber));
    const before = await serials();
    expect(new Set(before).size, `every holder has the same certificate: ${before.join(', ')}`).toBe(1);
    // What `cmctl renew` does (cert-manager cmd/ctl/pkg/renew/renew.go at v1.11.0, before cmctl moved
    // to its own repository): set the Issuing condition on the Certificate's status; the issuing
    // controllers then issue a new certificate and reset it.
    const current = await getObject(server, certPath);
    const conditions = [...(current.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'Issuing'), {
      type: 'Issuing', status: 'True', reason: 'ManuallyTriggered', message: 'Certificate re-issuance manually triggered',
      lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), observedGeneration: current.metadata.generation,
    }];
    const res = await server.request('PUT', `${certPath}/status`, { ...current, status: { ...current.status, conditions } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const renewed = await waitUntil(async () => {
      const s = x509(await getObject(server, secretPath(holders[0].namespace, holders[0].name)))?.serialNumber;
      return s && s !== before[0] ? s : undefined;
    }, 60_000);
    expect(renewed, 'cert-manager issued no new certificate').toBeDefined();
    for (const c of copies) await forceSync(server, c.namespace, c.externalSecret);
    const stale = async () => (await serials()).flatMap((s, i) => (s === renewed ? [] : [`${holders[i].namespace}/${holders[i].name}`]));
    await waitUntil(async () => ((await stale()).length === 0 ? true : undefined), 30_000);
    expect(await stale()).toEqual([]);
  }, 120_000);
});
