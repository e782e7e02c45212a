/**
 * The live inventory and flow-log discovery, against a moto server: a VPC with two subnets,
 * groups whose rules use a CIDR, a group reference and a prefix list, interfaces, and flow logs
 * to S3 and CloudWatch Logs. Read back with the same calls a real audit makes.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateManagedPrefixListCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLiveInventory } from '../../src/inventory/ec2.js';
import { derivedRuleId, type NetworkInterface, type SecurityGroupRule } from '../../src/inventory/model.js';
import { discoverFlowLogs, type DiscoveredFlowLog } from '../../src/sources/discovery.js';
import { DEFAULT_FIELDS, makeFormat, parseLogFormat } from '../../src/sources/format.js';
import { ConfigurationError } from '../../src/errors.js';
import { startMoto, type MotoServer } from '../helpers/moto.js';
import { failCommand, motoClients, unauthorizedOperation } from './aws-test-kit.js';

const FULL_FORMAT =
  '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ' +
  '${bytes} ${start} ${end} ${action} ${log-status} ${tcp-flags} ${flow-direction}';
const DEFAULT_FORMAT = DEFAULT_FIELDS.map((f) => `\${${f}}`).join(' ');
const ROLE = 'arn:aws:iam::123456789012:role/flow-logs';

let moto: MotoServer;
let ec2: EC2Client;

/** Ids of what the world was built with. */
const w = {
  vpcA: '',
  vpcB: '',
  subnetA1: '',
  subnetA2: '',
  subnetB: '',
  defaultGroupA: '',
  web: '',
  db: '',
  other: '',
  corp: '',
  eniWeb1: '',
  eniWeb2: '',
  eniDb: '',
  eniOther: '',
  flowA1: '',
  flowA2: '',
  flowDb: '',
};

async function buildWorld(): Promise<void> {
  const { s3, logs } = motoClients(moto);
  const vpc = async (cidr: string) =>
    (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc?.VpcId ?? '';
  const subnet = async (vpcId: string, cidr: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr }))).Subnet?.SubnetId ?? '';
  const group = async (vpcId: string, name: string) =>
    (
      await ec2.send(
        new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: name, Description: `${name} tier` }),
      )
    ).GroupId ?? '';
  const eni = async (subnetId: string, groupId: string, ip: string) =>
    (
      await ec2.send(
        new CreateNetworkInterfaceCommand({ SubnetId: subnetId, Groups: [groupId], PrivateIpAddress: ip }),
      )
    ).NetworkInterface?.NetworkInterfaceId ?? '';

  w.vpcA = await vpc('10.0.0.0/16');
  w.vpcB = await vpc('10.1.0.0/16');
  w.subnetA1 = await subnet(w.vpcA, '10.0.1.0/24');
  w.subnetA2 = await subnet(w.vpcA, '10.0.2.0/24');
  w.subnetB = await subnet(w.vpcB, '10.1.1.0/24');
  w.web = await group(w.vpcA, 'web');
  w.db = await group(w.vpcA, 'db');
  w.other = await group(w.vpcB, 'other');
  const defaults = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [w.vpcA] },
        { Name: 'group-name', Values: ['default'] },
      ],
    }),
  );
  w.defaultGroupA = defaults.SecurityGroups?.[0]?.GroupId ?? '';
  w.corp =
    (
      await ec2.send(
        new CreateManagedPrefixListCommand({
          PrefixListName: 'corp',
          MaxEntries: 5,
          AddressFamily: 'IPv4',
          Entries: [{ Cidr: '192.0.2.0/24' }, { Cidr: '198.51.100.0/24' }],
        }),
      )
    ).PrefixList?.PrefixListId ?? '';
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: w.web,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'https' }],
        },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: w.corp }] },
      ],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: w.db,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: w.web }] },
      ],
    }),
  );
  w.eniWeb1 = await eni(w.subnetA1, w.web, '10.0.1.10');
  w.eniWeb2 = await eni(w.subnetA2, w.web, '10.0.2.30');
  w.eniDb = await eni(w.subnetA2, w.db, '10.0.2.20');
  w.eniOther = await eni(w.subnetB, w.other, '10.1.1.5');

  // moto checks the whole "bucket/prefix" as a bucket name, so the S3 flow logs deliver to the root.
  await s3.send(new CreateBucketCommand({ Bucket: 'flow-bucket' }));
  await logs.send(new CreateLogGroupCommand({ logGroupName: 'vpc-flow-a1' }));
  const flowLog = async (input: ConstructorParameters<typeof CreateFlowLogsCommand>[0]) => {
    const out = await ec2.send(new CreateFlowLogsCommand(input));
    expect(out.Unsuccessful).toEqual([]);
    return out.FlowLogIds?.[0] ?? '';
  };
  w.flowA1 = await flowLog({
    ResourceIds: [w.subnetA1],
    ResourceType: 'Subnet',
    TrafficType: 'ALL',
    LogGroupName: 'vpc-flow-a1',
    DeliverLogsPermissionArn: ROLE,
  });
  w.flowA2 = await flowLog({
    ResourceIds: [w.subnetA2],
    ResourceType: 'Subnet',
    TrafficType: 'REJECT',
    LogDestinationType: 's3',
    LogDestination: 'arn:aws:s3:::flow-bucket',
  });
  w.flowDb = await flowLog({
    ResourceIds: [w.eniDb],
    ResourceType: 'NetworkInterface',
    TrafficType: 'ACCEPT',
    LogDestinationType: 's3',
    LogDestination: 'arn:aws:s3:::flow-bucket',
    LogFormat: FULL_FORMAT,
  });
}

beforeAll(async () => {
  moto = await startMoto();
  ec2 = motoClients(moto).ec2;
  await buildWorld();
  // The first run on a machine installs moto from PyPI, which takes about a minute.
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

const iface = (
  interfaceId: string,
  groupId: string,
  ip: string,
  subnetId: string,
  vpcId: string,
): NetworkInterface => ({
  interfaceId,
  groupIds: [groupId],
  privateIpv4: [ip],
  ipv6: [],
  publicIpv4: [],
  interfaceType: 'interface',
  description: '',
  vpcId,
  subnetId,
});

/** The rules of the world, as the inventory model states them (rule ids aside). */
function expectedRules(): Omit<SecurityGroupRule, 'ruleId'>[] {
  const egressAll = (groupId: string): Omit<SecurityGroupRule, 'ruleId'> => ({
    groupId,
    direction: 'egress',
    protocol: 'all',
    protocolNumber: -1,
    fromPort: -1,
    toPort: -1,
    peer: { cidr: '0.0.0.0/0' },
  });
  const tcp = (groupId: string, port: number, peer: SecurityGroupRule['peer']) => ({
    groupId,
    direction: 'ingress' as const,
    protocol: 'tcp',
    protocolNumber: 6,
    fromPort: port,
    toPort: port,
    peer,
  });
  return [
    egressAll(w.defaultGroupA),
    egressAll(w.web),
    { ...tcp(w.web, 443, { cidr: '0.0.0.0/0' }), description: 'https' },
    tcp(w.web, 22, { prefixListId: w.corp }),
    egressAll(w.db),
    tcp(w.db, 5432, { groupId: w.web }),
  ];
}

const ruleKey = (r: Omit<SecurityGroupRule, 'ruleId'>) =>
  [r.groupId, r.direction, r.fromPort, JSON.stringify(r.peer)].join('|');
const sortRules = <T extends Omit<SecurityGroupRule, 'ruleId'>>(rules: T[]): T[] =>
  [...rules].sort((a, b) => ruleKey(a).localeCompare(ruleKey(b)));
const byId = <T extends { interfaceId: string }>(list: T[]) =>
  [...list].sort((a, b) => a.interfaceId.localeCompare(b.interfaceId));

describe('readLiveInventory', () => {
  it('reads the groups, sgr- rules, interfaces and prefix-list entries of one VPC', async () => {
    const inventory = await readLiveInventory(ec2, { vpcId: w.vpcA });

    expect(inventory.warnings).toEqual([]);
    expect(inventory.groups.map((g) => [g.groupId, g.groupName, g.vpcId]).sort()).toEqual(
      [
        [w.defaultGroupA, 'default', w.vpcA],
        [w.web, 'web', w.vpcA],
        [w.db, 'db', w.vpcA],
      ].sort(),
    );
    const rules = sortRules(inventory.rules);
    expect(rules.map(({ ruleId: _, ...rest }) => rest)).toEqual(sortRules(expectedRules()));
    for (const r of rules) expect(r.ruleId).toMatch(/^sgr-[0-9a-f]{17}$/);
    expect(byId(inventory.interfaces)).toEqual(
      byId([
        iface(w.eniWeb1, w.web, '10.0.1.10', w.subnetA1, w.vpcA),
        iface(w.eniWeb2, w.web, '10.0.2.30', w.subnetA2, w.vpcA),
        iface(w.eniDb, w.db, '10.0.2.20', w.subnetA2, w.vpcA),
      ]),
    );
    expect(inventory.prefixLists).toEqual([
      { prefixListId: w.corp, name: 'corp', cidrs: ['192.0.2.0/24', '198.51.100.0/24'] },
    ]);
  });

  it('reads the interfaces of groups that the selected groups reference', async () => {
    const inventory = await readLiveInventory(ec2, { groupIds: [w.db] });

    expect(inventory.groups.map((g) => g.groupId)).toEqual([w.db]);
    expect(sortRules(inventory.rules).map(({ ruleId: _, ...rest }) => rest)).toEqual(
      sortRules(expectedRules().filter((r) => r.groupId === w.db)),
    );
    // db's rule names web, so web's interfaces are read for their addresses.
    expect(byId(inventory.interfaces).map((n) => n.interfaceId)).toEqual(
      [w.eniDb, w.eniWeb1, w.eniWeb2].sort(),
    );
    expect(inventory.prefixLists).toEqual([]);
  });

  it('derives rule ids and warns when DescribeSecurityGroupRules is denied', async () => {
    const { ec2: denied } = motoClients(moto);
    failCommand(denied, 'DescribeSecurityGroupRulesCommand', () =>
      unauthorizedOperation('ec2:DescribeSecurityGroupRules'),
    );

    const inventory = await readLiveInventory(denied, { vpcId: w.vpcA });

    expect(inventory.warnings).toEqual([
      'access denied: EC2 DescribeSecurityGroupRules needs the IAM permission ec2:DescribeSecurityGroupRules; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md); rule ids are derived instead of sgr- ids',
    ]);
    const rules = sortRules(inventory.rules);
    expect(rules.map(({ ruleId: _, ...rest }) => rest)).toEqual(sortRules(expectedRules()));
    for (const r of rules) expect(r.ruleId).toBe(derivedRuleId(r));
  });

  it('keeps a prefix list without CIDRs and warns when its entries are denied', async () => {
    const { ec2: denied } = motoClients(moto);
    failCommand(denied, 'GetManagedPrefixListEntriesCommand', () =>
      unauthorizedOperation('ec2:GetManagedPrefixListEntries'),
    );

    const inventory = await readLiveInventory(denied, { vpcId: w.vpcA });

    expect(inventory.prefixLists).toEqual([{ prefixListId: w.corp, name: 'corp', cidrs: undefined }]);
    expect(inventory.warnings).toEqual([
      `access denied: EC2 GetManagedPrefixListEntries on ${w.corp} needs the IAM permission ` +
        'ec2:GetManagedPrefixListEntries; grant it to the role that runs the audit (see docs/iam-policy.md); ' +
        `rules that name ${w.corp} cannot be matched to traffic`,
    ]);
  });

  it('reads the network ACLs of the VPC, with their subnets and inbound entries', async () => {
    const inventory = await readLiveInventory(ec2, { vpcId: w.vpcA });

    const acls = inventory.networkAcls ?? [];
    expect(acls.map((a) => a.vpcId)).toEqual([w.vpcA]);
    const acl = acls[0];
    expect(acl?.isDefault).toBe(true);
    expect(acl?.networkAclId).toMatch(/^acl-/);
    expect([...(acl?.subnetIds ?? [])].sort()).toEqual([w.subnetA1, w.subnetA2].sort());
    // A new VPC's default ACL: allow everything at 100, the catch-all deny at 32767, both ways.
    expect(acl?.entries.filter((e) => !e.egress).map((e) => [e.ruleNumber, e.ruleAction, e.cidr])).toEqual([
      [100, 'allow', '0.0.0.0/0'],
      [32767, 'deny', '0.0.0.0/0'],
    ]);
  });

  it('leaves the network ACLs out and warns when DescribeNetworkAcls is denied', async () => {
    const { ec2: denied } = motoClients(moto);
    failCommand(denied, 'DescribeNetworkAclsCommand', () => unauthorizedOperation('ec2:DescribeNetworkAcls'));

    const inventory = await readLiveInventory(denied, { vpcId: w.vpcA });

    expect(inventory.networkAcls).toBeUndefined();
    expect(inventory.warnings).toEqual([
      'access denied: EC2 DescribeNetworkAcls needs the IAM permission ec2:DescribeNetworkAcls; ' +
        'grant it to the role that runs the audit (see docs/iam-policy.md); ' +
        'port-scan findings cannot propose a network ACL deny entry',
    ]);
  });

  it('fails with the missing IAM action when DescribeSecurityGroups is denied', async () => {
    const { ec2: denied } = motoClients(moto);
    failCommand(denied, 'DescribeSecurityGroupsCommand', () =>
      unauthorizedOperation('ec2:DescribeSecurityGroups'),
    );

    const failure = readLiveInventory(denied, { vpcId: w.vpcA });

    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(
      `access denied: EC2 DescribeSecurityGroups on ${w.vpcA} needs the IAM permission ec2:DescribeSecurityGroups`,
    );
  });

  it('names a VPC id that does not exist in the region', async () => {
    await expect(readLiveInventory(ec2, { vpcId: 'vpc-0000000000000dead' })).rejects.toThrow(
      "--vpc-id: no VPC vpc-0000000000000dead in region 'us-east-1' (it has no security groups): check the id and --region",
    );
  });

  it('names group ids that do not exist', async () => {
    await expect(readLiveInventory(ec2, { groupIds: [w.web, 'sg-0000000000000dead'] })).rejects.toThrow(
      "--security-group-ids: no security group sg-0000000000000dead in region 'us-east-1'",
    );
  });
});

describe('discoverFlowLogs', () => {
  const s3Destination = {
    type: 's3' as const,
    bucket: 'flow-bucket',
    prefix: '',
    fileFormat: 'plain-text' as const,
    hiveCompatiblePartitions: false,
    perHourPartition: false,
  };

  function expectedFlowLogs(): DiscoveredFlowLog[] {
    const logs: DiscoveredFlowLog[] = [
      {
        flowLogId: w.flowA1,
        resourceId: w.subnetA1,
        resourceType: 'subnet',
        trafficType: 'ALL',
        logFormat: DEFAULT_FORMAT,
        format: makeFormat(DEFAULT_FIELDS),
        destination: { type: 'cloudwatch', logGroupName: 'vpc-flow-a1' },
        usable: true,
      },
      {
        flowLogId: w.flowA2,
        resourceId: w.subnetA2,
        resourceType: 'subnet',
        trafficType: 'REJECT',
        logFormat: DEFAULT_FORMAT,
        format: makeFormat(DEFAULT_FIELDS),
        destination: s3Destination,
        usable: false,
      },
      {
        flowLogId: w.flowDb,
        resourceId: w.eniDb,
        resourceType: 'network-interface',
        trafficType: 'ACCEPT',
        logFormat: FULL_FORMAT,
        format: parseLogFormat(FULL_FORMAT) ?? makeFormat([]),
        destination: s3Destination,
        usable: true,
      },
    ];
    return logs.sort(
      (a, b) => a.resourceId.localeCompare(b.resourceId) || a.flowLogId.localeCompare(b.flowLogId),
    );
  }

  it('returns the destinations and formats of a VPC and what they cannot show', async () => {
    const discovery = await discoverFlowLogs(ec2, { vpcId: w.vpcA });

    const flowLogs = expectedFlowLogs();
    expect(discovery.flowLogs).toEqual(flowLogs);
    const perFlowLog = flowLogs.flatMap((f) => {
      if (f.flowLogId === w.flowA2) {
        return [
          {
            kind: 'reject-only',
            flowLogId: w.flowA2,
            resourceId: w.subnetA2,
            message: `flow log ${w.flowA2} of ${w.subnetA2} records only rejected traffic, so it cannot show which rules are used`,
          },
        ];
      }
      if (f.flowLogId === w.flowA1) {
        return [
          {
            kind: 'connection-start-guessed',
            flowLogId: w.flowA1,
            resourceId: w.subnetA1,
            missingFields: ['tcp-flags', 'flow-direction'],
            message:
              `flow log ${w.flowA1} of ${w.subnetA1} has no tcp-flags or flow-direction field, so who started a ` +
              'connection is guessed from reverse records and ports; add ${tcp-flags} and ${flow-direction} to its format',
          },
        ];
      }
      return [];
    });
    expect(discovery.notes).toEqual([
      ...perFlowLog,
      {
        kind: 'not-covered',
        resourceType: 'network-interface',
        resourceId: w.eniWeb2,
        interfaceIds: [w.eniWeb2],
        message: `interface ${w.eniWeb2} has no flow log that records accepted traffic, so the rules of its groups stay unknown`,
      },
    ]);
  });

  it('reports a VPC without any flow log as one gap when the whole region is in scope', async () => {
    const discovery = await discoverFlowLogs(ec2);

    expect(discovery.flowLogs).toEqual(expectedFlowLogs());
    // Gaps come VPC by VPC, in the order of their (random) ids.
    const gaps = [
      expect.objectContaining({ resourceType: 'network-interface', resourceId: w.eniWeb2 }),
      {
        kind: 'not-covered',
        resourceType: 'vpc',
        resourceId: w.vpcB,
        interfaceIds: [w.eniOther],
        message: `VPC ${w.vpcB} (1 interface) has no flow log that records accepted traffic, so the rules of its groups stay unknown`,
      },
    ];
    if (w.vpcB < w.vpcA) gaps.reverse();
    expect(discovery.notes.filter((n) => n.kind === 'not-covered')).toEqual(gaps);
  });

  it('reuses interfaces from the inventory instead of describing them again', async () => {
    const inventory = await readLiveInventory(ec2, { vpcId: w.vpcA });
    const { ec2: counted } = motoClients(moto);
    const described = failCommand(
      counted,
      'DescribeNetworkInterfacesCommand',
      () => new Error('not expected'),
    );

    const discovery = await discoverFlowLogs(counted, { vpcId: w.vpcA, interfaces: inventory.interfaces });

    expect(described.count).toBe(0);
    expect(discovery.flowLogs).toEqual(expectedFlowLogs());
  });

  it('fails with the missing IAM action when DescribeFlowLogs is denied', async () => {
    const { ec2: denied } = motoClients(moto);
    failCommand(denied, 'DescribeFlowLogsCommand', () => unauthorizedOperation('ec2:DescribeFlowLogs'));

    await expect(discoverFlowLogs(denied, { vpcId: w.vpcA })).rejects.toThrow(
      'access denied: EC2 DescribeFlowLogs needs the IAM permission ec2:DescribeFlowLogs',
    );
  });
});
