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
  Backend: () => Backend,
  BackendSpecAbortonclose: () => BackendSpecAbortonclose,
  BackendSpecAcceptInvalidHttpResponse: () => BackendSpecAcceptInvalidHttpResponse,
  BackendSpecAcceptUnsafeViolationsInHttpResponse: () => BackendSpecAcceptUnsafeViolationsInHttpResponse,
  BackendSpecAdvCheck: () => BackendSpecAdvCheck,
  BackendSpecAllbackups: () => BackendSpecAllbackups,
  BackendSpecBalanceAlgorithm: () => BackendSpecBalanceAlgorithm,
  BackendSpecCheckcache: () => BackendSpecCheckcache,
  BackendSpecCompressionAlgoReq: () => BackendSpecCompressionAlgoReq,
  BackendSpecCompressionDirection: () => BackendSpecCompressionDirection,
  BackendSpecCookieType: () => BackendSpecCookieType,
  BackendSpecDefaultServerAgentCheck: () => BackendSpecDefaultServerAgentCheck,
  BackendSpecDefaultServerBackup: () => BackendSpecDefaultServerBackup,
  BackendSpecDefaultServerCheck: () => BackendSpecDefaultServerCheck,
  BackendSpecDefaultServerCheckReusePool: () => BackendSpecDefaultServerCheckReusePool,
  BackendSpecDefaultServerCheckSendProxy: () => BackendSpecDefaultServerCheckSendProxy,
  BackendSpecDefaultServerCheckSsl: () => BackendSpecDefaultServerCheckSsl,
  BackendSpecDefaultServerCheckViaSocks4: () => BackendSpecDefaultServerCheckViaSocks4,
  BackendSpecDefaultServerForceSslv3: () => BackendSpecDefaultServerForceSslv3,
  BackendSpecDefaultServerForceTlsv10: () => BackendSpecDefaultServerForceTlsv10,
  BackendSpecDefaultServerForceTlsv11: () => BackendSpecDefaultServerForceTlsv11,
  BackendSpecDefaultServerForceTlsv12: () => BackendSpecDefaultServerForceTlsv12,
  BackendSpecDefaultServerForceTlsv13: () => BackendSpecDefaultServerForceTlsv13,
  BackendSpecDefaultServerInitState: () => BackendSpecDefaultServerInitState,
  BackendSpecDefaultServerLogProto: () => BackendSpecDefaultServerLogProto,
  BackendSpecDefaultServerMaintenance: () => BackendSpecDefaultServerMaintenance,
  BackendSpecDefaultServerNoSslv3: () => BackendSpecDefaultServerNoSslv3,
  BackendSpecDefaultServerNoTlsv10: () => BackendSpecDefaultServerNoTlsv10,
  BackendSpecDefaultServerNoTlsv11: () => BackendSpecDefaultServerNoTlsv11,
  BackendSpecDefaultServerNoTlsv12: () => BackendSpecDefaultServerNoTlsv12,
  BackendSpecDefaultServerNoTlsv13: () => BackendSpecDefaultServerNoTlsv13,
  BackendSpecDefaultServerNoVerifyhost: () => BackendSpecDefaultServerNoVerifyhost,
  BackendSpecDefaultServerObserve: () => BackendSpecDefaultServerObserve,
  BackendSpecDefaultServerOnError: () => BackendSpecDefaultServerOnError,
  BackendSpecDefaultServerOnMarkedDown: () => BackendSpecDefaultServerOnMarkedDown,
  BackendSpecDefaultServerOnMarkedUp: () => BackendSpecDefaultServerOnMarkedUp,
  BackendSpecDefaultServerResolvePrefer: () => BackendSpecDefaultServerResolvePrefer,
  BackendSpecDefaultServerSendProxy: () => BackendSpecDefaultServerSendProxy,
  BackendSpecDefaultServerSendProxyV2: () => BackendSpecDefaultServerSendProxyV2,
  BackendSpecDefaultServerSendProxyV2Ssl: () => BackendSpecDefaultServerSendProxyV2Ssl,
  BackendSpecDefaultServerSendProxyV2SslCn: () => BackendSpecDefaultServerSendProxyV2SslCn,
  BackendSpecDefaultServerSsl: () => BackendSpecDefaultServerSsl,
  BackendSpecDefaultServerSslMaxVer: () => BackendSpecDefaultServerSslMaxVer,
  BackendSpecDefaultServerSslMinVer: () => BackendSpecDefaultServerSslMinVer,
  BackendSpecDefaultServerSslReuse: () => BackendSpecDefaultServerSslReuse,
  BackendSpecDefaultServerSslv3: () => BackendSpecDefaultServerSslv3,
  BackendSpecDefaultServerStick: () => BackendSpecDefaultServerStick,
  BackendSpecDefaultServerTfo: () => BackendSpecDefaultServerTfo,
  BackendSpecDefaultServerTlsTickets: () => BackendSpecDefaultServerTlsTickets,
  BackendSpecDefaultServerTlsv10: () => BackendSpecDefaultServerTlsv10,
  BackendSpecDefaultServerTlsv11: () => BackendSpecDefaultServerTlsv11,
  BackendSpecDefaultServerTlsv12: () => BackendSpecDefaultServerTlsv12,
  BackendSpecDefaultServerTlsv13: () => BackendSpecDefaultServerTlsv13,
  BackendSpecDefaultServerVerify: () => BackendSpecDefaultServerVerify,
  BackendSpecDefaultServerWs: () => BackendSpecDefaultServerWs,
  BackendSpecEmailAlertLevel: () => BackendSpecEmailAlertLevel,
  BackendSpecErrorFilesCode: () => BackendSpecErrorFilesCode,
  BackendSpecErrorloc302Code: () => BackendSpecErrorloc302Code,
  BackendSpecErrorloc303Code: () => BackendSpecErrorloc303Code,
  BackendSpecExternalCheck: () => BackendSpecExternalCheck,
  BackendSpecFilterListType: () => BackendSpecFilterListType,
  BackendSpecForcePersistCond: () => BackendSpecForcePersistCond,
  BackendSpecForcePersistListCond: () => BackendSpecForcePersistListCond,
  BackendSpecForwardforEnabled: () => BackendSpecForwardforEnabled,
  BackendSpecH1CaseAdjustBogusServer: () => BackendSpecH1CaseAdjustBogusServer,
  BackendSpecHashPreserveAffinity: () => BackendSpecHashPreserveAffinity,
  BackendSpecHashTypeFunction: () => BackendSpecHashTypeFunction,
  BackendSpecHashTypeMethod: () => BackendSpecHashTypeMethod,
  BackendSpecHashTypeModifier: () => BackendSpecHashTypeModifier,
  BackendSpecHttpAfterResponseRuleListCond: () => BackendSpecHttpAfterResponseRuleListCond,
  BackendSpecHttpAfterResponseRuleListLogLevel: () => BackendSpecHttpAfterResponseRuleListLogLevel,
  BackendSpecHttpAfterResponseRuleListStrictMode: () => BackendSpecHttpAfterResponseRuleListStrictMode,
  BackendSpecHttpAfterResponseRuleListType: () => BackendSpecHttpAfterResponseRuleListType,
  BackendSpecHttpBufferRequest: () => BackendSpecHttpBufferRequest,
  BackendSpecHttpCheckListErrorStatus: () => BackendSpecHttpCheckListErrorStatus,
  BackendSpecHttpCheckListMatch: () => BackendSpecHttpCheckListMatch,
  BackendSpecHttpCheckListMethod: () => BackendSpecHttpCheckListMethod,
  BackendSpecHttpCheckListOkStatus: () => BackendSpecHttpCheckListOkStatus,
  BackendSpecHttpCheckListToutStatus: () => BackendSpecHttpCheckListToutStatus,
  BackendSpecHttpCheckListType: () => BackendSpecHttpCheckListType,
  BackendSpecHttpConnectionMode: () => BackendSpecHttpConnectionMode,
  BackendSpecHttpDropRequestTrailers: () => BackendSpecHttpDropRequestTrailers,
  BackendSpecHttpErrorRuleListReturnContentFormat: () => BackendSpecHttpErrorRuleListReturnContentFormat,
  BackendSpecHttpErrorRuleListStatus: () => BackendSpecHttpErrorRuleListStatus,
  BackendSpecHttpErrorRuleListType: () => BackendSpecHttpErrorRuleListType,
  BackendSpecHttpNoDelay: () => BackendSpecHttpNoDelay,
  BackendSpecHttpPretendKeepalive: () => BackendSpecHttpPretendKeepalive,
  BackendSpecHttpProxy: () => BackendSpecHttpProxy,
  BackendSpecHttpRequestRuleListCond: () => BackendSpecHttpRequestRuleListCond,
  BackendSpecHttpRequestRuleListLogLevel: () => BackendSpecHttpRequestRuleListLogLevel,
  BackendSpecHttpRequestRuleListNormalizer: () => BackendSpecHttpRequestRuleListNormalizer,
  BackendSpecHttpRequestRuleListProtocol: () => BackendSpecHttpRequestRuleListProtocol,
  BackendSpecHttpRequestRuleListRedirCode: () => BackendSpecHttpRequestRuleListRedirCode,
  BackendSpecHttpRequestRuleListRedirType: () => BackendSpecHttpRequestRuleListRedirType,
  BackendSpecHttpRequestRuleListReturnContentFormat: () => BackendSpecHttpRequestRuleListReturnContentFormat,
  BackendSpecHttpRequestRuleListStrictMode: () => BackendSpecHttpRequestRuleListStrictMode,
  BackendSpecHttpRequestRuleListTimeoutType: () => BackendSpecHttpRequestRuleListTimeoutType,
  BackendSpecHttpRequestRuleListType: () => BackendSpecHttpRequestRuleListType,
  BackendSpecHttpResponseRuleListCond: () => BackendSpecHttpResponseRuleListCond,
  BackendSpecHttpResponseRuleListLogLevel: () => BackendSpecHttpResponseRuleListLogLevel,
  BackendSpecHttpResponseRuleListRedirCode: () => BackendSpecHttpResponseRuleListRedirCode,
  BackendSpecHttpResponseRuleListRedirType: () => BackendSpecHttpResponseRuleListRedirType,
  BackendSpecHttpResponseRuleListReturnContentFormat: () => BackendSpecHttpResponseRuleListReturnContentFormat,
  BackendSpecHttpResponseRuleListStrictMode: () => BackendSpecHttpResponseRuleListStrictMode,
  BackendSpecHttpResponseRuleListTimeoutType: () => BackendSpecHttpResponseRuleListTimeoutType,
  BackendSpecHttpResponseRuleListType: () => BackendSpecHttpResponseRuleListType,
  BackendSpecHttpRestrictReqHdrNames: () => BackendSpecHttpRestrictReqHdrNames,
  BackendSpecHttpReuse: () => BackendSpecHttpReuse,
  BackendSpecHttpUseHtx: () => BackendSpecHttpUseHtx,
  BackendSpecHttpchkParamsMethod: () => BackendSpecHttpchkParamsMethod,
  BackendSpecIgnorePersistCond: () => BackendSpecIgnorePersistCond,
  BackendSpecIgnorePersistListCond: () => BackendSpecIgnorePersistListCond,
  BackendSpecIndependentStreams: () => BackendSpecIndependentStreams,
  BackendSpecLoadServerStateFromFile: () => BackendSpecLoadServerStateFromFile,
  BackendSpecLogHealthChecks: () => BackendSpecLogHealthChecks,
  BackendSpecLogTargetListFacility: () => BackendSpecLogTargetListFacility,
  BackendSpecLogTargetListFormat: () => BackendSpecLogTargetListFormat,
  BackendSpecLogTargetListLevel: () => BackendSpecLogTargetListLevel,
  BackendSpecLogTargetListMinlevel: () => BackendSpecLogTargetListMinlevel,
  BackendSpecMode: () => BackendSpecMode,
  BackendSpecMysqlCheckParamsClientVersion: () => BackendSpecMysqlCheckParamsClientVersion,
  BackendSpecNolinger: () => BackendSpecNolinger,
  BackendSpecOriginaltoEnabled: () => BackendSpecOriginaltoEnabled,
  BackendSpecPersist: () => BackendSpecPersist,
  BackendSpecPersistRuleType: () => BackendSpecPersistRuleType,
  BackendSpecPreferLastServer: () => BackendSpecPreferLastServer,
  BackendSpecRedispatchEnabled: () => BackendSpecRedispatchEnabled,
  BackendSpecServerSwitchingRuleListCond: () => BackendSpecServerSwitchingRuleListCond,
  BackendSpecServerTemplatesAgentCheck: () => BackendSpecServerTemplatesAgentCheck,
  BackendSpecServerTemplatesBackup: () => BackendSpecServerTemplatesBackup,
  BackendSpecServerTemplatesCheck: () => BackendSpecServerTemplatesCheck,
  BackendSpecServerTemplatesCheckReusePool: () => BackendSpecServerTemplatesCheckReusePool,
  BackendSpecServerTemplatesCheckSendProxy: () => BackendSpecServerTemplatesCheckSendProxy,
  BackendSpecServerTemplatesCheckSsl: () => BackendSpecServerTemplatesCheckSsl,
  BackendSpecServerTemplatesCheckViaSocks4: () => BackendSpecServerTemplatesCheckViaSocks4,
  BackendSpecServerTemplatesForceSslv3: () => BackendSpecServerTemplatesForceSslv3,
  BackendSpecServerTemplatesForceTlsv10: () => BackendSpecServerTemplatesForceTlsv10,
  BackendSpecServerTemplatesForceTlsv11: () => BackendSpecServerTemplatesForceTlsv11,
  BackendSpecServerTemplatesForceTlsv12: () => BackendSpecServerTemplatesForceTlsv12,
  BackendSpecServerTemplatesForceTlsv13: () => BackendSpecServerTemplatesForceTlsv13,
  BackendSpecServerTemplatesInitState: () => BackendSpecServerTemplatesInitState,
  BackendSpecServerTemplatesLogProto: () => BackendSpecServerTemplatesLogProto,
  BackendSpecServerTemplatesMaintenance: () => BackendSpecServerTemplatesMaintenance,
  BackendSpecServerTemplatesNoSslv3: () => BackendSpecServerTemplatesNoSslv3,
  BackendSpecServerTemplatesNoTlsv10: () => BackendSpecServerTemplatesNoTlsv10,
  BackendSpecServerTemplatesNoTlsv11: () => BackendSpecServerTemplatesNoTlsv11,
  BackendSpecServerTemplatesNoTlsv12: () => BackendSpecServerTemplatesNoTlsv12,
  BackendSpecServerTemplatesNoTlsv13: () => BackendSpecServerTemplatesNoTlsv13,
  BackendSpecServerTemplatesNoVerifyhost: () => BackendSpecServerTemplatesNoVerifyhost,
  BackendSpecServerTemplatesObserve: () => BackendSpecServerTemplatesObserve,
  BackendSpecServerTemplatesOnError: () => BackendSpecServerTemplatesOnError,
  BackendSpecServerTemplatesOnMarkedDown: () => BackendSpecServerTemplatesOnMarkedDown,
  BackendSpecServerTemplatesOnMarkedUp: () => BackendSpecServerTemplatesOnMarkedUp,
  BackendSpecServerTemplatesResolvePrefer: () => BackendSpecServerTemplatesResolvePrefer,
  BackendSpecServerTemplatesSendProxy: () => BackendSpecServerTemplatesSendProxy,
  BackendSpecServerTemplatesSendProxyV2: () => BackendSpecServerTemplatesSendProxyV2,
  BackendSpecServerTemplatesSendProxyV2Ssl: () => BackendSpecServerTemplatesSendProxyV2Ssl,
  BackendSpecServerTemplatesSendProxyV2SslCn: () => BackendSpecServerTemplatesSendProxyV2SslCn,
  BackendSpecServerTemplatesSsl: () => BackendSpecServerTemplatesSsl,
  BackendSpecServerTemplatesSslMaxVer: () => BackendSpecServerTemplatesSslMaxVer,
  BackendSpecServerTemplatesSslMinVer: () => BackendSpecServerTemplatesSslMinVer,
  BackendSpecServerTemplatesSslReuse: () => BackendSpecServerTemplatesSslReuse,
  BackendSpecServerTemplatesSslv3: () => BackendSpecServerTemplatesSslv3,
  BackendSpecServerTemplatesStick: () => BackendSpecServerTemplatesStick,
  BackendSpecServerTemplatesTfo: () => BackendSpecServerTemplatesTfo,
  BackendSpecServerTemplatesTlsTickets: () => BackendSpecServerTemplatesTlsTickets,
  BackendSpecServerTemplatesTlsv10: () => BackendSpecServerTemplatesTlsv10,
  BackendSpecServerTemplatesTlsv11: () => BackendSpecServerTemplatesTlsv11,
  BackendSpecServerTemplatesTlsv12: () => BackendSpecServerTemplatesTlsv12,
  BackendSpecServerTemplatesTlsv13: () => BackendSpecServerTemplatesTlsv13,
  BackendSpecServerTemplatesVerify: () => BackendSpecServerTemplatesVerify,
  BackendSpecServerTemplatesWs: () => BackendSpecServerTemplatesWs,
  BackendSpecSourceUsesrc: () => BackendSpecSourceUsesrc,
  BackendSpecSpliceAuto: () => BackendSpecSpliceAuto,
  BackendSpecSpliceRequest: () => BackendSpecSpliceRequest,
  BackendSpecSpliceResponse: () => BackendSpecSpliceResponse,
  BackendSpecSpopCheck: () => BackendSpecSpopCheck,
  BackendSpecSrvtcpka: () => BackendSpecSrvtcpka,
  BackendSpecStatsOptionsStatsAdminCond: () => BackendSpecStatsOptionsStatsAdminCond,
  BackendSpecStatsOptionsStatsHttpRequestsType: () => BackendSpecStatsOptionsStatsHttpRequestsType,
  BackendSpecStickRuleListCond: () => BackendSpecStickRuleListCond,
  BackendSpecStickRuleListType: () => BackendSpecStickRuleListType,
  BackendSpecStickTableSrvkey: () => BackendSpecStickTableSrvkey,
  BackendSpecStickTableType: () => BackendSpecStickTableType,
  BackendSpecTcpCheckRuleListAction: () => BackendSpecTcpCheckRuleListAction,
  BackendSpecTcpCheckRuleListErrorStatus: () => BackendSpecTcpCheckRuleListErrorStatus,
  BackendSpecTcpCheckRuleListMatch: () => BackendSpecTcpCheckRuleListMatch,
  BackendSpecTcpCheckRuleListOkStatus: () => BackendSpecTcpCheckRuleListOkStatus,
  BackendSpecTcpCheckRuleListToutStatus: () => BackendSpecTcpCheckRuleListToutStatus,
  BackendSpecTcpRequestRuleListAction: () => BackendSpecTcpRequestRuleListAction,
  BackendSpecTcpRequestRuleListCond: () => BackendSpecTcpRequestRuleListCond,
  BackendSpecTcpRequestRuleListLogLevel: () => BackendSpecTcpRequestRuleListLogLevel,
  BackendSpecTcpRequestRuleListResolveProtocol: () => BackendSpecTcpRequestRuleListResolveProtocol,
  BackendSpecTcpRequestRuleListType: () => BackendSpecTcpRequestRuleListType,
  BackendSpecTcpResponseRuleListAction: () => BackendSpecTcpResponseRuleListAction,
  BackendSpecTcpResponseRuleListCond: () => BackendSpecTcpResponseRuleListCond,
  BackendSpecTcpResponseRuleListLogLevel: () => BackendSpecTcpResponseRuleListLogLevel,
  BackendSpecTcpResponseRuleListType: () => BackendSpecTcpResponseRuleListType,
  BackendSpecTcpSmartConnect: () => BackendSpecTcpSmartConnect,
  BackendSpecTcpka: () => BackendSpecTcpka,
  BackendSpecTransparent: () => BackendSpecTransparent,
  Defaults: () => Defaults,
  DefaultsSpecAbortonclose: () => DefaultsSpecAbortonclose,
  DefaultsSpecAcceptInvalidHttpRequest: () => DefaultsSpecAcceptInvalidHttpRequest,
  DefaultsSpecAcceptInvalidHttpResponse: () => DefaultsSpecAcceptInvalidHttpResponse,
  DefaultsSpecAcceptUnsafeViolationsInHttpRequest: () => DefaultsSpecAcceptUnsafeViolationsInHttpRequest,
  DefaultsSpecAcceptUnsafeViolationsInHttpResponse: () => DefaultsSpecAcceptUnsafeViolationsInHttpResponse,
  DefaultsSpecAdvCheck: () => DefaultsSpecAdvCheck,
  DefaultsSpecAllbackups: () => DefaultsSpecAllbackups,
  DefaultsSpecBalanceAlgorithm: () => DefaultsSpecBalanceAlgorithm,
  DefaultsSpecCheckcache: () => DefaultsSpecCheckcache,
  DefaultsSpecClitcpka: () => DefaultsSpecClitcpka,
  DefaultsSpecCompressionAlgoReq: () => DefaultsSpecCompressionAlgoReq,
  DefaultsSpecCompressionDirection: () => DefaultsSpecCompressionDirection,
  DefaultsSpecContstats: () => DefaultsSpecContstats,
  DefaultsSpecCookieType: () => DefaultsSpecCookieType,
  DefaultsSpecDefaultServerAgentCheck: () => DefaultsSpecDefaultServerAgentCheck,
  DefaultsSpecDefaultServerBackup: () => DefaultsSpecDefaultServerBackup,
  DefaultsSpecDefaultServerCheck: () => DefaultsSpecDefaultServerCheck,
  DefaultsSpecDefaultServerCheckReusePool: () => DefaultsSpecDefaultServerCheckReusePool,
  DefaultsSpecDefaultServerCheckSendProxy: () => DefaultsSpecDefaultServerCheckSendProxy,
  DefaultsSpecDefaultServerCheckSsl: () => DefaultsSpecDefaultServerCheckSsl,
  DefaultsSpecDefaultServerCheckViaSocks4: () => DefaultsSpecDefaultServerCheckViaSocks4,
  DefaultsSpecDefaultServerForceSslv3: () => DefaultsSpecDefaultServerForceSslv3,
  DefaultsSpecDefaultServerForceTlsv10: () => DefaultsSpecDefaultServerForceTlsv10,
  DefaultsSpecDefaultServerForceTlsv11: () => DefaultsSpecDefaultServerForceTlsv11,
  DefaultsSpecDefaultServerForceTlsv12: () => DefaultsSpecDefaultServerForceTlsv12,
  DefaultsSpecDefaultServerForceTlsv13: () => DefaultsSpecDefaultServerForceTlsv13,
  DefaultsSpecDefaultServerInitState: () => DefaultsSpecDefaultServerInitState,
  DefaultsSpecDefaultServerLogProto: () => DefaultsSpecDefaultServerLogProto,
  DefaultsSpecDefaultServerMaintenance: () => DefaultsSpecDefaultServerMaintenance,
  DefaultsSpecDefaultServerNoSslv3: () => DefaultsSpecDefaultServerNoSslv3,
  DefaultsSpecDefaultServerNoTlsv10: () => DefaultsSpecDefaultServerNoTlsv10,
  DefaultsSpecDefaultServerNoTlsv11: () => DefaultsSpecDefaultServerNoTlsv11,
  DefaultsSpecDefaultServerNoTlsv12: () => DefaultsSpecDefaultServerNoTlsv12,
  DefaultsSpecDefaultServerNoTlsv13: () => DefaultsSpecDefaultServerNoTlsv13,
  DefaultsSpecDefaultServerNoVerifyhost: () => DefaultsSpecDefaultServerNoVerifyhost,
  DefaultsSpecDefaultServerObserve: () => DefaultsSpecDefaultServerObserve,
  DefaultsSpecDefaultServerOnError: () => DefaultsSpecDefaultServerOnError,
  DefaultsSpecDefaultServerOnMarkedDown: () => DefaultsSpecDefaultServerOnMarkedDown,
  DefaultsSpecDefaultServerOnMarkedUp: () => DefaultsSpecDefaultServerOnMarkedUp,
  DefaultsSpecDefaultServerResolvePrefer: () => DefaultsSpecDefaultServerResolvePrefer,
  DefaultsSpecDefaultServerSendProxy: () => DefaultsSpecDefaultServerSendProxy,
  DefaultsSpecDefaultServerSendProxyV2: () => DefaultsSpecDefaultServerSendProxyV2,
  DefaultsSpecDefaultServerSendProxyV2Ssl: () => DefaultsSpecDefaultServerSendProxyV2Ssl,
  DefaultsSpecDefaultServerSendProxyV2SslCn: () => DefaultsSpecDefaultServerSendProxyV2SslCn,
  DefaultsSpecDefaultServerSsl: () => DefaultsSpecDefaultServerSsl,
  DefaultsSpecDefaultServerSslMaxVer: () => DefaultsSpecDefaultServerSslMaxVer,
  DefaultsSpecDefaultServerSslMinVer: () => DefaultsSpecDefaultServerSslMinVer,
  DefaultsSpecDefaultServerSslReuse: () => DefaultsSpecDefaultServerSslReuse,
  DefaultsSpecDefaultServerSslv3: () => DefaultsSpecDefaultServerSslv3,
  DefaultsSpecDefaultServerStick: () => DefaultsSpecDefaultServerStick,
  DefaultsSpecDefaultServerTfo: () => DefaultsSpecDefaultServerTfo,
  DefaultsSpecDefaultServerTlsTickets: () => DefaultsSpecDefaultServerTlsTickets,
  DefaultsSpecDefaultServerTlsv10: () => DefaultsSpecDefaultServerTlsv10,
  DefaultsSpecDefaultServerTlsv11: () => DefaultsSpecDefaultServerTlsv11,
  DefaultsSpecDefaultServerTlsv12: () => DefaultsSpecDefaultServerTlsv12,
  DefaultsSpecDefaultServerTlsv13: () => DefaultsSpecDefaultServerTlsv13,
  DefaultsSpecDefaultServerVerify: () => DefaultsSpecDefaultServerVerify,
  DefaultsSpecDefaultServerWs: () => DefaultsSpecDefaultServerWs,
  DefaultsSpecDisableH2Upgrade: () => DefaultsSpecDisableH2Upgrade,
  DefaultsSpecDontlogNormal: () => DefaultsSpecDontlogNormal,
  DefaultsSpecDontlognull: () => DefaultsSpecDontlognull,
  DefaultsSpecEmailAlertLevel: () => DefaultsSpecEmailAlertLevel,
  DefaultsSpecErrorFilesCode: () => DefaultsSpecErrorFilesCode,
  DefaultsSpecErrorloc302Code: () => DefaultsSpecErrorloc302Code,
  DefaultsSpecErrorloc303Code: () => DefaultsSpecErrorloc303Code,
  DefaultsSpecExternalCheck: () => DefaultsSpecExternalCheck,
  DefaultsSpecForwardforEnabled: () => DefaultsSpecForwardforEnabled,
  DefaultsSpecH1CaseAdjustBogusClient: () => DefaultsSpecH1CaseAdjustBogusClient,
  DefaultsSpecH1CaseAdjustBogusServer: () => DefaultsSpecH1CaseAdjustBogusServer,
  DefaultsSpecHashPreserveAffinity: () => DefaultsSpecHashPreserveAffinity,
  DefaultsSpecHashTypeFunction: () => DefaultsSpecHashTypeFunction,
  DefaultsSpecHashTypeMethod: () => DefaultsSpecHashTypeMethod,
  DefaultsSpecHashTypeModifier: () => DefaultsSpecHashTypeModifier,
  DefaultsSpecHttpAfterResponseRuleListCond: () => DefaultsSpecHttpAfterResponseRuleListCond,
  DefaultsSpecHttpAfterResponseRuleListLogLevel: () => DefaultsSpecHttpAfterResponseRuleListLogLevel,
  DefaultsSpecHttpAfterResponseRuleListStrictMode: () => DefaultsSpecHttpAfterResponseRuleListStrictMode,
  DefaultsSpecHttpAfterResponseRuleListType: () => DefaultsSpecHttpAfterResponseRuleListType,
  DefaultsSpecHttpBufferRequest: () => DefaultsSpecHttpBufferRequest,
  DefaultsSpecHttpCheckListErrorStatus: () => DefaultsSpecHttpCheckListErrorStatus,
  DefaultsSpecHttpCheckListMatch: () => DefaultsSpecHttpCheckListMatch,
  DefaultsSpecHttpCheckListMethod: () => DefaultsSpecHttpCheckListMethod,
  DefaultsSpecHttpCheckListOkStatus: () => DefaultsSpecHttpCheckListOkStatus,
  DefaultsSpecHttpCheckListToutStatus: () => DefaultsSpecHttpCheckListToutStatus,
  DefaultsSpecHttpCheckListType: () => DefaultsSpecHttpCheckListType,
  DefaultsSpecHttpConnectionMode: () => DefaultsSpecHttpConnectionMode,
  DefaultsSpecHttpDropRequestTrailers: () => DefaultsSpecHttpDropRequestTrailers,
  DefaultsSpecHttpDropResponseTrailers: () => DefaultsSpecHttpDropResponseTrailers,
  DefaultsSpecHttpErrorRuleListReturnContentFormat: () => DefaultsSpecHttpErrorRuleListReturnContentFormat,
  DefaultsSpecHttpErrorRuleListStatus: () => DefaultsSpecHttpErrorRuleListStatus,
  DefaultsSpecHttpErrorRuleListType: () => DefaultsSpecHttpErrorRuleListType,
  DefaultsSpecHttpIgnoreProbes: () => DefaultsSpecHttpIgnoreProbes,
  DefaultsSpecHttpNoDelay: () => DefaultsSpecHttpNoDelay,
  DefaultsSpecHttpPretendKeepalive: () => DefaultsSpecHttpPretendKeepalive,
  DefaultsSpecHttpRequestRuleListCond: () => DefaultsSpecHttpRequestRuleListCond,
  DefaultsSpecHttpRequestRuleListLogLevel: () => DefaultsSpecHttpRequestRuleListLogLevel,
  DefaultsSpecHttpRequestRuleListNormalizer: () => DefaultsSpecHttpRequestRuleListNormalizer,
  DefaultsSpecHttpRequestRuleListProtocol: () => DefaultsSpecHttpRequestRuleListProtocol,
  DefaultsSpecHttpRequestRuleListRedirCode: () => DefaultsSpecHttpRequestRuleListRedirCode,
  DefaultsSpecHttpRequestRuleListRedirType: () => DefaultsSpecHttpRequestRuleListRedirType,
  DefaultsSpecHttpRequestRuleListReturnContentFormat: () => DefaultsSpecHttpRequestRuleListReturnContentFormat,
  DefaultsSpecHttpRequestRuleListStrictMode: () => DefaultsSpecHttpRequestRuleListStrictMode,
  DefaultsSpecHttpRequestRuleListTimeoutType: () => DefaultsSpecHttpRequestRuleListTimeoutType,
  DefaultsSpecHttpRequestRuleListType: () => DefaultsSpecHttpRequestRuleListType,
  DefaultsSpecHttpResponseRuleListCond: () => DefaultsSpecHttpResponseRuleListCond,
  DefaultsSpecHttpResponseRuleListLogLevel: () => DefaultsSpecHttpResponseRuleListLogLevel,
  DefaultsSpecHttpResponseRuleListRedirCode: () => DefaultsSpecHttpResponseRuleListRedirCode,
  DefaultsSpecHttpResponseRuleListRedirType: () => DefaultsSpecHttpResponseRuleListRedirType,
  DefaultsSpecHttpResponseRuleListReturnContentFormat: () => DefaultsSpecHttpResponseRuleListReturnContentFormat,
  DefaultsSpecHttpResponseRuleListStrictMode: () => DefaultsSpecHttpResponseRuleListStrictMode,
  DefaultsSpecHttpResponseRuleListTimeoutType: () => DefaultsSpecHttpResponseRuleListTimeoutType,
  DefaultsSpecHttpResponseRuleListType: () => DefaultsSpecHttpResponseRuleListType,
  DefaultsSpecHttpRestrictReqHdrNames: () => DefaultsSpecHttpRestrictReqHdrNames,
  DefaultsSpecHttpReuse: () => DefaultsSpecHttpReuse,
  DefaultsSpecHttpUseHtx: () => DefaultsSpecHttpUseHtx,
  DefaultsSpecHttpUseProxyHeader: () => DefaultsSpecHttpUseProxyHeader,
  DefaultsSpecHttpchkParamsMethod: () => DefaultsSpecHttpchkParamsMethod,
  DefaultsSpecHttpslog: () => DefaultsSpecHttpslog,
  DefaultsSpecIdleCloseOnResponse: () => DefaultsSpecIdleCloseOnResponse,
  DefaultsSpecIndependentStreams: () => DefaultsSpecIndependentStreams,
  DefaultsSpecLoadServerStateFromFile: () => DefaultsSpecLoadServerStateFromFile,
  DefaultsSpecLogHealthChecks: () => DefaultsSpecLogHealthChecks,
  DefaultsSpecLogSeparateErrors: () => DefaultsSpecLogSeparateErrors,
  DefaultsSpecLogTargetListFacility: () => DefaultsSpecLogTargetListFacility,
  DefaultsSpecLogTargetListFormat: () => DefaultsSpecLogTargetListFormat,
  DefaultsSpecLogTargetListLevel: () => DefaultsSpecLogTargetListLevel,
  DefaultsSpecLogTargetListMinlevel: () => DefaultsSpecLogTargetListMinlevel,
  DefaultsSpecLogasap: () => DefaultsSpecLogasap,
  DefaultsSpecMode: () => DefaultsSpecMode,
  DefaultsSpecMysqlCheckParamsClientVersion: () => DefaultsSpecMysqlCheckParamsClientVersion,
  DefaultsSpecNolinger: () => DefaultsSpecNolinger,
  DefaultsSpecOriginaltoEnabled: () => DefaultsSpecOriginaltoEnabled,
  DefaultsSpecPersist: () => DefaultsSpecPersist,
  DefaultsSpecPersistRuleType: () => DefaultsSpecPersistRuleType,
  DefaultsSpecPreferLastServer: () => DefaultsSpecPreferLastServer,
  DefaultsSpecQuicInitialRuleListCond: () => DefaultsSpecQuicInitialRuleListCond,
  DefaultsSpecQuicInitialRuleListType: () => DefaultsSpecQuicInitialRuleListType,
  DefaultsSpecRedispatchEnabled: () => DefaultsSpecRedispatchEnabled,
  DefaultsSpecSocketStats: () => DefaultsSpecSocketStats,
  DefaultsSpecSourceUsesrc: () => DefaultsSpecSourceUsesrc,
  DefaultsSpecSpliceAuto: () => DefaultsSpecSpliceAuto,
  DefaultsSpecSpliceRequest: () => DefaultsSpecSpliceRequest,
  DefaultsSpecSpliceResponse: () => DefaultsSpecSpliceResponse,
  DefaultsSpecSrvtcpka: () => DefaultsSpecSrvtcpka,
  DefaultsSpecStatsOptionsStatsAdminCond: () => DefaultsSpecStatsOptionsStatsAdminCond,
  DefaultsSpecStatsOptionsStatsHttpRequestsType: () => DefaultsSpecStatsOptionsStatsHttpRequestsType,
  DefaultsSpecTcpCheckRuleListAction: () => DefaultsSpecTcpCheckRuleListAction,
  DefaultsSpecTcpCheckRuleListErrorStatus: () => DefaultsSpecTcpCheckRuleListErrorStatus,
  DefaultsSpecTcpCheckRuleListMatch: () => DefaultsSpecTcpCheckRuleListMatch,
  DefaultsSpecTcpCheckRuleListOkStatus: () => DefaultsSpecTcpCheckRuleListOkStatus,
  DefaultsSpecTcpCheckRuleListToutStatus: () => DefaultsSpecTcpCheckRuleListToutStatus,
  DefaultsSpecTcpRequestRuleListAction: () => DefaultsSpecTcpRequestRuleListAction,
  DefaultsSpecTcpRequestRuleListCond: () => DefaultsSpecTcpRequestRuleListCond,
  DefaultsSpecTcpRequestRuleListLogLevel: () => DefaultsSpecTcpRequestRuleListLogLevel,
  DefaultsSpecTcpRequestRuleListResolveProtocol: () => DefaultsSpecTcpRequestRuleListResolveProtocol,
  DefaultsSpecTcpRequestRuleListType: () => DefaultsSpecTcpRequestRuleListType,
  DefaultsSpecTcpResponseRuleListAction: () => DefaultsSpecTcpResponseRuleListAction,
  DefaultsSpecTcpResponseRuleListCond: () => DefaultsSpecTcpResponseRuleListCond,
  DefaultsSpecTcpResponseRuleListLogLevel: () => DefaultsSpecTcpResponseRuleListLogLevel,
  DefaultsSpecTcpResponseRuleListType: () => DefaultsSpecTcpResponseRuleListType,
  DefaultsSpecTcpSmartAccept: () => DefaultsSpecTcpSmartAccept,
  DefaultsSpecTcpSmartConnect: () => DefaultsSpecTcpSmartConnect,
  DefaultsSpecTcpka: () => DefaultsSpecTcpka,
  DefaultsSpecTransparent: () => DefaultsSpecTransparent,
  Frontend: () => Frontend,
  FrontendSpecAcceptInvalidHttpRequest: () => FrontendSpecAcceptInvalidHttpRequest,
  FrontendSpecAcceptUnsafeViolationsInHttpRequest: () => FrontendSpecAcceptUnsafeViolationsInHttpRequest,
  FrontendSpecBackendSwitchingRuleListCond: () => FrontendSpecBackendSwitchingRuleListCond,
  FrontendSpecBindsForceStrictSni: () => FrontendSpecBindsForceStrictSni,
  FrontendSpecBindsLevel: () => FrontendSpecBindsLevel,
  FrontendSpecBindsQuicCcAlgo: () => FrontendSpecBindsQuicCcAlgo,
  FrontendSpecBindsQuicSocket: () => FrontendSpecBindsQuicSocket,
  FrontendSpecBindsSeverityOutput: () => FrontendSpecBindsSeverityOutput,
  FrontendSpecBindsSslMaxVer: () => FrontendSpecBindsSslMaxVer,
  FrontendSpecBindsSslMinVer: () => FrontendSpecBindsSslMinVer,
  FrontendSpecBindsSslv3: () => FrontendSpecBindsSslv3,
  FrontendSpecBindsTlsTickets: () => FrontendSpecBindsTlsTickets,
  FrontendSpecBindsTlsv10: () => FrontendSpecBindsTlsv10,
  FrontendSpecBindsTlsv11: () => FrontendSpecBindsTlsv11,
  FrontendSpecBindsTlsv12: () => FrontendSpecBindsTlsv12,
  FrontendSpecBindsTlsv13: () => FrontendSpecBindsTlsv13,
  FrontendSpecBindsVerify: () => FrontendSpecBindsVerify,
  FrontendSpecCaptureListType: () => FrontendSpecCaptureListType,
  FrontendSpecClitcpka: () => FrontendSpecClitcpka,
  FrontendSpecCompressionAlgoReq: () => FrontendSpecCompressionAlgoReq,
  FrontendSpecCompressionDirection: () => FrontendSpecCompressionDirection,
  FrontendSpecContstats: () => FrontendSpecContstats,
  FrontendSpecDisableH2Upgrade: () => FrontendSpecDisableH2Upgrade,
  FrontendSpecDontlogNormal: () => FrontendSpecDontlogNormal,
  FrontendSpecDontlognull: () => FrontendSpecDontlognull,
  FrontendSpecEmailAlertLevel: () => FrontendSpecEmailAlertLevel,
  FrontendSpecErrorFilesCode: () => FrontendSpecErrorFilesCode,
  FrontendSpecErrorloc302Code: () => FrontendSpecErrorloc302Code,
  FrontendSpecErrorloc303Code: () => FrontendSpecErrorloc303Code,
  FrontendSpecFilterListType: () => FrontendSpecFilterListType,
  FrontendSpecForwardforEnabled: () => FrontendSpecForwardforEnabled,
  FrontendSpecH1CaseAdjustBogusClient: () => FrontendSpecH1CaseAdjustBogusClient,
  FrontendSpecHttpAfterResponseRuleListCond: () => FrontendSpecHttpAfterResponseRuleListCond,
  FrontendSpecHttpAfterResponseRuleListLogLevel: () => FrontendSpecHttpAfterResponseRuleListLogLevel,
  FrontendSpecHttpAfterResponseRuleListStrictMode: () => FrontendSpecHttpAfterResponseRuleListStrictMode,
  FrontendSpecHttpAfterResponseRuleListType: () => FrontendSpecHttpAfterResponseRuleListType,
  FrontendSpecHttpBufferRequest: () => FrontendSpecHttpBufferRequest,
  FrontendSpecHttpConnectionMode: () => FrontendSpecHttpConnectionMode,
  FrontendSpecHttpDropResponseTrailers: () => FrontendSpecHttpDropResponseTrailers,
  FrontendSpecHttpErrorRuleListReturnContentFormat: () => FrontendSpecHttpErrorRuleListReturnContentFormat,
  FrontendSpecHttpErrorRuleListStatus: () => FrontendSpecHttpErrorRuleListStatus,
  FrontendSpecHttpErrorRuleListType: () => FrontendSpecHttpErrorRuleListType,
  FrontendSpecHttpIgnoreProbes: () => FrontendSpecHttpIgnoreProbes,
  FrontendSpecHttpNoDelay: () => FrontendSpecHttpNoDelay,
  FrontendSpecHttpRequestRuleListCond: () => FrontendSpecHttpRequestRuleListCond,
  FrontendSpecHttpRequestRuleListLogLevel: () => FrontendSpecHttpRequestRuleListLogLevel,
  FrontendSpecHttpRequestRuleListNormalizer: () => FrontendSpecHttpRequestRuleListNormalizer,
  FrontendSpecHttpRequestRuleListProtocol: () => FrontendSpecHttpRequestRuleListProtocol,
  FrontendSpecHttpRequestRuleListRedirCode: () => FrontendSpecHttpRequestRuleListRedirCode,
  FrontendSpecHttpRequestRuleListRedirType: () => FrontendSpecHttpRequestRuleListRedirType,
  FrontendSpecHttpRequestRuleListReturnContentFormat: () => FrontendSpecHttpRequestRuleListReturnContentFormat,
  FrontendSpecHttpRequestRuleListStrictMode: () => FrontendSpecHttpRequestRuleListStrictMode,
  FrontendSpecHttpRequestRuleListTimeoutType: () => FrontendSpecHttpRequestRuleListTimeoutType,
  FrontendSpecHttpRequestRuleListType: () => FrontendSpecHttpRequestRuleListType,
  FrontendSpecHttpResponseRuleListCond: () => FrontendSpecHttpResponseRuleListCond,
  FrontendSpecHttpResponseRuleListLogLevel: () => FrontendSpecHttpResponseRuleListLogLevel,
  FrontendSpecHttpResponseRuleListRedirCode: () => FrontendSpecHttpResponseRuleListRedirCode,
  FrontendSpecHttpResponseRuleListRedirType: () => FrontendSpecHttpResponseRuleListRedirType,
  FrontendSpecHttpResponseRuleListReturnContentFormat: () => FrontendSpecHttpResponseRuleListReturnContentFormat,
  FrontendSpecHttpResponseRuleListStrictMode: () => FrontendSpecHttpResponseRuleListStrictMode,
  FrontendSpecHttpResponseRuleListTimeoutType: () => FrontendSpecHttpResponseRuleListTimeoutType,
  FrontendSpecHttpResponseRuleListType: () => FrontendSpecHttpResponseRuleListType,
  FrontendSpecHttpRestrictReqHdrNames: () => FrontendSpecHttpRestrictReqHdrNames,
  FrontendSpecHttpUseHtx: () => FrontendSpecHttpUseHtx,
  FrontendSpecHttpUseProxyHeader: () => FrontendSpecHttpUseProxyHeader,
  FrontendSpecHttpslog: () => FrontendSpecHttpslog,
  FrontendSpecIdleCloseOnResponse: () => FrontendSpecIdleCloseOnResponse,
  FrontendSpecIndependentStreams: () => FrontendSpecIndependentStreams,
  FrontendSpecLogSeparateErrors: () => FrontendSpecLogSeparateErrors,
  FrontendSpecLogTargetListFacility: () => FrontendSpecLogTargetListFacility,
  FrontendSpecLogTargetListFormat: () => FrontendSpecLogTargetListFormat,
  FrontendSpecLogTargetListLevel: () => FrontendSpecLogTargetListLevel,
  FrontendSpecLogTargetListMinlevel: () => FrontendSpecLogTargetListMinlevel,
  FrontendSpecLogasap: () => FrontendSpecLogasap,
  FrontendSpecMode: () => FrontendSpecMode,
  FrontendSpecMonitorFailCond: () => FrontendSpecMonitorFailCond,
  FrontendSpecNolinger: () => FrontendSpecNolinger,
  FrontendSpecOriginaltoEnabled: () => FrontendSpecOriginaltoEnabled,
  FrontendSpecQuicInitialRuleListCond: () => FrontendSpecQuicInitialRuleListCond,
  FrontendSpecQuicInitialRuleListType: () => FrontendSpecQuicInitialRuleListType,
  FrontendSpecSocketStats: () => FrontendSpecSocketStats,
  FrontendSpecSpliceAuto: () => FrontendSpecSpliceAuto,
  FrontendSpecSpliceRequest: () => FrontendSpecSpliceRequest,
  FrontendSpecSpliceResponse: () => FrontendSpecSpliceResponse,
  FrontendSpecSslFrontUseListOcspUpdate: () => FrontendSpecSslFrontUseListOcspUpdate,
  FrontendSpecSslFrontUseListSslMaxVer: () => FrontendSpecSslFrontUseListSslMaxVer,
  FrontendSpecSslFrontUseListSslMinVer: () => FrontendSpecSslFrontUseListSslMinVer,
  FrontendSpecSslFrontUseListVerify: () => FrontendSpecSslFrontUseListVerify,
  FrontendSpecStatsOptionsStatsAdminCond: () => FrontendSpecStatsOptionsStatsAdminCond,
  FrontendSpecStatsOptionsStatsHttpRequestsType: () => FrontendSpecStatsOptionsStatsHttpRequestsType,
  FrontendSpecStickTableSrvkey: () => FrontendSpecStickTableSrvkey,
  FrontendSpecStickTableType: () => FrontendSpecStickTableType,
  FrontendSpecTcpRequestRuleListAction: () => FrontendSpecTcpRequestRuleListAction,
  FrontendSpecTcpRequestRuleListCond: () => FrontendSpecTcpRequestRuleListCond,
  FrontendSpecTcpRequestRuleListLogLevel: () => FrontendSpecTcpRequestRuleListLogLevel,
  FrontendSpecTcpRequestRuleListResolveProtocol: () => FrontendSpecTcpRequestRuleListResolveProtocol,
  FrontendSpecTcpRequestRuleListType: () => FrontendSpecTcpRequestRuleListType,
  FrontendSpecTcpSmartAccept: () => FrontendSpecTcpSmartAccept,
  FrontendSpecTcpka: () => FrontendSpecTcpka,
  Global: () => Global,
  GlobalSpecCpuPolicy: () => GlobalSpecCpuPolicy,
  GlobalSpecCpuSetDirective: () => GlobalSpecCpuSetDirective,
  GlobalSpecDefaultPathType: () => GlobalSpecDefaultPathType,
  GlobalSpecHardenRejectPrivilegedPortsQuic: () => GlobalSpecHardenRejectPrivilegedPortsQuic,
  GlobalSpecHardenRejectPrivilegedPortsTcp: () => GlobalSpecHardenRejectPrivilegedPortsTcp,
  GlobalSpecHttpClientOptionsResolversDisabled: () => GlobalSpecHttpClientOptionsResolversDisabled,
  GlobalSpecHttpClientOptionsResolversPrefer: () => GlobalSpecHttpClientOptionsResolversPrefer,
  GlobalSpecHttpClientOptionsSslVerify: () => GlobalSpecHttpClientOptionsSslVerify,
  GlobalSpecLogSendHostnameEnabled: () => GlobalSpecLogSendHostnameEnabled,
  GlobalSpecLogTargetListFacility: () => GlobalSpecLogTargetListFacility,
  GlobalSpecLogTargetListFormat: () => GlobalSpecLogTargetListFormat,
  GlobalSpecLogTargetListLevel: () => GlobalSpecLogTargetListLevel,
  GlobalSpecLogTargetListMinlevel: () => GlobalSpecLogTargetListMinlevel,
  GlobalSpecLuaOptionsPrependPathType: () => GlobalSpecLuaOptionsPrependPathType,
  GlobalSpecNumaCpuMapping: () => GlobalSpecNumaCpuMapping,
  GlobalSpecOcspUpdateOptionsMode: () => GlobalSpecOcspUpdateOptionsMode,
  GlobalSpecPerformanceOptionsProfilingMemory: () => GlobalSpecPerformanceOptionsProfilingMemory,
  GlobalSpecPerformanceOptionsProfilingTasks: () => GlobalSpecPerformanceOptionsProfilingTasks,
  GlobalSpecRuntimeApisForceStrictSni: () => GlobalSpecRuntimeApisForceStrictSni,
  GlobalSpecRuntimeApisLevel: () => GlobalSpecRuntimeApisLevel,
  GlobalSpecRuntimeApisQuicCcAlgo: () => GlobalSpecRuntimeApisQuicCcAlgo,
  GlobalSpecRuntimeApisQuicSocket: () => GlobalSpecRuntimeApisQuicSocket,
  GlobalSpecRuntimeApisSeverityOutput: () => GlobalSpecRuntimeApisSeverityOutput,
  GlobalSpecRuntimeApisSslMaxVer: () => GlobalSpecRuntimeApisSslMaxVer,
  GlobalSpecRuntimeApisSslMinVer: () => GlobalSpecRuntimeApisSslMinVer,
  GlobalSpecRuntimeApisSslv3: () => GlobalSpecRuntimeApisSslv3,
  GlobalSpecRuntimeApisTlsTickets: () => GlobalSpecRuntimeApisTlsTickets,
  GlobalSpecRuntimeApisTlsv10: () => GlobalSpecRuntimeApisTlsv10,
  GlobalSpecRuntimeApisTlsv11: () => GlobalSpecRuntimeApisTlsv11,
  GlobalSpecRuntimeApisTlsv12: () => GlobalSpecRuntimeApisTlsv12,
  GlobalSpecRuntimeApisTlsv13: () => GlobalSpecRuntimeApisTlsv13,
  GlobalSpecRuntimeApisVerify: () => GlobalSpecRuntimeApisVerify,
  GlobalSpecSslOptionsAcmeScheduler: () => GlobalSpecSslOptionsAcmeScheduler,
  GlobalSpecSslOptionsModeAsync: () => GlobalSpecSslOptionsModeAsync,
  GlobalSpecSslOptionsServerVerify: () => GlobalSpecSslOptionsServerVerify,
  GlobalSpecTuneLuaOptionsBoolSampleConversion: () => GlobalSpecTuneLuaOptionsBoolSampleConversion,
  GlobalSpecTuneLuaOptionsLogLoggers: () => GlobalSpecTuneLuaOptionsLogLoggers,
  GlobalSpecTuneLuaOptionsLogStderr: () => GlobalSpecTuneLuaOptionsLogStderr,
  GlobalSpecTuneOptionsAppletZeroCopyForwarding: () => GlobalSpecTuneOptionsAppletZeroCopyForwarding,
  GlobalSpecTuneOptionsFdEdgeTriggered: () => GlobalSpecTuneOptionsFdEdgeTriggered,
  GlobalSpecTuneOptionsH1ZeroCopyFwdRecv: () => GlobalSpecTuneOptionsH1ZeroCopyFwdRecv,
  GlobalSpecTuneOptionsH1ZeroCopyFwdSend: () => GlobalSpecTuneOptionsH1ZeroCopyFwdSend,
  GlobalSpecTuneOptionsH2ZeroCopyFwdSend: () => GlobalSpecTuneOptionsH2ZeroCopyFwdSend,
  GlobalSpecTuneOptionsIdlePoolShared: () => GlobalSpecTuneOptionsIdlePoolShared,
  GlobalSpecTuneOptionsListenerDefaultShards: () => GlobalSpecTuneOptionsListenerDefaultShards,
  GlobalSpecTuneOptionsListenerMultiQueue: () => GlobalSpecTuneOptionsListenerMultiQueue,
  GlobalSpecTuneOptionsPtZeroCopyForwarding: () => GlobalSpecTuneOptionsPtZeroCopyForwarding,
  GlobalSpecTuneOptionsSchedLowLatency: () => GlobalSpecTuneOptionsSchedLowLatency,
  GlobalSpecTuneOptionsTakeoverOtherTgConnections: () => GlobalSpecTuneOptionsTakeoverOtherTgConnections,
  GlobalSpecTuneQuicOptionsSocketOwner: () => GlobalSpecTuneQuicOptionsSocketOwner,
  GlobalSpecTuneQuicOptionsZeroCopyFwdSend: () => GlobalSpecTuneQuicOptionsZeroCopyFwdSend,
  GlobalSpecTuneSslOptionsKeylog: () => GlobalSpecTuneSslOptionsKeylog,
  Tcp: () => Tcp,
  TcpSpecFrontendAcceptInvalidHttpRequest: () => TcpSpecFrontendAcceptInvalidHttpRequest,
  TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest: () => TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest,
  TcpSpecFrontendBackendSwitchingRuleListCond: () => TcpSpecFrontendBackendSwitchingRuleListCond,
  TcpSpecFrontendBindsForceStrictSni: () => TcpSpecFrontendBindsForceStrictSni,
  TcpSpecFrontendBindsLevel: () => TcpSpecFrontendBindsLevel,
  TcpSpecFrontendBindsQuicCcAlgo: () => TcpSpecFrontendBindsQuicCcAlgo,
  TcpSpecFrontendBindsQuicSocket: () => TcpSpecFrontendBindsQuicSocket,
  TcpSpecFrontendBindsSeverityOutput: () => TcpSpecFrontendBindsSeverityOutput,
  TcpSpecFrontendBindsSslMaxVer: () => TcpSpecFrontendBindsSslMaxVer,
  TcpSpecFrontendBindsSslMinVer: () => TcpSpecFrontendBindsSslMinVer,
  TcpSpecFrontendBindsSslv3: () => TcpSpecFrontendBindsSslv3,
  TcpSpecFrontendBindsTlsTickets: () => TcpSpecFrontendBindsTlsTickets,
  TcpSpecFrontendBindsTlsv10: () => TcpSpecFrontendBindsTlsv10,
  TcpSpecFrontendBindsTlsv11: () => TcpSpecFrontendBindsTlsv11,
  TcpSpecFrontendBindsTlsv12: () => TcpSpecFrontendBindsTlsv12,
  TcpSpecFrontendBindsTlsv13: () => TcpSpecFrontendBindsTlsv13,
  TcpSpecFrontendBindsVerify: () => TcpSpecFrontendBindsVerify,
  TcpSpecFrontendCaptureListType: () => TcpSpecFrontendCaptureListType,
  TcpSpecFrontendClitcpka: () => TcpSpecFrontendClitcpka,
  TcpSpecFrontendCompressionAlgoReq: () => TcpSpecFrontendCompressionAlgoReq,
  TcpSpecFrontendCompressionDirection: () => TcpSpecFrontendCompressionDirection,
  TcpSpecFrontendContstats: () => TcpSpecFrontendContstats,
  TcpSpecFrontendDisableH2Upgrade: () => TcpSpecFrontendDisableH2Upgrade,
  TcpSpecFrontendDontlogNormal: () => TcpSpecFrontendDontlogNormal,
  TcpSpecFrontendDontlognull: () => TcpSpecFrontendDontlognull,
  TcpSpecFrontendEmailAlertLevel: () => TcpSpecFrontendEmailAlertLevel,
  TcpSpecFrontendErrorFilesCode: () => TcpSpecFrontendErrorFilesCode,
  TcpSpecFrontendErrorloc302Code: () => TcpSpecFrontendErrorloc302Code,
  TcpSpecFrontendErrorloc303Code: () => TcpSpecFrontendErrorloc303Code,
  TcpSpecFrontendFilterListType: () => TcpSpecFrontendFilterListType,
  TcpSpecFrontendForwardforEnabled: () => TcpSpecFrontendForwardforEnabled,
  TcpSpecFrontendH1CaseAdjustBogusClient: () => TcpSpecFrontendH1CaseAdjustBogusClient,
  TcpSpecFrontendHttpAfterResponseRuleListCond: () => TcpSpecFrontendHttpAfterResponseRuleListCond,
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel: () => TcpSpecFrontendHttpAfterResponseRuleListLogLevel,
  TcpSpecFrontendHttpAfterResponseRuleListStrictMode: () => TcpSpecFrontendHttpAfterResponseRuleListStrictMode,
  TcpSpecFrontendHttpAfterResponseRuleListType: () => TcpSpecFrontendHttpAfterResponseRuleListType,
  TcpSpecFrontendHttpBufferRequest: () => TcpSpecFrontendHttpBufferRequest,
  TcpSpecFrontendHttpConnectionMode: () => TcpSpecFrontendHttpConnectionMode,
  TcpSpecFrontendHttpDropResponseTrailers: () => TcpSpecFrontendHttpDropResponseTrailers,
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat: () => TcpSpecFrontendHttpErrorRuleListReturnContentFormat,
  TcpSpecFrontendHttpErrorRuleListStatus: () => TcpSpecFrontendHttpErrorRuleListStatus,
  TcpSpecFrontendHttpErrorRuleListType: () => TcpSpecFrontendHttpErrorRuleListType,
  TcpSpecFrontendHttpIgnoreProbes: () => TcpSpecFrontendHttpIgnoreProbes,
  TcpSpecFrontendHttpNoDelay: () => TcpSpecFrontendHttpNoDelay,
  TcpSpecFrontendHttpRequestRuleListCond: () => TcpSpecFrontendHttpRequestRuleListCond,
  TcpSpecFrontendHttpRequestRuleListLogLevel: () => TcpSpecFrontendHttpRequestRuleListLogLevel,
  TcpSpecFrontendHttpRequestRuleListNormalizer: () => TcpSpecFrontendHttpRequestRuleListNormalizer,
  TcpSpecFrontendHttpRequestRuleListProtocol: () => TcpSpecFrontendHttpRequestRuleListProtocol,
  TcpSpecFrontendHttpRequestRuleListRedirCode: () => TcpSpecFrontendHttpRequestRuleListRedirCode,
  TcpSpecFrontendHttpRequestRuleListRedirType: () => TcpSpecFrontendHttpRequestRuleListRedirType,
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat: () => TcpSpecFrontendHttpRequestRuleListReturnContentFormat,
  TcpSpecFrontendHttpRequestRuleListStrictMode: () => TcpSpecFrontendHttpRequestRuleListStrictMode,
  TcpSpecFrontendHttpRequestRuleListTimeoutType: () => TcpSpecFrontendHttpRequestRuleListTimeoutType,
  TcpSpecFrontendHttpRequestRuleListType: () => TcpSpecFrontendHttpRequestRuleListType,
  TcpSpecFrontendHttpResponseRuleListCond: () => TcpSpecFrontendHttpResponseRuleListCond,
  TcpSpecFrontendHttpResponseRuleListLogLevel: () => TcpSpecFrontendHttpResponseRuleListLogLevel,
  TcpSpecFrontendHttpResponseRuleListRedirCode: () => TcpSpecFrontendHttpResponseRuleListRedirCode,
  TcpSpecFrontendHttpResponseRuleListRedirType: () => TcpSpecFrontendHttpResponseRuleListRedirType,
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat: () => TcpSpecFrontendHttpResponseRuleListReturnContentFormat,
  TcpSpecFrontendHttpResponseRuleListStrictMode: () => TcpSpecFrontendHttpResponseRuleListStrictMode,
  TcpSpecFrontendHttpResponseRuleListTimeoutType: () => TcpSpecFrontendHttpResponseRuleListTimeoutType,
  TcpSpecFrontendHttpResponseRuleListType: () => TcpSpecFrontendHttpResponseRuleListType,
  TcpSpecFrontendHttpRestrictReqHdrNames: () => TcpSpecFrontendHttpRestrictReqHdrNames,
  TcpSpecFrontendHttpUseHtx: () => TcpSpecFrontendHttpUseHtx,
  TcpSpecFrontendHttpUseProxyHeader: () => TcpSpecFrontendHttpUseProxyHeader,
  TcpSpecFrontendHttpslog: () => TcpSpecFrontendHttpslog,
  TcpSpecFrontendIdleCloseOnResponse: () => TcpSpecFrontendIdleCloseOnResponse,
  TcpSpecFrontendIndependentStreams: () => TcpSpecFrontendIndependentStreams,
  TcpSpecFrontendLogSeparateErrors: () => TcpSpecFrontendLogSeparateErrors,
  TcpSpecFrontendLogTargetListFacility: () => TcpSpecFrontendLogTargetListFacility,
  TcpSpecFrontendLogTargetListFormat: () => TcpSpecFrontendLogTargetListFormat,
  TcpSpecFrontendLogTargetListLevel: () => TcpSpecFrontendLogTargetListLevel,
  TcpSpecFrontendLogTargetListMinlevel: () => TcpSpecFrontendLogTargetListMinlevel,
  TcpSpecFrontendLogasap: () => TcpSpecFrontendLogasap,
  TcpSpecFrontendMode: () => TcpSpecFrontendMode,
  TcpSpecFrontendMonitorFailCond: () => TcpSpecFrontendMonitorFailCond,
  TcpSpecFrontendNolinger: () => TcpSpecFrontendNolinger,
  TcpSpecFrontendOriginaltoEnabled: () => TcpSpecFrontendOriginaltoEnabled,
  TcpSpecFrontendQuicInitialRuleListCond: () => TcpSpecFrontendQuicInitialRuleListCond,
  TcpSpecFrontendQuicInitialRuleListType: () => TcpSpecFrontendQuicInitialRuleListType,
  TcpSpecFrontendSocketStats: () => TcpSpecFrontendSocketStats,
  TcpSpecFrontendSpliceAuto: () => TcpSpecFrontendSpliceAuto,
  TcpSpecFrontendSpliceRequest: () => TcpSpecFrontendSpliceRequest,
  TcpSpecFrontendSpliceResponse: () => TcpSpecFrontendSpliceResponse,
  TcpSpecFrontendSslFrontUseListOcspUpdate: () => TcpSpecFrontendSslFrontUseListOcspUpdate,
  TcpSpecFrontendSslFrontUseListSslMaxVer: () => TcpSpecFrontendSslFrontUseListSslMaxVer,
  TcpSpecFrontendSslFrontUseListSslMinVer: () => TcpSpecFrontendSslFrontUseListSslMinVer,
  TcpSpecFrontendSslFrontUseListVerify: () => TcpSpecFrontendSslFrontUseListVerify,
  TcpSpecFrontendStatsOptionsStatsAdminCond: () => TcpSpecFrontendStatsOptionsStatsAdminCond,
  TcpSpecFrontendStatsOptionsStatsHttpRequestsType: () => TcpSpecFrontendStatsOptionsStatsHttpRequestsType,
  TcpSpecFrontendStickTableSrvkey: () => TcpSpecFrontendStickTableSrvkey,
  TcpSpecFrontendStickTableType: () => TcpSpecFrontendStickTableType,
  TcpSpecFrontendTcpRequestRuleListAction: () => TcpSpecFrontendTcpRequestRuleListAction,
  TcpSpecFrontendTcpRequestRuleListCond: () => TcpSpecFrontendTcpRequestRuleListCond,
  TcpSpecFrontendTcpRequestRuleListLogLevel: () => TcpSpecFrontendTcpRequestRuleListLogLevel,
  TcpSpecFrontendTcpRequestRuleListResolveProtocol: () => TcpSpecFrontendTcpRequestRuleListResolveProtocol,
  TcpSpecFrontendTcpRequestRuleListType: () => TcpSpecFrontendTcpRequestRuleListType,
  TcpSpecFrontendTcpSmartAccept: () => TcpSpecFrontendTcpSmartAccept,
  TcpSpecFrontendTcpka: () => TcpSpecFrontendTcpka,
  ValidationRules: () => ValidationRules,
  ValidationRulesSpecValidationRulesSection: () => ValidationRulesSpecValidationRulesSection,
  ValidationRulesSpecValidationRulesType: () => ValidationRulesSpecValidationRulesType,
  toJson_BackendProps: () => toJson_BackendProps,
  toJson_BackendSpec: () => toJson_BackendSpec,
  toJson_BackendSpecAclList: () => toJson_BackendSpecAclList,
  toJson_BackendSpecBalance: () => toJson_BackendSpecBalance,
  toJson_BackendSpecCompression: () => toJson_BackendSpecCompression,
  toJson_BackendSpecCookie: () => toJson_BackendSpecCookie,
  toJson_BackendSpecCookieAttr: () => toJson_BackendSpecCookieAttr,
  toJson_BackendSpecCookieDomain: () => toJson_BackendSpecCookieDomain,
  toJson_BackendSpecDefaultServer: () => toJson_BackendSpecDefaultServer,
  toJson_BackendSpecDefaultServerSetProxyV2TlvFmt: () => toJson_BackendSpecDefaultServerSetProxyV2TlvFmt,
  toJson_BackendSpecEmailAlert: () => toJson_BackendSpecEmailAlert,
  toJson_BackendSpecErrorFiles: () => toJson_BackendSpecErrorFiles,
  toJson_BackendSpecErrorfilesFromHttpErrors: () => toJson_BackendSpecErrorfilesFromHttpErrors,
  toJson_BackendSpecErrorloc302: () => toJson_BackendSpecErrorloc302,
  toJson_BackendSpecErrorloc303: () => toJson_BackendSpecErrorloc303,
  toJson_BackendSpecFilterList: () => toJson_BackendSpecFilterList,
  toJson_BackendSpecForcePersist: () => toJson_BackendSpecForcePersist,
  toJson_BackendSpecForcePersistList: () => toJson_BackendSpecForcePersistList,
  toJson_BackendSpecForwardfor: () => toJson_BackendSpecForwardfor,
  toJson_BackendSpecHashType: () => toJson_BackendSpecHashType,
  toJson_BackendSpecHttpAfterResponseRuleList: () => toJson_BackendSpecHttpAfterResponseRuleList,
  toJson_BackendSpecHttpCheckList: () => toJson_BackendSpecHttpCheckList,
  toJson_BackendSpecHttpCheckListHeaders: () => toJson_BackendSpecHttpCheckListHeaders,
  toJson_BackendSpecHttpErrorRuleList: () => toJson_BackendSpecHttpErrorRuleList,
  toJson_BackendSpecHttpErrorRuleListReturnHdrs: () => toJson_BackendSpecHttpErrorRuleListReturnHdrs,
  toJson_BackendSpecHttpRequestRuleList: () => toJson_BackendSpecHttpRequestRuleList,
  toJson_BackendSpecHttpRequestRuleListReturnHdrs: () => toJson_BackendSpecHttpRequestRuleListReturnHdrs,
  toJson_BackendSpecHttpResponseRuleList: () => toJson_BackendSpecHttpResponseRuleList,
  toJson_BackendSpecHttpResponseRuleListReturnHdrs: () => toJson_BackendSpecHttpResponseRuleListReturnHdrs,
  toJson_BackendSpecHttpchkParams: () => toJson_BackendSpecHttpchkParams,
  toJson_BackendSpecIgnorePersist: () => toJson_BackendSpecIgnorePersist,
  toJson_BackendSpecIgnorePersistList: () => toJson_BackendSpecIgnorePersistList,
  toJson_BackendSpecLogTargetList: () => toJson_BackendSpecLogTargetList,
  toJson_BackendSpecMysqlCheckParams: () => toJson_BackendSpecMysqlCheckParams,
  toJson_BackendSpecOriginalto: () => toJson_BackendSpecOriginalto,
  toJson_BackendSpecPersistRule: () => toJson_BackendSpecPersistRule,
  toJson_BackendSpecPgsqlCheckParams: () => toJson_BackendSpecPgsqlCheckParams,
  toJson_BackendSpecRedispatch: () => toJson_BackendSpecRedispatch,
  toJson_BackendSpecServerSwitchingRuleList: () => toJson_BackendSpecServerSwitchingRuleList,
  toJson_BackendSpecServerTemplates: () => toJson_BackendSpecServerTemplates,
  toJson_BackendSpecServerTemplatesSetProxyV2TlvFmt: () => toJson_BackendSpecServerTemplatesSetProxyV2TlvFmt,
  toJson_BackendSpecSmtpchkParams: () => toJson_BackendSpecSmtpchkParams,
  toJson_BackendSpecSource: () => toJson_BackendSpecSource,
  toJson_BackendSpecStatsOptions: () => toJson_BackendSpecStatsOptions,
  toJson_BackendSpecStatsOptionsStatsAuths: () => toJson_BackendSpecStatsOptionsStatsAuths,
  toJson_BackendSpecStatsOptionsStatsHttpRequests: () => toJson_BackendSpecStatsOptionsStatsHttpRequests,
  toJson_BackendSpecStickRuleList: () => toJson_BackendSpecStickRuleList,
  toJson_BackendSpecStickTable: () => toJson_BackendSpecStickTable,
  toJson_BackendSpecTcpCheckRuleList: () => toJson_BackendSpecTcpCheckRuleList,
  toJson_BackendSpecTcpRequestRuleList: () => toJson_BackendSpecTcpRequestRuleList,
  toJson_BackendSpecTcpResponseRuleList: () => toJson_BackendSpecTcpResponseRuleList,
  toJson_DefaultsProps: () => toJson_DefaultsProps,
  toJson_DefaultsSpec: () => toJson_DefaultsSpec,
  toJson_DefaultsSpecAclList: () => toJson_DefaultsSpecAclList,
  toJson_DefaultsSpecBalance: () => toJson_DefaultsSpecBalance,
  toJson_DefaultsSpecCompression: () => toJson_DefaultsSpecCompression,
  toJson_DefaultsSpecCookie: () => toJson_DefaultsSpecCookie,
  toJson_DefaultsSpecCookieAttr: () => toJson_DefaultsSpecCookieAttr,
  toJson_DefaultsSpecCookieDomain: () => toJson_DefaultsSpecCookieDomain,
  toJson_DefaultsSpecDefaultServer: () => toJson_DefaultsSpecDefaultServer,
  toJson_DefaultsSpecDefaultServerSetProxyV2TlvFmt: () => toJson_DefaultsSpecDefaultServerSetProxyV2TlvFmt,
  toJson_DefaultsSpecEmailAlert: () => toJson_DefaultsSpecEmailAlert,
  toJson_DefaultsSpecErrorFiles: () => toJson_DefaultsSpecErrorFiles,
  toJson_DefaultsSpecErrorfilesFromHttpErrors: () => toJson_DefaultsSpecErrorfilesFromHttpErrors,
  toJson_DefaultsSpecErrorloc302: () => toJson_DefaultsSpecErrorloc302,
  toJson_DefaultsSpecErrorloc303: () => toJson_DefaultsSpecErrorloc303,
  toJson_DefaultsSpecForwardfor: () => toJson_DefaultsSpecForwardfor,
  toJson_DefaultsSpecHashType: () => toJson_DefaultsSpecHashType,
  toJson_DefaultsSpecHttpAfterResponseRuleList: () => toJson_DefaultsSpecHttpAfterResponseRuleList,
  toJson_DefaultsSpecHttpCheckList: () => toJson_DefaultsSpecHttpCheckList,
  toJson_DefaultsSpecHttpCheckListHeaders: () => toJson_DefaultsSpecHttpCheckListHeaders,
  toJson_DefaultsSpecHttpErrorRuleList: () => toJson_DefaultsSpecHttpErrorRuleList,
  toJson_DefaultsSpecHttpErrorRuleListReturnHdrs: () => toJson_DefaultsSpecHttpErrorRuleListReturnHdrs,
  toJson_DefaultsSpecHttpRequestRuleList: () => toJson_DefaultsSpecHttpRequestRuleList,
  toJson_DefaultsSpecHttpRequestRuleListReturnHdrs: () => toJson_DefaultsSpecHttpRequestRuleListReturnHdrs,
  toJson_DefaultsSpecHttpResponseRuleList: () => toJson_DefaultsSpecHttpResponseRuleList,
  toJson_DefaultsSpecHttpResponseRuleListReturnHdrs: () => toJson_DefaultsSpecHttpResponseRuleListReturnHdrs,
  toJson_DefaultsSpecHttpchkParams: () => toJson_DefaultsSpecHttpchkParams,
  toJson_DefaultsSpecLogTargetList: () => toJson_DefaultsSpecLogTargetList,
  toJson_DefaultsSpecMysqlCheckParams: () => toJson_DefaultsSpecMysqlCheckParams,
  toJson_DefaultsSpecOriginalto: () => toJson_DefaultsSpecOriginalto,
  toJson_DefaultsSpecPersistRule: () => toJson_DefaultsSpecPersistRule,
  toJson_DefaultsSpecPgsqlCheckParams: () => toJson_DefaultsSpecPgsqlCheckParams,
  toJson_DefaultsSpecQuicInitialRuleList: () => toJson_DefaultsSpecQuicInitialRuleList,
  toJson_DefaultsSpecRedispatch: () => toJson_DefaultsSpecRedispatch,
  toJson_DefaultsSpecSmtpchkParams: () => toJson_DefaultsSpecSmtpchkParams,
  toJson_DefaultsSpecSource: () => toJson_DefaultsSpecSource,
  toJson_DefaultsSpecStatsOptions: () => toJson_DefaultsSpecStatsOptions,
  toJson_DefaultsSpecStatsOptionsStatsAuths: () => toJson_DefaultsSpecStatsOptionsStatsAuths,
  toJson_DefaultsSpecStatsOptionsStatsHttpRequests: () => toJson_DefaultsSpecStatsOptionsStatsHttpRequests,
  toJson_DefaultsSpecTcpCheckRuleList: () => toJson_DefaultsSpecTcpCheckRuleList,
  toJson_DefaultsSpecTcpRequestRuleList: () => toJson_DefaultsSpecTcpRequestRuleList,
  toJson_DefaultsSpecTcpResponseRuleList: () => toJson_DefaultsSpecTcpResponseRuleList,
  toJson_FrontendProps: () => toJson_FrontendProps,
  toJson_FrontendSpec: () => toJson_FrontendSpec,
  toJson_FrontendSpecAclList: () => toJson_FrontendSpecAclList,
  toJson_FrontendSpecBackendSwitchingRuleList: () => toJson_FrontendSpecBackendSwitchingRuleList,
  toJson_FrontendSpecBinds: () => toJson_FrontendSpecBinds,
  toJson_FrontendSpecCaptureList: () => toJson_FrontendSpecCaptureList,
  toJson_FrontendSpecCompression: () => toJson_FrontendSpecCompression,
  toJson_FrontendSpecEmailAlert: () => toJson_FrontendSpecEmailAlert,
  toJson_FrontendSpecErrorFiles: () => toJson_FrontendSpecErrorFiles,
  toJson_FrontendSpecErrorfilesFromHttpErrors: () => toJson_FrontendSpecErrorfilesFromHttpErrors,
  toJson_FrontendSpecErrorloc302: () => toJson_FrontendSpecErrorloc302,
  toJson_FrontendSpecErrorloc303: () => toJson_FrontendSpecErrorloc303,
  toJson_FrontendSpecFilterList: () => toJson_FrontendSpecFilterList,
  toJson_FrontendSpecForwardfor: () => toJson_FrontendSpecForwardfor,
  toJson_FrontendSpecHttpAfterResponseRuleList: () => toJson_FrontendSpecHttpAfterResponseRuleList,
  toJson_FrontendSpecHttpErrorRuleList: () => toJson_FrontendSpecHttpErrorRuleList,
  toJson_FrontendSpecHttpErrorRuleListReturnHdrs: () => toJson_FrontendSpecHttpErrorRuleListReturnHdrs,
  toJson_FrontendSpecHttpRequestRuleList: () => toJson_FrontendSpecHttpRequestRuleList,
  toJson_FrontendSpecHttpRequestRuleListReturnHdrs: () => toJson_FrontendSpecHttpRequestRuleListReturnHdrs,
  toJson_FrontendSpecHttpResponseRuleList: () => toJson_FrontendSpecHttpResponseRuleList,
  toJson_FrontendSpecHttpResponseRuleListReturnHdrs: () => toJson_FrontendSpecHttpResponseRuleListReturnHdrs,
  toJson_FrontendSpecLogTargetList: () => toJson_FrontendSpecLogTargetList,
  toJson_FrontendSpecMonitorFail: () => toJson_FrontendSpecMonitorFail,
  toJson_FrontendSpecOriginalto: () => toJson_FrontendSpecOriginalto,
  toJson_FrontendSpecQuicInitialRuleList: () => toJson_FrontendSpecQuicInitialRuleList,
  toJson_FrontendSpecSslFrontUseList: () => toJson_FrontendSpecSslFrontUseList,
  toJson_FrontendSpecStatsOptions: () => toJson_FrontendSpecStatsOptions,
  toJson_FrontendSpecStatsOptionsStatsAuths: () => toJson_FrontendSpecStatsOptionsStatsAuths,
  toJson_FrontendSpecStatsOptionsStatsHttpRequests: () => toJson_FrontendSpecStatsOptionsStatsHttpRequests,
  toJson_FrontendSpecStickTable: () => toJson_FrontendSpecStickTable,
  toJson_FrontendSpecTcpRequestRuleList: () => toJson_FrontendSpecTcpRequestRuleList,
  toJson_GlobalProps: () => toJson_GlobalProps,
  toJson_GlobalSpec: () => toJson_GlobalSpec,
  toJson_GlobalSpecCpuMaps: () => toJson_GlobalSpecCpuMaps,
  toJson_GlobalSpecCpuSet: () => toJson_GlobalSpecCpuSet,
  toJson_GlobalSpecDebugOptions: () => toJson_GlobalSpecDebugOptions,
  toJson_GlobalSpecDefaultPath: () => toJson_GlobalSpecDefaultPath,
  toJson_GlobalSpecDeviceAtlasOptions: () => toJson_GlobalSpecDeviceAtlasOptions,
  toJson_GlobalSpecEnvironmentOptions: () => toJson_GlobalSpecEnvironmentOptions,
  toJson_GlobalSpecEnvironmentOptionsPresetenv: () => toJson_GlobalSpecEnvironmentOptionsPresetenv,
  toJson_GlobalSpecEnvironmentOptionsSetenv: () => toJson_GlobalSpecEnvironmentOptionsSetenv,
  toJson_GlobalSpecFiftyOneDegreesOptions: () => toJson_GlobalSpecFiftyOneDegreesOptions,
  toJson_GlobalSpecH1CaseAdjust: () => toJson_GlobalSpecH1CaseAdjust,
  toJson_GlobalSpecHarden: () => toJson_GlobalSpecHarden,
  toJson_GlobalSpecHardenRejectPrivilegedPorts: () => toJson_GlobalSpecHardenRejectPrivilegedPorts,
  toJson_GlobalSpecHttpClientOptions: () => toJson_GlobalSpecHttpClientOptions,
  toJson_GlobalSpecHttpErrCodes: () => toJson_GlobalSpecHttpErrCodes,
  toJson_GlobalSpecHttpFailCodes: () => toJson_GlobalSpecHttpFailCodes,
  toJson_GlobalSpecLogSendHostname: () => toJson_GlobalSpecLogSendHostname,
  toJson_GlobalSpecLogTargetList: () => toJson_GlobalSpecLogTargetList,
  toJson_GlobalSpecLuaOptions: () => toJson_GlobalSpecLuaOptions,
  toJson_GlobalSpecLuaOptionsLoads: () => toJson_GlobalSpecLuaOptionsLoads,
  toJson_GlobalSpecLuaOptionsPrependPath: () => toJson_GlobalSpecLuaOptionsPrependPath,
  toJson_GlobalSpecOcspUpdateOptions: () => toJson_GlobalSpecOcspUpdateOptions,
  toJson_GlobalSpecOcspUpdateOptionsHttpproxy: () => toJson_GlobalSpecOcspUpdateOptionsHttpproxy,
  toJson_GlobalSpecPerformanceOptions: () => toJson_GlobalSpecPerformanceOptions,
  toJson_GlobalSpecRuntimeApis: () => toJson_GlobalSpecRuntimeApis,
  toJson_GlobalSpecSetVar: () => toJson_GlobalSpecSetVar,
  toJson_GlobalSpecSetVarFmt: () => toJson_GlobalSpecSetVarFmt,
  toJson_GlobalSpecSslOptions: () => toJson_GlobalSpecSslOptions,
  toJson_GlobalSpecSslOptionsEngines: () => toJson_GlobalSpecSslOptionsEngines,
  toJson_GlobalSpecThreadGroupLines: () => toJson_GlobalSpecThreadGroupLines,
  toJson_GlobalSpecTuneBufferOptions: () => toJson_GlobalSpecTuneBufferOptions,
  toJson_GlobalSpecTuneLuaOptions: () => toJson_GlobalSpecTuneLuaOptions,
  toJson_GlobalSpecTuneOptions: () => toJson_GlobalSpecTuneOptions,
  toJson_GlobalSpecTuneQuicOptions: () => toJson_GlobalSpecTuneQuicOptions,
  toJson_GlobalSpecTuneSslOptions: () => toJson_GlobalSpecTuneSslOptions,
  toJson_GlobalSpecTuneVarsOptions: () => toJson_GlobalSpecTuneVarsOptions,
  toJson_GlobalSpecTuneZlibOptions: () => toJson_GlobalSpecTuneZlibOptions,
  toJson_GlobalSpecWurflOptions: () => toJson_GlobalSpecWurflOptions,
  toJson_TcpProps: () => toJson_TcpProps,
  toJson_TcpSpec: () => toJson_TcpSpec,
  toJson_TcpSpecFrontend: () => toJson_TcpSpecFrontend,
  toJson_TcpSpecFrontendAclList: () => toJson_TcpSpecFrontendAclList,
  toJson_TcpSpecFrontendBackendSwitchingRuleList: () => toJson_TcpSpecFrontendBackendSwitchingRuleList,
  toJson_TcpSpecFrontendBinds: () => toJson_TcpSpecFrontendBinds,
  toJson_TcpSpecFrontendCaptureList: () => toJson_TcpSpecFrontendCaptureList,
  toJson_TcpSpecFrontendCompression: () => toJson_TcpSpecFrontendCompression,
  toJson_TcpSpecFrontendEmailAlert: () => toJson_TcpSpecFrontendEmailAlert,
  toJson_TcpSpecFrontendErrorFiles: () => toJson_TcpSpecFrontendErrorFiles,
  toJson_TcpSpecFrontendErrorfilesFromHttpErrors: () => toJson_TcpSpecFrontendErrorfilesFromHttpErrors,
  toJson_TcpSpecFrontendErrorloc302: () => toJson_TcpSpecFrontendErrorloc302,
  toJson_TcpSpecFrontendErrorloc303: () => toJson_TcpSpecFrontendErrorloc303,
  toJson_TcpSpecFrontendFilterList: () => toJson_TcpSpecFrontendFilterList,
  toJson_TcpSpecFrontendForwardfor: () => toJson_TcpSpecFrontendForwardfor,
  toJson_TcpSpecFrontendHttpAfterResponseRuleList: () => toJson_TcpSpecFrontendHttpAfterResponseRuleList,
  toJson_TcpSpecFrontendHttpErrorRuleList: () => toJson_TcpSpecFrontendHttpErrorRuleList,
  toJson_TcpSpecFrontendHttpErrorRuleListReturnHdrs: () => toJson_TcpSpecFrontendHttpErrorRuleListReturnHdrs,
  toJson_TcpSpecFrontendHttpRequestRuleList: () => toJson_TcpSpecFrontendHttpRequestRuleList,
  toJson_TcpSpecFrontendHttpRequestRuleListReturnHdrs: () => toJson_TcpSpecFrontendHttpRequestRuleListReturnHdrs,
  toJson_TcpSpecFrontendHttpResponseRuleList: () => toJson_TcpSpecFrontendHttpResponseRuleList,
  toJson_TcpSpecFrontendHttpResponseRuleListReturnHdrs: () => toJson_TcpSpecFrontendHttpResponseRuleListReturnHdrs,
  toJson_TcpSpecFrontendLogTargetList: () => toJson_TcpSpecFrontendLogTargetList,
  toJson_TcpSpecFrontendMonitorFail: () => toJson_TcpSpecFrontendMonitorFail,
  toJson_TcpSpecFrontendOriginalto: () => toJson_TcpSpecFrontendOriginalto,
  toJson_TcpSpecFrontendQuicInitialRuleList: () => toJson_TcpSpecFrontendQuicInitialRuleList,
  toJson_TcpSpecFrontendSslFrontUseList: () => toJson_TcpSpecFrontendSslFrontUseList,
  toJson_TcpSpecFrontendStatsOptions: () => toJson_TcpSpecFrontendStatsOptions,
  toJson_TcpSpecFrontendStatsOptionsStatsAuths: () => toJson_TcpSpecFrontendStatsOptionsStatsAuths,
  toJson_TcpSpecFrontendStatsOptionsStatsHttpRequests: () => toJson_TcpSpecFrontendStatsOptionsStatsHttpRequests,
  toJson_TcpSpecFrontendStickTable: () => toJson_TcpSpecFrontendStickTable,
  toJson_TcpSpecFrontendTcpRequestRuleList: () => toJson_TcpSpecFrontendTcpRequestRuleList,
  toJson_TcpSpecService: () => toJson_TcpSpecService,
  toJson_TcpSpecServices: () => toJson_TcpSpecServices,
  toJson_ValidationRulesProps: () => toJson_ValidationRulesProps,
  toJson_ValidationRulesSpec: () => toJson_ValidationRulesSpec,
  toJson_ValidationRulesSpecValidationRules: () => toJson_ValidationRulesSpecValidationRules
});
module.exports = __toCommonJS(stdin_exports);
var import_cdk8s = require("cdk8s");
class Backend extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Backend"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "Backend"
  };
  /**
   * Renders a Kubernetes manifest for "Backend".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Backend.GVK,
      ...toJson_BackendProps(props)
    };
  }
  /**
   * Defines a "Backend" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Backend.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Backend.GVK,
      ...toJson_BackendProps(resolved)
    };
  }
}
function toJson_BackendProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_BackendSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "abortonclose": obj.abortonclose,
    "accept_invalid_http_response": obj.acceptInvalidHttpResponse,
    "accept_unsafe_violations_in_http_response": obj.acceptUnsafeViolationsInHttpResponse,
    "acl_list": obj.aclList?.map((y) => toJson_BackendSpecAclList(y)),
    "adv_check": obj.advCheck,
    "allbackups": obj.allbackups,
    "balance": toJson_BackendSpecBalance(obj.balance),
    "check_timeout": obj.checkTimeout,
    "checkcache": obj.checkcache,
    "compression": toJson_BackendSpecCompression(obj.compression),
    "connect_timeout": obj.connectTimeout,
    "cookie": toJson_BackendSpecCookie(obj.cookie),
    "default_server": toJson_BackendSpecDefaultServer(obj.defaultServer),
    "description": obj.description,
    "disabled": obj.disabled,
    "dynamic_cookie_key": obj.dynamicCookieKey,
    "email_alert": toJson_BackendSpecEmailAlert(obj.emailAlert),
    "enabled": obj.enabled,
    "error_files": obj.errorFiles?.map((y) => toJson_BackendSpecErrorFiles(y)),
    "errorfiles_from_http_errors": obj.errorfilesFromHttpErrors?.map((y) => toJson_BackendSpecErrorfilesFromHttpErrors(y)),
    "errorloc302": toJson_BackendSpecErrorloc302(obj.errorloc302),
    "errorloc303": toJson_BackendSpecErrorloc303(obj.errorloc303),
    "external_check": obj.externalCheck,
    "external_check_command": obj.externalCheckCommand,
    "external_check_path": obj.externalCheckPath,
    "filter_list": obj.filterList?.map((y) => toJson_BackendSpecFilterList(y)),
    "force_persist": toJson_BackendSpecForcePersist(obj.forcePersist),
    "force_persist_list": obj.forcePersistList?.map((y) => toJson_BackendSpecForcePersistList(y)),
    "forwardfor": toJson_BackendSpecForwardfor(obj.forwardfor),
    "from": obj.from,
    "fullconn": obj.fullconn,
    "guid": obj.guid,
    "h1_case_adjust_bogus_server": obj.h1CaseAdjustBogusServer,
    "hash_balance_factor": obj.hashBalanceFactor,
    "hash_preserve_affinity": obj.hashPreserveAffinity,
    "hash_type": toJson_BackendSpecHashType(obj.hashType),
    "http-buffer-request": obj.httpBufferRequest,
    "http-drop-request-trailers": obj.httpDropRequestTrailers,
    "http-no-delay": obj.httpNoDelay,
    "http-use-htx": obj.httpUseHtx,
    "http_after_response_rule_list": obj.httpAfterResponseRuleList?.map((y) => toJson_BackendSpecHttpAfterResponseRuleList(y)),
    "http_check_list": obj.httpCheckList?.map((y) => toJson_BackendSpecHttpCheckList(y)),
    "http_connection_mode": obj.httpConnectionMode,
    "http_error_rule_list": obj.httpErrorRuleList?.map((y) => toJson_BackendSpecHttpErrorRuleList(y)),
    "http_keep_alive_timeout": obj.httpKeepAliveTimeout,
    "http_pretend_keepalive": obj.httpPretendKeepalive,
    "http_proxy": obj.httpProxy,
    "http_request_rule_list": obj.httpRequestRuleList?.map((y) => toJson_BackendSpecHttpRequestRuleList(y)),
    "http_request_timeout": obj.httpRequestTimeout,
    "http_response_rule_list": obj.httpResponseRuleList?.map((y) => toJson_BackendSpecHttpResponseRuleList(y)),
    "http_restrict_req_hdr_names": obj.httpRestrictReqHdrNames,
    "http_reuse": obj.httpReuse,
    "http_send_name_header": obj.httpSendNameHeader,
    "httpchk_params": toJson_BackendSpecHttpchkParams(obj.httpchkParams),
    "id": obj.id,
    "ignore_persist": toJson_BackendSpecIgnorePersist(obj.ignorePersist),
    "ignore_persist_list": obj.ignorePersistList?.map((y) => toJson_BackendSpecIgnorePersistList(y)),
    "independent_streams": obj.independentStreams,
    "load_server_state_from_file": obj.loadServerStateFromFile,
    "log_health_checks": obj.logHealthChecks,
    "log_tag": obj.logTag,
    "log_target_list": obj.logTargetList?.map((y) => toJson_BackendSpecLogTargetList(y)),
    "max_keep_alive_queue": obj.maxKeepAliveQueue,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "mysql_check_params": toJson_BackendSpecMysqlCheckParams(obj.mysqlCheckParams),
    "name": obj.name,
    "nolinger": obj.nolinger,
    "originalto": toJson_BackendSpecOriginalto(obj.originalto),
    "persist": obj.persist,
    "persist_rule": toJson_BackendSpecPersistRule(obj.persistRule),
    "pgsql_check_params": toJson_BackendSpecPgsqlCheckParams(obj.pgsqlCheckParams),
    "prefer_last_server": obj.preferLastServer,
    "queue_timeout": obj.queueTimeout,
    "redispatch": toJson_BackendSpecRedispatch(obj.redispatch),
    "retries": obj.retries,
    "retry_on": obj.retryOn,
    "server_fin_timeout": obj.serverFinTimeout,
    "server_state_file_name": obj.serverStateFileName,
    "server_switching_rule_list": obj.serverSwitchingRuleList?.map((y) => toJson_BackendSpecServerSwitchingRuleList(y)),
    "server_templates": obj.serverTemplates === void 0 ? void 0 : Object.entries(obj.serverTemplates).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_BackendSpecServerTemplates(i[1]) }, {}),
    "server_timeout": obj.serverTimeout,
    "smtpchk_params": toJson_BackendSpecSmtpchkParams(obj.smtpchkParams),
    "source": toJson_BackendSpecSource(obj.source),
    "splice_auto": obj.spliceAuto,
    "splice_request": obj.spliceRequest,
    "splice_response": obj.spliceResponse,
    "spop_check": obj.spopCheck,
    "srvtcpka": obj.srvtcpka,
    "srvtcpka_cnt": obj.srvtcpkaCnt,
    "srvtcpka_idle": obj.srvtcpkaIdle,
    "srvtcpka_intvl": obj.srvtcpkaIntvl,
    "stats_options": toJson_BackendSpecStatsOptions(obj.statsOptions),
    "stick_rule_list": obj.stickRuleList?.map((y) => toJson_BackendSpecStickRuleList(y)),
    "stick_table": toJson_BackendSpecStickTable(obj.stickTable),
    "tarpit_timeout": obj.tarpitTimeout,
    "tcp_check_rule_list": obj.tcpCheckRuleList?.map((y) => toJson_BackendSpecTcpCheckRuleList(y)),
    "tcp_request_rule_list": obj.tcpRequestRuleList?.map((y) => toJson_BackendSpecTcpRequestRuleList(y)),
    "tcp_response_rule_list": obj.tcpResponseRuleList?.map((y) => toJson_BackendSpecTcpResponseRuleList(y)),
    "tcp_smart_connect": obj.tcpSmartConnect,
    "tcpka": obj.tcpka,
    "transparent": obj.transparent,
    "tunnel_timeout": obj.tunnelTimeout,
    "use_fcgi_app": obj.useFcgiApp
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecAbortonclose = /* @__PURE__ */ ((BackendSpecAbortonclose2) => {
  BackendSpecAbortonclose2["ENABLED"] = "enabled";
  BackendSpecAbortonclose2["DISABLED"] = "disabled";
  return BackendSpecAbortonclose2;
})(BackendSpecAbortonclose || {});
var BackendSpecAcceptInvalidHttpResponse = /* @__PURE__ */ ((BackendSpecAcceptInvalidHttpResponse2) => {
  BackendSpecAcceptInvalidHttpResponse2["ENABLED"] = "enabled";
  BackendSpecAcceptInvalidHttpResponse2["DISABLED"] = "disabled";
  return BackendSpecAcceptInvalidHttpResponse2;
})(BackendSpecAcceptInvalidHttpResponse || {});
var BackendSpecAcceptUnsafeViolationsInHttpResponse = /* @__PURE__ */ ((BackendSpecAcceptUnsafeViolationsInHttpResponse2) => {
  BackendSpecAcceptUnsafeViolationsInHttpResponse2["ENABLED"] = "enabled";
  BackendSpecAcceptUnsafeViolationsInHttpResponse2["DISABLED"] = "disabled";
  return BackendSpecAcceptUnsafeViolationsInHttpResponse2;
})(BackendSpecAcceptUnsafeViolationsInHttpResponse || {});
function toJson_BackendSpecAclList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_name": obj.aclName,
    "criterion": obj.criterion,
    "metadata": obj.metadata,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecAdvCheck = /* @__PURE__ */ ((BackendSpecAdvCheck2) => {
  BackendSpecAdvCheck2["HTTPCHK"] = "httpchk";
  BackendSpecAdvCheck2["LDAP_HYPHEN_CHECK"] = "ldap-check";
  BackendSpecAdvCheck2["MYSQL_HYPHEN_CHECK"] = "mysql-check";
  BackendSpecAdvCheck2["PGSQL_HYPHEN_CHECK"] = "pgsql-check";
  BackendSpecAdvCheck2["REDIS_HYPHEN_CHECK"] = "redis-check";
  BackendSpecAdvCheck2["SMTPCHK"] = "smtpchk";
  BackendSpecAdvCheck2["SSL_HYPHEN_HELLO_HYPHEN_CHK"] = "ssl-hello-chk";
  BackendSpecAdvCheck2["TCP_HYPHEN_CHECK"] = "tcp-check";
  return BackendSpecAdvCheck2;
})(BackendSpecAdvCheck || {});
var BackendSpecAllbackups = /* @__PURE__ */ ((BackendSpecAllbackups2) => {
  BackendSpecAllbackups2["ENABLED"] = "enabled";
  BackendSpecAllbackups2["DISABLED"] = "disabled";
  return BackendSpecAllbackups2;
})(BackendSpecAllbackups || {});
function toJson_BackendSpecBalance(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algorithm": obj.algorithm,
    "hash_expression": obj.hashExpression,
    "hdr_name": obj.hdrName,
    "hdr_use_domain_only": obj.hdrUseDomainOnly,
    "random_draws": obj.randomDraws,
    "rdp_cookie_name": obj.rdpCookieName,
    "uri_depth": obj.uriDepth,
    "uri_len": obj.uriLen,
    "uri_path_only": obj.uriPathOnly,
    "uri_whole": obj.uriWhole,
    "url_param": obj.urlParam,
    "url_param_check_post": obj.urlParamCheckPost,
    "url_param_max_wait": obj.urlParamMaxWait
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecCheckcache = /* @__PURE__ */ ((BackendSpecCheckcache2) => {
  BackendSpecCheckcache2["ENABLED"] = "enabled";
  BackendSpecCheckcache2["DISABLED"] = "disabled";
  return BackendSpecCheckcache2;
})(BackendSpecCheckcache || {});
function toJson_BackendSpecCompression(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algo-req": obj.algoReq,
    "algorithms": obj.algorithms?.map((y) => y),
    "algos-res": obj.algosRes?.map((y) => y),
    "direction": obj.direction,
    "minsize_req": obj.minsizeReq,
    "minsize_res": obj.minsizeRes,
    "offload": obj.offload,
    "types": obj.types?.map((y) => y),
    "types-req": obj.typesReq?.map((y) => y),
    "types-res": obj.typesRes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecCookie(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "attr": obj.attr?.map((y) => toJson_BackendSpecCookieAttr(y)),
    "domain": obj.domain?.map((y) => toJson_BackendSpecCookieDomain(y)),
    "dynamic": obj.dynamic,
    "httponly": obj.httponly,
    "indirect": obj.indirect,
    "maxidle": obj.maxidle,
    "maxlife": obj.maxlife,
    "name": obj.name,
    "nocache": obj.nocache,
    "postonly": obj.postonly,
    "preserve": obj.preserve,
    "secure": obj.secure,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecDefaultServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "agent-addr": obj.agentAddr,
    "agent-check": obj.agentCheck,
    "agent-inter": obj.agentInter,
    "agent-port": obj.agentPort,
    "agent-send": obj.agentSend,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backup": obj.backup,
    "check": obj.check,
    "check-pool-conn-name": obj.checkPoolConnName,
    "check-reuse-pool": obj.checkReusePool,
    "check-send-proxy": obj.checkSendProxy,
    "check-sni": obj.checkSni,
    "check-ssl": obj.checkSsl,
    "check_alpn": obj.checkAlpn,
    "check_proto": obj.checkProto,
    "check_via_socks4": obj.checkViaSocks4,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "cookie": obj.cookie,
    "crl_file": obj.crlFile,
    "curves": obj.curves,
    "downinter": obj.downinter,
    "error_limit": obj.errorLimit,
    "fall": obj.fall,
    "fastinter": obj.fastinter,
    "force_sslv3": obj.forceSslv3,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "guid": obj.guid,
    "hash_key": obj.hashKey,
    "health_check_address": obj.healthCheckAddress,
    "health_check_port": obj.healthCheckPort,
    "idle_ping": obj.idlePing,
    "init-addr": obj.initAddr,
    "init-state": obj.initState,
    "inter": obj.inter,
    "log-bufsize": obj.logBufsize,
    "log_proto": obj.logProto,
    "maintenance": obj.maintenance,
    "max_reuse": obj.maxReuse,
    "maxconn": obj.maxconn,
    "maxqueue": obj.maxqueue,
    "minconn": obj.minconn,
    "namespace": obj.namespace,
    "no_sslv3": obj.noSslv3,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "no_verifyhost": obj.noVerifyhost,
    "npn": obj.npn,
    "observe": obj.observe,
    "on-error": obj.onError,
    "on-marked-down": obj.onMarkedDown,
    "on-marked-up": obj.onMarkedUp,
    "pool_conn_name": obj.poolConnName,
    "pool_low_conn": obj.poolLowConn,
    "pool_max_conn": obj.poolMaxConn,
    "pool_purge_delay": obj.poolPurgeDelay,
    "proto": obj.proto,
    "proxy-v2-options": obj.proxyV2Options?.map((y) => y),
    "redir": obj.redir,
    "resolve-net": obj.resolveNet,
    "resolve-prefer": obj.resolvePrefer,
    "resolve_opts": obj.resolveOpts,
    "resolvers": obj.resolvers,
    "rise": obj.rise,
    "send-proxy": obj.sendProxy,
    "send-proxy-v2": obj.sendProxyV2,
    "send_proxy_v2_ssl": obj.sendProxyV2Ssl,
    "send_proxy_v2_ssl_cn": obj.sendProxyV2SslCn,
    "set-proxy-v2-tlv-fmt": toJson_BackendSpecDefaultServerSetProxyV2TlvFmt(obj.setProxyV2TlvFmt),
    "shard": obj.shard,
    "sigalgs": obj.sigalgs,
    "slowstart": obj.slowstart,
    "sni": obj.sni,
    "socks4": obj.socks4,
    "source": obj.source,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "ssl_reuse": obj.sslReuse,
    "sslv3": obj.sslv3,
    "stick": obj.stick,
    "strict-maxconn": obj.strictMaxconn,
    "tcp_ut": obj.tcpUt,
    "tfo": obj.tfo,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "track": obj.track,
    "verify": obj.verify,
    "verifyhost": obj.verifyhost,
    "weight": obj.weight,
    "ws": obj.ws
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecEmailAlert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from,
    "level": obj.level,
    "mailers": obj.mailers,
    "metadata": obj.metadata,
    "myhostname": obj.myhostname,
    "to": obj.to
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecErrorFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "file": obj.file
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecErrorfilesFromHttpErrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "codes": obj.codes?.map((y) => y),
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecErrorloc302(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecErrorloc303(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecExternalCheck = /* @__PURE__ */ ((BackendSpecExternalCheck2) => {
  BackendSpecExternalCheck2["ENABLED"] = "enabled";
  BackendSpecExternalCheck2["DISABLED"] = "disabled";
  return BackendSpecExternalCheck2;
})(BackendSpecExternalCheck || {});
function toJson_BackendSpecFilterList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "app_name": obj.appName,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "cache_name": obj.cacheName,
    "default_limit": obj.defaultLimit,
    "default_period": obj.defaultPeriod,
    "key": obj.key,
    "limit": obj.limit,
    "metadata": obj.metadata,
    "min_size": obj.minSize,
    "spoe_config": obj.spoeConfig,
    "spoe_engine": obj.spoeEngine,
    "table": obj.table,
    "trace_hexdump": obj.traceHexdump,
    "trace_name": obj.traceName,
    "trace_rnd_forwarding": obj.traceRndForwarding,
    "trace_rnd_parsing": obj.traceRndParsing,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecForcePersist(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecForcePersistList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecForwardfor(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header,
    "ifnone": obj.ifnone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecH1CaseAdjustBogusServer = /* @__PURE__ */ ((BackendSpecH1CaseAdjustBogusServer2) => {
  BackendSpecH1CaseAdjustBogusServer2["ENABLED"] = "enabled";
  BackendSpecH1CaseAdjustBogusServer2["DISABLED"] = "disabled";
  return BackendSpecH1CaseAdjustBogusServer2;
})(BackendSpecH1CaseAdjustBogusServer || {});
var BackendSpecHashPreserveAffinity = /* @__PURE__ */ ((BackendSpecHashPreserveAffinity2) => {
  BackendSpecHashPreserveAffinity2["ALWAYS"] = "always";
  BackendSpecHashPreserveAffinity2["MAXCONN"] = "maxconn";
  BackendSpecHashPreserveAffinity2["MAXQUEUE"] = "maxqueue";
  return BackendSpecHashPreserveAffinity2;
})(BackendSpecHashPreserveAffinity || {});
function toJson_BackendSpecHashType(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "function": obj.function,
    "method": obj.method,
    "modifier": obj.modifier
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpBufferRequest = /* @__PURE__ */ ((BackendSpecHttpBufferRequest2) => {
  BackendSpecHttpBufferRequest2["ENABLED"] = "enabled";
  BackendSpecHttpBufferRequest2["DISABLED"] = "disabled";
  return BackendSpecHttpBufferRequest2;
})(BackendSpecHttpBufferRequest || {});
var BackendSpecHttpDropRequestTrailers = /* @__PURE__ */ ((BackendSpecHttpDropRequestTrailers2) => {
  BackendSpecHttpDropRequestTrailers2["ENABLED"] = "enabled";
  BackendSpecHttpDropRequestTrailers2["DISABLED"] = "disabled";
  return BackendSpecHttpDropRequestTrailers2;
})(BackendSpecHttpDropRequestTrailers || {});
var BackendSpecHttpNoDelay = /* @__PURE__ */ ((BackendSpecHttpNoDelay2) => {
  BackendSpecHttpNoDelay2["ENABLED"] = "enabled";
  BackendSpecHttpNoDelay2["DISABLED"] = "disabled";
  return BackendSpecHttpNoDelay2;
})(BackendSpecHttpNoDelay || {});
var BackendSpecHttpUseHtx = /* @__PURE__ */ ((BackendSpecHttpUseHtx2) => {
  BackendSpecHttpUseHtx2["ENABLED"] = "enabled";
  BackendSpecHttpUseHtx2["DISABLED"] = "disabled";
  return BackendSpecHttpUseHtx2;
})(BackendSpecHttpUseHtx || {});
function toJson_BackendSpecHttpAfterResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "metadata": obj.metadata,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecHttpCheckList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "addr": obj.addr,
    "alpn": obj.alpn,
    "body": obj.body,
    "body_log_format": obj.bodyLogFormat,
    "check_comment": obj.checkComment,
    "default": obj.default,
    "error_status": obj.errorStatus,
    "exclamation_mark": obj.exclamationMark,
    "headers": obj.headers?.map((y) => toJson_BackendSpecHttpCheckListHeaders(y)),
    "linger": obj.linger,
    "match": obj.match,
    "metadata": obj.metadata,
    "method": obj.method,
    "min_recv": obj.minRecv,
    "ok_status": obj.okStatus,
    "on_error": obj.onError,
    "on_success": obj.onSuccess,
    "pattern": obj.pattern,
    "port": obj.port,
    "port_string": obj.portString,
    "proto": obj.proto,
    "send_proxy": obj.sendProxy,
    "sni": obj.sni,
    "ssl": obj.ssl,
    "status-code": obj.statusCode,
    "tout_status": obj.toutStatus,
    "type": obj.type,
    "uri": obj.uri,
    "uri_log_format": obj.uriLogFormat,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "version": obj.version,
    "via_socks4": obj.viaSocks4
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpConnectionMode = /* @__PURE__ */ ((BackendSpecHttpConnectionMode2) => {
  BackendSpecHttpConnectionMode2["HTTPCLOSE"] = "httpclose";
  BackendSpecHttpConnectionMode2["HTTP_HYPHEN_SERVER_HYPHEN_CLOSE"] = "http-server-close";
  BackendSpecHttpConnectionMode2["HTTP_HYPHEN_KEEP_HYPHEN_ALIVE"] = "http-keep-alive";
  return BackendSpecHttpConnectionMode2;
})(BackendSpecHttpConnectionMode || {});
function toJson_BackendSpecHttpErrorRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_BackendSpecHttpErrorRuleListReturnHdrs(y)),
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpPretendKeepalive = /* @__PURE__ */ ((BackendSpecHttpPretendKeepalive2) => {
  BackendSpecHttpPretendKeepalive2["ENABLED"] = "enabled";
  BackendSpecHttpPretendKeepalive2["DISABLED"] = "disabled";
  return BackendSpecHttpPretendKeepalive2;
})(BackendSpecHttpPretendKeepalive || {});
var BackendSpecHttpProxy = /* @__PURE__ */ ((BackendSpecHttpProxy2) => {
  BackendSpecHttpProxy2["ENABLED"] = "enabled";
  BackendSpecHttpProxy2["DISABLED"] = "disabled";
  return BackendSpecHttpProxy2;
})(BackendSpecHttpProxy || {});
function toJson_BackendSpecHttpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "auth_realm": obj.authRealm,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "hint_format": obj.hintFormat,
    "hint_name": obj.hintName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "method_fmt": obj.methodFmt,
    "nice_value": obj.niceValue,
    "normalizer": obj.normalizer,
    "normalizer_full": obj.normalizerFull,
    "normalizer_strict": obj.normalizerStrict,
    "path_fmt": obj.pathFmt,
    "path_match": obj.pathMatch,
    "protocol": obj.protocol,
    "query-fmt": obj.queryFmt,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "resolvers": obj.resolvers,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_BackendSpecHttpRequestRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "service_name": obj.serviceName,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "uri-fmt": obj.uriFmt,
    "uri-match": obj.uriMatch,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecHttpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_BackendSpecHttpResponseRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpRestrictReqHdrNames = /* @__PURE__ */ ((BackendSpecHttpRestrictReqHdrNames2) => {
  BackendSpecHttpRestrictReqHdrNames2["PRESERVE"] = "preserve";
  BackendSpecHttpRestrictReqHdrNames2["DELETE"] = "delete";
  BackendSpecHttpRestrictReqHdrNames2["REJECT"] = "reject";
  return BackendSpecHttpRestrictReqHdrNames2;
})(BackendSpecHttpRestrictReqHdrNames || {});
var BackendSpecHttpReuse = /* @__PURE__ */ ((BackendSpecHttpReuse2) => {
  BackendSpecHttpReuse2["AGGRESSIVE"] = "aggressive";
  BackendSpecHttpReuse2["ALWAYS"] = "always";
  BackendSpecHttpReuse2["NEVER"] = "never";
  BackendSpecHttpReuse2["SAFE"] = "safe";
  return BackendSpecHttpReuse2;
})(BackendSpecHttpReuse || {});
function toJson_BackendSpecHttpchkParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "host": obj.host,
    "method": obj.method,
    "uri": obj.uri,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecIgnorePersist(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecIgnorePersistList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecIndependentStreams = /* @__PURE__ */ ((BackendSpecIndependentStreams2) => {
  BackendSpecIndependentStreams2["ENABLED"] = "enabled";
  BackendSpecIndependentStreams2["DISABLED"] = "disabled";
  return BackendSpecIndependentStreams2;
})(BackendSpecIndependentStreams || {});
var BackendSpecLoadServerStateFromFile = /* @__PURE__ */ ((BackendSpecLoadServerStateFromFile2) => {
  BackendSpecLoadServerStateFromFile2["GLOBAL"] = "global";
  BackendSpecLoadServerStateFromFile2["LOCAL"] = "local";
  BackendSpecLoadServerStateFromFile2["NONE"] = "none";
  return BackendSpecLoadServerStateFromFile2;
})(BackendSpecLoadServerStateFromFile || {});
var BackendSpecLogHealthChecks = /* @__PURE__ */ ((BackendSpecLogHealthChecks2) => {
  BackendSpecLogHealthChecks2["ENABLED"] = "enabled";
  BackendSpecLogHealthChecks2["DISABLED"] = "disabled";
  return BackendSpecLogHealthChecks2;
})(BackendSpecLogHealthChecks || {});
function toJson_BackendSpecLogTargetList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "facility": obj.facility,
    "format": obj.format,
    "global": obj.global,
    "length": obj.length,
    "level": obj.level,
    "metadata": obj.metadata,
    "minlevel": obj.minlevel,
    "nolog": obj.nolog,
    "profile": obj.profile,
    "sample_range": obj.sampleRange,
    "sample_size": obj.sampleSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecMode = /* @__PURE__ */ ((BackendSpecMode2) => {
  BackendSpecMode2["HTTP"] = "http";
  BackendSpecMode2["TCP"] = "tcp";
  BackendSpecMode2["LOG"] = "log";
  return BackendSpecMode2;
})(BackendSpecMode || {});
function toJson_BackendSpecMysqlCheckParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "client_version": obj.clientVersion,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecNolinger = /* @__PURE__ */ ((BackendSpecNolinger2) => {
  BackendSpecNolinger2["ENABLED"] = "enabled";
  BackendSpecNolinger2["DISABLED"] = "disabled";
  return BackendSpecNolinger2;
})(BackendSpecNolinger || {});
function toJson_BackendSpecOriginalto(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecPersist = /* @__PURE__ */ ((BackendSpecPersist2) => {
  BackendSpecPersist2["ENABLED"] = "enabled";
  BackendSpecPersist2["DISABLED"] = "disabled";
  return BackendSpecPersist2;
})(BackendSpecPersist || {});
function toJson_BackendSpecPersistRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rdp_cookie_name": obj.rdpCookieName,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecPgsqlCheckParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecPreferLastServer = /* @__PURE__ */ ((BackendSpecPreferLastServer2) => {
  BackendSpecPreferLastServer2["ENABLED"] = "enabled";
  BackendSpecPreferLastServer2["DISABLED"] = "disabled";
  return BackendSpecPreferLastServer2;
})(BackendSpecPreferLastServer || {});
function toJson_BackendSpecRedispatch(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "interval": obj.interval
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecServerSwitchingRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "target_server": obj.targetServer
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecServerTemplates(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "agent-addr": obj.agentAddr,
    "agent-check": obj.agentCheck,
    "agent-inter": obj.agentInter,
    "agent-port": obj.agentPort,
    "agent-send": obj.agentSend,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backup": obj.backup,
    "check": obj.check,
    "check-pool-conn-name": obj.checkPoolConnName,
    "check-reuse-pool": obj.checkReusePool,
    "check-send-proxy": obj.checkSendProxy,
    "check-sni": obj.checkSni,
    "check-ssl": obj.checkSsl,
    "check_alpn": obj.checkAlpn,
    "check_proto": obj.checkProto,
    "check_via_socks4": obj.checkViaSocks4,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "cookie": obj.cookie,
    "crl_file": obj.crlFile,
    "curves": obj.curves,
    "downinter": obj.downinter,
    "error_limit": obj.errorLimit,
    "fall": obj.fall,
    "fastinter": obj.fastinter,
    "force_sslv3": obj.forceSslv3,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "fqdn": obj.fqdn,
    "guid": obj.guid,
    "hash_key": obj.hashKey,
    "health_check_address": obj.healthCheckAddress,
    "health_check_port": obj.healthCheckPort,
    "id": obj.id,
    "idle_ping": obj.idlePing,
    "init-addr": obj.initAddr,
    "init-state": obj.initState,
    "inter": obj.inter,
    "log-bufsize": obj.logBufsize,
    "log_proto": obj.logProto,
    "maintenance": obj.maintenance,
    "max_reuse": obj.maxReuse,
    "maxconn": obj.maxconn,
    "maxqueue": obj.maxqueue,
    "metadata": obj.metadata,
    "minconn": obj.minconn,
    "namespace": obj.namespace,
    "no_sslv3": obj.noSslv3,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "no_verifyhost": obj.noVerifyhost,
    "npn": obj.npn,
    "num_or_range": obj.numOrRange,
    "observe": obj.observe,
    "on-error": obj.onError,
    "on-marked-down": obj.onMarkedDown,
    "on-marked-up": obj.onMarkedUp,
    "pool_conn_name": obj.poolConnName,
    "pool_low_conn": obj.poolLowConn,
    "pool_max_conn": obj.poolMaxConn,
    "pool_purge_delay": obj.poolPurgeDelay,
    "port": obj.port,
    "prefix": obj.prefix,
    "proto": obj.proto,
    "proxy-v2-options": obj.proxyV2Options?.map((y) => y),
    "redir": obj.redir,
    "resolve-net": obj.resolveNet,
    "resolve-prefer": obj.resolvePrefer,
    "resolve_opts": obj.resolveOpts,
    "resolvers": obj.resolvers,
    "rise": obj.rise,
    "send-proxy": obj.sendProxy,
    "send-proxy-v2": obj.sendProxyV2,
    "send_proxy_v2_ssl": obj.sendProxyV2Ssl,
    "send_proxy_v2_ssl_cn": obj.sendProxyV2SslCn,
    "set-proxy-v2-tlv-fmt": toJson_BackendSpecServerTemplatesSetProxyV2TlvFmt(obj.setProxyV2TlvFmt),
    "shard": obj.shard,
    "sigalgs": obj.sigalgs,
    "slowstart": obj.slowstart,
    "sni": obj.sni,
    "socks4": obj.socks4,
    "source": obj.source,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "ssl_reuse": obj.sslReuse,
    "sslv3": obj.sslv3,
    "stick": obj.stick,
    "strict-maxconn": obj.strictMaxconn,
    "tcp_ut": obj.tcpUt,
    "tfo": obj.tfo,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "track": obj.track,
    "verify": obj.verify,
    "verifyhost": obj.verifyhost,
    "weight": obj.weight,
    "ws": obj.ws
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecSmtpchkParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "domain": obj.domain,
    "hello": obj.hello
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "address_second": obj.addressSecond,
    "hdr": obj.hdr,
    "interface": obj.interface,
    "occ": obj.occ,
    "port": obj.port,
    "port_second": obj.portSecond,
    "usesrc": obj.usesrc
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecSpliceAuto = /* @__PURE__ */ ((BackendSpecSpliceAuto2) => {
  BackendSpecSpliceAuto2["ENABLED"] = "enabled";
  BackendSpecSpliceAuto2["DISABLED"] = "disabled";
  return BackendSpecSpliceAuto2;
})(BackendSpecSpliceAuto || {});
var BackendSpecSpliceRequest = /* @__PURE__ */ ((BackendSpecSpliceRequest2) => {
  BackendSpecSpliceRequest2["ENABLED"] = "enabled";
  BackendSpecSpliceRequest2["DISABLED"] = "disabled";
  return BackendSpecSpliceRequest2;
})(BackendSpecSpliceRequest || {});
var BackendSpecSpliceResponse = /* @__PURE__ */ ((BackendSpecSpliceResponse2) => {
  BackendSpecSpliceResponse2["ENABLED"] = "enabled";
  BackendSpecSpliceResponse2["DISABLED"] = "disabled";
  return BackendSpecSpliceResponse2;
})(BackendSpecSpliceResponse || {});
var BackendSpecSpopCheck = /* @__PURE__ */ ((BackendSpecSpopCheck2) => {
  BackendSpecSpopCheck2["ENABLED"] = "enabled";
  BackendSpecSpopCheck2["DISABLED"] = "disabled";
  return BackendSpecSpopCheck2;
})(BackendSpecSpopCheck || {});
var BackendSpecSrvtcpka = /* @__PURE__ */ ((BackendSpecSrvtcpka2) => {
  BackendSpecSrvtcpka2["ENABLED"] = "enabled";
  BackendSpecSrvtcpka2["DISABLED"] = "disabled";
  return BackendSpecSrvtcpka2;
})(BackendSpecSrvtcpka || {});
function toJson_BackendSpecStatsOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "stats_admin": obj.statsAdmin,
    "stats_admin_cond": obj.statsAdminCond,
    "stats_admin_cond_test": obj.statsAdminCondTest,
    "stats_auths": obj.statsAuths?.map((y) => toJson_BackendSpecStatsOptionsStatsAuths(y)),
    "stats_enable": obj.statsEnable,
    "stats_hide_version": obj.statsHideVersion,
    "stats_http_requests": obj.statsHttpRequests?.map((y) => toJson_BackendSpecStatsOptionsStatsHttpRequests(y)),
    "stats_maxconn": obj.statsMaxconn,
    "stats_realm": obj.statsRealm,
    "stats_realm_realm": obj.statsRealmRealm,
    "stats_refresh_delay": obj.statsRefreshDelay,
    "stats_show_desc": obj.statsShowDesc,
    "stats_show_legends": obj.statsShowLegends,
    "stats_show_modules": obj.statsShowModules,
    "stats_show_node_name": obj.statsShowNodeName,
    "stats_uri_prefix": obj.statsUriPrefix
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecStickRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "pattern": obj.pattern,
    "table": obj.table,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecStickTable(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expire": obj.expire,
    "keylen": obj.keylen,
    "metadata": obj.metadata,
    "nopurge": obj.nopurge,
    "peers": obj.peers,
    "recv_only": obj.recvOnly,
    "size": obj.size,
    "srvkey": obj.srvkey,
    "store": obj.store,
    "type": obj.type,
    "write_to": obj.writeTo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecTcpCheckRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "addr": obj.addr,
    "alpn": obj.alpn,
    "check_comment": obj.checkComment,
    "data": obj.data,
    "default": obj.default,
    "error_status": obj.errorStatus,
    "exclamation_mark": obj.exclamationMark,
    "fmt": obj.fmt,
    "hex_fmt": obj.hexFmt,
    "hex_string": obj.hexString,
    "linger": obj.linger,
    "match": obj.match,
    "metadata": obj.metadata,
    "min_recv": obj.minRecv,
    "ok_status": obj.okStatus,
    "on_error": obj.onError,
    "on_success": obj.onSuccess,
    "pattern": obj.pattern,
    "port": obj.port,
    "port_string": obj.portString,
    "proto": obj.proto,
    "send_proxy": obj.sendProxy,
    "sni": obj.sni,
    "ssl": obj.ssl,
    "status-code": obj.statusCode,
    "tout_status": obj.toutStatus,
    "var_expr": obj.varExpr,
    "var_fmt": obj.varFmt,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "via_socks4": obj.viaSocks4
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecTcpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "gpt_value": obj.gptValue,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "resolve_protocol": obj.resolveProtocol,
    "resolve_resolvers": obj.resolveResolvers,
    "resolve_var": obj.resolveVar,
    "rst_ttl": obj.rstTtl,
    "sc_idx": obj.scIdx,
    "sc_inc_id": obj.scIncId,
    "sc_int": obj.scInt,
    "server_name": obj.serverName,
    "service_name": obj.serviceName,
    "spoe_engine_name": obj.spoeEngineName,
    "spoe_group_name": obj.spoeGroupName,
    "switch_mode_proto": obj.switchModeProto,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "track_key": obj.trackKey,
    "track_stick_counter": obj.trackStickCounter,
    "track_table": obj.trackTable,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecTcpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecTcpSmartConnect = /* @__PURE__ */ ((BackendSpecTcpSmartConnect2) => {
  BackendSpecTcpSmartConnect2["ENABLED"] = "enabled";
  BackendSpecTcpSmartConnect2["DISABLED"] = "disabled";
  return BackendSpecTcpSmartConnect2;
})(BackendSpecTcpSmartConnect || {});
var BackendSpecTcpka = /* @__PURE__ */ ((BackendSpecTcpka2) => {
  BackendSpecTcpka2["ENABLED"] = "enabled";
  BackendSpecTcpka2["DISABLED"] = "disabled";
  return BackendSpecTcpka2;
})(BackendSpecTcpka || {});
var BackendSpecTransparent = /* @__PURE__ */ ((BackendSpecTransparent2) => {
  BackendSpecTransparent2["ENABLED"] = "enabled";
  BackendSpecTransparent2["DISABLED"] = "disabled";
  return BackendSpecTransparent2;
})(BackendSpecTransparent || {});
var BackendSpecBalanceAlgorithm = /* @__PURE__ */ ((BackendSpecBalanceAlgorithm2) => {
  BackendSpecBalanceAlgorithm2["FIRST"] = "first";
  BackendSpecBalanceAlgorithm2["HASH"] = "hash";
  BackendSpecBalanceAlgorithm2["HDR"] = "hdr";
  BackendSpecBalanceAlgorithm2["LEASTCONN"] = "leastconn";
  BackendSpecBalanceAlgorithm2["RANDOM"] = "random";
  BackendSpecBalanceAlgorithm2["RDP_HYPHEN_COOKIE"] = "rdp-cookie";
  BackendSpecBalanceAlgorithm2["ROUNDROBIN"] = "roundrobin";
  BackendSpecBalanceAlgorithm2["SOURCE"] = "source";
  BackendSpecBalanceAlgorithm2["STATIC_HYPHEN_RR"] = "static-rr";
  BackendSpecBalanceAlgorithm2["URI"] = "uri";
  BackendSpecBalanceAlgorithm2["URL_UNDERSCORE_PARAM"] = "url_param";
  return BackendSpecBalanceAlgorithm2;
})(BackendSpecBalanceAlgorithm || {});
var BackendSpecCompressionAlgoReq = /* @__PURE__ */ ((BackendSpecCompressionAlgoReq2) => {
  BackendSpecCompressionAlgoReq2["IDENTITY"] = "identity";
  BackendSpecCompressionAlgoReq2["GZIP"] = "gzip";
  BackendSpecCompressionAlgoReq2["DEFLATE"] = "deflate";
  BackendSpecCompressionAlgoReq2["RAW_HYPHEN_DEFLATE"] = "raw-deflate";
  return BackendSpecCompressionAlgoReq2;
})(BackendSpecCompressionAlgoReq || {});
var BackendSpecCompressionDirection = /* @__PURE__ */ ((BackendSpecCompressionDirection2) => {
  BackendSpecCompressionDirection2["REQUEST"] = "request";
  BackendSpecCompressionDirection2["RESPONSE"] = "response";
  BackendSpecCompressionDirection2["BOTH"] = "both";
  return BackendSpecCompressionDirection2;
})(BackendSpecCompressionDirection || {});
function toJson_BackendSpecCookieAttr(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecCookieDomain(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecCookieType = /* @__PURE__ */ ((BackendSpecCookieType2) => {
  BackendSpecCookieType2["REWRITE"] = "rewrite";
  BackendSpecCookieType2["INSERT"] = "insert";
  BackendSpecCookieType2["PREFIX"] = "prefix";
  return BackendSpecCookieType2;
})(BackendSpecCookieType || {});
var BackendSpecDefaultServerAgentCheck = /* @__PURE__ */ ((BackendSpecDefaultServerAgentCheck2) => {
  BackendSpecDefaultServerAgentCheck2["ENABLED"] = "enabled";
  BackendSpecDefaultServerAgentCheck2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerAgentCheck2;
})(BackendSpecDefaultServerAgentCheck || {});
var BackendSpecDefaultServerBackup = /* @__PURE__ */ ((BackendSpecDefaultServerBackup2) => {
  BackendSpecDefaultServerBackup2["ENABLED"] = "enabled";
  BackendSpecDefaultServerBackup2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerBackup2;
})(BackendSpecDefaultServerBackup || {});
var BackendSpecDefaultServerCheck = /* @__PURE__ */ ((BackendSpecDefaultServerCheck2) => {
  BackendSpecDefaultServerCheck2["ENABLED"] = "enabled";
  BackendSpecDefaultServerCheck2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerCheck2;
})(BackendSpecDefaultServerCheck || {});
var BackendSpecDefaultServerCheckReusePool = /* @__PURE__ */ ((BackendSpecDefaultServerCheckReusePool2) => {
  BackendSpecDefaultServerCheckReusePool2["ENABLED"] = "enabled";
  BackendSpecDefaultServerCheckReusePool2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerCheckReusePool2;
})(BackendSpecDefaultServerCheckReusePool || {});
var BackendSpecDefaultServerCheckSendProxy = /* @__PURE__ */ ((BackendSpecDefaultServerCheckSendProxy2) => {
  BackendSpecDefaultServerCheckSendProxy2["ENABLED"] = "enabled";
  BackendSpecDefaultServerCheckSendProxy2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerCheckSendProxy2;
})(BackendSpecDefaultServerCheckSendProxy || {});
var BackendSpecDefaultServerCheckSsl = /* @__PURE__ */ ((BackendSpecDefaultServerCheckSsl2) => {
  BackendSpecDefaultServerCheckSsl2["ENABLED"] = "enabled";
  BackendSpecDefaultServerCheckSsl2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerCheckSsl2;
})(BackendSpecDefaultServerCheckSsl || {});
var BackendSpecDefaultServerCheckViaSocks4 = /* @__PURE__ */ ((BackendSpecDefaultServerCheckViaSocks42) => {
  BackendSpecDefaultServerCheckViaSocks42["ENABLED"] = "enabled";
  BackendSpecDefaultServerCheckViaSocks42["DISABLED"] = "disabled";
  return BackendSpecDefaultServerCheckViaSocks42;
})(BackendSpecDefaultServerCheckViaSocks4 || {});
var BackendSpecDefaultServerForceSslv3 = /* @__PURE__ */ ((BackendSpecDefaultServerForceSslv32) => {
  BackendSpecDefaultServerForceSslv32["ENABLED"] = "enabled";
  BackendSpecDefaultServerForceSslv32["DISABLED"] = "disabled";
  return BackendSpecDefaultServerForceSslv32;
})(BackendSpecDefaultServerForceSslv3 || {});
var BackendSpecDefaultServerForceTlsv10 = /* @__PURE__ */ ((BackendSpecDefaultServerForceTlsv102) => {
  BackendSpecDefaultServerForceTlsv102["ENABLED"] = "enabled";
  BackendSpecDefaultServerForceTlsv102["DISABLED"] = "disabled";
  return BackendSpecDefaultServerForceTlsv102;
})(BackendSpecDefaultServerForceTlsv10 || {});
var BackendSpecDefaultServerForceTlsv11 = /* @__PURE__ */ ((BackendSpecDefaultServerForceTlsv112) => {
  BackendSpecDefaultServerForceTlsv112["ENABLED"] = "enabled";
  BackendSpecDefaultServerForceTlsv112["DISABLED"] = "disabled";
  return BackendSpecDefaultServerForceTlsv112;
})(BackendSpecDefaultServerForceTlsv11 || {});
var BackendSpecDefaultServerForceTlsv12 = /* @__PURE__ */ ((BackendSpecDefaultServerForceTlsv122) => {
  BackendSpecDefaultServerForceTlsv122["ENABLED"] = "enabled";
  BackendSpecDefaultServerForceTlsv122["DISABLED"] = "disabled";
  return BackendSpecDefaultServerForceTlsv122;
})(BackendSpecDefaultServerForceTlsv12 || {});
var BackendSpecDefaultServerForceTlsv13 = /* @__PURE__ */ ((BackendSpecDefaultServerForceTlsv132) => {
  BackendSpecDefaultServerForceTlsv132["ENABLED"] = "enabled";
  BackendSpecDefaultServerForceTlsv132["DISABLED"] = "disabled";
  return BackendSpecDefaultServerForceTlsv132;
})(BackendSpecDefaultServerForceTlsv13 || {});
var BackendSpecDefaultServerInitState = /* @__PURE__ */ ((BackendSpecDefaultServerInitState2) => {
  BackendSpecDefaultServerInitState2["FULLY_HYPHEN_UP"] = "fully-up";
  BackendSpecDefaultServerInitState2["UP"] = "up";
  BackendSpecDefaultServerInitState2["DOWN"] = "down";
  BackendSpecDefaultServerInitState2["FULLY_HYPHEN_DOWN"] = "fully-down";
  return BackendSpecDefaultServerInitState2;
})(BackendSpecDefaultServerInitState || {});
var BackendSpecDefaultServerLogProto = /* @__PURE__ */ ((BackendSpecDefaultServerLogProto2) => {
  BackendSpecDefaultServerLogProto2["LEGACY"] = "legacy";
  BackendSpecDefaultServerLogProto2["OCTET_HYPHEN_COUNT"] = "octet-count";
  return BackendSpecDefaultServerLogProto2;
})(BackendSpecDefaultServerLogProto || {});
var BackendSpecDefaultServerMaintenance = /* @__PURE__ */ ((BackendSpecDefaultServerMaintenance2) => {
  BackendSpecDefaultServerMaintenance2["ENABLED"] = "enabled";
  BackendSpecDefaultServerMaintenance2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerMaintenance2;
})(BackendSpecDefaultServerMaintenance || {});
var BackendSpecDefaultServerNoSslv3 = /* @__PURE__ */ ((BackendSpecDefaultServerNoSslv32) => {
  BackendSpecDefaultServerNoSslv32["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoSslv32["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoSslv32;
})(BackendSpecDefaultServerNoSslv3 || {});
var BackendSpecDefaultServerNoTlsv10 = /* @__PURE__ */ ((BackendSpecDefaultServerNoTlsv102) => {
  BackendSpecDefaultServerNoTlsv102["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoTlsv102["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoTlsv102;
})(BackendSpecDefaultServerNoTlsv10 || {});
var BackendSpecDefaultServerNoTlsv11 = /* @__PURE__ */ ((BackendSpecDefaultServerNoTlsv112) => {
  BackendSpecDefaultServerNoTlsv112["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoTlsv112["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoTlsv112;
})(BackendSpecDefaultServerNoTlsv11 || {});
var BackendSpecDefaultServerNoTlsv12 = /* @__PURE__ */ ((BackendSpecDefaultServerNoTlsv122) => {
  BackendSpecDefaultServerNoTlsv122["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoTlsv122["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoTlsv122;
})(BackendSpecDefaultServerNoTlsv12 || {});
var BackendSpecDefaultServerNoTlsv13 = /* @__PURE__ */ ((BackendSpecDefaultServerNoTlsv132) => {
  BackendSpecDefaultServerNoTlsv132["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoTlsv132["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoTlsv132;
})(BackendSpecDefaultServerNoTlsv13 || {});
var BackendSpecDefaultServerNoVerifyhost = /* @__PURE__ */ ((BackendSpecDefaultServerNoVerifyhost2) => {
  BackendSpecDefaultServerNoVerifyhost2["ENABLED"] = "enabled";
  BackendSpecDefaultServerNoVerifyhost2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerNoVerifyhost2;
})(BackendSpecDefaultServerNoVerifyhost || {});
var BackendSpecDefaultServerObserve = /* @__PURE__ */ ((BackendSpecDefaultServerObserve2) => {
  BackendSpecDefaultServerObserve2["LAYER4"] = "layer4";
  BackendSpecDefaultServerObserve2["LAYER7"] = "layer7";
  return BackendSpecDefaultServerObserve2;
})(BackendSpecDefaultServerObserve || {});
var BackendSpecDefaultServerOnError = /* @__PURE__ */ ((BackendSpecDefaultServerOnError2) => {
  BackendSpecDefaultServerOnError2["FASTINTER"] = "fastinter";
  BackendSpecDefaultServerOnError2["FAIL_HYPHEN_CHECK"] = "fail-check";
  BackendSpecDefaultServerOnError2["SUDDEN_HYPHEN_DEATH"] = "sudden-death";
  BackendSpecDefaultServerOnError2["MARK_HYPHEN_DOWN"] = "mark-down";
  return BackendSpecDefaultServerOnError2;
})(BackendSpecDefaultServerOnError || {});
var BackendSpecDefaultServerOnMarkedDown = /* @__PURE__ */ ((BackendSpecDefaultServerOnMarkedDown2) => {
  BackendSpecDefaultServerOnMarkedDown2["SHUTDOWN_HYPHEN_SESSIONS"] = "shutdown-sessions";
  return BackendSpecDefaultServerOnMarkedDown2;
})(BackendSpecDefaultServerOnMarkedDown || {});
var BackendSpecDefaultServerOnMarkedUp = /* @__PURE__ */ ((BackendSpecDefaultServerOnMarkedUp2) => {
  BackendSpecDefaultServerOnMarkedUp2["SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS"] = "shutdown-backup-sessions";
  return BackendSpecDefaultServerOnMarkedUp2;
})(BackendSpecDefaultServerOnMarkedUp || {});
var BackendSpecDefaultServerResolvePrefer = /* @__PURE__ */ ((BackendSpecDefaultServerResolvePrefer2) => {
  BackendSpecDefaultServerResolvePrefer2["IPV4"] = "ipv4";
  BackendSpecDefaultServerResolvePrefer2["IPV6"] = "ipv6";
  return BackendSpecDefaultServerResolvePrefer2;
})(BackendSpecDefaultServerResolvePrefer || {});
var BackendSpecDefaultServerSendProxy = /* @__PURE__ */ ((BackendSpecDefaultServerSendProxy2) => {
  BackendSpecDefaultServerSendProxy2["ENABLED"] = "enabled";
  BackendSpecDefaultServerSendProxy2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSendProxy2;
})(BackendSpecDefaultServerSendProxy || {});
var BackendSpecDefaultServerSendProxyV2 = /* @__PURE__ */ ((BackendSpecDefaultServerSendProxyV22) => {
  BackendSpecDefaultServerSendProxyV22["ENABLED"] = "enabled";
  BackendSpecDefaultServerSendProxyV22["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSendProxyV22;
})(BackendSpecDefaultServerSendProxyV2 || {});
var BackendSpecDefaultServerSendProxyV2Ssl = /* @__PURE__ */ ((BackendSpecDefaultServerSendProxyV2Ssl2) => {
  BackendSpecDefaultServerSendProxyV2Ssl2["ENABLED"] = "enabled";
  BackendSpecDefaultServerSendProxyV2Ssl2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSendProxyV2Ssl2;
})(BackendSpecDefaultServerSendProxyV2Ssl || {});
var BackendSpecDefaultServerSendProxyV2SslCn = /* @__PURE__ */ ((BackendSpecDefaultServerSendProxyV2SslCn2) => {
  BackendSpecDefaultServerSendProxyV2SslCn2["ENABLED"] = "enabled";
  BackendSpecDefaultServerSendProxyV2SslCn2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSendProxyV2SslCn2;
})(BackendSpecDefaultServerSendProxyV2SslCn || {});
function toJson_BackendSpecDefaultServerSetProxyV2TlvFmt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "id": obj.id,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecDefaultServerSsl = /* @__PURE__ */ ((BackendSpecDefaultServerSsl2) => {
  BackendSpecDefaultServerSsl2["ENABLED"] = "enabled";
  BackendSpecDefaultServerSsl2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSsl2;
})(BackendSpecDefaultServerSsl || {});
var BackendSpecDefaultServerSslMaxVer = /* @__PURE__ */ ((BackendSpecDefaultServerSslMaxVer2) => {
  BackendSpecDefaultServerSslMaxVer2["SS_LV3"] = "SSLv3";
  BackendSpecDefaultServerSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  BackendSpecDefaultServerSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  BackendSpecDefaultServerSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  BackendSpecDefaultServerSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return BackendSpecDefaultServerSslMaxVer2;
})(BackendSpecDefaultServerSslMaxVer || {});
var BackendSpecDefaultServerSslMinVer = /* @__PURE__ */ ((BackendSpecDefaultServerSslMinVer2) => {
  BackendSpecDefaultServerSslMinVer2["SS_LV3"] = "SSLv3";
  BackendSpecDefaultServerSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  BackendSpecDefaultServerSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  BackendSpecDefaultServerSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  BackendSpecDefaultServerSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return BackendSpecDefaultServerSslMinVer2;
})(BackendSpecDefaultServerSslMinVer || {});
var BackendSpecDefaultServerSslReuse = /* @__PURE__ */ ((BackendSpecDefaultServerSslReuse2) => {
  BackendSpecDefaultServerSslReuse2["ENABLED"] = "enabled";
  BackendSpecDefaultServerSslReuse2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSslReuse2;
})(BackendSpecDefaultServerSslReuse || {});
var BackendSpecDefaultServerSslv3 = /* @__PURE__ */ ((BackendSpecDefaultServerSslv32) => {
  BackendSpecDefaultServerSslv32["ENABLED"] = "enabled";
  BackendSpecDefaultServerSslv32["DISABLED"] = "disabled";
  return BackendSpecDefaultServerSslv32;
})(BackendSpecDefaultServerSslv3 || {});
var BackendSpecDefaultServerStick = /* @__PURE__ */ ((BackendSpecDefaultServerStick2) => {
  BackendSpecDefaultServerStick2["ENABLED"] = "enabled";
  BackendSpecDefaultServerStick2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerStick2;
})(BackendSpecDefaultServerStick || {});
var BackendSpecDefaultServerTfo = /* @__PURE__ */ ((BackendSpecDefaultServerTfo2) => {
  BackendSpecDefaultServerTfo2["ENABLED"] = "enabled";
  BackendSpecDefaultServerTfo2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTfo2;
})(BackendSpecDefaultServerTfo || {});
var BackendSpecDefaultServerTlsTickets = /* @__PURE__ */ ((BackendSpecDefaultServerTlsTickets2) => {
  BackendSpecDefaultServerTlsTickets2["ENABLED"] = "enabled";
  BackendSpecDefaultServerTlsTickets2["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTlsTickets2;
})(BackendSpecDefaultServerTlsTickets || {});
var BackendSpecDefaultServerTlsv10 = /* @__PURE__ */ ((BackendSpecDefaultServerTlsv102) => {
  BackendSpecDefaultServerTlsv102["ENABLED"] = "enabled";
  BackendSpecDefaultServerTlsv102["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTlsv102;
})(BackendSpecDefaultServerTlsv10 || {});
var BackendSpecDefaultServerTlsv11 = /* @__PURE__ */ ((BackendSpecDefaultServerTlsv112) => {
  BackendSpecDefaultServerTlsv112["ENABLED"] = "enabled";
  BackendSpecDefaultServerTlsv112["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTlsv112;
})(BackendSpecDefaultServerTlsv11 || {});
var BackendSpecDefaultServerTlsv12 = /* @__PURE__ */ ((BackendSpecDefaultServerTlsv122) => {
  BackendSpecDefaultServerTlsv122["ENABLED"] = "enabled";
  BackendSpecDefaultServerTlsv122["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTlsv122;
})(BackendSpecDefaultServerTlsv12 || {});
var BackendSpecDefaultServerTlsv13 = /* @__PURE__ */ ((BackendSpecDefaultServerTlsv132) => {
  BackendSpecDefaultServerTlsv132["ENABLED"] = "enabled";
  BackendSpecDefaultServerTlsv132["DISABLED"] = "disabled";
  return BackendSpecDefaultServerTlsv132;
})(BackendSpecDefaultServerTlsv13 || {});
var BackendSpecDefaultServerVerify = /* @__PURE__ */ ((BackendSpecDefaultServerVerify2) => {
  BackendSpecDefaultServerVerify2["NONE"] = "none";
  BackendSpecDefaultServerVerify2["REQUIRED"] = "required";
  return BackendSpecDefaultServerVerify2;
})(BackendSpecDefaultServerVerify || {});
var BackendSpecDefaultServerWs = /* @__PURE__ */ ((BackendSpecDefaultServerWs2) => {
  BackendSpecDefaultServerWs2["AUTO"] = "auto";
  BackendSpecDefaultServerWs2["H1"] = "h1";
  BackendSpecDefaultServerWs2["H2"] = "h2";
  return BackendSpecDefaultServerWs2;
})(BackendSpecDefaultServerWs || {});
var BackendSpecEmailAlertLevel = /* @__PURE__ */ ((BackendSpecEmailAlertLevel2) => {
  BackendSpecEmailAlertLevel2["EMERG"] = "emerg";
  BackendSpecEmailAlertLevel2["ALERT"] = "alert";
  BackendSpecEmailAlertLevel2["CRIT"] = "crit";
  BackendSpecEmailAlertLevel2["ERR"] = "err";
  BackendSpecEmailAlertLevel2["WARNING"] = "warning";
  BackendSpecEmailAlertLevel2["NOTICE"] = "notice";
  BackendSpecEmailAlertLevel2["INFO"] = "info";
  BackendSpecEmailAlertLevel2["DEBUG"] = "debug";
  return BackendSpecEmailAlertLevel2;
})(BackendSpecEmailAlertLevel || {});
var BackendSpecErrorFilesCode = /* @__PURE__ */ ((BackendSpecErrorFilesCode2) => {
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_200"] = 200] = "VALUE_200";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_400"] = 400] = "VALUE_400";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_401"] = 401] = "VALUE_401";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_403"] = 403] = "VALUE_403";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_404"] = 404] = "VALUE_404";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_405"] = 405] = "VALUE_405";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_407"] = 407] = "VALUE_407";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_408"] = 408] = "VALUE_408";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_410"] = 410] = "VALUE_410";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_413"] = 413] = "VALUE_413";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_425"] = 425] = "VALUE_425";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_429"] = 429] = "VALUE_429";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_500"] = 500] = "VALUE_500";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_501"] = 501] = "VALUE_501";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_502"] = 502] = "VALUE_502";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_503"] = 503] = "VALUE_503";
  BackendSpecErrorFilesCode2[BackendSpecErrorFilesCode2["VALUE_504"] = 504] = "VALUE_504";
  return BackendSpecErrorFilesCode2;
})(BackendSpecErrorFilesCode || {});
var BackendSpecErrorloc302Code = /* @__PURE__ */ ((BackendSpecErrorloc302Code2) => {
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_200"] = 200] = "VALUE_200";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_400"] = 400] = "VALUE_400";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_401"] = 401] = "VALUE_401";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_403"] = 403] = "VALUE_403";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_404"] = 404] = "VALUE_404";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_405"] = 405] = "VALUE_405";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_407"] = 407] = "VALUE_407";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_408"] = 408] = "VALUE_408";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_410"] = 410] = "VALUE_410";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_413"] = 413] = "VALUE_413";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_425"] = 425] = "VALUE_425";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_429"] = 429] = "VALUE_429";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_500"] = 500] = "VALUE_500";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_501"] = 501] = "VALUE_501";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_502"] = 502] = "VALUE_502";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_503"] = 503] = "VALUE_503";
  BackendSpecErrorloc302Code2[BackendSpecErrorloc302Code2["VALUE_504"] = 504] = "VALUE_504";
  return BackendSpecErrorloc302Code2;
})(BackendSpecErrorloc302Code || {});
var BackendSpecErrorloc303Code = /* @__PURE__ */ ((BackendSpecErrorloc303Code2) => {
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_200"] = 200] = "VALUE_200";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_400"] = 400] = "VALUE_400";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_401"] = 401] = "VALUE_401";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_403"] = 403] = "VALUE_403";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_404"] = 404] = "VALUE_404";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_405"] = 405] = "VALUE_405";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_407"] = 407] = "VALUE_407";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_408"] = 408] = "VALUE_408";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_410"] = 410] = "VALUE_410";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_413"] = 413] = "VALUE_413";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_425"] = 425] = "VALUE_425";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_429"] = 429] = "VALUE_429";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_500"] = 500] = "VALUE_500";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_501"] = 501] = "VALUE_501";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_502"] = 502] = "VALUE_502";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_503"] = 503] = "VALUE_503";
  BackendSpecErrorloc303Code2[BackendSpecErrorloc303Code2["VALUE_504"] = 504] = "VALUE_504";
  return BackendSpecErrorloc303Code2;
})(BackendSpecErrorloc303Code || {});
var BackendSpecFilterListType = /* @__PURE__ */ ((BackendSpecFilterListType2) => {
  BackendSpecFilterListType2["BWLIM_HYPHEN_IN"] = "bwlim-in";
  BackendSpecFilterListType2["BWLIM_HYPHEN_OUT"] = "bwlim-out";
  BackendSpecFilterListType2["CACHE"] = "cache";
  BackendSpecFilterListType2["COMPRESSION"] = "compression";
  BackendSpecFilterListType2["FCGI_HYPHEN_APP"] = "fcgi-app";
  BackendSpecFilterListType2["SPOE"] = "spoe";
  BackendSpecFilterListType2["TRACE"] = "trace";
  return BackendSpecFilterListType2;
})(BackendSpecFilterListType || {});
var BackendSpecForcePersistCond = /* @__PURE__ */ ((BackendSpecForcePersistCond2) => {
  BackendSpecForcePersistCond2["IF"] = "if";
  BackendSpecForcePersistCond2["UNLESS"] = "unless";
  return BackendSpecForcePersistCond2;
})(BackendSpecForcePersistCond || {});
var BackendSpecForcePersistListCond = /* @__PURE__ */ ((BackendSpecForcePersistListCond2) => {
  BackendSpecForcePersistListCond2["IF"] = "if";
  BackendSpecForcePersistListCond2["UNLESS"] = "unless";
  return BackendSpecForcePersistListCond2;
})(BackendSpecForcePersistListCond || {});
var BackendSpecForwardforEnabled = /* @__PURE__ */ ((BackendSpecForwardforEnabled2) => {
  BackendSpecForwardforEnabled2["ENABLED"] = "enabled";
  return BackendSpecForwardforEnabled2;
})(BackendSpecForwardforEnabled || {});
var BackendSpecHashTypeFunction = /* @__PURE__ */ ((BackendSpecHashTypeFunction2) => {
  BackendSpecHashTypeFunction2["SDBM"] = "sdbm";
  BackendSpecHashTypeFunction2["DJB2"] = "djb2";
  BackendSpecHashTypeFunction2["WT6"] = "wt6";
  BackendSpecHashTypeFunction2["CRC32"] = "crc32";
  BackendSpecHashTypeFunction2["NONE"] = "none";
  return BackendSpecHashTypeFunction2;
})(BackendSpecHashTypeFunction || {});
var BackendSpecHashTypeMethod = /* @__PURE__ */ ((BackendSpecHashTypeMethod2) => {
  BackendSpecHashTypeMethod2["MAP_HYPHEN_BASED"] = "map-based";
  BackendSpecHashTypeMethod2["CONSISTENT"] = "consistent";
  return BackendSpecHashTypeMethod2;
})(BackendSpecHashTypeMethod || {});
var BackendSpecHashTypeModifier = /* @__PURE__ */ ((BackendSpecHashTypeModifier2) => {
  BackendSpecHashTypeModifier2["AVALANCHE"] = "avalanche";
  return BackendSpecHashTypeModifier2;
})(BackendSpecHashTypeModifier || {});
var BackendSpecHttpAfterResponseRuleListCond = /* @__PURE__ */ ((BackendSpecHttpAfterResponseRuleListCond2) => {
  BackendSpecHttpAfterResponseRuleListCond2["IF"] = "if";
  BackendSpecHttpAfterResponseRuleListCond2["UNLESS"] = "unless";
  return BackendSpecHttpAfterResponseRuleListCond2;
})(BackendSpecHttpAfterResponseRuleListCond || {});
var BackendSpecHttpAfterResponseRuleListLogLevel = /* @__PURE__ */ ((BackendSpecHttpAfterResponseRuleListLogLevel2) => {
  BackendSpecHttpAfterResponseRuleListLogLevel2["EMERG"] = "emerg";
  BackendSpecHttpAfterResponseRuleListLogLevel2["ALERT"] = "alert";
  BackendSpecHttpAfterResponseRuleListLogLevel2["CRIT"] = "crit";
  BackendSpecHttpAfterResponseRuleListLogLevel2["ERR"] = "err";
  BackendSpecHttpAfterResponseRuleListLogLevel2["WARNING"] = "warning";
  BackendSpecHttpAfterResponseRuleListLogLevel2["NOTICE"] = "notice";
  BackendSpecHttpAfterResponseRuleListLogLevel2["INFO"] = "info";
  BackendSpecHttpAfterResponseRuleListLogLevel2["DEBUG"] = "debug";
  BackendSpecHttpAfterResponseRuleListLogLevel2["SILENT"] = "silent";
  return BackendSpecHttpAfterResponseRuleListLogLevel2;
})(BackendSpecHttpAfterResponseRuleListLogLevel || {});
var BackendSpecHttpAfterResponseRuleListStrictMode = /* @__PURE__ */ ((BackendSpecHttpAfterResponseRuleListStrictMode2) => {
  BackendSpecHttpAfterResponseRuleListStrictMode2["ON"] = "on";
  BackendSpecHttpAfterResponseRuleListStrictMode2["OFF"] = "off";
  return BackendSpecHttpAfterResponseRuleListStrictMode2;
})(BackendSpecHttpAfterResponseRuleListStrictMode || {});
var BackendSpecHttpAfterResponseRuleListType = /* @__PURE__ */ ((BackendSpecHttpAfterResponseRuleListType2) => {
  BackendSpecHttpAfterResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  BackendSpecHttpAfterResponseRuleListType2["ALLOW"] = "allow";
  BackendSpecHttpAfterResponseRuleListType2["CAPTURE"] = "capture";
  BackendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  BackendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  BackendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  BackendSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  BackendSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  BackendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecHttpAfterResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  BackendSpecHttpAfterResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  BackendSpecHttpAfterResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return BackendSpecHttpAfterResponseRuleListType2;
})(BackendSpecHttpAfterResponseRuleListType || {});
var BackendSpecHttpCheckListErrorStatus = /* @__PURE__ */ ((BackendSpecHttpCheckListErrorStatus2) => {
  BackendSpecHttpCheckListErrorStatus2["L7_OKC"] = "L7OKC";
  BackendSpecHttpCheckListErrorStatus2["L7_RSP"] = "L7RSP";
  BackendSpecHttpCheckListErrorStatus2["L7_STS"] = "L7STS";
  BackendSpecHttpCheckListErrorStatus2["L6_RSP"] = "L6RSP";
  BackendSpecHttpCheckListErrorStatus2["L4_CON"] = "L4CON";
  return BackendSpecHttpCheckListErrorStatus2;
})(BackendSpecHttpCheckListErrorStatus || {});
function toJson_BackendSpecHttpCheckListHeaders(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpCheckListMatch = /* @__PURE__ */ ((BackendSpecHttpCheckListMatch2) => {
  BackendSpecHttpCheckListMatch2["STATUS"] = "status";
  BackendSpecHttpCheckListMatch2["RSTATUS"] = "rstatus";
  BackendSpecHttpCheckListMatch2["HDR"] = "hdr";
  BackendSpecHttpCheckListMatch2["FHDR"] = "fhdr";
  BackendSpecHttpCheckListMatch2["STRING"] = "string";
  BackendSpecHttpCheckListMatch2["RSTRING"] = "rstring";
  return BackendSpecHttpCheckListMatch2;
})(BackendSpecHttpCheckListMatch || {});
var BackendSpecHttpCheckListMethod = /* @__PURE__ */ ((BackendSpecHttpCheckListMethod2) => {
  BackendSpecHttpCheckListMethod2["HEAD"] = "HEAD";
  BackendSpecHttpCheckListMethod2["PUT"] = "PUT";
  BackendSpecHttpCheckListMethod2["POST"] = "POST";
  BackendSpecHttpCheckListMethod2["GET"] = "GET";
  BackendSpecHttpCheckListMethod2["TRACE"] = "TRACE";
  BackendSpecHttpCheckListMethod2["PATCH"] = "PATCH";
  BackendSpecHttpCheckListMethod2["DELETE"] = "DELETE";
  BackendSpecHttpCheckListMethod2["CONNECT"] = "CONNECT";
  BackendSpecHttpCheckListMethod2["OPTIONS"] = "OPTIONS";
  return BackendSpecHttpCheckListMethod2;
})(BackendSpecHttpCheckListMethod || {});
var BackendSpecHttpCheckListOkStatus = /* @__PURE__ */ ((BackendSpecHttpCheckListOkStatus2) => {
  BackendSpecHttpCheckListOkStatus2["L7_OK"] = "L7OK";
  BackendSpecHttpCheckListOkStatus2["L7_OKC"] = "L7OKC";
  BackendSpecHttpCheckListOkStatus2["L6_OK"] = "L6OK";
  BackendSpecHttpCheckListOkStatus2["L4_OK"] = "L4OK";
  return BackendSpecHttpCheckListOkStatus2;
})(BackendSpecHttpCheckListOkStatus || {});
var BackendSpecHttpCheckListToutStatus = /* @__PURE__ */ ((BackendSpecHttpCheckListToutStatus2) => {
  BackendSpecHttpCheckListToutStatus2["L7_TOUT"] = "L7TOUT";
  BackendSpecHttpCheckListToutStatus2["L6_TOUT"] = "L6TOUT";
  BackendSpecHttpCheckListToutStatus2["L4_TOUT"] = "L4TOUT";
  return BackendSpecHttpCheckListToutStatus2;
})(BackendSpecHttpCheckListToutStatus || {});
var BackendSpecHttpCheckListType = /* @__PURE__ */ ((BackendSpecHttpCheckListType2) => {
  BackendSpecHttpCheckListType2["COMMENT"] = "comment";
  BackendSpecHttpCheckListType2["CONNECT"] = "connect";
  BackendSpecHttpCheckListType2["DISABLE_HYPHEN_ON_HYPHEN_404"] = "disable-on-404";
  BackendSpecHttpCheckListType2["EXPECT"] = "expect";
  BackendSpecHttpCheckListType2["SEND"] = "send";
  BackendSpecHttpCheckListType2["SEND_HYPHEN_STATE"] = "send-state";
  BackendSpecHttpCheckListType2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecHttpCheckListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecHttpCheckListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  return BackendSpecHttpCheckListType2;
})(BackendSpecHttpCheckListType || {});
var BackendSpecHttpErrorRuleListReturnContentFormat = /* @__PURE__ */ ((BackendSpecHttpErrorRuleListReturnContentFormat2) => {
  BackendSpecHttpErrorRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  BackendSpecHttpErrorRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  BackendSpecHttpErrorRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  BackendSpecHttpErrorRuleListReturnContentFormat2["FILE"] = "file";
  BackendSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  BackendSpecHttpErrorRuleListReturnContentFormat2["STRING"] = "string";
  BackendSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return BackendSpecHttpErrorRuleListReturnContentFormat2;
})(BackendSpecHttpErrorRuleListReturnContentFormat || {});
function toJson_BackendSpecHttpErrorRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpErrorRuleListStatus = /* @__PURE__ */ ((BackendSpecHttpErrorRuleListStatus2) => {
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_200"] = 200] = "VALUE_200";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_400"] = 400] = "VALUE_400";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_401"] = 401] = "VALUE_401";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_403"] = 403] = "VALUE_403";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_404"] = 404] = "VALUE_404";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_405"] = 405] = "VALUE_405";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_407"] = 407] = "VALUE_407";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_408"] = 408] = "VALUE_408";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_410"] = 410] = "VALUE_410";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_413"] = 413] = "VALUE_413";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_425"] = 425] = "VALUE_425";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_429"] = 429] = "VALUE_429";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_500"] = 500] = "VALUE_500";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_501"] = 501] = "VALUE_501";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_502"] = 502] = "VALUE_502";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_503"] = 503] = "VALUE_503";
  BackendSpecHttpErrorRuleListStatus2[BackendSpecHttpErrorRuleListStatus2["VALUE_504"] = 504] = "VALUE_504";
  return BackendSpecHttpErrorRuleListStatus2;
})(BackendSpecHttpErrorRuleListStatus || {});
var BackendSpecHttpErrorRuleListType = /* @__PURE__ */ ((BackendSpecHttpErrorRuleListType2) => {
  BackendSpecHttpErrorRuleListType2["STATUS"] = "status";
  return BackendSpecHttpErrorRuleListType2;
})(BackendSpecHttpErrorRuleListType || {});
var BackendSpecHttpRequestRuleListCond = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListCond2) => {
  BackendSpecHttpRequestRuleListCond2["IF"] = "if";
  BackendSpecHttpRequestRuleListCond2["UNLESS"] = "unless";
  return BackendSpecHttpRequestRuleListCond2;
})(BackendSpecHttpRequestRuleListCond || {});
var BackendSpecHttpRequestRuleListLogLevel = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListLogLevel2) => {
  BackendSpecHttpRequestRuleListLogLevel2["EMERG"] = "emerg";
  BackendSpecHttpRequestRuleListLogLevel2["ALERT"] = "alert";
  BackendSpecHttpRequestRuleListLogLevel2["CRIT"] = "crit";
  BackendSpecHttpRequestRuleListLogLevel2["ERR"] = "err";
  BackendSpecHttpRequestRuleListLogLevel2["WARNING"] = "warning";
  BackendSpecHttpRequestRuleListLogLevel2["NOTICE"] = "notice";
  BackendSpecHttpRequestRuleListLogLevel2["INFO"] = "info";
  BackendSpecHttpRequestRuleListLogLevel2["DEBUG"] = "debug";
  BackendSpecHttpRequestRuleListLogLevel2["SILENT"] = "silent";
  return BackendSpecHttpRequestRuleListLogLevel2;
})(BackendSpecHttpRequestRuleListLogLevel || {});
var BackendSpecHttpRequestRuleListNormalizer = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListNormalizer2) => {
  BackendSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_ENCODE"] = "fragment-encode";
  BackendSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_STRIP"] = "fragment-strip";
  BackendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_MERGE_HYPHEN_SLASHES"] = "path-merge-slashes";
  BackendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOT"] = "path-strip-dot";
  BackendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOTDOT"] = "path-strip-dotdot";
  BackendSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED"] = "percent-decode-unreserved";
  BackendSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE"] = "percent-to-uppercase";
  BackendSpecHttpRequestRuleListNormalizer2["QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME"] = "query-sort-by-name";
  return BackendSpecHttpRequestRuleListNormalizer2;
})(BackendSpecHttpRequestRuleListNormalizer || {});
var BackendSpecHttpRequestRuleListProtocol = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListProtocol2) => {
  BackendSpecHttpRequestRuleListProtocol2["IPV4"] = "ipv4";
  BackendSpecHttpRequestRuleListProtocol2["IPV6"] = "ipv6";
  return BackendSpecHttpRequestRuleListProtocol2;
})(BackendSpecHttpRequestRuleListProtocol || {});
var BackendSpecHttpRequestRuleListRedirCode = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListRedirCode2) => {
  BackendSpecHttpRequestRuleListRedirCode2[BackendSpecHttpRequestRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  BackendSpecHttpRequestRuleListRedirCode2[BackendSpecHttpRequestRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  BackendSpecHttpRequestRuleListRedirCode2[BackendSpecHttpRequestRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  BackendSpecHttpRequestRuleListRedirCode2[BackendSpecHttpRequestRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  BackendSpecHttpRequestRuleListRedirCode2[BackendSpecHttpRequestRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return BackendSpecHttpRequestRuleListRedirCode2;
})(BackendSpecHttpRequestRuleListRedirCode || {});
var BackendSpecHttpRequestRuleListRedirType = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListRedirType2) => {
  BackendSpecHttpRequestRuleListRedirType2["LOCATION"] = "location";
  BackendSpecHttpRequestRuleListRedirType2["PREFIX"] = "prefix";
  BackendSpecHttpRequestRuleListRedirType2["SCHEME"] = "scheme";
  return BackendSpecHttpRequestRuleListRedirType2;
})(BackendSpecHttpRequestRuleListRedirType || {});
var BackendSpecHttpRequestRuleListReturnContentFormat = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListReturnContentFormat2) => {
  BackendSpecHttpRequestRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  BackendSpecHttpRequestRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  BackendSpecHttpRequestRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  BackendSpecHttpRequestRuleListReturnContentFormat2["FILE"] = "file";
  BackendSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  BackendSpecHttpRequestRuleListReturnContentFormat2["STRING"] = "string";
  BackendSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return BackendSpecHttpRequestRuleListReturnContentFormat2;
})(BackendSpecHttpRequestRuleListReturnContentFormat || {});
function toJson_BackendSpecHttpRequestRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpRequestRuleListStrictMode = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListStrictMode2) => {
  BackendSpecHttpRequestRuleListStrictMode2["ON"] = "on";
  BackendSpecHttpRequestRuleListStrictMode2["OFF"] = "off";
  return BackendSpecHttpRequestRuleListStrictMode2;
})(BackendSpecHttpRequestRuleListStrictMode || {});
var BackendSpecHttpRequestRuleListTimeoutType = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListTimeoutType2) => {
  BackendSpecHttpRequestRuleListTimeoutType2["SERVER"] = "server";
  BackendSpecHttpRequestRuleListTimeoutType2["TUNNEL"] = "tunnel";
  BackendSpecHttpRequestRuleListTimeoutType2["CLIENT"] = "client";
  return BackendSpecHttpRequestRuleListTimeoutType2;
})(BackendSpecHttpRequestRuleListTimeoutType || {});
var BackendSpecHttpRequestRuleListType = /* @__PURE__ */ ((BackendSpecHttpRequestRuleListType2) => {
  BackendSpecHttpRequestRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  BackendSpecHttpRequestRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  BackendSpecHttpRequestRuleListType2["ALLOW"] = "allow";
  BackendSpecHttpRequestRuleListType2["AUTH"] = "auth";
  BackendSpecHttpRequestRuleListType2["CACHE_HYPHEN_USE"] = "cache-use";
  BackendSpecHttpRequestRuleListType2["CAPTURE"] = "capture";
  BackendSpecHttpRequestRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  BackendSpecHttpRequestRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  BackendSpecHttpRequestRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  BackendSpecHttpRequestRuleListType2["DENY"] = "deny";
  BackendSpecHttpRequestRuleListType2["DISABLE_HYPHEN_L7_HYPHEN_RETRY"] = "disable-l7-retry";
  BackendSpecHttpRequestRuleListType2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  BackendSpecHttpRequestRuleListType2["EARLY_HYPHEN_HINT"] = "early-hint";
  BackendSpecHttpRequestRuleListType2["LUA"] = "lua";
  BackendSpecHttpRequestRuleListType2["NORMALIZE_HYPHEN_URI"] = "normalize-uri";
  BackendSpecHttpRequestRuleListType2["PAUSE"] = "pause";
  BackendSpecHttpRequestRuleListType2["REDIRECT"] = "redirect";
  BackendSpecHttpRequestRuleListType2["REJECT"] = "reject";
  BackendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  BackendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATH"] = "replace-path";
  BackendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATHQ"] = "replace-pathq";
  BackendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_URI"] = "replace-uri";
  BackendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  BackendSpecHttpRequestRuleListType2["RETURN"] = "return";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  BackendSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  BackendSpecHttpRequestRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_DST"] = "set-dst";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_METHOD"] = "set-method";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_PATH"] = "set-path";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_PATHQ"] = "set-pathq";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_QUERY"] = "set-query";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_SRC"] = "set-src";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_URI"] = "set-uri";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecHttpRequestRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  BackendSpecHttpRequestRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  BackendSpecHttpRequestRuleListType2["TARPIT"] = "tarpit";
  BackendSpecHttpRequestRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  BackendSpecHttpRequestRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  BackendSpecHttpRequestRuleListType2["USE_HYPHEN_SERVICE"] = "use-service";
  BackendSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  BackendSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE"] = "wait-for-handshake";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  BackendSpecHttpRequestRuleListType2["SET_HYPHEN_RETRIES"] = "set-retries";
  BackendSpecHttpRequestRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return BackendSpecHttpRequestRuleListType2;
})(BackendSpecHttpRequestRuleListType || {});
var BackendSpecHttpResponseRuleListCond = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListCond2) => {
  BackendSpecHttpResponseRuleListCond2["IF"] = "if";
  BackendSpecHttpResponseRuleListCond2["UNLESS"] = "unless";
  return BackendSpecHttpResponseRuleListCond2;
})(BackendSpecHttpResponseRuleListCond || {});
var BackendSpecHttpResponseRuleListLogLevel = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListLogLevel2) => {
  BackendSpecHttpResponseRuleListLogLevel2["EMERG"] = "emerg";
  BackendSpecHttpResponseRuleListLogLevel2["ALERT"] = "alert";
  BackendSpecHttpResponseRuleListLogLevel2["CRIT"] = "crit";
  BackendSpecHttpResponseRuleListLogLevel2["ERR"] = "err";
  BackendSpecHttpResponseRuleListLogLevel2["WARNING"] = "warning";
  BackendSpecHttpResponseRuleListLogLevel2["NOTICE"] = "notice";
  BackendSpecHttpResponseRuleListLogLevel2["INFO"] = "info";
  BackendSpecHttpResponseRuleListLogLevel2["DEBUG"] = "debug";
  BackendSpecHttpResponseRuleListLogLevel2["SILENT"] = "silent";
  return BackendSpecHttpResponseRuleListLogLevel2;
})(BackendSpecHttpResponseRuleListLogLevel || {});
var BackendSpecHttpResponseRuleListRedirCode = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListRedirCode2) => {
  BackendSpecHttpResponseRuleListRedirCode2[BackendSpecHttpResponseRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  BackendSpecHttpResponseRuleListRedirCode2[BackendSpecHttpResponseRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  BackendSpecHttpResponseRuleListRedirCode2[BackendSpecHttpResponseRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  BackendSpecHttpResponseRuleListRedirCode2[BackendSpecHttpResponseRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  BackendSpecHttpResponseRuleListRedirCode2[BackendSpecHttpResponseRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return BackendSpecHttpResponseRuleListRedirCode2;
})(BackendSpecHttpResponseRuleListRedirCode || {});
var BackendSpecHttpResponseRuleListRedirType = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListRedirType2) => {
  BackendSpecHttpResponseRuleListRedirType2["LOCATION"] = "location";
  BackendSpecHttpResponseRuleListRedirType2["PREFIX"] = "prefix";
  BackendSpecHttpResponseRuleListRedirType2["SCHEME"] = "scheme";
  return BackendSpecHttpResponseRuleListRedirType2;
})(BackendSpecHttpResponseRuleListRedirType || {});
var BackendSpecHttpResponseRuleListReturnContentFormat = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListReturnContentFormat2) => {
  BackendSpecHttpResponseRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  BackendSpecHttpResponseRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  BackendSpecHttpResponseRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  BackendSpecHttpResponseRuleListReturnContentFormat2["FILE"] = "file";
  BackendSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  BackendSpecHttpResponseRuleListReturnContentFormat2["STRING"] = "string";
  BackendSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return BackendSpecHttpResponseRuleListReturnContentFormat2;
})(BackendSpecHttpResponseRuleListReturnContentFormat || {});
function toJson_BackendSpecHttpResponseRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecHttpResponseRuleListStrictMode = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListStrictMode2) => {
  BackendSpecHttpResponseRuleListStrictMode2["ON"] = "on";
  BackendSpecHttpResponseRuleListStrictMode2["OFF"] = "off";
  return BackendSpecHttpResponseRuleListStrictMode2;
})(BackendSpecHttpResponseRuleListStrictMode || {});
var BackendSpecHttpResponseRuleListTimeoutType = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListTimeoutType2) => {
  BackendSpecHttpResponseRuleListTimeoutType2["SERVER"] = "server";
  BackendSpecHttpResponseRuleListTimeoutType2["TUNNEL"] = "tunnel";
  BackendSpecHttpResponseRuleListTimeoutType2["CLIENT"] = "client";
  return BackendSpecHttpResponseRuleListTimeoutType2;
})(BackendSpecHttpResponseRuleListTimeoutType || {});
var BackendSpecHttpResponseRuleListType = /* @__PURE__ */ ((BackendSpecHttpResponseRuleListType2) => {
  BackendSpecHttpResponseRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  BackendSpecHttpResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  BackendSpecHttpResponseRuleListType2["ALLOW"] = "allow";
  BackendSpecHttpResponseRuleListType2["CACHE_HYPHEN_STORE"] = "cache-store";
  BackendSpecHttpResponseRuleListType2["CAPTURE"] = "capture";
  BackendSpecHttpResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  BackendSpecHttpResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  BackendSpecHttpResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  BackendSpecHttpResponseRuleListType2["DENY"] = "deny";
  BackendSpecHttpResponseRuleListType2["LUA"] = "lua";
  BackendSpecHttpResponseRuleListType2["PAUSE"] = "pause";
  BackendSpecHttpResponseRuleListType2["REDIRECT"] = "redirect";
  BackendSpecHttpResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  BackendSpecHttpResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  BackendSpecHttpResponseRuleListType2["RETURN"] = "return";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  BackendSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  BackendSpecHttpResponseRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecHttpResponseRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  BackendSpecHttpResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  BackendSpecHttpResponseRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  BackendSpecHttpResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  BackendSpecHttpResponseRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  BackendSpecHttpResponseRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  BackendSpecHttpResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return BackendSpecHttpResponseRuleListType2;
})(BackendSpecHttpResponseRuleListType || {});
var BackendSpecHttpchkParamsMethod = /* @__PURE__ */ ((BackendSpecHttpchkParamsMethod2) => {
  BackendSpecHttpchkParamsMethod2["HEAD"] = "HEAD";
  BackendSpecHttpchkParamsMethod2["PUT"] = "PUT";
  BackendSpecHttpchkParamsMethod2["POST"] = "POST";
  BackendSpecHttpchkParamsMethod2["GET"] = "GET";
  BackendSpecHttpchkParamsMethod2["TRACE"] = "TRACE";
  BackendSpecHttpchkParamsMethod2["PATCH"] = "PATCH";
  BackendSpecHttpchkParamsMethod2["DELETE"] = "DELETE";
  BackendSpecHttpchkParamsMethod2["CONNECT"] = "CONNECT";
  BackendSpecHttpchkParamsMethod2["OPTIONS"] = "OPTIONS";
  return BackendSpecHttpchkParamsMethod2;
})(BackendSpecHttpchkParamsMethod || {});
var BackendSpecIgnorePersistCond = /* @__PURE__ */ ((BackendSpecIgnorePersistCond2) => {
  BackendSpecIgnorePersistCond2["IF"] = "if";
  BackendSpecIgnorePersistCond2["UNLESS"] = "unless";
  return BackendSpecIgnorePersistCond2;
})(BackendSpecIgnorePersistCond || {});
var BackendSpecIgnorePersistListCond = /* @__PURE__ */ ((BackendSpecIgnorePersistListCond2) => {
  BackendSpecIgnorePersistListCond2["IF"] = "if";
  BackendSpecIgnorePersistListCond2["UNLESS"] = "unless";
  return BackendSpecIgnorePersistListCond2;
})(BackendSpecIgnorePersistListCond || {});
var BackendSpecLogTargetListFacility = /* @__PURE__ */ ((BackendSpecLogTargetListFacility2) => {
  BackendSpecLogTargetListFacility2["KERN"] = "kern";
  BackendSpecLogTargetListFacility2["USER"] = "user";
  BackendSpecLogTargetListFacility2["MAIL"] = "mail";
  BackendSpecLogTargetListFacility2["DAEMON"] = "daemon";
  BackendSpecLogTargetListFacility2["AUTH"] = "auth";
  BackendSpecLogTargetListFacility2["SYSLOG"] = "syslog";
  BackendSpecLogTargetListFacility2["LPR"] = "lpr";
  BackendSpecLogTargetListFacility2["NEWS"] = "news";
  BackendSpecLogTargetListFacility2["UUCP"] = "uucp";
  BackendSpecLogTargetListFacility2["CRON"] = "cron";
  BackendSpecLogTargetListFacility2["AUTH2"] = "auth2";
  BackendSpecLogTargetListFacility2["FTP"] = "ftp";
  BackendSpecLogTargetListFacility2["NTP"] = "ntp";
  BackendSpecLogTargetListFacility2["AUDIT"] = "audit";
  BackendSpecLogTargetListFacility2["ALERT"] = "alert";
  BackendSpecLogTargetListFacility2["CRON2"] = "cron2";
  BackendSpecLogTargetListFacility2["LOCAL0"] = "local0";
  BackendSpecLogTargetListFacility2["LOCAL1"] = "local1";
  BackendSpecLogTargetListFacility2["LOCAL2"] = "local2";
  BackendSpecLogTargetListFacility2["LOCAL3"] = "local3";
  BackendSpecLogTargetListFacility2["LOCAL4"] = "local4";
  BackendSpecLogTargetListFacility2["LOCAL5"] = "local5";
  BackendSpecLogTargetListFacility2["LOCAL6"] = "local6";
  BackendSpecLogTargetListFacility2["LOCAL7"] = "local7";
  return BackendSpecLogTargetListFacility2;
})(BackendSpecLogTargetListFacility || {});
var BackendSpecLogTargetListFormat = /* @__PURE__ */ ((BackendSpecLogTargetListFormat2) => {
  BackendSpecLogTargetListFormat2["LOCAL"] = "local";
  BackendSpecLogTargetListFormat2["RFC3164"] = "rfc3164";
  BackendSpecLogTargetListFormat2["RFC5424"] = "rfc5424";
  BackendSpecLogTargetListFormat2["PRIORITY"] = "priority";
  BackendSpecLogTargetListFormat2["SHORT"] = "short";
  BackendSpecLogTargetListFormat2["TIMED"] = "timed";
  BackendSpecLogTargetListFormat2["ISO"] = "iso";
  BackendSpecLogTargetListFormat2["RAW"] = "raw";
  return BackendSpecLogTargetListFormat2;
})(BackendSpecLogTargetListFormat || {});
var BackendSpecLogTargetListLevel = /* @__PURE__ */ ((BackendSpecLogTargetListLevel2) => {
  BackendSpecLogTargetListLevel2["EMERG"] = "emerg";
  BackendSpecLogTargetListLevel2["ALERT"] = "alert";
  BackendSpecLogTargetListLevel2["CRIT"] = "crit";
  BackendSpecLogTargetListLevel2["ERR"] = "err";
  BackendSpecLogTargetListLevel2["WARNING"] = "warning";
  BackendSpecLogTargetListLevel2["NOTICE"] = "notice";
  BackendSpecLogTargetListLevel2["INFO"] = "info";
  BackendSpecLogTargetListLevel2["DEBUG"] = "debug";
  return BackendSpecLogTargetListLevel2;
})(BackendSpecLogTargetListLevel || {});
var BackendSpecLogTargetListMinlevel = /* @__PURE__ */ ((BackendSpecLogTargetListMinlevel2) => {
  BackendSpecLogTargetListMinlevel2["EMERG"] = "emerg";
  BackendSpecLogTargetListMinlevel2["ALERT"] = "alert";
  BackendSpecLogTargetListMinlevel2["CRIT"] = "crit";
  BackendSpecLogTargetListMinlevel2["ERR"] = "err";
  BackendSpecLogTargetListMinlevel2["WARNING"] = "warning";
  BackendSpecLogTargetListMinlevel2["NOTICE"] = "notice";
  BackendSpecLogTargetListMinlevel2["INFO"] = "info";
  BackendSpecLogTargetListMinlevel2["DEBUG"] = "debug";
  return BackendSpecLogTargetListMinlevel2;
})(BackendSpecLogTargetListMinlevel || {});
var BackendSpecMysqlCheckParamsClientVersion = /* @__PURE__ */ ((BackendSpecMysqlCheckParamsClientVersion2) => {
  BackendSpecMysqlCheckParamsClientVersion2["PRE_HYPHEN_41"] = "pre-41";
  BackendSpecMysqlCheckParamsClientVersion2["POST_HYPHEN_41"] = "post-41";
  return BackendSpecMysqlCheckParamsClientVersion2;
})(BackendSpecMysqlCheckParamsClientVersion || {});
var BackendSpecOriginaltoEnabled = /* @__PURE__ */ ((BackendSpecOriginaltoEnabled2) => {
  BackendSpecOriginaltoEnabled2["ENABLED"] = "enabled";
  return BackendSpecOriginaltoEnabled2;
})(BackendSpecOriginaltoEnabled || {});
var BackendSpecPersistRuleType = /* @__PURE__ */ ((BackendSpecPersistRuleType2) => {
  BackendSpecPersistRuleType2["RDP_HYPHEN_COOKIE"] = "rdp-cookie";
  return BackendSpecPersistRuleType2;
})(BackendSpecPersistRuleType || {});
var BackendSpecRedispatchEnabled = /* @__PURE__ */ ((BackendSpecRedispatchEnabled2) => {
  BackendSpecRedispatchEnabled2["ENABLED"] = "enabled";
  BackendSpecRedispatchEnabled2["DISABLED"] = "disabled";
  return BackendSpecRedispatchEnabled2;
})(BackendSpecRedispatchEnabled || {});
var BackendSpecServerSwitchingRuleListCond = /* @__PURE__ */ ((BackendSpecServerSwitchingRuleListCond2) => {
  BackendSpecServerSwitchingRuleListCond2["IF"] = "if";
  BackendSpecServerSwitchingRuleListCond2["UNLESS"] = "unless";
  return BackendSpecServerSwitchingRuleListCond2;
})(BackendSpecServerSwitchingRuleListCond || {});
var BackendSpecServerTemplatesAgentCheck = /* @__PURE__ */ ((BackendSpecServerTemplatesAgentCheck2) => {
  BackendSpecServerTemplatesAgentCheck2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesAgentCheck2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesAgentCheck2;
})(BackendSpecServerTemplatesAgentCheck || {});
var BackendSpecServerTemplatesBackup = /* @__PURE__ */ ((BackendSpecServerTemplatesBackup2) => {
  BackendSpecServerTemplatesBackup2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesBackup2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesBackup2;
})(BackendSpecServerTemplatesBackup || {});
var BackendSpecServerTemplatesCheck = /* @__PURE__ */ ((BackendSpecServerTemplatesCheck2) => {
  BackendSpecServerTemplatesCheck2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesCheck2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesCheck2;
})(BackendSpecServerTemplatesCheck || {});
var BackendSpecServerTemplatesCheckReusePool = /* @__PURE__ */ ((BackendSpecServerTemplatesCheckReusePool2) => {
  BackendSpecServerTemplatesCheckReusePool2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesCheckReusePool2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesCheckReusePool2;
})(BackendSpecServerTemplatesCheckReusePool || {});
var BackendSpecServerTemplatesCheckSendProxy = /* @__PURE__ */ ((BackendSpecServerTemplatesCheckSendProxy2) => {
  BackendSpecServerTemplatesCheckSendProxy2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesCheckSendProxy2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesCheckSendProxy2;
})(BackendSpecServerTemplatesCheckSendProxy || {});
var BackendSpecServerTemplatesCheckSsl = /* @__PURE__ */ ((BackendSpecServerTemplatesCheckSsl2) => {
  BackendSpecServerTemplatesCheckSsl2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesCheckSsl2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesCheckSsl2;
})(BackendSpecServerTemplatesCheckSsl || {});
var BackendSpecServerTemplatesCheckViaSocks4 = /* @__PURE__ */ ((BackendSpecServerTemplatesCheckViaSocks42) => {
  BackendSpecServerTemplatesCheckViaSocks42["ENABLED"] = "enabled";
  BackendSpecServerTemplatesCheckViaSocks42["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesCheckViaSocks42;
})(BackendSpecServerTemplatesCheckViaSocks4 || {});
var BackendSpecServerTemplatesForceSslv3 = /* @__PURE__ */ ((BackendSpecServerTemplatesForceSslv32) => {
  BackendSpecServerTemplatesForceSslv32["ENABLED"] = "enabled";
  BackendSpecServerTemplatesForceSslv32["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesForceSslv32;
})(BackendSpecServerTemplatesForceSslv3 || {});
var BackendSpecServerTemplatesForceTlsv10 = /* @__PURE__ */ ((BackendSpecServerTemplatesForceTlsv102) => {
  BackendSpecServerTemplatesForceTlsv102["ENABLED"] = "enabled";
  BackendSpecServerTemplatesForceTlsv102["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesForceTlsv102;
})(BackendSpecServerTemplatesForceTlsv10 || {});
var BackendSpecServerTemplatesForceTlsv11 = /* @__PURE__ */ ((BackendSpecServerTemplatesForceTlsv112) => {
  BackendSpecServerTemplatesForceTlsv112["ENABLED"] = "enabled";
  BackendSpecServerTemplatesForceTlsv112["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesForceTlsv112;
})(BackendSpecServerTemplatesForceTlsv11 || {});
var BackendSpecServerTemplatesForceTlsv12 = /* @__PURE__ */ ((BackendSpecServerTemplatesForceTlsv122) => {
  BackendSpecServerTemplatesForceTlsv122["ENABLED"] = "enabled";
  BackendSpecServerTemplatesForceTlsv122["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesForceTlsv122;
})(BackendSpecServerTemplatesForceTlsv12 || {});
var BackendSpecServerTemplatesForceTlsv13 = /* @__PURE__ */ ((BackendSpecServerTemplatesForceTlsv132) => {
  BackendSpecServerTemplatesForceTlsv132["ENABLED"] = "enabled";
  BackendSpecServerTemplatesForceTlsv132["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesForceTlsv132;
})(BackendSpecServerTemplatesForceTlsv13 || {});
var BackendSpecServerTemplatesInitState = /* @__PURE__ */ ((BackendSpecServerTemplatesInitState2) => {
  BackendSpecServerTemplatesInitState2["FULLY_HYPHEN_UP"] = "fully-up";
  BackendSpecServerTemplatesInitState2["UP"] = "up";
  BackendSpecServerTemplatesInitState2["DOWN"] = "down";
  BackendSpecServerTemplatesInitState2["FULLY_HYPHEN_DOWN"] = "fully-down";
  return BackendSpecServerTemplatesInitState2;
})(BackendSpecServerTemplatesInitState || {});
var BackendSpecServerTemplatesLogProto = /* @__PURE__ */ ((BackendSpecServerTemplatesLogProto2) => {
  BackendSpecServerTemplatesLogProto2["LEGACY"] = "legacy";
  BackendSpecServerTemplatesLogProto2["OCTET_HYPHEN_COUNT"] = "octet-count";
  return BackendSpecServerTemplatesLogProto2;
})(BackendSpecServerTemplatesLogProto || {});
var BackendSpecServerTemplatesMaintenance = /* @__PURE__ */ ((BackendSpecServerTemplatesMaintenance2) => {
  BackendSpecServerTemplatesMaintenance2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesMaintenance2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesMaintenance2;
})(BackendSpecServerTemplatesMaintenance || {});
var BackendSpecServerTemplatesNoSslv3 = /* @__PURE__ */ ((BackendSpecServerTemplatesNoSslv32) => {
  BackendSpecServerTemplatesNoSslv32["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoSslv32["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoSslv32;
})(BackendSpecServerTemplatesNoSslv3 || {});
var BackendSpecServerTemplatesNoTlsv10 = /* @__PURE__ */ ((BackendSpecServerTemplatesNoTlsv102) => {
  BackendSpecServerTemplatesNoTlsv102["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoTlsv102["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoTlsv102;
})(BackendSpecServerTemplatesNoTlsv10 || {});
var BackendSpecServerTemplatesNoTlsv11 = /* @__PURE__ */ ((BackendSpecServerTemplatesNoTlsv112) => {
  BackendSpecServerTemplatesNoTlsv112["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoTlsv112["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoTlsv112;
})(BackendSpecServerTemplatesNoTlsv11 || {});
var BackendSpecServerTemplatesNoTlsv12 = /* @__PURE__ */ ((BackendSpecServerTemplatesNoTlsv122) => {
  BackendSpecServerTemplatesNoTlsv122["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoTlsv122["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoTlsv122;
})(BackendSpecServerTemplatesNoTlsv12 || {});
var BackendSpecServerTemplatesNoTlsv13 = /* @__PURE__ */ ((BackendSpecServerTemplatesNoTlsv132) => {
  BackendSpecServerTemplatesNoTlsv132["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoTlsv132["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoTlsv132;
})(BackendSpecServerTemplatesNoTlsv13 || {});
var BackendSpecServerTemplatesNoVerifyhost = /* @__PURE__ */ ((BackendSpecServerTemplatesNoVerifyhost2) => {
  BackendSpecServerTemplatesNoVerifyhost2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesNoVerifyhost2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesNoVerifyhost2;
})(BackendSpecServerTemplatesNoVerifyhost || {});
var BackendSpecServerTemplatesObserve = /* @__PURE__ */ ((BackendSpecServerTemplatesObserve2) => {
  BackendSpecServerTemplatesObserve2["LAYER4"] = "layer4";
  BackendSpecServerTemplatesObserve2["LAYER7"] = "layer7";
  return BackendSpecServerTemplatesObserve2;
})(BackendSpecServerTemplatesObserve || {});
var BackendSpecServerTemplatesOnError = /* @__PURE__ */ ((BackendSpecServerTemplatesOnError2) => {
  BackendSpecServerTemplatesOnError2["FASTINTER"] = "fastinter";
  BackendSpecServerTemplatesOnError2["FAIL_HYPHEN_CHECK"] = "fail-check";
  BackendSpecServerTemplatesOnError2["SUDDEN_HYPHEN_DEATH"] = "sudden-death";
  BackendSpecServerTemplatesOnError2["MARK_HYPHEN_DOWN"] = "mark-down";
  return BackendSpecServerTemplatesOnError2;
})(BackendSpecServerTemplatesOnError || {});
var BackendSpecServerTemplatesOnMarkedDown = /* @__PURE__ */ ((BackendSpecServerTemplatesOnMarkedDown2) => {
  BackendSpecServerTemplatesOnMarkedDown2["SHUTDOWN_HYPHEN_SESSIONS"] = "shutdown-sessions";
  return BackendSpecServerTemplatesOnMarkedDown2;
})(BackendSpecServerTemplatesOnMarkedDown || {});
var BackendSpecServerTemplatesOnMarkedUp = /* @__PURE__ */ ((BackendSpecServerTemplatesOnMarkedUp2) => {
  BackendSpecServerTemplatesOnMarkedUp2["SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS"] = "shutdown-backup-sessions";
  return BackendSpecServerTemplatesOnMarkedUp2;
})(BackendSpecServerTemplatesOnMarkedUp || {});
var BackendSpecServerTemplatesResolvePrefer = /* @__PURE__ */ ((BackendSpecServerTemplatesResolvePrefer2) => {
  BackendSpecServerTemplatesResolvePrefer2["IPV4"] = "ipv4";
  BackendSpecServerTemplatesResolvePrefer2["IPV6"] = "ipv6";
  return BackendSpecServerTemplatesResolvePrefer2;
})(BackendSpecServerTemplatesResolvePrefer || {});
var BackendSpecServerTemplatesSendProxy = /* @__PURE__ */ ((BackendSpecServerTemplatesSendProxy2) => {
  BackendSpecServerTemplatesSendProxy2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSendProxy2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSendProxy2;
})(BackendSpecServerTemplatesSendProxy || {});
var BackendSpecServerTemplatesSendProxyV2 = /* @__PURE__ */ ((BackendSpecServerTemplatesSendProxyV22) => {
  BackendSpecServerTemplatesSendProxyV22["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSendProxyV22["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSendProxyV22;
})(BackendSpecServerTemplatesSendProxyV2 || {});
var BackendSpecServerTemplatesSendProxyV2Ssl = /* @__PURE__ */ ((BackendSpecServerTemplatesSendProxyV2Ssl2) => {
  BackendSpecServerTemplatesSendProxyV2Ssl2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSendProxyV2Ssl2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSendProxyV2Ssl2;
})(BackendSpecServerTemplatesSendProxyV2Ssl || {});
var BackendSpecServerTemplatesSendProxyV2SslCn = /* @__PURE__ */ ((BackendSpecServerTemplatesSendProxyV2SslCn2) => {
  BackendSpecServerTemplatesSendProxyV2SslCn2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSendProxyV2SslCn2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSendProxyV2SslCn2;
})(BackendSpecServerTemplatesSendProxyV2SslCn || {});
function toJson_BackendSpecServerTemplatesSetProxyV2TlvFmt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "id": obj.id,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecServerTemplatesSsl = /* @__PURE__ */ ((BackendSpecServerTemplatesSsl2) => {
  BackendSpecServerTemplatesSsl2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSsl2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSsl2;
})(BackendSpecServerTemplatesSsl || {});
var BackendSpecServerTemplatesSslMaxVer = /* @__PURE__ */ ((BackendSpecServerTemplatesSslMaxVer2) => {
  BackendSpecServerTemplatesSslMaxVer2["SS_LV3"] = "SSLv3";
  BackendSpecServerTemplatesSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  BackendSpecServerTemplatesSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  BackendSpecServerTemplatesSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  BackendSpecServerTemplatesSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return BackendSpecServerTemplatesSslMaxVer2;
})(BackendSpecServerTemplatesSslMaxVer || {});
var BackendSpecServerTemplatesSslMinVer = /* @__PURE__ */ ((BackendSpecServerTemplatesSslMinVer2) => {
  BackendSpecServerTemplatesSslMinVer2["SS_LV3"] = "SSLv3";
  BackendSpecServerTemplatesSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  BackendSpecServerTemplatesSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  BackendSpecServerTemplatesSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  BackendSpecServerTemplatesSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return BackendSpecServerTemplatesSslMinVer2;
})(BackendSpecServerTemplatesSslMinVer || {});
var BackendSpecServerTemplatesSslReuse = /* @__PURE__ */ ((BackendSpecServerTemplatesSslReuse2) => {
  BackendSpecServerTemplatesSslReuse2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSslReuse2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSslReuse2;
})(BackendSpecServerTemplatesSslReuse || {});
var BackendSpecServerTemplatesSslv3 = /* @__PURE__ */ ((BackendSpecServerTemplatesSslv32) => {
  BackendSpecServerTemplatesSslv32["ENABLED"] = "enabled";
  BackendSpecServerTemplatesSslv32["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesSslv32;
})(BackendSpecServerTemplatesSslv3 || {});
var BackendSpecServerTemplatesStick = /* @__PURE__ */ ((BackendSpecServerTemplatesStick2) => {
  BackendSpecServerTemplatesStick2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesStick2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesStick2;
})(BackendSpecServerTemplatesStick || {});
var BackendSpecServerTemplatesTfo = /* @__PURE__ */ ((BackendSpecServerTemplatesTfo2) => {
  BackendSpecServerTemplatesTfo2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTfo2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTfo2;
})(BackendSpecServerTemplatesTfo || {});
var BackendSpecServerTemplatesTlsTickets = /* @__PURE__ */ ((BackendSpecServerTemplatesTlsTickets2) => {
  BackendSpecServerTemplatesTlsTickets2["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTlsTickets2["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTlsTickets2;
})(BackendSpecServerTemplatesTlsTickets || {});
var BackendSpecServerTemplatesTlsv10 = /* @__PURE__ */ ((BackendSpecServerTemplatesTlsv102) => {
  BackendSpecServerTemplatesTlsv102["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTlsv102["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTlsv102;
})(BackendSpecServerTemplatesTlsv10 || {});
var BackendSpecServerTemplatesTlsv11 = /* @__PURE__ */ ((BackendSpecServerTemplatesTlsv112) => {
  BackendSpecServerTemplatesTlsv112["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTlsv112["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTlsv112;
})(BackendSpecServerTemplatesTlsv11 || {});
var BackendSpecServerTemplatesTlsv12 = /* @__PURE__ */ ((BackendSpecServerTemplatesTlsv122) => {
  BackendSpecServerTemplatesTlsv122["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTlsv122["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTlsv122;
})(BackendSpecServerTemplatesTlsv12 || {});
var BackendSpecServerTemplatesTlsv13 = /* @__PURE__ */ ((BackendSpecServerTemplatesTlsv132) => {
  BackendSpecServerTemplatesTlsv132["ENABLED"] = "enabled";
  BackendSpecServerTemplatesTlsv132["DISABLED"] = "disabled";
  return BackendSpecServerTemplatesTlsv132;
})(BackendSpecServerTemplatesTlsv13 || {});
var BackendSpecServerTemplatesVerify = /* @__PURE__ */ ((BackendSpecServerTemplatesVerify2) => {
  BackendSpecServerTemplatesVerify2["NONE"] = "none";
  BackendSpecServerTemplatesVerify2["REQUIRED"] = "required";
  return BackendSpecServerTemplatesVerify2;
})(BackendSpecServerTemplatesVerify || {});
var BackendSpecServerTemplatesWs = /* @__PURE__ */ ((BackendSpecServerTemplatesWs2) => {
  BackendSpecServerTemplatesWs2["AUTO"] = "auto";
  BackendSpecServerTemplatesWs2["H1"] = "h1";
  BackendSpecServerTemplatesWs2["H2"] = "h2";
  return BackendSpecServerTemplatesWs2;
})(BackendSpecServerTemplatesWs || {});
var BackendSpecSourceUsesrc = /* @__PURE__ */ ((BackendSpecSourceUsesrc2) => {
  BackendSpecSourceUsesrc2["ADDRESS"] = "address";
  BackendSpecSourceUsesrc2["CLIENT"] = "client";
  BackendSpecSourceUsesrc2["CLIENTIP"] = "clientip";
  BackendSpecSourceUsesrc2["HDR_UNDERSCORE_IP"] = "hdr_ip";
  return BackendSpecSourceUsesrc2;
})(BackendSpecSourceUsesrc || {});
var BackendSpecStatsOptionsStatsAdminCond = /* @__PURE__ */ ((BackendSpecStatsOptionsStatsAdminCond2) => {
  BackendSpecStatsOptionsStatsAdminCond2["IF"] = "if";
  BackendSpecStatsOptionsStatsAdminCond2["UNLESS"] = "unless";
  return BackendSpecStatsOptionsStatsAdminCond2;
})(BackendSpecStatsOptionsStatsAdminCond || {});
function toJson_BackendSpecStatsOptionsStatsAuths(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwd": obj.passwd,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_BackendSpecStatsOptionsStatsHttpRequests(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "realm": obj.realm,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var BackendSpecStickRuleListCond = /* @__PURE__ */ ((BackendSpecStickRuleListCond2) => {
  BackendSpecStickRuleListCond2["IF"] = "if";
  BackendSpecStickRuleListCond2["UNLESS"] = "unless";
  return BackendSpecStickRuleListCond2;
})(BackendSpecStickRuleListCond || {});
var BackendSpecStickRuleListType = /* @__PURE__ */ ((BackendSpecStickRuleListType2) => {
  BackendSpecStickRuleListType2["MATCH"] = "match";
  BackendSpecStickRuleListType2["ON"] = "on";
  BackendSpecStickRuleListType2["STORE_HYPHEN_REQUEST"] = "store-request";
  BackendSpecStickRuleListType2["STORE_HYPHEN_RESPONSE"] = "store-response";
  return BackendSpecStickRuleListType2;
})(BackendSpecStickRuleListType || {});
var BackendSpecStickTableSrvkey = /* @__PURE__ */ ((BackendSpecStickTableSrvkey2) => {
  BackendSpecStickTableSrvkey2["ADDR"] = "addr";
  BackendSpecStickTableSrvkey2["NAME"] = "name";
  return BackendSpecStickTableSrvkey2;
})(BackendSpecStickTableSrvkey || {});
var BackendSpecStickTableType = /* @__PURE__ */ ((BackendSpecStickTableType2) => {
  BackendSpecStickTableType2["IP"] = "ip";
  BackendSpecStickTableType2["IPV6"] = "ipv6";
  BackendSpecStickTableType2["INTEGER"] = "integer";
  BackendSpecStickTableType2["STRING"] = "string";
  BackendSpecStickTableType2["BINARY"] = "binary";
  return BackendSpecStickTableType2;
})(BackendSpecStickTableType || {});
var BackendSpecTcpCheckRuleListAction = /* @__PURE__ */ ((BackendSpecTcpCheckRuleListAction2) => {
  BackendSpecTcpCheckRuleListAction2["COMMENT"] = "comment";
  BackendSpecTcpCheckRuleListAction2["CONNECT"] = "connect";
  BackendSpecTcpCheckRuleListAction2["EXPECT"] = "expect";
  BackendSpecTcpCheckRuleListAction2["SEND"] = "send";
  BackendSpecTcpCheckRuleListAction2["SEND_HYPHEN_LF"] = "send-lf";
  BackendSpecTcpCheckRuleListAction2["SEND_HYPHEN_BINARY"] = "send-binary";
  BackendSpecTcpCheckRuleListAction2["SEND_HYPHEN_BINARY_HYPHEN_LF"] = "send-binary-lf";
  BackendSpecTcpCheckRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecTcpCheckRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecTcpCheckRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  return BackendSpecTcpCheckRuleListAction2;
})(BackendSpecTcpCheckRuleListAction || {});
var BackendSpecTcpCheckRuleListErrorStatus = /* @__PURE__ */ ((BackendSpecTcpCheckRuleListErrorStatus2) => {
  BackendSpecTcpCheckRuleListErrorStatus2["L7_OKC"] = "L7OKC";
  BackendSpecTcpCheckRuleListErrorStatus2["L7_RSP"] = "L7RSP";
  BackendSpecTcpCheckRuleListErrorStatus2["L7_STS"] = "L7STS";
  BackendSpecTcpCheckRuleListErrorStatus2["L6_RSP"] = "L6RSP";
  BackendSpecTcpCheckRuleListErrorStatus2["L4_CON"] = "L4CON";
  return BackendSpecTcpCheckRuleListErrorStatus2;
})(BackendSpecTcpCheckRuleListErrorStatus || {});
var BackendSpecTcpCheckRuleListMatch = /* @__PURE__ */ ((BackendSpecTcpCheckRuleListMatch2) => {
  BackendSpecTcpCheckRuleListMatch2["STRING"] = "string";
  BackendSpecTcpCheckRuleListMatch2["RSTRING"] = "rstring";
  BackendSpecTcpCheckRuleListMatch2["STRING_HYPHEN_LF"] = "string-lf";
  BackendSpecTcpCheckRuleListMatch2["BINARY"] = "binary";
  BackendSpecTcpCheckRuleListMatch2["RBINARY"] = "rbinary";
  BackendSpecTcpCheckRuleListMatch2["BINARY_HYPHEN_LF"] = "binary-lf";
  return BackendSpecTcpCheckRuleListMatch2;
})(BackendSpecTcpCheckRuleListMatch || {});
var BackendSpecTcpCheckRuleListOkStatus = /* @__PURE__ */ ((BackendSpecTcpCheckRuleListOkStatus2) => {
  BackendSpecTcpCheckRuleListOkStatus2["L7_OK"] = "L7OK";
  BackendSpecTcpCheckRuleListOkStatus2["L7_OKC"] = "L7OKC";
  BackendSpecTcpCheckRuleListOkStatus2["L6_OK"] = "L6OK";
  BackendSpecTcpCheckRuleListOkStatus2["L4_OK"] = "L4OK";
  return BackendSpecTcpCheckRuleListOkStatus2;
})(BackendSpecTcpCheckRuleListOkStatus || {});
var BackendSpecTcpCheckRuleListToutStatus = /* @__PURE__ */ ((BackendSpecTcpCheckRuleListToutStatus2) => {
  BackendSpecTcpCheckRuleListToutStatus2["L7_TOUT"] = "L7TOUT";
  BackendSpecTcpCheckRuleListToutStatus2["L6_TOUT"] = "L6TOUT";
  BackendSpecTcpCheckRuleListToutStatus2["L4_TOUT"] = "L4TOUT";
  return BackendSpecTcpCheckRuleListToutStatus2;
})(BackendSpecTcpCheckRuleListToutStatus || {});
var BackendSpecTcpRequestRuleListAction = /* @__PURE__ */ ((BackendSpecTcpRequestRuleListAction2) => {
  BackendSpecTcpRequestRuleListAction2["ACCEPT"] = "accept";
  BackendSpecTcpRequestRuleListAction2["ATTACH_HYPHEN_SRV"] = "attach-srv";
  BackendSpecTcpRequestRuleListAction2["CAPTURE"] = "capture";
  BackendSpecTcpRequestRuleListAction2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  BackendSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP"] = "expect-netscaler-cip";
  BackendSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_PROXY"] = "expect-proxy";
  BackendSpecTcpRequestRuleListAction2["LUA"] = "lua";
  BackendSpecTcpRequestRuleListAction2["REJECT"] = "reject";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  BackendSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  BackendSpecTcpRequestRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_DST"] = "set-dst";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC"] = "set-src";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecTcpRequestRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  BackendSpecTcpRequestRuleListAction2["SWITCH_HYPHEN_MODE"] = "switch-mode";
  BackendSpecTcpRequestRuleListAction2["TRACK_HYPHEN_SC"] = "track-sc";
  BackendSpecTcpRequestRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  BackendSpecTcpRequestRuleListAction2["USE_HYPHEN_SERVICE"] = "use-service";
  BackendSpecTcpRequestRuleListAction2["SET_HYPHEN_RETRIES"] = "set-retries";
  BackendSpecTcpRequestRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return BackendSpecTcpRequestRuleListAction2;
})(BackendSpecTcpRequestRuleListAction || {});
var BackendSpecTcpRequestRuleListCond = /* @__PURE__ */ ((BackendSpecTcpRequestRuleListCond2) => {
  BackendSpecTcpRequestRuleListCond2["IF"] = "if";
  BackendSpecTcpRequestRuleListCond2["UNLESS"] = "unless";
  return BackendSpecTcpRequestRuleListCond2;
})(BackendSpecTcpRequestRuleListCond || {});
var BackendSpecTcpRequestRuleListLogLevel = /* @__PURE__ */ ((BackendSpecTcpRequestRuleListLogLevel2) => {
  BackendSpecTcpRequestRuleListLogLevel2["EMERG"] = "emerg";
  BackendSpecTcpRequestRuleListLogLevel2["ALERT"] = "alert";
  BackendSpecTcpRequestRuleListLogLevel2["CRIT"] = "crit";
  BackendSpecTcpRequestRuleListLogLevel2["ERR"] = "err";
  BackendSpecTcpRequestRuleListLogLevel2["WARNING"] = "warning";
  BackendSpecTcpRequestRuleListLogLevel2["NOTICE"] = "notice";
  BackendSpecTcpRequestRuleListLogLevel2["INFO"] = "info";
  BackendSpecTcpRequestRuleListLogLevel2["DEBUG"] = "debug";
  BackendSpecTcpRequestRuleListLogLevel2["SILENT"] = "silent";
  return BackendSpecTcpRequestRuleListLogLevel2;
})(BackendSpecTcpRequestRuleListLogLevel || {});
var BackendSpecTcpRequestRuleListResolveProtocol = /* @__PURE__ */ ((BackendSpecTcpRequestRuleListResolveProtocol2) => {
  BackendSpecTcpRequestRuleListResolveProtocol2["IPV4"] = "ipv4";
  BackendSpecTcpRequestRuleListResolveProtocol2["IPV6"] = "ipv6";
  return BackendSpecTcpRequestRuleListResolveProtocol2;
})(BackendSpecTcpRequestRuleListResolveProtocol || {});
var BackendSpecTcpRequestRuleListType = /* @__PURE__ */ ((BackendSpecTcpRequestRuleListType2) => {
  BackendSpecTcpRequestRuleListType2["CONNECTION"] = "connection";
  BackendSpecTcpRequestRuleListType2["CONTENT"] = "content";
  BackendSpecTcpRequestRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  BackendSpecTcpRequestRuleListType2["SESSION"] = "session";
  return BackendSpecTcpRequestRuleListType2;
})(BackendSpecTcpRequestRuleListType || {});
var BackendSpecTcpResponseRuleListAction = /* @__PURE__ */ ((BackendSpecTcpResponseRuleListAction2) => {
  BackendSpecTcpResponseRuleListAction2["ACCEPT"] = "accept";
  BackendSpecTcpResponseRuleListAction2["CLOSE"] = "close";
  BackendSpecTcpResponseRuleListAction2["LUA"] = "lua";
  BackendSpecTcpResponseRuleListAction2["REJECT"] = "reject";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  BackendSpecTcpResponseRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  BackendSpecTcpResponseRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  BackendSpecTcpResponseRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  BackendSpecTcpResponseRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  BackendSpecTcpResponseRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  BackendSpecTcpResponseRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return BackendSpecTcpResponseRuleListAction2;
})(BackendSpecTcpResponseRuleListAction || {});
var BackendSpecTcpResponseRuleListCond = /* @__PURE__ */ ((BackendSpecTcpResponseRuleListCond2) => {
  BackendSpecTcpResponseRuleListCond2["IF"] = "if";
  BackendSpecTcpResponseRuleListCond2["UNLESS"] = "unless";
  return BackendSpecTcpResponseRuleListCond2;
})(BackendSpecTcpResponseRuleListCond || {});
var BackendSpecTcpResponseRuleListLogLevel = /* @__PURE__ */ ((BackendSpecTcpResponseRuleListLogLevel2) => {
  BackendSpecTcpResponseRuleListLogLevel2["EMERG"] = "emerg";
  BackendSpecTcpResponseRuleListLogLevel2["ALERT"] = "alert";
  BackendSpecTcpResponseRuleListLogLevel2["CRIT"] = "crit";
  BackendSpecTcpResponseRuleListLogLevel2["ERR"] = "err";
  BackendSpecTcpResponseRuleListLogLevel2["WARNING"] = "warning";
  BackendSpecTcpResponseRuleListLogLevel2["NOTICE"] = "notice";
  BackendSpecTcpResponseRuleListLogLevel2["INFO"] = "info";
  BackendSpecTcpResponseRuleListLogLevel2["DEBUG"] = "debug";
  BackendSpecTcpResponseRuleListLogLevel2["SILENT"] = "silent";
  return BackendSpecTcpResponseRuleListLogLevel2;
})(BackendSpecTcpResponseRuleListLogLevel || {});
var BackendSpecTcpResponseRuleListType = /* @__PURE__ */ ((BackendSpecTcpResponseRuleListType2) => {
  BackendSpecTcpResponseRuleListType2["CONTENT"] = "content";
  BackendSpecTcpResponseRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  return BackendSpecTcpResponseRuleListType2;
})(BackendSpecTcpResponseRuleListType || {});
var BackendSpecStatsOptionsStatsHttpRequestsType = /* @__PURE__ */ ((BackendSpecStatsOptionsStatsHttpRequestsType2) => {
  BackendSpecStatsOptionsStatsHttpRequestsType2["ALLOW"] = "allow";
  BackendSpecStatsOptionsStatsHttpRequestsType2["DENY"] = "deny";
  BackendSpecStatsOptionsStatsHttpRequestsType2["AUTH"] = "auth";
  return BackendSpecStatsOptionsStatsHttpRequestsType2;
})(BackendSpecStatsOptionsStatsHttpRequestsType || {});
class Defaults extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Defaults"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "Defaults"
  };
  /**
   * Renders a Kubernetes manifest for "Defaults".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Defaults.GVK,
      ...toJson_DefaultsProps(props)
    };
  }
  /**
   * Defines a "Defaults" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Defaults.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Defaults.GVK,
      ...toJson_DefaultsProps(resolved)
    };
  }
}
function toJson_DefaultsProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_DefaultsSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "abortonclose": obj.abortonclose,
    "accept_invalid_http_request": obj.acceptInvalidHttpRequest,
    "accept_invalid_http_response": obj.acceptInvalidHttpResponse,
    "accept_unsafe_violations_in_http_request": obj.acceptUnsafeViolationsInHttpRequest,
    "accept_unsafe_violations_in_http_response": obj.acceptUnsafeViolationsInHttpResponse,
    "acl_list": obj.aclList?.map((y) => toJson_DefaultsSpecAclList(y)),
    "adv_check": obj.advCheck,
    "allbackups": obj.allbackups,
    "backlog": obj.backlog,
    "balance": toJson_DefaultsSpecBalance(obj.balance),
    "check_timeout": obj.checkTimeout,
    "checkcache": obj.checkcache,
    "clflog": obj.clflog,
    "client_fin_timeout": obj.clientFinTimeout,
    "client_timeout": obj.clientTimeout,
    "clitcpka": obj.clitcpka,
    "clitcpka_cnt": obj.clitcpkaCnt,
    "clitcpka_idle": obj.clitcpkaIdle,
    "clitcpka_intvl": obj.clitcpkaIntvl,
    "compression": toJson_DefaultsSpecCompression(obj.compression),
    "connect_timeout": obj.connectTimeout,
    "contstats": obj.contstats,
    "cookie": toJson_DefaultsSpecCookie(obj.cookie),
    "default_backend": obj.defaultBackend,
    "default_server": toJson_DefaultsSpecDefaultServer(obj.defaultServer),
    "disable_h2_upgrade": obj.disableH2Upgrade,
    "disabled": obj.disabled,
    "dontlog_normal": obj.dontlogNormal,
    "dontlognull": obj.dontlognull,
    "dynamic_cookie_key": obj.dynamicCookieKey,
    "email_alert": toJson_DefaultsSpecEmailAlert(obj.emailAlert),
    "enabled": obj.enabled,
    "error_files": obj.errorFiles?.map((y) => toJson_DefaultsSpecErrorFiles(y)),
    "error_log_format": obj.errorLogFormat,
    "errorfiles_from_http_errors": obj.errorfilesFromHttpErrors?.map((y) => toJson_DefaultsSpecErrorfilesFromHttpErrors(y)),
    "errorloc302": toJson_DefaultsSpecErrorloc302(obj.errorloc302),
    "errorloc303": toJson_DefaultsSpecErrorloc303(obj.errorloc303),
    "external_check": obj.externalCheck,
    "external_check_command": obj.externalCheckCommand,
    "external_check_path": obj.externalCheckPath,
    "forwardfor": toJson_DefaultsSpecForwardfor(obj.forwardfor),
    "from": obj.from,
    "fullconn": obj.fullconn,
    "h1_case_adjust_bogus_client": obj.h1CaseAdjustBogusClient,
    "h1_case_adjust_bogus_server": obj.h1CaseAdjustBogusServer,
    "hash_balance_factor": obj.hashBalanceFactor,
    "hash_preserve_affinity": obj.hashPreserveAffinity,
    "hash_type": toJson_DefaultsSpecHashType(obj.hashType),
    "http-buffer-request": obj.httpBufferRequest,
    "http-drop-request-trailers": obj.httpDropRequestTrailers,
    "http-drop-response-trailers": obj.httpDropResponseTrailers,
    "http-use-htx": obj.httpUseHtx,
    "http_after_response_rule_list": obj.httpAfterResponseRuleList?.map((y) => toJson_DefaultsSpecHttpAfterResponseRuleList(y)),
    "http_check_list": obj.httpCheckList?.map((y) => toJson_DefaultsSpecHttpCheckList(y)),
    "http_connection_mode": obj.httpConnectionMode,
    "http_error_rule_list": obj.httpErrorRuleList?.map((y) => toJson_DefaultsSpecHttpErrorRuleList(y)),
    "http_ignore_probes": obj.httpIgnoreProbes,
    "http_keep_alive_timeout": obj.httpKeepAliveTimeout,
    "http_no_delay": obj.httpNoDelay,
    "http_pretend_keepalive": obj.httpPretendKeepalive,
    "http_request_rule_list": obj.httpRequestRuleList?.map((y) => toJson_DefaultsSpecHttpRequestRuleList(y)),
    "http_request_timeout": obj.httpRequestTimeout,
    "http_response_rule_list": obj.httpResponseRuleList?.map((y) => toJson_DefaultsSpecHttpResponseRuleList(y)),
    "http_restrict_req_hdr_names": obj.httpRestrictReqHdrNames,
    "http_reuse": obj.httpReuse,
    "http_send_name_header": obj.httpSendNameHeader,
    "http_use_proxy_header": obj.httpUseProxyHeader,
    "httpchk_params": toJson_DefaultsSpecHttpchkParams(obj.httpchkParams),
    "httplog": obj.httplog,
    "httpslog": obj.httpslog,
    "idle_close_on_response": obj.idleCloseOnResponse,
    "independent_streams": obj.independentStreams,
    "load_server_state_from_file": obj.loadServerStateFromFile,
    "log_format": obj.logFormat,
    "log_format_sd": obj.logFormatSd,
    "log_health_checks": obj.logHealthChecks,
    "log_separate_errors": obj.logSeparateErrors,
    "log_steps": obj.logSteps?.map((y) => y),
    "log_tag": obj.logTag,
    "log_target_list": obj.logTargetList?.map((y) => toJson_DefaultsSpecLogTargetList(y)),
    "logasap": obj.logasap,
    "max_keep_alive_queue": obj.maxKeepAliveQueue,
    "maxconn": obj.maxconn,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "monitor_uri": obj.monitorUri,
    "mysql_check_params": toJson_DefaultsSpecMysqlCheckParams(obj.mysqlCheckParams),
    "name": obj.name,
    "nolinger": obj.nolinger,
    "originalto": toJson_DefaultsSpecOriginalto(obj.originalto),
    "persist": obj.persist,
    "persist_rule": toJson_DefaultsSpecPersistRule(obj.persistRule),
    "pgsql_check_params": toJson_DefaultsSpecPgsqlCheckParams(obj.pgsqlCheckParams),
    "prefer_last_server": obj.preferLastServer,
    "queue_timeout": obj.queueTimeout,
    "quic_initial_rule_list": obj.quicInitialRuleList?.map((y) => toJson_DefaultsSpecQuicInitialRuleList(y)),
    "redispatch": toJson_DefaultsSpecRedispatch(obj.redispatch),
    "retries": obj.retries,
    "retry_on": obj.retryOn,
    "server_fin_timeout": obj.serverFinTimeout,
    "server_timeout": obj.serverTimeout,
    "smtpchk_params": toJson_DefaultsSpecSmtpchkParams(obj.smtpchkParams),
    "socket_stats": obj.socketStats,
    "source": toJson_DefaultsSpecSource(obj.source),
    "splice_auto": obj.spliceAuto,
    "splice_request": obj.spliceRequest,
    "splice_response": obj.spliceResponse,
    "srvtcpka": obj.srvtcpka,
    "srvtcpka_cnt": obj.srvtcpkaCnt,
    "srvtcpka_idle": obj.srvtcpkaIdle,
    "srvtcpka_intvl": obj.srvtcpkaIntvl,
    "stats_options": toJson_DefaultsSpecStatsOptions(obj.statsOptions),
    "tarpit_timeout": obj.tarpitTimeout,
    "tcp_check_rule_list": obj.tcpCheckRuleList?.map((y) => toJson_DefaultsSpecTcpCheckRuleList(y)),
    "tcp_request_rule_list": obj.tcpRequestRuleList?.map((y) => toJson_DefaultsSpecTcpRequestRuleList(y)),
    "tcp_response_rule_list": obj.tcpResponseRuleList?.map((y) => toJson_DefaultsSpecTcpResponseRuleList(y)),
    "tcp_smart_accept": obj.tcpSmartAccept,
    "tcp_smart_connect": obj.tcpSmartConnect,
    "tcpka": obj.tcpka,
    "tcplog": obj.tcplog,
    "transparent": obj.transparent,
    "tunnel_timeout": obj.tunnelTimeout,
    "unique_id_format": obj.uniqueIdFormat,
    "unique_id_header": obj.uniqueIdHeader
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecAbortonclose = /* @__PURE__ */ ((DefaultsSpecAbortonclose2) => {
  DefaultsSpecAbortonclose2["ENABLED"] = "enabled";
  DefaultsSpecAbortonclose2["DISABLED"] = "disabled";
  return DefaultsSpecAbortonclose2;
})(DefaultsSpecAbortonclose || {});
var DefaultsSpecAcceptInvalidHttpRequest = /* @__PURE__ */ ((DefaultsSpecAcceptInvalidHttpRequest2) => {
  DefaultsSpecAcceptInvalidHttpRequest2["ENABLED"] = "enabled";
  DefaultsSpecAcceptInvalidHttpRequest2["DISABLED"] = "disabled";
  return DefaultsSpecAcceptInvalidHttpRequest2;
})(DefaultsSpecAcceptInvalidHttpRequest || {});
var DefaultsSpecAcceptInvalidHttpResponse = /* @__PURE__ */ ((DefaultsSpecAcceptInvalidHttpResponse2) => {
  DefaultsSpecAcceptInvalidHttpResponse2["ENABLED"] = "enabled";
  DefaultsSpecAcceptInvalidHttpResponse2["DISABLED"] = "disabled";
  return DefaultsSpecAcceptInvalidHttpResponse2;
})(DefaultsSpecAcceptInvalidHttpResponse || {});
var DefaultsSpecAcceptUnsafeViolationsInHttpRequest = /* @__PURE__ */ ((DefaultsSpecAcceptUnsafeViolationsInHttpRequest2) => {
  DefaultsSpecAcceptUnsafeViolationsInHttpRequest2["ENABLED"] = "enabled";
  DefaultsSpecAcceptUnsafeViolationsInHttpRequest2["DISABLED"] = "disabled";
  return DefaultsSpecAcceptUnsafeViolationsInHttpRequest2;
})(DefaultsSpecAcceptUnsafeViolationsInHttpRequest || {});
var DefaultsSpecAcceptUnsafeViolationsInHttpResponse = /* @__PURE__ */ ((DefaultsSpecAcceptUnsafeViolationsInHttpResponse2) => {
  DefaultsSpecAcceptUnsafeViolationsInHttpResponse2["ENABLED"] = "enabled";
  DefaultsSpecAcceptUnsafeViolationsInHttpResponse2["DISABLED"] = "disabled";
  return DefaultsSpecAcceptUnsafeViolationsInHttpResponse2;
})(DefaultsSpecAcceptUnsafeViolationsInHttpResponse || {});
function toJson_DefaultsSpecAclList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_name": obj.aclName,
    "criterion": obj.criterion,
    "metadata": obj.metadata,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecAdvCheck = /* @__PURE__ */ ((DefaultsSpecAdvCheck2) => {
  DefaultsSpecAdvCheck2["HTTPCHK"] = "httpchk";
  DefaultsSpecAdvCheck2["LDAP_HYPHEN_CHECK"] = "ldap-check";
  DefaultsSpecAdvCheck2["MYSQL_HYPHEN_CHECK"] = "mysql-check";
  DefaultsSpecAdvCheck2["PGSQL_HYPHEN_CHECK"] = "pgsql-check";
  DefaultsSpecAdvCheck2["REDIS_HYPHEN_CHECK"] = "redis-check";
  DefaultsSpecAdvCheck2["SMTPCHK"] = "smtpchk";
  DefaultsSpecAdvCheck2["SSL_HYPHEN_HELLO_HYPHEN_CHK"] = "ssl-hello-chk";
  DefaultsSpecAdvCheck2["TCP_HYPHEN_CHECK"] = "tcp-check";
  return DefaultsSpecAdvCheck2;
})(DefaultsSpecAdvCheck || {});
var DefaultsSpecAllbackups = /* @__PURE__ */ ((DefaultsSpecAllbackups2) => {
  DefaultsSpecAllbackups2["ENABLED"] = "enabled";
  DefaultsSpecAllbackups2["DISABLED"] = "disabled";
  return DefaultsSpecAllbackups2;
})(DefaultsSpecAllbackups || {});
function toJson_DefaultsSpecBalance(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algorithm": obj.algorithm,
    "hash_expression": obj.hashExpression,
    "hdr_name": obj.hdrName,
    "hdr_use_domain_only": obj.hdrUseDomainOnly,
    "random_draws": obj.randomDraws,
    "rdp_cookie_name": obj.rdpCookieName,
    "uri_depth": obj.uriDepth,
    "uri_len": obj.uriLen,
    "uri_path_only": obj.uriPathOnly,
    "uri_whole": obj.uriWhole,
    "url_param": obj.urlParam,
    "url_param_check_post": obj.urlParamCheckPost,
    "url_param_max_wait": obj.urlParamMaxWait
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecCheckcache = /* @__PURE__ */ ((DefaultsSpecCheckcache2) => {
  DefaultsSpecCheckcache2["ENABLED"] = "enabled";
  DefaultsSpecCheckcache2["DISABLED"] = "disabled";
  return DefaultsSpecCheckcache2;
})(DefaultsSpecCheckcache || {});
var DefaultsSpecClitcpka = /* @__PURE__ */ ((DefaultsSpecClitcpka2) => {
  DefaultsSpecClitcpka2["ENABLED"] = "enabled";
  DefaultsSpecClitcpka2["DISABLED"] = "disabled";
  return DefaultsSpecClitcpka2;
})(DefaultsSpecClitcpka || {});
function toJson_DefaultsSpecCompression(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algo-req": obj.algoReq,
    "algorithms": obj.algorithms?.map((y) => y),
    "algos-res": obj.algosRes?.map((y) => y),
    "direction": obj.direction,
    "minsize_req": obj.minsizeReq,
    "minsize_res": obj.minsizeRes,
    "offload": obj.offload,
    "types": obj.types?.map((y) => y),
    "types-req": obj.typesReq?.map((y) => y),
    "types-res": obj.typesRes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecContstats = /* @__PURE__ */ ((DefaultsSpecContstats2) => {
  DefaultsSpecContstats2["ENABLED"] = "enabled";
  return DefaultsSpecContstats2;
})(DefaultsSpecContstats || {});
function toJson_DefaultsSpecCookie(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "attr": obj.attr?.map((y) => toJson_DefaultsSpecCookieAttr(y)),
    "domain": obj.domain?.map((y) => toJson_DefaultsSpecCookieDomain(y)),
    "dynamic": obj.dynamic,
    "httponly": obj.httponly,
    "indirect": obj.indirect,
    "maxidle": obj.maxidle,
    "maxlife": obj.maxlife,
    "name": obj.name,
    "nocache": obj.nocache,
    "postonly": obj.postonly,
    "preserve": obj.preserve,
    "secure": obj.secure,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecDefaultServer(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "agent-addr": obj.agentAddr,
    "agent-check": obj.agentCheck,
    "agent-inter": obj.agentInter,
    "agent-port": obj.agentPort,
    "agent-send": obj.agentSend,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backup": obj.backup,
    "check": obj.check,
    "check-pool-conn-name": obj.checkPoolConnName,
    "check-reuse-pool": obj.checkReusePool,
    "check-send-proxy": obj.checkSendProxy,
    "check-sni": obj.checkSni,
    "check-ssl": obj.checkSsl,
    "check_alpn": obj.checkAlpn,
    "check_proto": obj.checkProto,
    "check_via_socks4": obj.checkViaSocks4,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "cookie": obj.cookie,
    "crl_file": obj.crlFile,
    "curves": obj.curves,
    "downinter": obj.downinter,
    "error_limit": obj.errorLimit,
    "fall": obj.fall,
    "fastinter": obj.fastinter,
    "force_sslv3": obj.forceSslv3,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "guid": obj.guid,
    "hash_key": obj.hashKey,
    "health_check_address": obj.healthCheckAddress,
    "health_check_port": obj.healthCheckPort,
    "idle_ping": obj.idlePing,
    "init-addr": obj.initAddr,
    "init-state": obj.initState,
    "inter": obj.inter,
    "log-bufsize": obj.logBufsize,
    "log_proto": obj.logProto,
    "maintenance": obj.maintenance,
    "max_reuse": obj.maxReuse,
    "maxconn": obj.maxconn,
    "maxqueue": obj.maxqueue,
    "minconn": obj.minconn,
    "namespace": obj.namespace,
    "no_sslv3": obj.noSslv3,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "no_verifyhost": obj.noVerifyhost,
    "npn": obj.npn,
    "observe": obj.observe,
    "on-error": obj.onError,
    "on-marked-down": obj.onMarkedDown,
    "on-marked-up": obj.onMarkedUp,
    "pool_conn_name": obj.poolConnName,
    "pool_low_conn": obj.poolLowConn,
    "pool_max_conn": obj.poolMaxConn,
    "pool_purge_delay": obj.poolPurgeDelay,
    "proto": obj.proto,
    "proxy-v2-options": obj.proxyV2Options?.map((y) => y),
    "redir": obj.redir,
    "resolve-net": obj.resolveNet,
    "resolve-prefer": obj.resolvePrefer,
    "resolve_opts": obj.resolveOpts,
    "resolvers": obj.resolvers,
    "rise": obj.rise,
    "send-proxy": obj.sendProxy,
    "send-proxy-v2": obj.sendProxyV2,
    "send_proxy_v2_ssl": obj.sendProxyV2Ssl,
    "send_proxy_v2_ssl_cn": obj.sendProxyV2SslCn,
    "set-proxy-v2-tlv-fmt": toJson_DefaultsSpecDefaultServerSetProxyV2TlvFmt(obj.setProxyV2TlvFmt),
    "shard": obj.shard,
    "sigalgs": obj.sigalgs,
    "slowstart": obj.slowstart,
    "sni": obj.sni,
    "socks4": obj.socks4,
    "source": obj.source,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "ssl_reuse": obj.sslReuse,
    "sslv3": obj.sslv3,
    "stick": obj.stick,
    "strict-maxconn": obj.strictMaxconn,
    "tcp_ut": obj.tcpUt,
    "tfo": obj.tfo,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "track": obj.track,
    "verify": obj.verify,
    "verifyhost": obj.verifyhost,
    "weight": obj.weight,
    "ws": obj.ws
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecDisableH2Upgrade = /* @__PURE__ */ ((DefaultsSpecDisableH2Upgrade2) => {
  DefaultsSpecDisableH2Upgrade2["ENABLED"] = "enabled";
  DefaultsSpecDisableH2Upgrade2["DISABLED"] = "disabled";
  return DefaultsSpecDisableH2Upgrade2;
})(DefaultsSpecDisableH2Upgrade || {});
var DefaultsSpecDontlogNormal = /* @__PURE__ */ ((DefaultsSpecDontlogNormal2) => {
  DefaultsSpecDontlogNormal2["ENABLED"] = "enabled";
  DefaultsSpecDontlogNormal2["DISABLED"] = "disabled";
  return DefaultsSpecDontlogNormal2;
})(DefaultsSpecDontlogNormal || {});
var DefaultsSpecDontlognull = /* @__PURE__ */ ((DefaultsSpecDontlognull2) => {
  DefaultsSpecDontlognull2["ENABLED"] = "enabled";
  DefaultsSpecDontlognull2["DISABLED"] = "disabled";
  return DefaultsSpecDontlognull2;
})(DefaultsSpecDontlognull || {});
function toJson_DefaultsSpecEmailAlert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from,
    "level": obj.level,
    "mailers": obj.mailers,
    "metadata": obj.metadata,
    "myhostname": obj.myhostname,
    "to": obj.to
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecErrorFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "file": obj.file
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecErrorfilesFromHttpErrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "codes": obj.codes?.map((y) => y),
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecErrorloc302(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecErrorloc303(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecExternalCheck = /* @__PURE__ */ ((DefaultsSpecExternalCheck2) => {
  DefaultsSpecExternalCheck2["ENABLED"] = "enabled";
  DefaultsSpecExternalCheck2["DISABLED"] = "disabled";
  return DefaultsSpecExternalCheck2;
})(DefaultsSpecExternalCheck || {});
function toJson_DefaultsSpecForwardfor(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header,
    "ifnone": obj.ifnone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecH1CaseAdjustBogusClient = /* @__PURE__ */ ((DefaultsSpecH1CaseAdjustBogusClient2) => {
  DefaultsSpecH1CaseAdjustBogusClient2["ENABLED"] = "enabled";
  DefaultsSpecH1CaseAdjustBogusClient2["DISABLED"] = "disabled";
  return DefaultsSpecH1CaseAdjustBogusClient2;
})(DefaultsSpecH1CaseAdjustBogusClient || {});
var DefaultsSpecH1CaseAdjustBogusServer = /* @__PURE__ */ ((DefaultsSpecH1CaseAdjustBogusServer2) => {
  DefaultsSpecH1CaseAdjustBogusServer2["ENABLED"] = "enabled";
  DefaultsSpecH1CaseAdjustBogusServer2["DISABLED"] = "disabled";
  return DefaultsSpecH1CaseAdjustBogusServer2;
})(DefaultsSpecH1CaseAdjustBogusServer || {});
var DefaultsSpecHashPreserveAffinity = /* @__PURE__ */ ((DefaultsSpecHashPreserveAffinity2) => {
  DefaultsSpecHashPreserveAffinity2["ALWAYS"] = "always";
  DefaultsSpecHashPreserveAffinity2["MAXCONN"] = "maxconn";
  DefaultsSpecHashPreserveAffinity2["MAXQUEUE"] = "maxqueue";
  return DefaultsSpecHashPreserveAffinity2;
})(DefaultsSpecHashPreserveAffinity || {});
function toJson_DefaultsSpecHashType(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "function": obj.function,
    "method": obj.method,
    "modifier": obj.modifier
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpBufferRequest = /* @__PURE__ */ ((DefaultsSpecHttpBufferRequest2) => {
  DefaultsSpecHttpBufferRequest2["ENABLED"] = "enabled";
  DefaultsSpecHttpBufferRequest2["DISABLED"] = "disabled";
  return DefaultsSpecHttpBufferRequest2;
})(DefaultsSpecHttpBufferRequest || {});
var DefaultsSpecHttpDropRequestTrailers = /* @__PURE__ */ ((DefaultsSpecHttpDropRequestTrailers2) => {
  DefaultsSpecHttpDropRequestTrailers2["ENABLED"] = "enabled";
  DefaultsSpecHttpDropRequestTrailers2["DISABLED"] = "disabled";
  return DefaultsSpecHttpDropRequestTrailers2;
})(DefaultsSpecHttpDropRequestTrailers || {});
var DefaultsSpecHttpDropResponseTrailers = /* @__PURE__ */ ((DefaultsSpecHttpDropResponseTrailers2) => {
  DefaultsSpecHttpDropResponseTrailers2["ENABLED"] = "enabled";
  DefaultsSpecHttpDropResponseTrailers2["DISABLED"] = "disabled";
  return DefaultsSpecHttpDropResponseTrailers2;
})(DefaultsSpecHttpDropResponseTrailers || {});
var DefaultsSpecHttpUseHtx = /* @__PURE__ */ ((DefaultsSpecHttpUseHtx2) => {
  DefaultsSpecHttpUseHtx2["ENABLED"] = "enabled";
  DefaultsSpecHttpUseHtx2["DISABLED"] = "disabled";
  return DefaultsSpecHttpUseHtx2;
})(DefaultsSpecHttpUseHtx || {});
function toJson_DefaultsSpecHttpAfterResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "metadata": obj.metadata,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecHttpCheckList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "addr": obj.addr,
    "alpn": obj.alpn,
    "body": obj.body,
    "body_log_format": obj.bodyLogFormat,
    "check_comment": obj.checkComment,
    "default": obj.default,
    "error_status": obj.errorStatus,
    "exclamation_mark": obj.exclamationMark,
    "headers": obj.headers?.map((y) => toJson_DefaultsSpecHttpCheckListHeaders(y)),
    "linger": obj.linger,
    "match": obj.match,
    "metadata": obj.metadata,
    "method": obj.method,
    "min_recv": obj.minRecv,
    "ok_status": obj.okStatus,
    "on_error": obj.onError,
    "on_success": obj.onSuccess,
    "pattern": obj.pattern,
    "port": obj.port,
    "port_string": obj.portString,
    "proto": obj.proto,
    "send_proxy": obj.sendProxy,
    "sni": obj.sni,
    "ssl": obj.ssl,
    "status-code": obj.statusCode,
    "tout_status": obj.toutStatus,
    "type": obj.type,
    "uri": obj.uri,
    "uri_log_format": obj.uriLogFormat,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "version": obj.version,
    "via_socks4": obj.viaSocks4
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpConnectionMode = /* @__PURE__ */ ((DefaultsSpecHttpConnectionMode2) => {
  DefaultsSpecHttpConnectionMode2["HTTPCLOSE"] = "httpclose";
  DefaultsSpecHttpConnectionMode2["HTTP_HYPHEN_SERVER_HYPHEN_CLOSE"] = "http-server-close";
  DefaultsSpecHttpConnectionMode2["HTTP_HYPHEN_KEEP_HYPHEN_ALIVE"] = "http-keep-alive";
  return DefaultsSpecHttpConnectionMode2;
})(DefaultsSpecHttpConnectionMode || {});
function toJson_DefaultsSpecHttpErrorRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_DefaultsSpecHttpErrorRuleListReturnHdrs(y)),
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpIgnoreProbes = /* @__PURE__ */ ((DefaultsSpecHttpIgnoreProbes2) => {
  DefaultsSpecHttpIgnoreProbes2["ENABLED"] = "enabled";
  DefaultsSpecHttpIgnoreProbes2["DISABLED"] = "disabled";
  return DefaultsSpecHttpIgnoreProbes2;
})(DefaultsSpecHttpIgnoreProbes || {});
var DefaultsSpecHttpNoDelay = /* @__PURE__ */ ((DefaultsSpecHttpNoDelay2) => {
  DefaultsSpecHttpNoDelay2["ENABLED"] = "enabled";
  DefaultsSpecHttpNoDelay2["DISABLED"] = "disabled";
  return DefaultsSpecHttpNoDelay2;
})(DefaultsSpecHttpNoDelay || {});
var DefaultsSpecHttpPretendKeepalive = /* @__PURE__ */ ((DefaultsSpecHttpPretendKeepalive2) => {
  DefaultsSpecHttpPretendKeepalive2["ENABLED"] = "enabled";
  DefaultsSpecHttpPretendKeepalive2["DISABLED"] = "disabled";
  return DefaultsSpecHttpPretendKeepalive2;
})(DefaultsSpecHttpPretendKeepalive || {});
function toJson_DefaultsSpecHttpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "auth_realm": obj.authRealm,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "hint_format": obj.hintFormat,
    "hint_name": obj.hintName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "method_fmt": obj.methodFmt,
    "nice_value": obj.niceValue,
    "normalizer": obj.normalizer,
    "normalizer_full": obj.normalizerFull,
    "normalizer_strict": obj.normalizerStrict,
    "path_fmt": obj.pathFmt,
    "path_match": obj.pathMatch,
    "protocol": obj.protocol,
    "query-fmt": obj.queryFmt,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "resolvers": obj.resolvers,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_DefaultsSpecHttpRequestRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "service_name": obj.serviceName,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "uri-fmt": obj.uriFmt,
    "uri-match": obj.uriMatch,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecHttpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_DefaultsSpecHttpResponseRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpRestrictReqHdrNames = /* @__PURE__ */ ((DefaultsSpecHttpRestrictReqHdrNames2) => {
  DefaultsSpecHttpRestrictReqHdrNames2["PRESERVE"] = "preserve";
  DefaultsSpecHttpRestrictReqHdrNames2["DELETE"] = "delete";
  DefaultsSpecHttpRestrictReqHdrNames2["REJECT"] = "reject";
  return DefaultsSpecHttpRestrictReqHdrNames2;
})(DefaultsSpecHttpRestrictReqHdrNames || {});
var DefaultsSpecHttpReuse = /* @__PURE__ */ ((DefaultsSpecHttpReuse2) => {
  DefaultsSpecHttpReuse2["AGGRESSIVE"] = "aggressive";
  DefaultsSpecHttpReuse2["ALWAYS"] = "always";
  DefaultsSpecHttpReuse2["NEVER"] = "never";
  DefaultsSpecHttpReuse2["SAFE"] = "safe";
  return DefaultsSpecHttpReuse2;
})(DefaultsSpecHttpReuse || {});
var DefaultsSpecHttpUseProxyHeader = /* @__PURE__ */ ((DefaultsSpecHttpUseProxyHeader2) => {
  DefaultsSpecHttpUseProxyHeader2["ENABLED"] = "enabled";
  DefaultsSpecHttpUseProxyHeader2["DISABLED"] = "disabled";
  return DefaultsSpecHttpUseProxyHeader2;
})(DefaultsSpecHttpUseProxyHeader || {});
function toJson_DefaultsSpecHttpchkParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "host": obj.host,
    "method": obj.method,
    "uri": obj.uri,
    "version": obj.version
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpslog = /* @__PURE__ */ ((DefaultsSpecHttpslog2) => {
  DefaultsSpecHttpslog2["ENABLED"] = "enabled";
  DefaultsSpecHttpslog2["DISABLED"] = "disabled";
  return DefaultsSpecHttpslog2;
})(DefaultsSpecHttpslog || {});
var DefaultsSpecIdleCloseOnResponse = /* @__PURE__ */ ((DefaultsSpecIdleCloseOnResponse2) => {
  DefaultsSpecIdleCloseOnResponse2["ENABLED"] = "enabled";
  DefaultsSpecIdleCloseOnResponse2["DISABLED"] = "disabled";
  return DefaultsSpecIdleCloseOnResponse2;
})(DefaultsSpecIdleCloseOnResponse || {});
var DefaultsSpecIndependentStreams = /* @__PURE__ */ ((DefaultsSpecIndependentStreams2) => {
  DefaultsSpecIndependentStreams2["ENABLED"] = "enabled";
  DefaultsSpecIndependentStreams2["DISABLED"] = "disabled";
  return DefaultsSpecIndependentStreams2;
})(DefaultsSpecIndependentStreams || {});
var DefaultsSpecLoadServerStateFromFile = /* @__PURE__ */ ((DefaultsSpecLoadServerStateFromFile2) => {
  DefaultsSpecLoadServerStateFromFile2["GLOBAL"] = "global";
  DefaultsSpecLoadServerStateFromFile2["LOCAL"] = "local";
  DefaultsSpecLoadServerStateFromFile2["NONE"] = "none";
  return DefaultsSpecLoadServerStateFromFile2;
})(DefaultsSpecLoadServerStateFromFile || {});
var DefaultsSpecLogHealthChecks = /* @__PURE__ */ ((DefaultsSpecLogHealthChecks2) => {
  DefaultsSpecLogHealthChecks2["ENABLED"] = "enabled";
  DefaultsSpecLogHealthChecks2["DISABLED"] = "disabled";
  return DefaultsSpecLogHealthChecks2;
})(DefaultsSpecLogHealthChecks || {});
var DefaultsSpecLogSeparateErrors = /* @__PURE__ */ ((DefaultsSpecLogSeparateErrors2) => {
  DefaultsSpecLogSeparateErrors2["ENABLED"] = "enabled";
  DefaultsSpecLogSeparateErrors2["DISABLED"] = "disabled";
  return DefaultsSpecLogSeparateErrors2;
})(DefaultsSpecLogSeparateErrors || {});
function toJson_DefaultsSpecLogTargetList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "facility": obj.facility,
    "format": obj.format,
    "global": obj.global,
    "length": obj.length,
    "level": obj.level,
    "metadata": obj.metadata,
    "minlevel": obj.minlevel,
    "nolog": obj.nolog,
    "profile": obj.profile,
    "sample_range": obj.sampleRange,
    "sample_size": obj.sampleSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecLogasap = /* @__PURE__ */ ((DefaultsSpecLogasap2) => {
  DefaultsSpecLogasap2["ENABLED"] = "enabled";
  DefaultsSpecLogasap2["DISABLED"] = "disabled";
  return DefaultsSpecLogasap2;
})(DefaultsSpecLogasap || {});
var DefaultsSpecMode = /* @__PURE__ */ ((DefaultsSpecMode2) => {
  DefaultsSpecMode2["TCP"] = "tcp";
  DefaultsSpecMode2["HTTP"] = "http";
  DefaultsSpecMode2["LOG"] = "log";
  return DefaultsSpecMode2;
})(DefaultsSpecMode || {});
function toJson_DefaultsSpecMysqlCheckParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "client_version": obj.clientVersion,
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecNolinger = /* @__PURE__ */ ((DefaultsSpecNolinger2) => {
  DefaultsSpecNolinger2["ENABLED"] = "enabled";
  DefaultsSpecNolinger2["DISABLED"] = "disabled";
  return DefaultsSpecNolinger2;
})(DefaultsSpecNolinger || {});
function toJson_DefaultsSpecOriginalto(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecPersist = /* @__PURE__ */ ((DefaultsSpecPersist2) => {
  DefaultsSpecPersist2["ENABLED"] = "enabled";
  DefaultsSpecPersist2["DISABLED"] = "disabled";
  return DefaultsSpecPersist2;
})(DefaultsSpecPersist || {});
function toJson_DefaultsSpecPersistRule(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "rdp_cookie_name": obj.rdpCookieName,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecPgsqlCheckParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "username": obj.username
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecPreferLastServer = /* @__PURE__ */ ((DefaultsSpecPreferLastServer2) => {
  DefaultsSpecPreferLastServer2["ENABLED"] = "enabled";
  DefaultsSpecPreferLastServer2["DISABLED"] = "disabled";
  return DefaultsSpecPreferLastServer2;
})(DefaultsSpecPreferLastServer || {});
function toJson_DefaultsSpecQuicInitialRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecRedispatch(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "interval": obj.interval
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecSmtpchkParams(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "domain": obj.domain,
    "hello": obj.hello
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecSocketStats = /* @__PURE__ */ ((DefaultsSpecSocketStats2) => {
  DefaultsSpecSocketStats2["ENABLED"] = "enabled";
  DefaultsSpecSocketStats2["DISABLED"] = "disabled";
  return DefaultsSpecSocketStats2;
})(DefaultsSpecSocketStats || {});
function toJson_DefaultsSpecSource(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "address_second": obj.addressSecond,
    "hdr": obj.hdr,
    "interface": obj.interface,
    "occ": obj.occ,
    "port": obj.port,
    "port_second": obj.portSecond,
    "usesrc": obj.usesrc
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecSpliceAuto = /* @__PURE__ */ ((DefaultsSpecSpliceAuto2) => {
  DefaultsSpecSpliceAuto2["ENABLED"] = "enabled";
  DefaultsSpecSpliceAuto2["DISABLED"] = "disabled";
  return DefaultsSpecSpliceAuto2;
})(DefaultsSpecSpliceAuto || {});
var DefaultsSpecSpliceRequest = /* @__PURE__ */ ((DefaultsSpecSpliceRequest2) => {
  DefaultsSpecSpliceRequest2["ENABLED"] = "enabled";
  DefaultsSpecSpliceRequest2["DISABLED"] = "disabled";
  return DefaultsSpecSpliceRequest2;
})(DefaultsSpecSpliceRequest || {});
var DefaultsSpecSpliceResponse = /* @__PURE__ */ ((DefaultsSpecSpliceResponse2) => {
  DefaultsSpecSpliceResponse2["ENABLED"] = "enabled";
  DefaultsSpecSpliceResponse2["DISABLED"] = "disabled";
  return DefaultsSpecSpliceResponse2;
})(DefaultsSpecSpliceResponse || {});
var DefaultsSpecSrvtcpka = /* @__PURE__ */ ((DefaultsSpecSrvtcpka2) => {
  DefaultsSpecSrvtcpka2["ENABLED"] = "enabled";
  DefaultsSpecSrvtcpka2["DISABLED"] = "disabled";
  return DefaultsSpecSrvtcpka2;
})(DefaultsSpecSrvtcpka || {});
function toJson_DefaultsSpecStatsOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "stats_admin": obj.statsAdmin,
    "stats_admin_cond": obj.statsAdminCond,
    "stats_admin_cond_test": obj.statsAdminCondTest,
    "stats_auths": obj.statsAuths?.map((y) => toJson_DefaultsSpecStatsOptionsStatsAuths(y)),
    "stats_enable": obj.statsEnable,
    "stats_hide_version": obj.statsHideVersion,
    "stats_http_requests": obj.statsHttpRequests?.map((y) => toJson_DefaultsSpecStatsOptionsStatsHttpRequests(y)),
    "stats_maxconn": obj.statsMaxconn,
    "stats_realm": obj.statsRealm,
    "stats_realm_realm": obj.statsRealmRealm,
    "stats_refresh_delay": obj.statsRefreshDelay,
    "stats_show_desc": obj.statsShowDesc,
    "stats_show_legends": obj.statsShowLegends,
    "stats_show_modules": obj.statsShowModules,
    "stats_show_node_name": obj.statsShowNodeName,
    "stats_uri_prefix": obj.statsUriPrefix
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecTcpCheckRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "addr": obj.addr,
    "alpn": obj.alpn,
    "check_comment": obj.checkComment,
    "data": obj.data,
    "default": obj.default,
    "error_status": obj.errorStatus,
    "exclamation_mark": obj.exclamationMark,
    "fmt": obj.fmt,
    "hex_fmt": obj.hexFmt,
    "hex_string": obj.hexString,
    "linger": obj.linger,
    "match": obj.match,
    "metadata": obj.metadata,
    "min_recv": obj.minRecv,
    "ok_status": obj.okStatus,
    "on_error": obj.onError,
    "on_success": obj.onSuccess,
    "pattern": obj.pattern,
    "port": obj.port,
    "port_string": obj.portString,
    "proto": obj.proto,
    "send_proxy": obj.sendProxy,
    "sni": obj.sni,
    "ssl": obj.ssl,
    "status-code": obj.statusCode,
    "tout_status": obj.toutStatus,
    "var_expr": obj.varExpr,
    "var_fmt": obj.varFmt,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "via_socks4": obj.viaSocks4
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecTcpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "gpt_value": obj.gptValue,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "resolve_protocol": obj.resolveProtocol,
    "resolve_resolvers": obj.resolveResolvers,
    "resolve_var": obj.resolveVar,
    "rst_ttl": obj.rstTtl,
    "sc_idx": obj.scIdx,
    "sc_inc_id": obj.scIncId,
    "sc_int": obj.scInt,
    "server_name": obj.serverName,
    "service_name": obj.serviceName,
    "spoe_engine_name": obj.spoeEngineName,
    "spoe_group_name": obj.spoeGroupName,
    "switch_mode_proto": obj.switchModeProto,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "track_key": obj.trackKey,
    "track_stick_counter": obj.trackStickCounter,
    "track_table": obj.trackTable,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecTcpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecTcpSmartAccept = /* @__PURE__ */ ((DefaultsSpecTcpSmartAccept2) => {
  DefaultsSpecTcpSmartAccept2["ENABLED"] = "enabled";
  DefaultsSpecTcpSmartAccept2["DISABLED"] = "disabled";
  return DefaultsSpecTcpSmartAccept2;
})(DefaultsSpecTcpSmartAccept || {});
var DefaultsSpecTcpSmartConnect = /* @__PURE__ */ ((DefaultsSpecTcpSmartConnect2) => {
  DefaultsSpecTcpSmartConnect2["ENABLED"] = "enabled";
  DefaultsSpecTcpSmartConnect2["DISABLED"] = "disabled";
  return DefaultsSpecTcpSmartConnect2;
})(DefaultsSpecTcpSmartConnect || {});
var DefaultsSpecTcpka = /* @__PURE__ */ ((DefaultsSpecTcpka2) => {
  DefaultsSpecTcpka2["ENABLED"] = "enabled";
  DefaultsSpecTcpka2["DISABLED"] = "disabled";
  return DefaultsSpecTcpka2;
})(DefaultsSpecTcpka || {});
var DefaultsSpecTransparent = /* @__PURE__ */ ((DefaultsSpecTransparent2) => {
  DefaultsSpecTransparent2["ENABLED"] = "enabled";
  DefaultsSpecTransparent2["DISABLED"] = "disabled";
  return DefaultsSpecTransparent2;
})(DefaultsSpecTransparent || {});
var DefaultsSpecBalanceAlgorithm = /* @__PURE__ */ ((DefaultsSpecBalanceAlgorithm2) => {
  DefaultsSpecBalanceAlgorithm2["FIRST"] = "first";
  DefaultsSpecBalanceAlgorithm2["HASH"] = "hash";
  DefaultsSpecBalanceAlgorithm2["HDR"] = "hdr";
  DefaultsSpecBalanceAlgorithm2["LEASTCONN"] = "leastconn";
  DefaultsSpecBalanceAlgorithm2["RANDOM"] = "random";
  DefaultsSpecBalanceAlgorithm2["RDP_HYPHEN_COOKIE"] = "rdp-cookie";
  DefaultsSpecBalanceAlgorithm2["ROUNDROBIN"] = "roundrobin";
  DefaultsSpecBalanceAlgorithm2["SOURCE"] = "source";
  DefaultsSpecBalanceAlgorithm2["STATIC_HYPHEN_RR"] = "static-rr";
  DefaultsSpecBalanceAlgorithm2["URI"] = "uri";
  DefaultsSpecBalanceAlgorithm2["URL_UNDERSCORE_PARAM"] = "url_param";
  return DefaultsSpecBalanceAlgorithm2;
})(DefaultsSpecBalanceAlgorithm || {});
var DefaultsSpecCompressionAlgoReq = /* @__PURE__ */ ((DefaultsSpecCompressionAlgoReq2) => {
  DefaultsSpecCompressionAlgoReq2["IDENTITY"] = "identity";
  DefaultsSpecCompressionAlgoReq2["GZIP"] = "gzip";
  DefaultsSpecCompressionAlgoReq2["DEFLATE"] = "deflate";
  DefaultsSpecCompressionAlgoReq2["RAW_HYPHEN_DEFLATE"] = "raw-deflate";
  return DefaultsSpecCompressionAlgoReq2;
})(DefaultsSpecCompressionAlgoReq || {});
var DefaultsSpecCompressionDirection = /* @__PURE__ */ ((DefaultsSpecCompressionDirection2) => {
  DefaultsSpecCompressionDirection2["REQUEST"] = "request";
  DefaultsSpecCompressionDirection2["RESPONSE"] = "response";
  DefaultsSpecCompressionDirection2["BOTH"] = "both";
  return DefaultsSpecCompressionDirection2;
})(DefaultsSpecCompressionDirection || {});
function toJson_DefaultsSpecCookieAttr(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecCookieDomain(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecCookieType = /* @__PURE__ */ ((DefaultsSpecCookieType2) => {
  DefaultsSpecCookieType2["REWRITE"] = "rewrite";
  DefaultsSpecCookieType2["INSERT"] = "insert";
  DefaultsSpecCookieType2["PREFIX"] = "prefix";
  return DefaultsSpecCookieType2;
})(DefaultsSpecCookieType || {});
var DefaultsSpecDefaultServerAgentCheck = /* @__PURE__ */ ((DefaultsSpecDefaultServerAgentCheck2) => {
  DefaultsSpecDefaultServerAgentCheck2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerAgentCheck2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerAgentCheck2;
})(DefaultsSpecDefaultServerAgentCheck || {});
var DefaultsSpecDefaultServerBackup = /* @__PURE__ */ ((DefaultsSpecDefaultServerBackup2) => {
  DefaultsSpecDefaultServerBackup2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerBackup2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerBackup2;
})(DefaultsSpecDefaultServerBackup || {});
var DefaultsSpecDefaultServerCheck = /* @__PURE__ */ ((DefaultsSpecDefaultServerCheck2) => {
  DefaultsSpecDefaultServerCheck2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerCheck2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerCheck2;
})(DefaultsSpecDefaultServerCheck || {});
var DefaultsSpecDefaultServerCheckReusePool = /* @__PURE__ */ ((DefaultsSpecDefaultServerCheckReusePool2) => {
  DefaultsSpecDefaultServerCheckReusePool2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerCheckReusePool2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerCheckReusePool2;
})(DefaultsSpecDefaultServerCheckReusePool || {});
var DefaultsSpecDefaultServerCheckSendProxy = /* @__PURE__ */ ((DefaultsSpecDefaultServerCheckSendProxy2) => {
  DefaultsSpecDefaultServerCheckSendProxy2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerCheckSendProxy2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerCheckSendProxy2;
})(DefaultsSpecDefaultServerCheckSendProxy || {});
var DefaultsSpecDefaultServerCheckSsl = /* @__PURE__ */ ((DefaultsSpecDefaultServerCheckSsl2) => {
  DefaultsSpecDefaultServerCheckSsl2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerCheckSsl2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerCheckSsl2;
})(DefaultsSpecDefaultServerCheckSsl || {});
var DefaultsSpecDefaultServerCheckViaSocks4 = /* @__PURE__ */ ((DefaultsSpecDefaultServerCheckViaSocks42) => {
  DefaultsSpecDefaultServerCheckViaSocks42["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerCheckViaSocks42["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerCheckViaSocks42;
})(DefaultsSpecDefaultServerCheckViaSocks4 || {});
var DefaultsSpecDefaultServerForceSslv3 = /* @__PURE__ */ ((DefaultsSpecDefaultServerForceSslv32) => {
  DefaultsSpecDefaultServerForceSslv32["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerForceSslv32["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerForceSslv32;
})(DefaultsSpecDefaultServerForceSslv3 || {});
var DefaultsSpecDefaultServerForceTlsv10 = /* @__PURE__ */ ((DefaultsSpecDefaultServerForceTlsv102) => {
  DefaultsSpecDefaultServerForceTlsv102["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerForceTlsv102["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerForceTlsv102;
})(DefaultsSpecDefaultServerForceTlsv10 || {});
var DefaultsSpecDefaultServerForceTlsv11 = /* @__PURE__ */ ((DefaultsSpecDefaultServerForceTlsv112) => {
  DefaultsSpecDefaultServerForceTlsv112["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerForceTlsv112["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerForceTlsv112;
})(DefaultsSpecDefaultServerForceTlsv11 || {});
var DefaultsSpecDefaultServerForceTlsv12 = /* @__PURE__ */ ((DefaultsSpecDefaultServerForceTlsv122) => {
  DefaultsSpecDefaultServerForceTlsv122["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerForceTlsv122["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerForceTlsv122;
})(DefaultsSpecDefaultServerForceTlsv12 || {});
var DefaultsSpecDefaultServerForceTlsv13 = /* @__PURE__ */ ((DefaultsSpecDefaultServerForceTlsv132) => {
  DefaultsSpecDefaultServerForceTlsv132["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerForceTlsv132["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerForceTlsv132;
})(DefaultsSpecDefaultServerForceTlsv13 || {});
var DefaultsSpecDefaultServerInitState = /* @__PURE__ */ ((DefaultsSpecDefaultServerInitState2) => {
  DefaultsSpecDefaultServerInitState2["FULLY_HYPHEN_UP"] = "fully-up";
  DefaultsSpecDefaultServerInitState2["UP"] = "up";
  DefaultsSpecDefaultServerInitState2["DOWN"] = "down";
  DefaultsSpecDefaultServerInitState2["FULLY_HYPHEN_DOWN"] = "fully-down";
  return DefaultsSpecDefaultServerInitState2;
})(DefaultsSpecDefaultServerInitState || {});
var DefaultsSpecDefaultServerLogProto = /* @__PURE__ */ ((DefaultsSpecDefaultServerLogProto2) => {
  DefaultsSpecDefaultServerLogProto2["LEGACY"] = "legacy";
  DefaultsSpecDefaultServerLogProto2["OCTET_HYPHEN_COUNT"] = "octet-count";
  return DefaultsSpecDefaultServerLogProto2;
})(DefaultsSpecDefaultServerLogProto || {});
var DefaultsSpecDefaultServerMaintenance = /* @__PURE__ */ ((DefaultsSpecDefaultServerMaintenance2) => {
  DefaultsSpecDefaultServerMaintenance2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerMaintenance2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerMaintenance2;
})(DefaultsSpecDefaultServerMaintenance || {});
var DefaultsSpecDefaultServerNoSslv3 = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoSslv32) => {
  DefaultsSpecDefaultServerNoSslv32["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoSslv32["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoSslv32;
})(DefaultsSpecDefaultServerNoSslv3 || {});
var DefaultsSpecDefaultServerNoTlsv10 = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoTlsv102) => {
  DefaultsSpecDefaultServerNoTlsv102["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoTlsv102["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoTlsv102;
})(DefaultsSpecDefaultServerNoTlsv10 || {});
var DefaultsSpecDefaultServerNoTlsv11 = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoTlsv112) => {
  DefaultsSpecDefaultServerNoTlsv112["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoTlsv112["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoTlsv112;
})(DefaultsSpecDefaultServerNoTlsv11 || {});
var DefaultsSpecDefaultServerNoTlsv12 = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoTlsv122) => {
  DefaultsSpecDefaultServerNoTlsv122["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoTlsv122["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoTlsv122;
})(DefaultsSpecDefaultServerNoTlsv12 || {});
var DefaultsSpecDefaultServerNoTlsv13 = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoTlsv132) => {
  DefaultsSpecDefaultServerNoTlsv132["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoTlsv132["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoTlsv132;
})(DefaultsSpecDefaultServerNoTlsv13 || {});
var DefaultsSpecDefaultServerNoVerifyhost = /* @__PURE__ */ ((DefaultsSpecDefaultServerNoVerifyhost2) => {
  DefaultsSpecDefaultServerNoVerifyhost2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerNoVerifyhost2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerNoVerifyhost2;
})(DefaultsSpecDefaultServerNoVerifyhost || {});
var DefaultsSpecDefaultServerObserve = /* @__PURE__ */ ((DefaultsSpecDefaultServerObserve2) => {
  DefaultsSpecDefaultServerObserve2["LAYER4"] = "layer4";
  DefaultsSpecDefaultServerObserve2["LAYER7"] = "layer7";
  return DefaultsSpecDefaultServerObserve2;
})(DefaultsSpecDefaultServerObserve || {});
var DefaultsSpecDefaultServerOnError = /* @__PURE__ */ ((DefaultsSpecDefaultServerOnError2) => {
  DefaultsSpecDefaultServerOnError2["FASTINTER"] = "fastinter";
  DefaultsSpecDefaultServerOnError2["FAIL_HYPHEN_CHECK"] = "fail-check";
  DefaultsSpecDefaultServerOnError2["SUDDEN_HYPHEN_DEATH"] = "sudden-death";
  DefaultsSpecDefaultServerOnError2["MARK_HYPHEN_DOWN"] = "mark-down";
  return DefaultsSpecDefaultServerOnError2;
})(DefaultsSpecDefaultServerOnError || {});
var DefaultsSpecDefaultServerOnMarkedDown = /* @__PURE__ */ ((DefaultsSpecDefaultServerOnMarkedDown2) => {
  DefaultsSpecDefaultServerOnMarkedDown2["SHUTDOWN_HYPHEN_SESSIONS"] = "shutdown-sessions";
  return DefaultsSpecDefaultServerOnMarkedDown2;
})(DefaultsSpecDefaultServerOnMarkedDown || {});
var DefaultsSpecDefaultServerOnMarkedUp = /* @__PURE__ */ ((DefaultsSpecDefaultServerOnMarkedUp2) => {
  DefaultsSpecDefaultServerOnMarkedUp2["SHUTDOWN_HYPHEN_BACKUP_HYPHEN_SESSIONS"] = "shutdown-backup-sessions";
  return DefaultsSpecDefaultServerOnMarkedUp2;
})(DefaultsSpecDefaultServerOnMarkedUp || {});
var DefaultsSpecDefaultServerResolvePrefer = /* @__PURE__ */ ((DefaultsSpecDefaultServerResolvePrefer2) => {
  DefaultsSpecDefaultServerResolvePrefer2["IPV4"] = "ipv4";
  DefaultsSpecDefaultServerResolvePrefer2["IPV6"] = "ipv6";
  return DefaultsSpecDefaultServerResolvePrefer2;
})(DefaultsSpecDefaultServerResolvePrefer || {});
var DefaultsSpecDefaultServerSendProxy = /* @__PURE__ */ ((DefaultsSpecDefaultServerSendProxy2) => {
  DefaultsSpecDefaultServerSendProxy2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSendProxy2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSendProxy2;
})(DefaultsSpecDefaultServerSendProxy || {});
var DefaultsSpecDefaultServerSendProxyV2 = /* @__PURE__ */ ((DefaultsSpecDefaultServerSendProxyV22) => {
  DefaultsSpecDefaultServerSendProxyV22["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSendProxyV22["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSendProxyV22;
})(DefaultsSpecDefaultServerSendProxyV2 || {});
var DefaultsSpecDefaultServerSendProxyV2Ssl = /* @__PURE__ */ ((DefaultsSpecDefaultServerSendProxyV2Ssl2) => {
  DefaultsSpecDefaultServerSendProxyV2Ssl2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSendProxyV2Ssl2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSendProxyV2Ssl2;
})(DefaultsSpecDefaultServerSendProxyV2Ssl || {});
var DefaultsSpecDefaultServerSendProxyV2SslCn = /* @__PURE__ */ ((DefaultsSpecDefaultServerSendProxyV2SslCn2) => {
  DefaultsSpecDefaultServerSendProxyV2SslCn2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSendProxyV2SslCn2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSendProxyV2SslCn2;
})(DefaultsSpecDefaultServerSendProxyV2SslCn || {});
function toJson_DefaultsSpecDefaultServerSetProxyV2TlvFmt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "id": obj.id,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecDefaultServerSsl = /* @__PURE__ */ ((DefaultsSpecDefaultServerSsl2) => {
  DefaultsSpecDefaultServerSsl2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSsl2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSsl2;
})(DefaultsSpecDefaultServerSsl || {});
var DefaultsSpecDefaultServerSslMaxVer = /* @__PURE__ */ ((DefaultsSpecDefaultServerSslMaxVer2) => {
  DefaultsSpecDefaultServerSslMaxVer2["SS_LV3"] = "SSLv3";
  DefaultsSpecDefaultServerSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  DefaultsSpecDefaultServerSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  DefaultsSpecDefaultServerSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  DefaultsSpecDefaultServerSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return DefaultsSpecDefaultServerSslMaxVer2;
})(DefaultsSpecDefaultServerSslMaxVer || {});
var DefaultsSpecDefaultServerSslMinVer = /* @__PURE__ */ ((DefaultsSpecDefaultServerSslMinVer2) => {
  DefaultsSpecDefaultServerSslMinVer2["SS_LV3"] = "SSLv3";
  DefaultsSpecDefaultServerSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  DefaultsSpecDefaultServerSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  DefaultsSpecDefaultServerSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  DefaultsSpecDefaultServerSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return DefaultsSpecDefaultServerSslMinVer2;
})(DefaultsSpecDefaultServerSslMinVer || {});
var DefaultsSpecDefaultServerSslReuse = /* @__PURE__ */ ((DefaultsSpecDefaultServerSslReuse2) => {
  DefaultsSpecDefaultServerSslReuse2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSslReuse2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSslReuse2;
})(DefaultsSpecDefaultServerSslReuse || {});
var DefaultsSpecDefaultServerSslv3 = /* @__PURE__ */ ((DefaultsSpecDefaultServerSslv32) => {
  DefaultsSpecDefaultServerSslv32["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerSslv32["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerSslv32;
})(DefaultsSpecDefaultServerSslv3 || {});
var DefaultsSpecDefaultServerStick = /* @__PURE__ */ ((DefaultsSpecDefaultServerStick2) => {
  DefaultsSpecDefaultServerStick2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerStick2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerStick2;
})(DefaultsSpecDefaultServerStick || {});
var DefaultsSpecDefaultServerTfo = /* @__PURE__ */ ((DefaultsSpecDefaultServerTfo2) => {
  DefaultsSpecDefaultServerTfo2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTfo2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTfo2;
})(DefaultsSpecDefaultServerTfo || {});
var DefaultsSpecDefaultServerTlsTickets = /* @__PURE__ */ ((DefaultsSpecDefaultServerTlsTickets2) => {
  DefaultsSpecDefaultServerTlsTickets2["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTlsTickets2["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTlsTickets2;
})(DefaultsSpecDefaultServerTlsTickets || {});
var DefaultsSpecDefaultServerTlsv10 = /* @__PURE__ */ ((DefaultsSpecDefaultServerTlsv102) => {
  DefaultsSpecDefaultServerTlsv102["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTlsv102["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTlsv102;
})(DefaultsSpecDefaultServerTlsv10 || {});
var DefaultsSpecDefaultServerTlsv11 = /* @__PURE__ */ ((DefaultsSpecDefaultServerTlsv112) => {
  DefaultsSpecDefaultServerTlsv112["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTlsv112["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTlsv112;
})(DefaultsSpecDefaultServerTlsv11 || {});
var DefaultsSpecDefaultServerTlsv12 = /* @__PURE__ */ ((DefaultsSpecDefaultServerTlsv122) => {
  DefaultsSpecDefaultServerTlsv122["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTlsv122["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTlsv122;
})(DefaultsSpecDefaultServerTlsv12 || {});
var DefaultsSpecDefaultServerTlsv13 = /* @__PURE__ */ ((DefaultsSpecDefaultServerTlsv132) => {
  DefaultsSpecDefaultServerTlsv132["ENABLED"] = "enabled";
  DefaultsSpecDefaultServerTlsv132["DISABLED"] = "disabled";
  return DefaultsSpecDefaultServerTlsv132;
})(DefaultsSpecDefaultServerTlsv13 || {});
var DefaultsSpecDefaultServerVerify = /* @__PURE__ */ ((DefaultsSpecDefaultServerVerify2) => {
  DefaultsSpecDefaultServerVerify2["NONE"] = "none";
  DefaultsSpecDefaultServerVerify2["REQUIRED"] = "required";
  return DefaultsSpecDefaultServerVerify2;
})(DefaultsSpecDefaultServerVerify || {});
var DefaultsSpecDefaultServerWs = /* @__PURE__ */ ((DefaultsSpecDefaultServerWs2) => {
  DefaultsSpecDefaultServerWs2["AUTO"] = "auto";
  DefaultsSpecDefaultServerWs2["H1"] = "h1";
  DefaultsSpecDefaultServerWs2["H2"] = "h2";
  return DefaultsSpecDefaultServerWs2;
})(DefaultsSpecDefaultServerWs || {});
var DefaultsSpecEmailAlertLevel = /* @__PURE__ */ ((DefaultsSpecEmailAlertLevel2) => {
  DefaultsSpecEmailAlertLevel2["EMERG"] = "emerg";
  DefaultsSpecEmailAlertLevel2["ALERT"] = "alert";
  DefaultsSpecEmailAlertLevel2["CRIT"] = "crit";
  DefaultsSpecEmailAlertLevel2["ERR"] = "err";
  DefaultsSpecEmailAlertLevel2["WARNING"] = "warning";
  DefaultsSpecEmailAlertLevel2["NOTICE"] = "notice";
  DefaultsSpecEmailAlertLevel2["INFO"] = "info";
  DefaultsSpecEmailAlertLevel2["DEBUG"] = "debug";
  return DefaultsSpecEmailAlertLevel2;
})(DefaultsSpecEmailAlertLevel || {});
var DefaultsSpecErrorFilesCode = /* @__PURE__ */ ((DefaultsSpecErrorFilesCode2) => {
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_200"] = 200] = "VALUE_200";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_400"] = 400] = "VALUE_400";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_401"] = 401] = "VALUE_401";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_403"] = 403] = "VALUE_403";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_404"] = 404] = "VALUE_404";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_405"] = 405] = "VALUE_405";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_407"] = 407] = "VALUE_407";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_408"] = 408] = "VALUE_408";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_410"] = 410] = "VALUE_410";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_413"] = 413] = "VALUE_413";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_425"] = 425] = "VALUE_425";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_429"] = 429] = "VALUE_429";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_500"] = 500] = "VALUE_500";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_501"] = 501] = "VALUE_501";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_502"] = 502] = "VALUE_502";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_503"] = 503] = "VALUE_503";
  DefaultsSpecErrorFilesCode2[DefaultsSpecErrorFilesCode2["VALUE_504"] = 504] = "VALUE_504";
  return DefaultsSpecErrorFilesCode2;
})(DefaultsSpecErrorFilesCode || {});
var DefaultsSpecErrorloc302Code = /* @__PURE__ */ ((DefaultsSpecErrorloc302Code2) => {
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_200"] = 200] = "VALUE_200";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_400"] = 400] = "VALUE_400";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_401"] = 401] = "VALUE_401";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_403"] = 403] = "VALUE_403";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_404"] = 404] = "VALUE_404";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_405"] = 405] = "VALUE_405";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_407"] = 407] = "VALUE_407";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_408"] = 408] = "VALUE_408";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_410"] = 410] = "VALUE_410";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_413"] = 413] = "VALUE_413";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_425"] = 425] = "VALUE_425";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_429"] = 429] = "VALUE_429";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_500"] = 500] = "VALUE_500";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_501"] = 501] = "VALUE_501";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_502"] = 502] = "VALUE_502";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_503"] = 503] = "VALUE_503";
  DefaultsSpecErrorloc302Code2[DefaultsSpecErrorloc302Code2["VALUE_504"] = 504] = "VALUE_504";
  return DefaultsSpecErrorloc302Code2;
})(DefaultsSpecErrorloc302Code || {});
var DefaultsSpecErrorloc303Code = /* @__PURE__ */ ((DefaultsSpecErrorloc303Code2) => {
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_200"] = 200] = "VALUE_200";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_400"] = 400] = "VALUE_400";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_401"] = 401] = "VALUE_401";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_403"] = 403] = "VALUE_403";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_404"] = 404] = "VALUE_404";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_405"] = 405] = "VALUE_405";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_407"] = 407] = "VALUE_407";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_408"] = 408] = "VALUE_408";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_410"] = 410] = "VALUE_410";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_413"] = 413] = "VALUE_413";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_425"] = 425] = "VALUE_425";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_429"] = 429] = "VALUE_429";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_500"] = 500] = "VALUE_500";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_501"] = 501] = "VALUE_501";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_502"] = 502] = "VALUE_502";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_503"] = 503] = "VALUE_503";
  DefaultsSpecErrorloc303Code2[DefaultsSpecErrorloc303Code2["VALUE_504"] = 504] = "VALUE_504";
  return DefaultsSpecErrorloc303Code2;
})(DefaultsSpecErrorloc303Code || {});
var DefaultsSpecForwardforEnabled = /* @__PURE__ */ ((DefaultsSpecForwardforEnabled2) => {
  DefaultsSpecForwardforEnabled2["ENABLED"] = "enabled";
  return DefaultsSpecForwardforEnabled2;
})(DefaultsSpecForwardforEnabled || {});
var DefaultsSpecHashTypeFunction = /* @__PURE__ */ ((DefaultsSpecHashTypeFunction2) => {
  DefaultsSpecHashTypeFunction2["SDBM"] = "sdbm";
  DefaultsSpecHashTypeFunction2["DJB2"] = "djb2";
  DefaultsSpecHashTypeFunction2["WT6"] = "wt6";
  DefaultsSpecHashTypeFunction2["CRC32"] = "crc32";
  DefaultsSpecHashTypeFunction2["NONE"] = "none";
  return DefaultsSpecHashTypeFunction2;
})(DefaultsSpecHashTypeFunction || {});
var DefaultsSpecHashTypeMethod = /* @__PURE__ */ ((DefaultsSpecHashTypeMethod2) => {
  DefaultsSpecHashTypeMethod2["MAP_HYPHEN_BASED"] = "map-based";
  DefaultsSpecHashTypeMethod2["CONSISTENT"] = "consistent";
  return DefaultsSpecHashTypeMethod2;
})(DefaultsSpecHashTypeMethod || {});
var DefaultsSpecHashTypeModifier = /* @__PURE__ */ ((DefaultsSpecHashTypeModifier2) => {
  DefaultsSpecHashTypeModifier2["AVALANCHE"] = "avalanche";
  return DefaultsSpecHashTypeModifier2;
})(DefaultsSpecHashTypeModifier || {});
var DefaultsSpecHttpAfterResponseRuleListCond = /* @__PURE__ */ ((DefaultsSpecHttpAfterResponseRuleListCond2) => {
  DefaultsSpecHttpAfterResponseRuleListCond2["IF"] = "if";
  DefaultsSpecHttpAfterResponseRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecHttpAfterResponseRuleListCond2;
})(DefaultsSpecHttpAfterResponseRuleListCond || {});
var DefaultsSpecHttpAfterResponseRuleListLogLevel = /* @__PURE__ */ ((DefaultsSpecHttpAfterResponseRuleListLogLevel2) => {
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["EMERG"] = "emerg";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["ALERT"] = "alert";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["CRIT"] = "crit";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["ERR"] = "err";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["WARNING"] = "warning";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["NOTICE"] = "notice";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["INFO"] = "info";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["DEBUG"] = "debug";
  DefaultsSpecHttpAfterResponseRuleListLogLevel2["SILENT"] = "silent";
  return DefaultsSpecHttpAfterResponseRuleListLogLevel2;
})(DefaultsSpecHttpAfterResponseRuleListLogLevel || {});
var DefaultsSpecHttpAfterResponseRuleListStrictMode = /* @__PURE__ */ ((DefaultsSpecHttpAfterResponseRuleListStrictMode2) => {
  DefaultsSpecHttpAfterResponseRuleListStrictMode2["ON"] = "on";
  DefaultsSpecHttpAfterResponseRuleListStrictMode2["OFF"] = "off";
  return DefaultsSpecHttpAfterResponseRuleListStrictMode2;
})(DefaultsSpecHttpAfterResponseRuleListStrictMode || {});
var DefaultsSpecHttpAfterResponseRuleListType = /* @__PURE__ */ ((DefaultsSpecHttpAfterResponseRuleListType2) => {
  DefaultsSpecHttpAfterResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  DefaultsSpecHttpAfterResponseRuleListType2["ALLOW"] = "allow";
  DefaultsSpecHttpAfterResponseRuleListType2["CAPTURE"] = "capture";
  DefaultsSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  DefaultsSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  DefaultsSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  DefaultsSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  DefaultsSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  DefaultsSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecHttpAfterResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  DefaultsSpecHttpAfterResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  DefaultsSpecHttpAfterResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return DefaultsSpecHttpAfterResponseRuleListType2;
})(DefaultsSpecHttpAfterResponseRuleListType || {});
var DefaultsSpecHttpCheckListErrorStatus = /* @__PURE__ */ ((DefaultsSpecHttpCheckListErrorStatus2) => {
  DefaultsSpecHttpCheckListErrorStatus2["L7_OKC"] = "L7OKC";
  DefaultsSpecHttpCheckListErrorStatus2["L7_RSP"] = "L7RSP";
  DefaultsSpecHttpCheckListErrorStatus2["L7_STS"] = "L7STS";
  DefaultsSpecHttpCheckListErrorStatus2["L6_RSP"] = "L6RSP";
  DefaultsSpecHttpCheckListErrorStatus2["L4_CON"] = "L4CON";
  return DefaultsSpecHttpCheckListErrorStatus2;
})(DefaultsSpecHttpCheckListErrorStatus || {});
function toJson_DefaultsSpecHttpCheckListHeaders(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpCheckListMatch = /* @__PURE__ */ ((DefaultsSpecHttpCheckListMatch2) => {
  DefaultsSpecHttpCheckListMatch2["STATUS"] = "status";
  DefaultsSpecHttpCheckListMatch2["RSTATUS"] = "rstatus";
  DefaultsSpecHttpCheckListMatch2["HDR"] = "hdr";
  DefaultsSpecHttpCheckListMatch2["FHDR"] = "fhdr";
  DefaultsSpecHttpCheckListMatch2["STRING"] = "string";
  DefaultsSpecHttpCheckListMatch2["RSTRING"] = "rstring";
  return DefaultsSpecHttpCheckListMatch2;
})(DefaultsSpecHttpCheckListMatch || {});
var DefaultsSpecHttpCheckListMethod = /* @__PURE__ */ ((DefaultsSpecHttpCheckListMethod2) => {
  DefaultsSpecHttpCheckListMethod2["HEAD"] = "HEAD";
  DefaultsSpecHttpCheckListMethod2["PUT"] = "PUT";
  DefaultsSpecHttpCheckListMethod2["POST"] = "POST";
  DefaultsSpecHttpCheckListMethod2["GET"] = "GET";
  DefaultsSpecHttpCheckListMethod2["TRACE"] = "TRACE";
  DefaultsSpecHttpCheckListMethod2["PATCH"] = "PATCH";
  DefaultsSpecHttpCheckListMethod2["DELETE"] = "DELETE";
  DefaultsSpecHttpCheckListMethod2["CONNECT"] = "CONNECT";
  DefaultsSpecHttpCheckListMethod2["OPTIONS"] = "OPTIONS";
  return DefaultsSpecHttpCheckListMethod2;
})(DefaultsSpecHttpCheckListMethod || {});
var DefaultsSpecHttpCheckListOkStatus = /* @__PURE__ */ ((DefaultsSpecHttpCheckListOkStatus2) => {
  DefaultsSpecHttpCheckListOkStatus2["L7_OK"] = "L7OK";
  DefaultsSpecHttpCheckListOkStatus2["L7_OKC"] = "L7OKC";
  DefaultsSpecHttpCheckListOkStatus2["L6_OK"] = "L6OK";
  DefaultsSpecHttpCheckListOkStatus2["L4_OK"] = "L4OK";
  return DefaultsSpecHttpCheckListOkStatus2;
})(DefaultsSpecHttpCheckListOkStatus || {});
var DefaultsSpecHttpCheckListToutStatus = /* @__PURE__ */ ((DefaultsSpecHttpCheckListToutStatus2) => {
  DefaultsSpecHttpCheckListToutStatus2["L7_TOUT"] = "L7TOUT";
  DefaultsSpecHttpCheckListToutStatus2["L6_TOUT"] = "L6TOUT";
  DefaultsSpecHttpCheckListToutStatus2["L4_TOUT"] = "L4TOUT";
  return DefaultsSpecHttpCheckListToutStatus2;
})(DefaultsSpecHttpCheckListToutStatus || {});
var DefaultsSpecHttpCheckListType = /* @__PURE__ */ ((DefaultsSpecHttpCheckListType2) => {
  DefaultsSpecHttpCheckListType2["COMMENT"] = "comment";
  DefaultsSpecHttpCheckListType2["CONNECT"] = "connect";
  DefaultsSpecHttpCheckListType2["DISABLE_HYPHEN_ON_HYPHEN_404"] = "disable-on-404";
  DefaultsSpecHttpCheckListType2["EXPECT"] = "expect";
  DefaultsSpecHttpCheckListType2["SEND"] = "send";
  DefaultsSpecHttpCheckListType2["SEND_HYPHEN_STATE"] = "send-state";
  DefaultsSpecHttpCheckListType2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecHttpCheckListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecHttpCheckListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  return DefaultsSpecHttpCheckListType2;
})(DefaultsSpecHttpCheckListType || {});
var DefaultsSpecHttpErrorRuleListReturnContentFormat = /* @__PURE__ */ ((DefaultsSpecHttpErrorRuleListReturnContentFormat2) => {
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["FILE"] = "file";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["STRING"] = "string";
  DefaultsSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return DefaultsSpecHttpErrorRuleListReturnContentFormat2;
})(DefaultsSpecHttpErrorRuleListReturnContentFormat || {});
function toJson_DefaultsSpecHttpErrorRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpErrorRuleListStatus = /* @__PURE__ */ ((DefaultsSpecHttpErrorRuleListStatus2) => {
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_200"] = 200] = "VALUE_200";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_400"] = 400] = "VALUE_400";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_401"] = 401] = "VALUE_401";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_403"] = 403] = "VALUE_403";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_404"] = 404] = "VALUE_404";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_405"] = 405] = "VALUE_405";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_407"] = 407] = "VALUE_407";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_408"] = 408] = "VALUE_408";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_410"] = 410] = "VALUE_410";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_413"] = 413] = "VALUE_413";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_425"] = 425] = "VALUE_425";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_429"] = 429] = "VALUE_429";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_500"] = 500] = "VALUE_500";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_501"] = 501] = "VALUE_501";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_502"] = 502] = "VALUE_502";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_503"] = 503] = "VALUE_503";
  DefaultsSpecHttpErrorRuleListStatus2[DefaultsSpecHttpErrorRuleListStatus2["VALUE_504"] = 504] = "VALUE_504";
  return DefaultsSpecHttpErrorRuleListStatus2;
})(DefaultsSpecHttpErrorRuleListStatus || {});
var DefaultsSpecHttpErrorRuleListType = /* @__PURE__ */ ((DefaultsSpecHttpErrorRuleListType2) => {
  DefaultsSpecHttpErrorRuleListType2["STATUS"] = "status";
  return DefaultsSpecHttpErrorRuleListType2;
})(DefaultsSpecHttpErrorRuleListType || {});
var DefaultsSpecHttpRequestRuleListCond = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListCond2) => {
  DefaultsSpecHttpRequestRuleListCond2["IF"] = "if";
  DefaultsSpecHttpRequestRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecHttpRequestRuleListCond2;
})(DefaultsSpecHttpRequestRuleListCond || {});
var DefaultsSpecHttpRequestRuleListLogLevel = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListLogLevel2) => {
  DefaultsSpecHttpRequestRuleListLogLevel2["EMERG"] = "emerg";
  DefaultsSpecHttpRequestRuleListLogLevel2["ALERT"] = "alert";
  DefaultsSpecHttpRequestRuleListLogLevel2["CRIT"] = "crit";
  DefaultsSpecHttpRequestRuleListLogLevel2["ERR"] = "err";
  DefaultsSpecHttpRequestRuleListLogLevel2["WARNING"] = "warning";
  DefaultsSpecHttpRequestRuleListLogLevel2["NOTICE"] = "notice";
  DefaultsSpecHttpRequestRuleListLogLevel2["INFO"] = "info";
  DefaultsSpecHttpRequestRuleListLogLevel2["DEBUG"] = "debug";
  DefaultsSpecHttpRequestRuleListLogLevel2["SILENT"] = "silent";
  return DefaultsSpecHttpRequestRuleListLogLevel2;
})(DefaultsSpecHttpRequestRuleListLogLevel || {});
var DefaultsSpecHttpRequestRuleListNormalizer = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListNormalizer2) => {
  DefaultsSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_ENCODE"] = "fragment-encode";
  DefaultsSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_STRIP"] = "fragment-strip";
  DefaultsSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_MERGE_HYPHEN_SLASHES"] = "path-merge-slashes";
  DefaultsSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOT"] = "path-strip-dot";
  DefaultsSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOTDOT"] = "path-strip-dotdot";
  DefaultsSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED"] = "percent-decode-unreserved";
  DefaultsSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE"] = "percent-to-uppercase";
  DefaultsSpecHttpRequestRuleListNormalizer2["QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME"] = "query-sort-by-name";
  return DefaultsSpecHttpRequestRuleListNormalizer2;
})(DefaultsSpecHttpRequestRuleListNormalizer || {});
var DefaultsSpecHttpRequestRuleListProtocol = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListProtocol2) => {
  DefaultsSpecHttpRequestRuleListProtocol2["IPV4"] = "ipv4";
  DefaultsSpecHttpRequestRuleListProtocol2["IPV6"] = "ipv6";
  return DefaultsSpecHttpRequestRuleListProtocol2;
})(DefaultsSpecHttpRequestRuleListProtocol || {});
var DefaultsSpecHttpRequestRuleListRedirCode = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListRedirCode2) => {
  DefaultsSpecHttpRequestRuleListRedirCode2[DefaultsSpecHttpRequestRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  DefaultsSpecHttpRequestRuleListRedirCode2[DefaultsSpecHttpRequestRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  DefaultsSpecHttpRequestRuleListRedirCode2[DefaultsSpecHttpRequestRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  DefaultsSpecHttpRequestRuleListRedirCode2[DefaultsSpecHttpRequestRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  DefaultsSpecHttpRequestRuleListRedirCode2[DefaultsSpecHttpRequestRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return DefaultsSpecHttpRequestRuleListRedirCode2;
})(DefaultsSpecHttpRequestRuleListRedirCode || {});
var DefaultsSpecHttpRequestRuleListRedirType = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListRedirType2) => {
  DefaultsSpecHttpRequestRuleListRedirType2["LOCATION"] = "location";
  DefaultsSpecHttpRequestRuleListRedirType2["PREFIX"] = "prefix";
  DefaultsSpecHttpRequestRuleListRedirType2["SCHEME"] = "scheme";
  return DefaultsSpecHttpRequestRuleListRedirType2;
})(DefaultsSpecHttpRequestRuleListRedirType || {});
var DefaultsSpecHttpRequestRuleListReturnContentFormat = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListReturnContentFormat2) => {
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["FILE"] = "file";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["STRING"] = "string";
  DefaultsSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return DefaultsSpecHttpRequestRuleListReturnContentFormat2;
})(DefaultsSpecHttpRequestRuleListReturnContentFormat || {});
function toJson_DefaultsSpecHttpRequestRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpRequestRuleListStrictMode = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListStrictMode2) => {
  DefaultsSpecHttpRequestRuleListStrictMode2["ON"] = "on";
  DefaultsSpecHttpRequestRuleListStrictMode2["OFF"] = "off";
  return DefaultsSpecHttpRequestRuleListStrictMode2;
})(DefaultsSpecHttpRequestRuleListStrictMode || {});
var DefaultsSpecHttpRequestRuleListTimeoutType = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListTimeoutType2) => {
  DefaultsSpecHttpRequestRuleListTimeoutType2["SERVER"] = "server";
  DefaultsSpecHttpRequestRuleListTimeoutType2["TUNNEL"] = "tunnel";
  DefaultsSpecHttpRequestRuleListTimeoutType2["CLIENT"] = "client";
  return DefaultsSpecHttpRequestRuleListTimeoutType2;
})(DefaultsSpecHttpRequestRuleListTimeoutType || {});
var DefaultsSpecHttpRequestRuleListType = /* @__PURE__ */ ((DefaultsSpecHttpRequestRuleListType2) => {
  DefaultsSpecHttpRequestRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  DefaultsSpecHttpRequestRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  DefaultsSpecHttpRequestRuleListType2["ALLOW"] = "allow";
  DefaultsSpecHttpRequestRuleListType2["AUTH"] = "auth";
  DefaultsSpecHttpRequestRuleListType2["CACHE_HYPHEN_USE"] = "cache-use";
  DefaultsSpecHttpRequestRuleListType2["CAPTURE"] = "capture";
  DefaultsSpecHttpRequestRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  DefaultsSpecHttpRequestRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  DefaultsSpecHttpRequestRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  DefaultsSpecHttpRequestRuleListType2["DENY"] = "deny";
  DefaultsSpecHttpRequestRuleListType2["DISABLE_HYPHEN_L7_HYPHEN_RETRY"] = "disable-l7-retry";
  DefaultsSpecHttpRequestRuleListType2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  DefaultsSpecHttpRequestRuleListType2["EARLY_HYPHEN_HINT"] = "early-hint";
  DefaultsSpecHttpRequestRuleListType2["LUA"] = "lua";
  DefaultsSpecHttpRequestRuleListType2["NORMALIZE_HYPHEN_URI"] = "normalize-uri";
  DefaultsSpecHttpRequestRuleListType2["PAUSE"] = "pause";
  DefaultsSpecHttpRequestRuleListType2["REDIRECT"] = "redirect";
  DefaultsSpecHttpRequestRuleListType2["REJECT"] = "reject";
  DefaultsSpecHttpRequestRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  DefaultsSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATH"] = "replace-path";
  DefaultsSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATHQ"] = "replace-pathq";
  DefaultsSpecHttpRequestRuleListType2["REPLACE_HYPHEN_URI"] = "replace-uri";
  DefaultsSpecHttpRequestRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  DefaultsSpecHttpRequestRuleListType2["RETURN"] = "return";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  DefaultsSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  DefaultsSpecHttpRequestRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_DST"] = "set-dst";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_METHOD"] = "set-method";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_PATH"] = "set-path";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_PATHQ"] = "set-pathq";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_QUERY"] = "set-query";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_SRC"] = "set-src";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_URI"] = "set-uri";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecHttpRequestRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  DefaultsSpecHttpRequestRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  DefaultsSpecHttpRequestRuleListType2["TARPIT"] = "tarpit";
  DefaultsSpecHttpRequestRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  DefaultsSpecHttpRequestRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  DefaultsSpecHttpRequestRuleListType2["USE_HYPHEN_SERVICE"] = "use-service";
  DefaultsSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  DefaultsSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE"] = "wait-for-handshake";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  DefaultsSpecHttpRequestRuleListType2["SET_HYPHEN_RETRIES"] = "set-retries";
  DefaultsSpecHttpRequestRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return DefaultsSpecHttpRequestRuleListType2;
})(DefaultsSpecHttpRequestRuleListType || {});
var DefaultsSpecHttpResponseRuleListCond = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListCond2) => {
  DefaultsSpecHttpResponseRuleListCond2["IF"] = "if";
  DefaultsSpecHttpResponseRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecHttpResponseRuleListCond2;
})(DefaultsSpecHttpResponseRuleListCond || {});
var DefaultsSpecHttpResponseRuleListLogLevel = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListLogLevel2) => {
  DefaultsSpecHttpResponseRuleListLogLevel2["EMERG"] = "emerg";
  DefaultsSpecHttpResponseRuleListLogLevel2["ALERT"] = "alert";
  DefaultsSpecHttpResponseRuleListLogLevel2["CRIT"] = "crit";
  DefaultsSpecHttpResponseRuleListLogLevel2["ERR"] = "err";
  DefaultsSpecHttpResponseRuleListLogLevel2["WARNING"] = "warning";
  DefaultsSpecHttpResponseRuleListLogLevel2["NOTICE"] = "notice";
  DefaultsSpecHttpResponseRuleListLogLevel2["INFO"] = "info";
  DefaultsSpecHttpResponseRuleListLogLevel2["DEBUG"] = "debug";
  DefaultsSpecHttpResponseRuleListLogLevel2["SILENT"] = "silent";
  return DefaultsSpecHttpResponseRuleListLogLevel2;
})(DefaultsSpecHttpResponseRuleListLogLevel || {});
var DefaultsSpecHttpResponseRuleListRedirCode = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListRedirCode2) => {
  DefaultsSpecHttpResponseRuleListRedirCode2[DefaultsSpecHttpResponseRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  DefaultsSpecHttpResponseRuleListRedirCode2[DefaultsSpecHttpResponseRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  DefaultsSpecHttpResponseRuleListRedirCode2[DefaultsSpecHttpResponseRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  DefaultsSpecHttpResponseRuleListRedirCode2[DefaultsSpecHttpResponseRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  DefaultsSpecHttpResponseRuleListRedirCode2[DefaultsSpecHttpResponseRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return DefaultsSpecHttpResponseRuleListRedirCode2;
})(DefaultsSpecHttpResponseRuleListRedirCode || {});
var DefaultsSpecHttpResponseRuleListRedirType = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListRedirType2) => {
  DefaultsSpecHttpResponseRuleListRedirType2["LOCATION"] = "location";
  DefaultsSpecHttpResponseRuleListRedirType2["PREFIX"] = "prefix";
  DefaultsSpecHttpResponseRuleListRedirType2["SCHEME"] = "scheme";
  return DefaultsSpecHttpResponseRuleListRedirType2;
})(DefaultsSpecHttpResponseRuleListRedirType || {});
var DefaultsSpecHttpResponseRuleListReturnContentFormat = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListReturnContentFormat2) => {
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["FILE"] = "file";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["STRING"] = "string";
  DefaultsSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return DefaultsSpecHttpResponseRuleListReturnContentFormat2;
})(DefaultsSpecHttpResponseRuleListReturnContentFormat || {});
function toJson_DefaultsSpecHttpResponseRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecHttpResponseRuleListStrictMode = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListStrictMode2) => {
  DefaultsSpecHttpResponseRuleListStrictMode2["ON"] = "on";
  DefaultsSpecHttpResponseRuleListStrictMode2["OFF"] = "off";
  return DefaultsSpecHttpResponseRuleListStrictMode2;
})(DefaultsSpecHttpResponseRuleListStrictMode || {});
var DefaultsSpecHttpResponseRuleListTimeoutType = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListTimeoutType2) => {
  DefaultsSpecHttpResponseRuleListTimeoutType2["SERVER"] = "server";
  DefaultsSpecHttpResponseRuleListTimeoutType2["TUNNEL"] = "tunnel";
  DefaultsSpecHttpResponseRuleListTimeoutType2["CLIENT"] = "client";
  return DefaultsSpecHttpResponseRuleListTimeoutType2;
})(DefaultsSpecHttpResponseRuleListTimeoutType || {});
var DefaultsSpecHttpResponseRuleListType = /* @__PURE__ */ ((DefaultsSpecHttpResponseRuleListType2) => {
  DefaultsSpecHttpResponseRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  DefaultsSpecHttpResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  DefaultsSpecHttpResponseRuleListType2["ALLOW"] = "allow";
  DefaultsSpecHttpResponseRuleListType2["CACHE_HYPHEN_STORE"] = "cache-store";
  DefaultsSpecHttpResponseRuleListType2["CAPTURE"] = "capture";
  DefaultsSpecHttpResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  DefaultsSpecHttpResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  DefaultsSpecHttpResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  DefaultsSpecHttpResponseRuleListType2["DENY"] = "deny";
  DefaultsSpecHttpResponseRuleListType2["LUA"] = "lua";
  DefaultsSpecHttpResponseRuleListType2["PAUSE"] = "pause";
  DefaultsSpecHttpResponseRuleListType2["REDIRECT"] = "redirect";
  DefaultsSpecHttpResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  DefaultsSpecHttpResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  DefaultsSpecHttpResponseRuleListType2["RETURN"] = "return";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  DefaultsSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  DefaultsSpecHttpResponseRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecHttpResponseRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  DefaultsSpecHttpResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  DefaultsSpecHttpResponseRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  DefaultsSpecHttpResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  DefaultsSpecHttpResponseRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  DefaultsSpecHttpResponseRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  DefaultsSpecHttpResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return DefaultsSpecHttpResponseRuleListType2;
})(DefaultsSpecHttpResponseRuleListType || {});
var DefaultsSpecHttpchkParamsMethod = /* @__PURE__ */ ((DefaultsSpecHttpchkParamsMethod2) => {
  DefaultsSpecHttpchkParamsMethod2["HEAD"] = "HEAD";
  DefaultsSpecHttpchkParamsMethod2["PUT"] = "PUT";
  DefaultsSpecHttpchkParamsMethod2["POST"] = "POST";
  DefaultsSpecHttpchkParamsMethod2["GET"] = "GET";
  DefaultsSpecHttpchkParamsMethod2["TRACE"] = "TRACE";
  DefaultsSpecHttpchkParamsMethod2["PATCH"] = "PATCH";
  DefaultsSpecHttpchkParamsMethod2["DELETE"] = "DELETE";
  DefaultsSpecHttpchkParamsMethod2["CONNECT"] = "CONNECT";
  DefaultsSpecHttpchkParamsMethod2["OPTIONS"] = "OPTIONS";
  return DefaultsSpecHttpchkParamsMethod2;
})(DefaultsSpecHttpchkParamsMethod || {});
var DefaultsSpecLogTargetListFacility = /* @__PURE__ */ ((DefaultsSpecLogTargetListFacility2) => {
  DefaultsSpecLogTargetListFacility2["KERN"] = "kern";
  DefaultsSpecLogTargetListFacility2["USER"] = "user";
  DefaultsSpecLogTargetListFacility2["MAIL"] = "mail";
  DefaultsSpecLogTargetListFacility2["DAEMON"] = "daemon";
  DefaultsSpecLogTargetListFacility2["AUTH"] = "auth";
  DefaultsSpecLogTargetListFacility2["SYSLOG"] = "syslog";
  DefaultsSpecLogTargetListFacility2["LPR"] = "lpr";
  DefaultsSpecLogTargetListFacility2["NEWS"] = "news";
  DefaultsSpecLogTargetListFacility2["UUCP"] = "uucp";
  DefaultsSpecLogTargetListFacility2["CRON"] = "cron";
  DefaultsSpecLogTargetListFacility2["AUTH2"] = "auth2";
  DefaultsSpecLogTargetListFacility2["FTP"] = "ftp";
  DefaultsSpecLogTargetListFacility2["NTP"] = "ntp";
  DefaultsSpecLogTargetListFacility2["AUDIT"] = "audit";
  DefaultsSpecLogTargetListFacility2["ALERT"] = "alert";
  DefaultsSpecLogTargetListFacility2["CRON2"] = "cron2";
  DefaultsSpecLogTargetListFacility2["LOCAL0"] = "local0";
  DefaultsSpecLogTargetListFacility2["LOCAL1"] = "local1";
  DefaultsSpecLogTargetListFacility2["LOCAL2"] = "local2";
  DefaultsSpecLogTargetListFacility2["LOCAL3"] = "local3";
  DefaultsSpecLogTargetListFacility2["LOCAL4"] = "local4";
  DefaultsSpecLogTargetListFacility2["LOCAL5"] = "local5";
  DefaultsSpecLogTargetListFacility2["LOCAL6"] = "local6";
  DefaultsSpecLogTargetListFacility2["LOCAL7"] = "local7";
  return DefaultsSpecLogTargetListFacility2;
})(DefaultsSpecLogTargetListFacility || {});
var DefaultsSpecLogTargetListFormat = /* @__PURE__ */ ((DefaultsSpecLogTargetListFormat2) => {
  DefaultsSpecLogTargetListFormat2["LOCAL"] = "local";
  DefaultsSpecLogTargetListFormat2["RFC3164"] = "rfc3164";
  DefaultsSpecLogTargetListFormat2["RFC5424"] = "rfc5424";
  DefaultsSpecLogTargetListFormat2["PRIORITY"] = "priority";
  DefaultsSpecLogTargetListFormat2["SHORT"] = "short";
  DefaultsSpecLogTargetListFormat2["TIMED"] = "timed";
  DefaultsSpecLogTargetListFormat2["ISO"] = "iso";
  DefaultsSpecLogTargetListFormat2["RAW"] = "raw";
  return DefaultsSpecLogTargetListFormat2;
})(DefaultsSpecLogTargetListFormat || {});
var DefaultsSpecLogTargetListLevel = /* @__PURE__ */ ((DefaultsSpecLogTargetListLevel2) => {
  DefaultsSpecLogTargetListLevel2["EMERG"] = "emerg";
  DefaultsSpecLogTargetListLevel2["ALERT"] = "alert";
  DefaultsSpecLogTargetListLevel2["CRIT"] = "crit";
  DefaultsSpecLogTargetListLevel2["ERR"] = "err";
  DefaultsSpecLogTargetListLevel2["WARNING"] = "warning";
  DefaultsSpecLogTargetListLevel2["NOTICE"] = "notice";
  DefaultsSpecLogTargetListLevel2["INFO"] = "info";
  DefaultsSpecLogTargetListLevel2["DEBUG"] = "debug";
  return DefaultsSpecLogTargetListLevel2;
})(DefaultsSpecLogTargetListLevel || {});
var DefaultsSpecLogTargetListMinlevel = /* @__PURE__ */ ((DefaultsSpecLogTargetListMinlevel2) => {
  DefaultsSpecLogTargetListMinlevel2["EMERG"] = "emerg";
  DefaultsSpecLogTargetListMinlevel2["ALERT"] = "alert";
  DefaultsSpecLogTargetListMinlevel2["CRIT"] = "crit";
  DefaultsSpecLogTargetListMinlevel2["ERR"] = "err";
  DefaultsSpecLogTargetListMinlevel2["WARNING"] = "warning";
  DefaultsSpecLogTargetListMinlevel2["NOTICE"] = "notice";
  DefaultsSpecLogTargetListMinlevel2["INFO"] = "info";
  DefaultsSpecLogTargetListMinlevel2["DEBUG"] = "debug";
  return DefaultsSpecLogTargetListMinlevel2;
})(DefaultsSpecLogTargetListMinlevel || {});
var DefaultsSpecMysqlCheckParamsClientVersion = /* @__PURE__ */ ((DefaultsSpecMysqlCheckParamsClientVersion2) => {
  DefaultsSpecMysqlCheckParamsClientVersion2["PRE_HYPHEN_41"] = "pre-41";
  DefaultsSpecMysqlCheckParamsClientVersion2["POST_HYPHEN_41"] = "post-41";
  return DefaultsSpecMysqlCheckParamsClientVersion2;
})(DefaultsSpecMysqlCheckParamsClientVersion || {});
var DefaultsSpecOriginaltoEnabled = /* @__PURE__ */ ((DefaultsSpecOriginaltoEnabled2) => {
  DefaultsSpecOriginaltoEnabled2["ENABLED"] = "enabled";
  return DefaultsSpecOriginaltoEnabled2;
})(DefaultsSpecOriginaltoEnabled || {});
var DefaultsSpecPersistRuleType = /* @__PURE__ */ ((DefaultsSpecPersistRuleType2) => {
  DefaultsSpecPersistRuleType2["RDP_HYPHEN_COOKIE"] = "rdp-cookie";
  return DefaultsSpecPersistRuleType2;
})(DefaultsSpecPersistRuleType || {});
var DefaultsSpecQuicInitialRuleListCond = /* @__PURE__ */ ((DefaultsSpecQuicInitialRuleListCond2) => {
  DefaultsSpecQuicInitialRuleListCond2["IF"] = "if";
  DefaultsSpecQuicInitialRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecQuicInitialRuleListCond2;
})(DefaultsSpecQuicInitialRuleListCond || {});
var DefaultsSpecQuicInitialRuleListType = /* @__PURE__ */ ((DefaultsSpecQuicInitialRuleListType2) => {
  DefaultsSpecQuicInitialRuleListType2["REJECT"] = "reject";
  DefaultsSpecQuicInitialRuleListType2["ACCEPT"] = "accept";
  DefaultsSpecQuicInitialRuleListType2["SEND_HYPHEN_RETRY"] = "send-retry";
  DefaultsSpecQuicInitialRuleListType2["DGRAM_HYPHEN_DROP"] = "dgram-drop";
  return DefaultsSpecQuicInitialRuleListType2;
})(DefaultsSpecQuicInitialRuleListType || {});
var DefaultsSpecRedispatchEnabled = /* @__PURE__ */ ((DefaultsSpecRedispatchEnabled2) => {
  DefaultsSpecRedispatchEnabled2["ENABLED"] = "enabled";
  DefaultsSpecRedispatchEnabled2["DISABLED"] = "disabled";
  return DefaultsSpecRedispatchEnabled2;
})(DefaultsSpecRedispatchEnabled || {});
var DefaultsSpecSourceUsesrc = /* @__PURE__ */ ((DefaultsSpecSourceUsesrc2) => {
  DefaultsSpecSourceUsesrc2["ADDRESS"] = "address";
  DefaultsSpecSourceUsesrc2["CLIENT"] = "client";
  DefaultsSpecSourceUsesrc2["CLIENTIP"] = "clientip";
  DefaultsSpecSourceUsesrc2["HDR_UNDERSCORE_IP"] = "hdr_ip";
  return DefaultsSpecSourceUsesrc2;
})(DefaultsSpecSourceUsesrc || {});
var DefaultsSpecStatsOptionsStatsAdminCond = /* @__PURE__ */ ((DefaultsSpecStatsOptionsStatsAdminCond2) => {
  DefaultsSpecStatsOptionsStatsAdminCond2["IF"] = "if";
  DefaultsSpecStatsOptionsStatsAdminCond2["UNLESS"] = "unless";
  return DefaultsSpecStatsOptionsStatsAdminCond2;
})(DefaultsSpecStatsOptionsStatsAdminCond || {});
function toJson_DefaultsSpecStatsOptionsStatsAuths(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwd": obj.passwd,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_DefaultsSpecStatsOptionsStatsHttpRequests(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "realm": obj.realm,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var DefaultsSpecTcpCheckRuleListAction = /* @__PURE__ */ ((DefaultsSpecTcpCheckRuleListAction2) => {
  DefaultsSpecTcpCheckRuleListAction2["COMMENT"] = "comment";
  DefaultsSpecTcpCheckRuleListAction2["CONNECT"] = "connect";
  DefaultsSpecTcpCheckRuleListAction2["EXPECT"] = "expect";
  DefaultsSpecTcpCheckRuleListAction2["SEND"] = "send";
  DefaultsSpecTcpCheckRuleListAction2["SEND_HYPHEN_LF"] = "send-lf";
  DefaultsSpecTcpCheckRuleListAction2["SEND_HYPHEN_BINARY"] = "send-binary";
  DefaultsSpecTcpCheckRuleListAction2["SEND_HYPHEN_BINARY_HYPHEN_LF"] = "send-binary-lf";
  DefaultsSpecTcpCheckRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecTcpCheckRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecTcpCheckRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  return DefaultsSpecTcpCheckRuleListAction2;
})(DefaultsSpecTcpCheckRuleListAction || {});
var DefaultsSpecTcpCheckRuleListErrorStatus = /* @__PURE__ */ ((DefaultsSpecTcpCheckRuleListErrorStatus2) => {
  DefaultsSpecTcpCheckRuleListErrorStatus2["L7_OKC"] = "L7OKC";
  DefaultsSpecTcpCheckRuleListErrorStatus2["L7_RSP"] = "L7RSP";
  DefaultsSpecTcpCheckRuleListErrorStatus2["L7_STS"] = "L7STS";
  DefaultsSpecTcpCheckRuleListErrorStatus2["L6_RSP"] = "L6RSP";
  DefaultsSpecTcpCheckRuleListErrorStatus2["L4_CON"] = "L4CON";
  return DefaultsSpecTcpCheckRuleListErrorStatus2;
})(DefaultsSpecTcpCheckRuleListErrorStatus || {});
var DefaultsSpecTcpCheckRuleListMatch = /* @__PURE__ */ ((DefaultsSpecTcpCheckRuleListMatch2) => {
  DefaultsSpecTcpCheckRuleListMatch2["STRING"] = "string";
  DefaultsSpecTcpCheckRuleListMatch2["RSTRING"] = "rstring";
  DefaultsSpecTcpCheckRuleListMatch2["STRING_HYPHEN_LF"] = "string-lf";
  DefaultsSpecTcpCheckRuleListMatch2["BINARY"] = "binary";
  DefaultsSpecTcpCheckRuleListMatch2["RBINARY"] = "rbinary";
  DefaultsSpecTcpCheckRuleListMatch2["BINARY_HYPHEN_LF"] = "binary-lf";
  return DefaultsSpecTcpCheckRuleListMatch2;
})(DefaultsSpecTcpCheckRuleListMatch || {});
var DefaultsSpecTcpCheckRuleListOkStatus = /* @__PURE__ */ ((DefaultsSpecTcpCheckRuleListOkStatus2) => {
  DefaultsSpecTcpCheckRuleListOkStatus2["L7_OK"] = "L7OK";
  DefaultsSpecTcpCheckRuleListOkStatus2["L7_OKC"] = "L7OKC";
  DefaultsSpecTcpCheckRuleListOkStatus2["L6_OK"] = "L6OK";
  DefaultsSpecTcpCheckRuleListOkStatus2["L4_OK"] = "L4OK";
  return DefaultsSpecTcpCheckRuleListOkStatus2;
})(DefaultsSpecTcpCheckRuleListOkStatus || {});
var DefaultsSpecTcpCheckRuleListToutStatus = /* @__PURE__ */ ((DefaultsSpecTcpCheckRuleListToutStatus2) => {
  DefaultsSpecTcpCheckRuleListToutStatus2["L7_TOUT"] = "L7TOUT";
  DefaultsSpecTcpCheckRuleListToutStatus2["L6_TOUT"] = "L6TOUT";
  DefaultsSpecTcpCheckRuleListToutStatus2["L4_TOUT"] = "L4TOUT";
  return DefaultsSpecTcpCheckRuleListToutStatus2;
})(DefaultsSpecTcpCheckRuleListToutStatus || {});
var DefaultsSpecTcpRequestRuleListAction = /* @__PURE__ */ ((DefaultsSpecTcpRequestRuleListAction2) => {
  DefaultsSpecTcpRequestRuleListAction2["ACCEPT"] = "accept";
  DefaultsSpecTcpRequestRuleListAction2["ATTACH_HYPHEN_SRV"] = "attach-srv";
  DefaultsSpecTcpRequestRuleListAction2["CAPTURE"] = "capture";
  DefaultsSpecTcpRequestRuleListAction2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  DefaultsSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP"] = "expect-netscaler-cip";
  DefaultsSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_PROXY"] = "expect-proxy";
  DefaultsSpecTcpRequestRuleListAction2["LUA"] = "lua";
  DefaultsSpecTcpRequestRuleListAction2["REJECT"] = "reject";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  DefaultsSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  DefaultsSpecTcpRequestRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_DST"] = "set-dst";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC"] = "set-src";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecTcpRequestRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  DefaultsSpecTcpRequestRuleListAction2["SWITCH_HYPHEN_MODE"] = "switch-mode";
  DefaultsSpecTcpRequestRuleListAction2["TRACK_HYPHEN_SC"] = "track-sc";
  DefaultsSpecTcpRequestRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  DefaultsSpecTcpRequestRuleListAction2["USE_HYPHEN_SERVICE"] = "use-service";
  DefaultsSpecTcpRequestRuleListAction2["SET_HYPHEN_RETRIES"] = "set-retries";
  DefaultsSpecTcpRequestRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return DefaultsSpecTcpRequestRuleListAction2;
})(DefaultsSpecTcpRequestRuleListAction || {});
var DefaultsSpecTcpRequestRuleListCond = /* @__PURE__ */ ((DefaultsSpecTcpRequestRuleListCond2) => {
  DefaultsSpecTcpRequestRuleListCond2["IF"] = "if";
  DefaultsSpecTcpRequestRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecTcpRequestRuleListCond2;
})(DefaultsSpecTcpRequestRuleListCond || {});
var DefaultsSpecTcpRequestRuleListLogLevel = /* @__PURE__ */ ((DefaultsSpecTcpRequestRuleListLogLevel2) => {
  DefaultsSpecTcpRequestRuleListLogLevel2["EMERG"] = "emerg";
  DefaultsSpecTcpRequestRuleListLogLevel2["ALERT"] = "alert";
  DefaultsSpecTcpRequestRuleListLogLevel2["CRIT"] = "crit";
  DefaultsSpecTcpRequestRuleListLogLevel2["ERR"] = "err";
  DefaultsSpecTcpRequestRuleListLogLevel2["WARNING"] = "warning";
  DefaultsSpecTcpRequestRuleListLogLevel2["NOTICE"] = "notice";
  DefaultsSpecTcpRequestRuleListLogLevel2["INFO"] = "info";
  DefaultsSpecTcpRequestRuleListLogLevel2["DEBUG"] = "debug";
  DefaultsSpecTcpRequestRuleListLogLevel2["SILENT"] = "silent";
  return DefaultsSpecTcpRequestRuleListLogLevel2;
})(DefaultsSpecTcpRequestRuleListLogLevel || {});
var DefaultsSpecTcpRequestRuleListResolveProtocol = /* @__PURE__ */ ((DefaultsSpecTcpRequestRuleListResolveProtocol2) => {
  DefaultsSpecTcpRequestRuleListResolveProtocol2["IPV4"] = "ipv4";
  DefaultsSpecTcpRequestRuleListResolveProtocol2["IPV6"] = "ipv6";
  return DefaultsSpecTcpRequestRuleListResolveProtocol2;
})(DefaultsSpecTcpRequestRuleListResolveProtocol || {});
var DefaultsSpecTcpRequestRuleListType = /* @__PURE__ */ ((DefaultsSpecTcpRequestRuleListType2) => {
  DefaultsSpecTcpRequestRuleListType2["CONNECTION"] = "connection";
  DefaultsSpecTcpRequestRuleListType2["CONTENT"] = "content";
  DefaultsSpecTcpRequestRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  DefaultsSpecTcpRequestRuleListType2["SESSION"] = "session";
  return DefaultsSpecTcpRequestRuleListType2;
})(DefaultsSpecTcpRequestRuleListType || {});
var DefaultsSpecTcpResponseRuleListAction = /* @__PURE__ */ ((DefaultsSpecTcpResponseRuleListAction2) => {
  DefaultsSpecTcpResponseRuleListAction2["ACCEPT"] = "accept";
  DefaultsSpecTcpResponseRuleListAction2["CLOSE"] = "close";
  DefaultsSpecTcpResponseRuleListAction2["LUA"] = "lua";
  DefaultsSpecTcpResponseRuleListAction2["REJECT"] = "reject";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  DefaultsSpecTcpResponseRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  DefaultsSpecTcpResponseRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  DefaultsSpecTcpResponseRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  DefaultsSpecTcpResponseRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  DefaultsSpecTcpResponseRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  DefaultsSpecTcpResponseRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return DefaultsSpecTcpResponseRuleListAction2;
})(DefaultsSpecTcpResponseRuleListAction || {});
var DefaultsSpecTcpResponseRuleListCond = /* @__PURE__ */ ((DefaultsSpecTcpResponseRuleListCond2) => {
  DefaultsSpecTcpResponseRuleListCond2["IF"] = "if";
  DefaultsSpecTcpResponseRuleListCond2["UNLESS"] = "unless";
  return DefaultsSpecTcpResponseRuleListCond2;
})(DefaultsSpecTcpResponseRuleListCond || {});
var DefaultsSpecTcpResponseRuleListLogLevel = /* @__PURE__ */ ((DefaultsSpecTcpResponseRuleListLogLevel2) => {
  DefaultsSpecTcpResponseRuleListLogLevel2["EMERG"] = "emerg";
  DefaultsSpecTcpResponseRuleListLogLevel2["ALERT"] = "alert";
  DefaultsSpecTcpResponseRuleListLogLevel2["CRIT"] = "crit";
  DefaultsSpecTcpResponseRuleListLogLevel2["ERR"] = "err";
  DefaultsSpecTcpResponseRuleListLogLevel2["WARNING"] = "warning";
  DefaultsSpecTcpResponseRuleListLogLevel2["NOTICE"] = "notice";
  DefaultsSpecTcpResponseRuleListLogLevel2["INFO"] = "info";
  DefaultsSpecTcpResponseRuleListLogLevel2["DEBUG"] = "debug";
  DefaultsSpecTcpResponseRuleListLogLevel2["SILENT"] = "silent";
  return DefaultsSpecTcpResponseRuleListLogLevel2;
})(DefaultsSpecTcpResponseRuleListLogLevel || {});
var DefaultsSpecTcpResponseRuleListType = /* @__PURE__ */ ((DefaultsSpecTcpResponseRuleListType2) => {
  DefaultsSpecTcpResponseRuleListType2["CONTENT"] = "content";
  DefaultsSpecTcpResponseRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  return DefaultsSpecTcpResponseRuleListType2;
})(DefaultsSpecTcpResponseRuleListType || {});
var DefaultsSpecStatsOptionsStatsHttpRequestsType = /* @__PURE__ */ ((DefaultsSpecStatsOptionsStatsHttpRequestsType2) => {
  DefaultsSpecStatsOptionsStatsHttpRequestsType2["ALLOW"] = "allow";
  DefaultsSpecStatsOptionsStatsHttpRequestsType2["DENY"] = "deny";
  DefaultsSpecStatsOptionsStatsHttpRequestsType2["AUTH"] = "auth";
  return DefaultsSpecStatsOptionsStatsHttpRequestsType2;
})(DefaultsSpecStatsOptionsStatsHttpRequestsType || {});
class Frontend extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Frontend"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "Frontend"
  };
  /**
   * Renders a Kubernetes manifest for "Frontend".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Frontend.GVK,
      ...toJson_FrontendProps(props)
    };
  }
  /**
   * Defines a "Frontend" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Frontend.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Frontend.GVK,
      ...toJson_FrontendProps(resolved)
    };
  }
}
function toJson_FrontendProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_FrontendSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accept_invalid_http_request": obj.acceptInvalidHttpRequest,
    "accept_unsafe_violations_in_http_request": obj.acceptUnsafeViolationsInHttpRequest,
    "acl_list": obj.aclList?.map((y) => toJson_FrontendSpecAclList(y)),
    "backend_switching_rule_list": obj.backendSwitchingRuleList?.map((y) => toJson_FrontendSpecBackendSwitchingRuleList(y)),
    "backlog": obj.backlog,
    "binds": obj.binds === void 0 ? void 0 : Object.entries(obj.binds).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_FrontendSpecBinds(i[1]) }, {}),
    "capture_list": obj.captureList?.map((y) => toJson_FrontendSpecCaptureList(y)),
    "clflog": obj.clflog,
    "client_fin_timeout": obj.clientFinTimeout,
    "client_timeout": obj.clientTimeout,
    "clitcpka": obj.clitcpka,
    "clitcpka_cnt": obj.clitcpkaCnt,
    "clitcpka_idle": obj.clitcpkaIdle,
    "clitcpka_intvl": obj.clitcpkaIntvl,
    "compression": toJson_FrontendSpecCompression(obj.compression),
    "contstats": obj.contstats,
    "default_backend": obj.defaultBackend,
    "description": obj.description,
    "disable_h2_upgrade": obj.disableH2Upgrade,
    "disabled": obj.disabled,
    "dontlog_normal": obj.dontlogNormal,
    "dontlognull": obj.dontlognull,
    "email_alert": toJson_FrontendSpecEmailAlert(obj.emailAlert),
    "enabled": obj.enabled,
    "error_files": obj.errorFiles?.map((y) => toJson_FrontendSpecErrorFiles(y)),
    "error_log_format": obj.errorLogFormat,
    "errorfiles_from_http_errors": obj.errorfilesFromHttpErrors?.map((y) => toJson_FrontendSpecErrorfilesFromHttpErrors(y)),
    "errorloc302": toJson_FrontendSpecErrorloc302(obj.errorloc302),
    "errorloc303": toJson_FrontendSpecErrorloc303(obj.errorloc303),
    "filter_list": obj.filterList?.map((y) => toJson_FrontendSpecFilterList(y)),
    "forwardfor": toJson_FrontendSpecForwardfor(obj.forwardfor),
    "from": obj.from,
    "guid": obj.guid,
    "h1_case_adjust_bogus_client": obj.h1CaseAdjustBogusClient,
    "http-buffer-request": obj.httpBufferRequest,
    "http-drop-response-trailers": obj.httpDropResponseTrailers,
    "http-use-htx": obj.httpUseHtx,
    "http_after_response_rule_list": obj.httpAfterResponseRuleList?.map((y) => toJson_FrontendSpecHttpAfterResponseRuleList(y)),
    "http_connection_mode": obj.httpConnectionMode,
    "http_error_rule_list": obj.httpErrorRuleList?.map((y) => toJson_FrontendSpecHttpErrorRuleList(y)),
    "http_ignore_probes": obj.httpIgnoreProbes,
    "http_keep_alive_timeout": obj.httpKeepAliveTimeout,
    "http_no_delay": obj.httpNoDelay,
    "http_request_rule_list": obj.httpRequestRuleList?.map((y) => toJson_FrontendSpecHttpRequestRuleList(y)),
    "http_request_timeout": obj.httpRequestTimeout,
    "http_response_rule_list": obj.httpResponseRuleList?.map((y) => toJson_FrontendSpecHttpResponseRuleList(y)),
    "http_restrict_req_hdr_names": obj.httpRestrictReqHdrNames,
    "http_use_proxy_header": obj.httpUseProxyHeader,
    "httplog": obj.httplog,
    "httpslog": obj.httpslog,
    "id": obj.id,
    "idle_close_on_response": obj.idleCloseOnResponse,
    "independent_streams": obj.independentStreams,
    "log_format": obj.logFormat,
    "log_format_sd": obj.logFormatSd,
    "log_separate_errors": obj.logSeparateErrors,
    "log_steps": obj.logSteps?.map((y) => y),
    "log_tag": obj.logTag,
    "log_target_list": obj.logTargetList?.map((y) => toJson_FrontendSpecLogTargetList(y)),
    "logasap": obj.logasap,
    "maxconn": obj.maxconn,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "monitor_fail": toJson_FrontendSpecMonitorFail(obj.monitorFail),
    "monitor_uri": obj.monitorUri,
    "name": obj.name,
    "nolinger": obj.nolinger,
    "originalto": toJson_FrontendSpecOriginalto(obj.originalto),
    "quic_initial_rule_list": obj.quicInitialRuleList?.map((y) => toJson_FrontendSpecQuicInitialRuleList(y)),
    "socket_stats": obj.socketStats,
    "splice_auto": obj.spliceAuto,
    "splice_request": obj.spliceRequest,
    "splice_response": obj.spliceResponse,
    "ssl_front_use_list": obj.sslFrontUseList?.map((y) => toJson_FrontendSpecSslFrontUseList(y)),
    "stats_options": toJson_FrontendSpecStatsOptions(obj.statsOptions),
    "stick_table": toJson_FrontendSpecStickTable(obj.stickTable),
    "tarpit_timeout": obj.tarpitTimeout,
    "tcp_request_rule_list": obj.tcpRequestRuleList?.map((y) => toJson_FrontendSpecTcpRequestRuleList(y)),
    "tcp_smart_accept": obj.tcpSmartAccept,
    "tcpka": obj.tcpka,
    "tcplog": obj.tcplog,
    "unique_id_format": obj.uniqueIdFormat,
    "unique_id_header": obj.uniqueIdHeader
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecAcceptInvalidHttpRequest = /* @__PURE__ */ ((FrontendSpecAcceptInvalidHttpRequest2) => {
  FrontendSpecAcceptInvalidHttpRequest2["ENABLED"] = "enabled";
  FrontendSpecAcceptInvalidHttpRequest2["DISABLED"] = "disabled";
  return FrontendSpecAcceptInvalidHttpRequest2;
})(FrontendSpecAcceptInvalidHttpRequest || {});
var FrontendSpecAcceptUnsafeViolationsInHttpRequest = /* @__PURE__ */ ((FrontendSpecAcceptUnsafeViolationsInHttpRequest2) => {
  FrontendSpecAcceptUnsafeViolationsInHttpRequest2["ENABLED"] = "enabled";
  FrontendSpecAcceptUnsafeViolationsInHttpRequest2["DISABLED"] = "disabled";
  return FrontendSpecAcceptUnsafeViolationsInHttpRequest2;
})(FrontendSpecAcceptUnsafeViolationsInHttpRequest || {});
function toJson_FrontendSpecAclList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_name": obj.aclName,
    "criterion": obj.criterion,
    "metadata": obj.metadata,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecBackendSwitchingRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecBinds(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accept_netscaler_cip": obj.acceptNetscalerCip,
    "accept_proxy": obj.acceptProxy,
    "address": obj.address,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backlog": obj.backlog,
    "ca_ignore_err": obj.caIgnoreErr,
    "ca_sign_file": obj.caSignFile,
    "ca_sign_pass": obj.caSignPass,
    "ca_verify_file": obj.caVerifyFile,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "crl_file": obj.crlFile,
    "crt_ignore_err": obj.crtIgnoreErr,
    "crt_list": obj.crtList,
    "curves": obj.curves,
    "default_crt_list": obj.defaultCrtList?.map((y) => y),
    "defer_accept": obj.deferAccept,
    "ecdhe": obj.ecdhe,
    "expose_fd_listeners": obj.exposeFdListeners,
    "force_sslv3": obj.forceSslv3,
    "force_strict_sni": obj.forceStrictSni,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "generate_certificates": obj.generateCertificates,
    "gid": obj.gid,
    "group": obj.group,
    "guid_prefix": obj.guidPrefix,
    "id": obj.id,
    "idle_ping": obj.idlePing,
    "interface": obj.interface,
    "level": obj.level,
    "maxconn": obj.maxconn,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "mss": obj.mss,
    "name": obj.name,
    "namespace": obj.namespace,
    "nbconn": obj.nbconn,
    "nice": obj.nice,
    "no_alpn": obj.noAlpn,
    "no_ca_names": obj.noCaNames,
    "no_sslv3": obj.noSslv3,
    "no_strict_sni": obj.noStrictSni,
    "no_tls_tickets": obj.noTlsTickets,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "npn": obj.npn,
    "port": obj.port,
    "port-range-end": obj.portRangeEnd,
    "prefer_client_ciphers": obj.preferClientCiphers,
    "proto": obj.proto,
    "quic-cc-algo": obj.quicCcAlgo,
    "quic-force-retry": obj.quicForceRetry,
    "quic-socket": obj.quicSocket,
    "quic_cc_algo_burst_size": obj.quicCcAlgoBurstSize,
    "quic_cc_algo_max_window": obj.quicCcAlgoMaxWindow,
    "severity_output": obj.severityOutput,
    "sigalgs": obj.sigalgs,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "sslv3": obj.sslv3,
    "strict_sni": obj.strictSni,
    "tcp_user_timeout": obj.tcpUserTimeout,
    "tfo": obj.tfo,
    "thread": obj.thread,
    "tls_ticket_keys": obj.tlsTicketKeys,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "transparent": obj.transparent,
    "uid": obj.uid,
    "user": obj.user,
    "v4v6": obj.v4V6,
    "v6only": obj.v6Only,
    "verify": obj.verify
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecCaptureList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "length": obj.length,
    "metadata": obj.metadata,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecClitcpka = /* @__PURE__ */ ((FrontendSpecClitcpka2) => {
  FrontendSpecClitcpka2["ENABLED"] = "enabled";
  FrontendSpecClitcpka2["DISABLED"] = "disabled";
  return FrontendSpecClitcpka2;
})(FrontendSpecClitcpka || {});
function toJson_FrontendSpecCompression(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algo-req": obj.algoReq,
    "algorithms": obj.algorithms?.map((y) => y),
    "algos-res": obj.algosRes?.map((y) => y),
    "direction": obj.direction,
    "minsize_req": obj.minsizeReq,
    "minsize_res": obj.minsizeRes,
    "offload": obj.offload,
    "types": obj.types?.map((y) => y),
    "types-req": obj.typesReq?.map((y) => y),
    "types-res": obj.typesRes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecContstats = /* @__PURE__ */ ((FrontendSpecContstats2) => {
  FrontendSpecContstats2["ENABLED"] = "enabled";
  return FrontendSpecContstats2;
})(FrontendSpecContstats || {});
var FrontendSpecDisableH2Upgrade = /* @__PURE__ */ ((FrontendSpecDisableH2Upgrade2) => {
  FrontendSpecDisableH2Upgrade2["ENABLED"] = "enabled";
  FrontendSpecDisableH2Upgrade2["DISABLED"] = "disabled";
  return FrontendSpecDisableH2Upgrade2;
})(FrontendSpecDisableH2Upgrade || {});
var FrontendSpecDontlogNormal = /* @__PURE__ */ ((FrontendSpecDontlogNormal2) => {
  FrontendSpecDontlogNormal2["ENABLED"] = "enabled";
  FrontendSpecDontlogNormal2["DISABLED"] = "disabled";
  return FrontendSpecDontlogNormal2;
})(FrontendSpecDontlogNormal || {});
var FrontendSpecDontlognull = /* @__PURE__ */ ((FrontendSpecDontlognull2) => {
  FrontendSpecDontlognull2["ENABLED"] = "enabled";
  FrontendSpecDontlognull2["DISABLED"] = "disabled";
  return FrontendSpecDontlognull2;
})(FrontendSpecDontlognull || {});
function toJson_FrontendSpecEmailAlert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from,
    "level": obj.level,
    "mailers": obj.mailers,
    "metadata": obj.metadata,
    "myhostname": obj.myhostname,
    "to": obj.to
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecErrorFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "file": obj.file
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecErrorfilesFromHttpErrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "codes": obj.codes?.map((y) => y),
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecErrorloc302(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecErrorloc303(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecFilterList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "app_name": obj.appName,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "cache_name": obj.cacheName,
    "default_limit": obj.defaultLimit,
    "default_period": obj.defaultPeriod,
    "key": obj.key,
    "limit": obj.limit,
    "metadata": obj.metadata,
    "min_size": obj.minSize,
    "spoe_config": obj.spoeConfig,
    "spoe_engine": obj.spoeEngine,
    "table": obj.table,
    "trace_hexdump": obj.traceHexdump,
    "trace_name": obj.traceName,
    "trace_rnd_forwarding": obj.traceRndForwarding,
    "trace_rnd_parsing": obj.traceRndParsing,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecForwardfor(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header,
    "ifnone": obj.ifnone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecH1CaseAdjustBogusClient = /* @__PURE__ */ ((FrontendSpecH1CaseAdjustBogusClient2) => {
  FrontendSpecH1CaseAdjustBogusClient2["ENABLED"] = "enabled";
  FrontendSpecH1CaseAdjustBogusClient2["DISABLED"] = "disabled";
  return FrontendSpecH1CaseAdjustBogusClient2;
})(FrontendSpecH1CaseAdjustBogusClient || {});
var FrontendSpecHttpBufferRequest = /* @__PURE__ */ ((FrontendSpecHttpBufferRequest2) => {
  FrontendSpecHttpBufferRequest2["ENABLED"] = "enabled";
  FrontendSpecHttpBufferRequest2["DISABLED"] = "disabled";
  return FrontendSpecHttpBufferRequest2;
})(FrontendSpecHttpBufferRequest || {});
var FrontendSpecHttpDropResponseTrailers = /* @__PURE__ */ ((FrontendSpecHttpDropResponseTrailers2) => {
  FrontendSpecHttpDropResponseTrailers2["ENABLED"] = "enabled";
  FrontendSpecHttpDropResponseTrailers2["DISABLED"] = "disabled";
  return FrontendSpecHttpDropResponseTrailers2;
})(FrontendSpecHttpDropResponseTrailers || {});
var FrontendSpecHttpUseHtx = /* @__PURE__ */ ((FrontendSpecHttpUseHtx2) => {
  FrontendSpecHttpUseHtx2["ENABLED"] = "enabled";
  FrontendSpecHttpUseHtx2["DISABLED"] = "disabled";
  return FrontendSpecHttpUseHtx2;
})(FrontendSpecHttpUseHtx || {});
function toJson_FrontendSpecHttpAfterResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "metadata": obj.metadata,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpConnectionMode = /* @__PURE__ */ ((FrontendSpecHttpConnectionMode2) => {
  FrontendSpecHttpConnectionMode2["HTTPCLOSE"] = "httpclose";
  FrontendSpecHttpConnectionMode2["HTTP_HYPHEN_SERVER_HYPHEN_CLOSE"] = "http-server-close";
  FrontendSpecHttpConnectionMode2["HTTP_HYPHEN_KEEP_HYPHEN_ALIVE"] = "http-keep-alive";
  return FrontendSpecHttpConnectionMode2;
})(FrontendSpecHttpConnectionMode || {});
function toJson_FrontendSpecHttpErrorRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_FrontendSpecHttpErrorRuleListReturnHdrs(y)),
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpIgnoreProbes = /* @__PURE__ */ ((FrontendSpecHttpIgnoreProbes2) => {
  FrontendSpecHttpIgnoreProbes2["ENABLED"] = "enabled";
  FrontendSpecHttpIgnoreProbes2["DISABLED"] = "disabled";
  return FrontendSpecHttpIgnoreProbes2;
})(FrontendSpecHttpIgnoreProbes || {});
var FrontendSpecHttpNoDelay = /* @__PURE__ */ ((FrontendSpecHttpNoDelay2) => {
  FrontendSpecHttpNoDelay2["ENABLED"] = "enabled";
  FrontendSpecHttpNoDelay2["DISABLED"] = "disabled";
  return FrontendSpecHttpNoDelay2;
})(FrontendSpecHttpNoDelay || {});
function toJson_FrontendSpecHttpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "auth_realm": obj.authRealm,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "hint_format": obj.hintFormat,
    "hint_name": obj.hintName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "method_fmt": obj.methodFmt,
    "nice_value": obj.niceValue,
    "normalizer": obj.normalizer,
    "normalizer_full": obj.normalizerFull,
    "normalizer_strict": obj.normalizerStrict,
    "path_fmt": obj.pathFmt,
    "path_match": obj.pathMatch,
    "protocol": obj.protocol,
    "query-fmt": obj.queryFmt,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "resolvers": obj.resolvers,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_FrontendSpecHttpRequestRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "service_name": obj.serviceName,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "uri-fmt": obj.uriFmt,
    "uri-match": obj.uriMatch,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecHttpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_FrontendSpecHttpResponseRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpRestrictReqHdrNames = /* @__PURE__ */ ((FrontendSpecHttpRestrictReqHdrNames2) => {
  FrontendSpecHttpRestrictReqHdrNames2["PRESERVE"] = "preserve";
  FrontendSpecHttpRestrictReqHdrNames2["DELETE"] = "delete";
  FrontendSpecHttpRestrictReqHdrNames2["REJECT"] = "reject";
  return FrontendSpecHttpRestrictReqHdrNames2;
})(FrontendSpecHttpRestrictReqHdrNames || {});
var FrontendSpecHttpUseProxyHeader = /* @__PURE__ */ ((FrontendSpecHttpUseProxyHeader2) => {
  FrontendSpecHttpUseProxyHeader2["ENABLED"] = "enabled";
  FrontendSpecHttpUseProxyHeader2["DISABLED"] = "disabled";
  return FrontendSpecHttpUseProxyHeader2;
})(FrontendSpecHttpUseProxyHeader || {});
var FrontendSpecHttpslog = /* @__PURE__ */ ((FrontendSpecHttpslog2) => {
  FrontendSpecHttpslog2["ENABLED"] = "enabled";
  FrontendSpecHttpslog2["DISABLED"] = "disabled";
  return FrontendSpecHttpslog2;
})(FrontendSpecHttpslog || {});
var FrontendSpecIdleCloseOnResponse = /* @__PURE__ */ ((FrontendSpecIdleCloseOnResponse2) => {
  FrontendSpecIdleCloseOnResponse2["ENABLED"] = "enabled";
  FrontendSpecIdleCloseOnResponse2["DISABLED"] = "disabled";
  return FrontendSpecIdleCloseOnResponse2;
})(FrontendSpecIdleCloseOnResponse || {});
var FrontendSpecIndependentStreams = /* @__PURE__ */ ((FrontendSpecIndependentStreams2) => {
  FrontendSpecIndependentStreams2["ENABLED"] = "enabled";
  FrontendSpecIndependentStreams2["DISABLED"] = "disabled";
  return FrontendSpecIndependentStreams2;
})(FrontendSpecIndependentStreams || {});
var FrontendSpecLogSeparateErrors = /* @__PURE__ */ ((FrontendSpecLogSeparateErrors2) => {
  FrontendSpecLogSeparateErrors2["ENABLED"] = "enabled";
  FrontendSpecLogSeparateErrors2["DISABLED"] = "disabled";
  return FrontendSpecLogSeparateErrors2;
})(FrontendSpecLogSeparateErrors || {});
function toJson_FrontendSpecLogTargetList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "facility": obj.facility,
    "format": obj.format,
    "global": obj.global,
    "length": obj.length,
    "level": obj.level,
    "metadata": obj.metadata,
    "minlevel": obj.minlevel,
    "nolog": obj.nolog,
    "profile": obj.profile,
    "sample_range": obj.sampleRange,
    "sample_size": obj.sampleSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecLogasap = /* @__PURE__ */ ((FrontendSpecLogasap2) => {
  FrontendSpecLogasap2["ENABLED"] = "enabled";
  FrontendSpecLogasap2["DISABLED"] = "disabled";
  return FrontendSpecLogasap2;
})(FrontendSpecLogasap || {});
var FrontendSpecMode = /* @__PURE__ */ ((FrontendSpecMode2) => {
  FrontendSpecMode2["HTTP"] = "http";
  FrontendSpecMode2["TCP"] = "tcp";
  return FrontendSpecMode2;
})(FrontendSpecMode || {});
function toJson_FrontendSpecMonitorFail(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecNolinger = /* @__PURE__ */ ((FrontendSpecNolinger2) => {
  FrontendSpecNolinger2["ENABLED"] = "enabled";
  FrontendSpecNolinger2["DISABLED"] = "disabled";
  return FrontendSpecNolinger2;
})(FrontendSpecNolinger || {});
function toJson_FrontendSpecOriginalto(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecQuicInitialRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecSocketStats = /* @__PURE__ */ ((FrontendSpecSocketStats2) => {
  FrontendSpecSocketStats2["ENABLED"] = "enabled";
  FrontendSpecSocketStats2["DISABLED"] = "disabled";
  return FrontendSpecSocketStats2;
})(FrontendSpecSocketStats || {});
var FrontendSpecSpliceAuto = /* @__PURE__ */ ((FrontendSpecSpliceAuto2) => {
  FrontendSpecSpliceAuto2["ENABLED"] = "enabled";
  FrontendSpecSpliceAuto2["DISABLED"] = "disabled";
  return FrontendSpecSpliceAuto2;
})(FrontendSpecSpliceAuto || {});
var FrontendSpecSpliceRequest = /* @__PURE__ */ ((FrontendSpecSpliceRequest2) => {
  FrontendSpecSpliceRequest2["ENABLED"] = "enabled";
  FrontendSpecSpliceRequest2["DISABLED"] = "disabled";
  return FrontendSpecSpliceRequest2;
})(FrontendSpecSpliceRequest || {});
var FrontendSpecSpliceResponse = /* @__PURE__ */ ((FrontendSpecSpliceResponse2) => {
  FrontendSpecSpliceResponse2["ENABLED"] = "enabled";
  FrontendSpecSpliceResponse2["DISABLED"] = "disabled";
  return FrontendSpecSpliceResponse2;
})(FrontendSpecSpliceResponse || {});
function toJson_FrontendSpecSslFrontUseList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "ca_file": obj.caFile,
    "certificate": obj.certificate,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "crl_file": obj.crlFile,
    "curves": obj.curves,
    "ecdhe": obj.ecdhe,
    "issuer": obj.issuer,
    "key": obj.key,
    "metadata": obj.metadata,
    "no_alpn": obj.noAlpn,
    "no_ca_names": obj.noCaNames,
    "npn": obj.npn,
    "ocsp": obj.ocsp,
    "ocsp_update": obj.ocspUpdate,
    "sctl": obj.sctl,
    "sigalgs": obj.sigalgs,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "verify": obj.verify
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecStatsOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "stats_admin": obj.statsAdmin,
    "stats_admin_cond": obj.statsAdminCond,
    "stats_admin_cond_test": obj.statsAdminCondTest,
    "stats_auths": obj.statsAuths?.map((y) => toJson_FrontendSpecStatsOptionsStatsAuths(y)),
    "stats_enable": obj.statsEnable,
    "stats_hide_version": obj.statsHideVersion,
    "stats_http_requests": obj.statsHttpRequests?.map((y) => toJson_FrontendSpecStatsOptionsStatsHttpRequests(y)),
    "stats_maxconn": obj.statsMaxconn,
    "stats_realm": obj.statsRealm,
    "stats_realm_realm": obj.statsRealmRealm,
    "stats_refresh_delay": obj.statsRefreshDelay,
    "stats_show_desc": obj.statsShowDesc,
    "stats_show_legends": obj.statsShowLegends,
    "stats_show_modules": obj.statsShowModules,
    "stats_show_node_name": obj.statsShowNodeName,
    "stats_uri_prefix": obj.statsUriPrefix
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecStickTable(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expire": obj.expire,
    "keylen": obj.keylen,
    "metadata": obj.metadata,
    "nopurge": obj.nopurge,
    "peers": obj.peers,
    "recv_only": obj.recvOnly,
    "size": obj.size,
    "srvkey": obj.srvkey,
    "store": obj.store,
    "type": obj.type,
    "write_to": obj.writeTo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecTcpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "gpt_value": obj.gptValue,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "resolve_protocol": obj.resolveProtocol,
    "resolve_resolvers": obj.resolveResolvers,
    "resolve_var": obj.resolveVar,
    "rst_ttl": obj.rstTtl,
    "sc_idx": obj.scIdx,
    "sc_inc_id": obj.scIncId,
    "sc_int": obj.scInt,
    "server_name": obj.serverName,
    "service_name": obj.serviceName,
    "spoe_engine_name": obj.spoeEngineName,
    "spoe_group_name": obj.spoeGroupName,
    "switch_mode_proto": obj.switchModeProto,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "track_key": obj.trackKey,
    "track_stick_counter": obj.trackStickCounter,
    "track_table": obj.trackTable,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecTcpSmartAccept = /* @__PURE__ */ ((FrontendSpecTcpSmartAccept2) => {
  FrontendSpecTcpSmartAccept2["ENABLED"] = "enabled";
  FrontendSpecTcpSmartAccept2["DISABLED"] = "disabled";
  return FrontendSpecTcpSmartAccept2;
})(FrontendSpecTcpSmartAccept || {});
var FrontendSpecTcpka = /* @__PURE__ */ ((FrontendSpecTcpka2) => {
  FrontendSpecTcpka2["ENABLED"] = "enabled";
  FrontendSpecTcpka2["DISABLED"] = "disabled";
  return FrontendSpecTcpka2;
})(FrontendSpecTcpka || {});
var FrontendSpecBackendSwitchingRuleListCond = /* @__PURE__ */ ((FrontendSpecBackendSwitchingRuleListCond2) => {
  FrontendSpecBackendSwitchingRuleListCond2["IF"] = "if";
  FrontendSpecBackendSwitchingRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecBackendSwitchingRuleListCond2;
})(FrontendSpecBackendSwitchingRuleListCond || {});
var FrontendSpecBindsForceStrictSni = /* @__PURE__ */ ((FrontendSpecBindsForceStrictSni2) => {
  FrontendSpecBindsForceStrictSni2["ENABLED"] = "enabled";
  FrontendSpecBindsForceStrictSni2["DISABLED"] = "disabled";
  return FrontendSpecBindsForceStrictSni2;
})(FrontendSpecBindsForceStrictSni || {});
var FrontendSpecBindsLevel = /* @__PURE__ */ ((FrontendSpecBindsLevel2) => {
  FrontendSpecBindsLevel2["USER"] = "user";
  FrontendSpecBindsLevel2["OPERATOR"] = "operator";
  FrontendSpecBindsLevel2["ADMIN"] = "admin";
  return FrontendSpecBindsLevel2;
})(FrontendSpecBindsLevel || {});
var FrontendSpecBindsQuicCcAlgo = /* @__PURE__ */ ((FrontendSpecBindsQuicCcAlgo2) => {
  FrontendSpecBindsQuicCcAlgo2["CUBIC"] = "cubic";
  FrontendSpecBindsQuicCcAlgo2["NEWRENO"] = "newreno";
  FrontendSpecBindsQuicCcAlgo2["BBR"] = "bbr";
  FrontendSpecBindsQuicCcAlgo2["NOCC"] = "nocc";
  return FrontendSpecBindsQuicCcAlgo2;
})(FrontendSpecBindsQuicCcAlgo || {});
var FrontendSpecBindsQuicSocket = /* @__PURE__ */ ((FrontendSpecBindsQuicSocket2) => {
  FrontendSpecBindsQuicSocket2["CONNECTION"] = "connection";
  FrontendSpecBindsQuicSocket2["LISTENER"] = "listener";
  return FrontendSpecBindsQuicSocket2;
})(FrontendSpecBindsQuicSocket || {});
var FrontendSpecBindsSeverityOutput = /* @__PURE__ */ ((FrontendSpecBindsSeverityOutput2) => {
  FrontendSpecBindsSeverityOutput2["NONE"] = "none";
  FrontendSpecBindsSeverityOutput2["NUMBER"] = "number";
  FrontendSpecBindsSeverityOutput2["STRING"] = "string";
  return FrontendSpecBindsSeverityOutput2;
})(FrontendSpecBindsSeverityOutput || {});
var FrontendSpecBindsSslMaxVer = /* @__PURE__ */ ((FrontendSpecBindsSslMaxVer2) => {
  FrontendSpecBindsSslMaxVer2["SS_LV3"] = "SSLv3";
  FrontendSpecBindsSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  FrontendSpecBindsSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  FrontendSpecBindsSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  FrontendSpecBindsSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return FrontendSpecBindsSslMaxVer2;
})(FrontendSpecBindsSslMaxVer || {});
var FrontendSpecBindsSslMinVer = /* @__PURE__ */ ((FrontendSpecBindsSslMinVer2) => {
  FrontendSpecBindsSslMinVer2["SS_LV3"] = "SSLv3";
  FrontendSpecBindsSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  FrontendSpecBindsSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  FrontendSpecBindsSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  FrontendSpecBindsSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return FrontendSpecBindsSslMinVer2;
})(FrontendSpecBindsSslMinVer || {});
var FrontendSpecBindsSslv3 = /* @__PURE__ */ ((FrontendSpecBindsSslv32) => {
  FrontendSpecBindsSslv32["ENABLED"] = "enabled";
  FrontendSpecBindsSslv32["DISABLED"] = "disabled";
  return FrontendSpecBindsSslv32;
})(FrontendSpecBindsSslv3 || {});
var FrontendSpecBindsTlsTickets = /* @__PURE__ */ ((FrontendSpecBindsTlsTickets2) => {
  FrontendSpecBindsTlsTickets2["ENABLED"] = "enabled";
  FrontendSpecBindsTlsTickets2["DISABLED"] = "disabled";
  return FrontendSpecBindsTlsTickets2;
})(FrontendSpecBindsTlsTickets || {});
var FrontendSpecBindsTlsv10 = /* @__PURE__ */ ((FrontendSpecBindsTlsv102) => {
  FrontendSpecBindsTlsv102["ENABLED"] = "enabled";
  FrontendSpecBindsTlsv102["DISABLED"] = "disabled";
  return FrontendSpecBindsTlsv102;
})(FrontendSpecBindsTlsv10 || {});
var FrontendSpecBindsTlsv11 = /* @__PURE__ */ ((FrontendSpecBindsTlsv112) => {
  FrontendSpecBindsTlsv112["ENABLED"] = "enabled";
  FrontendSpecBindsTlsv112["DISABLED"] = "disabled";
  return FrontendSpecBindsTlsv112;
})(FrontendSpecBindsTlsv11 || {});
var FrontendSpecBindsTlsv12 = /* @__PURE__ */ ((FrontendSpecBindsTlsv122) => {
  FrontendSpecBindsTlsv122["ENABLED"] = "enabled";
  FrontendSpecBindsTlsv122["DISABLED"] = "disabled";
  return FrontendSpecBindsTlsv122;
})(FrontendSpecBindsTlsv12 || {});
var FrontendSpecBindsTlsv13 = /* @__PURE__ */ ((FrontendSpecBindsTlsv132) => {
  FrontendSpecBindsTlsv132["ENABLED"] = "enabled";
  FrontendSpecBindsTlsv132["DISABLED"] = "disabled";
  return FrontendSpecBindsTlsv132;
})(FrontendSpecBindsTlsv13 || {});
var FrontendSpecBindsVerify = /* @__PURE__ */ ((FrontendSpecBindsVerify2) => {
  FrontendSpecBindsVerify2["NONE"] = "none";
  FrontendSpecBindsVerify2["OPTIONAL"] = "optional";
  FrontendSpecBindsVerify2["REQUIRED"] = "required";
  return FrontendSpecBindsVerify2;
})(FrontendSpecBindsVerify || {});
var FrontendSpecCaptureListType = /* @__PURE__ */ ((FrontendSpecCaptureListType2) => {
  FrontendSpecCaptureListType2["REQUEST"] = "request";
  FrontendSpecCaptureListType2["RESPONSE"] = "response";
  return FrontendSpecCaptureListType2;
})(FrontendSpecCaptureListType || {});
var FrontendSpecCompressionAlgoReq = /* @__PURE__ */ ((FrontendSpecCompressionAlgoReq2) => {
  FrontendSpecCompressionAlgoReq2["IDENTITY"] = "identity";
  FrontendSpecCompressionAlgoReq2["GZIP"] = "gzip";
  FrontendSpecCompressionAlgoReq2["DEFLATE"] = "deflate";
  FrontendSpecCompressionAlgoReq2["RAW_HYPHEN_DEFLATE"] = "raw-deflate";
  return FrontendSpecCompressionAlgoReq2;
})(FrontendSpecCompressionAlgoReq || {});
var FrontendSpecCompressionDirection = /* @__PURE__ */ ((FrontendSpecCompressionDirection2) => {
  FrontendSpecCompressionDirection2["REQUEST"] = "request";
  FrontendSpecCompressionDirection2["RESPONSE"] = "response";
  FrontendSpecCompressionDirection2["BOTH"] = "both";
  return FrontendSpecCompressionDirection2;
})(FrontendSpecCompressionDirection || {});
var FrontendSpecEmailAlertLevel = /* @__PURE__ */ ((FrontendSpecEmailAlertLevel2) => {
  FrontendSpecEmailAlertLevel2["EMERG"] = "emerg";
  FrontendSpecEmailAlertLevel2["ALERT"] = "alert";
  FrontendSpecEmailAlertLevel2["CRIT"] = "crit";
  FrontendSpecEmailAlertLevel2["ERR"] = "err";
  FrontendSpecEmailAlertLevel2["WARNING"] = "warning";
  FrontendSpecEmailAlertLevel2["NOTICE"] = "notice";
  FrontendSpecEmailAlertLevel2["INFO"] = "info";
  FrontendSpecEmailAlertLevel2["DEBUG"] = "debug";
  return FrontendSpecEmailAlertLevel2;
})(FrontendSpecEmailAlertLevel || {});
var FrontendSpecErrorFilesCode = /* @__PURE__ */ ((FrontendSpecErrorFilesCode2) => {
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_200"] = 200] = "VALUE_200";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_400"] = 400] = "VALUE_400";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_401"] = 401] = "VALUE_401";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_403"] = 403] = "VALUE_403";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_404"] = 404] = "VALUE_404";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_405"] = 405] = "VALUE_405";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_407"] = 407] = "VALUE_407";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_408"] = 408] = "VALUE_408";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_410"] = 410] = "VALUE_410";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_413"] = 413] = "VALUE_413";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_425"] = 425] = "VALUE_425";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_429"] = 429] = "VALUE_429";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_500"] = 500] = "VALUE_500";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_501"] = 501] = "VALUE_501";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_502"] = 502] = "VALUE_502";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_503"] = 503] = "VALUE_503";
  FrontendSpecErrorFilesCode2[FrontendSpecErrorFilesCode2["VALUE_504"] = 504] = "VALUE_504";
  return FrontendSpecErrorFilesCode2;
})(FrontendSpecErrorFilesCode || {});
var FrontendSpecErrorloc302Code = /* @__PURE__ */ ((FrontendSpecErrorloc302Code2) => {
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_200"] = 200] = "VALUE_200";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_400"] = 400] = "VALUE_400";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_401"] = 401] = "VALUE_401";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_403"] = 403] = "VALUE_403";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_404"] = 404] = "VALUE_404";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_405"] = 405] = "VALUE_405";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_407"] = 407] = "VALUE_407";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_408"] = 408] = "VALUE_408";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_410"] = 410] = "VALUE_410";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_413"] = 413] = "VALUE_413";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_425"] = 425] = "VALUE_425";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_429"] = 429] = "VALUE_429";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_500"] = 500] = "VALUE_500";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_501"] = 501] = "VALUE_501";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_502"] = 502] = "VALUE_502";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_503"] = 503] = "VALUE_503";
  FrontendSpecErrorloc302Code2[FrontendSpecErrorloc302Code2["VALUE_504"] = 504] = "VALUE_504";
  return FrontendSpecErrorloc302Code2;
})(FrontendSpecErrorloc302Code || {});
var FrontendSpecErrorloc303Code = /* @__PURE__ */ ((FrontendSpecErrorloc303Code2) => {
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_200"] = 200] = "VALUE_200";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_400"] = 400] = "VALUE_400";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_401"] = 401] = "VALUE_401";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_403"] = 403] = "VALUE_403";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_404"] = 404] = "VALUE_404";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_405"] = 405] = "VALUE_405";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_407"] = 407] = "VALUE_407";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_408"] = 408] = "VALUE_408";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_410"] = 410] = "VALUE_410";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_413"] = 413] = "VALUE_413";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_425"] = 425] = "VALUE_425";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_429"] = 429] = "VALUE_429";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_500"] = 500] = "VALUE_500";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_501"] = 501] = "VALUE_501";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_502"] = 502] = "VALUE_502";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_503"] = 503] = "VALUE_503";
  FrontendSpecErrorloc303Code2[FrontendSpecErrorloc303Code2["VALUE_504"] = 504] = "VALUE_504";
  return FrontendSpecErrorloc303Code2;
})(FrontendSpecErrorloc303Code || {});
var FrontendSpecFilterListType = /* @__PURE__ */ ((FrontendSpecFilterListType2) => {
  FrontendSpecFilterListType2["BWLIM_HYPHEN_IN"] = "bwlim-in";
  FrontendSpecFilterListType2["BWLIM_HYPHEN_OUT"] = "bwlim-out";
  FrontendSpecFilterListType2["CACHE"] = "cache";
  FrontendSpecFilterListType2["COMPRESSION"] = "compression";
  FrontendSpecFilterListType2["FCGI_HYPHEN_APP"] = "fcgi-app";
  FrontendSpecFilterListType2["SPOE"] = "spoe";
  FrontendSpecFilterListType2["TRACE"] = "trace";
  return FrontendSpecFilterListType2;
})(FrontendSpecFilterListType || {});
var FrontendSpecForwardforEnabled = /* @__PURE__ */ ((FrontendSpecForwardforEnabled2) => {
  FrontendSpecForwardforEnabled2["ENABLED"] = "enabled";
  return FrontendSpecForwardforEnabled2;
})(FrontendSpecForwardforEnabled || {});
var FrontendSpecHttpAfterResponseRuleListCond = /* @__PURE__ */ ((FrontendSpecHttpAfterResponseRuleListCond2) => {
  FrontendSpecHttpAfterResponseRuleListCond2["IF"] = "if";
  FrontendSpecHttpAfterResponseRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecHttpAfterResponseRuleListCond2;
})(FrontendSpecHttpAfterResponseRuleListCond || {});
var FrontendSpecHttpAfterResponseRuleListLogLevel = /* @__PURE__ */ ((FrontendSpecHttpAfterResponseRuleListLogLevel2) => {
  FrontendSpecHttpAfterResponseRuleListLogLevel2["EMERG"] = "emerg";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["ALERT"] = "alert";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["CRIT"] = "crit";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["ERR"] = "err";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["WARNING"] = "warning";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["NOTICE"] = "notice";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["INFO"] = "info";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["DEBUG"] = "debug";
  FrontendSpecHttpAfterResponseRuleListLogLevel2["SILENT"] = "silent";
  return FrontendSpecHttpAfterResponseRuleListLogLevel2;
})(FrontendSpecHttpAfterResponseRuleListLogLevel || {});
var FrontendSpecHttpAfterResponseRuleListStrictMode = /* @__PURE__ */ ((FrontendSpecHttpAfterResponseRuleListStrictMode2) => {
  FrontendSpecHttpAfterResponseRuleListStrictMode2["ON"] = "on";
  FrontendSpecHttpAfterResponseRuleListStrictMode2["OFF"] = "off";
  return FrontendSpecHttpAfterResponseRuleListStrictMode2;
})(FrontendSpecHttpAfterResponseRuleListStrictMode || {});
var FrontendSpecHttpAfterResponseRuleListType = /* @__PURE__ */ ((FrontendSpecHttpAfterResponseRuleListType2) => {
  FrontendSpecHttpAfterResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  FrontendSpecHttpAfterResponseRuleListType2["ALLOW"] = "allow";
  FrontendSpecHttpAfterResponseRuleListType2["CAPTURE"] = "capture";
  FrontendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  FrontendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  FrontendSpecHttpAfterResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  FrontendSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  FrontendSpecHttpAfterResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  FrontendSpecHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  FrontendSpecHttpAfterResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  FrontendSpecHttpAfterResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  FrontendSpecHttpAfterResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  FrontendSpecHttpAfterResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return FrontendSpecHttpAfterResponseRuleListType2;
})(FrontendSpecHttpAfterResponseRuleListType || {});
var FrontendSpecHttpErrorRuleListReturnContentFormat = /* @__PURE__ */ ((FrontendSpecHttpErrorRuleListReturnContentFormat2) => {
  FrontendSpecHttpErrorRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["FILE"] = "file";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["STRING"] = "string";
  FrontendSpecHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return FrontendSpecHttpErrorRuleListReturnContentFormat2;
})(FrontendSpecHttpErrorRuleListReturnContentFormat || {});
function toJson_FrontendSpecHttpErrorRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpErrorRuleListStatus = /* @__PURE__ */ ((FrontendSpecHttpErrorRuleListStatus2) => {
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_200"] = 200] = "VALUE_200";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_400"] = 400] = "VALUE_400";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_401"] = 401] = "VALUE_401";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_403"] = 403] = "VALUE_403";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_404"] = 404] = "VALUE_404";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_405"] = 405] = "VALUE_405";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_407"] = 407] = "VALUE_407";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_408"] = 408] = "VALUE_408";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_410"] = 410] = "VALUE_410";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_413"] = 413] = "VALUE_413";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_425"] = 425] = "VALUE_425";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_429"] = 429] = "VALUE_429";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_500"] = 500] = "VALUE_500";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_501"] = 501] = "VALUE_501";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_502"] = 502] = "VALUE_502";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_503"] = 503] = "VALUE_503";
  FrontendSpecHttpErrorRuleListStatus2[FrontendSpecHttpErrorRuleListStatus2["VALUE_504"] = 504] = "VALUE_504";
  return FrontendSpecHttpErrorRuleListStatus2;
})(FrontendSpecHttpErrorRuleListStatus || {});
var FrontendSpecHttpErrorRuleListType = /* @__PURE__ */ ((FrontendSpecHttpErrorRuleListType2) => {
  FrontendSpecHttpErrorRuleListType2["STATUS"] = "status";
  return FrontendSpecHttpErrorRuleListType2;
})(FrontendSpecHttpErrorRuleListType || {});
var FrontendSpecHttpRequestRuleListCond = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListCond2) => {
  FrontendSpecHttpRequestRuleListCond2["IF"] = "if";
  FrontendSpecHttpRequestRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecHttpRequestRuleListCond2;
})(FrontendSpecHttpRequestRuleListCond || {});
var FrontendSpecHttpRequestRuleListLogLevel = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListLogLevel2) => {
  FrontendSpecHttpRequestRuleListLogLevel2["EMERG"] = "emerg";
  FrontendSpecHttpRequestRuleListLogLevel2["ALERT"] = "alert";
  FrontendSpecHttpRequestRuleListLogLevel2["CRIT"] = "crit";
  FrontendSpecHttpRequestRuleListLogLevel2["ERR"] = "err";
  FrontendSpecHttpRequestRuleListLogLevel2["WARNING"] = "warning";
  FrontendSpecHttpRequestRuleListLogLevel2["NOTICE"] = "notice";
  FrontendSpecHttpRequestRuleListLogLevel2["INFO"] = "info";
  FrontendSpecHttpRequestRuleListLogLevel2["DEBUG"] = "debug";
  FrontendSpecHttpRequestRuleListLogLevel2["SILENT"] = "silent";
  return FrontendSpecHttpRequestRuleListLogLevel2;
})(FrontendSpecHttpRequestRuleListLogLevel || {});
var FrontendSpecHttpRequestRuleListNormalizer = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListNormalizer2) => {
  FrontendSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_ENCODE"] = "fragment-encode";
  FrontendSpecHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_STRIP"] = "fragment-strip";
  FrontendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_MERGE_HYPHEN_SLASHES"] = "path-merge-slashes";
  FrontendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOT"] = "path-strip-dot";
  FrontendSpecHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOTDOT"] = "path-strip-dotdot";
  FrontendSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED"] = "percent-decode-unreserved";
  FrontendSpecHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE"] = "percent-to-uppercase";
  FrontendSpecHttpRequestRuleListNormalizer2["QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME"] = "query-sort-by-name";
  return FrontendSpecHttpRequestRuleListNormalizer2;
})(FrontendSpecHttpRequestRuleListNormalizer || {});
var FrontendSpecHttpRequestRuleListProtocol = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListProtocol2) => {
  FrontendSpecHttpRequestRuleListProtocol2["IPV4"] = "ipv4";
  FrontendSpecHttpRequestRuleListProtocol2["IPV6"] = "ipv6";
  return FrontendSpecHttpRequestRuleListProtocol2;
})(FrontendSpecHttpRequestRuleListProtocol || {});
var FrontendSpecHttpRequestRuleListRedirCode = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListRedirCode2) => {
  FrontendSpecHttpRequestRuleListRedirCode2[FrontendSpecHttpRequestRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  FrontendSpecHttpRequestRuleListRedirCode2[FrontendSpecHttpRequestRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  FrontendSpecHttpRequestRuleListRedirCode2[FrontendSpecHttpRequestRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  FrontendSpecHttpRequestRuleListRedirCode2[FrontendSpecHttpRequestRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  FrontendSpecHttpRequestRuleListRedirCode2[FrontendSpecHttpRequestRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return FrontendSpecHttpRequestRuleListRedirCode2;
})(FrontendSpecHttpRequestRuleListRedirCode || {});
var FrontendSpecHttpRequestRuleListRedirType = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListRedirType2) => {
  FrontendSpecHttpRequestRuleListRedirType2["LOCATION"] = "location";
  FrontendSpecHttpRequestRuleListRedirType2["PREFIX"] = "prefix";
  FrontendSpecHttpRequestRuleListRedirType2["SCHEME"] = "scheme";
  return FrontendSpecHttpRequestRuleListRedirType2;
})(FrontendSpecHttpRequestRuleListRedirType || {});
var FrontendSpecHttpRequestRuleListReturnContentFormat = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListReturnContentFormat2) => {
  FrontendSpecHttpRequestRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["FILE"] = "file";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["STRING"] = "string";
  FrontendSpecHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return FrontendSpecHttpRequestRuleListReturnContentFormat2;
})(FrontendSpecHttpRequestRuleListReturnContentFormat || {});
function toJson_FrontendSpecHttpRequestRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpRequestRuleListStrictMode = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListStrictMode2) => {
  FrontendSpecHttpRequestRuleListStrictMode2["ON"] = "on";
  FrontendSpecHttpRequestRuleListStrictMode2["OFF"] = "off";
  return FrontendSpecHttpRequestRuleListStrictMode2;
})(FrontendSpecHttpRequestRuleListStrictMode || {});
var FrontendSpecHttpRequestRuleListTimeoutType = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListTimeoutType2) => {
  FrontendSpecHttpRequestRuleListTimeoutType2["SERVER"] = "server";
  FrontendSpecHttpRequestRuleListTimeoutType2["TUNNEL"] = "tunnel";
  FrontendSpecHttpRequestRuleListTimeoutType2["CLIENT"] = "client";
  return FrontendSpecHttpRequestRuleListTimeoutType2;
})(FrontendSpecHttpRequestRuleListTimeoutType || {});
var FrontendSpecHttpRequestRuleListType = /* @__PURE__ */ ((FrontendSpecHttpRequestRuleListType2) => {
  FrontendSpecHttpRequestRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  FrontendSpecHttpRequestRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  FrontendSpecHttpRequestRuleListType2["ALLOW"] = "allow";
  FrontendSpecHttpRequestRuleListType2["AUTH"] = "auth";
  FrontendSpecHttpRequestRuleListType2["CACHE_HYPHEN_USE"] = "cache-use";
  FrontendSpecHttpRequestRuleListType2["CAPTURE"] = "capture";
  FrontendSpecHttpRequestRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  FrontendSpecHttpRequestRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  FrontendSpecHttpRequestRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  FrontendSpecHttpRequestRuleListType2["DENY"] = "deny";
  FrontendSpecHttpRequestRuleListType2["DISABLE_HYPHEN_L7_HYPHEN_RETRY"] = "disable-l7-retry";
  FrontendSpecHttpRequestRuleListType2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  FrontendSpecHttpRequestRuleListType2["EARLY_HYPHEN_HINT"] = "early-hint";
  FrontendSpecHttpRequestRuleListType2["LUA"] = "lua";
  FrontendSpecHttpRequestRuleListType2["NORMALIZE_HYPHEN_URI"] = "normalize-uri";
  FrontendSpecHttpRequestRuleListType2["PAUSE"] = "pause";
  FrontendSpecHttpRequestRuleListType2["REDIRECT"] = "redirect";
  FrontendSpecHttpRequestRuleListType2["REJECT"] = "reject";
  FrontendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  FrontendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATH"] = "replace-path";
  FrontendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_PATHQ"] = "replace-pathq";
  FrontendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_URI"] = "replace-uri";
  FrontendSpecHttpRequestRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  FrontendSpecHttpRequestRuleListType2["RETURN"] = "return";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  FrontendSpecHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  FrontendSpecHttpRequestRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_DST"] = "set-dst";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_METHOD"] = "set-method";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_PATH"] = "set-path";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_PATHQ"] = "set-pathq";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_QUERY"] = "set-query";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_SRC"] = "set-src";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_URI"] = "set-uri";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  FrontendSpecHttpRequestRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  FrontendSpecHttpRequestRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  FrontendSpecHttpRequestRuleListType2["TARPIT"] = "tarpit";
  FrontendSpecHttpRequestRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  FrontendSpecHttpRequestRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  FrontendSpecHttpRequestRuleListType2["USE_HYPHEN_SERVICE"] = "use-service";
  FrontendSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  FrontendSpecHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE"] = "wait-for-handshake";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  FrontendSpecHttpRequestRuleListType2["SET_HYPHEN_RETRIES"] = "set-retries";
  FrontendSpecHttpRequestRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return FrontendSpecHttpRequestRuleListType2;
})(FrontendSpecHttpRequestRuleListType || {});
var FrontendSpecHttpResponseRuleListCond = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListCond2) => {
  FrontendSpecHttpResponseRuleListCond2["IF"] = "if";
  FrontendSpecHttpResponseRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecHttpResponseRuleListCond2;
})(FrontendSpecHttpResponseRuleListCond || {});
var FrontendSpecHttpResponseRuleListLogLevel = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListLogLevel2) => {
  FrontendSpecHttpResponseRuleListLogLevel2["EMERG"] = "emerg";
  FrontendSpecHttpResponseRuleListLogLevel2["ALERT"] = "alert";
  FrontendSpecHttpResponseRuleListLogLevel2["CRIT"] = "crit";
  FrontendSpecHttpResponseRuleListLogLevel2["ERR"] = "err";
  FrontendSpecHttpResponseRuleListLogLevel2["WARNING"] = "warning";
  FrontendSpecHttpResponseRuleListLogLevel2["NOTICE"] = "notice";
  FrontendSpecHttpResponseRuleListLogLevel2["INFO"] = "info";
  FrontendSpecHttpResponseRuleListLogLevel2["DEBUG"] = "debug";
  FrontendSpecHttpResponseRuleListLogLevel2["SILENT"] = "silent";
  return FrontendSpecHttpResponseRuleListLogLevel2;
})(FrontendSpecHttpResponseRuleListLogLevel || {});
var FrontendSpecHttpResponseRuleListRedirCode = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListRedirCode2) => {
  FrontendSpecHttpResponseRuleListRedirCode2[FrontendSpecHttpResponseRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  FrontendSpecHttpResponseRuleListRedirCode2[FrontendSpecHttpResponseRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  FrontendSpecHttpResponseRuleListRedirCode2[FrontendSpecHttpResponseRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  FrontendSpecHttpResponseRuleListRedirCode2[FrontendSpecHttpResponseRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  FrontendSpecHttpResponseRuleListRedirCode2[FrontendSpecHttpResponseRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return FrontendSpecHttpResponseRuleListRedirCode2;
})(FrontendSpecHttpResponseRuleListRedirCode || {});
var FrontendSpecHttpResponseRuleListRedirType = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListRedirType2) => {
  FrontendSpecHttpResponseRuleListRedirType2["LOCATION"] = "location";
  FrontendSpecHttpResponseRuleListRedirType2["PREFIX"] = "prefix";
  FrontendSpecHttpResponseRuleListRedirType2["SCHEME"] = "scheme";
  return FrontendSpecHttpResponseRuleListRedirType2;
})(FrontendSpecHttpResponseRuleListRedirType || {});
var FrontendSpecHttpResponseRuleListReturnContentFormat = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListReturnContentFormat2) => {
  FrontendSpecHttpResponseRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["FILE"] = "file";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["STRING"] = "string";
  FrontendSpecHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return FrontendSpecHttpResponseRuleListReturnContentFormat2;
})(FrontendSpecHttpResponseRuleListReturnContentFormat || {});
function toJson_FrontendSpecHttpResponseRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecHttpResponseRuleListStrictMode = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListStrictMode2) => {
  FrontendSpecHttpResponseRuleListStrictMode2["ON"] = "on";
  FrontendSpecHttpResponseRuleListStrictMode2["OFF"] = "off";
  return FrontendSpecHttpResponseRuleListStrictMode2;
})(FrontendSpecHttpResponseRuleListStrictMode || {});
var FrontendSpecHttpResponseRuleListTimeoutType = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListTimeoutType2) => {
  FrontendSpecHttpResponseRuleListTimeoutType2["SERVER"] = "server";
  FrontendSpecHttpResponseRuleListTimeoutType2["TUNNEL"] = "tunnel";
  FrontendSpecHttpResponseRuleListTimeoutType2["CLIENT"] = "client";
  return FrontendSpecHttpResponseRuleListTimeoutType2;
})(FrontendSpecHttpResponseRuleListTimeoutType || {});
var FrontendSpecHttpResponseRuleListType = /* @__PURE__ */ ((FrontendSpecHttpResponseRuleListType2) => {
  FrontendSpecHttpResponseRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  FrontendSpecHttpResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  FrontendSpecHttpResponseRuleListType2["ALLOW"] = "allow";
  FrontendSpecHttpResponseRuleListType2["CACHE_HYPHEN_STORE"] = "cache-store";
  FrontendSpecHttpResponseRuleListType2["CAPTURE"] = "capture";
  FrontendSpecHttpResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  FrontendSpecHttpResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  FrontendSpecHttpResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  FrontendSpecHttpResponseRuleListType2["DENY"] = "deny";
  FrontendSpecHttpResponseRuleListType2["LUA"] = "lua";
  FrontendSpecHttpResponseRuleListType2["PAUSE"] = "pause";
  FrontendSpecHttpResponseRuleListType2["REDIRECT"] = "redirect";
  FrontendSpecHttpResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  FrontendSpecHttpResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  FrontendSpecHttpResponseRuleListType2["RETURN"] = "return";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  FrontendSpecHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  FrontendSpecHttpResponseRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  FrontendSpecHttpResponseRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  FrontendSpecHttpResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  FrontendSpecHttpResponseRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  FrontendSpecHttpResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  FrontendSpecHttpResponseRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  FrontendSpecHttpResponseRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  FrontendSpecHttpResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return FrontendSpecHttpResponseRuleListType2;
})(FrontendSpecHttpResponseRuleListType || {});
var FrontendSpecLogTargetListFacility = /* @__PURE__ */ ((FrontendSpecLogTargetListFacility2) => {
  FrontendSpecLogTargetListFacility2["KERN"] = "kern";
  FrontendSpecLogTargetListFacility2["USER"] = "user";
  FrontendSpecLogTargetListFacility2["MAIL"] = "mail";
  FrontendSpecLogTargetListFacility2["DAEMON"] = "daemon";
  FrontendSpecLogTargetListFacility2["AUTH"] = "auth";
  FrontendSpecLogTargetListFacility2["SYSLOG"] = "syslog";
  FrontendSpecLogTargetListFacility2["LPR"] = "lpr";
  FrontendSpecLogTargetListFacility2["NEWS"] = "news";
  FrontendSpecLogTargetListFacility2["UUCP"] = "uucp";
  FrontendSpecLogTargetListFacility2["CRON"] = "cron";
  FrontendSpecLogTargetListFacility2["AUTH2"] = "auth2";
  FrontendSpecLogTargetListFacility2["FTP"] = "ftp";
  FrontendSpecLogTargetListFacility2["NTP"] = "ntp";
  FrontendSpecLogTargetListFacility2["AUDIT"] = "audit";
  FrontendSpecLogTargetListFacility2["ALERT"] = "alert";
  FrontendSpecLogTargetListFacility2["CRON2"] = "cron2";
  FrontendSpecLogTargetListFacility2["LOCAL0"] = "local0";
  FrontendSpecLogTargetListFacility2["LOCAL1"] = "local1";
  FrontendSpecLogTargetListFacility2["LOCAL2"] = "local2";
  FrontendSpecLogTargetListFacility2["LOCAL3"] = "local3";
  FrontendSpecLogTargetListFacility2["LOCAL4"] = "local4";
  FrontendSpecLogTargetListFacility2["LOCAL5"] = "local5";
  FrontendSpecLogTargetListFacility2["LOCAL6"] = "local6";
  FrontendSpecLogTargetListFacility2["LOCAL7"] = "local7";
  return FrontendSpecLogTargetListFacility2;
})(FrontendSpecLogTargetListFacility || {});
var FrontendSpecLogTargetListFormat = /* @__PURE__ */ ((FrontendSpecLogTargetListFormat2) => {
  FrontendSpecLogTargetListFormat2["LOCAL"] = "local";
  FrontendSpecLogTargetListFormat2["RFC3164"] = "rfc3164";
  FrontendSpecLogTargetListFormat2["RFC5424"] = "rfc5424";
  FrontendSpecLogTargetListFormat2["PRIORITY"] = "priority";
  FrontendSpecLogTargetListFormat2["SHORT"] = "short";
  FrontendSpecLogTargetListFormat2["TIMED"] = "timed";
  FrontendSpecLogTargetListFormat2["ISO"] = "iso";
  FrontendSpecLogTargetListFormat2["RAW"] = "raw";
  return FrontendSpecLogTargetListFormat2;
})(FrontendSpecLogTargetListFormat || {});
var FrontendSpecLogTargetListLevel = /* @__PURE__ */ ((FrontendSpecLogTargetListLevel2) => {
  FrontendSpecLogTargetListLevel2["EMERG"] = "emerg";
  FrontendSpecLogTargetListLevel2["ALERT"] = "alert";
  FrontendSpecLogTargetListLevel2["CRIT"] = "crit";
  FrontendSpecLogTargetListLevel2["ERR"] = "err";
  FrontendSpecLogTargetListLevel2["WARNING"] = "warning";
  FrontendSpecLogTargetListLevel2["NOTICE"] = "notice";
  FrontendSpecLogTargetListLevel2["INFO"] = "info";
  FrontendSpecLogTargetListLevel2["DEBUG"] = "debug";
  return FrontendSpecLogTargetListLevel2;
})(FrontendSpecLogTargetListLevel || {});
var FrontendSpecLogTargetListMinlevel = /* @__PURE__ */ ((FrontendSpecLogTargetListMinlevel2) => {
  FrontendSpecLogTargetListMinlevel2["EMERG"] = "emerg";
  FrontendSpecLogTargetListMinlevel2["ALERT"] = "alert";
  FrontendSpecLogTargetListMinlevel2["CRIT"] = "crit";
  FrontendSpecLogTargetListMinlevel2["ERR"] = "err";
  FrontendSpecLogTargetListMinlevel2["WARNING"] = "warning";
  FrontendSpecLogTargetListMinlevel2["NOTICE"] = "notice";
  FrontendSpecLogTargetListMinlevel2["INFO"] = "info";
  FrontendSpecLogTargetListMinlevel2["DEBUG"] = "debug";
  return FrontendSpecLogTargetListMinlevel2;
})(FrontendSpecLogTargetListMinlevel || {});
var FrontendSpecMonitorFailCond = /* @__PURE__ */ ((FrontendSpecMonitorFailCond2) => {
  FrontendSpecMonitorFailCond2["IF"] = "if";
  FrontendSpecMonitorFailCond2["UNLESS"] = "unless";
  return FrontendSpecMonitorFailCond2;
})(FrontendSpecMonitorFailCond || {});
var FrontendSpecOriginaltoEnabled = /* @__PURE__ */ ((FrontendSpecOriginaltoEnabled2) => {
  FrontendSpecOriginaltoEnabled2["ENABLED"] = "enabled";
  return FrontendSpecOriginaltoEnabled2;
})(FrontendSpecOriginaltoEnabled || {});
var FrontendSpecQuicInitialRuleListCond = /* @__PURE__ */ ((FrontendSpecQuicInitialRuleListCond2) => {
  FrontendSpecQuicInitialRuleListCond2["IF"] = "if";
  FrontendSpecQuicInitialRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecQuicInitialRuleListCond2;
})(FrontendSpecQuicInitialRuleListCond || {});
var FrontendSpecQuicInitialRuleListType = /* @__PURE__ */ ((FrontendSpecQuicInitialRuleListType2) => {
  FrontendSpecQuicInitialRuleListType2["REJECT"] = "reject";
  FrontendSpecQuicInitialRuleListType2["ACCEPT"] = "accept";
  FrontendSpecQuicInitialRuleListType2["SEND_HYPHEN_RETRY"] = "send-retry";
  FrontendSpecQuicInitialRuleListType2["DGRAM_HYPHEN_DROP"] = "dgram-drop";
  return FrontendSpecQuicInitialRuleListType2;
})(FrontendSpecQuicInitialRuleListType || {});
var FrontendSpecSslFrontUseListOcspUpdate = /* @__PURE__ */ ((FrontendSpecSslFrontUseListOcspUpdate2) => {
  FrontendSpecSslFrontUseListOcspUpdate2["ENABLED"] = "enabled";
  FrontendSpecSslFrontUseListOcspUpdate2["DISABLED"] = "disabled";
  return FrontendSpecSslFrontUseListOcspUpdate2;
})(FrontendSpecSslFrontUseListOcspUpdate || {});
var FrontendSpecSslFrontUseListSslMaxVer = /* @__PURE__ */ ((FrontendSpecSslFrontUseListSslMaxVer2) => {
  FrontendSpecSslFrontUseListSslMaxVer2["SS_LV3"] = "SSLv3";
  FrontendSpecSslFrontUseListSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  FrontendSpecSslFrontUseListSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  FrontendSpecSslFrontUseListSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  FrontendSpecSslFrontUseListSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return FrontendSpecSslFrontUseListSslMaxVer2;
})(FrontendSpecSslFrontUseListSslMaxVer || {});
var FrontendSpecSslFrontUseListSslMinVer = /* @__PURE__ */ ((FrontendSpecSslFrontUseListSslMinVer2) => {
  FrontendSpecSslFrontUseListSslMinVer2["SS_LV3"] = "SSLv3";
  FrontendSpecSslFrontUseListSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  FrontendSpecSslFrontUseListSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  FrontendSpecSslFrontUseListSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  FrontendSpecSslFrontUseListSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return FrontendSpecSslFrontUseListSslMinVer2;
})(FrontendSpecSslFrontUseListSslMinVer || {});
var FrontendSpecSslFrontUseListVerify = /* @__PURE__ */ ((FrontendSpecSslFrontUseListVerify2) => {
  FrontendSpecSslFrontUseListVerify2["NONE"] = "none";
  FrontendSpecSslFrontUseListVerify2["OPTIONAL"] = "optional";
  FrontendSpecSslFrontUseListVerify2["REQUIRED"] = "required";
  return FrontendSpecSslFrontUseListVerify2;
})(FrontendSpecSslFrontUseListVerify || {});
var FrontendSpecStatsOptionsStatsAdminCond = /* @__PURE__ */ ((FrontendSpecStatsOptionsStatsAdminCond2) => {
  FrontendSpecStatsOptionsStatsAdminCond2["IF"] = "if";
  FrontendSpecStatsOptionsStatsAdminCond2["UNLESS"] = "unless";
  return FrontendSpecStatsOptionsStatsAdminCond2;
})(FrontendSpecStatsOptionsStatsAdminCond || {});
function toJson_FrontendSpecStatsOptionsStatsAuths(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwd": obj.passwd,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_FrontendSpecStatsOptionsStatsHttpRequests(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "realm": obj.realm,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var FrontendSpecStickTableSrvkey = /* @__PURE__ */ ((FrontendSpecStickTableSrvkey2) => {
  FrontendSpecStickTableSrvkey2["ADDR"] = "addr";
  FrontendSpecStickTableSrvkey2["NAME"] = "name";
  return FrontendSpecStickTableSrvkey2;
})(FrontendSpecStickTableSrvkey || {});
var FrontendSpecStickTableType = /* @__PURE__ */ ((FrontendSpecStickTableType2) => {
  FrontendSpecStickTableType2["IP"] = "ip";
  FrontendSpecStickTableType2["IPV6"] = "ipv6";
  FrontendSpecStickTableType2["INTEGER"] = "integer";
  FrontendSpecStickTableType2["STRING"] = "string";
  FrontendSpecStickTableType2["BINARY"] = "binary";
  return FrontendSpecStickTableType2;
})(FrontendSpecStickTableType || {});
var FrontendSpecTcpRequestRuleListAction = /* @__PURE__ */ ((FrontendSpecTcpRequestRuleListAction2) => {
  FrontendSpecTcpRequestRuleListAction2["ACCEPT"] = "accept";
  FrontendSpecTcpRequestRuleListAction2["ATTACH_HYPHEN_SRV"] = "attach-srv";
  FrontendSpecTcpRequestRuleListAction2["CAPTURE"] = "capture";
  FrontendSpecTcpRequestRuleListAction2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  FrontendSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP"] = "expect-netscaler-cip";
  FrontendSpecTcpRequestRuleListAction2["EXPECT_HYPHEN_PROXY"] = "expect-proxy";
  FrontendSpecTcpRequestRuleListAction2["LUA"] = "lua";
  FrontendSpecTcpRequestRuleListAction2["REJECT"] = "reject";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  FrontendSpecTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  FrontendSpecTcpRequestRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_DST"] = "set-dst";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC"] = "set-src";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  FrontendSpecTcpRequestRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  FrontendSpecTcpRequestRuleListAction2["SWITCH_HYPHEN_MODE"] = "switch-mode";
  FrontendSpecTcpRequestRuleListAction2["TRACK_HYPHEN_SC"] = "track-sc";
  FrontendSpecTcpRequestRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  FrontendSpecTcpRequestRuleListAction2["USE_HYPHEN_SERVICE"] = "use-service";
  FrontendSpecTcpRequestRuleListAction2["SET_HYPHEN_RETRIES"] = "set-retries";
  FrontendSpecTcpRequestRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return FrontendSpecTcpRequestRuleListAction2;
})(FrontendSpecTcpRequestRuleListAction || {});
var FrontendSpecTcpRequestRuleListCond = /* @__PURE__ */ ((FrontendSpecTcpRequestRuleListCond2) => {
  FrontendSpecTcpRequestRuleListCond2["IF"] = "if";
  FrontendSpecTcpRequestRuleListCond2["UNLESS"] = "unless";
  return FrontendSpecTcpRequestRuleListCond2;
})(FrontendSpecTcpRequestRuleListCond || {});
var FrontendSpecTcpRequestRuleListLogLevel = /* @__PURE__ */ ((FrontendSpecTcpRequestRuleListLogLevel2) => {
  FrontendSpecTcpRequestRuleListLogLevel2["EMERG"] = "emerg";
  FrontendSpecTcpRequestRuleListLogLevel2["ALERT"] = "alert";
  FrontendSpecTcpRequestRuleListLogLevel2["CRIT"] = "crit";
  FrontendSpecTcpRequestRuleListLogLevel2["ERR"] = "err";
  FrontendSpecTcpRequestRuleListLogLevel2["WARNING"] = "warning";
  FrontendSpecTcpRequestRuleListLogLevel2["NOTICE"] = "notice";
  FrontendSpecTcpRequestRuleListLogLevel2["INFO"] = "info";
  FrontendSpecTcpRequestRuleListLogLevel2["DEBUG"] = "debug";
  FrontendSpecTcpRequestRuleListLogLevel2["SILENT"] = "silent";
  return FrontendSpecTcpRequestRuleListLogLevel2;
})(FrontendSpecTcpRequestRuleListLogLevel || {});
var FrontendSpecTcpRequestRuleListResolveProtocol = /* @__PURE__ */ ((FrontendSpecTcpRequestRuleListResolveProtocol2) => {
  FrontendSpecTcpRequestRuleListResolveProtocol2["IPV4"] = "ipv4";
  FrontendSpecTcpRequestRuleListResolveProtocol2["IPV6"] = "ipv6";
  return FrontendSpecTcpRequestRuleListResolveProtocol2;
})(FrontendSpecTcpRequestRuleListResolveProtocol || {});
var FrontendSpecTcpRequestRuleListType = /* @__PURE__ */ ((FrontendSpecTcpRequestRuleListType2) => {
  FrontendSpecTcpRequestRuleListType2["CONNECTION"] = "connection";
  FrontendSpecTcpRequestRuleListType2["CONTENT"] = "content";
  FrontendSpecTcpRequestRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  FrontendSpecTcpRequestRuleListType2["SESSION"] = "session";
  return FrontendSpecTcpRequestRuleListType2;
})(FrontendSpecTcpRequestRuleListType || {});
var FrontendSpecStatsOptionsStatsHttpRequestsType = /* @__PURE__ */ ((FrontendSpecStatsOptionsStatsHttpRequestsType2) => {
  FrontendSpecStatsOptionsStatsHttpRequestsType2["ALLOW"] = "allow";
  FrontendSpecStatsOptionsStatsHttpRequestsType2["DENY"] = "deny";
  FrontendSpecStatsOptionsStatsHttpRequestsType2["AUTH"] = "auth";
  return FrontendSpecStatsOptionsStatsHttpRequestsType2;
})(FrontendSpecStatsOptionsStatsHttpRequestsType || {});
class Global extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "Global"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "Global"
  };
  /**
   * Renders a Kubernetes manifest for "Global".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Global.GVK,
      ...toJson_GlobalProps(props)
    };
  }
  /**
   * Defines a "Global" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Global.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Global.GVK,
      ...toJson_GlobalProps(resolved)
    };
  }
}
function toJson_GlobalProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_GlobalSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "chroot": obj.chroot,
    "close_spread_time": obj.closeSpreadTime,
    "cluster_secret": obj.clusterSecret,
    "cpu_maps": obj.cpuMaps?.map((y) => toJson_GlobalSpecCpuMaps(y)),
    "cpu_policy": obj.cpuPolicy,
    "cpu_set": obj.cpuSet?.map((y) => toJson_GlobalSpecCpuSet(y)),
    "daemon": obj.daemon,
    "debug_options": toJson_GlobalSpecDebugOptions(obj.debugOptions),
    "default_path": toJson_GlobalSpecDefaultPath(obj.defaultPath),
    "description": obj.description,
    "device_atlas_options": toJson_GlobalSpecDeviceAtlasOptions(obj.deviceAtlasOptions),
    "dns_accept_family": obj.dnsAcceptFamily,
    "environment_options": toJson_GlobalSpecEnvironmentOptions(obj.environmentOptions),
    "expose_deprecated_directives": obj.exposeDeprecatedDirectives,
    "expose_experimental_directives": obj.exposeExperimentalDirectives,
    "external_check": obj.externalCheck,
    "fifty_one_degrees_options": toJson_GlobalSpecFiftyOneDegreesOptions(obj.fiftyOneDegreesOptions),
    "force_cfg_parser_pause": obj.forceCfgParserPause,
    "gid": obj.gid,
    "grace": obj.grace,
    "group": obj.group,
    "h1_accept_payload_with_any_method": obj.h1AcceptPayloadWithAnyMethod,
    "h1_case_adjust": obj.h1CaseAdjust?.map((y) => toJson_GlobalSpecH1CaseAdjust(y)),
    "h1_case_adjust_file": obj.h1CaseAdjustFile,
    "h1_do_not_close_on_insecure_transfer_encoding": obj.h1DoNotCloseOnInsecureTransferEncoding,
    "h2_workaround_bogus_websocket_clients": obj.h2WorkaroundBogusWebsocketClients,
    "hard_stop_after": obj.hardStopAfter,
    "harden": toJson_GlobalSpecHarden(obj.harden),
    "http_client_options": toJson_GlobalSpecHttpClientOptions(obj.httpClientOptions),
    "http_err_codes": obj.httpErrCodes?.map((y) => toJson_GlobalSpecHttpErrCodes(y)),
    "http_fail_codes": obj.httpFailCodes?.map((y) => toJson_GlobalSpecHttpFailCodes(y)),
    "insecure_fork_wanted": obj.insecureForkWanted,
    "insecure_setuid_wanted": obj.insecureSetuidWanted,
    "limited_quic": obj.limitedQuic,
    "localpeer": obj.localpeer,
    "log_send_hostname": toJson_GlobalSpecLogSendHostname(obj.logSendHostname),
    "log_target_list": obj.logTargetList?.map((y) => toJson_GlobalSpecLogTargetList(y)),
    "lua_options": toJson_GlobalSpecLuaOptions(obj.luaOptions),
    "master-worker": obj.masterWorker,
    "metadata": obj.metadata,
    "mworker_max_reloads": obj.mworkerMaxReloads,
    "nbthread": obj.nbthread,
    "no_quic": obj.noQuic,
    "node": obj.node,
    "numa_cpu_mapping": obj.numaCpuMapping,
    "ocsp_update_options": toJson_GlobalSpecOcspUpdateOptions(obj.ocspUpdateOptions),
    "performance_options": toJson_GlobalSpecPerformanceOptions(obj.performanceOptions),
    "pidfile": obj.pidfile,
    "pp2_never_send_local": obj.pp2NeverSendLocal,
    "prealloc_fd": obj.preallocFd,
    "runtime_apis": obj.runtimeApis?.map((y) => toJson_GlobalSpecRuntimeApis(y)),
    "set_dumpable": obj.setDumpable,
    "set_var": obj.setVar?.map((y) => toJson_GlobalSpecSetVar(y)),
    "set_var_fmt": obj.setVarFmt?.map((y) => toJson_GlobalSpecSetVarFmt(y)),
    "setcap": obj.setcap,
    "ssl_options": toJson_GlobalSpecSslOptions(obj.sslOptions),
    "stats_file": obj.statsFile,
    "stats_maxconn": obj.statsMaxconn,
    "stats_timeout": obj.statsTimeout,
    "strict_limits": obj.strictLimits,
    "thread_group_lines": obj.threadGroupLines?.map((y) => toJson_GlobalSpecThreadGroupLines(y)),
    "thread_groups": obj.threadGroups,
    "tune_buffer_options": toJson_GlobalSpecTuneBufferOptions(obj.tuneBufferOptions),
    "tune_lua_options": toJson_GlobalSpecTuneLuaOptions(obj.tuneLuaOptions),
    "tune_options": toJson_GlobalSpecTuneOptions(obj.tuneOptions),
    "tune_quic_options": toJson_GlobalSpecTuneQuicOptions(obj.tuneQuicOptions),
    "tune_ssl_options": toJson_GlobalSpecTuneSslOptions(obj.tuneSslOptions),
    "tune_vars_options": toJson_GlobalSpecTuneVarsOptions(obj.tuneVarsOptions),
    "tune_zlib_options": toJson_GlobalSpecTuneZlibOptions(obj.tuneZlibOptions),
    "uid": obj.uid,
    "ulimit_n": obj.ulimitN,
    "user": obj.user,
    "warn_blocked_traffic_after": obj.warnBlockedTrafficAfter,
    "wurfl_options": toJson_GlobalSpecWurflOptions(obj.wurflOptions)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecCpuMaps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cpu_set": obj.cpuSet,
    "process": obj.process
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecCpuPolicy = /* @__PURE__ */ ((GlobalSpecCpuPolicy2) => {
  GlobalSpecCpuPolicy2["NONE"] = "none";
  GlobalSpecCpuPolicy2["EFFICIENCY"] = "efficiency";
  GlobalSpecCpuPolicy2["FIRST_HYPHEN_USABLE_HYPHEN_NODE"] = "first-usable-node";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_2_HYPHEN_CCX"] = "group-by-2-ccx";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_2_HYPHEN_CLUSTERS"] = "group-by-2-clusters";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_3_HYPHEN_CCX"] = "group-by-3-ccx";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_3_HYPHEN_CLUSTERS"] = "group-by-3-clusters";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_4_HYPHEN_CCX"] = "group-by-4-ccx";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_4_HYPHEN_CLUSTER"] = "group-by-4-cluster";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_CCX"] = "group-by-ccx";
  GlobalSpecCpuPolicy2["GROUP_HYPHEN_BY_HYPHEN_CLUSTER"] = "group-by-cluster";
  GlobalSpecCpuPolicy2["PERFORMANCE"] = "performance";
  GlobalSpecCpuPolicy2["RESOURCE"] = "resource";
  return GlobalSpecCpuPolicy2;
})(GlobalSpecCpuPolicy || {});
function toJson_GlobalSpecCpuSet(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "directive": obj.directive,
    "set": obj.set
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecDebugOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "anonkey": obj.anonkey,
    "quiet": obj.quiet,
    "stress_level": obj.stressLevel,
    "zero_warning": obj.zeroWarning
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecDefaultPath(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecDeviceAtlasOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "json_file": obj.jsonFile,
    "log_level": obj.logLevel,
    "properties_cookie": obj.propertiesCookie,
    "separator": obj.separator
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecEnvironmentOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "presetenv": obj.presetenv?.map((y) => toJson_GlobalSpecEnvironmentOptionsPresetenv(y)),
    "resetenv": obj.resetenv,
    "setenv": obj.setenv?.map((y) => toJson_GlobalSpecEnvironmentOptionsSetenv(y)),
    "unsetenv": obj.unsetenv
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecFiftyOneDegreesOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cache_size": obj.cacheSize,
    "data_file": obj.dataFile,
    "property_name_list": obj.propertyNameList,
    "property_separator": obj.propertySeparator
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecH1CaseAdjust(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from,
    "to": obj.to
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecHarden(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "reject_privileged_ports": toJson_GlobalSpecHardenRejectPrivilegedPorts(obj.rejectPrivilegedPorts)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecHttpClientOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "resolvers_disabled": obj.resolversDisabled,
    "resolvers_id": obj.resolversId,
    "resolvers_prefer": obj.resolversPrefer,
    "retries": obj.retries,
    "ssl_ca_file": obj.sslCaFile,
    "ssl_verify": obj.sslVerify,
    "timeout_connect": obj.timeoutConnect
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecHttpErrCodes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecHttpFailCodes(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecLogSendHostname(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "param": obj.param
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecLogTargetList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "facility": obj.facility,
    "format": obj.format,
    "global": obj.global,
    "length": obj.length,
    "level": obj.level,
    "metadata": obj.metadata,
    "minlevel": obj.minlevel,
    "nolog": obj.nolog,
    "profile": obj.profile,
    "sample_range": obj.sampleRange,
    "sample_size": obj.sampleSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecLuaOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "load_per_thread": obj.loadPerThread,
    "loads": obj.loads?.map((y) => toJson_GlobalSpecLuaOptionsLoads(y)),
    "prepend_path": obj.prependPath?.map((y) => toJson_GlobalSpecLuaOptionsPrependPath(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecNumaCpuMapping = /* @__PURE__ */ ((GlobalSpecNumaCpuMapping2) => {
  GlobalSpecNumaCpuMapping2["ENABLED"] = "enabled";
  GlobalSpecNumaCpuMapping2["DISABLED"] = "disabled";
  return GlobalSpecNumaCpuMapping2;
})(GlobalSpecNumaCpuMapping || {});
function toJson_GlobalSpecOcspUpdateOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "disable": obj.disable,
    "httpproxy": toJson_GlobalSpecOcspUpdateOptionsHttpproxy(obj.httpproxy),
    "maxdelay": obj.maxdelay,
    "mindelay": obj.mindelay,
    "mode": obj.mode
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecPerformanceOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "busy_polling": obj.busyPolling,
    "max_spread_checks": obj.maxSpreadChecks,
    "maxcompcpuusage": obj.maxcompcpuusage,
    "maxcomprate": obj.maxcomprate,
    "maxconn": obj.maxconn,
    "maxconnrate": obj.maxconnrate,
    "maxpipes": obj.maxpipes,
    "maxsessrate": obj.maxsessrate,
    "maxzlibmem": obj.maxzlibmem,
    "noepoll": obj.noepoll,
    "noevports": obj.noevports,
    "nogetaddrinfo": obj.nogetaddrinfo,
    "nokqueue": obj.nokqueue,
    "nopoll": obj.nopoll,
    "noreuseport": obj.noreuseport,
    "nosplice": obj.nosplice,
    "profiling_memory": obj.profilingMemory,
    "profiling_tasks": obj.profilingTasks,
    "server_state_base": obj.serverStateBase,
    "server_state_file": obj.serverStateFile,
    "spread_checks": obj.spreadChecks,
    "thread_hard_limit": obj.threadHardLimit
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecRuntimeApis(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accept_netscaler_cip": obj.acceptNetscalerCip,
    "accept_proxy": obj.acceptProxy,
    "address": obj.address,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backlog": obj.backlog,
    "ca_ignore_err": obj.caIgnoreErr,
    "ca_sign_file": obj.caSignFile,
    "ca_sign_pass": obj.caSignPass,
    "ca_verify_file": obj.caVerifyFile,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "crl_file": obj.crlFile,
    "crt_ignore_err": obj.crtIgnoreErr,
    "crt_list": obj.crtList,
    "curves": obj.curves,
    "default_crt_list": obj.defaultCrtList?.map((y) => y),
    "defer_accept": obj.deferAccept,
    "ecdhe": obj.ecdhe,
    "expose_fd_listeners": obj.exposeFdListeners,
    "force_sslv3": obj.forceSslv3,
    "force_strict_sni": obj.forceStrictSni,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "generate_certificates": obj.generateCertificates,
    "gid": obj.gid,
    "group": obj.group,
    "guid_prefix": obj.guidPrefix,
    "id": obj.id,
    "idle_ping": obj.idlePing,
    "interface": obj.interface,
    "level": obj.level,
    "maxconn": obj.maxconn,
    "mode": obj.mode,
    "mss": obj.mss,
    "name": obj.name,
    "namespace": obj.namespace,
    "nbconn": obj.nbconn,
    "nice": obj.nice,
    "no_alpn": obj.noAlpn,
    "no_ca_names": obj.noCaNames,
    "no_sslv3": obj.noSslv3,
    "no_strict_sni": obj.noStrictSni,
    "no_tls_tickets": obj.noTlsTickets,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "npn": obj.npn,
    "prefer_client_ciphers": obj.preferClientCiphers,
    "proto": obj.proto,
    "quic-cc-algo": obj.quicCcAlgo,
    "quic-force-retry": obj.quicForceRetry,
    "quic-socket": obj.quicSocket,
    "quic_cc_algo_burst_size": obj.quicCcAlgoBurstSize,
    "quic_cc_algo_max_window": obj.quicCcAlgoMaxWindow,
    "severity_output": obj.severityOutput,
    "sigalgs": obj.sigalgs,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "sslv3": obj.sslv3,
    "strict_sni": obj.strictSni,
    "tcp_user_timeout": obj.tcpUserTimeout,
    "tfo": obj.tfo,
    "thread": obj.thread,
    "tls_ticket_keys": obj.tlsTicketKeys,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "transparent": obj.transparent,
    "uid": obj.uid,
    "user": obj.user,
    "v4v6": obj.v4V6,
    "v6only": obj.v6Only,
    "verify": obj.verify
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecSetVar(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expr": obj.expr,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecSetVarFmt(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "format": obj.format,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecSslOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acme_scheduler": obj.acmeScheduler,
    "ca_base": obj.caBase,
    "crt_base": obj.crtBase,
    "default_bind_ciphers": obj.defaultBindCiphers,
    "default_bind_ciphersuites": obj.defaultBindCiphersuites,
    "default_bind_client_sigalgs": obj.defaultBindClientSigalgs,
    "default_bind_curves": obj.defaultBindCurves,
    "default_bind_options": obj.defaultBindOptions,
    "default_bind_sigalgs": obj.defaultBindSigalgs,
    "default_server_ciphers": obj.defaultServerCiphers,
    "default_server_ciphersuites": obj.defaultServerCiphersuites,
    "default_server_client_sigalgs": obj.defaultServerClientSigalgs,
    "default_server_curves": obj.defaultServerCurves,
    "default_server_options": obj.defaultServerOptions,
    "default_server_sigalgs": obj.defaultServerSigalgs,
    "dh_param_file": obj.dhParamFile,
    "engines": obj.engines?.map((y) => toJson_GlobalSpecSslOptionsEngines(y)),
    "issuers_chain_path": obj.issuersChainPath,
    "load_extra_files": obj.loadExtraFiles,
    "maxsslconn": obj.maxsslconn,
    "maxsslrate": obj.maxsslrate,
    "mode_async": obj.modeAsync,
    "propquery": obj.propquery,
    "provider": obj.provider,
    "provider_path": obj.providerPath,
    "security_level": obj.securityLevel,
    "server_verify": obj.serverVerify,
    "skip_self_issued_ca": obj.skipSelfIssuedCa
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecThreadGroupLines(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "group": obj.group,
    "num_or_range": obj.numOrRange
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneBufferOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "buffers_limit": obj.buffersLimit,
    "buffers_reserve": obj.buffersReserve,
    "bufsize": obj.bufsize,
    "bufsize_small": obj.bufsizeSmall,
    "pipesize": obj.pipesize,
    "rcvbuf_backend": obj.rcvbufBackend,
    "rcvbuf_client": obj.rcvbufClient,
    "rcvbuf_frontend": obj.rcvbufFrontend,
    "rcvbuf_server": obj.rcvbufServer,
    "recv_enough": obj.recvEnough,
    "sndbuf_backend": obj.sndbufBackend,
    "sndbuf_client": obj.sndbufClient,
    "sndbuf_frontend": obj.sndbufFrontend,
    "sndbuf_server": obj.sndbufServer
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneLuaOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "bool_sample_conversion": obj.boolSampleConversion,
    "burst_timeout": obj.burstTimeout,
    "forced_yield": obj.forcedYield,
    "log_loggers": obj.logLoggers,
    "log_stderr": obj.logStderr,
    "maxmem": obj.maxmem,
    "service_timeout": obj.serviceTimeout,
    "session_timeout": obj.sessionTimeout,
    "task_timeout": obj.taskTimeout
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "applet_zero_copy_forwarding": obj.appletZeroCopyForwarding,
    "comp_maxlevel": obj.compMaxlevel,
    "disable_fast_forward": obj.disableFastForward,
    "disable_zero_copy_forwarding": obj.disableZeroCopyForwarding,
    "epoll_mask_events": obj.epollMaskEvents?.map((y) => y),
    "events_max_events_at_once": obj.eventsMaxEventsAtOnce,
    "fail_alloc": obj.failAlloc,
    "fd_edge_triggered": obj.fdEdgeTriggered,
    "glitches_kill_cpu_usage": obj.glitchesKillCpuUsage,
    "h1_zero_copy_fwd_recv": obj.h1ZeroCopyFwdRecv,
    "h1_zero_copy_fwd_send": obj.h1ZeroCopyFwdSend,
    "h2_be_glitches_threshold": obj.h2BeGlitchesThreshold,
    "h2_be_initial_window_size": obj.h2BeInitialWindowSize,
    "h2_be_max_concurrent_streams": obj.h2BeMaxConcurrentStreams,
    "h2_be_rxbuf": obj.h2BeRxbuf,
    "h2_fe_glitches_threshold": obj.h2FeGlitchesThreshold,
    "h2_fe_initial_window_size": obj.h2FeInitialWindowSize,
    "h2_fe_max_concurrent_streams": obj.h2FeMaxConcurrentStreams,
    "h2_fe_max_total_streams": obj.h2FeMaxTotalStreams,
    "h2_fe_rxbuf": obj.h2FeRxbuf,
    "h2_header_table_size": obj.h2HeaderTableSize,
    "h2_initial_window_size": obj.h2InitialWindowSize,
    "h2_max_concurrent_streams": obj.h2MaxConcurrentStreams,
    "h2_max_frame_size": obj.h2MaxFrameSize,
    "h2_zero_copy_fwd_send": obj.h2ZeroCopyFwdSend,
    "http_cookielen": obj.httpCookielen,
    "http_logurilen": obj.httpLogurilen,
    "http_maxhdr": obj.httpMaxhdr,
    "idle_pool_shared": obj.idlePoolShared,
    "idletimer": obj.idletimer,
    "listener_default_shards": obj.listenerDefaultShards,
    "listener_multi_queue": obj.listenerMultiQueue,
    "max_checks_per_thread": obj.maxChecksPerThread,
    "max_rules_at_once": obj.maxRulesAtOnce,
    "maxaccept": obj.maxaccept,
    "maxpollevents": obj.maxpollevents,
    "maxrewrite": obj.maxrewrite,
    "memory_hot_size": obj.memoryHotSize,
    "notsent_lowat_client": obj.notsentLowatClient,
    "notsent_lowat_server": obj.notsentLowatServer,
    "pattern_cache_size": obj.patternCacheSize,
    "peers_max_updates_at_once": obj.peersMaxUpdatesAtOnce,
    "pool_high_fd_ratio": obj.poolHighFdRatio,
    "pool_low_fd_ratio": obj.poolLowFdRatio,
    "pt_zero_copy_forwarding": obj.ptZeroCopyForwarding,
    "renice_runtime": obj.reniceRuntime,
    "renice_startup": obj.reniceStartup,
    "ring_queues": obj.ringQueues,
    "runqueue_depth": obj.runqueueDepth,
    "sched_low_latency": obj.schedLowLatency,
    "stick_counters": obj.stickCounters,
    "takeover_other_tg_connections": obj.takeoverOtherTgConnections
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneQuicOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "frontend_conn_tx_buffers_limit": obj.frontendConnTxBuffersLimit,
    "frontend_max_idle_timeout": obj.frontendMaxIdleTimeout,
    "frontend_max_streams_bidi": obj.frontendMaxStreamsBidi,
    "frontend_max_tx_memory": obj.frontendMaxTxMemory,
    "max_frame_loss": obj.maxFrameLoss,
    "reorder_ratio": obj.reorderRatio,
    "retry_threshold": obj.retryThreshold,
    "socket_owner": obj.socketOwner,
    "zero_copy_fwd_send": obj.zeroCopyFwdSend
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneSslOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cachesize": obj.cachesize,
    "capture_buffer_size": obj.captureBufferSize,
    "ctx_cache_size": obj.ctxCacheSize,
    "default_dh_param": obj.defaultDhParam,
    "force_private_cache": obj.forcePrivateCache,
    "keylog": obj.keylog,
    "lifetime": obj.lifetime,
    "maxrecord": obj.maxrecord,
    "ocsp_update_max_delay": obj.ocspUpdateMaxDelay,
    "ocsp_update_min_delay": obj.ocspUpdateMinDelay
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneVarsOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "global_max_size": obj.globalMaxSize,
    "proc_max_size": obj.procMaxSize,
    "reqres_max_size": obj.reqresMaxSize,
    "sess_max_size": obj.sessMaxSize,
    "txn_max_size": obj.txnMaxSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecTuneZlibOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "memlevel": obj.memlevel,
    "windowsize": obj.windowsize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecWurflOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cache_size": obj.cacheSize,
    "data_file": obj.dataFile,
    "information_list": obj.informationList,
    "information_list_separator": obj.informationListSeparator,
    "patch_file": obj.patchFile
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecCpuSetDirective = /* @__PURE__ */ ((GlobalSpecCpuSetDirective2) => {
  GlobalSpecCpuSetDirective2["RESET"] = "reset";
  GlobalSpecCpuSetDirective2["DROP_HYPHEN_CPU"] = "drop-cpu";
  GlobalSpecCpuSetDirective2["ONLY_HYPHEN_CPU"] = "only-cpu";
  GlobalSpecCpuSetDirective2["DROP_HYPHEN_NODE"] = "drop-node";
  GlobalSpecCpuSetDirective2["ONLY_HYPHEN_NODE"] = "only-node";
  GlobalSpecCpuSetDirective2["DROP_HYPHEN_CLUSTER"] = "drop-cluster";
  GlobalSpecCpuSetDirective2["ONLY_HYPHEN_CLUSTER"] = "only-cluster";
  GlobalSpecCpuSetDirective2["DROP_HYPHEN_CORE"] = "drop-core";
  GlobalSpecCpuSetDirective2["ONLY_HYPHEN_CORE"] = "only-core";
  GlobalSpecCpuSetDirective2["DROP_HYPHEN_THREAD"] = "drop-thread";
  GlobalSpecCpuSetDirective2["ONLY_HYPHEN_THREAD"] = "only-thread";
  return GlobalSpecCpuSetDirective2;
})(GlobalSpecCpuSetDirective || {});
var GlobalSpecDefaultPathType = /* @__PURE__ */ ((GlobalSpecDefaultPathType2) => {
  GlobalSpecDefaultPathType2["CURRENT"] = "current";
  GlobalSpecDefaultPathType2["CONFIG"] = "config";
  GlobalSpecDefaultPathType2["PARENT"] = "parent";
  GlobalSpecDefaultPathType2["ORIGIN"] = "origin";
  return GlobalSpecDefaultPathType2;
})(GlobalSpecDefaultPathType || {});
function toJson_GlobalSpecEnvironmentOptionsPresetenv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecEnvironmentOptionsSetenv(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecHardenRejectPrivilegedPorts(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "quic": obj.quic,
    "tcp": obj.tcp
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecHttpClientOptionsResolversDisabled = /* @__PURE__ */ ((GlobalSpecHttpClientOptionsResolversDisabled2) => {
  GlobalSpecHttpClientOptionsResolversDisabled2["ENABLED"] = "enabled";
  GlobalSpecHttpClientOptionsResolversDisabled2["DISABLED"] = "disabled";
  return GlobalSpecHttpClientOptionsResolversDisabled2;
})(GlobalSpecHttpClientOptionsResolversDisabled || {});
var GlobalSpecHttpClientOptionsResolversPrefer = /* @__PURE__ */ ((GlobalSpecHttpClientOptionsResolversPrefer2) => {
  GlobalSpecHttpClientOptionsResolversPrefer2["IPV4"] = "ipv4";
  GlobalSpecHttpClientOptionsResolversPrefer2["IPV6"] = "ipv6";
  return GlobalSpecHttpClientOptionsResolversPrefer2;
})(GlobalSpecHttpClientOptionsResolversPrefer || {});
var GlobalSpecHttpClientOptionsSslVerify = /* @__PURE__ */ ((GlobalSpecHttpClientOptionsSslVerify2) => {
  GlobalSpecHttpClientOptionsSslVerify2["NONE"] = "none";
  GlobalSpecHttpClientOptionsSslVerify2["REQUIRED"] = "required";
  return GlobalSpecHttpClientOptionsSslVerify2;
})(GlobalSpecHttpClientOptionsSslVerify || {});
var GlobalSpecLogSendHostnameEnabled = /* @__PURE__ */ ((GlobalSpecLogSendHostnameEnabled2) => {
  GlobalSpecLogSendHostnameEnabled2["ENABLED"] = "enabled";
  GlobalSpecLogSendHostnameEnabled2["DISABLED"] = "disabled";
  return GlobalSpecLogSendHostnameEnabled2;
})(GlobalSpecLogSendHostnameEnabled || {});
var GlobalSpecLogTargetListFacility = /* @__PURE__ */ ((GlobalSpecLogTargetListFacility2) => {
  GlobalSpecLogTargetListFacility2["KERN"] = "kern";
  GlobalSpecLogTargetListFacility2["USER"] = "user";
  GlobalSpecLogTargetListFacility2["MAIL"] = "mail";
  GlobalSpecLogTargetListFacility2["DAEMON"] = "daemon";
  GlobalSpecLogTargetListFacility2["AUTH"] = "auth";
  GlobalSpecLogTargetListFacility2["SYSLOG"] = "syslog";
  GlobalSpecLogTargetListFacility2["LPR"] = "lpr";
  GlobalSpecLogTargetListFacility2["NEWS"] = "news";
  GlobalSpecLogTargetListFacility2["UUCP"] = "uucp";
  GlobalSpecLogTargetListFacility2["CRON"] = "cron";
  GlobalSpecLogTargetListFacility2["AUTH2"] = "auth2";
  GlobalSpecLogTargetListFacility2["FTP"] = "ftp";
  GlobalSpecLogTargetListFacility2["NTP"] = "ntp";
  GlobalSpecLogTargetListFacility2["AUDIT"] = "audit";
  GlobalSpecLogTargetListFacility2["ALERT"] = "alert";
  GlobalSpecLogTargetListFacility2["CRON2"] = "cron2";
  GlobalSpecLogTargetListFacility2["LOCAL0"] = "local0";
  GlobalSpecLogTargetListFacility2["LOCAL1"] = "local1";
  GlobalSpecLogTargetListFacility2["LOCAL2"] = "local2";
  GlobalSpecLogTargetListFacility2["LOCAL3"] = "local3";
  GlobalSpecLogTargetListFacility2["LOCAL4"] = "local4";
  GlobalSpecLogTargetListFacility2["LOCAL5"] = "local5";
  GlobalSpecLogTargetListFacility2["LOCAL6"] = "local6";
  GlobalSpecLogTargetListFacility2["LOCAL7"] = "local7";
  return GlobalSpecLogTargetListFacility2;
})(GlobalSpecLogTargetListFacility || {});
var GlobalSpecLogTargetListFormat = /* @__PURE__ */ ((GlobalSpecLogTargetListFormat2) => {
  GlobalSpecLogTargetListFormat2["LOCAL"] = "local";
  GlobalSpecLogTargetListFormat2["RFC3164"] = "rfc3164";
  GlobalSpecLogTargetListFormat2["RFC5424"] = "rfc5424";
  GlobalSpecLogTargetListFormat2["PRIORITY"] = "priority";
  GlobalSpecLogTargetListFormat2["SHORT"] = "short";
  GlobalSpecLogTargetListFormat2["TIMED"] = "timed";
  GlobalSpecLogTargetListFormat2["ISO"] = "iso";
  GlobalSpecLogTargetListFormat2["RAW"] = "raw";
  return GlobalSpecLogTargetListFormat2;
})(GlobalSpecLogTargetListFormat || {});
var GlobalSpecLogTargetListLevel = /* @__PURE__ */ ((GlobalSpecLogTargetListLevel2) => {
  GlobalSpecLogTargetListLevel2["EMERG"] = "emerg";
  GlobalSpecLogTargetListLevel2["ALERT"] = "alert";
  GlobalSpecLogTargetListLevel2["CRIT"] = "crit";
  GlobalSpecLogTargetListLevel2["ERR"] = "err";
  GlobalSpecLogTargetListLevel2["WARNING"] = "warning";
  GlobalSpecLogTargetListLevel2["NOTICE"] = "notice";
  GlobalSpecLogTargetListLevel2["INFO"] = "info";
  GlobalSpecLogTargetListLevel2["DEBUG"] = "debug";
  return GlobalSpecLogTargetListLevel2;
})(GlobalSpecLogTargetListLevel || {});
var GlobalSpecLogTargetListMinlevel = /* @__PURE__ */ ((GlobalSpecLogTargetListMinlevel2) => {
  GlobalSpecLogTargetListMinlevel2["EMERG"] = "emerg";
  GlobalSpecLogTargetListMinlevel2["ALERT"] = "alert";
  GlobalSpecLogTargetListMinlevel2["CRIT"] = "crit";
  GlobalSpecLogTargetListMinlevel2["ERR"] = "err";
  GlobalSpecLogTargetListMinlevel2["WARNING"] = "warning";
  GlobalSpecLogTargetListMinlevel2["NOTICE"] = "notice";
  GlobalSpecLogTargetListMinlevel2["INFO"] = "info";
  GlobalSpecLogTargetListMinlevel2["DEBUG"] = "debug";
  return GlobalSpecLogTargetListMinlevel2;
})(GlobalSpecLogTargetListMinlevel || {});
function toJson_GlobalSpecLuaOptionsLoads(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "file": obj.file
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecLuaOptionsPrependPath(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "path": obj.path,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_GlobalSpecOcspUpdateOptionsHttpproxy(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "port": obj.port
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecOcspUpdateOptionsMode = /* @__PURE__ */ ((GlobalSpecOcspUpdateOptionsMode2) => {
  GlobalSpecOcspUpdateOptionsMode2["ENABLED"] = "enabled";
  GlobalSpecOcspUpdateOptionsMode2["DISABLED"] = "disabled";
  return GlobalSpecOcspUpdateOptionsMode2;
})(GlobalSpecOcspUpdateOptionsMode || {});
var GlobalSpecPerformanceOptionsProfilingMemory = /* @__PURE__ */ ((GlobalSpecPerformanceOptionsProfilingMemory2) => {
  GlobalSpecPerformanceOptionsProfilingMemory2["ENABLED"] = "enabled";
  GlobalSpecPerformanceOptionsProfilingMemory2["DISABLED"] = "disabled";
  return GlobalSpecPerformanceOptionsProfilingMemory2;
})(GlobalSpecPerformanceOptionsProfilingMemory || {});
var GlobalSpecPerformanceOptionsProfilingTasks = /* @__PURE__ */ ((GlobalSpecPerformanceOptionsProfilingTasks2) => {
  GlobalSpecPerformanceOptionsProfilingTasks2["AUTO"] = "auto";
  GlobalSpecPerformanceOptionsProfilingTasks2["ENABLED"] = "enabled";
  GlobalSpecPerformanceOptionsProfilingTasks2["DISABLED"] = "disabled";
  return GlobalSpecPerformanceOptionsProfilingTasks2;
})(GlobalSpecPerformanceOptionsProfilingTasks || {});
var GlobalSpecRuntimeApisForceStrictSni = /* @__PURE__ */ ((GlobalSpecRuntimeApisForceStrictSni2) => {
  GlobalSpecRuntimeApisForceStrictSni2["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisForceStrictSni2["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisForceStrictSni2;
})(GlobalSpecRuntimeApisForceStrictSni || {});
var GlobalSpecRuntimeApisLevel = /* @__PURE__ */ ((GlobalSpecRuntimeApisLevel2) => {
  GlobalSpecRuntimeApisLevel2["USER"] = "user";
  GlobalSpecRuntimeApisLevel2["OPERATOR"] = "operator";
  GlobalSpecRuntimeApisLevel2["ADMIN"] = "admin";
  return GlobalSpecRuntimeApisLevel2;
})(GlobalSpecRuntimeApisLevel || {});
var GlobalSpecRuntimeApisQuicCcAlgo = /* @__PURE__ */ ((GlobalSpecRuntimeApisQuicCcAlgo2) => {
  GlobalSpecRuntimeApisQuicCcAlgo2["CUBIC"] = "cubic";
  GlobalSpecRuntimeApisQuicCcAlgo2["NEWRENO"] = "newreno";
  GlobalSpecRuntimeApisQuicCcAlgo2["BBR"] = "bbr";
  GlobalSpecRuntimeApisQuicCcAlgo2["NOCC"] = "nocc";
  return GlobalSpecRuntimeApisQuicCcAlgo2;
})(GlobalSpecRuntimeApisQuicCcAlgo || {});
var GlobalSpecRuntimeApisQuicSocket = /* @__PURE__ */ ((GlobalSpecRuntimeApisQuicSocket2) => {
  GlobalSpecRuntimeApisQuicSocket2["CONNECTION"] = "connection";
  GlobalSpecRuntimeApisQuicSocket2["LISTENER"] = "listener";
  return GlobalSpecRuntimeApisQuicSocket2;
})(GlobalSpecRuntimeApisQuicSocket || {});
var GlobalSpecRuntimeApisSeverityOutput = /* @__PURE__ */ ((GlobalSpecRuntimeApisSeverityOutput2) => {
  GlobalSpecRuntimeApisSeverityOutput2["NONE"] = "none";
  GlobalSpecRuntimeApisSeverityOutput2["NUMBER"] = "number";
  GlobalSpecRuntimeApisSeverityOutput2["STRING"] = "string";
  return GlobalSpecRuntimeApisSeverityOutput2;
})(GlobalSpecRuntimeApisSeverityOutput || {});
var GlobalSpecRuntimeApisSslMaxVer = /* @__PURE__ */ ((GlobalSpecRuntimeApisSslMaxVer2) => {
  GlobalSpecRuntimeApisSslMaxVer2["SS_LV3"] = "SSLv3";
  GlobalSpecRuntimeApisSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  GlobalSpecRuntimeApisSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  GlobalSpecRuntimeApisSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  GlobalSpecRuntimeApisSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return GlobalSpecRuntimeApisSslMaxVer2;
})(GlobalSpecRuntimeApisSslMaxVer || {});
var GlobalSpecRuntimeApisSslMinVer = /* @__PURE__ */ ((GlobalSpecRuntimeApisSslMinVer2) => {
  GlobalSpecRuntimeApisSslMinVer2["SS_LV3"] = "SSLv3";
  GlobalSpecRuntimeApisSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  GlobalSpecRuntimeApisSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  GlobalSpecRuntimeApisSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  GlobalSpecRuntimeApisSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return GlobalSpecRuntimeApisSslMinVer2;
})(GlobalSpecRuntimeApisSslMinVer || {});
var GlobalSpecRuntimeApisSslv3 = /* @__PURE__ */ ((GlobalSpecRuntimeApisSslv32) => {
  GlobalSpecRuntimeApisSslv32["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisSslv32["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisSslv32;
})(GlobalSpecRuntimeApisSslv3 || {});
var GlobalSpecRuntimeApisTlsTickets = /* @__PURE__ */ ((GlobalSpecRuntimeApisTlsTickets2) => {
  GlobalSpecRuntimeApisTlsTickets2["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisTlsTickets2["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisTlsTickets2;
})(GlobalSpecRuntimeApisTlsTickets || {});
var GlobalSpecRuntimeApisTlsv10 = /* @__PURE__ */ ((GlobalSpecRuntimeApisTlsv102) => {
  GlobalSpecRuntimeApisTlsv102["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisTlsv102["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisTlsv102;
})(GlobalSpecRuntimeApisTlsv10 || {});
var GlobalSpecRuntimeApisTlsv11 = /* @__PURE__ */ ((GlobalSpecRuntimeApisTlsv112) => {
  GlobalSpecRuntimeApisTlsv112["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisTlsv112["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisTlsv112;
})(GlobalSpecRuntimeApisTlsv11 || {});
var GlobalSpecRuntimeApisTlsv12 = /* @__PURE__ */ ((GlobalSpecRuntimeApisTlsv122) => {
  GlobalSpecRuntimeApisTlsv122["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisTlsv122["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisTlsv122;
})(GlobalSpecRuntimeApisTlsv12 || {});
var GlobalSpecRuntimeApisTlsv13 = /* @__PURE__ */ ((GlobalSpecRuntimeApisTlsv132) => {
  GlobalSpecRuntimeApisTlsv132["ENABLED"] = "enabled";
  GlobalSpecRuntimeApisTlsv132["DISABLED"] = "disabled";
  return GlobalSpecRuntimeApisTlsv132;
})(GlobalSpecRuntimeApisTlsv13 || {});
var GlobalSpecRuntimeApisVerify = /* @__PURE__ */ ((GlobalSpecRuntimeApisVerify2) => {
  GlobalSpecRuntimeApisVerify2["NONE"] = "none";
  GlobalSpecRuntimeApisVerify2["OPTIONAL"] = "optional";
  GlobalSpecRuntimeApisVerify2["REQUIRED"] = "required";
  return GlobalSpecRuntimeApisVerify2;
})(GlobalSpecRuntimeApisVerify || {});
var GlobalSpecSslOptionsAcmeScheduler = /* @__PURE__ */ ((GlobalSpecSslOptionsAcmeScheduler2) => {
  GlobalSpecSslOptionsAcmeScheduler2["AUTO"] = "auto";
  GlobalSpecSslOptionsAcmeScheduler2["OFF"] = "off";
  return GlobalSpecSslOptionsAcmeScheduler2;
})(GlobalSpecSslOptionsAcmeScheduler || {});
function toJson_GlobalSpecSslOptionsEngines(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algorithms": obj.algorithms,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var GlobalSpecSslOptionsModeAsync = /* @__PURE__ */ ((GlobalSpecSslOptionsModeAsync2) => {
  GlobalSpecSslOptionsModeAsync2["ENABLED"] = "enabled";
  GlobalSpecSslOptionsModeAsync2["DISABLED"] = "disabled";
  return GlobalSpecSslOptionsModeAsync2;
})(GlobalSpecSslOptionsModeAsync || {});
var GlobalSpecSslOptionsServerVerify = /* @__PURE__ */ ((GlobalSpecSslOptionsServerVerify2) => {
  GlobalSpecSslOptionsServerVerify2["NONE"] = "none";
  GlobalSpecSslOptionsServerVerify2["REQUIRED"] = "required";
  return GlobalSpecSslOptionsServerVerify2;
})(GlobalSpecSslOptionsServerVerify || {});
var GlobalSpecTuneLuaOptionsBoolSampleConversion = /* @__PURE__ */ ((GlobalSpecTuneLuaOptionsBoolSampleConversion2) => {
  GlobalSpecTuneLuaOptionsBoolSampleConversion2["NORMAL"] = "normal";
  GlobalSpecTuneLuaOptionsBoolSampleConversion2["PRE_HYPHEN_3_1_HYPHEN_BUG"] = "pre-3.1-bug";
  return GlobalSpecTuneLuaOptionsBoolSampleConversion2;
})(GlobalSpecTuneLuaOptionsBoolSampleConversion || {});
var GlobalSpecTuneLuaOptionsLogLoggers = /* @__PURE__ */ ((GlobalSpecTuneLuaOptionsLogLoggers2) => {
  GlobalSpecTuneLuaOptionsLogLoggers2["ENABLED"] = "enabled";
  GlobalSpecTuneLuaOptionsLogLoggers2["DISABLED"] = "disabled";
  return GlobalSpecTuneLuaOptionsLogLoggers2;
})(GlobalSpecTuneLuaOptionsLogLoggers || {});
var GlobalSpecTuneLuaOptionsLogStderr = /* @__PURE__ */ ((GlobalSpecTuneLuaOptionsLogStderr2) => {
  GlobalSpecTuneLuaOptionsLogStderr2["AUTO"] = "auto";
  GlobalSpecTuneLuaOptionsLogStderr2["ENABLED"] = "enabled";
  GlobalSpecTuneLuaOptionsLogStderr2["DISABLED"] = "disabled";
  return GlobalSpecTuneLuaOptionsLogStderr2;
})(GlobalSpecTuneLuaOptionsLogStderr || {});
var GlobalSpecTuneOptionsAppletZeroCopyForwarding = /* @__PURE__ */ ((GlobalSpecTuneOptionsAppletZeroCopyForwarding2) => {
  GlobalSpecTuneOptionsAppletZeroCopyForwarding2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsAppletZeroCopyForwarding2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsAppletZeroCopyForwarding2;
})(GlobalSpecTuneOptionsAppletZeroCopyForwarding || {});
var GlobalSpecTuneOptionsFdEdgeTriggered = /* @__PURE__ */ ((GlobalSpecTuneOptionsFdEdgeTriggered2) => {
  GlobalSpecTuneOptionsFdEdgeTriggered2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsFdEdgeTriggered2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsFdEdgeTriggered2;
})(GlobalSpecTuneOptionsFdEdgeTriggered || {});
var GlobalSpecTuneOptionsH1ZeroCopyFwdRecv = /* @__PURE__ */ ((GlobalSpecTuneOptionsH1ZeroCopyFwdRecv2) => {
  GlobalSpecTuneOptionsH1ZeroCopyFwdRecv2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsH1ZeroCopyFwdRecv2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsH1ZeroCopyFwdRecv2;
})(GlobalSpecTuneOptionsH1ZeroCopyFwdRecv || {});
var GlobalSpecTuneOptionsH1ZeroCopyFwdSend = /* @__PURE__ */ ((GlobalSpecTuneOptionsH1ZeroCopyFwdSend2) => {
  GlobalSpecTuneOptionsH1ZeroCopyFwdSend2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsH1ZeroCopyFwdSend2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsH1ZeroCopyFwdSend2;
})(GlobalSpecTuneOptionsH1ZeroCopyFwdSend || {});
var GlobalSpecTuneOptionsH2ZeroCopyFwdSend = /* @__PURE__ */ ((GlobalSpecTuneOptionsH2ZeroCopyFwdSend2) => {
  GlobalSpecTuneOptionsH2ZeroCopyFwdSend2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsH2ZeroCopyFwdSend2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsH2ZeroCopyFwdSend2;
})(GlobalSpecTuneOptionsH2ZeroCopyFwdSend || {});
var GlobalSpecTuneOptionsIdlePoolShared = /* @__PURE__ */ ((GlobalSpecTuneOptionsIdlePoolShared2) => {
  GlobalSpecTuneOptionsIdlePoolShared2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsIdlePoolShared2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsIdlePoolShared2;
})(GlobalSpecTuneOptionsIdlePoolShared || {});
var GlobalSpecTuneOptionsListenerDefaultShards = /* @__PURE__ */ ((GlobalSpecTuneOptionsListenerDefaultShards2) => {
  GlobalSpecTuneOptionsListenerDefaultShards2["BY_HYPHEN_PROCESS"] = "by-process";
  GlobalSpecTuneOptionsListenerDefaultShards2["BY_HYPHEN_THREAD"] = "by-thread";
  GlobalSpecTuneOptionsListenerDefaultShards2["BY_HYPHEN_GROUP"] = "by-group";
  return GlobalSpecTuneOptionsListenerDefaultShards2;
})(GlobalSpecTuneOptionsListenerDefaultShards || {});
var GlobalSpecTuneOptionsListenerMultiQueue = /* @__PURE__ */ ((GlobalSpecTuneOptionsListenerMultiQueue2) => {
  GlobalSpecTuneOptionsListenerMultiQueue2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsListenerMultiQueue2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsListenerMultiQueue2;
})(GlobalSpecTuneOptionsListenerMultiQueue || {});
var GlobalSpecTuneOptionsPtZeroCopyForwarding = /* @__PURE__ */ ((GlobalSpecTuneOptionsPtZeroCopyForwarding2) => {
  GlobalSpecTuneOptionsPtZeroCopyForwarding2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsPtZeroCopyForwarding2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsPtZeroCopyForwarding2;
})(GlobalSpecTuneOptionsPtZeroCopyForwarding || {});
var GlobalSpecTuneOptionsSchedLowLatency = /* @__PURE__ */ ((GlobalSpecTuneOptionsSchedLowLatency2) => {
  GlobalSpecTuneOptionsSchedLowLatency2["ENABLED"] = "enabled";
  GlobalSpecTuneOptionsSchedLowLatency2["DISABLED"] = "disabled";
  return GlobalSpecTuneOptionsSchedLowLatency2;
})(GlobalSpecTuneOptionsSchedLowLatency || {});
var GlobalSpecTuneOptionsTakeoverOtherTgConnections = /* @__PURE__ */ ((GlobalSpecTuneOptionsTakeoverOtherTgConnections2) => {
  GlobalSpecTuneOptionsTakeoverOtherTgConnections2["NONE"] = "none";
  GlobalSpecTuneOptionsTakeoverOtherTgConnections2["RESTRICTED"] = "restricted";
  GlobalSpecTuneOptionsTakeoverOtherTgConnections2["FULL"] = "full";
  return GlobalSpecTuneOptionsTakeoverOtherTgConnections2;
})(GlobalSpecTuneOptionsTakeoverOtherTgConnections || {});
var GlobalSpecTuneQuicOptionsSocketOwner = /* @__PURE__ */ ((GlobalSpecTuneQuicOptionsSocketOwner2) => {
  GlobalSpecTuneQuicOptionsSocketOwner2["LISTENER"] = "listener";
  GlobalSpecTuneQuicOptionsSocketOwner2["CONNECTION"] = "connection";
  return GlobalSpecTuneQuicOptionsSocketOwner2;
})(GlobalSpecTuneQuicOptionsSocketOwner || {});
var GlobalSpecTuneQuicOptionsZeroCopyFwdSend = /* @__PURE__ */ ((GlobalSpecTuneQuicOptionsZeroCopyFwdSend2) => {
  GlobalSpecTuneQuicOptionsZeroCopyFwdSend2["ENABLED"] = "enabled";
  GlobalSpecTuneQuicOptionsZeroCopyFwdSend2["DISABLED"] = "disabled";
  return GlobalSpecTuneQuicOptionsZeroCopyFwdSend2;
})(GlobalSpecTuneQuicOptionsZeroCopyFwdSend || {});
var GlobalSpecTuneSslOptionsKeylog = /* @__PURE__ */ ((GlobalSpecTuneSslOptionsKeylog2) => {
  GlobalSpecTuneSslOptionsKeylog2["ENABLED"] = "enabled";
  GlobalSpecTuneSslOptionsKeylog2["DISABLED"] = "disabled";
  return GlobalSpecTuneSslOptionsKeylog2;
})(GlobalSpecTuneSslOptionsKeylog || {});
var GlobalSpecHardenRejectPrivilegedPortsQuic = /* @__PURE__ */ ((GlobalSpecHardenRejectPrivilegedPortsQuic2) => {
  GlobalSpecHardenRejectPrivilegedPortsQuic2["ENABLED"] = "enabled";
  GlobalSpecHardenRejectPrivilegedPortsQuic2["DISABLED"] = "disabled";
  return GlobalSpecHardenRejectPrivilegedPortsQuic2;
})(GlobalSpecHardenRejectPrivilegedPortsQuic || {});
var GlobalSpecHardenRejectPrivilegedPortsTcp = /* @__PURE__ */ ((GlobalSpecHardenRejectPrivilegedPortsTcp2) => {
  GlobalSpecHardenRejectPrivilegedPortsTcp2["ENABLED"] = "enabled";
  GlobalSpecHardenRejectPrivilegedPortsTcp2["DISABLED"] = "disabled";
  return GlobalSpecHardenRejectPrivilegedPortsTcp2;
})(GlobalSpecHardenRejectPrivilegedPortsTcp || {});
var GlobalSpecLuaOptionsPrependPathType = /* @__PURE__ */ ((GlobalSpecLuaOptionsPrependPathType2) => {
  GlobalSpecLuaOptionsPrependPathType2["PATH"] = "path";
  GlobalSpecLuaOptionsPrependPathType2["CPATH"] = "cpath";
  return GlobalSpecLuaOptionsPrependPathType2;
})(GlobalSpecLuaOptionsPrependPathType || {});
class Tcp extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "TCP"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "TCP"
  };
  /**
   * Renders a Kubernetes manifest for "TCP".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...Tcp.GVK,
      ...toJson_TcpProps(props)
    };
  }
  /**
   * Defines a "TCP" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...Tcp.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...Tcp.GVK,
      ...toJson_TcpProps(resolved)
    };
  }
}
function toJson_TcpProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": obj.spec?.map((y) => toJson_TcpSpec(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "frontend": toJson_TcpSpecFrontend(obj.frontend),
    "name": obj.name,
    "service": toJson_TcpSpecService(obj.service),
    "services": obj.services?.map((y) => toJson_TcpSpecServices(y))
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontend(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accept_invalid_http_request": obj.acceptInvalidHttpRequest,
    "accept_unsafe_violations_in_http_request": obj.acceptUnsafeViolationsInHttpRequest,
    "acl_list": obj.aclList?.map((y) => toJson_TcpSpecFrontendAclList(y)),
    "backend_switching_rule_list": obj.backendSwitchingRuleList?.map((y) => toJson_TcpSpecFrontendBackendSwitchingRuleList(y)),
    "backlog": obj.backlog,
    "binds": obj.binds === void 0 ? void 0 : Object.entries(obj.binds).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_TcpSpecFrontendBinds(i[1]) }, {}),
    "capture_list": obj.captureList?.map((y) => toJson_TcpSpecFrontendCaptureList(y)),
    "clflog": obj.clflog,
    "client_fin_timeout": obj.clientFinTimeout,
    "client_timeout": obj.clientTimeout,
    "clitcpka": obj.clitcpka,
    "clitcpka_cnt": obj.clitcpkaCnt,
    "clitcpka_idle": obj.clitcpkaIdle,
    "clitcpka_intvl": obj.clitcpkaIntvl,
    "compression": toJson_TcpSpecFrontendCompression(obj.compression),
    "contstats": obj.contstats,
    "default_backend": obj.defaultBackend,
    "description": obj.description,
    "disable_h2_upgrade": obj.disableH2Upgrade,
    "disabled": obj.disabled,
    "dontlog_normal": obj.dontlogNormal,
    "dontlognull": obj.dontlognull,
    "email_alert": toJson_TcpSpecFrontendEmailAlert(obj.emailAlert),
    "enabled": obj.enabled,
    "error_files": obj.errorFiles?.map((y) => toJson_TcpSpecFrontendErrorFiles(y)),
    "error_log_format": obj.errorLogFormat,
    "errorfiles_from_http_errors": obj.errorfilesFromHttpErrors?.map((y) => toJson_TcpSpecFrontendErrorfilesFromHttpErrors(y)),
    "errorloc302": toJson_TcpSpecFrontendErrorloc302(obj.errorloc302),
    "errorloc303": toJson_TcpSpecFrontendErrorloc303(obj.errorloc303),
    "filter_list": obj.filterList?.map((y) => toJson_TcpSpecFrontendFilterList(y)),
    "forwardfor": toJson_TcpSpecFrontendForwardfor(obj.forwardfor),
    "from": obj.from,
    "guid": obj.guid,
    "h1_case_adjust_bogus_client": obj.h1CaseAdjustBogusClient,
    "http-buffer-request": obj.httpBufferRequest,
    "http-drop-response-trailers": obj.httpDropResponseTrailers,
    "http-use-htx": obj.httpUseHtx,
    "http_after_response_rule_list": obj.httpAfterResponseRuleList?.map((y) => toJson_TcpSpecFrontendHttpAfterResponseRuleList(y)),
    "http_connection_mode": obj.httpConnectionMode,
    "http_error_rule_list": obj.httpErrorRuleList?.map((y) => toJson_TcpSpecFrontendHttpErrorRuleList(y)),
    "http_ignore_probes": obj.httpIgnoreProbes,
    "http_keep_alive_timeout": obj.httpKeepAliveTimeout,
    "http_no_delay": obj.httpNoDelay,
    "http_request_rule_list": obj.httpRequestRuleList?.map((y) => toJson_TcpSpecFrontendHttpRequestRuleList(y)),
    "http_request_timeout": obj.httpRequestTimeout,
    "http_response_rule_list": obj.httpResponseRuleList?.map((y) => toJson_TcpSpecFrontendHttpResponseRuleList(y)),
    "http_restrict_req_hdr_names": obj.httpRestrictReqHdrNames,
    "http_use_proxy_header": obj.httpUseProxyHeader,
    "httplog": obj.httplog,
    "httpslog": obj.httpslog,
    "id": obj.id,
    "idle_close_on_response": obj.idleCloseOnResponse,
    "independent_streams": obj.independentStreams,
    "log_format": obj.logFormat,
    "log_format_sd": obj.logFormatSd,
    "log_separate_errors": obj.logSeparateErrors,
    "log_steps": obj.logSteps?.map((y) => y),
    "log_tag": obj.logTag,
    "log_target_list": obj.logTargetList?.map((y) => toJson_TcpSpecFrontendLogTargetList(y)),
    "logasap": obj.logasap,
    "maxconn": obj.maxconn,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "monitor_fail": toJson_TcpSpecFrontendMonitorFail(obj.monitorFail),
    "monitor_uri": obj.monitorUri,
    "name": obj.name,
    "nolinger": obj.nolinger,
    "originalto": toJson_TcpSpecFrontendOriginalto(obj.originalto),
    "quic_initial_rule_list": obj.quicInitialRuleList?.map((y) => toJson_TcpSpecFrontendQuicInitialRuleList(y)),
    "socket_stats": obj.socketStats,
    "splice_auto": obj.spliceAuto,
    "splice_request": obj.spliceRequest,
    "splice_response": obj.spliceResponse,
    "ssl_front_use_list": obj.sslFrontUseList?.map((y) => toJson_TcpSpecFrontendSslFrontUseList(y)),
    "stats_options": toJson_TcpSpecFrontendStatsOptions(obj.statsOptions),
    "stick_table": toJson_TcpSpecFrontendStickTable(obj.stickTable),
    "tarpit_timeout": obj.tarpitTimeout,
    "tcp_request_rule_list": obj.tcpRequestRuleList?.map((y) => toJson_TcpSpecFrontendTcpRequestRuleList(y)),
    "tcp_smart_accept": obj.tcpSmartAccept,
    "tcpka": obj.tcpka,
    "tcplog": obj.tcplog,
    "unique_id_format": obj.uniqueIdFormat,
    "unique_id_header": obj.uniqueIdHeader
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecService(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "port": obj.port
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecServices(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "name": obj.name,
    "port": obj.port
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendAcceptInvalidHttpRequest = /* @__PURE__ */ ((TcpSpecFrontendAcceptInvalidHttpRequest2) => {
  TcpSpecFrontendAcceptInvalidHttpRequest2["ENABLED"] = "enabled";
  TcpSpecFrontendAcceptInvalidHttpRequest2["DISABLED"] = "disabled";
  return TcpSpecFrontendAcceptInvalidHttpRequest2;
})(TcpSpecFrontendAcceptInvalidHttpRequest || {});
var TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest = /* @__PURE__ */ ((TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest2) => {
  TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest2["ENABLED"] = "enabled";
  TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest2["DISABLED"] = "disabled";
  return TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest2;
})(TcpSpecFrontendAcceptUnsafeViolationsInHttpRequest || {});
function toJson_TcpSpecFrontendAclList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_name": obj.aclName,
    "criterion": obj.criterion,
    "metadata": obj.metadata,
    "value": obj.value
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendBackendSwitchingRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendBinds(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "accept_netscaler_cip": obj.acceptNetscalerCip,
    "accept_proxy": obj.acceptProxy,
    "address": obj.address,
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "backlog": obj.backlog,
    "ca_ignore_err": obj.caIgnoreErr,
    "ca_sign_file": obj.caSignFile,
    "ca_sign_pass": obj.caSignPass,
    "ca_verify_file": obj.caVerifyFile,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "crl_file": obj.crlFile,
    "crt_ignore_err": obj.crtIgnoreErr,
    "crt_list": obj.crtList,
    "curves": obj.curves,
    "default_crt_list": obj.defaultCrtList?.map((y) => y),
    "defer_accept": obj.deferAccept,
    "ecdhe": obj.ecdhe,
    "expose_fd_listeners": obj.exposeFdListeners,
    "force_sslv3": obj.forceSslv3,
    "force_strict_sni": obj.forceStrictSni,
    "force_tlsv10": obj.forceTlsv10,
    "force_tlsv11": obj.forceTlsv11,
    "force_tlsv12": obj.forceTlsv12,
    "force_tlsv13": obj.forceTlsv13,
    "generate_certificates": obj.generateCertificates,
    "gid": obj.gid,
    "group": obj.group,
    "guid_prefix": obj.guidPrefix,
    "id": obj.id,
    "idle_ping": obj.idlePing,
    "interface": obj.interface,
    "level": obj.level,
    "maxconn": obj.maxconn,
    "metadata": obj.metadata,
    "mode": obj.mode,
    "mss": obj.mss,
    "name": obj.name,
    "namespace": obj.namespace,
    "nbconn": obj.nbconn,
    "nice": obj.nice,
    "no_alpn": obj.noAlpn,
    "no_ca_names": obj.noCaNames,
    "no_sslv3": obj.noSslv3,
    "no_strict_sni": obj.noStrictSni,
    "no_tls_tickets": obj.noTlsTickets,
    "no_tlsv10": obj.noTlsv10,
    "no_tlsv11": obj.noTlsv11,
    "no_tlsv12": obj.noTlsv12,
    "no_tlsv13": obj.noTlsv13,
    "npn": obj.npn,
    "port": obj.port,
    "port-range-end": obj.portRangeEnd,
    "prefer_client_ciphers": obj.preferClientCiphers,
    "proto": obj.proto,
    "quic-cc-algo": obj.quicCcAlgo,
    "quic-force-retry": obj.quicForceRetry,
    "quic-socket": obj.quicSocket,
    "quic_cc_algo_burst_size": obj.quicCcAlgoBurstSize,
    "quic_cc_algo_max_window": obj.quicCcAlgoMaxWindow,
    "severity_output": obj.severityOutput,
    "sigalgs": obj.sigalgs,
    "ssl": obj.ssl,
    "ssl_cafile": obj.sslCafile,
    "ssl_certificate": obj.sslCertificate,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "sslv3": obj.sslv3,
    "strict_sni": obj.strictSni,
    "tcp_user_timeout": obj.tcpUserTimeout,
    "tfo": obj.tfo,
    "thread": obj.thread,
    "tls_ticket_keys": obj.tlsTicketKeys,
    "tls_tickets": obj.tlsTickets,
    "tlsv10": obj.tlsv10,
    "tlsv11": obj.tlsv11,
    "tlsv12": obj.tlsv12,
    "tlsv13": obj.tlsv13,
    "transparent": obj.transparent,
    "uid": obj.uid,
    "user": obj.user,
    "v4v6": obj.v4V6,
    "v6only": obj.v6Only,
    "verify": obj.verify
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendCaptureList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "length": obj.length,
    "metadata": obj.metadata,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendClitcpka = /* @__PURE__ */ ((TcpSpecFrontendClitcpka2) => {
  TcpSpecFrontendClitcpka2["ENABLED"] = "enabled";
  TcpSpecFrontendClitcpka2["DISABLED"] = "disabled";
  return TcpSpecFrontendClitcpka2;
})(TcpSpecFrontendClitcpka || {});
function toJson_TcpSpecFrontendCompression(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "algo-req": obj.algoReq,
    "algorithms": obj.algorithms?.map((y) => y),
    "algos-res": obj.algosRes?.map((y) => y),
    "direction": obj.direction,
    "minsize_req": obj.minsizeReq,
    "minsize_res": obj.minsizeRes,
    "offload": obj.offload,
    "types": obj.types?.map((y) => y),
    "types-req": obj.typesReq?.map((y) => y),
    "types-res": obj.typesRes?.map((y) => y)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendContstats = /* @__PURE__ */ ((TcpSpecFrontendContstats2) => {
  TcpSpecFrontendContstats2["ENABLED"] = "enabled";
  return TcpSpecFrontendContstats2;
})(TcpSpecFrontendContstats || {});
var TcpSpecFrontendDisableH2Upgrade = /* @__PURE__ */ ((TcpSpecFrontendDisableH2Upgrade2) => {
  TcpSpecFrontendDisableH2Upgrade2["ENABLED"] = "enabled";
  TcpSpecFrontendDisableH2Upgrade2["DISABLED"] = "disabled";
  return TcpSpecFrontendDisableH2Upgrade2;
})(TcpSpecFrontendDisableH2Upgrade || {});
var TcpSpecFrontendDontlogNormal = /* @__PURE__ */ ((TcpSpecFrontendDontlogNormal2) => {
  TcpSpecFrontendDontlogNormal2["ENABLED"] = "enabled";
  TcpSpecFrontendDontlogNormal2["DISABLED"] = "disabled";
  return TcpSpecFrontendDontlogNormal2;
})(TcpSpecFrontendDontlogNormal || {});
var TcpSpecFrontendDontlognull = /* @__PURE__ */ ((TcpSpecFrontendDontlognull2) => {
  TcpSpecFrontendDontlognull2["ENABLED"] = "enabled";
  TcpSpecFrontendDontlognull2["DISABLED"] = "disabled";
  return TcpSpecFrontendDontlognull2;
})(TcpSpecFrontendDontlognull || {});
function toJson_TcpSpecFrontendEmailAlert(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "from": obj.from,
    "level": obj.level,
    "mailers": obj.mailers,
    "metadata": obj.metadata,
    "myhostname": obj.myhostname,
    "to": obj.to
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendErrorFiles(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "file": obj.file
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendErrorfilesFromHttpErrors(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "codes": obj.codes?.map((y) => y),
    "metadata": obj.metadata,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendErrorloc302(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendErrorloc303(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "code": obj.code,
    "metadata": obj.metadata,
    "url": obj.url
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendFilterList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "app_name": obj.appName,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "cache_name": obj.cacheName,
    "default_limit": obj.defaultLimit,
    "default_period": obj.defaultPeriod,
    "key": obj.key,
    "limit": obj.limit,
    "metadata": obj.metadata,
    "min_size": obj.minSize,
    "spoe_config": obj.spoeConfig,
    "spoe_engine": obj.spoeEngine,
    "table": obj.table,
    "trace_hexdump": obj.traceHexdump,
    "trace_name": obj.traceName,
    "trace_rnd_forwarding": obj.traceRndForwarding,
    "trace_rnd_parsing": obj.traceRndParsing,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendForwardfor(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header,
    "ifnone": obj.ifnone
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendH1CaseAdjustBogusClient = /* @__PURE__ */ ((TcpSpecFrontendH1CaseAdjustBogusClient2) => {
  TcpSpecFrontendH1CaseAdjustBogusClient2["ENABLED"] = "enabled";
  TcpSpecFrontendH1CaseAdjustBogusClient2["DISABLED"] = "disabled";
  return TcpSpecFrontendH1CaseAdjustBogusClient2;
})(TcpSpecFrontendH1CaseAdjustBogusClient || {});
var TcpSpecFrontendHttpBufferRequest = /* @__PURE__ */ ((TcpSpecFrontendHttpBufferRequest2) => {
  TcpSpecFrontendHttpBufferRequest2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpBufferRequest2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpBufferRequest2;
})(TcpSpecFrontendHttpBufferRequest || {});
var TcpSpecFrontendHttpDropResponseTrailers = /* @__PURE__ */ ((TcpSpecFrontendHttpDropResponseTrailers2) => {
  TcpSpecFrontendHttpDropResponseTrailers2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpDropResponseTrailers2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpDropResponseTrailers2;
})(TcpSpecFrontendHttpDropResponseTrailers || {});
var TcpSpecFrontendHttpUseHtx = /* @__PURE__ */ ((TcpSpecFrontendHttpUseHtx2) => {
  TcpSpecFrontendHttpUseHtx2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpUseHtx2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpUseHtx2;
})(TcpSpecFrontendHttpUseHtx || {});
function toJson_TcpSpecFrontendHttpAfterResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "metadata": obj.metadata,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpConnectionMode = /* @__PURE__ */ ((TcpSpecFrontendHttpConnectionMode2) => {
  TcpSpecFrontendHttpConnectionMode2["HTTPCLOSE"] = "httpclose";
  TcpSpecFrontendHttpConnectionMode2["HTTP_HYPHEN_SERVER_HYPHEN_CLOSE"] = "http-server-close";
  TcpSpecFrontendHttpConnectionMode2["HTTP_HYPHEN_KEEP_HYPHEN_ALIVE"] = "http-keep-alive";
  return TcpSpecFrontendHttpConnectionMode2;
})(TcpSpecFrontendHttpConnectionMode || {});
function toJson_TcpSpecFrontendHttpErrorRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_TcpSpecFrontendHttpErrorRuleListReturnHdrs(y)),
    "status": obj.status,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpIgnoreProbes = /* @__PURE__ */ ((TcpSpecFrontendHttpIgnoreProbes2) => {
  TcpSpecFrontendHttpIgnoreProbes2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpIgnoreProbes2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpIgnoreProbes2;
})(TcpSpecFrontendHttpIgnoreProbes || {});
var TcpSpecFrontendHttpNoDelay = /* @__PURE__ */ ((TcpSpecFrontendHttpNoDelay2) => {
  TcpSpecFrontendHttpNoDelay2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpNoDelay2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpNoDelay2;
})(TcpSpecFrontendHttpNoDelay || {});
function toJson_TcpSpecFrontendHttpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "auth_realm": obj.authRealm,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "hint_format": obj.hintFormat,
    "hint_name": obj.hintName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "method_fmt": obj.methodFmt,
    "nice_value": obj.niceValue,
    "normalizer": obj.normalizer,
    "normalizer_full": obj.normalizerFull,
    "normalizer_strict": obj.normalizerStrict,
    "path_fmt": obj.pathFmt,
    "path_match": obj.pathMatch,
    "protocol": obj.protocol,
    "query-fmt": obj.queryFmt,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "resolvers": obj.resolvers,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_TcpSpecFrontendHttpRequestRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "service_name": obj.serviceName,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "uri-fmt": obj.uriFmt,
    "uri-match": obj.uriMatch,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendHttpResponseRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "acl_file": obj.aclFile,
    "acl_keyfmt": obj.aclKeyfmt,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "cache_name": obj.cacheName,
    "capture_id": obj.captureId,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "deny_status": obj.denyStatus,
    "expr": obj.expr,
    "hdr_format": obj.hdrFormat,
    "hdr_match": obj.hdrMatch,
    "hdr_method": obj.hdrMethod,
    "hdr_name": obj.hdrName,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "map_file": obj.mapFile,
    "map_keyfmt": obj.mapKeyfmt,
    "map_valuefmt": obj.mapValuefmt,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "redir_code": obj.redirCode,
    "redir_option": obj.redirOption,
    "redir_type": obj.redirType,
    "redir_value": obj.redirValue,
    "return_content": obj.returnContent,
    "return_content_format": obj.returnContentFormat,
    "return_content_type": obj.returnContentType,
    "return_hdrs": obj.returnHdrs?.map((y) => toJson_TcpSpecFrontendHttpResponseRuleListReturnHdrs(y)),
    "return_status_code": obj.returnStatusCode,
    "rst_ttl": obj.rstTtl,
    "sc_expr": obj.scExpr,
    "sc_id": obj.scId,
    "sc_idx": obj.scIdx,
    "sc_int": obj.scInt,
    "spoe_engine": obj.spoeEngine,
    "spoe_group": obj.spoeGroup,
    "status": obj.status,
    "status_reason": obj.statusReason,
    "strict_mode": obj.strictMode,
    "timeout": obj.timeout,
    "timeout_type": obj.timeoutType,
    "tos_value": obj.tosValue,
    "track_sc_key": obj.trackScKey,
    "track_sc_stick_counter": obj.trackScStickCounter,
    "track_sc_table": obj.trackScTable,
    "type": obj.type,
    "var_expr": obj.varExpr,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope,
    "wait_at_least": obj.waitAtLeast,
    "wait_time": obj.waitTime
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpRestrictReqHdrNames = /* @__PURE__ */ ((TcpSpecFrontendHttpRestrictReqHdrNames2) => {
  TcpSpecFrontendHttpRestrictReqHdrNames2["PRESERVE"] = "preserve";
  TcpSpecFrontendHttpRestrictReqHdrNames2["DELETE"] = "delete";
  TcpSpecFrontendHttpRestrictReqHdrNames2["REJECT"] = "reject";
  return TcpSpecFrontendHttpRestrictReqHdrNames2;
})(TcpSpecFrontendHttpRestrictReqHdrNames || {});
var TcpSpecFrontendHttpUseProxyHeader = /* @__PURE__ */ ((TcpSpecFrontendHttpUseProxyHeader2) => {
  TcpSpecFrontendHttpUseProxyHeader2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpUseProxyHeader2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpUseProxyHeader2;
})(TcpSpecFrontendHttpUseProxyHeader || {});
var TcpSpecFrontendHttpslog = /* @__PURE__ */ ((TcpSpecFrontendHttpslog2) => {
  TcpSpecFrontendHttpslog2["ENABLED"] = "enabled";
  TcpSpecFrontendHttpslog2["DISABLED"] = "disabled";
  return TcpSpecFrontendHttpslog2;
})(TcpSpecFrontendHttpslog || {});
var TcpSpecFrontendIdleCloseOnResponse = /* @__PURE__ */ ((TcpSpecFrontendIdleCloseOnResponse2) => {
  TcpSpecFrontendIdleCloseOnResponse2["ENABLED"] = "enabled";
  TcpSpecFrontendIdleCloseOnResponse2["DISABLED"] = "disabled";
  return TcpSpecFrontendIdleCloseOnResponse2;
})(TcpSpecFrontendIdleCloseOnResponse || {});
var TcpSpecFrontendIndependentStreams = /* @__PURE__ */ ((TcpSpecFrontendIndependentStreams2) => {
  TcpSpecFrontendIndependentStreams2["ENABLED"] = "enabled";
  TcpSpecFrontendIndependentStreams2["DISABLED"] = "disabled";
  return TcpSpecFrontendIndependentStreams2;
})(TcpSpecFrontendIndependentStreams || {});
var TcpSpecFrontendLogSeparateErrors = /* @__PURE__ */ ((TcpSpecFrontendLogSeparateErrors2) => {
  TcpSpecFrontendLogSeparateErrors2["ENABLED"] = "enabled";
  TcpSpecFrontendLogSeparateErrors2["DISABLED"] = "disabled";
  return TcpSpecFrontendLogSeparateErrors2;
})(TcpSpecFrontendLogSeparateErrors || {});
function toJson_TcpSpecFrontendLogTargetList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "address": obj.address,
    "facility": obj.facility,
    "format": obj.format,
    "global": obj.global,
    "length": obj.length,
    "level": obj.level,
    "metadata": obj.metadata,
    "minlevel": obj.minlevel,
    "nolog": obj.nolog,
    "profile": obj.profile,
    "sample_range": obj.sampleRange,
    "sample_size": obj.sampleSize
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendLogasap = /* @__PURE__ */ ((TcpSpecFrontendLogasap2) => {
  TcpSpecFrontendLogasap2["ENABLED"] = "enabled";
  TcpSpecFrontendLogasap2["DISABLED"] = "disabled";
  return TcpSpecFrontendLogasap2;
})(TcpSpecFrontendLogasap || {});
var TcpSpecFrontendMode = /* @__PURE__ */ ((TcpSpecFrontendMode2) => {
  TcpSpecFrontendMode2["HTTP"] = "http";
  TcpSpecFrontendMode2["TCP"] = "tcp";
  return TcpSpecFrontendMode2;
})(TcpSpecFrontendMode || {});
function toJson_TcpSpecFrontendMonitorFail(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendNolinger = /* @__PURE__ */ ((TcpSpecFrontendNolinger2) => {
  TcpSpecFrontendNolinger2["ENABLED"] = "enabled";
  TcpSpecFrontendNolinger2["DISABLED"] = "disabled";
  return TcpSpecFrontendNolinger2;
})(TcpSpecFrontendNolinger || {});
function toJson_TcpSpecFrontendOriginalto(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "enabled": obj.enabled,
    "except": obj.except,
    "header": obj.header
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendQuicInitialRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "metadata": obj.metadata,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendSocketStats = /* @__PURE__ */ ((TcpSpecFrontendSocketStats2) => {
  TcpSpecFrontendSocketStats2["ENABLED"] = "enabled";
  TcpSpecFrontendSocketStats2["DISABLED"] = "disabled";
  return TcpSpecFrontendSocketStats2;
})(TcpSpecFrontendSocketStats || {});
var TcpSpecFrontendSpliceAuto = /* @__PURE__ */ ((TcpSpecFrontendSpliceAuto2) => {
  TcpSpecFrontendSpliceAuto2["ENABLED"] = "enabled";
  TcpSpecFrontendSpliceAuto2["DISABLED"] = "disabled";
  return TcpSpecFrontendSpliceAuto2;
})(TcpSpecFrontendSpliceAuto || {});
var TcpSpecFrontendSpliceRequest = /* @__PURE__ */ ((TcpSpecFrontendSpliceRequest2) => {
  TcpSpecFrontendSpliceRequest2["ENABLED"] = "enabled";
  TcpSpecFrontendSpliceRequest2["DISABLED"] = "disabled";
  return TcpSpecFrontendSpliceRequest2;
})(TcpSpecFrontendSpliceRequest || {});
var TcpSpecFrontendSpliceResponse = /* @__PURE__ */ ((TcpSpecFrontendSpliceResponse2) => {
  TcpSpecFrontendSpliceResponse2["ENABLED"] = "enabled";
  TcpSpecFrontendSpliceResponse2["DISABLED"] = "disabled";
  return TcpSpecFrontendSpliceResponse2;
})(TcpSpecFrontendSpliceResponse || {});
function toJson_TcpSpecFrontendSslFrontUseList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "allow_0rtt": obj.allow0Rtt,
    "alpn": obj.alpn,
    "ca_file": obj.caFile,
    "certificate": obj.certificate,
    "ciphers": obj.ciphers,
    "ciphersuites": obj.ciphersuites,
    "client_sigalgs": obj.clientSigalgs,
    "crl_file": obj.crlFile,
    "curves": obj.curves,
    "ecdhe": obj.ecdhe,
    "issuer": obj.issuer,
    "key": obj.key,
    "metadata": obj.metadata,
    "no_alpn": obj.noAlpn,
    "no_ca_names": obj.noCaNames,
    "npn": obj.npn,
    "ocsp": obj.ocsp,
    "ocsp_update": obj.ocspUpdate,
    "sctl": obj.sctl,
    "sigalgs": obj.sigalgs,
    "ssl_max_ver": obj.sslMaxVer,
    "ssl_min_ver": obj.sslMinVer,
    "verify": obj.verify
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendStatsOptions(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "stats_admin": obj.statsAdmin,
    "stats_admin_cond": obj.statsAdminCond,
    "stats_admin_cond_test": obj.statsAdminCondTest,
    "stats_auths": obj.statsAuths?.map((y) => toJson_TcpSpecFrontendStatsOptionsStatsAuths(y)),
    "stats_enable": obj.statsEnable,
    "stats_hide_version": obj.statsHideVersion,
    "stats_http_requests": obj.statsHttpRequests?.map((y) => toJson_TcpSpecFrontendStatsOptionsStatsHttpRequests(y)),
    "stats_maxconn": obj.statsMaxconn,
    "stats_realm": obj.statsRealm,
    "stats_realm_realm": obj.statsRealmRealm,
    "stats_refresh_delay": obj.statsRefreshDelay,
    "stats_show_desc": obj.statsShowDesc,
    "stats_show_legends": obj.statsShowLegends,
    "stats_show_modules": obj.statsShowModules,
    "stats_show_node_name": obj.statsShowNodeName,
    "stats_uri_prefix": obj.statsUriPrefix
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendStickTable(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "expire": obj.expire,
    "keylen": obj.keylen,
    "metadata": obj.metadata,
    "nopurge": obj.nopurge,
    "peers": obj.peers,
    "recv_only": obj.recvOnly,
    "size": obj.size,
    "srvkey": obj.srvkey,
    "store": obj.store,
    "type": obj.type,
    "write_to": obj.writeTo
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendTcpRequestRuleList(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "action": obj.action,
    "bandwidth_limit_limit": obj.bandwidthLimitLimit,
    "bandwidth_limit_name": obj.bandwidthLimitName,
    "bandwidth_limit_period": obj.bandwidthLimitPeriod,
    "capture_len": obj.captureLen,
    "capture_sample": obj.captureSample,
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "expr": obj.expr,
    "gpt_value": obj.gptValue,
    "log_level": obj.logLevel,
    "lua_action": obj.luaAction,
    "lua_params": obj.luaParams,
    "mark_value": obj.markValue,
    "metadata": obj.metadata,
    "nice_value": obj.niceValue,
    "resolve_protocol": obj.resolveProtocol,
    "resolve_resolvers": obj.resolveResolvers,
    "resolve_var": obj.resolveVar,
    "rst_ttl": obj.rstTtl,
    "sc_idx": obj.scIdx,
    "sc_inc_id": obj.scIncId,
    "sc_int": obj.scInt,
    "server_name": obj.serverName,
    "service_name": obj.serviceName,
    "spoe_engine_name": obj.spoeEngineName,
    "spoe_group_name": obj.spoeGroupName,
    "switch_mode_proto": obj.switchModeProto,
    "timeout": obj.timeout,
    "tos_value": obj.tosValue,
    "track_key": obj.trackKey,
    "track_stick_counter": obj.trackStickCounter,
    "track_table": obj.trackTable,
    "type": obj.type,
    "var_format": obj.varFormat,
    "var_name": obj.varName,
    "var_scope": obj.varScope
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendTcpSmartAccept = /* @__PURE__ */ ((TcpSpecFrontendTcpSmartAccept2) => {
  TcpSpecFrontendTcpSmartAccept2["ENABLED"] = "enabled";
  TcpSpecFrontendTcpSmartAccept2["DISABLED"] = "disabled";
  return TcpSpecFrontendTcpSmartAccept2;
})(TcpSpecFrontendTcpSmartAccept || {});
var TcpSpecFrontendTcpka = /* @__PURE__ */ ((TcpSpecFrontendTcpka2) => {
  TcpSpecFrontendTcpka2["ENABLED"] = "enabled";
  TcpSpecFrontendTcpka2["DISABLED"] = "disabled";
  return TcpSpecFrontendTcpka2;
})(TcpSpecFrontendTcpka || {});
var TcpSpecFrontendBackendSwitchingRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendBackendSwitchingRuleListCond2) => {
  TcpSpecFrontendBackendSwitchingRuleListCond2["IF"] = "if";
  TcpSpecFrontendBackendSwitchingRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendBackendSwitchingRuleListCond2;
})(TcpSpecFrontendBackendSwitchingRuleListCond || {});
var TcpSpecFrontendBindsForceStrictSni = /* @__PURE__ */ ((TcpSpecFrontendBindsForceStrictSni2) => {
  TcpSpecFrontendBindsForceStrictSni2["ENABLED"] = "enabled";
  TcpSpecFrontendBindsForceStrictSni2["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsForceStrictSni2;
})(TcpSpecFrontendBindsForceStrictSni || {});
var TcpSpecFrontendBindsLevel = /* @__PURE__ */ ((TcpSpecFrontendBindsLevel2) => {
  TcpSpecFrontendBindsLevel2["USER"] = "user";
  TcpSpecFrontendBindsLevel2["OPERATOR"] = "operator";
  TcpSpecFrontendBindsLevel2["ADMIN"] = "admin";
  return TcpSpecFrontendBindsLevel2;
})(TcpSpecFrontendBindsLevel || {});
var TcpSpecFrontendBindsQuicCcAlgo = /* @__PURE__ */ ((TcpSpecFrontendBindsQuicCcAlgo2) => {
  TcpSpecFrontendBindsQuicCcAlgo2["CUBIC"] = "cubic";
  TcpSpecFrontendBindsQuicCcAlgo2["NEWRENO"] = "newreno";
  TcpSpecFrontendBindsQuicCcAlgo2["BBR"] = "bbr";
  TcpSpecFrontendBindsQuicCcAlgo2["NOCC"] = "nocc";
  return TcpSpecFrontendBindsQuicCcAlgo2;
})(TcpSpecFrontendBindsQuicCcAlgo || {});
var TcpSpecFrontendBindsQuicSocket = /* @__PURE__ */ ((TcpSpecFrontendBindsQuicSocket2) => {
  TcpSpecFrontendBindsQuicSocket2["CONNECTION"] = "connection";
  TcpSpecFrontendBindsQuicSocket2["LISTENER"] = "listener";
  return TcpSpecFrontendBindsQuicSocket2;
})(TcpSpecFrontendBindsQuicSocket || {});
var TcpSpecFrontendBindsSeverityOutput = /* @__PURE__ */ ((TcpSpecFrontendBindsSeverityOutput2) => {
  TcpSpecFrontendBindsSeverityOutput2["NONE"] = "none";
  TcpSpecFrontendBindsSeverityOutput2["NUMBER"] = "number";
  TcpSpecFrontendBindsSeverityOutput2["STRING"] = "string";
  return TcpSpecFrontendBindsSeverityOutput2;
})(TcpSpecFrontendBindsSeverityOutput || {});
var TcpSpecFrontendBindsSslMaxVer = /* @__PURE__ */ ((TcpSpecFrontendBindsSslMaxVer2) => {
  TcpSpecFrontendBindsSslMaxVer2["SS_LV3"] = "SSLv3";
  TcpSpecFrontendBindsSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  TcpSpecFrontendBindsSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  TcpSpecFrontendBindsSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  TcpSpecFrontendBindsSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return TcpSpecFrontendBindsSslMaxVer2;
})(TcpSpecFrontendBindsSslMaxVer || {});
var TcpSpecFrontendBindsSslMinVer = /* @__PURE__ */ ((TcpSpecFrontendBindsSslMinVer2) => {
  TcpSpecFrontendBindsSslMinVer2["SS_LV3"] = "SSLv3";
  TcpSpecFrontendBindsSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  TcpSpecFrontendBindsSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  TcpSpecFrontendBindsSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  TcpSpecFrontendBindsSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return TcpSpecFrontendBindsSslMinVer2;
})(TcpSpecFrontendBindsSslMinVer || {});
var TcpSpecFrontendBindsSslv3 = /* @__PURE__ */ ((TcpSpecFrontendBindsSslv32) => {
  TcpSpecFrontendBindsSslv32["ENABLED"] = "enabled";
  TcpSpecFrontendBindsSslv32["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsSslv32;
})(TcpSpecFrontendBindsSslv3 || {});
var TcpSpecFrontendBindsTlsTickets = /* @__PURE__ */ ((TcpSpecFrontendBindsTlsTickets2) => {
  TcpSpecFrontendBindsTlsTickets2["ENABLED"] = "enabled";
  TcpSpecFrontendBindsTlsTickets2["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsTlsTickets2;
})(TcpSpecFrontendBindsTlsTickets || {});
var TcpSpecFrontendBindsTlsv10 = /* @__PURE__ */ ((TcpSpecFrontendBindsTlsv102) => {
  TcpSpecFrontendBindsTlsv102["ENABLED"] = "enabled";
  TcpSpecFrontendBindsTlsv102["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsTlsv102;
})(TcpSpecFrontendBindsTlsv10 || {});
var TcpSpecFrontendBindsTlsv11 = /* @__PURE__ */ ((TcpSpecFrontendBindsTlsv112) => {
  TcpSpecFrontendBindsTlsv112["ENABLED"] = "enabled";
  TcpSpecFrontendBindsTlsv112["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsTlsv112;
})(TcpSpecFrontendBindsTlsv11 || {});
var TcpSpecFrontendBindsTlsv12 = /* @__PURE__ */ ((TcpSpecFrontendBindsTlsv122) => {
  TcpSpecFrontendBindsTlsv122["ENABLED"] = "enabled";
  TcpSpecFrontendBindsTlsv122["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsTlsv122;
})(TcpSpecFrontendBindsTlsv12 || {});
var TcpSpecFrontendBindsTlsv13 = /* @__PURE__ */ ((TcpSpecFrontendBindsTlsv132) => {
  TcpSpecFrontendBindsTlsv132["ENABLED"] = "enabled";
  TcpSpecFrontendBindsTlsv132["DISABLED"] = "disabled";
  return TcpSpecFrontendBindsTlsv132;
})(TcpSpecFrontendBindsTlsv13 || {});
var TcpSpecFrontendBindsVerify = /* @__PURE__ */ ((TcpSpecFrontendBindsVerify2) => {
  TcpSpecFrontendBindsVerify2["NONE"] = "none";
  TcpSpecFrontendBindsVerify2["OPTIONAL"] = "optional";
  TcpSpecFrontendBindsVerify2["REQUIRED"] = "required";
  return TcpSpecFrontendBindsVerify2;
})(TcpSpecFrontendBindsVerify || {});
var TcpSpecFrontendCaptureListType = /* @__PURE__ */ ((TcpSpecFrontendCaptureListType2) => {
  TcpSpecFrontendCaptureListType2["REQUEST"] = "request";
  TcpSpecFrontendCaptureListType2["RESPONSE"] = "response";
  return TcpSpecFrontendCaptureListType2;
})(TcpSpecFrontendCaptureListType || {});
var TcpSpecFrontendCompressionAlgoReq = /* @__PURE__ */ ((TcpSpecFrontendCompressionAlgoReq2) => {
  TcpSpecFrontendCompressionAlgoReq2["IDENTITY"] = "identity";
  TcpSpecFrontendCompressionAlgoReq2["GZIP"] = "gzip";
  TcpSpecFrontendCompressionAlgoReq2["DEFLATE"] = "deflate";
  TcpSpecFrontendCompressionAlgoReq2["RAW_HYPHEN_DEFLATE"] = "raw-deflate";
  return TcpSpecFrontendCompressionAlgoReq2;
})(TcpSpecFrontendCompressionAlgoReq || {});
var TcpSpecFrontendCompressionDirection = /* @__PURE__ */ ((TcpSpecFrontendCompressionDirection2) => {
  TcpSpecFrontendCompressionDirection2["REQUEST"] = "request";
  TcpSpecFrontendCompressionDirection2["RESPONSE"] = "response";
  TcpSpecFrontendCompressionDirection2["BOTH"] = "both";
  return TcpSpecFrontendCompressionDirection2;
})(TcpSpecFrontendCompressionDirection || {});
var TcpSpecFrontendEmailAlertLevel = /* @__PURE__ */ ((TcpSpecFrontendEmailAlertLevel2) => {
  TcpSpecFrontendEmailAlertLevel2["EMERG"] = "emerg";
  TcpSpecFrontendEmailAlertLevel2["ALERT"] = "alert";
  TcpSpecFrontendEmailAlertLevel2["CRIT"] = "crit";
  TcpSpecFrontendEmailAlertLevel2["ERR"] = "err";
  TcpSpecFrontendEmailAlertLevel2["WARNING"] = "warning";
  TcpSpecFrontendEmailAlertLevel2["NOTICE"] = "notice";
  TcpSpecFrontendEmailAlertLevel2["INFO"] = "info";
  TcpSpecFrontendEmailAlertLevel2["DEBUG"] = "debug";
  return TcpSpecFrontendEmailAlertLevel2;
})(TcpSpecFrontendEmailAlertLevel || {});
var TcpSpecFrontendErrorFilesCode = /* @__PURE__ */ ((TcpSpecFrontendErrorFilesCode2) => {
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_200"] = 200] = "VALUE_200";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_400"] = 400] = "VALUE_400";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_401"] = 401] = "VALUE_401";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_403"] = 403] = "VALUE_403";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_404"] = 404] = "VALUE_404";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_405"] = 405] = "VALUE_405";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_407"] = 407] = "VALUE_407";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_408"] = 408] = "VALUE_408";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_410"] = 410] = "VALUE_410";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_413"] = 413] = "VALUE_413";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_425"] = 425] = "VALUE_425";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_429"] = 429] = "VALUE_429";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_500"] = 500] = "VALUE_500";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_501"] = 501] = "VALUE_501";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_502"] = 502] = "VALUE_502";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_503"] = 503] = "VALUE_503";
  TcpSpecFrontendErrorFilesCode2[TcpSpecFrontendErrorFilesCode2["VALUE_504"] = 504] = "VALUE_504";
  return TcpSpecFrontendErrorFilesCode2;
})(TcpSpecFrontendErrorFilesCode || {});
var TcpSpecFrontendErrorloc302Code = /* @__PURE__ */ ((TcpSpecFrontendErrorloc302Code2) => {
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_200"] = 200] = "VALUE_200";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_400"] = 400] = "VALUE_400";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_401"] = 401] = "VALUE_401";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_403"] = 403] = "VALUE_403";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_404"] = 404] = "VALUE_404";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_405"] = 405] = "VALUE_405";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_407"] = 407] = "VALUE_407";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_408"] = 408] = "VALUE_408";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_410"] = 410] = "VALUE_410";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_413"] = 413] = "VALUE_413";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_425"] = 425] = "VALUE_425";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_429"] = 429] = "VALUE_429";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_500"] = 500] = "VALUE_500";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_501"] = 501] = "VALUE_501";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_502"] = 502] = "VALUE_502";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_503"] = 503] = "VALUE_503";
  TcpSpecFrontendErrorloc302Code2[TcpSpecFrontendErrorloc302Code2["VALUE_504"] = 504] = "VALUE_504";
  return TcpSpecFrontendErrorloc302Code2;
})(TcpSpecFrontendErrorloc302Code || {});
var TcpSpecFrontendErrorloc303Code = /* @__PURE__ */ ((TcpSpecFrontendErrorloc303Code2) => {
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_200"] = 200] = "VALUE_200";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_400"] = 400] = "VALUE_400";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_401"] = 401] = "VALUE_401";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_403"] = 403] = "VALUE_403";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_404"] = 404] = "VALUE_404";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_405"] = 405] = "VALUE_405";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_407"] = 407] = "VALUE_407";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_408"] = 408] = "VALUE_408";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_410"] = 410] = "VALUE_410";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_413"] = 413] = "VALUE_413";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_425"] = 425] = "VALUE_425";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_429"] = 429] = "VALUE_429";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_500"] = 500] = "VALUE_500";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_501"] = 501] = "VALUE_501";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_502"] = 502] = "VALUE_502";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_503"] = 503] = "VALUE_503";
  TcpSpecFrontendErrorloc303Code2[TcpSpecFrontendErrorloc303Code2["VALUE_504"] = 504] = "VALUE_504";
  return TcpSpecFrontendErrorloc303Code2;
})(TcpSpecFrontendErrorloc303Code || {});
var TcpSpecFrontendFilterListType = /* @__PURE__ */ ((TcpSpecFrontendFilterListType2) => {
  TcpSpecFrontendFilterListType2["BWLIM_HYPHEN_IN"] = "bwlim-in";
  TcpSpecFrontendFilterListType2["BWLIM_HYPHEN_OUT"] = "bwlim-out";
  TcpSpecFrontendFilterListType2["CACHE"] = "cache";
  TcpSpecFrontendFilterListType2["COMPRESSION"] = "compression";
  TcpSpecFrontendFilterListType2["FCGI_HYPHEN_APP"] = "fcgi-app";
  TcpSpecFrontendFilterListType2["SPOE"] = "spoe";
  TcpSpecFrontendFilterListType2["TRACE"] = "trace";
  return TcpSpecFrontendFilterListType2;
})(TcpSpecFrontendFilterListType || {});
var TcpSpecFrontendForwardforEnabled = /* @__PURE__ */ ((TcpSpecFrontendForwardforEnabled2) => {
  TcpSpecFrontendForwardforEnabled2["ENABLED"] = "enabled";
  return TcpSpecFrontendForwardforEnabled2;
})(TcpSpecFrontendForwardforEnabled || {});
var TcpSpecFrontendHttpAfterResponseRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendHttpAfterResponseRuleListCond2) => {
  TcpSpecFrontendHttpAfterResponseRuleListCond2["IF"] = "if";
  TcpSpecFrontendHttpAfterResponseRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendHttpAfterResponseRuleListCond2;
})(TcpSpecFrontendHttpAfterResponseRuleListCond || {});
var TcpSpecFrontendHttpAfterResponseRuleListLogLevel = /* @__PURE__ */ ((TcpSpecFrontendHttpAfterResponseRuleListLogLevel2) => {
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["EMERG"] = "emerg";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["ALERT"] = "alert";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["CRIT"] = "crit";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["ERR"] = "err";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["WARNING"] = "warning";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["NOTICE"] = "notice";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["INFO"] = "info";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["DEBUG"] = "debug";
  TcpSpecFrontendHttpAfterResponseRuleListLogLevel2["SILENT"] = "silent";
  return TcpSpecFrontendHttpAfterResponseRuleListLogLevel2;
})(TcpSpecFrontendHttpAfterResponseRuleListLogLevel || {});
var TcpSpecFrontendHttpAfterResponseRuleListStrictMode = /* @__PURE__ */ ((TcpSpecFrontendHttpAfterResponseRuleListStrictMode2) => {
  TcpSpecFrontendHttpAfterResponseRuleListStrictMode2["ON"] = "on";
  TcpSpecFrontendHttpAfterResponseRuleListStrictMode2["OFF"] = "off";
  return TcpSpecFrontendHttpAfterResponseRuleListStrictMode2;
})(TcpSpecFrontendHttpAfterResponseRuleListStrictMode || {});
var TcpSpecFrontendHttpAfterResponseRuleListType = /* @__PURE__ */ ((TcpSpecFrontendHttpAfterResponseRuleListType2) => {
  TcpSpecFrontendHttpAfterResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  TcpSpecFrontendHttpAfterResponseRuleListType2["ALLOW"] = "allow";
  TcpSpecFrontendHttpAfterResponseRuleListType2["CAPTURE"] = "capture";
  TcpSpecFrontendHttpAfterResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  TcpSpecFrontendHttpAfterResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  TcpSpecFrontendHttpAfterResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  TcpSpecFrontendHttpAfterResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  TcpSpecFrontendHttpAfterResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  TcpSpecFrontendHttpAfterResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  TcpSpecFrontendHttpAfterResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  TcpSpecFrontendHttpAfterResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  TcpSpecFrontendHttpAfterResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return TcpSpecFrontendHttpAfterResponseRuleListType2;
})(TcpSpecFrontendHttpAfterResponseRuleListType || {});
var TcpSpecFrontendHttpErrorRuleListReturnContentFormat = /* @__PURE__ */ ((TcpSpecFrontendHttpErrorRuleListReturnContentFormat2) => {
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["FILE"] = "file";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["STRING"] = "string";
  TcpSpecFrontendHttpErrorRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return TcpSpecFrontendHttpErrorRuleListReturnContentFormat2;
})(TcpSpecFrontendHttpErrorRuleListReturnContentFormat || {});
function toJson_TcpSpecFrontendHttpErrorRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpErrorRuleListStatus = /* @__PURE__ */ ((TcpSpecFrontendHttpErrorRuleListStatus2) => {
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_200"] = 200] = "VALUE_200";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_400"] = 400] = "VALUE_400";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_401"] = 401] = "VALUE_401";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_403"] = 403] = "VALUE_403";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_404"] = 404] = "VALUE_404";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_405"] = 405] = "VALUE_405";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_407"] = 407] = "VALUE_407";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_408"] = 408] = "VALUE_408";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_410"] = 410] = "VALUE_410";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_413"] = 413] = "VALUE_413";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_425"] = 425] = "VALUE_425";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_429"] = 429] = "VALUE_429";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_500"] = 500] = "VALUE_500";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_501"] = 501] = "VALUE_501";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_502"] = 502] = "VALUE_502";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_503"] = 503] = "VALUE_503";
  TcpSpecFrontendHttpErrorRuleListStatus2[TcpSpecFrontendHttpErrorRuleListStatus2["VALUE_504"] = 504] = "VALUE_504";
  return TcpSpecFrontendHttpErrorRuleListStatus2;
})(TcpSpecFrontendHttpErrorRuleListStatus || {});
var TcpSpecFrontendHttpErrorRuleListType = /* @__PURE__ */ ((TcpSpecFrontendHttpErrorRuleListType2) => {
  TcpSpecFrontendHttpErrorRuleListType2["STATUS"] = "status";
  return TcpSpecFrontendHttpErrorRuleListType2;
})(TcpSpecFrontendHttpErrorRuleListType || {});
var TcpSpecFrontendHttpRequestRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListCond2) => {
  TcpSpecFrontendHttpRequestRuleListCond2["IF"] = "if";
  TcpSpecFrontendHttpRequestRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendHttpRequestRuleListCond2;
})(TcpSpecFrontendHttpRequestRuleListCond || {});
var TcpSpecFrontendHttpRequestRuleListLogLevel = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListLogLevel2) => {
  TcpSpecFrontendHttpRequestRuleListLogLevel2["EMERG"] = "emerg";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["ALERT"] = "alert";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["CRIT"] = "crit";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["ERR"] = "err";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["WARNING"] = "warning";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["NOTICE"] = "notice";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["INFO"] = "info";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["DEBUG"] = "debug";
  TcpSpecFrontendHttpRequestRuleListLogLevel2["SILENT"] = "silent";
  return TcpSpecFrontendHttpRequestRuleListLogLevel2;
})(TcpSpecFrontendHttpRequestRuleListLogLevel || {});
var TcpSpecFrontendHttpRequestRuleListNormalizer = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListNormalizer2) => {
  TcpSpecFrontendHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_ENCODE"] = "fragment-encode";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["FRAGMENT_HYPHEN_STRIP"] = "fragment-strip";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["PATH_HYPHEN_MERGE_HYPHEN_SLASHES"] = "path-merge-slashes";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOT"] = "path-strip-dot";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["PATH_HYPHEN_STRIP_HYPHEN_DOTDOT"] = "path-strip-dotdot";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_DECODE_HYPHEN_UNRESERVED"] = "percent-decode-unreserved";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["PERCENT_HYPHEN_TO_HYPHEN_UPPERCASE"] = "percent-to-uppercase";
  TcpSpecFrontendHttpRequestRuleListNormalizer2["QUERY_HYPHEN_SORT_HYPHEN_BY_HYPHEN_NAME"] = "query-sort-by-name";
  return TcpSpecFrontendHttpRequestRuleListNormalizer2;
})(TcpSpecFrontendHttpRequestRuleListNormalizer || {});
var TcpSpecFrontendHttpRequestRuleListProtocol = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListProtocol2) => {
  TcpSpecFrontendHttpRequestRuleListProtocol2["IPV4"] = "ipv4";
  TcpSpecFrontendHttpRequestRuleListProtocol2["IPV6"] = "ipv6";
  return TcpSpecFrontendHttpRequestRuleListProtocol2;
})(TcpSpecFrontendHttpRequestRuleListProtocol || {});
var TcpSpecFrontendHttpRequestRuleListRedirCode = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListRedirCode2) => {
  TcpSpecFrontendHttpRequestRuleListRedirCode2[TcpSpecFrontendHttpRequestRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  TcpSpecFrontendHttpRequestRuleListRedirCode2[TcpSpecFrontendHttpRequestRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  TcpSpecFrontendHttpRequestRuleListRedirCode2[TcpSpecFrontendHttpRequestRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  TcpSpecFrontendHttpRequestRuleListRedirCode2[TcpSpecFrontendHttpRequestRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  TcpSpecFrontendHttpRequestRuleListRedirCode2[TcpSpecFrontendHttpRequestRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return TcpSpecFrontendHttpRequestRuleListRedirCode2;
})(TcpSpecFrontendHttpRequestRuleListRedirCode || {});
var TcpSpecFrontendHttpRequestRuleListRedirType = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListRedirType2) => {
  TcpSpecFrontendHttpRequestRuleListRedirType2["LOCATION"] = "location";
  TcpSpecFrontendHttpRequestRuleListRedirType2["PREFIX"] = "prefix";
  TcpSpecFrontendHttpRequestRuleListRedirType2["SCHEME"] = "scheme";
  return TcpSpecFrontendHttpRequestRuleListRedirType2;
})(TcpSpecFrontendHttpRequestRuleListRedirType || {});
var TcpSpecFrontendHttpRequestRuleListReturnContentFormat = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListReturnContentFormat2) => {
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["FILE"] = "file";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["STRING"] = "string";
  TcpSpecFrontendHttpRequestRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return TcpSpecFrontendHttpRequestRuleListReturnContentFormat2;
})(TcpSpecFrontendHttpRequestRuleListReturnContentFormat || {});
function toJson_TcpSpecFrontendHttpRequestRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpRequestRuleListStrictMode = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListStrictMode2) => {
  TcpSpecFrontendHttpRequestRuleListStrictMode2["ON"] = "on";
  TcpSpecFrontendHttpRequestRuleListStrictMode2["OFF"] = "off";
  return TcpSpecFrontendHttpRequestRuleListStrictMode2;
})(TcpSpecFrontendHttpRequestRuleListStrictMode || {});
var TcpSpecFrontendHttpRequestRuleListTimeoutType = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListTimeoutType2) => {
  TcpSpecFrontendHttpRequestRuleListTimeoutType2["SERVER"] = "server";
  TcpSpecFrontendHttpRequestRuleListTimeoutType2["TUNNEL"] = "tunnel";
  TcpSpecFrontendHttpRequestRuleListTimeoutType2["CLIENT"] = "client";
  return TcpSpecFrontendHttpRequestRuleListTimeoutType2;
})(TcpSpecFrontendHttpRequestRuleListTimeoutType || {});
var TcpSpecFrontendHttpRequestRuleListType = /* @__PURE__ */ ((TcpSpecFrontendHttpRequestRuleListType2) => {
  TcpSpecFrontendHttpRequestRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  TcpSpecFrontendHttpRequestRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  TcpSpecFrontendHttpRequestRuleListType2["ALLOW"] = "allow";
  TcpSpecFrontendHttpRequestRuleListType2["AUTH"] = "auth";
  TcpSpecFrontendHttpRequestRuleListType2["CACHE_HYPHEN_USE"] = "cache-use";
  TcpSpecFrontendHttpRequestRuleListType2["CAPTURE"] = "capture";
  TcpSpecFrontendHttpRequestRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  TcpSpecFrontendHttpRequestRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  TcpSpecFrontendHttpRequestRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  TcpSpecFrontendHttpRequestRuleListType2["DENY"] = "deny";
  TcpSpecFrontendHttpRequestRuleListType2["DISABLE_HYPHEN_L7_HYPHEN_RETRY"] = "disable-l7-retry";
  TcpSpecFrontendHttpRequestRuleListType2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  TcpSpecFrontendHttpRequestRuleListType2["EARLY_HYPHEN_HINT"] = "early-hint";
  TcpSpecFrontendHttpRequestRuleListType2["LUA"] = "lua";
  TcpSpecFrontendHttpRequestRuleListType2["NORMALIZE_HYPHEN_URI"] = "normalize-uri";
  TcpSpecFrontendHttpRequestRuleListType2["PAUSE"] = "pause";
  TcpSpecFrontendHttpRequestRuleListType2["REDIRECT"] = "redirect";
  TcpSpecFrontendHttpRequestRuleListType2["REJECT"] = "reject";
  TcpSpecFrontendHttpRequestRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  TcpSpecFrontendHttpRequestRuleListType2["REPLACE_HYPHEN_PATH"] = "replace-path";
  TcpSpecFrontendHttpRequestRuleListType2["REPLACE_HYPHEN_PATHQ"] = "replace-pathq";
  TcpSpecFrontendHttpRequestRuleListType2["REPLACE_HYPHEN_URI"] = "replace-uri";
  TcpSpecFrontendHttpRequestRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  TcpSpecFrontendHttpRequestRuleListType2["RETURN"] = "return";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  TcpSpecFrontendHttpRequestRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  TcpSpecFrontendHttpRequestRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_DST"] = "set-dst";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_METHOD"] = "set-method";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_PATH"] = "set-path";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_PATHQ"] = "set-pathq";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_QUERY"] = "set-query";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_SRC"] = "set-src";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_URI"] = "set-uri";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  TcpSpecFrontendHttpRequestRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  TcpSpecFrontendHttpRequestRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  TcpSpecFrontendHttpRequestRuleListType2["TARPIT"] = "tarpit";
  TcpSpecFrontendHttpRequestRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  TcpSpecFrontendHttpRequestRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  TcpSpecFrontendHttpRequestRuleListType2["USE_HYPHEN_SERVICE"] = "use-service";
  TcpSpecFrontendHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  TcpSpecFrontendHttpRequestRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_HANDSHAKE"] = "wait-for-handshake";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  TcpSpecFrontendHttpRequestRuleListType2["SET_HYPHEN_RETRIES"] = "set-retries";
  TcpSpecFrontendHttpRequestRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return TcpSpecFrontendHttpRequestRuleListType2;
})(TcpSpecFrontendHttpRequestRuleListType || {});
var TcpSpecFrontendHttpResponseRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListCond2) => {
  TcpSpecFrontendHttpResponseRuleListCond2["IF"] = "if";
  TcpSpecFrontendHttpResponseRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendHttpResponseRuleListCond2;
})(TcpSpecFrontendHttpResponseRuleListCond || {});
var TcpSpecFrontendHttpResponseRuleListLogLevel = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListLogLevel2) => {
  TcpSpecFrontendHttpResponseRuleListLogLevel2["EMERG"] = "emerg";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["ALERT"] = "alert";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["CRIT"] = "crit";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["ERR"] = "err";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["WARNING"] = "warning";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["NOTICE"] = "notice";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["INFO"] = "info";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["DEBUG"] = "debug";
  TcpSpecFrontendHttpResponseRuleListLogLevel2["SILENT"] = "silent";
  return TcpSpecFrontendHttpResponseRuleListLogLevel2;
})(TcpSpecFrontendHttpResponseRuleListLogLevel || {});
var TcpSpecFrontendHttpResponseRuleListRedirCode = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListRedirCode2) => {
  TcpSpecFrontendHttpResponseRuleListRedirCode2[TcpSpecFrontendHttpResponseRuleListRedirCode2["VALUE_301"] = 301] = "VALUE_301";
  TcpSpecFrontendHttpResponseRuleListRedirCode2[TcpSpecFrontendHttpResponseRuleListRedirCode2["VALUE_302"] = 302] = "VALUE_302";
  TcpSpecFrontendHttpResponseRuleListRedirCode2[TcpSpecFrontendHttpResponseRuleListRedirCode2["VALUE_303"] = 303] = "VALUE_303";
  TcpSpecFrontendHttpResponseRuleListRedirCode2[TcpSpecFrontendHttpResponseRuleListRedirCode2["VALUE_307"] = 307] = "VALUE_307";
  TcpSpecFrontendHttpResponseRuleListRedirCode2[TcpSpecFrontendHttpResponseRuleListRedirCode2["VALUE_308"] = 308] = "VALUE_308";
  return TcpSpecFrontendHttpResponseRuleListRedirCode2;
})(TcpSpecFrontendHttpResponseRuleListRedirCode || {});
var TcpSpecFrontendHttpResponseRuleListRedirType = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListRedirType2) => {
  TcpSpecFrontendHttpResponseRuleListRedirType2["LOCATION"] = "location";
  TcpSpecFrontendHttpResponseRuleListRedirType2["PREFIX"] = "prefix";
  TcpSpecFrontendHttpResponseRuleListRedirType2["SCHEME"] = "scheme";
  return TcpSpecFrontendHttpResponseRuleListRedirType2;
})(TcpSpecFrontendHttpResponseRuleListRedirType || {});
var TcpSpecFrontendHttpResponseRuleListReturnContentFormat = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListReturnContentFormat2) => {
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["DEFAULT_HYPHEN_ERRORFILES"] = "default-errorfiles";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["ERRORFILE"] = "errorfile";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["ERRORFILES"] = "errorfiles";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["FILE"] = "file";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_FILE"] = "lf-file";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["STRING"] = "string";
  TcpSpecFrontendHttpResponseRuleListReturnContentFormat2["LF_HYPHEN_STRING"] = "lf-string";
  return TcpSpecFrontendHttpResponseRuleListReturnContentFormat2;
})(TcpSpecFrontendHttpResponseRuleListReturnContentFormat || {});
function toJson_TcpSpecFrontendHttpResponseRuleListReturnHdrs(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "fmt": obj.fmt,
    "name": obj.name
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendHttpResponseRuleListStrictMode = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListStrictMode2) => {
  TcpSpecFrontendHttpResponseRuleListStrictMode2["ON"] = "on";
  TcpSpecFrontendHttpResponseRuleListStrictMode2["OFF"] = "off";
  return TcpSpecFrontendHttpResponseRuleListStrictMode2;
})(TcpSpecFrontendHttpResponseRuleListStrictMode || {});
var TcpSpecFrontendHttpResponseRuleListTimeoutType = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListTimeoutType2) => {
  TcpSpecFrontendHttpResponseRuleListTimeoutType2["SERVER"] = "server";
  TcpSpecFrontendHttpResponseRuleListTimeoutType2["TUNNEL"] = "tunnel";
  TcpSpecFrontendHttpResponseRuleListTimeoutType2["CLIENT"] = "client";
  return TcpSpecFrontendHttpResponseRuleListTimeoutType2;
})(TcpSpecFrontendHttpResponseRuleListTimeoutType || {});
var TcpSpecFrontendHttpResponseRuleListType = /* @__PURE__ */ ((TcpSpecFrontendHttpResponseRuleListType2) => {
  TcpSpecFrontendHttpResponseRuleListType2["ADD_HYPHEN_ACL"] = "add-acl";
  TcpSpecFrontendHttpResponseRuleListType2["ADD_HYPHEN_HEADER"] = "add-header";
  TcpSpecFrontendHttpResponseRuleListType2["ALLOW"] = "allow";
  TcpSpecFrontendHttpResponseRuleListType2["CACHE_HYPHEN_STORE"] = "cache-store";
  TcpSpecFrontendHttpResponseRuleListType2["CAPTURE"] = "capture";
  TcpSpecFrontendHttpResponseRuleListType2["DEL_HYPHEN_ACL"] = "del-acl";
  TcpSpecFrontendHttpResponseRuleListType2["DEL_HYPHEN_HEADER"] = "del-header";
  TcpSpecFrontendHttpResponseRuleListType2["DEL_HYPHEN_MAP"] = "del-map";
  TcpSpecFrontendHttpResponseRuleListType2["DENY"] = "deny";
  TcpSpecFrontendHttpResponseRuleListType2["LUA"] = "lua";
  TcpSpecFrontendHttpResponseRuleListType2["PAUSE"] = "pause";
  TcpSpecFrontendHttpResponseRuleListType2["REDIRECT"] = "redirect";
  TcpSpecFrontendHttpResponseRuleListType2["REPLACE_HYPHEN_HEADER"] = "replace-header";
  TcpSpecFrontendHttpResponseRuleListType2["REPLACE_HYPHEN_VALUE"] = "replace-value";
  TcpSpecFrontendHttpResponseRuleListType2["RETURN"] = "return";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  TcpSpecFrontendHttpResponseRuleListType2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  TcpSpecFrontendHttpResponseRuleListType2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_HEADER"] = "set-header";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_MAP"] = "set-map";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_MARK"] = "set-mark";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_NICE"] = "set-nice";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_STATUS"] = "set-status";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_TIMEOUT"] = "set-timeout";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_TOS"] = "set-tos";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_VAR"] = "set-var";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  TcpSpecFrontendHttpResponseRuleListType2["SILENT_HYPHEN_DROP"] = "silent-drop";
  TcpSpecFrontendHttpResponseRuleListType2["STRICT_HYPHEN_MODE"] = "strict-mode";
  TcpSpecFrontendHttpResponseRuleListType2["TRACK_HYPHEN_SC"] = "track-sc";
  TcpSpecFrontendHttpResponseRuleListType2["UNSET_HYPHEN_VAR"] = "unset-var";
  TcpSpecFrontendHttpResponseRuleListType2["WAIT_HYPHEN_FOR_HYPHEN_BODY"] = "wait-for-body";
  TcpSpecFrontendHttpResponseRuleListType2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  TcpSpecFrontendHttpResponseRuleListType2["DO_HYPHEN_LOG"] = "do-log";
  return TcpSpecFrontendHttpResponseRuleListType2;
})(TcpSpecFrontendHttpResponseRuleListType || {});
var TcpSpecFrontendLogTargetListFacility = /* @__PURE__ */ ((TcpSpecFrontendLogTargetListFacility2) => {
  TcpSpecFrontendLogTargetListFacility2["KERN"] = "kern";
  TcpSpecFrontendLogTargetListFacility2["USER"] = "user";
  TcpSpecFrontendLogTargetListFacility2["MAIL"] = "mail";
  TcpSpecFrontendLogTargetListFacility2["DAEMON"] = "daemon";
  TcpSpecFrontendLogTargetListFacility2["AUTH"] = "auth";
  TcpSpecFrontendLogTargetListFacility2["SYSLOG"] = "syslog";
  TcpSpecFrontendLogTargetListFacility2["LPR"] = "lpr";
  TcpSpecFrontendLogTargetListFacility2["NEWS"] = "news";
  TcpSpecFrontendLogTargetListFacility2["UUCP"] = "uucp";
  TcpSpecFrontendLogTargetListFacility2["CRON"] = "cron";
  TcpSpecFrontendLogTargetListFacility2["AUTH2"] = "auth2";
  TcpSpecFrontendLogTargetListFacility2["FTP"] = "ftp";
  TcpSpecFrontendLogTargetListFacility2["NTP"] = "ntp";
  TcpSpecFrontendLogTargetListFacility2["AUDIT"] = "audit";
  TcpSpecFrontendLogTargetListFacility2["ALERT"] = "alert";
  TcpSpecFrontendLogTargetListFacility2["CRON2"] = "cron2";
  TcpSpecFrontendLogTargetListFacility2["LOCAL0"] = "local0";
  TcpSpecFrontendLogTargetListFacility2["LOCAL1"] = "local1";
  TcpSpecFrontendLogTargetListFacility2["LOCAL2"] = "local2";
  TcpSpecFrontendLogTargetListFacility2["LOCAL3"] = "local3";
  TcpSpecFrontendLogTargetListFacility2["LOCAL4"] = "local4";
  TcpSpecFrontendLogTargetListFacility2["LOCAL5"] = "local5";
  TcpSpecFrontendLogTargetListFacility2["LOCAL6"] = "local6";
  TcpSpecFrontendLogTargetListFacility2["LOCAL7"] = "local7";
  return TcpSpecFrontendLogTargetListFacility2;
})(TcpSpecFrontendLogTargetListFacility || {});
var TcpSpecFrontendLogTargetListFormat = /* @__PURE__ */ ((TcpSpecFrontendLogTargetListFormat2) => {
  TcpSpecFrontendLogTargetListFormat2["LOCAL"] = "local";
  TcpSpecFrontendLogTargetListFormat2["RFC3164"] = "rfc3164";
  TcpSpecFrontendLogTargetListFormat2["RFC5424"] = "rfc5424";
  TcpSpecFrontendLogTargetListFormat2["PRIORITY"] = "priority";
  TcpSpecFrontendLogTargetListFormat2["SHORT"] = "short";
  TcpSpecFrontendLogTargetListFormat2["TIMED"] = "timed";
  TcpSpecFrontendLogTargetListFormat2["ISO"] = "iso";
  TcpSpecFrontendLogTargetListFormat2["RAW"] = "raw";
  return TcpSpecFrontendLogTargetListFormat2;
})(TcpSpecFrontendLogTargetListFormat || {});
var TcpSpecFrontendLogTargetListLevel = /* @__PURE__ */ ((TcpSpecFrontendLogTargetListLevel2) => {
  TcpSpecFrontendLogTargetListLevel2["EMERG"] = "emerg";
  TcpSpecFrontendLogTargetListLevel2["ALERT"] = "alert";
  TcpSpecFrontendLogTargetListLevel2["CRIT"] = "crit";
  TcpSpecFrontendLogTargetListLevel2["ERR"] = "err";
  TcpSpecFrontendLogTargetListLevel2["WARNING"] = "warning";
  TcpSpecFrontendLogTargetListLevel2["NOTICE"] = "notice";
  TcpSpecFrontendLogTargetListLevel2["INFO"] = "info";
  TcpSpecFrontendLogTargetListLevel2["DEBUG"] = "debug";
  return TcpSpecFrontendLogTargetListLevel2;
})(TcpSpecFrontendLogTargetListLevel || {});
var TcpSpecFrontendLogTargetListMinlevel = /* @__PURE__ */ ((TcpSpecFrontendLogTargetListMinlevel2) => {
  TcpSpecFrontendLogTargetListMinlevel2["EMERG"] = "emerg";
  TcpSpecFrontendLogTargetListMinlevel2["ALERT"] = "alert";
  TcpSpecFrontendLogTargetListMinlevel2["CRIT"] = "crit";
  TcpSpecFrontendLogTargetListMinlevel2["ERR"] = "err";
  TcpSpecFrontendLogTargetListMinlevel2["WARNING"] = "warning";
  TcpSpecFrontendLogTargetListMinlevel2["NOTICE"] = "notice";
  TcpSpecFrontendLogTargetListMinlevel2["INFO"] = "info";
  TcpSpecFrontendLogTargetListMinlevel2["DEBUG"] = "debug";
  return TcpSpecFrontendLogTargetListMinlevel2;
})(TcpSpecFrontendLogTargetListMinlevel || {});
var TcpSpecFrontendMonitorFailCond = /* @__PURE__ */ ((TcpSpecFrontendMonitorFailCond2) => {
  TcpSpecFrontendMonitorFailCond2["IF"] = "if";
  TcpSpecFrontendMonitorFailCond2["UNLESS"] = "unless";
  return TcpSpecFrontendMonitorFailCond2;
})(TcpSpecFrontendMonitorFailCond || {});
var TcpSpecFrontendOriginaltoEnabled = /* @__PURE__ */ ((TcpSpecFrontendOriginaltoEnabled2) => {
  TcpSpecFrontendOriginaltoEnabled2["ENABLED"] = "enabled";
  return TcpSpecFrontendOriginaltoEnabled2;
})(TcpSpecFrontendOriginaltoEnabled || {});
var TcpSpecFrontendQuicInitialRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendQuicInitialRuleListCond2) => {
  TcpSpecFrontendQuicInitialRuleListCond2["IF"] = "if";
  TcpSpecFrontendQuicInitialRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendQuicInitialRuleListCond2;
})(TcpSpecFrontendQuicInitialRuleListCond || {});
var TcpSpecFrontendQuicInitialRuleListType = /* @__PURE__ */ ((TcpSpecFrontendQuicInitialRuleListType2) => {
  TcpSpecFrontendQuicInitialRuleListType2["REJECT"] = "reject";
  TcpSpecFrontendQuicInitialRuleListType2["ACCEPT"] = "accept";
  TcpSpecFrontendQuicInitialRuleListType2["SEND_HYPHEN_RETRY"] = "send-retry";
  TcpSpecFrontendQuicInitialRuleListType2["DGRAM_HYPHEN_DROP"] = "dgram-drop";
  return TcpSpecFrontendQuicInitialRuleListType2;
})(TcpSpecFrontendQuicInitialRuleListType || {});
var TcpSpecFrontendSslFrontUseListOcspUpdate = /* @__PURE__ */ ((TcpSpecFrontendSslFrontUseListOcspUpdate2) => {
  TcpSpecFrontendSslFrontUseListOcspUpdate2["ENABLED"] = "enabled";
  TcpSpecFrontendSslFrontUseListOcspUpdate2["DISABLED"] = "disabled";
  return TcpSpecFrontendSslFrontUseListOcspUpdate2;
})(TcpSpecFrontendSslFrontUseListOcspUpdate || {});
var TcpSpecFrontendSslFrontUseListSslMaxVer = /* @__PURE__ */ ((TcpSpecFrontendSslFrontUseListSslMaxVer2) => {
  TcpSpecFrontendSslFrontUseListSslMaxVer2["SS_LV3"] = "SSLv3";
  TcpSpecFrontendSslFrontUseListSslMaxVer2["TL_SV1_0"] = "TLSv1.0";
  TcpSpecFrontendSslFrontUseListSslMaxVer2["TL_SV1_1"] = "TLSv1.1";
  TcpSpecFrontendSslFrontUseListSslMaxVer2["TL_SV1_2"] = "TLSv1.2";
  TcpSpecFrontendSslFrontUseListSslMaxVer2["TL_SV1_3"] = "TLSv1.3";
  return TcpSpecFrontendSslFrontUseListSslMaxVer2;
})(TcpSpecFrontendSslFrontUseListSslMaxVer || {});
var TcpSpecFrontendSslFrontUseListSslMinVer = /* @__PURE__ */ ((TcpSpecFrontendSslFrontUseListSslMinVer2) => {
  TcpSpecFrontendSslFrontUseListSslMinVer2["SS_LV3"] = "SSLv3";
  TcpSpecFrontendSslFrontUseListSslMinVer2["TL_SV1_0"] = "TLSv1.0";
  TcpSpecFrontendSslFrontUseListSslMinVer2["TL_SV1_1"] = "TLSv1.1";
  TcpSpecFrontendSslFrontUseListSslMinVer2["TL_SV1_2"] = "TLSv1.2";
  TcpSpecFrontendSslFrontUseListSslMinVer2["TL_SV1_3"] = "TLSv1.3";
  return TcpSpecFrontendSslFrontUseListSslMinVer2;
})(TcpSpecFrontendSslFrontUseListSslMinVer || {});
var TcpSpecFrontendSslFrontUseListVerify = /* @__PURE__ */ ((TcpSpecFrontendSslFrontUseListVerify2) => {
  TcpSpecFrontendSslFrontUseListVerify2["NONE"] = "none";
  TcpSpecFrontendSslFrontUseListVerify2["OPTIONAL"] = "optional";
  TcpSpecFrontendSslFrontUseListVerify2["REQUIRED"] = "required";
  return TcpSpecFrontendSslFrontUseListVerify2;
})(TcpSpecFrontendSslFrontUseListVerify || {});
var TcpSpecFrontendStatsOptionsStatsAdminCond = /* @__PURE__ */ ((TcpSpecFrontendStatsOptionsStatsAdminCond2) => {
  TcpSpecFrontendStatsOptionsStatsAdminCond2["IF"] = "if";
  TcpSpecFrontendStatsOptionsStatsAdminCond2["UNLESS"] = "unless";
  return TcpSpecFrontendStatsOptionsStatsAdminCond2;
})(TcpSpecFrontendStatsOptionsStatsAdminCond || {});
function toJson_TcpSpecFrontendStatsOptionsStatsAuths(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "passwd": obj.passwd,
    "user": obj.user
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_TcpSpecFrontendStatsOptionsStatsHttpRequests(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "cond": obj.cond,
    "cond_test": obj.condTest,
    "realm": obj.realm,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var TcpSpecFrontendStickTableSrvkey = /* @__PURE__ */ ((TcpSpecFrontendStickTableSrvkey2) => {
  TcpSpecFrontendStickTableSrvkey2["ADDR"] = "addr";
  TcpSpecFrontendStickTableSrvkey2["NAME"] = "name";
  return TcpSpecFrontendStickTableSrvkey2;
})(TcpSpecFrontendStickTableSrvkey || {});
var TcpSpecFrontendStickTableType = /* @__PURE__ */ ((TcpSpecFrontendStickTableType2) => {
  TcpSpecFrontendStickTableType2["IP"] = "ip";
  TcpSpecFrontendStickTableType2["IPV6"] = "ipv6";
  TcpSpecFrontendStickTableType2["INTEGER"] = "integer";
  TcpSpecFrontendStickTableType2["STRING"] = "string";
  TcpSpecFrontendStickTableType2["BINARY"] = "binary";
  return TcpSpecFrontendStickTableType2;
})(TcpSpecFrontendStickTableType || {});
var TcpSpecFrontendTcpRequestRuleListAction = /* @__PURE__ */ ((TcpSpecFrontendTcpRequestRuleListAction2) => {
  TcpSpecFrontendTcpRequestRuleListAction2["ACCEPT"] = "accept";
  TcpSpecFrontendTcpRequestRuleListAction2["ATTACH_HYPHEN_SRV"] = "attach-srv";
  TcpSpecFrontendTcpRequestRuleListAction2["CAPTURE"] = "capture";
  TcpSpecFrontendTcpRequestRuleListAction2["DO_HYPHEN_RESOLVE"] = "do-resolve";
  TcpSpecFrontendTcpRequestRuleListAction2["EXPECT_HYPHEN_NETSCALER_HYPHEN_CIP"] = "expect-netscaler-cip";
  TcpSpecFrontendTcpRequestRuleListAction2["EXPECT_HYPHEN_PROXY"] = "expect-proxy";
  TcpSpecFrontendTcpRequestRuleListAction2["LUA"] = "lua";
  TcpSpecFrontendTcpRequestRuleListAction2["REJECT"] = "reject";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_ADD_HYPHEN_GPC"] = "sc-add-gpc";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC"] = "sc-inc-gpc";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC0"] = "sc-inc-gpc0";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_INC_HYPHEN_GPC1"] = "sc-inc-gpc1";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT"] = "sc-set-gpt";
  TcpSpecFrontendTcpRequestRuleListAction2["SC_HYPHEN_SET_HYPHEN_GPT0"] = "sc-set-gpt0";
  TcpSpecFrontendTcpRequestRuleListAction2["SEND_HYPHEN_SPOE_HYPHEN_GROUP"] = "send-spoe-group";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_BANDWIDTH_HYPHEN_LIMIT"] = "set-bandwidth-limit";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_MARK"] = "set-bc-mark";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_BC_HYPHEN_TOS"] = "set-bc-tos";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_DST_HYPHEN_PORT"] = "set-dst-port";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_DST"] = "set-dst";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_MARK"] = "set-fc-mark";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_FC_HYPHEN_TOS"] = "set-fc-tos";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_LOG_HYPHEN_LEVEL"] = "set-log-level";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_MARK"] = "set-mark";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_NICE"] = "set-nice";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_CLASS"] = "set-priority-class";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_PRIORITY_HYPHEN_OFFSET"] = "set-priority-offset";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_SRC"] = "set-src";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_SRC_HYPHEN_PORT"] = "set-src-port";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_TOS"] = "set-tos";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_VAR"] = "set-var";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_VAR_HYPHEN_FMT"] = "set-var-fmt";
  TcpSpecFrontendTcpRequestRuleListAction2["SILENT_HYPHEN_DROP"] = "silent-drop";
  TcpSpecFrontendTcpRequestRuleListAction2["SWITCH_HYPHEN_MODE"] = "switch-mode";
  TcpSpecFrontendTcpRequestRuleListAction2["TRACK_HYPHEN_SC"] = "track-sc";
  TcpSpecFrontendTcpRequestRuleListAction2["UNSET_HYPHEN_VAR"] = "unset-var";
  TcpSpecFrontendTcpRequestRuleListAction2["USE_HYPHEN_SERVICE"] = "use-service";
  TcpSpecFrontendTcpRequestRuleListAction2["SET_HYPHEN_RETRIES"] = "set-retries";
  TcpSpecFrontendTcpRequestRuleListAction2["DO_HYPHEN_LOG"] = "do-log";
  return TcpSpecFrontendTcpRequestRuleListAction2;
})(TcpSpecFrontendTcpRequestRuleListAction || {});
var TcpSpecFrontendTcpRequestRuleListCond = /* @__PURE__ */ ((TcpSpecFrontendTcpRequestRuleListCond2) => {
  TcpSpecFrontendTcpRequestRuleListCond2["IF"] = "if";
  TcpSpecFrontendTcpRequestRuleListCond2["UNLESS"] = "unless";
  return TcpSpecFrontendTcpRequestRuleListCond2;
})(TcpSpecFrontendTcpRequestRuleListCond || {});
var TcpSpecFrontendTcpRequestRuleListLogLevel = /* @__PURE__ */ ((TcpSpecFrontendTcpRequestRuleListLogLevel2) => {
  TcpSpecFrontendTcpRequestRuleListLogLevel2["EMERG"] = "emerg";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["ALERT"] = "alert";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["CRIT"] = "crit";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["ERR"] = "err";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["WARNING"] = "warning";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["NOTICE"] = "notice";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["INFO"] = "info";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["DEBUG"] = "debug";
  TcpSpecFrontendTcpRequestRuleListLogLevel2["SILENT"] = "silent";
  return TcpSpecFrontendTcpRequestRuleListLogLevel2;
})(TcpSpecFrontendTcpRequestRuleListLogLevel || {});
var TcpSpecFrontendTcpRequestRuleListResolveProtocol = /* @__PURE__ */ ((TcpSpecFrontendTcpRequestRuleListResolveProtocol2) => {
  TcpSpecFrontendTcpRequestRuleListResolveProtocol2["IPV4"] = "ipv4";
  TcpSpecFrontendTcpRequestRuleListResolveProtocol2["IPV6"] = "ipv6";
  return TcpSpecFrontendTcpRequestRuleListResolveProtocol2;
})(TcpSpecFrontendTcpRequestRuleListResolveProtocol || {});
var TcpSpecFrontendTcpRequestRuleListType = /* @__PURE__ */ ((TcpSpecFrontendTcpRequestRuleListType2) => {
  TcpSpecFrontendTcpRequestRuleListType2["CONNECTION"] = "connection";
  TcpSpecFrontendTcpRequestRuleListType2["CONTENT"] = "content";
  TcpSpecFrontendTcpRequestRuleListType2["INSPECT_HYPHEN_DELAY"] = "inspect-delay";
  TcpSpecFrontendTcpRequestRuleListType2["SESSION"] = "session";
  return TcpSpecFrontendTcpRequestRuleListType2;
})(TcpSpecFrontendTcpRequestRuleListType || {});
var TcpSpecFrontendStatsOptionsStatsHttpRequestsType = /* @__PURE__ */ ((TcpSpecFrontendStatsOptionsStatsHttpRequestsType2) => {
  TcpSpecFrontendStatsOptionsStatsHttpRequestsType2["ALLOW"] = "allow";
  TcpSpecFrontendStatsOptionsStatsHttpRequestsType2["DENY"] = "deny";
  TcpSpecFrontendStatsOptionsStatsHttpRequestsType2["AUTH"] = "auth";
  return TcpSpecFrontendStatsOptionsStatsHttpRequestsType2;
})(TcpSpecFrontendStatsOptionsStatsHttpRequestsType || {});
class ValidationRules extends import_cdk8s.ApiObject {
  /**
   * Returns the apiVersion and kind for "ValidationRules"
   */
  static GVK = {
    apiVersion: "ingress.v3.haproxy.org/v3",
    kind: "ValidationRules"
  };
  /**
   * Renders a Kubernetes manifest for "ValidationRules".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  static manifest(props) {
    return {
      ...ValidationRules.GVK,
      ...toJson_ValidationRulesProps(props)
    };
  }
  /**
   * Defines a "ValidationRules" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  constructor(scope, id, props) {
    super(scope, id, {
      ...ValidationRules.GVK,
      ...props
    });
  }
  /**
   * Renders the object to Kubernetes JSON.
   */
  toJson() {
    const resolved = super.toJson();
    return {
      ...ValidationRules.GVK,
      ...toJson_ValidationRulesProps(resolved)
    };
  }
}
function toJson_ValidationRulesProps(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "metadata": obj.metadata,
    "spec": toJson_ValidationRulesSpec(obj.spec)
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidationRulesSpec(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "prefix": obj.prefix,
    "validation_rules": obj.validationRules === void 0 ? void 0 : Object.entries(obj.validationRules).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: toJson_ValidationRulesSpecValidationRules(i[1]) }, {})
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
function toJson_ValidationRulesSpecValidationRules(obj) {
  if (obj === void 0) {
    return void 0;
  }
  const result = {
    "ingresses": obj.ingresses?.map((y) => y),
    "namespaces": obj.namespaces?.map((y) => y),
    "order_priority": obj.orderPriority,
    "resources": obj.resources?.map((y) => y),
    "rule": obj.rule,
    "section": obj.section,
    "template": obj.template,
    "type": obj.type
  };
  return Object.entries(result).reduce((r, i) => i[1] === void 0 ? r : { ...r, [i[0]]: i[1] }, {});
}
var ValidationRulesSpecValidationRulesSection = /* @__PURE__ */ ((ValidationRulesSpecValidationRulesSection2) => {
  ValidationRulesSpecValidationRulesSection2["FRONTEND"] = "frontend";
  ValidationRulesSpecValidationRulesSection2["BACKEND"] = "backend";
  ValidationRulesSpecValidationRulesSection2["ALL"] = "all";
  return ValidationRulesSpecValidationRulesSection2;
})(ValidationRulesSpecValidationRulesSection || {});
var ValidationRulesSpecValidationRulesType = /* @__PURE__ */ ((ValidationRulesSpecValidationRulesType2) => {
  ValidationRulesSpecValidationRulesType2["DURATION"] = "duration";
  ValidationRulesSpecValidationRulesType2["INT"] = "int";
  ValidationRulesSpecValidationRulesType2["UINT"] = "uint";
  ValidationRulesSpecValidationRulesType2["BOOL"] = "bool";
  ValidationRulesSpecValidationRulesType2["STRING"] = "string";
  ValidationRulesSpecValidationRulesType2["FLOAT"] = "float";
  ValidationRulesSpecValidationRulesType2["JSON"] = "json";
  return ValidationRulesSpecValidationRulesType2;
})(ValidationRulesSpecValidationRulesType || {});
