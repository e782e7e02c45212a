/**
 * Progress reporting: which reporter a front door uses, and the parts it is made of.
 */
import { PlainProgress } from './plain.js';
import { silentProgress, type ProgressReporter } from './reporter.js';
import { TerminalProgress, type TerminalStream } from './terminal.js';

export { PlainProgress, PLAIN_INTERVAL_MS } from './plain.js';
export { TerminalProgress } from './terminal.js';
export { silentProgress, systemClock } from './reporter.js';
export type { Clock, ProgressReporter, ProgressSample, ProgressTotals } from './reporter.js';

/**
 * The reporter for a command line run: none with `quiet`; a live line when `stream` is a
 * terminal that can move its cursor; else a plain line every few seconds (CI logs, pipes).
 */
export function progressFor(
  stream: TerminalStream,
  options: { quiet?: boolean | undefined; env?: NodeJS.ProcessEnv | undefined } = {},
): ProgressReporter {
  if (options.quiet) return silentProgress;
  const env = options.env ?? process.env;
  // A dumb terminal (an editor's shell buffer) shows cursor movements as garbage.
  if (stream.isTTY === true && env['TERM'] !== 'dumb') return new TerminalProgress({ stream });
  return new PlainProgress({ write: (line) => stream.write(`${line}\n`) });
}
