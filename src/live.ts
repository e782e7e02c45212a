/**
 * The live path: turns `--source`, `--region`, `--lookback` and the rest into an inventory (read
 * from EC2 unless a snapshot is given) and a way to feed the window's flow-log records into the
 * analysis, through the same sink as local files. S3 objects and CloudWatch Logs events are read
 * on the main thread; S3 downloads run with the bounded concurrency of src/sources/s3.ts.
 *
 * What the account's flow logs or permissions cannot show comes back as coverage notes, which the
 * report turns into `coverage-gap` findings that each say what to change. AWS failures that make
 * the run impossible (no credentials, a refused Describe call, a missing bucket or log group, a
 * wrong region) are {@link ConfigurationError}s from the readers, with one line to act on.
 */
import { paginateDescribeFlowLogs } from '@aws-sdk/client-ec2';
import type { CoverageGapNote } from './analysis/report.js';
import { parseLiveSource, type LiveInput, type LiveOptions } from './live-options.js';
import { clientTarget, createAwsClients, type AwsClients } from './aws/clients.js';
import { isAccessDenied, rethrowAwsError } from './aws/errors.js';
import { collectPages } from './aws/util.js';
import { ConfigurationError } from './errors.js';
import { readLiveInventory } from './inventory/ec2.js';
import type { Inventory } from './inventory/model.js';
import { readCloudWatch } from './sources/cloudwatch.js';
import { discoverFlowLogs, type CoverageNote, type DiscoveredFlowLog } from './sources/discovery.js';
import type { ReaderSink } from './sources/file.js';
import { DEFAULT_FIELDS, makeFormat, parseLogFormat, type RecordFormat } from './sources/format.js';
import type { InterfaceTable } from './sources/interfaces.js';
import { readS3FlowLogs } from './sources/s3.js';

/**
 * Checks the source and the region, reads the inventory from EC2 unless one is given, and plans
 * what to read: for `auto`, every S3 and CloudWatch Logs destination of the flow logs that record
 * the inventory's interfaces. Nothing is downloaded until `feed`.
 *
 * @param context.format the parsed `--log-format`
 * @throws ConfigurationError for a bad `--source`, a missing region, or an AWS call that failed
 */
export async function openLiveInput(
  options: LiveOptions,
  context: { now: Date; inventory?: Inventory | undefined; format?: RecordFormat | undefined },
): Promise<LiveInput> {
  const source = parseLiveSource(options.source);
  const clients =
    options.clients ?? createAwsClients({ region: options.region, endpoint: options.endpointUrl });
  if (options.region === undefined) {
    try {
      await clients.ec2.config.region();
    } catch {
      throw new ConfigurationError(
        `--region: no AWS region for --source ${options.source}: pass --region or set AWS_REGION`,
      );
    }
  }
  const window = { start: new Date(context.now.getTime() - options.lookbackMs), end: context.now };
  const notes: CoverageGapNote[] = [];

  let inventory = context.inventory;
  if (inventory === undefined) {
    const { warnings, ...read } = await readLiveInventory(clients.ec2, {
      vpcId: options.vpcId,
      groupIds: options.securityGroupIds,
    });
    inventory = read;
    notes.push(...warnings.map(inventoryNote));
  }

  let readers: Reader[];
  if (source.type === 's3') {
    readers = [{ type: 's3', bucket: source.bucket, prefix: source.prefix, format: context.format }];
  } else if (source.type === 'cloudwatch') {
    const described = context.format ?? (await logGroupFormat(clients, source.logGroupName));
    readers = [
      {
        type: 'cloudwatch',
        logGroupName: source.logGroupName,
        format: described ?? makeFormat(DEFAULT_FIELDS),
        guessed: described === undefined,
      },
    ];
  } else {
    const discovery = await discoverFlowLogs(clients.ec2, {
      vpcId: options.vpcId,
      interfaces: inventory.interfaces,
    });
    // Without --vpc-id discovery lists the whole region: keep what records the audited interfaces.
    const scope = new Set<string>([
      ...(options.vpcId !== undefined ? [options.vpcId] : []),
      ...inventory.interfaces.flatMap((n) => [n.vpcId, n.subnetId, n.interfaceId]),
    ]);
    const inScope = (resourceId: string) => scope.has(resourceId);
    notes.push(...discovery.notes.filter((n) => inScope(n.resourceId)).map(discoveryNote));
    readers = destinations(discovery.flowLogs.filter((f) => inScope(f.resourceId)));
  }

  return {
    inventory,
    window,
    notes,
    async feed(sink, interfaces) {
      for (const reader of readers) {
        if (reader.type === 's3') await feedS3(clients, reader, window, sink, interfaces, notes);
        else await feedCloudWatch(clients, reader, window, sink, interfaces, notes);
      }
    },
  };
}

/** One place to read: an S3 prefix or a log group, with the format of header-less records. */
type Reader =
  | { type: 's3'; bucket: string; prefix: string; format: RecordFormat | undefined }
  | { type: 'cloudwatch'; logGroupName: string; format: RecordFormat; guessed: boolean };

/**
 * The destinations of the discovered flow logs, each once. Flow logs that record only rejected
 * traffic are not read: their records would make rules look `unused` (every interface has
 * records) without the accepted traffic that shows use; a note says to capture ALL traffic.
 */
function destinations(flowLogs: readonly DiscoveredFlowLog[]): Reader[] {
  const readers = new Map<string, Reader>();
  for (const f of flowLogs) {
    if (f.trafficType === 'REJECT') continue;
    const d = f.destination;
    if (d.type === 's3') {
      const key = `s3://${d.bucket}/${d.prefix}`;
      if (!readers.has(key))
        readers.set(key, { type: 's3', bucket: d.bucket, prefix: d.prefix, format: f.format });
    } else if (d.type === 'cloudwatch' && d.logGroupName !== '') {
      const key = `cloudwatch:${d.logGroupName}`;
      if (!readers.has(key))
        readers.set(key, {
          type: 'cloudwatch',
          logGroupName: d.logGroupName,
          format: f.format,
          guessed: false,
        });
    }
  }
  return [...readers.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, r]) => r);
}

const isoDate = (d: Date) => d.toISOString().replace('.000Z', 'Z');

async function feedS3(
  clients: AwsClients,
  reader: Extract<Reader, { type: 's3' }>,
  window: { start: Date; end: Date },
  sink: ReaderSink,
  interfaces: InterfaceTable,
  notes: CoverageGapNote[],
): Promise<void> {
  const where = `s3://${reader.bucket}/${reader.prefix}`;
  // A broken object is one input error and the run goes on; a listing failure stops the run.
  const objects = await readS3FlowLogs(
    clients.s3,
    { bucket: reader.bucket, prefix: reader.prefix, ...window },
    sink,
    { interfaces, format: reader.format },
  );
  if (objects.length === 0) {
    notes.push({
      key: `no-records:${where}`,
      title: `No flow-log objects in ${where} for the window`,
      message:
        `No flow-log object under ${where} is dated between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
        `so this source adds no evidence. Check the prefix (the part before AWSLogs/), --region and --lookback.`,
      evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
    });
  }
}

async function feedCloudWatch(
  clients: AwsClients,
  reader: Extract<Reader, { type: 'cloudwatch' }>,
  window: { start: Date; end: Date },
  sink: ReaderSink,
  interfaces: InterfaceTable,
  notes: CoverageGapNote[],
): Promise<void> {
  const where = `cloudwatch:${reader.logGroupName}`;
  let malformed = 0;
  const counting: ReaderSink = {
    record: (r) => sink.record(r),
    malformed: (file, line, message) => {
      malformed++;
      sink.malformed(file, line, message);
    },
    fileError: (file, message) => sink.fileError(file, message),
    fileRead: (fields, file) => sink.fileRead(fields, file),
  };
  const result = await readCloudWatch(
    clients.logs,
    { logGroupName: reader.logGroupName, ...window },
    counting,
    { interfaces, format: reader.format },
  );
  if (result.events === 0) {
    notes.push({
      key: `no-records:${where}`,
      title: `No events in log group ${reader.logGroupName} for the window`,
      message:
        `Log group ${reader.logGroupName} has no event between ${isoDate(window.start)} and ${isoDate(window.end)}, ` +
        `so this source adds no evidence. Check --source, --region and --lookback.`,
      evidence: { source: where, start: isoDate(window.start), end: isoDate(window.end) },
    });
  } else if (reader.guessed && malformed > 0) {
    notes.push({
      key: `format-guessed:${where}`,
      title: `The format of log group ${reader.logGroupName} was guessed`,
      message:
        `DescribeFlowLogs gave no format for the events of ${reader.logGroupName} (no flow log in this region ` +
        `delivers there, or the call was refused), so they were read in the default format (version 2 fields), ` +
        `and ${malformed} event(s) did not fit. Pass the flow log's format with --log-format '\${version} \${account-id} …'.`,
      evidence: { source: where, malformed, fields: reader.format.fields },
    });
  }
}

/**
 * The LogFormat of the flow log that delivers to a log group, from DescribeFlowLogs; undefined when
 * none does or the call is refused (then the default format is used and a note says so when the
 * events do not fit it).
 */
async function logGroupFormat(clients: AwsClients, logGroupName: string): Promise<RecordFormat | undefined> {
  try {
    const flowLogs = await collectPages(
      paginateDescribeFlowLogs(
        { client: clients.ec2 },
        { Filter: [{ Name: 'log-group-name', Values: [logGroupName] }] },
      ),
      (p) => p.FlowLogs,
    );
    const text = flowLogs.find((f) => f.LogFormat)?.LogFormat;
    return text !== undefined ? parseLogFormat(text) : undefined;
  } catch (e) {
    if (isAccessDenied(e)) return undefined;
    rethrowAwsError(e, {
      service: 'ec2',
      operation: 'DescribeFlowLogs',
      resource: logGroupName,
      ...clientTarget(clients.ec2),
    });
  }
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.?$/, '.')}`;

/** What to change, by the kind of gap discovery found. */
function discoveryNote(note: CoverageNote): CoverageGapNote {
  const { message, ...evidence } = note;
  const said = sentence(message);
  switch (note.kind) {
    case 'reject-only':
      return {
        key: `reject-only:${note.flowLogId}`,
        title: `Flow log ${note.flowLogId} records only rejected traffic`,
        message:
          `${said} Capture ALL traffic: create a flow log for ${note.resourceId} with traffic type ALL ` +
          `(the traffic type of a flow log cannot be changed), then delete ${note.flowLogId}.`,
        evidence,
      };
    case 'connection-start-guessed':
      return {
        key: `connection-start-guessed:${note.flowLogId}`,
        title: `Flow log ${note.flowLogId} has no ${note.missingFields.join(' or ')} field`,
        message: `${said} The format of a flow log cannot be changed: create one with a custom format that includes them, then delete ${note.flowLogId}.`,
        evidence,
      };
    case 'not-covered': {
      const what =
        note.resourceType === 'vpc' ? 'VPC' : note.resourceType === 'subnet' ? 'Subnet' : 'Interface';
      return {
        key: `not-covered:${note.resourceId}`,
        title: `${what} ${note.resourceId} has no flow log of accepted traffic`,
        message: `${said} Create a flow log for ${note.resourceId} with traffic type ALL, delivered to S3 or CloudWatch Logs.`,
        evidence,
      };
    }
    case 'unreadable-destination':
      return {
        key: `unreadable-destination:${note.flowLogId}`,
        title: `Flow log ${note.flowLogId} delivers where this tool cannot read`,
        message: `${said} Add a flow log of ${note.resourceId} to S3 or CloudWatch Logs, or pass copies of its records with --flow-logs.`,
        evidence,
      };
    case 'delivery-failed':
      return {
        key: `delivery-failed:${note.flowLogId}`,
        title: `Flow log ${note.flowLogId} is not delivering`,
        message: `${said} Fix its delivery (the IAM role of a CloudWatch Logs flow log, the bucket policy of an S3 one); records are missing until then.`,
        evidence,
      };
  }
}

/**
 * A part of the live inventory that could not be read (DescribeSecurityGroupRules or prefix-list
 * entries refused). This is a coverage gap rather than an input error: the audit is still right
 * about everything else, input.errors is about flow-log files and lines, and a finding reaches the
 * job summary and annotations where a user sees it. The warning already names the permission.
 */
function inventoryNote(warning: string): CoverageGapNote {
  const api = /\b(?:EC2 )?((?:Describe|Get)\w+)/.exec(warning)?.[1] ?? 'EC2';
  const ids =
    api === 'DescribeSecurityGroupRules'
      ? ' Until then suppressions that name sgr- rule ids do not match, because the ids are derived.'
      : '';
  return {
    key: `inventory:${warning}`,
    title: `The live inventory is incomplete: ${api} could not be read`,
    message: `${sentence(warning)}${ids}`,
    evidence: { api, warning },
  };
}
