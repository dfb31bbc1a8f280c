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
  Kustomization: () => Kustomization,
  KustomizationSpecBuildMetadata: () => KustomizationSpecBuildMetadata,
  KustomizationSpecDecryptionProvider: () => KustomizationSpecDecryptionProvider,
  KustomizationSpecDeletionPolicy: () => KustomizationSpecDeletionPolicy,
  KustomizationSpecPostBuildSubstituteFromKind: () => KustomizationSpecPostBuildSubstituteFromKind,
  KustomizationSpecPostBuildSubstituteStrategy: () => KustomizationSpecPostBuildSubstituteStrategy,
  KustomizationSpecSourceRefKind: () => KustomizationSpecSourceRefKind,
  toJson_KustomizationProps: () => toJson_KustomizationProps,
  toJson_KustomizationSpec: () => toJson_KustomizationSpec,
  toJson_KustomizationSpecCommonMetadata: () => toJson_KustomizationSpecCommonMetadata,
  toJson_KustomizationSpecDecryption: () => toJson_KustomizationSpecDecryption,
  toJson_KustomizationSpecDecryptionSecretRef: () => toJson_KustomizationSpecDecryptionSecretRef,
  toJson_KustomizationSpecDependsOn: () => toJson_KustomizationSpecDependsOn,
  toJson_KustomizationSpecHealthCheckExprs: () => toJson_KustomizationSpecHealthCheckExprs,
  toJson_KustomizationSpecHealthChecks: () => toJson_KustomizationSpecHealthChecks,
  toJson_KustomizationSpecIgnore: () => toJson_KustomizationSpecIgnore,
  toJson_KustomizationSpecIgnoreTarget: () => toJson_KustomizationSpecIgnoreTarget,
  toJson_KustomizationSpecImages: () => toJson_KustomizationSpecImages,
  toJson_KustomizationSpecKubeConfig: () => toJson_KustomizationSpecKubeConfig,
  toJson_KustomizationSpecKubeConfigConfigMapRef: () => toJson_KustomizationSpecKubeConfigConfigMapRef,
  toJson_KustomizationSpecKubeConfigSecretRef: () => toJson_KustomizationSpecKubeConfigSecretRef,
  toJson_KustomizationSpecPatches: () => toJson_KustomizationSpecPatches,
  toJson_KustomizationSpecPatchesTarget: () => toJson_KustomizationSpecPatchesTarget,
  toJson_KustomizationSpecPostBuild: () => toJson_KustomizationSpecPostBuild,
  toJson_KustomizationSpecPostBuildSubstituteFrom: () => toJson_KustomizationSpecPostBuildSubstituteFrom,
  toJson_KustomizationSpecSourceRef: () => toJson_KustomizationSpecSourceRef
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class Kustomization extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Kustomization"
   */
  static GVK = {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization"
  };
  /**
   * Renders a Kubernetes manifest for "Kustomization".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...Kustomization.GVK,
      ...toJson_KustomizationProps(props)
    };
  }
  /**
   * Defines a "Kustomization" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...Kustomization.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Kustomization.GVK,
      ...toJson_KustomizationProps(resolved)
    };
  }
}
function toJson_KustomizationProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_KustomizationSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "buildMetadata": obj.buildMetadata?.map((y) => y),
    "commonMetadata": toJson_KustomizationSpecCommonMetadata(obj.commonMetadata),
    "components": obj.components?.map((y) => y),
    "decryption": toJson_KustomizationSpecDecryption(obj.decryption),
    "deletionPolicy": obj.deletionPolicy,
    "dependsOn": obj.dependsOn?.map((y) => toJson_KustomizationSpecDependsOn(y)),
    "force": obj.force,
    "healthCheckExprs": obj.healthCheckExprs?.map((y) => toJson_KustomizationSpecHealthCheckExprs(y)),
    "healthChecks": obj.healthChecks?.map((y) => toJson_KustomizationSpecHealthChecks(y)),
    "ignore": obj.ignore?.map((y) => toJson_KustomizationSpecIgnore(y)),
    "ignoreMissingComponents": obj.ignoreMissingComponents,
    "images": obj.images?.map((y) => toJson_KustomizationSpecImages(y)),
    "interval": obj.interval,
    "kubeConfig": toJson_KustomizationSpecKubeConfig(obj.kubeConfig),
    "namePrefix": obj.namePrefix,
    "nameSuffix": obj.nameSuffix,
    "patches": obj.patches?.map((y) => toJson_KustomizationSpecPatches(y)),
    "path": obj.path,
    "postBuild": toJson_KustomizationSpecPostBuild(obj.postBuild),
    "prune": obj.prune,
    "retryInterval": obj.retryInterval,
    "serviceAccountName": obj.serviceAccountName,
    "sourceRef": toJson_KustomizationSpecSourceRef(obj.sourceRef),
    "suspend": obj.suspend,
    "targetNamespace": obj.targetNamespace,
    "timeout": obj.timeout,
    "wait": obj.wait
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KustomizationSpecBuildMetadata = /* @__PURE__ */ ((KustomizationSpecBuildMetadata2) => {
  KustomizationSpecBuildMetadata2["ORIGIN_ANNOTATIONS"] = "originAnnotations";
  KustomizationSpecBuildMetadata2["TRANSFORMER_ANNOTATIONS"] = "transformerAnnotations";
  return KustomizationSpecBuildMetadata2;
})(KustomizationSpecBuildMetadata || {});
function toJson_KustomizationSpecCommonMetadata(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotations": obj.annotations === void 0 ? void 0 : Object.entries(obj.annotations).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "labels": obj.labels === void 0 ? void 0 : Object.entries(obj.labels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecDecryption(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "provider": obj.provider,
    "secretRef": toJson_KustomizationSpecDecryptionSecretRef(obj.secretRef),
    "serviceAccountName": obj.serviceAccountName
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KustomizationSpecDeletionPolicy = /* @__PURE__ */ ((KustomizationSpecDeletionPolicy2) => {
  KustomizationSpecDeletionPolicy2["MIRROR_PRUNE"] = "MirrorPrune";
  KustomizationSpecDeletionPolicy2["DELETE"] = "Delete";
  KustomizationSpecDeletionPolicy2["WAIT_FOR_TERMINATION"] = "WaitForTermination";
  KustomizationSpecDeletionPolicy2["ORPHAN"] = "Orphan";
  return KustomizationSpecDeletionPolicy2;
})(KustomizationSpecDeletionPolicy || {});
function toJson_KustomizationSpecDependsOn(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "namespace": obj.namespace,
    "readyExpr": obj.readyExpr
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecHealthCheckExprs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "current": obj.current,
    "failed": obj.failed,
    "inProgress": obj.inProgress,
    "kind": obj.kind
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecHealthChecks(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecIgnore(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "paths": obj.paths?.map((y) => y),
    "target": toJson_KustomizationSpecIgnoreTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecImages(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "digest": obj.digest,
    "name": obj.name,
    "newName": obj.newName,
    "newTag": obj.newTag
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfig(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "configMapRef": toJson_KustomizationSpecKubeConfigConfigMapRef(obj.configMapRef),
    "secretRef": toJson_KustomizationSpecKubeConfigSecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPatches(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "patch": obj.patch,
    "target": toJson_KustomizationSpecPatchesTarget(obj.target)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPostBuild(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "substitute": obj.substitute === void 0 ? void 0 : Object.entries(obj.substitute).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {}),
    "substituteFrom": obj.substituteFrom?.map((y) => toJson_KustomizationSpecPostBuildSubstituteFrom(y)),
    "substituteStrategy": obj.substituteStrategy
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecSourceRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "apiVersion": obj.apiVersion,
    "kind": obj.kind,
    "name": obj.name,
    "namespace": obj.namespace
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KustomizationSpecDecryptionProvider = /* @__PURE__ */ ((KustomizationSpecDecryptionProvider2) => {
  KustomizationSpecDecryptionProvider2["SOPS"] = "sops";
  return KustomizationSpecDecryptionProvider2;
})(KustomizationSpecDecryptionProvider || {});
function toJson_KustomizationSpecDecryptionSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecIgnoreTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfigConfigMapRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecKubeConfigSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "key": obj.key,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPatchesTarget(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "annotationSelector": obj.annotationSelector,
    "group": obj.group,
    "kind": obj.kind,
    "labelSelector": obj.labelSelector,
    "name": obj.name,
    "namespace": obj.namespace,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_KustomizationSpecPostBuildSubstituteFrom(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "kind": obj.kind,
    "name": obj.name,
    "optional": obj.optional
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var KustomizationSpecPostBuildSubstituteStrategy = /* @__PURE__ */ ((KustomizationSpecPostBuildSubstituteStrategy2) => {
  KustomizationSpecPostBuildSubstituteStrategy2["WITH_VARIABLES"] = "WithVariables";
  KustomizationSpecPostBuildSubstituteStrategy2["ALWAYS"] = "Always";
  return KustomizationSpecPostBuildSubstituteStrategy2;
})(KustomizationSpecPostBuildSubstituteStrategy || {});
var KustomizationSpecSourceRefKind = /* @__PURE__ */ ((KustomizationSpecSourceRefKind2) => {
  KustomizationSpecSourceRefKind2["OCI_REPOSITORY"] = "OCIRepository";
  KustomizationSpecSourceRefKind2["GIT_REPOSITORY"] = "GitRepository";
  KustomizationSpecSourceRefKind2["BUCKET"] = "Bucket";
  KustomizationSpecSourceRefKind2["EXTERNAL_ARTIFACT"] = "ExternalArtifact";
  return KustomizationSpecSourceRefKind2;
})(KustomizationSpecSourceRefKind || {});
var KustomizationSpecPostBuildSubstituteFromKind = /* @__PURE__ */ ((KustomizationSpecPostBuildSubstituteFromKind2) => {
  KustomizationSpecPostBuildSubstituteFromKind2["SECRET"] = "Secret";
  KustomizationSpecPostBuildSubstituteFromKind2["CONFIG_MAP"] = "ConfigMap";
  return KustomizationSpecPostBuildSubstituteFromKind2;
})(KustomizationSpecPostBuildSubstituteFromKind || {});
