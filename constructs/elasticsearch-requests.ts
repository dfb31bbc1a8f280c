/**
 * Bodies of the requests the setup Jobs send to Elasticsearch, typed with the official client's
 * request types (`@elastic/elasticsearch`, the major the environments deploy: 9). Types only: the
 * Jobs send the bodies with curl; a wrong or misplaced key fails `tsc` instead of a Job at sync time.
 * Path parameters and query options are left out: the Job puts those in the URL.
 */
import type { estypes } from '@elastic/elasticsearch';

type Body<Request, PathAndQuery extends keyof Request> = Omit<Request, PathAndQuery | keyof estypes.RequestBase>;

/** `PUT _index_template/<name>`. */
export type IndexTemplateBody = Body<estypes.IndicesPutIndexTemplateRequest, 'name' | 'create' | 'cause' | 'master_timeout'>;
/** `PUT _ilm/policy/<name>`. */
export type LifecyclePolicyBody = Body<estypes.IlmPutLifecycleRequest, 'name' | 'master_timeout' | 'timeout'>;
/** `PUT _security/role/<name>`. */
export type RoleBody = Body<estypes.SecurityPutRoleRequest, 'name' | 'refresh'>;
