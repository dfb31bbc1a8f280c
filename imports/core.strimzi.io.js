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
  StrimziPodSet: () => StrimziPodSet,
  toJson_StrimziPodSetProps: () => toJson_StrimziPodSetProps,
  toJson_StrimziPodSetSpec: () => toJson_StrimziPodSetSpec,
  toJson_StrimziPodSetSpecSelector: () => toJson_StrimziPodSetSpecSelector,
  toJson_StrimziPodSetSpecSelectorMatchExpressions: () => toJson_StrimziPodSetSpecSelectorMatchExpressions
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class StrimziPodSet extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "StrimziPodSet"
   */
  static GVK = {
    apiVersion: "core.strimzi.io/v1",
    kind: "StrimziPodSet"
  };
  /**
   * Renders a Kubernetes manifest for "StrimziPodSet".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...StrimziPodSet.GVK,
      ...toJson_StrimziPodSetProps(props)
    };
  }
  /**
   * Defines a "StrimziPodSet" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...StrimziPodSet.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...StrimziPodSet.GVK,
      ...toJson_StrimziPodSetProps(resolved)
    };
  }
}
function toJson_StrimziPodSetProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_StrimziPodSetSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StrimziPodSetSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "selector": toJson_StrimziPodSetSpecSelector(obj.selector),
    "pods": obj.pods?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StrimziPodSetSpecSelector(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "matchExpressions": obj.matchExpressions?.map((y) => toJson_StrimziPodSetSpecSelectorMatchExpressions(y)),
    "matchLabels": obj.matchLabels === void 0 ? void 0 : Object.entries(obj.matchLabels).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_StrimziPodSetSpecSelectorMatchExpressions(obj) {
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
