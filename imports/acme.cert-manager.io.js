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
  Challenge: () => Challenge,
  ChallengeSpecSolverDns01AzureDnsEnvironment: () => ChallengeSpecSolverDns01AzureDnsEnvironment,
  ChallengeSpecSolverDns01AzureDnsZoneType: () => ChallengeSpecSolverDns01AzureDnsZoneType,
  ChallengeSpecSolverDns01CnameStrategy: () => ChallengeSpecSolverDns01CnameStrategy,
  ChallengeSpecSolverDns01Rfc2136Protocol: () => ChallengeSpecSolverDns01Rfc2136Protocol,
  ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits: () => ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits,
  ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests: () => ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests,
  ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesLimits: () => ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesLimits,
  ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesRequests: () => ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesRequests,
  ChallengeSpecType: () => ChallengeSpecType,
  Order: () => Order,
  toJson_ChallengeProps: () => toJson_ChallengeProps,
  toJson_ChallengeSpec: () => toJson_ChallengeSpec,
  toJson_ChallengeSpecIssuerRef: () => toJson_ChallengeSpecIssuerRef,
  toJson_ChallengeSpecSolver: () => toJson_ChallengeSpecSolver,
  toJson_ChallengeSpecSolverDns01: () => toJson_ChallengeSpecSolverDns01,
  toJson_ChallengeSpecSolverDns01AcmeDns: () => toJson_ChallengeSpecSolverDns01AcmeDns,
  toJson_ChallengeSpecSolverDns01AcmeDnsAccountSecretRef: () => toJson_ChallengeSpecSolverDns01AcmeDnsAccountSecretRef,
  toJson_ChallengeSpecSolverDns01Akamai: () => toJson_ChallengeSpecSolverDns01Akamai,
  toJson_ChallengeSpecSolverDns01AkamaiAccessTokenSecretRef: () => toJson_ChallengeSpecSolverDns01AkamaiAccessTokenSecretRef,
  toJson_ChallengeSpecSolverDns01AkamaiClientSecretSecretRef: () => toJson_ChallengeSpecSolverDns01AkamaiClientSecretSecretRef,
  toJson_ChallengeSpecSolverDns01AkamaiClientTokenSecretRef: () => toJson_ChallengeSpecSolverDns01AkamaiClientTokenSecretRef,
  toJson_ChallengeSpecSolverDns01AzureDns: () => toJson_ChallengeSpecSolverDns01AzureDns,
  toJson_ChallengeSpecSolverDns01AzureDnsClientSecretSecretRef: () => toJson_ChallengeSpecSolverDns01AzureDnsClientSecretSecretRef,
  toJson_ChallengeSpecSolverDns01AzureDnsManagedIdentity: () => toJson_ChallengeSpecSolverDns01AzureDnsManagedIdentity,
  toJson_ChallengeSpecSolverDns01CloudDns: () => toJson_ChallengeSpecSolverDns01CloudDns,
  toJson_ChallengeSpecSolverDns01CloudDnsServiceAccountSecretRef: () => toJson_ChallengeSpecSolverDns01CloudDnsServiceAccountSecretRef,
  toJson_ChallengeSpecSolverDns01Cloudflare: () => toJson_ChallengeSpecSolverDns01Cloudflare,
  toJson_ChallengeSpecSolverDns01CloudflareApiKeySecretRef: () => toJson_ChallengeSpecSolverDns01CloudflareApiKeySecretRef,
  toJson_ChallengeSpecSolverDns01CloudflareApiTokenSecretRef: () => toJson_ChallengeSpecSolverDns01CloudflareApiTokenSecretRef,
  toJson_ChallengeSpecSolverDns01Digitalocean: () => toJson_ChallengeSpecSolverDns01Digitalocean,
  toJson_ChallengeSpecSolverDns01DigitaloceanTokenSecretRef: () => toJson_ChallengeSpecSolverDns01DigitaloceanTokenSecretRef,
  toJson_ChallengeSpecSolverDns01Rfc2136: () => toJson_ChallengeSpecSolverDns01Rfc2136,
  toJson_ChallengeSpecSolverDns01Rfc2136TsigSecretSecretRef: () => toJson_ChallengeSpecSolverDns01Rfc2136TsigSecretSecretRef,
  toJson_ChallengeSpecSolverDns01Route53: () => toJson_ChallengeSpecSolverDns01Route53,
  toJson_ChallengeSpecSolverDns01Route53AccessKeyIdSecretRef: () => toJson_ChallengeSpecSolverDns01Route53AccessKeyIdSecretRef,
  toJson_ChallengeSpecSolverDns01Route53Auth: () => toJson_ChallengeSpecSolverDns01Route53Auth,
  toJson_ChallengeSpecSolverDns01Route53AuthKubernetes: () => toJson_ChallengeSpecSolverDns01Route53AuthKubernetes,
  toJson_ChallengeSpecSolverDns01Route53AuthKubernetesServiceAccountRef: () => toJson_ChallengeSpecSolverDns01Route53AuthKubernetesServiceAccountRef,
  toJson_ChallengeSpecSolverDns01Route53SecretAccessKeySecretRef: () => toJson_ChallengeSpecSolverDns01Route53SecretAccessKeySecretRef,
  toJson_ChallengeSpecSolverDns01Webhook: () => toJson_ChallengeSpecSolverDns01Webhook,
  toJson_ChallengeSpecSolverHttp01: () => toJson_ChallengeSpecSolverHttp01,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoute: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoute,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRouteParentRefs: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRouteParentRefs,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplate: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplate,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateMetadata: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateMetadata,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpec: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpec,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinity: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinity,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResources: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResources,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContext: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContext,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls,
  toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecTolerations: () => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecTolerations,
  toJson_ChallengeSpecSolverHttp01Ingress: () => toJson_ChallengeSpecSolverHttp01Ingress,
  toJson_ChallengeSpecSolverHttp01IngressIngressTemplate: () => toJson_ChallengeSpecSolverHttp01IngressIngressTemplate,
  toJson_ChallengeSpecSolverHttp01IngressIngressTemplateMetadata: () => toJson_ChallengeSpecSolverHttp01IngressIngressTemplateMetadata,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplate: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplate,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateMetadata: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateMetadata,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpec: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpec,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinity: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinity,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinity: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinity,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinity: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinity,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinity: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinity,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecImagePullSecrets: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecImagePullSecrets,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecResources: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecResources,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContext: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContext,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeccompProfile: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeccompProfile,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSysctls: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSysctls,
  toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecTolerations: () => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecTolerations,
  toJson_ChallengeSpecSolverSelector: () => toJson_ChallengeSpecSolverSelector,
  toJson_OrderProps: () => toJson_OrderProps,
  toJson_OrderSpec: () => toJson_OrderSpec,
  toJson_OrderSpecIssuerRef: () => toJson_OrderSpecIssuerRef
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class Challenge extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Challenge"
   */
  static GVK = {
    apiVersion: "acme.cert-manager.io/v1",
    kind: "Challenge"
  };
  /**
   * Renders a Kubernetes manifest for "Challenge".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Challenge.GVK,
      ...toJson_ChallengeProps(props)
    };
  }
  /**
   * Defines a "Challenge" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Challenge.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Challenge.GVK,
      ...toJson_ChallengeProps(resolved)
    };
  }
}
function toJson_ChallengeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_ChallengeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "authorizationURL": obj.authorizationUrl,
    "dnsName": obj.dnsName,
    "issuerRef": toJson_ChallengeSpecIssuerRef(obj.issuerRef),
    "key": obj.key,
    "solver": toJson_ChallengeSpecSolver(obj.solver),
    "token": obj.token,
    "type": obj.type,
    "url": obj.url,
    "wildcard": obj.wildcard
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecIssuerRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolver(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "dns01": toJson_ChallengeSpecSolverDns01(obj.dns01),
    "http01": toJson_ChallengeSpecSolverHttp01(obj.http01),
    "selector": toJson_ChallengeSpecSolverSelector(obj.selector),
    "waitInsteadOfSelfCheck": obj.waitInsteadOfSelfCheck
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ChallengeSpecType = /* @__PURE__ */ ((ChallengeSpecType2) => {
  ChallengeSpecType2["HTTP_HYPHEN_01"] = "HTTP-01";
  ChallengeSpecType2["DNS_HYPHEN_01"] = "DNS-01";
  return ChallengeSpecType2;
})(ChallengeSpecType || {});
function toJson_ChallengeSpecSolverDns01(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acmeDNS": toJson_ChallengeSpecSolverDns01AcmeDns(obj.acmeDns),
    "akamai": toJson_ChallengeSpecSolverDns01Akamai(obj.akamai),
    "azureDNS": toJson_ChallengeSpecSolverDns01AzureDns(obj.azureDns),
    "cloudDNS": toJson_ChallengeSpecSolverDns01CloudDns(obj.cloudDns),
    "cloudflare": toJson_ChallengeSpecSolverDns01Cloudflare(obj.cloudflare),
    "cnameStrategy": obj.cnameStrategy,
    "digitalocean": toJson_ChallengeSpecSolverDns01Digitalocean(obj.digitalocean),
    "rfc2136": toJson_ChallengeSpecSolverDns01Rfc2136(obj.rfc2136),
    "route53": toJson_ChallengeSpecSolverDns01Route53(obj.route53),
    "webhook": toJson_ChallengeSpecSolverDns01Webhook(obj.webhook)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "gatewayHTTPRoute": toJson_ChallengeSpecSolverHttp01GatewayHttpRoute(obj.gatewayHttpRoute),
    "ingress": toJson_ChallengeSpecSolverHttp01Ingress(obj.ingress)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "dnsNames": obj.dnsNames?.map((y) => y),
    "dnsZones": obj.dnsZones?.map((y) => y),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AcmeDns(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accountSecretRef": toJson_ChallengeSpecSolverDns01AcmeDnsAccountSecretRef(obj.accountSecretRef),
    "host": obj.host
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Akamai(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessTokenSecretRef": toJson_ChallengeSpecSolverDns01AkamaiAccessTokenSecretRef(obj.accessTokenSecretRef),
    "clientSecretSecretRef": toJson_ChallengeSpecSolverDns01AkamaiClientSecretSecretRef(obj.clientSecretSecretRef),
    "clientTokenSecretRef": toJson_ChallengeSpecSolverDns01AkamaiClientTokenSecretRef(obj.clientTokenSecretRef),
    "serviceConsumerDomain": obj.serviceConsumerDomain
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AzureDns(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientID": obj.clientId,
    "clientSecretSecretRef": toJson_ChallengeSpecSolverDns01AzureDnsClientSecretSecretRef(obj.clientSecretSecretRef),
    "environment": obj.environment,
    "hostedZoneName": obj.hostedZoneName,
    "managedIdentity": toJson_ChallengeSpecSolverDns01AzureDnsManagedIdentity(obj.managedIdentity),
    "resourceGroupName": obj.resourceGroupName,
    "subscriptionID": obj.subscriptionId,
    "tenantID": obj.tenantId,
    "zoneType": obj.zoneType
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01CloudDns(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "hostedZoneName": obj.hostedZoneName,
    "project": obj.project,
    "serviceAccountSecretRef": toJson_ChallengeSpecSolverDns01CloudDnsServiceAccountSecretRef(obj.serviceAccountSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Cloudflare(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiKeySecretRef": toJson_ChallengeSpecSolverDns01CloudflareApiKeySecretRef(obj.apiKeySecretRef),
    "apiTokenSecretRef": toJson_ChallengeSpecSolverDns01CloudflareApiTokenSecretRef(obj.apiTokenSecretRef),
    "email": obj.email
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ChallengeSpecSolverDns01CnameStrategy = /* @__PURE__ */ ((ChallengeSpecSolverDns01CnameStrategy2) => {
  ChallengeSpecSolverDns01CnameStrategy2["NONE"] = "None";
  ChallengeSpecSolverDns01CnameStrategy2["FOLLOW"] = "Follow";
  return ChallengeSpecSolverDns01CnameStrategy2;
})(ChallengeSpecSolverDns01CnameStrategy || {});
function toJson_ChallengeSpecSolverDns01Digitalocean(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "tokenSecretRef": toJson_ChallengeSpecSolverDns01DigitaloceanTokenSecretRef(obj.tokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Rfc2136(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nameserver": obj.nameserver,
    "protocol": obj.protocol,
    "tsigAlgorithm": obj.tsigAlgorithm,
    "tsigKeyName": obj.tsigKeyName,
    "tsigSecretSecretRef": toJson_ChallengeSpecSolverDns01Rfc2136TsigSecretSecretRef(obj.tsigSecretSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyID": obj.accessKeyId,
    "accessKeyIDSecretRef": toJson_ChallengeSpecSolverDns01Route53AccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "auth": toJson_ChallengeSpecSolverDns01Route53Auth(obj.auth),
    "hostedZoneID": obj.hostedZoneId,
    "region": obj.region,
    "role": obj.role,
    "secretAccessKeySecretRef": toJson_ChallengeSpecSolverDns01Route53SecretAccessKeySecretRef(obj.secretAccessKeySecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Webhook(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "config": obj.config,
    "groupName": obj.groupName,
    "solverName": obj.solverName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoute(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "parentRefs": obj.parentRefs?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRouteParentRefs(y)),
    "podTemplate": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplate(obj.podTemplate),
    "serviceType": obj.serviceType
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01Ingress(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "class": obj.class,
    "ingressClassName": obj.ingressClassName,
    "ingressTemplate": toJson_ChallengeSpecSolverHttp01IngressIngressTemplate(obj.ingressTemplate),
    "name": obj.name,
    "podTemplate": toJson_ChallengeSpecSolverHttp01IngressPodTemplate(obj.podTemplate),
    "serviceType": obj.serviceType
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AcmeDnsAccountSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AkamaiAccessTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AkamaiClientSecretSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AkamaiClientTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01AzureDnsClientSecretSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ChallengeSpecSolverDns01AzureDnsEnvironment = /* @__PURE__ */ ((ChallengeSpecSolverDns01AzureDnsEnvironment2) => {
  ChallengeSpecSolverDns01AzureDnsEnvironment2["AZURE_PUBLIC_CLOUD"] = "AzurePublicCloud";
  ChallengeSpecSolverDns01AzureDnsEnvironment2["AZURE_CHINA_CLOUD"] = "AzureChinaCloud";
  ChallengeSpecSolverDns01AzureDnsEnvironment2["AZURE_GERMAN_CLOUD"] = "AzureGermanCloud";
  ChallengeSpecSolverDns01AzureDnsEnvironment2["AZURE_US_GOVERNMENT_CLOUD"] = "AzureUSGovernmentCloud";
  return ChallengeSpecSolverDns01AzureDnsEnvironment2;
})(ChallengeSpecSolverDns01AzureDnsEnvironment || {});
function toJson_ChallengeSpecSolverDns01AzureDnsManagedIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientID": obj.clientId,
    "resourceID": obj.resourceId,
    "tenantID": obj.tenantId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ChallengeSpecSolverDns01AzureDnsZoneType = /* @__PURE__ */ ((ChallengeSpecSolverDns01AzureDnsZoneType2) => {
  ChallengeSpecSolverDns01AzureDnsZoneType2["AZURE_PUBLIC_ZONE"] = "AzurePublicZone";
  ChallengeSpecSolverDns01AzureDnsZoneType2["AZURE_PRIVATE_ZONE"] = "AzurePrivateZone";
  return ChallengeSpecSolverDns01AzureDnsZoneType2;
})(ChallengeSpecSolverDns01AzureDnsZoneType || {});
function toJson_ChallengeSpecSolverDns01CloudDnsServiceAccountSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01CloudflareApiKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01CloudflareApiTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01DigitaloceanTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ChallengeSpecSolverDns01Rfc2136Protocol = /* @__PURE__ */ ((ChallengeSpecSolverDns01Rfc2136Protocol2) => {
  ChallengeSpecSolverDns01Rfc2136Protocol2["TCP"] = "TCP";
  ChallengeSpecSolverDns01Rfc2136Protocol2["UDP"] = "UDP";
  return ChallengeSpecSolverDns01Rfc2136Protocol2;
})(ChallengeSpecSolverDns01Rfc2136Protocol || {});
function toJson_ChallengeSpecSolverDns01Rfc2136TsigSecretSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53AccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53Auth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kubernetes": toJson_ChallengeSpecSolverDns01Route53AuthKubernetes(obj.kubernetes)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53SecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRouteParentRefs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace,
    "port": obj.port,
    "sectionName": obj.sectionName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateMetadata(obj.metadata),
    "spec": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressIngressTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ChallengeSpecSolverHttp01IngressIngressTemplateMetadata(obj.metadata)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplate(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": toJson_ChallengeSpecSolverHttp01IngressPodTemplateMetadata(obj.metadata),
    "spec": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53AuthKubernetes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_ChallengeSpecSolverDns01Route53AuthKubernetesServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "affinity": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinity(obj.affinity),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets(y)),
    "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "priorityClassName": obj.priorityClassName,
    "resources": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResources(obj.resources),
    "securityContext": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContext(obj.securityContext),
    "serviceAccountName": obj.serviceAccountName,
    "tolerations": obj.tolerations?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecTolerations(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressIngressTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "affinity": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinity(obj.affinity),
    "imagePullSecrets": obj.imagePullSecrets?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecImagePullSecrets(y)),
    "nodeSelector": obj.nodeSelector === void 0 ? void 0 : Object.entries(obj.nodeSelector).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "priorityClassName": obj.priorityClassName,
    "resources": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecResources(obj.resources),
    "securityContext": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContext(obj.securityContext),
    "serviceAccountName": obj.serviceAccountName,
    "tolerations": obj.tolerations?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecTolerations(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverDns01Route53AuthKubernetesServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "sysctls": obj.sysctls?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecTolerations(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeAffinity": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinity(obj.nodeAffinity),
    "podAffinity": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinity(obj.podAffinity),
    "podAntiAffinity": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinity(obj.podAntiAffinity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecImagePullSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecResources(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "limits": obj.limits === void 0 ? void 0 : Object.entries(obj.limits).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {}),
    "requests": obj.requests === void 0 ? void 0 : Object.entries(obj.requests).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1]?.value }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContext(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fsGroup": obj.fsGroup,
    "fsGroupChangePolicy": obj.fsGroupChangePolicy,
    "runAsGroup": obj.runAsGroup,
    "runAsNonRoot": obj.runAsNonRoot,
    "runAsUser": obj.runAsUser,
    "seLinuxOptions": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    "seccompProfile": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeccompProfile(obj.seccompProfile),
    "supplementalGroups": obj.supplementalGroups?.map((y) => y),
    "sysctls": obj.sysctls?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSysctls(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecTolerations(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits(value);
  }
  static fromString(value) {
    return new ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits(value);
  }
}
class ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests(value);
  }
  static fromString(value) {
    return new ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests(value);
  }
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeLinuxOptions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preferredDuringSchedulingIgnoredDuringExecution": obj.preferredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
    "requiredDuringSchedulingIgnoredDuringExecution": obj.requiredDuringSchedulingIgnoredDuringExecution?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesLimits {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesLimits(value);
  }
  static fromString(value) {
    return new ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesLimits(value);
  }
}
class ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesRequests {
  constructor(value) {
    this.value = value;
  }
  value;
  static fromNumber(value) {
    return new ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesRequests(value);
  }
  static fromString(value) {
    return new ChallengeSpecSolverHttp01IngressPodTemplateSpecResourcesRequests(value);
  }
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeLinuxOptions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSeccompProfile(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "localhostProfile": obj.localhostProfile,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecSecurityContextSysctls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "preference": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "nodeSelectorTerms": obj.nodeSelectorTerms?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "podAffinityTerm": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
    "weight": obj.weight
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
    "matchFields": obj.matchFields?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "labelSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
    "matchLabelKeys": obj.matchLabelKeys?.map((y) => y),
    "mismatchLabelKeys": obj.mismatchLabelKeys?.map((y) => y),
    "namespaceSelector": toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
    "namespaces": obj.namespaces?.map((y) => y),
    "topologyKey": obj.topologyKey
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01GatewayHttpRoutePodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
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
function toJson_ChallengeSpecSolverHttp01IngressPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
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
class Order extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Order"
   */
  static GVK = {
    apiVersion: "acme.cert-manager.io/v1",
    kind: "Order"
  };
  /**
   * Renders a Kubernetes manifest for "Order".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Order.GVK,
      ...toJson_OrderProps(props)
    };
  }
  /**
   * Defines a "Order" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Order.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Order.GVK,
      ...toJson_OrderProps(resolved)
    };
  }
}
function toJson_OrderProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_OrderSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_OrderSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "commonName": obj.commonName,
    "dnsNames": obj.dnsNames?.map((y) => y),
    "duration": obj.duration,
    "ipAddresses": obj.ipAddresses?.map((y) => y),
    "issuerRef": toJson_OrderSpecIssuerRef(obj.issuerRef),
    "profile": obj.profile,
    "replaces": obj.replaces,
    "request": obj.request
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_OrderSpecIssuerRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "kind": obj.kind,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
