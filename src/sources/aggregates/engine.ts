/**
 * `--engine athena` and `--engine insights`: the window's records aggregated where they live, and
 * the rows that come back fed to the analysis through the same sink as streamed records.
 */
import type { AthenaClient } from '@aws-sdk/client-athena';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { S3Client } from '@aws-sdk/client-s3';
import { ConfigurationError } from '../../errors.js';
import type { ReaderSink } from '../file.js';
import type { InputEngine } from '../stats.js';
import type { RecordFormat } from '../format.js';
import type { InterfaceTable } from '../interfaces.js';
import { readAthenaResult, runAthenaQuery } from './athena.js';
import {
  aggregateQuery,
  createTableStatement,
  DEFAULT_PARTITION,
  parsePartition,
  type DatePartition,
} from './athena-sql.js';
import { runInsightsAggregation } from './insights.js';
import { DEFAULT_ATHENA_TABLE, type AthenaFlags } from './engine-flags.js';

export { DEFAULT_ATHENA_TABLE, parseEngine, type AthenaFlags, type EngineName } from './engine-flags.js';

/** What a query engine did, for the report's `input.engine`. */
export type EngineSummary = InputEngine;

export interface EngineInput {
  summary: EngineSummary;
  feed(sink: ReaderSink, interfaces: InterfaceTable): Promise<void>;
}

/** The analysis settings a query depends on. */
export interface QuerySettings {
  window: { start: Date; end: Date };
  ephemeralStart: number;
  bucketSeconds: number;
}

/** The aggregation SQL for the flags, as `--print-query` prints it. */
export function athenaQueryFor(flags: AthenaFlags, settings: QuerySettings): string {
  return aggregateQuery({
    table: flags.table ?? DEFAULT_ATHENA_TABLE,
    window: settings.window,
    ephemeralStart: settings.ephemeralStart,
    bucketSeconds: settings.bucketSeconds,
    // The table created has AWS's partition projection: the default partition.
    partition: flags.createTable ? DEFAULT_PARTITION : parsePartition(flags.partition),
  });
}

/** Parses `--athena-storage`. */
function storageOf(text: string | undefined): 'text' | 'parquet' {
  if (text === undefined || text === 'text' || text === 'parquet') return text ?? 'text';
  throw new ConfigurationError(`--athena-storage: expected text or parquet, got '${text.slice(0, 64)}'`);
}

/** Athena: creates the table when asked, runs the aggregation, reads the result CSV from S3. */
export function athenaInput(
  clients: { athena: AthenaClient; s3: S3Client },
  flags: AthenaFlags,
  settings: QuerySettings,
  context: { source?: string | undefined; format?: RecordFormat | undefined },
): EngineInput {
  const summary: EngineSummary = { name: 'athena', queries: 0, rows: 0, bytesScanned: 0, queryIds: [] };
  const options = { workgroup: flags.workgroup, output: flags.output };
  const sql = athenaQueryFor(flags, settings);
  let create: string | undefined;
  if (flags.createTable) {
    if (context.source === undefined || !context.source.startsWith('s3://'))
      throw new ConfigurationError(
        "--athena-create-table: give the flow logs' S3 folder with --source s3://BUCKET/AWSLogs/ACCOUNT/vpcflowlogs/REGION/",
      );
    create = createTableStatement({
      table: flags.table ?? DEFAULT_ATHENA_TABLE,
      location: context.source,
      storage: storageOf(flags.storage),
      fields: context.format?.fields,
      since: new Date(settings.window.start.getTime() - 86_400_000),
    });
  }
  return {
    summary,
    async feed(sink, interfaces) {
      if (create !== undefined) {
        const database = (flags.table ?? DEFAULT_ATHENA_TABLE).split('.');
        if (database.length === 2) {
          const made = await runAthenaQuery(
            clients.athena,
            `CREATE DATABASE IF NOT EXISTS \`${database[0]}\``,
            options,
          );
          summary.queries++;
          summary.queryIds.push(made.queryExecutionId);
        }
        const table = await runAthenaQuery(clients.athena, create, options);
        summary.queries++;
        summary.queryIds.push(table.queryExecutionId);
      }
      const result = await runAthenaQuery(clients.athena, sql, options);
      summary.queries++;
      summary.queryIds.push(result.queryExecutionId);
      summary.bytesScanned = (summary.bytesScanned ?? 0) + result.bytesScanned;
      summary.rows += await readAthenaResult(clients.s3, result, sink, interfaces);
    },
  };
}

/** Logs Insights over a log group, the window split until no answer is cut at the row limit. */
export function insightsInput(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  format: RecordFormat,
  settings: QuerySettings,
): EngineInput {
  const summary: EngineSummary = { name: 'insights', queries: 0, rows: 0, queryIds: [] };
  return {
    summary,
    async feed(sink, interfaces) {
      await runInsightsAggregation(logs, { logGroupName, format, ...settings }, sink, interfaces, summary);
    },
  };
}

export type { DatePartition };
