/**
 * What a change to security-group rules took away: the rules in force before it that are gone
 * after it, and every rule in force after it. Known from an `apply` journal (each revoked rule's
 * whole previous state, each authorized rule) or from two inventories, before and after.
 */
import type { Journal, JournalEntry } from '../../aws/apply/index.js';
import { ConfigurationError } from '../../errors.js';
import {
  normalizeProtocol,
  peerText,
  type Inventory,
  type RulePeer,
  type SecurityGroupRule,
} from '../../inventory/model.js';

/** Where the change is known from. */
export type ChangeOrigin =
  | { kind: 'journal'; path: string; startedAt: string; status: Journal['status'] }
  | { kind: 'inventories'; before: string };

export interface ChangeSet {
  origin: ChangeOrigin;
  /** The rules the change took away, each with the state it had before. */
  removed: SecurityGroupRule[];
  /** Every rule in force after the change, in every group. */
  after: SecurityGroupRule[];
  /**
   * Unix seconds of the first call that took a rule away (from the journal); a rejection before
   * it cannot be the change's doing. Undefined when the time is not known (two inventories).
   */
  changedAt: number | undefined;
  /** Networks the change denied on purpose (network ACL deny entries for port scanners). */
  deniedCidrs: string[];
  /** The inventory the removed rules' group references resolve in (the one before the change). */
  beforeInventory: Inventory;
}

/** The ids the inventory makes up for rules when it has no `sgr-` ids (see derivedRuleId). */
const DERIVED_ID_PREFIX = 'sgr-derived-';
/** The network ACL entry every ACL ends with, `*`: deny all. */
const CATCH_ALL_ACL_RULE = 32767;

/** Whether a journaled call may have been carried out (as `revert` judges it). */
function mayHaveHappened(entry: JournalEntry): boolean {
  const r = entry.result;
  return (
    r.status === 'done' ||
    r.status === 'pending' ||
    r.status === 'dry-run-ignored' ||
    (r.status === 'failed' && r.uncertain)
  );
}

/** The fields that make two rules the same rule, whatever their ids. */
export function ruleContentKey(rule: SecurityGroupRule): string {
  return [
    rule.groupId,
    rule.direction,
    rule.protocolNumber,
    rule.fromPort,
    rule.toPort,
    peerText(rule.peer),
  ].join('|');
}

interface RuleFields {
  ruleId: string;
  groupId: string;
  direction: 'ingress' | 'egress';
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: RulePeer;
  description?: string | null | undefined;
}

function inventoryRule(fields: RuleFields, where: string): SecurityGroupRule {
  const protocol = normalizeProtocol(fields.protocol);
  if (!protocol) throw new ConfigurationError(`${where}: unknown protocol '${fields.protocol}'`);
  return {
    ruleId: fields.ruleId,
    groupId: fields.groupId,
    direction: fields.direction,
    ...protocol,
    fromPort: fields.fromPort,
    toPort: fields.toPort,
    peer: fields.peer,
    ...(typeof fields.description === 'string' ? { description: fields.description } : {}),
  };
}

/**
 * The change an apply journal records, against the inventory read now. The rules after it are the
 * inventory's without the revoked ids and with the authorized rules: the same whether the
 * inventory was read before the apply or after it. A rule put back since (by `revert`, with a new
 * id) is in the inventory, so what it allows is not reported.
 *
 * @throws ConfigurationError for a revert journal, or a journal rule with an unknown protocol.
 */
export function changeFromJournal(journal: Journal, path: string, current: Inventory): ChangeSet {
  if (journal.kind !== 'apply')
    throw new ConfigurationError(
      `--journal: ${path} is the journal of a revert; give the apply journal it undid${journal.reverts ? ` (${journal.reverts})` : ''}`,
    );
  const removed: SecurityGroupRule[] = [];
  const authorized: SecurityGroupRule[] = [];
  const deniedCidrs: string[] = [];
  let changedAt: number | undefined;
  for (const entry of journal.entries) {
    const where = `--journal: ${path}: entry ${entry.seq}`;
    const happened = mayHaveHappened(entry);
    if (entry.call.startsWith('Revoke') && entry.previous && happened) {
      removed.push(inventoryRule(entry.previous, where));
      const at = Math.floor(Date.parse(entry.time) / 1000);
      if (Number.isFinite(at)) changedAt = changedAt === undefined ? at : Math.min(changedAt, at);
    } else if (
      entry.call.startsWith('Authorize') &&
      entry.rule &&
      entry.groupId &&
      (happened || entry.result.status === 'already-present')
    ) {
      const created = entry.result.status === 'done' ? entry.result.ruleIds?.[0] : undefined;
      authorized.push(
        inventoryRule(
          { ...entry.rule, groupId: entry.groupId, ruleId: created ?? `journal-entry-${entry.seq}` },
          where,
        ),
      );
    } else if (entry.call === 'CreateNetworkAclEntry' && entry.aclEntry && happened) {
      deniedCidrs.push(entry.aclEntry.cidr);
    }
  }
  const revokedIds = new Set(removed.map((r) => r.ruleId));
  const revokedContent = new Set(removed.map(ruleContentKey));
  // An inventory without rule ids (no security-group-rules.json) names rules by content: a
  // revoked rule is then known by its content alone.
  const after = current.rules.filter(
    (r) =>
      !revokedIds.has(r.ruleId) &&
      !(r.ruleId.startsWith(DERIVED_ID_PREFIX) && revokedContent.has(ruleContentKey(r))),
  );
  const present = new Set(after.map(ruleContentKey));
  for (const rule of authorized) {
    const key = ruleContentKey(rule);
    if (present.has(key)) continue;
    present.add(key);
    after.push(rule);
  }
  return {
    origin: { kind: 'journal', path, startedAt: journal.startedAt, status: journal.status },
    removed,
    after,
    changedAt,
    deniedCidrs,
    // A revoked rule's group reference means the group's interfaces as they are now.
    beforeInventory: current,
  };
}

/**
 * The change between two inventories: the rules of `before` that `current` no longer has (by
 * protocol, ports and peer, not by id), and the network ACL deny entries `current` added.
 */
export function changeFromInventories(before: Inventory, beforeDir: string, current: Inventory): ChangeSet {
  const now = new Set(current.rules.map(ruleContentKey));
  // The catch-all entry (32767) denies everything in every ACL: it is no deliberate deny.
  const denies = (inventory: Inventory) =>
    (inventory.networkAcls ?? []).flatMap((acl) =>
      acl.entries
        .filter((e) => e.ruleAction === 'deny' && !e.egress && e.ruleNumber < CATCH_ALL_ACL_RULE)
        .flatMap((e) => e.cidr ?? e.ipv6Cidr ?? []),
    );
  const deniedBefore = new Set(denies(before));
  // Without the ACLs of both sides, nothing tells which deny entries are new.
  const bothAcls = before.networkAcls !== undefined && current.networkAcls !== undefined;
  return {
    origin: { kind: 'inventories', before: beforeDir },
    removed: before.rules.filter((r) => !now.has(ruleContentKey(r))),
    after: current.rules,
    changedAt: undefined,
    deniedCidrs: bothAcls ? [...new Set(denies(current))].filter((c) => !deniedBefore.has(c)) : [],
    beforeInventory: before,
  };
}
