/**
 * Small worlds for the runs over many accounts and regions (fleet.test.ts), one per account and
 * region of a moto server, each built with that account's credentials so that moto keeps it in
 * that account: a VPC, a web and a database group, one interface in each, a VPC flow log to an S3
 * bucket of its own, and a few records delivered there as AWS delivers them.
 *
 * The worlds differ by their index `k`, so that a report tells them apart: k + 1 HTTPS
 * connections from 198.51.100.(k + 1); a database connection when k is even (the database rule is
 * used there, unknown elsewhere, where the database interface has no record); SSH from
 * 203.0.113.7 only in world 0 (the SSH rule is used there only); and k + 2 rejected RDP attempts
 * from 192.0.2.66 in every world (the same source, for the merged top lists).
 *
 * Also the errors AWS sends when a target cannot be read, as the SDK deserializes them.
 */
import { DEFAULT_FIELDS } from '../../src/sources/format.js';
import { gzipSync } from 'node:zlib';
import {
  EC2ServiceException,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand, PutObjectCommand, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import { STSServiceException } from '@aws-sdk/client-sts';
import type { AwsClients } from '../../src/aws/clients.js';

/** The fields of the worlds' flow logs (custom format with the initiator evidence). */
export const FIELDS = [...DEFAULT_FIELDS, 'vpc-id', 'subnet-id', 'tcp-flags', 'flow-direction'];

/** One world, as moto holds it. */
export interface TargetWorld {
  account: string;
  region: string;
  vpcId: string;
  /** The web and database groups' ids. */
  groupIds: string[];
  flowLogId: string;
  /** Records delivered. */
  records: number;
}

const SYN = '2';

/**
 * Builds world `k` with `clients` (made for its account and region) and delivers its records,
 * which start at `startSeconds` (Unix time), to S3.
 */
export async function putTargetWorld(
  clients: AwsClients,
  target: { account: string; region: string },
  k: number,
  startSeconds: number,
): Promise<TargetWorld> {
  const { ec2, s3 } = clients;
  const { account, region } = target;
  const net = `10.${k}`;
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: `${net}.0.0/16` }))).Vpc?.VpcId ?? '';
  const subnetId =
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `${net}.1.0/24` }))).Subnet
      ?.SubnetId ?? '';
  const group = async (name: string) =>
    (await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: name, Description: name })))
      .GroupId ?? '';
  const web = await group(`web-${k}`);
  const db = await group(`db-${k}`);
  const tcp = (port: number, peer: { cidr?: string; group?: string }) => ({
    IpProtocol: 'tcp',
    FromPort: port,
    ToPort: port,
    ...(peer.cidr !== undefined ? { IpRanges: [{ CidrIp: peer.cidr }] } : {}),
    ...(peer.group !== undefined ? { UserIdGroupPairs: [{ GroupId: peer.group }] } : {}),
  });
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: web,
      IpPermissions: [tcp(443, { cidr: '0.0.0.0/0' }), tcp(22, { cidr: '0.0.0.0/0' })],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({ GroupId: db, IpPermissions: [tcp(5432, { group: web })] }),
  );
  const eni = async (groupId: string, address: string) =>
    (
      await ec2.send(
        new CreateNetworkInterfaceCommand({
          SubnetId: subnetId,
          Groups: [groupId],
          PrivateIpAddress: address,
        }),
      )
    ).NetworkInterface?.NetworkInterfaceId ?? '';
  const [webIp, dbIp] = [`${net}.1.10`, `${net}.1.20`];
  const webEni = await eni(web, webIp);
  const dbEni = await eni(db, dbIp);

  const bucket = `flow-logs-${account}-${region}`;
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      ...(region !== 'us-east-1'
        ? { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }
        : {}),
    }),
  );
  const created = await ec2.send(
    new CreateFlowLogsCommand({
      ResourceType: 'VPC',
      ResourceIds: [vpcId],
      TrafficType: 'ALL',
      LogDestinationType: 's3',
      // moto takes the whole destination for the bucket name: the objects are at its root.
      LogDestination: `arn:aws:s3:::${bucket}`,
      LogFormat: FIELDS.map((f) => `\${${f}}`).join(' '),
    }),
  );
  const flowLogId = created.FlowLogIds?.[0] ?? '';

  let t = startSeconds;
  const record = (
    eniId: string,
    src: string,
    dst: string,
    dstPort: number,
    action: 'ACCEPT' | 'REJECT',
    direction: 'ingress' | 'egress',
  ) => {
    t += 1;
    return [
      5,
      account,
      eniId,
      src,
      dst,
      40000 + (t % 1000),
      dstPort,
      6,
      3,
      180,
      t,
      t + 10,
      action,
      'OK',
      vpcId,
      subnetId,
      SYN,
      direction,
    ].join(' ');
  };
  const lines = [
    ...Array.from({ length: k + 1 }, () =>
      record(webEni, `198.51.100.${k + 1}`, webIp, 443, 'ACCEPT', 'ingress'),
    ),
    ...(k % 2 === 0
      ? [
          record(dbEni, webIp, dbIp, 5432, 'ACCEPT', 'ingress'),
          record(webEni, webIp, dbIp, 5432, 'ACCEPT', 'egress'),
        ]
      : []),
    ...(k === 0 ? [record(webEni, '203.0.113.7', webIp, 22, 'ACCEPT', 'ingress')] : []),
    ...Array.from({ length: k + 2 }, () => record(webEni, '192.0.2.66', webIp, 3389, 'REJECT', 'ingress')),
  ];
  const iso = new Date(startSeconds * 1000).toISOString();
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${y}${m}${d}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  const key =
    `AWSLogs/${account}/vpcflowlogs/${region}/${y}/${m}/${d}/` +
    `${account}_vpcflowlogs_${region}_${flowLogId}_${stamp}_${String(k).padStart(8, '0')}.log.gz`;
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: gzipSync(`${[FIELDS.join(' '), ...lines].join('\n')}\n`),
    }),
  );
  return { account, region, vpcId, groupIds: [web, db], flowLogId, records: lines.length };
}

/** What EC2 answers in an opt-in region that the account has not enabled. */
export function authFailure(): Error {
  return new EC2ServiceException({
    name: 'AuthFailure',
    $fault: 'client',
    $metadata: { httpStatusCode: 401, attempts: 1 },
    message: 'AWS was not able to validate the provided access credentials',
  });
}

/** What STS answers when the caller may not assume the role. */
export function accessDenied(roleArn: string): Error {
  return new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403, attempts: 1 },
    message: `User: arn:aws:sts::123456789012:assumed-role/runner/ci is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
  });
}
