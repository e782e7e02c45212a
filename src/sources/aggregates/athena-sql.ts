/**
 * The SQL that Athena runs over a flow-log table to compute the aggregate of columns.ts, and the
 * DDL that creates such a table with partition projection over the S3 layout.
 *
 * The column names are those of AWS's Athena integration for flow logs (`interface_id`,
 * `flow_direction`, `tcp_flags`, `"end"`, …). The query uses only SQL that Athena (Trino) and
 * DuckDB both run the same way, so that the tests can run it: no bitwise functions (the TCP flag
 * bits are read with floor and mod), no engine-specific casts.
 */
import { ConfigurationError } from '../../errors.js';
import { FIELDS_BY_VERSION } from '../format.js';

/** A table's partition column of dates, and how its values are written (`yyyy/MM/dd`). */
export interface DatePartition {
  column: string;
  format: string;
}

export interface AggregateQueryOptions {
  /** `database.table` or `table`. */
  table: string;
  /** Records whose `start` is in [start, end). */
  window: { start: Date; end: Date };
  /** The first port of the client (ephemeral) range: config `ephemeral-port-start`. */
  ephemeralStart: number;
  /** The chart buckets: config `thresholds.bucket-seconds`. */
  bucketSeconds: number;
  /** The partition that restricts the scan to the window's days; none scans the whole table. */
  partition?: DatePartition | undefined;
}

/** The partition of AWS's partition-projection table for flow logs. */
export const DEFAULT_PARTITION: DatePartition = { column: 'day', format: 'yyyy/MM/dd' };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const DATE_FORMAT = /^(?:yyyy|MM|dd|HH|[-/_])+$/;

/** A table name as SQL: each part checked and double-quoted. */
export function quoteTable(table: string, flag = '--athena-table'): string {
  const parts = table.split('.');
  if (parts.length > 2 || parts.some((p) => !IDENTIFIER.test(p)))
    throw new ConfigurationError(
      `${flag}: '${table.slice(0, 64)}' is not a table name; expected TABLE or DATABASE.TABLE of letters, digits and _`,
    );
  return parts.map((p) => `"${p}"`).join('.');
}

/** Parses `--athena-partition COLUMN=FORMAT` (`day=yyyy/MM/dd`), or `none`. */
export function parsePartition(text: string | undefined): DatePartition | undefined {
  if (text === undefined) return DEFAULT_PARTITION;
  if (text === 'none') return undefined;
  const [column = '', format = ''] = text.split('=');
  if (!IDENTIFIER.test(column) || !DATE_FORMAT.test(format))
    throw new ConfigurationError(
      `--athena-partition: expected COLUMN=FORMAT such as day=yyyy/MM/dd (or none), got '${text.slice(0, 64)}'`,
    );
  return { column, format };
}

/** A date in a partition's format, in UTC. */
export function partitionValue(date: Date, format: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
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
export function aggregateQuery(options: AggregateQueryOptions): string {
  const table = quoteTable(options.table);
  const e = Math.trunc(options.ephemeralStart);
  const bucket = Math.trunc(options.bucketSeconds);
  const start = Math.floor(options.window.start.getTime() / 1000);
  const end = Math.floor(options.window.end.getTime() / 1000);
  const where = [`(start IS NULL OR (start >= ${start} AND start < ${end}))`];
  const p = options.partition;
  if (p !== undefined) {
    const last = new Date(options.window.end.getTime() + 86_400_000);
    where.unshift(
      `"${p.column}" BETWEEN '${partitionValue(options.window.start, p.format)}' AND '${partitionValue(last, p.format)}'`,
    );
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

export interface CreateTableOptions {
  table: string;
  /** The S3 folder that holds the day folders: `s3://bucket/prefix/AWSLogs/ACCOUNT/vpcflowlogs/REGION/`. */
  location: string;
  /** How the flow log delivers: text (gzip, with a header line) or Parquet. */
  storage: 'text' | 'parquet';
  /** The fields of text records in their order (a custom format); default v2 to v5 in AWS's order. */
  fields?: readonly string[] | undefined;
  /** The first day the projection reaches back to. */
  since: Date;
}

/** Athena's type of a flow-log field's column. */
function columnType(field: string): string {
  if (['packets', 'bytes', 'start', 'end', 'protocol'].includes(field)) return 'bigint';
  if (['version', 'srcport', 'dstport', 'tcp-flags', 'traffic-path'].includes(field)) return 'int';
  return 'string';
}

/**
 * The CREATE TABLE of a flow-log table with partition projection over the S3 layout of
 * `AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/`, so that no partition needs adding.
 */
export function createTableStatement(options: CreateTableOptions): string {
  const [database, name] = quoteTable(options.table, '--athena-table')
    .split('.')
    .map((p) => `\`${p.slice(1, -1)}\``);
  const table = name === undefined ? database : `${database}.${name}`;
  if (!/^s3:\/\/[^/\s'"]+\/(?:[^\s'"]*\/)?vpcflowlogs\/[a-z0-9-]+\/$/.test(options.location))
    throw new ConfigurationError(
      `--source: to create the Athena table, give the folder of the day folders, such as s3://BUCKET/AWSLogs/ACCOUNT/vpcflowlogs/REGION/, got '${options.location.slice(0, 120)}'`,
    );
  const fields = options.fields ?? [2, 3, 4, 5].flatMap((v) => FIELDS_BY_VERSION[v] ?? []);
  const columns = fields.map((f) => `  \`${f.replace(/-/g, '_')}\` ${columnType(f)}`).join(',\n');
  const storage =
    options.storage === 'parquet' ? 'STORED AS PARQUET' : "ROW FORMAT DELIMITED FIELDS TERMINATED BY ' '";
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
