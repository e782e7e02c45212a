export const id = 930;
export const ids = [930];
export const modules = {

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
