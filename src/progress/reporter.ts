/**
 * Progress of a run while it reads, for the person waiting on it. The pipeline never pushes a
 * number per record: a reporter pulls a {@link ProgressSample} on its own schedule from counters
 * the reading keeps anyway (records counted, files finished), so that showing progress costs a
 * few reads of numbers a second and a silent run costs nothing.
 */

/** What the reading will cover, as far as is known before it starts. */
export interface ProgressTotals {
  /** What is counted as done: local files, or the objects and log groups of a live source. */
  unit: 'files' | 'objects';
  /** How many there are; undefined when not known in advance (a live source). */
  files?: number | undefined;
  /** Their bytes on disk (compressed as stored); undefined when not known. */
  bytes?: number | undefined;
}

/** The reading's counters at one moment, all threads together. */
export interface ProgressSample {
  /** Files read to their end or given up on. */
  filesDone: number;
  /** The bytes of the files done, as stored. */
  bytesDone: number;
  /** Records counted so far, those of files still being read included. */
  records: number;
  /**
   * The records of the files done: with `bytesDone`, the bytes a record takes, which tells how
   * far into the files still being read the reading is (a few large files finish late).
   */
  recordsInFilesDone: number;
}

/** Shows the progress of one reading phase at a time. */
export interface ProgressReporter {
  /**
   * Whether anything is shown: when not, the pipeline does not size files or ask worker threads
   * for reports, so that a silent run does exactly the work it did before progress existed.
   */
  readonly active: boolean;
  /** A phase begins; `sample` is called whenever the reporter wants the current counters. */
  start(totals: ProgressTotals, sample: () => ProgressSample): void;
  /** The phase is over (or failed): stop every timer, and leave the terminal as it was. */
  stop(): void;
}

/** Shows nothing: the default of the library, the Action and the tests. */
export const silentProgress: ProgressReporter = {
  active: false,
  start: () => undefined,
  stop: () => undefined,
};

/** A source of time and of periodic calls; tests pass a fake one. */
export interface Clock {
  /** Milliseconds on a monotonic scale. */
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called; never keeps the process alive. */
  every(ms: number, tick: () => void): () => void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    // Progress must never be what keeps a finished (or failed) run from exiting.
    timer.unref();
    return () => clearInterval(timer);
  },
};
