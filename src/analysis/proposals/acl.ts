/**
 * The block AWS does allow for a port scanner: security groups cannot deny, network ACLs can. A
 * deny entry for the scanner's address goes into the ACL of each subnet it reached, numbered
 * below the ACL's first inbound allow entry (entries are evaluated lowest number first) and
 * clear of every number in use.
 */
import type { NetworkAcl } from '../../inventory/model.js';
import type { Proposal, ProposedAclEntry } from '../../report/types.js';
import { containsIpv4, containsIpv6, parseCidr, parseIpv4, parseIpv6 } from '../net.js';

/** The deny proposal for one scanner, or why there is none. */
export type AclDeny = { proposal: Proposal; note: string } | { proposal: undefined; note: string };

/** The ACL deny entries proposed so far in this run, by ACL: numbers they took. */
export type TakenNumbers = Map<string, Set<number>>;

/** Where a network ACL cannot take a deny entry, say so plainly rather than propose nothing. */
export function aclDeny(
  address: string,
  subnetIds: readonly string[],
  acls: readonly NetworkAcl[] | undefined,
  taken: TakenNumbers,
): AclDeny {
  if (acls === undefined) {
    return {
      proposal: undefined,
      note: 'No network ACL data was read, so no deny entry is proposed: add network-acls.json (aws ec2 describe-network-acls) to --inventory, or allow ec2:DescribeNetworkAcls for live runs.',
    };
  }
  if (subnetIds.length === 0) {
    return {
      proposal: undefined,
      note: 'The interfaces it reached are in no known subnet, so no network ACL deny entry is proposed.',
    };
  }
  const v6 = address.includes(':');
  const cidr = `${address}/${v6 ? 128 : 32}`;
  const entries: ProposedAclEntry[] = [];
  const problems: string[] = [];
  for (const [acl, subnets] of aclsOf(subnetIds, acls)) {
    if (acl === undefined) {
      problems.push(`no network ACL is known for ${subnets.join(', ')}`);
      continue;
    }
    const inbound = acl.entries.filter((e) => !e.egress);
    if (
      inbound.some(
        (e) => e.ruleAction === 'deny' && e.ruleNumber < firstAllow(inbound) && covers(e, address, v6),
      )
    ) {
      problems.push(`${acl.networkAclId} already denies ${address}`);
      continue;
    }
    const used = new Set([...inbound.map((e) => e.ruleNumber), ...(taken.get(acl.networkAclId) ?? [])]);
    let number = firstAllow(inbound) - 1;
    while (number >= 1 && used.has(number)) number--;
    if (number < 1) {
      problems.push(`${acl.networkAclId} has no free rule number below its first allow entry`);
      continue;
    }
    const mine = taken.get(acl.networkAclId) ?? new Set<number>();
    mine.add(number);
    taken.set(acl.networkAclId, mine);
    entries.push({
      networkAclId: acl.networkAclId,
      subnetIds: subnets,
      ruleNumber: number,
      egress: false,
      protocol: '-1',
      ruleAction: 'deny',
      cidr,
    });
  }
  const why = problems.length > 0 ? ` Not proposed: ${problems.join('; ')}.` : '';
  if (entries.length === 0)
    return { proposal: undefined, note: `No network ACL deny entry is proposed.${why}` };
  return {
    proposal: { action: 'deny', rules: [], networkAclEntries: entries },
    note: `Deny ${cidr} in ${entries.map((e) => `${e.networkAclId} (rule ${e.ruleNumber})`).join(', ')}, the network ACL(s) of the subnets it reached.${why}`,
  };
}

/** The ACL of each subnet (its association, else the VPC's default ACL), subnets grouped. */
function aclsOf(
  subnetIds: readonly string[],
  acls: readonly NetworkAcl[],
): [NetworkAcl | undefined, string[]][] {
  const out = new Map<NetworkAcl | undefined, string[]>();
  for (const subnet of [...subnetIds].sort()) {
    const acl = acls.find((a) => a.subnetIds.includes(subnet));
    const list = out.get(acl);
    if (list) list.push(subnet);
    else out.set(acl, [subnet]);
  }
  return [...out].sort((a, b) => (a[0]?.networkAclId ?? '').localeCompare(b[0]?.networkAclId ?? ''));
}

/** The lowest inbound allow entry's number (the catch-all 32767 is a deny). */
function firstAllow(inbound: readonly NetworkAcl['entries'][number][]): number {
  const allows = inbound
    .filter((e) => e.ruleAction === 'allow' && e.ruleNumber < 32767)
    .map((e) => e.ruleNumber);
  return allows.length > 0 ? Math.min(...allows) : 32767;
}

function covers(entry: NetworkAcl['entries'][number], address: string, v6: boolean): boolean {
  if (entry.protocol !== '-1') return false;
  const network = parseCidr((v6 ? entry.ipv6Cidr : entry.cidr) ?? '');
  if (network === undefined) return false;
  if (v6) {
    const value = parseIpv6(address);
    return value !== undefined && containsIpv6(network, value);
  }
  const value = parseIpv4(address);
  return value !== undefined && containsIpv4(network, value);
}
