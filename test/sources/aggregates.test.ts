/**
 * The aggregate path gives the streaming path's report: the Athena SQL the tool generates, run
 * in DuckDB over a view with Athena's column names (over the text logs of a generated world and
 * over a Parquet copy of them), written as CSV and read back with `--aggregates`, must give the
 * same rules, usage and findings as streaming the raw logs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { aggregateQuery } from '../../src/sources/aggregates/athena-sql.js';
import { athenaTable, type AthenaTable } from '../helpers/athena-duckdb.js';
import { makeWorld } from '../helpers/world.js';
import { WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';

const NOW = new Date('2026-11-26T00:00:00Z');
const config = defaultConfig();
const window = {
  start: new Date(WINDOW_START * 1000),
  end: new Date((WINDOW_START + WINDOW_SECONDS) * 1000),
};
const query = aggregateQuery({
  table: 'flow_logs',
  window,
  ephemeralStart: config['ephemeral-port-start'],
  bucketSeconds: config.thresholds['bucket-seconds'],
});

/** What must be equal: everything but the input section (files and bytes differ). */
function verdicts(report: Report) {
  const { input: _input, ...rest } = report;
  return rest;
}

const tables: AthenaTable[] = [];
afterAll(() => tables.forEach((t) => t.close()));

describe.each([
  { format: 'v5' as const, seed: 7, storage: 'text' },
  { format: 'v2' as const, seed: 11, storage: 'text' },
  { format: 'v5' as const, seed: 23, storage: 'parquet' },
])(
  'a $format world (seed $seed) aggregated by the Athena query over $storage',
  ({ format, seed, storage }) => {
    const world = makeWorld({ format, seed, records: 30_000 });
    const work = mkdtempSync(join(tmpdir(), 'sgfa-aggregates-'));

    it('gives the same rules, usage and findings as streaming the logs, from fewer rows', async () => {
      const table = await athenaTable(
        world.logs,
        storage === 'parquet' ? { parquet: join(work, 'logs.parquet') } : {},
      );
      tables.push(table);
      const csv = join(work, 'result.csv');
      const rows = await table.toCsv(query, csv);
      const streamed = await analyze({
        flowLogs: [world.logs],
        inventoryDir: world.inventory,
        config,
        now: NOW,
      });
      const aggregated = await analyze({
        flowLogs: [],
        aggregates: [csv],
        inventoryDir: world.inventory,
        config,
        now: NOW,
      });
      expect(verdicts(aggregated)).toEqual(verdicts(streamed));
      expect(aggregated.input.records).toBe(streamed.input.records);
      expect(aggregated.input.accepted).toBe(streamed.input.accepted);
      expect(aggregated.input.malformed).toBe(0);
      expect(rows).toBeLessThan(world.truth.records);
    });
  },
);

describe('an aggregate file that does not fit', () => {
  const world = makeWorld({ format: 'v5', seed: 7, records: 30_000 });
  const work = mkdtempSync(join(tmpdir(), 'sgfa-aggregates-bad-'));
  const header =
    '"interface_id","flow_direction","protocol","srcaddr","dstaddr","srcport","dstport","initiator","action","log_status","bucket","records","packets","bytes","first_start","last_end","flags_seen"';

  it('counts a bad row as malformed, names it, and reads the others', async () => {
    const file = join(work, 'rows.csv');
    writeFileSync(
      file,
      [
        header,
        '"eni-0a","ingress","6","203.0.113.9","10.0.1.10","","443","start-flags","ACCEPT","OK","491000","3","9","900","1767600000","1767600050","1"',
        '"eni-0a","ingress","6","not-an-ip","10.0.1.10","","443","start-flags","ACCEPT","OK","491000","3","9","900","1767600000","1767600050","1"',
        '"eni-0a","ingress","6","203.0.113.9","10.0.1.10","","443","sideways","ACCEPT","OK","491000","3","9","900","1767600000","1767600050","1"',
      ].join('\n'),
    );
    const report = await analyze({
      flowLogs: [],
      aggregates: [file],
      inventoryDir: world.inventory,
      config,
      now: NOW,
    });
    expect(report.input.records).toBe(3);
    expect(report.input.malformed).toBe(2);
    expect(report.input.errors).toEqual([
      { file, line: 3, message: "srcaddr: not an IP address: 'not-an-ip'" },
      {
        file,
        line: 4,
        message:
          "initiator: expected one of start-flags, start-port, start-guess, response, response-guess, ports, got 'sideways'",
      },
    ]);
  });

  it('stops with one line when the header lacks a column', async () => {
    const file = join(work, 'no-initiator.csv');
    writeFileSync(file, '"interface_id","records"\n"eni-0a","1"\n');
    await expect(
      analyze({ flowLogs: [], aggregates: [file], inventoryDir: world.inventory, config, now: NOW }),
    ).rejects.toThrow(
      `--aggregates: ${file}: not a readable aggregate (the header has no column protocol, srcaddr, dstaddr, initiator, action, log_status) after row 0`,
    );
  });

  it('stops reading a row longer than 64 KiB and keeps the rows before it', async () => {
    const file = join(work, 'long.csv');
    const good =
      '"eni-0a","ingress","6","203.0.113.9","10.0.1.10","","443","start-flags","ACCEPT","OK","491000","3","9","900","1767600000","1767600050","1"';
    writeFileSync(file, `${header}\n${good}\n"eni-0a","${'x'.repeat(200_000)}\n`);
    const report = await analyze({
      flowLogs: [],
      aggregates: [file],
      inventoryDir: world.inventory,
      config,
      now: NOW,
    });
    expect(report.input.records).toBe(3);
    expect(report.input.unreadableFiles).toBe(1);
    expect(report.input.errors[0]?.message).toMatch(/^not a readable aggregate \(.*\) after row 1$/);
  });
});
