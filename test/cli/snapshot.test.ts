/**
 * `sg-flow-audit snapshot` against moto, run in-process through runProgram as src/cli.ts runs it.
 * The generated world (v5, seed 7) is built in moto by moto-world.ts, with what a real account has
 * beside it: a customer prefix list of office addresses that a rule names, tags, an Elastic IP on
 * the bastion's interface and a network ACL entry denying the port scanner. The snapshot, analysed
 * offline with the world's log files, must give the live run's rules and findings; the redacted
 * snapshot must hold no account id, public address, name or description, come out byte for byte
 * the same twice, and, with the logs redacted through the same map, give every rule its status.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateManagedPrefixListCommand,
  CreateNetworkAclEntryCommand,
  CreateTagsCommand,
  DescribeNetworkAclsCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCidr, parseIpv4, type Cidr } from '../../src/analysis/net.js';
import type { AwsClients } from '../../src/aws/clients.js';
import { redactionMapFor, type RedactionMap } from '../../src/commands/snapshot/redact.js';
import { defaultConfig } from '../../src/config.js';
import { analyze } from '../../src/pipeline.js';
import type { Report } from '../../src/report/types.js';
import { MOTO_ACCOUNT, MOTO_REGION, startMoto, type MotoServer } from '../helpers/moto.js';
import { buildVpc } from '../helpers/world-gen/vpc.js';
import { makeWorld } from '../helpers/world.js';
import { motoClients } from '../aws/aws-test-kit.js';
import { putWorldInMoto, type MotoLog, type MotoWorld } from '../aws/moto-world.js';
import { cliInProcess } from '../helpers/cli-in-process.js';

const DAY = 86_400_000;
/** The world's records are dated 2026-11-19 to 2026-11-26. */
const NOW = new Date('2026-11-27T00:00:00Z');
const BUCKET = 'snapshot-world-logs';
const SNAPSHOT_FILES = [
  'managed-prefix-lists.json',
  'network-acls.json',
  'network-interfaces.json',
  'security-group-rules.json',
  'security-groups.json',
];
/** Public addresses the world's inventory holds besides the Elastic IP (moto picks that one). */
const OFFICE_ENTRIES = ['198.51.100.10/32', '198.51.100.11/32', '192.0.2.0/24'];
const SCANNER = '45.95.147.236';
const ELASTIC_IP = '52.94.10.20';

let moto: MotoServer;
let clients: AwsClients;
let inMoto: MotoWorld;
let scratch = '';
/** The generated world's own AWS CLI JSON. */
let worldInventory = '';
let live: Report;
/** The plain snapshot and its offline analysis with the world's log files. */
let plainDir = '';
let plain: Report;

const cli = cliInProcess;

const snapshotArgs = (out: string, ...more: string[]) => [
  'snapshot',
  '--region',
  MOTO_REGION,
  '--endpoint-url',
  moto.endpoint,
  '--vpc-id',
  inMoto.vpcId,
  '--out',
  out,
  ...more,
];

const fresh = (name: string) => join(mkdtempSync(join(scratch, `${name}-`)), 'inv');
const text = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const documents = (dir: string) => SNAPSHOT_FILES.map((name) => JSON.parse(text(dir, name)) as unknown);

/** What a bug report may not carry, beside the world: an office prefix list, tags, an EIP, a deny. */
async function addAccountDetails(): Promise<void> {
  const { ec2 } = clients;
  const vpc = buildVpc();
  const moto = (generated: string) => inMoto.ids.get(generated) as string;
  const bastionGroup = moto(vpc.rule.ssh.group.id);
  const prefixListId =
    (
      await ec2.send(
        new CreateManagedPrefixListCommand({
          PrefixListName: 'office-vpn',
          MaxEntries: 5,
          AddressFamily: 'IPv4',
          Entries: OFFICE_ENTRIES.map((Cidr) => ({ Cidr, Description: `office ${Cidr}` })),
        }),
      )
    ).PrefixList?.PrefixListId ?? '';
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: bastionGroup,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 22,
          ToPort: 22,
          PrefixListIds: [{ PrefixListId: prefixListId, Description: 'ssh from the office vpn' }],
        },
      ],
    }),
  );
  await ec2.send(
    new CreateTagsCommand({
      Resources: [bastionGroup, moto(vpc.bastion.id)],
      Tags: [
        { Key: 'Name', Value: 'jump-host-payments' },
        { Key: 'owner', Value: 'alice@example.com' },
      ],
    }),
  );
  // moto would pick a 127.x address; a real Elastic IP is public.
  const allocation = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc', Address: ELASTIC_IP }));
  await ec2.send(
    new AssociateAddressCommand({
      AllocationId: allocation.AllocationId,
      NetworkInterfaceId: moto(vpc.bastion.id),
    }),
  );
  const acl = (
    await ec2.send(
      new DescribeNetworkAclsCommand({
        Filters: [
          { Name: 'vpc-id', Values: [inMoto.vpcId] },
          { Name: 'default', Values: ['true'] },
        ],
      }),
    )
  ).NetworkAcls?.[0];
  await ec2.send(
    new CreateNetworkAclEntryCommand({
      NetworkAclId: acl?.NetworkAclId,
      RuleNumber: 50,
      Egress: false,
      Protocol: '-1',
      RuleAction: 'deny',
      CidrBlock: `${SCANNER}/32`,
    }),
  );
}

/** The world's log files under `dir`, by their S3 keys, each record through `field`. */
async function writeLogs(
  dir: string,
  logs: readonly MotoLog[],
  field: (name: string, value: string) => string = (_, value) => value,
): Promise<void> {
  for (const log of logs) {
    const lines = [log.header.join(' ')];
    for (const record of log.records)
      lines.push(record.map((value, i) => field(log.header[i] as string, value)).join(' '));
    await mkdir(dirname(join(dir, log.key)), { recursive: true });
    await writeFile(join(dir, log.key), gzipSync(`${lines.join('\n')}\n`));
  }
}

/** A flow-log field redacted with the snapshot's map: account ids and addresses. */
function redactField(map: RedactionMap, name: string, value: string): string {
  if (name === 'account-id') return map.accountId(value);
  if (['srcaddr', 'dstaddr', 'pkt-srcaddr', 'pkt-dstaddr'].includes(name)) return map.ipv4(value);
  return value;
}

const offline = (inventoryDir: string, logs: string) =>
  analyze({ flowLogs: [logs], inventoryDir, config: defaultConfig(), now: NOW });

/** Address space that names no one: private, shared, link-local, benchmarking, reserved. */
const NOT_PUBLIC = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '198.18.0.0/15',
  '240.0.0.0/4',
].map((t) => parseCidr(t) as Cidr & { version: 4 });

/** Every IPv4 address or network in a text that lies outside the space above (0.0.0.0/0 aside). */
function publicAddressesIn(content: string): string[] {
  const found: string[] = [];
  for (const m of content.matchAll(/\b(\d{1,3}(?:[.-]\d{1,3}){3})(\/\d{1,2})?\b/g)) {
    const address = parseIpv4((m[1] as string).replaceAll('-', '.'));
    if (address === undefined || (address === 0 && m[2] === '/0')) continue;
    const inside = NOT_PUBLIC.some(
      (n) => parseCidr(`${m[1]?.replaceAll('-', '.')}/${n.prefix}`)?.network === n.network,
    );
    if (!inside) found.push(m[0]);
  }
  return found;
}

const statuses = (report: Report) =>
  Object.fromEntries(report.rules.map((r) => [r.ruleId, { status: r.status, flows: r.usage.flows }]));

beforeAll(async () => {
  moto = await startMoto();
  clients = motoClients(moto);
  scratch = mkdtempSync(join(tmpdir(), 'sgfa-snapshot-'));
  const world = makeWorld({ format: 'v5', seed: 7, records: 20_000 });
  worldInventory = world.inventory;
  inMoto = await putWorldInMoto(clients, world, BUCKET);
  await addAccountDetails();
  await writeLogs(join(scratch, 'logs'), inMoto.logs);
  live = await analyze({
    flowLogs: [],
    live: {
      source: `s3://${BUCKET}`,
      region: MOTO_REGION,
      lookbackMs: 14 * DAY,
      vpcId: inMoto.vpcId,
      endpointUrl: moto.endpoint,
    },
    config: defaultConfig(),
    now: NOW,
  });
  plainDir = fresh('plain');
  const run = await cli(...snapshotArgs(plainDir));
  expect(run.status, run.stderr).toBe(0);
  plain = await offline(plainDir, join(scratch, 'logs'));
  // The first run on a machine installs moto from PyPI, which takes about a minute.
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

describe('snapshot', () => {
  it('writes the five AWS CLI JSON files and says what it wrote', async () => {
    const dir = fresh('summary');
    const run = await cli(...snapshotArgs(dir));
    expect(readdirSync(dir).sort()).toEqual(SNAPSHOT_FILES);
    const count = (name: string, key: string) =>
      (JSON.parse(text(dir, name)) as Record<string, unknown[]>)[key]?.length;
    const world = (name: string, key: string) =>
      (JSON.parse(readFileSync(join(worldInventory, name), 'utf8')) as Record<string, unknown[]>)[key]
        ?.length ?? 0;
    // The world's groups and the VPC's default group; the world's interfaces.
    expect(count('security-groups.json', 'SecurityGroups')).toBe(
      world('security-groups.json', 'SecurityGroups') + 1,
    );
    expect(count('network-interfaces.json', 'NetworkInterfaces')).toBe(
      world('network-interfaces.json', 'NetworkInterfaces'),
    );
    expect(run).toEqual({
      status: 0,
      stdout:
        `wrote ${count('security-groups.json', 'SecurityGroups')} groups, ` +
        `${count('security-group-rules.json', 'SecurityGroupRules')} rules, ` +
        `${count('network-interfaces.json', 'NetworkInterfaces')} interfaces, 1 prefix list, 1 network ACL to ${dir}\n`,
      stderr: '',
    });
    const lists = JSON.parse(text(dir, 'managed-prefix-lists.json')) as {
      PrefixLists: { PrefixListName: string; OwnerId: string; Entries: { Cidr: string }[] }[];
    };
    expect(lists.PrefixLists.map((p) => [p.PrefixListName, p.OwnerId])).toEqual([
      ['office-vpn', MOTO_ACCOUNT],
    ]);
    expect(lists.PrefixLists[0]?.Entries.map((e) => e.Cidr).sort()).toEqual([...OFFICE_ENTRIES].sort());
  });

  it('analysed offline with the same log files, gives the live run its rules and findings', () => {
    expect(plain.rules).toEqual(live.rules);
    expect(plain.findings).toEqual(live.findings);
    expect(plain.summary).toEqual(live.summary);
    expect(plain.window).toEqual(live.window);
    // The office prefix list is read and used, so the comparison covers it.
    const office = plain.rules.find((r) => 'prefixListId' in r.peer);
    expect(office?.status).toBe('used');
  });
});

describe('snapshot --redact', () => {
  let redactedDir = '';
  beforeAll(async () => {
    redactedDir = fresh('redacted');
    const run = await cli(...snapshotArgs(redactedDir, '--redact'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ \(redacted\)\n$/);
  });

  it('leaves no account id, public address, name, tag value or description in any file', () => {
    const before = SNAPSHOT_FILES.map((name) => text(plainDir, name)).join('\n');
    const after = SNAPSHOT_FILES.map((name) => text(redactedDir, name)).join('\n');
    // What there was to redact.
    expect(before).toContain(MOTO_ACCOUNT);
    expect(before).toContain(ELASTIC_IP);
    // In the interface's host name too (moto spells it ip-52-94-10-20.ec2.internal).
    expect(before).toContain(ELASTIC_IP.replaceAll('.', '-'));
    expect(publicAddressesIn(before)).toEqual(
      expect.arrayContaining([...OFFICE_ENTRIES, '203.0.113.0/24', `${SCANNER}/32`, ELASTIC_IP]),
    );

    expect(publicAddressesIn(after)).toEqual([]);
    expect(new Set(after.match(/(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])/g))).toEqual(new Set(['000000000001']));
    for (const secret of ['Description', 'bastion', 'ssh jump host', 'office', 'alice', 'jump-host-payments'])
      expect(after).not.toContain(secret);
    const groups = JSON.parse(text(redactedDir, 'security-groups.json')) as {
      SecurityGroups: { GroupName: string; Tags?: { Key: string; Value: string }[] }[];
    };
    expect(groups.SecurityGroups.map((g) => g.GroupName).sort()).toEqual(
      [
        'default',
        ...Array.from({ length: groups.SecurityGroups.length - 1 }, (_, i) => `group-${i + 1}`),
      ].sort(),
    );
    // The same tag values on the group and the interface get the same replacements.
    const interfaces = JSON.parse(text(redactedDir, 'network-interfaces.json')) as {
      NetworkInterfaces: { TagSet?: { Key: string; Value: string }[] }[];
    };
    const tags = [
      ...groups.SecurityGroups.flatMap((g) => g.Tags ?? []),
      ...interfaces.NetworkInterfaces.flatMap((n) => n.TagSet ?? []),
    ];
    expect(tags.map((t) => `${t.Key}=${t.Value}`).sort()).toEqual([
      'Name=tag-2',
      'Name=tag-2',
      'owner=tag-1',
      'owner=tag-1',
    ]);
  });

  it('keeps ids and private addresses, and every rule its status with the logs redacted alike', async () => {
    const map = redactionMapFor(documents(plainDir));
    const redactedLogs = join(scratch, 'redacted-logs');
    await writeLogs(redactedLogs, inMoto.logs, (name, value) => redactField(map, name, value));
    expect(readFileSync(join(redactedLogs, inMoto.keys[0] as string)).length).toBeGreaterThan(0);

    const report = await offline(redactedDir, redactedLogs);
    expect(report.input.records).toBe(plain.input.records);
    expect(statuses(report)).toEqual(statuses(plain));
    expect(report.rules.map((r) => [r.ruleId, r.groupId])).toEqual(
      plain.rules.map((r) => [r.ruleId, r.groupId]),
    );
    // The office /24 became a /24 of the benchmarking range, its RDP user an address inside it.
    const rdpOffice = report.rules.find(
      (r) => r.fromPort === 3389 && 'cidr' in r.peer && r.peer.cidr !== '0.0.0.0/0',
    );
    expect(rdpOffice?.peer).toEqual({ cidr: `${map.ipv4('203.0.113.0')}/24` });
    expect(map.ipv4('203.0.113.7')).toBe(map.ipv4('203.0.113.0').replace(/\.0$/, '.7'));
    expect(rdpOffice?.usage.topPeers.map((p) => p.address)).toEqual([map.ipv4('203.0.113.7')]);
  });

  it('writes the same bytes on every run', async () => {
    const again = fresh('again');
    const run = await cli(...snapshotArgs(again, '--redact'));
    expect(run.status, run.stderr).toBe(0);
    for (const name of SNAPSHOT_FILES) expect(text(again, name), name).toBe(text(redactedDir, name));
  });
});

describe('the redaction map', () => {
  const groupsDocument = (groups: { GroupId: string; GroupName: string; cidr: string }[]) => ({
    SecurityGroups: groups.map((g) => ({
      GroupId: g.GroupId,
      GroupName: g.GroupName,
      OwnerId: '210987654321',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: g.cidr }] }],
    })),
  });
  const groups = [
    { GroupId: 'sg-0b', GroupName: 'db', cidr: '203.0.113.0/24' },
    { GroupId: 'sg-0a', GroupName: 'web', cidr: '203.0.113.7/32' },
    { GroupId: 'sg-0c', GroupName: 'ops', cidr: '10.1.0.0/16' },
  ];

  it('depends on what the inventory holds, not on the order EC2 lists it in', () => {
    const forward = redactionMapFor([groupsDocument(groups)]);
    const backward = redactionMapFor([groupsDocument([...groups].reverse())]);
    for (const map of [forward, backward]) {
      expect(['web', 'db', 'ops'].map((n) => map.groupName(n))).toEqual(['group-1', 'group-2', 'group-3']);
      expect(map.ipv4('203.0.113.0')).toBe('198.18.0.0');
      expect(map.ipv4('203.0.113.7')).toBe('198.18.0.7');
      expect(map.accountId('210987654321')).toBe('000000000001');
    }
  });

  it('keeps private addresses and 0.0.0.0/0, and gives each new public address its own', () => {
    const map = redactionMapFor([groupsDocument(groups)]);
    expect(map.ipv4('10.1.2.3')).toBe('10.1.2.3');
    expect(map.text('0.0.0.0/0 and ::/0')).toBe('0.0.0.0/0 and ::/0');
    const seen = ['45.95.147.236', '8.8.8.8', '45.95.147.237'].map((a) => map.ipv4(a));
    expect(seen).toEqual(['198.18.1.0', '198.18.1.1', '198.18.1.2']);
    expect(map.ipv4('8.8.8.8')).toBe('198.18.1.1');
    expect([map.accountId('111122223333'), map.accountId('-')]).toEqual(['000000000002', '-']);
    expect(map.text('arn:aws:ec2:us-east-1:210987654321:security-group/sg-0123456789012abcd')).toBe(
      'arn:aws:ec2:us-east-1:000000000001:security-group/sg-0123456789012abcd',
    );
    expect(map.text('ec2-203-0-113-7.compute-1.amazonaws.com')).toBe(
      'ec2-198-18-0-7.compute-1.amazonaws.com',
    );
    // Redacting twice changes nothing more.
    expect(map.ipv4(map.ipv4('203.0.113.7'))).toBe('198.18.0.7');
  });
});

describe('snapshot usage errors', () => {
  it('--help: the options and examples, exit 0', async () => {
    const run = await cli('snapshot', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sg-flow-audit snapshot \[options\]\n/);
    for (const flag of [
      '--out <dir>',
      '--region',
      '--vpc-id',
      '--security-group-ids',
      '--endpoint-url',
      '--redact',
    ])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain(
      '$ sg-flow-audit snapshot --region eu-west-1 --vpc-id vpc-0123456789abcdef0 --out inv\n',
    );
  });

  it('without --out: exit 2, one line', async () => {
    const run = await cli('snapshot', '--region', MOTO_REGION);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "sg-flow-audit: required option '--out <dir>' not specified (see --help)\n",
    });
  });

  it('an unknown flag: exit 2, one line', async () => {
    const run = await cli('snapshot', '--out', fresh('bad'), '--bogus');
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "sg-flow-audit: unknown option '--bogus' (see --help)\n",
    });
  });

  it('without a region: exit 2, one line, and no AWS call', async () => {
    const region = process.env['AWS_REGION'];
    delete process.env['AWS_REGION'];
    try {
      const run = await cli('snapshot', '--out', fresh('no-region'));
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: 'sg-flow-audit: snapshot: give --region (or set AWS_REGION)\n',
      });
    } finally {
      process.env['AWS_REGION'] = region;
    }
  });

  it('a VPC that is not there: exit 2, one line, and nothing written', async () => {
    const dir = fresh('no-vpc');
    const run = await cli(
      'snapshot',
      '--region',
      MOTO_REGION,
      '--endpoint-url',
      moto.endpoint,
      '--vpc-id',
      'vpc-0000000000000dead',
      '--out',
      dir,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `sg-flow-audit: --vpc-id: no VPC vpc-0000000000000dead in region '${MOTO_REGION}' (it has no security groups): check the id and --region\n`,
    );
    expect(() => readdirSync(dir)).toThrow();
  });

  it('--out naming a file: exit 2, one line', async () => {
    const file = join(mkdtempSync(join(scratch, 'file-')), 'inv');
    writeFileSync(file, 'not a folder');
    const run = await cli(...snapshotArgs(file));
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `sg-flow-audit: --out: ${file}: not a directory\n`,
    });
  });
});
