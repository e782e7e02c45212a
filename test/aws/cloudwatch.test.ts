/**
 * Flow logs in CloudWatch Logs: the generated world's records put into a log group as events
 * (one stream per interface, as VPC Flow Logs writes them) must read exactly as the same files
 * read from disk. Paging, the window's edges, throttling (through a proxy in front of moto and
 * with a fake client) and missing or forbidden groups.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  AccessDeniedException,
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  PutLogEventsCommand,
  ThrottlingException,
  type FilterLogEventsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogsClient } from '../../src/aws/clients.js';
import { backoffDelay, readCloudWatch, type FilterLogEventsApi } from '../../src/sources/cloudwatch.js';
import type { ReaderSink } from '../../src/sources/file.js';
import { DEFAULT_FIELDS, makeFormat } from '../../src/sources/format.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import type { FlowRecord } from '../../src/sources/record.js';
import { InputCounter, type InputSummary } from '../../src/sources/stats.js';
import { readLocalFile } from '../../src/sources/file.js';
import { ConfigurationError } from '../../src/errors.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { motoClients } from './aws-test-kit.js';
import { startThrottlingProxy } from './throttle-proxy.js';

const GROUP = '/vpc/flow-logs';
const FORMAT = makeFormat(DEFAULT_FIELDS);

let moto: MotoServer;
let logs: CloudWatchLogsClient;
let paths: string[] = [];
/** Event timestamps of the world's records: [base, base + records). */
let base = 0;
let records = 0;
/** Two interfaces and how many records each has. */
let someInterfaces: string[] = [];

const counts = (s: InputSummary) => ({
  records: s.records,
  accepted: s.accepted,
  rejected: s.rejected,
  noData: s.noData,
  skipData: s.skipData,
  malformed: s.malformed,
  firstStart: s.firstStart,
  lastEnd: s.lastEnd,
  fields: s.fields,
});

/** Counts only the records of some interfaces (what reading their log streams should give). */
class InterfaceFilter implements ReaderSink {
  readonly counter = new InputCounter();
  constructor(
    private readonly table: InterfaceTable,
    private readonly keep: Set<string>,
  ) {}
  record(r: FlowRecord): void {
    if (r.interfaceIndex >= 0 && this.keep.has(this.table.name(r.interfaceIndex))) this.counter.record(r);
  }
  malformed(file: string, line: number, message: string): void {
    this.counter.malformed(file, line, message);
  }
  fileError(file: string, message: string): void {
    this.counter.fileError(file, message);
  }
  fileRead(fields: readonly string[], file?: string): void {
    this.counter.fileRead(fields, file);
  }
}

async function localCounts(keep?: Set<string>): Promise<InputSummary> {
  const table = new InterfaceTable();
  const sink = keep ? new InterfaceFilter(table, keep) : new InputCounter();
  for (const p of paths) await readLocalFile(p, sink, { interfaces: table });
  return sink instanceof InputCounter ? sink.summary : sink.counter.summary;
}

async function putEvents(stream: string, events: { timestamp: number; message: string }[]): Promise<void> {
  await logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
  // PutLogEvents takes at most 10,000 events and 1 MB per call.
  for (let i = 0; i < events.length; i += 2000) {
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: stream,
        logEvents: events.slice(i, i + 2000),
      }),
    );
  }
}

beforeAll(async () => {
  moto = await startMoto();
  logs = motoClients(moto).logs;
  const world = makeWorld({ format: 'v2', seed: 7, records: 5000, files: 4 });
  const names = await readdir(world.logs, { recursive: true });
  paths = names
    .filter((n) => n.endsWith('.gz'))
    .map((n) => join(world.logs, n))
    .sort();

  // moto, like CloudWatch, refuses events older than 14 days: the events get recent timestamps.
  base = Date.now() - 30 * 60_000;
  const byStream = new Map<string, { timestamp: number; message: string }[]>();
  for (const path of paths) {
    const lines = gunzipSync(await readFile(path))
      .toString('utf8')
      .split('\n')
      .slice(1);
    for (const message of lines) {
      if (message === '') continue;
      const stream = `${message.split(' ')[2]}-all`;
      const list = byStream.get(stream) ?? [];
      list.push({ timestamp: base + records++, message });
      byStream.set(stream, list);
    }
  }
  await logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const [stream, events] of byStream) await putEvents(stream, events);
  // Valid records just outside the window on both sides.
  const outside = [...byStream.values()][0]?.[0]?.message ?? '';
  await putEvents('eni-0000000000outside-all', [
    { timestamp: base - 60_000, message: outside },
    { timestamp: base + records, message: outside },
  ]);
  someInterfaces = [...byStream.keys()].slice(0, 2).map((s) => s.replace(/-all$/, ''));
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

const window = () => ({ logGroupName: GROUP, start: new Date(base), end: new Date(base + records) });

describe('readCloudWatch against moto', () => {
  it('counts exactly the records that reading the same files from disk counts', async () => {
    const counter = new InputCounter();

    const result = await readCloudWatch(logs, { ...window(), pageSize: 1000 }, counter, {
      interfaces: new InterfaceTable(),
      format: FORMAT,
    });

    expect(records).toBe(5000);
    expect(result).toEqual({ events: 5000, pages: 5, throttleRetries: 0 });
    expect(counts(counter.summary)).toEqual(counts(await localCounts()));
    expect(counter.summary.files).toBe(1);
    expect(counter.summary.firstFile).toBe(`cloudwatch:${GROUP}`);
    expect(counter.summary.errors).toEqual([]);
  });

  it('reads only the named log streams', async () => {
    const counter = new InputCounter();

    await readCloudWatch(
      logs,
      { ...window(), logStreamNames: someInterfaces.map((eni) => `${eni}-all`) },
      counter,
      { interfaces: new InterfaceTable(), format: FORMAT },
    );

    const local = await localCounts(new Set(someInterfaces));
    expect(local.records).toBeGreaterThan(0);
    expect(counts(counter.summary)).toEqual({ ...counts(local), fields: [...DEFAULT_FIELDS] });
  });

  it('backs off and goes on when FilterLogEvents keeps being throttled', async () => {
    const proxy = await startThrottlingProxy(moto.endpoint, 'FilterLogEvents', 3);
    const slept: number[] = [];
    try {
      // Standard retries: the factory's adaptive mode would also slow each send down client-side
      // after throttling, which is right against AWS but only makes this test slow.
      const client = new CloudWatchLogsClient({
        region: MOTO_REGION,
        endpoint: proxy.endpoint,
        maxAttempts: 1,
      });
      const counter = new InputCounter();

      const result = await readCloudWatch(
        client,
        { ...window(), sleep: async (ms) => void slept.push(ms), random: () => 0.5 },
        counter,
        { interfaces: new InterfaceTable(), format: FORMAT },
      );

      expect(proxy.throttled).toBe(3);
      expect(slept).toEqual([500, 1000, 2000]);
      expect(result).toEqual({ events: 5000, pages: 1, throttleRetries: 3 });
      expect(counts(counter.summary)).toEqual(counts(await localCounts()));
    } finally {
      await proxy.stop();
    }
  });

  it('lets the SDK retry a single throttled call itself', async () => {
    const proxy = await startThrottlingProxy(moto.endpoint, 'FilterLogEvents', 1);
    try {
      const client = createLogsClient({ region: MOTO_REGION, endpoint: proxy.endpoint, maxAttempts: 2 });
      const slept: number[] = [];

      const result = await readCloudWatch(
        client,
        { ...window(), sleep: async (ms) => void slept.push(ms) },
        new InputCounter(),
        { interfaces: new InterfaceTable(), format: FORMAT },
      );

      expect(proxy.throttled).toBe(1);
      expect(slept).toEqual([]);
      expect(result.events).toBe(5000);
    } finally {
      await proxy.stop();
    }
  });

  it('names a log group that does not exist', async () => {
    const failure = readCloudWatch(
      logs,
      { ...window(), logGroupName: '/vpc/no-such-group' },
      new InputCounter(),
      { interfaces: new InterfaceTable(), format: FORMAT },
    );

    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(
      "no such CloudWatch Logs group '/vpc/no-such-group' in region 'us-east-1': check --source and --region",
    );
  });
});

/** A client that answers from a script of pages and errors, recording the requests. */
function scriptedClient(script: (FilterLogEventsCommandOutput | Error)[]): FilterLogEventsApi & {
  inputs: FilterLogEventsCommand['input'][];
} {
  const inputs: FilterLogEventsCommand['input'][] = [];
  return {
    inputs,
    async send(command: FilterLogEventsCommand) {
      inputs.push(command.input);
      const next = script.shift();
      if (next === undefined) throw new Error('no more scripted answers');
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

const page = (messages: string[], nextToken?: string): FilterLogEventsCommandOutput => ({
  $metadata: {},
  events: messages.map((message, i) => ({ message, timestamp: i })),
  ...(nextToken !== undefined ? { nextToken } : {}),
});

const throttled = () =>
  new ThrottlingException({ $metadata: { httpStatusCode: 400, attempts: 6 }, message: 'Rate exceeded' });

const RECORD =
  '2 123456789012 eni-0a1b2c3d4e5f60718 198.51.100.7 10.0.1.10 50000 443 6 3 180 1795600000 1795600060 ACCEPT OK';

describe('readCloudWatch paging and backoff', () => {
  it('follows nextToken through empty pages', async () => {
    const client = scriptedClient([
      page([], 't1'),
      page([], 't2'),
      page([RECORD, RECORD], 't3'),
      page([RECORD]),
    ]);
    const counter = new InputCounter();

    const result = await readCloudWatch(
      client,
      { logGroupName: 'g', start: new Date(1000), end: new Date(2000) },
      counter,
      { interfaces: new InterfaceTable(), format: FORMAT },
    );

    expect(result).toEqual({ events: 3, pages: 4, throttleRetries: 0 });
    expect(counter.summary.records).toBe(3);
    expect(client.inputs).toEqual([
      { logGroupName: 'g', startTime: 1000, endTime: 1999 },
      { logGroupName: 'g', startTime: 1000, endTime: 1999, nextToken: 't1' },
      { logGroupName: 'g', startTime: 1000, endTime: 1999, nextToken: 't2' },
      { logGroupName: 'g', startTime: 1000, endTime: 1999, nextToken: 't3' },
    ]);
  });

  it('retries the same page after throttling, with growing jittered waits', async () => {
    const client = scriptedClient([page([RECORD], 't1'), throttled(), throttled(), page([RECORD])]);
    const slept: number[] = [];

    const result = await readCloudWatch(
      client,
      {
        logGroupName: 'g',
        start: new Date(0),
        end: new Date(10),
        sleep: async (ms) => void slept.push(ms),
        random: () => 1,
      },
      new InputCounter(),
      { interfaces: new InterfaceTable(), format: FORMAT },
    );

    expect(result).toEqual({ events: 2, pages: 2, throttleRetries: 2 });
    expect(slept).toEqual([1000, 2000]);
    expect(client.inputs.map((i) => i.nextToken)).toEqual([undefined, 't1', 't1', 't1']);
  });

  it('gives up with one clear line when throttling outlasts the retries', async () => {
    const client = scriptedClient([throttled(), throttled(), throttled()]);

    const failure = readCloudWatch(
      client,
      {
        logGroupName: 'g',
        start: new Date(0),
        end: new Date(10),
        maxThrottleRetries: 2,
        sleep: async () => {},
      },
      new InputCounter(),
      { interfaces: new InterfaceTable(), format: FORMAT },
    );

    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(
      'throttled by CloudWatch Logs FilterLogEvents after 18 attempts: try again later, lower the read concurrency, ' +
        "or raise the account's API rate limit",
    );
  });

  it('names logs:FilterLogEvents when reading the group is denied', async () => {
    const client = scriptedClient([
      new AccessDeniedException({ $metadata: { httpStatusCode: 400 }, message: 'User is not authorized' }),
    ]);

    await expect(
      readCloudWatch(
        client,
        { logGroupName: 'g', start: new Date(0), end: new Date(10) },
        new InputCounter(),
        {
          interfaces: new InterfaceTable(),
          format: FORMAT,
        },
      ),
    ).rejects.toThrow(
      'access denied: CloudWatch Logs FilterLogEvents on g needs the IAM permission logs:FilterLogEvents; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md)',
    );
  });

  it('reads at most 100 log streams per call', async () => {
    const streams = Array.from({ length: 150 }, (_, i) => `eni-${String(i).padStart(17, '0')}-all`);
    const client = scriptedClient([page([RECORD]), page([RECORD])]);

    await readCloudWatch(
      client,
      { logGroupName: 'g', start: new Date(0), end: new Date(10), logStreamNames: streams },
      new InputCounter(),
      {
        interfaces: new InterfaceTable(),
        format: FORMAT,
      },
    );

    expect(client.inputs.map((i) => i.logStreamNames?.length)).toEqual([100, 50]);
  });

  it('waits with full jitter under an exponential ceiling of at most 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffDelay(3, () => 0)).toBe(0);
  });
});
