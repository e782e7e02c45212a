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
import { gunzipSync } from 'node:zlib';
import {
  asyncBufferFromFile,
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  snappyUncompress,
  type AsyncBuffer,
  type Compressors,
  type FileMetaData,
} from 'hyparquet';
import { makeFormat } from './format.js';
import type { ReadOptions, ReaderSink } from './file.js';
import { InflateBudget, InputLimitError, type InputLimits } from './limits.js';
import {
  emptyRecord,
  FlowAction,
  FlowDirection,
  LogStatus,
  setAddresses,
  type FlowRecord,
} from './record.js';

/**
 * The most rows decoded at once: hyparquet builds an object per row it is asked for, and a forged
 * row group may claim billions. Windows cost a little CPU (pages that span two are decoded twice,
 * a dictionary once per window): a row group of a million rows took 17% more than in one go.
 */
export const ROWS_PER_READ = 1 << 18;

/** Snappy cannot expand more than about 21 times (a 3-byte copy of 64 bytes). */
const SNAPPY_MAX_RATIO = 24;

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
    const groupRows = checkedRowCounts(metadata, buffer.byteLength);
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
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
          onComplete: (window: Record<string, unknown>[]) => {
            // A column that ends before the rows its group claims gives undefined for the rest.
            const last = window[window.length - 1];
            if (last === undefined || columns.some((c) => last[c] === undefined))
              throw new Error(`row group ${index} claims ${rows} rows, its columns hold fewer`);
            for (const row of window) {
              rowNumber++;
              const problem = fillRecord(row, record, options);
              if (problem === undefined) sink.record(record);
              else sink.malformed(file, rowNumber, problem);
            }
          },
        });
      }
      groupStart += rows;
    }
    sink.fileRead(format.fields, file);
  } catch (e) {
    const advice = e instanceof InputLimitError ? `; ${e.advice}` : '';
    sink.fileError(
      file,
      `not a readable Parquet file (${(e as Error).message}) after row ${rowNumber}${advice}`,
    );
  }
}

/**
 * The rows each row group says it holds, once its layout is checked against the file: every
 * column chunk inside the data (between the leading `PAR1` and the footer), every count a whole
 * number.
 * @throws Error naming the row group and column that lies.
 */
export function checkedRowCounts(metadata: FileMetaData, byteLength: number): number[] {
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
        throw new Error(
          `row group ${index}, column ${name}: bytes ${from}-${to} are outside the data (bytes 4-${dataEnd})`,
        );
    }
    return rows;
  });
}

/**
 * Decompressors that check the size a page claims against the limits before inflating it: the
 * claim decides how much memory is set aside, and a page is refused before, not after.
 */
function boundedCompressors(limits: Readonly<InputLimits> | undefined): Compressors {
  const budget = new InflateBudget(limits);
  let consumed = 0;
  const claim = (input: Uint8Array, outputLength: number): void => {
    consumed += input.length;
    budget.take(outputLength, consumed);
  };
  return {
    // AWS writes Parquet with gzip; the output may not pass the size the page claims.
    GZIP: (input, outputLength) => {
      claim(input, outputLength);
      return new Uint8Array(gunzipSync(input, { maxOutputLength: Math.max(1, outputLength) }));
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

function num(value: unknown): number {
  if (value === null || value === undefined || value === '-') return -1;
  return typeof value === 'bigint' ? Number(value) : Number(value);
}

function fillRecord(row: Record<string, unknown>, r: FlowRecord, options: ReadOptions): string | undefined {
  const eni = row['interface_id'];
  r.interfaceIndex = typeof eni === 'string' && eni !== '-' ? options.interfaces.add(eni) : -1;
  const bad = setAddresses(r, row);
  if (bad !== undefined) return bad;
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
