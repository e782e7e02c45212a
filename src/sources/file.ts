/**
 * Reads one flow-log file (plain text, gzip text, or Parquet) into a record sink. A file that
 * cannot be read, or breaks off in the middle (truncated gzip), is reported through the sink and
 * the records read before the break still count: they are real evidence.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { FlowLogParser } from './parse.js';
import { GunzipInPlace, gunzipInPlaceSupported } from './gunzip.js';
import { InflateBudget, InputLimitError, type InputLimits } from './limits.js';
import { peek } from './peek.js';
import type { RecordFormat } from './format.js';
import type { InterfaceTable } from './interfaces.js';
import type { FlowRecord } from './record.js';
import { readParquetFile } from './parquet.js';

/** Where a reader sends what it reads. */
export interface ReaderSink {
  record(record: FlowRecord): void;
  malformed(file: string, line: number, message: string): void;
  fileError(file: string, message: string): void;
  /** A file was read to its end, in this format. */
  fileRead(fields: readonly string[], file?: string): void;
}

export interface ReadOptions {
  interfaces: InterfaceTable;
  /** The format of files without a header line (from `--log-format` or DescribeFlowLogs). */
  format?: RecordFormat | undefined;
  /** How to gunzip: in place where the runtime allows (the default), or with Node's stream. */
  gunzip?: 'in-place' | 'stream' | undefined;
  /**
   * How far one compressed file may inflate (the config file's `limits`); DEFAULT_INPUT_LIMITS
   * when not given.
   */
  limits?: Readonly<InputLimits> | undefined;
}

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
export function contentOf(head: Uint8Array): 'parquet' | 'gzip' | 'text' {
  if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  return 'text';
}

/**
 * The error for a file or object whose name ends in .gz but whose first bytes are not gzip (an
 * empty one is fine), or undefined. Its text would be read as garbage, line by line.
 */
export function misnamedGzip(name: string, head: Uint8Array): string | undefined {
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
export async function readLocalFile(file: string, sink: ReaderSink, options: ReadOptions): Promise<void> {
  let head: Buffer;
  let whole: Buffer | undefined;
  try {
    // Synchronous: a small read from the page cache takes less than the thread-pool round trips
    // of four asynchronous calls, and the reading thread has nothing else to do meanwhile.
    const fd = openSync(file, 'r');
    try {
      const info = fstatSync(fd);
      // A pipe (a shell's process substitution) or a device cannot be read by position.
      if (!info.isFile())
        return await readPipe(file, createReadStream('', { fd, autoClose: false }), sink, options);
      const small = info.size <= WHOLE_FILE_BYTES;
      head = Buffer.allocUnsafe(small ? info.size : 4);
      let filled = 0;
      while (filled < head.length) {
        const bytesRead = readSync(fd, head, filled, head.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      head = head.subarray(0, filled);
      if (small) whole = head;
    } finally {
      closeSync(fd);
    }
  } catch (e) {
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
  const input = whole ? Readable.from([whole]) : createReadStream(file, { highWaterMark: 1 << 18 });
  await readTextStream(file, input, content === 'gzip', sink, options);
}

/** Reads a pipe or a device: text or gzip, told by its first bytes (Parquet needs a file). */
async function readPipe(
  file: string,
  stream: Readable,
  sink: ReaderSink,
  options: ReadOptions,
): Promise<void> {
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
export async function readTextStream(
  name: string,
  input: Readable,
  gzipped: boolean,
  sink: ReaderSink,
  options: ReadOptions,
): Promise<void> {
  const parser = new FlowLogParser(
    options.interfaces,
    { record: (r) => sink.record(r), malformed: (line, message) => sink.malformed(name, line, message) },
    options.format,
  );
  const consume = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) parser.push(chunk);
  };
  try {
    if (!gzipped) await pipeline(input, consume);
    else if (gunzipInPlaceSupported && options.gunzip !== 'stream')
      await gunzipInPlace(input, parser, new InflateBudget(options.limits));
    else await gunzipStream(input, parser, new InflateBudget(options.limits));
    parser.end();
    sink.fileRead(parser.format.fields, name);
  } catch (e) {
    parser.abandon();
    const where = parser.lines > 0 ? ` after line ${parser.lines}` : '';
    const advice = e instanceof InputLimitError ? `; ${e.advice}` : '';
    sink.fileError(name, `${describeIoError(e)}${where}; the records before it were counted${advice}`);
  }
}

/** Inflates with Node's gunzip stream (on the thread pool), where in-place gunzip is not used. */
async function gunzipStream(input: Readable, parser: FlowLogParser, budget: InflateBudget): Promise<void> {
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  let stopped: InputLimitError | undefined;
  try {
    await pipeline(input, gunzip, async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        try {
          // bytesWritten: the compressed bytes zlib has taken so far.
          budget.take(chunk.length, gunzip.bytesWritten);
        } catch (e) {
          stopped = e as InputLimitError;
          throw e;
        }
        parser.push(chunk);
      }
    });
  } catch (e) {
    // The pipeline reports the teardown (an abort), not why it was torn down.
    throw stopped ?? e;
  }
}

/** Inflates each compressed chunk as it arrives (backpressure: the next is read after). */
async function gunzipInPlace(input: Readable, parser: FlowLogParser, budget: InflateBudget): Promise<void> {
  const gunzip = new GunzipInPlace((text) => parser.push(text), budget);
  try {
    for await (const chunk of input) gunzip.write(chunk as Buffer);
    gunzip.end();
  } finally {
    gunzip.close();
  }
}

/** A short, user-facing description of a read or decompression error. */
export function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
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
