/**
 * A security-group rule in the three forms `apply` needs: the content EC2 compares when it
 * refuses a duplicate (direction, protocol, ports, peer), the `IpPermission` an authorize call
 * takes, and the one line the plan and the journal print.
 */
import type { IpPermission, SecurityGroupRule as SdkSecurityGroupRule } from '@aws-sdk/client-ec2';
import {
  inventoryFromDescribe,
  parseDescribeDocument,
  SecurityGroupRuleSchema,
} from '../../inventory/describe.js';
import { normalizeProtocol, peerText, type RulePeer } from '../../inventory/model.js';
import type { LiveSecurityGroupRule, RuleContent } from './model.js';

/** The rule's protocol as the report names it, and whether its ports mean anything. */
function protocolOf(protocol: string): { name: string; number: number } {
  const known = normalizeProtocol(protocol);
  return known ? { name: known.protocol, number: known.protocolNumber } : { name: protocol, number: NaN };
}

const hasPortRange = (n: number) => n === 6 || n === 17;
const isIcmp = (n: number) => n === 1 || n === 58;

/** The ports as EC2 keeps them: none (-1) for every protocol but TCP, UDP and ICMP. */
function portsOf(content: Pick<RuleContent, 'protocol' | 'fromPort' | 'toPort'>): [number, number] {
  const { number } = protocolOf(content.protocol);
  return hasPortRange(number) || isIcmp(number) ? [content.fromPort, content.toPort] : [-1, -1];
}

function peerKey(peer: RulePeer): string {
  if ('cidr' in peer) return `cidr:${peer.cidr.toLowerCase()}`;
  if ('groupId' in peer) return `group:${peer.groupId}`;
  return `pl:${peer.prefixListId}`;
}

/**
 * What makes two rules of a group the same rule for EC2 (an authorize of it is a duplicate):
 * everything but the description.
 */
export function ruleKey(content: Omit<RuleContent, 'description'>): string {
  const [from, to] = portsOf(content);
  return [content.direction, protocolOf(content.protocol).name, from, to, peerKey(content.peer)].join('|');
}

/** Whether two rules are the same rule (descriptions aside). */
export function sameRule(a: Omit<RuleContent, 'description'>, b: Omit<RuleContent, 'description'>): boolean {
  return ruleKey(a) === ruleKey(b);
}

/** The content of a live rule (its id and group left out). */
export function contentOf(rule: LiveSecurityGroupRule): RuleContent {
  return {
    direction: rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: rule.peer,
    ...(rule.description ? { description: rule.description } : {}),
  };
}

/** The one `IpPermission` that authorizes exactly this rule, description included. */
export function ipPermission(content: RuleContent): IpPermission {
  const { name, number } = protocolOf(content.protocol);
  const Description = content.description ? { Description: content.description } : {};
  const permission: IpPermission = { IpProtocol: name === 'all' ? '-1' : name };
  if (hasPortRange(number) || isIcmp(number)) {
    permission.FromPort = content.fromPort;
    permission.ToPort = content.toPort;
  }
  const peer = content.peer;
  if ('cidr' in peer) {
    if (peer.cidr.includes(':')) permission.Ipv6Ranges = [{ CidrIpv6: peer.cidr, ...Description }];
    else permission.IpRanges = [{ CidrIp: peer.cidr, ...Description }];
  } else if ('groupId' in peer) {
    permission.UserIdGroupPairs = [{ GroupId: peer.groupId, ...Description }];
  } else {
    permission.PrefixListIds = [{ PrefixListId: peer.prefixListId, ...Description }];
  }
  return permission;
}

/** Rules as DescribeSecurityGroupRules (or an authorize call's response) returns them. */
export function rulesFromSdk(rules: readonly SdkSecurityGroupRule[] | undefined): LiveSecurityGroupRule[] {
  if (!rules || rules.length === 0) return [];
  const parsed = parseDescribeDocument(
    [...rules],
    'SecurityGroupRules',
    SecurityGroupRuleSchema,
    'EC2 DescribeSecurityGroupRules',
  );
  return inventoryFromDescribe({ securityGroups: [], securityGroupRules: parsed, networkInterfaces: [] })
    .rules;
}

/** `tcp 22`, `tcp 1024-65535`, `all`, `icmp type 8 code 0`: protocol and ports as a person reads them. */
export function protocolText(content: Pick<RuleContent, 'protocol' | 'fromPort' | 'toPort'>): string {
  const { name, number } = protocolOf(content.protocol);
  if (hasPortRange(number)) {
    const ports =
      content.fromPort === content.toPort ? `${content.fromPort}` : `${content.fromPort}-${content.toPort}`;
    return `${name} ${ports}`;
  }
  if (isIcmp(number)) {
    if (content.fromPort === -1) return `${name} all types`;
    return content.toPort === -1
      ? `${name} type ${content.fromPort}`
      : `${name} type ${content.fromPort} code ${content.toPort}`;
  }
  return name;
}

/** `ingress tcp 22 198.51.100.23/32`: the rule as the plan prints it (description aside). */
export function ruleText(content: Omit<RuleContent, 'description'>): string {
  return `${content.direction} ${protocolText(content)} ${peerText(content.peer)}`;
}
