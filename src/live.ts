/**
 * The live path: turns `--source`, `--region`, `--lookback` and the rest into an inventory (read
 * from EC2 unless a snapshot is given) and a way to feed the window's flow-log records into the
 * analysis, through the same sink as local files. S3 objects are downloaded on the main thread
 * with the bounded concurrency of src/sources/s3.ts and, given worker threads, parsed there
 * (src/object-pool.ts); CloudWatch Logs events are read on the main thread.
 *
 * With `--source auto`, each interface's records are read from one flow log only (see
 * src/sources/flow-log-choice.ts), and S3 records are cut to the window as CloudWatch Logs cuts its
 * events (src/sources/window.ts); the report's input section says which flow log was read and how
 * many records were left out.
 *
 * What the account's flow logs or permissions cannot show comes back as coverage notes, which the
 * report turns into `coverage-gap` findings that each say what to change. AWS failures that make
 * the run impossible (no credentials, a refused Describe call, a missing bucket or log group, a
 * wrong region) are {@link ConfigurationError}s from the readers, with one line to act on.
 */
import { paginateDescribeFlowLogs } from '@aws-sdk/client-ec2';
import type { CoverageGapNote } from './analysis/report.js';
import { parseLiveSource, type LiveInput, type LiveOptions, type LiveSource } from './live-options.js';
import { clientTarget, createAthenaClient, createAwsClients, type AwsClients } from './aws/clients.js';
import type { EngineInput } from './sources/aggregates/engine.js';
import { isAccessDenied, rethrowAwsError } from './aws/errors.js';
import { collectPages } from './aws/util.js';
import { ConfigurationError } from './errors.js';
import { readLiveInventory } from './inventory/ec2.js';
import type { Inventory } from './inventory/model.js';
import { readCloudWatch } from './sources/cloudwatch.js';
import { discoverFlowLogs, type CoverageNote } from './sources/discovery.js';
import type { ReaderSink } from './sources/file.js';
import {
  chooseFlowLogs,
  describeChoice,
  destinationName,
  type FlowLogChoice,
} from './sources/flow-log-choice.js';
import { FlowLogFilter, objectsByFlowLog, type FlowLogRule } from './sources/flow-log-filter.js';
import { DEFAULT_FIELDS, makeFormat, parseLogFormat, type RecordFormat } from './sources/format.js';
import type { InterfaceTable } from './sources/interfaces.js';
import { listS3FlowLogKeys, readS3Objects, type TextObjectParser } from './sources/s3.js';
import type { InputSink } from './sources/stats.js';
import { WindowCut } from './sources/window.js';
import type { InputLimits } from './sources/limits.js';
import { LiveObjectWorkers, type ObjectWorkerSetup } from './object-pool.js';

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
  context: {
    now: Date;
    inventory?: Inventory | undefined;
    format?: RecordFormat | undefined;
    /** What an engine's query depends on: config `ephemeral-port-start` and `bucket-seconds`. */
    query: { ephemeralStart: number; bucketSeconds: number };
    /** How far a compressed S3 object may inflate (the config's `limits`). */
    limits?: Readonly<InputLimits> | undefined;
    /** Worker threads to parse S3 objects on (src/object-pool.ts); without it, the main thread. */
    workers?: ObjectWorkerSetup | undefined;
  },
): Promise<LiveInput> {
  // Athena reads its table: it needs no source, unless it creates the table over one.
  const source: LiveSource =
    options.engine === 'athena' && options.source === '' ? { type: 'auto' } : parseLiveSource(options.source);
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

  if (options.engine !== undefined) {
    const engine = await openEngine(options, clients, window, context, notes);
    return {
      inventory,
      window,
      notes,
      async feed(sink: InputSink, interfaces) {
        await engine.feed(sink, interfaces);
        sink.engineRan?.(engine.summary);
      },
    };
  }

  let readers: Reader[];
  let choice: FlowLogChoice | undefined;
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
    choice = chooseFlowLogs(
      discovery.flowLogs.filter((f) => inScope(f.resourceId)),
      inventory.interfaces,
    );
    const read = choice.read;
    // A flow log that is not read needs no new format: another one is read for its interfaces.
    const relevant = (n: CoverageNote) =>
      inScope(n.resourceId) && !(n.kind === 'connection-start-guessed' && !read.has(n.flowLogId));
    notes.push(...discovery.notes.filter(relevant).map(discoveryNote));
    notes.push(...choice.sharedLogGroups.map(sharedLogGroupNote));
    readers = destinations(choice);
  }

  const audited = inventory;
  return {
    inventory,
    window,
    notes,
    async feed(sink: InputSink, interfaces) {
      const cut = new WindowCut(window);
      const filter = choice && new FlowLogFilter(choice, audited.interfaces, interfaces);
      const workers = context.workers && new LiveObjectWorkers(context.workers, audited, window);
      try {
        for (const reader of readers) {
          if (reader.type === 's3')
            await feedS3(
              clients,
              reader,
              cut,
              sink,
              { interfaces, limits: context.limits, workers },
              notes,
              filter,
            );
          else {
            const kept = filter ? filter.wrap(sink, reader.flowLogIds ?? []) : sink;
            await feedCloudWatch(clients, reader, window, kept, interfaces, notes);
          }
        }
        // The workers' window cut and flow-log rule counted records too.
        const counted = await workers?.finish();
        if (counted) {
          cut.outside += counted.outside;
          filter?.addKept(counted.kept);
        }
      } catch (e) {
        await workers?.stop();
        throw e;
      }
      sink.outsideWindow?.(cut.outside);
      if (choice && filter) sink.sourcesRead?.(describeChoice(choice, audited.interfaces, filter.records()));
    },
  };
}

/**
 * One place to read: an S3 prefix or a log group, with the format of header-less records. With
 * `auto`, `flowLogIds` are the flow logs in scope that deliver there.
 */
type Reader =
  | {
      type: 's3';
      bucket: string;
      prefix: string;
      format: RecordFormat | undefined;
      flowLogIds?: string[] | undefined;
    }
  | {
      type: 'cloudwatch';
      logGroupName: string;
      format: RecordFormat;
      guessed: boolean;
      flowLogIds?: string[] | undefined;
    };

/**
 * The destinations of the flow logs read, each once, in the format of the best flow log read
 * there. Flow logs that record only rejected traffic are never read (see isReadable): their
 * records would make rules look `unused` (every interface has records) without the accepted
 * traffic that shows use; a note says to capture ALL traffic.
 */
function destinations(choice: FlowLogChoice): Reader[] {
  const readers = new Map<string, Reader>();
  for (const f of choice.candidates) {
    if (!choice.read.has(f.flowLogId)) continue;
    const key = destinationName(f);
    if (readers.has(key)) continue;
    const flowLogIds = choice.candidates.filter((g) => destinationName(g) === key).map((g) => g.flowLogId);
    const d = f.destination;
    if (d.type === 's3')
      readers.set(key, { type: 's3', bucket: d.bucket, prefix: d.prefix, format: f.format, flowLogIds });
    else if (d.type === 'cloudwatch')
      readers.set(key, {
        type: 'cloudwatch',
        logGroupName: d.logGroupName,
        format: f.format,
        guessed: false,
        flowLogIds,
      });
  }
  return [...readers.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, r]) => r);
}

/**
 * The query engine of `--engine`: Athena over its table, or Logs Insights over the log group of
 * `--source cloudwatch:LOG_GROUP` (read in the flow log's format, as the stream reader reads it).
 */
async function openEngine(
  options: LiveOptions,
  clients: AwsClients,
  window: { start: Date; end: Date },
  context: {
    format?: RecordFormat | undefined;
    query: { ephemeralStart: number; bucketSeconds: number };
  },
  notes: CoverageGapNote[],
): Promise<EngineInput> {
  const settings = { window, ...context.query };
  const engines = await import('./sources/aggregates/engine.js');
  if (options.engine === 'athena') {
    const athena =
      clients.athena ?? createAthenaClient({ region: options.region, endpoint: options.endpointUrl });
    return engines.athenaInput({ athena, s3: clients.s3 }, options.athena ?? {}, settings, {
      source: options.source === '' ? undefined : options.source,
      format: context.format,
    });
  }
  const source = parseLiveSource(options.source);
  if (source.type !== 'cloudwatch')
    throw new ConfigurationError('--engine insights: name the log group with --source cloudwatch:LOG_GROUP');
  const described = context.format ?? (await logGroupFormat(clients, source.logGroupName));
  if (described === undefined)
    notes.push({
      key: `format-guessed:cloudwatch:${source.logGroupName}`,
      title: `The format of log group ${source.logGroupName} was guessed`,
      message:
        `DescribeFlowLogs gave no format for the events of ${source.logGroupName}, so Logs Insights parsed them ` +
        `in the default format (version 2 fields). Pass the flow log's format with --log-format '\${version} \${account-id} …'.`,
      evidence: { source: `cloudwatch:${source.logGroupName}` },
    });
  return engines.insightsInput(
    clients.logs,
    source.logGroupName,
    described ?? makeFormat(DEFAULT_FIELDS),
    settings,
  );
}

const isoDate = (d: Date) => d.toISOString().replace('.000Z', 'Z');

/**
 * Reads an S3 prefix, records cut to the window. With `auto`, the objects are read by the flow
 * log their keys name, each keeping the records of the interfaces chosen for that flow log. With
 * worker threads, the text objects are parsed there under the same rules (src/object-pool.ts).
 */
async function feedS3(
  clients: AwsClients,
  reader: Extract<Reader, { type: 's3' }>,
  cut: WindowCut,
  sink: ReaderSink,
  read: {
    interfaces: InterfaceTable;
    limits: Readonly<InputLimits> | undefined;
    workers: LiveObjectWorkers | undefined;
  },
  notes: CoverageGapNote[],
  filter: FlowLogFilter | undefined,
): Promise<void> {
  const { window } = cut;
  const where = `s3://${reader.bucket}/${reader.prefix}`;
  const query = { bucket: reader.bucket, prefix: reader.prefix, ...window };
  const options = { interfaces: read.interfaces, format: reader.format, limits: read.limits };
  // A broken object is one input error and the run goes on; a listing failure stops the run.
  const objects = await listS3FlowLogKeys(clients.s3, query);
  const pool = read.workers?.poolFor(objects);
  const parseText = (rule: FlowLogRule | undefined): TextObjectParser | undefined =>
    pool && ((name, bytes, gzipped) => pool.parse(name, bytes, gzipped, { rule, format: reader.format }));
  if (filter === undefined) {
    await readS3Objects(
      clients.s3,
      objects,
      cut.wrap(sink),
      options,
      pool?.concurrency,
      parseText(undefined),
    );
  } else {
    const read = new Set(filter.flowLogIds);
    for (const group of objectsByFlowLog(objects, reader.flowLogIds ?? [], read))
      await readS3Objects(
        clients.s3,
        group.objects,
        cut.wrap(filter.wrap(sink, group.flowLogIds)),
        options,
        pool?.concurrency,
        parseText(filter.rule(group.flowLogIds)),
      );
  }
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

/** Two flow logs of the same interfaces in one log group: counted twice, and nothing tells them apart. */
function sharedLogGroupNote(shared: FlowLogChoice['sharedLogGroups'][number]): CoverageGapNote {
  const { logGroupName, flowLogIds, interfaceIds } = shared;
  const count = `${interfaceIds.length} interface${interfaceIds.length === 1 ? '' : 's'}`;
  return {
    key: `shared-log-group:${logGroupName}`,
    title: `Flow logs ${flowLogIds.join(' and ')} deliver the same interfaces to log group ${logGroupName}`,
    message:
      `CloudWatch Logs writes the records of every flow log of an interface into one log stream, so the events ` +
      `of ${flowLogIds.join(' and ')} in ${logGroupName} cannot be told apart, and the records of ${count} are ` +
      `counted once per flow log. Keep one of them, or deliver the others to another log group or to S3.`,
    evidence: { source: `cloudwatch:${logGroupName}`, flowLogIds, interfaceIds },
  };
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
