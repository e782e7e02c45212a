/**
 * Logs from a pipe, as a shell's process substitution gives them (`--flow-logs <(aws s3 cp … -)`).
 * Run through the bundled CLI in a child process with a time limit: a reader that waits for a
 * pipe forever must fail this test, not hang the suite.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const HEADER =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
const LINES = [
  '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK',
  '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK',
];

describe('flow logs from a pipe', () => {
  it.each([
    ['gzip', (text: string) => gzipSync(text)],
    ['text', (text: string) => Buffer.from(text)],
  ])('reads %s written into a named pipe by another process', (_kind, encode) => {
    const dir = mkdtempSync(join(tmpdir(), 'sgfa-pipe-'));
    const source = join(dir, 'source');
    const fifo = join(dir, 'flows');
    writeFileSync(source, encode(`${HEADER}\n${LINES.join('\n')}\n`));
    execFileSync('mkfifo', [fifo]);
    const script = `cat "$1" > "$2" & exec "$3" "$4" analyze --flow-logs "$2" --format json --fail-on none`;
    const out = execFileSync('sh', ['-c', script, 'sh', source, fifo, process.execPath, cli], {
      timeout: 20_000,
      encoding: 'utf8',
    });
    const input = JSON.parse(out).input as {
      records: number;
      accepted: number;
      rejected: number;
      errors: unknown[];
    };
    expect(input).toMatchObject({ records: 2, accepted: 1, rejected: 1, errors: [] });
  });
});
