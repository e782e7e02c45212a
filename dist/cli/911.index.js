export const id = 911;
export const ids = [911,191,685];
export const modules = {

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   engineQueryText: () => (/* binding */ engineQueryText)
/* harmony export */ });
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _live_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2818);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4385);
/* harmony import */ var _sources_aggregates_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5685);
/* harmony import */ var _sources_aggregates_insights_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(706);
/* harmony import */ var _sources_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7879);
/**
 * `analyze --engine athena|insights --print-query`: the query the engine would run, printed
 * without any AWS call, to review it, run it by hand, or schedule it elsewhere.
 */







/** The query text of `--engine` for the window that ends now. */
function engineQueryText(inputs, config, now) {
    const engine = (0,_sources_aggregates_engine_js__WEBPACK_IMPORTED_MODULE_4__.parseEngine)(inputs.engine);
    const lookbackMs = (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLookback */ .Yf)(inputs.lookback ?? _live_options_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LOOKBACK */ .Rj);
    const settings = {
        window: { start: new Date(now.getTime() - lookbackMs), end: now },
        ephemeralStart: config['ephemeral-port-start'],
        bucketSeconds: config.thresholds['bucket-seconds'],
    };
    if (engine === 'athena')
        return `${(0,_sources_aggregates_engine_js__WEBPACK_IMPORTED_MODULE_4__.athenaQueryFor)(inputs.athena ?? {}, settings)};\n`;
    if (engine === 'insights') {
        // Without --log-format, the default format: a live run takes the flow log's from DescribeFlowLogs.
        const format = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveLogFormat */ .O)(inputs.logFormat) ?? (0,_sources_format_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFormat */ .sP)(_sources_format_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_FIELDS */ .yz);
        return _sources_aggregates_insights_js__WEBPACK_IMPORTED_MODULE_5__/* .INSIGHTS_PARTS */ .tI.map((part) => `# ${part}\n${(0,_sources_aggregates_insights_js__WEBPACK_IMPORTED_MODULE_5__/* .insightsQuery */ .yQ)(part, { format, ...settings })}\n`).join('\n');
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('--print-query: give --engine athena or --engine insights');
}


/***/ }),

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

/***/ 5685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ATHENA_TABLE: () => (/* reexport */ engine_flags/* DEFAULT_ATHENA_TABLE */.Z),
  athenaInput: () => (/* binding */ athenaInput),
  athenaQueryFor: () => (/* binding */ athenaQueryFor),
  insightsInput: () => (/* binding */ insightsInput),
  parseEngine: () => (/* reexport */ engine_flags/* parseEngine */.s)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-athena/dist-cjs/index.js
var dist_cjs = __webpack_require__(2204);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/util.ts
var util = __webpack_require__(8897);
// EXTERNAL MODULE: ./src/sources/s3-url.ts
var s3_url = __webpack_require__(8814);
// EXTERNAL MODULE: ./src/sources/aggregates/csv.ts
var csv = __webpack_require__(8191);
;// CONCATENATED MODULE: ./src/sources/aggregates/athena.ts
/**
 * Runs a query in Athena and reads its result: StartQueryExecution in a workgroup, GetQueryExecution
 * until it ends, then the result CSV that Athena wrote to the output location, streamed from S3
 * (GetQueryResults pages a thousand rows at a time; the CSV is one GetObject).
 */








const DEFAULT_TIMEOUT_MS = 30 * 60_000;
/** Starts a query and waits for it; a failed or cancelled query is one line naming Athena's reason. */
async function runAthenaQuery(athena, sql, options) {
    const target = (0,clients/* clientTarget */.zU)(athena);
    const call = (operation) => ({ service: 'athena', operation, ...target });
    let id;
    try {
        const started = await athena.send(new dist_cjs/* StartQueryExecutionCommand */.Wjk({
            QueryString: sql,
            ...(options.workgroup !== undefined ? { WorkGroup: options.workgroup } : {}),
            ...(options.output !== undefined ? { ResultConfiguration: { OutputLocation: options.output } } : {}),
            ...(options.database !== undefined ? { QueryExecutionContext: { Database: options.database } } : {}),
        }));
        id = started.QueryExecutionId;
    }
    catch (e) {
        (0,aws_errors/* rethrowAwsError */.di)(e, { ...call('StartQueryExecution'), resource: options.workgroup ?? 'primary' });
    }
    if (id === undefined)
        throw new errors/* ConfigurationError */.j1('Athena StartQueryExecution returned no query id');
    const sleep = options.sleep ?? util/* sleep */.yy;
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let wait = 250;
    for (;;) {
        let execution;
        try {
            execution = (await athena.send(new dist_cjs/* GetQueryExecutionCommand */.mRu({ QueryExecutionId: id }))).QueryExecution;
        }
        catch (e) {
            (0,aws_errors/* rethrowAwsError */.di)(e, { ...call('GetQueryExecution'), resource: id });
        }
        const state = execution?.Status?.State;
        if (state === 'SUCCEEDED') {
            const outputLocation = execution?.ResultConfiguration?.OutputLocation;
            if (outputLocation === undefined)
                throw new errors/* ConfigurationError */.j1(`Athena query ${id} succeeded without an output location: pass --athena-output s3://…/`);
            return {
                queryExecutionId: id,
                outputLocation,
                bytesScanned: execution?.Statistics?.DataScannedInBytes ?? 0,
            };
        }
        if (state === 'FAILED' || state === 'CANCELLED')
            throw new errors/* ConfigurationError */.j1(`Athena query ${id} ${state.toLowerCase()}: ${(execution?.Status?.StateChangeReason ?? 'no reason given').split('\n')[0]}`);
        if (Date.now() > deadline)
            throw new errors/* ConfigurationError */.j1(`Athena query ${id} did not finish in ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 60_000)} minutes`);
        await sleep(wait);
        wait = Math.min(wait * 2, 5_000);
    }
}
/** Reads the result CSV of a finished query into the sink; returns the rows read. */
async function readAthenaResult(s3, result, sink, interfaces) {
    const { bucket, prefix: key } = (0,s3_url/* parseS3Url */.F)(result.outputLocation);
    let body;
    try {
        body = (await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }))).Body;
    }
    catch (e) {
        (0,aws_errors/* rethrowAwsError */.di)(e, {
            service: 's3',
            operation: 'GetObject',
            resource: result.outputLocation,
            ...(0,clients/* clientTarget */.zU)(s3),
        });
    }
    const { rows } = await (0,csv/* readAggregateStream */.K)(result.outputLocation, body, sink, interfaces);
    return rows;
}

// EXTERNAL MODULE: ./src/sources/format.ts
var format = __webpack_require__(7879);
;// CONCATENATED MODULE: ./src/sources/aggregates/athena-sql.ts
/**
 * The SQL that Athena runs over a flow-log table to compute the aggregate of columns.ts, and the
 * DDL that creates such a table with partition projection over the S3 layout.
 *
 * The column names are those of AWS's Athena integration for flow logs (`interface_id`,
 * `flow_direction`, `tcp_flags`, `"end"`, …). The query uses only SQL that Athena (Trino) and
 * DuckDB both run the same way, so that the tests can run it: no bitwise functions (the TCP flag
 * bits are read with floor and mod), no engine-specific casts.
 */


/** The partition of AWS's partition-projection table for flow logs. */
const DEFAULT_PARTITION = { column: 'day', format: 'yyyy/MM/dd' };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const DATE_FORMAT = /^(?:yyyy|MM|dd|HH|[-/_])+$/;
/** A table name as SQL: each part checked and double-quoted. */
function quoteTable(table, flag = '--athena-table') {
    const parts = table.split('.');
    if (parts.length > 2 || parts.some((p) => !IDENTIFIER.test(p)))
        throw new errors/* ConfigurationError */.j1(`${flag}: '${table.slice(0, 64)}' is not a table name; expected TABLE or DATABASE.TABLE of letters, digits and _`);
    return parts.map((p) => `"${p}"`).join('.');
}
/** Parses `--athena-partition COLUMN=FORMAT` (`day=yyyy/MM/dd`), or `none`. */
function parsePartition(text) {
    if (text === undefined)
        return DEFAULT_PARTITION;
    if (text === 'none')
        return undefined;
    const [column = '', format = ''] = text.split('=');
    if (!IDENTIFIER.test(column) || !DATE_FORMAT.test(format))
        throw new errors/* ConfigurationError */.j1(`--athena-partition: expected COLUMN=FORMAT such as day=yyyy/MM/dd (or none), got '${text.slice(0, 64)}'`);
    return { column, format };
}
/** A date in a partition's format, in UTC. */
function partitionValue(date, format) {
    const two = (n) => String(n).padStart(2, '0');
    return format
        .replace('yyyy', String(date.getUTCFullYear()))
        .replace('MM', two(date.getUTCMonth() + 1))
        .replace('dd', two(date.getUTCDate()))
        .replace('HH', two(date.getUTCHours()));
}
/**
 * The aggregation query. Records are kept when their `start` is in the window (the streaming
 * reader's rule); the partition range reaches a day past the window's end, because a record is
 * delivered in a file dated after its start.
 */
function aggregateQuery(options) {
    const table = quoteTable(options.table);
    const e = Math.trunc(options.ephemeralStart);
    const bucket = Math.trunc(options.bucketSeconds);
    const start = Math.floor(options.window.start.getTime() / 1000);
    const end = Math.floor(options.window.end.getTime() / 1000);
    const where = [`(start IS NULL OR (start >= ${start} AND start < ${end}))`];
    const p = options.partition;
    if (p !== undefined) {
        const last = new Date(options.window.end.getTime() + 86_400_000);
        where.unshift(`"${p.column}" BETWEEN '${partitionValue(options.window.start, p.format)}' AND '${partitionValue(last, p.format)}'`);
    }
    // The judgement of src/analysis/initiator.ts: SYN-ACK answers, SYN starts, then ports.
    const syn = 'mod(floor(tcp_flags / 2), 2) = 1';
    const ack = 'mod(floor(tcp_flags / 16), 2) = 1';
    return `-- sg-flow-audit: one row per group of flow-log records the analysis treats alike (docs/aggregates.md)
WITH judged AS (
  SELECT
    interface_id,
    nullif(flow_direction, '-') AS flow_direction,
    protocol,
    nullif(srcaddr, '-') AS srcaddr,
    nullif(dstaddr, '-') AS dstaddr,
    srcport,
    dstport,
    action,
    log_status,
    start,
    coalesce("end", start) AS last_end,
    packets,
    bytes,
    tcp_flags,
    CASE
      WHEN protocol = 6 AND tcp_flags > 0 AND ${syn} AND ${ack} THEN 'response'
      WHEN protocol = 6 AND tcp_flags > 0 AND ${syn} THEN 'start-flags'
      WHEN coalesce(protocol, -1) NOT IN (6, 17, 132) OR srcport IS NULL OR dstport IS NULL THEN 'start-guess'
      WHEN dstport < ${e} AND srcport >= ${e} THEN 'start-port'
      WHEN srcport < ${e} AND dstport >= ${e} THEN 'response'
      WHEN srcport < dstport THEN 'response-guess'
      ELSE 'start-guess'
    END AS initiator
  FROM ${table}
  WHERE ${where.join('\n    AND ')}
),
keyed AS (
  SELECT
    interface_id,
    flow_direction,
    protocol,
    CASE WHEN initiator = 'response' AND flow_direction IS NOT NULL THEN NULL ELSE srcaddr END AS srcaddr,
    CASE WHEN initiator = 'response' AND flow_direction IS NOT NULL THEN NULL ELSE dstaddr END AS dstaddr,
    CASE WHEN initiator IN ('start-guess', 'response-guess') THEN srcport END AS srcport,
    CASE WHEN initiator = 'response' THEN NULL ELSE dstport END AS dstport,
    initiator,
    action,
    log_status,
    CAST(floor(start / ${bucket}) AS BIGINT) AS bucket,
    start,
    last_end,
    packets,
    bytes,
    CASE WHEN tcp_flags IS NULL THEN 0 ELSE 1 END AS flags_seen
  FROM judged
)
SELECT
  interface_id, flow_direction, protocol, srcaddr, dstaddr, srcport, dstport, initiator, action, log_status, bucket,
  count(*) AS records,
  sum(packets) AS packets,
  sum(bytes) AS bytes,
  min(start) AS first_start,
  max(last_end) AS last_end,
  max(flags_seen) AS flags_seen
FROM keyed
GROUP BY interface_id, flow_direction, protocol, srcaddr, dstaddr, srcport, dstport, initiator, action, log_status, bucket`;
}
/** Athena's type of a flow-log field's column. */
function columnType(field) {
    if (['packets', 'bytes', 'start', 'end', 'protocol'].includes(field))
        return 'bigint';
    if (['version', 'srcport', 'dstport', 'tcp-flags', 'traffic-path'].includes(field))
        return 'int';
    return 'string';
}
/**
 * The CREATE TABLE of a flow-log table with partition projection over the S3 layout of
 * `AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/`, so that no partition needs adding.
 */
function createTableStatement(options) {
    const [database, name] = quoteTable(options.table, '--athena-table')
        .split('.')
        .map((p) => `\`${p.slice(1, -1)}\``);
    const table = name === undefined ? database : `${database}.${name}`;
    if (!/^s3:\/\/[^/\s'"]+\/(?:[^\s'"]*\/)?vpcflowlogs\/[a-z0-9-]+\/$/.test(options.location))
        throw new errors/* ConfigurationError */.j1(`--source: to create the Athena table, give the folder of the day folders, such as s3://BUCKET/AWSLogs/ACCOUNT/vpcflowlogs/REGION/, got '${options.location.slice(0, 120)}'`);
    const fields = options.fields ?? [2, 3, 4, 5].flatMap((v) => format/* FIELDS_BY_VERSION */.$G[v] ?? []);
    const columns = fields.map((f) => `  \`${f.replace(/-/g, '_')}\` ${columnType(f)}`).join(',\n');
    const storage = options.storage === 'parquet' ? 'STORED AS PARQUET' : "ROW FORMAT DELIMITED FIELDS TERMINATED BY ' '";
    const header = options.storage === 'text' ? `  "skip.header.line.count" = "1",\n` : '';
    return `CREATE EXTERNAL TABLE IF NOT EXISTS ${table} (
${columns}
)
PARTITIONED BY (\`day\` string)
${storage}
LOCATION '${options.location}'
TBLPROPERTIES (
${header}  "projection.enabled" = "true",
  "projection.day.type" = "date",
  "projection.day.format" = "yyyy/MM/dd",
  "projection.day.range" = "${partitionValue(options.since, 'yyyy/MM/dd')},NOW",
  "projection.day.interval" = "1",
  "projection.day.interval.unit" = "DAYS",
  "storage.location.template" = "${options.location}\${day}"
)`;
}

// EXTERNAL MODULE: ./src/sources/aggregates/insights.ts
var insights = __webpack_require__(706);
// EXTERNAL MODULE: ./src/sources/aggregates/engine-flags.ts
var engine_flags = __webpack_require__(9131);
;// CONCATENATED MODULE: ./src/sources/aggregates/engine.ts






/** The aggregation SQL for the flags, as `--print-query` prints it. */
function athenaQueryFor(flags, settings) {
    return aggregateQuery({
        table: flags.table ?? engine_flags/* DEFAULT_ATHENA_TABLE */.Z,
        window: settings.window,
        ephemeralStart: settings.ephemeralStart,
        bucketSeconds: settings.bucketSeconds,
        // The table created has AWS's partition projection: the default partition.
        partition: flags.createTable ? DEFAULT_PARTITION : parsePartition(flags.partition),
    });
}
/** Parses `--athena-storage`. */
function storageOf(text) {
    if (text === undefined || text === 'text' || text === 'parquet')
        return text ?? 'text';
    throw new errors/* ConfigurationError */.j1(`--athena-storage: expected text or parquet, got '${text.slice(0, 64)}'`);
}
/** Athena: creates the table when asked, runs the aggregation, reads the result CSV from S3. */
function athenaInput(clients, flags, settings, context) {
    const summary = { name: 'athena', queries: 0, rows: 0, bytesScanned: 0, queryIds: [] };
    const options = { workgroup: flags.workgroup, output: flags.output };
    const sql = athenaQueryFor(flags, settings);
    let create;
    if (flags.createTable) {
        if (context.source === undefined || !context.source.startsWith('s3://'))
            throw new errors/* ConfigurationError */.j1("--athena-create-table: give the flow logs' S3 folder with --source s3://BUCKET/AWSLogs/ACCOUNT/vpcflowlogs/REGION/");
        create = createTableStatement({
            table: flags.table ?? engine_flags/* DEFAULT_ATHENA_TABLE */.Z,
            location: context.source,
            storage: storageOf(flags.storage),
            fields: context.format?.fields,
            since: new Date(settings.window.start.getTime() - 86_400_000),
        });
    }
    return {
        summary,
        async feed(sink, interfaces) {
            if (create !== undefined) {
                const database = (flags.table ?? engine_flags/* DEFAULT_ATHENA_TABLE */.Z).split('.');
                if (database.length === 2) {
                    const made = await runAthenaQuery(clients.athena, `CREATE DATABASE IF NOT EXISTS \`${database[0]}\``, options);
                    summary.queries++;
                    summary.queryIds.push(made.queryExecutionId);
                }
                const table = await runAthenaQuery(clients.athena, create, options);
                summary.queries++;
                summary.queryIds.push(table.queryExecutionId);
            }
            const result = await runAthenaQuery(clients.athena, sql, options);
            summary.queries++;
            summary.queryIds.push(result.queryExecutionId);
            summary.bytesScanned = (summary.bytesScanned ?? 0) + result.bytesScanned;
            summary.rows += await readAthenaResult(clients.s3, result, sink, interfaces);
        },
    };
}
/** Logs Insights over a log group, the window split until no answer is cut at the row limit. */
function insightsInput(logs, logGroupName, format, settings) {
    const summary = { name: 'insights', queries: 0, rows: 0, queryIds: [] };
    return {
        summary,
        async feed(sink, interfaces) {
            await (0,insights/* runInsightsAggregation */.px)(logs, { logGroupName, format, ...settings }, sink, interfaces, summary);
        },
    };
}


/***/ }),

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   px: () => (/* binding */ runInsightsAggregation),
/* harmony export */   tI: () => (/* binding */ INSIGHTS_PARTS),
/* harmony export */   yQ: () => (/* binding */ insightsQuery)
/* harmony export */ });
/* unused harmony exports INSIGHTS_ROW_LIMIT, insightsRow, clientRunner */
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2684);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7532);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_util_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8897);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7701);
/**
 * `--engine insights`: the aggregate of columns.ts computed by CloudWatch Logs Insights over a log
 * group. Logs Insights has no conditional expression to compute who started a connection in one
 * pass, so the records are split by filters into three queries whose groups keep what the
 * analysis needs of them:
 *
 * - starts (SYN, or a service port on the destination side): the local port, and whether SYN was
 *   seen (`start-flags`) or the ports told (`start-port`);
 * - return traffic (SYN-ACK, or a service port on the source side) and records without data
 *   (NODATA, SKIPDATA): no ports, and no addresses when the format has `flow-direction`;
 * - the rest (both ports on one side of the ephemeral range, or not TCP, UDP or SCTP): both ports,
 *   judged by the analysis itself as a streamed record is.
 *
 * An answer has at most 10,000 rows; one that reaches the limit is thrown away and its time range
 * split in two, down to one chart bucket, so no group is ever cut off.
 */






/** Logs Insights returns at most this many rows per query. */
const INSIGHTS_ROW_LIMIT = 10_000;
const INSIGHTS_PARTS = ['starts', 'responses', 'rest'];
/** The Logs Insights query of one part, over whatever time range StartQuery is given. */
function insightsQuery(part, options) {
    const fields = options.format.fields;
    const has = (f) => fields.includes(f);
    for (const required of [
        'interface-id',
        'srcaddr',
        'dstaddr',
        'srcport',
        'dstport',
        'protocol',
        'action',
        'log-status',
        'start',
    ])
        if (!has(required))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--engine insights: the flow log's format has no ${required} field, which the query needs`);
    const name = (f) => (f === 'end' ? 'end_time' : f.replace(/-/g, '_'));
    const parse = `parse @message "${fields.map(() => '*').join(' ')}" as ${fields.map(name).join(', ')}`;
    const e = Math.trunc(options.ephemeralStart);
    const flags = has('tcp-flags');
    const direction = has('flow-direction');
    const tcp = 'protocol = 6 and tcp_flags > 0';
    const syn = `${tcp} and floor(tcp_flags / 2) % 2 = 1`;
    const ack = 'floor(tcp_flags / 16) % 2';
    const portsTell = '(protocol = 6 or protocol = 17 or protocol = 132)';
    const startPort = `${portsTell} and dstport < ${e} and srcport >= ${e}`;
    const responsePort = `${portsTell} and srcport < ${e} and dstport >= ${e}`;
    const notFlagged = flags ? `not (${syn}) and ` : '';
    const ok = 'log_status = "OK"';
    const inWindow = `start >= ${Math.floor(options.window.start.getTime() / 1000)} and start < ${Math.floor(options.window.end.getTime() / 1000)}`;
    const filter = part === 'starts'
        ? `${ok} and (${flags ? `(${syn} and ${ack} = 0) or ` : ''}(${notFlagged}${startPort}))`
        : part === 'responses'
            ? `log_status != "OK" or (${flags ? `(${syn} and ${ack} = 1) or ` : ''}(${notFlagged}${responsePort}))`
            : `${ok} and ${notFlagged}not (${startPort}) and not (${responsePort})`;
    const keys = [
        'interface_id',
        ...(direction ? ['flow_direction'] : []),
        'protocol',
        'action',
        'log_status',
        'bucket',
    ];
    if (part === 'starts')
        keys.push('srcaddr', 'dstaddr', 'dstport', ...(flags ? ['syn'] : []));
    if (part === 'responses' && !direction)
        keys.push('srcaddr', 'dstaddr');
    if (part === 'rest')
        keys.push('srcaddr', 'dstaddr', 'srcport', 'dstport');
    const computed = [
        `floor(start / ${Math.trunc(options.bucketSeconds)}) as bucket`,
        ...(part === 'starts' && flags ? ['floor(tcp_flags / 2) % 2 as syn'] : []),
    ];
    const last = has('end') ? 'max(end_time)' : 'max(start)';
    return [
        parse,
        `filter ${inWindow}`,
        `filter ${filter}`,
        `fields ${computed.join(', ')}`,
        `stats count(*) as records, sum(packets) as packets, sum(bytes) as bytes, min(start) as first_start, ${last} as last_end by ${keys.join(', ')}`,
    ].join('\n| ');
}
/** An answer's row as an aggregate row, its initiator set by the part it came from. */
function insightsRow(part, fields, flags) {
    const row = {};
    for (const f of fields)
        if (f.field !== undefined && !f.field.startsWith('@'))
            row[f.field] = f.value;
    if (part === 'starts')
        row['initiator'] = row['syn'] === '1' ? 'start-flags' : 'start-port';
    // The analysis judges these itself from both ports, as it would a streamed record.
    else if (part === 'rest')
        row['initiator'] = 'ports';
    else
        row['initiator'] = 'response';
    if (flags)
        row['flags_seen'] = '1';
    return row;
}
/** The runner of a real client: StartQuery, then GetQueryResults until the query is done. */
function clientRunner(logs, logGroupName, sleep = _aws_util_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy) {
    const target = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientTarget */ .zU)(logs);
    return async (queryString, start, end) => {
        let queryId;
        try {
            // StartQuery takes seconds, and its endTime is inclusive.
            queryId = (await logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__/* .StartQueryCommand */ .qbV({
                logGroupName,
                queryString,
                startTime: start,
                endTime: end - 1,
                limit: INSIGHTS_ROW_LIMIT,
            }))).queryId;
        }
        catch (e) {
            (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .rethrowAwsError */ .di)(e, { service: 'logs', operation: 'StartQuery', resource: logGroupName, ...target });
        }
        if (queryId === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('Logs Insights StartQuery returned no query id');
        let wait = 250;
        for (;;) {
            let answer;
            try {
                answer = await logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__/* .GetQueryResultsCommand */ .sAK({ queryId }));
            }
            catch (e) {
                (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .rethrowAwsError */ .di)(e, { service: 'logs', operation: 'GetQueryResults', resource: queryId, ...target });
            }
            const status = answer.status;
            if (status === 'Complete')
                return answer.results ?? [];
            if (status === 'Failed' || status === 'Cancelled' || status === 'Timeout')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Logs Insights query ${queryId} on ${logGroupName}: ${status.toLowerCase()}`);
            await sleep(wait);
            wait = Math.min(wait * 2, 5_000);
        }
    };
}
/**
 * Runs the three parts over the window, splitting a range whose answer reached the row limit,
 * and feeds every row to the sink.
 */
async function runInsightsAggregation(logs, options, sink, interfaces, summary) {
    const run = typeof logs === 'function' ? logs : clientRunner(logs, options.logGroupName);
    const limit = options.rowLimit ?? INSIGHTS_ROW_LIMIT;
    const flags = options.format.fields.includes('tcp-flags');
    const feeder = new _rows_js__WEBPACK_IMPORTED_MODULE_3__/* .AggregateFeeder */ .b(`cloudwatch:${options.logGroupName} (Logs Insights)`, sink, interfaces);
    // Ranges split on bucket boundaries, so that most groups stay in one answer (a group in two
    // answers is two rows that add up, as two files' records do).
    const bucket = Math.max(1, Math.trunc(options.bucketSeconds));
    const start = Math.floor(options.window.start.getTime() / 1000);
    const end = Math.ceil(options.window.end.getTime() / 1000);
    for (const part of INSIGHTS_PARTS) {
        const query = insightsQuery(part, options);
        const ranges = [[start, end]];
        while (ranges.length > 0) {
            const [from, to] = ranges.shift();
            const rows = await run(query, from, to);
            summary.queries++;
            if (rows.length >= limit) {
                const middle = Math.floor((from + (to - from) / 2) / bucket) * bucket;
                if (middle > from && middle < to) {
                    ranges.unshift([from, middle], [middle, to]);
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Logs Insights: more than ${limit} groups of ${part} in one chart bucket (${new Date(from * 1000).toISOString()}): ` +
                    'use --engine athena or stream the logs');
            }
            for (const fields of rows)
                feeder.row(insightsRow(part, fields, flags));
            summary.rows += rows.length;
        }
    }
    feeder.done();
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
