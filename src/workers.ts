/**
 * Spreads flow-log files over threads: the main thread and worker threads take files as they
 * are ready for more (so that a few large files do not leave a thread idle). Each worker compiles
 * the inventory, collects into its own tables, and hands them to the main thread, whose collector
 * adds them into its own (analysis/thread-state.ts): exactly what one thread would have collected.
 *
 * The workers run their own small bundle, `dist/worker.js` (src/worker.ts).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { compileInventory, type CompiledInventory } from './analysis/compile.js';
import { UsageCollector } from './analysis/usage.js';
import { stateOf, type CollectorState } from './analysis/thread-state.js';
import type { Config } from './config.js';
import type { Inventory } from './inventory/model.js';
import { readLocalFile } from './sources/file.js';
import { parseLogFormat } from './sources/format.js';
import { WORKER_PROGRESS_MS, type WorkerProgress } from './progress/reading.js';

const MARKER = 'sg-flow-audit-scan-worker';

/** The input (compressed bytes) that makes a worker thread worth starting. */
export const MIN_BYTES_PER_THREAD = 16 << 20;

/** The most compressed bytes handed to a thread at once. */
const BATCH_BYTES = 4 << 20;

/** The worker bundle, relative to the directory of the CLI's or the Action's bundle (dist/cli/, dist/action/). */
export const WORKER_BUNDLE = '../worker.js';

interface WorkerInit {
  marker: typeof MARKER;
  inventory: Inventory;
  config: Config;
  logFormat: string | undefined;
  /** Whether to report progress (only when a reporter shows it). */
  progress: boolean;
}

type ToWorker = { type: 'files'; files: string[] } | { type: 'finish' };
type FromWorker =
  | { type: 'ready'; progress?: WorkerProgress }
  | { type: 'progress'; progress: WorkerProgress }
  | { type: 'result'; state: CollectorState };

/**
 * The number of threads to use: the one asked for, else one per core when there is enough to
 * read; never more than there are files.
 */
export function threadCount(requested: number | undefined, files: number, bytes?: number): number {
  // By default, a thread per core and per MIN_BYTES_PER_THREAD of input: starting a worker and
  // merging its result cost about 70 ms, more than a few megabytes take to read.
  const byDefault =
    bytes === undefined
      ? availableParallelism()
      : Math.min(availableParallelism(), Math.ceil(bytes / MIN_BYTES_PER_THREAD));
  return Math.max(1, Math.min(requested ?? byDefault, files));
}

/** The worker's side: read files as they are handed over, then send the result. */
export async function runScanWorker(): Promise<void> {
  const init = workerData as WorkerInit | undefined;
  const port = parentPort;
  if (isMainThread || !port || init?.marker !== MARKER)
    throw new Error('the scan worker runs only as a worker thread');
  const compiled = compileInventory(init.inventory);
  const collector = new UsageCollector(compiled, init.config);
  const sink = collector.sink();
  const format = init.logFormat ? parseLogFormat(init.logFormat) : undefined;
  const queue: string[] = [];
  // Progress, when asked for: counted per file, sent on a timer that fires between the chunks of
  // a large file, and with each request for files; never per record.
  const progress: WorkerProgress = { files: 0, records: 0, recordsInFiles: 0 };
  const snapshot = (): WorkerProgress => {
    progress.records = collector.input.summary.records;
    return { ...progress };
  };
  let sent = -1;
  const reporting = init.progress
    ? setInterval(() => {
        const report = snapshot();
        if (report.records === sent) return;
        sent = report.records;
        port.postMessage({ type: 'progress', progress: report } satisfies FromWorker);
      }, WORKER_PROGRESS_MS).unref()
    : undefined;
  let finishing = false;
  let wake: (() => void) | undefined;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'files') queue.push(...message.files);
    else finishing = true;
    wake?.();
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
  for (;;) {
    if (queue.length > 0) {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        await readLocalFile(file, sink, { interfaces: compiled.table, format, limits: init.config.limits });
        progress.files++;
        progress.recordsInFiles = collector.input.summary.records;
      }
      port.postMessage(
        (reporting ? { type: 'ready', progress: snapshot() } : { type: 'ready' }) satisfies FromWorker,
      );
      continue;
    }
    if (finishing) break;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
  clearInterval(reporting);
  // The collector's tables as they are, records held for pairing unresolved (their reverse may
  // be in a file that another thread read): the main thread adds them into its own.
  const { state, transfer } = stateOf(collector);
  port.postMessage({ type: 'result', state } satisfies FromWorker, transfer);
  port.close();
}

/**
 * Reads the files on `threads` threads: the main thread (`readOnMainThread`, into its own
 * collector) and `threads - 1` workers started from `script`, and returns the workers' states
 * (in the order they finished) for the main thread's collector to absorb. Larger files go first,
 * so the last file to finish is a small one.
 *
 * The main thread takes a share rather than waiting: it starts reading while the workers boot,
 * and its own tables need no trip between threads.
 */
export async function collectInWorkers(options: {
  script: string;
  threads: number;
  files: { path: string; size: number }[];
  /** The main thread's compiled inventory: its inventory goes to the workers. */
  compiled: CompiledInventory;
  config: Config;
  logFormat: string | undefined;
  readOnMainThread: (file: string) => Promise<void>;
  /**
   * Receives each worker's progress (by worker number) with the bytes of the files it finished;
   * without it, workers do not report.
   */
  onProgress?: ((worker: number, progress: WorkerProgress, bytes: number) => void) | undefined;
}): Promise<CollectorState[]> {
  const pending = [...options.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
  let pendingBytes = pending.reduce((n, f) => n + f.size, 0);
  /**
   * The next files for a thread that asks: a batch, so that thousands of small files do not
   * each cost a message round trip, but a small share of what is left (a quarter of a thread's
   * share), so that the threads still finish together.
   */
  const nextBatch = (): { path: string; size: number }[] => {
    const target = Math.min(BATCH_BYTES, pendingBytes / (options.threads * 4));
    const batch: { path: string; size: number }[] = [];
    let bytes = 0;
    while (pending.length > 0 && (batch.length === 0 || bytes + (pending[0]?.size ?? 0) <= target)) {
      const file = pending.shift() as { path: string; size: number };
      batch.push(file);
      bytes += file.size;
    }
    pendingBytes -= bytes;
    return batch;
  };
  const init: WorkerInit = {
    marker: MARKER,
    inventory: options.compiled.inventory,
    config: options.config,
    logFormat: options.logFormat,
    progress: options.onProgress !== undefined,
  };
  const finished: CollectorState[] = [];
  const workers: Worker[] = [];
  const fromWorkers = Promise.all(
    Array.from(
      { length: options.threads - 1 },
      (_, id) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(options.script, { workerData: init });
          workers.push(worker);
          let done = false;
          // The sizes of the files handed to this worker, in order: a report of n files done is
          // the first n of them.
          const handed: number[] = [];
          let bytesDone = 0;
          let filesCounted = 0;
          const progressed = (progress: WorkerProgress): void => {
            for (; filesCounted < progress.files && filesCounted < handed.length; filesCounted++)
              bytesDone += handed[filesCounted] ?? 0;
            options.onProgress?.(id, progress, bytesDone);
          };
          worker.on('message', (message: FromWorker) => {
            if (message.type === 'result') {
              // The result is whole: use it now rather than when the thread has exited (tearing
              // down its heap takes tens of milliseconds, and nothing waits for it).
              done = true;
              worker.unref();
              finished.push(message.state);
              resolve();
              return;
            }
            if (message.progress) progressed(message.progress);
            if (message.type === 'progress') return;
            const files = nextBatch();
            for (const f of files) handed.push(f.size);
            worker.postMessage(
              (files.length === 0
                ? { type: 'finish' }
                : { type: 'files', files: files.map((f) => f.path) }) satisfies ToWorker,
            );
          });
          worker.on('error', (e) => {
            if (!done) reject(e);
          });
          worker.on('exit', (code) => {
            if (!done) reject(new Error(`scan worker exited with code ${code} before its result`));
          });
        }),
    ),
  );
  // A worker's failure ends the main thread's share at the next file, and is thrown below.
  let failed = false;
  fromWorkers.catch(() => (failed = true));
  try {
    for (let batch = nextBatch(); batch.length > 0 && !failed; batch = nextBatch())
      for (const file of batch) {
        await options.readOnMainThread(file.path);
        // A small file is read without waiting on anything: let the workers' requests for files
        // in between, or they would wait until the main thread had read every file.
        await new Promise((resolve) => setImmediate(resolve));
      }
    await fromWorkers;
  } catch (e) {
    // The run fails: stop the other threads rather than leave them waiting for files (they would
    // keep the process alive).
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  }
  return finished;
}
