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
import { ConfigurationError, describeValue, schemaIssueLine } from '../errors.js';
import { parseCidr, parseIpv4, parseIpv6 } from '../analysis/net.js';

const optionalString = z.string().nullish();
// A port, or an ICMP type or code; -1 is "all".
const port = z.number().int().min(-1).max(65535).nullish();
// A rule that matches nothing, or everything, because its network did not parse is worse than a
// run that stops: the file is named with the field. An optional one may also be empty, as the
// code below has always taken '' for "none".
const CIDR = 'expected a CIDR such as 10.0.0.0/16';
const IPV4 = 'expected an IPv4 address such as 10.0.1.5';
const isCidr = (s: string) => parseCidr(s) !== undefined;
const isIpv4 = (s: string) => parseIpv4(s) !== undefined;
const cidr = z.string().refine(isCidr, CIDR);
const optionalCidr = z
  .string()
  .refine((s) => s === '' || isCidr(s), CIDR)
  .nullish();
const ipv4 = z.string().refine(isIpv4, IPV4);
const optionalIpv4 = z
  .string()
  .refine((s) => s === '' || isIpv4(s), IPV4)
  .nullish();
const ipv6 = z
  .string()
  .refine((s) => parseIpv6(s) !== undefined, 'expected an IPv6 address such as 2001:db8::5');
const ipProtocol = z
  .string()
  .refine(
    (s) => normalizeProtocol(s) !== undefined,
    'expected tcp, udp, icmp, icmpv6, -1 or a protocol number from 0 to 255',
  );

const IpPermission = z.object({
  IpProtocol: ipProtocol,
  FromPort: port,
  ToPort: port,
  IpRanges: z.array(z.object({ CidrIp: cidr, Description: optionalString })).nullish(),
  Ipv6Ranges: z.array(z.object({ CidrIpv6: cidr, Description: optionalString })).nullish(),
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

export const SecurityGroupRuleSchema = z
  .object({
    SecurityGroupRuleId: z.string(),
    GroupId: z.string(),
    IsEgress: z.boolean(),
    IpProtocol: ipProtocol,
    FromPort: port,
    ToPort: port,
    CidrIpv4: optionalCidr,
    CidrIpv6: optionalCidr,
    PrefixListId: optionalString,
    ReferencedGroupInfo: z.object({ GroupId: optionalString }).nullish(),
    Description: optionalString,
  })
  // Empty is none, as ruleFromRuleJson reads them.
  .refine((r) => r.CidrIpv4 || r.CidrIpv6 || r.PrefixListId || r.ReferencedGroupInfo?.GroupId, {
    message: 'a rule with no peer: expected CidrIpv4, CidrIpv6, PrefixListId or ReferencedGroupInfo.GroupId',
  });

export const NetworkInterfaceSchema = z.object({
  NetworkInterfaceId: z.string().regex(/^eni-/, 'expected an interface id eni-…'),
  Groups: z.array(z.object({ GroupId: z.string() })).default([]),
  PrivateIpAddress: optionalIpv4,
  PrivateIpAddresses: z
    .array(
      z.object({
        PrivateIpAddress: ipv4,
        Association: z.object({ PublicIp: optionalIpv4 }).nullish(),
      }),
    )
    .default([]),
  Ipv6Addresses: z.array(z.object({ Ipv6Address: ipv6 })).default([]),
  Association: z.object({ PublicIp: optionalIpv4 }).nullish(),
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
        CidrBlock: optionalCidr,
        Ipv6CidrBlock: optionalCidr,
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
  Entries: z.array(z.object({ Cidr: cidr })).nullish(),
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

/**
 * Validates one Describe* document: `{ Key: [...] }` or a bare array.
 *
 * @param idKey the field that names each item once (`GroupId`): a second item with the same id
 *   is refused, as a file pasted together from two outputs would have it
 */
export function parseDescribeDocument<T extends z.ZodTypeAny>(
  document: unknown,
  key: string,
  item: T,
  source: string,
  idKey?: string,
): z.infer<T>[] {
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) {
    const found =
      document === null || typeof document !== 'object'
        ? describeValue(document)
        : key in document
          ? `"${key}": ${describeValue(list)}`
          : `an object without "${key}"`;
    throw new ConfigurationError(`${source}: expected an object with a "${key}" array, got ${found}`);
  }
  const schema = z.array(item);
  const parsed = schema.safeParse(list, { reportInput: true });
  if (!parsed.success)
    throw new ConfigurationError(`${source}: ${schemaIssueLine(parsed.error, schema, [key])}`);
  if (idKey !== undefined) {
    const first = new Map<unknown, number>();
    (parsed.data as Record<string, unknown>[]).forEach((entry, i) => {
      const id = entry[idKey];
      const seen = first.get(id);
      if (seen !== undefined)
        throw new ConfigurationError(
          `${source}: ${key}[${i}].${idKey}: ${describeValue(id)} is listed twice (also ${key}[${seen}]): expected each once`,
        );
      first.set(id, i);
    });
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
