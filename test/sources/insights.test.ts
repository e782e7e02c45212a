/**
 * `--engine insights`: the three Logs Insights queries' answers, fed back, give the streaming
 * report. Logs Insights cannot run here, so its answers are made the way it would make them: in
 * DuckDB over a view with the log group's parsed fields, one `stats … by` per part with the same
 * filters and groups as the generated query (a fixture of the `stats` result shape, per time
 * range). The row limit is lowered so that the window is split, as a 10,000-row answer would be.
 */
import type { ResultField } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { makeFormat, FIELDS_BY_VERSION } from '../../src/sources/format.js';
import {
  insightsQuery,
  runInsightsAggregation,
  type InsightsPart,
} from '../../src/sources/aggregates/insights.js';
import type { EngineSummary } from '../../src/sources/aggregates/engine.js';
import { athenaTable, type AthenaTable } from '../helpers/athena-duckdb.js';
import { makeWorld } from '../helpers/world.js';
import { WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';
import { collectorFeed } from '../helpers/collector-feed.js';

const NOW = new Date('2026-11-26T00:00:00Z');
const config = defaultConfig();
const window = {
  start: new Date(WINDOW_START * 1000),
  end: new Date((WINDOW_START + WINDOW_SECONDS) * 1000),
};
const E = config['ephemeral-port-start'];
const BUCKET = config.thresholds['bucket-seconds'];

/** What Logs Insights answers for one part's query over [from, to): its `stats` rows. */
function partSql(part: InsightsPart, flags: boolean, direction: boolean, from: number, to: number): string {
  const syn = 'protocol = 6 AND tcp_flags > 0 AND mod(floor(tcp_flags / 2), 2) = 1';
  const ack = 'mod(floor(tcp_flags / 16), 2)';
  const tell = 'protocol IN (6, 17, 132)';
  const startPort = `(${tell} AND dstport < ${E} AND srcport >= ${E})`;
  const responsePort = `(${tell} AND srcport < ${E} AND dstport >= ${E})`;
  const notFlagged = flags ? `NOT coalesce(${syn}, false) AND ` : '';
  const filter =
    part === 'starts'
      ? `log_status = 'OK' AND (${flags ? `(${syn} AND ${ack} = 0) OR ` : ''}(${notFlagged}${startPort}))`
      : part === 'responses'
        ? `log_status != 'OK' OR (${flags ? `(${syn} AND ${ack} = 1) OR ` : ''}(${notFlagged}coalesce(${responsePort}, false)))`
        : `log_status = 'OK' AND ${notFlagged}NOT coalesce(${startPort}, false) AND NOT coalesce(${responsePort}, false)`;
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
  return `SELECT ${keys.join(', ')}, count(*) AS records, sum(packets) AS packets, sum(bytes) AS bytes,
      min(start) AS first_start, max("end") AS last_end
    FROM (SELECT *, CAST(floor(start / ${BUCKET}) AS BIGINT) AS bucket, mod(floor(tcp_flags / 2), 2) AS syn FROM flow_logs)
    WHERE start >= ${from} AND start < ${to} AND (${filter})
    GROUP BY ${keys.join(', ')}`;
}

function verdicts(report: Report) {
  const { input: _input, ...rest } = report;
  return rest;
}

const tables: AthenaTable[] = [];
afterAll(() => tables.forEach((t) => t.close()));

describe.each([
  { version: 5, seed: 7 },
  { version: 2, seed: 11 },
])('a v$version world read through Logs Insights', ({ version, seed }) => {
  const world = makeWorld({ format: version === 5 ? 'v5' : 'v2', seed, records: 30_000 });
  const format = makeFormat([
    ...(FIELDS_BY_VERSION[2] ?? []),
    ...(version === 5 ? ['tcp-flags', 'flow-direction'] : []),
  ]);

  it('gives the streaming report, with the window split where an answer reached the row limit', async () => {
    const table = await athenaTable(world.logs, { inMemory: true });
    tables.push(table);
    const queries: string[] = [];
    const runner = async (query: string, from: number, to: number): Promise<ResultField[][]> => {
      queries.push(query);
      const part = (['starts', 'responses', 'rest'] as const).find(
        (p) => query === insightsQuery(p, { format, window, ephemeralStart: E, bucketSeconds: BUCKET }),
      );
      if (part === undefined) throw new Error(`not one of the generated queries: ${query}`);
      const rows = (
        await table.connection.runAndReadAll(partSql(part, version === 5, version === 5, from, to))
      ).getRowObjects();
      return rows.map((row) =>
        Object.entries(row)
          .filter(([, value]) => value !== null)
          .map(([field, value]) => ({ field, value: String(value) })),
      );
    };
    const summary: EngineSummary = { name: 'insights', queries: 0, rows: 0, queryIds: [] };
    const streamed = await analyze({
      flowLogs: [world.logs],
      inventoryDir: world.inventory,
      config,
      now: NOW,
    });
    const viaInsights = await collectorFeed(world.inventory, config, NOW, (sink, interfaces) =>
      runInsightsAggregation(
        runner,
        {
          logGroupName: 'flow-logs',
          format,
          window,
          ephemeralStart: E,
          bucketSeconds: BUCKET,
          rowLimit: 6_000,
        },
        sink,
        interfaces,
        summary,
      ),
    );
    expect(verdicts(viaInsights)).toEqual(verdicts(streamed));
    expect(viaInsights.input.records).toBe(streamed.input.records);
    // Three parts, and at least one of them split at the lowered row limit.
    expect(summary.queries).toBeGreaterThan(3);
    expect(summary.rows).toBeLessThan(world.truth.records);
  });
});

describe('the Logs Insights query', () => {
  const v5 = makeFormat([...(FIELDS_BY_VERSION[2] ?? []), 'tcp-flags', 'flow-direction']);
  it('parses the format, filters by the window and groups starts by their local port', () => {
    expect(insightsQuery('starts', { format: v5, window, ephemeralStart: 32768, bucketSeconds: 3600 })).toBe(
      [
        'parse @message "* * * * * * * * * * * * * * * *" as version, account_id, interface_id, srcaddr, dstaddr, srcport, dstport, protocol, packets, bytes, start, end_time, action, log_status, tcp_flags, flow_direction',
        'filter start >= 1795046400 and start < 1795651200',
        'filter log_status = "OK" and ((protocol = 6 and tcp_flags > 0 and floor(tcp_flags / 2) % 2 = 1 and floor(tcp_flags / 16) % 2 = 0) or (not (protocol = 6 and tcp_flags > 0 and floor(tcp_flags / 2) % 2 = 1) and (protocol = 6 or protocol = 17 or protocol = 132) and dstport < 32768 and srcport >= 32768))',
        'fields floor(start / 3600) as bucket, floor(tcp_flags / 2) % 2 as syn',
        'stats count(*) as records, sum(packets) as packets, sum(bytes) as bytes, min(start) as first_start, max(end_time) as last_end by interface_id, flow_direction, protocol, action, log_status, bucket, srcaddr, dstaddr, dstport, syn',
      ].join('\n| '),
    );
  });

  it('names the missing field of a format it cannot aggregate', () => {
    expect(() =>
      insightsQuery('rest', {
        format: makeFormat(['version', 'srcaddr']),
        window,
        ephemeralStart: 32768,
        bucketSeconds: 3600,
      }),
    ).toThrow("--engine insights: the flow log's format has no interface-id field, which the query needs");
  });
});
