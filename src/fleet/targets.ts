/**
 * Which accounts and regions a run over many reads: the caller's identity (GetCallerIdentity,
 * which needs no permission), the accounts given or the organization's ACTIVE ones
 * (Organizations ListAccounts), times the regions given or the default one.
 */
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { paginateListAccounts, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { rethrowAwsError } from '../aws/errors.js';
import { collectPages } from '../aws/util.js';
import { ConfigurationError } from '../errors.js';
import { roleArnOf, type StsTarget } from './credentials.js';
import type { FleetFlags } from './flags.js';

/** One account and region to audit. */
export interface FleetTarget {
  account: string;
  region: string;
  /** The role assumed to read it; absent for the caller's own account (its own credentials). */
  roleArn?: string;
}

/** Who runs the audit, from GetCallerIdentity. */
export interface CallerIdentity {
  account: string;
  arn: string;
  /** `aws`, `aws-cn`, `aws-us-gov`: the partition of the role ARNs to assume. */
  partition: string;
}

/** The caller's account and partition. */
export async function callerIdentity(sts: STSClient, target: StsTarget = {}): Promise<CallerIdentity> {
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}));
    const arn = out.Arn ?? '';
    if (out.Account === undefined) throw new ConfigurationError('STS GetCallerIdentity returned no account');
    return { account: out.Account, arn, partition: /^arn:([\w-]+):/.exec(arn)?.[1] ?? 'aws' };
  } catch (e) {
    rethrowAwsError(e, { service: 'sts', operation: 'GetCallerIdentity', ...target });
  }
}

/**
 * The ids of the organization's ACTIVE accounts, in the order ListAccounts gives them (every
 * page). Suspended, closed and pending accounts cannot be read, so they are left out.
 */
export async function listActiveAccounts(
  organizations: OrganizationsClient,
  options: { pageSize?: number; target?: StsTarget } = {},
): Promise<string[]> {
  try {
    const accounts = await collectPages(
      paginateListAccounts(
        { client: organizations, ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) },
        {},
      ),
      (page) => page.Accounts,
    );
    // `State` replaces `Status` (retired in September 2026); either says ACTIVE.
    return accounts
      .filter((a) => (a.State ?? a.Status) === 'ACTIVE' && a.Id !== undefined)
      .map((a) => a.Id as string);
  } catch (e) {
    rethrowAwsError(e, { service: 'organizations', operation: 'ListAccounts', ...options.target });
  }
}

/**
 * Every account × region target, accounts in the order given (or listed), regions in the order
 * given. The caller's own account is read with its own credentials rather than through the role:
 * the management account of an organization often has no copy of the role (service-managed
 * StackSets do not deploy there), and the caller can read its own account anyway.
 *
 * @param regions the regions to read (already defaulted)
 * @param listAccounts lists the organization's accounts, for `--organization`
 */
export async function resolveTargets(
  flags: FleetFlags,
  caller: CallerIdentity,
  regions: readonly string[],
  listAccounts: () => Promise<string[]>,
): Promise<FleetTarget[]> {
  let accounts = flags.accounts;
  if (flags.organization) {
    accounts = [...new Set(await listAccounts())];
    if (accounts.length === 0)
      throw new ConfigurationError('--organization: Organizations ListAccounts gave no ACTIVE account');
  } else if (accounts.length === 0) {
    accounts = [caller.account];
  }
  return accounts.flatMap((account) =>
    regions.map((region) => ({
      account,
      region,
      ...(account !== caller.account && flags.roleName !== undefined
        ? { roleArn: roleArnOf(caller.partition, account, flags.roleName) }
        : {}),
    })),
  );
}
