import { describe, expect, test } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { buildReport } from './fixture.js';

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('renderText', () => {
  test('the headline gives the window, the input counts, interfaces, rules and findings', () => {
    const lines = renderText(buildReport()).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'sg-flow-audit 0.1.0',
      'Window      2026-11-19 00:00 UTC → 2026-11-22 00:00 UTC',
      'Records     70,002 in 3 files: 64,000 accepted, 5,800 rejected, 150 NODATA, 52 SKIPDATA; 2 malformed lines',
      'Interfaces  5 (4 with records, 1 unknown in the logs)',
      'Rules       9: 5 used, 1 unused, 3 unknown (4 groups)',
      'Findings    1 critical, 1 high, 3 medium, 1 low, 2 info; 1 suppressed',
    ]);
  });

  test('the critical open SSH rule comes first with its proposed change on one line', () => {
    const lines = renderText(buildReport()).split('\n');
    expect(lines.slice(7, 11)).toEqual([
      'CRITICAL (1)',
      '  [open-admin-port] SSH (tcp 22) open to the internet — sg-0a1b2c3d4e5f60001/sgr-0000000000000001',
      '    tcp 22 accepts connections from 0.0.0.0/0; 1,204 flows came from 2 addresses.',
      '    proposed: replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32',
    ]);
  });

  test('findings are grouped worst severity first, busiest first within a severity', () => {
    const text = renderText(buildReport());
    const headings = text.split('\n').filter((line) => /^[A-Z]+ \(\d+\)$/.test(line));
    expect(headings).toEqual([
      'CRITICAL (1)',
      'HIGH (1)',
      'MEDIUM (3)',
      'LOW (1)',
      'INFO (2)',
      'SUPPRESSED (1)',
    ]);
    const medium = text.split('MEDIUM (3)\n')[1]?.split('\n\n')[0] ?? '';
    expect(
      medium
        .split('\n')
        .filter((line) => line.startsWith('  ['))
        .map((line) => line.split(']')[0]),
    ).toEqual(['  [port-scan', '  [broad-ports', '  [unused-rule']);
    expect(text).toContain('    proposed: replace tcp 0-65535 10.0.0.0/8 → tcp 5432, tcp 6432\n');
    expect(text).toContain('    proposed: remove tcp 3306 10.0.0.0/8\n');
  });

  test('a suppressed finding is listed apart with its reason and expiry', () => {
    expect(renderText(buildReport())).toContain(
      'SUPPRESSED (1)\n' +
        '  [unused-rule] Rule unused for 3 days — sg-0a1b2c3d4e5f60003/sgr-0000000000000008\n' +
        '    monthly batch job (until 2027-01-31)\n',
    );
  });

  test('each security group gets a compact rule table', () => {
    expect(renderText(buildReport())).toContain(
      [
        'sg-0a1b2c3d4e5f60001 web — 3 rules: 3 used',
        '  DIRECTION  PROTOCOL  PORTS  PEER       STATUS   FLOWS   PEERS  TOP PEER',
        '  ingress    tcp       22     0.0.0.0/0  used     1,204       2  198.51.100.23 (1,000)',
        '  ingress    tcp       443    0.0.0.0/0  used    52,310  ~4,812  203.0.113.7 (911)',
        '  egress     all       all    0.0.0.0/0  used     8,001      37  10.0.2.15 (3,400)',
        '',
        'sg-0a1b2c3d4e5f60002 db — 3 rules: 2 used, 1 unused',
        '  DIRECTION  PROTOCOL  PORTS    PEER                  STATUS  FLOWS  PEERS  TOP PEER',
        '  ingress    tcp       0-65535  10.0.0.0/8            used      120      3  10.0.3.4 (80)',
        '  ingress    tcp       3306     10.0.0.0/8            unused      0      0',
        '  ingress    tcp       5432     sg-0a1b2c3d4e5f60001  used    3,400      2  10.0.1.10 (2,000)',
      ].join('\n'),
    );
  });

  test('input errors and unknown interfaces close the report', () => {
    const text = renderText(buildReport());
    expect(
      text.endsWith(
        [
          'INPUT ERRORS (2)',
          '  logs/2026/11/19/eni-a.log.gz:12: expected 14 fields, found 9',
          '  logs/2026/11/20/eni-b.log:3: bad port "http"',
          '',
          'UNKNOWN INTERFACES (1): in the logs, not in the inventory',
          '  eni-0fffffffffffffff0',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  test('only the first input errors are listed, with how many more there are', () => {
    const report = buildReport();
    report.input.errors = Array.from({ length: 50 }, (_, i) => ({
      file: 'a.log',
      line: i + 1,
      message: 'bad line',
    }));
    report.input.errorCount = 1_234;
    const text = renderText(report);
    expect(text).toContain('INPUT ERRORS (1,234)\n  a.log:1: bad line\n');
    expect(text).toContain('  a.log:5: bad line\n  … and 1,229 more\n');
    expect(text).not.toContain('a.log:6:');
  });

  test('plain text has no escape codes; colour only when asked, with the same layout', () => {
    const report = buildReport();
    const plain = renderText(report);
    const coloured = renderText(report, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[1;31mCRITICAL (1)\u001b[22;39m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  test('a report without findings or flow records says so', () => {
    const report = buildReport();
    report.findings = [];
    report.window = { start: null, end: null };
    const text = renderText(report);
    expect(text).toContain('Window      no flow records\n');
    expect(text).toContain('\nNo findings.\n');
  });
});
