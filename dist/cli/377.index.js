export const id = 377;
export const ids = [377];
export const modules = {

/***/ 2503:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "organizations",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "organizations",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1174.0";
var packageInfo = {
	version: version};

const l = "ref", m = "authSchemes", n = "signingRegion";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [l]: "Endpoint" }, h = { [l]: d }, i = { [m]: [{ "name": "sigv4", [n]: "us-gov-west-1" }] }, j = { [m]: [{ "name": "sigv4", [n]: "{PartitionResult#implicitGlobalRegion}" }] }, k = [{ [l]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://organizations.us-gov-west-1.amazonaws.com", i],
        ["https://organizations.us-gov-west-1.api.aws", i],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 14, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 8, 6,
    4, 7, r + 12,
    7, r + 10, r + 11,
    4, 11, 9,
    5, r + 4, 10,
    6, r + 8, r + 9,
    5, r + 5, 12,
    6, 13, r + 7,
    7, r + 6, r + 7,
    3, r + 1, 15,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class OrganizationsServiceException extends ServiceException$1 {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.organizations#OrganizationsServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, OrganizationsServiceException.prototype);
    }
}

class AccessDeniedException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class AccessDeniedForDependencyException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccessDeniedForDependencyException";
    name = "AccessDeniedForDependencyException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "AccessDeniedForDependencyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedForDependencyException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class AWSOrganizationsNotInUseException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AWSOrganizationsNotInUseException";
    name = "AWSOrganizationsNotInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AWSOrganizationsNotInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AWSOrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
    }
}
class ConcurrentModificationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ConcurrentModificationException";
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
class ConstraintViolationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ConstraintViolationException";
    name = "ConstraintViolationException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "ConstraintViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class HandshakeAlreadyInStateException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#HandshakeAlreadyInStateException";
    name = "HandshakeAlreadyInStateException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "HandshakeAlreadyInStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, HandshakeAlreadyInStateException.prototype);
        this.Message = opts.Message;
    }
}
class HandshakeConstraintViolationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#HandshakeConstraintViolationException";
    name = "HandshakeConstraintViolationException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "HandshakeConstraintViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, HandshakeConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class HandshakeNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#HandshakeNotFoundException";
    name = "HandshakeNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "HandshakeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, HandshakeNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidHandshakeTransitionException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#InvalidHandshakeTransitionException";
    name = "InvalidHandshakeTransitionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidHandshakeTransitionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidHandshakeTransitionException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidInputException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#InvalidInputException";
    name = "InvalidInputException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "InvalidInputException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#MasterCannotLeaveOrganizationException";
    name = "MasterCannotLeaveOrganizationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MasterCannotLeaveOrganizationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MasterCannotLeaveOrganizationException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ServiceException";
    name = "ServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "ServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceException.prototype);
        this.Message = opts.Message;
    }
}
class TooManyRequestsException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#TooManyRequestsException";
    name = "TooManyRequestsException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class AccountAlreadyClosedException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccountAlreadyClosedException";
    name = "AccountAlreadyClosedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountAlreadyClosedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountAlreadyClosedException.prototype);
        this.Message = opts.Message;
    }
}
class AccountAlreadyRegisteredException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccountAlreadyRegisteredException";
    name = "AccountAlreadyRegisteredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountAlreadyRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountAlreadyRegisteredException.prototype);
        this.Message = opts.Message;
    }
}
class AccountNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccountNotFoundException";
    name = "AccountNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class AccountNotRegisteredException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccountNotRegisteredException";
    name = "AccountNotRegisteredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountNotRegisteredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountNotRegisteredException.prototype);
        this.Message = opts.Message;
    }
}
class AccountOwnerNotVerifiedException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AccountOwnerNotVerifiedException";
    name = "AccountOwnerNotVerifiedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountOwnerNotVerifiedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountOwnerNotVerifiedException.prototype);
        this.Message = opts.Message;
    }
}
class AlreadyInOrganizationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#AlreadyInOrganizationException";
    name = "AlreadyInOrganizationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AlreadyInOrganizationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlreadyInOrganizationException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicatePolicyAttachmentException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DuplicatePolicyAttachmentException";
    name = "DuplicatePolicyAttachmentException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicatePolicyAttachmentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicatePolicyAttachmentException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyChangesInProgressException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyChangesInProgressException";
    name = "PolicyChangesInProgressException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyChangesInProgressException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyChangesInProgressException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyNotFoundException";
    name = "PolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyTypeNotEnabledException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyTypeNotEnabledException";
    name = "PolicyTypeNotEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyTypeNotEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyTypeNotEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class TargetNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#TargetNotFoundException";
    name = "TargetNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TargetNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TargetNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class UnsupportedAPIEndpointException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#UnsupportedAPIEndpointException";
    name = "UnsupportedAPIEndpointException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedAPIEndpointException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedAPIEndpointException.prototype);
        this.Message = opts.Message;
    }
}
class ConflictException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ConflictException";
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class FinalizingOrganizationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#FinalizingOrganizationException";
    name = "FinalizingOrganizationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "FinalizingOrganizationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FinalizingOrganizationException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateOrganizationalUnitException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DuplicateOrganizationalUnitException";
    name = "DuplicateOrganizationalUnitException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateOrganizationalUnitException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateOrganizationalUnitException.prototype);
        this.Message = opts.Message;
    }
}
class ParentNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ParentNotFoundException";
    name = "ParentNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ParentNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ParentNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicatePolicyException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DuplicatePolicyException";
    name = "DuplicatePolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicatePolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicatePolicyException.prototype);
        this.Message = opts.Message;
    }
}
class MalformedPolicyDocumentException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#MalformedPolicyDocumentException";
    name = "MalformedPolicyDocumentException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MalformedPolicyDocumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyTypeNotAvailableForOrganizationException";
    name = "PolicyTypeNotAvailableForOrganizationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyTypeNotAvailableForOrganizationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyTypeNotAvailableForOrganizationException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationNotEmptyException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#OrganizationNotEmptyException";
    name = "OrganizationNotEmptyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationNotEmptyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationNotEmptyException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotEmptyException";
    name = "OrganizationalUnitNotEmptyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationalUnitNotEmptyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationalUnitNotEmptyException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationalUnitNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotFoundException";
    name = "OrganizationalUnitNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationalUnitNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationalUnitNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyInUseException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyInUseException";
    name = "PolicyInUseException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyInUseException.prototype);
        this.Message = opts.Message;
    }
}
class ResourcePolicyNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ResourcePolicyNotFoundException";
    name = "ResourcePolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourcePolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class CreateAccountStatusNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#CreateAccountStatusNotFoundException";
    name = "CreateAccountStatusNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CreateAccountStatusNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CreateAccountStatusNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class EffectivePolicyNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#EffectivePolicyNotFoundException";
    name = "EffectivePolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EffectivePolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EffectivePolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ResponsibilityTransferNotFoundException";
    name = "ResponsibilityTransferNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResponsibilityTransferNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResponsibilityTransferNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyNotAttachedException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyNotAttachedException";
    name = "PolicyNotAttachedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyNotAttachedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyNotAttachedException.prototype);
        this.Message = opts.Message;
    }
}
class RootNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#RootNotFoundException";
    name = "RootNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "RootNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RootNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#PolicyTypeAlreadyEnabledException";
    name = "PolicyTypeAlreadyEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyTypeAlreadyEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyTypeAlreadyEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateHandshakeException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DuplicateHandshakeException";
    name = "DuplicateHandshakeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateHandshakeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateHandshakeException.prototype);
        this.Message = opts.Message;
    }
}
class ChildNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ChildNotFoundException";
    name = "ChildNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChildNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChildNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class DestinationParentNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DestinationParentNotFoundException";
    name = "DestinationParentNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DestinationParentNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DestinationParentNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateAccountException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#DuplicateAccountException";
    name = "DuplicateAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateAccountException.prototype);
        this.Message = opts.Message;
    }
}
class SourceParentNotFoundException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#SourceParentNotFoundException";
    name = "SourceParentNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SourceParentNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SourceParentNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#InvalidResponsibilityTransferTransitionException";
    name = "InvalidResponsibilityTransferTransitionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidResponsibilityTransferTransitionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResponsibilityTransferTransitionException.prototype);
        this.Message = opts.Message;
    }
}
class ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
    static shapeId = "com.amazonaws.organizations#ResponsibilityTransferAlreadyInStatusException";
    name = "ResponsibilityTransferAlreadyInStatusException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResponsibilityTransferAlreadyInStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResponsibilityTransferAlreadyInStatusException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Account";
const _AACE = "AccountAlreadyClosedException";
const _AARE = "AccountAlreadyRegisteredException";
const _ADE = "AccessDeniedException";
const _ADFDE = "AccessDeniedForDependencyException";
const _AH = "AcceptHandshake";
const _AHI = "ActiveHandshakeId";
const _AHR = "AcceptHandshakeRequest";
const _AHRc = "AcceptHandshakeResponse";
const _AI = "AccountId";
const _AIOE = "AlreadyInOrganizationException";
const _AM = "AwsManaged";
const _AN = "AccountName";
const _ANFE = "AccountNotFoundException";
const _ANRE = "AccountNotRegisteredException";
const _AONVE = "AccountOwnerNotVerifiedException";
const _AP = "AttachPolicy";
const _APR = "AttachPolicyRequest";
const _APT = "AvailablePolicyTypes";
const _AT = "ActionType";
const _AWSONIUE = "AWSOrganizationsNotInUseException";
const _Ac = "Action";
const _Acc = "Accounts";
const _Ar = "Arn";
const _C = "Child";
const _CA = "CloseAccount";
const _CAN = "CreateAccountName";
const _CAR = "CloseAccountRequest";
const _CARI = "CreateAccountRequestId";
const _CARr = "CreateAccountRequest";
const _CARre = "CreateAccountResponse";
const _CAS = "CreateAccountStatus";
const _CASNFE = "CreateAccountStatusNotFoundException";
const _CASr = "CreateAccountStatuses";
const _CAr = "CreateAccount";
const _CE = "ConflictException";
const _CGCA = "CreateGovCloudAccount";
const _CGCAR = "CreateGovCloudAccountRequest";
const _CGCARr = "CreateGovCloudAccountResponse";
const _CH = "CancelHandshake";
const _CHR = "CancelHandshakeRequest";
const _CHRa = "CancelHandshakeResponse";
const _CI = "ChildId";
const _CME = "ConcurrentModificationException";
const _CNFE = "ChildNotFoundException";
const _CO = "CreateOrganization";
const _COR = "CreateOrganizationRequest";
const _CORr = "CreateOrganizationResponse";
const _COU = "CreateOrganizationalUnit";
const _COUR = "CreateOrganizationalUnitRequest";
const _COURr = "CreateOrganizationalUnitResponse";
const _CP = "ContributingPolicies";
const _CPR = "CreatePolicyRequest";
const _CPRr = "CreatePolicyResponse";
const _CPr = "CreatePolicy";
const _CT = "CompletedTimestamp";
const _CTh = "ChildType";
const _CVE = "ConstraintViolationException";
const _Ch = "Children";
const _Co = "Content";
const _D = "Description";
const _DA = "DelegatedAdministrator";
const _DAE = "DuplicateAccountException";
const _DAR = "DescribeAccountRequest";
const _DARe = "DescribeAccountResponse";
const _DAWSSA = "DisableAWSServiceAccess";
const _DAWSSAR = "DisableAWSServiceAccessRequest";
const _DAe = "DelegatedAdministrators";
const _DAes = "DescribeAccount";
const _DCAS = "DescribeCreateAccountStatus";
const _DCASR = "DescribeCreateAccountStatusRequest";
const _DCASRe = "DescribeCreateAccountStatusResponse";
const _DDA = "DeregisterDelegatedAdministrator";
const _DDAR = "DeregisterDelegatedAdministratorRequest";
const _DE = "DateEnabled";
const _DED = "DelegationEnabledDate";
const _DEP = "DescribeEffectivePolicy";
const _DEPR = "DescribeEffectivePolicyRequest";
const _DEPRe = "DescribeEffectivePolicyResponse";
const _DH = "DeclineHandshake";
const _DHE = "DuplicateHandshakeException";
const _DHR = "DeclineHandshakeRequest";
const _DHRe = "DeclineHandshakeResponse";
const _DHRes = "DescribeHandshakeRequest";
const _DHResc = "DescribeHandshakeResponse";
const _DHe = "DescribeHandshake";
const _DO = "DeleteOrganization";
const _DOR = "DescribeOrganizationResponse";
const _DOU = "DeleteOrganizationalUnit";
const _DOUE = "DuplicateOrganizationalUnitException";
const _DOUR = "DeleteOrganizationalUnitRequest";
const _DOURe = "DescribeOrganizationalUnitRequest";
const _DOURes = "DescribeOrganizationalUnitResponse";
const _DOUe = "DescribeOrganizationalUnit";
const _DOe = "DescribeOrganization";
const _DP = "DeletePolicy";
const _DPAE = "DuplicatePolicyAttachmentException";
const _DPE = "DuplicatePolicyException";
const _DPI = "DestinationParentId";
const _DPNFE = "DestinationParentNotFoundException";
const _DPR = "DeletePolicyRequest";
const _DPRe = "DescribePolicyRequest";
const _DPRes = "DescribePolicyResponse";
const _DPRet = "DetachPolicyRequest";
const _DPT = "DisablePolicyType";
const _DPTR = "DisablePolicyTypeRequest";
const _DPTRi = "DisablePolicyTypeResponse";
const _DPe = "DescribePolicy";
const _DPet = "DetachPolicy";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DescribeResourcePolicyResponse";
const _DRPe = "DescribeResourcePolicy";
const _DRT = "DescribeResponsibilityTransfer";
const _DRTR = "DescribeResponsibilityTransferRequest";
const _DRTRe = "DescribeResponsibilityTransferResponse";
const _DS = "DelegatedService";
const _DSe = "DelegatedServices";
const _E = "Email";
const _EAF = "EnableAllFeatures";
const _EAFR = "EnableAllFeaturesRequest";
const _EAFRn = "EnableAllFeaturesResponse";
const _EAWSSA = "EnableAWSServiceAccess";
const _EAWSSAR = "EnableAWSServiceAccessRequest";
const _EC = "ErrorCode";
const _EM = "ErrorMessage";
const _EP = "EffectivePolicy";
const _EPNFE = "EffectivePolicyNotFoundException";
const _EPT = "EnablePolicyType";
const _EPTR = "EnablePolicyTypeRequest";
const _EPTRn = "EnablePolicyTypeResponse";
const _EPVE = "EffectivePolicyValidationError";
const _EPVEf = "EffectivePolicyValidationErrors";
const _ESP = "EnabledServicePrincipal";
const _ESPn = "EnabledServicePrincipals";
const _ET = "ExpirationTimestamp";
const _ETn = "EndTimestamp";
const _ETv = "EvaluationTimestamp";
const _F = "Filter";
const _FOE = "FinalizingOrganizationException";
const _FR = "FailureReason";
const _FS = "FeatureSet";
const _GCAI = "GovCloudAccountId";
const _H = "Handshake";
const _HAISE = "HandshakeAlreadyInStateException";
const _HCVE = "HandshakeConstraintViolationException";
const _HF = "HandshakeFilter";
const _HI = "HandshakeId";
const _HN = "HandshakeNotes";
const _HNFE = "HandshakeNotFoundException";
const _HP = "HandshakeParty";
const _HPI = "HandshakePartyId";
const _HPa = "HandshakeParties";
const _HR = "HandshakeResource";
const _HRV = "HandshakeResourceValue";
const _HRa = "HandshakeResources";
const _Ha = "Handshakes";
const _I = "Id";
const _IATO = "InviteAccountToOrganization";
const _IATOR = "InviteAccountToOrganizationRequest";
const _IATORn = "InviteAccountToOrganizationResponse";
const _IHTE = "InvalidHandshakeTransitionException";
const _IIE = "InvalidInputException";
const _IOTTR = "InviteOrganizationToTransferResponsibility";
const _IOTTRR = "InviteOrganizationToTransferResponsibilityRequest";
const _IOTTRRn = "InviteOrganizationToTransferResponsibilityResponse";
const _IRTTE = "InvalidResponsibilityTransferTransitionException";
const _IUATB = "IamUserAccessToBilling";
const _JM = "JoinedMethod";
const _JT = "JoinedTimestamp";
const _K = "Key";
const _LA = "ListAccounts";
const _LAFP = "ListAccountsForParent";
const _LAFPR = "ListAccountsForParentRequest";
const _LAFPRi = "ListAccountsForParentResponse";
const _LAR = "ListAccountsRequest";
const _LARi = "ListAccountsResponse";
const _LAWIEP = "ListAccountsWithInvalidEffectivePolicy";
const _LAWIEPR = "ListAccountsWithInvalidEffectivePolicyRequest";
const _LAWIEPRi = "ListAccountsWithInvalidEffectivePolicyResponse";
const _LAWSSAFO = "ListAWSServiceAccessForOrganization";
const _LAWSSAFOR = "ListAWSServiceAccessForOrganizationRequest";
const _LAWSSAFORi = "ListAWSServiceAccessForOrganizationResponse";
const _LC = "ListChildren";
const _LCAS = "ListCreateAccountStatus";
const _LCASR = "ListCreateAccountStatusRequest";
const _LCASRi = "ListCreateAccountStatusResponse";
const _LCR = "ListChildrenRequest";
const _LCRi = "ListChildrenResponse";
const _LDA = "ListDelegatedAdministrators";
const _LDAR = "ListDelegatedAdministratorsRequest";
const _LDARi = "ListDelegatedAdministratorsResponse";
const _LDSFA = "ListDelegatedServicesForAccount";
const _LDSFAR = "ListDelegatedServicesForAccountRequest";
const _LDSFARi = "ListDelegatedServicesForAccountResponse";
const _LEPVE = "ListEffectivePolicyValidationErrors";
const _LEPVER = "ListEffectivePolicyValidationErrorsRequest";
const _LEPVERi = "ListEffectivePolicyValidationErrorsResponse";
const _LHFA = "ListHandshakesForAccount";
const _LHFAR = "ListHandshakesForAccountRequest";
const _LHFARi = "ListHandshakesForAccountResponse";
const _LHFO = "ListHandshakesForOrganization";
const _LHFOR = "ListHandshakesForOrganizationRequest";
const _LHFORi = "ListHandshakesForOrganizationResponse";
const _LIRT = "ListInboundResponsibilityTransfers";
const _LIRTR = "ListInboundResponsibilityTransfersRequest";
const _LIRTRi = "ListInboundResponsibilityTransfersResponse";
const _LO = "LeaveOrganization";
const _LORT = "ListOutboundResponsibilityTransfers";
const _LORTR = "ListOutboundResponsibilityTransfersRequest";
const _LORTRi = "ListOutboundResponsibilityTransfersResponse";
const _LOUFP = "ListOrganizationalUnitsForParent";
const _LOUFPR = "ListOrganizationalUnitsForParentRequest";
const _LOUFPRi = "ListOrganizationalUnitsForParentResponse";
const _LP = "ListParents";
const _LPFT = "ListPoliciesForTarget";
const _LPFTR = "ListPoliciesForTargetRequest";
const _LPFTRi = "ListPoliciesForTargetResponse";
const _LPR = "ListParentsRequest";
const _LPRi = "ListParentsResponse";
const _LPRis = "ListPoliciesRequest";
const _LPRist = "ListPoliciesResponse";
const _LPi = "ListPolicies";
const _LR = "ListRoots";
const _LRR = "ListRootsRequest";
const _LRRi = "ListRootsResponse";
const _LTFP = "ListTargetsForPolicy";
const _LTFPR = "ListTargetsForPolicyRequest";
const _LTFPRi = "ListTargetsForPolicyResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LUT = "LastUpdatedTimestamp";
const _M = "Message";
const _MA = "MoveAccount";
const _MAA = "MasterAccountArn";
const _MAE = "MasterAccountEmail";
const _MAEa = "ManagementAccountEmail";
const _MAI = "MasterAccountId";
const _MAIa = "ManagementAccountId";
const _MAR = "MoveAccountRequest";
const _MCLOE = "MasterCannotLeaveOrganizationException";
const _MPDE = "MalformedPolicyDocumentException";
const _MR = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _No = "Notes";
const _O = "Organization";
const _ONEE = "OrganizationNotEmptyException";
const _OU = "OrganizationalUnit";
const _OUI = "OrganizationalUnitId";
const _OUNEE = "OrganizationalUnitNotEmptyException";
const _OUNFE = "OrganizationalUnitNotFoundException";
const _OUr = "OrganizationalUnits";
const _P = "Paths";
const _PC = "PolicyContent";
const _PCIPE = "PolicyChangesInProgressException";
const _PHI = "ParentHandshakeId";
const _PI = "PolicyId";
const _PIUE = "PolicyInUseException";
const _PIa = "ParentId";
const _PNAE = "PolicyNotAttachedException";
const _PNFE = "ParentNotFoundException";
const _PNFEo = "PolicyNotFoundException";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PS = "PolicySummary";
const _PT = "PolicyType";
const _PTAEE = "PolicyTypeAlreadyEnabledException";
const _PTE = "PathToError";
const _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
const _PTNEE = "PolicyTypeNotEnabledException";
const _PTS = "PolicyTargetSummary";
const _PTSo = "PolicyTypeSummary";
const _PTo = "PolicyTypes";
const _PTol = "PolicyTargets";
const _Pa = "Parties";
const _Par = "Parents";
const _Pare = "Parent";
const _Pat = "Path";
const _Po = "Policy";
const _Pol = "Policies";
const _R = "Reason";
const _RAFO = "RemoveAccountFromOrganization";
const _RAFOR = "RemoveAccountFromOrganizationRequest";
const _RDA = "RegisterDelegatedAdministrator";
const _RDAR = "RegisterDelegatedAdministratorRequest";
const _RI = "RootId";
const _RIe = "ResourceId";
const _RN = "RoleName";
const _RNFE = "RootNotFoundException";
const _RP = "ResourcePolicy";
const _RPNFE = "ResourcePolicyNotFoundException";
const _RPS = "ResourcePolicySummary";
const _RT = "RequestedTimestamp";
const _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
const _RTN = "ResponsibilityTransferName";
const _RTNFE = "ResponsibilityTransferNotFoundException";
const _RTe = "ResponsibilityTransfer";
const _RTes = "ResponsibilityTransfers";
const _Re = "Resources";
const _Ro = "Root";
const _Roo = "Roots";
const _S = "Status";
const _SE = "ServiceException";
const _SN = "SourceName";
const _SP = "ServicePrincipal";
const _SPI = "SourceParentId";
const _SPNFE = "SourceParentNotFoundException";
const _ST = "StartTimestamp";
const _So = "Source";
const _St = "State";
const _Sta = "States";
const _T = "Type";
const _TI = "TargetId";
const _TK = "TagKeys";
const _TMRE = "TooManyRequestsException";
const _TNFE = "TargetNotFoundException";
const _TP = "TransferParticipant";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRT = "TerminateResponsibilityTransfer";
const _TRTR = "TerminateResponsibilityTransferRequest";
const _TRTRe = "TerminateResponsibilityTransferResponse";
const _Ta = "Tags";
const _Tag = "Tag";
const _Tar = "Target";
const _Targ = "Targets";
const _UAPIEE = "UnsupportedAPIEndpointException";
const _UOU = "UpdateOrganizationalUnit";
const _UOUR = "UpdateOrganizationalUnitRequest";
const _UOURp = "UpdateOrganizationalUnitResponse";
const _UP = "UpdatePolicy";
const _UPR = "UpdatePolicyRequest";
const _UPRp = "UpdatePolicyResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URT = "UpdateResponsibilityTransfer";
const _URTR = "UpdateResponsibilityTransferRequest";
const _URTRp = "UpdateResponsibilityTransferResponse";
const _V = "Value";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
const _se = "server";
const n0 = "com.amazonaws.organizations";
const _s_registry = new TypeRegistry(_s);
var OrganizationsServiceException$ = [-3, _s, "OrganizationsServiceException", 0, [], []];
_s_registry.registerError(OrganizationsServiceException$, OrganizationsServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AccessDeniedForDependencyException$ = [-3, n0, _ADFDE,
    { [_e]: _c, [_hE]: 403 },
    [_M, _R],
    [0, 0]
];
n0_registry.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
var AccountAlreadyClosedException$ = [-3, n0, _AACE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
var AccountAlreadyRegisteredException$ = [-3, n0, _AARE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
var AccountNotFoundException$ = [-3, n0, _ANFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [-3, n0, _ANRE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountOwnerNotVerifiedException$ = [-3, n0, _AONVE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
var AlreadyInOrganizationException$ = [-3, n0, _AIOE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
var AWSOrganizationsNotInUseException$ = [-3, n0, _AWSONIUE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
var ChildNotFoundException$ = [-3, n0, _CNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ChildNotFoundException$, ChildNotFoundException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ConstraintViolationException$ = [-3, n0, _CVE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _R],
    [0, 0]
];
n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
var CreateAccountStatusNotFoundException$ = [-3, n0, _CASNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
var DestinationParentNotFoundException$ = [-3, n0, _DPNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
var DuplicateAccountException$ = [-3, n0, _DAE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateAccountException$, DuplicateAccountException);
var DuplicateHandshakeException$ = [-3, n0, _DHE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
var DuplicateOrganizationalUnitException$ = [-3, n0, _DOUE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
var DuplicatePolicyAttachmentException$ = [-3, n0, _DPAE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
var DuplicatePolicyException$ = [-3, n0, _DPE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicatePolicyException$, DuplicatePolicyException);
var EffectivePolicyNotFoundException$ = [-3, n0, _EPNFE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
var FinalizingOrganizationException$ = [-3, n0, _FOE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
var HandshakeAlreadyInStateException$ = [-3, n0, _HAISE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
var HandshakeConstraintViolationException$ = [-3, n0, _HCVE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _R],
    [0, 0]
];
n0_registry.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
var HandshakeNotFoundException$ = [-3, n0, _HNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
var InvalidHandshakeTransitionException$ = [-3, n0, _IHTE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
var InvalidInputException$ = [-3, n0, _IIE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _R],
    [0, 0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidResponsibilityTransferTransitionException$ = [-3, n0, _IRTTE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
var MalformedPolicyDocumentException$ = [-3, n0, _MPDE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var MasterCannotLeaveOrganizationException$ = [-3, n0, _MCLOE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
var OrganizationalUnitNotEmptyException$ = [-3, n0, _OUNEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
var OrganizationalUnitNotFoundException$ = [-3, n0, _OUNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
var OrganizationNotEmptyException$ = [-3, n0, _ONEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
var ParentNotFoundException$ = [-3, n0, _PNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ParentNotFoundException$, ParentNotFoundException);
var PolicyChangesInProgressException$ = [-3, n0, _PCIPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
var PolicyInUseException$ = [-3, n0, _PIUE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyInUseException$, PolicyInUseException);
var PolicyNotAttachedException$ = [-3, n0, _PNAE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
var PolicyNotFoundException$ = [-3, n0, _PNFEo,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
var PolicyTypeAlreadyEnabledException$ = [-3, n0, _PTAEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
var PolicyTypeNotAvailableForOrganizationException$ = [-3, n0, _PTNAFOE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
var PolicyTypeNotEnabledException$ = [-3, n0, _PTNEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
var ResourcePolicyNotFoundException$ = [-3, n0, _RPNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResponsibilityTransferAlreadyInStatusException$ = [-3, n0, _RTAISE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
var ResponsibilityTransferNotFoundException$ = [-3, n0, _RTNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
var RootNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(RootNotFoundException$, RootNotFoundException);
var ServiceException$ = [-3, n0, _SE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceException$, ServiceException);
var SourceParentNotFoundException$ = [-3, n0, _SPNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
var TargetNotFoundException$ = [-3, n0, _TNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedAPIEndpointException$ = [-3, n0, _UAPIEE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccountName = [0, n0, _AN, 8, 0];
var CreateAccountName = [0, n0, _CAN, 8, 0];
var Email = [0, n0, _E, 8, 0];
var HandshakeNotes = [0, n0, _HN, 8, 0];
var HandshakePartyId = [0, n0, _HPI, 8, 0];
var HandshakeResourceValue = [0, n0, _HRV, 8, 0];
var ResponsibilityTransferName = [0, n0, _RTN, 8, 0];
var AcceptHandshakeRequest$ = [3, n0, _AHR,
    0,
    [_HI],
    [0], 1
];
var AcceptHandshakeResponse$ = [3, n0, _AHRc,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var Account$ = [3, n0, _A,
    0,
    [_I, _Ar, _E, _N, _S, _St, _P, _JM, _JT],
    [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 64 | 0, 0, 4]
];
var AttachPolicyRequest$ = [3, n0, _APR,
    0,
    [_PI, _TI],
    [0, 0], 2
];
var CancelHandshakeRequest$ = [3, n0, _CHR,
    0,
    [_HI],
    [0], 1
];
var CancelHandshakeResponse$ = [3, n0, _CHRa,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var Child$ = [3, n0, _C,
    0,
    [_I, _T],
    [0, 0]
];
var CloseAccountRequest$ = [3, n0, _CAR,
    0,
    [_AI],
    [0], 1
];
var CreateAccountRequest$ = [3, n0, _CARr,
    0,
    [_E, _AN, _RN, _IUATB, _Ta],
    [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags], 2
];
var CreateAccountResponse$ = [3, n0, _CARre,
    0,
    [_CAS],
    [[() => CreateAccountStatus$, 0]]
];
var CreateAccountStatus$ = [3, n0, _CAS,
    0,
    [_I, _AN, _St, _RT, _CT, _AI, _GCAI, _FR],
    [0, [() => CreateAccountName, 0], 0, 4, 4, 0, 0, 0]
];
var CreateGovCloudAccountRequest$ = [3, n0, _CGCAR,
    0,
    [_E, _AN, _RN, _IUATB, _Ta],
    [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags], 2
];
var CreateGovCloudAccountResponse$ = [3, n0, _CGCARr,
    0,
    [_CAS],
    [[() => CreateAccountStatus$, 0]]
];
var CreateOrganizationalUnitRequest$ = [3, n0, _COUR,
    0,
    [_PIa, _N, _Ta],
    [0, 0, () => Tags], 2
];
var CreateOrganizationalUnitResponse$ = [3, n0, _COURr,
    0,
    [_OU],
    [() => OrganizationalUnit$]
];
var CreateOrganizationRequest$ = [3, n0, _COR,
    0,
    [_FS],
    [0]
];
var CreateOrganizationResponse$ = [3, n0, _CORr,
    0,
    [_O],
    [[() => Organization$, 0]]
];
var CreatePolicyRequest$ = [3, n0, _CPR,
    0,
    [_Co, _D, _N, _T, _Ta],
    [0, 0, 0, 0, () => Tags], 4
];
var CreatePolicyResponse$ = [3, n0, _CPRr,
    0,
    [_Po],
    [() => Policy$]
];
var DeclineHandshakeRequest$ = [3, n0, _DHR,
    0,
    [_HI],
    [0], 1
];
var DeclineHandshakeResponse$ = [3, n0, _DHRe,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var DelegatedAdministrator$ = [3, n0, _DA,
    0,
    [_I, _Ar, _E, _N, _S, _St, _JM, _JT, _DED],
    [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 0, 4, 4]
];
var DelegatedService$ = [3, n0, _DS,
    0,
    [_SP, _DED],
    [0, 4]
];
var DeleteOrganizationalUnitRequest$ = [3, n0, _DOUR,
    0,
    [_OUI],
    [0], 1
];
var DeletePolicyRequest$ = [3, n0, _DPR,
    0,
    [_PI],
    [0], 1
];
var DeregisterDelegatedAdministratorRequest$ = [3, n0, _DDAR,
    0,
    [_AI, _SP],
    [0, 0], 2
];
var DescribeAccountRequest$ = [3, n0, _DAR,
    0,
    [_AI],
    [0], 1
];
var DescribeAccountResponse$ = [3, n0, _DARe,
    0,
    [_A],
    [[() => Account$, 0]]
];
var DescribeCreateAccountStatusRequest$ = [3, n0, _DCASR,
    0,
    [_CARI],
    [0], 1
];
var DescribeCreateAccountStatusResponse$ = [3, n0, _DCASRe,
    0,
    [_CAS],
    [[() => CreateAccountStatus$, 0]]
];
var DescribeEffectivePolicyRequest$ = [3, n0, _DEPR,
    0,
    [_PT, _TI],
    [0, 0], 1
];
var DescribeEffectivePolicyResponse$ = [3, n0, _DEPRe,
    0,
    [_EP],
    [() => EffectivePolicy$]
];
var DescribeHandshakeRequest$ = [3, n0, _DHRes,
    0,
    [_HI],
    [0], 1
];
var DescribeHandshakeResponse$ = [3, n0, _DHResc,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var DescribeOrganizationalUnitRequest$ = [3, n0, _DOURe,
    0,
    [_OUI],
    [0], 1
];
var DescribeOrganizationalUnitResponse$ = [3, n0, _DOURes,
    0,
    [_OU],
    [() => OrganizationalUnit$]
];
var DescribeOrganizationResponse$ = [3, n0, _DOR,
    0,
    [_O],
    [[() => Organization$, 0]]
];
var DescribePolicyRequest$ = [3, n0, _DPRe,
    0,
    [_PI],
    [0], 1
];
var DescribePolicyResponse$ = [3, n0, _DPRes,
    0,
    [_Po],
    [() => Policy$]
];
var DescribeResourcePolicyResponse$ = [3, n0, _DRPR,
    0,
    [_RP],
    [() => ResourcePolicy$]
];
var DescribeResponsibilityTransferRequest$ = [3, n0, _DRTR,
    0,
    [_I],
    [0], 1
];
var DescribeResponsibilityTransferResponse$ = [3, n0, _DRTRe,
    0,
    [_RTe],
    [[() => ResponsibilityTransfer$, 0]]
];
var DetachPolicyRequest$ = [3, n0, _DPRet,
    0,
    [_PI, _TI],
    [0, 0], 2
];
var DisableAWSServiceAccessRequest$ = [3, n0, _DAWSSAR,
    0,
    [_SP],
    [0], 1
];
var DisablePolicyTypeRequest$ = [3, n0, _DPTR,
    0,
    [_RI, _PT],
    [0, 0], 2
];
var DisablePolicyTypeResponse$ = [3, n0, _DPTRi,
    0,
    [_Ro],
    [() => Root$]
];
var EffectivePolicy$ = [3, n0, _EP,
    0,
    [_PC, _LUT, _TI, _PT],
    [0, 4, 0, 0]
];
var EffectivePolicyValidationError$ = [3, n0, _EPVE,
    0,
    [_EC, _EM, _PTE, _CP],
    [0, 0, 0, 64 | 0]
];
var EnableAllFeaturesRequest$ = [3, n0, _EAFR,
    0,
    [],
    []
];
var EnableAllFeaturesResponse$ = [3, n0, _EAFRn,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var EnableAWSServiceAccessRequest$ = [3, n0, _EAWSSAR,
    0,
    [_SP],
    [0], 1
];
var EnabledServicePrincipal$ = [3, n0, _ESP,
    0,
    [_SP, _DE],
    [0, 4]
];
var EnablePolicyTypeRequest$ = [3, n0, _EPTR,
    0,
    [_RI, _PT],
    [0, 0], 2
];
var EnablePolicyTypeResponse$ = [3, n0, _EPTRn,
    0,
    [_Ro],
    [() => Root$]
];
var Handshake$ = [3, n0, _H,
    0,
    [_I, _Ar, _Pa, _St, _RT, _ET, _Ac, _Re],
    [0, 0, [() => HandshakeParties, 0], 0, 4, 4, 0, [() => HandshakeResources, 0]]
];
var HandshakeFilter$ = [3, n0, _HF,
    0,
    [_AT, _PHI],
    [0, 0]
];
var HandshakeParty$ = [3, n0, _HP,
    0,
    [_I, _T],
    [[() => HandshakePartyId, 0], 0], 2
];
var HandshakeResource$ = [3, n0, _HR,
    0,
    [_V, _T, _Re],
    [[() => HandshakeResourceValue, 0], 0, [() => HandshakeResources, 0]]
];
var InviteAccountToOrganizationRequest$ = [3, n0, _IATOR,
    0,
    [_Tar, _No, _Ta],
    [[() => HandshakeParty$, 0], [() => HandshakeNotes, 0], () => Tags], 1
];
var InviteAccountToOrganizationResponse$ = [3, n0, _IATORn,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var InviteOrganizationToTransferResponsibilityRequest$ = [3, n0, _IOTTRR,
    0,
    [_T, _Tar, _ST, _SN, _No, _Ta],
    [0, [() => HandshakeParty$, 0], 4, [() => ResponsibilityTransferName, 0], [() => HandshakeNotes, 0], () => Tags], 4
];
var InviteOrganizationToTransferResponsibilityResponse$ = [3, n0, _IOTTRRn,
    0,
    [_H],
    [[() => Handshake$, 0]]
];
var ListAccountsForParentRequest$ = [3, n0, _LAFPR,
    0,
    [_PIa, _NT, _MR],
    [0, 0, 1], 1
];
var ListAccountsForParentResponse$ = [3, n0, _LAFPRi,
    0,
    [_Acc, _NT],
    [[() => Accounts, 0], 0]
];
var ListAccountsRequest$ = [3, n0, _LAR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListAccountsResponse$ = [3, n0, _LARi,
    0,
    [_Acc, _NT],
    [[() => Accounts, 0], 0]
];
var ListAccountsWithInvalidEffectivePolicyRequest$ = [3, n0, _LAWIEPR,
    0,
    [_PT, _NT, _MR],
    [0, 0, 1], 1
];
var ListAccountsWithInvalidEffectivePolicyResponse$ = [3, n0, _LAWIEPRi,
    0,
    [_Acc, _PT, _NT],
    [[() => Accounts, 0], 0, 0]
];
var ListAWSServiceAccessForOrganizationRequest$ = [3, n0, _LAWSSAFOR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListAWSServiceAccessForOrganizationResponse$ = [3, n0, _LAWSSAFORi,
    0,
    [_ESPn, _NT],
    [() => EnabledServicePrincipals, 0]
];
var ListChildrenRequest$ = [3, n0, _LCR,
    0,
    [_PIa, _CTh, _NT, _MR],
    [0, 0, 0, 1], 2
];
var ListChildrenResponse$ = [3, n0, _LCRi,
    0,
    [_Ch, _NT],
    [() => Children, 0]
];
var ListCreateAccountStatusRequest$ = [3, n0, _LCASR,
    0,
    [_Sta, _NT, _MR],
    [64 | 0, 0, 1]
];
var ListCreateAccountStatusResponse$ = [3, n0, _LCASRi,
    0,
    [_CASr, _NT],
    [[() => CreateAccountStatuses, 0], 0]
];
var ListDelegatedAdministratorsRequest$ = [3, n0, _LDAR,
    0,
    [_SP, _NT, _MR],
    [0, 0, 1]
];
var ListDelegatedAdministratorsResponse$ = [3, n0, _LDARi,
    0,
    [_DAe, _NT],
    [[() => DelegatedAdministrators, 0], 0]
];
var ListDelegatedServicesForAccountRequest$ = [3, n0, _LDSFAR,
    0,
    [_AI, _NT, _MR],
    [0, 0, 1], 1
];
var ListDelegatedServicesForAccountResponse$ = [3, n0, _LDSFARi,
    0,
    [_DSe, _NT],
    [() => DelegatedServices, 0]
];
var ListEffectivePolicyValidationErrorsRequest$ = [3, n0, _LEPVER,
    0,
    [_AI, _PT, _NT, _MR],
    [0, 0, 0, 1], 2
];
var ListEffectivePolicyValidationErrorsResponse$ = [3, n0, _LEPVERi,
    0,
    [_AI, _PT, _Pat, _ETv, _NT, _EPVEf],
    [0, 0, 0, 4, 0, () => EffectivePolicyValidationErrors]
];
var ListHandshakesForAccountRequest$ = [3, n0, _LHFAR,
    0,
    [_F, _NT, _MR],
    [() => HandshakeFilter$, 0, 1]
];
var ListHandshakesForAccountResponse$ = [3, n0, _LHFARi,
    0,
    [_Ha, _NT],
    [[() => Handshakes, 0], 0]
];
var ListHandshakesForOrganizationRequest$ = [3, n0, _LHFOR,
    0,
    [_F, _NT, _MR],
    [() => HandshakeFilter$, 0, 1]
];
var ListHandshakesForOrganizationResponse$ = [3, n0, _LHFORi,
    0,
    [_Ha, _NT],
    [[() => Handshakes, 0], 0]
];
var ListInboundResponsibilityTransfersRequest$ = [3, n0, _LIRTR,
    0,
    [_T, _I, _NT, _MR],
    [0, 0, 0, 1], 1
];
var ListInboundResponsibilityTransfersResponse$ = [3, n0, _LIRTRi,
    0,
    [_RTes, _NT],
    [[() => ResponsibilityTransfers, 0], 0]
];
var ListOrganizationalUnitsForParentRequest$ = [3, n0, _LOUFPR,
    0,
    [_PIa, _NT, _MR],
    [0, 0, 1], 1
];
var ListOrganizationalUnitsForParentResponse$ = [3, n0, _LOUFPRi,
    0,
    [_OUr, _NT],
    [() => OrganizationalUnits, 0]
];
var ListOutboundResponsibilityTransfersRequest$ = [3, n0, _LORTR,
    0,
    [_T, _NT, _MR],
    [0, 0, 1], 1
];
var ListOutboundResponsibilityTransfersResponse$ = [3, n0, _LORTRi,
    0,
    [_RTes, _NT],
    [[() => ResponsibilityTransfers, 0], 0]
];
var ListParentsRequest$ = [3, n0, _LPR,
    0,
    [_CI, _NT, _MR],
    [0, 0, 1], 1
];
var ListParentsResponse$ = [3, n0, _LPRi,
    0,
    [_Par, _NT],
    [() => Parents, 0]
];
var ListPoliciesForTargetRequest$ = [3, n0, _LPFTR,
    0,
    [_TI, _F, _NT, _MR],
    [0, 0, 0, 1], 2
];
var ListPoliciesForTargetResponse$ = [3, n0, _LPFTRi,
    0,
    [_Pol, _NT],
    [() => Policies, 0]
];
var ListPoliciesRequest$ = [3, n0, _LPRis,
    0,
    [_F, _NT, _MR],
    [0, 0, 1], 1
];
var ListPoliciesResponse$ = [3, n0, _LPRist,
    0,
    [_Pol, _NT],
    [() => Policies, 0]
];
var ListRootsRequest$ = [3, n0, _LRR,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListRootsResponse$ = [3, n0, _LRRi,
    0,
    [_Roo, _NT],
    [() => Roots, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RIe, _NT],
    [0, 0], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_Ta, _NT],
    [() => Tags, 0]
];
var ListTargetsForPolicyRequest$ = [3, n0, _LTFPR,
    0,
    [_PI, _NT, _MR],
    [0, 0, 1], 1
];
var ListTargetsForPolicyResponse$ = [3, n0, _LTFPRi,
    0,
    [_Targ, _NT],
    [() => PolicyTargets, 0]
];
var MoveAccountRequest$ = [3, n0, _MAR,
    0,
    [_AI, _SPI, _DPI],
    [0, 0, 0], 3
];
var Organization$ = [3, n0, _O,
    0,
    [_I, _Ar, _FS, _MAA, _MAI, _MAE, _APT],
    [0, 0, 0, 0, 0, [() => Email, 0], () => PolicyTypes]
];
var OrganizationalUnit$ = [3, n0, _OU,
    0,
    [_I, _Ar, _N, _Pat],
    [0, 0, 0, 0]
];
var Parent$ = [3, n0, _Pare,
    0,
    [_I, _T],
    [0, 0]
];
var Policy$ = [3, n0, _Po,
    0,
    [_PS, _Co],
    [() => PolicySummary$, 0]
];
var PolicySummary$ = [3, n0, _PS,
    0,
    [_I, _Ar, _N, _D, _T, _AM],
    [0, 0, 0, 0, 0, 2]
];
var PolicyTargetSummary$ = [3, n0, _PTS,
    0,
    [_TI, _Ar, _N, _T],
    [0, 0, 0, 0]
];
var PolicyTypeSummary$ = [3, n0, _PTSo,
    0,
    [_T, _S],
    [0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_Co, _Ta],
    [0, () => Tags], 1
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_RP],
    [() => ResourcePolicy$]
];
var RegisterDelegatedAdministratorRequest$ = [3, n0, _RDAR,
    0,
    [_AI, _SP],
    [0, 0], 2
];
var RemoveAccountFromOrganizationRequest$ = [3, n0, _RAFOR,
    0,
    [_AI],
    [0], 1
];
var ResourcePolicy$ = [3, n0, _RP,
    0,
    [_RPS, _Co],
    [() => ResourcePolicySummary$, 0]
];
var ResourcePolicySummary$ = [3, n0, _RPS,
    0,
    [_I, _Ar],
    [0, 0]
];
var ResponsibilityTransfer$ = [3, n0, _RTe,
    0,
    [_Ar, _N, _I, _T, _S, _So, _Tar, _ST, _ETn, _AHI],
    [0, [() => ResponsibilityTransferName, 0], 0, 0, 0, [() => TransferParticipant$, 0], [() => TransferParticipant$, 0], 4, 4, 0]
];
var Root$ = [3, n0, _Ro,
    0,
    [_I, _Ar, _N, _PTo],
    [0, 0, 0, () => PolicyTypes]
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 2
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RIe, _Ta],
    [0, () => Tags], 2
];
var TerminateResponsibilityTransferRequest$ = [3, n0, _TRTR,
    0,
    [_I, _ETn],
    [0, 4], 1
];
var TerminateResponsibilityTransferResponse$ = [3, n0, _TRTRe,
    0,
    [_RTe],
    [[() => ResponsibilityTransfer$, 0]]
];
var TransferParticipant$ = [3, n0, _TP,
    0,
    [_MAIa, _MAEa],
    [0, [() => Email, 0]]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RIe, _TK],
    [0, 64 | 0], 2
];
var UpdateOrganizationalUnitRequest$ = [3, n0, _UOUR,
    0,
    [_OUI, _N],
    [0, 0], 1
];
var UpdateOrganizationalUnitResponse$ = [3, n0, _UOURp,
    0,
    [_OU],
    [() => OrganizationalUnit$]
];
var UpdatePolicyRequest$ = [3, n0, _UPR,
    0,
    [_PI, _N, _D, _Co],
    [0, 0, 0, 0], 1
];
var UpdatePolicyResponse$ = [3, n0, _UPRp,
    0,
    [_Po],
    [() => Policy$]
];
var UpdateResponsibilityTransferRequest$ = [3, n0, _URTR,
    0,
    [_I, _N],
    [0, [() => ResponsibilityTransferName, 0]], 2
];
var UpdateResponsibilityTransferResponse$ = [3, n0, _URTRp,
    0,
    [_RTe],
    [[() => ResponsibilityTransfer$, 0]]
];
var __Unit = "unit";
var Accounts = [1, n0, _Acc,
    0, [() => Account$,
        0]
];
var Children = [1, n0, _Ch,
    0, () => Child$
];
var CreateAccountStatuses = [1, n0, _CASr,
    0, [() => CreateAccountStatus$,
        0]
];
var DelegatedAdministrators = [1, n0, _DAe,
    0, [() => DelegatedAdministrator$,
        0]
];
var DelegatedServices = [1, n0, _DSe,
    0, () => DelegatedService$
];
var EffectivePolicyValidationErrors = [1, n0, _EPVEf,
    0, () => EffectivePolicyValidationError$
];
var EnabledServicePrincipals = [1, n0, _ESPn,
    0, () => EnabledServicePrincipal$
];
var HandshakeParties = [1, n0, _HPa,
    0, [() => HandshakeParty$,
        0]
];
var HandshakeResources = [1, n0, _HRa,
    0, [() => HandshakeResource$,
        0]
];
var Handshakes = [1, n0, _Ha,
    0, [() => Handshake$,
        0]
];
var OrganizationalUnits = [1, n0, _OUr,
    0, () => OrganizationalUnit$
];
var Parents = [1, n0, _Par,
    0, () => Parent$
];
var Policies = [1, n0, _Pol,
    0, () => PolicySummary$
];
var PolicyTargets = [1, n0, _PTol,
    0, () => PolicyTargetSummary$
];
var PolicyTypes = [1, n0, _PTo,
    0, () => PolicyTypeSummary$
];
var ResponsibilityTransfers = [1, n0, _RTes,
    0, [() => ResponsibilityTransfer$,
        0]
];
var Roots = [1, n0, _Roo,
    0, () => Root$
];
var Tags = [1, n0, _Ta,
    0, () => Tag$
];
var AcceptHandshake$ = [9, n0, _AH,
    0, () => AcceptHandshakeRequest$, () => AcceptHandshakeResponse$
];
var AttachPolicy$ = [9, n0, _AP,
    0, () => AttachPolicyRequest$, () => __Unit
];
var CancelHandshake$ = [9, n0, _CH,
    0, () => CancelHandshakeRequest$, () => CancelHandshakeResponse$
];
var CloseAccount$ = [9, n0, _CA,
    0, () => CloseAccountRequest$, () => __Unit
];
var CreateAccount$ = [9, n0, _CAr,
    0, () => CreateAccountRequest$, () => CreateAccountResponse$
];
var CreateGovCloudAccount$ = [9, n0, _CGCA,
    0, () => CreateGovCloudAccountRequest$, () => CreateGovCloudAccountResponse$
];
var CreateOrganization$ = [9, n0, _CO,
    0, () => CreateOrganizationRequest$, () => CreateOrganizationResponse$
];
var CreateOrganizationalUnit$ = [9, n0, _COU,
    0, () => CreateOrganizationalUnitRequest$, () => CreateOrganizationalUnitResponse$
];
var CreatePolicy$ = [9, n0, _CPr,
    0, () => CreatePolicyRequest$, () => CreatePolicyResponse$
];
var DeclineHandshake$ = [9, n0, _DH,
    0, () => DeclineHandshakeRequest$, () => DeclineHandshakeResponse$
];
var DeleteOrganization$ = [9, n0, _DO,
    0, () => __Unit, () => __Unit
];
var DeleteOrganizationalUnit$ = [9, n0, _DOU,
    0, () => DeleteOrganizationalUnitRequest$, () => __Unit
];
var DeletePolicy$ = [9, n0, _DP,
    0, () => DeletePolicyRequest$, () => __Unit
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    0, () => __Unit, () => __Unit
];
var DeregisterDelegatedAdministrator$ = [9, n0, _DDA,
    0, () => DeregisterDelegatedAdministratorRequest$, () => __Unit
];
var DescribeAccount$ = [9, n0, _DAes,
    0, () => DescribeAccountRequest$, () => DescribeAccountResponse$
];
var DescribeCreateAccountStatus$ = [9, n0, _DCAS,
    0, () => DescribeCreateAccountStatusRequest$, () => DescribeCreateAccountStatusResponse$
];
var DescribeEffectivePolicy$ = [9, n0, _DEP,
    0, () => DescribeEffectivePolicyRequest$, () => DescribeEffectivePolicyResponse$
];
var DescribeHandshake$ = [9, n0, _DHe,
    0, () => DescribeHandshakeRequest$, () => DescribeHandshakeResponse$
];
var DescribeOrganization$ = [9, n0, _DOe,
    0, () => __Unit, () => DescribeOrganizationResponse$
];
var DescribeOrganizationalUnit$ = [9, n0, _DOUe,
    0, () => DescribeOrganizationalUnitRequest$, () => DescribeOrganizationalUnitResponse$
];
var DescribePolicy$ = [9, n0, _DPe,
    0, () => DescribePolicyRequest$, () => DescribePolicyResponse$
];
var DescribeResourcePolicy$ = [9, n0, _DRPe,
    0, () => __Unit, () => DescribeResourcePolicyResponse$
];
var DescribeResponsibilityTransfer$ = [9, n0, _DRT,
    0, () => DescribeResponsibilityTransferRequest$, () => DescribeResponsibilityTransferResponse$
];
var DetachPolicy$ = [9, n0, _DPet,
    0, () => DetachPolicyRequest$, () => __Unit
];
var DisableAWSServiceAccess$ = [9, n0, _DAWSSA,
    0, () => DisableAWSServiceAccessRequest$, () => __Unit
];
var DisablePolicyType$ = [9, n0, _DPT,
    0, () => DisablePolicyTypeRequest$, () => DisablePolicyTypeResponse$
];
var EnableAllFeatures$ = [9, n0, _EAF,
    0, () => EnableAllFeaturesRequest$, () => EnableAllFeaturesResponse$
];
var EnableAWSServiceAccess$ = [9, n0, _EAWSSA,
    0, () => EnableAWSServiceAccessRequest$, () => __Unit
];
var EnablePolicyType$ = [9, n0, _EPT,
    0, () => EnablePolicyTypeRequest$, () => EnablePolicyTypeResponse$
];
var InviteAccountToOrganization$ = [9, n0, _IATO,
    0, () => InviteAccountToOrganizationRequest$, () => InviteAccountToOrganizationResponse$
];
var InviteOrganizationToTransferResponsibility$ = [9, n0, _IOTTR,
    0, () => InviteOrganizationToTransferResponsibilityRequest$, () => InviteOrganizationToTransferResponsibilityResponse$
];
var LeaveOrganization$ = [9, n0, _LO,
    0, () => __Unit, () => __Unit
];
var ListAccounts$ = [9, n0, _LA,
    0, () => ListAccountsRequest$, () => ListAccountsResponse$
];
var ListAccountsForParent$ = [9, n0, _LAFP,
    0, () => ListAccountsForParentRequest$, () => ListAccountsForParentResponse$
];
var ListAccountsWithInvalidEffectivePolicy$ = [9, n0, _LAWIEP,
    0, () => ListAccountsWithInvalidEffectivePolicyRequest$, () => ListAccountsWithInvalidEffectivePolicyResponse$
];
var ListAWSServiceAccessForOrganization$ = [9, n0, _LAWSSAFO,
    0, () => ListAWSServiceAccessForOrganizationRequest$, () => ListAWSServiceAccessForOrganizationResponse$
];
var ListChildren$ = [9, n0, _LC,
    0, () => ListChildrenRequest$, () => ListChildrenResponse$
];
var ListCreateAccountStatus$ = [9, n0, _LCAS,
    0, () => ListCreateAccountStatusRequest$, () => ListCreateAccountStatusResponse$
];
var ListDelegatedAdministrators$ = [9, n0, _LDA,
    0, () => ListDelegatedAdministratorsRequest$, () => ListDelegatedAdministratorsResponse$
];
var ListDelegatedServicesForAccount$ = [9, n0, _LDSFA,
    0, () => ListDelegatedServicesForAccountRequest$, () => ListDelegatedServicesForAccountResponse$
];
var ListEffectivePolicyValidationErrors$ = [9, n0, _LEPVE,
    0, () => ListEffectivePolicyValidationErrorsRequest$, () => ListEffectivePolicyValidationErrorsResponse$
];
var ListHandshakesForAccount$ = [9, n0, _LHFA,
    0, () => ListHandshakesForAccountRequest$, () => ListHandshakesForAccountResponse$
];
var ListHandshakesForOrganization$ = [9, n0, _LHFO,
    0, () => ListHandshakesForOrganizationRequest$, () => ListHandshakesForOrganizationResponse$
];
var ListInboundResponsibilityTransfers$ = [9, n0, _LIRT,
    0, () => ListInboundResponsibilityTransfersRequest$, () => ListInboundResponsibilityTransfersResponse$
];
var ListOrganizationalUnitsForParent$ = [9, n0, _LOUFP,
    0, () => ListOrganizationalUnitsForParentRequest$, () => ListOrganizationalUnitsForParentResponse$
];
var ListOutboundResponsibilityTransfers$ = [9, n0, _LORT,
    0, () => ListOutboundResponsibilityTransfersRequest$, () => ListOutboundResponsibilityTransfersResponse$
];
var ListParents$ = [9, n0, _LP,
    0, () => ListParentsRequest$, () => ListParentsResponse$
];
var ListPolicies$ = [9, n0, _LPi,
    0, () => ListPoliciesRequest$, () => ListPoliciesResponse$
];
var ListPoliciesForTarget$ = [9, n0, _LPFT,
    0, () => ListPoliciesForTargetRequest$, () => ListPoliciesForTargetResponse$
];
var ListRoots$ = [9, n0, _LR,
    0, () => ListRootsRequest$, () => ListRootsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListTargetsForPolicy$ = [9, n0, _LTFP,
    0, () => ListTargetsForPolicyRequest$, () => ListTargetsForPolicyResponse$
];
var MoveAccount$ = [9, n0, _MA,
    0, () => MoveAccountRequest$, () => __Unit
];
var PutResourcePolicy$ = [9, n0, _PRP,
    0, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var RegisterDelegatedAdministrator$ = [9, n0, _RDA,
    0, () => RegisterDelegatedAdministratorRequest$, () => __Unit
];
var RemoveAccountFromOrganization$ = [9, n0, _RAFO,
    0, () => RemoveAccountFromOrganizationRequest$, () => __Unit
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => __Unit
];
var TerminateResponsibilityTransfer$ = [9, n0, _TRT,
    0, () => TerminateResponsibilityTransferRequest$, () => TerminateResponsibilityTransferResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => __Unit
];
var UpdateOrganizationalUnit$ = [9, n0, _UOU,
    0, () => UpdateOrganizationalUnitRequest$, () => UpdateOrganizationalUnitResponse$
];
var UpdatePolicy$ = [9, n0, _UP,
    0, () => UpdatePolicyRequest$, () => UpdatePolicyResponse$
];
var UpdateResponsibilityTransfer$ = [9, n0, _URT,
    0, () => UpdateResponsibilityTransferRequest$, () => UpdateResponsibilityTransferResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2016-11-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.organizations",
            errorTypeRegistries,
            xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
            version: "2016-11-28",
            serviceTarget: "AWSOrganizationsV20161128",
        },
        serviceId: config?.serviceId ?? "Organizations",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class OrganizationsClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSOrganizationsV20161128", "OrganizationsClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AcceptHandshakeCommand extends command(_ep0, _mw0, "AcceptHandshake", AcceptHandshake$) {
}

class AttachPolicyCommand extends command(_ep0, _mw0, "AttachPolicy", AttachPolicy$) {
}

class CancelHandshakeCommand extends command(_ep0, _mw0, "CancelHandshake", CancelHandshake$) {
}

class CloseAccountCommand extends command(_ep0, _mw0, "CloseAccount", CloseAccount$) {
}

class CreateAccountCommand extends command(_ep0, _mw0, "CreateAccount", CreateAccount$) {
}

class CreateGovCloudAccountCommand extends command(_ep0, _mw0, "CreateGovCloudAccount", CreateGovCloudAccount$) {
}

class CreateOrganizationalUnitCommand extends command(_ep0, _mw0, "CreateOrganizationalUnit", CreateOrganizationalUnit$) {
}

class CreateOrganizationCommand extends command(_ep0, _mw0, "CreateOrganization", CreateOrganization$) {
}

class CreatePolicyCommand extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
}

class DeclineHandshakeCommand extends command(_ep0, _mw0, "DeclineHandshake", DeclineHandshake$) {
}

class DeleteOrganizationalUnitCommand extends command(_ep0, _mw0, "DeleteOrganizationalUnit", DeleteOrganizationalUnit$) {
}

class DeleteOrganizationCommand extends command(_ep0, _mw0, "DeleteOrganization", DeleteOrganization$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeregisterDelegatedAdministratorCommand extends command(_ep0, _mw0, "DeregisterDelegatedAdministrator", DeregisterDelegatedAdministrator$) {
}

class DescribeAccountCommand extends command(_ep0, _mw0, "DescribeAccount", DescribeAccount$) {
}

class DescribeCreateAccountStatusCommand extends command(_ep0, _mw0, "DescribeCreateAccountStatus", DescribeCreateAccountStatus$) {
}

class DescribeEffectivePolicyCommand extends command(_ep0, _mw0, "DescribeEffectivePolicy", DescribeEffectivePolicy$) {
}

class DescribeHandshakeCommand extends command(_ep0, _mw0, "DescribeHandshake", DescribeHandshake$) {
}

class DescribeOrganizationalUnitCommand extends command(_ep0, _mw0, "DescribeOrganizationalUnit", DescribeOrganizationalUnit$) {
}

class DescribeOrganizationCommand extends command(_ep0, _mw0, "DescribeOrganization", DescribeOrganization$) {
}

class DescribePolicyCommand extends command(_ep0, _mw0, "DescribePolicy", DescribePolicy$) {
}

class DescribeResourcePolicyCommand extends command(_ep0, _mw0, "DescribeResourcePolicy", DescribeResourcePolicy$) {
}

class DescribeResponsibilityTransferCommand extends command(_ep0, _mw0, "DescribeResponsibilityTransfer", DescribeResponsibilityTransfer$) {
}

class DetachPolicyCommand extends command(_ep0, _mw0, "DetachPolicy", DetachPolicy$) {
}

class DisableAWSServiceAccessCommand extends command(_ep0, _mw0, "DisableAWSServiceAccess", DisableAWSServiceAccess$) {
}

class DisablePolicyTypeCommand extends command(_ep0, _mw0, "DisablePolicyType", DisablePolicyType$) {
}

class EnableAllFeaturesCommand extends command(_ep0, _mw0, "EnableAllFeatures", EnableAllFeatures$) {
}

class EnableAWSServiceAccessCommand extends command(_ep0, _mw0, "EnableAWSServiceAccess", EnableAWSServiceAccess$) {
}

class EnablePolicyTypeCommand extends command(_ep0, _mw0, "EnablePolicyType", EnablePolicyType$) {
}

class InviteAccountToOrganizationCommand extends command(_ep0, _mw0, "InviteAccountToOrganization", InviteAccountToOrganization$) {
}

class InviteOrganizationToTransferResponsibilityCommand extends command(_ep0, _mw0, "InviteOrganizationToTransferResponsibility", InviteOrganizationToTransferResponsibility$) {
}

class LeaveOrganizationCommand extends command(_ep0, _mw0, "LeaveOrganization", LeaveOrganization$) {
}

class ListAccountsCommand extends command(_ep0, _mw0, "ListAccounts", ListAccounts$) {
}

class ListAccountsForParentCommand extends command(_ep0, _mw0, "ListAccountsForParent", ListAccountsForParent$) {
}

class ListAccountsWithInvalidEffectivePolicyCommand extends command(_ep0, _mw0, "ListAccountsWithInvalidEffectivePolicy", ListAccountsWithInvalidEffectivePolicy$) {
}

class ListAWSServiceAccessForOrganizationCommand extends command(_ep0, _mw0, "ListAWSServiceAccessForOrganization", ListAWSServiceAccessForOrganization$) {
}

class ListChildrenCommand extends command(_ep0, _mw0, "ListChildren", ListChildren$) {
}

class ListCreateAccountStatusCommand extends command(_ep0, _mw0, "ListCreateAccountStatus", ListCreateAccountStatus$) {
}

class ListDelegatedAdministratorsCommand extends command(_ep0, _mw0, "ListDelegatedAdministrators", ListDelegatedAdministrators$) {
}

class ListDelegatedServicesForAccountCommand extends command(_ep0, _mw0, "ListDelegatedServicesForAccount", ListDelegatedServicesForAccount$) {
}

class ListEffectivePolicyValidationErrorsCommand extends command(_ep0, _mw0, "ListEffectivePolicyValidationErrors", ListEffectivePolicyValidationErrors$) {
}

class ListHandshakesForAccountCommand extends command(_ep0, _mw0, "ListHandshakesForAccount", ListHandshakesForAccount$) {
}

class ListHandshakesForOrganizationCommand extends command(_ep0, _mw0, "ListHandshakesForOrganization", ListHandshakesForOrganization$) {
}

class ListInboundResponsibilityTransfersCommand extends command(_ep0, _mw0, "ListInboundResponsibilityTransfers", ListInboundResponsibilityTransfers$) {
}

class ListOrganizationalUnitsForParentCommand extends command(_ep0, _mw0, "ListOrganizationalUnitsForParent", ListOrganizationalUnitsForParent$) {
}

class ListOutboundResponsibilityTransfersCommand extends command(_ep0, _mw0, "ListOutboundResponsibilityTransfers", ListOutboundResponsibilityTransfers$) {
}

class ListParentsCommand extends command(_ep0, _mw0, "ListParents", ListParents$) {
}

class ListPoliciesCommand extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
}

class ListPoliciesForTargetCommand extends command(_ep0, _mw0, "ListPoliciesForTarget", ListPoliciesForTarget$) {
}

class ListRootsCommand extends command(_ep0, _mw0, "ListRoots", ListRoots$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTargetsForPolicyCommand extends command(_ep0, _mw0, "ListTargetsForPolicy", ListTargetsForPolicy$) {
}

class MoveAccountCommand extends command(_ep0, _mw0, "MoveAccount", MoveAccount$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RegisterDelegatedAdministratorCommand extends command(_ep0, _mw0, "RegisterDelegatedAdministrator", RegisterDelegatedAdministrator$) {
}

class RemoveAccountFromOrganizationCommand extends command(_ep0, _mw0, "RemoveAccountFromOrganization", RemoveAccountFromOrganization$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class TerminateResponsibilityTransferCommand extends command(_ep0, _mw0, "TerminateResponsibilityTransfer", TerminateResponsibilityTransfer$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateOrganizationalUnitCommand extends command(_ep0, _mw0, "UpdateOrganizationalUnit", UpdateOrganizationalUnit$) {
}

class UpdatePolicyCommand extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
}

class UpdateResponsibilityTransferCommand extends command(_ep0, _mw0, "UpdateResponsibilityTransfer", UpdateResponsibilityTransfer$) {
}

const paginateListAccountsForParent = createPaginator(OrganizationsClient, ListAccountsForParentCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAccounts = createPaginator(OrganizationsClient, ListAccountsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAccountsWithInvalidEffectivePolicy = createPaginator(OrganizationsClient, ListAccountsWithInvalidEffectivePolicyCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAWSServiceAccessForOrganization = createPaginator(OrganizationsClient, ListAWSServiceAccessForOrganizationCommand, "NextToken", "NextToken", "MaxResults");

const paginateListChildren = createPaginator(OrganizationsClient, ListChildrenCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCreateAccountStatus = createPaginator(OrganizationsClient, ListCreateAccountStatusCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDelegatedAdministrators = createPaginator(OrganizationsClient, ListDelegatedAdministratorsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDelegatedServicesForAccount = createPaginator(OrganizationsClient, ListDelegatedServicesForAccountCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEffectivePolicyValidationErrors = createPaginator(OrganizationsClient, ListEffectivePolicyValidationErrorsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListHandshakesForAccount = createPaginator(OrganizationsClient, ListHandshakesForAccountCommand, "NextToken", "NextToken", "MaxResults");

const paginateListHandshakesForOrganization = createPaginator(OrganizationsClient, ListHandshakesForOrganizationCommand, "NextToken", "NextToken", "MaxResults");

const paginateListOrganizationalUnitsForParent = createPaginator(OrganizationsClient, ListOrganizationalUnitsForParentCommand, "NextToken", "NextToken", "MaxResults");

const paginateListParents = createPaginator(OrganizationsClient, ListParentsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPoliciesForTarget = createPaginator(OrganizationsClient, ListPoliciesForTargetCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPolicies = createPaginator(OrganizationsClient, ListPoliciesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRoots = createPaginator(OrganizationsClient, ListRootsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTagsForResource = createPaginator(OrganizationsClient, ListTagsForResourceCommand, "NextToken", "NextToken", "");

const paginateListTargetsForPolicy = createPaginator(OrganizationsClient, ListTargetsForPolicyCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcceptHandshakeCommand,
    AttachPolicyCommand,
    CancelHandshakeCommand,
    CloseAccountCommand,
    CreateAccountCommand,
    CreateGovCloudAccountCommand,
    CreateOrganizationCommand,
    CreateOrganizationalUnitCommand,
    CreatePolicyCommand,
    DeclineHandshakeCommand,
    DeleteOrganizationCommand,
    DeleteOrganizationalUnitCommand,
    DeletePolicyCommand,
    DeleteResourcePolicyCommand,
    DeregisterDelegatedAdministratorCommand,
    DescribeAccountCommand,
    DescribeCreateAccountStatusCommand,
    DescribeEffectivePolicyCommand,
    DescribeHandshakeCommand,
    DescribeOrganizationCommand,
    DescribeOrganizationalUnitCommand,
    DescribePolicyCommand,
    DescribeResourcePolicyCommand,
    DescribeResponsibilityTransferCommand,
    DetachPolicyCommand,
    DisableAWSServiceAccessCommand,
    DisablePolicyTypeCommand,
    EnableAllFeaturesCommand,
    EnableAWSServiceAccessCommand,
    EnablePolicyTypeCommand,
    InviteAccountToOrganizationCommand,
    InviteOrganizationToTransferResponsibilityCommand,
    LeaveOrganizationCommand,
    ListAccountsCommand,
    ListAccountsForParentCommand,
    ListAccountsWithInvalidEffectivePolicyCommand,
    ListAWSServiceAccessForOrganizationCommand,
    ListChildrenCommand,
    ListCreateAccountStatusCommand,
    ListDelegatedAdministratorsCommand,
    ListDelegatedServicesForAccountCommand,
    ListEffectivePolicyValidationErrorsCommand,
    ListHandshakesForAccountCommand,
    ListHandshakesForOrganizationCommand,
    ListInboundResponsibilityTransfersCommand,
    ListOrganizationalUnitsForParentCommand,
    ListOutboundResponsibilityTransfersCommand,
    ListParentsCommand,
    ListPoliciesCommand,
    ListPoliciesForTargetCommand,
    ListRootsCommand,
    ListTagsForResourceCommand,
    ListTargetsForPolicyCommand,
    MoveAccountCommand,
    PutResourcePolicyCommand,
    RegisterDelegatedAdministratorCommand,
    RemoveAccountFromOrganizationCommand,
    TagResourceCommand,
    TerminateResponsibilityTransferCommand,
    UntagResourceCommand,
    UpdateOrganizationalUnitCommand,
    UpdatePolicyCommand,
    UpdateResponsibilityTransferCommand,
};
const paginators = {
    paginateListAccounts,
    paginateListAccountsForParent,
    paginateListAccountsWithInvalidEffectivePolicy,
    paginateListAWSServiceAccessForOrganization,
    paginateListChildren,
    paginateListCreateAccountStatus,
    paginateListDelegatedAdministrators,
    paginateListDelegatedServicesForAccount,
    paginateListEffectivePolicyValidationErrors,
    paginateListHandshakesForAccount,
    paginateListHandshakesForOrganization,
    paginateListOrganizationalUnitsForParent,
    paginateListParents,
    paginateListPolicies,
    paginateListPoliciesForTarget,
    paginateListRoots,
    paginateListTagsForResource,
    paginateListTargetsForPolicy,
};
class Organizations extends OrganizationsClient {
}
createAggregatedClient(commands, Organizations, { paginators });

const ActionType = {
    ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
    APPROVE_ALL_FEATURES: "APPROVE_ALL_FEATURES",
    ENABLE_ALL_FEATURES: "ENABLE_ALL_FEATURES",
    INVITE_ACCOUNT_TO_ORGANIZATION: "INVITE",
    TRANSFER_RESPONSIBILITY: "TRANSFER_RESPONSIBILITY",
};
const HandshakePartyType = {
    ACCOUNT: "ACCOUNT",
    EMAIL: "EMAIL",
    ORGANIZATION: "ORGANIZATION",
};
const HandshakeResourceType = {
    ACCOUNT: "ACCOUNT",
    EMAIL: "EMAIL",
    MANAGEMENT_ACCOUNT: "MANAGEMENT_ACCOUNT",
    MANAGEMENT_EMAIL: "MANAGEMENT_EMAIL",
    MANAGEMENT_NAME: "MANAGEMENT_NAME",
    MASTER_EMAIL: "MASTER_EMAIL",
    MASTER_NAME: "MASTER_NAME",
    NOTES: "NOTES",
    ORGANIZATION: "ORGANIZATION",
    ORGANIZATION_FEATURE_SET: "ORGANIZATION_FEATURE_SET",
    PARENT_HANDSHAKE: "PARENT_HANDSHAKE",
    RESPONSIBILITY_TRANSFER: "RESPONSIBILITY_TRANSFER",
    TRANSFER_START_TIMESTAMP: "TRANSFER_START_TIMESTAMP",
    TRANSFER_TYPE: "TRANSFER_TYPE",
};
const HandshakeState = {
    ACCEPTED: "ACCEPTED",
    CANCELED: "CANCELED",
    DECLINED: "DECLINED",
    EXPIRED: "EXPIRED",
    OPEN: "OPEN",
    REQUESTED: "REQUESTED",
};
const AccessDeniedForDependencyExceptionReason = {
    ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE: "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE",
};
const ConstraintViolationExceptionReason = {
    ACCOUNT_CANNOT_LEAVE_ORGANIZATION: "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
    ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA: "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
    ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION: "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
    ACCOUNT_CREATION_NOT_COMPLETE: "ACCOUNT_CREATION_NOT_COMPLETE",
    ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED: "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
    ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY: "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
    ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
    ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS: "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
    ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED: "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
    CANNOT_CLOSE_MANAGEMENT_ACCOUNT: "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
    CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
    CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
    CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG: "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
    CLOSE_ACCOUNT_QUOTA_EXCEEDED: "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
    CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED: "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
    CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION: "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
    DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE: "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
    EMAIL_VERIFICATION_CODE_EXPIRED: "EMAIL_VERIFICATION_CODE_EXPIRED",
    HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
    INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
    MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE: "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
    MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE: "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
    MASTER_ACCOUNT_MISSING_CONTACT_INFO: "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
    MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED: "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
    MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
    MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED: "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
    MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
    MAX_TAG_LIMIT_EXCEEDED: "MAX_TAG_LIMIT_EXCEEDED",
    MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
    MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
    ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
    OU_DEPTH_LIMIT_EXCEEDED: "OU_DEPTH_LIMIT_EXCEEDED",
    OU_NUMBER_LIMIT_EXCEEDED: "OU_NUMBER_LIMIT_EXCEEDED",
    POLICY_CONTENT_LIMIT_EXCEEDED: "POLICY_CONTENT_LIMIT_EXCEEDED",
    POLICY_NUMBER_LIMIT_EXCEEDED: "POLICY_NUMBER_LIMIT_EXCEEDED",
    POLICY_TYPE_ENABLED_FOR_THIS_SERVICE: "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
    RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
    RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
    RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
    RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
    SERVICE_ACCESS_NOT_ENABLED: "SERVICE_ACCESS_NOT_ENABLED",
    TAG_POLICY_VIOLATION: "TAG_POLICY_VIOLATION",
    TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
    TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
    TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED: "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
    UNMET_BILLING_PREREQUISITE: "UNMET_BILLING_PREREQUISITE",
    UNSUPPORTED_PRICING: "UNSUPPORTED_PRICING",
    WAIT_PERIOD_ACTIVE: "WAIT_PERIOD_ACTIVE",
};
const HandshakeConstraintViolationExceptionReason = {
    ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
    ALREADY_IN_AN_ORGANIZATION: "ALREADY_IN_AN_ORGANIZATION",
    HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
    INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES: "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
    LEGACY_PERMISSIONS_STILL_IN_USE: "LEGACY_PERMISSIONS_STILL_IN_USE",
    MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED: "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
    ORGANIZATION_ALREADY_HAS_ALL_FEATURES: "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
    ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD: "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
    ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION: "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
    ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED: "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
    PAST_DUE_INVOICE: "PAST_DUE_INVOICE",
    PAYMENT_INSTRUMENT_REQUIRED: "PAYMENT_INSTRUMENT_REQUIRED",
    RESPONSIBILITY_TRANSFER_ALREADY_EXISTS: "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
    SOURCE_AND_TARGET_CANNOT_MATCH: "SOURCE_AND_TARGET_CANNOT_MATCH",
    TARGET_ACCOUNT_VALIDATION_FAILURE: "TARGET_ACCOUNT_VALIDATION_FAILURE",
    UNUSED_PREPAYMENT_BALANCE: "UNUSED_PREPAYMENT_BALANCE",
};
const InvalidInputExceptionReason = {
    CALLER_REQUIRED_FIELD_MISSING: "CALLER_REQUIRED_FIELD_MISSING",
    DUPLICATE_TAG_KEY: "DUPLICATE_TAG_KEY",
    END_DATE_NOT_END_OF_MONTH: "END_DATE_NOT_END_OF_MONTH",
    END_DATE_TOO_EARLY: "END_DATE_TOO_EARLY",
    END_DATE_TOO_LATE: "END_DATE_TOO_LATE",
    IMMUTABLE_POLICY: "IMMUTABLE_POLICY",
    INPUT_REQUIRED: "INPUT_REQUIRED",
    INVALID_EMAIL_ADDRESS_TARGET: "INVALID_EMAIL_ADDRESS_TARGET",
    INVALID_END_DATE: "INVALID_END_DATE",
    INVALID_ENUM: "INVALID_ENUM",
    INVALID_ENUM_POLICY_TYPE: "INVALID_ENUM_POLICY_TYPE",
    INVALID_FULL_NAME_TARGET: "INVALID_FULL_NAME_TARGET",
    INVALID_LIST_MEMBER: "INVALID_LIST_MEMBER",
    INVALID_PAGINATION_TOKEN: "INVALID_NEXT_TOKEN",
    INVALID_PARTY_TYPE_TARGET: "INVALID_PARTY_TYPE_TARGET",
    INVALID_PATTERN: "INVALID_PATTERN",
    INVALID_PATTERN_TARGET_ID: "INVALID_PATTERN_TARGET_ID",
    INVALID_PRINCIPAL: "INVALID_PRINCIPAL",
    INVALID_RESOURCE_POLICY_JSON: "INVALID_RESOURCE_POLICY_JSON",
    INVALID_ROLE_NAME: "INVALID_ROLE_NAME",
    INVALID_START_DATE: "INVALID_START_DATE",
    INVALID_SYNTAX_ORGANIZATION: "INVALID_SYNTAX_ORGANIZATION_ARN",
    INVALID_SYNTAX_POLICY: "INVALID_SYNTAX_POLICY_ID",
    INVALID_SYSTEM_TAGS_PARAMETER: "INVALID_SYSTEM_TAGS_PARAMETER",
    MAX_FILTER_LIMIT_EXCEEDED: "MAX_LIMIT_EXCEEDED_FILTER",
    MAX_LENGTH_EXCEEDED: "MAX_LENGTH_EXCEEDED",
    MAX_VALUE_EXCEEDED: "MAX_VALUE_EXCEEDED",
    MIN_LENGTH_EXCEEDED: "MIN_LENGTH_EXCEEDED",
    MIN_VALUE_EXCEEDED: "MIN_VALUE_EXCEEDED",
    MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS: "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
    NON_DETACHABLE_POLICY: "NON_DETACHABLE_POLICY",
    START_DATE_NOT_BEGINNING_OF_DAY: "START_DATE_NOT_BEGINNING_OF_DAY",
    START_DATE_NOT_BEGINNING_OF_MONTH: "START_DATE_NOT_BEGINNING_OF_MONTH",
    START_DATE_TOO_EARLY: "START_DATE_TOO_EARLY",
    START_DATE_TOO_LATE: "START_DATE_TOO_LATE",
    TARGET_NOT_SUPPORTED: "TARGET_NOT_SUPPORTED",
    UNRECOGNIZED_SERVICE_PRINCIPAL: "UNRECOGNIZED_SERVICE_PRINCIPAL",
    UNSUPPORTED_ACTION_IN_RESOURCE_POLICY: "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
    UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER: "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
    UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY: "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
    UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY: "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY",
};
const AccountJoinedMethod = {
    CREATED: "CREATED",
    INVITED: "INVITED",
};
const AccountState = {
    ACTIVE: "ACTIVE",
    CLOSED: "CLOSED",
    PENDING_ACTIVATION: "PENDING_ACTIVATION",
    PENDING_CLOSURE: "PENDING_CLOSURE",
    SUSPENDED: "SUSPENDED",
};
const AccountStatus = {
    ACTIVE: "ACTIVE",
    PENDING_CLOSURE: "PENDING_CLOSURE",
    SUSPENDED: "SUSPENDED",
};
const IAMUserAccessToBilling = {
    ALLOW: "ALLOW",
    DENY: "DENY",
};
const CreateAccountFailureReason = {
    ACCOUNT_LIMIT_EXCEEDED: "ACCOUNT_LIMIT_EXCEEDED",
    CONCURRENT_ACCOUNT_MODIFICATION: "CONCURRENT_ACCOUNT_MODIFICATION",
    EMAIL_ALREADY_EXISTS: "EMAIL_ALREADY_EXISTS",
    FAILED_BUSINESS_VALIDATION: "FAILED_BUSINESS_VALIDATION",
    GOVCLOUD_ACCOUNT_ALREADY_EXISTS: "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
    INTERNAL_FAILURE: "INTERNAL_FAILURE",
    INVALID_ADDRESS: "INVALID_ADDRESS",
    INVALID_EMAIL: "INVALID_EMAIL",
    INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
    INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
    MISSING_BUSINESS_VALIDATION: "MISSING_BUSINESS_VALIDATION",
    MISSING_PAYMENT_INSTRUMENT: "MISSING_PAYMENT_INSTRUMENT",
    PENDING_BUSINESS_VALIDATIONv: "PENDING_BUSINESS_VALIDATION",
    UNKNOWN_BUSINESS_VALIDATION: "UNKNOWN_BUSINESS_VALIDATION",
    UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED",
};
const CreateAccountState = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const OrganizationFeatureSet = {
    ALL: "ALL",
    CONSOLIDATED_BILLING: "CONSOLIDATED_BILLING",
};
const PolicyTypeStatus = {
    ENABLED: "ENABLED",
    PENDING_DISABLE: "PENDING_DISABLE",
    PENDING_ENABLE: "PENDING_ENABLE",
};
const PolicyType = {
    AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
    BACKUP_POLICY: "BACKUP_POLICY",
    BEDROCK_POLICY: "BEDROCK_POLICY",
    CHATBOT_POLICY: "CHATBOT_POLICY",
    DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
    GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
    INSPECTOR_POLICY: "INSPECTOR_POLICY",
    NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
    RESOURCE_CONTROL_POLICY: "RESOURCE_CONTROL_POLICY",
    S3_POLICY: "S3_POLICY",
    SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
    SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
    SERVICE_CONTROL_POLICY: "SERVICE_CONTROL_POLICY",
    TAG_POLICY: "TAG_POLICY",
    UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY",
};
const EffectivePolicyType = {
    AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
    BACKUP_POLICY: "BACKUP_POLICY",
    BEDROCK_POLICY: "BEDROCK_POLICY",
    CHATBOT_POLICY: "CHATBOT_POLICY",
    DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
    GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
    INSPECTOR_POLICY: "INSPECTOR_POLICY",
    NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
    S3_POLICY: "S3_POLICY",
    SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
    SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
    TAG_POLICY: "TAG_POLICY",
    UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY",
};
const ResponsibilityTransferStatus = {
    ACCEPTED: "ACCEPTED",
    CANCELED: "CANCELED",
    DECLINED: "DECLINED",
    EXPIRED: "EXPIRED",
    REQUESTED: "REQUESTED",
    WITHDRAWN: "WITHDRAWN",
};
const ResponsibilityTransferType = {
    BILLING: "BILLING",
};
const ChildType = {
    ACCOUNT: "ACCOUNT",
    ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
};
const ParentType = {
    ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
    ROOT: "ROOT",
};
const TargetType = {
    ACCOUNT: "ACCOUNT",
    ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
    ROOT: "ROOT",
};

__webpack_unused_export__ = AWSOrganizationsNotInUseException;
__webpack_unused_export__ = AWSOrganizationsNotInUseException$;
__webpack_unused_export__ = AcceptHandshake$;
__webpack_unused_export__ = AcceptHandshakeCommand;
__webpack_unused_export__ = AcceptHandshakeRequest$;
__webpack_unused_export__ = AcceptHandshakeResponse$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccessDeniedForDependencyException;
__webpack_unused_export__ = AccessDeniedForDependencyException$;
__webpack_unused_export__ = AccessDeniedForDependencyExceptionReason;
__webpack_unused_export__ = Account$;
__webpack_unused_export__ = AccountAlreadyClosedException;
__webpack_unused_export__ = AccountAlreadyClosedException$;
__webpack_unused_export__ = AccountAlreadyRegisteredException;
__webpack_unused_export__ = AccountAlreadyRegisteredException$;
__webpack_unused_export__ = AccountJoinedMethod;
__webpack_unused_export__ = AccountNotFoundException;
__webpack_unused_export__ = AccountNotFoundException$;
__webpack_unused_export__ = AccountNotRegisteredException;
__webpack_unused_export__ = AccountNotRegisteredException$;
__webpack_unused_export__ = AccountOwnerNotVerifiedException;
__webpack_unused_export__ = AccountOwnerNotVerifiedException$;
__webpack_unused_export__ = AccountState;
__webpack_unused_export__ = AccountStatus;
__webpack_unused_export__ = ActionType;
__webpack_unused_export__ = AlreadyInOrganizationException;
__webpack_unused_export__ = AlreadyInOrganizationException$;
__webpack_unused_export__ = AttachPolicy$;
__webpack_unused_export__ = AttachPolicyCommand;
__webpack_unused_export__ = AttachPolicyRequest$;
__webpack_unused_export__ = CancelHandshake$;
__webpack_unused_export__ = CancelHandshakeCommand;
__webpack_unused_export__ = CancelHandshakeRequest$;
__webpack_unused_export__ = CancelHandshakeResponse$;
__webpack_unused_export__ = Child$;
__webpack_unused_export__ = ChildNotFoundException;
__webpack_unused_export__ = ChildNotFoundException$;
__webpack_unused_export__ = ChildType;
__webpack_unused_export__ = CloseAccount$;
__webpack_unused_export__ = CloseAccountCommand;
__webpack_unused_export__ = CloseAccountRequest$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ConstraintViolationException;
__webpack_unused_export__ = ConstraintViolationException$;
__webpack_unused_export__ = ConstraintViolationExceptionReason;
__webpack_unused_export__ = CreateAccount$;
__webpack_unused_export__ = CreateAccountCommand;
__webpack_unused_export__ = CreateAccountFailureReason;
__webpack_unused_export__ = CreateAccountRequest$;
__webpack_unused_export__ = CreateAccountResponse$;
__webpack_unused_export__ = CreateAccountState;
__webpack_unused_export__ = CreateAccountStatus$;
__webpack_unused_export__ = CreateAccountStatusNotFoundException;
__webpack_unused_export__ = CreateAccountStatusNotFoundException$;
__webpack_unused_export__ = CreateGovCloudAccount$;
__webpack_unused_export__ = CreateGovCloudAccountCommand;
__webpack_unused_export__ = CreateGovCloudAccountRequest$;
__webpack_unused_export__ = CreateGovCloudAccountResponse$;
__webpack_unused_export__ = CreateOrganization$;
__webpack_unused_export__ = CreateOrganizationCommand;
__webpack_unused_export__ = CreateOrganizationRequest$;
__webpack_unused_export__ = CreateOrganizationResponse$;
__webpack_unused_export__ = CreateOrganizationalUnit$;
__webpack_unused_export__ = CreateOrganizationalUnitCommand;
__webpack_unused_export__ = CreateOrganizationalUnitRequest$;
__webpack_unused_export__ = CreateOrganizationalUnitResponse$;
__webpack_unused_export__ = CreatePolicy$;
__webpack_unused_export__ = CreatePolicyCommand;
__webpack_unused_export__ = CreatePolicyRequest$;
__webpack_unused_export__ = CreatePolicyResponse$;
__webpack_unused_export__ = DeclineHandshake$;
__webpack_unused_export__ = DeclineHandshakeCommand;
__webpack_unused_export__ = DeclineHandshakeRequest$;
__webpack_unused_export__ = DeclineHandshakeResponse$;
__webpack_unused_export__ = DelegatedAdministrator$;
__webpack_unused_export__ = DelegatedService$;
__webpack_unused_export__ = DeleteOrganization$;
__webpack_unused_export__ = DeleteOrganizationCommand;
__webpack_unused_export__ = DeleteOrganizationalUnit$;
__webpack_unused_export__ = DeleteOrganizationalUnitCommand;
__webpack_unused_export__ = DeleteOrganizationalUnitRequest$;
__webpack_unused_export__ = DeletePolicy$;
__webpack_unused_export__ = DeletePolicyCommand;
__webpack_unused_export__ = DeletePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeregisterDelegatedAdministrator$;
__webpack_unused_export__ = DeregisterDelegatedAdministratorCommand;
__webpack_unused_export__ = DeregisterDelegatedAdministratorRequest$;
__webpack_unused_export__ = DescribeAccount$;
__webpack_unused_export__ = DescribeAccountCommand;
__webpack_unused_export__ = DescribeAccountRequest$;
__webpack_unused_export__ = DescribeAccountResponse$;
__webpack_unused_export__ = DescribeCreateAccountStatus$;
__webpack_unused_export__ = DescribeCreateAccountStatusCommand;
__webpack_unused_export__ = DescribeCreateAccountStatusRequest$;
__webpack_unused_export__ = DescribeCreateAccountStatusResponse$;
__webpack_unused_export__ = DescribeEffectivePolicy$;
__webpack_unused_export__ = DescribeEffectivePolicyCommand;
__webpack_unused_export__ = DescribeEffectivePolicyRequest$;
__webpack_unused_export__ = DescribeEffectivePolicyResponse$;
__webpack_unused_export__ = DescribeHandshake$;
__webpack_unused_export__ = DescribeHandshakeCommand;
__webpack_unused_export__ = DescribeHandshakeRequest$;
__webpack_unused_export__ = DescribeHandshakeResponse$;
__webpack_unused_export__ = DescribeOrganization$;
__webpack_unused_export__ = DescribeOrganizationCommand;
__webpack_unused_export__ = DescribeOrganizationResponse$;
__webpack_unused_export__ = DescribeOrganizationalUnit$;
__webpack_unused_export__ = DescribeOrganizationalUnitCommand;
__webpack_unused_export__ = DescribeOrganizationalUnitRequest$;
__webpack_unused_export__ = DescribeOrganizationalUnitResponse$;
__webpack_unused_export__ = DescribePolicy$;
__webpack_unused_export__ = DescribePolicyCommand;
__webpack_unused_export__ = DescribePolicyRequest$;
__webpack_unused_export__ = DescribePolicyResponse$;
__webpack_unused_export__ = DescribeResourcePolicy$;
__webpack_unused_export__ = DescribeResourcePolicyCommand;
__webpack_unused_export__ = DescribeResourcePolicyResponse$;
__webpack_unused_export__ = DescribeResponsibilityTransfer$;
__webpack_unused_export__ = DescribeResponsibilityTransferCommand;
__webpack_unused_export__ = DescribeResponsibilityTransferRequest$;
__webpack_unused_export__ = DescribeResponsibilityTransferResponse$;
__webpack_unused_export__ = DestinationParentNotFoundException;
__webpack_unused_export__ = DestinationParentNotFoundException$;
__webpack_unused_export__ = DetachPolicy$;
__webpack_unused_export__ = DetachPolicyCommand;
__webpack_unused_export__ = DetachPolicyRequest$;
__webpack_unused_export__ = DisableAWSServiceAccess$;
__webpack_unused_export__ = DisableAWSServiceAccessCommand;
__webpack_unused_export__ = DisableAWSServiceAccessRequest$;
__webpack_unused_export__ = DisablePolicyType$;
__webpack_unused_export__ = DisablePolicyTypeCommand;
__webpack_unused_export__ = DisablePolicyTypeRequest$;
__webpack_unused_export__ = DisablePolicyTypeResponse$;
__webpack_unused_export__ = DuplicateAccountException;
__webpack_unused_export__ = DuplicateAccountException$;
__webpack_unused_export__ = DuplicateHandshakeException;
__webpack_unused_export__ = DuplicateHandshakeException$;
__webpack_unused_export__ = DuplicateOrganizationalUnitException;
__webpack_unused_export__ = DuplicateOrganizationalUnitException$;
__webpack_unused_export__ = DuplicatePolicyAttachmentException;
__webpack_unused_export__ = DuplicatePolicyAttachmentException$;
__webpack_unused_export__ = DuplicatePolicyException;
__webpack_unused_export__ = DuplicatePolicyException$;
__webpack_unused_export__ = EffectivePolicy$;
__webpack_unused_export__ = EffectivePolicyNotFoundException;
__webpack_unused_export__ = EffectivePolicyNotFoundException$;
__webpack_unused_export__ = EffectivePolicyType;
__webpack_unused_export__ = EffectivePolicyValidationError$;
__webpack_unused_export__ = EnableAWSServiceAccess$;
__webpack_unused_export__ = EnableAWSServiceAccessCommand;
__webpack_unused_export__ = EnableAWSServiceAccessRequest$;
__webpack_unused_export__ = EnableAllFeatures$;
__webpack_unused_export__ = EnableAllFeaturesCommand;
__webpack_unused_export__ = EnableAllFeaturesRequest$;
__webpack_unused_export__ = EnableAllFeaturesResponse$;
__webpack_unused_export__ = EnablePolicyType$;
__webpack_unused_export__ = EnablePolicyTypeCommand;
__webpack_unused_export__ = EnablePolicyTypeRequest$;
__webpack_unused_export__ = EnablePolicyTypeResponse$;
__webpack_unused_export__ = EnabledServicePrincipal$;
__webpack_unused_export__ = FinalizingOrganizationException;
__webpack_unused_export__ = FinalizingOrganizationException$;
__webpack_unused_export__ = Handshake$;
__webpack_unused_export__ = HandshakeAlreadyInStateException;
__webpack_unused_export__ = HandshakeAlreadyInStateException$;
__webpack_unused_export__ = HandshakeConstraintViolationException;
__webpack_unused_export__ = HandshakeConstraintViolationException$;
__webpack_unused_export__ = HandshakeConstraintViolationExceptionReason;
__webpack_unused_export__ = HandshakeFilter$;
__webpack_unused_export__ = HandshakeNotFoundException;
__webpack_unused_export__ = HandshakeNotFoundException$;
__webpack_unused_export__ = HandshakeParty$;
__webpack_unused_export__ = HandshakePartyType;
__webpack_unused_export__ = HandshakeResource$;
__webpack_unused_export__ = HandshakeResourceType;
__webpack_unused_export__ = HandshakeState;
__webpack_unused_export__ = IAMUserAccessToBilling;
__webpack_unused_export__ = InvalidHandshakeTransitionException;
__webpack_unused_export__ = InvalidHandshakeTransitionException$;
__webpack_unused_export__ = InvalidInputException;
__webpack_unused_export__ = InvalidInputException$;
__webpack_unused_export__ = InvalidInputExceptionReason;
__webpack_unused_export__ = InvalidResponsibilityTransferTransitionException;
__webpack_unused_export__ = InvalidResponsibilityTransferTransitionException$;
__webpack_unused_export__ = InviteAccountToOrganization$;
__webpack_unused_export__ = InviteAccountToOrganizationCommand;
__webpack_unused_export__ = InviteAccountToOrganizationRequest$;
__webpack_unused_export__ = InviteAccountToOrganizationResponse$;
__webpack_unused_export__ = InviteOrganizationToTransferResponsibility$;
__webpack_unused_export__ = InviteOrganizationToTransferResponsibilityCommand;
__webpack_unused_export__ = InviteOrganizationToTransferResponsibilityRequest$;
__webpack_unused_export__ = InviteOrganizationToTransferResponsibilityResponse$;
__webpack_unused_export__ = LeaveOrganization$;
__webpack_unused_export__ = LeaveOrganizationCommand;
__webpack_unused_export__ = ListAWSServiceAccessForOrganization$;
__webpack_unused_export__ = ListAWSServiceAccessForOrganizationCommand;
__webpack_unused_export__ = ListAWSServiceAccessForOrganizationRequest$;
__webpack_unused_export__ = ListAWSServiceAccessForOrganizationResponse$;
__webpack_unused_export__ = ListAccounts$;
__webpack_unused_export__ = ListAccountsCommand;
__webpack_unused_export__ = ListAccountsForParent$;
__webpack_unused_export__ = ListAccountsForParentCommand;
__webpack_unused_export__ = ListAccountsForParentRequest$;
__webpack_unused_export__ = ListAccountsForParentResponse$;
__webpack_unused_export__ = ListAccountsRequest$;
__webpack_unused_export__ = ListAccountsResponse$;
__webpack_unused_export__ = ListAccountsWithInvalidEffectivePolicy$;
__webpack_unused_export__ = ListAccountsWithInvalidEffectivePolicyCommand;
__webpack_unused_export__ = ListAccountsWithInvalidEffectivePolicyRequest$;
__webpack_unused_export__ = ListAccountsWithInvalidEffectivePolicyResponse$;
__webpack_unused_export__ = ListChildren$;
__webpack_unused_export__ = ListChildrenCommand;
__webpack_unused_export__ = ListChildrenRequest$;
__webpack_unused_export__ = ListChildrenResponse$;
__webpack_unused_export__ = ListCreateAccountStatus$;
__webpack_unused_export__ = ListCreateAccountStatusCommand;
__webpack_unused_export__ = ListCreateAccountStatusRequest$;
__webpack_unused_export__ = ListCreateAccountStatusResponse$;
__webpack_unused_export__ = ListDelegatedAdministrators$;
__webpack_unused_export__ = ListDelegatedAdministratorsCommand;
__webpack_unused_export__ = ListDelegatedAdministratorsRequest$;
__webpack_unused_export__ = ListDelegatedAdministratorsResponse$;
__webpack_unused_export__ = ListDelegatedServicesForAccount$;
__webpack_unused_export__ = ListDelegatedServicesForAccountCommand;
__webpack_unused_export__ = ListDelegatedServicesForAccountRequest$;
__webpack_unused_export__ = ListDelegatedServicesForAccountResponse$;
__webpack_unused_export__ = ListEffectivePolicyValidationErrors$;
__webpack_unused_export__ = ListEffectivePolicyValidationErrorsCommand;
__webpack_unused_export__ = ListEffectivePolicyValidationErrorsRequest$;
__webpack_unused_export__ = ListEffectivePolicyValidationErrorsResponse$;
__webpack_unused_export__ = ListHandshakesForAccount$;
__webpack_unused_export__ = ListHandshakesForAccountCommand;
__webpack_unused_export__ = ListHandshakesForAccountRequest$;
__webpack_unused_export__ = ListHandshakesForAccountResponse$;
__webpack_unused_export__ = ListHandshakesForOrganization$;
__webpack_unused_export__ = ListHandshakesForOrganizationCommand;
__webpack_unused_export__ = ListHandshakesForOrganizationRequest$;
__webpack_unused_export__ = ListHandshakesForOrganizationResponse$;
__webpack_unused_export__ = ListInboundResponsibilityTransfers$;
__webpack_unused_export__ = ListInboundResponsibilityTransfersCommand;
__webpack_unused_export__ = ListInboundResponsibilityTransfersRequest$;
__webpack_unused_export__ = ListInboundResponsibilityTransfersResponse$;
__webpack_unused_export__ = ListOrganizationalUnitsForParent$;
__webpack_unused_export__ = ListOrganizationalUnitsForParentCommand;
__webpack_unused_export__ = ListOrganizationalUnitsForParentRequest$;
__webpack_unused_export__ = ListOrganizationalUnitsForParentResponse$;
__webpack_unused_export__ = ListOutboundResponsibilityTransfers$;
__webpack_unused_export__ = ListOutboundResponsibilityTransfersCommand;
__webpack_unused_export__ = ListOutboundResponsibilityTransfersRequest$;
__webpack_unused_export__ = ListOutboundResponsibilityTransfersResponse$;
__webpack_unused_export__ = ListParents$;
__webpack_unused_export__ = ListParentsCommand;
__webpack_unused_export__ = ListParentsRequest$;
__webpack_unused_export__ = ListParentsResponse$;
__webpack_unused_export__ = ListPolicies$;
__webpack_unused_export__ = ListPoliciesCommand;
__webpack_unused_export__ = ListPoliciesForTarget$;
__webpack_unused_export__ = ListPoliciesForTargetCommand;
__webpack_unused_export__ = ListPoliciesForTargetRequest$;
__webpack_unused_export__ = ListPoliciesForTargetResponse$;
__webpack_unused_export__ = ListPoliciesRequest$;
__webpack_unused_export__ = ListPoliciesResponse$;
__webpack_unused_export__ = ListRoots$;
__webpack_unused_export__ = ListRootsCommand;
__webpack_unused_export__ = ListRootsRequest$;
__webpack_unused_export__ = ListRootsResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListTargetsForPolicy$;
__webpack_unused_export__ = ListTargetsForPolicyCommand;
__webpack_unused_export__ = ListTargetsForPolicyRequest$;
__webpack_unused_export__ = ListTargetsForPolicyResponse$;
__webpack_unused_export__ = MalformedPolicyDocumentException;
__webpack_unused_export__ = MalformedPolicyDocumentException$;
__webpack_unused_export__ = MasterCannotLeaveOrganizationException;
__webpack_unused_export__ = MasterCannotLeaveOrganizationException$;
__webpack_unused_export__ = MoveAccount$;
__webpack_unused_export__ = MoveAccountCommand;
__webpack_unused_export__ = MoveAccountRequest$;
__webpack_unused_export__ = Organization$;
__webpack_unused_export__ = OrganizationFeatureSet;
__webpack_unused_export__ = OrganizationNotEmptyException;
__webpack_unused_export__ = OrganizationNotEmptyException$;
__webpack_unused_export__ = OrganizationalUnit$;
__webpack_unused_export__ = OrganizationalUnitNotEmptyException;
__webpack_unused_export__ = OrganizationalUnitNotEmptyException$;
__webpack_unused_export__ = OrganizationalUnitNotFoundException;
__webpack_unused_export__ = OrganizationalUnitNotFoundException$;
__webpack_unused_export__ = Organizations;
exports.gnq = OrganizationsClient;
__webpack_unused_export__ = OrganizationsServiceException;
__webpack_unused_export__ = OrganizationsServiceException$;
__webpack_unused_export__ = Parent$;
__webpack_unused_export__ = ParentNotFoundException;
__webpack_unused_export__ = ParentNotFoundException$;
__webpack_unused_export__ = ParentType;
__webpack_unused_export__ = Policy$;
__webpack_unused_export__ = PolicyChangesInProgressException;
__webpack_unused_export__ = PolicyChangesInProgressException$;
__webpack_unused_export__ = PolicyInUseException;
__webpack_unused_export__ = PolicyInUseException$;
__webpack_unused_export__ = PolicyNotAttachedException;
__webpack_unused_export__ = PolicyNotAttachedException$;
__webpack_unused_export__ = PolicyNotFoundException;
__webpack_unused_export__ = PolicyNotFoundException$;
__webpack_unused_export__ = PolicySummary$;
__webpack_unused_export__ = PolicyTargetSummary$;
__webpack_unused_export__ = PolicyType;
__webpack_unused_export__ = PolicyTypeAlreadyEnabledException;
__webpack_unused_export__ = PolicyTypeAlreadyEnabledException$;
__webpack_unused_export__ = PolicyTypeNotAvailableForOrganizationException;
__webpack_unused_export__ = PolicyTypeNotAvailableForOrganizationException$;
__webpack_unused_export__ = PolicyTypeNotEnabledException;
__webpack_unused_export__ = PolicyTypeNotEnabledException$;
__webpack_unused_export__ = PolicyTypeStatus;
__webpack_unused_export__ = PolicyTypeSummary$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = RegisterDelegatedAdministrator$;
__webpack_unused_export__ = RegisterDelegatedAdministratorCommand;
__webpack_unused_export__ = RegisterDelegatedAdministratorRequest$;
__webpack_unused_export__ = RemoveAccountFromOrganization$;
__webpack_unused_export__ = RemoveAccountFromOrganizationCommand;
__webpack_unused_export__ = RemoveAccountFromOrganizationRequest$;
__webpack_unused_export__ = ResourcePolicy$;
__webpack_unused_export__ = ResourcePolicyNotFoundException;
__webpack_unused_export__ = ResourcePolicyNotFoundException$;
__webpack_unused_export__ = ResourcePolicySummary$;
__webpack_unused_export__ = ResponsibilityTransfer$;
__webpack_unused_export__ = ResponsibilityTransferAlreadyInStatusException;
__webpack_unused_export__ = ResponsibilityTransferAlreadyInStatusException$;
__webpack_unused_export__ = ResponsibilityTransferNotFoundException;
__webpack_unused_export__ = ResponsibilityTransferNotFoundException$;
__webpack_unused_export__ = ResponsibilityTransferStatus;
__webpack_unused_export__ = ResponsibilityTransferType;
__webpack_unused_export__ = Root$;
__webpack_unused_export__ = RootNotFoundException;
__webpack_unused_export__ = RootNotFoundException$;
__webpack_unused_export__ = ServiceException;
__webpack_unused_export__ = ServiceException$;
__webpack_unused_export__ = SourceParentNotFoundException;
__webpack_unused_export__ = SourceParentNotFoundException$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TargetNotFoundException;
__webpack_unused_export__ = TargetNotFoundException$;
__webpack_unused_export__ = TargetType;
__webpack_unused_export__ = TerminateResponsibilityTransfer$;
__webpack_unused_export__ = TerminateResponsibilityTransferCommand;
__webpack_unused_export__ = TerminateResponsibilityTransferRequest$;
__webpack_unused_export__ = TerminateResponsibilityTransferResponse$;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = TransferParticipant$;
__webpack_unused_export__ = UnsupportedAPIEndpointException;
__webpack_unused_export__ = UnsupportedAPIEndpointException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UpdateOrganizationalUnit$;
__webpack_unused_export__ = UpdateOrganizationalUnitCommand;
__webpack_unused_export__ = UpdateOrganizationalUnitRequest$;
__webpack_unused_export__ = UpdateOrganizationalUnitResponse$;
__webpack_unused_export__ = UpdatePolicy$;
__webpack_unused_export__ = UpdatePolicyCommand;
__webpack_unused_export__ = UpdatePolicyRequest$;
__webpack_unused_export__ = UpdatePolicyResponse$;
__webpack_unused_export__ = UpdateResponsibilityTransfer$;
__webpack_unused_export__ = UpdateResponsibilityTransferCommand;
__webpack_unused_export__ = UpdateResponsibilityTransferRequest$;
__webpack_unused_export__ = UpdateResponsibilityTransferResponse$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListAWSServiceAccessForOrganization;
exports.A53 = paginateListAccounts;
__webpack_unused_export__ = paginateListAccountsForParent;
__webpack_unused_export__ = paginateListAccountsWithInvalidEffectivePolicy;
__webpack_unused_export__ = paginateListChildren;
__webpack_unused_export__ = paginateListCreateAccountStatus;
__webpack_unused_export__ = paginateListDelegatedAdministrators;
__webpack_unused_export__ = paginateListDelegatedServicesForAccount;
__webpack_unused_export__ = paginateListEffectivePolicyValidationErrors;
__webpack_unused_export__ = paginateListHandshakesForAccount;
__webpack_unused_export__ = paginateListHandshakesForOrganization;
__webpack_unused_export__ = paginateListOrganizationalUnitsForParent;
__webpack_unused_export__ = paginateListParents;
__webpack_unused_export__ = paginateListPolicies;
__webpack_unused_export__ = paginateListPoliciesForTarget;
__webpack_unused_export__ = paginateListRoots;
__webpack_unused_export__ = paginateListTagsForResource;
__webpack_unused_export__ = paginateListTargetsForPolicy;


/***/ }),

/***/ 1695:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, setCredentialFeature, stsRegionDefaultResolver } = __webpack_require__(5152);
const { NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { SignatureV4MultiRegion } = __webpack_require__(5785);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsQueryProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const q = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = "us-east-1", i = "sigv4", j = "sts", k = "https://sts.{Region}.{PartitionResult#dnsSuffix}", l = { [q]: "Endpoint" }, m = { [q]: "Region" }, n = { [q]: d }, o = {}, p = [m];
const _data = {
    conditions: [
        [c, [l]],
        [c, p],
        ["aws.partition", p, d],
        [e, [{ [q]: "UseFIPS" }, b]],
        [e, [{ [q]: "UseDualStack" }, b]],
        [f, [m, "aws-global"]],
        [e, [{ [q]: "UseGlobalEndpoint" }, b]],
        [f, [m, "eu-central-1"]],
        [e, [{ fn: g, argv: [n, "supportsDualStack"] }, b]],
        [e, [{ fn: g, argv: [n, "supportsFIPS"] }, b]],
        [f, [m, "ap-south-1"]],
        [f, [m, "eu-north-1"]],
        [f, [m, "eu-west-1"]],
        [f, [m, "eu-west-2"]],
        [f, [m, "eu-west-3"]],
        [f, [m, "sa-east-1"]],
        [f, [m, h]],
        [f, [m, "us-east-2"]],
        [f, [m, "us-west-2"]],
        [f, [m, "us-west-1"]],
        [f, [m, "ca-central-1"]],
        [f, [m, "ap-southeast-1"]],
        [f, [m, "ap-northeast-1"]],
        [f, [m, "ap-southeast-2"]],
        [f, [{ fn: g, argv: [n, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        ["https://sts.amazonaws.com", { authSchemes: [{ name: i, signingName: j, signingRegion: h }] }],
        [k, { authSchemes: [{ name: i, signingName: j, signingRegion: "{Region}" }] }],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [l, o],
        ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sts.{Region}.amazonaws.com", o],
        ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [k, o],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 30, 3,
    1, 4, r + 14,
    2, 5, r + 14,
    3, 25, 6,
    4, 24, 7,
    5, r + 1, 8,
    6, 9, r + 13,
    7, r + 1, 10,
    10, r + 1, 11,
    11, r + 1, 12,
    12, r + 1, 13,
    13, r + 1, 14,
    14, r + 1, 15,
    15, r + 1, 16,
    16, r + 1, 17,
    17, r + 1, 18,
    18, r + 1, 19,
    19, r + 1, 20,
    20, r + 1, 21,
    21, r + 1, 22,
    22, r + 1, 23,
    23, r + 1, r + 2,
    8, r + 11, r + 12,
    4, 28, 26,
    9, 27, r + 10,
    24, r + 8, r + 9,
    8, 29, r + 7,
    9, r + 6, r + 7,
    3, r + 3, 31,
    4, r + 4, r + 5,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
    if (!input) {
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
    }
    const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
    const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor
        ?.getEndpointParameterInstructions;
    if (!instructionsFn) {
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
    }
    const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
    return Object.assign(defaultParameters, endpointParameters);
};
const _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
const defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "sts",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
            name: "sts",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
    return {
        schemeId: "smithy.api#noAuth",
    };
}
const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
    const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
        const endpoint = defaultEndpointResolver(authParameters);
        const authSchemes = endpoint.properties?.authSchemes;
        if (!authSchemes) {
            return defaultHttpAuthSchemeResolver(authParameters);
        }
        const options = [];
        for (const scheme of authSchemes) {
            const { name: resolvedName, properties = {}, ...rest } = scheme;
            const name = resolvedName.toLowerCase();
            if (resolvedName !== name) {
                console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
            }
            let schemeId;
            if (name === "sigv4a") {
                schemeId = "aws.auth#sigv4a";
                const sigv4Present = authSchemes.find((s) => {
                    const name = s.name.toLowerCase();
                    return name !== "sigv4a" && name.startsWith("sigv4");
                });
                if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
                    continue;
                }
            }
            else if (name.startsWith("sigv4")) {
                schemeId = "aws.auth#sigv4";
            }
            else {
                throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
            }
            const createOption = createHttpAuthOptionFunctions[schemeId];
            if (!createOption) {
                throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
            }
            const option = createOption(authParameters);
            option.schemeId = schemeId;
            option.signingProperties = { ...(option.signingProperties || {}), ...rest, ...properties };
            options.push(option);
        }
        return options;
    };
    return endpointRuleSetHttpAuthSchemeProvider;
};
const _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        case "AssumeRoleWithSAML": {
            options.push(createSmithyApiNoAuthHttpAuthOption());
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
            break;
        }
        case "AssumeRoleWithWebIdentity": {
            options.push(createSmithyApiNoAuthHttpAuthOption());
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
            break;
        }
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        }
    }
    return options;
};
const defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
    "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
    "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
    "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption,
});
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    const config_1 = resolveAwsSdkSigV4AConfig(config_0);
    return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        useGlobalEndpoint: options.useGlobalEndpoint ?? false,
        defaultSigningName: "sts",
    });
};
const commonParams = {
    UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1176.0";
var packageInfo = {
	version: version};

class STSServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, STSServiceException.prototype);
    }
}

class ExpiredTokenException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#ExpiredTokenException";
    name = "ExpiredTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExpiredTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExpiredTokenException.prototype);
    }
}
class InvalidContextAssertionException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#InvalidContextAssertionException";
    name = "InvalidContextAssertionException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidContextAssertionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidContextAssertionException.prototype);
    }
}
class MalformedPolicyDocumentException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
    name = "MalformedPolicyDocumentException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MalformedPolicyDocumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
    }
}
class PackedPolicyTooLargeException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
    name = "PackedPolicyTooLargeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PackedPolicyTooLargeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
    }
}
class RegionDisabledException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#RegionDisabledException";
    name = "RegionDisabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RegionDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RegionDisabledException.prototype);
    }
}
class IDPRejectedClaimException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
    name = "IDPRejectedClaimException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IDPRejectedClaimException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
    }
}
class InvalidIdentityTokenException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
    name = "InvalidIdentityTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidIdentityTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
    }
}
class IDPCommunicationErrorException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
    name = "IDPCommunicationErrorException";
    $fault = "client";
    $retryable = {};
    constructor(opts) {
        super({
            name: "IDPCommunicationErrorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
    }
}
class InvalidAuthorizationMessageException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#InvalidAuthorizationMessageException";
    name = "InvalidAuthorizationMessageException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidAuthorizationMessageException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidAuthorizationMessageException.prototype);
    }
}
class ExpiredTradeInTokenException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#ExpiredTradeInTokenException";
    name = "ExpiredTradeInTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExpiredTradeInTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExpiredTradeInTokenException.prototype);
    }
}
class InsufficientSessionLifetimeException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#InsufficientSessionLifetimeException";
    name = "InsufficientSessionLifetimeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientSessionLifetimeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientSessionLifetimeException.prototype);
    }
}
class InvalidSubjectCredentialsException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#InvalidSubjectCredentialsException";
    name = "InvalidSubjectCredentialsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSubjectCredentialsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubjectCredentialsException.prototype);
    }
}
class JWTPayloadSizeExceededException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#JWTPayloadSizeExceededException";
    name = "JWTPayloadSizeExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "JWTPayloadSizeExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, JWTPayloadSizeExceededException.prototype);
    }
}
class OutboundWebIdentityFederationDisabledException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";
    name = "OutboundWebIdentityFederationDisabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OutboundWebIdentityFederationDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OutboundWebIdentityFederationDisabledException.prototype);
    }
}
class SessionDurationEscalationException extends STSServiceException {
    static shapeId = "com.amazonaws.sts#SessionDurationEscalationException";
    name = "SessionDurationEscalationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SessionDurationEscalationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SessionDurationEscalationException.prototype);
    }
}

const _A = "Arn";
const _AKI = "AccessKeyId";
const _AP = "AssumedPrincipal";
const _AR = "AssumeRole";
const _ARI = "AssumedRoleId";
const _ARR = "AssumeRoleRequest";
const _ARRs = "AssumeRoleResponse";
const _ARRss = "AssumeRootRequest";
const _ARRssu = "AssumeRootResponse";
const _ARU = "AssumedRoleUser";
const _ARWSAML = "AssumeRoleWithSAML";
const _ARWSAMLR = "AssumeRoleWithSAMLRequest";
const _ARWSAMLRs = "AssumeRoleWithSAMLResponse";
const _ARWWI = "AssumeRoleWithWebIdentity";
const _ARWWIR = "AssumeRoleWithWebIdentityRequest";
const _ARWWIRs = "AssumeRoleWithWebIdentityResponse";
const _ARs = "AssumeRoot";
const _Ac = "Account";
const _Au = "Audience";
const _C = "Credentials";
const _CA = "ContextAssertion";
const _DAM = "DecodeAuthorizationMessage";
const _DAMR = "DecodeAuthorizationMessageRequest";
const _DAMRe = "DecodeAuthorizationMessageResponse";
const _DM = "DecodedMessage";
const _DS = "DurationSeconds";
const _E = "Expiration";
const _EI = "ExternalId";
const _EM = "EncodedMessage";
const _ETE = "ExpiredTokenException";
const _ETITE = "ExpiredTradeInTokenException";
const _FPA = "FederatedProviderArn";
const _FU = "FederatedUser";
const _FUI = "FederatedUserId";
const _GAKI = "GetAccessKeyInfo";
const _GAKIR = "GetAccessKeyInfoRequest";
const _GAKIRe = "GetAccessKeyInfoResponse";
const _GCI = "GetCallerIdentity";
const _GCIR = "GetCallerIdentityRequest";
const _GCIRe = "GetCallerIdentityResponse";
const _GDAT = "GetDelegatedAccessToken";
const _GDATR = "GetDelegatedAccessTokenRequest";
const _GDATRe = "GetDelegatedAccessTokenResponse";
const _GFT = "GetFederationToken";
const _GFTR = "GetFederationTokenRequest";
const _GFTRe = "GetFederationTokenResponse";
const _GSC = "GetScopedCredentials";
const _GSCR = "GetScopedCredentialsRequest";
const _GSCRe = "GetScopedCredentialsResponse";
const _GST = "GetSessionToken";
const _GSTR = "GetSessionTokenRequest";
const _GSTRe = "GetSessionTokenResponse";
const _GWIT = "GetWebIdentityToken";
const _GWITR = "GetWebIdentityTokenRequest";
const _GWITRe = "GetWebIdentityTokenResponse";
const _I = "Issuer";
const _IAME = "InvalidAuthorizationMessageException";
const _ICAE = "InvalidContextAssertionException";
const _IDPCEE = "IDPCommunicationErrorException";
const _IDPRCE = "IDPRejectedClaimException";
const _IITE = "InvalidIdentityTokenException";
const _IP = "IdentityProvider";
const _ISCE = "InvalidSubjectCredentialsException";
const _ISLE = "InsufficientSessionLifetimeException";
const _JWTPSEE = "JWTPayloadSizeExceededException";
const _K = "Key";
const _MPDE = "MalformedPolicyDocumentException";
const _MSTS = "MinimumSessionTokenSize";
const _N = "Name";
const _NQ = "NameQualifier";
const _OI = "OriginIdentity";
const _OWIFDE = "OutboundWebIdentityFederationDisabledException";
const _P = "Policy";
const _PA = "PolicyArns";
const _PAr = "PrincipalArn";
const _PAro = "ProviderArn";
const _PC = "ProvidedContexts";
const _PCLT = "ProvidedContextsListType";
const _PCr = "ProvidedContext";
const _PDT = "PolicyDescriptorType";
const _PI = "ProviderId";
const _PPS = "PackedPolicySize";
const _PPTLE = "PackedPolicyTooLargeException";
const _Pr = "Provider";
const _RA = "RoleArn";
const _RDE = "RegionDisabledException";
const _RSN = "RoleSessionName";
const _S = "Subject";
const _SA = "SigningAlgorithm";
const _SAK = "SecretAccessKey";
const _SAMLA = "SAMLAssertion";
const _SAMLAT = "SAMLAssertionType";
const _SDEE = "SessionDurationEscalationException";
const _SFWIT = "SubjectFromWebIdentityToken";
const _SI = "SourceIdentity";
const _SIe = "SessionInfo";
const _SM = "SubjectMode";
const _SN = "SerialNumber";
const _SPC = "ScopedPoliciesCount";
const _SS = "ScopedSession";
const _SSD = "ScopedSessionDescription";
const _SSI = "ScopedSessionId";
const _ST = "SubjectType";
const _STS = "SessionTokenSize";
const _STU = "SessionTokenUtilization";
const _STe = "SessionToken";
const _Sc = "Scope";
const _T = "Tags";
const _TC = "TokenCode";
const _TCr = "TransactionContext";
const _TIPC = "TrustedIdentityPropagationContext";
const _TIT = "TradeInToken";
const _TP = "TargetPrincipal";
const _TPA = "TaskPolicyArn";
const _TTK = "TransitiveTagKeys";
const _Ta = "Tag";
const _UI = "UserId";
const _V = "Value";
const _WIT = "WebIdentityToken";
const _a = "arn";
const _aKST = "accessKeySecretType";
const _aQE = "awsQueryError";
const _c = "client";
const _cTT = "clientTokenType";
const _e = "error";
const _hE = "httpError";
const _m = "message";
const _oIIT = "originIdentityIssuerType";
const _oIST = "originIdentitySubjectType";
const _oISTT = "originIdentitySubjectTypeType";
const _pDLT = "policyDescriptorListType";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
const _tCIPMT = "transactionContextIdentityProviderMapType";
const _tCVT = "transactionContextValueType";
const _tITT = "tradeInTokenType";
const _tLT = "tagListType";
const _wITT = "webIdentityTokenType";
const n0 = "com.amazonaws.sts";
const _s_registry = new TypeRegistry(_s);
var STSServiceException$ = [-3, _s, "STSServiceException", 0, [], []];
_s_registry.registerError(STSServiceException$, STSServiceException);
const n0_registry = new TypeRegistry(n0);
var ExpiredTokenException$ = [-3, n0, _ETE,
    { [_aQE]: [`ExpiredTokenException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
var ExpiredTradeInTokenException$ = [-3, n0, _ETITE,
    { [_aQE]: [`ExpiredTradeInTokenException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
var IDPCommunicationErrorException$ = [-3, n0, _IDPCEE,
    { [_aQE]: [`IDPCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
var IDPRejectedClaimException$ = [-3, n0, _IDPRCE,
    { [_aQE]: [`IDPRejectedClaim`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
var InsufficientSessionLifetimeException$ = [-3, n0, _ISLE,
    { [_aQE]: [`InsufficientSessionLifetime`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientSessionLifetimeException$, InsufficientSessionLifetimeException);
var InvalidAuthorizationMessageException$ = [-3, n0, _IAME,
    { [_aQE]: [`InvalidAuthorizationMessageException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
var InvalidContextAssertionException$ = [-3, n0, _ICAE,
    { [_aQE]: [`InvalidContextAssertion`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
var InvalidIdentityTokenException$ = [-3, n0, _IITE,
    { [_aQE]: [`InvalidIdentityToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
var InvalidSubjectCredentialsException$ = [-3, n0, _ISCE,
    { [_aQE]: [`InvalidSubjectCredentials`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSubjectCredentialsException$, InvalidSubjectCredentialsException);
var JWTPayloadSizeExceededException$ = [-3, n0, _JWTPSEE,
    { [_aQE]: [`JWTPayloadSizeExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
var MalformedPolicyDocumentException$ = [-3, n0, _MPDE,
    { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var OutboundWebIdentityFederationDisabledException$ = [-3, n0, _OWIFDE,
    { [_aQE]: [`OutboundWebIdentityFederationDisabledException`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
var PackedPolicyTooLargeException$ = [-3, n0, _PPTLE,
    { [_aQE]: [`PackedPolicyTooLarge`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
var RegionDisabledException$ = [-3, n0, _RDE,
    { [_aQE]: [`RegionDisabledException`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
var SessionDurationEscalationException$ = [-3, n0, _SDEE,
    { [_aQE]: [`SessionDurationEscalationException`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var accessKeySecretType = [0, n0, _aKST, 8, 0];
var clientTokenType = [0, n0, _cTT, 8, 0];
var originIdentityIssuerType = [0, n0, _oIIT, 8, 0];
var originIdentitySubjectType = [0, n0, _oIST, 8, 0];
var originIdentitySubjectTypeType = [0, n0, _oISTT, 8, 0];
var SAMLAssertionType = [0, n0, _SAMLAT, 8, 0];
var tradeInTokenType = [0, n0, _tITT, 8, 0];
var transactionContextValueType = [0, n0, _tCVT, 8, 0];
var webIdentityTokenType = [0, n0, _wITT, 8, 0];
var AssumedRoleUser$ = [3, n0, _ARU,
    0,
    [_ARI, _A],
    [0, 0], 2
];
var AssumeRoleRequest$ = [3, n0, _ARR,
    0,
    [_RA, _RSN, _PA, _P, _DS, _T, _TTK, _EI, _SN, _TC, _SI, _PC, _MSTS],
    [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64 | 0, 0, 0, 0, 0, () => ProvidedContextsListType, 1], 2
];
var AssumeRoleResponse$ = [3, n0, _ARRs,
    0,
    [_C, _ARU, _PPS, _SI, _STU, _STS],
    [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 1, 1]
];
var AssumeRoleWithSAMLRequest$ = [3, n0, _ARWSAMLR,
    0,
    [_RA, _PAr, _SAMLA, _PA, _P, _DS, _MSTS],
    [0, 0, [() => SAMLAssertionType, 0], () => policyDescriptorListType, 0, 1, 1], 3
];
var AssumeRoleWithSAMLResponse$ = [3, n0, _ARWSAMLRs,
    0,
    [_C, _ARU, _PPS, _S, _ST, _I, _Au, _NQ, _SI, _STU, _STS, _TIPC],
    [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 0, 0, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
];
var AssumeRoleWithWebIdentityRequest$ = [3, n0, _ARWWIR,
    0,
    [_RA, _RSN, _WIT, _PI, _PA, _P, _DS, _MSTS],
    [0, 0, [() => clientTokenType, 0], 0, () => policyDescriptorListType, 0, 1, 1], 3
];
var AssumeRoleWithWebIdentityResponse$ = [3, n0, _ARWWIRs,
    0,
    [_C, _SFWIT, _ARU, _PPS, _Pr, _Au, _SI, _STU, _STS, _TIPC],
    [[() => Credentials$, 0], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
];
var AssumeRootRequest$ = [3, n0, _ARRss,
    0,
    [_TP, _TPA, _DS, _MSTS],
    [0, () => PolicyDescriptorType$, 1, 1], 2
];
var AssumeRootResponse$ = [3, n0, _ARRssu,
    0,
    [_C, _SI, _STU, _STS],
    [[() => Credentials$, 0], 0, 1, 1]
];
var Credentials$ = [3, n0, _C,
    0,
    [_AKI, _SAK, _STe, _E],
    [0, [() => accessKeySecretType, 0], 0, 4], 4
];
var DecodeAuthorizationMessageRequest$ = [3, n0, _DAMR,
    0,
    [_EM],
    [0], 1
];
var DecodeAuthorizationMessageResponse$ = [3, n0, _DAMRe,
    0,
    [_DM],
    [0]
];
var FederatedUser$ = [3, n0, _FU,
    0,
    [_FUI, _A],
    [0, 0], 2
];
var GetAccessKeyInfoRequest$ = [3, n0, _GAKIR,
    0,
    [_AKI],
    [0], 1
];
var GetAccessKeyInfoResponse$ = [3, n0, _GAKIRe,
    0,
    [_Ac],
    [0]
];
var GetCallerIdentityRequest$ = [3, n0, _GCIR,
    0,
    [],
    []
];
var GetCallerIdentityResponse$ = [3, n0, _GCIRe,
    0,
    [_UI, _Ac, _A],
    [0, 0, 0]
];
var GetDelegatedAccessTokenRequest$ = [3, n0, _GDATR,
    0,
    [_TIT],
    [[() => tradeInTokenType, 0]], 1
];
var GetDelegatedAccessTokenResponse$ = [3, n0, _GDATRe,
    0,
    [_C, _PPS, _AP],
    [[() => Credentials$, 0], 1, 0]
];
var GetFederationTokenRequest$ = [3, n0, _GFTR,
    0,
    [_N, _P, _PA, _DS, _T, _MSTS],
    [0, 0, () => policyDescriptorListType, 1, () => tagListType, 1], 1
];
var GetFederationTokenResponse$ = [3, n0, _GFTRe,
    0,
    [_C, _FU, _PPS, _STU, _STS],
    [[() => Credentials$, 0], () => FederatedUser$, 1, 1, 1]
];
var GetScopedCredentialsRequest$ = [3, n0, _GSCR,
    0,
    [_P, _DS, _MSTS, _SSD],
    [0, 1, 1, 0]
];
var GetScopedCredentialsResponse$ = [3, n0, _GSCRe,
    0,
    [_C, _SIe, _STU, _STS, _SPC, _SI],
    [[() => Credentials$, 0], () => ScopedSession$, 1, 1, 1, 0]
];
var GetSessionTokenRequest$ = [3, n0, _GSTR,
    0,
    [_DS, _SN, _TC, _MSTS],
    [1, 0, 0, 1]
];
var GetSessionTokenResponse$ = [3, n0, _GSTRe,
    0,
    [_C, _STU, _STS],
    [[() => Credentials$, 0], 1, 1]
];
var GetWebIdentityTokenRequest$ = [3, n0, _GWITR,
    0,
    [_Au, _SA, _DS, _Sc, _SM, _T],
    [64 | 0, 0, 1, 0, 0, () => tagListType], 2
];
var GetWebIdentityTokenResponse$ = [3, n0, _GWITRe,
    0,
    [_WIT, _E],
    [[() => webIdentityTokenType, 0], 4]
];
var OriginIdentity$ = [3, n0, _OI,
    0,
    [_S, _ST, _I, _FPA],
    [[() => originIdentitySubjectType, 0], [() => originIdentitySubjectTypeType, 0], [() => originIdentityIssuerType, 0], 0]
];
var PolicyDescriptorType$ = [3, n0, _PDT,
    0,
    [_a],
    [0]
];
var ProvidedContext$ = [3, n0, _PCr,
    0,
    [_PAro, _CA],
    [0, 0]
];
var ScopedSession$ = [3, n0, _SS,
    0,
    [_SSI, _A],
    [0, 0], 2
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 2
];
var TransactionContext$ = [3, n0, _TCr,
    0,
    [_IP],
    [[() => transactionContextIdentityProviderMapType, 0]]
];
var TrustedIdentityPropagationContext$ = [3, n0, _TIPC,
    8,
    [_OI, _TCr],
    [[() => OriginIdentity$, 0], [() => TransactionContext$, 0]]
];
var policyDescriptorListType = [1, n0, _pDLT,
    0, () => PolicyDescriptorType$
];
var ProvidedContextsListType = [1, n0, _PCLT,
    0, () => ProvidedContext$
];
var tagListType = [1, n0, _tLT,
    0, () => Tag$
];
var transactionContextIdentityProviderMapType = [2, n0, _tCIPMT,
    0, [0,
        0],
    [() => transactionContextValueType,
        0]
];
var AssumeRole$ = [9, n0, _AR,
    0, () => AssumeRoleRequest$, () => AssumeRoleResponse$
];
var AssumeRoleWithSAML$ = [9, n0, _ARWSAML,
    0, () => AssumeRoleWithSAMLRequest$, () => AssumeRoleWithSAMLResponse$
];
var AssumeRoleWithWebIdentity$ = [9, n0, _ARWWI,
    0, () => AssumeRoleWithWebIdentityRequest$, () => AssumeRoleWithWebIdentityResponse$
];
var AssumeRoot$ = [9, n0, _ARs,
    0, () => AssumeRootRequest$, () => AssumeRootResponse$
];
var DecodeAuthorizationMessage$ = [9, n0, _DAM,
    0, () => DecodeAuthorizationMessageRequest$, () => DecodeAuthorizationMessageResponse$
];
var GetAccessKeyInfo$ = [9, n0, _GAKI,
    0, () => GetAccessKeyInfoRequest$, () => GetAccessKeyInfoResponse$
];
var GetCallerIdentity$ = [9, n0, _GCI,
    0, () => GetCallerIdentityRequest$, () => GetCallerIdentityResponse$
];
var GetDelegatedAccessToken$ = [9, n0, _GDAT,
    0, () => GetDelegatedAccessTokenRequest$, () => GetDelegatedAccessTokenResponse$
];
var GetFederationToken$ = [9, n0, _GFT,
    0, () => GetFederationTokenRequest$, () => GetFederationTokenResponse$
];
var GetScopedCredentials$ = [9, n0, _GSC,
    0, () => GetScopedCredentialsRequest$, () => GetScopedCredentialsResponse$
];
var GetSessionToken$ = [9, n0, _GST,
    0, () => GetSessionTokenRequest$, () => GetSessionTokenResponse$
];
var GetWebIdentityToken$ = [9, n0, _GWIT,
    0, () => GetWebIdentityTokenRequest$, () => GetWebIdentityTokenResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2011-06-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
            {
                schemeId: "aws.auth#sigv4a",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
                signer: new AwsSdkSigV4ASigner(),
            },
            {
                schemeId: "smithy.api#noAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
                signer: new NoAuthSigner(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.sts",
            errorTypeRegistries,
            xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
            version: "2011-06-15",
            serviceTarget: "AWSSecurityTokenServiceV20110615",
        },
        serviceId: config?.serviceId ?? "STS",
        sha256: config?.sha256 ?? Sha256,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await defaultProvider(idProps?.__config || {})()),
                signer: new AwsSdkSigV4Signer(),
            },
            {
                schemeId: "aws.auth#sigv4a",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
                signer: new AwsSdkSigV4ASigner(),
            },
            {
                schemeId: "smithy.api#noAuth",
                identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
                signer: new NoAuthSigner(),
            },
        ],
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class STSClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
                "aws.auth#sigv4a": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssumeRoleCommand extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {
}

class AssumeRoleWithSAMLCommand extends command(_ep0, _mw0, "AssumeRoleWithSAML", AssumeRoleWithSAML$) {
}

class AssumeRoleWithWebIdentityCommand extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {
}

class AssumeRootCommand extends command(_ep0, _mw0, "AssumeRoot", AssumeRoot$) {
}

class DecodeAuthorizationMessageCommand extends command(_ep0, _mw0, "DecodeAuthorizationMessage", DecodeAuthorizationMessage$) {
}

class GetAccessKeyInfoCommand extends command(_ep0, _mw0, "GetAccessKeyInfo", GetAccessKeyInfo$) {
}

class GetCallerIdentityCommand extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {
}

class GetDelegatedAccessTokenCommand extends command(_ep0, _mw0, "GetDelegatedAccessToken", GetDelegatedAccessToken$) {
}

class GetFederationTokenCommand extends command(_ep0, _mw0, "GetFederationToken", GetFederationToken$) {
}

class GetScopedCredentialsCommand extends command(_ep0, _mw0, "GetScopedCredentials", GetScopedCredentials$) {
}

class GetSessionTokenCommand extends command(_ep0, _mw0, "GetSessionToken", GetSessionToken$) {
}

class GetWebIdentityTokenCommand extends command(_ep0, _mw0, "GetWebIdentityToken", GetWebIdentityToken$) {
}

const commands = {
    AssumeRoleCommand,
    AssumeRoleWithSAMLCommand,
    AssumeRoleWithWebIdentityCommand,
    AssumeRootCommand,
    DecodeAuthorizationMessageCommand,
    GetAccessKeyInfoCommand,
    GetCallerIdentityCommand,
    GetDelegatedAccessTokenCommand,
    GetFederationTokenCommand,
    GetScopedCredentialsCommand,
    GetSessionTokenCommand,
    GetWebIdentityTokenCommand,
};
class STS extends STSClient {
}
createAggregatedClient(commands, STS);

const WebIdentityTokenSubjectModeType = {
    AWS_IDENTITY: "AWSIdentity",
    ORIGIN_IDENTITY: "OriginIdentity",
};

const getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
    if (typeof assumedRoleUser?.Arn === "string") {
        const arnComponents = assumedRoleUser.Arn.split(":");
        if (arnComponents.length > 4 && arnComponents[4] !== "") {
            return arnComponents[4];
        }
    }
    return undefined;
};
const resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
    const region = typeof _region === "function" ? await _region() : _region;
    const parentRegion = typeof _parentRegion === "function" ? await _parentRegion() : _parentRegion;
    let stsDefaultRegion = "";
    const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
    credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`);
    return resolvedRegion;
};
const getDefaultRoleAssumer$1 = (stsOptions, STSClient) => {
    let stsClient;
    let closureSourceCreds;
    return async (sourceCreds, params) => {
        closureSourceCreds = sourceCreds;
        if (!stsClient) {
            const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId, } = stsOptions;
            const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
                logger,
                profile,
            });
            const isCompatibleRequestHandler = !isH2(requestHandler);
            stsClient = new STSClient({
                ...stsOptions,
                userAgentAppId,
                profile,
                credentialDefaultProvider: () => async () => closureSourceCreds,
                region: resolvedRegion,
                requestHandler: isCompatibleRequestHandler ? requestHandler : undefined,
                logger: logger,
            });
        }
        const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
            throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
        }
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration,
            ...(Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope }),
            ...(accountId && { accountId }),
        };
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i");
        return credentials;
    };
};
const getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient) => {
    let stsClient;
    return async (params) => {
        if (!stsClient) {
            const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId, } = stsOptions;
            const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
                logger,
                profile,
            });
            const isCompatibleRequestHandler = !isH2(requestHandler);
            stsClient = new STSClient({
                ...stsOptions,
                userAgentAppId,
                profile,
                region: resolvedRegion,
                requestHandler: isCompatibleRequestHandler ? requestHandler : undefined,
                logger: logger,
            });
        }
        const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
            throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
        }
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration,
            ...(Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope }),
            ...(accountId && { accountId }),
        };
        if (accountId) {
            setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T");
        }
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k");
        return credentials;
    };
};
const isH2 = (requestHandler) => {
    return requestHandler?.metadata?.handlerProtocol === "h2";
};

const getCustomizableStsClientCtor = (baseCtor, customizations) => {
    if (!customizations)
        return baseCtor;
    else
        return class CustomizableSTSClient extends baseCtor {
            constructor(config) {
                super(config);
                for (const customization of customizations) {
                    this.middlewareStack.use(customization);
                }
            }
        };
};
const getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
const getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
const decorateDefaultCredentialProvider = (provider) => (input) => provider({
    roleAssumer: getDefaultRoleAssumer(input),
    roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity(input),
    ...input,
});

__webpack_unused_export__ = AssumeRole$;
exports.QL = AssumeRoleCommand;
__webpack_unused_export__ = AssumeRoleRequest$;
__webpack_unused_export__ = AssumeRoleResponse$;
__webpack_unused_export__ = AssumeRoleWithSAML$;
__webpack_unused_export__ = AssumeRoleWithSAMLCommand;
__webpack_unused_export__ = AssumeRoleWithSAMLRequest$;
__webpack_unused_export__ = AssumeRoleWithSAMLResponse$;
__webpack_unused_export__ = AssumeRoleWithWebIdentity$;
__webpack_unused_export__ = AssumeRoleWithWebIdentityCommand;
__webpack_unused_export__ = AssumeRoleWithWebIdentityRequest$;
__webpack_unused_export__ = AssumeRoleWithWebIdentityResponse$;
__webpack_unused_export__ = AssumeRoot$;
__webpack_unused_export__ = AssumeRootCommand;
__webpack_unused_export__ = AssumeRootRequest$;
__webpack_unused_export__ = AssumeRootResponse$;
__webpack_unused_export__ = AssumedRoleUser$;
__webpack_unused_export__ = Credentials$;
__webpack_unused_export__ = DecodeAuthorizationMessage$;
__webpack_unused_export__ = DecodeAuthorizationMessageCommand;
__webpack_unused_export__ = DecodeAuthorizationMessageRequest$;
__webpack_unused_export__ = DecodeAuthorizationMessageResponse$;
__webpack_unused_export__ = ExpiredTokenException;
__webpack_unused_export__ = ExpiredTokenException$;
__webpack_unused_export__ = ExpiredTradeInTokenException;
__webpack_unused_export__ = ExpiredTradeInTokenException$;
__webpack_unused_export__ = FederatedUser$;
__webpack_unused_export__ = GetAccessKeyInfo$;
__webpack_unused_export__ = GetAccessKeyInfoCommand;
__webpack_unused_export__ = GetAccessKeyInfoRequest$;
__webpack_unused_export__ = GetAccessKeyInfoResponse$;
__webpack_unused_export__ = GetCallerIdentity$;
exports.zI = GetCallerIdentityCommand;
__webpack_unused_export__ = GetCallerIdentityRequest$;
__webpack_unused_export__ = GetCallerIdentityResponse$;
__webpack_unused_export__ = GetDelegatedAccessToken$;
__webpack_unused_export__ = GetDelegatedAccessTokenCommand;
__webpack_unused_export__ = GetDelegatedAccessTokenRequest$;
__webpack_unused_export__ = GetDelegatedAccessTokenResponse$;
__webpack_unused_export__ = GetFederationToken$;
__webpack_unused_export__ = GetFederationTokenCommand;
__webpack_unused_export__ = GetFederationTokenRequest$;
__webpack_unused_export__ = GetFederationTokenResponse$;
__webpack_unused_export__ = GetScopedCredentials$;
__webpack_unused_export__ = GetScopedCredentialsCommand;
__webpack_unused_export__ = GetScopedCredentialsRequest$;
__webpack_unused_export__ = GetScopedCredentialsResponse$;
__webpack_unused_export__ = GetSessionToken$;
__webpack_unused_export__ = GetSessionTokenCommand;
__webpack_unused_export__ = GetSessionTokenRequest$;
__webpack_unused_export__ = GetSessionTokenResponse$;
__webpack_unused_export__ = GetWebIdentityToken$;
__webpack_unused_export__ = GetWebIdentityTokenCommand;
__webpack_unused_export__ = GetWebIdentityTokenRequest$;
__webpack_unused_export__ = GetWebIdentityTokenResponse$;
__webpack_unused_export__ = IDPCommunicationErrorException;
__webpack_unused_export__ = IDPCommunicationErrorException$;
__webpack_unused_export__ = IDPRejectedClaimException;
__webpack_unused_export__ = IDPRejectedClaimException$;
__webpack_unused_export__ = InsufficientSessionLifetimeException;
__webpack_unused_export__ = InsufficientSessionLifetimeException$;
__webpack_unused_export__ = InvalidAuthorizationMessageException;
__webpack_unused_export__ = InvalidAuthorizationMessageException$;
__webpack_unused_export__ = InvalidContextAssertionException;
__webpack_unused_export__ = InvalidContextAssertionException$;
__webpack_unused_export__ = InvalidIdentityTokenException;
__webpack_unused_export__ = InvalidIdentityTokenException$;
__webpack_unused_export__ = InvalidSubjectCredentialsException;
__webpack_unused_export__ = InvalidSubjectCredentialsException$;
__webpack_unused_export__ = JWTPayloadSizeExceededException;
__webpack_unused_export__ = JWTPayloadSizeExceededException$;
__webpack_unused_export__ = MalformedPolicyDocumentException;
__webpack_unused_export__ = MalformedPolicyDocumentException$;
__webpack_unused_export__ = OriginIdentity$;
__webpack_unused_export__ = OutboundWebIdentityFederationDisabledException;
__webpack_unused_export__ = OutboundWebIdentityFederationDisabledException$;
__webpack_unused_export__ = PackedPolicyTooLargeException;
__webpack_unused_export__ = PackedPolicyTooLargeException$;
__webpack_unused_export__ = PolicyDescriptorType$;
__webpack_unused_export__ = ProvidedContext$;
__webpack_unused_export__ = RegionDisabledException;
__webpack_unused_export__ = RegionDisabledException$;
__webpack_unused_export__ = STS;
exports.iM = STSClient;
__webpack_unused_export__ = STSServiceException;
__webpack_unused_export__ = STSServiceException$;
__webpack_unused_export__ = ScopedSession$;
__webpack_unused_export__ = SessionDurationEscalationException;
__webpack_unused_export__ = SessionDurationEscalationException$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TransactionContext$;
__webpack_unused_export__ = TrustedIdentityPropagationContext$;
__webpack_unused_export__ = WebIdentityTokenSubjectModeType;
__webpack_unused_export__ = decorateDefaultCredentialProvider;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = getDefaultRoleAssumer;
__webpack_unused_export__ = getDefaultRoleAssumerWithWebIdentity;


/***/ })

};
