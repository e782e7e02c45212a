/**
 * The page's one stylesheet. System fonts only (the page loads nothing), GitHub-like colours,
 * a dark variant that follows the reader's setting, and print rules that keep tables whole.
 *
 * The Content-Security-Policy allows exactly this text by its SHA-256 hash, so the page writes
 * it byte for byte; `style` attributes are not allowed, so everything is styled by class.
 */
export const PAGE_STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0;
  --accepted: #1a7f37; --rejected: #cf222e; --ports: #0969da; --talkers: #8250df;
  --critical: #a40e26; --high: #bc4c00; --medium: #9a6700; --low: #0969da; --info: #59636e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d;
    --accepted: #3fb950; --rejected: #f85149; --ports: #4493f8; --talkers: #ab7df8;
    --critical: #ff7b72; --high: #f0883e; --medium: #d29922; --low: #4493f8; --info: #9198a1;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 1280px; padding: 24px; color: var(--fg); background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 16px; margin: 0; display: inline; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.muted, .note { color: var(--muted); }
.note { font-size: 12.5px; margin: 4px 0 0; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 16px 0; }
.metric { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 10px 14px; margin: 0; }
.metric.wide { grid-column: span 2; }
.metric dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.metric dd { margin: 0; font-size: 22px; font-weight: 600; }
.metric dd.sub { font-size: 12.5px; font-weight: 400; color: var(--muted); }
.metric.wide dd { font-size: 16px; }
.sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
.sev-low { --sev: var(--low); } .sev-info { --sev: var(--info); }
.metric[class*="sev-"] { border-left: 4px solid var(--sev); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: var(--bg); background: var(--sev, var(--muted)); font-size: 12px; font-weight: 600; }
.errors { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 8px 14px; }
.errors ul { margin: 4px 0; padding-left: 20px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td code { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.change { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
td.change.repeat { font-family: inherit; color: var(--muted); }
tr.status-unused td.status { color: var(--rejected); font-weight: 600; }
tr.status-unknown td.status { color: var(--muted); }
.finding-title { font-weight: 600; }
.finding-message { color: var(--muted); font-size: 12.5px; }
button.sort { all: unset; cursor: pointer; }
button.sort::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; color: var(--fg); }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; color: var(--fg); }
button.sort:focus-visible { outline: 2px solid var(--ports); }
details.group { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
details.group > summary { cursor: pointer; }
.more { font-weight: 600; margin: 8px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 12px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: var(--fg); }
svg.chart text.tick, svg.chart text.empty { fill: var(--muted); }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .line { stroke-width: 2; stroke-linejoin: round; }
svg.chart .line.accepted { stroke: var(--accepted); } svg.chart .line.rejected { stroke: var(--rejected); }
svg.chart .key.accepted, svg.chart .bar.accepted { fill: var(--accepted); }
svg.chart .key.rejected, svg.chart .bar.rejected { fill: var(--rejected); }
svg.chart .bar.ports { fill: var(--ports); } svg.chart .bar.talkers { fill: var(--talkers); }
svg.chart .hit { fill: transparent; }
svg.chart .hit:hover { fill: var(--border); fill-opacity: .35; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; }
  details.group { break-inside: avoid; }
  tr { break-inside: avoid; }
}
`;
