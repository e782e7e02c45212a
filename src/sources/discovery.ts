/**
 * `--source auto`: finds the flow logs of the audited VPC with DescribeFlowLogs and says where their
 * records are (an S3 bucket and prefix, or a CloudWatch Logs group) and in which format. It also
 * says what the flow logs cannot show, as typed coverage notes: a rule can only be called
 * unused where accepted traffic was recorded.
 */
import {
  paginateDescribeFlowLogs,
  paginateDescribeNetworkInterfaces,
  type EC2Client,
  type FlowLog,
} from '@aws-sdk/client-ec2';
import { DEFAULT_FIELDS, makeFormat, parseLogFormat, type RecordFormat } from './format.js';
import type { NetworkInterface } from '../inventory/model.js';
import { clientTarget } from '../aws/clients.js';
import { rethrowAwsError } from '../aws/errors.js';
import { collectPages } from '../aws/util.js';

export type FlowLogResourceType = 'vpc' | 'subnet' | 'network-interface' | 'transit-gateway' | 'other';

/** Where a flow log delivers its records. */
export type FlowLogDestination =
  | {
      type: 's3';
      bucket: string;
      /** The prefix before `AWSLogs/`, without a trailing slash; '' for the bucket's root. */
      prefix: string;
      fileFormat: 'plain-text' | 'parquet';
      hiveCompatiblePartitions: boolean;
      perHourPartition: boolean;
    }
  | { type: 'cloudwatch'; logGroupName: string }
  /** Kinesis Data Firehose and whatever comes next: not readable by this tool. */
  | { type: 'other'; destinationType: string; destination: string };

/** One flow log in scope, as DescribeFlowLogs tells it. */
export interface DiscoveredFlowLog {
  flowLogId: string;
  resourceId: string;
  resourceType: FlowLogResourceType;
  trafficType: 'ACCEPT' | 'REJECT' | 'ALL';
  /** The LogFormat text, `${version} ${account-id} …`. */
  logFormat: string;
  /** The parsed LogFormat: CloudWatch events have no header line, so this is how to read them. */
  format: RecordFormat;
  destination: FlowLogDestination;
  /** Whether it can show rule usage: accepted traffic, a readable destination, delivering. */
  usable: boolean;
}

/** Something the flow logs in scope cannot show. */
export type CoverageNote =
  | { kind: 'reject-only'; flowLogId: string; resourceId: string; message: string }
  | {
      kind: 'connection-start-guessed';
      flowLogId: string;
      resourceId: string;
      /** Of `tcp-flags` and `flow-direction`, those the format lacks. */
      missingFields: string[];
      message: string;
    }
  | {
      kind: 'not-covered';
      resourceType: 'vpc' | 'subnet' | 'network-interface';
      resourceId: string;
      /** The interfaces (with security groups) that no usable flow log records. */
      interfaceIds: string[];
      message: string;
    }
  | {
      kind: 'unreadable-destination';
      flowLogId: string;
      resourceId: string;
      destinationType: string;
      message: string;
    }
  | { kind: 'delivery-failed'; flowLogId: string; resourceId: string; message: string };

/** The flow logs in scope (sorted by resource, then id) and the coverage notes about them. */
export interface FlowLogDiscovery {
  flowLogs: DiscoveredFlowLog[];
  notes: CoverageNote[];
}

/** What to discover. */
export interface DiscoveryOptions {
  /** Only flow logs of this VPC, its subnets and its interfaces; without it, the whole region. */
  vpcId?: string | undefined;
  /** Interfaces already read (the inventory); read with DescribeNetworkInterfaces when absent. */
  interfaces?: readonly NetworkInterface[] | undefined;
}

/**
 * Lists the flow logs that record the interfaces in scope and notes the gaps in what they show.
 * @throws ConfigurationError when DescribeFlowLogs or DescribeNetworkInterfaces fails.
 */
export async function discoverFlowLogs(
  ec2: EC2Client,
  options: DiscoveryOptions = {},
): Promise<FlowLogDiscovery> {
  const target = clientTarget(ec2);
  const interfaces = (options.interfaces ?? (await readInterfaces(ec2, options.vpcId))).filter(
    (n) => options.vpcId === undefined || n.vpcId === options.vpcId,
  );
  let raw: FlowLog[];
  try {
    // All flow logs, filtered here: one listing covers VPC, subnet and interface flow logs, where a
    // resource-id filter would need every subnet and interface id of the VPC.
    raw = await collectPages(paginateDescribeFlowLogs({ client: ec2 }, {}), (p) => p.FlowLogs);
  } catch (e) {
    rethrowAwsError(e, { service: 'ec2', operation: 'DescribeFlowLogs', ...target });
  }
  const inScope = new Set<string>([
    ...(options.vpcId !== undefined ? [options.vpcId] : []),
    ...interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
  ]);
  const flowLogs = raw
    .map(toDiscovered)
    .filter((f): f is DiscoveredFlowLog => f !== undefined)
    .filter((f) => options.vpcId === undefined || inScope.has(f.resourceId))
    .sort((a, b) => a.resourceId.localeCompare(b.resourceId) || a.flowLogId.localeCompare(b.flowLogId));

  const notes: CoverageNote[] = [];
  for (const f of flowLogs) {
    const described = raw.find((r) => r.FlowLogId === f.flowLogId);
    notes.push(...flowLogNotes(f, described));
  }
  notes.push(...coverageGaps(flowLogs, interfaces, options.vpcId));
  return { flowLogs, notes };
}

async function readInterfaces(ec2: EC2Client, vpcId: string | undefined): Promise<NetworkInterface[]> {
  try {
    const filters = vpcId !== undefined ? { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] } : {};
    const raw = await collectPages(
      paginateDescribeNetworkInterfaces({ client: ec2 }, filters),
      (p) => p.NetworkInterfaces,
    );
    return raw.map((n) => ({
      interfaceId: n.NetworkInterfaceId ?? '',
      groupIds: (n.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
      privateIpv4: [],
      ipv6: [],
      publicIpv4: [],
      interfaceType: n.InterfaceType ?? 'interface',
      description: n.Description ?? '',
      vpcId: n.VpcId ?? '',
      subnetId: n.SubnetId ?? '',
    }));
  } catch (e) {
    rethrowAwsError(e, {
      service: 'ec2',
      operation: 'DescribeNetworkInterfaces',
      resource: vpcId,
      ...clientTarget(ec2),
    });
  }
}

function resourceType(id: string): FlowLogResourceType {
  if (id.startsWith('vpc-')) return 'vpc';
  if (id.startsWith('subnet-')) return 'subnet';
  if (id.startsWith('eni-')) return 'network-interface';
  if (id.startsWith('tgw-')) return 'transit-gateway';
  return 'other';
}

/**
 * The bucket and prefix of an S3 flow-log destination ARN, `arn:aws:s3:::bucket/optional/prefix`
 * (any partition).
 */
export function parseS3DestinationArn(arn: string): { bucket: string; prefix: string } | undefined {
  const m = /^arn:[^:]+:s3:::([^/]+)(?:\/(.*))?$/.exec(arn);
  if (!m?.[1]) return undefined;
  return { bucket: m[1], prefix: (m[2] ?? '').replace(/\/+$/, '') };
}

function toDiscovered(f: FlowLog): DiscoveredFlowLog | undefined {
  if (!f.FlowLogId || !f.ResourceId) return undefined;
  const logFormat = f.LogFormat ?? DEFAULT_FIELDS.map((n) => `\${${n}}`).join(' ');
  const trafficType = f.TrafficType === 'ACCEPT' || f.TrafficType === 'REJECT' ? f.TrafficType : 'ALL';
  let destination: FlowLogDestination;
  const s3 =
    f.LogDestinationType === 's3' && f.LogDestination ? parseS3DestinationArn(f.LogDestination) : undefined;
  if (s3) {
    destination = {
      type: 's3',
      ...s3,
      fileFormat: f.DestinationOptions?.FileFormat === 'parquet' ? 'parquet' : 'plain-text',
      hiveCompatiblePartitions: f.DestinationOptions?.HiveCompatiblePartitions ?? false,
      perHourPartition: f.DestinationOptions?.PerHourPartition ?? false,
    };
  } else if (
    (f.LogDestinationType ?? 'cloud-watch-logs') === 'cloud-watch-logs' &&
    (f.LogGroupName || f.LogDestination)
  ) {
    // The ARN form is arn:aws:logs:region:account:log-group:NAME[:*].
    const fromArn = /:log-group:([^:]+)/.exec(f.LogDestination ?? '')?.[1];
    destination = { type: 'cloudwatch', logGroupName: f.LogGroupName || fromArn || '' };
  } else {
    destination = {
      type: 'other',
      destinationType: f.LogDestinationType ?? 'unknown',
      destination: f.LogDestination ?? '',
    };
  }
  const delivering = f.DeliverLogsStatus !== 'FAILED' && (f.FlowLogStatus ?? 'ACTIVE') === 'ACTIVE';
  return {
    flowLogId: f.FlowLogId,
    resourceId: f.ResourceId,
    resourceType: resourceType(f.ResourceId),
    trafficType,
    logFormat,
    format: parseLogFormat(logFormat) ?? makeFormat(DEFAULT_FIELDS),
    destination,
    usable: trafficType !== 'REJECT' && destination.type !== 'other' && delivering,
  };
}

function flowLogNotes(f: DiscoveredFlowLog, raw: FlowLog | undefined): CoverageNote[] {
  const notes: CoverageNote[] = [];
  const base = { flowLogId: f.flowLogId, resourceId: f.resourceId };
  if (f.trafficType === 'REJECT') {
    notes.push({
      kind: 'reject-only',
      ...base,
      message: `flow log ${f.flowLogId} of ${f.resourceId} records only rejected traffic, so it cannot show which rules are used`,
    });
  }
  if (f.destination.type === 'other') {
    notes.push({
      kind: 'unreadable-destination',
      ...base,
      destinationType: f.destination.destinationType,
      message: `flow log ${f.flowLogId} of ${f.resourceId} delivers to ${f.destination.destinationType}, which this tool cannot read`,
    });
  }
  if (raw?.DeliverLogsStatus === 'FAILED' || (raw?.FlowLogStatus ?? 'ACTIVE') !== 'ACTIVE') {
    const why = raw?.DeliverLogsErrorMessage ? ` (${raw.DeliverLogsErrorMessage})` : '';
    notes.push({
      kind: 'delivery-failed',
      ...base,
      message: `flow log ${f.flowLogId} of ${f.resourceId} is not delivering records${why}`,
    });
  }
  const missingFields = ['tcp-flags', 'flow-direction'].filter((n) => !f.format.fields.includes(n));
  if (f.trafficType !== 'REJECT' && missingFields.length > 0) {
    notes.push({
      kind: 'connection-start-guessed',
      ...base,
      missingFields,
      message:
        `flow log ${f.flowLogId} of ${f.resourceId} has no ${missingFields.join(' or ')} field, so who started a ` +
        `connection is guessed from reverse records and ports; add \${tcp-flags} and \${flow-direction} to its format`,
    });
  }
  return notes;
}

/**
 * Interfaces that no usable flow log records, reported at the widest level that is wholly
 * uncovered: one note for a VPC without any, one for a subnet, otherwise one per interface.
 * Only interfaces with security groups count: the others have no rules to audit.
 */
function coverageGaps(
  flowLogs: DiscoveredFlowLog[],
  interfaces: readonly NetworkInterface[],
  vpcId: string | undefined,
): CoverageNote[] {
  const covered = new Set(flowLogs.filter((f) => f.usable).map((f) => f.resourceId));
  const audited = interfaces.filter((n) => n.groupIds.length > 0);
  const isCovered = (n: NetworkInterface) =>
    covered.has(n.interfaceId) || covered.has(n.subnetId) || covered.has(n.vpcId);
  const notes: CoverageNote[] = [];
  const vpcs = [...new Set([...(vpcId !== undefined ? [vpcId] : []), ...audited.map((n) => n.vpcId)])].sort();
  for (const vpc of vpcs) {
    const inVpc = audited.filter((n) => n.vpcId === vpc);
    const gaps = inVpc.filter((n) => !isCovered(n));
    // A VPC named by --vpc-id but without audited interfaces is a gap only when nothing is logged.
    const wholeVpc = inVpc.length > 0 || covered.size === 0;
    if (gaps.length === inVpc.length && !covered.has(vpc) && wholeVpc) {
      notes.push(gap('vpc', vpc, gaps));
      continue;
    }
    const subnets = [...new Set(gaps.map((n) => n.subnetId))].sort();
    for (const subnet of subnets) {
      const inSubnet = inVpc.filter((n) => n.subnetId === subnet);
      const subnetGaps = gaps.filter((n) => n.subnetId === subnet);
      if (subnetGaps.length === inSubnet.length) notes.push(gap('subnet', subnet, subnetGaps));
      else for (const n of subnetGaps) notes.push(gap('network-interface', n.interfaceId, [n]));
    }
  }
  return notes;
}

function gap(
  resourceType: 'vpc' | 'subnet' | 'network-interface',
  resourceId: string,
  uncovered: readonly NetworkInterface[],
): CoverageNote {
  const interfaceIds = uncovered.map((n) => n.interfaceId).sort();
  const what =
    resourceType === 'network-interface'
      ? `interface ${resourceId} has`
      : `${resourceType === 'vpc' ? 'VPC' : 'subnet'} ${resourceId} (${interfaceIds.length} interface${interfaceIds.length === 1 ? '' : 's'}) has`;
  return {
    kind: 'not-covered',
    resourceType,
    resourceId,
    interfaceIds,
    message: `${what} no flow log that records accepted traffic, so the rules of its groups stay unknown`,
  };
}
