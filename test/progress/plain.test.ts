import { describe, expect, it } from 'vitest';
import { PlainProgress, type ProgressSample } from '../../src/progress/index.js';
import { estimatedBytesRead, formatSeconds } from '../../src/progress/figures.js';
import { FakeClock } from './fake-clock.js';

function reporter(clock: FakeClock) {
  const lines: string[] = [];
  const progress = new PlainProgress({ write: (line) => lines.push(line), clock });
  return { lines, progress };
}

describe('the plain progress line (CI logs)', () => {
  it('writes one line per interval: files done of total, share, records/s, MB/s and time left', () => {
    const clock = new FakeClock();
    const { lines, progress } = reporter(clock);
    let sample: ProgressSample = { filesDone: 0, bytesDone: 0, records: 0, recordsInFilesDone: 0 };
    progress.start({ unit: 'files', files: 8, bytes: 80_000_000 }, () => sample);

    // 3 files (30 MB, 1.2M records) done and 300k records into the next ones, which at 25 bytes
    // a record is 7.5 MB more: 37.5 of 80 MB in 5 s.
    sample = { filesDone: 3, bytesDone: 30_000_000, records: 1_500_000, recordsInFilesDone: 1_200_000 };
    clock.advance(4_999);
    expect(lines).toEqual([]);
    clock.advance(1);
    expect(lines).toEqual([
      'sg-flow-audit: reading 3/8 files (46%), 1,500,000 records, 300,000 records/s, 7.5 MB/s, ETA 6s',
    ]);

    // 60 MB at 20 bytes a record, and 400k records beyond: 68 of 80 MB in 10 s.
    sample = { filesDone: 6, bytesDone: 60_000_000, records: 3_400_000, recordsInFilesDone: 3_000_000 };
    clock.advance(5_000);
    expect(lines.slice(1)).toEqual([
      'sg-flow-audit: reading 6/8 files (85%), 3,400,000 records, 340,000 records/s, 6.8 MB/s, ETA 2s',
    ]);

    sample = { filesDone: 8, bytesDone: 80_000_000, records: 4_000_000, recordsInFilesDone: 4_000_000 };
    clock.advance(2_000);
    progress.stop();
    expect(lines.slice(2)).toEqual([
      'sg-flow-audit: read 8/8 files, 4,000,000 records, 333,333 records/s, 6.7 MB/s in 12s',
    ]);
    expect(clock.pending).toBe(0);
  });

  it('writes nothing for a phase shorter than the interval, and leaves no timer behind', () => {
    const clock = new FakeClock();
    const { lines, progress } = reporter(clock);
    progress.start({ unit: 'files', files: 2, bytes: 100 }, () => ({
      filesDone: 2,
      bytesDone: 100,
      records: 7,
      recordsInFilesDone: 7,
    }));
    clock.advance(4_900);
    progress.stop();
    clock.advance(60_000);
    expect(lines).toEqual([]);
    expect(clock.pending).toBe(0);
  });

  it('says what it cannot know yet: no time left before any byte is accounted for', () => {
    const clock = new FakeClock();
    const { lines, progress } = reporter(clock);
    // One large file being read: records, but no file done to tell the bytes a record takes.
    progress.start({ unit: 'files', files: 1, bytes: 2_000_000_000 }, () => ({
      filesDone: 0,
      bytesDone: 0,
      records: 250_000,
      recordsInFilesDone: 0,
    }));
    clock.advance(5_000);
    progress.stop();
    expect(lines[0]).toBe(
      'sg-flow-audit: reading 0/1 files (0%), 250,000 records, 50,000 records/s, -- MB/s, ETA --',
    );
  });

  it('counts a live source without a total: objects and records/s, no MB/s or time left', () => {
    const clock = new FakeClock();
    const { lines, progress } = reporter(clock);
    progress.start({ unit: 'objects' }, () => ({
      filesDone: 12,
      bytesDone: 0,
      records: 50_000,
      recordsInFilesDone: 50_000,
    }));
    clock.advance(5_000);
    expect(lines).toEqual(['sg-flow-audit: reading 12 objects, 50,000 records, 10,000 records/s']);
    progress.stop();
    expect(lines[1]).toBe('sg-flow-audit: read 12 objects, 50,000 records, 10,000 records/s in 5s');
  });

  it('never estimates more bytes than there are', () => {
    const totals = { unit: 'files' as const, files: 2, bytes: 1_000 };
    // A first file of few, long records says nothing sure of the second: the estimate stops at the total.
    expect(
      estimatedBytesRead(totals, { filesDone: 1, bytesDone: 900, records: 500, recordsInFilesDone: 10 }),
    ).toBe(1_000);
    expect(
      estimatedBytesRead(totals, { filesDone: 1, bytesDone: 600, records: 15, recordsInFilesDone: 10 }),
    ).toBe(900);
  });

  it('writes durations as seconds, minutes and hours', () => {
    expect([59.4, 65, 3_599, 3_720, undefined].map(formatSeconds)).toEqual([
      '59s',
      '1m05s',
      '59m59s',
      '1h02m',
      '--',
    ]);
  });
});
