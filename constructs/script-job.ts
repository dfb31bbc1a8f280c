import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { hardenedContainer, hardenedPodSecurityContext, type ResourceSpec } from './hardening';
import { recommendedLabels, type WorkloadIdentity } from './labels';
import { CONFIG_HASH_ANNOTATION, configHash } from './telegraf-config';

export interface ScriptJobProps {
  /** Job and ConfigMap name. */
  readonly name: string;
  readonly identity: WorkloadIdentity;
  /** Argo CD hook and Flux annotations of the Job. */
  readonly annotations: Readonly<Record<string, string>>;
  /** The ConfigMap's files, mounted read-only at `mountPath` in a volume named `volume`. */
  readonly files: Readonly<Record<string, string>>;
  readonly volume: string;
  readonly mountPath: string;
  /** The file of `files` the container runs with `/bin/sh`. */
  readonly script: string;
  readonly container: string;
  /** Pinned image with `sh` and what the script calls. */
  readonly image: string;
  readonly resources: ResourceSpec;
  readonly env?: k8s.EnvVar[];
  /** Further read-only volumes, e.g. a CA Secret. */
  readonly extraVolumes?: ReadonlyArray<{ readonly volume: k8s.Volume; readonly mountPath: string }>;
  readonly backoffLimit: number;
  readonly activeDeadlineSeconds?: number;
  readonly ttlSecondsAfterFinished?: number;
}

/**
 * A ConfigMap of scripts and the hardened Job that runs one of them: one container, no service account
 * token, a small writable `/tmp`, and a hash of the files on the pod template so a changed script
 * gives a new pod template (Flux then re-creates the Job: its template is immutable).
 */
export class ScriptJob extends Construct {
  constructor(scope: Construct, id: string, props: ScriptJobProps) {
    super(scope, id);
    const labels = recommendedLabels(props.identity);
    const extra = props.extraVolumes ?? [];
    new k8s.KubeConfigMap(this, 'Config', { metadata: { name: props.name, labels }, data: { ...props.files } });
    new k8s.KubeJob(this, 'Resource', {
      metadata: { name: props.name, labels, annotations: { ...props.annotations } },
      spec: {
        backoffLimit: props.backoffLimit,
        activeDeadlineSeconds: props.activeDeadlineSeconds,
        ttlSecondsAfterFinished: props.ttlSecondsAfterFinished,
        template: {
          metadata: { labels, annotations: { [CONFIG_HASH_ANNOTATION]: configHash(JSON.stringify(props.files)) } },
          spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            securityContext: hardenedPodSecurityContext(),
            containers: [hardenedContainer({
              name: props.container,
              image: props.image,
              resources: props.resources,
              command: ['/bin/sh', `${props.mountPath}/${props.script}`],
              env: props.env,
              volumeMounts: [
                { name: props.volume, mountPath: props.mountPath, readOnly: true },
                ...extra.map((e) => ({ name: e.volume.name, mountPath: e.mountPath, readOnly: true })),
                { name: 'tmp', mountPath: '/tmp' },
              ],
            })],
            volumes: [
              { name: props.volume, configMap: { name: props.name } },
              ...extra.map((e) => e.volume),
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('16Mi') } },
            ],
          },
        },
      },
    });
  }
}
