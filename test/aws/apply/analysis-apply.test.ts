/**
 * From traffic to AWS and back: a small account in moto, flow logs written for its interfaces,
 * the real analysis on the live inventory, then its proposals planned, applied, read back, applied
 * again (nothing changes) and reverted (the rules read before come back).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executePlan } from '../../../src/aws/apply/execute.js';
import { readJournal } from '../../../src/aws/apply/journal.js';
import { readApplyState } from '../../../src/aws/apply/live-state.js';
import { APPLY_TAG } from '../../../src/aws/apply/model.js';
import { formatPlan } from '../../../src/aws/apply/plan-text.js';
import { planApply } from '../../../src/aws/apply/plan.js';
import { revertJournal } from '../../../src/aws/apply/revert.js';
import { defaultConfig } from '../../../src/config.js';
import { readLiveInventory } from '../../../src/inventory/ec2.js';
import { peerText } from '../../../src/inventory/model.js';
import { analyze } from '../../../src/pipeline.js';
import type { Report } from '../../../src/report/types.js';
import { startMoto, type MotoServer } from '../../helpers/moto.js';
import { V2 } from '../../helpers/scenario.js';
import { motoClients } from '../aws-test-kit.js';
import { inboundAclEntries, journalPath, rulesWithoutIds } from './apply-kit.js';

let moto: MotoServer;
let ec2: EC2Client;
const ids = { vpc: '', subnet: '', web: '', db: '', eniWeb: '', eniDb: '' };
const now = new Date('2026-11-26T00:00:00Z');
const DAY = 86_400;
const START = Math.floor(Date.parse('2026-11-16T00:00:00Z') / 1000);

/** One v2 record: a connection start from `src` to `dst` on `port`, `day` days into the window. */
const record = (eni: string, src: string, dst: string, port: number, day: number, action = 'ACCEPT') =>
  `2 123456789012 ${eni} ${src} ${dst} 50000 ${port} 6 10 840 ${START + day * DAY} ${START + day * DAY + 60} ${action} OK`;

async function buildAccount(): Promise<void> {
  ids.vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
  ids.subnet =
    (await ec2.send(new CreateSubnetCommand({ VpcId: ids.vpc, CidrBlock: '10.0.1.0/24' }))).Subnet
      ?.SubnetId ?? '';
  const group = async (name: string) =>
    (
      await ec2.send(
        new CreateSecurityGroupCommand({
          VpcId: ids.vpc,
          GroupName: name,
          Description: name,
          TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: APPLY_TAG, Value: 'true' }] }],
        }),
      )
    ).GroupId ?? '';
  ids.web = await group('web');
  ids.db = await group('db');
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: ids.web,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 22,
          ToPort: 22,
          IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }],
        },
        {
          IpProtocol: 'tcp',
          FromPort: 8080,
          ToPort: 8080,
          IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'old admin' }],
        },
      ],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: ids.db,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 5432,
          ToPort: 5432,
          IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'pg' }],
        },
      ],
    }),
  );
  const eni = async (groupId: string, ip: string) =>
    (
      await ec2.send(
        new CreateNetworkInterfaceCommand({ SubnetId: ids.subnet, Groups: [groupId], PrivateIpAddress: ip }),
      )
    ).NetworkInterface?.NetworkInterfaceId ?? '';
  ids.eniWeb = await eni(ids.web, '10.0.1.10');
  ids.eniDb = await eni(ids.db, '10.0.1.20');
}

/** Ten days of traffic: two admins on SSH, web to the database, a scanner, nothing on 8080. */
function writeLogs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgfa-apply-logs-'));
  mkdirSync(join(dir, 'logs'));
  const lines = [V2];
  for (let day = 0; day <= 10; day++) {
    lines.push(record(ids.eniWeb, '198.51.100.23', '10.0.1.10', 22, day));
    lines.push(record(ids.eniWeb, '198.51.100.24', '10.0.1.10', 22, day));
    lines.push(record(ids.eniDb, '10.0.1.10', '10.0.1.20', 5432, day));
  }
  for (let port = 1; port <= 30; port++)
    lines.push(record(ids.eniWeb, '185.220.101.45', '10.0.1.10', port, 3, 'REJECT'));
  writeFileSync(join(dir, 'logs', 'flows.log'), `${lines.join('\n')}\n`);
  return join(dir, 'logs');
}

let report: Report;

beforeAll(async () => {
  moto = await startMoto();
  ec2 = motoClients(moto).ec2;
  await buildAccount();
  const inventory = await readLiveInventory(ec2, { vpcId: ids.vpc });
  report = await analyze({ flowLogs: [writeLogs()], inventory, config: defaultConfig(), now, threads: 1 });
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

/** A rule as a line without its id: group, direction, protocol, ports, peer. */
const line = (
  groupId: string,
  direction: string,
  r: { protocol: string; fromPort: number; toPort: number },
  peer: string,
) => `${groupId} ${direction} ${r.protocol} ${r.fromPort} ${r.toPort} ${peer}`;
const ruleIdOf = (groupId: string, direction: string, fromPort: number) =>
  report.rules.find((r) => r.groupId === groupId && r.direction === direction && r.fromPort === fromPort)
    ?.ruleId;
const withoutDescription = (rules: string[]) => rules.map((r) => r.split(' ').slice(0, 6).join(' ')).sort();

describe('a report of the real analysis, applied in moto', () => {
  it('proposes what the traffic shows, and the rules read back after apply equal the proposals', async () => {
    const groups = [ids.web, ids.db];
    const before = await rulesWithoutIds(ec2, groups);
    const plan = planApply(report, await readApplyState(ec2, report, { withAclDenies: true }), {
      maxChanges: 10,
      withAclDenies: true,
      now,
    });
    const text = formatPlan(plan);
    expect(text).toContain(`authorize ${ids.web} ingress tcp 22 198.51.100.23/32`);
    expect(text).toContain(`authorize ${ids.web} ingress tcp 22 198.51.100.24/32`);
    expect(text).toContain(`authorize ${ids.db} ingress tcp 5432 ${ids.web}`);
    expect(text).toMatch(/create-network-acl-entry acl-\w+ 99 deny 185\.220\.101\.45\/32/);
    // SSH and the database narrowed; 8080 and both groups' egress, which no connection used, removed.
    expect(text).toContain(
      `revoke ${ids.web} ${ruleIdOf(ids.web, 'ingress', 8080)}  # removed: ingress tcp 8080 10.0.0.0/16`,
    );
    expect(text).toContain(
      `revoke ${ids.web} ${ruleIdOf(ids.web, 'egress', -1)}  # removed: egress all 0.0.0.0/0`,
    );
    expect(text).toContain(
      `revoke ${ids.db} ${ruleIdOf(ids.db, 'egress', -1)}  # removed: egress all 0.0.0.0/0`,
    );
    expect(plan.changes).toBe(6);

    const path = journalPath();
    const result = await executePlan(ec2, plan, { journalPath: path });
    expect(result.status).toBe('completed');

    // Every proposal of the report, read back from moto: the old rule gone, its replacement there.
    const expected = new Set(withoutDescription(before));
    for (const f of report.findings) {
      const rule = report.rules.find((r) => r.ruleId === f.ruleId);
      if (!rule || !f.proposal || f.proposal.action === 'deny') continue;
      expected.delete(line(rule.groupId, rule.direction, rule, peerText(rule.peer)));
      if (f.proposal.action === 'replace') {
        for (const p of f.proposal.rules)
          expected.add(line(rule.groupId, rule.direction, p, p.cidr ?? p.groupId ?? p.prefixListId ?? ''));
      }
    }
    expect(withoutDescription(await rulesWithoutIds(ec2, groups))).toEqual([...expected].sort());
    expect(withoutDescription(await rulesWithoutIds(ec2, groups))).toEqual(
      [
        `${ids.web} ingress tcp 22 22 198.51.100.23/32`,
        `${ids.web} ingress tcp 22 22 198.51.100.24/32`,
        `${ids.db} ingress tcp 5432 5432 ${ids.web}`,
      ].sort(),
    );
    const acl = result.aclEntriesCreated[0]?.networkAclId ?? '';
    expect(
      (await inboundAclEntries(ec2, acl)).map((e) => `${e.ruleNumber} ${e.ruleAction} ${e.cidr}`),
    ).toEqual(['99 deny 185.220.101.45/32', '100 allow 0.0.0.0/0', '32767 deny 0.0.0.0/0']);

    // A rerun of the same report changes nothing.
    const again = planApply(report, await readApplyState(ec2, report, { withAclDenies: true }), {
      maxChanges: 10,
      withAclDenies: true,
      now,
    });
    expect(again.changes).toBe(0);
    expect(again.skipped.map((s) => s.reason)).toEqual(again.skipped.map(() => 'already-applied'));

    // And the revert brings back exactly the rules read before.
    const revert = await revertJournal(ec2, readJournal(path));
    expect(revert.status).toBe('completed');
    expect(await rulesWithoutIds(ec2, groups)).toEqual(before);
    expect((await inboundAclEntries(ec2, acl)).map((e) => e.ruleNumber)).toEqual([100, 32767]);
  });
});
