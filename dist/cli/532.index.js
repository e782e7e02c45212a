export const id = 532;
export const ids = [532];
export const modules = {

/***/ 7532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ clientTarget),
  E8: () => (/* binding */ commonConfig),
  Dx: () => (/* binding */ createAthenaClient),
  Gv: () => (/* binding */ createAwsClients),
  createEc2Client: () => (/* binding */ createEc2Client)
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/proxy.ts
/**
 * Which proxy a request goes through, from the environment as curl and the runner read it:
 * `HTTPS_PROXY` for https URLs, `HTTP_PROXY` for http ones (lower-case names first), and
 * `NO_PROXY` for the hosts reached directly. Used by the AWS clients and the GitHub client alike.
 */

function variable(env, name) {
    const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** Whether any proxy is configured at all; without one, the clients keep their defaults. */
function proxyConfigured(env = process.env) {
    return variable(env, 'https_proxy') !== undefined || variable(env, 'http_proxy') !== undefined;
}
/** The host of a URL as NO_PROXY names it: lower case, IPv6 without brackets. */
const bareHost = (hostname) => hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
/**
 * Whether NO_PROXY sends `target` directly. Entries are separated by commas or spaces: `*`
 * (everything), a host or domain (`example.com` also covers `api.example.com`; a leading `.` or
 * `*.` means the same), optionally with a port (`localhost:4566` covers that port only).
 */
function bypassesProxy(target, env = process.env) {
    const host = bareHost(target.hostname);
    const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
    for (const raw of (variable(env, 'no_proxy') ?? '').split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (withPort !== null && withPort[2] !== port)
            continue;
        const name = bareHost(withPort?.[1] ?? entry).replace(/^\*?\./, '');
        if (host === name || host.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/** A proxy variable's value as a URL; one without a scheme is reached over http, as curl does. */
function parseProxy(value) {
    try {
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        return undefined;
    }
}
/**
 * The proxy for `target`, or undefined to connect directly. One that is not a URL is a
 * configuration mistake.
 */
function proxyFor(target, env = process.env) {
    const name = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
    const value = variable(env, name);
    if (value === undefined || bypassesProxy(target, env))
        return undefined;
    const proxy = parseProxy(value);
    // Not quoted: a proxy URL may hold a password.
    if (proxy === undefined)
        throw new errors/* ConfigurationError */.j1(`${name} is not a URL: expected a proxy such as http://proxy.example.com:3128`);
    return proxy;
}
/** The passwords in the proxy variables, which the Action masks in its log. */
function proxyPasswords(env = process.env) {
    const values = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].map((name) => env[name] ?? '');
    const passwords = values.map((value) => parseProxy(value.trim())?.password ?? '').filter((p) => p !== '');
    // As written and as sent: either may end up in a message.
    return [...new Set(passwords.flatMap((p) => [p, decoded(p)]))];
}
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

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
        const proxy = proxyFor(target);
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
    if (!proxyConfigured())
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


/***/ })

};
