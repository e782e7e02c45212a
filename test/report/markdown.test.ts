import { describe, expect, test } from 'vitest';
import { DEFAULT_MARKDOWN_MAX_BYTES, escapeCell, renderMarkdown } from '../../src/report/markdown.js';
import { downsampleBuckets } from '../../src/report/charts.js';
import { formatCount } from '../../src/report/format.js';
import { buildReport, hourlyBuckets, largeReport } from './fixture.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The lines of the fenced mermaid blocks, one array per block. */
function mermaidBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((match) => (match[1] ?? '').split('\n'));
}

describe('renderMarkdown', () => {
  test('the headline gives the findings by severity, window, records, interfaces and rules', () => {
    const lines = renderMarkdown(buildReport()).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '## sg-flow-audit report',
      '',
      '**Findings: 1 critical · 1 high · 3 medium · 1 low · 2 info** (1 suppressed)',
      '',
      '| Window | Records | Interfaces | Rules |',
      '| --- | --- | --- | --- |',
      '| 2026-11-19 00:00 UTC → 2026-11-22 00:00 UTC | 70,002 in 3 files: 64,000 accepted, 5,800 rejected, 150 NODATA, 52 SKIPDATA, 2 malformed | 5 (4 with records, 1 unknown) | 9: 5 used, 1 unused, 3 unknown |',
    ]);
  });

  test('findings come by severity, worst first, each with its proposed change', () => {
    const markdown = renderMarkdown(buildReport());
    expect(markdown).toContain(
      [
        '#### 🔴 Critical (1)',
        '',
        '| Type | Where | Finding | Flows | Proposed change |',
        '| --- | --- | --- | ---: | --- |',
        '| open-admin-port | sg-0a1b2c3d4e5f60001/sgr-0000000000000001 | SSH (tcp 22) open to the internet | 1,204 | replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32 |',
        '',
        '#### 🟠 High (1)',
      ].join('\n'),
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings).toEqual([
      '#### 🔴 Critical (1)',
      '#### 🟠 High (1)',
      '#### 🟡 Medium (3)',
      '#### 🔵 Low (1)',
      '#### ⚪ Info (2)',
      '#### Suppressed (1)',
    ]);
    expect(markdown).toContain(
      '| broad-ports | sg-0a1b2c3d4e5f60002/sgr-0000000000000006 | tcp 0-65535 used on 2 ports | 120 | replace tcp 0-65535 10.0.0.0/8 → tcp 5432, tcp 6432 |',
    );
    expect(markdown).toContain(
      '| unused-rule | sg-0a1b2c3d4e5f60003/sgr-0000000000000008 | Rule unused for 3 days | monthly batch job | 2027-01-31 |',
    );
  });

  test('each security group has a rule-usage table', () => {
    expect(renderMarkdown(buildReport())).toContain(
      [
        '<details><summary><b>sg-0a1b2c3d4e5f60002</b> db — 3 rules: 2 used, 1 unused</summary>',
        '',
        '| Rule | Direction | Protocol | Ports | Peer | Status | Flows | Peers | Top peer |',
        '| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |',
        '| sgr-0000000000000006 | ingress | tcp | 0-65535 | 10.0.0.0/8 | used | 120 | 3 | 10.0.3.4 (80) |',
        '| sgr-0000000000000005 | ingress | tcp | 3306 | 10.0.0.0/8 | **unused** | 0 | 0 |  |',
        '| sgr-0000000000000004 | ingress | tcp | 5432 | sg-0a1b2c3d4e5f60001 | used | 3,400 | 2 | 10.0.1.10 (2,000) |',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  test('flows over time are an xychart with two line series of at most 48 points', () => {
    const [flows] = mermaidBlocks(renderMarkdown(buildReport()));
    expect(flows?.slice(0, 5)).toEqual([
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1a7f37, #cf222e"}}}}%%',
      'xychart-beta',
      '  title "Flows per 2 h: accepted (green) vs rejected (red)"',
      '  x-axis "Hours since 2026-11-19 00:00 UTC" 0 --> 70',
      '  y-axis "Flows" 0 --> 10501',
    ]);
    const series = flows?.filter((line) => line.startsWith('  line [')) ?? [];
    expect(series).toHaveLength(2);
    // 72 hourly buckets merge pairwise into 36 points; the totals are kept.
    const accepted = JSON.parse(series[0]?.slice('  line '.length) ?? '[]') as number[];
    const rejected = JSON.parse(series[1]?.slice('  line '.length) ?? '[]') as number[];
    expect(accepted).toHaveLength(36);
    const buckets = hourlyBuckets();
    expect(accepted.reduce((a, b) => a + b, 0)).toBe(buckets.reduce((a, b) => a + b.accepted, 0));
    expect(rejected.reduce((a, b) => a + b, 0)).toBe(buckets.reduce((a, b) => a + b.rejected, 0));
  });

  test('a week of 5-minute buckets is downsampled to at most 48 points, counted in days', () => {
    const report = buildReport();
    report.traffic.bucketSeconds = 300;
    report.traffic.buckets = Array.from({ length: 2_016 }, (_, i) => ({
      start: new Date(Date.UTC(2026, 10, 19) + i * 300_000).toISOString().replace('.000Z', 'Z'),
      accepted: 10,
      rejected: 1,
    }));
    const [flows] = mermaidBlocks(renderMarkdown(report));
    expect(flows).toContain('  title "Flows per 210 min: accepted (green) vs rejected (red)"');
    expect(flows).toContain('  x-axis "Days since 2026-11-19 00:00 UTC" 0 --> 6.85');
    const accepted = flows?.find((line) => line.startsWith('  line ['));
    expect(JSON.parse(accepted?.slice('  line '.length) ?? '[]')).toHaveLength(48);
    expect(downsampleBuckets(report.traffic.buckets).factor).toBe(42);
  });

  test('the busiest ports are a pie', () => {
    const blocks = mermaidBlocks(renderMarkdown(buildReport()));
    expect(blocks[1]).toEqual([
      'pie title Top ports by flows',
      '  "tcp/443 (52,310)" : 52310',
      '  "tcp/5432 (3,400)" : 3400',
      '  "tcp/22 (1,204)" : 1204',
      '  "udp/53 (800)" : 800',
    ]);
  });

  test('no traffic, no charts', () => {
    const report = buildReport();
    report.traffic.buckets = [];
    report.traffic.topPorts = [];
    const markdown = renderMarkdown(report);
    expect(mermaidBlocks(markdown)).toEqual([]);
    expect(markdown).not.toContain('### Traffic');
  });

  test('table cells escape pipes, angle brackets, backticks and newlines', () => {
    expect(escapeCell('a|b <script> `x` c\nd & e')).toBe('a&#124;b &lt;script&gt; &#96;x&#96; c d &amp; e');
    const report = buildReport();
    const ssh = report.findings.find((f) => f.id === 'f-ssh-open');
    if (ssh) ssh.title = 'SSH | open <b>`now`</b>';
    const row = renderMarkdown(report)
      .split('\n')
      .find((line) => line.startsWith('| open-admin-port'));
    expect(row).toBe(
      '| open-admin-port | sg-0a1b2c3d4e5f60001/sgr-0000000000000001 | SSH &#124; open &lt;b&gt;&#96;now&#96;&lt;/b&gt; | 1,204 | replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32 |',
    );
    expect(row?.split(' | ')).toHaveLength(5);
  });

  test('the output is deterministic whatever order findings and rules come in', () => {
    const a = buildReport();
    const b = buildReport();
    b.findings.reverse();
    b.rules.reverse();
    b.traffic.buckets.reverse();
    expect(renderMarkdown(b, { reportPath: 'r.json' })).toBe(renderMarkdown(a, { reportPath: 'r.json' }));
  });

  test('20,000 findings and 5,000 rules stay under the job-summary cap and point at the report', () => {
    const markdown = renderMarkdown(largeReport(20_000, 5_000), {
      reportPath: 'out/sg-flow-audit-report.json',
    });
    expect(bytes(markdown)).toBeLessThanOrEqual(DEFAULT_MARKDOWN_MAX_BYTES);
    expect(DEFAULT_MARKDOWN_MAX_BYTES).toBeLessThan(1024 * 1024);

    const lines = markdown.split('\n');
    const findingRows = lines.filter((line) => line.startsWith('| broad-source |')).length;
    const ruleRows = lines.filter((line) => line.startsWith('| sgr-')).length;
    expect(findingRows).toBeGreaterThan(1_000);
    expect(ruleRows).toBeGreaterThan(1_000);
    expect(lines).toContain(
      `**${formatCount(20_000 - findingRows)} more findings in the report (\`out/sg-flow-audit-report.json\`).**`,
    );
    expect(lines).toContain(
      `**${formatCount(5_000 - ruleRows)} more rules in the report (\`out/sg-flow-audit-report.json\`).**`,
    );
    // Every opened group table is closed, and the charts and footer survive the cut.
    expect(lines.filter((line) => line.startsWith('<details>')).length).toBe(
      lines.filter((line) => line === '</details>').length,
    );
    expect(mermaidBlocks(markdown)).toHaveLength(2);
    expect(lines).toContain(
      '<sub>sg-flow-audit 0.1.0 · full report: <code>out/sg-flow-audit-report.json</code></sub>',
    );
  });

  test('a cut keeps the worst findings: with a small cap only criticals, busiest first', () => {
    const report = largeReport(20_000, 5_000);
    const markdown = renderMarkdown(report, { maxBytes: 30_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(30_000);
    const headings = markdown.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings).toEqual(['#### 🔴 Critical (3,334)']);
    const flows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| broad-source |'))
      .map((line) => Number(line.split(' | ')[3]?.replace(/,/g, '')));
    expect(flows.length).toBeGreaterThan(10);
    expect(flows).toEqual([...flows].sort((x, y) => y - x));
    const busiestCritical = Math.max(
      ...report.findings.filter((f) => f.severity === 'critical').map((f) => Number(f.evidence['flows'])),
    );
    expect(flows[0]).toBe(busiestCritical);
    expect(markdown).toMatch(/\n\*\*[\d,]+ more findings in the report\.\*\*\n/);
    expect(markdown).toMatch(/\n\*\*[\d,]+ more rules in the report\.\*\*\n/);
  });

  test('any cap is respected, down to a summary with the headline only', () => {
    const report = largeReport(2_000, 500);
    for (const maxBytes of [600, 2_000, 5_000, 50_000, 200_000]) {
      expect(bytes(renderMarkdown(report, { maxBytes }))).toBeLessThanOrEqual(maxBytes);
    }
  });
});
