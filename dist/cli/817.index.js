export const id = 817;
export const ids = [817];
export const modules = {

/***/ 9817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vY: () => (/* reexport */ executePlan),
  nT: () => (/* reexport */ formatPlan),
  _$: () => (/* reexport */ planApply),
  kh: () => (/* reexport */ readApplyState),
  a0: () => (/* reexport */ readJournal),
  oR: () => (/* reexport */ revertCommand),
  aH: () => (/* reexport */ revertJournal)
});

// UNUSED EXPORTS: APPLY_TAG, JOURNAL_FORMAT, NARROWED_NOTE, proposalTargets, replacementDescription

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/apply/model.ts
/** The tag that opts a security group in to `apply` (its value must be `true`). */
const APPLY_TAG = 'sg-flow-audit:apply';

;// CONCATENATED MODULE: ./src/aws/apply/acl-entries.ts
/** How the entry at the planned number compares with the planned entry. */
function aclEntryState(acl, entry) {
    const there = acl.entries.find((e) => e.egress === entry.egress && e.ruleNumber === entry.ruleNumber);
    if (!there)
        return { state: 'free' };
    const cidr = there.cidr ?? there.ipv6Cidr;
    if (there.ruleAction === 'deny' &&
        there.protocol === '-1' &&
        cidr?.toLowerCase() === entry.cidr.toLowerCase()) {
        return { state: 'present' };
    }
    return {
        state: 'taken',
        by: `${there.ruleAction} ${there.protocol === '-1' ? 'all' : there.protocol} ${cidr ?? '?'}`,
    };
}
/** The entry as the journal keeps it. */
function journalAclEntry(entry) {
    return {
        networkAclId: entry.networkAclId,
        ruleNumber: entry.ruleNumber,
        egress: false,
        protocol: '-1',
        ruleAction: 'deny',
        cidr: entry.cidr,
    };
}
/** CreateNetworkAclEntry parameters: an IPv6 scanner goes in `Ipv6CidrBlock`. */
function createAclEntryInput(entry, dryRun = false) {
    return {
        NetworkAclId: entry.networkAclId,
        RuleNumber: entry.ruleNumber,
        Egress: false,
        Protocol: '-1',
        RuleAction: 'deny',
        ...(entry.cidr.includes(':') ? { Ipv6CidrBlock: entry.cidr } : { CidrBlock: entry.cidr }),
        ...(dryRun ? { DryRun: true } : {}),
    };
}
/** DeleteNetworkAclEntry parameters. */
function deleteAclEntryInput(entry) {
    return { NetworkAclId: entry.networkAclId, RuleNumber: entry.ruleNumber, Egress: false };
}

// EXTERNAL MODULE: ./src/aws/apply/rules.ts
var apply_rules = __webpack_require__(4825);
;// CONCATENATED MODULE: ./src/aws/apply/plan.ts
/**
 * From a report's proposals to the calls `apply` makes. Each rule is changed once (the contract's
 * one net change per rule), only in opted-in groups, only while it still is what the report saw,
 * and never past `maxChanges`; everything left out is listed with its reason, so a plan says both
 * what it will do and what it will not.
 */




/** Replacement rules say so in their description; EC2 allows 255 characters. */
const NARROWED_NOTE = 'narrowed by sg-flow-audit';
const MAX_DESCRIPTION = 255;
/** The description a replacement rule gets: the old rule's, noting that it was narrowed. */
function replacementDescription(old) {
    if (!old)
        return NARROWED_NOTE;
    const suffix = ` (${NARROWED_NOTE})`;
    return old.length + suffix.length <= MAX_DESCRIPTION
        ? `${old}${suffix}`
        : `${old.slice(0, MAX_DESCRIPTION - suffix.length)}${suffix}`;
}
const isOptedIn = (group) => group?.tags[APPLY_TAG]?.trim().toLowerCase() === 'true';
/** The report's rule, as content. */
function reportContent(rule) {
    return {
        direction: rule.direction,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer: rule.peer,
        ...(rule.description ? { description: rule.description } : {}),
    };
}
/** A proposed rule with its peer (a proposal rule without one keeps the old rule's). */
function proposedContent(proposed, old, description) {
    const peer = proposed.cidr !== undefined
        ? { cidr: proposed.cidr }
        : proposed.groupId !== undefined
            ? { groupId: proposed.groupId }
            : proposed.prefixListId !== undefined
                ? { prefixListId: proposed.prefixListId }
                : old.peer;
    return {
        direction: old.direction,
        protocol: proposed.protocol,
        fromPort: proposed.fromPort,
        toPort: proposed.toPort,
        peer,
        description,
    };
}
/** The candidates in the order of the report's findings; each rule and each ACL entry once. */
function candidates(report, suppressed) {
    const rules = new Map(report.rules.map((r) => [r.ruleId, r]));
    const byRule = new Map();
    const out = [];
    const acls = new Set();
    for (const finding of report.findings) {
        const proposal = finding.proposal;
        if (!proposal)
            continue;
        if (proposal.action === 'deny') {
            for (const e of proposal.networkAclEntries ?? []) {
                const key = `${e.networkAclId}|${e.ruleNumber}|${e.cidr}`;
                if (acls.has(key))
                    continue;
                acls.add(key);
                out.push({
                    kind: 'acl',
                    subnetIds: e.subnetIds,
                    entry: {
                        networkAclId: e.networkAclId,
                        ruleNumber: e.ruleNumber,
                        egress: false,
                        protocol: '-1',
                        ruleAction: 'deny',
                        cidr: e.cidr,
                        findingId: finding.id,
                    },
                });
            }
            continue;
        }
        const rule = finding.ruleId !== undefined ? rules.get(finding.ruleId) : undefined;
        if (!rule)
            continue;
        const known = byRule.get(rule.ruleId);
        if (known) {
            known.findingIds.push(finding.id);
            continue;
        }
        const entry = {
            rule,
            proposal: proposal,
            findingIds: [finding.id],
        };
        byRule.set(rule.ruleId, entry);
        out.push({ kind: 'rule', proposal: entry });
    }
    // Suppressed rules never change, whichever finding carried the proposal.
    return out.filter((c) => c.kind === 'acl' || !suppressed.has(c.proposal.rule.ruleId));
}
function suppressedRules(findings) {
    return new Set(findings.flatMap((f) => (f.suppressed && f.ruleId !== undefined ? [f.ruleId] : [])));
}
/** `sg-… sgr-… (ingress tcp 22 0.0.0.0/0)`: a report's rule in a skip line. */
const ruleWhere = (rule) => `${rule.groupId} ${rule.ruleId} (${(0,apply_rules/* ruleText */.Y3)(reportContent(rule))})`;
/**
 * Why a rule's proposal is left out, or undefined when the rule goes in the plan: it must have
 * an `sgr-` id, be in an opted-in group, and still be, live, what the report saw.
 */
function checkRule(rule, live, group, allGroups, replacementsThere) {
    const where = ruleWhere(rule);
    if (rule.ruleId.startsWith('sgr-derived-')) {
        return {
            reason: 'no-rule-id',
            detail: `${where}: the report has no sgr- id for it (its inventory lacked DescribeSecurityGroupRules); re-run analyze with it, since apply revokes by id only`,
        };
    }
    if (!group)
        return { reason: 'gone', detail: `${where}: the group no longer exists` };
    if (!allGroups && !isOptedIn(group)) {
        return {
            reason: 'not-opted-in',
            detail: `${where}: the group is not tagged ${APPLY_TAG}=true (tag it, or pass --all-groups)`,
        };
    }
    if (!live) {
        // Gone with its replacements there is what a finished run leaves; gone without them is
        // someone else's change, and adding the replacements would open what they closed.
        return replacementsThere
            ? { reason: 'already-applied', detail: `${where}: already in the proposed state` }
            : {
                reason: 'gone',
                detail: `${where}: no longer exists, and its replacement is not there; nothing is added in its place`,
            };
    }
    if (live.groupId !== rule.groupId || !(0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(live), reportContent(rule))) {
        return {
            reason: 'changed',
            detail: `${where}: changed since the report (now ${(0,apply_rules/* ruleText */.Y3)((0,apply_rules/* contentOf */.$E)(live))}); re-run analyze`,
        };
    }
    return undefined;
}
/**
 * Plans the calls that carry out a report's proposals against the live state read just before.
 *
 * @throws ConfigurationError when `maxChanges` is not a whole number of at least 1.
 */
function planApply(report, live, options) {
    if (!Number.isInteger(options.maxChanges) || options.maxChanges < 1) {
        throw new errors/* ConfigurationError */.j1(`--max-changes: expected a whole number of at least 1, got ${String(options.maxChanges)}`);
    }
    const allGroups = options.allGroups ?? false;
    const withAclDenies = options.withAclDenies ?? false;
    const groups = new Map(live.groups.map((g) => [g.groupId, g]));
    const liveRules = new Map(live.rules.map((r) => [r.ruleId, r]));
    const liveKeys = new Set(live.rules.map((r) => `${r.groupId}|${(0,apply_rules/* ruleKey */.ep)(r)}`));
    const suppressed = suppressedRules(report.findings);
    const skipped = [];
    const planned = new Map();
    const aclEntries = [];
    // Every rule a planned change wants in its group, authorized now or there already.
    const wanted = new Map();
    let changes = 0;
    const groupPlan = (groupId) => {
        let plan = planned.get(groupId);
        if (!plan) {
            plan = { groupId, groupName: groups.get(groupId)?.groupName, authorize: [], revoke: [] };
            planned.set(groupId, plan);
        }
        return plan;
    };
    for (const [ruleId, findingIds] of suppressedProposals(report, suppressed)) {
        skipped.push({
            reason: 'suppressed',
            detail: `${ruleId}: suppressed in the configuration; left as it is`,
            ruleId,
            findingIds,
        });
    }
    for (const candidate of candidates(report, suppressed)) {
        if (candidate.kind === 'acl') {
            const entry = candidate.entry;
            const skip = checkAclEntry(entry, live, withAclDenies);
            if (skip) {
                skipped.push(skip);
                continue;
            }
            if (changes >= options.maxChanges) {
                skipped.push(beyondMax(options.maxChanges, entry));
                continue;
            }
            aclEntries.push(entry);
            changes++;
            continue;
        }
        const { rule, proposal, findingIds } = candidate.proposal;
        const base = { groupId: rule.groupId, ruleId: rule.ruleId, findingIds };
        const liveRule = liveRules.get(rule.ruleId);
        const replacement = proposal.action === 'replace'
            ? proposal.rules.map((p) => proposedContent(p, rule, replacementDescription(liveRule?.description)))
            : [];
        const missing = replacement.filter((r) => !liveKeys.has(`${rule.groupId}|${(0,apply_rules/* ruleKey */.ep)(r)}`));
        const skip = checkRule(rule, liveRule, groups.get(rule.groupId), allGroups, missing.length === 0);
        if (skip) {
            skipped.push({ ...base, ...skip });
        }
        else if (changes >= options.maxChanges) {
            skipped.push(beyondMax(options.maxChanges, base, ruleWhere(rule)));
        }
        else if (liveRule) {
            changes++;
            const plan = groupPlan(rule.groupId);
            const keys = wanted.get(rule.groupId) ?? new Set();
            for (const r of replacement)
                keys.add((0,apply_rules/* ruleKey */.ep)(r));
            wanted.set(rule.groupId, keys);
            for (const r of missing) {
                const same = plan.authorize.find((a) => (0,apply_rules/* sameRule */.t6)(a.rule, r));
                if (same)
                    same.replaces.push(rule.ruleId);
                else
                    plan.authorize.push({ groupId: rule.groupId, rule: r, replaces: [rule.ruleId] });
            }
            plan.revoke.push({
                groupId: rule.groupId,
                ruleId: rule.ruleId,
                action: proposal.action,
                expected: (0,apply_rules/* contentOf */.$E)(liveRule),
                findingIds,
            });
        }
    }
    keepReplacements(planned, wanted, skipped);
    return {
        createdAt: options.now.toISOString(),
        maxChanges: options.maxChanges,
        allGroups,
        withAclDenies,
        changes: [...planned.values()].reduce((n, g) => n + g.revoke.length, 0) + aclEntries.length,
        groups: [...planned.values()].filter((g) => g.authorize.length > 0 || g.revoke.length > 0),
        networkAclEntries: aclEntries,
        skipped,
    };
}
/** Rules with a proposal on some finding while another finding about them is suppressed. */
function suppressedProposals(report, suppressed) {
    const out = new Map();
    for (const f of report.findings) {
        if (f.ruleId === undefined || !suppressed.has(f.ruleId))
            continue;
        if (f.proposal && f.proposal.action !== 'deny')
            out.set(f.ruleId, [...(out.get(f.ruleId) ?? []), f.id]);
    }
    return out;
}
function beyondMax(max, target, where) {
    const detail = `beyond --max-changes ${max}; a later run takes it`;
    if ('networkAclId' in target) {
        return {
            reason: 'max-changes',
            detail: `${target.networkAclId} ${target.ruleNumber} deny ${target.cidr}: ${detail}`,
            networkAclId: target.networkAclId,
            ruleNumber: target.ruleNumber,
            findingIds: [target.findingId],
        };
    }
    return { reason: 'max-changes', detail: `${where ?? target.ruleId}: ${detail}`, ...target };
}
/** Why an ACL deny entry is left out, or undefined when it goes in. */
function checkAclEntry(entry, live, withAclDenies) {
    const base = {
        networkAclId: entry.networkAclId,
        ruleNumber: entry.ruleNumber,
        findingIds: [entry.findingId],
    };
    const what = `${entry.networkAclId} ${entry.ruleNumber} deny ${entry.cidr}`;
    if (!withAclDenies) {
        return {
            ...base,
            reason: 'acl-denies-off',
            detail: `${what}: network ACL entries need --with-acl-denies`,
        };
    }
    // Without the ACLs read, the executor's re-check right before the call decides.
    if (live.networkAcls === undefined)
        return undefined;
    const acl = live.networkAcls.find((a) => a.networkAclId === entry.networkAclId);
    if (!acl)
        return { ...base, reason: 'gone', detail: `${what}: the network ACL no longer exists` };
    const state = aclEntryState(acl, entry);
    if (state.state === 'free')
        return undefined;
    if (state.state === 'present') {
        return { ...base, reason: 'already-applied', detail: `${what}: already there` };
    }
    return {
        ...base,
        reason: 'changed',
        detail: `${what}: rule number ${entry.ruleNumber} is now taken (${state.by}); re-run analyze`,
    };
}
/**
 * A rule the plan would revoke while a planned change wants exactly that rule to stay (another
 * rule is narrowed to it): revoking it would take away what the replacement relies on.
 */
function keepReplacements(planned, wanted, skipped) {
    for (const plan of planned.values()) {
        const keys = wanted.get(plan.groupId) ?? new Set();
        plan.revoke = plan.revoke.filter((revocation) => {
            if (!keys.has((0,apply_rules/* ruleKey */.ep)(revocation.expected)))
                return true;
            skipped.push({
                reason: 'kept-as-replacement',
                detail: `${plan.groupId} ${revocation.ruleId} (${(0,apply_rules/* ruleText */.Y3)(revocation.expected)}): a proposed rule is exactly this rule; kept`,
                groupId: plan.groupId,
                ruleId: revocation.ruleId,
                findingIds: revocation.findingIds,
            });
            return false;
        });
    }
}

;// CONCATENATED MODULE: ./src/aws/apply/plan-text.ts

/** `authorize sg-… ingress tcp 22 198.51.100.23/32` */
function authorizeLine(a) {
    return `authorize ${a.groupId} ${(0,apply_rules/* ruleText */.Y3)(a.rule)}`;
}
/** `revoke sg-… sgr-…` */
function revokeLine(r) {
    return `revoke ${r.groupId} ${r.ruleId}`;
}
/** `create-network-acl-entry acl-… 98 deny 185.220.101.45/32` */
function aclEntryLine(e) {
    return `create-network-acl-entry ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`;
}
/** A journal entry's call in the plan's words: `revoke sg-… sgr-…`. */
function journalEntryLine(entry) {
    const p = entry.parameters;
    const ids = Array.isArray(p['SecurityGroupRuleIds'])
        ? p['SecurityGroupRuleIds'].join(' ')
        : '';
    switch (entry.call) {
        case 'AuthorizeSecurityGroupIngress':
        case 'AuthorizeSecurityGroupEgress':
            return entry.rule
                ? `authorize ${entry.groupId ?? ''} ${(0,apply_rules/* ruleText */.Y3)(entry.rule)}`
                : `authorize ${entry.groupId ?? ''}`;
        case 'RevokeSecurityGroupIngress':
        case 'RevokeSecurityGroupEgress':
            return `revoke ${entry.groupId ?? ''} ${ids}`;
        case 'CreateNetworkAclEntry':
            return entry.aclEntry ? aclEntryLine(entry.aclEntry) : 'create-network-acl-entry';
        case 'DeleteNetworkAclEntry':
            return entry.aclEntry
                ? `delete-network-acl-entry ${entry.aclEntry.networkAclId} ${entry.aclEntry.ruleNumber}`
                : 'delete-network-acl-entry';
        case 'DescribeSecurityGroupRules':
            return 'describe-security-group-rules';
        case 'DescribeNetworkAcls':
            return 'describe-network-acls';
    }
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The plan as text, one call a line, ending with a newline. */
function formatPlan(plan) {
    const lines = [];
    const scope = plan.allGroups ? 'all groups' : 'groups tagged sg-flow-audit:apply=true';
    lines.push(`Plan: ${plural(plan.changes, 'change')} (at most ${plan.maxChanges}) in ${scope}; ${plan.skipped.length} left out`);
    for (const group of plan.groups) {
        lines.push('', group.groupName ? `${group.groupId} (${group.groupName})` : group.groupId);
        for (const a of group.authorize)
            lines.push(`  ${authorizeLine(a)}  # replaces ${a.replaces.join(', ')}`);
        for (const r of group.revoke) {
            const why = r.action === 'replace' ? 'narrowed' : 'removed';
            lines.push(`  ${revokeLine(r)}  # ${why}: ${(0,apply_rules/* ruleText */.Y3)(r.expected)}`);
        }
    }
    if (plan.networkAclEntries.length > 0) {
        lines.push('', 'network ACLs');
        for (const e of plan.networkAclEntries)
            lines.push(`  ${aclEntryLine(e)}`);
    }
    if (plan.changes === 0)
        lines.push('', 'Nothing to change.');
    if (plan.skipped.length > 0) {
        lines.push('', 'Left out');
        for (const s of plan.skipped)
            lines.push(`  ${s.detail}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/inventory/describe.ts
var describe = __webpack_require__(623);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/apply/ec2-calls.ts
/**
 * The EC2 calls `apply` and `revert` make, each sent through one function that turns what EC2
 * answers into an outcome the journal can record: success, a dry run that would have succeeded,
 * a duplicate rule, a missing IAM permission (named), or a failure, with whether the change may
 * have happened all the same (a lost connection, a server error).
 */






const DUPLICATE = new Set(['InvalidPermission.Duplicate', 'NetworkAclEntryAlreadyExists']);
const NOT_FOUND = /^(InvalidPermission\.NotFound|InvalidSecurityGroupRuleId\.NotFound|InvalidNetworkAclEntry\.NotFound|InvalidNetworkAclID\.NotFound)$/;
const GROUP_CHANGES = /^(Authorize|Revoke)SecurityGroup/;
/** Makes one EC2 call and classifies the answer; never throws for an answer of AWS's. */
async function send(ec2, { call, run }, resource) {
    try {
        return { kind: 'ok', output: await run() };
    }
    catch (error) {
        const code = (0,aws_errors/* awsErrorCode */.J6)(error);
        if (code === 'DryRunOperation')
            return { kind: 'dry-run-ok' };
        if (DUPLICATE.has(code))
            return { kind: 'duplicate' };
        let message = (0,aws_errors/* describeAwsError */.Pp)(error, {
            service: 'ec2',
            operation: call,
            resource,
            ...(0,clients/* clientTarget */.zU)(ec2),
        });
        if (NOT_FOUND.test(code))
            return { kind: 'not-found', code, message };
        const status = error.$metadata?.httpStatusCode;
        const denied = (0,aws_errors/* isAccessDenied */.w7)(error);
        // The tag condition of the apply policy is the usual reason a change is refused.
        if (denied && GROUP_CHANGES.test(call)) {
            message += `; the apply policy allows it only on groups tagged ${APPLY_TAG}=true`;
        }
        return {
            kind: 'failed',
            code: code || 'Error',
            message,
            ...(denied ? { iamAction: (0,aws_errors/* iamAction */.mu)('ec2', call) } : {}),
            uncertain: status === undefined || status >= 500,
        };
    }
}
/** The authorize call of a direction. */
function authorizeCall(ec2, direction, input) {
    return direction === 'ingress'
        ? {
            call: 'AuthorizeSecurityGroupIngress',
            run: () => ec2.send(new dist_cjs/* AuthorizeSecurityGroupIngressCommand */.N8i(input)),
        }
        : {
            call: 'AuthorizeSecurityGroupEgress',
            run: () => ec2.send(new dist_cjs/* AuthorizeSecurityGroupEgressCommand */.HGF(input)),
        };
}
/** The revoke call of a direction: by rule id only, never by matching attributes. */
function revokeCall(ec2, direction, input) {
    return direction === 'ingress'
        ? {
            call: 'RevokeSecurityGroupIngress',
            run: () => ec2.send(new dist_cjs/* RevokeSecurityGroupIngressCommand */.eo3(input)),
        }
        : { call: 'RevokeSecurityGroupEgress', run: () => ec2.send(new dist_cjs/* RevokeSecurityGroupEgressCommand */.kjk(input)) };
}
/** DescribeSecurityGroupRules parameters for some rule ids (a filter: a missing id is no error). */
function describeRulesInput(ruleIds, dryRun = false) {
    return {
        Filters: [{ Name: 'security-group-rule-id', Values: ruleIds }],
        ...(dryRun ? { DryRun: true } : {}),
    };
}
/** DescribeSecurityGroupRules parameters for every rule of a group. */
function describeGroupRulesInput(groupId) {
    return { Filters: [{ Name: 'group-id', Values: [groupId] }] };
}
/** Reads rules (paged; a filter of a few ids is one page). */
async function describeRules(ec2, input) {
    const rules = [];
    let NextToken;
    do {
        const page = { ...input, ...(NextToken ? { NextToken } : {}) };
        const out = await send(ec2, {
            call: 'DescribeSecurityGroupRules',
            run: () => ec2.send(new dist_cjs/* DescribeSecurityGroupRulesCommand */.lED(page)),
        }, undefined);
        if (out.kind !== 'ok')
            return out;
        rules.push(...(out.output.SecurityGroupRules ?? []));
        NextToken = out.output.NextToken;
    } while (NextToken);
    return { kind: 'ok', output: (0,apply_rules/* rulesFromSdk */.gb)(rules) };
}
/**
 * DescribeNetworkAcls parameters for one ACL. By id, not by the `network-acl-id` filter (which
 * moto does not know); a deleted ACL answers InvalidNetworkAclID.NotFound.
 */
function describeAclInput(networkAclId, dryRun = false) {
    return { NetworkAclIds: [networkAclId], ...(dryRun ? { DryRun: true } : {}) };
}
/** Reads one network ACL; undefined in `output` when it no longer exists. */
async function describeAcl(ec2, networkAclId) {
    const input = describeAclInput(networkAclId);
    const out = await send(ec2, { call: 'DescribeNetworkAcls', run: () => ec2.send(new dist_cjs/* DescribeNetworkAclsCommand */.uc3(input)) }, networkAclId);
    if (out.kind === 'not-found')
        return { kind: 'ok', output: undefined };
    if (out.kind !== 'ok')
        return out;
    const acls = (0,describe/* networkAclsFromDescribe */.x2)((0,describe/* parseDescribeDocument */.oH)(out.output.NetworkAcls ?? [], 'NetworkAcls', describe/* NetworkAclSchema */.kt, 'EC2 DescribeNetworkAcls'));
    return { kind: 'ok', output: acls.find((a) => a.networkAclId === networkAclId) };
}
/** A live rule as the journal keeps it. */
function journalRule(rule) {
    return {
        ruleId: rule.ruleId,
        groupId: rule.groupId,
        direction: rule.direction,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer: rule.peer,
        description: rule.description ?? null,
    };
}
/** `sg-flow-audit revert JOURNAL`, the path quoted for a POSIX shell when it needs to be. */
function revertCommand(journalPath) {
    const quoted = /^[\w@%+=:,./-]+$/.test(journalPath)
        ? journalPath
        : `'${journalPath.replace(/'/g, `'\\''`)}'`;
    return `sg-flow-audit revert ${quoted}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/inventory/peer-schema.ts
var peer_schema = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/aws/apply/journal.ts
/**
 * The journal of an `apply` (or `revert`) run: every EC2 call with its parameters and result,
 * and for every revoked rule its full state before, so that `sg-flow-audit revert JOURNAL` can put
 * back exactly what was there. An entry is written as `pending` before its call and completed
 * after it, each time to a temporary file renamed over the journal, so a crash at any point leaves
 * a whole journal that says which call may have happened.
 */





const JOURNAL_FORMAT = 'sg-flow-audit-journal';
/** Writes a journal after every change to it; refuses to overwrite one that exists. */
class JournalWriter {
    path;
    now;
    journal;
    constructor(
    /** undefined: the journal is kept in memory only. */
    path, journal, now) {
        this.path = path;
        this.now = now;
        this.journal = journal;
    }
    /**
     * Starts a journal at `path`.
     *
     * @throws ConfigurationError when a file is there already: it may be the only record of how to
     * undo an earlier run.
     */
    static create(path, header, now) {
        if ((0,external_node_fs_.existsSync)(path)) {
            throw new errors/* ConfigurationError */.j1(`journal ${path} exists already; give a new path (it may be needed to revert)`);
        }
        const time = now().toISOString();
        const writer = new JournalWriter(path, {
            format: JOURNAL_FORMAT,
            version: 1,
            ...header,
            startedAt: time,
            updatedAt: time,
            status: 'running',
            entries: [],
        }, now);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        writer.write();
        return writer;
    }
    /** A journal that is not written anywhere (a revert run without a journal of its own). */
    static inMemory(header, now) {
        const time = now().toISOString();
        return new JournalWriter(undefined, {
            format: JOURNAL_FORMAT,
            version: 1,
            ...header,
            startedAt: time,
            updatedAt: time,
            status: 'running',
            entries: [],
        }, now);
    }
    /** Records a call as pending, before it is made. */
    begin(entry) {
        const full = {
            seq: this.journal.entries.length + 1,
            time: this.now().toISOString(),
            ...entry,
            result: { status: 'pending' },
        };
        this.journal.entries.push(full);
        this.write();
        return full;
    }
    /** Records what came of a call. */
    finish(entry, result) {
        entry.result = result;
        this.write();
    }
    /** Records a call that the re-check dropped, without making it. */
    skip(entry, reason) {
        const full = this.begin(entry);
        this.finish(full, { status: 'skipped', reason });
        return full;
    }
    /** Records how the run ended. */
    close(status) {
        this.journal.status = status;
        this.write();
    }
    // A temporary file renamed over the journal: a crash mid-write never leaves half a journal.
    write() {
        this.journal.updatedAt = this.now().toISOString();
        if (this.path === undefined)
            return;
        const temporary = `${this.path}.tmp`;
        const fd = (0,external_node_fs_.openSync)(temporary, 'w');
        try {
            (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(this.journal, null, 2)}\n`);
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temporary, this.path);
    }
}
const peerSchema = peer_schema/* rulePeerSchema */.C;
const ruleSchema = schemas/* object */.Ikc({
    ruleId: schemas/* string */.YjP(),
    groupId: schemas/* string */.YjP(),
    direction: schemas/* enum */.k5n(['ingress', 'egress']),
    protocol: schemas/* string */.YjP(),
    fromPort: schemas/* number */.aig().int(),
    toPort: schemas/* number */.aig().int(),
    peer: peerSchema,
    description: schemas/* string */.YjP().nullable(),
});
const contentSchema = ruleSchema
    .omit({ ruleId: true, groupId: true, description: true })
    .extend({ description: schemas/* string */.YjP().optional() });
const aclEntrySchema = schemas/* object */.Ikc({
    networkAclId: schemas/* string */.YjP(),
    ruleNumber: schemas/* number */.aig().int(),
    egress: schemas/* literal */.euz(false),
    protocol: schemas/* literal */.euz('-1'),
    ruleAction: schemas/* literal */.euz('deny'),
    cidr: schemas/* string */.YjP(),
});
const resultSchema = schemas/* discriminatedUnion */.gMt('status', [
    schemas/* object */.Ikc({ status: schemas/* literal */.euz('pending') }),
    schemas/* object */.Ikc({
        status: schemas/* literal */.euz('done'),
        ruleIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        rules: schemas/* array */.YOg(ruleSchema).optional(),
    }),
    schemas/* object */.Ikc({ status: schemas/* literal */.euz('already-present') }),
    schemas/* object */.Ikc({ status: schemas/* literal */.euz('skipped'), reason: schemas/* string */.YjP() }),
    schemas/* object */.Ikc({ status: schemas/* literal */.euz('dry-run-ok') }),
    schemas/* object */.Ikc({ status: schemas/* literal */.euz('dry-run-ignored'), ruleIds: schemas/* array */.YOg(schemas/* string */.YjP()).optional() }),
    schemas/* object */.Ikc({
        status: schemas/* literal */.euz('failed'),
        error: schemas/* object */.Ikc({ code: schemas/* string */.YjP(), message: schemas/* string */.YjP(), iamAction: schemas/* string */.YjP().optional() }),
        uncertain: schemas/* boolean */.zMY(),
    }),
]);
const journalSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(JOURNAL_FORMAT),
    version: schemas/* literal */.euz(1),
    kind: schemas/* enum */.k5n(['apply', 'revert']),
    dryRun: schemas/* boolean */.zMY(),
    startedAt: schemas/* string */.YjP(),
    updatedAt: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(['running', 'completed', 'failed']),
    reverts: schemas/* string */.YjP().optional(),
    entries: schemas/* array */.YOg(schemas/* object */.Ikc({
        seq: schemas/* number */.aig().int(),
        time: schemas/* string */.YjP(),
        call: schemas/* enum */.k5n([
            'AuthorizeSecurityGroupIngress',
            'AuthorizeSecurityGroupEgress',
            'RevokeSecurityGroupIngress',
            'RevokeSecurityGroupEgress',
            'DescribeSecurityGroupRules',
            'DescribeNetworkAcls',
            'CreateNetworkAclEntry',
            'DeleteNetworkAclEntry',
        ]),
        parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        groupId: schemas/* string */.YjP().optional(),
        rule: contentSchema.optional(),
        previous: ruleSchema.optional(),
        aclEntry: aclEntrySchema.optional(),
        result: resultSchema,
    })),
});
/**
 * Reads and checks a journal file.
 *
 * @throws ConfigurationError naming the file and the first field that is wrong.
 */
function readJournal(path) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`journal ${path}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const parsed = journalSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
        throw new errors/* ConfigurationError */.j1(`journal ${path}: ${at ? `${at.replace(/^\./, '')}: ` : ''}${issue?.message ?? 'not an sg-flow-audit journal'}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/aws/apply/result.ts
/**
 * What an apply run did, read off its journal: the rules it created and revoked, what it left
 * alone and why, what a dry run found missing, and the command that undoes it.
 */


const isChange = (e) => !e.call.startsWith('Describe');
/** Whether a call may have changed something that a revert should look at. */
function mayHaveChanged(e) {
    if (!isChange(e))
        return false;
    const r = e.result;
    return (r.status === 'done' ||
        r.status === 'pending' ||
        r.status === 'dry-run-ignored' ||
        (r.status === 'failed' && r.uncertain));
}
/** The result of a run from its journal. */
function summarizeApply(journal, journalPath, stop) {
    const result = {
        status: stop ? 'failed' : journal.dryRun ? 'dry-run' : 'completed',
        journalPath,
        journal,
        authorized: [],
        alreadyPresent: [],
        revoked: [],
        aclEntriesCreated: [],
        skipped: [],
        missingPermissions: [],
        problems: [],
    };
    for (const e of journal.entries) {
        const r = e.result;
        const line = journalEntryLine(e);
        const changed = r.status === 'done' || r.status === 'dry-run-ignored';
        if (e.call.startsWith('Authorize') && e.rule) {
            if (changed)
                result.authorized.push({ groupId: e.groupId ?? '', ruleIds: r.ruleIds ?? [], rule: e.rule });
            if (r.status === 'already-present')
                result.alreadyPresent.push({ groupId: e.groupId ?? '', rule: e.rule });
        }
        if (e.call.startsWith('Revoke') && e.previous && changed)
            result.revoked.push(e.previous);
        if (e.call === 'CreateNetworkAclEntry' && e.aclEntry && changed)
            result.aclEntriesCreated.push(e.aclEntry);
        if (r.status === 'skipped')
            result.skipped.push(`${line}: ${r.reason}`);
        if (journal.dryRun && r.status === 'failed') {
            if (r.error.iamAction)
                result.missingPermissions.push(r.error.message);
            else
                result.problems.push(`${line}: ${r.error.message}`);
        }
    }
    if (stop)
        result.failure = stop;
    if (journal.entries.some(mayHaveChanged))
        result.revertCommand = revertCommand(journalPath);
    return result;
}

;// CONCATENATED MODULE: ./src/aws/apply/execute.ts
/**
 * Carries out an apply plan. Per group, the replacement rules are authorized before any old rule
 * is revoked, so access only ever narrows once its replacement is in place; old rules are revoked
 * by `SecurityGroupRuleId` only, each re-read right before and left alone if it changed or went.
 * Every call goes to the journal before and after it is made. The first failure stops the run:
 * what is left stays untouched, and the result carries the command that undoes what was done.
 * A dry run sends every call with `DryRun: true`, so that missing permissions show before
 * anything changes.
 */







/** The journal's record of a call that did not succeed. */
function failedResult(out) {
    if (out.kind === 'dry-run-ok')
        return { status: 'dry-run-ok' };
    if (out.kind === 'duplicate')
        return { status: 'already-present' };
    if (out.kind === 'not-found')
        return { status: 'failed', error: { code: out.code, message: out.message }, uncertain: false };
    return {
        status: 'failed',
        error: { code: out.code, message: out.message, ...(out.iamAction ? { iamAction: out.iamAction } : {}) },
        uncertain: out.uncertain,
    };
}
const message = (out) => 'message' in out ? out.message : `unexpected answer: ${out.kind}`;
/**
 * Carries out (or, with `dryRun`, checks) a plan, journaling every call.
 *
 * @throws ConfigurationError when the journal file exists already.
 */
async function executePlan(ec2, plan, options) {
    const dryRun = options.dryRun ?? false;
    const journal = JournalWriter.create(options.journalPath, { kind: 'apply', dryRun }, options.now ?? (() => new Date()));
    let stop;
    try {
        stop = dryRun ? await checkPlan(ec2, plan, journal) : await carryOut(ec2, plan, journal);
    }
    finally {
        journal.close(stop === undefined ? 'completed' : 'failed');
    }
    return summarizeApply(journal.journal, options.journalPath, stop);
}
async function carryOut(ec2, plan, journal) {
    for (const group of plan.groups) {
        const stop = await carryOutGroup(ec2, group, journal);
        if (stop)
            return stop;
    }
    for (const entry of plan.networkAclEntries) {
        const stop = await createAclEntry(ec2, entry, journal);
        if (stop)
            return stop;
    }
    return undefined;
}
/** Reads rules by id, journaled; the rules by id, or why the run stops. */
async function readRules(ec2, journal, groupId, ruleIds) {
    const parameters = describeRulesInput(ruleIds);
    const entry = journal.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
    const out = await describeRules(ec2, parameters);
    if (out.kind !== 'ok') {
        journal.finish(entry, failedResult(out));
        return { call: `describe-security-group-rules ${ruleIds.join(' ')}`, message: message(out) };
    }
    journal.finish(entry, { status: 'done', rules: out.output.map(journalRule) });
    return new Map(out.output.map((r) => [r.ruleId, r]));
}
/** Why a rule must be left alone now, or undefined when it is still what the plan saw. */
function recheck(planned, live) {
    if (!live)
        return 'gone since the plan was made';
    if (live.groupId !== planned.groupId || !(0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(live), planned.expected)) {
        return `changed since the plan was made (now ${(0,apply_rules/* ruleText */.Y3)((0,apply_rules/* contentOf */.$E)(live))})`;
    }
    return undefined;
}
async function carryOutGroup(ec2, group, journal) {
    // The plan is checked against the live rules once more before the group's first call, so that
    // no replacement is added for a rule that changed meanwhile.
    const dropped = new Map();
    if (group.revoke.length > 0) {
        const live = await readRules(ec2, journal, group.groupId, group.revoke.map((r) => r.ruleId));
        if (!(live instanceof Map))
            return live;
        for (const r of group.revoke) {
            const why = recheck(r, live.get(r.ruleId));
            if (why)
                dropped.set(r.ruleId, why);
        }
    }
    for (const a of group.authorize) {
        const parameters = { GroupId: a.groupId, IpPermissions: [(0,apply_rules/* ipPermission */.PW)(a.rule)] };
        const authorize = authorizeCall(ec2, a.rule.direction, parameters);
        const base = { call: authorize.call, parameters, groupId: a.groupId, rule: a.rule };
        if (a.replaces.every((id) => dropped.has(id))) {
            journal.skip(base, `the rules it replaces (${a.replaces.join(', ')}) changed or are gone`);
            continue;
        }
        const entry = journal.begin(base);
        const out = await send(ec2, authorize, a.groupId);
        if (out.kind === 'duplicate') {
            journal.finish(entry, { status: 'already-present' });
            continue;
        }
        if (out.kind !== 'ok') {
            journal.finish(entry, failedResult(out));
            return { call: authorizeLine(a), message: message(out) };
        }
        let ruleIds = (0,apply_rules/* rulesFromSdk */.gb)(out.output.SecurityGroupRules)
            .filter((r) => (0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(r), a.rule))
            .map((r) => r.ruleId);
        if (ruleIds.length === 0) {
            // An endpoint that does not return the new rules: read them back, so revert has their ids.
            const read = await readGroupRule(ec2, journal, a.groupId, a.rule);
            if ('message' in read) {
                journal.finish(entry, { status: 'done', ruleIds: [] });
                return read;
            }
            ruleIds = read.ruleIds;
        }
        journal.finish(entry, { status: 'done', ruleIds });
    }
    for (const r of group.revoke) {
        const parameters = { GroupId: r.groupId, SecurityGroupRuleIds: [r.ruleId] };
        const revoke = revokeCall(ec2, r.expected.direction, parameters);
        const base = { call: revoke.call, parameters, groupId: r.groupId };
        const early = dropped.get(r.ruleId);
        if (early) {
            journal.skip(base, early);
            continue;
        }
        const live = await readRules(ec2, journal, r.groupId, [r.ruleId]);
        if (!(live instanceof Map))
            return live;
        const now = live.get(r.ruleId);
        const why = recheck(r, now);
        if (why || !now) {
            journal.skip(base, why ?? 'gone');
            continue;
        }
        const entry = journal.begin({ ...base, previous: journalRule(now) });
        const out = await send(ec2, revoke, r.groupId);
        if (out.kind === 'not-found') {
            journal.finish(entry, { status: 'skipped', reason: 'gone before it was revoked' });
            continue;
        }
        if (out.kind !== 'ok') {
            journal.finish(entry, failedResult(out));
            return { call: revokeLine(r), message: message(out) };
        }
        journal.finish(entry, { status: 'done' });
    }
    return undefined;
}
/** The ids of a group's rules that are exactly `rule`, read back after it was authorized. */
async function readGroupRule(ec2, journal, groupId, rule) {
    const parameters = describeGroupRulesInput(groupId);
    const entry = journal.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
    const out = await describeRules(ec2, parameters);
    if (out.kind !== 'ok') {
        journal.finish(entry, failedResult(out));
        return { call: `describe-security-group-rules ${groupId}`, message: message(out) };
    }
    const found = out.output.filter((r) => r.groupId === groupId && (0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(r), rule));
    journal.finish(entry, { status: 'done', rules: found.map(journalRule) });
    return { ruleIds: found.map((r) => r.ruleId) };
}
async function createAclEntry(ec2, planned, journal) {
    const aclEntry = journalAclEntry(planned);
    const parameters = createAclEntryInput(aclEntry);
    const base = { call: 'CreateNetworkAclEntry', parameters, aclEntry };
    const readEntry = journal.begin({
        call: 'DescribeNetworkAcls',
        parameters: describeAclInput(planned.networkAclId),
    });
    const read = await describeAcl(ec2, planned.networkAclId);
    if (read.kind !== 'ok') {
        journal.finish(readEntry, failedResult(read));
        return { call: `describe-network-acls ${planned.networkAclId}`, message: message(read) };
    }
    journal.finish(readEntry, { status: 'done' });
    const acl = read.output;
    const state = acl ? aclEntryState(acl, aclEntry) : undefined;
    if (!state || state.state !== 'free') {
        const why = !state
            ? 'the network ACL is gone'
            : state.state === 'present'
                ? 'already there'
                : `rule number ${planned.ruleNumber} is taken (${state.by})`;
        journal.skip(base, why);
        return undefined;
    }
    const entry = journal.begin(base);
    const out = await send(ec2, { call: 'CreateNetworkAclEntry', run: () => ec2.send(new dist_cjs/* CreateNetworkAclEntryCommand */.I2z(parameters)) }, planned.networkAclId);
    if (out.kind === 'duplicate') {
        journal.finish(entry, {
            status: 'skipped',
            reason: `rule number ${planned.ruleNumber} was taken meanwhile`,
        });
        return undefined;
    }
    if (out.kind !== 'ok') {
        journal.finish(entry, failedResult(out));
        return { call: aclEntryLine(planned), message: message(out) };
    }
    journal.finish(entry, { status: 'done' });
    return undefined;
}
/**
 * The dry run: each call with `DryRun: true`, the reads the run makes included. Every call is
 * tried, so all missing permissions show at once. An endpoint that carries a call out in spite of
 * `DryRun` stops the run, and the journal records what it did so that revert undoes it.
 */
async function checkPlan(ec2, plan, journal) {
    const dry = async (entry, run, resource) => {
        const started = journal.begin(entry);
        const out = await send(ec2, { call: entry.call, run }, resource);
        if (out.kind !== 'ok') {
            journal.finish(started, failedResult(out));
            return undefined;
        }
        const created = entry.rule
            ? (0,apply_rules/* rulesFromSdk */.gb)(out.output.SecurityGroupRules)
                .filter((r) => entry.rule !== undefined && (0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(r), entry.rule))
                .map((r) => r.ruleId)
            : [];
        journal.finish(started, { status: 'dry-run-ignored', ...(entry.rule ? { ruleIds: created } : {}) });
        if (entry.call.startsWith('Describe'))
            return undefined;
        return {
            call: journalEntryLine(started),
            message: 'the endpoint ignored DryRun and carried the call out',
        };
    };
    const firstRevoke = plan.groups.flatMap((g) => g.revoke)[0];
    if (firstRevoke) {
        const parameters = describeRulesInput([firstRevoke.ruleId], true);
        const stop = await dry({ call: 'DescribeSecurityGroupRules', parameters }, () => ec2.send(new dist_cjs/* DescribeSecurityGroupRulesCommand */.lED(parameters)), undefined);
        if (stop)
            return stop;
    }
    for (const group of plan.groups) {
        for (const a of group.authorize) {
            const parameters = { GroupId: a.groupId, IpPermissions: [(0,apply_rules/* ipPermission */.PW)(a.rule)], DryRun: true };
            const { call, run } = authorizeCall(ec2, a.rule.direction, parameters);
            const stop = await dry({ call, parameters, groupId: a.groupId, rule: a.rule }, run, a.groupId);
            if (stop)
                return stop;
        }
        for (const r of group.revoke) {
            const parameters = { GroupId: r.groupId, SecurityGroupRuleIds: [r.ruleId], DryRun: true };
            const { call, run } = revokeCall(ec2, r.expected.direction, parameters);
            // The plan's view of the rule stands in for its state, in case the endpoint revokes it.
            const previous = journalRule({ ...r.expected, ruleId: r.ruleId, groupId: r.groupId });
            const stop = await dry({ call, parameters, groupId: r.groupId, previous }, async () => ((await run()) ?? {}), r.groupId);
            if (stop)
                return stop;
        }
    }
    const firstAcl = plan.networkAclEntries[0];
    if (firstAcl) {
        const parameters = describeAclInput(firstAcl.networkAclId, true);
        const stop = await dry({ call: 'DescribeNetworkAcls', parameters }, () => ec2.send(new dist_cjs/* DescribeNetworkAclsCommand */.uc3(parameters)), firstAcl.networkAclId);
        if (stop)
            return stop;
    }
    for (const planned of plan.networkAclEntries) {
        const aclEntry = journalAclEntry(planned);
        const parameters = createAclEntryInput(aclEntry, true);
        const stop = await dry({ call: 'CreateNetworkAclEntry', parameters, aclEntry }, () => ec2.send(new dist_cjs/* CreateNetworkAclEntryCommand */.I2z(parameters)), planned.networkAclId);
        if (stop)
            return stop;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/aws/apply/revert.ts
/**
 * Undoes an apply run from its journal, last call first: the rules it revoked are authorized
 * again with exactly their protocol, ports, peer and description (EC2 gives them new ids, which
 * the result lists), the rules it created are revoked by the ids it recorded, and the network ACL
 * entries it created are deleted. Each step first looks at what is there, so a second revert
 * finds everything undone and changes nothing, and a rule someone changed since is left alone.
 */








const revert_status = (e) => e.result.status;
/** Whether a call of the apply may have been carried out, so that revert must look. */
function mayHaveHappened(e) {
    const r = e.result;
    return (r.status === 'done' ||
        r.status === 'pending' ||
        r.status === 'dry-run-ignored' ||
        (r.status === 'failed' && r.uncertain));
}
const contentOfJournalRule = (r) => ({
    direction: r.direction,
    protocol: r.protocol,
    fromPort: r.fromPort,
    toPort: r.toPort,
    peer: r.peer,
    ...(r.description !== null ? { description: r.description } : {}),
});
/**
 * Undoes what an apply journal records. Idempotent.
 *
 * @throws ConfigurationError for a revert journal (it undoes nothing itself), or when the revert's
 * own journal path exists already.
 */
async function revertJournal(ec2, journal, options = {}) {
    if (journal.kind !== 'apply') {
        throw new errors/* ConfigurationError */.j1('this is the journal of a revert; revert the apply journal it names instead');
    }
    const now = options.now ?? (() => new Date());
    const header = {
        kind: 'revert',
        dryRun: false,
        ...(options.reverts ? { reverts: options.reverts } : {}),
    };
    const writer = options.journalPath !== undefined
        ? JournalWriter.create(options.journalPath, header, now)
        : JournalWriter.inMemory(header, now);
    const result = {
        status: 'completed',
        journal: writer.journal,
        restored: [],
        revoked: [],
        deletedAclEntries: [],
        alreadyReverted: [],
        leftAlone: [],
        changes: 0,
    };
    let stop;
    try {
        for (const entry of [...journal.entries].reverse()) {
            if (!mayHaveHappened(entry))
                continue;
            if (entry.call.startsWith('Revoke') && entry.previous)
                stop = await restore(ec2, entry.previous, writer, result);
            else if (entry.call.startsWith('Authorize') && entry.rule)
                stop = await removeCreated(ec2, entry, writer, result);
            else if (entry.call === 'CreateNetworkAclEntry' && entry.aclEntry)
                stop = await deleteCreated(ec2, entry.aclEntry, writer, result);
            if (stop)
                break;
        }
    }
    finally {
        writer.close(stop ? 'failed' : 'completed');
    }
    if (stop) {
        result.status = 'failed';
        result.failure = stop;
    }
    return result;
}
/** Authorizes a revoked rule again, word for word; a duplicate means it is back already. */
async function restore(ec2, previous, writer, result) {
    const content = contentOfJournalRule(previous);
    const parameters = { GroupId: previous.groupId, IpPermissions: [(0,apply_rules/* ipPermission */.PW)(content)] };
    const authorize = authorizeCall(ec2, previous.direction, parameters);
    const call = authorize.call;
    const entry = writer.begin({ call, parameters, groupId: previous.groupId, rule: content });
    const line = `authorize ${previous.groupId} ${(0,apply_rules/* ruleText */.Y3)(content)} (was ${previous.ruleId})`;
    const out = await send(ec2, authorize, previous.groupId);
    if (out.kind === 'duplicate') {
        writer.finish(entry, { status: 'already-present' });
        result.alreadyReverted.push(`${line}: already there`);
        return undefined;
    }
    if (out.kind !== 'ok') {
        writer.finish(entry, failedResult(out));
        return { call: line, message: 'message' in out ? out.message : out.kind };
    }
    const ids = (0,apply_rules/* rulesFromSdk */.gb)(out.output.SecurityGroupRules)
        .filter((r) => (0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(r), content))
        .map((r) => r.ruleId);
    writer.finish(entry, { status: 'done', ruleIds: ids });
    result.restored.push({
        groupId: previous.groupId,
        oldRuleId: previous.ruleId,
        newRuleId: ids[0],
        rule: previous,
    });
    result.changes++;
    return undefined;
}
/** Revokes, by id, the rules an authorize created, unless they are gone or changed since. */
async function removeCreated(ec2, created, writer, result) {
    const rule = created.rule;
    const groupId = created.groupId ?? '';
    const r = created.result;
    const ruleIds = r.status === 'done' || r.status === 'dry-run-ignored' ? (r.ruleIds ?? []) : [];
    if (ruleIds.length === 0) {
        const why = revert_status(created) === 'done'
            ? 'EC2 gave no id for the rule it created'
            : 'the apply stopped during this call, so it may have been made';
        result.leftAlone.push(`${journalEntryLine(created)}: ${why}; if ${groupId} has this rule, revoke it by hand`);
        return undefined;
    }
    for (const ruleId of ruleIds) {
        const line = `revoke ${groupId} ${ruleId} (${(0,apply_rules/* ruleText */.Y3)(rule)})`;
        const parameters = describeRulesInput([ruleId]);
        const read = writer.begin({ call: 'DescribeSecurityGroupRules', parameters, groupId });
        const live = await describeRules(ec2, parameters);
        if (live.kind !== 'ok') {
            writer.finish(read, failedResult(live));
            return {
                call: `describe-security-group-rules ${ruleId}`,
                message: 'message' in live ? live.message : live.kind,
            };
        }
        writer.finish(read, { status: 'done', rules: live.output.map(journalRule) });
        const now = live.output.find((x) => x.ruleId === ruleId);
        if (!now) {
            result.alreadyReverted.push(`${line}: already gone`);
            continue;
        }
        if (now.groupId !== groupId || !(0,apply_rules/* sameRule */.t6)((0,apply_rules/* contentOf */.$E)(now), rule)) {
            result.leftAlone.push(`${line}: changed since the apply (now ${(0,apply_rules/* ruleText */.Y3)((0,apply_rules/* contentOf */.$E)(now))}); left as it is`);
            continue;
        }
        const revoke = { GroupId: groupId, SecurityGroupRuleIds: [ruleId] };
        const revokeIt = revokeCall(ec2, rule.direction, revoke);
        const call = revokeIt.call;
        const entry = writer.begin({ call, parameters: revoke, groupId, previous: journalRule(now) });
        const out = await send(ec2, revokeIt, groupId);
        if (out.kind === 'not-found') {
            writer.finish(entry, { status: 'skipped', reason: 'already gone' });
            result.alreadyReverted.push(`${line}: already gone`);
            continue;
        }
        if (out.kind !== 'ok') {
            writer.finish(entry, failedResult(out));
            return { call: line, message: 'message' in out ? out.message : out.kind };
        }
        writer.finish(entry, { status: 'done' });
        result.revoked.push({ groupId, ruleId });
        result.changes++;
    }
    return undefined;
}
/** Deletes a network ACL entry the apply created, when the entry at its number is still it. */
async function deleteCreated(ec2, aclEntry, writer, result) {
    const line = `delete-network-acl-entry ${aclEntry.networkAclId} ${aclEntry.ruleNumber} (deny ${aclEntry.cidr})`;
    const read = writer.begin({
        call: 'DescribeNetworkAcls',
        parameters: describeAclInput(aclEntry.networkAclId),
    });
    const acl = await describeAcl(ec2, aclEntry.networkAclId);
    if (acl.kind !== 'ok') {
        writer.finish(read, failedResult(acl));
        return {
            call: `describe-network-acls ${aclEntry.networkAclId}`,
            message: 'message' in acl ? acl.message : acl.kind,
        };
    }
    writer.finish(read, { status: 'done' });
    const state = acl.output ? aclEntryState(acl.output, aclEntry) : { state: 'free' };
    if (state.state === 'free') {
        result.alreadyReverted.push(`${line}: already gone`);
        return undefined;
    }
    if (state.state === 'taken') {
        result.leftAlone.push(`${line}: rule number ${aclEntry.ruleNumber} now holds another entry (${state.by}); left as it is`);
        return undefined;
    }
    const parameters = deleteAclEntryInput(aclEntry);
    const entry = writer.begin({ call: 'DeleteNetworkAclEntry', parameters, aclEntry });
    const out = await send(ec2, { call: 'DeleteNetworkAclEntry', run: () => ec2.send(new dist_cjs/* DeleteNetworkAclEntryCommand */.bV5(parameters)) }, aclEntry.networkAclId);
    if (out.kind !== 'ok') {
        writer.finish(entry, failedResult(out));
        return { call: line, message: 'message' in out ? out.message : out.kind };
    }
    writer.finish(entry, { status: 'done' });
    result.deletedAclEntries.push(aclEntry);
    result.changes++;
    return undefined;
}

// EXTERNAL MODULE: ./src/aws/util.ts
var util = __webpack_require__(8897);
;// CONCATENATED MODULE: ./src/aws/apply/live-state.ts
/**
 * Reads what AWS holds now for the groups and network ACLs a report's proposals touch: the
 * groups' tags (the opt-in), their rules with `sgr-` ids, and the ACLs' entries. The plan is
 * made against this, right before the run.
 */







// EC2 accepts at most 200 values in one filter.
const FILTER_VALUES = 200;
/** The groups and network ACLs that a report proposes to change. */
function proposalTargets(report) {
    const groupIds = new Set();
    const networkAclIds = new Set();
    for (const f of report.findings) {
        if (!f.proposal)
            continue;
        if (f.proposal.action === 'deny')
            for (const e of f.proposal.networkAclEntries ?? [])
                networkAclIds.add(e.networkAclId);
        else if (f.groupId !== undefined)
            groupIds.add(f.groupId);
    }
    return { groupIds: [...groupIds].sort(), networkAclIds: [...networkAclIds].sort() };
}
/**
 * Reads the live state for a report's proposals (the ACLs only with `withAclDenies`).
 *
 * @throws ConfigurationError when AWS refuses a read, naming the IAM action.
 */
async function readApplyState(ec2, report, options = {}) {
    const { groupIds, networkAclIds } = proposalTargets(report);
    const call = (operation) => ({ service: 'ec2', operation, ...(0,clients/* clientTarget */.zU)(ec2) });
    const groups = [];
    const rules = [];
    // Filters, not ids: a group deleted since the report is simply absent, not an error.
    for (const ids of (0,util/* chunks */.VN)(groupIds, FILTER_VALUES)) {
        const Filters = [{ Name: 'group-id', Values: ids }];
        try {
            const found = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ec2 }, { Filters }), (p) => p.SecurityGroups);
            for (const g of found) {
                if (!g.GroupId)
                    continue;
                const tags = Object.fromEntries((g.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
                groups.push({ groupId: g.GroupId, groupName: g.GroupName, tags });
            }
        }
        catch (e) {
            (0,aws_errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroups'));
        }
        try {
            const found = await (0,util/* collectPages */.VV)((0,dist_cjs/* paginateDescribeSecurityGroupRules */.Dl4)({ client: ec2 }, { Filters }), (p) => p.SecurityGroupRules);
            rules.push(...(0,apply_rules/* rulesFromSdk */.gb)(found));
        }
        catch (e) {
            (0,aws_errors/* rethrowAwsError */.di)(e, call('DescribeSecurityGroupRules'));
        }
    }
    if (!options.withAclDenies || networkAclIds.length === 0)
        return { groups, rules };
    // One ACL a call: a deleted one is simply absent (by id, EC2 fails the whole call for it).
    const networkAcls = [];
    for (const id of networkAclIds) {
        const out = await describeAcl(ec2, id);
        if (out.kind !== 'ok')
            throw new errors/* ConfigurationError */.j1('message' in out ? out.message : out.kind);
        if (out.output)
            networkAcls.push(out.output);
    }
    return { groups, rules, networkAcls };
}

;// CONCATENATED MODULE: ./src/aws/apply/index.ts
/**
 * `apply` and `revert`: a report's proposals carried out in AWS with a journal that undoes them.
 * The CLI and the Action read the report, call {@link readApplyState} and {@link planApply}, print
 * {@link formatPlan}, then {@link executePlan}; `revert` reads a journal and calls
 * {@link revertJournal}.
 */










/***/ }),

/***/ 4825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ contentOf),
/* harmony export */   PW: () => (/* binding */ ipPermission),
/* harmony export */   Y3: () => (/* binding */ ruleText),
/* harmony export */   ep: () => (/* binding */ ruleKey),
/* harmony export */   gb: () => (/* binding */ rulesFromSdk),
/* harmony export */   t6: () => (/* binding */ sameRule)
/* harmony export */ });
/* unused harmony export protocolText */
/* harmony import */ var _inventory_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(623);
/* harmony import */ var _inventory_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7129);


/** The rule's protocol as the report names it, and whether its ports mean anything. */
function protocolOf(protocol) {
    const known = (0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProtocol */ .gR)(protocol);
    return known ? { name: known.protocol, number: known.protocolNumber } : { name: protocol, number: NaN };
}
const hasPortRange = (n) => n === 6 || n === 17;
const isIcmp = (n) => n === 1 || n === 58;
/** The ports as EC2 keeps them: none (-1) for every protocol but TCP, UDP and ICMP. */
function portsOf(content) {
    const { number } = protocolOf(content.protocol);
    return hasPortRange(number) || isIcmp(number) ? [content.fromPort, content.toPort] : [-1, -1];
}
function peerKey(peer) {
    if ('cidr' in peer)
        return `cidr:${peer.cidr.toLowerCase()}`;
    if ('groupId' in peer)
        return `group:${peer.groupId}`;
    return `pl:${peer.prefixListId}`;
}
/**
 * What makes two rules of a group the same rule for EC2 (an authorize of it is a duplicate):
 * everything but the description.
 */
function ruleKey(content) {
    const [from, to] = portsOf(content);
    return [content.direction, protocolOf(content.protocol).name, from, to, peerKey(content.peer)].join('|');
}
/** Whether two rules are the same rule (descriptions aside). */
function sameRule(a, b) {
    return ruleKey(a) === ruleKey(b);
}
/** The content of a live rule (its id and group left out). */
function contentOf(rule) {
    return {
        direction: rule.direction,
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        peer: rule.peer,
        ...(rule.description ? { description: rule.description } : {}),
    };
}
/** The one `IpPermission` that authorizes exactly this rule, description included. */
function ipPermission(content) {
    const { name, number } = protocolOf(content.protocol);
    const Description = content.description ? { Description: content.description } : {};
    const permission = { IpProtocol: name === 'all' ? '-1' : name };
    if (hasPortRange(number) || isIcmp(number)) {
        permission.FromPort = content.fromPort;
        permission.ToPort = content.toPort;
    }
    const peer = content.peer;
    if ('cidr' in peer) {
        if (peer.cidr.includes(':'))
            permission.Ipv6Ranges = [{ CidrIpv6: peer.cidr, ...Description }];
        else
            permission.IpRanges = [{ CidrIp: peer.cidr, ...Description }];
    }
    else if ('groupId' in peer) {
        permission.UserIdGroupPairs = [{ GroupId: peer.groupId, ...Description }];
    }
    else {
        permission.PrefixListIds = [{ PrefixListId: peer.prefixListId, ...Description }];
    }
    return permission;
}
/** Rules as DescribeSecurityGroupRules (or an authorize call's response) returns them. */
function rulesFromSdk(rules) {
    if (!rules || rules.length === 0)
        return [];
    const parsed = (0,_inventory_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDescribeDocument */ .oH)([...rules], 'SecurityGroupRules', _inventory_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityGroupRuleSchema */ .p9, 'EC2 DescribeSecurityGroupRules');
    return (0,_inventory_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryFromDescribe */ .er)({ securityGroups: [], securityGroupRules: parsed, networkInterfaces: [] })
        .rules;
}
/** `tcp 22`, `tcp 1024-65535`, `all`, `icmp type 8 code 0`: protocol and ports as a person reads them. */
function protocolText(content) {
    const { name, number } = protocolOf(content.protocol);
    if (hasPortRange(number)) {
        const ports = content.fromPort === content.toPort ? `${content.fromPort}` : `${content.fromPort}-${content.toPort}`;
        return `${name} ${ports}`;
    }
    if (isIcmp(number)) {
        if (content.fromPort === -1)
            return `${name} all types`;
        return content.toPort === -1
            ? `${name} type ${content.fromPort}`
            : `${name} type ${content.fromPort} code ${content.toPort}`;
    }
    return name;
}
/** `ingress tcp 22 198.51.100.23/32`: the rule as the plan prints it (description aside). */
function ruleText(content) {
    return `${content.direction} ${protocolText(content)} ${(0,_inventory_model_js__WEBPACK_IMPORTED_MODULE_1__/* .peerText */ .qT)(content.peer)}`;
}


/***/ }),

/***/ 8100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ rulePeerSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/** A rule's peer as JSON files carry it (reports, journals): one network, group or prefix list. */

const rulePeerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ cidr: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ groupId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ prefixListId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
]);


/***/ })

};
