import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  PlainProgress,
  progressFor,
  silentProgress,
  TerminalProgress,
  type ProgressSample,
} from '../../src/progress/index.js';
import { FakeClock } from './fake-clock.js';

/** A stream that says it is a terminal of `columns` columns, and keeps what is written to it. */
class FakeTerminal extends Writable {
  readonly isTTY = true;
  text = '';
  constructor(readonly columns: number) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const ESC = '\x1b';
/** The lines drawn: each is written from the first column and followed by clearing the rest of it. */
const drawn = (text: string) =>
  text
    .split(`${ESC}[1G`)
    .filter((part) => part.includes(`${ESC}[0K`))
    .map((part) => part.slice(0, part.indexOf(`${ESC}[0K`)));

describe('the live progress line (a terminal)', () => {
  it('draws files done, share, records/s, MB/s and time left, then clears its line', async () => {
    const terminal = new FakeTerminal(120);
    const clock = new FakeClock();
    const progress = new TerminalProgress({ stream: terminal, clock });
    let sample: ProgressSample = { filesDone: 0, bytesDone: 0, records: 0, recordsInFilesDone: 0 };
    progress.start({ unit: 'files', files: 8, bytes: 80_000_000 }, () => sample);
    sample = { filesDone: 3, bytesDone: 30_000_000, records: 1_500_000, recordsInFilesDone: 1_200_000 };
    clock.advance(5_000);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));

    const lines = drawn(terminal.text);
    expect(lines[0]).toBe(
      `reading ${'░'.repeat(24)} 0% | 0/8 files | 0 records, 0 records/s, -- MB/s, ETA --`,
    );
    // 37.5 of 80 MB: 11 of the bar's 24 cells.
    expect(lines.at(-1)).toBe(
      `reading ${'█'.repeat(11)}${'░'.repeat(13)} 46% | 3/8 files | 1,500,000 records, 300,000 records/s, 7.5 MB/s, ETA 6s`,
    );
    // The line is drawn in place (never a newline), and at the end the cursor goes back to its
    // first column and the line is erased: what stays on the screen is what came before.
    expect(terminal.text).not.toContain('\n');
    expect(terminal.text.startsWith(`${ESC}7`)).toBe(true);
    expect(terminal.text.endsWith(`${ESC}8${ESC}[1G${ESC}[2K`)).toBe(true);
  });

  it('cuts the line one column short of a narrow terminal, so that it never wraps', async () => {
    const terminal = new FakeTerminal(40);
    const clock = new FakeClock();
    const progress = new TerminalProgress({ stream: terminal, clock });
    progress.start({ unit: 'files', files: 8, bytes: 80_000_000 }, () => ({
      filesDone: 3,
      bytesDone: 30_000_000,
      records: 1_500_000,
      recordsInFilesDone: 1_200_000,
    }));
    clock.advance(5_000);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    const lines = drawn(terminal.text);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toHaveLength(39);
    expect(lines.at(-1)).toBe(`reading ${'█'.repeat(11)}${'░'.repeat(13)} 46% | `);
  });

  it('draws a live source without a bar: objects done and records/s', async () => {
    const terminal = new FakeTerminal(120);
    const clock = new FakeClock();
    const progress = new TerminalProgress({ stream: terminal, clock });
    let sample: ProgressSample = { filesDone: 0, bytesDone: 0, records: 0, recordsInFilesDone: 0 };
    progress.start({ unit: 'objects' }, () => sample);
    sample = { filesDone: 4, bytesDone: 0, records: 20_000, recordsInFilesDone: 20_000 };
    clock.advance(2_000);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(drawn(terminal.text).at(-1)).toBe('reading 4 objects | 20,000 records, 10,000 records/s');
  });
});

describe('the reporter of a command line run', () => {
  it('is a live line on a terminal, a plain line elsewhere or on a dumb terminal, and nothing with --quiet', () => {
    const terminal = new FakeTerminal(80);
    const pipe = new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(progressFor(terminal, { env: { TERM: 'xterm-256color' } })).toBeInstanceOf(TerminalProgress);
    expect(progressFor(terminal, { env: { TERM: 'dumb' } })).toBeInstanceOf(PlainProgress);
    expect(progressFor(pipe, { env: {} })).toBeInstanceOf(PlainProgress);
    expect(progressFor(terminal, { quiet: true, env: {} })).toBe(silentProgress);
    expect(progressFor(pipe, { quiet: true, env: {} })).toBe(silentProgress);
  });
});
