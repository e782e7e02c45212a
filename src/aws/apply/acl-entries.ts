/**
 * A port scanner's network ACL deny entry, as the plan, the calls and the journal need it. An
 * entry is identified by its ACL, direction and rule number; that number is only ours when the
 * entry there denies the scanner's address on every protocol.
 */
import type { NetworkAcl } from '../../inventory/model.js';
import type { JournalAclEntry } from './journal.js';
import type { PlannedAclEntry } from './model.js';

/** Where an entry stands in an ACL: missing, there as planned, or its number taken by another. */
export type AclEntryState = { state: 'free' } | { state: 'present' } | { state: 'taken'; by: string };

/** How the entry at the planned number compares with the planned entry. */
export function aclEntryState(acl: NetworkAcl, entry: JournalAclEntry | PlannedAclEntry): AclEntryState {
  const there = acl.entries.find((e) => e.egress === entry.egress && e.ruleNumber === entry.ruleNumber);
  if (!there) return { state: 'free' };
  const cidr = there.cidr ?? there.ipv6Cidr;
  if (
    there.ruleAction === 'deny' &&
    there.protocol === '-1' &&
    cidr?.toLowerCase() === entry.cidr.toLowerCase()
  ) {
    return { state: 'present' };
  }
  return {
    state: 'taken',
    by: `${there.ruleAction} ${there.protocol === '-1' ? 'all' : there.protocol} ${cidr ?? '?'}`,
  };
}

/** The entry as the journal keeps it. */
export function journalAclEntry(entry: PlannedAclEntry | JournalAclEntry): JournalAclEntry {
  return {
    networkAclId: entry.networkAclId,
    ruleNumber: entry.ruleNumber,
    egress: false,
    protocol: '-1',
    ruleAction: 'deny',
    cidr: entry.cidr,
  };
}

/** CreateNetworkAclEntry parameters: an IPv6 scanner goes in `Ipv6CidrBlock`. */
export function createAclEntryInput(entry: JournalAclEntry, dryRun = false) {
  return {
    NetworkAclId: entry.networkAclId,
    RuleNumber: entry.ruleNumber,
    Egress: false,
    Protocol: '-1',
    RuleAction: 'deny' as const,
    ...(entry.cidr.includes(':') ? { Ipv6CidrBlock: entry.cidr } : { CidrBlock: entry.cidr }),
    ...(dryRun ? { DryRun: true } : {}),
  };
}

/** DeleteNetworkAclEntry parameters. */
export function deleteAclEntryInput(entry: JournalAclEntry) {
  return { NetworkAclId: entry.networkAclId, RuleNumber: entry.ruleNumber, Egress: false };
}
