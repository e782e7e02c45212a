/**
 * The counters behind a {@link ProgressSample} of reading local files on several threads: the
 * main thread's (kept as each of its files ends, its records read from its collector when asked),
 * and the last report of each worker thread (sent a few times a second, and with each request
 * for more files). Nothing here runs per record.
 */
import type { ProgressSample } from './reporter.js';

/** What a worker thread reports of its reading so far (all cumulative). */
export interface WorkerProgress {
  /** Files it has read to their end or given up on. */
  files: number;
  /** Records it has counted, those of the file it is reading included. */
  records: number;
  /** Records of the files it has finished. */
  recordsInFiles: number;
}

/** How often a worker thread reports while it reads (it also reports with each request for files). */
export const WORKER_PROGRESS_MS = 250;

export class ReadingProgress {
  private filesDone = 0;
  private bytesDone = 0;
  private recordsInFilesDone = 0;
  private readonly workers = new Map<number, WorkerProgress & { bytes: number }>();

  /** @param mainRecords the records the main thread's collector has counted so far */
  constructor(private readonly mainRecords: () => number) {}

  /** The main thread finished a file of `bytes` bytes. */
  fileDone(bytes: number): void {
    this.filesDone++;
    this.bytesDone += bytes;
    this.recordsInFilesDone = this.mainRecords();
  }

  /** A worker's latest report, with the bytes of the files it finished (known to the main thread). */
  worker(id: number, report: WorkerProgress, bytes: number): void {
    this.workers.set(id, { ...report, bytes });
  }

  sample(): ProgressSample {
    const sample: ProgressSample = {
      filesDone: this.filesDone,
      bytesDone: this.bytesDone,
      records: this.mainRecords(),
      recordsInFilesDone: this.recordsInFilesDone,
    };
    for (const w of this.workers.values()) {
      sample.filesDone += w.files;
      sample.bytesDone += w.bytes;
      sample.records += w.records;
      sample.recordsInFilesDone += w.recordsInFiles;
    }
    return sample;
  }
}
