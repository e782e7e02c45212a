/**
 * The live path end to end, against a moto server. The generated world (v5, seed 7) is built in
 * moto first by moto-world.ts: its VPC, subnets, groups with the same rules, and interfaces with
 * the same addresses. Its log files are rewritten to the interface and VPC ids moto assigned and
 * uploaded to S3 with AWS's key layout; here they are also put into a CloudWatch Logs group, and
 * moto's inventory is written as AWS CLI JSON. `analyze` with a live source must then give the same rules and findings as
 * `analyze` on the same files with that inventory.
 */
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CreateFlowLogsCommand,
  DeleteFlowLogsCommand,
  DescribeFlowLogsCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSecurityGroupsCommand,
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
import { ConfigurationError } from '../../src/errors.js';
import { liveOptionsFrom, parseLiveSource, type LiveOptions } from '../../src/live-options.js';
import { analyze } from '../../src/pipeline.js';
import type { Finding, Report } from '../../src/report/types.js';
import { MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld, type Truth } from '../helpers/world.js';
import { failCommand, motoClients, unauthorizedOperation } from './aws-test-kit.js';
import { putWorldInMoto, statusesByGeneratedId, type MotoLog, type MotoWorld } from './moto-world.js';

const DAY = 86_400_000;
/** The world's records are dated 2026-11-19 to 2026-11-26. */
const NOW = new Date('2026-11-27T00:00:00Z');
const LOOKBACK = 14 * DAY;
const BUCKET = 'world-flow-logs';
const LOG_GROUP = '/vpc/world';
const ROLE = 'arn:aws:iam::123456789012:role/flow-logs';

let moto: MotoServer;
let clients: AwsClients;
let scratch = '';
/** The world as built in moto; its log files are also under `${scratch}/logs` (by their S3 keys). */
let inMoto: MotoWorld;
let truth: Truth;
/** The fields of the world's v5 records, as a CreateFlowLogs LogFormat. */
let logFormat = '';
let baseline: Report;

/** moto's inventory of the VPC, as the AWS CLI would write it. */
async function writeInventory(dir: string): Promise<void> {
  const { ec2 } = clients;
  const vpc = [{ Name: 'vpc-id', Values: [inMoto.vpcId] }];
  const groups = (await ec2.send(new DescribeSecurityGroupsCommand({ Filters: vpc }))).SecurityGroups ?? [];
  const rules =
    (
      await ec2.send(
        new DescribeSecurityGroupRulesCommand({
          Filters: [{ Name: 'group-id', Values: groups.map((g) => g.GroupId ?? '') }],
        }),
      )
    ).SecurityGroupRules ?? [];
  const interfaces =
    (await ec2.send(new DescribeNetworkInterfacesCommand({ Filters: vpc }))).NetworkInterfaces ?? [];
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'security-groups.json'), JSON.stringify({ SecurityGroups: groups }, null, 2));
  await writeFile(
    join(dir, 'security-group-rules.json'),
    JSON.stringify({ SecurityGroupRules: rules }, null, 2),
  );
  await writeFile(
    join(dir, 'network-interfaces.json'),
    JSON.stringify({ NetworkInterfaces: interfaces }, null, 2),
  );
  // The network ACLs too: live runs read them, and the port scanner's deny entry comes from them.
  const acls = (await ec2.send(new DescribeNetworkAclsCommand({ Filters: vpc }))).NetworkAcls ?? [];
  await writeFile(join(dir, 'network-acls.json'), JSON.stringify({ NetworkAcls: acls }, null, 2));
}

/**
 * Writes the log files moto-world rewrote to moto's ids (and uploaded to S3) under
 * `${scratch}/logs` with the same relative paths, and puts their records into the log group, one
 * stream per interface as VPC Flow Logs writes them.
 */
async function writeLogs(files: MotoLog[]): Promise<void> {
  const { logs } = clients;
  const records: { start: number; stream: string; message: string }[] = [];
  for (const file of files) {
    logFormat = file.header.map((f) => `\${${f}}`).join(' ');
    const [eni, start] = [file.header.indexOf('interface-id'), file.header.indexOf('start')];
    for (const f of file.records)
      records.push({ start: Number(f[start]), stream: `${f[eni]}-all`, message: f.join(' ') });
    await mkdir(dirname(join(scratch, 'logs', file.key)), { recursive: true });
    await writeFile(join(scratch, 'logs', file.key), file.body);
  }

  await logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }));
  records.sort((a, b) => a.start - b.start);
  // CloudWatch event timestamps: recent, because moto (like AWS) refuses events older than 14 days.
  const eventsBase = Date.now() - 3_600_000;
  const streams = new Map<string, { timestamp: number; message: string }[]>();
  records.forEach((r, i) => {
    const events = streams.get(r.stream) ?? [];
    events.push({ timestamp: eventsBase + i, message: r.message });
    streams.set(r.stream, events);
  });
  for (const [logStreamName, events] of streams) {
    await logs.send(new CreateLogStreamCommand({ logGroupName: LOG_GROUP, logStreamName }));
    for (let i = 0; i < events.length; i += 2000) {
      const out = await logs.send(
        new PutLogEventsCommand({
          logGroupName: LOG_GROUP,
          logStreamName,
          logEvents: events.slice(i, i + 2000),
        }),
      );
      expect(out.rejectedLogEventsInfo ?? {}).toEqual({});
    }
  }
}

/** Replaces every flow log in moto with these. */
async function useFlowLogs(...flowLogs: CreateFlowLogsCommandInput[]): Promise<string[]> {
  const { ec2 } = clients;
  const existing = (await ec2.send(new DescribeFlowLogsCommand({}))).FlowLogs ?? [];
  if (existing.length > 0)
    await ec2.send(new DeleteFlowLogsCommand({ FlowLogIds: existing.map((f) => f.FlowLogId ?? '') }));
  const ids: string[] = [];
  for (const input of flowLogs) {
    const out = await ec2.send(new CreateFlowLogsCommand(input));
    expect(out.Unsuccessful ?? []).toEqual([]);
    ids.push(...(out.FlowLogIds ?? []));
  }
  return ids;
}

const s3FlowLog = (TrafficType: 'ALL' | 'REJECT'): CreateFlowLogsCommandInput => ({
  ResourceType: 'VPC',
  ResourceIds: [inMoto.vpcId],
  TrafficType,
  LogDestinationType: 's3',
  // moto takes the whole "bucket/prefix" for the bucket name: the logs are at the bucket's root.
  LogDestination: `arn:aws:s3:::${BUCKET}`,
  LogFormat: logFormat,
});

const live = (source: string, more: Partial<LiveOptions> = {}): LiveOptions => ({
  source,
  region: MOTO_REGION,
  lookbackMs: LOOKBACK,
  vpcId: inMoto.vpcId,
  endpointUrl: moto.endpoint,
  ...more,
});

const runLive = (options: LiveOptions, now = NOW, flowLogs: string[] = []) =>
  analyze({ flowLogs, live: options, config: defaultConfig(), now });

/** Findings that only live discovery can produce. */
const fromDiscovery = (f: Finding) => f.type === 'coverage-gap' && 'kind' in f.evidence;

/** What must not depend on where the records came from. */
function expectSameAnalysis(got: Report, want: Report): void {
  expect(got.rules).toEqual(want.rules);
  expect(got.findings).toEqual(want.findings);
  expect(got.window).toEqual(want.window);
  expect(got.summary).toEqual(want.summary);
  const { errors: _e, ...input } = got.input;
  const { errors: _w, ...wanted } = want.input;
  expect(input).toEqual(wanted);
  expect(got.input.errors).toEqual([]);
  expect(got.traffic).toEqual(want.traffic);
}

beforeAll(async () => {
  moto = await startMoto();
  clients = motoClients(moto);
  const world = makeWorld({ format: 'v5', seed: 7, records: 20_000 });
  truth = world.truth;
  scratch = mkdtempSync(join(tmpdir(), 'sgfa-live-'));
  inMoto = await putWorldInMoto(clients, world, BUCKET, (groupName, kept, all) =>
    expect(kept, `${groupName} keeps moto's default egress rule`).toBe(all - 1),
  );
  await writeInventory(join(scratch, 'inventory'));
  await writeLogs(inMoto.logs);
  baseline = await analyze({
    flowLogs: [join(scratch, 'logs')],
    inventoryDir: join(scratch, 'inventory'),
    config: defaultConfig(),
    now: NOW,
  });
  // The first run on a machine installs moto from PyPI, which takes about a minute.
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

describe('the world rebuilt in moto', () => {
  it('reads as the generated world: every rule has the status of truth.json', () => {
    expect(baseline.input.records).toBe(truth.records);
    expect(inMoto.keys).toHaveLength(4);
    const statuses = statusesByGeneratedId(inMoto, baseline.rules);
    expect(statuses).toEqual(
      Object.fromEntries(Object.entries(truth.rules).map(([id, t]) => [id, t.status])),
    );
  });
});

describe('analyze with a live source', () => {
  it('--source s3://bucket: the same rules and findings as the same files on disk', async () => {
    await useFlowLogs();
    const report = await runLive(live(`s3://${BUCKET}`));

    expectSameAnalysis(report, baseline);
    expect(report.input.files).toBe(4);
  });

  it('--source cloudwatch:GROUP, in the format DescribeFlowLogs gives for the group', async () => {
    await useFlowLogs({
      ResourceType: 'VPC',
      ResourceIds: [inMoto.vpcId],
      TrafficType: 'ALL',
      LogGroupName: LOG_GROUP,
      DeliverLogsPermissionArn: ROLE,
      LogFormat: logFormat,
    });
    const now = new Date(Date.now() + 60_000);
    const report = await runLive(live(`cloudwatch:${LOG_GROUP}`), now);

    expect(report.input.files).toBe(1);
    expectSameAnalysis({ ...report, input: { ...report.input, files: 4 } }, baseline);
  });

  it('--source cloudwatch:GROUP with --log-format when no flow log names the group', async () => {
    await useFlowLogs();
    const now = new Date(Date.now() + 60_000);

    const report = await runLive(live(`cloudwatch:${LOG_GROUP}`, { logFormat }), now);
    expect(report.rules).toEqual(baseline.rules);
    expect(report.findings).toEqual(baseline.findings);

    // Without either, the events are read as version 2 and the report says what to pass.
    const guessed = await runLive(live(`cloudwatch:${LOG_GROUP}`), now);
    const note = guessed.findings.find((f) => f.title.includes('was guessed'));
    expect(note?.message).toContain('--log-format');
  });

  it('--source auto: reads the VPC flow log it discovers, with nothing to add', async () => {
    const [flowLogId] = await useFlowLogs(s3FlowLog('ALL'));
    const report = await runLive(live('auto'));

    expect(report.findings.filter(fromDiscovery)).toEqual([]);
    // The input section also names the flow log read (test/aws/live-sources.test.ts has more).
    expect(report.input.sources?.map((s) => [s.flowLogId, s.read, s.records])).toEqual([
      [flowLogId, true, truth.records],
    ]);
    const { sources: _sources, ...input } = report.input;
    expectSameAnalysis({ ...report, input }, baseline);
  });

  it('--source auto with a REJECT-only flow log: a coverage gap that says to capture ALL traffic', async () => {
    const [flowLogId] = await useFlowLogs(s3FlowLog('REJECT'));
    const report = await runLive(live('auto'));

    const gaps = report.findings.filter(fromDiscovery);
    const rejectOnly = gaps.find((f) => f.evidence['kind'] === 'reject-only');
    expect(rejectOnly).toMatchObject({ type: 'coverage-gap', severity: 'info' });
    expect(rejectOnly?.message).toContain(flowLogId);
    expect(rejectOnly?.message).toContain('Capture ALL traffic');
    // Its records would make rules look unused without any accepted traffic: not read.
    expect(report.input.records).toBe(0);
    expect(gaps.find((f) => f.evidence['kind'] === 'not-covered')?.message).toContain(inMoto.vpcId);
    expect(report.rules.filter((r) => r.status === 'used')).toEqual([]);
    // The same problem gives the same finding id on the next run.
    const again = await runLive(live('auto'));
    expect(again.findings.filter(fromDiscovery).map((f) => f.id)).toEqual(gaps.map((f) => f.id));
  });

  it('combines local files with a live source into one analysis', async () => {
    await useFlowLogs();
    await clients.s3.send(new CreateBucketCommand({ Bucket: 'half-of-the-world' }));
    for (const key of inMoto.keys.slice(2)) {
      const body = await readFile(join(scratch, 'logs', key));
      await clients.s3.send(new PutObjectCommand({ Bucket: 'half-of-the-world', Key: key, Body: body }));
    }
    const report = await runLive(
      live('s3://half-of-the-world'),
      NOW,
      inMoto.keys.slice(0, 2).map((k) => join(scratch, 'logs', k)),
    );

    expectSameAnalysis(report, baseline);
  });

  it('reads the inventory from --inventory instead of EC2 when given', async () => {
    await useFlowLogs();
    const own = motoClients(moto);
    const described = failCommand(own.ec2, 'DescribeSecurityGroupsCommand', () =>
      unauthorizedOperation('ec2:DescribeSecurityGroups'),
    );
    const report = await analyze({
      flowLogs: [],
      inventoryDir: join(scratch, 'inventory'),
      live: live(`s3://${BUCKET}`, { clients: own }),
      config: defaultConfig(),
      now: NOW,
    });

    expect(described.count).toBe(0);
    expect(report.rules).toEqual(baseline.rules);
  });
});

describe('live failures', () => {
  const rejection = async (promise: Promise<unknown>): Promise<Error> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain('\n');
    return error as Error;
  };

  it('a missing bucket stops the run with one line naming it', async () => {
    const error = await rejection(runLive(live('s3://missing-bucket/flow')));
    expect(error.message).toMatch(/missing-bucket.*does not exist/);
  });

  it('a missing log group stops the run with one line naming it', async () => {
    const error = await rejection(runLive(live('cloudwatch:missing-group')));
    expect(error.message).toMatch(/no such CloudWatch Logs group 'missing-group'/);
  });

  it('a refused DescribeSecurityGroups stops the run and names the permission', async () => {
    const own = motoClients(moto);
    failCommand(own.ec2, 'DescribeSecurityGroupsCommand', () =>
      unauthorizedOperation('ec2:DescribeSecurityGroups'),
    );
    const error = await rejection(runLive(live(`s3://${BUCKET}`, { clients: own })));
    expect(error.message).toMatch(/access denied: .*ec2:DescribeSecurityGroups/);
  });

  it('a refused DescribeSecurityGroupRules is a coverage gap, and the run goes on', async () => {
    await useFlowLogs();
    const own = motoClients(moto);
    failCommand(own.ec2, 'DescribeSecurityGroupRulesCommand', () =>
      unauthorizedOperation('ec2:DescribeSecurityGroupRules'),
    );
    const report = await runLive(live(`s3://${BUCKET}`, { clients: own }));

    const gap = report.findings.find((f) => f.title.includes('DescribeSecurityGroupRules'));
    expect(gap).toMatchObject({ type: 'coverage-gap', severity: 'info' });
    expect(gap?.message).toContain('ec2:DescribeSecurityGroupRules');
    // The rules come from DescribeSecurityGroups instead, in its order and with derived ids.
    const judged = (r: Report['rules'][number]) =>
      JSON.stringify([r.groupId, r.direction, r.protocol, r.fromPort, r.toPort, r.peer, r.status, r.usage]);
    expect(report.rules.map(judged).sort()).toEqual(baseline.rules.map(judged).sort());
    expect(report.rules.every((r) => r.ruleId.startsWith('sgr-derived-'))).toBe(true);
  });

  it('a corrupt object is an input error, and the run goes on', async () => {
    await clients.s3.send(new CreateBucketCommand({ Bucket: 'with-a-bad-object' }));
    const good = inMoto.keys[0] as string;
    const bad = good.replace(/[^/]*$/, 'broken.log.gz');
    await clients.s3.send(
      new PutObjectCommand({
        Bucket: 'with-a-bad-object',
        Key: good,
        Body: await readFile(join(scratch, 'logs', good)),
      }),
    );
    await clients.s3.send(
      new PutObjectCommand({ Bucket: 'with-a-bad-object', Key: bad, Body: Buffer.from('not gzip at all') }),
    );
    const report = await runLive(live('s3://with-a-bad-object'));

    expect(report.input.files).toBe(1);
    expect(report.input.records).toBeGreaterThan(0);
    expect(report.input.errors).toEqual([
      { file: `s3://with-a-bad-object/${bad}`, message: 'not gzip data although the name ends in .gz' },
    ]);
  });

  it('a window without objects is a coverage gap that names the prefix', async () => {
    const report = await runLive(live(`s3://${BUCKET}`), new Date('2026-10-01T00:00:00Z'));

    expect(report.input.records).toBe(0);
    const gap = report.findings.find((f) => f.title.startsWith('No flow-log objects'));
    expect(gap?.message).toContain(`s3://${BUCKET}/`);
    expect(gap?.message).toContain('--lookback');
  });

  it('--source without --region or AWS_REGION: one line that says to pass --region', async () => {
    const saved = { region: process.env['AWS_REGION'], config: process.env['AWS_CONFIG_FILE'] };
    delete process.env['AWS_REGION'];
    process.env['AWS_CONFIG_FILE'] = join(scratch, 'no-such-aws-config');
    try {
      const error = await rejection(runLive(live(`s3://${BUCKET}`, { region: undefined })));
      expect(error.message).toBe(
        `--region: no AWS region for --source s3://${BUCKET}: pass --region or set AWS_REGION`,
      );
    } finally {
      if (saved.region === undefined) delete process.env['AWS_REGION'];
      else process.env['AWS_REGION'] = saved.region;
      if (saved.config === undefined) delete process.env['AWS_CONFIG_FILE'];
      else process.env['AWS_CONFIG_FILE'] = saved.config;
    }
  });
});

describe('live flags', () => {
  it('parses the three kinds of source', () => {
    expect(parseLiveSource('auto')).toEqual({ type: 'auto' });
    expect(parseLiveSource('s3://bucket/some/prefix')).toEqual({
      type: 's3',
      bucket: 'bucket',
      prefix: 'some/prefix',
    });
    expect(parseLiveSource('cloudwatch:/vpc/flow-logs')).toEqual({
      type: 'cloudwatch',
      logGroupName: '/vpc/flow-logs',
    });
    expect(() => parseLiveSource('kinesis:stream')).toThrow(
      "--source: expected s3://bucket/prefix, cloudwatch:LOG_GROUP or auto, got 'kinesis:stream'",
    );
    expect(() => parseLiveSource('cloudwatch:')).toThrow(ConfigurationError);
  });

  it('turns the flags into live options, with a 7-day lookback by default', () => {
    expect(liveOptionsFrom({ securityGroupIds: [] })).toBeUndefined();
    expect(
      liveOptionsFrom({ source: 'auto', region: 'eu-west-1', securityGroupIds: ['sg-1'], vpcId: 'vpc-1' }),
    ).toEqual({
      source: 'auto',
      region: 'eu-west-1',
      lookbackMs: 7 * DAY,
      vpcId: 'vpc-1',
      securityGroupIds: ['sg-1'],
      endpointUrl: undefined,
      logFormat: undefined,
    });
    expect(liveOptionsFrom({ source: 'auto', lookback: '36h', securityGroupIds: [] })?.lookbackMs).toBe(
      36 * 3_600_000,
    );
    expect(() => liveOptionsFrom({ source: 'auto', lookback: '2w', securityGroupIds: [] })).toThrow(
      /--lookback/,
    );
    expect(() => liveOptionsFrom({ region: 'eu-west-1', securityGroupIds: [] })).toThrow(
      '--region is for live AWS input: add --source s3://bucket/prefix, cloudwatch:LOG_GROUP or auto',
    );
  });
});
