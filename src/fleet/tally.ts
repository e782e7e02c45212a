/**
 * The counts of each target of a combined report, for the per-account table of the job summary
 * and the per-target block of the text report. Pure: it reads the report's rules and findings,
 * which carry their account and region.
 */
import type { InputTarget, Report, Severity } from '../report/types.js';
import { SEVERITIES } from '../report/types.js';

/** One target's line: what `input.targets` says, and its rules and findings counted. */
export interface TargetTally extends InputTarget {
  rules: { used: number; unused: number; unknown: number };
  /** Findings that are not suppressed, by severity. */
  findings: Record<Severity, number>;
}

const keyOf = (account: string | undefined, region: string | undefined) => `${account ?? ''}/${region ?? ''}`;

/** Every target of `input.targets` with its counts, in the report's order; empty without targets. */
export function tallyTargets(report: Report): TargetTally[] {
  const tallies = new Map<string, TargetTally>();
  for (const target of report.input.targets ?? [])
    tallies.set(keyOf(target.account, target.region), {
      ...target,
      rules: { used: 0, unused: 0, unknown: 0 },
      findings: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    });
  for (const rule of report.rules) {
    const tally = tallies.get(keyOf(rule.account, rule.region));
    if (tally !== undefined) tally.rules[rule.status]++;
  }
  for (const finding of report.findings) {
    const tally = tallies.get(keyOf(finding.account, finding.region));
    if (tally !== undefined && finding.suppressed === undefined) tally.findings[finding.severity]++;
  }
  return [...tallies.values()];
}

/**
 * `text` after the account and region of a rule or finding of a combined report
 * (`111111111111/eu-west-1 sg-…`); `text` alone for a report of one account and region.
 */
export function withTarget(
  item: { account?: string | undefined; region?: string | undefined },
  text: string,
): string {
  if (item.account === undefined && item.region === undefined) return text;
  const target = [item.account, item.region].filter((p) => p !== undefined).join('/');
  return text === '' ? target : `${target} ${text}`;
}
