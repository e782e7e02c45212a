export const id = 603;
export const ids = [603];
export const modules = {

/***/ 3234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ clientTarget),
  E8: () => (/* binding */ commonConfig),
  Dx: () => (/* binding */ createAthenaClient),
  Gv: () => (/* binding */ createAwsClients),
  y1: () => (/* binding */ createEc2Client)
});

// UNUSED EXPORTS: USER_AGENT, createLogsClient, createS3Client

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-athena/dist-cjs/index.js
var dist_cjs = __webpack_require__(2204);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/agent-base/dist/index.js
var dist = __webpack_require__(8894);
// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var http_proxy_agent_dist = __webpack_require__(1970);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __webpack_require__(3669);
// EXTERNAL MODULE: ./src/proxy.ts
var src_proxy = __webpack_require__(8903);
;// CONCATENATED MODULE: ./src/aws/proxy-agent.ts
/**
 * The connection agents of the AWS clients when a proxy is configured: each request goes through
 * the proxy its URL gets from HTTPS_PROXY / HTTP_PROXY, or directly when NO_PROXY names its host.
 * The choice is made per request, because an SDK client's host is known only then (the region's
 * endpoint, a bucket's virtual host, a redirect to another region).
 */






// What the SDK's own handler would use: kept-alive sockets, 50 per host.
const POOL = { keepAlive: true, maxSockets: 50 };
/** Routes each request to a direct agent or to the agent of its proxy. */
class EnvironmentProxyAgent extends dist.Agent {
    secure;
    direct;
    proxied = new Map();
    constructor(secure) {
        super(POOL);
        this.secure = secure;
        this.direct = secure ? new external_node_https_.Agent(POOL) : new external_node_http_.Agent(POOL);
    }
    connect(_request, options) {
        const host = options.host?.includes(':') ? `[${options.host}]` : (options.host ?? 'localhost');
        const port = options.port ?? (this.secure ? 443 : 80);
        const target = new URL(`${this.secure ? 'https' : 'http'}://${host}:${port}`);
        const proxy = (0,src_proxy/* proxyFor */.iJ)(target);
        if (proxy === undefined)
            return this.direct;
        let agent = this.proxied.get(proxy.href);
        if (agent === undefined) {
            // https targets are tunnelled with CONNECT; http ones are sent to the proxy whole.
            agent = this.secure ? new https_proxy_agent_dist.HttpsProxyAgent(proxy, POOL) : new http_proxy_agent_dist.HttpProxyAgent(proxy, POOL);
            this.proxied.set(proxy.href, agent);
        }
        return agent;
    }
}
/** The agents for the SDK's request handler, or none when no proxy is configured. */
function proxyAgents() {
    if (!(0,src_proxy/* proxyConfigured */.$o)())
        return {};
    return {
        httpAgent: new EnvironmentProxyAgent(false),
        // An http.Agent by type, which is all https.request needs of it: the TLS is done by the
        // agent it routes to (a direct https.Agent, or the tunnel of HttpsProxyAgent).
        httpsAgent: new EnvironmentProxyAgent(true),
    };
}

;// CONCATENATED MODULE: ./src/aws/clients.ts





/** The user agent AWS sees in CloudTrail, so that audit reads are recognisable there. */
const USER_AGENT = 'sg-flow-audit';
const DEFAULT_MAX_ATTEMPTS = 6;
// The client config exposes region and endpoint only as async providers; error messages are built
// synchronously, so the factory remembers what it was given.
const targets = new WeakMap();
/**
 * The configuration every client shares (region, endpoint, retries, user agent, timeouts, proxy);
 * also for the STS and Organizations clients that src/fleet builds itself, so that this module
 * does not load their packages.
 */
function commonConfig(options) {
    return {
        ...(options.region !== undefined ? { region: options.region } : {}),
        ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
        ...(options.credentials !== undefined ? { credentials: options.credentials } : {}),
        // Adaptive mode adds client-side rate limiting on top of backoff with jitter: an audit of a
        // big account makes many Describe/List calls and should slow down, not fail, when throttled.
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: USER_AGENT,
        // Without a connection timeout an unreachable endpoint (wrong --endpoint-url, blocked egress)
        // hangs instead of failing with a clear message. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are
        // honoured through the agents, which the SDK alone does not do.
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000, ...proxyAgents() },
    };
}
function remember(client, options) {
    targets.set(client, {
        region: options.region ?? process.env['AWS_REGION'] ?? undefined,
        endpoint: options.endpoint,
    });
    return client;
}
/** An EC2 client for the Describe* calls. */
function createEc2Client(options) {
    return remember(new client_ec2_dist_cjs/* EC2Client */.gu5(commonConfig(options)), options);
}
/** An S3 client; path-style addressing when an endpoint is given (emulators have no bucket DNS). */
function createS3Client(options) {
    return remember(new client_s3_dist_cjs/* S3Client */.YxF({
        ...commonConfig(options),
        forcePathStyle: options.endpoint !== undefined,
        // A flow-log bucket often lives in a central logging region; follow AWS's redirect instead
        // of failing with PermanentRedirect.
        followRegionRedirects: options.endpoint === undefined,
    }), options);
}
/** A CloudWatch Logs client for FilterLogEvents. */
function createLogsClient(options) {
    return remember(new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(commonConfig(options)), options);
}
/** An Athena client for the aggregation query (`--engine athena`). */
function createAthenaClient(options) {
    return remember(new dist_cjs/* AthenaClient */.T7g(commonConfig(options)), options);
}
/** The three clients with the same options. */
function createAwsClients(options) {
    return { ec2: createEc2Client(options), s3: createS3Client(options), logs: createLogsClient(options) };
}
/** The region and endpoint a client was created with (unknown for clients made elsewhere). */
function clientTarget(client) {
    return targets.get(client) ?? { region: undefined, endpoint: undefined };
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   J6: () => (/* binding */ awsErrorCode),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   di: () => (/* binding */ rethrowAwsError),
/* harmony export */   m_: () => (/* binding */ isAwsError),
/* harmony export */   mu: () => (/* binding */ iamAction),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony exports refusalOf, refusedAction */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Turns what the AWS SDK throws into one line a user can act on: which API was refused and which
 * IAM action to grant, which bucket or log group does not exist, that the region or endpoint is
 * wrong, or that AWS kept throttling. These are problems of the user's account or flags, so they
 * become {@link ConfigurationError}s (exit status 2, no stack trace).
 */

const SERVICE_NAMES = {
    ec2: 'EC2',
    s3: 'S3',
    logs: 'CloudWatch Logs',
    athena: 'Athena',
    sts: 'STS',
    organizations: 'Organizations',
};
// IAM actions whose names differ from the API's; every other action is `service:Operation`.
// test/aws/iam-policies.test.ts maps every SDK command the code can send with this table, so an
// API whose action is named otherwise is added here, for the policies and the messages alike.
const IAM_ACTIONS = {
    's3:ListObjectsV2': 's3:ListBucket',
    's3:ListObjects': 's3:ListBucket',
    's3:HeadObject': 's3:GetObject',
    's3:HeadBucket': 's3:ListBucket',
};
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'AuthorizationError',
    'Forbidden',
    'AllAccessDisabled',
]);
const BAD_CREDENTIALS = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'RequestExpired',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'AuthFailure',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'InvalidToken',
]);
/** The SDK's own list (smithy's THROTTLING_ERROR_CODES), so we agree on what throttling is. */
const THROTTLING = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
]);
const WRONG_REGION = new Set([
    'PermanentRedirect',
    'AuthorizationHeaderMalformed',
    'IllegalLocationConstraintException',
]);
const UNRESOLVED = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const UNREACHABLE = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'TimeoutError',
    'RequestTimeout',
]);
/** The error code AWS or Node gave (`AccessDenied`, `ECONNREFUSED`), or the error's name. */
function awsErrorCode(error) {
    if (typeof error !== 'object' || error === null)
        return '';
    const e = error;
    // Node network errors carry the useful part in `code`; SDK service errors in `name`.
    if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code))
        return e.code;
    if (typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    if (typeof e.Code === 'string')
        return e.Code;
    return typeof e.code === 'string' ? e.code : '';
}
function status(error) {
    return error?.$metadata?.httpStatusCode;
}
/** Whether AWS refused the call for lack of an IAM permission. */
function isAccessDenied(error) {
    const code = awsErrorCode(error);
    // A 403 without a modelled code (S3 HEAD requests have no body) is a refusal too, unless the
    // code says the credentials themselves are bad.
    return ACCESS_DENIED.has(code) || (status(error) === 403 && !BAD_CREDENTIALS.has(code));
}
/** Whether AWS throttled the call (by error code or HTTP 429). */
function isThrottling(error) {
    return THROTTLING.has(awsErrorCode(error)) || status(error) === 429;
}
/** Whether the error came from AWS or the network rather than from a bug in this program. */
function isAwsError(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const e = error;
    return (e.$metadata !== undefined ||
        UNRESOLVED.has(awsErrorCode(error)) ||
        UNREACHABLE.has(awsErrorCode(error)) ||
        awsErrorCode(error) === 'CredentialsProviderError' ||
        /Region is missing/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
}
/** The IAM action an API call needs, e.g. `ec2:DescribeSecurityGroupRules`, `s3:ListBucket`. */
function iamAction(service, operation) {
    const key = `${service}:${operation}`;
    return IAM_ACTIONS[key] ?? key;
}
// "User: arn:… is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" because
// no identity-based policy allows the s3:ListBucket action", and the "… with an explicit deny in
// a service control policy" form: the text IAM, S3, CloudWatch Logs, STS and EC2 share.
const REFUSED = /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)(?: on resource:? "?([^"\s]+))?/;
const EXPLICIT_DENY = /with an explicit deny in (?:an? )?([a-z -]*?(?:policy|permissions boundary))\b/i;
const NOT_ALLOWED = /because no ([a-z -]*?(?:policy|permissions boundary)) allows\b/i;
const article = (what) => `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what.toLowerCase()}`;
/** Reads the refused action, resource and reason out of AWS's message for an access denial. */
function refusalOf(error) {
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).replace(/\s+/g, ' ');
    const refusal = {};
    const refused = REFUSED.exec(text);
    if (refused?.[1] !== undefined)
        refusal.action = refused[1];
    // The sentence's own full stop is not part of the ARN (bucket names have dots, so only the last
    // character goes); an ARN is short, and anything longer would not fit the one line.
    const arn = refused?.[2]?.replace(/[.,;]$/, '');
    if (arn !== undefined && arn.length <= 256)
        refusal.resource = arn;
    const explicit = EXPLICIT_DENY.exec(text);
    const missing = NOT_ALLOWED.exec(text);
    if (explicit?.[1] !== undefined)
        refusal.reason = `explicit deny in ${article(explicit[1])}`;
    else if (missing?.[1] !== undefined && !/^identity-based policy$/i.test(missing[1]))
        refusal.reason = `no ${missing[1].toLowerCase()} allows it`;
    return refusal;
}
/** The IAM action AWS refused: the one its message names, else the one the call needs. */
function refusedAction(error, call) {
    return refusalOf(error).action ?? iamAction(call.service, call.operation);
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
/** One user-facing line for an error thrown by an AWS call. */
function describeAwsError(error, call) {
    const code = awsErrorCode(error);
    const message = firstLine((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    const service = SERVICE_NAMES[call.service];
    const api = `${service} ${call.operation}`;
    const on = call.resource !== undefined ? ` on ${call.resource}` : '';
    const region = call.region ?? process.env['AWS_REGION'];
    const regionText = region !== undefined ? `region '${region}'` : 'the default region';
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return `no AWS credentials found for ${api}: configure them (aws-actions/configure-aws-credentials, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)`;
    }
    if (/Region is missing/.test(message))
        return `no AWS region for ${api}: pass --region or set AWS_REGION`;
    if (isAccessDenied(error))
        return accessDeniedLine(error, call, `${api}${on}`);
    if (BAD_CREDENTIALS.has(code))
        return `AWS rejected the credentials for ${api} (${code}): ${message}`;
    if (isThrottling(error)) {
        const attempts = call.attempts ?? error.$metadata?.attempts;
        const after = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : ' after retries';
        return `throttled by ${api}${after}: try again later, lower the read concurrency, or raise the account's API rate limit`;
    }
    if (code === 'NoSuchBucket')
        return `the S3 bucket of ${call.resource ?? 'the source'} does not exist: check --source`;
    if (code === 'NoSuchKey')
        return `no such S3 object${on}`;
    if (code === 'ResourceNotFoundException' && call.service === 'logs') {
        return `no such CloudWatch Logs group${call.resource !== undefined ? ` '${call.resource}'` : ''} in ${regionText}: check --source and --region`;
    }
    if (WRONG_REGION.has(code) || (call.service === 's3' && status(error) === 301)) {
        return `${call.resource ?? 'the bucket'} is not in ${regionText}: pass the bucket's region with --region`;
    }
    if (UNRESOLVED.has(code)) {
        const where = call.endpoint ?? `${service} in ${regionText}`;
        return `cannot resolve the address of ${where} (${code}): check --region and --endpoint-url`;
    }
    if (UNREACHABLE.has(code)) {
        const where = call.endpoint ?? `${service} in ${regionText}`;
        return `cannot reach ${where} (${code}) calling ${call.operation}: check --endpoint-url, --region and the network`;
    }
    if (/\.NotFound$|\.Malformed$/.test(code))
        return `${api}: ${message} (check --vpc-id and --security-group-ids)`;
    return `${api}${on} failed: ${code ? `${code}: ` : ''}${message}`;
}
/**
 * The line of an access denial: the call, the IAM action AWS refused and the ARN it names, and
 * what to change: the grant, or, when AWS says an explicit deny refused it, that no grant will do.
 */
function accessDeniedLine(error, call, what) {
    const refusal = refusalOf(error);
    const action = refusal.action ?? iamAction(call.service, call.operation);
    const arn = refusal.resource !== undefined ? ` on ${refusal.resource}` : '';
    const needs = `access denied: ${what} needs the IAM permission ${action}${arn}`;
    if (refusal.reason?.startsWith('explicit deny') === true) {
        const region = call.region ?? process.env['AWS_REGION'];
        const where = region !== undefined ? ` in region '${region}'` : '';
        return `${needs}; an ${refusal.reason} refuses it${where}, which no grant to the role overrides (see docs/iam-policy.md)`;
    }
    const because = refusal.reason !== undefined ? `; AWS says ${refusal.reason}` : '';
    return `${needs}; grant it to the role that runs the audit (see docs/iam-policy.md)${because}`;
}
/**
 * Rethrows an AWS failure as a {@link ConfigurationError} with the line from
 * {@link describeAwsError}; anything else (a bug) is rethrown as it is, keeping its stack.
 */
function rethrowAwsError(error, call) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 || !isAwsError(error))
        throw error;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(describeAwsError(error, call), { cause: error });
}


/***/ }),

/***/ 8897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VN: () => (/* binding */ chunks),
/* harmony export */   VV: () => (/* binding */ collectPages),
/* harmony export */   vP: () => (/* binding */ forEachLimited),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Small helpers shared by the AWS readers: batching, bounded concurrency, waiting. */
/** Splits a list into batches of at most `size` (EC2 filters take at most 200 values). */
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/**
 * Runs `work` on every item with at most `limit` running at once, in order of the items. The first
 * failure stops new work from starting and is rethrown once the running ones have settled.
 */
async function forEachLimited(items, limit, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure.error;
}
/** Waits for `ms` milliseconds; the default sleep of readers that take an injectable one. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Drains an async iterable (a paginator) into one list. */
async function collectPages(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}


/***/ })

};
