/**
 * Puts a generated world (test/helpers/world.ts) into a moto server, for live-pipeline.test.ts and
 * action-moto.test.ts: its VPC, subnets, groups with the same rules, and interfaces with the same
 * addresses are created with the SDK; its log files are rewritten to the interface, subnet and VPC
 * ids moto assigned and uploaded to S3 under their own keys (AWS's `AWSLogs/…` layout). What comes
 * back maps the rules moto holds to the generated rule ids, so a report read from moto can be
 * compared with truth.json, and holds the rewritten log files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import type { Report } from '../../src/report/types.js';
import type { World } from '../helpers/world.js';

interface GeneratedGroup {
  GroupId: string;
  GroupName: string;
  Description: string;
  IpPermissions: IpPermission[];
  IpPermissionsEgress: IpPermission[];
}
interface GeneratedInterface {
  NetworkInterfaceId: string;
  PrivateIpAddress: string;
  Groups: { GroupId: string }[];
  SubnetId: string;
  VpcId: string;
  Description: string;
}
interface GeneratedRule {
  SecurityGroupRuleId: string;
  GroupId: string;
  IsEgress: boolean;
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  CidrIpv4?: string;
  CidrIpv6?: string;
  ReferencedGroupInfo?: { GroupId: string };
}

/** A log file of the world, rewritten to moto's ids and uploaded. */
export interface MotoLog {
  /** Its S3 key: its path relative to the world's log folder. */
  key: string;
  /** The fields its header line names. */
  header: string[];
  /** Its records, rewritten to moto's ids, each split into its fields. */
  records: string[][];
  /** The file as uploaded (gzip). */
  body: Buffer;
}

export interface MotoWorld {
  vpcId: string;
  bucket: string;
  /** Generated id (vpc, subnet, group, interface) → the id moto assigned. */
  ids: Map<string, string>;
  /** The S3 keys of the uploaded log files. */
  keys: string[];
  /** The uploaded log files, in the order of `keys`. */
  logs: MotoLog[];
  /** The generated rule id of each rule moto holds, by `ruleKey(…)`. */
  generatedRule: Map<string, string>;
}

/**
 * Checks that, of a group's generated egress rules (`all`), all but moto's default one are left to
 * authorize (`kept`).
 */
export type DefaultEgressCheck = (groupName: string, kept: number, all: number) => void;

const throwUnlessOneDefaultEgress: DefaultEgressCheck = (groupName, kept, all) => {
  if (kept !== all - 1)
    throw new Error(`${groupName}: expected exactly one all-traffic egress rule, as moto creates`);
};

const ruleKey = (...parts: unknown[]) => JSON.stringify(parts);

/** Every file below a directory, sorted. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out.sort();
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/** moto, like EC2, gives a new group an egress rule for all traffic to 0.0.0.0/0. */
const isDefaultEgress = (p: IpPermission) =>
  p.IpProtocol === '-1' &&
  p.IpRanges?.length === 1 &&
  p.IpRanges[0]?.CidrIp === '0.0.0.0/0' &&
  !p.IpRanges[0]?.Description &&
  !p.Ipv6Ranges?.length &&
  !p.UserIdGroupPairs?.length &&
  !p.PrefixListIds?.length;

async function buildInventory(
  clients: AwsClients,
  world: World,
  checkDefaultEgress: DefaultEgressCheck,
): Promise<Pick<MotoWorld, 'vpcId' | 'ids' | 'generatedRule'>> {
  const { ec2 } = clients;
  const { SecurityGroups: groups } = await readJson<{ SecurityGroups: GeneratedGroup[] }>(
    join(world.inventory, 'security-groups.json'),
  );
  const { NetworkInterfaces: interfaces } = await readJson<{ NetworkInterfaces: GeneratedInterface[] }>(
    join(world.inventory, 'network-interfaces.json'),
  );
  const { SecurityGroupRules: rules } = await readJson<{ SecurityGroupRules: GeneratedRule[] }>(
    join(world.inventory, 'security-group-rules.json'),
  );
  const ids = new Map<string, string>();

  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
  ids.set(interfaces[0]?.VpcId ?? '', vpcId);
  // The generator puts each subnet in one /24: 10.0.N.0/24.
  for (const subnet of [...new Set(interfaces.map((n) => n.SubnetId))]) {
    const ip = interfaces.find((n) => n.SubnetId === subnet)?.PrivateIpAddress ?? '';
    const cidr = `${ip.split('.').slice(0, 3).join('.')}.0/24`;
    const out = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr }));
    ids.set(subnet, out.Subnet?.SubnetId ?? '');
  }
  for (const g of groups) {
    const out = await ec2.send(
      new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: g.GroupName, Description: g.Description }),
    );
    ids.set(g.GroupId, out.GroupId ?? '');
  }
  const mapPermission = (p: IpPermission): IpPermission => ({
    ...p,
    UserIdGroupPairs: (p.UserIdGroupPairs ?? []).map((pair) => ({
      GroupId: ids.get(pair.GroupId ?? ''),
      ...(pair.Description ? { Description: pair.Description } : {}),
    })),
  });
  for (const g of groups) {
    const GroupId = ids.get(g.GroupId);
    if (g.IpPermissions.length > 0)
      await ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId,
          IpPermissions: g.IpPermissions.map(mapPermission),
        }),
      );
    const egress = g.IpPermissionsEgress.filter((p) => !isDefaultEgress(p));
    checkDefaultEgress(g.GroupName, egress.length, g.IpPermissionsEgress.length);
    if (egress.length > 0)
      await ec2.send(
        new AuthorizeSecurityGroupEgressCommand({ GroupId, IpPermissions: egress.map(mapPermission) }),
      );
  }
  for (const n of interfaces) {
    const out = await ec2.send(
      new CreateNetworkInterfaceCommand({
        SubnetId: ids.get(n.SubnetId),
        Groups: n.Groups.map((g) => ids.get(g.GroupId) ?? ''),
        PrivateIpAddress: n.PrivateIpAddress,
        Description: n.Description,
      }),
    );
    ids.set(n.NetworkInterfaceId, out.NetworkInterface?.NetworkInterfaceId ?? '');
  }
  const generatedRule = new Map<string, string>();
  for (const r of rules) {
    const peer = r.CidrIpv4 ?? r.CidrIpv6 ?? ids.get(r.ReferencedGroupInfo?.GroupId ?? '');
    generatedRule.set(
      ruleKey(ids.get(r.GroupId), r.IsEgress, r.IpProtocol, r.FromPort, r.ToPort, peer),
      r.SecurityGroupRuleId,
    );
  }
  return { vpcId, ids, generatedRule };
}

/** Rewrites each log file to moto's ids and uploads it to the bucket under its relative path. */
async function uploadLogs(
  clients: AwsClients,
  worldLogs: string,
  bucket: string,
  ids: Map<string, string>,
): Promise<MotoLog[]> {
  const { s3 } = clients;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const logs: MotoLog[] = [];
  for (const path of await walk(worldLogs)) {
    const key = relative(worldLogs, path);
    const lines = gunzipSync(await readFile(path))
      .toString('utf8')
      .split('\n');
    const header = (lines[0] ?? '').split(' ');
    const columns = ['interface-id', 'vpc-id', 'subnet-id']
      .map((f) => header.indexOf(f))
      .filter((i) => i >= 0);
    const out = [lines[0]];
    const records: string[][] = [];
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const f = line.split(' ');
      for (const i of columns) f[i] = ids.get(f[i] ?? '') ?? (f[i] as string);
      out.push(f.join(' '));
      records.push(f);
    }
    const body = gzipSync(`${out.join('\n')}\n`);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    logs.push({ key, header, records, body });
  }
  return logs;
}

/**
 * Builds the world in moto and uploads its logs to `s3://bucket/`. `checkDefaultEgress` is called
 * for each group before its egress rules are authorized; by default it throws when a group does not
 * have exactly one egress rule that moto's default one stands for.
 */
export async function putWorldInMoto(
  clients: AwsClients,
  world: World,
  bucket: string,
  checkDefaultEgress: DefaultEgressCheck = throwUnlessOneDefaultEgress,
): Promise<MotoWorld> {
  const inventory = await buildInventory(clients, world, checkDefaultEgress);
  const logs = await uploadLogs(clients, world.logs, bucket, inventory.ids);
  return { ...inventory, bucket, keys: logs.map((l) => l.key), logs };
}

/** The generated id (truth.json's) of a rule of a report read from moto; undefined for others. */
export function generatedRuleId(moto: MotoWorld, rule: Report['rules'][number]): string | undefined {
  const peer =
    'cidr' in rule.peer
      ? rule.peer.cidr
      : 'groupId' in rule.peer
        ? rule.peer.groupId
        : rule.peer.prefixListId;
  const protocol = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', all: '-1' }[rule.protocol] ?? rule.protocol;
  return moto.generatedRule.get(
    ruleKey(rule.groupId, rule.direction === 'egress', protocol, rule.fromPort, rule.toPort, peer),
  );
}

/** The status of every rule of the report that maps to a generated rule, by generated id. */
export function statusesByGeneratedId(moto: MotoWorld, rules: Report['rules']): Record<string, string> {
  const statuses: Record<string, string> = {};
  for (const rule of rules) {
    const id = generatedRuleId(moto, rule);
    if (id !== undefined) statuses[id] = rule.status;
  }
  return statuses;
}
