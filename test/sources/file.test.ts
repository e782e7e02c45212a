/** Reading local files: text, gzip, broken gzip, wrong names, missing files. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIoError, readLocalFile, readTextStream } from '../../src/sources/file.js';
import { DEFAULT_FIELDS, makeFormat } from '../../src/sources/format.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { InputCounter } from '../../src/sources/stats.js';
import { ReaderLog, tempDir, V2_HEADER } from './helpers.js';

const ACCEPT =
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK';
const REJECT =
  '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK';
const NODATA = '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA';
const TEXT = `${V2_HEADER}\n${ACCEPT}\n${REJECT}\n${NODATA}\n`;

/** `count` records whose source port is 1024 + their index, so a prefix can be recognized. */
function numbered(count: number): string {
  const lines = [V2_HEADER];
  for (let i = 0; i < count; i++) {
    lines.push(
      `2 123456789010 eni-0${(i % 7).toString(16)} 10.0.${i >> 8}.${i & 255} 10.1.0.1 ${1024 + i} 443 6 10 840 1418530010 1418530070 ACCEPT OK`,
    );
  }
  return lines.join('\n') + '\n';
}

let dir = '';
let cleanup: () => Promise<void> = async () => {};
const path = (name: string): string => join(dir, name);

async function read(
  file: string,
  log = new ReaderLog(),
  format?: ReturnType<typeof makeFormat>,
): Promise<ReaderLog> {
  await readLocalFile(file, log, { interfaces: log.table, format });
  return log;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('file'));
  await writeFile(path('plain.log'), TEXT);
  await writeFile(path('plain.txt'), `${ACCEPT}\r\n${REJECT}\r\n`);
  await writeFile(path('plain.log.gz'), gzipSync(TEXT));
  await writeFile(path('gzip-named.log'), gzipSync(TEXT));
  await writeFile(path('text-named.parquet'), TEXT);
  await writeFile(
    path('two-members.log.gz'),
    Buffer.concat([gzipSync(`${V2_HEADER}\n${ACCEPT}\n`), gzipSync(`${REJECT}\n`)]),
  );
  const big = gzipSync(numbered(3000));
  await writeFile(path('truncated.log.gz'), big.subarray(0, big.length >> 1));
  await writeFile(path('corrupt.log.gz'), Buffer.concat([big.subarray(0, 10), Buffer.alloc(200, 0x55)]));
  await writeFile(path('not-gzip.log.gz'), TEXT);
  await writeFile(path('empty.log'), '');
  await writeFile(path('empty.log.gz'), '');
  await mkdir(path('a-directory.log'));
});

afterAll(() => cleanup());

describe('readLocalFile: text and gzip', () => {
  it('reads a .log file with a header', async () => {
    const log = await read(path('plain.log'));
    expect(log.fileErrors).toEqual([]);
    expect(log.malformedLines).toEqual([]);
    expect(log.filesRead).toEqual([V2_HEADER.split(' ')]);
    expect(log.rows.map((r) => [r.eni, r.src, r.dstPort, r.action, r.status])).toEqual([
      ['eni-1235b8ca123456789', '172.31.16.139', 22, 'ACCEPT', 'OK'],
      ['eni-1235b8ca123456789', '172.31.9.69', 3389, 'REJECT', 'OK'],
      ['eni-1235b8ca123456789', undefined, -1, '-', 'NODATA'],
    ]);
  });

  it('reads a headerless .txt file with CRLF in the default format, or in the format given', async () => {
    const log = await read(path('plain.txt'));
    expect(log.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT']);
    expect(log.filesRead).toEqual([[...DEFAULT_FIELDS]]);
    const custom = makeFormat([...DEFAULT_FIELDS]);
    const withFormat = await read(path('plain.txt'), new ReaderLog(), custom);
    expect(withFormat.filesRead).toEqual([[...DEFAULT_FIELDS]]);
    expect(withFormat.rows).toEqual(log.rows);
  });

  it('reads a .log.gz file to the same records as the text', async () => {
    const gz = await read(path('plain.log.gz'));
    const text = await read(path('plain.log'));
    expect(gz.fileErrors).toEqual([]);
    expect(gz.rows).toEqual(text.rows);
    expect(gz.filesRead).toEqual(text.filesRead);
  });

  it('chooses the decoder by the first bytes, not the name', async () => {
    const text = await read(path('plain.log'));
    expect((await read(path('gzip-named.log'))).rows).toEqual(text.rows);
    expect((await read(path('text-named.parquet'))).rows).toEqual(text.rows);
  });

  it('reads every member of a multi-member gzip file', async () => {
    const log = await read(path('two-members.log.gz'));
    expect(log.fileErrors).toEqual([]);
    expect(log.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT']);
  });

  it('reads an empty file as no records and no error', async () => {
    for (const name of ['empty.log', 'empty.log.gz']) {
      const log = await read(path(name));
      expect(log.records).toEqual([]);
      expect(log.fileErrors).toEqual([]);
      expect(log.filesRead).toEqual([[...DEFAULT_FIELDS]]);
    }
  });

  it('reports malformed lines with the file name', async () => {
    const file = path('bad-line.log');
    await writeFile(file, `${V2_HEADER}\n${ACCEPT}\n2 3 eni-1 10.0.0.1\n${REJECT}\n`);
    const log = await read(file);
    expect(log.records).toHaveLength(2);
    expect(log.malformedLines).toEqual([{ file, line: 3, message: 'expected 14 fields, found 4' }]);
  });
});

describe('readLocalFile: broken files', () => {
  it('a truncated .gz: one file error, the records before the cut counted, the next file read fully', async () => {
    const counter = new InputCounter();
    const table = new InterfaceTable();
    const seen: number[] = [];
    const sink = {
      record: (r: Parameters<InputCounter['record']>[0]) => (seen.push(r.srcPort), counter.record(r)),
      malformed: counter.malformed.bind(counter),
      fileError: counter.fileError.bind(counter),
      fileRead: counter.fileRead.bind(counter),
    };
    await readLocalFile(path('truncated.log.gz'), sink, { interfaces: table });
    await readLocalFile(path('plain.log.gz'), sink, { interfaces: table });
    const s = counter.summary;
    const cutRecords = seen.length - 3;
    expect(cutRecords).toBeGreaterThan(100);
    expect(cutRecords).toBeLessThan(3000);
    // The records before the cut, in order and without a gap; then the three of the good file.
    expect(seen.slice(0, cutRecords)).toEqual(Array.from({ length: cutRecords }, (_, i) => 1024 + i));
    expect(seen.slice(cutRecords)).toEqual([20641, 49761, -1]);
    expect(s.errors).toEqual([
      {
        file: path('truncated.log.gz'),
        message: `truncated gzip data (unexpected end of file) after line ${cutRecords + 1}; the records before it were counted`,
      },
    ]);
    expect(s).toMatchObject({
      files: 1,
      unreadableFiles: 1,
      malformed: 0,
      errorCount: 1,
      records: cutRecords + 3,
      accepted: cutRecords + 1,
      rejected: 1,
      noData: 1,
    });
  });

  it('a .gz with a gzip header and corrupt data: a file error naming the corruption', async () => {
    const log = await read(path('corrupt.log.gz'));
    expect(log.records).toEqual([]);
    expect(log.filesRead).toEqual([]);
    expect(log.fileErrors).toHaveLength(1);
    expect(log.fileErrors[0]?.file).toBe(path('corrupt.log.gz'));
    expect(log.fileErrors[0]?.message).toMatch(
      /^corrupt gzip data \(.+\); the records before it were counted$/,
    );
  });

  it('a .gz file that is not gzip: a file error, and no attempt to read it as text', async () => {
    const log = await read(path('not-gzip.log.gz'));
    expect(log.records).toEqual([]);
    expect(log.filesRead).toEqual([]);
    expect(log.fileErrors).toEqual([
      { file: path('not-gzip.log.gz'), message: 'not gzip data although the name ends in .gz' },
    ]);
  });

  it('a missing file and a directory: one file error each', async () => {
    const missing = await read(path('nope.log'));
    expect(missing.fileErrors).toEqual([{ file: path('nope.log'), message: 'no such file' }]);
    const directory = await read(path('a-directory.log'));
    expect(directory.fileErrors).toEqual([{ file: path('a-directory.log'), message: 'is a directory' }]);
    expect([...missing.filesRead, ...directory.filesRead]).toEqual([]);
  });
});

describe('readTextStream', () => {
  it('reads a stream in odd chunks, gzipped or not, naming errors by the given name', async () => {
    const gz = gzipSync(TEXT);
    const chunks = (b: Buffer): Buffer[] =>
      Array.from({ length: Math.ceil(b.length / 7) }, (_, i) => b.subarray(i * 7, i * 7 + 7));
    const plain = new ReaderLog();
    await readTextStream('s3://bucket/a.log', Readable.from(chunks(Buffer.from(TEXT))), false, plain, {
      interfaces: plain.table,
    });
    const zipped = new ReaderLog();
    await readTextStream('s3://bucket/a.log.gz', Readable.from(chunks(gz)), true, zipped, {
      interfaces: zipped.table,
    });
    expect(plain.rows.map((r) => r.action)).toEqual(['ACCEPT', 'REJECT', '-']);
    expect(zipped.rows).toEqual(plain.rows);
    expect(zipped.fileErrors).toEqual([]);
  });

  it('reports a stream that fails midway as a file error after the last whole line', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${V2_HEADER}\n${ACCEPT}\n${REJECT.slice(0, 30)}`);
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    const log = new ReaderLog();
    await readTextStream('s3://bucket/b.log', Readable.from(failing()), false, log, {
      interfaces: log.table,
    });
    expect(log.records).toHaveLength(1);
    expect(log.malformedLines).toEqual([]);
    expect(log.fileErrors).toEqual([
      {
        file: 's3://bucket/b.log',
        message: 'socket hang up after line 2; the records before it were counted',
      },
    ]);
  });
});

describe('describeIoError', () => {
  it('gives short messages for the usual codes and the message otherwise', () => {
    const err = (code: string, message = 'x'): Error => Object.assign(new Error(message), { code });
    expect(describeIoError(err('ENOENT'))).toBe('no such file');
    expect(describeIoError(err('EACCES'))).toBe('permission denied');
    expect(describeIoError(err('EISDIR'))).toBe('is a directory');
    expect(describeIoError(err('Z_BUF_ERROR'))).toBe('truncated gzip data (unexpected end of file)');
    expect(describeIoError(err('Z_DATA_ERROR', 'invalid distance too far back'))).toBe(
      'corrupt gzip data (invalid distance too far back)',
    );
    expect(describeIoError(err('EIO', 'i/o error'))).toBe('i/o error');
  });
});
