/**
 * Small SVG charts for the HTML report, written as strings: a horizontal bar chart and a line
 * chart with several series. No chart library: the page must work offline from one file, and
 * these two shapes are all the report needs. Colours come from CSS classes (the page's one
 * stylesheet), never from `style` attributes, which the page's Content-Security-Policy forbids.
 *
 * Every label passes through {@link escapeHtml}; numbers are written by this module.
 */
import { formatCount } from '../format.js';
import { attr, escapeHtml } from './escape.js';

/** One bar: what it is, how much, and an optional longer text for the hover title. */
export interface Bar {
  label: string;
  value: number;
  detail?: string;
}

/** Options of {@link barChartSvg}. */
export interface BarChartOptions {
  /** Unique in the page; names the chart for tests and for `aria-labelledby`. */
  id: string;
  title: string;
  bars: readonly Bar[];
  /** CSS class of the bars, which sets their colour. */
  barClass: string;
  /** Shown instead of bars when there are none. */
  emptyText: string;
}

/** One line of a line chart; `values` has one entry per x position. */
export interface Series {
  name: string;
  /** CSS class of the line and its legend key. */
  className: string;
  values: readonly number[];
}

/** Options of {@link lineChartSvg}. */
export interface LineChartOptions {
  id: string;
  title: string;
  /** The x positions' labels (e.g. bucket start times), one per value of each series. */
  xLabels: readonly string[];
  series: readonly Series[];
  emptyText: string;
}

const BAR_WIDTH = 720;
const BAR_ROW = 26;
const BAR_LABEL_WIDTH = 190;
const BAR_VALUE_WIDTH = 90;
const BAR_TOP = 34;
/** Labels longer than this are cut with an ellipsis; the full text is in the bar's title. */
const BAR_LABEL_CHARS = 26;

const LINE_WIDTH = 720;
const LINE_HEIGHT = 280;
const LINE_MARGIN = { top: 40, right: 16, bottom: 44, left: 64 };
const LINE_TICKS = 4;

/**
 * A horizontal bar chart, bars in the order given, longest bar scaled to the plot width. Each
 * bar is a `rect.bar` with a `<title>` (label, value, detail) that browsers show on hover.
 */
export function barChartSvg(options: BarChartOptions): string {
  const { id, title, bars } = options;
  const height = BAR_TOP + Math.max(1, bars.length) * BAR_ROW + 8;
  const parts = [svgOpen(id, title, BAR_WIDTH, height), chartTitle(id, title)];
  if (bars.length === 0) {
    parts.push(emptyNote(options.emptyText, BAR_WIDTH / 2, BAR_TOP + BAR_ROW / 2));
  } else {
    const max = Math.max(1, ...bars.map((bar) => bar.value));
    const plot = BAR_WIDTH - BAR_LABEL_WIDTH - BAR_VALUE_WIDTH;
    bars.forEach((bar, index) => {
      const y = BAR_TOP + index * BAR_ROW;
      // A non-zero value keeps at least a sliver, so it is not mistaken for nothing.
      const width = bar.value <= 0 ? 0 : Math.max(1, (bar.value / max) * plot);
      const hover = `${bar.label}: ${formatCount(bar.value)}${bar.detail === undefined ? '' : ` (${bar.detail})`}`;
      parts.push(
        `<g class="row">`,
        `<text class="label"${attr('x', BAR_LABEL_WIDTH - 8)}${attr('y', y + BAR_ROW / 2)} text-anchor="end" dominant-baseline="middle">${escapeHtml(shorten(bar.label, BAR_LABEL_CHARS))}</text>`,
        `<rect${attr('class', `bar ${options.barClass}`)}${attr('x', BAR_LABEL_WIDTH)}${attr('y', y + 4)}${attr('width', round(width))}${attr('height', BAR_ROW - 8)}${attr('data-value', bar.value)}><title>${escapeHtml(hover)}</title></rect>`,
        `<text class="value"${attr('x', round(BAR_LABEL_WIDTH + width + 6))}${attr('y', y + BAR_ROW / 2)} dominant-baseline="middle">${formatCount(bar.value)}</text>`,
        `</g>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A line chart: one `polyline` per series over shared x positions, a y axis from 0 to a round
 * maximum with {@link LINE_TICKS} gridlines, the first, middle and last x labels, a legend, and
 * one invisible column per x position whose `<title>` gives every series' value there.
 */
export function lineChartSvg(options: LineChartOptions): string {
  const { id, title, xLabels, series } = options;
  const parts = [svgOpen(id, title, LINE_WIDTH, LINE_HEIGHT), chartTitle(id, title)];
  const count = xLabels.length;
  if (count === 0 || series.length === 0) {
    parts.push(emptyNote(options.emptyText, LINE_WIDTH / 2, LINE_HEIGHT / 2), '</svg>');
    return parts.join('');
  }
  const left = LINE_MARGIN.left;
  const top = LINE_MARGIN.top;
  const plotWidth = LINE_WIDTH - LINE_MARGIN.left - LINE_MARGIN.right;
  const plotHeight = LINE_HEIGHT - LINE_MARGIN.top - LINE_MARGIN.bottom;
  const max = niceCeiling(Math.max(1, ...series.flatMap((line) => line.values)));
  const step = count > 1 ? plotWidth / (count - 1) : 0;
  const xAt = (index: number): number => (count > 1 ? left + index * step : left + plotWidth / 2);
  const yAt = (value: number): number => top + plotHeight - (Math.max(0, value) / max) * plotHeight;

  parts.push(legend(series, left, top - 12));
  for (let tick = 0; tick <= LINE_TICKS; tick += 1) {
    const value = (max * tick) / LINE_TICKS;
    const y = round(yAt(value));
    parts.push(
      `<line class="grid"${attr('x1', left)}${attr('x2', left + plotWidth)}${attr('y1', y)}${attr('y2', y)}/>`,
      `<text class="tick"${attr('x', left - 6)}${attr('y', y)} text-anchor="end" dominant-baseline="middle">${formatCount(value)}</text>`,
    );
  }
  const labelled = [...new Set([0, Math.floor((count - 1) / 2), count - 1])];
  for (const index of labelled) {
    const anchor = count === 1 ? 'middle' : index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle';
    parts.push(
      `<text class="tick"${attr('x', round(xAt(index)))}${attr('y', top + plotHeight + 18)}${attr('text-anchor', anchor)}>${escapeHtml(xLabels[index] ?? '')}</text>`,
    );
  }
  for (const line of series) {
    const points = xLabels.map((_, index) => `${round(xAt(index))},${round(yAt(line.values[index] ?? 0))}`);
    parts.push(
      `<polyline${attr('class', `line ${line.className}`)} fill="none"${attr('points', points.join(' '))}${attr('data-series', line.name)}/>`,
    );
  }
  // Hover targets: a column per x position, as wide as the spacing between points.
  const hitWidth = count > 1 ? step : plotWidth;
  xLabels.forEach((label, index) => {
    const values = series.map((line) => `${formatCount(line.values[index] ?? 0)} ${line.name}`).join(', ');
    parts.push(
      `<rect class="hit"${attr('x', round(xAt(index) - hitWidth / 2))}${attr('y', top)}${attr('width', round(hitWidth))}${attr('height', plotHeight)}><title>${escapeHtml(`${label}: ${values}`)}</title></rect>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`, so that the
 * y axis ends on a number a reader can take in at a glance.
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}

function svgOpen(id: string, title: string, width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"${attr('data-chart', id)}` +
    `${attr('viewBox', `0 0 ${width} ${height}`)}${attr('width', width)}${attr('height', height)}` +
    `${attr('aria-labelledby', `${id}-title`)}>`
  );
}

function chartTitle(id: string, title: string): string {
  return `<title${attr('id', `${id}-title`)}>${escapeHtml(title)}</title>`;
}

function emptyNote(text: string, x: number, y: number): string {
  return `<text class="empty"${attr('x', x)}${attr('y', y)} text-anchor="middle" dominant-baseline="middle">${escapeHtml(text)}</text>`;
}

function legend(series: readonly Series[], x: number, y: number): string {
  let offset = x;
  const keys: string[] = [];
  for (const line of series) {
    keys.push(
      `<rect${attr('class', `key ${line.className}`)}${attr('x', offset)}${attr('y', y - 5)} width="12" height="10"/>`,
      `<text class="label"${attr('x', offset + 16)}${attr('y', y)} dominant-baseline="middle">${escapeHtml(line.name)}</text>`,
    );
    // Wide enough for the names the report uses; the font is the reader's, so no measuring.
    offset += 24 + line.name.length * 8;
  }
  return `<g class="legend">${keys.join('')}</g>`;
}

function shorten(text: string, chars: number): string {
  const glyphs = [...text];
  return glyphs.length <= chars ? text : `${glyphs.slice(0, chars - 1).join('')}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
