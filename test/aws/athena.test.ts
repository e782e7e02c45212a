/**
 * `--engine athena` against moto: the tool starts its query in a workgroup, waits for it, and
 * reads the result CSV Athena wrote to the output location in S3. moto does not run SQL: the
 * result it hands back is queued beforehand through its API, and is what DuckDB computes by
 * running the tool's SQL over a view with Athena's column names. The report must equal the
 * streaming one, and the query moto recorded must be the SQL that DuckDB ran.
 */
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { GetQueryExecutionCommand, ListQueryExecutionsCommand } from '@aws-sdk/client-athena';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAthenaClient } from '../../src/aws/clients.js';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { athenaInput, athenaQueryFor, type EngineSummary } from '../../src/sources/aggregates/engine.js';
import { athenaTable } from '../helpers/athena-duckdb.js';
import { collectorFeed } from '../helpers/collector-feed.js';
import { MOTO_ACCOUNT, MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';
import { cliInProcess } from '../helpers/cli-in-process.js';
import { motoClients } from './aws-test-kit.js';

const NOW = new Date('2026-11-26T00:00:00Z');
const config = defaultConfig();
const settings = {
  window: { start: new Date(WINDOW_START * 1000), end: new Date((WINDOW_START + WINDOW_SECONDS) * 1000) },
  ephemeralStart: config['ephemeral-port-start'],
  bucketSeconds: config.thresholds['bucket-seconds'],
};
const RESULTS = 'athena-results';

let moto: MotoServer;
beforeAll(async () => {
  moto = await startMoto();
}, 180_000);
afterAll(() => moto?.stop());

/** Queues results that moto hands to the next query executions, in order. */
async function queueResults(results: string[][][]): Promise<void> {
  const response = await fetch(`${moto.endpoint}/moto-api/static/athena/query-results`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      account_id: MOTO_ACCOUNT,
      region: MOTO_REGION,
      results: results.map((rows) => ({
        rows: rows.map((row) => ({
          Data: row.map((value) => (value === '' ? {} : { VarCharValue: value })),
        })),
        column_info: (rows[0] ?? []).map((name) => ({ Name: name, Type: 'varchar' })),
      })),
    }),
  });
  expect(response.status).toBe(201);
}

/** The tool's own SQL over the world in DuckDB, as Athena would answer it: header and rows. */
async function athenaAnswer(logs: string, sql: string, table: string): Promise<string[][]> {
  const duck = await athenaTable(logs);
  try {
    const answer = await duck.connection.runAndReadAll(sql.replace(table, 'flow_logs'));
    const rows = answer.getRows().map((row) => row.map((v) => (v === null ? '' : String(v))));
    return [answer.columnNames(), ...rows];
  } finally {
    duck.close();
  }
}

function verdicts(report: Report) {
  const { input: _input, ...rest } = report;
  return rest;
}

describe('--engine athena against moto', () => {
  const world = makeWorld({ format: 'v5', seed: 7, records: 30_000 });

  it('runs the generated query, reads its result from S3, and reports what streaming reports', async () => {
    const clients = {
      ...motoClients(moto),
      athena: createAthenaClient({ region: MOTO_REGION, endpoint: moto.endpoint, maxAttempts: 1 }),
    };
    await clients.s3.send(new CreateBucketCommand({ Bucket: RESULTS }));
    const flags = { table: 'flowlogs.vpc', output: `s3://${RESULTS}/sg-flow-audit/` };
    const sql = athenaQueryFor(flags, settings);

    // What Athena would answer: the same SQL over the world, in DuckDB.
    const table = await athenaTable(world.logs);
    const answer = await table.connection.runAndReadAll(sql.replace('"flowlogs"."vpc"', 'flow_logs'));
    const header = answer.columnNames();
    const rows = answer.getRows().map((row) => row.map((v) => (v === null ? '' : String(v))));
    table.close();
    await queueResults([[header, ...rows]]);

    const input = athenaInput(clients, flags, settings, {});
    const report = await collectorFeed(world.inventory, config, NOW, (sink, interfaces) =>
      input.feed(sink, interfaces),
    );
    const streamed = await analyze({
      flowLogs: [world.logs],
      inventoryDir: world.inventory,
      config,
      now: NOW,
    });
    expect(verdicts(report)).toEqual(verdicts(streamed));
    expect(input.summary).toMatchObject({ name: 'athena', queries: 1, rows: rows.length, bytesScanned: 0 });

    const [id] = input.summary.queryIds;
    const recorded = await clients.athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    expect(recorded.QueryExecution?.Query).toBe(sql);
    expect(recorded.QueryExecution?.ResultConfiguration?.OutputLocation).toBe(
      `s3://${RESULTS}/sg-flow-audit/${id}.csv`,
    );
  });

  it('creates the database and the partition-projected table first with --athena-create-table', async () => {
    const clients = {
      ...motoClients(moto),
      athena: createAthenaClient({ region: MOTO_REGION, endpoint: moto.endpoint, maxAttempts: 1 }),
    };
    await queueResults([
      [['ok']],
      [['ok']],
      [['interface_id', 'protocol', 'srcaddr', 'dstaddr', 'initiator', 'action', 'log_status', 'records']],
    ]);
    const source = `s3://audit-logs/AWSLogs/${MOTO_ACCOUNT}/vpcflowlogs/${MOTO_REGION}/`;
    const flags = { table: 'audit.flow_logs', output: `s3://${RESULTS}/create/`, createTable: true };
    const input = athenaInput(clients, flags, settings, { source });
    const summary: EngineSummary = input.summary;
    await collectorFeed(world.inventory, config, NOW, (sink, interfaces) => input.feed(sink, interfaces));
    expect(summary.queries).toBe(3);
    const queries = await Promise.all(
      summary.queryIds.map(
        async (id) =>
          (await clients.athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }))).QueryExecution
            ?.Query,
      ),
    );
    expect(queries[0]).toBe('CREATE DATABASE IF NOT EXISTS `audit`');
    expect(queries[1]).toContain('CREATE EXTERNAL TABLE IF NOT EXISTS `audit`.`flow_logs` (');
    expect(queries[1]).toContain(`"storage.location.template" = "${source}\${day}"`);
    expect(queries[1]).toContain('"projection.day.range" = "2026/11/18,NOW"');
    expect(queries[2]).toContain(
      `FROM "audit"."flow_logs"\n  WHERE "day" BETWEEN '2026/11/19' AND '2026/11/27'`,
    );
    const listed = await clients.athena.send(new ListQueryExecutionsCommand({}));
    expect(listed.QueryExecutionIds).toEqual(expect.arrayContaining(summary.queryIds));
  });

  it('analyze --engine athena: the report of the streamed logs, with the query and what it scanned', async () => {
    const sql = athenaQueryFor({ table: 'flowlogs.cli' }, settings);
    await queueResults([await athenaAnswer(world.logs, sql, '"flowlogs"."cli"')]);
    const run = await cliInProcess(
      'analyze',
      '--inventory',
      world.inventory,
      '--region',
      MOTO_REGION,
      '--endpoint-url',
      moto.endpoint,
      '--engine',
      'athena',
      '--athena-table',
      'flowlogs.cli',
      '--athena-output',
      `s3://${RESULTS}/cli/`,
      '--lookback',
      // From today back past the world's first record.
      `${Math.ceil((Date.now() / 1000 - WINDOW_START) / 86_400) + 1}d`,
      '--format',
      'json',
      '--quiet',
      '--fail-on',
      'none',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const streamed = await analyze({
      flowLogs: [world.logs],
      inventoryDir: world.inventory,
      config,
      now: NOW,
    });
    expect(report.rules).toEqual(streamed.rules);
    expect(report.findings.map((f) => [f.type, f.ruleId])).toEqual(
      streamed.findings.map((f) => [f.type, f.ruleId]),
    );
    expect(report.input.engine).toMatchObject({ name: 'athena', queries: 1, bytesScanned: 0 });
    expect(report.input.records).toBe(world.truth.records);
  });

  it('analyze --print-query prints the SQL without calling AWS', async () => {
    const run = await cliInProcess(
      'analyze',
      '--engine',
      'athena',
      '--athena-table',
      'logs.vpc',
      '--lookback',
      '2d',
      '--print-query',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^-- sg-flow-audit: one row per group/);
    expect(run.stdout).toContain('FROM "logs"."vpc"\n  WHERE "day" BETWEEN');
    expect(run.stdout.endsWith('bucket;\n')).toBe(true);
  });

  it('refuses --athena-create-table without the S3 folder of the day folders', () => {
    const clients = {
      ...motoClients(moto),
      athena: createAthenaClient({ region: MOTO_REGION, endpoint: moto.endpoint }),
    };
    expect(() =>
      athenaInput(clients, { createTable: true }, settings, {
        source: 's3://audit-logs/somewhere/',
      }),
    ).toThrow(
      "--source: to create the Athena table, give the folder of the day folders, such as s3://BUCKET/AWSLogs/ACCOUNT/vpcflowlogs/REGION/, got 's3://audit-logs/somewhere/'",
    );
  });
});
