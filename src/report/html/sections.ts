/**
 * The sections of the HTML report, each a string of HTML: the headline numbers, the findings
 * with their proposed change, and the rule usage per security group. Wording comes from
 * ../format.ts so a rule or a change reads as it does in the terminal and the job summary.
 *
 * Every report string is escaped where it is written ({@link escapeHtml}); table sizes are capped
 * by the caller so that a report of 100,000 rules still gives a page a browser opens.
 */
import { peerText } from '../../inventory/model.js';
import {
  activeFindings,
  changeOncePerRule,
  findingFlows,
  findingLocation,
  formatCount,
  formatPeers,
  formatPorts,
  formatTime,
  formatWindow,
  rankFindings,
  ruleIndex,
  rulesByGroup,
  severityRank,
  statusTally,
} from '../format.js';
import { findingTypesByRule } from '../rule-findings.js';
import type { Finding, Report, RuleReport } from '../types.js';
import { SEVERITIES } from '../types.js';
import { attr, escapeHtml } from './escape.js';

/** How many input errors the headline lists. */
const LISTED_INPUT_ERRORS = 10;

/** A `<dt>`/`<dd>` card of the headline; `metric` names the number for tests and scripts. */
function metricCard(label: string, metric: string, value: string, sub = '', extraClass = ''): string {
  return (
    `<div${attr('class', `metric${extraClass === '' ? '' : ` ${extraClass}`}`)}><dt>${escapeHtml(label)}</dt>` +
    `<dd${attr('data-metric', metric)}>${escapeHtml(value)}</dd>` +
    (sub === '' ? '' : `<dd class="sub">${escapeHtml(sub)}</dd>`) +
    '</div>'
  );
}

/** The headline: window, records, interfaces, groups, rules by status, findings by severity. */
export function headlineSection(report: Report, where: string): string {
  const { input, summary } = report;
  const unknown = input.unknownInterfaces.length;
  const suppressed = report.findings.length - activeFindings(report.findings).length;
  const cards = [
    metricCard('Window', 'window', formatWindow(report.window), '', 'wide'),
    metricCard(
      'Records',
      'records',
      formatCount(input.records),
      `in ${formatCount(input.files)} files: ${formatCount(input.accepted)} accepted, ` +
        `${formatCount(input.rejected)} rejected, ${formatCount(input.noData)} NODATA, ` +
        `${formatCount(input.skipData)} SKIPDATA, ${formatCount(input.malformed)} malformed`,
      'wide',
    ),
    metricCard(
      'Interfaces',
      'interfaces',
      formatCount(summary.interfaces),
      `${formatCount(summary.interfacesWithRecords)} with records` +
        (unknown > 0 ? `, ${formatCount(unknown)} unknown in the logs` : ''),
    ),
    metricCard('Security groups', 'groups', formatCount(summary.groups)),
    metricCard('Rules', 'rules', formatCount(summary.rules.total)),
    metricCard('Rules used', 'rules-used', formatCount(summary.rules.used)),
    metricCard('Rules unused', 'rules-unused', formatCount(summary.rules.unused)),
    metricCard('Rules unknown', 'rules-unknown', formatCount(summary.rules.unknown)),
  ];
  const severities = SEVERITIES.map((severity) =>
    metricCard(
      severity,
      `findings-${severity}`,
      formatCount(summary.findings[severity]),
      '',
      `sev-${severity}`,
    ),
  );
  const parts = [
    '<section id="summary" aria-label="Summary">',
    `<dl class="metrics">${cards.join('')}</dl>`,
    '<h2>Findings by severity</h2>',
    `<dl class="metrics">${severities.join('')}</dl>`,
  ];
  if (suppressed > 0)
    parts.push(
      `<p class="muted">${formatCount(suppressed)} suppressed ${suppressed === 1 ? 'finding is' : 'findings are'} listed but not counted.</p>`,
    );
  parts.push(inputErrors(report, where), '</section>');
  return parts.join('\n');
}

function inputErrors(report: Report, where: string): string {
  const { input } = report;
  const total = Math.max(input.errorCount, input.errors.length);
  if (total === 0) return '';
  const items = input.errors.slice(0, LISTED_INPUT_ERRORS).map((error) => {
    const at = error.line === undefined ? error.file : `${error.file}:${error.line}`;
    return `<li><code>${escapeHtml(at)}</code>: ${escapeHtml(error.message)}</li>`;
  });
  const more = total - items.length;
  return (
    `<div class="errors"><strong>${formatCount(total)} input ${total === 1 ? 'error' : 'errors'}</strong>` +
    `<ul>${items.join('')}</ul>` +
    (more > 0 ? `<p class="more">${formatCount(more)} more in ${escapeHtml(where)}.</p>` : '') +
    '</div>'
  );
}

const FINDING_HEADER =
  '<thead><tr><th data-sort="number">Severity</th><th data-sort="text">Type</th><th data-sort="text">Where</th>' +
  '<th>Finding</th><th class="num" data-sort="number">Flows</th><th>Proposed change</th></tr></thead>';

const SUPPRESSED_HEADER =
  '<thead><tr><th data-sort="text">Type</th><th data-sort="text">Where</th><th>Finding</th>' +
  '<th data-sort="text">Reason</th><th data-sort="text">Expires</th></tr></thead>';

/**
 * The findings worst first, each with its proposed change (spelled out on the first finding
 * about a rule, pointed to on the others), then the suppressed ones; at most `maxRows` rows in
 * all, the least important left out.
 */
export function findingsSection(report: Report, maxRows: number, where: string): string {
  const ruleOf = ruleIndex(report);
  const ranked = rankFindings(report.findings);
  // Suppressed findings come last, so a cap drops them before any counted finding.
  const ordered = [
    ...ranked.filter((finding) => finding.suppressed === undefined),
    ...ranked.filter((finding) => finding.suppressed !== undefined),
  ];
  const shown = ordered.slice(0, Math.max(0, maxRows));
  const active = shown.filter((finding) => finding.suppressed === undefined);
  const suppressed = shown.filter((finding) => finding.suppressed !== undefined);
  const changeOf = changeOncePerRule();
  const parts = ['<section id="findings">', '<h2>Findings</h2>'];
  if (activeFindings(report.findings).length === 0) parts.push('<p>No findings.</p>');
  if (active.length > 0) {
    const rows = active.map((finding) => findingRow(finding, ruleOf(finding), changeOf));
    parts.push(table('findings', FINDING_HEADER, rows));
  }
  if (suppressed.length > 0) {
    parts.push(`<h3>Suppressed</h3>`, table('suppressed', SUPPRESSED_HEADER, suppressed.map(suppressedRow)));
  }
  const more = ranked.length - shown.length;
  if (more > 0) parts.push(`<p class="more">${formatCount(more)} more findings in ${escapeHtml(where)}.</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function table(name: string, header: string, rows: readonly string[]): string {
  return `<div class="table-wrap"><table data-sortable${attr('data-table', name)}>${header}<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function findingCell(finding: Finding): string {
  const message =
    finding.message === '' || finding.message === `${finding.title}.`
      ? ''
      : `<div class="finding-message">${escapeHtml(finding.message)}</div>`;
  return `<td><div class="finding-title">${escapeHtml(finding.title)}</div>${message}</td>`;
}

function findingRow(
  finding: Finding,
  rule: RuleReport | undefined,
  changeOf: ReturnType<typeof changeOncePerRule>,
): string {
  const flows = findingFlows(finding);
  const change = changeOf(finding, rule) ?? '';
  // The pointer to the rule's other finding reads as prose, not as a rule to paste.
  const repeat = finding.proposal !== undefined && change.startsWith('the same change as');
  return (
    `<tr${attr('class', `finding sev-${finding.severity}`)}${attr('data-finding-id', finding.id)}>` +
    `<td${attr('data-value', severityRank(finding.severity))}><span class="badge">${finding.severity}</span></td>` +
    `<td>${escapeHtml(finding.type)}</td>` +
    `<td><code>${escapeHtml(findingLocation(finding))}</code></td>` +
    findingCell(finding) +
    `<td class="num"${attr('data-value', flows)}>${flows > 0 ? formatCount(flows) : ''}</td>` +
    `<td${attr('class', repeat ? 'change repeat' : 'change')}>${escapeHtml(change)}</td></tr>`
  );
}

function suppressedRow(finding: Finding): string {
  return (
    `<tr class="finding suppressed"${attr('data-finding-id', finding.id)}>` +
    `<td>${escapeHtml(finding.type)}</td><td><code>${escapeHtml(findingLocation(finding))}</code></td>` +
    findingCell(finding) +
    `<td>${escapeHtml(finding.suppressed?.reason ?? '')}</td><td>${escapeHtml(finding.suppressed?.expires ?? '')}</td></tr>`
  );
}

const RULE_HEADER =
  '<thead><tr><th data-sort="text">Rule</th><th data-sort="text">Direction</th><th data-sort="text">Protocol</th>' +
  '<th data-sort="number">Ports</th><th data-sort="text">Peer</th><th data-sort="text">Description</th>' +
  '<th data-sort="text">Status</th><th class="num" data-sort="number">Flows</th>' +
  '<th class="num" data-sort="number">Peers</th><th data-sort="text">Top peer</th>' +
  '<th data-sort="text">First seen</th><th data-sort="text">Last seen</th><th data-sort="text">Findings</th></tr></thead>';

/**
 * One collapsible, sortable table per security group, groups and rules in table order
 * (../format.ts compareRules); at most `maxRows` rule rows in all.
 */
export function rulesSection(report: Report, maxRows: number, where: string): string {
  const typesOf = findingTypesByRule(report.findings);
  const parts = ['<section id="rules">', '<h2>Rule usage by security group</h2>'];
  let budget = Math.max(0, maxRows);
  for (const group of rulesByGroup(report.rules)) {
    if (budget === 0) break;
    const rules = group.rules.slice(0, budget);
    budget -= rules.length;
    const name =
      group.groupName === '' ? '' : ` <span class="group-name">${escapeHtml(group.groupName)}</span>`;
    parts.push(
      `<details class="group" open${attr('data-group-id', group.groupId)}>`,
      `<summary><h3><code>${escapeHtml(group.groupId)}</code>${name}</h3> <span class="muted">` +
        `${formatCount(group.rules.length)} rules: ${escapeHtml(statusTally(group.rules))}</span></summary>`,
      table(
        'rules',
        RULE_HEADER,
        rules.map((rule) => ruleRow(rule, typesOf.get(rule.ruleId) ?? [])),
      ),
      '</details>',
    );
  }
  if (report.rules.length === 0) parts.push('<p>No rules in the inventory.</p>');
  const more = report.rules.length - Math.min(report.rules.length, Math.max(0, maxRows));
  if (more > 0) parts.push(`<p class="more">${formatCount(more)} more rules in ${escapeHtml(where)}.</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function ruleRow(rule: RuleReport, types: readonly string[]): string {
  const top = rule.usage.topPeers[0];
  const seen = (time: string | null): string =>
    time === null ? '<td></td>' : `<td${attr('data-value', time)}>${escapeHtml(formatTime(time))}</td>`;
  return (
    `<tr${attr('class', `rule status-${rule.status}`)}${attr('data-rule-id', rule.ruleId)}>` +
    `<td><code>${escapeHtml(rule.ruleId)}</code></td><td>${rule.direction}</td><td>${escapeHtml(rule.protocol)}</td>` +
    `<td${attr('data-value', rule.fromPort)}>${escapeHtml(formatPorts(rule.protocol, rule.fromPort, rule.toPort))}</td>` +
    `<td><code>${escapeHtml(peerText(rule.peer))}</code></td>` +
    `<td>${escapeHtml(rule.description ?? '')}</td>` +
    `<td class="status">${rule.status}</td>` +
    `<td class="num"${attr('data-value', rule.usage.flows)}>${formatCount(rule.usage.flows)}</td>` +
    `<td class="num"${attr('data-value', rule.usage.peers)}>${formatPeers(rule)}</td>` +
    (top === undefined
      ? '<td></td>'
      : `<td${attr('data-value', top.address)}><code>${escapeHtml(top.address)}</code> (${formatCount(top.flows)})</td>`) +
    seen(rule.usage.firstSeen) +
    seen(rule.usage.lastSeen) +
    `<td>${escapeHtml(types.join(' '))}</td></tr>`
  );
}
