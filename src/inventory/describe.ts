/**
 * Converts EC2 Describe* output (the AWS CLI's JSON, or the SDK's response objects; both use the
 * same PascalCase shapes) into the inventory model, validating as it goes so that a wrong file
 * is named with the field that is wrong.
 */
import { z } from 'zod';
import {
  derivedRuleId,
  normalizeProtocol,
  type Direction,
  type Inventory,
  type NetworkAcl,
  type NetworkInterface,
  type PrefixList,
  type RulePeer,
  type SecurityGroup,
  type SecurityGroupRule,
} from './model.js';
import { ConfigurationError } from '../errors.js';

const optionalString = z.string().nullish();
const port = z.number().int().nullish();

const IpPermission = z.object({
  IpProtocol: z.string(),
  FromPort: port,
  ToPort: port,
  IpRanges: z.array(z.object({ CidrIp: z.string(), Description: optionalString })).nullish(),
  Ipv6Ranges: z.array(z.object({ CidrIpv6: z.string(), Description: optionalString })).nullish(),
  PrefixListIds: z.array(z.object({ PrefixListId: z.string(), Description: optionalString })).nullish(),
  UserIdGroupPairs: z.array(z.object({ GroupId: z.string(), Description: optionalString })).nullish(),
});

export const SecurityGroupSchema = z.object({
  GroupId: z.string().regex(/^sg-/, 'expected a group id sg-…'),
  GroupName: z.string().default(''),
  Description: z.string().default(''),
  VpcId: z.string().default(''),
  IpPermissions: z.array(IpPermission).default([]),
  IpPermissionsEgress: z.array(IpPermission).default([]),
});

export const SecurityGroupRuleSchema = z.object({
  SecurityGroupRuleId: z.string(),
  GroupId: z.string(),
  IsEgress: z.boolean(),
  IpProtocol: z.string(),
  FromPort: port,
  ToPort: port,
  CidrIpv4: optionalString,
  CidrIpv6: optionalString,
  PrefixListId: optionalString,
  ReferencedGroupInfo: z.object({ GroupId: optionalString }).nullish(),
  Description: optionalString,
});

export const NetworkInterfaceSchema = z.object({
  NetworkInterfaceId: z.string().regex(/^eni-/, 'expected an interface id eni-…'),
  Groups: z.array(z.object({ GroupId: z.string() })).default([]),
  PrivateIpAddress: optionalString,
  PrivateIpAddresses: z
    .array(
      z.object({
        PrivateIpAddress: z.string(),
        Association: z.object({ PublicIp: optionalString }).nullish(),
      }),
    )
    .default([]),
  Ipv6Addresses: z.array(z.object({ Ipv6Address: z.string() })).default([]),
  Association: z.object({ PublicIp: optionalString }).nullish(),
  InterfaceType: z.string().default('interface'),
  Description: z.string().default(''),
  VpcId: z.string().default(''),
  SubnetId: z.string().default(''),
});

export const NetworkAclSchema = z.object({
  NetworkAclId: z.string().regex(/^acl-/, 'expected a network ACL id acl-…'),
  VpcId: z.string().default(''),
  IsDefault: z.boolean().default(false),
  Associations: z.array(z.object({ SubnetId: optionalString })).default([]),
  Entries: z
    .array(
      z.object({
        RuleNumber: z.number().int(),
        Egress: z.boolean(),
        Protocol: z.string(),
        RuleAction: z.enum(['allow', 'deny']),
        CidrBlock: optionalString,
        Ipv6CidrBlock: optionalString,
        PortRange: z.object({ From: port, To: port }).nullish(),
      }),
    )
    .default([]),
});

/** DescribeNetworkAcls output in the model's shape. */
export function networkAclsFromDescribe(acls: z.infer<typeof NetworkAclSchema>[]): NetworkAcl[] {
  return acls.map((acl) => ({
    networkAclId: acl.NetworkAclId,
    vpcId: acl.VpcId,
    isDefault: acl.IsDefault,
    subnetIds: acl.Associations.map((a) => a.SubnetId).filter(isText),
    entries: acl.Entries.map((e) => ({
      ruleNumber: e.RuleNumber,
      egress: e.Egress,
      protocol: e.Protocol,
      ruleAction: e.RuleAction,
      ...(isText(e.CidrBlock) ? { cidr: e.CidrBlock } : {}),
      ...(isText(e.Ipv6CidrBlock) ? { ipv6Cidr: e.Ipv6CidrBlock } : {}),
      ...(e.PortRange && typeof e.PortRange.From === 'number' && typeof e.PortRange.To === 'number'
        ? { portRange: { from: e.PortRange.From, to: e.PortRange.To } }
        : {}),
    })),
  }));
}

export const PrefixListSchema = z.object({
  PrefixListId: z.string(),
  PrefixListName: z.string().default(''),
  /** Not in DescribeManagedPrefixLists itself: GetManagedPrefixListEntries, folded in. */
  Entries: z.array(z.object({ Cidr: z.string() })).nullish(),
});

export type SecurityGroupJson = z.infer<typeof SecurityGroupSchema>;
export type SecurityGroupRuleJson = z.infer<typeof SecurityGroupRuleSchema>;
export type NetworkInterfaceJson = z.infer<typeof NetworkInterfaceSchema>;
export type PrefixListJson = z.infer<typeof PrefixListSchema>;

export interface DescribeOutput {
  securityGroups: SecurityGroupJson[];
  securityGroupRules?: SecurityGroupRuleJson[] | undefined;
  networkInterfaces: NetworkInterfaceJson[];
  prefixLists?: PrefixListJson[] | undefined;
}

/** Validates one Describe* document: `{ Key: [...] }` or a bare array. */
export function parseDescribeDocument<T extends z.ZodTypeAny>(
  document: unknown,
  key: string,
  item: T,
  source: string,
): z.infer<T>[] {
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list))
    throw new ConfigurationError(`${source}: expected an object with a "${key}" array`);
  const parsed = z.array(item).safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [key, ...(issue?.path ?? [])]
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    throw new ConfigurationError(`${source}: ${path.slice(1)}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as z.infer<T>[];
}

export function inventoryFromDescribe(out: DescribeOutput): Inventory {
  const groups: SecurityGroup[] = out.securityGroups.map((g) => ({
    groupId: g.GroupId,
    groupName: g.GroupName,
    description: g.Description,
    vpcId: g.VpcId,
  }));
  const rules = out.securityGroupRules?.length
    ? out.securityGroupRules.map(ruleFromRuleJson)
    : out.securityGroups.flatMap(rulesFromGroupJson);
  const interfaces: NetworkInterface[] = out.networkInterfaces.map((n) => {
    const privateIpv4 = [
      ...new Set([n.PrivateIpAddress, ...n.PrivateIpAddresses.map((a) => a.PrivateIpAddress)].filter(isText)),
    ];
    const publicIpv4 = [
      ...new Set(
        [n.Association?.PublicIp, ...n.PrivateIpAddresses.map((a) => a.Association?.PublicIp)].filter(isText),
      ),
    ];
    return {
      interfaceId: n.NetworkInterfaceId,
      groupIds: n.Groups.map((g) => g.GroupId),
      privateIpv4,
      ipv6: n.Ipv6Addresses.map((a) => a.Ipv6Address),
      publicIpv4,
      interfaceType: n.InterfaceType,
      description: n.Description,
      vpcId: n.VpcId,
      subnetId: n.SubnetId,
    };
  });
  const prefixLists: PrefixList[] = (out.prefixLists ?? []).map((p) => ({
    prefixListId: p.PrefixListId,
    name: p.PrefixListName,
    cidrs: p.Entries ? p.Entries.map((e) => e.Cidr) : undefined,
  }));
  return { groups, rules, interfaces, prefixLists };
}

function isText(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.length > 0;
}

function ports(ipProtocol: string, from: number | null | undefined, to: number | null | undefined) {
  const proto = normalizeProtocol(ipProtocol);
  if (!proto) throw new ConfigurationError(`unknown IpProtocol '${ipProtocol}'`);
  const hasPorts = proto.protocolNumber === 6 || proto.protocolNumber === 17;
  const isIcmp = proto.protocolNumber === 1 || proto.protocolNumber === 58;
  return {
    ...proto,
    fromPort: proto.protocolNumber === -1 ? -1 : (from ?? (hasPorts ? 0 : -1)),
    toPort: proto.protocolNumber === -1 ? -1 : (to ?? (hasPorts ? 65535 : -1)),
    isIcmp,
  };
}

function ruleFromRuleJson(r: SecurityGroupRuleJson): SecurityGroupRule {
  const p = ports(r.IpProtocol, r.FromPort, r.ToPort);
  let peer: RulePeer;
  if (r.CidrIpv4) peer = { cidr: r.CidrIpv4 };
  else if (r.CidrIpv6) peer = { cidr: r.CidrIpv6 };
  else if (r.PrefixListId) peer = { prefixListId: r.PrefixListId };
  else if (r.ReferencedGroupInfo?.GroupId) peer = { groupId: r.ReferencedGroupInfo.GroupId };
  else throw new ConfigurationError(`rule ${r.SecurityGroupRuleId} has no CIDR, prefix list or group`);
  const rule: SecurityGroupRule = {
    ruleId: r.SecurityGroupRuleId,
    groupId: r.GroupId,
    direction: r.IsEgress ? 'egress' : 'ingress',
    protocol: p.protocol,
    protocolNumber: p.protocolNumber,
    fromPort: p.fromPort,
    toPort: p.toPort,
    peer,
  };
  if (r.Description) rule.description = r.Description;
  return rule;
}

function rulesFromGroupJson(g: SecurityGroupJson): SecurityGroupRule[] {
  const out: SecurityGroupRule[] = [];
  const add = (direction: Direction, perms: SecurityGroupJson['IpPermissions']) => {
    for (const perm of perms) {
      const p = ports(perm.IpProtocol, perm.FromPort, perm.ToPort);
      const peers: [RulePeer, string | null | undefined][] = [
        ...(perm.IpRanges ?? []).map((r): [RulePeer, string | null | undefined] => [
          { cidr: r.CidrIp },
          r.Description,
        ]),
        ...(perm.Ipv6Ranges ?? []).map((r): [RulePeer, string | null | undefined] => [
          { cidr: r.CidrIpv6 },
          r.Description,
        ]),
        ...(perm.PrefixListIds ?? []).map((r): [RulePeer, string | null | undefined] => [
          { prefixListId: r.PrefixListId },
          r.Description,
        ]),
        ...(perm.UserIdGroupPairs ?? []).map((r): [RulePeer, string | null | undefined] => [
          { groupId: r.GroupId },
          r.Description,
        ]),
      ];
      for (const [peer, description] of peers) {
        const base = {
          groupId: g.GroupId,
          direction,
          protocol: p.protocol,
          protocolNumber: p.protocolNumber,
          fromPort: p.fromPort,
          toPort: p.toPort,
          peer,
        };
        const rule: SecurityGroupRule = { ruleId: derivedRuleId(base), ...base };
        if (description) rule.description = description;
        out.push(rule);
      }
    }
  };
  add('ingress', g.IpPermissions);
  add('egress', g.IpPermissionsEgress);
  return out;
}
