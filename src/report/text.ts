/**
 * The terminal report (`--format text`): what a person running the CLI reads top to bottom.
 * Headline numbers first, then what to fix (worst first, with the change to make), then the
 * evidence per security group, then the input problems that may explain missing evidence.
 */
import {
  formatCount,
  formatPeers,
  formatPorts,
  changeOncePerRule,
  formatTopPeer,
  formatWindow,
  findingLocation,
  rankFindings,
  ruleIndex,
  rulesByGroup,
  statusTally,
} from './format.js';
import { tallyTargets, withTarget } from '../fleet/tally.js';
import { peerText } from '../inventory/model.js';
import { neutraliseCommandLines, showControls } from './escape.js';
import type { Finding, Report, RuleReport, RuleStatus, Severity } from './types.js';
import { SEVERITIES } from './types.js';

/** Options of {@link renderText}. */
export interface TextOptions {
  /** Colour with ANSI escapes; only when asked, so that files and pipes get plain text. */
  color?: boolean;
}

/** How many input errors and unknown interfaces are listed before "… and N more". */
const LISTED_INPUT_ERRORS = 5;
const LISTED_UNKNOWN_INTERFACES = 10;

type Style = 'bold' | 'dim' | 'red' | 'boldRed' | 'yellow' | 'green' | 'cyan';

const ANSI: Record<Style, [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  boldRed: ['\u001b[1;31m', '\u001b[22;39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
};

const SEVERITY_STYLE: Record<Severity, Style> = {
  critical: 'boldRed',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'dim',
};

const STATUS_STYLE: Record<RuleStatus, Style | undefined> = {
  used: 'green',
  unused: 'yellow',
  unknown: 'dim',
};

/**
 * Renders the report as plain (or ANSI-coloured) text for a terminal. Pure: the same report and
 * options always give the same string, ending with a newline.
 *
 * Every string of the report is shown with its control characters escaped before anything is
 * laid out (group names, descriptions, file names and log text are untrusted), so the only
 * escape sequences in the output are the colours asked for; and no line can pass for a workflow
 * command when the text is printed in a CI log.
 */
export function renderText(untrusted: Report, options: TextOptions = {}): string {
  const report = mapStrings(untrusted, showControls);
  const paint = (text: string, style: Style | undefined): string => {
    if (!options.color || style === undefined || text === '') return text;
    const [open, close] = ANSI[style];
    return `${open}${text}${close}`;
  };
  const lines: string[] = [];
  lines.push(...headline(report, paint), '');
  lines.push(...targetsSection(report, paint));
  lines.push(...findingsSection(report, paint));
  lines.push(...groupsSection(report, paint));
  lines.push(...inputSection(report, paint));
  while (lines.at(-1) === '') lines.pop();
  return neutraliseCommandLines(lines.join('\n') + '\n');
}

/** A copy of a JSON-like value with `transform` applied to every string in it. */
function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, transform);
    return copy as T;
  }
  return value;
}

type Paint = (text: string, style: Style | undefined) => string;

function headline(report: Report, paint: Paint): string[] {
  const input = report.input;
  const rules = report.summary.rules;
  const counts = SEVERITIES.map((severity) => {
    const n = report.summary.findings[severity];
    return paint(`${formatCount(n)} ${severity}`, n > 0 ? SEVERITY_STYLE[severity] : undefined);
  });
  const suppressed = report.findings.filter((finding) => finding.suppressed !== undefined).length;
  const unknownInterfaces = input.unknownInterfaces.length;
  const rows: [string, string][] = [
    ['Window', formatWindow(report.window)],
    [
      'Records',
      `${formatCount(input.records)} in ${formatCount(input.files)} ${plural(input.files, 'file')}: ` +
        `${formatCount(input.accepted)} accepted, ${formatCount(input.rejected)} rejected, ` +
        `${formatCount(input.noData)} NODATA, ${formatCount(input.skipData)} SKIPDATA; ` +
        `${formatCount(input.malformed)} malformed ${plural(input.malformed, 'line')}`,
    ],
    [
      'Interfaces',
      `${formatCount(report.summary.interfaces)} (${formatCount(report.summary.interfacesWithRecords)} with records` +
        (unknownInterfaces > 0 ? `, ${formatCount(unknownInterfaces)} unknown in the logs)` : ')'),
    ],
    [
      'Rules',
      `${formatCount(rules.total)}: ${formatCount(rules.used)} used, ${formatCount(rules.unused)} unused, ` +
        `${formatCount(rules.unknown)} unknown (${formatCount(report.summary.groups)} ${plural(report.summary.groups, 'group')})`,
    ],
    ['Findings', counts.join(', ') + (suppressed > 0 ? `; ${formatCount(suppressed)} suppressed` : '')],
  ];
  return [
    paint(`sg-flow-audit ${report.tool.version}`, 'bold'),
    ...rows.map(([label, value]) => `${label.padEnd(12)}${value}`),
  ];
}

/**
 * A run over many accounts and regions: one line per target, read or not, with its records,
 * rules and findings (the report's strings are already escaped by renderText).
 */
function targetsSection(report: Report, paint: Paint): string[] {
  const tallies = tallyTargets(report);
  if (tallies.length === 0) return [];
  const failed = tallies.filter((t) => t.status === 'failed').length;
  const width = (pick: (t: (typeof tallies)[number]) => string) =>
    Math.max(...tallies.map((t) => pick(t).length));
  const [accountWidth, regionWidth] = [width((t) => t.account), width((t) => t.region)];
  const lines = [
    paint(
      `TARGETS (${formatCount(tallies.length)}: ${formatCount(tallies.length - failed)} read, ${formatCount(failed)} not read)`,
      'bold',
    ),
  ];
  for (const t of tallies) {
    const where = `  ${t.account.padEnd(accountWidth)}  ${t.region.padEnd(regionWidth)}  `;
    if (t.status === 'failed') {
      lines.push(`${where}${paint('not read', 'red')}: ${t.message ?? ''}`);
      continue;
    }
    const findings = SEVERITIES.filter((s) => t.findings[s] > 0)
      .map((s) => paint(`${formatCount(t.findings[s])} ${s}`, SEVERITY_STYLE[s]))
      .join(', ');
    lines.push(
      `${where}${formatCount(t.records)} ${plural(t.records, 'record')}; rules ${formatCount(t.rules.used)} used, ` +
        `${formatCount(t.rules.unused)} unused, ${formatCount(t.rules.unknown)} unknown; ` +
        (findings === '' ? 'no findings' : findings),
    );
  }
  lines.push('');
  return lines;
}

function findingsSection(report: Report, paint: Paint): string[] {
  const ruleOf = ruleIndex(report);
  const ranked = rankFindings(report.findings);
  const active = ranked.filter((finding) => finding.suppressed === undefined);
  const suppressed = ranked.filter((finding) => finding.suppressed !== undefined);
  const lines: string[] = [];
  const changeOf = changeOncePerRule();
  if (active.length === 0) lines.push('No findings.', '');
  for (const severity of SEVERITIES) {
    const ofSeverity = active.filter((finding) => finding.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(
      paint(`${severity.toUpperCase()} (${formatCount(ofSeverity.length)})`, SEVERITY_STYLE[severity]),
    );
    for (const finding of ofSeverity) lines.push(...findingLines(finding, ruleOf(finding), paint, changeOf));
    lines.push('');
  }
  if (suppressed.length > 0) {
    lines.push(paint(`SUPPRESSED (${formatCount(suppressed.length)})`, 'dim'));
    for (const finding of suppressed) {
      const why = finding.suppressed;
      lines.push(
        `  [${finding.type}] ${finding.title}${locationSuffix(finding)}`,
        paint(`    ${why ? `${why.reason} (until ${why.expires})` : ''}`, 'dim'),
      );
    }
    lines.push('');
  }
  return lines;
}

function findingLines(
  finding: Finding,
  rule: RuleReport | undefined,
  paint: Paint,
  changeOf: ReturnType<typeof changeOncePerRule>,
): string[] {
  const lines = [
    `  ${paint(`[${finding.type}]`, SEVERITY_STYLE[finding.severity])} ${finding.title}${locationSuffix(finding)}`,
  ];
  // A message is one line (its line breaks were escaped with the rest, so a group name cannot
  // start a line that passes for the tool's own). A message that only repeats the title adds
  // nothing.
  if (finding.message.replace(/\.$/, '') !== finding.title.replace(/\.$/, '')) {
    if (finding.message !== '') lines.push(`    ${finding.message}`);
  }
  const change = changeOf(finding, rule);
  if (change !== undefined) lines.push(`    ${paint('proposed:', 'bold')} ${change}`);
  return lines;
}

function locationSuffix(finding: Finding): string {
  const where = withTarget(finding, findingLocation(finding));
  return where === '' ? '' : ` — ${where}`;
}

const RULE_COLUMNS = [
  'DIRECTION',
  'PROTOCOL',
  'PORTS',
  'PEER',
  'STATUS',
  'FLOWS',
  'PEERS',
  'TOP PEER',
] as const;
/** Numbers read best right-aligned. */
const RIGHT_ALIGNED = new Set<number>([5, 6]);

function groupsSection(report: Report, paint: Paint): string[] {
  const groups = rulesByGroup(report.rules);
  if (groups.length === 0) return [];
  const lines = [paint('SECURITY GROUPS', 'bold')];
  for (const group of groups) {
    const tally = statusTally(group.rules);
    const name = group.groupName === '' ? '' : ` ${group.groupName}`;
    lines.push(
      `${paint(withTarget(group.rules[0] ?? {}, group.groupId), 'bold')}${name} — ${formatCount(group.rules.length)} ${plural(group.rules.length, 'rule')}: ${tally}`,
    );
    const rows = group.rules.map((rule) => [
      rule.direction,
      rule.protocol,
      formatPorts(rule.protocol, rule.fromPort, rule.toPort),
      peerText(rule.peer),
      rule.status,
      formatCount(rule.usage.flows),
      formatPeers(rule),
      formatTopPeer(rule),
    ]);
    const widths = RULE_COLUMNS.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    const layout = (cells: readonly string[], styles: (Style | undefined)[] = []): string =>
      (
        '  ' +
        cells
          .map((cell, column) => {
            // The last column is not padded: trailing spaces inside a colour would survive trimEnd.
            const width = column === cells.length - 1 ? 0 : (widths[column] ?? 0);
            const padded = RIGHT_ALIGNED.has(column) ? cell.padStart(width) : cell.padEnd(width);
            return paint(padded, styles[column]);
          })
          .join('  ')
      ).trimEnd();
    lines.push(
      layout(
        [...RULE_COLUMNS],
        RULE_COLUMNS.map(() => 'dim'),
      ),
    );
    group.rules.forEach((rule, index) => {
      const styles: (Style | undefined)[] = [];
      styles[4] = STATUS_STYLE[rule.status];
      lines.push(layout(rows[index] ?? [], styles));
    });
    lines.push('');
  }
  return lines;
}

function inputSection(report: Report, paint: Paint): string[] {
  const lines: string[] = [];
  const { errors, errorCount, unknownInterfaces } = report.input;
  // errorCount counts every problem; `errors` holds only the first ones the pipeline kept.
  const total = Math.max(errorCount, errors.length);
  if (total > 0) {
    const listed = errors.slice(0, LISTED_INPUT_ERRORS);
    lines.push(paint(`INPUT ERRORS (${formatCount(total)})`, 'bold'));
    for (const error of listed) {
      const at = error.line === undefined ? error.file : `${error.file}:${error.line}`;
      lines.push(`  ${at}: ${error.message}`);
    }
    if (total > listed.length) lines.push(`  … and ${formatCount(total - listed.length)} more`);
    lines.push('');
  }
  if (unknownInterfaces.length > 0) {
    const listed = unknownInterfaces.slice(0, LISTED_UNKNOWN_INTERFACES);
    lines.push(
      paint(
        `UNKNOWN INTERFACES (${formatCount(unknownInterfaces.length)}): in the logs, not in the inventory`,
        'bold',
      ),
    );
    lines.push(`  ${listed.join(', ')}`);
    if (unknownInterfaces.length > listed.length) {
      lines.push(`  … and ${formatCount(unknownInterfaces.length - listed.length)} more`);
    }
    lines.push('');
  }
  return lines;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
