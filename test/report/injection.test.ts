/**
 * Hostile strings in every untrusted field (group name, rule description, finding title and
 * message, input file name, text quoted from a log line, Terraform file name, review note),
 * rendered in every format, with the exact escaped text asserted where each field lands
 * (test/report/hostile.ts has the expected forms, written by hand). Then the structure: markdown
 * and HTML build the same elements as for harmless names, SARIF is JSON whose message decodes
 * back to the text, and no line of the text outputs can pass for a workflow command.
 */
import * as core from '@actions/core';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { proposalSections, pullRequestBody } from '../../src/commands/propose/body.js';
import { fitPullRequestBody } from '../../src/github/pull-request-body.js';
import type { CheckChangeOutcome } from '../../src/commands/check-change/check.js';
import { checkChangeText } from '../../src/commands/check-change/text.js';
import { changesFromReport } from '../../src/commands/propose/changes.js';
import type { ProposedEdits } from '../../src/commands/propose/sources.js';
import { reviewMarkdown, reviewText, type ReviewOutcome } from '../../src/commands/review/review.js';
import {
  DEFAULT_OVERFLOW_NOTE,
  DEFAULT_REVIEW_MARKER,
  reviewCommentBody,
} from '../../src/github/review-comment.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderCsv } from '../../src/report/csv.js';
import { logText, neutraliseCommandLines, showControls } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html/page.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderReport } from '../../src/report/render.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { trafficCsvFiles } from '../../src/report/traffic-csv.js';
import type { Report } from '../../src/report/types.js';
import { parseWorkflowCommands } from '../helpers/action.js';
import { testChromium } from '../helpers/browser.js';
import { finding } from './fixture.js';
import {
  HOSTILE,
  hostileGroupId as groupId,
  hostileReport,
  hostileRuleId as ruleId,
  unattachedMessage,
  unattachedTitle,
} from './hostile.js';

const G = groupId(0);
const R = ruleId(0);

/** A line a runner would read as a workflow command (it trims Unicode blanks first). */
const COMMAND_LINE = /^\s*(::|##\[)/;
/** Any character a terminal or a log would act on, other than the line feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines as a runner splits them: at LF, CR and CRLF. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

/** A review of a pull request that removes a rule of the hostile group in a hostile file. */
function hostileReview(value: string): ReviewOutcome {
  return {
    findings: [
      finding({
        id: 'f-review',
        type: 'would-block-traffic',
        severity: 'high',
        groupId: G,
        title: `Removing tcp 22 of ${value} would block 3 flows`,
        message: `This change removes tcp 22 of ${value} (${G}).`,
        evidence: { headFile: `modules/${value}.tf`, headLine: 12 },
      }),
    ],
    notes: [`note about ${value}`],
    added: 0,
    removed: 1,
    skipped: [],
  };
}

/** The proposal's sections when no rule is found in code (every change listed by hand). */
function proposalOf(report: Report): string[] {
  const changes = changesFromReport(report);
  const edits: ProposedEdits = { edits: [], manual: [], located: new Map(), notFound: changes };
  return proposalSections(report, changes, edits);
}

/** What @actions/core writes to standard output while `emit` runs. */
function captureStdout(emit: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    emit();
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe.each(HOSTILE)('$name', (h) => {
  const report = hostileReport([h.value]);

  test('the text report shows it escaped, inside the lines the tool writes', () => {
    const text = renderText(report);
    const lines = text.split('\n');
    expect(lines).toContain(`${G} ${h.text} — 1 rule: 1 unused`);
    expect(lines).toContain(`  [unattached-group] ${unattachedTitle(0, h.text)} — ${G}`);
    expect(lines).toContain(`    ${unattachedMessage(0, h.text)}`);
    expect(lines).toContain(`  logs/${h.text}.log:7: srcport: not a port: '${h.text}'`);
    expect(lines).toContain(`  eni-0fffffffffffffff0, ${h.text}`);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(runnerLines(text).filter((line) => COMMAND_LINE.test(line))).toEqual([]);
    // In colour, the only escape sequences are the colours.
    const coloured = renderText(report, { color: true });
    // eslint-disable-next-line no-control-regex -- the colours are the escapes looked for
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });

  test('the job summary shows it as text in its cells and pings, links and commands nothing', () => {
    const summary = renderMarkdown(report);
    expect(summary).toContain(`<details><summary><b>${G}</b> ${h.markdown} — 1 rules: 1 unused</summary>`);
    expect(summary).toContain(`| unattached-group | ${G} | ${unattachedTitle(0, h.markdown)} |  |  |`);
    expect(summary).toContain(
      `input errors; first: logs/${h.markdown}.log:7: srcport: not a port: '${h.markdown}'\n`,
    );
    expect(runnerLines(summary).filter((line) => COMMAND_LINE.test(line))).toEqual([]);
  });

  test('the proposal (the pull request body before its cut) shows it as text in its table and lists', () => {
    const body = proposalOf(report).join('\n\n');
    expect(body).toContain(
      `| ${G} (${h.markdown}) | ${R} | ingress tcp 8443 10.9.0.0/16 | remove | unused in the window | 0 | 0 |  |  | not in code |`,
    );
    expect(body).toContain(`- ${R} in ${G} (${h.markdown}): ingress tcp 8443 10.9.0.0/16`);
  });

  test('the review comment and the review text show it escaped, the marker once at the top', () => {
    const review = hostileReview(h.value);
    const markdown = reviewMarkdown(review, report);
    expect(markdown).toContain(
      `| high | Removing tcp 22 of ${h.markdown} would block 3 flows | modules/${h.markdown}.tf:12 | ` +
        `This change removes tcp 22 of ${h.markdown} (${G}). |`,
    );
    expect(markdown).toContain(`\n- note about ${h.markdown}\n`);
    const comment = reviewCommentBody(markdown, DEFAULT_REVIEW_MARKER, DEFAULT_OVERFLOW_NOTE);
    expect(comment.startsWith(`${DEFAULT_REVIEW_MARKER}\n\n## sg-flow-audit review`)).toBe(true);
    expect(comment.split(DEFAULT_REVIEW_MARKER)).toHaveLength(2);

    const text = reviewText(review, report);
    expect(text.split('\n')).toEqual([
      'Rule changes: 0 added, 1 removed; traffic window 2026-11-19 00:00 UTC → 2026-11-22 00:00 UTC.',
      `  [high] would-block-traffic at modules/${h.text}.tf:12: Removing tcp 22 of ${h.text} would block 3 flows`,
      `    This change removes tcp 22 of ${h.text} (${G}).`,
      `  note: note about ${h.text}`,
      '',
    ]);
  });

  test("check-change's text (printed to the log with core.info) shows it escaped", () => {
    const outcome = {
      since: '2026-11-21T00:00:00Z',
      changedAt: null,
      change: { kind: 'inventories', before: 'before' },
      revert: null,
      changedGroups: [
        {
          groupId: G,
          groupName: h.value,
          interfaces: ['eni-0hostile000000001'],
          removedRules: [{ ruleId: R, rule: `ingress tcp 8443 10.9.0.0/16 "${h.value}"` }],
        },
      ],
      findings: [
        finding({
          id: 'f-blocked',
          type: 'blocked-by-change',
          severity: 'critical',
          groupId: G,
          title: `3 connections to ${h.value} blocked`,
          message: `Removing a rule of ${h.value} blocked 3 connections.`,
          evidence: { flows: 3 },
        }),
      ],
      input: { files: 1, records: 10, rejected: 3, malformed: 0, errorCount: 0 },
      counts: { rejectedStarts: 3 } as CheckChangeOutcome['counts'],
      scanners: { sources: 0, flows: 0 },
      notes: [`note about ${h.value}`],
    } satisfies CheckChangeOutcome;
    const text = checkChangeText(outcome);
    expect(text.split('\n').slice(1, 6)).toEqual([
      `  ${h.text} (${G}), 1 interface(s):`,
      `    removed ingress tcp 8443 10.9.0.0/16 "${h.text}" (${R})`,
      expect.stringMatching(/^REJECTed connection starts/),
      `  [critical] blocked-by-change: 3 connections to ${h.text} blocked`,
      `    Removing a rule of ${h.text} blocked 3 connections.`,
    ]);
    expect(text).toContain(`\n  note: note about ${h.text}\n`);
    expect(runnerLines(text).filter((line) => COMMAND_LINE.test(line))).toEqual([]);
    expect(text).not.toMatch(RAW_CONTROL);
  });

  test('the HTML report writes it as character data and entities', () => {
    const html = renderHtml(report);
    expect(html).toContain(`<span class="group-name">${h.html}</span>`);
    expect(html).toContain(
      `<td><code>10.9.0.0/16</code></td><td>${h.html}</td><td class="status">unused</td>`,
    );
    expect(html).toContain(`<div class="finding-title">${unattachedTitle(0, h.html)}</div>`);
    expect(html).toContain(`<div class="finding-message">${unattachedMessage(0, h.html)}</div>`);
    expect(html).toContain(
      `<li><code>logs/${h.html}.log:7</code>: srcport: not a port: &#39;${h.html}&#39;</li>`,
    );
    expect(runnerLines(html).filter((line) => COMMAND_LINE.test(line))).toEqual([]);
  });

  test('the CSV files quote it and keep spreadsheets from running it', () => {
    expect(renderCsv(report)).toContain(
      `\r\n${G},${h.csv},${R},ingress,tcp,8443,8443,10.9.0.0/16,${h.csv},unused,0,0,0,0,true,,,,,` +
        'remove tcp 8443 10.9.0.0/16,unused-rule\r\n',
    );
    const findings = trafficCsvFiles(report).find((file) => file.name === 'findings.csv')?.text;
    expect(findings).toContain(`\r\nf-hostile-unattached-0,low,unattached-group,${G},${h.csv},,,`);
  });

  test('SARIF is JSON whose message keeps the text, in SARIF message-string escaping', () => {
    const json = renderReport(report, 'sarif');
    const sarif = JSON.parse(json) as SarifLog;
    const result = sarif.runs[0].results.find(
      (r) => r.partialFingerprints['sgFlowAuditFindingId/v1'] === 'f-hostile-unattached-0',
    );
    expect(result?.message.text).toBe(`${unattachedTitle(0, h.sarif)}. ${unattachedMessage(0, h.sarif)}`);
    // A SARIF viewer that reads the escapes back gets the original text.
    const decoded = result?.message.text.replace(/\\([[\]\\])/g, '$1').replace(/([{}])\1/g, '$1');
    expect(decoded).toBe(`${unattachedTitle(0, h.value)}. ${unattachedMessage(0, h.value)}`);
    expect(runnerLines(json).filter((line) => COMMAND_LINE.test(line))).toEqual([]);
    // eslint-disable-next-line no-control-regex -- JSON escapes every C0 control
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  test('the annotation shows it escaped, and core prints it as one command line', () => {
    const planned = planAnnotations(report, { perLevel: 50 }).find((a) => a.message.startsWith(`${G} (`));
    const title = `low: ${unattachedTitle(0, h.text)} (${G})`;
    expect(planned).toEqual({
      level: 'notice',
      // Titles are cut at 200 characters, the last one an ellipsis.
      title: title.length <= 200 ? title : `${title.slice(0, 199)}…`,
      message: unattachedMessage(0, h.text),
    });
    if (!planned) return;
    const printed = captureStdout(() => core.notice(planned.message, { title: planned.title }));
    const lines = runnerLines(printed).filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith('::notice title=')).toBe(true);
    expect(parseWorkflowCommands(printed)).toEqual([
      { command: 'notice', properties: { title: planned.title }, message: planned.message },
    ]);
    expect(printed).not.toMatch(RAW_CONTROL);
  });

  test('the JSON report carries it unchanged: JSON is data', () => {
    expect(JSON.parse(renderReport(report, 'json'))).toEqual(report);
  });
});

describe('the text helpers', () => {
  test('showControls shows every control, line break and bidi control as an escape', () => {
    expect(showControls('a\tb\nc\rd\u0000e\u001bf\u007fg\u0085h\u009bi\u2028j\u2029k\u202el\u2066m')).toBe(
      'a\\tb\\nc\\rd\\x00e\\x1bf\\x7fg\\x85h\\x9bi\\u2028j\\u2029k\\u202el\\u2066m',
    );
    expect(showControls('plain text, ünïcode and emoji 🙂')).toBe('plain text, ünïcode and emoji 🙂');
  });

  test('neutraliseCommandLines escapes the first character of a line that starts a command', () => {
    expect(
      neutraliseCommandLines('ok\n::add-mask::x\n   ::error::y\n\u3000::warning::z\n##[error]w\na ::b::c\n'),
    ).toBe('ok\n\\x3a:add-mask::x\n   \\x3a:error::y\n\u3000\\x3a:warning::z\n\\x23#[error]w\na ::b::c\n');
  });

  test('logText keeps the line feeds of a summary and shows the rest', () => {
    expect(logText('edited main.tf\n  by hand \u001b[2J::x\r\n::stop-commands::t\n')).toBe(
      'edited main.tf\n  by hand \\x1b[2J::x\\r\n\\x3a:stop-commands::t\n',
    );
  });
});

/** Counts of each element a markdown text renders to (marked, GitHub-flavoured). */
async function markdownElements(markdown: string): Promise<Record<string, number>> {
  const html = await marked.parse(markdown, { gfm: true });
  const counts: Record<string, number> = {};
  for (const [, tag = ''] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

describe('markdown builds the same elements for hostile names as for harmless ones', () => {
  const values = HOSTILE.map((h) => h.value);
  const harmless = HOSTILE.map((_, index) => `name-${index}`);

  test('the job summary', async () => {
    const hostile = await markdownElements(renderMarkdown(hostileReport(values)));
    expect(hostile).toEqual(await markdownElements(renderMarkdown(hostileReport(harmless))));
    expect(hostile['a'] ?? 0).toBe(0);
  });

  test('the pull request body and the proposal file', async () => {
    const proposal = (names: string[]) => proposalOf(hostileReport(names)).join('\n\n');
    expect(await markdownElements(proposal(values))).toEqual(await markdownElements(proposal(harmless)));
    // Short names fit GitHub's limit whole, so the body is the proposal itself.
    const short = HOSTILE.filter((h) => h.value.length < 100).map((h) => h.value);
    const body = (names: string[]) => pullRequestBody(proposalOf(hostileReport(names)), 'proposal.md');
    expect(body(short)).toBe(proposal(short));
    expect(await markdownElements(body(short))).toEqual(
      await markdownElements(body(short.map((_, index) => `name-${index}`))),
    );
  });

  test('the review comment', async () => {
    const review = (name: string) => reviewMarkdown(hostileReview(name), hostileReport([]));
    const expected = await markdownElements(review('name'));
    for (const value of values) expect(await markdownElements(review(value))).toEqual(expected);
  });

  test('a rule id with a code fence stays inside the AWS CLI block of the pull request', async () => {
    const report = hostileReport(['web']);
    const hostile = report.rules.find((r) => r.ruleId === R);
    const unused = report.findings.find((f) => f.id === 'f-hostile-unused-0');
    if (!hostile || !unused) throw new Error('fixture has no hostile rule');
    hostile.ruleId = unused.ruleId = 'sgr-0```\n## Approved by @octocat';
    const cli = proposalOf(report).find((section) => section.startsWith('### AWS CLI')) ?? '';
    expect(cli).toContain('\n````sh\n');
    expect(cli).toContain('\n# sgr-0```\\n## Approved by @octocat: unused in the window\n');
    expect(cli.endsWith('\n````')).toBe(true);
    const elements = await markdownElements(cli);
    expect(elements).toEqual({ h3: 1, p: 1, pre: 1, code: 1 });
  });

  test('a long code block with a longer fence, cut to fit the body, is closed by the same fence', async () => {
    const block = [
      '````sh',
      ...Array.from({ length: 4_000 }, (_, i) => `# line ${i} with \`\`\` inside`),
      '````',
    ];
    const body = fitPullRequestBody(['## head', block.join('\n')], 20_000, 'proposal.md');
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(/\n# line \d+ with ``` inside\n````\n\n> \[!NOTE\]\n> This description is cut/);
    // One code element is the block, the other the note's `proposal.md`.
    expect(await markdownElements(body)).toEqual({ h2: 1, pre: 1, code: 2, blockquote: 1, p: 1 });
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const found = await testChromium();
    browser = await chromium.launch({
      executablePath: found.executablePath,
      env: found.env,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The page's elements by tag, and the text of each hostile group's name. */
  async function open(report: Report) {
    const context = await browser.newContext();
    const requests: string[] = [];
    const dialogs: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(renderHtml(report), { waitUntil: 'load' });
    const elements = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      document.querySelectorAll('*').forEach((element) => {
        counts[element.localName] = (counts[element.localName] ?? 0) + 1;
      });
      return counts;
    });
    const names = await page
      .locator('details[data-group-id^="sg-0hostile"] .group-name')
      .evaluateAll((spans) => spans.map((span) => span.textContent));
    const descriptions = await page
      .locator('tr[data-rule-id^="sgr-0hostile"] td:nth-child(6)')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
    await context.close();
    return { elements, names, descriptions, requests, dialogs };
  }

  test('parses every hostile name as text: the same elements as for harmless names, nothing run', async () => {
    const hostile = await open(hostileReport(HOSTILE.map((h) => h.value)));
    const harmless = await open(hostileReport(HOSTILE.map((_, index) => `name-${index}`)));
    expect(hostile.elements).toEqual(harmless.elements);
    expect(hostile.names).toEqual(HOSTILE.map((h) => h.dom));
    expect(hostile.descriptions).toEqual(HOSTILE.map((h) => h.dom));
    expect(hostile.requests).toEqual([]);
    expect(hostile.dialogs).toEqual([]);
  });
});
