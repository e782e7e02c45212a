/**
 * Shared helpers for the source tests: run the parser or a file reader and copy what comes out
 * (the parser reuses one record object, so every record is copied on arrival).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIpv4 } from '../../src/analysis/net.js';
import type { ReaderSink } from '../../src/sources/file.js';
import type { RecordFormat } from '../../src/sources/format.js';
import { InterfaceTable } from '../../src/sources/interfaces.js';
import { FlowLogParser, type LineScanner } from '../../src/sources/parse.js';
import { FlowAction, FlowDirection, LogStatus, type FlowRecord } from '../../src/sources/record.js';

/** A record as text, so that expectations read like the log line. */
export interface Row {
  eni: string | undefined;
  src: string | undefined;
  dst: string | undefined;
  srcPort: number;
  dstPort: number;
  protocol: number;
  packets: number;
  bytes: number;
  start: number;
  end: number;
  action: 'ACCEPT' | 'REJECT' | '-';
  status: 'OK' | 'NODATA' | 'SKIPDATA';
  tcpFlags: number;
  direction: 'ingress' | 'egress' | '-';
  count: number;
}

function address(v4: number, v6: string | undefined): string | undefined {
  if (v6 !== undefined) return v6;
  return v4 >= 0 ? formatIpv4(v4) : undefined;
}

export function toRow(r: FlowRecord, table: InterfaceTable): Row {
  return {
    eni: r.interfaceIndex >= 0 ? table.name(r.interfaceIndex) : undefined,
    src: address(r.src4, r.srcV6),
    dst: address(r.dst4, r.dstV6),
    srcPort: r.srcPort,
    dstPort: r.dstPort,
    protocol: r.protocol,
    packets: r.packets,
    bytes: r.bytes,
    start: r.start,
    end: r.end,
    action: r.action === FlowAction.Accept ? 'ACCEPT' : r.action === FlowAction.Reject ? 'REJECT' : '-',
    status: r.status === LogStatus.NoData ? 'NODATA' : r.status === LogStatus.SkipData ? 'SKIPDATA' : 'OK',
    tcpFlags: r.tcpFlags,
    direction:
      r.direction === FlowDirection.Ingress
        ? 'ingress'
        : r.direction === FlowDirection.Egress
          ? 'egress'
          : '-',
    count: r.count,
  };
}

export interface Parsed {
  records: FlowRecord[];
  rows: Row[];
  malformed: { line: number; message: string }[];
  parser: FlowLogParser;
  table: InterfaceTable;
}

/**
 * Parses text with a fresh parser. `splits` are byte offsets at which the text is cut into
 * separate chunks (sorted, each within the text).
 */
export function parseText(
  text: string | Buffer,
  options: {
    format?: RecordFormat;
    splits?: readonly number[];
    table?: InterfaceTable;
    scanner?: LineScanner;
  } = {},
): Parsed {
  const table = options.table ?? new InterfaceTable();
  const records: FlowRecord[] = [];
  const malformed: Parsed['malformed'] = [];
  const parser = new FlowLogParser(
    table,
    {
      record: (r) => records.push({ ...r }),
      malformed: (line, message) => malformed.push({ line, message }),
    },
    options.format,
    options.scanner,
  );
  const buf = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  let at = 0;
  for (const cut of options.splits ?? []) {
    parser.push(buf.subarray(at, cut));
    at = cut;
  }
  parser.push(buf.subarray(at));
  parser.end();
  return { records, rows: records.map((r) => toRow(r, table)), malformed, parser, table };
}

/** Everything a file reader reported, in order. */
export class ReaderLog implements ReaderSink {
  readonly records: FlowRecord[] = [];
  readonly malformedLines: { file: string; line: number; message: string }[] = [];
  readonly fileErrors: { file: string; message: string }[] = [];
  readonly filesRead: string[][] = [];

  constructor(readonly table: InterfaceTable = new InterfaceTable()) {}

  record(r: FlowRecord): void {
    this.records.push({ ...r });
  }
  malformed(file: string, line: number, message: string): void {
    this.malformedLines.push({ file, line, message });
  }
  fileError(file: string, message: string): void {
    this.fileErrors.push({ file, message });
  }
  fileRead(fields: readonly string[]): void {
    this.filesRead.push([...fields]);
  }
  get rows(): Row[] {
    return this.records.map((r) => toRow(r, this.table));
  }
}

/** A fresh temporary directory, and a function that removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `sg-flow-audit-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The version 2 default header line AWS writes at the top of S3 text objects. */
export const V2_HEADER =
  'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
