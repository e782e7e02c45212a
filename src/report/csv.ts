/**
 * The rules as CSV (`--format csv`): one row per security-group rule with its usage, the change
 * proposed for it and the types of the findings about it, for Excel, Power BI or a script.
 *
 * RFC 4180: a header row, CRLF after every row, a field quoted when it holds a comma, a double
 * quote, CR or LF, and quotes inside doubled. A spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` (and, in some, a tab or CR) as a formula, and descriptions and names come from
 * whoever can edit a security group; such a text cell gets a leading `'`, which spreadsheets show
 * as text. Numbers this module writes itself (ports, counts) are left as they are, so that a
 * port of `-1` stays a number. No byte-order mark: AWS allows only ASCII in group names and
 * descriptions, and a BOM would be read as part of the first header by many tools.
 */
import { peerText } from '../inventory/model.js';
import { compareRules } from './format.js';
import { findingTypesByRule, proposedChangeByRule } from './rule-findings.js';
import type { Report, RuleReport } from './types.js';

/** The header row, in column order. */
export const RULE_CSV_COLUMNS = [
  'group_id',
  'group_name',
  'rule_id',
  'direction',
  'protocol',
  'from_port',
  'to_port',
  'peer',
  'description',
  'status',
  'flows',
  'packets',
  'bytes',
  'peers',
  'peers_exact',
  'first_seen',
  'last_seen',
  'top_peer',
  'top_peer_flows',
  'proposed_change',
  'finding_types',
] as const;

/** A cell: text is quoted and neutralised as needed, numbers are written as they are. */
export type CsvCell = string | number;

/** Characters that make a spreadsheet read a cell as a formula when it starts with one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters that make RFC 4180 quoting necessary. */
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell that a spreadsheet will not run: `=1+1` → `'=1+1`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field per RFC 4180, text neutralised against formula injection first. */
export function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, each ended by CRLF. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Renders the report's rules as CSV: the header, then one row per rule in table order (by group,
 * ingress before egress, protocol, ports, peer, id), the same on every run.
 */
export function renderCsv(report: Report): string {
  const types = findingTypesByRule(report.findings);
  const changes = proposedChangeByRule(report);
  const rows = [...report.rules]
    .sort(compareRules)
    .map((rule) => ruleCells(rule, changes.get(rule.ruleId) ?? '', types.get(rule.ruleId) ?? []));
  return csvRows([RULE_CSV_COLUMNS, ...rows]);
}

function ruleCells(rule: RuleReport, change: string, types: readonly string[]): CsvCell[] {
  const { usage } = rule;
  const top = usage.topPeers[0];
  return [
    rule.groupId,
    rule.groupName,
    rule.ruleId,
    rule.direction,
    rule.protocol,
    rule.fromPort,
    rule.toPort,
    peerText(rule.peer),
    rule.description ?? '',
    rule.status,
    usage.flows,
    usage.packets,
    usage.bytes,
    usage.peers,
    usage.peersExact ? 'true' : 'false',
    usage.firstSeen ?? '',
    usage.lastSeen ?? '',
    top?.address ?? '',
    top === undefined ? '' : top.flows,
    change,
    types.join(' '),
  ];
}
