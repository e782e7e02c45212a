/**
 * Live S3 objects parsed on worker threads (src/object-pool.ts), against a moto server: the main
 * thread lists and downloads, the workers gunzip and parse, and the report must be byte for byte
 * the one a single thread gives, and the one local copies of the same records give.
 *
 * A generated world (v5) is put into buckets under AWS's key layout. The window ends after the
 * data and starts at 20:15 on its third day, so that S3, listed by day folder, reads records that
 * the window cut leaves out. With `--source auto`, two flow logs (the VPC's, and a subnet's) deliver
 * to one bucket, each object named after its flow log, so that the per-interface choice applies.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  CreateFlowLogsCommand,
  DeleteFlowLogsCommand,
  DescribeFlowLogsCommand,
  type CreateFlowLogsCommandInput,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/aws/clients.js';
import { defaultConfig } from '../../src/config.js';
import { readLiveInventory } from '../../src/inventory/ec2.js';
import type { Inventory } from '../../src/inventory/model.js';
import { analyze } from '../../src/pipeline.js';
import type { ProgressReporter, ProgressSample, ProgressTotals } from '../../src/progress/index.js';
import { renderReport } from '../../src/report/render.js';
import type { Report } from '../../src/report/types.js';
import { MOTO_ACCOUNT, MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { makeWorld } from '../helpers/world.js';
import { WINDOW_SECONDS, WINDOW_START } from '../helpers/world-generator.js';
import { motoClients } from './aws-test-kit.js';
import { putWorldInMoto, walk, type MotoWorld } from './moto-world.js';

const repo = join(import.meta.dirname, '..', '..');
const HOUR = 3600;
const DAY = 86_400;
/** The window: from 20:15 on the data's third day (inside an object of that day) to an hour after its end. */
const FROM = WINDOW_START + 2 * DAY + 20 * HOUR + 15 * 60;
const NOW = WINDOW_START + WINDOW_SECONDS + HOUR;

let moto: MotoServer;
let clients: AwsClients;
let work = '';
let workerScript = '';
/** Worker threads started in this process (Node's `worker` event). */
let workersStarted = 0;
const countWorker = (): void => void workersStarted++;

const world = makeWorld({ format: 'v5', seed: 31, records: 30_000, files: 8 });

/** Keeps each phase's totals and its counters when it ended. */
class RecordingProgress implements ProgressReporter {
  readonly active = true;
  readonly phases: { totals: ProgressTotals; atStop?: ProgressSample }[] = [];
  private sample: (() => ProgressSample) | undefined;
  start(totals: ProgressTotals, sample: () => ProgressSample): void {
    this.phases.push({ totals });
    this.sample = sample;
  }
  stop(): void {
    const phase = this.phases.at(-1);
    if (phase && this.sample) phase.atStop = this.sample();
    this.sample = undefined;
  }
}

/** One log object: its S3 key, its header, and its records split into fields. */
interface LogObject {
  key: string;
  header: string[];
  records: string[][];
}

const inWindow = (start: string): boolean => start === '-' || (Number(start) >= FROM && Number(start) < NOW);

/** Whether S3 lists an object for the window: its day folder overlaps [FROM, NOW). */
function listed(key: string): boolean {
  const day = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(key);
  if (!day) throw new Error(`no day folder in ${key}`);
  const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) / 1000;
  return start < NOW && start + DAY > FROM;
}

/** A live run over the window, on `threads` threads; returns the report and the workers it started. */
async function runLive(
  source: string,
  threads: number,
  more: { inventoryDir?: string; vpcId?: string; progress?: ProgressReporter } = {},
): Promise<{ report: Report; workers: number }> {
  const before = workersStarted;
  const report = await analyze({
    flowLogs: [],
    inventoryDir: more.inventoryDir,
    live: {
      source,
      region: MOTO_REGION,
      lookbackMs: (NOW - FROM) * 1000,
      vpcId: more.vpcId,
      endpointUrl: moto.endpoint,
    },
    config: defaultConfig(),
    now: new Date(NOW * 1000),
    threads,
    workerScript,
    progress: more.progress,
  });
  return { report, workers: workersStarted - before };
}

/**
 * The same analysis from local copies of the objects S3 lists, cut to the window: one text file
 * per object, with its header.
 */
async function runLocal(
  objects: LogObject[],
  inventory: { dir?: string; live?: Inventory },
): Promise<Report> {
  const dir = mkdtempSync(join(work, 'local-'));
  for (const o of objects.filter((x) => listed(x.key))) {
    const start = o.header.indexOf('start');
    const lines = o.records.filter((f) => inWindow(f[start] as string)).map((f) => f.join(' '));
    const path = join(dir, o.key.replace(/\.gz$/, ''));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${[o.header.join(' '), ...lines].join('\n')}\n`);
  }
  return analyze({
    flowLogs: [dir],
    inventoryDir: inventory.dir,
    inventory: inventory.live,
    config: defaultConfig(),
    now: new Date(NOW * 1000),
    threads: 1,
  });
}

/** The records of listed objects whose start lies outside the window. */
const outside = (objects: LogObject[]): number =>
  objects
    .filter((o) => listed(o.key))
    .reduce(
      (n, o) => n + o.records.filter((f) => !inWindow(f[o.header.indexOf('start')] as string)).length,
      0,
    );

/** What must not depend on whether the records came from S3 or from local files. */
function expectSameAnalysis(got: Report, want: Report): void {
  expect(got.rules).toEqual(want.rules);
  expect(got.findings).toEqual(want.findings);
  expect(got.window).toEqual(want.window);
  expect(got.summary).toEqual(want.summary);
  expect(got.traffic).toEqual(want.traffic);
  const counts = ({ records, accepted, rejected, noData, skipData, malformed }: Report['input']) => ({
    records,
    accepted,
    rejected,
    noData,
    skipData,
    malformed,
  });
  expect(counts(got.input)).toEqual(counts(want.input));
  expect(got.input.unknownInterfaces).toEqual(want.input.unknownInterfaces);
}

async function putObjects(bucket: string, objects: { key: string; body: Buffer }[]): Promise<void> {
  await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const { key, body } of objects)
    await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

beforeAll(async () => {
  process.on('worker', countWorker);
  work = mkdtempSync(join(tmpdir(), 'sgfa-s3-workers-'));
  // The worker bundle built from the sources (dist/ may be older than them).
  workerScript = join(work, 'worker.mjs');
  await build({
    entryPoints: [join(repo, 'src', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerScript,
    logLevel: 'silent',
  });
  moto = await startMoto();
  clients = motoClients(moto);
}, 240_000);

afterAll(async () => {
  process.off('worker', countWorker);
  await moto?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('--source s3:// parsed on worker threads', () => {
  let objects: LogObject[] = [];
  let bodies: { key: string; body: Buffer }[] = [];

  beforeAll(async () => {
    for (const path of await walk(world.logs)) {
      const body = await readFile(path);
      const [header = '', ...lines] = gunzipSync(body).toString('utf8').split('\n');
      const key = relative(world.logs, path);
      objects.push({
        key,
        header: header.split(' '),
        records: lines.filter(Boolean).map((l) => l.split(' ')),
      });
      bodies.push({ key, body });
    }
    objects = objects.filter((o) => o.records.length > 0);
    bodies = bodies.filter((b) => objects.some((o) => o.key === b.key));
    await putObjects('plain', bodies);
  }, 120_000);

  it('give byte for byte the report of one thread, and that of local files of the records in the window', async () => {
    const progress = [new RecordingProgress(), new RecordingProgress()] as const;
    const one = await runLive('s3://plain', 1, { inventoryDir: world.inventory, progress: progress[0] });
    const two = await runLive('s3://plain', 2, { inventoryDir: world.inventory, progress: progress[1] });
    expect([one.workers, two.workers]).toEqual([0, 2]);
    expect(renderReport(two.report, 'json')).toBe(renderReport(one.report, 'json'));
    // Progress counts the objects as they end, and the records kept, wherever they were parsed.
    const { files, records } = two.report.input;
    const ended = { filesDone: files, bytesDone: 0, records, recordsInFilesDone: records };
    for (const p of progress) expect(p.phases).toEqual([{ totals: { unit: 'objects' }, atStop: ended }]);

    const local = await runLocal(objects, { dir: world.inventory });
    expectSameAnalysis(two.report, local);
    expect(two.report.input.files).toBe(local.input.files);
    expect(two.report.input.errors).toEqual([]);
    // Objects of days outside the window are not listed; in those listed, the rest of the day is left out.
    expect(objects.filter((o) => !listed(o.key)).length).toBeGreaterThan(0);
    expect(two.report.input.files).toBe(objects.filter((o) => listed(o.key)).length);
    expect(two.report.input.outsideWindow).toBe(outside(objects));
    expect(two.report.input.outsideWindow).toBeGreaterThan(0);
    expect(local.input.outsideWindow).toBeUndefined();
  });

  it('count a broken object among good ones as one input error, with the records before the break, on either', async () => {
    // A gzip object cut in half, in a day folder of the window: its first records, then an error.
    const good = bodies.filter((b) => listed(b.key));
    const victim = good[good.length - 1] as { key: string; body: Buffer };
    const brokenKey = victim.key.replace(/\.log\.gz$/, '_cut.log.gz');
    await putObjects('broken', [
      ...bodies,
      { key: brokenKey, body: victim.body.subarray(0, victim.body.length >> 1) },
    ]);

    const one = await runLive('s3://broken', 1, { inventoryDir: world.inventory });
    const two = await runLive('s3://broken', 2, { inventoryDir: world.inventory });
    const plain = await runLive('s3://plain', 1, { inventoryDir: world.inventory });
    expect(two.workers).toBe(2);
    expect(renderReport(two.report, 'json')).toBe(renderReport(one.report, 'json'));
    const { input } = two.report;
    expect(input.errorCount).toBe(1);
    expect(input.unreadableFiles).toBe(1);
    expect(input.errors).toEqual([
      {
        file: `s3://broken/${brokenKey}`,
        message: expect.stringMatching(
          /^truncated gzip data \(unexpected end of file\) after line \d+; the records before it were counted$/,
        ) as string,
      },
    ]);
    // The good objects were all read, and the cut one gave the records before the break.
    expect(input.files).toBe(plain.report.input.files);
    expect(input.records).toBeGreaterThan(plain.report.input.records);
  });
});

describe('--source auto parsed on worker threads', () => {
  let inMoto: MotoWorld;
  let vpcLog = '';
  let subnetLog = '';
  /** The VPC flow log's objects: every record of the world once, with moto's ids. */
  let vpcObjects: LogObject[] = [];
  /** The subnet flow log's objects: the records of the subnet's interfaces again. */
  let subnetObjects: LogObject[] = [];

  /**
   * Delivers records as a flow log delivers to S3: a gzip object per three hours of `start`, under
   * the day folder, named after the flow log.
   */
  async function deliver(
    bucket: string,
    flowLogId: string,
    header: string[],
    rows: string[][],
  ): Promise<LogObject[]> {
    const start = header.indexOf('start');
    const slots = new Map<number, string[][]>();
    for (const f of rows) {
      const slot = Math.floor(Number(f[start]) / (3 * HOUR)) * 3 * HOUR;
      slots.set(slot, [...(slots.get(slot) ?? []), f]);
    }
    const delivered: LogObject[] = [];
    for (const [slot, records] of [...slots].sort((a, b) => a[0] - b[0])) {
      const iso = new Date(slot * 1000).toISOString();
      const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
      const stamp = `${y}${m}${d}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
      const hash = createHash('sha256').update(`${flowLogId}/${slot}`).digest('hex').slice(0, 8);
      const key =
        `AWSLogs/${MOTO_ACCOUNT}/vpcflowlogs/${MOTO_REGION}/${y}/${m}/${d}/` +
        `${MOTO_ACCOUNT}_vpcflowlogs_${MOTO_REGION}_${flowLogId}_${stamp}_${hash}.log.gz`;
      const body = gzipSync(`${[header.join(' '), ...records.map((f) => f.join(' '))].join('\n')}\n`);
      await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
      delivered.push({ key, header, records });
    }
    return delivered;
  }

  beforeAll(async () => {
    inMoto = await putWorldInMoto(clients, world, 'auto-world');
    const existing = (await clients.ec2.send(new DescribeFlowLogsCommand({}))).FlowLogs ?? [];
    if (existing.length > 0)
      await clients.ec2.send(
        new DeleteFlowLogsCommand({ FlowLogIds: existing.map((f) => f.FlowLogId ?? '') }),
      );
    const header = inMoto.logs[0]?.header ?? [];
    const records = inMoto.logs.flatMap((l) => l.records);
    const inventory = await readLiveInventory(clients.ec2, { vpcId: inMoto.vpcId });
    const subnetId = inventory.interfaces[0]?.subnetId ?? '';
    const inSubnet = new Set(
      inventory.interfaces.filter((n) => n.subnetId === subnetId).map((n) => n.interfaceId),
    );
    const toS3 = (resourceId: string): CreateFlowLogsCommandInput => ({
      ResourceType: resourceId.startsWith('subnet-') ? 'Subnet' : 'VPC',
      ResourceIds: [resourceId],
      TrafficType: 'ALL',
      LogDestinationType: 's3',
      LogDestination: 'arn:aws:s3:::shared-s3',
      LogFormat: header.map((n) => `\${${n}}`).join(' '),
    });
    // moto checks that the bucket exists.
    await clients.s3.send(new CreateBucketCommand({ Bucket: 'shared-s3' }));
    const ids: string[] = [];
    for (const input of [toS3(inMoto.vpcId), toS3(subnetId)]) {
      const out = await clients.ec2.send(new CreateFlowLogsCommand(input));
      expect(out.Unsuccessful ?? []).toEqual([]);
      ids.push(...(out.FlowLogIds ?? []));
    }

    [vpcLog = '', subnetLog = ''] = ids;
    const iface = header.indexOf('interface-id');
    vpcObjects = await deliver('shared-s3', vpcLog, header, records);
    subnetObjects = await deliver(
      'shared-s3',
      subnetLog,
      header,
      records.filter((f) => inSubnet.has(f[iface] as string)),
    );
    expect(inSubnet.size).toBeGreaterThan(0);
  }, 240_000);

  it('give byte for byte the report of one thread: each interface from its flow log, records cut to the window', async () => {
    const one = await runLive('auto', 1, { vpcId: inMoto.vpcId });
    const two = await runLive('auto', 2, { vpcId: inMoto.vpcId });
    expect([one.workers, two.workers]).toEqual([0, 2]);
    expect(renderReport(two.report, 'json')).toBe(renderReport(one.report, 'json'));

    // Every record of the window once, though the subnet's records are in both flow logs' objects.
    const { input } = two.report;
    const expected = vpcObjects
      .filter((o) => listed(o.key))
      .reduce(
        (n, o) => n + o.records.filter((f) => inWindow(f[o.header.indexOf('start')] as string)).length,
        0,
      );
    expect(input.records).toBe(expected);
    expect(input.sources?.map((s) => s.flowLogId).sort()).toEqual([vpcLog, subnetLog].sort());
    expect(input.sources?.reduce((n, s) => n + s.records, 0)).toBe(expected);
    // The window cut comes first: it counts the records of every object read, whichever interface.
    const subnetRead = input.sources?.find((s) => s.flowLogId === subnetLog)?.read === true;
    const read = [...vpcObjects, ...(subnetRead ? subnetObjects : [])];
    expect(input.outsideWindow).toBe(outside(read));
    expect(input.files).toBe(read.filter((o) => listed(o.key)).length);

    const local = await runLocal(vpcObjects, {
      live: await readLiveInventory(clients.ec2, { vpcId: inMoto.vpcId }),
    });
    expectSameAnalysis(two.report, local);
  });
});
