/**
 * Reads an aggregate as CSV with a header line: the result format of Athena (every value quoted,
 * NULL as an empty field), of DuckDB's COPY, or of any engine a user runs the query in. A local
 * file, or an S3 object's body; gzip is recognised by its first bytes.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { contentOf, type ReaderSink } from '../file.js';
import type { InterfaceTable } from '../interfaces.js';
import { peek } from '../peek.js';
import { AggregateFeeder, type AggregateRow } from './rows.js';

/**
 * The longest row read, in characters: a real row is under 300. Anything longer is a hostile or
 * broken file, and csv-parse would otherwise buffer a field without a closing quote to the end.
 */
const MAX_ROW_CHARS = 64 * 1024;

export interface AggregateReadResult {
  /** Rows read, good or malformed. */
  rows: number;
}

/** Reads an aggregate CSV file into the sink; a file that cannot be read is a file error. */
export async function readAggregateFile(
  path: string,
  sink: ReaderSink,
  interfaces: InterfaceTable,
): Promise<AggregateReadResult> {
  let stream: Readable;
  try {
    stream = createReadStream(path);
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  } catch (e) {
    sink.fileError(
      path,
      `cannot read the aggregate (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
    return { rows: 0 };
  }
  return readAggregateStream(path, stream, sink, interfaces);
}

/**
 * Reads an aggregate CSV from a stream into the sink. A row that does not fit is a malformed line;
 * a file that breaks off (bad quoting, a row over the limit) is a file error after the rows read.
 */
export async function readAggregateStream(
  name: string,
  body: Readable,
  sink: ReaderSink,
  interfaces: InterfaceTable,
): Promise<AggregateReadResult> {
  const feeder = new AggregateFeeder(name, sink, interfaces);
  try {
    const { head, rest } = await peek(body, 2);
    const text = contentOf(head) === 'gzip' ? rest.pipe(createGunzip()) : rest;
    const parser = text.pipe(
      parse({ columns: header, bom: true, skip_empty_lines: true, max_record_size: MAX_ROW_CHARS }),
    );
    for await (const row of parser as AsyncIterable<AggregateRow>) feeder.row(row);
    feeder.done();
  } catch (e) {
    sink.fileError(name, `not a readable aggregate (${oneLine(e)}) after row ${feeder.rows}`);
  }
  return { rows: feeder.rows };
}

/** Checks the header line: every required column, names as they are. */
function header(columns: string[]): string[] {
  const missing = AggregateFeeder.missingColumns(columns);
  if (missing) throw new Error(`the header has no column ${missing.join(', ')}`);
  return columns;
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
}
