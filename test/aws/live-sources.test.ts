/**
 * Where live records come from, against a moto server: one flow log per interface when a VPC has
 * several (S3 and CloudWatch Logs, VPC and subnet), and S3 records cut to the window the way
 * CloudWatch Logs cuts its events.
 *
 * The generated world (v5, seed 7) is built in moto by moto-world.ts. Its records are moved in
 * time so that they end two hours ago (moto, like AWS, refuses log events older than 14 days),
 * then delivered as AWS delivers them: to S3 in objects of three hours under day folders, named
 * after the flow log, and to CloudWatch Logs as one stream per interface whose event timestamps
 * are the records' `start` (AWS VPC user guide, "Publish flow logs to CloudWatch Logs").
 */
import { DEFAULT_FIELDS } from '../../src/sources/format.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import {
  CreateFlowLogsCommand,
  DeleteFlowLogsCommand,
  DescribeFlowLogsCommand,
  DescribeNetworkInterfacesCommand,
  type CreateFlowLogsCommandInput,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/aws/clients.js';
import { defaultConfig } from '../../src/config.js';
import type { LiveOptions } from '../../src/live-options.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { flowLogIdInKey } from '../../src/sources/flow-log-filter.js';
import { emptyRecord } from '../../src/sources/record.js';
import { startsInWindow, WindowCut } from '../../src/sources/window.js';
import { MOTO_ACCOUNT, MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';
import { motoClients } from './aws-test-kit.js';
import { putWorldInMoto, type MotoWorld } from './moto-world.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
/** The report schema in docs/, which documents `input.sources` and `input.outsideWindow`. */
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as object,
);

const HOUR = 3600;
const DAY = 86_400;
/** The version 2 fields: a format without tcp-flags and flow-direction. */
const V2_FIELDS = DEFAULT_FIELDS;
const ROLE = 'arn:aws:iam::123456789012:role/flow-logs';

let moto: MotoServer;
let clients: AwsClients;
let inMoto: MotoWorld;
/** The world's v5 fields. */
let header: string[] = [];
/** Every record of the world, moved in time, split into its fields. */
let records: string[][] = [];
/** Where the moved records start and end (Unix seconds). */
let dataStart = 0;
let dataEnd = 0;
/** The inventory's interfaces in moto, with their subnets. */
let inventory: { interfaceId: string; subnetId: string }[] = [];

const column = (name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no ${name} field`);
  return i;
};
const startOf = (f: string[]) => Number(f[column('start')]);
const interfaceOf = (f: string[]) => f[column('interface-id')] as string;
const format = (fields: readonly string[]) => fields.map((n) => `\${${n}}`).join(' ');

/** The records projected onto some fields, as log lines. */
const lines = (rows: string[][], fields: readonly string[]) =>
  rows.map((f) => fields.map((n) => f[column(n)]).join(' '));

/**
 * Puts records into a bucket as AWS delivers a flow log's records: one gzip object per three
 * hours of `start`, under the day folder, named after the flow log. Returns the keys.
 */
async function deliverToS3(
  bucket: string,
  flowLogId: string,
  rows: string[][],
  fields: readonly string[] = header,
): Promise<string[]> {
  const slots = new Map<number, string[][]>();
  for (const f of rows) {
    const slot = Math.floor(startOf(f) / (3 * HOUR)) * 3 * HOUR;
    slots.set(slot, [...(slots.get(slot) ?? []), f]);
  }
  const keys: string[] = [];
  for (const [slot, inSlot] of [...slots].sort((a, b) => a[0] - b[0])) {
    const iso = new Date(slot * 1000).toISOString();
    const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
    const stamp = `${y}${m}${d}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
    const hash = createHash('sha256').update(`${bucket}/${flowLogId}/${slot}`).digest('hex').slice(0, 8);
    const key =
      `AWSLogs/${MOTO_ACCOUNT}/vpcflowlogs/${MOTO_REGION}/${y}/${m}/${d}/` +
      `${MOTO_ACCOUNT}_vpcflowlogs_${MOTO_REGION}_${flowLogId}_${stamp}_${hash}.log.gz`;
    const body = gzipSync(`${[fields.join(' '), ...lines(inSlot, fields)].join('\n')}\n`);
    await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    keys.push(key);
  }
  return keys;
}

/** Puts records into a log group as VPC Flow Logs does: a stream per interface, stamped `start`. */
async function deliverToCloudWatch(logGroupName: string, rows: string[][]): Promise<void> {
  const streams = new Map<string, { timestamp: number; message: string }[]>();
  for (const f of [...rows].sort((a, b) => startOf(a) - startOf(b))) {
    const name = `${interfaceOf(f)}-all`;
    streams.set(name, [...(streams.get(name) ?? []), { timestamp: startOf(f) * 1000, message: f.join(' ') }]);
  }
  for (const [logStreamName, events] of streams) {
    await clients.logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
    for (let i = 0; i < events.length; i += 2000) {
      const out = await clients.logs.send(
        new PutLogEventsCommand({ logGroupName, logStreamName, logEvents: events.slice(i, i + 2000) }),
      );
      expect(out.rejectedLogEventsInfo ?? {}).toEqual({});
    }
  }
}

/** Replaces every flow log in moto with these; returns their ids, in order. */
async function useFlowLogs(...flowLogs: CreateFlowLogsCommandInput[]): Promise<string[]> {
  const existing = (await clients.ec2.send(new DescribeFlowLogsCommand({}))).FlowLogs ?? [];
  if (existing.length > 0)
    await clients.ec2.send(new DeleteFlowLogsCommand({ FlowLogIds: existing.map((f) => f.FlowLogId ?? '') }));
  const ids: string[] = [];
  for (const input of flowLogs) {
    const out = await clients.ec2.send(new CreateFlowLogsCommand(input));
    expect(out.Unsuccessful ?? []).toEqual([]);
    ids.push(...(out.FlowLogIds ?? []));
  }
  return ids;
}

/** {@link useFlowLogs} with two flow logs, whose ids it returns. */
async function useTwoFlowLogs(
  a: CreateFlowLogsCommandInput,
  b: CreateFlowLogsCommandInput,
): Promise<[string, string]> {
  const [first, second] = await useFlowLogs(a, b);
  return [first as string, second as string];
}

const toS3 = (bucket: string, fields: readonly string[], resourceId = inMoto.vpcId) =>
  ({
    ResourceType: resourceId.startsWith('subnet-') ? 'Subnet' : 'VPC',
    ResourceIds: [resourceId],
    TrafficType: 'ALL',
    LogDestinationType: 's3',
    // moto takes the whole "bucket/prefix" for the bucket name: the logs are at the bucket's root.
    LogDestination: `arn:aws:s3:::${bucket}`,
    LogFormat: format(fields),
  }) satisfies CreateFlowLogsCommandInput;

const toCloudWatch = (logGroupName: string, resourceId = inMoto.vpcId) =>
  ({
    ResourceType: resourceId.startsWith('subnet-') ? 'Subnet' : 'VPC',
    ResourceIds: [resourceId],
    TrafficType: 'ALL',
    LogGroupName: logGroupName,
    DeliverLogsPermissionArn: ROLE,
    LogFormat: format(header),
  }) satisfies CreateFlowLogsCommandInput;

/** A live run at `now` (Unix seconds) over `lookback` seconds. */
function runLive(source: string, now = dataEnd + HOUR, lookback = 8 * DAY, more: Partial<LiveOptions> = {}) {
  return analyze({
    flowLogs: [],
    live: {
      source,
      region: MOTO_REGION,
      lookbackMs: lookback * 1000,
      vpcId: inMoto.vpcId,
      endpointUrl: moto.endpoint,
      ...more,
    },
    config: defaultConfig(),
    now: new Date(now * 1000),
  });
}

/** The records of each interface that has any, as the report counts them. */
const recordsByInterface = (report: Report) =>
  Object.fromEntries(
    (report.traffic.interfaces ?? []).filter((n) => n.records > 0).map((n) => [n.interfaceId, n.records]),
  );

/** The records of each interface in the data, for those with any. */
function expectedByInterface(rows: string[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of rows) counts[interfaceOf(f)] = (counts[interfaceOf(f)] ?? 0) + 1;
  return counts;
}

/** What must not depend on which destination the records were read from. */
function expectSameAnalysis(got: Report, want: Report): void {
  expect(got.rules).toEqual(want.rules);
  expect(got.findings).toEqual(want.findings);
  expect(got.window).toEqual(want.window);
  expect(got.summary).toEqual(want.summary);
  expect(got.traffic).toEqual(want.traffic);
  const counts = ({
    records: n,
    accepted,
    rejected,
    noData,
    skipData,
    malformed,
    unknownInterfaces,
  }: Report['input']) => ({ records: n, accepted, rejected, noData, skipData, malformed, unknownInterfaces });
  expect(counts(got.input)).toEqual(counts(want.input));
  expect(got.input.errors).toEqual([]);
}

beforeAll(async () => {
  moto = await startMoto();
  clients = motoClients(moto);
  const world = makeWorld({ format: 'v5', seed: 7, records: 10_000 });
  inMoto = await putWorldInMoto(clients, world, 'world-as-generated', (groupName, kept, all) =>
    expect(kept, `${groupName} keeps moto's default egress rule`).toBe(all - 1),
  );
  header = inMoto.logs[0]?.header ?? [];
  // Whole hours, so that the moved records fall into the same hours and three-hour objects.
  dataEnd = (Math.floor(Date.now() / 1000 / HOUR) - 2) * HOUR;
  const shift = dataEnd - (WINDOW_START + WINDOW_SECONDS);
  dataStart = WINDOW_START + shift;
  records = inMoto.logs.flatMap((l) =>
    l.records.map((f) => {
      const moved = [...f];
      for (const name of ['start', 'end']) moved[column(name)] = String(Number(f[column(name)]) + shift);
      return moved;
    }),
  );
  const described = await clients.ec2.send(
    new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'vpc-id', Values: [inMoto.vpcId] }] }),
  );
  inventory = (described.NetworkInterfaces ?? []).map((n) => ({
    interfaceId: n.NetworkInterfaceId ?? '',
    subnetId: n.SubnetId ?? '',
  }));

  for (const bucket of ['both-s3', 'v2-s3', 'shared-s3'])
    await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const logGroupName of ['/vpc/both', '/vpc/subnet'])
    await clients.logs.send(new CreateLogGroupCommand({ logGroupName }));
  // Every record once in both-s3 and /vpc/both, once without the initiator fields in v2-s3.
  await deliverToS3('both-s3', 'fl-0000000000000000a', records);
  await deliverToCloudWatch('/vpc/both', records);
  await deliverToS3('v2-s3', 'fl-0000000000000000b', records, V2_FIELDS);
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

describe('--source auto with several flow logs of the same interfaces', () => {
  it('an S3 and a CloudWatch Logs flow log of the VPC: every record once, read from S3', async () => {
    const [s3Id, cwId] = await useTwoFlowLogs(toS3('both-s3', header), toCloudWatch('/vpc/both'));
    const both = await runLive('auto');
    await useFlowLogs(toS3('both-s3', header));
    const s3Only = await runLive('auto');
    await useFlowLogs(toCloudWatch('/vpc/both'));
    const cloudWatchOnly = await runLive('auto');

    // Not doubled: the same analysis as either flow log alone, and each record of the data once.
    expect(both.input.records).toBe(records.length);
    expectSameAnalysis(both, s3Only);
    expectSameAnalysis(cloudWatchOnly, s3Only);
    expect(recordsByInterface(both)).toEqual(expectedByInterface(records));

    // The report names the flow log read, for how many interfaces, and why.
    const s3 = {
      flowLogId: s3Id,
      resourceId: inMoto.vpcId,
      destination: 's3://both-s3/',
      read: true,
      interfaces: inventory.length,
      records: records.length,
      initiatorFields: ['tcp-flags', 'flow-direction'],
      reason: `read instead of ${cwId}: ${s3Id}'s format is as good as ${cwId}'s, and S3 is read before CloudWatch Logs`,
    };
    const cloudWatch = {
      flowLogId: cwId,
      resourceId: inMoto.vpcId,
      destination: 'cloudwatch:/vpc/both',
      read: false,
      interfaces: 0,
      records: 0,
      initiatorFields: ['tcp-flags', 'flow-direction'],
      reason: `not read: ${inventory.length} of its interfaces are read from ${s3Id} (${s3Id}'s format is as good as ${cwId}'s, and S3 is read before CloudWatch Logs)`,
    };
    expect(both.input.sources).toEqual([s3, cloudWatch].sort((a, b) => (a.flowLogId < b.flowLogId ? -1 : 1)));
    expect(validate(both), JSON.stringify(validate.errors)).toBe(true);
    expect(s3Only.input.sources?.map((s) => [s.read, s.interfaces, s.records, s.reason])).toEqual([
      [true, inventory.length, records.length, 'the only flow log of its interfaces'],
    ]);
  });

  it('prefers the flow log whose format has tcp-flags and flow-direction, and notes nothing about the other', async () => {
    const [s3Id, cwId] = await useTwoFlowLogs(toS3('v2-s3', V2_FIELDS), toCloudWatch('/vpc/both'));
    const both = await runLive('auto');
    await useFlowLogs(toCloudWatch('/vpc/both'));
    const cloudWatchOnly = await runLive('auto');
    await useFlowLogs(toS3('v2-s3', V2_FIELDS));
    const s3Only = await runLive('auto');

    expectSameAnalysis(both, cloudWatchOnly);
    // The S3 flow log alone guesses who started connections, and says so; read beside the
    // CloudWatch one it is not read, and its format does not matter.
    const guessed = (r: Report) =>
      r.findings.filter((f) => f.evidence['kind'] === 'connection-start-guessed');
    expect(guessed(s3Only)).toHaveLength(1);
    expect(guessed(both)).toEqual([]);
    expect(both.input.sources?.find((s) => s.read)).toEqual({
      flowLogId: cwId,
      resourceId: inMoto.vpcId,
      destination: 'cloudwatch:/vpc/both',
      read: true,
      interfaces: inventory.length,
      records: records.length,
      initiatorFields: ['tcp-flags', 'flow-direction'],
      reason: `read instead of ${s3Id}: ${cwId}'s format has tcp-flags and flow-direction; ${s3Id}'s has neither tcp-flags nor flow-direction`,
    });
    expect(both.input.sources?.find((s) => !s.read)?.initiatorFields).toEqual([]);
  });

  it("a subnet's flow log with the initiator fields beside the VPC's without: each interface from one of them", async () => {
    const subnetId = inventory[0]?.subnetId as string;
    const inSubnet = new Set(inventory.filter((n) => n.subnetId === subnetId).map((n) => n.interfaceId));
    const subnetRecords = records.filter((f) => inSubnet.has(interfaceOf(f)));
    await deliverToCloudWatch('/vpc/subnet', subnetRecords);
    const [vpcLog, subnetLog] = await useTwoFlowLogs(
      toS3('v2-s3', V2_FIELDS),
      toCloudWatch('/vpc/subnet', subnetId),
    );
    const report = await runLive('auto');

    expect(report.input.records).toBe(records.length);
    expect(recordsByInterface(report)).toEqual(expectedByInterface(records));
    expect(report.input.sources?.map((s) => [s.flowLogId, s.read, s.interfaces, s.records]).sort()).toEqual(
      [
        [vpcLog, true, inventory.length - inSubnet.size, records.length - subnetRecords.length],
        [subnetLog, true, inSubnet.size, subnetRecords.length],
      ].sort(),
    );
    const why = `${subnetLog}'s format has tcp-flags and flow-direction; ${vpcLog}'s has neither tcp-flags nor flow-direction`;
    expect(Object.fromEntries(report.input.sources?.map((s) => [s.flowLogId, s.reason]) ?? [])).toEqual({
      [vpcLog]:
        `the only flow log of ${inventory.length - inSubnet.size} of its interfaces; ` +
        `${inSubnet.size} of its interfaces are read from ${subnetLog} (${why})`,
      [subnetLog]: `read instead of ${vpcLog}: ${why}`,
    });
    expect(inSubnet.size).toBeGreaterThan(0);
    expect(inSubnet.size).toBeLessThan(inventory.length);
  });

  it("two flow logs delivering to one bucket: each object is read for its own flow log's interfaces", async () => {
    const subnetId = inventory[0]?.subnetId as string;
    const inSubnet = new Set(inventory.filter((n) => n.subnetId === subnetId).map((n) => n.interfaceId));
    const subnetRecords = records.filter((f) => inSubnet.has(interfaceOf(f)));
    const [vpcLog, subnetLog] = await useTwoFlowLogs(
      toS3('shared-s3', header),
      toS3('shared-s3', header, subnetId),
    );
    const vpcKeys = await deliverToS3('shared-s3', vpcLog, records);
    const subnetKeys = await deliverToS3('shared-s3', subnetLog, subnetRecords);
    expect(flowLogIdInKey(vpcKeys[0] as string)).toBe(vpcLog);
    const report = await runLive('auto');

    // Equal in every other way, so the lower id is read for the subnet's interfaces.
    const subnetFrom = [vpcLog, subnetLog].sort()[0];
    expect(report.input.records).toBe(records.length);
    expect(recordsByInterface(report)).toEqual(expectedByInterface(records));
    const bySource = Object.fromEntries(
      (report.input.sources ?? []).map((s) => [s.flowLogId, [s.read, s.interfaces, s.records]]),
    );
    if (subnetFrom === subnetLog) {
      expect(bySource).toEqual({
        [vpcLog]: [true, inventory.length - inSubnet.size, records.length - subnetRecords.length],
        [subnetLog]: [true, inSubnet.size, subnetRecords.length],
      });
    } else {
      expect(bySource).toEqual({
        [vpcLog]: [true, inventory.length, records.length],
        [subnetLog]: [false, 0, 0],
      });
    }
    // Only the objects of flow logs read count as files.
    expect(report.input.files).toBe(vpcKeys.length + (subnetFrom === subnetLog ? subnetKeys.length : 0));
  });
});

describe('--source auto with two flow logs of the same interfaces in one log group', () => {
  it('says that their events cannot be told apart', async () => {
    const subnetId = inventory[0]?.subnetId as string;
    const inSubnet = inventory.filter((n) => n.subnetId === subnetId).map((n) => n.interfaceId);
    const ids = await useTwoFlowLogs(toCloudWatch('/vpc/both'), toCloudWatch('/vpc/both', subnetId));
    const report = await runLive('auto');

    const shared = report.findings.filter((f) => f.title.includes('deliver the same interfaces'));
    expect(shared.map((f) => [f.type, f.evidence])).toEqual([
      [
        'coverage-gap',
        { source: 'cloudwatch:/vpc/both', flowLogIds: [...ids].sort(), interfaceIds: [...inSubnet].sort() },
      ],
    ]);
    expect(shared[0]?.message).toContain(`the records of ${inSubnet.length} interface`);
    // The log group holds each record once here, and it is read once.
    expect(report.input.records).toBe(records.length);
  });
});

describe('S3 records cut to the window as CloudWatch Logs cuts its events', () => {
  // Ends at 13:45 on the fourth day of the data: the lookbacks start in the middle of a day.
  const windows = [
    { lookback: 90 * 60, name: '90 minutes' },
    { lookback: 36 * HOUR, name: '36 hours' },
  ];
  for (const { lookback, name } of windows) {
    it(`a ${name} lookback: the same report from S3 as from CloudWatch, and the S3 run counts what it left out`, async () => {
      await useFlowLogs();
      const now = Math.floor(dataStart / DAY) * DAY + 3 * DAY + 13 * HOUR + 45 * 60;
      const from = now - lookback;
      const s3 = await runLive('s3://both-s3', now, lookback);
      const cloudWatch = await runLive('cloudwatch:/vpc/both', now, lookback, {
        logFormat: format(header),
      });

      const inside = records.filter((f) => startOf(f) >= from && startOf(f) < now);
      expect(inside.length).toBeGreaterThan(50);
      expect(s3.input.records).toBe(inside.length);
      expectSameAnalysis(s3, cloudWatch);
      // S3 read the whole day folders the window touches; the rest of those days was left out.
      const days = new Set<number>();
      for (let day = Math.floor(from / DAY); day * DAY < now; day++) days.add(day);
      const listed = records.filter((f) => days.has(Math.floor(startOf(f) / DAY)));
      expect(s3.input.outsideWindow).toBe(listed.length - inside.length);
      expect(cloudWatch.input.outsideWindow).toBeUndefined();
      expect(validate(s3), JSON.stringify(validate.errors)).toBe(true);
      expect(s3.input.sources).toBeUndefined();
    });
  }
});

describe('the window rule', () => {
  const window = { start: new Date('2026-11-20T12:15:00Z'), end: new Date('2026-11-20T13:45:00Z') };
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('keeps a record whose start CloudWatch Logs would return: [start, end), and one without a start', () => {
    expect(startsInWindow(at('2026-11-20T12:15:00Z'), window)).toBe(true);
    expect(startsInWindow(at('2026-11-20T12:14:59Z'), window)).toBe(false);
    expect(startsInWindow(at('2026-11-20T13:44:59Z'), window)).toBe(true);
    expect(startsInWindow(at('2026-11-20T13:45:00Z'), window)).toBe(false);
    expect(startsInWindow(-1, window)).toBe(true);
  });

  it('counts what it leaves out by the rows they stand for, and passes on the rest', () => {
    const cut = new WindowCut(window);
    const passed: number[] = [];
    const sink = cut.wrap({
      record: (r) => passed.push(r.start),
      malformed: () => undefined,
      fileError: () => undefined,
      fileRead: () => undefined,
    });
    for (const [start, count] of [
      [at('2026-11-20T12:00:00Z'), 3],
      [at('2026-11-20T12:30:00Z'), 1],
      [at('2026-11-20T14:00:00Z'), 2],
      [-1, 1],
    ] as const)
      sink.record({ ...emptyRecord(), start, count });
    expect(passed).toEqual([at('2026-11-20T12:30:00Z'), -1]);
    expect(cut.outside).toBe(5);
  });

  it('reads the flow-log id from the name AWS gives an S3 object', () => {
    expect(
      flowLogIdInKey(
        'p/AWSLogs/123456789012/vpcflowlogs/eu-west-1/2026/11/20/123456789012_vpcflowlogs_eu-west-1_fl-0a1b2c3d4e5f67890_20261120T1215Z_fe123456.log.gz',
      ),
    ).toBe('fl-0a1b2c3d4e5f67890');
    expect(flowLogIdInKey('copied/by-hand.log.gz')).toBeUndefined();
  });
});
