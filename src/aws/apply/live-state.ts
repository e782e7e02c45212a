/**
 * Reads what AWS holds now for the groups and network ACLs a report's proposals touch: the
 * groups' tags (the opt-in), their rules with `sgr-` ids, and the ACLs' entries. The plan is
 * made against this, right before the run.
 */
import {
  paginateDescribeSecurityGroupRules,
  paginateDescribeSecurityGroups,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { ConfigurationError } from '../../errors.js';
import type { NetworkAcl } from '../../inventory/model.js';
import type { Report } from '../../report/types.js';
import { clientTarget } from '../clients.js';
import { rethrowAwsError } from '../errors.js';
import { chunks, collectPages } from '../util.js';
import { describeAcl } from './ec2-calls.js';
import type { ApplyLiveState, LiveGroup } from './model.js';
import { rulesFromSdk } from './rules.js';

// EC2 accepts at most 200 values in one filter.
const FILTER_VALUES = 200;

/** The groups and network ACLs that a report proposes to change. */
export function proposalTargets(report: Report): { groupIds: string[]; networkAclIds: string[] } {
  const groupIds = new Set<string>();
  const networkAclIds = new Set<string>();
  for (const f of report.findings) {
    if (!f.proposal) continue;
    if (f.proposal.action === 'deny')
      for (const e of f.proposal.networkAclEntries ?? []) networkAclIds.add(e.networkAclId);
    else if (f.groupId !== undefined) groupIds.add(f.groupId);
  }
  return { groupIds: [...groupIds].sort(), networkAclIds: [...networkAclIds].sort() };
}

/**
 * Reads the live state for a report's proposals (the ACLs only with `withAclDenies`).
 *
 * @throws ConfigurationError when AWS refuses a read, naming the IAM action.
 */
export async function readApplyState(
  ec2: EC2Client,
  report: Report,
  options: { withAclDenies?: boolean } = {},
): Promise<ApplyLiveState> {
  const { groupIds, networkAclIds } = proposalTargets(report);
  const call = (operation: string) => ({ service: 'ec2' as const, operation, ...clientTarget(ec2) });
  const groups: LiveGroup[] = [];
  const rules: ApplyLiveState['rules'][number][] = [];
  // Filters, not ids: a group deleted since the report is simply absent, not an error.
  for (const ids of chunks(groupIds, FILTER_VALUES)) {
    const Filters = [{ Name: 'group-id', Values: ids }];
    try {
      const found = await collectPages(
        paginateDescribeSecurityGroups({ client: ec2 }, { Filters }),
        (p) => p.SecurityGroups,
      );
      for (const g of found) {
        if (!g.GroupId) continue;
        const tags = Object.fromEntries((g.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        groups.push({ groupId: g.GroupId, groupName: g.GroupName, tags });
      }
    } catch (e) {
      rethrowAwsError(e, call('DescribeSecurityGroups'));
    }
    try {
      const found = await collectPages(
        paginateDescribeSecurityGroupRules({ client: ec2 }, { Filters }),
        (p) => p.SecurityGroupRules,
      );
      rules.push(...rulesFromSdk(found));
    } catch (e) {
      rethrowAwsError(e, call('DescribeSecurityGroupRules'));
    }
  }
  if (!options.withAclDenies || networkAclIds.length === 0) return { groups, rules };
  // One ACL a call: a deleted one is simply absent (by id, EC2 fails the whole call for it).
  const networkAcls: NetworkAcl[] = [];
  for (const id of networkAclIds) {
    const out = await describeAcl(ec2, id);
    if (out.kind !== 'ok') throw new ConfigurationError('message' in out ? out.message : out.kind);
    if (out.output) networkAcls.push(out.output);
  }
  return { groups, rules, networkAcls };
}
