/**
 * The HTML report (`--format html`) as a reviewer sees it: opened in a real Chromium (the npm
 * package's build, test/helpers/browser.ts) from a single file, with every request the page makes
 * routed and refused. The page is served at an address that does not exist, by the route itself,
 * so anything else it asked for would show up in `outsideRequests`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { formatCount } from '../../src/report/format.js';
import { MAX_BARS } from '../../src/report/html/charts.js';
import { escapeHtml } from '../../src/report/html/escape.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../src/report/html/page.js';
import { niceCeiling } from '../../src/report/html/svg.js';
import { renderReport } from '../../src/report/render.js';
import type { Report } from '../../src/report/types.js';
import { analyze } from '../../src/pipeline.js';
import { CHROMIUM_CACHE, testChromium } from '../helpers/browser.js';
import { buildReport, finding, largeReport, WEB } from './fixture.js';

/** An address no request can reach: the route answers it, and only it. */
const PAGE_URL = 'http://report.invalid/report.html';
/** Screenshots for a person to look at when a test fails (`.tmp` is ignored by git). */
const ARTIFACTS = join(CHROMIUM_CACHE, '..', 'artifacts');

const SSH_CHANGE = 'replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32';
const INJECTION = '<img src=x onerror=alert(1)>';

let browser: Browser;

beforeAll(async () => {
  const found = await testChromium();
  browser = await chromium.launch({
    executablePath: found.executablePath,
    env: found.env,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface OpenedReport {
  page: Page;
  /** Every URL the page asked for other than itself. */
  outsideRequests: string[];
  dialogs: string[];
  /** Console errors (a Content-Security-Policy refusal is one) and uncaught exceptions. */
  errors: string[];
  close: () => Promise<void>;
}

async function openReport(
  html: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<OpenedReport> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const outsideRequests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return { page, outsideRequests, dialogs, errors, close: () => context.close() };
}

/** The rule ids of a group's table, top to bottom. */
function ruleOrder(page: Page, groupId: string): Promise<string[]> {
  return page
    .locator(`details[data-group-id="${groupId}"] tbody tr`)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule-id') ?? ''));
}

/** The points of a polyline, as numbers. */
function polylinePoints(points: string | null): { x: number; y: number }[] {
  return (points ?? '')
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x ?? NaN, y: y ?? NaN };
    });
}

describe('the HTML report in Chromium', () => {
  test('shows the headline numbers, loads nothing and logs no error', async () => {
    const opened = await openReport(renderHtml(buildReport()));
    try {
      const metrics = await opened.page
        .locator('[data-metric]')
        .evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-metric'), card.textContent]));
      expect(Object.fromEntries(metrics)).toEqual({
        window: '2026-11-19 00:00 UTC → 2026-11-22 00:00 UTC',
        records: '70,002',
        interfaces: '5',
        groups: '4',
        rules: '9',
        'rules-used': '5',
        'rules-unused': '1',
        'rules-unknown': '3',
        'findings-critical': '1',
        'findings-high': '1',
        'findings-medium': '3',
        'findings-low': '1',
        'findings-info': '2',
      });
      // The inline stylesheet ran: the policy's hash matches it.
      expect(await opened.page.locator('body').evaluate((body) => getComputedStyle(body).maxWidth)).toBe(
        '1280px',
      );
      mkdirSync(ARTIFACTS, { recursive: true });
      await opened.page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("gives a rule's proposed change once, on its worst finding, and points to it from the others", async () => {
    const report = buildReport();
    const proposal = report.findings.find((f) => f.id === 'f-ssh-open')?.proposal;
    if (!proposal) throw new Error('the fixture SSH finding has no proposal');
    report.findings.push(
      finding({
        id: 'f-ssh-broad',
        type: 'broad-source',
        severity: 'high',
        groupId: WEB,
        ruleId: 'sgr-0000000000000001',
        title: 'Source of tcp 22 is much wider than the 2 peers seen',
        evidence: { flows: 1_204 },
        proposal: structuredClone(proposal),
      }),
    );
    const opened = await openReport(renderHtml(report));
    try {
      const change = (id: string) =>
        opened.page.locator(`tr[data-finding-id="${id}"] td.change`).textContent();
      expect(await change('f-ssh-open')).toBe(SSH_CHANGE);
      expect(await change('f-ssh-broad')).toBe(
        'the same change as its open-admin-port finding (one change per rule)',
      );
      expect(await change('f-broad-ports')).toBe('replace tcp 0-65535 10.0.0.0/8 → tcp 5432, tcp 6432');
      const text = (await opened.page.locator('body').textContent()) ?? '';
      expect(text.split(SSH_CHANGE)).toHaveLength(2);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('sorts a group table by flows on a click on the header, and back on a second', async () => {
    const opened = await openReport(renderHtml(buildReport()));
    try {
      const flows = opened.page.locator(`details[data-group-id="${WEB}"] th`, { hasText: 'Flows' });
      // Table order first: 1,204, 52,310 and 8,001 flows.
      expect(await ruleOrder(opened.page, WEB)).toEqual([
        'sgr-0000000000000001',
        'sgr-0000000000000002',
        'sgr-0000000000000003',
      ]);
      await flows.locator('button').click();
      expect(await ruleOrder(opened.page, WEB)).toEqual([
        'sgr-0000000000000002',
        'sgr-0000000000000003',
        'sgr-0000000000000001',
      ]);
      expect(await flows.getAttribute('aria-sort')).toBe('descending');
      await flows.locator('button').click();
      expect(await ruleOrder(opened.page, WEB)).toEqual([
        'sgr-0000000000000001',
        'sgr-0000000000000003',
        'sgr-0000000000000002',
      ]);
      expect(await flows.getAttribute('aria-sort')).toBe('ascending');
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('without scripts the tables keep the report order and the headers are plain text', async () => {
    const opened = await openReport(renderHtml(buildReport()), { javaScriptEnabled: false });
    try {
      expect(await opened.page.locator('th button').count()).toBe(0);
      expect(await ruleOrder(opened.page, WEB)).toEqual([
        'sgr-0000000000000001',
        'sgr-0000000000000002',
        'sgr-0000000000000003',
      ]);
      expect(await opened.page.locator('svg[data-chart]').count()).toBe(4);
    } finally {
      await opened.close();
    }
  });

  test('draws the four charts with one point per time bucket and one bar per port or talker', async () => {
    const report = buildReport();
    const opened = await openReport(renderHtml(report));
    try {
      const { page } = opened;
      expect(
        await page
          .locator('svg[data-chart]')
          .evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-chart'))),
      ).toEqual(['flows-over-time', 'top-ports', 'top-talkers', 'rejected-by-port']);

      const buckets = report.traffic.buckets;
      const lines = page.locator('svg[data-chart="flows-over-time"] polyline');
      expect(await lines.evaluateAll((all) => all.map((l) => l.getAttribute('data-series')))).toEqual([
        'accepted',
        'rejected',
      ]);
      const accepted = polylinePoints(await lines.nth(0).getAttribute('points'));
      const rejected = polylinePoints(await lines.nth(1).getAttribute('points'));
      expect(accepted).toHaveLength(buckets.length);
      expect(rejected).toHaveLength(buckets.length);
      // The busiest hour is the highest point (SVG's y grows downwards).
      const busiest = buckets.reduce(
        (best, b, i) => (b.accepted > (buckets[best]?.accepted ?? 0) ? i : best),
        0,
      );
      const highest = accepted.reduce((best, p, i) => (p.y < (accepted[best]?.y ?? Infinity) ? i : best), 0);
      expect(highest).toBe(busiest);
      expect(await page.locator('svg[data-chart="flows-over-time"] rect.hit').count()).toBe(buckets.length);

      const barValues = (chart: string) =>
        page
          .locator(`svg[data-chart="${chart}"] rect.bar`)
          .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))));
      expect(await barValues('top-ports')).toEqual(
        report.traffic.topPorts.map((p) => p.flows).sort((a, b) => b - a),
      );
      expect(await barValues('rejected-by-port')).toEqual(
        report.traffic.topRejectedPorts.map((p) => p.flows),
      );
      // Talkers: every rule's top peers summed by address; each fixture address is a top peer once.
      const peers = report.rules.flatMap((rule) => rule.usage.topPeers);
      expect(new Set(peers.map((p) => p.address)).size).toBe(peers.length);
      expect(await barValues('top-talkers')).toEqual(peers.map((p) => p.flows).sort((a, b) => b - a));
      const talkers = await page.locator('svg[data-chart="top-talkers"] text.label').allTextContents();
      expect(talkers[0]).toBe('10.0.2.15');

      // The longest bar is the biggest value, drawn wider than the others.
      const widths = await page
        .locator('svg[data-chart="top-ports"] rect.bar')
        .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
      expect([...widths].sort((a, b) => b - a)).toEqual(widths);
      expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('shows a group name, description or title that is HTML as text: no element, no dialog, no request', async () => {
    const report = buildReport();
    for (const rule of report.rules.filter((r) => r.groupId === WEB)) rule.groupName = INJECTION;
    const first = report.rules[0];
    if (!first) throw new Error('fixture has no rules');
    first.description = '<script>alert(2)</script><img src="http://attacker.invalid/pixel.png">';
    first.ruleId = 'sgr-1"><svg onload=alert(3)>';
    first.usage.topPeers = [{ address: '"><iframe src="http://attacker.invalid/">', flows: 1_000 }];
    report.findings[0]!.title =
      "</td></tr></table><style>body{display:none}</style><a href='//attacker.invalid'>x</a>";
    report.input.errors[0]!.file = 'logs/<b>bold</b>.log';
    const opened = await openReport(renderHtml(report));
    try {
      const { page } = opened;
      expect(await page.locator(`details[data-group-id="${WEB}"] .group-name`).textContent()).toBe(INJECTION);
      expect(await page.locator('img, iframe, a, b, svg svg, body style, [onerror], [onload]').count()).toBe(
        0,
      );
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('tbody tr[data-rule-id]').first().getAttribute('data-rule-id')).toBe(
        first.ruleId,
      );
      expect(await page.locator('body').textContent()).toContain('<script>alert(2)</script>');
      expect(await page.locator('body').evaluate((body) => getComputedStyle(body).display)).toBe('block');
      expect(opened.dialogs).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('the bundled example renders with every chart drawn and nothing loaded', async () => {
    const report = await analyze({
      flowLogs: ['examples/demo/logs'],
      inventoryDir: 'examples/demo/inventory',
      config: await loadConfig('examples/demo/sg-flow-audit.yml'),
      threads: 1,
    });
    const opened = await openReport(renderReport(report, 'html'));
    try {
      const { page } = opened;
      expect(await page.locator('svg[data-chart]').count()).toBe(4);
      expect(await page.locator('svg[data-chart="flows-over-time"] polyline').count()).toBe(2);
      for (const chart of ['top-ports', 'top-talkers', 'rejected-by-port'])
        expect(await page.locator(`svg[data-chart="${chart}"] rect.bar`).count()).toBeGreaterThan(0);
      expect(await page.locator('[data-metric="records"]').textContent()).toBe(
        formatCount(report.input.records),
      );
      expect(await page.locator('tr.rule').count()).toBe(report.rules.length);
      expect(await page.locator('tr.finding').count()).toBe(report.findings.length);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'html-report-demo.png'), fullPage: true });
      expect(opened.outsideRequests).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('renderHtml', () => {
  test('is one file: no address but the SVG namespace, and a policy that allows nothing else', () => {
    const report = buildReport();
    report.rules[0]!.description = 'see https://wiki.example/ssh';
    const html = renderHtml(report);
    const addresses = html.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi) ?? [];
    expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg', 'https://wiki.example/ssh']));
    // The description's address is text in a cell, not a link or a resource.
    expect(html).toContain('<td>see https://wiki.example/ssh</td>');
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    );
    expect(CONTENT_SECURITY_POLICY).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; script-src 'sha256-[A-Za-z0-9+/]{43}='; img-src data:; base-uri 'none'; form-action 'none'$/,
    );
  });

  test('caps the tables and says how many more are in the JSON report', () => {
    const html = renderHtml(largeReport(2_500, 6_000), { jsonReportPath: 'out/report.json' });
    expect(html.match(/<tr class="rule /g)).toHaveLength(5_000);
    expect(html.match(/<tr class="finding /g)).toHaveLength(2_000);
    expect(html).toContain('<p class="more">1,000 more rules in the JSON report (out/report.json).</p>');
    expect(html).toContain('<p class="more">500 more findings in the JSON report (out/report.json).</p>');
    expect(Buffer.byteLength(html)).toBeLessThan(6 * 1024 * 1024);
    const small = renderHtml(largeReport(30, 60), { maxRules: 10, maxFindings: 5 });
    expect(small.match(/<tr class="rule /g)).toHaveLength(10);
    expect(small).toContain('<p class="more">50 more rules in the JSON report.</p>');
    expect(small).toContain('<p class="more">25 more findings in the JSON report.</p>');
  });

  test('keeps at most the biggest ports and talkers as bars', () => {
    const report: Report = buildReport();
    report.traffic.topPorts = Array.from({ length: 40 }, (_, i) => ({
      port: 1_000 + i,
      protocol: 'tcp',
      flows: i + 1,
    }));
    const bars = renderHtml(report).match(/<rect class="bar ports"[^>]*data-value="(\d+)"/g) ?? [];
    expect(bars).toHaveLength(MAX_BARS);
    expect(bars[0]).toContain('data-value="40"');
  });

  test('an empty report still has its four charts, each saying there is nothing to draw', () => {
    const report = buildReport();
    report.traffic = {
      bucketSeconds: 3_600,
      buckets: [],
      topPorts: [],
      topRejectedPorts: [],
      topRejectedSources: [],
    };
    report.rules = [];
    report.findings = [];
    const html = renderHtml(report);
    expect(html.match(/<svg [^>]*data-chart="/g)).toHaveLength(4);
    expect(html.match(/<text class="empty"/g)).toHaveLength(4);
    expect(html).toContain('<p>No findings.</p>');
    expect(html).toContain('<p>No rules in the inventory.</p>');
  });

  test('escapes the five HTML characters and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\u0000\u001b</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\ufffd\ufffd&lt;/a&gt;',
    );
  });

  test('ends the y axis on a round number at or above the largest value', () => {
    expect([0, 1, 7, 10, 11, 240, 9_954, 26_000].map(niceCeiling)).toEqual([
      1, 1, 10, 10, 20, 250, 10_000, 50_000,
    ]);
  });
});
