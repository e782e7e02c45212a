/**
 * Reads the inventory live from EC2: security groups, their rules (with `sgr-` ids), the network
 * interfaces they are attached to, and the managed prefix lists the rules name. The SDK returns
 * the same PascalCase shapes as the AWS CLI, so the responses go through the same validation and
 * conversion as a snapshot folder ({@link inventoryFromDescribe}), and can be written out as one
 * ({@link readLiveDescribe}, for `snapshot`).
 */
import {
  paginateDescribeManagedPrefixLists,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroupRules,
  paginateDescribeSecurityGroups,
  paginateGetManagedPrefixListEntries,
  type EC2Client,
  type Filter,
  type ManagedPrefixList,
  type NetworkAcl as Ec2NetworkAcl,
  type NetworkInterface as Ec2NetworkInterface,
  type PrefixListEntry,
  type SecurityGroup as Ec2SecurityGroup,
  type SecurityGroupRule as Ec2SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import {
  inventoryFromDescribe,
  NetworkAclSchema,
  networkAclsFromDescribe,
  NetworkInterfaceSchema,
  parseDescribeDocument,
  PrefixListSchema,
  SecurityGroupRuleSchema,
  SecurityGroupSchema,
  type DescribeOutput,
  type PrefixListJson,
  type SecurityGroupRuleJson,
} from './describe.js';
import type { Inventory, NetworkAcl } from './model.js';
import { clientTarget } from '../aws/clients.js';
import { describeAwsError, isAccessDenied, rethrowAwsError, type AwsCall } from '../aws/errors.js';
import { chunks, collectPages } from '../aws/util.js';
import { ConfigurationError } from '../errors.js';

/** Which part of the account to read. With neither field, every group of the region. */
export interface LiveInventoryOptions {
  vpcId?: string | undefined;
  groupIds?: readonly string[] | undefined;
}

/** The inventory, and what could not be read completely (the run goes on without it). */
export interface LiveInventory extends Inventory {
  warnings: string[];
}

/** A managed prefix list with its GetManagedPrefixListEntries folded in, as a snapshot holds it. */
export type ManagedPrefixListWithEntries = Partial<ManagedPrefixList> & { Entries?: PrefixListEntry[] };

/**
 * The Describe* responses an inventory is built from, as EC2 returned them (every field kept), so
 * that they can be written out as the AWS CLI JSON that `--inventory` reads.
 */
export interface LiveDescribeResponses {
  securityGroups: Ec2SecurityGroup[];
  /** Undefined when DescribeSecurityGroupRules was denied (a warning says so). */
  securityGroupRules: Ec2SecurityGroupRule[] | undefined;
  networkInterfaces: Ec2NetworkInterface[];
  prefixLists: ManagedPrefixListWithEntries[];
  /** Undefined when DescribeNetworkAcls was denied (a warning says so). */
  networkAcls: Ec2NetworkAcl[] | undefined;
  warnings: string[];
}

// EC2 accepts at most 200 values in one filter.
const FILTER_VALUES = 200;

/**
 * Reads groups, rules, interfaces and prefix lists with paginated Describe* calls.
 *
 * When DescribeSecurityGroupRules is denied the rules come from DescribeSecurityGroups with
 * derived ids, and when prefix-list entries cannot be read the list has no CIDRs; both leave a
 * warning. Interfaces of groups that the selected rules reference are read too, because a
 * group-referencing rule matches the private addresses of those interfaces.
 *
 * @throws ConfigurationError when AWS refuses a call that the audit cannot do without, or when
 * the selected VPC or groups do not exist in the region.
 */
export async function readLiveInventory(
  ec2: EC2Client,
  options: LiveInventoryOptions = {},
): Promise<LiveInventory> {
  const { described, networkAcls, responses } = await describeLive(ec2, options);
  return {
    ...inventoryFromDescribe(described),
    ...(networkAcls ? { networkAcls } : {}),
    warnings: responses.warnings,
  };
}

/**
 * The same reads as {@link readLiveInventory}, with the same selection, checks and warnings, but
 * the responses come back as EC2 sent them instead of as the inventory model.
 */
export async function readLiveDescribe(
  ec2: EC2Client,
  options: LiveInventoryOptions = {},
): Promise<LiveDescribeResponses> {
  return (await describeLive(ec2, options)).responses;
}

/** The reads of both functions above: the raw responses, and the same validated. */
async function describeLive(
  ec2: EC2Client,
  options: LiveInventoryOptions,
): Promise<{
  responses: LiveDescribeResponses;
  described: DescribeOutput;
  networkAcls: NetworkAcl[] | undefined;
}> {
  const warnings: string[] = [];
  const call = (operation: string, resource?: string): AwsCall => ({
    service: 'ec2',
    operation,
    resource,
    ...clientTarget(ec2),
  });
  const vpcFilter: Filter[] =
    options.vpcId !== undefined ? [{ Name: 'vpc-id', Values: [options.vpcId] }] : [];
  const selectedGroups = options.groupIds !== undefined ? [...new Set(options.groupIds)] : undefined;

  // Groups.
  const groupQueries = selectedGroups
    ? chunks(selectedGroups, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
    : [vpcFilter];
  const rawGroups: Ec2SecurityGroup[] = [];
  try {
    for (const Filters of groupQueries) {
      const pages = paginateDescribeSecurityGroups({ client: ec2 }, Filters.length > 0 ? { Filters } : {});
      rawGroups.push(...(await collectPages(pages, (p) => p.SecurityGroups)));
    }
  } catch (e) {
    rethrowAwsError(e, call('DescribeSecurityGroups', options.vpcId));
  }
  const securityGroups = parseDescribeDocument(
    rawGroups,
    'SecurityGroups',
    SecurityGroupSchema,
    'EC2 DescribeSecurityGroups',
  );
  const groupIds = securityGroups.map((g) => g.GroupId);
  checkSelection(options, selectedGroups, groupIds, clientTarget(ec2).region);

  // Rules with their sgr- ids; without them the report's rule ids are derived, which still works.
  let securityGroupRules: SecurityGroupRuleJson[] | undefined;
  let rawRules: Ec2SecurityGroupRule[] | undefined;
  try {
    const read: Ec2SecurityGroupRule[] = [];
    for (const ids of chunks(groupIds, FILTER_VALUES)) {
      const pages = paginateDescribeSecurityGroupRules(
        { client: ec2 },
        { Filters: [{ Name: 'group-id', Values: ids }] },
      );
      read.push(...(await collectPages(pages, (p) => p.SecurityGroupRules)));
    }
    securityGroupRules = parseDescribeDocument(
      read,
      'SecurityGroupRules',
      SecurityGroupRuleSchema,
      'EC2 DescribeSecurityGroupRules',
    );
    rawRules = read;
  } catch (e) {
    if (!isAccessDenied(e)) rethrowAwsError(e, call('DescribeSecurityGroupRules'));
    warnings.push(
      `${describeAwsError(e, call('DescribeSecurityGroupRules'))}; rule ids are derived instead of sgr- ids`,
    );
  }

  // Interfaces: those of the selection, then those of groups its rules reference.
  const interfaceQueries = selectedGroups
    ? chunks(groupIds, FILTER_VALUES).map((ids) => [...vpcFilter, { Name: 'group-id', Values: ids }])
    : [vpcFilter];
  const rawInterfaces = new Map<string, Ec2NetworkInterface>();
  const readInterfaces = async (queries: Filter[][]): Promise<void> => {
    try {
      for (const Filters of queries) {
        const pages = paginateDescribeNetworkInterfaces(
          { client: ec2 },
          Filters.length > 0 ? { Filters } : {},
        );
        for (const n of await collectPages(pages, (p) => p.NetworkInterfaces)) {
          rawInterfaces.set(n.NetworkInterfaceId ?? '', n);
        }
      }
    } catch (e) {
      rethrowAwsError(e, call('DescribeNetworkInterfaces', options.vpcId));
    }
  };
  await readInterfaces(interfaceQueries);
  const rules = inventoryFromDescribe({ securityGroups, securityGroupRules, networkInterfaces: [] }).rules;
  // With no selection every interface of the region was read already.
  if (options.vpcId !== undefined || selectedGroups !== undefined) {
    const loaded = new Set(groupIds);
    const referenced = [...new Set(rules.flatMap((r) => ('groupId' in r.peer ? [r.peer.groupId] : [])))];
    const outside = referenced.filter((id) => !loaded.has(id));
    await readInterfaces(chunks(outside, FILTER_VALUES).map((ids) => [{ Name: 'group-id', Values: ids }]));
  }
  const networkInterfaces = parseDescribeDocument(
    [...rawInterfaces.values()],
    'NetworkInterfaces',
    NetworkInterfaceSchema,
    'EC2 DescribeNetworkInterfaces',
  );

  const prefixListIds = [
    ...new Set(rules.flatMap((r) => ('prefixListId' in r.peer ? [r.peer.prefixListId] : []))),
  ];
  const prefixLists = await readPrefixLists(ec2, prefixListIds, call, warnings);

  const networkAcls = await readNetworkAcls(ec2, vpcFilter, call, warnings);

  return {
    responses: {
      securityGroups: rawGroups,
      securityGroupRules: rawRules,
      networkInterfaces: [...rawInterfaces.values()],
      prefixLists: prefixLists.raw,
      networkAcls: networkAcls?.raw,
      warnings,
    },
    described: { securityGroups, securityGroupRules, networkInterfaces, prefixLists: prefixLists.parsed },
    networkAcls: networkAcls?.parsed,
  };
}

/**
 * The network ACLs of the audited VPC (or region), where a port scanner's deny entry goes. They
 * are optional: when the call is denied the audit goes on, with a warning, and port-scan findings
 * say that they could not pick a rule number.
 */
async function readNetworkAcls(
  ec2: EC2Client,
  vpcFilter: Filter[],
  call: (operation: string, resource?: string) => AwsCall,
  warnings: string[],
): Promise<{ raw: Ec2NetworkAcl[]; parsed: NetworkAcl[] } | undefined> {
  try {
    const pages = paginateDescribeNetworkAcls(
      { client: ec2 },
      vpcFilter.length > 0 ? { Filters: vpcFilter } : {},
    );
    const raw = await collectPages(pages, (p) => p.NetworkAcls);
    const parsed = networkAclsFromDescribe(
      parseDescribeDocument(raw, 'NetworkAcls', NetworkAclSchema, 'EC2 DescribeNetworkAcls'),
    );
    return { raw, parsed };
  } catch (e) {
    if (!isAccessDenied(e)) rethrowAwsError(e, call('DescribeNetworkAcls'));
    warnings.push(
      `${describeAwsError(e, call('DescribeNetworkAcls'))}; port-scan findings cannot propose a network ACL deny entry`,
    );
    return undefined;
  }
}

/** A typo in `--vpc-id` or `--security-group-ids` finds nothing; say so rather than audit nothing. */
function checkSelection(
  options: LiveInventoryOptions,
  selected: string[] | undefined,
  found: string[],
  region: string | undefined,
): void {
  const where = region !== undefined ? ` in region '${region}'` : '';
  if (selected !== undefined) {
    const missing = selected.filter((id) => !found.includes(id));
    if (missing.length > 0) {
      const scope = options.vpcId !== undefined ? ` of ${options.vpcId}` : '';
      throw new ConfigurationError(
        `--security-group-ids: no security group ${missing.join(', ')}${scope}${where}: check the ids and --region`,
      );
    }
  } else if (options.vpcId !== undefined && found.length === 0) {
    // Every VPC has a default group, so none at all means no such VPC here.
    throw new ConfigurationError(
      `--vpc-id: no VPC ${options.vpcId}${where} (it has no security groups): check the id and --region`,
    );
  }
}

/**
 * Reads the prefix lists the rules reference, with their entries folded in as `Entries`. A list
 * that cannot be read keeps no CIDRs (rules on it become `unknown`) and leaves a warning.
 */
async function readPrefixLists(
  ec2: EC2Client,
  ids: string[],
  call: (operation: string, resource?: string) => AwsCall,
  warnings: string[],
): Promise<{ raw: ManagedPrefixListWithEntries[]; parsed: PrefixListJson[] }> {
  if (ids.length === 0) return { raw: [], parsed: [] };
  const found = new Map<string, ManagedPrefixList & { PrefixListId: string; PrefixListName: string }>();
  try {
    // A filter, not PrefixListIds: an id that is not visible (a list shared and then unshared)
    // must not fail the whole call.
    for (const values of chunks(ids, FILTER_VALUES)) {
      const pages = paginateDescribeManagedPrefixLists(
        { client: ec2 },
        { Filters: [{ Name: 'prefix-list-id', Values: values }] },
      );
      for (const p of await collectPages(pages, (page) => page.PrefixLists)) {
        if (p.PrefixListId)
          found.set(p.PrefixListId, {
            ...p,
            PrefixListId: p.PrefixListId,
            PrefixListName: p.PrefixListName ?? '',
          });
      }
    }
  } catch (e) {
    if (!isAccessDenied(e)) rethrowAwsError(e, call('DescribeManagedPrefixLists'));
    warnings.push(
      `${describeAwsError(e, call('DescribeManagedPrefixLists'))}; prefix-list names are unknown`,
    );
  }
  const lists: ManagedPrefixListWithEntries[] = [];
  for (const id of ids) {
    const list: ManagedPrefixListWithEntries = {
      ...(found.get(id) ?? { PrefixListId: id, PrefixListName: '' }),
    };
    try {
      const pages = paginateGetManagedPrefixListEntries({ client: ec2 }, { PrefixListId: id });
      list.Entries = (await collectPages(pages, (p) => p.Entries)).filter((e) => e.Cidr !== undefined);
    } catch (e) {
      if (!isAccessDenied(e) && !/NotFound/.test((e as Error).name)) {
        rethrowAwsError(e, call('GetManagedPrefixListEntries', id));
      }
      warnings.push(
        `${describeAwsError(e, call('GetManagedPrefixListEntries', id))}; rules that name ${id} cannot be matched to traffic`,
      );
    }
    lists.push(list);
  }
  return {
    raw: lists,
    parsed: parseDescribeDocument(lists, 'PrefixLists', PrefixListSchema, 'EC2 GetManagedPrefixListEntries'),
  };
}
