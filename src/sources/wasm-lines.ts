/**
 * The WebAssembly line scanner (wasm/lines.wat) behind the parser's fast path.
 *
 * Scanning bytes is what a flow-log reader does most, and WebAssembly does it without the
 * per-byte checks JavaScript's typed arrays carry: the scanner parses batches of lines into
 * column arrays, and this module turns each row into the parser's reused record. It takes the
 * same lines as the generated JavaScript block parser (line-parser.ts) and stops where that one
 * would; tests hold the two to the same records. Where WebAssembly is not available the parser
 * uses the JavaScript one.
 */
import { FieldSlot, type RecordFormat } from './format.js';
import type { InterfaceTable } from './interfaces.js';
import type { FlowRecord } from './record.js';
import { LINES_WASM, RESERVED_BYTES, SPECIALIZED_SCANNERS } from './wasm/lines.js';

type Scan = (p: number, limit: number, format: number, fields: number, out: number, max: number) => number;

interface ScannerExports {
  /** The generic scanner; the specialized ones (SPECIALIZED_SCANNERS) have the same signature. */
  scan: Scan;
  stop: { value: number };
}

/** The part of the WebAssembly API used here (Node's type definitions do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  Memory: new (descriptor: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
}
const WebAssemblyApi = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;

/** Rows per batch: the column arrays stay in the first-level cache. */
const BATCH = 512;
/** After the module's own data (its IPv4 shuffles), on a 64-byte boundary. */
const FORMAT_AT = Math.ceil(RESERVED_BYTES / 64) * 64;
const MAX_FIELDS = 256;
const OUT_AT = FORMAT_AT + MAX_FIELDS;
const I32_COLUMNS = 9;
const F64_COLUMNS = 6;
const TEXT_AT = OUT_AT + BATCH * (I32_COLUMNS * 4 + F64_COLUMNS * 8);
/** Text copied in per call; larger stretches go in pieces that end at a line end. */
export const TEXT_BYTES = 1 << 20;
/** Word comparisons may read a few bytes past a line's end: keep them inside the memory. */
const SLACK = 64;
const PAGES = Math.ceil((TEXT_AT + TEXT_BYTES + SLACK) / 65536);

let compiled: object | undefined | null;

function scannerModule(): object | undefined {
  if (compiled === undefined) {
    try {
      compiled = WebAssemblyApi ? new WebAssemblyApi.Module(Buffer.from(LINES_WASM, 'base64')) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled ?? undefined;
}

/**
 * A scanner for one format: its own memory, with the format written in once. It keeps nothing
 * between calls, so the parsers of a thread share one per format.
 */
export class WasmLines {
  private static readonly byFormat = new Map<string, WasmLines | undefined>();

  private readonly exports: ScannerExports;
  /** The scanner for this format: one specialized for it when there is one, else the generic one. */
  private readonly scan: Scan;
  /** Whether the format has a specialized scanner. */
  readonly specialized: boolean;
  private readonly u8: Uint8Array;
  private readonly i32: Int32Array;
  private readonly f64: Float64Array;
  private readonly fields: number;

  private constructor(exports: object, memory: { buffer: ArrayBuffer }, format: RecordFormat) {
    this.exports = exports as ScannerExports;
    const specialized = SPECIALIZED_SCANNERS[format.fields.join(' ')];
    this.specialized = specialized !== undefined;
    this.scan = specialized
      ? ((exports as Record<string, Scan>)[specialized] ?? this.exports.scan)
      : this.exports.scan;
    this.u8 = new Uint8Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer, OUT_AT, BATCH * I32_COLUMNS);
    this.f64 = new Float64Array(memory.buffer, OUT_AT + BATCH * I32_COLUMNS * 4, BATCH * F64_COLUMNS);
    this.fields = format.slots.length;
    this.u8.set(format.slots, FORMAT_AT);
    // The scanner writes only the columns of the format's fields: the others hold their
    // defaults, set here once.
    const present = new Set(format.slots);
    const fill = (column: Int32Array | Float64Array, index: number, value: number): void => {
      column.fill(value, index * BATCH, (index + 1) * BATCH);
    };
    if (!present.has(FieldSlot.Interface)) fill(this.i32, 1, 0);
    if (!present.has(FieldSlot.SrcPort)) fill(this.i32, 4, -1);
    if (!present.has(FieldSlot.DstPort)) fill(this.i32, 5, -1);
    if (!present.has(FieldSlot.Protocol)) fill(this.i32, 6, -1);
    if (!present.has(FieldSlot.TcpFlags)) fill(this.i32, 7, -1);
    if (!present.has(FieldSlot.SrcAddr)) fill(this.f64, 0, -1);
    if (!present.has(FieldSlot.DstAddr)) fill(this.f64, 1, -1);
    if (!present.has(FieldSlot.Packets)) fill(this.f64, 2, 0);
    if (!present.has(FieldSlot.Bytes)) fill(this.f64, 3, 0);
    if (!present.has(FieldSlot.Start)) fill(this.f64, 4, -1);
    if (!present.has(FieldSlot.End)) fill(this.f64, 5, -1);
  }

  /** The thread's scanner for a format, or undefined where WebAssembly is not available. */
  static forFormat(format: RecordFormat): WasmLines | undefined {
    const key = format.fields.join(' ');
    if (!WasmLines.byFormat.has(key)) WasmLines.byFormat.set(key, WasmLines.create(format));
    return WasmLines.byFormat.get(key);
  }

  private static create(format: RecordFormat): WasmLines | undefined {
    const module = scannerModule();
    if (module === undefined || format.slots.length === 0 || format.slots.length > MAX_FIELDS)
      return undefined;
    const api = WebAssemblyApi as WebAssemblyApi;
    const memory = new api.Memory({ initial: PAGES, maximum: PAGES });
    const instance = new api.Instance(module, { env: { memory } });
    return new WasmLines(instance.exports, memory, format);
  }

  /**
   * Parses the complete lines of `buf[pos, end)` (`end` is just past a newline): the lines in the
   * common shape go to `onRecord`, each other line to `onOther` (its start and newline in `buf`,
   * and how many lines went to `onRecord` since the last call, so that line numbers stay right).
   * Returns how many lines went to `onRecord` after the last `onOther`.
   */
  run(
    buf: Uint8Array,
    pos: number,
    end: number,
    r: FlowRecord,
    interfaces: InterfaceTable,
    onRecord: (r: FlowRecord) => void,
    onOther: (buf: Uint8Array, start: number, newline: number, taken: number) => void,
  ): number {
    let taken = 0;
    while (pos < end) {
      let pieceEnd = end;
      if (end - pos > TEXT_BYTES) {
        pieceEnd = buf.lastIndexOf(10, pos + TEXT_BYTES - 1) + 1;
        if (pieceEnd <= pos) {
          // One line longer than the text area: the JavaScript parser takes it.
          const newline = buf.indexOf(10, pos);
          onOther(buf, pos, newline, taken);
          taken = 0;
          pos = newline + 1;
          continue;
        }
      }
      // The piece is copied in once; the scanner resumes after each line it leaves.
      this.u8.set(buf.subarray(pos, pieceEnd), TEXT_AT);
      const shift = pos - TEXT_AT;
      const limit = TEXT_AT + (pieceEnd - pos);
      let p = TEXT_AT;
      while (p < limit) {
        const n = this.scan(p, limit, FORMAT_AT, this.fields, OUT_AT, BATCH);
        this.deliver(n, r, interfaces, onRecord);
        taken += n;
        p = this.exports.stop.value;
        if (p >= limit || n === BATCH) continue;
        const newline = buf.indexOf(10, p + shift);
        onOther(buf, p + shift, newline, taken);
        taken = 0;
        p = newline + 1 - shift;
      }
      pos = pieceEnd;
    }
    return taken;
  }

  /** Hands out the rows of a batch, one at a time, in the reused record. */
  private deliver(
    n: number,
    r: FlowRecord,
    interfaces: InterfaceTable,
    onRecord: (r: FlowRecord) => void,
  ): void {
    const i32 = this.i32;
    const f64 = this.f64;
    const u8 = this.u8;
    r.srcV6 = undefined;
    r.dstV6 = undefined;
    r.count = 1;
    for (let i = 0; i < n; i++) {
      const idStart = i32[i] as number;
      const idLength = i32[BATCH + i] as number;
      r.interfaceIndex =
        idLength === 0 || (idLength === 1 && u8[idStart] === 45)
          ? -1
          : interfaces.internHashed(
              u8,
              idStart,
              idStart + idLength,
              i32[2 * BATCH + i] as number,
              i32[3 * BATCH + i] as number,
            );
      r.srcPort = i32[4 * BATCH + i] as number;
      r.dstPort = i32[5 * BATCH + i] as number;
      r.protocol = i32[6 * BATCH + i] as number;
      r.tcpFlags = i32[7 * BATCH + i] as number;
      const words = i32[8 * BATCH + i] as number;
      r.action = words & 15;
      r.status = (words >> 4) & 15;
      r.direction = words >> 8;
      r.src4 = f64[i] as number;
      r.dst4 = f64[BATCH + i] as number;
      r.packets = f64[2 * BATCH + i] as number;
      r.bytes = f64[3 * BATCH + i] as number;
      r.start = f64[4 * BATCH + i] as number;
      r.end = f64[5 * BATCH + i] as number;
      onRecord(r);
    }
  }
}
