/**
 * planApply against the live state read from moto: every call by group and rule id, in order and
 * as text; what is left out and why (groups not opted in, suppressions, max-changes, rules gone,
 * changed or already as proposed, network ACL entries without --with-acl-denies).
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkAclEntryCommand,
  ModifySecurityGroupRulesCommand,
  RevokeSecurityGroupIngressCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatPlan } from '../../../src/aws/apply/plan-text.js';
import { planApply } from '../../../src/aws/apply/plan.js';
import { readApplyState } from '../../../src/aws/apply/live-state.js';
import { ConfigurationError } from '../../../src/errors.js';
import type { Report } from '../../../src/report/types.js';
import { startMoto, type MotoServer } from '../../helpers/moto.js';
import { motoClients } from '../aws-test-kit.js';
import {
  buildApplyWorld,
  remove,
  replace,
  reportOf,
  ruleFinding,
  scanFinding,
  standardFindings,
  type ApplyWorld,
} from './apply-kit.js';

let moto: MotoServer;
let ec2: EC2Client;
let w: ApplyWorld;
const now = new Date('2026-11-26T12:00:00Z');

beforeAll(async () => {
  moto = await startMoto();
  ec2 = motoClients(moto).ec2;
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
  w = await buildApplyWorld(ec2);
});

async function plan(
  report: Report,
  options: { allGroups?: boolean; maxChanges?: number; withAclDenies?: boolean } = {},
) {
  const live = await readApplyState(ec2, report, { withAclDenies: options.withAclDenies ?? false });
  return planApply(report, live, { maxChanges: 50, ...options, now });
}

/** The plan text with moto's random ids replaced by the names of the world. */
function named(text: string): string {
  const names: [string, string][] = [
    [w.web, 'sg-web'],
    [w.db, 'sg-db'],
    [w.legacy, 'sg-legacy'],
    [w.networkAclId, 'acl-main'],
    ...Object.entries(w.rules).map(([name, r]): [string, string] => [r.ruleId, `sgr-${name}`]),
  ];
  return names.reduce((t, [id, name]) => t.split(id).join(name), text);
}

describe('planApply', () => {
  it('plans each rule once, authorizations before revocations per group, and prints every call', async () => {
    const p = await plan(reportOf(w, standardFindings(w)));

    expect(named(formatPlan(p))).toBe(
      [
        'Plan: 5 changes (at most 50) in groups tagged sg-flow-audit:apply=true; 1 left out',
        '',
        'sg-web (web)',
        '  authorize sg-web ingress tcp 22 198.51.100.23/32  # replaces sgr-ssh',
        '  authorize sg-web ingress tcp 22 198.51.100.24/32  # replaces sgr-ssh',
        '  authorize sg-web ingress tcp 443 2001:db8::7/128  # replaces sgr-v6',
        '  authorize sg-web egress tcp 5432 sg-db  # replaces sgr-toDb',
        '  revoke sg-web sgr-ssh  # narrowed: ingress tcp 22 0.0.0.0/0',
        '  revoke sg-web sgr-v6  # narrowed: ingress tcp 443 ::/0',
        '  revoke sg-web sgr-toDb  # narrowed: egress tcp 5432 10.0.0.0/16',
        '  revoke sg-web sgr-old  # removed: ingress tcp 8080-8090 10.0.0.0/16',
        '',
        'sg-db (db)',
        '  authorize sg-db ingress tcp 5432 sg-web  # replaces sgr-pg',
        '  revoke sg-db sgr-pg  # narrowed: ingress tcp 5432 10.0.0.0/16',
        '',
        'Left out',
        '  sg-legacy sgr-rdp (ingress tcp 3389 0.0.0.0/0): the group is not tagged sg-flow-audit:apply=true (tag it, or pass --all-groups)',
        '',
      ].join('\n'),
    );
    // The replacements keep the old rule's description, noting the change.
    const web = p.groups[0];
    expect(web?.authorize.map((a) => a.rule.description)).toEqual([
      'ssh from anywhere (narrowed by sg-flow-audit)',
      'ssh from anywhere (narrowed by sg-flow-audit)',
      'https v6 (narrowed by sg-flow-audit)',
      'to the database (narrowed by sg-flow-audit)',
    ]);
    expect(web?.revoke.find((r) => r.ruleId === w.rules.ssh.ruleId)?.findingIds).toEqual([
      'f-ssh-open',
      'f-ssh-broad',
    ]);
    expect(p.skipped.map((s) => [s.reason, s.ruleId])).toEqual([['not-opted-in', w.rules.rdp.ruleId]]);
  });

  it('takes groups without the opt-in tag too with allGroups', async () => {
    const p = await plan(reportOf(w, standardFindings(w)), { allGroups: true });

    expect(p.changes).toBe(6);
    expect(p.skipped).toEqual([]);
    expect(named(formatPlan(p))).toContain(
      [
        'sg-legacy (legacy)',
        '  authorize sg-legacy ingress tcp 3389 203.0.113.9/32  # replaces sgr-rdp',
        '  revoke sg-legacy sgr-rdp  # narrowed: ingress tcp 3389 0.0.0.0/0',
      ].join('\n'),
    );
    expect(formatPlan(p).split('\n')[0]).toBe('Plan: 6 changes (at most 50) in all groups; 0 left out');
  });

  it('stops at max-changes in the order of the report, counting a replaced rule once', async () => {
    const p = await plan(reportOf(w, standardFindings(w)), { maxChanges: 2 });

    expect(p.changes).toBe(2);
    expect(p.groups.map((g) => [g.groupId, g.authorize.length, g.revoke.map((r) => r.ruleId)])).toEqual([
      [w.web, 3, [w.rules.ssh.ruleId, w.rules.v6.ruleId]],
    ]);
    expect(p.skipped.map((s) => [s.reason, s.ruleId])).toEqual([
      ['not-opted-in', w.rules.rdp.ruleId],
      ['max-changes', w.rules.pg.ruleId],
      ['max-changes', w.rules.toDb.ruleId],
      ['max-changes', w.rules.old.ruleId],
    ]);
    expect(named(p.skipped[1]?.detail ?? '')).toBe(
      'sg-db sgr-pg (ingress tcp 5432 10.0.0.0/16): beyond --max-changes 2; a later run takes it',
    );
  });

  it('refuses a max-changes below one', async () => {
    const report = reportOf(w, standardFindings(w));
    const live = await readApplyState(ec2, report);
    expect(() => planApply(report, live, { maxChanges: 0, now })).toThrow(ConfigurationError);
    expect(() => planApply(report, live, { maxChanges: 0, now })).toThrow(
      '--max-changes: expected a whole number of at least 1, got 0',
    );
  });

  it('leaves a suppressed rule alone, whichever finding carries the proposal', async () => {
    const findings = standardFindings(w).map((f) =>
      f.id === 'f-ssh-open' ? { ...f, suppressed: { reason: 'bastion', expires: '2027-01-01' } } : f,
    );
    const p = await plan(reportOf(w, findings));

    expect(p.groups.flatMap((g) => g.revoke.map((r) => r.ruleId))).not.toContain(w.rules.ssh.ruleId);
    expect(p.groups.flatMap((g) => g.authorize.map((a) => a.replaces)).flat()).not.toContain(
      w.rules.ssh.ruleId,
    );
    expect(p.skipped.filter((s) => s.reason === 'suppressed')).toEqual([
      {
        reason: 'suppressed',
        detail: `${w.rules.ssh.ruleId}: suppressed in the configuration; left as it is`,
        ruleId: w.rules.ssh.ruleId,
        findingIds: ['f-ssh-open', 'f-ssh-broad'],
      },
    ]);
  });

  it('skips rules already as proposed, gone, or changed since the report', async () => {
    // ssh: done by hand already; old: removed already; v6: removed without its replacement;
    // pg: its port changed under the same id.
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: w.web,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: '198.51.100.23/32' }, { CidrIp: '198.51.100.24/32' }],
          },
        ],
      }),
    );
    const revoke = (groupId: string, ruleId: string) =>
      ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: groupId, SecurityGroupRuleIds: [ruleId] }));
    await revoke(w.web, w.rules.ssh.ruleId);
    await revoke(w.web, w.rules.old.ruleId);
    await revoke(w.web, w.rules.v6.ruleId);
    await ec2.send(
      new ModifySecurityGroupRulesCommand({
        GroupId: w.db,
        SecurityGroupRules: [
          {
            SecurityGroupRuleId: w.rules.pg.ruleId,
            SecurityGroupRule: { IpProtocol: 'tcp', FromPort: 5433, ToPort: 5433, CidrIpv4: '10.0.0.0/16' },
          },
        ],
      }),
    );

    const p = await plan(reportOf(w, standardFindings(w)));

    expect(p.skipped.map((s) => [s.reason, named(s.detail)])).toEqual([
      ['already-applied', 'sg-web sgr-ssh (ingress tcp 22 0.0.0.0/0): already in the proposed state'],
      ['not-opted-in', expect.stringContaining('sg-legacy sgr-rdp')],
      [
        'gone',
        'sg-web sgr-v6 (ingress tcp 443 ::/0): no longer exists, and its replacement is not there; nothing is added in its place',
      ],
      [
        'changed',
        'sg-db sgr-pg (ingress tcp 5432 10.0.0.0/16): changed since the report (now ingress tcp 5433 10.0.0.0/16); re-run analyze',
      ],
      [
        'already-applied',
        'sg-web sgr-old (ingress tcp 8080-8090 10.0.0.0/16): already in the proposed state',
      ],
    ]);
    expect(named(formatPlan(p))).toContain(
      [
        'sg-web (web)',
        '  authorize sg-web egress tcp 5432 sg-db  # replaces sgr-toDb',
        '  revoke sg-web sgr-toDb  # narrowed: egress tcp 5432 10.0.0.0/16',
      ].join('\n'),
    );
    expect(p.changes).toBe(1);
  });

  it('authorizes only the replacement rules that are missing', async () => {
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: w.web,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '198.51.100.24/32' }] },
        ],
      }),
    );
    const p = await plan(
      reportOf(
        w,
        standardFindings(w).filter((f) => f.ruleId === w.rules.ssh.ruleId),
      ),
    );

    expect(named(formatPlan(p))).toContain(
      [
        '  authorize sg-web ingress tcp 22 198.51.100.23/32  # replaces sgr-ssh',
        '  revoke sg-web sgr-ssh  # narrowed: ingress tcp 22 0.0.0.0/0',
      ].join('\n'),
    );
    expect(p.changes).toBe(1);
  });

  it('authorizes a rule two old rules are narrowed to once, and keeps a rule that is wanted', async () => {
    const to23 = { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' };
    const report = reportOf(w, [
      ruleFinding('a', 'broad-source', w.rules.ssh, replace(to23)),
      ruleFinding('b', 'broad-ports', w.rules.old, replace(to23)),
      // A proposal to narrow ssh to exactly https's rule, and one to remove https.
      ruleFinding(
        'c',
        'broad-source',
        w.rules.v6,
        replace({ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }),
      ),
      ruleFinding('d', 'redundant-rule', w.rules.https, remove(w.rules.https)),
    ]);
    const p = await plan(report);

    expect(named(formatPlan(p))).toContain(
      [
        'sg-web (web)',
        '  authorize sg-web ingress tcp 22 198.51.100.23/32  # replaces sgr-ssh, sgr-old',
        '  revoke sg-web sgr-ssh  # narrowed: ingress tcp 22 0.0.0.0/0',
        '  revoke sg-web sgr-old  # narrowed: ingress tcp 8080-8090 10.0.0.0/16',
        '  revoke sg-web sgr-v6  # narrowed: ingress tcp 443 ::/0',
      ].join('\n'),
    );
    expect(p.skipped.map((s) => [s.reason, s.ruleId])).toEqual([
      ['kept-as-replacement', w.rules.https.ruleId],
    ]);
  });

  it('skips a rule the report knows by a derived id only', async () => {
    const report = reportOf(w, []);
    const derived = { ...w.rules.ssh, ruleId: 'sgr-derived-0123456789ab' };
    report.rules.push({ ...report.rules[0]!, ruleId: derived.ruleId });
    report.findings.push(
      ruleFinding(
        'f',
        'open-admin-port',
        derived,
        replace({ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' }),
      ),
    );
    const p = await plan(report);

    expect(p.changes).toBe(0);
    expect(p.skipped.map((s) => s.reason)).toEqual(['no-rule-id']);
    expect(p.skipped[0]?.detail).toContain('apply revokes by id only');
    expect(formatPlan(p)).toContain('Nothing to change.');
  });

  it('plans the port scanner deny entry only with withAclDenies', async () => {
    const report = reportOf(w, [scanFinding(w, '185.220.101.45', 99)]);

    const without = await plan(report);
    expect(without.networkAclEntries).toEqual([]);
    expect(without.skipped.map((s) => [s.reason, named(s.detail)])).toEqual([
      ['acl-denies-off', 'acl-main 99 deny 185.220.101.45/32: network ACL entries need --with-acl-denies'],
    ]);

    const withDenies = await plan(report, { withAclDenies: true });
    expect(withDenies.changes).toBe(1);
    expect(named(formatPlan(withDenies))).toContain(
      ['network ACLs', '  create-network-acl-entry acl-main 99 deny 185.220.101.45/32'].join('\n'),
    );
  });

  it('skips a deny entry that is there already, or whose number is taken', async () => {
    const entry = (ruleNumber: number, cidr: string) =>
      ec2.send(
        new CreateNetworkAclEntryCommand({
          NetworkAclId: w.networkAclId,
          RuleNumber: ruleNumber,
          Egress: false,
          Protocol: '-1',
          RuleAction: 'deny',
          CidrBlock: cidr,
        }),
      );
    await entry(99, '185.220.101.45/32');
    await entry(98, '192.0.2.1/32');
    const report = reportOf(w, [scanFinding(w, '185.220.101.45', 99), scanFinding(w, '45.155.205.99', 98)]);

    const p = await plan(report, { withAclDenies: true });

    expect(p.networkAclEntries).toEqual([]);
    expect(p.skipped.map((s) => [s.reason, named(s.detail)])).toEqual([
      ['already-applied', 'acl-main 99 deny 185.220.101.45/32: already there'],
      [
        'changed',
        'acl-main 98 deny 45.155.205.99/32: rule number 98 is now taken (deny all 192.0.2.1/32); re-run analyze',
      ],
    ]);
  });
});
