/**
 * Whether the rules left in a head tree still allow what a live rule carried in the window: each
 * top peer over each port it was used on (by prefix arithmetic, never by text), or the live
 * rule's whole peer when a head rule contains it. Security groups are allow lists, so a flow is
 * allowed when any one rule of the group allows it.
 */
import { MAX_PORTS_PER_RULE } from '../../analysis/usage.js';
import { containsIpv4, containsIpv6, parseCidr, parseIpv4, parseIpv6 } from '../../analysis/net.js';
import type { RulePeer } from '../../inventory/model.js';
import type { PeerCount, RuleReport } from '../../report/types.js';
import type { LiveRules } from './live.js';
import type { ReadRule, WrittenPeer } from './written-rule.js';

/** The private addresses of each live group's interfaces (from the inventory), by group id. */
export type GroupMembers = ReadonlyMap<string, readonly string[]>;

/** What of a live rule's traffic the remaining rules no longer allow. */
export interface TrafficGap {
  /** Top peers for which some used port is no longer allowed. */
  peers: PeerCount[];
  /** Flows of the peers beyond the top list, when the remaining rules may not allow them. */
  otherFlows: number;
  /** Used ports (tcp, udp) cut for a peer that the remaining rules still allow on other ports. */
  ports: number[];
  /** Whether part of the affected traffic is still allowed (the flows are then an upper bound). */
  partial: boolean;
  /** What could not be checked. */
  notes: string[];
}

/** Whether nothing of the live rule's traffic is lost. */
export function isClosed(gap: TrafficGap): boolean {
  return gap.peers.length === 0 && gap.otherFlows === 0;
}

/**
 * What of `live`'s traffic (its usage: top peers, ports) the `remaining` rules of its group do not
 * allow. `remaining` are head rules already known to belong to the live rule's group.
 */
export function trafficGap(
  live: RuleReport,
  remaining: readonly ReadRule[],
  index: LiveRules,
  members?: GroupMembers,
): TrafficGap {
  const notes: string[] = [];
  const usage = live.usage;
  const relevant = remaining.filter(
    (r) => r.direction === live.direction && (r.protocol === 'all' || r.protocol === live.protocol),
  );
  if (live.protocol === 'all' && relevant.some((r) => r.protocol !== 'all'))
    notes.push(
      'the report does not say which protocols an all-protocol rule carried, so only all-protocol rules count as still allowing it',
    );
  const protocolWide = relevant.filter((r) => live.protocol !== 'all' || r.protocol === 'all');
  const ported = live.protocol === 'tcp' || live.protocol === 'udp';
  const usedPorts = usage.ports.length > 0 ? usage.ports : rangePorts(live);
  if (ported && usage.ports.length >= MAX_PORTS_PER_RULE)
    notes.push(`the report lists at most ${MAX_PORTS_PER_RULE} ports of a rule; only those were checked`);
  const wholePeer = protocolWide.filter((r) => containsPeer(r.peer, live.peer, live.groupId, index));
  // The used ports no rule allows; [-1] when the protocol has no ports (or none are known) and no rule allows it.
  const missingFor = (rules: readonly ReadRule[]): number[] => {
    if (ported && usedPorts.length > 0) return usedPorts.filter((p) => !rules.some((r) => allowsPort(r, p)));
    return rules.some((r) => allowsNonPorted(r, live)) ? [] : [-1];
  };

  const gap: TrafficGap = { peers: [], otherFlows: 0, ports: [], partial: false, notes };
  const missingPorts = new Set<number>();
  let groupReferenceUnknown = false;
  for (const peer of usage.topPeers) {
    const applicable = protocolWide.filter((r) => {
      if (wholePeer.includes(r)) return true;
      const inside = containsAddress(r.peer, peer.address, live.groupId, index, members);
      if (inside === undefined) groupReferenceUnknown = true;
      return inside === true;
    });
    const missing = missingFor(applicable);
    if (missing.length === 0) continue;
    gap.peers.push(peer);
    // A peer some rule still allows on other ports has lost ports; one no rule allows has lost all.
    if (applicable.length > 0) {
      gap.partial = true;
      for (const p of missing) if (p >= 0) missingPorts.add(p);
    }
  }
  const listed = usage.topPeers.reduce((sum, p) => sum + p.flows, 0);
  if (usage.flows > listed) {
    // Peers beyond the top list: only a rule that contains the live rule's whole peer is sure to allow them.
    const missing = missingFor(wholePeer);
    if (missing.length > 0) {
      gap.otherFlows = usage.flows - listed;
      if (wholePeer.length > 0) for (const p of missing) if (p >= 0) missingPorts.add(p);
      // Rules for some addresses may still allow some of the unlisted peers.
      if (protocolWide.length > 0) gap.partial = true;
    }
  }
  if (groupReferenceUnknown)
    notes.push(
      'a head rule references a group whose member addresses were not given, so it was not counted as allowing the peers',
    );
  gap.ports = [...missingPorts].sort((a, b) => a - b);
  return gap;
}

/** The ports of a live rule's range, when the report lists none (capped at what is worth checking). */
function rangePorts(live: RuleReport): number[] {
  if (live.fromPort < 0) return [];
  const ports: number[] = [];
  for (let p = live.fromPort; p <= live.toPort && ports.length < 65536; p++) ports.push(p);
  return ports;
}

function allowsPort(rule: ReadRule, port: number): boolean {
  return rule.protocol === 'all' || (port >= rule.fromPort && port <= rule.toPort);
}

/** Whether a written rule allows every port (or ICMP type and code) of a protocol and range. */
export function allowsRange(rule: ReadRule, protocol: string, fromPort: number, toPort: number): boolean {
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== protocol) return false;
  if (protocol === 'tcp' || protocol === 'udp') return rule.fromPort <= fromPort && rule.toPort >= toPort;
  return (
    (rule.fromPort === -1 || rule.fromPort === fromPort) && (rule.toPort === -1 || rule.toPort === toPort)
  );
}

/** ICMP and other protocols without ports: `-1` is every type (or code), else the same value. */
function allowsNonPorted(rule: ReadRule, live: RuleReport): boolean {
  return allowsRange(rule, live.protocol, live.fromPort, live.toPort);
}

/**
 * Whether a written peer holds every address of a live peer; `ownGroupId` is the group of the
 * written rule (what `self` means).
 */
export function containsPeer(peer: WrittenPeer, p: RulePeer, ownGroupId: string, index: LiveRules): boolean {
  if ('cidr' in peer && 'cidr' in p) {
    const outer = parseCidr(peer.cidr);
    const inner = parseCidr(p.cidr);
    if (!outer || !inner || outer.version !== inner.version || outer.prefix > inner.prefix) return false;
    return outer.version === 4
      ? containsIpv4(outer, inner.network as number)
      : containsIpv6(outer, inner.network as bigint);
  }
  if ('cidr' in p) return false;
  if ('prefixListId' in p) return 'prefixListId' in peer && peer.prefixListId === p.prefixListId;
  return index.peerGroupIds(peer, ownGroupId)?.includes(p.groupId) ?? false;
}

/**
 * Whether an address is inside a written peer: a CIDR by prefix arithmetic, a group by its
 * members' addresses; undefined when a group's members are not known.
 */
function containsAddress(
  peer: WrittenPeer,
  address: string,
  ownGroupId: string,
  index: LiveRules,
  members: GroupMembers | undefined,
): boolean | undefined {
  if ('cidr' in peer) {
    const cidr = parseCidr(peer.cidr);
    if (!cidr) return false;
    const v4 = parseIpv4(address);
    if (v4 !== undefined) return containsIpv4(cidr, v4);
    const v6 = parseIpv6(address);
    return v6 !== undefined && containsIpv6(cidr, v6);
  }
  if ('prefixListId' in peer) return false;
  const ids = index.peerGroupIds(peer, ownGroupId);
  if (ids === undefined || ids.length === 0) return false;
  if (!members) return undefined;
  const v6 = parseIpv6(address);
  return ids.some((id) =>
    (members.get(id) ?? []).some((a) => a === address || (v6 !== undefined && parseIpv6(a) === v6)),
  );
}
