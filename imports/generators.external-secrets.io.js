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
  AcrAccessToken: () => AcrAccessToken,
  AcrAccessTokenSpecEnvironmentType: () => AcrAccessTokenSpecEnvironmentType,
  ClusterGenerator: () => ClusterGenerator,
  ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType: () => ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType,
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType: () => ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType,
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion: () => ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion,
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType: () => ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType,
  ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType: () => ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType,
  ClusterGeneratorSpecKind: () => ClusterGeneratorSpecKind,
  EcrAuthorizationToken: () => EcrAuthorizationToken,
  Fake: () => Fake,
  GcrAccessToken: () => GcrAccessToken,
  GeneratorState: () => GeneratorState,
  GithubAccessToken: () => GithubAccessToken,
  Grafana: () => Grafana,
  Password: () => Password,
  QuayAccessToken: () => QuayAccessToken,
  StsSessionToken: () => StsSessionToken,
  Uuid: () => Uuid,
  VaultDynamicSecret: () => VaultDynamicSecret,
  VaultDynamicSecretSpecProviderCaProviderType: () => VaultDynamicSecretSpecProviderCaProviderType,
  VaultDynamicSecretSpecProviderVersion: () => VaultDynamicSecretSpecProviderVersion,
  VaultDynamicSecretSpecResultType: () => VaultDynamicSecretSpecResultType,
  Webhook: () => Webhook,
  WebhookSpecCaProviderType: () => WebhookSpecCaProviderType,
  toJson_AcrAccessTokenProps: () => toJson_AcrAccessTokenProps,
  toJson_AcrAccessTokenSpec: () => toJson_AcrAccessTokenSpec,
  toJson_AcrAccessTokenSpecAuth: () => toJson_AcrAccessTokenSpecAuth,
  toJson_AcrAccessTokenSpecAuthManagedIdentity: () => toJson_AcrAccessTokenSpecAuthManagedIdentity,
  toJson_AcrAccessTokenSpecAuthServicePrincipal: () => toJson_AcrAccessTokenSpecAuthServicePrincipal,
  toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRef: () => toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRef,
  toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientId: () => toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientId,
  toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret: () => toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret,
  toJson_AcrAccessTokenSpecAuthWorkloadIdentity: () => toJson_AcrAccessTokenSpecAuthWorkloadIdentity,
  toJson_AcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef: () => toJson_AcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef,
  toJson_ClusterGeneratorProps: () => toJson_ClusterGeneratorProps,
  toJson_ClusterGeneratorSpec: () => toJson_ClusterGeneratorSpec,
  toJson_ClusterGeneratorSpecGenerator: () => toJson_ClusterGeneratorSpecGenerator,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthManagedIdentity: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthManagedIdentity,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipal: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipal,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRef: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRef,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientId: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientId,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentity: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentity,
  toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwt: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwt,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwtServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwtServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRef: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRef,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef: () => toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef,
  toJson_ClusterGeneratorSpecGeneratorFakeSpec: () => toJson_ClusterGeneratorSpecGeneratorFakeSpec,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRef: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRef,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentity: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentity,
  toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKey: () => toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKey,
  toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpec: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpec,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasic: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasic,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasicPassword: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasicPassword,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthToken: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthToken,
  toJson_ClusterGeneratorSpecGeneratorGrafanaSpecServiceAccount: () => toJson_ClusterGeneratorSpecGeneratorGrafanaSpecServiceAccount,
  toJson_ClusterGeneratorSpecGeneratorPasswordSpec: () => toJson_ClusterGeneratorSpecGeneratorPasswordSpec,
  toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpecServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpecServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpec: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpec,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwt: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwt,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwtServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwtServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRef: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSessionTokenSecretRef: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSessionTokenSecretRef,
  toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecRequestParameters: () => toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecRequestParameters,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpec: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpec,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProvider: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProvider,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuth: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuth,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRole: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRole,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleRoleRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleRoleRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCert: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCert,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertClientCert: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertClientCert,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIam: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIam,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwt: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwt,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwt: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwt,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetes: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetes,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdap: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdap,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdapSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdapSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthTokenSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthTokenSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPass: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPass,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPassSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPassSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProvider: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProvider,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTls: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTls,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsCertSecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsCertSecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsKeySecretRef: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsKeySecretRef,
  toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecRetrySettings: () => toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecRetrySettings,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpec: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpec,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuth: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuth,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlm: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlm,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmPasswordSecret: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmPasswordSecret,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmUsernameSecret: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmUsernameSecret,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecCaProvider: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecCaProvider,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecResult: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecResult,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecrets: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecrets,
  toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecretsSecretRef: () => toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecretsSecretRef,
  toJson_EcrAuthorizationTokenProps: () => toJson_EcrAuthorizationTokenProps,
  toJson_EcrAuthorizationTokenSpec: () => toJson_EcrAuthorizationTokenSpec,
  toJson_EcrAuthorizationTokenSpecAuth: () => toJson_EcrAuthorizationTokenSpecAuth,
  toJson_EcrAuthorizationTokenSpecAuthJwt: () => toJson_EcrAuthorizationTokenSpecAuthJwt,
  toJson_EcrAuthorizationTokenSpecAuthJwtServiceAccountRef: () => toJson_EcrAuthorizationTokenSpecAuthJwtServiceAccountRef,
  toJson_EcrAuthorizationTokenSpecAuthSecretRef: () => toJson_EcrAuthorizationTokenSpecAuthSecretRef,
  toJson_EcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef: () => toJson_EcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef,
  toJson_EcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_EcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_EcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef: () => toJson_EcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef,
  toJson_FakeProps: () => toJson_FakeProps,
  toJson_FakeSpec: () => toJson_FakeSpec,
  toJson_GcrAccessTokenProps: () => toJson_GcrAccessTokenProps,
  toJson_GcrAccessTokenSpec: () => toJson_GcrAccessTokenSpec,
  toJson_GcrAccessTokenSpecAuth: () => toJson_GcrAccessTokenSpecAuth,
  toJson_GcrAccessTokenSpecAuthSecretRef: () => toJson_GcrAccessTokenSpecAuthSecretRef,
  toJson_GcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_GcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_GcrAccessTokenSpecAuthWorkloadIdentity: () => toJson_GcrAccessTokenSpecAuthWorkloadIdentity,
  toJson_GcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef: () => toJson_GcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef,
  toJson_GeneratorStateProps: () => toJson_GeneratorStateProps,
  toJson_GeneratorStateSpec: () => toJson_GeneratorStateSpec,
  toJson_GithubAccessTokenProps: () => toJson_GithubAccessTokenProps,
  toJson_GithubAccessTokenSpec: () => toJson_GithubAccessTokenSpec,
  toJson_GithubAccessTokenSpecAuth: () => toJson_GithubAccessTokenSpecAuth,
  toJson_GithubAccessTokenSpecAuthPrivateKey: () => toJson_GithubAccessTokenSpecAuthPrivateKey,
  toJson_GithubAccessTokenSpecAuthPrivateKeySecretRef: () => toJson_GithubAccessTokenSpecAuthPrivateKeySecretRef,
  toJson_GrafanaProps: () => toJson_GrafanaProps,
  toJson_GrafanaSpec: () => toJson_GrafanaSpec,
  toJson_GrafanaSpecAuth: () => toJson_GrafanaSpecAuth,
  toJson_GrafanaSpecAuthBasic: () => toJson_GrafanaSpecAuthBasic,
  toJson_GrafanaSpecAuthBasicPassword: () => toJson_GrafanaSpecAuthBasicPassword,
  toJson_GrafanaSpecAuthToken: () => toJson_GrafanaSpecAuthToken,
  toJson_GrafanaSpecServiceAccount: () => toJson_GrafanaSpecServiceAccount,
  toJson_PasswordProps: () => toJson_PasswordProps,
  toJson_PasswordSpec: () => toJson_PasswordSpec,
  toJson_QuayAccessTokenProps: () => toJson_QuayAccessTokenProps,
  toJson_QuayAccessTokenSpec: () => toJson_QuayAccessTokenSpec,
  toJson_QuayAccessTokenSpecServiceAccountRef: () => toJson_QuayAccessTokenSpecServiceAccountRef,
  toJson_StsSessionTokenProps: () => toJson_StsSessionTokenProps,
  toJson_StsSessionTokenSpec: () => toJson_StsSessionTokenSpec,
  toJson_StsSessionTokenSpecAuth: () => toJson_StsSessionTokenSpecAuth,
  toJson_StsSessionTokenSpecAuthJwt: () => toJson_StsSessionTokenSpecAuthJwt,
  toJson_StsSessionTokenSpecAuthJwtServiceAccountRef: () => toJson_StsSessionTokenSpecAuthJwtServiceAccountRef,
  toJson_StsSessionTokenSpecAuthSecretRef: () => toJson_StsSessionTokenSpecAuthSecretRef,
  toJson_StsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef: () => toJson_StsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef,
  toJson_StsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef: () => toJson_StsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef,
  toJson_StsSessionTokenSpecAuthSecretRefSessionTokenSecretRef: () => toJson_StsSessionTokenSpecAuthSecretRefSessionTokenSecretRef,
  toJson_StsSessionTokenSpecRequestParameters: () => toJson_StsSessionTokenSpecRequestParameters,
  toJson_UuidProps: () => toJson_UuidProps,
  toJson_VaultDynamicSecretProps: () => toJson_VaultDynamicSecretProps,
  toJson_VaultDynamicSecretSpec: () => toJson_VaultDynamicSecretSpec,
  toJson_VaultDynamicSecretSpecProvider: () => toJson_VaultDynamicSecretSpecProvider,
  toJson_VaultDynamicSecretSpecProviderAuth: () => toJson_VaultDynamicSecretSpecProviderAuth,
  toJson_VaultDynamicSecretSpecProviderAuthAppRole: () => toJson_VaultDynamicSecretSpecProviderAuthAppRole,
  toJson_VaultDynamicSecretSpecProviderAuthAppRoleRoleRef: () => toJson_VaultDynamicSecretSpecProviderAuthAppRoleRoleRef,
  toJson_VaultDynamicSecretSpecProviderAuthAppRoleSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthAppRoleSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthCert: () => toJson_VaultDynamicSecretSpecProviderAuthCert,
  toJson_VaultDynamicSecretSpecProviderAuthCertClientCert: () => toJson_VaultDynamicSecretSpecProviderAuthCertClientCert,
  toJson_VaultDynamicSecretSpecProviderAuthCertSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthCertSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthIam: () => toJson_VaultDynamicSecretSpecProviderAuthIam,
  toJson_VaultDynamicSecretSpecProviderAuthIamJwt: () => toJson_VaultDynamicSecretSpecProviderAuthIamJwt,
  toJson_VaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef: () => toJson_VaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef,
  toJson_VaultDynamicSecretSpecProviderAuthIamSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthIamSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthJwt: () => toJson_VaultDynamicSecretSpecProviderAuthJwt,
  toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken: () => toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken,
  toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef: () => toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef,
  toJson_VaultDynamicSecretSpecProviderAuthJwtSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthJwtSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthKubernetes: () => toJson_VaultDynamicSecretSpecProviderAuthKubernetes,
  toJson_VaultDynamicSecretSpecProviderAuthKubernetesSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthKubernetesSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef: () => toJson_VaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef,
  toJson_VaultDynamicSecretSpecProviderAuthLdap: () => toJson_VaultDynamicSecretSpecProviderAuthLdap,
  toJson_VaultDynamicSecretSpecProviderAuthLdapSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthLdapSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthTokenSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthTokenSecretRef,
  toJson_VaultDynamicSecretSpecProviderAuthUserPass: () => toJson_VaultDynamicSecretSpecProviderAuthUserPass,
  toJson_VaultDynamicSecretSpecProviderAuthUserPassSecretRef: () => toJson_VaultDynamicSecretSpecProviderAuthUserPassSecretRef,
  toJson_VaultDynamicSecretSpecProviderCaProvider: () => toJson_VaultDynamicSecretSpecProviderCaProvider,
  toJson_VaultDynamicSecretSpecProviderTls: () => toJson_VaultDynamicSecretSpecProviderTls,
  toJson_VaultDynamicSecretSpecProviderTlsCertSecretRef: () => toJson_VaultDynamicSecretSpecProviderTlsCertSecretRef,
  toJson_VaultDynamicSecretSpecProviderTlsKeySecretRef: () => toJson_VaultDynamicSecretSpecProviderTlsKeySecretRef,
  toJson_VaultDynamicSecretSpecRetrySettings: () => toJson_VaultDynamicSecretSpecRetrySettings,
  toJson_WebhookProps: () => toJson_WebhookProps,
  toJson_WebhookSpec: () => toJson_WebhookSpec,
  toJson_WebhookSpecAuth: () => toJson_WebhookSpecAuth,
  toJson_WebhookSpecAuthNtlm: () => toJson_WebhookSpecAuthNtlm,
  toJson_WebhookSpecAuthNtlmPasswordSecret: () => toJson_WebhookSpecAuthNtlmPasswordSecret,
  toJson_WebhookSpecAuthNtlmUsernameSecret: () => toJson_WebhookSpecAuthNtlmUsernameSecret,
  toJson_WebhookSpecCaProvider: () => toJson_WebhookSpecCaProvider,
  toJson_WebhookSpecResult: () => toJson_WebhookSpecResult,
  toJson_WebhookSpecSecrets: () => toJson_WebhookSpecSecrets,
  toJson_WebhookSpecSecretsSecretRef: () => toJson_WebhookSpecSecretsSecretRef
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class AcrAccessToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "ACRAccessToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "ACRAccessToken"
  };
  /**
   * Renders a Kubernetes manifest for "ACRAccessToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...AcrAccessToken.GVK,
      ...toJson_AcrAccessTokenProps(props)
    };
  }
  /**
   * Defines a "ACRAccessToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...AcrAccessToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...AcrAccessToken.GVK,
      ...toJson_AcrAccessTokenProps(resolved)
    };
  }
}
function toJson_AcrAccessTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_AcrAccessTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_AcrAccessTokenSpecAuth(obj.auth),
    "environmentType": obj.environmentType,
    "registry": obj.registry,
    "scope": obj.scope,
    "tenantId": obj.tenantId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "managedIdentity": toJson_AcrAccessTokenSpecAuthManagedIdentity(obj.managedIdentity),
    "servicePrincipal": toJson_AcrAccessTokenSpecAuthServicePrincipal(obj.servicePrincipal),
    "workloadIdentity": toJson_AcrAccessTokenSpecAuthWorkloadIdentity(obj.workloadIdentity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var AcrAccessTokenSpecEnvironmentType = /* @__PURE__ */ ((AcrAccessTokenSpecEnvironmentType2) => {
  AcrAccessTokenSpecEnvironmentType2["PUBLIC_CLOUD"] = "PublicCloud";
  AcrAccessTokenSpecEnvironmentType2["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
  AcrAccessTokenSpecEnvironmentType2["CHINA_CLOUD"] = "ChinaCloud";
  AcrAccessTokenSpecEnvironmentType2["GERMAN_CLOUD"] = "GermanCloud";
  return AcrAccessTokenSpecEnvironmentType2;
})(AcrAccessTokenSpecEnvironmentType || {});
function toJson_AcrAccessTokenSpecAuthManagedIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "identityId": obj.identityId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthServicePrincipal(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthWorkloadIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_AcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientId": toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientId(obj.clientId),
    "clientSecret": toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret(obj.clientSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientId(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_AcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class ClusterGenerator extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "ClusterGenerator"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "ClusterGenerator"
  };
  /**
   * Renders a Kubernetes manifest for "ClusterGenerator".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...ClusterGenerator.GVK,
      ...toJson_ClusterGeneratorProps(props)
    };
  }
  /**
   * Defines a "ClusterGenerator" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...ClusterGenerator.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...ClusterGenerator.GVK,
      ...toJson_ClusterGeneratorProps(resolved)
    };
  }
}
function toJson_ClusterGeneratorProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_ClusterGeneratorSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "generator": toJson_ClusterGeneratorSpecGenerator(obj.generator),
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGenerator(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acrAccessTokenSpec": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpec(obj.acrAccessTokenSpec),
    "ecrAuthorizationTokenSpec": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpec(obj.ecrAuthorizationTokenSpec),
    "fakeSpec": toJson_ClusterGeneratorSpecGeneratorFakeSpec(obj.fakeSpec),
    "gcrAccessTokenSpec": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpec(obj.gcrAccessTokenSpec),
    "githubAccessTokenSpec": toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpec(obj.githubAccessTokenSpec),
    "grafanaSpec": toJson_ClusterGeneratorSpecGeneratorGrafanaSpec(obj.grafanaSpec),
    "passwordSpec": toJson_ClusterGeneratorSpecGeneratorPasswordSpec(obj.passwordSpec),
    "quayAccessTokenSpec": toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpec(obj.quayAccessTokenSpec),
    "stsSessionTokenSpec": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpec(obj.stsSessionTokenSpec),
    "uuidSpec": obj.uuidSpec,
    "vaultDynamicSecretSpec": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpec(obj.vaultDynamicSecretSpec),
    "webhookSpec": toJson_ClusterGeneratorSpecGeneratorWebhookSpec(obj.webhookSpec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecKind = /* @__PURE__ */ ((ClusterGeneratorSpecKind2) => {
  ClusterGeneratorSpecKind2["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
  ClusterGeneratorSpecKind2["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
  ClusterGeneratorSpecKind2["FAKE"] = "Fake";
  ClusterGeneratorSpecKind2["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
  ClusterGeneratorSpecKind2["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
  ClusterGeneratorSpecKind2["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
  ClusterGeneratorSpecKind2["PASSWORD"] = "Password";
  ClusterGeneratorSpecKind2["STS_SESSION_TOKEN"] = "STSSessionToken";
  ClusterGeneratorSpecKind2["UUID"] = "UUID";
  ClusterGeneratorSpecKind2["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
  ClusterGeneratorSpecKind2["WEBHOOK"] = "Webhook";
  ClusterGeneratorSpecKind2["GRAFANA"] = "Grafana";
  return ClusterGeneratorSpecKind2;
})(ClusterGeneratorSpecKind || {});
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuth(obj.auth),
    "environmentType": obj.environmentType,
    "registry": obj.registry,
    "scope": obj.scope,
    "tenantId": obj.tenantId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuth(obj.auth),
    "region": obj.region,
    "role": obj.role,
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorFakeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "controller": obj.controller,
    "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuth(obj.auth),
    "projectID": obj.projectId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appID": obj.appId,
    "auth": toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuth(obj.auth),
    "installID": obj.installId,
    "permissions": obj.permissions === void 0 ? void 0 : Object.entries(obj.permissions).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "repositories": obj.repositories?.map((y) => y),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuth(obj.auth),
    "serviceAccount": toJson_ClusterGeneratorSpecGeneratorGrafanaSpecServiceAccount(obj.serviceAccount),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorPasswordSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowRepeat": obj.allowRepeat,
    "digits": obj.digits,
    "length": obj.length,
    "noUpper": obj.noUpper,
    "symbolCharacters": obj.symbolCharacters,
    "symbols": obj.symbols
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "robotAccount": obj.robotAccount,
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpecServiceAccountRef(obj.serviceAccountRef),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuth(obj.auth),
    "region": obj.region,
    "requestParameters": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecRequestParameters(obj.requestParameters),
    "role": obj.role
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmptyResponse": obj.allowEmptyResponse,
    "controller": obj.controller,
    "method": obj.method,
    "parameters": obj.parameters,
    "path": obj.path,
    "provider": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProvider(obj.provider),
    "resultType": obj.resultType,
    "retrySettings": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecRetrySettings(obj.retrySettings)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuth(obj.auth),
    "body": obj.body,
    "caBundle": obj.caBundle,
    "caProvider": toJson_ClusterGeneratorSpecGeneratorWebhookSpecCaProvider(obj.caProvider),
    "headers": obj.headers === void 0 ? void 0 : Object.entries(obj.headers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "method": obj.method,
    "result": toJson_ClusterGeneratorSpecGeneratorWebhookSpecResult(obj.result),
    "secrets": obj.secrets?.map((y) => toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecrets(y)),
    "timeout": obj.timeout,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "managedIdentity": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthManagedIdentity(obj.managedIdentity),
    "servicePrincipal": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipal(obj.servicePrincipal),
    "workloadIdentity": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentity(obj.workloadIdentity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType = /* @__PURE__ */ ((ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2) => {
  ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2["PUBLIC_CLOUD"] = "PublicCloud";
  ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
  ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2["CHINA_CLOUD"] = "ChinaCloud";
  ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2["GERMAN_CLOUD"] = "GermanCloud";
  return ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType2;
})(ClusterGeneratorSpecGeneratorAcrAccessTokenSpecEnvironmentType || {});
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jwt": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwt(obj.jwt),
    "secretRef": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRef(obj.secretRef),
    "workloadIdentity": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentity(obj.workloadIdentity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "privateKey": toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKey(obj.privateKey)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "basic": toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasic(obj.basic),
    "token": toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthToken(obj.token)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpecServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "role": obj.role
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorQuayAccessTokenSpecServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jwt": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwt(obj.jwt),
    "secretRef": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecRequestParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serialNumber": obj.serialNumber,
    "sessionDuration": obj.sessionDuration,
    "tokenCode": obj.tokenCode
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuth(obj.auth),
    "caBundle": obj.caBundle,
    "caProvider": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProvider(obj.caProvider),
    "forwardInconsistent": obj.forwardInconsistent,
    "headers": obj.headers === void 0 ? void 0 : Object.entries(obj.headers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "namespace": obj.namespace,
    "path": obj.path,
    "readYourWrites": obj.readYourWrites,
    "server": obj.server,
    "tls": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTls(obj.tls),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType = /* @__PURE__ */ ((ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType2) => {
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType2["DATA"] = "Data";
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType2["AUTH"] = "Auth";
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType2["RAW"] = "Raw";
  return ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType2;
})(ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecResultType || {});
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecRetrySettings(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxRetries": obj.maxRetries,
    "retryInterval": obj.retryInterval
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ntlm": toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlm(obj.ntlm)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecCaProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecResult(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jsonPath": obj.jsonPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecretsSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthManagedIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "identityId": obj.identityId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipal(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretAccessKeySecretRef": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterLocation": obj.clusterLocation,
    "clusterName": obj.clusterName,
    "clusterProjectID": obj.clusterProjectId,
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKeySecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasic(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "password": toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasicPassword(obj.password),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appRole": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRole(obj.appRole),
    "cert": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCert(obj.cert),
    "iam": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIam(obj.iam),
    "jwt": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwt(obj.jwt),
    "kubernetes": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetes(obj.kubernetes),
    "ldap": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdap(obj.ldap),
    "namespace": obj.namespace,
    "tokenSecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthTokenSecretRef(obj.tokenSecretRef),
    "userPass": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPass(obj.userPass)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certSecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsCertSecretRef(obj.certSecretRef),
    "keySecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsKeySecretRef(obj.keySecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion = /* @__PURE__ */ ((ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion2) => {
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion2["V1"] = "v1";
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion2["V2"] = "v2";
  return ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion2;
})(ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderVersion || {});
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordSecret": toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmPasswordSecret(obj.passwordSecret),
    "usernameSecret": toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmUsernameSecret(obj.usernameSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType = /* @__PURE__ */ ((ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType2) => {
  ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType2["SECRET"] = "Secret";
  ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType2["CONFIG_MAP"] = "ConfigMap";
  return ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType2;
})(ClusterGeneratorSpecGeneratorWebhookSpecCaProviderType || {});
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecSecretsSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientId": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientId(obj.clientId),
    "clientSecret": toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret(obj.clientSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorEcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGithubAccessTokenSpecAuthPrivateKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorGrafanaSpecAuthBasicPassword(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorStsSessionTokenSpecAuthSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRole(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "roleId": obj.roleId,
    "roleRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleRoleRef(obj.roleRef),
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientCert": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertClientCert(obj.clientCert),
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIam(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "externalID": obj.externalId,
    "jwt": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwt(obj.jwt),
    "path": obj.path,
    "region": obj.region,
    "role": obj.role,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRef(obj.secretRef),
    "vaultAwsIamServerID": obj.vaultAwsIamServerId,
    "vaultRole": obj.vaultRole
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kubernetesServiceAccountToken": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
    "path": obj.path,
    "role": obj.role,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "role": obj.role,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesSecretRef(obj.secretRef),
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdapSecretRef(obj.secretRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPass(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "secretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPassSecretRef(obj.secretRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType = /* @__PURE__ */ ((ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType2) => {
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType2["SECRET"] = "Secret";
  ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType2["CONFIG_MAP"] = "ConfigMap";
  return ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType2;
})(ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderCaProviderType || {});
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsCertSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderTlsKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorWebhookSpecAuthNtlmUsernameSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientId(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorAcrAccessTokenSpecAuthServicePrincipalSecretRefClientSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleRoleRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthAppRoleSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertClientCert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthCertSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "expirationSeconds": obj.expirationSeconds,
    "serviceAccountRef": toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthLdapSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthUserPassSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ClusterGeneratorSpecGeneratorVaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class EcrAuthorizationToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "ECRAuthorizationToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "ECRAuthorizationToken"
  };
  /**
   * Renders a Kubernetes manifest for "ECRAuthorizationToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...EcrAuthorizationToken.GVK,
      ...toJson_EcrAuthorizationTokenProps(props)
    };
  }
  /**
   * Defines a "ECRAuthorizationToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...EcrAuthorizationToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...EcrAuthorizationToken.GVK,
      ...toJson_EcrAuthorizationTokenProps(resolved)
    };
  }
}
function toJson_EcrAuthorizationTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_EcrAuthorizationTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_EcrAuthorizationTokenSpecAuth(obj.auth),
    "region": obj.region,
    "role": obj.role,
    "scope": obj.scope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jwt": toJson_EcrAuthorizationTokenSpecAuthJwt(obj.jwt),
    "secretRef": toJson_EcrAuthorizationTokenSpecAuthSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_EcrAuthorizationTokenSpecAuthJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_EcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_EcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_EcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_EcrAuthorizationTokenSpecAuthSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Fake extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Fake"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "Fake"
  };
  /**
   * Renders a Kubernetes manifest for "Fake".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Fake.GVK,
      ...toJson_FakeProps(props)
    };
  }
  /**
   * Defines a "Fake" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Fake.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Fake.GVK,
      ...toJson_FakeProps(resolved)
    };
  }
}
function toJson_FakeProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_FakeSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FakeSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "controller": obj.controller,
    "data": obj.data === void 0 ? void 0 : Object.entries(obj.data).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class GcrAccessToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "GCRAccessToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "GCRAccessToken"
  };
  /**
   * Renders a Kubernetes manifest for "GCRAccessToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...GcrAccessToken.GVK,
      ...toJson_GcrAccessTokenProps(props)
    };
  }
  /**
   * Defines a "GCRAccessToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...GcrAccessToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...GcrAccessToken.GVK,
      ...toJson_GcrAccessTokenProps(resolved)
    };
  }
}
function toJson_GcrAccessTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GcrAccessTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_GcrAccessTokenSpecAuth(obj.auth),
    "projectID": obj.projectId
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_GcrAccessTokenSpecAuthSecretRef(obj.secretRef),
    "workloadIdentity": toJson_GcrAccessTokenSpecAuthWorkloadIdentity(obj.workloadIdentity)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretAccessKeySecretRef": toJson_GcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpecAuthWorkloadIdentity(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clusterLocation": obj.clusterLocation,
    "clusterName": obj.clusterName,
    "clusterProjectID": obj.clusterProjectId,
    "serviceAccountRef": toJson_GcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GcrAccessTokenSpecAuthWorkloadIdentityServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class GeneratorState extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "GeneratorState"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "GeneratorState"
  };
  /**
   * Renders a Kubernetes manifest for "GeneratorState".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...GeneratorState.GVK,
      ...toJson_GeneratorStateProps(props)
    };
  }
  /**
   * Defines a "GeneratorState" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...GeneratorState.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...GeneratorState.GVK,
      ...toJson_GeneratorStateProps(resolved)
    };
  }
}
function toJson_GeneratorStateProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GeneratorStateSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GeneratorStateSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "garbageCollectionDeadline": obj.garbageCollectionDeadline?.toISOString(),
    "resource": obj.resource,
    "state": obj.state
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class GithubAccessToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "GithubAccessToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "GithubAccessToken"
  };
  /**
   * Renders a Kubernetes manifest for "GithubAccessToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...GithubAccessToken.GVK,
      ...toJson_GithubAccessTokenProps(props)
    };
  }
  /**
   * Defines a "GithubAccessToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...GithubAccessToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...GithubAccessToken.GVK,
      ...toJson_GithubAccessTokenProps(resolved)
    };
  }
}
function toJson_GithubAccessTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GithubAccessTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GithubAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appID": obj.appId,
    "auth": toJson_GithubAccessTokenSpecAuth(obj.auth),
    "installID": obj.installId,
    "permissions": obj.permissions === void 0 ? void 0 : Object.entries(obj.permissions).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "repositories": obj.repositories?.map((y) => y),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GithubAccessTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "privateKey": toJson_GithubAccessTokenSpecAuthPrivateKey(obj.privateKey)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GithubAccessTokenSpecAuthPrivateKey(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "secretRef": toJson_GithubAccessTokenSpecAuthPrivateKeySecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GithubAccessTokenSpecAuthPrivateKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Grafana extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Grafana"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "Grafana"
  };
  /**
   * Renders a Kubernetes manifest for "Grafana".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Grafana.GVK,
      ...toJson_GrafanaProps(props)
    };
  }
  /**
   * Defines a "Grafana" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Grafana.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Grafana.GVK,
      ...toJson_GrafanaProps(resolved)
    };
  }
}
function toJson_GrafanaProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GrafanaSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_GrafanaSpecAuth(obj.auth),
    "serviceAccount": toJson_GrafanaSpecServiceAccount(obj.serviceAccount),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "basic": toJson_GrafanaSpecAuthBasic(obj.basic),
    "token": toJson_GrafanaSpecAuthToken(obj.token)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpecServiceAccount(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "role": obj.role
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpecAuthBasic(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "password": toJson_GrafanaSpecAuthBasicPassword(obj.password),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpecAuthToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GrafanaSpecAuthBasicPassword(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Password extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Password"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "Password"
  };
  /**
   * Renders a Kubernetes manifest for "Password".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Password.GVK,
      ...toJson_PasswordProps(props)
    };
  }
  /**
   * Defines a "Password" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Password.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Password.GVK,
      ...toJson_PasswordProps(resolved)
    };
  }
}
function toJson_PasswordProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_PasswordSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_PasswordSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowRepeat": obj.allowRepeat,
    "digits": obj.digits,
    "length": obj.length,
    "noUpper": obj.noUpper,
    "symbolCharacters": obj.symbolCharacters,
    "symbols": obj.symbols
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class QuayAccessToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "QuayAccessToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "QuayAccessToken"
  };
  /**
   * Renders a Kubernetes manifest for "QuayAccessToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...QuayAccessToken.GVK,
      ...toJson_QuayAccessTokenProps(props)
    };
  }
  /**
   * Defines a "QuayAccessToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...QuayAccessToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...QuayAccessToken.GVK,
      ...toJson_QuayAccessTokenProps(resolved)
    };
  }
}
function toJson_QuayAccessTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_QuayAccessTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_QuayAccessTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "robotAccount": obj.robotAccount,
    "serviceAccountRef": toJson_QuayAccessTokenSpecServiceAccountRef(obj.serviceAccountRef),
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_QuayAccessTokenSpecServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class StsSessionToken extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "STSSessionToken"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "STSSessionToken"
  };
  /**
   * Renders a Kubernetes manifest for "STSSessionToken".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...StsSessionToken.GVK,
      ...toJson_StsSessionTokenProps(props)
    };
  }
  /**
   * Defines a "STSSessionToken" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...StsSessionToken.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...StsSessionToken.GVK,
      ...toJson_StsSessionTokenProps(resolved)
    };
  }
}
function toJson_StsSessionTokenProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_StsSessionTokenSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_StsSessionTokenSpecAuth(obj.auth),
    "region": obj.region,
    "requestParameters": toJson_StsSessionTokenSpecRequestParameters(obj.requestParameters),
    "role": obj.role
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jwt": toJson_StsSessionTokenSpecAuthJwt(obj.jwt),
    "secretRef": toJson_StsSessionTokenSpecAuthSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecRequestParameters(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serialNumber": obj.serialNumber,
    "sessionDuration": obj.sessionDuration,
    "tokenCode": obj.tokenCode
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_StsSessionTokenSpecAuthJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_StsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_StsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_StsSessionTokenSpecAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StsSessionTokenSpecAuthSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Uuid extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "UUID"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "UUID"
  };
  /**
   * Renders a Kubernetes manifest for "UUID".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Uuid.GVK,
      ...toJson_UuidProps(props)
    };
  }
  /**
   * Defines a "UUID" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Uuid.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Uuid.GVK,
      ...toJson_UuidProps(resolved)
    };
  }
}
function toJson_UuidProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": obj.spec
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class VaultDynamicSecret extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "VaultDynamicSecret"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "VaultDynamicSecret"
  };
  /**
   * Renders a Kubernetes manifest for "VaultDynamicSecret".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...VaultDynamicSecret.GVK,
      ...toJson_VaultDynamicSecretProps(props)
    };
  }
  /**
   * Defines a "VaultDynamicSecret" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...VaultDynamicSecret.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...VaultDynamicSecret.GVK,
      ...toJson_VaultDynamicSecretProps(resolved)
    };
  }
}
function toJson_VaultDynamicSecretProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_VaultDynamicSecretSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allowEmptyResponse": obj.allowEmptyResponse,
    "controller": obj.controller,
    "method": obj.method,
    "parameters": obj.parameters,
    "path": obj.path,
    "provider": toJson_VaultDynamicSecretSpecProvider(obj.provider),
    "resultType": obj.resultType,
    "retrySettings": toJson_VaultDynamicSecretSpecRetrySettings(obj.retrySettings)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_VaultDynamicSecretSpecProviderAuth(obj.auth),
    "caBundle": obj.caBundle,
    "caProvider": toJson_VaultDynamicSecretSpecProviderCaProvider(obj.caProvider),
    "forwardInconsistent": obj.forwardInconsistent,
    "headers": obj.headers === void 0 ? void 0 : Object.entries(obj.headers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "namespace": obj.namespace,
    "path": obj.path,
    "readYourWrites": obj.readYourWrites,
    "server": obj.server,
    "tls": toJson_VaultDynamicSecretSpecProviderTls(obj.tls),
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var VaultDynamicSecretSpecResultType = /* @__PURE__ */ ((VaultDynamicSecretSpecResultType2) => {
  VaultDynamicSecretSpecResultType2["DATA"] = "Data";
  VaultDynamicSecretSpecResultType2["AUTH"] = "Auth";
  VaultDynamicSecretSpecResultType2["RAW"] = "Raw";
  return VaultDynamicSecretSpecResultType2;
})(VaultDynamicSecretSpecResultType || {});
function toJson_VaultDynamicSecretSpecRetrySettings(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "maxRetries": obj.maxRetries,
    "retryInterval": obj.retryInterval
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "appRole": toJson_VaultDynamicSecretSpecProviderAuthAppRole(obj.appRole),
    "cert": toJson_VaultDynamicSecretSpecProviderAuthCert(obj.cert),
    "iam": toJson_VaultDynamicSecretSpecProviderAuthIam(obj.iam),
    "jwt": toJson_VaultDynamicSecretSpecProviderAuthJwt(obj.jwt),
    "kubernetes": toJson_VaultDynamicSecretSpecProviderAuthKubernetes(obj.kubernetes),
    "ldap": toJson_VaultDynamicSecretSpecProviderAuthLdap(obj.ldap),
    "namespace": obj.namespace,
    "tokenSecretRef": toJson_VaultDynamicSecretSpecProviderAuthTokenSecretRef(obj.tokenSecretRef),
    "userPass": toJson_VaultDynamicSecretSpecProviderAuthUserPass(obj.userPass)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderCaProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderTls(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "certSecretRef": toJson_VaultDynamicSecretSpecProviderTlsCertSecretRef(obj.certSecretRef),
    "keySecretRef": toJson_VaultDynamicSecretSpecProviderTlsKeySecretRef(obj.keySecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var VaultDynamicSecretSpecProviderVersion = /* @__PURE__ */ ((VaultDynamicSecretSpecProviderVersion2) => {
  VaultDynamicSecretSpecProviderVersion2["V1"] = "v1";
  VaultDynamicSecretSpecProviderVersion2["V2"] = "v2";
  return VaultDynamicSecretSpecProviderVersion2;
})(VaultDynamicSecretSpecProviderVersion || {});
function toJson_VaultDynamicSecretSpecProviderAuthAppRole(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "roleId": obj.roleId,
    "roleRef": toJson_VaultDynamicSecretSpecProviderAuthAppRoleRoleRef(obj.roleRef),
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthAppRoleSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthCert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "clientCert": toJson_VaultDynamicSecretSpecProviderAuthCertClientCert(obj.clientCert),
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthCertSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIam(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "externalID": obj.externalId,
    "jwt": toJson_VaultDynamicSecretSpecProviderAuthIamJwt(obj.jwt),
    "path": obj.path,
    "region": obj.region,
    "role": obj.role,
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthIamSecretRef(obj.secretRef),
    "vaultAwsIamServerID": obj.vaultAwsIamServerId,
    "vaultRole": obj.vaultRole
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kubernetesServiceAccountToken": toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
    "path": obj.path,
    "role": obj.role,
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthJwtSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthKubernetes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mountPath": obj.mountPath,
    "role": obj.role,
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthKubernetesSecretRef(obj.secretRef),
    "serviceAccountRef": toJson_VaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthLdap(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthLdapSecretRef(obj.secretRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthUserPass(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "secretRef": toJson_VaultDynamicSecretSpecProviderAuthUserPassSecretRef(obj.secretRef),
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var VaultDynamicSecretSpecProviderCaProviderType = /* @__PURE__ */ ((VaultDynamicSecretSpecProviderCaProviderType2) => {
  VaultDynamicSecretSpecProviderCaProviderType2["SECRET"] = "Secret";
  VaultDynamicSecretSpecProviderCaProviderType2["CONFIG_MAP"] = "ConfigMap";
  return VaultDynamicSecretSpecProviderCaProviderType2;
})(VaultDynamicSecretSpecProviderCaProviderType || {});
function toJson_VaultDynamicSecretSpecProviderTlsCertSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderTlsKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthAppRoleRoleRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthAppRoleSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthCertClientCert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthCertSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamJwt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "serviceAccountRef": toJson_VaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accessKeyIDSecretRef": toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
    "secretAccessKeySecretRef": toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    "sessionTokenSecretRef": toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountToken(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "expirationSeconds": obj.expirationSeconds,
    "serviceAccountRef": toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthJwtSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthKubernetesSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthKubernetesServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthLdapSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthUserPassSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamJwtServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefAccessKeyIdSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSecretAccessKeySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthIamSecretRefSessionTokenSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_VaultDynamicSecretSpecProviderAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "audiences": obj.audiences?.map((y) => y),
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
class Webhook extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Webhook"
   */
  static GVK = {
    apiVersion: "generators.external-secrets.io/v1alpha1",
    kind: "Webhook"
  };
  /**
   * Renders a Kubernetes manifest for "Webhook".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Webhook.GVK,
      ...toJson_WebhookProps(props)
    };
  }
  /**
   * Defines a "Webhook" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Webhook.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Webhook.GVK,
      ...toJson_WebhookProps(resolved)
    };
  }
}
function toJson_WebhookProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_WebhookSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "auth": toJson_WebhookSpecAuth(obj.auth),
    "body": obj.body,
    "caBundle": obj.caBundle,
    "caProvider": toJson_WebhookSpecCaProvider(obj.caProvider),
    "headers": obj.headers === void 0 ? void 0 : Object.entries(obj.headers).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "method": obj.method,
    "result": toJson_WebhookSpecResult(obj.result),
    "secrets": obj.secrets?.map((y) => toJson_WebhookSpecSecrets(y)),
    "timeout": obj.timeout,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecAuth(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ntlm": toJson_WebhookSpecAuthNtlm(obj.ntlm)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecCaProvider(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecResult(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "jsonPath": obj.jsonPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecSecrets(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "secretRef": toJson_WebhookSpecSecretsSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecAuthNtlm(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwordSecret": toJson_WebhookSpecAuthNtlmPasswordSecret(obj.passwordSecret),
    "usernameSecret": toJson_WebhookSpecAuthNtlmUsernameSecret(obj.usernameSecret)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var WebhookSpecCaProviderType = /* @__PURE__ */ ((WebhookSpecCaProviderType2) => {
  WebhookSpecCaProviderType2["SECRET"] = "Secret";
  WebhookSpecCaProviderType2["CONFIG_MAP"] = "ConfigMap";
  return WebhookSpecCaProviderType2;
})(WebhookSpecCaProviderType || {});
function toJson_WebhookSpecSecretsSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecAuthNtlmPasswordSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_WebhookSpecAuthNtlmUsernameSecret(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
