/**
 * The report as a folder of CSV files (`export-traffic`), for Excel, Power BI or a script: the
 * findings, the rules with their usage, and the traffic per source, port, protocol, interface and
 * hour, the rejected traffic per port and source, and the anomalies. Every file has a header row
 * and is written as `--format csv` writes the rules (RFC 4180, text cells neutralised against
 * formula injection, see csv.ts); rows come in the report's order, the same on every run.
 *
 * What each number counts (the README says it for users): per source, inbound connection
 * attempts; per port and protocol, connection starts accepted (either direction) and inbound
 * attempts rejected; per interface, records of any action; per hour, records by action.
 */
import { csvRows, renderCsv, type CsvCell } from './csv.js';
import { findingFlows, formatProposal, ruleIndex } from './format.js';
import type { Finding, Report, TrafficListName } from './types.js';

/** One file of the folder: its name and its whole text. */
export interface CsvFile {
  name: string;
  text: string;
}

export const FINDING_CSV_COLUMNS = [
  'id',
  'severity',
  'type',
  'group_id',
  'group_name',
  'rule_id',
  'peer',
  'title',
  'message',
  'flows',
  'proposed_action',
  'proposed_change',
  'suppressed_reason',
  'suppressed_expires',
] as const;
export const SOURCE_CSV_COLUMNS = ['source', 'accepted', 'rejected', 'total', 'distinct_ports'] as const;
export const PORT_CSV_COLUMNS = ['protocol', 'port', 'accepted', 'rejected', 'total'] as const;
export const PROTOCOL_CSV_COLUMNS = ['protocol', 'accepted', 'rejected', 'total'] as const;
export const INTERFACE_CSV_COLUMNS = [
  'interface_id',
  'in_inventory',
  'group_ids',
  'records',
  'skip_data_records',
] as const;
export const HOUR_CSV_COLUMNS = ['start', 'end', 'accepted', 'rejected', 'total'] as const;
export const REJECTED_PORT_CSV_COLUMNS = ['protocol', 'port', 'rejected'] as const;
export const REJECTED_SOURCE_CSV_COLUMNS = ['source', 'rejected'] as const;
export const ANOMALY_CSV_COLUMNS = [
  'type',
  'severity',
  'finding_id',
  'source',
  'bucket_start',
  'distinct_ports',
  'accepted',
  'rejected',
  'median_records',
  'title',
  'suppressed',
] as const;

/** The finding types that are anomalies of the traffic rather than of a rule. */
const ANOMALY_TYPES: ReadonlySet<string> = new Set(['port-scan', 'unknown-source', 'traffic-spike']);

/** The file each list cut at the report's `listLimit` is written to. */
export const LIST_FILES: Readonly<Record<TrafficListName, string>> = {
  sources: 'traffic-by-source.csv',
  ports: 'traffic-by-port.csv',
  interfaces: 'traffic-by-interface.csv',
  rejectedSources: 'rejected-by-source.csv',
  rejectedPorts: 'rejected-by-port.csv',
};

/** The files, in the order they are listed; a report without the traffic lists gives headers only. */
export function trafficCsvFiles(report: Report): CsvFile[] {
  const t = report.traffic;
  const file = (name: string, columns: readonly string[], rows: CsvCell[][]): CsvFile => ({
    name,
    text: csvRows([columns, ...rows]),
  });
  return [
    file('findings.csv', FINDING_CSV_COLUMNS, findingRows(report)),
    { name: 'rules.csv', text: renderCsv(report) },
    file(
      LIST_FILES.sources,
      SOURCE_CSV_COLUMNS,
      (t.sources ?? []).map((s) => [s.address, s.accepted, s.rejected, s.accepted + s.rejected, s.ports]),
    ),
    file(
      LIST_FILES.ports,
      PORT_CSV_COLUMNS,
      (t.ports ?? []).map((p) => [p.protocol, p.port, p.accepted, p.rejected, p.accepted + p.rejected]),
    ),
    file(
      'traffic-by-protocol.csv',
      PROTOCOL_CSV_COLUMNS,
      (t.protocols ?? []).map((p) => [p.protocol, p.accepted, p.rejected, p.accepted + p.rejected]),
    ),
    file(
      LIST_FILES.interfaces,
      INTERFACE_CSV_COLUMNS,
      (t.interfaces ?? []).map((i) => [
        i.interfaceId,
        i.inInventory ? 'true' : 'false',
        i.groupIds.join(' '),
        i.records,
        i.skipData ?? '',
      ]),
    ),
    file(
      'traffic-by-hour.csv',
      HOUR_CSV_COLUMNS,
      t.buckets.map((b) => [
        b.start,
        bucketEnd(b.start, t.bucketSeconds),
        b.accepted,
        b.rejected,
        b.accepted + b.rejected,
      ]),
    ),
    file(
      LIST_FILES.rejectedPorts,
      REJECTED_PORT_CSV_COLUMNS,
      (t.rejectedPorts ?? []).map((p) => [p.protocol, p.port, p.flows]),
    ),
    file(
      LIST_FILES.rejectedSources,
      REJECTED_SOURCE_CSV_COLUMNS,
      (t.rejectedSources ?? []).map((s) => [s.address, s.flows]),
    ),
    file(
      'anomalies.csv',
      ANOMALY_CSV_COLUMNS,
      report.findings.filter((f) => ANOMALY_TYPES.has(f.type)).map(anomalyCells),
    ),
  ];
}

/** The end of a time bucket, as the report writes times. */
function bucketEnd(start: string, seconds: number): string {
  return new Date(Date.parse(start) + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function findingRows(report: Report): CsvCell[][] {
  const ruleOf = ruleIndex(report);
  const groupNames = new Map(report.rules.map((r) => [r.groupId, r.groupName]));
  return report.findings.map((f) => {
    const groupName =
      (f.groupId === undefined ? undefined : groupNames.get(f.groupId)) ?? text(f.evidence['groupName']);
    return [
      f.id,
      f.severity,
      f.type,
      f.groupId ?? '',
      groupName,
      f.ruleId ?? '',
      f.peer ?? '',
      f.title,
      f.message,
      findingFlows(f),
      f.proposal?.action ?? '',
      formatProposal(f, ruleOf(f)) ?? '',
      f.suppressed?.reason ?? '',
      f.suppressed?.expires ?? '',
    ];
  });
}

/** A port scan, an unknown source or a traffic spike, from its finding's evidence. */
function anomalyCells(f: Finding): CsvCell[] {
  const e = f.evidence;
  // An unknown source's evidence counts its accepted connections as `flows`.
  const accepted = f.type === 'unknown-source' ? count(e['flows']) : count(e['accepted']);
  return [
    f.type,
    f.severity,
    f.id,
    f.peer ?? '',
    // Spike evidence writes milliseconds; the hour file does not.
    text(e['start']).replace(/\.000Z$/, 'Z'),
    count(e['distinctPorts']),
    accepted,
    count(e['rejected']),
    count(e['median']),
    f.title,
    f.suppressed === undefined ? 'false' : 'true',
  ];
}

function count(value: unknown): CsvCell {
  return typeof value === 'number' && Number.isFinite(value) ? value : '';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
