/**
 * Reads flow logs that AWS delivers to CloudWatch Logs, with FilterLogEvents over the lookback
 * window. Each event's message is one record without a header line, so the format must come
 * from the flow log's LogFormat (DescribeFlowLogs) or `--log-format`.
 *
 * FilterLogEvents has a low request rate per account and region, shared with everything else
 * that reads logs there, so throttling is expected on large groups: after the SDK's own retries
 * give up, this reader waits with exponential backoff and full jitter and goes on from the same
 * page, instead of failing the audit.
 */
import {
  FilterLogEventsCommand,
  type FilterLogEventsCommandOutput,
  type FilterLogEventsRequest,
} from '@aws-sdk/client-cloudwatch-logs';
import { FlowLogParser, MAX_LINE_BYTES } from './parse.js';
import type { RecordFormat } from './format.js';
import type { ReadOptions, ReaderSink } from './file.js';
import { clientTarget } from '../aws/clients.js';
import { isThrottling, rethrowAwsError } from '../aws/errors.js';
import { chunks, sleep as realSleep } from '../aws/util.js';

/** The part of a CloudWatch Logs client this reader uses (a real client, or a fake in tests). */
export interface FilterLogEventsApi {
  send(command: FilterLogEventsCommand): Promise<FilterLogEventsCommandOutput>;
}

/** Which events to read, and how patiently. */
export interface CloudWatchQuery {
  logGroupName: string;
  /** The window [start, end). */
  start: Date;
  end: Date;
  /**
   * Only these log streams. VPC flow logs write one stream per interface, named after it
   * (`eni-…-all`); FilterLogEvents takes at most 100 names, so more are read in batches.
   */
  logStreamNames?: readonly string[] | undefined;
  /** Events per page (FilterLogEvents `limit`); AWS returns up to 10,000 or 1 MB by default. */
  pageSize?: number | undefined;
  /** Waits after the SDK has given up on a throttled call, before failing. Default 5. */
  maxThrottleRetries?: number | undefined;
  /** Injectable for tests; defaults to a real timer. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Injectable for tests; defaults to Math.random. */
  random?: (() => number) | undefined;
}

/** What the read took. */
export interface CloudWatchReadResult {
  events: number;
  pages: number;
  /** Backoff waits after throttling (not counting the SDK's own retries). */
  throttleRetries: number;
}

const STREAM_NAMES_PER_CALL = 100;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

/** The wait before retry number `attempt` (0-based): full jitter over an exponential ceiling. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
}

/**
 * Reads every event of a log group in [start, end) into the sink, as one input "file" named
 * `cloudwatch:GROUP`. Pages are followed until there is no `nextToken`: a page can be empty and
 * still carry one, while FilterLogEvents works through the group.
 *
 * @throws ConfigurationError when the group does not exist, reading it is denied, or throttling
 * outlasts every retry.
 */
export async function readCloudWatch(
  logs: FilterLogEventsApi,
  query: CloudWatchQuery,
  sink: ReaderSink,
  options: ReadOptions & { format: RecordFormat },
): Promise<CloudWatchReadResult> {
  const name = `cloudwatch:${query.logGroupName}`;
  const parser = new FlowLogParser(
    options.interfaces,
    { record: (r) => sink.record(r), malformed: (line, message) => sink.malformed(name, line, message) },
    options.format,
  );
  const result: CloudWatchReadResult = { events: 0, pages: 0, throttleRetries: 0 };
  const maxRetries = query.maxThrottleRetries ?? 5;
  const wait = query.sleep ?? realSleep;
  const streamBatches = query.logStreamNames?.length
    ? chunks(query.logStreamNames, STREAM_NAMES_PER_CALL)
    : [undefined];

  for (const logStreamNames of streamBatches) {
    let nextToken: string | undefined;
    do {
      const input: FilterLogEventsRequest = {
        logGroupName: query.logGroupName,
        startTime: query.start.getTime(),
        // FilterLogEvents includes events at endTime; the window excludes its end.
        endTime: query.end.getTime() - 1,
        ...(logStreamNames ? { logStreamNames } : {}),
        ...(nextToken !== undefined ? { nextToken } : {}),
        ...(query.pageSize !== undefined ? { limit: query.pageSize } : {}),
      };
      let page: FilterLogEventsCommandOutput | undefined;
      for (let attempt = 0; page === undefined; attempt++) {
        try {
          page = await logs.send(new FilterLogEventsCommand(input));
        } catch (e) {
          if (!isThrottling(e) || attempt >= maxRetries) {
            rethrowAwsError(e, {
              service: 'logs',
              operation: 'FilterLogEvents',
              resource: query.logGroupName,
              ...clientTarget(logs),
              attempts:
                (attempt + 1) * ((e as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1),
            });
          }
          result.throttleRetries++;
          await wait(backoffDelay(attempt, query.random));
        }
      }
      result.pages++;
      for (const event of page.events ?? []) {
        if (event.message === undefined) continue;
        result.events++;
        // An event longer than a record can be is counted as a file's long line is, unread (the
        // length test first: UTF-16 units are never more than bytes, nor bytes than 3 units).
        if (event.message.length * 3 > MAX_LINE_BYTES && Buffer.byteLength(event.message) > MAX_LINE_BYTES)
          parser.longLineSkipped();
        // One message is one record; the newline makes the parser treat it as a whole line.
        else parser.push(Buffer.from(`${event.message}\n`));
      }
      nextToken = page.nextToken ?? undefined;
    } while (nextToken !== undefined);
  }
  parser.end();
  sink.fileRead(parser.format.fields, name);
  return result;
}
