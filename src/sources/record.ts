import { normalizeIpv6, parseIpv4 } from '../analysis/net.js';

/**
 * One flow-log record, or an aggregate of identical records, as the analysis consumes it.
 *
 * The parser reuses a single mutable instance for every line, so that reading gigabytes does
 * not allocate per record; a consumer that keeps anything must copy the fields it needs.
 * A query engine can feed the same shape with `count` > 1 (one row per group of records).
 */
export interface FlowRecord {
  /** Index of the interface id in the reader's interface table, -1 when the field is `-` or absent. */
  interfaceIndex: number;
  /** IPv4 address as an unsigned 32-bit integer when `srcV6` is undefined; -1 when missing. */
  src4: number;
  dst4: number;
  /** IPv6 addresses (normalized text) when the record is IPv6. */
  srcV6: string | undefined;
  dstV6: string | undefined;
  /** -1 when the field is `-` or absent. */
  srcPort: number;
  dstPort: number;
  protocol: number;
  packets: number;
  bytes: number;
  /** Unix seconds; -1 when missing. */
  start: number;
  end: number;
  action: FlowAction;
  status: LogStatus;
  /** Bitwise OR of the TCP flags seen in the aggregation interval; -1 when not in the format. */
  tcpFlags: number;
  direction: FlowDirection;
  /** How many identical records this row stands for (1 when it comes from a parser). */
  count: number;
  /**
   * Who started the connection, when a query engine already judged it from the record's flags
   * and ports (a value of classifyStart in src/analysis/initiator.ts, so that the remote port can
   * be left out of the aggregation); {@link NOT_JUDGED} for records from a parser.
   */
  initiator: number;
}

/** `initiator` of a record that the analysis judges itself. */
export const NOT_JUDGED = 127;

export enum FlowAction {
  None = 0,
  Accept = 1,
  Reject = 2,
}

export enum LogStatus {
  Ok = 0,
  NoData = 1,
  SkipData = 2,
}

export enum FlowDirection {
  Unknown = 0,
  Ingress = 1,
  Egress = 2,
}

/**
 * Sets a record's two addresses from the `srcaddr` and `dstaddr` columns of a row (Parquet, an
 * aggregate); `-`, empty or null is missing. Returns the problem of a value that is no address.
 */
export function setAddresses(r: FlowRecord, row: Readonly<Record<string, unknown>>): string | undefined {
  r.src4 = -1;
  r.dst4 = -1;
  r.srcV6 = undefined;
  r.dstV6 = undefined;
  for (const side of ['srcaddr', 'dstaddr'] as const) {
    const text = row[side];
    if (text === null || text === undefined || text === '' || text === '-') continue;
    if (typeof text !== 'string') return `${side}: not an IP address`;
    const v4 = parseIpv4(text);
    const v6 = v4 === undefined ? normalizeIpv6(text) : undefined;
    if (v4 === undefined && v6 === undefined) return `${side}: not an IP address: '${text.slice(0, 60)}'`;
    if (side === 'srcaddr') [r.src4, r.srcV6] = [v4 ?? -1, v6];
    else [r.dst4, r.dstV6] = [v4 ?? -1, v6];
  }
  return undefined;
}

/** A fresh record with every field missing. */
export function emptyRecord(): FlowRecord {
  return {
    interfaceIndex: -1,
    src4: -1,
    dst4: -1,
    srcV6: undefined,
    dstV6: undefined,
    srcPort: -1,
    dstPort: -1,
    protocol: -1,
    packets: 0,
    bytes: 0,
    start: -1,
    end: -1,
    action: FlowAction.None,
    status: LogStatus.Ok,
    tcpFlags: -1,
    direction: FlowDirection.Unknown,
    count: 1,
    initiator: NOT_JUDGED,
  };
}

/** Where a malformed line or an unreadable file was found, for `input.errors`. */
export interface InputError {
  file: string;
  line?: number;
  message: string;
}
