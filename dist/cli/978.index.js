export const id = 978;
export const ids = [978,201];
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Turns what the AWS SDK throws into one line a user can act on: which API was refused and which
 * IAM action to grant, which bucket or log group does not exist, that the region or endpoint is
 * wrong, or that AWS kept throttling. These are problems of the user's account or flags, so they
 * become {@link ConfigurationError}s (exit status 2, no stack trace).
 */

const SERVICE_NAMES = { ec2: 'EC2', s3: 'S3', logs: 'CloudWatch Logs' };
// IAM actions whose names differ from the API's; every other action is `service:Operation`.
const IAM_ACTIONS = {
    's3:ListObjectsV2': 's3:ListBucket',
    's3:ListObjects': 's3:ListBucket',
    's3:HeadObject': 's3:GetObject',
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
        /Region is missing/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)));
}
/** The IAM action an API call needs, e.g. `ec2:DescribeSecurityGroupRules`, `s3:ListBucket`. */
function iamAction(service, operation) {
    const key = `${service}:${operation}`;
    return IAM_ACTIONS[key] ?? key;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
/** One user-facing line for an error thrown by an AWS call. */
function describeAwsError(error, call) {
    const code = awsErrorCode(error);
    const message = firstLine((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error));
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
    if (isAccessDenied(error)) {
        const action = iamAction(call.service, call.operation);
        return `access denied: ${api}${on} needs the IAM permission ${action}; grant it to the role that runs the audit (see docs/iam-policy.md)`;
    }
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
 * Rethrows an AWS failure as a {@link ConfigurationError} with the line from
 * {@link describeAwsError}; anything else (a bug) is rethrown as it is, keeping its stack.
 */
function rethrowAwsError(error, call) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j || !isAwsError(error))
        throw error;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(describeAwsError(error, call), { cause: error });
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

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readLiveDescribe: () => (/* binding */ readLiveDescribe),
/* harmony export */   readLiveInventory: () => (/* binding */ readLiveInventory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5193);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(623);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _aws_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8897);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/**
 * Reads the inventory live from EC2: security groups, their rules (with `sgr-` ids), the network
 * interfaces they are attached to, and the managed prefix lists the rules name. The SDK returns
 * the same PascalCase shapes as the AWS CLI, so the responses go through the same validation and
 * conversion as a snapshot folder ({@link inventoryFromDescribe}), and can be written out as one
 * ({@link readLiveDescribe}, for `snapshot`).
 */






// EC2 accepts at most 200 values in one filter.
const FILTER_VALUES = 200;
/**
 * Reads groups, rules, interfaces and prefix lists with paginated Describe* calls.
 *
 * When DescribeSecurityGroupRules is denied the rules come from DescribeSecurityGroups with
 * derived ids, and when prefix-list entries cannot be read the list has no CIDRs; both leave a
 * warning. Interfaces of groups that the selected rules reference are read too, because a
 * group-referencing rule matches the private addresses of those interfaces.
 *
 * @throws ConfigurationError when AWS refuses a call that the audit cannot do without, or when
 * the selected VPC or groups do not exist in the region.
 */
async function readLiveInventory(ec2, options = {}) {
    const { described, networkAcls, responses } = await describeLive(ec2, options);
    return {
        ...(0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryFromDescribe */ .er)(described),
        ...(networkAcls ? { networkAcls } : {}),
        warnings: responses.warnings,
    };
}
/**
 * The same reads as {@link readLiveInventory}, with the same selection, checks and warnings, but
 * the responses come back as EC2 sent them instead of as the inventory model.
 */
async function readLiveDescribe(ec2, options = {}) {
    return (await describeLive(ec2, options)).responses;
}
/** The reads of both functions above: the raw responses, and the same validated. */
async function describeLive(ec2, options) {
    const warnings = [];
    const call = (operation, resource) => ({
        service: 'ec2',
        operation,
        resource,
        ...(0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientTarget */ .zU)(ec2),
    });
    const vpcFilter = options.vpcId !== undefined ? [{ Name: 'vpc-id', Values: [options.vpcId] }] : [];
    const selectedGroups = options.groupIds !== undefined ? [...new Set(options.groupIds)] : undefined;
    // Groups.
    const groupQueries = selectedGroups
        ? (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .chunks */ .VN)(selectedGroups, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawGroups = [];
    try {
        for (const Filters of groupQueries) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeSecurityGroups */ .nYn)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
            rawGroups.push(...(await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (p) => p.SecurityGroups)));
        }
    }
    catch (e) {
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeSecurityGroups', options.vpcId));
    }
    const securityGroups = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(rawGroups, 'SecurityGroups', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityGroupSchema */ .tw, 'EC2 DescribeSecurityGroups');
    const groupIds = securityGroups.map((g) => g.GroupId);
    checkSelection(options, selectedGroups, groupIds, (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientTarget */ .zU)(ec2).region);
    // Rules with their sgr- ids; without them the report's rule ids are derived, which still works.
    let securityGroupRules;
    let rawRules;
    try {
        const read = [];
        for (const ids of (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .chunks */ .VN)(groupIds, FILTER_VALUES)) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeSecurityGroupRules */ .Dl4)({ client: ec2 }, { Filters: [{ Name: 'group-id', Values: ids }] });
            read.push(...(await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (p) => p.SecurityGroupRules)));
        }
        securityGroupRules = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(read, 'SecurityGroupRules', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityGroupRuleSchema */ .p9, 'EC2 DescribeSecurityGroupRules');
        rawRules = read;
    }
    catch (e) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeSecurityGroupRules'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeSecurityGroupRules'))}; rule ids are derived instead of sgr- ids`);
    }
    // Interfaces: those of the selection, then those of groups its rules reference.
    const interfaceQueries = selectedGroups
        ? (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .chunks */ .VN)(groupIds, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawInterfaces = new Map();
    const readInterfaces = async (queries) => {
        try {
            for (const Filters of queries) {
                const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeNetworkInterfaces */ .pkX)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
                for (const n of await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (p) => p.NetworkInterfaces)) {
                    rawInterfaces.set(n.NetworkInterfaceId ?? '', n);
                }
            }
        }
        catch (e) {
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeNetworkInterfaces', options.vpcId));
        }
    };
    await readInterfaces(interfaceQueries);
    const rules = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryFromDescribe */ .er)({ securityGroups, securityGroupRules, networkInterfaces: [] }).rules;
    // With no selection every interface of the region was read already.
    if (options.vpcId !== undefined || selectedGroups !== undefined) {
        const loaded = new Set(groupIds);
        const referenced = [...new Set(rules.flatMap((r) => ('groupId' in r.peer ? [r.peer.groupId] : [])))];
        const outside = referenced.filter((id) => !loaded.has(id));
        await readInterfaces((0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .chunks */ .VN)(outside, FILTER_VALUES).map((ids) => [{ Name: 'group-id', Values: ids }]));
    }
    const networkInterfaces = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)([...rawInterfaces.values()], 'NetworkInterfaces', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkInterfaceSchema */ .$s, 'EC2 DescribeNetworkInterfaces');
    const prefixListIds = [
        ...new Set(rules.flatMap((r) => ('prefixListId' in r.peer ? [r.peer.prefixListId] : []))),
    ];
    const prefixLists = await readPrefixLists(ec2, prefixListIds, call, warnings);
    const networkAcls = await readNetworkAcls(ec2, vpcFilter, call, warnings);
    return {
        responses: {
            securityGroups: rawGroups,
            securityGroupRules: rawRules,
            networkInterfaces: [...rawInterfaces.values()],
            prefixLists: prefixLists.raw,
            networkAcls: networkAcls?.raw,
            warnings,
        },
        described: { securityGroups, securityGroupRules, networkInterfaces, prefixLists: prefixLists.parsed },
        networkAcls: networkAcls?.parsed,
    };
}
/**
 * The network ACLs of the audited VPC (or region), where a port scanner's deny entry goes. They
 * are optional: when the call is denied the audit goes on, with a warning, and port-scan findings
 * say that they could not pick a rule number.
 */
async function readNetworkAcls(ec2, vpcFilter, call, warnings) {
    try {
        const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeNetworkAcls */ .KQU)({ client: ec2 }, vpcFilter.length > 0 ? { Filters: vpcFilter } : {});
        const raw = await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (p) => p.NetworkAcls);
        const parsed = (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .networkAclsFromDescribe */ .x2)((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(raw, 'NetworkAcls', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkAclSchema */ .kt, 'EC2 DescribeNetworkAcls'));
        return { raw, parsed };
    }
    catch (e) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeNetworkAcls'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeNetworkAcls'))}; port-scan findings cannot propose a network ACL deny entry`);
        return undefined;
    }
}
/** A typo in `--vpc-id` or `--security-group-ids` finds nothing; say so rather than audit nothing. */
function checkSelection(options, selected, found, region) {
    const where = region !== undefined ? ` in region '${region}'` : '';
    if (selected !== undefined) {
        const missing = selected.filter((id) => !found.includes(id));
        if (missing.length > 0) {
            const scope = options.vpcId !== undefined ? ` of ${options.vpcId}` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`--security-group-ids: no security group ${missing.join(', ')}${scope}${where}: check the ids and --region`);
        }
    }
    else if (options.vpcId !== undefined && found.length === 0) {
        // Every VPC has a default group, so none at all means no such VPC here.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`--vpc-id: no VPC ${options.vpcId}${where} (it has no security groups): check the id and --region`);
    }
}
/**
 * Reads the prefix lists the rules reference, with their entries folded in as `Entries`. A list
 * that cannot be read keeps no CIDRs (rules on it become `unknown`) and leaves a warning.
 */
async function readPrefixLists(ec2, ids, call, warnings) {
    if (ids.length === 0)
        return { raw: [], parsed: [] };
    const found = new Map();
    try {
        // A filter, not PrefixListIds: an id that is not visible (a list shared and then unshared)
        // must not fail the whole call.
        for (const values of (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .chunks */ .VN)(ids, FILTER_VALUES)) {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeManagedPrefixLists */ .fS_)({ client: ec2 }, { Filters: [{ Name: 'prefix-list-id', Values: values }] });
            for (const p of await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (page) => page.PrefixLists)) {
                if (p.PrefixListId)
                    found.set(p.PrefixListId, {
                        ...p,
                        PrefixListId: p.PrefixListId,
                        PrefixListName: p.PrefixListName ?? '',
                    });
            }
        }
    }
    catch (e) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('DescribeManagedPrefixLists'));
        warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('DescribeManagedPrefixLists'))}; prefix-list names are unknown`);
    }
    const lists = [];
    for (const id of ids) {
        const list = {
            ...(found.get(id) ?? { PrefixListId: id, PrefixListName: '' }),
        };
        try {
            const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .paginateGetManagedPrefixListEntries */ .JFg)({ client: ec2 }, { PrefixListId: id });
            list.Entries = (await (0,_aws_util_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(pages, (p) => p.Entries)).filter((e) => e.Cidr !== undefined);
        }
        catch (e) {
            if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e) && !/NotFound/.test(e.name)) {
                (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rethrowAwsError */ .di)(e, call('GetManagedPrefixListEntries', id));
            }
            warnings.push(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(e, call('GetManagedPrefixListEntries', id))}; rules that name ${id} cannot be matched to traffic`);
        }
        lists.push(list);
    }
    return {
        raw: lists,
        parsed: (0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)(lists, 'PrefixLists', _describe_js__WEBPACK_IMPORTED_MODULE_0__/* .PrefixListSchema */ .c, 'EC2 GetManagedPrefixListEntries'),
    };
}


/***/ })

};
