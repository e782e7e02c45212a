/**
 * The object workers that parse live S3 objects (src/object-pool.ts), fed from async iterables as
 * an S3 body is: the bytes a worker has not parsed yet stay bounded however large the object, a
 * download that breaks off ends as the main thread's reader ends it, the download of an object the
 * worker stopped reading stops, and a worker that dies fails the run rather than leaving it waiting.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInventory } from '../../src/analysis/compile.js';
import { UsageCollector } from '../../src/analysis/usage.js';
import { defaultConfig, type Config } from '../../src/config.js';
import type { Inventory } from '../../src/inventory/model.js';
import { IN_FLIGHT_BYTES, ObjectWorkerPool, PIECE_BYTES } from '../../src/object-pool.js';
import { readTextStream } from '../../src/sources/file.js';
import { DEFAULT_FIELDS, makeFormat } from '../../src/sources/format.js';
import type { InputSummary } from '../../src/sources/stats.js';

const repo = join(import.meta.dirname, '..', '..');
const INVENTORY: Inventory = { groups: [], rules: [], interfaces: [], prefixLists: [] };
const FORMAT = makeFormat(DEFAULT_FIELDS);
const WINDOW = { start: new Date(0), end: new Date(4_000_000_000_000) };
/** A record of the default format, each one a distinct connection; all are 100 bytes long. */
const line = (i: number): string =>
  `2 123456789012 eni-1 198.51.100.7 10.0.0.1 ${String(10000 + (i % 50000)).padStart(5, '0')} 443 6 1 40 1763900000 1763900060 ACCEPT OK`.padEnd(
    99,
    ' ',
  ) + '\n';
const LINE_BYTES = line(0).length;

let work = '';
let workerScript = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sgfa-object-pool-'));
  workerScript = join(work, 'worker.mjs');
  await build({
    entryPoints: [join(repo, 'src', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerScript,
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function startPool(
  config: Config = defaultConfig(),
  progress = { objects: 0, records: 0 },
): ObjectWorkerPool {
  return new ObjectWorkerPool({
    script: workerScript,
    threads: 1,
    inventory: INVENTORY,
    config,
    window: WINDOW,
    progress,
  });
}

/** What the main thread's own reader makes of the same bytes. */
async function onMainThread(
  name: string,
  bytes: AsyncIterable<Uint8Array>,
  gzipped: boolean,
  config: Config = defaultConfig(),
): Promise<InputSummary> {
  const compiled = compileInventory(INVENTORY);
  const collector = new UsageCollector(compiled, config);
  await readTextStream(name, Readable.from(bytes, { objectMode: false }), gzipped, collector.sink(), {
    interfaces: compiled.table,
    format: FORMAT,
    limits: config.limits,
  });
  return collector.input.summary;
}

/** `lines` records in chunks of 64 KiB, as a socket delivers them, then `end()` (or a throw). */
async function* body(lines: number, end: () => void = () => undefined): AsyncGenerator<Buffer> {
  const perChunk = Math.floor(65_536 / LINE_BYTES);
  for (let i = 0; i < lines; i += perChunk) {
    const n = Math.min(perChunk, lines - i);
    yield Buffer.from(Array.from({ length: n }, (_, k) => line(i + k)).join(''));
  }
  end();
}

describe('object workers', () => {
  it('keep at most IN_FLIGHT_BYTES of an object handed over and not parsed, however large it is', async () => {
    const progress = { objects: 0, records: 0 };
    const pool = startPool(defaultConfig(), progress);
    const lines = 400_000; // 40 MB, ten times the bound
    let yielded = 0;
    let ahead = 0;
    async function* watched(): AsyncGenerator<Buffer> {
      for await (const chunk of body(lines)) {
        // What was pulled from the download beyond what the worker has parsed (its records so far).
        ahead = Math.max(ahead, yielded - progress.records * LINE_BYTES);
        yielded += chunk.length;
        yield chunk;
      }
    }
    await pool.parse('s3://bucket/big.log', watched(), false, { rule: undefined, format: FORMAT });
    const { states } = await pool.finish();
    expect(states.map((s) => s.input.records)).toEqual([lines]);
    expect(progress).toEqual({ objects: 1, records: lines });
    expect(pool.peakInFlight).toBeLessThanOrEqual(IN_FLIGHT_BYTES);
    // In flight, the piece being filled here, the piece being parsed there (given back as the
    // parser takes it), and a line cut between two pieces.
    expect(ahead).toBeLessThanOrEqual(IN_FLIGHT_BYTES + 2 * PIECE_BYTES + LINE_BYTES);
    expect(ahead).toBeGreaterThan(0);
  });

  it('report a download that breaks off as the main thread does: its records before the break, then one error', async () => {
    const reset = (): never => {
      throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    };
    // 30,000 records: more than one piece, the last one partly filled when the download breaks.
    const pool = startPool();
    await pool.parse('s3://bucket/cut.log', body(30_000, reset), false, { rule: undefined, format: FORMAT });
    const [state] = (await pool.finish()).states;
    const main = await onMainThread('s3://bucket/cut.log', body(30_000, reset), false);
    expect(main.records).toBe(30_000);
    expect(main.errors).toEqual([
      {
        file: 's3://bucket/cut.log',
        message: 'read ECONNRESET after line 30000; the records before it were counted',
      },
    ]);
    expect(state?.input.records).toBe(main.records);
    expect(state?.input.errors).toEqual(main.errors);
    expect(state?.input.files).toBe(0);
  });

  it('stop the download of an object the worker stopped reading (a gzip past limits.max-inflated-bytes)', async () => {
    const config = defaultConfig();
    config.limits = { ...config.limits, 'max-inflated-bytes': 1 << 20 };
    // 20 MB of text, gzipped level 0 so that it stays as large: far more than the worker needs.
    const text = Buffer.from(Array.from({ length: 200_000 }, (_, i) => line(i)).join(''));
    const gzipped = gzipSync(text, { level: 0 });
    let pulled = 0;
    async function* download(): AsyncGenerator<Buffer> {
      for (let at = 0; at < gzipped.length; at += 65_536) {
        pulled += Math.min(65_536, gzipped.length - at);
        yield gzipped.subarray(at, at + 65_536);
      }
    }
    const pool = startPool(config);
    await pool.parse('s3://bucket/bomb.log.gz', download(), true, { rule: undefined, format: FORMAT });
    const [state] = (await pool.finish()).states;
    // Where exactly inflating stops depends on how the compressed bytes were cut into chunks (by
    // the network, on the main thread too): the records up to there count, and the error says so.
    const stopped =
      /^inflated past 1 MiB \(limits\.max-inflated-bytes\), stopped there after line (\d+); the records before it were counted; raise limits\.max-inflated-bytes in the config file if the file is genuine$/;
    const message = state?.input.errors[0]?.message ?? '';
    expect(state?.input.errors).toEqual([
      { file: 's3://bucket/bomb.log.gz', message: expect.stringMatching(stopped) },
    ]);
    expect(state?.input.records).toBe(Number(stopped.exec(message)?.[1]));
    expect(state?.input.records).toBeGreaterThan(10_000);
    expect(pulled).toBeLessThan(gzipped.length / 2);
  });

  it('fail the parse, not wait forever, when a worker exits before its result', async () => {
    const pool = startPool();
    async function* endless(): AsyncGenerator<Buffer> {
      for (let i = 0; ; i++) yield Buffer.from(line(i).repeat(600));
    }
    const parsing = pool.parse('s3://bucket/endless.log', endless(), false, {
      rule: undefined,
      format: FORMAT,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await pool.terminate();
    await expect(parsing).rejects.toThrow('object worker exited with code 1 before its result');
    await expect(pool.finish()).rejects.toThrow('object worker exited with code 1 before its result');
  });
});
