/**
 * Parquet flow logs as AWS delivers them to S3: underscore column names, INT32/INT64 numbers,
 * strings, GZIP-compressed pages. Files are written with hyparquet-writer.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/sources/file.js';
import { ReaderLog, tempDir, type Row } from './helpers.js';

type Value = string | number | bigint | null;

/** AWS's Parquet columns (version 2 to 5 fields) and their types. */
const COLUMNS: [string, 'INT32' | 'INT64' | 'STRING'][] = [
  ['version', 'INT32'],
  ['account_id', 'STRING'],
  ['interface_id', 'STRING'],
  ['srcaddr', 'STRING'],
  ['dstaddr', 'STRING'],
  ['srcport', 'INT32'],
  ['dstport', 'INT32'],
  ['protocol', 'INT32'],
  ['packets', 'INT64'],
  ['bytes', 'INT64'],
  ['start', 'INT64'],
  ['end', 'INT64'],
  ['action', 'STRING'],
  ['log_status', 'STRING'],
  ['vpc_id', 'STRING'],
  ['subnet_id', 'STRING'],
  ['instance_id', 'STRING'],
  ['tcp_flags', 'INT32'],
  ['type', 'STRING'],
  ['pkt_srcaddr', 'STRING'],
  ['pkt_dstaddr', 'STRING'],
  ['region', 'STRING'],
  ['az_id', 'STRING'],
  ['sublocation_type', 'STRING'],
  ['sublocation_id', 'STRING'],
  ['pkt_src_aws_service', 'STRING'],
  ['pkt_dst_aws_service', 'STRING'],
  ['flow_direction', 'STRING'],
  ['traffic_path', 'INT32'],
];

const ENI = 'eni-1235b8ca123456789';
const VPC = ['vpc-abcdefab012345678', 'subnet-aaaaaaaa012345678', 'i-0c50d5961bcb2d47b'];
const AZ = ['ap-southeast-2', 'apse2-az3', null, null];

/** Rows in COLUMNS order: the v5 documentation example, then NODATA, IPv6 REJECT and SKIPDATA. */
// prettier-ignore
const ROWS: Value[][] = [
  [5, '123456789012', ENI, '52.95.128.179', '10.0.0.71', 80, 34210, 6, 14n, 15044n, 1616729292n, 1616729349n,
    'ACCEPT', 'OK', ...VPC, 19, 'IPv4', '52.95.128.179', '10.0.0.71', ...AZ, 'S3', null, 'ingress', null],
  [5, '123456789012', ENI, '10.0.0.71', '52.95.128.179', 34210, 80, 6, 7n, 471n, 1616729292n, 1616729349n,
    'ACCEPT', 'OK', ...VPC, 3, 'IPv4', '10.0.0.71', '52.95.128.179', ...AZ, null, 'S3', 'egress', 8],
  [5, '123456789012', ENI, null, null, null, null, null, null, null, 1616729400n, 1616729460n,
    null, 'NODATA', ...VPC, null, null, null, null, ...AZ, null, null, null, null],
  [5, 'unknown', 'eni-0f0e0d0c0b0a09080', '2001:DB8::F105', '2001:db8:0:0:0:0:0:4071', 34892, 22, 6, 54n, 8855n,
    1616729400n, 1616729460n, 'REJECT', 'OK', ...VPC, 2, 'IPv6', '-', '-', ...AZ, '-', '-', 'ingress', null],
  [5, '123456789012', 'eni-11111111aaaaaaaaa', '-', '-', null, null, null, null, null, 1616729400n, 1616729460n,
    '-', 'SKIPDATA', ...VPC, null, '-', '-', '-', ...AZ, '-', '-', '-', null],
];

const base = {
  srcPort: -1,
  dstPort: -1,
  protocol: -1,
  packets: 0,
  bytes: 0,
  tcpFlags: -1,
  count: 1,
} as const;
// prettier-ignore
const EXPECTED: Row[] = [
  { ...base, eni: ENI, src: '52.95.128.179', dst: '10.0.0.71', srcPort: 80, dstPort: 34210, protocol: 6,
    packets: 14, bytes: 15044, start: 1616729292, end: 1616729349, action: 'ACCEPT', status: 'OK', tcpFlags: 19,
    direction: 'ingress' },
  { ...base, eni: ENI, src: '10.0.0.71', dst: '52.95.128.179', srcPort: 34210, dstPort: 80, protocol: 6,
    packets: 7, bytes: 471, start: 1616729292, end: 1616729349, action: 'ACCEPT', status: 'OK', tcpFlags: 3,
    direction: 'egress' },
  { ...base, eni: ENI, src: undefined, dst: undefined, start: 1616729400, end: 1616729460, action: '-',
    status: 'NODATA', direction: '-' },
  { ...base, eni: 'eni-0f0e0d0c0b0a09080', src: '2001:db8::f105', dst: '2001:db8::4071', srcPort: 34892,
    dstPort: 22, protocol: 6, packets: 54, bytes: 8855, start: 1616729400, end: 1616729460, action: 'REJECT',
    status: 'OK', tcpFlags: 2, direction: 'ingress' },
  { ...base, eni: 'eni-11111111aaaaaaaaa', src: undefined, dst: undefined, start: 1616729400, end: 1616729460,
    action: '-', status: 'SKIPDATA', direction: '-' },
];

const HYPHENATED = COLUMNS.map(([name]) => name.replace(/_/g, '-'));

function columnData(rows: Value[][], types = COLUMNS): ColumnSource[] {
  return types.map(([name, type], i) => ({ name, type, data: rows.map((r) => r[i] ?? null) }));
}

const gzip = { GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)) };

let dir = '';
let cleanup: () => Promise<void> = async () => {};
const at = (name: string): string => join(dir, name);

async function read(file: string): Promise<ReaderLog> {
  const log = new ReaderLog();
  await readLocalFile(file, log, { interfaces: log.table });
  return log;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('parquet'));
  const write = (name: string, buf: ArrayBuffer): Promise<void> => writeFile(at(name), new Uint8Array(buf));
  await write('snappy.log.parquet', parquetWriteBuffer({ columnData: columnData(ROWS) }));
  await write(
    'gzip.log.parquet',
    parquetWriteBuffer({ columnData: columnData(ROWS), codec: 'GZIP', compressors: gzip }),
  );
  const bad = ROWS.map((r) => [...r]);
  (bad[1] as Value[])[3] = 'bogus';
  (bad[3] as Value[])[5] = 70000;
  await write(
    'groups.parquet',
    parquetWriteBuffer({ columnData: columnData(bad), rowGroupSize: 2, codec: 'GZIP', compressors: gzip }),
  );
  const bigintProtocol = COLUMNS.map(([n, t]): [string, 'INT32' | 'INT64' | 'STRING'] => [
    n,
    n === 'protocol' ? 'INT64' : t,
  ]);
  const rows64 = ROWS.map((r) => r.map((v, i) => (i === 7 && typeof v === 'number' ? BigInt(v) : v)));
  await write('protocol64.parquet', parquetWriteBuffer({ columnData: columnData(rows64, bigintProtocol) }));
  const good = await readFile(at('gzip.log.parquet'));
  await writeFile(at('truncated.parquet'), good.subarray(0, good.length >> 1));
  await writeFile(at('junk.parquet'), Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7)]));
});

afterAll(() => cleanup());

describe('Parquet flow logs', () => {
  it('reads the records with AWS column names and types', async () => {
    const log = await read(at('snappy.log.parquet'));
    expect(log.fileErrors).toEqual([]);
    expect(log.malformedLines).toEqual([]);
    expect(log.rows).toEqual(EXPECTED);
  });

  it('reports the format with hyphenated field names', async () => {
    const log = await read(at('snappy.log.parquet'));
    expect(log.filesRead).toEqual([HYPHENATED]);
    expect(HYPHENATED).toContain('flow-direction');
    expect(HYPHENATED).toContain('tcp-flags');
  });

  it('reads a GZIP-compressed file, as AWS writes them, to the same records', async () => {
    const bytes = await readFile(at('gzip.log.parquet'));
    const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const codecs = new Set(meta.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
    expect([...codecs]).toEqual(['GZIP']);
    const log = await read(at('gzip.log.parquet'));
    expect(log.fileErrors).toEqual([]);
    expect(log.rows).toEqual(EXPECTED);
    expect(log.filesRead).toEqual([HYPHENATED]);
  });

  it('reads every row group and reports bad rows by row number', async () => {
    const bytes = await readFile(at('groups.parquet'));
    expect(
      parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)).row_groups,
    ).toHaveLength(3);
    const log = await read(at('groups.parquet'));
    expect(log.malformedLines).toEqual([
      { file: at('groups.parquet'), line: 2, message: "srcaddr: not an IP address: 'bogus'" },
      { file: at('groups.parquet'), line: 4, message: 'port or protocol out of range' },
    ]);
    expect(log.rows).toEqual([EXPECTED[0], EXPECTED[2], EXPECTED[4]]);
    expect(log.fileErrors).toEqual([]);
  });

  it('reads protocol written as INT64 (bigint in the Athena table) the same', async () => {
    expect((await read(at('protocol64.parquet'))).rows).toEqual(EXPECTED);
  });

  it('reports a truncated or corrupt Parquet file as one file error', async () => {
    for (const name of ['truncated.parquet', 'junk.parquet']) {
      const log = await read(at(name));
      expect(log.records).toEqual([]);
      expect(log.filesRead).toEqual([]);
      expect(log.fileErrors).toHaveLength(1);
      expect(log.fileErrors[0]?.file).toBe(at(name));
      expect(log.fileErrors[0]?.message).toMatch(/^not a readable Parquet file \(.+\) after row 0$/);
    }
  });
});
