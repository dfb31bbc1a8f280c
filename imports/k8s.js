var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  IntOrString: () => IntOrString,
  IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind: () => IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind,
  KubeApiService: () => KubeApiService,
  KubeApiServiceList: () => KubeApiServiceList,
  KubeBinding: () => KubeBinding,
  KubeCertificateSigningRequest: () => KubeCertificateSigningRequest,
  KubeCertificateSigningRequestList: () => KubeCertificateSigningRequestList,
  KubeClusterCidrListV1Alpha1: () => KubeClusterCidrListV1Alpha1,
  KubeClusterCidrv1Alpha1: () => KubeClusterCidrv1Alpha1,
  KubeClusterRole: () => KubeClusterRole,
  KubeClusterRoleBinding: () => KubeClusterRoleBinding,
  KubeClusterRoleBindingList: () => KubeClusterRoleBindingList,
  KubeClusterRoleList: () => KubeClusterRoleList,
  KubeClusterTrustBundleListV1Alpha1: () => KubeClusterTrustBundleListV1Alpha1,
  KubeClusterTrustBundleV1Alpha1: () => KubeClusterTrustBundleV1Alpha1,
  KubeComponentStatus: () => KubeComponentStatus,
  KubeComponentStatusList: () => KubeComponentStatusList,
  KubeConfigMap: () => KubeConfigMap,
  KubeConfigMapList: () => KubeConfigMapList,
  KubeControllerRevision: () => KubeControllerRevision,
  KubeControllerRevisionList: () => KubeControllerRevisionList,
  KubeCronJob: () => KubeCronJob,
  KubeCronJobList: () => KubeCronJobList,
  KubeCsiDriver: () => KubeCsiDriver,
  KubeCsiDriverList: () => KubeCsiDriverList,
  KubeCsiNode: () => KubeCsiNode,
  KubeCsiNodeList: () => KubeCsiNodeList,
  KubeCsiStorageCapacity: () => KubeCsiStorageCapacity,
  KubeCsiStorageCapacityList: () => KubeCsiStorageCapacityList,
  KubeCustomResourceDefinition: () => KubeCustomResourceDefinition,
  KubeCustomResourceDefinitionList: () => KubeCustomResourceDefinitionList,
  KubeDaemonSet: () => KubeDaemonSet,
  KubeDaemonSetList: () => KubeDaemonSetList,
  KubeDeployment: () => KubeDeployment,
  KubeDeploymentList: () => KubeDeploymentList,
  KubeEndpointSlice: () => KubeEndpointSlice,
  KubeEndpointSliceList: () => KubeEndpointSliceList,
  KubeEndpoints: () => KubeEndpoints,
  KubeEndpointsList: () => KubeEndpointsList,
  KubeEvent: () => KubeEvent,
  KubeEventList: () => KubeEventList,
  KubeEviction: () => KubeEviction,
  KubeFlowSchemaListV1Beta2: () => KubeFlowSchemaListV1Beta2,
  KubeFlowSchemaListV1Beta3: () => KubeFlowSchemaListV1Beta3,
  KubeFlowSchemaV1Beta2: () => KubeFlowSchemaV1Beta2,
  KubeFlowSchemaV1Beta3: () => KubeFlowSchemaV1Beta3,
  KubeHorizontalPodAutoscaler: () => KubeHorizontalPodAutoscaler,
  KubeHorizontalPodAutoscalerList: () => KubeHorizontalPodAutoscalerList,
  KubeHorizontalPodAutoscalerListV2: () => KubeHorizontalPodAutoscalerListV2,
  KubeHorizontalPodAutoscalerV2: () => KubeHorizontalPodAutoscalerV2,
  KubeIngress: () => KubeIngress,
  KubeIngressClass: () => KubeIngressClass,
  KubeIngressClassList: () => KubeIngressClassList,
  KubeIngressList: () => KubeIngressList,
  KubeIpAddressListV1Alpha1: () => KubeIpAddressListV1Alpha1,
  KubeIpAddressV1Alpha1: () => KubeIpAddressV1Alpha1,
  KubeJob: () => KubeJob,
  KubeJobList: () => KubeJobList,
  KubeLease: () => KubeLease,
  KubeLeaseList: () => KubeLeaseList,
  KubeLimitRange: () => KubeLimitRange,
  KubeLimitRangeList: () => KubeLimitRangeList,
  KubeLocalSubjectAccessReview: () => KubeLocalSubjectAccessReview,
  KubeMutatingWebhookConfiguration: () => KubeMutatingWebhookConfiguration,
  KubeMutatingWebhookConfigurationList: () => KubeMutatingWebhookConfigurationList,
  KubeNamespace: () => KubeNamespace,
  KubeNamespaceList: () => KubeNamespaceList,
  KubeNetworkPolicy: () => KubeNetworkPolicy,
  KubeNetworkPolicyList: () => KubeNetworkPolicyList,
  KubeNode: () => KubeNode,
  KubeNodeList: () => KubeNodeList,
  KubePersistentVolume: () => KubePersistentVolume,
  KubePersistentVolumeClaim: () => KubePersistentVolumeClaim,
  KubePersistentVolumeClaimList: () => KubePersistentVolumeClaimList,
  KubePersistentVolumeList: () => KubePersistentVolumeList,
  KubePod: () => KubePod,
  KubePodDisruptionBudget: () => KubePodDisruptionBudget,
  KubePodDisruptionBudgetList: () => KubePodDisruptionBudgetList,
  KubePodList: () => KubePodList,
  KubePodSchedulingContextListV1Alpha2: () => KubePodSchedulingContextListV1Alpha2,
  KubePodSchedulingContextV1Alpha2: () => KubePodSchedulingContextV1Alpha2,
  KubePodTemplate: () => KubePodTemplate,
  KubePodTemplateList: () => KubePodTemplateList,
  KubePriorityClass: () => KubePriorityClass,
  KubePriorityClassList: () => KubePriorityClassList,
  KubePriorityLevelConfigurationListV1Beta2: () => KubePriorityLevelConfigurationListV1Beta2,
  KubePriorityLevelConfigurationListV1Beta3: () => KubePriorityLevelConfigurationListV1Beta3,
  KubePriorityLevelConfigurationV1Beta2: () => KubePriorityLevelConfigurationV1Beta2,
  KubePriorityLevelConfigurationV1Beta3: () => KubePriorityLevelConfigurationV1Beta3,
  KubeReplicaSet: () => KubeReplicaSet,
  KubeReplicaSetList: () => KubeReplicaSetList,
  KubeReplicationController: () => KubeReplicationController,
  KubeReplicationControllerList: () => KubeReplicationControllerList,
  KubeResourceClaimListV1Alpha2: () => KubeResourceClaimListV1Alpha2,
  KubeResourceClaimTemplateListV1Alpha2: () => KubeResourceClaimTemplateListV1Alpha2,
  KubeResourceClaimTemplateV1Alpha2: () => KubeResourceClaimTemplateV1Alpha2,
  KubeResourceClaimV1Alpha2: () => KubeResourceClaimV1Alpha2,
  KubeResourceClassListV1Alpha2: () => KubeResourceClassListV1Alpha2,
  KubeResourceClassV1Alpha2: () => KubeResourceClassV1Alpha2,
  KubeResourceQuota: () => KubeResourceQuota,
  KubeResourceQuotaList: () => KubeResourceQuotaList,
  KubeRole: () => KubeRole,
  KubeRoleBinding: () => KubeRoleBinding,
  KubeRoleBindingList: () => KubeRoleBindingList,
  KubeRoleList: () => KubeRoleList,
  KubeRuntimeClass: () => KubeRuntimeClass,
  KubeRuntimeClassList: () => KubeRuntimeClassList,
  KubeScale: () => KubeScale,
  KubeSecret: () => KubeSecret,
  KubeSecretList: () => KubeSecretList,
  KubeSelfSubjectAccessReview: () => KubeSelfSubjectAccessReview,
  KubeSelfSubjectReview: () => KubeSelfSubjectReview,
  KubeSelfSubjectReviewV1Alpha1: () => KubeSelfSubjectReviewV1Alpha1,
  KubeSelfSubjectReviewV1Beta1: () => KubeSelfSubjectReviewV1Beta1,
  KubeSelfSubjectRulesReview: () => KubeSelfSubjectRulesReview,
  KubeService: () => KubeService,
  KubeServiceAccount: () => KubeServiceAccount,
  KubeServiceAccountList: () => KubeServiceAccountList,
  KubeServiceList: () => KubeServiceList,
  KubeStatefulSet: () => KubeStatefulSet,
  KubeStatefulSetList: () => KubeStatefulSetList,
  KubeStatus: () => KubeStatus,
  KubeStorageClass: () => KubeStorageClass,
  KubeStorageClassList: () => KubeStorageClassList,
  KubeStorageVersionListV1Alpha1: () => KubeStorageVersionListV1Alpha1,
  KubeStorageVersionV1Alpha1: () => KubeStorageVersionV1Alpha1,
  KubeSubjectAccessReview: () => KubeSubjectAccessReview,
  KubeTokenRequest: () => KubeTokenRequest,
  KubeTokenReview: () => KubeTokenReview,
  KubeValidatingAdmissionPolicyBindingListV1Alpha1: () => KubeValidatingAdmissionPolicyBindingListV1Alpha1,
  KubeValidatingAdmissionPolicyBindingListV1Beta1: () => KubeValidatingAdmissionPolicyBindingListV1Beta1,
  KubeValidatingAdmissionPolicyBindingV1Alpha1: () => KubeValidatingAdmissionPolicyBindingV1Alpha1,
  KubeValidatingAdmissionPolicyBindingV1Beta1: () => KubeValidatingAdmissionPolicyBindingV1Beta1,
  KubeValidatingAdmissionPolicyListV1Alpha1: () => KubeValidatingAdmissionPolicyListV1Alpha1,
  KubeValidatingAdmissionPolicyListV1Beta1: () => KubeValidatingAdmissionPolicyListV1Beta1,
  KubeValidatingAdmissionPolicyV1Alpha1: () => KubeValidatingAdmissionPolicyV1Alpha1,
  KubeValidatingAdmissionPolicyV1Beta1: () => KubeValidatingAdmissionPolicyV1Beta1,
  KubeValidatingWebhookConfiguration: () => KubeValidatingWebhookConfiguration,
  KubeValidatingWebhookConfigurationList: () => KubeValidatingWebhookConfigurationList,
  KubeVolumeAttachment: () => KubeVolumeAttachment,
  KubeVolumeAttachmentList: () => KubeVolumeAttachmentList,
  Quantity: () => Quantity,
  toJson_Affinity: () => toJson_Affinity,
  toJson_AggregationRule: () => toJson_AggregationRule,
  toJson_ApiServiceSpec: () => toJson_ApiServiceSpec,
  toJson_AuditAnnotationV1Alpha1: () => toJson_AuditAnnotationV1Alpha1,
  toJson_AuditAnnotationV1Beta1: () => toJson_AuditAnnotationV1Beta1,
  toJson_AwsElasticBlockStoreVolumeSource: () => toJson_AwsElasticBlockStoreVolumeSource,
  toJson_AzureDiskVolumeSource: () => toJson_AzureDiskVolumeSource,
  toJson_AzureFilePersistentVolumeSource: () => toJson_AzureFilePersistentVolumeSource,
  toJson_AzureFileVolumeSource: () => toJson_AzureFileVolumeSource,
  toJson_BoundObjectReference: () => toJson_BoundObjectReference,
  toJson_Capabilities: () => toJson_Capabilities,
  toJson_CephFsPersistentVolumeSource: () => toJson_CephFsPersistentVolumeSource,
  toJson_CephFsVolumeSource: () => toJson_CephFsVolumeSource,
  toJson_CertificateSigningRequestSpec: () => toJson_CertificateSigningRequestSpec,
  toJson_CinderPersistentVolumeSource: () => toJson_CinderPersistentVolumeSource,
  toJson_CinderVolumeSource: () => toJson_CinderVolumeSource,
  toJson_ClaimSource: () => toJson_ClaimSource,
  toJson_ClientIpConfig: () => toJson_ClientIpConfig,
  toJson_ClusterCidrSpecV1Alpha1: () => toJson_ClusterCidrSpecV1Alpha1,
  toJson_ClusterTrustBundleSpecV1Alpha1: () => toJson_ClusterTrustBundleSpecV1Alpha1,
  toJson_ComponentCondition: () => toJson_ComponentCondition,
  toJson_ConfigMapEnvSource: () => toJson_ConfigMapEnvSource,
  toJson_ConfigMapKeySelector: () => toJson_ConfigMapKeySelector,
  toJson_ConfigMapNodeConfigSource: () => toJson_ConfigMapNodeConfigSource,
  toJson_ConfigMapProjection: () => toJson_ConfigMapProjection,
  toJson_ConfigMapVolumeSource: () => toJson_ConfigMapVolumeSource,
  toJson_Container: () => toJson_Container,
  toJson_ContainerPort: () => toJson_ContainerPort,
  toJson_ContainerResizePolicy: () => toJson_ContainerResizePolicy,
  toJson_ContainerResourceMetricSourceV2: () => toJson_ContainerResourceMetricSourceV2,
  toJson_CronJobSpec: () => toJson_CronJobSpec,
  toJson_CrossVersionObjectReference: () => toJson_CrossVersionObjectReference,
  toJson_CrossVersionObjectReferenceV2: () => toJson_CrossVersionObjectReferenceV2,
  toJson_CsiDriverSpec: () => toJson_CsiDriverSpec,
  toJson_CsiNodeDriver: () => toJson_CsiNodeDriver,
  toJson_CsiNodeSpec: () => toJson_CsiNodeSpec,
  toJson_CsiPersistentVolumeSource: () => toJson_CsiPersistentVolumeSource,
  toJson_CsiVolumeSource: () => toJson_CsiVolumeSource,
  toJson_CustomResourceColumnDefinition: () => toJson_CustomResourceColumnDefinition,
  toJson_CustomResourceConversion: () => toJson_CustomResourceConversion,
  toJson_CustomResourceDefinitionNames: () => toJson_CustomResourceDefinitionNames,
  toJson_CustomResourceDefinitionSpec: () => toJson_CustomResourceDefinitionSpec,
  toJson_CustomResourceDefinitionVersion: () => toJson_CustomResourceDefinitionVersion,
  toJson_CustomResourceSubresourceScale: () => toJson_CustomResourceSubresourceScale,
  toJson_CustomResourceSubresources: () => toJson_CustomResourceSubresources,
  toJson_CustomResourceValidation: () => toJson_CustomResourceValidation,
  toJson_DaemonSetSpec: () => toJson_DaemonSetSpec,
  toJson_DaemonSetUpdateStrategy: () => toJson_DaemonSetUpdateStrategy,
  toJson_DeleteOptions: () => toJson_DeleteOptions,
  toJson_DeploymentSpec: () => toJson_DeploymentSpec,
  toJson_DeploymentStrategy: () => toJson_DeploymentStrategy,
  toJson_DownwardApiProjection: () => toJson_DownwardApiProjection,
  toJson_DownwardApiVolumeFile: () => toJson_DownwardApiVolumeFile,
  toJson_DownwardApiVolumeSource: () => toJson_DownwardApiVolumeSource,
  toJson_EmptyDirVolumeSource: () => toJson_EmptyDirVolumeSource,
  toJson_Endpoint: () => toJson_Endpoint,
  toJson_EndpointAddress: () => toJson_EndpointAddress,
  toJson_EndpointConditions: () => toJson_EndpointConditions,
  toJson_EndpointHints: () => toJson_EndpointHints,
  toJson_EndpointPort: () => toJson_EndpointPort,
  toJson_EndpointSubset: () => toJson_EndpointSubset,
  toJson_EnvFromSource: () => toJson_EnvFromSource,
  toJson_EnvVar: () => toJson_EnvVar,
  toJson_EnvVarSource: () => toJson_EnvVarSource,
  toJson_EphemeralContainer: () => toJson_EphemeralContainer,
  toJson_EphemeralVolumeSource: () => toJson_EphemeralVolumeSource,
  toJson_EventSeries: () => toJson_EventSeries,
  toJson_EventSource: () => toJson_EventSource,
  toJson_ExecAction: () => toJson_ExecAction,
  toJson_ExemptPriorityLevelConfigurationV1Beta2: () => toJson_ExemptPriorityLevelConfigurationV1Beta2,
  toJson_ExemptPriorityLevelConfigurationV1Beta3: () => toJson_ExemptPriorityLevelConfigurationV1Beta3,
  toJson_ExternalDocumentation: () => toJson_ExternalDocumentation,
  toJson_ExternalMetricSourceV2: () => toJson_ExternalMetricSourceV2,
  toJson_FcVolumeSource: () => toJson_FcVolumeSource,
  toJson_FlexPersistentVolumeSource: () => toJson_FlexPersistentVolumeSource,
  toJson_FlexVolumeSource: () => toJson_FlexVolumeSource,
  toJson_FlockerVolumeSource: () => toJson_FlockerVolumeSource,
  toJson_FlowDistinguisherMethodV1Beta2: () => toJson_FlowDistinguisherMethodV1Beta2,
  toJson_FlowDistinguisherMethodV1Beta3: () => toJson_FlowDistinguisherMethodV1Beta3,
  toJson_FlowSchemaSpecV1Beta2: () => toJson_FlowSchemaSpecV1Beta2,
  toJson_FlowSchemaSpecV1Beta3: () => toJson_FlowSchemaSpecV1Beta3,
  toJson_ForZone: () => toJson_ForZone,
  toJson_GcePersistentDiskVolumeSource: () => toJson_GcePersistentDiskVolumeSource,
  toJson_GitRepoVolumeSource: () => toJson_GitRepoVolumeSource,
  toJson_GlusterfsPersistentVolumeSource: () => toJson_GlusterfsPersistentVolumeSource,
  toJson_GlusterfsVolumeSource: () => toJson_GlusterfsVolumeSource,
  toJson_GroupSubjectV1Beta2: () => toJson_GroupSubjectV1Beta2,
  toJson_GroupSubjectV1Beta3: () => toJson_GroupSubjectV1Beta3,
  toJson_GrpcAction: () => toJson_GrpcAction,
  toJson_HorizontalPodAutoscalerBehaviorV2: () => toJson_HorizontalPodAutoscalerBehaviorV2,
  toJson_HorizontalPodAutoscalerSpec: () => toJson_HorizontalPodAutoscalerSpec,
  toJson_HorizontalPodAutoscalerSpecV2: () => toJson_HorizontalPodAutoscalerSpecV2,
  toJson_HostAlias: () => toJson_HostAlias,
  toJson_HostPathVolumeSource: () => toJson_HostPathVolumeSource,
  toJson_HpaScalingPolicyV2: () => toJson_HpaScalingPolicyV2,
  toJson_HpaScalingRulesV2: () => toJson_HpaScalingRulesV2,
  toJson_HttpGetAction: () => toJson_HttpGetAction,
  toJson_HttpHeader: () => toJson_HttpHeader,
  toJson_HttpIngressPath: () => toJson_HttpIngressPath,
  toJson_HttpIngressRuleValue: () => toJson_HttpIngressRuleValue,
  toJson_IngressBackend: () => toJson_IngressBackend,
  toJson_IngressClassParametersReference: () => toJson_IngressClassParametersReference,
  toJson_IngressClassSpec: () => toJson_IngressClassSpec,
  toJson_IngressRule: () => toJson_IngressRule,
  toJson_IngressServiceBackend: () => toJson_IngressServiceBackend,
  toJson_IngressSpec: () => toJson_IngressSpec,
  toJson_IngressTls: () => toJson_IngressTls,
  toJson_IpAddressSpecV1Alpha1: () => toJson_IpAddressSpecV1Alpha1,
  toJson_IpBlock: () => toJson_IpBlock,
  toJson_IscsiPersistentVolumeSource: () => toJson_IscsiPersistentVolumeSource,
  toJson_IscsiVolumeSource: () => toJson_IscsiVolumeSource,
  toJson_JobSpec: () => toJson_JobSpec,
  toJson_JobTemplateSpec: () => toJson_JobTemplateSpec,
  toJson_JsonSchemaProps: () => toJson_JsonSchemaProps,
  toJson_KeyToPath: () => toJson_KeyToPath,
  toJson_KubeApiServiceListProps: () => toJson_KubeApiServiceListProps,
  toJson_KubeApiServiceProps: () => toJson_KubeApiServiceProps,
  toJson_KubeBindingProps: () => toJson_KubeBindingProps,
  toJson_KubeCertificateSigningRequestListProps: () => toJson_KubeCertificateSigningRequestListProps,
  toJson_KubeCertificateSigningRequestProps: () => toJson_KubeCertificateSigningRequestProps,
  toJson_KubeClusterCidrListV1Alpha1Props: () => toJson_KubeClusterCidrListV1Alpha1Props,
  toJson_KubeClusterCidrv1Alpha1Props: () => toJson_KubeClusterCidrv1Alpha1Props,
  toJson_KubeClusterRoleBindingListProps: () => toJson_KubeClusterRoleBindingListProps,
  toJson_KubeClusterRoleBindingProps: () => toJson_KubeClusterRoleBindingProps,
  toJson_KubeClusterRoleListProps: () => toJson_KubeClusterRoleListProps,
  toJson_KubeClusterRoleProps: () => toJson_KubeClusterRoleProps,
  toJson_KubeClusterTrustBundleListV1Alpha1Props: () => toJson_KubeClusterTrustBundleListV1Alpha1Props,
  toJson_KubeClusterTrustBundleV1Alpha1Props: () => toJson_KubeClusterTrustBundleV1Alpha1Props,
  toJson_KubeComponentStatusListProps: () => toJson_KubeComponentStatusListProps,
  toJson_KubeComponentStatusProps: () => toJson_KubeComponentStatusProps,
  toJson_KubeConfigMapListProps: () => toJson_KubeConfigMapListProps,
  toJson_KubeConfigMapProps: () => toJson_KubeConfigMapProps,
  toJson_KubeControllerRevisionListProps: () => toJson_KubeControllerRevisionListProps,
  toJson_KubeControllerRevisionProps: () => toJson_KubeControllerRevisionProps,
  toJson_KubeCronJobListProps: () => toJson_KubeCronJobListProps,
  toJson_KubeCronJobProps: () => toJson_KubeCronJobProps,
  toJson_KubeCsiDriverListProps: () => toJson_KubeCsiDriverListProps,
  toJson_KubeCsiDriverProps: () => toJson_KubeCsiDriverProps,
  toJson_KubeCsiNodeListProps: () => toJson_KubeCsiNodeListProps,
  toJson_KubeCsiNodeProps: () => toJson_KubeCsiNodeProps,
  toJson_KubeCsiStorageCapacityListProps: () => toJson_KubeCsiStorageCapacityListProps,
  toJson_KubeCsiStorageCapacityProps: () => toJson_KubeCsiStorageCapacityProps,
  toJson_KubeCustomResourceDefinitionListProps: () => toJson_KubeCustomResourceDefinitionListProps,
  toJson_KubeCustomResourceDefinitionProps: () => toJson_KubeCustomResourceDefinitionProps,
  toJson_KubeDaemonSetListProps: () => toJson_KubeDaemonSetListProps,
  toJson_KubeDaemonSetProps: () => toJson_KubeDaemonSetProps,
  toJson_KubeDeploymentListProps: () => toJson_KubeDeploymentListProps,
  toJson_KubeDeploymentProps: () => toJson_KubeDeploymentProps,
  toJson_KubeEndpointSliceListProps: () => toJson_KubeEndpointSliceListProps,
  toJson_KubeEndpointSliceProps: () => toJson_KubeEndpointSliceProps,
  toJson_KubeEndpointsListProps: () => toJson_KubeEndpointsListProps,
  toJson_KubeEndpointsProps: () => toJson_KubeEndpointsProps,
  toJson_KubeEventListProps: () => toJson_KubeEventListProps,
  toJson_KubeEventProps: () => toJson_KubeEventProps,
  toJson_KubeEvictionProps: () => toJson_KubeEvictionProps,
  toJson_KubeFlowSchemaListV1Beta2Props: () => toJson_KubeFlowSchemaListV1Beta2Props,
  toJson_KubeFlowSchemaListV1Beta3Props: () => toJson_KubeFlowSchemaListV1Beta3Props,
  toJson_KubeFlowSchemaV1Beta2Props: () => toJson_KubeFlowSchemaV1Beta2Props,
  toJson_KubeFlowSchemaV1Beta3Props: () => toJson_KubeFlowSchemaV1Beta3Props,
  toJson_KubeHorizontalPodAutoscalerListProps: () => toJson_KubeHorizontalPodAutoscalerListProps,
  toJson_KubeHorizontalPodAutoscalerListV2Props: () => toJson_KubeHorizontalPodAutoscalerListV2Props,
  toJson_KubeHorizontalPodAutoscalerProps: () => toJson_KubeHorizontalPodAutoscalerProps,
  toJson_KubeHorizontalPodAutoscalerV2Props: () => toJson_KubeHorizontalPodAutoscalerV2Props,
  toJson_KubeIngressClassListProps: () => toJson_KubeIngressClassListProps,
  toJson_KubeIngressClassProps: () => toJson_KubeIngressClassProps,
  toJson_KubeIngressListProps: () => toJson_KubeIngressListProps,
  toJson_KubeIngressProps: () => toJson_KubeIngressProps,
  toJson_KubeIpAddressListV1Alpha1Props: () => toJson_KubeIpAddressListV1Alpha1Props,
  toJson_KubeIpAddressV1Alpha1Props: () => toJson_KubeIpAddressV1Alpha1Props,
  toJson_KubeJobListProps: () => toJson_KubeJobListProps,
  toJson_KubeJobProps: () => toJson_KubeJobProps,
  toJson_KubeLeaseListProps: () => toJson_KubeLeaseListProps,
  toJson_KubeLeaseProps: () => toJson_KubeLeaseProps,
  toJson_KubeLimitRangeListProps: () => toJson_KubeLimitRangeListProps,
  toJson_KubeLimitRangeProps: () => toJson_KubeLimitRangeProps,
  toJson_KubeLocalSubjectAccessReviewProps: () => toJson_KubeLocalSubjectAccessReviewProps,
  toJson_KubeMutatingWebhookConfigurationListProps: () => toJson_KubeMutatingWebhookConfigurationListProps,
  toJson_KubeMutatingWebhookConfigurationProps: () => toJson_KubeMutatingWebhookConfigurationProps,
  toJson_KubeNamespaceListProps: () => toJson_KubeNamespaceListProps,
  toJson_KubeNamespaceProps: () => toJson_KubeNamespaceProps,
  toJson_KubeNetworkPolicyListProps: () => toJson_KubeNetworkPolicyListProps,
  toJson_KubeNetworkPolicyProps: () => toJson_KubeNetworkPolicyProps,
  toJson_KubeNodeListProps: () => toJson_KubeNodeListProps,
  toJson_KubeNodeProps: () => toJson_KubeNodeProps,
  toJson_KubePersistentVolumeClaimListProps: () => toJson_KubePersistentVolumeClaimListProps,
  toJson_KubePersistentVolumeClaimProps: () => toJson_KubePersistentVolumeClaimProps,
  toJson_KubePersistentVolumeListProps: () => toJson_KubePersistentVolumeListProps,
  toJson_KubePersistentVolumeProps: () => toJson_KubePersistentVolumeProps,
  toJson_KubePodDisruptionBudgetListProps: () => toJson_KubePodDisruptionBudgetListProps,
  toJson_KubePodDisruptionBudgetProps: () => toJson_KubePodDisruptionBudgetProps,
  toJson_KubePodListProps: () => toJson_KubePodListProps,
  toJson_KubePodProps: () => toJson_KubePodProps,
  toJson_KubePodSchedulingContextListV1Alpha2Props: () => toJson_KubePodSchedulingContextListV1Alpha2Props,
  toJson_KubePodSchedulingContextV1Alpha2Props: () => toJson_KubePodSchedulingContextV1Alpha2Props,
  toJson_KubePodTemplateListProps: () => toJson_KubePodTemplateListProps,
  toJson_KubePodTemplateProps: () => toJson_KubePodTemplateProps,
  toJson_KubePriorityClassListProps: () => toJson_KubePriorityClassListProps,
  toJson_KubePriorityClassProps: () => toJson_KubePriorityClassProps,
  toJson_KubePriorityLevelConfigurationListV1Beta2Props: () => toJson_KubePriorityLevelConfigurationListV1Beta2Props,
  toJson_KubePriorityLevelConfigurationListV1Beta3Props: () => toJson_KubePriorityLevelConfigurationListV1Beta3Props,
  toJson_KubePriorityLevelConfigurationV1Beta2Props: () => toJson_KubePriorityLevelConfigurationV1Beta2Props,
  toJson_KubePriorityLevelConfigurationV1Beta3Props: () => toJson_KubePriorityLevelConfigurationV1Beta3Props,
  toJson_KubeReplicaSetListProps: () => toJson_KubeReplicaSetListProps,
  toJson_KubeReplicaSetProps: () => toJson_KubeReplicaSetProps,
  toJson_KubeReplicationControllerListProps: () => toJson_KubeReplicationControllerListProps,
  toJson_KubeReplicationControllerProps: () => toJson_KubeReplicationControllerProps,
  toJson_KubeResourceClaimListV1Alpha2Props: () => toJson_KubeResourceClaimListV1Alpha2Props,
  toJson_KubeResourceClaimTemplateListV1Alpha2Props: () => toJson_KubeResourceClaimTemplateListV1Alpha2Props,
  toJson_KubeResourceClaimTemplateV1Alpha2Props: () => toJson_KubeResourceClaimTemplateV1Alpha2Props,
  toJson_KubeResourceClaimV1Alpha2Props: () => toJson_KubeResourceClaimV1Alpha2Props,
  toJson_KubeResourceClassListV1Alpha2Props: () => toJson_KubeResourceClassListV1Alpha2Props,
  toJson_KubeResourceClassV1Alpha2Props: () => toJson_KubeResourceClassV1Alpha2Props,
  toJson_KubeResourceQuotaListProps: () => toJson_KubeResourceQuotaListProps,
  toJson_KubeResourceQuotaProps: () => toJson_KubeResourceQuotaProps,
  toJson_KubeRoleBindingListProps: () => toJson_KubeRoleBindingListProps,
  toJson_KubeRoleBindingProps: () => toJson_KubeRoleBindingProps,
  toJson_KubeRoleListProps: () => toJson_KubeRoleListProps,
  toJson_KubeRoleProps: () => toJson_KubeRoleProps,
  toJson_KubeRuntimeClassListProps: () => toJson_KubeRuntimeClassListProps,
  toJson_KubeRuntimeClassProps: () => toJson_KubeRuntimeClassProps,
  toJson_KubeScaleProps: () => toJson_KubeScaleProps,
  toJson_KubeSecretListProps: () => toJson_KubeSecretListProps,
  toJson_KubeSecretProps: () => toJson_KubeSecretProps,
  toJson_KubeSelfSubjectAccessReviewProps: () => toJson_KubeSelfSubjectAccessReviewProps,
  toJson_KubeSelfSubjectReviewProps: () => toJson_KubeSelfSubjectReviewProps,
  toJson_KubeSelfSubjectReviewV1Alpha1Props: () => toJson_KubeSelfSubjectReviewV1Alpha1Props,
  toJson_KubeSelfSubjectReviewV1Beta1Props: () => toJson_KubeSelfSubjectReviewV1Beta1Props,
  toJson_KubeSelfSubjectRulesReviewProps: () => toJson_KubeSelfSubjectRulesReviewProps,
  toJson_KubeServiceAccountListProps: () => toJson_KubeServiceAccountListProps,
  toJson_KubeServiceAccountProps: () => toJson_KubeServiceAccountProps,
  toJson_KubeServiceListProps: () => toJson_KubeServiceListProps,
  toJson_KubeServiceProps: () => toJson_KubeServiceProps,
  toJson_KubeStatefulSetListProps: () => toJson_KubeStatefulSetListProps,
  toJson_KubeStatefulSetProps: () => toJson_KubeStatefulSetProps,
  toJson_KubeStatusProps: () => toJson_KubeStatusProps,
  toJson_KubeStorageClassListProps: () => toJson_KubeStorageClassListProps,
  toJson_KubeStorageClassProps: () => toJson_KubeStorageClassProps,
  toJson_KubeStorageVersionListV1Alpha1Props: () => toJson_KubeStorageVersionListV1Alpha1Props,
  toJson_KubeStorageVersionV1Alpha1Props: () => toJson_KubeStorageVersionV1Alpha1Props,
  toJson_KubeSubjectAccessReviewProps: () => toJson_KubeSubjectAccessReviewProps,
  toJson_KubeTokenRequestProps: () => toJson_KubeTokenRequestProps,
  toJson_KubeTokenReviewProps: () => toJson_KubeTokenReviewProps,
  toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props: () => toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props,
  toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props: () => toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props,
  toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props: () => toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props,
  toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props: () => toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props,
  toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props: () => toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props,
  toJson_KubeValidatingAdmissionPolicyListV1Beta1Props: () => toJson_KubeValidatingAdmissionPolicyListV1Beta1Props,
  toJson_KubeValidatingAdmissionPolicyV1Alpha1Props: () => toJson_KubeValidatingAdmissionPolicyV1Alpha1Props,
  toJson_KubeValidatingAdmissionPolicyV1Beta1Props: () => toJson_KubeValidatingAdmissionPolicyV1Beta1Props,
  toJson_KubeValidatingWebhookConfigurationListProps: () => toJson_KubeValidatingWebhookConfigurationListProps,
  toJson_KubeValidatingWebhookConfigurationProps: () => toJson_KubeValidatingWebhookConfigurationProps,
  toJson_KubeVolumeAttachmentListProps: () => toJson_KubeVolumeAttachmentListProps,
  toJson_KubeVolumeAttachmentProps: () => toJson_KubeVolumeAttachmentProps,
  toJson_LabelSelector: () => toJson_LabelSelector,
  toJson_LabelSelectorRequirement: () => toJson_LabelSelectorRequirement,
  toJson_LeaseSpec: () => toJson_LeaseSpec,
  toJson_Lifecycle: () => toJson_Lifecycle,
  toJson_LifecycleHandler: () => toJson_LifecycleHandler,
  toJson_LimitRangeItem: () => toJson_LimitRangeItem,
  toJson_LimitRangeSpec: () => toJson_LimitRangeSpec,
  toJson_LimitResponseV1Beta2: () => toJson_LimitResponseV1Beta2,
  toJson_LimitResponseV1Beta3: () => toJson_LimitResponseV1Beta3,
  toJson_LimitedPriorityLevelConfigurationV1Beta2: () => toJson_LimitedPriorityLevelConfigurationV1Beta2,
  toJson_LimitedPriorityLevelConfigurationV1Beta3: () => toJson_LimitedPriorityLevelConfigurationV1Beta3,
  toJson_ListMeta: () => toJson_ListMeta,
  toJson_LocalObjectReference: () => toJson_LocalObjectReference,
  toJson_LocalVolumeSource: () => toJson_LocalVolumeSource,
  toJson_ManagedFieldsEntry: () => toJson_ManagedFieldsEntry,
  toJson_MatchCondition: () => toJson_MatchCondition,
  toJson_MatchConditionV1Alpha1: () => toJson_MatchConditionV1Alpha1,
  toJson_MatchConditionV1Beta1: () => toJson_MatchConditionV1Beta1,
  toJson_MatchResourcesV1Alpha1: () => toJson_MatchResourcesV1Alpha1,
  toJson_MatchResourcesV1Beta1: () => toJson_MatchResourcesV1Beta1,
  toJson_MetricIdentifierV2: () => toJson_MetricIdentifierV2,
  toJson_MetricSpecV2: () => toJson_MetricSpecV2,
  toJson_MetricTargetV2: () => toJson_MetricTargetV2,
  toJson_MutatingWebhook: () => toJson_MutatingWebhook,
  toJson_NamedRuleWithOperationsV1Alpha1: () => toJson_NamedRuleWithOperationsV1Alpha1,
  toJson_NamedRuleWithOperationsV1Beta1: () => toJson_NamedRuleWithOperationsV1Beta1,
  toJson_NamespaceSpec: () => toJson_NamespaceSpec,
  toJson_NetworkPolicyEgressRule: () => toJson_NetworkPolicyEgressRule,
  toJson_NetworkPolicyIngressRule: () => toJson_NetworkPolicyIngressRule,
  toJson_NetworkPolicyPeer: () => toJson_NetworkPolicyPeer,
  toJson_NetworkPolicyPort: () => toJson_NetworkPolicyPort,
  toJson_NetworkPolicySpec: () => toJson_NetworkPolicySpec,
  toJson_NfsVolumeSource: () => toJson_NfsVolumeSource,
  toJson_NodeAffinity: () => toJson_NodeAffinity,
  toJson_NodeConfigSource: () => toJson_NodeConfigSource,
  toJson_NodeSelector: () => toJson_NodeSelector,
  toJson_NodeSelectorRequirement: () => toJson_NodeSelectorRequirement,
  toJson_NodeSelectorTerm: () => toJson_NodeSelectorTerm,
  toJson_NodeSpec: () => toJson_NodeSpec,
  toJson_NonResourceAttributes: () => toJson_NonResourceAttributes,
  toJson_NonResourcePolicyRuleV1Beta2: () => toJson_NonResourcePolicyRuleV1Beta2,
  toJson_NonResourcePolicyRuleV1Beta3: () => toJson_NonResourcePolicyRuleV1Beta3,
  toJson_ObjectFieldSelector: () => toJson_ObjectFieldSelector,
  toJson_ObjectMeta: () => toJson_ObjectMeta,
  toJson_ObjectMetricSourceV2: () => toJson_ObjectMetricSourceV2,
  toJson_ObjectReference: () => toJson_ObjectReference,
  toJson_Overhead: () => toJson_Overhead,
  toJson_OwnerReference: () => toJson_OwnerReference,
  toJson_ParamKindV1Alpha1: () => toJson_ParamKindV1Alpha1,
  toJson_ParamKindV1Beta1: () => toJson_ParamKindV1Beta1,
  toJson_ParamRefV1Alpha1: () => toJson_ParamRefV1Alpha1,
  toJson_ParamRefV1Beta1: () => toJson_ParamRefV1Beta1,
  toJson_ParentReferenceV1Alpha1: () => toJson_ParentReferenceV1Alpha1,
  toJson_PersistentVolumeClaimSpec: () => toJson_PersistentVolumeClaimSpec,
  toJson_PersistentVolumeClaimTemplate: () => toJson_PersistentVolumeClaimTemplate,
  toJson_PersistentVolumeClaimVolumeSource: () => toJson_PersistentVolumeClaimVolumeSource,
  toJson_PersistentVolumeSpec: () => toJson_PersistentVolumeSpec,
  toJson_PhotonPersistentDiskVolumeSource: () => toJson_PhotonPersistentDiskVolumeSource,
  toJson_PodAffinity: () => toJson_PodAffinity,
  toJson_PodAffinityTerm: () => toJson_PodAffinityTerm,
  toJson_PodAntiAffinity: () => toJson_PodAntiAffinity,
  toJson_PodDisruptionBudgetSpec: () => toJson_PodDisruptionBudgetSpec,
  toJson_PodDnsConfig: () => toJson_PodDnsConfig,
  toJson_PodDnsConfigOption: () => toJson_PodDnsConfigOption,
  toJson_PodFailurePolicy: () => toJson_PodFailurePolicy,
  toJson_PodFailurePolicyOnExitCodesRequirement: () => toJson_PodFailurePolicyOnExitCodesRequirement,
  toJson_PodFailurePolicyOnPodConditionsPattern: () => toJson_PodFailurePolicyOnPodConditionsPattern,
  toJson_PodFailurePolicyRule: () => toJson_PodFailurePolicyRule,
  toJson_PodOs: () => toJson_PodOs,
  toJson_PodReadinessGate: () => toJson_PodReadinessGate,
  toJson_PodResourceClaim: () => toJson_PodResourceClaim,
  toJson_PodSchedulingContextSpecV1Alpha2: () => toJson_PodSchedulingContextSpecV1Alpha2,
  toJson_PodSchedulingGate: () => toJson_PodSchedulingGate,
  toJson_PodSecurityContext: () => toJson_PodSecurityContext,
  toJson_PodSpec: () => toJson_PodSpec,
  toJson_PodTemplateSpec: () => toJson_PodTemplateSpec,
  toJson_PodsMetricSourceV2: () => toJson_PodsMetricSourceV2,
  toJson_PolicyRule: () => toJson_PolicyRule,
  toJson_PolicyRulesWithSubjectsV1Beta2: () => toJson_PolicyRulesWithSubjectsV1Beta2,
  toJson_PolicyRulesWithSubjectsV1Beta3: () => toJson_PolicyRulesWithSubjectsV1Beta3,
  toJson_PortworxVolumeSource: () => toJson_PortworxVolumeSource,
  toJson_Preconditions: () => toJson_Preconditions,
  toJson_PreferredSchedulingTerm: () => toJson_PreferredSchedulingTerm,
  toJson_PriorityLevelConfigurationReferenceV1Beta2: () => toJson_PriorityLevelConfigurationReferenceV1Beta2,
  toJson_PriorityLevelConfigurationReferenceV1Beta3: () => toJson_PriorityLevelConfigurationReferenceV1Beta3,
  toJson_PriorityLevelConfigurationSpecV1Beta2: () => toJson_PriorityLevelConfigurationSpecV1Beta2,
  toJson_PriorityLevelConfigurationSpecV1Beta3: () => toJson_PriorityLevelConfigurationSpecV1Beta3,
  toJson_Probe: () => toJson_Probe,
  toJson_ProjectedVolumeSource: () => toJson_ProjectedVolumeSource,
  toJson_QueuingConfigurationV1Beta2: () => toJson_QueuingConfigurationV1Beta2,
  toJson_QueuingConfigurationV1Beta3: () => toJson_QueuingConfigurationV1Beta3,
  toJson_QuobyteVolumeSource: () => toJson_QuobyteVolumeSource,
  toJson_RbdPersistentVolumeSource: () => toJson_RbdPersistentVolumeSource,
  toJson_RbdVolumeSource: () => toJson_RbdVolumeSource,
  toJson_ReplicaSetSpec: () => toJson_ReplicaSetSpec,
  toJson_ReplicationControllerSpec: () => toJson_ReplicationControllerSpec,
  toJson_ResourceAttributes: () => toJson_ResourceAttributes,
  toJson_ResourceClaim: () => toJson_ResourceClaim,
  toJson_ResourceClaimParametersReferenceV1Alpha2: () => toJson_ResourceClaimParametersReferenceV1Alpha2,
  toJson_ResourceClaimSpecV1Alpha2: () => toJson_ResourceClaimSpecV1Alpha2,
  toJson_ResourceClaimTemplateSpecV1Alpha2: () => toJson_ResourceClaimTemplateSpecV1Alpha2,
  toJson_ResourceClassParametersReferenceV1Alpha2: () => toJson_ResourceClassParametersReferenceV1Alpha2,
  toJson_ResourceFieldSelector: () => toJson_ResourceFieldSelector,
  toJson_ResourceMetricSourceV2: () => toJson_ResourceMetricSourceV2,
  toJson_ResourcePolicyRuleV1Beta2: () => toJson_ResourcePolicyRuleV1Beta2,
  toJson_ResourcePolicyRuleV1Beta3: () => toJson_ResourcePolicyRuleV1Beta3,
  toJson_ResourceQuotaSpec: () => toJson_ResourceQuotaSpec,
  toJson_ResourceRequirements: () => toJson_ResourceRequirements,
  toJson_RoleRef: () => toJson_RoleRef,
  toJson_RollingUpdateDaemonSet: () => toJson_RollingUpdateDaemonSet,
  toJson_RollingUpdateDeployment: () => toJson_RollingUpdateDeployment,
  toJson_RollingUpdateStatefulSetStrategy: () => toJson_RollingUpdateStatefulSetStrategy,
  toJson_RuleWithOperations: () => toJson_RuleWithOperations,
  toJson_ScaleIoPersistentVolumeSource: () => toJson_ScaleIoPersistentVolumeSource,
  toJson_ScaleIoVolumeSource: () => toJson_ScaleIoVolumeSource,
  toJson_ScaleSpec: () => toJson_ScaleSpec,
  toJson_Scheduling: () => toJson_Scheduling,
  toJson_ScopeSelector: () => toJson_ScopeSelector,
  toJson_ScopedResourceSelectorRequirement: () => toJson_ScopedResourceSelectorRequirement,
  toJson_SeLinuxOptions: () => toJson_SeLinuxOptions,
  toJson_SeccompProfile: () => toJson_SeccompProfile,
  toJson_SecretEnvSource: () => toJson_SecretEnvSource,
  toJson_SecretKeySelector: () => toJson_SecretKeySelector,
  toJson_SecretProjection: () => toJson_SecretProjection,
  toJson_SecretReference: () => toJson_SecretReference,
  toJson_SecretVolumeSource: () => toJson_SecretVolumeSource,
  toJson_SecurityContext: () => toJson_SecurityContext,
  toJson_SelfSubjectAccessReviewSpec: () => toJson_SelfSubjectAccessReviewSpec,
  toJson_SelfSubjectRulesReviewSpec: () => toJson_SelfSubjectRulesReviewSpec,
  toJson_ServiceAccountSubjectV1Beta2: () => toJson_ServiceAccountSubjectV1Beta2,
  toJson_ServiceAccountSubjectV1Beta3: () => toJson_ServiceAccountSubjectV1Beta3,
  toJson_ServiceAccountTokenProjection: () => toJson_ServiceAccountTokenProjection,
  toJson_ServiceBackendPort: () => toJson_ServiceBackendPort,
  toJson_ServicePort: () => toJson_ServicePort,
  toJson_ServiceReference: () => toJson_ServiceReference,
  toJson_ServiceSpec: () => toJson_ServiceSpec,
  toJson_SessionAffinityConfig: () => toJson_SessionAffinityConfig,
  toJson_StatefulSetOrdinals: () => toJson_StatefulSetOrdinals,
  toJson_StatefulSetPersistentVolumeClaimRetentionPolicy: () => toJson_StatefulSetPersistentVolumeClaimRetentionPolicy,
  toJson_StatefulSetSpec: () => toJson_StatefulSetSpec,
  toJson_StatefulSetUpdateStrategy: () => toJson_StatefulSetUpdateStrategy,
  toJson_StatusCause: () => toJson_StatusCause,
  toJson_StatusDetails: () => toJson_StatusDetails,
  toJson_StorageOsPersistentVolumeSource: () => toJson_StorageOsPersistentVolumeSource,
  toJson_StorageOsVolumeSource: () => toJson_StorageOsVolumeSource,
  toJson_Subject: () => toJson_Subject,
  toJson_SubjectAccessReviewSpec: () => toJson_SubjectAccessReviewSpec,
  toJson_SubjectV1Beta2: () => toJson_SubjectV1Beta2,
  toJson_SubjectV1Beta3: () => toJson_SubjectV1Beta3,
  toJson_Sysctl: () => toJson_Sysctl,
  toJson_Taint: () => toJson_Taint,
  toJson_TcpSocketAction: () => toJson_TcpSocketAction,
  toJson_TokenRequest: () => toJson_TokenRequest,
  toJson_TokenRequestSpec: () => toJson_TokenRequestSpec,
  toJson_TokenReviewSpec: () => toJson_TokenReviewSpec,
  toJson_Toleration: () => toJson_Toleration,
  toJson_TopologySelectorLabelRequirement: () => toJson_TopologySelectorLabelRequirement,
  toJson_TopologySelectorTerm: () => toJson_TopologySelectorTerm,
  toJson_TopologySpreadConstraint: () => toJson_TopologySpreadConstraint,
  toJson_TypedLocalObjectReference: () => toJson_TypedLocalObjectReference,
  toJson_TypedObjectReference: () => toJson_TypedObjectReference,
  toJson_UserSubjectV1Beta2: () => toJson_UserSubjectV1Beta2,
  toJson_UserSubjectV1Beta3: () => toJson_UserSubjectV1Beta3,
  toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1: () => toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1,
  toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1: () => toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1,
  toJson_ValidatingAdmissionPolicySpecV1Alpha1: () => toJson_ValidatingAdmissionPolicySpecV1Alpha1,
  toJson_ValidatingAdmissionPolicySpecV1Beta1: () => toJson_ValidatingAdmissionPolicySpecV1Beta1,
  toJson_ValidatingWebhook: () => toJson_ValidatingWebhook,
  toJson_ValidationRule: () => toJson_ValidationRule,
  toJson_ValidationV1Alpha1: () => toJson_ValidationV1Alpha1,
  toJson_ValidationV1Beta1: () => toJson_ValidationV1Beta1,
  toJson_VariableV1Alpha1: () => toJson_VariableV1Alpha1,
  toJson_VariableV1Beta1: () => toJson_VariableV1Beta1,
  toJson_Volume: () => toJson_Volume,
  toJson_VolumeAttachmentSource: () => toJson_VolumeAttachmentSource,
  toJson_VolumeAttachmentSpec: () => toJson_VolumeAttachmentSpec,
  toJson_VolumeDevice: () => toJson_VolumeDevice,
  toJson_VolumeMount: () => toJson_VolumeMount,
  toJson_VolumeNodeAffinity: () => toJson_VolumeNodeAffinity,
  toJson_VolumeNodeResources: () => toJson_VolumeNodeResources,
  toJson_VolumeProjection: () => toJson_VolumeProjection,
  toJson_VsphereVirtualDiskVolumeSource: () => toJson_VsphereVirtualDiskVolumeSource,
  toJson_WebhookClientConfig: () => toJson_WebhookClientConfig,
  toJson_WebhookConversion: () => toJson_WebhookConversion,
  toJson_WeightedPodAffinityTerm: () => toJson_WeightedPodAffinityTerm,
  toJson_WindowsSecurityContextOptions: () => toJson_WindowsSecurityContextOptions
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class KubeMutatingWebhookConfiguration extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: "MutatingWebhookConfiguration"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeMutatingWebhookConfiguration.GVK,
      ...toJson_KubeMutatingWebhookConfigurationProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeMutatingWebhookConfiguration.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeMutatingWebhookConfiguration.GVK,
      ...toJson_KubeMutatingWebhookConfigurationProps(resolved)
    };
  }
}
class KubeMutatingWebhookConfigurationList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: "MutatingWebhookConfigurationList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeMutatingWebhookConfigurationList.GVK,
      ...toJson_KubeMutatingWebhookConfigurationListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeMutatingWebhookConfigurationList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeMutatingWebhookConfigurationList.GVK,
      ...toJson_KubeMutatingWebhookConfigurationListProps(resolved)
    };
  }
}
class KubeValidatingWebhookConfiguration extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: "ValidatingWebhookConfiguration"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingWebhookConfiguration.GVK,
      ...toJson_KubeValidatingWebhookConfigurationProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingWebhookConfiguration.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingWebhookConfiguration.GVK,
      ...toJson_KubeValidatingWebhookConfigurationProps(resolved)
    };
  }
}
class KubeValidatingWebhookConfigurationList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: "ValidatingWebhookConfigurationList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeValidatingWebhookConfigurationList.GVK,
      ...toJson_KubeValidatingWebhookConfigurationListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeValidatingWebhookConfigurationList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingWebhookConfigurationList.GVK,
      ...toJson_KubeValidatingWebhookConfigurationListProps(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicy"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1alpha1",
    kind: "ValidatingAdmissionPolicy"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicy".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicy" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyBindingV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1alpha1",
    kind: "ValidatingAdmissionPolicyBinding"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBinding" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyBindingV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyBindingListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1alpha1",
    kind: "ValidatingAdmissionPolicyBindingList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyBindingList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyBindingListV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1alpha1",
    kind: "ValidatingAdmissionPolicyList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1alpha1.ValidatingAdmissionPolicyList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyListV1Alpha1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyV1Beta1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicy"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicy"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicy".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyV1Beta1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicy" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyV1Beta1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyBindingV1Beta1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicyBinding"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBinding" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyBindingV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyBindingListV1Beta1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicyBindingList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyBindingList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyBindingListV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(resolved)
    };
  }
}
class KubeValidatingAdmissionPolicyListV1Beta1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyList"
   */
  static GVK = {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicyList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.admissionregistration.v1beta1.ValidatingAdmissionPolicyList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeValidatingAdmissionPolicyListV1Beta1.GVK,
      ...toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(resolved)
    };
  }
}
class KubeStorageVersionV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion"
   */
  static GVK = {
    apiVersion: "internal.apiserver.k8s.io/v1alpha1",
    kind: "StorageVersion"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeStorageVersionV1Alpha1.GVK,
      ...toJson_KubeStorageVersionV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeStorageVersionV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStorageVersionV1Alpha1.GVK,
      ...toJson_KubeStorageVersionV1Alpha1Props(resolved)
    };
  }
}
class KubeStorageVersionListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList"
   */
  static GVK = {
    apiVersion: "internal.apiserver.k8s.io/v1alpha1",
    kind: "StorageVersionList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeStorageVersionListV1Alpha1.GVK,
      ...toJson_KubeStorageVersionListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeStorageVersionListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStorageVersionListV1Alpha1.GVK,
      ...toJson_KubeStorageVersionListV1Alpha1Props(resolved)
    };
  }
}
class KubeControllerRevision extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.ControllerRevision"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "ControllerRevision"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ControllerRevision".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeControllerRevision.GVK,
      ...toJson_KubeControllerRevisionProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.ControllerRevision" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeControllerRevision.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeControllerRevision.GVK,
      ...toJson_KubeControllerRevisionProps(resolved)
    };
  }
}
class KubeControllerRevisionList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.ControllerRevisionList"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "ControllerRevisionList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ControllerRevisionList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeControllerRevisionList.GVK,
      ...toJson_KubeControllerRevisionListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.ControllerRevisionList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeControllerRevisionList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeControllerRevisionList.GVK,
      ...toJson_KubeControllerRevisionListProps(resolved)
    };
  }
}
class KubeDaemonSet extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.DaemonSet"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "DaemonSet"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DaemonSet".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeDaemonSet.GVK,
      ...toJson_KubeDaemonSetProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.DaemonSet" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeDaemonSet.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeDaemonSet.GVK,
      ...toJson_KubeDaemonSetProps(resolved)
    };
  }
}
class KubeDaemonSetList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.DaemonSetList"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "DaemonSetList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DaemonSetList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeDaemonSetList.GVK,
      ...toJson_KubeDaemonSetListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.DaemonSetList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeDaemonSetList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeDaemonSetList.GVK,
      ...toJson_KubeDaemonSetListProps(resolved)
    };
  }
}
class KubeDeployment extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.Deployment"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "Deployment"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.Deployment".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeDeployment.GVK,
      ...toJson_KubeDeploymentProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.Deployment" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeDeployment.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeDeployment.GVK,
      ...toJson_KubeDeploymentProps(resolved)
    };
  }
}
class KubeDeploymentList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.DeploymentList"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "DeploymentList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.DeploymentList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeDeploymentList.GVK,
      ...toJson_KubeDeploymentListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.DeploymentList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeDeploymentList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeDeploymentList.GVK,
      ...toJson_KubeDeploymentListProps(resolved)
    };
  }
}
class KubeReplicaSet extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.ReplicaSet"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ReplicaSet".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeReplicaSet.GVK,
      ...toJson_KubeReplicaSetProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.ReplicaSet" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeReplicaSet.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeReplicaSet.GVK,
      ...toJson_KubeReplicaSetProps(resolved)
    };
  }
}
class KubeReplicaSetList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.ReplicaSetList"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "ReplicaSetList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.ReplicaSetList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeReplicaSetList.GVK,
      ...toJson_KubeReplicaSetListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.ReplicaSetList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeReplicaSetList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeReplicaSetList.GVK,
      ...toJson_KubeReplicaSetListProps(resolved)
    };
  }
}
class KubeStatefulSet extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.StatefulSet"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "StatefulSet"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.StatefulSet".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeStatefulSet.GVK,
      ...toJson_KubeStatefulSetProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.StatefulSet" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeStatefulSet.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStatefulSet.GVK,
      ...toJson_KubeStatefulSetProps(resolved)
    };
  }
}
class KubeStatefulSetList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.apps.v1.StatefulSetList"
   */
  static GVK = {
    apiVersion: "apps/v1",
    kind: "StatefulSetList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.apps.v1.StatefulSetList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeStatefulSetList.GVK,
      ...toJson_KubeStatefulSetListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.apps.v1.StatefulSetList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeStatefulSetList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStatefulSetList.GVK,
      ...toJson_KubeStatefulSetListProps(resolved)
    };
  }
}
class KubeSelfSubjectReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authentication.v1.SelfSubjectReview"
   */
  static GVK = {
    apiVersion: "authentication.k8s.io/v1",
    kind: "SelfSubjectReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1.SelfSubjectReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeSelfSubjectReview.GVK,
      ...toJson_KubeSelfSubjectReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authentication.v1.SelfSubjectReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeSelfSubjectReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSelfSubjectReview.GVK,
      ...toJson_KubeSelfSubjectReviewProps(resolved)
    };
  }
}
class KubeTokenRequest extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authentication.v1.TokenRequest"
   */
  static GVK = {
    apiVersion: "authentication.k8s.io/v1",
    kind: "TokenRequest"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1.TokenRequest".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeTokenRequest.GVK,
      ...toJson_KubeTokenRequestProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authentication.v1.TokenRequest" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeTokenRequest.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeTokenRequest.GVK,
      ...toJson_KubeTokenRequestProps(resolved)
    };
  }
}
class KubeTokenReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authentication.v1.TokenReview"
   */
  static GVK = {
    apiVersion: "authentication.k8s.io/v1",
    kind: "TokenReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1.TokenReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeTokenReview.GVK,
      ...toJson_KubeTokenReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authentication.v1.TokenReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeTokenReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeTokenReview.GVK,
      ...toJson_KubeTokenReviewProps(resolved)
    };
  }
}
class KubeSelfSubjectReviewV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authentication.v1alpha1.SelfSubjectReview"
   */
  static GVK = {
    apiVersion: "authentication.k8s.io/v1alpha1",
    kind: "SelfSubjectReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1alpha1.SelfSubjectReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeSelfSubjectReviewV1Alpha1.GVK,
      ...toJson_KubeSelfSubjectReviewV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authentication.v1alpha1.SelfSubjectReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeSelfSubjectReviewV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSelfSubjectReviewV1Alpha1.GVK,
      ...toJson_KubeSelfSubjectReviewV1Alpha1Props(resolved)
    };
  }
}
class KubeSelfSubjectReviewV1Beta1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authentication.v1beta1.SelfSubjectReview"
   */
  static GVK = {
    apiVersion: "authentication.k8s.io/v1beta1",
    kind: "SelfSubjectReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authentication.v1beta1.SelfSubjectReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeSelfSubjectReviewV1Beta1.GVK,
      ...toJson_KubeSelfSubjectReviewV1Beta1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authentication.v1beta1.SelfSubjectReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeSelfSubjectReviewV1Beta1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSelfSubjectReviewV1Beta1.GVK,
      ...toJson_KubeSelfSubjectReviewV1Beta1Props(resolved)
    };
  }
}
class KubeLocalSubjectAccessReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authorization.v1.LocalSubjectAccessReview"
   */
  static GVK = {
    apiVersion: "authorization.k8s.io/v1",
    kind: "LocalSubjectAccessReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.LocalSubjectAccessReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeLocalSubjectAccessReview.GVK,
      ...toJson_KubeLocalSubjectAccessReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authorization.v1.LocalSubjectAccessReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeLocalSubjectAccessReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeLocalSubjectAccessReview.GVK,
      ...toJson_KubeLocalSubjectAccessReviewProps(resolved)
    };
  }
}
class KubeSelfSubjectAccessReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authorization.v1.SelfSubjectAccessReview"
   */
  static GVK = {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectAccessReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SelfSubjectAccessReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeSelfSubjectAccessReview.GVK,
      ...toJson_KubeSelfSubjectAccessReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authorization.v1.SelfSubjectAccessReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeSelfSubjectAccessReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSelfSubjectAccessReview.GVK,
      ...toJson_KubeSelfSubjectAccessReviewProps(resolved)
    };
  }
}
class KubeSelfSubjectRulesReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authorization.v1.SelfSubjectRulesReview"
   */
  static GVK = {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectRulesReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SelfSubjectRulesReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeSelfSubjectRulesReview.GVK,
      ...toJson_KubeSelfSubjectRulesReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authorization.v1.SelfSubjectRulesReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeSelfSubjectRulesReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSelfSubjectRulesReview.GVK,
      ...toJson_KubeSelfSubjectRulesReviewProps(resolved)
    };
  }
}
class KubeSubjectAccessReview extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.authorization.v1.SubjectAccessReview"
   */
  static GVK = {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SubjectAccessReview"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.authorization.v1.SubjectAccessReview".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeSubjectAccessReview.GVK,
      ...toJson_KubeSubjectAccessReviewProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.authorization.v1.SubjectAccessReview" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeSubjectAccessReview.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSubjectAccessReview.GVK,
      ...toJson_KubeSubjectAccessReviewProps(resolved)
    };
  }
}
class KubeHorizontalPodAutoscaler extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler"
   */
  static GVK = {
    apiVersion: "autoscaling/v1",
    kind: "HorizontalPodAutoscaler"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeHorizontalPodAutoscaler.GVK,
      ...toJson_KubeHorizontalPodAutoscalerProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeHorizontalPodAutoscaler.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeHorizontalPodAutoscaler.GVK,
      ...toJson_KubeHorizontalPodAutoscalerProps(resolved)
    };
  }
}
class KubeHorizontalPodAutoscalerList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList"
   */
  static GVK = {
    apiVersion: "autoscaling/v1",
    kind: "HorizontalPodAutoscalerList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeHorizontalPodAutoscalerList.GVK,
      ...toJson_KubeHorizontalPodAutoscalerListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeHorizontalPodAutoscalerList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeHorizontalPodAutoscalerList.GVK,
      ...toJson_KubeHorizontalPodAutoscalerListProps(resolved)
    };
  }
}
class KubeScale extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.autoscaling.v1.Scale"
   */
  static GVK = {
    apiVersion: "autoscaling/v1",
    kind: "Scale"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v1.Scale".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeScale.GVK,
      ...toJson_KubeScaleProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.autoscaling.v1.Scale" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeScale.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeScale.GVK,
      ...toJson_KubeScaleProps(resolved)
    };
  }
}
class KubeHorizontalPodAutoscalerV2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler"
   */
  static GVK = {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeHorizontalPodAutoscalerV2.GVK,
      ...toJson_KubeHorizontalPodAutoscalerV2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeHorizontalPodAutoscalerV2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeHorizontalPodAutoscalerV2.GVK,
      ...toJson_KubeHorizontalPodAutoscalerV2Props(resolved)
    };
  }
}
class KubeHorizontalPodAutoscalerListV2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList"
   */
  static GVK = {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscalerList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeHorizontalPodAutoscalerListV2.GVK,
      ...toJson_KubeHorizontalPodAutoscalerListV2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeHorizontalPodAutoscalerListV2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeHorizontalPodAutoscalerListV2.GVK,
      ...toJson_KubeHorizontalPodAutoscalerListV2Props(resolved)
    };
  }
}
class KubeCronJob extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.batch.v1.CronJob"
   */
  static GVK = {
    apiVersion: "batch/v1",
    kind: "CronJob"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.CronJob".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeCronJob.GVK,
      ...toJson_KubeCronJobProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.batch.v1.CronJob" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeCronJob.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCronJob.GVK,
      ...toJson_KubeCronJobProps(resolved)
    };
  }
}
class KubeCronJobList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.batch.v1.CronJobList"
   */
  static GVK = {
    apiVersion: "batch/v1",
    kind: "CronJobList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.CronJobList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCronJobList.GVK,
      ...toJson_KubeCronJobListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.batch.v1.CronJobList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCronJobList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCronJobList.GVK,
      ...toJson_KubeCronJobListProps(resolved)
    };
  }
}
class KubeJob extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.batch.v1.Job"
   */
  static GVK = {
    apiVersion: "batch/v1",
    kind: "Job"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.Job".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeJob.GVK,
      ...toJson_KubeJobProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.batch.v1.Job" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeJob.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeJob.GVK,
      ...toJson_KubeJobProps(resolved)
    };
  }
}
class KubeJobList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.batch.v1.JobList"
   */
  static GVK = {
    apiVersion: "batch/v1",
    kind: "JobList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.batch.v1.JobList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeJobList.GVK,
      ...toJson_KubeJobListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.batch.v1.JobList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeJobList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeJobList.GVK,
      ...toJson_KubeJobListProps(resolved)
    };
  }
}
class KubeCertificateSigningRequest extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.certificates.v1.CertificateSigningRequest"
   */
  static GVK = {
    apiVersion: "certificates.k8s.io/v1",
    kind: "CertificateSigningRequest"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1.CertificateSigningRequest".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCertificateSigningRequest.GVK,
      ...toJson_KubeCertificateSigningRequestProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.certificates.v1.CertificateSigningRequest" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCertificateSigningRequest.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCertificateSigningRequest.GVK,
      ...toJson_KubeCertificateSigningRequestProps(resolved)
    };
  }
}
class KubeCertificateSigningRequestList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.certificates.v1.CertificateSigningRequestList"
   */
  static GVK = {
    apiVersion: "certificates.k8s.io/v1",
    kind: "CertificateSigningRequestList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1.CertificateSigningRequestList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCertificateSigningRequestList.GVK,
      ...toJson_KubeCertificateSigningRequestListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.certificates.v1.CertificateSigningRequestList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCertificateSigningRequestList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCertificateSigningRequestList.GVK,
      ...toJson_KubeCertificateSigningRequestListProps(resolved)
    };
  }
}
class KubeClusterTrustBundleV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle"
   */
  static GVK = {
    apiVersion: "certificates.k8s.io/v1alpha1",
    kind: "ClusterTrustBundle"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterTrustBundleV1Alpha1.GVK,
      ...toJson_KubeClusterTrustBundleV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterTrustBundleV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterTrustBundleV1Alpha1.GVK,
      ...toJson_KubeClusterTrustBundleV1Alpha1Props(resolved)
    };
  }
}
class KubeClusterTrustBundleListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList"
   */
  static GVK = {
    apiVersion: "certificates.k8s.io/v1alpha1",
    kind: "ClusterTrustBundleList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterTrustBundleListV1Alpha1.GVK,
      ...toJson_KubeClusterTrustBundleListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterTrustBundleListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterTrustBundleListV1Alpha1.GVK,
      ...toJson_KubeClusterTrustBundleListV1Alpha1Props(resolved)
    };
  }
}
class KubeLease extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.coordination.v1.Lease"
   */
  static GVK = {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.coordination.v1.Lease".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeLease.GVK,
      ...toJson_KubeLeaseProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.coordination.v1.Lease" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeLease.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeLease.GVK,
      ...toJson_KubeLeaseProps(resolved)
    };
  }
}
class KubeLeaseList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.coordination.v1.LeaseList"
   */
  static GVK = {
    apiVersion: "coordination.k8s.io/v1",
    kind: "LeaseList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.coordination.v1.LeaseList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeLeaseList.GVK,
      ...toJson_KubeLeaseListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.coordination.v1.LeaseList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeLeaseList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeLeaseList.GVK,
      ...toJson_KubeLeaseListProps(resolved)
    };
  }
}
class KubeBinding extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Binding"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Binding"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Binding".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeBinding.GVK,
      ...toJson_KubeBindingProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Binding" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeBinding.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeBinding.GVK,
      ...toJson_KubeBindingProps(resolved)
    };
  }
}
class KubeComponentStatus extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ComponentStatus"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ComponentStatus"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ComponentStatus".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeComponentStatus.GVK,
      ...toJson_KubeComponentStatusProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ComponentStatus" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeComponentStatus.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeComponentStatus.GVK,
      ...toJson_KubeComponentStatusProps(resolved)
    };
  }
}
class KubeComponentStatusList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ComponentStatusList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ComponentStatusList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ComponentStatusList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeComponentStatusList.GVK,
      ...toJson_KubeComponentStatusListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ComponentStatusList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeComponentStatusList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeComponentStatusList.GVK,
      ...toJson_KubeComponentStatusListProps(resolved)
    };
  }
}
class KubeConfigMap extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ConfigMap"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ConfigMap"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ConfigMap".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeConfigMap.GVK,
      ...toJson_KubeConfigMapProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ConfigMap" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeConfigMap.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeConfigMap.GVK,
      ...toJson_KubeConfigMapProps(resolved)
    };
  }
}
class KubeConfigMapList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ConfigMapList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ConfigMapList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ConfigMapList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeConfigMapList.GVK,
      ...toJson_KubeConfigMapListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ConfigMapList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeConfigMapList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeConfigMapList.GVK,
      ...toJson_KubeConfigMapListProps(resolved)
    };
  }
}
class KubeEndpoints extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Endpoints"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Endpoints"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Endpoints".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeEndpoints.GVK,
      ...toJson_KubeEndpointsProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Endpoints" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeEndpoints.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEndpoints.GVK,
      ...toJson_KubeEndpointsProps(resolved)
    };
  }
}
class KubeEndpointsList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.EndpointsList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "EndpointsList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.EndpointsList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeEndpointsList.GVK,
      ...toJson_KubeEndpointsListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.EndpointsList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeEndpointsList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEndpointsList.GVK,
      ...toJson_KubeEndpointsListProps(resolved)
    };
  }
}
class KubeEvent extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.events.v1.Event"
   */
  static GVK = {
    apiVersion: "events.k8s.io/v1",
    kind: "Event"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.events.v1.Event".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeEvent.GVK,
      ...toJson_KubeEventProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.events.v1.Event" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeEvent.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEvent.GVK,
      ...toJson_KubeEventProps(resolved)
    };
  }
}
class KubeEventList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.events.v1.EventList"
   */
  static GVK = {
    apiVersion: "events.k8s.io/v1",
    kind: "EventList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.events.v1.EventList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeEventList.GVK,
      ...toJson_KubeEventListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.events.v1.EventList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeEventList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEventList.GVK,
      ...toJson_KubeEventListProps(resolved)
    };
  }
}
class KubeLimitRange extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.LimitRange"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "LimitRange"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.LimitRange".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeLimitRange.GVK,
      ...toJson_KubeLimitRangeProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.LimitRange" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeLimitRange.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeLimitRange.GVK,
      ...toJson_KubeLimitRangeProps(resolved)
    };
  }
}
class KubeLimitRangeList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.LimitRangeList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "LimitRangeList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.LimitRangeList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeLimitRangeList.GVK,
      ...toJson_KubeLimitRangeListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.LimitRangeList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeLimitRangeList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeLimitRangeList.GVK,
      ...toJson_KubeLimitRangeListProps(resolved)
    };
  }
}
class KubeNamespace extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Namespace"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Namespace"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Namespace".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeNamespace.GVK,
      ...toJson_KubeNamespaceProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Namespace" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeNamespace.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNamespace.GVK,
      ...toJson_KubeNamespaceProps(resolved)
    };
  }
}
class KubeNamespaceList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.NamespaceList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "NamespaceList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.NamespaceList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeNamespaceList.GVK,
      ...toJson_KubeNamespaceListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.NamespaceList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeNamespaceList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNamespaceList.GVK,
      ...toJson_KubeNamespaceListProps(resolved)
    };
  }
}
class KubeNode extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Node"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Node"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Node".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeNode.GVK,
      ...toJson_KubeNodeProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Node" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeNode.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNode.GVK,
      ...toJson_KubeNodeProps(resolved)
    };
  }
}
class KubeNodeList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.NodeList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "NodeList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.NodeList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeNodeList.GVK,
      ...toJson_KubeNodeListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.NodeList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeNodeList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNodeList.GVK,
      ...toJson_KubeNodeListProps(resolved)
    };
  }
}
class KubePersistentVolume extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PersistentVolume"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PersistentVolume"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolume".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePersistentVolume.GVK,
      ...toJson_KubePersistentVolumeProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PersistentVolume" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePersistentVolume.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePersistentVolume.GVK,
      ...toJson_KubePersistentVolumeProps(resolved)
    };
  }
}
class KubePersistentVolumeClaim extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PersistentVolumeClaim"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeClaim".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePersistentVolumeClaim.GVK,
      ...toJson_KubePersistentVolumeClaimProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PersistentVolumeClaim" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePersistentVolumeClaim.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePersistentVolumeClaim.GVK,
      ...toJson_KubePersistentVolumeClaimProps(resolved)
    };
  }
}
class KubePersistentVolumeClaimList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PersistentVolumeClaimList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaimList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeClaimList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePersistentVolumeClaimList.GVK,
      ...toJson_KubePersistentVolumeClaimListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PersistentVolumeClaimList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePersistentVolumeClaimList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePersistentVolumeClaimList.GVK,
      ...toJson_KubePersistentVolumeClaimListProps(resolved)
    };
  }
}
class KubePersistentVolumeList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PersistentVolumeList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PersistentVolumeList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PersistentVolumeList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePersistentVolumeList.GVK,
      ...toJson_KubePersistentVolumeListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PersistentVolumeList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePersistentVolumeList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePersistentVolumeList.GVK,
      ...toJson_KubePersistentVolumeListProps(resolved)
    };
  }
}
class KubePod extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Pod"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Pod"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Pod".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePod.GVK,
      ...toJson_KubePodProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Pod" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePod.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePod.GVK,
      ...toJson_KubePodProps(resolved)
    };
  }
}
class KubePodList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PodList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PodList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePodList.GVK,
      ...toJson_KubePodListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PodList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePodList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodList.GVK,
      ...toJson_KubePodListProps(resolved)
    };
  }
}
class KubePodTemplate extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PodTemplate"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PodTemplate"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodTemplate".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePodTemplate.GVK,
      ...toJson_KubePodTemplateProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PodTemplate" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePodTemplate.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodTemplate.GVK,
      ...toJson_KubePodTemplateProps(resolved)
    };
  }
}
class KubePodTemplateList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.PodTemplateList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "PodTemplateList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.PodTemplateList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePodTemplateList.GVK,
      ...toJson_KubePodTemplateListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.PodTemplateList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePodTemplateList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodTemplateList.GVK,
      ...toJson_KubePodTemplateListProps(resolved)
    };
  }
}
class KubeReplicationController extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ReplicationController"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ReplicationController"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ReplicationController".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeReplicationController.GVK,
      ...toJson_KubeReplicationControllerProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ReplicationController" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeReplicationController.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeReplicationController.GVK,
      ...toJson_KubeReplicationControllerProps(resolved)
    };
  }
}
class KubeReplicationControllerList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ReplicationControllerList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ReplicationControllerList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ReplicationControllerList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeReplicationControllerList.GVK,
      ...toJson_KubeReplicationControllerListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ReplicationControllerList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeReplicationControllerList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeReplicationControllerList.GVK,
      ...toJson_KubeReplicationControllerListProps(resolved)
    };
  }
}
class KubeResourceQuota extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ResourceQuota"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ResourceQuota"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ResourceQuota".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeResourceQuota.GVK,
      ...toJson_KubeResourceQuotaProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ResourceQuota" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeResourceQuota.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceQuota.GVK,
      ...toJson_KubeResourceQuotaProps(resolved)
    };
  }
}
class KubeResourceQuotaList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ResourceQuotaList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ResourceQuotaList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ResourceQuotaList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceQuotaList.GVK,
      ...toJson_KubeResourceQuotaListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ResourceQuotaList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceQuotaList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceQuotaList.GVK,
      ...toJson_KubeResourceQuotaListProps(resolved)
    };
  }
}
class KubeSecret extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Secret"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Secret"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Secret".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeSecret.GVK,
      ...toJson_KubeSecretProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Secret" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeSecret.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSecret.GVK,
      ...toJson_KubeSecretProps(resolved)
    };
  }
}
class KubeSecretList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.SecretList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "SecretList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.SecretList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeSecretList.GVK,
      ...toJson_KubeSecretListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.SecretList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeSecretList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeSecretList.GVK,
      ...toJson_KubeSecretListProps(resolved)
    };
  }
}
class KubeService extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.Service"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Service"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.Service".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeService.GVK,
      ...toJson_KubeServiceProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.Service" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeService.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeService.GVK,
      ...toJson_KubeServiceProps(resolved)
    };
  }
}
class KubeServiceAccount extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ServiceAccount"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ServiceAccount"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceAccount".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeServiceAccount.GVK,
      ...toJson_KubeServiceAccountProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ServiceAccount" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeServiceAccount.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeServiceAccount.GVK,
      ...toJson_KubeServiceAccountProps(resolved)
    };
  }
}
class KubeServiceAccountList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ServiceAccountList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ServiceAccountList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceAccountList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeServiceAccountList.GVK,
      ...toJson_KubeServiceAccountListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ServiceAccountList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeServiceAccountList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeServiceAccountList.GVK,
      ...toJson_KubeServiceAccountListProps(resolved)
    };
  }
}
class KubeServiceList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.core.v1.ServiceList"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "ServiceList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.core.v1.ServiceList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeServiceList.GVK,
      ...toJson_KubeServiceListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.core.v1.ServiceList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeServiceList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeServiceList.GVK,
      ...toJson_KubeServiceListProps(resolved)
    };
  }
}
class KubeEndpointSlice extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.discovery.v1.EndpointSlice"
   */
  static GVK = {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.discovery.v1.EndpointSlice".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeEndpointSlice.GVK,
      ...toJson_KubeEndpointSliceProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.discovery.v1.EndpointSlice" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeEndpointSlice.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEndpointSlice.GVK,
      ...toJson_KubeEndpointSliceProps(resolved)
    };
  }
}
class KubeEndpointSliceList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.discovery.v1.EndpointSliceList"
   */
  static GVK = {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSliceList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.discovery.v1.EndpointSliceList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeEndpointSliceList.GVK,
      ...toJson_KubeEndpointSliceListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.discovery.v1.EndpointSliceList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeEndpointSliceList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEndpointSliceList.GVK,
      ...toJson_KubeEndpointSliceListProps(resolved)
    };
  }
}
class KubeFlowSchemaV1Beta2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta2.FlowSchema"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "FlowSchema"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.FlowSchema".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeFlowSchemaV1Beta2.GVK,
      ...toJson_KubeFlowSchemaV1Beta2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta2.FlowSchema" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeFlowSchemaV1Beta2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeFlowSchemaV1Beta2.GVK,
      ...toJson_KubeFlowSchemaV1Beta2Props(resolved)
    };
  }
}
class KubeFlowSchemaListV1Beta2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta2.FlowSchemaList"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "FlowSchemaList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.FlowSchemaList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeFlowSchemaListV1Beta2.GVK,
      ...toJson_KubeFlowSchemaListV1Beta2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta2.FlowSchemaList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeFlowSchemaListV1Beta2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeFlowSchemaListV1Beta2.GVK,
      ...toJson_KubeFlowSchemaListV1Beta2Props(resolved)
    };
  }
}
class KubePriorityLevelConfigurationV1Beta2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "PriorityLevelConfiguration"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePriorityLevelConfigurationV1Beta2.GVK,
      ...toJson_KubePriorityLevelConfigurationV1Beta2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePriorityLevelConfigurationV1Beta2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityLevelConfigurationV1Beta2.GVK,
      ...toJson_KubePriorityLevelConfigurationV1Beta2Props(resolved)
    };
  }
}
class KubePriorityLevelConfigurationListV1Beta2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "PriorityLevelConfigurationList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePriorityLevelConfigurationListV1Beta2.GVK,
      ...toJson_KubePriorityLevelConfigurationListV1Beta2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePriorityLevelConfigurationListV1Beta2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityLevelConfigurationListV1Beta2.GVK,
      ...toJson_KubePriorityLevelConfigurationListV1Beta2Props(resolved)
    };
  }
}
class KubeFlowSchemaV1Beta3 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta3.FlowSchema"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "FlowSchema"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.FlowSchema".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeFlowSchemaV1Beta3.GVK,
      ...toJson_KubeFlowSchemaV1Beta3Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta3.FlowSchema" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeFlowSchemaV1Beta3.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeFlowSchemaV1Beta3.GVK,
      ...toJson_KubeFlowSchemaV1Beta3Props(resolved)
    };
  }
}
class KubeFlowSchemaListV1Beta3 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta3.FlowSchemaList"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "FlowSchemaList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.FlowSchemaList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeFlowSchemaListV1Beta3.GVK,
      ...toJson_KubeFlowSchemaListV1Beta3Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta3.FlowSchemaList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeFlowSchemaListV1Beta3.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeFlowSchemaListV1Beta3.GVK,
      ...toJson_KubeFlowSchemaListV1Beta3Props(resolved)
    };
  }
}
class KubePriorityLevelConfigurationV1Beta3 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "PriorityLevelConfiguration"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePriorityLevelConfigurationV1Beta3.GVK,
      ...toJson_KubePriorityLevelConfigurationV1Beta3Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePriorityLevelConfigurationV1Beta3.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityLevelConfigurationV1Beta3.GVK,
      ...toJson_KubePriorityLevelConfigurationV1Beta3Props(resolved)
    };
  }
}
class KubePriorityLevelConfigurationListV1Beta3 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList"
   */
  static GVK = {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "PriorityLevelConfigurationList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePriorityLevelConfigurationListV1Beta3.GVK,
      ...toJson_KubePriorityLevelConfigurationListV1Beta3Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePriorityLevelConfigurationListV1Beta3.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityLevelConfigurationListV1Beta3.GVK,
      ...toJson_KubePriorityLevelConfigurationListV1Beta3Props(resolved)
    };
  }
}
class KubeIngress extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.Ingress"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.Ingress".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeIngress.GVK,
      ...toJson_KubeIngressProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.Ingress" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeIngress.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIngress.GVK,
      ...toJson_KubeIngressProps(resolved)
    };
  }
}
class KubeIngressClass extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.IngressClass"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "IngressClass"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressClass".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeIngressClass.GVK,
      ...toJson_KubeIngressClassProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.IngressClass" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeIngressClass.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIngressClass.GVK,
      ...toJson_KubeIngressClassProps(resolved)
    };
  }
}
class KubeIngressClassList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.IngressClassList"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "IngressClassList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressClassList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeIngressClassList.GVK,
      ...toJson_KubeIngressClassListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.IngressClassList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeIngressClassList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIngressClassList.GVK,
      ...toJson_KubeIngressClassListProps(resolved)
    };
  }
}
class KubeIngressList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.IngressList"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "IngressList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.IngressList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeIngressList.GVK,
      ...toJson_KubeIngressListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.IngressList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeIngressList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIngressList.GVK,
      ...toJson_KubeIngressListProps(resolved)
    };
  }
}
class KubeNetworkPolicy extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.NetworkPolicy"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.NetworkPolicy".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeNetworkPolicy.GVK,
      ...toJson_KubeNetworkPolicyProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.NetworkPolicy" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeNetworkPolicy.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNetworkPolicy.GVK,
      ...toJson_KubeNetworkPolicyProps(resolved)
    };
  }
}
class KubeNetworkPolicyList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1.NetworkPolicyList"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicyList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1.NetworkPolicyList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeNetworkPolicyList.GVK,
      ...toJson_KubeNetworkPolicyListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1.NetworkPolicyList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeNetworkPolicyList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeNetworkPolicyList.GVK,
      ...toJson_KubeNetworkPolicyListProps(resolved)
    };
  }
}
class KubeClusterCidrv1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1alpha1.ClusterCIDR"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1alpha1",
    kind: "ClusterCIDR"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.ClusterCIDR".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeClusterCidrv1Alpha1.GVK,
      ...toJson_KubeClusterCidrv1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1alpha1.ClusterCIDR" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeClusterCidrv1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterCidrv1Alpha1.GVK,
      ...toJson_KubeClusterCidrv1Alpha1Props(resolved)
    };
  }
}
class KubeClusterCidrListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1alpha1.ClusterCIDRList"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1alpha1",
    kind: "ClusterCIDRList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.ClusterCIDRList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterCidrListV1Alpha1.GVK,
      ...toJson_KubeClusterCidrListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1alpha1.ClusterCIDRList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterCidrListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterCidrListV1Alpha1.GVK,
      ...toJson_KubeClusterCidrListV1Alpha1Props(resolved)
    };
  }
}
class KubeIpAddressV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1alpha1.IPAddress"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1alpha1",
    kind: "IPAddress"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.IPAddress".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeIpAddressV1Alpha1.GVK,
      ...toJson_KubeIpAddressV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1alpha1.IPAddress" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeIpAddressV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIpAddressV1Alpha1.GVK,
      ...toJson_KubeIpAddressV1Alpha1Props(resolved)
    };
  }
}
class KubeIpAddressListV1Alpha1 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.networking.v1alpha1.IPAddressList"
   */
  static GVK = {
    apiVersion: "networking.k8s.io/v1alpha1",
    kind: "IPAddressList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.networking.v1alpha1.IPAddressList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeIpAddressListV1Alpha1.GVK,
      ...toJson_KubeIpAddressListV1Alpha1Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.networking.v1alpha1.IPAddressList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeIpAddressListV1Alpha1.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeIpAddressListV1Alpha1.GVK,
      ...toJson_KubeIpAddressListV1Alpha1Props(resolved)
    };
  }
}
class KubeRuntimeClass extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.node.v1.RuntimeClass"
   */
  static GVK = {
    apiVersion: "node.k8s.io/v1",
    kind: "RuntimeClass"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.node.v1.RuntimeClass".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeRuntimeClass.GVK,
      ...toJson_KubeRuntimeClassProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.node.v1.RuntimeClass" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeRuntimeClass.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRuntimeClass.GVK,
      ...toJson_KubeRuntimeClassProps(resolved)
    };
  }
}
class KubeRuntimeClassList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.node.v1.RuntimeClassList"
   */
  static GVK = {
    apiVersion: "node.k8s.io/v1",
    kind: "RuntimeClassList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.node.v1.RuntimeClassList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeRuntimeClassList.GVK,
      ...toJson_KubeRuntimeClassListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.node.v1.RuntimeClassList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeRuntimeClassList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRuntimeClassList.GVK,
      ...toJson_KubeRuntimeClassListProps(resolved)
    };
  }
}
class KubeEviction extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.policy.v1.Eviction"
   */
  static GVK = {
    apiVersion: "policy/v1",
    kind: "Eviction"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.Eviction".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeEviction.GVK,
      ...toJson_KubeEvictionProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.policy.v1.Eviction" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeEviction.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeEviction.GVK,
      ...toJson_KubeEvictionProps(resolved)
    };
  }
}
class KubePodDisruptionBudget extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.policy.v1.PodDisruptionBudget"
   */
  static GVK = {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.PodDisruptionBudget".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubePodDisruptionBudget.GVK,
      ...toJson_KubePodDisruptionBudgetProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.policy.v1.PodDisruptionBudget" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubePodDisruptionBudget.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodDisruptionBudget.GVK,
      ...toJson_KubePodDisruptionBudgetProps(resolved)
    };
  }
}
class KubePodDisruptionBudgetList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.policy.v1.PodDisruptionBudgetList"
   */
  static GVK = {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudgetList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.policy.v1.PodDisruptionBudgetList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePodDisruptionBudgetList.GVK,
      ...toJson_KubePodDisruptionBudgetListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.policy.v1.PodDisruptionBudgetList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePodDisruptionBudgetList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodDisruptionBudgetList.GVK,
      ...toJson_KubePodDisruptionBudgetListProps(resolved)
    };
  }
}
class KubeClusterRole extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.ClusterRole"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRole".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeClusterRole.GVK,
      ...toJson_KubeClusterRoleProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.ClusterRole" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeClusterRole.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterRole.GVK,
      ...toJson_KubeClusterRoleProps(resolved)
    };
  }
}
class KubeClusterRoleBinding extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.ClusterRoleBinding"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleBinding".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterRoleBinding.GVK,
      ...toJson_KubeClusterRoleBindingProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.ClusterRoleBinding" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterRoleBinding.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterRoleBinding.GVK,
      ...toJson_KubeClusterRoleBindingProps(resolved)
    };
  }
}
class KubeClusterRoleBindingList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.ClusterRoleBindingList"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBindingList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleBindingList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterRoleBindingList.GVK,
      ...toJson_KubeClusterRoleBindingListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.ClusterRoleBindingList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterRoleBindingList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterRoleBindingList.GVK,
      ...toJson_KubeClusterRoleBindingListProps(resolved)
    };
  }
}
class KubeClusterRoleList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.ClusterRoleList"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.ClusterRoleList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeClusterRoleList.GVK,
      ...toJson_KubeClusterRoleListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.ClusterRoleList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeClusterRoleList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeClusterRoleList.GVK,
      ...toJson_KubeClusterRoleListProps(resolved)
    };
  }
}
class KubeRole extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.Role"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.Role".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeRole.GVK,
      ...toJson_KubeRoleProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.Role" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeRole.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRole.GVK,
      ...toJson_KubeRoleProps(resolved)
    };
  }
}
class KubeRoleBinding extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.RoleBinding"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleBinding".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeRoleBinding.GVK,
      ...toJson_KubeRoleBindingProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.RoleBinding" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeRoleBinding.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRoleBinding.GVK,
      ...toJson_KubeRoleBindingProps(resolved)
    };
  }
}
class KubeRoleBindingList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.RoleBindingList"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBindingList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleBindingList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeRoleBindingList.GVK,
      ...toJson_KubeRoleBindingListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.RoleBindingList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeRoleBindingList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRoleBindingList.GVK,
      ...toJson_KubeRoleBindingListProps(resolved)
    };
  }
}
class KubeRoleList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.rbac.v1.RoleList"
   */
  static GVK = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.rbac.v1.RoleList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeRoleList.GVK,
      ...toJson_KubeRoleListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.rbac.v1.RoleList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeRoleList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeRoleList.GVK,
      ...toJson_KubeRoleListProps(resolved)
    };
  }
}
class KubePodSchedulingContextV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.PodSchedulingContext"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "PodSchedulingContext"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.PodSchedulingContext".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePodSchedulingContextV1Alpha2.GVK,
      ...toJson_KubePodSchedulingContextV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.PodSchedulingContext" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePodSchedulingContextV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodSchedulingContextV1Alpha2.GVK,
      ...toJson_KubePodSchedulingContextV1Alpha2Props(resolved)
    };
  }
}
class KubePodSchedulingContextListV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.PodSchedulingContextList"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "PodSchedulingContextList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.PodSchedulingContextList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePodSchedulingContextListV1Alpha2.GVK,
      ...toJson_KubePodSchedulingContextListV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.PodSchedulingContextList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePodSchedulingContextListV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePodSchedulingContextListV1Alpha2.GVK,
      ...toJson_KubePodSchedulingContextListV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClaimV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClaim"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClaim"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaim".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClaimV1Alpha2.GVK,
      ...toJson_KubeResourceClaimV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaim" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClaimV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClaimV1Alpha2.GVK,
      ...toJson_KubeResourceClaimV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClaimListV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClaimList"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClaimList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClaimListV1Alpha2.GVK,
      ...toJson_KubeResourceClaimListV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClaimListV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClaimListV1Alpha2.GVK,
      ...toJson_KubeResourceClaimListV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClaimTemplateV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplate"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClaimTemplate"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplate".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClaimTemplateV1Alpha2.GVK,
      ...toJson_KubeResourceClaimTemplateV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimTemplate" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClaimTemplateV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClaimTemplateV1Alpha2.GVK,
      ...toJson_KubeResourceClaimTemplateV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClaimTemplateListV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplateList"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClaimTemplateList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClaimTemplateList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClaimTemplateListV1Alpha2.GVK,
      ...toJson_KubeResourceClaimTemplateListV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClaimTemplateList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClaimTemplateListV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClaimTemplateListV1Alpha2.GVK,
      ...toJson_KubeResourceClaimTemplateListV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClassV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClass"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClass"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClass".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClassV1Alpha2.GVK,
      ...toJson_KubeResourceClassV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClass" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClassV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClassV1Alpha2.GVK,
      ...toJson_KubeResourceClassV1Alpha2Props(resolved)
    };
  }
}
class KubeResourceClassListV1Alpha2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.resource.v1alpha2.ResourceClassList"
   */
  static GVK = {
    apiVersion: "resource.k8s.io/v1alpha2",
    kind: "ResourceClassList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.resource.v1alpha2.ResourceClassList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeResourceClassListV1Alpha2.GVK,
      ...toJson_KubeResourceClassListV1Alpha2Props(props)
    };
  }
  /**
   * Defines a "io.k8s.api.resource.v1alpha2.ResourceClassList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeResourceClassListV1Alpha2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeResourceClassListV1Alpha2.GVK,
      ...toJson_KubeResourceClassListV1Alpha2Props(resolved)
    };
  }
}
class KubePriorityClass extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.scheduling.v1.PriorityClass"
   */
  static GVK = {
    apiVersion: "scheduling.k8s.io/v1",
    kind: "PriorityClass"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.scheduling.v1.PriorityClass".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePriorityClass.GVK,
      ...toJson_KubePriorityClassProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.scheduling.v1.PriorityClass" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePriorityClass.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityClass.GVK,
      ...toJson_KubePriorityClassProps(resolved)
    };
  }
}
class KubePriorityClassList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.scheduling.v1.PriorityClassList"
   */
  static GVK = {
    apiVersion: "scheduling.k8s.io/v1",
    kind: "PriorityClassList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.scheduling.v1.PriorityClassList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubePriorityClassList.GVK,
      ...toJson_KubePriorityClassListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.scheduling.v1.PriorityClassList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubePriorityClassList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubePriorityClassList.GVK,
      ...toJson_KubePriorityClassListProps(resolved)
    };
  }
}
class KubeCsiDriver extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSIDriver"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSIDriver"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIDriver".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiDriver.GVK,
      ...toJson_KubeCsiDriverProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSIDriver" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiDriver.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiDriver.GVK,
      ...toJson_KubeCsiDriverProps(resolved)
    };
  }
}
class KubeCsiDriverList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSIDriverList"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSIDriverList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIDriverList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiDriverList.GVK,
      ...toJson_KubeCsiDriverListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSIDriverList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiDriverList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiDriverList.GVK,
      ...toJson_KubeCsiDriverListProps(resolved)
    };
  }
}
class KubeCsiNode extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSINode"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSINode"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSINode".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiNode.GVK,
      ...toJson_KubeCsiNodeProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSINode" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiNode.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiNode.GVK,
      ...toJson_KubeCsiNodeProps(resolved)
    };
  }
}
class KubeCsiNodeList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSINodeList"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSINodeList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSINodeList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiNodeList.GVK,
      ...toJson_KubeCsiNodeListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSINodeList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiNodeList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiNodeList.GVK,
      ...toJson_KubeCsiNodeListProps(resolved)
    };
  }
}
class KubeCsiStorageCapacity extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSIStorageCapacity"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSIStorageCapacity"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIStorageCapacity".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiStorageCapacity.GVK,
      ...toJson_KubeCsiStorageCapacityProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSIStorageCapacity" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiStorageCapacity.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiStorageCapacity.GVK,
      ...toJson_KubeCsiStorageCapacityProps(resolved)
    };
  }
}
class KubeCsiStorageCapacityList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.CSIStorageCapacityList"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "CSIStorageCapacityList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.CSIStorageCapacityList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCsiStorageCapacityList.GVK,
      ...toJson_KubeCsiStorageCapacityListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.CSIStorageCapacityList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCsiStorageCapacityList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCsiStorageCapacityList.GVK,
      ...toJson_KubeCsiStorageCapacityListProps(resolved)
    };
  }
}
class KubeStorageClass extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.StorageClass"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.StorageClass".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeStorageClass.GVK,
      ...toJson_KubeStorageClassProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.StorageClass" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeStorageClass.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStorageClass.GVK,
      ...toJson_KubeStorageClassProps(resolved)
    };
  }
}
class KubeStorageClassList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.StorageClassList"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClassList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.StorageClassList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeStorageClassList.GVK,
      ...toJson_KubeStorageClassListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.StorageClassList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeStorageClassList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStorageClassList.GVK,
      ...toJson_KubeStorageClassListProps(resolved)
    };
  }
}
class KubeVolumeAttachment extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.VolumeAttachment"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "VolumeAttachment"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.VolumeAttachment".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeVolumeAttachment.GVK,
      ...toJson_KubeVolumeAttachmentProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.VolumeAttachment" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeVolumeAttachment.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeVolumeAttachment.GVK,
      ...toJson_KubeVolumeAttachmentProps(resolved)
    };
  }
}
class KubeVolumeAttachmentList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.api.storage.v1.VolumeAttachmentList"
   */
  static GVK = {
    apiVersion: "storage.k8s.io/v1",
    kind: "VolumeAttachmentList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.api.storage.v1.VolumeAttachmentList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeVolumeAttachmentList.GVK,
      ...toJson_KubeVolumeAttachmentListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.api.storage.v1.VolumeAttachmentList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeVolumeAttachmentList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeVolumeAttachmentList.GVK,
      ...toJson_KubeVolumeAttachmentListProps(resolved)
    };
  }
}
class KubeCustomResourceDefinition extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition"
   */
  static GVK = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCustomResourceDefinition.GVK,
      ...toJson_KubeCustomResourceDefinitionProps(props)
    };
  }
  /**
   * Defines a "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCustomResourceDefinition.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCustomResourceDefinition.GVK,
      ...toJson_KubeCustomResourceDefinitionProps(resolved)
    };
  }
}
class KubeCustomResourceDefinitionList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList"
   */
  static GVK = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinitionList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeCustomResourceDefinitionList.GVK,
      ...toJson_KubeCustomResourceDefinitionListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeCustomResourceDefinitionList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeCustomResourceDefinitionList.GVK,
      ...toJson_KubeCustomResourceDefinitionListProps(resolved)
    };
  }
}
class KubeStatus extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.apimachinery.pkg.apis.meta.v1.Status"
   */
  static GVK = {
    apiVersion: "v1",
    kind: "Status"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.apimachinery.pkg.apis.meta.v1.Status".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeStatus.GVK,
      ...toJson_KubeStatusProps(props)
    };
  }
  /**
   * Defines a "io.k8s.apimachinery.pkg.apis.meta.v1.Status" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeStatus.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeStatus.GVK,
      ...toJson_KubeStatusProps(resolved)
    };
  }
}
class KubeApiService extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService"
   */
  static GVK = {
    apiVersion: "apiregistration.k8s.io/v1",
    kind: "APIService"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...KubeApiService.GVK,
      ...toJson_KubeApiServiceProps(props)
    };
  }
  /**
   * Defines a "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...KubeApiService.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeApiService.GVK,
      ...toJson_KubeApiServiceProps(resolved)
    };
  }
}
class KubeApiServiceList extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList"
   */
  static GVK = {
    apiVersion: "apiregistration.k8s.io/v1",
    kind: "APIServiceList"
  };
  /**
   * Renders a Kubernetes manifest for "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KubeApiServiceList.GVK,
      ...toJson_KubeApiServiceListProps(props)
    };
  }
  /**
   * Defines a "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KubeApiServiceList.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KubeApiServiceList.GVK,
      ...toJson_KubeApiServiceListProps(resolved)
    };
  }
}
function toJson_KubeMutatingWebhookConfigurationProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "webhooks": obj.webhooks?.map((y) => toJson_MutatingWebhook(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeMutatingWebhookConfigurationListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeMutatingWebhookConfigurationProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingWebhookConfigurationProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "webhooks": obj.webhooks?.map((y) => toJson_ValidatingWebhook(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingWebhookConfigurationListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeValidatingWebhookConfigurationProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ValidatingAdmissionPolicySpecV1Alpha1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyBindingListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyBindingV1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyV1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyV1Beta1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ValidatingAdmissionPolicySpecV1Beta1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyBindingListV1Beta1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyBindingV1Beta1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeValidatingAdmissionPolicyListV1Beta1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeValidatingAdmissionPolicyV1Beta1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStorageVersionV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": obj.spec
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStorageVersionListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeStorageVersionV1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeControllerRevisionProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "data": obj.data,
    "revision": obj.revision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeControllerRevisionListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeControllerRevisionProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeDaemonSetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_DaemonSetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeDaemonSetListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeDaemonSetProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeDeploymentProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_DeploymentSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeDeploymentListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeDeploymentProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeReplicaSetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ReplicaSetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeReplicaSetListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeReplicaSetProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStatefulSetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_StatefulSetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStatefulSetListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeStatefulSetProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSelfSubjectReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeTokenRequestProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_TokenRequestSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeTokenReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_TokenReviewSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSelfSubjectReviewV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSelfSubjectReviewV1Beta1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeLocalSubjectAccessReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_SubjectAccessReviewSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSelfSubjectAccessReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_SelfSubjectAccessReviewSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSelfSubjectRulesReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_SelfSubjectRulesReviewSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSubjectAccessReviewProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_SubjectAccessReviewSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeHorizontalPodAutoscalerProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_HorizontalPodAutoscalerSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeHorizontalPodAutoscalerListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeHorizontalPodAutoscalerProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeScaleProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ScaleSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeHorizontalPodAutoscalerV2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_HorizontalPodAutoscalerSpecV2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeHorizontalPodAutoscalerListV2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeHorizontalPodAutoscalerV2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCronJobProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_CronJobSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCronJobListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCronJobProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeJobProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_JobSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeJobListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeJobProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCertificateSigningRequestProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_CertificateSigningRequestSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCertificateSigningRequestListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCertificateSigningRequestProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterTrustBundleV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ClusterTrustBundleSpecV1Alpha1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterTrustBundleListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeClusterTrustBundleV1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeLeaseProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_LeaseSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeLeaseListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeLeaseProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeBindingProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "target": toJson_ObjectReference(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeComponentStatusProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "conditions": obj.conditions?.map((y) => toJson_ComponentCondition(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeComponentStatusListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeComponentStatusProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeConfigMapProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "binaryData": obj.binaryData === void 0 ? void 0 : Object.entries(obj.binaryData).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "immutable": obj.immutable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeConfigMapListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeConfigMapProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEndpointsProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "subsets": obj.subsets?.map((y) => toJson_EndpointSubset(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEndpointsListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeEndpointsProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEventProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "action": obj.action,
    "deprecatedCount": obj.deprecatedCount,
    "deprecatedFirstTimestamp": obj.deprecatedFirstTimestamp?.toISOString(),
    "deprecatedLastTimestamp": obj.deprecatedLastTimestamp?.toISOString(),
    "deprecatedSource": toJson_EventSource(obj.deprecatedSource),
    "eventTime": obj.eventTime?.toISOString(),
    "note": obj.note,
    "reason": obj.reason,
    "regarding": toJson_ObjectReference(obj.regarding),
    "related": toJson_ObjectReference(obj.related),
    "reportingController": obj.reportingController,
    "reportingInstance": obj.reportingInstance,
    "series": toJson_EventSeries(obj.series),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEventListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeEventProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeLimitRangeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_LimitRangeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeLimitRangeListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeLimitRangeProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNamespaceProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_NamespaceSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNamespaceListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeNamespaceProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNodeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_NodeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNodeListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeNodeProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePersistentVolumeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PersistentVolumeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePersistentVolumeClaimProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PersistentVolumeClaimSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePersistentVolumeClaimListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePersistentVolumeClaimProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePersistentVolumeListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePersistentVolumeProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PodSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePodProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodTemplateProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "template": toJson_PodTemplateSpec(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodTemplateListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePodTemplateProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeReplicationControllerProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ReplicationControllerSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeReplicationControllerListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeReplicationControllerProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceQuotaProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ResourceQuotaSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceQuotaListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeResourceQuotaProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSecretProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "immutable": obj.immutable,
    "stringData": obj.stringData === void 0 ? void 0 : Object.entries(obj.stringData).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeSecretListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeSecretProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeServiceProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ServiceSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeServiceAccountProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "automountServiceAccountToken": obj.automountServiceAccountToken,
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_LocalObjectReference(y)),
    "secrets": obj.secrets?.map((y) => toJson_ObjectReference(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeServiceAccountListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeServiceAccountProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeServiceListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeServiceProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEndpointSliceProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "addressType": obj.addressType,
    "endpoints": obj.endpoints?.map((y) => toJson_Endpoint(y)),
    "ports": obj.ports?.map((y) => toJson_EndpointPort(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEndpointSliceListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeEndpointSliceProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeFlowSchemaV1Beta2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_FlowSchemaSpecV1Beta2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeFlowSchemaListV1Beta2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeFlowSchemaV1Beta2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityLevelConfigurationV1Beta2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PriorityLevelConfigurationSpecV1Beta2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityLevelConfigurationListV1Beta2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePriorityLevelConfigurationV1Beta2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeFlowSchemaV1Beta3Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_FlowSchemaSpecV1Beta3(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeFlowSchemaListV1Beta3Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeFlowSchemaV1Beta3Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityLevelConfigurationV1Beta3Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PriorityLevelConfigurationSpecV1Beta3(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityLevelConfigurationListV1Beta3Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePriorityLevelConfigurationV1Beta3Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIngressProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_IngressSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIngressClassProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_IngressClassSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIngressClassListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeIngressClassProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIngressListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeIngressProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNetworkPolicyProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_NetworkPolicySpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeNetworkPolicyListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeNetworkPolicyProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterCidrv1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ClusterCidrSpecV1Alpha1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterCidrListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeClusterCidrv1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIpAddressV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_IpAddressSpecV1Alpha1(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeIpAddressListV1Alpha1Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeIpAddressV1Alpha1Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRuntimeClassProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "handler": obj.handler,
    "overhead": toJson_Overhead(obj.overhead),
    "scheduling": toJson_Scheduling(obj.scheduling)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRuntimeClassListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeRuntimeClassProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeEvictionProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "deleteOptions": toJson_DeleteOptions(obj.deleteOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodDisruptionBudgetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PodDisruptionBudgetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodDisruptionBudgetListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePodDisruptionBudgetProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterRoleProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "aggregationRule": toJson_AggregationRule(obj.aggregationRule),
    "rules": obj.rules?.map((y) => toJson_PolicyRule(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterRoleBindingProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "roleRef": toJson_RoleRef(obj.roleRef),
    "subjects": obj.subjects?.map((y) => toJson_Subject(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterRoleBindingListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeClusterRoleBindingProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeClusterRoleListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeClusterRoleProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRoleProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "rules": obj.rules?.map((y) => toJson_PolicyRule(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRoleBindingProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "roleRef": toJson_RoleRef(obj.roleRef),
    "subjects": obj.subjects?.map((y) => toJson_Subject(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRoleBindingListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeRoleBindingProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeRoleListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeRoleProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodSchedulingContextV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PodSchedulingContextSpecV1Alpha2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePodSchedulingContextListV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePodSchedulingContextV1Alpha2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClaimV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ResourceClaimSpecV1Alpha2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClaimListV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeResourceClaimV1Alpha2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClaimTemplateV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ResourceClaimTemplateSpecV1Alpha2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClaimTemplateListV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeResourceClaimTemplateV1Alpha2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClassV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "driverName": obj.driverName,
    "parametersRef": toJson_ResourceClassParametersReferenceV1Alpha2(obj.parametersRef),
    "suitableNodes": toJson_NodeSelector(obj.suitableNodes)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeResourceClassListV1Alpha2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeResourceClassV1Alpha2Props(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityClassProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "description": obj.description,
    "globalDefault": obj.globalDefault,
    "preemptionPolicy": obj.preemptionPolicy,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubePriorityClassListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubePriorityClassProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiDriverProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_CsiDriverSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiDriverListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCsiDriverProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiNodeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_CsiNodeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiNodeListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCsiNodeProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiStorageCapacityProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "capacity": obj.capacity?.value,
    "maximumVolumeSize": obj.maximumVolumeSize?.value,
    "nodeTopology": toJson_LabelSelector(obj.nodeTopology),
    "storageClassName": obj.storageClassName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCsiStorageCapacityListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCsiStorageCapacityProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStorageClassProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "allowVolumeExpansion": obj.allowVolumeExpansion,
    "allowedTopologies": obj.allowedTopologies?.map((y) => toJson_TopologySelectorTerm(y)),
    "mountOptions": obj.mountOptions?.map((y) => y),
    "parameters": obj.parameters === void 0 ? void 0 : Object.entries(obj.parameters).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "provisioner": obj.provisioner,
    "reclaimPolicy": obj.reclaimPolicy,
    "volumeBindingMode": obj.volumeBindingMode
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStorageClassListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeStorageClassProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeVolumeAttachmentProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_VolumeAttachmentSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeVolumeAttachmentListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeVolumeAttachmentProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCustomResourceDefinitionProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_CustomResourceDefinitionSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeCustomResourceDefinitionListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeCustomResourceDefinitionProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeStatusProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "code": obj.code,
    "details": toJson_StatusDetails(obj.details),
    "message": obj.message,
    "reason": obj.reason
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeApiServiceProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ApiServiceSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KubeApiServiceListProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ListMeta(obj.metadata),
    "items": obj.items?.map((y) => toJson_KubeApiServiceProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ObjectMeta(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "creationTimestamp": obj.creationTimestamp?.toISOString(),
    "deletionGracePeriodSeconds": obj.deletionGracePeriodSeconds,
    "deletionTimestamp": obj.deletionTimestamp?.toISOString(),
    "finalizers": obj.finalizers?.map((y) => y),
    "generateName": obj.generateName,
    "generation": obj.generation,
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "managedFields": obj.managedFields?.map((y) => toJson_ManagedFieldsEntry(y)),
    "name": obj.name,
    "namespace": obj.namespace,
    "ownerReferences": obj.ownerReferences?.map((y) => toJson_OwnerReference(y)),
    "resourceVersion": obj.resourceVersion,
    "selfLink": obj.selfLink,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MutatingWebhook(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "admissionReviewVersions": obj.admissionReviewVersions?.map((y) => y),
    "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
    "failurePolicy": obj.failurePolicy,
    "matchConditions": obj.matchConditions?.map((y) => toJson_MatchCondition(y)),
    "matchPolicy": obj.matchPolicy,
    "name": obj.name,
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "objectSelector": toJson_LabelSelector(obj.objectSelector),
    "reinvocationPolicy": obj.reinvocationPolicy,
    "rules": obj.rules?.map((y) => toJson_RuleWithOperations(y)),
    "sideEffects": obj.sideEffects,
    "timeoutSeconds": obj.timeoutSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ListMeta(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "continue": obj.continue,
    "remainingItemCount": obj.remainingItemCount,
    "resourceVersion": obj.resourceVersion,
    "selfLink": obj.selfLink
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidatingWebhook(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "admissionReviewVersions": obj.admissionReviewVersions?.map((y) => y),
    "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
    "failurePolicy": obj.failurePolicy,
    "matchConditions": obj.matchConditions?.map((y) => toJson_MatchCondition(y)),
    "matchPolicy": obj.matchPolicy,
    "name": obj.name,
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "objectSelector": toJson_LabelSelector(obj.objectSelector),
    "rules": obj.rules?.map((y) => toJson_RuleWithOperations(y)),
    "sideEffects": obj.sideEffects,
    "timeoutSeconds": obj.timeoutSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidatingAdmissionPolicySpecV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auditAnnotations": obj.auditAnnotations?.map((y) => toJson_AuditAnnotationV1Alpha1(y)),
    "failurePolicy": obj.failurePolicy,
    "matchConditions": obj.matchConditions?.map((y) => toJson_MatchConditionV1Alpha1(y)),
    "matchConstraints": toJson_MatchResourcesV1Alpha1(obj.matchConstraints),
    "paramKind": toJson_ParamKindV1Alpha1(obj.paramKind),
    "validations": obj.validations?.map((y) => toJson_ValidationV1Alpha1(y)),
    "variables": obj.variables?.map((y) => toJson_VariableV1Alpha1(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidatingAdmissionPolicyBindingSpecV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchResources": toJson_MatchResourcesV1Alpha1(obj.matchResources),
    "paramRef": toJson_ParamRefV1Alpha1(obj.paramRef),
    "policyName": obj.policyName,
    "validationActions": obj.validationActions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidatingAdmissionPolicySpecV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auditAnnotations": obj.auditAnnotations?.map((y) => toJson_AuditAnnotationV1Beta1(y)),
    "failurePolicy": obj.failurePolicy,
    "matchConditions": obj.matchConditions?.map((y) => toJson_MatchConditionV1Beta1(y)),
    "matchConstraints": toJson_MatchResourcesV1Beta1(obj.matchConstraints),
    "paramKind": toJson_ParamKindV1Beta1(obj.paramKind),
    "validations": obj.validations?.map((y) => toJson_ValidationV1Beta1(y)),
    "variables": obj.variables?.map((y) => toJson_VariableV1Beta1(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidatingAdmissionPolicyBindingSpecV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchResources": toJson_MatchResourcesV1Beta1(obj.matchResources),
    "paramRef": toJson_ParamRefV1Beta1(obj.paramRef),
    "policyName": obj.policyName,
    "validationActions": obj.validationActions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DaemonSetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "minReadySeconds": obj.minReadySeconds,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "selector": toJson_LabelSelector(obj.selector),
    "template": toJson_PodTemplateSpec(obj.template),
    "updateStrategy": toJson_DaemonSetUpdateStrategy(obj.updateStrategy)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DeploymentSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "minReadySeconds": obj.minReadySeconds,
    "paused": obj.paused,
    "progressDeadlineSeconds": obj.progressDeadlineSeconds,
    "replicas": obj.replicas,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "selector": toJson_LabelSelector(obj.selector),
    "strategy": toJson_DeploymentStrategy(obj.strategy),
    "template": toJson_PodTemplateSpec(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ReplicaSetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "minReadySeconds": obj.minReadySeconds,
    "replicas": obj.replicas,
    "selector": toJson_LabelSelector(obj.selector),
    "template": toJson_PodTemplateSpec(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatefulSetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "minReadySeconds": obj.minReadySeconds,
    "ordinals": toJson_StatefulSetOrdinals(obj.ordinals),
    "persistentVolumeClaimRetentionPolicy": toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj.persistentVolumeClaimRetentionPolicy),
    "podManagementPolicy": obj.podManagementPolicy,
    "replicas": obj.replicas,
    "revisionHistoryLimit": obj.revisionHistoryLimit,
    "selector": toJson_LabelSelector(obj.selector),
    "serviceName": obj.serviceName,
    "template": toJson_PodTemplateSpec(obj.template),
    "updateStrategy": toJson_StatefulSetUpdateStrategy(obj.updateStrategy),
    "volumeClaimTemplates": obj.volumeClaimTemplates?.map((y) => toJson_KubePersistentVolumeClaimProps(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TokenRequestSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "boundObjectRef": toJson_BoundObjectReference(obj.boundObjectRef),
    "expirationSeconds": obj.expirationSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TokenReviewSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "token": obj.token
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SubjectAccessReviewSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "extra": obj.extra === void 0 ? void 0 : Object.entries(obj.extra).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.map((y) => y) }, {}),
    "groups": obj.groups?.map((y) => y),
    "nonResourceAttributes": toJson_NonResourceAttributes(obj.nonResourceAttributes),
    "resourceAttributes": toJson_ResourceAttributes(obj.resourceAttributes),
    "uid": obj.uid,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SelfSubjectAccessReviewSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nonResourceAttributes": toJson_NonResourceAttributes(obj.nonResourceAttributes),
    "resourceAttributes": toJson_ResourceAttributes(obj.resourceAttributes)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SelfSubjectRulesReviewSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HorizontalPodAutoscalerSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxReplicas": obj.maxReplicas,
    "minReplicas": obj.minReplicas,
    "scaleTargetRef": toJson_CrossVersionObjectReference(obj.scaleTargetRef),
    "targetCPUUtilizationPercentage": obj.targetCpuUtilizationPercentage
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ScaleSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "replicas": obj.replicas
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HorizontalPodAutoscalerSpecV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "behavior": toJson_HorizontalPodAutoscalerBehaviorV2(obj.behavior),
    "maxReplicas": obj.maxReplicas,
    "metrics": obj.metrics?.map((y) => toJson_MetricSpecV2(y)),
    "minReplicas": obj.minReplicas,
    "scaleTargetRef": toJson_CrossVersionObjectReferenceV2(obj.scaleTargetRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CronJobSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "concurrencyPolicy": obj.concurrencyPolicy,
    "failedJobsHistoryLimit": obj.failedJobsHistoryLimit,
    "jobTemplate": toJson_JobTemplateSpec(obj.jobTemplate),
    "schedule": obj.schedule,
    "startingDeadlineSeconds": obj.startingDeadlineSeconds,
    "successfulJobsHistoryLimit": obj.successfulJobsHistoryLimit,
    "suspend": obj.suspend,
    "timeZone": obj.timeZone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_JobSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "activeDeadlineSeconds": obj.activeDeadlineSeconds,
    "backoffLimit": obj.backoffLimit,
    "backoffLimitPerIndex": obj.backoffLimitPerIndex,
    "completionMode": obj.completionMode,
    "completions": obj.completions,
    "manualSelector": obj.manualSelector,
    "maxFailedIndexes": obj.maxFailedIndexes,
    "parallelism": obj.parallelism,
    "podFailurePolicy": toJson_PodFailurePolicy(obj.podFailurePolicy),
    "podReplacementPolicy": obj.podReplacementPolicy,
    "selector": toJson_LabelSelector(obj.selector),
    "suspend": obj.suspend,
    "template": toJson_PodTemplateSpec(obj.template),
    "ttlSecondsAfterFinished": obj.ttlSecondsAfterFinished
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CertificateSigningRequestSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expirationSeconds": obj.expirationSeconds,
    "extra": obj.extra === void 0 ? void 0 : Object.entries(obj.extra).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.map((y) => y) }, {}),
    "groups": obj.groups?.map((y) => y),
    "request": obj.request,
    "signerName": obj.signerName,
    "uid": obj.uid,
    "usages": obj.usages?.map((y) => y),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterTrustBundleSpecV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "signerName": obj.signerName,
    "trustBundle": obj.trustBundle
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LeaseSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acquireTime": obj.acquireTime?.toISOString(),
    "holderIdentity": obj.holderIdentity,
    "leaseDurationSeconds": obj.leaseDurationSeconds,
    "leaseTransitions": obj.leaseTransitions,
    "renewTime": obj.renewTime?.toISOString()
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "fieldPath": obj.fieldPath,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace,
    "resourceVersion": obj.resourceVersion,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ComponentCondition(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "error": obj.error,
    "message": obj.message,
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EndpointSubset(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "addresses": obj.addresses?.map((y) => toJson_EndpointAddress(y)),
    "notReadyAddresses": obj.notReadyAddresses?.map((y) => toJson_EndpointAddress(y)),
    "ports": obj.ports?.map((y) => toJson_EndpointPort(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EventSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "component": obj.component,
    "host": obj.host
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EventSeries(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count,
    "lastObservedTime": obj.lastObservedTime?.toISOString()
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitRangeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "limits": obj.limits?.map((y) => toJson_LimitRangeItem(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NamespaceSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "finalizers": obj.finalizers?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configSource": toJson_NodeConfigSource(obj.configSource),
    "externalID": obj.externalId,
    "podCIDR": obj.podCidr,
    "podCIDRs": obj.podCidRs?.map((y) => y),
    "providerID": obj.providerId,
    "taints": obj.taints?.map((y) => toJson_Taint(y)),
    "unschedulable": obj.unschedulable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PersistentVolumeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessModes": obj.accessModes?.map((y) => y),
    "awsElasticBlockStore": toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
    "azureDisk": toJson_AzureDiskVolumeSource(obj.azureDisk),
    "azureFile": toJson_AzureFilePersistentVolumeSource(obj.azureFile),
    "capacity": obj.capacity === void 0 ? void 0 : Object.entries(obj.capacity).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "cephfs": toJson_CephFsPersistentVolumeSource(obj.cephfs),
    "cinder": toJson_CinderPersistentVolumeSource(obj.cinder),
    "claimRef": toJson_ObjectReference(obj.claimRef),
    "csi": toJson_CsiPersistentVolumeSource(obj.csi),
    "fc": toJson_FcVolumeSource(obj.fc),
    "flexVolume": toJson_FlexPersistentVolumeSource(obj.flexVolume),
    "flocker": toJson_FlockerVolumeSource(obj.flocker),
    "gcePersistentDisk": toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
    "glusterfs": toJson_GlusterfsPersistentVolumeSource(obj.glusterfs),
    "hostPath": toJson_HostPathVolumeSource(obj.hostPath),
    "iscsi": toJson_IscsiPersistentVolumeSource(obj.iscsi),
    "local": toJson_LocalVolumeSource(obj.local),
    "mountOptions": obj.mountOptions?.map((y) => y),
    "nfs": toJson_NfsVolumeSource(obj.nfs),
    "nodeAffinity": toJson_VolumeNodeAffinity(obj.nodeAffinity),
    "persistentVolumeReclaimPolicy": obj.persistentVolumeReclaimPolicy,
    "photonPersistentDisk": toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
    "portworxVolume": toJson_PortworxVolumeSource(obj.portworxVolume),
    "quobyte": toJson_QuobyteVolumeSource(obj.quobyte),
    "rbd": toJson_RbdPersistentVolumeSource(obj.rbd),
    "scaleIO": toJson_ScaleIoPersistentVolumeSource(obj.scaleIo),
    "storageClassName": obj.storageClassName,
    "storageos": toJson_StorageOsPersistentVolumeSource(obj.storageos),
    "volumeMode": obj.volumeMode,
    "vsphereVolume": toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PersistentVolumeClaimSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessModes": obj.accessModes?.map((y) => y),
    "dataSource": toJson_TypedLocalObjectReference(obj.dataSource),
    "dataSourceRef": toJson_TypedObjectReference(obj.dataSourceRef),
    "resources": toJson_ResourceRequirements(obj.resources),
    "selector": toJson_LabelSelector(obj.selector),
    "storageClassName": obj.storageClassName,
    "volumeMode": obj.volumeMode,
    "volumeName": obj.volumeName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "activeDeadlineSeconds": obj.activeDeadlineSeconds,
    "affinity": toJson_Affinity(obj.affinity),
    "automountServiceAccountToken": obj.automountServiceAccountToken,
    "containers": obj.containers?.map((y) => toJson_Container(y)),
    "dnsConfig": toJson_PodDnsConfig(obj.dnsConfig),
    "dnsPolicy": obj.dnsPolicy,
    "enableServiceLinks": obj.enableServiceLinks,
    "ephemeralContainers": obj.ephemeralContainers?.map((y) => toJson_EphemeralContainer(y)),
    "hostAliases": obj.hostAliases?.map((y) => toJson_HostAlias(y)),
    "hostIPC": obj.hostIpc,
    "hostNetwork": obj.hostNetwork,
    "hostPID": obj.hostPid,
    "hostUsers": obj.hostUsers,
    "hostname": obj.hostname,
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_LocalObjectReference(y)),
    "initContainers": obj.initContainers?.map((y) => toJson_Container(y)),
    "nodeName": obj.nodeName,
    "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "os": toJson_PodOs(obj.os),
    "overhead": obj.overhead === void 0 ? void 0 : Object.entries(obj.overhead).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "preemptionPolicy": obj.preemptionPolicy,
    "priority": obj.priority,
    "priorityClassName": obj.priorityClassName,
    "readinessGates": obj.readinessGates?.map((y) => toJson_PodReadinessGate(y)),
    "resourceClaims": obj.resourceClaims?.map((y) => toJson_PodResourceClaim(y)),
    "restartPolicy": obj.restartPolicy,
    "runtimeClassName": obj.runtimeClassName,
    "schedulerName": obj.schedulerName,
    "schedulingGates": obj.schedulingGates?.map((y) => toJson_PodSchedulingGate(y)),
    "securityContext": toJson_PodSecurityContext(obj.securityContext),
    "serviceAccount": obj.serviceAccount,
    "serviceAccountName": obj.serviceAccountName,
    "setHostnameAsFQDN": obj.setHostnameAsFqdn,
    "shareProcessNamespace": obj.shareProcessNamespace,
    "subdomain": obj.subdomain,
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "tolerations": obj.tolerations?.map((y) => toJson_Toleration(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_TopologySpreadConstraint(y)),
    "volumes": obj.volumes?.map((y) => toJson_Volume(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PodSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ReplicationControllerSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "minReadySeconds": obj.minReadySeconds,
    "replicas": obj.replicas,
    "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "template": toJson_PodTemplateSpec(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceQuotaSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hard": obj.hard === void 0 ? void 0 : Object.entries(obj.hard).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "scopeSelector": toJson_ScopeSelector(obj.scopeSelector),
    "scopes": obj.scopes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allocateLoadBalancerNodePorts": obj.allocateLoadBalancerNodePorts,
    "clusterIP": obj.clusterIp,
    "clusterIPs": obj.clusterIPs?.map((y) => y),
    "externalIPs": obj.externalIPs?.map((y) => y),
    "externalName": obj.externalName,
    "externalTrafficPolicy": obj.externalTrafficPolicy,
    "healthCheckNodePort": obj.healthCheckNodePort,
    "internalTrafficPolicy": obj.internalTrafficPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "loadBalancerClass": obj.loadBalancerClass,
    "loadBalancerIP": obj.loadBalancerIp,
    "loadBalancerSourceRanges": obj.loadBalancerSourceRanges?.map((y) => y),
    "ports": obj.ports?.map((y) => toJson_ServicePort(y)),
    "publishNotReadyAddresses": obj.publishNotReadyAddresses,
    "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "sessionAffinity": obj.sessionAffinity,
    "sessionAffinityConfig": toJson_SessionAffinityConfig(obj.sessionAffinityConfig),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LocalObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Endpoint(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "addresses": obj.addresses?.map((y) => y),
    "conditions": toJson_EndpointConditions(obj.conditions),
    "deprecatedTopology": obj.deprecatedTopology === void 0 ? void 0 : Object.entries(obj.deprecatedTopology).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "hints": toJson_EndpointHints(obj.hints),
    "hostname": obj.hostname,
    "nodeName": obj.nodeName,
    "targetRef": toJson_ObjectReference(obj.targetRef),
    "zone": obj.zone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EndpointPort(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appProtocol": obj.appProtocol,
    "name": obj.name,
    "port": obj.port,
    "protocol": obj.protocol
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlowSchemaSpecV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "distinguisherMethod": toJson_FlowDistinguisherMethodV1Beta2(obj.distinguisherMethod),
    "matchingPrecedence": obj.matchingPrecedence,
    "priorityLevelConfiguration": toJson_PriorityLevelConfigurationReferenceV1Beta2(obj.priorityLevelConfiguration),
    "rules": obj.rules?.map((y) => toJson_PolicyRulesWithSubjectsV1Beta2(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PriorityLevelConfigurationSpecV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exempt": toJson_ExemptPriorityLevelConfigurationV1Beta2(obj.exempt),
    "limited": toJson_LimitedPriorityLevelConfigurationV1Beta2(obj.limited),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlowSchemaSpecV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "distinguisherMethod": toJson_FlowDistinguisherMethodV1Beta3(obj.distinguisherMethod),
    "matchingPrecedence": obj.matchingPrecedence,
    "priorityLevelConfiguration": toJson_PriorityLevelConfigurationReferenceV1Beta3(obj.priorityLevelConfiguration),
    "rules": obj.rules?.map((y) => toJson_PolicyRulesWithSubjectsV1Beta3(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PriorityLevelConfigurationSpecV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exempt": toJson_ExemptPriorityLevelConfigurationV1Beta3(obj.exempt),
    "limited": toJson_LimitedPriorityLevelConfigurationV1Beta3(obj.limited),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultBackend": toJson_IngressBackend(obj.defaultBackend),
    "ingressClassName": obj.ingressClassName,
    "rules": obj.rules?.map((y) => toJson_IngressRule(y)),
    "tls": obj.tls?.map((y) => toJson_IngressTls(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressClassSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "controller": obj.controller,
    "parameters": toJson_IngressClassParametersReference(obj.parameters)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NetworkPolicySpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "egress": obj.egress?.map((y) => toJson_NetworkPolicyEgressRule(y)),
    "ingress": obj.ingress?.map((y) => toJson_NetworkPolicyIngressRule(y)),
    "podSelector": toJson_LabelSelector(obj.podSelector),
    "policyTypes": obj.policyTypes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterCidrSpecV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ipv4": obj.ipv4,
    "ipv6": obj.ipv6,
    "nodeSelector": toJson_NodeSelector(obj.nodeSelector),
    "perNodeHostBits": obj.perNodeHostBits
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IpAddressSpecV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "parentRef": toJson_ParentReferenceV1Alpha1(obj.parentRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Overhead(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podFixed": obj.podFixed === void 0 ? void 0 : Object.entries(obj.podFixed).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Scheduling(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "tolerations": obj.tolerations?.map((y) => toJson_Toleration(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DeleteOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "dryRun": obj.dryRun?.map((y) => y),
    "gracePeriodSeconds": obj.gracePeriodSeconds,
    "kind": obj.kind,
    "orphanDependents": obj.orphanDependents,
    "preconditions": toJson_Preconditions(obj.preconditions),
    "propagationPolicy": obj.propagationPolicy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodDisruptionBudgetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxUnavailable": obj.maxUnavailable?.value,
    "minAvailable": obj.minAvailable?.value,
    "selector": toJson_LabelSelector(obj.selector),
    "unhealthyPodEvictionPolicy": obj.unhealthyPodEvictionPolicy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AggregationRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterRoleSelectors": obj.clusterRoleSelectors?.map((y) => toJson_LabelSelector(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PolicyRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
    "resourceNames": obj.resourceNames?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "verbs": obj.verbs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RoleRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Subject(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodSchedulingContextSpecV1Alpha2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "potentialNodes": obj.potentialNodes?.map((y) => y),
    "selectedNode": obj.selectedNode
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceClaimSpecV1Alpha2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allocationMode": obj.allocationMode,
    "parametersRef": toJson_ResourceClaimParametersReferenceV1Alpha2(obj.parametersRef),
    "resourceClassName": obj.resourceClassName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceClaimTemplateSpecV1Alpha2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_ResourceClaimSpecV1Alpha2(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceClassParametersReferenceV1Alpha2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_NodeSelectorTerm(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CsiDriverSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "attachRequired": obj.attachRequired,
    "fsGroupPolicy": obj.fsGroupPolicy,
    "podInfoOnMount": obj.podInfoOnMount,
    "requiresRepublish": obj.requiresRepublish,
    "seLinuxMount": obj.seLinuxMount,
    "storageCapacity": obj.storageCapacity,
    "tokenRequests": obj.tokenRequests?.map((y) => toJson_TokenRequest(y)),
    "volumeLifecycleModes": obj.volumeLifecycleModes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CsiNodeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "drivers": obj.drivers?.map((y) => toJson_CsiNodeDriver(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Quantity {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromString(value) {
    return new Quantity(value);
  }
  static fromNumber(value) {
    return new Quantity(value);
  }
}
function toJson_LabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_LabelSelectorRequirement(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TopologySelectorTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchLabelExpressions": obj.matchLabelExpressions?.map((y) => toJson_TopologySelectorLabelRequirement(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeAttachmentSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "attacher": obj.attacher,
    "nodeName": obj.nodeName,
    "source": toJson_VolumeAttachmentSource(obj.source)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceDefinitionSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conversion": toJson_CustomResourceConversion(obj.conversion),
    "group": obj.group,
    "names": toJson_CustomResourceDefinitionNames(obj.names),
    "preserveUnknownFields": obj.preserveUnknownFields,
    "scope": obj.scope,
    "versions": obj.versions?.map((y) => toJson_CustomResourceDefinitionVersion(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatusDetails(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "causes": obj.causes?.map((y) => toJson_StatusCause(y)),
    "group": obj.group,
    "kind": obj.kind,
    "name": obj.name,
    "retryAfterSeconds": obj.retryAfterSeconds,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ApiServiceSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "caBundle": obj.caBundle,
    "group": obj.group,
    "groupPriorityMinimum": obj.groupPriorityMinimum,
    "insecureSkipTLSVerify": obj.insecureSkipTlsVerify,
    "service": toJson_ServiceReference(obj.service),
    "version": obj.version,
    "versionPriority": obj.versionPriority
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ManagedFieldsEntry(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "fieldsType": obj.fieldsType,
    "fieldsV1": obj.fieldsV1,
    "manager": obj.manager,
    "operation": obj.operation,
    "subresource": obj.subresource,
    "time": obj.time?.toISOString()
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_OwnerReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "blockOwnerDeletion": obj.blockOwnerDeletion,
    "controller": obj.controller,
    "kind": obj.kind,
    "name": obj.name,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookClientConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "caBundle": obj.caBundle,
    "service": toJson_ServiceReference(obj.service),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MatchCondition(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RuleWithOperations(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "apiVersions": obj.apiVersions?.map((y) => y),
    "operations": obj.operations?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AuditAnnotationV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "valueExpression": obj.valueExpression
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MatchConditionV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MatchResourcesV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "excludeResourceRules": obj.excludeResourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Alpha1(y)),
    "matchPolicy": obj.matchPolicy,
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "objectSelector": toJson_LabelSelector(obj.objectSelector),
    "resourceRules": obj.resourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Alpha1(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ParamKindV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidationV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "message": obj.message,
    "messageExpression": obj.messageExpression,
    "reason": obj.reason
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VariableV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ParamRefV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "parameterNotFoundAction": obj.parameterNotFoundAction,
    "selector": toJson_LabelSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AuditAnnotationV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "valueExpression": obj.valueExpression
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MatchConditionV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MatchResourcesV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "excludeResourceRules": obj.excludeResourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Beta1(y)),
    "matchPolicy": obj.matchPolicy,
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "objectSelector": toJson_LabelSelector(obj.objectSelector),
    "resourceRules": obj.resourceRules?.map((y) => toJson_NamedRuleWithOperationsV1Beta1(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ParamKindV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidationV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "message": obj.message,
    "messageExpression": obj.messageExpression,
    "reason": obj.reason
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VariableV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expression": obj.expression,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ParamRefV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "parameterNotFoundAction": obj.parameterNotFoundAction,
    "selector": toJson_LabelSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DaemonSetUpdateStrategy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rollingUpdate": toJson_RollingUpdateDaemonSet(obj.rollingUpdate),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DeploymentStrategy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rollingUpdate": toJson_RollingUpdateDeployment(obj.rollingUpdate),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatefulSetOrdinals(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "start": obj.start
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatefulSetPersistentVolumeClaimRetentionPolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "whenDeleted": obj.whenDeleted,
    "whenScaled": obj.whenScaled
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatefulSetUpdateStrategy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rollingUpdate": toJson_RollingUpdateStatefulSetStrategy(obj.rollingUpdate),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BoundObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NonResourceAttributes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "verb": obj.verb
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceAttributes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "name": obj.name,
    "namespace": obj.namespace,
    "resource": obj.resource,
    "subresource": obj.subresource,
    "verb": obj.verb,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CrossVersionObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HorizontalPodAutoscalerBehaviorV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "scaleDown": toJson_HpaScalingRulesV2(obj.scaleDown),
    "scaleUp": toJson_HpaScalingRulesV2(obj.scaleUp)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MetricSpecV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "containerResource": toJson_ContainerResourceMetricSourceV2(obj.containerResource),
    "external": toJson_ExternalMetricSourceV2(obj.external),
    "object": toJson_ObjectMetricSourceV2(obj.object),
    "pods": toJson_PodsMetricSourceV2(obj.pods),
    "resource": toJson_ResourceMetricSourceV2(obj.resource),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CrossVersionObjectReferenceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_JobTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_JobSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodFailurePolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rules": obj.rules?.map((y) => toJson_PodFailurePolicyRule(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EndpointAddress(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostname": obj.hostname,
    "ip": obj.ip,
    "nodeName": obj.nodeName,
    "targetRef": toJson_ObjectReference(obj.targetRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitRangeItem(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "default": obj.default === void 0 ? void 0 : Object.entries(obj.default).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "defaultRequest": obj.defaultRequest === void 0 ? void 0 : Object.entries(obj.defaultRequest).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "max": obj.max === void 0 ? void 0 : Object.entries(obj.max).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "maxLimitRequestRatio": obj.maxLimitRequestRatio === void 0 ? void 0 : Object.entries(obj.maxLimitRequestRatio).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "min": obj.min === void 0 ? void 0 : Object.entries(obj.min).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeConfigSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMap": toJson_ConfigMapNodeConfigSource(obj.configMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Taint(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "effect": obj.effect,
    "key": obj.key,
    "timeAdded": obj.timeAdded?.toISOString(),
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AwsElasticBlockStoreVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "partition": obj.partition,
    "readOnly": obj.readOnly,
    "volumeID": obj.volumeId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AzureDiskVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cachingMode": obj.cachingMode,
    "diskName": obj.diskName,
    "diskURI": obj.diskUri,
    "fsType": obj.fsType,
    "kind": obj.kind,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AzureFilePersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "readOnly": obj.readOnly,
    "secretName": obj.secretName,
    "secretNamespace": obj.secretNamespace,
    "shareName": obj.shareName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CephFsPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "monitors": obj.monitors?.map((y) => y),
    "path": obj.path,
    "readOnly": obj.readOnly,
    "secretFile": obj.secretFile,
    "secretRef": toJson_SecretReference(obj.secretRef),
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CinderPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "readOnly": obj.readOnly,
    "secretRef": toJson_SecretReference(obj.secretRef),
    "volumeID": obj.volumeId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CsiPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "controllerExpandSecretRef": toJson_SecretReference(obj.controllerExpandSecretRef),
    "controllerPublishSecretRef": toJson_SecretReference(obj.controllerPublishSecretRef),
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodeExpandSecretRef": toJson_SecretReference(obj.nodeExpandSecretRef),
    "nodePublishSecretRef": toJson_SecretReference(obj.nodePublishSecretRef),
    "nodeStageSecretRef": toJson_SecretReference(obj.nodeStageSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "volumeHandle": obj.volumeHandle
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FcVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "lun": obj.lun,
    "readOnly": obj.readOnly,
    "targetWWNs": obj.targetWwNs?.map((y) => y),
    "wwids": obj.wwids?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlexPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "readOnly": obj.readOnly,
    "secretRef": toJson_SecretReference(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlockerVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "datasetName": obj.datasetName,
    "datasetUUID": obj.datasetUuid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcePersistentDiskVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "partition": obj.partition,
    "pdName": obj.pdName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlusterfsPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "endpoints": obj.endpoints,
    "endpointsNamespace": obj.endpointsNamespace,
    "path": obj.path,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HostPathVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IscsiPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chapAuthDiscovery": obj.chapAuthDiscovery,
    "chapAuthSession": obj.chapAuthSession,
    "fsType": obj.fsType,
    "initiatorName": obj.initiatorName,
    "iqn": obj.iqn,
    "iscsiInterface": obj.iscsiInterface,
    "lun": obj.lun,
    "portals": obj.portals?.map((y) => y),
    "readOnly": obj.readOnly,
    "secretRef": toJson_SecretReference(obj.secretRef),
    "targetPortal": obj.targetPortal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LocalVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NfsVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "readOnly": obj.readOnly,
    "server": obj.server
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "required": toJson_NodeSelector(obj.required)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PhotonPersistentDiskVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "pdID": obj.pdId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PortworxVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "readOnly": obj.readOnly,
    "volumeID": obj.volumeId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_QuobyteVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "readOnly": obj.readOnly,
    "registry": obj.registry,
    "tenant": obj.tenant,
    "user": obj.user,
    "volume": obj.volume
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RbdPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "image": obj.image,
    "keyring": obj.keyring,
    "monitors": obj.monitors?.map((y) => y),
    "pool": obj.pool,
    "readOnly": obj.readOnly,
    "secretRef": toJson_SecretReference(obj.secretRef),
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ScaleIoPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "gateway": obj.gateway,
    "protectionDomain": obj.protectionDomain,
    "readOnly": obj.readOnly,
    "secretRef": toJson_SecretReference(obj.secretRef),
    "sslEnabled": obj.sslEnabled,
    "storageMode": obj.storageMode,
    "storagePool": obj.storagePool,
    "system": obj.system,
    "volumeName": obj.volumeName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StorageOsPersistentVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "readOnly": obj.readOnly,
    "secretRef": toJson_ObjectReference(obj.secretRef),
    "volumeName": obj.volumeName,
    "volumeNamespace": obj.volumeNamespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VsphereVirtualDiskVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "storagePolicyID": obj.storagePolicyId,
    "storagePolicyName": obj.storagePolicyName,
    "volumePath": obj.volumePath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TypedLocalObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TypedObjectReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceRequirements(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_ResourceClaim(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Affinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_NodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_PodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_PodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Container(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "args": obj.args?.map((y) => y),
    "command": obj.command?.map((y) => y),
    "env": obj.env?.map((y) => toJson_EnvVar(y)),
    "envFrom": obj.envFrom?.map((y) => toJson_EnvFromSource(y)),
    "image": obj.image,
    "imagePullPolicy": obj.imagePullPolicy,
    "lifecycle": toJson_Lifecycle(obj.lifecycle),
    "livenessProbe": toJson_Probe(obj.livenessProbe),
    "name": obj.name,
    "ports": obj.ports?.map((y) => toJson_ContainerPort(y)),
    "readinessProbe": toJson_Probe(obj.readinessProbe),
    "resizePolicy": obj.resizePolicy?.map((y) => toJson_ContainerResizePolicy(y)),
    "resources": toJson_ResourceRequirements(obj.resources),
    "restartPolicy": obj.restartPolicy,
    "securityContext": toJson_SecurityContext(obj.securityContext),
    "startupProbe": toJson_Probe(obj.startupProbe),
    "stdin": obj.stdin,
    "stdinOnce": obj.stdinOnce,
    "terminationMessagePath": obj.terminationMessagePath,
    "terminationMessagePolicy": obj.terminationMessagePolicy,
    "tty": obj.tty,
    "volumeDevices": obj.volumeDevices?.map((y) => toJson_VolumeDevice(y)),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_VolumeMount(y)),
    "workingDir": obj.workingDir
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_PodDnsConfigOption(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EphemeralContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "args": obj.args?.map((y) => y),
    "command": obj.command?.map((y) => y),
    "env": obj.env?.map((y) => toJson_EnvVar(y)),
    "envFrom": obj.envFrom?.map((y) => toJson_EnvFromSource(y)),
    "image": obj.image,
    "imagePullPolicy": obj.imagePullPolicy,
    "lifecycle": toJson_Lifecycle(obj.lifecycle),
    "livenessProbe": toJson_Probe(obj.livenessProbe),
    "name": obj.name,
    "ports": obj.ports?.map((y) => toJson_ContainerPort(y)),
    "readinessProbe": toJson_Probe(obj.readinessProbe),
    "resizePolicy": obj.resizePolicy?.map((y) => toJson_ContainerResizePolicy(y)),
    "resources": toJson_ResourceRequirements(obj.resources),
    "restartPolicy": obj.restartPolicy,
    "securityContext": toJson_SecurityContext(obj.securityContext),
    "startupProbe": toJson_Probe(obj.startupProbe),
    "stdin": obj.stdin,
    "stdinOnce": obj.stdinOnce,
    "targetContainerName": obj.targetContainerName,
    "terminationMessagePath": obj.terminationMessagePath,
    "terminationMessagePolicy": obj.terminationMessagePolicy,
    "tty": obj.tty,
    "volumeDevices": obj.volumeDevices?.map((y) => toJson_VolumeDevice(y)),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_VolumeMount(y)),
    "workingDir": obj.workingDir
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HostAlias(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodOs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodReadinessGate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "conditionType": obj.conditionType
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodResourceClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "source": toJson_ClaimSource(obj.source)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodSchedulingGate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_SeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_SeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "sysctls": obj.sysctls?.map((y) => toJson_Sysctl(y)),
    "windowsOptions": toJson_WindowsSecurityContextOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Toleration(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "effect": obj.effect,
    "key": obj.key,
    "operator": obj.operator,
    "tolerationSeconds": obj.tolerationSeconds,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TopologySpreadConstraint(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_LabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "maxSkew": obj.maxSkew,
    "minDomains": obj.minDomains,
    "nodeAffinityPolicy": obj.nodeAffinityPolicy,
    "nodeTaintsPolicy": obj.nodeTaintsPolicy,
    "topologyKey": obj.topologyKey,
    "whenUnsatisfiable": obj.whenUnsatisfiable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Volume(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "awsElasticBlockStore": toJson_AwsElasticBlockStoreVolumeSource(obj.awsElasticBlockStore),
    "azureDisk": toJson_AzureDiskVolumeSource(obj.azureDisk),
    "azureFile": toJson_AzureFileVolumeSource(obj.azureFile),
    "cephfs": toJson_CephFsVolumeSource(obj.cephfs),
    "cinder": toJson_CinderVolumeSource(obj.cinder),
    "configMap": toJson_ConfigMapVolumeSource(obj.configMap),
    "csi": toJson_CsiVolumeSource(obj.csi),
    "downwardAPI": toJson_DownwardApiVolumeSource(obj.downwardApi),
    "emptyDir": toJson_EmptyDirVolumeSource(obj.emptyDir),
    "ephemeral": toJson_EphemeralVolumeSource(obj.ephemeral),
    "fc": toJson_FcVolumeSource(obj.fc),
    "flexVolume": toJson_FlexVolumeSource(obj.flexVolume),
    "flocker": toJson_FlockerVolumeSource(obj.flocker),
    "gcePersistentDisk": toJson_GcePersistentDiskVolumeSource(obj.gcePersistentDisk),
    "gitRepo": toJson_GitRepoVolumeSource(obj.gitRepo),
    "glusterfs": toJson_GlusterfsVolumeSource(obj.glusterfs),
    "hostPath": toJson_HostPathVolumeSource(obj.hostPath),
    "iscsi": toJson_IscsiVolumeSource(obj.iscsi),
    "name": obj.name,
    "nfs": toJson_NfsVolumeSource(obj.nfs),
    "persistentVolumeClaim": toJson_PersistentVolumeClaimVolumeSource(obj.persistentVolumeClaim),
    "photonPersistentDisk": toJson_PhotonPersistentDiskVolumeSource(obj.photonPersistentDisk),
    "portworxVolume": toJson_PortworxVolumeSource(obj.portworxVolume),
    "projected": toJson_ProjectedVolumeSource(obj.projected),
    "quobyte": toJson_QuobyteVolumeSource(obj.quobyte),
    "rbd": toJson_RbdVolumeSource(obj.rbd),
    "scaleIO": toJson_ScaleIoVolumeSource(obj.scaleIo),
    "secret": toJson_SecretVolumeSource(obj.secret),
    "storageos": toJson_StorageOsVolumeSource(obj.storageos),
    "vsphereVolume": toJson_VsphereVirtualDiskVolumeSource(obj.vsphereVolume)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ScopeSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ScopedResourceSelectorRequirement(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServicePort(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appProtocol": obj.appProtocol,
    "name": obj.name,
    "nodePort": obj.nodePort,
    "port": obj.port,
    "protocol": obj.protocol,
    "targetPort": obj.targetPort?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SessionAffinityConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientIP": toJson_ClientIpConfig(obj.clientIp)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EndpointConditions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ready": obj.ready,
    "serving": obj.serving,
    "terminating": obj.terminating
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EndpointHints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "forZones": obj.forZones?.map((y) => toJson_ForZone(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlowDistinguisherMethodV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PriorityLevelConfigurationReferenceV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PolicyRulesWithSubjectsV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nonResourceRules": obj.nonResourceRules?.map((y) => toJson_NonResourcePolicyRuleV1Beta2(y)),
    "resourceRules": obj.resourceRules?.map((y) => toJson_ResourcePolicyRuleV1Beta2(y)),
    "subjects": obj.subjects?.map((y) => toJson_SubjectV1Beta2(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExemptPriorityLevelConfigurationV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "lendablePercent": obj.lendablePercent,
    "nominalConcurrencyShares": obj.nominalConcurrencyShares
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitedPriorityLevelConfigurationV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "assuredConcurrencyShares": obj.assuredConcurrencyShares,
    "borrowingLimitPercent": obj.borrowingLimitPercent,
    "lendablePercent": obj.lendablePercent,
    "limitResponse": toJson_LimitResponseV1Beta2(obj.limitResponse)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlowDistinguisherMethodV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PriorityLevelConfigurationReferenceV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PolicyRulesWithSubjectsV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nonResourceRules": obj.nonResourceRules?.map((y) => toJson_NonResourcePolicyRuleV1Beta3(y)),
    "resourceRules": obj.resourceRules?.map((y) => toJson_ResourcePolicyRuleV1Beta3(y)),
    "subjects": obj.subjects?.map((y) => toJson_SubjectV1Beta3(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExemptPriorityLevelConfigurationV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "lendablePercent": obj.lendablePercent,
    "nominalConcurrencyShares": obj.nominalConcurrencyShares
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitedPriorityLevelConfigurationV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "borrowingLimitPercent": obj.borrowingLimitPercent,
    "lendablePercent": obj.lendablePercent,
    "limitResponse": toJson_LimitResponseV1Beta3(obj.limitResponse),
    "nominalConcurrencyShares": obj.nominalConcurrencyShares
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressBackend(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "resource": toJson_TypedLocalObjectReference(obj.resource),
    "service": toJson_IngressServiceBackend(obj.service)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "host": obj.host,
    "http": toJson_HttpIngressRuleValue(obj.http)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hosts": obj.hosts?.map((y) => y),
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressClassParametersReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace,
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NetworkPolicyEgressRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ports": obj.ports?.map((y) => toJson_NetworkPolicyPort(y)),
    "to": obj.to?.map((y) => toJson_NetworkPolicyPeer(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NetworkPolicyIngressRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from?.map((y) => toJson_NetworkPolicyPeer(y)),
    "ports": obj.ports?.map((y) => toJson_NetworkPolicyPort(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ParentReferenceV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "name": obj.name,
    "namespace": obj.namespace,
    "resource": obj.resource,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind = /* @__PURE__ */ ((IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind2) => {
  IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind2["DELETE_OPTIONS"] = "DeleteOptions";
  return IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind2;
})(IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind || {});
function toJson_Preconditions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "resourceVersion": obj.resourceVersion,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class IntOrString {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromString(value) {
    return new IntOrString(value);
  }
  static fromNumber(value) {
    return new IntOrString(value);
  }
}
function toJson_ResourceClaimParametersReferenceV1Alpha2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroup": obj.apiGroup,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeSelectorTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_NodeSelectorRequirement(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_NodeSelectorRequirement(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TokenRequest(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audience": obj.audience,
    "expirationSeconds": obj.expirationSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CsiNodeDriver(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allocatable": toJson_VolumeNodeResources(obj.allocatable),
    "name": obj.name,
    "nodeID": obj.nodeId,
    "topologyKeys": obj.topologyKeys?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LabelSelectorRequirement(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "operator": obj.operator,
    "values": obj.values?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TopologySelectorLabelRequirement(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "values": obj.values?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeAttachmentSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "inlineVolumeSpec": toJson_PersistentVolumeSpec(obj.inlineVolumeSpec),
    "persistentVolumeName": obj.persistentVolumeName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceConversion(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "strategy": obj.strategy,
    "webhook": toJson_WebhookConversion(obj.webhook)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceDefinitionNames(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "categories": obj.categories?.map((y) => y),
    "kind": obj.kind,
    "listKind": obj.listKind,
    "plural": obj.plural,
    "shortNames": obj.shortNames?.map((y) => y),
    "singular": obj.singular
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceDefinitionVersion(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "additionalPrinterColumns": obj.additionalPrinterColumns?.map((y) => toJson_CustomResourceColumnDefinition(y)),
    "deprecated": obj.deprecated,
    "deprecationWarning": obj.deprecationWarning,
    "name": obj.name,
    "schema": toJson_CustomResourceValidation(obj.schema),
    "served": obj.served,
    "storage": obj.storage,
    "subresources": toJson_CustomResourceSubresources(obj.subresources)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StatusCause(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "field": obj.field,
    "message": obj.message,
    "reason": obj.reason
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "path": obj.path,
    "port": obj.port
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NamedRuleWithOperationsV1Alpha1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "apiVersions": obj.apiVersions?.map((y) => y),
    "operations": obj.operations?.map((y) => y),
    "resourceNames": obj.resourceNames?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NamedRuleWithOperationsV1Beta1(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "apiVersions": obj.apiVersions?.map((y) => y),
    "operations": obj.operations?.map((y) => y),
    "resourceNames": obj.resourceNames?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RollingUpdateDaemonSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxSurge": obj.maxSurge?.value,
    "maxUnavailable": obj.maxUnavailable?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RollingUpdateDeployment(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxSurge": obj.maxSurge?.value,
    "maxUnavailable": obj.maxUnavailable?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RollingUpdateStatefulSetStrategy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxUnavailable": obj.maxUnavailable?.value,
    "partition": obj.partition
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HpaScalingRulesV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "policies": obj.policies?.map((y) => toJson_HpaScalingPolicyV2(y)),
    "selectPolicy": obj.selectPolicy,
    "stabilizationWindowSeconds": obj.stabilizationWindowSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ContainerResourceMetricSourceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "container": obj.container,
    "name": obj.name,
    "target": toJson_MetricTargetV2(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalMetricSourceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metric": toJson_MetricIdentifierV2(obj.metric),
    "target": toJson_MetricTargetV2(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ObjectMetricSourceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "describedObject": toJson_CrossVersionObjectReferenceV2(obj.describedObject),
    "metric": toJson_MetricIdentifierV2(obj.metric),
    "target": toJson_MetricTargetV2(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodsMetricSourceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metric": toJson_MetricIdentifierV2(obj.metric),
    "target": toJson_MetricTargetV2(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceMetricSourceV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "target": toJson_MetricTargetV2(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodFailurePolicyRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "onExitCodes": toJson_PodFailurePolicyOnExitCodesRequirement(obj.onExitCodes),
    "onPodConditions": obj.onPodConditions?.map((y) => toJson_PodFailurePolicyOnPodConditionsPattern(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ConfigMapNodeConfigSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kubeletConfigKey": obj.kubeletConfigKey,
    "name": obj.name,
    "namespace": obj.namespace,
    "resourceVersion": obj.resourceVersion,
    "uid": obj.uid
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecretReference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PreferredSchedulingTerm(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_NodeSelector(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_WeightedPodAffinityTerm(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PodAffinityTerm(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_WeightedPodAffinityTerm(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_PodAffinityTerm(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EnvVar(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_EnvVarSource(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EnvFromSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_ConfigMapEnvSource(obj.configMapRef),
    "prefix": obj.prefix,
    "secretRef": toJson_SecretEnvSource(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Lifecycle(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "postStart": toJson_LifecycleHandler(obj.postStart),
    "preStop": toJson_LifecycleHandler(obj.preStop)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Probe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exec": toJson_ExecAction(obj.exec),
    "failureThreshold": obj.failureThreshold,
    "grpc": toJson_GrpcAction(obj.grpc),
    "httpGet": toJson_HttpGetAction(obj.httpGet),
    "initialDelaySeconds": obj.initialDelaySeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "tcpSocket": toJson_TcpSocketAction(obj.tcpSocket),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "timeoutSeconds": obj.timeoutSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ContainerPort(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "containerPort": obj.containerPort,
    "hostIP": obj.hostIp,
    "hostPort": obj.hostPort,
    "name": obj.name,
    "protocol": obj.protocol
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ContainerResizePolicy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "resourceName": obj.resourceName,
    "restartPolicy": obj.restartPolicy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "capabilities": toJson_Capabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_SeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_SeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_WindowsSecurityContextOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeDevice(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "devicePath": obj.devicePath,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeMount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodDnsConfigOption(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClaimSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "resourceClaimName": obj.resourceClaimName,
    "resourceClaimTemplateName": obj.resourceClaimTemplateName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SeLinuxOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "level": obj.level,
    "role": obj.role,
    "type": obj.type,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Sysctl(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WindowsSecurityContextOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "gmsaCredentialSpec": obj.gmsaCredentialSpec,
    "gmsaCredentialSpecName": obj.gmsaCredentialSpecName,
    "hostProcess": obj.hostProcess,
    "runAsUserName": obj.runAsUserName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AzureFileVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "readOnly": obj.readOnly,
    "secretName": obj.secretName,
    "shareName": obj.shareName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CephFsVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "monitors": obj.monitors?.map((y) => y),
    "path": obj.path,
    "readOnly": obj.readOnly,
    "secretFile": obj.secretFile,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CinderVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "volumeID": obj.volumeId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ConfigMapVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KeyToPath(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CsiVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_LocalObjectReference(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DownwardApiVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_DownwardApiVolumeFile(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EmptyDirVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EphemeralVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "volumeClaimTemplate": toJson_PersistentVolumeClaimTemplate(obj.volumeClaimTemplate)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FlexVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "options": obj.options === void 0 ? void 0 : Object.entries(obj.options).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepoVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directory": obj.directory,
    "repository": obj.repository,
    "revision": obj.revision
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlusterfsVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "endpoints": obj.endpoints,
    "path": obj.path,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IscsiVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chapAuthDiscovery": obj.chapAuthDiscovery,
    "chapAuthSession": obj.chapAuthSession,
    "fsType": obj.fsType,
    "initiatorName": obj.initiatorName,
    "iqn": obj.iqn,
    "iscsiInterface": obj.iscsiInterface,
    "lun": obj.lun,
    "portals": obj.portals?.map((y) => y),
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "targetPortal": obj.targetPortal
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PersistentVolumeClaimVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ProjectedVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "sources": obj.sources?.map((y) => toJson_VolumeProjection(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_RbdVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "image": obj.image,
    "keyring": obj.keyring,
    "monitors": obj.monitors?.map((y) => y),
    "pool": obj.pool,
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ScaleIoVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "gateway": obj.gateway,
    "protectionDomain": obj.protectionDomain,
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "sslEnabled": obj.sslEnabled,
    "storageMode": obj.storageMode,
    "storagePool": obj.storagePool,
    "system": obj.system,
    "volumeName": obj.volumeName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecretVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KeyToPath(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StorageOsVolumeSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsType": obj.fsType,
    "readOnly": obj.readOnly,
    "secretRef": toJson_LocalObjectReference(obj.secretRef),
    "volumeName": obj.volumeName,
    "volumeNamespace": obj.volumeNamespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ScopedResourceSelectorRequirement(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "operator": obj.operator,
    "scopeName": obj.scopeName,
    "values": obj.values?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClientIpConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "timeoutSeconds": obj.timeoutSeconds
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ForZone(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NonResourcePolicyRuleV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
    "verbs": obj.verbs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourcePolicyRuleV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "clusterScope": obj.clusterScope,
    "namespaces": obj.namespaces?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "verbs": obj.verbs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SubjectV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": toJson_GroupSubjectV1Beta2(obj.group),
    "kind": obj.kind,
    "serviceAccount": toJson_ServiceAccountSubjectV1Beta2(obj.serviceAccount),
    "user": toJson_UserSubjectV1Beta2(obj.user)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitResponseV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "queuing": toJson_QueuingConfigurationV1Beta2(obj.queuing),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NonResourcePolicyRuleV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nonResourceURLs": obj.nonResourceUrLs?.map((y) => y),
    "verbs": obj.verbs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourcePolicyRuleV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiGroups": obj.apiGroups?.map((y) => y),
    "clusterScope": obj.clusterScope,
    "namespaces": obj.namespaces?.map((y) => y),
    "resources": obj.resources?.map((y) => y),
    "verbs": obj.verbs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SubjectV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": toJson_GroupSubjectV1Beta3(obj.group),
    "kind": obj.kind,
    "serviceAccount": toJson_ServiceAccountSubjectV1Beta3(obj.serviceAccount),
    "user": toJson_UserSubjectV1Beta3(obj.user)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LimitResponseV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "queuing": toJson_QueuingConfigurationV1Beta3(obj.queuing),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IngressServiceBackend(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "port": toJson_ServiceBackendPort(obj.port)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HttpIngressRuleValue(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "paths": obj.paths?.map((y) => toJson_HttpIngressPath(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NetworkPolicyPort(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "endPort": obj.endPort,
    "port": obj.port?.value,
    "protocol": obj.protocol
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NetworkPolicyPeer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ipBlock": toJson_IpBlock(obj.ipBlock),
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "podSelector": toJson_LabelSelector(obj.podSelector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_NodeSelectorRequirement(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "operator": obj.operator,
    "values": obj.values?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeNodeResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "count": obj.count
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookConversion(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientConfig": toJson_WebhookClientConfig(obj.clientConfig),
    "conversionReviewVersions": obj.conversionReviewVersions?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceColumnDefinition(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "description": obj.description,
    "format": obj.format,
    "jsonPath": obj.jsonPath,
    "name": obj.name,
    "priority": obj.priority,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceValidation(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "openAPIV3Schema": toJson_JsonSchemaProps(obj.openApiv3Schema)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceSubresources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "scale": toJson_CustomResourceSubresourceScale(obj.scale),
    "status": obj.status
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HpaScalingPolicyV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "periodSeconds": obj.periodSeconds,
    "type": obj.type,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MetricTargetV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "averageUtilization": obj.averageUtilization,
    "averageValue": obj.averageValue?.value,
    "type": obj.type,
    "value": obj.value?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_MetricIdentifierV2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "selector": toJson_LabelSelector(obj.selector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodFailurePolicyOnExitCodesRequirement(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "containerName": obj.containerName,
    "operator": obj.operator,
    "values": obj.values?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodFailurePolicyOnPodConditionsPattern(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PreferredSchedulingTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_NodeSelectorTerm(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WeightedPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_PodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_LabelSelector(obj.labelSelector),
    "namespaceSelector": toJson_LabelSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EnvVarSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_ConfigMapKeySelector(obj.configMapKeyRef),
    "fieldRef": toJson_ObjectFieldSelector(obj.fieldRef),
    "resourceFieldRef": toJson_ResourceFieldSelector(obj.resourceFieldRef),
    "secretKeyRef": toJson_SecretKeySelector(obj.secretKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ConfigMapEnvSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecretEnvSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_LifecycleHandler(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "exec": toJson_ExecAction(obj.exec),
    "httpGet": toJson_HttpGetAction(obj.httpGet),
    "tcpSocket": toJson_TcpSocketAction(obj.tcpSocket)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExecAction(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "command": obj.command?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrpcAction(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "port": obj.port,
    "service": obj.service
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HttpGetAction(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "host": obj.host,
    "httpHeaders": obj.httpHeaders?.map((y) => toJson_HttpHeader(y)),
    "path": obj.path,
    "port": obj.port?.value,
    "scheme": obj.scheme
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSocketAction(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "host": obj.host,
    "port": obj.port?.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_Capabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KeyToPath(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "mode": obj.mode,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DownwardApiVolumeFile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fieldRef": toJson_ObjectFieldSelector(obj.fieldRef),
    "mode": obj.mode,
    "path": obj.path,
    "resourceFieldRef": toJson_ResourceFieldSelector(obj.resourceFieldRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PersistentVolumeClaimTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ObjectMeta(obj.metadata),
    "spec": toJson_PersistentVolumeClaimSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VolumeProjection(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMap": toJson_ConfigMapProjection(obj.configMap),
    "downwardAPI": toJson_DownwardApiProjection(obj.downwardApi),
    "secret": toJson_SecretProjection(obj.secret),
    "serviceAccountToken": toJson_ServiceAccountTokenProjection(obj.serviceAccountToken)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GroupSubjectV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceAccountSubjectV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_UserSubjectV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_QueuingConfigurationV1Beta2(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "handSize": obj.handSize,
    "queueLengthLimit": obj.queueLengthLimit,
    "queues": obj.queues
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GroupSubjectV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceAccountSubjectV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_UserSubjectV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_QueuingConfigurationV1Beta3(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "handSize": obj.handSize,
    "queueLengthLimit": obj.queueLengthLimit,
    "queues": obj.queues
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceBackendPort(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "number": obj.number
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HttpIngressPath(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "backend": toJson_IngressBackend(obj.backend),
    "path": obj.path,
    "pathType": obj.pathType
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_IpBlock(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cidr": obj.cidr,
    "except": obj.except?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_JsonSchemaProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "$ref": obj.ref,
    "$schema": obj.schema,
    "additionalItems": obj.additionalItems,
    "additionalProperties": obj.additionalProperties,
    "allOf": obj.allOf?.map((y) => toJson_JsonSchemaProps(y)),
    "anyOf": obj.anyOf?.map((y) => toJson_JsonSchemaProps(y)),
    "default": obj.default,
    "definitions": obj.definitions === void 0 ? void 0 : Object.entries(obj.definitions).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
    "dependencies": obj.dependencies === void 0 ? void 0 : Object.entries(obj.dependencies).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "description": obj.description,
    "enum": obj.enum?.map((y) => y),
    "example": obj.example,
    "exclusiveMaximum": obj.exclusiveMaximum,
    "exclusiveMinimum": obj.exclusiveMinimum,
    "externalDocs": toJson_ExternalDocumentation(obj.externalDocs),
    "format": obj.format,
    "id": obj.id,
    "items": obj.items,
    "maxItems": obj.maxItems,
    "maxLength": obj.maxLength,
    "maxProperties": obj.maxProperties,
    "maximum": obj.maximum,
    "minItems": obj.minItems,
    "minLength": obj.minLength,
    "minProperties": obj.minProperties,
    "minimum": obj.minimum,
    "multipleOf": obj.multipleOf,
    "not": toJson_JsonSchemaProps(obj.not),
    "nullable": obj.nullable,
    "oneOf": obj.oneOf?.map((y) => toJson_JsonSchemaProps(y)),
    "pattern": obj.pattern,
    "patternProperties": obj.patternProperties === void 0 ? void 0 : Object.entries(obj.patternProperties).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
    "properties": obj.properties === void 0 ? void 0 : Object.entries(obj.properties).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_JsonSchemaProps(i[1]) }, {}),
    "required": obj.required?.map((y) => y),
    "title": obj.title,
    "type": obj.type,
    "uniqueItems": obj.uniqueItems,
    "x-kubernetes-embedded-resource": obj.xKubernetesEmbeddedResource,
    "x-kubernetes-int-or-string": obj.xKubernetesIntOrString,
    "x-kubernetes-list-map-keys": obj.xKubernetesListMapKeys?.map((y) => y),
    "x-kubernetes-list-type": obj.xKubernetesListType,
    "x-kubernetes-map-type": obj.xKubernetesMapType,
    "x-kubernetes-preserve-unknown-fields": obj.xKubernetesPreserveUnknownFields,
    "x-kubernetes-validations": obj.xKubernetesValidations?.map((y) => toJson_ValidationRule(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_CustomResourceSubresourceScale(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelectorPath": obj.labelSelectorPath,
    "specReplicasPath": obj.specReplicasPath,
    "statusReplicasPath": obj.statusReplicasPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ConfigMapKeySelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ObjectFieldSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "fieldPath": obj.fieldPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ResourceFieldSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "containerName": obj.containerName,
    "divisor": obj.divisor?.value,
    "resource": obj.resource
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecretKeySelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_HttpHeader(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ConfigMapProjection(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "items": obj.items?.map((y) => toJson_KeyToPath(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DownwardApiProjection(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "items": obj.items?.map((y) => toJson_DownwardApiVolumeFile(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_SecretProjection(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "items": obj.items?.map((y) => toJson_KeyToPath(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ServiceAccountTokenProjection(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audience": obj.audience,
    "expirationSeconds": obj.expirationSeconds,
    "path": obj.path
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ExternalDocumentation(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "description": obj.description,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidationRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fieldPath": obj.fieldPath,
    "message": obj.message,
    "messageExpression": obj.messageExpression,
    "reason": obj.reason,
    "rule": obj.rule
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
