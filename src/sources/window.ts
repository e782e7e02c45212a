/**
 * Cuts S3 flow-log records to the lookback window by the rule CloudWatch Logs applies, so that a
 * window gives the same report from either destination.
 *
 * S3 is listed by day folder (by hour with hourly partitions), so a 90-minute lookback reads the
 * whole day. CloudWatch Logs returns only the events whose timestamp lies in the window, and a
 * flow-log event's timestamp is the record's `start` (AWS VPC user guide, "Publish flow logs to
 * CloudWatch Logs"): the reader asks FilterLogEvents for [start, end - 1 ms], both ends included.
 * So an S3 record is kept when `start` seconds, as milliseconds, lie in [start, end).
 */
import type { ReaderSink } from './file.js';

/** The window [start, end). */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/**
 * Whether a record that started at `startSeconds` (Unix seconds) is one CloudWatch Logs would
 * return for the window. A record without a start (-1, the field is `-` or not in the format)
 * is kept: nothing says it lies outside, and the object it came from was dated in the window.
 */
export function startsInWindow(startSeconds: number, window: TimeWindow): boolean {
  if (startSeconds < 0) return true;
  const ms = startSeconds * 1000;
  return ms >= window.start.getTime() && ms < window.end.getTime();
}

/** Counts the records a window left out, over every sink it wrapped. */
export class WindowCut {
  /** Records left out because their start lies outside the window (each row's `count`). */
  outside = 0;
  private readonly fromMs: number;
  private readonly toMs: number;

  constructor(readonly window: TimeWindow) {
    this.fromMs = window.start.getTime();
    this.toMs = window.end.getTime();
  }

  /** A sink that passes on the records that start inside the window, and everything else. */
  wrap(sink: ReaderSink): ReaderSink {
    const { fromMs, toMs } = this;
    return {
      record: (r) => {
        // The same test as startsInWindow, inlined: this runs once per record.
        if (r.start >= 0 && (r.start * 1000 < fromMs || r.start * 1000 >= toMs)) {
          this.outside += r.count;
          return;
        }
        sink.record(r);
      },
      malformed: (file, line, message) => sink.malformed(file, line, message),
      fileError: (file, message) => sink.fileError(file, message),
      fileRead: (fields, file) => sink.fileRead(fields, file),
    };
  }
}
