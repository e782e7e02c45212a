/**
 * A security-group rule as a tree of code writes it (Terraform, CloudFormation or the exported
 * snapshot), one per peer, and its identity: what makes two written rules the same rule whatever
 * file or line they are on and however they are formatted.
 */
import type { Direction } from '../../inventory/model.js';
import { parseCidr } from '../../analysis/net.js';

/** Which kind of code a rule is written in. */
export type RuleSourceKind = 'terraform' | 'cloudformation' | 'snapshot';

/** The group a written rule belongs to, as far as its code tells. */
export interface WrittenGroup {
  /** The group's name in AWS (Terraform `name`, CloudFormation `GroupName`, the snapshot's groupName). */
  name?: string;
  /** A literal `sg-…` id. */
  id?: string;
  /** The Terraform resource address (`aws_security_group.web`) or the CloudFormation logical id. */
  address?: string;
  /** Terraform only: the module directory of the address, relative to the tree ('' for the root). */
  module?: string;
}

/** One peer of a written rule. */
export type WrittenPeer =
  | { cidr: string }
  | { groupId: string }
  /**
   * A group named by its code: a Terraform address (`aws_security_group.db`), a CloudFormation
   * logical id, or a `SourceSecurityGroupName`; `groupName` is the referenced group's literal name.
   */
  | { groupRef: string; groupName?: string }
  | { prefixListId: string }
  | { self: true };

interface WrittenRuleBase {
  source: RuleSourceKind;
  /** Relative to the tree's root, with `/` separators. */
  file: string;
  /** 1-based line where the definition (block, resource, list entry) starts. */
  line: number;
  /** 1-based line where it ends: `line`..`endLine` is the range to annotate. */
  endLine: number;
  group: WrittenGroup;
}

/** A rule whose every part is written literally. */
export interface ReadRule extends WrittenRuleBase {
  direction: Direction;
  /** tcp | udp | icmp | icmpv6 | all | an IANA number as a string. */
  protocol: string;
  /** -1 where the protocol has no ports (always -1 for `all`). */
  fromPort: number;
  toPort: number;
  peer: WrittenPeer;
  computed?: undefined;
}

/**
 * A rule the code builds (a variable, a function, for_each, a condition): the parts that are
 * literal are given, and `computed` says why the rest cannot be read. Never diffed.
 */
export interface ComputedRule extends WrittenRuleBase {
  direction?: Direction;
  protocol?: string;
  fromPort?: number;
  toPort?: number;
  peer?: WrittenPeer;
  computed: string;
}

export type WrittenRule = ReadRule | ComputedRule;

/** Whether every part of a written rule is known. */
export function isRead(rule: WrittenRule): rule is ReadRule {
  return rule.computed === undefined;
}

/** A CIDR in its canonical text (host bits cleared, IPv6 compressed), or as written when invalid. */
export function canonicalCidr(text: string): string {
  return parseCidr(text)?.text ?? text.trim().toLowerCase();
}

/**
 * The identity of a rule's group: its AWS name when the code says it (that is what ties
 * Terraform, CloudFormation and the snapshot to each other and to the live account), else its id,
 * else its address (a Terraform address with its module directory; a CloudFormation logical id,
 * which stays the same when the template file moves).
 */
export function groupKey(rule: WrittenRule): string {
  const g = rule.group;
  if (g.name !== undefined) return `name:${g.name}`;
  if (g.id !== undefined) return `id:${g.id}`;
  if (rule.source === 'terraform') return `tf:${g.module ?? ''}:${g.address ?? ''}`;
  return `${rule.source}:${g.address ?? ''}`;
}

/** The identity of a peer (a group reference by the referenced group's name when the code says it). */
export function peerKey(rule: WrittenRule, peer: WrittenPeer): string {
  if ('cidr' in peer) return `cidr:${canonicalCidr(peer.cidr)}`;
  if ('groupId' in peer) return `group:id:${peer.groupId}`;
  if ('prefixListId' in peer) return `pl:${peer.prefixListId}`;
  if ('self' in peer) return 'self';
  if (peer.groupName !== undefined) return `group:name:${peer.groupName}`;
  return rule.source === 'terraform'
    ? `group:tf:${rule.group.module ?? ''}:${peer.groupRef}`
    : `group:${rule.source}:${peer.groupRef}`;
}

/** Group, direction, protocol, ports and peer: two rules with one identity are one AWS rule. */
export function ruleIdentity(rule: ReadRule): string {
  return [
    groupKey(rule),
    rule.direction,
    rule.protocol,
    rule.fromPort,
    rule.toPort,
    peerKey(rule, rule.peer),
  ].join('|');
}

/** A peer in words: `0.0.0.0/0`, `sg-0abc`, `aws_security_group.db`, `self`. */
export function writtenPeerText(peer: WrittenPeer): string {
  if ('cidr' in peer) return peer.cidr;
  if ('groupId' in peer) return peer.groupId;
  if ('prefixListId' in peer) return peer.prefixListId;
  if ('self' in peer) return 'self';
  return peer.groupName ?? peer.groupRef;
}

/** The group in words: its name, id or address. */
export function writtenGroupText(group: WrittenGroup): string {
  return group.name ?? group.id ?? group.address ?? 'an unknown group';
}

/** A rule in one line: `ingress tcp 22 from 0.0.0.0/0`. */
export function describeWritten(rule: ReadRule): string {
  const ports =
    rule.protocol === 'all'
      ? 'all traffic'
      : rule.fromPort < 0
        ? rule.protocol
        : `${rule.protocol} ${rule.fromPort === rule.toPort ? rule.fromPort : `${rule.fromPort}-${rule.toPort}`}`;
  return `${rule.direction} ${ports} ${rule.direction === 'ingress' ? 'from' : 'to'} ${writtenPeerText(rule.peer)}`;
}

/** A protocol and ports as AWS reports them: `all` has no ports. */
export function normalizedPorts(protocol: string, fromPort: number, toPort: number): [number, number] {
  return protocol === 'all' ? [-1, -1] : [fromPort, toPort];
}
