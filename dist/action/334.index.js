export const id = 334;
export const ids = [334,953];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   y1: () => (/* binding */ createEc2Client),
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

/***/ 5334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openLiveInput: () => (/* binding */ openLiveInput)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/live-options.ts + 1 modules
var live_options = __webpack_require__(6793);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/util.ts
var util = __webpack_require__(8897);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inventory/describe.ts
var describe = __webpack_require__(623);
;// CONCATENATED MODULE: ./src/inventory/ec2.ts
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
        ...(0,describe/* inventoryFromDescribe */.er)(described),
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
        ...(0,aws_clients/* clientTarget */.zU)(ec2),
    });
    const vpcFilter = options.vpcId !== undefined ? [{ Name: 'vpc-id', Values: [options.vpcId] }] : [];
    const selectedGroups = options.groupIds !== undefined ? [...new Set(options.groupIds)] : undefined;
    // Groups.
    const groupQueries = selectedGroups
        ? (0,util/* chunks */.VN)(selectedGroups, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawGroups = [];
    try {
        for (const Filters of groupQueries) {
            const pages = (0,dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
            rawGroups.push(...(await (0,util/* collectPages */.VV)(pages, (p) => p.SecurityGroups)));
        }
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroups', options.vpcId));
    }
    const securityGroups = (0,describe/* parseDescribeDocument */.oH)(rawGroups, 'SecurityGroups', describe/* SecurityGroupSchema */.tw, 'EC2 DescribeSecurityGroups');
    const groupIds = securityGroups.map((g) => g.GroupId);
    checkSelection(options, selectedGroups, groupIds, (0,aws_clients/* clientTarget */.zU)(ec2).region);
    // Rules with their sgr- ids; without them the report's rule ids are derived, which still works.
    let securityGroupRules;
    let rawRules;
    try {
        const read = [];
        for (const ids of (0,util/* chunks */.VN)(groupIds, FILTER_VALUES)) {
            const pages = (0,dist_cjs/* paginateDescribeSecurityGroupRules */.Dl4)({ client: ec2 }, { Filters: [{ Name: 'group-id', Values: ids }] });
            read.push(...(await (0,util/* collectPages */.VV)(pages, (p) => p.SecurityGroupRules)));
        }
        securityGroupRules = (0,describe/* parseDescribeDocument */.oH)(read, 'SecurityGroupRules', describe/* SecurityGroupRuleSchema */.p9, 'EC2 DescribeSecurityGroupRules');
        rawRules = read;
    }
    catch (e) {
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroupRules'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeSecurityGroupRules'))}; rule ids are derived instead of sgr- ids`);
    }
    // Interfaces: those of the selection, then those of groups its rules reference.
    const interfaceQueries = selectedGroups
        ? (0,util/* chunks */.VN)(groupIds, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
        : [vpcFilter];
    const rawInterfaces = new Map();
    const readInterfaces = async (queries) => {
        try {
            for (const Filters of queries) {
                const pages = (0,dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
                for (const n of await (0,util/* collectPages */.VV)(pages, (p) => p.NetworkInterfaces)) {
                    rawInterfaces.set(n.NetworkInterfaceId ?? '', n);
                }
            }
        }
        catch (e) {
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeNetworkInterfaces', options.vpcId));
        }
    };
    await readInterfaces(interfaceQueries);
    const rules = (0,describe/* inventoryFromDescribe */.er)({ securityGroups, securityGroupRules, networkInterfaces: [] }).rules;
    // With no selection every interface of the region was read already.
    if (options.vpcId !== undefined || selectedGroups !== undefined) {
        const loaded = new Set(groupIds);
        const referenced = [...new Set(rules.flatMap((r) => ('groupId' in r.peer ? [r.peer.groupId] : [])))];
        const outside = referenced.filter((id) => !loaded.has(id));
        await readInterfaces((0,util/* chunks */.VN)(outside, FILTER_VALUES).map((ids) => [{ Name: 'group-id', Values: ids }]));
    }
    const networkInterfaces = (0,describe/* parseDescribeDocument */.oH)([...rawInterfaces.values()], 'NetworkInterfaces', describe/* NetworkInterfaceSchema */.$s, 'EC2 DescribeNetworkInterfaces');
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
        const pages = (0,dist_cjs/* paginateDescribeNetworkAcls */.KQU)({ client: ec2 }, vpcFilter.length > 0 ? { Filters: vpcFilter } : {});
        const raw = await (0,util/* collectPages */.VV)(pages, (p) => p.NetworkAcls);
        const parsed = (0,describe/* networkAclsFromDescribe */.x2)((0,describe/* parseDescribeDocument */.oH)(raw, 'NetworkAcls', describe/* NetworkAclSchema */.kt, 'EC2 DescribeNetworkAcls'));
        return { raw, parsed };
    }
    catch (e) {
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeNetworkAcls'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeNetworkAcls'))}; port-scan findings cannot propose a network ACL deny entry`);
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
            throw new src_errors/* ConfigurationError */.j(`--security-group-ids: no security group ${missing.join(', ')}${scope}${where}: check the ids and --region`);
        }
    }
    else if (options.vpcId !== undefined && found.length === 0) {
        // Every VPC has a default group, so none at all means no such VPC here.
        throw new src_errors/* ConfigurationError */.j(`--vpc-id: no VPC ${options.vpcId}${where} (it has no security groups): check the id and --region`);
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
        for (const values of (0,util/* chunks */.VN)(ids, FILTER_VALUES)) {
            const pages = (0,dist_cjs/* paginateDescribeManagedPrefixLists */.fS_)({ client: ec2 }, { Filters: [{ Name: 'prefix-list-id', Values: values }] });
            for (const p of await (0,util/* collectPages */.VV)(pages, (page) => page.PrefixLists)) {
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
        if (!(0,errors/* isAccessDenied */.w7)(e))
            (0,errors/* rethrowAwsError */.di)(e, call('DescribeManagedPrefixLists'));
        warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('DescribeManagedPrefixLists'))}; prefix-list names are unknown`);
    }
    const lists = [];
    for (const id of ids) {
        const list = {
            ...(found.get(id) ?? { PrefixListId: id, PrefixListName: '' }),
        };
        try {
            const pages = (0,dist_cjs/* paginateGetManagedPrefixListEntries */.JFg)({ client: ec2 }, { PrefixListId: id });
            list.Entries = (await (0,util/* collectPages */.VV)(pages, (p) => p.Entries)).filter((e) => e.Cidr !== undefined);
        }
        catch (e) {
            if (!(0,errors/* isAccessDenied */.w7)(e) && !/NotFound/.test(e.name)) {
                (0,errors/* rethrowAwsError */.di)(e, call('GetManagedPrefixListEntries', id));
            }
            warnings.push(`${(0,errors/* describeAwsError */.Pp)(e, call('GetManagedPrefixListEntries', id))}; rules that name ${id} cannot be matched to traffic`);
        }
        lists.push(list);
    }
    return {
        raw: lists,
        parsed: (0,describe/* parseDescribeDocument */.oH)(lists, 'PrefixLists', describe/* PrefixListSchema */.c, 'EC2 GetManagedPrefixListEntries'),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./src/sources/parse.ts + 3 modules
var parse = __webpack_require__(5387);
;// CONCATENATED MODULE: ./src/sources/cloudwatch.ts
/**
 * Reads flow logs that AWS delivers to CloudWatch Logs, with FilterLogEvents over the lookback
 * window. Each event's message is one record without a header line, so the format must come
 * from the flow log's LogFormat (DescribeFlowLogs) or `--log-format`.
 *
 * FilterLogEvents has a low request rate per account and region, shared with everything else
 * that reads logs there, so throttling is expected on large groups: after the SDK's own retries
 * give up, this reader waits with exponential backoff and full jitter and goes on from the same
 * page, instead of failing the audit.
 */





const STREAM_NAMES_PER_CALL = 100;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** The wait before retry number `attempt` (0-based): full jitter over an exponential ceiling. */
function backoffDelay(attempt, random = Math.random) {
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
}
/**
 * Reads every event of a log group in [start, end) into the sink, as one input "file" named
 * `cloudwatch:GROUP`. Pages are followed until there is no `nextToken`: a page can be empty and
 * still carry one, while FilterLogEvents works through the group.
 *
 * @throws ConfigurationError when the group does not exist, reading it is denied, or throttling
 * outlasts every retry.
 */
async function readCloudWatch(logs, query, sink, options) {
    const name = `cloudwatch:${query.logGroupName}`;
    const parser = new parse/* FlowLogParser */.E(options.interfaces, { record: (r) => sink.record(r), malformed: (line, message) => sink.malformed(name, line, message) }, options.format);
    const result = { events: 0, pages: 0, throttleRetries: 0 };
    const maxRetries = query.maxThrottleRetries ?? 5;
    const wait = query.sleep ?? util/* sleep */.yy;
    const streamBatches = query.logStreamNames?.length
        ? (0,util/* chunks */.VN)(query.logStreamNames, STREAM_NAMES_PER_CALL)
        : [undefined];
    for (const logStreamNames of streamBatches) {
        let nextToken;
        do {
            const input = {
                logGroupName: query.logGroupName,
                startTime: query.start.getTime(),
                // FilterLogEvents includes events at endTime; the window excludes its end.
                endTime: query.end.getTime() - 1,
                ...(logStreamNames ? { logStreamNames } : {}),
                ...(nextToken !== undefined ? { nextToken } : {}),
                ...(query.pageSize !== undefined ? { limit: query.pageSize } : {}),
            };
            let page;
            for (let attempt = 0; page === undefined; attempt++) {
                try {
                    page = await logs.send(new client_cloudwatch_logs_dist_cjs/* FilterLogEventsCommand */.nsW(input));
                }
                catch (e) {
                    if (!(0,errors/* isThrottling */.E2)(e) || attempt >= maxRetries) {
                        (0,errors/* rethrowAwsError */.di)(e, {
                            service: 'logs',
                            operation: 'FilterLogEvents',
                            resource: query.logGroupName,
                            ...(0,aws_clients/* clientTarget */.zU)(logs),
                            attempts: (attempt + 1) * (e.$metadata?.attempts ?? 1),
                        });
                    }
                    result.throttleRetries++;
                    await wait(backoffDelay(attempt, query.random));
                }
            }
            result.pages++;
            for (const event of page.events ?? []) {
                if (event.message === undefined)
                    continue;
                result.events++;
                // One message is one record; the newline makes the parser treat it as a whole line.
                parser.push(Buffer.from(`${event.message}\n`));
            }
            nextToken = page.nextToken ?? undefined;
        } while (nextToken !== undefined);
    }
    parser.end();
    sink.fileRead(parser.format.fields, name);
    return result;
}

// EXTERNAL MODULE: ./src/sources/format.ts
var format = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/sources/discovery.ts
/**
 * `--source auto`: finds the flow logs of the audited VPC with DescribeFlowLogs and says where their
 * records are (an S3 bucket and prefix, or a CloudWatch Logs group) and in which format. It also
 * says what the flow logs cannot show, as typed coverage notes: a rule can only be called
 * unused where accepted traffic was recorded.
 */





/**
 * Lists the flow logs that record the interfaces in scope and notes the gaps in what they show.
 * @throws ConfigurationError when DescribeFlowLogs or DescribeNetworkInterfaces fails.
 */
async function discoverFlowLogs(ec2, options = {}) {
    const target = (0,aws_clients/* clientTarget */.zU)(ec2);
    const interfaces = (options.interfaces ?? (await readInterfaces(ec2, options.vpcId))).filter((n) => options.vpcId === undefined || n.vpcId === options.vpcId);
    let raw;
    try {
        // All flow logs, filtered here: one listing covers VPC, subnet and interface flow logs, where a
        // resource-id filter would need every subnet and interface id of the VPC.
        raw = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeFlowLogs */.a7w)({ client: ec2 }, {}), (p) => p.FlowLogs);
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, { service: 'ec2', operation: 'DescribeFlowLogs', ...target });
    }
    const inScope = new Set([
        ...(options.vpcId !== undefined ? [options.vpcId] : []),
        ...interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
    ]);
    const flowLogs = raw
        .map(toDiscovered)
        .filter((f) => f !== undefined)
        .filter((f) => options.vpcId === undefined || inScope.has(f.resourceId))
        .sort((a, b) => a.resourceId.localeCompare(b.resourceId) || a.flowLogId.localeCompare(b.flowLogId));
    const notes = [];
    for (const f of flowLogs) {
        const described = raw.find((r) => r.FlowLogId === f.flowLogId);
        notes.push(...flowLogNotes(f, described));
    }
    notes.push(...coverageGaps(flowLogs, interfaces, options.vpcId));
    return { flowLogs, notes };
}
async function readInterfaces(ec2, vpcId) {
    try {
        const filters = vpcId !== undefined ? { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] } : {};
        const raw = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ec2 }, filters), (p) => p.NetworkInterfaces);
        return raw.map((n) => ({
            interfaceId: n.NetworkInterfaceId ?? '',
            groupIds: (n.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
            privateIpv4: [],
            ipv6: [],
            publicIpv4: [],
            interfaceType: n.InterfaceType ?? 'interface',
            description: n.Description ?? '',
            vpcId: n.VpcId ?? '',
            subnetId: n.SubnetId ?? '',
        }));
    }
    catch (e) {
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 'ec2',
            operation: 'DescribeNetworkInterfaces',
            resource: vpcId,
            ...(0,aws_clients/* clientTarget */.zU)(ec2),
        });
    }
}
function resourceType(id) {
    if (id.startsWith('vpc-'))
        return 'vpc';
    if (id.startsWith('subnet-'))
        return 'subnet';
    if (id.startsWith('eni-'))
        return 'network-interface';
    if (id.startsWith('tgw-'))
        return 'transit-gateway';
    return 'other';
}
/**
 * The bucket and prefix of an S3 flow-log destination ARN, `arn:aws:s3:::bucket/optional/prefix`
 * (any partition).
 */
function parseS3DestinationArn(arn) {
    const m = /^arn:[^:]+:s3:::([^/]+)(?:\/(.*))?$/.exec(arn);
    if (!m?.[1])
        return undefined;
    return { bucket: m[1], prefix: (m[2] ?? '').replace(/\/+$/, '') };
}
function toDiscovered(f) {
    if (!f.FlowLogId || !f.ResourceId)
        return undefined;
    const logFormat = f.LogFormat ?? format/* DEFAULT_FIELDS */.yz.map((n) => `\${${n}}`).join(' ');
    const trafficType = f.TrafficType === 'ACCEPT' || f.TrafficType === 'REJECT' ? f.TrafficType : 'ALL';
    let destination;
    const s3 = f.LogDestinationType === 's3' && f.LogDestination ? parseS3DestinationArn(f.LogDestination) : undefined;
    if (s3) {
        destination = {
            type: 's3',
            ...s3,
            fileFormat: f.DestinationOptions?.FileFormat === 'parquet' ? 'parquet' : 'plain-text',
            hiveCompatiblePartitions: f.DestinationOptions?.HiveCompatiblePartitions ?? false,
            perHourPartition: f.DestinationOptions?.PerHourPartition ?? false,
        };
    }
    else if ((f.LogDestinationType ?? 'cloud-watch-logs') === 'cloud-watch-logs' &&
        (f.LogGroupName || f.LogDestination)) {
        // The ARN form is arn:aws:logs:region:account:log-group:NAME[:*].
        const fromArn = /:log-group:([^:]+)/.exec(f.LogDestination ?? '')?.[1];
        destination = { type: 'cloudwatch', logGroupName: f.LogGroupName || fromArn || '' };
    }
    else {
        destination = {
            type: 'other',
            destinationType: f.LogDestinationType ?? 'unknown',
            destination: f.LogDestination ?? '',
        };
    }
    const delivering = f.DeliverLogsStatus !== 'FAILED' && (f.FlowLogStatus ?? 'ACTIVE') === 'ACTIVE';
    return {
        flowLogId: f.FlowLogId,
        resourceId: f.ResourceId,
        resourceType: resourceType(f.ResourceId),
        trafficType,
        logFormat,
        format: (0,format/* parseLogFormat */.r5)(logFormat) ?? (0,format/* makeFormat */.sP)(format/* DEFAULT_FIELDS */.yz),
        destination,
        usable: trafficType !== 'REJECT' && destination.type !== 'other' && delivering,
    };
}
function flowLogNotes(f, raw) {
    const notes = [];
    const base = { flowLogId: f.flowLogId, resourceId: f.resourceId };
    if (f.trafficType === 'REJECT') {
        notes.push({
            kind: 'reject-only',
            ...base,
            message: `flow log ${f.flowLogId} of ${f.resourceId} records only rejected traffic, so it cannot show which rules are used`,
        });
    }
    if (f.destination.type === 'other') {
        notes.push({
            kind: 'unreadable-destination',
            ...base,
            destinationType: f.destination.destinationType,
            message: `flow log ${f.flowLogId} of ${f.resourceId} delivers to ${f.destination.destinationType}, which this tool cannot read`,
        });
    }
    if (raw?.DeliverLogsStatus === 'FAILED' || (raw?.FlowLogStatus ?? 'ACTIVE') !== 'ACTIVE') {
        const why = raw?.DeliverLogsErrorMessage ? ` (${raw.DeliverLogsErrorMessage})` : '';
        notes.push({
            kind: 'delivery-failed',
            ...base,
            message: `flow log ${f.flowLogId} of ${f.resourceId} is not delivering records${why}`,
        });
    }
    const missingFields = ['tcp-flags', 'flow-direction'].filter((n) => !f.format.fields.includes(n));
    if (f.trafficType !== 'REJECT' && missingFields.length > 0) {
        notes.push({
            kind: 'connection-start-guessed',
            ...base,
            missingFields,
            message: `flow log ${f.flowLogId} of ${f.resourceId} has no ${missingFields.join(' or ')} field, so who started a ` +
                `connection is guessed from reverse records and ports; add \${tcp-flags} and \${flow-direction} to its format`,
        });
    }
    return notes;
}
/**
 * Interfaces that no usable flow log records, reported at the widest level that is wholly
 * uncovered: one note for a VPC without any, one for a subnet, otherwise one per interface.
 * Only interfaces with security groups count: the others have no rules to audit.
 */
function coverageGaps(flowLogs, interfaces, vpcId) {
    const covered = new Set(flowLogs.filter((f) => f.usable).map((f) => f.resourceId));
    const audited = interfaces.filter((n) => n.groupIds.length > 0);
    const isCovered = (n) => covered.has(n.interfaceId) || covered.has(n.subnetId) || covered.has(n.vpcId);
    const notes = [];
    const vpcs = [...new Set([...(vpcId !== undefined ? [vpcId] : []), ...audited.map((n) => n.vpcId)])].sort();
    for (const vpc of vpcs) {
        const inVpc = audited.filter((n) => n.vpcId === vpc);
        const gaps = inVpc.filter((n) => !isCovered(n));
        // A VPC named by --vpc-id but without audited interfaces is a gap only when nothing is logged.
        const wholeVpc = inVpc.length > 0 || covered.size === 0;
        if (gaps.length === inVpc.length && !covered.has(vpc) && wholeVpc) {
            notes.push(gap('vpc', vpc, gaps));
            continue;
        }
        const subnets = [...new Set(gaps.map((n) => n.subnetId))].sort();
        for (const subnet of subnets) {
            const inSubnet = inVpc.filter((n) => n.subnetId === subnet);
            const subnetGaps = gaps.filter((n) => n.subnetId === subnet);
            if (subnetGaps.length === inSubnet.length)
                notes.push(gap('subnet', subnet, subnetGaps));
            else
                for (const n of subnetGaps)
                    notes.push(gap('network-interface', n.interfaceId, [n]));
        }
    }
    return notes;
}
function gap(resourceType, resourceId, uncovered) {
    const interfaceIds = uncovered.map((n) => n.interfaceId).sort();
    const what = resourceType === 'network-interface'
        ? `interface ${resourceId} has`
        : `${resourceType === 'vpc' ? 'VPC' : 'subnet'} ${resourceId} (${interfaceIds.length} interface${interfaceIds.length === 1 ? '' : 's'}) has`;
    return {
        kind: 'not-covered',
        resourceType,
        resourceId,
        interfaceIds,
        message: `${what} no flow log that records accepted traffic, so the rules of its groups stay unknown`,
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/sources/file.ts + 2 modules
var file = __webpack_require__(5275);
// EXTERNAL MODULE: ./src/sources/parquet.ts + 26 modules
var parquet = __webpack_require__(4554);
// EXTERNAL MODULE: ./src/sources/peek.ts
var peek = __webpack_require__(4979);
;// CONCATENATED MODULE: ./src/sources/s3.ts
/**
 * Reads flow logs that AWS delivers to S3. Listing touches only the prefixes of the lookback
 * window: a bucket of a busy account holds millions of objects, and listing them all would take
 * longer than reading the ones that matter. Both of AWS's layouts are walked the same way:
 *
 *   prefix/AWSLogs/{account}/vpcflowlogs/{region}/yyyy/mm/dd/[HH/]file
 *   prefix/AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year=…/month=…/day=…/[hour=…/]file
 *
 * Accounts, regions, years and months are found with delimiter listings (one call per level
 * inside the window), then one listing per day.
 */










const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEFAULT_CONCURRENCY = 4;
/**
 * Lists the flow-log objects whose date partition overlaps [start, end), sorted by key.
 *
 * The prefix is where the flow log delivers (before `AWSLogs/`); it may also go deeper
 * (`…/AWSLogs/123456789012/vpcflowlogs/eu-west-1/`), and the given levels are then kept as they
 * are. A prefix without an `AWSLogs/` tree below it is listed whole, and keys are chosen by the
 * dates in their paths (keys without one are kept).
 *
 * @throws ConfigurationError when the bucket does not exist or listing is denied.
 */
async function listS3FlowLogKeys(s3, query) {
    const { bucket } = query;
    const start = query.start.getTime();
    const end = query.end.getTime();
    const overlaps = (from, to) => from < end && to > start;
    const list = new Lister(s3, bucket, `s3://${bucket}/${query.prefix}`);
    const { base, pinned } = splitPrefix(query.prefix);
    const found = [];
    const children = async (prefix, level) => pinned[level] !== undefined ? [pinned[level]] : list.children(prefix);
    const accounts = await children(`${base}AWSLogs/`, 0);
    if (accounts.length === 0 && pinned.length === 0) {
        // Not AWS's layout (logs copied by hand, or a prefix that already ends inside a day).
        for (const o of await list.objects(query.prefix)) {
            const date = (0,discover/* partitionDate */.DR)(o.key);
            const span = /(?:\/hour=\d{1,2}\/|\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/)/.test(o.key) ? HOUR : DAY;
            if (date === undefined || overlaps(date.getTime(), date.getTime() + span))
                found.push(o);
        }
        return finish(found);
    }
    for (const account of accounts) {
        const hive = account.startsWith('aws-account-id=');
        const service = pinned[1] ?? (hive ? 'aws-service=vpcflowlogs' : 'vpcflowlogs');
        const servicePrefix = `${base}AWSLogs/${account}/${service}/`;
        for (const region of await children(servicePrefix, 2)) {
            const regionPrefix = `${servicePrefix}${region}/`;
            for (const yearName of await children(regionPrefix, 3)) {
                const y = partitionNumber(yearName, 'year');
                if (y === undefined || !overlaps(Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)))
                    continue;
                const yearPrefix = `${regionPrefix}${yearName}/`;
                for (const monthName of await children(yearPrefix, 4)) {
                    const m = partitionNumber(monthName, 'month');
                    if (m === undefined || !overlaps(Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)))
                        continue;
                    const monthPrefix = `${yearPrefix}${monthName}/`;
                    for (const dayName of await children(monthPrefix, 5)) {
                        const d = partitionNumber(dayName, 'day');
                        const dayStart = Date.UTC(y, m - 1, d ?? 1);
                        if (d === undefined || !overlaps(dayStart, dayStart + DAY))
                            continue;
                        const dayPrefix = `${monthPrefix}${dayName}/`;
                        for (const o of await list.objects(dayPrefix)) {
                            // With hourly partitions, the edge days of the window are cut to the hour.
                            const hour = /^(?:hour=)?(\d{1,2})\//.exec(o.key.slice(dayPrefix.length))?.[1];
                            const from = dayStart + (hour !== undefined ? Number(hour) * HOUR : 0);
                            if (overlaps(from, from + (hour !== undefined ? HOUR : DAY)))
                                found.push(o);
                        }
                    }
                }
            }
        }
    }
    return finish(found);
}
function finish(found) {
    return found
        .filter((o) => (0,discover/* isLogFile */.Vj)(o.key.slice(o.key.lastIndexOf('/') + 1)))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
}
/** `2026`, `year=2026` → 2026; undefined for anything else. */
function partitionNumber(segment, name) {
    const m = new RegExp(`^(?:${name}=)?(\\d{1,4})$`).exec(segment);
    return m?.[1] !== undefined ? Number(m[1]) : undefined;
}
/** Splits a prefix at `AWSLogs/`: the part before it, and the levels below it that are given. */
function splitPrefix(prefix) {
    const segments = prefix.split('/');
    const at = segments.indexOf('AWSLogs');
    if (at < 0)
        return { base: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`, pinned: [] };
    const base = segments
        .slice(0, at)
        .map((s) => `${s}/`)
        .join('');
    return { base, pinned: segments.slice(at + 1).filter((s) => s !== '') };
}
/** ListObjectsV2, paginated, with errors turned into one clear line. */
class Lister {
    s3;
    bucket;
    resource;
    constructor(s3, bucket, resource) {
        this.s3 = s3;
        this.bucket = bucket;
        this.resource = resource;
    }
    /** The names of the "folders" directly below a prefix. */
    async children(prefix) {
        const names = [];
        try {
            for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: this.s3 }, { Bucket: this.bucket, Prefix: prefix, Delimiter: '/' })) {
                for (const p of page.CommonPrefixes ?? []) {
                    if (p.Prefix)
                        names.push(p.Prefix.slice(prefix.length).replace(/\/$/, ''));
                }
            }
        }
        catch (e) {
            this.fail(e);
        }
        return names;
    }
    /** Every object below a prefix. */
    async objects(prefix) {
        const out = [];
        try {
            for await (const page of (0,client_s3_dist_cjs/* paginateListObjectsV2 */.OqA)({ client: this.s3 }, { Bucket: this.bucket, Prefix: prefix })) {
                for (const o of page.Contents ?? []) {
                    if (o.Key && !o.Key.endsWith('/'))
                        out.push({ bucket: this.bucket, key: o.Key, size: o.Size ?? 0 });
                }
            }
        }
        catch (e) {
            this.fail(e);
        }
        return out;
    }
    fail(e) {
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 's3',
            operation: 'ListObjectsV2',
            resource: this.resource,
            ...(0,aws_clients/* clientTarget */.zU)(this.s3),
        });
    }
}
/**
 * Reads one object into the sink: text and gzip text are streamed, Parquet is read by ranges.
 * The decoder is chosen by the first bytes, not the key. Any failure (denied, gone, corrupt, cut
 * off) is one `fileError` for this key; records read before it still count.
 */
async function readS3Object(s3, object, sink, options) {
    const name = `s3://${object.bucket}/${object.key}`;
    let head;
    let rest;
    let length;
    try {
        const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: object.bucket, Key: object.key }));
        if (!(out.Body instanceof external_node_stream_.Readable))
            throw new Error('the S3 response body is not a Node stream');
        length = out.ContentLength ?? 0;
        ({ head, rest } = await (0,peek/* peek */.s)(out.Body, 4));
    }
    catch (e) {
        // Whatever went wrong with this object (refused, gone, connection reset, checksum mismatch)
        // is this object's error; the other objects are still read.
        const call = { service: 's3', operation: 'GetObject', resource: name, ...(0,aws_clients/* clientTarget */.zU)(s3) };
        sink.fileError(name, (0,errors/* isAwsError */.m_)(e) ? (0,errors/* describeAwsError */.Pp)(e, call) : (0,file/* describeIoError */.QY)(e));
        return;
    }
    const content = (0,file/* contentOf */.$E)(head);
    if (content === 'parquet') {
        // Parquet keeps its schema at the end: read it by ranges (footer, then one row group's
        // columns at a time) rather than downloading the whole object.
        rest.destroy();
        await (0,parquet/* readParquetBuffer */.r)(name, s3Ranges(s3, object, length), sink, options);
        return;
    }
    const misnamed = (0,file/* misnamedGzip */.hS)(object.key, head);
    if (misnamed !== undefined) {
        rest.destroy();
        sink.fileError(name, misnamed);
        return;
    }
    await (0,file/* readTextStream */.aV)(name, rest, content === 'gzip', sink, options);
}
/**
 * An S3 object as hyparquet's random-access buffer: each slice is one ranged GetObject. Errors
 * (denied, gone, cut off) reject the slice, and the reader reports them as the object's error.
 */
function s3Ranges(s3, object, byteLength) {
    return {
        byteLength,
        async slice(start, end) {
            const last = (end ?? byteLength) - 1;
            if (last < start)
                return new ArrayBuffer(0);
            const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: object.bucket, Key: object.key, Range: `bytes=${start}-${last}` }));
            const bytes = await out.Body?.transformToByteArray();
            if (bytes === undefined || bytes.length !== last - start + 1)
                throw new Error(`short read of bytes ${start}-${last}`);
            return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        },
    };
}
/** Reads objects with at most `concurrency` downloads at once (for a caller that distributes keys). */
async function readS3Objects(s3, objects, sink, options, concurrency = DEFAULT_CONCURRENCY) {
    await (0,util/* forEachLimited */.vP)(objects, concurrency, (o) => readS3Object(s3, o, sink, options));
}
/**
 * Lists the flow logs of the window under `s3://bucket/prefix` and reads them into the sink.
 * Returns the objects that were read.
 * @throws ConfigurationError when the bucket cannot be listed.
 */
async function readS3FlowLogs(s3, query, sink, options) {
    const objects = await listS3FlowLogKeys(s3, query);
    await readS3Objects(s3, objects, sink, options, query.concurrency ?? DEFAULT_CONCURRENCY);
    return objects;
}

;// CONCATENATED MODULE: ./src/live.ts
/**
 * The live path: turns `--source`, `--region`, `--lookback` and the rest into an inventory (read
 * from EC2 unless a snapshot is given) and a way to feed the window's flow-log records into the
 * analysis, through the same sink as local files. S3 objects and CloudWatch Logs events are read
 * on the main thread; S3 downloads run with the bounded concurrency of src/sources/s3.ts.
 *
 * What the account's flow logs or permissions cannot show comes back as coverage notes, which the
 * report turns into `coverage-gap` findings that each say what to change. AWS failures that make
 * the run impossible (no credentials, a refused Describe call, a missing bucket or log group, a
 * wrong region) are {@link ConfigurationError}s from the readers, with one line to act on.
 */











/**
 * Checks the source and the region, reads the inventory from EC2 unless one is given, and plans
 * what to read: for `auto`, every S3 and CloudWatch Logs destination of the flow logs that record
 * the inventory's interfaces. Nothing is downloaded until `feed`.
 *
 * @param context.format the parsed `--log-format`
 * @throws ConfigurationError for a bad `--source`, a missing region, or an AWS call that failed
 */
async function openLiveInput(options, context) {
    const source = (0,live_options/* parseLiveSource */.lr)(options.source);
    const clients = options.clients ?? (0,aws_clients/* createAwsClients */.Gv)({ region: options.region, endpoint: options.endpointUrl });
    if (options.region === undefined) {
        try {
            await clients.ec2.config.region();
        }
        catch {
            throw new src_errors/* ConfigurationError */.j(`--region: no AWS region for --source ${options.source}: pass --region or set AWS_REGION`);
        }
    }
    const window = { start: new Date(context.now.getTime() - options.lookbackMs), end: context.now };
    const notes = [];
    let inventory = context.inventory;
    if (inventory === undefined) {
        const { warnings, ...read } = await readLiveInventory(clients.ec2, {
            vpcId: options.vpcId,
            groupIds: options.securityGroupIds,
        });
        inventory = read;
        notes.push(...warnings.map(inventoryNote));
    }
    let readers;
    if (source.type === 's3') {
        readers = [{ type: 's3', bucket: source.bucket, prefix: source.prefix, format: context.format }];
    }
    else if (source.type === 'cloudwatch') {
        const described = context.format ?? (await logGroupFormat(clients, source.logGroupName));
        readers = [
            {
                type: 'cloudwatch',
                logGroupName: source.logGroupName,
                format: described ?? (0,format/* makeFormat */.sP)(format/* DEFAULT_FIELDS */.yz),
                guessed: described === undefined,
            },
        ];
    }
    else {
        const discovery = await discoverFlowLogs(clients.ec2, {
            vpcId: options.vpcId,
            interfaces: inventory.interfaces,
        });
        // Without --vpc-id discovery lists the whole region: keep what records the audited interfaces.
        const scope = new Set([
            ...(options.vpcId !== undefined ? [options.vpcId] : []),
            ...inventory.interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
        ]);
        const inScope = (resourceId) => scope.has(resourceId);
        notes.push(...discovery.notes.filter((n) => inScope(n.resourceId)).map(discoveryNote));
        readers = destinations(discovery.flowLogs.filter((f) => inScope(f.resourceId)));
    }
    return {
        inventory,
        window,
        notes,
        async feed(sink, interfaces) {
            for (const reader of readers) {
                if (reader.type === 's3')
                    await feedS3(clients, reader, window, sink, interfaces, notes);
                else
                    await feedCloudWatch(clients, reader, window, sink, interfaces, notes);
            }
        },
    };
}
/**
 * The destinations of the discovered flow logs, each once. Flow logs that record only rejected
 * traffic are not read: their records would make rules look `unused` (every interface has
 * records) without the accepted traffic that shows use; a note says to capture ALL traffic.
 */
function destinations(flowLogs) {
    const readers = new Map();
    for (const f of flowLogs) {
        if (f.trafficType === 'REJECT')
            continue;
        const d = f.destination;
        if (d.type === 's3') {
            const key = `s3://${d.bucket}/${d.prefix}`;
            if (!readers.has(key))
                readers.set(key, { type: 's3', bucket: d.bucket, prefix: d.prefix, format: f.format });
        }
        else if (d.type === 'cloudwatch' && d.logGroupName !== '') {
            const key = `cloudwatch:${d.logGroupName}`;
            if (!readers.has(key))
                readers.set(key, {
                    type: 'cloudwatch',
                    logGroupName: d.logGroupName,
                    format: f.format,
                    guessed: false,
                });
        }
    }
    return [...readers.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, r]) => r);
}
const isoDate = (d) => d.toISOString().replace('.000Z', 'Z');
async function feedS3(clients, reader, window, sink, interfaces, notes) {
    const where = `s3://${reader.bucket}/${reader.prefix}`;
    // A broken object is one input error and the run goes on; a listing failure stops the run.
    const objects = await readS3FlowLogs(clients.s3, { bucket: reader.bucket, prefix: reader.prefix, ...window }, sink, { interfaces, format: reader.format });
    if (objects.length === 0) {
        notes.push({
            key: `no-records:${where}`,
            title: `No flow-log objects in ${where} for the window`,
            message: `No flow-log object under ${where} is dated between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
                `so this source adds no evidence. Check the prefix (the part before AWSLogs/), --region and --lookback.`,
            evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
        });
    }
}
async function feedCloudWatch(clients, reader, window, sink, interfaces, notes) {
    const where = `cloudwatch:${reader.logGroupName}`;
    let malformed = 0;
    const counting = {
        record: (r) => sink.record(r),
        malformed: (file, line, message) => {
            malformed++;
            sink.malformed(file, line, message);
        },
        fileError: (file, message) => sink.fileError(file, message),
        fileRead: (fields, file) => sink.fileRead(fields, file),
    };
    const result = await readCloudWatch(clients.logs, { logGroupName: reader.logGroupName, ...window }, counting, { interfaces, format: reader.format });
    if (result.events === 0) {
        notes.push({
            key: `no-records:${where}`,
            title: `No events in log group ${reader.logGroupName} for the window`,
            message: `Log group ${reader.logGroupName} has no event between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
                `so this source adds no evidence. Check --source, --region and --lookback.`,
            evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
        });
    }
    else if (reader.guessed && malformed > 0) {
        notes.push({
            key: `format-guessed:${where}`,
            title: `The format of log group ${reader.logGroupName} was guessed`,
            message: `DescribeFlowLogs gave no format for the events of ${reader.logGroupName} (no flow log in this region ` +
                `delivers there, or the call was refused), so they were read in the default format (version 2 fields), ` +
                `and ${malformed} event(s) did not fit. Pass the flow log's format with --log-format '\${version} \${account-id} …'.`,
            evidence: { source: where, malformed, fields: reader.format.fields },
        });
    }
}
/**
 * The LogFormat of the flow log that delivers to a log group, from DescribeFlowLogs; undefined when
 * none does or the call is refused (then the default format is used and a note says so when the
 * events do not fit it).
 */
async function logGroupFormat(clients, logGroupName) {
    try {
        const flowLogs = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeFlowLogs */.a7w)({ client: clients.ec2 }, { Filter: [{ Name: 'log-group-name', Values: [logGroupName] }] }), (p) => p.FlowLogs);
        const text = flowLogs.find((f) => f.LogFormat)?.LogFormat;
        return text !== undefined ? (0,format/* parseLogFormat */.r5)(text) : undefined;
    }
    catch (e) {
        if ((0,errors/* isAccessDenied */.w7)(e))
            return undefined;
        (0,errors/* rethrowAwsError */.di)(e, {
            service: 'ec2',
            operation: 'DescribeFlowLogs',
            resource: logGroupName,
            ...(0,aws_clients/* clientTarget */.zU)(clients.ec2),
        });
    }
}
const sentence = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.?$/, '.')}`;
/** What to change, by the kind of gap discovery found. */
function discoveryNote(note) {
    const { message, ...evidence } = note;
    const said = sentence(message);
    switch (note.kind) {
        case 'reject-only':
            return {
                key: `reject-only:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} records only rejected traffic`,
                message: `${said} Capture ALL traffic: create a flow log for ${note.resourceId} with traffic type ALL ` +
                    `(the traffic type of a flow log cannot be changed), then delete ${note.flowLogId}.`,
                evidence,
            };
        case 'connection-start-guessed':
            return {
                key: `connection-start-guessed:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} has no ${note.missingFields.join(' or ')} field`,
                message: `${said} The format of a flow log cannot be changed: create one with a custom format that includes them, then delete ${note.flowLogId}.`,
                evidence,
            };
        case 'not-covered': {
            const what = note.resourceType === 'vpc' ? 'VPC' : note.resourceType === 'subnet' ? 'Subnet' : 'Interface';
            return {
                key: `not-covered:${note.resourceId}`,
                title: `${what} ${note.resourceId} has no flow log of accepted traffic`,
                message: `${said} Create a flow log for ${note.resourceId} with traffic type ALL, delivered to S3 or CloudWatch Logs.`,
                evidence,
            };
        }
        case 'unreadable-destination':
            return {
                key: `unreadable-destination:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} delivers where this tool cannot read`,
                message: `${said} Add a flow log of ${note.resourceId} to S3 or CloudWatch Logs, or pass copies of its records with --flow-logs.`,
                evidence,
            };
        case 'delivery-failed':
            return {
                key: `delivery-failed:${note.flowLogId}`,
                title: `Flow log ${note.flowLogId} is not delivering`,
                message: `${said} Fix its delivery (the IAM role of a CloudWatch Logs flow log, the bucket policy of an S3 one); records are missing until then.`,
                evidence,
            };
    }
}
/**
 * A part of the live inventory that could not be read (DescribeSecurityGroupRules or prefix-list
 * entries refused). This is a coverage gap rather than an input error: the audit is still right
 * about everything else, input.errors is about flow-log files and lines, and a finding reaches the
 * job summary and annotations where a user sees it. The warning already names the permission.
 */
function inventoryNote(warning) {
    const api = /\b(?:EC2 )?((?:Describe|Get)\w+)/.exec(warning)?.[1] ?? 'EC2';
    const ids = api === 'DescribeSecurityGroupRules'
        ? ' Until then suppressions that name sgr- rule ids do not match, because the ids are derived.'
        : '';
    return {
        key: `inventory:${warning}`,
        title: `The live inventory is incomplete: ${api} could not be read`,
        message: `${sentence(warning)}${ids}`,
        evidence: { api, warning },
    };
}


/***/ })

};
