/**
 * The live source's options: parsed from flags and inputs without loading the AWS SDK, which
 * only src/live.ts (loaded on demand) brings in.
 */
import type { CoverageGapNote } from './analysis/report.js';
import type { AwsClients } from './aws/clients.js';
import { parseLookback } from './cli-args.js';
import { ConfigurationError } from './errors.js';
import type { Inventory } from './inventory/model.js';
import type { InterfaceTable } from './sources/interfaces.js';
import { parseEngine, type AthenaFlags } from './sources/aggregates/engine-flags.js';
import { parseS3Url } from './sources/s3-url.js';
import type { InputSink } from './sources/stats.js';

/** Where live flow logs are read from. */
export type LiveSource =
  | { type: 's3'; bucket: string; prefix: string }
  | { type: 'cloudwatch'; logGroupName: string }
  | { type: 'auto' };

/** The live options of one run (`AnalyzeOptions.live`). */
export interface LiveOptions {
  /** `s3://bucket/prefix`, `cloudwatch:LOG_GROUP`, or `auto` (discover with DescribeFlowLogs). */
  source: string;
  /** Without it, the SDK's chain decides (AWS_REGION, the profile's region). */
  region?: string | undefined;
  /** How far back from `now` records are read, in milliseconds. */
  lookbackMs: number;
  vpcId?: string | undefined;
  securityGroupIds?: readonly string[] | undefined;
  /** An S3/EC2/Logs-compatible endpoint for all three services (a local emulator). */
  endpointUrl?: string | undefined;
  /**
   * `--log-format`: how to read CloudWatch Logs events (they have no header line) when
   * DescribeFlowLogs does not say; S3 text objects carry their own header.
   */
  logFormat?: string | undefined;
  /** Clients to use instead of new ones built from region and endpoint (tests). */
  clients?: AwsClients | undefined;
  /**
   * `--engine athena|insights`: the window's records aggregated where they live instead of
   * streamed here (docs/aggregates.md). Athena needs no `source` (but `--athena-create-table`
   * takes the S3 folder from it); Logs Insights reads the log group of `cloudwatch:LOG_GROUP`.
   */
  engine?: 'athena' | 'insights' | undefined;
  athena?: AthenaFlags | undefined;
}

/** The flags the CLI and the Action share for live input, as they were given. */
export interface LiveFlags {
  source?: string | undefined;
  region?: string | undefined;
  lookback?: string | undefined;
  vpcId?: string | undefined;
  securityGroupIds: readonly string[];
  endpointUrl?: string | undefined;
  logFormat?: string | undefined;
  engine?: string | undefined;
  athena?: AthenaFlags | undefined;
}

/** The lookback when none is given (the Action's default too). */
export const DEFAULT_LOOKBACK = '7d';

/** The live input of one run: the inventory, and what reads the records. */
export interface LiveInput {
  /** The inventory given to {@link openLiveInput}, or the one read from EC2. */
  inventory: Inventory;
  /** The window that is read, [start, end). */
  window: { start: Date; end: Date };
  /**
   * Reads the window's records into the sink; adds notes about what it found missing. Tells the
   * sink, when it listens, how many S3 records lay outside the window and (with `auto`) which
   * flow log was read for which interfaces.
   */
  feed(sink: InputSink, interfaces: InterfaceTable): Promise<void>;
  /** What the inventory and the flow logs cannot show; complete once `feed` has run. */
  notes: CoverageGapNote[];
}

const LOG_GROUP_NAME = /^[\w.\-/#]{1,512}$/;

/** Parses `--source`. */
export function parseLiveSource(text: string): LiveSource {
  const value = text.trim();
  if (value === 'auto') return { type: 'auto' };
  if (value.startsWith('s3://')) return { type: 's3', ...parseS3Url(value) };
  if (value.startsWith('cloudwatch:')) {
    const logGroupName = value.slice('cloudwatch:'.length);
    if (!LOG_GROUP_NAME.test(logGroupName))
      throw new ConfigurationError(
        `--source: '${value}' does not name a log group; expected cloudwatch:LOG_GROUP such as cloudwatch:/vpc/flow-logs`,
      );
    return { type: 'cloudwatch', logGroupName };
  }
  throw new ConfigurationError(
    `--source: expected s3://bucket/prefix, cloudwatch:LOG_GROUP or auto, got '${text}'`,
  );
}

/**
 * The live options from the CLI's or the Action's flags; undefined without `--source`. Flags that
 * only mean something for live input are refused without `--source` rather than ignored.
 */
export function liveOptionsFrom(flags: LiveFlags): LiveOptions | undefined {
  const engine = parseEngine(flags.engine);
  if (engine === 'insights' && !flags.source?.startsWith('cloudwatch:'))
    throw new ConfigurationError('--engine insights: name the log group with --source cloudwatch:LOG_GROUP');
  if (engine === 'stream' && flags.athena !== undefined)
    throw new ConfigurationError('--athena-* flags are for --engine athena');
  if (flags.source === undefined && engine !== 'athena') {
    const stray = (
      [
        ['--region', flags.region],
        ['--vpc-id', flags.vpcId],
        ['--security-group-ids', flags.securityGroupIds.length > 0 ? 'given' : undefined],
        ['--endpoint-url', flags.endpointUrl],
      ] as const
    ).find(([, value]) => value !== undefined);
    if (stray)
      throw new ConfigurationError(
        `${stray[0]} is for live AWS input: add --source s3://bucket/prefix, cloudwatch:LOG_GROUP or auto`,
      );
    return undefined;
  }
  if (flags.source !== undefined) parseLiveSource(flags.source);
  return {
    // Athena reads its table, wherever the logs are: no source needed.
    source: flags.source ?? '',
    ...(engine !== 'stream' ? { engine } : {}),
    ...(flags.athena !== undefined ? { athena: flags.athena } : {}),
    region: flags.region,
    lookbackMs: parseLookback(flags.lookback ?? DEFAULT_LOOKBACK),
    vpcId: flags.vpcId,
    securityGroupIds: flags.securityGroupIds.length > 0 ? [...flags.securityGroupIds] : undefined,
    endpointUrl: flags.endpointUrl,
    logFormat: flags.logFormat,
  };
}
