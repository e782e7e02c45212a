import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/sources/interfaces.ts
/**
 * Interns interface ids (`eni-…`) read from bytes into small integers, so the parser can name an
 * interface without allocating a string for every record.
 *
 * Ids are found by two independent 32-bit hashes plus the length (an open-addressing table of
 * typed arrays), computed four bytes at a time (the WebAssembly scanner, wasm/lines.wat, computes
 * the same ones, see {@link hashId}); with 64 bits of hash, two
 * different ids of one account colliding is far less likely than a disk error, and the table
 * still compares the bytes when it first stores an id, so a collision would show as an error.
 */
const HASH1_OFFSET = 0x811c9dc5;
const HASH1_PRIME = 0x01000193;
const HASH2_OFFSET = 0x12345;
const HASH2_PRIME = 0x5bd1e995;
const hashes = new Int32Array(2);
/**
 * The two hashes of the id in `buf[start, end)`, into `out`: little-endian 32-bit words, the last
 * one padded with zeros, each mixed into an FNV-style and a Murmur-style hash with a shift that
 * brings high bits down. Only the table compares them, so they may change with the scanner.
 */
function hashId(buf, start, end, out) {
    let h1 = HASH1_OFFSET;
    let h2 = HASH2_OFFSET;
    for (let i = start; i < end; i += 4) {
        const w = buf[i] |
            (i + 1 < end ? buf[i + 1] << 8 : 0) |
            (i + 2 < end ? buf[i + 2] << 16 : 0) |
            (i + 3 < end ? buf[i + 3] << 24 : 0);
        h1 = Math.imul(h1 ^ w, HASH1_PRIME);
        h1 ^= h1 >>> 15;
        h2 = Math.imul(h2 + w, HASH2_PRIME);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1;
    out[1] = h2;
}
/**
 * The most interface ids a run keeps: an organisation's largest accounts have tens of thousands of
 * interfaces; a log naming more is made up, and must not grow memory without bound.
 */
const MAX_INTERFACES = 1_000_000;
class InterfaceTable {
    ids = [];
    /** The same ids, for the collision check (a list search made a million ids take an hour). */
    known = new Set();
    /** Records' ids not interned because the table was full (a hostile log of made-up ids). */
    overflowed = 0;
    capacity = 1024;
    keys1 = new Int32Array(this.capacity);
    keys2 = new Int32Array(this.capacity);
    lengths = new Int32Array(this.capacity);
    /** Index + 1 of the id in the slot; 0 for an empty slot. */
    values = new Int32Array(this.capacity);
    /** Adds an id (e.g. from the inventory) and returns its index; an existing id keeps its index. */
    add(id) {
        const buf = Buffer.from(id, 'latin1');
        return this.intern(buf, 0, buf.length);
    }
    /** Index of the id in `buf[start, end)`, added when new. */
    intern(buf, start, end) {
        hashId(buf, start, end, hashes);
        return this.internHashed(buf, start, end, hashes[0], hashes[1]);
    }
    /** Like {@link intern}, with both hashes already computed by {@link hashId}. */
    internHashed(buf, start, end, h1, h2) {
        const length = end - start;
        const mask = this.capacity - 1;
        for (let slot = (h1 ^ (h2 >>> 7)) & mask;; slot = (slot + 1) & mask) {
            const value = this.values[slot];
            if (value === 0)
                return this.insert(slot, buf, start, end, h1, h2);
            if (this.keys1[slot] === h1 && this.keys2[slot] === h2 && this.lengths[slot] === length)
                return value - 1;
        }
    }
    /** The id at an index. */
    name(index) {
        const id = this.ids[index];
        if (id === undefined)
            throw new RangeError(`no interface at index ${index}`);
        return id;
    }
    get size() {
        return this.ids.length;
    }
    insert(slot, buf, start, end, h1, h2) {
        // Past the bound an id is read as missing: its records still count, not per interface.
        if (this.ids.length >= MAX_INTERFACES) {
            this.overflowed++;
            return -1;
        }
        const id = Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
        if (this.known.has(id))
            throw new Error(`interface id hash collision on ${id}`);
        this.known.add(id);
        this.ids.push(id);
        const index = this.ids.length;
        this.keys1[slot] = h1;
        this.keys2[slot] = h2;
        this.lengths[slot] = end - start;
        this.values[slot] = index;
        if (this.ids.length * 2 > this.capacity)
            this.grow();
        return index - 1;
    }
    grow() {
        const [keys1, keys2, lengths, values] = [this.keys1, this.keys2, this.lengths, this.values];
        this.capacity *= 2;
        this.keys1 = new Int32Array(this.capacity);
        this.keys2 = new Int32Array(this.capacity);
        this.lengths = new Int32Array(this.capacity);
        this.values = new Int32Array(this.capacity);
        const mask = this.capacity - 1;
        for (let i = 0; i < values.length; i++) {
            if (values[i] === 0)
                continue;
            const h1 = keys1[i];
            const h2 = keys2[i];
            let slot = (h1 ^ (h2 >>> 7)) & mask;
            while (this.values[slot] !== 0)
                slot = (slot + 1) & mask;
            this.keys1[slot] = h1;
            this.keys2[slot] = h2;
            this.lengths[slot] = lengths[i];
            this.values[slot] = values[i];
        }
    }
}

;// CONCATENATED MODULE: ./src/analysis/net.ts
/**
 * Address arithmetic. An address is inside a network when its leading prefix bits equal the
 * network's, never because its text starts with the network's text ("10.0.1.5" is not in
 * "10.0.1.50/32", and "10.0.12.7" is not in "10.0.1.0/24").
 */
/** Dotted quad to an unsigned 32-bit number. */
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part))
            return undefined;
        const octet = Number(part);
        if (octet > 255)
            return undefined;
        value = value * 256 + octet;
    }
    return value;
}
function formatIpv4(value) {
    return `${Math.floor(value / 16777216) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}
/** IPv6 text (with `::`, or an embedded IPv4 tail) to a 128-bit bigint. */
function parseIpv6(text) {
    if (!text.includes(':') || text.length > 45)
        return undefined;
    let head = text;
    const lastColon = text.lastIndexOf(':');
    const dotted = text.slice(lastColon + 1);
    if (dotted.includes('.')) {
        // An embedded IPv4 tail (::ffff:192.0.2.1) is two more 16-bit groups.
        const v4 = parseIpv4(dotted);
        if (v4 === undefined)
            return undefined;
        head = `${text.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 & 0xffff).toString(16)}`;
    }
    const halves = head.split('::');
    if (halves.length > 2)
        return undefined;
    const group = (s) => {
        if (s === '')
            return [];
        const out = [];
        for (const g of s.split(':')) {
            if (!/^[0-9a-fA-F]{1,4}$/.test(g))
                return undefined;
            out.push(parseInt(g, 16));
        }
        return out;
    };
    const left = group(halves[0] ?? '');
    const right = halves.length === 2 ? group(halves[1] ?? '') : [];
    if (left === undefined || right === undefined)
        return undefined;
    const known = left.length + right.length;
    let groups;
    if (halves.length === 2) {
        if (known > 7)
            return undefined;
        groups = [...left, ...new Array(8 - known).fill(0), ...right];
    }
    else {
        if (known !== 8)
            return undefined;
        groups = left;
    }
    let value = 0n;
    for (const g of groups)
        value = (value << 16n) | BigInt(g);
    return value;
}
/** A 128-bit value to its RFC 5952 text (lower case, longest zero run as `::`). */
function formatIpv6(value) {
    const groups = [];
    for (let i = 7; i >= 0; i--)
        groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
    let bestStart = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen)
            [bestStart, bestLen] = [i, j - i];
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
/** The canonical text of an IPv6 address, so that one address always has one spelling. */
function normalizeIpv6(text) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : formatIpv6(value);
}
/** `a.b.c.d/n` or `x::/n` (a bare address is a /32 or /128). Host bits set are an error. */
function parseCidr(text) {
    const [addr, len, extra] = text.trim().split('/');
    if (addr === undefined || extra !== undefined)
        return undefined;
    const v4 = parseIpv4(addr);
    if (v4 !== undefined) {
        const prefix = len === undefined ? 32 : Number(len);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32 || (len !== undefined && !/^\d+$/.test(len)))
            return undefined;
        const network = maskIpv4(v4, prefix);
        return { version: 4, network, prefix, text: `${formatIpv4(network)}/${prefix}` };
    }
    const v6 = parseIpv6(addr);
    if (v6 === undefined)
        return undefined;
    const prefix = len === undefined ? 128 : Number(len);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > 128)
        return undefined;
    const network = maskIpv6(v6, prefix);
    return { version: 6, network, prefix, text: `${formatIpv6(network)}/${prefix}` };
}
function maskIpv4(value, prefix) {
    if (prefix === 0)
        return 0;
    const hostBits = 32 - prefix;
    return Math.floor(value / 2 ** hostBits) * 2 ** hostBits;
}
function maskIpv6(value, prefix) {
    const hostBits = BigInt(128 - prefix);
    return (value >> hostBits) << hostBits;
}
/** Whether an IPv4 address (unsigned 32-bit number) is inside an IPv4 network. */
function containsIpv4(cidr, address) {
    return cidr.version === 4 && maskIpv4(address, cidr.prefix) === cidr.network;
}
/** Whether an IPv6 address (as a 128-bit bigint) is inside an IPv6 network. */
function containsIpv6(cidr, address) {
    return cidr.version === 6 && maskIpv6(address, cidr.prefix) === cidr.network;
}
/** How many addresses a network holds, as a power of two exponent (host bits). */
function hostBits(cidr) {
    return (cidr.version === 4 ? 32 : 128) - cidr.prefix;
}
/** Whether a network holds only public (globally routable) IPv4 addresses or IPv6 outside ULA/link-local. */
function isPrivateCidr(cidr) {
    if (cidr.version === 6) {
        const top = Number(cidr.network >> 112n);
        return cidr.prefix >= 7 && ((top & 0xfe00) === 0xfc00 || (top & 0xffc0) === 0xfe80);
    }
    return PRIVATE_V4.some((p) => p.prefix <= cidr.prefix && maskIpv4(cidr.network, p.prefix) === p.network);
}
const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'].map((t) => parseCidr(t));

;// CONCATENATED MODULE: ./src/analysis/compile.ts
/**
 * The inventory turned into lookup tables for the hot path: per interface, its own addresses and
 * the rules that apply to its traffic in each direction, with peers resolved to CIDR arithmetic
 * or address sets.
 */


/** Up to this many secondary addresses, an interface's own addresses are compared one by one. */
const MAX_LISTED_ADDRESSES = 8;
const ALL_PORTS = 65536;
function compileInventory(inventory) {
    const table = new InterfaceTable();
    const membersByGroup = new Map(inventory.groups.map((g) => [g.groupId, []]));
    const groupAddrs = new Map();
    inventory.interfaces.forEach((eni, i) => {
        table.add(eni.interfaceId);
        for (const g of eni.groupIds) {
            if (!membersByGroup.has(g))
                membersByGroup.set(g, []);
            membersByGroup.get(g)?.push(i);
            const addrs = groupAddrs.get(g) ?? { v4: new Set(), v6: new Set() };
            groupAddrs.set(g, addrs);
            for (const a of eni.privateIpv4) {
                const v = parseIpv4(a);
                if (v !== undefined)
                    addrs.v4.add(v);
            }
            for (const a of eni.ipv6) {
                const v = parseIpv6(a);
                if (v !== undefined)
                    addrs.v6.add(canonical6(v));
            }
        }
    });
    const prefixLists = new Map(inventory.prefixLists.map((p) => [p.prefixListId, p]));
    const rules = inventory.rules.map((rule, index) => {
        let peer = { kind: 'unknown' };
        let peerBits = 128;
        if ('cidr' in rule.peer) {
            const c = parseCidr(rule.peer.cidr);
            if (c?.version === 4)
                peer = { kind: 'cidr4', network: c.network, prefix: c.prefix };
            else if (c?.version === 6)
                peer = { kind: 'cidr6', network: c.network, prefix: c.prefix };
            if (c)
                peerBits = hostBits(c);
        }
        else if ('groupId' in rule.peer) {
            const addrs = groupAddrs.get(rule.peer.groupId) ?? { v4: new Set(), v6: new Set() };
            peer = { kind: 'set', ...addrs };
            peerBits = Math.log2(Math.max(1, addrs.v4.size + addrs.v6.size));
        }
        else {
            const list = prefixLists.get(rule.peer.prefixListId);
            const nets = list?.cidrs?.map(parseCidr).filter((c) => c !== undefined);
            if (nets) {
                peer = { kind: 'nets', nets };
                peerBits = Math.log2(Math.max(1, nets.reduce((sum, n) => sum + 2 ** hostBits(n), 0)));
            }
        }
        const hasPorts = rule.protocolNumber === 6 || rule.protocolNumber === 17;
        const fromPort = hasPorts ? rule.fromPort : -1;
        const toPort = hasPorts ? rule.toPort : -1;
        return {
            index,
            rule,
            protocol: rule.protocolNumber,
            fromPort,
            toPort,
            portWidth: rule.protocolNumber === -1 ? ALL_PORTS * 256 : hasPorts ? toPort - fromPort + 1 : ALL_PORTS,
            peerBits,
            peer,
        };
    });
    const rulesByGroup = new Map();
    for (const r of rules) {
        const list = rulesByGroup.get(r.rule.groupId) ?? [];
        list.push(r);
        rulesByGroup.set(r.rule.groupId, list);
    }
    const interfaces = inventory.interfaces.map((eni) => {
        const applicable = eni.groupIds.flatMap((g) => rulesByGroup.get(g) ?? []);
        const own4 = new Set(eni.privateIpv4.map(parseIpv4).filter((v) => v !== undefined));
        const primary4 = parseIpv4(eni.privateIpv4[0] ?? '') ?? -1;
        const secondary = [...own4].filter((a) => a !== primary4);
        return {
            id: eni.interfaceId,
            own4,
            primary4,
            secondary4: secondary.length <= MAX_LISTED_ADDRESSES ? Float64Array.from(secondary) : undefined,
            own6: new Set(eni.ipv6
                .map(parseIpv6)
                .filter((v) => v !== undefined)
                .map(canonical6)),
            ingress: applicable.filter((r) => r.rule.direction === 'ingress'),
            egress: applicable.filter((r) => r.rule.direction === 'egress'),
        };
    });
    const subnets = [...new Set(inventory.interfaces.map((eni) => eni.subnetId).filter((id) => id !== ''))];
    const subnetIndex = new Map(subnets.map((id, i) => [id, i]));
    const subnetOfInterface = Int32Array.from(inventory.interfaces, (eni) => subnetIndex.get(eni.subnetId) ?? -1);
    return { inventory, rules, interfaces, table, membersByGroup, subnets, subnetOfInterface };
}
function canonical6(v) {
    return v.toString(16);
}
/** Whether a rule's peer holds an IPv4 address. */
function peerHas4(peer, address) {
    switch (peer.kind) {
        case 'cidr4':
            return maskIpv4(address, peer.prefix) === peer.network;
        case 'set':
            return peer.v4.has(address);
        case 'nets':
            return peer.nets.some((n) => n.version === 4 && maskIpv4(address, n.prefix) === n.network);
        default:
            return false;
    }
}
/** Whether a rule's peer holds an IPv6 address (given as canonical text from the parser). */
function peerHas6(peer, text) {
    if (peer.kind === 'cidr4' || peer.kind === 'unknown')
        return false;
    const value = parseIpv6(text);
    if (value === undefined)
        return false;
    switch (peer.kind) {
        case 'cidr6':
            return maskIpv6(value, peer.prefix) === peer.network;
        case 'set':
            return peer.v6.has(canonical6(value));
        case 'nets':
            return peer.nets.some((n) => n.version === 6 && maskIpv6(value, n.prefix) === n.network);
    }
}
/** Whether an interface owns an address (IPv4 number or IPv6 canonical text). */
function ownsAddress(eni, v4, v6) {
    if (v6 !== undefined) {
        const value = parseIpv6(v6);
        return value !== undefined && eni.own6.has(canonical6(value));
    }
    if (v4 < 0)
        return false;
    if (v4 === eni.primary4)
        return true;
    const secondary = eni.secondary4;
    if (secondary === undefined)
        return eni.own4.has(v4);
    for (let i = 0; i < secondary.length; i++)
        if (secondary[i] === v4)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/sources/record.ts

/** `initiator` of a record that the analysis judges itself. */
const NOT_JUDGED = 127;
var FlowAction;
(function (FlowAction) {
    FlowAction[FlowAction["None"] = 0] = "None";
    FlowAction[FlowAction["Accept"] = 1] = "Accept";
    FlowAction[FlowAction["Reject"] = 2] = "Reject";
})(FlowAction || (FlowAction = {}));
var LogStatus;
(function (LogStatus) {
    LogStatus[LogStatus["Ok"] = 0] = "Ok";
    LogStatus[LogStatus["NoData"] = 1] = "NoData";
    LogStatus[LogStatus["SkipData"] = 2] = "SkipData";
})(LogStatus || (LogStatus = {}));
var FlowDirection;
(function (FlowDirection) {
    FlowDirection[FlowDirection["Unknown"] = 0] = "Unknown";
    FlowDirection[FlowDirection["Ingress"] = 1] = "Ingress";
    FlowDirection[FlowDirection["Egress"] = 2] = "Egress";
})(FlowDirection || (FlowDirection = {}));
/**
 * Sets a record's two addresses from the `srcaddr` and `dstaddr` columns of a row (Parquet, an
 * aggregate); `-`, empty or null is missing. Returns the problem of a value that is no address.
 */
function setAddresses(r, row) {
    r.src4 = -1;
    r.dst4 = -1;
    r.srcV6 = undefined;
    r.dstV6 = undefined;
    for (const side of ['srcaddr', 'dstaddr']) {
        const text = row[side];
        if (text === null || text === undefined || text === '' || text === '-')
            continue;
        if (typeof text !== 'string')
            return `${side}: not an IP address`;
        const v4 = parseIpv4(text);
        const v6 = v4 === undefined ? normalizeIpv6(text) : undefined;
        if (v4 === undefined && v6 === undefined)
            return `${side}: not an IP address: '${text.slice(0, 60)}'`;
        if (side === 'srcaddr')
            [r.src4, r.srcV6] = [v4 ?? -1, v6];
        else
            [r.dst4, r.dstV6] = [v4 ?? -1, v6];
    }
    return undefined;
}
/** A fresh record with every field missing. */
function emptyRecord() {
    return {
        interfaceIndex: -1,
        src4: -1,
        dst4: -1,
        srcV6: undefined,
        dstV6: undefined,
        srcPort: -1,
        dstPort: -1,
        protocol: -1,
        packets: 0,
        bytes: 0,
        start: -1,
        end: -1,
        action: FlowAction.None,
        status: LogStatus.Ok,
        tcpFlags: -1,
        direction: FlowDirection.Unknown,
        count: 1,
        initiator: NOT_JUDGED,
    };
}

;// CONCATENATED MODULE: ./src/sources/stats.ts

const MAX_REPORTED_ERRORS = 100;
function emptyInputSummary() {
    return {
        files: 0,
        records: 0,
        accepted: 0,
        rejected: 0,
        noData: 0,
        skipData: 0,
        malformed: 0,
        unreadableFiles: 0,
        errors: [],
        errorCount: 0,
        fields: [],
        formats: [],
        firstStart: -1,
        lastEnd: -1,
    };
}
/** Counts records as they stream past. */
class InputCounter {
    summary = emptyInputSummary();
    /**
     * A reader sink whose records go to `record` (which counts them here too) and whose malformed
     * lines, file errors and finished files go to these counts.
     */
    sinkFor(record) {
        return {
            record,
            malformed: this.malformed.bind(this),
            fileError: this.fileError.bind(this),
            fileRead: this.fileRead.bind(this),
            outsideWindow: this.outsideWindow.bind(this),
            sourcesRead: this.sourcesRead.bind(this),
            engineRan: this.engineRan.bind(this),
        };
    }
    record(r) {
        const s = this.summary;
        s.records += r.count;
        if (r.status === LogStatus.NoData)
            s.noData += r.count;
        else if (r.status === LogStatus.SkipData)
            s.skipData += r.count;
        else if (r.action === FlowAction.Accept)
            s.accepted += r.count;
        else if (r.action === FlowAction.Reject)
            s.rejected += r.count;
        if (r.start >= 0 && (s.firstStart < 0 || r.start < s.firstStart))
            s.firstStart = r.start;
        if (r.end > s.lastEnd)
            s.lastEnd = r.end;
    }
    malformed(file, line, message) {
        this.summary.malformed++;
        this.error({ file, line, message });
    }
    fileError(file, message) {
        this.summary.unreadableFiles++;
        this.error({ file, message });
    }
    /**
     * A file was read to its end. `fields` of the report are those of the first file by name, so
     * that the report does not depend on which thread read which file first.
     */
    fileRead(fields, file) {
        const s = this.summary;
        s.files++;
        if (s.fields.length === 0 || (file !== undefined && (s.firstFile === undefined || file < s.firstFile))) {
            s.fields = [...fields];
            if (file !== undefined)
                s.firstFile = file;
        }
        if (!s.formats.some((f) => f.join(' ') === fields.join(' ')))
            s.formats.push([...fields]);
    }
    outsideWindow(count) {
        if (count > 0)
            this.summary.outsideWindow = (this.summary.outsideWindow ?? 0) + count;
    }
    sourcesRead(sources) {
        this.summary.sources = [...(this.summary.sources ?? []), ...sources.map((s) => ({ ...s }))];
    }
    engineRan(engine) {
        this.summary.engine = { ...engine, queryIds: [...engine.queryIds] };
    }
    error(e) {
        this.summary.errorCount++;
        if (this.summary.errors.length < MAX_REPORTED_ERRORS)
            this.summary.errors.push(e);
    }
}
/** Adds one summary into another (the result of another worker thread). */
function stats_mergeInputSummary(into, from) {
    into.files += from.files;
    into.records += from.records;
    into.accepted += from.accepted;
    into.rejected += from.rejected;
    into.noData += from.noData;
    into.skipData += from.skipData;
    into.malformed += from.malformed;
    into.unreadableFiles += from.unreadableFiles;
    into.errorCount += from.errorCount;
    // Keep the first errors by file and line, whichever thread found them.
    into.errors = [...into.errors, ...from.errors]
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
        .slice(0, MAX_REPORTED_ERRORS);
    if (into.fields.length === 0 ||
        (from.firstFile !== undefined && (into.firstFile === undefined || from.firstFile < into.firstFile))) {
        into.fields = from.fields;
        if (from.firstFile !== undefined)
            into.firstFile = from.firstFile;
    }
    for (const f of from.formats)
        if (!into.formats.some((g) => g.join(' ') === f.join(' ')))
            into.formats.push(f);
    if (from.firstStart >= 0 && (into.firstStart < 0 || from.firstStart < into.firstStart))
        into.firstStart = from.firstStart;
    if (from.lastEnd > into.lastEnd)
        into.lastEnd = from.lastEnd;
    if (from.outsideWindow !== undefined)
        into.outsideWindow = (into.outsideWindow ?? 0) + from.outsideWindow;
    if (from.sources !== undefined)
        into.sources = [...(into.sources ?? []), ...from.sources];
}

;// CONCATENATED MODULE: ./src/analysis/sketch.ts
/**
 * Counting distinct remote addresses in bounded memory: exact up to a cap, then a HyperLogLog
 * estimate. Both halves merge, so worker threads can count separately and add up after.
 */
const REGISTER_BITS = 12;
const REGISTERS = 1 << REGISTER_BITS;
/** A 32-bit mix of a peer key (IPv4 number or IPv6 text). */
function hashPeer(key) {
    let h;
    if (typeof key === 'number') {
        h = Math.imul(key ^ (key >>> 16), 0x7feb352d);
        h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
        return (h ^ (h >>> 16)) >>> 0;
    }
    h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return (h ^ (h >>> 16)) >>> 0;
}
function sketch_newRegisters() {
    return new Uint8Array(REGISTERS);
}
function addToRegisters(registers, key) {
    const h = hashPeer(key);
    const index = h >>> (32 - REGISTER_BITS);
    const rest = (h << REGISTER_BITS) >>> 0;
    const rank = rest === 0 ? 32 - REGISTER_BITS + 1 : Math.clz32(rest) + 1;
    if (rank > registers[index])
        registers[index] = rank;
}
function sketch_mergeRegisters(into, from) {
    for (let i = 0; i < REGISTERS; i++)
        if (from[i] > into[i])
            into[i] = from[i];
}
function estimateRegisters(registers) {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < REGISTERS; i++) {
        const r = registers[i];
        sum += 2 ** -r;
        if (r === 0)
            zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
    const raw = (alpha * REGISTERS * REGISTERS) / sum;
    // Small ranges: linear counting is more accurate.
    if (raw <= 2.5 * REGISTERS && zeros > 0)
        return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    return Math.round(raw);
}

;// CONCATENATED MODULE: ./src/analysis/initiator.ts
/** The record is return traffic of a connection the other side started. */
const RESPONSE = -1;
/** Probably return traffic: both ports on one side of the ephemeral range, and this one is higher. */
const LIKELY_RESPONSE = -2;
/** Started the connection, shown by TCP flags. */
const STARTS_HIGH = 0;
/** Started the connection, judged by a clear service port on the other side. */
const STARTS_MEDIUM = 1;
/** Started the connection as far as we can tell (no flags, ambiguous ports, or no ports). */
const STARTS_LOW = 2;
const SYN = 2;
const SYN_ACK = 18;
const TCP = 6;
const UDP = 17;
const SCTP = 132;
/**
 * Classifies a record: RESPONSE or LIKELY_RESPONSE (both below zero), or how confidently it
 * starts a connection in its own direction.
 * `ephemeralStart` is the first port of the client (ephemeral) range.
 */
function classifyStart(r, ephemeralStart) {
    const protocol = r.protocol;
    if (protocol === TCP && r.tcpFlags > 0) {
        if ((r.tcpFlags & SYN_ACK) === SYN_ACK)
            return RESPONSE;
        if ((r.tcpFlags & SYN) !== 0)
            return STARTS_HIGH;
        // FIN or RST only: a long-lived connection whose SYN was in an earlier interval. Use ports.
    }
    if (protocol !== TCP && protocol !== UDP && protocol !== SCTP)
        return STARTS_LOW;
    const src = r.srcPort;
    const dst = r.dstPort;
    if (src < 0 || dst < 0)
        return STARTS_LOW;
    const srcService = src < ephemeralStart;
    const dstService = dst < ephemeralStart;
    if (dstService && !srcService)
        return STARTS_MEDIUM;
    if (srcService && !dstService)
        return RESPONSE;
    // Both ports on the same side of the ephemeral range: the lower one is the service.
    if (src < dst)
        return LIKELY_RESPONSE;
    return STARTS_LOW;
}

;// CONCATENATED MODULE: ./src/analysis/pairing.ts

const MAX_HELD_RECORDS = 200_000;
function address(v4, v6) {
    return v6 ?? String(v4);
}
function key(r, reverse) {
    const [src, dst] = [address(r.src4, r.srcV6), address(r.dst4, r.dstV6)];
    return reverse
        ? `${r.interfaceIndex}|${dst}|${src}|${r.dstPort}|${r.srcPort}|${r.protocol}`
        : `${r.interfaceIndex}|${src}|${dst}|${r.srcPort}|${r.dstPort}|${r.protocol}`;
}
class ReversePairing {
    held = new Map();
    /** Records decided by ports at once because the table was full. */
    overflowed = 0;
    /** Holds an accepted record back for pairing; false when the table is full. */
    hold(r, direction, fallback) {
        const k = key(r, false);
        const known = this.held.get(k);
        if (known) {
            const h = known.record;
            h.count += r.count;
            h.packets += r.packets;
            h.bytes += r.bytes;
            if (r.start >= 0 && (h.start < 0 || r.start < h.start))
                h.start = r.start;
            if (r.end > h.end)
                h.end = r.end;
            return true;
        }
        if (this.held.size >= MAX_HELD_RECORDS) {
            this.overflowed += r.count;
            return false;
        }
        this.held.set(k, { record: { ...r }, direction, fallback });
        return true;
    }
    /**
     * Hands the held records over, in the order they were first held, and empties the table: the
     * main thread pairs every thread's records together (a connection's two directions can be in
     * files that different threads read), see UsageCollector.adoptHeld.
     */
    takeHeld() {
        const held = [...this.held.values()];
        this.held.clear();
        return held;
    }
    /** Decides every held record, in the order they were first held, and empties the table. */
    *resolve() {
        for (const held of this.held.values()) {
            const reverse = this.held.get(key(held.record, true));
            let start = held.fallback;
            if (reverse && reverse !== held) {
                const mine = held.record.start;
                const theirs = reverse.record.start;
                if (mine >= 0 && theirs >= 0 && mine !== theirs)
                    start = mine < theirs ? STARTS_MEDIUM : RESPONSE;
            }
            yield { ...held, start };
        }
        this.held.clear();
    }
}

;// CONCATENATED MODULE: ./src/analysis/hash.ts
/**
 * The slot of a 32-bit key in an open-addressing table of `mask + 1` slots (a power of two).
 * Multiplying by the golden ratio spreads nearby addresses; folding the high half down keeps every
 * bit of the key in the low bits the mask keeps, however large the table grows.
 */
function slotOf(key, mask) {
    const h = Math.imul(key, 0x9e3779b1);
    return (h ^ (h >>> 16)) & mask;
}

;// CONCATENATED MODULE: ./src/analysis/scan-table.ts
/**
 * Inbound connection attempts per remote IPv4 address: the local ports each one tried, and how
 * many were accepted and rejected. Every inbound record touches this table, and an account's
 * internet-facing interfaces see as many sources as the internet has clients, so the table is
 * built for the cache: an open-addressing hash table in one Int32Array, 32 bytes a source (two
 * to a cache line), rather than a Map of objects. A source keeps up to two ports inline and moves
 * to a Set only when it tries a third one (web clients use 80 and 443; scanners use many).
 *
 * A slot also counts the flows of the first rule credited for the source's connections: the
 * rule's per-peer count would otherwise be a second lookup, in a second large table, for the same
 * address. Other rules of the same source count in their own tables; the collector joins both
 * when it hands over.
 */

/**
 * Per slot: key (the address as a signed 32-bit integer); first port + 1 (0 for an empty slot,
 * MULTI when the ports are in `multi`); second port + 1 (0 while there is one), or with MULTI the
 * last port + 1 (a source that uses several ports goes on using mostly one, and that one needs
 * no Set lookup); index + 1 of the first credited rule (0 none); then three unsigned 32-bit
 * counts: accepted, rejected, and the rule's flows. Counts beyond 32 bits carry into `high`.
 */
const STRIDE = 8;
const KEY = 0;
const FIRST = 1;
const SECOND = 2;
const RULE = 3;
const ACCEPTED = 4;
const REJECTED = 5;
const RULE_FLOWS = 6;
/**
 * The subnet (index + 1, 0 unknown) the source was first seen in, or MULTI once a source that
 * tries several ports was seen in more than one (then the subnets are in `subnets`). A network
 * ACL deny entry for a scanner goes on the subnets it reached; only sources with many ports can be
 * scanners, so only they pay for a set.
 */
const SUBNET = 7;
const EMPTY = 0;
const MULTI = -1;
const TWO_32 = 2 ** 32;
/** The subnet indices of the (used) slot at `at`. */
function subnetsAt(table, at) {
    const stamp = table.slots[at + SUBNET];
    if (stamp === MULTI)
        return [...table.subnets.get(table.slots[at + KEY])];
    return stamp === EMPTY ? [] : [stamp - 1];
}
/** The count in `field` of the slot at `at`: its low 32 bits in the slot, the rest in `high`. */
function countAt(table, at, field) {
    const low = table.slots[at + field] >>> 0;
    const high = table.high.size > 0 ? table.high.get(table.slots[at + KEY]) : undefined;
    return low + (high ? high[field - ACCEPTED] : 0);
}
/** The ports of the (used) slot at `at`: one port, or the set of them, in the order tried. */
function portsAt(table, at) {
    const first = table.slots[at + FIRST];
    const second = table.slots[at + SECOND];
    if (first === MULTI)
        return table.multi.get(table.slots[at + KEY]);
    return second === EMPTY ? first - 1 : new Set([first - 1, second - 1]);
}
/** How many ports the (used) slot at `at` holds, without building a set. */
function portCountAt(table, at) {
    const first = table.slots[at + FIRST];
    if (first === MULTI)
        return table.multi.get(table.slots[at + KEY]).size;
    return table.slots[at + SECOND] === EMPTY ? 1 : 2;
}
class ScanTable {
    limit;
    capacity = 1 << 16;
    slots = new Int32Array(this.capacity * STRIDE);
    multi = new Map();
    /** The parts of counts beyond 32 bits, by source: [accepted, rejected, rule flows]. */
    high = new Map();
    subnets = new Map();
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * Records an attempt and returns the source's slot (for {@link creditRule}); -1 when the table
     * is full and the source is new (the caller notes the truncation).
     */
    add(key, port, accepted, count, subnet = -1) {
        const mask = this.capacity - 1;
        const slots = this.slots;
        const stamp = port + 1;
        let slot = slotOf(key, mask);
        let at = slot * STRIDE;
        for (;; slot = (slot + 1) & mask, at = slot * STRIDE) {
            const first = slots[at + FIRST];
            if (first === EMPTY)
                break;
            if (slots[at + KEY] !== key)
                continue;
            const second = slots[at + SECOND];
            if (first === MULTI) {
                if (second !== stamp) {
                    this.multi.get(key)?.add(port);
                    slots[at + SECOND] = stamp;
                }
                if (slots[at + SUBNET] !== subnet + 1 && subnet >= 0)
                    this.addSubnet(at, key, subnet);
            }
            else if (first !== stamp && second !== stamp) {
                if (second === EMPTY)
                    slots[at + SECOND] = stamp;
                else {
                    this.multi.set(key, new Set([first - 1, second - 1, port]));
                    slots[at + FIRST] = MULTI;
                    slots[at + SECOND] = stamp;
                    if (slots[at + SUBNET] !== subnet + 1 && subnet >= 0)
                        this.addSubnet(at, key, subnet);
                }
            }
            this.count(at, accepted ? ACCEPTED : REJECTED, count);
            return at;
        }
        if (this.size >= this.limit)
            return -1;
        slots[at + KEY] = key;
        slots[at + FIRST] = stamp;
        slots[at + SECOND] = EMPTY;
        slots[at + SUBNET] = subnet + 1;
        slots[at + RULE] = 0;
        slots[at + ACCEPTED] = 0;
        slots[at + REJECTED] = 0;
        slots[at + RULE_FLOWS] = 0;
        this.count(at, accepted ? ACCEPTED : REJECTED, count);
        if (++this.size * 2 > this.capacity) {
            this.grow();
            // The slot moved: find it again.
            return this.find(key);
        }
        return at;
    }
    /** Notes one more subnet of a source that tries several ports (see SUBNET). */
    addSubnet(at, key, subnet) {
        const stamp = this.slots[at + SUBNET];
        if (stamp === MULTI)
            this.subnets.get(key).add(subnet);
        else if (stamp === EMPTY)
            this.slots[at + SUBNET] = subnet + 1;
        else {
            this.subnets.set(key, new Set([stamp - 1, subnet]));
            this.slots[at + SUBNET] = MULTI;
        }
    }
    /** The local ports a source tried, or undefined when it is not in the table. */
    portsOf(key) {
        const at = this.lookup(key);
        return at < 0 ? undefined : portsAt(this.state(), at);
    }
    /** The subnets (indices) a source was seen in; see SUBNET for what is tracked. */
    subnetsOf(key) {
        const at = this.lookup(key);
        return at < 0 ? [] : subnetsAt(this.state(), at);
    }
    /** The slot of a source, -1 when it is not in the table. */
    lookup(key) {
        const mask = this.capacity - 1;
        for (let slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
            const at = slot * STRIDE;
            if (this.slots[at + FIRST] === EMPTY)
                return -1;
            if (this.slots[at + KEY] === key)
                return at;
        }
    }
    /**
     * Counts `count` flows of rule `rule` from the source in slot `at` (as returned by the last
     * {@link add}), when the slot has no rule yet or this one; false when it counts another rule.
     */
    creditRule(at, rule, count) {
        const stored = this.slots[at + RULE];
        if (stored !== rule + 1) {
            if (stored !== 0)
                return false;
            this.slots[at + RULE] = rule + 1;
        }
        this.count(at, RULE_FLOWS, count);
        return true;
    }
    /** Calls `fn` for every source with rule flows counted here. */
    forEachRulePeer(fn) {
        const slots = this.slots;
        const table = this.state();
        for (let at = 0; at < slots.length; at += STRIDE) {
            const rule = slots[at + RULE];
            if (slots[at + FIRST] !== EMPTY && rule > 0)
                fn(rule - 1, slots[at + KEY], countAt(table, at, RULE_FLOWS));
        }
    }
    /**
     * The contents as plain data: what the slot readers above take, and what moves to another
     * thread (the table is done with after that).
     */
    state() {
        return { slots: this.slots, multi: this.multi, high: this.high, subnets: this.subnets };
    }
    /**
     * Adds another thread's table (from {@link state}): ports joined, counts added. A source's
     * rule flows go into its slot here when the slot counts the same rule or none; otherwise to
     * `otherRule`, as flows of a rule that is not the source's first. Returns false when sources
     * were left out because the table reached its limit.
     */
    absorb(from, otherRule) {
        const slots = from.slots;
        let whole = true;
        for (let f = 0; f < slots.length; f += STRIDE) {
            if (slots[f + FIRST] === EMPTY)
                continue;
            const key = slots[f + KEY];
            const ports = portsAt(from, f);
            let at = -1;
            const subnets = subnetsAt(from, f);
            for (const port of typeof ports === 'number' ? [ports] : ports)
                at = this.add(key, port, true, 0, subnets[0]);
            if (at < 0) {
                whole = false;
                continue;
            }
            for (const subnet of subnets.slice(1))
                this.addSubnet(at, key, subnet);
            this.count(at, ACCEPTED, countAt(from, f, ACCEPTED));
            this.count(at, REJECTED, countAt(from, f, REJECTED));
            const rule = slots[f + RULE];
            if (rule === 0)
                continue;
            const flows = countAt(from, f, RULE_FLOWS);
            if (!this.creditRule(at, rule - 1, flows))
                otherRule(rule - 1, key, flows);
        }
        return whole;
    }
    /**
     * Calls `fn` for every source: its accepted and rejected attempts and how many local ports it
     * tried. Builds no set or object per source, for the per-source traffic list of the report.
     */
    forEachSource(fn) {
        const slots = this.slots;
        const table = this.state();
        for (let at = 0; at < slots.length; at += STRIDE) {
            if (slots[at + FIRST] === EMPTY)
                continue;
            fn(slots[at + KEY], countAt(table, at, ACCEPTED), countAt(table, at, REJECTED), portCountAt(table, at));
        }
    }
    /** The sources that tried at least `minPorts` ports (all by default), as a Map. */
    toMap(minPorts = 0) {
        const out = new Map();
        const slots = this.slots;
        const table = this.state();
        for (let at = 0; at < slots.length; at += STRIDE) {
            if (slots[at + FIRST] === EMPTY || portCountAt(table, at) < minPorts)
                continue;
            out.set(slots[at + KEY], {
                ports: portsAt(table, at),
                accepted: countAt(table, at, ACCEPTED),
                rejected: countAt(table, at, REJECTED),
            });
        }
        return out;
    }
    count(at, field, count) {
        const total = (this.slots[at + field] >>> 0) + count;
        if (total < TWO_32) {
            this.slots[at + field] = total;
            return;
        }
        // Beyond 32 bits (billions of records from one address): the whole 2^32s go to `high`.
        const key = this.slots[at + KEY];
        let high = this.high.get(key);
        if (high === undefined)
            this.high.set(key, (high = [0, 0, 0]));
        const carried = Math.floor(total / TWO_32) * TWO_32;
        high[field - ACCEPTED] = high[field - ACCEPTED] + carried;
        this.slots[at + field] = total - carried;
    }
    find(key) {
        const mask = this.capacity - 1;
        for (let slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
            const at = slot * STRIDE;
            if (this.slots[at + KEY] === key && this.slots[at + FIRST] !== EMPTY)
                return at;
        }
    }
    grow() {
        const old = this.slots;
        this.capacity *= 2;
        this.slots = new Int32Array(this.capacity * STRIDE);
        const mask = this.capacity - 1;
        for (let from = 0; from < old.length; from += STRIDE) {
            if (old[from + FIRST] === EMPTY)
                continue;
            let slot = slotOf(old[from + KEY], mask);
            while (this.slots[slot * STRIDE + FIRST] !== EMPTY)
                slot = (slot + 1) & mask;
            this.slots.set(old.subarray(from, from + STRIDE), slot * STRIDE);
        }
    }
}

;// CONCATENATED MODULE: ./src/analysis/count-table.ts
/**
 * Counts per IPv4 address (as a signed 32-bit key) in an open-addressing hash table: the
 * per-rule peer counts are updated for every connection start, and a Map of boxed numbers costs
 * several times more per update. Key and count share one Float64Array, so that a lookup touches
 * one cache line; a slot is in use when its count is above zero (every add counts at least 1).
 */

class count_table_CountTable {
    capacity = 16;
    /** [key, count] per slot. */
    slots = new Float64Array(this.capacity * 2);
    size = 0;
    /** Adds to a key's count when the key is present or there is room under `limit`; false otherwise. */
    add(key, count, limit) {
        const mask = this.capacity - 1;
        const slots = this.slots;
        let slot = slotOf(key, mask);
        for (; slots[slot * 2 + 1] > 0; slot = (slot + 1) & mask) {
            if (slots[slot * 2] === key) {
                slots[slot * 2 + 1] += count;
                return true;
            }
        }
        if (this.size >= limit)
            return false;
        slots[slot * 2] = key;
        slots[slot * 2 + 1] = count;
        if (++this.size * 2 > this.capacity)
            this.grow();
        return true;
    }
    has(key) {
        const mask = this.capacity - 1;
        for (let slot = slotOf(key, mask); this.slots[slot * 2 + 1] > 0; slot = (slot + 1) & mask) {
            if (this.slots[slot * 2] === key)
                return true;
        }
        return false;
    }
    /** The keys and counts as a Map, in slot order. */
    toMap() {
        const out = new Map();
        this.forEach((key, count) => out.set(key, count));
        return out;
    }
    /** Calls `fn` for every key and count, in slot order. */
    forEach(fn) {
        for (let slot = 0; slot < this.capacity; slot++) {
            const count = this.slots[slot * 2 + 1];
            if (count > 0)
                fn(this.slots[slot * 2], count);
        }
    }
    /** The contents as plain data, to move to another thread (the table is done with after). */
    state() {
        return { slots: this.slots };
    }
    /** Adds another table's counts (from {@link state}), whatever the size. */
    absorb(from) {
        const slots = from.slots;
        for (let i = 0; i < slots.length; i += 2) {
            const count = slots[i + 1];
            if (count > 0)
                this.add(slots[i], count, Infinity);
        }
    }
    grow() {
        const old = this.slots;
        this.capacity *= 2;
        this.slots = new Float64Array(this.capacity * 2);
        const mask = this.capacity - 1;
        for (let i = 0; i < old.length; i += 2) {
            const count = old[i + 1];
            if (count <= 0)
                continue;
            const key = old[i];
            let slot = slotOf(key, mask);
            while (this.slots[slot * 2 + 1] > 0)
                slot = (slot + 1) & mask;
            this.slots[slot * 2] = key;
            this.slots[slot * 2 + 1] = count;
        }
    }
}

;// CONCATENATED MODULE: ./src/analysis/usage.ts









const usage_MAX_PORTS_PER_RULE = 64;
const MAX_SCAN_PORTS = 65536;
/** Bounds for the per-address tables (a port scan of the whole internet must not exhaust memory). */
const usage_MAX_TRACKED_ADDRESSES = 1_000_000;
function newRuleUsage() {
    return {
        flows: 0,
        packets: 0,
        bytes: 0,
        peers: new Map(),
        // Every field from the start, undefined or not: a field added later would give the objects
        // of busy and idle rules different shapes, and the hot path would be deoptimized for it.
        peers4: undefined,
        sketch: undefined,
        ports: new Set(),
        portsOverflow: false,
        lastPortKey: undefined,
        firstSeen: -1,
        lastSeen: -1,
        confidence: [0, 0, 0],
        shadowed: 0,
        needed: 0,
        coveredBy: -1,
    };
}
class UsageCollector {
    compiled;
    input = new InputCounter();
    usage;
    /** Records per interface index (any status), the evidence behind `unused`. */
    recordsByInterface = new Float64Array(1024);
    skipDataByInterface = [];
    /** Accepted records whose direction could not be told (no flow-direction, addresses not the interface's). */
    undirected = 0;
    buckets = new Map();
    /** IPv4 sources in a typed-array table (the hot path), IPv6 ones in a Map. */
    scans4 = new ScanTable(usage_MAX_TRACKED_ADDRESSES);
    scans6 = new Map();
    rejectedSources = new Map();
    /** Per protocol * 65536 + port: few keys, touched by every start and every rejection. */
    rejectedPorts = new count_table_CountTable();
    servicePorts = new count_table_CountTable();
    unknownSources = new Map();
    /** Set when a per-address table hit its bound; the report says so. */
    truncatedTables = false;
    pairing = new ReversePairing();
    matched = [];
    lastBucketStart = 0;
    lastBucketCounts;
    knownNetworks;
    ephemeralStart;
    bucketSeconds;
    peerCap;
    /** The fewest distinct ports that make a source a port-scan candidate. */
    portScanMinPorts;
    /** The port-scan table slot of the current inbound record's source, -1 when none. */
    inboundSlot = -1;
    constructor(compiled, config) {
        this.compiled = compiled;
        this.usage = compiled.rules.map(() => newRuleUsage());
        this.knownNetworks = config['known-networks'].map((c) => parseCidr(c));
        this.ephemeralStart = config['ephemeral-port-start'];
        this.bucketSeconds = config.thresholds['bucket-seconds'];
        this.peerCap = config.thresholds['peer-cap'];
        this.portScanMinPorts = config.thresholds['port-scan-min-ports'];
    }
    /** The sink that feeds this collector: records to the analysis, everything else to its counts. */
    sink() {
        return this.input.sinkFor(this.record.bind(this));
    }
    /** Takes one record (or aggregated row). The record object is reused by the caller. */
    record(r) {
        this.input.record(r);
        const ifIndex = r.interfaceIndex;
        if (ifIndex >= 0) {
            if (ifIndex >= this.recordsByInterface.length)
                this.growInterfaces(ifIndex);
            this.recordsByInterface[ifIndex] += r.count;
            if (r.status === LogStatus.SkipData)
                this.skipDataByInterface[ifIndex] = (this.skipDataByInterface[ifIndex] ?? 0) + r.count;
        }
        if (r.status !== LogStatus.Ok || r.action === FlowAction.None)
            return;
        const accepted = r.action === FlowAction.Accept;
        this.bucket(r, accepted);
        const eni = ifIndex >= 0 ? this.compiled.interfaces[ifIndex] : undefined;
        let direction = r.direction;
        if (direction === FlowDirection.Unknown && eni !== undefined) {
            if (ownsAddress(eni, r.dst4, r.dstV6))
                direction = FlowDirection.Ingress;
            else if (ownsAddress(eni, r.src4, r.srcV6))
                direction = FlowDirection.Egress;
        }
        const start = r.initiator === NOT_JUDGED ? classifyStart(r, this.ephemeralStart) : r.initiator;
        // Ports that do not tell who started (both on one side of the ephemeral range): hold the
        // record until its reverse may have been seen (see ReversePairing).
        if ((start === STARTS_LOW || start === LIKELY_RESPONSE) &&
            accepted &&
            eni !== undefined &&
            direction !== FlowDirection.Unknown &&
            r.srcPort >= 0 &&
            r.dstPort >= 0 &&
            this.pairing.hold(r, direction, start)) {
            return;
        }
        this.decided(r, eni, direction, start, accepted);
    }
    /**
     * Takes over the records another thread held for pairing (ReversePairing.takeHeld), after this
     * thread's own, so that a connection whose two directions were read by different threads is
     * paired as one thread would pair it. Call before finish().
     */
    adoptHeld(held) {
        for (const h of held) {
            if (this.pairing.hold(h.record, h.direction, h.fallback))
                continue;
            // The table is full: decided by ports at once, as record() does.
            const eni = this.compiled.interfaces[h.record.interfaceIndex];
            this.decided(h.record, eni, h.direction, h.fallback, true);
        }
    }
    /** Resolves the records held for pairing. Call once, after the last record. */
    finish() {
        for (const held of this.pairing.resolve()) {
            const eni = this.compiled.interfaces[held.record.interfaceIndex];
            this.decided(held.record, eni, held.direction, held.start, true);
        }
    }
    /** The rest of a record's analysis, once it is known whether it started a connection. */
    decided(r, eni, direction, start, accepted) {
        const inbound = direction === FlowDirection.Ingress && start >= 0;
        if (inbound)
            this.trackInbound(r, accepted);
        if (!accepted)
            return;
        if (direction === FlowDirection.Unknown) {
            if (eni !== undefined)
                this.undirected += r.count;
            return;
        }
        if (start < 0 || eni === undefined)
            return;
        const ingress = direction === FlowDirection.Ingress;
        this.countServicePort(r);
        this.credit(r, ingress ? eni.ingress : eni.egress, ingress, start);
    }
    /** Adds records to an interface's count (another thread's, see absorbState). */
    countInterfaceRecords(index, n) {
        if (index >= this.recordsByInterface.length)
            this.growInterfaces(index);
        this.recordsByInterface[index] += n;
    }
    growInterfaces(index) {
        const grown = new Float64Array(Math.max(index + 1, this.recordsByInterface.length * 2));
        grown.set(this.recordsByInterface);
        this.recordsByInterface = grown;
    }
    /** Credits the rules that allowed a connection start; see the README on attribution. */
    credit(r, candidates, ingress, confidence) {
        const remote4 = ingress ? r.src4 : r.dst4;
        const remote6 = ingress ? r.srcV6 : r.dstV6;
        const port = r.dstPort;
        const protocol = r.protocol;
        const matched = this.matched;
        let count = 0;
        let narrowest = Infinity;
        for (let i = 0; i < candidates.length; i++) {
            const rule = candidates[i];
            if (rule.protocol !== -1 && rule.protocol !== protocol)
                continue;
            if (rule.fromPort >= 0 && (port < rule.fromPort || port > rule.toPort))
                continue;
            if (remote6 === undefined ? !peerHas4(rule.peer, remote4) : !peerHas6(rule.peer, remote6))
                continue;
            matched[count++] = rule;
            if (rule.portWidth < narrowest)
                narrowest = rule.portWidth;
        }
        if (count === 0)
            return;
        // Signed 32-bit keys stay small integers in V8's maps; unsigned ones above 2^31 would not.
        const remoteKey = remote6 ?? remote4 | 0;
        // An inbound start's source was just looked up in the port-scan table (trackInbound).
        const slot = ingress ? this.inboundSlot : -1;
        for (let i = 0; i < count; i++) {
            const rule = matched[i];
            const u = this.usage[rule.index];
            if (rule.portWidth > narrowest) {
                u.shadowed += r.count;
                continue;
            }
            // Another credited rule with an equal or narrower peer would have allowed this flow too.
            let coveredBy = -1;
            for (let j = 0; j < count; j++) {
                const other = matched[j];
                if (other === rule || other.portWidth > narrowest)
                    continue;
                if (other.peerBits < rule.peerBits ||
                    (other.peerBits === rule.peerBits && other.index < rule.index)) {
                    coveredBy = other.index;
                    break;
                }
            }
            if (coveredBy < 0)
                u.needed += r.count;
            // The lowest index, so that the evidence does not depend on record or thread order.
            else if (u.coveredBy < 0 || coveredBy < u.coveredBy)
                u.coveredBy = coveredBy;
            this.addUsage(u, rule.index, r, remoteKey, slot, confidence);
        }
    }
    addUsage(u, ruleIndex, r, remoteKey, slot, confidence) {
        u.flows += r.count;
        u.packets += r.packets;
        u.bytes += r.bytes;
        u.confidence[confidence] = u.confidence[confidence] + r.count;
        if (r.start >= 0 && (u.firstSeen < 0 || r.start < u.firstSeen))
            u.firstSeen = r.start;
        const last = r.end >= 0 ? r.end : r.start;
        if (last > u.lastSeen)
            u.lastSeen = last;
        if (slot >= 0 && this.scans4.creditRule(slot, ruleIndex, r.count)) {
            // Counted in the source's port-scan slot (see ScanTable).
        }
        else if (u.sketch !== undefined) {
            // Over the cap: known peers keep exact counts, new ones only go into the estimate.
            if (typeof remoteKey === 'number') {
                if (!u.peers4.add(remoteKey, r.count, 0))
                    addToRegisters(u.sketch, remoteKey);
            }
            else if (u.peers.has(remoteKey))
                u.peers.set(remoteKey, u.peers.get(remoteKey) + r.count);
            else
                addToRegisters(u.sketch, remoteKey);
        }
        else {
            const peers4 = (u.peers4 ??= new count_table_CountTable());
            const room = this.peerCap - u.peers.size;
            const added = typeof remoteKey === 'number'
                ? peers4.add(remoteKey, r.count, room)
                : u.peers.has(remoteKey) || peers4.size + u.peers.size < this.peerCap
                    ? (u.peers.set(remoteKey, (u.peers.get(remoteKey) ?? 0) + r.count), true)
                    : false;
            if (!added) {
                u.sketch = sketch_newRegisters();
                const sketch = u.sketch;
                peers4.forEach((key) => addToRegisters(sketch, key));
                for (const key of u.peers.keys())
                    addToRegisters(sketch, key);
                addToRegisters(sketch, remoteKey);
            }
        }
        const portKey = r.protocol * 65536 + (r.dstPort < 0 ? 0 : r.dstPort);
        // Most rules see one port over and over: skip the set when it is the last one seen.
        if (portKey !== u.lastPortKey && !u.ports.has(portKey)) {
            if (u.ports.size < usage_MAX_PORTS_PER_RULE)
                u.ports.add(portKey);
            else
                u.portsOverflow = true;
        }
        u.lastPortKey = portKey;
    }
    bucket(r, accepted) {
        const start = r.start;
        if (start < 0)
            return;
        // Records of a file come in time order: the bucket is nearly always the last one, and a
        // range check tells so without dividing.
        let counts = this.lastBucketCounts;
        if (counts === undefined ||
            start < this.lastBucketStart ||
            start >= this.lastBucketStart + this.bucketSeconds) {
            const b = Math.floor(start / this.bucketSeconds);
            counts = this.buckets.get(b);
            if (counts === undefined) {
                counts = [0, 0];
                this.buckets.set(b, counts);
            }
            this.lastBucketStart = b * this.bucketSeconds;
            this.lastBucketCounts = counts;
        }
        counts[accepted ? 0 : 1] += r.count;
    }
    countServicePort(r) {
        const key = r.protocol * 65536 + (r.dstPort < 0 ? 0 : r.dstPort);
        this.servicePorts.add(key, r.count, Infinity);
    }
    /** Inbound connection attempts: port scans, rejected sources, unknown sources. */
    trackInbound(r, accepted) {
        const key = r.srcV6 ?? r.src4 | 0;
        const port = r.dstPort;
        const ifIndex = r.interfaceIndex;
        const subnet = ifIndex >= 0 && ifIndex < this.compiled.subnetOfInterface.length
            ? this.compiled.subnetOfInterface[ifIndex]
            : -1;
        this.inboundSlot = -1;
        if (typeof key === 'number') {
            this.inboundSlot = this.scans4.add(key, port, accepted, r.count, subnet);
            if (this.inboundSlot < 0)
                this.truncatedTables = true;
        }
        else {
            let scan = this.scans6.get(key);
            if (scan === undefined) {
                if (this.scans6.size >= usage_MAX_TRACKED_ADDRESSES)
                    this.truncatedTables = true;
                else
                    this.scans6.set(key, (scan = { ports: port, accepted: 0, rejected: 0 }));
            }
            else if (scan.ports !== port) {
                if (typeof scan.ports === 'number')
                    scan.ports = new Set([scan.ports, port]);
                else if (scan.ports.size < MAX_SCAN_PORTS)
                    scan.ports.add(port);
            }
            if (scan !== undefined && typeof scan.ports !== 'number' && subnet >= 0)
                (scan.subnets ??= new Set()).add(subnet);
            if (scan !== undefined) {
                if (accepted)
                    scan.accepted += r.count;
                else
                    scan.rejected += r.count;
            }
        }
        if (!accepted) {
            usage_bump(this.rejectedSources, key, r.count, this);
            const portKey = r.protocol * 65536 + (port < 0 ? 0 : port);
            this.rejectedPorts.add(portKey, r.count, Infinity);
        }
        else if (this.knownNetworks.length > 0 && !this.isKnown(r)) {
            usage_bump(this.unknownSources, key, r.count, this);
        }
    }
    isKnown(r) {
        const v6 = r.srcV6 === undefined ? undefined : parseIpv6(r.srcV6);
        return this.knownNetworks.some((net) => v6 === undefined ? containsIpv4(net, r.src4) : containsIpv6(net, v6));
    }
}
/** Adds to an address's count; a new address only while the map is under its bound. */
function usage_bump(map, key, n, owner) {
    const known = map.get(key);
    if (known !== undefined)
        map.set(key, known + n);
    else if (map.size < usage_MAX_TRACKED_ADDRESSES)
        map.set(key, n);
    else
        owner.truncatedTables = true;
}

;// CONCATENATED MODULE: ./src/analysis/thread-state.ts
/**
 * What a worker thread's collector hands to the main thread, and how the main thread's collector
 * takes it in. The collector's tables travel as they are, as plain data whose typed arrays are
 * moved rather than copied, and are added into the main thread's tables; the main thread then
 * resolves pairing and builds the report from its one collector, as if it had read every file.
 *
 * Adding table into table keeps the work after the last file small: a source per internet
 * client in the port-scan table and a peer per client in an internet-facing rule's table would
 * otherwise each become an object in a Map, be cloned, rebuilt and merged.
 */




/**
 * A worker's collector as plain data, with the buffers to move along with it. The collector is
 * done with after this (its tables go with the state).
 */
function stateOf(c) {
    const known = c.compiled.interfaces.length;
    const unknownNames = [];
    for (let i = known; i < c.compiled.table.size; i++)
        unknownNames.push(c.compiled.table.name(i));
    const usage = c.usage.map((u) => ({ ...u, peers4: u.peers4?.state() }));
    const state = {
        input: c.input.summary,
        usage,
        recordsByInterface: c.recordsByInterface,
        unknownNames,
        skipDataByInterface: c.skipDataByInterface,
        undirected: c.undirected,
        buckets: c.buckets,
        scans4: c.scans4.state(),
        scans6: c.scans6,
        rejectedSources: c.rejectedSources,
        rejectedPorts: c.rejectedPorts.state(),
        servicePorts: c.servicePorts.state(),
        unknownSources: c.unknownSources,
        truncatedTables: c.truncatedTables,
        held: c.pairing.takeHeld(),
    };
    const buffers = [
        state.recordsByInterface,
        state.scans4.slots,
        state.rejectedPorts.slots,
        state.servicePorts.slots,
        ...usage.flatMap((u) => (u.peers4 ? [u.peers4.slots] : [])),
    ];
    return { state, transfer: buffers.map((b) => b.buffer) };
}
/** Adds a worker's state (from {@link stateOf}) into the main thread's collector. */
function absorbState(into, from) {
    mergeInputSummary(into.input.summary, from.input);
    from.usage.forEach((u, i) => {
        const target = into.usage[i];
        if (target)
            absorbUsage(target, u);
    });
    const known = into.compiled.interfaces.length;
    from.recordsByInterface.forEach((n, i) => {
        if (n === 0)
            return;
        const index = i < known ? i : into.compiled.table.add(from.unknownNames[i - known]);
        into.countInterfaceRecords(index, n);
    });
    from.skipDataByInterface.forEach((n, i) => {
        if (n > 0 && i < known)
            into.skipDataByInterface[i] = (into.skipDataByInterface[i] ?? 0) + n;
    });
    into.undirected += from.undirected;
    for (const [b, [a, r]] of from.buckets) {
        const counts = into.buckets.get(b);
        if (counts) {
            counts[0] += a;
            counts[1] += r;
        }
        else
            into.buckets.set(b, [a, r]);
    }
    const whole = into.scans4.absorb(from.scans4, (rule, key, flows) => {
        const u = into.usage[rule];
        if (u)
            (u.peers4 ??= new CountTable()).add(key, flows, Infinity);
    });
    if (!whole)
        into.truncatedTables = true;
    for (const [key, scan] of from.scans6) {
        const known6 = into.scans6.get(key);
        if (known6 === undefined) {
            if (into.scans6.size < MAX_TRACKED_ADDRESSES)
                into.scans6.set(key, scan);
            else
                into.truncatedTables = true;
            continue;
        }
        const ports = new Set(typeof known6.ports === 'number' ? [known6.ports] : known6.ports);
        for (const p of typeof scan.ports === 'number' ? [scan.ports] : scan.ports)
            ports.add(p);
        const subnets = new Set([...(known6.subnets ?? []), ...(scan.subnets ?? [])]);
        into.scans6.set(key, {
            ports: ports.size === 1 ? ports.values().next().value : ports,
            accepted: known6.accepted + scan.accepted,
            rejected: known6.rejected + scan.rejected,
            ...(subnets.size > 0 ? { subnets } : {}),
        });
    }
    for (const [key, n] of from.rejectedSources)
        bump(into.rejectedSources, key, n, into);
    for (const [key, n] of from.unknownSources)
        bump(into.unknownSources, key, n, into);
    into.rejectedPorts.absorb(from.rejectedPorts);
    into.servicePorts.absorb(from.servicePorts);
    into.truncatedTables ||= from.truncatedTables;
    into.adoptHeld(from.held);
}
function absorbUsage(into, from) {
    into.flows += from.flows;
    into.packets += from.packets;
    into.bytes += from.bytes;
    into.shadowed += from.shadowed;
    into.needed += from.needed;
    if (from.coveredBy >= 0 && (into.coveredBy < 0 || from.coveredBy < into.coveredBy))
        into.coveredBy = from.coveredBy;
    for (let i = 0; i < 3; i++)
        into.confidence[i] = into.confidence[i] + from.confidence[i];
    if (from.firstSeen >= 0 && (into.firstSeen < 0 || from.firstSeen < into.firstSeen))
        into.firstSeen = from.firstSeen;
    if (from.lastSeen > into.lastSeen)
        into.lastSeen = from.lastSeen;
    // Exact peers join without the cap here: collectedFrom estimates beyond it, over all of them.
    if (from.peers4)
        (into.peers4 ??= new CountTable()).absorb(from.peers4);
    for (const [k, n] of from.peers)
        into.peers.set(k, (into.peers.get(k) ?? 0) + n);
    if (from.sketch)
        mergeRegisters((into.sketch ??= newRegisters()), from.sketch);
    for (const p of from.ports) {
        if (into.ports.has(p))
            continue;
        if (into.ports.size < MAX_PORTS_PER_RULE)
            into.ports.add(p);
        else
            into.portsOverflow = true;
    }
    into.portsOverflow ||= from.portsOverflow;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/sources/format.ts
/**
 * The fields of VPC Flow Log records and how a record format is described.
 *
 * A format is an ordered list of field names, as in `${version} ${srcaddr} …` or the header line
 * AWS writes at the top of every S3 text object. The analysis only needs some of the fields; each
 * of those gets a {@link FieldSlot}, and every other field (including names we do not know yet) is
 * kept in the format and skipped while parsing.
 */
/** Fields by the flow-log version that introduced them (AWS VPC user guide, "Available fields"). */
const FIELDS_BY_VERSION = {
    2: [
        'version',
        'account-id',
        'interface-id',
        'srcaddr',
        'dstaddr',
        'srcport',
        'dstport',
        'protocol',
        'packets',
        'bytes',
        'start',
        'end',
        'action',
        'log-status',
    ],
    3: ['vpc-id', 'subnet-id', 'instance-id', 'tcp-flags', 'type', 'pkt-srcaddr', 'pkt-dstaddr'],
    4: ['region', 'az-id', 'sublocation-type', 'sublocation-id'],
    5: ['pkt-src-aws-service', 'pkt-dst-aws-service', 'flow-direction', 'traffic-path'],
    7: [
        'ecs-cluster-arn',
        'ecs-cluster-name',
        'ecs-container-instance-arn',
        'ecs-container-instance-id',
        'ecs-container-id',
        'ecs-second-container-id',
        'ecs-service-name',
        'ecs-task-definition-arn',
        'ecs-task-arn',
        'ecs-task-id',
    ],
    8: ['reject-reason'],
};
/** Every field name AWS documents, in documentation order. */
const KNOWN_FIELDS = Object.values(FIELDS_BY_VERSION).flat();
/** The default format (version 2), used when a source has no header and no `--log-format`. */
const DEFAULT_FIELDS = FIELDS_BY_VERSION[2] ?? [];
/** What the parser does with a field. Everything not listed here is skipped. */
var FieldSlot;
(function (FieldSlot) {
    FieldSlot[FieldSlot["Skip"] = 0] = "Skip";
    FieldSlot[FieldSlot["Interface"] = 1] = "Interface";
    FieldSlot[FieldSlot["SrcAddr"] = 2] = "SrcAddr";
    FieldSlot[FieldSlot["DstAddr"] = 3] = "DstAddr";
    FieldSlot[FieldSlot["SrcPort"] = 4] = "SrcPort";
    FieldSlot[FieldSlot["DstPort"] = 5] = "DstPort";
    FieldSlot[FieldSlot["Protocol"] = 6] = "Protocol";
    FieldSlot[FieldSlot["Packets"] = 7] = "Packets";
    FieldSlot[FieldSlot["Bytes"] = 8] = "Bytes";
    FieldSlot[FieldSlot["Start"] = 9] = "Start";
    FieldSlot[FieldSlot["End"] = 10] = "End";
    FieldSlot[FieldSlot["Action"] = 11] = "Action";
    FieldSlot[FieldSlot["LogStatus"] = 12] = "LogStatus";
    FieldSlot[FieldSlot["TcpFlags"] = 13] = "TcpFlags";
    FieldSlot[FieldSlot["FlowDirection"] = 14] = "FlowDirection";
})(FieldSlot || (FieldSlot = {}));
const SLOT_BY_FIELD = {
    'interface-id': FieldSlot.Interface,
    srcaddr: FieldSlot.SrcAddr,
    dstaddr: FieldSlot.DstAddr,
    srcport: FieldSlot.SrcPort,
    dstport: FieldSlot.DstPort,
    protocol: FieldSlot.Protocol,
    packets: FieldSlot.Packets,
    bytes: FieldSlot.Bytes,
    start: FieldSlot.Start,
    end: FieldSlot.End,
    action: FieldSlot.Action,
    'log-status': FieldSlot.LogStatus,
    'tcp-flags': FieldSlot.TcpFlags,
    'flow-direction': FieldSlot.FlowDirection,
};
/** Builds a format from field names (hyphenated as in text logs, or underscored as in Parquet). */
function makeFormat(fieldNames) {
    const fields = fieldNames.map((f) => f.trim().replace(/_/g, '-'));
    const slots = new Uint8Array(fields.length);
    fields.forEach((f, i) => (slots[i] = SLOT_BY_FIELD[f] ?? FieldSlot.Skip));
    return {
        fields,
        slots,
        hasTcpFlags: fields.includes('tcp-flags'),
        hasFlowDirection: fields.includes('flow-direction'),
    };
}
/**
 * Parses a `--log-format` value: `${version} ${srcaddr} …` as given to CreateFlowLogs, or plain
 * space-separated names. Returns undefined when the text names no field at all.
 */
function parseLogFormat(text) {
    const names = [...text.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const fields = names.length > 0 ? names : text.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0 || !fields.every((f) => FIELD_NAME.test(f)))
        return undefined;
    return makeFormat(fields);
}
const FIELD_NAME = /^[a-z][a-z0-9_-]*$/;
/**
 * Whether a line is a header naming fields rather than a record. AWS writes one at the top of each
 * S3 text object. A record always has digits or addresses in it; a header has only field names,
 * and at least one of them is a field we know (so an all-words garbage line is not mistaken).
 */
function looksLikeHeader(line) {
    const tokens = line.trim().split(/\s+/);
    return (tokens.length > 0 &&
        tokens.every((t) => FIELD_NAME.test(t)) &&
        tokens.some((t) => KNOWN_FIELDS.includes(t.replace(/_/g, '-'))));
}
/** The highest version among the fields of a format (what AWS writes in the `version` field). */
function formatVersion(format) {
    let version = 2;
    for (const [v, names] of Object.entries(FIELDS_BY_VERSION)) {
        if (names.some((n) => format.fields.includes(n)))
            version = Math.max(version, Number(v));
    }
    return version;
}

;// CONCATENATED MODULE: ./src/sources/line-parser.ts
/**
 * A block parser generated for one record format: straight-line code with one scanning loop per
 * field and no per-field dispatch, about three times faster than a loop that looks up what each
 * field is. Field loops stop at any byte up to 32 (space, tab, CR, LF; `undefined` past the end
 * of the buffer compares false too), so they need no bounds check; the position is checked
 * against the line end once per field. It takes only lines in the exact shape AWS writes (single
 * spaces, decimal numbers, dotted IPv4); at anything else (a header, IPv6, `-` addresses, tabs,
 * garbage, a line cut off by the end of the chunk) it stops, and the caller's general parser
 * takes that line, so that errors are described in one place.
 */


const cache = new Map();
/** What the generated code does when a line is not in the exact shape: leave it to the caller. */
const FAIL = 'return -1;';
function word(text, target, value) {
    const checks = [...text].map((ch, i) => `buf[p0 + ${i}] === ${ch.charCodeAt(0)}`).join(' && ');
    return `if (len === ${text.length} && ${checks}) ${target} = ${value};`;
}
function numberField(assign, max) {
    return `
    if (buf[q] === 45) { q++; v = -1; }
    else {
      v = 0;
      while ((c = buf[q]) > 32) { d = c - 48; if (d >>> 0 > 9) ${FAIL}; v = v * 10 + d; q++; }
      if (q === p0 || q - p0 > 15${max !== undefined ? ` || v > ${max}` : ''}) ${FAIL};
    }
    ${assign('v')}`;
}
function addressField(target) {
    return `
    a = 0; o = 0; n = 0; dots = 0;
    while ((c = buf[q]) > 32) {
      if (c === 46) { if (n === 0 || n > 3 || o > 255) ${FAIL}; a = a * 256 + o; o = 0; n = 0; dots++; }
      else { d = c - 48; if (d >>> 0 > 9) ${FAIL}; o = o * 10 + d; n++; }
      q++;
    }
    if (dots !== 3 || n === 0 || n > 3 || o > 255) ${FAIL};
    ${target} = a * 256 + o;`;
}
function fieldCode(slot) {
    switch (slot) {
        case FieldSlot.Interface:
            return `
    while (buf[q] > 32) q++;
    // Only a complete id is interned: a line cut off by the end of a chunk stops here.
    if (q === p0 || (buf[q] !== 32 && buf[q] !== 10 && buf[q] !== 13)) ${FAIL};
    r.interfaceIndex = q - p0 === 1 && buf[p0] === 45 ? -1 : interfaces.intern(buf, p0, q);`;
        case FieldSlot.SrcAddr:
            return addressField('r.src4');
        case FieldSlot.DstAddr:
            return addressField('r.dst4');
        case FieldSlot.SrcPort:
            return numberField((v) => `r.srcPort = ${v};`, 65535);
        case FieldSlot.DstPort:
            return numberField((v) => `r.dstPort = ${v};`, 65535);
        case FieldSlot.Protocol:
            return numberField((v) => `r.protocol = ${v};`, 255);
        case FieldSlot.Packets:
            return numberField((v) => `r.packets = ${v} < 0 ? 0 : ${v};`, undefined);
        case FieldSlot.Bytes:
            return numberField((v) => `r.bytes = ${v} < 0 ? 0 : ${v};`, undefined);
        case FieldSlot.Start:
            return numberField((v) => `r.start = ${v};`, undefined);
        case FieldSlot.End:
            return numberField((v) => `r.end = ${v};`, undefined);
        case FieldSlot.TcpFlags:
            return numberField((v) => `r.tcpFlags = ${v};`, undefined);
        case FieldSlot.Action:
        case FieldSlot.LogStatus:
        case FieldSlot.FlowDirection: {
            const target = slot === FieldSlot.Action ? 'r.action' : slot === FieldSlot.LogStatus ? 'r.status' : 'r.direction';
            const words = slot === FieldSlot.Action
                ? [
                    ['ACCEPT', FlowAction.Accept],
                    ['REJECT', FlowAction.Reject],
                    ['-', FlowAction.None],
                ]
                : slot === FieldSlot.LogStatus
                    ? [
                        ['OK', LogStatus.Ok],
                        ['NODATA', LogStatus.NoData],
                        ['SKIPDATA', LogStatus.SkipData],
                        ['-', LogStatus.Ok],
                    ]
                    : [
                        ['ingress', FlowDirection.Ingress],
                        ['egress', FlowDirection.Egress],
                        ['-', FlowDirection.Unknown],
                    ];
            return `
    while (buf[q] > 32) q++;
    len = q - p0;
    ${words.map(([w, v]) => word(w, target, v)).join('\n    else ')}
    else ${FAIL};`;
        }
        default:
            return `
    while (buf[q] > 32) q++;
    if (q === p0) ${FAIL};`;
    }
}
/** Defaults for the record fields a format does not have. */
const DEFAULTS = [
    [FieldSlot.Interface, 'r.interfaceIndex = -1;'],
    [FieldSlot.SrcAddr, 'r.src4 = -1;'],
    [FieldSlot.DstAddr, 'r.dst4 = -1;'],
    [FieldSlot.SrcPort, 'r.srcPort = -1;'],
    [FieldSlot.DstPort, 'r.dstPort = -1;'],
    [FieldSlot.Protocol, 'r.protocol = -1;'],
    [FieldSlot.Packets, 'r.packets = 0;'],
    [FieldSlot.Bytes, 'r.bytes = 0;'],
    [FieldSlot.Start, 'r.start = -1;'],
    [FieldSlot.End, 'r.end = -1;'],
    [FieldSlot.Action, `r.action = ${FlowAction.None};`],
    [FieldSlot.LogStatus, `r.status = ${LogStatus.Ok};`],
    [FieldSlot.TcpFlags, 'r.tcpFlags = -1;'],
    [FieldSlot.FlowDirection, `r.direction = ${FlowDirection.Unknown};`],
];
/** The generated parser for a format (cached by its field list). */
function blockParserFor(format) {
    const key = format.fields.join(' ');
    const known = cache.get(key);
    if (known)
        return known;
    const slots = [...format.slots];
    const present = new Set(slots);
    const fields = slots.map((slot, i) => {
        const last = i === slots.length - 1;
        // Each field is followed by one space; the last by the end of the line (LF or CR LF).
        return `      p0 = q;${fieldCode(slot)}
      ${last ? `if (buf[q] === 13) q++; if (buf[q] !== 10) ${FAIL} q++;` : `if (buf[q] !== 32) ${FAIL} q++;`}`;
    });
    // One function per line, called from the block loop: V8 optimizes the small function as a
    // whole (a long-running loop around the same code only gets on-stack replacement, measured
    // twice as slow).
    const body = `
    function line(buf, p, r, interfaces) {
      let q = p, p0 = p, c = 0, d = 0, v = 0, a = 0, o = 0, n = 0, dots = 0, len = 0;
      r.srcV6 = undefined; r.dstV6 = undefined; r.count = 1;
      ${DEFAULTS.filter(([slot]) => !present.has(slot))
        .map(([, code]) => code)
        .join(' ')}
${fields.join('\n')}
      return q;
    }
    return function block(buf, p, limit, r, interfaces, onRecord, state) {
      let lines = 0;
      while (p < limit) {
        const q = line(buf, p, r, interfaces);
        if (q < 0 || q > limit) break;
        lines++;
        onRecord(r);
        p = q;
      }
      state.lines = lines;
      return p;
    };`;
    const parser = new Function(body)();
    cache.set(key, parser);
    return parser;
}

;// CONCATENATED MODULE: ./src/sources/wasm/lines.ts
// Generated by scripts/build-wasm.mjs from lines.wat: do not edit.
/** The assembled line scanner, base64. */
const LINES_WASM = 'AGFzbQEAAAABEAJgAX8Bf2AGf39/f39/AX8CDwEDZW52Bm1lbW9yeQIAAQMEAwABAQYGAX8BQQALBx0DBHN0b3ADAARzY2FuAAELc2NhbkRlZmF1bHQAAgr+pwEDEAAgAP0ABABBIP0P/Sr9ZAveDAYGfwF+EX8CfgR/AnsgBUECdCEZIAVBA3QhGiAEIBlBCWxqIRUCQANAIAAgAU8NASAGIAVPDQEgBCAGQQJ0aiEWIBUgBkEDdGohF0EAIRggACEIIAAhGyAAEAAhHEEAIQkCQANAAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNASACIAlqLQAAIRMCQAJAAkACQAJAIBMODwQAAQECAgICAgICAwMCAwQLQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAAAhCiAJQQFqIQkgCSADSQRAIApBIEcNAiAHQQFqIQgMAQsgCkENRgRAIAdBAWohBwsgBy0AAEEKRw0BIAdBAWohBwsgByABSw0CIBYgGUEDdGogGDYCACAGQQFqIQYgByEADAELDAELCyAAJAAgBguJmwEGBn8BfhF/An4EfwJ7IAVBAnQhGSAFQQN0IRogBCAZQQlsaiEVAkADQCAAIAFPDQEgBiAFTw0BIAQgBkECdGohFiAVIAZBA3RqIRdBACEYIAAhCCAAIRsgABAAIRxBACEJAkACQAJAA0AgHA0BIBtBEGohGyAbEAAhHAwACwsgGyAcaGohByAcIBxBAWtxIRwgByAIayESIBJFDQFBACETAkACQAJAAkACQAwEC0HFu/KIeCEPQcXGBCEQIAghCgJAA0AgCiAHTw0BIAooAgAhESAHIAprQQRJBEAgEUF/QSAgByAKa0EDdGt2cSERCyAPIBFzQZODgAhsIQ8gDyAPQQ92cyEPIBAgEWpBldPH3gVsIRAgECAQQQ12cyEQIApBBGohCgwACwsgFiAINgIAIBYgGWogEjYCACAWIBlBAXRqIA82AgAgFiAZQQNsaiAQNgIADAMLAkAgEkEBRiAILQAAQS1GcSEUIBQNACASQQ9LDQVBASASdEEBa60hHyAfpyAI/QAEAEEu/Q/9I/1kcSEgICBpQQNHDQUgH6cgH6cgICAI/QAEAEEw/Q/9cUEK/Q/9Jv1kcnFHDQUgIGghISAgICBBAWtxISAgIGghIiAgICBBAWtxISAgIGghIyAiICFrQQFrISIgIyAhayAia0ECayEjIBIgIWsgImsgI2tBA2shDiAhQQFrQQJLICJBAWtBAktyICNBAWtBAksgDkEBa0ECS3JyDQUgCP0ABABBMP0P/XEgIUEBa0EbbCAiQQFrQQlsaiAjQQFrQQNsIA5BAWtqakEEdP0ABAD9DiEkICT9iQH9DGQACgABAAAAZAAKAAEAAAD9ugEhJSAk/YoB/QxkAAoAAQAAAGQACgABAAAA/boBISQgJf0bACAl/RsBaiEhICX9GwIgJf0bA2ohIiAk/RsAICT9GwFqISMgJP0bAiAk/RsDaiEOICEgInIgIyAOcnJB/wFLDQUgIUEYdCAiQRB0ciAjQQh0IA5yciENCyAXQQAgGiATQQJGG2pEAAAAAAAA8L8gDbggFBs5AwAMAgsgEkEBRiAILQAAQS1GcQRAQn8hDAUgEkEPSw0EQgAhDCAIIQogEkEIayASIBJBCEsbIR0DQEJ/QcAAIB1BA3RrrYghHyAKKQMAQrDgwIGDhoyYMIUgH4MhHkIAIB5C9uzZs+fOnbv2AHwgHoQgH0KAgYKEiJCgwIB/g4NSDQUgHkEIIB1rQQN0rYYhHiAeQoEUfkIIiCEeIB5C/4H8h/CfwP8Ag0KBgJADfkIQiCEeIB5C//+DgPD/P4NCgYCAgIDiCX5CIIghHiAMQoDC1y9+IB58IQwgCiAdaiEKIAogB0kEQEEIIR0MAQsLCwJAAkACQAJAIBNBBGsOBwAAAAICAgIBCyAMQv8BQv//AyATQQZGG1UNBiAWIBkgE2xqIAynNgIADAILIAxC/////wdVDQUgFiAZQQdsaiAMpzYCAAwBCyAXIBogE0EFa2xqQgAgDCAMQgBTIBNBCE1xG7k5AwALDAELQX8hFCASQQFGIAgtAABBLUZxBEBBACEUCyATQQtGBEAgEkEGRgRAIAgoAgBBwYaNqgRGIAhBBGovAQBB0KgBRnEEQEEBIRQLIAgoAgBB0oqpqgRGIAhBBGovAQBBw6gBRnEEQEECIRQLCyAUQQBIDQMgGCAUciEYDAELIBNBDEYEQCASQQJGIAgvAQBBz5YBRnEEQEEAIRQLIBJBBkYgCCgCAEHOnpGKBEYgCEEEai8BAEHUggFGcXEEQEEBIRQLIBJBCEYgCCkDAELTlqWCxaiQqsEAUXEEQEECIRQLIBRBAEgNAyAYIBRBBHRyIRgMAQsgEkEHRiAIKAIAQencnZMHRiAIQQNqKAIAQfLKzZsHRnFxBEBBASEUCyASQQZGIAgoAgBB5c7JqwZGIAhBBGovAQBB8+YBRnFxBEBBAiEUCyAUQQBIDQIgGCAUQQh0ciEYCyAHLQAAQSBHDQEgB0EBaiEIAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNAUEAIRMCQAJAAkACQAJADAQLQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAABBIEcNASAHQQFqIQgCQANAIBwNASAbQRBqIRsgGxAAIRwMAAsLIBsgHGhqIQcgHCAcQQFrcSEcIAcgCGshEiASRQ0BQQEhEwJAAkACQAJAAkAMAAtBxbvyiHghD0HFxgQhECAIIQoCQANAIAogB08NASAKKAIAIREgByAKa0EESQRAIBFBf0EgIAcgCmtBA3RrdnEhEQsgDyARc0GTg4AIbCEPIA8gD0EPdnMhDyAQIBFqQZXTx94FbCEQIBAgEEENdnMhECAKQQRqIQoMAAsLIBYgCDYCACAWIBlqIBI2AgAgFiAZQQF0aiAPNgIAIBYgGUEDbGogEDYCAAwDCwJAIBJBAUYgCC0AAEEtRnEhFCAUDQAgEkEPSw0FQQEgEnRBAWutIR8gH6cgCP0ABABBLv0P/SP9ZHEhICAgaUEDRw0FIB+nIB+nICAgCP0ABABBMP0P/XFBCv0P/Sb9ZHJxRw0FICBoISEgICAgQQFrcSEgICBoISIgICAgQQFrcSEgICBoISMgIiAha0EBayEiICMgIWsgImtBAmshIyASICFrICJrICNrQQNrIQ4gIUEBa0ECSyAiQQFrQQJLciAjQQFrQQJLIA5BAWtBAktycg0FIAj9AAQAQTD9D/1xICFBAWtBG2wgIkEBa0EJbGogI0EBa0EDbCAOQQFrampBBHT9AAQA/Q4hJCAk/YkB/QxkAAoAAQAAAGQACgABAAAA/boBISUgJP2KAf0MZAAKAAEAAABkAAoAAQAAAP26ASEkICX9GwAgJf0bAWohISAl/RsCICX9GwNqISIgJP0bACAk/RsBaiEjICT9GwIgJP0bA2ohDiAhICJyICMgDnJyQf8BSw0FICFBGHQgIkEQdHIgI0EIdCAOcnIhDQsgF0EAIBogE0ECRhtqRAAAAAAAAPC/IA24IBQbOQMADAILIBJBAUYgCC0AAEEtRnEEQEJ/IQwFIBJBD0sNBEIAIQwgCCEKIBJBCGsgEiASQQhLGyEdA0BCf0HAACAdQQN0a62IIR8gCikDAEKw4MCBg4aMmDCFIB+DIR5CACAeQvbs2bPnzp279gB8IB6EIB9CgIGChIiQoMCAf4ODUg0FIB5BCCAda0EDdK2GIR4gHkKBFH5CCIghHiAeQv+B/Ifwn8D/AINCgYCQA35CEIghHiAeQv//g4Dw/z+DQoGAgICA4gl+QiCIIR4gDEKAwtcvfiAefCEMIAogHWohCiAKIAdJBEBBCCEdDAELCwsCQAJAAkACQCATQQRrDgcAAAACAgICAQsgDEL/AUL//wMgE0EGRhtVDQYgFiAZIBNsaiAMpzYCAAwCCyAMQv////8HVQ0FIBYgGUEHbGogDKc2AgAMAQsgFyAaIBNBBWtsakIAIAwgDEIAUyATQQhNcRu5OQMACwwBC0F/IRQgEkEBRiAILQAAQS1GcQRAQQAhFAsgE0ELRgRAIBJBBkYEQCAIKAIAQcGGjaoERiAIQQRqLwEAQdCoAUZxBEBBASEUCyAIKAIAQdKKqaoERiAIQQRqLwEAQcOoAUZxBEBBAiEUCwsgFEEASA0DIBggFHIhGAwBCyATQQxGBEAgEkECRiAILwEAQc+WAUZxBEBBACEUCyASQQZGIAgoAgBBzp6RigRGIAhBBGovAQBB1IIBRnFxBEBBASEUCyASQQhGIAgpAwBC05algsWokKrBAFFxBEBBAiEUCyAUQQBIDQMgGCAUQQR0ciEYDAELIBJBB0YgCCgCAEHp3J2TB0YgCEEDaigCAEHyys2bB0ZxcQRAQQEhFAsgEkEGRiAIKAIAQeXOyasGRiAIQQRqLwEAQfPmAUZxcQRAQQIhFAsgFEEASA0CIBggFEEIdHIhGAsgBy0AAEEgRw0BIAdBAWohCAJAA0AgHA0BIBtBEGohGyAbEAAhHAwACwsgGyAcaGohByAcIBxBAWtxIRwgByAIayESIBJFDQFBAiETAkACQAJAAkACQAwBC0HFu/KIeCEPQcXGBCEQIAghCgJAA0AgCiAHTw0BIAooAgAhESAHIAprQQRJBEAgEUF/QSAgByAKa0EDdGt2cSERCyAPIBFzQZODgAhsIQ8gDyAPQQ92cyEPIBAgEWpBldPH3gVsIRAgECAQQQ12cyEQIApBBGohCgwACwsgFiAINgIAIBYgGWogEjYCACAWIBlBAXRqIA82AgAgFiAZQQNsaiAQNgIADAMLAkAgEkEBRiAILQAAQS1GcSEUIBQNACASQQ9LDQVBASASdEEBa60hHyAfpyAI/QAEAEEu/Q/9I/1kcSEgICBpQQNHDQUgH6cgH6cgICAI/QAEAEEw/Q/9cUEK/Q/9Jv1kcnFHDQUgIGghISAgICBBAWtxISAgIGghIiAgICBBAWtxISAgIGghIyAiICFrQQFrISIgIyAhayAia0ECayEjIBIgIWsgImsgI2tBA2shDiAhQQFrQQJLICJBAWtBAktyICNBAWtBAksgDkEBa0ECS3JyDQUgCP0ABABBMP0P/XEgIUEBa0EbbCAiQQFrQQlsaiAjQQFrQQNsIA5BAWtqakEEdP0ABAD9DiEkICT9iQH9DGQACgABAAAAZAAKAAEAAAD9ugEhJSAk/YoB/QxkAAoAAQAAAGQACgABAAAA/boBISQgJf0bACAl/RsBaiEhICX9GwIgJf0bA2ohIiAk/RsAICT9GwFqISMgJP0bAiAk/RsDaiEOICEgInIgIyAOcnJB/wFLDQUgIUEYdCAiQRB0ciAjQQh0IA5yciENCyAXQQAgGiATQQJGG2pEAAAAAAAA8L8gDbggFBs5AwAMAgsgEkEBRiAILQAAQS1GcQRAQn8hDAUgEkEPSw0EQgAhDCAIIQogEkEIayASIBJBCEsbIR0DQEJ/QcAAIB1BA3RrrYghHyAKKQMAQrDgwIGDhoyYMIUgH4MhHkIAIB5C9uzZs+fOnbv2AHwgHoQgH0KAgYKEiJCgwIB/g4NSDQUgHkEIIB1rQQN0rYYhHiAeQoEUfkIIiCEeIB5C/4H8h/CfwP8Ag0KBgJADfkIQiCEeIB5C//+DgPD/P4NCgYCAgIDiCX5CIIghHiAMQoDC1y9+IB58IQwgCiAdaiEKIAogB0kEQEEIIR0MAQsLCwJAAkACQAJAIBNBBGsOBwAAAAICAgIBCyAMQv8BQv//AyATQQZGG1UNBiAWIBkgE2xqIAynNgIADAILIAxC/////wdVDQUgFiAZQQdsaiAMpzYCAAwBCyAXIBogE0EFa2xqQgAgDCAMQgBTIBNBCE1xG7k5AwALDAELQX8hFCASQQFGIAgtAABBLUZxBEBBACEUCyATQQtGBEAgEkEGRgRAIAgoAgBBwYaNqgRGIAhBBGovAQBB0KgBRnEEQEEBIRQLIAgoAgBB0oqpqgRGIAhBBGovAQBBw6gBRnEEQEECIRQLCyAUQQBIDQMgGCAUciEYDAELIBNBDEYEQCASQQJGIAgvAQBBz5YBRnEEQEEAIRQLIBJBBkYgCCgCAEHOnpGKBEYgCEEEai8BAEHUggFGcXEEQEEBIRQLIBJBCEYgCCkDAELTlqWCxaiQqsEAUXEEQEECIRQLIBRBAEgNAyAYIBRBBHRyIRgMAQsgEkEHRiAIKAIAQencnZMHRiAIQQNqKAIAQfLKzZsHRnFxBEBBASEUCyASQQZGIAgoAgBB5c7JqwZGIAhBBGovAQBB8+YBRnFxBEBBAiEUCyAUQQBIDQIgGCAUQQh0ciEYCyAHLQAAQSBHDQEgB0EBaiEIAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNAUEDIRMCQAJAAkACQAJADAELQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAABBIEcNASAHQQFqIQgCQANAIBwNASAbQRBqIRsgGxAAIRwMAAsLIBsgHGhqIQcgHCAcQQFrcSEcIAcgCGshEiASRQ0BQQQhEwJAAkACQAJAAkAMAgtBxbvyiHghD0HFxgQhECAIIQoCQANAIAogB08NASAKKAIAIREgByAKa0EESQRAIBFBf0EgIAcgCmtBA3RrdnEhEQsgDyARc0GTg4AIbCEPIA8gD0EPdnMhDyAQIBFqQZXTx94FbCEQIBAgEEENdnMhECAKQQRqIQoMAAsLIBYgCDYCACAWIBlqIBI2AgAgFiAZQQF0aiAPNgIAIBYgGUEDbGogEDYCAAwDCwJAIBJBAUYgCC0AAEEtRnEhFCAUDQAgEkEPSw0FQQEgEnRBAWutIR8gH6cgCP0ABABBLv0P/SP9ZHEhICAgaUEDRw0FIB+nIB+nICAgCP0ABABBMP0P/XFBCv0P/Sb9ZHJxRw0FICBoISEgICAgQQFrcSEgICBoISIgICAgQQFrcSEgICBoISMgIiAha0EBayEiICMgIWsgImtBAmshIyASICFrICJrICNrQQNrIQ4gIUEBa0ECSyAiQQFrQQJLciAjQQFrQQJLIA5BAWtBAktycg0FIAj9AAQAQTD9D/1xICFBAWtBG2wgIkEBa0EJbGogI0EBa0EDbCAOQQFrampBBHT9AAQA/Q4hJCAk/YkB/QxkAAoAAQAAAGQACgABAAAA/boBISUgJP2KAf0MZAAKAAEAAABkAAoAAQAAAP26ASEkICX9GwAgJf0bAWohISAl/RsCICX9GwNqISIgJP0bACAk/RsBaiEjICT9GwIgJP0bA2ohDiAhICJyICMgDnJyQf8BSw0FICFBGHQgIkEQdHIgI0EIdCAOcnIhDQsgF0EAIBogE0ECRhtqRAAAAAAAAPC/IA24IBQbOQMADAILIBJBAUYgCC0AAEEtRnEEQEJ/IQwFIBJBD0sNBEIAIQwgCCEKIBJBCGsgEiASQQhLGyEdA0BCf0HAACAdQQN0a62IIR8gCikDAEKw4MCBg4aMmDCFIB+DIR5CACAeQvbs2bPnzp279gB8IB6EIB9CgIGChIiQoMCAf4ODUg0FIB5BCCAda0EDdK2GIR4gHkKBFH5CCIghHiAeQv+B/Ifwn8D/AINCgYCQA35CEIghHiAeQv//g4Dw/z+DQoGAgICA4gl+QiCIIR4gDEKAwtcvfiAefCEMIAogHWohCiAKIAdJBEBBCCEdDAELCwsCQAJAAkACQCATQQRrDgcAAAACAgICAQsgDEL/AUL//wMgE0EGRhtVDQYgFiAZIBNsaiAMpzYCAAwCCyAMQv////8HVQ0FIBYgGUEHbGogDKc2AgAMAQsgFyAaIBNBBWtsakIAIAwgDEIAUyATQQhNcRu5OQMACwwBC0F/IRQgEkEBRiAILQAAQS1GcQRAQQAhFAsgE0ELRgRAIBJBBkYEQCAIKAIAQcGGjaoERiAIQQRqLwEAQdCoAUZxBEBBASEUCyAIKAIAQdKKqaoERiAIQQRqLwEAQcOoAUZxBEBBAiEUCwsgFEEASA0DIBggFHIhGAwBCyATQQxGBEAgEkECRiAILwEAQc+WAUZxBEBBACEUCyASQQZGIAgoAgBBzp6RigRGIAhBBGovAQBB1IIBRnFxBEBBASEUCyASQQhGIAgpAwBC05algsWokKrBAFFxBEBBAiEUCyAUQQBIDQMgGCAUQQR0ciEYDAELIBJBB0YgCCgCAEHp3J2TB0YgCEEDaigCAEHyys2bB0ZxcQRAQQEhFAsgEkEGRiAIKAIAQeXOyasGRiAIQQRqLwEAQfPmAUZxcQRAQQIhFAsgFEEASA0CIBggFEEIdHIhGAsgBy0AAEEgRw0BIAdBAWohCAJAA0AgHA0BIBtBEGohGyAbEAAhHAwACwsgGyAcaGohByAcIBxBAWtxIRwgByAIayESIBJFDQFBBSETAkACQAJAAkACQAwCC0HFu/KIeCEPQcXGBCEQIAghCgJAA0AgCiAHTw0BIAooAgAhESAHIAprQQRJBEAgEUF/QSAgByAKa0EDdGt2cSERCyAPIBFzQZODgAhsIQ8gDyAPQQ92cyEPIBAgEWpBldPH3gVsIRAgECAQQQ12cyEQIApBBGohCgwACwsgFiAINgIAIBYgGWogEjYCACAWIBlBAXRqIA82AgAgFiAZQQNsaiAQNgIADAMLAkAgEkEBRiAILQAAQS1GcSEUIBQNACASQQ9LDQVBASASdEEBa60hHyAfpyAI/QAEAEEu/Q/9I/1kcSEgICBpQQNHDQUgH6cgH6cgICAI/QAEAEEw/Q/9cUEK/Q/9Jv1kcnFHDQUgIGghISAgICBBAWtxISAgIGghIiAgICBBAWtxISAgIGghIyAiICFrQQFrISIgIyAhayAia0ECayEjIBIgIWsgImsgI2tBA2shDiAhQQFrQQJLICJBAWtBAktyICNBAWtBAksgDkEBa0ECS3JyDQUgCP0ABABBMP0P/XEgIUEBa0EbbCAiQQFrQQlsaiAjQQFrQQNsIA5BAWtqakEEdP0ABAD9DiEkICT9iQH9DGQACgABAAAAZAAKAAEAAAD9ugEhJSAk/YoB/QxkAAoAAQAAAGQACgABAAAA/boBISQgJf0bACAl/RsBaiEhICX9GwIgJf0bA2ohIiAk/RsAICT9GwFqISMgJP0bAiAk/RsDaiEOICEgInIgIyAOcnJB/wFLDQUgIUEYdCAiQRB0ciAjQQh0IA5yciENCyAXQQAgGiATQQJGG2pEAAAAAAAA8L8gDbggFBs5AwAMAgsgEkEBRiAILQAAQS1GcQRAQn8hDAUgEkEPSw0EQgAhDCAIIQogEkEIayASIBJBCEsbIR0DQEJ/QcAAIB1BA3RrrYghHyAKKQMAQrDgwIGDhoyYMIUgH4MhHkIAIB5C9uzZs+fOnbv2AHwgHoQgH0KAgYKEiJCgwIB/g4NSDQUgHkEIIB1rQQN0rYYhHiAeQoEUfkIIiCEeIB5C/4H8h/CfwP8Ag0KBgJADfkIQiCEeIB5C//+DgPD/P4NCgYCAgIDiCX5CIIghHiAMQoDC1y9+IB58IQwgCiAdaiEKIAogB0kEQEEIIR0MAQsLCwJAAkACQAJAIBNBBGsOBwAAAAICAgIBCyAMQv8BQv//AyATQQZGG1UNBiAWIBkgE2xqIAynNgIADAILIAxC/////wdVDQUgFiAZQQdsaiAMpzYCAAwBCyAXIBogE0EFa2xqQgAgDCAMQgBTIBNBCE1xG7k5AwALDAELQX8hFCASQQFGIAgtAABBLUZxBEBBACEUCyATQQtGBEAgEkEGRgRAIAgoAgBBwYaNqgRGIAhBBGovAQBB0KgBRnEEQEEBIRQLIAgoAgBB0oqpqgRGIAhBBGovAQBBw6gBRnEEQEECIRQLCyAUQQBIDQMgGCAUciEYDAELIBNBDEYEQCASQQJGIAgvAQBBz5YBRnEEQEEAIRQLIBJBBkYgCCgCAEHOnpGKBEYgCEEEai8BAEHUggFGcXEEQEEBIRQLIBJBCEYgCCkDAELTlqWCxaiQqsEAUXEEQEECIRQLIBRBAEgNAyAYIBRBBHRyIRgMAQsgEkEHRiAIKAIAQencnZMHRiAIQQNqKAIAQfLKzZsHRnFxBEBBASEUCyASQQZGIAgoAgBB5c7JqwZGIAhBBGovAQBB8+YBRnFxBEBBAiEUCyAUQQBIDQIgGCAUQQh0ciEYCyAHLQAAQSBHDQEgB0EBaiEIAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNAUEGIRMCQAJAAkACQAJADAILQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAABBIEcNASAHQQFqIQgCQANAIBwNASAbQRBqIRsgGxAAIRwMAAsLIBsgHGhqIQcgHCAcQQFrcSEcIAcgCGshEiASRQ0BQQchEwJAAkACQAJAAkAMAgtBxbvyiHghD0HFxgQhECAIIQoCQANAIAogB08NASAKKAIAIREgByAKa0EESQRAIBFBf0EgIAcgCmtBA3RrdnEhEQsgDyARc0GTg4AIbCEPIA8gD0EPdnMhDyAQIBFqQZXTx94FbCEQIBAgEEENdnMhECAKQQRqIQoMAAsLIBYgCDYCACAWIBlqIBI2AgAgFiAZQQF0aiAPNgIAIBYgGUEDbGogEDYCAAwDCwJAIBJBAUYgCC0AAEEtRnEhFCAUDQAgEkEPSw0FQQEgEnRBAWutIR8gH6cgCP0ABABBLv0P/SP9ZHEhICAgaUEDRw0FIB+nIB+nICAgCP0ABABBMP0P/XFBCv0P/Sb9ZHJxRw0FICBoISEgICAgQQFrcSEgICBoISIgICAgQQFrcSEgICBoISMgIiAha0EBayEiICMgIWsgImtBAmshIyASICFrICJrICNrQQNrIQ4gIUEBa0ECSyAiQQFrQQJLciAjQQFrQQJLIA5BAWtBAktycg0FIAj9AAQAQTD9D/1xICFBAWtBG2wgIkEBa0EJbGogI0EBa0EDbCAOQQFrampBBHT9AAQA/Q4hJCAk/YkB/QxkAAoAAQAAAGQACgABAAAA/boBISUgJP2KAf0MZAAKAAEAAABkAAoAAQAAAP26ASEkICX9GwAgJf0bAWohISAl/RsCICX9GwNqISIgJP0bACAk/RsBaiEjICT9GwIgJP0bA2ohDiAhICJyICMgDnJyQf8BSw0FICFBGHQgIkEQdHIgI0EIdCAOcnIhDQsgF0EAIBogE0ECRhtqRAAAAAAAAPC/IA24IBQbOQMADAILIBJBAUYgCC0AAEEtRnEEQEJ/IQwFIBJBD0sNBEIAIQwgCCEKIBJBCGsgEiASQQhLGyEdA0BCf0HAACAdQQN0a62IIR8gCikDAEKw4MCBg4aMmDCFIB+DIR5CACAeQvbs2bPnzp279gB8IB6EIB9CgIGChIiQoMCAf4ODUg0FIB5BCCAda0EDdK2GIR4gHkKBFH5CCIghHiAeQv+B/Ifwn8D/AINCgYCQA35CEIghHiAeQv//g4Dw/z+DQoGAgICA4gl+QiCIIR4gDEKAwtcvfiAefCEMIAogHWohCiAKIAdJBEBBCCEdDAELCwsCQAJAAkACQCATQQRrDgcAAAACAgICAQsgDEL/AUL//wMgE0EGRhtVDQYgFiAZIBNsaiAMpzYCAAwCCyAMQv////8HVQ0FIBYgGUEHbGogDKc2AgAMAQsgFyAaIBNBBWtsakIAIAwgDEIAUyATQQhNcRu5OQMACwwBC0F/IRQgEkEBRiAILQAAQS1GcQRAQQAhFAsgE0ELRgRAIBJBBkYEQCAIKAIAQcGGjaoERiAIQQRqLwEAQdCoAUZxBEBBASEUCyAIKAIAQdKKqaoERiAIQQRqLwEAQcOoAUZxBEBBAiEUCwsgFEEASA0DIBggFHIhGAwBCyATQQxGBEAgEkECRiAILwEAQc+WAUZxBEBBACEUCyASQQZGIAgoAgBBzp6RigRGIAhBBGovAQBB1IIBRnFxBEBBASEUCyASQQhGIAgpAwBC05algsWokKrBAFFxBEBBAiEUCyAUQQBIDQMgGCAUQQR0ciEYDAELIBJBB0YgCCgCAEHp3J2TB0YgCEEDaigCAEHyys2bB0ZxcQRAQQEhFAsgEkEGRiAIKAIAQeXOyasGRiAIQQRqLwEAQfPmAUZxcQRAQQIhFAsgFEEASA0CIBggFEEIdHIhGAsgBy0AAEEgRw0BIAdBAWohCAJAA0AgHA0BIBtBEGohGyAbEAAhHAwACwsgGyAcaGohByAcIBxBAWtxIRwgByAIayESIBJFDQFBCCETAkACQAJAAkACQAwCC0HFu/KIeCEPQcXGBCEQIAghCgJAA0AgCiAHTw0BIAooAgAhESAHIAprQQRJBEAgEUF/QSAgByAKa0EDdGt2cSERCyAPIBFzQZODgAhsIQ8gDyAPQQ92cyEPIBAgEWpBldPH3gVsIRAgECAQQQ12cyEQIApBBGohCgwACwsgFiAINgIAIBYgGWogEjYCACAWIBlBAXRqIA82AgAgFiAZQQNsaiAQNgIADAMLAkAgEkEBRiAILQAAQS1GcSEUIBQNACASQQ9LDQVBASASdEEBa60hHyAfpyAI/QAEAEEu/Q/9I/1kcSEgICBpQQNHDQUgH6cgH6cgICAI/QAEAEEw/Q/9cUEK/Q/9Jv1kcnFHDQUgIGghISAgICBBAWtxISAgIGghIiAgICBBAWtxISAgIGghIyAiICFrQQFrISIgIyAhayAia0ECayEjIBIgIWsgImsgI2tBA2shDiAhQQFrQQJLICJBAWtBAktyICNBAWtBAksgDkEBa0ECS3JyDQUgCP0ABABBMP0P/XEgIUEBa0EbbCAiQQFrQQlsaiAjQQFrQQNsIA5BAWtqakEEdP0ABAD9DiEkICT9iQH9DGQACgABAAAAZAAKAAEAAAD9ugEhJSAk/YoB/QxkAAoAAQAAAGQACgABAAAA/boBISQgJf0bACAl/RsBaiEhICX9GwIgJf0bA2ohIiAk/RsAICT9GwFqISMgJP0bAiAk/RsDaiEOICEgInIgIyAOcnJB/wFLDQUgIUEYdCAiQRB0ciAjQQh0IA5yciENCyAXQQAgGiATQQJGG2pEAAAAAAAA8L8gDbggFBs5AwAMAgsgEkEBRiAILQAAQS1GcQRAQn8hDAUgEkEPSw0EQgAhDCAIIQogEkEIayASIBJBCEsbIR0DQEJ/QcAAIB1BA3RrrYghHyAKKQMAQrDgwIGDhoyYMIUgH4MhHkIAIB5C9uzZs+fOnbv2AHwgHoQgH0KAgYKEiJCgwIB/g4NSDQUgHkEIIB1rQQN0rYYhHiAeQoEUfkIIiCEeIB5C/4H8h/CfwP8Ag0KBgJADfkIQiCEeIB5C//+DgPD/P4NCgYCAgIDiCX5CIIghHiAMQoDC1y9+IB58IQwgCiAdaiEKIAogB0kEQEEIIR0MAQsLCwJAAkACQAJAIBNBBGsOBwAAAAICAgIBCyAMQv8BQv//AyATQQZGG1UNBiAWIBkgE2xqIAynNgIADAILIAxC/////wdVDQUgFiAZQQdsaiAMpzYCAAwBCyAXIBogE0EFa2xqQgAgDCAMQgBTIBNBCE1xG7k5AwALDAELQX8hFCASQQFGIAgtAABBLUZxBEBBACEUCyATQQtGBEAgEkEGRgRAIAgoAgBBwYaNqgRGIAhBBGovAQBB0KgBRnEEQEEBIRQLIAgoAgBB0oqpqgRGIAhBBGovAQBBw6gBRnEEQEECIRQLCyAUQQBIDQMgGCAUciEYDAELIBNBDEYEQCASQQJGIAgvAQBBz5YBRnEEQEEAIRQLIBJBBkYgCCgCAEHOnpGKBEYgCEEEai8BAEHUggFGcXEEQEEBIRQLIBJBCEYgCCkDAELTlqWCxaiQqsEAUXEEQEECIRQLIBRBAEgNAyAYIBRBBHRyIRgMAQsgEkEHRiAIKAIAQencnZMHRiAIQQNqKAIAQfLKzZsHRnFxBEBBASEUCyASQQZGIAgoAgBB5c7JqwZGIAhBBGovAQBB8+YBRnFxBEBBAiEUCyAUQQBIDQIgGCAUQQh0ciEYCyAHLQAAQSBHDQEgB0EBaiEIAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNAUEJIRMCQAJAAkACQAJADAILQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAABBIEcNASAHQQFqIQgCQANAIBwNASAbQRBqIRsgGxAAIRwMAAsLIBsgHGhqIQcgHCAcQQFrcSEcIAcgCGshEiASRQ0BQQohEwJAAkACQAJAAkAMAgtBxbvyiHghD0HFxgQhECAIIQoCQANAIAogB08NASAKKAIAIREgByAKa0EESQRAIBFBf0EgIAcgCmtBA3RrdnEhEQsgDyARc0GTg4AIbCEPIA8gD0EPdnMhDyAQIBFqQZXTx94FbCEQIBAgEEENdnMhECAKQQRqIQoMAAsLIBYgCDYCACAWIBlqIBI2AgAgFiAZQQF0aiAPNgIAIBYgGUEDbGogEDYCAAwDCwJAIBJBAUYgCC0AAEEtRnEhFCAUDQAgEkEPSw0FQQEgEnRBAWutIR8gH6cgCP0ABABBLv0P/SP9ZHEhICAgaUEDRw0FIB+nIB+nICAgCP0ABABBMP0P/XFBCv0P/Sb9ZHJxRw0FICBoISEgICAgQQFrcSEgICBoISIgICAgQQFrcSEgICBoISMgIiAha0EBayEiICMgIWsgImtBAmshIyASICFrICJrICNrQQNrIQ4gIUEBa0ECSyAiQQFrQQJLciAjQQFrQQJLIA5BAWtBAktycg0FIAj9AAQAQTD9D/1xICFBAWtBG2wgIkEBa0EJbGogI0EBa0EDbCAOQQFrampBBHT9AAQA/Q4hJCAk/YkB/QxkAAoAAQAAAGQACgABAAAA/boBISUgJP2KAf0MZAAKAAEAAABkAAoAAQAAAP26ASEkICX9GwAgJf0bAWohISAl/RsCICX9GwNqISIgJP0bACAk/RsBaiEjICT9GwIgJP0bA2ohDiAhICJyICMgDnJyQf8BSw0FICFBGHQgIkEQdHIgI0EIdCAOcnIhDQsgF0EAIBogE0ECRhtqRAAAAAAAAPC/IA24IBQbOQMADAILIBJBAUYgCC0AAEEtRnEEQEJ/IQwFIBJBD0sNBEIAIQwgCCEKIBJBCGsgEiASQQhLGyEdA0BCf0HAACAdQQN0a62IIR8gCikDAEKw4MCBg4aMmDCFIB+DIR5CACAeQvbs2bPnzp279gB8IB6EIB9CgIGChIiQoMCAf4ODUg0FIB5BCCAda0EDdK2GIR4gHkKBFH5CCIghHiAeQv+B/Ifwn8D/AINCgYCQA35CEIghHiAeQv//g4Dw/z+DQoGAgICA4gl+QiCIIR4gDEKAwtcvfiAefCEMIAogHWohCiAKIAdJBEBBCCEdDAELCwsCQAJAAkACQCATQQRrDgcAAAACAgICAQsgDEL/AUL//wMgE0EGRhtVDQYgFiAZIBNsaiAMpzYCAAwCCyAMQv////8HVQ0FIBYgGUEHbGogDKc2AgAMAQsgFyAaIBNBBWtsakIAIAwgDEIAUyATQQhNcRu5OQMACwwBC0F/IRQgEkEBRiAILQAAQS1GcQRAQQAhFAsgE0ELRgRAIBJBBkYEQCAIKAIAQcGGjaoERiAIQQRqLwEAQdCoAUZxBEBBASEUCyAIKAIAQdKKqaoERiAIQQRqLwEAQcOoAUZxBEBBAiEUCwsgFEEASA0DIBggFHIhGAwBCyATQQxGBEAgEkECRiAILwEAQc+WAUZxBEBBACEUCyASQQZGIAgoAgBBzp6RigRGIAhBBGovAQBB1IIBRnFxBEBBASEUCyASQQhGIAgpAwBC05algsWokKrBAFFxBEBBAiEUCyAUQQBIDQMgGCAUQQR0ciEYDAELIBJBB0YgCCgCAEHp3J2TB0YgCEEDaigCAEHyys2bB0ZxcQRAQQEhFAsgEkEGRiAIKAIAQeXOyasGRiAIQQRqLwEAQfPmAUZxcQRAQQIhFAsgFEEASA0CIBggFEEIdHIhGAsgBy0AAEEgRw0BIAdBAWohCAJAA0AgHA0BIBtBEGohGyAbEAAhHAwACwsgGyAcaGohByAcIBxBAWtxIRwgByAIayESIBJFDQFBCyETAkACQAJAAkACQAwDC0HFu/KIeCEPQcXGBCEQIAghCgJAA0AgCiAHTw0BIAooAgAhESAHIAprQQRJBEAgEUF/QSAgByAKa0EDdGt2cSERCyAPIBFzQZODgAhsIQ8gDyAPQQ92cyEPIBAgEWpBldPH3gVsIRAgECAQQQ12cyEQIApBBGohCgwACwsgFiAINgIAIBYgGWogEjYCACAWIBlBAXRqIA82AgAgFiAZQQNsaiAQNgIADAMLAkAgEkEBRiAILQAAQS1GcSEUIBQNACASQQ9LDQVBASASdEEBa60hHyAfpyAI/QAEAEEu/Q/9I/1kcSEgICBpQQNHDQUgH6cgH6cgICAI/QAEAEEw/Q/9cUEK/Q/9Jv1kcnFHDQUgIGghISAgICBBAWtxISAgIGghIiAgICBBAWtxISAgIGghIyAiICFrQQFrISIgIyAhayAia0ECayEjIBIgIWsgImsgI2tBA2shDiAhQQFrQQJLICJBAWtBAktyICNBAWtBAksgDkEBa0ECS3JyDQUgCP0ABABBMP0P/XEgIUEBa0EbbCAiQQFrQQlsaiAjQQFrQQNsIA5BAWtqakEEdP0ABAD9DiEkICT9iQH9DGQACgABAAAAZAAKAAEAAAD9ugEhJSAk/YoB/QxkAAoAAQAAAGQACgABAAAA/boBISQgJf0bACAl/RsBaiEhICX9GwIgJf0bA2ohIiAk/RsAICT9GwFqISMgJP0bAiAk/RsDaiEOICEgInIgIyAOcnJB/wFLDQUgIUEYdCAiQRB0ciAjQQh0IA5yciENCyAXQQAgGiATQQJGG2pEAAAAAAAA8L8gDbggFBs5AwAMAgsgEkEBRiAILQAAQS1GcQRAQn8hDAUgEkEPSw0EQgAhDCAIIQogEkEIayASIBJBCEsbIR0DQEJ/QcAAIB1BA3RrrYghHyAKKQMAQrDgwIGDhoyYMIUgH4MhHkIAIB5C9uzZs+fOnbv2AHwgHoQgH0KAgYKEiJCgwIB/g4NSDQUgHkEIIB1rQQN0rYYhHiAeQoEUfkIIiCEeIB5C/4H8h/CfwP8Ag0KBgJADfkIQiCEeIB5C//+DgPD/P4NCgYCAgIDiCX5CIIghHiAMQoDC1y9+IB58IQwgCiAdaiEKIAogB0kEQEEIIR0MAQsLCwJAAkACQAJAIBNBBGsOBwAAAAICAgIBCyAMQv8BQv//AyATQQZGG1UNBiAWIBkgE2xqIAynNgIADAILIAxC/////wdVDQUgFiAZQQdsaiAMpzYCAAwBCyAXIBogE0EFa2xqQgAgDCAMQgBTIBNBCE1xG7k5AwALDAELQX8hFCASQQFGIAgtAABBLUZxBEBBACEUCyATQQtGBEAgEkEGRgRAIAgoAgBBwYaNqgRGIAhBBGovAQBB0KgBRnEEQEEBIRQLIAgoAgBB0oqpqgRGIAhBBGovAQBBw6gBRnEEQEECIRQLCyAUQQBIDQMgGCAUciEYDAELIBNBDEYEQCASQQJGIAgvAQBBz5YBRnEEQEEAIRQLIBJBBkYgCCgCAEHOnpGKBEYgCEEEai8BAEHUggFGcXEEQEEBIRQLIBJBCEYgCCkDAELTlqWCxaiQqsEAUXEEQEECIRQLIBRBAEgNAyAYIBRBBHRyIRgMAQsgEkEHRiAIKAIAQencnZMHRiAIQQNqKAIAQfLKzZsHRnFxBEBBASEUCyASQQZGIAgoAgBB5c7JqwZGIAhBBGovAQBB8+YBRnFxBEBBAiEUCyAUQQBIDQIgGCAUQQh0ciEYCyAHLQAAQSBHDQEgB0EBaiEIAkADQCAcDQEgG0EQaiEbIBsQACEcDAALCyAbIBxoaiEHIBwgHEEBa3EhHCAHIAhrIRIgEkUNAUEMIRMCQAJAAkACQAJADAMLQcW78oh4IQ9BxcYEIRAgCCEKAkADQCAKIAdPDQEgCigCACERIAcgCmtBBEkEQCARQX9BICAHIAprQQN0a3ZxIRELIA8gEXNBk4OACGwhDyAPIA9BD3ZzIQ8gECARakGV08feBWwhECAQIBBBDXZzIRAgCkEEaiEKDAALCyAWIAg2AgAgFiAZaiASNgIAIBYgGUEBdGogDzYCACAWIBlBA2xqIBA2AgAMAwsCQCASQQFGIAgtAABBLUZxIRQgFA0AIBJBD0sNBUEBIBJ0QQFrrSEfIB+nIAj9AAQAQS79D/0j/WRxISAgIGlBA0cNBSAfpyAfpyAgIAj9AAQAQTD9D/1xQQr9D/0m/WRycUcNBSAgaCEhICAgIEEBa3EhICAgaCEiICAgIEEBa3EhICAgaCEjICIgIWtBAWshIiAjICFrICJrQQJrISMgEiAhayAiayAja0EDayEOICFBAWtBAksgIkEBa0ECS3IgI0EBa0ECSyAOQQFrQQJLcnINBSAI/QAEAEEw/Q/9cSAhQQFrQRtsICJBAWtBCWxqICNBAWtBA2wgDkEBa2pqQQR0/QAEAP0OISQgJP2JAf0MZAAKAAEAAABkAAoAAQAAAP26ASElICT9igH9DGQACgABAAAAZAAKAAEAAAD9ugEhJCAl/RsAICX9GwFqISEgJf0bAiAl/RsDaiEiICT9GwAgJP0bAWohIyAk/RsCICT9GwNqIQ4gISAiciAjIA5yckH/AUsNBSAhQRh0ICJBEHRyICNBCHQgDnJyIQ0LIBdBACAaIBNBAkYbakQAAAAAAADwvyANuCAUGzkDAAwCCyASQQFGIAgtAABBLUZxBEBCfyEMBSASQQ9LDQRCACEMIAghCiASQQhrIBIgEkEISxshHQNAQn9BwAAgHUEDdGutiCEfIAopAwBCsODAgYOGjJgwhSAfgyEeQgAgHkL27Nmz586du/YAfCAehCAfQoCBgoSIkKDAgH+Dg1INBSAeQQggHWtBA3SthiEeIB5CgRR+QgiIIR4gHkL/gfyH8J/A/wCDQoGAkAN+QhCIIR4gHkL//4OA8P8/g0KBgICAgOIJfkIgiCEeIAxCgMLXL34gHnwhDCAKIB1qIQogCiAHSQRAQQghHQwBCwsLAkACQAJAAkAgE0EEaw4HAAAAAgICAgELIAxC/wFC//8DIBNBBkYbVQ0GIBYgGSATbGogDKc2AgAMAgsgDEL/////B1UNBSAWIBlBB2xqIAynNgIADAELIBcgGiATQQVrbGpCACAMIAxCAFMgE0EITXEbuTkDAAsMAQtBfyEUIBJBAUYgCC0AAEEtRnEEQEEAIRQLIBNBC0YEQCASQQZGBEAgCCgCAEHBho2qBEYgCEEEai8BAEHQqAFGcQRAQQEhFAsgCCgCAEHSiqmqBEYgCEEEai8BAEHDqAFGcQRAQQIhFAsLIBRBAEgNAyAYIBRyIRgMAQsgE0EMRgRAIBJBAkYgCC8BAEHPlgFGcQRAQQAhFAsgEkEGRiAIKAIAQc6ekYoERiAIQQRqLwEAQdSCAUZxcQRAQQEhFAsgEkEIRiAIKQMAQtOWpYLFqJCqwQBRcQRAQQIhFAsgFEEASA0DIBggFEEEdHIhGAwBCyASQQdGIAgoAgBB6dydkwdGIAhBA2ooAgBB8srNmwdGcXEEQEEBIRQLIBJBBkYgCCgCAEHlzsmrBkYgCEEEai8BAEHz5gFGcXEEQEECIRQLIBRBAEgNAiAYIBRBCHRyIRgLIActAABBDUYEQCAHQQFqIQcLIActAABBCkcNASAHQQFqIQcLIAcgAUsNAiAWIBlBA3RqIBg2AgAgBkEBaiEGIAchAAwBCwwBCwsgACQAIAYLC5cKAQBBAAuQCv//AP///wL///8E////Bv///wD///8C////BP//Bgf///8A////Av///wT/BgcI////AP///wL//wQF////B////wD///8C//8EBf//Bwj///8A////Av//BAX/BwgJ////AP///wL/BAUG////CP///wD///8C/wQFBv//CAn///8A////Av8EBQb/CAkK////AP//AgP///8F////B////wD//wID////Bf//Bwj///8A//8CA////wX/BwgJ////AP//AgP//wUG////CP///wD//wID//8FBv//CAn///8A//8CA///BQb/CAkK////AP//AgP/BQYH////Cf///wD//wID/wUGB///CQr///8A//8CA/8FBgf/CQoL////AP8CAwT///8G////CP///wD/AgME////Bv//CAn///8A/wIDBP///wb/CAkK////AP8CAwT//wYH////Cf///wD/AgME//8GB///CQr///8A/wIDBP//Bgf/CQoL////AP8CAwT/BgcI////Cv///wD/AgME/wYHCP//Cgv///8A/wIDBP8GBwj/CgsM//8AAf///wP///8F////B///AAH///8D////Bf//Bwj//wAB////A////wX/BwgJ//8AAf///wP//wUG////CP//AAH///8D//8FBv//CAn//wAB////A///BQb/CAkK//8AAf///wP/BQYH////Cf//AAH///8D/wUGB///CQr//wAB////A/8FBgf/CQoL//8AAf//AwT///8G////CP//AAH//wME////Bv//CAn//wAB//8DBP///wb/CAkK//8AAf//AwT//wYH////Cf//AAH//wME//8GB///CQr//wAB//8DBP//Bgf/CQoL//8AAf//AwT/BgcI////Cv//AAH//wME/wYHCP//Cgv//wAB//8DBP8GBwj/CgsM//8AAf8DBAX///8H////Cf//AAH/AwQF////B///CQr//wAB/wMEBf///wf/CQoL//8AAf8DBAX//wcI////Cv//AAH/AwQF//8HCP//Cgv//wAB/wMEBf//Bwj/CgsM//8AAf8DBAX/BwgJ////C///AAH/AwQF/wcICf//Cwz//wAB/wMEBf8HCAn/CwwN/wABAv///wT///8G////CP8AAQL///8E////Bv//CAn/AAEC////BP///wb/CAkK/wABAv///wT//wYH////Cf8AAQL///8E//8GB///CQr/AAEC////BP//Bgf/CQoL/wABAv///wT/BgcI////Cv8AAQL///8E/wYHCP//Cgv/AAEC////BP8GBwj/CgsM/wABAv//BAX///8H////Cf8AAQL//wQF////B///CQr/AAEC//8EBf///wf/CQoL/wABAv//BAX//wcI////Cv8AAQL//wQF//8HCP//Cgv/AAEC//8EBf//Bwj/CgsM/wABAv//BAX/BwgJ////C/8AAQL//wQF/wcICf//Cwz/AAEC//8EBf8HCAn/CwwN/wABAv8EBQb///8I////Cv8AAQL/BAUG////CP//Cgv/AAEC/wQFBv///wj/CgsM/wABAv8EBQb//wgJ////C/8AAQL/BAUG//8ICf//Cwz/AAEC/wQFBv//CAn/CwwN/wABAv8EBQb/CAkK////DP8AAQL/BAUG/wgJCv//DA3/AAEC/wQFBv8ICQr/DA0O/w==';
/** Bytes at the start of the memory that the module fills (its IPv4 shuffles). */
const RESERVED_BYTES = 1296;
/** The specialized scanners (exports of LINES_WASM) by their format's field list. */
const SPECIALIZED_SCANNERS = {
    'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status': 'scanDefault',
};

;// CONCATENATED MODULE: ./src/sources/wasm-lines.ts
/**
 * The WebAssembly line scanner (wasm/lines.wat) behind the parser's fast path.
 *
 * Scanning bytes is what a flow-log reader does most, and WebAssembly does it without the
 * per-byte checks JavaScript's typed arrays carry: the scanner parses batches of lines into
 * column arrays, and this module turns each row into the parser's reused record. It takes the
 * same lines as the generated JavaScript block parser (line-parser.ts) and stops where that one
 * would; tests hold the two to the same records. Where WebAssembly is not available the parser
 * uses the JavaScript one.
 */


const WebAssemblyApi = globalThis.WebAssembly;
/** Rows per batch: the column arrays stay in the first-level cache. */
const BATCH = 512;
/** After the module's own data (its IPv4 shuffles), on a 64-byte boundary. */
const FORMAT_AT = Math.ceil(RESERVED_BYTES / 64) * 64;
const MAX_FIELDS = 256;
const OUT_AT = FORMAT_AT + MAX_FIELDS;
const I32_COLUMNS = 9;
const F64_COLUMNS = 6;
const TEXT_AT = OUT_AT + BATCH * (I32_COLUMNS * 4 + F64_COLUMNS * 8);
/** Text copied in per call; larger stretches go in pieces that end at a line end. */
const TEXT_BYTES = 1 << 20;
/** Word comparisons may read a few bytes past a line's end: keep them inside the memory. */
const SLACK = 64;
const PAGES = Math.ceil((TEXT_AT + TEXT_BYTES + SLACK) / 65536);
let compiled;
function scannerModule() {
    if (compiled === undefined) {
        try {
            compiled = WebAssemblyApi ? new WebAssemblyApi.Module(Buffer.from(LINES_WASM, 'base64')) : null;
        }
        catch {
            compiled = null;
        }
    }
    return compiled ?? undefined;
}
/**
 * A scanner for one format: its own memory, with the format written in once. It keeps nothing
 * between calls, so the parsers of a thread share one per format.
 */
class WasmLines {
    static byFormat = new Map();
    exports;
    /** The scanner for this format: one specialized for it when there is one, else the generic one. */
    scan;
    /** Whether the format has a specialized scanner. */
    specialized;
    u8;
    i32;
    f64;
    fields;
    constructor(exports, memory, format) {
        this.exports = exports;
        const specialized = SPECIALIZED_SCANNERS[format.fields.join(' ')];
        this.specialized = specialized !== undefined;
        this.scan = specialized
            ? (exports[specialized] ?? this.exports.scan)
            : this.exports.scan;
        this.u8 = new Uint8Array(memory.buffer);
        this.i32 = new Int32Array(memory.buffer, OUT_AT, BATCH * I32_COLUMNS);
        this.f64 = new Float64Array(memory.buffer, OUT_AT + BATCH * I32_COLUMNS * 4, BATCH * F64_COLUMNS);
        this.fields = format.slots.length;
        this.u8.set(format.slots, FORMAT_AT);
        // The scanner writes only the columns of the format's fields: the others hold their
        // defaults, set here once.
        const present = new Set(format.slots);
        const fill = (column, index, value) => {
            column.fill(value, index * BATCH, (index + 1) * BATCH);
        };
        if (!present.has(FieldSlot.Interface))
            fill(this.i32, 1, 0);
        if (!present.has(FieldSlot.SrcPort))
            fill(this.i32, 4, -1);
        if (!present.has(FieldSlot.DstPort))
            fill(this.i32, 5, -1);
        if (!present.has(FieldSlot.Protocol))
            fill(this.i32, 6, -1);
        if (!present.has(FieldSlot.TcpFlags))
            fill(this.i32, 7, -1);
        if (!present.has(FieldSlot.SrcAddr))
            fill(this.f64, 0, -1);
        if (!present.has(FieldSlot.DstAddr))
            fill(this.f64, 1, -1);
        if (!present.has(FieldSlot.Packets))
            fill(this.f64, 2, 0);
        if (!present.has(FieldSlot.Bytes))
            fill(this.f64, 3, 0);
        if (!present.has(FieldSlot.Start))
            fill(this.f64, 4, -1);
        if (!present.has(FieldSlot.End))
            fill(this.f64, 5, -1);
    }
    /** The thread's scanner for a format, or undefined where WebAssembly is not available. */
    static forFormat(format) {
        const key = format.fields.join(' ');
        if (!WasmLines.byFormat.has(key))
            WasmLines.byFormat.set(key, WasmLines.create(format));
        return WasmLines.byFormat.get(key);
    }
    static create(format) {
        const module = scannerModule();
        if (module === undefined || format.slots.length === 0 || format.slots.length > MAX_FIELDS)
            return undefined;
        const api = WebAssemblyApi;
        const memory = new api.Memory({ initial: PAGES, maximum: PAGES });
        const instance = new api.Instance(module, { env: { memory } });
        return new WasmLines(instance.exports, memory, format);
    }
    /**
     * Parses the complete lines of `buf[pos, end)` (`end` is just past a newline): the lines in the
     * common shape go to `onRecord`, each other line to `onOther` (its start and newline in `buf`,
     * and how many lines went to `onRecord` since the last call, so that line numbers stay right).
     * Returns how many lines went to `onRecord` after the last `onOther`.
     */
    run(buf, pos, end, r, interfaces, onRecord, onOther) {
        let taken = 0;
        while (pos < end) {
            let pieceEnd = end;
            if (end - pos > TEXT_BYTES) {
                pieceEnd = buf.lastIndexOf(10, pos + TEXT_BYTES - 1) + 1;
                if (pieceEnd <= pos) {
                    // One line longer than the text area: the JavaScript parser takes it.
                    const newline = buf.indexOf(10, pos);
                    onOther(buf, pos, newline, taken);
                    taken = 0;
                    pos = newline + 1;
                    continue;
                }
            }
            // The piece is copied in once; the scanner resumes after each line it leaves.
            this.u8.set(buf.subarray(pos, pieceEnd), TEXT_AT);
            const shift = pos - TEXT_AT;
            const limit = TEXT_AT + (pieceEnd - pos);
            let p = TEXT_AT;
            while (p < limit) {
                const n = this.scan(p, limit, FORMAT_AT, this.fields, OUT_AT, BATCH);
                this.deliver(n, r, interfaces, onRecord);
                taken += n;
                p = this.exports.stop.value;
                if (p >= limit || n === BATCH)
                    continue;
                const newline = buf.indexOf(10, p + shift);
                onOther(buf, p + shift, newline, taken);
                taken = 0;
                p = newline + 1 - shift;
            }
            pos = pieceEnd;
        }
        return taken;
    }
    /** Hands out the rows of a batch, one at a time, in the reused record. */
    deliver(n, r, interfaces, onRecord) {
        const i32 = this.i32;
        const f64 = this.f64;
        const u8 = this.u8;
        r.srcV6 = undefined;
        r.dstV6 = undefined;
        r.count = 1;
        for (let i = 0; i < n; i++) {
            const idStart = i32[i];
            const idLength = i32[BATCH + i];
            r.interfaceIndex =
                idLength === 0 || (idLength === 1 && u8[idStart] === 45)
                    ? -1
                    : interfaces.internHashed(u8, idStart, idStart + idLength, i32[2 * BATCH + i], i32[3 * BATCH + i]);
            r.srcPort = i32[4 * BATCH + i];
            r.dstPort = i32[5 * BATCH + i];
            r.protocol = i32[6 * BATCH + i];
            r.tcpFlags = i32[7 * BATCH + i];
            const words = i32[8 * BATCH + i];
            r.action = words & 15;
            r.status = (words >> 4) & 15;
            r.direction = words >> 8;
            r.src4 = f64[i];
            r.dst4 = f64[BATCH + i];
            r.packets = f64[2 * BATCH + i];
            r.bytes = f64[3 * BATCH + i];
            r.start = f64[4 * BATCH + i];
            r.end = f64[5 * BATCH + i];
            onRecord(r);
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/parse.ts
/**
 * The byte-level flow-log line parser.
 *
 * It walks the bytes of each chunk once, converting numbers and IPv4 addresses in place, and fills
 * one reused {@link FlowRecord}; it never splits a line into strings. A line that is not a record
 * is reported to the sink with its line number and the parser moves on to the next line.
 */





const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
/** AWS's records are under 1 KiB: a line past this is no record, and is skipped unread. */
const MAX_LINE_BYTES = 64 * 1024;
/** Blank lines after which runs of them are skipped by parseLines (see `blankLines`). */
const BLANK_HEAVY = 4096;
/** A run of blank lines worth skipping without the scanner. */
const BLANK_RUN = Buffer.alloc(16, 10);
const CR = 13;
const DASH = 45;
const MISSING = -1;
const INVALID = -2;
const ACCEPT = Buffer.from('ACCEPT');
const REJECT = Buffer.from('REJECT');
const OK = Buffer.from('OK');
const NODATA = Buffer.from('NODATA');
const SKIPDATA = Buffer.from('SKIPDATA');
const INGRESS = Buffer.from('ingress');
const EGRESS = Buffer.from('egress');
/** Parses a stream of text chunks into records, carrying partial lines between chunks. */
class FlowLogParser {
    interfaces;
    sink;
    scanner;
    // The format and what follows from it are set by useFormat, from the constructor on.
    /** The format in use; replaced by the header line when the text starts with one. */
    format;
    slots;
    /**
     * The fast path for lines in the common shape: the WebAssembly scanner where available, else
     * the generated JavaScript block parser; parseLine takes the other lines.
     */
    wasm;
    block;
    blockState = { lines: 0 };
    onRecord;
    /** A line the WebAssembly scanner left, after `taken` lines it parsed. */
    onOther = (buf, start, newline, taken) => {
        this.lineNumber += taken;
        this.parseLine(buf, start, newline);
    };
    lineNumber = 0;
    carry;
    /**
     * Inside a line longer than MAX_LINE_BYTES: its bytes are dropped up to its newline, never
     * gathered (a hostile file of one newline-free line must cost neither memory nor quadratic time).
     */
    skipping = false;
    /**
     * Blank lines seen. The scanner hands each one back to parseLine, which costs about 90 ns: a
     * hostile gigabyte of newlines would take 90 s. Past BLANK_HEAVY of them, parseLines counts
     * runs of blank lines itself, a byte at a time (about 1 s per gigabyte).
     */
    blankLines = 0;
    rec = emptyRecord();
    constructor(interfaces, sink, format = makeFormat(DEFAULT_FIELDS), scanner = 'wasm') {
        this.interfaces = interfaces;
        this.sink = sink;
        this.scanner = scanner;
        this.useFormat(format);
        this.onRecord = (r) => this.sink.record(r);
    }
    /** Switches to a format (the given one, or the one a header line names) and its fast paths. */
    useFormat(format) {
        this.format = format;
        this.slots = format.slots;
        this.wasm = this.scanner === 'wasm' ? WasmLines.forFormat(format) : undefined;
        this.block = blockParserFor(format);
    }
    /** Bytes of an unfinished line held for the next chunk (at most MAX_LINE_BYTES). */
    get bufferedBytes() {
        return this.carry?.length ?? 0;
    }
    /** Lines read so far (records, header, blank and malformed lines). */
    get lines() {
        return this.lineNumber;
    }
    /** Parses every complete line of a chunk; the trailing partial line waits for the next chunk. */
    push(chunk) {
        let pos = 0;
        if (this.skipping) {
            const nl = chunk.indexOf(NEWLINE);
            if (nl < 0)
                return;
            this.skipping = false;
            this.longLineSkipped();
            pos = nl + 1;
        }
        else if (this.carry !== undefined) {
            const nl = chunk.indexOf(NEWLINE);
            if (nl < 0) {
                if (this.carry.length + chunk.length > MAX_LINE_BYTES) {
                    this.carry = undefined;
                    this.skipping = true;
                }
                else
                    this.carry = Buffer.concat([this.carry, chunk]);
                return;
            }
            if (this.carry.length + nl > MAX_LINE_BYTES) {
                this.carry = undefined;
                this.longLineSkipped();
                pos = nl + 1;
            }
            else {
                const joined = Buffer.concat([this.carry, chunk.subarray(0, nl + 1)]);
                this.carry = undefined;
                this.parseLines(joined, 0);
                pos = nl + 1;
            }
        }
        this.parseLines(chunk, pos);
    }
    /**
     * Counts a line longer than MAX_LINE_BYTES as malformed; its bytes were never kept. Readers
     * whose lines come one by one (CloudWatch events) call it, between whole lines, for a line
     * they did not push.
     */
    longLineSkipped() {
        this.lineNumber++;
        this.sink.malformed(this.lineNumber, `line longer than ${MAX_LINE_BYTES} bytes, skipped`);
    }
    /** Parses the complete lines of `buf` from `pos`, and keeps the unfinished last one. */
    parseLines(buf, pos) {
        // The generated parser only ever sees whole lines: its loops stop at the newline, so they
        // never read past the end of the buffer (which would make V8 drop its fast code).
        const complete = buf.lastIndexOf(NEWLINE) + 1;
        if (this.lineNumber === 0 && pos < complete) {
            // The first line of a text may be a header, which sets the format.
            const nl = buf.indexOf(NEWLINE, pos);
            this.parseLine(buf, pos, nl);
            pos = nl + 1;
        }
        if (this.wasm !== undefined) {
            while (pos < complete) {
                let stop = complete;
                if (this.blankLines > BLANK_HEAVY) {
                    const from = pos;
                    while (pos < complete && buf[pos] === NEWLINE)
                        pos++;
                    this.lineNumber += pos - from;
                    // The scanner takes the lines up to the next run of blank lines.
                    const run = pos < complete ? buf.indexOf(BLANK_RUN, pos) : -1;
                    if (run >= 0 && run < complete)
                        stop = run + 1;
                    if (pos >= complete)
                        break;
                }
                // (Not `lineNumber += run(…)`: run moves lineNumber on for the lines it hands back.)
                const taken = this.wasm.run(buf, pos, stop, this.rec, this.interfaces, this.onRecord, this.onOther);
                this.lineNumber += taken;
                pos = stop;
            }
            pos = complete;
        }
        while (pos < complete) {
            // The block parser takes every line in the exact shape AWS writes; any line it stops at
            // goes through parseLine.
            pos = this.block(buf, pos, complete, this.rec, this.interfaces, this.onRecord, this.blockState);
            this.lineNumber += this.blockState.lines;
            if (pos >= complete)
                break;
            const nl = buf.indexOf(NEWLINE, pos);
            this.parseLine(buf, pos, nl);
            pos = nl + 1;
        }
        if (pos < buf.length) {
            if (buf.length - pos > MAX_LINE_BYTES)
                this.skipping = true;
            else
                this.carry = Buffer.from(buf.subarray(pos));
        }
    }
    /** Parses the last line when the text does not end with a newline. */
    end() {
        if (this.skipping) {
            this.skipping = false;
            this.longLineSkipped();
        }
        if (this.carry !== undefined && this.carry.length > 0) {
            const last = this.carry;
            this.carry = undefined;
            this.parseLine(last, 0, last.length);
        }
    }
    /**
     * Drops the unfinished last line without reporting it, for a stream that broke off (truncated
     * gzip): that line is part of the file error, not a malformed record.
     */
    abandon() {
        this.carry = undefined;
        this.skipping = false;
    }
    parseLine(buf, start, stop) {
        this.lineNumber++;
        let end = stop;
        if (end > start && buf[end - 1] === CR)
            end--;
        // Blank lines are not records and not errors.
        let first = start;
        while (first < end && (buf[first] === SPACE || buf[first] === TAB))
            first++;
        if (first === end) {
            this.blankLines++;
            return;
        }
        const c0 = buf[first];
        // A record starts with a digit, an address or an id; a header starts with a field name.
        if (c0 >= 97 && c0 <= 122 && this.isHeader(buf, first, end))
            return;
        const r = this.rec;
        resetRecord(r);
        const slots = this.slots;
        const fieldCount = slots.length;
        let field = 0;
        let p = first;
        // The general path, for lines the generated parser did not take: any run of spaces or tabs
        // separates fields, and every problem is described with the field's name.
        while (p < end) {
            let c = buf[p];
            if (c === SPACE || c === TAB) {
                p++;
                continue;
            }
            if (field >= fieldCount) {
                this.sink.malformed(this.lineNumber, `expected ${fieldCount} fields, found more`);
                return;
            }
            const slot = slots[field];
            let q = p + 1;
            while (q < end && (c = buf[q]) !== SPACE && c !== TAB)
                q++;
            const problem = slot === FieldSlot.Skip ? undefined : this.readField(slot, buf, p, q);
            if (problem !== undefined) {
                const value = buf.toString('latin1', p, Math.min(q, p + 60));
                this.sink.malformed(this.lineNumber, `${this.format.fields[field]}: ${problem}: '${value.length > 64 ? `${value.slice(0, 64)}…` : value}'`);
                return;
            }
            field++;
            p = q;
        }
        if (field !== fieldCount) {
            this.sink.malformed(this.lineNumber, `expected ${fieldCount} fields, found ${field}`);
            return;
        }
        this.sink.record(r);
    }
    /** Reads one field into the record; returns what is wrong with it, or undefined. */
    readField(slot, buf, p, q) {
        const r = this.rec;
        switch (slot) {
            case FieldSlot.Interface:
                if (q - p === 1 && buf[p] === DASH)
                    return undefined;
                r.interfaceIndex = this.interfaces.intern(buf, p, q);
                return undefined;
            case FieldSlot.SrcAddr:
            case FieldSlot.DstAddr: {
                const v4 = parse_parseIpv4(buf, p, q);
                if (v4 === INVALID) {
                    const v6 = normalizeIpv6(buf.toString('latin1', p, q));
                    if (v6 === undefined)
                        return 'not an IP address';
                    if (slot === FieldSlot.SrcAddr)
                        r.srcV6 = v6;
                    else
                        r.dstV6 = v6;
                }
                else if (slot === FieldSlot.SrcAddr)
                    r.src4 = v4;
                else
                    r.dst4 = v4;
                return undefined;
            }
            case FieldSlot.SrcPort:
            case FieldSlot.DstPort: {
                const n = parseUint(buf, p, q);
                if (n === INVALID || n > 65535)
                    return 'not a port';
                if (slot === FieldSlot.SrcPort)
                    r.srcPort = n;
                else
                    r.dstPort = n;
                return undefined;
            }
            case FieldSlot.Protocol: {
                const n = parseUint(buf, p, q);
                if (n === INVALID || n > 255)
                    return 'not a protocol number';
                r.protocol = n;
                return undefined;
            }
            case FieldSlot.Packets:
            case FieldSlot.Bytes: {
                const n = parseUint(buf, p, q);
                if (n === INVALID)
                    return 'not a number';
                if (slot === FieldSlot.Packets)
                    r.packets = n === MISSING ? 0 : n;
                else
                    r.bytes = n === MISSING ? 0 : n;
                return undefined;
            }
            case FieldSlot.Start:
            case FieldSlot.End: {
                const n = parseUint(buf, p, q);
                if (n === INVALID)
                    return 'not a Unix time';
                if (slot === FieldSlot.Start)
                    r.start = n;
                else
                    r.end = n;
                return undefined;
            }
            case FieldSlot.Action:
                return this.readAction(buf, p, q);
            case FieldSlot.LogStatus:
                return this.readStatus(buf, p, q);
            case FieldSlot.TcpFlags: {
                const n = parseUint(buf, p, q);
                if (n === INVALID)
                    return 'not a number';
                r.tcpFlags = n;
                return undefined;
            }
            case FieldSlot.FlowDirection:
                return this.readDirection(buf, p, q);
            default:
                return undefined;
        }
    }
    readAction(buf, p, q) {
        if (isWord(buf, p, q, ACCEPT))
            this.rec.action = FlowAction.Accept;
        else if (isWord(buf, p, q, REJECT))
            this.rec.action = FlowAction.Reject;
        else if (q - p === 1 && buf[p] === DASH)
            this.rec.action = FlowAction.None;
        else
            return 'expected ACCEPT, REJECT or -';
        return undefined;
    }
    readStatus(buf, p, q) {
        if (isWord(buf, p, q, OK))
            this.rec.status = LogStatus.Ok;
        else if (isWord(buf, p, q, NODATA))
            this.rec.status = LogStatus.NoData;
        else if (isWord(buf, p, q, SKIPDATA))
            this.rec.status = LogStatus.SkipData;
        else if (q - p === 1 && buf[p] === DASH)
            this.rec.status = LogStatus.Ok;
        else
            return 'expected OK, NODATA or SKIPDATA';
        return undefined;
    }
    readDirection(buf, p, q) {
        if (isWord(buf, p, q, INGRESS))
            this.rec.direction = FlowDirection.Ingress;
        else if (isWord(buf, p, q, EGRESS))
            this.rec.direction = FlowDirection.Egress;
        else if (q - p === 1 && buf[p] === DASH)
            this.rec.direction = FlowDirection.Unknown;
        else
            return 'expected ingress, egress or -';
        return undefined;
    }
    isHeader(buf, start, end) {
        // Only the first lines of a text can be a header; later ones are checked as records.
        if (this.lineNumber > 1)
            return false;
        const text = buf.toString('latin1', start, end);
        if (!looksLikeHeader(text))
            return false;
        this.useFormat(makeFormat(text.trim().split(/\s+/)));
        return true;
    }
}
function resetRecord(r) {
    r.interfaceIndex = -1;
    r.src4 = -1;
    r.dst4 = -1;
    r.srcV6 = undefined;
    r.dstV6 = undefined;
    r.srcPort = -1;
    r.dstPort = -1;
    r.protocol = -1;
    r.packets = 0;
    r.bytes = 0;
    r.start = -1;
    r.end = -1;
    r.action = FlowAction.None;
    r.status = LogStatus.Ok;
    r.tcpFlags = -1;
    r.direction = FlowDirection.Unknown;
    r.count = 1;
}
/** Whether `buf[p, q)` is exactly `word`. */
function isWord(buf, p, q, word) {
    if (q - p !== word.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (buf[p + i] !== word[i])
            return false;
    return true;
}
/** Decimal digits to a number; MISSING for `-`, INVALID for anything else. */
function parseUint(buf, p, q) {
    if (q - p === 1 && buf[p] === DASH)
        return MISSING;
    if (q - p > 15)
        return INVALID;
    let n = 0;
    for (let i = p; i < q; i++) {
        const d = buf[i] - 48;
        if (d < 0 || d > 9)
            return INVALID;
        n = n * 10 + d;
    }
    return n;
}
/** Dotted quad to an unsigned 32-bit integer; MISSING for `-`, INVALID when not IPv4. */
function parse_parseIpv4(buf, p, q) {
    if (q - p === 1 && buf[p] === DASH)
        return MISSING;
    let value = 0;
    let octet = 0;
    let digits = 0;
    let dots = 0;
    for (let i = p; i < q; i++) {
        const c = buf[i];
        if (c === 46) {
            if (digits === 0 || dots === 3)
                return INVALID;
            value = value * 256 + octet;
            octet = 0;
            digits = 0;
            dots++;
        }
        else {
            const d = c - 48;
            if (d < 0 || d > 9 || digits === 3)
                return INVALID;
            octet = octet * 10 + d;
            if (octet > 255)
                return INVALID;
            digits++;
        }
    }
    if (dots !== 3 || digits === 0)
        return INVALID;
    return value * 256 + octet;
}

;// CONCATENATED MODULE: ./src/sources/gunzip.ts
/**
 * Gunzip on the calling thread, into one reused output buffer.
 *
 * Node's gunzip stream inflates on the libuv thread pool and allocates a fresh output buffer for
 * every chunk. For flow logs that costs more than the inflating itself: 1 GB of text becomes
 * thousands of external buffers, each hand-off crosses threads, and the external memory keeps
 * triggering full garbage collections (measured: 40% more CPU per record than inflating in
 * place). A reader thread has nothing else to do while it waits, so here the same zlib handle
 * (the one behind `zlib.gunzipSync`, with its multi-member and error handling) inflates each
 * compressed chunk synchronously into a buffer the parser reads before the next chunk replaces it.
 *
 * That handle is not a documented API. Where it is missing (another runtime, a future Node), the
 * reader falls back to the stream; `gunzipInPlaceSupported` tells which path is taken.
 */

/** Output chunk: large enough that the per-call cost of the handle does not show. */
const OUT_CHUNK = 1 << 19;
/**
 * The output buffer, one per thread for every gunzip: S3 delivers flow logs in many small
 * objects, and a fresh 512 KiB buffer for each would be gigabytes of garbage over a long window.
 * Sharing is safe because each inflate call hands its text to the consumer, synchronously,
 * before the next call writes into the buffer.
 */
let shared;
const ERROR_CODES = [
    'Z_NEED_DICT',
    'Z_STREAM_ERROR',
    'Z_DATA_ERROR',
    'Z_MEM_ERROR',
    'Z_BUF_ERROR',
    'Z_VERSION_ERROR',
];
/** An error like the ones the zlib stream gives, so that callers describe both alike. */
function zlibError(message, errno) {
    const error = new Error(message);
    error.errno = errno;
    error.code = ERROR_CODES.find((name) => external_node_zlib_namespaceObject.constants[name] === errno) ?? 'Z_ERRNO';
    return error;
}
/** The zlib handle and its result array, or undefined when this runtime does not expose them. */
function openHandle() {
    const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)();
    const handle = gunzip._handle;
    const state = gunzip._writeState;
    if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2)
        return undefined;
    return { handle, state };
}
/** Whether this runtime exposes the handle (asked once, with a handle closed right after). */
const gunzipInPlaceSupported = (() => {
    const probe = openHandle();
    probe?.handle.close();
    return probe !== undefined;
})();
/**
 * Inflates gzip data given in chunks and hands the text to `onText` in slices of one reused
 * buffer: `onText` must copy what it keeps. Errors (corrupt data, a truncated end) are thrown
 * from `write` or `end` with the zlib stream's codes (`Z_DATA_ERROR`, `Z_BUF_ERROR`); output past
 * the budget's limits is an InputLimitError, thrown before that output reaches `onText`.
 */
class GunzipInPlace {
    onText;
    budget;
    handle;
    state;
    out = (shared ??= Buffer.allocUnsafe(OUT_CHUNK));
    failure;
    closed = false;
    /** Compressed bytes inflated so far (what the budget's ratio is judged against). */
    consumed = 0;
    constructor(onText, budget) {
        this.onText = onText;
        this.budget = budget;
        const opened = openHandle();
        if (opened === undefined)
            throw new Error('in-place gunzip is not supported by this runtime');
        this.handle = opened.handle;
        this.state = opened.state;
        // The handle reports errors through this callback, synchronously, during writeSync.
        this.handle.onerror = (message, errno) => {
            this.failure = zlibError(message, errno);
        };
    }
    /** Inflates one chunk of compressed data. */
    write(chunk) {
        this.inflate(chunk, external_node_zlib_namespaceObject.constants.Z_NO_FLUSH);
    }
    /** Ends the data: throws Z_BUF_ERROR when the gzip stream was cut off. */
    end() {
        try {
            this.inflate(new Uint8Array(0), external_node_zlib_namespaceObject.constants.Z_FINISH);
        }
        finally {
            this.close();
        }
    }
    /** Frees the zlib state (after an error, or when the caller gives up). */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.handle.close();
    }
    inflate(input, flush) {
        if (this.closed)
            throw new Error('gunzip already ended');
        const out = this.out;
        let offset = 0;
        let remaining = input.length;
        for (;;) {
            this.handle.writeSync(flush, input, offset, remaining, out, 0, out.length);
            if (this.failure !== undefined) {
                const failure = this.failure;
                this.close();
                throw failure;
            }
            const outLeft = this.state[0];
            const inLeft = this.state[1];
            const produced = out.length - outLeft;
            this.consumed += remaining - inLeft;
            offset += remaining - inLeft;
            remaining = inLeft;
            if (produced > 0) {
                // Once per output buffer (512 KiB), not per line.
                this.budget?.take(produced, this.consumed);
                this.onText(out.subarray(0, produced));
            }
            // A full output buffer may leave more to come; otherwise zlib took all it could.
            if (outLeft === 0)
                continue;
            if (remaining === 0 || produced === 0)
                return;
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/limits.ts
/**
 * How much a compressed input may inflate to. A gzip file of a few megabytes can hold gigabytes
 * of zeros (a "gzip bomb"): it costs little to send and, unchecked, minutes of CPU to read. Flow
 * logs compress 5 to 15 times and AWS's objects inflate to a few hundred megabytes at most, so
 * limits far above both stop a bomb early and never a real log. A file that passes one is cut
 * short like a truncated gzip: its records up to the stop count, and it is one input error.
 */
/**
 * The defaults. 8 GiB is twenty times the largest object AWS writes; 1000 is just under what
 * deflate can reach at all (1032 for a run of one byte), 60 times what flow logs reach, so only
 * a run of one byte or a few (zeros, one line repeated) trips it.
 */
const DEFAULT_INPUT_LIMITS = {
    'max-inflated-bytes': 8 * 1024 ** 3,
    'max-gzip-ratio': 1000,
};
/**
 * The ratio is judged only after this much output: a small file of repeated lines may inflate
 * far more than a large one, and is harmless. A bomb is stopped after 32 MiB (about 20 ms).
 */
const RATIO_CHECK_AFTER = 32 * 1024 * 1024;
/** A compressed input passed a limit; its message names the limit's key in the config file. */
class InputLimitError extends Error {
    key;
    name = 'InputLimitError';
    constructor(message, key) {
        super(message);
        this.key = key;
    }
    /** What a user with a genuine file does about it. */
    get advice() {
        return `raise limits.${this.key} in the config file if the file is genuine`;
    }
}
/** `8 GiB`, `512 MiB`, `3.5 KiB`, `100 B`: a byte count in the unit that reads best. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
/**
 * Counts what one compressed file inflated to, and throws InputLimitError when it passes a
 * limit. Called once per chunk of output (hundreds of kilobytes), never per line.
 */
class InflateBudget {
    inflatedBytes = 0;
    maxBytes;
    maxRatio;
    constructor(limits = DEFAULT_INPUT_LIMITS) {
        this.maxBytes = limits['max-inflated-bytes'];
        this.maxRatio = limits['max-gzip-ratio'];
    }
    /** Bytes of output so far. */
    get inflated() {
        return this.inflatedBytes;
    }
    /**
     * Takes `produced` more bytes of output, with `consumed` bytes of compressed input read in all
     * so far. Throws before the output is used when it would pass a limit.
     */
    take(produced, consumed) {
        const total = this.inflatedBytes + produced;
        if (total > this.maxBytes)
            throw new InputLimitError(`inflated past ${formatBytes(this.maxBytes)} (limits.max-inflated-bytes), stopped there`, 'max-inflated-bytes');
        if (total > RATIO_CHECK_AFTER && total > this.maxRatio * consumed)
            throw new InputLimitError(`inflated more than ${this.maxRatio} times its compressed size (limits.max-gzip-ratio), stopped at ${formatBytes(this.inflatedBytes)}`, 'max-gzip-ratio');
        this.inflatedBytes = total;
    }
}

;// CONCATENATED MODULE: ./src/sources/peek.ts
/** Looking at the first bytes of a stream without losing them. */

/**
 * Reads the first `bytes` of a stream and gives back a stream that replays them before the rest,
 * so that the format can be told by its magic bytes without buffering the object.
 */
async function peek(body, bytes) {
    const iterator = body[Symbol.asyncIterator]();
    const chunks = [];
    let length = 0;
    let done = false;
    while (length < bytes) {
        const r = await iterator.next();
        if (r.done) {
            done = true;
            break;
        }
        chunks.push(Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength));
        length += r.value.byteLength;
    }
    const head = Buffer.concat(chunks);
    async function* replay() {
        try {
            if (head.length > 0)
                yield head;
            while (!done) {
                const r = await iterator.next();
                if (r.done)
                    return;
                yield Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
            }
        }
        finally {
            // Ends the HTTP response when the reader stops early (corrupt data): frees the socket.
            await iterator.return?.();
        }
    }
    return { head, rest: external_node_stream_namespaceObject.Readable.from(replay(), { objectMode: false }) };
}

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/node.js
/**
 * @import {AsyncBuffer} from '../src/types.js'
 */





/**
 * Construct an AsyncBuffer for a local file using node fs package.
 *
 * @param {string} filename
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromFile(filename) {
  const { size } = await external_fs_namespaceObject.promises.stat(filename)
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0))
      // read file slice (createReadStream end is inclusive)
      const reader = (0,external_fs_namespaceObject.createReadStream)(filename, { start, end: end === undefined ? undefined : end - 1 })
      return new Promise((resolve, reject) => {
        /** @type {any[]} */
        const chunks = []
        reader.on('data', chunk => chunks.push(chunk))
        reader.on('error', reject)
        reader.on('end', () => {
          const buffer = Buffer.concat(chunks)
          if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
            resolve(buffer.buffer)
          } else {
            // small buffers share node's allocation pool
            resolve(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))
          }
        })
      })
    },
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/constants.js

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
  'ALP',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/wkb.js
/**
 * WKB (Well-Known Binary) decoder for geometry objects.
 *
 * @param {DataReader} reader
 * @returns {Geometry} geometry object
 */
function wkbToGeojson(reader) {
  const flags = getFlags(reader)

  if (flags.type === 1) { // Point
    return { type: 'Point', coordinates: readPosition(reader, flags) }
  } else if (flags.type === 2) { // LineString
    return { type: 'LineString', coordinates: readLine(reader, flags) }
  } else if (flags.type === 3) { // Polygon
    return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
  } else if (flags.type === 4) { // MultiPoint
    const points = []
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)))
    }
    return { type: 'MultiPoint', coordinates: points }
  } else if (flags.type === 5) { // MultiLineString
    const lines = []
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)))
    }
    return { type: 'MultiLineString', coordinates: lines }
  } else if (flags.type === 6) { // MultiPolygon
    const polygons = []
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)))
    }
    return { type: 'MultiPolygon', coordinates: polygons }
  } else if (flags.type === 7) { // GeometryCollection
    const geometries = []
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader))
    }
    return { type: 'GeometryCollection', geometries }
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`)
  }
}

/**
 * Extract ISO WKB flags and base geometry type.
 *
 * @param {DataReader} reader
 * @returns {WkbFlags}
 */
function getFlags(reader) {
  const { view } = reader
  const littleEndian = view.getUint8(reader.offset++) === 1
  const rawType = view.getUint32(reader.offset, littleEndian)
  reader.offset += 4

  const type = rawType % 1000
  const flags = Math.floor(rawType / 1000)

  let count = 0
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian)
    reader.offset += 4
  }

  // XY, XYZ, XYM, XYZM
  let dim = 2
  if (flags) dim++
  if (flags === 3) dim++

  return { littleEndian, type, dim, count }
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[]}
 */
function readPosition(reader, flags) {
  const points = []
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
    reader.offset += 8
    points.push(coord)
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][]}
 */
function readLine(reader, flags) {
  const points = []
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags))
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][][]}
 */
function readPolygon(reader, flags) {
  const { view } = reader
  const rings = []
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian)
    reader.offset += 4
    rings.push(readLine(reader, { ...flags, count }))
  }
  return rings
}

/**
 * @typedef {object} WkbFlags
 * @property {boolean} littleEndian
 * @property {number} type
 * @property {number} dim
 * @property {number} count
 */

/**
 * @import {DataReader, Geometry} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/convert.js


/**
 * @import {ColumnDecoder, DecodedArray, Encoding, ParquetParsers} from '../src/types.js'
 */

const decoder = new TextDecoder()

/**
 * Default type parsers when no custom ones are given
 * @type ParquetParsers
 */
const DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis))
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n))
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n))
  },
  dateFromDays(days) {
    return new Date(days * 86400000)
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes)
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes))
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  uuidFromBytes(bytes) {
    if (!bytes) return undefined
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
  },
}

/**
 * Convert known types from primitive to rich, and dereference dictionary.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {DecodedArray | undefined} dictionary
 * @param {Encoding} encoding
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    let output = data
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      // @ts-expect-error upgrade data to match dictionary type with fancy constructor
      output = new dictionary.constructor(data.length)
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]]
    }
    return output
  } else {
    return convert(data, columnDecoder)
  }
}

/**
 * Convert known types from primitive to rich.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder
  const { type, converted_type: ctype, logical_type: ltype } = element
  const nullable = element.repetition_type !== 'REQUIRED'

  // FILE inline data is binary, even when utf8 conversion is enabled.
  if (type === 'BYTE_ARRAY' && element.name === 'inline' && schemaPath?.at(-2)?.element.logical_type?.type === 'FILE') {
    return data
  }

  // Skip utf8 conversion for plain BYTE_ARRAY inside VARIANT
  const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
  if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
    return data
  }
  if (ctype === 'DECIMAL') {
    const scale = element.scale || 0
    // divide rather than multiply by 10 ** -scale, which is inexact
    // (3 * 10 ** -1 is 0.30000000000000004, 3 / 10 ** 1 is 0.3)
    const factor = 10 ** scale
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        // Large scales can overflow the divisor while the result is still representable.
        arr[i] = scale > 308 ? parseDecimal(data[i]) * 10 ** -scale : parseDecimal(data[i]) / factor
      } else {
        arr[i] = Number(data[i]) / factor
      }
    }
    return arr
  }
  if (!ctype && type === 'INT96') {
    return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
  }
  if (ctype === 'DATE') {
    return Array.from(data).map(v => parsers.dateFromDays(v))
  }
  if (ctype === 'TIMESTAMP_MILLIS') {
    return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
  }
  if (ctype === 'TIMESTAMP_MICROS') {
    return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
  }
  if (ctype === 'JSON') {
    return data.map(v => parsers.jsonFromBytes(v))
  }
  if (ctype === 'BSON') {
    throw new Error('parquet bson not supported')
  }
  if (ctype === 'INTERVAL') {
    throw new Error('parquet interval not supported')
  }
  if (ltype?.type === 'GEOMETRY') {
    return data.map(v => parsers.geometryFromBytes(v))
  }
  if (ltype?.type === 'GEOGRAPHY') {
    return data.map(v => parsers.geographyFromBytes(v))
  }
  if (ltype?.type === 'UUID') {
    return data.map(v => parsers.uuidFromBytes(v))
  }
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
    return data.map(v => parsers.stringFromBytes(v))
  }
  if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
    for (let i = 0; i < arr.length; i++) arr[i] = data[i]
    return arr
  }
  if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
    }
    return arr
  }
  if (ltype?.type === 'FLOAT16') {
    return Array.from(data).map(parseFloat16)
  }
  if (ltype?.type === 'TIMESTAMP') {
    const { unit } = ltype
    /** @type {ParquetParsers[keyof ParquetParsers]} */
    let parser = parsers.timestampFromMilliseconds
    if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
    if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i])
    }
    return arr
  }
  return data
}

/**
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function parseDecimal(bytes) {
  if (!bytes.length) return 0

  let value = 0n
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte)
  }

  // handle signed
  const bits = bytes.length * 8
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits)
  }

  return Number(value)
}

/**
 * Converts INT96 date format (hi 32bit days, lo 64bit nanos) to nanos since epoch
 * @param {bigint} value
 * @returns {bigint}
 */
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n
  const nano = value & 0xffffffffffffffffn
  return days * 86400000000000n + nano
}

/**
 * @param {Uint8Array | undefined} bytes
 * @returns {number | undefined}
 */
function parseFloat16(bytes) {
  if (!bytes) return undefined
  const int16 = bytes[1] << 8 | bytes[0]
  const sign = int16 >> 15 ? -1 : 1
  const exp = int16 >> 10 & 0x1f
  const frac = int16 & 0x3ff
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024) // subnormals
  if (exp === 0x1f) return frac ? NaN : sign * Infinity
  return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/schema.js
/**
 * Build a tree from the schema elements.
 *
 * @param {SchemaElement[]} schema
 * @param {number} rootIndex index of the root element
 * @param {string[]} path path to the element
 * @returns {SchemaTree} tree of schema elements
 */
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex]
  const children = []
  let count = 1

  // Read the specified number of children
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count]
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
      count += child.count
      children.push(child)
    }
  }

  return { count, element, children, path }
}

/**
 * Get schema elements from the root to the given element name.
 *
 * @param {SchemaElement[]} schema
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name)
}

/**
 * Get schema tree nodes from the root of a prebuilt tree to the given element name.
 *
 * @param {SchemaTree} tree root of the schema tree
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getTreePath(tree, name) {
  const path = [tree]
  for (const part of name) {
    const child = tree.children.find(child => child.element.name === part)
    if (!child) throw new Error(`parquet schema element not found: ${name}`)
    path.push(child)
    tree = child
  }
  return path
}

/**
 * Get all physical (leaf) column names.
 *
 * @param {SchemaTree} schemaTree
 * @returns {string[]} list of physical column names
 */
function getPhysicalColumns(schemaTree) {
  /** @type {string[]} */
  const columns = []
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child)
      }
    } else {
      columns.push(node.path.join('.'))
    }
  }
  traverse(schemaTree)
  return columns
}

/**
 * Get the max repetition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max repetition level
 */
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath) {
    if (element.repetition_type === 'REPEATED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Get the max definition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max definition level
 */
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== 'REQUIRED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Check if a column is list-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if list-like
 */
function isListLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'LIST') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length > 1) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  return true
}

/**
 * Check if a column is map-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if map-like
 */
function isMapLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'MAP') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length !== 2) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  const keyChild = firstChild.children.find(child => child.element.name === 'key')
  if (keyChild?.element.repetition_type === 'REPEATED') return false

  const valueChild = firstChild.children.find(child => child.element.name === 'value')
  if (valueChild?.element.repetition_type === 'REPEATED') return false

  return true
}

/**
 * Returns true if a column is non-nested.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {boolean}
 */
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false
  const [, column] = schemaPath
  if (column.element.repetition_type === 'REPEATED') return false
  if (column.children.length) return false
  return true
}

/**
 * @import {SchemaElement, SchemaTree} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/thrift.js
/**
 * @import {DataReader, ThriftObject, ThriftType} from '../src/types.js'
 */

// TCompactProtocol types
const STOP = 0
const TRUE = 1
const FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12

/**
 * Parse TCompactProtocol
 *
 * @param {DataReader} reader
 * @returns {{ [key: `field_${number}`]: any }}
 */
function deserializeTCompactProtocol(reader) {
  /** @type {ThriftObject} */
  const value = {}
  let fid = 0

  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
    // Parse each field based on its type and add to the result object
    const byte = reader.view.getUint8(reader.offset++)
    const type = byte & 0x0f
    if (type === STOP) break
    const delta = byte >> 4
    fid = delta ? fid + delta : readZigZag(reader)
    value[`field_${fid}`] = readElement(reader, type)
  }

  return value
}

/**
 * Read a single element based on its type
 *
 * @param {DataReader} reader
 * @param {number} type
 * @returns {ThriftType}
 */
function readElement(reader, type) {
  switch (type) {
  case TRUE:
    return true
  case FALSE:
    return false
  case BYTE:
    return reader.view.getInt8(reader.offset++)
  case I16:
  case I32:
    return readZigZag(reader)
  case I64:
    return readZigZagBigInt(reader)
  case DOUBLE: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case BINARY: {
    const stringLength = readVarInt(reader)
    if (reader.offset + stringLength > reader.view.byteLength) {
      throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
    }
    const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
    reader.offset += stringLength
    return strBytes
  }
  case LIST: {
    const byte = reader.view.getUint8(reader.offset++)
    const elemType = byte & 0x0f
    let listSize = byte >> 4
    if (listSize === 15) {
      listSize = readVarInt(reader)
    }
    const boolType = elemType === TRUE || elemType === FALSE
    const values = new Array(listSize)
    for (let i = 0; i < listSize; i++) {
      values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
    }
    return values
  }
  case STRUCT:
    // main function handles struct parsing
    return deserializeTCompactProtocol(reader)
  default:
    // MAP, SET, UUID not used by parquet
    throw new Error(`thrift unhandled type: ${type}`)
  }
}

/**
 * Read varint aka Unsigned LEB128.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readVarInt(reader) {
  let result = 0
  let shift = 0
  while (true) {
    // Read groups of 7 low bits until high bit is 0
    const byte = reader.view.getUint8(reader.offset++)
    result |= (byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7
  }
}

/**
 * Read a varint as a bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readVarBigInt(reader) {
  let result = 0n
  let shift = 0n
  while (true) {
    const byte = reader.view.getUint8(reader.offset++)
    result |= BigInt(byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7n
  }
}

/**
 * Read a zigzag number.
 * Zigzag folds positive and negative numbers into the positive number space.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZag(reader) {
  const zigzag = readVarInt(reader)
  return zigzag >>> 1 ^ -(zigzag & 1)
}

/**
 * Read a zigzag bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader)
  return zigzag >> 1n ^ -(zigzag & 1n)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/geoparquet.js
/**
 * @param {SchemaElement[]} schema
 * @param {KeyValue[] | undefined} key_value_metadata
 * @returns {void}
 */
function markGeoColumns(schema, key_value_metadata) {
  // Prepare the list of GeoParquet columns
  /** @type {Map<string, LogicalType>} */
  const columns = new Map()
  const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== 'WKB') continue

    const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
    const id = column.crs?.id ?? column.crs?.ids?.[0]
    const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
    // Note: we can't infer GEOGRAPHY's algorithm from GeoParquet
    columns.set(name, { type, crs })
  }

  // Mark schema elements with logical type
  // Only look at root-level columns of type BYTE_ARRAY without existing logical_type
  for (let i = 1; i < schema.length; i++) { // skip root
    const { logical_type, name, num_children, type } = schema[i]
    if (num_children) {
      i += num_children
      continue // skip the element and its children
    }
    if (type === 'BYTE_ARRAY' && !logical_type) {
      schema[i].logical_type = columns.get(name)
    }
  }
}

/**
 * @import {KeyValue, LogicalType, SchemaElement} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/metadata.js






/**
 * @import {AsyncBuffer, FileMetaData, KeyValue, LogicalType, MetadataOptions, MinMaxType, ParquetParsers, SchemaElement, SchemaTree, Statistics, TimeUnit} from '../src/types.js'
 */

const defaultInitialFetchSize = 1 << 19 // 512kb

const metadata_decoder = new TextDecoder()
function decode(/** @type {Uint8Array} */ value) {
  return value && metadata_decoder.decode(value)
}

/**
 * Read parquet metadata from an async buffer.
 *
 * An AsyncBuffer is like an ArrayBuffer, but the slices are loaded
 * asynchronously, possibly over the network.
 *
 * You must provide the byteLength of the buffer, typically from a HEAD request.
 *
 * In theory, you could use suffix-range requests to fetch the end of the file,
 * and save a round trip. But in practice, this doesn't work because chrome
 * deems suffix-range requests as a not-safe-listed header, and will require
 * a pre-flight. So the byteLength is required.
 *
 * To make this efficient, we initially request the last 512kb of the file,
 * which is likely to contain the metadata. If the metadata length exceeds the
 * initial fetch, 512kb, we request the rest of the metadata from the AsyncBuffer.
 *
 * This ensures that we either make one 512kb initial request for the metadata,
 * or a second request for up to the metadata size.
 *
 * @param {AsyncBuffer} asyncBuffer parquet file contents
 * @param {MetadataOptions & { initialFetchSize?: number }} options initial fetch size in bytes (default 512kb)
 * @returns {Promise<FileMetaData>} parquet metadata object
 */
async function metadata_parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')

  // fetch last bytes (footer) of the file
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)

  // Check for parquet magic number "PAR1"
  const footerView = new DataView(footerBuffer)
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
  }

  // check if metadata size fits inside the initial fetch
  if (metadataLength + 8 > initialFetchSize) {
    // fetch the rest of the metadata
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
    // combine initial fetch with the new slice
    const combinedBuffer = new ArrayBuffer(metadataLength + 8)
    const combinedView = new Uint8Array(combinedBuffer)
    combinedView.set(new Uint8Array(metadataBuffer))
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
    return parquetMetadata(combinedBuffer, { parsers, geoparquet })
  } else {
    // parse metadata from the footer
    return parquetMetadata(footerBuffer, { parsers, geoparquet })
  }
}

/**
 * Read parquet metadata from a buffer synchronously.
 *
 * @param {ArrayBuffer | Uint8Array} arrayBuffer parquet file footer
 * @param {MetadataOptions} options metadata parsing options
 * @returns {FileMetaData} parquet metadata object
 */
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer)
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
  } else {
    throw new Error('parquet expected ArrayBuffer or Uint8Array')
  }

  // Use default parsers if not given
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  // Validate footer magic number "PAR1"
  if (view.byteLength < 8) {
    throw new Error('parquet file is too short')
  }
  if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLengthOffset = view.byteLength - 8
  const metadataLength = view.getUint32(metadataLengthOffset, true)
  if (metadataLength > view.byteLength - 8) {
    // {metadata}, metadata_length, PAR1
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
  }

  const metadataOffset = metadataLengthOffset - metadataLength
  const reader = { view, offset: metadataOffset }
  const metadata = deserializeTCompactProtocol(reader)

  // Parse metadata from thrift data
  const version = metadata.field_1
  /** @type {SchemaElement[]} */
  const schema = metadata.field_2.map((/** @type {any} */ field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10),
  }))
  // schema element per column index
  const columnSchema = schema.filter(e => e.type)
  const num_rows = metadata.field_3
  const row_groups = metadata.field_4.map((/** @type {any} */ rowGroup) => ({
    columns: rowGroup.field_1.map((/** @type {any} */ column, /** @type {number} */ columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((/** @type {number} */ e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((/** @type {any} */ kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2),
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((/** @type {any} */ encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3,
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3,
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8,
          },
          geospatial_types: column.field_3.field_17.field_2,
        },
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9,
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((/** @type {any} */ sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3,
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7,
  }))
  /** @type {KeyValue[] | undefined} */
  const key_value_metadata = metadata.field_5?.map((/** @type {any} */ kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2),
  }))
  const created_by = decode(metadata.field_6)

  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata)
  }

  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength,
  }
}

/**
 * Return a tree of schema elements from parquet metadata.
 *
 * @param {{schema: SchemaElement[]}} metadata parquet metadata object
 * @returns {SchemaTree} tree of schema elements
 */
function metadata_parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0]
}

/**
 * @param {any} logicalType
 * @returns {LogicalType | undefined}
 */
function logicalType(logicalType) {
  if (logicalType?.field_1) return { type: 'STRING' }
  if (logicalType?.field_2) return { type: 'MAP' }
  if (logicalType?.field_3) return { type: 'LIST' }
  if (logicalType?.field_4) return { type: 'ENUM' }
  if (logicalType?.field_5) return {
    type: 'DECIMAL',
    scale: logicalType.field_5.field_1,
    precision: logicalType.field_5.field_2,
  }
  if (logicalType?.field_6) return { type: 'DATE' }
  if (logicalType?.field_7) return {
    type: 'TIME',
    isAdjustedToUTC: logicalType.field_7.field_1,
    unit: timeUnit(logicalType.field_7.field_2),
  }
  if (logicalType?.field_8) return {
    type: 'TIMESTAMP',
    isAdjustedToUTC: logicalType.field_8.field_1,
    unit: timeUnit(logicalType.field_8.field_2),
  }
  if (logicalType?.field_10) return {
    type: 'INTEGER',
    bitWidth: logicalType.field_10.field_1,
    isSigned: logicalType.field_10.field_2,
  }
  if (logicalType?.field_11) return { type: 'NULL' }
  if (logicalType?.field_12) return { type: 'JSON' }
  if (logicalType?.field_13) return { type: 'BSON' }
  if (logicalType?.field_14) return { type: 'UUID' }
  if (logicalType?.field_15) return { type: 'FLOAT16' }
  if (logicalType?.field_16) return {
    type: 'VARIANT',
    specification_version: logicalType.field_16.field_1,
  }
  if (logicalType?.field_17) return {
    type: 'GEOMETRY',
    crs: decode(logicalType.field_17.field_1),
  }
  if (logicalType?.field_18) return {
    type: 'GEOGRAPHY',
    crs: decode(logicalType.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType.field_18.field_2],
  }
  if (logicalType?.field_19) return { type: 'FILE' }
  return logicalType
}

/**
 * @param {any} unit
 * @returns {TimeUnit}
 */
function timeUnit(unit) {
  if (unit.field_1) return 'MILLIS'
  if (unit.field_2) return 'MICROS'
  if (unit.field_3) return 'NANOS'
  throw new Error('parquet time unit required')
}

/**
 * Convert column statistics based on column type.
 *
 * @param {any} stats
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {Statistics}
 */
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

/**
 * @param {Uint8Array | undefined} value
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {MinMaxType | undefined}
 */
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema
  if (value === undefined) return value
  if (type === 'BOOLEAN') return value[0] === 1
  if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
  if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
  if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
    return view.getInt32(0, true) / 10 ** (schema.scale || 0)
  }
  if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) / 10 ** (schema.scale || 0)
  }
  if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  const unsigned = converted_type?.startsWith('UINT_') ||
    logical_type?.type === 'INTEGER' && !logical_type.isSigned
  if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
  if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
  if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
  if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
  if (converted_type === 'DECIMAL') {
    const scale = schema.scale || 0
    return scale > 308 ? parseDecimal(value) * 10 ** -scale : parseDecimal(value) / 10 ** scale
  }
  if (logical_type?.type === 'FLOAT16') return parseFloat16(value)
  if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
  if (type === 'FIXED_LEN_BYTE_ARRAY') return value
  // assert(false)
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/utils.js
/**
 * @import {AsyncBuffer, Awaitable, DecodedArray} from '../src/types.js'
 */



/**
 * Replace bigint, date, etc with legal JSON types.
 *
 * @param {any} obj object to convert
 * @returns {unknown} converted object
 */
function toJson(obj) {
  if (obj === undefined) return null
  if (typeof obj === 'bigint') return Number(obj)
  if (Object.is(obj, -0)) return 0
  if (Array.isArray(obj)) return obj.map(toJson)
  if (obj instanceof Uint8Array) return Array.from(obj)
  if (obj instanceof Date) return obj.toISOString()
  if (obj instanceof Object) {
    /** @type {Record<string, unknown>} */
    const newObj = {}
    for (const key of Object.keys(obj)) {
      if (obj[key] === undefined) continue
      newObj[key] = toJson(obj[key])
    }
    return newObj
  }
  return obj
}

/**
 * Concatenate two arrays fast.
 *
 * @param {any[]} aaa
 * @param {DecodedArray} bbb
 */
function utils_concat(aaa, bbb) {
  const chunk = 10000
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk))
  }
}

/**
 * Deep equality.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function equals(a, b, strict = true) {
  // eslint-disable-next-line eqeqeq
  if (strict ? a === b : a == b) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false

  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false
    }
    return true
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false
    }
    return true
  }

  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false
  }
  return true
}

/**
 * Get the byte length using fetch with a ranged GET request.
 * Aborts the request if server returns 200 instead of 206.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [fetchFn] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrlUsingGet(url, requestInit = {}, fetchFn = globalThis.fetch) {
  const controller = new AbortController()
  const headers = new Headers(requestInit.headers)
  headers.set('Range', 'bytes=0-0')

  const res = await fetchFn(url, {
    ...requestInit,
    headers,
    signal: controller.signal,
  })

  if (!res.ok) throw new Error(`fetch with range failed ${res.status}`)

  // Server supports Range requests (206 Partial Content)
  if (res.status === 206) {
    const contentRange = res.headers.get('Content-Range')
    if (!contentRange) throw new Error('missing content-range header')

    // Parse "bytes 0-0/9446073" to get total length
    const match = contentRange.match(/bytes \d+-\d+\/(\d+)/)
    if (!match) throw new Error(`invalid content-range header: ${contentRange}`)

    return parseInt(match[1])
  }

  // Server ignored Range and returned 200 - get Content-Length and abort request
  if (res.status === 200) {
    const contentLength = res.headers.get('Content-Length')

    // Abort the request to stop any ongoing download
    controller.abort()

    if (contentLength) return parseInt(contentLength)
  }

  throw new Error('server does not support range requests and missing content-length')
}

/**
 * Get the byte length of a URL using a HEAD request.
 * If HEAD fails with 403 (e.g., with signed S3 URLs), falls back to a ranged GET request.
 * If HEAD succeeds but Content-Length is missing, falls back to GET with range.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [customFetch] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrl(url, requestInit, customFetch) {
  const fetch = customFetch ?? globalThis.fetch
  const res = await fetch(url, { ...requestInit, method: 'HEAD' })

  // If HEAD request is forbidden (common with signed S3 URLs), try GET with range
  if (res.status === 403) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }

  if (!res.ok) throw new Error(`fetch head failed ${res.status}`)
  const length = res.headers.get('Content-Length')
  // If Content-Length is missing from HEAD, fallback to GET with range
  if (!length) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }
  return parseInt(length)
}

/**
 * Construct an AsyncBuffer for a URL.
 * If byteLength is not provided, will make a HEAD request to get the file size.
 * If fetch is provided, it will be used instead of the global fetch.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {object} options
 * @param {string} options.url
 * @param {number} [options.byteLength]
 * @param {typeof globalThis.fetch} [options.fetch] fetch function to use
 * @param {RequestInit} [options.requestInit]
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromUrl({ url, byteLength, requestInit, fetch: customFetch }) {
  if (!url) throw new Error('missing url')
  const fetch = customFetch ?? globalThis.fetch
  // byte length from HEAD request
  byteLength ??= await byteLengthFromUrl(url, requestInit, fetch)

  /**
   * A promise for the whole buffer, if range requests are not supported.
   * @type {Promise<ArrayBuffer>|undefined}
   */
  let buffer = undefined
  const init = requestInit || {}

  return {
    byteLength,
    async slice(start, end) {
      if (buffer) {
        return buffer.then(buffer => buffer.slice(start, end))
      }

      const headers = new Headers(init.headers)
      const endStr = end === undefined ? '' : end - 1
      headers.set('Range', `bytes=${start}-${endStr}`)

      const res = await fetch(url, { ...init, headers })
      if (!res.ok || !res.body) throw new Error(`fetch failed ${res.status}`)

      if (res.status === 200) {
        // Endpoint does not support range requests and returned the whole object
        buffer = res.arrayBuffer()
        return buffer.then(buffer => buffer.slice(start, end))
      } else if (res.status === 206) {
        // The endpoint supports range requests and sent us the requested range
        return res.arrayBuffer()
      } else {
        throw new Error(`fetch received unexpected status code ${res.status}`)
      }
    },
  }
}

/**
 * Returns a cached layer on top of an AsyncBuffer. For caching slices of a file
 * that are read multiple times, possibly over a network.
 *
 * @param {AsyncBuffer} file file-like object to cache
 * @param {{ minSize?: number }} [options]
 * @returns {AsyncBuffer} cached file-like object
 */
function cachedAsyncBuffer({ byteLength, slice }, { minSize = defaultInitialFetchSize } = {}) {
  if (byteLength < minSize) {
    // Cache whole file if it's small
    const buffer = slice(0, byteLength)
    return {
      byteLength,
      async slice(start, end) {
        return (await buffer).slice(start, end)
      },
    }
  }
  const cache = new Map()
  return {
    byteLength,
    /**
     * @param {number} start
     * @param {number} [end]
     * @returns {Awaitable<ArrayBuffer>}
     */
    slice(start, end) {
      const key = cacheKey(start, end, byteLength)
      const cached = cache.get(key)
      if (cached) return cached
      // cache miss, read from file
      const promise = slice(start, end)
      cache.set(key, promise)
      return promise
    },
  }
}


/**
 * Returns canonical cache key for a byte range 'start,end'.
 * Normalize int-range and suffix-range requests to the same key.
 *
 * @param {number} start start byte of range
 * @param {number} [end] end byte of range, or undefined for suffix range
 * @param {number} [size] size of file, or undefined for suffix range
 * @returns {string}
 */
function cacheKey(start, end, size) {
  if (start < 0) {
    if (end !== undefined) throw new Error(`invalid suffix range [${start}, ${end}]`)
    if (size === undefined) return `${start},`
    return `${size + start},${size}`
  } else if (end !== undefined) {
    if (start > end) throw new Error(`invalid empty range [${start}, ${end}]`)
    return `${start},${end}`
  } else if (size === undefined) {
    return `${start},`
  } else {
    return `${start},${size}`
  }
}

/**
 * Flatten a list of lists into a single list.
 *
 * @param {DecodedArray[]} [chunks]
 * @returns {DecodedArray}
 */
function utils_flatten(chunks) {
  if (!chunks) return []
  if (chunks.length === 1) return chunks[0]
  /** @type {any[]} */
  const output = []
  for (const chunk of chunks) {
    utils_concat(output, chunk)
  }
  return output
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/xxhash.js
// XxHash64 (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md)
// Used by parquet bloom filters: hashes the PLAIN encoding of column values with seed 0.

const MASK = 0xffffffffffffffffn
const PRIME1 = 0x9e3779b185ebca87n
const PRIME2 = 0xc2b2ae3d27d4eb4fn
const PRIME3 = 0x165667b19e3779f9n
const PRIME4 = 0x85ebca77c2b2ae63n
const PRIME5 = 0x27d4eb2f165667c5n

/**
 * @param {bigint} x
 * @param {bigint} r rotation amount in bits (1..63)
 * @returns {bigint}
 */
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK
  acc = rotl64(acc, 31n)
  return acc * PRIME1 & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function mergeRound(acc, val) {
  acc ^= round(0n, val)
  return acc * PRIME1 + PRIME4 & MASK
}

/**
 * Compute the 64-bit xxHash of a byte buffer.
 *
 * @param {Uint8Array} input
 * @param {bigint} [seed]
 * @returns {bigint} 64-bit hash
 */
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const len = input.byteLength
  let offset = 0
  let h64

  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK
    let v2 = seed + PRIME2 & MASK
    let v3 = seed
    let v4 = seed - PRIME1 & MASK

    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true)); offset += 8
      v2 = round(v2, view.getBigUint64(offset, true)); offset += 8
      v3 = round(v3, view.getBigUint64(offset, true)); offset += 8
      v4 = round(v4, view.getBigUint64(offset, true)); offset += 8
    }

    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK
    h64 = mergeRound(h64, v1)
    h64 = mergeRound(h64, v2)
    h64 = mergeRound(h64, v3)
    h64 = mergeRound(h64, v4)
  } else {
    h64 = seed + PRIME5 & MASK
  }

  h64 = h64 + BigInt(len) & MASK

  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true))
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK
    offset += 8
  }

  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK
    offset += 4
  }

  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK
    h64 = rotl64(h64, 11n) * PRIME1 & MASK
    offset += 1
  }

  h64 ^= h64 >> 33n
  h64 = h64 * PRIME2 & MASK
  h64 ^= h64 >> 29n
  h64 = h64 * PRIME3 & MASK
  h64 ^= h64 >> 32n
  return h64
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/bloom.js
// Split Block Bloom Filter (https://github.com/apache/parquet-format/blob/master/BloomFilter.md)
// A bloom filter is a sequence of 32-byte blocks. Each block holds 8 little-endian uint32 words.
// Insertion sets one bit per word, chosen by salting the low 32 bits of an xxhash64.
// Membership requires all 8 bits to be set; misses are exact, hits are probabilistic.




/**
 * @import {BloomFilter, DataReader, ParquetQueryFilter, SchemaElement} from '../src/types.js'
 */

const textEncoder = new TextEncoder()

const SALT = new Uint32Array([
  0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d,
  0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31,
])

/**
 * Map the high 32 bits of a hash to a block index in [0, numBlocks).
 *
 * @param {bigint} hash
 * @param {number} numBlocks
 * @returns {number}
 */
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n)
}

/**
 * Per-block mask: 8 uint32 words, each with a single bit set at position `(low32 * SALT[i]) >> 27`.
 *
 * @param {bigint} hash
 * @returns {Uint32Array}
 */
function blockMask(hash) {
  const m = new Uint32Array(8)
  const low = Number(hash & 0xffffffffn) | 0
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27)
  }
  return m
}

/**
 * Insert a hash into a Split Block Bloom Filter.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 */
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i]
  }
}

/**
 * Test whether a hash might be present in a Split Block Bloom Filter.
 * False positives are possible; false negatives are not.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 * @returns {boolean}
 */
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false
  }
  return true
}

/**
 * Parse a Split Block Bloom Filter from a reader positioned at the BloomFilterHeader.
 * Returns undefined when the header advertises an unsupported algorithm, hash, or
 * compression — callers should treat that as "cannot use this bloom filter."
 *
 * @param {DataReader} reader
 * @returns {BloomFilter | undefined}
 */
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader)
  const numBytes = header.field_1
  if (typeof numBytes !== 'number' || numBytes <= 0 || numBytes % 32 !== 0) return undefined
  // BloomFilterAlgorithm / Hash / Compression are unions with a single supported variant each.
  if (!header.field_2?.field_1) return undefined // algorithm must be BLOCK
  if (!header.field_3?.field_1) return undefined // hash must be XXHASH
  if (!header.field_4?.field_1) return undefined // compression must be UNCOMPRESSED

  const { view, offset } = reader
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`)
  }
  // Reader offset is not 4-aligned in general, and we want endian-portable reads.
  const blocks = new Uint32Array(numBytes >> 2)
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true)
  }
  reader.offset = offset + numBytes
  return { numBytes, blocks }
}

/**
 * Hash a JS filter value as its parquet PLAIN-encoded bytes, suitable for a
 * bloom filter lookup. Returns undefined when the column's parser is lossy or
 * ambiguous (DATE, TIMESTAMP_*, DECIMAL, JSON, BSON, INT96, FLOAT16, UUID,
 * GEOMETRY, GEOGRAPHY, INTERVAL) or when the JS value type doesn't match the
 * column. Callers must treat undefined as "bloom filter cannot help."
 *
 * @param {any} value
 * @param {SchemaElement} element
 * @returns {bigint | undefined}
 */
function hashParquetValue(value, element) {
  if (value === null || value === undefined) return undefined
  const { type, converted_type, logical_type } = element

  if (type === 'BOOLEAN') {
    if (typeof value !== 'boolean') return undefined
    return xxhash64(new Uint8Array([value ? 1 : 0]))
  }

  if (type === 'FLOAT') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setFloat32(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'DOUBLE') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setFloat64(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT32') {
    if (converted_type === 'DATE' || converted_type === 'DECIMAL' || converted_type === 'TIME_MILLIS') return undefined
    if (logical_type?.type === 'DATE' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setInt32(0, value | 0, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT64') {
    if (converted_type === 'TIMESTAMP_MILLIS' || converted_type === 'TIMESTAMP_MICROS') return undefined
    if (converted_type === 'TIME_MICROS' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'TIMESTAMP' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    let bigValue
    if (typeof value === 'bigint') bigValue = value
    else if (typeof value === 'number' && Number.isSafeInteger(value)) bigValue = BigInt(value)
    else return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'BYTE_ARRAY') {
    if (converted_type === 'JSON' || converted_type === 'BSON' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'JSON' || logical_type?.type === 'BSON' || logical_type?.type === 'VARIANT') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (typeof value === 'string') return xxhash64(textEncoder.encode(value))
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (converted_type === 'DECIMAL' || converted_type === 'INTERVAL') return undefined
    if (logical_type?.type === 'DECIMAL' || logical_type?.type === 'UUID' || logical_type?.type === 'FLOAT16') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  // INT96 deprecated, or type missing on group columns
  return undefined
}

/**
 * Top-level column names that appear in $eq or $in predicates within a filter.
 * These are the only columns where a bloom filter can prove a value's absence
 * and let us skip a row group; any other operator can't be helped by a bloom.
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @returns {Set<string>}
 */
function bloomEligibleColumns(filter) {
  /** @type {Set<string>} */
  const out = new Set()
  walkBloomEligible(filter, out)
  return out
}

/**
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Set<string>} out
 */
function walkBloomEligible(filter, out) {
  if (!filter) return
  if ('$and' in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out)
    return
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out)
    return
  }
  // $nor would need to prove presence, not absence — bloom can't help.
  if ('$nor' in filter) return
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) continue
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      if ('$eq' in condition || '$in' in condition) out.add(field)
    } else {
      // primitive / null / array condition is an implicit $eq
      out.add(field)
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/filter.js
/**
 * @import {BloomFilter, ColumnPageStats, PageRanges, ParquetQueryFilter, RowGroup, SchemaElement} from '../src/types.js'
 */




const encoder = new TextEncoder()

/**
 * Returns the physical leaf paths referenced by a filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function pathsNeededForFilter(filter) {
  if (!filter) return []
  /** @type {string[]} */
  const paths = []
  if ('$and' in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter))
  } else if ('$or' in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter))
  } else if ('$nor' in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter))
  } else {
    paths.push(...Object.keys(filter))
  }
  return [...new Set(paths)]
}

/**
 * Returns an array of top-level column names needed to evaluate the filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function filter_columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map(path => path.split('.')[0]))]
}

/**
 * Match a record against a query filter
 *
 * @param {Record<string, any>} record
 * @param {ParquetQueryFilter} filter
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function matchFilter(record, filter, strict = true) {
  if ('$and' in filter && Array.isArray(filter.$and)) {
    return filter.$and.every(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    return filter.$or.some(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some(subQuery => matchFilter(record, subQuery, strict))
  }

  return Object.entries(filter).every(([field, condition]) => {
    const value = resolve(record, field)

    // implicit $eq for non-object conditions
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict)
    }

    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === '$gt') return value !== null && value !== undefined && value > target
      if (operator === '$gte') return value !== null && value !== undefined && value >= target
      if (operator === '$lt') return value !== null && value !== undefined && value < target
      if (operator === '$lte') return value !== null && value !== undefined && value <= target
      if (operator === '$eq') return equals(value, target, strict)
      if (operator === '$ne') return !equals(value, target, strict)
      if (operator === '$in') return Array.isArray(target) && matchesIn(value, target, strict)
      if (operator === '$nin') return Array.isArray(target) && !matchesIn(value, target, strict)
      // value is already resolved, so re-wrap it under a plain key. Reusing
      // field would send a dotted path back through resolve and lose the value.
      if (operator === '$not') return !matchFilter({ value }, { value: target }, strict)
      return true
    })
  })
}

/**
 * Match a value or one of its immediate array elements against a list.
 *
 * @param {any} value
 * @param {any[]} targets
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesIn(value, targets, strict) {
  return targets.some(target =>
    equals(value, target, strict) ||
    Array.isArray(value) && value.some(element => equals(element, target, strict)))
}

/**
 * Check if a row group can be skipped based on filter and column statistics,
 * optionally consulting per-column bloom filters for equality predicates that
 * statistics can't decide.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {string[]} options.physicalColumns
 * @param {ParquetQueryFilter | undefined} options.filter
 * @param {boolean} [options.strict]
 * @param {Record<string, BloomFilter>} [options.bloomFilters] keyed by filter path
 * @param {Record<string, SchemaElement>} [options.schemaElements] keyed by physical leaf path
 * @returns {boolean} true if the row group can be skipped
 */
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false

  // Handle logical operators
  if ('$and' in filter && Array.isArray(filter.$and)) {
    // For AND, we can skip if ANY condition allows skipping
    return filter.$and.some(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    // For OR, we can skip only if ALL conditions allow skipping
    return filter.$or.every(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // For NOR, we can skip if none of the conditions allow skipping
    // This is complex, so we'll be conservative and not skip
    return false
  }

  // Check column filters
  for (const [field, condition] of Object.entries(filter)) {
    // Find the column chunk for this field
    const columnIndex = physicalColumns.indexOf(field)
    if (columnIndex === -1) continue

    const stats = rowGroup.columns[columnIndex].meta_data?.statistics
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {}
    const minVal = min_value !== undefined ? min_value : min
    const maxVal = max_value !== undefined ? max_value : max
    const haveStats = minVal !== undefined && maxVal !== undefined

    const bloom = bloomFilters?.[field]
    const element = schemaElements?.[field]
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) &&
      (nullCount === undefined || nullCount > 0)

    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true
    }

    // Handle operators
    for (const [operator, target] of Object.entries(condition || {})) {
      // Bloom-filter skipping for equality predicates (proves absence, never presence)
      if (bloom && element) {
        if (operator === '$eq') {
          const hash = hashParquetValue(target, element)
          if (hash !== undefined && !sbbfContains(bloom.blocks, hash)) return true
        }
        if (operator === '$in' && Array.isArray(target) && target.length > 0) {
          let allAbsent = true
          for (const v of target) {
            const h = hashParquetValue(v, element)
            if (h === undefined || sbbfContains(bloom.blocks, h)) {
              allAbsent = false
              break
            }
          }
          if (allAbsent) return true
        }
      }
    }
  }

  return false
}

/**
 * Check if a page value range [minVal, maxVal] provably contains no value
 * matching the operator conditions.
 *
 * @param {any} condition operator object like { $gt: 5 }
 * @param {any} minVal lower bound (may be truncated, still a valid bound)
 * @param {any} maxVal upper bound (may be truncated, still a valid bound)
 * @param {boolean} strict
 * @param {SchemaElement} [element] physical schema element for the bounds
 * @returns {boolean} true if no value in the range can match
 */
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === undefined || maxVal === undefined) return false
  const mayContainNaN = element?.type === 'FLOAT' || element?.type === 'DOUBLE' || element?.logical_type?.type === 'FLOAT16'
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element)
    const maxComparison = compareParquetValues(maxVal, target, strict, element)
    // Row filtering uses JavaScript relational operators. For non-ASCII
    // strings their UTF-16 order can differ from Parquet's UTF-8 index order,
    // and binary values are string-coerced rather than byte-compared, so those
    // min/max bounds cannot safely prove a relational predicate impossible.
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== 'BYTE_ARRAY' ||
      typeof target === 'string' && [...target].every(character => character.charCodeAt(0) <= 0x7f))
    if (operator === '$gt' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison <= 0) return true
    if (operator === '$gte' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison < 0) return true
    if (operator === '$lt' && relationalBoundsAreSafe && minComparison !== undefined && minComparison >= 0) return true
    if (operator === '$lte' && relationalBoundsAreSafe && minComparison !== undefined && minComparison > 0) return true
    if (operator === '$eq') {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element)
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element)
      if (targetMinComparison !== undefined && targetMinComparison < 0 ||
          targetMaxComparison !== undefined && targetMaxComparison > 0) return true
    }
    if (operator === '$ne' && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true
    if (operator === '$in' && Array.isArray(target) && target.every(value => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element)
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element)
      return valueMinComparison !== undefined && valueMinComparison < 0 ||
        valueMaxComparison !== undefined && valueMaxComparison > 0
    })) return true
    if (operator === '$nin' && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some(value => equals(minVal, value, strict))) return true
  }
  return false
}

/**
 * Compare values using Parquet's unsigned lexicographic ordering for binary
 * values. Returns undefined when values do not have a safely comparable order.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} strict
 * @param {SchemaElement} [element]
 * @returns {-1 | 0 | 1 | undefined}
 */
function compareParquetValues(a, b, strict, element) {
  // BYTE_ARRAY values are decoded as UTF-8 strings by the default parser even
  // without an explicit UTF8/STRING annotation.
  if (element?.type === 'BYTE_ARRAY') {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined
    return compareBytes(encoder.encode(a), encoder.encode(b))
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return undefined
    return compareBytes(a, b)
  }
  if (a < b) return -1
  if (a > b) return 1
  if (equals(a, b, strict)) return 0
  return undefined
}

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {-1 | 0 | 1}
 */
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  if (a.length < b.length) return -1
  if (a.length > b.length) return 1
  return 0
}

/**
 * Check whether the filter condition accepts a null value.
 *
 * @param {any} condition
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict)
}

/**
 * Compute candidate row ranges within a row group that could match the filter,
 * based on per-page column index statistics.
 *
 * Returns sorted disjoint [start, end) row ranges relative to the group.
 * An empty array means the filter provably matches no rows in the group.
 * Returns undefined when the page statistics give no pruning information
 * (the caller must read the whole selection).
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Record<string, ColumnPageStats>} columnPages keyed by physical leaf path
 * @param {number} groupRows number of rows in the row group
 * @param {boolean} [strict]
 * @returns {PageRanges | undefined}
 */
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return undefined
  if ('$and' in filter && Array.isArray(filter.$and)) {
    /** @type {PageRanges | undefined} */
    let ranges
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict))
    }
    return ranges
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    /** @type {PageRanges} */
    let ranges = []
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict)
      // any un-prunable branch could match anywhere
      if (!subRanges) return undefined
      ranges = unionRanges(ranges, subRanges)
    }
    return ranges
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // Conservative: negations cannot be pruned by min/max bounds
    return undefined
  }

  // Column conditions: all fields must match, so intersect their ranges
  /** @type {PageRanges | undefined} */
  let result
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field]
    if (!pages) continue
    const nullCanMatch = matchesNull(condition, strict)
    /** @type {PageRanges} */
    const keep = []
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i]
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows
      const nullCount = pages.nullCounts?.[i]
      // Keep pages with matching nulls, including pages whose null presence is
      // unknown because the optional null_counts index field was omitted.
      const matchingNulls = nullCanMatch && (nullCount === undefined || nullCount > 0)
      const skip = !pages.nullPages[i] && !matchingNulls &&
        canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element)
      if (!skip) {
        const last = keep[keep.length - 1]
        if (last && last[1] === start) last[1] = end
        else keep.push([start, end])
      }
    }
    result = intersectRanges(result, keep)
  }
  return result
}

/**
 * Intersect two sets of sorted disjoint ranges. Undefined means "everything".
 *
 * @param {PageRanges | undefined} a
 * @param {PageRanges | undefined} b
 * @returns {PageRanges | undefined}
 */
function intersectRanges(a, b) {
  if (!a) return b
  if (!b) return a
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0])
    const end = Math.min(a[i][1], b[j][1])
    if (start < end) out.push([start, end])
    if (a[i][1] < b[j][1]) i++
    else j++
  }
  return out
}

/**
 * Union two sets of sorted disjoint ranges.
 *
 * @param {PageRanges} a
 * @param {PageRanges} b
 * @returns {PageRanges}
 */
function unionRanges(a, b) {
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++]
    const last = out[out.length - 1]
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1])
    else out.push([next[0], next[1]])
  }
  return out
}

/**
 * Resolve a dot-notation path to a value in a nested object.
 *
 * @param {Record<string, any>} record
 * @param {string} path
 * @returns {any}
 */
function resolve(record, path) {
  let value = record
  for (const part of path.split('.')) {
    value = value?.[part]
  }
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/variant.js


/**
 * @import {DataReader, ParquetParsers, VariantMetadata} from '../src/types.js'
 */

const variant_decoder = new TextDecoder()
/** @type {WeakMap<object, Map<string, VariantMetadata>>} */
const metadataCache = new WeakMap()

/**
 * Recursively decode variant structs into native values.
 *
 * @param {any} value
 * @param {ParquetParsers} [parsers]
 * @returns {any}
 */
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map(entry => decodeVariantColumn(entry, parsers))
  }
  if (typeof value !== 'object') return value

  if ('metadata' in value) {
    const metadata = parseVariantMetadata(value.metadata)

    // Decode shredded fields from typed_value
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers)

    // Decode binary value (may contain additional fields for partially shredded objects)
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers)

    // Merge shredded and binary values for partially shredded objects
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields }
    }
    return shreddedFields ?? binaryValue
  }

  return value
}

/**
 * Decode a shredded variant typed_value field.
 *
 * @param {any} typedValue
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue

  // Handle {typed_value, value} wrapper - unwrap and recurse
  if (typedValue && typeof typedValue === 'object' && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ('typed_value' in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== undefined) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers)
    }
    if ('value' in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers)
    }
    if ('typed_value' in typedValue || 'value' in typedValue) {
      // both null/missing → field is null
      return null
    }
    // Shredded object: each field value gets decoded
    /** @type {Record<string, any>} */
    const result = {}
    for (const [key, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue
      result[key] = decodeTypedValue(field, metadata, parsers)
    }
    return result
  }

  // Uint8Array: decode as binary variant
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers)
  }

  // Arrays
  if (Array.isArray(typedValue)) {
    return typedValue.map(element => decodeTypedValue(element, metadata, parsers))
  }

  return typedValue
}

/**
 * @param {Uint8Array} bytes
 * @returns {DataReader}
 */
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
}

/**
 * Parse and cache variant metadata dictionary.
 *
 * @param {Uint8Array} bytes
 * @returns {VariantMetadata}
 */
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer)
  if (!bufferCache) {
    bufferCache = new Map()
    metadataCache.set(bytes.buffer, bufferCache)
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`
  const cached = bufferCache.get(key)
  if (cached) return cached

  const reader = makeReader(bytes)
  const header = reader.view.getUint8(reader.offset++)
  const version = header & 0x0f
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`)
  const sorted = (header >> 4 & 0x1) === 1
  const offsetSize = (header >> 6 & 0x3) + 1

  const dictionarySize = readUnsigned(reader, offsetSize)

  const offsets = new Array(dictionarySize + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize)
  }

  const base = reader.offset
  const dictionary = new Array(dictionarySize)
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i]
    const end = offsets[i + 1]
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start)
    dictionary[i] = variant_decoder.decode(strBytes)
  }

  const metadata = { dictionary, sorted }
  bufferCache.set(key, metadata)
  return metadata
}

/**
 * @param {DataReader} reader
 * @param {number} byteWidth
 * @returns {number}
 */
function readUnsigned(reader, byteWidth) {
  let value = 0
  for (let i = 0; i < byteWidth; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8
  }
  reader.offset += byteWidth
  return value
}

/**
 * @param {DataReader} reader
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++)
  const basicType = typeByte & 0x3
  const header = typeByte >> 2
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers)
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers)
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers)
  // else short string
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header)
  reader.offset += header
  return variant_decoder.decode(bytes)
}

/**
 * @param {DataReader} reader
 * @param {number} typeId
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
  case 0: return null
  case 1: return true
  case 2: return false
  case 3: {
    const value = reader.view.getInt8(reader.offset)
    reader.offset += 1
    return value
  }
  case 4: {
    const value = reader.view.getInt16(reader.offset, true)
    reader.offset += 2
    return value
  }
  case 5: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 6: {
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 7: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 8:
    return readVariantDecimal(reader, 4)
  case 9:
    return readVariantDecimal(reader, 8)
  case 10:
    return readVariantDecimal(reader, 16)
  case 11: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return parsers.dateFromDays(value)
  }
  case 12: // timestamp_micros (utc)
  case 13: { // timestamp_micros_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromMicroseconds(value)
  }
  case 14: {
    const value = reader.view.getFloat32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 15:
    return readVariantBinary(reader)
  case 16: {
    const bytes = readVariantBinary(reader)
    return variant_decoder.decode(bytes)
  }
  case 17: {
    // time: microseconds since midnight
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 18: // timestamp_nanos (utc)
  case 19: { // timestamp_nanos_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromNanoseconds(value)
  }
  case 20: {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16)
    reader.offset += 16
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
  default:
    throw new Error(`parquet unsupported variant primitive type: ${typeId}`)
  }
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {Record<string, any>}
 */
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 0x3) + 1
  const idWidth = (header >> 2 & 0x3) + 1
  const isLarge = header >> 4 & 0x1
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++)

  /** @type {number[]} */
  const fieldIds = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth)
  }

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  /** @type {Record<string, any>} */
  const out = {}
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]]
    // Read value at the given offset
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i],
    }
    out[key] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset += offsets[offsets.length - 1]
  return out
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any[]}
 */
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 0x3
  const isLarge = header >> 2 & 0x1
  const offsetWidth = fieldOffsetSize + 1
  const numElements = readUnsigned(reader, isLarge ? 4 : 1)

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  const valuesStart = reader.offset
  const result = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i],
    }
    result[i] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset = valuesStart + offsets[offsets.length - 1]
  return result
}

/**
 * @param {DataReader} reader
 * @param {number} width
 * @returns {number}
 */
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset)
  reader.offset += 1
  let unscaled
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true))
    reader.offset += 4
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
  } else {
    const low = reader.view.getBigUint64(reader.offset, true)
    const high = reader.view.getBigInt64(reader.offset + 8, true)
    unscaled = high << 64n | low
    reader.offset += 16
  }

  return Number(unscaled) / 10 ** scale
}

/**
 * @param {DataReader} reader
 * @returns {Uint8Array}
 */
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true)
  reader.offset += 4
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
  reader.offset += length
  return bytes
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/assemble.js



/**
 * Reconstructs a complex nested structure from flat arrays of values and
 * definition and repetition levels, according to Dremel encoding.
 *
 * @param {any[]} output
 * @param {number[] | undefined} definitionLevels
 * @param {number[]} repetitionLevels
 * @param {DecodedArray} values
 * @param {SchemaTree[]} schemaPath
 * @returns {DecodedArray}
 */
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  // If no def/rep levels, synthesize def levels at max
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel)
  }
  const n = definitionLevels?.length || repetitionLevels.length
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type)
  let valueIndex = 0

  // Track state of nested structures
  const containerStack = [output]
  let currentContainer = output
  let currentDepth = 0 // schema depth
  let currentDefLevel = 0 // list depth
  let currentRepLevel = 0

  if (repetitionLevels[0]) {
    // continue previous row
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        // go into last list
        currentContainer = currentContainer.at(-1)
        containerStack.push(currentContainer)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }
  }

  for (let i = 0; i < n; i++) {
    // assert(currentDefLevel === containerStack.length - 1)
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel
    const rep = repetitionLevels[i]

    // Pop up to start of rep level
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== 'REPEATED')) {
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        containerStack.pop()
        currentDefLevel--
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel--
      currentDepth--
    }
    // @ts-expect-error won't be empty
    currentContainer = containerStack.at(-1)

    // Go deeper to end of definition level
    while (
      (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === 'REPEATED') &&
      (currentDefLevel < def || repetitionPath[currentDepth + 1] === 'REQUIRED')
    ) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        /** @type {any[]} */
        const newList = []
        currentContainer.push(newList)
        currentContainer = newList
        containerStack.push(newList)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }

    // Add value or null based on definition level
    if (def === maxDefinitionLevel) {
      // assert(currentDepth === maxDefinitionLevel || currentDepth === repetitionPath.length - 2)
      currentContainer.push(values[valueIndex++])
    } else if (currentDepth === repetitionPath.length - 2) {
      // an undefined repeated leaf is an empty list, not a null value
      currentContainer.push(repetitionPath[currentDepth + 1] === 'REPEATED' ? [] : null)
    } else {
      currentContainer.push([])
    }
  }

  // Handle edge cases for empty inputs or single-level data
  if (!output.length) {
    // return max definition level of nested lists
    for (let i = 0; i < maxDefinitionLevel; i++) {
      /** @type {any[]} */
      const newList = []
      currentContainer.push(newList)
      currentContainer = newList
    }
  }

  return output
}

/**
 * Assemble a nested structure from subcolumn data.
 *
 * @param {Map<string, DecodedArray>} subcolumnData
 * @param {SchemaTree} schema top-level schema element
 * @param {ParquetParsers} parsers
 * @param {number} [depth] depth of nested structure
 */
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join('.')
  const optional = schema.element.repetition_type === 'OPTIONAL'
  const nextDepth = optional ? depth + 1 : depth

  if (isListLike(schema)) {
    let sublist = schema.children[0]
    let subDepth = nextDepth
    if (sublist.children.length === 1) {
      sublist = sublist.children[0]
      subDepth++
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth)

    const subcolumn = sublist.path.join('.')
    const values = subcolumnData.get(subcolumn)
    if (!values) throw new Error('parquet list column missing values')
    if (optional) flattenAtDepth(values, depth)
    subcolumnData.set(path, values)
    subcolumnData.delete(subcolumn)
    return
  }

  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name

    // Assemble keys and values
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1)
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1)

    const keys = subcolumnData.get(`${path}.${mapName}.key`)
    const values = subcolumnData.get(`${path}.${mapName}.value`)

    if (!keys) throw new Error('parquet map column missing keys')
    if (!values) throw new Error('parquet map column missing values')
    if (keys.length !== values.length) {
      throw new Error('parquet map column key/value length mismatch')
    }

    const out = assembleMaps(keys, values, nextDepth)
    if (optional) flattenAtDepth(out, depth)

    subcolumnData.delete(`${path}.${mapName}.key`)
    subcolumnData.delete(`${path}.${mapName}.value`)
    subcolumnData.set(path, out)
    return
  }

  // Struct-like column
  if (schema.children.length) {
    // construct a meta struct and then invert
    const invertDepth = schema.element.repetition_type === 'REQUIRED' ? depth : depth + 1
    /** @type {Record<string, any>} */
    const struct = {}
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth)
      const childData = subcolumnData.get(child.path.join('.'))
      if (!childData) throw new Error('parquet struct missing child data')
      struct[child.element.name] = childData
    }
    // remove children
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join('.'))
    }

    // invert struct by depth
    let inverted = invertStruct(struct, invertDepth)
    if (schema.element.logical_type?.type === 'VARIANT') {
      inverted = decodeVariantColumn(inverted, parsers)
    }
    if (optional) flattenAtDepth(inverted, depth)
    subcolumnData.set(path, inverted)
  }
}

/**
 * @import {DecodedArray, ParquetParsers, SchemaTree} from '../src/types.js'
 * @param {DecodedArray} arr
 * @param {number} depth
 */
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1)
    } else {
      arr[i] = arr[i].length ? arr[i][0] : null
    }
  }
}

/**
 * @param {DecodedArray} keys
 * @param {DecodedArray} values
 * @param {number} depth
 * @returns {any[]}
 */
function assembleMaps(keys, values, depth) {
  const out = []
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1)) // go deeper
    } else {
      if (keys[i]) {
        /** @type {Record<string, any>} */
        const obj = {}
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j]
          obj[keys[i][j]] = value === undefined ? null : value
        }
        out.push(obj)
      } else {
        out.push(undefined)
      }
    }
  }
  return out
}

/**
 * Invert a struct-like object by depth.
 *
 * @param {Record<string, any[]>} struct
 * @param {number} depth
 * @returns {any[]}
 */
function invertStruct(struct, depth) {
  const keys = Object.keys(struct)
  const length = struct[keys[0]]?.length
  const out = []
  for (let i = 0; i < length; i++) {
    /** @type {Record<string, any>} */
    const obj = {}
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error('parquet struct parsing error')
      obj[key] = struct[key][i]
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1)) // deeper
    } else {
      out.push(obj)
    }
  }
  return out
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/alp.js
/**
 * ALP (Adaptive Lossless floating-Point) encoding decoder.
 * Supports FLOAT and DOUBLE types.
 *
 * ALP encodes floating-point values by converting them to integers using
 * decimal scaling, then applying frame of reference (FOR) encoding and
 * bit-packing. Values that cannot be losslessly converted are stored as exceptions.
 *
 * See https://github.com/apache/parquet-format/blob/master/AlpEncoding.md
 */

// Correctly-rounded powers of ten (all exactly representable as doubles)
const POW10 = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
]
const POW10_NEG = [
  1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9,
  1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18,
]
// float32 versions for FLOAT decoding (exponent range [0, 10])
const POW10F = POW10.slice(0, 11).map(Math.fround)
const POW10F_NEG = POW10_NEG.slice(0, 11).map(Math.fround)

/**
 * Decode ALP encoded data.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.d.ts'
 * @param {DataReader} reader - data reader positioned at start of ALP data
 * @param {number} count - number of values to decode
 * @param {ParquetType} type - FLOAT or DOUBLE
 * @returns {DecodedArray} decoded float or double array
 */
function alpDecode(reader, count, type) {
  if (type === 'FLOAT') {
    return alpDecodeFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return alpDecodeDouble(reader, count)
  } else {
    throw new Error(`ALP encoding unsupported type: ${type}`)
  }
}

/**
 * Read the ALP page header and offset array, returning vector layout info.
 *
 * @param {DataReader} reader
 * @returns {{ vectorSize: number, numElements: number, numVectors: number, offsetArrayStart: number }}
 */
function readAlpHeader(reader) {
  const { view } = reader
  const compressionMode = view.getUint8(reader.offset++)
  if (compressionMode !== 0) {
    throw new Error(`ALP unsupported compression mode: ${compressionMode}`)
  }
  const integerEncoding = view.getUint8(reader.offset++)
  if (integerEncoding !== 0) {
    throw new Error(`ALP unsupported integer encoding: ${integerEncoding}`)
  }
  const logVectorSize = view.getUint8(reader.offset++)
  if (logVectorSize < 3 || logVectorSize > 15) {
    throw new Error(`ALP invalid log_vector_size: ${logVectorSize}`)
  }
  const vectorSize = 1 << logVectorSize
  const numElements = view.getInt32(reader.offset, true)
  reader.offset += 4
  const numVectors = Math.ceil(numElements / vectorSize)
  const offsetArrayStart = reader.offset
  reader.offset += numVectors * 4
  return { vectorSize, numElements, numVectors, offsetArrayStart }
}

/**
 * Decode ALP encoded float data.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function alpDecodeFloat(reader, count) {
  const { view } = reader
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader)
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`)
  }

  const output = new Float32Array(count)
  const outputBytes = new Uint8Array(output.buffer)

  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true)
    const outputOffset = v * vectorSize
    const n = Math.min(vectorSize, numElements - outputOffset)

    // AlpInfo (4 bytes)
    const exponent = view.getUint8(reader.offset++)
    const factor = view.getUint8(reader.offset++)
    const numExceptions = view.getUint16(reader.offset, true)
    reader.offset += 2

    // ForInfo (5 bytes)
    const frameOfReference = view.getInt32(reader.offset, true)
    reader.offset += 4
    const bitWidth = view.getUint8(reader.offset++)

    // PackedValues
    const deltas = unpackBits(reader, n, bitWidth)

    // Reverse FOR (wrapping int32) and decimal decode in float32 arithmetic
    const mulFactor = POW10F[factor]
    const mulExponent = POW10F_NEG[exponent]
    for (let i = 0; i < n; i++) {
      const encoded = deltas[i] + frameOfReference | 0
      output[outputOffset + i] = Math.fround(Math.fround(encoded) * mulFactor) * mulExponent
    }

    patchExceptions(reader, numExceptions, 4, outputBytes, outputOffset)
  }

  return output
}

/**
 * Decode ALP encoded double data.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function alpDecodeDouble(reader, count) {
  const { view } = reader
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader)
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`)
  }

  const output = new Float64Array(count)
  const outputBytes = new Uint8Array(output.buffer)

  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true)
    const outputOffset = v * vectorSize
    const n = Math.min(vectorSize, numElements - outputOffset)

    // AlpInfo (4 bytes)
    const exponent = view.getUint8(reader.offset++)
    const factor = view.getUint8(reader.offset++)
    const numExceptions = view.getUint16(reader.offset, true)
    reader.offset += 2

    // ForInfo (9 bytes)
    const frameOfReference = view.getBigInt64(reader.offset, true)
    reader.offset += 8
    const bitWidth = view.getUint8(reader.offset++)

    const mulFactor = POW10[factor]
    const mulExponent = POW10_NEG[exponent]
    const forNumber = Number(frameOfReference)
    if (bitWidth <= 32 && Number.isSafeInteger(forNumber)) {
      // Fast path: deltas and frame of reference are exact as doubles,
      // so delta + FOR rounds identically to an int64 -> double cast.
      const deltas = unpackBits(reader, n, bitWidth)
      for (let i = 0; i < n; i++) {
        output[outputOffset + i] = (deltas[i] + forNumber) * mulFactor * mulExponent
      }
    } else {
      // Wide values: use BigInt for exact wrapping int64 arithmetic
      const deltas = unpackBitsBig(reader, n, bitWidth)
      for (let i = 0; i < n; i++) {
        const encoded = BigInt.asIntN(64, deltas[i] + frameOfReference)
        output[outputOffset + i] = Number(encoded) * mulFactor * mulExponent
      }
    }

    patchExceptions(reader, numExceptions, 8, outputBytes, outputOffset)
  }

  return output
}

/**
 * Read exception positions and values, and copy the raw IEEE-754 bytes
 * into the output (preserving NaN payloads bit-for-bit).
 *
 * @param {DataReader} reader
 * @param {number} numExceptions
 * @param {number} byteSize - 4 for float, 8 for double
 * @param {Uint8Array} outputBytes - byte view of the output array
 * @param {number} outputOffset - element index of the current vector
 */
function patchExceptions(reader, numExceptions, byteSize, outputBytes, outputOffset) {
  if (!numExceptions) return
  const { view } = reader
  const positionsStart = reader.offset
  const valuesStart = positionsStart + numExceptions * 2
  const source = new Uint8Array(view.buffer, view.byteOffset + valuesStart, numExceptions * byteSize)
  for (let e = 0; e < numExceptions; e++) {
    const pos = view.getUint16(positionsStart + e * 2, true)
    const dest = (outputOffset + pos) * byteSize
    outputBytes.set(source.subarray(e * byteSize, (e + 1) * byteSize), dest)
  }
  reader.offset = valuesStart + numExceptions * byteSize
}

/**
 * Unpack LSB-first bit-packed unsigned values with bitWidth <= 32.
 * Consumes ceil(count * bitWidth / 8) bytes from the reader.
 *
 * @param {DataReader} reader
 * @param {number} count - number of values to unpack
 * @param {number} bitWidth - bits per value
 * @returns {Uint32Array}
 */
function unpackBits(reader, count, bitWidth) {
  const output = new Uint32Array(count)
  if (!bitWidth) return output
  const { view } = reader
  const start = reader.offset
  const modulus = 2 ** bitWidth
  let bitPos = 0
  for (let i = 0; i < count; i++) {
    let byteIndex = start + (bitPos >>> 3)
    const shift = bitPos & 7
    // accumulate as a double to avoid 32-bit overflow (at most 40 bits needed)
    let value = view.getUint8(byteIndex++) >>> shift
    let bits = 8 - shift
    while (bits < bitWidth) {
      value += view.getUint8(byteIndex++) * 2 ** bits
      bits += 8
    }
    output[i] = value % modulus
    bitPos += bitWidth
  }
  reader.offset = start + Math.ceil(count * bitWidth / 8)
  return output
}

/**
 * Unpack LSB-first bit-packed unsigned values with bitWidth <= 64 as BigInts.
 * Consumes ceil(count * bitWidth / 8) bytes from the reader.
 *
 * @param {DataReader} reader
 * @param {number} count - number of values to unpack
 * @param {number} bitWidth - bits per value
 * @returns {BigUint64Array}
 */
function unpackBitsBig(reader, count, bitWidth) {
  const output = new BigUint64Array(count)
  if (!bitWidth) return output
  const { view } = reader
  const start = reader.offset
  const mask = (1n << BigInt(bitWidth)) - 1n
  let buffer = 0n
  let bitsInBuffer = 0
  let byteIndex = start
  for (let i = 0; i < count; i++) {
    while (bitsInBuffer < bitWidth) {
      buffer |= BigInt(view.getUint8(byteIndex++)) << BigInt(bitsInBuffer)
      bitsInBuffer += 8
    }
    output[i] = buffer & mask
    buffer >>= BigInt(bitWidth)
    bitsInBuffer -= bitWidth
  }
  reader.offset = start + Math.ceil(count * bitWidth / 8)
  return output
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/delta.js
/**
 * @import {DataReader} from '../src/types.js'
 */



/**
 * @param {DataReader} reader
 * @param {number} count number of values to read
 * @param {Int32Array | BigInt64Array} output
 */
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output)
    return
  }
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader) // assert(=== count)
  let value = readZigZagBigInt(reader) // first value
  let outputIndex = 0
  output[outputIndex++] = value

  const valuesPerMiniblock = blockSize / miniblockPerBlock

  while (outputIndex < count) {
    // new block
    const minDelta = readZigZagBigInt(reader)
    const bitWidths = new Uint8Array(miniblockPerBlock)
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++)
    }

    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      // new miniblock
      const bitWidth = bitWidths[i]
      if (bitWidth) {
        // Miniblock data lengths are multiples of four bytes.
        let bitpackPos = 0
        let miniblockCount = valuesPerMiniblock
        const mask = (1n << BigInt(bitWidth)) - 1n
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask // TODO: don't re-read value every time
          bitpackPos += bitWidth
          while (bitpackPos >= 32) {
            bitpackPos -= 32
            reader.offset += 4
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth - bitpackPos) & mask
            }
          }
          const delta = minDelta + bits
          value += delta
          output[outputIndex++] = value
          miniblockCount--
        }
        if (miniblockCount) {
          // consume leftover miniblock
          reader.offset += Math.ceil((miniblockCount * bitWidth + bitpackPos) / 8)
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta
          output[outputIndex++] = value
        }
      }
    }
  }
}

/**
 * Decode INT32 without BigInt arithmetic in the per-value loop.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {Int32Array} output
 */
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader)
  let value = readZigZag(reader)
  let outputIndex = 0
  output[outputIndex++] = value
  const valuesPerMiniblock = blockSize / miniblockPerBlock
  const { view } = reader
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader)
    const bitWidthsOffset = reader.offset
    let offset = bitWidthsOffset + miniblockPerBlock
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth = view.getUint8(bitWidthsOffset + i)
      const end = offset + valuesPerMiniblock * bitWidth / 8
      let bitOffset = 0
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0
        let bitsRead = 0
        while (bitsRead < bitWidth) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth - bitsRead)
          // Residual bits at 32 and above vanish modulo 2^32.
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead
          }
          bitsRead += bitsToRead
          bitOffset += bitsToRead
          if (bitOffset === 8) {
            bitOffset = 0
            offset++
          }
        }
        // Parquet INT32 delta arithmetic wraps in two's complement.
        value = value + minDelta + residual | 0
        output[outputIndex++] = value
      }
      // Consume the entire padded miniblock, but not unused miniblock bodies.
      offset = end
    }
    reader.offset = offset
  }
}

/**
 * Read a zigzag varint modulo 2^32. INT32 deltas can need 33 bits, which
 * readZigZag truncates, but only the low 32 bits of the decoded value matter.
 * readVarInt keeps the low 32 zigzag bits of a 5-byte varint; bit 32 is bit 4
 * of the fifth byte. Reusing readVarInt keeps the caller's hot loop fast.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZagInt33(reader) {
  const start = reader.offset
  const low = readVarInt(reader)
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0
  return (low >>> 1 | high << 31) ^ -(low & 1)
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count)
  deltaBinaryUnpack(reader, count, lengths)
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i])
    reader.offset += lengths[i]
  }
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, prefixData)
  const suffixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, suffixData)

  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i])
    if (prefixData[i]) {
      // copy from previous value
      output[i] = new Uint8Array(prefixData[i] + suffixData[i])
      output[i].set(output[i - 1].subarray(0, prefixData[i]))
      output[i].set(suffix, prefixData[i])
    } else {
      output[i] = suffix
    }
    reader.offset += suffixData[i]
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/encoding.js
/**
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 */



/**
 * Read values from a run-length encoded/bit-packed hybrid encoding.
 *
 * If length is zero, then read int32 length at the start.
 *
 * @param {DataReader} reader
 * @param {number} width - bitwidth
 * @param {DecodedArray} output
 * @param {number} [length] - length of the encoded data
 */
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
  }
  const startOffset = reader.offset
  let seen = 0
  while (seen < output.length) {
    const header = readVarInt(reader)
    if (header & 1) {
      // bit-packed
      seen = readBitPacked(reader, header, width, output, seen)
    } else {
      // rle
      const count = header >>> 1
      readRle(reader, count, width, output, seen)
      seen += count
    }
  }
  reader.offset = startOffset + length // duckdb writes an empty block
}

/**
 * Run-length encoding: read value with bitWidth and repeat it count times.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 */
function readRle(reader, count, bitWidth, output, seen) {
  const width = bitWidth + 7 >> 3
  let value = 0
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3)
  }
  // assert(value < 1 << bitWidth)

  // repeat value count times
  for (let i = 0; i < count; i++) {
    output[seen + i] = value
  }
}

/**
 * Read a bit-packed run of the rle/bitpack hybrid.
 * Supports width > 8 (crossing bytes).
 *
 * @param {DataReader} reader
 * @param {number} header - bit-pack header
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 * @returns {number} total output values so far
 */
function readBitPacked(reader, header, bitWidth, output, seen) {
  let count = header >> 1 << 3 // values to read
  const mask = (1 << bitWidth) - 1

  let data = 0
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++)
  } else if (mask) {
    // sometimes out-of-bounds reads are masked out
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`)
  }
  let left = 8
  let right = 0

  // read values
  while (count) {
    // if we have crossed a byte boundary, shift the data
    if (right > 8) {
      right -= 8
      left -= 8
      data >>>= 8
    } else if (left - right < bitWidth) {
      // if we don't have bitWidth number of bits to read, read next byte
      data |= reader.view.getUint8(reader.offset) << left
      reader.offset++
      left += 8
    } else {
      if (seen < output.length) {
        // emit value
        output[seen++] = data >> right & mask
      }
      count--
      right += bitWidth
    }
  }

  return seen
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {DecodedArray}
 */
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength)
  const bytes = new Uint8Array(count * width)
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++)
    }
  }
  // interpret bytes as typed array
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  else if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  else if (type === 'INT32') return new Int32Array(bytes.buffer)
  else if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    // split into arrays of typeLength
    const split = new Array(count)
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width)
    }
    return split
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`)
}

/**
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {number}
 */
function byteWidth(type, typeLength) {
  switch (type) {
  case 'INT32':
  case 'FLOAT':
    return 4
  case 'INT64':
  case 'DOUBLE':
    return 8
  case 'FIXED_LEN_BYTE_ARRAY':
    if (!typeLength) throw new Error('parquet byteWidth missing type_length')
    return typeLength
  default:
    throw new Error(`parquet unsupported type: ${type}`)
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plain.js
/**
 * Read `count` values of the given type from the reader.view.
 *
 * @param {DataReader} reader - buffer to read data from
 * @param {ParquetType} type - parquet type of the data
 * @param {number} count - number of values to read
 * @param {number | undefined} fixedLength - length of each fixed length byte array
 * @returns {DecodedArray} array of values
 */
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return []
  if (type === 'BOOLEAN') {
    return readPlainBoolean(reader, count)
  } else if (type === 'INT32') {
    return readPlainInt32(reader, count)
  } else if (type === 'INT64') {
    return readPlainInt64(reader, count)
  } else if (type === 'INT96') {
    return readPlainInt96(reader, count)
  } else if (type === 'FLOAT') {
    return readPlainFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return readPlainDouble(reader, count)
  } else if (type === 'BYTE_ARRAY') {
    return readPlainByteArray(reader, count)
  } else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (!fixedLength) throw new Error('parquet missing fixed length')
    return readPlainByteArrayFixed(reader, count, fixedLength)
  } else {
    throw new Error(`parquet unhandled type: ${type}`)
  }
}

/**
 * Read `count` boolean values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {boolean[]}
 */
function readPlainBoolean(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0)
    const bitOffset = i % 8
    const byte = reader.view.getUint8(byteOffset)
    values[i] = (byte & 1 << bitOffset) !== 0
  }
  reader.offset += Math.ceil(count / 8)
  return values
}

/**
 * Read `count` int32 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Int32Array}
 */
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` int64 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {BigInt64Array}
 */
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` int96 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {bigint[]}
 */
function readPlainInt96(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true)
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
    values[i] = BigInt(high) << 64n | low
  }
  reader.offset += count * 12
  return values
}

/**
 * Read `count` float values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` double values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` byte array values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Uint8Array[]}
 */
function readPlainByteArray(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
    reader.offset += length
  }
  return values
}

/**
 * Read a fixed length byte array.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} fixedLength
 * @returns {Uint8Array[]}
 */
function readPlainByteArrayFixed(reader, count, fixedLength) {
  // assert(reader.view.byteLength - reader.offset >= count * fixedLength)
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
    reader.offset += fixedLength
  }
  return values
}

/**
 * Create a new buffer with the offset and size.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 * @param {ArrayBufferLike} buffer
 * @param {number} offset
 * @param {number} size
 * @returns {ArrayBuffer}
 */
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size)
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
  return aligned
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/snappy.js
/**
 * The MIT License (MIT)
 * Copyright (c) 2016 Zhipeng Jia
 * https://github.com/zhipeng-jia/snappyjs
 */

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

/**
 * Copy bytes from one array to another
 *
 * @param {Uint8Array} fromArray source array
 * @param {number} fromPos source position
 * @param {Uint8Array} toArray destination array
 * @param {number} toPos destination position
 * @param {number} length number of bytes to copy
 */
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

/**
 * Decompress snappy data.
 * Accepts an output buffer to avoid allocating a new buffer for each call.
 *
 * @param {Uint8Array} input compressed data
 * @param {Uint8Array} output output buffer
 */
function snappyUncompress(input, output) {
  const inputLength = input.byteLength
  const outputLength = output.byteLength
  let pos = 0
  let outPos = 0

  // skip preamble (contains uncompressed length as varint)
  while (pos < inputLength) {
    const c = input[pos]
    pos++
    if (c < 128) {
      break
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error('invalid snappy length header')
  }

  while (pos < inputLength) {
    const c = input[pos]
    let len = 0
    pos++

    if (pos >= inputLength) {
      throw new Error('missing eof marker')
    }

    // There are two types of elements, literals and copies (back references)
    if ((c & 0x3) === 0) {
      // Literals are uncompressed data stored directly in the byte stream
      let len = (c >>> 2) + 1
      // Longer literal length is encoded in multiple bytes
      if (len > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error('snappy error literal pos + 3 >= inputLength')
        }
        const lengthSize = len - 60 // length bytes - 1
        len = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        len = (len & WORD_MASK[lengthSize]) + 1
        pos += lengthSize
      }
      if (pos + len > inputLength) {
        throw new Error('snappy error literal exceeds input length')
      }
      copyBytes(input, pos, output, outPos, len)
      pos += len
      outPos += len
    } else {
      // Copy elements
      let offset = 0 // offset back from current position to read
      switch (c & 0x3) {
      case 1:
        // Copy with 1-byte offset
        len = (c >>> 2 & 0x7) + 4
        offset = input[pos] + (c >>> 5 << 8)
        pos++
        break
      case 2:
        // Copy with 2-byte offset
        if (inputLength <= pos + 1) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos] + (input[pos + 1] << 8)
        pos += 2
        break
      case 3:
        // Copy with 4-byte offset
        if (inputLength <= pos + 3) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        pos += 4
        break
      default:
        break
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
      }
      if (offset > outPos) {
        throw new Error('cannot copy from before start of buffer')
      }
      copyBytes(output, outPos - offset, output, outPos, len)
      outPos += len
    }
  }

  if (outPos !== outputLength) throw new Error('premature end of input')
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/datapage.js
/**
 * @import {ColumnDecoder, CompressionCodec, Compressors, DataPage, DataPageHeader, DataPageHeaderV2, DataReader, DecodedArray, PageHeader, SchemaTree} from '../src/types.js'
 */








/**
 * Read a data page from uncompressed reader.
 *
 * @param {Uint8Array} bytes raw page data (should already be decompressed)
 * @param {DataPageHeader} daph data page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const reader = { view, offset: 0 }
  /** @type {DecodedArray} */
  let dataPage

  // repetition and definition levels
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
  // assert(!repetitionLevels.length || repetitionLevels.length === daph.num_values)
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
  // assert(!definitionLevels.length || definitionLevels.length === daph.num_values)

  // read values based on encoding
  const nValues = daph.num_values - numNulls
  if (daph.encoding === 'PLAIN') {
    dataPage = readPlain(reader, type, nValues, element.type_length)
  } else if (
    daph.encoding === 'PLAIN_DICTIONARY' ||
    daph.encoding === 'RLE_DICTIONARY' ||
    daph.encoding === 'RLE'
  ) {
    const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
    if (bitWidth) {
      dataPage = new Array(nValues)
      if (type === 'BOOLEAN') {
        readRleBitPackedHybrid(reader, bitWidth, dataPage)
        dataPage = dataPage.map(x => !!x) // convert to boolean
      } else {
        // assert(daph.encoding.endsWith('_DICTIONARY'))
        readRleBitPackedHybrid(reader, bitWidth, dataPage, view.byteLength - reader.offset)
      }
    } else {
      dataPage = new Uint8Array(nValues) // nValue zeroes
    }
  } else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length)
  } else if (daph.encoding === 'ALP') {
    dataPage = alpDecode(reader, nValues, type)
  } else if (daph.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(reader, nValues, dataPage)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels and number of bytes read
 */
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values)
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values)
      return values
    }
  }
  return []
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {{ definitionLevels: number[], numNulls: number }} definition levels
 */
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }

  const definitionLevels = new Array(daph.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels)

  // count nulls
  let numNulls = daph.num_values
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--
  }
  if (numNulls === 0) definitionLevels.length = 0

  return { definitionLevels, numNulls }
}

/**
 * @param {Uint8Array} compressedBytes
 * @param {number} uncompressed_page_size
 * @param {CompressionCodec} codec
 * @param {Compressors | undefined} compressors
 * @returns {Uint8Array}
 */
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  /** @type {Uint8Array} */
  let page
  const customDecompressor = compressors?.[codec]
  if (codec === 'UNCOMPRESSED') {
    page = compressedBytes
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size)
  } else if (codec === 'SNAPPY') {
    page = new Uint8Array(uncompressed_page_size)
    snappyUncompress(compressedBytes, page)
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`)
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
  }
  return page
}


/**
 * Read a data page from the given Uint8Array.
 *
 * @param {Uint8Array} compressedBytes raw page data
 * @param {PageHeader} ph page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
  const reader = { view, offset: 0 }
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  const daph2 = ph.data_page_header_v2
  if (!daph2) throw new Error('parquet data page header v2 is undefined')

  // repetition levels
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
  reader.offset = daph2.repetition_levels_byte_length // readVarInt() => len for boolean v2?

  // definition levels
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
  // assert(reader.offset === daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length)

  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length

  let page = compressedBytes.subarray(reader.offset)
  // a page with no values may have zero compressed bytes, which is not a valid stream
  if (daph2.is_compressed !== false && uncompressedPageSize) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors)
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const pageReader = { view: pageView, offset: 0 }

  // read values based on encoding
  /** @type {DecodedArray} */
  let dataPage
  const nValues = daph2.num_values - daph2.num_nulls
  if (daph2.encoding === 'PLAIN') {
    dataPage = readPlain(pageReader, type, nValues, element.type_length)
  } else if (daph2.encoding === 'RLE') {
    // assert(type === 'BOOLEAN')
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, 1, dataPage)
    dataPage = dataPage.map(x => !!x)
  } else if (
    daph2.encoding === 'PLAIN_DICTIONARY' ||
    daph2.encoding === 'RLE_DICTIONARY'
  ) {
    const bitWidth = pageView.getUint8(pageReader.offset++)
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
  } else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length)
  } else if (daph2.encoding === 'ALP') {
    dataPage = alpDecode(pageReader, nValues, type)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels
 */
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
  if (!maxRepetitionLevel) return []

  const values = new Array(daph2.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
  return values
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {number[] | undefined} definition levels
 */
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (maxDefinitionLevel) {
    // V2 we know the length
    const values = new Array(daph2.num_values)
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
    return values
  }
}

/**
 * Minimum bits needed to store value.
 *
 * @param {number} value
 * @returns {number}
 */
function bitWidth(value) {
  return 32 - Math.clz32(value)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/column.js
/**
 * @import {ColumnDecoder, DataReader, DecodedArray, PageHeader, PageResult, RowGroupSelect, Statistics, SubColumnData} from '../src/types.js'
 */









/**
 * Parse column data from a buffer.
 *
 * @param {DataReader} reader
 * @param {RowGroupSelect} rowGroupSelect row group selection
 * @param {ColumnDecoder} columnDecoder column decoder params
 * @param {(chunk: SubColumnData) => void} [onPage] callback for each page
 * @returns {{ data: DecodedArray[], skipped: number }}
 */
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder
  const isFlat = isFlatColumn(schemaPath)
  /** @type {DecodedArray[]} */
  const chunks = []
  /** @type {DecodedArray | undefined} */
  let dictionary = undefined
  /** @type {DecodedArray | undefined} */
  let lastChunk = undefined
  let rowCount = 0
  let skipped = 0

  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount,
    })
  })

  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break // end of reader

    // read page header
    const header = parquetHeader(reader)
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
      if (data) dictionary = convert(data, columnDecoder)
    } else {
      const lastChunkLength = lastChunk?.length || 0
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
      if (result.skipped) {
        // skipped page - just advance row count, don't add to chunks
        if (!chunks.length) {
          skipped += result.skipped
        }
        rowCount += result.skipped
      } else if (result.data && lastChunk === result.data) {
        // continued from previous page
        rowCount += result.data.length - lastChunkLength
      } else if (result.data && result.data.length) {
        emitLastChunk?.()
        chunks.push(result.data)
        rowCount += result.data.length
        lastChunk = result.data
      }
    }
  }
  emitLastChunk?.()

  return { data: chunks, skipped }
}

/**
 * Read a page (data or dictionary) from a buffer.
 *
 * @param {DataReader} reader
 * @param {PageHeader} header
 * @param {ColumnDecoder} columnDecoder
 * @param {DecodedArray | undefined} dictionary
 * @param {DecodedArray | undefined} previousChunk
 * @param {number} pageStart skip this many rows in the page
 * @returns {PageResult}
 */
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  // read compressed_page_size bytes
  const compressedBytes = new Uint8Array(
    reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
  )
  reader.offset += header.compressed_page_size

  // parse page data by type
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (!daph) throw new Error('parquet data page header is undefined')

    // skip unnecessary non-nested pages
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values }
    }

    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder)
    // assert(!daph.statistics?.null_count || daph.statistics.null_count === BigInt(daph.num_values - dataPage.length))

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (!daph2) throw new Error('parquet data page header v2 is undefined')

    // skip unnecessary pages
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows }
    }

    const { definitionLevels, repetitionLevels, dataPage } =
      readDataPageV2(compressedBytes, header, columnDecoder)

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DICTIONARY_PAGE') {
    const diph = header.dictionary_page_header
    if (!diph) throw new Error('parquet dictionary page header is undefined')

    const page = decompressPage(
      compressedBytes, Number(header.uncompressed_page_size), codec, compressors
    )

    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
    const dictArray = readPlain(reader, type, diph.num_values, element.type_length)
    return { skipped: 0, data: dictArray }
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`)
  }
}

/**
 * Read a page header from a buffer, leaving the reader at the start of the page data.
 *
 * @param {DataReader} reader
 * @returns {PageHeader}
 */
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader)

  // Parse parquet header from thrift data
  const type = PageTypes[header.field_1]
  const uncompressed_page_size = header.field_2
  const compressed_page_size = header.field_3
  const crc = header.field_4
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5),
  }
  const index_page_header = header.field_6
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3,
  }
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7, // default true
    statistics: pageStatistics(header.field_8.field_8),
  }

  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2,
  }
}

/**
 * @param {any} stats thrift Statistics struct
 * @returns {Statistics | undefined}
 */
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/indexes.js
/**
 * @import {ColumnIndex, DataReader, OffsetIndex, PageLocation, ParquetParsers, SchemaElement} from '../src/types.js'
 */






/**
 * @param {DataReader} reader
 * @param {SchemaElement} schema
 * @param {Partial<ParquetParsers> | undefined} parsers
 * @returns {ColumnIndex}
 */
function readColumnIndex(reader, schema, parsers = undefined) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  const thrift = deserializeTCompactProtocol(reader)
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7,
  }
}

/**
 * @param {DataReader} reader
 * @returns {OffsetIndex}
 */
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader)
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map(loc => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3,
    })),
    unencoded_byte_array_data_bytes: thrift.field_2,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/rowgroup.js
/**
 * @import {AsyncColumn, AsyncRowGroup, ChunkPlan, ColumnDecoder, DecodedArray, GroupPlan, PageLocation, ParquetParsers, ParquetReadOptions, QueryPlan, SchemaTree} from '../src/types.js'
 */









/**
 * Read a row group from a file-like object.
 *
 * @param {ParquetReadOptions} options
 * @param {QueryPlan} plan
 * @param {GroupPlan} groupPlan
 * @returns {AsyncRowGroup} resolves to column data
 */
function readRowGroup(options, { metadata }, groupPlan) {
  /** @type {AsyncColumn[]} */
  const asyncColumns = []
  // build the schema tree once, not per column chunk
  const schemaTree = metadata_parquetSchema(metadata)

  // read column data
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata
    const schemaPath = getTreePath(schemaTree, pathInSchema)
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers },
    }
    const { startByte, endByte } = chunk.range

    if ('pageLocations' in chunk) {
      // page locations already parsed from the offset index
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder),
      })
    } else if ('offsetIndex' in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte))
          .then(arrayBuffer => {
            const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations
            return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder)
          }),
      })
    } else {
      // full column chunk
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte))
          .then(buffer => {
            const reader = { view: new DataView(buffer), offset: 0 }
            return readColumn(reader, groupPlan, columnDecoder, options.onPage)
          }),
      })
    }
  }

  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns,
  }
}

/**
 * Read only the pages of a column chunk that overlap the group plan's select
 * range [selectStart, selectEnd), using page locations from the offset index.
 *
 * @param {ParquetReadOptions} options
 * @param {GroupPlan} groupPlan
 * @param {ChunkPlan} chunk
 * @param {PageLocation[]} pages
 * @param {ColumnDecoder} columnDecoder
 * @returns {Promise<{data: DecodedArray[], skipped: number}>}
 */
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata
  const { selectStart, selectEnd } = groupPlan
  let { startByte, endByte } = chunk.range
  let skipped = -1
  // include dictionary if present, handle polars missing dictionary_page_offset
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]
    const pageStart = Number(page.first_row_index)
    const pageEnd = i + 1 < pages.length
      ? Number(pages[i + 1].first_row_index)
      : groupPlan.groupRows // last page extends to end of row group
    // check if page overlaps with [selectStart, selectEnd)
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset)
      skipped = pageStart
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size
    }
  }
  if (skipped < 0) skipped = 0
  /** @type {DataView} */
  let view
  if (hasDict && skipped) {
    // fetch the dictionary page separately from the selected data pages so
    // the skipped leading pages are not transferred
    const dictLength = Number(pages[0].offset) - chunk.range.startByte
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte),
    ])
    // clamp in case the AsyncBuffer returned more bytes than requested
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength)
    combined.set(new Uint8Array(dictBuffer, 0, dictLength))
    combined.set(new Uint8Array(dataBuffer), dictLength)
    view = new DataView(combined.buffer)
  } else if (hasDict) {
    // dictionary page is contiguous with the first selected page
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte))
  } else {
    view = new DataView(await options.file.slice(startByte, endByte))
  }
  const reader = { view, offset: 0 }
  // adjust row selection for skipped pages
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped,
  } : groupPlan
  const { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage)
  return {
    data,
    skipped: skipped + columnSkipped,
  }
}

/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object'} rowFormat
 * @returns {Promise<Record<string, any>[]>} resolves to row data
 */
/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'array'} [rowFormat]
 * @returns {Promise<any[][]>} resolves to row data
 */
/**
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object' | 'array'} [rowFormat]
 * @returns {Promise<Record<string, any>[] | any[][]>} resolves to row data
 */
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  // TODO: do it without flatten
  const asyncPages = await Promise.all(asyncColumns.map(column =>
    column.data.then(({ skipped, data }) => ({ skipped, data: utils_flatten(data) }))
  ))

  // transpose columns into rows
  const selectCount = selectEnd - selectStart
  if (rowFormat === 'object') {
    /** @type {Record<string, any>[]} */
    const groupData = Array(selectCount)
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      // return each row as an object
      /** @type {Record<string, any>} */
      const rowData = {}
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i]
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped]
      }
      groupData[selectRow] = rowData
    }
    return groupData
  }

  // careful mapping of column order for rowFormat: array
  const includedColumnNames = asyncColumns
    .map(child => child.pathInSchema[0])
    .filter(name => !columns || columns.includes(name))
  const columnOrder = columns ?? includedColumnNames
  const columnIndexes = columnOrder.map(name => asyncColumns.findIndex(column => column.pathInSchema[0] === name))

  /** @type {any[][]} */
  const groupData = Array(selectCount)
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    // return each row as an array
    const rowData = Array(asyncColumns.length)
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i]
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`)
      const { data, skipped } = asyncPages[colIdx]
      rowData[i] = data[selectStart + selectRow - skipped]
    }
    groupData[selectRow] = rowData
  }
  return groupData
}

/**
 * Assemble physical columns into top-level columns asynchronously.
 *
 * @param {AsyncRowGroup} asyncRowGroup
 * @param {SchemaTree} schemaTree
 * @param {Partial<ParquetParsers>} [parsers]
 * @returns {AsyncRowGroup}
 */
function rowgroup_assembleAsync(asyncRowGroup, schemaTree, parsers) {
  const { asyncColumns } = asyncRowGroup
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }
  /** @type {AsyncColumn[]} */
  const assembled = []
  for (const child of schemaTree.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter(column => column.pathInSchema[0] === child.element.name)
      if (!childColumns.length) continue

      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          // collect subcolumn data — Promise.all observes every rejection so
          // a sibling failure cannot leak as an unhandledRejection
          const resolved = await Promise.all(childColumns.map(c => c.data))
          /** @type {Map<string, DecodedArray>} */
          const subcolumnData = new Map()
          const flattened = resolved.map(({ data }) => utils_flatten(data))
          // Physical pages can cover far more rows than the requested range.
          // Clip before nested/VARIANT assembly, which expands compact binary
          // values into independent object graphs and strings for every row.
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map(result => result.skipped))
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length))
          for (let i = 0; i < childColumns.length; i++) {
            // Offset-index reads may start each physical child at a different
            // page boundary. Align them to their common absolute row range.
            const start = skipped - resolved[i].skipped
            const length = Math.max(0, end - skipped)
            subcolumnData.set(
              childColumns[i].pathInSchema.join('.'),
              flattened[i].slice(start, start + length)
            )
          }
          // assemble the column
          assembleNested(subcolumnData, child, allParsers)
          const assembled = subcolumnData.get(child.element.name)
          if (!assembled) throw new Error('parquet column data not assembled')
          return { data: [assembled], skipped }
        })(),
      })
    } else {
      // leaf node, return the column
      const asyncColumn = asyncColumns.find(column => column.pathInSchema[0] === child.element.name)
      if (asyncColumn) assembled.push(asyncColumn)
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plan.js






/**
 * @import {AsyncBuffer, BloomFilter, ByteRange, ChunkPlan, ColumnPageStats, FileMetaData, GroupPlan, PageLocation, PageRanges, ParquetParsers, ParquetQueryFilter, ParquetReadOptions, QueryPlan, RowGroup, SchemaElement, SchemaTree} from '../src/types.js'
 */

// Combine column chunks if less than 2mb
const runLimit = 1 << 21 // 2mb
// When reading selected columns, combine chunks separated by at most this many unrequested bytes.
// Arrow C++ before 18 and Polars write a copy of each column's metadata after its chunk, leaving small gaps.
// Same default as Arrow's CacheOptions hole_size_limit.
const columnGapLimit = 1 << 13 // 8kb

/**
 * Plan which byte ranges to read to satisfy a read request.
 * Metadata must be non-null.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {QueryPlan}
 */
function plan_parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options
  if (!metadata) throw new Error('parquetPlan requires metadata')
  /** @type {GroupPlan[]} */
  const groups = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const scanPlan = plan_parquetPlanGroups(options)
  for (const group of scanPlan.groups) {
    const groupPlan = plan_parquetPlanGroup({ ...group, columns, useOffsetIndex })
    groups.push(...groupPlan.groups)
    fetches.push(...groupPlan.fetches)
    indexes.push(...groupPlan.indexes)
  }
  fetches.push(...indexes)

  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups }
}

/**
 * Select physical row-group ranges without planning column reads.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {{groups: {rowGroup: RowGroup, groupIndex: number, groupStart: number, groupRows: number, ranges: PageRanges, pageRanges?: PageRanges, pageLocations?: Record<string, PageLocation[]>}[], rowEnd: number}}
 */
function plan_parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error('parquetPlan requires metadata')
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  } : schemaElements
  const groups = []
  let groupStart = 0
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex]
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath,
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0)
      const selectEnd = Math.min(rowEnd - groupStart, groupRows)
      const pageRanges = pageRangesByGroup?.[groupIndex]
      const pageLocations = pageLocationsByGroup?.[groupIndex]
      /** @type {PageRanges} */
      let ranges = pageRanges
        ? pageRanges
          .map(([start, end]) => {
            /** @type {[number, number]} */
            const range = [Math.max(start, selectStart), Math.min(end, selectEnd)]
            return range
          })
          .filter(([start, end]) => start < end)
        : [[selectStart, selectEnd]]

      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every(chunk => {
          const columnName = chunk.meta_data?.path_in_schema[0]
          const columnPath = chunk.meta_data?.path_in_schema.join('.')
          if (columns && columnName && !columns.includes(columnName)) return true
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath])
        })
        ranges = canSplit
          ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations)
          : [[ranges[0][0], ranges[ranges.length - 1][1]]]
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations })
      }
    }
    groupStart = groupEnd
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart }
}

/**
 * Build byte plans for retained ranges in one row group.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {number} options.groupStart
 * @param {number} options.groupRows
 * @param {PageRanges} options.ranges
 * @param {string[]} [options.columns]
 * @param {boolean} [options.useOffsetIndex]
 * @param {PageRanges} [options.pageRanges]
 * @param {Record<string, PageLocation[]>} [options.pageLocations]
 * @returns {{groups: GroupPlan[], fetches: ByteRange[], indexes: ByteRange[]}}
 */
function plan_parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  /** @type {ChunkPlan[]} */
  const chunks = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data
    if (chunk.file_path) throw new Error('parquet file_path not supported')
    if (!meta) throw new Error('parquet column metadata is undefined')
    if (columns && !columns.includes(meta.path_in_schema[0])) continue
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset
    const startByte = Number(columnOffset)
    const endByte = Number(columnOffset + meta.total_compressed_size)
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join('.')]

    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } })
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte = Number(chunk.offset_index_offset)
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte, endByte: startByte + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte },
      })
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } })
    }
  }

  /** @type {ByteRange[]} */
  const columnRanges = []
  /** @type {ByteRange | undefined} */
  let run
  for (const chunk of chunks) {
    if ('pageLocations' in chunk) continue
    if ('offsetIndex' in chunk) {
      indexes.push(chunk.offsetIndex)
    } else if (columns) {
      columnRanges.push(chunk.range)
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte
    } else {
      if (run) fetches.push(run)
      run = { ...chunk.range }
    }
  }
  if (run) fetches.push(run)
  // selected chunks are combined in file order, skipping only small gaps
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit))
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd,
  }))
  return { groups, fetches, indexes }
}

/**
 * Merge candidate ranges when any selected column would read an overlapping
 * data page for both ranges. Unknown page layouts are merged conservatively.
 *
 * @param {PageRanges} ranges
 * @param {RowGroup} rowGroup
 * @param {string[] | undefined} columns
 * @param {Record<string, PageLocation[]> | undefined} pageLocations
 * @returns {PageRanges}
 */
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns
    .filter(chunk => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || ''))
    .map(chunk => pageLocations?.[chunk.meta_data?.path_in_schema.join('.') || ''])

  /** @type {PageRanges} */
  const merged = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    const overlapsPage = last && selectedPageLayouts.some(pages => {
      if (!pages) return true
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows))
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows))
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1]
    })
    if (last && overlapsPage) last[1] = range[1]
    else merged.push([...range])
  }
  return merged
}

/**
 * Return the inclusive indexes of the first and last pages overlapping a row
 * range. Offset indexes cover every row, so a valid range always finds a page.
 *
 * @param {[number, number]} range
 * @param {PageLocation[]} pages
 * @param {number} groupRows
 * @returns {[number, number]}
 */
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index)
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i)
      last = i
    }
  }
  return [first, last]
}

/**
 * Fetch bloom filters for $eq / $in columns of row groups not already provably
 * skippable by statistics alone. Returns an array indexed by row-group ordinal;
 * each entry maps top-level column name → BloomFilter for any chunk whose
 * bloom filter we were able to parse. Adds one round-trip when at least one
 * bloom filter is fetched; otherwise returns synchronously.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} options.filter
 * @param {boolean} [options.filterStrict]
 * @returns {Promise<Record<string, BloomFilter>[]>}
 */
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => /** @type {Record<string, BloomFilter>} */ ({}))
  const eligibleCols = bloomEligibleColumns(filter)
  if (eligibleCols.size === 0) return result
  const physicalColumns = getPhysicalColumns(metadata_parquetSchema(metadata))

  /** @type {Promise<void>[]} */
  const tasks = []
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName)
      if (columnIdx === -1) continue
      const meta = rowGroup.columns[columnIdx]?.meta_data
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue
      const start = Number(meta.bloom_filter_offset)
      const end = start + meta.bloom_filter_length
      tasks.push((async () => {
        const buffer = await file.slice(start, end)
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 })
        if (bloom) result[rgIdx][colName] = bloom
      })())
    }
  })

  if (tasks.length) await Promise.all(tasks)
  return result
}

/**
 * Fetch page indexes (column index + offset index) for filter columns of row
 * groups that survive row-group-level pruning, and compute candidate row
 * ranges per group from the per-page min/max statistics.
 *
 * Returns pageRangesByGroup indexed by row-group ordinal: sorted disjoint
 * [start, end) row ranges (relative to the group) that could match the filter.
 * An empty array means the group provably contains no matching rows; undefined
 * means no page-level information was available for that group.
 * Also returns pageLocationsByGroup, mapping row-group ordinals and physical
 * leaf paths to page locations, so the read path can reuse the parsed offset
 * indexes without refetching them.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} [options.filter]
 * @param {boolean} [options.filterStrict]
 * @param {number} [options.rowStart]
 * @param {number} [options.rowEnd]
 * @param {string[]} [options.columns]
 * @param {Record<string, BloomFilter>[]} [options.bloomFiltersByGroup]
 * @param {Record<string, SchemaElement>} [options.schemaElements]
 * @param {Partial<ParquetParsers>} [options.parsers]
 * @returns {Promise<{pageRangesByGroup: (PageRanges | undefined)[], pageLocationsByGroup: Record<string, PageLocation[]>[]}>}
 */
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  /** @type {(PageRanges | undefined)[]} */
  const pageRangesByGroup = metadata.row_groups.map(() => undefined)
  const pageLocationsByGroup = metadata.row_groups.map(() => /** @type {Record<string, PageLocation[]>} */ ({}))
  if (filter && '$nor' in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup }
  }
  const filterColumns = pathsNeededForFilter(filter)
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup }
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  }

  /** @type {ByteRange[]} */
  const indexRanges = []
  /** @type {((file: AsyncBuffer) => Promise<void>)[]} */
  const indexTasks = []
  /** @type {{rgIdx: number, groupRows: number, columnPages: Record<string, ColumnPageStats>}[]} */
  const candidateGroups = []
  let groupStart = 0
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd
    groupStart = groupEnd
    if (!overlaps) return
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return

    /** @type {Record<string, ColumnPageStats>} */
    const columnPages = {}
    let columnTaskCount = 0
    const scheduledOffsetPaths = new Set()
    let hasFilterIndex = false
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName)
      if (columnIdx === -1) continue
      const chunk = rowGroup.columns[columnIdx]
      const meta = chunk?.meta_data
      if (!meta) continue
      if (!chunk.column_index_offset || !chunk.column_index_length) continue
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
      const element = elementsByPath[columnName]
      if (!element) continue
      hasFilterIndex = true
      scheduledOffsetPaths.add(columnName)
      const columnIndexStart = Number(chunk.column_index_offset)
      const offsetIndexStart = Number(chunk.offset_index_offset)
      const columnIndexEnd = columnIndexStart + chunk.column_index_length
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      )
      columnTaskCount++
      indexTasks.push(async prefetchedFile => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd),
        ])
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers)
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map(page => Number(page.first_row_index)),
          element,
        }
      })
    }
    // Candidate ranges are shared by every selected column. Load their offset
    // indexes too so the planner can merge ranges that map to the same coarse
    // page instead of fetching and decoding that page more than once.
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data
        if (!meta) continue
        const columnName = meta.path_in_schema[0]
        const columnPath = meta.path_in_schema.join('.')
        if (columns && !columns.includes(columnName)) continue
        if (scheduledOffsetPaths.has(columnPath)) continue
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
        scheduledOffsetPaths.add(columnPath)
        const offsetIndexStart = Number(chunk.offset_index_offset)
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd })
        columnTaskCount++
        indexTasks.push(async prefetchedFile => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations
        })
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages })
    }
  })

  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) })
    await Promise.all(indexTasks.map(task => task(prefetchedFile)))
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict)
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup }
}

/**
 * Merge overlapping or touching byte ranges. By default no bytes are added;
 * pass maxGap to also merge ranges separated by up to maxGap unrequested bytes,
 * as long as the merged range stays within maxSize.
 *
 * @param {ByteRange[]} ranges
 * @param {number} [maxGap]
 * @param {number} [maxSize]
 * @returns {ByteRange[]}
 */
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges
    .map(range => ({ ...range }))
    .sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte)
  /** @type {ByteRange[]} */
  const merged = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte)
    } else {
      merged.push(range)
    }
  }
  return merged
}

/**
 * Build a lookup from physical paths to leaf schema elements.
 *
 * @param {SchemaTree} schemaTree
 * @returns {Record<string, SchemaElement>}
 */
function physicalSchemaElements(schemaTree) {
  /** @type {Record<string, SchemaElement>} */
  const elements = {}
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child)
    } else {
      elements[node.path.join('.')] = node.element
    }
  }
  traverse(schemaTree)
  return elements
}

/**
 * Prefetch byte ranges from an AsyncBuffer.
 *
 * @param {AsyncBuffer} file
 * @param {{fetches: ByteRange[]}} options
 * @returns {AsyncBuffer}
 */
function prefetchAsyncBuffer(file, { fetches }) {
  // fetch byte ranges from the file
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte))
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      // find matching slice
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte)
      if (index < 0) {
        // fallback to direct read
        return file.slice(start, end)
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        // slice a subrange of the prefetch
        const startOffset = start - fetches[index].startByte
        const endOffset = end - fetches[index].startByte
        if (promises[index] instanceof Promise) {
          return promises[index].then(buffer => buffer.slice(startOffset, endOffset))
        } else {
          return promises[index].slice(startOffset, endOffset)
        }
      } else {
        return promises[index]
      }
    },
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/scan.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, BloomFilter, DecodedArray, PageLocation, PageRanges, ParquetScan, ParquetScanOptions, QueryPlan, SchemaElement} from '../src/types.js'
 */

/**
 * @typedef {BaseParquetReadOptions & {
 *   bloomFiltersByGroup?: Record<string, BloomFilter>[],
 *   schemaElements?: Record<string, SchemaElement>,
 *   pageRangesByGroup?: (PageRanges | undefined)[],
 *   pageLocationsByGroup?: Record<string, PageLocation[]>[],
 * }} PreparedParquetReadOptions
 */







/**
 * Prepare a lazy column-oriented scan of a parquet file.
 *
 * The returned ranges are physical, zero-based row ranges in the file. A
 * `pruningFilter` may narrow them using row-group statistics, bloom filters,
 * and page indexes, but does not filter individual values returned by
 * `readColumn`. This makes the scan suitable for query engines that maintain
 * their own row selections while retaining parquet-level I/O pushdown.
 *
 * `columns`, when supplied, limits the columns available to `readColumn`.
 * Columns referenced by `pruningFilter` are included automatically.
 *
 * @param {ParquetScanOptions} options
 * @returns {Promise<ParquetScan>}
 */
async function parquetScan(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const { pruningFilter, ...readOptions } = options
  let { columns } = readOptions
  if (columns && pruningFilter) {
    const selectedColumns = new Set(columns)
    const extraColumns = columnsNeededForFilter(pruningFilter)
      .filter(column => !selectedColumns.has(column))
    if (extraColumns.length) columns = [...columns, ...extraColumns]
  }
  const preparedOptions = await prepareParquetOptions({
    ...readOptions,
    columns,
    filter: pruningFilter,
    useOffsetIndex: readOptions.useOffsetIndex ?? true,
  })
  const { metadata } = preparedOptions
  if (!metadata) throw new Error('parquet requires metadata')

  const schemaTree = parquetSchema(metadata)
  const availableColumns = new Set(columns ?? schemaTree.children.map(child => child.element.name))
  const plan = parquetPlanGroups(preparedOptions)
  const candidates = plan.groups.flatMap(group => group.ranges.map(([selectStart, selectEnd]) => ({
    rowStart: group.groupStart + selectStart,
    rowEnd: group.groupStart + selectEnd,
    group,
  })))
  const ranges = candidates.map(({ rowStart, rowEnd }) => ({ rowStart, rowEnd }))
  /** @type {Map<string, {rowStart: number, rowEnd: number, data: Promise<DecodedArray>}>} */
  const cache = new Map()

  /**
   * @param {import('../src/types.js').ParquetScanColumnOptions} columnOptions
   * @returns {Promise<DecodedArray>}
   */
  function readColumn({ column, rowStart, rowEnd }) {
    if (!availableColumns.has(column)) {
      throw new Error(`parquet column not found in scan: ${column}`)
    }
    validateRange(rowStart, rowEnd)
    if (rowStart === rowEnd) return Promise.resolve([])
    const candidateIndex = findCandidate(candidates, rowStart, rowEnd)
    if (candidateIndex < 0) {
      throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`)
    }
    const { group } = candidates[candidateIndex]

    const cached = cache.get(column)
    if (cached && rowStart >= cached.rowStart && rowEnd <= cached.rowEnd) {
      return cached.data.then(data => sliceDecodedArray(
        data,
        rowStart - cached.rowStart,
        rowEnd - cached.rowStart
      ))
    }

    const data = readColumnRange({
      options: preparedOptions,
      schemaTree,
      group,
      column,
      rowStart,
      rowEnd,
    })
    cache.set(column, { rowStart, rowEnd, data })
    return data
  }

  return {
    metadata,
    ranges,
    readColumn,
  }
}

/**
 * Load optional indexes and build the canonical physical read plan.
 * Shared by row-oriented reads and lazy scans so pruning behavior cannot
 * diverge between APIs.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<{options: PreparedParquetReadOptions, plan: QueryPlan}>}
 */
async function scan_prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options)
  return {
    options: prepared,
    plan: plan_parquetPlan(prepared),
  }
}

/**
 * Load optional indexes and validate read options without planning data reads.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await metadata_parquetMetadataAsync(options.file, options)
  const schemaColumns = metadata_parquetSchema(metadata).children.map(child => child.element.name)
  const filterColumns = filter_columnsNeededForFilter(options.filter)
  const missingFilterColumns = filterColumns.filter(column => !schemaColumns.includes(column))
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(', ')}`)
  }

  if (options.columns) {
    const missingColumns = options.columns.filter(column => !schemaColumns.includes(column))
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`)
  }

  /** @type {PreparedParquetReadOptions} */
  let prepared = { ...options, metadata }
  prepared = await withBloomFilters(prepared)
  prepared = await withPageIndexes(prepared)
  return prepared
}

/**
 * Read all planned row groups, prefetching their coalesced byte ranges.
 *
 * @param {BaseParquetReadOptions} options
 * @param {QueryPlan} plan
 * @returns {AsyncRowGroup[]}
 */
function scan_readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) }
  return plan.groups.map(group => readRowGroup(readOptions, plan, group))
}

/**
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {import('../src/types.js').SchemaTree} input.schemaTree
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {Promise<DecodedArray>}
 */
async function readColumnRange({ options, schemaTree, group, column, rowStart, rowEnd }) {
  const columnOptions = {
    ...options,
    columns: [column],
    filter: undefined,
    rowStart,
    rowEnd,
    useBloomFilters: false,
    useOffsetIndex: options.useOffsetIndex ?? true,
    usePageIndex: false,
    pageRangesByGroup: undefined,
  }
  const columnPlan = planCandidateColumn({ options, group, column, rowStart, rowEnd })
  const [asyncGroup] = scan_readParquetPlan(columnOptions, columnPlan)
  if (!asyncGroup) throw new Error('parquet scan range not planned')
  const assembled = assembleAsync(asyncGroup, schemaTree, options.parsers)
  const asyncColumn = assembled.asyncColumns.find(child => child.pathInSchema[0] === column)
  if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
  const result = await asyncColumn.data
  const data = flatten(result.data)
  const selectStart = assembled.selectStart ?? rowStart - assembled.groupStart
  const selectEnd = assembled.selectEnd ?? rowEnd - assembled.groupStart
  return sliceDecodedArray(data, selectStart - result.skipped, selectEnd - result.skipped)
}

/**
 * Build a one-column plan from a retained candidate without scanning the
 * file's row groups again.
 *
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {QueryPlan}
 */
function planCandidateColumn({ options, group, column, rowStart, rowEnd }) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  const localPlan = parquetPlanGroup({
    rowGroup: group.rowGroup,
    groupStart: group.groupStart,
    groupRows: group.groupRows,
    ranges: [[rowStart - group.groupStart, rowEnd - group.groupStart]],
    columns: [column],
    useOffsetIndex: options.useOffsetIndex ?? true,
    pageLocations: group.pageLocations,
  })
  const [localGroupPlan] = localPlan.groups
  if (!localGroupPlan) throw new Error(`parquet column not found: ${column}`)
  return {
    metadata: options.metadata,
    rowStart,
    rowEnd,
    columns: [column],
    fetches: [...localPlan.fetches, ...localPlan.indexes],
    groups: [localGroupPlan],
  }
}

/**
 * Find the one candidate that fully contains a requested non-empty range.
 * Candidates are sorted and disjoint, so lookup is logarithmic.
 *
 * @param {{rowStart: number, rowEnd: number}[]} candidates
 * @param {number} rowStart
 * @param {number} rowEnd
 * @returns {number}
 */
function findCandidate(candidates, rowStart, rowEnd) {
  let low = 0
  let high = candidates.length - 1
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const candidate = candidates[middle]
    if (rowStart < candidate.rowStart) {
      high = middle - 1
    } else if (rowStart >= candidate.rowEnd) {
      low = middle + 1
    } else {
      return rowEnd <= candidate.rowEnd ? middle : -1
    }
  }
  return -1
}

/**
 * @param {number} rowStart
 * @param {number} rowEnd
 */
function validateRange(rowStart, rowEnd) {
  if (!Number.isSafeInteger(rowStart) || rowStart < 0) {
    throw new RangeError('parquet rowStart must be a non-negative safe integer')
  }
  if (!Number.isSafeInteger(rowEnd) || rowEnd < rowStart) {
    throw new RangeError('parquet rowEnd must be a safe integer greater than or equal to rowStart')
  }
}

/**
 * Return an exact view over decoded values. Typed arrays retain a zero-copy
 * subarray while ordinary arrays use their native slice.
 *
 * @param {DecodedArray} data
 * @param {number} start
 * @param {number} end
 * @returns {DecodedArray}
 */
function sliceDecodedArray(data, start, end) {
  if (start === 0 && end === data.length) return data
  return Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end)
}

/**
 * Conditionally fetch bloom filters and attach them to planner options.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options
  const schemaTree = metadata_parquetSchema(options.metadata)
  /** @type {Record<string, SchemaElement>} */
  const schemaElements = {}
  for (const child of schemaTree.children) schemaElements[child.element.name] = child.element
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
  })
  return { ...options, bloomFiltersByGroup, schemaElements }
}

/**
 * Conditionally fetch page indexes and attach candidate ranges and layouts.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers,
  })
  return { ...options, pageRangesByGroup, pageLocationsByGroup }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/read.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, DecodedArray, ParquetReadOptions, ParquetRow} from '../src/types.js'
 */








/**
 * Symbol for the absolute, zero-based physical position of an object row.
 * @type {typeof import('../src/types.js').rowIndex}
 */
// eslint-disable-next-line no-extra-parens
const rowIndex = /** @type {typeof import('../src/types.js').rowIndex} */ (Symbol('rowIndex'))

/**
 * Read parquet data rows from a file-like object.
 * Reads the minimal number of row groups and columns to satisfy the request.
 *
 * Returns a void promise when complete.
 * Errors are thrown on the returned promise.
 * Data is returned in callbacks onComplete, onChunk, onPage, NOT the return promise.
 * See parquetReadObjects for a more convenient API.
 *
 * @param {ParquetReadOptions} options read options
 * @returns {Promise<void>} resolves when all requested rows and columns are parsed, all errors are thrown here
 */
async function parquetRead(options) {
  // load metadata if not provided
  options.metadata ??= await metadata_parquetMetadataAsync(options.file, options)

  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options

  // Filter requires object format to match column names
  if (filter && rowFormat !== 'object') {
    throw new Error('parquet filter requires rowFormat: "object"')
  }

  if (options.includeRowIndex && rowFormat !== 'object') {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"')
  }

  const filterColumns = filter_columnsNeededForFilter(filter)
  let readColumns = columns
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns)
    const extraColumns = filterColumns.filter(column => !selectedColumns.has(column))
    if (extraColumns.length) readColumns = [...columns, ...extraColumns]
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns }
  const prepared = await scan_prepareParquetRead(readOptions)
  const preparedOptions = prepared.options
  const requiresProjection = readColumns !== columns
  const asyncGroups = scan_readParquetPlan(preparedOptions, prepared.plan)

  // skip assembly if no onComplete or onChunk, but wait for reading to finish
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups)
    return
  }

  // assemble struct columns
  if (!preparedOptions.metadata) throw new Error('parquet requires metadata')
  const schemaTree = metadata_parquetSchema(preparedOptions.metadata)
  const assembled = asyncGroups.map(arg => rowgroup_assembleAsync(arg, schemaTree, options.parsers))

  // onChunk emit all chunks (don't await). Rejection is surfaced by awaitAllColumns below.
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart = asyncGroup.groupStart + skipped
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart,
              rowEnd: rowStart + columnData.length,
            })
            rowStart += columnData.length
          }
        }, () => {})
      }
    }
  }

  // onComplete transpose column chunks to rows
  if (onComplete) {
    // wait for all reads to settle so a sibling rejection cannot leak
    await awaitAllColumns(assembled)
    // loosen the types to avoid duplicate code
    /** @type {any[]} */
    const rows = []
    for (const asyncGroup of assembled) {
      // filter to rows in range (the plan may have narrowed the selection to
      // a sub-range of the group via page index pushdown)
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0)
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows)
      // transpose column chunks to rows in output
      const groupData = rowFormat === 'object' ?
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, 'object') :
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, 'array')

      // Attach positions before filtering compacts rows. selectStart accounts
      // for both requested ranges and page-index pruning within the group.
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i,
          })
        }
      }

      // Apply filter and projection
      if (filter) {
        // eslint-disable-next-line no-extra-parens
        for (const row of /** @type {Record<string, any>[]} */ (groupData)) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col]
              }
            }
            rows.push(row)
          }
        }
      } else {
        utils_concat(rows, groupData)
      }
    }
    onComplete(rows)
  } else {
    // wait for all async groups to finish (complete takes care of this)
    await awaitAllColumns(assembled)
  }
}

/**
 * Await every column promise across the given row groups via Promise.allSettled
 * so no rejection escapes as an unhandledRejection. Throws the first rejection.
 *
 * @param {AsyncRowGroup[]} asyncGroups
 * @returns {Promise<void>}
 */
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap(g => g.asyncColumns.map(c => c.data))
  const results = await Promise.allSettled(all)
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * @param {ParquetReadOptions} options read options
 * @returns {AsyncRowGroup[]}
 */
function parquetReadAsync(options) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  // TODO: validate options (start, end, columns, etc)
  return readParquetPlan(options, parquetPlan(options))
}

/**
 * Reads a single column from a parquet file.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<DecodedArray>}
 */
async function parquetReadColumn(options) {
  if (options.columns?.length !== 1) {
    throw new Error('parquetReadColumn expected columns: [columnName]')
  }
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const column = options.columns[0]
  const prepared = await prepareParquetRead(options)
  const asyncGroups = readParquetPlan(prepared.options, prepared.plan)
  if (!prepared.options.metadata) throw new Error('parquet requires metadata')
  const schemaTree = parquetSchema(prepared.options.metadata)
  const assembled = asyncGroups.map(group => assembleAsync(group, schemaTree, options.parsers))

  // Keep one plan for the whole column so reads can be prefetched together.
  await awaitAllColumns(assembled)
  /** @type {DecodedArray} */
  const columnData = []
  for (const group of assembled) {
    const asyncColumn = group.asyncColumns.find(candidate => candidate.pathInSchema[0] === column)
    if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
    const { data } = await asyncColumn.data
    for (const chunk of data) concat(columnData, chunk)
  }
  return columnData
}

/**
 * This is a helper function to read parquet row data as a promise.
 * It is a wrapper around the more configurable parquetRead function.
 *
 * @param {Omit<ParquetReadOptions, 'onComplete'>} options
 * @returns {Promise<ParquetRow[]>} resolves when all requested rows and columns are parsed
 */
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: 'object', // force object output
      onComplete,
    }).catch(reject)
  })
}

;// CONCATENATED MODULE: ./src/sources/parquet.ts
/**
 * Reads flow logs that AWS delivered as Parquet: one column per field, named with underscores
 * (`interface_id`, `log_status`), INT32/INT64 numbers and strings.
 *
 * A Parquet file says in its footer where its data is and how large it is, and the decoder
 * trusts it. Before any data is read, every column chunk must lie inside the file; rows are read
 * in windows of ROWS_PER_READ, so that memory follows the window, not what a row group claims;
 * pages inflate within the same limits as gzip files (src/sources/limits.ts). A file that breaks
 * one of these is one input error, and the other files are still read.
 */





/**
 * The most rows decoded at once: hyparquet builds an object per row it is asked for, and a forged
 * row group may claim billions. Windows cost a little CPU (pages that span two are decoded twice,
 * a dictionary once per window): a row group of a million rows took 17% more than in one go.
 */
const ROWS_PER_READ = 1 << 18;
/** Snappy cannot expand more than about 21 times (a 3-byte copy of 64 bytes). */
const SNAPPY_MAX_RATIO = 24;
async function readParquetFile(file, sink, options) {
    let buffer;
    try {
        buffer = await asyncBufferFromFile(file);
    }
    catch (e) {
        sink.fileError(file, `not a readable Parquet file (${e.message}) after row 0`);
        return;
    }
    await readParquetBuffer(file, buffer, sink, options);
}
/**
 * Reads Parquet from any random-access buffer: a local file, or an S3 object read by ranges
 * (Parquet keeps its schema at the end, so it cannot be streamed from the start).
 */
async function readParquetBuffer(file, buffer, sink, options) {
    let rowNumber = 0;
    try {
        const metadata = await metadata_parquetMetadataAsync(buffer);
        const groupRows = checkedRowCounts(metadata, buffer.byteLength);
        const columns = metadata_parquetSchema(metadata).children.map((c) => c.element.name);
        const format = makeFormat(columns);
        const compressors = boundedCompressors(options.limits);
        let groupStart = 0;
        for (const [index, rows] of groupRows.entries()) {
            // Each window asks for the same ranges of the group's bytes: read them once (and forget
            // them with the group).
            const bytes = cachedAsyncBuffer(buffer, { minSize: 0 });
            for (let rowStart = groupStart; rowStart < groupStart + rows; rowStart += ROWS_PER_READ) {
                const rowEnd = Math.min(rowStart + ROWS_PER_READ, groupStart + rows);
                await parquetRead({
                    file: bytes,
                    metadata,
                    compressors,
                    rowStart,
                    rowEnd,
                    rowFormat: 'object',
                    onComplete: (window) => {
                        // A column that ends before the rows its group claims gives undefined for the rest.
                        const last = window[window.length - 1];
                        if (last === undefined || columns.some((c) => last[c] === undefined))
                            throw new Error(`row group ${index} claims ${rows} rows, its columns hold fewer`);
                        for (const row of window) {
                            rowNumber++;
                            const problem = fillRecord(row, record, options);
                            if (problem === undefined)
                                sink.record(record);
                            else
                                sink.malformed(file, rowNumber, problem);
                        }
                    },
                });
            }
            groupStart += rows;
        }
        sink.fileRead(format.fields, file);
    }
    catch (e) {
        const advice = e instanceof InputLimitError ? `; ${e.advice}` : '';
        sink.fileError(file, `not a readable Parquet file (${e.message}) after row ${rowNumber}${advice}`);
    }
}
/**
 * The rows each row group says it holds, once its layout is checked against the file: every
 * column chunk inside the data (between the leading `PAR1` and the footer), every count a whole
 * number.
 * @throws Error naming the row group and column that lies.
 */
function checkedRowCounts(metadata, byteLength) {
    const dataEnd = byteLength - 8 - metadata.metadata_length;
    return metadata.row_groups.map((group, index) => {
        const rows = Number(group.num_rows);
        if (!Number.isSafeInteger(rows) || rows < 0)
            throw new Error(`row group ${index} claims ${String(group.num_rows)} rows`);
        for (const chunk of group.columns) {
            const meta = chunk.meta_data;
            const name = meta?.path_in_schema.join('.') ?? '?';
            if (meta === undefined || chunk.file_path !== undefined)
                throw new Error(`row group ${index}, column ${name}: no column data in this file`);
            // As hyparquet finds the chunk: from its dictionary page if it has one.
            const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
            const to = from + Number(meta.total_compressed_size);
            if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 4 || to < from || to > dataEnd)
                throw new Error(`row group ${index}, column ${name}: bytes ${from}-${to} are outside the data (bytes 4-${dataEnd})`);
        }
        return rows;
    });
}
/**
 * Decompressors that check the size a page claims against the limits before inflating it: the
 * claim decides how much memory is set aside, and a page is refused before, not after.
 */
function boundedCompressors(limits) {
    const budget = new InflateBudget(limits);
    let consumed = 0;
    const claim = (input, outputLength) => {
        consumed += input.length;
        budget.take(outputLength, consumed);
    };
    return {
        // AWS writes Parquet with gzip; the output may not pass the size the page claims.
        GZIP: (input, outputLength) => {
            claim(input, outputLength);
            return new Uint8Array((0,external_node_zlib_namespaceObject.gunzipSync)(input, { maxOutputLength: Math.max(1, outputLength) }));
        },
        SNAPPY: (input, outputLength) => {
            if (outputLength > SNAPPY_MAX_RATIO * input.length + 64)
                throw new Error(`a snappy page of ${input.length} bytes claims ${outputLength} bytes`);
            claim(input, outputLength);
            const output = new Uint8Array(outputLength);
            snappyUncompress(input, output);
            return output;
        },
    };
}
const record = emptyRecord();
function num(value) {
    if (value === null || value === undefined || value === '-')
        return -1;
    return typeof value === 'bigint' ? Number(value) : Number(value);
}
function fillRecord(row, r, options) {
    const eni = row['interface_id'];
    r.interfaceIndex = typeof eni === 'string' && eni !== '-' ? options.interfaces.add(eni) : -1;
    const bad = setAddresses(r, row);
    if (bad !== undefined)
        return bad;
    r.srcPort = num(row['srcport']);
    r.dstPort = num(row['dstport']);
    r.protocol = num(row['protocol']);
    r.packets = Math.max(0, num(row['packets']));
    r.bytes = Math.max(0, num(row['bytes']));
    r.start = num(row['start']);
    r.end = num(row['end']);
    r.tcpFlags = num(row['tcp_flags']);
    const action = row['action'];
    r.action =
        action === 'ACCEPT' ? FlowAction.Accept : action === 'REJECT' ? FlowAction.Reject : FlowAction.None;
    const status = row['log_status'];
    r.status =
        status === 'NODATA' ? LogStatus.NoData : status === 'SKIPDATA' ? LogStatus.SkipData : LogStatus.Ok;
    const direction = row['flow_direction'];
    r.direction =
        direction === 'ingress'
            ? FlowDirection.Ingress
            : direction === 'egress'
                ? FlowDirection.Egress
                : FlowDirection.Unknown;
    r.count = 1;
    if ([r.srcPort, r.dstPort].some((p) => p > 65535) || r.protocol > 255)
        return 'port or protocol out of range';
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/file.ts
/**
 * Reads one flow-log file (plain text, gzip text, or Parquet) into a record sink. A file that
 * cannot be read, or breaks off in the middle (truncated gzip), is reported through the sink and
 * the records read before the break still count: they are real evidence.
 */









/**
 * Output chunk of the gunzip stream (where in-place gunzip is not available). Node's zlib pays a
 * fixed cost on the main thread per chunk: 64 KiB chunks made gunzip cost twice the CPU of
 * 512 KiB ones (measured on flow-log files).
 */
const GUNZIP_CHUNK = 1 << 19;
/**
 * What the first bytes of a file or object say it holds (its name may say otherwise): Parquet
 * (`PAR1`), gzip (1f 8b), else text. Local files, pipes and S3 objects are all told this way.
 */
function contentOf(head) {
    if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31)
        return 'parquet';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    return 'text';
}
/**
 * The error for a file or object whose name ends in .gz but whose first bytes are not gzip (an
 * empty one is fine), or undefined. Its text would be read as garbage, line by line.
 */
function misnamedGzip(name, head) {
    return contentOf(head) !== 'gzip' && /\.gz$/i.test(name) && head.length > 0
        ? 'not gzip data although the name ends in .gz'
        : undefined;
}
/**
 * Files up to this size are read whole, in one go: S3 delivers flow logs in many small objects,
 * and a stream per file costs more (a 256 KiB read buffer, several thread-pool round trips) than
 * the file's records do.
 */
const WHOLE_FILE_BYTES = 1 << 20;
/** Reads a local file, choosing the decoder by its first bytes rather than trusting its name. */
async function readLocalFile(file, sink, options) {
    let head;
    let whole;
    try {
        // Synchronous: a small read from the page cache takes less than the thread-pool round trips
        // of four asynchronous calls, and the reading thread has nothing else to do meanwhile.
        const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
        try {
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            // A pipe (a shell's process substitution) or a device cannot be read by position.
            if (!info.isFile())
                return await readPipe(file, (0,external_node_fs_namespaceObject.createReadStream)('', { fd, autoClose: false }), sink, options);
            const small = info.size <= WHOLE_FILE_BYTES;
            head = Buffer.allocUnsafe(small ? info.size : 4);
            let filled = 0;
            while (filled < head.length) {
                const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, head, filled, head.length - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            head = head.subarray(0, filled);
            if (small)
                whole = head;
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch (e) {
        sink.fileError(file, describeIoError(e));
        return;
    }
    const content = contentOf(head);
    if (content === 'parquet') {
        await readParquetFile(file, sink, options);
        return;
    }
    const misnamed = misnamedGzip(file, head);
    if (misnamed !== undefined) {
        sink.fileError(file, misnamed);
        return;
    }
    const input = whole ? external_node_stream_namespaceObject.Readable.from([whole]) : (0,external_node_fs_namespaceObject.createReadStream)(file, { highWaterMark: 1 << 18 });
    await readTextStream(file, input, content === 'gzip', sink, options);
}
/** Reads a pipe or a device: text or gzip, told by its first bytes (Parquet needs a file). */
async function readPipe(file, stream, sink, options) {
    const { head, rest } = await peek(stream, 4);
    const content = contentOf(head);
    if (content === 'parquet') {
        rest.destroy();
        sink.fileError(file, 'Parquet is read by position, which a pipe cannot do: save it to a file first');
        return;
    }
    await readTextStream(file, rest, content === 'gzip', sink, options);
}
/**
 * Parses a stream of flow-log text, gunzipping when asked. Used for local files and S3 objects.
 * A gzip stream that inflates past `options.limits` is stopped there, and reported like one that
 * broke off: a file error, with the records before it counted.
 */
async function readTextStream(name, input, gzipped, sink, options) {
    const parser = new FlowLogParser(options.interfaces, { record: (r) => sink.record(r), malformed: (line, message) => sink.malformed(name, line, message) }, options.format);
    const consume = async (source) => {
        for await (const chunk of source)
            parser.push(chunk);
    };
    try {
        if (!gzipped)
            await (0,promises_namespaceObject.pipeline)(input, consume);
        else if (gunzipInPlaceSupported && options.gunzip !== 'stream')
            await gunzipInPlace(input, parser, new InflateBudget(options.limits));
        else
            await gunzipStream(input, parser, new InflateBudget(options.limits));
        parser.end();
        sink.fileRead(parser.format.fields, name);
    }
    catch (e) {
        parser.abandon();
        const where = parser.lines > 0 ? ` after line ${parser.lines}` : '';
        const advice = e instanceof InputLimitError ? `; ${e.advice}` : '';
        sink.fileError(name, `${describeIoError(e)}${where}; the records before it were counted${advice}`);
    }
}
/** Inflates with Node's gunzip stream (on the thread pool), where in-place gunzip is not used. */
async function gunzipStream(input, parser, budget) {
    const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: GUNZIP_CHUNK });
    let stopped;
    try {
        await (0,promises_namespaceObject.pipeline)(input, gunzip, async (source) => {
            for await (const chunk of source) {
                try {
                    // bytesWritten: the compressed bytes zlib has taken so far.
                    budget.take(chunk.length, gunzip.bytesWritten);
                }
                catch (e) {
                    stopped = e;
                    throw e;
                }
                parser.push(chunk);
            }
        });
    }
    catch (e) {
        // The pipeline reports the teardown (an abort), not why it was torn down.
        throw stopped ?? e;
    }
}
/** Inflates each compressed chunk as it arrives (backpressure: the next is read after). */
async function gunzipInPlace(input, parser, budget) {
    const gunzip = new GunzipInPlace((text) => parser.push(text), budget);
    try {
        for await (const chunk of input)
            gunzip.write(chunk);
        gunzip.end();
    }
    finally {
        gunzip.close();
    }
}
/** A short, user-facing description of a read or decompression error. */
function describeIoError(e) {
    const err = e;
    switch (err.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
            return 'permission denied';
        case 'EISDIR':
            return 'is a directory';
        case 'Z_BUF_ERROR':
            return 'truncated gzip data (unexpected end of file)';
        case 'Z_DATA_ERROR':
            return `corrupt gzip data (${err.message})`;
        default:
            return err.message ?? String(e);
    }
}

;// CONCATENATED MODULE: ./src/sources/flow-log-filter.ts
/**
 * A sink that passes on the records `rule` keeps and adds them to `kept` by flow-log number (one
 * zero per flow log read, as long as `rule.keep`): the rule of {@link FlowLogFilter.wrap}, in
 * whichever thread parses the records.
 */
function keepChosen(sink, rule, kept) {
    const { owner, keep, othersFrom } = rule;
    const keepOthers = othersFrom >= 0 && keep[othersFrom] === 1;
    return {
        record: (r) => {
            const i = r.interfaceIndex;
            const o = i >= 0 && i < owner.length ? owner[i] : -1;
            if (o >= 0) {
                if (keep[o] === 0)
                    return;
                kept[o] += r.count;
            }
            else {
                if (!keepOthers)
                    return;
                kept[othersFrom] += r.count;
            }
            sink.record(r);
        },
        malformed: (file, line, message) => sink.malformed(file, line, message),
        fileError: (file, message) => sink.fileError(file, message),
        fileRead: (fields, file) => sink.fileRead(fields, file),
    };
}
class FlowLogFilter {
    /** The ids of the flow logs read, by number. */
    flowLogIds;
    numbers;
    /** By interface index: the number of the flow log chosen for it, -1 for none. */
    owner;
    /** The number of the flow log that keeps the other interfaces' records, -1 for none. */
    othersFrom;
    /** Records kept, by flow-log number. */
    kept;
    /** @param table the reader's interface table, in which every inventory interface has its index */
    constructor(choice, inventory, table) {
        this.flowLogIds = [...choice.read].sort();
        this.numbers = new Map(this.flowLogIds.map((id, i) => [id, i]));
        this.kept = this.flowLogIds.map(() => 0);
        const indices = inventory.map((n) => table.add(n.interfaceId));
        this.owner = new Int32Array(Math.max(0, ...indices.map((i) => i + 1))).fill(-1);
        inventory.forEach((n, k) => {
            const chosen = choice.chosenFor.get(n.interfaceId);
            if (chosen !== undefined)
                this.owner[indices[k]] = this.numbers.get(chosen);
        });
        this.othersFrom = choice.othersFrom !== undefined ? (this.numbers.get(choice.othersFrom) ?? -1) : -1;
    }
    /**
     * A sink for one read of records delivered by `flowLogIds` (flow logs not read are ignored):
     * it passes on the records of the interfaces chosen for them, and counts them.
     */
    wrap(sink, flowLogIds) {
        return keepChosen(sink, this.rule(flowLogIds), this.kept);
    }
    /**
     * What {@link wrap} keeps for a read of `flowLogIds`, as plain data: a worker thread that parses
     * the objects applies it with {@link keepChosen}, and its counts come back by {@link addKept}.
     */
    rule(flowLogIds) {
        const keep = new Uint8Array(this.flowLogIds.length);
        for (const id of flowLogIds) {
            const number = this.numbers.get(id);
            if (number !== undefined)
                keep[number] = 1;
        }
        return { owner: this.owner, keep, othersFrom: this.othersFrom };
    }
    /** Adds records that a worker thread kept, by flow-log number (the `kept` of {@link keepChosen}). */
    addKept(kept) {
        kept.forEach((n, i) => {
            if (i < this.kept.length)
                this.kept[i] += n;
        });
    }
    /** Records kept so far, by flow-log id. */
    records() {
        return new Map(this.flowLogIds.map((id, i) => [id, this.kept[i]]));
    }
}
/**
 * The flow-log id in the name of an object AWS delivered to S3:
 * `{account}_vpcflowlogs_{region}_{flow-log-id}_{yyyymmddTHHmmZ}_{hash}.log.gz` (or `.parquet`).
 */
function flowLogIdInKey(key) {
    const name = key.slice(key.lastIndexOf('/') + 1);
    return /_vpcflowlogs_[a-z0-9-]+_(fl-[0-9a-f]+)_\d{8}T\d{4}Z_/i.exec(name)?.[1];
}
/**
 * Groups a destination's objects by the flow log that delivered them, as their keys name it, so
 * that two flow logs that deliver to one prefix are told apart: each group comes with the flow
 * logs whose records it may hold. Objects of a flow log of this destination that is not read are
 * left out; objects that name no flow log of it go with every flow log read from it.
 *
 * @param here the flow logs that deliver to this destination
 * @param read the flow logs read
 */
function objectsByFlowLog(objects, here, read) {
    const groups = new Map();
    for (const o of objects) {
        const named = flowLogIdInKey(o.key);
        const id = named !== undefined && here.includes(named) ? named : '';
        if (id !== '' && !read.has(id))
            continue;
        const group = groups.get(id);
        if (group)
            group.push(o);
        else
            groups.set(id, [o]);
    }
    return [...groups]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([id, list]) => ({ flowLogIds: id === '' ? here.filter((h) => read.has(h)) : [id], objects: list }));
}

;// CONCATENATED MODULE: ./src/sources/window.ts
/**
 * Whether a record that started at `startSeconds` (Unix seconds) is one CloudWatch Logs would
 * return for the window. A record without a start (-1, the field is `-` or not in the format)
 * is kept: nothing says it lies outside, and the object it came from was dated in the window.
 */
function startsInWindow(startSeconds, window) {
    if (startSeconds < 0)
        return true;
    const ms = startSeconds * 1000;
    return ms >= window.start.getTime() && ms < window.end.getTime();
}
/** Counts the records a window left out, over every sink it wrapped. */
class WindowCut {
    window;
    /** Records left out because their start lies outside the window (each row's `count`). */
    outside = 0;
    fromMs;
    toMs;
    constructor(window) {
        this.window = window;
        this.fromMs = window.start.getTime();
        this.toMs = window.end.getTime();
    }
    /** A sink that passes on the records that start inside the window, and everything else. */
    wrap(sink) {
        const { fromMs, toMs } = this;
        return {
            record: (r) => {
                // The same test as startsInWindow, inlined: this runs once per record.
                if (r.start >= 0 && (r.start * 1000 < fromMs || r.start * 1000 >= toMs)) {
                    this.outside += r.count;
                    return;
                }
                sink.record(r);
            },
            malformed: (file, line, message) => sink.malformed(file, line, message),
            fileError: (file, message) => sink.fileError(file, message),
            fileRead: (fields, file) => sink.fileRead(fields, file),
        };
    }
}

;// CONCATENATED MODULE: ./src/object-worker.ts
/**
 * The worker thread's side of parsing S3 objects (src/object-pool.ts is the main thread's): the
 * main thread downloads each object and hands its bytes over in pieces as they arrive; this thread
 * gunzips and parses them into its own collector, several objects at once, and gives each piece
 * back (`taken`) once it is parsed, which is what lets the main thread download more.
 *
 * Each object's records pass the same two rules the main thread applies to the objects it reads
 * itself: the window cut (src/sources/window.ts), then the flow-log rule of `--source auto`
 * (src/sources/flow-log-filter.ts). What they left out and kept is counted here and sent with the
 * collector's state at the end.
 */








/** Tells an object worker's `workerData` from a scan worker's (both run dist/worker.js). */
const OBJECT_WORKER_MARKER = 'sg-flow-audit-object-worker';
/** Whether this thread was started as an object worker. */
function isObjectWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.marker === OBJECT_WORKER_MARKER;
}
/**
 * The bytes of one object as they arrive, read by the parser as an async iterable. A piece counts
 * as taken when the parser asks for the next one (it has parsed this one), or when the parser
 * stopped early and the piece is dropped.
 */
class ObjectBytes {
    taken;
    queue = [];
    ended = false;
    closed = false;
    failure;
    wake;
    constructor(taken) {
        this.taken = taken;
    }
    push(bytes) {
        if (this.closed)
            this.taken(bytes.byteLength);
        else
            this.queue.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        this.wake?.();
    }
    end() {
        this.ended = true;
        this.wake?.();
    }
    fail(error) {
        this.failure = error;
        this.wake?.();
    }
    /** The parser is done with this object: what is still queued, or arrives later, is dropped. */
    close() {
        this.closed = true;
        for (const piece of this.queue.splice(0))
            this.taken(piece.byteLength);
        this.wake?.();
    }
    async *pieces() {
        let held = 0;
        try {
            for (;;) {
                const next = this.queue.shift();
                if (next !== undefined) {
                    held = next.byteLength;
                    yield next;
                    this.taken(held);
                    held = 0;
                    continue;
                }
                // Pieces before a failure are parsed first, as a stream delivers its data before its error.
                if (this.failure)
                    throw this.failure;
                if (this.ended || this.closed)
                    return;
                await new Promise((resolve) => (this.wake = resolve));
                this.wake = undefined;
            }
        }
        finally {
            if (held > 0)
                this.taken(held);
            this.close();
        }
    }
}
/** The worker's side: parse the objects handed over, then send the collector's state. */
async function runObjectWorker() {
    const init = external_node_worker_threads_namespaceObject.workerData;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!isObjectWorker() || !port || init === undefined)
        throw new Error('the object worker runs only as a worker thread');
    const compiled = compileInventory(init.inventory);
    const collector = new UsageCollector(compiled, init.config);
    const collect = collector.sink();
    const cut = new WindowCut(init.window);
    const records = () => collector.input.summary.records;
    // Records kept by flow-log number; sized by the first rule (every rule has one slot per flow log read).
    let kept = [];
    const sinks = new Map([[-1, cut.wrap(collect)]]);
    const objects = new Map();
    const taken = (bytes) => port.postMessage({ type: 'taken', bytes, records: records() });
    let finishing = false;
    let resolveDone = () => undefined;
    const allDone = new Promise((resolve) => (resolveDone = resolve));
    const checkDone = () => {
        if (finishing && objects.size === 0)
            resolveDone();
    };
    port.on('message', (message) => {
        switch (message.type) {
            case 'rule':
                if (kept.length === 0)
                    kept = Array.from(message.value.keep, () => 0);
                // The window cut first, then the rule: the order of the main thread's wrappers, so that
                // records outside the window are not counted as kept.
                sinks.set(message.rule, cut.wrap(keepChosen(collect, message.value, kept)));
                return;
            case 'open': {
                const bytes = new ObjectBytes(taken);
                const { object } = message;
                objects.set(object, bytes);
                const sink = sinks.get(message.rule);
                if (sink === undefined)
                    throw new Error(`object ${message.name}: rule ${message.rule} was never sent`);
                const input = external_node_stream_namespaceObject.Readable.from(bytes.pieces(), { objectMode: false });
                const options = { interfaces: compiled.table, format: message.format, limits: init.config.limits };
                void readTextStream(message.name, input, message.gzipped, sink, options).then(() => {
                    bytes.close();
                    objects.delete(object);
                    port.postMessage({ type: 'done', object, records: records() });
                    checkDone();
                });
                return;
            }
            case 'bytes': {
                const bytes = objects.get(message.object);
                // An object the parser already finished (it stopped at a limit or corrupt data).
                if (bytes === undefined)
                    taken(message.bytes.byteLength);
                else
                    bytes.push(message.bytes);
                return;
            }
            case 'end':
                objects.get(message.object)?.end();
                return;
            case 'fail':
                objects.get(message.object)?.fail(Object.assign(new Error(message.message), { code: message.code }));
                return;
            case 'finish':
                finishing = true;
                checkDone();
                return;
        }
    });
    await allDone;
    // The collector's tables as they are, records held for pairing unresolved: the main thread adds
    // them into its own (analysis/thread-state.ts), as it does for the scan workers' files.
    const { state, transfer } = stateOf(collector);
    port.postMessage({ type: 'result', state, outside: cut.outside, kept }, transfer);
    port.close();
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/progress/reading.ts
/** How often a worker thread reports while it reads (it also reports with each request for files). */
const WORKER_PROGRESS_MS = 250;
class ReadingProgress {
    mainRecords;
    filesDone = 0;
    bytesDone = 0;
    recordsInFilesDone = 0;
    workers = new Map();
    /** @param mainRecords the records the main thread's collector has counted so far */
    constructor(mainRecords) {
        this.mainRecords = mainRecords;
    }
    /** The main thread finished a file of `bytes` bytes. */
    fileDone(bytes) {
        this.filesDone++;
        this.bytesDone += bytes;
        this.recordsInFilesDone = this.mainRecords();
    }
    /** A worker's latest report, with the bytes of the files it finished (known to the main thread). */
    worker(id, report, bytes) {
        this.workers.set(id, { ...report, bytes });
    }
    sample() {
        const sample = {
            filesDone: this.filesDone,
            bytesDone: this.bytesDone,
            records: this.mainRecords(),
            recordsInFilesDone: this.recordsInFilesDone,
        };
        for (const w of this.workers.values()) {
            sample.filesDone += w.files;
            sample.bytesDone += w.bytes;
            sample.records += w.records;
            sample.recordsInFilesDone += w.recordsInFiles;
        }
        return sample;
    }
}

;// CONCATENATED MODULE: ./src/workers.ts
/**
 * Spreads flow-log files over threads: the main thread and worker threads take files as they
 * are ready for more (so that a few large files do not leave a thread idle). Each worker compiles
 * the inventory, collects into its own tables, and hands them to the main thread, whose collector
 * adds them into its own (analysis/thread-state.ts): exactly what one thread would have collected.
 *
 * The workers run their own small bundle, `dist/worker.js` (src/worker.ts).
 */








const MARKER = 'sg-flow-audit-scan-worker';
/** The input (compressed bytes) that makes a worker thread worth starting. */
const MIN_BYTES_PER_THREAD = (/* unused pure expression or super */ null && (16 << 20));
/** The most compressed bytes handed to a thread at once. */
const BATCH_BYTES = (/* unused pure expression or super */ null && (4 << 20));
/** The worker bundle, relative to the directory of the CLI's or the Action's bundle (dist/cli/, dist/action/). */
const WORKER_BUNDLE = '../worker.js';
/**
 * The number of threads to use: the one asked for, else one per core when there is enough to
 * read; never more than there are files.
 */
function threadCount(requested, files, bytes) {
    // By default, a thread per core and per MIN_BYTES_PER_THREAD of input: starting a worker and
    // merging its result cost about 70 ms, more than a few megabytes take to read.
    const byDefault = bytes === undefined
        ? availableParallelism()
        : Math.min(availableParallelism(), Math.ceil(bytes / MIN_BYTES_PER_THREAD));
    return Math.max(1, Math.min(requested ?? byDefault, files));
}
/** The worker's side: read files as they are handed over, then send the result. */
async function runScanWorker() {
    const init = external_node_worker_threads_namespaceObject.workerData;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (external_node_worker_threads_namespaceObject.isMainThread || !port || init?.marker !== MARKER)
        throw new Error('the scan worker runs only as a worker thread');
    const compiled = compileInventory(init.inventory);
    const collector = new UsageCollector(compiled, init.config);
    const sink = collector.sink();
    const format = init.logFormat ? parseLogFormat(init.logFormat) : undefined;
    const queue = [];
    // Progress, when asked for: counted per file, sent on a timer that fires between the chunks of
    // a large file, and with each request for files; never per record.
    const progress = { files: 0, records: 0, recordsInFiles: 0 };
    const snapshot = () => {
        progress.records = collector.input.summary.records;
        return { ...progress };
    };
    let sent = -1;
    const reporting = init.progress
        ? setInterval(() => {
            const report = snapshot();
            if (report.records === sent)
                return;
            sent = report.records;
            port.postMessage({ type: 'progress', progress: report });
        }, WORKER_PROGRESS_MS).unref()
        : undefined;
    let finishing = false;
    let wake;
    port.on('message', (message) => {
        if (message.type === 'files')
            queue.push(...message.files);
        else
            finishing = true;
        wake?.();
    });
    port.postMessage({ type: 'ready' });
    for (;;) {
        if (queue.length > 0) {
            for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
                await readLocalFile(file, sink, { interfaces: compiled.table, format, limits: init.config.limits });
                progress.files++;
                progress.recordsInFiles = collector.input.summary.records;
            }
            port.postMessage((reporting ? { type: 'ready', progress: snapshot() } : { type: 'ready' }));
            continue;
        }
        if (finishing)
            break;
        await new Promise((resolve) => (wake = resolve));
        wake = undefined;
    }
    clearInterval(reporting);
    // The collector's tables as they are, records held for pairing unresolved (their reverse may
    // be in a file that another thread read): the main thread adds them into its own.
    const { state, transfer } = stateOf(collector);
    port.postMessage({ type: 'result', state }, transfer);
    port.close();
}
/**
 * Reads the files on `threads` threads: the main thread (`readOnMainThread`, into its own
 * collector) and `threads - 1` workers started from `script`, and returns the workers' states
 * (in the order they finished) for the main thread's collector to absorb. Larger files go first,
 * so the last file to finish is a small one.
 *
 * The main thread takes a share rather than waiting: it starts reading while the workers boot,
 * and its own tables need no trip between threads.
 */
async function collectInWorkers(options) {
    const pending = [...options.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    let pendingBytes = pending.reduce((n, f) => n + f.size, 0);
    /**
     * The next files for a thread that asks: a batch, so that thousands of small files do not
     * each cost a message round trip, but a small share of what is left (a quarter of a thread's
     * share), so that the threads still finish together.
     */
    const nextBatch = () => {
        const target = Math.min(BATCH_BYTES, pendingBytes / (options.threads * 4));
        const batch = [];
        let bytes = 0;
        while (pending.length > 0 && (batch.length === 0 || bytes + (pending[0]?.size ?? 0) <= target)) {
            const file = pending.shift();
            batch.push(file);
            bytes += file.size;
        }
        pendingBytes -= bytes;
        return batch;
    };
    const init = {
        marker: MARKER,
        inventory: options.compiled.inventory,
        config: options.config,
        logFormat: options.logFormat,
        progress: options.onProgress !== undefined,
    };
    const finished = [];
    const workers = [];
    const fromWorkers = Promise.all(Array.from({ length: options.threads - 1 }, (_, id) => new Promise((resolve, reject) => {
        const worker = new Worker(options.script, { workerData: init });
        workers.push(worker);
        let done = false;
        // The sizes of the files handed to this worker, in order: a report of n files done is
        // the first n of them.
        const handed = [];
        let bytesDone = 0;
        let filesCounted = 0;
        const progressed = (progress) => {
            for (; filesCounted < progress.files && filesCounted < handed.length; filesCounted++)
                bytesDone += handed[filesCounted] ?? 0;
            options.onProgress?.(id, progress, bytesDone);
        };
        worker.on('message', (message) => {
            if (message.type === 'result') {
                // The result is whole: use it now rather than when the thread has exited (tearing
                // down its heap takes tens of milliseconds, and nothing waits for it).
                done = true;
                worker.unref();
                finished.push(message.state);
                resolve();
                return;
            }
            if (message.progress)
                progressed(message.progress);
            if (message.type === 'progress')
                return;
            const files = nextBatch();
            for (const f of files)
                handed.push(f.size);
            worker.postMessage((files.length === 0
                ? { type: 'finish' }
                : { type: 'files', files: files.map((f) => f.path) }));
        });
        worker.on('error', (e) => {
            if (!done)
                reject(e);
        });
        worker.on('exit', (code) => {
            if (!done)
                reject(new Error(`scan worker exited with code ${code} before its result`));
        });
    })));
    // A worker's failure ends the main thread's share at the next file, and is thrown below.
    let failed = false;
    fromWorkers.catch(() => (failed = true));
    try {
        for (let batch = nextBatch(); batch.length > 0 && !failed; batch = nextBatch())
            for (const file of batch) {
                await options.readOnMainThread(file.path);
                // A small file is read without waiting on anything: let the workers' requests for files
                // in between, or they would wait until the main thread had read every file.
                await new Promise((resolve) => setImmediate(resolve));
            }
        await fromWorkers;
    }
    catch (e) {
        // The run fails: stop the other threads rather than leave them waiting for files (they would
        // keep the process alive).
        await Promise.all(workers.map((w) => w.terminate()));
        throw e;
    }
    return finished;
}

;// CONCATENATED MODULE: ./src/worker.ts
/**
 * Entry of the worker bundle (dist/worker.js). It holds only the reader and the analysis, not the
 * AWS SDK or the Action toolkit, so that each worker thread starts small and fast. One bundle, two
 * jobs: local files (src/workers.ts) or the bytes of S3 objects (src/object-worker.ts).
 */


void (isObjectWorker() ? runObjectWorker() : runScanWorker());

