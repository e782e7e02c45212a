/**
 * From counters to what a person reads: rates over the whole phase so far (steady, unlike rates
 * over the last second, which jump with every file boundary and garbage collection), the share
 * done, and the time left at the rate so far. Pure, so that both reporters say the same.
 */
import type { ProgressSample, ProgressTotals } from './reporter.js';

export interface ProgressFigures {
  unit: ProgressTotals['unit'];
  filesDone: number;
  files: number | undefined;
  records: number;
  recordsPerSecond: number;
  /** Whether the size of the input is known (not for a live source). */
  sized: boolean;
  /** Undefined without a size, or until a file is done to tell the bytes a record takes. */
  bytesPerSecond: number | undefined;
  /** Share done, 0 to 1; undefined when the total is not known. */
  fraction: number | undefined;
  /** Seconds left; undefined until there is a rate to go by, or without a total. */
  etaSeconds: number | undefined;
}

/**
 * The bytes read so far, estimated: the files done, plus the records counted beyond them at the
 * bytes per record of the files done. Without the second part a run of a few large files would
 * stand still at 0 bytes until the first one ended.
 */
export function estimatedBytesRead(totals: ProgressTotals, sample: ProgressSample): number | undefined {
  if (totals.bytes === undefined) return undefined;
  let bytes = sample.bytesDone;
  const beyond = sample.records - sample.recordsInFilesDone;
  if (sample.recordsInFilesDone > 0 && beyond > 0)
    bytes += beyond * (sample.bytesDone / sample.recordsInFilesDone);
  return Math.min(bytes, totals.bytes);
}

/** The figures of a phase `elapsedMs` after it started. */
export function progressFigures(
  totals: ProgressTotals,
  sample: ProgressSample,
  elapsedMs: number,
): ProgressFigures {
  const seconds = elapsedMs / 1000;
  const perSecond = (n: number) => (seconds > 0 ? n / seconds : 0);
  const bytes = estimatedBytesRead(totals, sample);
  let fraction: number | undefined;
  if (totals.bytes !== undefined && totals.bytes > 0 && bytes !== undefined) fraction = bytes / totals.bytes;
  else if (totals.files !== undefined && totals.files > 0) fraction = sample.filesDone / totals.files;
  if (fraction !== undefined) fraction = Math.min(1, Math.max(0, fraction));
  const etaSeconds =
    fraction === undefined || fraction <= 0 || seconds <= 0
      ? undefined
      : (seconds * (1 - fraction)) / fraction;
  return {
    unit: totals.unit,
    filesDone: sample.filesDone,
    files: totals.files,
    records: sample.records,
    recordsPerSecond: perSecond(sample.records),
    sized: totals.bytes !== undefined,
    bytesPerSecond: bytes === undefined || sample.bytesDone === 0 ? undefined : perSecond(bytes),
    fraction,
    etaSeconds,
  };
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `12s`, `4m05s`, `1h02m`; `--` when unknown. */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `3/8 files` or, without a total, `12 objects`. */
export function formatDone(f: ProgressFigures): string {
  return f.files === undefined ? `${f.filesDone} ${f.unit}` : `${f.filesDone}/${f.files} ${f.unit}`;
}

/**
 * The rates and the time left: `1,234,567 records, 412,345 records/s, 38.2 MB/s, ETA 12s`
 * (MB are 10^6 bytes of the input as stored, compressed or not). Until the first file is done
 * there is no telling how many bytes the records counted took: `-- MB/s` and `ETA --`.
 */
export function formatRates(f: ProgressFigures): string {
  const parts = [`${whole.format(f.records)} records`, `${whole.format(f.recordsPerSecond)} records/s`];
  if (f.sized)
    parts.push(f.bytesPerSecond === undefined ? '-- MB/s' : `${(f.bytesPerSecond / 1e6).toFixed(1)} MB/s`);
  if (f.fraction !== undefined) parts.push(`ETA ${formatSeconds(f.etaSeconds)}`);
  return parts.join(', ');
}
