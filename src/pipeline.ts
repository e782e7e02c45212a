/**
 * The pipeline both front doors call: sources → analysis → report. It reads, it does not print.
 * Local files and a live source (src/live.ts) feed the same collector.
 */
import { stat } from 'node:fs/promises';
import { compileInventory } from './analysis/compile.js';
import { collectedFrom } from './analysis/collected.js';
import { absorbState, type CollectorState } from './analysis/thread-state.js';
import { buildReport } from './analysis/report.js';
import { UsageCollector } from './analysis/usage.js';
import type { Config } from './config.js';
import { ConfigurationError, editDistance } from './errors.js';
import type { Inventory } from './inventory/model.js';
import { readInventorySnapshot } from './inventory/snapshot.js';
import type { LiveInput, LiveOptions } from './live-options.js';
import type { ObjectWorkerSetup } from './object-pool.js';
import { ReadingProgress } from './progress/reading.js';
import { silentProgress, type ProgressReporter } from './progress/reporter.js';
import type { Report } from './report/types.js';
import { discoverFiles } from './sources/discover.js';
import { readLocalFile, type ReaderSink } from './sources/file.js';
import { KNOWN_FIELDS, parseLogFormat, type RecordFormat } from './sources/format.js';
import { showControls } from './report/escape.js';
import type { InterfaceTable } from './sources/interfaces.js';
import { VERSION } from './version.js';
import { collectInWorkers, threadCount } from './workers.js';

export interface AnalyzeOptions {
  /** Files, directories and globs of flow logs. */
  flowLogs: string[];
  /**
   * CSV files of pre-aggregated records (docs/aggregates.md): the result of the Athena or Logs
   * Insights query, or of the same query run elsewhere. Read after the flow logs, into the same
   * collector.
   */
  aggregates?: readonly string[] | undefined;
  /** Folder of AWS CLI JSON; without it, no rule is judged (only the input is counted). */
  inventoryDir?: string | undefined;
  /** An inventory already read (the live path). */
  inventory?: Inventory | undefined;
  /** `${field} …` for files without a header line. */
  logFormat?: string | undefined;
  config: Config;
  now?: Date;
  /** Worker threads for reading files (default one per core); 1 reads on the main thread. */
  threads?: number | undefined;
  /** The bundle to start worker threads from; without it, files are read on the main thread. */
  workerScript?: string | undefined;
  /**
   * Live AWS input: the inventory from EC2 (unless `inventory` or `inventoryDir` is given) and
   * the flow logs of `source` over [now - lookback, now], read along with any local files.
   */
  live?: LiveOptions | undefined;
  /** Shows how the reading goes (files, records/s, MB/s, time left); silent by default. */
  progress?: ProgressReporter | undefined;
}

const EMPTY_INVENTORY: Inventory = { groups: [], rules: [], interfaces: [], prefixLists: [] };

/** Parses `--log-format`, or fails with the flag named. */
export function resolveLogFormat(text: string | undefined): RecordFormat | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const format = parseLogFormat(text);
  // An empty ${} among named fields would silently shift every later field by one column.
  if (format !== undefined && /\$\{\s*\}/.test(text))
    throw new ConfigurationError(
      `--log-format: an empty \${} in '${showControls(text.slice(0, 120))}': name every field`,
    );
  const typo = format?.fields.find((f) => !KNOWN_FIELDS.includes(f) && closestField(f) !== undefined);
  if (typo !== undefined)
    throw new ConfigurationError(
      `--log-format: unknown field '${typo}': did you mean '${closestField(typo)}'?`,
    );
  if (!format)
    throw new ConfigurationError(
      `--log-format: expected fields like '\${version} \${srcaddr} …', got '${text}'`,
    );
  return format;
}

/**
 * The known field a name is a likely typo of (at most two edits away), or undefined. Names
 * further from every known field are kept: AWS adds fields, and a newer one must still read.
 */
function closestField(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of KNOWN_FIELDS) {
    const d = editDistance(name, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

export async function analyze(options: AnalyzeOptions): Promise<Report> {
  const format = resolveLogFormat(options.logFormat);
  const liveFormat = options.live ? resolveLogFormat(options.live.logFormat) : undefined;
  const now = options.now ?? new Date();
  // Local paths first: a typo in --flow-logs fails before any AWS call.
  let files: string[] = [];
  if (options.flowLogs.length > 0) {
    const found = await discoverFiles(options.flowLogs);
    if (found.files.length === 0) {
      const first = found.missing[0];
      throw new ConfigurationError(
        `--flow-logs: ${first?.path ?? options.flowLogs[0]}: ${first?.message ?? 'no files'}`,
      );
    }
    files = found.files;
  }
  const given =
    options.inventory ??
    (options.inventoryDir ? await readInventorySnapshot(options.inventoryDir) : undefined);
  // Live S3 objects are parsed on worker threads as well (src/object-pool.ts); the workers' states
  // join the main thread's collector once the feed is done.
  const liveStates: CollectorState[] = [];
  const liveInWorkers = { objects: 0, records: 0 };
  const workers: ObjectWorkerSetup | undefined =
    options.live && options.workerScript !== undefined && options.threads !== 1
      ? {
          script: options.workerScript,
          threads: options.threads,
          config: options.config,
          absorb: (state) => liveStates.push(state),
          progress: liveInWorkers,
        }
      : undefined;
  const live = options.live
    ? await (
        await loadLive()
      ).openLiveInput(options.live, {
        now,
        inventory: given,
        format: liveFormat,
        query: {
          ephemeralStart: options.config['ephemeral-port-start'],
          bucketSeconds: options.config.thresholds['bucket-seconds'],
        },
        limits: options.config.limits,
        workers,
      })
    : undefined;
  const inventory = live?.inventory ?? given ?? EMPTY_INVENTORY;
  const compiled = compileInventory(inventory);

  const progress = options.progress ?? silentProgress;
  // Sizes choose the thread count and the order of the files, and are the total that progress
  // counts down; a file that cannot be read counts as empty here and is reported by the reader.
  const mayUseWorkers = !(options.threads === 1 || files.length < 2 || options.workerScript === undefined);
  const sized =
    mayUseWorkers || (progress.active && files.length > 0)
      ? await Promise.all(
          files.map(async (path) => ({ path, size: (await stat(path).catch(() => undefined))?.size ?? 0 })),
        )
      : undefined;
  const totalBytes = sized?.reduce((n, f) => n + f.size, 0);
  const threads = threadCount(options.threads, files.length, mayUseWorkers ? totalBytes : undefined);
  const inWorkers = mayUseWorkers && sized !== undefined && threads > 1;
  // The main thread's collector: the main thread's share of the local files, then the live source.
  const collector = new UsageCollector(compiled, options.config);
  const sink = collector.sink();
  const reading = progress.active ? new ReadingProgress(() => collector.input.summary.records) : undefined;
  const sizes = reading && sized ? new Map(sized.map((f) => [f.path, f.size])) : undefined;
  const readOne = (file: string): Promise<void> =>
    readLocalFile(file, sink, { interfaces: compiled.table, format, limits: options.config.limits });
  const readFile = reading
    ? async (file: string): Promise<void> => {
        await readOne(file);
        reading.fileDone(sizes?.get(file) ?? 0);
      }
    : readOne;
  let fromWorkers: Awaited<ReturnType<typeof collectInWorkers>> | undefined;
  if (reading && files.length > 0)
    progress.start({ unit: 'files', files: files.length, bytes: totalBytes }, () => reading.sample());
  try {
    if (inWorkers)
      fromWorkers = await collectInWorkers({
        script: options.workerScript as string,
        threads,
        files: sized,
        compiled,
        config: options.config,
        logFormat: options.logFormat,
        readOnMainThread: readFile,
        onProgress: reading ? (id, report, bytes) => reading.worker(id, report, bytes) : undefined,
      });
    else for (const file of files) await readFile(file);
  } finally {
    progress.stop();
  }
  // The workers' tables join the main thread's, and the records they held for pairing join its
  // own before any is resolved.
  for (const state of fromWorkers ?? []) absorbState(collector, state);
  const read = collector.input.summary;
  // Exit 2 only when nothing at all came out of the files: a file that broke off after some
  // records still gave evidence, and its error is in input.errors.
  if (files.length > 0 && read.files === 0 && read.records === 0) {
    const first = read.errors.find((e) => e.line === undefined);
    throw new ConfigurationError(
      `--flow-logs: not one of ${files.length} file(s) could be read${first ? ` (${first.file}: ${first.message})` : ''}`,
    );
  }
  for (const file of options.aggregates ?? []) await readAggregates(file, sink, compiled.table);
  if (live) {
    await feedLive(
      live,
      sink,
      compiled.table,
      progress,
      () => collector.input.summary.records,
      liveInWorkers,
    );
    for (const state of liveStates) absorbState(collector, state);
  }
  const collected = collectedFrom(collector);
  return buildReport(compiled, collected, options.config, {
    toolVersion: VERSION,
    hasTraffic: files.length > 0 || live !== undefined || (options.aggregates ?? []).length > 0,
    coverageNotes: live?.notes,
    ...(options.now ? { now: options.now } : {}),
  });
}

/**
 * Reads the live source into the sink. With progress shown, S3 objects and log streams are
 * counted as they end; the records are the collector's count beyond those of the local files,
 * and those the object workers counted (`inWorkers`).
 */
async function feedLive(
  live: LiveInput,
  sink: ReaderSink,
  interfaces: InterfaceTable,
  progress: ProgressReporter,
  records: () => number,
  inWorkers: { objects: number; records: number },
): Promise<void> {
  if (!progress.active) return live.feed(sink, interfaces);
  const before = records();
  let done = 0;
  // Only the per-object calls are wrapped: records go to the collector as they did.
  const counting: ReaderSink = {
    ...sink,
    fileRead: (fields, file) => {
      done++;
      sink.fileRead(fields, file);
    },
    fileError: (file, message) => {
      done++;
      sink.fileError(file, message);
    },
  };
  progress.start({ unit: 'objects' }, () => {
    const counted = records() - before + inWorkers.records;
    return {
      filesDone: done + inWorkers.objects,
      bytesDone: 0,
      records: counted,
      recordsInFilesDone: counted,
    };
  });
  try {
    await live.feed(counting, interfaces);
  } finally {
    progress.stop();
  }
}

/**
 * Reads an aggregate file; one that cannot be read at all stops the run (it is the whole input
 * of the run, unlike one flow-log file among many).
 */
async function readAggregates(file: string, sink: ReaderSink, interfaces: InterfaceTable): Promise<void> {
  const { readAggregateFile } = await import('./sources/aggregates/csv.js');
  let failed: string | undefined;
  const { rows } = await readAggregateFile(
    file,
    { ...sink, fileError: (f, message) => ((failed = message), sink.fileError(f, message)) },
    interfaces,
  );
  if (failed !== undefined && rows === 0) throw new ConfigurationError(`--aggregates: ${file}: ${failed}`);
}

/**
 * The live reader, loaded only when a live source is asked for: it brings the AWS SDK (about
 * 90 MB of memory), which offline runs and worker threads do without. The bundler makes it a
 * chunk of its own, loaded on first use.
 */
function loadLive(): Promise<typeof import('./live.js')> {
  return import('./live.js');
}
