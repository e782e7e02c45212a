/**
 * Flow logs in S3, against a moto server: a generated world uploaded with AWS's key layout (and
 * again with the Hive layout and hourly partitions) must read exactly as the same files read
 * from disk, listing only the prefixes of the window; broken objects are one error each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PutObjectCommand, S3ServiceException, CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/sources/file.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { listS3FlowLogKeys, parseS3Url, readS3FlowLogs, readS3Object } from '../../src/sources/s3.js';
import { InputCounter, type InputSummary } from '../../src/sources/stats.js';
import { ConfigurationError } from '../../src/errors.js';
import { MOTO_ACCOUNT, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { failCommand, motoClients, recordCommand } from './aws-test-kit.js';
import { walk } from './moto-world.js';

const BUCKET = 'audit-logs';
const REGION_PATH = `AWSLogs/${MOTO_ACCOUNT}/vpcflowlogs/us-east-1`;
const HIVE_REGION_PATH = `AWSLogs/aws-account-id=${MOTO_ACCOUNT}/aws-service=vpcflowlogs/aws-region=us-east-1`;

let moto: MotoServer;
let s3: S3Client;
/** The world's log files: path on disk, key below the prefix, and the Hive key. */
const files: { path: string; key: string; hiveKey: string }[] = [];
let scratch = '';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const put = (key: string, body: Uint8Array | string) =>
  s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));

/** What reading the files from disk counts, without the file names in errors. */
async function readLocally(paths: string[]): Promise<InputSummary> {
  const counter = new InputCounter();
  for (const p of paths) await readLocalFile(p, counter, { interfaces: new InterfaceTable() });
  return counter.summary;
}

/** The summary without what names files (local paths there, s3:// URLs here). */
const withoutErrors = ({ errors: _, firstFile: _first, ...rest }: InputSummary) => rest;

beforeAll(async () => {
  moto = await startMoto();
  s3 = motoClients(moto).s3;
  const world = makeWorld({ format: 'v2', seed: 7, records: 5000, files: 4 });
  scratch = mkdtempSync(join(tmpdir(), 'sgfa-s3-'));
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  for (const path of await walk(world.logs)) {
    const key = relative(world.logs, path);
    // …/2026/11/19/123456789012_vpcflowlogs_us-east-1_fl-…_20261119T0000Z_hash.log.gz
    const m = /\/(\d{4})\/(\d{2})\/(\d{2})\/[^/]*_\d{8}T(\d{2})\d{2}Z_[^/]*$/.exec(key);
    if (!m) throw new Error(`unexpected key ${key}`);
    const name = key.slice(key.lastIndexOf('/') + 1);
    const hiveKey = `${HIVE_REGION_PATH}/year=${m[1]}/month=${m[2]}/day=${m[3]}/hour=${m[4]}/${name}`;
    files.push({ path, key, hiveKey });
  }
  for (const f of files) {
    const body = await readFile(f.path);
    await put(`org/${f.key}`, body);
    await put(`hive/${f.hiveKey}`, body);
  }
  // Outside the window, and another service's logs beside the flow logs.
  const first = await readFile(files[0]?.path ?? '');
  await put(`org/${REGION_PATH}/2026/10/30/old.log.gz`, first);
  await put(`org/${REGION_PATH}/2026/12/02/new.log.gz`, first);
  await put(`org/AWSLogs/${MOTO_ACCOUNT}/CloudTrail/us-east-1/2026/11/20/trail.json.gz`, first);
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

describe('listing the window', () => {
  it('lists only the prefixes and keys of the lookback window', async () => {
    const listed = recordCommand(s3, 'ListObjectsV2Command');

    const objects = await listS3FlowLogKeys(s3, {
      bucket: BUCKET,
      prefix: 'org',
      start: day('2026-11-19'),
      end: day('2026-11-26'),
    });

    expect(objects.map((o) => o.key)).toEqual(files.map((f) => `org/${f.key}`));
    const base = `org/${REGION_PATH}`;
    expect(listed.map((i) => [i['Prefix'], i['Delimiter'] ?? ''])).toEqual([
      ['org/AWSLogs/', '/'],
      [`org/AWSLogs/${MOTO_ACCOUNT}/vpcflowlogs/`, '/'],
      [`${base}/`, '/'],
      [`${base}/2026/`, '/'],
      [`${base}/2026/11/`, '/'],
      [`${base}/2026/11/19/`, ''],
      [`${base}/2026/11/20/`, ''],
      [`${base}/2026/11/22/`, ''],
      [`${base}/2026/11/24/`, ''],
    ]);
  });

  it('cuts a narrower window to its days', async () => {
    const objects = await listS3FlowLogKeys(s3, {
      bucket: BUCKET,
      prefix: 'org/',
      start: day('2026-11-20'),
      end: day('2026-11-23'),
    });

    expect(objects.map((o) => o.key)).toEqual([`org/${files[1]?.key}`, `org/${files[2]?.key}`]);
  });

  it('cuts hourly Hive partitions to the hour', async () => {
    const objects = await listS3FlowLogKeys(s3, {
      bucket: BUCKET,
      prefix: 'hive',
      start: new Date('2026-11-20T18:00:00Z'),
      end: new Date('2026-11-20T19:00:00Z'),
    });

    expect(objects.map((o) => o.key)).toEqual([`hive/${files[1]?.hiveKey}`]);
  });

  it('keeps the levels given in a deeper prefix', async () => {
    const listed = recordCommand(s3, 'ListObjectsV2Command');

    const objects = await listS3FlowLogKeys(s3, {
      bucket: BUCKET,
      prefix: `org/${REGION_PATH}/2026/11/`,
      start: day('2026-11-01'),
      end: day('2026-12-31'),
    });

    expect(objects.map((o) => o.key)).toEqual(files.map((f) => `org/${f.key}`));
    expect(listed[0]).toMatchObject({ Prefix: `org/${REGION_PATH}/2026/11/`, Delimiter: '/' });
  });

  it('lists a prefix outside the AWSLogs layout whole, by the dates in its keys', async () => {
    await put('flat/logs/a.log', 'x');
    await put('flat/logs/2026/01/02/b.log', 'x');
    await put('flat/logs/2026/11/20/c.log', 'x');

    const objects = await listS3FlowLogKeys(s3, {
      bucket: BUCKET,
      prefix: 'flat/logs',
      start: day('2026-11-19'),
      end: day('2026-11-26'),
    });

    expect(objects.map((o) => o.key)).toEqual(['flat/logs/2026/11/20/c.log', 'flat/logs/a.log']);
  });
});

describe('reading objects', () => {
  it('counts exactly the records that reading the same files from disk counts', async () => {
    const counter = new InputCounter();

    const objects = await readS3FlowLogs(
      s3,
      { bucket: BUCKET, prefix: 'org', start: day('2026-11-19'), end: day('2026-11-26'), concurrency: 4 },
      counter,
      { interfaces: new InterfaceTable() },
    );

    expect(objects).toHaveLength(4);
    const local = await readLocally(files.map((f) => f.path));
    expect(local.records).toBe(5000);
    expect(withoutErrors(counter.summary)).toEqual(withoutErrors(local));
    expect(counter.summary.errors).toEqual([]);
  });

  it('reads the Hive layout to the same counts', async () => {
    const counter = new InputCounter();

    await readS3FlowLogs(
      s3,
      { bucket: BUCKET, prefix: 'hive', start: day('2026-11-20'), end: day('2026-11-23') },
      counter,
      { interfaces: new InterfaceTable() },
    );

    const local = await readLocally([files[1]?.path ?? '', files[2]?.path ?? '']);
    expect(withoutErrors(counter.summary)).toEqual(withoutErrors(local));
  });

  it('reports a corrupt object once and reads the others', async () => {
    const good = await readFile(files[0]?.path ?? '');
    const prefix = `broken/${REGION_PATH}/2026/11/19`;
    await put(`${prefix}/a-not-gzip.log.gz`, 'version account-id\nthis is not gzip\n');
    await put(`${prefix}/b-good.log.gz`, good);
    await put(`${prefix}/c-truncated.log.gz`, good.subarray(0, good.length >> 1));
    const counter = new InputCounter();

    await readS3FlowLogs(
      s3,
      { bucket: BUCKET, prefix: 'broken', start: day('2026-11-19'), end: day('2026-11-20') },
      counter,
      { interfaces: new InterfaceTable() },
    );

    // The truncated object's records before the break count, as they do for a local file.
    const truncated = join(scratch, 'c-truncated.log.gz');
    await writeFile(truncated, good.subarray(0, good.length >> 1));
    const local = await readLocally([files[0]?.path ?? '', truncated]);
    expect(withoutErrors(counter.summary)).toEqual({
      ...withoutErrors(local),
      unreadableFiles: 2,
      errorCount: 2,
    });
    expect(counter.summary.errors).toEqual([
      {
        file: `s3://${BUCKET}/${prefix}/a-not-gzip.log.gz`,
        message: 'not gzip data although the name ends in .gz',
      },
      {
        file: `s3://${BUCKET}/${prefix}/c-truncated.log.gz`,
        message: local.errors[0]?.message,
      },
    ]);
  });

  it('reads a Parquet object like the same file on disk', async () => {
    const rows = [
      ['eni-0a1b2c3d4e5f60718', '10.0.1.10', '198.51.100.7', 443, 50000, 'ACCEPT', 'OK'],
      ['eni-0a1b2c3d4e5f60718', '198.51.100.7', '10.0.1.10', 50000, 443, 'ACCEPT', 'OK'],
      ['eni-0a1b2c3d4e5f60718', '203.0.113.9', '10.0.1.10', 40000, 22, 'REJECT', 'OK'],
    ] as const;
    const column = (
      name: string,
      type: 'INT32' | 'INT64' | 'STRING',
      pick: (r: (typeof rows)[number]) => unknown,
    ) => ({
      name,
      type,
      data: rows.map((r) => pick(r)),
    });
    const buffer = parquetWriteBuffer({
      columnData: [
        column('version', 'INT32', () => 2),
        column('interface_id', 'STRING', (r) => r[0]),
        column('srcaddr', 'STRING', (r) => r[1]),
        column('dstaddr', 'STRING', (r) => r[2]),
        column('srcport', 'INT32', (r) => r[3]),
        column('dstport', 'INT32', (r) => r[4]),
        column('protocol', 'INT32', () => 6),
        column('packets', 'INT64', () => 3n),
        column('bytes', 'INT64', () => 180n),
        column('start', 'INT64', () => 1795600000n),
        column('end', 'INT64', () => 1795600060n),
        column('action', 'STRING', (r) => r[5]),
        column('log_status', 'STRING', (r) => r[6]),
      ],
    });
    const path = join(scratch, 'flows.log.parquet');
    await writeFile(path, new Uint8Array(buffer));
    // The name says gzip: the magic bytes decide.
    await put('parquet/flows.log.gz', new Uint8Array(buffer));
    const counter = new InputCounter();

    await readS3Object(s3, { bucket: BUCKET, key: 'parquet/flows.log.gz' }, counter, {
      interfaces: new InterfaceTable(),
    });

    const local = await readLocally([path]);
    expect(local.records).toBe(3);
    expect(withoutErrors(counter.summary)).toEqual(withoutErrors(local));
    expect(counter.summary.firstFile).toBe(`s3://${BUCKET}/parquet/flows.log.gz`);
  });

  it('reads a Parquet object by ranges, one row group at a time, and names a range that fails', async () => {
    const count = 150_000;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'version', type: 'INT32', data: Array.from({ length: count }, () => 2) },
        {
          name: 'interface_id',
          type: 'STRING',
          data: Array.from({ length: count }, (_, i) => `eni-0a1b2c3d4e5f6${String(i % 7).padStart(4, '0')}`),
        },
        {
          name: 'srcaddr',
          type: 'STRING',
          data: Array.from({ length: count }, (_, i) => `198.${51 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`),
        },
        { name: 'dstaddr', type: 'STRING', data: Array.from({ length: count }, () => '10.0.1.10') },
        {
          name: 'srcport',
          type: 'INT32',
          data: Array.from({ length: count }, (_, i) => 40000 + (i % 20000)),
        },
        { name: 'dstport', type: 'INT32', data: Array.from({ length: count }, () => 443) },
        {
          name: 'action',
          type: 'STRING',
          data: Array.from({ length: count }, (_, i) => (i % 3 ? 'ACCEPT' : 'REJECT')),
        },
      ],
      rowGroupSize: 25_000,
    });
    await put('parquet/ranged.parquet', new Uint8Array(buffer));
    const { s3: recorded } = motoClients(moto);
    const gets = recordCommand(recorded, 'GetObjectCommand');
    const counter = new InputCounter();

    await readS3Object(recorded, { bucket: BUCKET, key: 'parquet/ranged.parquet' }, counter, {
      interfaces: new InterfaceTable(),
    });

    expect(counter.summary.errors).toEqual([]);
    expect(counter.summary).toMatchObject({ records: count, accepted: 100_000, rejected: 50_000 });
    // The first request tells the format; the rest are ranges, none of them the whole object.
    const ranges = gets.slice(1).map((g) => /^bytes=(\d+)-(\d+)$/.exec(String(g.Range)));
    // (hyparquet reads the last 512 KiB for the footer, then each row group's columns.)
    expect(buffer.byteLength).toBeGreaterThan(1 << 20);
    expect(ranges.length).toBeGreaterThanOrEqual(6);
    for (const m of ranges) {
      expect(m).not.toBeNull();
      const [from, to] = [Number(m?.[1]), Number(m?.[2])];
      expect(to).toBeLessThan(buffer.byteLength);
      expect(to - from + 1).toBeLessThanOrEqual(Math.max(1 << 19, buffer.byteLength / 4));
    }

    // A range that fails (the object is refused after the first request): one error, named.
    const { s3: flaky } = motoClients(moto);
    let calls = 0;
    flaky.middlewareStack.add(
      (next) => async (args) => {
        if (++calls > 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        return next(args);
      },
      { step: 'initialize', name: 'fail-later-ranges' },
    );
    const broken = new InputCounter();
    await readS3Object(flaky, { bucket: BUCKET, key: 'parquet/ranged.parquet' }, broken, {
      interfaces: new InterfaceTable(),
    });
    expect(broken.summary.errors).toEqual([
      {
        file: `s3://${BUCKET}/parquet/ranged.parquet`,
        message: expect.stringMatching(/^not a readable Parquet file \(socket hang up\) after row \d+$/),
      },
    ]);
    expect(broken.summary.records).toBeLessThan(count);
  });

  it('reports an object it may not read as one error naming s3:GetObject', async () => {
    const { s3: denied } = motoClients(moto);
    const deniedKey = `org/${files[2]?.key}`;
    failCommand(
      denied,
      'GetObjectCommand',
      () =>
        new S3ServiceException({
          name: 'AccessDenied',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
          message: 'Access Denied',
        }),
      (input) => input['Key'] === deniedKey,
    );
    const counter = new InputCounter();

    await readS3FlowLogs(
      denied,
      { bucket: BUCKET, prefix: 'org', start: day('2026-11-19'), end: day('2026-11-26') },
      counter,
      { interfaces: new InterfaceTable() },
    );

    const others = files.filter((_, i) => i !== 2).map((f) => f.path);
    expect(withoutErrors(counter.summary)).toEqual({
      ...withoutErrors(await readLocally(others)),
      unreadableFiles: 1,
      errorCount: 1,
    });
    expect(counter.summary.errors).toEqual([
      {
        file: `s3://${BUCKET}/${deniedKey}`,
        message:
          `access denied: S3 GetObject on s3://${BUCKET}/${deniedKey} needs the IAM permission s3:GetObject; ` +
          'grant it to the role that runs the audit (see docs/iam-policy.md)',
      },
    ]);
  });
});

describe('failures that stop the run', () => {
  it('names a bucket that does not exist', async () => {
    const failure = listS3FlowLogKeys(s3, {
      bucket: 'no-such-bucket',
      prefix: 'logs',
      start: day('2026-11-19'),
      end: day('2026-11-26'),
    });

    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(
      'the S3 bucket of s3://no-such-bucket/logs does not exist: check --source',
    );
  });

  it('names s3:ListBucket when listing is denied', async () => {
    const { s3: denied } = motoClients(moto);
    failCommand(
      denied,
      'ListObjectsV2Command',
      () =>
        new S3ServiceException({
          name: 'AccessDenied',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
          message: 'Access Denied',
        }),
    );

    await expect(
      listS3FlowLogKeys(denied, {
        bucket: BUCKET,
        prefix: 'org',
        start: day('2026-11-19'),
        end: day('2026-11-26'),
      }),
    ).rejects.toThrow(
      `access denied: S3 ListObjectsV2 on s3://${BUCKET}/org needs the IAM permission s3:ListBucket; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('parses s3:// sources and rejects anything else', () => {
    expect(parseS3Url('s3://audit-logs/org/flow')).toEqual({ bucket: 'audit-logs', prefix: 'org/flow' });
    expect(parseS3Url('s3://audit-logs')).toEqual({ bucket: 'audit-logs', prefix: '' });
    expect(() => parseS3Url('https://audit-logs.s3.amazonaws.com/x')).toThrow(
      "--source: 'https://audit-logs.s3.amazonaws.com/x' is not an S3 location; expected s3://bucket/prefix",
    );
  });
});
