/**
 * A small account in moto for the apply tests (a VPC, one subnet, two opted-in groups and one
 * that is not), the live rules read back by name, and reports written by hand against it: the
 * rules with their ids as moto gave them, findings with proposals, and a port scanner's deny.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupRulesCommand,
  type EC2Client,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import { APPLY_TAG, type LiveSecurityGroupRule } from '../../../src/aws/apply/model.js';
import { rulesFromSdk } from '../../../src/aws/apply/rules.js';
import { peerText, type NetworkAclEntry } from '../../../src/inventory/model.js';
import type { Finding, Proposal, ProposedRule, Report, RuleReport } from '../../../src/report/types.js';

/** The rules of the world by name, and the ids of what it was built with. */
export interface ApplyWorld {
  vpcId: string;
  subnetId: string;
  networkAclId: string;
  web: string;
  db: string;
  legacy: string;
  /** name → the rule moto holds */
  rules: Record<RuleName, LiveSecurityGroupRule>;
}

export type RuleName = 'ssh' | 'https' | 'old' | 'v6' | 'toDb' | 'pg' | 'rdp';

const tcp = (port: number | [number, number], peer: Partial<IpPermission>): IpPermission => ({
  IpProtocol: 'tcp',
  FromPort: Array.isArray(port) ? port[0] : port,
  ToPort: Array.isArray(port) ? port[1] : port,
  ...peer,
});

/** Builds the world: web and db tagged `sg-flow-audit:apply=true`, legacy not. */
export async function buildApplyWorld(ec2: EC2Client): Promise<ApplyWorld> {
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
  const subnetId =
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24' }))).Subnet?.SubnetId ??
    '';
  const group = async (name: string, optedIn: boolean) =>
    (
      await ec2.send(
        new CreateSecurityGroupCommand({
          VpcId: vpcId,
          GroupName: name,
          Description: `${name} tier`,
          ...(optedIn
            ? {
                TagSpecifications: [
                  { ResourceType: 'security-group', Tags: [{ Key: APPLY_TAG, Value: 'true' }] },
                ],
              }
            : {}),
        }),
      )
    ).GroupId ?? '';
  const web = await group('web', true);
  const db = await group('db', true);
  const legacy = await group('legacy', false);
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: web,
      IpPermissions: [
        tcp(22, { IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh from anywhere' }] }),
        tcp(443, { IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'https' }] }),
        tcp([8080, 8090], { IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'old admin' }] }),
        tcp(443, { Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'https v6' }] }),
      ],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupEgressCommand({
      GroupId: web,
      IpPermissions: [tcp(5432, { IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'to the database' }] })],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: db,
      IpPermissions: [tcp(5432, { IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'postgres' }] })],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: legacy,
      IpPermissions: [tcp(3389, { IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'rdp' }] })],
    }),
  );
  const live = await liveRules(ec2, [web, db, legacy]);
  const find = (groupId: string, direction: string, port: number, cidr: string) => {
    const rule = live.find(
      (r) =>
        r.groupId === groupId &&
        r.direction === direction &&
        r.fromPort === port &&
        'cidr' in r.peer &&
        r.peer.cidr === cidr,
    );
    if (!rule) throw new Error(`no rule ${groupId} ${direction} ${port} ${cidr} in moto`);
    return rule;
  };
  const acls = await ec2.send(
    new DescribeNetworkAclsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }),
  );
  return {
    vpcId,
    subnetId,
    networkAclId: acls.NetworkAcls?.[0]?.NetworkAclId ?? '',
    web,
    db,
    legacy,
    rules: {
      ssh: find(web, 'ingress', 22, '0.0.0.0/0'),
      https: find(web, 'ingress', 443, '0.0.0.0/0'),
      old: find(web, 'ingress', 8080, '10.0.0.0/16'),
      v6: find(web, 'ingress', 443, '::/0'),
      toDb: find(web, 'egress', 5432, '10.0.0.0/16'),
      pg: find(db, 'ingress', 5432, '10.0.0.0/16'),
      rdp: find(legacy, 'ingress', 3389, '0.0.0.0/0'),
    },
  };
}

/** Every rule of some groups, as moto holds them. */
export async function liveRules(ec2: EC2Client, groupIds: string[]): Promise<LiveSecurityGroupRule[]> {
  const out = await ec2.send(
    new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: groupIds }] }),
  );
  return rulesFromSdk(out.SecurityGroupRules);
}

/**
 * Every rule of some groups without its id, one line each, sorted: what must be equal before an
 * apply and after its revert.
 */
export async function rulesWithoutIds(ec2: EC2Client, groupIds: string[]): Promise<string[]> {
  return (await liveRules(ec2, groupIds))
    .map((r) =>
      [
        r.groupId,
        r.direction,
        r.protocol,
        r.fromPort,
        r.toPort,
        peerText(r.peer),
        r.description ?? '(none)',
      ].join(' '),
    )
    .sort();
}

/** The inbound entries of a network ACL. */
export async function inboundAclEntries(ec2: EC2Client, networkAclId: string): Promise<NetworkAclEntry[]> {
  const out = await ec2.send(new DescribeNetworkAclsCommand({ NetworkAclIds: [networkAclId] }));
  return (out.NetworkAcls?.[0]?.Entries ?? [])
    .filter((e) => e.Egress === false)
    .map((e) => ({
      ruleNumber: e.RuleNumber ?? 0,
      egress: false as const,
      protocol: e.Protocol ?? '',
      ruleAction: e.RuleAction === 'deny' ? ('deny' as const) : ('allow' as const),
      ...(e.CidrBlock ? { cidr: e.CidrBlock } : {}),
    }))
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
}

/** The report's entry for a live rule (usage is not read by apply). */
export function ruleReport(rule: LiveSecurityGroupRule, groupName: string): RuleReport {
  return {
    ruleId: rule.ruleId,
    groupId: rule.groupId,
    groupName,
    direction: rule.direction,
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: rule.peer,
    ...(rule.description ? { description: rule.description } : {}),
    status: 'used',
    usage: {
      flows: 1,
      packets: 1,
      bytes: 1,
      peers: 1,
      peersExact: true,
      topPeers: [],
      ports: [],
      firstSeen: null,
      lastSeen: null,
      confidence: 'high',
      shadowedFlows: 0,
    },
  };
}

/** A finding about a rule, with its proposal. */
export function ruleFinding(
  id: string,
  type: Finding['type'],
  rule: LiveSecurityGroupRule,
  proposal: Proposal | undefined,
  extra: Partial<Finding> = {},
): Finding {
  return {
    id,
    type,
    severity: 'high',
    groupId: rule.groupId,
    ruleId: rule.ruleId,
    title: `${type} ${rule.ruleId}`,
    message: '',
    evidence: {},
    ...(proposal ? { proposal } : {}),
    ...extra,
  };
}

export const replace = (...rules: ProposedRule[]): Proposal => ({ action: 'replace', rules });
export const remove = (rule: LiveSecurityGroupRule): Proposal => ({
  action: 'remove',
  rules: [
    {
      protocol: rule.protocol,
      fromPort: rule.fromPort,
      toPort: rule.toPort,
      ...('cidr' in rule.peer ? { cidr: rule.peer.cidr } : {}),
    },
  ],
});

/** A port scanner's finding with its deny entry in the world's network ACL. */
export function scanFinding(world: ApplyWorld, address: string, ruleNumber: number): Finding {
  return {
    id: `scan-${address}`,
    type: 'port-scan',
    severity: 'medium',
    peer: address,
    title: `port scan from ${address}`,
    message: '',
    evidence: {},
    proposal: {
      action: 'deny',
      rules: [],
      networkAclEntries: [
        {
          networkAclId: world.networkAclId,
          subnetIds: [world.subnetId],
          ruleNumber,
          egress: false,
          protocol: '-1',
          ruleAction: 'deny',
          cidr: `${address}/32`,
        },
      ],
    },
  };
}

const GROUP_NAMES = (world: ApplyWorld): Record<string, string> => ({
  [world.web]: 'web',
  [world.db]: 'db',
  [world.legacy]: 'legacy',
});

/** A report of every rule of the world with these findings. */
export function reportOf(world: ApplyWorld, findings: Finding[]): Report {
  const names = GROUP_NAMES(world);
  return {
    schemaVersion: 1,
    tool: { name: 'sg-flow-audit', version: 'test' },
    window: { start: '2026-11-10T00:00:00Z', end: '2026-11-24T00:00:00Z' },
    input: {
      files: 0,
      records: 0,
      accepted: 0,
      rejected: 0,
      noData: 0,
      skipData: 0,
      malformed: 0,
      unreadableFiles: 0,
      errors: [],
      errorCount: 0,
      fields: [],
      formats: [],
      unknownInterfaces: [],
    },
    summary: {
      interfaces: 0,
      interfacesWithRecords: 0,
      groups: 3,
      rules: { total: 0, used: 0, unused: 0, unknown: 0 },
      findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    },
    rules: Object.values(world.rules).map((r) => ruleReport(r, names[r.groupId] ?? '')),
    findings,
    traffic: { bucketSeconds: 3600, buckets: [], topRejectedSources: [], topRejectedPorts: [], topPorts: [] },
  };
}

/**
 * The findings the tests apply: ssh narrowed to two addresses (two findings, one proposal), the
 * 8080-8090 rule removed, https over IPv6 narrowed to one address, the egress to the database and
 * the database's ingress narrowed to group references, legacy's RDP narrowed.
 */
export function standardFindings(world: ApplyWorld): Finding[] {
  const r = world.rules;
  const ssh = replace(
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.23/32' },
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '198.51.100.24/32' },
  );
  return [
    ruleFinding('f-ssh-open', 'open-admin-port', r.ssh, ssh, { severity: 'critical' }),
    ruleFinding(
      'f-rdp',
      'broad-source',
      r.rdp,
      replace({ protocol: 'tcp', fromPort: 3389, toPort: 3389, cidr: '203.0.113.9/32' }),
    ),
    ruleFinding('f-ssh-broad', 'broad-source', r.ssh, ssh),
    ruleFinding(
      'f-v6',
      'broad-source',
      r.v6,
      replace({ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '2001:db8::7/128' }),
    ),
    ruleFinding(
      'f-pg',
      'broad-source',
      r.pg,
      replace({ protocol: 'tcp', fromPort: 5432, toPort: 5432, groupId: world.web }),
    ),
    ruleFinding(
      'f-to-db',
      'broad-source',
      r.toDb,
      replace({ protocol: 'tcp', fromPort: 5432, toPort: 5432, groupId: world.db }),
    ),
    ruleFinding('f-old', 'unused-rule', r.old, remove(r.old), { severity: 'medium' }),
  ];
}

/** A journal path in a new temp dir. */
export function journalPath(name = 'journal.json'): string {
  return join(mkdtempSync(join(tmpdir(), 'sgfa-apply-')), name);
}
