/**
 * The config file's `limits` (src/sources/limits.ts): how far one compressed file may inflate.
 * A file that passes a limit is stopped there and is one input error naming the limit and the key
 * that raises it; its records before the stop count, and the next file is read. The same limits
 * hold for both gunzip paths, for S3 objects (against a moto server) and in worker threads.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInventory } from '../../src/analysis/compile.js';
import { absorbState } from '../../src/analysis/thread-state.js';
import { UsageCollector } from '../../src/analysis/usage.js';
import { defaultConfig, parseConfig } from '../../src/config.js';
import { readLocalFile, readTextStream } from '../../src/sources/file.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import {
  DEFAULT_INPUT_LIMITS,
  InflateBudget,
  InputLimitError,
  RATIO_CHECK_AFTER,
  formatBytes,
} from '../../src/sources/limits.js';
import { readS3Objects } from '../../src/sources/s3.js';
import { InputCounter } from '../../src/sources/stats.js';
import { collectInWorkers } from '../../src/workers.js';
import { startMoto, type MotoServer } from '../helpers/moto.js';
import { motoClients } from '../aws/aws-test-kit.js';
import { ReaderLog, tempDir } from './helpers.js';

const RECORD =
  '2 123456789012 eni-1 198.51.100.7 10.0.0.1 50000 443 6 1 40 1763900000 1763900060 ACCEPT OK\n';
const MiB = 1024 * 1024;
const LIMIT_64_MIB = { 'max-inflated-bytes': 64 * MiB, 'max-gzip-ratio': 1000 };

/**
 * 1000 records, then a 128 MiB line of one letter at gzip level 1 (229 times smaller: under the
 * ratio limit, over 64 MiB).
 */
const recordsThenRun = Buffer.concat([
  gzipSync(RECORD.repeat(1000)),
  gzipSync(Buffer.alloc(128 * MiB, 0x61), { level: 1 }),
]);
const STOPPED_AT_64_MIB =
  'inflated past 64 MiB (limits.max-inflated-bytes), stopped there after line 1000; the records before it were counted; ' +
  'raise limits.max-inflated-bytes in the config file if the file is genuine';

/** 64 MiB of zeros at level 9: 1028 times smaller, over the default ratio. */
const zeros = gzipSync(Buffer.alloc(64 * MiB), { level: 9 });
const STOPPED_BY_RATIO =
  'inflated more than 1000 times its compressed size (limits.max-gzip-ratio), stopped at 32 MiB; the records before it were counted; ' +
  'raise limits.max-gzip-ratio in the config file if the file is genuine';

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('limits'));
});

afterAll(() => cleanup());

describe('limits in the config file', () => {
  it('default to 8 GiB and a ratio of 1000', () => {
    expect(defaultConfig().limits).toEqual({ 'max-inflated-bytes': 8 * 1024 ** 3, 'max-gzip-ratio': 1000 });
    expect(DEFAULT_INPUT_LIMITS).toEqual(defaultConfig().limits);
  });

  it('take sizes in bytes or with a binary or decimal unit', () => {
    const bytes = (v: unknown) =>
      parseConfig({ limits: { 'max-inflated-bytes': v } }, 'c').limits['max-inflated-bytes'];
    expect(bytes('512 MiB')).toBe(512 * MiB);
    expect(bytes('2GiB')).toBe(2 * 1024 ** 3);
    expect(bytes('1.5 GB')).toBe(1_500_000_000);
    expect(bytes(2_000_000)).toBe(2_000_000);
    expect(parseConfig({ limits: { 'max-gzip-ratio': 50 } }, 'c').limits['max-gzip-ratio']).toBe(50);
  });

  it('refuse a size without a known unit, one under 1 MiB, a ratio under 10 and unknown keys, in one line', () => {
    const error = (limits: unknown) => () => parseConfig({ limits }, '--config: audit.yml');
    expect(error({ 'max-inflated-bytes': '12 parsecs' })).toThrow(
      "--config: audit.yml: limits.max-inflated-bytes: expected a size such as 8 GiB, 512 MiB or 500 MB, got '12 parsecs'",
    );
    expect(error({ 'max-inflated-bytes': '10 KiB' })).toThrow(
      "--config: audit.yml: limits.max-inflated-bytes: expected a size of at least 1048576 bytes, got '10 KiB'",
    );
    expect(error({ 'max-gzip-ratio': 2 })).toThrow(
      '--config: audit.yml: limits.max-gzip-ratio: expected a number >= 10, got 2',
    );
    expect(error({ 'max-lines': 5 })).toThrow(
      '--config: audit.yml: limits.max-lines: unknown key: expected one of max-inflated-bytes, max-gzip-ratio',
    );
  });
});

describe('the inflate budget', () => {
  it('lets a small file inflate far more than the ratio, and judges the ratio only past 32 MiB', () => {
    const budget = new InflateBudget();
    budget.take(RATIO_CHECK_AFTER, 1);
    expect(budget.inflated).toBe(RATIO_CHECK_AFTER);
    expect(() => budget.take(1, 1)).toThrow(
      'inflated more than 1000 times its compressed size (limits.max-gzip-ratio), stopped at 32 MiB',
    );
  });

  it('stops at the size limit before the output that would pass it, and names the key', () => {
    const budget = new InflateBudget({ 'max-inflated-bytes': 10 * MiB, 'max-gzip-ratio': 1000 });
    budget.take(10 * MiB, MiB);
    let thrown: unknown;
    try {
      budget.take(1, MiB);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputLimitError);
    expect((thrown as InputLimitError).key).toBe('max-inflated-bytes');
    expect((thrown as Error).message).toBe('inflated past 10 MiB (limits.max-inflated-bytes), stopped there');
    expect(budget.inflated).toBe(10 * MiB);
  });

  it('writes sizes in the unit that reads best', () => {
    expect([0, 1023, 1536, 64 * MiB, 8 * 1024 ** 3].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.5 KiB',
      '64 MiB',
      '8 GiB',
    ]);
  });
});

describe('a gzip file past a limit', () => {
  for (const gunzip of ['in-place', 'stream'] as const) {
    it(`is stopped, its records before the stop counted, and the next file read (${gunzip} gunzip)`, async () => {
      const bomb = join(dir, `${gunzip}-bomb.log.gz`);
      const good = join(dir, `${gunzip}-good.log.gz`);
      writeFileSync(bomb, recordsThenRun);
      writeFileSync(good, gzipSync(RECORD));
      const counter = new InputCounter();
      const options = { interfaces: new InterfaceTable(), gunzip, limits: LIMIT_64_MIB };
      for (const file of [bomb, good])
        await readLocalFile(
          file,
          counter.sinkFor((r) => counter.record(r)),
          options,
        );
      expect(counter.summary).toMatchObject({
        files: 1,
        records: 1001,
        unreadableFiles: 1,
        errors: [{ file: bomb, message: STOPPED_AT_64_MIB }],
      });
    });

    it(`is stopped by the default ratio when it is a run of zeros (${gunzip} gunzip)`, async () => {
      const log = new ReaderLog();
      await readTextStream('zeros.gz', Readable.from([zeros]), true, log, {
        interfaces: log.table,
        gunzip,
      });
      expect(log.fileErrors).toEqual([{ file: 'zeros.gz', message: STOPPED_BY_RATIO }]);
      expect(log.filesRead).toEqual([]);
    });
  }

  it('is read whole when its limits are raised (a genuine file)', async () => {
    const log = new ReaderLog();
    await readTextStream('zeros.gz', Readable.from([zeros]), true, log, {
      interfaces: log.table,
      limits: { 'max-inflated-bytes': 8 * 1024 * MiB, 'max-gzip-ratio': 2000 },
    });
    expect(log.fileErrors).toEqual([]);
    // Zeros are one line without a newline: too long to be a record.
    expect(log.malformedLines).toEqual([
      { file: 'zeros.gz', line: 1, message: 'line longer than 65536 bytes, skipped' },
    ]);
  });
});

describe('an S3 object past a limit (moto)', () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto();
  });

  afterAll(() => moto?.stop());

  it('is that object’s input error, and the other objects are read', async () => {
    const { s3 } = motoClients(moto);
    await s3.send(new CreateBucketCommand({ Bucket: 'hostile' }));
    const objects = [
      { key: 'a/bomb.log.gz', body: recordsThenRun },
      { key: 'b/zeros.log.gz', body: zeros },
      { key: 'c/good.log.gz', body: gzipSync(RECORD) },
    ];
    for (const o of objects)
      await s3.send(new PutObjectCommand({ Bucket: 'hostile', Key: o.key, Body: o.body }));
    const counter = new InputCounter();
    await readS3Objects(
      s3,
      objects.map((o) => ({ bucket: 'hostile', key: o.key })),
      counter.sinkFor((r) => counter.record(r)),
      { interfaces: new InterfaceTable(), limits: LIMIT_64_MIB },
      1,
    );
    expect(counter.summary).toMatchObject({
      files: 1,
      records: 1001,
      unreadableFiles: 2,
      errors: [
        { file: 's3://hostile/a/bomb.log.gz', message: STOPPED_AT_64_MIB },
        { file: 's3://hostile/b/zeros.log.gz', message: STOPPED_BY_RATIO },
      ],
    });
  });
});

describe('worker threads', () => {
  let bundle = '';

  beforeAll(async () => {
    // The worker thread runs a bundle (as dist/worker.js is); beside node_modules, so that its
    // packages resolve.
    bundle = mkdtempSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cache-sgfa-limits-'));
    await build({
      entryPoints: { worker: join(import.meta.dirname, '..', '..', 'src', 'worker.ts') },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outdir: bundle,
      outExtension: { '.js': '.mjs' },
      logLevel: 'error',
    });
  });

  afterAll(() => rmSync(bundle, { recursive: true, force: true }));

  it('stop a file at the limits of the config file, as the main thread does', async () => {
    const config = parseConfig({ limits: { 'max-inflated-bytes': '64 MiB' } }, 'test');
    const files = [1, 2, 3, 4].map((n) => {
      const path = join(dir, `worker-${n}.log.gz`);
      writeFileSync(path, recordsThenRun);
      return { path, size: statSync(path).size };
    });
    const compiled = compileInventory({ groups: [], rules: [], interfaces: [], prefixLists: [] });
    const collector = new UsageCollector(compiled, config);
    const sink = collector.sink();
    // The main thread waits, after its first file, until the worker has read into one of its
    // own: so the worker surely reads some of the files.
    let workerReading = (): void => undefined;
    const workerRead = new Promise<void>((resolve) => (workerReading = resolve));
    const states = await collectInWorkers({
      script: join(bundle, 'worker.mjs'),
      threads: 2,
      files,
      compiled,
      config,
      logFormat: undefined,
      readOnMainThread: async (file) => {
        await readLocalFile(file, sink, { interfaces: compiled.table, limits: config.limits });
        await workerRead;
      },
      onProgress: () => workerReading(),
    });
    expect(states).toHaveLength(1);
    expect(states[0]?.input.unreadableFiles).toBeGreaterThan(0);
    for (const state of states) absorbState(collector, state);
    const input = collector.input.summary;
    expect(input).toMatchObject({ files: 0, records: 4000, unreadableFiles: 4 });
    expect(input.errors.map((e) => e.message)).toEqual(Array(4).fill(STOPPED_AT_64_MIB));
  });
});
