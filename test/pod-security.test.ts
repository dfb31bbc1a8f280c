import { describe, expect, it } from 'vitest';
import type { PodTemplate } from '../render/invariants';
import { allowedAt, evaluatePod } from '../render/pod-security';

const hardened = { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
const pod = (container: Record<string, unknown>, spec: Record<string, unknown> = {}): PodTemplate =>
  ({ spec: { containers: [{ name: 'c', image: 'x:1', securityContext: hardened, ...container }], ...spec } }) as unknown as PodTemplate;

describe('Pod Security Standards evaluation', () => {
  it('a hardened pod with restricted volume types runs at restricted', () => {
    expect(evaluatePod(pod({}, { volumes: [{ name: 'd', emptyDir: {} }, { name: 'c', configMap: { name: 'x' } }] })).level).toBe('restricted');
  });

  it.each<[string, PodTemplate, string]>([
    ['privilege escalation allowed', pod({ securityContext: { ...hardened, allowPrivilegeEscalation: true } }), 'allowPrivilegeEscalation'],
    ['root user', pod({ securityContext: { ...hardened, runAsUser: 0 } }), 'runs as user 0'],
    ['no seccomp profile', pod({ securityContext: { ...hardened, seccompProfile: undefined } }), 'seccomp'],
    ['capabilities kept', pod({ securityContext: { ...hardened, capabilities: {} } }), 'drop ALL'],
    ['an added capability the baseline allows', pod({ securityContext: { ...hardened, capabilities: { drop: ['ALL'], add: ['CHOWN'] } } }), 'adds capability CHOWN'],
    ['a non-restricted volume type', pod({}, { volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }] }), 'volume "n" of type nfs'],
  ])('needs baseline with %s', (_label, p, reason) => {
    const e = evaluatePod(p);
    expect(e.level).toBe('baseline');
    expect(e.restrictedViolations.join('; ')).toContain(reason);
  });

  it.each<[string, PodTemplate, string]>([
    ['hostNetwork', pod({}, { hostNetwork: true }), 'hostNetwork'],
    ['hostPID', pod({}, { hostPID: true }), 'hostPID'],
    ['a hostPath volume', pod({}, { volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }] }), 'hostPath volume "logs"'],
    ['a privileged container', pod({ securityContext: { ...hardened, privileged: true } }), 'privileged'],
    ['SYS_ADMIN', pod({ securityContext: { ...hardened, capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } } }), 'SYS_ADMIN'],
    ['a host port', pod({ ports: [{ containerPort: 80, hostPort: 80 }] }), 'hostPort 80'],
    ['an unsafe sysctl', pod({}, { securityContext: { sysctls: [{ name: 'vm.max_map_count', value: '262144' }] } }), 'unsafe sysctl vm.max_map_count'],
  ])('needs privileged with %s', (_label, p, reason) => {
    const e = evaluatePod(p);
    expect(e.level).toBe('privileged');
    expect(e.baselineViolations.join('; ')).toContain(reason);
  });

  it('orders the levels restricted < baseline < privileged', () => {
    expect(allowedAt('restricted', 'baseline')).toBe(true);
    expect(allowedAt('privileged', 'privileged')).toBe(true);
    expect(allowedAt('baseline', 'restricted')).toBe(false);
    expect(allowedAt('privileged', 'baseline')).toBe(false);
  });
});
