/**
 * Small inventories (AWS CLI JSON, as `aws ec2 describe-*` prints it) written into a folder, for
 * the Action's rules-only runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface IngressRule {
  protocol: 'tcp' | 'udp' | '-1';
  from?: number;
  to?: number;
  cidr: string;
}

export interface GroupSpec {
  id: string;
  ingress: IngressRule[];
  /** Interfaces the group is attached to (default one). */
  interfaces?: number;
}

const VPC = 'vpc-0action000000001';

function permission(rule: IngressRule) {
  const v6 = rule.cidr.includes(':');
  return {
    IpProtocol: rule.protocol,
    ...(rule.protocol === '-1' ? {} : { FromPort: rule.from, ToPort: rule.to ?? rule.from }),
    IpRanges: v6 ? [] : [{ CidrIp: rule.cidr }],
    Ipv6Ranges: v6 ? [{ CidrIpv6: rule.cidr }] : [],
    PrefixListIds: [],
    UserIdGroupPairs: [],
  };
}

/** Writes security-groups.json and network-interfaces.json for the groups into `dir`. */
export async function writeInventory(dir: string, groups: GroupSpec[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const securityGroups = groups.map((g) => ({
    GroupId: g.id,
    GroupName: g.id.replace(/^sg-0*/, ''),
    Description: `group ${g.id}`,
    VpcId: VPC,
    OwnerId: '111122223333',
    IpPermissions: g.ingress.map(permission),
    IpPermissionsEgress: [permission({ protocol: '-1', cidr: '0.0.0.0/0' })],
  }));
  let host = 0;
  const networkInterfaces = groups.flatMap((g) =>
    Array.from({ length: g.interfaces ?? 1 }, () => {
      host++;
      const address = `10.30.${Math.floor(host / 250)}.${(host % 250) + 4}`;
      return {
        NetworkInterfaceId: `eni-0action${String(host).padStart(10, '0')}`,
        InterfaceType: 'interface',
        Description: `instance ${host}`,
        VpcId: VPC,
        SubnetId: 'subnet-0action00000001',
        PrivateIpAddress: address,
        PrivateIpAddresses: [{ PrivateIpAddress: address, Primary: true }],
        Ipv6Addresses: [],
        Groups: [{ GroupId: g.id, GroupName: g.id.replace(/^sg-0*/, '') }],
        Status: 'in-use',
        OwnerId: '111122223333',
      };
    }),
  );
  await writeFile(join(dir, 'security-groups.json'), JSON.stringify({ SecurityGroups: securityGroups }));
  await writeFile(
    join(dir, 'network-interfaces.json'),
    JSON.stringify({ NetworkInterfaces: networkInterfaces }),
  );
  return dir;
}

/** A group id from a number: `sg-0action00000007`. */
export const groupId = (n: number) => `sg-0action${String(n).padStart(8, '0')}`;
