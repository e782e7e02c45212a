/**
 * The peers of a narrowed rule, as a person would write them: the security group whose interfaces
 * the peers are, else the addresses themselves, else (when the group's rules quota leaves too
 * little room) the covering networks with the smallest address space.
 */
import type { CompiledInventory } from '../compile.js';
import { formatIpv4, formatIpv6, parseIpv6 } from '../net.js';
import { coverSize, smallestCover } from './cover.js';
import { peerKeyText } from './rules.js';

export interface PeerChoice {
  kind: 'group' | 'addresses' | 'covers';
  /** One entry per proposed peer. */
  peers: ({ cidr: string } | { groupId: string })[];
  /** What the message says about the choice. */
  note: string;
}

/** Which groups each private address of the inventory belongs to, to find group references. */
export interface GroupIndex {
  groupsOf(address: number | string): readonly string[];
  interfacesOf(groupId: string): readonly number[];
  /** The interface indices an address belongs to. */
  ownersOf(address: number | string): readonly number[];
  groupName(groupId: string): string;
  vpcOf(groupId: string): string;
}

export function groupIndex(compiled: CompiledInventory): GroupIndex {
  const owners = new Map<number | string, number[]>();
  compiled.interfaces.forEach((eni, i) => {
    for (const address of [...eni.own4, ...eni.own6]) {
      const list = owners.get(address);
      if (list) list.push(i);
      else owners.set(address, [i]);
    }
  });
  const groupsOfInterface = compiled.inventory.interfaces.map((eni) => eni.groupIds);
  const groups = new Map(compiled.inventory.groups.map((g) => [g.groupId, g]));
  return {
    ownersOf: (address) => owners.get(address) ?? [],
    groupsOf: (address) => [
      ...new Set((owners.get(address) ?? []).flatMap((i) => groupsOfInterface[i] ?? [])),
    ],
    interfacesOf: (groupId) => compiled.membersByGroup.get(groupId) ?? [],
    groupName: (groupId) => groups.get(groupId)?.groupName ?? '',
    vpcOf: (groupId) => groups.get(groupId)?.vpcId ?? '',
  };
}

/**
 * The group all the peers are interfaces of, with the fewest interfaces (the most specific), in
 * the rule's VPC; undefined when there is none. `seen` counts its interfaces among the peers.
 */
export function coveringGroup(
  peers: readonly (number | string)[],
  ruleGroupId: string,
  index: GroupIndex,
): { groupId: string; seen: number; interfaces: number } | undefined {
  if (peers.length === 0) return undefined;
  let candidates: Set<string> | undefined;
  for (const peer of peers) {
    const groups = index.groupsOf(canonical(peer));
    candidates = new Set(candidates ? groups.filter((g) => candidates?.has(g)) : groups);
    if (candidates.size === 0) return undefined;
  }
  const vpc = index.vpcOf(ruleGroupId);
  const ranked = [...(candidates ?? [])]
    .filter((g) => vpc === '' || index.vpcOf(g) === '' || index.vpcOf(g) === vpc)
    .map((groupId) => ({ groupId, interfaces: index.interfacesOf(groupId).length }))
    .sort((a, b) => a.interfaces - b.interfaces || (a.groupId < b.groupId ? -1 : 1));
  const best = ranked[0];
  if (!best) return undefined;
  const members = new Set(index.interfacesOf(best.groupId));
  const seen = new Set(peers.flatMap((p) => index.ownersOf(canonical(p)).filter((i) => members.has(i)))).size;
  return { ...best, seen };
}

/**
 * The peers to propose for `peers` (IPv4 unsigned numbers or IPv6 text, all of one family) with
 * room for at most `room` peer entries.
 */
export function choosePeers(
  peers: readonly (number | string)[],
  ruleGroupId: string,
  room: number,
  index: GroupIndex,
  minShare: number,
): PeerChoice {
  const group = coveringGroup(peers, ruleGroupId, index);
  const fits = peers.length <= Math.max(1, room);
  if (group && (group.seen >= minShare * group.interfaces || !fits)) {
    const name = index.groupName(group.groupId);
    return {
      kind: 'group',
      peers: [{ groupId: group.groupId }],
      note: `The peers are interfaces of ${group.groupId}${name ? ` (${name})` : ''}: ${group.seen} of its ${group.interfaces} interface(s) were seen, so the rule references the group.`,
    };
  }
  if (fits) {
    return {
      kind: 'addresses',
      peers: peers.map((p) => ({ cidr: typeof p === 'number' ? `${peerKeyText(p)}/32` : `${p}/128` })),
      note: '',
    };
  }
  const v6 = peers.some((p) => typeof p === 'string');
  const bits = v6 ? 128 : 32;
  const values = peers.map((p) => (typeof p === 'number' ? BigInt(p >>> 0) : (parseIpv6(p) ?? 0n)));
  const covers = smallestCover(values, bits, Math.max(1, room));
  const size = coverSize(covers, bits);
  const wider = Number(size) / peers.length;
  return {
    kind: 'covers',
    peers: covers.map((c) => ({
      cidr: `${v6 ? formatIpv6(c.network) : formatIpv4(Number(c.network))}/${c.prefix}`,
    })),
    note: `The ${peers.length} peers do not fit the group's rules quota one by one: ${covers.length} covering network(s) span ${formatBig(size)} addresses, ${wider >= 100 ? Math.round(wider) : wider.toFixed(1)}× the peers.`,
  };
}

function canonical(peer: number | string): number | string {
  return typeof peer === 'number' ? peer >>> 0 : peer;
}

function formatBig(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
