export const id = 191;
export const ids = [191];
export const modules = {

/***/ 8191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readAggregateStream),
/* harmony export */   readAggregateFile: () => (/* binding */ readAggregateFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var csv_parse__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6070);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5275);
/* harmony import */ var _peek_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4979);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7701);
/**
 * Reads an aggregate as CSV with a header line: the result format of Athena (every value quoted,
 * NULL as an empty field), of DuckDB's COPY, or of any engine a user runs the query in. A local
 * file, or an S3 object's body; gzip is recognised by its first bytes.
 */






/**
 * The longest row read, in characters: a real row is under 300. Anything longer is a hostile or
 * broken file, and csv-parse would otherwise buffer a field without a closing quote to the end.
 */
const MAX_ROW_CHARS = 64 * 1024;
/** Reads an aggregate CSV file into the sink; a file that cannot be read is a file error. */
async function readAggregateFile(path, sink, interfaces) {
    let stream;
    try {
        stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
        await new Promise((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    }
    catch (e) {
        sink.fileError(path, `cannot read the aggregate (${e.code ?? e.message})`);
        return { rows: 0 };
    }
    return readAggregateStream(path, stream, sink, interfaces);
}
/**
 * Reads an aggregate CSV from a stream into the sink. A row that does not fit is a malformed line;
 * a file that breaks off (bad quoting, a row over the limit) is a file error after the rows read.
 */
async function readAggregateStream(name, body, sink, interfaces) {
    const feeder = new _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .AggregateFeeder */ .b(name, sink, interfaces);
    try {
        const { head, rest } = await (0,_peek_js__WEBPACK_IMPORTED_MODULE_4__/* .peek */ .s)(body, 2);
        const text = (0,_file_js__WEBPACK_IMPORTED_MODULE_3__/* .contentOf */ .$E)(head) === 'gzip' ? rest.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)()) : rest;
        const parser = text.pipe((0,csv_parse__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)({ columns: header, bom: true, skip_empty_lines: true, max_record_size: MAX_ROW_CHARS }));
        for await (const row of parser)
            feeder.row(row);
        feeder.done();
    }
    catch (e) {
        sink.fileError(name, `not a readable aggregate (${oneLine(e)}) after row ${feeder.rows}`);
    }
    return { rows: feeder.rows };
}
/** Checks the header line: every required column, names as they are. */
function header(columns) {
    const missing = _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .AggregateFeeder */ .b.missingColumns(columns);
    if (missing)
        throw new Error(`the header has no column ${missing.join(', ')}`);
    return columns;
}
function oneLine(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ AggregateFeeder)
});

// EXTERNAL MODULE: ./src/sources/record.ts
var record = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/sources/format.ts
var format = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/analysis/initiator.ts
var initiator = __webpack_require__(4955);
;// CONCATENATED MODULE: ./src/sources/aggregates/columns.ts
/**
 * The aggregate the analysis needs, as rows a query engine (Athena, Logs Insights, DuckDB) can
 * compute where the logs live: one row per group of records that the analysis would treat alike.
 *
 * A group is keyed by interface, direction, protocol, the two addresses, action, log status, the
 * time bucket of the charts and who started the connection. Who started it is judged in the query
 * from the TCP flags and ports exactly as src/analysis/initiator.ts judges a record, so the
 * ephemeral remote port can be left out of the key: ports are kept only where the analysis still
 * needs them (the local port of a start; both ports where only pairing with the reverse record can
 * tell, see src/analysis/pairing.ts). Return traffic with a known direction needs neither ports nor
 * addresses: it never makes a rule used.
 *
 * The contract of the columns is docs/aggregates.md.
 */



/** The columns of an aggregate, in the order the queries write them. */
const AGGREGATE_COLUMNS = (/* unused pure expression or super */ null && ([
    'interface_id',
    'flow_direction',
    'protocol',
    'srcaddr',
    'dstaddr',
    'srcport',
    'dstport',
    'initiator',
    'action',
    'log_status',
    'bucket',
    'records',
    'packets',
    'bytes',
    'first_start',
    'last_end',
    'flags_seen',
]));
/** The columns every aggregate must have; the others may be missing (then empty). */
const REQUIRED_COLUMNS = [
    'interface_id',
    'protocol',
    'srcaddr',
    'dstaddr',
    'initiator',
    'action',
    'log_status',
    'records',
];
/** The initiator judgements, by name in the aggregate, and the value classifyStart gives. */
const INITIATORS = {
    /** SYN without ACK. */
    'start-flags': initiator/* STARTS_HIGH */.Ru,
    /** A service port on the destination side, an ephemeral one on the source side. */
    'start-port': initiator/* STARTS_MEDIUM */.m7,
    /** No flags, no telling ports (or not TCP, UDP or SCTP): assumed to start. */
    'start-guess': initiator/* STARTS_LOW */.fJ,
    /** SYN-ACK, or a service port on the source side. */
    response: initiator/* RESPONSE */.Cf,
    /** Both ports on one side of the ephemeral range, the source's the higher. */
    'response-guess': initiator/* LIKELY_RESPONSE */.vf,
    /** Not judged by the query (no flags): the analysis judges the row's two ports itself. */
    ports: record/* NOT_JUDGED */.Gv,
};
/**
 * The flow-log fields an aggregate stands for, as the report's `input.fields` names them: those
 * of the default format, and `tcp-flags` and `flow-direction` when some row had them (the
 * coverage findings ask for them).
 */
function aggregateFields(flagsSeen, directionSeen) {
    return [
        ...format/* DEFAULT_FIELDS */.yz,
        ...(flagsSeen ? ['tcp-flags'] : []),
        ...(directionSeen ? ['flow-direction'] : []),
    ];
}

;// CONCATENATED MODULE: ./src/sources/aggregates/rows.ts


/** Feeds rows of one aggregate (a file, an Athena result, a Logs Insights answer) into a sink. */
class AggregateFeeder {
    name;
    sink;
    interfaces;
    /** Rows read, good or malformed. */
    rows = 0;
    r = (0,record/* emptyRecord */.FR)();
    flagsSeen = false;
    directionSeen = false;
    constructor(name, sink, interfaces) {
        this.name = name;
        this.sink = sink;
        this.interfaces = interfaces;
    }
    /**
     * The columns a header names that an aggregate must have, or undefined when they are all there.
     */
    static missingColumns(columns) {
        const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
        return missing.length > 0 ? missing : undefined;
    }
    /** Takes one row; a row that does not fit is counted as a malformed line of the aggregate. */
    row(row) {
        this.rows++;
        const problem = this.fill(row);
        if (problem === undefined)
            this.sink.record(this.r);
        // Row 1 is the header line.
        else
            this.sink.malformed(this.name, this.rows + 1, problem);
    }
    /** The aggregate was read to its end. */
    done() {
        this.sink.fileRead(aggregateFields(this.flagsSeen, this.directionSeen), this.name);
    }
    fill(row) {
        const r = this.r;
        const eni = row['interface_id'];
        r.interfaceIndex = eni !== undefined && eni !== '' && eni !== '-' ? this.interfaces.add(eni) : -1;
        const bad = (0,record/* setAddresses */.ZM)(r, row);
        if (bad !== undefined)
            return bad;
        r.srcPort = integer(row['srcport']);
        r.dstPort = integer(row['dstport']);
        r.protocol = integer(row['protocol']);
        if (r.srcPort > 65535 ||
            r.dstPort > 65535 ||
            r.protocol > 255 ||
            [r.srcPort, r.dstPort, r.protocol].some(Number.isNaN))
            return 'port or protocol out of range';
        const count = integer(row['records']);
        if (!(count >= 1))
            return `records: expected a count of at least 1, got '${(row['records'] ?? '').slice(0, 64)}'`;
        r.count = count;
        r.packets = Math.max(0, integer(row['packets']) || 0);
        r.bytes = Math.max(0, integer(row['bytes']) || 0);
        r.start = integer(row['first_start']);
        r.end = integer(row['last_end']);
        if (Number.isNaN(r.start) || Number.isNaN(r.end))
            return 'first_start or last_end: not a Unix time';
        const initiator = INITIATORS[row['initiator'] ?? ''];
        const status = row['log_status'];
        r.status =
            status === 'NODATA' ? record/* LogStatus */.b0.NoData : status === 'SKIPDATA' ? record/* LogStatus */.b0.SkipData : record/* LogStatus */.b0.Ok;
        const action = row['action'];
        r.action =
            action === 'ACCEPT' ? record/* FlowAction */.HI.Accept : action === 'REJECT' ? record/* FlowAction */.HI.Reject : record/* FlowAction */.HI.None;
        // Rows without data (NODATA, SKIPDATA) judge nothing; every other row must say who started.
        if (initiator === undefined && r.status === record/* LogStatus */.b0.Ok && r.action !== record/* FlowAction */.HI.None)
            return `initiator: expected one of ${Object.keys(INITIATORS).join(', ')}, got '${(row['initiator'] ?? '').slice(0, 64)}'`;
        r.initiator = initiator ?? INITIATORS['start-guess'];
        r.tcpFlags = -1;
        const direction = row['flow_direction'];
        r.direction =
            direction === 'ingress'
                ? record/* FlowDirection */.ss.Ingress
                : direction === 'egress'
                    ? record/* FlowDirection */.ss.Egress
                    : record/* FlowDirection */.ss.Unknown;
        if (r.direction !== record/* FlowDirection */.ss.Unknown)
            this.directionSeen = true;
        if (row['flags_seen'] === '1' || row['flags_seen'] === 'true')
            this.flagsSeen = true;
        return undefined;
    }
}
/** A non-negative integer column; -1 when empty or `-`, NaN when it is not a number. */
function integer(text) {
    if (text === undefined || text === '' || text === '-')
        return -1;
    if (!/^\d{1,15}$/.test(text))
        return /^\d+\.0*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
    return Number(text);
}


/***/ })

};
