/**
 * Small pieces every proposal is made of: a rule's peer as a proposed peer, port lists as ranges,
 * peer keys as text, and a removal.
 */
import type { SecurityGroupRule } from '../../inventory/model.js';
import type { Proposal, ProposedRule } from '../../report/types.js';
import { formatIpv4 } from '../net.js';

/** The rule's peer in a proposed rule's shape (`cidr`, `groupId` or `prefixListId`). */
export function proposedPeer(
  rule: SecurityGroupRule,
): Pick<ProposedRule, 'cidr' | 'groupId' | 'prefixListId'> {
  const peer = rule.peer;
  if ('cidr' in peer) return { cidr: peer.cidr };
  if ('groupId' in peer) return { groupId: peer.groupId };
  return { prefixListId: peer.prefixListId };
}

/** The rule itself, as the one rule a removal names. */
export function removal(rule: SecurityGroupRule): Proposal {
  return {
    action: 'remove',
    rules: [{ protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, ...proposedPeer(rule) }],
  };
}

/** Sorted ports to [from, to] ranges of consecutive ports. */
export function mergeRanges(ports: readonly number[]): [number, number][] {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

/** A peer key (IPv4 number or IPv6 text) as text. */
export function peerKeyText(key: number | string): string {
  return typeof key === 'number' ? formatIpv4(key >>> 0) : key;
}

/** A peer key as an address value: IPv4 unsigned, IPv6 text. */
export function peerKeyValue(key: number | string): number | string {
  return typeof key === 'number' ? key >>> 0 : key;
}

/** IPv4 before IPv6, each in address order: the same list whatever order the records came in. */
export function comparePeers(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
