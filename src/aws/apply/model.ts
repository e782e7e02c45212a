/**
 * The shapes of `apply`: what AWS holds now (the live state the plan is checked against), the
 * plan (every call it will make, by group and rule id, and every change it leaves out with why),
 * and a security-group rule as the calls and the journal state it. All plain data, so a plan and
 * a journal survive JSON.
 */
import type { NetworkAcl, RulePeer, SecurityGroupRule } from '../../inventory/model.js';

/** The tag that opts a security group in to `apply` (its value must be `true`). */
export const APPLY_TAG = 'sg-flow-audit:apply';

/** A security-group rule without its id: what EC2 compares to find a duplicate, and its description. */
export interface RuleContent {
  direction: 'ingress' | 'egress';
  /** tcp | udp | icmp | icmpv6 | all | an IANA number as a string (the report's names). */
  protocol: string;
  /** -1 where the protocol has no ports; the ICMP type and code for ICMP. */
  fromPort: number;
  toPort: number;
  peer: RulePeer;
  description?: string;
}

/** A rule as AWS holds it now: the inventory's rule (its `protocolNumber` is not needed). */
export type LiveSecurityGroupRule = Pick<
  SecurityGroupRule,
  'ruleId' | 'groupId' | 'direction' | 'protocol' | 'fromPort' | 'toPort' | 'peer'
> & { description?: string | undefined };

/** A security group as far as opting in goes. */
export interface LiveGroup {
  groupId: string;
  groupName?: string | undefined;
  /** The group's tags, key → value. */
  tags: Readonly<Record<string, string>>;
}

/** What AWS holds now for the groups (and network ACLs) a report's proposals touch. */
export interface ApplyLiveState {
  rules: readonly LiveSecurityGroupRule[];
  groups: readonly LiveGroup[];
  /** The network ACLs the deny entries go to; undefined when they were not read. */
  networkAcls?: readonly NetworkAcl[] | undefined;
}

/** A rule the plan adds to a group: one protocol, one port range, one peer. */
export interface PlannedAuthorization {
  groupId: string;
  rule: RuleContent;
  /** The live rules it takes the place of (several when they are narrowed to the same rule). */
  replaces: string[];
}

/** A rule the plan removes, by id, with the state it must still have when it is removed. */
export interface PlannedRevocation {
  groupId: string;
  ruleId: string;
  /** `replace`: narrowed (its replacements are authorized first); `remove`: dropped. */
  action: 'replace' | 'remove';
  /** The rule as the report and the live state have it; re-checked before the call. */
  expected: RuleContent;
  /** The findings that proposed the change. */
  findingIds: string[];
}

/** The calls for one group: every authorization runs before any revocation. */
export interface PlannedGroup {
  groupId: string;
  groupName?: string | undefined;
  authorize: PlannedAuthorization[];
  revoke: PlannedRevocation[];
}

/** A network ACL deny entry for a port scanner (only with `withAclDenies`). */
export interface PlannedAclEntry {
  networkAclId: string;
  ruleNumber: number;
  egress: false;
  /** `-1`: every protocol. */
  protocol: '-1';
  ruleAction: 'deny';
  /** The scanner's `/32` (or `/128`). */
  cidr: string;
  findingId: string;
}

/** Why a proposed change is not in the plan. */
export type SkipReason =
  | 'not-opted-in'
  | 'suppressed'
  | 'no-rule-id'
  | 'gone'
  | 'changed'
  | 'already-applied'
  | 'kept-as-replacement'
  | 'max-changes'
  | 'acl-denies-off';

/** A proposed change left out of the plan (or out of the run, when the re-check drops it). */
export interface SkippedChange {
  reason: SkipReason;
  /** One line for a person: what was left out and why. */
  detail: string;
  groupId?: string;
  ruleId?: string;
  networkAclId?: string;
  ruleNumber?: number;
  findingIds: string[];
}

/** Everything one `apply` run will do, in order, and what it leaves out. */
export interface ApplyPlan {
  createdAt: string;
  maxChanges: number;
  allGroups: boolean;
  withAclDenies: boolean;
  /** Changes planned: a replaced or removed rule counts once, and so does an ACL entry. */
  changes: number;
  groups: PlannedGroup[];
  networkAclEntries: PlannedAclEntry[];
  skipped: SkippedChange[];
}
