import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Backend is a specification for a Backend resource
 *
 * @schema Backend
 */
export declare class Backend extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Backend"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Backend".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BackendProps): any;
    /**
     * Defines a "Backend" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BackendProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Backend is a specification for a Backend resource
 *
 * @schema Backend
 */
export interface BackendProps {
    /**
     * @schema Backend#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BackendSpec defines the desired state of Backend
     *
     * @schema Backend#spec
     */
    readonly spec: BackendSpec;
}
/**
 * Converts an object of type 'BackendProps' to JSON representation.
 */
export declare function toJson_BackendProps(obj: BackendProps | undefined): Record<string, any> | undefined;
/**
 * BackendSpec defines the desired state of Backend
 *
 * @schema BackendSpec
 */
export interface BackendSpec {
    /**
     * abortonclose
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#abortonclose
     */
    readonly abortonclose?: BackendSpecAbortonclose;
    /**
     * accept invalid http response
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#accept_invalid_http_response
     */
    readonly acceptInvalidHttpResponse?: BackendSpecAcceptInvalidHttpResponse;
    /**
     * accept unsafe violations in http response
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#accept_unsafe_violations_in_http_response
     */
    readonly acceptUnsafeViolationsInHttpResponse?: BackendSpecAcceptUnsafeViolationsInHttpResponse;
    /**
     * Acl list
     *
     * @schema BackendSpec#acl_list
     */
    readonly aclList?: BackendSpecAclList[];
    /**
     * adv check
     * Enum: ["httpchk","ldap-check","mysql-check","pgsql-check","redis-check","smtpchk","ssl-hello-chk","tcp-check"]
     *
     * @schema BackendSpec#adv_check
     */
    readonly advCheck?: BackendSpecAdvCheck;
    /**
     * allbackups
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#allbackups
     */
    readonly allbackups?: BackendSpecAllbackups;
    /**
     * balance
     *
     * @schema BackendSpec#balance
     */
    readonly balance?: BackendSpecBalance;
    /**
     * check timeout
     *
     * @schema BackendSpec#check_timeout
     */
    readonly checkTimeout?: number;
    /**
     * checkcache
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#checkcache
     */
    readonly checkcache?: BackendSpecCheckcache;
    /**
     * compression
     *
     * @schema BackendSpec#compression
     */
    readonly compression?: BackendSpecCompression;
    /**
     * connect timeout
     * Minimum: 0
     *
     * @schema BackendSpec#connect_timeout
     */
    readonly connectTimeout?: number;
    /**
     * cookie
     *
     * @schema BackendSpec#cookie
     */
    readonly cookie?: BackendSpecCookie;
    /**
     * default server
     *
     * @schema BackendSpec#default_server
     */
    readonly defaultServer?: BackendSpecDefaultServer;
    /**
     * description
     *
     * @schema BackendSpec#description
     */
    readonly description?: string;
    /**
     * disabled
     *
     * @schema BackendSpec#disabled
     */
    readonly disabled?: boolean;
    /**
     * dynamic cookie key
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpec#dynamic_cookie_key
     */
    readonly dynamicCookieKey?: string;
    /**
     * email alert
     *
     * @schema BackendSpec#email_alert
     */
    readonly emailAlert?: BackendSpecEmailAlert;
    /**
     * enabled
     *
     * @schema BackendSpec#enabled
     */
    readonly enabled?: boolean;
    /**
     * error files
     *
     * @schema BackendSpec#error_files
     */
    readonly errorFiles?: BackendSpecErrorFiles[];
    /**
     * error files from HTTP errors
     *
     * @schema BackendSpec#errorfiles_from_http_errors
     */
    readonly errorfilesFromHttpErrors?: BackendSpecErrorfilesFromHttpErrors[];
    /**
     * errorloc302
     *
     * @schema BackendSpec#errorloc302
     */
    readonly errorloc302?: BackendSpecErrorloc302;
    /**
     * errorloc303
     *
     * @schema BackendSpec#errorloc303
     */
    readonly errorloc303?: BackendSpecErrorloc303;
    /**
     * external check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#external_check
     */
    readonly externalCheck?: BackendSpecExternalCheck;
    /**
     * external check command
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpec#external_check_command
     */
    readonly externalCheckCommand?: string;
    /**
     * external check path
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpec#external_check_path
     */
    readonly externalCheckPath?: string;
    /**
     * filter list
     *
     * @schema BackendSpec#filter_list
     */
    readonly filterList?: BackendSpecFilterList[];
    /**
     * force persist
     *
     * @schema BackendSpec#force_persist
     */
    readonly forcePersist?: BackendSpecForcePersist;
    /**
     * force persist list
     *
     * @schema BackendSpec#force_persist_list
     */
    readonly forcePersistList?: BackendSpecForcePersistList[];
    /**
     * forwardfor
     *
     * @schema BackendSpec#forwardfor
     */
    readonly forwardfor?: BackendSpecForwardfor;
    /**
     * from
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema BackendSpec#from
     */
    readonly from?: string;
    /**
     * fullconn
     *
     * @schema BackendSpec#fullconn
     */
    readonly fullconn?: number;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema BackendSpec#guid
     */
    readonly guid?: string;
    /**
     * h1 case adjust bogus server
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#h1_case_adjust_bogus_server
     */
    readonly h1CaseAdjustBogusServer?: BackendSpecH1CaseAdjustBogusServer;
    /**
     * hash balance factor
     *
     * @schema BackendSpec#hash_balance_factor
     */
    readonly hashBalanceFactor?: number;
    /**
     * hash preserve affinity
     * Enum: ["always","maxconn","maxqueue"]
     *
     * @schema BackendSpec#hash_preserve_affinity
     */
    readonly hashPreserveAffinity?: BackendSpecHashPreserveAffinity;
    /**
     * hash type
     *
     * @schema BackendSpec#hash_type
     */
    readonly hashType?: BackendSpecHashType;
    /**
     * http buffer request
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http-buffer-request
     */
    readonly httpBufferRequest?: BackendSpecHttpBufferRequest;
    /**
     * http drop request trailers
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http-drop-request-trailers
     */
    readonly httpDropRequestTrailers?: BackendSpecHttpDropRequestTrailers;
    /**
     * http no delay
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http-no-delay
     */
    readonly httpNoDelay?: BackendSpecHttpNoDelay;
    /**
     * http use htx
     * Pattern: ^[^\s]+$
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http-use-htx
     */
    readonly httpUseHtx?: BackendSpecHttpUseHtx;
    /**
     * HTTP after response rule list
     *
     * @schema BackendSpec#http_after_response_rule_list
     */
    readonly httpAfterResponseRuleList?: BackendSpecHttpAfterResponseRuleList[];
    /**
     * HTTP check list
     *
     * @schema BackendSpec#http_check_list
     */
    readonly httpCheckList?: BackendSpecHttpCheckList[];
    /**
     * http connection mode
     * Enum: ["httpclose","http-server-close","http-keep-alive"]
     *
     * @schema BackendSpec#http_connection_mode
     */
    readonly httpConnectionMode?: BackendSpecHttpConnectionMode;
    /**
     * HTTP error rule list
     *
     * @schema BackendSpec#http_error_rule_list
     */
    readonly httpErrorRuleList?: BackendSpecHttpErrorRuleList[];
    /**
     * http keep alive timeout
     * Minimum: 0
     *
     * @schema BackendSpec#http_keep_alive_timeout
     */
    readonly httpKeepAliveTimeout?: number;
    /**
     * http pretend keepalive
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http_pretend_keepalive
     */
    readonly httpPretendKeepalive?: BackendSpecHttpPretendKeepalive;
    /**
     * http proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#http_proxy
     */
    readonly httpProxy?: BackendSpecHttpProxy;
    /**
     * HTTP request rule list
     *
     * @schema BackendSpec#http_request_rule_list
     */
    readonly httpRequestRuleList?: BackendSpecHttpRequestRuleList[];
    /**
     * http request timeout
     * Minimum: 0
     *
     * @schema BackendSpec#http_request_timeout
     */
    readonly httpRequestTimeout?: number;
    /**
     * HTTP response rule list
     *
     * @schema BackendSpec#http_response_rule_list
     */
    readonly httpResponseRuleList?: BackendSpecHttpResponseRuleList[];
    /**
     * http restrict req hdr names
     * Enum: ["preserve","delete","reject"]
     *
     * @schema BackendSpec#http_restrict_req_hdr_names
     */
    readonly httpRestrictReqHdrNames?: BackendSpecHttpRestrictReqHdrNames;
    /**
     * http reuse
     * Enum: ["aggressive","always","never","safe"]
     *
     * @schema BackendSpec#http_reuse
     */
    readonly httpReuse?: BackendSpecHttpReuse;
    /**
     * http send name header
     *
     * @schema BackendSpec#http_send_name_header
     */
    readonly httpSendNameHeader?: string;
    /**
     * httpchk params
     *
     * @schema BackendSpec#httpchk_params
     */
    readonly httpchkParams?: BackendSpecHttpchkParams;
    /**
     * id
     *
     * @schema BackendSpec#id
     */
    readonly id?: number;
    /**
     * ignore persist
     *
     * @schema BackendSpec#ignore_persist
     */
    readonly ignorePersist?: BackendSpecIgnorePersist;
    /**
     * ignore persist list
     *
     * @schema BackendSpec#ignore_persist_list
     */
    readonly ignorePersistList?: BackendSpecIgnorePersistList[];
    /**
     * independent streams
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#independent_streams
     */
    readonly independentStreams?: BackendSpecIndependentStreams;
    /**
     * load server state from file
     * Enum: ["global","local","none"]
     *
     * @schema BackendSpec#load_server_state_from_file
     */
    readonly loadServerStateFromFile?: BackendSpecLoadServerStateFromFile;
    /**
     * log health checks
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#log_health_checks
     */
    readonly logHealthChecks?: BackendSpecLogHealthChecks;
    /**
     * log tag
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpec#log_tag
     */
    readonly logTag?: string;
    /**
     * log target list
     *
     * @schema BackendSpec#log_target_list
     */
    readonly logTargetList?: BackendSpecLogTargetList[];
    /**
     * max keep alive queue
     *
     * @schema BackendSpec#max_keep_alive_queue
     */
    readonly maxKeepAliveQueue?: number;
    /**
     * @schema BackendSpec#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     * Enum: ["http","tcp","log"]
     *
     * @schema BackendSpec#mode
     */
    readonly mode?: BackendSpecMode;
    /**
     * mysql check params
     *
     * @schema BackendSpec#mysql_check_params
     */
    readonly mysqlCheckParams?: BackendSpecMysqlCheckParams;
    /**
     * name
     * Required: true
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema BackendSpec#name
     */
    readonly name?: string;
    /**
     * nolinger
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#nolinger
     */
    readonly nolinger?: BackendSpecNolinger;
    /**
     * originalto
     *
     * @schema BackendSpec#originalto
     */
    readonly originalto?: BackendSpecOriginalto;
    /**
     * persist
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#persist
     */
    readonly persist?: BackendSpecPersist;
    /**
     * persist rule
     *
     * @schema BackendSpec#persist_rule
     */
    readonly persistRule?: BackendSpecPersistRule;
    /**
     * pgsql check params
     *
     * @schema BackendSpec#pgsql_check_params
     */
    readonly pgsqlCheckParams?: BackendSpecPgsqlCheckParams;
    /**
     * prefer last server
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#prefer_last_server
     */
    readonly preferLastServer?: BackendSpecPreferLastServer;
    /**
     * queue timeout
     * Minimum: 0
     *
     * @schema BackendSpec#queue_timeout
     */
    readonly queueTimeout?: number;
    /**
     * redispatch
     *
     * @schema BackendSpec#redispatch
     */
    readonly redispatch?: BackendSpecRedispatch;
    /**
     * retries
     *
     * @schema BackendSpec#retries
     */
    readonly retries?: number;
    /**
     * retry on
     *
     * @schema BackendSpec#retry_on
     */
    readonly retryOn?: string;
    /**
     * server fin timeout
     * Minimum: 0
     *
     * @schema BackendSpec#server_fin_timeout
     */
    readonly serverFinTimeout?: number;
    /**
     * server state file name
     *
     * @schema BackendSpec#server_state_file_name
     */
    readonly serverStateFileName?: string;
    /**
     * server switching rule list
     *
     * @schema BackendSpec#server_switching_rule_list
     */
    readonly serverSwitchingRuleList?: BackendSpecServerSwitchingRuleList[];
    /**
     * server templates
     *
     * @schema BackendSpec#server_templates
     */
    readonly serverTemplates?: {
        [key: string]: BackendSpecServerTemplates;
    };
    /**
     * server timeout
     * Minimum: 0
     *
     * @schema BackendSpec#server_timeout
     */
    readonly serverTimeout?: number;
    /**
     * smtpchk params
     *
     * @schema BackendSpec#smtpchk_params
     */
    readonly smtpchkParams?: BackendSpecSmtpchkParams;
    /**
     * source
     *
     * @schema BackendSpec#source
     */
    readonly source?: BackendSpecSource;
    /**
     * splice auto
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#splice_auto
     */
    readonly spliceAuto?: BackendSpecSpliceAuto;
    /**
     * splice request
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#splice_request
     */
    readonly spliceRequest?: BackendSpecSpliceRequest;
    /**
     * splice response
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#splice_response
     */
    readonly spliceResponse?: BackendSpecSpliceResponse;
    /**
     * spop check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#spop_check
     */
    readonly spopCheck?: BackendSpecSpopCheck;
    /**
     * srvtcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#srvtcpka
     */
    readonly srvtcpka?: BackendSpecSrvtcpka;
    /**
     * srvtcpka cnt
     *
     * @schema BackendSpec#srvtcpka_cnt
     */
    readonly srvtcpkaCnt?: number;
    /**
     * srvtcpka idle
     *
     * @schema BackendSpec#srvtcpka_idle
     */
    readonly srvtcpkaIdle?: number;
    /**
     * srvtcpka intvl
     *
     * @schema BackendSpec#srvtcpka_intvl
     */
    readonly srvtcpkaIntvl?: number;
    /**
     * stats options
     *
     * @schema BackendSpec#stats_options
     */
    readonly statsOptions?: BackendSpecStatsOptions;
    /**
     * stick rule list
     *
     * @schema BackendSpec#stick_rule_list
     */
    readonly stickRuleList?: BackendSpecStickRuleList[];
    /**
     * stick table
     *
     * @schema BackendSpec#stick_table
     */
    readonly stickTable?: BackendSpecStickTable;
    /**
     * tarpit timeout
     * Minimum: 0
     *
     * @schema BackendSpec#tarpit_timeout
     */
    readonly tarpitTimeout?: number;
    /**
     * TCP check rule list
     *
     * @schema BackendSpec#tcp_check_rule_list
     */
    readonly tcpCheckRuleList?: BackendSpecTcpCheckRuleList[];
    /**
     * TCP request rule list
     *
     * @schema BackendSpec#tcp_request_rule_list
     */
    readonly tcpRequestRuleList?: BackendSpecTcpRequestRuleList[];
    /**
     * TCP response rule list
     *
     * @schema BackendSpec#tcp_response_rule_list
     */
    readonly tcpResponseRuleList?: BackendSpecTcpResponseRuleList[];
    /**
     * tcp smart connect
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#tcp_smart_connect
     */
    readonly tcpSmartConnect?: BackendSpecTcpSmartConnect;
    /**
     * tcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#tcpka
     */
    readonly tcpka?: BackendSpecTcpka;
    /**
     * transparent
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpec#transparent
     */
    readonly transparent?: BackendSpecTransparent;
    /**
     * tunnel timeout
     * Minimum: 0
     *
     * @schema BackendSpec#tunnel_timeout
     */
    readonly tunnelTimeout?: number;
    /**
     * use fcgi app
     *
     * @schema BackendSpec#use_fcgi_app
     */
    readonly useFcgiApp?: string;
}
/**
 * Converts an object of type 'BackendSpec' to JSON representation.
 */
export declare function toJson_BackendSpec(obj: BackendSpec | undefined): Record<string, any> | undefined;
/**
 * abortonclose
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecAbortonclose
 */
export declare enum BackendSpecAbortonclose {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept invalid http response
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecAcceptInvalidHttpResponse
 */
export declare enum BackendSpecAcceptInvalidHttpResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept unsafe violations in http response
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecAcceptUnsafeViolationsInHttpResponse
 */
export declare enum BackendSpecAcceptUnsafeViolationsInHttpResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ACL ACL Lines
 *
 * The use of Access Control Lists (ACL) provides a flexible solution to perform
 * content switching and generally to take decisions based on content extracted
 * from the request, the response or any environmental status.
 *
 * swagger:model acl
 *
 * @schema BackendSpecAclList
 */
export interface BackendSpecAclList {
    /**
     * acl name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecAclList#acl_name
     */
    readonly aclName: string;
    /**
     * criterion
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecAclList#criterion
     */
    readonly criterion: string;
    /**
     * @schema BackendSpecAclList#metadata
     */
    readonly metadata?: any;
    /**
     * value
     *
     * @schema BackendSpecAclList#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BackendSpecAclList' to JSON representation.
 */
export declare function toJson_BackendSpecAclList(obj: BackendSpecAclList | undefined): Record<string, any> | undefined;
/**
 * adv check
 * Enum: ["httpchk","ldap-check","mysql-check","pgsql-check","redis-check","smtpchk","ssl-hello-chk","tcp-check"]
 *
 * @schema BackendSpecAdvCheck
 */
export declare enum BackendSpecAdvCheck {
    /** httpchk */
    HTTPCHK = "httpchk",
    /** ldap-check */
    LDAP_HYPHEN_CHECK = "ldap-check",
    /** mysql-check */
    MYSQL_HYPHEN_CHECK = "mysql-check",
    /** pgsql-check */
    PGSQL_HYPHEN_CHECK = "pgsql-check",
    /** redis-check */
    REDIS_HYPHEN_CHECK = "redis-check",
    /** smtpchk */
    SMTPCHK = "smtpchk",
    /** ssl-hello-chk */
    SSL_HYPHEN_HELLO_HYPHEN_CHK = "ssl-hello-chk",
    /** tcp-check */
    TCP_HYPHEN_CHECK = "tcp-check"
}
/**
 * allbackups
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecAllbackups
 */
export declare enum BackendSpecAllbackups {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * balance
 *
 * @schema BackendSpecBalance
 */
export interface BackendSpecBalance {
    /**
     * algorithm
     * Required: true
     * Enum: ["first","hash","hdr","leastconn","random","rdp-cookie","roundrobin","source","static-rr","uri","url_param"]
     *
     * @schema BackendSpecBalance#algorithm
     */
    readonly algorithm: BackendSpecBalanceAlgorithm;
    /**
     * hash expression
     *
     * @schema BackendSpecBalance#hash_expression
     */
    readonly hashExpression?: string;
    /**
     * hdr name
     *
     * @schema BackendSpecBalance#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hdr use domain only
     *
     * @schema BackendSpecBalance#hdr_use_domain_only
     */
    readonly hdrUseDomainOnly?: boolean;
    /**
     * random draws
     *
     * @schema BackendSpecBalance#random_draws
     */
    readonly randomDraws?: number;
    /**
     * rdp cookie name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecBalance#rdp_cookie_name
     */
    readonly rdpCookieName?: string;
    /**
     * uri depth
     *
     * @schema BackendSpecBalance#uri_depth
     */
    readonly uriDepth?: number;
    /**
     * uri len
     *
     * @schema BackendSpecBalance#uri_len
     */
    readonly uriLen?: number;
    /**
     * uri path only
     *
     * @schema BackendSpecBalance#uri_path_only
     */
    readonly uriPathOnly?: boolean;
    /**
     * uri whole
     *
     * @schema BackendSpecBalance#uri_whole
     */
    readonly uriWhole?: boolean;
    /**
     * url param
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecBalance#url_param
     */
    readonly urlParam?: string;
    /**
     * url param check post
     *
     * @schema BackendSpecBalance#url_param_check_post
     */
    readonly urlParamCheckPost?: number;
    /**
     * url param max wait
     *
     * @schema BackendSpecBalance#url_param_max_wait
     */
    readonly urlParamMaxWait?: number;
}
/**
 * Converts an object of type 'BackendSpecBalance' to JSON representation.
 */
export declare function toJson_BackendSpecBalance(obj: BackendSpecBalance | undefined): Record<string, any> | undefined;
/**
 * checkcache
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecCheckcache
 */
export declare enum BackendSpecCheckcache {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * compression
 *
 * @schema BackendSpecCompression
 */
export interface BackendSpecCompression {
    /**
     * algo req
     * Enum: ["identity","gzip","deflate","raw-deflate"]
     *
     * @schema BackendSpecCompression#algo-req
     */
    readonly algoReq?: BackendSpecCompressionAlgoReq;
    /**
     * algorithms
     *
     * @schema BackendSpecCompression#algorithms
     */
    readonly algorithms?: string[];
    /**
     * algos res
     *
     * @schema BackendSpecCompression#algos-res
     */
    readonly algosRes?: string[];
    /**
     * direction
     * Enum: ["request","response","both"]
     *
     * @schema BackendSpecCompression#direction
     */
    readonly direction?: BackendSpecCompressionDirection;
    /**
     * minsize req
     *
     * @schema BackendSpecCompression#minsize_req
     */
    readonly minsizeReq?: number;
    /**
     * minsize res
     *
     * @schema BackendSpecCompression#minsize_res
     */
    readonly minsizeRes?: number;
    /**
     * offload
     *
     * @schema BackendSpecCompression#offload
     */
    readonly offload?: boolean;
    /**
     * types
     *
     * @schema BackendSpecCompression#types
     */
    readonly types?: string[];
    /**
     * types req
     *
     * @schema BackendSpecCompression#types-req
     */
    readonly typesReq?: string[];
    /**
     * types res
     *
     * @schema BackendSpecCompression#types-res
     */
    readonly typesRes?: string[];
}
/**
 * Converts an object of type 'BackendSpecCompression' to JSON representation.
 */
export declare function toJson_BackendSpecCompression(obj: BackendSpecCompression | undefined): Record<string, any> | undefined;
/**
 * cookie
 *
 * @schema BackendSpecCookie
 */
export interface BackendSpecCookie {
    /**
     * attrs
     *
     * @schema BackendSpecCookie#attr
     */
    readonly attr?: BackendSpecCookieAttr[];
    /**
     * domains
     *
     * @schema BackendSpecCookie#domain
     */
    readonly domain?: BackendSpecCookieDomain[];
    /**
     * dynamic
     *
     * @schema BackendSpecCookie#dynamic
     */
    readonly dynamic?: boolean;
    /**
     * httponly
     *
     * @schema BackendSpecCookie#httponly
     */
    readonly httponly?: boolean;
    /**
     * indirect
     *
     * @schema BackendSpecCookie#indirect
     */
    readonly indirect?: boolean;
    /**
     * maxidle
     *
     * @schema BackendSpecCookie#maxidle
     */
    readonly maxidle?: number;
    /**
     * maxlife
     *
     * @schema BackendSpecCookie#maxlife
     */
    readonly maxlife?: number;
    /**
     * name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecCookie#name
     */
    readonly name: string;
    /**
     * nocache
     *
     * @schema BackendSpecCookie#nocache
     */
    readonly nocache?: boolean;
    /**
     * postonly
     *
     * @schema BackendSpecCookie#postonly
     */
    readonly postonly?: boolean;
    /**
     * preserve
     *
     * @schema BackendSpecCookie#preserve
     */
    readonly preserve?: boolean;
    /**
     * secure
     *
     * @schema BackendSpecCookie#secure
     */
    readonly secure?: boolean;
    /**
     * type
     * Enum: ["rewrite","insert","prefix"]
     *
     * @schema BackendSpecCookie#type
     */
    readonly type?: BackendSpecCookieType;
}
/**
 * Converts an object of type 'BackendSpecCookie' to JSON representation.
 */
export declare function toJson_BackendSpecCookie(obj: BackendSpecCookie | undefined): Record<string, any> | undefined;
/**
 * default server
 *
 * @schema BackendSpecDefaultServer
 */
export interface BackendSpecDefaultServer {
    /**
     * agent addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#agent-addr
     */
    readonly agentAddr?: string;
    /**
     * agent check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#agent-check
     */
    readonly agentCheck?: BackendSpecDefaultServerAgentCheck;
    /**
     * agent inter
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#agent-inter
     */
    readonly agentInter?: number;
    /**
     * agent port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecDefaultServer#agent-port
     */
    readonly agentPort?: number;
    /**
     * agent send
     *
     * @schema BackendSpecDefaultServer#agent-send
     */
    readonly agentSend?: string;
    /**
     * allow 0rtt
     *
     * @schema BackendSpecDefaultServer#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#alpn
     */
    readonly alpn?: string;
    /**
     * backup
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#backup
     */
    readonly backup?: BackendSpecDefaultServerBackup;
    /**
     * check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#check
     */
    readonly check?: BackendSpecDefaultServerCheck;
    /**
     * check pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#check-pool-conn-name
     */
    readonly checkPoolConnName?: string;
    /**
     * check reuse pool
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#check-reuse-pool
     */
    readonly checkReusePool?: BackendSpecDefaultServerCheckReusePool;
    /**
     * check send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#check-send-proxy
     */
    readonly checkSendProxy?: BackendSpecDefaultServerCheckSendProxy;
    /**
     * check sni
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#check-sni
     */
    readonly checkSni?: string;
    /**
     * check ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#check-ssl
     */
    readonly checkSsl?: BackendSpecDefaultServerCheckSsl;
    /**
     * check alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#check_alpn
     */
    readonly checkAlpn?: string;
    /**
     * check proto
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#check_proto
     */
    readonly checkProto?: string;
    /**
     * check via socks4
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#check_via_socks4
     */
    readonly checkViaSocks4?: BackendSpecDefaultServerCheckViaSocks4;
    /**
     * ciphers
     *
     * @schema BackendSpecDefaultServer#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema BackendSpecDefaultServer#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema BackendSpecDefaultServer#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * cookie
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#cookie
     */
    readonly cookie?: string;
    /**
     * crl file
     *
     * @schema BackendSpecDefaultServer#crl_file
     */
    readonly crlFile?: string;
    /**
     * curves
     *
     * @schema BackendSpecDefaultServer#curves
     */
    readonly curves?: string;
    /**
     * downinter
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#downinter
     */
    readonly downinter?: number;
    /**
     * error limit
     *
     * @schema BackendSpecDefaultServer#error_limit
     */
    readonly errorLimit?: number;
    /**
     * fall
     *
     * @schema BackendSpecDefaultServer#fall
     */
    readonly fall?: number;
    /**
     * fastinter
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#fastinter
     */
    readonly fastinter?: number;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#force_sslv3
     */
    readonly forceSslv3?: BackendSpecDefaultServerForceSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#force_tlsv10
     */
    readonly forceTlsv10?: BackendSpecDefaultServerForceTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#force_tlsv11
     */
    readonly forceTlsv11?: BackendSpecDefaultServerForceTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#force_tlsv12
     */
    readonly forceTlsv12?: BackendSpecDefaultServerForceTlsv12;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#force_tlsv13
     */
    readonly forceTlsv13?: BackendSpecDefaultServerForceTlsv13;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema BackendSpecDefaultServer#guid
     */
    readonly guid?: string;
    /**
     * hash key
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#hash_key
     */
    readonly hashKey?: string;
    /**
     * health check address
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#health_check_address
     */
    readonly healthCheckAddress?: string;
    /**
     * health check port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecDefaultServer#health_check_port
     */
    readonly healthCheckPort?: number;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#idle_ping
     */
    readonly idlePing?: number;
    /**
     * init addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#init-addr
     */
    readonly initAddr?: string;
    /**
     * init state
     * Enum: ["fully-up","up","down","fully-down"]
     *
     * @schema BackendSpecDefaultServer#init-state
     */
    readonly initState?: BackendSpecDefaultServerInitState;
    /**
     * inter
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#inter
     */
    readonly inter?: number;
    /**
     * log bufsize
     *
     * @schema BackendSpecDefaultServer#log-bufsize
     */
    readonly logBufsize?: number;
    /**
     * log proto
     * Enum: ["legacy","octet-count"]
     *
     * @schema BackendSpecDefaultServer#log_proto
     */
    readonly logProto?: BackendSpecDefaultServerLogProto;
    /**
     * maintenance
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#maintenance
     */
    readonly maintenance?: BackendSpecDefaultServerMaintenance;
    /**
     * max reuse
     *
     * @schema BackendSpecDefaultServer#max_reuse
     */
    readonly maxReuse?: number;
    /**
     * maxconn
     *
     * @schema BackendSpecDefaultServer#maxconn
     */
    readonly maxconn?: number;
    /**
     * maxqueue
     *
     * @schema BackendSpecDefaultServer#maxqueue
     */
    readonly maxqueue?: number;
    /**
     * minconn
     *
     * @schema BackendSpecDefaultServer#minconn
     */
    readonly minconn?: number;
    /**
     * namespace
     *
     * @schema BackendSpecDefaultServer#namespace
     */
    readonly namespace?: string;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_sslv3
     */
    readonly noSslv3?: BackendSpecDefaultServerNoSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_tlsv10
     */
    readonly noTlsv10?: BackendSpecDefaultServerNoTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_tlsv11
     */
    readonly noTlsv11?: BackendSpecDefaultServerNoTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_tlsv12
     */
    readonly noTlsv12?: BackendSpecDefaultServerNoTlsv12;
    /**
     * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_tlsv13
     */
    readonly noTlsv13?: BackendSpecDefaultServerNoTlsv13;
    /**
     * no verifyhost
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#no_verifyhost
     */
    readonly noVerifyhost?: BackendSpecDefaultServerNoVerifyhost;
    /**
     * npn
     *
     * @schema BackendSpecDefaultServer#npn
     */
    readonly npn?: string;
    /**
     * observe
     * Enum: ["layer4","layer7"]
     *
     * @schema BackendSpecDefaultServer#observe
     */
    readonly observe?: BackendSpecDefaultServerObserve;
    /**
     * on error
     * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
     *
     * @schema BackendSpecDefaultServer#on-error
     */
    readonly onError?: BackendSpecDefaultServerOnError;
    /**
     * on marked down
     * Enum: ["shutdown-sessions"]
     *
     * @schema BackendSpecDefaultServer#on-marked-down
     */
    readonly onMarkedDown?: BackendSpecDefaultServerOnMarkedDown;
    /**
     * on marked up
     * Enum: ["shutdown-backup-sessions"]
     *
     * @schema BackendSpecDefaultServer#on-marked-up
     */
    readonly onMarkedUp?: BackendSpecDefaultServerOnMarkedUp;
    /**
     * pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#pool_conn_name
     */
    readonly poolConnName?: string;
    /**
     * pool low conn
     *
     * @schema BackendSpecDefaultServer#pool_low_conn
     */
    readonly poolLowConn?: number;
    /**
     * pool max conn
     *
     * @schema BackendSpecDefaultServer#pool_max_conn
     */
    readonly poolMaxConn?: number;
    /**
     * pool purge delay
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#pool_purge_delay
     */
    readonly poolPurgeDelay?: number;
    /**
     * proto
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#proto
     */
    readonly proto?: string;
    /**
     * proxy v2 options
     *
     * @schema BackendSpecDefaultServer#proxy-v2-options
     */
    readonly proxyV2Options?: string[];
    /**
     * redir
     *
     * @schema BackendSpecDefaultServer#redir
     */
    readonly redir?: string;
    /**
     * resolve net
     * Pattern: ^([A-Za-z0-9.:/]+)(,[A-Za-z0-9.:/]+)*$
     *
     * @schema BackendSpecDefaultServer#resolve-net
     */
    readonly resolveNet?: string;
    /**
     * resolve prefer
     * Enum: ["ipv4","ipv6"]
     *
     * @schema BackendSpecDefaultServer#resolve-prefer
     */
    readonly resolvePrefer?: BackendSpecDefaultServerResolvePrefer;
    /**
     * resolve opts
     * Pattern: ^(allow-dup-ip|ignore-weight|prevent-dup-ip)(,(allow-dup-ip|ignore-weight|prevent-dup-ip))*$
     *
     * @schema BackendSpecDefaultServer#resolve_opts
     */
    readonly resolveOpts?: string;
    /**
     * resolvers
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#resolvers
     */
    readonly resolvers?: string;
    /**
     * rise
     *
     * @schema BackendSpecDefaultServer#rise
     */
    readonly rise?: number;
    /**
     * send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#send-proxy
     */
    readonly sendProxy?: BackendSpecDefaultServerSendProxy;
    /**
     * send proxy v2
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#send-proxy-v2
     */
    readonly sendProxyV2?: BackendSpecDefaultServerSendProxyV2;
    /**
     * send proxy v2 ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#send_proxy_v2_ssl
     */
    readonly sendProxyV2Ssl?: BackendSpecDefaultServerSendProxyV2Ssl;
    /**
     * send proxy v2 ssl cn
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#send_proxy_v2_ssl_cn
     */
    readonly sendProxyV2SslCn?: BackendSpecDefaultServerSendProxyV2SslCn;
    /**
     * set proxy v2 tlv fmt
     *
     * @schema BackendSpecDefaultServer#set-proxy-v2-tlv-fmt
     */
    readonly setProxyV2TlvFmt?: BackendSpecDefaultServerSetProxyV2TlvFmt;
    /**
     * shard
     *
     * @schema BackendSpecDefaultServer#shard
     */
    readonly shard?: number;
    /**
     * sigalgs
     *
     * @schema BackendSpecDefaultServer#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * slowstart
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#slowstart
     */
    readonly slowstart?: number;
    /**
     * sni
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#sni
     */
    readonly sni?: string;
    /**
     * socks4
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#socks4
     */
    readonly socks4?: string;
    /**
     * source
     *
     * @schema BackendSpecDefaultServer#source
     */
    readonly source?: string;
    /**
     * ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#ssl
     */
    readonly ssl?: BackendSpecDefaultServerSsl;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecDefaultServer#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema BackendSpecDefaultServer#ssl_max_ver
     */
    readonly sslMaxVer?: BackendSpecDefaultServerSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema BackendSpecDefaultServer#ssl_min_ver
     */
    readonly sslMinVer?: BackendSpecDefaultServerSslMinVer;
    /**
     * ssl reuse
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#ssl_reuse
     */
    readonly sslReuse?: BackendSpecDefaultServerSslReuse;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#sslv3
     */
    readonly sslv3?: BackendSpecDefaultServerSslv3;
    /**
     * stick
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#stick
     */
    readonly stick?: BackendSpecDefaultServerStick;
    /**
     * strict maxconn
     *
     * @schema BackendSpecDefaultServer#strict-maxconn
     */
    readonly strictMaxconn?: boolean;
    /**
     * tcp ut
     * Minimum: 0
     *
     * @schema BackendSpecDefaultServer#tcp_ut
     */
    readonly tcpUt?: number;
    /**
     * tfo
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tfo
     */
    readonly tfo?: BackendSpecDefaultServerTfo;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tls_tickets
     */
    readonly tlsTickets?: BackendSpecDefaultServerTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tlsv10
     */
    readonly tlsv10?: BackendSpecDefaultServerTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tlsv11
     */
    readonly tlsv11?: BackendSpecDefaultServerTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tlsv12
     */
    readonly tlsv12?: BackendSpecDefaultServerTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecDefaultServer#tlsv13
     */
    readonly tlsv13?: BackendSpecDefaultServerTlsv13;
    /**
     * track
     *
     * @schema BackendSpecDefaultServer#track
     */
    readonly track?: string;
    /**
     * verify
     * Enum: ["none","required"]
     *
     * @schema BackendSpecDefaultServer#verify
     */
    readonly verify?: BackendSpecDefaultServerVerify;
    /**
     * verifyhost
     *
     * @schema BackendSpecDefaultServer#verifyhost
     */
    readonly verifyhost?: string;
    /**
     * weight
     *
     * @schema BackendSpecDefaultServer#weight
     */
    readonly weight?: number;
    /**
     * ws
     * Enum: ["auto","h1","h2"]
     *
     * @schema BackendSpecDefaultServer#ws
     */
    readonly ws?: BackendSpecDefaultServerWs;
}
/**
 * Converts an object of type 'BackendSpecDefaultServer' to JSON representation.
 */
export declare function toJson_BackendSpecDefaultServer(obj: BackendSpecDefaultServer | undefined): Record<string, any> | undefined;
/**
 * email alert
 *
 * @schema BackendSpecEmailAlert
 */
export interface BackendSpecEmailAlert {
    /**
     * from
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema BackendSpecEmailAlert#from
     */
    readonly from: string;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema BackendSpecEmailAlert#level
     */
    readonly level?: BackendSpecEmailAlertLevel;
    /**
     * mailers
     * Required: true
     *
     * @schema BackendSpecEmailAlert#mailers
     */
    readonly mailers: string;
    /**
     * @schema BackendSpecEmailAlert#metadata
     */
    readonly metadata?: any;
    /**
     * myhostname
     *
     * @schema BackendSpecEmailAlert#myhostname
     */
    readonly myhostname?: string;
    /**
     * to
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema BackendSpecEmailAlert#to
     */
    readonly to: string;
}
/**
 * Converts an object of type 'BackendSpecEmailAlert' to JSON representation.
 */
export declare function toJson_BackendSpecEmailAlert(obj: BackendSpecEmailAlert | undefined): Record<string, any> | undefined;
/**
 * Errorfile errorfile
 *
 * swagger:model errorfile
 *
 * @schema BackendSpecErrorFiles
 */
export interface BackendSpecErrorFiles {
    /**
     * code
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema BackendSpecErrorFiles#code
     */
    readonly code?: BackendSpecErrorFilesCode;
    /**
     * file
     *
     * @schema BackendSpecErrorFiles#file
     */
    readonly file?: string;
}
/**
 * Converts an object of type 'BackendSpecErrorFiles' to JSON representation.
 */
export declare function toJson_BackendSpecErrorFiles(obj: BackendSpecErrorFiles | undefined): Record<string, any> | undefined;
/**
 * Errorfiles errorfiles
 *
 * swagger:model errorfiles
 *
 * @schema BackendSpecErrorfilesFromHttpErrors
 */
export interface BackendSpecErrorfilesFromHttpErrors {
    /**
     * codes
     *
     * @schema BackendSpecErrorfilesFromHttpErrors#codes
     */
    readonly codes?: number[];
    /**
     * @schema BackendSpecErrorfilesFromHttpErrors#metadata
     */
    readonly metadata?: any;
    /**
     * name
     *
     * @schema BackendSpecErrorfilesFromHttpErrors#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'BackendSpecErrorfilesFromHttpErrors' to JSON representation.
 */
export declare function toJson_BackendSpecErrorfilesFromHttpErrors(obj: BackendSpecErrorfilesFromHttpErrors | undefined): Record<string, any> | undefined;
/**
 * errorloc302
 *
 * @schema BackendSpecErrorloc302
 */
export interface BackendSpecErrorloc302 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema BackendSpecErrorloc302#code
     */
    readonly code: BackendSpecErrorloc302Code;
    /**
     * @schema BackendSpecErrorloc302#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema BackendSpecErrorloc302#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'BackendSpecErrorloc302' to JSON representation.
 */
export declare function toJson_BackendSpecErrorloc302(obj: BackendSpecErrorloc302 | undefined): Record<string, any> | undefined;
/**
 * errorloc303
 *
 * @schema BackendSpecErrorloc303
 */
export interface BackendSpecErrorloc303 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema BackendSpecErrorloc303#code
     */
    readonly code: BackendSpecErrorloc303Code;
    /**
     * @schema BackendSpecErrorloc303#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema BackendSpecErrorloc303#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'BackendSpecErrorloc303' to JSON representation.
 */
export declare function toJson_BackendSpecErrorloc303(obj: BackendSpecErrorloc303 | undefined): Record<string, any> | undefined;
/**
 * external check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecExternalCheck
 */
export declare enum BackendSpecExternalCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * Filter Filter
 *
 * HAProxy filters
 * Example: {"trace_name":"name","trace_rnd_parsing":true,"type":"trace"}
 *
 * swagger:model filter
 *
 * @schema BackendSpecFilterList
 */
export interface BackendSpecFilterList {
    /**
     * Name of the fcgi-app section this filter will use.
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#app_name
     */
    readonly appName?: string;
    /**
     * Filter name that will be used by 'set-bandwidth-limit' actions to reference a specific bandwidth limitation filter
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#cache_name
     */
    readonly cacheName?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema BackendSpecFilterList#default_limit
     */
    readonly defaultLimit?: number;
    /**
     * The default time period used to evaluate the bandwidth limitation rate.
     * It can be specified for per-stream bandwidth limitation filters only.
     * It follows the HAProxy time format and is expressed in milliseconds.
     *
     * @schema BackendSpecFilterList#default_period
     */
    readonly defaultPeriod?: number;
    /**
     * A sample expression rule.
     * It describes what elements will be analyzed, extracted, combined, and used to select which table entry to update the counters.
     * It must be specified for shared bandwidth limitation filters only.
     *
     * @schema BackendSpecFilterList#key
     */
    readonly key?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema BackendSpecFilterList#limit
     */
    readonly limit?: number;
    /**
     * @schema BackendSpecFilterList#metadata
     */
    readonly metadata?: any;
    /**
     * The optional minimum number of bytes forwarded at a time by a stream excluding the last packet that may be smaller.
     * This value can be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema BackendSpecFilterList#min_size
     */
    readonly minSize?: number;
    /**
     * spoe config
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#spoe_config
     */
    readonly spoeConfig?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * An optional table to be used instead of the default one, which is the stick-table declared in the current proxy.
     * It can be specified for shared bandwidth limitation filters only.
     *
     * @schema BackendSpecFilterList#table
     */
    readonly table?: string;
    /**
     * trace hexdump
     *
     * @schema BackendSpecFilterList#trace_hexdump
     */
    readonly traceHexdump?: boolean;
    /**
     * trace name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecFilterList#trace_name
     */
    readonly traceName?: string;
    /**
     * trace rnd forwarding
     *
     * @schema BackendSpecFilterList#trace_rnd_forwarding
     */
    readonly traceRndForwarding?: boolean;
    /**
     * trace rnd parsing
     *
     * @schema BackendSpecFilterList#trace_rnd_parsing
     */
    readonly traceRndParsing?: boolean;
    /**
     * type
     * Required: true
     * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
     *
     * @schema BackendSpecFilterList#type
     */
    readonly type: BackendSpecFilterListType;
}
/**
 * Converts an object of type 'BackendSpecFilterList' to JSON representation.
 */
export declare function toJson_BackendSpecFilterList(obj: BackendSpecFilterList | undefined): Record<string, any> | undefined;
/**
 * force persist
 *
 * @schema BackendSpecForcePersist
 */
export interface BackendSpecForcePersist {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecForcePersist#cond
     */
    readonly cond: BackendSpecForcePersistCond;
    /**
     * cond test
     * Required: true
     *
     * @schema BackendSpecForcePersist#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'BackendSpecForcePersist' to JSON representation.
 */
export declare function toJson_BackendSpecForcePersist(obj: BackendSpecForcePersist | undefined): Record<string, any> | undefined;
/**
 * ForcePersist force persist
 *
 * swagger:model ForcePersist
 *
 * @schema BackendSpecForcePersistList
 */
export interface BackendSpecForcePersistList {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecForcePersistList#cond
     */
    readonly cond: BackendSpecForcePersistListCond;
    /**
     * cond test
     * Required: true
     *
     * @schema BackendSpecForcePersistList#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'BackendSpecForcePersistList' to JSON representation.
 */
export declare function toJson_BackendSpecForcePersistList(obj: BackendSpecForcePersistList | undefined): Record<string, any> | undefined;
/**
 * forwardfor
 *
 * @schema BackendSpecForwardfor
 */
export interface BackendSpecForwardfor {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema BackendSpecForwardfor#enabled
     */
    readonly enabled: BackendSpecForwardforEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecForwardfor#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecForwardfor#header
     */
    readonly header?: string;
    /**
     * ifnone
     *
     * @schema BackendSpecForwardfor#ifnone
     */
    readonly ifnone?: boolean;
}
/**
 * Converts an object of type 'BackendSpecForwardfor' to JSON representation.
 */
export declare function toJson_BackendSpecForwardfor(obj: BackendSpecForwardfor | undefined): Record<string, any> | undefined;
/**
 * h1 case adjust bogus server
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecH1CaseAdjustBogusServer
 */
export declare enum BackendSpecH1CaseAdjustBogusServer {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * hash preserve affinity
 * Enum: ["always","maxconn","maxqueue"]
 *
 * @schema BackendSpecHashPreserveAffinity
 */
export declare enum BackendSpecHashPreserveAffinity {
    /** always */
    ALWAYS = "always",
    /** maxconn */
    MAXCONN = "maxconn",
    /** maxqueue */
    MAXQUEUE = "maxqueue"
}
/**
 * hash type
 *
 * @schema BackendSpecHashType
 */
export interface BackendSpecHashType {
    /**
     * function
     * Enum: ["sdbm","djb2","wt6","crc32","none"]
     *
     * @schema BackendSpecHashType#function
     */
    readonly function?: BackendSpecHashTypeFunction;
    /**
     * method
     * Enum: ["map-based","consistent"]
     *
     * @schema BackendSpecHashType#method
     */
    readonly method?: BackendSpecHashTypeMethod;
    /**
     * modifier
     * Enum: ["avalanche"]
     *
     * @schema BackendSpecHashType#modifier
     */
    readonly modifier?: BackendSpecHashTypeModifier;
}
/**
 * Converts an object of type 'BackendSpecHashType' to JSON representation.
 */
export declare function toJson_BackendSpecHashType(obj: BackendSpecHashType | undefined): Record<string, any> | undefined;
/**
 * http buffer request
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpBufferRequest
 */
export declare enum BackendSpecHttpBufferRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http drop request trailers
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpDropRequestTrailers
 */
export declare enum BackendSpecHttpDropRequestTrailers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http no delay
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpNoDelay
 */
export declare enum BackendSpecHttpNoDelay {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http use htx
 * Pattern: ^[^\s]+$
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpUseHtx
 */
export declare enum BackendSpecHttpUseHtx {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPAfterResponseRule HTTP after Response Rule
 *
 * HAProxy HTTP after response rule configuration (corresponds to http-after-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"max-age=31536000","hdr_name":"Strict-Transport-Security","type":"set-header"}
 *
 * swagger:model http_after_response_rule
 *
 * @schema BackendSpecHttpAfterResponseRuleList
 */
export interface BackendSpecHttpAfterResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * capture id
     *
     * @schema BackendSpecHttpAfterResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema BackendSpecHttpAfterResponseRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema BackendSpecHttpAfterResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecHttpAfterResponseRuleList#cond
     */
    readonly cond?: BackendSpecHttpAfterResponseRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecHttpAfterResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * hdr format
     *
     * @schema BackendSpecHttpAfterResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema BackendSpecHttpAfterResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema BackendSpecHttpAfterResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema BackendSpecHttpAfterResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema BackendSpecHttpAfterResponseRuleList#log_level
     */
    readonly logLevel?: BackendSpecHttpAfterResponseRuleListLogLevel;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * @schema BackendSpecHttpAfterResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * sc expr
     *
     * @schema BackendSpecHttpAfterResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema BackendSpecHttpAfterResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema BackendSpecHttpAfterResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema BackendSpecHttpAfterResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema BackendSpecHttpAfterResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema BackendSpecHttpAfterResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema BackendSpecHttpAfterResponseRuleList#strict_mode
     */
    readonly strictMode?: BackendSpecHttpAfterResponseRuleListStrictMode;
    /**
     * type
     * Required: true
     * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
     *
     * @schema BackendSpecHttpAfterResponseRuleList#type
     */
    readonly type: BackendSpecHttpAfterResponseRuleListType;
    /**
     * var expr
     *
     * @schema BackendSpecHttpAfterResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema BackendSpecHttpAfterResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpAfterResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'BackendSpecHttpAfterResponseRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecHttpAfterResponseRuleList(obj: BackendSpecHttpAfterResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPCheck HTTP Check
 *
 * swagger:model http_check
 *
 * @schema BackendSpecHttpCheckList
 */
export interface BackendSpecHttpCheckList {
    /**
     * addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpCheckList#addr
     */
    readonly addr?: string;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpCheckList#alpn
     */
    readonly alpn?: string;
    /**
     * body
     *
     * @schema BackendSpecHttpCheckList#body
     */
    readonly body?: string;
    /**
     * body log format
     *
     * @schema BackendSpecHttpCheckList#body_log_format
     */
    readonly bodyLogFormat?: string;
    /**
     * check comment
     *
     * @schema BackendSpecHttpCheckList#check_comment
     */
    readonly checkComment?: string;
    /**
     * default
     *
     * @schema BackendSpecHttpCheckList#default
     */
    readonly default?: boolean;
    /**
     * error status
     * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
     *
     * @schema BackendSpecHttpCheckList#error_status
     */
    readonly errorStatus?: BackendSpecHttpCheckListErrorStatus;
    /**
     * exclamation mark
     *
     * @schema BackendSpecHttpCheckList#exclamation_mark
     */
    readonly exclamationMark?: boolean;
    /**
     * check headers
     *
     * @schema BackendSpecHttpCheckList#headers
     */
    readonly headers?: BackendSpecHttpCheckListHeaders[];
    /**
     * linger
     *
     * @schema BackendSpecHttpCheckList#linger
     */
    readonly linger?: boolean;
    /**
     * match
     * Pattern: ^[^\s]+$
     * Enum: ["status","rstatus","hdr","fhdr","string","rstring"]
     *
     * @schema BackendSpecHttpCheckList#match
     */
    readonly match?: BackendSpecHttpCheckListMatch;
    /**
     * @schema BackendSpecHttpCheckList#metadata
     */
    readonly metadata?: any;
    /**
     * method
     * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
     *
     * @schema BackendSpecHttpCheckList#method
     */
    readonly method?: BackendSpecHttpCheckListMethod;
    /**
     * min recv
     *
     * @schema BackendSpecHttpCheckList#min_recv
     */
    readonly minRecv?: number;
    /**
     * ok status
     * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
     *
     * @schema BackendSpecHttpCheckList#ok_status
     */
    readonly okStatus?: BackendSpecHttpCheckListOkStatus;
    /**
     * on error
     *
     * @schema BackendSpecHttpCheckList#on_error
     */
    readonly onError?: string;
    /**
     * on success
     *
     * @schema BackendSpecHttpCheckList#on_success
     */
    readonly onSuccess?: string;
    /**
     * pattern
     *
     * @schema BackendSpecHttpCheckList#pattern
     */
    readonly pattern?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecHttpCheckList#port
     */
    readonly port?: number;
    /**
     * port string
     *
     * @schema BackendSpecHttpCheckList#port_string
     */
    readonly portString?: string;
    /**
     * proto
     *
     * @schema BackendSpecHttpCheckList#proto
     */
    readonly proto?: string;
    /**
     * send proxy
     *
     * @schema BackendSpecHttpCheckList#send_proxy
     */
    readonly sendProxy?: boolean;
    /**
     * sni
     *
     * @schema BackendSpecHttpCheckList#sni
     */
    readonly sni?: string;
    /**
     * ssl
     *
     * @schema BackendSpecHttpCheckList#ssl
     */
    readonly ssl?: boolean;
    /**
     * status code
     *
     * @schema BackendSpecHttpCheckList#status-code
     */
    readonly statusCode?: string;
    /**
     * tout status
     * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
     *
     * @schema BackendSpecHttpCheckList#tout_status
     */
    readonly toutStatus?: BackendSpecHttpCheckListToutStatus;
    /**
     * type
     * Required: true
     * Enum: ["comment","connect","disable-on-404","expect","send","send-state","set-var","set-var-fmt","unset-var"]
     *
     * @schema BackendSpecHttpCheckList#type
     */
    readonly type: BackendSpecHttpCheckListType;
    /**
     * uri
     *
     * @schema BackendSpecHttpCheckList#uri
     */
    readonly uri?: string;
    /**
     * uri log format
     *
     * @schema BackendSpecHttpCheckList#uri_log_format
     */
    readonly uriLogFormat?: string;
    /**
     * var expr
     *
     * @schema BackendSpecHttpCheckList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema BackendSpecHttpCheckList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpCheckList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpCheckList#var_scope
     */
    readonly varScope?: string;
    /**
     * version
     *
     * @schema BackendSpecHttpCheckList#version
     */
    readonly version?: string;
    /**
     * via socks4
     *
     * @schema BackendSpecHttpCheckList#via_socks4
     */
    readonly viaSocks4?: boolean;
}
/**
 * Converts an object of type 'BackendSpecHttpCheckList' to JSON representation.
 */
export declare function toJson_BackendSpecHttpCheckList(obj: BackendSpecHttpCheckList | undefined): Record<string, any> | undefined;
/**
 * http connection mode
 * Enum: ["httpclose","http-server-close","http-keep-alive"]
 *
 * @schema BackendSpecHttpConnectionMode
 */
export declare enum BackendSpecHttpConnectionMode {
    /** httpclose */
    HTTPCLOSE = "httpclose",
    /** http-server-close */
    HTTP_HYPHEN_SERVER_HYPHEN_CLOSE = "http-server-close",
    /** http-keep-alive */
    HTTP_HYPHEN_KEEP_HYPHEN_ALIVE = "http-keep-alive"
}
/**
 * HTTPErrorRule HTTP Error Rule
 *
 * HAProxy HTTP error rule configuration (corresponds to http-error directives)
 * Example: {"index":0,"status":425,"type":"status"}
 *
 * swagger:model http_error_rule
 *
 * @schema BackendSpecHttpErrorRuleList
 */
export interface BackendSpecHttpErrorRuleList {
    /**
     * @schema BackendSpecHttpErrorRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * return content
     *
     * @schema BackendSpecHttpErrorRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema BackendSpecHttpErrorRuleList#return_content_format
     */
    readonly returnContentFormat?: BackendSpecHttpErrorRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema BackendSpecHttpErrorRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema BackendSpecHttpErrorRuleList#return_hdrs
     */
    readonly returnHdrs?: BackendSpecHttpErrorRuleListReturnHdrs[];
    /**
     * status
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema BackendSpecHttpErrorRuleList#status
     */
    readonly status: BackendSpecHttpErrorRuleListStatus;
    /**
     * type
     * Required: true
     * Enum: ["status"]
     *
     * @schema BackendSpecHttpErrorRuleList#type
     */
    readonly type: BackendSpecHttpErrorRuleListType;
}
/**
 * Converts an object of type 'BackendSpecHttpErrorRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecHttpErrorRuleList(obj: BackendSpecHttpErrorRuleList | undefined): Record<string, any> | undefined;
/**
 * http pretend keepalive
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpPretendKeepalive
 */
export declare enum BackendSpecHttpPretendKeepalive {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecHttpProxy
 */
export declare enum BackendSpecHttpProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPRequestRule HTTP Request Rule
 *
 * HAProxy HTTP request rule configuration (corresponds to http-request directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_request_rule
 *
 * @schema BackendSpecHttpRequestRuleList
 */
export interface BackendSpecHttpRequestRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * auth realm
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#auth_realm
     */
    readonly authRealm?: string;
    /**
     * bandwidth limit limit
     *
     * @schema BackendSpecHttpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema BackendSpecHttpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema BackendSpecHttpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema BackendSpecHttpRequestRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema BackendSpecHttpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema BackendSpecHttpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecHttpRequestRuleList#cond
     */
    readonly cond?: BackendSpecHttpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecHttpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema BackendSpecHttpRequestRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema BackendSpecHttpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema BackendSpecHttpRequestRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema BackendSpecHttpRequestRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema BackendSpecHttpRequestRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema BackendSpecHttpRequestRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hint format
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#hint_format
     */
    readonly hintFormat?: string;
    /**
     * hint name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#hint_name
     */
    readonly hintName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema BackendSpecHttpRequestRuleList#log_level
     */
    readonly logLevel?: BackendSpecHttpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema BackendSpecHttpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecHttpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema BackendSpecHttpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * method fmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#method_fmt
     */
    readonly methodFmt?: string;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema BackendSpecHttpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * normalizer
     * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
     *
     * @schema BackendSpecHttpRequestRuleList#normalizer
     */
    readonly normalizer?: BackendSpecHttpRequestRuleListNormalizer;
    /**
     * normalizer full
     *
     * @schema BackendSpecHttpRequestRuleList#normalizer_full
     */
    readonly normalizerFull?: boolean;
    /**
     * normalizer strict
     *
     * @schema BackendSpecHttpRequestRuleList#normalizer_strict
     */
    readonly normalizerStrict?: boolean;
    /**
     * path fmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#path_fmt
     */
    readonly pathFmt?: string;
    /**
     * path match
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#path_match
     */
    readonly pathMatch?: string;
    /**
     * protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema BackendSpecHttpRequestRuleList#protocol
     */
    readonly protocol?: BackendSpecHttpRequestRuleListProtocol;
    /**
     * query fmt
     *
     * @schema BackendSpecHttpRequestRuleList#query-fmt
     */
    readonly queryFmt?: string;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema BackendSpecHttpRequestRuleList#redir_code
     */
    readonly redirCode?: BackendSpecHttpRequestRuleListRedirCode;
    /**
     * redir option
     *
     * @schema BackendSpecHttpRequestRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema BackendSpecHttpRequestRuleList#redir_type
     */
    readonly redirType?: BackendSpecHttpRequestRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * resolvers
     *
     * @schema BackendSpecHttpRequestRuleList#resolvers
     */
    readonly resolvers?: string;
    /**
     * return content
     *
     * @schema BackendSpecHttpRequestRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema BackendSpecHttpRequestRuleList#return_content_format
     */
    readonly returnContentFormat?: BackendSpecHttpRequestRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema BackendSpecHttpRequestRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema BackendSpecHttpRequestRuleList#return_hdrs
     */
    readonly returnHdrs?: BackendSpecHttpRequestRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema BackendSpecHttpRequestRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema BackendSpecHttpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema BackendSpecHttpRequestRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema BackendSpecHttpRequestRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema BackendSpecHttpRequestRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema BackendSpecHttpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * service name
     *
     * @schema BackendSpecHttpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema BackendSpecHttpRequestRuleList#strict_mode
     */
    readonly strictMode?: BackendSpecHttpRequestRuleListStrictMode;
    /**
     * timeout
     *
     * @schema BackendSpecHttpRequestRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema BackendSpecHttpRequestRuleList#timeout_type
     */
    readonly timeoutType?: BackendSpecHttpRequestRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecHttpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema BackendSpecHttpRequestRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
     *
     * @schema BackendSpecHttpRequestRuleList#type
     */
    readonly type: BackendSpecHttpRequestRuleListType;
    /**
     * uri fmt
     *
     * @schema BackendSpecHttpRequestRuleList#uri-fmt
     */
    readonly uriFmt?: string;
    /**
     * uri match
     *
     * @schema BackendSpecHttpRequestRuleList#uri-match
     */
    readonly uriMatch?: string;
    /**
     * var expr
     *
     * @schema BackendSpecHttpRequestRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema BackendSpecHttpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpRequestRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema BackendSpecHttpRequestRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema BackendSpecHttpRequestRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'BackendSpecHttpRequestRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecHttpRequestRuleList(obj: BackendSpecHttpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPResponseRule HTTP Response Rule
 *
 * HAProxy HTTP response rule configuration (corresponds to http-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_response_rule
 *
 * @schema BackendSpecHttpResponseRuleList
 */
export interface BackendSpecHttpResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * bandwidth limit limit
     *
     * @schema BackendSpecHttpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema BackendSpecHttpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema BackendSpecHttpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema BackendSpecHttpResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture sample
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecHttpResponseRuleList#cond
     */
    readonly cond?: BackendSpecHttpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecHttpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema BackendSpecHttpResponseRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema BackendSpecHttpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema BackendSpecHttpResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema BackendSpecHttpResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema BackendSpecHttpResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema BackendSpecHttpResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema BackendSpecHttpResponseRuleList#log_level
     */
    readonly logLevel?: BackendSpecHttpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema BackendSpecHttpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecHttpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema BackendSpecHttpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema BackendSpecHttpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema BackendSpecHttpResponseRuleList#redir_code
     */
    readonly redirCode?: BackendSpecHttpResponseRuleListRedirCode;
    /**
     * redir option
     *
     * @schema BackendSpecHttpResponseRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema BackendSpecHttpResponseRuleList#redir_type
     */
    readonly redirType?: BackendSpecHttpResponseRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * return content
     *
     * @schema BackendSpecHttpResponseRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema BackendSpecHttpResponseRuleList#return_content_format
     */
    readonly returnContentFormat?: BackendSpecHttpResponseRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema BackendSpecHttpResponseRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema BackendSpecHttpResponseRuleList#return_hdrs
     */
    readonly returnHdrs?: BackendSpecHttpResponseRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema BackendSpecHttpResponseRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema BackendSpecHttpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema BackendSpecHttpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema BackendSpecHttpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema BackendSpecHttpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema BackendSpecHttpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema BackendSpecHttpResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema BackendSpecHttpResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema BackendSpecHttpResponseRuleList#strict_mode
     */
    readonly strictMode?: BackendSpecHttpResponseRuleListStrictMode;
    /**
     * timeout
     *
     * @schema BackendSpecHttpResponseRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema BackendSpecHttpResponseRuleList#timeout_type
     */
    readonly timeoutType?: BackendSpecHttpResponseRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecHttpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema BackendSpecHttpResponseRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
     *
     * @schema BackendSpecHttpResponseRuleList#type
     */
    readonly type: BackendSpecHttpResponseRuleListType;
    /**
     * var expr
     *
     * @schema BackendSpecHttpResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema BackendSpecHttpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecHttpResponseRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema BackendSpecHttpResponseRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema BackendSpecHttpResponseRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'BackendSpecHttpResponseRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecHttpResponseRuleList(obj: BackendSpecHttpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http restrict req hdr names
 * Enum: ["preserve","delete","reject"]
 *
 * @schema BackendSpecHttpRestrictReqHdrNames
 */
export declare enum BackendSpecHttpRestrictReqHdrNames {
    /** preserve */
    PRESERVE = "preserve",
    /** delete */
    DELETE = "delete",
    /** reject */
    REJECT = "reject"
}
/**
 * http reuse
 * Enum: ["aggressive","always","never","safe"]
 *
 * @schema BackendSpecHttpReuse
 */
export declare enum BackendSpecHttpReuse {
    /** aggressive */
    AGGRESSIVE = "aggressive",
    /** always */
    ALWAYS = "always",
    /** never */
    NEVER = "never",
    /** safe */
    SAFE = "safe"
}
/**
 * httpchk params
 *
 * @schema BackendSpecHttpchkParams
 */
export interface BackendSpecHttpchkParams {
    /**
     * host
     *
     * @schema BackendSpecHttpchkParams#host
     */
    readonly host?: string;
    /**
     * method
     * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
     *
     * @schema BackendSpecHttpchkParams#method
     */
    readonly method?: BackendSpecHttpchkParamsMethod;
    /**
     * uri
     * Pattern: ^[^ ]*$
     *
     * @schema BackendSpecHttpchkParams#uri
     */
    readonly uri?: string;
    /**
     * version
     *
     * @schema BackendSpecHttpchkParams#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'BackendSpecHttpchkParams' to JSON representation.
 */
export declare function toJson_BackendSpecHttpchkParams(obj: BackendSpecHttpchkParams | undefined): Record<string, any> | undefined;
/**
 * ignore persist
 *
 * @schema BackendSpecIgnorePersist
 */
export interface BackendSpecIgnorePersist {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecIgnorePersist#cond
     */
    readonly cond: BackendSpecIgnorePersistCond;
    /**
     * cond test
     * Required: true
     *
     * @schema BackendSpecIgnorePersist#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'BackendSpecIgnorePersist' to JSON representation.
 */
export declare function toJson_BackendSpecIgnorePersist(obj: BackendSpecIgnorePersist | undefined): Record<string, any> | undefined;
/**
 * IgnorePersist ignore persist
 *
 * swagger:model IgnorePersist
 *
 * @schema BackendSpecIgnorePersistList
 */
export interface BackendSpecIgnorePersistList {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecIgnorePersistList#cond
     */
    readonly cond: BackendSpecIgnorePersistListCond;
    /**
     * cond test
     * Required: true
     *
     * @schema BackendSpecIgnorePersistList#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'BackendSpecIgnorePersistList' to JSON representation.
 */
export declare function toJson_BackendSpecIgnorePersistList(obj: BackendSpecIgnorePersistList | undefined): Record<string, any> | undefined;
/**
 * independent streams
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecIndependentStreams
 */
export declare enum BackendSpecIndependentStreams {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * load server state from file
 * Enum: ["global","local","none"]
 *
 * @schema BackendSpecLoadServerStateFromFile
 */
export declare enum BackendSpecLoadServerStateFromFile {
    /** global */
    GLOBAL = "global",
    /** local */
    LOCAL = "local",
    /** none */
    NONE = "none"
}
/**
 * log health checks
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecLogHealthChecks
 */
export declare enum BackendSpecLogHealthChecks {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * LogTarget Log Target
 *
 * Per-instance logging of events and traffic.
 *
 * swagger:model log_target
 *
 * @schema BackendSpecLogTargetList
 */
export interface BackendSpecLogTargetList {
    /**
     * address
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecLogTargetList#address
     */
    readonly address?: string;
    /**
     * facility
     * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
     *
     * @schema BackendSpecLogTargetList#facility
     */
    readonly facility?: BackendSpecLogTargetListFacility;
    /**
     * format
     * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
     *
     * @schema BackendSpecLogTargetList#format
     */
    readonly format?: BackendSpecLogTargetListFormat;
    /**
     * global
     *
     * @schema BackendSpecLogTargetList#global
     */
    readonly global?: boolean;
    /**
     * length
     *
     * @schema BackendSpecLogTargetList#length
     */
    readonly length?: number;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema BackendSpecLogTargetList#level
     */
    readonly level?: BackendSpecLogTargetListLevel;
    /**
     * @schema BackendSpecLogTargetList#metadata
     */
    readonly metadata?: any;
    /**
     * minlevel
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema BackendSpecLogTargetList#minlevel
     */
    readonly minlevel?: BackendSpecLogTargetListMinlevel;
    /**
     * nolog
     *
     * @schema BackendSpecLogTargetList#nolog
     */
    readonly nolog?: boolean;
    /**
     * profile
     *
     * @schema BackendSpecLogTargetList#profile
     */
    readonly profile?: string;
    /**
     * sample range
     *
     * @schema BackendSpecLogTargetList#sample_range
     */
    readonly sampleRange?: string;
    /**
     * sample size
     *
     * @schema BackendSpecLogTargetList#sample_size
     */
    readonly sampleSize?: number;
}
/**
 * Converts an object of type 'BackendSpecLogTargetList' to JSON representation.
 */
export declare function toJson_BackendSpecLogTargetList(obj: BackendSpecLogTargetList | undefined): Record<string, any> | undefined;
/**
 * mode
 * Enum: ["http","tcp","log"]
 *
 * @schema BackendSpecMode
 */
export declare enum BackendSpecMode {
    /** http */
    HTTP = "http",
    /** tcp */
    TCP = "tcp",
    /** log */
    LOG = "log"
}
/**
 * mysql check params
 *
 * @schema BackendSpecMysqlCheckParams
 */
export interface BackendSpecMysqlCheckParams {
    /**
     * client version
     * Enum: ["pre-41","post-41"]
     *
     * @schema BackendSpecMysqlCheckParams#client_version
     */
    readonly clientVersion?: BackendSpecMysqlCheckParamsClientVersion;
    /**
     * username
     *
     * @schema BackendSpecMysqlCheckParams#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'BackendSpecMysqlCheckParams' to JSON representation.
 */
export declare function toJson_BackendSpecMysqlCheckParams(obj: BackendSpecMysqlCheckParams | undefined): Record<string, any> | undefined;
/**
 * nolinger
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecNolinger
 */
export declare enum BackendSpecNolinger {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * originalto
 *
 * @schema BackendSpecOriginalto
 */
export interface BackendSpecOriginalto {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema BackendSpecOriginalto#enabled
     */
    readonly enabled: BackendSpecOriginaltoEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecOriginalto#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecOriginalto#header
     */
    readonly header?: string;
}
/**
 * Converts an object of type 'BackendSpecOriginalto' to JSON representation.
 */
export declare function toJson_BackendSpecOriginalto(obj: BackendSpecOriginalto | undefined): Record<string, any> | undefined;
/**
 * persist
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecPersist
 */
export declare enum BackendSpecPersist {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * persist rule
 *
 * @schema BackendSpecPersistRule
 */
export interface BackendSpecPersistRule {
    /**
     * rdp cookie name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecPersistRule#rdp_cookie_name
     */
    readonly rdpCookieName?: string;
    /**
     * type
     * Required: true
     * Enum: ["rdp-cookie"]
     *
     * @schema BackendSpecPersistRule#type
     */
    readonly type: BackendSpecPersistRuleType;
}
/**
 * Converts an object of type 'BackendSpecPersistRule' to JSON representation.
 */
export declare function toJson_BackendSpecPersistRule(obj: BackendSpecPersistRule | undefined): Record<string, any> | undefined;
/**
 * pgsql check params
 *
 * @schema BackendSpecPgsqlCheckParams
 */
export interface BackendSpecPgsqlCheckParams {
    /**
     * username
     *
     * @schema BackendSpecPgsqlCheckParams#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'BackendSpecPgsqlCheckParams' to JSON representation.
 */
export declare function toJson_BackendSpecPgsqlCheckParams(obj: BackendSpecPgsqlCheckParams | undefined): Record<string, any> | undefined;
/**
 * prefer last server
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecPreferLastServer
 */
export declare enum BackendSpecPreferLastServer {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * redispatch
 *
 * @schema BackendSpecRedispatch
 */
export interface BackendSpecRedispatch {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecRedispatch#enabled
     */
    readonly enabled: BackendSpecRedispatchEnabled;
    /**
     * interval
     *
     * @schema BackendSpecRedispatch#interval
     */
    readonly interval?: number;
}
/**
 * Converts an object of type 'BackendSpecRedispatch' to JSON representation.
 */
export declare function toJson_BackendSpecRedispatch(obj: BackendSpecRedispatch | undefined): Record<string, any> | undefined;
/**
 * ServerSwitchingRule Server Switching Rule
 *
 * HAProxy server switching rule configuration (corresponds to use-server directive)
 * Example: {"cond":"if","cond_test":"{ req_ssl_sni -i www.example.com }","target_server":"www"}
 *
 * swagger:model server_switching_rule
 *
 * @schema BackendSpecServerSwitchingRuleList
 */
export interface BackendSpecServerSwitchingRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecServerSwitchingRuleList#cond
     */
    readonly cond?: BackendSpecServerSwitchingRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecServerSwitchingRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema BackendSpecServerSwitchingRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * target server
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerSwitchingRuleList#target_server
     */
    readonly targetServer: string;
}
/**
 * Converts an object of type 'BackendSpecServerSwitchingRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecServerSwitchingRuleList(obj: BackendSpecServerSwitchingRuleList | undefined): Record<string, any> | undefined;
/**
 * ServerTemplate Server template
 *
 * Set a template to initialize servers with shared parameters.
 * Example: {"fqdn":"google.com","num_or_range":"1-3","port":80,"prefix":"srv"}
 *
 * swagger:model server_template
 *
 * @schema BackendSpecServerTemplates
 */
export interface BackendSpecServerTemplates {
    /**
     * agent addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#agent-addr
     */
    readonly agentAddr?: string;
    /**
     * agent check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#agent-check
     */
    readonly agentCheck?: BackendSpecServerTemplatesAgentCheck;
    /**
     * agent inter
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#agent-inter
     */
    readonly agentInter?: number;
    /**
     * agent port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecServerTemplates#agent-port
     */
    readonly agentPort?: number;
    /**
     * agent send
     *
     * @schema BackendSpecServerTemplates#agent-send
     */
    readonly agentSend?: string;
    /**
     * allow 0rtt
     *
     * @schema BackendSpecServerTemplates#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#alpn
     */
    readonly alpn?: string;
    /**
     * backup
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#backup
     */
    readonly backup?: BackendSpecServerTemplatesBackup;
    /**
     * check
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#check
     */
    readonly check?: BackendSpecServerTemplatesCheck;
    /**
     * check pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#check-pool-conn-name
     */
    readonly checkPoolConnName?: string;
    /**
     * check reuse pool
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#check-reuse-pool
     */
    readonly checkReusePool?: BackendSpecServerTemplatesCheckReusePool;
    /**
     * check send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#check-send-proxy
     */
    readonly checkSendProxy?: BackendSpecServerTemplatesCheckSendProxy;
    /**
     * check sni
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#check-sni
     */
    readonly checkSni?: string;
    /**
     * check ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#check-ssl
     */
    readonly checkSsl?: BackendSpecServerTemplatesCheckSsl;
    /**
     * check alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#check_alpn
     */
    readonly checkAlpn?: string;
    /**
     * check proto
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#check_proto
     */
    readonly checkProto?: string;
    /**
     * check via socks4
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#check_via_socks4
     */
    readonly checkViaSocks4?: BackendSpecServerTemplatesCheckViaSocks4;
    /**
     * ciphers
     *
     * @schema BackendSpecServerTemplates#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema BackendSpecServerTemplates#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema BackendSpecServerTemplates#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * cookie
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#cookie
     */
    readonly cookie?: string;
    /**
     * crl file
     *
     * @schema BackendSpecServerTemplates#crl_file
     */
    readonly crlFile?: string;
    /**
     * curves
     *
     * @schema BackendSpecServerTemplates#curves
     */
    readonly curves?: string;
    /**
     * downinter
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#downinter
     */
    readonly downinter?: number;
    /**
     * error limit
     *
     * @schema BackendSpecServerTemplates#error_limit
     */
    readonly errorLimit?: number;
    /**
     * fall
     *
     * @schema BackendSpecServerTemplates#fall
     */
    readonly fall?: number;
    /**
     * fastinter
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#fastinter
     */
    readonly fastinter?: number;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#force_sslv3
     */
    readonly forceSslv3?: BackendSpecServerTemplatesForceSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#force_tlsv10
     */
    readonly forceTlsv10?: BackendSpecServerTemplatesForceTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#force_tlsv11
     */
    readonly forceTlsv11?: BackendSpecServerTemplatesForceTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#force_tlsv12
     */
    readonly forceTlsv12?: BackendSpecServerTemplatesForceTlsv12;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#force_tlsv13
     */
    readonly forceTlsv13?: BackendSpecServerTemplatesForceTlsv13;
    /**
     * fqdn
     * Required: true
     *
     * @schema BackendSpecServerTemplates#fqdn
     */
    readonly fqdn: string;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema BackendSpecServerTemplates#guid
     */
    readonly guid?: string;
    /**
     * hash key
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#hash_key
     */
    readonly hashKey?: string;
    /**
     * health check address
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#health_check_address
     */
    readonly healthCheckAddress?: string;
    /**
     * health check port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecServerTemplates#health_check_port
     */
    readonly healthCheckPort?: number;
    /**
     * id
     *
     * @schema BackendSpecServerTemplates#id
     */
    readonly id?: number;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#idle_ping
     */
    readonly idlePing?: number;
    /**
     * init addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#init-addr
     */
    readonly initAddr?: string;
    /**
     * init state
     * Enum: ["fully-up","up","down","fully-down"]
     *
     * @schema BackendSpecServerTemplates#init-state
     */
    readonly initState?: BackendSpecServerTemplatesInitState;
    /**
     * inter
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#inter
     */
    readonly inter?: number;
    /**
     * log bufsize
     *
     * @schema BackendSpecServerTemplates#log-bufsize
     */
    readonly logBufsize?: number;
    /**
     * log proto
     * Enum: ["legacy","octet-count"]
     *
     * @schema BackendSpecServerTemplates#log_proto
     */
    readonly logProto?: BackendSpecServerTemplatesLogProto;
    /**
     * maintenance
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#maintenance
     */
    readonly maintenance?: BackendSpecServerTemplatesMaintenance;
    /**
     * max reuse
     *
     * @schema BackendSpecServerTemplates#max_reuse
     */
    readonly maxReuse?: number;
    /**
     * maxconn
     *
     * @schema BackendSpecServerTemplates#maxconn
     */
    readonly maxconn?: number;
    /**
     * maxqueue
     *
     * @schema BackendSpecServerTemplates#maxqueue
     */
    readonly maxqueue?: number;
    /**
     * @schema BackendSpecServerTemplates#metadata
     */
    readonly metadata?: any;
    /**
     * minconn
     *
     * @schema BackendSpecServerTemplates#minconn
     */
    readonly minconn?: number;
    /**
     * namespace
     *
     * @schema BackendSpecServerTemplates#namespace
     */
    readonly namespace?: string;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_sslv3
     */
    readonly noSslv3?: BackendSpecServerTemplatesNoSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_tlsv10
     */
    readonly noTlsv10?: BackendSpecServerTemplatesNoTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_tlsv11
     */
    readonly noTlsv11?: BackendSpecServerTemplatesNoTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_tlsv12
     */
    readonly noTlsv12?: BackendSpecServerTemplatesNoTlsv12;
    /**
     * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_tlsv13
     */
    readonly noTlsv13?: BackendSpecServerTemplatesNoTlsv13;
    /**
     * no verifyhost
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#no_verifyhost
     */
    readonly noVerifyhost?: BackendSpecServerTemplatesNoVerifyhost;
    /**
     * npn
     *
     * @schema BackendSpecServerTemplates#npn
     */
    readonly npn?: string;
    /**
     * num or range
     * Required: true
     *
     * @schema BackendSpecServerTemplates#num_or_range
     */
    readonly numOrRange: string;
    /**
     * observe
     * Enum: ["layer4","layer7"]
     *
     * @schema BackendSpecServerTemplates#observe
     */
    readonly observe?: BackendSpecServerTemplatesObserve;
    /**
     * on error
     * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
     *
     * @schema BackendSpecServerTemplates#on-error
     */
    readonly onError?: BackendSpecServerTemplatesOnError;
    /**
     * on marked down
     * Enum: ["shutdown-sessions"]
     *
     * @schema BackendSpecServerTemplates#on-marked-down
     */
    readonly onMarkedDown?: BackendSpecServerTemplatesOnMarkedDown;
    /**
     * on marked up
     * Enum: ["shutdown-backup-sessions"]
     *
     * @schema BackendSpecServerTemplates#on-marked-up
     */
    readonly onMarkedUp?: BackendSpecServerTemplatesOnMarkedUp;
    /**
     * pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#pool_conn_name
     */
    readonly poolConnName?: string;
    /**
     * pool low conn
     *
     * @schema BackendSpecServerTemplates#pool_low_conn
     */
    readonly poolLowConn?: number;
    /**
     * pool max conn
     *
     * @schema BackendSpecServerTemplates#pool_max_conn
     */
    readonly poolMaxConn?: number;
    /**
     * pool purge delay
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#pool_purge_delay
     */
    readonly poolPurgeDelay?: number;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecServerTemplates#port
     */
    readonly port?: number;
    /**
     * prefix
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#prefix
     */
    readonly prefix: string;
    /**
     * proto
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#proto
     */
    readonly proto?: string;
    /**
     * proxy v2 options
     *
     * @schema BackendSpecServerTemplates#proxy-v2-options
     */
    readonly proxyV2Options?: string[];
    /**
     * redir
     *
     * @schema BackendSpecServerTemplates#redir
     */
    readonly redir?: string;
    /**
     * resolve net
     * Pattern: ^([A-Za-z0-9.:/]+)(,[A-Za-z0-9.:/]+)*$
     *
     * @schema BackendSpecServerTemplates#resolve-net
     */
    readonly resolveNet?: string;
    /**
     * resolve prefer
     * Enum: ["ipv4","ipv6"]
     *
     * @schema BackendSpecServerTemplates#resolve-prefer
     */
    readonly resolvePrefer?: BackendSpecServerTemplatesResolvePrefer;
    /**
     * resolve opts
     * Pattern: ^(allow-dup-ip|ignore-weight|prevent-dup-ip)(,(allow-dup-ip|ignore-weight|prevent-dup-ip))*$
     *
     * @schema BackendSpecServerTemplates#resolve_opts
     */
    readonly resolveOpts?: string;
    /**
     * resolvers
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#resolvers
     */
    readonly resolvers?: string;
    /**
     * rise
     *
     * @schema BackendSpecServerTemplates#rise
     */
    readonly rise?: number;
    /**
     * send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#send-proxy
     */
    readonly sendProxy?: BackendSpecServerTemplatesSendProxy;
    /**
     * send proxy v2
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#send-proxy-v2
     */
    readonly sendProxyV2?: BackendSpecServerTemplatesSendProxyV2;
    /**
     * send proxy v2 ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#send_proxy_v2_ssl
     */
    readonly sendProxyV2Ssl?: BackendSpecServerTemplatesSendProxyV2Ssl;
    /**
     * send proxy v2 ssl cn
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#send_proxy_v2_ssl_cn
     */
    readonly sendProxyV2SslCn?: BackendSpecServerTemplatesSendProxyV2SslCn;
    /**
     * set proxy v2 tlv fmt
     *
     * @schema BackendSpecServerTemplates#set-proxy-v2-tlv-fmt
     */
    readonly setProxyV2TlvFmt?: BackendSpecServerTemplatesSetProxyV2TlvFmt;
    /**
     * shard
     *
     * @schema BackendSpecServerTemplates#shard
     */
    readonly shard?: number;
    /**
     * sigalgs
     *
     * @schema BackendSpecServerTemplates#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * slowstart
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#slowstart
     */
    readonly slowstart?: number;
    /**
     * sni
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#sni
     */
    readonly sni?: string;
    /**
     * socks4
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#socks4
     */
    readonly socks4?: string;
    /**
     * source
     *
     * @schema BackendSpecServerTemplates#source
     */
    readonly source?: string;
    /**
     * ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#ssl
     */
    readonly ssl?: BackendSpecServerTemplatesSsl;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecServerTemplates#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema BackendSpecServerTemplates#ssl_max_ver
     */
    readonly sslMaxVer?: BackendSpecServerTemplatesSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema BackendSpecServerTemplates#ssl_min_ver
     */
    readonly sslMinVer?: BackendSpecServerTemplatesSslMinVer;
    /**
     * ssl reuse
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#ssl_reuse
     */
    readonly sslReuse?: BackendSpecServerTemplatesSslReuse;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#sslv3
     */
    readonly sslv3?: BackendSpecServerTemplatesSslv3;
    /**
     * stick
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#stick
     */
    readonly stick?: BackendSpecServerTemplatesStick;
    /**
     * strict maxconn
     *
     * @schema BackendSpecServerTemplates#strict-maxconn
     */
    readonly strictMaxconn?: boolean;
    /**
     * tcp ut
     * Minimum: 0
     *
     * @schema BackendSpecServerTemplates#tcp_ut
     */
    readonly tcpUt?: number;
    /**
     * tfo
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tfo
     */
    readonly tfo?: BackendSpecServerTemplatesTfo;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tls_tickets
     */
    readonly tlsTickets?: BackendSpecServerTemplatesTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tlsv10
     */
    readonly tlsv10?: BackendSpecServerTemplatesTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tlsv11
     */
    readonly tlsv11?: BackendSpecServerTemplatesTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tlsv12
     */
    readonly tlsv12?: BackendSpecServerTemplatesTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema BackendSpecServerTemplates#tlsv13
     */
    readonly tlsv13?: BackendSpecServerTemplatesTlsv13;
    /**
     * track
     *
     * @schema BackendSpecServerTemplates#track
     */
    readonly track?: string;
    /**
     * verify
     * Enum: ["none","required"]
     *
     * @schema BackendSpecServerTemplates#verify
     */
    readonly verify?: BackendSpecServerTemplatesVerify;
    /**
     * verifyhost
     *
     * @schema BackendSpecServerTemplates#verifyhost
     */
    readonly verifyhost?: string;
    /**
     * weight
     *
     * @schema BackendSpecServerTemplates#weight
     */
    readonly weight?: number;
    /**
     * ws
     * Enum: ["auto","h1","h2"]
     *
     * @schema BackendSpecServerTemplates#ws
     */
    readonly ws?: BackendSpecServerTemplatesWs;
}
/**
 * Converts an object of type 'BackendSpecServerTemplates' to JSON representation.
 */
export declare function toJson_BackendSpecServerTemplates(obj: BackendSpecServerTemplates | undefined): Record<string, any> | undefined;
/**
 * smtpchk params
 *
 * @schema BackendSpecSmtpchkParams
 */
export interface BackendSpecSmtpchkParams {
    /**
     * domain
     *
     * @schema BackendSpecSmtpchkParams#domain
     */
    readonly domain?: string;
    /**
     * hello
     *
     * @schema BackendSpecSmtpchkParams#hello
     */
    readonly hello?: string;
}
/**
 * Converts an object of type 'BackendSpecSmtpchkParams' to JSON representation.
 */
export declare function toJson_BackendSpecSmtpchkParams(obj: BackendSpecSmtpchkParams | undefined): Record<string, any> | undefined;
/**
 * source
 *
 * @schema BackendSpecSource
 */
export interface BackendSpecSource {
    /**
     * address
     * Required: true
     *
     * @schema BackendSpecSource#address
     */
    readonly address: string;
    /**
     * address second
     *
     * @schema BackendSpecSource#address_second
     */
    readonly addressSecond?: string;
    /**
     * hdr
     *
     * @schema BackendSpecSource#hdr
     */
    readonly hdr?: string;
    /**
     * interface
     *
     * @schema BackendSpecSource#interface
     */
    readonly interface?: string;
    /**
     * occ
     *
     * @schema BackendSpecSource#occ
     */
    readonly occ?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecSource#port
     */
    readonly port?: number;
    /**
     * port second
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecSource#port_second
     */
    readonly portSecond?: number;
    /**
     * usesrc
     * Enum: ["address","client","clientip","hdr_ip"]
     *
     * @schema BackendSpecSource#usesrc
     */
    readonly usesrc?: BackendSpecSourceUsesrc;
}
/**
 * Converts an object of type 'BackendSpecSource' to JSON representation.
 */
export declare function toJson_BackendSpecSource(obj: BackendSpecSource | undefined): Record<string, any> | undefined;
/**
 * splice auto
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecSpliceAuto
 */
export declare enum BackendSpecSpliceAuto {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice request
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecSpliceRequest
 */
export declare enum BackendSpecSpliceRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice response
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecSpliceResponse
 */
export declare enum BackendSpecSpliceResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * spop check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecSpopCheck
 */
export declare enum BackendSpecSpopCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * srvtcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecSrvtcpka
 */
export declare enum BackendSpecSrvtcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * stats options
 *
 * @schema BackendSpecStatsOptions
 */
export interface BackendSpecStatsOptions {
    /**
     * stats admin
     *
     * @schema BackendSpecStatsOptions#stats_admin
     */
    readonly statsAdmin?: boolean;
    /**
     * stats admin cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecStatsOptions#stats_admin_cond
     */
    readonly statsAdminCond?: BackendSpecStatsOptionsStatsAdminCond;
    /**
     * stats admin cond test
     *
     * @schema BackendSpecStatsOptions#stats_admin_cond_test
     */
    readonly statsAdminCondTest?: string;
    /**
     * stats auths
     *
     * @schema BackendSpecStatsOptions#stats_auths
     */
    readonly statsAuths?: BackendSpecStatsOptionsStatsAuths[];
    /**
     * stats enable
     *
     * @schema BackendSpecStatsOptions#stats_enable
     */
    readonly statsEnable?: boolean;
    /**
     * stats hide version
     *
     * @schema BackendSpecStatsOptions#stats_hide_version
     */
    readonly statsHideVersion?: boolean;
    /**
     * stats http requests
     *
     * @schema BackendSpecStatsOptions#stats_http_requests
     */
    readonly statsHttpRequests?: BackendSpecStatsOptionsStatsHttpRequests[];
    /**
     * stats maxconn
     * Minimum: 1
     *
     * @schema BackendSpecStatsOptions#stats_maxconn
     */
    readonly statsMaxconn?: number;
    /**
     * stats realm
     *
     * @schema BackendSpecStatsOptions#stats_realm
     */
    readonly statsRealm?: boolean;
    /**
     * stats realm realm
     *
     * @schema BackendSpecStatsOptions#stats_realm_realm
     */
    readonly statsRealmRealm?: string;
    /**
     * stats refresh delay
     * Minimum: 0
     *
     * @schema BackendSpecStatsOptions#stats_refresh_delay
     */
    readonly statsRefreshDelay?: number;
    /**
     * stats show desc
     *
     * @schema BackendSpecStatsOptions#stats_show_desc
     */
    readonly statsShowDesc?: string;
    /**
     * stats show legends
     *
     * @schema BackendSpecStatsOptions#stats_show_legends
     */
    readonly statsShowLegends?: boolean;
    /**
     * stats show modules
     *
     * @schema BackendSpecStatsOptions#stats_show_modules
     */
    readonly statsShowModules?: boolean;
    /**
     * stats show node name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStatsOptions#stats_show_node_name
     */
    readonly statsShowNodeName: string;
    /**
     * stats uri prefix
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStatsOptions#stats_uri_prefix
     */
    readonly statsUriPrefix?: string;
}
/**
 * Converts an object of type 'BackendSpecStatsOptions' to JSON representation.
 */
export declare function toJson_BackendSpecStatsOptions(obj: BackendSpecStatsOptions | undefined): Record<string, any> | undefined;
/**
 * StickRule Stick Rule
 *
 * Define a pattern used to create an entry in a stickiness table or matching condition or associate a user to a server.
 * Example: {"pattern":"src","type":"match"}
 *
 * swagger:model stick_rule
 *
 * @schema BackendSpecStickRuleList
 */
export interface BackendSpecStickRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecStickRuleList#cond
     */
    readonly cond?: BackendSpecStickRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecStickRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema BackendSpecStickRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * pattern
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStickRuleList#pattern
     */
    readonly pattern: string;
    /**
     * table
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStickRuleList#table
     */
    readonly table?: string;
    /**
     * type
     * Required: true
     * Enum: ["match","on","store-request","store-response"]
     *
     * @schema BackendSpecStickRuleList#type
     */
    readonly type: BackendSpecStickRuleListType;
}
/**
 * Converts an object of type 'BackendSpecStickRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecStickRuleList(obj: BackendSpecStickRuleList | undefined): Record<string, any> | undefined;
/**
 * stick table
 *
 * @schema BackendSpecStickTable
 */
export interface BackendSpecStickTable {
    /**
     * expire
     * Minimum: 0
     *
     * @schema BackendSpecStickTable#expire
     */
    readonly expire?: number;
    /**
     * keylen
     *
     * @schema BackendSpecStickTable#keylen
     */
    readonly keylen?: number;
    /**
     * @schema BackendSpecStickTable#metadata
     */
    readonly metadata?: any;
    /**
     * nopurge
     *
     * @schema BackendSpecStickTable#nopurge
     */
    readonly nopurge?: boolean;
    /**
     * peers
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStickTable#peers
     */
    readonly peers?: string;
    /**
     * recv only
     *
     * @schema BackendSpecStickTable#recv_only
     */
    readonly recvOnly?: boolean;
    /**
     * size
     * Minimum: 0
     *
     * @schema BackendSpecStickTable#size
     */
    readonly size?: number;
    /**
     * srvkey
     * Enum: ["addr","name"]
     *
     * @schema BackendSpecStickTable#srvkey
     */
    readonly srvkey?: BackendSpecStickTableSrvkey;
    /**
     * store
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStickTable#store
     */
    readonly store?: string;
    /**
     * type
     * Enum: ["ip","ipv6","integer","string","binary"]
     *
     * @schema BackendSpecStickTable#type
     */
    readonly type?: BackendSpecStickTableType;
    /**
     * write to
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecStickTable#write_to
     */
    readonly writeTo?: string;
}
/**
 * Converts an object of type 'BackendSpecStickTable' to JSON representation.
 */
export declare function toJson_BackendSpecStickTable(obj: BackendSpecStickTable | undefined): Record<string, any> | undefined;
/**
 * TCPCheck TCP Check
 *
 * swagger:model tcp_check
 *
 * @schema BackendSpecTcpCheckRuleList
 */
export interface BackendSpecTcpCheckRuleList {
    /**
     * action
     * Required: true
     * Enum: ["comment","connect","expect","send","send-lf","send-binary","send-binary-lf","set-var","set-var-fmt","unset-var"]
     *
     * @schema BackendSpecTcpCheckRuleList#action
     */
    readonly action: BackendSpecTcpCheckRuleListAction;
    /**
     * addr
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpCheckRuleList#addr
     */
    readonly addr?: string;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpCheckRuleList#alpn
     */
    readonly alpn?: string;
    /**
     * check comment
     *
     * @schema BackendSpecTcpCheckRuleList#check_comment
     */
    readonly checkComment?: string;
    /**
     * data
     *
     * @schema BackendSpecTcpCheckRuleList#data
     */
    readonly data?: string;
    /**
     * default
     *
     * @schema BackendSpecTcpCheckRuleList#default
     */
    readonly default?: boolean;
    /**
     * error status
     * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
     *
     * @schema BackendSpecTcpCheckRuleList#error_status
     */
    readonly errorStatus?: BackendSpecTcpCheckRuleListErrorStatus;
    /**
     * exclamation mark
     *
     * @schema BackendSpecTcpCheckRuleList#exclamation_mark
     */
    readonly exclamationMark?: boolean;
    /**
     * fmt
     *
     * @schema BackendSpecTcpCheckRuleList#fmt
     */
    readonly fmt?: string;
    /**
     * hex fmt
     *
     * @schema BackendSpecTcpCheckRuleList#hex_fmt
     */
    readonly hexFmt?: string;
    /**
     * hex string
     *
     * @schema BackendSpecTcpCheckRuleList#hex_string
     */
    readonly hexString?: string;
    /**
     * linger
     *
     * @schema BackendSpecTcpCheckRuleList#linger
     */
    readonly linger?: boolean;
    /**
     * match
     * Pattern: ^[^\s]+$
     * Enum: ["string","rstring","string-lf","binary","rbinary","binary-lf"]
     *
     * @schema BackendSpecTcpCheckRuleList#match
     */
    readonly match?: BackendSpecTcpCheckRuleListMatch;
    /**
     * @schema BackendSpecTcpCheckRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * min recv
     *
     * @schema BackendSpecTcpCheckRuleList#min_recv
     */
    readonly minRecv?: number;
    /**
     * ok status
     * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
     *
     * @schema BackendSpecTcpCheckRuleList#ok_status
     */
    readonly okStatus?: BackendSpecTcpCheckRuleListOkStatus;
    /**
     * on error
     *
     * @schema BackendSpecTcpCheckRuleList#on_error
     */
    readonly onError?: string;
    /**
     * on success
     *
     * @schema BackendSpecTcpCheckRuleList#on_success
     */
    readonly onSuccess?: string;
    /**
     * pattern
     *
     * @schema BackendSpecTcpCheckRuleList#pattern
     */
    readonly pattern?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema BackendSpecTcpCheckRuleList#port
     */
    readonly port?: number;
    /**
     * port string
     *
     * @schema BackendSpecTcpCheckRuleList#port_string
     */
    readonly portString?: string;
    /**
     * proto
     *
     * @schema BackendSpecTcpCheckRuleList#proto
     */
    readonly proto?: string;
    /**
     * send proxy
     *
     * @schema BackendSpecTcpCheckRuleList#send_proxy
     */
    readonly sendProxy?: boolean;
    /**
     * sni
     *
     * @schema BackendSpecTcpCheckRuleList#sni
     */
    readonly sni?: string;
    /**
     * ssl
     *
     * @schema BackendSpecTcpCheckRuleList#ssl
     */
    readonly ssl?: boolean;
    /**
     * status code
     *
     * @schema BackendSpecTcpCheckRuleList#status-code
     */
    readonly statusCode?: string;
    /**
     * tout status
     * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
     *
     * @schema BackendSpecTcpCheckRuleList#tout_status
     */
    readonly toutStatus?: BackendSpecTcpCheckRuleListToutStatus;
    /**
     * var expr
     *
     * @schema BackendSpecTcpCheckRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var fmt
     *
     * @schema BackendSpecTcpCheckRuleList#var_fmt
     */
    readonly varFmt?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpCheckRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpCheckRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * via socks4
     *
     * @schema BackendSpecTcpCheckRuleList#via_socks4
     */
    readonly viaSocks4?: boolean;
}
/**
 * Converts an object of type 'BackendSpecTcpCheckRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecTcpCheckRuleList(obj: BackendSpecTcpCheckRuleList | undefined): Record<string, any> | undefined;
/**
 * TCPRequestRule TCP Request Rule
 *
 * HAProxy TCP Request Rule configuration (corresponds to tcp-request)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"connection"}
 *
 * swagger:model tcp_request_rule
 *
 * @schema BackendSpecTcpRequestRuleList
 */
export interface BackendSpecTcpRequestRuleList {
    /**
     * action
     * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
     *
     * @schema BackendSpecTcpRequestRuleList#action
     */
    readonly action?: BackendSpecTcpRequestRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema BackendSpecTcpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema BackendSpecTcpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema BackendSpecTcpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * capture len
     *
     * @schema BackendSpecTcpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema BackendSpecTcpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecTcpRequestRuleList#cond
     */
    readonly cond?: BackendSpecTcpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecTcpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema BackendSpecTcpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * gpt value
     *
     * @schema BackendSpecTcpRequestRuleList#gpt_value
     */
    readonly gptValue?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema BackendSpecTcpRequestRuleList#log_level
     */
    readonly logLevel?: BackendSpecTcpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema BackendSpecTcpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecTcpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema BackendSpecTcpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema BackendSpecTcpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * resolve protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema BackendSpecTcpRequestRuleList#resolve_protocol
     */
    readonly resolveProtocol?: BackendSpecTcpRequestRuleListResolveProtocol;
    /**
     * resolve resolvers
     *
     * @schema BackendSpecTcpRequestRuleList#resolve_resolvers
     */
    readonly resolveResolvers?: string;
    /**
     * resolve var
     *
     * @schema BackendSpecTcpRequestRuleList#resolve_var
     */
    readonly resolveVar?: string;
    /**
     * rst ttl
     *
     * @schema BackendSpecTcpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc idx
     *
     * @schema BackendSpecTcpRequestRuleList#sc_idx
     */
    readonly scIdx?: string;
    /**
     * sc inc id
     *
     * @schema BackendSpecTcpRequestRuleList#sc_inc_id
     */
    readonly scIncId?: string;
    /**
     * sc int
     *
     * @schema BackendSpecTcpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * server name
     *
     * @schema BackendSpecTcpRequestRuleList#server_name
     */
    readonly serverName?: string;
    /**
     * service name
     *
     * @schema BackendSpecTcpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine name
     *
     * @schema BackendSpecTcpRequestRuleList#spoe_engine_name
     */
    readonly spoeEngineName?: string;
    /**
     * spoe group name
     *
     * @schema BackendSpecTcpRequestRuleList#spoe_group_name
     */
    readonly spoeGroupName?: string;
    /**
     * switch mode proto
     *
     * @schema BackendSpecTcpRequestRuleList#switch_mode_proto
     */
    readonly switchModeProto?: string;
    /**
     * timeout
     *
     * @schema BackendSpecTcpRequestRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecTcpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track key
     *
     * @schema BackendSpecTcpRequestRuleList#track_key
     */
    readonly trackKey?: string;
    /**
     * track stick counter
     *
     * @schema BackendSpecTcpRequestRuleList#track_stick_counter
     */
    readonly trackStickCounter?: number;
    /**
     * track table
     *
     * @schema BackendSpecTcpRequestRuleList#track_table
     */
    readonly trackTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["connection","content","inspect-delay","session"]
     *
     * @schema BackendSpecTcpRequestRuleList#type
     */
    readonly type: BackendSpecTcpRequestRuleListType;
    /**
     * var format
     *
     * @schema BackendSpecTcpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpRequestRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'BackendSpecTcpRequestRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecTcpRequestRuleList(obj: BackendSpecTcpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * TCPResponseRule TCP Response Rule
 *
 * HAProxy TCP Response Rule configuration (corresponds to tcp-response)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"content"}
 *
 * swagger:model tcp_response_rule
 *
 * @schema BackendSpecTcpResponseRuleList
 */
export interface BackendSpecTcpResponseRuleList {
    /**
     * action
     * Enum: ["accept","close","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-tos","set-var","set-var-fmt","silent-drop","unset-var","do-log"]
     *
     * @schema BackendSpecTcpResponseRuleList#action
     */
    readonly action?: BackendSpecTcpResponseRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema BackendSpecTcpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema BackendSpecTcpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema BackendSpecTcpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema BackendSpecTcpResponseRuleList#cond
     */
    readonly cond?: BackendSpecTcpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema BackendSpecTcpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema BackendSpecTcpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema BackendSpecTcpResponseRuleList#log_level
     */
    readonly logLevel?: BackendSpecTcpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema BackendSpecTcpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecTcpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema BackendSpecTcpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema BackendSpecTcpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * rst ttl
     *
     * @schema BackendSpecTcpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema BackendSpecTcpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema BackendSpecTcpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema BackendSpecTcpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema BackendSpecTcpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * timeout
     *
     * @schema BackendSpecTcpResponseRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema BackendSpecTcpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * type
     * Required: true
     * Enum: ["content","inspect-delay"]
     *
     * @schema BackendSpecTcpResponseRuleList#type
     */
    readonly type: BackendSpecTcpResponseRuleListType;
    /**
     * var format
     *
     * @schema BackendSpecTcpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecTcpResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'BackendSpecTcpResponseRuleList' to JSON representation.
 */
export declare function toJson_BackendSpecTcpResponseRuleList(obj: BackendSpecTcpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * tcp smart connect
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecTcpSmartConnect
 */
export declare enum BackendSpecTcpSmartConnect {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecTcpka
 */
export declare enum BackendSpecTcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * transparent
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecTransparent
 */
export declare enum BackendSpecTransparent {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * algorithm
 * Required: true
 * Enum: ["first","hash","hdr","leastconn","random","rdp-cookie","roundrobin","source","static-rr","uri","url_param"]
 *
 * @schema BackendSpecBalanceAlgorithm
 */
export declare enum BackendSpecBalanceAlgorithm {
    /** first */
    FIRST = "first",
    /** hash */
    HASH = "hash",
    /** hdr */
    HDR = "hdr",
    /** leastconn */
    LEASTCONN = "leastconn",
    /** random */
    RANDOM = "random",
    /** rdp-cookie */
    RDP_HYPHEN_COOKIE = "rdp-cookie",
    /** roundrobin */
    ROUNDROBIN = "roundrobin",
    /** source */
    SOURCE = "source",
    /** static-rr */
    STATIC_HYPHEN_RR = "static-rr",
    /** uri */
    URI = "uri",
    /** url_param */
    URL_UNDERSCORE_PARAM = "url_param"
}
/**
 * algo req
 * Enum: ["identity","gzip","deflate","raw-deflate"]
 *
 * @schema BackendSpecCompressionAlgoReq
 */
export declare enum BackendSpecCompressionAlgoReq {
    /** identity */
    IDENTITY = "identity",
    /** gzip */
    GZIP = "gzip",
    /** deflate */
    DEFLATE = "deflate",
    /** raw-deflate */
    RAW_HYPHEN_DEFLATE = "raw-deflate"
}
/**
 * direction
 * Enum: ["request","response","both"]
 *
 * @schema BackendSpecCompressionDirection
 */
export declare enum BackendSpecCompressionDirection {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response",
    /** both */
    BOTH = "both"
}
/**
 * Attr attr
 *
 * swagger:model Attr
 *
 * @schema BackendSpecCookieAttr
 */
export interface BackendSpecCookieAttr {
    /**
     * value
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecCookieAttr#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BackendSpecCookieAttr' to JSON representation.
 */
export declare function toJson_BackendSpecCookieAttr(obj: BackendSpecCookieAttr | undefined): Record<string, any> | undefined;
/**
 * Domain domain
 *
 * swagger:model Domain
 *
 * @schema BackendSpecCookieDomain
 */
export interface BackendSpecCookieDomain {
    /**
     * value
     * Pattern: ^[^\s]+$
     *
     * @schema BackendSpecCookieDomain#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BackendSpecCookieDomain' to JSON representation.
 */
export declare function toJson_BackendSpecCookieDomain(obj: BackendSpecCookieDomain | undefined): Record<string, any> | undefined;
/**
 * type
 * Enum: ["rewrite","insert","prefix"]
 *
 * @schema BackendSpecCookieType
 */
export declare enum BackendSpecCookieType {
    /** rewrite */
    REWRITE = "rewrite",
    /** insert */
    INSERT = "insert",
    /** prefix */
    PREFIX = "prefix"
}
/**
 * agent check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerAgentCheck
 */
export declare enum BackendSpecDefaultServerAgentCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * backup
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerBackup
 */
export declare enum BackendSpecDefaultServerBackup {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerCheck
 */
export declare enum BackendSpecDefaultServerCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check reuse pool
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerCheckReusePool
 */
export declare enum BackendSpecDefaultServerCheckReusePool {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerCheckSendProxy
 */
export declare enum BackendSpecDefaultServerCheckSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerCheckSsl
 */
export declare enum BackendSpecDefaultServerCheckSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check via socks4
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerCheckViaSocks4
 */
export declare enum BackendSpecDefaultServerCheckViaSocks4 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerForceSslv3
 */
export declare enum BackendSpecDefaultServerForceSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerForceTlsv10
 */
export declare enum BackendSpecDefaultServerForceTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerForceTlsv11
 */
export declare enum BackendSpecDefaultServerForceTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerForceTlsv12
 */
export declare enum BackendSpecDefaultServerForceTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerForceTlsv13
 */
export declare enum BackendSpecDefaultServerForceTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * init state
 * Enum: ["fully-up","up","down","fully-down"]
 *
 * @schema BackendSpecDefaultServerInitState
 */
export declare enum BackendSpecDefaultServerInitState {
    /** fully-up */
    FULLY_HYPHEN_UP = "fully-up",
    /** up */
    UP = "up",
    /** down */
    DOWN = "down",
    /** fully-down */
    FULLY_HYPHEN_DOWN = "fully-down"
}
/**
 * log proto
 * Enum: ["legacy","octet-count"]
 *
 * @schema BackendSpecDefaultServerLogProto
 */
export declare enum BackendSpecDefaultServerLogProto {
    /** legacy */
    LEGACY = "legacy",
    /** octet-count */
    OCTET_HYPHEN_COUNT = "octet-count"
}
/**
 * maintenance
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerMaintenance
 */
export declare enum BackendSpecDefaultServerMaintenance {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoSslv3
 */
export declare enum BackendSpecDefaultServerNoSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoTlsv10
 */
export declare enum BackendSpecDefaultServerNoTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoTlsv11
 */
export declare enum BackendSpecDefaultServerNoTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoTlsv12
 */
export declare enum BackendSpecDefaultServerNoTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoTlsv13
 */
export declare enum BackendSpecDefaultServerNoTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * no verifyhost
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerNoVerifyhost
 */
export declare enum BackendSpecDefaultServerNoVerifyhost {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * observe
 * Enum: ["layer4","layer7"]
 *
 * @schema BackendSpecDefaultServerObserve
 */
export declare enum BackendSpecDefaultServerObserve {
    /** layer4 */
    LAYER4 = "layer4",
    /** layer7 */
    LAYER7 = "layer7"
}
/**
 * on error
 * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
 *
 * @schema BackendSpecDefaultServerOnError
 */
export declare enum BackendSpecDefaultServerOnError {
    /** fastinter */
    FASTINTER = "fastinter",
    /** fail-check */
    FAIL_HYPHEN_CHECK = "fail-check",
    /** sudden-death */
    SUDDEN_HYPHEN_DEATH = "sudden-death",
    /** mark-down */
    MARK_HYPHEN_DOWN = "mark-down"
}
/**
 * on marked down
 * Enum: ["shutdown-sessions"]
 *
 * @schema BackendSpecDefaultServerOnMarkedDown
 */
export declare enum BackendSpecDefaultServerOnMarkedDown {
    /** shutdown-sessions */
    SHUTDOWN_HYPHEN_SESSIONS = "shutdown-sessions"
}
/**
 * on marked up
 * Enum: ["shutdown-backup-sessions"]
 *
 * @schema BackendSpecDefaultServerOnMarkedUp
 */
export declare enum BackendSpecDefaultServerOnMarkedUp {
    /** shutdown-backup-sessions */
    SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS = "shutdown-backup-sessions"
}
/**
 * resolve prefer
 * Enum: ["ipv4","ipv6"]
 *
 * @schema BackendSpecDefaultServerResolvePrefer
 */
export declare enum BackendSpecDefaultServerResolvePrefer {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSendProxy
 */
export declare enum BackendSpecDefaultServerSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSendProxyV2
 */
export declare enum BackendSpecDefaultServerSendProxyV2 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSendProxyV2Ssl
 */
export declare enum BackendSpecDefaultServerSendProxyV2Ssl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl cn
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSendProxyV2SslCn
 */
export declare enum BackendSpecDefaultServerSendProxyV2SslCn {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * set proxy v2 tlv fmt
 *
 * @schema BackendSpecDefaultServerSetProxyV2TlvFmt
 */
export interface BackendSpecDefaultServerSetProxyV2TlvFmt {
    /**
     * id
     * Required: true
     *
     * @schema BackendSpecDefaultServerSetProxyV2TlvFmt#id
     */
    readonly id: string;
    /**
     * value
     * Required: true
     *
     * @schema BackendSpecDefaultServerSetProxyV2TlvFmt#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'BackendSpecDefaultServerSetProxyV2TlvFmt' to JSON representation.
 */
export declare function toJson_BackendSpecDefaultServerSetProxyV2TlvFmt(obj: BackendSpecDefaultServerSetProxyV2TlvFmt | undefined): Record<string, any> | undefined;
/**
 * ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSsl
 */
export declare enum BackendSpecDefaultServerSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema BackendSpecDefaultServerSslMaxVer
 */
export declare enum BackendSpecDefaultServerSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema BackendSpecDefaultServerSslMinVer
 */
export declare enum BackendSpecDefaultServerSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl reuse
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSslReuse
 */
export declare enum BackendSpecDefaultServerSslReuse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerSslv3
 */
export declare enum BackendSpecDefaultServerSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * stick
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerStick
 */
export declare enum BackendSpecDefaultServerStick {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tfo
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTfo
 */
export declare enum BackendSpecDefaultServerTfo {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTlsTickets
 */
export declare enum BackendSpecDefaultServerTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTlsv10
 */
export declare enum BackendSpecDefaultServerTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTlsv11
 */
export declare enum BackendSpecDefaultServerTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTlsv12
 */
export declare enum BackendSpecDefaultServerTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecDefaultServerTlsv13
 */
export declare enum BackendSpecDefaultServerTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Enum: ["none","required"]
 *
 * @schema BackendSpecDefaultServerVerify
 */
export declare enum BackendSpecDefaultServerVerify {
    /** none */
    NONE = "none",
    /** required */
    REQUIRED = "required"
}
/**
 * ws
 * Enum: ["auto","h1","h2"]
 *
 * @schema BackendSpecDefaultServerWs
 */
export declare enum BackendSpecDefaultServerWs {
    /** auto */
    AUTO = "auto",
    /** h1 */
    H1 = "h1",
    /** h2 */
    H2 = "h2"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema BackendSpecEmailAlertLevel
 */
export declare enum BackendSpecEmailAlertLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * code
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema BackendSpecErrorFilesCode
 */
export declare enum BackendSpecErrorFilesCode {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema BackendSpecErrorloc302Code
 */
export declare enum BackendSpecErrorloc302Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema BackendSpecErrorloc303Code
 */
export declare enum BackendSpecErrorloc303Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
 *
 * @schema BackendSpecFilterListType
 */
export declare enum BackendSpecFilterListType {
    /** bwlim-in */
    BWLIM_HYPHEN_IN = "bwlim-in",
    /** bwlim-out */
    BWLIM_HYPHEN_OUT = "bwlim-out",
    /** cache */
    CACHE = "cache",
    /** compression */
    COMPRESSION = "compression",
    /** fcgi-app */
    FCGI_HYPHEN_APP = "fcgi-app",
    /** spoe */
    SPOE = "spoe",
    /** trace */
    TRACE = "trace"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecForcePersistCond
 */
export declare enum BackendSpecForcePersistCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecForcePersistListCond
 */
export declare enum BackendSpecForcePersistListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema BackendSpecForwardforEnabled
 */
export declare enum BackendSpecForwardforEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * function
 * Enum: ["sdbm","djb2","wt6","crc32","none"]
 *
 * @schema BackendSpecHashTypeFunction
 */
export declare enum BackendSpecHashTypeFunction {
    /** sdbm */
    SDBM = "sdbm",
    /** djb2 */
    DJB2 = "djb2",
    /** wt6 */
    WT6 = "wt6",
    /** crc32 */
    CRC32 = "crc32",
    /** none */
    NONE = "none"
}
/**
 * method
 * Enum: ["map-based","consistent"]
 *
 * @schema BackendSpecHashTypeMethod
 */
export declare enum BackendSpecHashTypeMethod {
    /** map-based */
    MAP_HYPHEN_BASED = "map-based",
    /** consistent */
    CONSISTENT = "consistent"
}
/**
 * modifier
 * Enum: ["avalanche"]
 *
 * @schema BackendSpecHashTypeModifier
 */
export declare enum BackendSpecHashTypeModifier {
    /** avalanche */
    AVALANCHE = "avalanche"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecHttpAfterResponseRuleListCond
 */
export declare enum BackendSpecHttpAfterResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema BackendSpecHttpAfterResponseRuleListLogLevel
 */
export declare enum BackendSpecHttpAfterResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema BackendSpecHttpAfterResponseRuleListStrictMode
 */
export declare enum BackendSpecHttpAfterResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * type
 * Required: true
 * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
 *
 * @schema BackendSpecHttpAfterResponseRuleListType
 */
export declare enum BackendSpecHttpAfterResponseRuleListType {
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * error status
 * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
 *
 * @schema BackendSpecHttpCheckListErrorStatus
 */
export declare enum BackendSpecHttpCheckListErrorStatus {
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L7RSP */
    L7_RSP = "L7RSP",
    /** L7STS */
    L7_STS = "L7STS",
    /** L6RSP */
    L6_RSP = "L6RSP",
    /** L4CON */
    L4_CON = "L4CON"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema BackendSpecHttpCheckListHeaders
 */
export interface BackendSpecHttpCheckListHeaders {
    /**
     * fmt
     * Required: true
     *
     * @schema BackendSpecHttpCheckListHeaders#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema BackendSpecHttpCheckListHeaders#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'BackendSpecHttpCheckListHeaders' to JSON representation.
 */
export declare function toJson_BackendSpecHttpCheckListHeaders(obj: BackendSpecHttpCheckListHeaders | undefined): Record<string, any> | undefined;
/**
 * match
 * Pattern: ^[^\s]+$
 * Enum: ["status","rstatus","hdr","fhdr","string","rstring"]
 *
 * @schema BackendSpecHttpCheckListMatch
 */
export declare enum BackendSpecHttpCheckListMatch {
    /** status */
    STATUS = "status",
    /** rstatus */
    RSTATUS = "rstatus",
    /** hdr */
    HDR = "hdr",
    /** fhdr */
    FHDR = "fhdr",
    /** string */
    STRING = "string",
    /** rstring */
    RSTRING = "rstring"
}
/**
 * method
 * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
 *
 * @schema BackendSpecHttpCheckListMethod
 */
export declare enum BackendSpecHttpCheckListMethod {
    /** HEAD */
    HEAD = "HEAD",
    /** PUT */
    PUT = "PUT",
    /** POST */
    POST = "POST",
    /** GET */
    GET = "GET",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS"
}
/**
 * ok status
 * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
 *
 * @schema BackendSpecHttpCheckListOkStatus
 */
export declare enum BackendSpecHttpCheckListOkStatus {
    /** L7OK */
    L7_OK = "L7OK",
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L6OK */
    L6_OK = "L6OK",
    /** L4OK */
    L4_OK = "L4OK"
}
/**
 * tout status
 * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
 *
 * @schema BackendSpecHttpCheckListToutStatus
 */
export declare enum BackendSpecHttpCheckListToutStatus {
    /** L7TOUT */
    L7_TOUT = "L7TOUT",
    /** L6TOUT */
    L6_TOUT = "L6TOUT",
    /** L4TOUT */
    L4_TOUT = "L4TOUT"
}
/**
 * type
 * Required: true
 * Enum: ["comment","connect","disable-on-404","expect","send","send-state","set-var","set-var-fmt","unset-var"]
 *
 * @schema BackendSpecHttpCheckListType
 */
export declare enum BackendSpecHttpCheckListType {
    /** comment */
    COMMENT = "comment",
    /** connect */
    CONNECT = "connect",
    /** disable-on-404 */
    DISABLE_HYPHEN_ON_HYPHEN_404 = "disable-on-404",
    /** expect */
    EXPECT = "expect",
    /** send */
    SEND = "send",
    /** send-state */
    SEND_HYPHEN_STATE = "send-state",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema BackendSpecHttpErrorRuleListReturnContentFormat
 */
export declare enum BackendSpecHttpErrorRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema BackendSpecHttpErrorRuleListReturnHdrs
 */
export interface BackendSpecHttpErrorRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema BackendSpecHttpErrorRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema BackendSpecHttpErrorRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'BackendSpecHttpErrorRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_BackendSpecHttpErrorRuleListReturnHdrs(obj: BackendSpecHttpErrorRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * status
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema BackendSpecHttpErrorRuleListStatus
 */
export declare enum BackendSpecHttpErrorRuleListStatus {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["status"]
 *
 * @schema BackendSpecHttpErrorRuleListType
 */
export declare enum BackendSpecHttpErrorRuleListType {
    /** status */
    STATUS = "status"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecHttpRequestRuleListCond
 */
export declare enum BackendSpecHttpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema BackendSpecHttpRequestRuleListLogLevel
 */
export declare enum BackendSpecHttpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * normalizer
 * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
 *
 * @schema BackendSpecHttpRequestRuleListNormalizer
 */
export declare enum BackendSpecHttpRequestRuleListNormalizer {
    /** fragment-encode */
    FRAGMENT_HYPHEN_ENCODE = "fragment-encode",
    /** fragment-strip */
    FRAGMENT_HYPHEN_STRIP = "fragment-strip",
    /** path-merge-slashes */
    PATH_HYPHEN_MERGE_HYPHEN_SLASHES = "path-merge-slashes",
    /** path-strip-dot */
    PATH_HYPHEN_STRIP_HYPHEN_DOT = "path-strip-dot",
    /** path-strip-dotdot */
    PATH_HYPHEN_STRIP_HYPHEN_DOTDOT = "path-strip-dotdot",
    /** percent-decode-unreserved */
    PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED = "percent-decode-unreserved",
    /** percent-to-uppercase */
    PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE = "percent-to-uppercase",
    /** query-sort-by-name */
    QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME = "query-sort-by-name"
}
/**
 * protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema BackendSpecHttpRequestRuleListProtocol
 */
export declare enum BackendSpecHttpRequestRuleListProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema BackendSpecHttpRequestRuleListRedirCode
 */
export declare enum BackendSpecHttpRequestRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema BackendSpecHttpRequestRuleListRedirType
 */
export declare enum BackendSpecHttpRequestRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema BackendSpecHttpRequestRuleListReturnContentFormat
 */
export declare enum BackendSpecHttpRequestRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema BackendSpecHttpRequestRuleListReturnHdrs
 */
export interface BackendSpecHttpRequestRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema BackendSpecHttpRequestRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema BackendSpecHttpRequestRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'BackendSpecHttpRequestRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_BackendSpecHttpRequestRuleListReturnHdrs(obj: BackendSpecHttpRequestRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema BackendSpecHttpRequestRuleListStrictMode
 */
export declare enum BackendSpecHttpRequestRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema BackendSpecHttpRequestRuleListTimeoutType
 */
export declare enum BackendSpecHttpRequestRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
 *
 * @schema BackendSpecHttpRequestRuleListType
 */
export declare enum BackendSpecHttpRequestRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** auth */
    AUTH = "auth",
    /** cache-use */
    CACHE_HYPHEN_USE = "cache-use",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** disable-l7-retry */
    DISABLE_HYPHEN_L7_HYPHEN_RETRY = "disable-l7-retry",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** early-hint */
    EARLY_HYPHEN_HINT = "early-hint",
    /** lua */
    LUA = "lua",
    /** normalize-uri */
    NORMALIZE_HYPHEN_URI = "normalize-uri",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** reject */
    REJECT = "reject",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-path */
    REPLACE_HYPHEN_PATH = "replace-path",
    /** replace-pathq */
    REPLACE_HYPHEN_PATHQ = "replace-pathq",
    /** replace-uri */
    REPLACE_HYPHEN_URI = "replace-uri",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-method */
    SET_HYPHEN_METHOD = "set-method",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-path */
    SET_HYPHEN_PATH = "set-path",
    /** set-pathq */
    SET_HYPHEN_PATHQ = "set-pathq",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-query */
    SET_HYPHEN_QUERY = "set-query",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-uri */
    SET_HYPHEN_URI = "set-uri",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** tarpit */
    TARPIT = "tarpit",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** wait-for-handshake */
    WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE = "wait-for-handshake",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecHttpResponseRuleListCond
 */
export declare enum BackendSpecHttpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema BackendSpecHttpResponseRuleListLogLevel
 */
export declare enum BackendSpecHttpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema BackendSpecHttpResponseRuleListRedirCode
 */
export declare enum BackendSpecHttpResponseRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema BackendSpecHttpResponseRuleListRedirType
 */
export declare enum BackendSpecHttpResponseRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema BackendSpecHttpResponseRuleListReturnContentFormat
 */
export declare enum BackendSpecHttpResponseRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema BackendSpecHttpResponseRuleListReturnHdrs
 */
export interface BackendSpecHttpResponseRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema BackendSpecHttpResponseRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema BackendSpecHttpResponseRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'BackendSpecHttpResponseRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_BackendSpecHttpResponseRuleListReturnHdrs(obj: BackendSpecHttpResponseRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema BackendSpecHttpResponseRuleListStrictMode
 */
export declare enum BackendSpecHttpResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema BackendSpecHttpResponseRuleListTimeoutType
 */
export declare enum BackendSpecHttpResponseRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
 *
 * @schema BackendSpecHttpResponseRuleListType
 */
export declare enum BackendSpecHttpResponseRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** cache-store */
    CACHE_HYPHEN_STORE = "cache-store",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** lua */
    LUA = "lua",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * method
 * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
 *
 * @schema BackendSpecHttpchkParamsMethod
 */
export declare enum BackendSpecHttpchkParamsMethod {
    /** HEAD */
    HEAD = "HEAD",
    /** PUT */
    PUT = "PUT",
    /** POST */
    POST = "POST",
    /** GET */
    GET = "GET",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecIgnorePersistCond
 */
export declare enum BackendSpecIgnorePersistCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecIgnorePersistListCond
 */
export declare enum BackendSpecIgnorePersistListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * facility
 * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
 *
 * @schema BackendSpecLogTargetListFacility
 */
export declare enum BackendSpecLogTargetListFacility {
    /** kern */
    KERN = "kern",
    /** user */
    USER = "user",
    /** mail */
    MAIL = "mail",
    /** daemon */
    DAEMON = "daemon",
    /** auth */
    AUTH = "auth",
    /** syslog */
    SYSLOG = "syslog",
    /** lpr */
    LPR = "lpr",
    /** news */
    NEWS = "news",
    /** uucp */
    UUCP = "uucp",
    /** cron */
    CRON = "cron",
    /** auth2 */
    AUTH2 = "auth2",
    /** ftp */
    FTP = "ftp",
    /** ntp */
    NTP = "ntp",
    /** audit */
    AUDIT = "audit",
    /** alert */
    ALERT = "alert",
    /** cron2 */
    CRON2 = "cron2",
    /** local0 */
    LOCAL0 = "local0",
    /** local1 */
    LOCAL1 = "local1",
    /** local2 */
    LOCAL2 = "local2",
    /** local3 */
    LOCAL3 = "local3",
    /** local4 */
    LOCAL4 = "local4",
    /** local5 */
    LOCAL5 = "local5",
    /** local6 */
    LOCAL6 = "local6",
    /** local7 */
    LOCAL7 = "local7"
}
/**
 * format
 * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
 *
 * @schema BackendSpecLogTargetListFormat
 */
export declare enum BackendSpecLogTargetListFormat {
    /** local */
    LOCAL = "local",
    /** rfc3164 */
    RFC3164 = "rfc3164",
    /** rfc5424 */
    RFC5424 = "rfc5424",
    /** priority */
    PRIORITY = "priority",
    /** short */
    SHORT = "short",
    /** timed */
    TIMED = "timed",
    /** iso */
    ISO = "iso",
    /** raw */
    RAW = "raw"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema BackendSpecLogTargetListLevel
 */
export declare enum BackendSpecLogTargetListLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * minlevel
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema BackendSpecLogTargetListMinlevel
 */
export declare enum BackendSpecLogTargetListMinlevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * client version
 * Enum: ["pre-41","post-41"]
 *
 * @schema BackendSpecMysqlCheckParamsClientVersion
 */
export declare enum BackendSpecMysqlCheckParamsClientVersion {
    /** pre-41 */
    PRE_HYPHEN_41 = "pre-41",
    /** post-41 */
    POST_HYPHEN_41 = "post-41"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema BackendSpecOriginaltoEnabled
 */
export declare enum BackendSpecOriginaltoEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * type
 * Required: true
 * Enum: ["rdp-cookie"]
 *
 * @schema BackendSpecPersistRuleType
 */
export declare enum BackendSpecPersistRuleType {
    /** rdp-cookie */
    RDP_HYPHEN_COOKIE = "rdp-cookie"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecRedispatchEnabled
 */
export declare enum BackendSpecRedispatchEnabled {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecServerSwitchingRuleListCond
 */
export declare enum BackendSpecServerSwitchingRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * agent check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesAgentCheck
 */
export declare enum BackendSpecServerTemplatesAgentCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * backup
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesBackup
 */
export declare enum BackendSpecServerTemplatesBackup {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesCheck
 */
export declare enum BackendSpecServerTemplatesCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check reuse pool
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesCheckReusePool
 */
export declare enum BackendSpecServerTemplatesCheckReusePool {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesCheckSendProxy
 */
export declare enum BackendSpecServerTemplatesCheckSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesCheckSsl
 */
export declare enum BackendSpecServerTemplatesCheckSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check via socks4
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesCheckViaSocks4
 */
export declare enum BackendSpecServerTemplatesCheckViaSocks4 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesForceSslv3
 */
export declare enum BackendSpecServerTemplatesForceSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesForceTlsv10
 */
export declare enum BackendSpecServerTemplatesForceTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesForceTlsv11
 */
export declare enum BackendSpecServerTemplatesForceTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesForceTlsv12
 */
export declare enum BackendSpecServerTemplatesForceTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesForceTlsv13
 */
export declare enum BackendSpecServerTemplatesForceTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * init state
 * Enum: ["fully-up","up","down","fully-down"]
 *
 * @schema BackendSpecServerTemplatesInitState
 */
export declare enum BackendSpecServerTemplatesInitState {
    /** fully-up */
    FULLY_HYPHEN_UP = "fully-up",
    /** up */
    UP = "up",
    /** down */
    DOWN = "down",
    /** fully-down */
    FULLY_HYPHEN_DOWN = "fully-down"
}
/**
 * log proto
 * Enum: ["legacy","octet-count"]
 *
 * @schema BackendSpecServerTemplatesLogProto
 */
export declare enum BackendSpecServerTemplatesLogProto {
    /** legacy */
    LEGACY = "legacy",
    /** octet-count */
    OCTET_HYPHEN_COUNT = "octet-count"
}
/**
 * maintenance
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesMaintenance
 */
export declare enum BackendSpecServerTemplatesMaintenance {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoSslv3
 */
export declare enum BackendSpecServerTemplatesNoSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoTlsv10
 */
export declare enum BackendSpecServerTemplatesNoTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoTlsv11
 */
export declare enum BackendSpecServerTemplatesNoTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoTlsv12
 */
export declare enum BackendSpecServerTemplatesNoTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoTlsv13
 */
export declare enum BackendSpecServerTemplatesNoTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * no verifyhost
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesNoVerifyhost
 */
export declare enum BackendSpecServerTemplatesNoVerifyhost {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * observe
 * Enum: ["layer4","layer7"]
 *
 * @schema BackendSpecServerTemplatesObserve
 */
export declare enum BackendSpecServerTemplatesObserve {
    /** layer4 */
    LAYER4 = "layer4",
    /** layer7 */
    LAYER7 = "layer7"
}
/**
 * on error
 * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
 *
 * @schema BackendSpecServerTemplatesOnError
 */
export declare enum BackendSpecServerTemplatesOnError {
    /** fastinter */
    FASTINTER = "fastinter",
    /** fail-check */
    FAIL_HYPHEN_CHECK = "fail-check",
    /** sudden-death */
    SUDDEN_HYPHEN_DEATH = "sudden-death",
    /** mark-down */
    MARK_HYPHEN_DOWN = "mark-down"
}
/**
 * on marked down
 * Enum: ["shutdown-sessions"]
 *
 * @schema BackendSpecServerTemplatesOnMarkedDown
 */
export declare enum BackendSpecServerTemplatesOnMarkedDown {
    /** shutdown-sessions */
    SHUTDOWN_HYPHEN_SESSIONS = "shutdown-sessions"
}
/**
 * on marked up
 * Enum: ["shutdown-backup-sessions"]
 *
 * @schema BackendSpecServerTemplatesOnMarkedUp
 */
export declare enum BackendSpecServerTemplatesOnMarkedUp {
    /** shutdown-backup-sessions */
    SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS = "shutdown-backup-sessions"
}
/**
 * resolve prefer
 * Enum: ["ipv4","ipv6"]
 *
 * @schema BackendSpecServerTemplatesResolvePrefer
 */
export declare enum BackendSpecServerTemplatesResolvePrefer {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSendProxy
 */
export declare enum BackendSpecServerTemplatesSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSendProxyV2
 */
export declare enum BackendSpecServerTemplatesSendProxyV2 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSendProxyV2Ssl
 */
export declare enum BackendSpecServerTemplatesSendProxyV2Ssl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl cn
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSendProxyV2SslCn
 */
export declare enum BackendSpecServerTemplatesSendProxyV2SslCn {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * set proxy v2 tlv fmt
 *
 * @schema BackendSpecServerTemplatesSetProxyV2TlvFmt
 */
export interface BackendSpecServerTemplatesSetProxyV2TlvFmt {
    /**
     * id
     * Required: true
     *
     * @schema BackendSpecServerTemplatesSetProxyV2TlvFmt#id
     */
    readonly id: string;
    /**
     * value
     * Required: true
     *
     * @schema BackendSpecServerTemplatesSetProxyV2TlvFmt#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'BackendSpecServerTemplatesSetProxyV2TlvFmt' to JSON representation.
 */
export declare function toJson_BackendSpecServerTemplatesSetProxyV2TlvFmt(obj: BackendSpecServerTemplatesSetProxyV2TlvFmt | undefined): Record<string, any> | undefined;
/**
 * ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSsl
 */
export declare enum BackendSpecServerTemplatesSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema BackendSpecServerTemplatesSslMaxVer
 */
export declare enum BackendSpecServerTemplatesSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema BackendSpecServerTemplatesSslMinVer
 */
export declare enum BackendSpecServerTemplatesSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl reuse
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSslReuse
 */
export declare enum BackendSpecServerTemplatesSslReuse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesSslv3
 */
export declare enum BackendSpecServerTemplatesSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * stick
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesStick
 */
export declare enum BackendSpecServerTemplatesStick {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tfo
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTfo
 */
export declare enum BackendSpecServerTemplatesTfo {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTlsTickets
 */
export declare enum BackendSpecServerTemplatesTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTlsv10
 */
export declare enum BackendSpecServerTemplatesTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTlsv11
 */
export declare enum BackendSpecServerTemplatesTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTlsv12
 */
export declare enum BackendSpecServerTemplatesTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema BackendSpecServerTemplatesTlsv13
 */
export declare enum BackendSpecServerTemplatesTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Enum: ["none","required"]
 *
 * @schema BackendSpecServerTemplatesVerify
 */
export declare enum BackendSpecServerTemplatesVerify {
    /** none */
    NONE = "none",
    /** required */
    REQUIRED = "required"
}
/**
 * ws
 * Enum: ["auto","h1","h2"]
 *
 * @schema BackendSpecServerTemplatesWs
 */
export declare enum BackendSpecServerTemplatesWs {
    /** auto */
    AUTO = "auto",
    /** h1 */
    H1 = "h1",
    /** h2 */
    H2 = "h2"
}
/**
 * usesrc
 * Enum: ["address","client","clientip","hdr_ip"]
 *
 * @schema BackendSpecSourceUsesrc
 */
export declare enum BackendSpecSourceUsesrc {
    /** address */
    ADDRESS = "address",
    /** client */
    CLIENT = "client",
    /** clientip */
    CLIENTIP = "clientip",
    /** hdr_ip */
    HDR_UNDERSCORE_IP = "hdr_ip"
}
/**
 * stats admin cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecStatsOptionsStatsAdminCond
 */
export declare enum BackendSpecStatsOptionsStatsAdminCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * StatsAuth stats auth
 *
 * swagger:model stats_auth
 *
 * @schema BackendSpecStatsOptionsStatsAuths
 */
export interface BackendSpecStatsOptionsStatsAuths {
    /**
     * passwd
     * Required: true
     *
     * @schema BackendSpecStatsOptionsStatsAuths#passwd
     */
    readonly passwd: string;
    /**
     * user
     * Required: true
     *
     * @schema BackendSpecStatsOptionsStatsAuths#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'BackendSpecStatsOptionsStatsAuths' to JSON representation.
 */
export declare function toJson_BackendSpecStatsOptionsStatsAuths(obj: BackendSpecStatsOptionsStatsAuths | undefined): Record<string, any> | undefined;
/**
 * StatsHTTPRequest stats http request
 *
 * swagger:model stats_http_request
 *
 * @schema BackendSpecStatsOptionsStatsHttpRequests
 */
export interface BackendSpecStatsOptionsStatsHttpRequests {
    /**
     * cond
     *
     * @schema BackendSpecStatsOptionsStatsHttpRequests#cond
     */
    readonly cond?: string;
    /**
     * cond test
     *
     * @schema BackendSpecStatsOptionsStatsHttpRequests#cond_test
     */
    readonly condTest?: string;
    /**
     * realm
     *
     * @schema BackendSpecStatsOptionsStatsHttpRequests#realm
     */
    readonly realm?: string;
    /**
     * type
     * Required: true
     * Enum: ["allow","deny","auth"]
     *
     * @schema BackendSpecStatsOptionsStatsHttpRequests#type
     */
    readonly type: BackendSpecStatsOptionsStatsHttpRequestsType;
}
/**
 * Converts an object of type 'BackendSpecStatsOptionsStatsHttpRequests' to JSON representation.
 */
export declare function toJson_BackendSpecStatsOptionsStatsHttpRequests(obj: BackendSpecStatsOptionsStatsHttpRequests | undefined): Record<string, any> | undefined;
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecStickRuleListCond
 */
export declare enum BackendSpecStickRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * type
 * Required: true
 * Enum: ["match","on","store-request","store-response"]
 *
 * @schema BackendSpecStickRuleListType
 */
export declare enum BackendSpecStickRuleListType {
    /** match */
    MATCH = "match",
    /** on */
    ON = "on",
    /** store-request */
    STORE_HYPHEN_REQUEST = "store-request",
    /** store-response */
    STORE_HYPHEN_RESPONSE = "store-response"
}
/**
 * srvkey
 * Enum: ["addr","name"]
 *
 * @schema BackendSpecStickTableSrvkey
 */
export declare enum BackendSpecStickTableSrvkey {
    /** addr */
    ADDR = "addr",
    /** name */
    NAME = "name"
}
/**
 * type
 * Enum: ["ip","ipv6","integer","string","binary"]
 *
 * @schema BackendSpecStickTableType
 */
export declare enum BackendSpecStickTableType {
    /** ip */
    IP = "ip",
    /** ipv6 */
    IPV6 = "ipv6",
    /** integer */
    INTEGER = "integer",
    /** string */
    STRING = "string",
    /** binary */
    BINARY = "binary"
}
/**
 * action
 * Required: true
 * Enum: ["comment","connect","expect","send","send-lf","send-binary","send-binary-lf","set-var","set-var-fmt","unset-var"]
 *
 * @schema BackendSpecTcpCheckRuleListAction
 */
export declare enum BackendSpecTcpCheckRuleListAction {
    /** comment */
    COMMENT = "comment",
    /** connect */
    CONNECT = "connect",
    /** expect */
    EXPECT = "expect",
    /** send */
    SEND = "send",
    /** send-lf */
    SEND_HYPHEN_LF = "send-lf",
    /** send-binary */
    SEND_HYPHEN_BINARY = "send-binary",
    /** send-binary-lf */
    SEND_HYPHEN_BINARY_HYPHEN_LF = "send-binary-lf",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var"
}
/**
 * error status
 * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
 *
 * @schema BackendSpecTcpCheckRuleListErrorStatus
 */
export declare enum BackendSpecTcpCheckRuleListErrorStatus {
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L7RSP */
    L7_RSP = "L7RSP",
    /** L7STS */
    L7_STS = "L7STS",
    /** L6RSP */
    L6_RSP = "L6RSP",
    /** L4CON */
    L4_CON = "L4CON"
}
/**
 * match
 * Pattern: ^[^\s]+$
 * Enum: ["string","rstring","string-lf","binary","rbinary","binary-lf"]
 *
 * @schema BackendSpecTcpCheckRuleListMatch
 */
export declare enum BackendSpecTcpCheckRuleListMatch {
    /** string */
    STRING = "string",
    /** rstring */
    RSTRING = "rstring",
    /** string-lf */
    STRING_HYPHEN_LF = "string-lf",
    /** binary */
    BINARY = "binary",
    /** rbinary */
    RBINARY = "rbinary",
    /** binary-lf */
    BINARY_HYPHEN_LF = "binary-lf"
}
/**
 * ok status
 * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
 *
 * @schema BackendSpecTcpCheckRuleListOkStatus
 */
export declare enum BackendSpecTcpCheckRuleListOkStatus {
    /** L7OK */
    L7_OK = "L7OK",
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L6OK */
    L6_OK = "L6OK",
    /** L4OK */
    L4_OK = "L4OK"
}
/**
 * tout status
 * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
 *
 * @schema BackendSpecTcpCheckRuleListToutStatus
 */
export declare enum BackendSpecTcpCheckRuleListToutStatus {
    /** L7TOUT */
    L7_TOUT = "L7TOUT",
    /** L6TOUT */
    L6_TOUT = "L6TOUT",
    /** L4TOUT */
    L4_TOUT = "L4TOUT"
}
/**
 * action
 * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
 *
 * @schema BackendSpecTcpRequestRuleListAction
 */
export declare enum BackendSpecTcpRequestRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** attach-srv */
    ATTACH_HYPHEN_SRV = "attach-srv",
    /** capture */
    CAPTURE = "capture",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** expect-netscaler-cip */
    EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP = "expect-netscaler-cip",
    /** expect-proxy */
    EXPECT_HYPHEN_PROXY = "expect-proxy",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** switch-mode */
    SWITCH_HYPHEN_MODE = "switch-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecTcpRequestRuleListCond
 */
export declare enum BackendSpecTcpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema BackendSpecTcpRequestRuleListLogLevel
 */
export declare enum BackendSpecTcpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * resolve protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema BackendSpecTcpRequestRuleListResolveProtocol
 */
export declare enum BackendSpecTcpRequestRuleListResolveProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * type
 * Required: true
 * Enum: ["connection","content","inspect-delay","session"]
 *
 * @schema BackendSpecTcpRequestRuleListType
 */
export declare enum BackendSpecTcpRequestRuleListType {
    /** connection */
    CONNECTION = "connection",
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay",
    /** session */
    SESSION = "session"
}
/**
 * action
 * Enum: ["accept","close","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-tos","set-var","set-var-fmt","silent-drop","unset-var","do-log"]
 *
 * @schema BackendSpecTcpResponseRuleListAction
 */
export declare enum BackendSpecTcpResponseRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** close */
    CLOSE = "close",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema BackendSpecTcpResponseRuleListCond
 */
export declare enum BackendSpecTcpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema BackendSpecTcpResponseRuleListLogLevel
 */
export declare enum BackendSpecTcpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * type
 * Required: true
 * Enum: ["content","inspect-delay"]
 *
 * @schema BackendSpecTcpResponseRuleListType
 */
export declare enum BackendSpecTcpResponseRuleListType {
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay"
}
/**
 * type
 * Required: true
 * Enum: ["allow","deny","auth"]
 *
 * @schema BackendSpecStatsOptionsStatsHttpRequestsType
 */
export declare enum BackendSpecStatsOptionsStatsHttpRequestsType {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny",
    /** auth */
    AUTH = "auth"
}
/**
 * Defaults is a specification for a Defaults resource
 *
 * @schema Defaults
 */
export declare class Defaults extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Defaults"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Defaults".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: DefaultsProps): any;
    /**
     * Defines a "Defaults" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: DefaultsProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Defaults is a specification for a Defaults resource
 *
 * @default a specification for a Defaults resource
 * @schema Defaults
 */
export interface DefaultsProps {
    /**
     * @schema Defaults#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * DefaultsSpec defines the desired state of Defaults
     *
     * @schema Defaults#spec
     */
    readonly spec: DefaultsSpec;
}
/**
 * Converts an object of type 'DefaultsProps' to JSON representation.
 */
export declare function toJson_DefaultsProps(obj: DefaultsProps | undefined): Record<string, any> | undefined;
/**
 * DefaultsSpec defines the desired state of Defaults
 *
 * @schema DefaultsSpec
 */
export interface DefaultsSpec {
    /**
     * abortonclose
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#abortonclose
     */
    readonly abortonclose?: DefaultsSpecAbortonclose;
    /**
     * accept invalid http request
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#accept_invalid_http_request
     */
    readonly acceptInvalidHttpRequest?: DefaultsSpecAcceptInvalidHttpRequest;
    /**
     * accept invalid http response
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#accept_invalid_http_response
     */
    readonly acceptInvalidHttpResponse?: DefaultsSpecAcceptInvalidHttpResponse;
    /**
     * accept unsafe violations in http request
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#accept_unsafe_violations_in_http_request
     */
    readonly acceptUnsafeViolationsInHttpRequest?: DefaultsSpecAcceptUnsafeViolationsInHttpRequest;
    /**
     * accept unsafe violations in http response
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#accept_unsafe_violations_in_http_response
     */
    readonly acceptUnsafeViolationsInHttpResponse?: DefaultsSpecAcceptUnsafeViolationsInHttpResponse;
    /**
     * Acl list
     *
     * @schema DefaultsSpec#acl_list
     */
    readonly aclList?: DefaultsSpecAclList[];
    /**
     * adv check
     * Enum: ["httpchk","ldap-check","mysql-check","pgsql-check","redis-check","smtpchk","ssl-hello-chk","tcp-check"]
     *
     * @schema DefaultsSpec#adv_check
     */
    readonly advCheck?: DefaultsSpecAdvCheck;
    /**
     * allbackups
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#allbackups
     */
    readonly allbackups?: DefaultsSpecAllbackups;
    /**
     * backlog
     *
     * @schema DefaultsSpec#backlog
     */
    readonly backlog?: number;
    /**
     * balance
     *
     * @schema DefaultsSpec#balance
     */
    readonly balance?: DefaultsSpecBalance;
    /**
     * check timeout
     *
     * @schema DefaultsSpec#check_timeout
     */
    readonly checkTimeout?: number;
    /**
     * checkcache
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#checkcache
     */
    readonly checkcache?: DefaultsSpecCheckcache;
    /**
     * clflog
     *
     * @schema DefaultsSpec#clflog
     */
    readonly clflog?: boolean;
    /**
     * client fin timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#client_fin_timeout
     */
    readonly clientFinTimeout?: number;
    /**
     * client timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#client_timeout
     */
    readonly clientTimeout?: number;
    /**
     * clitcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#clitcpka
     */
    readonly clitcpka?: DefaultsSpecClitcpka;
    /**
     * clitcpka cnt
     *
     * @schema DefaultsSpec#clitcpka_cnt
     */
    readonly clitcpkaCnt?: number;
    /**
     * clitcpka idle
     *
     * @schema DefaultsSpec#clitcpka_idle
     */
    readonly clitcpkaIdle?: number;
    /**
     * clitcpka intvl
     *
     * @schema DefaultsSpec#clitcpka_intvl
     */
    readonly clitcpkaIntvl?: number;
    /**
     * compression
     *
     * @schema DefaultsSpec#compression
     */
    readonly compression?: DefaultsSpecCompression;
    /**
     * connect timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#connect_timeout
     */
    readonly connectTimeout?: number;
    /**
     * contstats
     * Enum: ["enabled"]
     *
     * @schema DefaultsSpec#contstats
     */
    readonly contstats?: DefaultsSpecContstats;
    /**
     * cookie
     *
     * @schema DefaultsSpec#cookie
     */
    readonly cookie?: DefaultsSpecCookie;
    /**
     * default backend
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema DefaultsSpec#default_backend
     */
    readonly defaultBackend?: string;
    /**
     * default server
     *
     * @schema DefaultsSpec#default_server
     */
    readonly defaultServer?: DefaultsSpecDefaultServer;
    /**
     * disable h2 upgrade
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#disable_h2_upgrade
     */
    readonly disableH2Upgrade?: DefaultsSpecDisableH2Upgrade;
    /**
     * disabled
     *
     * @schema DefaultsSpec#disabled
     */
    readonly disabled?: boolean;
    /**
     * dontlog normal
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#dontlog_normal
     */
    readonly dontlogNormal?: DefaultsSpecDontlogNormal;
    /**
     * dontlognull
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#dontlognull
     */
    readonly dontlognull?: DefaultsSpecDontlognull;
    /**
     * dynamic cookie key
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpec#dynamic_cookie_key
     */
    readonly dynamicCookieKey?: string;
    /**
     * email alert
     *
     * @schema DefaultsSpec#email_alert
     */
    readonly emailAlert?: DefaultsSpecEmailAlert;
    /**
     * enabled
     *
     * @schema DefaultsSpec#enabled
     */
    readonly enabled?: boolean;
    /**
     * error files
     *
     * @schema DefaultsSpec#error_files
     */
    readonly errorFiles?: DefaultsSpecErrorFiles[];
    /**
     * error log format
     *
     * @schema DefaultsSpec#error_log_format
     */
    readonly errorLogFormat?: string;
    /**
     * error files from HTTP errors
     *
     * @schema DefaultsSpec#errorfiles_from_http_errors
     */
    readonly errorfilesFromHttpErrors?: DefaultsSpecErrorfilesFromHttpErrors[];
    /**
     * errorloc302
     *
     * @schema DefaultsSpec#errorloc302
     */
    readonly errorloc302?: DefaultsSpecErrorloc302;
    /**
     * errorloc303
     *
     * @schema DefaultsSpec#errorloc303
     */
    readonly errorloc303?: DefaultsSpecErrorloc303;
    /**
     * external check
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#external_check
     */
    readonly externalCheck?: DefaultsSpecExternalCheck;
    /**
     * external check command
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpec#external_check_command
     */
    readonly externalCheckCommand?: string;
    /**
     * external check path
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpec#external_check_path
     */
    readonly externalCheckPath?: string;
    /**
     * forwardfor
     *
     * @schema DefaultsSpec#forwardfor
     */
    readonly forwardfor?: DefaultsSpecForwardfor;
    /**
     * from
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema DefaultsSpec#from
     */
    readonly from?: string;
    /**
     * fullconn
     *
     * @schema DefaultsSpec#fullconn
     */
    readonly fullconn?: number;
    /**
     * h1 case adjust bogus client
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#h1_case_adjust_bogus_client
     */
    readonly h1CaseAdjustBogusClient?: DefaultsSpecH1CaseAdjustBogusClient;
    /**
     * h1 case adjust bogus server
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#h1_case_adjust_bogus_server
     */
    readonly h1CaseAdjustBogusServer?: DefaultsSpecH1CaseAdjustBogusServer;
    /**
     * hash balance factor
     *
     * @schema DefaultsSpec#hash_balance_factor
     */
    readonly hashBalanceFactor?: number;
    /**
     * hash preserve affinity
     * Enum: ["always","maxconn","maxqueue"]
     *
     * @schema DefaultsSpec#hash_preserve_affinity
     */
    readonly hashPreserveAffinity?: DefaultsSpecHashPreserveAffinity;
    /**
     * hash type
     *
     * @schema DefaultsSpec#hash_type
     */
    readonly hashType?: DefaultsSpecHashType;
    /**
     * http buffer request
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http-buffer-request
     */
    readonly httpBufferRequest?: DefaultsSpecHttpBufferRequest;
    /**
     * http drop request trailers
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http-drop-request-trailers
     */
    readonly httpDropRequestTrailers?: DefaultsSpecHttpDropRequestTrailers;
    /**
     * http drop response trailers
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http-drop-response-trailers
     */
    readonly httpDropResponseTrailers?: DefaultsSpecHttpDropResponseTrailers;
    /**
     * http use htx
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http-use-htx
     */
    readonly httpUseHtx?: DefaultsSpecHttpUseHtx;
    /**
     * HTTP after response rule list
     *
     * @schema DefaultsSpec#http_after_response_rule_list
     */
    readonly httpAfterResponseRuleList?: DefaultsSpecHttpAfterResponseRuleList[];
    /**
     * HTTP check list
     *
     * @schema DefaultsSpec#http_check_list
     */
    readonly httpCheckList?: DefaultsSpecHttpCheckList[];
    /**
     * http connection mode
     * Enum: ["httpclose","http-server-close","http-keep-alive"]
     *
     * @schema DefaultsSpec#http_connection_mode
     */
    readonly httpConnectionMode?: DefaultsSpecHttpConnectionMode;
    /**
     * HTTP error rule list
     *
     * @schema DefaultsSpec#http_error_rule_list
     */
    readonly httpErrorRuleList?: DefaultsSpecHttpErrorRuleList[];
    /**
     * http ignore probes
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http_ignore_probes
     */
    readonly httpIgnoreProbes?: DefaultsSpecHttpIgnoreProbes;
    /**
     * http keep alive timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#http_keep_alive_timeout
     */
    readonly httpKeepAliveTimeout?: number;
    /**
     * http no delay
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http_no_delay
     */
    readonly httpNoDelay?: DefaultsSpecHttpNoDelay;
    /**
     * http pretend keepalive
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http_pretend_keepalive
     */
    readonly httpPretendKeepalive?: DefaultsSpecHttpPretendKeepalive;
    /**
     * HTTP request rule list
     *
     * @schema DefaultsSpec#http_request_rule_list
     */
    readonly httpRequestRuleList?: DefaultsSpecHttpRequestRuleList[];
    /**
     * http request timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#http_request_timeout
     */
    readonly httpRequestTimeout?: number;
    /**
     * HTTP response rule list
     *
     * @schema DefaultsSpec#http_response_rule_list
     */
    readonly httpResponseRuleList?: DefaultsSpecHttpResponseRuleList[];
    /**
     * http restrict req hdr names
     * Enum: ["preserve","delete","reject"]
     *
     * @schema DefaultsSpec#http_restrict_req_hdr_names
     */
    readonly httpRestrictReqHdrNames?: DefaultsSpecHttpRestrictReqHdrNames;
    /**
     * http reuse
     * Enum: ["aggressive","always","never","safe"]
     *
     * @schema DefaultsSpec#http_reuse
     */
    readonly httpReuse?: DefaultsSpecHttpReuse;
    /**
     * http send name header
     *
     * @schema DefaultsSpec#http_send_name_header
     */
    readonly httpSendNameHeader?: string;
    /**
     * http use proxy header
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#http_use_proxy_header
     */
    readonly httpUseProxyHeader?: DefaultsSpecHttpUseProxyHeader;
    /**
     * httpchk params
     *
     * @schema DefaultsSpec#httpchk_params
     */
    readonly httpchkParams?: DefaultsSpecHttpchkParams;
    /**
     * httplog
     *
     * @schema DefaultsSpec#httplog
     */
    readonly httplog?: boolean;
    /**
     * httpslog
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#httpslog
     */
    readonly httpslog?: DefaultsSpecHttpslog;
    /**
     * idle close on response
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#idle_close_on_response
     */
    readonly idleCloseOnResponse?: DefaultsSpecIdleCloseOnResponse;
    /**
     * independent streams
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#independent_streams
     */
    readonly independentStreams?: DefaultsSpecIndependentStreams;
    /**
     * load server state from file
     * Enum: ["global","local","none"]
     *
     * @schema DefaultsSpec#load_server_state_from_file
     */
    readonly loadServerStateFromFile?: DefaultsSpecLoadServerStateFromFile;
    /**
     * log format
     *
     * @schema DefaultsSpec#log_format
     */
    readonly logFormat?: string;
    /**
     * log format sd
     *
     * @schema DefaultsSpec#log_format_sd
     */
    readonly logFormatSd?: string;
    /**
     * log health checks
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#log_health_checks
     */
    readonly logHealthChecks?: DefaultsSpecLogHealthChecks;
    /**
     * log separate errors
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#log_separate_errors
     */
    readonly logSeparateErrors?: DefaultsSpecLogSeparateErrors;
    /**
     * log steps
     *
     * @schema DefaultsSpec#log_steps
     */
    readonly logSteps?: string[];
    /**
     * log tag
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpec#log_tag
     */
    readonly logTag?: string;
    /**
     * log target list
     *
     * @schema DefaultsSpec#log_target_list
     */
    readonly logTargetList?: DefaultsSpecLogTargetList[];
    /**
     * logasap
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#logasap
     */
    readonly logasap?: DefaultsSpecLogasap;
    /**
     * max keep alive queue
     *
     * @schema DefaultsSpec#max_keep_alive_queue
     */
    readonly maxKeepAliveQueue?: number;
    /**
     * maxconn
     *
     * @schema DefaultsSpec#maxconn
     */
    readonly maxconn?: number;
    /**
     * @schema DefaultsSpec#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     * Enum: ["tcp","http","log"]
     *
     * @schema DefaultsSpec#mode
     */
    readonly mode?: DefaultsSpecMode;
    /**
     * monitor uri
     *
     * @schema DefaultsSpec#monitor_uri
     */
    readonly monitorUri?: string;
    /**
     * mysql check params
     *
     * @schema DefaultsSpec#mysql_check_params
     */
    readonly mysqlCheckParams?: DefaultsSpecMysqlCheckParams;
    /**
     * name
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema DefaultsSpec#name
     */
    readonly name?: string;
    /**
     * nolinger
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#nolinger
     */
    readonly nolinger?: DefaultsSpecNolinger;
    /**
     * originalto
     *
     * @schema DefaultsSpec#originalto
     */
    readonly originalto?: DefaultsSpecOriginalto;
    /**
     * persist
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#persist
     */
    readonly persist?: DefaultsSpecPersist;
    /**
     * persist rule
     *
     * @schema DefaultsSpec#persist_rule
     */
    readonly persistRule?: DefaultsSpecPersistRule;
    /**
     * pgsql check params
     *
     * @schema DefaultsSpec#pgsql_check_params
     */
    readonly pgsqlCheckParams?: DefaultsSpecPgsqlCheckParams;
    /**
     * prefer last server
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#prefer_last_server
     */
    readonly preferLastServer?: DefaultsSpecPreferLastServer;
    /**
     * queue timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#queue_timeout
     */
    readonly queueTimeout?: number;
    /**
     * q UI c initial rule list
     *
     * @schema DefaultsSpec#quic_initial_rule_list
     */
    readonly quicInitialRuleList?: DefaultsSpecQuicInitialRuleList[];
    /**
     * redispatch
     *
     * @schema DefaultsSpec#redispatch
     */
    readonly redispatch?: DefaultsSpecRedispatch;
    /**
     * retries
     *
     * @schema DefaultsSpec#retries
     */
    readonly retries?: number;
    /**
     * retry on
     *
     * @schema DefaultsSpec#retry_on
     */
    readonly retryOn?: string;
    /**
     * server fin timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#server_fin_timeout
     */
    readonly serverFinTimeout?: number;
    /**
     * server timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#server_timeout
     */
    readonly serverTimeout?: number;
    /**
     * smtpchk params
     *
     * @schema DefaultsSpec#smtpchk_params
     */
    readonly smtpchkParams?: DefaultsSpecSmtpchkParams;
    /**
     * socket stats
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#socket_stats
     */
    readonly socketStats?: DefaultsSpecSocketStats;
    /**
     * source
     *
     * @schema DefaultsSpec#source
     */
    readonly source?: DefaultsSpecSource;
    /**
     * splice auto
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#splice_auto
     */
    readonly spliceAuto?: DefaultsSpecSpliceAuto;
    /**
     * splice request
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#splice_request
     */
    readonly spliceRequest?: DefaultsSpecSpliceRequest;
    /**
     * splice response
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#splice_response
     */
    readonly spliceResponse?: DefaultsSpecSpliceResponse;
    /**
     * srvtcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#srvtcpka
     */
    readonly srvtcpka?: DefaultsSpecSrvtcpka;
    /**
     * srvtcpka cnt
     *
     * @schema DefaultsSpec#srvtcpka_cnt
     */
    readonly srvtcpkaCnt?: number;
    /**
     * srvtcpka idle
     *
     * @schema DefaultsSpec#srvtcpka_idle
     */
    readonly srvtcpkaIdle?: number;
    /**
     * srvtcpka intvl
     *
     * @schema DefaultsSpec#srvtcpka_intvl
     */
    readonly srvtcpkaIntvl?: number;
    /**
     * stats options
     *
     * @schema DefaultsSpec#stats_options
     */
    readonly statsOptions?: DefaultsSpecStatsOptions;
    /**
     * tarpit timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#tarpit_timeout
     */
    readonly tarpitTimeout?: number;
    /**
     * TCP check rule list
     *
     * @schema DefaultsSpec#tcp_check_rule_list
     */
    readonly tcpCheckRuleList?: DefaultsSpecTcpCheckRuleList[];
    /**
     * TCP request rule list
     *
     * @schema DefaultsSpec#tcp_request_rule_list
     */
    readonly tcpRequestRuleList?: DefaultsSpecTcpRequestRuleList[];
    /**
     * TCP response rule list
     *
     * @schema DefaultsSpec#tcp_response_rule_list
     */
    readonly tcpResponseRuleList?: DefaultsSpecTcpResponseRuleList[];
    /**
     * tcp smart accept
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#tcp_smart_accept
     */
    readonly tcpSmartAccept?: DefaultsSpecTcpSmartAccept;
    /**
     * tcp smart connect
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#tcp_smart_connect
     */
    readonly tcpSmartConnect?: DefaultsSpecTcpSmartConnect;
    /**
     * tcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#tcpka
     */
    readonly tcpka?: DefaultsSpecTcpka;
    /**
     * tcplog
     *
     * @schema DefaultsSpec#tcplog
     */
    readonly tcplog?: boolean;
    /**
     * transparent
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpec#transparent
     */
    readonly transparent?: DefaultsSpecTransparent;
    /**
     * tunnel timeout
     * Minimum: 0
     *
     * @schema DefaultsSpec#tunnel_timeout
     */
    readonly tunnelTimeout?: number;
    /**
     * unique id format
     *
     * @schema DefaultsSpec#unique_id_format
     */
    readonly uniqueIdFormat?: string;
    /**
     * unique id header
     *
     * @schema DefaultsSpec#unique_id_header
     */
    readonly uniqueIdHeader?: string;
}
/**
 * Converts an object of type 'DefaultsSpec' to JSON representation.
 */
export declare function toJson_DefaultsSpec(obj: DefaultsSpec | undefined): Record<string, any> | undefined;
/**
 * abortonclose
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAbortonclose
 */
export declare enum DefaultsSpecAbortonclose {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept invalid http request
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAcceptInvalidHttpRequest
 */
export declare enum DefaultsSpecAcceptInvalidHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept invalid http response
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAcceptInvalidHttpResponse
 */
export declare enum DefaultsSpecAcceptInvalidHttpResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept unsafe violations in http request
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAcceptUnsafeViolationsInHttpRequest
 */
export declare enum DefaultsSpecAcceptUnsafeViolationsInHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept unsafe violations in http response
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAcceptUnsafeViolationsInHttpResponse
 */
export declare enum DefaultsSpecAcceptUnsafeViolationsInHttpResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ACL ACL Lines
 *
 * The use of Access Control Lists (ACL) provides a flexible solution to perform
 * content switching and generally to take decisions based on content extracted
 * from the request, the response or any environmental status.
 *
 * swagger:model acl
 *
 * @schema DefaultsSpecAclList
 */
export interface DefaultsSpecAclList {
    /**
     * acl name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecAclList#acl_name
     */
    readonly aclName: string;
    /**
     * criterion
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecAclList#criterion
     */
    readonly criterion: string;
    /**
     * @schema DefaultsSpecAclList#metadata
     */
    readonly metadata?: any;
    /**
     * value
     *
     * @schema DefaultsSpecAclList#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DefaultsSpecAclList' to JSON representation.
 */
export declare function toJson_DefaultsSpecAclList(obj: DefaultsSpecAclList | undefined): Record<string, any> | undefined;
/**
 * adv check
 * Enum: ["httpchk","ldap-check","mysql-check","pgsql-check","redis-check","smtpchk","ssl-hello-chk","tcp-check"]
 *
 * @schema DefaultsSpecAdvCheck
 */
export declare enum DefaultsSpecAdvCheck {
    /** httpchk */
    HTTPCHK = "httpchk",
    /** ldap-check */
    LDAP_HYPHEN_CHECK = "ldap-check",
    /** mysql-check */
    MYSQL_HYPHEN_CHECK = "mysql-check",
    /** pgsql-check */
    PGSQL_HYPHEN_CHECK = "pgsql-check",
    /** redis-check */
    REDIS_HYPHEN_CHECK = "redis-check",
    /** smtpchk */
    SMTPCHK = "smtpchk",
    /** ssl-hello-chk */
    SSL_HYPHEN_HELLO_HYPHEN_CHK = "ssl-hello-chk",
    /** tcp-check */
    TCP_HYPHEN_CHECK = "tcp-check"
}
/**
 * allbackups
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecAllbackups
 */
export declare enum DefaultsSpecAllbackups {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * balance
 *
 * @schema DefaultsSpecBalance
 */
export interface DefaultsSpecBalance {
    /**
     * algorithm
     * Required: true
     * Enum: ["first","hash","hdr","leastconn","random","rdp-cookie","roundrobin","source","static-rr","uri","url_param"]
     *
     * @schema DefaultsSpecBalance#algorithm
     */
    readonly algorithm: DefaultsSpecBalanceAlgorithm;
    /**
     * hash expression
     *
     * @schema DefaultsSpecBalance#hash_expression
     */
    readonly hashExpression?: string;
    /**
     * hdr name
     *
     * @schema DefaultsSpecBalance#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hdr use domain only
     *
     * @schema DefaultsSpecBalance#hdr_use_domain_only
     */
    readonly hdrUseDomainOnly?: boolean;
    /**
     * random draws
     *
     * @schema DefaultsSpecBalance#random_draws
     */
    readonly randomDraws?: number;
    /**
     * rdp cookie name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecBalance#rdp_cookie_name
     */
    readonly rdpCookieName?: string;
    /**
     * uri depth
     *
     * @schema DefaultsSpecBalance#uri_depth
     */
    readonly uriDepth?: number;
    /**
     * uri len
     *
     * @schema DefaultsSpecBalance#uri_len
     */
    readonly uriLen?: number;
    /**
     * uri path only
     *
     * @schema DefaultsSpecBalance#uri_path_only
     */
    readonly uriPathOnly?: boolean;
    /**
     * uri whole
     *
     * @schema DefaultsSpecBalance#uri_whole
     */
    readonly uriWhole?: boolean;
    /**
     * url param
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecBalance#url_param
     */
    readonly urlParam?: string;
    /**
     * url param check post
     *
     * @schema DefaultsSpecBalance#url_param_check_post
     */
    readonly urlParamCheckPost?: number;
    /**
     * url param max wait
     *
     * @schema DefaultsSpecBalance#url_param_max_wait
     */
    readonly urlParamMaxWait?: number;
}
/**
 * Converts an object of type 'DefaultsSpecBalance' to JSON representation.
 */
export declare function toJson_DefaultsSpecBalance(obj: DefaultsSpecBalance | undefined): Record<string, any> | undefined;
/**
 * checkcache
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecCheckcache
 */
export declare enum DefaultsSpecCheckcache {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * clitcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecClitcpka
 */
export declare enum DefaultsSpecClitcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * compression
 *
 * @schema DefaultsSpecCompression
 */
export interface DefaultsSpecCompression {
    /**
     * algo req
     * Enum: ["identity","gzip","deflate","raw-deflate"]
     *
     * @schema DefaultsSpecCompression#algo-req
     */
    readonly algoReq?: DefaultsSpecCompressionAlgoReq;
    /**
     * algorithms
     *
     * @schema DefaultsSpecCompression#algorithms
     */
    readonly algorithms?: string[];
    /**
     * algos res
     *
     * @schema DefaultsSpecCompression#algos-res
     */
    readonly algosRes?: string[];
    /**
     * direction
     * Enum: ["request","response","both"]
     *
     * @schema DefaultsSpecCompression#direction
     */
    readonly direction?: DefaultsSpecCompressionDirection;
    /**
     * minsize req
     *
     * @schema DefaultsSpecCompression#minsize_req
     */
    readonly minsizeReq?: number;
    /**
     * minsize res
     *
     * @schema DefaultsSpecCompression#minsize_res
     */
    readonly minsizeRes?: number;
    /**
     * offload
     *
     * @schema DefaultsSpecCompression#offload
     */
    readonly offload?: boolean;
    /**
     * types
     *
     * @schema DefaultsSpecCompression#types
     */
    readonly types?: string[];
    /**
     * types req
     *
     * @schema DefaultsSpecCompression#types-req
     */
    readonly typesReq?: string[];
    /**
     * types res
     *
     * @schema DefaultsSpecCompression#types-res
     */
    readonly typesRes?: string[];
}
/**
 * Converts an object of type 'DefaultsSpecCompression' to JSON representation.
 */
export declare function toJson_DefaultsSpecCompression(obj: DefaultsSpecCompression | undefined): Record<string, any> | undefined;
/**
 * contstats
 * Enum: ["enabled"]
 *
 * @schema DefaultsSpecContstats
 */
export declare enum DefaultsSpecContstats {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * cookie
 *
 * @schema DefaultsSpecCookie
 */
export interface DefaultsSpecCookie {
    /**
     * attrs
     *
     * @schema DefaultsSpecCookie#attr
     */
    readonly attr?: DefaultsSpecCookieAttr[];
    /**
     * domains
     *
     * @schema DefaultsSpecCookie#domain
     */
    readonly domain?: DefaultsSpecCookieDomain[];
    /**
     * dynamic
     *
     * @schema DefaultsSpecCookie#dynamic
     */
    readonly dynamic?: boolean;
    /**
     * httponly
     *
     * @schema DefaultsSpecCookie#httponly
     */
    readonly httponly?: boolean;
    /**
     * indirect
     *
     * @schema DefaultsSpecCookie#indirect
     */
    readonly indirect?: boolean;
    /**
     * maxidle
     *
     * @schema DefaultsSpecCookie#maxidle
     */
    readonly maxidle?: number;
    /**
     * maxlife
     *
     * @schema DefaultsSpecCookie#maxlife
     */
    readonly maxlife?: number;
    /**
     * name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecCookie#name
     */
    readonly name: string;
    /**
     * nocache
     *
     * @schema DefaultsSpecCookie#nocache
     */
    readonly nocache?: boolean;
    /**
     * postonly
     *
     * @schema DefaultsSpecCookie#postonly
     */
    readonly postonly?: boolean;
    /**
     * preserve
     *
     * @schema DefaultsSpecCookie#preserve
     */
    readonly preserve?: boolean;
    /**
     * secure
     *
     * @schema DefaultsSpecCookie#secure
     */
    readonly secure?: boolean;
    /**
     * type
     * Enum: ["rewrite","insert","prefix"]
     *
     * @schema DefaultsSpecCookie#type
     */
    readonly type?: DefaultsSpecCookieType;
}
/**
 * Converts an object of type 'DefaultsSpecCookie' to JSON representation.
 */
export declare function toJson_DefaultsSpecCookie(obj: DefaultsSpecCookie | undefined): Record<string, any> | undefined;
/**
 * default server
 *
 * @schema DefaultsSpecDefaultServer
 */
export interface DefaultsSpecDefaultServer {
    /**
     * agent addr
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#agent-addr
     */
    readonly agentAddr?: string;
    /**
     * agent check
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#agent-check
     */
    readonly agentCheck?: DefaultsSpecDefaultServerAgentCheck;
    /**
     * agent inter
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#agent-inter
     */
    readonly agentInter?: number;
    /**
     * agent port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecDefaultServer#agent-port
     */
    readonly agentPort?: number;
    /**
     * agent send
     *
     * @schema DefaultsSpecDefaultServer#agent-send
     */
    readonly agentSend?: string;
    /**
     * allow 0rtt
     *
     * @schema DefaultsSpecDefaultServer#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#alpn
     */
    readonly alpn?: string;
    /**
     * backup
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#backup
     */
    readonly backup?: DefaultsSpecDefaultServerBackup;
    /**
     * check
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#check
     */
    readonly check?: DefaultsSpecDefaultServerCheck;
    /**
     * check pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#check-pool-conn-name
     */
    readonly checkPoolConnName?: string;
    /**
     * check reuse pool
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#check-reuse-pool
     */
    readonly checkReusePool?: DefaultsSpecDefaultServerCheckReusePool;
    /**
     * check send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#check-send-proxy
     */
    readonly checkSendProxy?: DefaultsSpecDefaultServerCheckSendProxy;
    /**
     * check sni
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#check-sni
     */
    readonly checkSni?: string;
    /**
     * check ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#check-ssl
     */
    readonly checkSsl?: DefaultsSpecDefaultServerCheckSsl;
    /**
     * check alpn
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#check_alpn
     */
    readonly checkAlpn?: string;
    /**
     * check proto
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#check_proto
     */
    readonly checkProto?: string;
    /**
     * check via socks4
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#check_via_socks4
     */
    readonly checkViaSocks4?: DefaultsSpecDefaultServerCheckViaSocks4;
    /**
     * ciphers
     *
     * @schema DefaultsSpecDefaultServer#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema DefaultsSpecDefaultServer#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema DefaultsSpecDefaultServer#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * cookie
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#cookie
     */
    readonly cookie?: string;
    /**
     * crl file
     *
     * @schema DefaultsSpecDefaultServer#crl_file
     */
    readonly crlFile?: string;
    /**
     * curves
     *
     * @schema DefaultsSpecDefaultServer#curves
     */
    readonly curves?: string;
    /**
     * downinter
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#downinter
     */
    readonly downinter?: number;
    /**
     * error limit
     *
     * @schema DefaultsSpecDefaultServer#error_limit
     */
    readonly errorLimit?: number;
    /**
     * fall
     *
     * @schema DefaultsSpecDefaultServer#fall
     */
    readonly fall?: number;
    /**
     * fastinter
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#fastinter
     */
    readonly fastinter?: number;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#force_sslv3
     */
    readonly forceSslv3?: DefaultsSpecDefaultServerForceSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#force_tlsv10
     */
    readonly forceTlsv10?: DefaultsSpecDefaultServerForceTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#force_tlsv11
     */
    readonly forceTlsv11?: DefaultsSpecDefaultServerForceTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#force_tlsv12
     */
    readonly forceTlsv12?: DefaultsSpecDefaultServerForceTlsv12;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#force_tlsv13
     */
    readonly forceTlsv13?: DefaultsSpecDefaultServerForceTlsv13;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema DefaultsSpecDefaultServer#guid
     */
    readonly guid?: string;
    /**
     * hash key
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#hash_key
     */
    readonly hashKey?: string;
    /**
     * health check address
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#health_check_address
     */
    readonly healthCheckAddress?: string;
    /**
     * health check port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecDefaultServer#health_check_port
     */
    readonly healthCheckPort?: number;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#idle_ping
     */
    readonly idlePing?: number;
    /**
     * init addr
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#init-addr
     */
    readonly initAddr?: string;
    /**
     * init state
     * Enum: ["fully-up","up","down","fully-down"]
     *
     * @schema DefaultsSpecDefaultServer#init-state
     */
    readonly initState?: DefaultsSpecDefaultServerInitState;
    /**
     * inter
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#inter
     */
    readonly inter?: number;
    /**
     * log bufsize
     *
     * @schema DefaultsSpecDefaultServer#log-bufsize
     */
    readonly logBufsize?: number;
    /**
     * log proto
     * Enum: ["legacy","octet-count"]
     *
     * @schema DefaultsSpecDefaultServer#log_proto
     */
    readonly logProto?: DefaultsSpecDefaultServerLogProto;
    /**
     * maintenance
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#maintenance
     */
    readonly maintenance?: DefaultsSpecDefaultServerMaintenance;
    /**
     * max reuse
     *
     * @schema DefaultsSpecDefaultServer#max_reuse
     */
    readonly maxReuse?: number;
    /**
     * maxconn
     *
     * @schema DefaultsSpecDefaultServer#maxconn
     */
    readonly maxconn?: number;
    /**
     * maxqueue
     *
     * @schema DefaultsSpecDefaultServer#maxqueue
     */
    readonly maxqueue?: number;
    /**
     * minconn
     *
     * @schema DefaultsSpecDefaultServer#minconn
     */
    readonly minconn?: number;
    /**
     * namespace
     *
     * @schema DefaultsSpecDefaultServer#namespace
     */
    readonly namespace?: string;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_sslv3
     */
    readonly noSslv3?: DefaultsSpecDefaultServerNoSslv3;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_tlsv10
     */
    readonly noTlsv10?: DefaultsSpecDefaultServerNoTlsv10;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_tlsv11
     */
    readonly noTlsv11?: DefaultsSpecDefaultServerNoTlsv11;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_tlsv12
     */
    readonly noTlsv12?: DefaultsSpecDefaultServerNoTlsv12;
    /**
     * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_tlsv13
     */
    readonly noTlsv13?: DefaultsSpecDefaultServerNoTlsv13;
    /**
     * no verifyhost
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#no_verifyhost
     */
    readonly noVerifyhost?: DefaultsSpecDefaultServerNoVerifyhost;
    /**
     * npn
     *
     * @schema DefaultsSpecDefaultServer#npn
     */
    readonly npn?: string;
    /**
     * observe
     * Enum: ["layer4","layer7"]
     *
     * @schema DefaultsSpecDefaultServer#observe
     */
    readonly observe?: DefaultsSpecDefaultServerObserve;
    /**
     * on error
     * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
     *
     * @schema DefaultsSpecDefaultServer#on-error
     */
    readonly onError?: DefaultsSpecDefaultServerOnError;
    /**
     * on marked down
     * Enum: ["shutdown-sessions"]
     *
     * @schema DefaultsSpecDefaultServer#on-marked-down
     */
    readonly onMarkedDown?: DefaultsSpecDefaultServerOnMarkedDown;
    /**
     * on marked up
     * Enum: ["shutdown-backup-sessions"]
     *
     * @schema DefaultsSpecDefaultServer#on-marked-up
     */
    readonly onMarkedUp?: DefaultsSpecDefaultServerOnMarkedUp;
    /**
     * pool conn name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#pool_conn_name
     */
    readonly poolConnName?: string;
    /**
     * pool low conn
     *
     * @schema DefaultsSpecDefaultServer#pool_low_conn
     */
    readonly poolLowConn?: number;
    /**
     * pool max conn
     *
     * @schema DefaultsSpecDefaultServer#pool_max_conn
     */
    readonly poolMaxConn?: number;
    /**
     * pool purge delay
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#pool_purge_delay
     */
    readonly poolPurgeDelay?: number;
    /**
     * proto
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#proto
     */
    readonly proto?: string;
    /**
     * proxy v2 options
     *
     * @schema DefaultsSpecDefaultServer#proxy-v2-options
     */
    readonly proxyV2Options?: string[];
    /**
     * redir
     *
     * @schema DefaultsSpecDefaultServer#redir
     */
    readonly redir?: string;
    /**
     * resolve net
     * Pattern: ^([A-Za-z0-9.:/]+)(,[A-Za-z0-9.:/]+)*$
     *
     * @schema DefaultsSpecDefaultServer#resolve-net
     */
    readonly resolveNet?: string;
    /**
     * resolve prefer
     * Enum: ["ipv4","ipv6"]
     *
     * @schema DefaultsSpecDefaultServer#resolve-prefer
     */
    readonly resolvePrefer?: DefaultsSpecDefaultServerResolvePrefer;
    /**
     * resolve opts
     * Pattern: ^(allow-dup-ip|ignore-weight|prevent-dup-ip)(,(allow-dup-ip|ignore-weight|prevent-dup-ip))*$
     *
     * @schema DefaultsSpecDefaultServer#resolve_opts
     */
    readonly resolveOpts?: string;
    /**
     * resolvers
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#resolvers
     */
    readonly resolvers?: string;
    /**
     * rise
     *
     * @schema DefaultsSpecDefaultServer#rise
     */
    readonly rise?: number;
    /**
     * send proxy
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#send-proxy
     */
    readonly sendProxy?: DefaultsSpecDefaultServerSendProxy;
    /**
     * send proxy v2
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#send-proxy-v2
     */
    readonly sendProxyV2?: DefaultsSpecDefaultServerSendProxyV2;
    /**
     * send proxy v2 ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#send_proxy_v2_ssl
     */
    readonly sendProxyV2Ssl?: DefaultsSpecDefaultServerSendProxyV2Ssl;
    /**
     * send proxy v2 ssl cn
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#send_proxy_v2_ssl_cn
     */
    readonly sendProxyV2SslCn?: DefaultsSpecDefaultServerSendProxyV2SslCn;
    /**
     * set proxy v2 tlv fmt
     *
     * @schema DefaultsSpecDefaultServer#set-proxy-v2-tlv-fmt
     */
    readonly setProxyV2TlvFmt?: DefaultsSpecDefaultServerSetProxyV2TlvFmt;
    /**
     * shard
     *
     * @schema DefaultsSpecDefaultServer#shard
     */
    readonly shard?: number;
    /**
     * sigalgs
     *
     * @schema DefaultsSpecDefaultServer#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * slowstart
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#slowstart
     */
    readonly slowstart?: number;
    /**
     * sni
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#sni
     */
    readonly sni?: string;
    /**
     * socks4
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#socks4
     */
    readonly socks4?: string;
    /**
     * source
     *
     * @schema DefaultsSpecDefaultServer#source
     */
    readonly source?: string;
    /**
     * ssl
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#ssl
     */
    readonly ssl?: DefaultsSpecDefaultServerSsl;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecDefaultServer#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema DefaultsSpecDefaultServer#ssl_max_ver
     */
    readonly sslMaxVer?: DefaultsSpecDefaultServerSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema DefaultsSpecDefaultServer#ssl_min_ver
     */
    readonly sslMinVer?: DefaultsSpecDefaultServerSslMinVer;
    /**
     * ssl reuse
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#ssl_reuse
     */
    readonly sslReuse?: DefaultsSpecDefaultServerSslReuse;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#sslv3
     */
    readonly sslv3?: DefaultsSpecDefaultServerSslv3;
    /**
     * stick
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#stick
     */
    readonly stick?: DefaultsSpecDefaultServerStick;
    /**
     * strict maxconn
     *
     * @schema DefaultsSpecDefaultServer#strict-maxconn
     */
    readonly strictMaxconn?: boolean;
    /**
     * tcp ut
     * Minimum: 0
     *
     * @schema DefaultsSpecDefaultServer#tcp_ut
     */
    readonly tcpUt?: number;
    /**
     * tfo
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tfo
     */
    readonly tfo?: DefaultsSpecDefaultServerTfo;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tls_tickets
     */
    readonly tlsTickets?: DefaultsSpecDefaultServerTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tlsv10
     */
    readonly tlsv10?: DefaultsSpecDefaultServerTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tlsv11
     */
    readonly tlsv11?: DefaultsSpecDefaultServerTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tlsv12
     */
    readonly tlsv12?: DefaultsSpecDefaultServerTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecDefaultServer#tlsv13
     */
    readonly tlsv13?: DefaultsSpecDefaultServerTlsv13;
    /**
     * track
     *
     * @schema DefaultsSpecDefaultServer#track
     */
    readonly track?: string;
    /**
     * verify
     * Enum: ["none","required"]
     *
     * @schema DefaultsSpecDefaultServer#verify
     */
    readonly verify?: DefaultsSpecDefaultServerVerify;
    /**
     * verifyhost
     *
     * @schema DefaultsSpecDefaultServer#verifyhost
     */
    readonly verifyhost?: string;
    /**
     * weight
     *
     * @schema DefaultsSpecDefaultServer#weight
     */
    readonly weight?: number;
    /**
     * ws
     * Enum: ["auto","h1","h2"]
     *
     * @schema DefaultsSpecDefaultServer#ws
     */
    readonly ws?: DefaultsSpecDefaultServerWs;
}
/**
 * Converts an object of type 'DefaultsSpecDefaultServer' to JSON representation.
 */
export declare function toJson_DefaultsSpecDefaultServer(obj: DefaultsSpecDefaultServer | undefined): Record<string, any> | undefined;
/**
 * disable h2 upgrade
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDisableH2Upgrade
 */
export declare enum DefaultsSpecDisableH2Upgrade {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlog normal
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDontlogNormal
 */
export declare enum DefaultsSpecDontlogNormal {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlognull
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDontlognull
 */
export declare enum DefaultsSpecDontlognull {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * email alert
 *
 * @schema DefaultsSpecEmailAlert
 */
export interface DefaultsSpecEmailAlert {
    /**
     * from
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema DefaultsSpecEmailAlert#from
     */
    readonly from: string;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema DefaultsSpecEmailAlert#level
     */
    readonly level?: DefaultsSpecEmailAlertLevel;
    /**
     * mailers
     * Required: true
     *
     * @schema DefaultsSpecEmailAlert#mailers
     */
    readonly mailers: string;
    /**
     * @schema DefaultsSpecEmailAlert#metadata
     */
    readonly metadata?: any;
    /**
     * myhostname
     *
     * @schema DefaultsSpecEmailAlert#myhostname
     */
    readonly myhostname?: string;
    /**
     * to
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema DefaultsSpecEmailAlert#to
     */
    readonly to: string;
}
/**
 * Converts an object of type 'DefaultsSpecEmailAlert' to JSON representation.
 */
export declare function toJson_DefaultsSpecEmailAlert(obj: DefaultsSpecEmailAlert | undefined): Record<string, any> | undefined;
/**
 * Errorfile errorfile
 *
 * swagger:model errorfile
 *
 * @schema DefaultsSpecErrorFiles
 */
export interface DefaultsSpecErrorFiles {
    /**
     * code
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema DefaultsSpecErrorFiles#code
     */
    readonly code?: DefaultsSpecErrorFilesCode;
    /**
     * file
     *
     * @schema DefaultsSpecErrorFiles#file
     */
    readonly file?: string;
}
/**
 * Converts an object of type 'DefaultsSpecErrorFiles' to JSON representation.
 */
export declare function toJson_DefaultsSpecErrorFiles(obj: DefaultsSpecErrorFiles | undefined): Record<string, any> | undefined;
/**
 * Errorfiles errorfiles
 *
 * swagger:model errorfiles
 *
 * @schema DefaultsSpecErrorfilesFromHttpErrors
 */
export interface DefaultsSpecErrorfilesFromHttpErrors {
    /**
     * codes
     *
     * @schema DefaultsSpecErrorfilesFromHttpErrors#codes
     */
    readonly codes?: number[];
    /**
     * @schema DefaultsSpecErrorfilesFromHttpErrors#metadata
     */
    readonly metadata?: any;
    /**
     * name
     *
     * @schema DefaultsSpecErrorfilesFromHttpErrors#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DefaultsSpecErrorfilesFromHttpErrors' to JSON representation.
 */
export declare function toJson_DefaultsSpecErrorfilesFromHttpErrors(obj: DefaultsSpecErrorfilesFromHttpErrors | undefined): Record<string, any> | undefined;
/**
 * errorloc302
 *
 * @schema DefaultsSpecErrorloc302
 */
export interface DefaultsSpecErrorloc302 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema DefaultsSpecErrorloc302#code
     */
    readonly code: DefaultsSpecErrorloc302Code;
    /**
     * @schema DefaultsSpecErrorloc302#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema DefaultsSpecErrorloc302#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'DefaultsSpecErrorloc302' to JSON representation.
 */
export declare function toJson_DefaultsSpecErrorloc302(obj: DefaultsSpecErrorloc302 | undefined): Record<string, any> | undefined;
/**
 * errorloc303
 *
 * @schema DefaultsSpecErrorloc303
 */
export interface DefaultsSpecErrorloc303 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema DefaultsSpecErrorloc303#code
     */
    readonly code: DefaultsSpecErrorloc303Code;
    /**
     * @schema DefaultsSpecErrorloc303#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema DefaultsSpecErrorloc303#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'DefaultsSpecErrorloc303' to JSON representation.
 */
export declare function toJson_DefaultsSpecErrorloc303(obj: DefaultsSpecErrorloc303 | undefined): Record<string, any> | undefined;
/**
 * external check
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecExternalCheck
 */
export declare enum DefaultsSpecExternalCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * forwardfor
 *
 * @schema DefaultsSpecForwardfor
 */
export interface DefaultsSpecForwardfor {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema DefaultsSpecForwardfor#enabled
     */
    readonly enabled: DefaultsSpecForwardforEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecForwardfor#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecForwardfor#header
     */
    readonly header?: string;
    /**
     * ifnone
     *
     * @schema DefaultsSpecForwardfor#ifnone
     */
    readonly ifnone?: boolean;
}
/**
 * Converts an object of type 'DefaultsSpecForwardfor' to JSON representation.
 */
export declare function toJson_DefaultsSpecForwardfor(obj: DefaultsSpecForwardfor | undefined): Record<string, any> | undefined;
/**
 * h1 case adjust bogus client
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecH1CaseAdjustBogusClient
 */
export declare enum DefaultsSpecH1CaseAdjustBogusClient {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * h1 case adjust bogus server
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecH1CaseAdjustBogusServer
 */
export declare enum DefaultsSpecH1CaseAdjustBogusServer {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * hash preserve affinity
 * Enum: ["always","maxconn","maxqueue"]
 *
 * @schema DefaultsSpecHashPreserveAffinity
 */
export declare enum DefaultsSpecHashPreserveAffinity {
    /** always */
    ALWAYS = "always",
    /** maxconn */
    MAXCONN = "maxconn",
    /** maxqueue */
    MAXQUEUE = "maxqueue"
}
/**
 * hash type
 *
 * @schema DefaultsSpecHashType
 */
export interface DefaultsSpecHashType {
    /**
     * function
     * Enum: ["sdbm","djb2","wt6","crc32","none"]
     *
     * @schema DefaultsSpecHashType#function
     */
    readonly function?: DefaultsSpecHashTypeFunction;
    /**
     * method
     * Enum: ["map-based","consistent"]
     *
     * @schema DefaultsSpecHashType#method
     */
    readonly method?: DefaultsSpecHashTypeMethod;
    /**
     * modifier
     * Enum: ["avalanche"]
     *
     * @schema DefaultsSpecHashType#modifier
     */
    readonly modifier?: DefaultsSpecHashTypeModifier;
}
/**
 * Converts an object of type 'DefaultsSpecHashType' to JSON representation.
 */
export declare function toJson_DefaultsSpecHashType(obj: DefaultsSpecHashType | undefined): Record<string, any> | undefined;
/**
 * http buffer request
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpBufferRequest
 */
export declare enum DefaultsSpecHttpBufferRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http drop request trailers
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpDropRequestTrailers
 */
export declare enum DefaultsSpecHttpDropRequestTrailers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http drop response trailers
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpDropResponseTrailers
 */
export declare enum DefaultsSpecHttpDropResponseTrailers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http use htx
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpUseHtx
 */
export declare enum DefaultsSpecHttpUseHtx {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPAfterResponseRule HTTP after Response Rule
 *
 * HAProxy HTTP after response rule configuration (corresponds to http-after-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"max-age=31536000","hdr_name":"Strict-Transport-Security","type":"set-header"}
 *
 * swagger:model http_after_response_rule
 *
 * @schema DefaultsSpecHttpAfterResponseRuleList
 */
export interface DefaultsSpecHttpAfterResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * capture id
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#cond
     */
    readonly cond?: DefaultsSpecHttpAfterResponseRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * hdr format
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#log_level
     */
    readonly logLevel?: DefaultsSpecHttpAfterResponseRuleListLogLevel;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * @schema DefaultsSpecHttpAfterResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * sc expr
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#strict_mode
     */
    readonly strictMode?: DefaultsSpecHttpAfterResponseRuleListStrictMode;
    /**
     * type
     * Required: true
     * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#type
     */
    readonly type: DefaultsSpecHttpAfterResponseRuleListType;
    /**
     * var expr
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpAfterResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpAfterResponseRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpAfterResponseRuleList(obj: DefaultsSpecHttpAfterResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPCheck HTTP Check
 *
 * swagger:model http_check
 *
 * @schema DefaultsSpecHttpCheckList
 */
export interface DefaultsSpecHttpCheckList {
    /**
     * addr
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpCheckList#addr
     */
    readonly addr?: string;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpCheckList#alpn
     */
    readonly alpn?: string;
    /**
     * body
     *
     * @schema DefaultsSpecHttpCheckList#body
     */
    readonly body?: string;
    /**
     * body log format
     *
     * @schema DefaultsSpecHttpCheckList#body_log_format
     */
    readonly bodyLogFormat?: string;
    /**
     * check comment
     *
     * @schema DefaultsSpecHttpCheckList#check_comment
     */
    readonly checkComment?: string;
    /**
     * default
     *
     * @schema DefaultsSpecHttpCheckList#default
     */
    readonly default?: boolean;
    /**
     * error status
     * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
     *
     * @schema DefaultsSpecHttpCheckList#error_status
     */
    readonly errorStatus?: DefaultsSpecHttpCheckListErrorStatus;
    /**
     * exclamation mark
     *
     * @schema DefaultsSpecHttpCheckList#exclamation_mark
     */
    readonly exclamationMark?: boolean;
    /**
     * check headers
     *
     * @schema DefaultsSpecHttpCheckList#headers
     */
    readonly headers?: DefaultsSpecHttpCheckListHeaders[];
    /**
     * linger
     *
     * @schema DefaultsSpecHttpCheckList#linger
     */
    readonly linger?: boolean;
    /**
     * match
     * Pattern: ^[^\s]+$
     * Enum: ["status","rstatus","hdr","fhdr","string","rstring"]
     *
     * @schema DefaultsSpecHttpCheckList#match
     */
    readonly match?: DefaultsSpecHttpCheckListMatch;
    /**
     * @schema DefaultsSpecHttpCheckList#metadata
     */
    readonly metadata?: any;
    /**
     * method
     * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
     *
     * @schema DefaultsSpecHttpCheckList#method
     */
    readonly method?: DefaultsSpecHttpCheckListMethod;
    /**
     * min recv
     *
     * @schema DefaultsSpecHttpCheckList#min_recv
     */
    readonly minRecv?: number;
    /**
     * ok status
     * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
     *
     * @schema DefaultsSpecHttpCheckList#ok_status
     */
    readonly okStatus?: DefaultsSpecHttpCheckListOkStatus;
    /**
     * on error
     *
     * @schema DefaultsSpecHttpCheckList#on_error
     */
    readonly onError?: string;
    /**
     * on success
     *
     * @schema DefaultsSpecHttpCheckList#on_success
     */
    readonly onSuccess?: string;
    /**
     * pattern
     *
     * @schema DefaultsSpecHttpCheckList#pattern
     */
    readonly pattern?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecHttpCheckList#port
     */
    readonly port?: number;
    /**
     * port string
     *
     * @schema DefaultsSpecHttpCheckList#port_string
     */
    readonly portString?: string;
    /**
     * proto
     *
     * @schema DefaultsSpecHttpCheckList#proto
     */
    readonly proto?: string;
    /**
     * send proxy
     *
     * @schema DefaultsSpecHttpCheckList#send_proxy
     */
    readonly sendProxy?: boolean;
    /**
     * sni
     *
     * @schema DefaultsSpecHttpCheckList#sni
     */
    readonly sni?: string;
    /**
     * ssl
     *
     * @schema DefaultsSpecHttpCheckList#ssl
     */
    readonly ssl?: boolean;
    /**
     * status code
     *
     * @schema DefaultsSpecHttpCheckList#status-code
     */
    readonly statusCode?: string;
    /**
     * tout status
     * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
     *
     * @schema DefaultsSpecHttpCheckList#tout_status
     */
    readonly toutStatus?: DefaultsSpecHttpCheckListToutStatus;
    /**
     * type
     * Required: true
     * Enum: ["comment","connect","disable-on-404","expect","send","send-state","set-var","set-var-fmt","unset-var"]
     *
     * @schema DefaultsSpecHttpCheckList#type
     */
    readonly type: DefaultsSpecHttpCheckListType;
    /**
     * uri
     *
     * @schema DefaultsSpecHttpCheckList#uri
     */
    readonly uri?: string;
    /**
     * uri log format
     *
     * @schema DefaultsSpecHttpCheckList#uri_log_format
     */
    readonly uriLogFormat?: string;
    /**
     * var expr
     *
     * @schema DefaultsSpecHttpCheckList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema DefaultsSpecHttpCheckList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpCheckList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpCheckList#var_scope
     */
    readonly varScope?: string;
    /**
     * version
     *
     * @schema DefaultsSpecHttpCheckList#version
     */
    readonly version?: string;
    /**
     * via socks4
     *
     * @schema DefaultsSpecHttpCheckList#via_socks4
     */
    readonly viaSocks4?: boolean;
}
/**
 * Converts an object of type 'DefaultsSpecHttpCheckList' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpCheckList(obj: DefaultsSpecHttpCheckList | undefined): Record<string, any> | undefined;
/**
 * http connection mode
 * Enum: ["httpclose","http-server-close","http-keep-alive"]
 *
 * @schema DefaultsSpecHttpConnectionMode
 */
export declare enum DefaultsSpecHttpConnectionMode {
    /** httpclose */
    HTTPCLOSE = "httpclose",
    /** http-server-close */
    HTTP_HYPHEN_SERVER_HYPHEN_CLOSE = "http-server-close",
    /** http-keep-alive */
    HTTP_HYPHEN_KEEP_HYPHEN_ALIVE = "http-keep-alive"
}
/**
 * HTTPErrorRule HTTP Error Rule
 *
 * HAProxy HTTP error rule configuration (corresponds to http-error directives)
 * Example: {"index":0,"status":425,"type":"status"}
 *
 * swagger:model http_error_rule
 *
 * @schema DefaultsSpecHttpErrorRuleList
 */
export interface DefaultsSpecHttpErrorRuleList {
    /**
     * @schema DefaultsSpecHttpErrorRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * return content
     *
     * @schema DefaultsSpecHttpErrorRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema DefaultsSpecHttpErrorRuleList#return_content_format
     */
    readonly returnContentFormat?: DefaultsSpecHttpErrorRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema DefaultsSpecHttpErrorRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema DefaultsSpecHttpErrorRuleList#return_hdrs
     */
    readonly returnHdrs?: DefaultsSpecHttpErrorRuleListReturnHdrs[];
    /**
     * status
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema DefaultsSpecHttpErrorRuleList#status
     */
    readonly status: DefaultsSpecHttpErrorRuleListStatus;
    /**
     * type
     * Required: true
     * Enum: ["status"]
     *
     * @schema DefaultsSpecHttpErrorRuleList#type
     */
    readonly type: DefaultsSpecHttpErrorRuleListType;
}
/**
 * Converts an object of type 'DefaultsSpecHttpErrorRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpErrorRuleList(obj: DefaultsSpecHttpErrorRuleList | undefined): Record<string, any> | undefined;
/**
 * http ignore probes
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpIgnoreProbes
 */
export declare enum DefaultsSpecHttpIgnoreProbes {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http no delay
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpNoDelay
 */
export declare enum DefaultsSpecHttpNoDelay {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http pretend keepalive
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpPretendKeepalive
 */
export declare enum DefaultsSpecHttpPretendKeepalive {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPRequestRule HTTP Request Rule
 *
 * HAProxy HTTP request rule configuration (corresponds to http-request directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_request_rule
 *
 * @schema DefaultsSpecHttpRequestRuleList
 */
export interface DefaultsSpecHttpRequestRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * auth realm
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#auth_realm
     */
    readonly authRealm?: string;
    /**
     * bandwidth limit limit
     *
     * @schema DefaultsSpecHttpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema DefaultsSpecHttpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema DefaultsSpecHttpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema DefaultsSpecHttpRequestRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema DefaultsSpecHttpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema DefaultsSpecHttpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#cond
     */
    readonly cond?: DefaultsSpecHttpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecHttpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema DefaultsSpecHttpRequestRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema DefaultsSpecHttpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema DefaultsSpecHttpRequestRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema DefaultsSpecHttpRequestRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema DefaultsSpecHttpRequestRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema DefaultsSpecHttpRequestRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hint format
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#hint_format
     */
    readonly hintFormat?: string;
    /**
     * hint name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#hint_name
     */
    readonly hintName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#log_level
     */
    readonly logLevel?: DefaultsSpecHttpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema DefaultsSpecHttpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecHttpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema DefaultsSpecHttpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * method fmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#method_fmt
     */
    readonly methodFmt?: string;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema DefaultsSpecHttpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * normalizer
     * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#normalizer
     */
    readonly normalizer?: DefaultsSpecHttpRequestRuleListNormalizer;
    /**
     * normalizer full
     *
     * @schema DefaultsSpecHttpRequestRuleList#normalizer_full
     */
    readonly normalizerFull?: boolean;
    /**
     * normalizer strict
     *
     * @schema DefaultsSpecHttpRequestRuleList#normalizer_strict
     */
    readonly normalizerStrict?: boolean;
    /**
     * path fmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#path_fmt
     */
    readonly pathFmt?: string;
    /**
     * path match
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#path_match
     */
    readonly pathMatch?: string;
    /**
     * protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#protocol
     */
    readonly protocol?: DefaultsSpecHttpRequestRuleListProtocol;
    /**
     * query fmt
     *
     * @schema DefaultsSpecHttpRequestRuleList#query-fmt
     */
    readonly queryFmt?: string;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema DefaultsSpecHttpRequestRuleList#redir_code
     */
    readonly redirCode?: DefaultsSpecHttpRequestRuleListRedirCode;
    /**
     * redir option
     *
     * @schema DefaultsSpecHttpRequestRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#redir_type
     */
    readonly redirType?: DefaultsSpecHttpRequestRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * resolvers
     *
     * @schema DefaultsSpecHttpRequestRuleList#resolvers
     */
    readonly resolvers?: string;
    /**
     * return content
     *
     * @schema DefaultsSpecHttpRequestRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#return_content_format
     */
    readonly returnContentFormat?: DefaultsSpecHttpRequestRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema DefaultsSpecHttpRequestRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema DefaultsSpecHttpRequestRuleList#return_hdrs
     */
    readonly returnHdrs?: DefaultsSpecHttpRequestRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema DefaultsSpecHttpRequestRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema DefaultsSpecHttpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema DefaultsSpecHttpRequestRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema DefaultsSpecHttpRequestRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema DefaultsSpecHttpRequestRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema DefaultsSpecHttpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * service name
     *
     * @schema DefaultsSpecHttpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#strict_mode
     */
    readonly strictMode?: DefaultsSpecHttpRequestRuleListStrictMode;
    /**
     * timeout
     *
     * @schema DefaultsSpecHttpRequestRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#timeout_type
     */
    readonly timeoutType?: DefaultsSpecHttpRequestRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecHttpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema DefaultsSpecHttpRequestRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
     *
     * @schema DefaultsSpecHttpRequestRuleList#type
     */
    readonly type: DefaultsSpecHttpRequestRuleListType;
    /**
     * uri fmt
     *
     * @schema DefaultsSpecHttpRequestRuleList#uri-fmt
     */
    readonly uriFmt?: string;
    /**
     * uri match
     *
     * @schema DefaultsSpecHttpRequestRuleList#uri-match
     */
    readonly uriMatch?: string;
    /**
     * var expr
     *
     * @schema DefaultsSpecHttpRequestRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema DefaultsSpecHttpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpRequestRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema DefaultsSpecHttpRequestRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema DefaultsSpecHttpRequestRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'DefaultsSpecHttpRequestRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpRequestRuleList(obj: DefaultsSpecHttpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPResponseRule HTTP Response Rule
 *
 * HAProxy HTTP response rule configuration (corresponds to http-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_response_rule
 *
 * @schema DefaultsSpecHttpResponseRuleList
 */
export interface DefaultsSpecHttpResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * bandwidth limit limit
     *
     * @schema DefaultsSpecHttpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema DefaultsSpecHttpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema DefaultsSpecHttpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema DefaultsSpecHttpResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture sample
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#cond
     */
    readonly cond?: DefaultsSpecHttpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecHttpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema DefaultsSpecHttpResponseRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema DefaultsSpecHttpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema DefaultsSpecHttpResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema DefaultsSpecHttpResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema DefaultsSpecHttpResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema DefaultsSpecHttpResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#log_level
     */
    readonly logLevel?: DefaultsSpecHttpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema DefaultsSpecHttpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecHttpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema DefaultsSpecHttpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema DefaultsSpecHttpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema DefaultsSpecHttpResponseRuleList#redir_code
     */
    readonly redirCode?: DefaultsSpecHttpResponseRuleListRedirCode;
    /**
     * redir option
     *
     * @schema DefaultsSpecHttpResponseRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#redir_type
     */
    readonly redirType?: DefaultsSpecHttpResponseRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * return content
     *
     * @schema DefaultsSpecHttpResponseRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#return_content_format
     */
    readonly returnContentFormat?: DefaultsSpecHttpResponseRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema DefaultsSpecHttpResponseRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema DefaultsSpecHttpResponseRuleList#return_hdrs
     */
    readonly returnHdrs?: DefaultsSpecHttpResponseRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema DefaultsSpecHttpResponseRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema DefaultsSpecHttpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema DefaultsSpecHttpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema DefaultsSpecHttpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema DefaultsSpecHttpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema DefaultsSpecHttpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema DefaultsSpecHttpResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema DefaultsSpecHttpResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#strict_mode
     */
    readonly strictMode?: DefaultsSpecHttpResponseRuleListStrictMode;
    /**
     * timeout
     *
     * @schema DefaultsSpecHttpResponseRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#timeout_type
     */
    readonly timeoutType?: DefaultsSpecHttpResponseRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecHttpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema DefaultsSpecHttpResponseRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
     *
     * @schema DefaultsSpecHttpResponseRuleList#type
     */
    readonly type: DefaultsSpecHttpResponseRuleListType;
    /**
     * var expr
     *
     * @schema DefaultsSpecHttpResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema DefaultsSpecHttpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecHttpResponseRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema DefaultsSpecHttpResponseRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema DefaultsSpecHttpResponseRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'DefaultsSpecHttpResponseRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpResponseRuleList(obj: DefaultsSpecHttpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http restrict req hdr names
 * Enum: ["preserve","delete","reject"]
 *
 * @schema DefaultsSpecHttpRestrictReqHdrNames
 */
export declare enum DefaultsSpecHttpRestrictReqHdrNames {
    /** preserve */
    PRESERVE = "preserve",
    /** delete */
    DELETE = "delete",
    /** reject */
    REJECT = "reject"
}
/**
 * http reuse
 * Enum: ["aggressive","always","never","safe"]
 *
 * @schema DefaultsSpecHttpReuse
 */
export declare enum DefaultsSpecHttpReuse {
    /** aggressive */
    AGGRESSIVE = "aggressive",
    /** always */
    ALWAYS = "always",
    /** never */
    NEVER = "never",
    /** safe */
    SAFE = "safe"
}
/**
 * http use proxy header
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpUseProxyHeader
 */
export declare enum DefaultsSpecHttpUseProxyHeader {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * httpchk params
 *
 * @schema DefaultsSpecHttpchkParams
 */
export interface DefaultsSpecHttpchkParams {
    /**
     * host
     *
     * @schema DefaultsSpecHttpchkParams#host
     */
    readonly host?: string;
    /**
     * method
     * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
     *
     * @schema DefaultsSpecHttpchkParams#method
     */
    readonly method?: DefaultsSpecHttpchkParamsMethod;
    /**
     * uri
     * Pattern: ^[^ ]*$
     *
     * @schema DefaultsSpecHttpchkParams#uri
     */
    readonly uri?: string;
    /**
     * version
     *
     * @schema DefaultsSpecHttpchkParams#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpchkParams' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpchkParams(obj: DefaultsSpecHttpchkParams | undefined): Record<string, any> | undefined;
/**
 * httpslog
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecHttpslog
 */
export declare enum DefaultsSpecHttpslog {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * idle close on response
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecIdleCloseOnResponse
 */
export declare enum DefaultsSpecIdleCloseOnResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * independent streams
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecIndependentStreams
 */
export declare enum DefaultsSpecIndependentStreams {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * load server state from file
 * Enum: ["global","local","none"]
 *
 * @schema DefaultsSpecLoadServerStateFromFile
 */
export declare enum DefaultsSpecLoadServerStateFromFile {
    /** global */
    GLOBAL = "global",
    /** local */
    LOCAL = "local",
    /** none */
    NONE = "none"
}
/**
 * log health checks
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecLogHealthChecks
 */
export declare enum DefaultsSpecLogHealthChecks {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * log separate errors
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecLogSeparateErrors
 */
export declare enum DefaultsSpecLogSeparateErrors {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * LogTarget Log Target
 *
 * Per-instance logging of events and traffic.
 *
 * swagger:model log_target
 *
 * @schema DefaultsSpecLogTargetList
 */
export interface DefaultsSpecLogTargetList {
    /**
     * address
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecLogTargetList#address
     */
    readonly address?: string;
    /**
     * facility
     * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
     *
     * @schema DefaultsSpecLogTargetList#facility
     */
    readonly facility?: DefaultsSpecLogTargetListFacility;
    /**
     * format
     * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
     *
     * @schema DefaultsSpecLogTargetList#format
     */
    readonly format?: DefaultsSpecLogTargetListFormat;
    /**
     * global
     *
     * @schema DefaultsSpecLogTargetList#global
     */
    readonly global?: boolean;
    /**
     * length
     *
     * @schema DefaultsSpecLogTargetList#length
     */
    readonly length?: number;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema DefaultsSpecLogTargetList#level
     */
    readonly level?: DefaultsSpecLogTargetListLevel;
    /**
     * @schema DefaultsSpecLogTargetList#metadata
     */
    readonly metadata?: any;
    /**
     * minlevel
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema DefaultsSpecLogTargetList#minlevel
     */
    readonly minlevel?: DefaultsSpecLogTargetListMinlevel;
    /**
     * nolog
     *
     * @schema DefaultsSpecLogTargetList#nolog
     */
    readonly nolog?: boolean;
    /**
     * profile
     *
     * @schema DefaultsSpecLogTargetList#profile
     */
    readonly profile?: string;
    /**
     * sample range
     *
     * @schema DefaultsSpecLogTargetList#sample_range
     */
    readonly sampleRange?: string;
    /**
     * sample size
     *
     * @schema DefaultsSpecLogTargetList#sample_size
     */
    readonly sampleSize?: number;
}
/**
 * Converts an object of type 'DefaultsSpecLogTargetList' to JSON representation.
 */
export declare function toJson_DefaultsSpecLogTargetList(obj: DefaultsSpecLogTargetList | undefined): Record<string, any> | undefined;
/**
 * logasap
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecLogasap
 */
export declare enum DefaultsSpecLogasap {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * mode
 * Enum: ["tcp","http","log"]
 *
 * @schema DefaultsSpecMode
 */
export declare enum DefaultsSpecMode {
    /** tcp */
    TCP = "tcp",
    /** http */
    HTTP = "http",
    /** log */
    LOG = "log"
}
/**
 * mysql check params
 *
 * @schema DefaultsSpecMysqlCheckParams
 */
export interface DefaultsSpecMysqlCheckParams {
    /**
     * client version
     * Enum: ["pre-41","post-41"]
     *
     * @schema DefaultsSpecMysqlCheckParams#client_version
     */
    readonly clientVersion?: DefaultsSpecMysqlCheckParamsClientVersion;
    /**
     * username
     *
     * @schema DefaultsSpecMysqlCheckParams#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'DefaultsSpecMysqlCheckParams' to JSON representation.
 */
export declare function toJson_DefaultsSpecMysqlCheckParams(obj: DefaultsSpecMysqlCheckParams | undefined): Record<string, any> | undefined;
/**
 * nolinger
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecNolinger
 */
export declare enum DefaultsSpecNolinger {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * originalto
 *
 * @schema DefaultsSpecOriginalto
 */
export interface DefaultsSpecOriginalto {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema DefaultsSpecOriginalto#enabled
     */
    readonly enabled: DefaultsSpecOriginaltoEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecOriginalto#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecOriginalto#header
     */
    readonly header?: string;
}
/**
 * Converts an object of type 'DefaultsSpecOriginalto' to JSON representation.
 */
export declare function toJson_DefaultsSpecOriginalto(obj: DefaultsSpecOriginalto | undefined): Record<string, any> | undefined;
/**
 * persist
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecPersist
 */
export declare enum DefaultsSpecPersist {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * persist rule
 *
 * @schema DefaultsSpecPersistRule
 */
export interface DefaultsSpecPersistRule {
    /**
     * rdp cookie name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecPersistRule#rdp_cookie_name
     */
    readonly rdpCookieName?: string;
    /**
     * type
     * Required: true
     * Enum: ["rdp-cookie"]
     *
     * @schema DefaultsSpecPersistRule#type
     */
    readonly type: DefaultsSpecPersistRuleType;
}
/**
 * Converts an object of type 'DefaultsSpecPersistRule' to JSON representation.
 */
export declare function toJson_DefaultsSpecPersistRule(obj: DefaultsSpecPersistRule | undefined): Record<string, any> | undefined;
/**
 * pgsql check params
 *
 * @schema DefaultsSpecPgsqlCheckParams
 */
export interface DefaultsSpecPgsqlCheckParams {
    /**
     * username
     *
     * @schema DefaultsSpecPgsqlCheckParams#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'DefaultsSpecPgsqlCheckParams' to JSON representation.
 */
export declare function toJson_DefaultsSpecPgsqlCheckParams(obj: DefaultsSpecPgsqlCheckParams | undefined): Record<string, any> | undefined;
/**
 * prefer last server
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecPreferLastServer
 */
export declare enum DefaultsSpecPreferLastServer {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * QUICInitialRule QUIC Initial
 *
 * QUIC Initial configuration
 * Example: {"type":"reject"}
 *
 * swagger:model QUICInitialRule
 *
 * @schema DefaultsSpecQuicInitialRuleList
 */
export interface DefaultsSpecQuicInitialRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecQuicInitialRuleList#cond
     */
    readonly cond?: DefaultsSpecQuicInitialRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecQuicInitialRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema DefaultsSpecQuicInitialRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * type
     * Required: true
     * Enum: ["reject","accept","send-retry","dgram-drop"]
     *
     * @schema DefaultsSpecQuicInitialRuleList#type
     */
    readonly type: DefaultsSpecQuicInitialRuleListType;
}
/**
 * Converts an object of type 'DefaultsSpecQuicInitialRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecQuicInitialRuleList(obj: DefaultsSpecQuicInitialRuleList | undefined): Record<string, any> | undefined;
/**
 * redispatch
 *
 * @schema DefaultsSpecRedispatch
 */
export interface DefaultsSpecRedispatch {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled","disabled"]
     *
     * @schema DefaultsSpecRedispatch#enabled
     */
    readonly enabled: DefaultsSpecRedispatchEnabled;
    /**
     * interval
     *
     * @schema DefaultsSpecRedispatch#interval
     */
    readonly interval?: number;
}
/**
 * Converts an object of type 'DefaultsSpecRedispatch' to JSON representation.
 */
export declare function toJson_DefaultsSpecRedispatch(obj: DefaultsSpecRedispatch | undefined): Record<string, any> | undefined;
/**
 * smtpchk params
 *
 * @schema DefaultsSpecSmtpchkParams
 */
export interface DefaultsSpecSmtpchkParams {
    /**
     * domain
     *
     * @schema DefaultsSpecSmtpchkParams#domain
     */
    readonly domain?: string;
    /**
     * hello
     *
     * @schema DefaultsSpecSmtpchkParams#hello
     */
    readonly hello?: string;
}
/**
 * Converts an object of type 'DefaultsSpecSmtpchkParams' to JSON representation.
 */
export declare function toJson_DefaultsSpecSmtpchkParams(obj: DefaultsSpecSmtpchkParams | undefined): Record<string, any> | undefined;
/**
 * socket stats
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecSocketStats
 */
export declare enum DefaultsSpecSocketStats {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * source
 *
 * @schema DefaultsSpecSource
 */
export interface DefaultsSpecSource {
    /**
     * address
     * Required: true
     *
     * @schema DefaultsSpecSource#address
     */
    readonly address: string;
    /**
     * address second
     *
     * @schema DefaultsSpecSource#address_second
     */
    readonly addressSecond?: string;
    /**
     * hdr
     *
     * @schema DefaultsSpecSource#hdr
     */
    readonly hdr?: string;
    /**
     * interface
     *
     * @schema DefaultsSpecSource#interface
     */
    readonly interface?: string;
    /**
     * occ
     *
     * @schema DefaultsSpecSource#occ
     */
    readonly occ?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecSource#port
     */
    readonly port?: number;
    /**
     * port second
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecSource#port_second
     */
    readonly portSecond?: number;
    /**
     * usesrc
     * Enum: ["address","client","clientip","hdr_ip"]
     *
     * @schema DefaultsSpecSource#usesrc
     */
    readonly usesrc?: DefaultsSpecSourceUsesrc;
}
/**
 * Converts an object of type 'DefaultsSpecSource' to JSON representation.
 */
export declare function toJson_DefaultsSpecSource(obj: DefaultsSpecSource | undefined): Record<string, any> | undefined;
/**
 * splice auto
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecSpliceAuto
 */
export declare enum DefaultsSpecSpliceAuto {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice request
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecSpliceRequest
 */
export declare enum DefaultsSpecSpliceRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice response
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecSpliceResponse
 */
export declare enum DefaultsSpecSpliceResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * srvtcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecSrvtcpka
 */
export declare enum DefaultsSpecSrvtcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * stats options
 *
 * @schema DefaultsSpecStatsOptions
 */
export interface DefaultsSpecStatsOptions {
    /**
     * stats admin
     *
     * @schema DefaultsSpecStatsOptions#stats_admin
     */
    readonly statsAdmin?: boolean;
    /**
     * stats admin cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecStatsOptions#stats_admin_cond
     */
    readonly statsAdminCond?: DefaultsSpecStatsOptionsStatsAdminCond;
    /**
     * stats admin cond test
     *
     * @schema DefaultsSpecStatsOptions#stats_admin_cond_test
     */
    readonly statsAdminCondTest?: string;
    /**
     * stats auths
     *
     * @schema DefaultsSpecStatsOptions#stats_auths
     */
    readonly statsAuths?: DefaultsSpecStatsOptionsStatsAuths[];
    /**
     * stats enable
     *
     * @schema DefaultsSpecStatsOptions#stats_enable
     */
    readonly statsEnable?: boolean;
    /**
     * stats hide version
     *
     * @schema DefaultsSpecStatsOptions#stats_hide_version
     */
    readonly statsHideVersion?: boolean;
    /**
     * stats http requests
     *
     * @schema DefaultsSpecStatsOptions#stats_http_requests
     */
    readonly statsHttpRequests?: DefaultsSpecStatsOptionsStatsHttpRequests[];
    /**
     * stats maxconn
     * Minimum: 1
     *
     * @schema DefaultsSpecStatsOptions#stats_maxconn
     */
    readonly statsMaxconn?: number;
    /**
     * stats realm
     *
     * @schema DefaultsSpecStatsOptions#stats_realm
     */
    readonly statsRealm?: boolean;
    /**
     * stats realm realm
     *
     * @schema DefaultsSpecStatsOptions#stats_realm_realm
     */
    readonly statsRealmRealm?: string;
    /**
     * stats refresh delay
     * Minimum: 0
     *
     * @schema DefaultsSpecStatsOptions#stats_refresh_delay
     */
    readonly statsRefreshDelay?: number;
    /**
     * stats show desc
     *
     * @schema DefaultsSpecStatsOptions#stats_show_desc
     */
    readonly statsShowDesc?: string;
    /**
     * stats show legends
     *
     * @schema DefaultsSpecStatsOptions#stats_show_legends
     */
    readonly statsShowLegends?: boolean;
    /**
     * stats show modules
     *
     * @schema DefaultsSpecStatsOptions#stats_show_modules
     */
    readonly statsShowModules?: boolean;
    /**
     * stats show node name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecStatsOptions#stats_show_node_name
     */
    readonly statsShowNodeName: string;
    /**
     * stats uri prefix
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecStatsOptions#stats_uri_prefix
     */
    readonly statsUriPrefix?: string;
}
/**
 * Converts an object of type 'DefaultsSpecStatsOptions' to JSON representation.
 */
export declare function toJson_DefaultsSpecStatsOptions(obj: DefaultsSpecStatsOptions | undefined): Record<string, any> | undefined;
/**
 * TCPCheck TCP Check
 *
 * swagger:model tcp_check
 *
 * @schema DefaultsSpecTcpCheckRuleList
 */
export interface DefaultsSpecTcpCheckRuleList {
    /**
     * action
     * Required: true
     * Enum: ["comment","connect","expect","send","send-lf","send-binary","send-binary-lf","set-var","set-var-fmt","unset-var"]
     *
     * @schema DefaultsSpecTcpCheckRuleList#action
     */
    readonly action: DefaultsSpecTcpCheckRuleListAction;
    /**
     * addr
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpCheckRuleList#addr
     */
    readonly addr?: string;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpCheckRuleList#alpn
     */
    readonly alpn?: string;
    /**
     * check comment
     *
     * @schema DefaultsSpecTcpCheckRuleList#check_comment
     */
    readonly checkComment?: string;
    /**
     * data
     *
     * @schema DefaultsSpecTcpCheckRuleList#data
     */
    readonly data?: string;
    /**
     * default
     *
     * @schema DefaultsSpecTcpCheckRuleList#default
     */
    readonly default?: boolean;
    /**
     * error status
     * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
     *
     * @schema DefaultsSpecTcpCheckRuleList#error_status
     */
    readonly errorStatus?: DefaultsSpecTcpCheckRuleListErrorStatus;
    /**
     * exclamation mark
     *
     * @schema DefaultsSpecTcpCheckRuleList#exclamation_mark
     */
    readonly exclamationMark?: boolean;
    /**
     * fmt
     *
     * @schema DefaultsSpecTcpCheckRuleList#fmt
     */
    readonly fmt?: string;
    /**
     * hex fmt
     *
     * @schema DefaultsSpecTcpCheckRuleList#hex_fmt
     */
    readonly hexFmt?: string;
    /**
     * hex string
     *
     * @schema DefaultsSpecTcpCheckRuleList#hex_string
     */
    readonly hexString?: string;
    /**
     * linger
     *
     * @schema DefaultsSpecTcpCheckRuleList#linger
     */
    readonly linger?: boolean;
    /**
     * match
     * Pattern: ^[^\s]+$
     * Enum: ["string","rstring","string-lf","binary","rbinary","binary-lf"]
     *
     * @schema DefaultsSpecTcpCheckRuleList#match
     */
    readonly match?: DefaultsSpecTcpCheckRuleListMatch;
    /**
     * @schema DefaultsSpecTcpCheckRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * min recv
     *
     * @schema DefaultsSpecTcpCheckRuleList#min_recv
     */
    readonly minRecv?: number;
    /**
     * ok status
     * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
     *
     * @schema DefaultsSpecTcpCheckRuleList#ok_status
     */
    readonly okStatus?: DefaultsSpecTcpCheckRuleListOkStatus;
    /**
     * on error
     *
     * @schema DefaultsSpecTcpCheckRuleList#on_error
     */
    readonly onError?: string;
    /**
     * on success
     *
     * @schema DefaultsSpecTcpCheckRuleList#on_success
     */
    readonly onSuccess?: string;
    /**
     * pattern
     *
     * @schema DefaultsSpecTcpCheckRuleList#pattern
     */
    readonly pattern?: string;
    /**
     * port
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema DefaultsSpecTcpCheckRuleList#port
     */
    readonly port?: number;
    /**
     * port string
     *
     * @schema DefaultsSpecTcpCheckRuleList#port_string
     */
    readonly portString?: string;
    /**
     * proto
     *
     * @schema DefaultsSpecTcpCheckRuleList#proto
     */
    readonly proto?: string;
    /**
     * send proxy
     *
     * @schema DefaultsSpecTcpCheckRuleList#send_proxy
     */
    readonly sendProxy?: boolean;
    /**
     * sni
     *
     * @schema DefaultsSpecTcpCheckRuleList#sni
     */
    readonly sni?: string;
    /**
     * ssl
     *
     * @schema DefaultsSpecTcpCheckRuleList#ssl
     */
    readonly ssl?: boolean;
    /**
     * status code
     *
     * @schema DefaultsSpecTcpCheckRuleList#status-code
     */
    readonly statusCode?: string;
    /**
     * tout status
     * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
     *
     * @schema DefaultsSpecTcpCheckRuleList#tout_status
     */
    readonly toutStatus?: DefaultsSpecTcpCheckRuleListToutStatus;
    /**
     * var expr
     *
     * @schema DefaultsSpecTcpCheckRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var fmt
     *
     * @schema DefaultsSpecTcpCheckRuleList#var_fmt
     */
    readonly varFmt?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpCheckRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpCheckRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * via socks4
     *
     * @schema DefaultsSpecTcpCheckRuleList#via_socks4
     */
    readonly viaSocks4?: boolean;
}
/**
 * Converts an object of type 'DefaultsSpecTcpCheckRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecTcpCheckRuleList(obj: DefaultsSpecTcpCheckRuleList | undefined): Record<string, any> | undefined;
/**
 * TCPRequestRule TCP Request Rule
 *
 * HAProxy TCP Request Rule configuration (corresponds to tcp-request)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"connection"}
 *
 * swagger:model tcp_request_rule
 *
 * @schema DefaultsSpecTcpRequestRuleList
 */
export interface DefaultsSpecTcpRequestRuleList {
    /**
     * action
     * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
     *
     * @schema DefaultsSpecTcpRequestRuleList#action
     */
    readonly action?: DefaultsSpecTcpRequestRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema DefaultsSpecTcpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema DefaultsSpecTcpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema DefaultsSpecTcpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * capture len
     *
     * @schema DefaultsSpecTcpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema DefaultsSpecTcpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecTcpRequestRuleList#cond
     */
    readonly cond?: DefaultsSpecTcpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecTcpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema DefaultsSpecTcpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * gpt value
     *
     * @schema DefaultsSpecTcpRequestRuleList#gpt_value
     */
    readonly gptValue?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema DefaultsSpecTcpRequestRuleList#log_level
     */
    readonly logLevel?: DefaultsSpecTcpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema DefaultsSpecTcpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecTcpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema DefaultsSpecTcpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema DefaultsSpecTcpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * resolve protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema DefaultsSpecTcpRequestRuleList#resolve_protocol
     */
    readonly resolveProtocol?: DefaultsSpecTcpRequestRuleListResolveProtocol;
    /**
     * resolve resolvers
     *
     * @schema DefaultsSpecTcpRequestRuleList#resolve_resolvers
     */
    readonly resolveResolvers?: string;
    /**
     * resolve var
     *
     * @schema DefaultsSpecTcpRequestRuleList#resolve_var
     */
    readonly resolveVar?: string;
    /**
     * rst ttl
     *
     * @schema DefaultsSpecTcpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc idx
     *
     * @schema DefaultsSpecTcpRequestRuleList#sc_idx
     */
    readonly scIdx?: string;
    /**
     * sc inc id
     *
     * @schema DefaultsSpecTcpRequestRuleList#sc_inc_id
     */
    readonly scIncId?: string;
    /**
     * sc int
     *
     * @schema DefaultsSpecTcpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * server name
     *
     * @schema DefaultsSpecTcpRequestRuleList#server_name
     */
    readonly serverName?: string;
    /**
     * service name
     *
     * @schema DefaultsSpecTcpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine name
     *
     * @schema DefaultsSpecTcpRequestRuleList#spoe_engine_name
     */
    readonly spoeEngineName?: string;
    /**
     * spoe group name
     *
     * @schema DefaultsSpecTcpRequestRuleList#spoe_group_name
     */
    readonly spoeGroupName?: string;
    /**
     * switch mode proto
     *
     * @schema DefaultsSpecTcpRequestRuleList#switch_mode_proto
     */
    readonly switchModeProto?: string;
    /**
     * timeout
     *
     * @schema DefaultsSpecTcpRequestRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecTcpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track key
     *
     * @schema DefaultsSpecTcpRequestRuleList#track_key
     */
    readonly trackKey?: string;
    /**
     * track stick counter
     *
     * @schema DefaultsSpecTcpRequestRuleList#track_stick_counter
     */
    readonly trackStickCounter?: number;
    /**
     * track table
     *
     * @schema DefaultsSpecTcpRequestRuleList#track_table
     */
    readonly trackTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["connection","content","inspect-delay","session"]
     *
     * @schema DefaultsSpecTcpRequestRuleList#type
     */
    readonly type: DefaultsSpecTcpRequestRuleListType;
    /**
     * var format
     *
     * @schema DefaultsSpecTcpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpRequestRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'DefaultsSpecTcpRequestRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecTcpRequestRuleList(obj: DefaultsSpecTcpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * TCPResponseRule TCP Response Rule
 *
 * HAProxy TCP Response Rule configuration (corresponds to tcp-response)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"content"}
 *
 * swagger:model tcp_response_rule
 *
 * @schema DefaultsSpecTcpResponseRuleList
 */
export interface DefaultsSpecTcpResponseRuleList {
    /**
     * action
     * Enum: ["accept","close","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-tos","set-var","set-var-fmt","silent-drop","unset-var","do-log"]
     *
     * @schema DefaultsSpecTcpResponseRuleList#action
     */
    readonly action?: DefaultsSpecTcpResponseRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema DefaultsSpecTcpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema DefaultsSpecTcpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema DefaultsSpecTcpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema DefaultsSpecTcpResponseRuleList#cond
     */
    readonly cond?: DefaultsSpecTcpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema DefaultsSpecTcpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema DefaultsSpecTcpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema DefaultsSpecTcpResponseRuleList#log_level
     */
    readonly logLevel?: DefaultsSpecTcpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema DefaultsSpecTcpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecTcpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema DefaultsSpecTcpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema DefaultsSpecTcpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * rst ttl
     *
     * @schema DefaultsSpecTcpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema DefaultsSpecTcpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema DefaultsSpecTcpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema DefaultsSpecTcpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema DefaultsSpecTcpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * timeout
     *
     * @schema DefaultsSpecTcpResponseRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema DefaultsSpecTcpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * type
     * Required: true
     * Enum: ["content","inspect-delay"]
     *
     * @schema DefaultsSpecTcpResponseRuleList#type
     */
    readonly type: DefaultsSpecTcpResponseRuleListType;
    /**
     * var format
     *
     * @schema DefaultsSpecTcpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecTcpResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'DefaultsSpecTcpResponseRuleList' to JSON representation.
 */
export declare function toJson_DefaultsSpecTcpResponseRuleList(obj: DefaultsSpecTcpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * tcp smart accept
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecTcpSmartAccept
 */
export declare enum DefaultsSpecTcpSmartAccept {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcp smart connect
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecTcpSmartConnect
 */
export declare enum DefaultsSpecTcpSmartConnect {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecTcpka
 */
export declare enum DefaultsSpecTcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * transparent
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecTransparent
 */
export declare enum DefaultsSpecTransparent {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * algorithm
 * Required: true
 * Enum: ["first","hash","hdr","leastconn","random","rdp-cookie","roundrobin","source","static-rr","uri","url_param"]
 *
 * @schema DefaultsSpecBalanceAlgorithm
 */
export declare enum DefaultsSpecBalanceAlgorithm {
    /** first */
    FIRST = "first",
    /** hash */
    HASH = "hash",
    /** hdr */
    HDR = "hdr",
    /** leastconn */
    LEASTCONN = "leastconn",
    /** random */
    RANDOM = "random",
    /** rdp-cookie */
    RDP_HYPHEN_COOKIE = "rdp-cookie",
    /** roundrobin */
    ROUNDROBIN = "roundrobin",
    /** source */
    SOURCE = "source",
    /** static-rr */
    STATIC_HYPHEN_RR = "static-rr",
    /** uri */
    URI = "uri",
    /** url_param */
    URL_UNDERSCORE_PARAM = "url_param"
}
/**
 * algo req
 * Enum: ["identity","gzip","deflate","raw-deflate"]
 *
 * @schema DefaultsSpecCompressionAlgoReq
 */
export declare enum DefaultsSpecCompressionAlgoReq {
    /** identity */
    IDENTITY = "identity",
    /** gzip */
    GZIP = "gzip",
    /** deflate */
    DEFLATE = "deflate",
    /** raw-deflate */
    RAW_HYPHEN_DEFLATE = "raw-deflate"
}
/**
 * direction
 * Enum: ["request","response","both"]
 *
 * @schema DefaultsSpecCompressionDirection
 */
export declare enum DefaultsSpecCompressionDirection {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response",
    /** both */
    BOTH = "both"
}
/**
 * Attr attr
 *
 * swagger:model Attr
 *
 * @schema DefaultsSpecCookieAttr
 */
export interface DefaultsSpecCookieAttr {
    /**
     * value
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecCookieAttr#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DefaultsSpecCookieAttr' to JSON representation.
 */
export declare function toJson_DefaultsSpecCookieAttr(obj: DefaultsSpecCookieAttr | undefined): Record<string, any> | undefined;
/**
 * Domain domain
 *
 * swagger:model Domain
 *
 * @schema DefaultsSpecCookieDomain
 */
export interface DefaultsSpecCookieDomain {
    /**
     * value
     * Pattern: ^[^\s]+$
     *
     * @schema DefaultsSpecCookieDomain#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DefaultsSpecCookieDomain' to JSON representation.
 */
export declare function toJson_DefaultsSpecCookieDomain(obj: DefaultsSpecCookieDomain | undefined): Record<string, any> | undefined;
/**
 * type
 * Enum: ["rewrite","insert","prefix"]
 *
 * @schema DefaultsSpecCookieType
 */
export declare enum DefaultsSpecCookieType {
    /** rewrite */
    REWRITE = "rewrite",
    /** insert */
    INSERT = "insert",
    /** prefix */
    PREFIX = "prefix"
}
/**
 * agent check
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerAgentCheck
 */
export declare enum DefaultsSpecDefaultServerAgentCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * backup
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerBackup
 */
export declare enum DefaultsSpecDefaultServerBackup {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerCheck
 */
export declare enum DefaultsSpecDefaultServerCheck {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check reuse pool
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerCheckReusePool
 */
export declare enum DefaultsSpecDefaultServerCheckReusePool {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerCheckSendProxy
 */
export declare enum DefaultsSpecDefaultServerCheckSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerCheckSsl
 */
export declare enum DefaultsSpecDefaultServerCheckSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * check via socks4
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerCheckViaSocks4
 */
export declare enum DefaultsSpecDefaultServerCheckViaSocks4 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerForceSslv3
 */
export declare enum DefaultsSpecDefaultServerForceSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerForceTlsv10
 */
export declare enum DefaultsSpecDefaultServerForceTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerForceTlsv11
 */
export declare enum DefaultsSpecDefaultServerForceTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerForceTlsv12
 */
export declare enum DefaultsSpecDefaultServerForceTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerForceTlsv13
 */
export declare enum DefaultsSpecDefaultServerForceTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * init state
 * Enum: ["fully-up","up","down","fully-down"]
 *
 * @schema DefaultsSpecDefaultServerInitState
 */
export declare enum DefaultsSpecDefaultServerInitState {
    /** fully-up */
    FULLY_HYPHEN_UP = "fully-up",
    /** up */
    UP = "up",
    /** down */
    DOWN = "down",
    /** fully-down */
    FULLY_HYPHEN_DOWN = "fully-down"
}
/**
 * log proto
 * Enum: ["legacy","octet-count"]
 *
 * @schema DefaultsSpecDefaultServerLogProto
 */
export declare enum DefaultsSpecDefaultServerLogProto {
    /** legacy */
    LEGACY = "legacy",
    /** octet-count */
    OCTET_HYPHEN_COUNT = "octet-count"
}
/**
 * maintenance
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerMaintenance
 */
export declare enum DefaultsSpecDefaultServerMaintenance {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of sslv3, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoSslv3
 */
export declare enum DefaultsSpecDefaultServerNoSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv10, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoTlsv10
 */
export declare enum DefaultsSpecDefaultServerNoTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv11, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoTlsv11
 */
export declare enum DefaultsSpecDefaultServerNoTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of tlsv12, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoTlsv12
 */
export declare enum DefaultsSpecDefaultServerNoTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * This field is deprecated in favor of force_tlsv13, and will be removed in a future release
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoTlsv13
 */
export declare enum DefaultsSpecDefaultServerNoTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * no verifyhost
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerNoVerifyhost
 */
export declare enum DefaultsSpecDefaultServerNoVerifyhost {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * observe
 * Enum: ["layer4","layer7"]
 *
 * @schema DefaultsSpecDefaultServerObserve
 */
export declare enum DefaultsSpecDefaultServerObserve {
    /** layer4 */
    LAYER4 = "layer4",
    /** layer7 */
    LAYER7 = "layer7"
}
/**
 * on error
 * Enum: ["fastinter","fail-check","sudden-death","mark-down"]
 *
 * @schema DefaultsSpecDefaultServerOnError
 */
export declare enum DefaultsSpecDefaultServerOnError {
    /** fastinter */
    FASTINTER = "fastinter",
    /** fail-check */
    FAIL_HYPHEN_CHECK = "fail-check",
    /** sudden-death */
    SUDDEN_HYPHEN_DEATH = "sudden-death",
    /** mark-down */
    MARK_HYPHEN_DOWN = "mark-down"
}
/**
 * on marked down
 * Enum: ["shutdown-sessions"]
 *
 * @schema DefaultsSpecDefaultServerOnMarkedDown
 */
export declare enum DefaultsSpecDefaultServerOnMarkedDown {
    /** shutdown-sessions */
    SHUTDOWN_HYPHEN_SESSIONS = "shutdown-sessions"
}
/**
 * on marked up
 * Enum: ["shutdown-backup-sessions"]
 *
 * @schema DefaultsSpecDefaultServerOnMarkedUp
 */
export declare enum DefaultsSpecDefaultServerOnMarkedUp {
    /** shutdown-backup-sessions */
    SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS = "shutdown-backup-sessions"
}
/**
 * resolve prefer
 * Enum: ["ipv4","ipv6"]
 *
 * @schema DefaultsSpecDefaultServerResolvePrefer
 */
export declare enum DefaultsSpecDefaultServerResolvePrefer {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * send proxy
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSendProxy
 */
export declare enum DefaultsSpecDefaultServerSendProxy {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSendProxyV2
 */
export declare enum DefaultsSpecDefaultServerSendProxyV2 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSendProxyV2Ssl
 */
export declare enum DefaultsSpecDefaultServerSendProxyV2Ssl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * send proxy v2 ssl cn
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSendProxyV2SslCn
 */
export declare enum DefaultsSpecDefaultServerSendProxyV2SslCn {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * set proxy v2 tlv fmt
 *
 * @schema DefaultsSpecDefaultServerSetProxyV2TlvFmt
 */
export interface DefaultsSpecDefaultServerSetProxyV2TlvFmt {
    /**
     * id
     * Required: true
     *
     * @schema DefaultsSpecDefaultServerSetProxyV2TlvFmt#id
     */
    readonly id: string;
    /**
     * value
     * Required: true
     *
     * @schema DefaultsSpecDefaultServerSetProxyV2TlvFmt#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DefaultsSpecDefaultServerSetProxyV2TlvFmt' to JSON representation.
 */
export declare function toJson_DefaultsSpecDefaultServerSetProxyV2TlvFmt(obj: DefaultsSpecDefaultServerSetProxyV2TlvFmt | undefined): Record<string, any> | undefined;
/**
 * ssl
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSsl
 */
export declare enum DefaultsSpecDefaultServerSsl {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema DefaultsSpecDefaultServerSslMaxVer
 */
export declare enum DefaultsSpecDefaultServerSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema DefaultsSpecDefaultServerSslMinVer
 */
export declare enum DefaultsSpecDefaultServerSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl reuse
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSslReuse
 */
export declare enum DefaultsSpecDefaultServerSslReuse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerSslv3
 */
export declare enum DefaultsSpecDefaultServerSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * stick
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerStick
 */
export declare enum DefaultsSpecDefaultServerStick {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tfo
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTfo
 */
export declare enum DefaultsSpecDefaultServerTfo {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTlsTickets
 */
export declare enum DefaultsSpecDefaultServerTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTlsv10
 */
export declare enum DefaultsSpecDefaultServerTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTlsv11
 */
export declare enum DefaultsSpecDefaultServerTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTlsv12
 */
export declare enum DefaultsSpecDefaultServerTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecDefaultServerTlsv13
 */
export declare enum DefaultsSpecDefaultServerTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Enum: ["none","required"]
 *
 * @schema DefaultsSpecDefaultServerVerify
 */
export declare enum DefaultsSpecDefaultServerVerify {
    /** none */
    NONE = "none",
    /** required */
    REQUIRED = "required"
}
/**
 * ws
 * Enum: ["auto","h1","h2"]
 *
 * @schema DefaultsSpecDefaultServerWs
 */
export declare enum DefaultsSpecDefaultServerWs {
    /** auto */
    AUTO = "auto",
    /** h1 */
    H1 = "h1",
    /** h2 */
    H2 = "h2"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema DefaultsSpecEmailAlertLevel
 */
export declare enum DefaultsSpecEmailAlertLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * code
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema DefaultsSpecErrorFilesCode
 */
export declare enum DefaultsSpecErrorFilesCode {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema DefaultsSpecErrorloc302Code
 */
export declare enum DefaultsSpecErrorloc302Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema DefaultsSpecErrorloc303Code
 */
export declare enum DefaultsSpecErrorloc303Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema DefaultsSpecForwardforEnabled
 */
export declare enum DefaultsSpecForwardforEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * function
 * Enum: ["sdbm","djb2","wt6","crc32","none"]
 *
 * @schema DefaultsSpecHashTypeFunction
 */
export declare enum DefaultsSpecHashTypeFunction {
    /** sdbm */
    SDBM = "sdbm",
    /** djb2 */
    DJB2 = "djb2",
    /** wt6 */
    WT6 = "wt6",
    /** crc32 */
    CRC32 = "crc32",
    /** none */
    NONE = "none"
}
/**
 * method
 * Enum: ["map-based","consistent"]
 *
 * @schema DefaultsSpecHashTypeMethod
 */
export declare enum DefaultsSpecHashTypeMethod {
    /** map-based */
    MAP_HYPHEN_BASED = "map-based",
    /** consistent */
    CONSISTENT = "consistent"
}
/**
 * modifier
 * Enum: ["avalanche"]
 *
 * @schema DefaultsSpecHashTypeModifier
 */
export declare enum DefaultsSpecHashTypeModifier {
    /** avalanche */
    AVALANCHE = "avalanche"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecHttpAfterResponseRuleListCond
 */
export declare enum DefaultsSpecHttpAfterResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema DefaultsSpecHttpAfterResponseRuleListLogLevel
 */
export declare enum DefaultsSpecHttpAfterResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema DefaultsSpecHttpAfterResponseRuleListStrictMode
 */
export declare enum DefaultsSpecHttpAfterResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * type
 * Required: true
 * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
 *
 * @schema DefaultsSpecHttpAfterResponseRuleListType
 */
export declare enum DefaultsSpecHttpAfterResponseRuleListType {
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * error status
 * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
 *
 * @schema DefaultsSpecHttpCheckListErrorStatus
 */
export declare enum DefaultsSpecHttpCheckListErrorStatus {
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L7RSP */
    L7_RSP = "L7RSP",
    /** L7STS */
    L7_STS = "L7STS",
    /** L6RSP */
    L6_RSP = "L6RSP",
    /** L4CON */
    L4_CON = "L4CON"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema DefaultsSpecHttpCheckListHeaders
 */
export interface DefaultsSpecHttpCheckListHeaders {
    /**
     * fmt
     * Required: true
     *
     * @schema DefaultsSpecHttpCheckListHeaders#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema DefaultsSpecHttpCheckListHeaders#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpCheckListHeaders' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpCheckListHeaders(obj: DefaultsSpecHttpCheckListHeaders | undefined): Record<string, any> | undefined;
/**
 * match
 * Pattern: ^[^\s]+$
 * Enum: ["status","rstatus","hdr","fhdr","string","rstring"]
 *
 * @schema DefaultsSpecHttpCheckListMatch
 */
export declare enum DefaultsSpecHttpCheckListMatch {
    /** status */
    STATUS = "status",
    /** rstatus */
    RSTATUS = "rstatus",
    /** hdr */
    HDR = "hdr",
    /** fhdr */
    FHDR = "fhdr",
    /** string */
    STRING = "string",
    /** rstring */
    RSTRING = "rstring"
}
/**
 * method
 * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
 *
 * @schema DefaultsSpecHttpCheckListMethod
 */
export declare enum DefaultsSpecHttpCheckListMethod {
    /** HEAD */
    HEAD = "HEAD",
    /** PUT */
    PUT = "PUT",
    /** POST */
    POST = "POST",
    /** GET */
    GET = "GET",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS"
}
/**
 * ok status
 * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
 *
 * @schema DefaultsSpecHttpCheckListOkStatus
 */
export declare enum DefaultsSpecHttpCheckListOkStatus {
    /** L7OK */
    L7_OK = "L7OK",
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L6OK */
    L6_OK = "L6OK",
    /** L4OK */
    L4_OK = "L4OK"
}
/**
 * tout status
 * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
 *
 * @schema DefaultsSpecHttpCheckListToutStatus
 */
export declare enum DefaultsSpecHttpCheckListToutStatus {
    /** L7TOUT */
    L7_TOUT = "L7TOUT",
    /** L6TOUT */
    L6_TOUT = "L6TOUT",
    /** L4TOUT */
    L4_TOUT = "L4TOUT"
}
/**
 * type
 * Required: true
 * Enum: ["comment","connect","disable-on-404","expect","send","send-state","set-var","set-var-fmt","unset-var"]
 *
 * @schema DefaultsSpecHttpCheckListType
 */
export declare enum DefaultsSpecHttpCheckListType {
    /** comment */
    COMMENT = "comment",
    /** connect */
    CONNECT = "connect",
    /** disable-on-404 */
    DISABLE_HYPHEN_ON_HYPHEN_404 = "disable-on-404",
    /** expect */
    EXPECT = "expect",
    /** send */
    SEND = "send",
    /** send-state */
    SEND_HYPHEN_STATE = "send-state",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema DefaultsSpecHttpErrorRuleListReturnContentFormat
 */
export declare enum DefaultsSpecHttpErrorRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema DefaultsSpecHttpErrorRuleListReturnHdrs
 */
export interface DefaultsSpecHttpErrorRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema DefaultsSpecHttpErrorRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema DefaultsSpecHttpErrorRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpErrorRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpErrorRuleListReturnHdrs(obj: DefaultsSpecHttpErrorRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * status
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema DefaultsSpecHttpErrorRuleListStatus
 */
export declare enum DefaultsSpecHttpErrorRuleListStatus {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["status"]
 *
 * @schema DefaultsSpecHttpErrorRuleListType
 */
export declare enum DefaultsSpecHttpErrorRuleListType {
    /** status */
    STATUS = "status"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecHttpRequestRuleListCond
 */
export declare enum DefaultsSpecHttpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema DefaultsSpecHttpRequestRuleListLogLevel
 */
export declare enum DefaultsSpecHttpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * normalizer
 * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
 *
 * @schema DefaultsSpecHttpRequestRuleListNormalizer
 */
export declare enum DefaultsSpecHttpRequestRuleListNormalizer {
    /** fragment-encode */
    FRAGMENT_HYPHEN_ENCODE = "fragment-encode",
    /** fragment-strip */
    FRAGMENT_HYPHEN_STRIP = "fragment-strip",
    /** path-merge-slashes */
    PATH_HYPHEN_MERGE_HYPHEN_SLASHES = "path-merge-slashes",
    /** path-strip-dot */
    PATH_HYPHEN_STRIP_HYPHEN_DOT = "path-strip-dot",
    /** path-strip-dotdot */
    PATH_HYPHEN_STRIP_HYPHEN_DOTDOT = "path-strip-dotdot",
    /** percent-decode-unreserved */
    PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED = "percent-decode-unreserved",
    /** percent-to-uppercase */
    PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE = "percent-to-uppercase",
    /** query-sort-by-name */
    QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME = "query-sort-by-name"
}
/**
 * protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema DefaultsSpecHttpRequestRuleListProtocol
 */
export declare enum DefaultsSpecHttpRequestRuleListProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema DefaultsSpecHttpRequestRuleListRedirCode
 */
export declare enum DefaultsSpecHttpRequestRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema DefaultsSpecHttpRequestRuleListRedirType
 */
export declare enum DefaultsSpecHttpRequestRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema DefaultsSpecHttpRequestRuleListReturnContentFormat
 */
export declare enum DefaultsSpecHttpRequestRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema DefaultsSpecHttpRequestRuleListReturnHdrs
 */
export interface DefaultsSpecHttpRequestRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema DefaultsSpecHttpRequestRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema DefaultsSpecHttpRequestRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpRequestRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpRequestRuleListReturnHdrs(obj: DefaultsSpecHttpRequestRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema DefaultsSpecHttpRequestRuleListStrictMode
 */
export declare enum DefaultsSpecHttpRequestRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema DefaultsSpecHttpRequestRuleListTimeoutType
 */
export declare enum DefaultsSpecHttpRequestRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
 *
 * @schema DefaultsSpecHttpRequestRuleListType
 */
export declare enum DefaultsSpecHttpRequestRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** auth */
    AUTH = "auth",
    /** cache-use */
    CACHE_HYPHEN_USE = "cache-use",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** disable-l7-retry */
    DISABLE_HYPHEN_L7_HYPHEN_RETRY = "disable-l7-retry",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** early-hint */
    EARLY_HYPHEN_HINT = "early-hint",
    /** lua */
    LUA = "lua",
    /** normalize-uri */
    NORMALIZE_HYPHEN_URI = "normalize-uri",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** reject */
    REJECT = "reject",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-path */
    REPLACE_HYPHEN_PATH = "replace-path",
    /** replace-pathq */
    REPLACE_HYPHEN_PATHQ = "replace-pathq",
    /** replace-uri */
    REPLACE_HYPHEN_URI = "replace-uri",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-method */
    SET_HYPHEN_METHOD = "set-method",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-path */
    SET_HYPHEN_PATH = "set-path",
    /** set-pathq */
    SET_HYPHEN_PATHQ = "set-pathq",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-query */
    SET_HYPHEN_QUERY = "set-query",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-uri */
    SET_HYPHEN_URI = "set-uri",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** tarpit */
    TARPIT = "tarpit",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** wait-for-handshake */
    WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE = "wait-for-handshake",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecHttpResponseRuleListCond
 */
export declare enum DefaultsSpecHttpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema DefaultsSpecHttpResponseRuleListLogLevel
 */
export declare enum DefaultsSpecHttpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema DefaultsSpecHttpResponseRuleListRedirCode
 */
export declare enum DefaultsSpecHttpResponseRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema DefaultsSpecHttpResponseRuleListRedirType
 */
export declare enum DefaultsSpecHttpResponseRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema DefaultsSpecHttpResponseRuleListReturnContentFormat
 */
export declare enum DefaultsSpecHttpResponseRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema DefaultsSpecHttpResponseRuleListReturnHdrs
 */
export interface DefaultsSpecHttpResponseRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema DefaultsSpecHttpResponseRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema DefaultsSpecHttpResponseRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DefaultsSpecHttpResponseRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_DefaultsSpecHttpResponseRuleListReturnHdrs(obj: DefaultsSpecHttpResponseRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema DefaultsSpecHttpResponseRuleListStrictMode
 */
export declare enum DefaultsSpecHttpResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema DefaultsSpecHttpResponseRuleListTimeoutType
 */
export declare enum DefaultsSpecHttpResponseRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
 *
 * @schema DefaultsSpecHttpResponseRuleListType
 */
export declare enum DefaultsSpecHttpResponseRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** cache-store */
    CACHE_HYPHEN_STORE = "cache-store",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** lua */
    LUA = "lua",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * method
 * Enum: ["HEAD","PUT","POST","GET","TRACE","PATCH","DELETE","CONNECT","OPTIONS"]
 *
 * @schema DefaultsSpecHttpchkParamsMethod
 */
export declare enum DefaultsSpecHttpchkParamsMethod {
    /** HEAD */
    HEAD = "HEAD",
    /** PUT */
    PUT = "PUT",
    /** POST */
    POST = "POST",
    /** GET */
    GET = "GET",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS"
}
/**
 * facility
 * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
 *
 * @schema DefaultsSpecLogTargetListFacility
 */
export declare enum DefaultsSpecLogTargetListFacility {
    /** kern */
    KERN = "kern",
    /** user */
    USER = "user",
    /** mail */
    MAIL = "mail",
    /** daemon */
    DAEMON = "daemon",
    /** auth */
    AUTH = "auth",
    /** syslog */
    SYSLOG = "syslog",
    /** lpr */
    LPR = "lpr",
    /** news */
    NEWS = "news",
    /** uucp */
    UUCP = "uucp",
    /** cron */
    CRON = "cron",
    /** auth2 */
    AUTH2 = "auth2",
    /** ftp */
    FTP = "ftp",
    /** ntp */
    NTP = "ntp",
    /** audit */
    AUDIT = "audit",
    /** alert */
    ALERT = "alert",
    /** cron2 */
    CRON2 = "cron2",
    /** local0 */
    LOCAL0 = "local0",
    /** local1 */
    LOCAL1 = "local1",
    /** local2 */
    LOCAL2 = "local2",
    /** local3 */
    LOCAL3 = "local3",
    /** local4 */
    LOCAL4 = "local4",
    /** local5 */
    LOCAL5 = "local5",
    /** local6 */
    LOCAL6 = "local6",
    /** local7 */
    LOCAL7 = "local7"
}
/**
 * format
 * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
 *
 * @schema DefaultsSpecLogTargetListFormat
 */
export declare enum DefaultsSpecLogTargetListFormat {
    /** local */
    LOCAL = "local",
    /** rfc3164 */
    RFC3164 = "rfc3164",
    /** rfc5424 */
    RFC5424 = "rfc5424",
    /** priority */
    PRIORITY = "priority",
    /** short */
    SHORT = "short",
    /** timed */
    TIMED = "timed",
    /** iso */
    ISO = "iso",
    /** raw */
    RAW = "raw"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema DefaultsSpecLogTargetListLevel
 */
export declare enum DefaultsSpecLogTargetListLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * minlevel
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema DefaultsSpecLogTargetListMinlevel
 */
export declare enum DefaultsSpecLogTargetListMinlevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * client version
 * Enum: ["pre-41","post-41"]
 *
 * @schema DefaultsSpecMysqlCheckParamsClientVersion
 */
export declare enum DefaultsSpecMysqlCheckParamsClientVersion {
    /** pre-41 */
    PRE_HYPHEN_41 = "pre-41",
    /** post-41 */
    POST_HYPHEN_41 = "post-41"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema DefaultsSpecOriginaltoEnabled
 */
export declare enum DefaultsSpecOriginaltoEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * type
 * Required: true
 * Enum: ["rdp-cookie"]
 *
 * @schema DefaultsSpecPersistRuleType
 */
export declare enum DefaultsSpecPersistRuleType {
    /** rdp-cookie */
    RDP_HYPHEN_COOKIE = "rdp-cookie"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecQuicInitialRuleListCond
 */
export declare enum DefaultsSpecQuicInitialRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * type
 * Required: true
 * Enum: ["reject","accept","send-retry","dgram-drop"]
 *
 * @schema DefaultsSpecQuicInitialRuleListType
 */
export declare enum DefaultsSpecQuicInitialRuleListType {
    /** reject */
    REJECT = "reject",
    /** accept */
    ACCEPT = "accept",
    /** send-retry */
    SEND_HYPHEN_RETRY = "send-retry",
    /** dgram-drop */
    DGRAM_HYPHEN_DROP = "dgram-drop"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled","disabled"]
 *
 * @schema DefaultsSpecRedispatchEnabled
 */
export declare enum DefaultsSpecRedispatchEnabled {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * usesrc
 * Enum: ["address","client","clientip","hdr_ip"]
 *
 * @schema DefaultsSpecSourceUsesrc
 */
export declare enum DefaultsSpecSourceUsesrc {
    /** address */
    ADDRESS = "address",
    /** client */
    CLIENT = "client",
    /** clientip */
    CLIENTIP = "clientip",
    /** hdr_ip */
    HDR_UNDERSCORE_IP = "hdr_ip"
}
/**
 * stats admin cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecStatsOptionsStatsAdminCond
 */
export declare enum DefaultsSpecStatsOptionsStatsAdminCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * StatsAuth stats auth
 *
 * swagger:model stats_auth
 *
 * @schema DefaultsSpecStatsOptionsStatsAuths
 */
export interface DefaultsSpecStatsOptionsStatsAuths {
    /**
     * passwd
     * Required: true
     *
     * @schema DefaultsSpecStatsOptionsStatsAuths#passwd
     */
    readonly passwd: string;
    /**
     * user
     * Required: true
     *
     * @schema DefaultsSpecStatsOptionsStatsAuths#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'DefaultsSpecStatsOptionsStatsAuths' to JSON representation.
 */
export declare function toJson_DefaultsSpecStatsOptionsStatsAuths(obj: DefaultsSpecStatsOptionsStatsAuths | undefined): Record<string, any> | undefined;
/**
 * StatsHTTPRequest stats http request
 *
 * swagger:model stats_http_request
 *
 * @schema DefaultsSpecStatsOptionsStatsHttpRequests
 */
export interface DefaultsSpecStatsOptionsStatsHttpRequests {
    /**
     * cond
     *
     * @schema DefaultsSpecStatsOptionsStatsHttpRequests#cond
     */
    readonly cond?: string;
    /**
     * cond test
     *
     * @schema DefaultsSpecStatsOptionsStatsHttpRequests#cond_test
     */
    readonly condTest?: string;
    /**
     * realm
     *
     * @schema DefaultsSpecStatsOptionsStatsHttpRequests#realm
     */
    readonly realm?: string;
    /**
     * type
     * Required: true
     * Enum: ["allow","deny","auth"]
     *
     * @schema DefaultsSpecStatsOptionsStatsHttpRequests#type
     */
    readonly type: DefaultsSpecStatsOptionsStatsHttpRequestsType;
}
/**
 * Converts an object of type 'DefaultsSpecStatsOptionsStatsHttpRequests' to JSON representation.
 */
export declare function toJson_DefaultsSpecStatsOptionsStatsHttpRequests(obj: DefaultsSpecStatsOptionsStatsHttpRequests | undefined): Record<string, any> | undefined;
/**
 * action
 * Required: true
 * Enum: ["comment","connect","expect","send","send-lf","send-binary","send-binary-lf","set-var","set-var-fmt","unset-var"]
 *
 * @schema DefaultsSpecTcpCheckRuleListAction
 */
export declare enum DefaultsSpecTcpCheckRuleListAction {
    /** comment */
    COMMENT = "comment",
    /** connect */
    CONNECT = "connect",
    /** expect */
    EXPECT = "expect",
    /** send */
    SEND = "send",
    /** send-lf */
    SEND_HYPHEN_LF = "send-lf",
    /** send-binary */
    SEND_HYPHEN_BINARY = "send-binary",
    /** send-binary-lf */
    SEND_HYPHEN_BINARY_HYPHEN_LF = "send-binary-lf",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var"
}
/**
 * error status
 * Enum: ["L7OKC","L7RSP","L7STS","L6RSP","L4CON"]
 *
 * @schema DefaultsSpecTcpCheckRuleListErrorStatus
 */
export declare enum DefaultsSpecTcpCheckRuleListErrorStatus {
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L7RSP */
    L7_RSP = "L7RSP",
    /** L7STS */
    L7_STS = "L7STS",
    /** L6RSP */
    L6_RSP = "L6RSP",
    /** L4CON */
    L4_CON = "L4CON"
}
/**
 * match
 * Pattern: ^[^\s]+$
 * Enum: ["string","rstring","string-lf","binary","rbinary","binary-lf"]
 *
 * @schema DefaultsSpecTcpCheckRuleListMatch
 */
export declare enum DefaultsSpecTcpCheckRuleListMatch {
    /** string */
    STRING = "string",
    /** rstring */
    RSTRING = "rstring",
    /** string-lf */
    STRING_HYPHEN_LF = "string-lf",
    /** binary */
    BINARY = "binary",
    /** rbinary */
    RBINARY = "rbinary",
    /** binary-lf */
    BINARY_HYPHEN_LF = "binary-lf"
}
/**
 * ok status
 * Enum: ["L7OK","L7OKC","L6OK","L4OK"]
 *
 * @schema DefaultsSpecTcpCheckRuleListOkStatus
 */
export declare enum DefaultsSpecTcpCheckRuleListOkStatus {
    /** L7OK */
    L7_OK = "L7OK",
    /** L7OKC */
    L7_OKC = "L7OKC",
    /** L6OK */
    L6_OK = "L6OK",
    /** L4OK */
    L4_OK = "L4OK"
}
/**
 * tout status
 * Enum: ["L7TOUT","L6TOUT","L4TOUT"]
 *
 * @schema DefaultsSpecTcpCheckRuleListToutStatus
 */
export declare enum DefaultsSpecTcpCheckRuleListToutStatus {
    /** L7TOUT */
    L7_TOUT = "L7TOUT",
    /** L6TOUT */
    L6_TOUT = "L6TOUT",
    /** L4TOUT */
    L4_TOUT = "L4TOUT"
}
/**
 * action
 * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
 *
 * @schema DefaultsSpecTcpRequestRuleListAction
 */
export declare enum DefaultsSpecTcpRequestRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** attach-srv */
    ATTACH_HYPHEN_SRV = "attach-srv",
    /** capture */
    CAPTURE = "capture",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** expect-netscaler-cip */
    EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP = "expect-netscaler-cip",
    /** expect-proxy */
    EXPECT_HYPHEN_PROXY = "expect-proxy",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** switch-mode */
    SWITCH_HYPHEN_MODE = "switch-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecTcpRequestRuleListCond
 */
export declare enum DefaultsSpecTcpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema DefaultsSpecTcpRequestRuleListLogLevel
 */
export declare enum DefaultsSpecTcpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * resolve protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema DefaultsSpecTcpRequestRuleListResolveProtocol
 */
export declare enum DefaultsSpecTcpRequestRuleListResolveProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * type
 * Required: true
 * Enum: ["connection","content","inspect-delay","session"]
 *
 * @schema DefaultsSpecTcpRequestRuleListType
 */
export declare enum DefaultsSpecTcpRequestRuleListType {
    /** connection */
    CONNECTION = "connection",
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay",
    /** session */
    SESSION = "session"
}
/**
 * action
 * Enum: ["accept","close","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-tos","set-var","set-var-fmt","silent-drop","unset-var","do-log"]
 *
 * @schema DefaultsSpecTcpResponseRuleListAction
 */
export declare enum DefaultsSpecTcpResponseRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** close */
    CLOSE = "close",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema DefaultsSpecTcpResponseRuleListCond
 */
export declare enum DefaultsSpecTcpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema DefaultsSpecTcpResponseRuleListLogLevel
 */
export declare enum DefaultsSpecTcpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * type
 * Required: true
 * Enum: ["content","inspect-delay"]
 *
 * @schema DefaultsSpecTcpResponseRuleListType
 */
export declare enum DefaultsSpecTcpResponseRuleListType {
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay"
}
/**
 * type
 * Required: true
 * Enum: ["allow","deny","auth"]
 *
 * @schema DefaultsSpecStatsOptionsStatsHttpRequestsType
 */
export declare enum DefaultsSpecStatsOptionsStatsHttpRequestsType {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny",
    /** auth */
    AUTH = "auth"
}
/**
 * Frontend is a specification for a Frontend resource
 *
 * @schema Frontend
 */
export declare class Frontend extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Frontend"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Frontend".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: FrontendProps): any;
    /**
     * Defines a "Frontend" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: FrontendProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Frontend is a specification for a Frontend resource
 *
 * @schema Frontend
 */
export interface FrontendProps {
    /**
     * @schema Frontend#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Frontend#spec
     */
    readonly spec: FrontendSpec;
}
/**
 * Converts an object of type 'FrontendProps' to JSON representation.
 */
export declare function toJson_FrontendProps(obj: FrontendProps | undefined): Record<string, any> | undefined;
/**
 * @schema FrontendSpec
 */
export interface FrontendSpec {
    /**
     * accept invalid http request
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#accept_invalid_http_request
     */
    readonly acceptInvalidHttpRequest?: FrontendSpecAcceptInvalidHttpRequest;
    /**
     * accept unsafe violations in http request
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#accept_unsafe_violations_in_http_request
     */
    readonly acceptUnsafeViolationsInHttpRequest?: FrontendSpecAcceptUnsafeViolationsInHttpRequest;
    /**
     * Acl list
     *
     * @schema FrontendSpec#acl_list
     */
    readonly aclList?: FrontendSpecAclList[];
    /**
     * backend switching rule list
     *
     * @schema FrontendSpec#backend_switching_rule_list
     */
    readonly backendSwitchingRuleList?: FrontendSpecBackendSwitchingRuleList[];
    /**
     * backlog
     *
     * @schema FrontendSpec#backlog
     */
    readonly backlog?: number;
    /**
     * binds
     *
     * @schema FrontendSpec#binds
     */
    readonly binds?: {
        [key: string]: FrontendSpecBinds;
    };
    /**
     * capture list
     *
     * @schema FrontendSpec#capture_list
     */
    readonly captureList?: FrontendSpecCaptureList[];
    /**
     * clflog
     *
     * @schema FrontendSpec#clflog
     */
    readonly clflog?: boolean;
    /**
     * client fin timeout
     * Minimum: 0
     *
     * @schema FrontendSpec#client_fin_timeout
     */
    readonly clientFinTimeout?: number;
    /**
     * client timeout
     * Minimum: 0
     *
     * @schema FrontendSpec#client_timeout
     */
    readonly clientTimeout?: number;
    /**
     * clitcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#clitcpka
     */
    readonly clitcpka?: FrontendSpecClitcpka;
    /**
     * clitcpka cnt
     *
     * @schema FrontendSpec#clitcpka_cnt
     */
    readonly clitcpkaCnt?: number;
    /**
     * clitcpka idle
     *
     * @schema FrontendSpec#clitcpka_idle
     */
    readonly clitcpkaIdle?: number;
    /**
     * clitcpka intvl
     *
     * @schema FrontendSpec#clitcpka_intvl
     */
    readonly clitcpkaIntvl?: number;
    /**
     * compression
     *
     * @schema FrontendSpec#compression
     */
    readonly compression?: FrontendSpecCompression;
    /**
     * contstats
     * Enum: ["enabled"]
     *
     * @schema FrontendSpec#contstats
     */
    readonly contstats?: FrontendSpecContstats;
    /**
     * default backend
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpec#default_backend
     */
    readonly defaultBackend?: string;
    /**
     * description
     *
     * @schema FrontendSpec#description
     */
    readonly description?: string;
    /**
     * disable h2 upgrade
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#disable_h2_upgrade
     */
    readonly disableH2Upgrade?: FrontendSpecDisableH2Upgrade;
    /**
     * disabled
     *
     * @schema FrontendSpec#disabled
     */
    readonly disabled?: boolean;
    /**
     * dontlog normal
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#dontlog_normal
     */
    readonly dontlogNormal?: FrontendSpecDontlogNormal;
    /**
     * dontlognull
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#dontlognull
     */
    readonly dontlognull?: FrontendSpecDontlognull;
    /**
     * email alert
     *
     * @schema FrontendSpec#email_alert
     */
    readonly emailAlert?: FrontendSpecEmailAlert;
    /**
     * enabled
     *
     * @schema FrontendSpec#enabled
     */
    readonly enabled?: boolean;
    /**
     * error files
     *
     * @schema FrontendSpec#error_files
     */
    readonly errorFiles?: FrontendSpecErrorFiles[];
    /**
     * error log format
     *
     * @schema FrontendSpec#error_log_format
     */
    readonly errorLogFormat?: string;
    /**
     * error files from HTTP errors
     *
     * @schema FrontendSpec#errorfiles_from_http_errors
     */
    readonly errorfilesFromHttpErrors?: FrontendSpecErrorfilesFromHttpErrors[];
    /**
     * errorloc302
     *
     * @schema FrontendSpec#errorloc302
     */
    readonly errorloc302?: FrontendSpecErrorloc302;
    /**
     * errorloc303
     *
     * @schema FrontendSpec#errorloc303
     */
    readonly errorloc303?: FrontendSpecErrorloc303;
    /**
     * filter list
     *
     * @schema FrontendSpec#filter_list
     */
    readonly filterList?: FrontendSpecFilterList[];
    /**
     * forwardfor
     *
     * @schema FrontendSpec#forwardfor
     */
    readonly forwardfor?: FrontendSpecForwardfor;
    /**
     * from
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpec#from
     */
    readonly from?: string;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpec#guid
     */
    readonly guid?: string;
    /**
     * h1 case adjust bogus client
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#h1_case_adjust_bogus_client
     */
    readonly h1CaseAdjustBogusClient?: FrontendSpecH1CaseAdjustBogusClient;
    /**
     * http buffer request
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http-buffer-request
     */
    readonly httpBufferRequest?: FrontendSpecHttpBufferRequest;
    /**
     * http drop response trailers
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http-drop-response-trailers
     */
    readonly httpDropResponseTrailers?: FrontendSpecHttpDropResponseTrailers;
    /**
     * http use htx
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http-use-htx
     */
    readonly httpUseHtx?: FrontendSpecHttpUseHtx;
    /**
     * HTTP after response rule list
     *
     * @schema FrontendSpec#http_after_response_rule_list
     */
    readonly httpAfterResponseRuleList?: FrontendSpecHttpAfterResponseRuleList[];
    /**
     * http connection mode
     * Enum: ["httpclose","http-server-close","http-keep-alive"]
     *
     * @schema FrontendSpec#http_connection_mode
     */
    readonly httpConnectionMode?: FrontendSpecHttpConnectionMode;
    /**
     * HTTP error rule list
     *
     * @schema FrontendSpec#http_error_rule_list
     */
    readonly httpErrorRuleList?: FrontendSpecHttpErrorRuleList[];
    /**
     * http ignore probes
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http_ignore_probes
     */
    readonly httpIgnoreProbes?: FrontendSpecHttpIgnoreProbes;
    /**
     * http keep alive timeout
     * Minimum: 0
     *
     * @schema FrontendSpec#http_keep_alive_timeout
     */
    readonly httpKeepAliveTimeout?: number;
    /**
     * http no delay
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http_no_delay
     */
    readonly httpNoDelay?: FrontendSpecHttpNoDelay;
    /**
     * HTTP request rule list
     *
     * @schema FrontendSpec#http_request_rule_list
     */
    readonly httpRequestRuleList?: FrontendSpecHttpRequestRuleList[];
    /**
     * http request timeout
     * Minimum: 0
     *
     * @schema FrontendSpec#http_request_timeout
     */
    readonly httpRequestTimeout?: number;
    /**
     * HTTP response rule list
     *
     * @schema FrontendSpec#http_response_rule_list
     */
    readonly httpResponseRuleList?: FrontendSpecHttpResponseRuleList[];
    /**
     * http restrict req hdr names
     * Enum: ["preserve","delete","reject"]
     *
     * @schema FrontendSpec#http_restrict_req_hdr_names
     */
    readonly httpRestrictReqHdrNames?: FrontendSpecHttpRestrictReqHdrNames;
    /**
     * http use proxy header
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#http_use_proxy_header
     */
    readonly httpUseProxyHeader?: FrontendSpecHttpUseProxyHeader;
    /**
     * httplog
     *
     * @schema FrontendSpec#httplog
     */
    readonly httplog?: boolean;
    /**
     * httpslog
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#httpslog
     */
    readonly httpslog?: FrontendSpecHttpslog;
    /**
     * id
     *
     * @schema FrontendSpec#id
     */
    readonly id?: number;
    /**
     * idle close on response
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#idle_close_on_response
     */
    readonly idleCloseOnResponse?: FrontendSpecIdleCloseOnResponse;
    /**
     * independent streams
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#independent_streams
     */
    readonly independentStreams?: FrontendSpecIndependentStreams;
    /**
     * log format
     *
     * @schema FrontendSpec#log_format
     */
    readonly logFormat?: string;
    /**
     * log format sd
     *
     * @schema FrontendSpec#log_format_sd
     */
    readonly logFormatSd?: string;
    /**
     * log separate errors
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#log_separate_errors
     */
    readonly logSeparateErrors?: FrontendSpecLogSeparateErrors;
    /**
     * log steps
     *
     * @schema FrontendSpec#log_steps
     */
    readonly logSteps?: string[];
    /**
     * log tag
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpec#log_tag
     */
    readonly logTag?: string;
    /**
     * log target list
     *
     * @schema FrontendSpec#log_target_list
     */
    readonly logTargetList?: FrontendSpecLogTargetList[];
    /**
     * logasap
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#logasap
     */
    readonly logasap?: FrontendSpecLogasap;
    /**
     * maxconn
     *
     * @schema FrontendSpec#maxconn
     */
    readonly maxconn?: number;
    /**
     * @schema FrontendSpec#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     * Enum: ["http","tcp"]
     *
     * @schema FrontendSpec#mode
     */
    readonly mode?: FrontendSpecMode;
    /**
     * monitor fail
     *
     * @schema FrontendSpec#monitor_fail
     */
    readonly monitorFail?: FrontendSpecMonitorFail;
    /**
     * monitor uri
     *
     * @schema FrontendSpec#monitor_uri
     */
    readonly monitorUri?: string;
    /**
     * name
     * Required: true
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpec#name
     */
    readonly name: string;
    /**
     * nolinger
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#nolinger
     */
    readonly nolinger?: FrontendSpecNolinger;
    /**
     * originalto
     *
     * @schema FrontendSpec#originalto
     */
    readonly originalto?: FrontendSpecOriginalto;
    /**
     * q UI c initial rule list
     *
     * @schema FrontendSpec#quic_initial_rule_list
     */
    readonly quicInitialRuleList?: FrontendSpecQuicInitialRuleList[];
    /**
     * socket stats
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#socket_stats
     */
    readonly socketStats?: FrontendSpecSocketStats;
    /**
     * splice auto
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#splice_auto
     */
    readonly spliceAuto?: FrontendSpecSpliceAuto;
    /**
     * splice request
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#splice_request
     */
    readonly spliceRequest?: FrontendSpecSpliceRequest;
    /**
     * splice response
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#splice_response
     */
    readonly spliceResponse?: FrontendSpecSpliceResponse;
    /**
     * s s l front uses
     *
     * @schema FrontendSpec#ssl_front_use_list
     */
    readonly sslFrontUseList?: FrontendSpecSslFrontUseList[];
    /**
     * stats options
     *
     * @schema FrontendSpec#stats_options
     */
    readonly statsOptions?: FrontendSpecStatsOptions;
    /**
     * stick table
     *
     * @schema FrontendSpec#stick_table
     */
    readonly stickTable?: FrontendSpecStickTable;
    /**
     * tarpit timeout
     * Minimum: 0
     *
     * @schema FrontendSpec#tarpit_timeout
     */
    readonly tarpitTimeout?: number;
    /**
     * TCP request rule list
     *
     * @schema FrontendSpec#tcp_request_rule_list
     */
    readonly tcpRequestRuleList?: FrontendSpecTcpRequestRuleList[];
    /**
     * tcp smart accept
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#tcp_smart_accept
     */
    readonly tcpSmartAccept?: FrontendSpecTcpSmartAccept;
    /**
     * tcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpec#tcpka
     */
    readonly tcpka?: FrontendSpecTcpka;
    /**
     * tcplog
     *
     * @schema FrontendSpec#tcplog
     */
    readonly tcplog?: boolean;
    /**
     * unique id format
     *
     * @schema FrontendSpec#unique_id_format
     */
    readonly uniqueIdFormat?: string;
    /**
     * unique id header
     *
     * @schema FrontendSpec#unique_id_header
     */
    readonly uniqueIdHeader?: string;
}
/**
 * Converts an object of type 'FrontendSpec' to JSON representation.
 */
export declare function toJson_FrontendSpec(obj: FrontendSpec | undefined): Record<string, any> | undefined;
/**
 * accept invalid http request
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecAcceptInvalidHttpRequest
 */
export declare enum FrontendSpecAcceptInvalidHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept unsafe violations in http request
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecAcceptUnsafeViolationsInHttpRequest
 */
export declare enum FrontendSpecAcceptUnsafeViolationsInHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ACL ACL Lines
 *
 * The use of Access Control Lists (ACL) provides a flexible solution to perform
 * content switching and generally to take decisions based on content extracted
 * from the request, the response or any environmental status.
 *
 * swagger:model acl
 *
 * @schema FrontendSpecAclList
 */
export interface FrontendSpecAclList {
    /**
     * acl name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecAclList#acl_name
     */
    readonly aclName: string;
    /**
     * criterion
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecAclList#criterion
     */
    readonly criterion: string;
    /**
     * @schema FrontendSpecAclList#metadata
     */
    readonly metadata?: any;
    /**
     * value
     *
     * @schema FrontendSpecAclList#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'FrontendSpecAclList' to JSON representation.
 */
export declare function toJson_FrontendSpecAclList(obj: FrontendSpecAclList | undefined): Record<string, any> | undefined;
/**
 * BackendSwitchingRule Backend Switching Rule
 *
 * HAProxy backend switching rule configuration (corresponds to use_backend directive)
 * Example: {"cond":"if","cond_test":"{ req_ssl_sni -i www.example.com }","index":0,"name":"test_backend"}
 *
 * swagger:model backend_switching_rule
 *
 * @schema FrontendSpecBackendSwitchingRuleList
 */
export interface FrontendSpecBackendSwitchingRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecBackendSwitchingRuleList#cond
     */
    readonly cond?: FrontendSpecBackendSwitchingRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecBackendSwitchingRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema FrontendSpecBackendSwitchingRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBackendSwitchingRuleList#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FrontendSpecBackendSwitchingRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecBackendSwitchingRuleList(obj: FrontendSpecBackendSwitchingRuleList | undefined): Record<string, any> | undefined;
/**
 * Bind Bind
 *
 * # HAProxy frontend bind configuration
 *
 * swagger:model bind
 *
 * @schema FrontendSpecBinds
 */
export interface FrontendSpecBinds {
    /**
     * accept netscaler cip
     *
     * @schema FrontendSpecBinds#accept_netscaler_cip
     */
    readonly acceptNetscalerCip?: number;
    /**
     * accept proxy
     *
     * @schema FrontendSpecBinds#accept_proxy
     */
    readonly acceptProxy?: boolean;
    /**
     * address
     * Example: 127.0.0.1
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBinds#address
     */
    readonly address?: string;
    /**
     * allow 0rtt
     *
     * @schema FrontendSpecBinds#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBinds#alpn
     */
    readonly alpn?: string;
    /**
     * backlog
     *
     * @schema FrontendSpecBinds#backlog
     */
    readonly backlog?: string;
    /**
     * ca ignore err
     *
     * @schema FrontendSpecBinds#ca_ignore_err
     */
    readonly caIgnoreErr?: string;
    /**
     * ca sign file
     *
     * @schema FrontendSpecBinds#ca_sign_file
     */
    readonly caSignFile?: string;
    /**
     * ca sign pass
     *
     * @schema FrontendSpecBinds#ca_sign_pass
     */
    readonly caSignPass?: string;
    /**
     * ca verify file
     *
     * @schema FrontendSpecBinds#ca_verify_file
     */
    readonly caVerifyFile?: string;
    /**
     * ciphers
     *
     * @schema FrontendSpecBinds#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema FrontendSpecBinds#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema FrontendSpecBinds#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * crl file
     *
     * @schema FrontendSpecBinds#crl_file
     */
    readonly crlFile?: string;
    /**
     * crt ignore err
     *
     * @schema FrontendSpecBinds#crt_ignore_err
     */
    readonly crtIgnoreErr?: string;
    /**
     * crt list
     *
     * @schema FrontendSpecBinds#crt_list
     */
    readonly crtList?: string;
    /**
     * curves
     *
     * @schema FrontendSpecBinds#curves
     */
    readonly curves?: string;
    /**
     * default crt list
     *
     * @schema FrontendSpecBinds#default_crt_list
     */
    readonly defaultCrtList?: string[];
    /**
     * defer accept
     *
     * @schema FrontendSpecBinds#defer_accept
     */
    readonly deferAccept?: boolean;
    /**
     * ecdhe
     *
     * @schema FrontendSpecBinds#ecdhe
     */
    readonly ecdhe?: string;
    /**
     * expose fd listeners
     *
     * @schema FrontendSpecBinds#expose_fd_listeners
     */
    readonly exposeFdListeners?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#force_sslv3
     */
    readonly forceSslv3?: boolean;
    /**
     * force strict sni
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#force_strict_sni
     */
    readonly forceStrictSni?: FrontendSpecBindsForceStrictSni;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#force_tlsv10
     */
    readonly forceTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#force_tlsv11
     */
    readonly forceTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#force_tlsv12
     */
    readonly forceTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#force_tlsv13
     */
    readonly forceTlsv13?: boolean;
    /**
     * generate certificates
     *
     * @schema FrontendSpecBinds#generate_certificates
     */
    readonly generateCertificates?: boolean;
    /**
     * gid
     *
     * @schema FrontendSpecBinds#gid
     */
    readonly gid?: number;
    /**
     * group
     *
     * @schema FrontendSpecBinds#group
     */
    readonly group?: string;
    /**
     * guid prefix
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema FrontendSpecBinds#guid_prefix
     */
    readonly guidPrefix?: string;
    /**
     * id
     *
     * @schema FrontendSpecBinds#id
     */
    readonly id?: string;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema FrontendSpecBinds#idle_ping
     */
    readonly idlePing?: number;
    /**
     * interface
     *
     * @schema FrontendSpecBinds#interface
     */
    readonly interface?: string;
    /**
     * level
     * Example: user
     * Enum: ["user","operator","admin"]
     *
     * @schema FrontendSpecBinds#level
     */
    readonly level?: FrontendSpecBindsLevel;
    /**
     * maxconn
     * Example: 1234
     *
     * @schema FrontendSpecBinds#maxconn
     */
    readonly maxconn?: number;
    /**
     * @schema FrontendSpecBinds#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     *
     * @schema FrontendSpecBinds#mode
     */
    readonly mode?: string;
    /**
     * mss
     *
     * @schema FrontendSpecBinds#mss
     */
    readonly mss?: string;
    /**
     * name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBinds#name
     */
    readonly name?: string;
    /**
     * namespace
     * Example: app
     *
     * @schema FrontendSpecBinds#namespace
     */
    readonly namespace?: string;
    /**
     * nbconn
     *
     * @schema FrontendSpecBinds#nbconn
     */
    readonly nbconn?: number;
    /**
     * nice
     * Example: 1
     *
     * @schema FrontendSpecBinds#nice
     */
    readonly nice?: number;
    /**
     * no alpn
     *
     * @schema FrontendSpecBinds#no_alpn
     */
    readonly noAlpn?: boolean;
    /**
     * no ca names
     *
     * @schema FrontendSpecBinds#no_ca_names
     */
    readonly noCaNames?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_sslv3
     */
    readonly noSslv3?: boolean;
    /**
     * no strict sni
     *
     * @schema FrontendSpecBinds#no_strict_sni
     */
    readonly noStrictSni?: boolean;
    /**
     * This field is deprecated in favor of tls_tickets, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_tls_tickets
     */
    readonly noTlsTickets?: boolean;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_tlsv10
     */
    readonly noTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_tlsv11
     */
    readonly noTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_tlsv12
     */
    readonly noTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema FrontendSpecBinds#no_tlsv13
     */
    readonly noTlsv13?: boolean;
    /**
     * npn
     *
     * @schema FrontendSpecBinds#npn
     */
    readonly npn?: string;
    /**
     * port
     * Example: 80
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema FrontendSpecBinds#port
     */
    readonly port?: number;
    /**
     * port range end
     * Example: 81
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema FrontendSpecBinds#port-range-end
     */
    readonly portRangeEnd?: number;
    /**
     * prefer client ciphers
     *
     * @schema FrontendSpecBinds#prefer_client_ciphers
     */
    readonly preferClientCiphers?: boolean;
    /**
     * proto
     *
     * @schema FrontendSpecBinds#proto
     */
    readonly proto?: string;
    /**
     * quic cc algo
     * Enum: ["cubic","newreno","bbr","nocc"]
     *
     * @schema FrontendSpecBinds#quic-cc-algo
     */
    readonly quicCcAlgo?: FrontendSpecBindsQuicCcAlgo;
    /**
     * quic force retry
     *
     * @schema FrontendSpecBinds#quic-force-retry
     */
    readonly quicForceRetry?: boolean;
    /**
     * quic socket
     * Enum: ["connection","listener"]
     *
     * @schema FrontendSpecBinds#quic-socket
     */
    readonly quicSocket?: FrontendSpecBindsQuicSocket;
    /**
     * quic cc algo burst size
     * Maximum: 1024
     * Minimum: 0
     *
     * @schema FrontendSpecBinds#quic_cc_algo_burst_size
     */
    readonly quicCcAlgoBurstSize?: number;
    /**
     * quic cc algo max window
     * Maximum: 4.194304e+06
     * Minimum: 10
     *
     * @schema FrontendSpecBinds#quic_cc_algo_max_window
     */
    readonly quicCcAlgoMaxWindow?: number;
    /**
     * severity output
     * Example: none
     * Enum: ["none","number","string"]
     *
     * @schema FrontendSpecBinds#severity_output
     */
    readonly severityOutput?: FrontendSpecBindsSeverityOutput;
    /**
     * sigalgs
     *
     * @schema FrontendSpecBinds#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * ssl
     *
     * @schema FrontendSpecBinds#ssl
     */
    readonly ssl?: boolean;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBinds#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecBinds#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema FrontendSpecBinds#ssl_max_ver
     */
    readonly sslMaxVer?: FrontendSpecBindsSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema FrontendSpecBinds#ssl_min_ver
     */
    readonly sslMinVer?: FrontendSpecBindsSslMinVer;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#sslv3
     */
    readonly sslv3?: FrontendSpecBindsSslv3;
    /**
     * strict sni
     *
     * @schema FrontendSpecBinds#strict_sni
     */
    readonly strictSni?: boolean;
    /**
     * tcp user timeout
     *
     * @schema FrontendSpecBinds#tcp_user_timeout
     */
    readonly tcpUserTimeout?: number;
    /**
     * tfo
     *
     * @schema FrontendSpecBinds#tfo
     */
    readonly tfo?: boolean;
    /**
     * thread
     *
     * @schema FrontendSpecBinds#thread
     */
    readonly thread?: string;
    /**
     * tls ticket keys
     *
     * @schema FrontendSpecBinds#tls_ticket_keys
     */
    readonly tlsTicketKeys?: string;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#tls_tickets
     */
    readonly tlsTickets?: FrontendSpecBindsTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#tlsv10
     */
    readonly tlsv10?: FrontendSpecBindsTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#tlsv11
     */
    readonly tlsv11?: FrontendSpecBindsTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#tlsv12
     */
    readonly tlsv12?: FrontendSpecBindsTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecBinds#tlsv13
     */
    readonly tlsv13?: FrontendSpecBindsTlsv13;
    /**
     * transparent
     *
     * @schema FrontendSpecBinds#transparent
     */
    readonly transparent?: boolean;
    /**
     * uid
     *
     * @schema FrontendSpecBinds#uid
     */
    readonly uid?: string;
    /**
     * user
     *
     * @schema FrontendSpecBinds#user
     */
    readonly user?: string;
    /**
     * v4v6
     *
     * @schema FrontendSpecBinds#v4v6
     */
    readonly v4V6?: boolean;
    /**
     * v6only
     *
     * @schema FrontendSpecBinds#v6only
     */
    readonly v6Only?: boolean;
    /**
     * verify
     * Example: none
     * Enum: ["none","optional","required"]
     *
     * @schema FrontendSpecBinds#verify
     */
    readonly verify?: FrontendSpecBindsVerify;
}
/**
 * Converts an object of type 'FrontendSpecBinds' to JSON representation.
 */
export declare function toJson_FrontendSpecBinds(obj: FrontendSpecBinds | undefined): Record<string, any> | undefined;
/**
 * Capture Declare Capture
 *
 * swagger:model capture
 *
 * @schema FrontendSpecCaptureList
 */
export interface FrontendSpecCaptureList {
    /**
     * length
     * Required: true
     *
     * @schema FrontendSpecCaptureList#length
     */
    readonly length: number;
    /**
     * @schema FrontendSpecCaptureList#metadata
     */
    readonly metadata?: any;
    /**
     * type
     * Required: true
     * Enum: ["request","response"]
     *
     * @schema FrontendSpecCaptureList#type
     */
    readonly type: FrontendSpecCaptureListType;
}
/**
 * Converts an object of type 'FrontendSpecCaptureList' to JSON representation.
 */
export declare function toJson_FrontendSpecCaptureList(obj: FrontendSpecCaptureList | undefined): Record<string, any> | undefined;
/**
 * clitcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecClitcpka
 */
export declare enum FrontendSpecClitcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * compression
 *
 * @schema FrontendSpecCompression
 */
export interface FrontendSpecCompression {
    /**
     * algo req
     * Enum: ["identity","gzip","deflate","raw-deflate"]
     *
     * @schema FrontendSpecCompression#algo-req
     */
    readonly algoReq?: FrontendSpecCompressionAlgoReq;
    /**
     * algorithms
     *
     * @schema FrontendSpecCompression#algorithms
     */
    readonly algorithms?: string[];
    /**
     * algos res
     *
     * @schema FrontendSpecCompression#algos-res
     */
    readonly algosRes?: string[];
    /**
     * direction
     * Enum: ["request","response","both"]
     *
     * @schema FrontendSpecCompression#direction
     */
    readonly direction?: FrontendSpecCompressionDirection;
    /**
     * minsize req
     *
     * @schema FrontendSpecCompression#minsize_req
     */
    readonly minsizeReq?: number;
    /**
     * minsize res
     *
     * @schema FrontendSpecCompression#minsize_res
     */
    readonly minsizeRes?: number;
    /**
     * offload
     *
     * @schema FrontendSpecCompression#offload
     */
    readonly offload?: boolean;
    /**
     * types
     *
     * @schema FrontendSpecCompression#types
     */
    readonly types?: string[];
    /**
     * types req
     *
     * @schema FrontendSpecCompression#types-req
     */
    readonly typesReq?: string[];
    /**
     * types res
     *
     * @schema FrontendSpecCompression#types-res
     */
    readonly typesRes?: string[];
}
/**
 * Converts an object of type 'FrontendSpecCompression' to JSON representation.
 */
export declare function toJson_FrontendSpecCompression(obj: FrontendSpecCompression | undefined): Record<string, any> | undefined;
/**
 * contstats
 * Enum: ["enabled"]
 *
 * @schema FrontendSpecContstats
 */
export declare enum FrontendSpecContstats {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * disable h2 upgrade
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecDisableH2Upgrade
 */
export declare enum FrontendSpecDisableH2Upgrade {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlog normal
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecDontlogNormal
 */
export declare enum FrontendSpecDontlogNormal {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlognull
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecDontlognull
 */
export declare enum FrontendSpecDontlognull {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * email alert
 *
 * @schema FrontendSpecEmailAlert
 */
export interface FrontendSpecEmailAlert {
    /**
     * from
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema FrontendSpecEmailAlert#from
     */
    readonly from: string;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema FrontendSpecEmailAlert#level
     */
    readonly level?: FrontendSpecEmailAlertLevel;
    /**
     * mailers
     * Required: true
     *
     * @schema FrontendSpecEmailAlert#mailers
     */
    readonly mailers: string;
    /**
     * @schema FrontendSpecEmailAlert#metadata
     */
    readonly metadata?: any;
    /**
     * myhostname
     *
     * @schema FrontendSpecEmailAlert#myhostname
     */
    readonly myhostname?: string;
    /**
     * to
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema FrontendSpecEmailAlert#to
     */
    readonly to: string;
}
/**
 * Converts an object of type 'FrontendSpecEmailAlert' to JSON representation.
 */
export declare function toJson_FrontendSpecEmailAlert(obj: FrontendSpecEmailAlert | undefined): Record<string, any> | undefined;
/**
 * Errorfile errorfile
 *
 * swagger:model errorfile
 *
 * @schema FrontendSpecErrorFiles
 */
export interface FrontendSpecErrorFiles {
    /**
     * code
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema FrontendSpecErrorFiles#code
     */
    readonly code?: FrontendSpecErrorFilesCode;
    /**
     * file
     *
     * @schema FrontendSpecErrorFiles#file
     */
    readonly file?: string;
}
/**
 * Converts an object of type 'FrontendSpecErrorFiles' to JSON representation.
 */
export declare function toJson_FrontendSpecErrorFiles(obj: FrontendSpecErrorFiles | undefined): Record<string, any> | undefined;
/**
 * Errorfiles errorfiles
 *
 * swagger:model errorfiles
 *
 * @schema FrontendSpecErrorfilesFromHttpErrors
 */
export interface FrontendSpecErrorfilesFromHttpErrors {
    /**
     * codes
     *
     * @schema FrontendSpecErrorfilesFromHttpErrors#codes
     */
    readonly codes?: number[];
    /**
     * @schema FrontendSpecErrorfilesFromHttpErrors#metadata
     */
    readonly metadata?: any;
    /**
     * name
     *
     * @schema FrontendSpecErrorfilesFromHttpErrors#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'FrontendSpecErrorfilesFromHttpErrors' to JSON representation.
 */
export declare function toJson_FrontendSpecErrorfilesFromHttpErrors(obj: FrontendSpecErrorfilesFromHttpErrors | undefined): Record<string, any> | undefined;
/**
 * errorloc302
 *
 * @schema FrontendSpecErrorloc302
 */
export interface FrontendSpecErrorloc302 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema FrontendSpecErrorloc302#code
     */
    readonly code: FrontendSpecErrorloc302Code;
    /**
     * @schema FrontendSpecErrorloc302#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema FrontendSpecErrorloc302#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'FrontendSpecErrorloc302' to JSON representation.
 */
export declare function toJson_FrontendSpecErrorloc302(obj: FrontendSpecErrorloc302 | undefined): Record<string, any> | undefined;
/**
 * errorloc303
 *
 * @schema FrontendSpecErrorloc303
 */
export interface FrontendSpecErrorloc303 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema FrontendSpecErrorloc303#code
     */
    readonly code: FrontendSpecErrorloc303Code;
    /**
     * @schema FrontendSpecErrorloc303#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema FrontendSpecErrorloc303#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'FrontendSpecErrorloc303' to JSON representation.
 */
export declare function toJson_FrontendSpecErrorloc303(obj: FrontendSpecErrorloc303 | undefined): Record<string, any> | undefined;
/**
 * Filter Filter
 *
 * HAProxy filters
 * Example: {"trace_name":"name","trace_rnd_parsing":true,"type":"trace"}
 *
 * swagger:model filter
 *
 * @schema FrontendSpecFilterList
 */
export interface FrontendSpecFilterList {
    /**
     * Name of the fcgi-app section this filter will use.
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#app_name
     */
    readonly appName?: string;
    /**
     * Filter name that will be used by 'set-bandwidth-limit' actions to reference a specific bandwidth limitation filter
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#cache_name
     */
    readonly cacheName?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema FrontendSpecFilterList#default_limit
     */
    readonly defaultLimit?: number;
    /**
     * The default time period used to evaluate the bandwidth limitation rate.
     * It can be specified for per-stream bandwidth limitation filters only.
     * It follows the HAProxy time format and is expressed in milliseconds.
     *
     * @schema FrontendSpecFilterList#default_period
     */
    readonly defaultPeriod?: number;
    /**
     * A sample expression rule.
     * It describes what elements will be analyzed, extracted, combined, and used to select which table entry to update the counters.
     * It must be specified for shared bandwidth limitation filters only.
     *
     * @schema FrontendSpecFilterList#key
     */
    readonly key?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema FrontendSpecFilterList#limit
     */
    readonly limit?: number;
    /**
     * @schema FrontendSpecFilterList#metadata
     */
    readonly metadata?: any;
    /**
     * The optional minimum number of bytes forwarded at a time by a stream excluding the last packet that may be smaller.
     * This value can be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema FrontendSpecFilterList#min_size
     */
    readonly minSize?: number;
    /**
     * spoe config
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#spoe_config
     */
    readonly spoeConfig?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * An optional table to be used instead of the default one, which is the stick-table declared in the current proxy.
     * It can be specified for shared bandwidth limitation filters only.
     *
     * @schema FrontendSpecFilterList#table
     */
    readonly table?: string;
    /**
     * trace hexdump
     *
     * @schema FrontendSpecFilterList#trace_hexdump
     */
    readonly traceHexdump?: boolean;
    /**
     * trace name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecFilterList#trace_name
     */
    readonly traceName?: string;
    /**
     * trace rnd forwarding
     *
     * @schema FrontendSpecFilterList#trace_rnd_forwarding
     */
    readonly traceRndForwarding?: boolean;
    /**
     * trace rnd parsing
     *
     * @schema FrontendSpecFilterList#trace_rnd_parsing
     */
    readonly traceRndParsing?: boolean;
    /**
     * type
     * Required: true
     * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
     *
     * @schema FrontendSpecFilterList#type
     */
    readonly type: FrontendSpecFilterListType;
}
/**
 * Converts an object of type 'FrontendSpecFilterList' to JSON representation.
 */
export declare function toJson_FrontendSpecFilterList(obj: FrontendSpecFilterList | undefined): Record<string, any> | undefined;
/**
 * forwardfor
 *
 * @schema FrontendSpecForwardfor
 */
export interface FrontendSpecForwardfor {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema FrontendSpecForwardfor#enabled
     */
    readonly enabled: FrontendSpecForwardforEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecForwardfor#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecForwardfor#header
     */
    readonly header?: string;
    /**
     * ifnone
     *
     * @schema FrontendSpecForwardfor#ifnone
     */
    readonly ifnone?: boolean;
}
/**
 * Converts an object of type 'FrontendSpecForwardfor' to JSON representation.
 */
export declare function toJson_FrontendSpecForwardfor(obj: FrontendSpecForwardfor | undefined): Record<string, any> | undefined;
/**
 * h1 case adjust bogus client
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecH1CaseAdjustBogusClient
 */
export declare enum FrontendSpecH1CaseAdjustBogusClient {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http buffer request
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpBufferRequest
 */
export declare enum FrontendSpecHttpBufferRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http drop response trailers
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpDropResponseTrailers
 */
export declare enum FrontendSpecHttpDropResponseTrailers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http use htx
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpUseHtx
 */
export declare enum FrontendSpecHttpUseHtx {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPAfterResponseRule HTTP after Response Rule
 *
 * HAProxy HTTP after response rule configuration (corresponds to http-after-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"max-age=31536000","hdr_name":"Strict-Transport-Security","type":"set-header"}
 *
 * swagger:model http_after_response_rule
 *
 * @schema FrontendSpecHttpAfterResponseRuleList
 */
export interface FrontendSpecHttpAfterResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * capture id
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#cond
     */
    readonly cond?: FrontendSpecHttpAfterResponseRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * hdr format
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#log_level
     */
    readonly logLevel?: FrontendSpecHttpAfterResponseRuleListLogLevel;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * @schema FrontendSpecHttpAfterResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * sc expr
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#strict_mode
     */
    readonly strictMode?: FrontendSpecHttpAfterResponseRuleListStrictMode;
    /**
     * type
     * Required: true
     * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#type
     */
    readonly type: FrontendSpecHttpAfterResponseRuleListType;
    /**
     * var expr
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpAfterResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'FrontendSpecHttpAfterResponseRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpAfterResponseRuleList(obj: FrontendSpecHttpAfterResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http connection mode
 * Enum: ["httpclose","http-server-close","http-keep-alive"]
 *
 * @schema FrontendSpecHttpConnectionMode
 */
export declare enum FrontendSpecHttpConnectionMode {
    /** httpclose */
    HTTPCLOSE = "httpclose",
    /** http-server-close */
    HTTP_HYPHEN_SERVER_HYPHEN_CLOSE = "http-server-close",
    /** http-keep-alive */
    HTTP_HYPHEN_KEEP_HYPHEN_ALIVE = "http-keep-alive"
}
/**
 * HTTPErrorRule HTTP Error Rule
 *
 * HAProxy HTTP error rule configuration (corresponds to http-error directives)
 * Example: {"index":0,"status":425,"type":"status"}
 *
 * swagger:model http_error_rule
 *
 * @schema FrontendSpecHttpErrorRuleList
 */
export interface FrontendSpecHttpErrorRuleList {
    /**
     * @schema FrontendSpecHttpErrorRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * return content
     *
     * @schema FrontendSpecHttpErrorRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema FrontendSpecHttpErrorRuleList#return_content_format
     */
    readonly returnContentFormat?: FrontendSpecHttpErrorRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema FrontendSpecHttpErrorRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema FrontendSpecHttpErrorRuleList#return_hdrs
     */
    readonly returnHdrs?: FrontendSpecHttpErrorRuleListReturnHdrs[];
    /**
     * status
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema FrontendSpecHttpErrorRuleList#status
     */
    readonly status: FrontendSpecHttpErrorRuleListStatus;
    /**
     * type
     * Required: true
     * Enum: ["status"]
     *
     * @schema FrontendSpecHttpErrorRuleList#type
     */
    readonly type: FrontendSpecHttpErrorRuleListType;
}
/**
 * Converts an object of type 'FrontendSpecHttpErrorRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpErrorRuleList(obj: FrontendSpecHttpErrorRuleList | undefined): Record<string, any> | undefined;
/**
 * http ignore probes
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpIgnoreProbes
 */
export declare enum FrontendSpecHttpIgnoreProbes {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http no delay
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpNoDelay
 */
export declare enum FrontendSpecHttpNoDelay {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPRequestRule HTTP Request Rule
 *
 * HAProxy HTTP request rule configuration (corresponds to http-request directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_request_rule
 *
 * @schema FrontendSpecHttpRequestRuleList
 */
export interface FrontendSpecHttpRequestRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * auth realm
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#auth_realm
     */
    readonly authRealm?: string;
    /**
     * bandwidth limit limit
     *
     * @schema FrontendSpecHttpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema FrontendSpecHttpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema FrontendSpecHttpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema FrontendSpecHttpRequestRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema FrontendSpecHttpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema FrontendSpecHttpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecHttpRequestRuleList#cond
     */
    readonly cond?: FrontendSpecHttpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecHttpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema FrontendSpecHttpRequestRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema FrontendSpecHttpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema FrontendSpecHttpRequestRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema FrontendSpecHttpRequestRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema FrontendSpecHttpRequestRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema FrontendSpecHttpRequestRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hint format
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#hint_format
     */
    readonly hintFormat?: string;
    /**
     * hint name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#hint_name
     */
    readonly hintName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema FrontendSpecHttpRequestRuleList#log_level
     */
    readonly logLevel?: FrontendSpecHttpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema FrontendSpecHttpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecHttpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema FrontendSpecHttpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * method fmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#method_fmt
     */
    readonly methodFmt?: string;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema FrontendSpecHttpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * normalizer
     * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
     *
     * @schema FrontendSpecHttpRequestRuleList#normalizer
     */
    readonly normalizer?: FrontendSpecHttpRequestRuleListNormalizer;
    /**
     * normalizer full
     *
     * @schema FrontendSpecHttpRequestRuleList#normalizer_full
     */
    readonly normalizerFull?: boolean;
    /**
     * normalizer strict
     *
     * @schema FrontendSpecHttpRequestRuleList#normalizer_strict
     */
    readonly normalizerStrict?: boolean;
    /**
     * path fmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#path_fmt
     */
    readonly pathFmt?: string;
    /**
     * path match
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#path_match
     */
    readonly pathMatch?: string;
    /**
     * protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema FrontendSpecHttpRequestRuleList#protocol
     */
    readonly protocol?: FrontendSpecHttpRequestRuleListProtocol;
    /**
     * query fmt
     *
     * @schema FrontendSpecHttpRequestRuleList#query-fmt
     */
    readonly queryFmt?: string;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema FrontendSpecHttpRequestRuleList#redir_code
     */
    readonly redirCode?: FrontendSpecHttpRequestRuleListRedirCode;
    /**
     * redir option
     *
     * @schema FrontendSpecHttpRequestRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema FrontendSpecHttpRequestRuleList#redir_type
     */
    readonly redirType?: FrontendSpecHttpRequestRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * resolvers
     *
     * @schema FrontendSpecHttpRequestRuleList#resolvers
     */
    readonly resolvers?: string;
    /**
     * return content
     *
     * @schema FrontendSpecHttpRequestRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema FrontendSpecHttpRequestRuleList#return_content_format
     */
    readonly returnContentFormat?: FrontendSpecHttpRequestRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema FrontendSpecHttpRequestRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema FrontendSpecHttpRequestRuleList#return_hdrs
     */
    readonly returnHdrs?: FrontendSpecHttpRequestRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema FrontendSpecHttpRequestRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema FrontendSpecHttpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema FrontendSpecHttpRequestRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema FrontendSpecHttpRequestRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema FrontendSpecHttpRequestRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema FrontendSpecHttpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * service name
     *
     * @schema FrontendSpecHttpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema FrontendSpecHttpRequestRuleList#strict_mode
     */
    readonly strictMode?: FrontendSpecHttpRequestRuleListStrictMode;
    /**
     * timeout
     *
     * @schema FrontendSpecHttpRequestRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema FrontendSpecHttpRequestRuleList#timeout_type
     */
    readonly timeoutType?: FrontendSpecHttpRequestRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecHttpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema FrontendSpecHttpRequestRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
     *
     * @schema FrontendSpecHttpRequestRuleList#type
     */
    readonly type: FrontendSpecHttpRequestRuleListType;
    /**
     * uri fmt
     *
     * @schema FrontendSpecHttpRequestRuleList#uri-fmt
     */
    readonly uriFmt?: string;
    /**
     * uri match
     *
     * @schema FrontendSpecHttpRequestRuleList#uri-match
     */
    readonly uriMatch?: string;
    /**
     * var expr
     *
     * @schema FrontendSpecHttpRequestRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema FrontendSpecHttpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpRequestRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema FrontendSpecHttpRequestRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema FrontendSpecHttpRequestRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'FrontendSpecHttpRequestRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpRequestRuleList(obj: FrontendSpecHttpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPResponseRule HTTP Response Rule
 *
 * HAProxy HTTP response rule configuration (corresponds to http-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_response_rule
 *
 * @schema FrontendSpecHttpResponseRuleList
 */
export interface FrontendSpecHttpResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * bandwidth limit limit
     *
     * @schema FrontendSpecHttpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema FrontendSpecHttpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema FrontendSpecHttpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema FrontendSpecHttpResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture sample
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecHttpResponseRuleList#cond
     */
    readonly cond?: FrontendSpecHttpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecHttpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema FrontendSpecHttpResponseRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema FrontendSpecHttpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema FrontendSpecHttpResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema FrontendSpecHttpResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema FrontendSpecHttpResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema FrontendSpecHttpResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema FrontendSpecHttpResponseRuleList#log_level
     */
    readonly logLevel?: FrontendSpecHttpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema FrontendSpecHttpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecHttpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema FrontendSpecHttpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema FrontendSpecHttpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema FrontendSpecHttpResponseRuleList#redir_code
     */
    readonly redirCode?: FrontendSpecHttpResponseRuleListRedirCode;
    /**
     * redir option
     *
     * @schema FrontendSpecHttpResponseRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema FrontendSpecHttpResponseRuleList#redir_type
     */
    readonly redirType?: FrontendSpecHttpResponseRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * return content
     *
     * @schema FrontendSpecHttpResponseRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema FrontendSpecHttpResponseRuleList#return_content_format
     */
    readonly returnContentFormat?: FrontendSpecHttpResponseRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema FrontendSpecHttpResponseRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema FrontendSpecHttpResponseRuleList#return_hdrs
     */
    readonly returnHdrs?: FrontendSpecHttpResponseRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema FrontendSpecHttpResponseRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema FrontendSpecHttpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema FrontendSpecHttpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema FrontendSpecHttpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema FrontendSpecHttpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema FrontendSpecHttpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema FrontendSpecHttpResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema FrontendSpecHttpResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema FrontendSpecHttpResponseRuleList#strict_mode
     */
    readonly strictMode?: FrontendSpecHttpResponseRuleListStrictMode;
    /**
     * timeout
     *
     * @schema FrontendSpecHttpResponseRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema FrontendSpecHttpResponseRuleList#timeout_type
     */
    readonly timeoutType?: FrontendSpecHttpResponseRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecHttpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema FrontendSpecHttpResponseRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
     *
     * @schema FrontendSpecHttpResponseRuleList#type
     */
    readonly type: FrontendSpecHttpResponseRuleListType;
    /**
     * var expr
     *
     * @schema FrontendSpecHttpResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema FrontendSpecHttpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecHttpResponseRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema FrontendSpecHttpResponseRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema FrontendSpecHttpResponseRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'FrontendSpecHttpResponseRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpResponseRuleList(obj: FrontendSpecHttpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http restrict req hdr names
 * Enum: ["preserve","delete","reject"]
 *
 * @schema FrontendSpecHttpRestrictReqHdrNames
 */
export declare enum FrontendSpecHttpRestrictReqHdrNames {
    /** preserve */
    PRESERVE = "preserve",
    /** delete */
    DELETE = "delete",
    /** reject */
    REJECT = "reject"
}
/**
 * http use proxy header
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpUseProxyHeader
 */
export declare enum FrontendSpecHttpUseProxyHeader {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * httpslog
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecHttpslog
 */
export declare enum FrontendSpecHttpslog {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * idle close on response
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecIdleCloseOnResponse
 */
export declare enum FrontendSpecIdleCloseOnResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * independent streams
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecIndependentStreams
 */
export declare enum FrontendSpecIndependentStreams {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * log separate errors
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecLogSeparateErrors
 */
export declare enum FrontendSpecLogSeparateErrors {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * LogTarget Log Target
 *
 * Per-instance logging of events and traffic.
 *
 * swagger:model log_target
 *
 * @schema FrontendSpecLogTargetList
 */
export interface FrontendSpecLogTargetList {
    /**
     * address
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecLogTargetList#address
     */
    readonly address?: string;
    /**
     * facility
     * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
     *
     * @schema FrontendSpecLogTargetList#facility
     */
    readonly facility?: FrontendSpecLogTargetListFacility;
    /**
     * format
     * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
     *
     * @schema FrontendSpecLogTargetList#format
     */
    readonly format?: FrontendSpecLogTargetListFormat;
    /**
     * global
     *
     * @schema FrontendSpecLogTargetList#global
     */
    readonly global?: boolean;
    /**
     * length
     *
     * @schema FrontendSpecLogTargetList#length
     */
    readonly length?: number;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema FrontendSpecLogTargetList#level
     */
    readonly level?: FrontendSpecLogTargetListLevel;
    /**
     * @schema FrontendSpecLogTargetList#metadata
     */
    readonly metadata?: any;
    /**
     * minlevel
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema FrontendSpecLogTargetList#minlevel
     */
    readonly minlevel?: FrontendSpecLogTargetListMinlevel;
    /**
     * nolog
     *
     * @schema FrontendSpecLogTargetList#nolog
     */
    readonly nolog?: boolean;
    /**
     * profile
     *
     * @schema FrontendSpecLogTargetList#profile
     */
    readonly profile?: string;
    /**
     * sample range
     *
     * @schema FrontendSpecLogTargetList#sample_range
     */
    readonly sampleRange?: string;
    /**
     * sample size
     *
     * @schema FrontendSpecLogTargetList#sample_size
     */
    readonly sampleSize?: number;
}
/**
 * Converts an object of type 'FrontendSpecLogTargetList' to JSON representation.
 */
export declare function toJson_FrontendSpecLogTargetList(obj: FrontendSpecLogTargetList | undefined): Record<string, any> | undefined;
/**
 * logasap
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecLogasap
 */
export declare enum FrontendSpecLogasap {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * mode
 * Enum: ["http","tcp"]
 *
 * @schema FrontendSpecMode
 */
export declare enum FrontendSpecMode {
    /** http */
    HTTP = "http",
    /** tcp */
    TCP = "tcp"
}
/**
 * monitor fail
 *
 * @schema FrontendSpecMonitorFail
 */
export interface FrontendSpecMonitorFail {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecMonitorFail#cond
     */
    readonly cond: FrontendSpecMonitorFailCond;
    /**
     * cond test
     * Required: true
     *
     * @schema FrontendSpecMonitorFail#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'FrontendSpecMonitorFail' to JSON representation.
 */
export declare function toJson_FrontendSpecMonitorFail(obj: FrontendSpecMonitorFail | undefined): Record<string, any> | undefined;
/**
 * nolinger
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecNolinger
 */
export declare enum FrontendSpecNolinger {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * originalto
 *
 * @schema FrontendSpecOriginalto
 */
export interface FrontendSpecOriginalto {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema FrontendSpecOriginalto#enabled
     */
    readonly enabled: FrontendSpecOriginaltoEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecOriginalto#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecOriginalto#header
     */
    readonly header?: string;
}
/**
 * Converts an object of type 'FrontendSpecOriginalto' to JSON representation.
 */
export declare function toJson_FrontendSpecOriginalto(obj: FrontendSpecOriginalto | undefined): Record<string, any> | undefined;
/**
 * QUICInitialRule QUIC Initial
 *
 * QUIC Initial configuration
 * Example: {"type":"reject"}
 *
 * swagger:model QUICInitialRule
 *
 * @schema FrontendSpecQuicInitialRuleList
 */
export interface FrontendSpecQuicInitialRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecQuicInitialRuleList#cond
     */
    readonly cond?: FrontendSpecQuicInitialRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecQuicInitialRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema FrontendSpecQuicInitialRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * type
     * Required: true
     * Enum: ["reject","accept","send-retry","dgram-drop"]
     *
     * @schema FrontendSpecQuicInitialRuleList#type
     */
    readonly type: FrontendSpecQuicInitialRuleListType;
}
/**
 * Converts an object of type 'FrontendSpecQuicInitialRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecQuicInitialRuleList(obj: FrontendSpecQuicInitialRuleList | undefined): Record<string, any> | undefined;
/**
 * socket stats
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecSocketStats
 */
export declare enum FrontendSpecSocketStats {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice auto
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecSpliceAuto
 */
export declare enum FrontendSpecSpliceAuto {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice request
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecSpliceRequest
 */
export declare enum FrontendSpecSpliceRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice response
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecSpliceResponse
 */
export declare enum FrontendSpecSpliceResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * SSLFrontUse SSL Frontend Use certificate
 *
 * # Assign a certificate to the current frontend
 *
 * swagger:model SSLFrontUse
 *
 * @schema FrontendSpecSslFrontUseList
 */
export interface FrontendSpecSslFrontUseList {
    /**
     * allow 0rtt
     *
     * @schema FrontendSpecSslFrontUseList#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     *
     * @schema FrontendSpecSslFrontUseList#alpn
     */
    readonly alpn?: string;
    /**
     * ca file
     *
     * @schema FrontendSpecSslFrontUseList#ca_file
     */
    readonly caFile?: string;
    /**
     * Certificate filename
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecSslFrontUseList#certificate
     */
    readonly certificate: string;
    /**
     * ciphers
     *
     * @schema FrontendSpecSslFrontUseList#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema FrontendSpecSslFrontUseList#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema FrontendSpecSslFrontUseList#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * crl file
     *
     * @schema FrontendSpecSslFrontUseList#crl_file
     */
    readonly crlFile?: string;
    /**
     * curves
     *
     * @schema FrontendSpecSslFrontUseList#curves
     */
    readonly curves?: string;
    /**
     * ecdhe
     *
     * @schema FrontendSpecSslFrontUseList#ecdhe
     */
    readonly ecdhe?: string;
    /**
     * OCSP issuer filename
     *
     * @schema FrontendSpecSslFrontUseList#issuer
     */
    readonly issuer?: string;
    /**
     * Private key filename
     *
     * @schema FrontendSpecSslFrontUseList#key
     */
    readonly key?: string;
    /**
     * @schema FrontendSpecSslFrontUseList#metadata
     */
    readonly metadata?: any;
    /**
     * no alpn
     *
     * @schema FrontendSpecSslFrontUseList#no_alpn
     */
    readonly noAlpn?: boolean;
    /**
     * no ca names
     *
     * @schema FrontendSpecSslFrontUseList#no_ca_names
     */
    readonly noCaNames?: boolean;
    /**
     * npn
     *
     * @schema FrontendSpecSslFrontUseList#npn
     */
    readonly npn?: string;
    /**
     * OCSP response filename
     *
     * @schema FrontendSpecSslFrontUseList#ocsp
     */
    readonly ocsp?: string;
    /**
     * Automatic OCSP response update
     * Enum: ["enabled","disabled"]
     *
     * @schema FrontendSpecSslFrontUseList#ocsp_update
     */
    readonly ocspUpdate?: FrontendSpecSslFrontUseListOcspUpdate;
    /**
     * Signed Certificate Timestamp List filename
     *
     * @schema FrontendSpecSslFrontUseList#sctl
     */
    readonly sctl?: string;
    /**
     * sigalgs
     *
     * @schema FrontendSpecSslFrontUseList#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema FrontendSpecSslFrontUseList#ssl_max_ver
     */
    readonly sslMaxVer?: FrontendSpecSslFrontUseListSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema FrontendSpecSslFrontUseList#ssl_min_ver
     */
    readonly sslMinVer?: FrontendSpecSslFrontUseListSslMinVer;
    /**
     * verify
     * Enum: ["none","optional","required"]
     *
     * @schema FrontendSpecSslFrontUseList#verify
     */
    readonly verify?: FrontendSpecSslFrontUseListVerify;
}
/**
 * Converts an object of type 'FrontendSpecSslFrontUseList' to JSON representation.
 */
export declare function toJson_FrontendSpecSslFrontUseList(obj: FrontendSpecSslFrontUseList | undefined): Record<string, any> | undefined;
/**
 * stats options
 *
 * @schema FrontendSpecStatsOptions
 */
export interface FrontendSpecStatsOptions {
    /**
     * stats admin
     *
     * @schema FrontendSpecStatsOptions#stats_admin
     */
    readonly statsAdmin?: boolean;
    /**
     * stats admin cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecStatsOptions#stats_admin_cond
     */
    readonly statsAdminCond?: FrontendSpecStatsOptionsStatsAdminCond;
    /**
     * stats admin cond test
     *
     * @schema FrontendSpecStatsOptions#stats_admin_cond_test
     */
    readonly statsAdminCondTest?: string;
    /**
     * stats auths
     *
     * @schema FrontendSpecStatsOptions#stats_auths
     */
    readonly statsAuths?: FrontendSpecStatsOptionsStatsAuths[];
    /**
     * stats enable
     *
     * @schema FrontendSpecStatsOptions#stats_enable
     */
    readonly statsEnable?: boolean;
    /**
     * stats hide version
     *
     * @schema FrontendSpecStatsOptions#stats_hide_version
     */
    readonly statsHideVersion?: boolean;
    /**
     * stats http requests
     *
     * @schema FrontendSpecStatsOptions#stats_http_requests
     */
    readonly statsHttpRequests?: FrontendSpecStatsOptionsStatsHttpRequests[];
    /**
     * stats maxconn
     * Minimum: 1
     *
     * @schema FrontendSpecStatsOptions#stats_maxconn
     */
    readonly statsMaxconn?: number;
    /**
     * stats realm
     *
     * @schema FrontendSpecStatsOptions#stats_realm
     */
    readonly statsRealm?: boolean;
    /**
     * stats realm realm
     *
     * @schema FrontendSpecStatsOptions#stats_realm_realm
     */
    readonly statsRealmRealm?: string;
    /**
     * stats refresh delay
     * Minimum: 0
     *
     * @schema FrontendSpecStatsOptions#stats_refresh_delay
     */
    readonly statsRefreshDelay?: number;
    /**
     * stats show desc
     *
     * @schema FrontendSpecStatsOptions#stats_show_desc
     */
    readonly statsShowDesc?: string;
    /**
     * stats show legends
     *
     * @schema FrontendSpecStatsOptions#stats_show_legends
     */
    readonly statsShowLegends?: boolean;
    /**
     * stats show modules
     *
     * @schema FrontendSpecStatsOptions#stats_show_modules
     */
    readonly statsShowModules?: boolean;
    /**
     * stats show node name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecStatsOptions#stats_show_node_name
     */
    readonly statsShowNodeName: string;
    /**
     * stats uri prefix
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecStatsOptions#stats_uri_prefix
     */
    readonly statsUriPrefix?: string;
}
/**
 * Converts an object of type 'FrontendSpecStatsOptions' to JSON representation.
 */
export declare function toJson_FrontendSpecStatsOptions(obj: FrontendSpecStatsOptions | undefined): Record<string, any> | undefined;
/**
 * stick table
 *
 * @schema FrontendSpecStickTable
 */
export interface FrontendSpecStickTable {
    /**
     * expire
     * Minimum: 0
     *
     * @schema FrontendSpecStickTable#expire
     */
    readonly expire?: number;
    /**
     * keylen
     *
     * @schema FrontendSpecStickTable#keylen
     */
    readonly keylen?: number;
    /**
     * @schema FrontendSpecStickTable#metadata
     */
    readonly metadata?: any;
    /**
     * nopurge
     *
     * @schema FrontendSpecStickTable#nopurge
     */
    readonly nopurge?: boolean;
    /**
     * peers
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecStickTable#peers
     */
    readonly peers?: string;
    /**
     * recv only
     *
     * @schema FrontendSpecStickTable#recv_only
     */
    readonly recvOnly?: boolean;
    /**
     * size
     * Minimum: 0
     *
     * @schema FrontendSpecStickTable#size
     */
    readonly size?: number;
    /**
     * srvkey
     * Enum: ["addr","name"]
     *
     * @schema FrontendSpecStickTable#srvkey
     */
    readonly srvkey?: FrontendSpecStickTableSrvkey;
    /**
     * store
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecStickTable#store
     */
    readonly store?: string;
    /**
     * type
     * Enum: ["ip","ipv6","integer","string","binary"]
     *
     * @schema FrontendSpecStickTable#type
     */
    readonly type?: FrontendSpecStickTableType;
    /**
     * write to
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecStickTable#write_to
     */
    readonly writeTo?: string;
}
/**
 * Converts an object of type 'FrontendSpecStickTable' to JSON representation.
 */
export declare function toJson_FrontendSpecStickTable(obj: FrontendSpecStickTable | undefined): Record<string, any> | undefined;
/**
 * TCPRequestRule TCP Request Rule
 *
 * HAProxy TCP Request Rule configuration (corresponds to tcp-request)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"connection"}
 *
 * swagger:model tcp_request_rule
 *
 * @schema FrontendSpecTcpRequestRuleList
 */
export interface FrontendSpecTcpRequestRuleList {
    /**
     * action
     * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
     *
     * @schema FrontendSpecTcpRequestRuleList#action
     */
    readonly action?: FrontendSpecTcpRequestRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema FrontendSpecTcpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema FrontendSpecTcpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema FrontendSpecTcpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * capture len
     *
     * @schema FrontendSpecTcpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema FrontendSpecTcpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema FrontendSpecTcpRequestRuleList#cond
     */
    readonly cond?: FrontendSpecTcpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema FrontendSpecTcpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema FrontendSpecTcpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * gpt value
     *
     * @schema FrontendSpecTcpRequestRuleList#gpt_value
     */
    readonly gptValue?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema FrontendSpecTcpRequestRuleList#log_level
     */
    readonly logLevel?: FrontendSpecTcpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecTcpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema FrontendSpecTcpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecTcpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema FrontendSpecTcpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema FrontendSpecTcpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * resolve protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema FrontendSpecTcpRequestRuleList#resolve_protocol
     */
    readonly resolveProtocol?: FrontendSpecTcpRequestRuleListResolveProtocol;
    /**
     * resolve resolvers
     *
     * @schema FrontendSpecTcpRequestRuleList#resolve_resolvers
     */
    readonly resolveResolvers?: string;
    /**
     * resolve var
     *
     * @schema FrontendSpecTcpRequestRuleList#resolve_var
     */
    readonly resolveVar?: string;
    /**
     * rst ttl
     *
     * @schema FrontendSpecTcpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc idx
     *
     * @schema FrontendSpecTcpRequestRuleList#sc_idx
     */
    readonly scIdx?: string;
    /**
     * sc inc id
     *
     * @schema FrontendSpecTcpRequestRuleList#sc_inc_id
     */
    readonly scIncId?: string;
    /**
     * sc int
     *
     * @schema FrontendSpecTcpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * server name
     *
     * @schema FrontendSpecTcpRequestRuleList#server_name
     */
    readonly serverName?: string;
    /**
     * service name
     *
     * @schema FrontendSpecTcpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine name
     *
     * @schema FrontendSpecTcpRequestRuleList#spoe_engine_name
     */
    readonly spoeEngineName?: string;
    /**
     * spoe group name
     *
     * @schema FrontendSpecTcpRequestRuleList#spoe_group_name
     */
    readonly spoeGroupName?: string;
    /**
     * switch mode proto
     *
     * @schema FrontendSpecTcpRequestRuleList#switch_mode_proto
     */
    readonly switchModeProto?: string;
    /**
     * timeout
     *
     * @schema FrontendSpecTcpRequestRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema FrontendSpecTcpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track key
     *
     * @schema FrontendSpecTcpRequestRuleList#track_key
     */
    readonly trackKey?: string;
    /**
     * track stick counter
     *
     * @schema FrontendSpecTcpRequestRuleList#track_stick_counter
     */
    readonly trackStickCounter?: number;
    /**
     * track table
     *
     * @schema FrontendSpecTcpRequestRuleList#track_table
     */
    readonly trackTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["connection","content","inspect-delay","session"]
     *
     * @schema FrontendSpecTcpRequestRuleList#type
     */
    readonly type: FrontendSpecTcpRequestRuleListType;
    /**
     * var format
     *
     * @schema FrontendSpecTcpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecTcpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema FrontendSpecTcpRequestRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'FrontendSpecTcpRequestRuleList' to JSON representation.
 */
export declare function toJson_FrontendSpecTcpRequestRuleList(obj: FrontendSpecTcpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * tcp smart accept
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecTcpSmartAccept
 */
export declare enum FrontendSpecTcpSmartAccept {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecTcpka
 */
export declare enum FrontendSpecTcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecBackendSwitchingRuleListCond
 */
export declare enum FrontendSpecBackendSwitchingRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * force strict sni
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsForceStrictSni
 */
export declare enum FrontendSpecBindsForceStrictSni {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * level
 * Example: user
 * Enum: ["user","operator","admin"]
 *
 * @schema FrontendSpecBindsLevel
 */
export declare enum FrontendSpecBindsLevel {
    /** user */
    USER = "user",
    /** operator */
    OPERATOR = "operator",
    /** admin */
    ADMIN = "admin"
}
/**
 * quic cc algo
 * Enum: ["cubic","newreno","bbr","nocc"]
 *
 * @schema FrontendSpecBindsQuicCcAlgo
 */
export declare enum FrontendSpecBindsQuicCcAlgo {
    /** cubic */
    CUBIC = "cubic",
    /** newreno */
    NEWRENO = "newreno",
    /** bbr */
    BBR = "bbr",
    /** nocc */
    NOCC = "nocc"
}
/**
 * quic socket
 * Enum: ["connection","listener"]
 *
 * @schema FrontendSpecBindsQuicSocket
 */
export declare enum FrontendSpecBindsQuicSocket {
    /** connection */
    CONNECTION = "connection",
    /** listener */
    LISTENER = "listener"
}
/**
 * severity output
 * Example: none
 * Enum: ["none","number","string"]
 *
 * @schema FrontendSpecBindsSeverityOutput
 */
export declare enum FrontendSpecBindsSeverityOutput {
    /** none */
    NONE = "none",
    /** number */
    NUMBER = "number",
    /** string */
    STRING = "string"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema FrontendSpecBindsSslMaxVer
 */
export declare enum FrontendSpecBindsSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema FrontendSpecBindsSslMinVer
 */
export declare enum FrontendSpecBindsSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsSslv3
 */
export declare enum FrontendSpecBindsSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsTlsTickets
 */
export declare enum FrontendSpecBindsTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsTlsv10
 */
export declare enum FrontendSpecBindsTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsTlsv11
 */
export declare enum FrontendSpecBindsTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsTlsv12
 */
export declare enum FrontendSpecBindsTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecBindsTlsv13
 */
export declare enum FrontendSpecBindsTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Example: none
 * Enum: ["none","optional","required"]
 *
 * @schema FrontendSpecBindsVerify
 */
export declare enum FrontendSpecBindsVerify {
    /** none */
    NONE = "none",
    /** optional */
    OPTIONAL = "optional",
    /** required */
    REQUIRED = "required"
}
/**
 * type
 * Required: true
 * Enum: ["request","response"]
 *
 * @schema FrontendSpecCaptureListType
 */
export declare enum FrontendSpecCaptureListType {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response"
}
/**
 * algo req
 * Enum: ["identity","gzip","deflate","raw-deflate"]
 *
 * @schema FrontendSpecCompressionAlgoReq
 */
export declare enum FrontendSpecCompressionAlgoReq {
    /** identity */
    IDENTITY = "identity",
    /** gzip */
    GZIP = "gzip",
    /** deflate */
    DEFLATE = "deflate",
    /** raw-deflate */
    RAW_HYPHEN_DEFLATE = "raw-deflate"
}
/**
 * direction
 * Enum: ["request","response","both"]
 *
 * @schema FrontendSpecCompressionDirection
 */
export declare enum FrontendSpecCompressionDirection {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response",
    /** both */
    BOTH = "both"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema FrontendSpecEmailAlertLevel
 */
export declare enum FrontendSpecEmailAlertLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * code
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema FrontendSpecErrorFilesCode
 */
export declare enum FrontendSpecErrorFilesCode {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema FrontendSpecErrorloc302Code
 */
export declare enum FrontendSpecErrorloc302Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema FrontendSpecErrorloc303Code
 */
export declare enum FrontendSpecErrorloc303Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
 *
 * @schema FrontendSpecFilterListType
 */
export declare enum FrontendSpecFilterListType {
    /** bwlim-in */
    BWLIM_HYPHEN_IN = "bwlim-in",
    /** bwlim-out */
    BWLIM_HYPHEN_OUT = "bwlim-out",
    /** cache */
    CACHE = "cache",
    /** compression */
    COMPRESSION = "compression",
    /** fcgi-app */
    FCGI_HYPHEN_APP = "fcgi-app",
    /** spoe */
    SPOE = "spoe",
    /** trace */
    TRACE = "trace"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema FrontendSpecForwardforEnabled
 */
export declare enum FrontendSpecForwardforEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecHttpAfterResponseRuleListCond
 */
export declare enum FrontendSpecHttpAfterResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema FrontendSpecHttpAfterResponseRuleListLogLevel
 */
export declare enum FrontendSpecHttpAfterResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema FrontendSpecHttpAfterResponseRuleListStrictMode
 */
export declare enum FrontendSpecHttpAfterResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * type
 * Required: true
 * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
 *
 * @schema FrontendSpecHttpAfterResponseRuleListType
 */
export declare enum FrontendSpecHttpAfterResponseRuleListType {
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema FrontendSpecHttpErrorRuleListReturnContentFormat
 */
export declare enum FrontendSpecHttpErrorRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema FrontendSpecHttpErrorRuleListReturnHdrs
 */
export interface FrontendSpecHttpErrorRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema FrontendSpecHttpErrorRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema FrontendSpecHttpErrorRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FrontendSpecHttpErrorRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpErrorRuleListReturnHdrs(obj: FrontendSpecHttpErrorRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * status
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema FrontendSpecHttpErrorRuleListStatus
 */
export declare enum FrontendSpecHttpErrorRuleListStatus {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["status"]
 *
 * @schema FrontendSpecHttpErrorRuleListType
 */
export declare enum FrontendSpecHttpErrorRuleListType {
    /** status */
    STATUS = "status"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecHttpRequestRuleListCond
 */
export declare enum FrontendSpecHttpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema FrontendSpecHttpRequestRuleListLogLevel
 */
export declare enum FrontendSpecHttpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * normalizer
 * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
 *
 * @schema FrontendSpecHttpRequestRuleListNormalizer
 */
export declare enum FrontendSpecHttpRequestRuleListNormalizer {
    /** fragment-encode */
    FRAGMENT_HYPHEN_ENCODE = "fragment-encode",
    /** fragment-strip */
    FRAGMENT_HYPHEN_STRIP = "fragment-strip",
    /** path-merge-slashes */
    PATH_HYPHEN_MERGE_HYPHEN_SLASHES = "path-merge-slashes",
    /** path-strip-dot */
    PATH_HYPHEN_STRIP_HYPHEN_DOT = "path-strip-dot",
    /** path-strip-dotdot */
    PATH_HYPHEN_STRIP_HYPHEN_DOTDOT = "path-strip-dotdot",
    /** percent-decode-unreserved */
    PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED = "percent-decode-unreserved",
    /** percent-to-uppercase */
    PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE = "percent-to-uppercase",
    /** query-sort-by-name */
    QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME = "query-sort-by-name"
}
/**
 * protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema FrontendSpecHttpRequestRuleListProtocol
 */
export declare enum FrontendSpecHttpRequestRuleListProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema FrontendSpecHttpRequestRuleListRedirCode
 */
export declare enum FrontendSpecHttpRequestRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema FrontendSpecHttpRequestRuleListRedirType
 */
export declare enum FrontendSpecHttpRequestRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema FrontendSpecHttpRequestRuleListReturnContentFormat
 */
export declare enum FrontendSpecHttpRequestRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema FrontendSpecHttpRequestRuleListReturnHdrs
 */
export interface FrontendSpecHttpRequestRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema FrontendSpecHttpRequestRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema FrontendSpecHttpRequestRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FrontendSpecHttpRequestRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpRequestRuleListReturnHdrs(obj: FrontendSpecHttpRequestRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema FrontendSpecHttpRequestRuleListStrictMode
 */
export declare enum FrontendSpecHttpRequestRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema FrontendSpecHttpRequestRuleListTimeoutType
 */
export declare enum FrontendSpecHttpRequestRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
 *
 * @schema FrontendSpecHttpRequestRuleListType
 */
export declare enum FrontendSpecHttpRequestRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** auth */
    AUTH = "auth",
    /** cache-use */
    CACHE_HYPHEN_USE = "cache-use",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** disable-l7-retry */
    DISABLE_HYPHEN_L7_HYPHEN_RETRY = "disable-l7-retry",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** early-hint */
    EARLY_HYPHEN_HINT = "early-hint",
    /** lua */
    LUA = "lua",
    /** normalize-uri */
    NORMALIZE_HYPHEN_URI = "normalize-uri",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** reject */
    REJECT = "reject",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-path */
    REPLACE_HYPHEN_PATH = "replace-path",
    /** replace-pathq */
    REPLACE_HYPHEN_PATHQ = "replace-pathq",
    /** replace-uri */
    REPLACE_HYPHEN_URI = "replace-uri",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-method */
    SET_HYPHEN_METHOD = "set-method",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-path */
    SET_HYPHEN_PATH = "set-path",
    /** set-pathq */
    SET_HYPHEN_PATHQ = "set-pathq",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-query */
    SET_HYPHEN_QUERY = "set-query",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-uri */
    SET_HYPHEN_URI = "set-uri",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** tarpit */
    TARPIT = "tarpit",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** wait-for-handshake */
    WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE = "wait-for-handshake",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecHttpResponseRuleListCond
 */
export declare enum FrontendSpecHttpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema FrontendSpecHttpResponseRuleListLogLevel
 */
export declare enum FrontendSpecHttpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema FrontendSpecHttpResponseRuleListRedirCode
 */
export declare enum FrontendSpecHttpResponseRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema FrontendSpecHttpResponseRuleListRedirType
 */
export declare enum FrontendSpecHttpResponseRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema FrontendSpecHttpResponseRuleListReturnContentFormat
 */
export declare enum FrontendSpecHttpResponseRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema FrontendSpecHttpResponseRuleListReturnHdrs
 */
export interface FrontendSpecHttpResponseRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema FrontendSpecHttpResponseRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema FrontendSpecHttpResponseRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FrontendSpecHttpResponseRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_FrontendSpecHttpResponseRuleListReturnHdrs(obj: FrontendSpecHttpResponseRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema FrontendSpecHttpResponseRuleListStrictMode
 */
export declare enum FrontendSpecHttpResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema FrontendSpecHttpResponseRuleListTimeoutType
 */
export declare enum FrontendSpecHttpResponseRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
 *
 * @schema FrontendSpecHttpResponseRuleListType
 */
export declare enum FrontendSpecHttpResponseRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** cache-store */
    CACHE_HYPHEN_STORE = "cache-store",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** lua */
    LUA = "lua",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * facility
 * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
 *
 * @schema FrontendSpecLogTargetListFacility
 */
export declare enum FrontendSpecLogTargetListFacility {
    /** kern */
    KERN = "kern",
    /** user */
    USER = "user",
    /** mail */
    MAIL = "mail",
    /** daemon */
    DAEMON = "daemon",
    /** auth */
    AUTH = "auth",
    /** syslog */
    SYSLOG = "syslog",
    /** lpr */
    LPR = "lpr",
    /** news */
    NEWS = "news",
    /** uucp */
    UUCP = "uucp",
    /** cron */
    CRON = "cron",
    /** auth2 */
    AUTH2 = "auth2",
    /** ftp */
    FTP = "ftp",
    /** ntp */
    NTP = "ntp",
    /** audit */
    AUDIT = "audit",
    /** alert */
    ALERT = "alert",
    /** cron2 */
    CRON2 = "cron2",
    /** local0 */
    LOCAL0 = "local0",
    /** local1 */
    LOCAL1 = "local1",
    /** local2 */
    LOCAL2 = "local2",
    /** local3 */
    LOCAL3 = "local3",
    /** local4 */
    LOCAL4 = "local4",
    /** local5 */
    LOCAL5 = "local5",
    /** local6 */
    LOCAL6 = "local6",
    /** local7 */
    LOCAL7 = "local7"
}
/**
 * format
 * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
 *
 * @schema FrontendSpecLogTargetListFormat
 */
export declare enum FrontendSpecLogTargetListFormat {
    /** local */
    LOCAL = "local",
    /** rfc3164 */
    RFC3164 = "rfc3164",
    /** rfc5424 */
    RFC5424 = "rfc5424",
    /** priority */
    PRIORITY = "priority",
    /** short */
    SHORT = "short",
    /** timed */
    TIMED = "timed",
    /** iso */
    ISO = "iso",
    /** raw */
    RAW = "raw"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema FrontendSpecLogTargetListLevel
 */
export declare enum FrontendSpecLogTargetListLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * minlevel
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema FrontendSpecLogTargetListMinlevel
 */
export declare enum FrontendSpecLogTargetListMinlevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecMonitorFailCond
 */
export declare enum FrontendSpecMonitorFailCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema FrontendSpecOriginaltoEnabled
 */
export declare enum FrontendSpecOriginaltoEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecQuicInitialRuleListCond
 */
export declare enum FrontendSpecQuicInitialRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * type
 * Required: true
 * Enum: ["reject","accept","send-retry","dgram-drop"]
 *
 * @schema FrontendSpecQuicInitialRuleListType
 */
export declare enum FrontendSpecQuicInitialRuleListType {
    /** reject */
    REJECT = "reject",
    /** accept */
    ACCEPT = "accept",
    /** send-retry */
    SEND_HYPHEN_RETRY = "send-retry",
    /** dgram-drop */
    DGRAM_HYPHEN_DROP = "dgram-drop"
}
/**
 * Automatic OCSP response update
 * Enum: ["enabled","disabled"]
 *
 * @schema FrontendSpecSslFrontUseListOcspUpdate
 */
export declare enum FrontendSpecSslFrontUseListOcspUpdate {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema FrontendSpecSslFrontUseListSslMaxVer
 */
export declare enum FrontendSpecSslFrontUseListSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema FrontendSpecSslFrontUseListSslMinVer
 */
export declare enum FrontendSpecSslFrontUseListSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * verify
 * Enum: ["none","optional","required"]
 *
 * @schema FrontendSpecSslFrontUseListVerify
 */
export declare enum FrontendSpecSslFrontUseListVerify {
    /** none */
    NONE = "none",
    /** optional */
    OPTIONAL = "optional",
    /** required */
    REQUIRED = "required"
}
/**
 * stats admin cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecStatsOptionsStatsAdminCond
 */
export declare enum FrontendSpecStatsOptionsStatsAdminCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * StatsAuth stats auth
 *
 * swagger:model stats_auth
 *
 * @schema FrontendSpecStatsOptionsStatsAuths
 */
export interface FrontendSpecStatsOptionsStatsAuths {
    /**
     * passwd
     * Required: true
     *
     * @schema FrontendSpecStatsOptionsStatsAuths#passwd
     */
    readonly passwd: string;
    /**
     * user
     * Required: true
     *
     * @schema FrontendSpecStatsOptionsStatsAuths#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'FrontendSpecStatsOptionsStatsAuths' to JSON representation.
 */
export declare function toJson_FrontendSpecStatsOptionsStatsAuths(obj: FrontendSpecStatsOptionsStatsAuths | undefined): Record<string, any> | undefined;
/**
 * StatsHTTPRequest stats http request
 *
 * swagger:model stats_http_request
 *
 * @schema FrontendSpecStatsOptionsStatsHttpRequests
 */
export interface FrontendSpecStatsOptionsStatsHttpRequests {
    /**
     * cond
     *
     * @schema FrontendSpecStatsOptionsStatsHttpRequests#cond
     */
    readonly cond?: string;
    /**
     * cond test
     *
     * @schema FrontendSpecStatsOptionsStatsHttpRequests#cond_test
     */
    readonly condTest?: string;
    /**
     * realm
     *
     * @schema FrontendSpecStatsOptionsStatsHttpRequests#realm
     */
    readonly realm?: string;
    /**
     * type
     * Required: true
     * Enum: ["allow","deny","auth"]
     *
     * @schema FrontendSpecStatsOptionsStatsHttpRequests#type
     */
    readonly type: FrontendSpecStatsOptionsStatsHttpRequestsType;
}
/**
 * Converts an object of type 'FrontendSpecStatsOptionsStatsHttpRequests' to JSON representation.
 */
export declare function toJson_FrontendSpecStatsOptionsStatsHttpRequests(obj: FrontendSpecStatsOptionsStatsHttpRequests | undefined): Record<string, any> | undefined;
/**
 * srvkey
 * Enum: ["addr","name"]
 *
 * @schema FrontendSpecStickTableSrvkey
 */
export declare enum FrontendSpecStickTableSrvkey {
    /** addr */
    ADDR = "addr",
    /** name */
    NAME = "name"
}
/**
 * type
 * Enum: ["ip","ipv6","integer","string","binary"]
 *
 * @schema FrontendSpecStickTableType
 */
export declare enum FrontendSpecStickTableType {
    /** ip */
    IP = "ip",
    /** ipv6 */
    IPV6 = "ipv6",
    /** integer */
    INTEGER = "integer",
    /** string */
    STRING = "string",
    /** binary */
    BINARY = "binary"
}
/**
 * action
 * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
 *
 * @schema FrontendSpecTcpRequestRuleListAction
 */
export declare enum FrontendSpecTcpRequestRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** attach-srv */
    ATTACH_HYPHEN_SRV = "attach-srv",
    /** capture */
    CAPTURE = "capture",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** expect-netscaler-cip */
    EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP = "expect-netscaler-cip",
    /** expect-proxy */
    EXPECT_HYPHEN_PROXY = "expect-proxy",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** switch-mode */
    SWITCH_HYPHEN_MODE = "switch-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema FrontendSpecTcpRequestRuleListCond
 */
export declare enum FrontendSpecTcpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema FrontendSpecTcpRequestRuleListLogLevel
 */
export declare enum FrontendSpecTcpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * resolve protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema FrontendSpecTcpRequestRuleListResolveProtocol
 */
export declare enum FrontendSpecTcpRequestRuleListResolveProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * type
 * Required: true
 * Enum: ["connection","content","inspect-delay","session"]
 *
 * @schema FrontendSpecTcpRequestRuleListType
 */
export declare enum FrontendSpecTcpRequestRuleListType {
    /** connection */
    CONNECTION = "connection",
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay",
    /** session */
    SESSION = "session"
}
/**
 * type
 * Required: true
 * Enum: ["allow","deny","auth"]
 *
 * @schema FrontendSpecStatsOptionsStatsHttpRequestsType
 */
export declare enum FrontendSpecStatsOptionsStatsHttpRequestsType {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny",
    /** auth */
    AUTH = "auth"
}
/**
 * Global is a specification for a Global resource
 *
 * @schema Global
 */
export declare class Global extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Global"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Global".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GlobalProps): any;
    /**
     * Defines a "Global" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GlobalProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Global is a specification for a Global resource
 *
 * @schema Global
 */
export interface GlobalProps {
    /**
     * @schema Global#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * GlobalSpec defines the desired state of Global
     *
     * @schema Global#spec
     */
    readonly spec: GlobalSpec;
}
/**
 * Converts an object of type 'GlobalProps' to JSON representation.
 */
export declare function toJson_GlobalProps(obj: GlobalProps | undefined): Record<string, any> | undefined;
/**
 * GlobalSpec defines the desired state of Global
 *
 * @schema GlobalSpec
 */
export interface GlobalSpec {
    /**
     * chroot
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#chroot
     */
    readonly chroot?: string;
    /**
     * close spread time
     * Minimum: 0
     *
     * @schema GlobalSpec#close_spread_time
     */
    readonly closeSpreadTime?: number;
    /**
     * cluster secret
     *
     * @schema GlobalSpec#cluster_secret
     */
    readonly clusterSecret?: string;
    /**
     * CPU maps
     *
     * @schema GlobalSpec#cpu_maps
     */
    readonly cpuMaps?: GlobalSpecCpuMaps[];
    /**
     * cpu policy
     * Enum: ["none","efficiency","first-usable-node","group-by-2-ccx","group-by-2-clusters","group-by-3-ccx","group-by-3-clusters","group-by-4-ccx","group-by-4-cluster","group-by-ccx","group-by-cluster","performance","resource"]
     *
     * @schema GlobalSpec#cpu_policy
     */
    readonly cpuPolicy?: GlobalSpecCpuPolicy;
    /**
     * CPU sets
     *
     * @schema GlobalSpec#cpu_set
     */
    readonly cpuSet?: GlobalSpecCpuSet[];
    /**
     * daemon
     *
     * @schema GlobalSpec#daemon
     */
    readonly daemon?: boolean;
    /**
     * debug options
     *
     * @schema GlobalSpec#debug_options
     */
    readonly debugOptions?: GlobalSpecDebugOptions;
    /**
     * default path
     *
     * @schema GlobalSpec#default_path
     */
    readonly defaultPath?: GlobalSpecDefaultPath;
    /**
     * description
     *
     * @schema GlobalSpec#description
     */
    readonly description?: string;
    /**
     * device atlas options
     *
     * @schema GlobalSpec#device_atlas_options
     */
    readonly deviceAtlasOptions?: GlobalSpecDeviceAtlasOptions;
    /**
     * dns accept family
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#dns_accept_family
     */
    readonly dnsAcceptFamily?: string;
    /**
     * environment options
     *
     * @schema GlobalSpec#environment_options
     */
    readonly environmentOptions?: GlobalSpecEnvironmentOptions;
    /**
     * expose deprecated directives
     *
     * @schema GlobalSpec#expose_deprecated_directives
     */
    readonly exposeDeprecatedDirectives?: boolean;
    /**
     * expose experimental directives
     *
     * @schema GlobalSpec#expose_experimental_directives
     */
    readonly exposeExperimentalDirectives?: boolean;
    /**
     * external check
     *
     * @schema GlobalSpec#external_check
     */
    readonly externalCheck?: boolean;
    /**
     * fifty one degrees options
     *
     * @schema GlobalSpec#fifty_one_degrees_options
     */
    readonly fiftyOneDegreesOptions?: GlobalSpecFiftyOneDegreesOptions;
    /**
     * force cfg parser pause
     * Minimum: 0
     *
     * @schema GlobalSpec#force_cfg_parser_pause
     */
    readonly forceCfgParserPause?: number;
    /**
     * gid
     *
     * @schema GlobalSpec#gid
     */
    readonly gid?: number;
    /**
     * grace
     * Minimum: 0
     *
     * @schema GlobalSpec#grace
     */
    readonly grace?: number;
    /**
     * group
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#group
     */
    readonly group?: string;
    /**
     * h1 accept payload with any method
     *
     * @schema GlobalSpec#h1_accept_payload_with_any_method
     */
    readonly h1AcceptPayloadWithAnyMethod?: boolean;
    /**
     * h1 case adjusts
     *
     * @schema GlobalSpec#h1_case_adjust
     */
    readonly h1CaseAdjust?: GlobalSpecH1CaseAdjust[];
    /**
     * h1 case adjust file
     *
     * @schema GlobalSpec#h1_case_adjust_file
     */
    readonly h1CaseAdjustFile?: string;
    /**
     * h1 do not close on insecure transfer encoding
     *
     * @schema GlobalSpec#h1_do_not_close_on_insecure_transfer_encoding
     */
    readonly h1DoNotCloseOnInsecureTransferEncoding?: boolean;
    /**
     * h2 workaround bogus websocket clients
     *
     * @schema GlobalSpec#h2_workaround_bogus_websocket_clients
     */
    readonly h2WorkaroundBogusWebsocketClients?: boolean;
    /**
     * hard stop after
     * Minimum: 0
     *
     * @schema GlobalSpec#hard_stop_after
     */
    readonly hardStopAfter?: number;
    /**
     * harden
     *
     * @schema GlobalSpec#harden
     */
    readonly harden?: GlobalSpecHarden;
    /**
     * http client options
     *
     * @schema GlobalSpec#http_client_options
     */
    readonly httpClientOptions?: GlobalSpecHttpClientOptions;
    /**
     * http err codes
     *
     * @schema GlobalSpec#http_err_codes
     */
    readonly httpErrCodes?: GlobalSpecHttpErrCodes[];
    /**
     * http fail codes
     *
     * @schema GlobalSpec#http_fail_codes
     */
    readonly httpFailCodes?: GlobalSpecHttpFailCodes[];
    /**
     * insecure fork wanted
     *
     * @schema GlobalSpec#insecure_fork_wanted
     */
    readonly insecureForkWanted?: boolean;
    /**
     * insecure setuid wanted
     *
     * @schema GlobalSpec#insecure_setuid_wanted
     */
    readonly insecureSetuidWanted?: boolean;
    /**
     * limited quic
     *
     * @schema GlobalSpec#limited_quic
     */
    readonly limitedQuic?: boolean;
    /**
     * localpeer
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#localpeer
     */
    readonly localpeer?: string;
    /**
     * log send hostname
     *
     * @schema GlobalSpec#log_send_hostname
     */
    readonly logSendHostname?: GlobalSpecLogSendHostname;
    /**
     * log target list
     *
     * @schema GlobalSpec#log_target_list
     */
    readonly logTargetList?: GlobalSpecLogTargetList[];
    /**
     * lua options
     *
     * @schema GlobalSpec#lua_options
     */
    readonly luaOptions?: GlobalSpecLuaOptions;
    /**
     * master worker
     *
     * @schema GlobalSpec#master-worker
     */
    readonly masterWorker?: boolean;
    /**
     * @schema GlobalSpec#metadata
     */
    readonly metadata?: any;
    /**
     * mworker max reloads
     * Minimum: 0
     *
     * @schema GlobalSpec#mworker_max_reloads
     */
    readonly mworkerMaxReloads?: number;
    /**
     * nbthread
     *
     * @schema GlobalSpec#nbthread
     */
    readonly nbthread?: number;
    /**
     * no quic
     *
     * @schema GlobalSpec#no_quic
     */
    readonly noQuic?: boolean;
    /**
     * node
     *
     * @schema GlobalSpec#node
     */
    readonly node?: string;
    /**
     * numa cpu mapping
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpec#numa_cpu_mapping
     */
    readonly numaCpuMapping?: GlobalSpecNumaCpuMapping;
    /**
     * ocsp update options
     *
     * @schema GlobalSpec#ocsp_update_options
     */
    readonly ocspUpdateOptions?: GlobalSpecOcspUpdateOptions;
    /**
     * performance options
     *
     * @schema GlobalSpec#performance_options
     */
    readonly performanceOptions?: GlobalSpecPerformanceOptions;
    /**
     * pidfile
     *
     * @schema GlobalSpec#pidfile
     */
    readonly pidfile?: string;
    /**
     * pp2 never send local
     *
     * @schema GlobalSpec#pp2_never_send_local
     */
    readonly pp2NeverSendLocal?: boolean;
    /**
     * prealloc fd
     *
     * @schema GlobalSpec#prealloc_fd
     */
    readonly preallocFd?: boolean;
    /**
     * runtime a p is
     *
     * @schema GlobalSpec#runtime_apis
     */
    readonly runtimeApis?: GlobalSpecRuntimeApis[];
    /**
     * set dumpable
     *
     * @schema GlobalSpec#set_dumpable
     */
    readonly setDumpable?: boolean;
    /**
     * set vars
     *
     * @schema GlobalSpec#set_var
     */
    readonly setVar?: GlobalSpecSetVar[];
    /**
     * set var fmts
     *
     * @schema GlobalSpec#set_var_fmt
     */
    readonly setVarFmt?: GlobalSpecSetVarFmt[];
    /**
     * setcap
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#setcap
     */
    readonly setcap?: string;
    /**
     * ssl options
     *
     * @schema GlobalSpec#ssl_options
     */
    readonly sslOptions?: GlobalSpecSslOptions;
    /**
     * stats file
     *
     * @schema GlobalSpec#stats_file
     */
    readonly statsFile?: string;
    /**
     * stats maxconn
     *
     * @schema GlobalSpec#stats_maxconn
     */
    readonly statsMaxconn?: number;
    /**
     * stats timeout
     * Minimum: 0
     *
     * @schema GlobalSpec#stats_timeout
     */
    readonly statsTimeout?: number;
    /**
     * strict limits
     *
     * @schema GlobalSpec#strict_limits
     */
    readonly strictLimits?: boolean;
    /**
     * thread group lines
     *
     * @schema GlobalSpec#thread_group_lines
     */
    readonly threadGroupLines?: GlobalSpecThreadGroupLines[];
    /**
     * thread groups
     *
     * @schema GlobalSpec#thread_groups
     */
    readonly threadGroups?: number;
    /**
     * tune buffer options
     *
     * @schema GlobalSpec#tune_buffer_options
     */
    readonly tuneBufferOptions?: GlobalSpecTuneBufferOptions;
    /**
     * tune lua options
     *
     * @schema GlobalSpec#tune_lua_options
     */
    readonly tuneLuaOptions?: GlobalSpecTuneLuaOptions;
    /**
     * tune options
     *
     * @schema GlobalSpec#tune_options
     */
    readonly tuneOptions?: GlobalSpecTuneOptions;
    /**
     * tune quic options
     *
     * @schema GlobalSpec#tune_quic_options
     */
    readonly tuneQuicOptions?: GlobalSpecTuneQuicOptions;
    /**
     * tune ssl options
     *
     * @schema GlobalSpec#tune_ssl_options
     */
    readonly tuneSslOptions?: GlobalSpecTuneSslOptions;
    /**
     * tune vars options
     *
     * @schema GlobalSpec#tune_vars_options
     */
    readonly tuneVarsOptions?: GlobalSpecTuneVarsOptions;
    /**
     * tune zlib options
     *
     * @schema GlobalSpec#tune_zlib_options
     */
    readonly tuneZlibOptions?: GlobalSpecTuneZlibOptions;
    /**
     * uid
     *
     * @schema GlobalSpec#uid
     */
    readonly uid?: number;
    /**
     * ulimit n
     *
     * @schema GlobalSpec#ulimit_n
     */
    readonly ulimitN?: number;
    /**
     * user
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpec#user
     */
    readonly user?: string;
    /**
     * warn blocked traffic after
     * Minimum: 1
     *
     * @schema GlobalSpec#warn_blocked_traffic_after
     */
    readonly warnBlockedTrafficAfter?: number;
    /**
     * wurfl options
     *
     * @schema GlobalSpec#wurfl_options
     */
    readonly wurflOptions?: GlobalSpecWurflOptions;
}
/**
 * Converts an object of type 'GlobalSpec' to JSON representation.
 */
export declare function toJson_GlobalSpec(obj: GlobalSpec | undefined): Record<string, any> | undefined;
/**
 * CPUMap CPU map
 *
 * swagger:model CPUMap
 *
 * @schema GlobalSpecCpuMaps
 */
export interface GlobalSpecCpuMaps {
    /**
     * cpu set
     * Required: true
     *
     * @schema GlobalSpecCpuMaps#cpu_set
     */
    readonly cpuSet: string;
    /**
     * process
     * Required: true
     *
     * @schema GlobalSpecCpuMaps#process
     */
    readonly process: string;
}
/**
 * Converts an object of type 'GlobalSpecCpuMaps' to JSON representation.
 */
export declare function toJson_GlobalSpecCpuMaps(obj: GlobalSpecCpuMaps | undefined): Record<string, any> | undefined;
/**
 * cpu policy
 * Enum: ["none","efficiency","first-usable-node","group-by-2-ccx","group-by-2-clusters","group-by-3-ccx","group-by-3-clusters","group-by-4-ccx","group-by-4-cluster","group-by-ccx","group-by-cluster","performance","resource"]
 *
 * @schema GlobalSpecCpuPolicy
 */
export declare enum GlobalSpecCpuPolicy {
    /** none */
    NONE = "none",
    /** efficiency */
    EFFICIENCY = "efficiency",
    /** first-usable-node */
    FIRST_HYPHEN_USABLE_HYPHEN_NODE = "first-usable-node",
    /** group-by-2-ccx */
    GROUP_HYPHEN_BY_HYPHEN_2_HYPHEN_CCX = "group-by-2-ccx",
    /** group-by-2-clusters */
    GROUP_HYPHEN_BY_HYPHEN_2_HYPHEN_CLUSTERS = "group-by-2-clusters",
    /** group-by-3-ccx */
    GROUP_HYPHEN_BY_HYPHEN_3_HYPHEN_CCX = "group-by-3-ccx",
    /** group-by-3-clusters */
    GROUP_HYPHEN_BY_HYPHEN_3_HYPHEN_CLUSTERS = "group-by-3-clusters",
    /** group-by-4-ccx */
    GROUP_HYPHEN_BY_HYPHEN_4_HYPHEN_CCX = "group-by-4-ccx",
    /** group-by-4-cluster */
    GROUP_HYPHEN_BY_HYPHEN_4_HYPHEN_CLUSTER = "group-by-4-cluster",
    /** group-by-ccx */
    GROUP_HYPHEN_BY_HYPHEN_CCX = "group-by-ccx",
    /** group-by-cluster */
    GROUP_HYPHEN_BY_HYPHEN_CLUSTER = "group-by-cluster",
    /** performance */
    PERFORMANCE = "performance",
    /** resource */
    RESOURCE = "resource"
}
/**
 * CPUSet CPU set
 *
 * swagger:model CPUSet
 *
 * @schema GlobalSpecCpuSet
 */
export interface GlobalSpecCpuSet {
    /**
     * directive
     * Required: true
     * Enum: ["reset","drop-cpu","only-cpu","drop-node","only-node","drop-cluster","only-cluster","drop-core","only-core","drop-thread","only-thread"]
     *
     * @schema GlobalSpecCpuSet#directive
     */
    readonly directive: GlobalSpecCpuSetDirective;
    /**
     * set
     *
     * @schema GlobalSpecCpuSet#set
     */
    readonly set?: string;
}
/**
 * Converts an object of type 'GlobalSpecCpuSet' to JSON representation.
 */
export declare function toJson_GlobalSpecCpuSet(obj: GlobalSpecCpuSet | undefined): Record<string, any> | undefined;
/**
 * debug options
 *
 * @schema GlobalSpecDebugOptions
 */
export interface GlobalSpecDebugOptions {
    /**
     * anonkey
     * Maximum: 4.294967295e+09
     * Minimum: 0
     *
     * @schema GlobalSpecDebugOptions#anonkey
     */
    readonly anonkey?: number;
    /**
     * quiet
     *
     * @schema GlobalSpecDebugOptions#quiet
     */
    readonly quiet?: boolean;
    /**
     * stress level
     * Maximum: 9
     * Minimum: 0
     *
     * @schema GlobalSpecDebugOptions#stress_level
     */
    readonly stressLevel?: number;
    /**
     * zero warning
     *
     * @schema GlobalSpecDebugOptions#zero_warning
     */
    readonly zeroWarning?: boolean;
}
/**
 * Converts an object of type 'GlobalSpecDebugOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecDebugOptions(obj: GlobalSpecDebugOptions | undefined): Record<string, any> | undefined;
/**
 * default path
 *
 * @schema GlobalSpecDefaultPath
 */
export interface GlobalSpecDefaultPath {
    /**
     * path
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecDefaultPath#path
     */
    readonly path?: string;
    /**
     * type
     * Required: true
     * Enum: ["current","config","parent","origin"]
     *
     * @schema GlobalSpecDefaultPath#type
     */
    readonly type: GlobalSpecDefaultPathType;
}
/**
 * Converts an object of type 'GlobalSpecDefaultPath' to JSON representation.
 */
export declare function toJson_GlobalSpecDefaultPath(obj: GlobalSpecDefaultPath | undefined): Record<string, any> | undefined;
/**
 * device atlas options
 *
 * @schema GlobalSpecDeviceAtlasOptions
 */
export interface GlobalSpecDeviceAtlasOptions {
    /**
     * json file
     *
     * @schema GlobalSpecDeviceAtlasOptions#json_file
     */
    readonly jsonFile?: string;
    /**
     * log level
     *
     * @schema GlobalSpecDeviceAtlasOptions#log_level
     */
    readonly logLevel?: string;
    /**
     * properties cookie
     *
     * @schema GlobalSpecDeviceAtlasOptions#properties_cookie
     */
    readonly propertiesCookie?: string;
    /**
     * separator
     *
     * @schema GlobalSpecDeviceAtlasOptions#separator
     */
    readonly separator?: string;
}
/**
 * Converts an object of type 'GlobalSpecDeviceAtlasOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecDeviceAtlasOptions(obj: GlobalSpecDeviceAtlasOptions | undefined): Record<string, any> | undefined;
/**
 * environment options
 *
 * @schema GlobalSpecEnvironmentOptions
 */
export interface GlobalSpecEnvironmentOptions {
    /**
     * preset envs
     *
     * @schema GlobalSpecEnvironmentOptions#presetenv
     */
    readonly presetenv?: GlobalSpecEnvironmentOptionsPresetenv[];
    /**
     * resetenv
     *
     * @schema GlobalSpecEnvironmentOptions#resetenv
     */
    readonly resetenv?: string;
    /**
     * set envs
     *
     * @schema GlobalSpecEnvironmentOptions#setenv
     */
    readonly setenv?: GlobalSpecEnvironmentOptionsSetenv[];
    /**
     * unsetenv
     *
     * @schema GlobalSpecEnvironmentOptions#unsetenv
     */
    readonly unsetenv?: string;
}
/**
 * Converts an object of type 'GlobalSpecEnvironmentOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecEnvironmentOptions(obj: GlobalSpecEnvironmentOptions | undefined): Record<string, any> | undefined;
/**
 * fifty one degrees options
 *
 * @schema GlobalSpecFiftyOneDegreesOptions
 */
export interface GlobalSpecFiftyOneDegreesOptions {
    /**
     * cache size
     *
     * @schema GlobalSpecFiftyOneDegreesOptions#cache_size
     */
    readonly cacheSize?: number;
    /**
     * data file
     *
     * @schema GlobalSpecFiftyOneDegreesOptions#data_file
     */
    readonly dataFile?: string;
    /**
     * property name list
     *
     * @schema GlobalSpecFiftyOneDegreesOptions#property_name_list
     */
    readonly propertyNameList?: string;
    /**
     * property separator
     *
     * @schema GlobalSpecFiftyOneDegreesOptions#property_separator
     */
    readonly propertySeparator?: string;
}
/**
 * Converts an object of type 'GlobalSpecFiftyOneDegreesOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecFiftyOneDegreesOptions(obj: GlobalSpecFiftyOneDegreesOptions | undefined): Record<string, any> | undefined;
/**
 * H1CaseAdjust h1 case adjust
 *
 * swagger:model H1CaseAdjust
 *
 * @schema GlobalSpecH1CaseAdjust
 */
export interface GlobalSpecH1CaseAdjust {
    /**
     * from
     * Required: true
     *
     * @schema GlobalSpecH1CaseAdjust#from
     */
    readonly from: string;
    /**
     * to
     * Required: true
     *
     * @schema GlobalSpecH1CaseAdjust#to
     */
    readonly to: string;
}
/**
 * Converts an object of type 'GlobalSpecH1CaseAdjust' to JSON representation.
 */
export declare function toJson_GlobalSpecH1CaseAdjust(obj: GlobalSpecH1CaseAdjust | undefined): Record<string, any> | undefined;
/**
 * harden
 *
 * @schema GlobalSpecHarden
 */
export interface GlobalSpecHarden {
    /**
     * reject privileged ports
     *
     * @schema GlobalSpecHarden#reject_privileged_ports
     */
    readonly rejectPrivilegedPorts?: GlobalSpecHardenRejectPrivilegedPorts;
}
/**
 * Converts an object of type 'GlobalSpecHarden' to JSON representation.
 */
export declare function toJson_GlobalSpecHarden(obj: GlobalSpecHarden | undefined): Record<string, any> | undefined;
/**
 * http client options
 *
 * @schema GlobalSpecHttpClientOptions
 */
export interface GlobalSpecHttpClientOptions {
    /**
     * resolvers disabled
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecHttpClientOptions#resolvers_disabled
     */
    readonly resolversDisabled?: GlobalSpecHttpClientOptionsResolversDisabled;
    /**
     * resolvers id
     *
     * @schema GlobalSpecHttpClientOptions#resolvers_id
     */
    readonly resolversId?: string;
    /**
     * resolvers prefer
     * Enum: ["ipv4","ipv6"]
     *
     * @schema GlobalSpecHttpClientOptions#resolvers_prefer
     */
    readonly resolversPrefer?: GlobalSpecHttpClientOptionsResolversPrefer;
    /**
     * retries
     *
     * @schema GlobalSpecHttpClientOptions#retries
     */
    readonly retries?: number;
    /**
     * ssl ca file
     *
     * @schema GlobalSpecHttpClientOptions#ssl_ca_file
     */
    readonly sslCaFile?: string;
    /**
     * ssl verify
     * Enum: ["","none","required"]
     *
     * @schema GlobalSpecHttpClientOptions#ssl_verify
     */
    readonly sslVerify?: GlobalSpecHttpClientOptionsSslVerify;
    /**
     * timeout connect
     * Minimum: 0
     *
     * @schema GlobalSpecHttpClientOptions#timeout_connect
     */
    readonly timeoutConnect?: number;
}
/**
 * Converts an object of type 'GlobalSpecHttpClientOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecHttpClientOptions(obj: GlobalSpecHttpClientOptions | undefined): Record<string, any> | undefined;
/**
 * HTTPCodes HTTP codes
 *
 * swagger:model HTTPCodes
 *
 * @schema GlobalSpecHttpErrCodes
 */
export interface GlobalSpecHttpErrCodes {
    /**
     * value
     * Required: true
     * Pattern: ^[a-zA-Z0-9 +\-,]+$
     *
     * @schema GlobalSpecHttpErrCodes#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'GlobalSpecHttpErrCodes' to JSON representation.
 */
export declare function toJson_GlobalSpecHttpErrCodes(obj: GlobalSpecHttpErrCodes | undefined): Record<string, any> | undefined;
/**
 * HTTPCodes HTTP codes
 *
 * swagger:model HTTPCodes
 *
 * @schema GlobalSpecHttpFailCodes
 */
export interface GlobalSpecHttpFailCodes {
    /**
     * value
     * Required: true
     * Pattern: ^[a-zA-Z0-9 +\-,]+$
     *
     * @schema GlobalSpecHttpFailCodes#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'GlobalSpecHttpFailCodes' to JSON representation.
 */
export declare function toJson_GlobalSpecHttpFailCodes(obj: GlobalSpecHttpFailCodes | undefined): Record<string, any> | undefined;
/**
 * log send hostname
 *
 * @schema GlobalSpecLogSendHostname
 */
export interface GlobalSpecLogSendHostname {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecLogSendHostname#enabled
     */
    readonly enabled: GlobalSpecLogSendHostnameEnabled;
    /**
     * param
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecLogSendHostname#param
     */
    readonly param?: string;
}
/**
 * Converts an object of type 'GlobalSpecLogSendHostname' to JSON representation.
 */
export declare function toJson_GlobalSpecLogSendHostname(obj: GlobalSpecLogSendHostname | undefined): Record<string, any> | undefined;
/**
 * LogTarget Log Target
 *
 * Per-instance logging of events and traffic.
 *
 * swagger:model log_target
 *
 * @schema GlobalSpecLogTargetList
 */
export interface GlobalSpecLogTargetList {
    /**
     * address
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecLogTargetList#address
     */
    readonly address?: string;
    /**
     * facility
     * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
     *
     * @schema GlobalSpecLogTargetList#facility
     */
    readonly facility?: GlobalSpecLogTargetListFacility;
    /**
     * format
     * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
     *
     * @schema GlobalSpecLogTargetList#format
     */
    readonly format?: GlobalSpecLogTargetListFormat;
    /**
     * global
     *
     * @schema GlobalSpecLogTargetList#global
     */
    readonly global?: boolean;
    /**
     * length
     *
     * @schema GlobalSpecLogTargetList#length
     */
    readonly length?: number;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema GlobalSpecLogTargetList#level
     */
    readonly level?: GlobalSpecLogTargetListLevel;
    /**
     * @schema GlobalSpecLogTargetList#metadata
     */
    readonly metadata?: any;
    /**
     * minlevel
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema GlobalSpecLogTargetList#minlevel
     */
    readonly minlevel?: GlobalSpecLogTargetListMinlevel;
    /**
     * nolog
     *
     * @schema GlobalSpecLogTargetList#nolog
     */
    readonly nolog?: boolean;
    /**
     * profile
     *
     * @schema GlobalSpecLogTargetList#profile
     */
    readonly profile?: string;
    /**
     * sample range
     *
     * @schema GlobalSpecLogTargetList#sample_range
     */
    readonly sampleRange?: string;
    /**
     * sample size
     *
     * @schema GlobalSpecLogTargetList#sample_size
     */
    readonly sampleSize?: number;
}
/**
 * Converts an object of type 'GlobalSpecLogTargetList' to JSON representation.
 */
export declare function toJson_GlobalSpecLogTargetList(obj: GlobalSpecLogTargetList | undefined): Record<string, any> | undefined;
/**
 * lua options
 *
 * @schema GlobalSpecLuaOptions
 */
export interface GlobalSpecLuaOptions {
    /**
     * load per thread
     *
     * @schema GlobalSpecLuaOptions#load_per_thread
     */
    readonly loadPerThread?: string;
    /**
     * loads
     *
     * @schema GlobalSpecLuaOptions#loads
     */
    readonly loads?: GlobalSpecLuaOptionsLoads[];
    /**
     * prepend path
     *
     * @schema GlobalSpecLuaOptions#prepend_path
     */
    readonly prependPath?: GlobalSpecLuaOptionsPrependPath[];
}
/**
 * Converts an object of type 'GlobalSpecLuaOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecLuaOptions(obj: GlobalSpecLuaOptions | undefined): Record<string, any> | undefined;
/**
 * numa cpu mapping
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecNumaCpuMapping
 */
export declare enum GlobalSpecNumaCpuMapping {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ocsp update options
 *
 * @schema GlobalSpecOcspUpdateOptions
 */
export interface GlobalSpecOcspUpdateOptions {
    /**
     * disable
     *
     * @schema GlobalSpecOcspUpdateOptions#disable
     */
    readonly disable?: boolean;
    /**
     * httpproxy
     *
     * @schema GlobalSpecOcspUpdateOptions#httpproxy
     */
    readonly httpproxy?: GlobalSpecOcspUpdateOptionsHttpproxy;
    /**
     * Sets the maximum interval between two automatic updates of the same OCSP response.This time is expressed in seconds
     *
     * @schema GlobalSpecOcspUpdateOptions#maxdelay
     */
    readonly maxdelay?: number;
    /**
     * Sets the minimum interval between two automatic updates of the same OCSP response. This time is expressed in seconds
     *
     * @schema GlobalSpecOcspUpdateOptions#mindelay
     */
    readonly mindelay?: number;
    /**
     * mode
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecOcspUpdateOptions#mode
     */
    readonly mode?: GlobalSpecOcspUpdateOptionsMode;
}
/**
 * Converts an object of type 'GlobalSpecOcspUpdateOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecOcspUpdateOptions(obj: GlobalSpecOcspUpdateOptions | undefined): Record<string, any> | undefined;
/**
 * performance options
 *
 * @schema GlobalSpecPerformanceOptions
 */
export interface GlobalSpecPerformanceOptions {
    /**
     * busy polling
     *
     * @schema GlobalSpecPerformanceOptions#busy_polling
     */
    readonly busyPolling?: boolean;
    /**
     * max spread checks
     * Minimum: 0
     *
     * @schema GlobalSpecPerformanceOptions#max_spread_checks
     */
    readonly maxSpreadChecks?: number;
    /**
     * maxcompcpuusage
     *
     * @schema GlobalSpecPerformanceOptions#maxcompcpuusage
     */
    readonly maxcompcpuusage?: number;
    /**
     * maxcomprate
     *
     * @schema GlobalSpecPerformanceOptions#maxcomprate
     */
    readonly maxcomprate?: number;
    /**
     * maxconn
     *
     * @schema GlobalSpecPerformanceOptions#maxconn
     */
    readonly maxconn?: number;
    /**
     * maxconnrate
     *
     * @schema GlobalSpecPerformanceOptions#maxconnrate
     */
    readonly maxconnrate?: number;
    /**
     * maxpipes
     *
     * @schema GlobalSpecPerformanceOptions#maxpipes
     */
    readonly maxpipes?: number;
    /**
     * maxsessrate
     *
     * @schema GlobalSpecPerformanceOptions#maxsessrate
     */
    readonly maxsessrate?: number;
    /**
     * maxzlibmem
     *
     * @schema GlobalSpecPerformanceOptions#maxzlibmem
     */
    readonly maxzlibmem?: number;
    /**
     * noepoll
     *
     * @schema GlobalSpecPerformanceOptions#noepoll
     */
    readonly noepoll?: boolean;
    /**
     * noevports
     *
     * @schema GlobalSpecPerformanceOptions#noevports
     */
    readonly noevports?: boolean;
    /**
     * nogetaddrinfo
     *
     * @schema GlobalSpecPerformanceOptions#nogetaddrinfo
     */
    readonly nogetaddrinfo?: boolean;
    /**
     * nokqueue
     *
     * @schema GlobalSpecPerformanceOptions#nokqueue
     */
    readonly nokqueue?: boolean;
    /**
     * nopoll
     *
     * @schema GlobalSpecPerformanceOptions#nopoll
     */
    readonly nopoll?: boolean;
    /**
     * noreuseport
     *
     * @schema GlobalSpecPerformanceOptions#noreuseport
     */
    readonly noreuseport?: boolean;
    /**
     * nosplice
     *
     * @schema GlobalSpecPerformanceOptions#nosplice
     */
    readonly nosplice?: boolean;
    /**
     * profiling memory
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecPerformanceOptions#profiling_memory
     */
    readonly profilingMemory?: GlobalSpecPerformanceOptionsProfilingMemory;
    /**
     * profiling tasks
     * Enum: ["auto","enabled","disabled"]
     *
     * @schema GlobalSpecPerformanceOptions#profiling_tasks
     */
    readonly profilingTasks?: GlobalSpecPerformanceOptionsProfilingTasks;
    /**
     * server state base
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecPerformanceOptions#server_state_base
     */
    readonly serverStateBase?: string;
    /**
     * server state file
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecPerformanceOptions#server_state_file
     */
    readonly serverStateFile?: string;
    /**
     * spread checks
     *
     * @schema GlobalSpecPerformanceOptions#spread_checks
     */
    readonly spreadChecks?: number;
    /**
     * thread hard limit
     *
     * @schema GlobalSpecPerformanceOptions#thread_hard_limit
     */
    readonly threadHardLimit?: number;
}
/**
 * Converts an object of type 'GlobalSpecPerformanceOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecPerformanceOptions(obj: GlobalSpecPerformanceOptions | undefined): Record<string, any> | undefined;
/**
 * RuntimeAPI runtime API
 *
 * swagger:model RuntimeAPI
 *
 * @schema GlobalSpecRuntimeApis
 */
export interface GlobalSpecRuntimeApis {
    /**
     * accept netscaler cip
     *
     * @schema GlobalSpecRuntimeApis#accept_netscaler_cip
     */
    readonly acceptNetscalerCip?: number;
    /**
     * accept proxy
     *
     * @schema GlobalSpecRuntimeApis#accept_proxy
     */
    readonly acceptProxy?: boolean;
    /**
     * address
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecRuntimeApis#address
     */
    readonly address: string;
    /**
     * allow 0rtt
     *
     * @schema GlobalSpecRuntimeApis#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecRuntimeApis#alpn
     */
    readonly alpn?: string;
    /**
     * backlog
     *
     * @schema GlobalSpecRuntimeApis#backlog
     */
    readonly backlog?: string;
    /**
     * ca ignore err
     *
     * @schema GlobalSpecRuntimeApis#ca_ignore_err
     */
    readonly caIgnoreErr?: string;
    /**
     * ca sign file
     *
     * @schema GlobalSpecRuntimeApis#ca_sign_file
     */
    readonly caSignFile?: string;
    /**
     * ca sign pass
     *
     * @schema GlobalSpecRuntimeApis#ca_sign_pass
     */
    readonly caSignPass?: string;
    /**
     * ca verify file
     *
     * @schema GlobalSpecRuntimeApis#ca_verify_file
     */
    readonly caVerifyFile?: string;
    /**
     * ciphers
     *
     * @schema GlobalSpecRuntimeApis#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema GlobalSpecRuntimeApis#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema GlobalSpecRuntimeApis#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * crl file
     *
     * @schema GlobalSpecRuntimeApis#crl_file
     */
    readonly crlFile?: string;
    /**
     * crt ignore err
     *
     * @schema GlobalSpecRuntimeApis#crt_ignore_err
     */
    readonly crtIgnoreErr?: string;
    /**
     * crt list
     *
     * @schema GlobalSpecRuntimeApis#crt_list
     */
    readonly crtList?: string;
    /**
     * curves
     *
     * @schema GlobalSpecRuntimeApis#curves
     */
    readonly curves?: string;
    /**
     * default crt list
     *
     * @schema GlobalSpecRuntimeApis#default_crt_list
     */
    readonly defaultCrtList?: string[];
    /**
     * defer accept
     *
     * @schema GlobalSpecRuntimeApis#defer_accept
     */
    readonly deferAccept?: boolean;
    /**
     * ecdhe
     *
     * @schema GlobalSpecRuntimeApis#ecdhe
     */
    readonly ecdhe?: string;
    /**
     * expose fd listeners
     *
     * @schema GlobalSpecRuntimeApis#expose_fd_listeners
     */
    readonly exposeFdListeners?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#force_sslv3
     */
    readonly forceSslv3?: boolean;
    /**
     * force strict sni
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#force_strict_sni
     */
    readonly forceStrictSni?: GlobalSpecRuntimeApisForceStrictSni;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#force_tlsv10
     */
    readonly forceTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#force_tlsv11
     */
    readonly forceTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#force_tlsv12
     */
    readonly forceTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#force_tlsv13
     */
    readonly forceTlsv13?: boolean;
    /**
     * generate certificates
     *
     * @schema GlobalSpecRuntimeApis#generate_certificates
     */
    readonly generateCertificates?: boolean;
    /**
     * gid
     *
     * @schema GlobalSpecRuntimeApis#gid
     */
    readonly gid?: number;
    /**
     * group
     *
     * @schema GlobalSpecRuntimeApis#group
     */
    readonly group?: string;
    /**
     * guid prefix
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema GlobalSpecRuntimeApis#guid_prefix
     */
    readonly guidPrefix?: string;
    /**
     * id
     *
     * @schema GlobalSpecRuntimeApis#id
     */
    readonly id?: string;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema GlobalSpecRuntimeApis#idle_ping
     */
    readonly idlePing?: number;
    /**
     * interface
     *
     * @schema GlobalSpecRuntimeApis#interface
     */
    readonly interface?: string;
    /**
     * level
     * Example: user
     * Enum: ["user","operator","admin"]
     *
     * @schema GlobalSpecRuntimeApis#level
     */
    readonly level?: GlobalSpecRuntimeApisLevel;
    /**
     * maxconn
     * Example: 1234
     *
     * @schema GlobalSpecRuntimeApis#maxconn
     */
    readonly maxconn?: number;
    /**
     * mode
     *
     * @schema GlobalSpecRuntimeApis#mode
     */
    readonly mode?: string;
    /**
     * mss
     *
     * @schema GlobalSpecRuntimeApis#mss
     */
    readonly mss?: string;
    /**
     * name
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecRuntimeApis#name
     */
    readonly name?: string;
    /**
     * namespace
     * Example: app
     *
     * @schema GlobalSpecRuntimeApis#namespace
     */
    readonly namespace?: string;
    /**
     * nbconn
     *
     * @schema GlobalSpecRuntimeApis#nbconn
     */
    readonly nbconn?: number;
    /**
     * nice
     * Example: 1
     *
     * @schema GlobalSpecRuntimeApis#nice
     */
    readonly nice?: number;
    /**
     * no alpn
     *
     * @schema GlobalSpecRuntimeApis#no_alpn
     */
    readonly noAlpn?: boolean;
    /**
     * no ca names
     *
     * @schema GlobalSpecRuntimeApis#no_ca_names
     */
    readonly noCaNames?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_sslv3
     */
    readonly noSslv3?: boolean;
    /**
     * no strict sni
     *
     * @schema GlobalSpecRuntimeApis#no_strict_sni
     */
    readonly noStrictSni?: boolean;
    /**
     * This field is deprecated in favor of tls_tickets, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_tls_tickets
     */
    readonly noTlsTickets?: boolean;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_tlsv10
     */
    readonly noTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_tlsv11
     */
    readonly noTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_tlsv12
     */
    readonly noTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema GlobalSpecRuntimeApis#no_tlsv13
     */
    readonly noTlsv13?: boolean;
    /**
     * npn
     *
     * @schema GlobalSpecRuntimeApis#npn
     */
    readonly npn?: string;
    /**
     * prefer client ciphers
     *
     * @schema GlobalSpecRuntimeApis#prefer_client_ciphers
     */
    readonly preferClientCiphers?: boolean;
    /**
     * proto
     *
     * @schema GlobalSpecRuntimeApis#proto
     */
    readonly proto?: string;
    /**
     * quic cc algo
     * Enum: ["cubic","newreno","bbr","nocc"]
     *
     * @schema GlobalSpecRuntimeApis#quic-cc-algo
     */
    readonly quicCcAlgo?: GlobalSpecRuntimeApisQuicCcAlgo;
    /**
     * quic force retry
     *
     * @schema GlobalSpecRuntimeApis#quic-force-retry
     */
    readonly quicForceRetry?: boolean;
    /**
     * quic socket
     * Enum: ["connection","listener"]
     *
     * @schema GlobalSpecRuntimeApis#quic-socket
     */
    readonly quicSocket?: GlobalSpecRuntimeApisQuicSocket;
    /**
     * quic cc algo burst size
     * Maximum: 1024
     * Minimum: 0
     *
     * @schema GlobalSpecRuntimeApis#quic_cc_algo_burst_size
     */
    readonly quicCcAlgoBurstSize?: number;
    /**
     * quic cc algo max window
     * Maximum: 4.194304e+06
     * Minimum: 10
     *
     * @schema GlobalSpecRuntimeApis#quic_cc_algo_max_window
     */
    readonly quicCcAlgoMaxWindow?: number;
    /**
     * severity output
     * Example: none
     * Enum: ["none","number","string"]
     *
     * @schema GlobalSpecRuntimeApis#severity_output
     */
    readonly severityOutput?: GlobalSpecRuntimeApisSeverityOutput;
    /**
     * sigalgs
     *
     * @schema GlobalSpecRuntimeApis#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * ssl
     *
     * @schema GlobalSpecRuntimeApis#ssl
     */
    readonly ssl?: boolean;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecRuntimeApis#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecRuntimeApis#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema GlobalSpecRuntimeApis#ssl_max_ver
     */
    readonly sslMaxVer?: GlobalSpecRuntimeApisSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema GlobalSpecRuntimeApis#ssl_min_ver
     */
    readonly sslMinVer?: GlobalSpecRuntimeApisSslMinVer;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#sslv3
     */
    readonly sslv3?: GlobalSpecRuntimeApisSslv3;
    /**
     * strict sni
     *
     * @schema GlobalSpecRuntimeApis#strict_sni
     */
    readonly strictSni?: boolean;
    /**
     * tcp user timeout
     *
     * @schema GlobalSpecRuntimeApis#tcp_user_timeout
     */
    readonly tcpUserTimeout?: number;
    /**
     * tfo
     *
     * @schema GlobalSpecRuntimeApis#tfo
     */
    readonly tfo?: boolean;
    /**
     * thread
     *
     * @schema GlobalSpecRuntimeApis#thread
     */
    readonly thread?: string;
    /**
     * tls ticket keys
     *
     * @schema GlobalSpecRuntimeApis#tls_ticket_keys
     */
    readonly tlsTicketKeys?: string;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#tls_tickets
     */
    readonly tlsTickets?: GlobalSpecRuntimeApisTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#tlsv10
     */
    readonly tlsv10?: GlobalSpecRuntimeApisTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#tlsv11
     */
    readonly tlsv11?: GlobalSpecRuntimeApisTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#tlsv12
     */
    readonly tlsv12?: GlobalSpecRuntimeApisTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecRuntimeApis#tlsv13
     */
    readonly tlsv13?: GlobalSpecRuntimeApisTlsv13;
    /**
     * transparent
     *
     * @schema GlobalSpecRuntimeApis#transparent
     */
    readonly transparent?: boolean;
    /**
     * uid
     *
     * @schema GlobalSpecRuntimeApis#uid
     */
    readonly uid?: string;
    /**
     * user
     *
     * @schema GlobalSpecRuntimeApis#user
     */
    readonly user?: string;
    /**
     * v4v6
     *
     * @schema GlobalSpecRuntimeApis#v4v6
     */
    readonly v4V6?: boolean;
    /**
     * v6only
     *
     * @schema GlobalSpecRuntimeApis#v6only
     */
    readonly v6Only?: boolean;
    /**
     * verify
     * Example: none
     * Enum: ["none","optional","required"]
     *
     * @schema GlobalSpecRuntimeApis#verify
     */
    readonly verify?: GlobalSpecRuntimeApisVerify;
}
/**
 * Converts an object of type 'GlobalSpecRuntimeApis' to JSON representation.
 */
export declare function toJson_GlobalSpecRuntimeApis(obj: GlobalSpecRuntimeApis | undefined): Record<string, any> | undefined;
/**
 * SetVar set var
 *
 * swagger:model SetVar
 *
 * @schema GlobalSpecSetVar
 */
export interface GlobalSpecSetVar {
    /**
     * expr
     * Required: true
     *
     * @schema GlobalSpecSetVar#expr
     */
    readonly expr: string;
    /**
     * name
     * Required: true
     *
     * @schema GlobalSpecSetVar#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GlobalSpecSetVar' to JSON representation.
 */
export declare function toJson_GlobalSpecSetVar(obj: GlobalSpecSetVar | undefined): Record<string, any> | undefined;
/**
 * SetVarFmt set var fmt
 *
 * swagger:model SetVarFmt
 *
 * @schema GlobalSpecSetVarFmt
 */
export interface GlobalSpecSetVarFmt {
    /**
     * format
     * Required: true
     *
     * @schema GlobalSpecSetVarFmt#format
     */
    readonly format: string;
    /**
     * name
     * Required: true
     *
     * @schema GlobalSpecSetVarFmt#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GlobalSpecSetVarFmt' to JSON representation.
 */
export declare function toJson_GlobalSpecSetVarFmt(obj: GlobalSpecSetVarFmt | undefined): Record<string, any> | undefined;
/**
 * ssl options
 *
 * @schema GlobalSpecSslOptions
 */
export interface GlobalSpecSslOptions {
    /**
     * acme scheduler
     * Enum: ["auto","off"]
     *
     * @schema GlobalSpecSslOptions#acme_scheduler
     */
    readonly acmeScheduler?: GlobalSpecSslOptionsAcmeScheduler;
    /**
     * ca base
     *
     * @schema GlobalSpecSslOptions#ca_base
     */
    readonly caBase?: string;
    /**
     * crt base
     *
     * @schema GlobalSpecSslOptions#crt_base
     */
    readonly crtBase?: string;
    /**
     * default bind ciphers
     *
     * @schema GlobalSpecSslOptions#default_bind_ciphers
     */
    readonly defaultBindCiphers?: string;
    /**
     * default bind ciphersuites
     *
     * @schema GlobalSpecSslOptions#default_bind_ciphersuites
     */
    readonly defaultBindCiphersuites?: string;
    /**
     * default bind client sigalgs
     *
     * @schema GlobalSpecSslOptions#default_bind_client_sigalgs
     */
    readonly defaultBindClientSigalgs?: string;
    /**
     * default bind curves
     *
     * @schema GlobalSpecSslOptions#default_bind_curves
     */
    readonly defaultBindCurves?: string;
    /**
     * default bind options
     *
     * @schema GlobalSpecSslOptions#default_bind_options
     */
    readonly defaultBindOptions?: string;
    /**
     * default bind sigalgs
     *
     * @schema GlobalSpecSslOptions#default_bind_sigalgs
     */
    readonly defaultBindSigalgs?: string;
    /**
     * default server ciphers
     *
     * @schema GlobalSpecSslOptions#default_server_ciphers
     */
    readonly defaultServerCiphers?: string;
    /**
     * default server ciphersuites
     *
     * @schema GlobalSpecSslOptions#default_server_ciphersuites
     */
    readonly defaultServerCiphersuites?: string;
    /**
     * default server client sigalgs
     *
     * @schema GlobalSpecSslOptions#default_server_client_sigalgs
     */
    readonly defaultServerClientSigalgs?: string;
    /**
     * default server curves
     *
     * @schema GlobalSpecSslOptions#default_server_curves
     */
    readonly defaultServerCurves?: string;
    /**
     * default server options
     *
     * @schema GlobalSpecSslOptions#default_server_options
     */
    readonly defaultServerOptions?: string;
    /**
     * default server sigalgs
     *
     * @schema GlobalSpecSslOptions#default_server_sigalgs
     */
    readonly defaultServerSigalgs?: string;
    /**
     * dh param file
     *
     * @schema GlobalSpecSslOptions#dh_param_file
     */
    readonly dhParamFile?: string;
    /**
     * ssl engines
     *
     * @schema GlobalSpecSslOptions#engines
     */
    readonly engines?: GlobalSpecSslOptionsEngines[];
    /**
     * issuers chain path
     *
     * @schema GlobalSpecSslOptions#issuers_chain_path
     */
    readonly issuersChainPath?: string;
    /**
     * load extra files
     *
     * @schema GlobalSpecSslOptions#load_extra_files
     */
    readonly loadExtraFiles?: string;
    /**
     * maxsslconn
     *
     * @schema GlobalSpecSslOptions#maxsslconn
     */
    readonly maxsslconn?: number;
    /**
     * maxsslrate
     *
     * @schema GlobalSpecSslOptions#maxsslrate
     */
    readonly maxsslrate?: number;
    /**
     * mode async
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecSslOptions#mode_async
     */
    readonly modeAsync?: GlobalSpecSslOptionsModeAsync;
    /**
     * propquery
     *
     * @schema GlobalSpecSslOptions#propquery
     */
    readonly propquery?: string;
    /**
     * provider
     *
     * @schema GlobalSpecSslOptions#provider
     */
    readonly provider?: string;
    /**
     * provider path
     *
     * @schema GlobalSpecSslOptions#provider_path
     */
    readonly providerPath?: string;
    /**
     * security level
     * Maximum: 5
     * Minimum: 0
     *
     * @schema GlobalSpecSslOptions#security_level
     */
    readonly securityLevel?: number;
    /**
     * server verify
     * Enum: ["none","required"]
     *
     * @schema GlobalSpecSslOptions#server_verify
     */
    readonly serverVerify?: GlobalSpecSslOptionsServerVerify;
    /**
     * skip self issued ca
     *
     * @schema GlobalSpecSslOptions#skip_self_issued_ca
     */
    readonly skipSelfIssuedCa?: boolean;
}
/**
 * Converts an object of type 'GlobalSpecSslOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecSslOptions(obj: GlobalSpecSslOptions | undefined): Record<string, any> | undefined;
/**
 * ThreadGroup thread group
 *
 * swagger:model ThreadGroup
 *
 * @schema GlobalSpecThreadGroupLines
 */
export interface GlobalSpecThreadGroupLines {
    /**
     * group
     * Required: true
     *
     * @schema GlobalSpecThreadGroupLines#group
     */
    readonly group: string;
    /**
     * num or range
     * Required: true
     *
     * @schema GlobalSpecThreadGroupLines#num_or_range
     */
    readonly numOrRange: string;
}
/**
 * Converts an object of type 'GlobalSpecThreadGroupLines' to JSON representation.
 */
export declare function toJson_GlobalSpecThreadGroupLines(obj: GlobalSpecThreadGroupLines | undefined): Record<string, any> | undefined;
/**
 * tune buffer options
 *
 * @schema GlobalSpecTuneBufferOptions
 */
export interface GlobalSpecTuneBufferOptions {
    /**
     * buffers limit
     *
     * @schema GlobalSpecTuneBufferOptions#buffers_limit
     */
    readonly buffersLimit?: number;
    /**
     * buffers reserve
     * Minimum: 2
     *
     * @schema GlobalSpecTuneBufferOptions#buffers_reserve
     */
    readonly buffersReserve?: number;
    /**
     * bufsize
     *
     * @schema GlobalSpecTuneBufferOptions#bufsize
     */
    readonly bufsize?: number;
    /**
     * bufsize small
     * Minimum: 1
     *
     * @schema GlobalSpecTuneBufferOptions#bufsize_small
     */
    readonly bufsizeSmall?: number;
    /**
     * pipesize
     *
     * @schema GlobalSpecTuneBufferOptions#pipesize
     */
    readonly pipesize?: number;
    /**
     * rcvbuf backend
     *
     * @schema GlobalSpecTuneBufferOptions#rcvbuf_backend
     */
    readonly rcvbufBackend?: number;
    /**
     * rcvbuf client
     *
     * @schema GlobalSpecTuneBufferOptions#rcvbuf_client
     */
    readonly rcvbufClient?: number;
    /**
     * rcvbuf frontend
     *
     * @schema GlobalSpecTuneBufferOptions#rcvbuf_frontend
     */
    readonly rcvbufFrontend?: number;
    /**
     * rcvbuf server
     *
     * @schema GlobalSpecTuneBufferOptions#rcvbuf_server
     */
    readonly rcvbufServer?: number;
    /**
     * recv enough
     *
     * @schema GlobalSpecTuneBufferOptions#recv_enough
     */
    readonly recvEnough?: number;
    /**
     * sndbuf backend
     *
     * @schema GlobalSpecTuneBufferOptions#sndbuf_backend
     */
    readonly sndbufBackend?: number;
    /**
     * sndbuf client
     *
     * @schema GlobalSpecTuneBufferOptions#sndbuf_client
     */
    readonly sndbufClient?: number;
    /**
     * sndbuf frontend
     *
     * @schema GlobalSpecTuneBufferOptions#sndbuf_frontend
     */
    readonly sndbufFrontend?: number;
    /**
     * sndbuf server
     *
     * @schema GlobalSpecTuneBufferOptions#sndbuf_server
     */
    readonly sndbufServer?: number;
}
/**
 * Converts an object of type 'GlobalSpecTuneBufferOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneBufferOptions(obj: GlobalSpecTuneBufferOptions | undefined): Record<string, any> | undefined;
/**
 * tune lua options
 *
 * @schema GlobalSpecTuneLuaOptions
 */
export interface GlobalSpecTuneLuaOptions {
    /**
     * bool sample conversion
     * Enum: ["normal","pre-3.1-bug"]
     *
     * @schema GlobalSpecTuneLuaOptions#bool_sample_conversion
     */
    readonly boolSampleConversion?: GlobalSpecTuneLuaOptionsBoolSampleConversion;
    /**
     * burst timeout
     * Minimum: 0
     *
     * @schema GlobalSpecTuneLuaOptions#burst_timeout
     */
    readonly burstTimeout?: number;
    /**
     * forced yield
     *
     * @schema GlobalSpecTuneLuaOptions#forced_yield
     */
    readonly forcedYield?: number;
    /**
     * log loggers
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneLuaOptions#log_loggers
     */
    readonly logLoggers?: GlobalSpecTuneLuaOptionsLogLoggers;
    /**
     * log stderr
     * Enum: ["auto","enabled","disabled"]
     *
     * @schema GlobalSpecTuneLuaOptions#log_stderr
     */
    readonly logStderr?: GlobalSpecTuneLuaOptionsLogStderr;
    /**
     * maxmem
     *
     * @schema GlobalSpecTuneLuaOptions#maxmem
     */
    readonly maxmem?: number;
    /**
     * service timeout
     * Minimum: 0
     *
     * @schema GlobalSpecTuneLuaOptions#service_timeout
     */
    readonly serviceTimeout?: number;
    /**
     * session timeout
     * Minimum: 0
     *
     * @schema GlobalSpecTuneLuaOptions#session_timeout
     */
    readonly sessionTimeout?: number;
    /**
     * task timeout
     * Minimum: 0
     *
     * @schema GlobalSpecTuneLuaOptions#task_timeout
     */
    readonly taskTimeout?: number;
}
/**
 * Converts an object of type 'GlobalSpecTuneLuaOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneLuaOptions(obj: GlobalSpecTuneLuaOptions | undefined): Record<string, any> | undefined;
/**
 * tune options
 *
 * @schema GlobalSpecTuneOptions
 */
export interface GlobalSpecTuneOptions {
    /**
     * applet zero copy forwarding
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#applet_zero_copy_forwarding
     */
    readonly appletZeroCopyForwarding?: GlobalSpecTuneOptionsAppletZeroCopyForwarding;
    /**
     * comp maxlevel
     *
     * @schema GlobalSpecTuneOptions#comp_maxlevel
     */
    readonly compMaxlevel?: number;
    /**
     * disable fast forward
     *
     * @schema GlobalSpecTuneOptions#disable_fast_forward
     */
    readonly disableFastForward?: boolean;
    /**
     * disable zero copy forwarding
     *
     * @schema GlobalSpecTuneOptions#disable_zero_copy_forwarding
     */
    readonly disableZeroCopyForwarding?: boolean;
    /**
     * epoll mask events
     *
     * @schema GlobalSpecTuneOptions#epoll_mask_events
     */
    readonly epollMaskEvents?: string[];
    /**
     * events max events at once
     * Maximum: 10000
     * Minimum: 1
     *
     * @schema GlobalSpecTuneOptions#events_max_events_at_once
     */
    readonly eventsMaxEventsAtOnce?: number;
    /**
     * fail alloc
     *
     * @schema GlobalSpecTuneOptions#fail_alloc
     */
    readonly failAlloc?: boolean;
    /**
     * fd edge triggered
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#fd_edge_triggered
     */
    readonly fdEdgeTriggered?: GlobalSpecTuneOptionsFdEdgeTriggered;
    /**
     * glitches kill cpu usage
     * Maximum: 100
     * Minimum: 0
     *
     * @schema GlobalSpecTuneOptions#glitches_kill_cpu_usage
     */
    readonly glitchesKillCpuUsage?: number;
    /**
     * h1 zero copy fwd recv
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#h1_zero_copy_fwd_recv
     */
    readonly h1ZeroCopyFwdRecv?: GlobalSpecTuneOptionsH1ZeroCopyFwdRecv;
    /**
     * h1 zero copy fwd send
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#h1_zero_copy_fwd_send
     */
    readonly h1ZeroCopyFwdSend?: GlobalSpecTuneOptionsH1ZeroCopyFwdSend;
    /**
     * h2 be glitches threshold
     *
     * @schema GlobalSpecTuneOptions#h2_be_glitches_threshold
     */
    readonly h2BeGlitchesThreshold?: number;
    /**
     * h2 be initial window size
     *
     * @schema GlobalSpecTuneOptions#h2_be_initial_window_size
     */
    readonly h2BeInitialWindowSize?: number;
    /**
     * h2 be max concurrent streams
     *
     * @schema GlobalSpecTuneOptions#h2_be_max_concurrent_streams
     */
    readonly h2BeMaxConcurrentStreams?: number;
    /**
     * h2 be rxbuf
     *
     * @schema GlobalSpecTuneOptions#h2_be_rxbuf
     */
    readonly h2BeRxbuf?: number;
    /**
     * h2 fe glitches threshold
     *
     * @schema GlobalSpecTuneOptions#h2_fe_glitches_threshold
     */
    readonly h2FeGlitchesThreshold?: number;
    /**
     * h2 fe initial window size
     *
     * @schema GlobalSpecTuneOptions#h2_fe_initial_window_size
     */
    readonly h2FeInitialWindowSize?: number;
    /**
     * h2 fe max concurrent streams
     *
     * @schema GlobalSpecTuneOptions#h2_fe_max_concurrent_streams
     */
    readonly h2FeMaxConcurrentStreams?: number;
    /**
     * h2 fe max total streams
     *
     * @schema GlobalSpecTuneOptions#h2_fe_max_total_streams
     */
    readonly h2FeMaxTotalStreams?: number;
    /**
     * h2 fe rxbuf
     *
     * @schema GlobalSpecTuneOptions#h2_fe_rxbuf
     */
    readonly h2FeRxbuf?: number;
    /**
     * h2 header table size
     * Maximum: 65535
     *
     * @schema GlobalSpecTuneOptions#h2_header_table_size
     */
    readonly h2HeaderTableSize?: number;
    /**
     * h2 initial window size
     *
     * @schema GlobalSpecTuneOptions#h2_initial_window_size
     */
    readonly h2InitialWindowSize?: number;
    /**
     * h2 max concurrent streams
     *
     * @schema GlobalSpecTuneOptions#h2_max_concurrent_streams
     */
    readonly h2MaxConcurrentStreams?: number;
    /**
     * h2 max frame size
     *
     * @schema GlobalSpecTuneOptions#h2_max_frame_size
     */
    readonly h2MaxFrameSize?: number;
    /**
     * h2 zero copy fwd send
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#h2_zero_copy_fwd_send
     */
    readonly h2ZeroCopyFwdSend?: GlobalSpecTuneOptionsH2ZeroCopyFwdSend;
    /**
     * http cookielen
     *
     * @schema GlobalSpecTuneOptions#http_cookielen
     */
    readonly httpCookielen?: number;
    /**
     * http logurilen
     *
     * @schema GlobalSpecTuneOptions#http_logurilen
     */
    readonly httpLogurilen?: number;
    /**
     * http maxhdr
     * Maximum: 32767
     * Minimum: 1
     *
     * @schema GlobalSpecTuneOptions#http_maxhdr
     */
    readonly httpMaxhdr?: number;
    /**
     * idle pool shared
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#idle_pool_shared
     */
    readonly idlePoolShared?: GlobalSpecTuneOptionsIdlePoolShared;
    /**
     * idletimer
     * Maximum: 65535
     * Minimum: 0
     *
     * @schema GlobalSpecTuneOptions#idletimer
     */
    readonly idletimer?: number;
    /**
     * listener default shards
     * Enum: ["by-process","by-thread","by-group"]
     *
     * @schema GlobalSpecTuneOptions#listener_default_shards
     */
    readonly listenerDefaultShards?: GlobalSpecTuneOptionsListenerDefaultShards;
    /**
     * listener multi queue
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#listener_multi_queue
     */
    readonly listenerMultiQueue?: GlobalSpecTuneOptionsListenerMultiQueue;
    /**
     * max checks per thread
     *
     * @schema GlobalSpecTuneOptions#max_checks_per_thread
     */
    readonly maxChecksPerThread?: number;
    /**
     * max rules at once
     * Minimum: 0
     *
     * @schema GlobalSpecTuneOptions#max_rules_at_once
     */
    readonly maxRulesAtOnce?: number;
    /**
     * maxaccept
     *
     * @schema GlobalSpecTuneOptions#maxaccept
     */
    readonly maxaccept?: number;
    /**
     * maxpollevents
     *
     * @schema GlobalSpecTuneOptions#maxpollevents
     */
    readonly maxpollevents?: number;
    /**
     * maxrewrite
     *
     * @schema GlobalSpecTuneOptions#maxrewrite
     */
    readonly maxrewrite?: number;
    /**
     * memory hot size
     *
     * @schema GlobalSpecTuneOptions#memory_hot_size
     */
    readonly memoryHotSize?: number;
    /**
     * notsent lowat client
     *
     * @schema GlobalSpecTuneOptions#notsent_lowat_client
     */
    readonly notsentLowatClient?: number;
    /**
     * notsent lowat server
     *
     * @schema GlobalSpecTuneOptions#notsent_lowat_server
     */
    readonly notsentLowatServer?: number;
    /**
     * pattern cache size
     *
     * @schema GlobalSpecTuneOptions#pattern_cache_size
     */
    readonly patternCacheSize?: number;
    /**
     * peers max updates at once
     *
     * @schema GlobalSpecTuneOptions#peers_max_updates_at_once
     */
    readonly peersMaxUpdatesAtOnce?: number;
    /**
     * pool high fd ratio
     *
     * @schema GlobalSpecTuneOptions#pool_high_fd_ratio
     */
    readonly poolHighFdRatio?: number;
    /**
     * pool low fd ratio
     *
     * @schema GlobalSpecTuneOptions#pool_low_fd_ratio
     */
    readonly poolLowFdRatio?: number;
    /**
     * pt zero copy forwarding
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#pt_zero_copy_forwarding
     */
    readonly ptZeroCopyForwarding?: GlobalSpecTuneOptionsPtZeroCopyForwarding;
    /**
     * renice runtime
     * Maximum: 19
     * Minimum: -20
     *
     * @schema GlobalSpecTuneOptions#renice_runtime
     */
    readonly reniceRuntime?: number;
    /**
     * renice startup
     * Maximum: 19
     * Minimum: -20
     *
     * @schema GlobalSpecTuneOptions#renice_startup
     */
    readonly reniceStartup?: number;
    /**
     * ring queues
     *
     * @schema GlobalSpecTuneOptions#ring_queues
     */
    readonly ringQueues?: number;
    /**
     * runqueue depth
     *
     * @schema GlobalSpecTuneOptions#runqueue_depth
     */
    readonly runqueueDepth?: number;
    /**
     * sched low latency
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneOptions#sched_low_latency
     */
    readonly schedLowLatency?: GlobalSpecTuneOptionsSchedLowLatency;
    /**
     * stick counters
     *
     * @schema GlobalSpecTuneOptions#stick_counters
     */
    readonly stickCounters?: number;
    /**
     * takeover other tg connections
     * Enum: ["none","restricted","full"]
     *
     * @schema GlobalSpecTuneOptions#takeover_other_tg_connections
     */
    readonly takeoverOtherTgConnections?: GlobalSpecTuneOptionsTakeoverOtherTgConnections;
}
/**
 * Converts an object of type 'GlobalSpecTuneOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneOptions(obj: GlobalSpecTuneOptions | undefined): Record<string, any> | undefined;
/**
 * tune quic options
 *
 * @schema GlobalSpecTuneQuicOptions
 */
export interface GlobalSpecTuneQuicOptions {
    /**
     * frontend conn tx buffers limit
     *
     * @schema GlobalSpecTuneQuicOptions#frontend_conn_tx_buffers_limit
     */
    readonly frontendConnTxBuffersLimit?: number;
    /**
     * frontend max idle timeout
     * Minimum: 0
     *
     * @schema GlobalSpecTuneQuicOptions#frontend_max_idle_timeout
     */
    readonly frontendMaxIdleTimeout?: number;
    /**
     * frontend max streams bidi
     *
     * @schema GlobalSpecTuneQuicOptions#frontend_max_streams_bidi
     */
    readonly frontendMaxStreamsBidi?: number;
    /**
     * frontend max tx memory
     *
     * @schema GlobalSpecTuneQuicOptions#frontend_max_tx_memory
     */
    readonly frontendMaxTxMemory?: number;
    /**
     * max frame loss
     *
     * @schema GlobalSpecTuneQuicOptions#max_frame_loss
     */
    readonly maxFrameLoss?: number;
    /**
     * reorder ratio
     * Maximum: 100
     * Minimum: 0
     *
     * @schema GlobalSpecTuneQuicOptions#reorder_ratio
     */
    readonly reorderRatio?: number;
    /**
     * retry threshold
     *
     * @schema GlobalSpecTuneQuicOptions#retry_threshold
     */
    readonly retryThreshold?: number;
    /**
     * socket owner
     * Enum: ["listener","connection"]
     *
     * @schema GlobalSpecTuneQuicOptions#socket_owner
     */
    readonly socketOwner?: GlobalSpecTuneQuicOptionsSocketOwner;
    /**
     * zero copy fwd send
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneQuicOptions#zero_copy_fwd_send
     */
    readonly zeroCopyFwdSend?: GlobalSpecTuneQuicOptionsZeroCopyFwdSend;
}
/**
 * Converts an object of type 'GlobalSpecTuneQuicOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneQuicOptions(obj: GlobalSpecTuneQuicOptions | undefined): Record<string, any> | undefined;
/**
 * tune ssl options
 *
 * @schema GlobalSpecTuneSslOptions
 */
export interface GlobalSpecTuneSslOptions {
    /**
     * cachesize
     *
     * @schema GlobalSpecTuneSslOptions#cachesize
     */
    readonly cachesize?: number;
    /**
     * capture buffer size
     *
     * @schema GlobalSpecTuneSslOptions#capture_buffer_size
     */
    readonly captureBufferSize?: number;
    /**
     * ctx cache size
     *
     * @schema GlobalSpecTuneSslOptions#ctx_cache_size
     */
    readonly ctxCacheSize?: number;
    /**
     * default dh param
     *
     * @schema GlobalSpecTuneSslOptions#default_dh_param
     */
    readonly defaultDhParam?: number;
    /**
     * force private cache
     *
     * @schema GlobalSpecTuneSslOptions#force_private_cache
     */
    readonly forcePrivateCache?: boolean;
    /**
     * keylog
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecTuneSslOptions#keylog
     */
    readonly keylog?: GlobalSpecTuneSslOptionsKeylog;
    /**
     * lifetime
     * Minimum: 0
     *
     * @schema GlobalSpecTuneSslOptions#lifetime
     */
    readonly lifetime?: number;
    /**
     * maxrecord
     *
     * @schema GlobalSpecTuneSslOptions#maxrecord
     */
    readonly maxrecord?: number;
    /**
     * ocsp update max delay
     *
     * @schema GlobalSpecTuneSslOptions#ocsp_update_max_delay
     */
    readonly ocspUpdateMaxDelay?: number;
    /**
     * ocsp update min delay
     *
     * @schema GlobalSpecTuneSslOptions#ocsp_update_min_delay
     */
    readonly ocspUpdateMinDelay?: number;
}
/**
 * Converts an object of type 'GlobalSpecTuneSslOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneSslOptions(obj: GlobalSpecTuneSslOptions | undefined): Record<string, any> | undefined;
/**
 * tune vars options
 *
 * @schema GlobalSpecTuneVarsOptions
 */
export interface GlobalSpecTuneVarsOptions {
    /**
     * global max size
     *
     * @schema GlobalSpecTuneVarsOptions#global_max_size
     */
    readonly globalMaxSize?: number;
    /**
     * proc max size
     *
     * @schema GlobalSpecTuneVarsOptions#proc_max_size
     */
    readonly procMaxSize?: number;
    /**
     * reqres max size
     *
     * @schema GlobalSpecTuneVarsOptions#reqres_max_size
     */
    readonly reqresMaxSize?: number;
    /**
     * sess max size
     *
     * @schema GlobalSpecTuneVarsOptions#sess_max_size
     */
    readonly sessMaxSize?: number;
    /**
     * txn max size
     *
     * @schema GlobalSpecTuneVarsOptions#txn_max_size
     */
    readonly txnMaxSize?: number;
}
/**
 * Converts an object of type 'GlobalSpecTuneVarsOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneVarsOptions(obj: GlobalSpecTuneVarsOptions | undefined): Record<string, any> | undefined;
/**
 * tune zlib options
 *
 * @schema GlobalSpecTuneZlibOptions
 */
export interface GlobalSpecTuneZlibOptions {
    /**
     * memlevel
     * Maximum: 9
     * Minimum: 1
     *
     * @schema GlobalSpecTuneZlibOptions#memlevel
     */
    readonly memlevel?: number;
    /**
     * windowsize
     * Maximum: 15
     * Minimum: 8
     *
     * @schema GlobalSpecTuneZlibOptions#windowsize
     */
    readonly windowsize?: number;
}
/**
 * Converts an object of type 'GlobalSpecTuneZlibOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecTuneZlibOptions(obj: GlobalSpecTuneZlibOptions | undefined): Record<string, any> | undefined;
/**
 * wurfl options
 *
 * @schema GlobalSpecWurflOptions
 */
export interface GlobalSpecWurflOptions {
    /**
     * cache size
     *
     * @schema GlobalSpecWurflOptions#cache_size
     */
    readonly cacheSize?: number;
    /**
     * data file
     *
     * @schema GlobalSpecWurflOptions#data_file
     */
    readonly dataFile?: string;
    /**
     * information list
     *
     * @schema GlobalSpecWurflOptions#information_list
     */
    readonly informationList?: string;
    /**
     * information list separator
     *
     * @schema GlobalSpecWurflOptions#information_list_separator
     */
    readonly informationListSeparator?: string;
    /**
     * patch file
     *
     * @schema GlobalSpecWurflOptions#patch_file
     */
    readonly patchFile?: string;
}
/**
 * Converts an object of type 'GlobalSpecWurflOptions' to JSON representation.
 */
export declare function toJson_GlobalSpecWurflOptions(obj: GlobalSpecWurflOptions | undefined): Record<string, any> | undefined;
/**
 * directive
 * Required: true
 * Enum: ["reset","drop-cpu","only-cpu","drop-node","only-node","drop-cluster","only-cluster","drop-core","only-core","drop-thread","only-thread"]
 *
 * @schema GlobalSpecCpuSetDirective
 */
export declare enum GlobalSpecCpuSetDirective {
    /** reset */
    RESET = "reset",
    /** drop-cpu */
    DROP_HYPHEN_CPU = "drop-cpu",
    /** only-cpu */
    ONLY_HYPHEN_CPU = "only-cpu",
    /** drop-node */
    DROP_HYPHEN_NODE = "drop-node",
    /** only-node */
    ONLY_HYPHEN_NODE = "only-node",
    /** drop-cluster */
    DROP_HYPHEN_CLUSTER = "drop-cluster",
    /** only-cluster */
    ONLY_HYPHEN_CLUSTER = "only-cluster",
    /** drop-core */
    DROP_HYPHEN_CORE = "drop-core",
    /** only-core */
    ONLY_HYPHEN_CORE = "only-core",
    /** drop-thread */
    DROP_HYPHEN_THREAD = "drop-thread",
    /** only-thread */
    ONLY_HYPHEN_THREAD = "only-thread"
}
/**
 * type
 * Required: true
 * Enum: ["current","config","parent","origin"]
 *
 * @schema GlobalSpecDefaultPathType
 */
export declare enum GlobalSpecDefaultPathType {
    /** current */
    CURRENT = "current",
    /** config */
    CONFIG = "config",
    /** parent */
    PARENT = "parent",
    /** origin */
    ORIGIN = "origin"
}
/**
 * PresetEnv preset env
 *
 * swagger:model PresetEnv
 *
 * @schema GlobalSpecEnvironmentOptionsPresetenv
 */
export interface GlobalSpecEnvironmentOptionsPresetenv {
    /**
     * name
     * Required: true
     *
     * @schema GlobalSpecEnvironmentOptionsPresetenv#name
     */
    readonly name: string;
    /**
     * value
     * Required: true
     *
     * @schema GlobalSpecEnvironmentOptionsPresetenv#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'GlobalSpecEnvironmentOptionsPresetenv' to JSON representation.
 */
export declare function toJson_GlobalSpecEnvironmentOptionsPresetenv(obj: GlobalSpecEnvironmentOptionsPresetenv | undefined): Record<string, any> | undefined;
/**
 * SetEnv set env
 *
 * swagger:model SetEnv
 *
 * @schema GlobalSpecEnvironmentOptionsSetenv
 */
export interface GlobalSpecEnvironmentOptionsSetenv {
    /**
     * name
     * Required: true
     *
     * @schema GlobalSpecEnvironmentOptionsSetenv#name
     */
    readonly name: string;
    /**
     * value
     * Required: true
     *
     * @schema GlobalSpecEnvironmentOptionsSetenv#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'GlobalSpecEnvironmentOptionsSetenv' to JSON representation.
 */
export declare function toJson_GlobalSpecEnvironmentOptionsSetenv(obj: GlobalSpecEnvironmentOptionsSetenv | undefined): Record<string, any> | undefined;
/**
 * reject privileged ports
 *
 * @schema GlobalSpecHardenRejectPrivilegedPorts
 */
export interface GlobalSpecHardenRejectPrivilegedPorts {
    /**
     * quic
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecHardenRejectPrivilegedPorts#quic
     */
    readonly quic?: GlobalSpecHardenRejectPrivilegedPortsQuic;
    /**
     * tcp
     * Enum: ["enabled","disabled"]
     *
     * @schema GlobalSpecHardenRejectPrivilegedPorts#tcp
     */
    readonly tcp?: GlobalSpecHardenRejectPrivilegedPortsTcp;
}
/**
 * Converts an object of type 'GlobalSpecHardenRejectPrivilegedPorts' to JSON representation.
 */
export declare function toJson_GlobalSpecHardenRejectPrivilegedPorts(obj: GlobalSpecHardenRejectPrivilegedPorts | undefined): Record<string, any> | undefined;
/**
 * resolvers disabled
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecHttpClientOptionsResolversDisabled
 */
export declare enum GlobalSpecHttpClientOptionsResolversDisabled {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * resolvers prefer
 * Enum: ["ipv4","ipv6"]
 *
 * @schema GlobalSpecHttpClientOptionsResolversPrefer
 */
export declare enum GlobalSpecHttpClientOptionsResolversPrefer {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * ssl verify
 * Enum: ["","none","required"]
 *
 * @schema GlobalSpecHttpClientOptionsSslVerify
 */
export declare enum GlobalSpecHttpClientOptionsSslVerify {
    /** none */
    NONE = "none",
    /** required */
    REQUIRED = "required"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecLogSendHostnameEnabled
 */
export declare enum GlobalSpecLogSendHostnameEnabled {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * facility
 * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
 *
 * @schema GlobalSpecLogTargetListFacility
 */
export declare enum GlobalSpecLogTargetListFacility {
    /** kern */
    KERN = "kern",
    /** user */
    USER = "user",
    /** mail */
    MAIL = "mail",
    /** daemon */
    DAEMON = "daemon",
    /** auth */
    AUTH = "auth",
    /** syslog */
    SYSLOG = "syslog",
    /** lpr */
    LPR = "lpr",
    /** news */
    NEWS = "news",
    /** uucp */
    UUCP = "uucp",
    /** cron */
    CRON = "cron",
    /** auth2 */
    AUTH2 = "auth2",
    /** ftp */
    FTP = "ftp",
    /** ntp */
    NTP = "ntp",
    /** audit */
    AUDIT = "audit",
    /** alert */
    ALERT = "alert",
    /** cron2 */
    CRON2 = "cron2",
    /** local0 */
    LOCAL0 = "local0",
    /** local1 */
    LOCAL1 = "local1",
    /** local2 */
    LOCAL2 = "local2",
    /** local3 */
    LOCAL3 = "local3",
    /** local4 */
    LOCAL4 = "local4",
    /** local5 */
    LOCAL5 = "local5",
    /** local6 */
    LOCAL6 = "local6",
    /** local7 */
    LOCAL7 = "local7"
}
/**
 * format
 * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
 *
 * @schema GlobalSpecLogTargetListFormat
 */
export declare enum GlobalSpecLogTargetListFormat {
    /** local */
    LOCAL = "local",
    /** rfc3164 */
    RFC3164 = "rfc3164",
    /** rfc5424 */
    RFC5424 = "rfc5424",
    /** priority */
    PRIORITY = "priority",
    /** short */
    SHORT = "short",
    /** timed */
    TIMED = "timed",
    /** iso */
    ISO = "iso",
    /** raw */
    RAW = "raw"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema GlobalSpecLogTargetListLevel
 */
export declare enum GlobalSpecLogTargetListLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * minlevel
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema GlobalSpecLogTargetListMinlevel
 */
export declare enum GlobalSpecLogTargetListMinlevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * LuaLoad lua load
 *
 * swagger:model LuaLoad
 *
 * @schema GlobalSpecLuaOptionsLoads
 */
export interface GlobalSpecLuaOptionsLoads {
    /**
     * file
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecLuaOptionsLoads#file
     */
    readonly file: string;
}
/**
 * Converts an object of type 'GlobalSpecLuaOptionsLoads' to JSON representation.
 */
export declare function toJson_GlobalSpecLuaOptionsLoads(obj: GlobalSpecLuaOptionsLoads | undefined): Record<string, any> | undefined;
/**
 * LuaPrependPath lua prepend path
 *
 * swagger:model LuaPrependPath
 *
 * @schema GlobalSpecLuaOptionsPrependPath
 */
export interface GlobalSpecLuaOptionsPrependPath {
    /**
     * path
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecLuaOptionsPrependPath#path
     */
    readonly path: string;
    /**
     * type
     * Enum: ["path","cpath"]
     *
     * @schema GlobalSpecLuaOptionsPrependPath#type
     */
    readonly type?: GlobalSpecLuaOptionsPrependPathType;
}
/**
 * Converts an object of type 'GlobalSpecLuaOptionsPrependPath' to JSON representation.
 */
export declare function toJson_GlobalSpecLuaOptionsPrependPath(obj: GlobalSpecLuaOptionsPrependPath | undefined): Record<string, any> | undefined;
/**
 * httpproxy
 *
 * @schema GlobalSpecOcspUpdateOptionsHttpproxy
 */
export interface GlobalSpecOcspUpdateOptionsHttpproxy {
    /**
     * address
     * Example: 127.0.0.1
     * Pattern: ^[^\s]+$
     *
     * @schema GlobalSpecOcspUpdateOptionsHttpproxy#address
     */
    readonly address?: string;
    /**
     * port
     * Example: 80
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema GlobalSpecOcspUpdateOptionsHttpproxy#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'GlobalSpecOcspUpdateOptionsHttpproxy' to JSON representation.
 */
export declare function toJson_GlobalSpecOcspUpdateOptionsHttpproxy(obj: GlobalSpecOcspUpdateOptionsHttpproxy | undefined): Record<string, any> | undefined;
/**
 * mode
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecOcspUpdateOptionsMode
 */
export declare enum GlobalSpecOcspUpdateOptionsMode {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * profiling memory
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecPerformanceOptionsProfilingMemory
 */
export declare enum GlobalSpecPerformanceOptionsProfilingMemory {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * profiling tasks
 * Enum: ["auto","enabled","disabled"]
 *
 * @schema GlobalSpecPerformanceOptionsProfilingTasks
 */
export declare enum GlobalSpecPerformanceOptionsProfilingTasks {
    /** auto */
    AUTO = "auto",
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * force strict sni
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisForceStrictSni
 */
export declare enum GlobalSpecRuntimeApisForceStrictSni {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * level
 * Example: user
 * Enum: ["user","operator","admin"]
 *
 * @schema GlobalSpecRuntimeApisLevel
 */
export declare enum GlobalSpecRuntimeApisLevel {
    /** user */
    USER = "user",
    /** operator */
    OPERATOR = "operator",
    /** admin */
    ADMIN = "admin"
}
/**
 * quic cc algo
 * Enum: ["cubic","newreno","bbr","nocc"]
 *
 * @schema GlobalSpecRuntimeApisQuicCcAlgo
 */
export declare enum GlobalSpecRuntimeApisQuicCcAlgo {
    /** cubic */
    CUBIC = "cubic",
    /** newreno */
    NEWRENO = "newreno",
    /** bbr */
    BBR = "bbr",
    /** nocc */
    NOCC = "nocc"
}
/**
 * quic socket
 * Enum: ["connection","listener"]
 *
 * @schema GlobalSpecRuntimeApisQuicSocket
 */
export declare enum GlobalSpecRuntimeApisQuicSocket {
    /** connection */
    CONNECTION = "connection",
    /** listener */
    LISTENER = "listener"
}
/**
 * severity output
 * Example: none
 * Enum: ["none","number","string"]
 *
 * @schema GlobalSpecRuntimeApisSeverityOutput
 */
export declare enum GlobalSpecRuntimeApisSeverityOutput {
    /** none */
    NONE = "none",
    /** number */
    NUMBER = "number",
    /** string */
    STRING = "string"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema GlobalSpecRuntimeApisSslMaxVer
 */
export declare enum GlobalSpecRuntimeApisSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema GlobalSpecRuntimeApisSslMinVer
 */
export declare enum GlobalSpecRuntimeApisSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisSslv3
 */
export declare enum GlobalSpecRuntimeApisSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisTlsTickets
 */
export declare enum GlobalSpecRuntimeApisTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisTlsv10
 */
export declare enum GlobalSpecRuntimeApisTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisTlsv11
 */
export declare enum GlobalSpecRuntimeApisTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisTlsv12
 */
export declare enum GlobalSpecRuntimeApisTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecRuntimeApisTlsv13
 */
export declare enum GlobalSpecRuntimeApisTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Example: none
 * Enum: ["none","optional","required"]
 *
 * @schema GlobalSpecRuntimeApisVerify
 */
export declare enum GlobalSpecRuntimeApisVerify {
    /** none */
    NONE = "none",
    /** optional */
    OPTIONAL = "optional",
    /** required */
    REQUIRED = "required"
}
/**
 * acme scheduler
 * Enum: ["auto","off"]
 *
 * @schema GlobalSpecSslOptionsAcmeScheduler
 */
export declare enum GlobalSpecSslOptionsAcmeScheduler {
    /** auto */
    AUTO = "auto",
    /** off */
    OFF = "off"
}
/**
 * SslEngine ssl engine
 *
 * swagger:model SslEngine
 *
 * @schema GlobalSpecSslOptionsEngines
 */
export interface GlobalSpecSslOptionsEngines {
    /**
     * algorithms
     *
     * @schema GlobalSpecSslOptionsEngines#algorithms
     */
    readonly algorithms?: string;
    /**
     * name
     * Required: true
     *
     * @schema GlobalSpecSslOptionsEngines#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GlobalSpecSslOptionsEngines' to JSON representation.
 */
export declare function toJson_GlobalSpecSslOptionsEngines(obj: GlobalSpecSslOptionsEngines | undefined): Record<string, any> | undefined;
/**
 * mode async
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecSslOptionsModeAsync
 */
export declare enum GlobalSpecSslOptionsModeAsync {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * server verify
 * Enum: ["none","required"]
 *
 * @schema GlobalSpecSslOptionsServerVerify
 */
export declare enum GlobalSpecSslOptionsServerVerify {
    /** none */
    NONE = "none",
    /** required */
    REQUIRED = "required"
}
/**
 * bool sample conversion
 * Enum: ["normal","pre-3.1-bug"]
 *
 * @schema GlobalSpecTuneLuaOptionsBoolSampleConversion
 */
export declare enum GlobalSpecTuneLuaOptionsBoolSampleConversion {
    /** normal */
    NORMAL = "normal",
    /** pre-3.1-bug */
    PRE_HYPHEN_3_1_HYPHEN_BUG = "pre-3.1-bug"
}
/**
 * log loggers
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneLuaOptionsLogLoggers
 */
export declare enum GlobalSpecTuneLuaOptionsLogLoggers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * log stderr
 * Enum: ["auto","enabled","disabled"]
 *
 * @schema GlobalSpecTuneLuaOptionsLogStderr
 */
export declare enum GlobalSpecTuneLuaOptionsLogStderr {
    /** auto */
    AUTO = "auto",
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * applet zero copy forwarding
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsAppletZeroCopyForwarding
 */
export declare enum GlobalSpecTuneOptionsAppletZeroCopyForwarding {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * fd edge triggered
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsFdEdgeTriggered
 */
export declare enum GlobalSpecTuneOptionsFdEdgeTriggered {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * h1 zero copy fwd recv
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsH1ZeroCopyFwdRecv
 */
export declare enum GlobalSpecTuneOptionsH1ZeroCopyFwdRecv {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * h1 zero copy fwd send
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsH1ZeroCopyFwdSend
 */
export declare enum GlobalSpecTuneOptionsH1ZeroCopyFwdSend {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * h2 zero copy fwd send
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsH2ZeroCopyFwdSend
 */
export declare enum GlobalSpecTuneOptionsH2ZeroCopyFwdSend {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * idle pool shared
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsIdlePoolShared
 */
export declare enum GlobalSpecTuneOptionsIdlePoolShared {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * listener default shards
 * Enum: ["by-process","by-thread","by-group"]
 *
 * @schema GlobalSpecTuneOptionsListenerDefaultShards
 */
export declare enum GlobalSpecTuneOptionsListenerDefaultShards {
    /** by-process */
    BY_HYPHEN_PROCESS = "by-process",
    /** by-thread */
    BY_HYPHEN_THREAD = "by-thread",
    /** by-group */
    BY_HYPHEN_GROUP = "by-group"
}
/**
 * listener multi queue
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsListenerMultiQueue
 */
export declare enum GlobalSpecTuneOptionsListenerMultiQueue {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * pt zero copy forwarding
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsPtZeroCopyForwarding
 */
export declare enum GlobalSpecTuneOptionsPtZeroCopyForwarding {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * sched low latency
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneOptionsSchedLowLatency
 */
export declare enum GlobalSpecTuneOptionsSchedLowLatency {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * takeover other tg connections
 * Enum: ["none","restricted","full"]
 *
 * @schema GlobalSpecTuneOptionsTakeoverOtherTgConnections
 */
export declare enum GlobalSpecTuneOptionsTakeoverOtherTgConnections {
    /** none */
    NONE = "none",
    /** restricted */
    RESTRICTED = "restricted",
    /** full */
    FULL = "full"
}
/**
 * socket owner
 * Enum: ["listener","connection"]
 *
 * @schema GlobalSpecTuneQuicOptionsSocketOwner
 */
export declare enum GlobalSpecTuneQuicOptionsSocketOwner {
    /** listener */
    LISTENER = "listener",
    /** connection */
    CONNECTION = "connection"
}
/**
 * zero copy fwd send
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneQuicOptionsZeroCopyFwdSend
 */
export declare enum GlobalSpecTuneQuicOptionsZeroCopyFwdSend {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * keylog
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecTuneSslOptionsKeylog
 */
export declare enum GlobalSpecTuneSslOptionsKeylog {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * quic
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecHardenRejectPrivilegedPortsQuic
 */
export declare enum GlobalSpecHardenRejectPrivilegedPortsQuic {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcp
 * Enum: ["enabled","disabled"]
 *
 * @schema GlobalSpecHardenRejectPrivilegedPortsTcp
 */
export declare enum GlobalSpecHardenRejectPrivilegedPortsTcp {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * type
 * Enum: ["path","cpath"]
 *
 * @schema GlobalSpecLuaOptionsPrependPathType
 */
export declare enum GlobalSpecLuaOptionsPrependPathType {
    /** path */
    PATH = "path",
    /** cpath */
    CPATH = "cpath"
}
/**
 * TCP is a specification for a TCP resource
 *
 * @schema TCP
 */
export declare class Tcp extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TCP"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TCP".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: TcpProps): any;
    /**
     * Defines a "TCP" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: TcpProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TCP is a specification for a TCP resource
 *
 * @schema TCP
 */
export interface TcpProps {
    /**
     * @schema TCP#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TCPSpec defines the desired state of a TCPService
     *
     * @schema TCP#spec
     */
    readonly spec: TcpSpec[];
}
/**
 * Converts an object of type 'TcpProps' to JSON representation.
 */
export declare function toJson_TcpProps(obj: TcpProps | undefined): Record<string, any> | undefined;
/**
 * @schema TcpSpec
 */
export interface TcpSpec {
    /**
     * Frontend Frontend with all it's children resources
     *
     * swagger:model Frontend
     *
     * @schema TcpSpec#frontend
     */
    readonly frontend: TcpSpecFrontend;
    /**
     * @schema TcpSpec#name
     */
    readonly name: string;
    /**
     * Service defines the name of the default service (default_backend)
     *
     * @schema TcpSpec#service
     */
    readonly service: TcpSpecService;
    /**
     * Services defines additional services for additional backends
     *
     * @schema TcpSpec#services
     */
    readonly services?: TcpSpecServices[];
}
/**
 * Converts an object of type 'TcpSpec' to JSON representation.
 */
export declare function toJson_TcpSpec(obj: TcpSpec | undefined): Record<string, any> | undefined;
/**
 * Frontend Frontend with all it's children resources
 *
 * swagger:model Frontend
 *
 * @schema TcpSpecFrontend
 */
export interface TcpSpecFrontend {
    /**
     * accept invalid http request
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#accept_invalid_http_request
     */
    readonly acceptInvalidHttpRequest?: TcpSpecFrontendAcceptInvalidHttpRequest;
    /**
     * accept unsafe violations in http request
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#accept_unsafe_violations_in_http_request
     */
    readonly acceptUnsafeViolationsInHttpRequest?: TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest;
    /**
     * Acl list
     *
     * @schema TcpSpecFrontend#acl_list
     */
    readonly aclList?: TcpSpecFrontendAclList[];
    /**
     * backend switching rule list
     *
     * @schema TcpSpecFrontend#backend_switching_rule_list
     */
    readonly backendSwitchingRuleList?: TcpSpecFrontendBackendSwitchingRuleList[];
    /**
     * backlog
     *
     * @schema TcpSpecFrontend#backlog
     */
    readonly backlog?: number;
    /**
     * binds
     *
     * @schema TcpSpecFrontend#binds
     */
    readonly binds?: {
        [key: string]: TcpSpecFrontendBinds;
    };
    /**
     * capture list
     *
     * @schema TcpSpecFrontend#capture_list
     */
    readonly captureList?: TcpSpecFrontendCaptureList[];
    /**
     * clflog
     *
     * @schema TcpSpecFrontend#clflog
     */
    readonly clflog?: boolean;
    /**
     * client fin timeout
     * Minimum: 0
     *
     * @schema TcpSpecFrontend#client_fin_timeout
     */
    readonly clientFinTimeout?: number;
    /**
     * client timeout
     * Minimum: 0
     *
     * @schema TcpSpecFrontend#client_timeout
     */
    readonly clientTimeout?: number;
    /**
     * clitcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#clitcpka
     */
    readonly clitcpka?: TcpSpecFrontendClitcpka;
    /**
     * clitcpka cnt
     *
     * @schema TcpSpecFrontend#clitcpka_cnt
     */
    readonly clitcpkaCnt?: number;
    /**
     * clitcpka idle
     *
     * @schema TcpSpecFrontend#clitcpka_idle
     */
    readonly clitcpkaIdle?: number;
    /**
     * clitcpka intvl
     *
     * @schema TcpSpecFrontend#clitcpka_intvl
     */
    readonly clitcpkaIntvl?: number;
    /**
     * compression
     *
     * @schema TcpSpecFrontend#compression
     */
    readonly compression?: TcpSpecFrontendCompression;
    /**
     * contstats
     * Enum: ["enabled"]
     *
     * @schema TcpSpecFrontend#contstats
     */
    readonly contstats?: TcpSpecFrontendContstats;
    /**
     * default backend
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontend#default_backend
     */
    readonly defaultBackend?: string;
    /**
     * description
     *
     * @schema TcpSpecFrontend#description
     */
    readonly description?: string;
    /**
     * disable h2 upgrade
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#disable_h2_upgrade
     */
    readonly disableH2Upgrade?: TcpSpecFrontendDisableH2Upgrade;
    /**
     * disabled
     *
     * @schema TcpSpecFrontend#disabled
     */
    readonly disabled?: boolean;
    /**
     * dontlog normal
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#dontlog_normal
     */
    readonly dontlogNormal?: TcpSpecFrontendDontlogNormal;
    /**
     * dontlognull
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#dontlognull
     */
    readonly dontlognull?: TcpSpecFrontendDontlognull;
    /**
     * email alert
     *
     * @schema TcpSpecFrontend#email_alert
     */
    readonly emailAlert?: TcpSpecFrontendEmailAlert;
    /**
     * enabled
     *
     * @schema TcpSpecFrontend#enabled
     */
    readonly enabled?: boolean;
    /**
     * error files
     *
     * @schema TcpSpecFrontend#error_files
     */
    readonly errorFiles?: TcpSpecFrontendErrorFiles[];
    /**
     * error log format
     *
     * @schema TcpSpecFrontend#error_log_format
     */
    readonly errorLogFormat?: string;
    /**
     * error files from HTTP errors
     *
     * @schema TcpSpecFrontend#errorfiles_from_http_errors
     */
    readonly errorfilesFromHttpErrors?: TcpSpecFrontendErrorfilesFromHttpErrors[];
    /**
     * errorloc302
     *
     * @schema TcpSpecFrontend#errorloc302
     */
    readonly errorloc302?: TcpSpecFrontendErrorloc302;
    /**
     * errorloc303
     *
     * @schema TcpSpecFrontend#errorloc303
     */
    readonly errorloc303?: TcpSpecFrontendErrorloc303;
    /**
     * filter list
     *
     * @schema TcpSpecFrontend#filter_list
     */
    readonly filterList?: TcpSpecFrontendFilterList[];
    /**
     * forwardfor
     *
     * @schema TcpSpecFrontend#forwardfor
     */
    readonly forwardfor?: TcpSpecFrontendForwardfor;
    /**
     * from
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontend#from
     */
    readonly from?: string;
    /**
     * guid
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontend#guid
     */
    readonly guid?: string;
    /**
     * h1 case adjust bogus client
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#h1_case_adjust_bogus_client
     */
    readonly h1CaseAdjustBogusClient?: TcpSpecFrontendH1CaseAdjustBogusClient;
    /**
     * http buffer request
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http-buffer-request
     */
    readonly httpBufferRequest?: TcpSpecFrontendHttpBufferRequest;
    /**
     * http drop response trailers
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http-drop-response-trailers
     */
    readonly httpDropResponseTrailers?: TcpSpecFrontendHttpDropResponseTrailers;
    /**
     * http use htx
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http-use-htx
     */
    readonly httpUseHtx?: TcpSpecFrontendHttpUseHtx;
    /**
     * HTTP after response rule list
     *
     * @schema TcpSpecFrontend#http_after_response_rule_list
     */
    readonly httpAfterResponseRuleList?: TcpSpecFrontendHttpAfterResponseRuleList[];
    /**
     * http connection mode
     * Enum: ["httpclose","http-server-close","http-keep-alive"]
     *
     * @schema TcpSpecFrontend#http_connection_mode
     */
    readonly httpConnectionMode?: TcpSpecFrontendHttpConnectionMode;
    /**
     * HTTP error rule list
     *
     * @schema TcpSpecFrontend#http_error_rule_list
     */
    readonly httpErrorRuleList?: TcpSpecFrontendHttpErrorRuleList[];
    /**
     * http ignore probes
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http_ignore_probes
     */
    readonly httpIgnoreProbes?: TcpSpecFrontendHttpIgnoreProbes;
    /**
     * http keep alive timeout
     * Minimum: 0
     *
     * @schema TcpSpecFrontend#http_keep_alive_timeout
     */
    readonly httpKeepAliveTimeout?: number;
    /**
     * http no delay
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http_no_delay
     */
    readonly httpNoDelay?: TcpSpecFrontendHttpNoDelay;
    /**
     * HTTP request rule list
     *
     * @schema TcpSpecFrontend#http_request_rule_list
     */
    readonly httpRequestRuleList?: TcpSpecFrontendHttpRequestRuleList[];
    /**
     * http request timeout
     * Minimum: 0
     *
     * @schema TcpSpecFrontend#http_request_timeout
     */
    readonly httpRequestTimeout?: number;
    /**
     * HTTP response rule list
     *
     * @schema TcpSpecFrontend#http_response_rule_list
     */
    readonly httpResponseRuleList?: TcpSpecFrontendHttpResponseRuleList[];
    /**
     * http restrict req hdr names
     * Enum: ["preserve","delete","reject"]
     *
     * @schema TcpSpecFrontend#http_restrict_req_hdr_names
     */
    readonly httpRestrictReqHdrNames?: TcpSpecFrontendHttpRestrictReqHdrNames;
    /**
     * http use proxy header
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#http_use_proxy_header
     */
    readonly httpUseProxyHeader?: TcpSpecFrontendHttpUseProxyHeader;
    /**
     * httplog
     *
     * @schema TcpSpecFrontend#httplog
     */
    readonly httplog?: boolean;
    /**
     * httpslog
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#httpslog
     */
    readonly httpslog?: TcpSpecFrontendHttpslog;
    /**
     * id
     *
     * @schema TcpSpecFrontend#id
     */
    readonly id?: number;
    /**
     * idle close on response
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#idle_close_on_response
     */
    readonly idleCloseOnResponse?: TcpSpecFrontendIdleCloseOnResponse;
    /**
     * independent streams
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#independent_streams
     */
    readonly independentStreams?: TcpSpecFrontendIndependentStreams;
    /**
     * log format
     *
     * @schema TcpSpecFrontend#log_format
     */
    readonly logFormat?: string;
    /**
     * log format sd
     *
     * @schema TcpSpecFrontend#log_format_sd
     */
    readonly logFormatSd?: string;
    /**
     * log separate errors
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#log_separate_errors
     */
    readonly logSeparateErrors?: TcpSpecFrontendLogSeparateErrors;
    /**
     * log steps
     *
     * @schema TcpSpecFrontend#log_steps
     */
    readonly logSteps?: string[];
    /**
     * log tag
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontend#log_tag
     */
    readonly logTag?: string;
    /**
     * log target list
     *
     * @schema TcpSpecFrontend#log_target_list
     */
    readonly logTargetList?: TcpSpecFrontendLogTargetList[];
    /**
     * logasap
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#logasap
     */
    readonly logasap?: TcpSpecFrontendLogasap;
    /**
     * maxconn
     *
     * @schema TcpSpecFrontend#maxconn
     */
    readonly maxconn?: number;
    /**
     * @schema TcpSpecFrontend#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     * Enum: ["http","tcp"]
     *
     * @schema TcpSpecFrontend#mode
     */
    readonly mode?: TcpSpecFrontendMode;
    /**
     * monitor fail
     *
     * @schema TcpSpecFrontend#monitor_fail
     */
    readonly monitorFail?: TcpSpecFrontendMonitorFail;
    /**
     * monitor uri
     *
     * @schema TcpSpecFrontend#monitor_uri
     */
    readonly monitorUri?: string;
    /**
     * name
     * Required: true
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontend#name
     */
    readonly name: string;
    /**
     * nolinger
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#nolinger
     */
    readonly nolinger?: TcpSpecFrontendNolinger;
    /**
     * originalto
     *
     * @schema TcpSpecFrontend#originalto
     */
    readonly originalto?: TcpSpecFrontendOriginalto;
    /**
     * q UI c initial rule list
     *
     * @schema TcpSpecFrontend#quic_initial_rule_list
     */
    readonly quicInitialRuleList?: TcpSpecFrontendQuicInitialRuleList[];
    /**
     * socket stats
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#socket_stats
     */
    readonly socketStats?: TcpSpecFrontendSocketStats;
    /**
     * splice auto
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#splice_auto
     */
    readonly spliceAuto?: TcpSpecFrontendSpliceAuto;
    /**
     * splice request
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#splice_request
     */
    readonly spliceRequest?: TcpSpecFrontendSpliceRequest;
    /**
     * splice response
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#splice_response
     */
    readonly spliceResponse?: TcpSpecFrontendSpliceResponse;
    /**
     * s s l front uses
     *
     * @schema TcpSpecFrontend#ssl_front_use_list
     */
    readonly sslFrontUseList?: TcpSpecFrontendSslFrontUseList[];
    /**
     * stats options
     *
     * @schema TcpSpecFrontend#stats_options
     */
    readonly statsOptions?: TcpSpecFrontendStatsOptions;
    /**
     * stick table
     *
     * @schema TcpSpecFrontend#stick_table
     */
    readonly stickTable?: TcpSpecFrontendStickTable;
    /**
     * tarpit timeout
     * Minimum: 0
     *
     * @schema TcpSpecFrontend#tarpit_timeout
     */
    readonly tarpitTimeout?: number;
    /**
     * TCP request rule list
     *
     * @schema TcpSpecFrontend#tcp_request_rule_list
     */
    readonly tcpRequestRuleList?: TcpSpecFrontendTcpRequestRuleList[];
    /**
     * tcp smart accept
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#tcp_smart_accept
     */
    readonly tcpSmartAccept?: TcpSpecFrontendTcpSmartAccept;
    /**
     * tcpka
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontend#tcpka
     */
    readonly tcpka?: TcpSpecFrontendTcpka;
    /**
     * tcplog
     *
     * @schema TcpSpecFrontend#tcplog
     */
    readonly tcplog?: boolean;
    /**
     * unique id format
     *
     * @schema TcpSpecFrontend#unique_id_format
     */
    readonly uniqueIdFormat?: string;
    /**
     * unique id header
     *
     * @schema TcpSpecFrontend#unique_id_header
     */
    readonly uniqueIdHeader?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontend' to JSON representation.
 */
export declare function toJson_TcpSpecFrontend(obj: TcpSpecFrontend | undefined): Record<string, any> | undefined;
/**
 * Service defines the name of the default service (default_backend)
 *
 * @schema TcpSpecService
 */
export interface TcpSpecService {
    /**
     * @schema TcpSpecService#name
     */
    readonly name: string;
    /**
     * @schema TcpSpecService#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'TcpSpecService' to JSON representation.
 */
export declare function toJson_TcpSpecService(obj: TcpSpecService | undefined): Record<string, any> | undefined;
/**
 * @schema TcpSpecServices
 */
export interface TcpSpecServices {
    /**
     * @schema TcpSpecServices#name
     */
    readonly name: string;
    /**
     * @schema TcpSpecServices#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'TcpSpecServices' to JSON representation.
 */
export declare function toJson_TcpSpecServices(obj: TcpSpecServices | undefined): Record<string, any> | undefined;
/**
 * accept invalid http request
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendAcceptInvalidHttpRequest
 */
export declare enum TcpSpecFrontendAcceptInvalidHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * accept unsafe violations in http request
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest
 */
export declare enum TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ACL ACL Lines
 *
 * The use of Access Control Lists (ACL) provides a flexible solution to perform
 * content switching and generally to take decisions based on content extracted
 * from the request, the response or any environmental status.
 *
 * swagger:model acl
 *
 * @schema TcpSpecFrontendAclList
 */
export interface TcpSpecFrontendAclList {
    /**
     * acl name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendAclList#acl_name
     */
    readonly aclName: string;
    /**
     * criterion
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendAclList#criterion
     */
    readonly criterion: string;
    /**
     * @schema TcpSpecFrontendAclList#metadata
     */
    readonly metadata?: any;
    /**
     * value
     *
     * @schema TcpSpecFrontendAclList#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendAclList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendAclList(obj: TcpSpecFrontendAclList | undefined): Record<string, any> | undefined;
/**
 * BackendSwitchingRule Backend Switching Rule
 *
 * HAProxy backend switching rule configuration (corresponds to use_backend directive)
 * Example: {"cond":"if","cond_test":"{ req_ssl_sni -i www.example.com }","index":0,"name":"test_backend"}
 *
 * swagger:model backend_switching_rule
 *
 * @schema TcpSpecFrontendBackendSwitchingRuleList
 */
export interface TcpSpecFrontendBackendSwitchingRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendBackendSwitchingRuleList#cond
     */
    readonly cond?: TcpSpecFrontendBackendSwitchingRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendBackendSwitchingRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema TcpSpecFrontendBackendSwitchingRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * name
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBackendSwitchingRuleList#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendBackendSwitchingRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendBackendSwitchingRuleList(obj: TcpSpecFrontendBackendSwitchingRuleList | undefined): Record<string, any> | undefined;
/**
 * Bind Bind
 *
 * # HAProxy frontend bind configuration
 *
 * swagger:model bind
 *
 * @schema TcpSpecFrontendBinds
 */
export interface TcpSpecFrontendBinds {
    /**
     * accept netscaler cip
     *
     * @schema TcpSpecFrontendBinds#accept_netscaler_cip
     */
    readonly acceptNetscalerCip?: number;
    /**
     * accept proxy
     *
     * @schema TcpSpecFrontendBinds#accept_proxy
     */
    readonly acceptProxy?: boolean;
    /**
     * address
     * Example: 127.0.0.1
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBinds#address
     */
    readonly address?: string;
    /**
     * allow 0rtt
     *
     * @schema TcpSpecFrontendBinds#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBinds#alpn
     */
    readonly alpn?: string;
    /**
     * backlog
     *
     * @schema TcpSpecFrontendBinds#backlog
     */
    readonly backlog?: string;
    /**
     * ca ignore err
     *
     * @schema TcpSpecFrontendBinds#ca_ignore_err
     */
    readonly caIgnoreErr?: string;
    /**
     * ca sign file
     *
     * @schema TcpSpecFrontendBinds#ca_sign_file
     */
    readonly caSignFile?: string;
    /**
     * ca sign pass
     *
     * @schema TcpSpecFrontendBinds#ca_sign_pass
     */
    readonly caSignPass?: string;
    /**
     * ca verify file
     *
     * @schema TcpSpecFrontendBinds#ca_verify_file
     */
    readonly caVerifyFile?: string;
    /**
     * ciphers
     *
     * @schema TcpSpecFrontendBinds#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema TcpSpecFrontendBinds#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema TcpSpecFrontendBinds#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * crl file
     *
     * @schema TcpSpecFrontendBinds#crl_file
     */
    readonly crlFile?: string;
    /**
     * crt ignore err
     *
     * @schema TcpSpecFrontendBinds#crt_ignore_err
     */
    readonly crtIgnoreErr?: string;
    /**
     * crt list
     *
     * @schema TcpSpecFrontendBinds#crt_list
     */
    readonly crtList?: string;
    /**
     * curves
     *
     * @schema TcpSpecFrontendBinds#curves
     */
    readonly curves?: string;
    /**
     * default crt list
     *
     * @schema TcpSpecFrontendBinds#default_crt_list
     */
    readonly defaultCrtList?: string[];
    /**
     * defer accept
     *
     * @schema TcpSpecFrontendBinds#defer_accept
     */
    readonly deferAccept?: boolean;
    /**
     * ecdhe
     *
     * @schema TcpSpecFrontendBinds#ecdhe
     */
    readonly ecdhe?: string;
    /**
     * expose fd listeners
     *
     * @schema TcpSpecFrontendBinds#expose_fd_listeners
     */
    readonly exposeFdListeners?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#force_sslv3
     */
    readonly forceSslv3?: boolean;
    /**
     * force strict sni
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#force_strict_sni
     */
    readonly forceStrictSni?: TcpSpecFrontendBindsForceStrictSni;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#force_tlsv10
     */
    readonly forceTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#force_tlsv11
     */
    readonly forceTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#force_tlsv12
     */
    readonly forceTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#force_tlsv13
     */
    readonly forceTlsv13?: boolean;
    /**
     * generate certificates
     *
     * @schema TcpSpecFrontendBinds#generate_certificates
     */
    readonly generateCertificates?: boolean;
    /**
     * gid
     *
     * @schema TcpSpecFrontendBinds#gid
     */
    readonly gid?: number;
    /**
     * group
     *
     * @schema TcpSpecFrontendBinds#group
     */
    readonly group?: string;
    /**
     * guid prefix
     * Pattern: ^[A-Za-z0-9-_.:]+$
     *
     * @schema TcpSpecFrontendBinds#guid_prefix
     */
    readonly guidPrefix?: string;
    /**
     * id
     *
     * @schema TcpSpecFrontendBinds#id
     */
    readonly id?: string;
    /**
     * idle ping
     * Minimum: 0
     *
     * @schema TcpSpecFrontendBinds#idle_ping
     */
    readonly idlePing?: number;
    /**
     * interface
     *
     * @schema TcpSpecFrontendBinds#interface
     */
    readonly interface?: string;
    /**
     * level
     * Example: user
     * Enum: ["user","operator","admin"]
     *
     * @schema TcpSpecFrontendBinds#level
     */
    readonly level?: TcpSpecFrontendBindsLevel;
    /**
     * maxconn
     * Example: 1234
     *
     * @schema TcpSpecFrontendBinds#maxconn
     */
    readonly maxconn?: number;
    /**
     * @schema TcpSpecFrontendBinds#metadata
     */
    readonly metadata?: any;
    /**
     * mode
     *
     * @schema TcpSpecFrontendBinds#mode
     */
    readonly mode?: string;
    /**
     * mss
     *
     * @schema TcpSpecFrontendBinds#mss
     */
    readonly mss?: string;
    /**
     * name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBinds#name
     */
    readonly name?: string;
    /**
     * namespace
     * Example: app
     *
     * @schema TcpSpecFrontendBinds#namespace
     */
    readonly namespace?: string;
    /**
     * nbconn
     *
     * @schema TcpSpecFrontendBinds#nbconn
     */
    readonly nbconn?: number;
    /**
     * nice
     * Example: 1
     *
     * @schema TcpSpecFrontendBinds#nice
     */
    readonly nice?: number;
    /**
     * no alpn
     *
     * @schema TcpSpecFrontendBinds#no_alpn
     */
    readonly noAlpn?: boolean;
    /**
     * no ca names
     *
     * @schema TcpSpecFrontendBinds#no_ca_names
     */
    readonly noCaNames?: boolean;
    /**
     * This field is deprecated in favor of sslv3, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_sslv3
     */
    readonly noSslv3?: boolean;
    /**
     * no strict sni
     *
     * @schema TcpSpecFrontendBinds#no_strict_sni
     */
    readonly noStrictSni?: boolean;
    /**
     * This field is deprecated in favor of tls_tickets, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_tls_tickets
     */
    readonly noTlsTickets?: boolean;
    /**
     * This field is deprecated in favor of tlsv10, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_tlsv10
     */
    readonly noTlsv10?: boolean;
    /**
     * This field is deprecated in favor of tlsv11, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_tlsv11
     */
    readonly noTlsv11?: boolean;
    /**
     * This field is deprecated in favor of tlsv12, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_tlsv12
     */
    readonly noTlsv12?: boolean;
    /**
     * This field is deprecated in favor of tlsv13, and will be removed in a future release
     *
     * @schema TcpSpecFrontendBinds#no_tlsv13
     */
    readonly noTlsv13?: boolean;
    /**
     * npn
     *
     * @schema TcpSpecFrontendBinds#npn
     */
    readonly npn?: string;
    /**
     * port
     * Example: 80
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema TcpSpecFrontendBinds#port
     */
    readonly port?: number;
    /**
     * port range end
     * Example: 81
     * Maximum: 65535
     * Minimum: 1
     *
     * @schema TcpSpecFrontendBinds#port-range-end
     */
    readonly portRangeEnd?: number;
    /**
     * prefer client ciphers
     *
     * @schema TcpSpecFrontendBinds#prefer_client_ciphers
     */
    readonly preferClientCiphers?: boolean;
    /**
     * proto
     *
     * @schema TcpSpecFrontendBinds#proto
     */
    readonly proto?: string;
    /**
     * quic cc algo
     * Enum: ["cubic","newreno","bbr","nocc"]
     *
     * @schema TcpSpecFrontendBinds#quic-cc-algo
     */
    readonly quicCcAlgo?: TcpSpecFrontendBindsQuicCcAlgo;
    /**
     * quic force retry
     *
     * @schema TcpSpecFrontendBinds#quic-force-retry
     */
    readonly quicForceRetry?: boolean;
    /**
     * quic socket
     * Enum: ["connection","listener"]
     *
     * @schema TcpSpecFrontendBinds#quic-socket
     */
    readonly quicSocket?: TcpSpecFrontendBindsQuicSocket;
    /**
     * quic cc algo burst size
     * Maximum: 1024
     * Minimum: 0
     *
     * @schema TcpSpecFrontendBinds#quic_cc_algo_burst_size
     */
    readonly quicCcAlgoBurstSize?: number;
    /**
     * quic cc algo max window
     * Maximum: 4.194304e+06
     * Minimum: 10
     *
     * @schema TcpSpecFrontendBinds#quic_cc_algo_max_window
     */
    readonly quicCcAlgoMaxWindow?: number;
    /**
     * severity output
     * Example: none
     * Enum: ["none","number","string"]
     *
     * @schema TcpSpecFrontendBinds#severity_output
     */
    readonly severityOutput?: TcpSpecFrontendBindsSeverityOutput;
    /**
     * sigalgs
     *
     * @schema TcpSpecFrontendBinds#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * ssl
     *
     * @schema TcpSpecFrontendBinds#ssl
     */
    readonly ssl?: boolean;
    /**
     * ssl cafile
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBinds#ssl_cafile
     */
    readonly sslCafile?: string;
    /**
     * ssl certificate
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendBinds#ssl_certificate
     */
    readonly sslCertificate?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema TcpSpecFrontendBinds#ssl_max_ver
     */
    readonly sslMaxVer?: TcpSpecFrontendBindsSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema TcpSpecFrontendBinds#ssl_min_ver
     */
    readonly sslMinVer?: TcpSpecFrontendBindsSslMinVer;
    /**
     * sslv3
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#sslv3
     */
    readonly sslv3?: TcpSpecFrontendBindsSslv3;
    /**
     * strict sni
     *
     * @schema TcpSpecFrontendBinds#strict_sni
     */
    readonly strictSni?: boolean;
    /**
     * tcp user timeout
     *
     * @schema TcpSpecFrontendBinds#tcp_user_timeout
     */
    readonly tcpUserTimeout?: number;
    /**
     * tfo
     *
     * @schema TcpSpecFrontendBinds#tfo
     */
    readonly tfo?: boolean;
    /**
     * thread
     *
     * @schema TcpSpecFrontendBinds#thread
     */
    readonly thread?: string;
    /**
     * tls ticket keys
     *
     * @schema TcpSpecFrontendBinds#tls_ticket_keys
     */
    readonly tlsTicketKeys?: string;
    /**
     * tls tickets
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#tls_tickets
     */
    readonly tlsTickets?: TcpSpecFrontendBindsTlsTickets;
    /**
     * tlsv10
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#tlsv10
     */
    readonly tlsv10?: TcpSpecFrontendBindsTlsv10;
    /**
     * tlsv11
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#tlsv11
     */
    readonly tlsv11?: TcpSpecFrontendBindsTlsv11;
    /**
     * tlsv12
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#tlsv12
     */
    readonly tlsv12?: TcpSpecFrontendBindsTlsv12;
    /**
     * tlsv13
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendBinds#tlsv13
     */
    readonly tlsv13?: TcpSpecFrontendBindsTlsv13;
    /**
     * transparent
     *
     * @schema TcpSpecFrontendBinds#transparent
     */
    readonly transparent?: boolean;
    /**
     * uid
     *
     * @schema TcpSpecFrontendBinds#uid
     */
    readonly uid?: string;
    /**
     * user
     *
     * @schema TcpSpecFrontendBinds#user
     */
    readonly user?: string;
    /**
     * v4v6
     *
     * @schema TcpSpecFrontendBinds#v4v6
     */
    readonly v4V6?: boolean;
    /**
     * v6only
     *
     * @schema TcpSpecFrontendBinds#v6only
     */
    readonly v6Only?: boolean;
    /**
     * verify
     * Example: none
     * Enum: ["none","optional","required"]
     *
     * @schema TcpSpecFrontendBinds#verify
     */
    readonly verify?: TcpSpecFrontendBindsVerify;
}
/**
 * Converts an object of type 'TcpSpecFrontendBinds' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendBinds(obj: TcpSpecFrontendBinds | undefined): Record<string, any> | undefined;
/**
 * Capture Declare Capture
 *
 * swagger:model capture
 *
 * @schema TcpSpecFrontendCaptureList
 */
export interface TcpSpecFrontendCaptureList {
    /**
     * length
     * Required: true
     *
     * @schema TcpSpecFrontendCaptureList#length
     */
    readonly length: number;
    /**
     * @schema TcpSpecFrontendCaptureList#metadata
     */
    readonly metadata?: any;
    /**
     * type
     * Required: true
     * Enum: ["request","response"]
     *
     * @schema TcpSpecFrontendCaptureList#type
     */
    readonly type: TcpSpecFrontendCaptureListType;
}
/**
 * Converts an object of type 'TcpSpecFrontendCaptureList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendCaptureList(obj: TcpSpecFrontendCaptureList | undefined): Record<string, any> | undefined;
/**
 * clitcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendClitcpka
 */
export declare enum TcpSpecFrontendClitcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * compression
 *
 * @schema TcpSpecFrontendCompression
 */
export interface TcpSpecFrontendCompression {
    /**
     * algo req
     * Enum: ["identity","gzip","deflate","raw-deflate"]
     *
     * @schema TcpSpecFrontendCompression#algo-req
     */
    readonly algoReq?: TcpSpecFrontendCompressionAlgoReq;
    /**
     * algorithms
     *
     * @schema TcpSpecFrontendCompression#algorithms
     */
    readonly algorithms?: string[];
    /**
     * algos res
     *
     * @schema TcpSpecFrontendCompression#algos-res
     */
    readonly algosRes?: string[];
    /**
     * direction
     * Enum: ["request","response","both"]
     *
     * @schema TcpSpecFrontendCompression#direction
     */
    readonly direction?: TcpSpecFrontendCompressionDirection;
    /**
     * minsize req
     *
     * @schema TcpSpecFrontendCompression#minsize_req
     */
    readonly minsizeReq?: number;
    /**
     * minsize res
     *
     * @schema TcpSpecFrontendCompression#minsize_res
     */
    readonly minsizeRes?: number;
    /**
     * offload
     *
     * @schema TcpSpecFrontendCompression#offload
     */
    readonly offload?: boolean;
    /**
     * types
     *
     * @schema TcpSpecFrontendCompression#types
     */
    readonly types?: string[];
    /**
     * types req
     *
     * @schema TcpSpecFrontendCompression#types-req
     */
    readonly typesReq?: string[];
    /**
     * types res
     *
     * @schema TcpSpecFrontendCompression#types-res
     */
    readonly typesRes?: string[];
}
/**
 * Converts an object of type 'TcpSpecFrontendCompression' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendCompression(obj: TcpSpecFrontendCompression | undefined): Record<string, any> | undefined;
/**
 * contstats
 * Enum: ["enabled"]
 *
 * @schema TcpSpecFrontendContstats
 */
export declare enum TcpSpecFrontendContstats {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * disable h2 upgrade
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendDisableH2Upgrade
 */
export declare enum TcpSpecFrontendDisableH2Upgrade {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlog normal
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendDontlogNormal
 */
export declare enum TcpSpecFrontendDontlogNormal {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * dontlognull
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendDontlognull
 */
export declare enum TcpSpecFrontendDontlognull {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * email alert
 *
 * @schema TcpSpecFrontendEmailAlert
 */
export interface TcpSpecFrontendEmailAlert {
    /**
     * from
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema TcpSpecFrontendEmailAlert#from
     */
    readonly from: string;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema TcpSpecFrontendEmailAlert#level
     */
    readonly level?: TcpSpecFrontendEmailAlertLevel;
    /**
     * mailers
     * Required: true
     *
     * @schema TcpSpecFrontendEmailAlert#mailers
     */
    readonly mailers: string;
    /**
     * @schema TcpSpecFrontendEmailAlert#metadata
     */
    readonly metadata?: any;
    /**
     * myhostname
     *
     * @schema TcpSpecFrontendEmailAlert#myhostname
     */
    readonly myhostname?: string;
    /**
     * to
     * Required: true
     * Pattern: ^\S+@\S+$
     *
     * @schema TcpSpecFrontendEmailAlert#to
     */
    readonly to: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendEmailAlert' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendEmailAlert(obj: TcpSpecFrontendEmailAlert | undefined): Record<string, any> | undefined;
/**
 * Errorfile errorfile
 *
 * swagger:model errorfile
 *
 * @schema TcpSpecFrontendErrorFiles
 */
export interface TcpSpecFrontendErrorFiles {
    /**
     * code
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema TcpSpecFrontendErrorFiles#code
     */
    readonly code?: TcpSpecFrontendErrorFilesCode;
    /**
     * file
     *
     * @schema TcpSpecFrontendErrorFiles#file
     */
    readonly file?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendErrorFiles' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendErrorFiles(obj: TcpSpecFrontendErrorFiles | undefined): Record<string, any> | undefined;
/**
 * Errorfiles errorfiles
 *
 * swagger:model errorfiles
 *
 * @schema TcpSpecFrontendErrorfilesFromHttpErrors
 */
export interface TcpSpecFrontendErrorfilesFromHttpErrors {
    /**
     * codes
     *
     * @schema TcpSpecFrontendErrorfilesFromHttpErrors#codes
     */
    readonly codes?: number[];
    /**
     * @schema TcpSpecFrontendErrorfilesFromHttpErrors#metadata
     */
    readonly metadata?: any;
    /**
     * name
     *
     * @schema TcpSpecFrontendErrorfilesFromHttpErrors#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendErrorfilesFromHttpErrors' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendErrorfilesFromHttpErrors(obj: TcpSpecFrontendErrorfilesFromHttpErrors | undefined): Record<string, any> | undefined;
/**
 * errorloc302
 *
 * @schema TcpSpecFrontendErrorloc302
 */
export interface TcpSpecFrontendErrorloc302 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema TcpSpecFrontendErrorloc302#code
     */
    readonly code: TcpSpecFrontendErrorloc302Code;
    /**
     * @schema TcpSpecFrontendErrorloc302#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema TcpSpecFrontendErrorloc302#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendErrorloc302' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendErrorloc302(obj: TcpSpecFrontendErrorloc302 | undefined): Record<string, any> | undefined;
/**
 * errorloc303
 *
 * @schema TcpSpecFrontendErrorloc303
 */
export interface TcpSpecFrontendErrorloc303 {
    /**
     * code
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema TcpSpecFrontendErrorloc303#code
     */
    readonly code: TcpSpecFrontendErrorloc303Code;
    /**
     * @schema TcpSpecFrontendErrorloc303#metadata
     */
    readonly metadata?: any;
    /**
     * url
     * Required: true
     *
     * @schema TcpSpecFrontendErrorloc303#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendErrorloc303' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendErrorloc303(obj: TcpSpecFrontendErrorloc303 | undefined): Record<string, any> | undefined;
/**
 * Filter Filter
 *
 * HAProxy filters
 * Example: {"trace_name":"name","trace_rnd_parsing":true,"type":"trace"}
 *
 * swagger:model filter
 *
 * @schema TcpSpecFrontendFilterList
 */
export interface TcpSpecFrontendFilterList {
    /**
     * Name of the fcgi-app section this filter will use.
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#app_name
     */
    readonly appName?: string;
    /**
     * Filter name that will be used by 'set-bandwidth-limit' actions to reference a specific bandwidth limitation filter
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#cache_name
     */
    readonly cacheName?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema TcpSpecFrontendFilterList#default_limit
     */
    readonly defaultLimit?: number;
    /**
     * The default time period used to evaluate the bandwidth limitation rate.
     * It can be specified for per-stream bandwidth limitation filters only.
     * It follows the HAProxy time format and is expressed in milliseconds.
     *
     * @schema TcpSpecFrontendFilterList#default_period
     */
    readonly defaultPeriod?: number;
    /**
     * A sample expression rule.
     * It describes what elements will be analyzed, extracted, combined, and used to select which table entry to update the counters.
     * It must be specified for shared bandwidth limitation filters only.
     *
     * @schema TcpSpecFrontendFilterList#key
     */
    readonly key?: string;
    /**
     * The max number of bytes that can be forwarded over the period.
     * The value must be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema TcpSpecFrontendFilterList#limit
     */
    readonly limit?: number;
    /**
     * @schema TcpSpecFrontendFilterList#metadata
     */
    readonly metadata?: any;
    /**
     * The optional minimum number of bytes forwarded at a time by a stream excluding the last packet that may be smaller.
     * This value can be specified for per-stream and shared bandwidth limitation filters.
     * It follows the HAProxy size format and is expressed in bytes.
     *
     * @schema TcpSpecFrontendFilterList#min_size
     */
    readonly minSize?: number;
    /**
     * spoe config
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#spoe_config
     */
    readonly spoeConfig?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * An optional table to be used instead of the default one, which is the stick-table declared in the current proxy.
     * It can be specified for shared bandwidth limitation filters only.
     *
     * @schema TcpSpecFrontendFilterList#table
     */
    readonly table?: string;
    /**
     * trace hexdump
     *
     * @schema TcpSpecFrontendFilterList#trace_hexdump
     */
    readonly traceHexdump?: boolean;
    /**
     * trace name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendFilterList#trace_name
     */
    readonly traceName?: string;
    /**
     * trace rnd forwarding
     *
     * @schema TcpSpecFrontendFilterList#trace_rnd_forwarding
     */
    readonly traceRndForwarding?: boolean;
    /**
     * trace rnd parsing
     *
     * @schema TcpSpecFrontendFilterList#trace_rnd_parsing
     */
    readonly traceRndParsing?: boolean;
    /**
     * type
     * Required: true
     * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
     *
     * @schema TcpSpecFrontendFilterList#type
     */
    readonly type: TcpSpecFrontendFilterListType;
}
/**
 * Converts an object of type 'TcpSpecFrontendFilterList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendFilterList(obj: TcpSpecFrontendFilterList | undefined): Record<string, any> | undefined;
/**
 * forwardfor
 *
 * @schema TcpSpecFrontendForwardfor
 */
export interface TcpSpecFrontendForwardfor {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema TcpSpecFrontendForwardfor#enabled
     */
    readonly enabled: TcpSpecFrontendForwardforEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendForwardfor#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendForwardfor#header
     */
    readonly header?: string;
    /**
     * ifnone
     *
     * @schema TcpSpecFrontendForwardfor#ifnone
     */
    readonly ifnone?: boolean;
}
/**
 * Converts an object of type 'TcpSpecFrontendForwardfor' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendForwardfor(obj: TcpSpecFrontendForwardfor | undefined): Record<string, any> | undefined;
/**
 * h1 case adjust bogus client
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendH1CaseAdjustBogusClient
 */
export declare enum TcpSpecFrontendH1CaseAdjustBogusClient {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http buffer request
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpBufferRequest
 */
export declare enum TcpSpecFrontendHttpBufferRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http drop response trailers
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpDropResponseTrailers
 */
export declare enum TcpSpecFrontendHttpDropResponseTrailers {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http use htx
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpUseHtx
 */
export declare enum TcpSpecFrontendHttpUseHtx {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPAfterResponseRule HTTP after Response Rule
 *
 * HAProxy HTTP after response rule configuration (corresponds to http-after-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"max-age=31536000","hdr_name":"Strict-Transport-Security","type":"set-header"}
 *
 * swagger:model http_after_response_rule
 *
 * @schema TcpSpecFrontendHttpAfterResponseRuleList
 */
export interface TcpSpecFrontendHttpAfterResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * capture id
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#cond
     */
    readonly cond?: TcpSpecFrontendHttpAfterResponseRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * hdr format
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#log_level
     */
    readonly logLevel?: TcpSpecFrontendHttpAfterResponseRuleListLogLevel;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * sc expr
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#strict_mode
     */
    readonly strictMode?: TcpSpecFrontendHttpAfterResponseRuleListStrictMode;
    /**
     * type
     * Required: true
     * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#type
     */
    readonly type: TcpSpecFrontendHttpAfterResponseRuleListType;
    /**
     * var expr
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpAfterResponseRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpAfterResponseRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpAfterResponseRuleList(obj: TcpSpecFrontendHttpAfterResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http connection mode
 * Enum: ["httpclose","http-server-close","http-keep-alive"]
 *
 * @schema TcpSpecFrontendHttpConnectionMode
 */
export declare enum TcpSpecFrontendHttpConnectionMode {
    /** httpclose */
    HTTPCLOSE = "httpclose",
    /** http-server-close */
    HTTP_HYPHEN_SERVER_HYPHEN_CLOSE = "http-server-close",
    /** http-keep-alive */
    HTTP_HYPHEN_KEEP_HYPHEN_ALIVE = "http-keep-alive"
}
/**
 * HTTPErrorRule HTTP Error Rule
 *
 * HAProxy HTTP error rule configuration (corresponds to http-error directives)
 * Example: {"index":0,"status":425,"type":"status"}
 *
 * swagger:model http_error_rule
 *
 * @schema TcpSpecFrontendHttpErrorRuleList
 */
export interface TcpSpecFrontendHttpErrorRuleList {
    /**
     * @schema TcpSpecFrontendHttpErrorRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * return content
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#return_content_format
     */
    readonly returnContentFormat?: TcpSpecFrontendHttpErrorRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#return_hdrs
     */
    readonly returnHdrs?: TcpSpecFrontendHttpErrorRuleListReturnHdrs[];
    /**
     * status
     * Required: true
     * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#status
     */
    readonly status: TcpSpecFrontendHttpErrorRuleListStatus;
    /**
     * type
     * Required: true
     * Enum: ["status"]
     *
     * @schema TcpSpecFrontendHttpErrorRuleList#type
     */
    readonly type: TcpSpecFrontendHttpErrorRuleListType;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpErrorRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpErrorRuleList(obj: TcpSpecFrontendHttpErrorRuleList | undefined): Record<string, any> | undefined;
/**
 * http ignore probes
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpIgnoreProbes
 */
export declare enum TcpSpecFrontendHttpIgnoreProbes {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * http no delay
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpNoDelay
 */
export declare enum TcpSpecFrontendHttpNoDelay {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * HTTPRequestRule HTTP Request Rule
 *
 * HAProxy HTTP request rule configuration (corresponds to http-request directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_request_rule
 *
 * @schema TcpSpecFrontendHttpRequestRuleList
 */
export interface TcpSpecFrontendHttpRequestRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * auth realm
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#auth_realm
     */
    readonly authRealm?: string;
    /**
     * bandwidth limit limit
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture len
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#cond
     */
    readonly cond?: TcpSpecFrontendHttpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * hint format
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hint_format
     */
    readonly hintFormat?: string;
    /**
     * hint name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#hint_name
     */
    readonly hintName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#log_level
     */
    readonly logLevel?: TcpSpecFrontendHttpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema TcpSpecFrontendHttpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * method fmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#method_fmt
     */
    readonly methodFmt?: string;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * normalizer
     * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#normalizer
     */
    readonly normalizer?: TcpSpecFrontendHttpRequestRuleListNormalizer;
    /**
     * normalizer full
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#normalizer_full
     */
    readonly normalizerFull?: boolean;
    /**
     * normalizer strict
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#normalizer_strict
     */
    readonly normalizerStrict?: boolean;
    /**
     * path fmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#path_fmt
     */
    readonly pathFmt?: string;
    /**
     * path match
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#path_match
     */
    readonly pathMatch?: string;
    /**
     * protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#protocol
     */
    readonly protocol?: TcpSpecFrontendHttpRequestRuleListProtocol;
    /**
     * query fmt
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#query-fmt
     */
    readonly queryFmt?: string;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#redir_code
     */
    readonly redirCode?: TcpSpecFrontendHttpRequestRuleListRedirCode;
    /**
     * redir option
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#redir_type
     */
    readonly redirType?: TcpSpecFrontendHttpRequestRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * resolvers
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#resolvers
     */
    readonly resolvers?: string;
    /**
     * return content
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#return_content_format
     */
    readonly returnContentFormat?: TcpSpecFrontendHttpRequestRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#return_hdrs
     */
    readonly returnHdrs?: TcpSpecFrontendHttpRequestRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * service name
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#strict_mode
     */
    readonly strictMode?: TcpSpecFrontendHttpRequestRuleListStrictMode;
    /**
     * timeout
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#timeout_type
     */
    readonly timeoutType?: TcpSpecFrontendHttpRequestRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#type
     */
    readonly type: TcpSpecFrontendHttpRequestRuleListType;
    /**
     * uri fmt
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#uri-fmt
     */
    readonly uriFmt?: string;
    /**
     * uri match
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#uri-match
     */
    readonly uriMatch?: string;
    /**
     * var expr
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema TcpSpecFrontendHttpRequestRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpRequestRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpRequestRuleList(obj: TcpSpecFrontendHttpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * HTTPResponseRule HTTP Response Rule
 *
 * HAProxy HTTP response rule configuration (corresponds to http-response directives)
 * Example: {"cond":"unless","cond_test":"{ src 192.168.0.0/16 }","hdr_format":"%T","hdr_name":"X-Haproxy-Current-Date","index":0,"type":"add-header"}
 *
 * swagger:model http_response_rule
 *
 * @schema TcpSpecFrontendHttpResponseRuleList
 */
export interface TcpSpecFrontendHttpResponseRuleList {
    /**
     * acl file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#acl_file
     */
    readonly aclFile?: string;
    /**
     * acl keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#acl_keyfmt
     */
    readonly aclKeyfmt?: string;
    /**
     * bandwidth limit limit
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * cache name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#cache_name
     */
    readonly cacheName?: string;
    /**
     * capture id
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#capture_id
     */
    readonly captureId?: number;
    /**
     * capture sample
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#cond
     */
    readonly cond?: TcpSpecFrontendHttpResponseRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * deny status
     * Maximum: 599
     * Minimum: 200
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#deny_status
     */
    readonly denyStatus?: number;
    /**
     * expr
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#expr
     */
    readonly expr?: string;
    /**
     * hdr format
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#hdr_format
     */
    readonly hdrFormat?: string;
    /**
     * hdr match
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#hdr_match
     */
    readonly hdrMatch?: string;
    /**
     * hdr method
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#hdr_method
     */
    readonly hdrMethod?: string;
    /**
     * hdr name
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#hdr_name
     */
    readonly hdrName?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#log_level
     */
    readonly logLevel?: TcpSpecFrontendHttpResponseRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * map file
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#map_file
     */
    readonly mapFile?: string;
    /**
     * map keyfmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#map_keyfmt
     */
    readonly mapKeyfmt?: string;
    /**
     * map valuefmt
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#map_valuefmt
     */
    readonly mapValuefmt?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema TcpSpecFrontendHttpResponseRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * redir code
     * Enum: [301,302,303,307,308]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#redir_code
     */
    readonly redirCode?: TcpSpecFrontendHttpResponseRuleListRedirCode;
    /**
     * redir option
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#redir_option
     */
    readonly redirOption?: string;
    /**
     * redir type
     * Enum: ["location","prefix","scheme"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#redir_type
     */
    readonly redirType?: TcpSpecFrontendHttpResponseRuleListRedirType;
    /**
     * redir value
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#redir_value
     */
    readonly redirValue?: string;
    /**
     * return content
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#return_content
     */
    readonly returnContent?: string;
    /**
     * return content format
     * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#return_content_format
     */
    readonly returnContentFormat?: TcpSpecFrontendHttpResponseRuleListReturnContentFormat;
    /**
     * return content type
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#return_content_type
     */
    readonly returnContentType?: string;
    /**
     * return headers
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#return_hdrs
     */
    readonly returnHdrs?: TcpSpecFrontendHttpResponseRuleListReturnHdrs[];
    /**
     * return status code
     * Maximum: 599
     * Minimum: 200
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#return_status_code
     */
    readonly returnStatusCode?: number;
    /**
     * rst ttl
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc expr
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#sc_expr
     */
    readonly scExpr?: string;
    /**
     * sc id
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#sc_id
     */
    readonly scId?: number;
    /**
     * sc idx
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#sc_idx
     */
    readonly scIdx?: number;
    /**
     * sc int
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * spoe engine
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#spoe_engine
     */
    readonly spoeEngine?: string;
    /**
     * spoe group
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#spoe_group
     */
    readonly spoeGroup?: string;
    /**
     * status
     * Maximum: 999
     * Minimum: 100
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#status
     */
    readonly status?: number;
    /**
     * status reason
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#status_reason
     */
    readonly statusReason?: string;
    /**
     * strict mode
     * Enum: ["on","off"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#strict_mode
     */
    readonly strictMode?: TcpSpecFrontendHttpResponseRuleListStrictMode;
    /**
     * timeout
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#timeout
     */
    readonly timeout?: string;
    /**
     * timeout type
     * Enum: ["server","tunnel","client"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#timeout_type
     */
    readonly timeoutType?: TcpSpecFrontendHttpResponseRuleListTimeoutType;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track sc key
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#track_sc_key
     */
    readonly trackScKey?: string;
    /**
     * track sc stick counter
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#track_sc_stick_counter
     */
    readonly trackScStickCounter?: number;
    /**
     * track sc table
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#track_sc_table
     */
    readonly trackScTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#type
     */
    readonly type: TcpSpecFrontendHttpResponseRuleListType;
    /**
     * var expr
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#var_expr
     */
    readonly varExpr?: string;
    /**
     * var format
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#var_scope
     */
    readonly varScope?: string;
    /**
     * wait at least
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#wait_at_least
     */
    readonly waitAtLeast?: number;
    /**
     * wait time
     * Minimum: 0
     *
     * @schema TcpSpecFrontendHttpResponseRuleList#wait_time
     */
    readonly waitTime?: number;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpResponseRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpResponseRuleList(obj: TcpSpecFrontendHttpResponseRuleList | undefined): Record<string, any> | undefined;
/**
 * http restrict req hdr names
 * Enum: ["preserve","delete","reject"]
 *
 * @schema TcpSpecFrontendHttpRestrictReqHdrNames
 */
export declare enum TcpSpecFrontendHttpRestrictReqHdrNames {
    /** preserve */
    PRESERVE = "preserve",
    /** delete */
    DELETE = "delete",
    /** reject */
    REJECT = "reject"
}
/**
 * http use proxy header
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpUseProxyHeader
 */
export declare enum TcpSpecFrontendHttpUseProxyHeader {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * httpslog
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendHttpslog
 */
export declare enum TcpSpecFrontendHttpslog {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * idle close on response
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendIdleCloseOnResponse
 */
export declare enum TcpSpecFrontendIdleCloseOnResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * independent streams
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendIndependentStreams
 */
export declare enum TcpSpecFrontendIndependentStreams {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * log separate errors
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendLogSeparateErrors
 */
export declare enum TcpSpecFrontendLogSeparateErrors {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * LogTarget Log Target
 *
 * Per-instance logging of events and traffic.
 *
 * swagger:model log_target
 *
 * @schema TcpSpecFrontendLogTargetList
 */
export interface TcpSpecFrontendLogTargetList {
    /**
     * address
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendLogTargetList#address
     */
    readonly address?: string;
    /**
     * facility
     * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
     *
     * @schema TcpSpecFrontendLogTargetList#facility
     */
    readonly facility?: TcpSpecFrontendLogTargetListFacility;
    /**
     * format
     * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
     *
     * @schema TcpSpecFrontendLogTargetList#format
     */
    readonly format?: TcpSpecFrontendLogTargetListFormat;
    /**
     * global
     *
     * @schema TcpSpecFrontendLogTargetList#global
     */
    readonly global?: boolean;
    /**
     * length
     *
     * @schema TcpSpecFrontendLogTargetList#length
     */
    readonly length?: number;
    /**
     * level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema TcpSpecFrontendLogTargetList#level
     */
    readonly level?: TcpSpecFrontendLogTargetListLevel;
    /**
     * @schema TcpSpecFrontendLogTargetList#metadata
     */
    readonly metadata?: any;
    /**
     * minlevel
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
     *
     * @schema TcpSpecFrontendLogTargetList#minlevel
     */
    readonly minlevel?: TcpSpecFrontendLogTargetListMinlevel;
    /**
     * nolog
     *
     * @schema TcpSpecFrontendLogTargetList#nolog
     */
    readonly nolog?: boolean;
    /**
     * profile
     *
     * @schema TcpSpecFrontendLogTargetList#profile
     */
    readonly profile?: string;
    /**
     * sample range
     *
     * @schema TcpSpecFrontendLogTargetList#sample_range
     */
    readonly sampleRange?: string;
    /**
     * sample size
     *
     * @schema TcpSpecFrontendLogTargetList#sample_size
     */
    readonly sampleSize?: number;
}
/**
 * Converts an object of type 'TcpSpecFrontendLogTargetList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendLogTargetList(obj: TcpSpecFrontendLogTargetList | undefined): Record<string, any> | undefined;
/**
 * logasap
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendLogasap
 */
export declare enum TcpSpecFrontendLogasap {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * mode
 * Enum: ["http","tcp"]
 *
 * @schema TcpSpecFrontendMode
 */
export declare enum TcpSpecFrontendMode {
    /** http */
    HTTP = "http",
    /** tcp */
    TCP = "tcp"
}
/**
 * monitor fail
 *
 * @schema TcpSpecFrontendMonitorFail
 */
export interface TcpSpecFrontendMonitorFail {
    /**
     * cond
     * Required: true
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendMonitorFail#cond
     */
    readonly cond: TcpSpecFrontendMonitorFailCond;
    /**
     * cond test
     * Required: true
     *
     * @schema TcpSpecFrontendMonitorFail#cond_test
     */
    readonly condTest: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendMonitorFail' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendMonitorFail(obj: TcpSpecFrontendMonitorFail | undefined): Record<string, any> | undefined;
/**
 * nolinger
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendNolinger
 */
export declare enum TcpSpecFrontendNolinger {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * originalto
 *
 * @schema TcpSpecFrontendOriginalto
 */
export interface TcpSpecFrontendOriginalto {
    /**
     * enabled
     * Required: true
     * Enum: ["enabled"]
     *
     * @schema TcpSpecFrontendOriginalto#enabled
     */
    readonly enabled: TcpSpecFrontendOriginaltoEnabled;
    /**
     * except
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendOriginalto#except
     */
    readonly except?: string;
    /**
     * header
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendOriginalto#header
     */
    readonly header?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendOriginalto' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendOriginalto(obj: TcpSpecFrontendOriginalto | undefined): Record<string, any> | undefined;
/**
 * QUICInitialRule QUIC Initial
 *
 * QUIC Initial configuration
 * Example: {"type":"reject"}
 *
 * swagger:model QUICInitialRule
 *
 * @schema TcpSpecFrontendQuicInitialRuleList
 */
export interface TcpSpecFrontendQuicInitialRuleList {
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendQuicInitialRuleList#cond
     */
    readonly cond?: TcpSpecFrontendQuicInitialRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendQuicInitialRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * @schema TcpSpecFrontendQuicInitialRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * type
     * Required: true
     * Enum: ["reject","accept","send-retry","dgram-drop"]
     *
     * @schema TcpSpecFrontendQuicInitialRuleList#type
     */
    readonly type: TcpSpecFrontendQuicInitialRuleListType;
}
/**
 * Converts an object of type 'TcpSpecFrontendQuicInitialRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendQuicInitialRuleList(obj: TcpSpecFrontendQuicInitialRuleList | undefined): Record<string, any> | undefined;
/**
 * socket stats
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendSocketStats
 */
export declare enum TcpSpecFrontendSocketStats {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice auto
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendSpliceAuto
 */
export declare enum TcpSpecFrontendSpliceAuto {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice request
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendSpliceRequest
 */
export declare enum TcpSpecFrontendSpliceRequest {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * splice response
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendSpliceResponse
 */
export declare enum TcpSpecFrontendSpliceResponse {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * SSLFrontUse SSL Frontend Use certificate
 *
 * # Assign a certificate to the current frontend
 *
 * swagger:model SSLFrontUse
 *
 * @schema TcpSpecFrontendSslFrontUseList
 */
export interface TcpSpecFrontendSslFrontUseList {
    /**
     * allow 0rtt
     *
     * @schema TcpSpecFrontendSslFrontUseList#allow_0rtt
     */
    readonly allow0Rtt?: boolean;
    /**
     * alpn
     *
     * @schema TcpSpecFrontendSslFrontUseList#alpn
     */
    readonly alpn?: string;
    /**
     * ca file
     *
     * @schema TcpSpecFrontendSslFrontUseList#ca_file
     */
    readonly caFile?: string;
    /**
     * Certificate filename
     * Required: true
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendSslFrontUseList#certificate
     */
    readonly certificate: string;
    /**
     * ciphers
     *
     * @schema TcpSpecFrontendSslFrontUseList#ciphers
     */
    readonly ciphers?: string;
    /**
     * ciphersuites
     *
     * @schema TcpSpecFrontendSslFrontUseList#ciphersuites
     */
    readonly ciphersuites?: string;
    /**
     * client sigalgs
     *
     * @schema TcpSpecFrontendSslFrontUseList#client_sigalgs
     */
    readonly clientSigalgs?: string;
    /**
     * crl file
     *
     * @schema TcpSpecFrontendSslFrontUseList#crl_file
     */
    readonly crlFile?: string;
    /**
     * curves
     *
     * @schema TcpSpecFrontendSslFrontUseList#curves
     */
    readonly curves?: string;
    /**
     * ecdhe
     *
     * @schema TcpSpecFrontendSslFrontUseList#ecdhe
     */
    readonly ecdhe?: string;
    /**
     * OCSP issuer filename
     *
     * @schema TcpSpecFrontendSslFrontUseList#issuer
     */
    readonly issuer?: string;
    /**
     * Private key filename
     *
     * @schema TcpSpecFrontendSslFrontUseList#key
     */
    readonly key?: string;
    /**
     * @schema TcpSpecFrontendSslFrontUseList#metadata
     */
    readonly metadata?: any;
    /**
     * no alpn
     *
     * @schema TcpSpecFrontendSslFrontUseList#no_alpn
     */
    readonly noAlpn?: boolean;
    /**
     * no ca names
     *
     * @schema TcpSpecFrontendSslFrontUseList#no_ca_names
     */
    readonly noCaNames?: boolean;
    /**
     * npn
     *
     * @schema TcpSpecFrontendSslFrontUseList#npn
     */
    readonly npn?: string;
    /**
     * OCSP response filename
     *
     * @schema TcpSpecFrontendSslFrontUseList#ocsp
     */
    readonly ocsp?: string;
    /**
     * Automatic OCSP response update
     * Enum: ["enabled","disabled"]
     *
     * @schema TcpSpecFrontendSslFrontUseList#ocsp_update
     */
    readonly ocspUpdate?: TcpSpecFrontendSslFrontUseListOcspUpdate;
    /**
     * Signed Certificate Timestamp List filename
     *
     * @schema TcpSpecFrontendSslFrontUseList#sctl
     */
    readonly sctl?: string;
    /**
     * sigalgs
     *
     * @schema TcpSpecFrontendSslFrontUseList#sigalgs
     */
    readonly sigalgs?: string;
    /**
     * ssl max ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema TcpSpecFrontendSslFrontUseList#ssl_max_ver
     */
    readonly sslMaxVer?: TcpSpecFrontendSslFrontUseListSslMaxVer;
    /**
     * ssl min ver
     * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
     *
     * @schema TcpSpecFrontendSslFrontUseList#ssl_min_ver
     */
    readonly sslMinVer?: TcpSpecFrontendSslFrontUseListSslMinVer;
    /**
     * verify
     * Enum: ["none","optional","required"]
     *
     * @schema TcpSpecFrontendSslFrontUseList#verify
     */
    readonly verify?: TcpSpecFrontendSslFrontUseListVerify;
}
/**
 * Converts an object of type 'TcpSpecFrontendSslFrontUseList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendSslFrontUseList(obj: TcpSpecFrontendSslFrontUseList | undefined): Record<string, any> | undefined;
/**
 * stats options
 *
 * @schema TcpSpecFrontendStatsOptions
 */
export interface TcpSpecFrontendStatsOptions {
    /**
     * stats admin
     *
     * @schema TcpSpecFrontendStatsOptions#stats_admin
     */
    readonly statsAdmin?: boolean;
    /**
     * stats admin cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendStatsOptions#stats_admin_cond
     */
    readonly statsAdminCond?: TcpSpecFrontendStatsOptionsStatsAdminCond;
    /**
     * stats admin cond test
     *
     * @schema TcpSpecFrontendStatsOptions#stats_admin_cond_test
     */
    readonly statsAdminCondTest?: string;
    /**
     * stats auths
     *
     * @schema TcpSpecFrontendStatsOptions#stats_auths
     */
    readonly statsAuths?: TcpSpecFrontendStatsOptionsStatsAuths[];
    /**
     * stats enable
     *
     * @schema TcpSpecFrontendStatsOptions#stats_enable
     */
    readonly statsEnable?: boolean;
    /**
     * stats hide version
     *
     * @schema TcpSpecFrontendStatsOptions#stats_hide_version
     */
    readonly statsHideVersion?: boolean;
    /**
     * stats http requests
     *
     * @schema TcpSpecFrontendStatsOptions#stats_http_requests
     */
    readonly statsHttpRequests?: TcpSpecFrontendStatsOptionsStatsHttpRequests[];
    /**
     * stats maxconn
     * Minimum: 1
     *
     * @schema TcpSpecFrontendStatsOptions#stats_maxconn
     */
    readonly statsMaxconn?: number;
    /**
     * stats realm
     *
     * @schema TcpSpecFrontendStatsOptions#stats_realm
     */
    readonly statsRealm?: boolean;
    /**
     * stats realm realm
     *
     * @schema TcpSpecFrontendStatsOptions#stats_realm_realm
     */
    readonly statsRealmRealm?: string;
    /**
     * stats refresh delay
     * Minimum: 0
     *
     * @schema TcpSpecFrontendStatsOptions#stats_refresh_delay
     */
    readonly statsRefreshDelay?: number;
    /**
     * stats show desc
     *
     * @schema TcpSpecFrontendStatsOptions#stats_show_desc
     */
    readonly statsShowDesc?: string;
    /**
     * stats show legends
     *
     * @schema TcpSpecFrontendStatsOptions#stats_show_legends
     */
    readonly statsShowLegends?: boolean;
    /**
     * stats show modules
     *
     * @schema TcpSpecFrontendStatsOptions#stats_show_modules
     */
    readonly statsShowModules?: boolean;
    /**
     * stats show node name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendStatsOptions#stats_show_node_name
     */
    readonly statsShowNodeName: string;
    /**
     * stats uri prefix
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendStatsOptions#stats_uri_prefix
     */
    readonly statsUriPrefix?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendStatsOptions' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendStatsOptions(obj: TcpSpecFrontendStatsOptions | undefined): Record<string, any> | undefined;
/**
 * stick table
 *
 * @schema TcpSpecFrontendStickTable
 */
export interface TcpSpecFrontendStickTable {
    /**
     * expire
     * Minimum: 0
     *
     * @schema TcpSpecFrontendStickTable#expire
     */
    readonly expire?: number;
    /**
     * keylen
     *
     * @schema TcpSpecFrontendStickTable#keylen
     */
    readonly keylen?: number;
    /**
     * @schema TcpSpecFrontendStickTable#metadata
     */
    readonly metadata?: any;
    /**
     * nopurge
     *
     * @schema TcpSpecFrontendStickTable#nopurge
     */
    readonly nopurge?: boolean;
    /**
     * peers
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendStickTable#peers
     */
    readonly peers?: string;
    /**
     * recv only
     *
     * @schema TcpSpecFrontendStickTable#recv_only
     */
    readonly recvOnly?: boolean;
    /**
     * size
     * Minimum: 0
     *
     * @schema TcpSpecFrontendStickTable#size
     */
    readonly size?: number;
    /**
     * srvkey
     * Enum: ["addr","name"]
     *
     * @schema TcpSpecFrontendStickTable#srvkey
     */
    readonly srvkey?: TcpSpecFrontendStickTableSrvkey;
    /**
     * store
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendStickTable#store
     */
    readonly store?: string;
    /**
     * type
     * Enum: ["ip","ipv6","integer","string","binary"]
     *
     * @schema TcpSpecFrontendStickTable#type
     */
    readonly type?: TcpSpecFrontendStickTableType;
    /**
     * write to
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendStickTable#write_to
     */
    readonly writeTo?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendStickTable' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendStickTable(obj: TcpSpecFrontendStickTable | undefined): Record<string, any> | undefined;
/**
 * TCPRequestRule TCP Request Rule
 *
 * HAProxy TCP Request Rule configuration (corresponds to tcp-request)
 * Example: {"cond":"if","cond_test":"{ src 192.168.0.0/16 }","index":0,"type":"connection"}
 *
 * swagger:model tcp_request_rule
 *
 * @schema TcpSpecFrontendTcpRequestRuleList
 */
export interface TcpSpecFrontendTcpRequestRuleList {
    /**
     * action
     * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#action
     */
    readonly action?: TcpSpecFrontendTcpRequestRuleListAction;
    /**
     * bandwidth limit limit
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#bandwidth_limit_limit
     */
    readonly bandwidthLimitLimit?: string;
    /**
     * bandwidth limit name
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#bandwidth_limit_name
     */
    readonly bandwidthLimitName?: string;
    /**
     * bandwidth limit period
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#bandwidth_limit_period
     */
    readonly bandwidthLimitPeriod?: string;
    /**
     * capture len
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#capture_len
     */
    readonly captureLen?: number;
    /**
     * capture sample
     * Pattern: ^(?:[A-Za-z]+\("([A-Za-z\s]+)"\)|[A-Za-z]+)
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#capture_sample
     */
    readonly captureSample?: string;
    /**
     * cond
     * Enum: ["if","unless"]
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#cond
     */
    readonly cond?: TcpSpecFrontendTcpRequestRuleListCond;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#cond_test
     */
    readonly condTest?: string;
    /**
     * expr
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#expr
     */
    readonly expr?: string;
    /**
     * gpt value
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#gpt_value
     */
    readonly gptValue?: string;
    /**
     * log level
     * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#log_level
     */
    readonly logLevel?: TcpSpecFrontendTcpRequestRuleListLogLevel;
    /**
     * lua action
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#lua_action
     */
    readonly luaAction?: string;
    /**
     * lua params
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#lua_params
     */
    readonly luaParams?: string;
    /**
     * mark value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#mark_value
     */
    readonly markValue?: string;
    /**
     * @schema TcpSpecFrontendTcpRequestRuleList#metadata
     */
    readonly metadata?: any;
    /**
     * nice value
     * Maximum: 1024
     * Minimum: -1024
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#nice_value
     */
    readonly niceValue?: number;
    /**
     * resolve protocol
     * Enum: ["ipv4","ipv6"]
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#resolve_protocol
     */
    readonly resolveProtocol?: TcpSpecFrontendTcpRequestRuleListResolveProtocol;
    /**
     * resolve resolvers
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#resolve_resolvers
     */
    readonly resolveResolvers?: string;
    /**
     * resolve var
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#resolve_var
     */
    readonly resolveVar?: string;
    /**
     * rst ttl
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#rst_ttl
     */
    readonly rstTtl?: number;
    /**
     * sc idx
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#sc_idx
     */
    readonly scIdx?: string;
    /**
     * sc inc id
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#sc_inc_id
     */
    readonly scIncId?: string;
    /**
     * sc int
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#sc_int
     */
    readonly scInt?: number;
    /**
     * server name
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#server_name
     */
    readonly serverName?: string;
    /**
     * service name
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#service_name
     */
    readonly serviceName?: string;
    /**
     * spoe engine name
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#spoe_engine_name
     */
    readonly spoeEngineName?: string;
    /**
     * spoe group name
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#spoe_group_name
     */
    readonly spoeGroupName?: string;
    /**
     * switch mode proto
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#switch_mode_proto
     */
    readonly switchModeProto?: string;
    /**
     * timeout
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#timeout
     */
    readonly timeout?: number;
    /**
     * tos value
     * Pattern: ^(0x[0-9A-Fa-f]+|[0-9]+)$
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#tos_value
     */
    readonly tosValue?: string;
    /**
     * track key
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#track_key
     */
    readonly trackKey?: string;
    /**
     * track stick counter
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#track_stick_counter
     */
    readonly trackStickCounter?: number;
    /**
     * track table
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#track_table
     */
    readonly trackTable?: string;
    /**
     * type
     * Required: true
     * Enum: ["connection","content","inspect-delay","session"]
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#type
     */
    readonly type: TcpSpecFrontendTcpRequestRuleListType;
    /**
     * var format
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#var_format
     */
    readonly varFormat?: string;
    /**
     * var name
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#var_name
     */
    readonly varName?: string;
    /**
     * var scope
     * Pattern: ^[^\s]+$
     *
     * @schema TcpSpecFrontendTcpRequestRuleList#var_scope
     */
    readonly varScope?: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendTcpRequestRuleList' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendTcpRequestRuleList(obj: TcpSpecFrontendTcpRequestRuleList | undefined): Record<string, any> | undefined;
/**
 * tcp smart accept
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendTcpSmartAccept
 */
export declare enum TcpSpecFrontendTcpSmartAccept {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tcpka
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendTcpka
 */
export declare enum TcpSpecFrontendTcpka {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendBackendSwitchingRuleListCond
 */
export declare enum TcpSpecFrontendBackendSwitchingRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * force strict sni
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsForceStrictSni
 */
export declare enum TcpSpecFrontendBindsForceStrictSni {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * level
 * Example: user
 * Enum: ["user","operator","admin"]
 *
 * @schema TcpSpecFrontendBindsLevel
 */
export declare enum TcpSpecFrontendBindsLevel {
    /** user */
    USER = "user",
    /** operator */
    OPERATOR = "operator",
    /** admin */
    ADMIN = "admin"
}
/**
 * quic cc algo
 * Enum: ["cubic","newreno","bbr","nocc"]
 *
 * @schema TcpSpecFrontendBindsQuicCcAlgo
 */
export declare enum TcpSpecFrontendBindsQuicCcAlgo {
    /** cubic */
    CUBIC = "cubic",
    /** newreno */
    NEWRENO = "newreno",
    /** bbr */
    BBR = "bbr",
    /** nocc */
    NOCC = "nocc"
}
/**
 * quic socket
 * Enum: ["connection","listener"]
 *
 * @schema TcpSpecFrontendBindsQuicSocket
 */
export declare enum TcpSpecFrontendBindsQuicSocket {
    /** connection */
    CONNECTION = "connection",
    /** listener */
    LISTENER = "listener"
}
/**
 * severity output
 * Example: none
 * Enum: ["none","number","string"]
 *
 * @schema TcpSpecFrontendBindsSeverityOutput
 */
export declare enum TcpSpecFrontendBindsSeverityOutput {
    /** none */
    NONE = "none",
    /** number */
    NUMBER = "number",
    /** string */
    STRING = "string"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema TcpSpecFrontendBindsSslMaxVer
 */
export declare enum TcpSpecFrontendBindsSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema TcpSpecFrontendBindsSslMinVer
 */
export declare enum TcpSpecFrontendBindsSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * sslv3
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsSslv3
 */
export declare enum TcpSpecFrontendBindsSslv3 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tls tickets
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsTlsTickets
 */
export declare enum TcpSpecFrontendBindsTlsTickets {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv10
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsTlsv10
 */
export declare enum TcpSpecFrontendBindsTlsv10 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv11
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsTlsv11
 */
export declare enum TcpSpecFrontendBindsTlsv11 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv12
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsTlsv12
 */
export declare enum TcpSpecFrontendBindsTlsv12 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * tlsv13
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendBindsTlsv13
 */
export declare enum TcpSpecFrontendBindsTlsv13 {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * verify
 * Example: none
 * Enum: ["none","optional","required"]
 *
 * @schema TcpSpecFrontendBindsVerify
 */
export declare enum TcpSpecFrontendBindsVerify {
    /** none */
    NONE = "none",
    /** optional */
    OPTIONAL = "optional",
    /** required */
    REQUIRED = "required"
}
/**
 * type
 * Required: true
 * Enum: ["request","response"]
 *
 * @schema TcpSpecFrontendCaptureListType
 */
export declare enum TcpSpecFrontendCaptureListType {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response"
}
/**
 * algo req
 * Enum: ["identity","gzip","deflate","raw-deflate"]
 *
 * @schema TcpSpecFrontendCompressionAlgoReq
 */
export declare enum TcpSpecFrontendCompressionAlgoReq {
    /** identity */
    IDENTITY = "identity",
    /** gzip */
    GZIP = "gzip",
    /** deflate */
    DEFLATE = "deflate",
    /** raw-deflate */
    RAW_HYPHEN_DEFLATE = "raw-deflate"
}
/**
 * direction
 * Enum: ["request","response","both"]
 *
 * @schema TcpSpecFrontendCompressionDirection
 */
export declare enum TcpSpecFrontendCompressionDirection {
    /** request */
    REQUEST = "request",
    /** response */
    RESPONSE = "response",
    /** both */
    BOTH = "both"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema TcpSpecFrontendEmailAlertLevel
 */
export declare enum TcpSpecFrontendEmailAlertLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * code
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema TcpSpecFrontendErrorFilesCode
 */
export declare enum TcpSpecFrontendErrorFilesCode {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema TcpSpecFrontendErrorloc302Code
 */
export declare enum TcpSpecFrontendErrorloc302Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * code
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema TcpSpecFrontendErrorloc303Code
 */
export declare enum TcpSpecFrontendErrorloc303Code {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["bwlim-in","bwlim-out","cache","compression","fcgi-app","spoe","trace"]
 *
 * @schema TcpSpecFrontendFilterListType
 */
export declare enum TcpSpecFrontendFilterListType {
    /** bwlim-in */
    BWLIM_HYPHEN_IN = "bwlim-in",
    /** bwlim-out */
    BWLIM_HYPHEN_OUT = "bwlim-out",
    /** cache */
    CACHE = "cache",
    /** compression */
    COMPRESSION = "compression",
    /** fcgi-app */
    FCGI_HYPHEN_APP = "fcgi-app",
    /** spoe */
    SPOE = "spoe",
    /** trace */
    TRACE = "trace"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema TcpSpecFrontendForwardforEnabled
 */
export declare enum TcpSpecFrontendForwardforEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendHttpAfterResponseRuleListCond
 */
export declare enum TcpSpecFrontendHttpAfterResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema TcpSpecFrontendHttpAfterResponseRuleListLogLevel
 */
export declare enum TcpSpecFrontendHttpAfterResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema TcpSpecFrontendHttpAfterResponseRuleListStrictMode
 */
export declare enum TcpSpecFrontendHttpAfterResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * type
 * Required: true
 * Enum: ["add-header","allow","capture","del-acl","del-header","del-map","replace-header","replace-value","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","set-header","set-log-level","set-map","set-status","set-var","set-var-fmt","strict-mode","unset-var","do-log"]
 *
 * @schema TcpSpecFrontendHttpAfterResponseRuleListType
 */
export declare enum TcpSpecFrontendHttpAfterResponseRuleListType {
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema TcpSpecFrontendHttpErrorRuleListReturnContentFormat
 */
export declare enum TcpSpecFrontendHttpErrorRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema TcpSpecFrontendHttpErrorRuleListReturnHdrs
 */
export interface TcpSpecFrontendHttpErrorRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema TcpSpecFrontendHttpErrorRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema TcpSpecFrontendHttpErrorRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpErrorRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpErrorRuleListReturnHdrs(obj: TcpSpecFrontendHttpErrorRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * status
 * Required: true
 * Enum: [200,400,401,403,404,405,407,408,410,413,425,429,500,501,502,503,504]
 *
 * @schema TcpSpecFrontendHttpErrorRuleListStatus
 */
export declare enum TcpSpecFrontendHttpErrorRuleListStatus {
    /** 200 */
    VALUE_200 = 200,
    /** 400 */
    VALUE_400 = 400,
    /** 401 */
    VALUE_401 = 401,
    /** 403 */
    VALUE_403 = 403,
    /** 404 */
    VALUE_404 = 404,
    /** 405 */
    VALUE_405 = 405,
    /** 407 */
    VALUE_407 = 407,
    /** 408 */
    VALUE_408 = 408,
    /** 410 */
    VALUE_410 = 410,
    /** 413 */
    VALUE_413 = 413,
    /** 425 */
    VALUE_425 = 425,
    /** 429 */
    VALUE_429 = 429,
    /** 500 */
    VALUE_500 = 500,
    /** 501 */
    VALUE_501 = 501,
    /** 502 */
    VALUE_502 = 502,
    /** 503 */
    VALUE_503 = 503,
    /** 504 */
    VALUE_504 = 504
}
/**
 * type
 * Required: true
 * Enum: ["status"]
 *
 * @schema TcpSpecFrontendHttpErrorRuleListType
 */
export declare enum TcpSpecFrontendHttpErrorRuleListType {
    /** status */
    STATUS = "status"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListCond
 */
export declare enum TcpSpecFrontendHttpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListLogLevel
 */
export declare enum TcpSpecFrontendHttpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * normalizer
 * Enum: ["fragment-encode","fragment-strip","path-merge-slashes","path-strip-dot","path-strip-dotdot","percent-decode-unreserved","percent-to-uppercase","query-sort-by-name"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListNormalizer
 */
export declare enum TcpSpecFrontendHttpRequestRuleListNormalizer {
    /** fragment-encode */
    FRAGMENT_HYPHEN_ENCODE = "fragment-encode",
    /** fragment-strip */
    FRAGMENT_HYPHEN_STRIP = "fragment-strip",
    /** path-merge-slashes */
    PATH_HYPHEN_MERGE_HYPHEN_SLASHES = "path-merge-slashes",
    /** path-strip-dot */
    PATH_HYPHEN_STRIP_HYPHEN_DOT = "path-strip-dot",
    /** path-strip-dotdot */
    PATH_HYPHEN_STRIP_HYPHEN_DOTDOT = "path-strip-dotdot",
    /** percent-decode-unreserved */
    PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED = "percent-decode-unreserved",
    /** percent-to-uppercase */
    PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE = "percent-to-uppercase",
    /** query-sort-by-name */
    QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME = "query-sort-by-name"
}
/**
 * protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListProtocol
 */
export declare enum TcpSpecFrontendHttpRequestRuleListProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListRedirCode
 */
export declare enum TcpSpecFrontendHttpRequestRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListRedirType
 */
export declare enum TcpSpecFrontendHttpRequestRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListReturnContentFormat
 */
export declare enum TcpSpecFrontendHttpRequestRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema TcpSpecFrontendHttpRequestRuleListReturnHdrs
 */
export interface TcpSpecFrontendHttpRequestRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema TcpSpecFrontendHttpRequestRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema TcpSpecFrontendHttpRequestRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpRequestRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpRequestRuleListReturnHdrs(obj: TcpSpecFrontendHttpRequestRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListStrictMode
 */
export declare enum TcpSpecFrontendHttpRequestRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListTimeoutType
 */
export declare enum TcpSpecFrontendHttpRequestRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","auth","cache-use","capture","del-acl","del-header","del-map","deny","disable-l7-retry","do-resolve","early-hint","lua","normalize-uri","pause","redirect","reject","replace-header","replace-path","replace-pathq","replace-uri","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bc-mark","set-bc-tos","set-dst","set-dst-port","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-method","set-nice","set-path","set-pathq","set-priority-class","set-priority-offset","set-query","set-src","set-src-port","set-timeout","set-tos","set-uri","set-var","set-var-fmt","silent-drop","strict-mode","tarpit","track-sc","unset-var","use-service","wait-for-body","wait-for-handshake","set-bandwidth-limit","set-retries","do-log"]
 *
 * @schema TcpSpecFrontendHttpRequestRuleListType
 */
export declare enum TcpSpecFrontendHttpRequestRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** auth */
    AUTH = "auth",
    /** cache-use */
    CACHE_HYPHEN_USE = "cache-use",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** disable-l7-retry */
    DISABLE_HYPHEN_L7_HYPHEN_RETRY = "disable-l7-retry",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** early-hint */
    EARLY_HYPHEN_HINT = "early-hint",
    /** lua */
    LUA = "lua",
    /** normalize-uri */
    NORMALIZE_HYPHEN_URI = "normalize-uri",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** reject */
    REJECT = "reject",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-path */
    REPLACE_HYPHEN_PATH = "replace-path",
    /** replace-pathq */
    REPLACE_HYPHEN_PATHQ = "replace-pathq",
    /** replace-uri */
    REPLACE_HYPHEN_URI = "replace-uri",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-method */
    SET_HYPHEN_METHOD = "set-method",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-path */
    SET_HYPHEN_PATH = "set-path",
    /** set-pathq */
    SET_HYPHEN_PATHQ = "set-pathq",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-query */
    SET_HYPHEN_QUERY = "set-query",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-uri */
    SET_HYPHEN_URI = "set-uri",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** tarpit */
    TARPIT = "tarpit",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** wait-for-handshake */
    WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE = "wait-for-handshake",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListCond
 */
export declare enum TcpSpecFrontendHttpResponseRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListLogLevel
 */
export declare enum TcpSpecFrontendHttpResponseRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * redir code
 * Enum: [301,302,303,307,308]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListRedirCode
 */
export declare enum TcpSpecFrontendHttpResponseRuleListRedirCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * redir type
 * Enum: ["location","prefix","scheme"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListRedirType
 */
export declare enum TcpSpecFrontendHttpResponseRuleListRedirType {
    /** location */
    LOCATION = "location",
    /** prefix */
    PREFIX = "prefix",
    /** scheme */
    SCHEME = "scheme"
}
/**
 * return content format
 * Enum: ["default-errorfiles","errorfile","errorfiles","file","lf-file","string","lf-string"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListReturnContentFormat
 */
export declare enum TcpSpecFrontendHttpResponseRuleListReturnContentFormat {
    /** default-errorfiles */
    DEFAULT_HYPHEN_ERRORFILES = "default-errorfiles",
    /** errorfile */
    ERRORFILE = "errorfile",
    /** errorfiles */
    ERRORFILES = "errorfiles",
    /** file */
    FILE = "file",
    /** lf-file */
    LF_HYPHEN_FILE = "lf-file",
    /** string */
    STRING = "string",
    /** lf-string */
    LF_HYPHEN_STRING = "lf-string"
}
/**
 * ReturnHeader return header
 *
 * swagger:model ReturnHeader
 *
 * @schema TcpSpecFrontendHttpResponseRuleListReturnHdrs
 */
export interface TcpSpecFrontendHttpResponseRuleListReturnHdrs {
    /**
     * fmt
     * Required: true
     *
     * @schema TcpSpecFrontendHttpResponseRuleListReturnHdrs#fmt
     */
    readonly fmt: string;
    /**
     * name
     * Required: true
     *
     * @schema TcpSpecFrontendHttpResponseRuleListReturnHdrs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendHttpResponseRuleListReturnHdrs' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendHttpResponseRuleListReturnHdrs(obj: TcpSpecFrontendHttpResponseRuleListReturnHdrs | undefined): Record<string, any> | undefined;
/**
 * strict mode
 * Enum: ["on","off"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListStrictMode
 */
export declare enum TcpSpecFrontendHttpResponseRuleListStrictMode {
    /** on */
    ON = "on",
    /** off */
    OFF = "off"
}
/**
 * timeout type
 * Enum: ["server","tunnel","client"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListTimeoutType
 */
export declare enum TcpSpecFrontendHttpResponseRuleListTimeoutType {
    /** server */
    SERVER = "server",
    /** tunnel */
    TUNNEL = "tunnel",
    /** client */
    CLIENT = "client"
}
/**
 * type
 * Required: true
 * Enum: ["add-acl","add-header","allow","cache-store","capture","del-acl","del-header","del-map","deny","lua","pause","redirect","replace-header","replace-value","return","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-fc-mark","set-fc-tos","set-header","set-log-level","set-map","set-mark","set-nice","set-status","set-timeout","set-tos","set-var","set-var-fmt","silent-drop","strict-mode","track-sc","unset-var","wait-for-body","set-bandwidth-limit","do-log"]
 *
 * @schema TcpSpecFrontendHttpResponseRuleListType
 */
export declare enum TcpSpecFrontendHttpResponseRuleListType {
    /** add-acl */
    ADD_HYPHEN_ACL = "add-acl",
    /** add-header */
    ADD_HYPHEN_HEADER = "add-header",
    /** allow */
    ALLOW = "allow",
    /** cache-store */
    CACHE_HYPHEN_STORE = "cache-store",
    /** capture */
    CAPTURE = "capture",
    /** del-acl */
    DEL_HYPHEN_ACL = "del-acl",
    /** del-header */
    DEL_HYPHEN_HEADER = "del-header",
    /** del-map */
    DEL_HYPHEN_MAP = "del-map",
    /** deny */
    DENY = "deny",
    /** lua */
    LUA = "lua",
    /** pause */
    PAUSE = "pause",
    /** redirect */
    REDIRECT = "redirect",
    /** replace-header */
    REPLACE_HYPHEN_HEADER = "replace-header",
    /** replace-value */
    REPLACE_HYPHEN_VALUE = "replace-value",
    /** return */
    RETURN = "return",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-header */
    SET_HYPHEN_HEADER = "set-header",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-map */
    SET_HYPHEN_MAP = "set-map",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-status */
    SET_HYPHEN_STATUS = "set-status",
    /** set-timeout */
    SET_HYPHEN_TIMEOUT = "set-timeout",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** strict-mode */
    STRICT_HYPHEN_MODE = "strict-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** wait-for-body */
    WAIT_HYPHEN_FOR_HYPHEN_BODY = "wait-for-body",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * facility
 * Enum: ["kern","user","mail","daemon","auth","syslog","lpr","news","uucp","cron","auth2","ftp","ntp","audit","alert","cron2","local0","local1","local2","local3","local4","local5","local6","local7"]
 *
 * @schema TcpSpecFrontendLogTargetListFacility
 */
export declare enum TcpSpecFrontendLogTargetListFacility {
    /** kern */
    KERN = "kern",
    /** user */
    USER = "user",
    /** mail */
    MAIL = "mail",
    /** daemon */
    DAEMON = "daemon",
    /** auth */
    AUTH = "auth",
    /** syslog */
    SYSLOG = "syslog",
    /** lpr */
    LPR = "lpr",
    /** news */
    NEWS = "news",
    /** uucp */
    UUCP = "uucp",
    /** cron */
    CRON = "cron",
    /** auth2 */
    AUTH2 = "auth2",
    /** ftp */
    FTP = "ftp",
    /** ntp */
    NTP = "ntp",
    /** audit */
    AUDIT = "audit",
    /** alert */
    ALERT = "alert",
    /** cron2 */
    CRON2 = "cron2",
    /** local0 */
    LOCAL0 = "local0",
    /** local1 */
    LOCAL1 = "local1",
    /** local2 */
    LOCAL2 = "local2",
    /** local3 */
    LOCAL3 = "local3",
    /** local4 */
    LOCAL4 = "local4",
    /** local5 */
    LOCAL5 = "local5",
    /** local6 */
    LOCAL6 = "local6",
    /** local7 */
    LOCAL7 = "local7"
}
/**
 * format
 * Enum: ["local","rfc3164","rfc5424","priority","short","timed","iso","raw"]
 *
 * @schema TcpSpecFrontendLogTargetListFormat
 */
export declare enum TcpSpecFrontendLogTargetListFormat {
    /** local */
    LOCAL = "local",
    /** rfc3164 */
    RFC3164 = "rfc3164",
    /** rfc5424 */
    RFC5424 = "rfc5424",
    /** priority */
    PRIORITY = "priority",
    /** short */
    SHORT = "short",
    /** timed */
    TIMED = "timed",
    /** iso */
    ISO = "iso",
    /** raw */
    RAW = "raw"
}
/**
 * level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema TcpSpecFrontendLogTargetListLevel
 */
export declare enum TcpSpecFrontendLogTargetListLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * minlevel
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug"]
 *
 * @schema TcpSpecFrontendLogTargetListMinlevel
 */
export declare enum TcpSpecFrontendLogTargetListMinlevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug"
}
/**
 * cond
 * Required: true
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendMonitorFailCond
 */
export declare enum TcpSpecFrontendMonitorFailCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * enabled
 * Required: true
 * Enum: ["enabled"]
 *
 * @schema TcpSpecFrontendOriginaltoEnabled
 */
export declare enum TcpSpecFrontendOriginaltoEnabled {
    /** enabled */
    ENABLED = "enabled"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendQuicInitialRuleListCond
 */
export declare enum TcpSpecFrontendQuicInitialRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * type
 * Required: true
 * Enum: ["reject","accept","send-retry","dgram-drop"]
 *
 * @schema TcpSpecFrontendQuicInitialRuleListType
 */
export declare enum TcpSpecFrontendQuicInitialRuleListType {
    /** reject */
    REJECT = "reject",
    /** accept */
    ACCEPT = "accept",
    /** send-retry */
    SEND_HYPHEN_RETRY = "send-retry",
    /** dgram-drop */
    DGRAM_HYPHEN_DROP = "dgram-drop"
}
/**
 * Automatic OCSP response update
 * Enum: ["enabled","disabled"]
 *
 * @schema TcpSpecFrontendSslFrontUseListOcspUpdate
 */
export declare enum TcpSpecFrontendSslFrontUseListOcspUpdate {
    /** enabled */
    ENABLED = "enabled",
    /** disabled */
    DISABLED = "disabled"
}
/**
 * ssl max ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema TcpSpecFrontendSslFrontUseListSslMaxVer
 */
export declare enum TcpSpecFrontendSslFrontUseListSslMaxVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * ssl min ver
 * Enum: ["SSLv3","TLSv1.0","TLSv1.1","TLSv1.2","TLSv1.3"]
 *
 * @schema TcpSpecFrontendSslFrontUseListSslMinVer
 */
export declare enum TcpSpecFrontendSslFrontUseListSslMinVer {
    /** SSLv3 */
    SS_LV3 = "SSLv3",
    /** TLSv1.0 */
    TL_SV1_0 = "TLSv1.0",
    /** TLSv1.1 */
    TL_SV1_1 = "TLSv1.1",
    /** TLSv1.2 */
    TL_SV1_2 = "TLSv1.2",
    /** TLSv1.3 */
    TL_SV1_3 = "TLSv1.3"
}
/**
 * verify
 * Enum: ["none","optional","required"]
 *
 * @schema TcpSpecFrontendSslFrontUseListVerify
 */
export declare enum TcpSpecFrontendSslFrontUseListVerify {
    /** none */
    NONE = "none",
    /** optional */
    OPTIONAL = "optional",
    /** required */
    REQUIRED = "required"
}
/**
 * stats admin cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendStatsOptionsStatsAdminCond
 */
export declare enum TcpSpecFrontendStatsOptionsStatsAdminCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * StatsAuth stats auth
 *
 * swagger:model stats_auth
 *
 * @schema TcpSpecFrontendStatsOptionsStatsAuths
 */
export interface TcpSpecFrontendStatsOptionsStatsAuths {
    /**
     * passwd
     * Required: true
     *
     * @schema TcpSpecFrontendStatsOptionsStatsAuths#passwd
     */
    readonly passwd: string;
    /**
     * user
     * Required: true
     *
     * @schema TcpSpecFrontendStatsOptionsStatsAuths#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'TcpSpecFrontendStatsOptionsStatsAuths' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendStatsOptionsStatsAuths(obj: TcpSpecFrontendStatsOptionsStatsAuths | undefined): Record<string, any> | undefined;
/**
 * StatsHTTPRequest stats http request
 *
 * swagger:model stats_http_request
 *
 * @schema TcpSpecFrontendStatsOptionsStatsHttpRequests
 */
export interface TcpSpecFrontendStatsOptionsStatsHttpRequests {
    /**
     * cond
     *
     * @schema TcpSpecFrontendStatsOptionsStatsHttpRequests#cond
     */
    readonly cond?: string;
    /**
     * cond test
     *
     * @schema TcpSpecFrontendStatsOptionsStatsHttpRequests#cond_test
     */
    readonly condTest?: string;
    /**
     * realm
     *
     * @schema TcpSpecFrontendStatsOptionsStatsHttpRequests#realm
     */
    readonly realm?: string;
    /**
     * type
     * Required: true
     * Enum: ["allow","deny","auth"]
     *
     * @schema TcpSpecFrontendStatsOptionsStatsHttpRequests#type
     */
    readonly type: TcpSpecFrontendStatsOptionsStatsHttpRequestsType;
}
/**
 * Converts an object of type 'TcpSpecFrontendStatsOptionsStatsHttpRequests' to JSON representation.
 */
export declare function toJson_TcpSpecFrontendStatsOptionsStatsHttpRequests(obj: TcpSpecFrontendStatsOptionsStatsHttpRequests | undefined): Record<string, any> | undefined;
/**
 * srvkey
 * Enum: ["addr","name"]
 *
 * @schema TcpSpecFrontendStickTableSrvkey
 */
export declare enum TcpSpecFrontendStickTableSrvkey {
    /** addr */
    ADDR = "addr",
    /** name */
    NAME = "name"
}
/**
 * type
 * Enum: ["ip","ipv6","integer","string","binary"]
 *
 * @schema TcpSpecFrontendStickTableType
 */
export declare enum TcpSpecFrontendStickTableType {
    /** ip */
    IP = "ip",
    /** ipv6 */
    IPV6 = "ipv6",
    /** integer */
    INTEGER = "integer",
    /** string */
    STRING = "string",
    /** binary */
    BINARY = "binary"
}
/**
 * action
 * Enum: ["accept","attach-srv","capture","do-resolve","expect-netscaler-cip","expect-proxy","lua","reject","sc-add-gpc","sc-inc-gpc","sc-inc-gpc0","sc-inc-gpc1","sc-set-gpt","sc-set-gpt0","send-spoe-group","set-bandwidth-limit","set-bc-mark","set-bc-tos","set-dst-port","set-dst","set-fc-mark","set-fc-tos","set-log-level","set-mark","set-nice","set-priority-class","set-priority-offset","set-src","set-src-port","set-tos","set-var","set-var-fmt","silent-drop","switch-mode","track-sc","unset-var","use-service","set-retries","do-log"]
 *
 * @schema TcpSpecFrontendTcpRequestRuleListAction
 */
export declare enum TcpSpecFrontendTcpRequestRuleListAction {
    /** accept */
    ACCEPT = "accept",
    /** attach-srv */
    ATTACH_HYPHEN_SRV = "attach-srv",
    /** capture */
    CAPTURE = "capture",
    /** do-resolve */
    DO_HYPHEN_RESOLVE = "do-resolve",
    /** expect-netscaler-cip */
    EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP = "expect-netscaler-cip",
    /** expect-proxy */
    EXPECT_HYPHEN_PROXY = "expect-proxy",
    /** lua */
    LUA = "lua",
    /** reject */
    REJECT = "reject",
    /** sc-add-gpc */
    SC_HYPHEN_ADD_HYPHEN_GPC = "sc-add-gpc",
    /** sc-inc-gpc */
    SC_HYPHEN_INC_HYPHEN_GPC = "sc-inc-gpc",
    /** sc-inc-gpc0 */
    SC_HYPHEN_INC_HYPHEN_GPC0 = "sc-inc-gpc0",
    /** sc-inc-gpc1 */
    SC_HYPHEN_INC_HYPHEN_GPC1 = "sc-inc-gpc1",
    /** sc-set-gpt */
    SC_HYPHEN_SET_HYPHEN_GPT = "sc-set-gpt",
    /** sc-set-gpt0 */
    SC_HYPHEN_SET_HYPHEN_GPT0 = "sc-set-gpt0",
    /** send-spoe-group */
    SEND_HYPHEN_SPOE_HYPHEN_GROUP = "send-spoe-group",
    /** set-bandwidth-limit */
    SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT = "set-bandwidth-limit",
    /** set-bc-mark */
    SET_HYPHEN_BC_HYPHEN_MARK = "set-bc-mark",
    /** set-bc-tos */
    SET_HYPHEN_BC_HYPHEN_TOS = "set-bc-tos",
    /** set-dst-port */
    SET_HYPHEN_DST_HYPHEN_PORT = "set-dst-port",
    /** set-dst */
    SET_HYPHEN_DST = "set-dst",
    /** set-fc-mark */
    SET_HYPHEN_FC_HYPHEN_MARK = "set-fc-mark",
    /** set-fc-tos */
    SET_HYPHEN_FC_HYPHEN_TOS = "set-fc-tos",
    /** set-log-level */
    SET_HYPHEN_LOG_HYPHEN_LEVEL = "set-log-level",
    /** set-mark */
    SET_HYPHEN_MARK = "set-mark",
    /** set-nice */
    SET_HYPHEN_NICE = "set-nice",
    /** set-priority-class */
    SET_HYPHEN_PRIORITY_HYPHEN_CLASS = "set-priority-class",
    /** set-priority-offset */
    SET_HYPHEN_PRIORITY_HYPHEN_OFFSET = "set-priority-offset",
    /** set-src */
    SET_HYPHEN_SRC = "set-src",
    /** set-src-port */
    SET_HYPHEN_SRC_HYPHEN_PORT = "set-src-port",
    /** set-tos */
    SET_HYPHEN_TOS = "set-tos",
    /** set-var */
    SET_HYPHEN_VAR = "set-var",
    /** set-var-fmt */
    SET_HYPHEN_VAR_HYPHEN_FMT = "set-var-fmt",
    /** silent-drop */
    SILENT_HYPHEN_DROP = "silent-drop",
    /** switch-mode */
    SWITCH_HYPHEN_MODE = "switch-mode",
    /** track-sc */
    TRACK_HYPHEN_SC = "track-sc",
    /** unset-var */
    UNSET_HYPHEN_VAR = "unset-var",
    /** use-service */
    USE_HYPHEN_SERVICE = "use-service",
    /** set-retries */
    SET_HYPHEN_RETRIES = "set-retries",
    /** do-log */
    DO_HYPHEN_LOG = "do-log"
}
/**
 * cond
 * Enum: ["if","unless"]
 *
 * @schema TcpSpecFrontendTcpRequestRuleListCond
 */
export declare enum TcpSpecFrontendTcpRequestRuleListCond {
    /** if */
    IF = "if",
    /** unless */
    UNLESS = "unless"
}
/**
 * log level
 * Enum: ["emerg","alert","crit","err","warning","notice","info","debug","silent"]
 *
 * @schema TcpSpecFrontendTcpRequestRuleListLogLevel
 */
export declare enum TcpSpecFrontendTcpRequestRuleListLogLevel {
    /** emerg */
    EMERG = "emerg",
    /** alert */
    ALERT = "alert",
    /** crit */
    CRIT = "crit",
    /** err */
    ERR = "err",
    /** warning */
    WARNING = "warning",
    /** notice */
    NOTICE = "notice",
    /** info */
    INFO = "info",
    /** debug */
    DEBUG = "debug",
    /** silent */
    SILENT = "silent"
}
/**
 * resolve protocol
 * Enum: ["ipv4","ipv6"]
 *
 * @schema TcpSpecFrontendTcpRequestRuleListResolveProtocol
 */
export declare enum TcpSpecFrontendTcpRequestRuleListResolveProtocol {
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * type
 * Required: true
 * Enum: ["connection","content","inspect-delay","session"]
 *
 * @schema TcpSpecFrontendTcpRequestRuleListType
 */
export declare enum TcpSpecFrontendTcpRequestRuleListType {
    /** connection */
    CONNECTION = "connection",
    /** content */
    CONTENT = "content",
    /** inspect-delay */
    INSPECT_HYPHEN_DELAY = "inspect-delay",
    /** session */
    SESSION = "session"
}
/**
 * type
 * Required: true
 * Enum: ["allow","deny","auth"]
 *
 * @schema TcpSpecFrontendStatsOptionsStatsHttpRequestsType
 */
export declare enum TcpSpecFrontendStatsOptionsStatsHttpRequestsType {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny",
    /** auth */
    AUTH = "auth"
}
/**
 * ValidationRules is a specification for a ValidationRules resource
 *
 * @schema ValidationRules
 */
export declare class ValidationRules extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ValidationRules"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ValidationRules".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ValidationRulesProps): any;
    /**
     * Defines a "ValidationRules" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ValidationRulesProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ValidationRules is a specification for a ValidationRules resource
 *
 * @schema ValidationRules
 */
export interface ValidationRulesProps {
    /**
     * @schema ValidationRules#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema ValidationRules#spec
     */
    readonly spec: ValidationRulesSpec;
}
/**
 * Converts an object of type 'ValidationRulesProps' to JSON representation.
 */
export declare function toJson_ValidationRulesProps(obj: ValidationRulesProps | undefined): Record<string, any> | undefined;
/**
 * @schema ValidationRulesSpec
 */
export interface ValidationRulesSpec {
    /**
     * @schema ValidationRulesSpec#prefix
     */
    readonly prefix?: string;
    /**
     * @schema ValidationRulesSpec#validation_rules
     */
    readonly validationRules: {
        [key: string]: ValidationRulesSpecValidationRules;
    };
}
/**
 * Converts an object of type 'ValidationRulesSpec' to JSON representation.
 */
export declare function toJson_ValidationRulesSpec(obj: ValidationRulesSpec | undefined): Record<string, any> | undefined;
/**
 * Rule defines the structure for a single validation rule in the YAML.
 *
 * @schema ValidationRulesSpecValidationRules
 */
export interface ValidationRulesSpecValidationRules {
    /**
     * ingresses where this rule can apply (ingress names)
     *
     * @schema ValidationRulesSpecValidationRules#ingresses
     */
    readonly ingresses?: string[];
    /**
     * namespaces where this rule can apply (namespace names)
     *
     * @schema ValidationRulesSpecValidationRules#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Optional priority for sorting rules, bigger value has higher priority
     *
     * @schema ValidationRulesSpecValidationRules#order_priority
     */
    readonly orderPriority?: number;
    /**
     * resources where this rule can apply (service, frontend)
     *
     * @schema ValidationRulesSpecValidationRules#resources
     */
    readonly resources?: string[];
    /**
     * @schema ValidationRulesSpecValidationRules#rule
     */
    readonly rule: string;
    /**
     * @schema ValidationRulesSpecValidationRules#section
     */
    readonly section?: ValidationRulesSpecValidationRulesSection;
    /**
     * @schema ValidationRulesSpecValidationRules#template
     */
    readonly template?: string;
    /**
     * AnnType defines the type of annotation used in the validation rules.
     *
     * @schema ValidationRulesSpecValidationRules#type
     */
    readonly type: ValidationRulesSpecValidationRulesType;
}
/**
 * Converts an object of type 'ValidationRulesSpecValidationRules' to JSON representation.
 */
export declare function toJson_ValidationRulesSpecValidationRules(obj: ValidationRulesSpecValidationRules | undefined): Record<string, any> | undefined;
/**
 * @schema ValidationRulesSpecValidationRulesSection
 */
export declare enum ValidationRulesSpecValidationRulesSection {
    /** frontend */
    FRONTEND = "frontend",
    /** backend */
    BACKEND = "backend",
    /** all */
    ALL = "all"
}
/**
 * AnnType defines the type of annotation used in the validation rules.
 *
 * @schema ValidationRulesSpecValidationRulesType
 */
export declare enum ValidationRulesSpecValidationRulesType {
    /** duration */
    DURATION = "duration",
    /** int */
    INT = "int",
    /** uint */
    UINT = "uint",
    /** bool */
    BOOL = "bool",
    /** string */
    STRING = "string",
    /** float */
    FLOAT = "float",
    /** json */
    JSON = "json"
}
