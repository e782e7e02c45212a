/**
 * The VPC as the AWS CLI prints it: `aws ec2 describe-security-groups`,
 * `describe-security-group-rules` and `describe-network-interfaces`, the files `--inventory` reads.
 */
import { ACCOUNT, type Group, type Host, type Rule, type Vpc } from './vpc.js';

interface IpPermission {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges: { CidrIp: string; Description?: string }[];
  Ipv6Ranges: { CidrIpv6: string; Description?: string }[];
  PrefixListIds: never[];
  UserIdGroupPairs: { GroupId: string; UserId: string; Description?: string }[];
}

/** The three documents, by file name. */
export function inventoryDocuments(vpc: Vpc): Record<string, unknown> {
  return {
    'security-groups.json': {
      SecurityGroups: vpc.groups.map((g) => securityGroup(vpc, g)),
    },
    'security-group-rules.json': { SecurityGroupRules: vpc.rules.map(securityGroupRule) },
    'network-interfaces.json': { NetworkInterfaces: vpc.hosts.map((h) => networkInterface(vpc, h)) },
  };
}

function securityGroup(vpc: Vpc, g: Group) {
  const own = vpc.rules.filter((r) => r.group === g);
  return {
    GroupId: g.id,
    GroupName: g.name,
    Description: g.description,
    VpcId: vpc.id,
    OwnerId: ACCOUNT,
    IpPermissions: permissions(own.filter((r) => !r.egress)),
    IpPermissionsEgress: permissions(own.filter((r) => r.egress)),
    Tags: [],
  };
}

/**
 * EC2 prints the rules of one protocol and port range as one permission with several peers (the
 * RDP rules from the office and from anywhere are one entry with two ranges), and the analysis
 * must split them again.
 */
function permissions(rules: Rule[]): IpPermission[] {
  const byPorts = new Map<string, IpPermission>();
  for (const r of rules) {
    const key = `${r.protocol}|${r.from}|${r.to}`;
    let perm = byPorts.get(key);
    if (!perm) {
      perm = {
        IpProtocol: r.protocol,
        // An all-protocols permission has no ports at all.
        ...(r.protocol === '-1' ? {} : { FromPort: r.from, ToPort: r.to }),
        IpRanges: [],
        Ipv6Ranges: [],
        PrefixListIds: [],
        UserIdGroupPairs: [],
      };
      byPorts.set(key, perm);
    }
    const description = r.description ? { Description: r.description } : {};
    if (r.cidr) perm.IpRanges.push({ CidrIp: r.cidr, ...description });
    if (r.cidr6) perm.Ipv6Ranges.push({ CidrIpv6: r.cidr6, ...description });
    if (r.ref) perm.UserIdGroupPairs.push({ GroupId: r.ref.id, UserId: ACCOUNT, ...description });
  }
  return [...byPorts.values()];
}

function securityGroupRule(r: Rule) {
  return {
    SecurityGroupRuleId: r.id,
    GroupId: r.group.id,
    GroupOwnerId: ACCOUNT,
    IsEgress: r.egress,
    IpProtocol: r.protocol,
    FromPort: r.from,
    ToPort: r.to,
    ...(r.cidr ? { CidrIpv4: r.cidr } : {}),
    ...(r.cidr6 ? { CidrIpv6: r.cidr6 } : {}),
    ...(r.ref ? { ReferencedGroupInfo: { GroupId: r.ref.id, UserId: ACCOUNT } } : {}),
    ...(r.description ? { Description: r.description } : {}),
    Tags: [],
  };
}

function networkInterface(vpc: Vpc, h: Host) {
  return {
    NetworkInterfaceId: h.id,
    Attachment: { InstanceId: h.instanceId, DeviceIndex: 0, Status: 'attached' },
    AvailabilityZone: h.subnet.az,
    Description: h.name,
    Groups: h.groups.map((g) => ({ GroupId: g.id, GroupName: g.name })),
    InterfaceType: 'interface',
    Ipv6Addresses: [],
    OwnerId: ACCOUNT,
    PrivateIpAddress: h.ip,
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: h.ip }],
    RequesterManaged: false,
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: h.subnet.id,
    VpcId: vpc.id,
  };
}
