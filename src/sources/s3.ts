/**
 * Reads flow logs that AWS delivers to S3. Listing touches only the prefixes of the lookback
 * window: a bucket of a busy account holds millions of objects, and listing them all would take
 * longer than reading the ones that matter. Both of AWS's layouts are walked the same way:
 *
 *   prefix/AWSLogs/{account}/vpcflowlogs/{region}/yyyy/mm/dd/[HH/]file
 *   prefix/AWSLogs/aws-account-id={account}/aws-service=vpcflowlogs/aws-region={region}/year=…/month=…/day=…/[hour=…/]file
 *
 * Accounts, regions, years and months are found with delimiter listings (one call per level
 * inside the window), then one listing per day.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { partitionDate, isLogFile } from './discover.js';
import {
  contentOf,
  describeIoError,
  misnamedGzip,
  readTextStream,
  type ReadOptions,
  type ReaderSink,
} from './file.js';
import { readParquetBuffer } from './parquet.js';
import { peek } from './peek.js';
import type { AsyncBuffer } from 'hyparquet';
import { clientTarget } from '../aws/clients.js';
import { describeAwsError, isAwsError, rethrowAwsError } from '../aws/errors.js';
import { forEachLimited } from '../aws/util.js';
import type { S3Location } from './s3-url.js';

export { parseS3Url, type S3Location } from './s3-url.js';

/** What to list: the flow-log prefix and the lookback window [start, end). */
export interface S3ListQuery extends S3Location {
  start: Date;
  end: Date;
}

/** One log object to read. */
export interface S3LogObject {
  bucket: string;
  key: string;
  size: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEFAULT_CONCURRENCY = 4;

/**
 * Lists the flow-log objects whose date partition overlaps [start, end), sorted by key.
 *
 * The prefix is where the flow log delivers (before `AWSLogs/`); it may also go deeper
 * (`…/AWSLogs/123456789012/vpcflowlogs/eu-west-1/`), and the given levels are then kept as they
 * are. A prefix without an `AWSLogs/` tree below it is listed whole, and keys are chosen by the
 * dates in their paths (keys without one are kept).
 *
 * @throws ConfigurationError when the bucket does not exist or listing is denied.
 */
export async function listS3FlowLogKeys(s3: S3Client, query: S3ListQuery): Promise<S3LogObject[]> {
  const { bucket } = query;
  const start = query.start.getTime();
  const end = query.end.getTime();
  const overlaps = (from: number, to: number) => from < end && to > start;
  const list = new Lister(s3, bucket, `s3://${bucket}/${query.prefix}`);

  const { base, pinned } = splitPrefix(query.prefix);
  const found: S3LogObject[] = [];
  const children = async (prefix: string, level: number): Promise<string[]> =>
    pinned[level] !== undefined ? [pinned[level]] : list.children(prefix);

  const accounts = await children(`${base}AWSLogs/`, 0);
  if (accounts.length === 0 && pinned.length === 0) {
    // Not AWS's layout (logs copied by hand, or a prefix that already ends inside a day).
    for (const o of await list.objects(query.prefix)) {
      const date = partitionDate(o.key);
      const span = /(?:\/hour=\d{1,2}\/|\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/)/.test(o.key) ? HOUR : DAY;
      if (date === undefined || overlaps(date.getTime(), date.getTime() + span)) found.push(o);
    }
    return finish(found);
  }
  for (const account of accounts) {
    const hive = account.startsWith('aws-account-id=');
    const service = pinned[1] ?? (hive ? 'aws-service=vpcflowlogs' : 'vpcflowlogs');
    const servicePrefix = `${base}AWSLogs/${account}/${service}/`;
    for (const region of await children(servicePrefix, 2)) {
      const regionPrefix = `${servicePrefix}${region}/`;
      for (const yearName of await children(regionPrefix, 3)) {
        const y = partitionNumber(yearName, 'year');
        if (y === undefined || !overlaps(Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1))) continue;
        const yearPrefix = `${regionPrefix}${yearName}/`;
        for (const monthName of await children(yearPrefix, 4)) {
          const m = partitionNumber(monthName, 'month');
          if (m === undefined || !overlaps(Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1))) continue;
          const monthPrefix = `${yearPrefix}${monthName}/`;
          for (const dayName of await children(monthPrefix, 5)) {
            const d = partitionNumber(dayName, 'day');
            const dayStart = Date.UTC(y, m - 1, d ?? 1);
            if (d === undefined || !overlaps(dayStart, dayStart + DAY)) continue;
            const dayPrefix = `${monthPrefix}${dayName}/`;
            for (const o of await list.objects(dayPrefix)) {
              // With hourly partitions, the edge days of the window are cut to the hour.
              const hour = /^(?:hour=)?(\d{1,2})\//.exec(o.key.slice(dayPrefix.length))?.[1];
              const from = dayStart + (hour !== undefined ? Number(hour) * HOUR : 0);
              if (overlaps(from, from + (hour !== undefined ? HOUR : DAY))) found.push(o);
            }
          }
        }
      }
    }
  }
  return finish(found);
}

function finish(found: S3LogObject[]): S3LogObject[] {
  return found
    .filter((o) => isLogFile(o.key.slice(o.key.lastIndexOf('/') + 1)))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** `2026`, `year=2026` → 2026; undefined for anything else. */
function partitionNumber(segment: string, name: string): number | undefined {
  const m = new RegExp(`^(?:${name}=)?(\\d{1,4})$`).exec(segment);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

/** Splits a prefix at `AWSLogs/`: the part before it, and the levels below it that are given. */
function splitPrefix(prefix: string): { base: string; pinned: string[] } {
  const segments = prefix.split('/');
  const at = segments.indexOf('AWSLogs');
  if (at < 0) return { base: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`, pinned: [] };
  const base = segments
    .slice(0, at)
    .map((s) => `${s}/`)
    .join('');
  return { base, pinned: segments.slice(at + 1).filter((s) => s !== '') };
}

/** ListObjectsV2, paginated, with errors turned into one clear line. */
class Lister {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly resource: string,
  ) {}

  /** The names of the "folders" directly below a prefix. */
  async children(prefix: string): Promise<string[]> {
    const names: string[] = [];
    try {
      for await (const page of paginateListObjectsV2(
        { client: this.s3 },
        { Bucket: this.bucket, Prefix: prefix, Delimiter: '/' },
      )) {
        for (const p of page.CommonPrefixes ?? []) {
          if (p.Prefix) names.push(p.Prefix.slice(prefix.length).replace(/\/$/, ''));
        }
      }
    } catch (e) {
      this.fail(e);
    }
    return names;
  }

  /** Every object below a prefix. */
  async objects(prefix: string): Promise<S3LogObject[]> {
    const out: S3LogObject[] = [];
    try {
      for await (const page of paginateListObjectsV2(
        { client: this.s3 },
        { Bucket: this.bucket, Prefix: prefix },
      )) {
        for (const o of page.Contents ?? []) {
          if (o.Key && !o.Key.endsWith('/')) out.push({ bucket: this.bucket, key: o.Key, size: o.Size ?? 0 });
        }
      }
    } catch (e) {
      this.fail(e);
    }
    return out;
  }

  private fail(e: unknown): never {
    rethrowAwsError(e, {
      service: 's3',
      operation: 'ListObjectsV2',
      resource: this.resource,
      ...clientTarget(this.s3),
    });
  }
}

/**
 * Parses the text of one object (gzip or not, as `gzipped` says) as it downloads, reporting to the
 * object's sink as readTextStream does: the main thread's own parser, or a hand-over to a worker
 * thread (src/object-workers.ts).
 */
export type TextObjectParser = (name: string, bytes: Readable, gzipped: boolean) => Promise<void>;

/**
 * Reads one object into the sink: text and gzip text are streamed, Parquet is read by ranges.
 * The decoder is chosen by the first bytes, not the key. Any failure (denied, gone, corrupt, cut
 * off) is one `fileError` for this key; records read before it still count. `parseText`, when
 * given, parses text and gzip objects instead of this thread (Parquet is always read here).
 */
export async function readS3Object(
  s3: S3Client,
  object: Pick<S3LogObject, 'bucket' | 'key'>,
  sink: ReaderSink,
  options: ReadOptions,
  parseText?: TextObjectParser,
): Promise<void> {
  const name = `s3://${object.bucket}/${object.key}`;
  let head: Buffer;
  let rest: Readable;
  let length: number;
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key }));
    if (!(out.Body instanceof Readable)) throw new Error('the S3 response body is not a Node stream');
    length = out.ContentLength ?? 0;
    ({ head, rest } = await peek(out.Body, 4));
  } catch (e) {
    // Whatever went wrong with this object (refused, gone, connection reset, checksum mismatch)
    // is this object's error; the other objects are still read.
    const call = { service: 's3', operation: 'GetObject', resource: name, ...clientTarget(s3) } as const;
    sink.fileError(name, isAwsError(e) ? describeAwsError(e, call) : describeIoError(e));
    return;
  }
  const content = contentOf(head);
  if (content === 'parquet') {
    // Parquet keeps its schema at the end: read it by ranges (footer, then one row group's
    // columns at a time) rather than downloading the whole object.
    rest.destroy();
    await readParquetBuffer(name, s3Ranges(s3, object, length), sink, options);
    return;
  }
  const misnamed = misnamedGzip(object.key, head);
  if (misnamed !== undefined) {
    rest.destroy();
    sink.fileError(name, misnamed);
    return;
  }
  if (parseText) await parseText(name, rest, content === 'gzip');
  else await readTextStream(name, rest, content === 'gzip', sink, options);
}

/**
 * An S3 object as hyparquet's random-access buffer: each slice is one ranged GetObject. Errors
 * (denied, gone, cut off) reject the slice, and the reader reports them as the object's error.
 */
function s3Ranges(
  s3: S3Client,
  object: Pick<S3LogObject, 'bucket' | 'key'>,
  byteLength: number,
): AsyncBuffer {
  return {
    byteLength,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const last = (end ?? byteLength) - 1;
      if (last < start) return new ArrayBuffer(0);
      const out = await s3.send(
        new GetObjectCommand({ Bucket: object.bucket, Key: object.key, Range: `bytes=${start}-${last}` }),
      );
      const bytes = await out.Body?.transformToByteArray();
      if (bytes === undefined || bytes.length !== last - start + 1)
        throw new Error(`short read of bytes ${start}-${last}`);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}

/**
 * Reads objects with at most `concurrency` downloads at once (for a caller that distributes keys);
 * `parseText` as for {@link readS3Object}.
 */
export async function readS3Objects(
  s3: S3Client,
  objects: readonly Pick<S3LogObject, 'bucket' | 'key'>[],
  sink: ReaderSink,
  options: ReadOptions,
  concurrency: number = DEFAULT_CONCURRENCY,
  parseText?: TextObjectParser,
): Promise<void> {
  await forEachLimited(objects, concurrency, (o) => readS3Object(s3, o, sink, options, parseText));
}

/**
 * Lists the flow logs of the window under `s3://bucket/prefix` and reads them into the sink.
 * Returns the objects that were read.
 * @throws ConfigurationError when the bucket cannot be listed.
 */
export async function readS3FlowLogs(
  s3: S3Client,
  query: S3ListQuery & { concurrency?: number | undefined },
  sink: ReaderSink,
  options: ReadOptions,
): Promise<S3LogObject[]> {
  const objects = await listS3FlowLogKeys(s3, query);
  await readS3Objects(s3, objects, sink, options, query.concurrency ?? DEFAULT_CONCURRENCY);
  return objects;
}
