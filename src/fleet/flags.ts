/**
 * The flags of a run over many accounts and regions (`--regions`, `--accounts`, `--role-name`,
 * `--organization`, `--max-parallel`), checked before any AWS call. This module loads no AWS SDK:
 * the front doors import it on every run, and only a run that has these flags loads the rest of
 * src/fleet (and with it STS and Organizations).
 */
import type { RunInputs } from '../cli-args.js';
import { ConfigurationError } from '../errors.js';

/** What a run over many targets was asked for. */
export interface FleetFlags {
  /** The regions read in every account; empty: the region of `--region` or of the SDK's chain. */
  regions: string[];
  /** The accounts read; empty: those of the organization, or else the caller's own. */
  accounts: string[];
  /** List the organization's ACTIVE accounts with Organizations ListAccounts. */
  organization: boolean;
  /** The role assumed in each account other than the caller's own. */
  roleName: string | undefined;
  /** How many account-region targets run at once. */
  maxParallel: number;
}

/** How many targets run at once when `--max-parallel` is not given. */
export const DEFAULT_MAX_PARALLEL = 4;

const ACCOUNT_ID = /^\d{12}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, il-central-1 …
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
// An IAM role name (64 characters of [\w+=,.@-]), optionally after its path.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** Parses `--max-parallel` (a whole number from 1 to 64). */
export function parseMaxParallel(value: string, flag = '--max-parallel'): number {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64)
    throw new ConfigurationError(`${flag}: expected a number from 1 to 64, got '${value}'`);
  return Number(text);
}

/** The list without repeats, in the order given. */
const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The fleet flags of a run, checked; undefined when none is given (a run of one account and
 * region, exactly as before). Each mistake is one line naming the flag.
 */
export function fleetFlagsOf(inputs: RunInputs): FleetFlags | undefined {
  const regions = unique(inputs.regions ?? []);
  const accounts = unique(inputs.accounts ?? []);
  const organization = inputs.organization === true;
  const flag =
    regions.length > 0
      ? '--regions'
      : accounts.length > 0
        ? '--accounts'
        : organization
          ? '--organization'
          : undefined;
  if (flag === undefined) {
    if (inputs.roleName !== undefined)
      throw new ConfigurationError('--role-name is for --accounts or --organization: add one of them');
    if (inputs.maxParallel !== undefined)
      throw new ConfigurationError('--max-parallel is for --regions, --accounts or --organization');
    return undefined;
  }
  const region = regions.find((r) => !REGION.test(r));
  if (region !== undefined)
    throw new ConfigurationError(`--regions: expected region names such as eu-west-1, got '${region}'`);
  const account = accounts.find((a) => !ACCOUNT_ID.test(a));
  if (account !== undefined)
    throw new ConfigurationError(`--accounts: expected 12-digit account ids, got '${account}'`);
  if (accounts.length > 0 && organization)
    throw new ConfigurationError('--accounts and --organization: give one of them');
  if ((accounts.length > 0 || organization) && inputs.roleName === undefined)
    throw new ConfigurationError(
      `${accounts.length > 0 ? '--accounts' : '--organization'}: name the role to assume in each account with --role-name`,
    );
  if (inputs.roleName !== undefined && !ROLE_NAME.test(inputs.roleName))
    throw new ConfigurationError(`--role-name: expected an IAM role name, got '${inputs.roleName}'`);
  if (inputs.roleName !== undefined && accounts.length === 0 && !organization)
    throw new ConfigurationError('--role-name is for --accounts or --organization: add one of them');
  if (regions.length > 0 && inputs.region !== undefined)
    throw new ConfigurationError('--region and --regions: give one of them');
  // What names one account's files or resources cannot be read in every account and region.
  const single = (
    [
      ['--inventory', inputs.inventory !== undefined],
      ['--flow-logs', inputs.flowLogs.length > 0],
      ['--aggregates', (inputs.aggregates ?? []).length > 0],
      ['--vpc-id', inputs.vpcId !== undefined],
      ['--security-group-ids', inputs.securityGroupIds.length > 0],
    ] as const
  ).find(([, given]) => given);
  if (single !== undefined)
    throw new ConfigurationError(
      `${single[0]} names what one account holds: leave it out with ${flag}, which reads each account and region live`,
    );
  if (inputs.source === undefined && inputs.engine !== 'athena')
    throw new ConfigurationError(
      `${flag} is for live AWS input: add --source auto (or s3://bucket/prefix, cloudwatch:LOG_GROUP)`,
    );
  return {
    regions,
    accounts,
    organization,
    roleName: inputs.roleName,
    maxParallel: inputs.maxParallel ?? DEFAULT_MAX_PARALLEL,
  };
}
