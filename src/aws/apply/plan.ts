/**
 * From a report's proposals to the calls `apply` makes. Each rule is changed once (the contract's
 * one net change per rule), only in opted-in groups, only while it still is what the report saw,
 * and never past `maxChanges`; everything left out is listed with its reason, so a plan says both
 * what it will do and what it will not.
 */
import { ConfigurationError } from '../../errors.js';
import type { Finding, Proposal, ProposedRule, Report, RuleReport } from '../../report/types.js';
import {
  APPLY_TAG,
  type ApplyLiveState,
  type ApplyPlan,
  type LiveGroup,
  type LiveSecurityGroupRule,
  type PlannedAclEntry,
  type PlannedGroup,
  type RuleContent,
  type SkippedChange,
} from './model.js';
import { aclEntryState } from './acl-entries.js';
import { contentOf, ruleKey, ruleText, sameRule } from './rules.js';

/** How much of the report to carry out. */
export interface ApplyPlanOptions {
  /** Touch groups without the `sg-flow-audit:apply=true` tag too (`--all-groups`). */
  allGroups?: boolean;
  /** At most this many changes (a replaced rule, a removed rule, an ACL entry: one each). */
  maxChanges: number;
  /** Plan the port scanners' network ACL deny entries too (`--with-acl-denies`). */
  withAclDenies?: boolean;
  now: Date;
}

/** Replacement rules say so in their description; EC2 allows 255 characters. */
export const NARROWED_NOTE = 'narrowed by sg-flow-audit';
const MAX_DESCRIPTION = 255;

/** The description a replacement rule gets: the old rule's, noting that it was narrowed. */
export function replacementDescription(old: string | undefined): string {
  if (!old) return NARROWED_NOTE;
  const suffix = ` (${NARROWED_NOTE})`;
  return old.length + suffix.length <= MAX_DESCRIPTION
    ? `${old}${suffix}`
    : `${old.slice(0, MAX_DESCRIPTION - suffix.length)}${suffix}`;
}

/** A rule's proposal as the report states it, with the findings that carry it. */
interface RuleProposal {
  rule: RuleReport;
  proposal: Proposal & { action: 'replace' | 'remove' };
  findingIds: string[];
}

/** A candidate change, in the report's order (most severe first), before it is checked. */
type Candidate =
  { kind: 'rule'; proposal: RuleProposal } | { kind: 'acl'; entry: PlannedAclEntry; subnetIds: string[] };

const isOptedIn = (group: LiveGroup | undefined) => group?.tags[APPLY_TAG]?.trim().toLowerCase() === 'true';

/** The report's rule, as content. */
function reportContent(rule: RuleReport): RuleContent {
  return {
    direction: rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: rule.peer,
    ...(rule.description ? { description: rule.description } : {}),
  };
}

/** A proposed rule with its peer (a proposal rule without one keeps the old rule's). */
function proposedContent(proposed: ProposedRule, old: RuleReport, description: string): RuleContent {
  const peer =
    proposed.cidr !== undefined
      ? { cidr: proposed.cidr }
      : proposed.groupId !== undefined
        ? { groupId: proposed.groupId }
        : proposed.prefixListId !== undefined
          ? { prefixListId: proposed.prefixListId }
          : old.peer;
  return {
    direction: old.direction,
    protocol: proposed.protocol,
    fromPort: proposed.fromPort,
    toPort: proposed.toPort,
    peer,
    description,
  };
}

/** The candidates in the order of the report's findings; each rule and each ACL entry once. */
function candidates(report: Report, suppressed: Set<string>): Candidate[] {
  const rules = new Map(report.rules.map((r) => [r.ruleId, r]));
  const byRule = new Map<string, RuleProposal>();
  const out: Candidate[] = [];
  const acls = new Set<string>();
  for (const finding of report.findings) {
    const proposal = finding.proposal;
    if (!proposal) continue;
    if (proposal.action === 'deny') {
      for (const e of proposal.networkAclEntries ?? []) {
        const key = `${e.networkAclId}|${e.ruleNumber}|${e.cidr}`;
        if (acls.has(key)) continue;
        acls.add(key);
        out.push({
          kind: 'acl',
          subnetIds: e.subnetIds,
          entry: {
            networkAclId: e.networkAclId,
            ruleNumber: e.ruleNumber,
            egress: false,
            protocol: '-1',
            ruleAction: 'deny',
            cidr: e.cidr,
            findingId: finding.id,
          },
        });
      }
      continue;
    }
    const rule = finding.ruleId !== undefined ? rules.get(finding.ruleId) : undefined;
    if (!rule) continue;
    const known = byRule.get(rule.ruleId);
    if (known) {
      known.findingIds.push(finding.id);
      continue;
    }
    const entry: RuleProposal = {
      rule,
      proposal: proposal as RuleProposal['proposal'],
      findingIds: [finding.id],
    };
    byRule.set(rule.ruleId, entry);
    out.push({ kind: 'rule', proposal: entry });
  }
  // Suppressed rules never change, whichever finding carried the proposal.
  return out.filter((c) => c.kind === 'acl' || !suppressed.has(c.proposal.rule.ruleId));
}

function suppressedRules(findings: readonly Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => (f.suppressed && f.ruleId !== undefined ? [f.ruleId] : [])));
}

/** `sg-… sgr-… (ingress tcp 22 0.0.0.0/0)`: a report's rule in a skip line. */
const ruleWhere = (rule: RuleReport) => `${rule.groupId} ${rule.ruleId} (${ruleText(reportContent(rule))})`;

/**
 * Why a rule's proposal is left out, or undefined when the rule goes in the plan: it must have
 * an `sgr-` id, be in an opted-in group, and still be, live, what the report saw.
 */
function checkRule(
  rule: RuleReport,
  live: LiveSecurityGroupRule | undefined,
  group: LiveGroup | undefined,
  allGroups: boolean,
  replacementsThere: boolean,
): Pick<SkippedChange, 'reason' | 'detail'> | undefined {
  const where = ruleWhere(rule);
  if (rule.ruleId.startsWith('sgr-derived-')) {
    return {
      reason: 'no-rule-id',
      detail: `${where}: the report has no sgr- id for it (its inventory lacked DescribeSecurityGroupRules); re-run analyze with it, since apply revokes by id only`,
    };
  }
  if (!group) return { reason: 'gone', detail: `${where}: the group no longer exists` };
  if (!allGroups && !isOptedIn(group)) {
    return {
      reason: 'not-opted-in',
      detail: `${where}: the group is not tagged ${APPLY_TAG}=true (tag it, or pass --all-groups)`,
    };
  }
  if (!live) {
    // Gone with its replacements there is what a finished run leaves; gone without them is
    // someone else's change, and adding the replacements would open what they closed.
    return replacementsThere
      ? { reason: 'already-applied', detail: `${where}: already in the proposed state` }
      : {
          reason: 'gone',
          detail: `${where}: no longer exists, and its replacement is not there; nothing is added in its place`,
        };
  }
  if (live.groupId !== rule.groupId || !sameRule(contentOf(live), reportContent(rule))) {
    return {
      reason: 'changed',
      detail: `${where}: changed since the report (now ${ruleText(contentOf(live))}); re-run analyze`,
    };
  }
  return undefined;
}

/**
 * Plans the calls that carry out a report's proposals against the live state read just before.
 *
 * @throws ConfigurationError when `maxChanges` is not a whole number of at least 1.
 */
export function planApply(report: Report, live: ApplyLiveState, options: ApplyPlanOptions): ApplyPlan {
  if (!Number.isInteger(options.maxChanges) || options.maxChanges < 1) {
    throw new ConfigurationError(
      `--max-changes: expected a whole number of at least 1, got ${String(options.maxChanges)}`,
    );
  }
  const allGroups = options.allGroups ?? false;
  const withAclDenies = options.withAclDenies ?? false;
  const groups = new Map(live.groups.map((g) => [g.groupId, g]));
  const liveRules = new Map(live.rules.map((r) => [r.ruleId, r]));
  const liveKeys = new Set(live.rules.map((r) => `${r.groupId}|${ruleKey(r)}`));
  const suppressed = suppressedRules(report.findings);
  const skipped: SkippedChange[] = [];
  const planned = new Map<string, PlannedGroup>();
  const aclEntries: PlannedAclEntry[] = [];
  // Every rule a planned change wants in its group, authorized now or there already.
  const wanted = new Map<string, Set<string>>();
  let changes = 0;

  const groupPlan = (groupId: string): PlannedGroup => {
    let plan = planned.get(groupId);
    if (!plan) {
      plan = { groupId, groupName: groups.get(groupId)?.groupName, authorize: [], revoke: [] };
      planned.set(groupId, plan);
    }
    return plan;
  };

  for (const [ruleId, findingIds] of suppressedProposals(report, suppressed)) {
    skipped.push({
      reason: 'suppressed',
      detail: `${ruleId}: suppressed in the configuration; left as it is`,
      ruleId,
      findingIds,
    });
  }

  for (const candidate of candidates(report, suppressed)) {
    if (candidate.kind === 'acl') {
      const entry = candidate.entry;
      const skip = checkAclEntry(entry, live, withAclDenies);
      if (skip) {
        skipped.push(skip);
        continue;
      }
      if (changes >= options.maxChanges) {
        skipped.push(beyondMax(options.maxChanges, entry));
        continue;
      }
      aclEntries.push(entry);
      changes++;
      continue;
    }
    const { rule, proposal, findingIds } = candidate.proposal;
    const base = { groupId: rule.groupId, ruleId: rule.ruleId, findingIds };
    const liveRule = liveRules.get(rule.ruleId);
    const replacement =
      proposal.action === 'replace'
        ? proposal.rules.map((p) => proposedContent(p, rule, replacementDescription(liveRule?.description)))
        : [];
    const missing = replacement.filter((r) => !liveKeys.has(`${rule.groupId}|${ruleKey(r)}`));

    const skip = checkRule(rule, liveRule, groups.get(rule.groupId), allGroups, missing.length === 0);
    if (skip) {
      skipped.push({ ...base, ...skip });
    } else if (changes >= options.maxChanges) {
      skipped.push(beyondMax(options.maxChanges, base, ruleWhere(rule)));
    } else if (liveRule) {
      changes++;
      const plan = groupPlan(rule.groupId);
      const keys = wanted.get(rule.groupId) ?? new Set<string>();
      for (const r of replacement) keys.add(ruleKey(r));
      wanted.set(rule.groupId, keys);
      for (const r of missing) {
        const same = plan.authorize.find((a) => sameRule(a.rule, r));
        if (same) same.replaces.push(rule.ruleId);
        else plan.authorize.push({ groupId: rule.groupId, rule: r, replaces: [rule.ruleId] });
      }
      plan.revoke.push({
        groupId: rule.groupId,
        ruleId: rule.ruleId,
        action: proposal.action,
        expected: contentOf(liveRule),
        findingIds,
      });
    }
  }

  keepReplacements(planned, wanted, skipped);
  return {
    createdAt: options.now.toISOString(),
    maxChanges: options.maxChanges,
    allGroups,
    withAclDenies,
    changes: [...planned.values()].reduce((n, g) => n + g.revoke.length, 0) + aclEntries.length,
    groups: [...planned.values()].filter((g) => g.authorize.length > 0 || g.revoke.length > 0),
    networkAclEntries: aclEntries,
    skipped,
  };
}

/** Rules with a proposal on some finding while another finding about them is suppressed. */
function suppressedProposals(report: Report, suppressed: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of report.findings) {
    if (f.ruleId === undefined || !suppressed.has(f.ruleId)) continue;
    if (f.proposal && f.proposal.action !== 'deny') out.set(f.ruleId, [...(out.get(f.ruleId) ?? []), f.id]);
  }
  return out;
}

function beyondMax(
  max: number,
  target: PlannedAclEntry | { groupId: string; ruleId: string; findingIds: string[] },
  where?: string,
): SkippedChange {
  const detail = `beyond --max-changes ${max}; a later run takes it`;
  if ('networkAclId' in target) {
    return {
      reason: 'max-changes',
      detail: `${target.networkAclId} ${target.ruleNumber} deny ${target.cidr}: ${detail}`,
      networkAclId: target.networkAclId,
      ruleNumber: target.ruleNumber,
      findingIds: [target.findingId],
    };
  }
  return { reason: 'max-changes', detail: `${where ?? target.ruleId}: ${detail}`, ...target };
}

/** Why an ACL deny entry is left out, or undefined when it goes in. */
function checkAclEntry(
  entry: PlannedAclEntry,
  live: ApplyLiveState,
  withAclDenies: boolean,
): SkippedChange | undefined {
  const base = {
    networkAclId: entry.networkAclId,
    ruleNumber: entry.ruleNumber,
    findingIds: [entry.findingId],
  };
  const what = `${entry.networkAclId} ${entry.ruleNumber} deny ${entry.cidr}`;
  if (!withAclDenies) {
    return {
      ...base,
      reason: 'acl-denies-off',
      detail: `${what}: network ACL entries need --with-acl-denies`,
    };
  }
  // Without the ACLs read, the executor's re-check right before the call decides.
  if (live.networkAcls === undefined) return undefined;
  const acl = live.networkAcls.find((a) => a.networkAclId === entry.networkAclId);
  if (!acl) return { ...base, reason: 'gone', detail: `${what}: the network ACL no longer exists` };
  const state = aclEntryState(acl, entry);
  if (state.state === 'free') return undefined;
  if (state.state === 'present') {
    return { ...base, reason: 'already-applied', detail: `${what}: already there` };
  }
  return {
    ...base,
    reason: 'changed',
    detail: `${what}: rule number ${entry.ruleNumber} is now taken (${state.by}); re-run analyze`,
  };
}

/**
 * A rule the plan would revoke while a planned change wants exactly that rule to stay (another
 * rule is narrowed to it): revoking it would take away what the replacement relies on.
 */
function keepReplacements(
  planned: Map<string, PlannedGroup>,
  wanted: Map<string, Set<string>>,
  skipped: SkippedChange[],
): void {
  for (const plan of planned.values()) {
    const keys = wanted.get(plan.groupId) ?? new Set<string>();
    plan.revoke = plan.revoke.filter((revocation) => {
      if (!keys.has(ruleKey(revocation.expected))) return true;
      skipped.push({
        reason: 'kept-as-replacement',
        detail: `${plan.groupId} ${revocation.ruleId} (${ruleText(revocation.expected)}): a proposed rule is exactly this rule; kept`,
        groupId: plan.groupId,
        ruleId: revocation.ruleId,
        findingIds: revocation.findingIds,
      });
      return false;
    });
  }
}
