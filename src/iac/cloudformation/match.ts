/**
 * Compares a rule as a template writes it with a rule as AWS has it (or as a change proposes
 * it): protocol, ports and peer. Values a function builds make the answer unknown, with why.
 */
import { normalizeProtocol, type Direction, type RulePeer } from '../../inventory/model.js';
import type { ProposedRule } from '../model.js';
import type { GroupScope } from './groups.js';
import type { RuleEntry } from './rules.js';
import { literalOf, literalString, type MapEntry, type MapNode, type SourceNode } from './source-tree.js';
import { groupLogicalId, sourceSnippet } from './template.js';

/** The parts of a rule that say what it allows. */
export interface RuleShape {
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: RulePeer;
}

export type Comparison = { kind: 'match' } | { kind: 'mismatch' } | { kind: 'unknown'; why: string };

type PeerKind = 'cidr' | 'groupId' | 'prefixListId';

/** The attribute that holds each kind of peer, by direction (IPv6 networks use CidrIpv6). */
export function peerKey(kind: PeerKind, direction: Direction, value: string): string {
  if (kind === 'cidr') return value.includes(':') ? 'CidrIpv6' : 'CidrIp';
  const side = direction === 'ingress' ? 'Source' : 'Destination';
  return kind === 'groupId' ? `${side}SecurityGroupId` : `${side}PrefixListId`;
}

const PEER_KEYS: Readonly<Record<Direction, readonly string[]>> = {
  ingress: ['CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'],
  egress: ['CidrIp', 'CidrIpv6', 'DestinationSecurityGroupId', 'DestinationPrefixListId'],
};

/** The entry that holds a rule's peer, if any. */
export function peerEntry(properties: MapNode, direction: Direction): MapEntry | undefined {
  return properties.entries.find((e) => PEER_KEYS[direction].includes(e.key));
}

/** A proposed rule as a shape (its one peer). */
export function shapeOf(rule: ProposedRule): RuleShape {
  const peer: RulePeer =
    rule.cidr !== undefined
      ? { cidr: rule.cidr }
      : rule.groupId !== undefined
        ? { groupId: rule.groupId }
        : { prefixListId: rule.prefixListId ?? '' };
  return { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort, peer };
}

function unknown(entry: RuleEntry, key: string, node: SourceNode): Comparison {
  return { kind: 'unknown', why: `${key} is ${sourceSnippet(entry.template.doc, node)}` };
}

/** A port attribute: a number or a numeric string; -1 when absent. */
function portOf(node: SourceNode | undefined): number | 'unknown' | undefined {
  if (!node) return -1;
  const v = literalOf(node);
  if (v === undefined) return 'unknown';
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

function comparePeer(entry: RuleEntry, properties: MapNode, want: RulePeer, groups: GroupScope): Comparison {
  const held = peerEntry(properties, entry.direction);
  if (!held) return { kind: 'mismatch' };
  const { key, value } = held;
  const literal = literalString(value);
  if (key === 'CidrIp' || key === 'CidrIpv6') {
    if (!('cidr' in want) || want.cidr.includes(':') !== (key === 'CidrIpv6')) return { kind: 'mismatch' };
    if (literal === undefined) return unknown(entry, key, value);
    return { kind: literal.trim().toLowerCase() === want.cidr.toLowerCase() ? 'match' : 'mismatch' };
  }
  if (key.endsWith('PrefixListId')) {
    if (!('prefixListId' in want)) return { kind: 'mismatch' };
    if (literal === undefined) return unknown(entry, key, value);
    return { kind: literal.trim() === want.prefixListId ? 'match' : 'mismatch' };
  }
  if (!('groupId' in want)) return { kind: 'mismatch' };
  if (key === 'SourceSecurityGroupName') {
    if (literal === undefined) return unknown(entry, key, value);
    const name = groups.nameOf(want.groupId);
    return name === undefined
      ? unknown(entry, key, value)
      : { kind: literal === name ? 'match' : 'mismatch' };
  }
  if (literal !== undefined) return { kind: literal.trim() === want.groupId ? 'match' : 'mismatch' };
  const logical = groupLogicalId(value);
  if (logical === undefined) return unknown(entry, key, value);
  const physical = groups.physicalId(logical);
  if (physical === undefined) {
    return {
      kind: 'unknown',
      why: `${key} is ${sourceSnippet(entry.template.doc, value)}, whose group id is not known (give the stack's resources)`,
    };
  }
  return { kind: physical === want.groupId ? 'match' : 'mismatch' };
}

/** Whether a template's rule is the rule `want` (same protocol, ports and peer). */
export function compareEntry(entry: RuleEntry, want: RuleShape, groups: GroupScope): Comparison {
  const properties = entry.properties;
  if (!properties) {
    const why = entry.opaque ?? 'the rule is built by a function';
    // A conditional entry is suspected only of the rules one of its branches could write.
    const possible = (entry.branches ?? [properties]).some(
      (branch) => !branch || compareEntry({ ...entry, properties: branch }, want, groups).kind !== 'mismatch',
    );
    return possible ? { kind: 'unknown', why } : { kind: 'mismatch' };
  }
  const unknowns: string[] = [];
  const protocolNode = properties.entries.find((e) => e.key === 'IpProtocol')?.value;
  if (!protocolNode) return { kind: 'mismatch' };
  const protocolText = literalString(protocolNode);
  if (protocolText === undefined) {
    const u = unknown(entry, 'IpProtocol', protocolNode);
    if (u.kind === 'unknown') unknowns.push(u.why);
  } else if (normalizeProtocol(protocolText.trim())?.protocol !== want.protocol) {
    return { kind: 'mismatch' };
  }
  if (want.protocol !== 'all') {
    for (const [key, port] of [
      ['FromPort', want.fromPort],
      ['ToPort', want.toPort],
    ] as const) {
      const node = properties.entries.find((e) => e.key === key)?.value;
      const held = portOf(node);
      if (held === 'unknown' && node) unknowns.push(`${key} is ${sourceSnippet(entry.template.doc, node)}`);
      else if (held !== port) return { kind: 'mismatch' };
    }
  }
  const peer = comparePeer(entry, properties, want.peer, groups);
  if (peer.kind === 'mismatch') return peer;
  if (peer.kind === 'unknown') unknowns.push(peer.why);
  return unknowns.length === 0 ? { kind: 'match' } : { kind: 'unknown', why: unknowns.join('; ') };
}
