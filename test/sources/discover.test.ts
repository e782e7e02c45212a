/** Turning --flow-logs arguments into files, and dates from S3 keys. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, isLogFile, partitionDate } from '../../src/sources/discover.js';
import { readLocalFile } from '../../src/sources/file.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { InputCounter } from '../../src/sources/stats.js';
import { tempDir, V2_HEADER } from './helpers.js';

const ACCOUNT = '123456789012';
const S3_DAY = `AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/19`;
const S3_FILE = `${ACCOUNT}_vpcflowlogs_us-east-1_fl-0123456789abcdef0_20261119T0005Z_1a2b3c4d.log.gz`;
const HIVE_HOUR = `AWSLogs/aws-account-id=${ACCOUNT}/aws-service=vpcflowlogs/aws-region=us-east-1/year=2026/month=11/day=19/hour=05`;

let dir = '';
let cleanup: () => Promise<void> = async () => {};
const at = (...parts: string[]): string => join(dir, ...parts);

/** Files to create, relative to the temp dir. */
const TREE = [
  `s3/${S3_DAY}/${S3_FILE}`,
  `s3/${S3_DAY}/b.log`,
  `s3/${S3_DAY}/05/${S3_FILE.replace('0005Z', '0510Z')}`,
  `s3/AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/c.log.parquet`,
  `s3/AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/notes.json`,
  `s3/AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/.hidden.log`,
  `s3/AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/.DS_Store`,
  `hive/${HIVE_HOUR}/d.log.gz`,
  `hive/${HIVE_HOUR.replace('hour=05', 'hour=06')}/e.log.gz`,
  'flat/one.txt',
  'flat/two.TXT.GZ',
  'flat/flows.csv',
  'nologs/readme.md',
];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('discover'));
  for (const file of TREE) {
    await mkdir(dirname(at(file)), { recursive: true });
    await writeFile(at(file), 'x');
  }
  await mkdir(at('empty'));
});

afterAll(() => cleanup());

describe('discoverFiles', () => {
  it('walks an S3-layout tree recursively, daily and hourly folders, in name order', async () => {
    const found = await discoverFiles([at('s3')]);
    expect(found.missing).toEqual([]);
    expect(found.files).toEqual([
      at('s3', S3_DAY, '05', S3_FILE.replace('0005Z', '0510Z')),
      at('s3', S3_DAY, S3_FILE),
      at('s3', S3_DAY, 'b.log'),
      at('s3', `AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/c.log.parquet`),
    ]);
  });

  it('walks a Hive-layout tree', async () => {
    const found = await discoverFiles([at('hive')]);
    expect(found.files).toEqual([
      at('hive', HIVE_HOUR, 'd.log.gz'),
      at('hive', HIVE_HOUR.replace('hour=05', 'hour=06'), 'e.log.gz'),
    ]);
  });

  it('takes .txt and .gz in any case, and skips other files', async () => {
    expect((await discoverFiles([at('flat')])).files).toEqual([
      at('flat', 'one.txt'),
      at('flat', 'two.TXT.GZ'),
    ]);
  });

  it('keeps a file named explicitly whatever its extension', async () => {
    expect(await discoverFiles([at('flat', 'flows.csv')])).toEqual({
      files: [at('flat', 'flows.csv')],
      missing: [],
    });
  });

  it('reports a missing path and a directory without log files, and still returns the rest', async () => {
    const found = await discoverFiles([at('nope'), at('nologs'), at('empty'), at('flat', 'one.txt')]);
    expect(found.files).toEqual([at('flat', 'one.txt')]);
    expect(found.missing).toEqual([
      { path: at('nope'), message: 'no such file or directory' },
      { path: at('nologs'), message: 'no .log, .log.gz, .txt or .parquet files in it' },
      { path: at('empty'), message: 'no .log, .log.gz, .txt or .parquet files in it' },
    ]);
  });

  it('follows symbolic links to files and folders, reads a linked folder once, and survives a cycle', async () => {
    const linked = at('linked');
    await mkdir(join(linked, 'sub'), { recursive: true });
    await writeFile(join(linked, 'sub', 'real.log'), 'x');
    await symlink(at('s3', S3_DAY, 'b.log'), join(linked, 'file-link.log'));
    await symlink(at('hive'), join(linked, 'dir-link'));
    await symlink(join(linked, 'sub'), join(linked, 'sub-again'));
    await symlink(linked, join(linked, 'sub', 'cycle'));
    await symlink(join(linked, 'nowhere.log'), join(linked, 'dangling.log'));
    const { files, missing } = await discoverFiles([linked]);
    expect(missing).toEqual([]);
    expect(files.map((f) => relative(linked, f))).toEqual([
      join('dir-link', HIVE_HOUR, 'd.log.gz'),
      join('dir-link', HIVE_HOUR.replace('hour=05', 'hour=06'), 'e.log.gz'),
      'file-link.log',
      join('sub', 'real.log'),
    ]);
  });

  it('lists a file once when two arguments name it', async () => {
    const found = await discoverFiles([at('flat'), at('flat', 'one.txt'), at('flat')]);
    expect(found.files).toEqual([at('flat', 'one.txt'), at('flat', 'two.TXT.GZ')]);
  });

  it('expands an absolute glob to absolute paths of log files only', async () => {
    const found = await discoverFiles([`${dir}/s3/AWSLogs/*/vpcflowlogs/**/*`]);
    expect(found.missing).toEqual([]);
    expect([...found.files].sort()).toEqual(
      [
        at('s3', S3_DAY, '05', S3_FILE.replace('0005Z', '0510Z')),
        at('s3', S3_DAY, S3_FILE),
        at('s3', S3_DAY, 'b.log'),
        at('s3', `AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/11/20/c.log.parquet`),
      ].sort(),
    );
  });

  it('expands a Hive glob with = in the path', async () => {
    const found = await discoverFiles([`${dir}/hive/AWSLogs/aws-account-id=${ACCOUNT}/**/hour=05/*.log.gz`]);
    expect(found.files).toEqual([at('hive', HIVE_HOUR, 'd.log.gz')]);
  });

  it('expands a relative glob that climbs out of the working directory', async () => {
    const pattern = `${relative(process.cwd(), at('flat'))}/*.txt`;
    expect(pattern.startsWith('..')).toBe(true);
    const found = await discoverFiles([pattern]);
    expect(found.missing).toEqual([]);
    expect(found.files).toHaveLength(1);
    expect(join(process.cwd(), found.files[0] ?? '')).toBe(at('flat', 'one.txt'));
  });

  it('reports a glob that matches no log file', async () => {
    const pattern = `${dir}/nologs/*`;
    expect(await discoverFiles([pattern])).toEqual({
      files: [],
      missing: [{ path: pattern, message: 'no flow-log files match this pattern' }],
    });
  });
});

describe('discover, then read', () => {
  it('reads every file of an S3 tree (daily, hourly and Hive folders) into one summary', async () => {
    const root = at('e2e');
    const line = (eni: string, action: string): string =>
      `2 ${ACCOUNT} ${eni} 10.0.0.5 10.0.1.9 40000 443 6 3 180 1795568400 1795568460 ${action} OK`;
    const files: [string, string][] = [
      [`${S3_DAY}/${S3_FILE}`, `${V2_HEADER}\n${line('eni-a', 'ACCEPT')}\n${line('eni-b', 'REJECT')}\n`],
      [`${S3_DAY}/05/${S3_FILE}`, `${V2_HEADER}\n${line('eni-a', 'ACCEPT')}\n`],
      [`${HIVE_HOUR}/${S3_FILE}`, `${V2_HEADER}\n${line('eni-c', 'ACCEPT')}\nnot a record\n`],
    ];
    for (const [name, text] of files) {
      await mkdir(dirname(join(root, name)), { recursive: true });
      await writeFile(join(root, name), gzipSync(text));
    }
    const found = await discoverFiles([root]);
    expect(found.files.map((f) => relative(root, f))).toEqual([
      `${S3_DAY}/05/${S3_FILE}`,
      `${S3_DAY}/${S3_FILE}`,
      `${HIVE_HOUR}/${S3_FILE}`,
    ]);
    const counter = new InputCounter();
    const interfaces = new InterfaceTable();
    for (const f of found.files) await readLocalFile(f, counter, { interfaces });
    expect(counter.summary).toMatchObject({
      files: 3,
      records: 4,
      accepted: 3,
      rejected: 1,
      malformed: 1,
      unreadableFiles: 0,
      fields: V2_HEADER.split(' '),
      firstStart: 1795568400,
      lastEnd: 1795568460,
    });
    expect(counter.summary.errors).toEqual([
      { file: join(root, HIVE_HOUR, S3_FILE), line: 3, message: 'expected 14 fields, found 3' },
    ]);
  });
});

describe('isLogFile', () => {
  it('knows the flow-log extensions and skips hidden files', () => {
    for (const name of [
      'a.log',
      'a.LOG',
      'a.txt',
      'a.log.gz',
      'a.txt.gz',
      'a.gz',
      'a.parquet',
      'a.log.parquet',
    ]) {
      expect(isLogFile(name), name).toBe(true);
    }
    for (const name of ['a.json', 'a.csv', 'a.log.bak', '.a.log', 'log', 'a.gzip']) {
      expect(isLogFile(name), name).toBe(false);
    }
  });
});

describe('partitionDate', () => {
  const utc = (iso: string): Date => new Date(iso);

  it('reads the day of the S3 layout', () => {
    expect(partitionDate(`${S3_DAY}/${S3_FILE}`)).toEqual(utc('2026-11-19T00:00:00Z'));
    expect(partitionDate(`s3://bucket/prefix/${S3_DAY}/${S3_FILE}`)).toEqual(utc('2026-11-19T00:00:00Z'));
    expect(partitionDate(at('s3', S3_DAY, S3_FILE))).toEqual(utc('2026-11-19T00:00:00Z'));
  });

  it('reads the hour of the hourly S3 layout', () => {
    expect(partitionDate(`${S3_DAY}/05/${S3_FILE}`)).toEqual(utc('2026-11-19T05:00:00Z'));
    expect(partitionDate(`${S3_DAY}/23/`)).toEqual(utc('2026-11-19T23:00:00Z'));
  });

  it('reads the Hive layout, with and without hour', () => {
    expect(partitionDate(`${HIVE_HOUR}/d.log.gz`)).toEqual(utc('2026-11-19T05:00:00Z'));
    expect(partitionDate(`${HIVE_HOUR.replace('/hour=05', '')}/d.log.gz`)).toEqual(
      utc('2026-11-19T00:00:00Z'),
    );
    expect(partitionDate('x/year=2026/month=1/day=2/y.log')).toEqual(utc('2026-01-02T00:00:00Z'));
  });

  it('returns undefined when the key has no date', () => {
    expect(partitionDate('logs/flows.log')).toBeUndefined();
    expect(partitionDate(`AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/`)).toBeUndefined();
    expect(partitionDate('a/2026/11/file.log')).toBeUndefined();
  });
});
