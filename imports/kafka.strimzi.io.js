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
  Kafka: () => Kafka,
  KafkaBridge: () => KafkaBridge,
  KafkaBridgeSpecAuthenticationType: () => KafkaBridgeSpecAuthenticationType,
  KafkaBridgeSpecLoggingType: () => KafkaBridgeSpecLoggingType,
  KafkaBridgeSpecMetricsConfigType: () => KafkaBridgeSpecMetricsConfigType,
  KafkaBridgeSpecRackType: () => KafkaBridgeSpecRackType,
  KafkaBridgeSpecResourcesLimits: () => KafkaBridgeSpecResourcesLimits,
  KafkaBridgeSpecResourcesRequests: () => KafkaBridgeSpecResourcesRequests,
  KafkaBridgeSpecTemplateApiServiceIpFamilies: () => KafkaBridgeSpecTemplateApiServiceIpFamilies,
  KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy: () => KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy,
  KafkaBridgeSpecTemplateDeploymentDeploymentStrategy: () => KafkaBridgeSpecTemplateDeploymentDeploymentStrategy,
  KafkaBridgeSpecTemplatePodDnsPolicy: () => KafkaBridgeSpecTemplatePodDnsPolicy,
  KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium: () => KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium,
  KafkaBridgeSpecTracingType: () => KafkaBridgeSpecTracingType,
  KafkaConnect: () => KafkaConnect,
  KafkaConnectSpecAuthenticationType: () => KafkaConnectSpecAuthenticationType,
  KafkaConnectSpecBuildOutputType: () => KafkaConnectSpecBuildOutputType,
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope: () => KafkaConnectSpecBuildPluginsArtifactsIncludeScope,
  KafkaConnectSpecBuildPluginsArtifactsType: () => KafkaConnectSpecBuildPluginsArtifactsType,
  KafkaConnectSpecBuildResourcesLimits: () => KafkaConnectSpecBuildResourcesLimits,
  KafkaConnectSpecBuildResourcesRequests: () => KafkaConnectSpecBuildResourcesRequests,
  KafkaConnectSpecJmxOptionsAuthenticationType: () => KafkaConnectSpecJmxOptionsAuthenticationType,
  KafkaConnectSpecLoggingType: () => KafkaConnectSpecLoggingType,
  KafkaConnectSpecMetricsConfigType: () => KafkaConnectSpecMetricsConfigType,
  KafkaConnectSpecPluginsArtifactsType: () => KafkaConnectSpecPluginsArtifactsType,
  KafkaConnectSpecRackType: () => KafkaConnectSpecRackType,
  KafkaConnectSpecResourcesLimits: () => KafkaConnectSpecResourcesLimits,
  KafkaConnectSpecResourcesRequests: () => KafkaConnectSpecResourcesRequests,
  KafkaConnectSpecTemplateApiServiceIpFamilies: () => KafkaConnectSpecTemplateApiServiceIpFamilies,
  KafkaConnectSpecTemplateApiServiceIpFamilyPolicy: () => KafkaConnectSpecTemplateApiServiceIpFamilyPolicy,
  KafkaConnectSpecTemplateBuildPodDnsPolicy: () => KafkaConnectSpecTemplateBuildPodDnsPolicy,
  KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium: () => KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium,
  KafkaConnectSpecTemplateHeadlessServiceIpFamilies: () => KafkaConnectSpecTemplateHeadlessServiceIpFamilies,
  KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy: () => KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy,
  KafkaConnectSpecTemplatePodDnsPolicy: () => KafkaConnectSpecTemplatePodDnsPolicy,
  KafkaConnectSpecTemplatePodVolumesEmptyDirMedium: () => KafkaConnectSpecTemplatePodVolumesEmptyDirMedium,
  KafkaConnectSpecTracingType: () => KafkaConnectSpecTracingType,
  KafkaConnector: () => KafkaConnector,
  KafkaConnectorSpecState: () => KafkaConnectorSpecState,
  KafkaMirrorMaker2: () => KafkaMirrorMaker2,
  KafkaMirrorMaker2SpecJmxOptionsAuthenticationType: () => KafkaMirrorMaker2SpecJmxOptionsAuthenticationType,
  KafkaMirrorMaker2SpecLoggingType: () => KafkaMirrorMaker2SpecLoggingType,
  KafkaMirrorMaker2SpecMetricsConfigType: () => KafkaMirrorMaker2SpecMetricsConfigType,
  KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState: () => KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState,
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType: () => KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType,
  KafkaMirrorMaker2SpecMirrorsSourceConnectorState: () => KafkaMirrorMaker2SpecMirrorsSourceConnectorState,
  KafkaMirrorMaker2SpecRackType: () => KafkaMirrorMaker2SpecRackType,
  KafkaMirrorMaker2SpecResourcesLimits: () => KafkaMirrorMaker2SpecResourcesLimits,
  KafkaMirrorMaker2SpecResourcesRequests: () => KafkaMirrorMaker2SpecResourcesRequests,
  KafkaMirrorMaker2SpecTargetAuthenticationType: () => KafkaMirrorMaker2SpecTargetAuthenticationType,
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies: () => KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies,
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy: () => KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy,
  KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy: () => KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy,
  KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium: () => KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium,
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies: () => KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies,
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy: () => KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy,
  KafkaMirrorMaker2SpecTemplatePodDnsPolicy: () => KafkaMirrorMaker2SpecTemplatePodDnsPolicy,
  KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium: () => KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium,
  KafkaMirrorMaker2SpecTracingType: () => KafkaMirrorMaker2SpecTracingType,
  KafkaNodePool: () => KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits: () => KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests: () => KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles: () => KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageKraftMetadata: () => KafkaNodePoolSpecStorageKraftMetadata,
  KafkaNodePoolSpecStorageType: () => KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata: () => KafkaNodePoolSpecStorageVolumesKraftMetadata,
  KafkaNodePoolSpecStorageVolumesType: () => KafkaNodePoolSpecStorageVolumesType,
  KafkaNodePoolSpecTemplatePodDnsPolicy: () => KafkaNodePoolSpecTemplatePodDnsPolicy,
  KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium: () => KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium,
  KafkaRebalance: () => KafkaRebalance,
  KafkaRebalanceSpecMode: () => KafkaRebalanceSpecMode,
  KafkaSpecClientsCaCertificateExpirationPolicy: () => KafkaSpecClientsCaCertificateExpirationPolicy,
  KafkaSpecClusterCaCertificateExpirationPolicy: () => KafkaSpecClusterCaCertificateExpirationPolicy,
  KafkaSpecCruiseControlApiUsersType: () => KafkaSpecCruiseControlApiUsersType,
  KafkaSpecCruiseControlAutoRebalanceMode: () => KafkaSpecCruiseControlAutoRebalanceMode,
  KafkaSpecCruiseControlLoggingType: () => KafkaSpecCruiseControlLoggingType,
  KafkaSpecCruiseControlMetricsConfigType: () => KafkaSpecCruiseControlMetricsConfigType,
  KafkaSpecCruiseControlResourcesLimits: () => KafkaSpecCruiseControlResourcesLimits,
  KafkaSpecCruiseControlResourcesRequests: () => KafkaSpecCruiseControlResourcesRequests,
  KafkaSpecCruiseControlTemplateApiServiceIpFamilies: () => KafkaSpecCruiseControlTemplateApiServiceIpFamilies,
  KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy: () => KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy,
  KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy: () => KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy,
  KafkaSpecCruiseControlTemplatePodDnsPolicy: () => KafkaSpecCruiseControlTemplatePodDnsPolicy,
  KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium: () => KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium,
  KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy: () => KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy,
  KafkaSpecEntityOperatorTemplatePodDnsPolicy: () => KafkaSpecEntityOperatorTemplatePodDnsPolicy,
  KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium: () => KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium,
  KafkaSpecEntityOperatorTopicOperatorLoggingType: () => KafkaSpecEntityOperatorTopicOperatorLoggingType,
  KafkaSpecEntityOperatorTopicOperatorResourcesLimits: () => KafkaSpecEntityOperatorTopicOperatorResourcesLimits,
  KafkaSpecEntityOperatorTopicOperatorResourcesRequests: () => KafkaSpecEntityOperatorTopicOperatorResourcesRequests,
  KafkaSpecEntityOperatorUserOperatorLoggingType: () => KafkaSpecEntityOperatorUserOperatorLoggingType,
  KafkaSpecEntityOperatorUserOperatorResourcesLimits: () => KafkaSpecEntityOperatorUserOperatorResourcesLimits,
  KafkaSpecEntityOperatorUserOperatorResourcesRequests: () => KafkaSpecEntityOperatorUserOperatorResourcesRequests,
  KafkaSpecKafkaAuthorizationType: () => KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaExporterResourcesLimits: () => KafkaSpecKafkaExporterResourcesLimits,
  KafkaSpecKafkaExporterResourcesRequests: () => KafkaSpecKafkaExporterResourcesRequests,
  KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy: () => KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy,
  KafkaSpecKafkaExporterTemplatePodDnsPolicy: () => KafkaSpecKafkaExporterTemplatePodDnsPolicy,
  KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium: () => KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium,
  KafkaSpecKafkaJmxOptionsAuthenticationType: () => KafkaSpecKafkaJmxOptionsAuthenticationType,
  KafkaSpecKafkaListenersAuthenticationType: () => KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy: () => KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy,
  KafkaSpecKafkaListenersConfigurationIpFamilies: () => KafkaSpecKafkaListenersConfigurationIpFamilies,
  KafkaSpecKafkaListenersConfigurationIpFamilyPolicy: () => KafkaSpecKafkaListenersConfigurationIpFamilyPolicy,
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType: () => KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType,
  KafkaSpecKafkaListenersType: () => KafkaSpecKafkaListenersType,
  KafkaSpecKafkaLoggingType: () => KafkaSpecKafkaLoggingType,
  KafkaSpecKafkaMetricsConfigType: () => KafkaSpecKafkaMetricsConfigType,
  KafkaSpecKafkaQuotasType: () => KafkaSpecKafkaQuotasType,
  KafkaSpecKafkaRackType: () => KafkaSpecKafkaRackType,
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilies: () => KafkaSpecKafkaTemplateBootstrapServiceIpFamilies,
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy: () => KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy,
  KafkaSpecKafkaTemplateBrokersServiceIpFamilies: () => KafkaSpecKafkaTemplateBrokersServiceIpFamilies,
  KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy: () => KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy,
  KafkaSpecKafkaTemplatePodDnsPolicy: () => KafkaSpecKafkaTemplatePodDnsPolicy,
  KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium: () => KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium,
  KafkaSpecKafkaTieredStorageType: () => KafkaSpecKafkaTieredStorageType,
  KafkaTopic: () => KafkaTopic,
  KafkaUser: () => KafkaUser,
  KafkaUserSpecAuthenticationType: () => KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations: () => KafkaUserSpecAuthorizationAclsOperations,
  KafkaUserSpecAuthorizationAclsResourcePatternType: () => KafkaUserSpecAuthorizationAclsResourcePatternType,
  KafkaUserSpecAuthorizationAclsResourceType: () => KafkaUserSpecAuthorizationAclsResourceType,
  KafkaUserSpecAuthorizationAclsType: () => KafkaUserSpecAuthorizationAclsType,
  KafkaUserSpecAuthorizationType: () => KafkaUserSpecAuthorizationType,
  toJson_KafkaBridgeProps: () => toJson_KafkaBridgeProps,
  toJson_KafkaBridgeSpec: () => toJson_KafkaBridgeSpec,
  toJson_KafkaBridgeSpecAdminClient: () => toJson_KafkaBridgeSpecAdminClient,
  toJson_KafkaBridgeSpecAuthentication: () => toJson_KafkaBridgeSpecAuthentication,
  toJson_KafkaBridgeSpecAuthenticationCertificateAndKey: () => toJson_KafkaBridgeSpecAuthenticationCertificateAndKey,
  toJson_KafkaBridgeSpecAuthenticationPasswordSecret: () => toJson_KafkaBridgeSpecAuthenticationPasswordSecret,
  toJson_KafkaBridgeSpecConsumer: () => toJson_KafkaBridgeSpecConsumer,
  toJson_KafkaBridgeSpecHttp: () => toJson_KafkaBridgeSpecHttp,
  toJson_KafkaBridgeSpecHttpCors: () => toJson_KafkaBridgeSpecHttpCors,
  toJson_KafkaBridgeSpecHttpTls: () => toJson_KafkaBridgeSpecHttpTls,
  toJson_KafkaBridgeSpecHttpTlsCertificateAndKey: () => toJson_KafkaBridgeSpecHttpTlsCertificateAndKey,
  toJson_KafkaBridgeSpecJvmOptions: () => toJson_KafkaBridgeSpecJvmOptions,
  toJson_KafkaBridgeSpecJvmOptionsJavaSystemProperties: () => toJson_KafkaBridgeSpecJvmOptionsJavaSystemProperties,
  toJson_KafkaBridgeSpecLivenessProbe: () => toJson_KafkaBridgeSpecLivenessProbe,
  toJson_KafkaBridgeSpecLogging: () => toJson_KafkaBridgeSpecLogging,
  toJson_KafkaBridgeSpecLoggingValueFrom: () => toJson_KafkaBridgeSpecLoggingValueFrom,
  toJson_KafkaBridgeSpecLoggingValueFromConfigMapKeyRef: () => toJson_KafkaBridgeSpecLoggingValueFromConfigMapKeyRef,
  toJson_KafkaBridgeSpecMetricsConfig: () => toJson_KafkaBridgeSpecMetricsConfig,
  toJson_KafkaBridgeSpecMetricsConfigValueFrom: () => toJson_KafkaBridgeSpecMetricsConfigValueFrom,
  toJson_KafkaBridgeSpecMetricsConfigValueFromConfigMapKeyRef: () => toJson_KafkaBridgeSpecMetricsConfigValueFromConfigMapKeyRef,
  toJson_KafkaBridgeSpecMetricsConfigValues: () => toJson_KafkaBridgeSpecMetricsConfigValues,
  toJson_KafkaBridgeSpecProducer: () => toJson_KafkaBridgeSpecProducer,
  toJson_KafkaBridgeSpecRack: () => toJson_KafkaBridgeSpecRack,
  toJson_KafkaBridgeSpecReadinessProbe: () => toJson_KafkaBridgeSpecReadinessProbe,
  toJson_KafkaBridgeSpecResources: () => toJson_KafkaBridgeSpecResources,
  toJson_KafkaBridgeSpecResourcesClaims: () => toJson_KafkaBridgeSpecResourcesClaims,
  toJson_KafkaBridgeSpecTemplate: () => toJson_KafkaBridgeSpecTemplate,
  toJson_KafkaBridgeSpecTemplateApiService: () => toJson_KafkaBridgeSpecTemplateApiService,
  toJson_KafkaBridgeSpecTemplateApiServiceMetadata: () => toJson_KafkaBridgeSpecTemplateApiServiceMetadata,
  toJson_KafkaBridgeSpecTemplateBridgeContainer: () => toJson_KafkaBridgeSpecTemplateBridgeContainer,
  toJson_KafkaBridgeSpecTemplateBridgeContainerEnv: () => toJson_KafkaBridgeSpecTemplateBridgeContainerEnv,
  toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFrom: () => toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFrom,
  toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromSecretKeyRef: () => toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromSecretKeyRef,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContext: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContext,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextAppArmorProfile: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextAppArmorProfile,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextCapabilities: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextCapabilities,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeLinuxOptions: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeLinuxOptions,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeccompProfile: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeccompProfile,
  toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextWindowsOptions: () => toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextWindowsOptions,
  toJson_KafkaBridgeSpecTemplateBridgeContainerVolumeMounts: () => toJson_KafkaBridgeSpecTemplateBridgeContainerVolumeMounts,
  toJson_KafkaBridgeSpecTemplateClusterRoleBinding: () => toJson_KafkaBridgeSpecTemplateClusterRoleBinding,
  toJson_KafkaBridgeSpecTemplateClusterRoleBindingMetadata: () => toJson_KafkaBridgeSpecTemplateClusterRoleBindingMetadata,
  toJson_KafkaBridgeSpecTemplateDeployment: () => toJson_KafkaBridgeSpecTemplateDeployment,
  toJson_KafkaBridgeSpecTemplateDeploymentMetadata: () => toJson_KafkaBridgeSpecTemplateDeploymentMetadata,
  toJson_KafkaBridgeSpecTemplateInitContainer: () => toJson_KafkaBridgeSpecTemplateInitContainer,
  toJson_KafkaBridgeSpecTemplateInitContainerEnv: () => toJson_KafkaBridgeSpecTemplateInitContainerEnv,
  toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFrom: () => toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFrom,
  toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromSecretKeyRef: () => toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromSecretKeyRef,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContext: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContext,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextAppArmorProfile: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextAppArmorProfile,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextCapabilities: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextCapabilities,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeLinuxOptions: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeLinuxOptions,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeccompProfile: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeccompProfile,
  toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextWindowsOptions: () => toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextWindowsOptions,
  toJson_KafkaBridgeSpecTemplateInitContainerVolumeMounts: () => toJson_KafkaBridgeSpecTemplateInitContainerVolumeMounts,
  toJson_KafkaBridgeSpecTemplatePod: () => toJson_KafkaBridgeSpecTemplatePod,
  toJson_KafkaBridgeSpecTemplatePodAffinity: () => toJson_KafkaBridgeSpecTemplatePodAffinity,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinity: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinity,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinity: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinity,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodDisruptionBudget: () => toJson_KafkaBridgeSpecTemplatePodDisruptionBudget,
  toJson_KafkaBridgeSpecTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaBridgeSpecTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaBridgeSpecTemplatePodDnsConfig: () => toJson_KafkaBridgeSpecTemplatePodDnsConfig,
  toJson_KafkaBridgeSpecTemplatePodDnsConfigOptions: () => toJson_KafkaBridgeSpecTemplatePodDnsConfigOptions,
  toJson_KafkaBridgeSpecTemplatePodHostAliases: () => toJson_KafkaBridgeSpecTemplatePodHostAliases,
  toJson_KafkaBridgeSpecTemplatePodImagePullSecrets: () => toJson_KafkaBridgeSpecTemplatePodImagePullSecrets,
  toJson_KafkaBridgeSpecTemplatePodMetadata: () => toJson_KafkaBridgeSpecTemplatePodMetadata,
  toJson_KafkaBridgeSpecTemplatePodSecurityContext: () => toJson_KafkaBridgeSpecTemplatePodSecurityContext,
  toJson_KafkaBridgeSpecTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaBridgeSpecTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaBridgeSpecTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaBridgeSpecTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaBridgeSpecTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaBridgeSpecTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaBridgeSpecTemplatePodSecurityContextSysctls: () => toJson_KafkaBridgeSpecTemplatePodSecurityContextSysctls,
  toJson_KafkaBridgeSpecTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaBridgeSpecTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaBridgeSpecTemplatePodTolerations: () => toJson_KafkaBridgeSpecTemplatePodTolerations,
  toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraints: () => toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraints,
  toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaBridgeSpecTemplatePodVolumes: () => toJson_KafkaBridgeSpecTemplatePodVolumes,
  toJson_KafkaBridgeSpecTemplatePodVolumesConfigMap: () => toJson_KafkaBridgeSpecTemplatePodVolumesConfigMap,
  toJson_KafkaBridgeSpecTemplatePodVolumesConfigMapItems: () => toJson_KafkaBridgeSpecTemplatePodVolumesConfigMapItems,
  toJson_KafkaBridgeSpecTemplatePodVolumesCsi: () => toJson_KafkaBridgeSpecTemplatePodVolumesCsi,
  toJson_KafkaBridgeSpecTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaBridgeSpecTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaBridgeSpecTemplatePodVolumesEmptyDir: () => toJson_KafkaBridgeSpecTemplatePodVolumesEmptyDir,
  toJson_KafkaBridgeSpecTemplatePodVolumesImage: () => toJson_KafkaBridgeSpecTemplatePodVolumesImage,
  toJson_KafkaBridgeSpecTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaBridgeSpecTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaBridgeSpecTemplatePodVolumesSecret: () => toJson_KafkaBridgeSpecTemplatePodVolumesSecret,
  toJson_KafkaBridgeSpecTemplatePodVolumesSecretItems: () => toJson_KafkaBridgeSpecTemplatePodVolumesSecretItems,
  toJson_KafkaBridgeSpecTemplateServiceAccount: () => toJson_KafkaBridgeSpecTemplateServiceAccount,
  toJson_KafkaBridgeSpecTemplateServiceAccountMetadata: () => toJson_KafkaBridgeSpecTemplateServiceAccountMetadata,
  toJson_KafkaBridgeSpecTls: () => toJson_KafkaBridgeSpecTls,
  toJson_KafkaBridgeSpecTlsTrustedCertificates: () => toJson_KafkaBridgeSpecTlsTrustedCertificates,
  toJson_KafkaBridgeSpecTracing: () => toJson_KafkaBridgeSpecTracing,
  toJson_KafkaConnectProps: () => toJson_KafkaConnectProps,
  toJson_KafkaConnectSpec: () => toJson_KafkaConnectSpec,
  toJson_KafkaConnectSpecAuthentication: () => toJson_KafkaConnectSpecAuthentication,
  toJson_KafkaConnectSpecAuthenticationCertificateAndKey: () => toJson_KafkaConnectSpecAuthenticationCertificateAndKey,
  toJson_KafkaConnectSpecAuthenticationPasswordSecret: () => toJson_KafkaConnectSpecAuthenticationPasswordSecret,
  toJson_KafkaConnectSpecBuild: () => toJson_KafkaConnectSpecBuild,
  toJson_KafkaConnectSpecBuildOutput: () => toJson_KafkaConnectSpecBuildOutput,
  toJson_KafkaConnectSpecBuildPlugins: () => toJson_KafkaConnectSpecBuildPlugins,
  toJson_KafkaConnectSpecBuildPluginsArtifacts: () => toJson_KafkaConnectSpecBuildPluginsArtifacts,
  toJson_KafkaConnectSpecBuildPluginsArtifactsMirrors: () => toJson_KafkaConnectSpecBuildPluginsArtifactsMirrors,
  toJson_KafkaConnectSpecBuildResources: () => toJson_KafkaConnectSpecBuildResources,
  toJson_KafkaConnectSpecBuildResourcesClaims: () => toJson_KafkaConnectSpecBuildResourcesClaims,
  toJson_KafkaConnectSpecJmxOptions: () => toJson_KafkaConnectSpecJmxOptions,
  toJson_KafkaConnectSpecJmxOptionsAuthentication: () => toJson_KafkaConnectSpecJmxOptionsAuthentication,
  toJson_KafkaConnectSpecJvmOptions: () => toJson_KafkaConnectSpecJvmOptions,
  toJson_KafkaConnectSpecJvmOptionsJavaSystemProperties: () => toJson_KafkaConnectSpecJvmOptionsJavaSystemProperties,
  toJson_KafkaConnectSpecLivenessProbe: () => toJson_KafkaConnectSpecLivenessProbe,
  toJson_KafkaConnectSpecLogging: () => toJson_KafkaConnectSpecLogging,
  toJson_KafkaConnectSpecLoggingValueFrom: () => toJson_KafkaConnectSpecLoggingValueFrom,
  toJson_KafkaConnectSpecLoggingValueFromConfigMapKeyRef: () => toJson_KafkaConnectSpecLoggingValueFromConfigMapKeyRef,
  toJson_KafkaConnectSpecMetricsConfig: () => toJson_KafkaConnectSpecMetricsConfig,
  toJson_KafkaConnectSpecMetricsConfigValueFrom: () => toJson_KafkaConnectSpecMetricsConfigValueFrom,
  toJson_KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef: () => toJson_KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef,
  toJson_KafkaConnectSpecMetricsConfigValues: () => toJson_KafkaConnectSpecMetricsConfigValues,
  toJson_KafkaConnectSpecPlugins: () => toJson_KafkaConnectSpecPlugins,
  toJson_KafkaConnectSpecPluginsArtifacts: () => toJson_KafkaConnectSpecPluginsArtifacts,
  toJson_KafkaConnectSpecRack: () => toJson_KafkaConnectSpecRack,
  toJson_KafkaConnectSpecReadinessProbe: () => toJson_KafkaConnectSpecReadinessProbe,
  toJson_KafkaConnectSpecResources: () => toJson_KafkaConnectSpecResources,
  toJson_KafkaConnectSpecResourcesClaims: () => toJson_KafkaConnectSpecResourcesClaims,
  toJson_KafkaConnectSpecTemplate: () => toJson_KafkaConnectSpecTemplate,
  toJson_KafkaConnectSpecTemplateApiService: () => toJson_KafkaConnectSpecTemplateApiService,
  toJson_KafkaConnectSpecTemplateApiServiceMetadata: () => toJson_KafkaConnectSpecTemplateApiServiceMetadata,
  toJson_KafkaConnectSpecTemplateBuildConfig: () => toJson_KafkaConnectSpecTemplateBuildConfig,
  toJson_KafkaConnectSpecTemplateBuildConfigMetadata: () => toJson_KafkaConnectSpecTemplateBuildConfigMetadata,
  toJson_KafkaConnectSpecTemplateBuildContainer: () => toJson_KafkaConnectSpecTemplateBuildContainer,
  toJson_KafkaConnectSpecTemplateBuildContainerEnv: () => toJson_KafkaConnectSpecTemplateBuildContainerEnv,
  toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFrom: () => toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFrom,
  toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef: () => toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContext: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContext,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile,
  toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions: () => toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions,
  toJson_KafkaConnectSpecTemplateBuildContainerVolumeMounts: () => toJson_KafkaConnectSpecTemplateBuildContainerVolumeMounts,
  toJson_KafkaConnectSpecTemplateBuildPod: () => toJson_KafkaConnectSpecTemplateBuildPod,
  toJson_KafkaConnectSpecTemplateBuildPodAffinity: () => toJson_KafkaConnectSpecTemplateBuildPodAffinity,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinity: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinity,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodDnsConfig: () => toJson_KafkaConnectSpecTemplateBuildPodDnsConfig,
  toJson_KafkaConnectSpecTemplateBuildPodDnsConfigOptions: () => toJson_KafkaConnectSpecTemplateBuildPodDnsConfigOptions,
  toJson_KafkaConnectSpecTemplateBuildPodHostAliases: () => toJson_KafkaConnectSpecTemplateBuildPodHostAliases,
  toJson_KafkaConnectSpecTemplateBuildPodImagePullSecrets: () => toJson_KafkaConnectSpecTemplateBuildPodImagePullSecrets,
  toJson_KafkaConnectSpecTemplateBuildPodMetadata: () => toJson_KafkaConnectSpecTemplateBuildPodMetadata,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContext: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContext,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSysctls: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSysctls,
  toJson_KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions: () => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions,
  toJson_KafkaConnectSpecTemplateBuildPodTolerations: () => toJson_KafkaConnectSpecTemplateBuildPodTolerations,
  toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints: () => toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints,
  toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplateBuildPodVolumes: () => toJson_KafkaConnectSpecTemplateBuildPodVolumes,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMap: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMap,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesCsi: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesCsi,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesEmptyDir: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesEmptyDir,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesImage: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesImage,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesSecret: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesSecret,
  toJson_KafkaConnectSpecTemplateBuildPodVolumesSecretItems: () => toJson_KafkaConnectSpecTemplateBuildPodVolumesSecretItems,
  toJson_KafkaConnectSpecTemplateBuildServiceAccount: () => toJson_KafkaConnectSpecTemplateBuildServiceAccount,
  toJson_KafkaConnectSpecTemplateBuildServiceAccountMetadata: () => toJson_KafkaConnectSpecTemplateBuildServiceAccountMetadata,
  toJson_KafkaConnectSpecTemplateClusterRoleBinding: () => toJson_KafkaConnectSpecTemplateClusterRoleBinding,
  toJson_KafkaConnectSpecTemplateClusterRoleBindingMetadata: () => toJson_KafkaConnectSpecTemplateClusterRoleBindingMetadata,
  toJson_KafkaConnectSpecTemplateConnectContainer: () => toJson_KafkaConnectSpecTemplateConnectContainer,
  toJson_KafkaConnectSpecTemplateConnectContainerEnv: () => toJson_KafkaConnectSpecTemplateConnectContainerEnv,
  toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFrom: () => toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFrom,
  toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef: () => toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContext: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContext,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile,
  toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions: () => toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions,
  toJson_KafkaConnectSpecTemplateConnectContainerVolumeMounts: () => toJson_KafkaConnectSpecTemplateConnectContainerVolumeMounts,
  toJson_KafkaConnectSpecTemplateHeadlessService: () => toJson_KafkaConnectSpecTemplateHeadlessService,
  toJson_KafkaConnectSpecTemplateHeadlessServiceMetadata: () => toJson_KafkaConnectSpecTemplateHeadlessServiceMetadata,
  toJson_KafkaConnectSpecTemplateInitContainer: () => toJson_KafkaConnectSpecTemplateInitContainer,
  toJson_KafkaConnectSpecTemplateInitContainerEnv: () => toJson_KafkaConnectSpecTemplateInitContainerEnv,
  toJson_KafkaConnectSpecTemplateInitContainerEnvValueFrom: () => toJson_KafkaConnectSpecTemplateInitContainerEnvValueFrom,
  toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef: () => toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContext: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContext,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile,
  toJson_KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions: () => toJson_KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions,
  toJson_KafkaConnectSpecTemplateInitContainerVolumeMounts: () => toJson_KafkaConnectSpecTemplateInitContainerVolumeMounts,
  toJson_KafkaConnectSpecTemplateJmxSecret: () => toJson_KafkaConnectSpecTemplateJmxSecret,
  toJson_KafkaConnectSpecTemplateJmxSecretMetadata: () => toJson_KafkaConnectSpecTemplateJmxSecretMetadata,
  toJson_KafkaConnectSpecTemplatePod: () => toJson_KafkaConnectSpecTemplatePod,
  toJson_KafkaConnectSpecTemplatePodAffinity: () => toJson_KafkaConnectSpecTemplatePodAffinity,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinity: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinity,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinity: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinity,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodDisruptionBudget: () => toJson_KafkaConnectSpecTemplatePodDisruptionBudget,
  toJson_KafkaConnectSpecTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaConnectSpecTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaConnectSpecTemplatePodDnsConfig: () => toJson_KafkaConnectSpecTemplatePodDnsConfig,
  toJson_KafkaConnectSpecTemplatePodDnsConfigOptions: () => toJson_KafkaConnectSpecTemplatePodDnsConfigOptions,
  toJson_KafkaConnectSpecTemplatePodHostAliases: () => toJson_KafkaConnectSpecTemplatePodHostAliases,
  toJson_KafkaConnectSpecTemplatePodImagePullSecrets: () => toJson_KafkaConnectSpecTemplatePodImagePullSecrets,
  toJson_KafkaConnectSpecTemplatePodMetadata: () => toJson_KafkaConnectSpecTemplatePodMetadata,
  toJson_KafkaConnectSpecTemplatePodSecurityContext: () => toJson_KafkaConnectSpecTemplatePodSecurityContext,
  toJson_KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaConnectSpecTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaConnectSpecTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaConnectSpecTemplatePodSecurityContextSysctls: () => toJson_KafkaConnectSpecTemplatePodSecurityContextSysctls,
  toJson_KafkaConnectSpecTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaConnectSpecTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaConnectSpecTemplatePodSet: () => toJson_KafkaConnectSpecTemplatePodSet,
  toJson_KafkaConnectSpecTemplatePodSetMetadata: () => toJson_KafkaConnectSpecTemplatePodSetMetadata,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumes: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumes,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecret: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecret,
  toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems: () => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems,
  toJson_KafkaConnectSpecTemplatePodTolerations: () => toJson_KafkaConnectSpecTemplatePodTolerations,
  toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraints: () => toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraints,
  toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaConnectSpecTemplatePodVolumes: () => toJson_KafkaConnectSpecTemplatePodVolumes,
  toJson_KafkaConnectSpecTemplatePodVolumesConfigMap: () => toJson_KafkaConnectSpecTemplatePodVolumesConfigMap,
  toJson_KafkaConnectSpecTemplatePodVolumesConfigMapItems: () => toJson_KafkaConnectSpecTemplatePodVolumesConfigMapItems,
  toJson_KafkaConnectSpecTemplatePodVolumesCsi: () => toJson_KafkaConnectSpecTemplatePodVolumesCsi,
  toJson_KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaConnectSpecTemplatePodVolumesEmptyDir: () => toJson_KafkaConnectSpecTemplatePodVolumesEmptyDir,
  toJson_KafkaConnectSpecTemplatePodVolumesImage: () => toJson_KafkaConnectSpecTemplatePodVolumesImage,
  toJson_KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaConnectSpecTemplatePodVolumesSecret: () => toJson_KafkaConnectSpecTemplatePodVolumesSecret,
  toJson_KafkaConnectSpecTemplatePodVolumesSecretItems: () => toJson_KafkaConnectSpecTemplatePodVolumesSecretItems,
  toJson_KafkaConnectSpecTemplateServiceAccount: () => toJson_KafkaConnectSpecTemplateServiceAccount,
  toJson_KafkaConnectSpecTemplateServiceAccountMetadata: () => toJson_KafkaConnectSpecTemplateServiceAccountMetadata,
  toJson_KafkaConnectSpecTls: () => toJson_KafkaConnectSpecTls,
  toJson_KafkaConnectSpecTlsTrustedCertificates: () => toJson_KafkaConnectSpecTlsTrustedCertificates,
  toJson_KafkaConnectSpecTracing: () => toJson_KafkaConnectSpecTracing,
  toJson_KafkaConnectorProps: () => toJson_KafkaConnectorProps,
  toJson_KafkaConnectorSpec: () => toJson_KafkaConnectorSpec,
  toJson_KafkaConnectorSpecAlterOffsets: () => toJson_KafkaConnectorSpecAlterOffsets,
  toJson_KafkaConnectorSpecAlterOffsetsFromConfigMap: () => toJson_KafkaConnectorSpecAlterOffsetsFromConfigMap,
  toJson_KafkaConnectorSpecAutoRestart: () => toJson_KafkaConnectorSpecAutoRestart,
  toJson_KafkaConnectorSpecListOffsets: () => toJson_KafkaConnectorSpecListOffsets,
  toJson_KafkaConnectorSpecListOffsetsToConfigMap: () => toJson_KafkaConnectorSpecListOffsetsToConfigMap,
  toJson_KafkaMirrorMaker2Props: () => toJson_KafkaMirrorMaker2Props,
  toJson_KafkaMirrorMaker2Spec: () => toJson_KafkaMirrorMaker2Spec,
  toJson_KafkaMirrorMaker2SpecJmxOptions: () => toJson_KafkaMirrorMaker2SpecJmxOptions,
  toJson_KafkaMirrorMaker2SpecJmxOptionsAuthentication: () => toJson_KafkaMirrorMaker2SpecJmxOptionsAuthentication,
  toJson_KafkaMirrorMaker2SpecJvmOptions: () => toJson_KafkaMirrorMaker2SpecJvmOptions,
  toJson_KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties: () => toJson_KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties,
  toJson_KafkaMirrorMaker2SpecLivenessProbe: () => toJson_KafkaMirrorMaker2SpecLivenessProbe,
  toJson_KafkaMirrorMaker2SpecLogging: () => toJson_KafkaMirrorMaker2SpecLogging,
  toJson_KafkaMirrorMaker2SpecLoggingValueFrom: () => toJson_KafkaMirrorMaker2SpecLoggingValueFrom,
  toJson_KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef: () => toJson_KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef,
  toJson_KafkaMirrorMaker2SpecMetricsConfig: () => toJson_KafkaMirrorMaker2SpecMetricsConfig,
  toJson_KafkaMirrorMaker2SpecMetricsConfigValueFrom: () => toJson_KafkaMirrorMaker2SpecMetricsConfigValueFrom,
  toJson_KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef: () => toJson_KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef,
  toJson_KafkaMirrorMaker2SpecMetricsConfigValues: () => toJson_KafkaMirrorMaker2SpecMetricsConfigValues,
  toJson_KafkaMirrorMaker2SpecMirrors: () => toJson_KafkaMirrorMaker2SpecMirrors,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnector: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnector,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets,
  toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap: () => toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap,
  toJson_KafkaMirrorMaker2SpecMirrorsSource: () => toJson_KafkaMirrorMaker2SpecMirrorsSource,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthentication: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthentication,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnector: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnector,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceTls: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceTls,
  toJson_KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates: () => toJson_KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates,
  toJson_KafkaMirrorMaker2SpecRack: () => toJson_KafkaMirrorMaker2SpecRack,
  toJson_KafkaMirrorMaker2SpecReadinessProbe: () => toJson_KafkaMirrorMaker2SpecReadinessProbe,
  toJson_KafkaMirrorMaker2SpecResources: () => toJson_KafkaMirrorMaker2SpecResources,
  toJson_KafkaMirrorMaker2SpecResourcesClaims: () => toJson_KafkaMirrorMaker2SpecResourcesClaims,
  toJson_KafkaMirrorMaker2SpecTarget: () => toJson_KafkaMirrorMaker2SpecTarget,
  toJson_KafkaMirrorMaker2SpecTargetAuthentication: () => toJson_KafkaMirrorMaker2SpecTargetAuthentication,
  toJson_KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey: () => toJson_KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey,
  toJson_KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret: () => toJson_KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret,
  toJson_KafkaMirrorMaker2SpecTargetTls: () => toJson_KafkaMirrorMaker2SpecTargetTls,
  toJson_KafkaMirrorMaker2SpecTargetTlsTrustedCertificates: () => toJson_KafkaMirrorMaker2SpecTargetTlsTrustedCertificates,
  toJson_KafkaMirrorMaker2SpecTemplate: () => toJson_KafkaMirrorMaker2SpecTemplate,
  toJson_KafkaMirrorMaker2SpecTemplateApiService: () => toJson_KafkaMirrorMaker2SpecTemplateApiService,
  toJson_KafkaMirrorMaker2SpecTemplateApiServiceMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateApiServiceMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateBuildConfig: () => toJson_KafkaMirrorMaker2SpecTemplateBuildConfig,
  toJson_KafkaMirrorMaker2SpecTemplateBuildConfigMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateBuildConfigMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainer: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainer,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnv: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnv,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts: () => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPod: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPod,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinity: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinity,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodHostAliases: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodHostAliases,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodTolerations: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTolerations,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumes: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumes,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret,
  toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems: () => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems,
  toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccount: () => toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccount,
  toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBinding: () => toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBinding,
  toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainer: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainer,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnv: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnv,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions,
  toJson_KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts: () => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts,
  toJson_KafkaMirrorMaker2SpecTemplateHeadlessService: () => toJson_KafkaMirrorMaker2SpecTemplateHeadlessService,
  toJson_KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainer: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainer,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnv: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnv,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions,
  toJson_KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts: () => toJson_KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts,
  toJson_KafkaMirrorMaker2SpecTemplateJmxSecret: () => toJson_KafkaMirrorMaker2SpecTemplateJmxSecret,
  toJson_KafkaMirrorMaker2SpecTemplateJmxSecretMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateJmxSecretMetadata,
  toJson_KafkaMirrorMaker2SpecTemplatePod: () => toJson_KafkaMirrorMaker2SpecTemplatePod,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinity: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinity,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudget: () => toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudget,
  toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfig: () => toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfig,
  toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions: () => toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions,
  toJson_KafkaMirrorMaker2SpecTemplatePodHostAliases: () => toJson_KafkaMirrorMaker2SpecTemplatePodHostAliases,
  toJson_KafkaMirrorMaker2SpecTemplatePodImagePullSecrets: () => toJson_KafkaMirrorMaker2SpecTemplatePodImagePullSecrets,
  toJson_KafkaMirrorMaker2SpecTemplatePodMetadata: () => toJson_KafkaMirrorMaker2SpecTemplatePodMetadata,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContext: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContext,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls,
  toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaMirrorMaker2SpecTemplatePodSet: () => toJson_KafkaMirrorMaker2SpecTemplatePodSet,
  toJson_KafkaMirrorMaker2SpecTemplatePodSetMetadata: () => toJson_KafkaMirrorMaker2SpecTemplatePodSetMetadata,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret,
  toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems: () => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems,
  toJson_KafkaMirrorMaker2SpecTemplatePodTolerations: () => toJson_KafkaMirrorMaker2SpecTemplatePodTolerations,
  toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints: () => toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints,
  toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumes: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumes,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsi: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsi,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesImage: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesImage,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecret: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecret,
  toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems: () => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems,
  toJson_KafkaMirrorMaker2SpecTemplateServiceAccount: () => toJson_KafkaMirrorMaker2SpecTemplateServiceAccount,
  toJson_KafkaMirrorMaker2SpecTemplateServiceAccountMetadata: () => toJson_KafkaMirrorMaker2SpecTemplateServiceAccountMetadata,
  toJson_KafkaMirrorMaker2SpecTracing: () => toJson_KafkaMirrorMaker2SpecTracing,
  toJson_KafkaNodePoolProps: () => toJson_KafkaNodePoolProps,
  toJson_KafkaNodePoolSpec: () => toJson_KafkaNodePoolSpec,
  toJson_KafkaNodePoolSpecJvmOptions: () => toJson_KafkaNodePoolSpecJvmOptions,
  toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties: () => toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties,
  toJson_KafkaNodePoolSpecResources: () => toJson_KafkaNodePoolSpecResources,
  toJson_KafkaNodePoolSpecResourcesClaims: () => toJson_KafkaNodePoolSpecResourcesClaims,
  toJson_KafkaNodePoolSpecStorage: () => toJson_KafkaNodePoolSpecStorage,
  toJson_KafkaNodePoolSpecStorageVolumes: () => toJson_KafkaNodePoolSpecStorageVolumes,
  toJson_KafkaNodePoolSpecTemplate: () => toJson_KafkaNodePoolSpecTemplate,
  toJson_KafkaNodePoolSpecTemplateInitContainer: () => toJson_KafkaNodePoolSpecTemplateInitContainer,
  toJson_KafkaNodePoolSpecTemplateInitContainerEnv: () => toJson_KafkaNodePoolSpecTemplateInitContainerEnv,
  toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom: () => toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom,
  toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef: () => toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile,
  toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions: () => toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions,
  toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts: () => toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts,
  toJson_KafkaNodePoolSpecTemplateKafkaContainer: () => toJson_KafkaNodePoolSpecTemplateKafkaContainer,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions,
  toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts: () => toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts,
  toJson_KafkaNodePoolSpecTemplatePerPodIngress: () => toJson_KafkaNodePoolSpecTemplatePerPodIngress,
  toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata: () => toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata,
  toJson_KafkaNodePoolSpecTemplatePerPodRoute: () => toJson_KafkaNodePoolSpecTemplatePerPodRoute,
  toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata: () => toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata,
  toJson_KafkaNodePoolSpecTemplatePerPodService: () => toJson_KafkaNodePoolSpecTemplatePerPodService,
  toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata: () => toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata,
  toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim: () => toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim,
  toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata: () => toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata,
  toJson_KafkaNodePoolSpecTemplatePod: () => toJson_KafkaNodePoolSpecTemplatePod,
  toJson_KafkaNodePoolSpecTemplatePodAffinity: () => toJson_KafkaNodePoolSpecTemplatePodAffinity,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodDnsConfig: () => toJson_KafkaNodePoolSpecTemplatePodDnsConfig,
  toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions: () => toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions,
  toJson_KafkaNodePoolSpecTemplatePodHostAliases: () => toJson_KafkaNodePoolSpecTemplatePodHostAliases,
  toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets: () => toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets,
  toJson_KafkaNodePoolSpecTemplatePodMetadata: () => toJson_KafkaNodePoolSpecTemplatePodMetadata,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContext: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContext,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls,
  toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaNodePoolSpecTemplatePodSet: () => toJson_KafkaNodePoolSpecTemplatePodSet,
  toJson_KafkaNodePoolSpecTemplatePodSetMetadata: () => toJson_KafkaNodePoolSpecTemplatePodSetMetadata,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret,
  toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems: () => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems,
  toJson_KafkaNodePoolSpecTemplatePodTolerations: () => toJson_KafkaNodePoolSpecTemplatePodTolerations,
  toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints: () => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints,
  toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaNodePoolSpecTemplatePodVolumes: () => toJson_KafkaNodePoolSpecTemplatePodVolumes,
  toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap: () => toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap,
  toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems: () => toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems,
  toJson_KafkaNodePoolSpecTemplatePodVolumesCsi: () => toJson_KafkaNodePoolSpecTemplatePodVolumesCsi,
  toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir: () => toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir,
  toJson_KafkaNodePoolSpecTemplatePodVolumesImage: () => toJson_KafkaNodePoolSpecTemplatePodVolumesImage,
  toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaNodePoolSpecTemplatePodVolumesSecret: () => toJson_KafkaNodePoolSpecTemplatePodVolumesSecret,
  toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems: () => toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems,
  toJson_KafkaProps: () => toJson_KafkaProps,
  toJson_KafkaRebalanceProps: () => toJson_KafkaRebalanceProps,
  toJson_KafkaRebalanceSpec: () => toJson_KafkaRebalanceSpec,
  toJson_KafkaRebalanceSpecMoveReplicasOffVolumes: () => toJson_KafkaRebalanceSpecMoveReplicasOffVolumes,
  toJson_KafkaSpec: () => toJson_KafkaSpec,
  toJson_KafkaSpecClientsCa: () => toJson_KafkaSpecClientsCa,
  toJson_KafkaSpecClusterCa: () => toJson_KafkaSpecClusterCa,
  toJson_KafkaSpecCruiseControl: () => toJson_KafkaSpecCruiseControl,
  toJson_KafkaSpecCruiseControlApiUsers: () => toJson_KafkaSpecCruiseControlApiUsers,
  toJson_KafkaSpecCruiseControlApiUsersValueFrom: () => toJson_KafkaSpecCruiseControlApiUsersValueFrom,
  toJson_KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef: () => toJson_KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef,
  toJson_KafkaSpecCruiseControlAutoRebalance: () => toJson_KafkaSpecCruiseControlAutoRebalance,
  toJson_KafkaSpecCruiseControlAutoRebalanceTemplate: () => toJson_KafkaSpecCruiseControlAutoRebalanceTemplate,
  toJson_KafkaSpecCruiseControlBrokerCapacity: () => toJson_KafkaSpecCruiseControlBrokerCapacity,
  toJson_KafkaSpecCruiseControlBrokerCapacityOverrides: () => toJson_KafkaSpecCruiseControlBrokerCapacityOverrides,
  toJson_KafkaSpecCruiseControlJvmOptions: () => toJson_KafkaSpecCruiseControlJvmOptions,
  toJson_KafkaSpecCruiseControlJvmOptionsJavaSystemProperties: () => toJson_KafkaSpecCruiseControlJvmOptionsJavaSystemProperties,
  toJson_KafkaSpecCruiseControlLivenessProbe: () => toJson_KafkaSpecCruiseControlLivenessProbe,
  toJson_KafkaSpecCruiseControlLogging: () => toJson_KafkaSpecCruiseControlLogging,
  toJson_KafkaSpecCruiseControlLoggingValueFrom: () => toJson_KafkaSpecCruiseControlLoggingValueFrom,
  toJson_KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef: () => toJson_KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef,
  toJson_KafkaSpecCruiseControlMetricsConfig: () => toJson_KafkaSpecCruiseControlMetricsConfig,
  toJson_KafkaSpecCruiseControlMetricsConfigValueFrom: () => toJson_KafkaSpecCruiseControlMetricsConfigValueFrom,
  toJson_KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef: () => toJson_KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef,
  toJson_KafkaSpecCruiseControlMetricsConfigValues: () => toJson_KafkaSpecCruiseControlMetricsConfigValues,
  toJson_KafkaSpecCruiseControlReadinessProbe: () => toJson_KafkaSpecCruiseControlReadinessProbe,
  toJson_KafkaSpecCruiseControlResources: () => toJson_KafkaSpecCruiseControlResources,
  toJson_KafkaSpecCruiseControlResourcesClaims: () => toJson_KafkaSpecCruiseControlResourcesClaims,
  toJson_KafkaSpecCruiseControlTemplate: () => toJson_KafkaSpecCruiseControlTemplate,
  toJson_KafkaSpecCruiseControlTemplateApiService: () => toJson_KafkaSpecCruiseControlTemplateApiService,
  toJson_KafkaSpecCruiseControlTemplateApiServiceMetadata: () => toJson_KafkaSpecCruiseControlTemplateApiServiceMetadata,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainer: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainer,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnv: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnv,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts: () => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts,
  toJson_KafkaSpecCruiseControlTemplateDeployment: () => toJson_KafkaSpecCruiseControlTemplateDeployment,
  toJson_KafkaSpecCruiseControlTemplateDeploymentMetadata: () => toJson_KafkaSpecCruiseControlTemplateDeploymentMetadata,
  toJson_KafkaSpecCruiseControlTemplatePod: () => toJson_KafkaSpecCruiseControlTemplatePod,
  toJson_KafkaSpecCruiseControlTemplatePodAffinity: () => toJson_KafkaSpecCruiseControlTemplatePodAffinity,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinity: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinity,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudget: () => toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudget,
  toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaSpecCruiseControlTemplatePodDnsConfig: () => toJson_KafkaSpecCruiseControlTemplatePodDnsConfig,
  toJson_KafkaSpecCruiseControlTemplatePodDnsConfigOptions: () => toJson_KafkaSpecCruiseControlTemplatePodDnsConfigOptions,
  toJson_KafkaSpecCruiseControlTemplatePodHostAliases: () => toJson_KafkaSpecCruiseControlTemplatePodHostAliases,
  toJson_KafkaSpecCruiseControlTemplatePodImagePullSecrets: () => toJson_KafkaSpecCruiseControlTemplatePodImagePullSecrets,
  toJson_KafkaSpecCruiseControlTemplatePodMetadata: () => toJson_KafkaSpecCruiseControlTemplatePodMetadata,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContext: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContext,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSysctls: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSysctls,
  toJson_KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaSpecCruiseControlTemplatePodTolerations: () => toJson_KafkaSpecCruiseControlTemplatePodTolerations,
  toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints: () => toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints,
  toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaSpecCruiseControlTemplatePodVolumes: () => toJson_KafkaSpecCruiseControlTemplatePodVolumes,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMap: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMap,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesCsi: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesCsi,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesEmptyDir: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesEmptyDir,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesImage: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesImage,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesSecret: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesSecret,
  toJson_KafkaSpecCruiseControlTemplatePodVolumesSecretItems: () => toJson_KafkaSpecCruiseControlTemplatePodVolumesSecretItems,
  toJson_KafkaSpecCruiseControlTemplateServiceAccount: () => toJson_KafkaSpecCruiseControlTemplateServiceAccount,
  toJson_KafkaSpecCruiseControlTemplateServiceAccountMetadata: () => toJson_KafkaSpecCruiseControlTemplateServiceAccountMetadata,
  toJson_KafkaSpecEntityOperator: () => toJson_KafkaSpecEntityOperator,
  toJson_KafkaSpecEntityOperatorTemplate: () => toJson_KafkaSpecEntityOperatorTemplate,
  toJson_KafkaSpecEntityOperatorTemplateDeployment: () => toJson_KafkaSpecEntityOperatorTemplateDeployment,
  toJson_KafkaSpecEntityOperatorTemplateDeploymentMetadata: () => toJson_KafkaSpecEntityOperatorTemplateDeploymentMetadata,
  toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRole: () => toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRole,
  toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata: () => toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata,
  toJson_KafkaSpecEntityOperatorTemplatePod: () => toJson_KafkaSpecEntityOperatorTemplatePod,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinity: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinity,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudget: () => toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudget,
  toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaSpecEntityOperatorTemplatePodDnsConfig: () => toJson_KafkaSpecEntityOperatorTemplatePodDnsConfig,
  toJson_KafkaSpecEntityOperatorTemplatePodDnsConfigOptions: () => toJson_KafkaSpecEntityOperatorTemplatePodDnsConfigOptions,
  toJson_KafkaSpecEntityOperatorTemplatePodHostAliases: () => toJson_KafkaSpecEntityOperatorTemplatePodHostAliases,
  toJson_KafkaSpecEntityOperatorTemplatePodImagePullSecrets: () => toJson_KafkaSpecEntityOperatorTemplatePodImagePullSecrets,
  toJson_KafkaSpecEntityOperatorTemplatePodMetadata: () => toJson_KafkaSpecEntityOperatorTemplatePodMetadata,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContext: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContext,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls,
  toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaSpecEntityOperatorTemplatePodTolerations: () => toJson_KafkaSpecEntityOperatorTemplatePodTolerations,
  toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints: () => toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints,
  toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumes: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumes,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMap: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMap,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsi: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsi,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesImage: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesImage,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecret: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecret,
  toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecretItems: () => toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecretItems,
  toJson_KafkaSpecEntityOperatorTemplateServiceAccount: () => toJson_KafkaSpecEntityOperatorTemplateServiceAccount,
  toJson_KafkaSpecEntityOperatorTemplateServiceAccountMetadata: () => toJson_KafkaSpecEntityOperatorTemplateServiceAccountMetadata,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainer: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainer,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding,
  toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata: () => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainer: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainer,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding,
  toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata: () => toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata,
  toJson_KafkaSpecEntityOperatorTopicOperator: () => toJson_KafkaSpecEntityOperatorTopicOperator,
  toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptions: () => toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptions,
  toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties: () => toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties,
  toJson_KafkaSpecEntityOperatorTopicOperatorLivenessProbe: () => toJson_KafkaSpecEntityOperatorTopicOperatorLivenessProbe,
  toJson_KafkaSpecEntityOperatorTopicOperatorLogging: () => toJson_KafkaSpecEntityOperatorTopicOperatorLogging,
  toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom: () => toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom,
  toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef: () => toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef,
  toJson_KafkaSpecEntityOperatorTopicOperatorReadinessProbe: () => toJson_KafkaSpecEntityOperatorTopicOperatorReadinessProbe,
  toJson_KafkaSpecEntityOperatorTopicOperatorResources: () => toJson_KafkaSpecEntityOperatorTopicOperatorResources,
  toJson_KafkaSpecEntityOperatorTopicOperatorResourcesClaims: () => toJson_KafkaSpecEntityOperatorTopicOperatorResourcesClaims,
  toJson_KafkaSpecEntityOperatorTopicOperatorStartupProbe: () => toJson_KafkaSpecEntityOperatorTopicOperatorStartupProbe,
  toJson_KafkaSpecEntityOperatorUserOperator: () => toJson_KafkaSpecEntityOperatorUserOperator,
  toJson_KafkaSpecEntityOperatorUserOperatorJvmOptions: () => toJson_KafkaSpecEntityOperatorUserOperatorJvmOptions,
  toJson_KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties: () => toJson_KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties,
  toJson_KafkaSpecEntityOperatorUserOperatorLivenessProbe: () => toJson_KafkaSpecEntityOperatorUserOperatorLivenessProbe,
  toJson_KafkaSpecEntityOperatorUserOperatorLogging: () => toJson_KafkaSpecEntityOperatorUserOperatorLogging,
  toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFrom: () => toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFrom,
  toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef: () => toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef,
  toJson_KafkaSpecEntityOperatorUserOperatorReadinessProbe: () => toJson_KafkaSpecEntityOperatorUserOperatorReadinessProbe,
  toJson_KafkaSpecEntityOperatorUserOperatorResources: () => toJson_KafkaSpecEntityOperatorUserOperatorResources,
  toJson_KafkaSpecEntityOperatorUserOperatorResourcesClaims: () => toJson_KafkaSpecEntityOperatorUserOperatorResourcesClaims,
  toJson_KafkaSpecKafka: () => toJson_KafkaSpecKafka,
  toJson_KafkaSpecKafkaAuthorization: () => toJson_KafkaSpecKafkaAuthorization,
  toJson_KafkaSpecKafkaExporter: () => toJson_KafkaSpecKafkaExporter,
  toJson_KafkaSpecKafkaExporterLivenessProbe: () => toJson_KafkaSpecKafkaExporterLivenessProbe,
  toJson_KafkaSpecKafkaExporterReadinessProbe: () => toJson_KafkaSpecKafkaExporterReadinessProbe,
  toJson_KafkaSpecKafkaExporterResources: () => toJson_KafkaSpecKafkaExporterResources,
  toJson_KafkaSpecKafkaExporterResourcesClaims: () => toJson_KafkaSpecKafkaExporterResourcesClaims,
  toJson_KafkaSpecKafkaExporterTemplate: () => toJson_KafkaSpecKafkaExporterTemplate,
  toJson_KafkaSpecKafkaExporterTemplateContainer: () => toJson_KafkaSpecKafkaExporterTemplateContainer,
  toJson_KafkaSpecKafkaExporterTemplateContainerEnv: () => toJson_KafkaSpecKafkaExporterTemplateContainerEnv,
  toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFrom: () => toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFrom,
  toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContext: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContext,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecKafkaExporterTemplateContainerVolumeMounts: () => toJson_KafkaSpecKafkaExporterTemplateContainerVolumeMounts,
  toJson_KafkaSpecKafkaExporterTemplateDeployment: () => toJson_KafkaSpecKafkaExporterTemplateDeployment,
  toJson_KafkaSpecKafkaExporterTemplateDeploymentMetadata: () => toJson_KafkaSpecKafkaExporterTemplateDeploymentMetadata,
  toJson_KafkaSpecKafkaExporterTemplatePod: () => toJson_KafkaSpecKafkaExporterTemplatePod,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinity: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinity,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudget: () => toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudget,
  toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaSpecKafkaExporterTemplatePodDnsConfig: () => toJson_KafkaSpecKafkaExporterTemplatePodDnsConfig,
  toJson_KafkaSpecKafkaExporterTemplatePodDnsConfigOptions: () => toJson_KafkaSpecKafkaExporterTemplatePodDnsConfigOptions,
  toJson_KafkaSpecKafkaExporterTemplatePodHostAliases: () => toJson_KafkaSpecKafkaExporterTemplatePodHostAliases,
  toJson_KafkaSpecKafkaExporterTemplatePodImagePullSecrets: () => toJson_KafkaSpecKafkaExporterTemplatePodImagePullSecrets,
  toJson_KafkaSpecKafkaExporterTemplatePodMetadata: () => toJson_KafkaSpecKafkaExporterTemplatePodMetadata,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContext: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContext,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls,
  toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaSpecKafkaExporterTemplatePodTolerations: () => toJson_KafkaSpecKafkaExporterTemplatePodTolerations,
  toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints: () => toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints,
  toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumes: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumes,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMap: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMap,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsi: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsi,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesImage: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesImage,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecret: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecret,
  toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecretItems: () => toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecretItems,
  toJson_KafkaSpecKafkaExporterTemplateServiceAccount: () => toJson_KafkaSpecKafkaExporterTemplateServiceAccount,
  toJson_KafkaSpecKafkaExporterTemplateServiceAccountMetadata: () => toJson_KafkaSpecKafkaExporterTemplateServiceAccountMetadata,
  toJson_KafkaSpecKafkaJmxOptions: () => toJson_KafkaSpecKafkaJmxOptions,
  toJson_KafkaSpecKafkaJmxOptionsAuthentication: () => toJson_KafkaSpecKafkaJmxOptionsAuthentication,
  toJson_KafkaSpecKafkaJvmOptions: () => toJson_KafkaSpecKafkaJvmOptions,
  toJson_KafkaSpecKafkaJvmOptionsJavaSystemProperties: () => toJson_KafkaSpecKafkaJvmOptionsJavaSystemProperties,
  toJson_KafkaSpecKafkaListeners: () => toJson_KafkaSpecKafkaListeners,
  toJson_KafkaSpecKafkaListenersAuthentication: () => toJson_KafkaSpecKafkaListenersAuthentication,
  toJson_KafkaSpecKafkaListenersConfiguration: () => toJson_KafkaSpecKafkaListenersConfiguration,
  toJson_KafkaSpecKafkaListenersConfigurationBootstrap: () => toJson_KafkaSpecKafkaListenersConfigurationBootstrap,
  toJson_KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey: () => toJson_KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey,
  toJson_KafkaSpecKafkaListenersConfigurationBrokers: () => toJson_KafkaSpecKafkaListenersConfigurationBrokers,
  toJson_KafkaSpecKafkaListenersConfigurationParentRefs: () => toJson_KafkaSpecKafkaListenersConfigurationParentRefs,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeers: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeers,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector,
  toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions: () => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions,
  toJson_KafkaSpecKafkaLivenessProbe: () => toJson_KafkaSpecKafkaLivenessProbe,
  toJson_KafkaSpecKafkaLogging: () => toJson_KafkaSpecKafkaLogging,
  toJson_KafkaSpecKafkaLoggingValueFrom: () => toJson_KafkaSpecKafkaLoggingValueFrom,
  toJson_KafkaSpecKafkaLoggingValueFromConfigMapKeyRef: () => toJson_KafkaSpecKafkaLoggingValueFromConfigMapKeyRef,
  toJson_KafkaSpecKafkaMetricsConfig: () => toJson_KafkaSpecKafkaMetricsConfig,
  toJson_KafkaSpecKafkaMetricsConfigValueFrom: () => toJson_KafkaSpecKafkaMetricsConfigValueFrom,
  toJson_KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef: () => toJson_KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef,
  toJson_KafkaSpecKafkaMetricsConfigValues: () => toJson_KafkaSpecKafkaMetricsConfigValues,
  toJson_KafkaSpecKafkaQuotas: () => toJson_KafkaSpecKafkaQuotas,
  toJson_KafkaSpecKafkaRack: () => toJson_KafkaSpecKafkaRack,
  toJson_KafkaSpecKafkaReadinessProbe: () => toJson_KafkaSpecKafkaReadinessProbe,
  toJson_KafkaSpecKafkaTemplate: () => toJson_KafkaSpecKafkaTemplate,
  toJson_KafkaSpecKafkaTemplateBootstrapService: () => toJson_KafkaSpecKafkaTemplateBootstrapService,
  toJson_KafkaSpecKafkaTemplateBootstrapServiceMetadata: () => toJson_KafkaSpecKafkaTemplateBootstrapServiceMetadata,
  toJson_KafkaSpecKafkaTemplateBrokersService: () => toJson_KafkaSpecKafkaTemplateBrokersService,
  toJson_KafkaSpecKafkaTemplateBrokersServiceMetadata: () => toJson_KafkaSpecKafkaTemplateBrokersServiceMetadata,
  toJson_KafkaSpecKafkaTemplateClusterCaCert: () => toJson_KafkaSpecKafkaTemplateClusterCaCert,
  toJson_KafkaSpecKafkaTemplateClusterCaCertMetadata: () => toJson_KafkaSpecKafkaTemplateClusterCaCertMetadata,
  toJson_KafkaSpecKafkaTemplateClusterRoleBinding: () => toJson_KafkaSpecKafkaTemplateClusterRoleBinding,
  toJson_KafkaSpecKafkaTemplateClusterRoleBindingMetadata: () => toJson_KafkaSpecKafkaTemplateClusterRoleBindingMetadata,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapIngress: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapIngress,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapRoute: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapRoute,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapService: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapService,
  toJson_KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata: () => toJson_KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata,
  toJson_KafkaSpecKafkaTemplateInitContainer: () => toJson_KafkaSpecKafkaTemplateInitContainer,
  toJson_KafkaSpecKafkaTemplateInitContainerEnv: () => toJson_KafkaSpecKafkaTemplateInitContainerEnv,
  toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFrom: () => toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFrom,
  toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContext: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContext,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecKafkaTemplateInitContainerVolumeMounts: () => toJson_KafkaSpecKafkaTemplateInitContainerVolumeMounts,
  toJson_KafkaSpecKafkaTemplateJmxSecret: () => toJson_KafkaSpecKafkaTemplateJmxSecret,
  toJson_KafkaSpecKafkaTemplateJmxSecretMetadata: () => toJson_KafkaSpecKafkaTemplateJmxSecretMetadata,
  toJson_KafkaSpecKafkaTemplateKafkaContainer: () => toJson_KafkaSpecKafkaTemplateKafkaContainer,
  toJson_KafkaSpecKafkaTemplateKafkaContainerEnv: () => toJson_KafkaSpecKafkaTemplateKafkaContainerEnv,
  toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom: () => toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom,
  toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef: () => toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef,
  toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef: () => toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContext: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContext,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile,
  toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions: () => toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions,
  toJson_KafkaSpecKafkaTemplateKafkaContainerVolumeMounts: () => toJson_KafkaSpecKafkaTemplateKafkaContainerVolumeMounts,
  toJson_KafkaSpecKafkaTemplatePerPodIngress: () => toJson_KafkaSpecKafkaTemplatePerPodIngress,
  toJson_KafkaSpecKafkaTemplatePerPodIngressMetadata: () => toJson_KafkaSpecKafkaTemplatePerPodIngressMetadata,
  toJson_KafkaSpecKafkaTemplatePerPodRoute: () => toJson_KafkaSpecKafkaTemplatePerPodRoute,
  toJson_KafkaSpecKafkaTemplatePerPodRouteMetadata: () => toJson_KafkaSpecKafkaTemplatePerPodRouteMetadata,
  toJson_KafkaSpecKafkaTemplatePerPodService: () => toJson_KafkaSpecKafkaTemplatePerPodService,
  toJson_KafkaSpecKafkaTemplatePerPodServiceMetadata: () => toJson_KafkaSpecKafkaTemplatePerPodServiceMetadata,
  toJson_KafkaSpecKafkaTemplatePersistentVolumeClaim: () => toJson_KafkaSpecKafkaTemplatePersistentVolumeClaim,
  toJson_KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata: () => toJson_KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata,
  toJson_KafkaSpecKafkaTemplatePod: () => toJson_KafkaSpecKafkaTemplatePod,
  toJson_KafkaSpecKafkaTemplatePodAffinity: () => toJson_KafkaSpecKafkaTemplatePodAffinity,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinity: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinity,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinity: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinity,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodDisruptionBudget: () => toJson_KafkaSpecKafkaTemplatePodDisruptionBudget,
  toJson_KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata: () => toJson_KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata,
  toJson_KafkaSpecKafkaTemplatePodDnsConfig: () => toJson_KafkaSpecKafkaTemplatePodDnsConfig,
  toJson_KafkaSpecKafkaTemplatePodDnsConfigOptions: () => toJson_KafkaSpecKafkaTemplatePodDnsConfigOptions,
  toJson_KafkaSpecKafkaTemplatePodHostAliases: () => toJson_KafkaSpecKafkaTemplatePodHostAliases,
  toJson_KafkaSpecKafkaTemplatePodImagePullSecrets: () => toJson_KafkaSpecKafkaTemplatePodImagePullSecrets,
  toJson_KafkaSpecKafkaTemplatePodMetadata: () => toJson_KafkaSpecKafkaTemplatePodMetadata,
  toJson_KafkaSpecKafkaTemplatePodSecurityContext: () => toJson_KafkaSpecKafkaTemplatePodSecurityContext,
  toJson_KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile: () => toJson_KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile,
  toJson_KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions: () => toJson_KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions,
  toJson_KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile: () => toJson_KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile,
  toJson_KafkaSpecKafkaTemplatePodSecurityContextSysctls: () => toJson_KafkaSpecKafkaTemplatePodSecurityContextSysctls,
  toJson_KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions: () => toJson_KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions,
  toJson_KafkaSpecKafkaTemplatePodSet: () => toJson_KafkaSpecKafkaTemplatePodSet,
  toJson_KafkaSpecKafkaTemplatePodSetMetadata: () => toJson_KafkaSpecKafkaTemplatePodSetMetadata,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumes: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumes,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecret: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecret,
  toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems: () => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems,
  toJson_KafkaSpecKafkaTemplatePodTolerations: () => toJson_KafkaSpecKafkaTemplatePodTolerations,
  toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraints: () => toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraints,
  toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector: () => toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector,
  toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions: () => toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions,
  toJson_KafkaSpecKafkaTemplatePodVolumes: () => toJson_KafkaSpecKafkaTemplatePodVolumes,
  toJson_KafkaSpecKafkaTemplatePodVolumesConfigMap: () => toJson_KafkaSpecKafkaTemplatePodVolumesConfigMap,
  toJson_KafkaSpecKafkaTemplatePodVolumesConfigMapItems: () => toJson_KafkaSpecKafkaTemplatePodVolumesConfigMapItems,
  toJson_KafkaSpecKafkaTemplatePodVolumesCsi: () => toJson_KafkaSpecKafkaTemplatePodVolumesCsi,
  toJson_KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef: () => toJson_KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef,
  toJson_KafkaSpecKafkaTemplatePodVolumesEmptyDir: () => toJson_KafkaSpecKafkaTemplatePodVolumesEmptyDir,
  toJson_KafkaSpecKafkaTemplatePodVolumesImage: () => toJson_KafkaSpecKafkaTemplatePodVolumesImage,
  toJson_KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim: () => toJson_KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim,
  toJson_KafkaSpecKafkaTemplatePodVolumesSecret: () => toJson_KafkaSpecKafkaTemplatePodVolumesSecret,
  toJson_KafkaSpecKafkaTemplatePodVolumesSecretItems: () => toJson_KafkaSpecKafkaTemplatePodVolumesSecretItems,
  toJson_KafkaSpecKafkaTemplateServiceAccount: () => toJson_KafkaSpecKafkaTemplateServiceAccount,
  toJson_KafkaSpecKafkaTemplateServiceAccountMetadata: () => toJson_KafkaSpecKafkaTemplateServiceAccountMetadata,
  toJson_KafkaSpecKafkaTieredStorage: () => toJson_KafkaSpecKafkaTieredStorage,
  toJson_KafkaSpecKafkaTieredStorageRemoteStorageManager: () => toJson_KafkaSpecKafkaTieredStorageRemoteStorageManager,
  toJson_KafkaTopicProps: () => toJson_KafkaTopicProps,
  toJson_KafkaTopicSpec: () => toJson_KafkaTopicSpec,
  toJson_KafkaUserProps: () => toJson_KafkaUserProps,
  toJson_KafkaUserSpec: () => toJson_KafkaUserSpec,
  toJson_KafkaUserSpecAuthentication: () => toJson_KafkaUserSpecAuthentication,
  toJson_KafkaUserSpecAuthenticationPassword: () => toJson_KafkaUserSpecAuthenticationPassword,
  toJson_KafkaUserSpecAuthenticationPasswordValueFrom: () => toJson_KafkaUserSpecAuthenticationPasswordValueFrom,
  toJson_KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef: () => toJson_KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef,
  toJson_KafkaUserSpecAuthorization: () => toJson_KafkaUserSpecAuthorization,
  toJson_KafkaUserSpecAuthorizationAcls: () => toJson_KafkaUserSpecAuthorizationAcls,
  toJson_KafkaUserSpecAuthorizationAclsResource: () => toJson_KafkaUserSpecAuthorizationAclsResource,
  toJson_KafkaUserSpecQuotas: () => toJson_KafkaUserSpecQuotas,
  toJson_KafkaUserSpecTemplate: () => toJson_KafkaUserSpecTemplate,
  toJson_KafkaUserSpecTemplateSecret: () => toJson_KafkaUserSpecTemplateSecret,
  toJson_KafkaUserSpecTemplateSecretMetadata: () => toJson_KafkaUserSpecTemplateSecretMetadata
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class Kafka extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Kafka"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "Kafka"
  };
  /**
   * Renders a Kubernetes manifest for "Kafka".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Kafka.GVK,
      ...toJson_KafkaProps(props)
    };
  }
  /**
   * Defines a "Kafka" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Kafka.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Kafka.GVK,
      ...toJson_KafkaProps(resolved)
    };
  }
}
function toJson_KafkaProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kafka": toJson_KafkaSpecKafka(obj.kafka),
    "entityOperator": toJson_KafkaSpecEntityOperator(obj.entityOperator),
    "clusterCa": toJson_KafkaSpecClusterCa(obj.clusterCa),
    "clientsCa": toJson_KafkaSpecClientsCa(obj.clientsCa),
    "cruiseControl": toJson_KafkaSpecCruiseControl(obj.cruiseControl),
    "kafkaExporter": toJson_KafkaSpecKafkaExporter(obj.kafkaExporter),
    "maintenanceTimeWindows": obj.maintenanceTimeWindows?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafka(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "version": obj.version,
    "metadataVersion": obj.metadataVersion,
    "image": obj.image,
    "listeners": obj.listeners?.map((y) => toJson_KafkaSpecKafkaListeners(y)),
    "config": obj.config,
    "authorization": toJson_KafkaSpecKafkaAuthorization(obj.authorization),
    "rack": toJson_KafkaSpecKafkaRack(obj.rack),
    "brokerRackInitImage": obj.brokerRackInitImage,
    "livenessProbe": toJson_KafkaSpecKafkaLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaSpecKafkaReadinessProbe(obj.readinessProbe),
    "jvmOptions": toJson_KafkaSpecKafkaJvmOptions(obj.jvmOptions),
    "jmxOptions": toJson_KafkaSpecKafkaJmxOptions(obj.jmxOptions),
    "metricsConfig": toJson_KafkaSpecKafkaMetricsConfig(obj.metricsConfig),
    "logging": toJson_KafkaSpecKafkaLogging(obj.logging),
    "template": toJson_KafkaSpecKafkaTemplate(obj.template),
    "tieredStorage": toJson_KafkaSpecKafkaTieredStorage(obj.tieredStorage),
    "quotas": toJson_KafkaSpecKafkaQuotas(obj.quotas)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "topicOperator": toJson_KafkaSpecEntityOperatorTopicOperator(obj.topicOperator),
    "userOperator": toJson_KafkaSpecEntityOperatorUserOperator(obj.userOperator),
    "template": toJson_KafkaSpecEntityOperatorTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecClusterCa(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generateCertificateAuthority": obj.generateCertificateAuthority,
    "generateSecretOwnerReference": obj.generateSecretOwnerReference,
    "validityDays": obj.validityDays,
    "renewalDays": obj.renewalDays,
    "certificateExpirationPolicy": obj.certificateExpirationPolicy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecClientsCa(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generateCertificateAuthority": obj.generateCertificateAuthority,
    "generateSecretOwnerReference": obj.generateSecretOwnerReference,
    "validityDays": obj.validityDays,
    "renewalDays": obj.renewalDays,
    "certificateExpirationPolicy": obj.certificateExpirationPolicy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControl(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "image": obj.image,
    "resources": toJson_KafkaSpecCruiseControlResources(obj.resources),
    "livenessProbe": toJson_KafkaSpecCruiseControlLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaSpecCruiseControlReadinessProbe(obj.readinessProbe),
    "jvmOptions": toJson_KafkaSpecCruiseControlJvmOptions(obj.jvmOptions),
    "logging": toJson_KafkaSpecCruiseControlLogging(obj.logging),
    "template": toJson_KafkaSpecCruiseControlTemplate(obj.template),
    "brokerCapacity": toJson_KafkaSpecCruiseControlBrokerCapacity(obj.brokerCapacity),
    "config": obj.config,
    "metricsConfig": toJson_KafkaSpecCruiseControlMetricsConfig(obj.metricsConfig),
    "apiUsers": toJson_KafkaSpecCruiseControlApiUsers(obj.apiUsers),
    "autoRebalance": obj.autoRebalance?.map((y) => toJson_KafkaSpecCruiseControlAutoRebalance(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporter(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "image": obj.image,
    "groupRegex": obj.groupRegex,
    "topicRegex": obj.topicRegex,
    "groupExcludeRegex": obj.groupExcludeRegex,
    "topicExcludeRegex": obj.topicExcludeRegex,
    "resources": toJson_KafkaSpecKafkaExporterResources(obj.resources),
    "logging": obj.logging,
    "livenessProbe": toJson_KafkaSpecKafkaExporterLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaSpecKafkaExporterReadinessProbe(obj.readinessProbe),
    "enableSaramaLogging": obj.enableSaramaLogging,
    "showAllOffsets": obj.showAllOffsets,
    "template": toJson_KafkaSpecKafkaExporterTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListeners(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "port": obj.port,
    "type": obj.type,
    "tls": obj.tls,
    "authentication": toJson_KafkaSpecKafkaListenersAuthentication(obj.authentication),
    "configuration": toJson_KafkaSpecKafkaListenersConfiguration(obj.configuration),
    "networkPolicyPeers": obj.networkPolicyPeers?.map((y) => toJson_KafkaSpecKafkaListenersNetworkPolicyPeers(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaAuthorization(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authorizerClass": obj.authorizerClass,
    "superUsers": obj.superUsers?.map((y) => y),
    "supportsAdminApi": obj.supportsAdminApi,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaRack(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "envVarName": obj.envVarName,
    "topologyKey": obj.topologyKey,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaSpecKafkaJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaJmxOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authentication": toJson_KafkaSpecKafkaJmxOptionsAuthentication(obj.authentication)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaMetricsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecKafkaMetricsConfigValueFrom(obj.valueFrom),
    "values": toJson_KafkaSpecKafkaMetricsConfigValues(obj.values)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecKafkaLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pod": toJson_KafkaSpecKafkaTemplatePod(obj.pod),
    "bootstrapService": toJson_KafkaSpecKafkaTemplateBootstrapService(obj.bootstrapService),
    "brokersService": toJson_KafkaSpecKafkaTemplateBrokersService(obj.brokersService),
    "externalBootstrapService": toJson_KafkaSpecKafkaTemplateExternalBootstrapService(obj.externalBootstrapService),
    "perPodService": toJson_KafkaSpecKafkaTemplatePerPodService(obj.perPodService),
    "externalBootstrapRoute": toJson_KafkaSpecKafkaTemplateExternalBootstrapRoute(obj.externalBootstrapRoute),
    "perPodRoute": toJson_KafkaSpecKafkaTemplatePerPodRoute(obj.perPodRoute),
    "externalBootstrapIngress": toJson_KafkaSpecKafkaTemplateExternalBootstrapIngress(obj.externalBootstrapIngress),
    "perPodIngress": toJson_KafkaSpecKafkaTemplatePerPodIngress(obj.perPodIngress),
    "persistentVolumeClaim": toJson_KafkaSpecKafkaTemplatePersistentVolumeClaim(obj.persistentVolumeClaim),
    "podDisruptionBudget": toJson_KafkaSpecKafkaTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "kafkaContainer": toJson_KafkaSpecKafkaTemplateKafkaContainer(obj.kafkaContainer),
    "initContainer": toJson_KafkaSpecKafkaTemplateInitContainer(obj.initContainer),
    "clusterCaCert": toJson_KafkaSpecKafkaTemplateClusterCaCert(obj.clusterCaCert),
    "serviceAccount": toJson_KafkaSpecKafkaTemplateServiceAccount(obj.serviceAccount),
    "jmxSecret": toJson_KafkaSpecKafkaTemplateJmxSecret(obj.jmxSecret),
    "clusterRoleBinding": toJson_KafkaSpecKafkaTemplateClusterRoleBinding(obj.clusterRoleBinding),
    "podSet": toJson_KafkaSpecKafkaTemplatePodSet(obj.podSet)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTieredStorage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "remoteStorageManager": toJson_KafkaSpecKafkaTieredStorageRemoteStorageManager(obj.remoteStorageManager),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaQuotas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "consumerByteRate": obj.consumerByteRate,
    "controllerMutationRate": obj.controllerMutationRate,
    "excludedPrincipals": obj.excludedPrincipals?.map((y) => y),
    "minAvailableBytesPerVolume": obj.minAvailableBytesPerVolume,
    "minAvailableRatioPerVolume": obj.minAvailableRatioPerVolume,
    "producerByteRate": obj.producerByteRate,
    "requestPercentage": obj.requestPercentage,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "watchedNamespace": obj.watchedNamespace,
    "image": obj.image,
    "reconciliationIntervalMs": obj.reconciliationIntervalMs,
    "startupProbe": toJson_KafkaSpecEntityOperatorTopicOperatorStartupProbe(obj.startupProbe),
    "livenessProbe": toJson_KafkaSpecEntityOperatorTopicOperatorLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaSpecEntityOperatorTopicOperatorReadinessProbe(obj.readinessProbe),
    "resources": toJson_KafkaSpecEntityOperatorTopicOperatorResources(obj.resources),
    "logging": toJson_KafkaSpecEntityOperatorTopicOperatorLogging(obj.logging),
    "jvmOptions": toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptions(obj.jvmOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "watchedNamespace": obj.watchedNamespace,
    "image": obj.image,
    "reconciliationIntervalMs": obj.reconciliationIntervalMs,
    "secretPrefix": obj.secretPrefix,
    "livenessProbe": toJson_KafkaSpecEntityOperatorUserOperatorLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaSpecEntityOperatorUserOperatorReadinessProbe(obj.readinessProbe),
    "resources": toJson_KafkaSpecEntityOperatorUserOperatorResources(obj.resources),
    "logging": toJson_KafkaSpecEntityOperatorUserOperatorLogging(obj.logging),
    "jvmOptions": toJson_KafkaSpecEntityOperatorUserOperatorJvmOptions(obj.jvmOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "deployment": toJson_KafkaSpecEntityOperatorTemplateDeployment(obj.deployment),
    "pod": toJson_KafkaSpecEntityOperatorTemplatePod(obj.pod),
    "topicOperatorContainer": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainer(obj.topicOperatorContainer),
    "userOperatorContainer": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainer(obj.userOperatorContainer),
    "serviceAccount": toJson_KafkaSpecEntityOperatorTemplateServiceAccount(obj.serviceAccount),
    "podDisruptionBudget": toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "entityOperatorRole": toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRole(obj.entityOperatorRole),
    "topicOperatorRoleBinding": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding(obj.topicOperatorRoleBinding),
    "userOperatorRoleBinding": toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding(obj.userOperatorRoleBinding)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecClusterCaCertificateExpirationPolicy = /* @__PURE__ */ ((KafkaSpecClusterCaCertificateExpirationPolicy2) => {
  KafkaSpecClusterCaCertificateExpirationPolicy2["RENEW_HYPHEN_CERTIFICATE"] = "renew-certificate";
  KafkaSpecClusterCaCertificateExpirationPolicy2["REPLACE_HYPHEN_KEY"] = "replace-key";
  return KafkaSpecClusterCaCertificateExpirationPolicy2;
})(KafkaSpecClusterCaCertificateExpirationPolicy || {});
var KafkaSpecClientsCaCertificateExpirationPolicy = /* @__PURE__ */ ((KafkaSpecClientsCaCertificateExpirationPolicy2) => {
  KafkaSpecClientsCaCertificateExpirationPolicy2["RENEW_HYPHEN_CERTIFICATE"] = "renew-certificate";
  KafkaSpecClientsCaCertificateExpirationPolicy2["REPLACE_HYPHEN_KEY"] = "replace-key";
  return KafkaSpecClientsCaCertificateExpirationPolicy2;
})(KafkaSpecClientsCaCertificateExpirationPolicy || {});
function toJson_KafkaSpecCruiseControlResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaSpecCruiseControlResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaSpecCruiseControlJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecCruiseControlLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "deployment": toJson_KafkaSpecCruiseControlTemplateDeployment(obj.deployment),
    "pod": toJson_KafkaSpecCruiseControlTemplatePod(obj.pod),
    "apiService": toJson_KafkaSpecCruiseControlTemplateApiService(obj.apiService),
    "podDisruptionBudget": toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "cruiseControlContainer": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainer(obj.cruiseControlContainer),
    "serviceAccount": toJson_KafkaSpecCruiseControlTemplateServiceAccount(obj.serviceAccount)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlBrokerCapacity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cpu": obj.cpu,
    "inboundNetwork": obj.inboundNetwork,
    "outboundNetwork": obj.outboundNetwork,
    "overrides": obj.overrides?.map((y) => toJson_KafkaSpecCruiseControlBrokerCapacityOverrides(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlMetricsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecCruiseControlMetricsConfigValueFrom(obj.valueFrom),
    "values": toJson_KafkaSpecCruiseControlMetricsConfigValues(obj.values)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlApiUsers(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecCruiseControlApiUsersValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlAutoRebalance(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mode": obj.mode,
    "template": toJson_KafkaSpecCruiseControlAutoRebalanceTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaSpecKafkaExporterResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "deployment": toJson_KafkaSpecKafkaExporterTemplateDeployment(obj.deployment),
    "pod": toJson_KafkaSpecKafkaExporterTemplatePod(obj.pod),
    "container": toJson_KafkaSpecKafkaExporterTemplateContainer(obj.container),
    "serviceAccount": toJson_KafkaSpecKafkaExporterTemplateServiceAccount(obj.serviceAccount),
    "podDisruptionBudget": toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudget(obj.podDisruptionBudget)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaListenersType = /* @__PURE__ */ ((KafkaSpecKafkaListenersType2) => {
  KafkaSpecKafkaListenersType2["INTERNAL"] = "internal";
  KafkaSpecKafkaListenersType2["ROUTE"] = "route";
  KafkaSpecKafkaListenersType2["TLSROUTE"] = "tlsroute";
  KafkaSpecKafkaListenersType2["LOADBALANCER"] = "loadbalancer";
  KafkaSpecKafkaListenersType2["NODEPORT"] = "nodeport";
  KafkaSpecKafkaListenersType2["INGRESS"] = "ingress";
  KafkaSpecKafkaListenersType2["CLUSTER_HYPHEN_IP"] = "cluster-ip";
  return KafkaSpecKafkaListenersType2;
})(KafkaSpecKafkaListenersType || {});
function toJson_KafkaSpecKafkaListenersAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "listenerConfig": obj.listenerConfig,
    "sasl": obj.sasl,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersConfiguration(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "brokerCertChainAndKey": toJson_KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey(obj.brokerCertChainAndKey),
    "class": obj.class,
    "externalTrafficPolicy": obj.externalTrafficPolicy,
    "loadBalancerSourceRanges": obj.loadBalancerSourceRanges?.map((y) => y),
    "bootstrap": toJson_KafkaSpecKafkaListenersConfigurationBootstrap(obj.bootstrap),
    "brokers": obj.brokers?.map((y) => toJson_KafkaSpecKafkaListenersConfigurationBrokers(y)),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y),
    "createBootstrapService": obj.createBootstrapService,
    "finalizers": obj.finalizers?.map((y) => y),
    "useServiceDnsDomain": obj.useServiceDnsDomain,
    "maxConnections": obj.maxConnections,
    "maxConnectionCreationRate": obj.maxConnectionCreationRate,
    "preferredNodePortAddressType": obj.preferredNodePortAddressType,
    "publishNotReadyAddresses": obj.publishNotReadyAddresses,
    "perBrokerAnnotationsTemplate": obj.perBrokerAnnotationsTemplate === void 0 ? void 0 : Object.entries(obj.perBrokerAnnotationsTemplate).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "perBrokerLabelsTemplate": obj.perBrokerLabelsTemplate === void 0 ? void 0 : Object.entries(obj.perBrokerLabelsTemplate).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "hostTemplate": obj.hostTemplate,
    "advertisedHostTemplate": obj.advertisedHostTemplate,
    "advertisedPortTemplate": obj.advertisedPortTemplate,
    "allocateLoadBalancerNodePorts": obj.allocateLoadBalancerNodePorts,
    "parentRefs": obj.parentRefs?.map((y) => toJson_KafkaSpecKafkaListenersConfigurationParentRefs(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeers(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ipBlock": toJson_KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock(obj.ipBlock),
    "namespaceSelector": toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector(obj.namespaceSelector),
    "podSelector": toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector(obj.podSelector)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaAuthorizationType = /* @__PURE__ */ ((KafkaSpecKafkaAuthorizationType2) => {
  KafkaSpecKafkaAuthorizationType2["SIMPLE"] = "simple";
  KafkaSpecKafkaAuthorizationType2["CUSTOM"] = "custom";
  return KafkaSpecKafkaAuthorizationType2;
})(KafkaSpecKafkaAuthorizationType || {});
var KafkaSpecKafkaRackType = /* @__PURE__ */ ((KafkaSpecKafkaRackType2) => {
  KafkaSpecKafkaRackType2["TOPOLOGY_HYPHEN_LABEL"] = "topology-label";
  KafkaSpecKafkaRackType2["ENVIRONMENT_HYPHEN_VARIABLE"] = "environment-variable";
  return KafkaSpecKafkaRackType2;
})(KafkaSpecKafkaRackType || {});
function toJson_KafkaSpecKafkaJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaJmxOptionsAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaMetricsConfigType = /* @__PURE__ */ ((KafkaSpecKafkaMetricsConfigType2) => {
  KafkaSpecKafkaMetricsConfigType2["JMX_PROMETHEUS_EXPORTER"] = "jmxPrometheusExporter";
  KafkaSpecKafkaMetricsConfigType2["STRIMZI_METRICS_REPORTER"] = "strimziMetricsReporter";
  return KafkaSpecKafkaMetricsConfigType2;
})(KafkaSpecKafkaMetricsConfigType || {});
function toJson_KafkaSpecKafkaMetricsConfigValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaMetricsConfigValues(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowList": obj.allowList?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaLoggingType = /* @__PURE__ */ ((KafkaSpecKafkaLoggingType2) => {
  KafkaSpecKafkaLoggingType2["INLINE"] = "inline";
  KafkaSpecKafkaLoggingType2["EXTERNAL"] = "external";
  return KafkaSpecKafkaLoggingType2;
})(KafkaSpecKafkaLoggingType || {});
function toJson_KafkaSpecKafkaLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecKafkaLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaSpecKafkaTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaSpecKafkaTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaSpecKafkaTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaSpecKafkaTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaSpecKafkaTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaSpecKafkaTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaSpecKafkaTemplatePodVolumes(y)),
    "templatedVolumes": obj.templatedVolumes?.map((y) => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateBootstrapService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateBootstrapServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateBrokersService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateBrokersServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateExternalBootstrapService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePerPodServiceMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateExternalBootstrapRoute(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodRoute(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePerPodRouteMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateExternalBootstrapIngress(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodIngress(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePerPodIngressMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecKafkaTemplateKafkaContainerEnv(y)),
    "securityContext": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecKafkaTemplateKafkaContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecKafkaTemplateInitContainerEnv(y)),
    "securityContext": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecKafkaTemplateInitContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateClusterCaCert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateClusterCaCertMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateJmxSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateJmxSecretMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateClusterRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplateClusterRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaTemplatePodSetMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTieredStorageRemoteStorageManager(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "className": obj.className,
    "classPath": obj.classPath,
    "config": obj.config === void 0 ? void 0 : Object.entries(obj.config).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaTieredStorageType = /* @__PURE__ */ ((KafkaSpecKafkaTieredStorageType2) => {
  KafkaSpecKafkaTieredStorageType2["CUSTOM"] = "custom";
  return KafkaSpecKafkaTieredStorageType2;
})(KafkaSpecKafkaTieredStorageType || {});
var KafkaSpecKafkaQuotasType = /* @__PURE__ */ ((KafkaSpecKafkaQuotasType2) => {
  KafkaSpecKafkaQuotasType2["KAFKA"] = "kafka";
  KafkaSpecKafkaQuotasType2["STRIMZI"] = "strimzi";
  return KafkaSpecKafkaQuotasType2;
})(KafkaSpecKafkaQuotasType || {});
function toJson_KafkaSpecEntityOperatorTopicOperatorStartupProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaSpecEntityOperatorTopicOperatorResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaSpecEntityOperatorUserOperatorResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateDeployment(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplateDeploymentMetadata(obj.metadata),
    "deploymentStrategy": obj.deploymentStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaSpecEntityOperatorTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaSpecEntityOperatorTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaSpecEntityOperatorTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv(y)),
    "securityContext": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv(y)),
    "securityContext": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRole(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaSpecCruiseControlResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecCruiseControlResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaSpecCruiseControlResourcesLimits(value);
  }
}
class KafkaSpecCruiseControlResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecCruiseControlResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaSpecCruiseControlResourcesRequests(value);
  }
}
function toJson_KafkaSpecCruiseControlJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlLoggingType = /* @__PURE__ */ ((KafkaSpecCruiseControlLoggingType2) => {
  KafkaSpecCruiseControlLoggingType2["INLINE"] = "inline";
  KafkaSpecCruiseControlLoggingType2["EXTERNAL"] = "external";
  return KafkaSpecCruiseControlLoggingType2;
})(KafkaSpecCruiseControlLoggingType || {});
function toJson_KafkaSpecCruiseControlLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateDeployment(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecCruiseControlTemplateDeploymentMetadata(obj.metadata),
    "deploymentStrategy": obj.deploymentStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecCruiseControlTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaSpecCruiseControlTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaSpecCruiseControlTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaSpecCruiseControlTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateApiService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecCruiseControlTemplateApiServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnv(y)),
    "securityContext": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecCruiseControlTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlBrokerCapacityOverrides(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "brokers": obj.brokers?.map((y) => y),
    "cpu": obj.cpu,
    "inboundNetwork": obj.inboundNetwork,
    "outboundNetwork": obj.outboundNetwork
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlMetricsConfigType = /* @__PURE__ */ ((KafkaSpecCruiseControlMetricsConfigType2) => {
  KafkaSpecCruiseControlMetricsConfigType2["JMX_PROMETHEUS_EXPORTER"] = "jmxPrometheusExporter";
  KafkaSpecCruiseControlMetricsConfigType2["STRIMZI_METRICS_REPORTER"] = "strimziMetricsReporter";
  return KafkaSpecCruiseControlMetricsConfigType2;
})(KafkaSpecCruiseControlMetricsConfigType || {});
function toJson_KafkaSpecCruiseControlMetricsConfigValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlMetricsConfigValues(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowList": obj.allowList?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlApiUsersType = /* @__PURE__ */ ((KafkaSpecCruiseControlApiUsersType2) => {
  KafkaSpecCruiseControlApiUsersType2["HASH_LOGIN_SERVICE"] = "hashLoginService";
  return KafkaSpecCruiseControlApiUsersType2;
})(KafkaSpecCruiseControlApiUsersType || {});
function toJson_KafkaSpecCruiseControlApiUsersValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef(obj.secretKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlAutoRebalanceMode = /* @__PURE__ */ ((KafkaSpecCruiseControlAutoRebalanceMode2) => {
  KafkaSpecCruiseControlAutoRebalanceMode2["ADD_HYPHEN_BROKERS"] = "add-brokers";
  KafkaSpecCruiseControlAutoRebalanceMode2["REMOVE_HYPHEN_BROKERS"] = "remove-brokers";
  return KafkaSpecCruiseControlAutoRebalanceMode2;
})(KafkaSpecCruiseControlAutoRebalanceMode || {});
function toJson_KafkaSpecCruiseControlAutoRebalanceTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaSpecKafkaExporterResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecKafkaExporterResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaSpecKafkaExporterResourcesLimits(value);
  }
}
class KafkaSpecKafkaExporterResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecKafkaExporterResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaSpecKafkaExporterResourcesRequests(value);
  }
}
function toJson_KafkaSpecKafkaExporterTemplateDeployment(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaExporterTemplateDeploymentMetadata(obj.metadata),
    "deploymentStrategy": obj.deploymentStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaExporterTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaSpecKafkaExporterTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaSpecKafkaExporterTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaSpecKafkaExporterTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaSpecKafkaExporterTemplateContainerEnv(y)),
    "securityContext": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaSpecKafkaExporterTemplateContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaExporterTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaListenersAuthenticationType = /* @__PURE__ */ ((KafkaSpecKafkaListenersAuthenticationType2) => {
  KafkaSpecKafkaListenersAuthenticationType2["TLS"] = "tls";
  KafkaSpecKafkaListenersAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  KafkaSpecKafkaListenersAuthenticationType2["CUSTOM"] = "custom";
  return KafkaSpecKafkaListenersAuthenticationType2;
})(KafkaSpecKafkaListenersAuthenticationType || {});
function toJson_KafkaSpecKafkaListenersConfigurationBrokerCertChainAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy = /* @__PURE__ */ ((KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy2) => {
  KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy2["LOCAL"] = "Local";
  KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy2["CLUSTER"] = "Cluster";
  return KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy2;
})(KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy || {});
function toJson_KafkaSpecKafkaListenersConfigurationBootstrap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "alternativeNames": obj.alternativeNames?.map((y) => y),
    "host": obj.host,
    "nodePort": obj.nodePort,
    "loadBalancerIP": obj.loadBalancerIp,
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "externalIPs": obj.externalIPs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersConfigurationBrokers(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "broker": obj.broker,
    "advertisedHost": obj.advertisedHost,
    "advertisedPort": obj.advertisedPort,
    "host": obj.host,
    "nodePort": obj.nodePort,
    "loadBalancerIP": obj.loadBalancerIp,
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "externalIPs": obj.externalIPs?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaListenersConfigurationIpFamilyPolicy = /* @__PURE__ */ ((KafkaSpecKafkaListenersConfigurationIpFamilyPolicy2) => {
  KafkaSpecKafkaListenersConfigurationIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaSpecKafkaListenersConfigurationIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaSpecKafkaListenersConfigurationIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaSpecKafkaListenersConfigurationIpFamilyPolicy2;
})(KafkaSpecKafkaListenersConfigurationIpFamilyPolicy || {});
var KafkaSpecKafkaListenersConfigurationIpFamilies = /* @__PURE__ */ ((KafkaSpecKafkaListenersConfigurationIpFamilies2) => {
  KafkaSpecKafkaListenersConfigurationIpFamilies2["I_PV4"] = "IPv4";
  KafkaSpecKafkaListenersConfigurationIpFamilies2["I_PV6"] = "IPv6";
  return KafkaSpecKafkaListenersConfigurationIpFamilies2;
})(KafkaSpecKafkaListenersConfigurationIpFamilies || {});
var KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType = /* @__PURE__ */ ((KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2) => {
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2["EXTERNAL_IP"] = "ExternalIP";
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2["EXTERNAL_DNS"] = "ExternalDNS";
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2["INTERNAL_IP"] = "InternalIP";
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2["INTERNAL_DNS"] = "InternalDNS";
  KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2["HOSTNAME"] = "Hostname";
  return KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType2;
})(KafkaSpecKafkaListenersConfigurationPreferredNodePortAddressType || {});
function toJson_KafkaSpecKafkaListenersConfigurationParentRefs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "group": obj.group,
    "name": obj.name,
    "namespace": obj.namespace,
    "port": obj.port,
    "sectionName": obj.sectionName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersIpBlock(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cidr": obj.cidr,
    "except": obj.except?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaJmxOptionsAuthenticationType = /* @__PURE__ */ ((KafkaSpecKafkaJmxOptionsAuthenticationType2) => {
  KafkaSpecKafkaJmxOptionsAuthenticationType2["PASSWORD"] = "password";
  return KafkaSpecKafkaJmxOptionsAuthenticationType2;
})(KafkaSpecKafkaJmxOptionsAuthenticationType || {});
function toJson_KafkaSpecKafkaMetricsConfigValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecKafkaLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaSpecKafkaTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTolerations(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaSpecKafkaTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaSpecKafkaTemplatePodDnsPolicy2) => {
  KafkaSpecKafkaTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaSpecKafkaTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaSpecKafkaTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaSpecKafkaTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaSpecKafkaTemplatePodDnsPolicy2;
})(KafkaSpecKafkaTemplatePodDnsPolicy || {});
function toJson_KafkaSpecKafkaTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaSpecKafkaTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaSpecKafkaTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaSpecKafkaTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaSpecKafkaTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaSpecKafkaTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaSpecKafkaTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecret(obj.secret),
    "configMap": toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap(obj.configMap),
    "persistentVolumeClaim": toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim(obj.persistentVolumeClaim)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateBootstrapServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy2) => {
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy2;
})(KafkaSpecKafkaTemplateBootstrapServiceIpFamilyPolicy || {});
var KafkaSpecKafkaTemplateBootstrapServiceIpFamilies = /* @__PURE__ */ ((KafkaSpecKafkaTemplateBootstrapServiceIpFamilies2) => {
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaSpecKafkaTemplateBootstrapServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaSpecKafkaTemplateBootstrapServiceIpFamilies2;
})(KafkaSpecKafkaTemplateBootstrapServiceIpFamilies || {});
function toJson_KafkaSpecKafkaTemplateBrokersServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy2) => {
  KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy2;
})(KafkaSpecKafkaTemplateBrokersServiceIpFamilyPolicy || {});
var KafkaSpecKafkaTemplateBrokersServiceIpFamilies = /* @__PURE__ */ ((KafkaSpecKafkaTemplateBrokersServiceIpFamilies2) => {
  KafkaSpecKafkaTemplateBrokersServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaSpecKafkaTemplateBrokersServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaSpecKafkaTemplateBrokersServiceIpFamilies2;
})(KafkaSpecKafkaTemplateBrokersServiceIpFamilies || {});
function toJson_KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateExternalBootstrapRouteMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodRouteMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateExternalBootstrapIngressMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePerPodIngressMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePersistentVolumeClaimMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateClusterCaCertMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateJmxSecretMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateClusterRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaSpecEntityOperatorTopicOperatorResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecEntityOperatorTopicOperatorResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaSpecEntityOperatorTopicOperatorResourcesLimits(value);
  }
}
class KafkaSpecEntityOperatorTopicOperatorResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecEntityOperatorTopicOperatorResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaSpecEntityOperatorTopicOperatorResourcesRequests(value);
  }
}
var KafkaSpecEntityOperatorTopicOperatorLoggingType = /* @__PURE__ */ ((KafkaSpecEntityOperatorTopicOperatorLoggingType2) => {
  KafkaSpecEntityOperatorTopicOperatorLoggingType2["INLINE"] = "inline";
  KafkaSpecEntityOperatorTopicOperatorLoggingType2["EXTERNAL"] = "external";
  return KafkaSpecEntityOperatorTopicOperatorLoggingType2;
})(KafkaSpecEntityOperatorTopicOperatorLoggingType || {});
function toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTopicOperatorJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaSpecEntityOperatorUserOperatorResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecEntityOperatorUserOperatorResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaSpecEntityOperatorUserOperatorResourcesLimits(value);
  }
}
class KafkaSpecEntityOperatorUserOperatorResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaSpecEntityOperatorUserOperatorResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaSpecEntityOperatorUserOperatorResourcesRequests(value);
  }
}
var KafkaSpecEntityOperatorUserOperatorLoggingType = /* @__PURE__ */ ((KafkaSpecEntityOperatorUserOperatorLoggingType2) => {
  KafkaSpecEntityOperatorUserOperatorLoggingType2["INLINE"] = "inline";
  KafkaSpecEntityOperatorUserOperatorLoggingType2["EXTERNAL"] = "external";
  return KafkaSpecEntityOperatorUserOperatorLoggingType2;
})(KafkaSpecEntityOperatorUserOperatorLoggingType || {});
function toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorUserOperatorJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateDeploymentMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy = /* @__PURE__ */ ((KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy2) => {
  KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy2["ROLLING_UPDATE"] = "RollingUpdate";
  KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy2["RECREATE"] = "Recreate";
  return KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy2;
})(KafkaSpecEntityOperatorTemplateDeploymentDeploymentStrategy || {});
function toJson_KafkaSpecEntityOperatorTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodTolerations(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaSpecEntityOperatorTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecEntityOperatorTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaSpecEntityOperatorTemplatePodDnsPolicy2) => {
  KafkaSpecEntityOperatorTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaSpecEntityOperatorTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaSpecEntityOperatorTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaSpecEntityOperatorTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaSpecEntityOperatorTemplatePodDnsPolicy2;
})(KafkaSpecEntityOperatorTemplatePodDnsPolicy || {});
function toJson_KafkaSpecEntityOperatorTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaSpecEntityOperatorTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateEntityOperatorRoleMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecCruiseControlTemplateDeploymentMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy = /* @__PURE__ */ ((KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy2) => {
  KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy2["ROLLING_UPDATE"] = "RollingUpdate";
  KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy2["RECREATE"] = "Recreate";
  return KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy2;
})(KafkaSpecCruiseControlTemplateDeploymentDeploymentStrategy || {});
function toJson_KafkaSpecCruiseControlTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodTolerations(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaSpecCruiseControlTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaSpecCruiseControlTemplatePodDnsPolicy2) => {
  KafkaSpecCruiseControlTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaSpecCruiseControlTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaSpecCruiseControlTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaSpecCruiseControlTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaSpecCruiseControlTemplatePodDnsPolicy2;
})(KafkaSpecCruiseControlTemplatePodDnsPolicy || {});
function toJson_KafkaSpecCruiseControlTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaSpecCruiseControlTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaSpecCruiseControlTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaSpecCruiseControlTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaSpecCruiseControlTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateApiServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy2) => {
  KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy2;
})(KafkaSpecCruiseControlTemplateApiServiceIpFamilyPolicy || {});
var KafkaSpecCruiseControlTemplateApiServiceIpFamilies = /* @__PURE__ */ ((KafkaSpecCruiseControlTemplateApiServiceIpFamilies2) => {
  KafkaSpecCruiseControlTemplateApiServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaSpecCruiseControlTemplateApiServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaSpecCruiseControlTemplateApiServiceIpFamilies2;
})(KafkaSpecCruiseControlTemplateApiServiceIpFamilies || {});
function toJson_KafkaSpecCruiseControlTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlMetricsConfigValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecCruiseControlApiUsersValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplateDeploymentMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy = /* @__PURE__ */ ((KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy2) => {
  KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy2["ROLLING_UPDATE"] = "RollingUpdate";
  KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy2["RECREATE"] = "Recreate";
  return KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy2;
})(KafkaSpecKafkaExporterTemplateDeploymentDeploymentStrategy || {});
function toJson_KafkaSpecKafkaExporterTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodTolerations(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaSpecKafkaExporterTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaSpecKafkaExporterTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaSpecKafkaExporterTemplatePodDnsPolicy2) => {
  KafkaSpecKafkaExporterTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaSpecKafkaExporterTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaSpecKafkaExporterTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaSpecKafkaExporterTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaSpecKafkaExporterTemplatePodDnsPolicy2;
})(KafkaSpecKafkaExporterTemplatePodDnsPolicy || {});
function toJson_KafkaSpecKafkaExporterTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaSpecKafkaExporterTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaListenersNetworkPolicyPeersPodSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateKafkaContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplateInitContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTopicOperatorLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorUserOperatorLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium2) => {
  KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium2;
})(KafkaSpecKafkaTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaSpecKafkaTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesSecretItems(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodTemplatedVolumesConfigMapItems(obj) {
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
function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecKafkaTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecKafkaTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium2) => {
  KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium2;
})(KafkaSpecEntityOperatorTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaSpecEntityOperatorTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateTopicOperatorContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplateUserOperatorContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium2) => {
  KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium2;
})(KafkaSpecCruiseControlTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaSpecCruiseControlTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecCruiseControlTemplateCruiseControlContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium2) => {
  KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium2;
})(KafkaSpecKafkaExporterTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaSpecKafkaExporterTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplateContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecEntityOperatorTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecCruiseControlTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaSpecKafkaExporterTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class KafkaBridge extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaBridge"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaBridge"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaBridge".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaBridge.GVK,
      ...toJson_KafkaBridgeProps(props)
    };
  }
  /**
   * Defines a "KafkaBridge" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaBridge.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaBridge.GVK,
      ...toJson_KafkaBridgeProps(resolved)
    };
  }
}
function toJson_KafkaBridgeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaBridgeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "replicas": obj.replicas,
    "image": obj.image,
    "bootstrapServers": obj.bootstrapServers,
    "tls": toJson_KafkaBridgeSpecTls(obj.tls),
    "authentication": toJson_KafkaBridgeSpecAuthentication(obj.authentication),
    "http": toJson_KafkaBridgeSpecHttp(obj.http),
    "adminClient": toJson_KafkaBridgeSpecAdminClient(obj.adminClient),
    "consumer": toJson_KafkaBridgeSpecConsumer(obj.consumer),
    "producer": toJson_KafkaBridgeSpecProducer(obj.producer),
    "resources": toJson_KafkaBridgeSpecResources(obj.resources),
    "jvmOptions": toJson_KafkaBridgeSpecJvmOptions(obj.jvmOptions),
    "logging": toJson_KafkaBridgeSpecLogging(obj.logging),
    "clientRackInitImage": obj.clientRackInitImage,
    "rack": toJson_KafkaBridgeSpecRack(obj.rack),
    "metricsConfig": toJson_KafkaBridgeSpecMetricsConfig(obj.metricsConfig),
    "livenessProbe": toJson_KafkaBridgeSpecLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaBridgeSpecReadinessProbe(obj.readinessProbe),
    "template": toJson_KafkaBridgeSpecTemplate(obj.template),
    "tracing": toJson_KafkaBridgeSpecTracing(obj.tracing),
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "trustedCertificates": obj.trustedCertificates?.map((y) => toJson_KafkaBridgeSpecTlsTrustedCertificates(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certificateAndKey": toJson_KafkaBridgeSpecAuthenticationCertificateAndKey(obj.certificateAndKey),
    "config": obj.config,
    "passwordSecret": toJson_KafkaBridgeSpecAuthenticationPasswordSecret(obj.passwordSecret),
    "sasl": obj.sasl,
    "type": obj.type,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecHttp(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "port": obj.port,
    "tls": toJson_KafkaBridgeSpecHttpTls(obj.tls),
    "cors": toJson_KafkaBridgeSpecHttpCors(obj.cors)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecAdminClient(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecConsumer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "timeoutSeconds": obj.timeoutSeconds,
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecProducer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaBridgeSpecResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaBridgeSpecJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaBridgeSpecLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecRack(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "envVarName": obj.envVarName,
    "topologyKey": obj.topologyKey,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecMetricsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaBridgeSpecMetricsConfigValueFrom(obj.valueFrom),
    "values": toJson_KafkaBridgeSpecMetricsConfigValues(obj.values)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "deployment": toJson_KafkaBridgeSpecTemplateDeployment(obj.deployment),
    "pod": toJson_KafkaBridgeSpecTemplatePod(obj.pod),
    "apiService": toJson_KafkaBridgeSpecTemplateApiService(obj.apiService),
    "podDisruptionBudget": toJson_KafkaBridgeSpecTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "bridgeContainer": toJson_KafkaBridgeSpecTemplateBridgeContainer(obj.bridgeContainer),
    "clusterRoleBinding": toJson_KafkaBridgeSpecTemplateClusterRoleBinding(obj.clusterRoleBinding),
    "serviceAccount": toJson_KafkaBridgeSpecTemplateServiceAccount(obj.serviceAccount),
    "initContainer": toJson_KafkaBridgeSpecTemplateInitContainer(obj.initContainer)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTracing(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTlsTrustedCertificates(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "pattern": obj.pattern
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecAuthenticationCertificateAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecAuthenticationPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "password": obj.password
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecAuthenticationType = /* @__PURE__ */ ((KafkaBridgeSpecAuthenticationType2) => {
  KafkaBridgeSpecAuthenticationType2["TLS"] = "tls";
  KafkaBridgeSpecAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_256"] = "scram-sha-256";
  KafkaBridgeSpecAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  KafkaBridgeSpecAuthenticationType2["PLAIN"] = "plain";
  KafkaBridgeSpecAuthenticationType2["CUSTOM"] = "custom";
  return KafkaBridgeSpecAuthenticationType2;
})(KafkaBridgeSpecAuthenticationType || {});
function toJson_KafkaBridgeSpecHttpTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certificateAndKey": toJson_KafkaBridgeSpecHttpTlsCertificateAndKey(obj.certificateAndKey),
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecHttpCors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowedOrigins": obj.allowedOrigins?.map((y) => y),
    "allowedMethods": obj.allowedMethods?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaBridgeSpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaBridgeSpecResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaBridgeSpecResourcesLimits(value);
  }
}
class KafkaBridgeSpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaBridgeSpecResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaBridgeSpecResourcesRequests(value);
  }
}
function toJson_KafkaBridgeSpecJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecLoggingType = /* @__PURE__ */ ((KafkaBridgeSpecLoggingType2) => {
  KafkaBridgeSpecLoggingType2["INLINE"] = "inline";
  KafkaBridgeSpecLoggingType2["EXTERNAL"] = "external";
  return KafkaBridgeSpecLoggingType2;
})(KafkaBridgeSpecLoggingType || {});
function toJson_KafkaBridgeSpecLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaBridgeSpecLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecRackType = /* @__PURE__ */ ((KafkaBridgeSpecRackType2) => {
  KafkaBridgeSpecRackType2["TOPOLOGY_HYPHEN_LABEL"] = "topology-label";
  KafkaBridgeSpecRackType2["ENVIRONMENT_HYPHEN_VARIABLE"] = "environment-variable";
  return KafkaBridgeSpecRackType2;
})(KafkaBridgeSpecRackType || {});
var KafkaBridgeSpecMetricsConfigType = /* @__PURE__ */ ((KafkaBridgeSpecMetricsConfigType2) => {
  KafkaBridgeSpecMetricsConfigType2["JMX_PROMETHEUS_EXPORTER"] = "jmxPrometheusExporter";
  KafkaBridgeSpecMetricsConfigType2["STRIMZI_METRICS_REPORTER"] = "strimziMetricsReporter";
  return KafkaBridgeSpecMetricsConfigType2;
})(KafkaBridgeSpecMetricsConfigType || {});
function toJson_KafkaBridgeSpecMetricsConfigValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaBridgeSpecMetricsConfigValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecMetricsConfigValues(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowList": obj.allowList?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateDeployment(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplateDeploymentMetadata(obj.metadata),
    "deploymentStrategy": obj.deploymentStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaBridgeSpecTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaBridgeSpecTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaBridgeSpecTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaBridgeSpecTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaBridgeSpecTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaBridgeSpecTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaBridgeSpecTemplatePodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateApiService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplateApiServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaBridgeSpecTemplateBridgeContainerEnv(y)),
    "securityContext": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaBridgeSpecTemplateBridgeContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateClusterRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplateClusterRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaBridgeSpecTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaBridgeSpecTemplateInitContainerEnv(y)),
    "securityContext": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaBridgeSpecTemplateInitContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecTracingType = /* @__PURE__ */ ((KafkaBridgeSpecTracingType2) => {
  KafkaBridgeSpecTracingType2["OPENTELEMETRY"] = "opentelemetry";
  return KafkaBridgeSpecTracingType2;
})(KafkaBridgeSpecTracingType || {});
function toJson_KafkaBridgeSpecHttpTlsCertificateAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaBridgeSpecMetricsConfigValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaBridgeSpecTemplateDeploymentMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecTemplateDeploymentDeploymentStrategy = /* @__PURE__ */ ((KafkaBridgeSpecTemplateDeploymentDeploymentStrategy2) => {
  KafkaBridgeSpecTemplateDeploymentDeploymentStrategy2["ROLLING_UPDATE"] = "RollingUpdate";
  KafkaBridgeSpecTemplateDeploymentDeploymentStrategy2["RECREATE"] = "Recreate";
  return KafkaBridgeSpecTemplateDeploymentDeploymentStrategy2;
})(KafkaBridgeSpecTemplateDeploymentDeploymentStrategy || {});
function toJson_KafkaBridgeSpecTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaBridgeSpecTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaBridgeSpecTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaBridgeSpecTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaBridgeSpecTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaBridgeSpecTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodTolerations(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaBridgeSpecTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaBridgeSpecTemplatePodDnsPolicy2) => {
  KafkaBridgeSpecTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaBridgeSpecTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaBridgeSpecTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaBridgeSpecTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaBridgeSpecTemplatePodDnsPolicy2;
})(KafkaBridgeSpecTemplatePodDnsPolicy || {});
function toJson_KafkaBridgeSpecTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaBridgeSpecTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaBridgeSpecTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaBridgeSpecTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaBridgeSpecTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaBridgeSpecTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaBridgeSpecTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaBridgeSpecTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateApiServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy2) => {
  KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy2;
})(KafkaBridgeSpecTemplateApiServiceIpFamilyPolicy || {});
var KafkaBridgeSpecTemplateApiServiceIpFamilies = /* @__PURE__ */ ((KafkaBridgeSpecTemplateApiServiceIpFamilies2) => {
  KafkaBridgeSpecTemplateApiServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaBridgeSpecTemplateApiServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaBridgeSpecTemplateApiServiceIpFamilies2;
})(KafkaBridgeSpecTemplateApiServiceIpFamilies || {});
function toJson_KafkaBridgeSpecTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateClusterRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaBridgeSpecTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaBridgeSpecTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaBridgeSpecTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateInitContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium2) => {
  KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium2;
})(KafkaBridgeSpecTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaBridgeSpecTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaBridgeSpecTemplateBridgeContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaBridgeSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaBridgeSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class KafkaConnect extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaConnect"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaConnect"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaConnect".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaConnect.GVK,
      ...toJson_KafkaConnectProps(props)
    };
  }
  /**
   * Defines a "KafkaConnect" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaConnect.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaConnect.GVK,
      ...toJson_KafkaConnectProps(resolved)
    };
  }
}
function toJson_KafkaConnectProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaConnectSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "version": obj.version,
    "replicas": obj.replicas,
    "image": obj.image,
    "bootstrapServers": obj.bootstrapServers,
    "groupId": obj.groupId,
    "configStorageTopic": obj.configStorageTopic,
    "statusStorageTopic": obj.statusStorageTopic,
    "offsetStorageTopic": obj.offsetStorageTopic,
    "tls": toJson_KafkaConnectSpecTls(obj.tls),
    "authentication": toJson_KafkaConnectSpecAuthentication(obj.authentication),
    "config": obj.config,
    "resources": toJson_KafkaConnectSpecResources(obj.resources),
    "livenessProbe": toJson_KafkaConnectSpecLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaConnectSpecReadinessProbe(obj.readinessProbe),
    "jvmOptions": toJson_KafkaConnectSpecJvmOptions(obj.jvmOptions),
    "jmxOptions": toJson_KafkaConnectSpecJmxOptions(obj.jmxOptions),
    "logging": toJson_KafkaConnectSpecLogging(obj.logging),
    "clientRackInitImage": obj.clientRackInitImage,
    "rack": toJson_KafkaConnectSpecRack(obj.rack),
    "metricsConfig": toJson_KafkaConnectSpecMetricsConfig(obj.metricsConfig),
    "tracing": toJson_KafkaConnectSpecTracing(obj.tracing),
    "template": toJson_KafkaConnectSpecTemplate(obj.template),
    "build": toJson_KafkaConnectSpecBuild(obj.build_),
    "plugins": obj.plugins?.map((y) => toJson_KafkaConnectSpecPlugins(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "trustedCertificates": obj.trustedCertificates?.map((y) => toJson_KafkaConnectSpecTlsTrustedCertificates(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certificateAndKey": toJson_KafkaConnectSpecAuthenticationCertificateAndKey(obj.certificateAndKey),
    "config": obj.config,
    "passwordSecret": toJson_KafkaConnectSpecAuthenticationPasswordSecret(obj.passwordSecret),
    "sasl": obj.sasl,
    "type": obj.type,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaConnectSpecResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaConnectSpecJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecJmxOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authentication": toJson_KafkaConnectSpecJmxOptionsAuthentication(obj.authentication)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaConnectSpecLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecRack(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "envVarName": obj.envVarName,
    "topologyKey": obj.topologyKey,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecMetricsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaConnectSpecMetricsConfigValueFrom(obj.valueFrom),
    "values": toJson_KafkaConnectSpecMetricsConfigValues(obj.values)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTracing(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podSet": toJson_KafkaConnectSpecTemplatePodSet(obj.podSet),
    "pod": toJson_KafkaConnectSpecTemplatePod(obj.pod),
    "apiService": toJson_KafkaConnectSpecTemplateApiService(obj.apiService),
    "headlessService": toJson_KafkaConnectSpecTemplateHeadlessService(obj.headlessService),
    "connectContainer": toJson_KafkaConnectSpecTemplateConnectContainer(obj.connectContainer),
    "initContainer": toJson_KafkaConnectSpecTemplateInitContainer(obj.initContainer),
    "podDisruptionBudget": toJson_KafkaConnectSpecTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "serviceAccount": toJson_KafkaConnectSpecTemplateServiceAccount(obj.serviceAccount),
    "clusterRoleBinding": toJson_KafkaConnectSpecTemplateClusterRoleBinding(obj.clusterRoleBinding),
    "buildPod": toJson_KafkaConnectSpecTemplateBuildPod(obj.buildPod),
    "buildContainer": toJson_KafkaConnectSpecTemplateBuildContainer(obj.buildContainer),
    "buildConfig": toJson_KafkaConnectSpecTemplateBuildConfig(obj.buildConfig),
    "buildServiceAccount": toJson_KafkaConnectSpecTemplateBuildServiceAccount(obj.buildServiceAccount),
    "jmxSecret": toJson_KafkaConnectSpecTemplateJmxSecret(obj.jmxSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecBuild(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "output": toJson_KafkaConnectSpecBuildOutput(obj.output),
    "plugins": obj.plugins?.map((y) => toJson_KafkaConnectSpecBuildPlugins(y)),
    "resources": toJson_KafkaConnectSpecBuildResources(obj.resources)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecPlugins(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "artifacts": obj.artifacts?.map((y) => toJson_KafkaConnectSpecPluginsArtifacts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTlsTrustedCertificates(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "pattern": obj.pattern
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecAuthenticationCertificateAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecAuthenticationPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "password": obj.password
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecAuthenticationType = /* @__PURE__ */ ((KafkaConnectSpecAuthenticationType2) => {
  KafkaConnectSpecAuthenticationType2["TLS"] = "tls";
  KafkaConnectSpecAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_256"] = "scram-sha-256";
  KafkaConnectSpecAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  KafkaConnectSpecAuthenticationType2["PLAIN"] = "plain";
  KafkaConnectSpecAuthenticationType2["CUSTOM"] = "custom";
  return KafkaConnectSpecAuthenticationType2;
})(KafkaConnectSpecAuthenticationType || {});
function toJson_KafkaConnectSpecResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaConnectSpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaConnectSpecResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaConnectSpecResourcesLimits(value);
  }
}
class KafkaConnectSpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaConnectSpecResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaConnectSpecResourcesRequests(value);
  }
}
function toJson_KafkaConnectSpecJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecJmxOptionsAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecLoggingType = /* @__PURE__ */ ((KafkaConnectSpecLoggingType2) => {
  KafkaConnectSpecLoggingType2["INLINE"] = "inline";
  KafkaConnectSpecLoggingType2["EXTERNAL"] = "external";
  return KafkaConnectSpecLoggingType2;
})(KafkaConnectSpecLoggingType || {});
function toJson_KafkaConnectSpecLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaConnectSpecLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecRackType = /* @__PURE__ */ ((KafkaConnectSpecRackType2) => {
  KafkaConnectSpecRackType2["TOPOLOGY_HYPHEN_LABEL"] = "topology-label";
  KafkaConnectSpecRackType2["ENVIRONMENT_HYPHEN_VARIABLE"] = "environment-variable";
  return KafkaConnectSpecRackType2;
})(KafkaConnectSpecRackType || {});
var KafkaConnectSpecMetricsConfigType = /* @__PURE__ */ ((KafkaConnectSpecMetricsConfigType2) => {
  KafkaConnectSpecMetricsConfigType2["JMX_PROMETHEUS_EXPORTER"] = "jmxPrometheusExporter";
  KafkaConnectSpecMetricsConfigType2["STRIMZI_METRICS_REPORTER"] = "strimziMetricsReporter";
  return KafkaConnectSpecMetricsConfigType2;
})(KafkaConnectSpecMetricsConfigType || {});
function toJson_KafkaConnectSpecMetricsConfigValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecMetricsConfigValues(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowList": obj.allowList?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecTracingType = /* @__PURE__ */ ((KafkaConnectSpecTracingType2) => {
  KafkaConnectSpecTracingType2["OPENTELEMETRY"] = "opentelemetry";
  return KafkaConnectSpecTracingType2;
})(KafkaConnectSpecTracingType || {});
function toJson_KafkaConnectSpecTemplatePodSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplatePodSetMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaConnectSpecTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaConnectSpecTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaConnectSpecTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaConnectSpecTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaConnectSpecTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaConnectSpecTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaConnectSpecTemplatePodVolumes(y)),
    "templatedVolumes": obj.templatedVolumes?.map((y) => toJson_KafkaConnectSpecTemplatePodTemplatedVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateApiService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateApiServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateHeadlessService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateHeadlessServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaConnectSpecTemplateConnectContainerEnv(y)),
    "securityContext": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaConnectSpecTemplateConnectContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaConnectSpecTemplateInitContainerEnv(y)),
    "securityContext": toJson_KafkaConnectSpecTemplateInitContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaConnectSpecTemplateInitContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateClusterRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateClusterRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateBuildPodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodImagePullSecrets(y)),
    "securityContext": toJson_KafkaConnectSpecTemplateBuildPodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaConnectSpecTemplateBuildPodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaConnectSpecTemplateBuildPodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaConnectSpecTemplateBuildContainerEnv(y)),
    "securityContext": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaConnectSpecTemplateBuildContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateBuildConfigMetadata(obj.metadata),
    "pullSecret": obj.pullSecret
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateBuildServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateJmxSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaConnectSpecTemplateJmxSecretMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecBuildOutput(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "additionalBuildOptions": obj.additionalBuildOptions?.map((y) => y),
    "additionalPushOptions": obj.additionalPushOptions?.map((y) => y),
    "image": obj.image,
    "pushSecret": obj.pushSecret,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecBuildPlugins(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "artifacts": obj.artifacts?.map((y) => toJson_KafkaConnectSpecBuildPluginsArtifacts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecBuildResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaConnectSpecBuildResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecPluginsArtifacts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecJmxOptionsAuthenticationType = /* @__PURE__ */ ((KafkaConnectSpecJmxOptionsAuthenticationType2) => {
  KafkaConnectSpecJmxOptionsAuthenticationType2["PASSWORD"] = "password";
  return KafkaConnectSpecJmxOptionsAuthenticationType2;
})(KafkaConnectSpecJmxOptionsAuthenticationType || {});
function toJson_KafkaConnectSpecLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplatePodSetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaConnectSpecTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaConnectSpecTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaConnectSpecTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTolerations(obj) {
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
function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaConnectSpecTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaConnectSpecTemplatePodDnsPolicy2) => {
  KafkaConnectSpecTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaConnectSpecTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaConnectSpecTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaConnectSpecTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaConnectSpecTemplatePodDnsPolicy2;
})(KafkaConnectSpecTemplatePodDnsPolicy || {});
function toJson_KafkaConnectSpecTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaConnectSpecTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaConnectSpecTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaConnectSpecTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaConnectSpecTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaConnectSpecTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaConnectSpecTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecret(obj.secret),
    "configMap": toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap(obj.configMap),
    "persistentVolumeClaim": toJson_KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj.persistentVolumeClaim)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateApiServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecTemplateApiServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaConnectSpecTemplateApiServiceIpFamilyPolicy2) => {
  KafkaConnectSpecTemplateApiServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaConnectSpecTemplateApiServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaConnectSpecTemplateApiServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaConnectSpecTemplateApiServiceIpFamilyPolicy2;
})(KafkaConnectSpecTemplateApiServiceIpFamilyPolicy || {});
var KafkaConnectSpecTemplateApiServiceIpFamilies = /* @__PURE__ */ ((KafkaConnectSpecTemplateApiServiceIpFamilies2) => {
  KafkaConnectSpecTemplateApiServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaConnectSpecTemplateApiServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaConnectSpecTemplateApiServiceIpFamilies2;
})(KafkaConnectSpecTemplateApiServiceIpFamilies || {});
function toJson_KafkaConnectSpecTemplateHeadlessServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy2) => {
  KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy2;
})(KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy || {});
var KafkaConnectSpecTemplateHeadlessServiceIpFamilies = /* @__PURE__ */ ((KafkaConnectSpecTemplateHeadlessServiceIpFamilies2) => {
  KafkaConnectSpecTemplateHeadlessServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaConnectSpecTemplateHeadlessServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaConnectSpecTemplateHeadlessServiceIpFamilies2;
})(KafkaConnectSpecTemplateHeadlessServiceIpFamilies || {});
function toJson_KafkaConnectSpecTemplateConnectContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaConnectSpecTemplateInitContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateClusterRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodTolerations(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaConnectSpecTemplateBuildPodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecTemplateBuildPodDnsPolicy = /* @__PURE__ */ ((KafkaConnectSpecTemplateBuildPodDnsPolicy2) => {
  KafkaConnectSpecTemplateBuildPodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaConnectSpecTemplateBuildPodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaConnectSpecTemplateBuildPodDnsPolicy2["DEFAULT"] = "Default";
  KafkaConnectSpecTemplateBuildPodDnsPolicy2["NONE"] = "None";
  return KafkaConnectSpecTemplateBuildPodDnsPolicy2;
})(KafkaConnectSpecTemplateBuildPodDnsPolicy || {});
function toJson_KafkaConnectSpecTemplateBuildPodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaConnectSpecTemplateBuildPodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaConnectSpecTemplateBuildPodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaConnectSpecTemplateBuildPodVolumesCsi(obj.csi),
    "image": toJson_KafkaConnectSpecTemplateBuildPodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildConfigMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateJmxSecretMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecBuildOutputType = /* @__PURE__ */ ((KafkaConnectSpecBuildOutputType2) => {
  KafkaConnectSpecBuildOutputType2["DOCKER"] = "docker";
  KafkaConnectSpecBuildOutputType2["IMAGESTREAM"] = "imagestream";
  return KafkaConnectSpecBuildOutputType2;
})(KafkaConnectSpecBuildOutputType || {});
function toJson_KafkaConnectSpecBuildPluginsArtifacts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "artifact": obj.artifact,
    "fileName": obj.fileName,
    "group": obj.group,
    "includeScope": obj.includeScope,
    "insecure": obj.insecure,
    "mirrors": obj.mirrors?.map((y) => toJson_KafkaConnectSpecBuildPluginsArtifactsMirrors(y)),
    "repository": obj.repository,
    "sha512sum": obj.sha512Sum,
    "type": obj.type,
    "url": obj.url,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecBuildResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaConnectSpecBuildResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaConnectSpecBuildResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaConnectSpecBuildResourcesLimits(value);
  }
}
class KafkaConnectSpecBuildResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaConnectSpecBuildResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaConnectSpecBuildResourcesRequests(value);
  }
}
var KafkaConnectSpecPluginsArtifactsType = /* @__PURE__ */ ((KafkaConnectSpecPluginsArtifactsType2) => {
  KafkaConnectSpecPluginsArtifactsType2["IMAGE"] = "image";
  return KafkaConnectSpecPluginsArtifactsType2;
})(KafkaConnectSpecPluginsArtifactsType || {});
function toJson_KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions(obj) {
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
var KafkaConnectSpecBuildPluginsArtifactsIncludeScope = /* @__PURE__ */ ((KafkaConnectSpecBuildPluginsArtifactsIncludeScope2) => {
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope2["COMPILE"] = "compile";
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope2["PROVIDED"] = "provided";
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope2["RUNTIME"] = "runtime";
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope2["TEST"] = "test";
  KafkaConnectSpecBuildPluginsArtifactsIncludeScope2["SYSTEM"] = "system";
  return KafkaConnectSpecBuildPluginsArtifactsIncludeScope2;
})(KafkaConnectSpecBuildPluginsArtifactsIncludeScope || {});
function toJson_KafkaConnectSpecBuildPluginsArtifactsMirrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectSpecBuildPluginsArtifactsType = /* @__PURE__ */ ((KafkaConnectSpecBuildPluginsArtifactsType2) => {
  KafkaConnectSpecBuildPluginsArtifactsType2["JAR"] = "jar";
  KafkaConnectSpecBuildPluginsArtifactsType2["TGZ"] = "tgz";
  KafkaConnectSpecBuildPluginsArtifactsType2["ZIP"] = "zip";
  KafkaConnectSpecBuildPluginsArtifactsType2["MAVEN"] = "maven";
  KafkaConnectSpecBuildPluginsArtifactsType2["OTHER"] = "other";
  return KafkaConnectSpecBuildPluginsArtifactsType2;
})(KafkaConnectSpecBuildPluginsArtifactsType || {});
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaConnectSpecTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaConnectSpecTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaConnectSpecTemplatePodVolumesEmptyDirMedium2) => {
  KafkaConnectSpecTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaConnectSpecTemplatePodVolumesEmptyDirMedium2;
})(KafkaConnectSpecTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems(obj) {
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
function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems(obj) {
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
function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodVolumesSecretItems(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems(obj) {
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
var KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium2) => {
  KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium2;
})(KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium || {});
function toJson_KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class KafkaConnector extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaConnector"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaConnector"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaConnector".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaConnector.GVK,
      ...toJson_KafkaConnectorProps(props)
    };
  }
  /**
   * Defines a "KafkaConnector" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaConnector.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaConnector.GVK,
      ...toJson_KafkaConnectorProps(resolved)
    };
  }
}
function toJson_KafkaConnectorProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaConnectorSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectorSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "class": obj.class,
    "tasksMax": obj.tasksMax,
    "autoRestart": toJson_KafkaConnectorSpecAutoRestart(obj.autoRestart),
    "version": obj.version,
    "config": obj.config,
    "state": obj.state,
    "listOffsets": toJson_KafkaConnectorSpecListOffsets(obj.listOffsets),
    "alterOffsets": toJson_KafkaConnectorSpecAlterOffsets(obj.alterOffsets)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectorSpecAutoRestart(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "maxRestarts": obj.maxRestarts
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaConnectorSpecState = /* @__PURE__ */ ((KafkaConnectorSpecState2) => {
  KafkaConnectorSpecState2["PAUSED"] = "paused";
  KafkaConnectorSpecState2["STOPPED"] = "stopped";
  KafkaConnectorSpecState2["RUNNING"] = "running";
  return KafkaConnectorSpecState2;
})(KafkaConnectorSpecState || {});
function toJson_KafkaConnectorSpecListOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "toConfigMap": toJson_KafkaConnectorSpecListOffsetsToConfigMap(obj.toConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectorSpecAlterOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fromConfigMap": toJson_KafkaConnectorSpecAlterOffsetsFromConfigMap(obj.fromConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectorSpecListOffsetsToConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaConnectorSpecAlterOffsetsFromConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaMirrorMaker2 extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaMirrorMaker2"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaMirrorMaker2"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaMirrorMaker2".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaMirrorMaker2.GVK,
      ...toJson_KafkaMirrorMaker2Props(props)
    };
  }
  /**
   * Defines a "KafkaMirrorMaker2" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaMirrorMaker2.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaMirrorMaker2.GVK,
      ...toJson_KafkaMirrorMaker2Props(resolved)
    };
  }
}
function toJson_KafkaMirrorMaker2Props(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaMirrorMaker2Spec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2Spec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "version": obj.version,
    "replicas": obj.replicas,
    "image": obj.image,
    "target": toJson_KafkaMirrorMaker2SpecTarget(obj.target),
    "mirrors": obj.mirrors?.map((y) => toJson_KafkaMirrorMaker2SpecMirrors(y)),
    "resources": toJson_KafkaMirrorMaker2SpecResources(obj.resources),
    "livenessProbe": toJson_KafkaMirrorMaker2SpecLivenessProbe(obj.livenessProbe),
    "readinessProbe": toJson_KafkaMirrorMaker2SpecReadinessProbe(obj.readinessProbe),
    "jvmOptions": toJson_KafkaMirrorMaker2SpecJvmOptions(obj.jvmOptions),
    "jmxOptions": toJson_KafkaMirrorMaker2SpecJmxOptions(obj.jmxOptions),
    "logging": toJson_KafkaMirrorMaker2SpecLogging(obj.logging),
    "clientRackInitImage": obj.clientRackInitImage,
    "rack": toJson_KafkaMirrorMaker2SpecRack(obj.rack),
    "metricsConfig": toJson_KafkaMirrorMaker2SpecMetricsConfig(obj.metricsConfig),
    "tracing": toJson_KafkaMirrorMaker2SpecTracing(obj.tracing),
    "template": toJson_KafkaMirrorMaker2SpecTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "alias": obj.alias,
    "bootstrapServers": obj.bootstrapServers,
    "groupId": obj.groupId,
    "configStorageTopic": obj.configStorageTopic,
    "statusStorageTopic": obj.statusStorageTopic,
    "offsetStorageTopic": obj.offsetStorageTopic,
    "tls": toJson_KafkaMirrorMaker2SpecTargetTls(obj.tls),
    "authentication": toJson_KafkaMirrorMaker2SpecTargetAuthentication(obj.authentication),
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "source": toJson_KafkaMirrorMaker2SpecMirrorsSource(obj.source),
    "sourceConnector": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnector(obj.sourceConnector),
    "checkpointConnector": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnector(obj.checkpointConnector),
    "topicsPattern": obj.topicsPattern,
    "topicsExcludePattern": obj.topicsExcludePattern,
    "groupsPattern": obj.groupsPattern,
    "groupsExcludePattern": obj.groupsExcludePattern
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaMirrorMaker2SpecResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecLivenessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecReadinessProbe(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "initialDelaySeconds": obj.initialDelaySeconds,
    "timeoutSeconds": obj.timeoutSeconds,
    "periodSeconds": obj.periodSeconds,
    "successThreshold": obj.successThreshold,
    "failureThreshold": obj.failureThreshold
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecJmxOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authentication": toJson_KafkaMirrorMaker2SpecJmxOptionsAuthentication(obj.authentication)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecLogging(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "loggers": obj.loggers === void 0 ? void 0 : Object.entries(obj.loggers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "type": obj.type,
    "valueFrom": toJson_KafkaMirrorMaker2SpecLoggingValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecRack(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "envVarName": obj.envVarName,
    "topologyKey": obj.topologyKey,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMetricsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "valueFrom": toJson_KafkaMirrorMaker2SpecMetricsConfigValueFrom(obj.valueFrom),
    "values": toJson_KafkaMirrorMaker2SpecMetricsConfigValues(obj.values)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTracing(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podSet": toJson_KafkaMirrorMaker2SpecTemplatePodSet(obj.podSet),
    "pod": toJson_KafkaMirrorMaker2SpecTemplatePod(obj.pod),
    "apiService": toJson_KafkaMirrorMaker2SpecTemplateApiService(obj.apiService),
    "headlessService": toJson_KafkaMirrorMaker2SpecTemplateHeadlessService(obj.headlessService),
    "connectContainer": toJson_KafkaMirrorMaker2SpecTemplateConnectContainer(obj.connectContainer),
    "initContainer": toJson_KafkaMirrorMaker2SpecTemplateInitContainer(obj.initContainer),
    "podDisruptionBudget": toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudget(obj.podDisruptionBudget),
    "serviceAccount": toJson_KafkaMirrorMaker2SpecTemplateServiceAccount(obj.serviceAccount),
    "clusterRoleBinding": toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBinding(obj.clusterRoleBinding),
    "buildPod": toJson_KafkaMirrorMaker2SpecTemplateBuildPod(obj.buildPod),
    "buildContainer": toJson_KafkaMirrorMaker2SpecTemplateBuildContainer(obj.buildContainer),
    "buildConfig": toJson_KafkaMirrorMaker2SpecTemplateBuildConfig(obj.buildConfig),
    "buildServiceAccount": toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccount(obj.buildServiceAccount),
    "jmxSecret": toJson_KafkaMirrorMaker2SpecTemplateJmxSecret(obj.jmxSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTargetTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "trustedCertificates": obj.trustedCertificates?.map((y) => toJson_KafkaMirrorMaker2SpecTargetTlsTrustedCertificates(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTargetAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certificateAndKey": toJson_KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey(obj.certificateAndKey),
    "config": obj.config,
    "passwordSecret": toJson_KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret(obj.passwordSecret),
    "sasl": obj.sasl,
    "type": obj.type,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "alias": obj.alias,
    "bootstrapServers": obj.bootstrapServers,
    "tls": toJson_KafkaMirrorMaker2SpecMirrorsSourceTls(obj.tls),
    "authentication": toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthentication(obj.authentication),
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tasksMax": obj.tasksMax,
    "version": obj.version,
    "config": obj.config,
    "state": obj.state,
    "autoRestart": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart(obj.autoRestart),
    "listOffsets": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets(obj.listOffsets),
    "alterOffsets": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets(obj.alterOffsets)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tasksMax": obj.tasksMax,
    "version": obj.version,
    "config": obj.config,
    "state": obj.state,
    "autoRestart": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart(obj.autoRestart),
    "listOffsets": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets(obj.listOffsets),
    "alterOffsets": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets(obj.alterOffsets)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaMirrorMaker2SpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaMirrorMaker2SpecResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaMirrorMaker2SpecResourcesLimits(value);
  }
}
class KafkaMirrorMaker2SpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaMirrorMaker2SpecResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaMirrorMaker2SpecResourcesRequests(value);
  }
}
function toJson_KafkaMirrorMaker2SpecJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecJmxOptionsAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecLoggingType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecLoggingType2) => {
  KafkaMirrorMaker2SpecLoggingType2["INLINE"] = "inline";
  KafkaMirrorMaker2SpecLoggingType2["EXTERNAL"] = "external";
  return KafkaMirrorMaker2SpecLoggingType2;
})(KafkaMirrorMaker2SpecLoggingType || {});
function toJson_KafkaMirrorMaker2SpecLoggingValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecRackType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecRackType2) => {
  KafkaMirrorMaker2SpecRackType2["TOPOLOGY_HYPHEN_LABEL"] = "topology-label";
  KafkaMirrorMaker2SpecRackType2["ENVIRONMENT_HYPHEN_VARIABLE"] = "environment-variable";
  return KafkaMirrorMaker2SpecRackType2;
})(KafkaMirrorMaker2SpecRackType || {});
var KafkaMirrorMaker2SpecMetricsConfigType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecMetricsConfigType2) => {
  KafkaMirrorMaker2SpecMetricsConfigType2["JMX_PROMETHEUS_EXPORTER"] = "jmxPrometheusExporter";
  KafkaMirrorMaker2SpecMetricsConfigType2["STRIMZI_METRICS_REPORTER"] = "strimziMetricsReporter";
  return KafkaMirrorMaker2SpecMetricsConfigType2;
})(KafkaMirrorMaker2SpecMetricsConfigType || {});
function toJson_KafkaMirrorMaker2SpecMetricsConfigValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapKeyRef": toJson_KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMetricsConfigValues(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowList": obj.allowList?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTracingType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTracingType2) => {
  KafkaMirrorMaker2SpecTracingType2["OPENTELEMETRY"] = "opentelemetry";
  return KafkaMirrorMaker2SpecTracingType2;
})(KafkaMirrorMaker2SpecTracingType || {});
function toJson_KafkaMirrorMaker2SpecTemplatePodSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplatePodSetMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaMirrorMaker2SpecTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodVolumes(y)),
    "templatedVolumes": obj.templatedVolumes?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateApiService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateApiServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateHeadlessService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata(obj.metadata),
    "ipFamilyPolicy": obj.ipFamilyPolicy,
    "ipFamilies": obj.ipFamilies?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnv(y)),
    "securityContext": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnv(y)),
    "securityContext": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata(obj.metadata),
    "maxUnavailable": obj.maxUnavailable
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBinding(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateBuildPodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets(y)),
    "securityContext": toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnv(y)),
    "securityContext": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateBuildConfigMetadata(obj.metadata),
    "pullSecret": obj.pullSecret
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateJmxSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaMirrorMaker2SpecTemplateJmxSecretMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTargetTlsTrustedCertificates(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "pattern": obj.pattern
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTargetAuthenticationCertificateAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "password": obj.password
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTargetAuthenticationType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTargetAuthenticationType2) => {
  KafkaMirrorMaker2SpecTargetAuthenticationType2["TLS"] = "tls";
  KafkaMirrorMaker2SpecTargetAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_256"] = "scram-sha-256";
  KafkaMirrorMaker2SpecTargetAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  KafkaMirrorMaker2SpecTargetAuthenticationType2["PLAIN"] = "plain";
  KafkaMirrorMaker2SpecTargetAuthenticationType2["CUSTOM"] = "custom";
  return KafkaMirrorMaker2SpecTargetAuthenticationType2;
})(KafkaMirrorMaker2SpecTargetAuthenticationType || {});
function toJson_KafkaMirrorMaker2SpecMirrorsSourceTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "trustedCertificates": obj.trustedCertificates?.map((y) => toJson_KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certificateAndKey": toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey(obj.certificateAndKey),
    "config": obj.config,
    "passwordSecret": toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret(obj.passwordSecret),
    "sasl": obj.sasl,
    "type": obj.type,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecMirrorsSourceConnectorState = /* @__PURE__ */ ((KafkaMirrorMaker2SpecMirrorsSourceConnectorState2) => {
  KafkaMirrorMaker2SpecMirrorsSourceConnectorState2["PAUSED"] = "paused";
  KafkaMirrorMaker2SpecMirrorsSourceConnectorState2["STOPPED"] = "stopped";
  KafkaMirrorMaker2SpecMirrorsSourceConnectorState2["RUNNING"] = "running";
  return KafkaMirrorMaker2SpecMirrorsSourceConnectorState2;
})(KafkaMirrorMaker2SpecMirrorsSourceConnectorState || {});
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAutoRestart(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "maxRestarts": obj.maxRestarts
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "toConfigMap": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap(obj.toConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fromConfigMap": toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap(obj.fromConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState = /* @__PURE__ */ ((KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState2) => {
  KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState2["PAUSED"] = "paused";
  KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState2["STOPPED"] = "stopped";
  KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState2["RUNNING"] = "running";
  return KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState2;
})(KafkaMirrorMaker2SpecMirrorsCheckpointConnectorState || {});
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAutoRestart(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "maxRestarts": obj.maxRestarts
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "toConfigMap": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap(obj.toConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fromConfigMap": toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap(obj.fromConfigMap)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecJmxOptionsAuthenticationType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecJmxOptionsAuthenticationType2) => {
  KafkaMirrorMaker2SpecJmxOptionsAuthenticationType2["PASSWORD"] = "password";
  return KafkaMirrorMaker2SpecJmxOptionsAuthenticationType2;
})(KafkaMirrorMaker2SpecJmxOptionsAuthenticationType || {});
function toJson_KafkaMirrorMaker2SpecLoggingValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecMetricsConfigValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodSetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTolerations(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaMirrorMaker2SpecTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplatePodDnsPolicy2) => {
  KafkaMirrorMaker2SpecTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaMirrorMaker2SpecTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaMirrorMaker2SpecTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaMirrorMaker2SpecTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaMirrorMaker2SpecTemplatePodDnsPolicy2;
})(KafkaMirrorMaker2SpecTemplatePodDnsPolicy || {});
function toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret(obj.secret),
    "configMap": toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap(obj.configMap),
    "persistentVolumeClaim": toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj.persistentVolumeClaim)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateApiServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy2) => {
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy2;
})(KafkaMirrorMaker2SpecTemplateApiServiceIpFamilyPolicy || {});
var KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies2) => {
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies2;
})(KafkaMirrorMaker2SpecTemplateApiServiceIpFamilies || {});
function toJson_KafkaMirrorMaker2SpecTemplateHeadlessServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy2) => {
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy2["SINGLE_STACK"] = "SingleStack";
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy2["PREFER_DUAL_STACK"] = "PreferDualStack";
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy2["REQUIRE_DUAL_STACK"] = "RequireDualStack";
  return KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy2;
})(KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilyPolicy || {});
var KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies2) => {
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies2["I_PV4"] = "IPv4";
  KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies2["I_PV6"] = "IPv6";
  return KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies2;
})(KafkaMirrorMaker2SpecTemplateHeadlessServiceIpFamilies || {});
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodDisruptionBudgetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateClusterRoleBindingMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTolerations(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2) => {
  KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2["DEFAULT"] = "Default";
  KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2["NONE"] = "None";
  return KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy2;
})(KafkaMirrorMaker2SpecTemplateBuildPodDnsPolicy || {});
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi(obj.csi),
    "image": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildConfigMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildServiceAccountMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateJmxSecretMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "pattern": obj.pattern
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationCertificateAndKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "certificate": obj.certificate,
    "key": obj.key
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretName": obj.secretName,
    "password": obj.password
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType = /* @__PURE__ */ ((KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2) => {
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2["TLS"] = "tls";
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_256"] = "scram-sha-256";
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2["PLAIN"] = "plain";
  KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2["CUSTOM"] = "custom";
  return KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType2;
})(KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType || {});
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorListOffsetsToConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsSourceConnectorAlterOffsetsFromConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorListOffsetsToConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecMirrorsCheckpointConnectorAlterOffsetsFromConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium2) => {
  KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium2;
})(KafkaMirrorMaker2SpecTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaMirrorMaker2SpecTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesSecretItems(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodTemplatedVolumesConfigMapItems(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesSecretItems(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesConfigMapItems(obj) {
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
var KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium2) => {
  KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium2;
})(KafkaMirrorMaker2SpecTemplateBuildPodVolumesEmptyDirMedium || {});
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaMirrorMaker2SpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class KafkaNodePool extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaNodePool"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaNodePool"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaNodePool".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaNodePool.GVK,
      ...toJson_KafkaNodePoolProps(props)
    };
  }
  /**
   * Defines a "KafkaNodePool" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaNodePool.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaNodePool.GVK,
      ...toJson_KafkaNodePoolProps(resolved)
    };
  }
}
function toJson_KafkaNodePoolProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaNodePoolSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "replicas": obj.replicas,
    "storage": toJson_KafkaNodePoolSpecStorage(obj.storage),
    "roles": obj.roles?.map((y) => y),
    "resources": toJson_KafkaNodePoolSpecResources(obj.resources),
    "jvmOptions": toJson_KafkaNodePoolSpecJvmOptions(obj.jvmOptions),
    "template": toJson_KafkaNodePoolSpecTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecStorage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "class": obj.class,
    "deleteClaim": obj.deleteClaim,
    "id": obj.id,
    "kraftMetadata": obj.kraftMetadata,
    "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "size": obj.size,
    "sizeLimit": obj.sizeLimit,
    "type": obj.type,
    "volumeAttributesClass": obj.volumeAttributesClass,
    "volumes": obj.volumes?.map((y) => toJson_KafkaNodePoolSpecStorageVolumes(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaNodePoolSpecRoles = /* @__PURE__ */ ((KafkaNodePoolSpecRoles2) => {
  KafkaNodePoolSpecRoles2["CONTROLLER"] = "controller";
  KafkaNodePoolSpecRoles2["BROKER"] = "broker";
  return KafkaNodePoolSpecRoles2;
})(KafkaNodePoolSpecRoles || {});
function toJson_KafkaNodePoolSpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claims": obj.claims?.map((y) => toJson_KafkaNodePoolSpecResourcesClaims(y)),
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecJvmOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "-XX": obj.xx === void 0 ? void 0 : Object.entries(obj.xx).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "-Xmx": obj.xmx,
    "-Xms": obj.xms,
    "gcLoggingEnabled": obj.gcLoggingEnabled,
    "javaSystemProperties": obj.javaSystemProperties?.map((y) => toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podSet": toJson_KafkaNodePoolSpecTemplatePodSet(obj.podSet),
    "pod": toJson_KafkaNodePoolSpecTemplatePod(obj.pod),
    "perPodService": toJson_KafkaNodePoolSpecTemplatePerPodService(obj.perPodService),
    "perPodRoute": toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj.perPodRoute),
    "perPodIngress": toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj.perPodIngress),
    "persistentVolumeClaim": toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj.persistentVolumeClaim),
    "kafkaContainer": toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj.kafkaContainer),
    "initContainer": toJson_KafkaNodePoolSpecTemplateInitContainer(obj.initContainer)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaNodePoolSpecStorageKraftMetadata = /* @__PURE__ */ ((KafkaNodePoolSpecStorageKraftMetadata2) => {
  KafkaNodePoolSpecStorageKraftMetadata2["SHARED"] = "shared";
  return KafkaNodePoolSpecStorageKraftMetadata2;
})(KafkaNodePoolSpecStorageKraftMetadata || {});
var KafkaNodePoolSpecStorageType = /* @__PURE__ */ ((KafkaNodePoolSpecStorageType2) => {
  KafkaNodePoolSpecStorageType2["EPHEMERAL"] = "ephemeral";
  KafkaNodePoolSpecStorageType2["PERSISTENT_HYPHEN_CLAIM"] = "persistent-claim";
  KafkaNodePoolSpecStorageType2["JBOD"] = "jbod";
  return KafkaNodePoolSpecStorageType2;
})(KafkaNodePoolSpecStorageType || {});
function toJson_KafkaNodePoolSpecStorageVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "class": obj.class,
    "deleteClaim": obj.deleteClaim,
    "id": obj.id,
    "kraftMetadata": obj.kraftMetadata,
    "selector": obj.selector === void 0 ? void 0 : Object.entries(obj.selector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "size": obj.size,
    "sizeLimit": obj.sizeLimit,
    "type": obj.type,
    "volumeAttributesClass": obj.volumeAttributesClass
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecResourcesClaims(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaNodePoolSpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaNodePoolSpecResourcesLimits(value);
  }
  static fromString(value) {
    return new KafkaNodePoolSpecResourcesLimits(value);
  }
}
class KafkaNodePoolSpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new KafkaNodePoolSpecResourcesRequests(value);
  }
  static fromString(value) {
    return new KafkaNodePoolSpecResourcesRequests(value);
  }
}
function toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePod(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePodMetadata(obj.metadata),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(y)),
    "securityContext": toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj.securityContext),
    "terminationGracePeriodSeconds": obj.terminationGracePeriodSeconds,
    "affinity": toJson_KafkaNodePoolSpecTemplatePodAffinity(obj.affinity),
    "tolerations": obj.tolerations?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTolerations(y)),
    "topologySpreadConstraints": obj.topologySpreadConstraints?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(y)),
    "priorityClassName": obj.priorityClassName,
    "schedulerName": obj.schedulerName,
    "hostAliases": obj.hostAliases?.map((y) => toJson_KafkaNodePoolSpecTemplatePodHostAliases(y)),
    "dnsPolicy": obj.dnsPolicy,
    "dnsConfig": toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj.dnsConfig),
    "enableServiceLinks": obj.enableServiceLinks,
    "tmpDirSizeLimit": obj.tmpDirSizeLimit,
    "volumes": obj.volumes?.map((y) => toJson_KafkaNodePoolSpecTemplatePodVolumes(y)),
    "templatedVolumes": obj.templatedVolumes?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(y)),
    "hostUsers": obj.hostUsers
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(y)),
    "securityContext": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "env": obj.env?.map((y) => toJson_KafkaNodePoolSpecTemplateInitContainerEnv(y)),
    "securityContext": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj.securityContext),
    "volumeMounts": obj.volumeMounts?.map((y) => toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaNodePoolSpecStorageVolumesKraftMetadata = /* @__PURE__ */ ((KafkaNodePoolSpecStorageVolumesKraftMetadata2) => {
  KafkaNodePoolSpecStorageVolumesKraftMetadata2["SHARED"] = "shared";
  return KafkaNodePoolSpecStorageVolumesKraftMetadata2;
})(KafkaNodePoolSpecStorageVolumesKraftMetadata || {});
var KafkaNodePoolSpecStorageVolumesType = /* @__PURE__ */ ((KafkaNodePoolSpecStorageVolumesType2) => {
  KafkaNodePoolSpecStorageVolumesType2["EPHEMERAL"] = "ephemeral";
  KafkaNodePoolSpecStorageVolumesType2["PERSISTENT_HYPHEN_CLAIM"] = "persistent-claim";
  return KafkaNodePoolSpecStorageVolumesType2;
})(KafkaNodePoolSpecStorageVolumesType || {});
function toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appArmorProfile": toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxChangePolicy": obj.seLinuxChangePolicy,
    "seLinuxOptions": toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "supplementalGroupsPolicy": obj.supplementalGroupsPolicy,
    "sysctls": obj.sysctls?.map((y) => toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(y)),
    "windowsOptions": toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTolerations(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
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
function toJson_KafkaNodePoolSpecTemplatePodHostAliases(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostnames": obj.hostnames?.map((y) => y),
    "ip": obj.ip
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaNodePoolSpecTemplatePodDnsPolicy = /* @__PURE__ */ ((KafkaNodePoolSpecTemplatePodDnsPolicy2) => {
  KafkaNodePoolSpecTemplatePodDnsPolicy2["CLUSTER_FIRST"] = "ClusterFirst";
  KafkaNodePoolSpecTemplatePodDnsPolicy2["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
  KafkaNodePoolSpecTemplatePodDnsPolicy2["DEFAULT"] = "Default";
  KafkaNodePoolSpecTemplatePodDnsPolicy2["NONE"] = "None";
  return KafkaNodePoolSpecTemplatePodDnsPolicy2;
})(KafkaNodePoolSpecTemplatePodDnsPolicy || {});
function toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameservers": obj.nameservers?.map((y) => y),
    "options": obj.options?.map((y) => toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(y)),
    "searches": obj.searches?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj.secret),
    "configMap": toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj.configMap),
    "emptyDir": toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj.emptyDir),
    "persistentVolumeClaim": toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    "csi": toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj.csi),
    "image": toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj.image)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secret": toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj.secret),
    "configMap": toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj.configMap),
    "persistentVolumeClaim": toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj.persistentVolumeClaim)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerEnv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value,
    "valueFrom": toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowPrivilegeEscalation": obj.allowPrivilegeEscalation,
    "appArmorProfile": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
    "capabilities": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
    "privileged": obj.privileged,
    "procMount": obj.procMount,
    "readOnlyRootFilesystem": obj.readOnlyRootFilesystem,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
    "windowsOptions": toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "mountPropagation": obj.mountPropagation,
    "name": obj.name,
    "readOnly": obj.readOnly,
    "recursiveReadOnly": obj.recursiveReadOnly,
    "subPath": obj.subPath,
    "subPathExpr": obj.subPathExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "medium": obj.medium,
    "sizeLimit": obj.sizeLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "driver": obj.driver,
    "fsType": obj.fsType,
    "nodePublishSecretRef": toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    "readOnly": obj.readOnly,
    "volumeAttributes": obj.volumeAttributes === void 0 ? void 0 : Object.entries(obj.volumeAttributes).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "pullPolicy": obj.pullPolicy,
    "reference": obj.reference
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(y)),
    "optional": obj.optional,
    "secretName": obj.secretName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "defaultMode": obj.defaultMode,
    "items": obj.items?.map((y) => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(y)),
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "claimName": obj.claimName,
    "readOnly": obj.readOnly
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
    "configMapKeyRef": toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "add": obj.add?.map((y) => y),
    "drop": obj.drop?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(obj) {
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
var KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium = /* @__PURE__ */ ((KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium2) => {
  KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium2["MEMORY"] = "Memory";
  return KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium2;
})(KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium || {});
function toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(obj) {
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
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
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
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class KafkaRebalance extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaRebalance"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaRebalance"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaRebalance".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaRebalance.GVK,
      ...toJson_KafkaRebalanceProps(props)
    };
  }
  /**
   * Defines a "KafkaRebalance" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaRebalance.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaRebalance.GVK,
      ...toJson_KafkaRebalanceProps(resolved)
    };
  }
}
function toJson_KafkaRebalanceProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaRebalanceSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaRebalanceSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mode": obj.mode,
    "brokers": obj.brokers?.map((y) => y),
    "goals": obj.goals?.map((y) => y),
    "skipHardGoalCheck": obj.skipHardGoalCheck,
    "rebalanceDisk": obj.rebalanceDisk,
    "excludedTopics": obj.excludedTopics,
    "concurrentPartitionMovementsPerBroker": obj.concurrentPartitionMovementsPerBroker,
    "concurrentIntraBrokerPartitionMovements": obj.concurrentIntraBrokerPartitionMovements,
    "concurrentLeaderMovements": obj.concurrentLeaderMovements,
    "replicationThrottle": obj.replicationThrottle,
    "replicaMovementStrategies": obj.replicaMovementStrategies?.map((y) => y),
    "moveReplicasOffVolumes": obj.moveReplicasOffVolumes?.map((y) => toJson_KafkaRebalanceSpecMoveReplicasOffVolumes(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaRebalanceSpecMode = /* @__PURE__ */ ((KafkaRebalanceSpecMode2) => {
  KafkaRebalanceSpecMode2["FULL"] = "full";
  KafkaRebalanceSpecMode2["ADD_HYPHEN_BROKERS"] = "add-brokers";
  KafkaRebalanceSpecMode2["REMOVE_HYPHEN_BROKERS"] = "remove-brokers";
  KafkaRebalanceSpecMode2["REMOVE_HYPHEN_DISKS"] = "remove-disks";
  return KafkaRebalanceSpecMode2;
})(KafkaRebalanceSpecMode || {});
function toJson_KafkaRebalanceSpecMoveReplicasOffVolumes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "brokerId": obj.brokerId,
    "volumeIds": obj.volumeIds?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaTopic extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaTopic"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaTopic"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaTopic".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaTopic.GVK,
      ...toJson_KafkaTopicProps(props)
    };
  }
  /**
   * Defines a "KafkaTopic" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaTopic.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaTopic.GVK,
      ...toJson_KafkaTopicProps(resolved)
    };
  }
}
function toJson_KafkaTopicProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaTopicSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaTopicSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "topicName": obj.topicName,
    "partitions": obj.partitions,
    "replicas": obj.replicas,
    "config": obj.config
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class KafkaUser extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "KafkaUser"
   */
  static GVK = {
    apiVersion: "kafka.strimzi.io/v1",
    kind: "KafkaUser"
  };
  /**
   * Renders a Kubernetes manifest for "KafkaUser".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...KafkaUser.GVK,
      ...toJson_KafkaUserProps(props)
    };
  }
  /**
   * Defines a "KafkaUser" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...KafkaUser.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...KafkaUser.GVK,
      ...toJson_KafkaUserProps(resolved)
    };
  }
}
function toJson_KafkaUserProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KafkaUserSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authentication": toJson_KafkaUserSpecAuthentication(obj.authentication),
    "authorization": toJson_KafkaUserSpecAuthorization(obj.authorization),
    "quotas": toJson_KafkaUserSpecQuotas(obj.quotas),
    "template": toJson_KafkaUserSpecTemplate(obj.template)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecAuthentication(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "password": toJson_KafkaUserSpecAuthenticationPassword(obj.password),
    "renewalDays": obj.renewalDays,
    "type": obj.type,
    "validityDays": obj.validityDays
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecAuthorization(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acls": obj.acls?.map((y) => toJson_KafkaUserSpecAuthorizationAcls(y)),
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecQuotas(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "producerByteRate": obj.producerByteRate,
    "consumerByteRate": obj.consumerByteRate,
    "requestPercentage": obj.requestPercentage,
    "controllerMutationRate": obj.controllerMutationRate
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secret": toJson_KafkaUserSpecTemplateSecret(obj.secret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecAuthenticationPassword(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "valueFrom": toJson_KafkaUserSpecAuthenticationPasswordValueFrom(obj.valueFrom)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaUserSpecAuthenticationType = /* @__PURE__ */ ((KafkaUserSpecAuthenticationType2) => {
  KafkaUserSpecAuthenticationType2["TLS"] = "tls";
  KafkaUserSpecAuthenticationType2["TLS_HYPHEN_EXTERNAL"] = "tls-external";
  KafkaUserSpecAuthenticationType2["SCRAM_HYPHEN_SHA_HYPHEN_512"] = "scram-sha-512";
  return KafkaUserSpecAuthenticationType2;
})(KafkaUserSpecAuthenticationType || {});
function toJson_KafkaUserSpecAuthorizationAcls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "type": obj.type,
    "resource": toJson_KafkaUserSpecAuthorizationAclsResource(obj.resource),
    "host": obj.host,
    "operations": obj.operations?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaUserSpecAuthorizationType = /* @__PURE__ */ ((KafkaUserSpecAuthorizationType2) => {
  KafkaUserSpecAuthorizationType2["SIMPLE"] = "simple";
  return KafkaUserSpecAuthorizationType2;
})(KafkaUserSpecAuthorizationType || {});
function toJson_KafkaUserSpecTemplateSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_KafkaUserSpecTemplateSecretMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecAuthenticationPasswordValueFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretKeyRef": toJson_KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(obj.secretKeyRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaUserSpecAuthorizationAclsType = /* @__PURE__ */ ((KafkaUserSpecAuthorizationAclsType2) => {
  KafkaUserSpecAuthorizationAclsType2["ALLOW"] = "allow";
  KafkaUserSpecAuthorizationAclsType2["DENY"] = "deny";
  return KafkaUserSpecAuthorizationAclsType2;
})(KafkaUserSpecAuthorizationAclsType || {});
function toJson_KafkaUserSpecAuthorizationAclsResource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "patternType": obj.patternType,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KafkaUserSpecAuthorizationAclsOperations = /* @__PURE__ */ ((KafkaUserSpecAuthorizationAclsOperations2) => {
  KafkaUserSpecAuthorizationAclsOperations2["READ"] = "Read";
  KafkaUserSpecAuthorizationAclsOperations2["WRITE"] = "Write";
  KafkaUserSpecAuthorizationAclsOperations2["CREATE"] = "Create";
  KafkaUserSpecAuthorizationAclsOperations2["DELETE"] = "Delete";
  KafkaUserSpecAuthorizationAclsOperations2["ALTER"] = "Alter";
  KafkaUserSpecAuthorizationAclsOperations2["DESCRIBE"] = "Describe";
  KafkaUserSpecAuthorizationAclsOperations2["CLUSTER_ACTION"] = "ClusterAction";
  KafkaUserSpecAuthorizationAclsOperations2["ALTER_CONFIGS"] = "AlterConfigs";
  KafkaUserSpecAuthorizationAclsOperations2["DESCRIBE_CONFIGS"] = "DescribeConfigs";
  KafkaUserSpecAuthorizationAclsOperations2["IDEMPOTENT_WRITE"] = "IdempotentWrite";
  KafkaUserSpecAuthorizationAclsOperations2["ALL"] = "All";
  return KafkaUserSpecAuthorizationAclsOperations2;
})(KafkaUserSpecAuthorizationAclsOperations || {});
function toJson_KafkaUserSpecTemplateSecretMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(obj) {
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
var KafkaUserSpecAuthorizationAclsResourcePatternType = /* @__PURE__ */ ((KafkaUserSpecAuthorizationAclsResourcePatternType2) => {
  KafkaUserSpecAuthorizationAclsResourcePatternType2["LITERAL"] = "literal";
  KafkaUserSpecAuthorizationAclsResourcePatternType2["PREFIX"] = "prefix";
  return KafkaUserSpecAuthorizationAclsResourcePatternType2;
})(KafkaUserSpecAuthorizationAclsResourcePatternType || {});
var KafkaUserSpecAuthorizationAclsResourceType = /* @__PURE__ */ ((KafkaUserSpecAuthorizationAclsResourceType2) => {
  KafkaUserSpecAuthorizationAclsResourceType2["TOPIC"] = "topic";
  KafkaUserSpecAuthorizationAclsResourceType2["GROUP"] = "group";
  KafkaUserSpecAuthorizationAclsResourceType2["CLUSTER"] = "cluster";
  KafkaUserSpecAuthorizationAclsResourceType2["TRANSACTIONAL_ID"] = "transactionalId";
  return KafkaUserSpecAuthorizationAclsResourceType2;
})(KafkaUserSpecAuthorizationAclsResourceType || {});
