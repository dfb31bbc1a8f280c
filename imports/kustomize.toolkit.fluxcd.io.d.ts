import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Kustomization is the Schema for the kustomizations API.
 *
 * @schema Kustomization
 */
export declare class Kustomization extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Kustomization"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Kustomization".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KustomizationProps): any;
    /**
     * Defines a "Kustomization" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KustomizationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Kustomization is the Schema for the kustomizations API.
 *
 * @schema Kustomization
 */
export interface KustomizationProps {
    /**
     * @schema Kustomization#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KustomizationSpec defines the configuration to calculate the desired state
     * from a Source using Kustomize.
     *
     * @schema Kustomization#spec
     */
    readonly spec?: KustomizationSpec;
}
/**
 * Converts an object of type 'KustomizationProps' to JSON representation.
 */
export declare function toJson_KustomizationProps(obj: KustomizationProps | undefined): Record<string, any> | undefined;
/**
 * KustomizationSpec defines the configuration to calculate the desired state
 * from a Source using Kustomize.
 *
 * @schema KustomizationSpec
 */
export interface KustomizationSpec {
    /**
     * BuildMetadata specifies which kustomize build metadata should be added
     * to the built resources. The allowed values are 'originAnnotations' to
     * annotate resources with their source origin, and 'transformerAnnotations'
     * to annotate resources with the transformers that produced them.
     *
     * @schema KustomizationSpec#buildMetadata
     */
    readonly buildMetadata?: KustomizationSpecBuildMetadata[];
    /**
     * CommonMetadata specifies the common labels and annotations that are
     * applied to all resources. Any existing label or annotation will be
     * overridden if its key matches a common one.
     *
     * @schema KustomizationSpec#commonMetadata
     */
    readonly commonMetadata?: KustomizationSpecCommonMetadata;
    /**
     * Components specifies relative paths to kustomize Components.
     *
     * @schema KustomizationSpec#components
     */
    readonly components?: string[];
    /**
     * Decrypt Kubernetes secrets before applying them on the cluster.
     *
     * @schema KustomizationSpec#decryption
     */
    readonly decryption?: KustomizationSpecDecryption;
    /**
     * DeletionPolicy can be used to control garbage collection when this
     * Kustomization is deleted. Valid values are ('MirrorPrune', 'Delete',
     * 'WaitForTermination', 'Orphan'). 'MirrorPrune' mirrors the Prune field
     * (orphan if false, delete if true). Defaults to 'MirrorPrune'.
     *
     * @default MirrorPrune'.
     * @schema KustomizationSpec#deletionPolicy
     */
    readonly deletionPolicy?: KustomizationSpecDeletionPolicy;
    /**
     * DependsOn may contain a DependencyReference slice
     * with references to Kustomization resources that must be ready before this
     * Kustomization can be reconciled.
     *
     * @schema KustomizationSpec#dependsOn
     */
    readonly dependsOn?: KustomizationSpecDependsOn[];
    /**
     * Force instructs the controller to recreate resources
     * when patching fails due to an immutable field change.
     *
     * @schema KustomizationSpec#force
     */
    readonly force?: boolean;
    /**
     * HealthCheckExprs is a list of healthcheck expressions for evaluating the
     * health of custom resources using Common Expression Language (CEL).
     * The expressions are evaluated only when Wait or HealthChecks are specified.
     *
     * @schema KustomizationSpec#healthCheckExprs
     */
    readonly healthCheckExprs?: KustomizationSpecHealthCheckExprs[];
    /**
     * A list of resources to be included in the health assessment.
     *
     * @schema KustomizationSpec#healthChecks
     */
    readonly healthChecks?: KustomizationSpecHealthChecks[];
    /**
     * Ignore is a list of rules for specifying which changes to ignore
     * during drift detection. These rules are applied to the resources managed
     * by the Kustomization and are used to exclude specific JSON pointer paths
     * from the drift detection and apply process.
     *
     * @schema KustomizationSpec#ignore
     */
    readonly ignore?: KustomizationSpecIgnore[];
    /**
     * IgnoreMissingComponents instructs the controller to ignore Components paths
     * not found in source by removing them from the generated kustomization.yaml
     * before running kustomize build.
     *
     * @schema KustomizationSpec#ignoreMissingComponents
     */
    readonly ignoreMissingComponents?: boolean;
    /**
     * Images is a list of (image name, new name, new tag or digest)
     * for changing image names, tags or digests. This can also be achieved with a
     * patch, but this operator is simpler to specify.
     *
     * @schema KustomizationSpec#images
     */
    readonly images?: KustomizationSpecImages[];
    /**
     * The interval at which to reconcile the Kustomization.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema KustomizationSpec#interval
     */
    readonly interval: string;
    /**
     * The KubeConfig for reconciling the Kustomization on a remote cluster.
     * When used in combination with KustomizationSpec.ServiceAccountName,
     * forces the controller to act on behalf of that Service Account at the
     * target cluster.
     * If the --default-service-account flag is set, its value will be used as
     * a controller level fallback for when KustomizationSpec.ServiceAccountName
     * is empty.
     *
     * @schema KustomizationSpec#kubeConfig
     */
    readonly kubeConfig?: KustomizationSpecKubeConfig;
    /**
     * NamePrefix will prefix the names of all managed resources.
     *
     * @schema KustomizationSpec#namePrefix
     */
    readonly namePrefix?: string;
    /**
     * NameSuffix will suffix the names of all managed resources.
     *
     * @schema KustomizationSpec#nameSuffix
     */
    readonly nameSuffix?: string;
    /**
     * Strategic merge and JSON patches, defined as inline YAML objects,
     * capable of targeting objects based on kind, label and annotation selectors.
     *
     * @schema KustomizationSpec#patches
     */
    readonly patches?: KustomizationSpecPatches[];
    /**
     * Path to the directory containing the kustomization.yaml file, or the
     * set of plain YAMLs a kustomization.yaml should be generated for.
     * Defaults to 'None', which translates to the root path of the SourceRef.
     *
     * @default None', which translates to the root path of the SourceRef.
     * @schema KustomizationSpec#path
     */
    readonly path?: string;
    /**
     * PostBuild describes which actions to perform on the YAML manifest
     * generated by building the kustomize overlay.
     *
     * @schema KustomizationSpec#postBuild
     */
    readonly postBuild?: KustomizationSpecPostBuild;
    /**
     * Prune enables garbage collection.
     *
     * @schema KustomizationSpec#prune
     */
    readonly prune: boolean;
    /**
     * The interval at which to retry a previously failed reconciliation.
     * When not specified, the controller uses the KustomizationSpec.Interval
     * value to retry failures.
     *
     * @schema KustomizationSpec#retryInterval
     */
    readonly retryInterval?: string;
    /**
     * The name of the Kubernetes service account to impersonate
     * when reconciling this Kustomization.
     *
     * @schema KustomizationSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Reference of the source where the kustomization file is.
     *
     * @schema KustomizationSpec#sourceRef
     */
    readonly sourceRef: KustomizationSpecSourceRef;
    /**
     * This flag tells the controller to suspend subsequent kustomize executions,
     * it does not apply to already started executions. Defaults to false.
     *
     * @default false.
     * @schema KustomizationSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * TargetNamespace sets or overrides the namespace in the
     * kustomization.yaml file.
     *
     * @schema KustomizationSpec#targetNamespace
     */
    readonly targetNamespace?: string;
    /**
     * Timeout for validation, apply and health checking operations.
     * Defaults to 'Interval' duration.
     *
     * @default Interval' duration.
     * @schema KustomizationSpec#timeout
     */
    readonly timeout?: string;
    /**
     * Wait instructs the controller to check the health of all the reconciled
     * resources. When enabled, the HealthChecks are ignored. Defaults to false.
     *
     * @default false.
     * @schema KustomizationSpec#wait
     */
    readonly wait?: boolean;
}
/**
 * Converts an object of type 'KustomizationSpec' to JSON representation.
 */
export declare function toJson_KustomizationSpec(obj: KustomizationSpec | undefined): Record<string, any> | undefined;
/**
 * BuildMetadataOption defines the supported buildMetadata options.
 *
 * @schema KustomizationSpecBuildMetadata
 */
export declare enum KustomizationSpecBuildMetadata {
    /** originAnnotations */
    ORIGIN_ANNOTATIONS = "originAnnotations",
    /** transformerAnnotations */
    TRANSFORMER_ANNOTATIONS = "transformerAnnotations"
}
/**
 * CommonMetadata specifies the common labels and annotations that are
 * applied to all resources. Any existing label or annotation will be
 * overridden if its key matches a common one.
 *
 * @schema KustomizationSpecCommonMetadata
 */
export interface KustomizationSpecCommonMetadata {
    /**
     * Annotations to be added to the object's metadata.
     *
     * @schema KustomizationSpecCommonMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels to be added to the object's metadata.
     *
     * @schema KustomizationSpecCommonMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KustomizationSpecCommonMetadata' to JSON representation.
 */
export declare function toJson_KustomizationSpecCommonMetadata(obj: KustomizationSpecCommonMetadata | undefined): Record<string, any> | undefined;
/**
 * Decrypt Kubernetes secrets before applying them on the cluster.
 *
 * @schema KustomizationSpecDecryption
 */
export interface KustomizationSpecDecryption {
    /**
     * Provider is the name of the decryption engine.
     *
     * @schema KustomizationSpecDecryption#provider
     */
    readonly provider: KustomizationSpecDecryptionProvider;
    /**
     * The secret name containing the private OpenPGP keys used for decryption.
     * A static credential for a cloud provider defined inside the Secret
     * takes priority to secret-less authentication with the ServiceAccountName
     * field.
     *
     * @schema KustomizationSpecDecryption#secretRef
     */
    readonly secretRef?: KustomizationSpecDecryptionSecretRef;
    /**
     * ServiceAccountName is the name of the service account used to
     * authenticate with KMS services from cloud providers. If a
     * static credential for a given cloud provider is defined
     * inside the Secret referenced by SecretRef, that static
     * credential takes priority.
     *
     * @schema KustomizationSpecDecryption#serviceAccountName
     */
    readonly serviceAccountName?: string;
}
/**
 * Converts an object of type 'KustomizationSpecDecryption' to JSON representation.
 */
export declare function toJson_KustomizationSpecDecryption(obj: KustomizationSpecDecryption | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy can be used to control garbage collection when this
 * Kustomization is deleted. Valid values are ('MirrorPrune', 'Delete',
 * 'WaitForTermination', 'Orphan'). 'MirrorPrune' mirrors the Prune field
 * (orphan if false, delete if true). Defaults to 'MirrorPrune'.
 *
 * @default MirrorPrune'.
 * @schema KustomizationSpecDeletionPolicy
 */
export declare enum KustomizationSpecDeletionPolicy {
    /** MirrorPrune */
    MIRROR_PRUNE = "MirrorPrune",
    /** Delete */
    DELETE = "Delete",
    /** WaitForTermination */
    WAIT_FOR_TERMINATION = "WaitForTermination",
    /** Orphan */
    ORPHAN = "Orphan"
}
/**
 * DependencyReference contains enough information to locate the referenced Kubernetes resource object
 * and optional CEL expression to assess its readiness.
 *
 * @schema KustomizationSpecDependsOn
 */
export interface KustomizationSpecDependsOn {
    /**
     * Name of the referent.
     *
     * @schema KustomizationSpecDependsOn#name
     */
    readonly name: string;
    /**
     * Namespace of the referent, defaults to the namespace of the resource
     * object that contains the reference.
     *
     * @schema KustomizationSpecDependsOn#namespace
     */
    readonly namespace?: string;
    /**
     * ReadyExpr is a CEL expression that can be used to assess the readiness
     * of a dependency. When specified, the built-in readiness check
     * is replaced by the logic defined in the CEL expression.
     * To make the CEL expression additive to the built-in readiness check,
     * the feature gate `AdditiveCELDependencyCheck` must be set to `true`.
     *
     * @schema KustomizationSpecDependsOn#readyExpr
     */
    readonly readyExpr?: string;
}
/**
 * Converts an object of type 'KustomizationSpecDependsOn' to JSON representation.
 */
export declare function toJson_KustomizationSpecDependsOn(obj: KustomizationSpecDependsOn | undefined): Record<string, any> | undefined;
/**
 * CustomHealthCheck defines the health check for custom resources.
 *
 * @schema KustomizationSpecHealthCheckExprs
 */
export interface KustomizationSpecHealthCheckExprs {
    /**
     * APIVersion of the custom resource under evaluation.
     *
     * @schema KustomizationSpecHealthCheckExprs#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Current is the CEL expression that determines if the status
     * of the custom resource has reached the desired state.
     *
     * @schema KustomizationSpecHealthCheckExprs#current
     */
    readonly current: string;
    /**
     * Failed is the CEL expression that determines if the status
     * of the custom resource has failed to reach the desired state.
     *
     * @schema KustomizationSpecHealthCheckExprs#failed
     */
    readonly failed?: string;
    /**
     * InProgress is the CEL expression that determines if the status
     * of the custom resource has not yet reached the desired state.
     *
     * @schema KustomizationSpecHealthCheckExprs#inProgress
     */
    readonly inProgress?: string;
    /**
     * Kind of the custom resource under evaluation.
     *
     * @schema KustomizationSpecHealthCheckExprs#kind
     */
    readonly kind?: string;
}
/**
 * Converts an object of type 'KustomizationSpecHealthCheckExprs' to JSON representation.
 */
export declare function toJson_KustomizationSpecHealthCheckExprs(obj: KustomizationSpecHealthCheckExprs | undefined): Record<string, any> | undefined;
/**
 * NamespacedObjectKindReference contains enough information to locate the typed referenced Kubernetes resource object
 * in any namespace.
 *
 * @schema KustomizationSpecHealthChecks
 */
export interface KustomizationSpecHealthChecks {
    /**
     * API version of the referent, if not specified the Kubernetes preferred version will be used.
     *
     * @schema KustomizationSpecHealthChecks#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind of the referent.
     *
     * @schema KustomizationSpecHealthChecks#kind
     */
    readonly kind: string;
    /**
     * Name of the referent.
     *
     * @schema KustomizationSpecHealthChecks#name
     */
    readonly name: string;
    /**
     * Namespace of the referent, when not specified it acts as LocalObjectReference.
     *
     * @schema KustomizationSpecHealthChecks#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KustomizationSpecHealthChecks' to JSON representation.
 */
export declare function toJson_KustomizationSpecHealthChecks(obj: KustomizationSpecHealthChecks | undefined): Record<string, any> | undefined;
/**
 * IgnoreRule defines a rule to selectively disregard specific changes during
 * the drift detection process.
 *
 * @schema KustomizationSpecIgnore
 */
export interface KustomizationSpecIgnore {
    /**
     * Paths is a list of JSON Pointer (RFC 6901) paths to be excluded from
     * consideration in a Kubernetes object.
     *
     * @schema KustomizationSpecIgnore#paths
     */
    readonly paths: string[];
    /**
     * Target is a selector for specifying Kubernetes objects to which this
     * rule applies.
     * If Target is not set, the Paths will be ignored for all Kubernetes
     * objects within the manifest of the Kustomization.
     *
     * @schema KustomizationSpecIgnore#target
     */
    readonly target?: KustomizationSpecIgnoreTarget;
}
/**
 * Converts an object of type 'KustomizationSpecIgnore' to JSON representation.
 */
export declare function toJson_KustomizationSpecIgnore(obj: KustomizationSpecIgnore | undefined): Record<string, any> | undefined;
/**
 * Image contains an image name, a new name, a new tag or digest, which will replace the original name and tag.
 *
 * @schema KustomizationSpecImages
 */
export interface KustomizationSpecImages {
    /**
     * Digest is the value used to replace the original image tag.
     * If digest is present NewTag value is ignored.
     *
     * @schema KustomizationSpecImages#digest
     */
    readonly digest?: string;
    /**
     * Name is a tag-less image name.
     *
     * @schema KustomizationSpecImages#name
     */
    readonly name: string;
    /**
     * NewName is the value used to replace the original name.
     *
     * @schema KustomizationSpecImages#newName
     */
    readonly newName?: string;
    /**
     * NewTag is the value used to replace the original tag.
     *
     * @schema KustomizationSpecImages#newTag
     */
    readonly newTag?: string;
}
/**
 * Converts an object of type 'KustomizationSpecImages' to JSON representation.
 */
export declare function toJson_KustomizationSpecImages(obj: KustomizationSpecImages | undefined): Record<string, any> | undefined;
/**
 * The KubeConfig for reconciling the Kustomization on a remote cluster.
 * When used in combination with KustomizationSpec.ServiceAccountName,
 * forces the controller to act on behalf of that Service Account at the
 * target cluster.
 * If the --default-service-account flag is set, its value will be used as
 * a controller level fallback for when KustomizationSpec.ServiceAccountName
 * is empty.
 *
 * @schema KustomizationSpecKubeConfig
 */
export interface KustomizationSpecKubeConfig {
    /**
     * ConfigMapRef holds an optional name of a ConfigMap that contains
     * the following keys:
     *
     * - `provider`: the provider to use. One of `aws`, `azure`, `gcp`, or
     * `generic`. Required.
     * - `cluster`: the fully qualified resource name of the Kubernetes
     * cluster in the cloud provider API. Not used by the `generic`
     * provider. Required when one of `address` or `ca.crt` is not set.
     * - `address`: the address of the Kubernetes API server. Required
     * for `generic`. For the other providers, if not specified, the
     * first address in the cluster resource will be used, and if
     * specified, it must match one of the addresses in the cluster
     * resource.
     * If audiences is not set, will be used as the audience for the
     * `generic` provider.
     * - `ca.crt`: the optional PEM-encoded CA certificate for the
     * Kubernetes API server. If not set, the controller will use the
     * CA certificate from the cluster resource.
     * - `audiences`: the optional audiences as a list of
     * line-break-separated strings for the Kubernetes ServiceAccount
     * token. Defaults to the `address` for the `generic` provider, or
     * to specific values for the other providers depending on the
     * provider.
     * -  `serviceAccountName`: the optional name of the Kubernetes
     * ServiceAccount in the same namespace that should be used
     * for authentication. If not specified, the controller
     * ServiceAccount will be used.
     *
     * Mutually exclusive with SecretRef.
     *
     * @default the `address` for the `generic` provider, or
     * @schema KustomizationSpecKubeConfig#configMapRef
     */
    readonly configMapRef?: KustomizationSpecKubeConfigConfigMapRef;
    /**
     * SecretRef holds an optional name of a secret that contains a key with
     * the kubeconfig file as the value. If no key is set, the key will default
     * to 'value'. Mutually exclusive with ConfigMapRef.
     * It is recommended that the kubeconfig is self-contained, and the secret
     * is regularly updated if credentials such as a cloud-access-token expire.
     * Cloud specific `cmd-path` auth helpers will not function without adding
     * binaries and credentials to the Pod that is responsible for reconciling
     * Kubernetes resources. Supported only for the generic provider.
     *
     * @schema KustomizationSpecKubeConfig#secretRef
     */
    readonly secretRef?: KustomizationSpecKubeConfigSecretRef;
}
/**
 * Converts an object of type 'KustomizationSpecKubeConfig' to JSON representation.
 */
export declare function toJson_KustomizationSpecKubeConfig(obj: KustomizationSpecKubeConfig | undefined): Record<string, any> | undefined;
/**
 * Patch contains an inline StrategicMerge or JSON6902 patch, and the target the patch should
 * be applied to.
 *
 * @schema KustomizationSpecPatches
 */
export interface KustomizationSpecPatches {
    /**
     * Patch contains an inline StrategicMerge patch or an inline JSON6902 patch with
     * an array of operation objects.
     *
     * @schema KustomizationSpecPatches#patch
     */
    readonly patch: string;
    /**
     * Target points to the resources that the patch document should be applied to.
     *
     * @schema KustomizationSpecPatches#target
     */
    readonly target?: KustomizationSpecPatchesTarget;
}
/**
 * Converts an object of type 'KustomizationSpecPatches' to JSON representation.
 */
export declare function toJson_KustomizationSpecPatches(obj: KustomizationSpecPatches | undefined): Record<string, any> | undefined;
/**
 * PostBuild describes which actions to perform on the YAML manifest
 * generated by building the kustomize overlay.
 *
 * @schema KustomizationSpecPostBuild
 */
export interface KustomizationSpecPostBuild {
    /**
     * Substitute holds a map of key/value pairs.
     * The variables defined in your YAML manifests that match any of the keys
     * defined in the map will be substituted with the set value.
     * Includes support for bash string replacement functions
     * e.g. ${var:=default}, ${var:position} and ${var/substring/replacement}.
     *
     * @schema KustomizationSpecPostBuild#substitute
     */
    readonly substitute?: {
        [key: string]: string;
    };
    /**
     * SubstituteFrom holds references to ConfigMaps and Secrets containing
     * the variables and their values to be substituted in the YAML manifests.
     * The ConfigMap and the Secret data keys represent the var names, and they
     * must match the vars declared in the manifests for the substitution to
     * happen.
     *
     * @schema KustomizationSpecPostBuild#substituteFrom
     */
    readonly substituteFrom?: KustomizationSpecPostBuildSubstituteFrom[];
    /**
     * SubstituteStrategy defines the strategy for substituting variables in the YAML manifests.
     * Valid values are:
     *
     * - WithVariables (the default): require at least one variable to be defined,
     * either through the inline map or through the resolved references to ConfigMaps
     * and Secrets.
     * - Always: perform the substitution even if no variables are defined.
     *
     * @schema KustomizationSpecPostBuild#substituteStrategy
     */
    readonly substituteStrategy?: KustomizationSpecPostBuildSubstituteStrategy;
}
/**
 * Converts an object of type 'KustomizationSpecPostBuild' to JSON representation.
 */
export declare function toJson_KustomizationSpecPostBuild(obj: KustomizationSpecPostBuild | undefined): Record<string, any> | undefined;
/**
 * Reference of the source where the kustomization file is.
 *
 * @schema KustomizationSpecSourceRef
 */
export interface KustomizationSpecSourceRef {
    /**
     * API version of the referent.
     *
     * @schema KustomizationSpecSourceRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind of the referent.
     *
     * @schema KustomizationSpecSourceRef#kind
     */
    readonly kind: KustomizationSpecSourceRefKind;
    /**
     * Name of the referent.
     *
     * @schema KustomizationSpecSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace of the referent, defaults to the namespace of the Kubernetes
     * resource object that contains the reference.
     *
     * @schema KustomizationSpecSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KustomizationSpecSourceRef' to JSON representation.
 */
export declare function toJson_KustomizationSpecSourceRef(obj: KustomizationSpecSourceRef | undefined): Record<string, any> | undefined;
/**
 * Provider is the name of the decryption engine.
 *
 * @schema KustomizationSpecDecryptionProvider
 */
export declare enum KustomizationSpecDecryptionProvider {
    /** sops */
    SOPS = "sops"
}
/**
 * The secret name containing the private OpenPGP keys used for decryption.
 * A static credential for a cloud provider defined inside the Secret
 * takes priority to secret-less authentication with the ServiceAccountName
 * field.
 *
 * @schema KustomizationSpecDecryptionSecretRef
 */
export interface KustomizationSpecDecryptionSecretRef {
    /**
     * Name of the referent.
     *
     * @schema KustomizationSpecDecryptionSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KustomizationSpecDecryptionSecretRef' to JSON representation.
 */
export declare function toJson_KustomizationSpecDecryptionSecretRef(obj: KustomizationSpecDecryptionSecretRef | undefined): Record<string, any> | undefined;
/**
 * Target is a selector for specifying Kubernetes objects to which this
 * rule applies.
 * If Target is not set, the Paths will be ignored for all Kubernetes
 * objects within the manifest of the Kustomization.
 *
 * @schema KustomizationSpecIgnoreTarget
 */
export interface KustomizationSpecIgnoreTarget {
    /**
     * AnnotationSelector is a string that follows the label selection expression
     * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#api
     * It matches with the resource annotations.
     *
     * @schema KustomizationSpecIgnoreTarget#annotationSelector
     */
    readonly annotationSelector?: string;
    /**
     * Group is the API group to select resources from.
     * Together with Version and Kind it is capable of unambiguously identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecIgnoreTarget#group
     */
    readonly group?: string;
    /**
     * Kind of the API Group to select resources from.
     * Together with Group and Version it is capable of unambiguously
     * identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecIgnoreTarget#kind
     */
    readonly kind?: string;
    /**
     * LabelSelector is a string that follows the label selection expression
     * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#api
     * It matches with the resource labels.
     *
     * @schema KustomizationSpecIgnoreTarget#labelSelector
     */
    readonly labelSelector?: string;
    /**
     * Name to match resources with.
     *
     * @schema KustomizationSpecIgnoreTarget#name
     */
    readonly name?: string;
    /**
     * Namespace to select resources from.
     *
     * @schema KustomizationSpecIgnoreTarget#namespace
     */
    readonly namespace?: string;
    /**
     * Version of the API Group to select resources from.
     * Together with Group and Kind it is capable of unambiguously identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecIgnoreTarget#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'KustomizationSpecIgnoreTarget' to JSON representation.
 */
export declare function toJson_KustomizationSpecIgnoreTarget(obj: KustomizationSpecIgnoreTarget | undefined): Record<string, any> | undefined;
/**
 * ConfigMapRef holds an optional name of a ConfigMap that contains
 * the following keys:
 *
 * - `provider`: the provider to use. One of `aws`, `azure`, `gcp`, or
 * `generic`. Required.
 * - `cluster`: the fully qualified resource name of the Kubernetes
 * cluster in the cloud provider API. Not used by the `generic`
 * provider. Required when one of `address` or `ca.crt` is not set.
 * - `address`: the address of the Kubernetes API server. Required
 * for `generic`. For the other providers, if not specified, the
 * first address in the cluster resource will be used, and if
 * specified, it must match one of the addresses in the cluster
 * resource.
 * If audiences is not set, will be used as the audience for the
 * `generic` provider.
 * - `ca.crt`: the optional PEM-encoded CA certificate for the
 * Kubernetes API server. If not set, the controller will use the
 * CA certificate from the cluster resource.
 * - `audiences`: the optional audiences as a list of
 * line-break-separated strings for the Kubernetes ServiceAccount
 * token. Defaults to the `address` for the `generic` provider, or
 * to specific values for the other providers depending on the
 * provider.
 * -  `serviceAccountName`: the optional name of the Kubernetes
 * ServiceAccount in the same namespace that should be used
 * for authentication. If not specified, the controller
 * ServiceAccount will be used.
 *
 * Mutually exclusive with SecretRef.
 *
 * @default the `address` for the `generic` provider, or
 * @schema KustomizationSpecKubeConfigConfigMapRef
 */
export interface KustomizationSpecKubeConfigConfigMapRef {
    /**
     * Name of the referent.
     *
     * @schema KustomizationSpecKubeConfigConfigMapRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KustomizationSpecKubeConfigConfigMapRef' to JSON representation.
 */
export declare function toJson_KustomizationSpecKubeConfigConfigMapRef(obj: KustomizationSpecKubeConfigConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef holds an optional name of a secret that contains a key with
 * the kubeconfig file as the value. If no key is set, the key will default
 * to 'value'. Mutually exclusive with ConfigMapRef.
 * It is recommended that the kubeconfig is self-contained, and the secret
 * is regularly updated if credentials such as a cloud-access-token expire.
 * Cloud specific `cmd-path` auth helpers will not function without adding
 * binaries and credentials to the Pod that is responsible for reconciling
 * Kubernetes resources. Supported only for the generic provider.
 *
 * @schema KustomizationSpecKubeConfigSecretRef
 */
export interface KustomizationSpecKubeConfigSecretRef {
    /**
     * Key in the Secret, when not specified an implementation-specific default key is used.
     *
     * @schema KustomizationSpecKubeConfigSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the Secret.
     *
     * @schema KustomizationSpecKubeConfigSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KustomizationSpecKubeConfigSecretRef' to JSON representation.
 */
export declare function toJson_KustomizationSpecKubeConfigSecretRef(obj: KustomizationSpecKubeConfigSecretRef | undefined): Record<string, any> | undefined;
/**
 * Target points to the resources that the patch document should be applied to.
 *
 * @schema KustomizationSpecPatchesTarget
 */
export interface KustomizationSpecPatchesTarget {
    /**
     * AnnotationSelector is a string that follows the label selection expression
     * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#api
     * It matches with the resource annotations.
     *
     * @schema KustomizationSpecPatchesTarget#annotationSelector
     */
    readonly annotationSelector?: string;
    /**
     * Group is the API group to select resources from.
     * Together with Version and Kind it is capable of unambiguously identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecPatchesTarget#group
     */
    readonly group?: string;
    /**
     * Kind of the API Group to select resources from.
     * Together with Group and Version it is capable of unambiguously
     * identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecPatchesTarget#kind
     */
    readonly kind?: string;
    /**
     * LabelSelector is a string that follows the label selection expression
     * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#api
     * It matches with the resource labels.
     *
     * @schema KustomizationSpecPatchesTarget#labelSelector
     */
    readonly labelSelector?: string;
    /**
     * Name to match resources with.
     *
     * @schema KustomizationSpecPatchesTarget#name
     */
    readonly name?: string;
    /**
     * Namespace to select resources from.
     *
     * @schema KustomizationSpecPatchesTarget#namespace
     */
    readonly namespace?: string;
    /**
     * Version of the API Group to select resources from.
     * Together with Group and Kind it is capable of unambiguously identifying and/or selecting resources.
     * https://github.com/kubernetes/community/blob/master/contributors/design-proposals/api-machinery/api-group.md
     *
     * @schema KustomizationSpecPatchesTarget#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'KustomizationSpecPatchesTarget' to JSON representation.
 */
export declare function toJson_KustomizationSpecPatchesTarget(obj: KustomizationSpecPatchesTarget | undefined): Record<string, any> | undefined;
/**
 * SubstituteReference contains a reference to a resource containing
 * the variables name and value.
 *
 * @schema KustomizationSpecPostBuildSubstituteFrom
 */
export interface KustomizationSpecPostBuildSubstituteFrom {
    /**
     * Kind of the values referent, valid values are ('Secret', 'ConfigMap').
     *
     * @schema KustomizationSpecPostBuildSubstituteFrom#kind
     */
    readonly kind: KustomizationSpecPostBuildSubstituteFromKind;
    /**
     * Name of the values referent. Should reside in the same namespace as the
     * referring resource.
     *
     * @schema KustomizationSpecPostBuildSubstituteFrom#name
     */
    readonly name: string;
    /**
     * Optional indicates whether the referenced resource must exist, or whether to
     * tolerate its absence. If true and the referenced resource is absent, proceed
     * as if the resource was present but empty, without any variables defined.
     *
     * @schema KustomizationSpecPostBuildSubstituteFrom#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KustomizationSpecPostBuildSubstituteFrom' to JSON representation.
 */
export declare function toJson_KustomizationSpecPostBuildSubstituteFrom(obj: KustomizationSpecPostBuildSubstituteFrom | undefined): Record<string, any> | undefined;
/**
 * SubstituteStrategy defines the strategy for substituting variables in the YAML manifests.
 * Valid values are:
 *
 * - WithVariables (the default): require at least one variable to be defined,
 * either through the inline map or through the resolved references to ConfigMaps
 * and Secrets.
 * - Always: perform the substitution even if no variables are defined.
 *
 * @schema KustomizationSpecPostBuildSubstituteStrategy
 */
export declare enum KustomizationSpecPostBuildSubstituteStrategy {
    /** WithVariables */
    WITH_VARIABLES = "WithVariables",
    /** Always */
    ALWAYS = "Always"
}
/**
 * Kind of the referent.
 *
 * @schema KustomizationSpecSourceRefKind
 */
export declare enum KustomizationSpecSourceRefKind {
    /** OCIRepository */
    OCI_REPOSITORY = "OCIRepository",
    /** GitRepository */
    GIT_REPOSITORY = "GitRepository",
    /** Bucket */
    BUCKET = "Bucket",
    /** ExternalArtifact */
    EXTERNAL_ARTIFACT = "ExternalArtifact"
}
/**
 * Kind of the values referent, valid values are ('Secret', 'ConfigMap').
 *
 * @schema KustomizationSpecPostBuildSubstituteFromKind
 */
export declare enum KustomizationSpecPostBuildSubstituteFromKind {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
