/**
 * A Parquet row group larger than ROWS_PER_READ is read in windows of rows (so that a forged
 * row count cannot make the reader build billions of row objects): every row is read once, in
 * order, and row numbers run on across windows.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalFile } from '../../src/sources/file.js';
import { ROWS_PER_READ } from '../../src/sources/parquet.js';
import { ReaderLog, tempDir } from './helpers.js';

const ROWS = ROWS_PER_READ + 1000;
/** The one row whose port is out of range, just past the first window. */
const BAD_ROW = ROWS_PER_READ + 5;

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('parquet-windows'));
});

afterAll(() => cleanup());

describe('a row group larger than one read', () => {
  it('is read in windows, every row once and in order, row numbers running on', async () => {
    const index = Array.from({ length: ROWS }, (_, i) => i);
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'interface_id', type: 'STRING', data: index.map((i) => `eni-${i % 7}`) },
        { name: 'srcaddr', type: 'STRING', data: index.map((i) => `10.0.${(i >> 8) & 255}.${i & 255}`) },
        { name: 'dstport', type: 'INT32', data: index.map((i) => (i === BAD_ROW ? 70_000 : 443)) },
        { name: 'start', type: 'INT64', data: index.map((i) => BigInt(1_763_900_000 + i)) },
      ],
      rowGroupSize: ROWS,
    });
    expect(parquetMetadata(bytes).row_groups.map((g) => Number(g.num_rows))).toEqual([ROWS]);
    const file = join(dir, 'one-group.parquet');
    await writeFile(file, new Uint8Array(bytes));
    const log = new ReaderLog();
    await readLocalFile(file, log, { interfaces: log.table });
    expect(log.fileErrors).toEqual([]);
    expect(log.malformedLines).toEqual([
      { file, line: BAD_ROW + 1, message: 'port or protocol out of range' },
    ]);
    expect(log.records).toHaveLength(ROWS - 1);
    // In order across the window's edge: starts are the row numbers.
    const starts = log.records.map((r) => r.start - 1_763_900_000);
    expect(starts.slice(ROWS_PER_READ - 2, ROWS_PER_READ + 2)).toEqual([
      ROWS_PER_READ - 2,
      ROWS_PER_READ - 1,
      ROWS_PER_READ,
      ROWS_PER_READ + 1,
    ]);
    expect(starts.every((s, i) => s === (i < BAD_ROW ? i : i + 1))).toBe(true);
  });
});
