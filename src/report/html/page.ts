/**
 * The HTML report (`--format html`): one self-contained page that a reviewer opens from a
 * workflow artifact. Headline numbers, the findings with their proposed change, four traffic
 * charts drawn as inline SVG, and a sortable rule table per security group.
 *
 * The page loads nothing: its one stylesheet and one script are inline, fonts are the reader's
 * system fonts, and its Content-Security-Policy allows only that stylesheet and that script by
 * their SHA-256 hashes (`default-src 'none'`), so even a string that escaped escaping could
 * neither run a script nor reach the network. Pure and deterministic: the same report and
 * options give the same bytes.
 */
import { createHash } from 'node:crypto';
import { formatWindow } from '../format.js';
import type { Report } from '../types.js';
import { reportCharts } from './charts.js';
import { attr, escapeHtml } from './escape.js';
import { findingsSection, headlineSection, rulesSection } from './sections.js';
import { SORT_SCRIPT } from './sort-script.js';
import { PAGE_STYLE } from './style.js';

/** Rule rows shown before "N more rules in the JSON report": a few megabytes of page at most. */
export const DEFAULT_HTML_MAX_RULES = 5_000;

/** Finding rows shown before "N more findings in the JSON report". */
export const DEFAULT_HTML_MAX_FINDINGS = 2_000;

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Where the JSON report is, named in the "N more … in the JSON report" lines and the footer. */
  jsonReportPath?: string;
  /** Default {@link DEFAULT_HTML_MAX_RULES}. */
  maxRules?: number;
  /** Default {@link DEFAULT_HTML_MAX_FINDINGS}. */
  maxFindings?: number;
}

/** `'sha256-…'` of a text, the form a Content-Security-Policy source takes. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of the page: nothing but its own inline stylesheet and script. `img-src data:`
 * covers the empty `data:` favicon, which keeps the browser from asking the network for one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(PAGE_STYLE)}`,
  `script-src ${cspHash(SORT_SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Renders the report as one HTML document. */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const where =
    options.jsonReportPath === undefined ? 'the JSON report' : `the JSON report (${options.jsonReportPath})`;
  const maxRules = options.maxRules ?? DEFAULT_HTML_MAX_RULES;
  const maxFindings = options.maxFindings ?? DEFAULT_HTML_MAX_FINDINGS;
  const window = formatWindow(report.window);
  const charts = reportCharts(report).map(
    (chart) =>
      `<figure${attr('data-figure', chart.id)}><figcaption>${escapeHtml(chart.caption)}</figcaption>` +
      `${chart.svg}<p class="note">${escapeHtml(chart.note)}</p></figure>`,
  );
  const footer =
    `sg-flow-audit ${escapeHtml(report.tool.version)} · JSON report schema ${report.schemaVersion}` +
    (options.jsonReportPath === undefined
      ? ''
      : ` · full report: <code>${escapeHtml(options.jsonReportPath)}</code>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy"${attr('content', CONTENT_SECURITY_POLICY)}>`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>sg-flow-audit report: ${escapeHtml(window)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>sg-flow-audit report</h1>',
    `<p class="muted">Flow records from ${escapeHtml(window)}</p>`,
    '</header>',
    '<main>',
    headlineSection(report, where),
    findingsSection(report, maxFindings, where),
    '<section id="traffic"><h2>Traffic</h2>',
    `<div class="charts">${charts.join('\n')}</div>`,
    '</section>',
    rulesSection(report, maxRules, where),
    '</main>',
    `<footer>${footer}</footer>`,
    `<script>${SORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
