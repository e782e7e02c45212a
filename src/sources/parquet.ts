/**
 * Reads flow logs that AWS delivered as Parquet: one column per field, named with underscores
 * (`interface_id`, `log_status`), INT32/INT64 numbers and strings. Read one row group at a time
 * so that memory follows the row-group size, not the file size.
 */
import { gunzipSync } from 'node:zlib';
import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
} from 'hyparquet';
import { makeFormat } from './format.js';
import type { ReadOptions, ReaderSink } from './file.js';
import { emptyRecord, FlowAction, FlowDirection, LogStatus, type FlowRecord } from './record.js';
import { normalizeIpv6, parseIpv4 } from '../analysis/net.js';

/** AWS writes Parquet with gzip; hyparquet brings snappy itself. */
const compressors = { GZIP: (input: Uint8Array) => new Uint8Array(gunzipSync(input)) };

export async function readParquetFile(file: string, sink: ReaderSink, options: ReadOptions): Promise<void> {
  let buffer: AsyncBuffer;
  try {
    buffer = await asyncBufferFromFile(file);
  } catch (e) {
    sink.fileError(file, `not a readable Parquet file (${(e as Error).message}) after row 0`);
    return;
  }
  await readParquetBuffer(file, buffer, sink, options);
}

/**
 * Reads Parquet from any random-access buffer: a local file, or an S3 object read by ranges
 * (Parquet keeps its schema at the end, so it cannot be streamed from the start).
 */
export async function readParquetBuffer(
  file: string,
  buffer: AsyncBuffer,
  sink: ReaderSink,
  options: ReadOptions,
): Promise<void> {
  let rowNumber = 0;
  try {
    const metadata = await parquetMetadataAsync(buffer);
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    const format = makeFormat(columns);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      await parquetRead({
        file: buffer,
        metadata,
        compressors,
        rowStart,
        rowEnd,
        rowFormat: 'object',
        onComplete: (rows: Record<string, unknown>[]) => {
          for (const row of rows) {
            rowNumber++;
            const problem = fillRecord(row, record, options);
            if (problem === undefined) sink.record(record);
            else sink.malformed(file, rowNumber, problem);
          }
        },
      });
      rowStart = rowEnd;
    }
    sink.fileRead(format.fields, file);
  } catch (e) {
    sink.fileError(file, `not a readable Parquet file (${(e as Error).message}) after row ${rowNumber}`);
  }
}

const record = emptyRecord();

function num(value: unknown): number {
  if (value === null || value === undefined || value === '-') return -1;
  return typeof value === 'bigint' ? Number(value) : Number(value);
}

function fillRecord(row: Record<string, unknown>, r: FlowRecord, options: ReadOptions): string | undefined {
  const eni = row['interface_id'];
  r.interfaceIndex = typeof eni === 'string' && eni !== '-' ? options.interfaces.add(eni) : -1;
  r.src4 = -1;
  r.dst4 = -1;
  r.srcV6 = undefined;
  r.dstV6 = undefined;
  for (const side of ['srcaddr', 'dstaddr'] as const) {
    const text = row[side];
    if (text === null || text === undefined || text === '-') continue;
    if (typeof text !== 'string') return `${side}: not an IP address`;
    const v4 = parseIpv4(text);
    const v6 = v4 === undefined ? normalizeIpv6(text) : undefined;
    if (v4 === undefined && v6 === undefined) return `${side}: not an IP address: '${text.slice(0, 60)}'`;
    if (side === 'srcaddr') [r.src4, r.srcV6] = [v4 ?? -1, v6];
    else [r.dst4, r.dstV6] = [v4 ?? -1, v6];
  }
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
