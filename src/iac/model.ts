/**
 * One model of "a rule as AWS has it" and "a change to it", shared by every rule source that is
 * code (Terraform, CloudFormation, the exported YAML snapshot). A report's proposals become
 * RuleChanges; each source locates the rule in its files and edits them in place, byte for byte
 * everywhere else, or says why it could not (a ManualChange).
 */
import type { RulePeer } from '../inventory/model.js';

/** A rule as the live account (the report) has it. */
export interface LiveRule {
  /** `sgr-…` (or a derived id when the inventory had no rule ids). */
  ruleId: string;
  groupId: string;
  /** The group's name (`GroupName`); Terraform's `name` and CloudFormation's `GroupName`. */
  groupName: string;
  direction: 'ingress' | 'egress';
  /** tcp | udp | icmp | icmpv6 | all | an IANA number as a string. */
  protocol: string;
  /** -1 where the protocol has no ports. */
  fromPort: number;
  toPort: number;
  peer: RulePeer;
  description?: string;
}

/** One rule of a replacement: exactly one peer (the report's proposal rule). */
export type { ProposedRule } from '../report/types.js';
import type { ProposedRule } from '../report/types.js';

/** The net change proposed for one live rule (one per rule, see the contract's Proposals). */
export interface RuleChange {
  rule: LiveRule;
  action: 'replace' | 'remove';
  /** What takes the rule's place (`replace`); empty for `remove`. */
  replacement: ProposedRule[];
  /** One line on why, for the PR body and commit message (e.g. "unused for 14 days"). */
  reason: string;
}

/** Where a rule is written: a file relative to the repository root, and its 1-based line. */
export interface RuleLocation {
  file: string;
  line: number;
}

/** One edited file: its text before and after. Every byte outside the edited rules is unchanged. */
export interface FileEdit {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  before: string;
  after: string;
  /** The rule ids whose definitions this edit changes. */
  ruleIds: string[];
}

/** A change found in code that could not be edited safely, to be made by hand. */
export interface ManualChange {
  change: RuleChange;
  /** Where the rule is defined, when it was found. */
  location?: RuleLocation;
  /** Why it was not edited: "built from a for_each", "cidr_blocks comes from a variable", … */
  why: string;
}

/** What one rule source did with a set of changes. */
export interface EditResult {
  edits: FileEdit[];
  manual: ManualChange[];
  /** Every change this source found the rule of, edited or not, with where it is. */
  located: Map<string, RuleLocation>;
}
