/** The interface id table and the input counters. */
import { describe, expect, it } from 'vitest';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { emptyRecord, FlowAction, LogStatus, type FlowRecord } from '../../src/sources/record.js';
import {
  emptyInputSummary,
  InputCounter,
  MAX_REPORTED_ERRORS,
  mergeInputSummary,
} from '../../src/sources/stats.js';

/** The 32-bit FNV-1a hash the table uses, to prove that the pairs below collide. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const c of Buffer.from(text, 'latin1')) h = Math.imul(h ^ c, 0x01000193);
  return h;
}

describe('InterfaceTable', () => {
  it('gives each id one index, whether added as a string or interned from bytes', () => {
    const t = new InterfaceTable();
    expect(t.add('eni-1235b8ca123456789')).toBe(0);
    expect(t.add('eni-11111111aaaaaaaaa')).toBe(1);
    expect(t.add('eni-1235b8ca123456789')).toBe(0);
    const line = Buffer.from('2 123456789010 eni-11111111aaaaaaaaa 10.0.0.1');
    expect(t.intern(line, 15, 36)).toBe(1);
    expect(t.intern(line.subarray(15), 0, 21)).toBe(1);
    expect(t.intern(Buffer.from('xxeni-0new0000000000000yy'), 2, 23)).toBe(2);
    expect(t.size).toBe(3);
    expect([0, 1, 2].map((i) => t.name(i))).toEqual([
      'eni-1235b8ca123456789',
      'eni-11111111aaaaaaaaa',
      'eni-0new0000000000000',
    ]);
  });

  it('keeps ids apart that differ only in length or by a prefix', () => {
    const t = new InterfaceTable();
    const ids = ['eni-1', 'eni-12', 'eni-123', 'eni-1234', 'eni-21'];
    expect(ids.map((id) => t.add(id))).toEqual([0, 1, 2, 3, 4]);
    expect(ids.map((id) => t.add(id))).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps ids with the same hash apart', () => {
    const pairs = [
      ['costarring', 'liquid'],
      ['declinate', 'macallums'],
    ] as const;
    for (const [a, b] of pairs) expect(fnv1a(a)).toBe(fnv1a(b));
    const t = new InterfaceTable();
    expect(t.add('costarring')).toBe(0);
    expect(t.add('liquid')).toBe(1);
    expect(t.add('declinate')).toBe(2);
    expect(t.add('macallums')).toBe(3);
    // Again, through the byte path, in another order.
    for (const [id, index] of [
      ['macallums', 3],
      ['liquid', 1],
      ['costarring', 0],
      ['declinate', 2],
    ] as const) {
      const buf = Buffer.from(` ${id} `, 'latin1');
      expect(t.intern(buf, 1, buf.length - 1)).toBe(index);
      expect(t.name(index)).toBe(id);
    }
    expect(t.size).toBe(4);
  });

  it('throws a RangeError for an index it does not have', () => {
    const t = new InterfaceTable();
    t.add('eni-1');
    expect(() => t.name(1)).toThrow(RangeError);
    expect(() => t.name(-1)).toThrow('no interface at index -1');
  });
});

function rec(fields: Partial<FlowRecord>): FlowRecord {
  return { ...emptyRecord(), ...fields };
}

describe('InputCounter', () => {
  it('counts records by status first, then by action, and aggregated rows by their count', () => {
    const c = new InputCounter();
    c.record(rec({ action: FlowAction.Accept, start: 100, end: 160 }));
    c.record(rec({ action: FlowAction.Accept, count: 5, start: 50, end: 110 }));
    c.record(rec({ action: FlowAction.Reject, start: 200, end: 260 }));
    c.record(rec({ status: LogStatus.NoData, start: 300, end: 360 }));
    c.record(rec({ status: LogStatus.SkipData, action: FlowAction.Accept, count: 2 }));
    c.record(rec({ action: FlowAction.None }));
    expect(c.summary).toMatchObject({
      records: 11,
      accepted: 6,
      rejected: 1,
      noData: 1,
      skipData: 2,
      malformed: 0,
      firstStart: 50,
      lastEnd: 360,
    });
  });

  it('leaves the window at -1 without records that have times', () => {
    const c = new InputCounter();
    c.record(rec({ action: FlowAction.Accept }));
    expect([c.summary.firstStart, c.summary.lastEnd]).toEqual([-1, -1]);
  });

  it('keeps the first 100 errors and counts all of them', () => {
    const c = new InputCounter();
    for (let i = 1; i <= 140; i++) c.malformed('a.log', i, `bad ${i}`);
    c.fileError('b.log.gz', 'truncated gzip data');
    expect(MAX_REPORTED_ERRORS).toBe(100);
    expect(c.summary.errors).toHaveLength(100);
    expect(c.summary.errors[0]).toEqual({ file: 'a.log', line: 1, message: 'bad 1' });
    expect(c.summary.errors[99]).toEqual({ file: 'a.log', line: 100, message: 'bad 100' });
    expect(c.summary).toMatchObject({ malformed: 140, unreadableFiles: 1, errorCount: 141 });
  });

  it('counts files read, keeps the first format as fields and every distinct format once', () => {
    const c = new InputCounter();
    c.fileRead(['srcaddr', 'dstaddr']);
    c.fileRead(['srcaddr', 'dstaddr']);
    c.fileRead(['dstaddr', 'srcaddr']);
    expect(c.summary.files).toBe(3);
    expect(c.summary.fields).toEqual(['srcaddr', 'dstaddr']);
    expect(c.summary.formats).toEqual([
      ['srcaddr', 'dstaddr'],
      ['dstaddr', 'srcaddr'],
    ]);
  });
});

describe('mergeInputSummary', () => {
  it('adds counts, caps errors, unions formats and widens the window', () => {
    const a = new InputCounter();
    a.record(rec({ action: FlowAction.Accept, start: 500, end: 560 }));
    for (let i = 0; i < 70; i++) a.malformed('a.log', i + 1, 'x');
    a.fileRead(['srcaddr']);
    const b = new InputCounter();
    b.record(rec({ action: FlowAction.Reject, start: 100, end: 900 }));
    b.record(rec({ status: LogStatus.NoData }));
    for (let i = 0; i < 50; i++) b.malformed('b.log', i + 1, 'y');
    b.fileError('c.log.gz', 'no such file');
    b.fileRead(['dstaddr']);
    const into = emptyInputSummary();
    mergeInputSummary(into, a.summary);
    mergeInputSummary(into, b.summary);
    expect(into).toMatchObject({
      files: 2,
      records: 3,
      accepted: 1,
      rejected: 1,
      noData: 1,
      malformed: 120,
      unreadableFiles: 1,
      errorCount: 121,
      fields: ['srcaddr'],
      formats: [['srcaddr'], ['dstaddr']],
      firstStart: 100,
      lastEnd: 900,
    });
    expect(into.errors).toHaveLength(100);
    expect(into.errors[70]).toEqual({ file: 'b.log', line: 1, message: 'y' });
  });

  it('keeps the window of the summary merged into when the other has none', () => {
    const into = { ...emptyInputSummary(), firstStart: 10, lastEnd: 20 };
    mergeInputSummary(into, emptyInputSummary());
    expect([into.firstStart, into.lastEnd]).toEqual([10, 20]);
  });
});
