import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema StrimziPodSet
 */
export declare class StrimziPodSet extends ApiObject {
    /**
     * Returns the apiVersion and kind for "StrimziPodSet"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "StrimziPodSet".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: StrimziPodSetProps): any;
    /**
     * Defines a "StrimziPodSet" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: StrimziPodSetProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema StrimziPodSet
 */
export interface StrimziPodSetProps {
    /**
     * @schema StrimziPodSet#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the StrimziPodSet.
     *
     * @schema StrimziPodSet#spec
     */
    readonly spec: StrimziPodSetSpec;
}
/**
 * Converts an object of type 'StrimziPodSetProps' to JSON representation.
 */
export declare function toJson_StrimziPodSetProps(obj: StrimziPodSetProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the StrimziPodSet.
 *
 * @schema StrimziPodSetSpec
 */
export interface StrimziPodSetSpec {
    /**
     * Selector is a label query which matches all the pods managed by this `StrimziPodSet`. Only `matchLabels` is supported. If `matchExpressions` is set, it will be ignored.
     *
     * @schema StrimziPodSetSpec#selector
     */
    readonly selector: StrimziPodSetSpecSelector;
    /**
     * The Pods managed by this StrimziPodSet.
     *
     * @schema StrimziPodSetSpec#pods
     */
    readonly pods: any[];
}
/**
 * Converts an object of type 'StrimziPodSetSpec' to JSON representation.
 */
export declare function toJson_StrimziPodSetSpec(obj: StrimziPodSetSpec | undefined): Record<string, any> | undefined;
/**
 * Selector is a label query which matches all the pods managed by this `StrimziPodSet`. Only `matchLabels` is supported. If `matchExpressions` is set, it will be ignored.
 *
 * @schema StrimziPodSetSpecSelector
 */
export interface StrimziPodSetSpecSelector {
    /**
     * @schema StrimziPodSetSpecSelector#matchExpressions
     */
    readonly matchExpressions?: StrimziPodSetSpecSelectorMatchExpressions[];
    /**
     * @schema StrimziPodSetSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'StrimziPodSetSpecSelector' to JSON representation.
 */
export declare function toJson_StrimziPodSetSpecSelector(obj: StrimziPodSetSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema StrimziPodSetSpecSelectorMatchExpressions
 */
export interface StrimziPodSetSpecSelectorMatchExpressions {
    /**
     * @schema StrimziPodSetSpecSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema StrimziPodSetSpecSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema StrimziPodSetSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'StrimziPodSetSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_StrimziPodSetSpecSelectorMatchExpressions(obj: StrimziPodSetSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
