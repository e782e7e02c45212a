/**
 * Turns aggregate rows (column name → text, as CSV or a Logs Insights answer gives them) into
 * records for the collector: one record with `count` = the row's records, its initiator already
 * judged. One record object is reused, as the line parser does.
 */
import type { ReaderSink } from '../file.js';
import type { InterfaceTable } from '../interfaces.js';
import {
  emptyRecord,
  FlowAction,
  FlowDirection,
  LogStatus,
  setAddresses,
  type FlowRecord,
} from '../record.js';
import { aggregateFields, INITIATORS, REQUIRED_COLUMNS } from './columns.js';

export type AggregateRow = Readonly<Record<string, string | undefined>>;

/** Feeds rows of one aggregate (a file, an Athena result, a Logs Insights answer) into a sink. */
export class AggregateFeeder {
  /** Rows read, good or malformed. */
  rows = 0;
  private readonly r: FlowRecord = emptyRecord();
  private flagsSeen = false;
  private directionSeen = false;

  constructor(
    private readonly name: string,
    private readonly sink: ReaderSink,
    private readonly interfaces: InterfaceTable,
  ) {}

  /**
   * The columns a header names that an aggregate must have, or undefined when they are all there.
   */
  static missingColumns(columns: readonly string[]): string[] | undefined {
    const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
    return missing.length > 0 ? missing : undefined;
  }

  /** Takes one row; a row that does not fit is counted as a malformed line of the aggregate. */
  row(row: AggregateRow): void {
    this.rows++;
    const problem = this.fill(row);
    if (problem === undefined) this.sink.record(this.r);
    // Row 1 is the header line.
    else this.sink.malformed(this.name, this.rows + 1, problem);
  }

  /** The aggregate was read to its end. */
  done(): void {
    this.sink.fileRead(aggregateFields(this.flagsSeen, this.directionSeen), this.name);
  }

  private fill(row: AggregateRow): string | undefined {
    const r = this.r;
    const eni = row['interface_id'];
    r.interfaceIndex = eni !== undefined && eni !== '' && eni !== '-' ? this.interfaces.add(eni) : -1;
    const bad = setAddresses(r, row);
    if (bad !== undefined) return bad;
    r.srcPort = integer(row['srcport']);
    r.dstPort = integer(row['dstport']);
    r.protocol = integer(row['protocol']);
    if (
      r.srcPort > 65535 ||
      r.dstPort > 65535 ||
      r.protocol > 255 ||
      [r.srcPort, r.dstPort, r.protocol].some(Number.isNaN)
    )
      return 'port or protocol out of range';
    const count = integer(row['records']);
    if (!(count >= 1))
      return `records: expected a count of at least 1, got '${(row['records'] ?? '').slice(0, 64)}'`;
    r.count = count;
    r.packets = Math.max(0, integer(row['packets']) || 0);
    r.bytes = Math.max(0, integer(row['bytes']) || 0);
    r.start = integer(row['first_start']);
    r.end = integer(row['last_end']);
    if (Number.isNaN(r.start) || Number.isNaN(r.end)) return 'first_start or last_end: not a Unix time';
    const initiator = INITIATORS[row['initiator'] ?? ''];
    const status = row['log_status'];
    r.status =
      status === 'NODATA' ? LogStatus.NoData : status === 'SKIPDATA' ? LogStatus.SkipData : LogStatus.Ok;
    const action = row['action'];
    r.action =
      action === 'ACCEPT' ? FlowAction.Accept : action === 'REJECT' ? FlowAction.Reject : FlowAction.None;
    // Rows without data (NODATA, SKIPDATA) judge nothing; every other row must say who started.
    if (initiator === undefined && r.status === LogStatus.Ok && r.action !== FlowAction.None)
      return `initiator: expected one of ${Object.keys(INITIATORS).join(', ')}, got '${(row['initiator'] ?? '').slice(0, 64)}'`;
    r.initiator = initiator ?? (INITIATORS['start-guess'] as number);
    r.tcpFlags = -1;
    const direction = row['flow_direction'];
    r.direction =
      direction === 'ingress'
        ? FlowDirection.Ingress
        : direction === 'egress'
          ? FlowDirection.Egress
          : FlowDirection.Unknown;
    if (r.direction !== FlowDirection.Unknown) this.directionSeen = true;
    if (row['flags_seen'] === '1' || row['flags_seen'] === 'true') this.flagsSeen = true;
    return undefined;
  }
}

/** A non-negative integer column; -1 when empty or `-`, NaN when it is not a number. */
function integer(text: string | undefined): number {
  if (text === undefined || text === '' || text === '-') return -1;
  if (!/^\d{1,15}$/.test(text)) return /^\d+\.0*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  return Number(text);
}
