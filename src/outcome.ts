/**
 * Whether a finished run fails: a finding (not suppressed) at or above the threshold.
 */
import type { FailOn } from './cli-args.js';
import type { Finding, Report, Severity } from './report/types.js';
import { SEVERITIES } from './report/types.js';

const RANK = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * The worst unsuppressed finding at or above `failOn`, or undefined when the run passes; of a
 * report, or of any command's findings (review, check-change).
 */
export function failingFinding(run: Pick<Report, 'findings'>, failOn: FailOn): Finding | undefined {
  if (failOn === 'none') return undefined;
  const limit = RANK(failOn);
  return run.findings
    .filter((f) => !f.suppressed && RANK(f.severity) <= limit)
    .sort((a, b) => RANK(a.severity) - RANK(b.severity))[0];
}
