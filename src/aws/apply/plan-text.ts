/**
 * The plan as a person reads it before anything changes: every call in the order it will be
 * made, by group and rule id, then every proposed change the run leaves out and why.
 */
import type { JournalAclEntry, JournalEntry } from './journal.js';
import type { ApplyPlan, PlannedAclEntry, PlannedAuthorization, PlannedRevocation } from './model.js';
import { ruleText } from './rules.js';

/** `authorize sg-… ingress tcp 22 198.51.100.23/32` */
export function authorizeLine(a: PlannedAuthorization): string {
  return `authorize ${a.groupId} ${ruleText(a.rule)}`;
}

/** `revoke sg-… sgr-…` */
export function revokeLine(r: PlannedRevocation): string {
  return `revoke ${r.groupId} ${r.ruleId}`;
}

/** `create-network-acl-entry acl-… 98 deny 185.220.101.45/32` */
export function aclEntryLine(e: PlannedAclEntry | JournalAclEntry): string {
  return `create-network-acl-entry ${e.networkAclId} ${e.ruleNumber} deny ${e.cidr}`;
}

/** A journal entry's call in the plan's words: `revoke sg-… sgr-…`. */
export function journalEntryLine(entry: JournalEntry): string {
  const p = entry.parameters;
  const ids = Array.isArray(p['SecurityGroupRuleIds'])
    ? (p['SecurityGroupRuleIds'] as string[]).join(' ')
    : '';
  switch (entry.call) {
    case 'AuthorizeSecurityGroupIngress':
    case 'AuthorizeSecurityGroupEgress':
      return entry.rule
        ? `authorize ${entry.groupId ?? ''} ${ruleText(entry.rule)}`
        : `authorize ${entry.groupId ?? ''}`;
    case 'RevokeSecurityGroupIngress':
    case 'RevokeSecurityGroupEgress':
      return `revoke ${entry.groupId ?? ''} ${ids}`;
    case 'CreateNetworkAclEntry':
      return entry.aclEntry ? aclEntryLine(entry.aclEntry) : 'create-network-acl-entry';
    case 'DeleteNetworkAclEntry':
      return entry.aclEntry
        ? `delete-network-acl-entry ${entry.aclEntry.networkAclId} ${entry.aclEntry.ruleNumber}`
        : 'delete-network-acl-entry';
    case 'DescribeSecurityGroupRules':
      return 'describe-security-group-rules';
    case 'DescribeNetworkAcls':
      return 'describe-network-acls';
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The plan as text, one call a line, ending with a newline. */
export function formatPlan(plan: ApplyPlan): string {
  const lines: string[] = [];
  const scope = plan.allGroups ? 'all groups' : 'groups tagged sg-flow-audit:apply=true';
  lines.push(
    `Plan: ${plural(plan.changes, 'change')} (at most ${plan.maxChanges}) in ${scope}; ${plan.skipped.length} left out`,
  );
  for (const group of plan.groups) {
    lines.push('', group.groupName ? `${group.groupId} (${group.groupName})` : group.groupId);
    for (const a of group.authorize) lines.push(`  ${authorizeLine(a)}  # replaces ${a.replaces.join(', ')}`);
    for (const r of group.revoke) {
      const why = r.action === 'replace' ? 'narrowed' : 'removed';
      lines.push(`  ${revokeLine(r)}  # ${why}: ${ruleText(r.expected)}`);
    }
  }
  if (plan.networkAclEntries.length > 0) {
    lines.push('', 'network ACLs');
    for (const e of plan.networkAclEntries) lines.push(`  ${aclEntryLine(e)}`);
  }
  if (plan.changes === 0) lines.push('', 'Nothing to change.');
  if (plan.skipped.length > 0) {
    lines.push('', 'Left out');
    for (const s of plan.skipped) lines.push(`  ${s.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
