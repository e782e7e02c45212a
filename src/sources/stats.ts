/**
 * What was read: the `input` block of the report. Counts are exact; errors are capped so that a
 * file of garbage cannot blow up the report, and the total number of errors is kept beside them.
 */
import type { ReaderSink } from './file.js';
import { FlowAction, LogStatus, type FlowRecord, type InputError } from './record.js';

export const MAX_REPORTED_ERRORS = 100;

export interface InputSummary {
  files: number;
  records: number;
  accepted: number;
  rejected: number;
  noData: number;
  skipData: number;
  malformed: number;
  /** Files that could not be read, or not to the end. */
  unreadableFiles: number;
  errors: InputError[];
  /** All errors, including those beyond the reported cap. */
  errorCount: number;
  fields: string[];
  /** The file `fields` was taken from. */
  firstFile?: string;
  /** Every distinct format seen, when files differ. */
  formats: string[][];
  /** Earliest start and latest end of the records, Unix seconds; -1 when there were none. */
  firstStart: number;
  lastEnd: number;
  /**
   * Records read from S3 whose start lies outside the lookback window, and so left out (S3 is
   * listed by day or hour folder; CloudWatch Logs returns only the window). Absent when none.
   */
  outsideWindow?: number;
  /** The flow logs `--source auto` found, and which of them was read for which interfaces. */
  sources?: InputSource[];
  /** The query engine that aggregated the records (`--engine athena|insights`). */
  engine?: InputEngine;
}

/** What a query engine did (docs/aggregates.md). */
export interface InputEngine {
  name: 'athena' | 'insights';
  /** Queries run (Insights splits the window into several). */
  queries: number;
  /** Rows the queries returned. */
  rows: number;
  /** Bytes Athena scanned: what it charges for. */
  bytesScanned?: number;
  /** Athena's query execution ids, or Logs Insights' query ids. */
  queryIds: string[];
}

/** A flow log that `--source auto` found: whether it was read, for how much, and why. */
export interface InputSource {
  flowLogId: string;
  /** The VPC, subnet or interface it records. */
  resourceId: string;
  /** Where its records are: `s3://bucket/prefix` or `cloudwatch:LOG_GROUP`. */
  destination: string;
  read: boolean;
  /** Inventory interfaces whose records were taken from this flow log (0 when not read). */
  interfaces: number;
  /** Records taken from it, inside the window. */
  records: number;
  /** Of `tcp-flags` and `flow-direction` (who started a connection), those its format has. */
  initiatorFields: string[];
  /** Why it was read, or not, as a sentence. */
  reason: string;
}

/**
 * A reader sink that also takes what a live reader says about its sources. The methods are
 * optional so that any {@link ReaderSink} can stand in: a sink without them drops the counts.
 */
export interface InputSink extends ReaderSink {
  /** `count` records were left out because their start lies outside the window. */
  outsideWindow?(count: number): void;
  /** The flow logs `--source auto` chose between. */
  sourcesRead?(sources: readonly InputSource[]): void;
  /** A query engine aggregated the records. */
  engineRan?(engine: InputEngine): void;
}

export function emptyInputSummary(): InputSummary {
  return {
    files: 0,
    records: 0,
    accepted: 0,
    rejected: 0,
    noData: 0,
    skipData: 0,
    malformed: 0,
    unreadableFiles: 0,
    errors: [],
    errorCount: 0,
    fields: [],
    formats: [],
    firstStart: -1,
    lastEnd: -1,
  };
}

/** Counts records as they stream past. */
export class InputCounter {
  readonly summary: InputSummary = emptyInputSummary();

  /**
   * A reader sink whose records go to `record` (which counts them here too) and whose malformed
   * lines, file errors and finished files go to these counts.
   */
  sinkFor(record: (r: FlowRecord) => void): InputSink {
    return {
      record,
      malformed: this.malformed.bind(this),
      fileError: this.fileError.bind(this),
      fileRead: this.fileRead.bind(this),
      outsideWindow: this.outsideWindow.bind(this),
      sourcesRead: this.sourcesRead.bind(this),
      engineRan: this.engineRan.bind(this),
    };
  }

  record(r: FlowRecord): void {
    const s = this.summary;
    s.records += r.count;
    if (r.status === LogStatus.NoData) s.noData += r.count;
    else if (r.status === LogStatus.SkipData) s.skipData += r.count;
    else if (r.action === FlowAction.Accept) s.accepted += r.count;
    else if (r.action === FlowAction.Reject) s.rejected += r.count;
    if (r.start >= 0 && (s.firstStart < 0 || r.start < s.firstStart)) s.firstStart = r.start;
    if (r.end > s.lastEnd) s.lastEnd = r.end;
  }

  malformed(file: string, line: number, message: string): void {
    this.summary.malformed++;
    this.error({ file, line, message });
  }

  fileError(file: string, message: string): void {
    this.summary.unreadableFiles++;
    this.error({ file, message });
  }

  /**
   * A file was read to its end. `fields` of the report are those of the first file by name, so
   * that the report does not depend on which thread read which file first.
   */
  fileRead(fields: readonly string[], file?: string): void {
    const s = this.summary;
    s.files++;
    if (s.fields.length === 0 || (file !== undefined && (s.firstFile === undefined || file < s.firstFile))) {
      s.fields = [...fields];
      if (file !== undefined) s.firstFile = file;
    }
    if (!s.formats.some((f) => f.join(' ') === fields.join(' '))) s.formats.push([...fields]);
  }

  outsideWindow(count: number): void {
    if (count > 0) this.summary.outsideWindow = (this.summary.outsideWindow ?? 0) + count;
  }

  sourcesRead(sources: readonly InputSource[]): void {
    this.summary.sources = [...(this.summary.sources ?? []), ...sources.map((s) => ({ ...s }))];
  }

  engineRan(engine: InputEngine): void {
    this.summary.engine = { ...engine, queryIds: [...engine.queryIds] };
  }

  private error(e: InputError): void {
    this.summary.errorCount++;
    if (this.summary.errors.length < MAX_REPORTED_ERRORS) this.summary.errors.push(e);
  }
}

/** Adds one summary into another (the result of another worker thread). */
export function mergeInputSummary(into: InputSummary, from: InputSummary): void {
  into.files += from.files;
  into.records += from.records;
  into.accepted += from.accepted;
  into.rejected += from.rejected;
  into.noData += from.noData;
  into.skipData += from.skipData;
  into.malformed += from.malformed;
  into.unreadableFiles += from.unreadableFiles;
  into.errorCount += from.errorCount;
  // Keep the first errors by file and line, whichever thread found them.
  into.errors = [...into.errors, ...from.errors]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
    .slice(0, MAX_REPORTED_ERRORS);
  if (
    into.fields.length === 0 ||
    (from.firstFile !== undefined && (into.firstFile === undefined || from.firstFile < into.firstFile))
  ) {
    into.fields = from.fields;
    if (from.firstFile !== undefined) into.firstFile = from.firstFile;
  }
  for (const f of from.formats)
    if (!into.formats.some((g) => g.join(' ') === f.join(' '))) into.formats.push(f);
  if (from.firstStart >= 0 && (into.firstStart < 0 || from.firstStart < into.firstStart))
    into.firstStart = from.firstStart;
  if (from.lastEnd > into.lastEnd) into.lastEnd = from.lastEnd;
  if (from.outsideWindow !== undefined) into.outsideWindow = (into.outsideWindow ?? 0) + from.outsideWindow;
  if (from.sources !== undefined) into.sources = [...(into.sources ?? []), ...from.sources];
}
