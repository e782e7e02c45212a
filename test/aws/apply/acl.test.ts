/**
 * The port scanners' network ACL deny entries against moto: created only with withAclDenies,
 * deleted by revert, and what a dry run finds: moto 5.1.22 carries CreateNetworkAclEntry out in
 * spite of DryRun, which the run detects, stops at, and journals so that revert undoes it.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { executePlan } from '../../../src/aws/apply/execute.js';
import { readJournal } from '../../../src/aws/apply/journal.js';
import { readApplyState } from '../../../src/aws/apply/live-state.js';
import { planApply } from '../../../src/aws/apply/plan.js';
import { revertJournal } from '../../../src/aws/apply/revert.js';
import type { Report } from '../../../src/report/types.js';
import { startMoto, type MotoServer } from '../../helpers/moto.js';
import { motoClients } from '../aws-test-kit.js';
import {
  buildApplyWorld,
  inboundAclEntries,
  journalPath,
  reportOf,
  rulesWithoutIds,
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

async function planFor(report: Report, withAclDenies: boolean) {
  return planApply(report, await readApplyState(ec2, report, { withAclDenies }), {
    maxChanges: 50,
    withAclDenies,
    now,
  });
}

const DEFAULT_INBOUND = [
  { ruleNumber: 100, egress: false, protocol: '-1', ruleAction: 'allow', cidr: '0.0.0.0/0' },
  { ruleNumber: 32767, egress: false, protocol: '-1', ruleAction: 'deny', cidr: '0.0.0.0/0' },
];
const SCANNER_DENY = {
  ruleNumber: 99,
  egress: false,
  protocol: '-1',
  ruleAction: 'deny',
  cidr: '185.220.101.45/32',
};

describe('network ACL deny entries', () => {
  it('are left out without withAclDenies', async () => {
    const report = reportOf(w, [...standardFindings(w), scanFinding(w, '185.220.101.45', 99)]);

    const result = await executePlan(ec2, await planFor(report, false), { journalPath: journalPath() });

    expect(result.status).toBe('completed');
    expect(result.journal.entries.map((e) => e.call)).not.toContain('CreateNetworkAclEntry');
    expect(result.journal.entries.map((e) => e.call)).not.toContain('DescribeNetworkAcls');
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual(DEFAULT_INBOUND);
  });

  it('are created with withAclDenies after the group changes, and revert deletes them', async () => {
    const rulesBefore = await rulesWithoutIds(ec2, [w.web, w.db, w.legacy]);
    const report = reportOf(w, [...standardFindings(w), scanFinding(w, '185.220.101.45', 99)]);
    const path = journalPath();

    const result = await executePlan(ec2, await planFor(report, true), { journalPath: path });

    expect(result.status).toBe('completed');
    expect(result.aclEntriesCreated).toEqual([
      {
        networkAclId: w.networkAclId,
        ruleNumber: 99,
        egress: false,
        protocol: '-1',
        ruleAction: 'deny',
        cidr: '185.220.101.45/32',
      },
    ]);
    expect(result.journal.entries.slice(-2).map((e) => [e.call, e.result.status])).toEqual([
      ['DescribeNetworkAcls', 'done'],
      ['CreateNetworkAclEntry', 'done'],
    ]);
    expect(result.journal.entries.at(-1)?.parameters).toEqual({
      NetworkAclId: w.networkAclId,
      RuleNumber: 99,
      Egress: false,
      Protocol: '-1',
      RuleAction: 'deny',
      CidrBlock: '185.220.101.45/32',
    });
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual([SCANNER_DENY, ...DEFAULT_INBOUND]);

    const revert = await revertJournal(ec2, readJournal(path));
    expect(revert.deletedAclEntries.map((e) => [e.networkAclId, e.ruleNumber])).toEqual([
      [w.networkAclId, 99],
    ]);
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual(DEFAULT_INBOUND);
    expect(await rulesWithoutIds(ec2, [w.web, w.db, w.legacy])).toEqual(rulesBefore);

    const twice = await revertJournal(ec2, readJournal(path));
    expect(twice.changes).toBe(0);
    expect(twice.alreadyReverted[0]).toBe(
      `delete-network-acl-entry ${w.networkAclId} 99 (deny 185.220.101.45/32): already gone`,
    );
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual(DEFAULT_INBOUND);
  });

  it('a dry run detects that moto carries CreateNetworkAclEntry out in spite of DryRun', async () => {
    const report = reportOf(w, [scanFinding(w, '185.220.101.45', 99)]);
    const path = journalPath();

    const result = await executePlan(ec2, await planFor(report, true), { dryRun: true, journalPath: path });

    expect(result.status).toBe('failed');
    expect(result.failure).toEqual({
      call: `create-network-acl-entry ${w.networkAclId} 99 deny 185.220.101.45/32`,
      message: 'the endpoint ignored DryRun and carried the call out',
    });
    // moto ignores DryRun on DescribeNetworkAcls too; a read that goes through changes nothing.
    expect(result.journal.entries.map((e) => [e.call, e.parameters['DryRun'], e.result.status])).toEqual([
      ['DescribeNetworkAcls', true, 'dry-run-ignored'],
      ['CreateNetworkAclEntry', true, 'dry-run-ignored'],
    ]);
    expect(result.revertCommand).toBe(`sg-flow-audit revert ${path}`);
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual([SCANNER_DENY, ...DEFAULT_INBOUND]);

    await revertJournal(ec2, readJournal(path));
    expect(await inboundAclEntries(ec2, w.networkAclId)).toEqual(DEFAULT_INBOUND);
  });
});
