/**
 * Renders the job summary the way a reviewer sees it: markdown to HTML, then every ```mermaid
 * block drawn by Mermaid in headless Chromium. A chart that Mermaid cannot parse shows up on
 * GitHub as an error box instead of a chart, and no unit assertion on the text would notice.
 *
 * The browser is the Chromium of the npm package @sparticuz/chromium (test/helpers/browser.ts),
 * unpacked on first use. Everything is served from 127.0.0.1 and any other request is refused: no
 * internet.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { testChromium } from '../helpers/browser.js';
import { buildReport, largeReport } from './fixture.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const mermaidScript = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'));

let server: Server;
let origin: string;
let context: BrowserContext;
let userDataDir: string;
/** The page served at `/`; each test sets it before navigating. */
let pageHtml = '';

beforeAll(async () => {
  const browser = await testChromium();
  server = createServer((request, response) => {
    if (request.url === '/mermaid.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(mermaidScript);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  // A fresh profile each run: nothing cached or remembered from an earlier run can help a chart.
  userDataDir = mkdtempSync(join(tmpdir(), 'sgfa-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browser.executablePath,
    env: browser.env,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // Only our own server is reachable; Mermaid must not need anything from the internet.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
  );
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** The summary as GitHub would show it, with Mermaid loaded but not yet run. */
async function summaryPage(markdown: string): Promise<string> {
  const body = await marked.parse(markdown, { gfm: true });
  return `<!doctype html><html><head><meta charset="utf-8"><title>summary</title>
<script src="/mermaid.min.js"></script></head><body>${body}</body></html>`;
}

interface ChartOutcome {
  source: string;
  svg: string;
  error: string | null;
}

/** Draws every mermaid block of the page and reports, per block, the SVG or the error. */
async function drawCharts(markdown: string): Promise<{ charts: ChartOutcome[]; pageErrors: string[] }> {
  pageHtml = await summaryPage(markdown);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const charts = await page.evaluate(async () => {
      // The test compiles without the DOM library; these are the few browser globals it touches.
      const { mermaid, document } = globalThis as unknown as { mermaid: MermaidApi; document: PageDocument };
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
      const outcomes: ChartOutcome[] = [];
      for (const [index, block] of blocks.entries()) {
        const source = block.textContent ?? '';
        try {
          await mermaid.parse(source);
          const { svg } = await mermaid.render(`chart-${index}`, source);
          // Put the drawing where the code block was, as GitHub does.
          const figure = document.createElement('div');
          figure.innerHTML = svg;
          block.parentElement?.replaceWith(figure);
          outcomes.push({ source, svg, error: null });
        } catch (error) {
          outcomes.push({ source, svg: '', error: String(error) });
        }
      }
      return outcomes;
    });
    return { charts, pageErrors };
  } finally {
    await page.close();
  }
}

/** The part of the browser document the page script uses. */
interface PageElement {
  textContent: string | null;
  innerHTML: string;
  parentElement: PageElement | null;
  replaceWith(node: PageElement): void;
}
interface PageDocument {
  querySelectorAll(selector: string): Iterable<PageElement>;
  createElement(tag: string): PageElement;
}

/** The part of Mermaid's browser API the page uses. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

test('the job summary charts draw in Chromium without errors', async () => {
  const { charts, pageErrors } = await drawCharts(
    renderMarkdown(buildReport(), { reportPath: 'report.json' }),
  );

  expect(charts.map((chart) => chart.source.split('\n').find((line) => !line.startsWith('%%')))).toEqual([
    'xychart-beta',
    'pie title Top ports by flows',
  ]);
  for (const chart of charts) {
    expect(chart.error).toBeNull();
    expect(chart.svg).toMatch(/^<svg[\s>]/);
    expect(chart.svg).not.toMatch(/Syntax error/i);
  }
  // Two line series for accepted and rejected, drawn in the colours the title names.
  const lines =
    charts[0]?.svg.match(/<path[^>]*class="[^"]*line-plot-\d[^"]*"[^>]*>|<g class="line-plot-\d"/g) ?? [];
  expect(lines.length).toBeGreaterThanOrEqual(2);
  expect(charts[0]?.svg).toContain('#1a7f37');
  expect(charts[0]?.svg).toContain('#cf222e');
  // Four slices, one per port.
  expect(charts[1]?.svg.match(/class="pieCircle"/g)).toHaveLength(4);
  expect(pageErrors).toEqual([]);
});

test('the capped summary of a very large report still draws its charts', async () => {
  const { charts, pageErrors } = await drawCharts(renderMarkdown(largeReport(20_000, 5_000)));

  expect(charts).toHaveLength(2);
  expect(charts.map((chart) => chart.error)).toEqual([null, null]);
  expect(pageErrors).toEqual([]);
});
