/**
 * The flags of a run over many accounts and regions, checked before any AWS call: what they
 * mean when right, and one line naming the flag when not (exit 2 on the command line).
 */
import { describe, expect, it } from 'vitest';
import type { RunInputs } from '../../src/cli-args.js';
import { ConfigurationError } from '../../src/errors.js';
import { DEFAULT_MAX_PARALLEL, fleetFlagsOf } from '../../src/fleet/flags.js';
import { cliInProcess } from '../helpers/cli-in-process.js';

/** Flags as given; `undefined` leaves one out (`source: undefined`: no --source). */
type Given = { [K in keyof RunInputs]?: RunInputs[K] | undefined };

const inputs = (more: Given): RunInputs =>
  Object.fromEntries(
    Object.entries({
      flowLogs: [],
      securityGroupIds: [],
      failOn: 'critical',
      source: 'auto',
      ...more,
    }).filter(([, value]) => value !== undefined),
  ) as unknown as RunInputs;

const refusal = (more: Given): string => {
  try {
    fleetFlagsOf(inputs(more));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('fleetFlagsOf', () => {
  it('is undefined without any of the flags: a run of one account and region', () => {
    expect(fleetFlagsOf(inputs({ region: 'eu-west-1' }))).toBeUndefined();
  });

  it('reads the regions and accounts once each, in order, with the default parallelism', () => {
    expect(
      fleetFlagsOf(
        inputs({
          regions: ['eu-west-1', 'us-east-1', 'eu-west-1'],
          accounts: ['222222222222', '111111111111', '222222222222'],
          roleName: 'audit/SgFlowAudit',
        }),
      ),
    ).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      accounts: ['222222222222', '111111111111'],
      organization: false,
      roleName: 'audit/SgFlowAudit',
      maxParallel: DEFAULT_MAX_PARALLEL,
    });
    expect(fleetFlagsOf(inputs({ organization: true, roleName: 'audit', maxParallel: 8 }))).toEqual({
      regions: [],
      accounts: [],
      organization: true,
      roleName: 'audit',
      maxParallel: 8,
    });
    // --engine athena needs no --source.
    expect(
      fleetFlagsOf(inputs({ source: undefined, engine: 'athena', regions: ['eu-west-1'] }))?.regions,
    ).toEqual(['eu-west-1']);
  });

  it.each([
    [{ regions: ['eu-west'] }, "--regions: expected region names such as eu-west-1, got 'eu-west'"],
    [{ accounts: ['12345'], roleName: 'audit' }, "--accounts: expected 12-digit account ids, got '12345'"],
    [{ accounts: ['111111111111'] }, '--accounts: name the role to assume in each account with --role-name'],
    [{ organization: true }, '--organization: name the role to assume in each account with --role-name'],
    [
      { accounts: ['111111111111'], organization: true, roleName: 'audit' },
      '--accounts and --organization: give one of them',
    ],
    [{ roleName: 'audit' }, '--role-name is for --accounts or --organization: add one of them'],
    [
      { regions: ['eu-west-1'], roleName: 'audit' },
      '--role-name is for --accounts or --organization: add one of them',
    ],
    [{ maxParallel: 2 }, '--max-parallel is for --regions, --accounts or --organization'],
    [{ accounts: ['111111111111'], roleName: 'a b' }, "--role-name: expected an IAM role name, got 'a b'"],
    [{ regions: ['eu-west-1'], region: 'us-east-1' }, '--region and --regions: give one of them'],
    [
      { regions: ['eu-west-1'], inventory: 'inv' },
      '--inventory names what one account holds: leave it out with --regions, which reads each account and region live',
    ],
    [
      { accounts: ['111111111111'], roleName: 'audit', flowLogs: ['logs'] },
      '--flow-logs names what one account holds: leave it out with --accounts, which reads each account and region live',
    ],
    [
      { organization: true, roleName: 'audit', vpcId: 'vpc-0a' },
      '--vpc-id names what one account holds: leave it out with --organization, which reads each account and region live',
    ],
    [
      { regions: ['eu-west-1'], source: undefined },
      '--regions is for live AWS input: add --source auto (or s3://bucket/prefix, cloudwatch:LOG_GROUP)',
    ],
  ] as [Given, string][])('refuses %j', (more, message) => {
    expect(refusal(more)).toBe(message);
  });
});

describe('the command line', () => {
  it('--inventory or --flow-logs with --regions is one line and exit 2, before any AWS call', async () => {
    const withInventory = await cliInProcess(
      'analyze',
      '--inventory',
      'inv',
      '--regions',
      'eu-west-1',
      '--source',
      'auto',
    );
    expect(withInventory).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'sg-flow-audit: --inventory names what one account holds: leave it out with --regions, which reads each account and region live\n',
    });
    const withLogs = await cliInProcess(
      'analyze',
      ...['--flow-logs', 'logs', '--accounts', '111111111111', '--role-name', 'audit', '--source', 'auto'],
    );
    expect(withLogs.status).toBe(2);
    expect(withLogs.stderr.trimEnd().split('\n')).toEqual([
      'sg-flow-audit: --flow-logs names what one account holds: leave it out with --accounts, which reads each account and region live',
    ]);
  });

  it('--max-parallel takes a number from 1 to 64', async () => {
    const run = await cliInProcess(
      'analyze',
      '--regions',
      'eu-west-1',
      '--source',
      'auto',
      '--max-parallel',
      '0',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--max-parallel: expected a number from 1 to 64, got '0'");
  });
});
