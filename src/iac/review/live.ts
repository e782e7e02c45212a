/**
 * Ties rules as code writes them to the rules of a report (the live account): a group by its
 * literal id, else by its name; a peer by its CIDR (compared by prefix arithmetic's canonical
 * text), id, prefix list, or the name of the group it references.
 */
import type { Report, RuleReport } from '../../report/types.js';
import {
  canonicalCidr,
  writtenGroupText,
  writtenPeerText,
  type ReadRule,
  type WrittenPeer,
  type WrittenRule,
} from './written-rule.js';

/** The live rules a written rule is, or why none could be told. */
export interface LiveMatch {
  rules: RuleReport[];
  /** Set when `rules` is empty. */
  why?: string;
}

/** The report's groups and rules, indexed for written rules. */
export class LiveRules {
  private readonly idsByName = new Map<string, Set<string>>();

  constructor(readonly report: Report) {
    for (const rule of report.rules) {
      const ids = this.idsByName.get(rule.groupName) ?? new Set<string>();
      ids.add(rule.groupId);
      this.idsByName.set(rule.groupName, ids);
    }
  }

  /** The live ids of the group a written rule belongs to; undefined when its code does not say. */
  groupIds(rule: WrittenRule): string[] | undefined {
    if (rule.group.id !== undefined) return [rule.group.id];
    if (rule.group.name !== undefined) return [...(this.idsByName.get(rule.group.name) ?? [])];
    return undefined;
  }

  /** The live ids a written peer names: a group id, or a referenced group's name; self is `ownId`. */
  peerGroupIds(peer: WrittenPeer, ownId: string): string[] | undefined {
    if ('groupId' in peer) return [peer.groupId];
    if ('self' in peer) return [ownId];
    if ('groupRef' in peer && peer.groupName !== undefined)
      return [...(this.idsByName.get(peer.groupName) ?? [])];
    return undefined;
  }

  /** Whether a written peer is the live rule's peer. */
  samePeer(peer: WrittenPeer, live: RuleReport): boolean {
    const p = live.peer;
    if ('cidr' in peer) return 'cidr' in p && canonicalCidr(p.cidr) === canonicalCidr(peer.cidr);
    if ('prefixListId' in peer) return 'prefixListId' in p && p.prefixListId === peer.prefixListId;
    if (!('groupId' in p)) return false;
    return this.peerGroupIds(peer, live.groupId)?.includes(p.groupId) ?? false;
  }

  /** The live rules (same group, direction, protocol, ports, peer) a written rule is. */
  matching(rule: ReadRule): LiveMatch {
    const ids = this.groupIds(rule);
    if (ids === undefined)
      return {
        rules: [],
        why: `its group ${writtenGroupText(rule.group)} has no literal name or id to find it by in the report`,
      };
    if (ids.length === 0) return { rules: [], why: `the report has no group named ${rule.group.name ?? ''}` };
    const peer = rule.peer;
    if ('groupRef' in peer && peer.groupName === undefined)
      return {
        rules: [],
        why: `its peer ${writtenPeerText(peer)} has no literal group name to find it by in the report`,
      };
    const rules = this.report.rules.filter(
      (live) =>
        ids.includes(live.groupId) &&
        live.direction === rule.direction &&
        live.protocol === rule.protocol &&
        (rule.protocol === 'all' || (live.fromPort === rule.fromPort && live.toPort === rule.toPort)) &&
        this.samePeer(peer, live),
    );
    return rules.length > 0
      ? { rules }
      : { rules, why: `no rule of ${ids.join(', ')} in the report has these attributes (not applied yet?)` };
  }
}
