/**
 * A run over many accounts and regions: each account-region target goes through the same
 * `analyze()` as a run of one, with clients made for that account (its role's credentials) and
 * that region, at most `--max-parallel` at once, and the reports become one (merge.ts).
 *
 * A target that cannot be read (the role cannot be assumed, a Describe call is refused, the
 * region is not enabled, AWS throttles past the retries) is reported as a `target-unreadable`
 * finding and the others go on; the run fails (exit 2) only when not one target could be read.
 *
 * The front doors import this module only when a fleet flag is given, so that offline runs and
 * runs of one account never load STS and Organizations.
 */
import { STSClient } from '@aws-sdk/client-sts';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { commonConfig, createAthenaClient, createAwsClients, type AwsClients } from '../aws/clients.js';
import { isAwsError } from '../aws/errors.js';
import type { Config } from '../config.js';
import { ConfigurationError, errorMessage } from '../errors.js';
import { formatCount } from '../report/format.js';
import { showControls } from '../report/escape.js';
import type { LiveOptions } from '../live-options.js';
import { analyze } from '../pipeline.js';
import type { Report } from '../report/types.js';
import { assumedRoleCredentials, type StsTarget } from './credentials.js';
import type { FleetFlags } from './flags.js';
import { mergeReports, type TargetResult } from './merge.js';
import { callerIdentity, listActiveAccounts, resolveTargets, type FleetTarget } from './targets.js';

/** A target starting or ending, for progress lines (and tests that count what runs at once). */
export type TargetEvent =
  | { phase: 'start'; target: FleetTarget }
  | { phase: 'end'; target: FleetTarget; status: 'read' | 'failed'; records: number; message?: string };

/** The line a front door prints as a target ends: `account 111111111111 in eu-west-1: 1,234 records`. */
export function targetEventLine(event: Extract<TargetEvent, { phase: 'end' }>): string {
  const where = `sg-flow-audit: account ${event.target.account} in ${event.target.region}`;
  return event.status === 'read'
    ? `${where}: ${formatCount(event.records)} records`
    : `${where}: not read: ${showControls(event.message ?? '')}`;
}

/** The options of {@link analyzeFleet}. */
export interface FleetRunOptions {
  flags: FleetFlags;
  /** The live options of every target (its region and clients are set per target). */
  live: LiveOptions;
  config: Config;
  now?: Date | undefined;
  /** Tries per AWS request; default the clients' own (tests use 1). */
  maxAttempts?: number | undefined;
  /** The STS client of the caller's credentials; made from `live` by default (tests). */
  sts?: STSClient | undefined;
  /** The Organizations client for `--organization`; made from `live` by default (tests). */
  organizations?: OrganizationsClient | undefined;
  /** The clients of one target; {@link targetClients} by default (tests wrap it). */
  clientsFor?:
    ((target: FleetTarget, credentials: AwsCredentialIdentityProvider | undefined) => AwsClients) | undefined;
  onTarget?: ((event: TargetEvent) => void) | undefined;
}

/** The clients of one target: its region, and the role's credentials unless it is the caller's account. */
export function targetClients(
  live: Pick<LiveOptions, 'endpointUrl' | 'engine'>,
  target: FleetTarget,
  credentials: AwsCredentialIdentityProvider | undefined,
  maxAttempts?: number,
): AwsClients {
  const options = { region: target.region, endpoint: live.endpointUrl, credentials, maxAttempts };
  const clients = createAwsClients(options);
  // live.ts would make Athena's client with the default credentials: made here with the role's.
  return live.engine === 'athena' ? { ...clients, athena: createAthenaClient(options) } : clients;
}

/**
 * Reads every target and returns the combined report.
 *
 * @throws ConfigurationError when the targets cannot be listed (no credentials, ListAccounts
 *   refused, no region) or when not one target could be read
 */
export async function analyzeFleet(options: FleetRunOptions): Promise<Report> {
  const { flags, live } = options;
  const now = options.now ?? new Date();
  const endpoint = live.endpointUrl;
  const { sts, home } = await stsClient(options);
  const stsTarget: StsTarget = { region: home, endpoint };
  const caller = await callerIdentity(sts, stsTarget);
  const regions = flags.regions.length > 0 ? flags.regions : [home];
  const targets = await resolveTargets(flags, caller, regions, async () => {
    const organizations =
      options.organizations ??
      new OrganizationsClient(commonConfig({ region: home, endpoint, maxAttempts: options.maxAttempts }));
    return listActiveAccounts(organizations, { target: stsTarget });
  });

  // One role session per account, shared by the clients of all its regions. It is assumed once
  // before any target of the account starts, so that a role that cannot be assumed is one check,
  // not one per region; later calls re-assume it before it expires.
  const credentials = new Map<string, AwsCredentialIdentityProvider>();
  for (const t of targets)
    if (t.roleArn !== undefined && !credentials.has(t.account))
      credentials.set(t.account, assumedRoleCredentials(sts, t.roleArn, { target: stsTarget }));
  const refused = new Map<string, string>();
  await runLimited([...credentials], flags.maxParallel, async ([account, provider]) => {
    try {
      await provider();
    } catch (e) {
      // AWS's refusals are ConfigurationErrors by now (credentials.ts); anything else is a bug.
      if (!(e instanceof ConfigurationError)) throw e;
      refused.set(account, failureLine(e));
    }
  });

  const clientsFor =
    options.clientsFor ??
    ((target: FleetTarget, c: AwsCredentialIdentityProvider | undefined) =>
      targetClients(live, target, c, options.maxAttempts));
  const results: TargetResult[] = new Array<TargetResult>(targets.length);
  await runLimited(
    targets.map((target, index) => ({ target, index })),
    flags.maxParallel,
    async ({ target, index }) => {
      options.onTarget?.({ phase: 'start', target });
      const result = await readTarget(target, refused.get(target.account), () =>
        analyze({
          flowLogs: [],
          live: {
            ...live,
            region: target.region,
            clients: clientsFor(target, credentials.get(target.account)),
          },
          config: options.config,
          now,
        }),
      );
      results[index] = result;
      options.onTarget?.(
        result.status === 'read'
          ? { phase: 'end', target, status: 'read', records: result.report.input.records }
          : { phase: 'end', target, status: 'failed', records: 0, message: result.message },
      );
    },
  );

  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === results.length) {
    const first = failed[0];
    throw new ConfigurationError(
      `not one of ${results.length} account-region target(s) could be read; first, account ${first?.target.account} in ${first?.target.region}: ${first?.status === 'failed' ? first.message : ''}`,
    );
  }
  return mergeReports(results, options.config, now);
}

/**
 * The STS client of the caller's credentials, in the home region: `--region`, else the SDK
 * chain's (AWS_REGION, the profile's), else the first of `--regions`. STS and Organizations are
 * called there, and it is the region read when `--regions` is not given.
 */
async function stsClient(options: FleetRunOptions): Promise<{ sts: STSClient; home: string }> {
  const config = (region: string | undefined) =>
    commonConfig({ region, endpoint: options.live.endpointUrl, maxAttempts: options.maxAttempts });
  const given = options.sts ?? new STSClient(config(options.live.region));
  const home = await given.config.region().catch(() => undefined);
  if (home !== undefined) return { sts: given, home };
  const first = options.flags.regions[0];
  if (first === undefined)
    throw new ConfigurationError('--regions: no AWS region to read: pass --regions or set AWS_REGION');
  return { sts: options.sts ?? new STSClient(config(first)), home: first };
}

/** Reads one target; what AWS refuses becomes a failed result, a bug is thrown. */
async function readTarget(
  target: FleetTarget,
  refusal: string | undefined,
  read: () => Promise<Report>,
): Promise<TargetResult> {
  if (refusal !== undefined) return { target, status: 'failed', message: refusal };
  try {
    return { target, status: 'read', report: await read() };
  } catch (e) {
    if (!(e instanceof ConfigurationError) && !isAwsError(e)) throw e;
    const line = failureLine(e);
    // Credentials that work in one region and are refused in another: an opt-in region that the
    // account has not enabled answers so (AuthFailure, UnrecognizedClientException).
    const optIn = /rejected the credentials/.test(line)
      ? `; if ${target.region} is an opt-in region, enable it in account ${target.account} or leave it out of --regions`
      : '';
    return { target, status: 'failed', message: `${line}${optIn}` };
  }
}

/** The one line of an AWS failure: the readers' ConfigurationError already says what to change. */
function failureLine(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? '';
}

/**
 * Runs `work` on every item, at most `limit` at once. Every item runs even when one throws; the
 * first error is thrown once all have settled (only bugs are thrown here: AWS failures are results).
 */
async function runLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}
