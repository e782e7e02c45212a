export const id = 730;
export const ids = [730,603];
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


/***/ }),

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeFleet: () => (/* binding */ analyzeFleet),
  targetEventLine: () => (/* binding */ targetEventLine)
});

// UNUSED EXPORTS: targetClients

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var aws_clients = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4385);
;// CONCATENATED MODULE: ./src/fleet/credentials.ts
/**
 * The credentials of the audit role in each account: STS AssumeRole with the caller's own
 * credentials, as a provider that the SDK clients of every region of that account share.
 *
 * Why AssumeRoleCommand here rather than `fromTemporaryCredentials` of
 * `@aws-sdk/credential-providers`: the STS client is the one src/aws/clients.ts configures for
 * every other call (endpoint, proxy agents, adaptive retries, user agent), a refusal becomes the
 * same one-line message as any other AWS failure (src/aws/errors.ts), one role session serves
 * all the clients of an account instead of one per client, and no further package is needed.
 */



/** The role session's name: what CloudTrail shows in each audited account. */
const SESSION_NAME = 'sg-flow-audit';
/** How long a role session lasts: one hour, the longest a role chained from another may have. */
const SESSION_SECONDS = 3600;
/**
 * Credentials are assumed again this long before they expire, so that no request is signed with
 * credentials that run out on its way (the SDK's own providers keep the same margin).
 */
const REFRESH_BEFORE_MS = 5 * 60_000;
/** The ARN of the audit role in an account: `arn:aws:iam::111111111111:role/NAME`. */
function roleArnOf(partition, account, roleName) {
    return `arn:${partition}:iam::${account}:role/${roleName}`;
}
/**
 * A provider of the role's credentials: assumed on the first call, then again once they are
 * within {@link REFRESH_BEFORE_MS} of their expiry, so that a run longer than the session still
 * signs every request. Calls while an AssumeRole is on its way wait for it; a failed one is not
 * kept, so the next call tries again.
 *
 * @throws ConfigurationError (from the provider) naming the role and what AWS refused
 */
function assumedRoleCredentials(sts, roleArn, options = {}) {
    const now = options.now ?? Date.now;
    let current;
    let refreshAt = 0;
    return () => {
        if (current === undefined || now() >= refreshAt) {
            const assuming = assumeRole(sts, roleArn, options.target ?? {});
            current = assuming;
            // Shared while it is on its way; its expiry decides when the next one is due.
            refreshAt = Number.POSITIVE_INFINITY;
            assuming.then((credentials) => {
                const expires = credentials.expiration?.getTime();
                if (current === assuming)
                    refreshAt = expires === undefined ? Number.POSITIVE_INFINITY : expires - REFRESH_BEFORE_MS;
            }, () => {
                if (current === assuming)
                    current = undefined;
            });
        }
        return current;
    };
}
async function assumeRole(sts, roleArn, target) {
    const call = { service: 'sts', operation: 'AssumeRole', resource: roleArn, ...target };
    try {
        const out = await sts.send(new dist_cjs/* AssumeRoleCommand */.QL({
            RoleArn: roleArn,
            RoleSessionName: SESSION_NAME,
            DurationSeconds: SESSION_SECONDS,
        }));
        const c = out.Credentials;
        if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined)
            throw new src_errors/* ConfigurationError */.j1(`STS AssumeRole of ${roleArn} returned no credentials`);
        return {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            ...(c.SessionToken !== undefined ? { sessionToken: c.SessionToken } : {}),
            ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
        };
    }
    catch (e) {
        // A refused AssumeRole is fixed on either side: the caller's permission, or the trust policy.
        if ((0,errors/* isAccessDenied */.w7)(e))
            throw new src_errors/* ConfigurationError */.j1(`${(0,errors/* describeAwsError */.Pp)(e, call)}; and ${roleArn} must trust the caller in its trust policy`, { cause: e });
        (0,errors/* rethrowAwsError */.di)(e, call);
    }
}

// EXTERNAL MODULE: ./src/analysis/findings.ts + 1 modules
var findings = __webpack_require__(7842);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(4353);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/analysis/report.ts
var report = __webpack_require__(2442);
;// CONCATENATED MODULE: ./src/fleet/merge-traffic.ts
/**
 * The traffic sections of many targets' reports as one: time buckets added up by their start,
 * and every top list re-summed by its key (address, or protocol and port), ranked as a single
 * report ranks it (count first, then the key: IPv4 before IPv6, lower first) and cut to the same
 * length. A list is merged from each target's list as it was cut, so an entry just below one
 * target's cut is missing from its sum: the top of a merged list is exact when each target's list
 * is whole (`traffic.lists` says which are), and a close approximation otherwise.
 */

const PROTOCOL_NUMBERS = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 };
/** The key a single report ranks an address by: an IPv4 address as its number, else its text. */
function addressKey(address) {
    const parts = address.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p)))
        return address;
    return parts.reduce((n, p) => n * 256 + Number(p), 0);
}
/** The key a single report ranks a port by: `protocol number * 65536 + port`. */
function portKey(entry) {
    const protocol = PROTOCOL_NUMBERS[entry.protocol] ?? Number(entry.protocol);
    return (Number.isFinite(protocol) ? protocol : 255) * 65536 + entry.port;
}
/** Higher count first, then the lower key, numbers before text (src/analysis/top.ts's order). */
function ranked(entries, count, key) {
    const keyed = [...entries].map((e) => ({ e, n: count(e), k: key(e) }));
    keyed.sort((a, b) => {
        if (a.n !== b.n)
            return b.n - a.n;
        if (typeof a.k !== typeof b.k)
            return typeof a.k === 'number' ? -1 : 1;
        return a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
    });
    return keyed.map((x) => x.e);
}
/** Entries of several lists added up by their key; `add` folds a later one into the first. */
function summed(lists, id, add) {
    const byKey = new Map();
    for (const list of lists)
        for (const e of list) {
            const k = id(e);
            const seen = byKey.get(k);
            byKey.set(k, seen === undefined ? { ...e } : add(seen, e));
        }
    return [...byKey.values()];
}
const portId = (e) => `${e.protocol}/${e.port}`;
function mergePeers(lists, limit) {
    const all = summed(lists, (e) => e.address, (a, e) => ({ ...a, flows: a.flows + e.flows }));
    return ranked(all, (e) => e.flows, (e) => addressKey(e.address)).slice(0, limit);
}
function mergePorts(lists, limit) {
    const all = summed(lists, portId, (a, e) => ({ ...a, flows: a.flows + e.flows }));
    return ranked(all, (e) => e.flows, portKey).slice(0, limit);
}
/** The merged traffic section. */
function mergeTraffic(traffics, bucketSeconds) {
    const buckets = new Map();
    for (const t of traffics)
        for (const b of t.buckets) {
            const seen = buckets.get(b.start) ?? { accepted: 0, rejected: 0 };
            buckets.set(b.start, { accepted: seen.accepted + b.accepted, rejected: seen.rejected + b.rejected });
        }
    const withLists = traffics.filter((t) => t.listLimit !== undefined);
    return {
        bucketSeconds,
        buckets: [...buckets]
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .map(([start, counts]) => ({ start, ...counts })),
        topRejectedSources: mergePeers(traffics.map((t) => t.topRejectedSources), report/* TOP_LIST */.NS),
        topRejectedPorts: mergePorts(traffics.map((t) => t.topRejectedPorts), report/* TOP_LIST */.NS),
        topPorts: mergePorts(traffics.map((t) => t.topPorts), report/* TOP_LIST */.NS),
        ...(withLists.length > 0 ? mergeLists(withLists) : {}),
    };
}
/** The per-source, port, protocol and interface lists (what `export-traffic` writes). */
function mergeLists(lists) {
    const limit = Math.max(...lists.map((l) => l.listLimit));
    // A source's distinct ports cannot be added up across targets (the same ports may be tried in
    // each): the most any target saw is what is known for certain.
    const sources = summed(lists.map((l) => l.sources), (e) => e.address, (a, e) => ({
        ...a,
        accepted: a.accepted + e.accepted,
        rejected: a.rejected + e.rejected,
        ports: Math.max(a.ports, e.ports),
    }));
    const ports = summed(lists.map((l) => l.ports), portId, (a, e) => ({ ...a, accepted: a.accepted + e.accepted, rejected: a.rejected + e.rejected }));
    const protocols = summed(lists.map((l) => l.protocols), (e) => e.protocol, (a, e) => ({
        ...a,
        accepted: a.accepted + e.accepted,
        rejected: a.rejected + e.rejected,
    }));
    // Interface ids are unique to their account: each target's interfaces are its own rows.
    const interfaces = lists.flatMap((l) => l.interfaces);
    const rejectedSources = summed(lists.map((l) => l.rejectedSources), (e) => e.address, (a, e) => ({ ...a, flows: a.flows + e.flows }));
    const rejectedPorts = summed(lists.map((l) => l.rejectedPorts), portId, (a, e) => ({ ...a, flows: a.flows + e.flows }));
    const distinct = {
        sources: sources.length,
        ports: ports.length,
        interfaces: interfaces.length,
        rejectedSources: rejectedSources.length,
        rejectedPorts: rejectedPorts.length,
    };
    const extent = (name) => {
        const whole = lists.every((l) => l.lists[name].complete);
        // Cut lists hide how many of their rows the other targets share: their sum is an upper bound.
        const rows = whole ? distinct[name] : lists.reduce((n, l) => n + l.lists[name].rows, 0);
        return { rows, complete: whole && rows <= limit };
    };
    return {
        listLimit: limit,
        sources: ranked(sources, (e) => e.accepted + e.rejected, (e) => addressKey(e.address)).slice(0, limit),
        ports: ranked(ports, (e) => e.accepted + e.rejected, portKey).slice(0, limit),
        protocols: ranked(protocols, (e) => e.accepted + e.rejected, (e) => PROTOCOL_NUMBERS[e.protocol] ?? Number(e.protocol)),
        interfaces: ranked(interfaces, (e) => e.records, (e) => e.interfaceId).slice(0, limit),
        rejectedSources: mergePeers([rejectedSources], limit),
        rejectedPorts: mergePorts([rejectedPorts], limit),
        lists: {
            sources: extent('sources'),
            ports: extent('ports'),
            interfaces: extent('interfaces'),
            rejectedSources: extent('rejectedSources'),
            rejectedPorts: extent('rejectedPorts'),
        },
    };
}

;// CONCATENATED MODULE: ./src/fleet/merge.ts
/**
 * One report from the reports of many account-region targets: every rule and finding tagged with
 * its account and region, the counts added up, `input.targets` listing every target, the traffic
 * merged (merge-traffic.ts), and each target that could not be read as a `target-unreadable`
 * finding.
 */






const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** The default severity of `target-unreadable`: an account or region left out of an audit is a gap to close. */
const UNREADABLE_SEVERITY = 'high';
// "… needs the IAM permission ec2:DescribeSecurityGroups …", as src/aws/errors.ts words a refusal
// (the action AWS's own message names, else the one the call needs).
const NEEDED_ACTION = /needs the IAM permission ([a-z0-9-]+:[A-Za-z0-9]+)/;
/**
 * The `target-unreadable` finding of a target that could not be read. Its id depends on the
 * account and region only, so the same gap keeps its id from run to run.
 */
function unreadableFinding(target, message, config, now) {
    const { account, region } = target;
    const action = NEEDED_ACTION.exec(message)?.[1];
    // A suppression of the type alone covers it (it has no rule, group or peer to name); expired
    // ones are reported by each target's own report already.
    const today = now.toISOString().slice(0, 10);
    const suppression = config.suppressions.find((s) => s.type === 'target-unreadable' &&
        s['rule-id'] === undefined &&
        s['group-id'] === undefined &&
        s.peer === undefined &&
        s.expires >= today);
    return {
        id: (0,findings/* fingerprint */.Rj)('target-unreadable', account, region),
        type: 'target-unreadable',
        severity: (0,src_config/* severityOf */.xJ)(config, 'target-unreadable', UNREADABLE_SEVERITY),
        title: `Account ${account} in ${region} was not audited`,
        message: `Account ${account}, region ${region}: ${message}`,
        evidence: {
            account,
            region,
            ...(action !== undefined ? { action } : {}),
            ...(target.roleArn !== undefined ? { roleArn: target.roleArn } : {}),
        },
        ...(suppression !== undefined
            ? { suppressed: { reason: suppression.reason, expires: suppression.expires } }
            : {}),
        account,
        region,
    };
}
/**
 * Tags a target's findings with its account and region. Their ids are fingerprinted again with
 * the account and region: the same problem (a scanner's address, a coverage note) found in two
 * targets stays two findings, each with an id that is stable from run to run.
 */
function tagFindings(report, target) {
    const { account, region } = target;
    return report.findings
        .filter((f) => f.type !== 'expired-suppression')
        .map((f) => ({ ...f, id: (0,findings/* fingerprint */.Rj)(account, region, f.id), account, region }));
}
/**
 * An expired suppression is about the config file, which every target shares: one finding each,
 * not one per target, without an account or region, naming the findings it covered in every
 * target by their ids in the combined report.
 */
function expiredSuppressions(read) {
    const byId = new Map();
    for (const { target, report } of read)
        for (const f of report.findings) {
            if (f.type !== 'expired-suppression')
                continue;
            const covered = Array.isArray(f.evidence['findings']) ? f.evidence['findings'] : [];
            const ids = covered.map((id) => (0,findings/* fingerprint */.Rj)(target.account, target.region, id));
            const seen = byId.get(f.id) ?? f;
            const before = seen === f ? [] : (seen.evidence['findings'] ?? []);
            byId.set(f.id, { ...seen, evidence: { ...seen.evidence, findings: [...before, ...ids] } });
        }
    return [...byId.values()];
}
const sum = (reports, count) => reports.reduce((n, r) => n + count(r), 0);
/** The combined report, targets in the order given. */
function mergeReports(results, config, now) {
    const read = results.flatMap((r) => (r.status === 'read' ? [{ target: r.target, report: r.report }] : []));
    const reports = read.map((r) => r.report);
    const rules = read.flatMap(({ target, report }) => report.rules.map((rule) => ({ ...rule, account: target.account, region: target.region })));
    const findings = [
        ...read.flatMap(({ target, report }) => tagFindings(report, target)),
        ...expiredSuppressions(read),
        ...results.flatMap((r) => r.status === 'failed' ? [unreadableFinding(r.target, r.message, config, now)] : []),
    ].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.type.localeCompare(b.type) ||
        (a.account ?? '').localeCompare(b.account ?? '') ||
        (a.region ?? '').localeCompare(b.region ?? '') ||
        (a.groupId ?? '').localeCompare(b.groupId ?? '') ||
        (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
        a.id.localeCompare(b.id));
    const counts = Object.fromEntries(types/* SEVERITIES */.o.map((s) => [s, 0]));
    for (const f of findings)
        if (!f.suppressed)
            counts[f.severity]++;
    const starts = reports.map((r) => r.window.start).filter((t) => t !== null);
    const ends = reports.map((r) => r.window.end).filter((t) => t !== null);
    return {
        schemaVersion: 1,
        tool: { name: 'sg-flow-audit', version: reports[0]?.tool.version ?? version/* VERSION */.x },
        // ISO times of one format: their text order is their time order.
        window: { start: starts.sort()[0] ?? null, end: ends.sort().at(-1) ?? null },
        input: mergeInput(results),
        summary: {
            interfaces: sum(reports, (r) => r.summary.interfaces),
            interfacesWithRecords: sum(reports, (r) => r.summary.interfacesWithRecords),
            groups: sum(reports, (r) => r.summary.groups),
            rules: {
                total: sum(reports, (r) => r.summary.rules.total),
                used: sum(reports, (r) => r.summary.rules.used),
                unused: sum(reports, (r) => r.summary.rules.unused),
                unknown: sum(reports, (r) => r.summary.rules.unknown),
            },
            findings: counts,
        },
        rules,
        findings,
        traffic: mergeTraffic(reports.map((r) => r.traffic), config.thresholds['bucket-seconds']),
    };
}
/** The input sections added up, and the list of targets. */
function mergeInput(results) {
    const reports = results.flatMap((r) => (r.status === 'read' ? [r.report] : []));
    const inputs = reports.map((r) => r.input);
    const total = (count) => inputs.reduce((n, i) => n + count(i), 0);
    const formats = new Map();
    for (const i of inputs)
        for (const f of i.formats)
            formats.set(f.join(' '), f);
    const outside = inputs.filter((i) => i.outsideWindow !== undefined);
    const sources = inputs.flatMap((i) => i.sources ?? []);
    const engine = mergeEngine(inputs.flatMap((i) => (i.engine !== undefined ? [i.engine] : [])));
    const targets = results.map((r) => r.status === 'read'
        ? {
            account: r.target.account,
            region: r.target.region,
            status: 'read',
            records: r.report.input.records,
        }
        : {
            account: r.target.account,
            region: r.target.region,
            status: 'failed',
            records: 0,
            message: r.message,
        });
    return {
        files: total((i) => i.files),
        records: total((i) => i.records),
        accepted: total((i) => i.accepted),
        rejected: total((i) => i.rejected),
        noData: total((i) => i.noData),
        skipData: total((i) => i.skipData),
        malformed: total((i) => i.malformed),
        unreadableFiles: total((i) => i.unreadableFiles),
        errors: inputs
            .flatMap((i) => i.errors)
            .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
            .slice(0, stats/* MAX_REPORTED_ERRORS */.J6),
        errorCount: total((i) => i.errorCount),
        fields: inputs.find((i) => i.fields.length > 0)?.fields ?? [],
        formats: [...formats.values()].sort((a, b) => a.join(' ').localeCompare(b.join(' '))),
        unknownInterfaces: [...new Set(inputs.flatMap((i) => i.unknownInterfaces))].sort(),
        ...(outside.length > 0 ? { outsideWindow: outside.reduce((n, i) => n + (i.outsideWindow ?? 0), 0) } : {}),
        ...(inputs.some((i) => i.sources !== undefined) ? { sources } : {}),
        ...(engine !== undefined ? { engine } : {}),
        targets,
    };
}
/** The queries of every target's engine as one: counts added up, ids in target order. */
function mergeEngine(engines) {
    const first = engines[0];
    if (first === undefined)
        return undefined;
    const scanned = engines.filter((e) => e.bytesScanned !== undefined);
    return {
        name: first.name,
        queries: engines.reduce((n, e) => n + e.queries, 0),
        rows: engines.reduce((n, e) => n + e.rows, 0),
        ...(scanned.length > 0 ? { bytesScanned: scanned.reduce((n, e) => n + (e.bytesScanned ?? 0), 0) } : {}),
        queryIds: engines.flatMap((e) => e.queryIds),
    };
}

// EXTERNAL MODULE: ./src/aws/util.ts
var util = __webpack_require__(8897);
;// CONCATENATED MODULE: ./src/fleet/targets.ts
/**
 * Which accounts and regions a run over many reads: the caller's identity (GetCallerIdentity,
 * which needs no permission), the accounts given or the organization's ACTIVE ones
 * (Organizations ListAccounts), times the regions given or the default one.
 */






/** The caller's account and partition. */
async function callerIdentity(sts, target = {}) {
    try {
        const out = await sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        const arn = out.Arn ?? '';
        if (out.Account === undefined)
            throw new src_errors/* ConfigurationError */.j1('STS GetCallerIdentity returned no account');
        return { account: out.Account, arn, partition: /^arn:([\w-]+):/.exec(arn)?.[1] ?? 'aws' };
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, { service: 'sts', operation: 'GetCallerIdentity', ...target });
    }
}
/**
 * The ids of the organization's ACTIVE accounts, in the order ListAccounts gives them (every
 * page). Suspended, closed and pending accounts cannot be read, so they are left out.
 */
async function listActiveAccounts(organizations, options = {}) {
    try {
        const accounts = await (0,util/* collectPages */.VV)((0,client_organizations_dist_cjs/* paginateListAccounts */.A53)({ client: organizations, ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) }, {}), (page) => page.Accounts);
        // `State` replaces `Status` (retired in September 2026); either says ACTIVE.
        return accounts
            .filter((a) => (a.State ?? a.Status) === 'ACTIVE' && a.Id !== undefined)
            .map((a) => a.Id);
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, { service: 'organizations', operation: 'ListAccounts', ...options.target });
    }
}
/**
 * Every account × region target, accounts in the order given (or listed), regions in the order
 * given. The caller's own account is read with its own credentials rather than through the role:
 * the management account of an organization often has no copy of the role (service-managed
 * StackSets do not deploy there), and the caller can read its own account anyway.
 *
 * @param regions the regions to read (already defaulted)
 * @param listAccounts lists the organization's accounts, for `--organization`
 */
async function resolveTargets(flags, caller, regions, listAccounts) {
    let accounts = flags.accounts;
    if (flags.organization) {
        accounts = [...new Set(await listAccounts())];
        if (accounts.length === 0)
            throw new src_errors/* ConfigurationError */.j1('--organization: Organizations ListAccounts gave no ACTIVE account');
    }
    else if (accounts.length === 0) {
        accounts = [caller.account];
    }
    return accounts.flatMap((account) => regions.map((region) => ({
        account,
        region,
        ...(account !== caller.account && flags.roleName !== undefined
            ? { roleArn: roleArnOf(caller.partition, account, flags.roleName) }
            : {}),
    })));
}

;// CONCATENATED MODULE: ./src/fleet/run.ts
/**
 * A run over many accounts and regions: each account-region target goes through the same
 * `analyze()` as a run of one, with clients made for that account (its role's credentials) and
 * that region, at most `--max-parallel` at once, and the reports become one (merge.ts).
 *
 * A target that cannot be read (the role cannot be assumed, a Describe call is refused, the
 * region is not enabled, AWS throttles past the retries) is reported as a `target-unreadable`
 * finding and the others go on; the run fails (exit 2) only when not one target could be read.
 *
 * The front doors import this module only when a fleet flag is given, so that offline runs and
 * runs of one account never load STS and Organizations.
 */











/** The line a front door prints as a target ends: `account 111111111111 in eu-west-1: 1,234 records`. */
function targetEventLine(event) {
    const where = `sg-flow-audit: account ${event.target.account} in ${event.target.region}`;
    return event.status === 'read'
        ? `${where}: ${(0,format/* formatCount */.B4)(event.records)} records`
        : `${where}: not read: ${(0,report_escape/* showControls */.mz)(event.message ?? '')}`;
}
/** The clients of one target: its region, and the role's credentials unless it is the caller's account. */
function targetClients(live, target, credentials, maxAttempts) {
    const options = { region: target.region, endpoint: live.endpointUrl, credentials, maxAttempts };
    const clients = (0,aws_clients/* createAwsClients */.Gv)(options);
    // live.ts would make Athena's client with the default credentials: made here with the role's.
    return live.engine === 'athena' ? { ...clients, athena: (0,aws_clients/* createAthenaClient */.Dx)(options) } : clients;
}
/**
 * Reads every target and returns the combined report.
 *
 * @throws ConfigurationError when the targets cannot be listed (no credentials, ListAccounts
 *   refused, no region) or when not one target could be read
 */
async function analyzeFleet(options) {
    const { flags, live } = options;
    const now = options.now ?? new Date();
    const endpoint = live.endpointUrl;
    const { sts, home } = await stsClient(options);
    const stsTarget = { region: home, endpoint };
    const caller = await callerIdentity(sts, stsTarget);
    const regions = flags.regions.length > 0 ? flags.regions : [home];
    const targets = await resolveTargets(flags, caller, regions, async () => {
        const organizations = options.organizations ??
            new client_organizations_dist_cjs/* OrganizationsClient */.gnq((0,aws_clients/* commonConfig */.E8)({ region: home, endpoint, maxAttempts: options.maxAttempts }));
        return listActiveAccounts(organizations, { target: stsTarget });
    });
    // One role session per account, shared by the clients of all its regions. It is assumed once
    // before any target of the account starts, so that a role that cannot be assumed is one check,
    // not one per region; later calls re-assume it before it expires.
    const credentials = new Map();
    for (const t of targets)
        if (t.roleArn !== undefined && !credentials.has(t.account))
            credentials.set(t.account, assumedRoleCredentials(sts, t.roleArn, { target: stsTarget }));
    const refused = new Map();
    await runLimited([...credentials], flags.maxParallel, async ([account, provider]) => {
        try {
            await provider();
        }
        catch (e) {
            // AWS's refusals are ConfigurationErrors by now (credentials.ts); anything else is a bug.
            if (!(e instanceof src_errors/* ConfigurationError */.j1))
                throw e;
            refused.set(account, failureLine(e));
        }
    });
    const clientsFor = options.clientsFor ??
        ((target, c) => targetClients(live, target, c, options.maxAttempts));
    const results = new Array(targets.length);
    await runLimited(targets.map((target, index) => ({ target, index })), flags.maxParallel, async ({ target, index }) => {
        options.onTarget?.({ phase: 'start', target });
        const result = await readTarget(target, refused.get(target.account), () => (0,pipeline/* analyze */.n)({
            flowLogs: [],
            live: {
                ...live,
                region: target.region,
                clients: clientsFor(target, credentials.get(target.account)),
            },
            config: options.config,
            now,
        }));
        results[index] = result;
        options.onTarget?.(result.status === 'read'
            ? { phase: 'end', target, status: 'read', records: result.report.input.records }
            : { phase: 'end', target, status: 'failed', records: 0, message: result.message });
    });
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length === results.length) {
        const first = failed[0];
        throw new src_errors/* ConfigurationError */.j1(`not one of ${results.length} account-region target(s) could be read; first, account ${first?.target.account} in ${first?.target.region}: ${first?.status === 'failed' ? first.message : ''}`);
    }
    return mergeReports(results, options.config, now);
}
/**
 * The STS client of the caller's credentials, in the home region: `--region`, else the SDK
 * chain's (AWS_REGION, the profile's), else the first of `--regions`. STS and Organizations are
 * called there, and it is the region read when `--regions` is not given.
 */
async function stsClient(options) {
    const config = (region) => (0,aws_clients/* commonConfig */.E8)({ region, endpoint: options.live.endpointUrl, maxAttempts: options.maxAttempts });
    const given = options.sts ?? new dist_cjs/* STSClient */.iM(config(options.live.region));
    const home = await given.config.region().catch(() => undefined);
    if (home !== undefined)
        return { sts: given, home };
    const first = options.flags.regions[0];
    if (first === undefined)
        throw new src_errors/* ConfigurationError */.j1('--regions: no AWS region to read: pass --regions or set AWS_REGION');
    return { sts: options.sts ?? new dist_cjs/* STSClient */.iM(config(first)), home: first };
}
/** Reads one target; what AWS refuses becomes a failed result, a bug is thrown. */
async function readTarget(target, refusal, read) {
    if (refusal !== undefined)
        return { target, status: 'failed', message: refusal };
    try {
        return { target, status: 'read', report: await read() };
    }
    catch (e) {
        if (!(e instanceof src_errors/* ConfigurationError */.j1) && !(0,errors/* isAwsError */.m_)(e))
            throw e;
        const line = failureLine(e);
        // Credentials that work in one region and are refused in another: an opt-in region that the
        // account has not enabled answers so (AuthFailure, UnrecognizedClientException).
        const optIn = /rejected the credentials/.test(line)
            ? `; if ${target.region} is an opt-in region, enable it in account ${target.account} or leave it out of --regions`
            : '';
        return { target, status: 'failed', message: `${line}${optIn}` };
    }
}
/** The one line of an AWS failure: the readers' ConfigurationError already says what to change. */
function failureLine(error) {
    return (0,src_errors/* errorMessage */.gJ)(error).split('\n')[0] ?? '';
}
/**
 * Runs `work` on every item, at most `limit` at once. Every item runs even when one throws; the
 * first error is thrown once all have settled (only bugs are thrown here: AWS failures are results).
 */
async function runLimited(items, limit, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            try {
                await work(item);
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


/***/ })

};
