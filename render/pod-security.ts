/**
 * The Kubernetes Pod Security Standards, evaluated offline: the least privileged level
 * (`restricted` < `baseline` < `privileged`) a pod template can run at, with the reasons it cannot
 * run at a stricter one. Follows https://kubernetes.io/docs/concepts/security/pod-security-standards/
 * (policy version v1.32, the one the namespace labels pin).
 */
import type { PodTemplate } from './invariants';

export type Level = 'restricted' | 'baseline' | 'privileged';
export const LEVELS: readonly Level[] = ['restricted', 'baseline', 'privileged'];

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

export interface Evaluation {
  readonly level: Level;
  /** Why the pod cannot run at each stricter level. */
  readonly baselineViolations: string[];
  readonly restrictedViolations: string[];
}

type Sc = Record<string, any>;

export function evaluatePod(pod: PodTemplate): Evaluation {
  const spec = pod.spec as PodTemplate['spec'] & Record<string, any>;
  const podSc: Sc = spec.securityContext ?? {};
  const containers = [...(spec.initContainers ?? []), ...spec.containers, ...((spec.ephemeralContainers as any[]) ?? [])];
  const baseline: string[] = [];
  const restricted: string[] = [];

  if (spec.hostNetwork) baseline.push('hostNetwork');
  if (spec.hostPID) baseline.push('hostPID');
  if (spec.hostIPC) baseline.push('hostIPC');
  for (const v of spec.volumes ?? []) {
    if ('hostPath' in v) baseline.push(`hostPath volume "${v.name}"`);
    const type = Object.keys(v).find((k) => k !== 'name');
    if (type && !RESTRICTED_VOLUMES.has(type)) restricted.push(`volume "${v.name}" of type ${type}`);
  }
  for (const s of (podSc.sysctls ?? []) as Array<{ name: string }>) if (!SAFE_SYSCTLS.has(s.name)) baseline.push(`unsafe sysctl ${s.name}`);
  if (podSc.seccompProfile?.type === 'Unconfined') baseline.push('pod seccomp Unconfined');

  for (const c of containers as Array<Record<string, any>>) {
    const sc: Sc = c.securityContext ?? {};
    const where = `container "${c.name}"`;
    if (sc.privileged) baseline.push(`${where} privileged`);
    for (const cap of sc.capabilities?.add ?? []) {
      if (!BASELINE_CAPABILITIES.has(cap)) baseline.push(`${where} adds capability ${cap}`);
      if (cap !== 'NET_BIND_SERVICE') restricted.push(`${where} adds capability ${cap}`);
    }
    for (const p of c.ports ?? []) if (p.hostPort) baseline.push(`${where} hostPort ${p.hostPort}`);
    if (sc.procMount && sc.procMount !== 'Default') baseline.push(`${where} procMount ${sc.procMount}`);
    if (sc.seccompProfile?.type === 'Unconfined') baseline.push(`${where} seccomp Unconfined`);

    if (sc.allowPrivilegeEscalation !== false) restricted.push(`${where} does not set allowPrivilegeEscalation: false`);
    if ((sc.runAsNonRoot ?? podSc.runAsNonRoot) !== true) restricted.push(`${where} does not set runAsNonRoot: true`);
    if ((sc.runAsUser ?? podSc.runAsUser) === 0) restricted.push(`${where} runs as user 0`);
    const seccomp = sc.seccompProfile?.type ?? podSc.seccompProfile?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') restricted.push(`${where} has no RuntimeDefault seccomp profile`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) restricted.push(`${where} does not drop ALL capabilities`);
  }
  const level: Level = baseline.length > 0 ? 'privileged' : restricted.length > 0 ? 'baseline' : 'restricted';
  return { level, baselineViolations: baseline, restrictedViolations: restricted };
}

/** True when a pod that needs `needed` may run in a namespace enforcing `enforced`. */
export function allowedAt(needed: Level, enforced: Level): boolean {
  return LEVELS.indexOf(needed) <= LEVELS.indexOf(enforced);
}
