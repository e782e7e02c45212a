/**
 * The worker thread's side of parsing S3 objects (src/object-pool.ts is the main thread's): the
 * main thread downloads each object and hands its bytes over in pieces as they arrive; this thread
 * gunzips and parses them into its own collector, several objects at once, and gives each piece
 * back (`taken`) once it is parsed, which is what lets the main thread download more.
 *
 * Each object's records pass the same two rules the main thread applies to the objects it reads
 * itself: the window cut (src/sources/window.ts), then the flow-log rule of `--source auto`
 * (src/sources/flow-log-filter.ts). What they left out and kept is counted here and sent with the
 * collector's state at the end.
 */
import { Readable } from 'node:stream';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { compileInventory } from './analysis/compile.js';
import { stateOf, type CollectorState } from './analysis/thread-state.js';
import { UsageCollector } from './analysis/usage.js';
import type { Config } from './config.js';
import type { Inventory } from './inventory/model.js';
import { readTextStream, type ReaderSink } from './sources/file.js';
import { keepChosen, type FlowLogRule } from './sources/flow-log-filter.js';
import type { RecordFormat } from './sources/format.js';
import { WindowCut, type TimeWindow } from './sources/window.js';

/** Tells an object worker's `workerData` from a scan worker's (both run dist/worker.js). */
export const OBJECT_WORKER_MARKER = 'sg-flow-audit-object-worker';

/** What an object worker starts with (its `workerData`). */
export interface ObjectWorkerInit {
  marker: typeof OBJECT_WORKER_MARKER;
  inventory: Inventory;
  config: Config;
  /** The window records are cut to, as the main thread's WindowCut cuts them. */
  window: TimeWindow;
}

/** Main thread → worker. Objects and rules are numbered by the main thread. */
export type ToObjectWorker =
  | { type: 'rule'; rule: number; value: FlowLogRule }
  | {
      type: 'open';
      object: number;
      /** `s3://bucket/key`: the name in errors and in the report's `fields` choice. */
      name: string;
      gzipped: boolean;
      /** The format of header-less text (DescribeFlowLogs' or `--log-format`). */
      format: RecordFormat | undefined;
      /** The flow-log rule sent before, or -1 to keep every record. */
      rule: number;
    }
  | { type: 'bytes'; object: number; bytes: Uint8Array }
  | { type: 'end'; object: number }
  /** The download broke off: the object ends with this error, as a stream that failed would. */
  | { type: 'fail'; object: number; message: string; code: string | undefined }
  | { type: 'finish' };

/** Worker → main thread. `records` is the worker's count so far, for progress. */
export type FromObjectWorker =
  | { type: 'taken'; bytes: number; records: number }
  | { type: 'done'; object: number; records: number }
  | { type: 'result'; state: CollectorState; outside: number; kept: number[] };

/** Whether this thread was started as an object worker. */
export function isObjectWorker(): boolean {
  return !isMainThread && (workerData as { marker?: unknown } | null)?.marker === OBJECT_WORKER_MARKER;
}

/**
 * The bytes of one object as they arrive, read by the parser as an async iterable. A piece counts
 * as taken when the parser asks for the next one (it has parsed this one), or when the parser
 * stopped early and the piece is dropped.
 */
class ObjectBytes {
  private readonly queue: Buffer[] = [];
  private ended = false;
  private closed = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly taken: (bytes: number) => void) {}

  push(bytes: Uint8Array): void {
    if (this.closed) this.taken(bytes.byteLength);
    else this.queue.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  fail(error: Error): void {
    this.failure = error;
    this.wake?.();
  }

  /** The parser is done with this object: what is still queued, or arrives later, is dropped. */
  close(): void {
    this.closed = true;
    for (const piece of this.queue.splice(0)) this.taken(piece.byteLength);
    this.wake?.();
  }

  async *pieces(): AsyncGenerator<Buffer> {
    let held = 0;
    try {
      for (;;) {
        const next = this.queue.shift();
        if (next !== undefined) {
          held = next.byteLength;
          yield next;
          this.taken(held);
          held = 0;
          continue;
        }
        // Pieces before a failure are parsed first, as a stream delivers its data before its error.
        if (this.failure) throw this.failure;
        if (this.ended || this.closed) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    } finally {
      if (held > 0) this.taken(held);
      this.close();
    }
  }
}

/** The worker's side: parse the objects handed over, then send the collector's state. */
export async function runObjectWorker(): Promise<void> {
  const init = workerData as ObjectWorkerInit | undefined;
  const port = parentPort;
  if (!isObjectWorker() || !port || init === undefined)
    throw new Error('the object worker runs only as a worker thread');
  const compiled = compileInventory(init.inventory);
  const collector = new UsageCollector(compiled, init.config);
  const collect = collector.sink();
  const cut = new WindowCut(init.window);
  const records = (): number => collector.input.summary.records;
  // Records kept by flow-log number; sized by the first rule (every rule has one slot per flow log read).
  let kept: number[] = [];
  const sinks = new Map<number, ReaderSink>([[-1, cut.wrap(collect)]]);
  const objects = new Map<number, ObjectBytes>();
  const taken = (bytes: number): void =>
    port.postMessage({ type: 'taken', bytes, records: records() } satisfies FromObjectWorker);
  let finishing = false;
  let resolveDone: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (resolveDone = resolve));
  const checkDone = (): void => {
    if (finishing && objects.size === 0) resolveDone();
  };

  port.on('message', (message: ToObjectWorker) => {
    switch (message.type) {
      case 'rule':
        if (kept.length === 0) kept = Array.from(message.value.keep, () => 0);
        // The window cut first, then the rule: the order of the main thread's wrappers, so that
        // records outside the window are not counted as kept.
        sinks.set(message.rule, cut.wrap(keepChosen(collect, message.value, kept)));
        return;
      case 'open': {
        const bytes = new ObjectBytes(taken);
        const { object } = message;
        objects.set(object, bytes);
        const sink = sinks.get(message.rule);
        if (sink === undefined)
          throw new Error(`object ${message.name}: rule ${message.rule} was never sent`);
        const input = Readable.from(bytes.pieces(), { objectMode: false });
        const options = { interfaces: compiled.table, format: message.format, limits: init.config.limits };
        void readTextStream(message.name, input, message.gzipped, sink, options).then(() => {
          bytes.close();
          objects.delete(object);
          port.postMessage({ type: 'done', object, records: records() } satisfies FromObjectWorker);
          checkDone();
        });
        return;
      }
      case 'bytes': {
        const bytes = objects.get(message.object);
        // An object the parser already finished (it stopped at a limit or corrupt data).
        if (bytes === undefined) taken(message.bytes.byteLength);
        else bytes.push(message.bytes);
        return;
      }
      case 'end':
        objects.get(message.object)?.end();
        return;
      case 'fail':
        objects.get(message.object)?.fail(Object.assign(new Error(message.message), { code: message.code }));
        return;
      case 'finish':
        finishing = true;
        checkDone();
        return;
    }
  });
  await allDone;
  // The collector's tables as they are, records held for pairing unresolved: the main thread adds
  // them into its own (analysis/thread-state.ts), as it does for the scan workers' files.
  const { state, transfer } = stateOf(collector);
  port.postMessage(
    { type: 'result', state, outside: cut.outside, kept } satisfies FromObjectWorker,
    transfer,
  );
  port.close();
}
