import { describe, expect, test } from 'vitest';
import { PULL_REQUEST_BODY_LIMIT, fitPullRequestBody } from '../../src/github/pull-request-body.js';

const REPORT = 'sg-flow-audit/report.md';
const NOTE_START = "\n\n> [!NOTE]\n> This description is cut to fit GitHub's limit of";

describe('fitPullRequestBody', () => {
  test('sections that fit are joined with blank lines, unchanged', () => {
    expect(fitPullRequestBody(['## Summary', '| a |\n| - |'], 100, REPORT)).toBe(
      '## Summary\n\n| a |\n| - |',
    );
  });

  test('a body of exactly the limit is kept whole', () => {
    const section = 'x'.repeat(PULL_REQUEST_BODY_LIMIT);
    expect(fitPullRequestBody([section], PULL_REQUEST_BODY_LIMIT, REPORT)).toBe(section);
  });

  test('the first section that does not fit is cut after a whole table row; later ones are dropped', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `| sgr-${String(i).padStart(3, '0')} | narrow |`);
    const table = `| rule | change |\n| --- | --- |\n${rows.join('\n')}`;
    const sections = ['## Summary', table, '## Could not be edited\n\n- sgr-x'];
    const limit = 1500;

    const body = fitPullRequestBody(sections, limit, REPORT);

    expect(body.length).toBeLessThanOrEqual(limit);
    const [kept, note] = body.split(NOTE_START);
    expect(note).toBe(
      " 1,500 characters. The full report is committed on this pull request's branch: " +
        '`sg-flow-audit/report.md`.',
    );
    // Every kept line is a whole line of the input, in order, and the table is cut between rows.
    expect(table.startsWith((kept ?? '').slice('## Summary\n\n'.length))).toBe(true);
    expect((kept ?? '').split('\n').at(-1)).toMatch(/^\| sgr-\d{3} \| narrow \|$/);
    expect(body).not.toContain('Could not be edited');
    // As many rows as fit: one more would not.
    const keptRows = (kept ?? '').split('\n').filter((line) => line.startsWith('| sgr-')).length;
    expect(
      (kept ?? '').length + rows[keptRows]!.length + 1 + NOTE_START.length + (note ?? '').length,
    ).toBeGreaterThan(limit);
  });

  test('a cut inside a code block closes the block', () => {
    const commands = [
      '```sh',
      ...Array.from({ length: 100 }, (_, i) => `aws ec2 revoke-security-group-ingress --group-id sg-${i}`),
      '```',
    ].join('\n');

    const body = fitPullRequestBody(['## Commands', commands], 1000, REPORT);

    expect(body.length).toBeLessThanOrEqual(1000);
    const kept = body.split(NOTE_START)[0] ?? '';
    expect(kept.endsWith('\n```')).toBe(true);
    expect(kept.match(/^```/gm)).toHaveLength(2);
  });

  test('a single line longer than the room is cut without splitting a surrogate pair', () => {
    const line = '🔒'.repeat(1000);

    const body = fitPullRequestBody([line], 500, REPORT);

    expect(body.length).toBeLessThanOrEqual(500);
    const kept = body.split(NOTE_START)[0] ?? '';
    expect(kept.length % 2).toBe(0);
    expect([...kept].every((ch) => ch === '🔒')).toBe(true);
  });

  test('a limit too small for the note is refused', () => {
    expect(() => fitPullRequestBody(['x'.repeat(100)], 50, REPORT)).toThrow(RangeError);
  });
});
