/**
 * The inventory turned into lookup tables for the hot path: per interface, its own addresses and
 * the rules that apply to its traffic in each direction, with peers resolved to CIDR arithmetic
 * or address sets.
 */
import { InterfaceTable } from '../sources/interfaces.js';
import type { Inventory, SecurityGroupRule } from '../inventory/model.js';
import { hostBits, maskIpv4, maskIpv6, parseCidr, parseIpv4, parseIpv6, type Cidr } from './net.js';

/** How a rule's peer is matched against a remote address. */
export type PeerMatcher =
  | { kind: 'cidr4'; network: number; prefix: number }
  | { kind: 'cidr6'; network: bigint; prefix: number }
  | { kind: 'set'; v4: Set<number>; v6: Set<string> }
  | { kind: 'nets'; nets: Cidr[] }
  | { kind: 'unknown' };

export interface CompiledRule {
  index: number;
  rule: SecurityGroupRule;
  protocol: number;
  fromPort: number;
  toPort: number;
  /** Ports the rule opens: the narrower rule gets the credit when several allow one flow. */
  portWidth: number;
  /** log2 of the addresses the peer covers: the narrower peer makes a wider one redundant. */
  peerBits: number;
  peer: PeerMatcher;
}

/** Up to this many secondary addresses, an interface's own addresses are compared one by one. */
const MAX_LISTED_ADDRESSES = 8;

export interface CompiledInterface {
  id: string;
  /** Addresses that are the interface's own, to tell ingress from egress without flow-direction. */
  own4: Set<number>;
  /** The primary private IPv4 address (-1 if none): most interfaces have only this one. */
  primary4: number;
  /**
   * The other IPv4 addresses when there are a few (compared one by one, cheaper than hashing);
   * undefined when there are many, and `own4` answers.
   */
  secondary4: Float64Array | undefined;
  own6: Set<string>;
  ingress: CompiledRule[];
  egress: CompiledRule[];
}

export interface CompiledInventory {
  inventory: Inventory;
  rules: CompiledRule[];
  /** Indexed like the interface table: inventory interfaces first, in inventory order. */
  interfaces: CompiledInterface[];
  /** Interface ids, pre-loaded so that indices below `interfaces.length` are known interfaces. */
  table: InterfaceTable;
  /** Interfaces per group id. */
  membersByGroup: Map<string, number[]>;
  /** The subnet ids of the interfaces, and each interface's index into them (-1 none). */
  subnets: string[];
  subnetOfInterface: Int32Array;
}

const ALL_PORTS = 65536;

export function compileInventory(inventory: Inventory): CompiledInventory {
  const table = new InterfaceTable();
  const membersByGroup = new Map<string, number[]>(inventory.groups.map((g) => [g.groupId, []]));
  const groupAddrs = new Map<string, { v4: Set<number>; v6: Set<string> }>();
  inventory.interfaces.forEach((eni, i) => {
    table.add(eni.interfaceId);
    for (const g of eni.groupIds) {
      if (!membersByGroup.has(g)) membersByGroup.set(g, []);
      membersByGroup.get(g)?.push(i);
      const addrs = groupAddrs.get(g) ?? { v4: new Set<number>(), v6: new Set<string>() };
      groupAddrs.set(g, addrs);
      for (const a of eni.privateIpv4) {
        const v = parseIpv4(a);
        if (v !== undefined) addrs.v4.add(v);
      }
      for (const a of eni.ipv6) {
        const v = parseIpv6(a);
        if (v !== undefined) addrs.v6.add(canonical6(v));
      }
    }
  });
  const prefixLists = new Map(inventory.prefixLists.map((p) => [p.prefixListId, p]));

  const rules: CompiledRule[] = inventory.rules.map((rule, index) => {
    let peer: PeerMatcher = { kind: 'unknown' };
    let peerBits = 128;
    if ('cidr' in rule.peer) {
      const c = parseCidr(rule.peer.cidr);
      if (c?.version === 4) peer = { kind: 'cidr4', network: c.network, prefix: c.prefix };
      else if (c?.version === 6) peer = { kind: 'cidr6', network: c.network, prefix: c.prefix };
      if (c) peerBits = hostBits(c);
    } else if ('groupId' in rule.peer) {
      const addrs = groupAddrs.get(rule.peer.groupId) ?? { v4: new Set<number>(), v6: new Set<string>() };
      peer = { kind: 'set', ...addrs };
      peerBits = Math.log2(Math.max(1, addrs.v4.size + addrs.v6.size));
    } else {
      const list = prefixLists.get(rule.peer.prefixListId);
      const nets = list?.cidrs?.map(parseCidr).filter((c): c is Cidr => c !== undefined);
      if (nets) {
        peer = { kind: 'nets', nets };
        peerBits = Math.log2(
          Math.max(
            1,
            nets.reduce((sum, n) => sum + 2 ** hostBits(n), 0),
          ),
        );
      }
    }
    const hasPorts = rule.protocolNumber === 6 || rule.protocolNumber === 17;
    const fromPort = hasPorts ? rule.fromPort : -1;
    const toPort = hasPorts ? rule.toPort : -1;
    return {
      index,
      rule,
      protocol: rule.protocolNumber,
      fromPort,
      toPort,
      portWidth: rule.protocolNumber === -1 ? ALL_PORTS * 256 : hasPorts ? toPort - fromPort + 1 : ALL_PORTS,
      peerBits,
      peer,
    };
  });

  const rulesByGroup = new Map<string, CompiledRule[]>();
  for (const r of rules) {
    const list = rulesByGroup.get(r.rule.groupId) ?? [];
    list.push(r);
    rulesByGroup.set(r.rule.groupId, list);
  }
  const interfaces: CompiledInterface[] = inventory.interfaces.map((eni) => {
    const applicable = eni.groupIds.flatMap((g) => rulesByGroup.get(g) ?? []);
    const own4 = new Set(eni.privateIpv4.map(parseIpv4).filter((v): v is number => v !== undefined));
    const primary4 = parseIpv4(eni.privateIpv4[0] ?? '') ?? -1;
    const secondary = [...own4].filter((a) => a !== primary4);
    return {
      id: eni.interfaceId,
      own4,
      primary4,
      secondary4: secondary.length <= MAX_LISTED_ADDRESSES ? Float64Array.from(secondary) : undefined,
      own6: new Set(
        eni.ipv6
          .map(parseIpv6)
          .filter((v): v is bigint => v !== undefined)
          .map(canonical6),
      ),
      ingress: applicable.filter((r) => r.rule.direction === 'ingress'),
      egress: applicable.filter((r) => r.rule.direction === 'egress'),
    };
  });
  const subnets = [...new Set(inventory.interfaces.map((eni) => eni.subnetId).filter((id) => id !== ''))];
  const subnetIndex = new Map(subnets.map((id, i) => [id, i]));
  const subnetOfInterface = Int32Array.from(
    inventory.interfaces,
    (eni) => subnetIndex.get(eni.subnetId) ?? -1,
  );
  return { inventory, rules, interfaces, table, membersByGroup, subnets, subnetOfInterface };
}

function canonical6(v: bigint): string {
  return v.toString(16);
}

/** Whether a rule's peer holds an IPv4 address. */
export function peerHas4(peer: PeerMatcher, address: number): boolean {
  switch (peer.kind) {
    case 'cidr4':
      return maskIpv4(address, peer.prefix) === peer.network;
    case 'set':
      return peer.v4.has(address);
    case 'nets':
      return peer.nets.some((n) => n.version === 4 && maskIpv4(address, n.prefix) === n.network);
    default:
      return false;
  }
}

/** Whether a rule's peer holds an IPv6 address (given as canonical text from the parser). */
export function peerHas6(peer: PeerMatcher, text: string): boolean {
  if (peer.kind === 'cidr4' || peer.kind === 'unknown') return false;
  const value = parseIpv6(text);
  if (value === undefined) return false;
  switch (peer.kind) {
    case 'cidr6':
      return maskIpv6(value, peer.prefix) === peer.network;
    case 'set':
      return peer.v6.has(canonical6(value));
    case 'nets':
      return peer.nets.some((n) => n.version === 6 && maskIpv6(value, n.prefix) === n.network);
  }
}

/** Whether an interface owns an address (IPv4 number or IPv6 canonical text). */
export function ownsAddress(eni: CompiledInterface, v4: number, v6: string | undefined): boolean {
  if (v6 !== undefined) {
    const value = parseIpv6(v6);
    return value !== undefined && eni.own6.has(canonical6(value));
  }
  if (v4 < 0) return false;
  if (v4 === eni.primary4) return true;
  const secondary = eni.secondary4;
  if (secondary === undefined) return eni.own4.has(v4);
  for (let i = 0; i < secondary.length; i++) if (secondary[i] === v4) return true;
  return false;
}
