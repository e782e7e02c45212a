/**
 * Parses live S3 objects on worker threads. The main thread lists and downloads, several objects
 * at once (src/sources/s3.ts); each text or gzip object's bytes go, as they arrive, to one worker
 * (src/object-worker.ts), which gunzips and parses them into its own collector. At the end each
 * worker's collector state joins the main thread's (analysis/thread-state.ts) as the scan
 * workers' states do for local files, so the report is the one a single thread gives. Parquet
 * objects are read by byte ranges on the main thread, as before: they are rare in practice and
 * each range is its own request.
 *
 * Memory stays bounded: at most IN_FLIGHT_BYTES of bytes are handed to a worker and not yet
 * parsed; past that, the download of its objects waits (and with it, their sockets). The bytes
 * are copied once, out of the socket's buffers into pieces of PIECE_BYTES, whose buffers are then
 * moved to the worker rather than copied again.
 */
import { Worker } from 'node:worker_threads';
import type { CollectorState } from './analysis/thread-state.js';
import type { Config } from './config.js';
import type { Inventory } from './inventory/model.js';
import {
  OBJECT_WORKER_MARKER,
  type FromObjectWorker,
  type ObjectWorkerInit,
  type ToObjectWorker,
} from './object-worker.js';
import type { FlowLogRule } from './sources/flow-log-filter.js';
import type { RecordFormat } from './sources/format.js';
import type { TimeWindow } from './sources/window.js';
import { threadCount } from './workers.js';

/**
 * The most bytes handed to one worker and not yet parsed: at a worker's 20 to 30 MB/s of gzip,
 * about 80 ms of work queued, which covers the jitter of the downloads.
 */
export const IN_FLIGHT_BYTES = 2 << 20;

/**
 * Bytes go over in pieces of this size: fewer messages than the socket's 16 to 64 KiB chunks, and
 * small enough that the pieces a worker has done with weigh little (1 MiB pieces added 15 MB of
 * peak memory on the 10M-record corpus, and no speed).
 */
export const PIECE_BYTES = 256 << 10;

/** Objects downloaded at once per worker: one being parsed, one arriving behind it. */
const OBJECTS_PER_WORKER = 2;

/** What the pipeline lends the live reader to parse S3 objects on worker threads. */
export interface ObjectWorkerSetup {
  /** The worker bundle (dist/worker.js). */
  script: string;
  /** `--threads`: parsing threads; by default one per core when there is enough to read. */
  threads: number | undefined;
  config: Config;
  /** Takes each worker's collector state, once every object is read. */
  absorb(state: CollectorState): void;
  /** Objects the workers finished and the records they kept so far, for progress. */
  progress?: { objects: number; records: number } | undefined;
}

/** What one object's records go through, as the main thread would apply it. */
export interface ObjectTarget {
  /** The flow-log rule of `--source auto` (FlowLogFilter.rule), or none. */
  rule: FlowLogRule | undefined;
  /** The format of header-less text. */
  format: RecordFormat | undefined;
}

/** What the workers counted beside their collectors, to add to the main thread's counts. */
export interface ObjectWorkCounts {
  /** Records left out by the window cut. */
  outside: number;
  /** Records kept by flow-log number (FlowLogFilter.addKept). */
  kept: number[];
}

interface Slot {
  worker: Worker;
  /** Objects handed to it and not done. */
  open: number;
  /** Bytes handed to it and not taken. */
  inFlight: number;
  records: number;
  /** Senders waiting for the worker to take bytes. */
  waiting: (() => void)[];
  /** The rules it was sent, by the main thread's numbers. */
  rules: Set<number>;
  result: Promise<{ state: CollectorState } & ObjectWorkCounts>;
}

interface OpenObject {
  /** The worker is done with it: what is left of its download is not needed. */
  closed: boolean;
  resolve: () => void;
}

/** A fixed set of object workers, started at once and used until {@link finish}. */
export class ObjectWorkerPool {
  /** Objects to download at once so that every worker has one to parse and one coming. */
  readonly concurrency: number;
  /** The most bytes that were in flight to one worker (for the tests of the bound). */
  peakInFlight = 0;
  private readonly slots: Slot[];
  private readonly objects = new Map<number, OpenObject>();
  private readonly rules = new Map<FlowLogRule, number>();
  private nextObject = 0;
  private failure: Error | undefined;

  constructor(options: {
    script: string;
    threads: number;
    inventory: Inventory;
    config: Config;
    window: TimeWindow;
    progress?: { objects: number; records: number } | undefined;
  }) {
    const init: ObjectWorkerInit = {
      marker: OBJECT_WORKER_MARKER,
      inventory: options.inventory,
      config: options.config,
      window: options.window,
    };
    const progress = options.progress;
    this.concurrency = Math.max(4, OBJECTS_PER_WORKER * options.threads);
    this.slots = Array.from({ length: options.threads }, () => {
      const worker = new Worker(options.script, { workerData: init });
      const waiting: (() => void)[] = [];
      const slot = { worker, open: 0, inFlight: 0, records: 0, waiting, rules: new Set<number>() };
      const counted = (records: number): void => {
        slot.records = records;
        if (progress) progress.records = this.slots.reduce((n, s) => n + s.records, 0);
      };
      const result = new Promise<{ state: CollectorState } & ObjectWorkCounts>((resolve, reject) => {
        let done = false;
        worker.on('message', (message: FromObjectWorker) => {
          if (message.type === 'taken') {
            slot.inFlight -= message.bytes;
            counted(message.records);
            for (const wake of slot.waiting.splice(0)) wake();
          } else if (message.type === 'done') {
            const object = this.objects.get(message.object);
            this.objects.delete(message.object);
            slot.open--;
            counted(message.records);
            if (progress) progress.objects++;
            if (object) {
              object.closed = true;
              object.resolve();
            }
          } else {
            done = true;
            worker.unref();
            resolve(message);
          }
        });
        const fail = (e: Error): void => {
          if (done) return;
          done = true;
          this.fail(e);
          reject(e);
        };
        worker.on('error', fail);
        worker.on('exit', (code) =>
          fail(new Error(`object worker exited with code ${code} before its result`)),
        );
      });
      // Rejections reach the caller through parse() and finish(); this one is only observed.
      result.catch(() => undefined);
      return Object.assign(slot, { result });
    });
  }

  /**
   * Parses one object's text (gzip or not) on the least busy worker, reading `bytes` as fast as
   * the worker takes them; resolves once the worker has parsed it (or stopped at an error, which
   * it reports into its collector as the main thread's reader would). A download that breaks off
   * is the object's error, after the records of the bytes that came.
   */
  async parse(
    name: string,
    bytes: AsyncIterable<Uint8Array>,
    gzipped: boolean,
    target: ObjectTarget,
  ): Promise<void> {
    this.throwIfFailed();
    const slot = this.leastBusy();
    const id = this.nextObject++;
    let rule = -1;
    if (target.rule !== undefined) {
      rule = this.rules.get(target.rule) ?? this.rules.size;
      this.rules.set(target.rule, rule);
      if (!slot.rules.has(rule)) {
        slot.rules.add(rule);
        this.post(slot, { type: 'rule', rule, value: target.rule });
      }
    }
    let resolve: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolve = r));
    const object: OpenObject = { closed: false, resolve };
    this.objects.set(id, object);
    slot.open++;
    this.post(slot, { type: 'open', object: id, name, gzipped, format: target.format, rule });
    let piece = new Uint8Array(PIECE_BYTES);
    let filled = 0;
    try {
      for await (const chunk of bytes) {
        for (let at = 0; at < chunk.byteLength && !object.closed;) {
          const n = Math.min(chunk.byteLength - at, PIECE_BYTES - filled);
          piece.set(chunk.subarray(at, at + n), filled);
          filled += n;
          at += n;
          if (filled === PIECE_BYTES) {
            await this.hand(slot, id, piece);
            piece = new Uint8Array(PIECE_BYTES);
            filled = 0;
          }
        }
        // The worker stopped reading (a limit, corrupt data): leaving the loop ends the download.
        if (object.closed) break;
      }
      if (!object.closed) {
        if (filled > 0) await this.hand(slot, id, piece.slice(0, filled));
        this.post(slot, { type: 'end', object: id });
      }
    } catch (e) {
      this.throwIfFailed();
      if (!object.closed) {
        if (filled > 0) await this.hand(slot, id, piece.slice(0, filled));
        const { message, code } = e as NodeJS.ErrnoException;
        this.post(slot, { type: 'fail', object: id, message: message ?? String(e), code });
      }
    }
    await Promise.race([done, slot.result]);
    this.throwIfFailed();
  }

  /**
   * Waits for every worker's result, once every {@link parse} has resolved: their collector
   * states, and what they counted beside them.
   */
  async finish(): Promise<{ states: CollectorState[] } & ObjectWorkCounts> {
    for (const slot of this.slots) this.post(slot, { type: 'finish' });
    const results = await Promise.all(this.slots.map((s) => s.result));
    const kept: number[] = [];
    for (const r of results) r.kept.forEach((n, i) => (kept[i] = (kept[i] ?? 0) + n));
    return {
      states: results.map((r) => r.state),
      outside: results.reduce((n, r) => n + r.outside, 0),
      kept,
    };
  }

  /** Stops every worker (the run failed: they would keep the process alive). */
  async terminate(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Hands a piece over, after waiting while its worker has IN_FLIGHT_BYTES not yet taken. */
  private async hand(slot: Slot, object: number, piece: Uint8Array): Promise<void> {
    while (slot.inFlight > 0 && slot.inFlight + piece.byteLength > IN_FLIGHT_BYTES) {
      this.throwIfFailed();
      await new Promise<void>((resolve) => slot.waiting.push(resolve));
    }
    this.throwIfFailed();
    slot.inFlight += piece.byteLength;
    this.peakInFlight = Math.max(this.peakInFlight, slot.inFlight);
    this.post(slot, { type: 'bytes', object, bytes: piece }, [piece.buffer as ArrayBuffer]);
  }

  private post(slot: Slot, message: ToObjectWorker, transfer?: ArrayBuffer[]): void {
    slot.worker.postMessage(message, transfer);
  }

  /** The worker with the fewest objects, then the fewest bytes, in flight. */
  private leastBusy(): Slot {
    let best = this.slots[0] as Slot;
    for (const s of this.slots)
      if (s.open < best.open || (s.open === best.open && s.inFlight < best.inFlight)) best = s;
    return best;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const slot of this.slots) for (const wake of slot.waiting.splice(0)) wake();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/**
 * The object workers of one live feed, started when the first S3 prefix with enough to read asks
 * for them, and used for every prefix after it.
 */
export class LiveObjectWorkers {
  private pool: ObjectWorkerPool | undefined;

  constructor(
    private readonly setup: ObjectWorkerSetup,
    private readonly inventory: Inventory,
    private readonly window: TimeWindow,
  ) {}

  /**
   * The pool to parse these objects on, or undefined to read them on the main thread: with
   * `--threads 1`, or by default when they are too few bytes to pay for starting a worker (the
   * thread count of src/workers.ts, one parsing thread per object at most).
   */
  poolFor(objects: readonly { size: number }[]): ObjectWorkerPool | undefined {
    if (this.pool) return this.pool;
    const bytes = objects.reduce((n, o) => n + o.size, 0);
    const threads = threadCount(this.setup.threads, objects.length, bytes);
    if (threads < 2) return undefined;
    this.pool = new ObjectWorkerPool({
      script: this.setup.script,
      threads,
      inventory: this.inventory,
      config: this.setup.config,
      window: this.window,
      progress: this.setup.progress,
    });
    return this.pool;
  }

  /** Hands the workers' states to the pipeline and returns their other counts (none without workers). */
  async finish(): Promise<ObjectWorkCounts> {
    if (!this.pool) return { outside: 0, kept: [] };
    const { states, ...counts } = await this.pool.finish();
    for (const state of states) this.setup.absorb(state);
    return counts;
  }

  /** Stops the workers after a failure. */
  async stop(): Promise<void> {
    await this.pool?.terminate();
  }
}
