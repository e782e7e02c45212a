export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8903);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/**
 * The one place that builds the GitHub REST client: `@actions/github`'s Octokit (the
 * orchestration id in the user agent) with the proxy of the environment, the retry plugin for
 * server errors and the throttling plugin for rate limits, which spaces writes as GitHub asks and
 * waits for a rate limit to lift before retrying instead of failing the run.
 */







const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_RATE_LIMIT_RETRIES = 3;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 900;
/** Statuses the retry plugin leaves alone: client errors, and 403/429 rate limits, which the
 * throttling plugin handles with the wait GitHub names (retrying them here too would ignore it). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function sleep(milliseconds) {
    return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
/**
 * The fetch of the client's requests: through the proxy HTTPS_PROXY or HTTP_PROXY names for the
 * API's URL unless NO_PROXY exempts its host, else Node's own. `@actions/github` decides this once,
 * when it is loaded, for GITHUB_API_URL; deciding it here, for the URL this client uses, follows
 * the same variables for any base URL.
 */
function fetchFor(baseUrl) {
    const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyFor */ .iJ)(new URL(baseUrl));
    if (proxy === undefined)
        return globalThis.fetch;
    // undici's ProxyAgent tunnels with CONNECT and sends credentials in the URL as Basic auth.
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_2__.ProxyAgent(proxy.href);
    return ((url, init) => (0,undici__WEBPACK_IMPORTED_MODULE_2__.fetch)(url, { ...init, dispatcher }));
}
/** Builds the client. */
function createGitHubClient(options) {
    const wait = options.wait ?? sleep;
    const scale = options.timeScale ?? 1;
    const retries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
    const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    let warn = options.warn;
    const onLimit = (kind) => async (retryAfter, request, _octokit, retryCount) => {
        const what = `GitHub ${kind} on ${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            warn?.(`${what}: giving up (it lifts in ${retryAfter} s; tried ${retryCount + 1} times)`);
            return false;
        }
        warn?.(`${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        await wait(retryAfter * 1000);
        return true;
    };
    // Each client gets its own write queues so that spacing follows timeScale and two clients
    // (two tests, two repositories) do not queue behind each other.
    const queue = (minTime) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: Math.round(minTime * scale) });
    const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl,
        userAgent: `sg-flow-audit/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`,
        request: { fetch: fetchFor(baseUrl) },
        retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: 1000 * scale },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // The handlers above do the waiting (through `wait`), so the plugin retries at once.
            retryAfterBaseValue: 0,
            write: queue(1000),
            notifications: queue(3000),
            search: queue(2000),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
    warn ??= (message) => octokit.log.warn(message);
    return octokit;
}


/***/ }),

/***/ 7909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ fitPullRequestBody),
/* harmony export */   L1: () => (/* binding */ PULL_REQUEST_BODY_LIMIT),
/* harmony export */   Pz: () => (/* binding */ fitMarkdownBody)
/* harmony export */ });
/**
 * Fits a pull request's description under GitHub's limit. GitHub refuses a body longer than
 * 65,536 characters outright (422), so a long proposal keeps its first sections whole, cuts the
 * first one that does not fit at a line (a table stays a table, a code block is closed), and
 * ends with a note that names the committed report holding everything.
 */
/** GitHub's limit on the body of an issue or pull request, in characters. */
const PULL_REQUEST_BODY_LIMIT = 65_536;
const SEPARATOR = '\n\n';
function truncationNote(limit, reportPath) {
    return (`> [!NOTE]\n> This description is cut to fit GitHub's limit of ` +
        `${limit.toLocaleString('en-US')} characters. The full report is committed on this ` +
        `pull request's branch: \`${reportPath}\`.`);
}
/**
 * The fence of the code block the text ends inside, or undefined when it ends outside one
 * (CommonMark: a block closes at a line of the same fence character, at least as long, with
 * nothing after it). Code blocks of untrusted lines use fences longer than three backticks.
 */
function openFence(text) {
    let open;
    for (const [, fence = '', rest = ''] of text.matchAll(/^ {0,3}(`{3,}|~{3,})(.*)$/gm)) {
        if (open === undefined)
            open = fence;
        else if (fence[0] === open[0] && fence.length >= open.length && rest.trim() === '')
            open = undefined;
    }
    return open;
}
/** The longest start of `section` that fits `budget`, cut after a whole line when one fits. */
function cutSection(section, budget) {
    // Room for the line that closes a code block cut open: as long as the longest fence in it.
    const longestFence = Math.max(3, ...(section.match(/^ {0,3}(`{3,}|~{3,})/gm) ?? []).map((f) => f.trim().length));
    const room = budget - longestFence - 1;
    if (room <= 0)
        return '';
    let cut = section.lastIndexOf('\n', room);
    if (cut <= 0) {
        // Not even one line fits: cut inside it, never between the halves of a surrogate pair.
        cut = room;
        const code = section.charCodeAt(cut - 1);
        if (code >= 0xd800 && code <= 0xdbff)
            cut -= 1;
    }
    const kept = section.slice(0, cut).trimEnd();
    const fence = openFence(kept);
    return fence === undefined ? kept : `${kept}\n${fence}`;
}
/**
 * Joins `sections` (Markdown, most important first) with blank lines. When the result is longer
 * than `limit` characters, keeps the sections that fit whole, cuts the first that does not after
 * its last whole line, drops the rest, and appends a note pointing to `reportPath`, so that the
 * result is never longer than `limit`.
 */
function fitPullRequestBody(sections, limit, reportPath) {
    return fitMarkdownBody(sections, limit, truncationNote(limit, reportPath));
}
/**
 * fitPullRequestBody with the closing note given as Markdown, for bodies whose full text is not a
 * committed report (a review comment, whose full review is in the job summary). The note is
 * added after a blank line, only when something was cut.
 */
function fitMarkdownBody(sections, limit, truncatedNote) {
    const whole = sections.join(SEPARATOR);
    if (whole.length <= limit)
        return whole;
    const note = SEPARATOR + truncatedNote;
    if (note.length >= limit) {
        throw new RangeError(`a body limit of ${limit} characters leaves no room for the note`);
    }
    const budget = limit - note.length;
    let body = '';
    for (const section of sections) {
        const separator = body === '' ? '' : SEPARATOR;
        if (body.length + separator.length + section.length <= budget) {
            body += separator + section;
            continue;
        }
        const part = cutSection(section, budget - body.length - separator.length);
        if (part !== '')
            body += separator + part;
        break;
    }
    return body + note;
}


/***/ }),

/***/ 1185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ gitHubStep),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * One call to GitHub, with refusals the user fixes turned into a ConfigurationError that names
 * the step and says what to grant; shared by the pull request and the review comment.
 */

/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
}
/**
 * Runs `call`. A 401, 403 or 404 becomes a ConfigurationError naming `what` with the hint;
 * a rate limit that outlasted the client's retries, and anything else, is rethrown as is.
 */
async function gitHubStep(what, hints, call) {
    try {
        return await call();
    }
    catch (error) {
        const code = httpStatus(error);
        const rateLimited = /rate limit/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
        if (!rateLimited && (code === 401 || code === 403 || code === 404)) {
            const hint = code === 404 ? hints.notFound : hints.forbidden;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to ${what} (${code}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); ${hint}`);
        }
        throw error;
    }
}


/***/ }),

/***/ 4861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   Ly: () => (/* binding */ peerEntry),
/* harmony export */   ay: () => (/* binding */ peerKey),
/* harmony export */   uM: () => (/* binding */ compareEntry)
/* harmony export */ });
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7129);
/* harmony import */ var _source_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7912);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6968);
/**
 * Compares a rule as a template writes it with a rule as AWS has it (or as a change proposes
 * it): protocol, ports and peer. Values a function builds make the answer unknown, with why.
 */



/** The attribute that holds each kind of peer, by direction (IPv6 networks use CidrIpv6). */
function peerKey(kind, direction, value) {
    if (kind === 'cidr')
        return value.includes(':') ? 'CidrIpv6' : 'CidrIp';
    const side = direction === 'ingress' ? 'Source' : 'Destination';
    return kind === 'groupId' ? `${side}SecurityGroupId` : `${side}PrefixListId`;
}
const PEER_KEYS = {
    ingress: ['CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'],
    egress: ['CidrIp', 'CidrIpv6', 'DestinationSecurityGroupId', 'DestinationPrefixListId'],
};
/** The entry that holds a rule's peer, if any. */
function peerEntry(properties, direction) {
    return properties.entries.find((e) => PEER_KEYS[direction].includes(e.key));
}
/** A proposed rule as a shape (its one peer). */
function shapeOf(rule) {
    const peer = rule.cidr !== undefined
        ? { cidr: rule.cidr }
        : rule.groupId !== undefined
            ? { groupId: rule.groupId }
            : { prefixListId: rule.prefixListId ?? '' };
    return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}
function unknown(entry, key, node) {
    return { kind: 'unknown', why: `${key} is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceSnippet */ .fd)(entry.template.doc, node)}` };
}
/** A port attribute: a number or a numeric string; -1 when absent. */
function portOf(node) {
    if (!node)
        return -1;
    const v = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .literalOf */ .Zc)(node);
    if (v === undefined)
        return 'unknown';
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
    return Number.isInteger(n) ? n : undefined;
}
function comparePeer(entry, properties, want, groups) {
    const held = peerEntry(properties, entry.direction);
    if (!held)
        return { kind: 'mismatch' };
    const { key, value } = held;
    const literal = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .literalString */ .dc)(value);
    if (key === 'CidrIp' || key === 'CidrIpv6') {
        if (!('cidr' in want) || want.cidr.includes(':') !== (key === 'CidrIpv6'))
            return { kind: 'mismatch' };
        if (literal === undefined)
            return unknown(entry, key, value);
        return { kind: literal.trim().toLowerCase() === want.cidr.toLowerCase() ? 'match' : 'mismatch' };
    }
    if (key.endsWith('PrefixListId')) {
        if (!('prefixListId' in want))
            return { kind: 'mismatch' };
        if (literal === undefined)
            return unknown(entry, key, value);
        return { kind: literal.trim() === want.prefixListId ? 'match' : 'mismatch' };
    }
    if (!('groupId' in want))
        return { kind: 'mismatch' };
    if (key === 'SourceSecurityGroupName') {
        if (literal === undefined)
            return unknown(entry, key, value);
        const name = groups.nameOf(want.groupId);
        return name === undefined
            ? unknown(entry, key, value)
            : { kind: literal === name ? 'match' : 'mismatch' };
    }
    if (literal !== undefined)
        return { kind: literal.trim() === want.groupId ? 'match' : 'mismatch' };
    const logical = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .groupLogicalId */ .QQ)(value);
    if (logical === undefined)
        return unknown(entry, key, value);
    const physical = groups.physicalId(logical);
    if (physical === undefined) {
        return {
            kind: 'unknown',
            why: `${key} is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceSnippet */ .fd)(entry.template.doc, value)}, whose group id is not known (give the stack's resources)`,
        };
    }
    return { kind: physical === want.groupId ? 'match' : 'mismatch' };
}
/** Whether a template's rule is the rule `want` (same protocol, ports and peer). */
function compareEntry(entry, want, groups) {
    const properties = entry.properties;
    if (!properties) {
        const why = entry.opaque ?? 'the rule is built by a function';
        // A conditional entry is suspected only of the rules one of its branches could write.
        const possible = (entry.branches ?? [properties]).some((branch) => !branch || compareEntry({ ...entry, properties: branch }, want, groups).kind !== 'mismatch');
        return possible ? { kind: 'unknown', why } : { kind: 'mismatch' };
    }
    const unknowns = [];
    const protocolNode = properties.entries.find((e) => e.key === 'IpProtocol')?.value;
    if (!protocolNode)
        return { kind: 'mismatch' };
    const protocolText = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .literalString */ .dc)(protocolNode);
    if (protocolText === undefined) {
        const u = unknown(entry, 'IpProtocol', protocolNode);
        if (u.kind === 'unknown')
            unknowns.push(u.why);
    }
    else if ((0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProtocol */ .gR)(protocolText.trim())?.protocol !== want.protocol) {
        return { kind: 'mismatch' };
    }
    if (want.protocol !== 'all') {
        for (const [key, port] of [
            ['FromPort', want.fromPort],
            ['ToPort', want.toPort],
        ]) {
            const node = properties.entries.find((e) => e.key === key)?.value;
            const held = portOf(node);
            if (held === 'unknown' && node)
                unknowns.push(`${key} is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceSnippet */ .fd)(entry.template.doc, node)}`);
            else if (held !== port)
                return { kind: 'mismatch' };
        }
    }
    const peer = comparePeer(entry, properties, want.peer, groups);
    if (peer.kind === 'mismatch')
        return peer;
    if (peer.kind === 'unknown')
        unknowns.push(peer.why);
    return unknowns.length === 0 ? { kind: 'match' } : { kind: 'unknown', why: unknowns.join('; ') };
}


/***/ }),

/***/ 7771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ ruleEntries),
/* harmony export */   Kp: () => (/* binding */ INLINE_LISTS),
/* harmony export */   O0: () => (/* binding */ groupResource),
/* harmony export */   ig: () => (/* binding */ literalGroupName)
/* harmony export */ });
/* unused harmony export SECURITY_GROUP */
/* harmony import */ var _source_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7912);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6968);


const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const RULE_RESOURCES = {
    'AWS::EC2::SecurityGroupIngress': 'ingress',
    'AWS::EC2::SecurityGroupEgress': 'egress',
};
const INLINE_LISTS = {
    ingress: 'SecurityGroupIngress',
    egress: 'SecurityGroupEgress',
};
/** The rule maps the branches of `Fn::If` (nested, or lists of them) write; undefined if unreadable. */
function branchMaps(node) {
    const fn = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .intrinsicOf */ .jN)(node);
    if (fn?.fn === 'If') {
        if (fn.arg.kind !== 'seq' || fn.arg.entries.length !== 3)
            return undefined;
        const found = [];
        for (const branch of fn.arg.entries.slice(1)) {
            const maps = branchMaps(branch.value);
            if (!maps)
                return undefined;
            found.push(...maps);
        }
        return found;
    }
    if (fn?.fn === 'Ref' && (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)(fn.arg) === 'AWS::NoValue')
        return [];
    if (fn)
        return undefined;
    if (node.kind === 'map')
        return [node];
    if (node.kind !== 'seq')
        return undefined;
    const found = [];
    for (const item of node.entries) {
        const maps = branchMaps(item.value);
        if (!maps)
            return undefined;
        found.push(...maps);
    }
    return found;
}
function withBranches(entry, node) {
    const branches = branchMaps(node);
    return branches ? { ...entry, branches } : entry;
}
function groupRefOf(template, properties) {
    const id = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(properties, 'GroupId');
    if (id) {
        const logical = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .groupLogicalId */ .QQ)(id);
        if (logical !== undefined)
            return { logicalId: logical };
        const literal = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)(id);
        if (literal !== undefined)
            return { groupId: literal };
        return { unknown: `GroupId is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceSnippet */ .fd)(template.doc, id)}` };
    }
    const name = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)((0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(properties, 'GroupName'));
    return name === undefined ? { unknown: 'no literal GroupId or GroupName' } : { groupName: name };
}
function inlineEntries(template, logicalId, properties) {
    const out = [];
    if (properties?.kind !== 'map')
        return out;
    for (const direction of ['ingress', 'egress']) {
        const listEntry = properties.entries.find((e) => e.key === INLINE_LISTS[direction]);
        if (!listEntry)
            continue;
        const list = listEntry.value;
        const group = { logicalId };
        if (list.kind !== 'seq' || (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .intrinsicOf */ .jN)(list)) {
            // The whole list is one function (`!If [IsProd, [...], [...]]`): one opaque entry for it,
            // placed at index -1 of an empty list; opaque entries are reported, never edited.
            const place = {
                kind: 'inline',
                groupLogicalId: logicalId,
                listEntry,
                list: emptySeq(list),
                index: -1,
            };
            const why = `${INLINE_LISTS[direction]} of ${logicalId} is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceSnippet */ .fd)(template.doc, list)}`;
            const opaque = {
                template,
                direction,
                group,
                properties: undefined,
                place,
                at: listEntry.start,
                opaque: why,
            };
            out.push(withBranches(opaque, list));
            continue;
        }
        list.entries.forEach((item, index) => {
            const place = { kind: 'inline', groupLogicalId: logicalId, listEntry, list, index };
            const value = item.value;
            const fn = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .intrinsicOf */ .jN)(value);
            if (value.kind === 'map' && !fn) {
                out.push({ template, direction, group, properties: value, place, at: item.start });
            }
            else {
                const why = `an entry of ${logicalId}.${INLINE_LISTS[direction]} is ${(0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceSnippet */ .fd)(template.doc, value)}`;
                const opaque = {
                    template,
                    direction,
                    group,
                    properties: undefined,
                    place,
                    at: item.start,
                    opaque: why,
                };
                out.push(withBranches(opaque, value));
            }
        });
    }
    return out;
}
function emptySeq(node) {
    return { kind: 'seq', flow: true, entries: [], start: node.start, end: node.end };
}
/** Every rule a template writes, in the order they appear. */
function ruleEntries(template) {
    const out = [];
    template.resources.entries.forEach((resource, index) => {
        const type = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)((0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(resource.value, 'Type'));
        const properties = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(resource.value, 'Properties');
        if (type === SECURITY_GROUP) {
            out.push(...inlineEntries(template, resource.key, properties));
            return;
        }
        const direction = type === undefined ? undefined : RULE_RESOURCES[type];
        if (!direction)
            return;
        const place = { kind: 'resource', logicalId: resource.key, index };
        if (properties?.kind !== 'map' || (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .intrinsicOf */ .jN)(properties)) {
            const why = `the Properties of ${resource.key} are ${properties ? (0,_template_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceSnippet */ .fd)(template.doc, properties) : 'missing'}`;
            const group = { unknown: why };
            out.push({ template, direction, group, properties: undefined, place, at: resource.start, opaque: why });
            return;
        }
        out.push({
            template,
            direction,
            group: groupRefOf(template, properties),
            properties,
            place,
            at: resource.start,
        });
    });
    return out;
}
/** The resource of a logical id in a template, when it is a security group. */
function groupResource(template, logicalId) {
    const resource = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(template.resources, logicalId);
    if ((0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)((0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(resource, 'Type')) !== SECURITY_GROUP)
        return undefined;
    const properties = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(resource, 'Properties');
    return properties?.kind === 'map' ? properties : undefined;
}
/** A group resource's literal `GroupName`, if it has one. */
function literalGroupName(template, logicalId) {
    return (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)((0,_source_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(groupResource(template, logicalId), 'GroupName'));
}


/***/ }),

/***/ 7912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   PT: () => (/* binding */ lineStart),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   Ut: () => (/* binding */ applySplices),
/* harmony export */   Zc: () => (/* binding */ literalOf),
/* harmony export */   bt: () => (/* binding */ splicesWithin),
/* harmony export */   dc: () => (/* binding */ literalString),
/* harmony export */   eT: () => (/* binding */ lineNumber),
/* harmony export */   kd: () => (/* binding */ lineEnd),
/* harmony export */   mt: () => (/* binding */ nextLineStart),
/* harmony export */   n_: () => (/* binding */ lineBreakOf),
/* harmony export */   p0: () => (/* binding */ lineIndent)
/* harmony export */ });
/**
 * A document as a tree of nodes that know where their text is: the common shape that the YAML
 * reader (yaml-tree.ts) and the JSON reader (json-tree.ts) produce, so that the rule edits can
 * splice the original text and leave every other byte alone.
 */
/**
 * Applies non-overlapping splices to a text. An insertion at the offset where a replacement
 * starts lands before the replacement's text.
 */
function applySplices(text, splices) {
    const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const s of ordered) {
        if (s.start < at) {
            throw new Error(`overlapping edits at offset ${s.start} (previous edit ends at ${at})`);
        }
        out += text.slice(at, s.start) + s.text;
        at = s.end;
    }
    return out + text.slice(at);
}
/** The splices that fall inside `[from, to)`, moved to offsets relative to `from`. */
function splicesWithin(splices, from, to) {
    return splices
        .filter((s) => s.start >= from && s.end <= to)
        .map((s) => ({ start: s.start - from, end: s.end - from, text: s.text }));
}
/** Offset of the first character of the line holding `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/**
 * Offset of the line break (`\n` or `\r\n`) ending the line holding `offset`; the text's length
 * on the last line.
 */
function lineEnd(text, offset) {
    const i = text.indexOf('\n', offset);
    if (i < 0)
        return text.length;
    return i > offset && text[i - 1] === '\r' ? i - 1 : i;
}
/** Offset of the first character after the line holding `offset` (the text's length at the end). */
function nextLineStart(text, offset) {
    const i = text.indexOf('\n', offset);
    return i < 0 ? text.length : i + 1;
}
/** The line break a text uses: `\r\n` when it has any, else `\n`. */
function lineBreakOf(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** 1-based line number of an offset. */
function lineNumber(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The spaces and tabs that start the line holding `offset`. */
function lineIndent(text, offset) {
    const from = lineStart(text, offset);
    return /^[ \t]*/.exec(text.slice(from, offset))?.[0] ?? '';
}
/** The entry of a map with a key, if any. */
function entryOf(map, key) {
    return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}
/** The value under a key of a map, if any. */
function valueOf(map, key) {
    return entryOf(map, key)?.value;
}
/** The value of a scalar without a tag (a literal), else undefined. */
function literalOf(node) {
    return node?.kind === 'scalar' && node.tag === undefined ? node.value : undefined;
}
/** A literal string (a number is read as its decimal text, as CloudFormation does). */
function literalString(node) {
    const v = literalOf(node);
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}


/***/ }),

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u7: () => (/* binding */ findCandidateFiles),
  QQ: () => (/* binding */ groupLogicalId),
  jN: () => (/* binding */ intrinsicOf),
  K8: () => (/* binding */ loadTemplates),
  Hv: () => (/* binding */ parseTemplateText),
  zJ: () => (/* binding */ referencedLogicalIds),
  fd: () => (/* binding */ sourceSnippet),
  GM: () => (/* binding */ templateResources)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/iac/cloudformation/yaml-tree.ts
var yaml_tree = __webpack_require__(7798);
;// CONCATENATED MODULE: ./src/iac/cloudformation/json-tree.ts
/**
 * Reads JSON into a source tree with exact offsets: a small recursive scanner that keeps where
 * every key, value and bracket is, so that edits can splice the original text and keep its
 * indentation and spacing.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Any escape is taken here; JSON.parse of the token then rejects what JSON does not allow.
const STRING = /"(?:[^"\\]|\\.)*"/y;
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null],
];
class Scanner {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    fail(what) {
        const line = this.text.slice(0, this.at).split('\n').length;
        throw new yaml_tree/* SourceSyntaxError */.L(`${what} at line ${line}`);
    }
    skip() {
        while (this.at < this.text.length && WHITESPACE.has(this.text[this.at] ?? ''))
            this.at++;
    }
    expect(char) {
        this.skip();
        if (this.text[this.at] !== char)
            this.fail(`expected '${char}'`);
        this.at++;
    }
    string() {
        STRING.lastIndex = this.at;
        const m = STRING.exec(this.text);
        if (!m)
            this.fail('expected a string');
        const start = this.at;
        let value;
        try {
            value = JSON.parse(m[0]);
        }
        catch {
            return this.fail('a malformed string');
        }
        this.at += m[0].length;
        return { value, start, end: this.at };
    }
    value() {
        this.skip();
        const start = this.at;
        const c = this.text[start];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"') {
            const s = this.string();
            return { kind: 'scalar', value: s.value, quote: 'double', start, end: s.end };
        }
        NUMBER.lastIndex = start;
        const n = NUMBER.exec(this.text);
        if (n) {
            this.at += n[0].length;
            return { kind: 'scalar', value: Number(n[0]), quote: 'plain', start, end: this.at };
        }
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, start)) {
                this.at += word.length;
                return { kind: 'scalar', value, quote: 'plain', start, end: this.at };
            }
        }
        return this.fail('expected a value');
    }
    object() {
        const start = this.at++;
        const entries = [];
        this.skip();
        if (this.text[this.at] === '}') {
            this.at++;
            return { kind: 'map', flow: true, entries, start, end: this.at };
        }
        for (;;) {
            this.skip();
            const key = this.string();
            this.expect(':');
            const colonEnd = this.at;
            const value = this.value();
            entries.push({
                key: key.value,
                keyQuote: 'double',
                start: key.start,
                keyEnd: key.end,
                colonEnd,
                value,
                end: value.end,
            });
            this.skip();
            const c = this.text[this.at++];
            if (c === '}')
                return { kind: 'map', flow: true, entries, start, end: this.at };
            if (c !== ',')
                this.fail("expected ',' or '}'");
        }
    }
    array() {
        const start = this.at++;
        const entries = [];
        this.skip();
        if (this.text[this.at] === ']') {
            this.at++;
            return { kind: 'seq', flow: true, entries, start, end: this.at };
        }
        for (;;) {
            const value = this.value();
            entries.push({ start: value.start, value, end: value.end });
            this.skip();
            const c = this.text[this.at++];
            if (c === ']')
                return { kind: 'seq', flow: true, entries, start, end: this.at };
            if (c !== ',')
                this.fail("expected ',' or ']'");
        }
    }
}
/** Parses a JSON text (a leading byte-order mark allowed) into a source tree. */
function parseJsonSource(text) {
    const scanner = new Scanner(text);
    if (text.startsWith('\uFEFF'))
        scanner.at = 1;
    const root = scanner.value();
    scanner.skip();
    if (scanner.at < text.length)
        scanner.fail('unexpected text after the document');
    return { syntax: 'json', text, root };
}

// EXTERNAL MODULE: ./src/iac/cloudformation/source-tree.ts
var source_tree = __webpack_require__(7912);
;// CONCATENATED MODULE: ./src/iac/cloudformation/template.ts
/**
 * CloudFormation templates in a working tree: finding them (YAML or JSON files that declare
 * `AWSTemplateFormatVersion` or resources of `AWS::` types), parsing them with offsets, and
 * reading their intrinsic functions in both forms (`!Ref X` and `{"Ref": "X"}`).
 */






/** Folders that hold dependencies, history or generated templates (cdk synth, sam build). */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'cdk.out', '.aws-sam']);
const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];
/** CloudFormation takes templates of at most 1 MB; anything much larger is data, not a template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
async function walk(root, dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name))
                await walk(root, path, out);
        }
        else if (entry.isFile() && TEMPLATE_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
            out.push((0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/'));
        }
    }
}
/** Candidate template files under a folder, relative to it, in a stable order. */
async function findCandidateFiles(repoDir) {
    const out = [];
    try {
        await walk(repoDir, repoDir, out);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`--repo-dir: ${repoDir}: ${e.code ?? String(e)}`);
    }
    return out;
}
/** Parses a file's text as JSON when it starts with `{`, else as YAML. */
function parseTemplateText(text) {
    return /^\uFEFF?\s*\{/.test(text) ? parseJsonSource(text) : (0,yaml_tree/* parseYamlSource */.W)(text);
}
/** The `Resources` map of a parsed document when it is a CloudFormation template. */
function templateResources(doc) {
    const resources = (0,source_tree/* valueOf */.RP)(doc.root, 'Resources');
    if (resources?.kind !== 'map' || resources.tag !== undefined)
        return undefined;
    const declared = (0,source_tree/* valueOf */.RP)(doc.root, 'AWSTemplateFormatVersion') !== undefined;
    const awsTypes = resources.entries.some((e) => (0,source_tree/* literalString */.dc)((0,source_tree/* valueOf */.RP)(e.value, 'Type'))?.startsWith('AWS::'));
    return declared || awsTypes ? resources : undefined;
}
/**
 * Reads the templates of a working tree: the given files (relative to repoDir; a file that is
 * missing or not a template is a ConfigurationError), or every candidate file that parses and
 * is a template.
 */
async function loadTemplates(repoDir, files) {
    const explicit = files !== undefined;
    const names = files ?? (await findCandidateFiles(repoDir));
    const templates = [];
    for (const name of names) {
        const file = name.split(external_node_path_.sep).join('/');
        const path = (0,external_node_path_.join)(repoDir, name);
        let text;
        try {
            if (!explicit && (await (0,promises_.stat)(path)).size > MAX_TEMPLATE_BYTES)
                continue;
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`CloudFormation template ${path}: ${e.code ?? String(e)}`);
        }
        let doc;
        try {
            doc = parseTemplateText(text);
        }
        catch (e) {
            if (!(e instanceof yaml_tree/* SourceSyntaxError */.L))
                throw e;
            if (explicit)
                throw new errors/* ConfigurationError */.j1(`CloudFormation template ${path}: ${e.message}`);
            continue;
        }
        const resources = templateResources(doc);
        if (resources)
            templates.push({ file, doc, resources });
        else if (explicit) {
            throw new errors/* ConfigurationError */.j1(`CloudFormation template ${path}: no Resources of AWS:: types`);
        }
    }
    return templates;
}
/** The intrinsic function a value is written with, in either form, if any. */
function intrinsicOf(node) {
    if (!node)
        return undefined;
    if (node.tag !== undefined) {
        const { tag: _tag, ...arg } = node;
        return { fn: node.tag.replace(/^!/, ''), arg: arg };
    }
    if (node.kind === 'map' && node.entries.length === 1) {
        const only = node.entries[0];
        if (only.key === 'Ref' || only.key === 'Condition')
            return { fn: only.key, arg: only.value };
        if (only.key.startsWith('Fn::'))
            return { fn: only.key.slice(4), arg: only.value };
    }
    return undefined;
}
/** The logical id a value names a security group by: `Ref X`, `GetAtt X.GroupId` or `[X, GroupId]`. */
function groupLogicalId(node) {
    const fn = intrinsicOf(node);
    if (!fn)
        return undefined;
    if (fn.fn === 'Ref')
        return (0,source_tree/* literalString */.dc)(fn.arg);
    if (fn.fn !== 'GetAtt')
        return undefined;
    const dotted = (0,source_tree/* literalString */.dc)(fn.arg);
    if (dotted !== undefined) {
        const m = /^([A-Za-z0-9]+)\.GroupId$/.exec(dotted);
        return m?.[1];
    }
    if (fn.arg.kind === 'seq' && fn.arg.entries.length === 2) {
        const [id, attribute] = fn.arg.entries.map((e) => (0,source_tree/* literalString */.dc)(e.value));
        return attribute === 'GroupId' ? id : undefined;
    }
    return undefined;
}
/** A value's source text on one line, shortened, for messages ("CidrIp is !Ref OfficeCidr"). */
function sourceSnippet(doc, node) {
    const text = doc.text.slice(node.start, node.end).replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Every logical id a template names anywhere (Ref, GetAtt, DependsOn, ${X} in Sub). */
function referencedLogicalIds(doc, root, out = new Set()) {
    const fn = intrinsicOf(root);
    if (fn?.fn === 'Ref') {
        const id = (0,source_tree/* literalString */.dc)(fn.arg);
        if (id !== undefined)
            out.add(id);
    }
    else if (fn?.fn === 'GetAtt') {
        const arg = fn.arg;
        const first = arg.kind === 'seq' ? (0,source_tree/* literalString */.dc)(arg.entries[0]?.value) : (0,source_tree/* literalString */.dc)(arg)?.split('.')[0];
        if (first !== undefined)
            out.add(first);
    }
    if (root.kind === 'scalar') {
        if (typeof root.value === 'string') {
            for (const m of root.value.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g))
                out.add(m[1] ?? '');
        }
        return out;
    }
    if (root.kind === 'map') {
        for (const e of root.entries) {
            if (e.key === 'DependsOn') {
                const deps = e.value.kind === 'seq' ? e.value.entries.map((d) => d.value) : [e.value];
                for (const d of deps) {
                    const id = (0,source_tree/* literalString */.dc)(d);
                    if (id !== undefined)
                        out.add(id);
                }
            }
            referencedLogicalIds(doc, e.value, out);
        }
        return out;
    }
    for (const e of root.entries)
        referencedLogicalIds(doc, e.value, out);
    return out;
}


/***/ }),

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SourceSyntaxError),
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Reads YAML into a source tree with exact offsets, through the `yaml` package's document (values,
 * tags, scalar styles) and its concrete syntax tokens (where each `-`, `:` and tag is), so that
 * edits can splice the original text. CloudFormation's short-form functions (`!Ref`, `!GetAtt`,
 * `!Sub`, …) are declared as tags that keep their node as it is written.
 */

/** Every short-form function of CloudFormation templates (and of their `Rules` and `Conditions`). */
const CLOUDFORMATION_FUNCTIONS = [
    'And',
    'Base64',
    'Cidr',
    'Condition',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'Equals',
    'FindInMap',
    'ForEach',
    'GetAtt',
    'GetAZs',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Ref',
    'RefAll',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
    'ValueOf',
    'ValueOfAll',
];
/** The tags as the `yaml` package takes them: each function as a scalar, a sequence and a map. */
const CLOUDFORMATION_TAGS = CLOUDFORMATION_FUNCTIONS.flatMap((name) => [
    { tag: `!${name}`, resolve: (source) => source },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => value },
    { tag: `!${name}`, collection: 'map', resolve: (value) => value },
]);
/** Thrown when a file is not YAML this reader can place edits in. */
class SourceSyntaxError extends Error {
    name = 'SourceSyntaxError';
}
const QUOTES = {
    PLAIN: 'plain',
    QUOTE_SINGLE: 'single',
    QUOTE_DOUBLE: 'double',
    BLOCK_LITERAL: 'block',
    BLOCK_FOLDED: 'block',
};
/** Offset of the first tag or anchor written before a value, if any. */
function propsStart(tokens, after) {
    const props = (tokens ?? []).filter((t) => (t.type === 'tag' || t.type === 'anchor') && t.offset >= after);
    return props.length === 0 ? undefined : Math.min(...props.map((t) => t.offset));
}
function tagOf(node) {
    return node.tag?.startsWith('!') ? node.tag : undefined;
}
function withTag(node, tag) {
    if (tag !== undefined)
        node.tag = tag;
    return node;
}
function emptyAt(offset) {
    return { kind: 'scalar', value: null, quote: 'plain', start: offset, end: offset };
}
/** Converts the `yaml` package's nodes, reading offsets from their source tokens. */
class Converter {
    text;
    constructor(text) {
        this.text = text;
    }
    node(node, props) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const [from, to] = node.range ?? [0, 0];
            // An alias stands for another node; it stays opaque so that no edit reaches through it.
            return { kind: 'scalar', value: null, quote: 'plain', start: props ?? from, end: to, tag: '*alias' };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return this.scalar(node, props);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return this.map(node, props);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return this.seq(node, props);
        throw new SourceSyntaxError('an unexpected YAML node');
    }
    scalar(node, props) {
        const [from, to] = node.range ?? [0, 0];
        const v = node.value;
        const value = v === null || v === undefined
            ? null
            : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                ? v
                : String(v);
        const quote = QUOTES[node.type ?? 'PLAIN'] ?? 'plain';
        // A block scalar's range runs over its last line break; its content ends before it.
        const end = quote === 'block' ? from + this.text.slice(from, to).trimEnd().length : to;
        return withTag({ kind: 'scalar', value, quote, start: props ?? from, end }, tagOf(node));
    }
    map(node, props) {
        const token = node.srcToken;
        const entries = node.items.map((pair, i) => {
            const item = token?.items[i];
            const key = pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || !key.range)
                throw new SourceSyntaxError('a map key that is not a plain value');
            const colon = (item?.sep ?? []).find((t) => t.type === 'map-value-ind');
            const colonEnd = colon ? colon.offset + 1 : key.range[1];
            const value = pair.value ? this.node(pair.value, propsStart(item?.sep, colonEnd)) : emptyAt(colonEnd);
            return {
                key: String(key.value),
                keyQuote: QUOTES[key.type ?? 'PLAIN'] ?? 'plain',
                start: key.range[0],
                keyEnd: key.range[1],
                colonEnd,
                value,
                end: Math.max(value.end, colonEnd),
            };
        });
        return withTag(this.bounds({ kind: 'map', flow: node.flow === true, entries }, node, props), tagOf(node));
    }
    seq(node, props) {
        const token = node.srcToken;
        const entries = node.items.map((child, i) => {
            const item = token?.items[i];
            const indicator = (item?.start ?? []).find((t) => t.type === 'seq-item-ind');
            const after = indicator ? indicator.offset + 1 : 0;
            const value = child ? this.node(child, propsStart(item?.start, after)) : emptyAt(after);
            return { start: indicator?.offset ?? value.start, value, end: value.end };
        });
        return withTag(this.bounds({ kind: 'seq', flow: node.flow === true, entries }, node, props), tagOf(node));
    }
    /** A flow collection ends at its bracket; a block one where its last entry's content ends. */
    bounds(shape, node, props) {
        const [from, to] = node.range ?? [0, 0];
        const last = shape.entries.at(-1);
        const first = shape.entries[0];
        const start = props ?? (shape.flow || !first ? from : Math.min(from, first.start));
        const end = shape.flow || !last ? to : last.end;
        return { ...shape, start, end };
    }
}
/**
 * Parses one YAML document into a source tree. Throws SourceSyntaxError when the text is not
 * YAML (or holds several documents), with the parser's first message.
 */
function parseYamlSource(text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { keepSourceTokens: true, customTags: CLOUDFORMATION_TAGS });
    const error = doc.errors[0];
    if (error)
        throw new SourceSyntaxError(error.message.split('\n')[0] ?? 'not YAML');
    if (doc.contents === null)
        throw new SourceSyntaxError('an empty document');
    return { syntax: 'yaml', text, root: new Converter(text).node(doc.contents, undefined) };
}


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ parseGroupFile),
/* harmony export */   sS: () => (/* binding */ EXPORT_MARKER)
/* harmony export */ });
/* unused harmony exports compareRules, exportFileName, renderGroupFile, exportGroups, readExportedGroups */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7129);
/**
 * The exported snapshot, for teams whose security groups are in no code: one YAML file per
 * group (ids, name, VPC, description, and its rules split into ingress and egress, each with one
 * peer), in a stable order, so that a proposal can be a reviewable diff of these files and a
 * fresh export changes only what changed in AWS.
 */






/** The first characters of every exported file: how the files are told from others. */
const EXPORT_MARKER = '# sg-flow-audit export:';
const DIRECTIONS = ['ingress', 'egress'];
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The stable order of a group's rules: direction, protocol, ports, peer, rule id. */
function compareRules(a, b) {
    return (DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
        compareText(a.protocol, b.protocol) ||
        a.fromPort - b.fromPort ||
        a.toPort - b.toPort ||
        compareText(peerText(a.peer), peerText(b.peer)) ||
        compareText(a.ruleId, b.ruleId));
}
/** A group's file name: its name (made safe for file systems) and its id, which is unique. */
function exportFileName(group) {
    const name = group.groupName
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|-+$/g, '')
        .slice(0, 60);
    return name === '' ? `${group.groupId}.yaml` : `${name}.${group.groupId}.yaml`;
}
function ruleDocument(rule) {
    const peer = 'cidr' in rule.peer
        ? { cidr: rule.peer.cidr }
        : 'groupId' in rule.peer
            ? { groupId: rule.peer.groupId }
            : { prefixListId: rule.peer.prefixListId };
    return {
        ruleId: rule.ruleId,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        ...peer,
        ...(rule.description === undefined ? {} : { description: rule.description }),
    };
}
/** The text of one group's file. */
function renderGroupFile(group, rules) {
    const own = rules.filter((r) => r.groupId === group.groupId).sort(compareRules);
    const header = [
        `${EXPORT_MARKER} security group ${group.groupId}, as AWS had it when exported.`,
        '# Written by `sg-flow-audit export`; refresh it with `sg-flow-audit export --out DIR` and the',
        '# inventory options of `analyze`. `sg-flow-audit propose` edits rules here by ruleId; a rule',
        '# without a ruleId is one to add. Nothing applies this file to AWS by itself.',
    ];
    const body = stringify({
        groupId: group.groupId,
        groupName: group.groupName,
        vpcId: group.vpcId,
        description: group.description,
        ingress: own.filter((r) => r.direction === 'ingress').map(ruleDocument),
        egress: own.filter((r) => r.direction === 'egress').map(ruleDocument),
    }, { lineWidth: 0 });
    return `${header.join('\n')}\n${body}`;
}
async function exportedFiles(dir) {
    const names = (await readdir(dir))
        .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
        .sort(compareText);
    const out = [];
    for (const name of names) {
        const text = await readFile(join(dir, name), 'utf8');
        if (text.startsWith(EXPORT_MARKER))
            out.push(name);
    }
    return out;
}
/**
 * Writes every group of an inventory as `<name>.<groupId>.yaml` in outDir (created if needed),
 * and removes the exported files of groups that are gone.
 */
async function exportGroups(inventory, outDir) {
    try {
        await mkdir(outDir, { recursive: true });
    }
    catch (e) {
        throw new ConfigurationError(`--out: ${outDir}: ${e.code ?? String(e)}`);
    }
    const before = await exportedFiles(outDir);
    const written = [];
    for (const group of [...inventory.groups].sort((a, b) => compareText(a.groupId, b.groupId))) {
        const name = exportFileName(group);
        await writeFile(join(outDir, name), renderGroupFile(group, inventory.rules));
        written.push(name);
    }
    const removed = before.filter((name) => !written.includes(name));
    for (const name of removed)
        await rm(join(outDir, name));
    return { written, removed };
}
const RuleSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    ruleId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    protocol: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()]).transform(String),
    fromPort: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int(),
    toPort: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int(),
    cidr: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    groupId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    prefixListId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
})
    .refine((r) => [r.cidr, r.groupId, r.prefixListId].filter((p) => p !== undefined).length === 1, {
    message: 'each rule needs exactly one of cidr, groupId, prefixListId',
});
const GroupFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    groupId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^sg-/, 'expected a group id sg-…'),
    groupName: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    vpcId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    ingress: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(RuleSchema),
    egress: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(RuleSchema),
});
/** Reads one exported file's text into its group and rules; `where` names it in errors. */
function parseGroupFile(text, where) {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: not YAML (${e.message.split('\n')[0] ?? ''})`);
    }
    const parsed = GroupFileSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const file = parsed.data;
    const group = {
        groupId: file.groupId,
        groupName: file.groupName,
        vpcId: file.vpcId,
        description: file.description,
    };
    const rules = DIRECTIONS.flatMap((direction) => file[direction].map((r, i) => {
        const protocol = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeProtocol */ .gR)(r.protocol);
        if (!protocol)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: ${direction}.${i}.protocol: unknown protocol ${r.protocol}`);
        const peer = r.cidr !== undefined
            ? { cidr: r.cidr }
            : r.groupId !== undefined
                ? { groupId: r.groupId }
                : { prefixListId: r.prefixListId ?? '' };
        const shape = {
            groupId: file.groupId,
            direction,
            ...protocol,
            fromPort: r.fromPort,
            toPort: r.toPort,
            peer,
        };
        return {
            ruleId: r.ruleId ?? (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_4__/* .derivedRuleId */ .xO)(shape),
            ...shape,
            ...(r.description === undefined ? {} : { description: r.description }),
        };
    }));
    return { group, rules };
}
/**
 * Reads the exported files of a folder back into an inventory of groups and rules (no
 * interfaces or prefix lists). A rule without a ruleId (one a proposal adds) gets a derived id.
 */
async function readExportedGroups(dir) {
    let names;
    try {
        names = await exportedFiles(dir);
    }
    catch (e) {
        throw new ConfigurationError(`${dir}: ${e.code ?? String(e)}`);
    }
    const inventory = { groups: [], rules: [], interfaces: [], prefixLists: [] };
    for (const name of names) {
        const { group, rules } = parseGroupFile(await readFile(join(dir, name), 'utf8'), join(dir, name));
        inventory.groups.push(group);
        inventory.rules.push(...rules);
    }
    return inventory;
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ callersOf),
/* harmony export */   Zx: () => (/* binding */ dirsForModulePath),
/* harmony export */   cc: () => (/* binding */ listTerraformFiles),
/* harmony export */   x3: () => (/* binding */ readTerraformTree)
/* harmony export */ });
/* unused harmony exports repoRelative, rootDirs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(925);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8117);
/**
 * The Terraform files of a repository: which `.tf` files there are, their syntax, and the local
 * module calls that tie directories together (needed to find `module.a.aws_security_group.x` of a
 * state file, and to know when a module's code is shared by several callers).
 */





/** Every `.tf` file under the repository, without `.terraform/` and `node_modules/`, sorted. */
async function listTerraformFiles(repoDir) {
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)('**/*.tf', {
        cwd: repoDir,
        ignore: ['**/.terraform/**', '**/node_modules/**'],
        dot: true,
    });
    return found.sort();
}
/** Reads and parses the files (relative to `repoDir`, or absolute inside it). */
async function readTerraformTree(repoDir, files, parser) {
    const parsed = [];
    const unparsed = [];
    for (const given of files) {
        const file = repoRelative(repoDir, given);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoDir, file), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read the Terraform file ${given}`);
        }
        const hcl = parser.parse(file, text);
        if (hcl.hasError)
            unparsed.push(file);
        else
            parsed.push(hcl);
    }
    return { files: parsed, unparsed, calls: moduleCalls(parsed) };
}
/** A path relative to the repository root with `/` separators; one outside it is a user mistake. */
function repoRelative(repoDir, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoDir, path));
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the Terraform file ${path} is not inside the repository ${repoDir}`);
    return rel.split('\\').join('/');
}
function moduleCalls(files) {
    const calls = [];
    for (const file of files) {
        for (const block of file.blocks) {
            if (block.type !== 'module' || block.labels.length !== 1)
                continue;
            const source = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)((0,_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .attribute */ .lt)(block, 'source')?.value);
            const local = source !== undefined && (source.startsWith('./') || source.startsWith('../'));
            const target = local ? joinDir(file.dir, source) : undefined;
            const repeated = ['for_each', 'count'].find((name) => (0,_syntax_js__WEBPACK_IMPORTED_MODULE_4__/* .attribute */ .lt)(block, name));
            calls.push({
                file,
                block,
                name: block.labels[0] ?? '',
                source,
                targetDir: target,
                repeated: repeated && `module.${block.labels[0] ?? ''} is called with ${repeated}`,
            });
        }
    }
    return calls;
}
/** `dir` joined with a relative module source, or undefined when it leaves the repository. */
function joinDir(dir, source) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const part of source.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** Directories holding `.tf` files that no local module call points at: the root modules. */
function rootDirs(tree) {
    const called = new Set(tree.calls.map((c) => c.targetDir));
    return [...new Set(tree.files.map((f) => f.dir))].filter((dir) => !called.has(dir)).sort();
}
/**
 * The directories a module path of a state address (`["net", "sg"]` for `module.net.module.sg`)
 * can be, from every root (or only `root` when given), with the calls on the way.
 */
function dirsForModulePath(tree, path, root) {
    let reached = (root === undefined ? rootDirs(tree) : [root]).map((dir) => ({
        dir,
        calls: [],
    }));
    for (const name of path) {
        reached = reached.flatMap((route) => route.dir === undefined
            ? [route]
            : tree.calls
                .filter((c) => c.file.dir === route.dir && c.name === name)
                .map((c) => ({ dir: c.targetDir, calls: [...route.calls, c] })));
    }
    return reached;
}
/** The calls of the module in `dir` (none for a root module). */
function callersOf(tree, dir) {
    return tree.calls.filter((c) => c.targetDir === dir);
}


/***/ }),

/***/ 2363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pV: () => (/* binding */ loadHclParser)
/* harmony export */ });
/* unused harmony exports GRAMMAR_WASM, RUNTIME_WASM */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var web_tree_sitter__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(171);
/* harmony import */ var web_tree_sitter__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(web_tree_sitter__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/**
 * Parses HCL with tree-sitter's HCL grammar (web-tree-sitter, WebAssembly: no native build) into
 * the syntax model of syntax.ts, with the offset of every block, attribute and value.
 *
 * Two WebAssembly files are needed at run time: web-tree-sitter's `tree-sitter.wasm` and the
 * grammar's `tree-sitter-hcl.wasm`. They are looked up next to the running module first (where a
 * bundle keeps them), then in node_modules; `loadHclParser` also takes explicit paths.
 */







const GRAMMAR_WASM = 'tree-sitter-hcl.wasm';
const RUNTIME_WASM = 'tree-sitter.wasm';
let runtime;
const languages = new Map();
/** Loads (once per grammar file) the HCL grammar and returns a parser for it. */
async function loadHclParser(paths = {}) {
    const runtimeWasm = paths.runtimeWasm ?? defaultWasmPath(RUNTIME_WASM, 'web-tree-sitter/tree-sitter.wasm');
    const grammarWasm = paths.grammarWasm ??
        defaultWasmPath(GRAMMAR_WASM, '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');
    // The runtime is one Emscripten module per process: the first caller's file is the one loaded.
    runtime ??= readWasm(runtimeWasm).then(startRuntime);
    await runtime;
    let language = languages.get(grammarWasm);
    if (!language) {
        language = readWasm(grammarWasm).then((bytes) => web_tree_sitter__WEBPACK_IMPORTED_MODULE_5___default().Language.load(bytes));
        // A failed load is not remembered: the file may be there on the next call.
        language.catch(() => languages.delete(grammarWasm));
        languages.set(grammarWasm, language);
    }
    const parser = new (web_tree_sitter__WEBPACK_IMPORTED_MODULE_5___default())();
    parser.setLanguage(await language);
    return {
        parse(file, text) {
            const tree = parser.parse(text);
            if (!tree)
                throw new Error(`tree-sitter returned no tree for ${file}`);
            try {
                const root = tree.rootNode;
                const body = root.namedChildren.find((n) => n?.type === 'body');
                const slash = file.lastIndexOf('/');
                return {
                    file,
                    dir: slash === -1 ? '' : file.slice(0, slash),
                    text,
                    blocks: body ? children(body, 'block').map((b) => toBlock(b, text)) : [],
                    hasError: root.hasError,
                };
            }
            finally {
                tree.delete();
            }
        },
    };
}
/**
 * Starts web-tree-sitter's runtime. Its CommonJS build reads `__dirname` as it starts in Node, and
 * an ES module bundle (dist/) has none: lend it one for that moment (the WebAssembly itself is
 * passed in, so the directory is never used to find a file).
 */
async function startRuntime(wasmBinary) {
    const global = globalThis;
    const lent = typeof __dirname === 'undefined' && global.__dirname === undefined;
    if (lent)
        global.__dirname = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    try {
        await web_tree_sitter__WEBPACK_IMPORTED_MODULE_5___default().init({ wasmBinary });
    }
    finally {
        if (lent)
            delete global.__dirname;
    }
}
function defaultWasmPath(name, specifier) {
    const beside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), name);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside))
        return beside;
    try {
        return (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url).resolve(specifier);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`cannot find ${name}: install the dependencies (npm ci)`);
    }
}
async function readWasm(path) {
    try {
        return new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`cannot read the HCL parser's ${path}`);
    }
}
function children(node, type) {
    return node.namedChildren.filter((n) => n !== null && n.type === type);
}
function significant(node) {
    return node.namedChildren.filter((n) => n !== null && n.type !== 'comment');
}
function toBlock(node, text) {
    const parts = significant(node);
    const type = parts[0]?.text ?? '';
    const labelNodes = parts.slice(1).filter((n) => n.type === 'string_lit' || n.type === 'identifier');
    const labels = labelNodes.map((n) => (n.type === 'string_lit' ? stringOf(n) : n.text));
    const start = parts.find((n) => n.type === 'block_start');
    const end = parts.find((n) => n.type === 'block_end');
    const body = parts.find((n) => n.type === 'body');
    return {
        type,
        labels,
        labelSpans: labelNodes.map((n) => ({ start: n.startIndex, end: n.endIndex })),
        start: node.startIndex,
        end: node.endIndex,
        line: node.startPosition.row + 1,
        bodyStart: start ? start.endIndex : node.endIndex,
        bodyEnd: end ? end.startIndex : node.endIndex,
        attributes: body ? children(body, 'attribute').map((a) => toAttribute(a, text)) : [],
        blocks: body ? children(body, 'block').map((b) => toBlock(b, text)) : [],
    };
}
function toAttribute(node, text) {
    const [name, expression] = significant(node);
    const equals = node.children.find((n) => n?.type === '=');
    return {
        name: name?.text ?? '',
        start: node.startIndex,
        end: node.endIndex,
        nameEnd: name?.endIndex ?? node.startIndex,
        equals: equals?.startIndex ?? node.startIndex,
        value: expression
            ? toExpression(expression, text)
            : { kind: 'null', start: node.endIndex, end: node.endIndex, text: '' },
    };
}
function toExpression(node, text) {
    const span = { start: node.startIndex, end: node.endIndex, text: node.text };
    const parts = significant(node);
    const first = parts[0];
    if (node.type === 'expression' && first && parts.length === 1)
        return toExpression(first, text);
    if (node.type === 'expression' && first?.type === 'variable_expr') {
        const path = [first.text];
        for (const part of parts.slice(1)) {
            const name = part.type === 'get_attr' ? significant(part)[0] : undefined;
            if (!name)
                return { ...span, kind: 'computed', source: rootSource(first.text) };
            path.push(name.text);
        }
        const source = rootSource(path[0] ?? '');
        return source === 'expression'
            ? { ...span, kind: 'reference', path }
            : { ...span, kind: 'computed', source };
    }
    switch (node.type) {
        case 'variable_expr': {
            const source = rootSource(node.text);
            return source === 'expression'
                ? { ...span, kind: 'reference', path: [node.text] }
                : { ...span, kind: 'computed', source };
        }
        case 'literal_value':
            return first ? toExpression(first, text) : { ...span, kind: 'null' };
        case 'string_lit':
            return { ...span, kind: 'string', value: stringOf(node) };
        case 'numeric_lit':
            return { ...span, kind: 'number', value: Number(node.text) };
        case 'bool_lit':
            return { ...span, kind: 'bool', value: node.text === 'true' };
        case 'null_lit':
            return { ...span, kind: 'null' };
        case 'collection_value':
            if (first?.type === 'tuple') {
                const elements = children(first, 'expression').map((e) => toExpression(e, text));
                return { ...span, kind: 'tuple', elements, multiline: node.text.includes('\n') };
            }
            return { ...span, kind: 'computed', source: 'expression' };
        case 'template_expr':
            return templateExpression(first, span, text);
        case 'function_call':
            return { ...span, kind: 'computed', source: 'function' };
        case 'operation': {
            // `-1` is a unary minus applied to the literal 1.
            const unary = first?.type === 'unary_operation' ? first : undefined;
            const operand = unary ? significant(unary)[0] : undefined;
            if (unary?.text.trim().startsWith('-') && operand) {
                const inner = toExpression(operand, text);
                if (inner.kind === 'number')
                    return { ...span, kind: 'number', value: -inner.value };
            }
            return { ...span, kind: 'computed', source: 'expression' };
        }
        default:
            return { ...span, kind: 'computed', source: 'expression' };
    }
}
function templateExpression(template, span, text) {
    const parts = template ? significant(template) : [];
    const inner = parts.filter((n) => !n.type.endsWith('_start') && !n.type.endsWith('_end'));
    if (template?.type === 'quoted_template' && inner.every((n) => n.type === 'template_literal'))
        return { ...span, kind: 'string', value: inner.map((n) => unescape(n.text)).join('') };
    // "${aws_security_group.web.id}" is the pre-0.12 spelling of a plain reference.
    const only = inner.length === 1 && inner[0]?.type === 'template_interpolation' ? inner[0] : undefined;
    const expression = only ? significant(only).find((n) => n.type === 'expression') : undefined;
    if (expression) {
        const value = toExpression(expression, text);
        if (value.kind === 'reference' || (value.kind === 'computed' && value.source !== 'expression'))
            return { ...value, ...span };
    }
    return { ...span, kind: 'computed', source: 'interpolation' };
}
function rootSource(root) {
    if (root === 'var')
        return 'variable';
    if (root === 'local')
        return 'local';
    if (root === 'each' || root === 'count')
        return 'iteration';
    return 'expression';
}
function stringOf(node) {
    return children(node, 'template_literal')
        .map((n) => unescape(n.text))
        .join('');
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** HCL's quoted-string escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
function unescape(raw) {
    return raw
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, code) => {
        if (code.length > 1)
            return String.fromCodePoint(parseInt(code.slice(1), 16));
        return ESCAPES[code] ?? all;
    })
        .replace(/([$%])\1\{/g, '$1{');
}


/***/ }),

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ PEER_ATTRIBUTES),
/* harmony export */   P1: () => (/* binding */ VPC_RULE_TYPES),
/* harmony export */   b4: () => (/* binding */ collectSites),
/* harmony export */   mm: () => (/* binding */ RULE_TYPE),
/* harmony export */   ti: () => (/* binding */ GROUP_TYPE)
/* harmony export */ });
/* unused harmony exports resourceAddress, groupReference */
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7129);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8117);


/** Names of the peer attributes per kind of site. */
const PEER_ATTRIBUTES = {
    inline: {
        cidr4: 'cidr_blocks',
        cidr6: 'ipv6_cidr_blocks',
        group: 'security_groups',
        prefixList: 'prefix_list_ids',
    },
    rule: {
        cidr4: 'cidr_blocks',
        cidr6: 'ipv6_cidr_blocks',
        group: 'source_security_group_id',
        prefixList: 'prefix_list_ids',
    },
    'vpc-rule': {
        cidr4: 'cidr_ipv4',
        cidr6: 'cidr_ipv6',
        group: 'referenced_security_group_id',
        prefixList: 'prefix_list_id',
    },
};
/** The Terraform resource types of rules, and the one of groups. */
const GROUP_TYPE = 'aws_security_group';
const RULE_TYPE = 'aws_security_group_rule';
const VPC_RULE_TYPES = {
    aws_vpc_security_group_ingress_rule: 'ingress',
    aws_vpc_security_group_egress_rule: 'egress',
};
/** Every group resource and rule site of the files. */
function collectSites(files) {
    const groups = [];
    const sites = [];
    for (const file of files) {
        for (const resource of file.blocks) {
            if (resource.type !== 'resource' || resource.labels.length !== 2)
                continue;
            const [type = '', name = ''] = resource.labels;
            const repeated = repetition(resource);
            if (type === GROUP_TYPE) {
                groups.push({ file, block: resource, name, groupName: literalName(resource), repeated });
                for (const block of resource.blocks) {
                    const site = inlineSite(file, resource, name, block);
                    if (site)
                        sites.push(withBlocker(site, repeated));
                }
            }
            else if (type === RULE_TYPE || type in VPC_RULE_TYPES) {
                sites.push(withBlocker(ruleSite(file, resource, type), repeated));
            }
        }
    }
    return { groups, sites };
}
/** The address of a site's resource, as a state file writes it (without module path). */
function resourceAddress(block) {
    return block.labels.join('.');
}
function repetition(resource) {
    const used = ['for_each', 'count'].find((name) => (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(resource, name));
    return used && `${resourceAddress(resource)} is built with ${used}`;
}
function withBlocker(site, blocker) {
    if (blocker)
        site.blockers.push(blocker);
    return site;
}
function literalName(resource) {
    return (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(resource, 'name')?.value);
}
function inlineSite(file, resource, name, block) {
    const group = { kind: 'resource', dir: file.dir, name };
    const base = { kind: 'inline', file, resource, block, group, peers: [] };
    if (block.type === 'dynamic' && (block.labels[0] === 'ingress' || block.labels[0] === 'egress')) {
        const why = `the rules of ${resourceAddress(resource)} are built by a dynamic "${block.labels[0]}" block`;
        return {
            ...base,
            direction: block.labels[0],
            protocol: undefined,
            fromPort: undefined,
            toPort: undefined,
            unknown: { protocol: why, ports: why, peers: why },
            blockers: [why],
        };
    }
    if (block.type !== 'ingress' && block.type !== 'egress')
        return undefined;
    const site = {
        ...base,
        direction: block.type,
        ...protocolAndPorts(block, 'protocol'),
        blockers: [],
    };
    readPeers(site);
    return site;
}
function ruleSite(file, resource, type) {
    const vpc = VPC_RULE_TYPES[type];
    const site = {
        kind: vpc ? 'vpc-rule' : 'rule',
        file,
        resource,
        block: resource,
        direction: vpc,
        group: groupRef(resource, file.dir),
        ...protocolAndPorts(resource, vpc ? 'ip_protocol' : 'protocol'),
        peers: [],
        blockers: [],
    };
    if (!vpc) {
        const typeValue = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(resource, 'type')?.value;
        const direction = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(typeValue);
        if (direction === 'ingress' || direction === 'egress')
            site.direction = direction;
        else
            site.unknown.direction = `type ${typeValue ? (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(typeValue) : 'is missing'}`;
    }
    readPeers(site);
    return site;
}
function groupRef(resource, dir) {
    const value = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(resource, 'security_group_id')?.value;
    if (!value)
        return { kind: 'unknown', why: 'security_group_id is missing' };
    if (value.kind === 'string')
        return { kind: 'id', id: value.value };
    const ref = groupReference(value);
    if (ref)
        return { kind: 'resource', dir, name: ref };
    return { kind: 'unknown', why: `security_group_id ${(0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(value)}` };
}
/** `web` for `aws_security_group.web.id`. */
function groupReference(value) {
    if (value.kind !== 'reference' || value.path.length !== 3)
        return undefined;
    const [type, name, field] = value.path;
    return type === GROUP_TYPE && field === 'id' ? name : undefined;
}
function protocolAndPorts(block, protocolName) {
    const unknown = {};
    const protocolValue = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(block, protocolName)?.value;
    const written = protocolValue?.kind === 'number' ? String(protocolValue.value) : (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(protocolValue);
    const protocol = written === undefined ? undefined : (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProtocol */ .gR)(written)?.protocol;
    if (protocol === undefined)
        unknown.protocol = `${protocolName} ${protocolValue ? (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(protocolValue) : 'is missing'}`;
    const ports = ['from_port', 'to_port'].map((name) => {
        const value = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)(block, name)?.value;
        // A vpc rule for all protocols has no ports at all; -1 is what AWS reports then.
        if (!value)
            return protocolName === 'ip_protocol' ? -1 : undefined;
        const port = (0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .numberValue */ .Vg)(value);
        if (port === undefined)
            unknown.ports = `${name} ${(0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(value)}`;
        return port;
    });
    if (ports.some((p) => p === undefined))
        unknown.ports ??= 'from_port or to_port is missing';
    return { protocol, fromPort: ports[0], toPort: ports[1], unknown };
}
function readPeers(site) {
    const names = PEER_ATTRIBUTES[site.kind];
    const unknownPeers = [];
    for (const attr of site.block.attributes) {
        const kind = attr.name === names.cidr4 || attr.name === names.cidr6
            ? 'cidr'
            : attr.name === names.group
                ? 'group'
                : attr.name === names.prefixList
                    ? 'prefixList'
                    : attr.name === 'self' && site.kind !== 'vpc-rule'
                        ? 'self'
                        : undefined;
        if (!kind)
            continue;
        if (kind === 'self') {
            if (attr.value.kind === 'bool') {
                if (attr.value.value)
                    site.peers.push({ kind, attribute: attr });
            }
            else
                unknownPeers.push(`self ${(0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(attr.value)}`);
            continue;
        }
        const list = attr.value.kind === 'tuple';
        const values = attr.value.kind === 'tuple' ? attr.value.elements : [attr.value];
        if (!list && site.kind === 'inline') {
            unknownPeers.push(`${attr.name} ${(0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(attr.value)}`);
            continue;
        }
        for (const value of values) {
            const element = list ? { element: value } : {};
            const ref = kind === 'group' ? groupReference(value) : undefined;
            if (value.kind === 'string')
                site.peers.push({ kind, literal: value.value, attribute: attr, ...element });
            else if (ref)
                site.peers.push({ kind, ref, attribute: attr, ...element });
            else
                unknownPeers.push(`${attr.name} ${(0,_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComputed */ .vC)(value)}`);
        }
    }
    if (unknownPeers.length > 0)
        site.unknown.peers = unknownPeers.join('; ');
}


/***/ }),

/***/ 8117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   lt: () => (/* binding */ attribute),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   vC: () => (/* binding */ describeComputed)
/* harmony export */ });
/**
 * The part of an HCL file the Terraform editor reads: blocks, attributes and the values of their
 * expressions, each with its offsets in the file's text (JavaScript string indices, so an edit
 * spliced at them leaves every other character, and so every other byte, as it was).
 */
/** The attribute of that name directly in the block, if any. */
function attribute(block, name) {
    return block.attributes.find((a) => a.name === name);
}
/** The literal string an attribute holds, or undefined. */
function stringValue(value) {
    return value?.kind === 'string' ? value.value : undefined;
}
/**
 * The literal number an expression holds: Terraform converts `"443"` to 443 for a number
 * argument, so a quoted number counts too.
 */
function numberValue(value) {
    if (value?.kind === 'number')
        return value.value;
    if (value?.kind === 'string' && /^-?\d+$/.test(value.value.trim()))
        return Number(value.value);
    return undefined;
}
/** Why an expression is not a literal, in words for a person ("comes from a variable (var.x)"). */
function describeComputed(value) {
    const text = oneLine(value.text);
    if (value.kind !== 'computed')
        return `is ${text}`;
    switch (value.source) {
        case 'variable':
            return `comes from a variable (${text})`;
        case 'local':
            return `comes from a local value (${text})`;
        case 'iteration':
            return `comes from the iteration (${text})`;
        case 'function':
            return `is computed by a function (${text})`;
        case 'interpolation':
            return `is built by interpolation (${text})`;
        case 'expression':
            return `is computed (${text})`;
    }
}
/** The 1-based line of an offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}


/***/ })

};
