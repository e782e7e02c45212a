export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   createEc2Client: () => (/* binding */ createEc2Client),
/* harmony export */   zU: () => (/* binding */ clientTarget)
/* harmony export */ });
/* unused harmony exports USER_AGENT, createS3Client, createLogsClient */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2684);
/**
 * One place that builds the AWS SDK clients, so that every live read gets the same region,
 * endpoint, retry policy and user agent. Credentials are never handled here: the SDK's default
 * chain finds them (environment, shared config, web identity from
 * aws-actions/configure-aws-credentials, instance or container roles).
 */



/** The user agent AWS sees in CloudTrail, so that audit reads are recognisable there. */
const USER_AGENT = 'sg-flow-audit';
const DEFAULT_MAX_ATTEMPTS = 6;
// The client config exposes region and endpoint only as async providers; error messages are built
// synchronously, so the factory remembers what it was given.
const targets = new WeakMap();
function commonConfig(options) {
    return {
        ...(options.region !== undefined ? { region: options.region } : {}),
        ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
        // Adaptive mode adds client-side rate limiting on top of backoff with jitter: an audit of a
        // big account makes many Describe/List calls and should slow down, not fail, when throttled.
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: USER_AGENT,
        // Without a connection timeout an unreachable endpoint (wrong --endpoint-url, blocked egress)
        // hangs instead of failing with a clear message.
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
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
    return remember(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5(commonConfig(options)), options);
}
/** An S3 client; path-style addressing when an endpoint is given (emulators have no bucket DNS). */
function createS3Client(options) {
    return remember(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .S3Client */ .YxF({
        ...commonConfig(options),
        forcePathStyle: options.endpoint !== undefined,
        // A flow-log bucket often lives in a central logging region; follow AWS's redirect instead
        // of failing with PermanentRedirect.
        followRegionRedirects: options.endpoint === undefined,
    }), options);
}
/** A CloudWatch Logs client for FilterLogEvents. */
function createLogsClient(options) {
    return remember(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .CloudWatchLogsClient */ .TFr(commonConfig(options)), options);
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
