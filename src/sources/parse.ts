/**
 * The byte-level flow-log line parser.
 *
 * It walks the bytes of each chunk once, converting numbers and IPv4 addresses in place, and fills
 * one reused {@link FlowRecord}; it never splits a line into strings. A line that is not a record
 * is reported to the sink with its line number and the parser moves on to the next line.
 */
import { DEFAULT_FIELDS, FieldSlot, looksLikeHeader, makeFormat, type RecordFormat } from './format.js';
import type { InterfaceTable } from './interfaces.js';
import { blockParserFor, type BlockParser } from './line-parser.js';
import { WasmLines } from './wasm-lines.js';
import { normalizeIpv6 } from '../analysis/net.js';
import { emptyRecord, FlowAction, FlowDirection, LogStatus, type FlowRecord } from './record.js';

/** Receives what the parser reads. The record object is reused: copy what you keep. */
export interface RecordSink {
  record(record: FlowRecord): void;
  malformed(line: number, message: string): void;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
/** AWS's records are under 1 KiB: a line past this is no record, and is skipped unread. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Blank lines after which runs of them are skipped by parseLines (see `blankLines`). */
const BLANK_HEAVY = 4096;
/** A run of blank lines worth skipping without the scanner. */
const BLANK_RUN = Buffer.alloc(16, 10);
const CR = 13;
const DASH = 45;
const MISSING = -1;
const INVALID = -2;
const ACCEPT = Buffer.from('ACCEPT');
const REJECT = Buffer.from('REJECT');
const OK = Buffer.from('OK');
const NODATA = Buffer.from('NODATA');
const SKIPDATA = Buffer.from('SKIPDATA');
const INGRESS = Buffer.from('ingress');
const EGRESS = Buffer.from('egress');

/** Which fast path takes the lines in the common shape (both give the same records). */
export type LineScanner = 'wasm' | 'js';

/** Parses a stream of text chunks into records, carrying partial lines between chunks. */
export class FlowLogParser {
  // The format and what follows from it are set by useFormat, from the constructor on.
  /** The format in use; replaced by the header line when the text starts with one. */
  format!: RecordFormat;
  private slots!: Uint8Array;
  /**
   * The fast path for lines in the common shape: the WebAssembly scanner where available, else
   * the generated JavaScript block parser; parseLine takes the other lines.
   */
  private wasm: WasmLines | undefined;
  private block!: BlockParser;
  private readonly blockState = { lines: 0 };
  private readonly onRecord: (r: FlowRecord) => void;
  /** A line the WebAssembly scanner left, after `taken` lines it parsed. */
  private readonly onOther = (buf: Uint8Array, start: number, newline: number, taken: number): void => {
    this.lineNumber += taken;
    this.parseLine(buf as Buffer, start, newline);
  };
  private lineNumber = 0;
  private carry: Buffer | undefined;
  /**
   * Inside a line longer than MAX_LINE_BYTES: its bytes are dropped up to its newline, never
   * gathered (a hostile file of one newline-free line must cost neither memory nor quadratic time).
   */
  private skipping = false;
  /**
   * Blank lines seen. The scanner hands each one back to parseLine, which costs about 90 ns: a
   * hostile gigabyte of newlines would take 90 s. Past BLANK_HEAVY of them, parseLines counts
   * runs of blank lines itself, a byte at a time (about 1 s per gigabyte).
   */
  private blankLines = 0;
  private readonly rec: FlowRecord = emptyRecord();

  constructor(
    private readonly interfaces: InterfaceTable,
    private readonly sink: RecordSink,
    format: RecordFormat = makeFormat(DEFAULT_FIELDS),
    private readonly scanner: LineScanner = 'wasm',
  ) {
    this.useFormat(format);
    this.onRecord = (r) => this.sink.record(r);
  }

  /** Switches to a format (the given one, or the one a header line names) and its fast paths. */
  private useFormat(format: RecordFormat): void {
    this.format = format;
    this.slots = format.slots;
    this.wasm = this.scanner === 'wasm' ? WasmLines.forFormat(format) : undefined;
    this.block = blockParserFor(format);
  }

  /** Bytes of an unfinished line held for the next chunk (at most MAX_LINE_BYTES). */
  get bufferedBytes(): number {
    return this.carry?.length ?? 0;
  }

  /** Lines read so far (records, header, blank and malformed lines). */
  get lines(): number {
    return this.lineNumber;
  }

  /** Parses every complete line of a chunk; the trailing partial line waits for the next chunk. */
  push(chunk: Buffer): void {
    let pos = 0;
    if (this.skipping) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl < 0) return;
      this.skipping = false;
      this.longLineSkipped();
      pos = nl + 1;
    } else if (this.carry !== undefined) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl < 0) {
        if (this.carry.length + chunk.length > MAX_LINE_BYTES) {
          this.carry = undefined;
          this.skipping = true;
        } else this.carry = Buffer.concat([this.carry, chunk]);
        return;
      }
      if (this.carry.length + nl > MAX_LINE_BYTES) {
        this.carry = undefined;
        this.longLineSkipped();
        pos = nl + 1;
      } else {
        const joined = Buffer.concat([this.carry, chunk.subarray(0, nl + 1)]);
        this.carry = undefined;
        this.parseLines(joined, 0);
        pos = nl + 1;
      }
    }
    this.parseLines(chunk, pos);
  }

  /**
   * Counts a line longer than MAX_LINE_BYTES as malformed; its bytes were never kept. Readers
   * whose lines come one by one (CloudWatch events) call it, between whole lines, for a line
   * they did not push.
   */
  longLineSkipped(): void {
    this.lineNumber++;
    this.sink.malformed(this.lineNumber, `line longer than ${MAX_LINE_BYTES} bytes, skipped`);
  }

  /** Parses the complete lines of `buf` from `pos`, and keeps the unfinished last one. */
  private parseLines(buf: Buffer, pos: number): void {
    // The generated parser only ever sees whole lines: its loops stop at the newline, so they
    // never read past the end of the buffer (which would make V8 drop its fast code).
    const complete = buf.lastIndexOf(NEWLINE) + 1;
    if (this.lineNumber === 0 && pos < complete) {
      // The first line of a text may be a header, which sets the format.
      const nl = buf.indexOf(NEWLINE, pos);
      this.parseLine(buf, pos, nl);
      pos = nl + 1;
    }
    if (this.wasm !== undefined) {
      while (pos < complete) {
        let stop = complete;
        if (this.blankLines > BLANK_HEAVY) {
          const from = pos;
          while (pos < complete && buf[pos] === NEWLINE) pos++;
          this.lineNumber += pos - from;
          // The scanner takes the lines up to the next run of blank lines.
          const run = pos < complete ? buf.indexOf(BLANK_RUN, pos) : -1;
          if (run >= 0 && run < complete) stop = run + 1;
          if (pos >= complete) break;
        }
        // (Not `lineNumber += run(…)`: run moves lineNumber on for the lines it hands back.)
        const taken = this.wasm.run(buf, pos, stop, this.rec, this.interfaces, this.onRecord, this.onOther);
        this.lineNumber += taken;
        pos = stop;
      }
      pos = complete;
    }
    while (pos < complete) {
      // The block parser takes every line in the exact shape AWS writes; any line it stops at
      // goes through parseLine.
      pos = this.block(buf, pos, complete, this.rec, this.interfaces, this.onRecord, this.blockState);
      this.lineNumber += this.blockState.lines;
      if (pos >= complete) break;
      const nl = buf.indexOf(NEWLINE, pos);
      this.parseLine(buf, pos, nl);
      pos = nl + 1;
    }
    if (pos < buf.length) {
      if (buf.length - pos > MAX_LINE_BYTES) this.skipping = true;
      else this.carry = Buffer.from(buf.subarray(pos));
    }
  }

  /** Parses the last line when the text does not end with a newline. */
  end(): void {
    if (this.skipping) {
      this.skipping = false;
      this.longLineSkipped();
    }
    if (this.carry !== undefined && this.carry.length > 0) {
      const last = this.carry;
      this.carry = undefined;
      this.parseLine(last, 0, last.length);
    }
  }

  /**
   * Drops the unfinished last line without reporting it, for a stream that broke off (truncated
   * gzip): that line is part of the file error, not a malformed record.
   */
  abandon(): void {
    this.carry = undefined;
    this.skipping = false;
  }

  private parseLine(buf: Buffer, start: number, stop: number): void {
    this.lineNumber++;
    let end = stop;
    if (end > start && buf[end - 1] === CR) end--;
    // Blank lines are not records and not errors.
    let first = start;
    while (first < end && (buf[first] === SPACE || buf[first] === TAB)) first++;
    if (first === end) {
      this.blankLines++;
      return;
    }
    const c0 = buf[first] as number;
    // A record starts with a digit, an address or an id; a header starts with a field name.
    if (c0 >= 97 && c0 <= 122 && this.isHeader(buf, first, end)) return;

    const r = this.rec;
    resetRecord(r);
    const slots = this.slots;
    const fieldCount = slots.length;
    let field = 0;
    let p = first;
    // The general path, for lines the generated parser did not take: any run of spaces or tabs
    // separates fields, and every problem is described with the field's name.
    while (p < end) {
      let c = buf[p] as number;
      if (c === SPACE || c === TAB) {
        p++;
        continue;
      }
      if (field >= fieldCount) {
        this.sink.malformed(this.lineNumber, `expected ${fieldCount} fields, found more`);
        return;
      }
      const slot = slots[field] as FieldSlot;
      let q = p + 1;
      while (q < end && (c = buf[q] as number) !== SPACE && c !== TAB) q++;
      const problem = slot === FieldSlot.Skip ? undefined : this.readField(slot, buf, p, q);
      if (problem !== undefined) {
        const value = buf.toString('latin1', p, Math.min(q, p + 60));
        this.sink.malformed(
          this.lineNumber,
          `${this.format.fields[field]}: ${problem}: '${value.length > 64 ? `${value.slice(0, 64)}…` : value}'`,
        );
        return;
      }
      field++;
      p = q;
    }
    if (field !== fieldCount) {
      this.sink.malformed(this.lineNumber, `expected ${fieldCount} fields, found ${field}`);
      return;
    }
    this.sink.record(r);
  }

  /** Reads one field into the record; returns what is wrong with it, or undefined. */
  private readField(slot: FieldSlot, buf: Buffer, p: number, q: number): string | undefined {
    const r = this.rec;
    switch (slot) {
      case FieldSlot.Interface:
        if (q - p === 1 && buf[p] === DASH) return undefined;
        r.interfaceIndex = this.interfaces.intern(buf, p, q);
        return undefined;
      case FieldSlot.SrcAddr:
      case FieldSlot.DstAddr: {
        const v4 = parseIpv4(buf, p, q);
        if (v4 === INVALID) {
          const v6 = normalizeIpv6(buf.toString('latin1', p, q));
          if (v6 === undefined) return 'not an IP address';
          if (slot === FieldSlot.SrcAddr) r.srcV6 = v6;
          else r.dstV6 = v6;
        } else if (slot === FieldSlot.SrcAddr) r.src4 = v4;
        else r.dst4 = v4;
        return undefined;
      }
      case FieldSlot.SrcPort:
      case FieldSlot.DstPort: {
        const n = parseUint(buf, p, q);
        if (n === INVALID || n > 65535) return 'not a port';
        if (slot === FieldSlot.SrcPort) r.srcPort = n;
        else r.dstPort = n;
        return undefined;
      }
      case FieldSlot.Protocol: {
        const n = parseUint(buf, p, q);
        if (n === INVALID || n > 255) return 'not a protocol number';
        r.protocol = n;
        return undefined;
      }
      case FieldSlot.Packets:
      case FieldSlot.Bytes: {
        const n = parseUint(buf, p, q);
        if (n === INVALID) return 'not a number';
        if (slot === FieldSlot.Packets) r.packets = n === MISSING ? 0 : n;
        else r.bytes = n === MISSING ? 0 : n;
        return undefined;
      }
      case FieldSlot.Start:
      case FieldSlot.End: {
        const n = parseUint(buf, p, q);
        if (n === INVALID) return 'not a Unix time';
        if (slot === FieldSlot.Start) r.start = n;
        else r.end = n;
        return undefined;
      }
      case FieldSlot.Action:
        return this.readAction(buf, p, q);
      case FieldSlot.LogStatus:
        return this.readStatus(buf, p, q);
      case FieldSlot.TcpFlags: {
        const n = parseUint(buf, p, q);
        if (n === INVALID) return 'not a number';
        r.tcpFlags = n;
        return undefined;
      }
      case FieldSlot.FlowDirection:
        return this.readDirection(buf, p, q);
      default:
        return undefined;
    }
  }

  private readAction(buf: Buffer, p: number, q: number): string | undefined {
    if (isWord(buf, p, q, ACCEPT)) this.rec.action = FlowAction.Accept;
    else if (isWord(buf, p, q, REJECT)) this.rec.action = FlowAction.Reject;
    else if (q - p === 1 && buf[p] === DASH) this.rec.action = FlowAction.None;
    else return 'expected ACCEPT, REJECT or -';
    return undefined;
  }

  private readStatus(buf: Buffer, p: number, q: number): string | undefined {
    if (isWord(buf, p, q, OK)) this.rec.status = LogStatus.Ok;
    else if (isWord(buf, p, q, NODATA)) this.rec.status = LogStatus.NoData;
    else if (isWord(buf, p, q, SKIPDATA)) this.rec.status = LogStatus.SkipData;
    else if (q - p === 1 && buf[p] === DASH) this.rec.status = LogStatus.Ok;
    else return 'expected OK, NODATA or SKIPDATA';
    return undefined;
  }

  private readDirection(buf: Buffer, p: number, q: number): string | undefined {
    if (isWord(buf, p, q, INGRESS)) this.rec.direction = FlowDirection.Ingress;
    else if (isWord(buf, p, q, EGRESS)) this.rec.direction = FlowDirection.Egress;
    else if (q - p === 1 && buf[p] === DASH) this.rec.direction = FlowDirection.Unknown;
    else return 'expected ingress, egress or -';
    return undefined;
  }

  private isHeader(buf: Buffer, start: number, end: number): boolean {
    // Only the first lines of a text can be a header; later ones are checked as records.
    if (this.lineNumber > 1) return false;
    const text = buf.toString('latin1', start, end);
    if (!looksLikeHeader(text)) return false;
    this.useFormat(makeFormat(text.trim().split(/\s+/)));
    return true;
  }
}

function resetRecord(r: FlowRecord): void {
  r.interfaceIndex = -1;
  r.src4 = -1;
  r.dst4 = -1;
  r.srcV6 = undefined;
  r.dstV6 = undefined;
  r.srcPort = -1;
  r.dstPort = -1;
  r.protocol = -1;
  r.packets = 0;
  r.bytes = 0;
  r.start = -1;
  r.end = -1;
  r.action = FlowAction.None;
  r.status = LogStatus.Ok;
  r.tcpFlags = -1;
  r.direction = FlowDirection.Unknown;
  r.count = 1;
}

/** Whether `buf[p, q)` is exactly `word`. */
function isWord(buf: Buffer, p: number, q: number, word: Buffer): boolean {
  if (q - p !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[p + i] !== word[i]) return false;
  return true;
}

/** Decimal digits to a number; MISSING for `-`, INVALID for anything else. */
function parseUint(buf: Buffer, p: number, q: number): number {
  if (q - p === 1 && buf[p] === DASH) return MISSING;
  if (q - p > 15) return INVALID;
  let n = 0;
  for (let i = p; i < q; i++) {
    const d = (buf[i] as number) - 48;
    if (d < 0 || d > 9) return INVALID;
    n = n * 10 + d;
  }
  return n;
}

/** Dotted quad to an unsigned 32-bit integer; MISSING for `-`, INVALID when not IPv4. */
function parseIpv4(buf: Buffer, p: number, q: number): number {
  if (q - p === 1 && buf[p] === DASH) return MISSING;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = p; i < q; i++) {
    const c = buf[i] as number;
    if (c === 46) {
      if (digits === 0 || dots === 3) return INVALID;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      const d = c - 48;
      if (d < 0 || d > 9 || digits === 3) return INVALID;
      octet = octet * 10 + d;
      if (octet > 255) return INVALID;
      digits++;
    }
  }
  if (dots !== 3 || digits === 0) return INVALID;
  return value * 256 + octet;
}
