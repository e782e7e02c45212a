/**
 * Progress on a terminal: one live line on stderr, redrawn in place by cli-progress and cleared
 * when the phase ends, so that what stays on the screen is the report alone.
 *
 * The line is drawn from a fresh sample on each of cli-progress's redraws (a few a second):
 * nothing is pushed to the bar while files are read.
 */
import cliProgress from 'cli-progress';
import { formatDone, formatRates, progressFigures } from './figures.js';
import {
  systemClock,
  type Clock,
  type ProgressReporter,
  type ProgressSample,
  type ProgressTotals,
} from './reporter.js';

/** Redraws per second: enough to look alive, few enough to cost nothing. */
const REDRAWS_PER_SECOND = 5;
const BAR_WIDTH = 24;

/** A stream that may be a terminal: process.stderr, or a test's fake one. */
export type TerminalStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface TerminalProgressOptions {
  stream: TerminalStream;
  clock?: Clock | undefined;
}

/** `reading ████░░░░ 37% | 3/8 files | 1,234,567 records, 412,345 records/s, 38.2 MB/s, ETA 12s` */
export class TerminalProgress implements ProgressReporter {
  readonly active = true;
  private readonly stream: TerminalStream;
  private readonly clock: Clock;
  private bar: cliProgress.SingleBar | undefined;

  constructor(options: TerminalProgressOptions) {
    this.stream = options.stream;
    this.clock = options.clock ?? systemClock;
  }

  start(totals: ProgressTotals, sample: () => ProgressSample): void {
    this.stop();
    const startedAt = this.clock.now();
    const line: cliProgress.GenericFormatter = (options, params) => {
      const f = progressFigures(totals, sample(), this.clock.now() - startedAt);
      const status = `${formatDone(f)} | ${formatRates(f)}`;
      const text =
        f.fraction === undefined
          ? `reading ${status}`
          : `reading ${cliProgress.Format.BarFormat(f.fraction, options)} ${Math.floor(f.fraction * 100)}% | ${status}`;
      // One column short of the width: a line that fills it would wrap on some terminals, and the
      // next redraw would then start a line too low.
      return text.slice(0, Math.max(0, params.maxWidth - 1));
    };
    const bar = new cliProgress.SingleBar(
      {
        stream: this.stream,
        format: line,
        fps: REDRAWS_PER_SECOND,
        barsize: BAR_WIDTH,
        clearOnComplete: true,
        // The line is cut to the width above instead of switching the terminal's wrapping off:
        // an interrupted run (Ctrl-C) would leave the terminal without wrapping.
        linewrap: true,
        // Neither a hidden cursor nor a SIGINT handler: a handler would keep Ctrl-C from ending the run.
        hideCursor: false,
        gracefulExit: false,
      },
      cliProgress.Presets.shades_classic,
    );
    // The bar's value is unused (the line is drawn from samples); 0 of 1 keeps it well defined.
    bar.start(1, 0);
    this.bar = bar;
  }

  stop(): void {
    const bar = this.bar;
    if (!bar) return;
    this.bar = undefined;
    // Draws the last line, then clears it (clearOnComplete).
    bar.stop();
  }
}
