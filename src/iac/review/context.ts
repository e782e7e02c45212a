/** What the review's finding rules read. */
import type { Config } from '../../config.js';
import type { Report } from '../../report/types.js';
import type { GroupMembers } from './coverage.js';
import type { RuleDiff } from './diff.js';
import type { LiveRules } from './live.js';
import type { WrittenRule } from './written-rule.js';

export interface ReviewContext {
  diff: RuleDiff;
  report: Report;
  live: LiveRules;
  config: Config;
  /** Every rule of the head tree, when given: unchanged rules then count as still allowing traffic. */
  head?: readonly WrittenRule[];
  members?: GroupMembers;
  /** Lines for the caller to print: what was checked and found harmless, or could not be checked. */
  notes: string[];
}
