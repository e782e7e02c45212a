/**
 * `--engine insights`: the aggregate of columns.ts computed by CloudWatch Logs Insights over a log
 * group. Logs Insights has no conditional expression to compute who started a connection in one
 * pass, so the records are split by filters into three queries whose groups keep what the
 * analysis needs of them:
 *
 * - starts (SYN, or a service port on the destination side): the local port, and whether SYN was
 *   seen (`start-flags`) or the ports told (`start-port`);
 * - return traffic (SYN-ACK, or a service port on the source side) and records without data
 *   (NODATA, SKIPDATA): no ports, and no addresses when the format has `flow-direction`;
 * - the rest (both ports on one side of the ephemeral range, or not TCP, UDP or SCTP): both ports,
 *   judged by the analysis itself as a streamed record is.
 *
 * An answer has at most 10,000 rows; one that reaches the limit is thrown away and its time range
 * split in two, down to one chart bucket, so no group is ever cut off.
 */
import {
  GetQueryResultsCommand,
  StartQueryCommand,
  type CloudWatchLogsClient,
  type ResultField,
} from '@aws-sdk/client-cloudwatch-logs';
import { clientTarget } from '../../aws/clients.js';
import { rethrowAwsError } from '../../aws/errors.js';
import { sleep as realSleep } from '../../aws/util.js';
import { ConfigurationError } from '../../errors.js';
import type { ReaderSink } from '../file.js';
import type { RecordFormat } from '../format.js';
import type { InterfaceTable } from '../interfaces.js';
import type { EngineSummary } from './engine.js';
import { AggregateFeeder, type AggregateRow } from './rows.js';

/** Logs Insights returns at most this many rows per query. */
export const INSIGHTS_ROW_LIMIT = 10_000;

export type InsightsPart = 'starts' | 'responses' | 'rest';
export const INSIGHTS_PARTS: readonly InsightsPart[] = ['starts', 'responses', 'rest'];

export interface InsightsQueryOptions {
  format: RecordFormat;
  /** Records whose `start` is in [start, end), the streaming reader's rule. */
  window: { start: Date; end: Date };
  ephemeralStart: number;
  bucketSeconds: number;
}

/** The Logs Insights query of one part, over whatever time range StartQuery is given. */
export function insightsQuery(part: InsightsPart, options: InsightsQueryOptions): string {
  const fields = options.format.fields;
  const has = (f: string) => fields.includes(f);
  for (const required of [
    'interface-id',
    'srcaddr',
    'dstaddr',
    'srcport',
    'dstport',
    'protocol',
    'action',
    'log-status',
    'start',
  ])
    if (!has(required))
      throw new ConfigurationError(
        `--engine insights: the flow log's format has no ${required} field, which the query needs`,
      );
  const name = (f: string) => (f === 'end' ? 'end_time' : f.replace(/-/g, '_'));
  const parse = `parse @message "${fields.map(() => '*').join(' ')}" as ${fields.map(name).join(', ')}`;
  const e = Math.trunc(options.ephemeralStart);
  const flags = has('tcp-flags');
  const direction = has('flow-direction');
  const tcp = 'protocol = 6 and tcp_flags > 0';
  const syn = `${tcp} and floor(tcp_flags / 2) % 2 = 1`;
  const ack = 'floor(tcp_flags / 16) % 2';
  const portsTell = '(protocol = 6 or protocol = 17 or protocol = 132)';
  const startPort = `${portsTell} and dstport < ${e} and srcport >= ${e}`;
  const responsePort = `${portsTell} and srcport < ${e} and dstport >= ${e}`;
  const notFlagged = flags ? `not (${syn}) and ` : '';
  const ok = 'log_status = "OK"';
  const inWindow = `start >= ${Math.floor(options.window.start.getTime() / 1000)} and start < ${Math.floor(options.window.end.getTime() / 1000)}`;
  const filter =
    part === 'starts'
      ? `${ok} and (${flags ? `(${syn} and ${ack} = 0) or ` : ''}(${notFlagged}${startPort}))`
      : part === 'responses'
        ? `log_status != "OK" or (${flags ? `(${syn} and ${ack} = 1) or ` : ''}(${notFlagged}${responsePort}))`
        : `${ok} and ${notFlagged}not (${startPort}) and not (${responsePort})`;
  const keys = [
    'interface_id',
    ...(direction ? ['flow_direction'] : []),
    'protocol',
    'action',
    'log_status',
    'bucket',
  ];
  if (part === 'starts') keys.push('srcaddr', 'dstaddr', 'dstport', ...(flags ? ['syn'] : []));
  if (part === 'responses' && !direction) keys.push('srcaddr', 'dstaddr');
  if (part === 'rest') keys.push('srcaddr', 'dstaddr', 'srcport', 'dstport');
  const computed = [
    `floor(start / ${Math.trunc(options.bucketSeconds)}) as bucket`,
    ...(part === 'starts' && flags ? ['floor(tcp_flags / 2) % 2 as syn'] : []),
  ];
  const last = has('end') ? 'max(end_time)' : 'max(start)';
  return [
    parse,
    `filter ${inWindow}`,
    `filter ${filter}`,
    `fields ${computed.join(', ')}`,
    `stats count(*) as records, sum(packets) as packets, sum(bytes) as bytes, min(start) as first_start, ${last} as last_end by ${keys.join(', ')}`,
  ].join('\n| ');
}

/** An answer's row as an aggregate row, its initiator set by the part it came from. */
export function insightsRow(
  part: InsightsPart,
  fields: readonly ResultField[],
  flags: boolean,
): AggregateRow {
  const row: Record<string, string | undefined> = {};
  for (const f of fields) if (f.field !== undefined && !f.field.startsWith('@')) row[f.field] = f.value;
  if (part === 'starts') row['initiator'] = row['syn'] === '1' ? 'start-flags' : 'start-port';
  // The analysis judges these itself from both ports, as it would a streamed record.
  else if (part === 'rest') row['initiator'] = 'ports';
  else row['initiator'] = 'response';
  if (flags) row['flags_seen'] = '1';
  return row;
}

/** Runs one Logs Insights query over [start, end) and returns its rows (fields per row). */
export type InsightsRunner = (query: string, start: number, end: number) => Promise<ResultField[][]>;

/** The runner of a real client: StartQuery, then GetQueryResults until the query is done. */
export function clientRunner(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  sleep: (ms: number) => Promise<void> = realSleep,
): InsightsRunner {
  const target = clientTarget(logs);
  return async (queryString, start, end) => {
    let queryId: string | undefined;
    try {
      // StartQuery takes seconds, and its endTime is inclusive.
      queryId = (
        await logs.send(
          new StartQueryCommand({
            logGroupName,
            queryString,
            startTime: start,
            endTime: end - 1,
            limit: INSIGHTS_ROW_LIMIT,
          }),
        )
      ).queryId;
    } catch (e) {
      rethrowAwsError(e, { service: 'logs', operation: 'StartQuery', resource: logGroupName, ...target });
    }
    if (queryId === undefined) throw new ConfigurationError('Logs Insights StartQuery returned no query id');
    let wait = 250;
    for (;;) {
      let answer;
      try {
        answer = await logs.send(new GetQueryResultsCommand({ queryId }));
      } catch (e) {
        rethrowAwsError(e, { service: 'logs', operation: 'GetQueryResults', resource: queryId, ...target });
      }
      const status = answer.status;
      if (status === 'Complete') return answer.results ?? [];
      if (status === 'Failed' || status === 'Cancelled' || status === 'Timeout')
        throw new ConfigurationError(
          `Logs Insights query ${queryId} on ${logGroupName}: ${status.toLowerCase()}`,
        );
      await sleep(wait);
      wait = Math.min(wait * 2, 5_000);
    }
  };
}

/**
 * Runs the three parts over the window, splitting a range whose answer reached the row limit,
 * and feeds every row to the sink.
 */
export async function runInsightsAggregation(
  logs: CloudWatchLogsClient | InsightsRunner,
  options: InsightsQueryOptions & { logGroupName: string; rowLimit?: number },
  sink: ReaderSink,
  interfaces: InterfaceTable,
  summary: EngineSummary,
): Promise<void> {
  const run = typeof logs === 'function' ? logs : clientRunner(logs, options.logGroupName);
  const limit = options.rowLimit ?? INSIGHTS_ROW_LIMIT;
  const flags = options.format.fields.includes('tcp-flags');
  const feeder = new AggregateFeeder(`cloudwatch:${options.logGroupName} (Logs Insights)`, sink, interfaces);
  // Ranges split on bucket boundaries, so that most groups stay in one answer (a group in two
  // answers is two rows that add up, as two files' records do).
  const bucket = Math.max(1, Math.trunc(options.bucketSeconds));
  const start = Math.floor(options.window.start.getTime() / 1000);
  const end = Math.ceil(options.window.end.getTime() / 1000);
  for (const part of INSIGHTS_PARTS) {
    const query = insightsQuery(part, options);
    const ranges: [number, number][] = [[start, end]];
    while (ranges.length > 0) {
      const [from, to] = ranges.shift() as [number, number];
      const rows = await run(query, from, to);
      summary.queries++;
      if (rows.length >= limit) {
        const middle = Math.floor((from + (to - from) / 2) / bucket) * bucket;
        if (middle > from && middle < to) {
          ranges.unshift([from, middle], [middle, to]);
          continue;
        }
        throw new ConfigurationError(
          `Logs Insights: more than ${limit} groups of ${part} in one chart bucket (${new Date(from * 1000).toISOString()}): ` +
            'use --engine athena or stream the logs',
        );
      }
      for (const fields of rows) feeder.row(insightsRow(part, fields, flags));
      summary.rows += rows.length;
    }
  }
  feeder.done();
}
