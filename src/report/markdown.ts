/**
 * The GitHub job summary: what a reviewer reads in a minute. Headline numbers, the findings worst
 * first with the change to make, two Mermaid charts, then the rule usage per security group.
 *
 * GitHub refuses a job summary over 1 MiB, and a summary that is cut anywhere but where we chose
 * loses its tables' ends, so the renderer keeps its own byte budget: the headline and charts are
 * small and always fit; findings (ranked) and then rule tables fill what is left, and what does
 * not fit is counted and pointed at the full report.
 */
import {
  activeFindings,
  formatCount,
  formatPeers,
  formatPorts,
  changeOncePerRule,
  formatTopPeer,
  formatWindow,
  findingFlows,
  findingLocation,
  rankFindings,
  ruleIndex,
  rulesByGroup,
  statusTally,
} from './format.js';
import { flowsChart, topPortsChart } from './charts.js';
import { tallyTargets, withTarget } from '../fleet/tally.js';
import { peerText } from '../inventory/model.js';
import { showControls } from './escape.js';
import type { Finding, Report, RuleReport, Severity } from './types.js';
import { SEVERITIES } from './types.js';

/** GitHub's limit on one step's job summary. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** The default cap: the limit less a margin for whatever else the step writes to the summary. */
export const DEFAULT_MARKDOWN_MAX_BYTES = JOB_SUMMARY_LIMIT_BYTES - 16 * 1024;

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Upper bound on the UTF-8 size of the output; default {@link DEFAULT_MARKDOWN_MAX_BYTES}. */
  maxBytes?: number;
  /** Where the full JSON report is, named in the "N more … in the report" lines. */
  reportPath?: string;
}

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🔴 Critical',
  high: '🟠 High',
  medium: '🟡 Medium',
  low: '🔵 Low',
  info: '⚪ Info',
};

/** Room kept for the "N more …" lines and the closing tags written after a cut. */
const CUT_RESERVE_BYTES = 1024;

/** Share of the budget findings may take when the rule tables do not all fit as well. */
const FINDINGS_SHARE = 0.6;

/**
 * Renders the report as GitHub-flavoured markdown with Mermaid charts, at most `maxBytes` bytes
 * of UTF-8. Pure and deterministic: the same report and options give the same text.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES;
  const where =
    options.reportPath === undefined ? 'the report' : `the report (${codeSpan(options.reportPath)})`;
  const head = joinBlock([...headline(report), ...targetsTable(report)]);
  const charts = joinBlock(chartsSection(report));
  const fullReport =
    options.reportPath === undefined ? '' : ` · full report: <code>${escapeCell(options.reportPath)}</code>`;
  const footer = joinBlock([`<sub>sg-flow-audit ${escapeCell(report.tool.version)}${fullReport}</sub>`]);
  // The charts are the first thing to give up when even the fixed parts do not fit.
  const fixed = [head, bytes(head) + bytes(charts) + bytes(footer) <= maxBytes ? charts : '', footer];
  const available = maxBytes - fixed.reduce((sum, part) => sum + bytes(part), 0) - 2 * CUT_RESERVE_BYTES;

  const rulesFull = rulesSection(report, Number.POSITIVE_INFINITY, where);
  const findingsBudget = Math.max(available * FINDINGS_SHARE, available - rulesFull.bytes);
  const findings = findingsSection(report, findingsBudget, where);
  const rules =
    rulesFull.bytes <= available - findings.bytes
      ? rulesFull
      : rulesSection(report, available - findings.bytes, where);

  const out = fixed[0] + findings.text + fixed[1] + rules.text + fixed[2];
  // The budget above is exact for everything it counts; this guard only protects callers who ask
  // for less than the headline itself.
  return bytes(out) <= maxBytes ? out : truncateUtf8(fixed[0] ?? '', maxBytes);
}

/** A budgeted section: its text and its size in bytes. */
interface Section {
  text: string;
  bytes: number;
}

function headline(report: Report): string[] {
  const { input, summary } = report;
  const counts = SEVERITIES.map((severity) => `${formatCount(summary.findings[severity])} ${severity}`).join(
    ' · ',
  );
  const suppressed = report.findings.length - activeFindings(report.findings).length;
  const records =
    `${formatCount(input.records)} in ${formatCount(input.files)} files: ${formatCount(input.accepted)} accepted, ` +
    `${formatCount(input.rejected)} rejected, ${formatCount(input.noData)} NODATA, ${formatCount(input.skipData)} SKIPDATA, ` +
    `${formatCount(input.malformed)} malformed`;
  const unknown = input.unknownInterfaces.length;
  const interfaces =
    `${formatCount(summary.interfaces)} (${formatCount(summary.interfacesWithRecords)} with records` +
    (unknown > 0 ? `, ${formatCount(unknown)} unknown)` : ')');
  const rules =
    `${formatCount(summary.rules.total)}: ${formatCount(summary.rules.used)} used, ` +
    `${formatCount(summary.rules.unused)} unused, ${formatCount(summary.rules.unknown)} unknown`;
  const lines = [
    '## sg-flow-audit report',
    '',
    `**Findings: ${counts}**` + (suppressed > 0 ? ` (${formatCount(suppressed)} suppressed)` : ''),
    '',
    '| Window | Records | Interfaces | Rules |',
    '| --- | --- | --- | --- |',
    `| ${escapeCell(formatWindow(report.window))} | ${records} | ${interfaces} | ${rules} |`,
  ];
  const errors = Math.max(input.errorCount, input.errors.length);
  const firstError = input.errors[0];
  if (errors > 0 && firstError) {
    const at = firstError.line === undefined ? firstError.file : `${firstError.file}:${firstError.line}`;
    lines.push(
      '',
      `⚠️ ${formatCount(errors)} input ${errors === 1 ? 'error' : 'errors'}; first: ${escapeGitHubCell(`${at}: ${firstError.message}`)}`,
    );
  }
  return lines;
}

/**
 * One row per account and region of a run over many (none for a run of one): whether it was
 * read, its records, its rules used and unused, and its findings by severity.
 */
function targetsTable(report: Report): string[] {
  const tallies = tallyTargets(report);
  if (tallies.length < 2) return [];
  const failed = tallies.filter((t) => t.status === 'failed').length;
  const rows = tallies.map((t) => {
    const status = t.status === 'read' ? 'read' : `**failed**: ${escapeGitHubCell(t.message ?? '')}`;
    const counts = SEVERITIES.map((s) => formatCount(t.findings[s])).join(' | ');
    return (
      `| ${escapeGitHubCell(t.account)} | ${escapeGitHubCell(t.region)} | ${status} | ${formatCount(t.records)} | ` +
      `${formatCount(t.rules.used)} | ${formatCount(t.rules.unused)} | ${counts} |`
    );
  });
  return [
    '',
    `### Accounts and regions (${formatCount(tallies.length)}${failed > 0 ? `, ${formatCount(failed)} not read` : ''})`,
    '',
    '| Account | Region | Status | Records | Rules used | Rules unused | Critical | High | Medium | Low | Info |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function chartsSection(report: Report): string[] {
  const blocks = [flowsChart(report.traffic), topPortsChart(report.traffic.topPorts)].filter(
    (block): block is string[] => block !== undefined,
  );
  if (blocks.length === 0) return [];
  return ['### Traffic', ...blocks.flatMap((block) => ['', ...block])];
}

const FINDING_HEADER = [
  '| Type | Where | Finding | Flows | Proposed change |',
  '| --- | --- | --- | ---: | --- |',
];
const SUPPRESSED_HEADER = [
  '| Type | Where | Finding | Reason | Expires |',
  '| --- | --- | --- | --- | --- |',
];

/**
 * Findings by severity, worst first, as tables; suppressed ones last. Rows are added in rank
 * order while they fit in `budget`, so a cut always drops the least important findings.
 */
function findingsSection(report: Report, budget: number, where: string): Section {
  const ruleOf = ruleIndex(report);
  const ranked = rankFindings(report.findings);
  const active = ranked.filter((finding) => finding.suppressed === undefined);
  const suppressed = ranked.filter((finding) => finding.suppressed !== undefined);
  const perSeverity = new Map<Severity, number>();
  for (const finding of active)
    perSeverity.set(finding.severity, (perSeverity.get(finding.severity) ?? 0) + 1);

  const changeOf = changeOncePerRule();
  const writer = new BudgetWriter(budget);
  writer.add(['### Findings', '']);
  if (active.length === 0) writer.add(['No findings.', '']);
  let shown = 0;
  let group: string | undefined;
  for (const finding of [...active, ...suppressed]) {
    const key = finding.suppressed === undefined ? finding.severity : 'suppressed';
    const heading =
      key === group
        ? []
        : [
            ...(group === undefined ? [] : ['']),
            key === 'suppressed'
              ? `#### Suppressed (${formatCount(suppressed.length)})`
              : `#### ${SEVERITY_LABEL[finding.severity]} (${formatCount(perSeverity.get(finding.severity) ?? 0)})`,
            '',
            ...(key === 'suppressed' ? SUPPRESSED_HEADER : FINDING_HEADER),
          ];
    if (!writer.tryAdd([...heading, findingRow(finding, ruleOf(finding), changeOf)])) break;
    group = key;
    shown += 1;
  }
  if (group !== undefined) writer.add(['']);
  const more = ranked.length - shown;
  if (more > 0) writer.add([`**${formatCount(more)} more findings in ${where}.**`, '']);
  return writer.section();
}

function findingRow(
  finding: Finding,
  rule: RuleReport | undefined,
  changeOf: ReturnType<typeof changeOncePerRule>,
): string {
  const type = escapeGitHubCell(finding.type);
  const location = escapeGitHubCell(withTarget(finding, findingLocation(finding)));
  const title = escapeGitHubCell(finding.title);
  if (finding.suppressed !== undefined) {
    return `| ${type} | ${location} | ${title} | ${escapeGitHubCell(finding.suppressed.reason)} | ${escapeGitHubCell(finding.suppressed.expires)} |`;
  }
  const flows = findingFlows(finding);
  const change = changeOf(finding, rule) ?? '';
  return `| ${type} | ${location} | ${title} | ${flows > 0 ? formatCount(flows) : ''} | ${escapeGitHubCell(change)} |`;
}

const RULE_HEADER = [
  '| Rule | Direction | Protocol | Ports | Peer | Status | Flows | Peers | Top peer |',
  '| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |',
];

/** One collapsible table per security group, rows while they fit in `budget`. */
function rulesSection(report: Report, budget: number, where: string): Section {
  const writer = new BudgetWriter(budget);
  const groups = rulesByGroup(report.rules);
  if (groups.length === 0) return writer.section();
  writer.add(['### Rule usage by security group', '']);
  let shown = 0;
  outer: for (const group of groups) {
    const summary = `${formatCount(group.rules.length)} rules: ${statusTally(group.rules)}`;
    const name = group.groupName === '' ? '' : ` ${escapeGitHubCell(group.groupName)}`;
    // In a run over many accounts, the account and region the group is in come first.
    const place = escapeGitHubCell(withTarget(group.rules[0] ?? {}, group.groupId));
    // `</details>` is written after the loop, so the header is only paid for with a first row.
    let header: string[] = [
      `<details><summary><b>${place}</b>${name} — ${summary}</summary>`,
      '',
      ...RULE_HEADER,
    ];
    let opened = false;
    for (const rule of group.rules) {
      if (!writer.tryAdd([...header, ruleRow(rule)], bytes('\n</details>\n\n'))) {
        if (opened) writer.add(['', '</details>', '']);
        break outer;
      }
      header = [];
      opened = true;
      shown += 1;
    }
    writer.add(['', '</details>', '']);
  }
  const more = report.rules.length - shown;
  if (more > 0) writer.add([`**${formatCount(more)} more rules in ${where}.**`, '']);
  return writer.section();
}

function ruleRow(rule: RuleReport): string {
  const status = rule.status === 'unused' ? '**unused**' : rule.status;
  return (
    `| ${escapeGitHubCell(rule.ruleId)} | ${rule.direction} | ${escapeGitHubCell(rule.protocol)} | ` +
    `${escapeGitHubCell(formatPorts(rule.protocol, rule.fromPort, rule.toPort))} | ${escapeGitHubCell(peerText(rule.peer))} | ` +
    `${status} | ${formatCount(rule.usage.flows)} | ${formatPeers(rule)} | ${escapeGitHubCell(formatTopPeer(rule))} |`
  );
}

/**
 * Collects lines while their UTF-8 size stays within a budget. Sizes are added up line by line,
 * so a 20,000-finding report costs one pass, not a re-measure of the whole text per row.
 */
class BudgetWriter {
  private readonly lines: string[] = [];
  private used = 0;

  constructor(private readonly budget: number) {}

  /** Adds the lines if they fit with `keep` bytes to spare; says whether they were added. */
  tryAdd(lines: readonly string[], keep = 0): boolean {
    const size = lines.reduce((sum, line) => sum + bytes(line) + 1, 0);
    if (this.used + size + keep > this.budget) return false;
    this.push(lines, size);
    return true;
  }

  /** Adds lines regardless of the budget: closing tags and "N more" lines paid for by the reserve. */
  add(lines: readonly string[]): void {
    this.push(
      lines,
      lines.reduce((sum, line) => sum + bytes(line) + 1, 0),
    );
  }

  section(): Section {
    return { text: this.lines.map((line) => `${line}\n`).join(''), bytes: this.used };
  }

  private push(lines: readonly string[], size: number): void {
    this.lines.push(...lines);
    this.used += size;
  }
}

const CELL_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '\\': '&#92;',
  '|': '&#124;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
};

/**
 * Makes text safe inside a table cell (and inline HTML): `|` would end the cell, `<`/`>` would
 * open HTML, backticks would open a code span, `[`/`]` would make a link or an image (a group
 * named `[docs](https://evil.example)`), and a newline would end the row. Entities are used rather
 * than backslashes because GitHub splits table rows before it reads escapes; an entity is plain
 * text to a markdown parser, so it builds nothing. Other control characters and the bidi
 * controls are shown as escapes (`\x1b`, `\u202e`) that read the same in every format.
 */
export function escapeCell(text: string): string {
  return showControls(text.replace(/\r?\n|\r/g, ' ')).replace(
    /[&\\|<>`[\]]/g,
    (char) => CELL_ENTITIES[char] ?? char,
  );
}

/**
 * Untrusted text (group names, descriptions, file names) in a pull request's body or comment or
 * a job summary: escaped as escapeCell does, and pinging, linking and referencing nobody. GitHub
 * finds `@team`, `#123`, `GH-123` and bare URLs (`https://…`, `www.…`) in the rendered text,
 * where an entity has already become the character again, so a zero-width space (`&#8203;`)
 * goes after the `@`, `#`, `GH-` or the scheme's colon instead: the text reads the same, and
 * nothing in it notifies a person, links an issue or becomes a link to click.
 */
export function escapeGitHubCell(text: string): string {
  return escapeCell(text)
    .replace(/@/g, '@&#8203;')
    .replace(/(?<!&)#(?=\d)/g, '#&#8203;')
    .replace(/\b(GH-)(?=\d)/gi, '$1&#8203;')
    .replace(/:(?=\/\/)/g, ':&#8203;')
    .replace(/\b(www)\./gi, '$1&#8203;.');
}

/** A code span that survives any backticks inside the text (CommonMark: use a longer fence). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function joinBlock(lines: readonly string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n\n';
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts at a byte length without splitting a UTF-8 character. */
function truncateUtf8(text: string, maxBytes: number): string {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  // Continuation bytes are 10xxxxxx; back up to the start of a character.
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return buffer.subarray(0, end).toString('utf8');
}
