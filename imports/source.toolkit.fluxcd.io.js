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
  GitRepository: () => GitRepository,
  GitRepositorySpecProvider: () => GitRepositorySpecProvider,
  GitRepositorySpecVerifyMode: () => GitRepositorySpecVerifyMode,
  toJson_GitRepositoryProps: () => toJson_GitRepositoryProps,
  toJson_GitRepositorySpec: () => toJson_GitRepositorySpec,
  toJson_GitRepositorySpecInclude: () => toJson_GitRepositorySpecInclude,
  toJson_GitRepositorySpecIncludeRepository: () => toJson_GitRepositorySpecIncludeRepository,
  toJson_GitRepositorySpecProxySecretRef: () => toJson_GitRepositorySpecProxySecretRef,
  toJson_GitRepositorySpecRef: () => toJson_GitRepositorySpecRef,
  toJson_GitRepositorySpecSecretRef: () => toJson_GitRepositorySpecSecretRef,
  toJson_GitRepositorySpecVerify: () => toJson_GitRepositorySpecVerify,
  toJson_GitRepositorySpecVerifySecretRef: () => toJson_GitRepositorySpecVerifySecretRef
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class GitRepository extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "GitRepository"
   */
  static GVK = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository"
  };
  /**
   * Renders a Kubernetes manifest for "GitRepository".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props = {}) {
    return {
      ...GitRepository.GVK,
      ...toJson_GitRepositoryProps(props)
    };
  }
  /**
   * Defines a "GitRepository" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props = {}) {
    super(scope, id, {
      ...GitRepository.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...GitRepository.GVK,
      ...toJson_GitRepositoryProps(resolved)
    };
  }
}
function toJson_GitRepositoryProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GitRepositorySpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ignore": obj.ignore,
    "include": obj.include?.map((y) => toJson_GitRepositorySpecInclude(y)),
    "interval": obj.interval,
    "provider": obj.provider,
    "proxySecretRef": toJson_GitRepositorySpecProxySecretRef(obj.proxySecretRef),
    "recurseSubmodules": obj.recurseSubmodules,
    "ref": toJson_GitRepositorySpecRef(obj.ref),
    "secretRef": toJson_GitRepositorySpecSecretRef(obj.secretRef),
    "serviceAccountName": obj.serviceAccountName,
    "sparseCheckout": obj.sparseCheckout?.map((y) => y),
    "suspend": obj.suspend,
    "timeout": obj.timeout,
    "url": obj.url,
    "verify": toJson_GitRepositorySpecVerify(obj.verify)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecInclude(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fromPath": obj.fromPath,
    "repository": toJson_GitRepositorySpecIncludeRepository(obj.repository),
    "toPath": obj.toPath
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GitRepositorySpecProvider = /* @__PURE__ */ ((GitRepositorySpecProvider2) => {
  GitRepositorySpecProvider2["GENERIC"] = "generic";
  GitRepositorySpecProvider2["AWS"] = "aws";
  GitRepositorySpecProvider2["AZURE"] = "azure";
  GitRepositorySpecProvider2["GITHUB"] = "github";
  return GitRepositorySpecProvider2;
})(GitRepositorySpecProvider || {});
function toJson_GitRepositorySpecProxySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "branch": obj.branch,
    "commit": obj.commit,
    "name": obj.name,
    "semver": obj.semver,
    "tag": obj.tag
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecSecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecVerify(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "mode": obj.mode,
    "secretRef": toJson_GitRepositorySpecVerifySecretRef(obj.secretRef)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GitRepositorySpecIncludeRepository(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GitRepositorySpecVerifyMode = /* @__PURE__ */ ((GitRepositorySpecVerifyMode2) => {
  GitRepositorySpecVerifyMode2["HEAD"] = "head";
  GitRepositorySpecVerifyMode2["TAG"] = "Tag";
  GitRepositorySpecVerifyMode2["TAG_AND_HEAD"] = "TagAndHEAD";
  return GitRepositorySpecVerifyMode2;
})(GitRepositorySpecVerifyMode || {});
function toJson_GitRepositorySpecVerifySecretRef(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
