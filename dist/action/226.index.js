export const id = 226;
export const ids = [226];
export const modules = {

/***/ 7226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkChangeInAction: () => (/* binding */ checkChangeInAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/outcome.ts
var src_outcome = __webpack_require__(4671);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/html/escape.ts
var html_escape = __webpack_require__(9175);
// EXTERNAL MODULE: ./src/analysis/compile.ts + 1 modules
var compile = __webpack_require__(7707);
// EXTERNAL MODULE: ./src/analysis/findings.ts + 1 modules
var findings = __webpack_require__(7842);
// EXTERNAL MODULE: ./src/analysis/net.ts
var analysis_net = __webpack_require__(65);
// EXTERNAL MODULE: ./src/analysis/suppressions.ts
var suppressions = __webpack_require__(3984);
// EXTERNAL MODULE: ./src/aws/apply/index.ts + 10 modules
var apply = __webpack_require__(9817);
// EXTERNAL MODULE: ./src/inventory/snapshot.ts
var snapshot = __webpack_require__(98);
// EXTERNAL MODULE: ./src/live-options.ts
var live_options = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4385);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/sources/file.ts + 2 modules
var sources_file = __webpack_require__(5275);
// EXTERNAL MODULE: ./src/analysis/initiator.ts
var initiator = __webpack_require__(4955);
// EXTERNAL MODULE: ./src/sources/record.ts
var record = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/sources/stats.ts
var stats = __webpack_require__(4353);
;// CONCATENATED MODULE: ./src/commands/check-change/blocked-traffic.ts
/**
 * The streaming pass of `check-change`: a record sink that keeps only the REJECTed connection
 * starts on the changed groups' interfaces since a time, and of those only the ones a rule the
 * change removed would have allowed and no rule in force allows. They are counted per group,
 * direction, remote address and port, never kept; the number of keys is bounded and what did not
 * fit is counted. It reads nothing the analysis needs, so the analysis' hot path is left alone.
 */





/** Aggregated keys kept at most; a change that blocks more than this is plain without the rest. */
const MAX_BLOCKED_KEYS = 10_000;
/** Remote addresses whose REJECTed ports are tracked for port-scan detection. */
const MAX_TRACKED_SOURCES = 200_000;
const MAX_INTERFACES_PER_KEY = 16;
const TCP = 6;
const UDP = 17;
const SCTP = 132;
/** Whether a compiled rule allows a connection start (as the analysis matches rules). */
function ruleAllows(rule, protocol, port, remote4, remote6) {
    if (rule.protocol !== -1 && rule.protocol !== protocol)
        return false;
    if (rule.fromPort >= 0 && (port < rule.fromPort || port > rule.toPort))
        return false;
    return remote6 === undefined ? (0,compile/* peerHas4 */.j$)(rule.peer, remote4) : (0,compile/* peerHas6 */.jK)(rule.peer, remote6);
}
class BlockedTrafficCollector {
    watched;
    options;
    input = new stats/* InputCounter */.jL();
    counts = {
        rejectedStarts: 0,
        beforeSince: 0,
        beforeChange: 0,
        responses: 0,
        undirected: 0,
        notAllowedBefore: 0,
        stillAllowed: 0,
        denied: 0,
        dropped: 0,
    };
    /** Set when the port-scan table was full: a scanner seen after that is not recognised. */
    scanTableFull = false;
    blocked = new Map();
    /** Per inbound remote address: the one port or the distinct ports it was REJECTed on. */
    scanPorts = new Map();
    maxKeys;
    maxTrackedSources;
    constructor(
    /** Indexed like the reader's interface table; undefined for an interface of no changed group. */
    watched, options) {
        this.watched = watched;
        this.options = options;
        this.maxKeys = options.maxKeys ?? MAX_BLOCKED_KEYS;
        this.maxTrackedSources = options.maxTrackedSources ?? MAX_TRACKED_SOURCES;
    }
    /** The sink the readers feed: records here, everything else to the input counts. */
    sink() {
        return this.input.sinkFor(this.record.bind(this));
    }
    /** Takes one record; the reader reuses the object, so only copies of its fields are kept. */
    record(r) {
        this.input.record(r);
        if (r.action !== record/* FlowAction */.HI.Reject || r.status !== record/* LogStatus */.b0.Ok)
            return;
        const ifIndex = r.interfaceIndex;
        const watched = ifIndex >= 0 ? this.watched[ifIndex] : undefined;
        if (watched === undefined)
            return;
        const n = r.count;
        if (r.start < this.options.since) {
            this.counts.beforeSince += n;
            return;
        }
        const changedAt = this.options.changedAt;
        if (changedAt !== undefined && (r.end >= 0 ? r.end : r.start) < changedAt) {
            this.counts.beforeChange += n;
            return;
        }
        const eni = watched.eni;
        let direction = r.direction;
        if (direction === record/* FlowDirection */.ss.Unknown) {
            if ((0,compile/* ownsAddress */.S4)(eni, r.dst4, r.dstV6))
                direction = record/* FlowDirection */.ss.Ingress;
            else if ((0,compile/* ownsAddress */.S4)(eni, r.src4, r.srcV6))
                direction = record/* FlowDirection */.ss.Egress;
            else {
                this.counts.undirected += n;
                return;
            }
        }
        // The same judgement as the analysis: a rejected answer to someone else's connection is no
        // connection the change blocked.
        if ((0,initiator/* classifyStart */.FO)(r, this.options.ephemeralStart) < 0) {
            this.counts.responses += n;
            return;
        }
        this.counts.rejectedStarts += n;
        const ingress = direction === record/* FlowDirection */.ss.Ingress;
        const remote4 = ingress ? r.src4 : r.dst4;
        const remote6 = ingress ? r.srcV6 : r.dstV6;
        if (remote6 === undefined && remote4 < 0) {
            this.counts.notAllowedBefore += n;
            return;
        }
        const protocol = r.protocol;
        const hasPorts = protocol === TCP || protocol === UDP || protocol === SCTP;
        const port = hasPorts ? r.dstPort : -1;
        const scanKey = ingress ? (remote6 ?? remote4 | 0) : undefined;
        if (scanKey !== undefined && hasPorts)
            this.trackPort(scanKey, port);
        let before;
        for (const rule of watched.removed) {
            if (rule.rule.direction === (ingress ? 'ingress' : 'egress') &&
                ruleAllows(rule, protocol, port, remote4, remote6)) {
                before = rule;
                break;
            }
        }
        if (before === undefined) {
            this.counts.notAllowedBefore += n;
            return;
        }
        const now = ingress ? eni.ingress : eni.egress;
        if (now.some((rule) => ruleAllows(rule, protocol, port, remote4, remote6))) {
            this.counts.stillAllowed += n;
            return;
        }
        if (ingress && this.isDenied(remote4, remote6)) {
            this.counts.denied += n;
            return;
        }
        const remote = remote6 ?? (0,analysis_net/* formatIpv4 */.Re)(remote4);
        const groupId = before.rule.groupId;
        const key = `${groupId}\t${direction}\t${remote}\t${protocol}\t${port}`;
        let flows = this.blocked.get(key);
        if (flows === undefined) {
            if (this.blocked.size >= this.maxKeys) {
                this.counts.dropped += n;
                return;
            }
            flows = {
                groupId,
                direction: ingress ? 'ingress' : 'egress',
                remote,
                protocol,
                port,
                rule: before,
                flows: 0,
                packets: 0,
                bytes: 0,
                firstSeen: r.start,
                lastSeen: r.start,
                interfaces: new Set(),
                scanKey,
            };
            this.blocked.set(key, flows);
        }
        flows.flows += n;
        flows.packets += r.packets;
        flows.bytes += r.bytes;
        if (r.start < flows.firstSeen)
            flows.firstSeen = r.start;
        const last = r.end >= 0 ? r.end : r.start;
        if (last > flows.lastSeen)
            flows.lastSeen = last;
        if (flows.interfaces.size < MAX_INTERFACES_PER_KEY)
            flows.interfaces.add(eni.id);
    }
    /**
     * The blocked flows, with the port scanners' left out: a source REJECTed on at least
     * `portScanMinPorts` ports probes, and a rule that let it in before is no loss.
     */
    result() {
        const blocked = [];
        const scannerSources = new Set();
        let scannerFlows = 0;
        for (const flows of this.blocked.values()) {
            if (flows.scanKey !== undefined && this.isScanner(flows.scanKey)) {
                scannerSources.add(flows.scanKey);
                scannerFlows += flows.flows;
            }
            else
                blocked.push(flows);
        }
        return { blocked, scanners: { sources: scannerSources.size, flows: scannerFlows } };
    }
    isScanner(key) {
        const ports = this.scanPorts.get(key);
        return ports !== undefined && typeof ports !== 'number' && ports.size >= this.options.portScanMinPorts;
    }
    trackPort(key, port) {
        const ports = this.scanPorts.get(key);
        if (ports === undefined) {
            if (this.scanPorts.size >= this.maxTrackedSources)
                this.scanTableFull = true;
            else
                this.scanPorts.set(key, port);
        }
        else if (typeof ports === 'number') {
            if (ports !== port)
                this.scanPorts.set(key, new Set([ports, port]));
        }
        else if (ports.size < this.options.portScanMinPorts)
            ports.add(port);
    }
    isDenied(remote4, remote6) {
        const networks = this.options.deniedNetworks;
        if (networks.length === 0)
            return false;
        const v6 = remote6 === undefined ? undefined : (0,analysis_net/* parseIpv6 */.BE)(remote6);
        if (remote6 !== undefined && v6 === undefined)
            return false;
        return networks.some((net) => (v6 === undefined ? (0,analysis_net/* containsIpv4 */.T2)(net, remote4) : (0,analysis_net/* containsIpv6 */.fn)(net, v6)));
    }
}

// EXTERNAL MODULE: ./src/inventory/model.ts
var model = __webpack_require__(7129);
;// CONCATENATED MODULE: ./src/commands/check-change/change-set.ts


/** The ids the inventory makes up for rules when it has no `sgr-` ids (see derivedRuleId). */
const DERIVED_ID_PREFIX = 'sgr-derived-';
/** The network ACL entry every ACL ends with, `*`: deny all. */
const CATCH_ALL_ACL_RULE = 32767;
/** Whether a journaled call may have been carried out (as `revert` judges it). */
function mayHaveHappened(entry) {
    const r = entry.result;
    return (r.status === 'done' ||
        r.status === 'pending' ||
        r.status === 'dry-run-ignored' ||
        (r.status === 'failed' && r.uncertain));
}
/** The fields that make two rules the same rule, whatever their ids. */
function ruleContentKey(rule) {
    return [
        rule.groupId,
        rule.direction,
        rule.protocolNumber,
        rule.fromPort,
        rule.toPort,
        (0,model/* peerText */.qT)(rule.peer),
    ].join('|');
}
function inventoryRule(fields, where) {
    const protocol = (0,model/* normalizeProtocol */.gR)(fields.protocol);
    if (!protocol)
        throw new errors/* ConfigurationError */.j1(`${where}: unknown protocol '${fields.protocol}'`);
    return {
        ruleId: fields.ruleId,
        groupId: fields.groupId,
        direction: fields.direction,
        ...protocol,
        fromPort: fields.fromPort,
        toPort: fields.toPort,
        peer: fields.peer,
        ...(typeof fields.description === 'string' ? { description: fields.description } : {}),
    };
}
/**
 * The change an apply journal records, against the inventory read now. The rules after it are the
 * inventory's without the revoked ids and with the authorized rules: the same whether the
 * inventory was read before the apply or after it. A rule put back since (by `revert`, with a new
 * id) is in the inventory, so what it allows is not reported.
 *
 * @throws ConfigurationError for a revert journal, or a journal rule with an unknown protocol.
 */
function changeFromJournal(journal, path, current) {
    if (journal.kind !== 'apply')
        throw new errors/* ConfigurationError */.j1(`--journal: ${path} is the journal of a revert; give the apply journal it undid${journal.reverts ? ` (${journal.reverts})` : ''}`);
    const removed = [];
    const authorized = [];
    const deniedCidrs = [];
    let changedAt;
    for (const entry of journal.entries) {
        const where = `--journal: ${path}: entry ${entry.seq}`;
        const happened = mayHaveHappened(entry);
        if (entry.call.startsWith('Revoke') && entry.previous && happened) {
            removed.push(inventoryRule(entry.previous, where));
            const at = Math.floor(Date.parse(entry.time) / 1000);
            if (Number.isFinite(at))
                changedAt = changedAt === undefined ? at : Math.min(changedAt, at);
        }
        else if (entry.call.startsWith('Authorize') &&
            entry.rule &&
            entry.groupId &&
            (happened || entry.result.status === 'already-present')) {
            const created = entry.result.status === 'done' ? entry.result.ruleIds?.[0] : undefined;
            authorized.push(inventoryRule({ ...entry.rule, groupId: entry.groupId, ruleId: created ?? `journal-entry-${entry.seq}` }, where));
        }
        else if (entry.call === 'CreateNetworkAclEntry' && entry.aclEntry && happened) {
            deniedCidrs.push(entry.aclEntry.cidr);
        }
    }
    const revokedIds = new Set(removed.map((r) => r.ruleId));
    const revokedContent = new Set(removed.map(ruleContentKey));
    // An inventory without rule ids (no security-group-rules.json) names rules by content: a
    // revoked rule is then known by its content alone.
    const after = current.rules.filter((r) => !revokedIds.has(r.ruleId) &&
        !(r.ruleId.startsWith(DERIVED_ID_PREFIX) && revokedContent.has(ruleContentKey(r))));
    const present = new Set(after.map(ruleContentKey));
    for (const rule of authorized) {
        const key = ruleContentKey(rule);
        if (present.has(key))
            continue;
        present.add(key);
        after.push(rule);
    }
    return {
        origin: { kind: 'journal', path, startedAt: journal.startedAt, status: journal.status },
        removed,
        after,
        changedAt,
        deniedCidrs,
        // A revoked rule's group reference means the group's interfaces as they are now.
        beforeInventory: current,
    };
}
/**
 * The change between two inventories: the rules of `before` that `current` no longer has (by
 * protocol, ports and peer, not by id), and the network ACL deny entries `current` added.
 */
function changeFromInventories(before, beforeDir, current) {
    const now = new Set(current.rules.map(ruleContentKey));
    // The catch-all entry (32767) denies everything in every ACL: it is no deliberate deny.
    const denies = (inventory) => (inventory.networkAcls ?? []).flatMap((acl) => acl.entries
        .filter((e) => e.ruleAction === 'deny' && !e.egress && e.ruleNumber < CATCH_ALL_ACL_RULE)
        .flatMap((e) => e.cidr ?? e.ipv6Cidr ?? []));
    const deniedBefore = new Set(denies(before));
    // Without the ACLs of both sides, nothing tells which deny entries are new.
    const bothAcls = before.networkAcls !== undefined && current.networkAcls !== undefined;
    return {
        origin: { kind: 'inventories', before: beforeDir },
        removed: before.rules.filter((r) => !now.has(ruleContentKey(r))),
        after: current.rules,
        changedAt: undefined,
        deniedCidrs: bothAcls ? [...new Set(denies(current))].filter((c) => !deniedBefore.has(c)) : [],
        beforeInventory: before,
    };
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
;// CONCATENATED MODULE: ./src/commands/check-change/findings.ts
/**
 * `blocked-by-change` findings: one per group, direction, remote address and port whose
 * connection starts were REJECTed after a change that removed the rule allowing them, with the
 * counts, the first and last time, and the command that undoes the change.
 */



/** The name a report uses for an IANA protocol number. */
function protocolText(protocol) {
    return protocol === 6
        ? 'tcp'
        : protocol === 17
            ? 'udp'
            : protocol === 1
                ? 'icmp'
                : protocol === 58
                    ? 'icmpv6'
                    : String(protocol);
}
/** `tcp 22`, `icmp`: what was connected to. */
function portText(protocol, port) {
    return port < 0 ? protocolText(protocol) : `${protocolText(protocol)} ${port}`;
}
/** Unix seconds as ISO 8601 to the second. */
function isoSeconds(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
const plural = (n, word) => `${(0,report_format/* formatCount */.B4)(n)} ${word}${n === 1 ? '' : 's'}`;
/** The finding for one group, direction, remote address and port. */
function blockedFinding(flows, ctx) {
    const group = ctx.inventory.groups.find((g) => g.groupId === flows.groupId);
    const groupText = group?.groupName ? `${group.groupName} (${flows.groupId})` : flows.groupId;
    const what = portText(flows.protocol, flows.port);
    const ingress = flows.direction === 'ingress';
    const removed = flows.rule.rule;
    const interfaces = [...flows.interfaces].sort();
    const undo = ctx.revert
        ? ` Undo the change: ${ctx.revert}`
        : ` Put the rule back (or add a narrower one for ${flows.remote}) if this traffic is needed.`;
    const message = `${plural(flows.flows, 'connection start')} ${ingress ? `from ${flows.remote} to ${what}` : `to ${flows.remote} on ${what}`} ` +
        `${flows.flows === 1 ? 'was' : 'were'} REJECTed on ${interfaces.join(', ')} of ${groupText} ` +
        `between ${isoSeconds(flows.firstSeen)} and ${isoSeconds(flows.lastSeen)}. ` +
        `The change removed ${(0,findings/* describeRule */.IO)(removed)} (${removed.ruleId}), which allowed ${flows.flows === 1 ? 'it' : 'them'}, ` +
        `and no rule in force allows ${flows.flows === 1 ? 'it' : 'them'} now.${undo}`;
    return {
        id: (0,findings/* fingerprint */.Rj)('blocked-by-change', flows.groupId, flows.direction, flows.remote, flows.protocol, flows.port),
        type: 'blocked-by-change',
        severity: (0,config/* severityOf */.xJ)(ctx.config, 'blocked-by-change', 'critical'),
        groupId: flows.groupId,
        ruleId: removed.ruleId,
        peer: flows.remote,
        title: `${what} ${ingress ? 'from' : 'to'} ${flows.remote} blocked on ${groupText} since the change: ${plural(flows.flows, 'connection start')}`,
        message,
        evidence: {
            direction: flows.direction,
            protocol: protocolText(flows.protocol),
            peers: [flows.remote],
            ports: flows.port < 0 ? [] : [flows.port],
            flows: flows.flows,
            packets: flows.packets,
            bytes: flows.bytes,
            firstSeen: isoSeconds(flows.firstSeen),
            lastSeen: isoSeconds(flows.lastSeen),
            interfaces,
            removedRule: (0,findings/* describeRule */.IO)(removed),
            removedRuleId: removed.ruleId,
            ...(removed.description !== undefined ? { removedRuleDescription: removed.description } : {}),
            ...(ctx.journal !== undefined ? { journal: ctx.journal } : {}),
            ...(ctx.revert !== undefined ? { revert: ctx.revert } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/check-change/check.ts
/**
 * The check-change run: what the change took away (a journal, or the inventory before), the
 * inventory now, then one streaming pass over the flow logs (local files and the live source, read
 * as `analyze` reads them) that keeps only the connection starts the change blocked.
 */















/** `--since`: ISO 8601 with a time zone, or a duration back from now (`6h`, `2d`, `90m`). */
function parseSince(text, now) {
    const value = text.trim();
    const duration = /^(\d+)\s*([dhm])$/.exec(value);
    if (duration) {
        const unit = duration[2] === 'd' ? 86_400_000 : duration[2] === 'h' ? 3_600_000 : 60_000;
        return new Date(now.getTime() - Number(duration[1]) * unit);
    }
    const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? Date.parse(value)
        : NaN;
    if (Number.isNaN(time))
        throw new errors/* ConfigurationError */.j1(`--since: expected a time like 2026-11-26T12:00:00Z or a duration back from now like 6h, got '${text}'`);
    if (time > now.getTime())
        throw new errors/* ConfigurationError */.j1(`--since: ${value} is in the future`);
    return new Date(time);
}
/** The live lookback that reaches back to `since`, in whole minutes. */
function lookbackTo(since, now) {
    return `${Math.max(1, Math.ceil((now.getTime() - since.getTime()) / 60_000))}m`;
}
async function readBeforeInventory(dir) {
    try {
        return await (0,snapshot/* readInventorySnapshot */.b)(dir);
    }
    catch (e) {
        // The reader names --inventory; here the folder is the one before the change.
        if (e instanceof errors/* ConfigurationError */.j1)
            throw new errors/* ConfigurationError */.j1(e.message.replace(/^--inventory:/, '--before-inventory:'));
        throw e;
    }
}
/**
 * Runs the check.
 *
 * @throws ConfigurationError for missing or contradictory inputs, an unreadable journal or
 * inventory, or flow-log paths of which not one file could be read.
 */
async function checkChange(options) {
    const { inputs, config, now, since } = options;
    if ((options.journal === undefined) === (options.beforeInventory === undefined))
        throw new errors/* ConfigurationError */.j1('check-change needs the change: give --journal FILE (an apply journal) or --before-inventory DIR, not both');
    // Read what the change was first: a wrong path fails before any AWS call.
    const journal = options.journal ? (0,apply/* readJournal */.a0)(options.journal) : undefined;
    const before = options.beforeInventory ? await readBeforeInventory(options.beforeInventory) : undefined;
    const format = (0,pipeline/* resolveLogFormat */.O)(inputs.logFormat);
    const live = (0,live_options/* liveOptionsFrom */.dB)({ ...inputs, lookback: inputs.lookback ?? lookbackTo(since, now) });
    if (inputs.flowLogs.length === 0 && live === undefined)
        throw new errors/* ConfigurationError */.j1('check-change reads flow logs: give --flow-logs or --source (see --help)');
    if (inputs.inventory === undefined && live === undefined)
        throw new errors/* ConfigurationError */.j1("--inventory: check-change needs the groups' interfaces now: give --inventory DIR, or --source to read them from EC2");
    let files = [];
    if (inputs.flowLogs.length > 0) {
        const found = await (0,discover/* discoverFiles */.ZO)(inputs.flowLogs);
        const first = found.missing[0];
        if (found.files.length === 0)
            throw new errors/* ConfigurationError */.j1(`--flow-logs: ${first?.path ?? inputs.flowLogs[0]}: ${first?.message ?? 'no files'}`);
        files = found.files;
    }
    const given = inputs.inventory ? await (0,snapshot/* readInventorySnapshot */.b)(inputs.inventory) : undefined;
    const liveInput = live
        ? await (await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 9739))).openLiveInput(live, {
            now,
            inventory: given,
            format,
            query: {
                ephemeralStart: config['ephemeral-port-start'],
                bucketSeconds: config.thresholds['bucket-seconds'],
            },
            limits: config.limits,
        })
        : undefined;
    const current = (liveInput?.inventory ?? given);
    const change = journal && options.journal
        ? changeFromJournal(journal, options.journal, current)
        : changeFromInventories(before, options.beforeInventory, current);
    const after = (0,compile/* compileInventory */.yr)({ ...current, rules: change.after });
    const { watched, groups } = watchedInterfaces(change, current, after);
    const collector = new BlockedTrafficCollector(watched, {
        since: Math.floor(since.getTime() / 1000),
        changedAt: change.changedAt,
        ephemeralStart: config['ephemeral-port-start'],
        portScanMinPorts: config.thresholds['port-scan-min-ports'],
        deniedNetworks: change.deniedCidrs.map(analysis_net/* parseCidr */.GN).filter((c) => c !== undefined),
    });
    const table = after.table;
    const sink = collector.sink();
    // Only REJECTed records on a few interfaces are kept, so one thread reads everything.
    for (const file of files)
        await (0,sources_file/* readLocalFile */.MM)(file, sink, { interfaces: table, format, limits: config.limits });
    const read = collector.input.summary;
    if (files.length > 0 && read.files === 0 && read.records === 0) {
        const first = read.errors.find((e) => e.line === undefined);
        throw new errors/* ConfigurationError */.j1(`--flow-logs: not one of ${files.length} file(s) could be read${first ? ` (${first.file}: ${first.message})` : ''}`);
    }
    if (liveInput)
        await liveInput.feed(sink, table);
    const revert = change.origin.kind === 'journal' ? (0,apply/* revertCommand */.oR)(change.origin.path) : undefined;
    const { blocked, scanners } = collector.result();
    const findings = (0,report_format/* rankFindings */.JM)((0,suppressions/* applySuppressions */.p)(blocked.map((flows) => blockedFinding(flows, { config, inventory: current, revert, journal: options.journal })), config, now));
    const notes = outcomeNotes(change, groups, collector, scanners, config);
    for (const note of liveInput?.notes ?? [])
        notes.push(`${note.title}: ${note.message}`);
    return {
        since: isoSeconds(Math.floor(since.getTime() / 1000)),
        changedAt: change.changedAt === undefined ? null : isoSeconds(change.changedAt),
        change: change.origin,
        revert: revert ?? null,
        changedGroups: groups,
        findings,
        input: {
            files: read.files,
            records: read.records,
            rejected: read.rejected,
            malformed: read.malformed,
            errorCount: read.errorCount,
        },
        counts: collector.counts,
        scanners,
        notes,
    };
}
/**
 * Per interface of the inventory now (indexed like `after`'s interface table, which the readers
 * use): its rules after the change and the removed rules of its
 * groups (peers resolved in the inventory before), or undefined when no group of it changed.
 */
function watchedInterfaces(change, current, after) {
    const removed = (0,compile/* compileInventory */.yr)({ ...change.beforeInventory, rules: change.removed }).rules;
    const byGroup = new Map();
    for (const rule of removed) {
        const list = byGroup.get(rule.rule.groupId) ?? [];
        list.push(rule);
        byGroup.set(rule.rule.groupId, list);
    }
    const watched = current.interfaces.map((eni, i) => {
        const rules = eni.groupIds.flatMap((g) => byGroup.get(g) ?? []);
        const compiled = after.interfaces[i];
        return rules.length > 0 && compiled ? { eni: compiled, removed: rules } : undefined;
    });
    const name = (groupId) => current.groups.find((g) => g.groupId === groupId)?.groupName ??
        change.beforeInventory.groups.find((g) => g.groupId === groupId)?.groupName ??
        '';
    const groups = [...byGroup.entries()]
        .map(([groupId, rules]) => ({
        groupId,
        groupName: name(groupId),
        interfaces: current.interfaces
            .filter((eni) => eni.groupIds.includes(groupId))
            .map((eni) => eni.interfaceId)
            .sort(),
        removedRules: rules.map((r) => ({ ruleId: r.rule.ruleId, rule: (0,findings/* describeRule */.IO)(r.rule) })),
    }))
        .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    return { watched, groups };
}
function outcomeNotes(change, groups, collector, scanners, config) {
    const notes = [];
    const counts = collector.counts;
    if (change.removed.length === 0)
        notes.push(change.origin.kind === 'journal'
            ? 'the journal records no revoked rule (a dry run, or nothing was changed): the change cannot have blocked anything'
            : 'every rule of the inventory before is still in force: the change cannot have blocked anything');
    if (change.origin.kind === 'journal' && change.origin.status !== 'completed')
        notes.push(`the apply run is ${change.origin.status === 'failed' ? 'marked failed' : 'not marked finished'}: the calls it may have made are checked`);
    for (const g of groups)
        if (g.interfaces.length === 0)
            notes.push(`${g.groupId} has no interface in the inventory: no traffic of it can be checked`);
    if (counts.beforeChange > 0 && change.changedAt !== undefined)
        notes.push(`${counts.beforeChange} REJECTed flow(s) ended before the change took effect (${isoSeconds(change.changedAt)}) and are not its doing`);
    if (counts.stillAllowed > 0)
        notes.push(`${counts.stillAllowed} REJECTed connection start(s) are allowed by the rules in force: something else (a network ACL) rejected them`);
    if (counts.denied > 0)
        notes.push(`${counts.denied} REJECTed connection start(s) came from networks the change denied on purpose (network ACL deny entries)`);
    if (scanners.flows > 0)
        notes.push(`${scanners.flows} blocked flow(s) from ${scanners.sources} port scanner(s) (REJECTed on ${config.thresholds['port-scan-min-ports']} or more ports) are left out`);
    if (collector.scanTableFull)
        notes.push('too many remote addresses to tell every port scanner: some scanners may be reported');
    if (counts.dropped > 0)
        notes.push(`more than ${MAX_BLOCKED_KEYS} blocked group, peer and port combinations: ${counts.dropped} blocked flow(s) beyond them are not listed`);
    if (collector.input.summary.errorCount > 0)
        notes.push(`${collector.input.summary.errorCount} flow-log line(s) or file(s) could not be read`);
    return notes;
}

;// CONCATENATED MODULE: ./src/commands/check-change/text.ts
/**
 * The check-change outcome as text for a terminal or a job log: the change, what was checked,
 * each blocked-by-change finding, and the command that undoes the change.
 */


/** Findings printed in full; the rest are counted (all of them are in `--format json`). */
const TEXT_FINDINGS = 50;
function changeLine(outcome) {
    const removed = outcome.changedGroups.reduce((n, g) => n + g.removedRules.length, 0);
    const what = `${(0,report_format/* formatCount */.B4)(removed)} rule(s) removed in ${(0,report_format/* formatCount */.B4)(outcome.changedGroups.length)} group(s)`;
    const c = outcome.change;
    return c.kind === 'journal'
        ? `Change: apply journal ${(0,report_escape/* showControls */.mz)(c.path)} (started ${c.startedAt}, ${c.status}): ${what}.`
        : `Change: inventory before ${(0,report_escape/* showControls */.mz)(c.before)} against the inventory now: ${what}.`;
}
function checkChangeText(outcome) {
    const lines = [changeLine(outcome)];
    for (const g of outcome.changedGroups) {
        // Names and descriptions are the account's, not ours: shown, and never a line of their own.
        const name = (0,report_escape/* showControls */.mz)(g.groupName ? `${g.groupName} (${g.groupId})` : g.groupId);
        lines.push(`  ${name}, ${(0,report_format/* formatCount */.B4)(g.interfaces.length)} interface(s):`);
        for (const r of g.removedRules)
            lines.push(`    removed ${(0,report_escape/* showControls */.mz)(r.rule)} (${(0,report_escape/* showControls */.mz)(r.ruleId)})`);
    }
    const counts = outcome.counts;
    const from = outcome.changedAt !== null && outcome.changedAt > outcome.since
        ? `since ${outcome.since} (the change took effect at ${outcome.changedAt})`
        : `since ${outcome.since}`;
    lines.push(`REJECTed connection starts on the changed groups' interfaces ${from}: ${(0,report_format/* formatCount */.B4)(counts.rejectedStarts)}, ` +
        `of which the rules before the change allowed ${(0,report_format/* formatCount */.B4)(outcome.findings.reduce((n, f) => n + Number(f.evidence['flows'] ?? 0), 0))} ` +
        `(${(0,report_format/* formatCount */.B4)(outcome.input.records)} records read).`);
    if (outcome.findings.length === 0)
        lines.push('No connection start was blocked by the change.');
    for (const f of outcome.findings.slice(0, TEXT_FINDINGS)) {
        lines.push(`  [${f.severity}] ${f.type}${f.suppressed ? ' (suppressed)' : ''}: ${(0,report_escape/* showControls */.mz)(f.title)}`, `    ${(0,report_escape/* showControls */.mz)(f.message)}`);
    }
    if (outcome.findings.length > TEXT_FINDINGS)
        lines.push(`  … and ${(0,report_format/* formatCount */.B4)(outcome.findings.length - TEXT_FINDINGS)} more (--format json lists them all)`);
    for (const note of outcome.notes)
        lines.push(`  note: ${(0,report_escape/* showControls */.mz)(note)}`);
    if (outcome.revert !== null && outcome.findings.some((f) => !f.suppressed))
        lines.push(`Undo the change: ${outcome.revert}`);
    return (0,report_escape/* neutraliseCommandLines */.fi)(lines.join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/commands/check-change/action.ts
/**
 * The Action's `mode: check-change`, a scheduled job some hours after an apply: connection starts
 * REJECTed since `since` on the changed groups' interfaces that the rules before the change
 * allowed, as critical findings with the command that undoes the change.
 */







async function checkChangeInAction(inputs, config) {
    const { since, journal, beforeInventory } = inputs.checkChange;
    if (since === undefined)
        throw new errors/* ConfigurationError */.j1('input since: mode check-change needs it (a time, or a duration such as 6h)');
    const now = new Date();
    // `since` decides how far back live logs are read, not the audit's default lookback.
    const { lookback: _auditLookback, ...rest } = inputs;
    const outcome = await checkChange({
        inputs: rest,
        config,
        now,
        since: parseSince(since, now),
        journal,
        beforeInventory,
    });
    const text = checkChangeText(outcome);
    core/* info */.pq((0,report_escape/* logText */.kc)(text));
    if (process.env['GITHUB_STEP_SUMMARY'])
        await core/* summary */.z
            .addHeading('sg-flow-audit: traffic blocked by the change', 2)
            // addCodeBlock writes its text into <pre><code> as it is: HTML in a name would be HTML.
            .addCodeBlock((0,html_escape/* escapeHtml */.Z)(text))
            .write();
    for (const finding of outcome.findings.slice(0, 10))
        core/* error */.z3((0,report_escape/* showControls */.mz)(finding.message), { title: (0,report_escape/* showControls */.mz)(`critical: ${finding.title}`) });
    core/* setOutput */.uH('blocked-findings', outcome.findings.filter((f) => !f.suppressed).length);
    const failing = (0,src_outcome/* failingFinding */.i)(outcome, inputs.failOn);
    if (failing)
        core/* setFailed */.C1((0,report_escape/* showControls */.mz)(`${failing.severity} finding: ${failing.title}${outcome.revert ? `; undo the change with: ${outcome.revert}` : ''}`));
}


/***/ })

};
