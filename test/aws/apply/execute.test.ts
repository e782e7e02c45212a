/**
 * executePlan and revertJournal against moto: replacements authorized before the old rules are
 * revoked (by id only), the journal on disk after every call, a rerun that changes nothing, a
 * failure that stops the run and whose revert restores exactly the rules read before, and a
 * second revert that changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  AuthorizeSecurityGroupIngressCommand,
  ModifySecurityGroupRulesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { HandlerExecutionContext } from '@smithy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { executePlan } from '../../../src/aws/apply/execute.js';
import { readJournal, type Journal } from '../../../src/aws/apply/journal.js';
import { readApplyState } from '../../../src/aws/apply/live-state.js';
import type { ApplyPlan } from '../../../src/aws/apply/model.js';
import { planApply } from '../../../src/aws/apply/plan.js';
import { revertJournal } from '../../../src/aws/apply/revert.js';
import { ruleText } from '../../../src/aws/apply/rules.js';
import { peerText } from '../../../src/inventory/model.js';
import type { Report } from '../../../src/report/types.js';
import { startMoto, type MotoServer } from '../../helpers/moto.js';
import { failCommand, motoClients, recordCommand, unauthorizedOperation } from '../aws-test-kit.js';
import {
  buildApplyWorld,
  journalPath,
  liveRules,
  reportOf,
  rulesWithoutIds,
  standardFindings,
  type ApplyWorld,
} from './apply-kit.js';

let moto: MotoServer;
let ec2: EC2Client;
let w: ApplyWorld;
const now = new Date('2026-11-26T12:00:00Z');
const clock = () => new Date('2026-11-26T12:00:00Z');

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

const groups = () => [w.web, w.db, w.legacy];

async function planFor(report: Report, client: EC2Client = ec2): Promise<ApplyPlan> {
  return planApply(report, await readApplyState(client, report), { maxChanges: 50, now });
}

/** The calls of a journal that change something, as `call groupId`. */
const changes = (journal: Journal) =>
  journal.entries.filter((e) => !e.call.startsWith('Describe')).map((e) => `${e.call} ${e.groupId ?? ''}`);

/** The rules of the world once the standard findings are applied to web and db. */
function appliedRules(before: string[]): string[] {
  const gone = [w.rules.ssh, w.rules.v6, w.rules.toDb, w.rules.old, w.rules.pg].map(
    (r) => `${r.groupId} ${r.direction} tcp ${r.fromPort} ${r.toPort} ${peerText(r.peer)} `,
  );
  return [
    ...before.filter((line) => !gone.some((prefix) => line.startsWith(prefix))),
    `${w.web} ingress tcp 22 22 198.51.100.23/32 ssh from anywhere (narrowed by sg-flow-audit)`,
    `${w.web} ingress tcp 22 22 198.51.100.24/32 ssh from anywhere (narrowed by sg-flow-audit)`,
    `${w.web} ingress tcp 443 443 2001:db8::7/128 https v6 (narrowed by sg-flow-audit)`,
    // moto 5.1.22 keeps no description on rules that reference a group.
    `${w.web} egress tcp 5432 5432 ${w.db} (none)`,
    `${w.db} ingress tcp 5432 5432 ${w.web} (none)`,
  ].sort();
}

describe('executePlan', () => {
  it('authorizes each group’s replacements before revoking by id, and journals every call', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const { ec2: client } = motoClients(moto);
    const revokeInputs = recordCommand(client, 'RevokeSecurityGroupIngressCommand');
    const egressRevokes = recordCommand(client, 'RevokeSecurityGroupEgressCommand');
    const path = journalPath();

    const result = await executePlan(client, await planFor(reportOf(w, standardFindings(w))), {
      journalPath: path,
      now: clock,
    });

    expect(result.status).toBe('completed');
    expect(result.failure).toBeUndefined();
    expect(result.revertCommand).toBe(`sg-flow-audit revert ${path}`);
    expect(changes(result.journal)).toEqual([
      `AuthorizeSecurityGroupIngress ${w.web}`,
      `AuthorizeSecurityGroupIngress ${w.web}`,
      `AuthorizeSecurityGroupIngress ${w.web}`,
      `AuthorizeSecurityGroupEgress ${w.web}`,
      `RevokeSecurityGroupIngress ${w.web}`,
      `RevokeSecurityGroupIngress ${w.web}`,
      `RevokeSecurityGroupEgress ${w.web}`,
      `RevokeSecurityGroupIngress ${w.web}`,
      `AuthorizeSecurityGroupIngress ${w.db}`,
      `RevokeSecurityGroupIngress ${w.db}`,
    ]);
    // Revoked by id only, each right after a read of that very rule.
    expect([...revokeInputs, ...egressRevokes].map((input) => Object.keys(input).sort())).toEqual(
      Array.from({ length: 5 }, () => ['GroupId', 'SecurityGroupRuleIds']),
    );
    for (const [i, e] of result.journal.entries.entries()) {
      if (!e.call.startsWith('Revoke')) continue;
      const ids = e.parameters['SecurityGroupRuleIds'] as string[];
      expect(result.journal.entries[i - 1]?.parameters).toEqual({
        Filters: [{ Name: 'security-group-rule-id', Values: ids }],
      });
    }
    expect(await rulesWithoutIds(ec2, groups())).toEqual(appliedRules(before));
    // The journal names the ids moto gave the new rules, and the whole state of the old ones.
    const live = await liveRules(ec2, groups());
    for (const a of result.authorized) {
      expect(a.ruleIds).toHaveLength(1);
      expect(live.map((r) => r.ruleId)).toContain(a.ruleIds[0]);
    }
    expect(result.revoked.find((r) => r.ruleId === w.rules.ssh.ruleId)).toEqual({
      ruleId: w.rules.ssh.ruleId,
      groupId: w.web,
      direction: 'ingress',
      protocol: 'tcp',
      fromPort: 22,
      toPort: 22,
      peer: { cidr: '0.0.0.0/0' },
      description: 'ssh from anywhere',
    });
    expect(readJournal(path)).toEqual(result.journal);
    expect(result.journal.status).toBe('completed');
  });

  it('changes nothing on a rerun, from a new plan or from the same one', async () => {
    const report = reportOf(w, standardFindings(w));
    const first = await planFor(report);
    await executePlan(ec2, first, { journalPath: journalPath(), now: clock });
    const applied = await rulesWithoutIds(ec2, groups());

    const again = await planFor(report);
    expect(again.changes).toBe(0);
    expect(again.skipped.map((s) => s.reason).sort()).toEqual([
      'already-applied',
      'already-applied',
      'already-applied',
      'already-applied',
      'already-applied',
      'not-opted-in',
    ]);
    const rerun = await executePlan(ec2, again, { journalPath: journalPath(), now: clock });
    expect(rerun.journal.entries).toEqual([]);
    expect(rerun.revertCommand).toBeUndefined();

    // The old plan: every rule it would revoke is gone, so the re-check drops every call.
    const replay = await executePlan(ec2, first, { journalPath: journalPath(), now: clock });
    expect(replay.status).toBe('completed');
    expect(replay.authorized).toEqual([]);
    expect(replay.revoked).toEqual([]);
    expect(replay.skipped).toHaveLength(10);
    expect(replay.revertCommand).toBeUndefined();
    expect(await rulesWithoutIds(ec2, groups())).toEqual(applied);
  });

  it('stops at a failed call, leaves the rest, and its revert restores exactly the rules before', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const { ec2: client } = motoClients(moto);
    const failed = failCommand(
      client,
      'RevokeSecurityGroupIngressCommand',
      () => unauthorizedOperation('ec2:RevokeSecurityGroupIngress'),
      (input) => (input['SecurityGroupRuleIds'] as string[]).includes(w.rules.v6.ruleId),
    );
    const path = join(dirname(journalPath()), 'run one', 'journal.json');

    const result = await executePlan(client, await planFor(reportOf(w, standardFindings(w))), {
      journalPath: path,
      now: clock,
    });

    expect(failed.count).toBe(1);
    expect(result.status).toBe('failed');
    expect(result.failure).toEqual({
      call: `revoke ${w.web} ${w.rules.v6.ruleId}`,
      message:
        'access denied: EC2 RevokeSecurityGroupIngress on ' +
        `${w.web} needs the IAM permission ec2:RevokeSecurityGroupIngress; grant it to the role that runs the audit ` +
        '(see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true',
    });
    expect(result.revertCommand).toBe(`sg-flow-audit revert '${path}'`);
    // ssh was narrowed; v6 failed; toDb, old and all of db were not touched.
    const live = (await liveRules(ec2, groups())).map((r) => r.ruleId);
    expect(live).not.toContain(w.rules.ssh.ruleId);
    for (const r of [w.rules.v6, w.rules.toDb, w.rules.old, w.rules.pg]) expect(live).toContain(r.ruleId);
    expect(result.journal.entries.filter((e) => e.groupId === w.db)).toEqual([]);
    expect(changes(result.journal).slice(-2)).toEqual([
      `RevokeSecurityGroupIngress ${w.web}`,
      `RevokeSecurityGroupIngress ${w.web}`,
    ]);
    const onDisk = readJournal(path);
    expect(onDisk.status).toBe('failed');
    expect(onDisk.entries.at(-1)?.result).toEqual({
      status: 'failed',
      error: {
        code: 'UnauthorizedOperation',
        message: result.failure?.message,
        iamAction: 'ec2:RevokeSecurityGroupIngress',
      },
      uncertain: false,
    });

    const revert = await revertJournal(ec2, onDisk);

    expect(revert.status).toBe('completed');
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
    expect(revert.restored.map((r) => [r.oldRuleId, r.rule.description])).toEqual([
      [w.rules.ssh.ruleId, 'ssh from anywhere'],
    ]);
    const restoredId = revert.restored[0]?.newRuleId;
    expect(restoredId).toMatch(/^sgr-/);
    expect(restoredId).not.toBe(w.rules.ssh.ruleId);
    expect((await liveRules(ec2, [w.web])).map((r) => r.ruleId)).toContain(restoredId);
    expect(revert.revoked.map((r) => r.ruleId).sort()).toEqual(
      result.authorized.flatMap((a) => a.ruleIds).sort(),
    );
    expect(revert.changes).toBe(5);

    const twice = await revertJournal(ec2, onDisk);
    expect(twice.changes).toBe(0);
    expect(twice.restored).toEqual([]);
    expect(twice.revoked).toEqual([]);
    expect(twice.alreadyReverted).toHaveLength(5);
    expect(twice.alreadyReverted[0]).toBe(
      `authorize ${w.web} ingress tcp 22 0.0.0.0/0 (was ${w.rules.ssh.ruleId}): already there`,
    );
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });

  it('reverts a whole run, every group, to the rules read before', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const path = journalPath();
    await executePlan(ec2, await planFor(reportOf(w, standardFindings(w))), {
      journalPath: path,
      now: clock,
    });
    expect(await rulesWithoutIds(ec2, groups())).not.toEqual(before);

    const revertPath = journalPath('revert.json');
    const revert = await revertJournal(ec2, readJournal(path), {
      journalPath: revertPath,
      reverts: path,
      now: clock,
    });

    expect(revert.status).toBe('completed');
    expect(revert.restored.map((r) => r.oldRuleId).sort()).toEqual(
      [w.rules.ssh, w.rules.v6, w.rules.toDb, w.rules.old, w.rules.pg].map((r) => r.ruleId).sort(),
    );
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
    const revertJournalOnDisk = readJournal(revertPath);
    expect(revertJournalOnDisk.kind).toBe('revert');
    expect(revertJournalOnDisk.reverts).toBe(path);
    // Undone last call first: db's rule comes back before web's.
    expect(changes(revertJournalOnDisk).slice(0, 2)).toEqual([
      `AuthorizeSecurityGroupIngress ${w.db}`,
      `RevokeSecurityGroupIngress ${w.db}`,
    ]);
    await expect(revertJournal(ec2, revertJournalOnDisk)).rejects.toThrow(
      'this is the journal of a revert; revert the apply journal it names instead',
    );
  });

  it('leaves a journal that revert can use when the run dies during a call', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const { ec2: client } = motoClients(moto);
    const path = journalPath();
    let atCrash = '';
    // The journal as it is on disk while the first revoke is in flight, which is all a crash leaves.
    client.middlewareStack.add(
      (next, context: HandlerExecutionContext) => async (args) => {
        if (context.commandName === 'RevokeSecurityGroupIngressCommand' && atCrash === '') {
          atCrash = readFileSync(path, 'utf8');
          await next(args);
          throw new Error('process killed');
        }
        return next(args);
      },
      { step: 'initialize', name: 'crash-during-revoke' },
    );

    await executePlan(client, await planFor(reportOf(w, standardFindings(w))), {
      journalPath: path,
      now: clock,
    });
    const crashPath = journalPath('crashed.json');
    writeFileSync(crashPath, atCrash);
    const crashed = readJournal(crashPath);

    expect(crashed.status).toBe('running');
    expect(crashed.entries.at(-1)?.result).toEqual({ status: 'pending' });
    expect(crashed.entries.at(-1)?.previous?.ruleId).toBe(w.rules.ssh.ruleId);
    const revert = await revertJournal(ec2, crashed);
    expect(revert.status).toBe('completed');
    expect(revert.restored.map((r) => r.oldRuleId)).toEqual([w.rules.ssh.ruleId]);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });

  it('names an authorization a crash left in doubt instead of guessing', async () => {
    const { ec2: client } = motoClients(moto);
    const path = journalPath();
    let atCrash = '';
    client.middlewareStack.add(
      (next, context: HandlerExecutionContext) => async (args) => {
        if (context.commandName === 'AuthorizeSecurityGroupIngressCommand' && atCrash === '') {
          atCrash = readFileSync(path, 'utf8');
          await next(args);
          throw new Error('process killed');
        }
        return next(args);
      },
      { step: 'initialize', name: 'crash-during-authorize' },
    );
    await executePlan(client, await planFor(reportOf(w, standardFindings(w))), {
      journalPath: path,
      now: clock,
    });
    const crashPath = journalPath('crashed.json');
    writeFileSync(crashPath, atCrash);

    const revert = await revertJournal(ec2, readJournal(crashPath));

    expect(revert.changes).toBe(0);
    expect(revert.leftAlone).toEqual([
      `authorize ${w.web} ingress tcp 22 198.51.100.23/32: the apply stopped during this call, so it may have been made; ` +
        `if ${w.web} has this rule, revoke it by hand`,
    ]);
  });

  it('records a replacement someone added meanwhile as already present, not as a failure', async () => {
    const plan = await planFor(reportOf(w, standardFindings(w)));
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: w.web,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '198.51.100.24/32' }] },
        ],
      }),
    );

    const result = await executePlan(ec2, plan, { journalPath: journalPath(), now: clock });

    expect(result.status).toBe('completed');
    expect(result.alreadyPresent.map((a) => `${a.groupId} ${ruleText(a.rule)}`)).toEqual([
      `${w.web} ingress tcp 22 198.51.100.24/32`,
    ]);
    expect(result.authorized).toHaveLength(4);
    expect(result.revoked).toHaveLength(5);
  });

  it('leaves a rule that changed after the plan, and adds no replacement for it', async () => {
    const plan = await planFor(reportOf(w, standardFindings(w)));
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

    const result = await executePlan(ec2, plan, { journalPath: journalPath(), now: clock });

    expect(result.status).toBe('completed');
    expect(result.skipped).toEqual([
      `authorize ${w.db} ingress tcp 5432 ${w.web}: the rules it replaces (${w.rules.pg.ruleId}) changed or are gone`,
      `revoke ${w.db} ${w.rules.pg.ruleId}: changed since the plan was made (now ingress tcp 5433 10.0.0.0/16)`,
    ]);
    const db = await rulesWithoutIds(ec2, [w.db]);
    expect(db).toContain(`${w.db} ingress tcp 5433 5433 10.0.0.0/16 postgres`);
    expect(db.filter((r) => r.includes(w.web))).toEqual([]);
    expect(result.revoked.map((r) => r.ruleId)).not.toContain(w.rules.pg.ruleId);
  });

  it('refuses to overwrite a journal', async () => {
    const path = journalPath();
    writeFileSync(path, '{}');
    await expect(
      executePlan(ec2, await planFor(reportOf(w, standardFindings(w))), { journalPath: path }),
    ).rejects.toThrow(`journal ${path} exists already; give a new path (it may be needed to revert)`);
    expect(readFileSync(path, 'utf8')).toBe('{}');
  });
});

describe('executePlan with dryRun', () => {
  it('changes nothing, and moto answers DryRunOperation to every security-group call', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const result = await executePlan(ec2, await planFor(reportOf(w, standardFindings(w))), {
      dryRun: true,
      journalPath: journalPath(),
      now: clock,
    });

    expect(result.status).toBe('dry-run');
    expect(result.missingPermissions).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.revertCommand).toBeUndefined();
    expect(result.journal.dryRun).toBe(true);
    expect(result.journal.entries.map((e) => [e.call, e.parameters['DryRun'], e.result.status])).toEqual([
      ['DescribeSecurityGroupRules', true, 'dry-run-ok'],
      ...Array.from({ length: 3 }, () => ['AuthorizeSecurityGroupIngress', true, 'dry-run-ok']),
      ['AuthorizeSecurityGroupEgress', true, 'dry-run-ok'],
      ['RevokeSecurityGroupIngress', true, 'dry-run-ok'],
      ['RevokeSecurityGroupIngress', true, 'dry-run-ok'],
      ['RevokeSecurityGroupEgress', true, 'dry-run-ok'],
      ['RevokeSecurityGroupIngress', true, 'dry-run-ok'],
      ['AuthorizeSecurityGroupIngress', true, 'dry-run-ok'],
      ['RevokeSecurityGroupIngress', true, 'dry-run-ok'],
    ]);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });

  it('names every missing IAM action, and still tries every call', async () => {
    const before = await rulesWithoutIds(ec2, groups());
    const { ec2: client } = motoClients(moto);
    failCommand(client, 'AuthorizeSecurityGroupIngressCommand', () =>
      unauthorizedOperation('ec2:AuthorizeSecurityGroupIngress'),
    );
    failCommand(client, 'RevokeSecurityGroupEgressCommand', () =>
      unauthorizedOperation('ec2:RevokeSecurityGroupEgress'),
    );

    const result = await executePlan(client, await planFor(reportOf(w, standardFindings(w))), {
      dryRun: true,
      journalPath: journalPath(),
    });

    expect(result.status).toBe('dry-run');
    expect([...new Set(result.missingPermissions)]).toEqual([
      `access denied: EC2 AuthorizeSecurityGroupIngress on ${w.web} needs the IAM permission ec2:AuthorizeSecurityGroupIngress; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true',
      `access denied: EC2 RevokeSecurityGroupEgress on ${w.web} needs the IAM permission ec2:RevokeSecurityGroupEgress; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true',
      `access denied: EC2 AuthorizeSecurityGroupIngress on ${w.db} needs the IAM permission ec2:AuthorizeSecurityGroupIngress; ` +
        'grant it to the role that runs the audit (see docs/iam-policy.md); the apply policy allows it only on groups tagged sg-flow-audit:apply=true',
    ]);
    expect(result.missingPermissions).toHaveLength(5);
    expect(result.journal.entries.filter((e) => e.result.status === 'dry-run-ok')).toHaveLength(6);
    expect(await rulesWithoutIds(ec2, groups())).toEqual(before);
  });
});
