/**
 * Reviews the rule changes of a pull request against the window's traffic: what the removed or
 * narrowed rules would block (`would-block-traffic`), and whether the added or widened rules open
 * admin or high-risk ports to the internet. Pure: the same diff, report and config give the same
 * findings, with ids stable across runs.
 */
import type { Config } from '../../config.js';
import type { Finding, Report } from '../../report/types.js';
import { additionFindings } from './added.js';
import type { GroupMembers } from './coverage.js';
import type { RuleDiff } from './diff.js';
import { LiveRules } from './live.js';
import { removalFindings } from './removed.js';
import type { WrittenRule } from './written-rule.js';

export interface ReviewOptions {
  /**
   * Every rule of the head tree (rulesInTree). Without it only the added rules count as still
   * allowing a removed rule's traffic; with it an unchanged wider rule of the group counts too.
   */
  head?: readonly WrittenRule[];
  /**
   * The private addresses of each live group's interfaces, by group id (from the inventory), so
   * that a head rule referencing a group counts as allowing the peers that are its members.
   */
  groupMembers?: GroupMembers;
}

export interface ReviewResult {
  /** Removals first (in base order), then additions (in head order). */
  findings: Finding[];
  /** One line each on what was checked and is harmless, or could not be checked. */
  notes: string[];
}

/** The findings of a rule diff against a report of the live account's traffic. */
export function reviewFindings(
  diff: RuleDiff,
  report: Report,
  config: Config,
  options: ReviewOptions = {},
): ReviewResult {
  const ctx = {
    diff,
    report,
    config,
    live: new LiveRules(report),
    notes: [] as string[],
    ...(options.head ? { head: options.head } : {}),
    ...(options.groupMembers ? { members: options.groupMembers } : {}),
  };
  const findings = [...removalFindings(ctx), ...additionFindings(ctx)];
  return { findings, notes: ctx.notes };
}
