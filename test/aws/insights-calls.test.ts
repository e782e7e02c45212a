/**
 * The Logs Insights calls against moto: StartQuery over a time range, then GetQueryResults until
 * the query completes, through the real SDK and HTTP. moto does not run `stats`, so the query
 * here is one it runs (`fields`); what the aggregation's answers give is tested in
 * test/sources/insights.test.ts.
 */
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRunner } from '../../src/sources/aggregates/insights.js';
import { startMoto, type MotoServer } from '../helpers/moto.js';
import { motoClients } from './aws-test-kit.js';

let moto: MotoServer;
beforeAll(async () => {
  moto = await startMoto();
}, 180_000);
afterAll(() => moto?.stop());

describe('the Logs Insights runner against moto', () => {
  it('starts a query over [start, end) and returns the rows of the events in it', async () => {
    const { logs } = motoClients(moto);
    const group = '/vpc/insights';
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'eni-1-all' }));
    const base = Date.UTC(2026, 10, 20);
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: group,
        logStreamName: 'eni-1-all',
        logEvents: [0, 1, 2, 3].map((i) => ({ timestamp: base + i * 60_000, message: `record ${i}` })),
      }),
    );
    const waits: number[] = [];
    const run = clientRunner(logs, group, async (ms) => {
      waits.push(ms);
    });
    // The first two minutes only: the end is exclusive.
    const rows = await run(
      'fields @timestamp, @message | sort @timestamp asc',
      base / 1000,
      base / 1000 + 120,
    );
    const messages = rows.map((fields) => fields.find((f) => f.field === '@message')?.value);
    expect(messages.sort()).toEqual(['record 0', 'record 1']);
  });

  it('names the log group when StartQuery is refused', async () => {
    const { logs } = motoClients(moto);
    const run = clientRunner(logs, '/vpc/no-such-group');
    await expect(run('fields @message', 0, 60)).rejects.toThrow(
      "no such CloudWatch Logs group '/vpc/no-such-group'",
    );
  });
});
