/** Hostile input: a line with no end must cost neither memory nor quadratic time. */
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlowLogParser, MAX_LINE_BYTES } from '../../src/sources/parse.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';

const RECORD =
  '2 123456789012 eni-1 198.51.100.7 10.0.0.1 50000 443 6 1 40 1763900000 1763900060 ACCEPT OK\n';

function parser() {
  const malformed: string[] = [];
  let records = 0;
  const p = new FlowLogParser(new InterfaceTable(), {
    record: () => records++,
    malformed: (line, message) => malformed.push(`${line}: ${message}`),
  });
  return { p, malformed, records: () => records };
}

describe('lines longer than the limit', () => {
  it('skips a 256 MiB line up to its newline without holding more than the limit', () => {
    const { p, malformed, records } = parser();
    p.push(Buffer.from(RECORD));
    const mebibyte = Buffer.alloc(1024 * 1024, 0x61);
    let held = 0;
    for (let i = 0; i < 256; i++) {
      p.push(mebibyte);
      held = Math.max(held, p.bufferedBytes);
    }
    p.push(Buffer.from(`aaaa\n${RECORD}`));
    p.end();
    expect(held).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(records()).toBe(2);
    expect(malformed).toEqual([`2: line longer than ${MAX_LINE_BYTES} bytes, skipped`]);
    expect(p.lines).toBe(3);
  });

  it('counts a long line at the end of a text that has no newline', () => {
    const { p, malformed } = parser();
    p.push(Buffer.from(RECORD));
    p.push(Buffer.alloc(MAX_LINE_BYTES + 10, 0x61));
    p.end();
    expect(malformed).toEqual([`2: line longer than ${MAX_LINE_BYTES} bytes, skipped`]);
  });

  it('keeps a line of just under the limit that arrives in pieces, and reads it', () => {
    const { p, malformed } = parser();
    const padded = RECORD.replace(
      'ACCEPT OK',
      `ACCEPT OK${' '.repeat(MAX_LINE_BYTES - RECORD.length - 100)}`,
    );
    for (let i = 0; i < padded.length; i += 4096) p.push(Buffer.from(padded.slice(i, i + 4096)));
    p.end();
    expect(malformed).toEqual([]);
  });

  it('quotes at most 64 characters of a field in the error', () => {
    const { p, malformed } = parser();
    p.push(Buffer.from(RECORD.replace('50000', '5'.repeat(5000))));
    p.end();
    expect(malformed).toHaveLength(1);
    expect((malformed[0] as string).length).toBeLessThan(200);
  });

  it('reads the other files of a run when one gzip inflates to a single 128 MiB line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-long-'));
    // Level 1 inflates 229 times, under limits.max-gzip-ratio: the line limit is what stops it.
    writeFileSync(join(dir, 'bomb.log.gz'), gzipSync(Buffer.alloc(128 * 1024 * 1024, 0x61), { level: 1 }));
    writeFileSync(join(dir, 'good.log'), RECORD);
    const report = await analyze({ flowLogs: [dir], config: defaultConfig(), threads: 1 });
    expect(report.input.records).toBe(1);
    expect(report.input.malformed).toBe(1);
    expect(report.input.errors.map((e) => e.message)).toEqual([
      `line longer than ${MAX_LINE_BYTES} bytes, skipped`,
    ]);
  });
});
