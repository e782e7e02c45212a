/**
 * What AWS says exists now: security groups, their rules, the network interfaces they are
 * attached to, and managed prefix lists. Both the AWS CLI snapshot reader and the live EC2 reader
 * produce this shape; the analysis reads nothing else.
 */
import { createHash } from 'node:crypto';

export type Direction = 'ingress' | 'egress';

/** The peer of a rule: a network, another group's interfaces, or a managed prefix list. */
export type RulePeer = { cidr: string } | { groupId: string } | { prefixListId: string };

export interface SecurityGroup {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
}

export interface SecurityGroupRule {
  /** `sgr-…` from DescribeSecurityGroupRules, or a stable derived id when that is not available. */
  ruleId: string;
  groupId: string;
  direction: Direction;
  /** tcp | udp | icmp | icmpv6 | all | an IANA protocol number as a string. */
  protocol: string;
  /** The IANA number, or -1 for all protocols. */
  protocolNumber: number;
  /** -1 where the protocol has no ports (for ICMP these are the type and code). */
  fromPort: number;
  toPort: number;
  peer: RulePeer;
  description?: string;
}

export interface NetworkInterface {
  interfaceId: string;
  groupIds: string[];
  /** Private IPv4 addresses, primary and secondary. */
  privateIpv4: string[];
  /** IPv6 addresses. */
  ipv6: string[];
  /** Public IPv4 addresses associated with the interface (they never appear in flow logs as its own). */
  publicIpv4: string[];
  interfaceType: string;
  description: string;
  vpcId: string;
  subnetId: string;
}

export interface PrefixList {
  prefixListId: string;
  name: string;
  /** The networks of the list; undefined when they could not be read. */
  cidrs: string[] | undefined;
}

/** One entry of a network ACL (DescribeNetworkAcls `Entries`). */
export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  /** `-1` (all), or an IANA number as a string, as EC2 gives it. */
  protocol: string;
  ruleAction: 'allow' | 'deny';
  cidr?: string;
  ipv6Cidr?: string;
  portRange?: { from: number; to: number };
}

/** A subnet-level, stateless filter: where a scanner can be denied, which groups cannot do. */
export interface NetworkAcl {
  networkAclId: string;
  vpcId: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: NetworkAclEntry[];
}

export interface Inventory {
  groups: SecurityGroup[];
  rules: SecurityGroupRule[];
  interfaces: NetworkInterface[];
  prefixLists: PrefixList[];
  /** The network ACLs, when they were read (`network-acls.json`, DescribeNetworkAcls). */
  networkAcls?: NetworkAcl[];
}

const PROTOCOL_NAMES: Readonly<Record<string, [string, number]>> = {
  '-1': ['all', -1],
  all: ['all', -1],
  tcp: ['tcp', 6],
  '6': ['tcp', 6],
  udp: ['udp', 17],
  '17': ['udp', 17],
  icmp: ['icmp', 1],
  '1': ['icmp', 1],
  icmpv6: ['icmpv6', 58],
  '58': ['icmpv6', 58],
};

/** Normalizes an EC2 `IpProtocol` value to the report's name and its IANA number. */
export function normalizeProtocol(
  ipProtocol: string,
): { protocol: string; protocolNumber: number } | undefined {
  const known = PROTOCOL_NAMES[ipProtocol.toLowerCase()];
  if (known) return { protocol: known[0], protocolNumber: known[1] };
  const n = Number(ipProtocol);
  if (!/^\d+$/.test(ipProtocol) || n > 255) return undefined;
  return { protocol: String(n), protocolNumber: n };
}

/** Text of a peer, as used in ids and messages. */
export function peerText(peer: RulePeer): string {
  if ('cidr' in peer) return peer.cidr;
  if ('groupId' in peer) return peer.groupId;
  return peer.prefixListId;
}

/**
 * A stable id for a rule that has no `sgr-` id (inventory without describe-security-group-rules):
 * the same rule gives the same id on every run.
 */
export function derivedRuleId(rule: Omit<SecurityGroupRule, 'ruleId' | 'description'>): string {
  const key = [
    rule.groupId,
    rule.direction,
    rule.protocol,
    rule.fromPort,
    rule.toPort,
    peerText(rule.peer),
  ].join('|');
  return `sgr-derived-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** Whether a rule allows any port of the protocol (or every protocol). */
export function isAllPorts(rule: SecurityGroupRule): boolean {
  return (
    rule.protocolNumber === -1 ||
    ((rule.protocolNumber === 6 || rule.protocolNumber === 17) &&
      rule.fromPort <= 0 &&
      rule.toPort >= 65535) ||
    (rule.protocolNumber !== 6 && rule.protocolNumber !== 17 && rule.fromPort === -1)
  );
}
