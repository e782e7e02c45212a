/**
 * Runs a query in Athena and reads its result: StartQueryExecution in a workgroup, GetQueryExecution
 * until it ends, then the result CSV that Athena wrote to the output location, streamed from S3
 * (GetQueryResults pages a thousand rows at a time; the CSV is one GetObject).
 */
import {
  GetQueryExecutionCommand,
  StartQueryExecutionCommand,
  type AthenaClient,
  type QueryExecution,
} from '@aws-sdk/client-athena';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { clientTarget } from '../../aws/clients.js';
import { rethrowAwsError } from '../../aws/errors.js';
import { sleep as realSleep } from '../../aws/util.js';
import { ConfigurationError } from '../../errors.js';
import type { ReaderSink } from '../file.js';
import type { InterfaceTable } from '../interfaces.js';
import { parseS3Url } from '../s3-url.js';
import { readAggregateStream } from './csv.js';

export interface AthenaQueryOptions {
  /** `--athena-workgroup`; Athena's `primary` when absent. */
  workgroup?: string | undefined;
  /** `--athena-output s3://…/`; without it the workgroup's own output location is used. */
  output?: string | undefined;
  /** The database of unqualified table names. */
  database?: string | undefined;
  /** How long to wait for the query, in ms. Default 30 minutes. */
  timeoutMs?: number | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** A finished query: its id, where the result is, and what Athena read (the cost). */
export interface AthenaQueryResult {
  queryExecutionId: string;
  outputLocation: string;
  bytesScanned: number;
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** Starts a query and waits for it; a failed or cancelled query is one line naming Athena's reason. */
export async function runAthenaQuery(
  athena: AthenaClient,
  sql: string,
  options: AthenaQueryOptions,
): Promise<AthenaQueryResult> {
  const target = clientTarget(athena);
  const call = (operation: string) => ({ service: 'athena' as const, operation, ...target });
  let id: string | undefined;
  try {
    const started = await athena.send(
      new StartQueryExecutionCommand({
        QueryString: sql,
        ...(options.workgroup !== undefined ? { WorkGroup: options.workgroup } : {}),
        ...(options.output !== undefined ? { ResultConfiguration: { OutputLocation: options.output } } : {}),
        ...(options.database !== undefined ? { QueryExecutionContext: { Database: options.database } } : {}),
      }),
    );
    id = started.QueryExecutionId;
  } catch (e) {
    rethrowAwsError(e, { ...call('StartQueryExecution'), resource: options.workgroup ?? 'primary' });
  }
  if (id === undefined) throw new ConfigurationError('Athena StartQueryExecution returned no query id');
  const sleep = options.sleep ?? realSleep;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let wait = 250;
  for (;;) {
    let execution: QueryExecution | undefined;
    try {
      execution = (await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }))).QueryExecution;
    } catch (e) {
      rethrowAwsError(e, { ...call('GetQueryExecution'), resource: id });
    }
    const state = execution?.Status?.State;
    if (state === 'SUCCEEDED') {
      const outputLocation = execution?.ResultConfiguration?.OutputLocation;
      if (outputLocation === undefined)
        throw new ConfigurationError(
          `Athena query ${id} succeeded without an output location: pass --athena-output s3://…/`,
        );
      return {
        queryExecutionId: id,
        outputLocation,
        bytesScanned: execution?.Statistics?.DataScannedInBytes ?? 0,
      };
    }
    if (state === 'FAILED' || state === 'CANCELLED')
      throw new ConfigurationError(
        `Athena query ${id} ${state.toLowerCase()}: ${(execution?.Status?.StateChangeReason ?? 'no reason given').split('\n')[0]}`,
      );
    if (Date.now() > deadline)
      throw new ConfigurationError(
        `Athena query ${id} did not finish in ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 60_000)} minutes`,
      );
    await sleep(wait);
    wait = Math.min(wait * 2, 5_000);
  }
}

/** Reads the result CSV of a finished query into the sink; returns the rows read. */
export async function readAthenaResult(
  s3: S3Client,
  result: AthenaQueryResult,
  sink: ReaderSink,
  interfaces: InterfaceTable,
): Promise<number> {
  const { bucket, prefix: key } = parseS3Url(result.outputLocation);
  let body: Readable;
  try {
    body = (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body as Readable;
  } catch (e) {
    rethrowAwsError(e, {
      service: 's3',
      operation: 'GetObject',
      resource: result.outputLocation,
      ...clientTarget(s3),
    });
  }
  const { rows } = await readAggregateStream(result.outputLocation, body, sink, interfaces);
  return rows;
}
