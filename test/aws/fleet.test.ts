/**
 * Runs over many accounts and regions against a moto server. moto keeps one world per account:
 * the credentials AssumeRole returns for `arn:aws:iam::ACCOUNT:role/NAME` act in ACCOUNT. Three
 * accounts, two regions, six small worlds (fleet-world.ts), each read through the audit role;
 * the combined report must hold exactly what the six runs of one account and region hold, each
 * rule and finding tagged with its own account and region.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STSClient } from '@aws-sdk/client-sts';
import {
  CloseAccountCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonConfig, createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { defaultConfig } from '../../src/config.js';
import { ConfigurationError } from '../../src/errors.js';
import { assumedRoleCredentials, REFRESH_BEFORE_MS, roleArnOf } from '../../src/fleet/credentials.js';
import type { FleetFlags } from '../../src/fleet/flags.js';
import { analyzeFleet, targetClients, type FleetRunOptions, type TargetEvent } from '../../src/fleet/run.js';
import { listActiveAccounts } from '../../src/fleet/targets.js';
import type { LiveOptions } from '../../src/live-options.js';
import { analyze } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Finding, Report, RuleReport } from '../../src/report/types.js';
import { cliInProcess } from '../helpers/cli-in-process.js';
import { MOTO_ACCOUNT, MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { failCommand, recordCommand, unauthorizedOperation } from './aws-test-kit.js';
import { accessDenied, authFailure, putTargetWorld, type TargetWorld } from './fleet-world.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as object,
);

const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const REGIONS = ['us-east-1', 'eu-west-1'];
const ROLE = 'audit';
const NOW = new Date();
/** The worlds' records start two hours before NOW. */
const START = Math.floor(NOW.getTime() / 1000) - 7200;

let moto: MotoServer;
/** Every world, in target order (accounts, then regions). */
const worlds: TargetWorld[] = [];
/** The report of each world read alone, as a run of one account and region reads it. */
const alone: Report[] = [];
let fleet: Report;
let inFlight = 0;
let mostAtOnce = 0;

const sts = () =>
  new STSClient(commonConfig({ region: MOTO_REGION, endpoint: moto.endpoint, maxAttempts: 1 }));
const live = (): LiveOptions => ({ source: 'auto', lookbackMs: 86_400_000, endpointUrl: moto.endpoint });
const flags = (more: Partial<FleetFlags> = {}): FleetFlags => ({
  regions: REGIONS,
  accounts: ACCOUNTS,
  organization: false,
  roleName: ROLE,
  maxParallel: 4,
  ...more,
});
const run = (more: Partial<FleetRunOptions> = {}) =>
  analyzeFleet({ flags: flags(), live: live(), config: defaultConfig(), now: NOW, maxAttempts: 1, ...more });

/** The clients of an account's world, through the role as the fleet reads it. */
function worldClients(account: string, region: string): AwsClients {
  const credentials = assumedRoleCredentials(sts(), roleArnOf('aws', account, ROLE));
  return createAwsClients({ region, endpoint: moto.endpoint, credentials, maxAttempts: 1 });
}

const ofTarget = <T extends RuleReport | Finding>(items: T[], w: { account: string; region: string }) =>
  items.filter((i) => i.account === w.account && i.region === w.region);
const untagged = <T extends RuleReport | Finding>({ account: _a, region: _r, ...rest }: T) => rest;
const withoutId = ({ id: _id, ...rest }: Finding) => rest;
const sorted = <T>(items: T[]) =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const total = (count: (r: Report) => number) => alone.reduce((n, r) => n + count(r), 0);

beforeAll(async () => {
  moto = await startMoto();
  let k = 0;
  for (const account of ACCOUNTS)
    for (const region of REGIONS)
      worlds.push(await putTargetWorld(worldClients(account, region), { account, region }, k++, START));
  for (const w of worlds)
    alone.push(
      await analyze({
        flowLogs: [],
        live: { ...live(), region: w.region, clients: worldClients(w.account, w.region) },
        config: defaultConfig(),
        now: NOW,
      }),
    );
  fleet = await run({
    flags: flags({ maxParallel: 2 }),
    onTarget: (event) => {
      inFlight += event.phase === 'start' ? 1 : -1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
    },
  });
}, 120_000);

afterAll(async () => {
  await moto?.stop();
});

describe('a run over three accounts and two regions', () => {
  it('reads each world in its own account: the runs of one target see only their own', () => {
    alone.forEach((report, i) => {
      const w = worlds[i] as TargetWorld;
      expect(report.input.records).toBe(w.records);
      expect(report.input.sources?.map((s) => [s.flowLogId, s.read])).toEqual([[w.flowLogId, true]]);
      // A run of one account and region is today's report: nothing says which account it was.
      expect(report.input.targets).toBeUndefined();
      expect([...report.rules, ...report.findings].filter((x) => 'account' in x || 'region' in x)).toEqual(
        [],
      );
    });
  });

  it('tags every rule and finding with its account and region, holding what the one-target runs hold', () => {
    worlds.forEach((w, i) => {
      const one = alone[i] as Report;
      const rules = ofTarget(fleet.rules, w);
      expect(rules.map(untagged)).toEqual(one.rules);
      expect(rules.filter((r) => w.groupIds.includes(r.groupId)).length).toBeGreaterThan(0);
      expect(sorted(ofTarget(fleet.findings, w).map(untagged).map(withoutId))).toEqual(
        sorted(one.findings.map(withoutId)),
      );
    });
    expect(fleet.rules).toHaveLength(total((r) => r.rules.length));
    expect(fleet.findings).toHaveLength(total((r) => r.findings.length));
    // The same problem in two accounts is two findings, each with an id of its own.
    expect(new Set(fleet.findings.map((f) => f.id)).size).toBe(fleet.findings.length);
    // SSH was used in the first world only.
    const ssh = fleet.rules.filter((r) => r.fromPort === 22 && r.direction === 'ingress');
    expect(ssh.filter((r) => r.status === 'used').map((r) => [r.account, r.region])).toEqual([
      ['111111111111', 'us-east-1'],
    ]);
  });

  it('adds up the counts of the one-target runs, and lists every target', () => {
    expect(fleet.summary.rules).toEqual({
      total: total((r) => r.summary.rules.total),
      used: total((r) => r.summary.rules.used),
      unused: total((r) => r.summary.rules.unused),
      unknown: total((r) => r.summary.rules.unknown),
    });
    expect(fleet.summary.interfaces).toBe(total((r) => r.summary.interfaces));
    expect(fleet.summary.groups).toBe(total((r) => r.summary.groups));
    for (const severity of ['critical', 'high', 'medium', 'low', 'info'] as const)
      expect(fleet.summary.findings[severity]).toBe(total((r) => r.summary.findings[severity]));
    expect(fleet.input.records).toBe(total((r) => r.input.records));
    expect(fleet.input.accepted).toBe(total((r) => r.input.accepted));
    expect(fleet.input.rejected).toBe(total((r) => r.input.rejected));
    expect(fleet.input.files).toBe(6);
    expect(fleet.input.sources).toHaveLength(6);
    expect(fleet.input.targets).toEqual(
      worlds.map((w) => ({ account: w.account, region: w.region, status: 'read', records: w.records })),
    );
    expect(validate(fleet), JSON.stringify(validate.errors)).toBe(true);
  });

  it('merges the traffic: buckets added up, top lists re-summed by key', () => {
    const accepted = (r: Report) => r.traffic.buckets.reduce((n, b) => n + b.accepted, 0);
    expect(accepted(fleet)).toBe(total(accepted));
    // 192.0.2.66 tried RDP in every world: k + 2 times in world k.
    expect(fleet.traffic.topRejectedSources).toEqual([
      { address: '192.0.2.66', flows: 2 + 3 + 4 + 5 + 6 + 7 },
    ]);
    expect(fleet.traffic.topRejectedPorts).toEqual([{ protocol: 'tcp', port: 3389, flows: 27 }]);
    expect(fleet.traffic.topPorts[0]).toEqual({ protocol: 'tcp', port: 443, flows: 1 + 2 + 3 + 4 + 5 + 6 });
    expect(fleet.traffic.sources?.map((s) => s.address).slice(0, 2)).toEqual(['192.0.2.66', '198.51.100.6']);
  });

  it('ran at most --max-parallel targets at once, and gives the same report one at a time', async () => {
    expect(mostAtOnce).toBe(2);
    const events: TargetEvent[] = [];
    let running = 0;
    let most = 0;
    const oneByOne = await run({
      flags: flags({ maxParallel: 1 }),
      onTarget: (event) => {
        events.push(event);
        running += event.phase === 'start' ? 1 : -1;
        most = Math.max(most, running);
      },
    });
    expect(most).toBe(1);
    expect(
      events.filter((e) => e.phase === 'start').map((e) => `${e.target.account}/${e.target.region}`),
    ).toEqual(worlds.map((w) => `${w.account}/${w.region}`));
    expect(oneByOne).toEqual(fleet);
  });

  it('shows a per-account table in the job summary and a block per target in the text report', () => {
    const markdown = renderMarkdown(fleet);
    expect(markdown).toContain('### Accounts and regions (6)');
    expect(markdown).toContain(
      '| Account | Region | Status | Records | Rules used | Rules unused | Critical | High | Medium | Low | Info |',
    );
    worlds.forEach((w, i) => {
      const one = alone[i] as Report;
      const f = one.summary.findings;
      expect(markdown).toContain(
        `| ${w.account} | ${w.region} | read | ${w.records} | ${one.summary.rules.used} | ${one.summary.rules.unused} | ` +
          `${f.critical} | ${f.high} | ${f.medium} | ${f.low} | ${f.info} |`,
      );
    });
    const text = renderText(fleet);
    expect(text).toContain('TARGETS (6: 6 read, 0 not read)');
    expect(text).toMatch(/^ {2}111111111111 {2}us-east-1 {2}6 records; rules /m);
    // A report of one account and region has neither.
    expect(renderMarkdown(alone[0] as Report)).not.toContain('Accounts and regions');
    expect(renderText(alone[0] as Report)).not.toContain('TARGETS');
  });
});

describe('the command line', () => {
  it('analyze --regions --accounts --role-name: the combined report, and a line per target on stderr', async () => {
    const run = await cliInProcess(
      'analyze',
      ...['--regions', REGIONS.join(','), '--accounts', ACCOUNTS.join(','), '--role-name', ROLE],
      ...['--source', 'auto', '--lookback', '1d', '--endpoint-url', moto.endpoint, '--format', 'json'],
    );
    // Exit 1: SSH is open to the world in every account (--fail-on critical).
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(fleet);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        ...worlds.map((w) => `sg-flow-audit: account ${w.account} in ${w.region}: ${w.records} records`),
        'sg-flow-audit: critical finding: Admin port 22 open to the internet',
      ].sort(),
    );
  });
});

describe('targets that cannot be read', () => {
  it('a role that cannot be assumed, a refused call, a region not enabled: a target-unreadable finding each; the others finish', async () => {
    const client = sts();
    const refused = roleArnOf('aws', '222222222222', ROLE);
    const assumes = failCommand(
      client,
      'AssumeRoleCommand',
      () => accessDenied(refused),
      (input) => String(input['RoleArn']).includes('222222222222'),
    );
    // And in one region of another account, EC2 refuses DescribeSecurityGroups.
    const report = await run({
      sts: client,
      clientsFor: (target, credentials) => {
        const clients = targetClients(live(), target, credentials, 1);
        if (target.account === '333333333333' && target.region === 'eu-west-1')
          failCommand(clients.ec2, 'DescribeSecurityGroupsCommand', () =>
            unauthorizedOperation('ec2:DescribeSecurityGroups'),
          );
        // And a region the account has not enabled refuses its credentials.
        if (target.account === '111111111111' && target.region === 'eu-west-1')
          failCommand(clients.ec2, 'DescribeSecurityGroupsCommand', authFailure);
        return clients;
      },
    });

    // One AssumeRole for the account, not one per region.
    expect(assumes.count).toBe(1);
    const unreadable = report.findings.filter((f) => f.type === 'target-unreadable');
    expect(unreadable.map((f) => [f.account, f.region, f.severity, f.evidence['action']])).toEqual([
      ['111111111111', 'eu-west-1', 'high', undefined],
      ['222222222222', 'eu-west-1', 'high', 'sts:AssumeRole'],
      ['222222222222', 'us-east-1', 'high', 'sts:AssumeRole'],
      ['333333333333', 'eu-west-1', 'high', 'ec2:DescribeSecurityGroups'],
    ]);
    expect(unreadable[0]?.message).toBe(
      'Account 111111111111, region eu-west-1: AWS rejected the credentials for EC2 DescribeSecurityGroups (AuthFailure): ' +
        'AWS was not able to validate the provided access credentials; if eu-west-1 is an opt-in region, ' +
        'enable it in account 111111111111 or leave it out of --regions',
    );
    expect(unreadable[2]?.message).toMatch(
      /^Account 222222222222, region us-east-1: access denied: STS AssumeRole on arn:aws:iam::222222222222:role\/audit needs the IAM permission sts:AssumeRole/,
    );
    expect(unreadable[3]?.message).toContain(
      'Account 333333333333, region eu-west-1: access denied: EC2 DescribeSecurityGroups',
    );
    expect(report.input.targets?.map((t) => t.status)).toEqual([
      'read',
      'failed',
      'failed',
      'failed',
      'read',
      'failed',
    ]);
    // The targets that could be read are in the report as they were.
    for (const w of [worlds[0], worlds[4]] as TargetWorld[])
      expect(ofTarget(report.rules, w)).toEqual(ofTarget(fleet.rules, w));
    expect(report.rules.filter((r) => r.account === '222222222222')).toEqual([]);
    const highOf = (i: number) => (alone[i] as Report).summary.findings.high;
    expect(report.summary.findings.high).toBe(highOf(0) + highOf(4) + 4);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Accounts and regions (6, 4 not read)');
    expect(markdown).toMatch(
      /\| 222222222222 \| us-east-1 \| \*\*failed\*\*: access denied: STS AssumeRole .* \| 0 \| 0 \| 0 \| 0 \| 1 \| 0 \| 0 \| 0 \|/,
    );
  });

  it('are suppressed by a suppression of their type; an expired suppression is one finding, not one per target', async () => {
    const client = sts();
    failCommand(
      client,
      'AssumeRoleCommand',
      () => accessDenied('refused'),
      (input) => String(input['RoleArn']).includes('222222222222'),
    );
    const config = {
      ...defaultConfig(),
      suppressions: [
        { type: 'target-unreadable' as const, reason: 'dev is being rebuilt', expires: '2999-01-01' },
        { type: 'port-scan' as const, reason: 'the scanner is ours', expires: '2000-01-01' },
      ],
    };
    const report = await run({ sts: client, config });

    const unreadable = report.findings.filter((f) => f.type === 'target-unreadable');
    expect(unreadable.map((f) => f.suppressed)).toEqual([
      { reason: 'dev is being rebuilt', expires: '2999-01-01' },
      { reason: 'dev is being rebuilt', expires: '2999-01-01' },
    ]);
    const expired = report.findings.filter((f) => f.type === 'expired-suppression');
    expect(expired).toHaveLength(1);
    expect(expired[0]?.account).toBeUndefined();
    // Suppressed findings are not counted; the expired suppression is, once.
    const low = (r: Report) =>
      r.findings.filter((f) => f.severity === 'low' && f.type !== 'expired-suppression').length;
    expect(report.summary.findings.high).toBe(
      [0, 1, 4, 5].reduce((n, i) => n + (alone[i] as Report).summary.findings.high, 0),
    );
    expect(report.summary.findings.low).toBe(low(report) + 1);
  });

  it('fails the run (exit 2) only when not one target could be read', async () => {
    const client = sts();
    failCommand(client, 'AssumeRoleCommand', () => accessDenied('any'));
    const error = await run({ sts: client }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(
      /^not one of 6 account-region target\(s\) could be read; first, account 111111111111 in us-east-1: access denied: STS AssumeRole/,
    );
  });
});

describe('role sessions', () => {
  it('are assumed once for concurrent callers, and again shortly before they expire', async () => {
    const client = sts();
    const calls = recordCommand(client, 'AssumeRoleCommand');
    let clock = Date.now();
    const provider = assumedRoleCredentials(client, roleArnOf('aws', '111111111111', ROLE), {
      now: () => clock,
    });
    const [first, same] = await Promise.all([provider(), provider()]);
    expect(same).toBe(first);
    expect(calls).toEqual([
      {
        RoleArn: 'arn:aws:iam::111111111111:role/audit',
        RoleSessionName: 'sg-flow-audit',
        DurationSeconds: 3600,
      },
    ]);
    const expires = first.expiration?.getTime() ?? 0;
    expect(expires).toBeGreaterThan(clock);
    clock = expires - REFRESH_BEFORE_MS - 1000;
    expect(await provider()).toBe(first);
    clock = expires - REFRESH_BEFORE_MS + 1000;
    const renewed = await provider();
    expect(calls).toHaveLength(2);
    expect(renewed.accessKeyId).not.toBe(first.accessKeyId);
  });
});

describe('--organization', () => {
  it('reads every ACTIVE account of the organization, the caller’s own with its own credentials', async () => {
    const organizations = new OrganizationsClient(
      commonConfig({ region: MOTO_REGION, endpoint: moto.endpoint, maxAttempts: 1 }),
    );
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const created: string[] = [];
    for (const name of ['dev', 'prod', 'retired']) {
      const out = await organizations.send(
        new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }),
      );
      created.push(out.CreateAccountStatus?.AccountId ?? '');
    }
    await organizations.send(new CloseAccountCommand({ AccountId: created[2] }));
    const active = [MOTO_ACCOUNT, created[0], created[1]];

    // Every page of ListAccounts, one account a page.
    const pages = recordCommand(organizations, 'ListAccountsCommand');
    expect((await listActiveAccounts(organizations, { pageSize: 1 })).sort()).toEqual([...active].sort());
    expect(pages.length).toBeGreaterThanOrEqual(4);

    const client = sts();
    const assumed = recordCommand(client, 'AssumeRoleCommand');
    const report = await run({
      flags: flags({ accounts: [], organization: true, regions: ['us-east-1'] }),
      sts: client,
      organizations,
    });
    expect(report.input.targets?.map((t) => [t.account, t.region, t.status]).sort()).toEqual(
      active.map((a) => [a, 'us-east-1', 'read']).sort(),
    );
    // The management account is the caller's: no role assumed there.
    expect(assumed.map((a) => a['RoleArn']).sort()).toEqual(
      [created[0], created[1]].map((a) => `arn:aws:iam::${a}:role/audit`).sort(),
    );
  });
});
