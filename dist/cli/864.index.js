export const id = 864;
export const ids = [864];
export const modules = {

/***/ 8864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewMarkdown: () => (/* binding */ reviewMarkdown),
  reviewText: () => (/* binding */ reviewText),
  reviewTrees: () => (/* binding */ reviewTrees)
});

// UNUSED EXPORTS: findingPlace

// EXTERNAL MODULE: ./src/analysis/suppressions.ts
var suppressions = __webpack_require__(3984);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/iac/cloudformation/template.ts + 1 modules
var template = __webpack_require__(6968);
// EXTERNAL MODULE: ./src/iac/cloudformation/yaml-tree.ts
var yaml_tree = __webpack_require__(7798);
// EXTERNAL MODULE: ./src/iac/snapshot-yaml/export.ts
var snapshot_yaml_export = __webpack_require__(1100);
// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/iac/cloudformation/match.ts
var match = __webpack_require__(4861);
// EXTERNAL MODULE: ./src/iac/cloudformation/rules.ts
var rules = __webpack_require__(7771);
// EXTERNAL MODULE: ./src/iac/cloudformation/source-tree.ts
var source_tree = __webpack_require__(7912);
// EXTERNAL MODULE: ./src/analysis/net.ts
var net = __webpack_require__(65);
;// CONCATENATED MODULE: ./src/iac/review/written-rule.ts

/** Whether every part of a written rule is known. */
function isRead(rule) {
    return rule.computed === undefined;
}
/** A CIDR in its canonical text (host bits cleared, IPv6 compressed), or as written when invalid. */
function canonicalCidr(text) {
    return (0,net/* parseCidr */.GN)(text)?.text ?? text.trim().toLowerCase();
}
/**
 * The identity of a rule's group: its AWS name when the code says it (that is what ties
 * Terraform, CloudFormation and the snapshot to each other and to the live account), else its id,
 * else its address (a Terraform address with its module directory; a CloudFormation logical id,
 * which stays the same when the template file moves).
 */
function groupKey(rule) {
    const g = rule.group;
    if (g.name !== undefined)
        return `name:${g.name}`;
    if (g.id !== undefined)
        return `id:${g.id}`;
    if (rule.source === 'terraform')
        return `tf:${g.module ?? ''}:${g.address ?? ''}`;
    return `${rule.source}:${g.address ?? ''}`;
}
/** The identity of a peer (a group reference by the referenced group's name when the code says it). */
function peerKey(rule, peer) {
    if ('cidr' in peer)
        return `cidr:${canonicalCidr(peer.cidr)}`;
    if ('groupId' in peer)
        return `group:id:${peer.groupId}`;
    if ('prefixListId' in peer)
        return `pl:${peer.prefixListId}`;
    if ('self' in peer)
        return 'self';
    if (peer.groupName !== undefined)
        return `group:name:${peer.groupName}`;
    return rule.source === 'terraform'
        ? `group:tf:${rule.group.module ?? ''}:${peer.groupRef}`
        : `group:${rule.source}:${peer.groupRef}`;
}
/** Group, direction, protocol, ports and peer: two rules with one identity are one AWS rule. */
function ruleIdentity(rule) {
    return [
        groupKey(rule),
        rule.direction,
        rule.protocol,
        rule.fromPort,
        rule.toPort,
        peerKey(rule, rule.peer),
    ].join('|');
}
/** A peer in words: `0.0.0.0/0`, `sg-0abc`, `aws_security_group.db`, `self`. */
function writtenPeerText(peer) {
    if ('cidr' in peer)
        return peer.cidr;
    if ('groupId' in peer)
        return peer.groupId;
    if ('prefixListId' in peer)
        return peer.prefixListId;
    if ('self' in peer)
        return 'self';
    return peer.groupName ?? peer.groupRef;
}
/** The group in words: its name, id or address. */
function writtenGroupText(group) {
    return group.name ?? group.id ?? group.address ?? 'an unknown group';
}
/** A rule in one line: `ingress tcp 22 from 0.0.0.0/0`. */
function describeWritten(rule) {
    const ports = rule.protocol === 'all'
        ? 'all traffic'
        : rule.fromPort < 0
            ? rule.protocol
            : `${rule.protocol} ${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}`;
    return `${rule.direction} ${ports} ${rule.direction === 'ingress' ? 'from' : 'to'} ${writtenPeerText(rule.peer)}`;
}
/** A protocol and ports as AWS reports them: `all` has no ports. */
function normalizedPorts(protocol, fromPort, toPort) {
    return protocol === 'all' ? [-1, -1] : [fromPort, toPort];
}

;// CONCATENATED MODULE: ./src/iac/review/cloudformation-rules.ts
/**
 * The rules a CloudFormation template writes (`SecurityGroupIngress`/`Egress` entries of a group,
 * `AWS::EC2::SecurityGroupIngress`/`Egress` resources), one per entry, read from the text alone:
 * a value a function or a parameter gives is reported as computed, never resolved.
 */






/** Every rule a template writes, in the order they appear. */
function templateRules(template) {
    return (0,rules/* ruleEntries */.Fg)(template).map((entry) => entryRule(entry));
}
function entryRule(entry) {
    const template = entry.template;
    const text = template.doc.text;
    const group = entryGroup(entry);
    const base = {
        source: 'cloudformation',
        file: template.file,
        line: (0,source_tree/* lineNumber */.eT)(text, entry.at),
        endLine: (0,source_tree/* lineNumber */.eT)(text, entryEnd(entry)),
        group: 'value' in group ? group.value : {},
        direction: entry.direction,
    };
    const reasons = 'why' in group ? [group.why] : [];
    const properties = entry.properties;
    if (!properties)
        return { ...base, computed: [...reasons, entry.opaque ?? 'a function builds it'].join('; ') };
    const protocol = protocolOf(entry, properties);
    const fromPort = portOf(entry, properties, 'FromPort');
    const toPort = portOf(entry, properties, 'ToPort');
    const peer = peerOf(entry, properties);
    const parts = [protocol, fromPort, toPort, peer];
    for (const part of parts)
        if ('why' in part)
            reasons.push(part.why);
    if ('value' in protocol &&
        'value' in fromPort &&
        'value' in toPort &&
        'value' in peer &&
        reasons.length === 0) {
        const [from, to] = normalizedPorts(protocol.value, fromPort.value, toPort.value);
        return { ...base, protocol: protocol.value, fromPort: from, toPort: to, peer: peer.value };
    }
    return {
        ...base,
        ...('value' in protocol ? { protocol: protocol.value } : {}),
        ...('value' in peer ? { peer: peer.value } : {}),
        computed: reasons.join('; '),
    };
}
/** Where the entry's text ends: its list item, its resource, or the whole list a function builds. */
function entryEnd(entry) {
    const place = entry.place;
    if (place.kind === 'resource')
        return entry.template.resources.entries[place.index]?.end ?? entry.at;
    return place.list.entries[place.index]?.end ?? place.listEntry.end;
}
function entryGroup(entry) {
    const ref = entry.group;
    if ('groupId' in ref)
        return { value: { id: ref.groupId } };
    if ('groupName' in ref)
        return { value: { name: ref.groupName } };
    if ('unknown' in ref)
        return { why: ref.unknown };
    return groupOfLogicalId(entry.template, ref.logicalId, 'GroupId');
}
function groupOfLogicalId(template, logicalId, key) {
    if (!(0,rules/* groupResource */.O0)(template, logicalId))
        return { why: `${key} refers to ${logicalId}, which is not a security group resource of this template` };
    const name = (0,rules/* literalGroupName */.ig)(template, logicalId);
    return { value: { address: logicalId, ...(name === undefined ? {} : { name }) } };
}
function valueAt(properties, key) {
    return properties.entries.find((e) => e.key === key)?.value;
}
function protocolOf(entry, properties) {
    const node = valueAt(properties, 'IpProtocol');
    if (!node)
        return { why: 'IpProtocol is missing' };
    const text = (0,source_tree/* literalString */.dc)(node);
    if (text === undefined)
        return { why: `IpProtocol is ${(0,template/* sourceSnippet */.fd)(entry.template.doc, node)}` };
    const protocol = (0,model/* normalizeProtocol */.gR)(text.trim())?.protocol;
    return protocol === undefined ? { why: `IpProtocol ${text} is not a protocol` } : { value: protocol };
}
function portOf(entry, properties, key) {
    const node = valueAt(properties, key);
    // AWS reports -1 for a rule without ports (every protocol, or ICMP without a type).
    if (!node)
        return { value: -1 };
    const literal = (0,source_tree/* literalOf */.Zc)(node);
    const port = typeof literal === 'number'
        ? literal
        : typeof literal === 'string' && /^-?\d+$/.test(literal.trim())
            ? Number(literal)
            : undefined;
    if (port !== undefined && Number.isInteger(port))
        return { value: port };
    return { why: `${key} is ${(0,template/* sourceSnippet */.fd)(entry.template.doc, node)}` };
}
function peerOf(entry, properties) {
    const held = (0,match/* peerEntry */.Ly)(properties, entry.direction);
    if (!held)
        return { why: 'the entry names no peer (CidrIp, CidrIpv6, a group or a prefix list)' };
    const { key, value } = held;
    const literal = (0,source_tree/* literalString */.dc)(value);
    const unknown = { why: `${key} is ${(0,template/* sourceSnippet */.fd)(entry.template.doc, value)}` };
    if (key === 'CidrIp' || key === 'CidrIpv6')
        return literal === undefined ? unknown : { value: { cidr: literal.trim() } };
    if (key.endsWith('PrefixListId'))
        return literal === undefined ? unknown : { value: { prefixListId: literal.trim() } };
    if (key === 'SourceSecurityGroupName')
        return literal === undefined ? unknown : { value: { groupRef: literal, groupName: literal } };
    if (literal !== undefined)
        return { value: { groupId: literal.trim() } };
    const logicalId = (0,template/* groupLogicalId */.QQ)(value);
    if (logicalId === undefined)
        return unknown;
    const group = groupOfLogicalId(entry.template, logicalId, key);
    if ('why' in group)
        return group;
    const name = group.value.name;
    return { value: { groupRef: logicalId, ...(name === undefined ? {} : { groupName: name }) } };
}

;// CONCATENATED MODULE: ./src/iac/review/snapshot-rules.ts




/**
 * The rules of one exported file's text; `file` is its path relative to the tree. A file that is
 * not a valid export throws the ConfigurationError of `parseGroupFile`.
 */
function snapshotRules(text, file) {
    const { group, rules } = (0,snapshot_yaml_export/* parseGroupFile */.LL)(text, file);
    const root = (0,yaml_tree/* parseYamlSource */.W)(text).root;
    // parseGroupFile keeps the file's order: every ingress item, then every egress item.
    const items = ['ingress', 'egress'].flatMap((direction) => {
        const list = (0,source_tree/* valueOf */.RP)(root, direction);
        return list?.kind === 'seq' ? list.entries : [];
    });
    return rules.map((rule, i) => {
        const item = items[i];
        const [fromPort, toPort] = normalizedPorts(rule.protocol, rule.fromPort, rule.toPort);
        return {
            source: 'snapshot',
            file,
            line: item ? (0,source_tree/* lineNumber */.eT)(text, item.start) : 1,
            endLine: item ? (0,source_tree/* lineNumber */.eT)(text, item.end) : 1,
            group: { name: group.groupName, id: group.groupId },
            direction: rule.direction,
            protocol: rule.protocol,
            fromPort,
            toPort,
            peer: snapshotPeer(rule.peer),
        };
    });
}
function snapshotPeer(peer) {
    if ('cidr' in peer)
        return { cidr: peer.cidr };
    if ('groupId' in peer)
        return { groupId: peer.groupId };
    return { prefixListId: peer.prefixListId };
}

// EXTERNAL MODULE: ./src/iac/terraform/files.ts
var terraform_files = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/iac/terraform/parse.ts
var parse = __webpack_require__(2363);
// EXTERNAL MODULE: ./src/iac/terraform/sites.ts
var terraform_sites = __webpack_require__(2764);
// EXTERNAL MODULE: ./src/iac/terraform/syntax.ts
var syntax = __webpack_require__(8117);
;// CONCATENATED MODULE: ./src/iac/review/terraform-rules.ts
/**
 * The rules a tree's Terraform writes (inline `ingress`/`egress` blocks, `aws_security_group_rule`,
 * `aws_vpc_security_group_*_rule`), one per peer, read from the syntax alone: nothing is evaluated.
 */





/** Every rule the `.tf` files under `dir` write. */
async function terraformRules(dir, grammar) {
    const files = await (0,terraform_files/* listTerraformFiles */.cc)(dir);
    if (files.length === 0)
        return { rules: [], unparsed: [] };
    const parser = await (0,parse/* loadHclParser */.pV)(grammar);
    const tree = await (0,terraform_files/* readTerraformTree */.x3)(dir, files, parser);
    const { groups, sites } = (0,terraform_sites/* collectSites */.b4)(tree.files);
    return { rules: sites.flatMap((site) => siteRules(site, groups)), unparsed: tree.unparsed };
}
function siteRules(site, groups) {
    const { group, why: groupWhy } = siteGroup(site, groups);
    const base = {
        source: 'terraform',
        file: site.file.file,
        line: site.block.line,
        endLine: (0,syntax/* lineAt */.mh)(site.file.text, site.block.end),
        group,
    };
    const u = site.unknown;
    // for_each, count and dynamic blocks make the rule exist any number of times, or not at all.
    const reasons = distinct([...site.blockers, groupWhy, u.group, u.direction, u.protocol, u.ports]);
    const known = {
        ...(site.direction === undefined ? {} : { direction: site.direction }),
        ...(site.protocol === undefined ? {} : { protocol: site.protocol }),
    };
    const peers = site.peers.map((p) => sitePeer(p, site, groups));
    const rules = [];
    const direction = site.direction;
    const protocol = site.protocol;
    const fromPort = site.fromPort;
    const toPort = site.toPort;
    if (reasons.length === 0 &&
        direction !== undefined &&
        protocol !== undefined &&
        fromPort !== undefined &&
        toPort !== undefined) {
        const [from, to] = normalizedPorts(protocol, fromPort, toPort);
        for (const peer of peers)
            rules.push({ ...base, direction, protocol, fromPort: from, toPort: to, peer });
    }
    else {
        const computed = reasons.join('; ') || 'its parts are not all literal';
        for (const peer of peers)
            rules.push({ ...base, ...known, peer, computed });
    }
    if (u.peers !== undefined) {
        const computed = distinct([...reasons, u.peers]).join('; ');
        rules.push({ ...base, ...known, computed });
    }
    return rules;
}
/** The reasons given, each once (a dynamic block gives the same one for every part). */
function distinct(reasons) {
    return [...new Set(reasons.filter((r) => r !== undefined))];
}
function siteGroup(site, groups) {
    const ref = site.group;
    if (ref.kind === 'id')
        return { group: { id: ref.id } };
    if (ref.kind === 'unknown')
        return { group: {}, why: ref.why };
    const resource = groups.find((g) => g.file.dir === ref.dir && g.name === ref.name);
    const group = {
        address: `${terraform_sites/* GROUP_TYPE */.ti}.${ref.name}`,
        module: ref.dir,
        ...(resource?.groupName === undefined ? {} : { name: resource.groupName }),
    };
    // An inline site already carries its group's for_each/count among its blockers.
    const why = site.kind !== 'inline' ? resource?.repeated : undefined;
    return why === undefined ? { group } : { group, why };
}
function sitePeer(peer, site, groups) {
    if (peer.kind === 'self')
        return { self: true };
    if (peer.kind === 'cidr')
        return { cidr: peer.literal ?? '' };
    if (peer.kind === 'prefixList')
        return { prefixListId: peer.literal ?? '' };
    if (peer.literal !== undefined)
        return { groupId: peer.literal };
    const name = groups.find((g) => g.file.dir === site.file.dir && g.name === peer.ref)?.groupName;
    return { groupRef: `${terraform_sites/* GROUP_TYPE */.ti}.${peer.ref ?? ''}`, ...(name === undefined ? {} : { groupName: name }) };
}

;// CONCATENATED MODULE: ./src/iac/review/tree.ts
/**
 * Every security-group rule a working tree writes, in every supported source: Terraform files,
 * CloudFormation templates (YAML or JSON) and exported snapshot files. Files are parsed, never
 * evaluated: no terraform, no shell, no AWS.
 */









/** CloudFormation takes templates of at most 1 MB; anything much larger is data, not a template. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
/** Every rule the tree at `dir` writes, one per peer, with the files that could not be read. */
async function rulesInTree(dir, options = {}) {
    const label = options.label ?? 'the tree';
    const isDir = await (0,promises_.stat)(dir).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        throw new errors/* ConfigurationError */.j1(`${label}: ${dir} is not a directory`);
    const wanted = new Set(options.sources ?? ['terraform', 'cloudformation', 'snapshot']);
    const rules = [];
    const skipped = [];
    if (wanted.has('terraform')) {
        const found = await terraformRules(dir, options.grammar);
        rules.push(...found.rules);
        for (const file of found.unparsed)
            skipped.push({ file, why: 'the Terraform file does not parse' });
    }
    if (wanted.has('cloudformation') || wanted.has('snapshot')) {
        for (const file of await (0,template/* findCandidateFiles */.u7)(dir)) {
            const path = (0,external_node_path_.join)(dir, file);
            if ((await (0,promises_.stat)(path)).size > MAX_TEMPLATE_BYTES)
                continue;
            const text = await (0,promises_.readFile)(path, 'utf8');
            if (text.startsWith(snapshot_yaml_export/* EXPORT_MARKER */.sS)) {
                if (wanted.has('snapshot'))
                    readSnapshot(text, file, rules, skipped);
            }
            else if (wanted.has('cloudformation'))
                readTemplate(text, file, rules, skipped);
        }
    }
    rules.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { rules, skipped };
}
function readSnapshot(text, file, rules, skipped) {
    try {
        rules.push(...snapshotRules(text, file));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        skipped.push({ file, why: `the exported snapshot file is not valid: ${error.message}` });
    }
}
function readTemplate(text, file, rules, skipped) {
    let doc;
    try {
        doc = (0,template/* parseTemplateText */.Hv)(text);
    }
    catch (error) {
        if (!(error instanceof yaml_tree/* SourceSyntaxError */.L))
            throw error;
        // Most YAML and JSON files of a repository are not templates: only say so for those that are.
        if (/AWSTemplateFormatVersion|AWS::EC2::SecurityGroup/.test(text))
            skipped.push({ file, why: `the CloudFormation template does not parse: ${error.message}` });
        return;
    }
    const resources = (0,template/* templateResources */.GM)(doc);
    if (resources)
        rules.push(...templateRules({ file, doc, resources }));
}

;// CONCATENATED MODULE: ./src/iac/review/diff.ts
/**
 * The rule changes between two trees: rules are compared by identity (group, direction,
 * protocol, ports, peer), so moving a rule to another file, reformatting it or splitting a CIDR
 * list into separate resources changes nothing, and a changed port range or peer is one rule
 * removed and one added. Computed rules cannot be compared and are left out.
 */

/**
 * The rules added and removed from `base` to `head`. A rule written twice counts twice (one group
 * name in two environments): when one copy goes, the copy whose file no longer has it is removed.
 */
function diffRules(base, head) {
    const headByIdentity = new Map();
    for (const rule of head.filter(isRead)) {
        const key = ruleIdentity(rule);
        headByIdentity.set(key, [...(headByIdentity.get(key) ?? []), rule]);
    }
    const baseByIdentity = new Map();
    for (const rule of base.filter(isRead)) {
        const key = ruleIdentity(rule);
        baseByIdentity.set(key, [...(baseByIdentity.get(key) ?? []), rule]);
    }
    const kept = new Set();
    for (const [key, bases] of baseByIdentity) {
        const heads = [...(headByIdentity.get(key) ?? [])];
        const unpaired = [...bases];
        // Pair the copies that stayed where they were first, then those in the same file, then any.
        const tiers = [
            (b, h) => b.file === h.file && b.line === h.line,
            (b, h) => b.file === h.file,
            () => true,
        ];
        for (const same of tiers) {
            for (const b of [...unpaired]) {
                const at = heads.findIndex((h) => same(b, h));
                if (at === -1)
                    continue;
                kept.add(b).add(heads[at]);
                heads.splice(at, 1);
                unpaired.splice(unpaired.indexOf(b), 1);
            }
        }
    }
    return {
        added: head.filter(isRead).filter((r) => !kept.has(r)),
        removed: base.filter(isRead).filter((r) => !kept.has(r)),
    };
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/analysis/findings.ts + 1 modules
var findings = __webpack_require__(7842);
;// CONCATENATED MODULE: ./src/iac/review/text.ts
/** `1,204`. */
function count(n) {
    return n.toLocaleString('en-US');
}
/** `1 flow`, `1,204 flows`. */
function plural(n, word) {
    return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
/** `main.tf:12`. */
function place(rule) {
    return `${rule.file}:${rule.line}`;
}
/** The day of an ISO time, or the time itself when it is not one. */
function day(iso) {
    return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}
/** `the 7 days from 2026-11-19 to 2026-11-26`, or `the window` when the report has none. */
function windowText(report) {
    const { start, end } = report.window;
    if (start === null || end === null)
        return 'the window';
    const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
    const length = seconds >= 86_400
        ? plural(Math.round(seconds / 86_400), 'day')
        : seconds >= 3_600
            ? plural(Math.round(seconds / 3_600), 'hour')
            : plural(Math.max(1, Math.round(seconds / 60)), 'minute');
    return `the ${length} from ${day(start)} to ${day(end)}`;
}
/** `first seen 2026-11-19T08:00:00Z, last seen 2026-11-25T17:00:00Z`, or nothing. */
function seenText(rule) {
    const { firstSeen, lastSeen } = rule.usage;
    if (firstSeen === null || lastSeen === null)
        return '';
    return ` (first seen ${firstSeen}, last seen ${lastSeen})`;
}
/** `SSH (22)`, `RDP (3389)`, else the number. */
function portName(port) {
    return port === 22 ? 'SSH (22)' : port === 3389 ? 'RDP (3389)' : String(port);
}
/** `198.51.100.23 and 3 other peers`, `198.51.100.23`, or `4 peers` when none is listed. */
function peersText(top, peers) {
    const first = top[0];
    if (!first)
        return plural(peers, 'peer');
    const others = peers - 1;
    return others > 0 ? `${first.address} and ${plural(others, 'other peer')}` : first.address;
}

;// CONCATENATED MODULE: ./src/iac/review/added.ts
/**
 * The checks of rules a pull request adds (or widens): ingress from anywhere (`0.0.0.0/0`,
 * `::/0`) over tcp, udp or every protocol that reaches an admin port is `open-admin-port`, one that
 * reaches another high-risk port is `open-high-risk-port`; with the live rule's flows when the
 * account already has the rule.
 */




const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);
/** The findings about the added rules of the diff. */
function additionFindings(ctx) {
    const findings = [];
    const adminPorts = ctx.config['admin-ports'];
    const highRisk = ctx.config['high-risk-ports'].filter((p) => !adminPorts.includes(p));
    for (const added of ctx.diff.added) {
        if (!opensToAnywhere(added))
            continue;
        const admin = adminPorts.filter((p) => reaches(added, p));
        const risky = highRisk.filter((p) => reaches(added, p));
        if (admin.length > 0)
            findings.push(openFinding(ctx, added, 'open-admin-port', 'critical', admin));
        else if (risky.length > 0)
            findings.push(openFinding(ctx, added, 'open-high-risk-port', 'high', risky));
    }
    return findings;
}
function opensToAnywhere(rule) {
    return (rule.direction === 'ingress' &&
        'cidr' in rule.peer &&
        ANYWHERE.has(canonicalCidr(rule.peer.cidr)) &&
        (rule.protocol === 'tcp' || rule.protocol === 'udp' || rule.protocol === 'all'));
}
function reaches(rule, port) {
    return rule.protocol === 'all' || (port >= rule.fromPort && port <= rule.toPort);
}
function openFinding(ctx, added, type, fallback, ports) {
    const live = ctx.live.matching(added).rules;
    const used = live.find((r) => r.usage.flows > 0) ?? live[0];
    const ids = ctx.live.groupIds(added) ?? [];
    const groupId = used?.groupId ?? (ids.length === 1 ? ids[0] : undefined);
    const rule = describeWritten(added);
    const group = writtenGroupText(added.group);
    const admin = type === 'open-admin-port';
    const reached = admin
        ? ports.map(portName).join(' and ')
        : `${plural(ports.length, 'high-risk port')} (${ports.slice(0, 6).join(', ')}${ports.length > 6 ? ', …' : ''})`;
    const title = admin
        ? `Admin port ${ports.join(', ')} opened to the internet`
        : `High-risk port${ports.length > 1 ? 's' : ''} ${ports.slice(0, 6).join(', ')}${ports.length > 6 ? ', …' : ''} opened to the internet`;
    return {
        id: (0,findings/* fingerprint */.Rj)(type, 'review', ruleIdentity(added)),
        type,
        severity: (0,config/* severityOf */.xJ)(ctx.config, type, fallback),
        ...(groupId === undefined ? {} : { groupId }),
        ...(used ? { ruleId: used.ruleId } : {}),
        title,
        message: `This change adds ${rule} to ${group} (${place(added)}), which reaches ${reached} from anywhere.${liveText(ctx, used)}`,
        evidence: {
            source: added.source,
            file: added.file,
            line: added.line,
            endLine: added.endLine,
            rule,
            [admin ? 'adminPorts' : 'highRiskPorts']: ports,
            ...(used ? liveEvidence(used) : {}),
        },
    };
}
/** What the live account's copy of the rule carried, when it has one. */
function liveText(ctx, live) {
    if (!live)
        return '';
    const u = live.usage;
    if (u.flows === 0)
        return ` The account already has this rule (${live.ruleId}); no connection used it in ${windowText(ctx.report)}.`;
    return ` The account already has this rule (${live.ruleId}): ${plural(u.flows, 'flow')} from ${peersText(u.topPeers, u.peers)} in ${windowText(ctx.report)}${seenText(live)}.`;
}
function liveEvidence(live) {
    const u = live.usage;
    return {
        liveRuleId: live.ruleId,
        status: live.status,
        flows: u.flows,
        peers: u.peers,
        topPeers: u.topPeers,
        ports: u.ports,
        firstSeen: u.firstSeen,
        lastSeen: u.lastSeen,
    };
}

;// CONCATENATED MODULE: ./src/iac/review/live.ts

/** The report's groups and rules, indexed for written rules. */
class LiveRules {
    report;
    idsByName = new Map();
    constructor(report) {
        this.report = report;
        for (const rule of report.rules) {
            const ids = this.idsByName.get(rule.groupName) ?? new Set();
            ids.add(rule.groupId);
            this.idsByName.set(rule.groupName, ids);
        }
    }
    /** The live ids of the group a written rule belongs to; undefined when its code does not say. */
    groupIds(rule) {
        if (rule.group.id !== undefined)
            return [rule.group.id];
        if (rule.group.name !== undefined)
            return [...(this.idsByName.get(rule.group.name) ?? [])];
        return undefined;
    }
    /** The live ids a written peer names: a group id, or a referenced group's name; self is `ownId`. */
    peerGroupIds(peer, ownId) {
        if ('groupId' in peer)
            return [peer.groupId];
        if ('self' in peer)
            return [ownId];
        if ('groupRef' in peer && peer.groupName !== undefined)
            return [...(this.idsByName.get(peer.groupName) ?? [])];
        return undefined;
    }
    /** Whether a written peer is the live rule's peer. */
    samePeer(peer, live) {
        const p = live.peer;
        if ('cidr' in peer)
            return 'cidr' in p && canonicalCidr(p.cidr) === canonicalCidr(peer.cidr);
        if ('prefixListId' in peer)
            return 'prefixListId' in p && p.prefixListId === peer.prefixListId;
        if (!('groupId' in p))
            return false;
        return this.peerGroupIds(peer, live.groupId)?.includes(p.groupId) ?? false;
    }
    /** The live rules (same group, direction, protocol, ports, peer) a written rule is. */
    matching(rule) {
        const ids = this.groupIds(rule);
        if (ids === undefined)
            return {
                rules: [],
                why: `its group ${writtenGroupText(rule.group)} has no literal name or id to find it by in the report`,
            };
        if (ids.length === 0)
            return { rules: [], why: `the report has no group named ${rule.group.name ?? ''}` };
        const peer = rule.peer;
        if ('groupRef' in peer && peer.groupName === undefined)
            return {
                rules: [],
                why: `its peer ${writtenPeerText(peer)} has no literal group name to find it by in the report`,
            };
        const rules = this.report.rules.filter((live) => ids.includes(live.groupId) &&
            live.direction === rule.direction &&
            live.protocol === rule.protocol &&
            (rule.protocol === 'all' || (live.fromPort === rule.fromPort && live.toPort === rule.toPort)) &&
            this.samePeer(peer, live));
        return rules.length > 0
            ? { rules }
            : { rules, why: `no rule of ${ids.join(', ')} in the report has these attributes (not applied yet?)` };
    }
}

// EXTERNAL MODULE: ./src/analysis/usage.ts + 2 modules
var analysis_usage = __webpack_require__(7326);
;// CONCATENATED MODULE: ./src/iac/review/coverage.ts
/**
 * Whether the rules left in a head tree still allow what a live rule carried in the window: each
 * top peer over each port it was used on (by prefix arithmetic, never by text), or the live
 * rule's whole peer when a head rule contains it. Security groups are allow lists, so a flow is
 * allowed when any one rule of the group allows it.
 */


/** Whether nothing of the live rule's traffic is lost. */
function isClosed(gap) {
    return gap.peers.length === 0 && gap.otherFlows === 0;
}
/**
 * What of `live`'s traffic (its usage: top peers, ports) the `remaining` rules of its group do not
 * allow. `remaining` are head rules already known to belong to the live rule's group.
 */
function trafficGap(live, remaining, index, members) {
    const notes = [];
    const usage = live.usage;
    const relevant = remaining.filter((r) => r.direction === live.direction && (r.protocol === 'all' || r.protocol === live.protocol));
    if (live.protocol === 'all' && relevant.some((r) => r.protocol !== 'all'))
        notes.push('the report does not say which protocols an all-protocol rule carried, so only all-protocol rules count as still allowing it');
    const protocolWide = relevant.filter((r) => live.protocol !== 'all' || r.protocol === 'all');
    const ported = live.protocol === 'tcp' || live.protocol === 'udp';
    const usedPorts = usage.ports.length > 0 ? usage.ports : rangePorts(live);
    if (ported && usage.ports.length >= analysis_usage/* MAX_PORTS_PER_RULE */.lk)
        notes.push(`the report lists at most ${analysis_usage/* MAX_PORTS_PER_RULE */.lk} ports of a rule; only those were checked`);
    const wholePeer = protocolWide.filter((r) => containsPeer(r.peer, live.peer, live.groupId, index));
    // The used ports no rule allows; [-1] when the protocol has no ports (or none are known) and no rule allows it.
    const missingFor = (rules) => {
        if (ported && usedPorts.length > 0)
            return usedPorts.filter((p) => !rules.some((r) => allowsPort(r, p)));
        return rules.some((r) => allowsNonPorted(r, live)) ? [] : [-1];
    };
    const gap = { peers: [], otherFlows: 0, ports: [], partial: false, notes };
    const missingPorts = new Set();
    let groupReferenceUnknown = false;
    for (const peer of usage.topPeers) {
        const applicable = protocolWide.filter((r) => {
            if (wholePeer.includes(r))
                return true;
            const inside = containsAddress(r.peer, peer.address, live.groupId, index, members);
            if (inside === undefined)
                groupReferenceUnknown = true;
            return inside === true;
        });
        const missing = missingFor(applicable);
        if (missing.length === 0)
            continue;
        gap.peers.push(peer);
        // A peer some rule still allows on other ports has lost ports; one no rule allows has lost all.
        if (applicable.length > 0) {
            gap.partial = true;
            for (const p of missing)
                if (p >= 0)
                    missingPorts.add(p);
        }
    }
    const listed = usage.topPeers.reduce((sum, p) => sum + p.flows, 0);
    if (usage.flows > listed) {
        // Peers beyond the top list: only a rule that contains the live rule's whole peer is sure to allow them.
        const missing = missingFor(wholePeer);
        if (missing.length > 0) {
            gap.otherFlows = usage.flows - listed;
            if (wholePeer.length > 0)
                for (const p of missing)
                    if (p >= 0)
                        missingPorts.add(p);
            // Rules for some addresses may still allow some of the unlisted peers.
            if (protocolWide.length > 0)
                gap.partial = true;
        }
    }
    if (groupReferenceUnknown)
        notes.push('a head rule references a group whose member addresses were not given, so it was not counted as allowing the peers');
    gap.ports = [...missingPorts].sort((a, b) => a - b);
    return gap;
}
/** The ports of a live rule's range, when the report lists none (capped at what is worth checking). */
function rangePorts(live) {
    if (live.fromPort < 0)
        return [];
    const ports = [];
    for (let p = live.fromPort; p <= live.toPort && ports.length < 65536; p++)
        ports.push(p);
    return ports;
}
function allowsPort(rule, port) {
    return rule.protocol === 'all' || (port >= rule.fromPort && port <= rule.toPort);
}
/** Whether a written rule allows every port (or ICMP type and code) of a protocol and range. */
function allowsRange(rule, protocol, fromPort, toPort) {
    if (rule.protocol === 'all')
        return true;
    if (rule.protocol !== protocol)
        return false;
    if (protocol === 'tcp' || protocol === 'udp')
        return rule.fromPort <= fromPort && rule.toPort >= toPort;
    return ((rule.fromPort === -1 || rule.fromPort === fromPort) && (rule.toPort === -1 || rule.toPort === toPort));
}
/** ICMP and other protocols without ports: `-1` is every type (or code), else the same value. */
function allowsNonPorted(rule, live) {
    return allowsRange(rule, live.protocol, live.fromPort, live.toPort);
}
/**
 * Whether a written peer holds every address of a live peer; `ownGroupId` is the group of the
 * written rule (what `self` means).
 */
function containsPeer(peer, p, ownGroupId, index) {
    if ('cidr' in peer && 'cidr' in p) {
        const outer = (0,net/* parseCidr */.GN)(peer.cidr);
        const inner = (0,net/* parseCidr */.GN)(p.cidr);
        if (!outer || !inner || outer.version !== inner.version || outer.prefix > inner.prefix)
            return false;
        return outer.version === 4
            ? (0,net/* containsIpv4 */.T2)(outer, inner.network)
            : (0,net/* containsIpv6 */.fn)(outer, inner.network);
    }
    if ('cidr' in p)
        return false;
    if ('prefixListId' in p)
        return 'prefixListId' in peer && peer.prefixListId === p.prefixListId;
    return index.peerGroupIds(peer, ownGroupId)?.includes(p.groupId) ?? false;
}
/**
 * Whether an address is inside a written peer: a CIDR by prefix arithmetic, a group by its
 * members' addresses; undefined when a group's members are not known.
 */
function containsAddress(peer, address, ownGroupId, index, members) {
    if ('cidr' in peer) {
        const cidr = (0,net/* parseCidr */.GN)(peer.cidr);
        if (!cidr)
            return false;
        const v4 = (0,net/* parseIpv4 */.ni)(address);
        if (v4 !== undefined)
            return (0,net/* containsIpv4 */.T2)(cidr, v4);
        const v6 = (0,net/* parseIpv6 */.BE)(address);
        return v6 !== undefined && (0,net/* containsIpv6 */.fn)(cidr, v6);
    }
    if ('prefixListId' in peer)
        return false;
    const ids = index.peerGroupIds(peer, ownGroupId);
    if (ids === undefined || ids.length === 0)
        return false;
    if (!members)
        return undefined;
    const v6 = (0,net/* parseIpv6 */.BE)(address);
    return ids.some((id) => (members.get(id) ?? []).some((a) => a === address || (v6 !== undefined && (0,net/* parseIpv6 */.BE)(a) === v6)));
}

;// CONCATENATED MODULE: ./src/iac/review/removed.ts
/**
 * The traffic a pull request's removed (or narrowed) rules would block: each removed rule is tied
 * to the live rule it defines, and that rule's flows of the window are checked against what the
 * head tree still allows for the group. Flows nothing allows any more are a `would-block-traffic`
 * finding, with the numbers.
 */





/** The findings about the removed rules of the diff; notes go to `ctx.notes`. */
function removalFindings(ctx) {
    const findings = [];
    for (const removed of ctx.diff.removed) {
        const match = ctx.live.matching(removed);
        const what = `${describeWritten(removed)} of ${writtenGroupText(removed.group)} (${place(removed)})`;
        if (match.rules.length === 0) {
            ctx.notes.push(`Removed ${what}: its traffic was not checked, because ${match.why ?? 'it is not live'}.`);
            continue;
        }
        for (const live of match.rules) {
            // One live rule written twice (two sources, two copies) and removed twice is one finding.
            if (findings.some((f) => f.ruleId === live.ruleId))
                continue;
            const finding = removalFinding(ctx, removed, live, what);
            if (finding)
                findings.push(finding);
        }
    }
    return findings;
}
function removalFinding(ctx, removed, live, what) {
    const liveText = `live rule ${live.ruleId} of ${live.groupId}`;
    if (live.status === 'unused') {
        ctx.notes.push(`Removed ${what}: ${liveText} carried no traffic in ${windowText(ctx.report)}; nothing seen is blocked.`);
        return undefined;
    }
    if (live.status === 'unknown') {
        ctx.notes.push(`Removed ${what}: ${liveText} has no usable evidence in the report (no flow logs for its interfaces); what it would block is unknown.`);
        return undefined;
    }
    const remaining = remainingRules(ctx, removed, live);
    const gap = trafficGap(live, remaining, ctx.live, ctx.members);
    if (isClosed(gap)) {
        ctx.notes.push(`Removed ${what}: the head still allows every flow ${liveText} carried.`);
        return undefined;
    }
    const proof = proposalProof(ctx, live, remaining);
    if (proof) {
        ctx.notes.push(`Removed ${what}: ${proof}.`);
        return undefined;
    }
    return blockFinding(ctx, removed, live, gap);
}
/**
 * The head's rules of the live rule's group that can still allow its traffic: the added ones, or
 * every head rule when the caller gave the head tree's rules.
 */
function remainingRules(ctx, removed, live) {
    const head = ctx.head ? ctx.head.filter(isRead) : ctx.diff.added;
    return head.filter((r) => ctx.live.groupIds(r)?.includes(live.groupId) === true || groupKey(r) === groupKey(removed));
}
/**
 * The report's proposal for the live rule is built from its legitimate traffic (port scanners are
 * never evidence): when the head allows every rule of the proposal, or the proposal removes a rule
 * only scanners used, nothing legitimate is blocked.
 */
function proposalProof(ctx, live, remaining) {
    const about = ctx.report.findings.filter((f) => f.ruleId === live.ruleId);
    const proposal = about.find((f) => f.proposal)?.proposal;
    if (!proposal)
        return undefined;
    if (proposal.action === 'remove') {
        // A used rule is proposed for removal when only scanners used it, or when another rule allowed
        // all its flows; the other rule may be going too, so only the first is proof.
        if (about.some((f) => f.type === 'redundant-rule'))
            return undefined;
        return `every flow of live rule ${live.ruleId} came from port scanners, which are no reason to keep it`;
    }
    if (proposal.action !== 'replace')
        return undefined;
    const allowed = proposal.rules.every((p) => remaining.some((r) => r.direction === live.direction &&
        allowsRange(r, p.protocol, p.fromPort, p.toPort) &&
        containsPeer(r.peer, proposedPeer(p), live.groupId, ctx.live)));
    return allowed
        ? `the head allows every rule the report proposes for live rule ${live.ruleId} (built from its legitimate traffic)`
        : undefined;
}
function proposedPeer(p) {
    if (p.cidr !== undefined)
        return { cidr: p.cidr };
    if (p.groupId !== undefined)
        return { groupId: p.groupId };
    return { prefixListId: p.prefixListId ?? '' };
}
/** The added rules of the same group and direction that take the removed one's place. */
function replacementsOf(ctx, removed) {
    const peer = peerKey(removed, removed.peer);
    return ctx.diff.added.filter((a) => groupKey(a) === groupKey(removed) &&
        a.direction === removed.direction &&
        (peerKey(a, a.peer) === peer ||
            (a.protocol === removed.protocol && a.fromPort <= removed.toPort && a.toPort >= removed.fromPort)));
}
/** ` The head writes … in its place.`, or nothing. */
function replacementText(replacements) {
    const [first] = replacements;
    if (!first)
        return '';
    if (replacements.length === 1)
        return ` The head writes ${describeWritten(first)} (${place(first)}) in its place.`;
    return ` The head writes ${replacements.length} rules in its place, the first ${describeWritten(first)} (${place(first)}).`;
}
function blockFinding(ctx, removed, live, gap) {
    const usage = live.usage;
    const others = gap.otherFlows > 0 ? Math.max(0, usage.peers - usage.topPeers.length) : 0;
    const blockedPeers = gap.peers.length + others;
    const blockedFlows = gap.peers.reduce((sum, p) => sum + p.flows, 0) + gap.otherFlows;
    const replacements = replacementsOf(ctx, removed);
    const replacement = replacements[0];
    const rule = describeWritten(removed);
    const ports = gap.ports.length > 0 ? gap.ports : usage.ports;
    const portText = gap.partial && gap.ports.length > 0
        ? ` to port${gap.ports.length > 1 ? 's' : ''} ${gap.ports.join(', ')}`
        : '';
    const verb = replacement ? 'narrows' : 'removes';
    const still = replacementText(replacements);
    const message = `This change ${verb} ${rule} of ${live.groupName} (${live.groupId}, ${place(removed)} in the base), ` +
        `which would have blocked ${gap.partial ? 'up to ' : ''}${plural(blockedFlows, 'flow')} from ` +
        `${peersText(gap.peers, blockedPeers)}${portText} in ${windowText(ctx.report)}${seenText(live)}.${still}` +
        (gap.notes.length > 0 ? ` Note: ${gap.notes.join('; ')}.` : '');
    return {
        id: (0,findings/* fingerprint */.Rj)('would-block-traffic', live.groupId, live.ruleId),
        type: 'would-block-traffic',
        severity: (0,config/* severityOf */.xJ)(ctx.config, 'would-block-traffic', 'high'),
        groupId: live.groupId,
        ruleId: live.ruleId,
        title: `${verb === 'removes' ? 'Removing' : 'Narrowing'} ${rule} of ${live.groupName} would block ${count(blockedFlows)} flow${blockedFlows === 1 ? '' : 's'}`,
        message,
        evidence: {
            source: removed.source,
            file: removed.file,
            line: removed.line,
            endLine: removed.endLine,
            ...(replacement ? { headFile: replacement.file, headLine: replacement.line } : {}),
            rule,
            flows: blockedFlows,
            peers: blockedPeers,
            topPeers: gap.peers,
            ports,
            partial: gap.partial,
            ruleFlows: usage.flows,
            rulePeers: usage.peers,
            firstSeen: usage.firstSeen,
            lastSeen: usage.lastSeen,
            window: ctx.report.window,
            ...(gap.notes.length > 0 ? { notes: gap.notes } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/iac/review/findings.ts



/** The findings of a rule diff against a report of the live account's traffic. */
function reviewFindings(diff, report, config, options = {}) {
    const ctx = {
        diff,
        report,
        config,
        live: new LiveRules(report),
        notes: [],
        ...(options.head ? { head: options.head } : {}),
        ...(options.groupMembers ? { members: options.groupMembers } : {}),
    };
    const findings = [...removalFindings(ctx), ...additionFindings(ctx)];
    return { findings, notes: ctx.notes };
}

;// CONCATENATED MODULE: ./src/iac/review/index.ts
/**
 * Review mode: the security-group rules two trees write (Terraform, CloudFormation, exported
 * snapshot), the rules a pull request adds and removes, and what that does to the window's traffic.
 */





// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
;// CONCATENATED MODULE: ./src/commands/review/review.ts






async function reviewTrees(baseDir, headDir, report, config, now = new Date()) {
    const [base, head] = await Promise.all([
        rulesInTree(baseDir, { label: '--base' }),
        rulesInTree(headDir, { label: '--head' }),
    ]);
    const diff = diffRules(base.rules, head.rules);
    const { findings, notes } = reviewFindings(diff, report, config, { head: head.rules });
    const rank = (f) => types/* SEVERITIES */.o.indexOf(f.severity);
    return {
        findings: (0,suppressions/* applySuppressions */.p)(findings, config, now).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)),
        notes,
        added: diff.added.length,
        removed: diff.removed.length,
        skipped: [
            ...base.skipped.map((s) => ({ tree: 'base', ...s })),
            ...head.skipped.map((s) => ({ tree: 'head', ...s })),
        ],
    };
}
/** Where a finding points in the head tree (or the base tree for a removed rule). */
function findingPlace(finding) {
    const e = finding.evidence;
    const file = (e['headFile'] ?? e['file']);
    const line = (e['headLine'] ?? e['line']);
    return typeof file === 'string' && typeof line === 'number' ? { file, line } : undefined;
}
/** The review as text, for a terminal. */
function reviewText(outcome, report) {
    const lines = [
        `Rule changes: ${outcome.added} added, ${outcome.removed} removed; traffic window ${(0,format/* formatWindow */.A4)(report.window)}.`,
    ];
    if (outcome.findings.length === 0)
        lines.push('No finding: no removed rule carried traffic, no added rule opens an admin or high-risk port.');
    // File names, titles and messages carry what the pull request wrote: shown, never obeyed.
    const shown = report_escape/* showControls */.mz;
    for (const f of outcome.findings) {
        const place = findingPlace(f);
        lines.push(`  [${f.severity}] ${f.type}${place ? ` at ${shown(place.file)}:${place.line}` : ''}: ${shown(f.title)}`, `    ${shown(f.message)}`);
    }
    for (const note of outcome.notes)
        lines.push(`  note: ${shown(note)}`);
    for (const s of outcome.skipped)
        lines.push(`  skipped (${s.tree}) ${shown(s.file)}: ${shown(s.why)}`);
    return (0,report_escape/* neutraliseCommandLines */.fi)(lines.join('\n') + '\n');
}
/** The review as Markdown, for the job summary and the pull-request comment. */
function reviewMarkdown(outcome, report) {
    const cell = markdown/* escapeGitHubCell */.hK;
    const lines = [
        '## sg-flow-audit review of the rule changes',
        '',
        `${(0,format/* formatCount */.B4)(outcome.added)} rule(s) added, ${(0,format/* formatCount */.B4)(outcome.removed)} removed, checked against the traffic of ${cell((0,format/* formatWindow */.A4)(report.window))} (${(0,format/* formatCount */.B4)(report.input.records)} records).`,
        '',
    ];
    if (outcome.findings.length === 0)
        lines.push('No finding: no removed rule carried traffic, and no added rule opens an admin or high-risk port.');
    else {
        lines.push('| Severity | Finding | Where | Details |', '| --- | --- | --- | --- |');
        for (const f of outcome.findings) {
            const place = findingPlace(f);
            lines.push(`| ${f.severity} | ${cell(f.title)} | ${place ? cell(`${place.file}:${place.line}`) : ''} | ${cell(f.message)} |`);
        }
    }
    if (outcome.notes.length > 0)
        lines.push('', ...outcome.notes.map((n) => `- ${cell(n)}`));
    return lines.join('\n') + '\n';
}


/***/ })

};
