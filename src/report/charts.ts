/**
 * Mermaid charts for the job summary. GitHub renders ```mermaid blocks itself, so a chart costs a
 * few hundred bytes of text and no image hosting. Only diagram types GitHub's Mermaid supports
 * are used: `xychart-beta` (line) and `pie`.
 */
import { formatCount, formatDuration, formatTime } from './format.js';
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
 *
 * The x-axis is numeric (hours or days since the first bucket) rather than one label per point:
 * xychart neither rotates nor thins category labels, so 48 timestamps would print on top of each
 * other. xychart-beta has no legend in the Mermaid versions GitHub runs, so the title names the
 * colours.
 */
export function flowsChart(traffic: Report['traffic']): string[] | undefined {
  if (traffic.buckets.length === 0) return undefined;
  const { factor, points } = downsampleBuckets(traffic.buckets);
  const stepSeconds = traffic.bucketSeconds * factor;
  const spanSeconds = Math.max(1, points.length - 1) * stepSeconds;
  const [unit, unitSeconds] = spanSeconds > 3 * 86_400 ? ['Days', 86_400] : ['Hours', 3_600];
  const axisEnd = round2(spanSeconds / unitSeconds);
  const since = formatTime(points[0]?.start ?? '');
  const max = Math.max(1, ...points.map((point) => Math.max(point.accepted, point.rejected)));
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOURS}"}}}}%%`,
    'xychart-beta',
    `  title "Flows per ${formatDuration(stepSeconds)}: accepted (green) vs rejected (red)"`,
    `  x-axis "${quoteSafe(`${unit} since ${since}`)}" 0 --> ${axisEnd}`,
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

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Mermaid strings end at a double quote and cannot escape one. */
function quoteSafe(text: string): string {
  return text.replace(/"/g, "'");
}
