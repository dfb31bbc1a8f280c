/**
 * The hardened defaults every container starts from: the Pod Security `restricted` profile plus a
 * read-only root filesystem, and resources that must be stated rather than defaulted.
 */
import { Size, SizeRoundingBehavior } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-28';
import * as k8s from '../imports/k8s';
import { ConfigError } from './config-error';

export interface ResourceSpec {
  /** CPU request. */
  readonly cpu: Cpu;
  /** Memory request, and the memory limit: memory is not compressible, so request = limit avoids OOM surprises. */
  readonly memory: Size;
  /** CPU limit. @default none: throttling costs latency, and the request already reserves the share */
  readonly cpuLimit?: Cpu;
}

/** Kubernetes quantity for a Size, in the largest binary unit that keeps it whole. */
/** Bytes in a Size, without rounding (sizes are compared and summed in bytes). */
export function sizeBytes(size: Size): number {
  return size.toKibibytes({ rounding: SizeRoundingBehavior.NONE }) * 1024;
}

export function sizeQuantity(size: Size): string {
  const mebibytes = size.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  if (mebibytes > 0 && mebibytes % 1024 === 0) return `${mebibytes / 1024}Gi`;
  if (Number.isInteger(mebibytes)) return `${mebibytes}Mi`;
  return `${size.toKibibytes({ rounding: SizeRoundingBehavior.FLOOR })}Ki`;
}

/** Validates a ResourceSpec (`field` names it in errors) and renders it as container resources. */
export function resourceRequirements(field: string, spec: ResourceSpec): k8s.ResourceRequirements {
  const memory = sizeQuantity(spec.memory);
  if (spec.memory.toKibibytes({ rounding: SizeRoundingBehavior.NONE }) <= 0) throw new ConfigError(`${field}.memory`, memory, 'must be greater than zero');
  if (!(spec.cpu.amount && !spec.cpu.amount.startsWith('-') && spec.cpu.amount !== '0m')) {
    throw new ConfigError(`${field}.cpu`, spec.cpu.amount, 'must be greater than zero');
  }
  return {
    requests: { cpu: k8s.Quantity.fromString(spec.cpu.amount), memory: k8s.Quantity.fromString(memory) },
    limits: {
      memory: k8s.Quantity.fromString(memory),
      ...(spec.cpuLimit ? { cpu: k8s.Quantity.fromString(spec.cpuLimit.amount) } : {}),
    },
  };
}

export interface SecurityOptions {
  /** User the process runs as; must not be 0. @default 65532 (the conventional "nonroot" user) */
  readonly runAsUser?: number;
  /** Group the process runs as. @default same as runAsUser */
  readonly runAsGroup?: number;
  /** @default true. Set false only where the program must write outside its mounted volumes, and say why. */
  readonly readOnlyRootFilesystem?: boolean;
}

/** Container security context that passes Pod Security `restricted`. */
export function hardenedSecurityContext(opts: SecurityOptions = {}): k8s.SecurityContext {
  const runAsUser = opts.runAsUser ?? 65532;
  if (runAsUser === 0) throw new ConfigError('securityContext.runAsUser', 0, 'must not be 0 in a hardened container');
  return {
    runAsNonRoot: true,
    runAsUser,
    runAsGroup: opts.runAsGroup ?? runAsUser,
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: opts.readOnlyRootFilesystem ?? true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Pod security context matching hardenedSecurityContext; `fsGroup` makes mounted volumes writable. */
export function hardenedPodSecurityContext(opts: SecurityOptions & { readonly fsGroup?: number } = {}): k8s.PodSecurityContext {
  const runAsUser = opts.runAsUser ?? 65532;
  return {
    runAsNonRoot: true,
    runAsUser,
    runAsGroup: opts.runAsGroup ?? runAsUser,
    fsGroup: opts.fsGroup ?? opts.runAsGroup ?? runAsUser,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

export interface HardenedContainerProps extends SecurityOptions {
  readonly name: string;
  /** Pinned image reference (`repo:tag` or `repo@sha256:...`). */
  readonly image: string;
  readonly resources: ResourceSpec;
  readonly command?: string[];
  readonly args?: string[];
  readonly env?: k8s.EnvVar[];
  readonly ports?: k8s.ContainerPort[];
  readonly volumeMounts?: k8s.VolumeMount[];
  readonly livenessProbe?: k8s.Probe;
  readonly readinessProbe?: k8s.Probe;
  readonly startupProbe?: k8s.Probe;
  readonly workingDir?: string;
}

/** A container with the hardened security context and explicit resources; throws on an unpinned image. */
export function hardenedContainer(props: HardenedContainerProps): k8s.Container {
  requirePinnedImage(`containers.${props.name}.image`, props.image);
  const { resources, runAsUser, runAsGroup, readOnlyRootFilesystem, ...rest } = props;
  return {
    ...rest,
    imagePullPolicy: 'IfNotPresent',
    resources: resourceRequirements(`containers.${props.name}.resources`, resources),
    securityContext: hardenedSecurityContext({ runAsUser, runAsGroup, readOnlyRootFilesystem }),
  };
}

/** True when an image reference names a digest, or a tag other than `latest`. */
export function isPinnedImage(image: string): boolean {
  if (/@sha256:[a-f0-9]{64}$/.test(image)) return true;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return false;
  const tag = lastSegment.slice(colon + 1);
  return tag.length > 0 && tag !== 'latest';
}

export function requirePinnedImage(field: string, image: string): void {
  if (!isPinnedImage(image)) {
    throw new ConfigError(field, image, 'must be pinned to a version tag or digest (never `latest` or no tag)');
  }
}
