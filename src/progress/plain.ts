/**
 * Progress where no one watches a cursor: a CI log, a pipe, the Action. One plain line every few
 * seconds (a log of a long run shows that it moves, and how fast), and one line at the end when
 * any was written before. A run shorter than the interval writes nothing at all.
 */
import { formatDone, formatSeconds, formatRates, progressFigures } from './figures.js';
import {
  systemClock,
  type Clock,
  type ProgressReporter,
  type ProgressSample,
  type ProgressTotals,
} from './reporter.js';

/** How often a line is written by default. */
export const PLAIN_INTERVAL_MS = 5000;

export interface PlainProgressOptions {
  /** Writes one line (without its newline): stderr for the CLI, core.info for the Action. */
  write: (line: string) => void;
  intervalMs?: number | undefined;
  clock?: Clock | undefined;
}

interface PlainPhase {
  totals: ProgressTotals;
  sample: () => ProgressSample;
  startedAt: number;
  /** Lines written so far. */
  lines: number;
  cancel: () => void;
}

/** One line per interval: `sg-flow-audit: reading 3/8 files (37%), … records/s, … MB/s, ETA 12s`. */
export class PlainProgress implements ProgressReporter {
  readonly active = true;
  private readonly write: (line: string) => void;
  private readonly intervalMs: number;
  private readonly clock: Clock;
  private phase: PlainPhase | undefined;

  constructor(options: PlainProgressOptions) {
    this.write = options.write;
    this.intervalMs = options.intervalMs ?? PLAIN_INTERVAL_MS;
    this.clock = options.clock ?? systemClock;
  }

  start(totals: ProgressTotals, sample: () => ProgressSample): void {
    this.stop();
    const phase: PlainPhase = {
      totals,
      sample,
      startedAt: this.clock.now(),
      lines: 0,
      cancel: () => undefined,
    };
    phase.cancel = this.clock.every(this.intervalMs, () => {
      const f = progressFigures(totals, sample(), this.clock.now() - phase.startedAt);
      const share = f.fraction === undefined ? '' : ` (${Math.floor(f.fraction * 100)}%)`;
      this.write(`sg-flow-audit: reading ${formatDone(f)}${share}, ${formatRates(f)}`);
      phase.lines++;
    });
    this.phase = phase;
  }

  stop(): void {
    const phase = this.phase;
    if (!phase) return;
    this.phase = undefined;
    phase.cancel();
    // Close what the log started; a run that wrote no line stays silent.
    if (phase.lines === 0) return;
    const elapsed = this.clock.now() - phase.startedAt;
    const f = progressFigures(phase.totals, phase.sample(), elapsed);
    const rates = formatRates({ ...f, fraction: undefined });
    this.write(`sg-flow-audit: read ${formatDone(f)}, ${rates} in ${formatSeconds(elapsed / 1000)}`);
  }
}
