/**
 * Mermaid charts for the job summary. GitHub renders ```mermaid blocks itself, so a chart costs a
 * few hundred bytes of text and no image hosting. Only diagram types GitHub's Mermaid supports
 * are used: `xychart-beta` (line) and `pie`.
 */
import { formatCount, formatDuration } from './format.js';
import type { Report, TimeBucket } from './types.js';

/** More points than this make the x-axis labels unreadable and the block needlessly long. */
export const MAX_CHART_POINTS = 48;

/** How many ports the pie shows; the rest are too thin to read. */
export const MAX_PIE_SLICES = 10;

/** Accepted in green and rejected in red, GitHub's own success and danger colours. */
const LINE_COLOURS = '#1a7f37, #cf222e';

/**
 * Merges consecutive buckets so that at most `maxPoints` remain: each point sums `factor`
 * original buckets and is labelled with the first one's start. Buckets are sorted by start first.
 */
export function downsampleBuckets(
  buckets: readonly TimeBucket[],
  maxPoints: number = MAX_CHART_POINTS,
): { factor: number; points: TimeBucket[] } {
  const sorted = [...buckets].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const factor = Math.max(1, Math.ceil(sorted.length / Math.max(1, maxPoints)));
  const points: TimeBucket[] = [];
  for (let i = 0; i < sorted.length; i += factor) {
    const slice = sorted.slice(i, i + factor);
    points.push({
      start: slice[0]?.start ?? '',
      accepted: slice.reduce((sum, bucket) => sum + bucket.accepted, 0),
      rejected: slice.reduce((sum, bucket) => sum + bucket.rejected, 0),
    });
  }
  return { factor, points };
}

/**
 * Flows over time, accepted against rejected, as an `xychart-beta` with two line series; the
 * lines of a fenced block ready for markdown, or undefined when there are no buckets.
 * xychart-beta has no legend, so the title names the colours.
 */
export function flowsChart(traffic: Report['traffic']): string[] | undefined {
  if (traffic.buckets.length === 0) return undefined;
  const { factor, points } = downsampleBuckets(traffic.buckets);
  const step = formatDuration(traffic.bucketSeconds * factor);
  const first = points[0]?.start ?? '';
  const last = points.at(-1)?.start ?? '';
  // Within one day the date adds nothing; over several days the time of day alone is ambiguous.
  const sameDay = first.slice(0, 10) === last.slice(0, 10);
  const labels = points.map((point) => `"${timeLabel(point.start, sameDay)}"`);
  const max = Math.max(1, ...points.map((point) => Math.max(point.accepted, point.rejected)));
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOURS}"}}}}%%`,
    'xychart-beta',
    `  title "Flows per ${step}: accepted (green) vs rejected (red)"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Flows" 0 --> ${max}`,
    `  line [${points.map((point) => point.accepted).join(', ')}]`,
    `  line [${points.map((point) => point.rejected).join(', ')}]`,
    '```',
  ];
}

/**
 * The busiest local ports as a `pie`, or undefined when no port carried a flow. Slices are
 * labelled `tcp/443 (1,200)` because GitHub's pie shows percentages, not counts.
 */
export function topPortsChart(topPorts: Report['traffic']['topPorts']): string[] | undefined {
  const slices = [...topPorts]
    .filter((entry) => entry.flows > 0)
    .sort(
      (a, b) =>
        b.flows - a.flows ||
        a.port - b.port ||
        (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0),
    )
    .slice(0, MAX_PIE_SLICES);
  if (slices.length === 0) return undefined;
  return [
    '```mermaid',
    'pie title Top ports by flows',
    ...slices.map(
      (entry) =>
        `  "${quoteSafe(`${entry.protocol}/${entry.port} (${formatCount(entry.flows)})`)}" : ${entry.flows}`,
    ),
    '```',
  ];
}

/** `2026-11-19T06:00:00Z` → `11-19 06:00`, or `06:00` within one day. */
function timeLabel(iso: string, sameDay: boolean): string {
  const match = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return quoteSafe(iso);
  const time = `${match[3]}:${match[4]}`;
  return sameDay ? time : `${match[1]}-${match[2]} ${time}`;
}

/** Mermaid strings end at a double quote and cannot escape one. */
function quoteSafe(text: string): string {
  return text.replace(/"/g, "'");
}
