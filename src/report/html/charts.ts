/**
 * The four traffic charts of the HTML report, from the JSON report's numbers: flows over time
 * (accepted against rejected), the busiest local ports, the busiest remote peers, and rejected
 * traffic by port.
 */
import { downsampleBuckets } from '../charts.js';
import { compareText, formatDuration, formatTime } from '../format.js';
import type { Report, RuleReport } from '../types.js';
import { barChartSvg, lineChartSvg, type Bar } from './svg.js';

/** Points of the time chart; an SVG polyline of this many points is still small and smooth. */
export const MAX_TIME_POINTS = 240;

/** Bars per bar chart: past that the bars are too short to compare. */
export const MAX_BARS = 15;

/** One chart of the page: its id (the `data-chart` of its SVG), caption, note and drawing. */
export interface ReportChart {
  id: 'flows-over-time' | 'top-ports' | 'top-talkers' | 'rejected-by-port';
  caption: string;
  /** Where the numbers come from, shown under the chart. */
  note: string;
  svg: string;
}

/** The four charts, in the order the page shows them. */
export function reportCharts(report: Report): ReportChart[] {
  return [
    flowsOverTime(report.traffic),
    topPorts(report.traffic),
    topTalkers(report.rules),
    rejectedByPort(report.traffic),
  ];
}

function flowsOverTime(traffic: Report['traffic']): ReportChart {
  const { factor, points } = downsampleBuckets(traffic.buckets, MAX_TIME_POINTS);
  const step = formatDuration(traffic.bucketSeconds * factor);
  const caption = `Flows per ${step}: accepted and rejected`;
  return {
    id: 'flows-over-time',
    caption,
    note: 'Every flow record with a time, ACCEPT and REJECT, counted in the bucket it started in.',
    svg: lineChartSvg({
      id: 'flows-over-time',
      title: caption,
      xLabels: points.map((point) => formatTime(point.start)),
      series: [
        { name: 'accepted', className: 'accepted', values: points.map((point) => point.accepted) },
        { name: 'rejected', className: 'rejected', values: points.map((point) => point.rejected) },
      ],
      emptyText: 'No flow records with a time.',
    }),
  };
}

type PortCount = Report['traffic']['topPorts'][number];

function portBars(ports: readonly PortCount[]): Bar[] {
  return [...ports]
    .filter((entry) => entry.flows > 0)
    .sort((a, b) => b.flows - a.flows || a.port - b.port || compareText(a.protocol, b.protocol))
    .slice(0, MAX_BARS)
    .map((entry) => ({ label: `${entry.protocol}/${entry.port}`, value: entry.flows }));
}

function topPorts(traffic: Report['traffic']): ReportChart {
  const caption = 'Top ports by flows';
  return {
    id: 'top-ports',
    caption,
    note: 'Local ports of the audited interfaces, by flows.',
    svg: barChartSvg({
      id: 'top-ports',
      title: caption,
      bars: portBars(traffic.topPorts),
      barClass: 'ports',
      emptyText: 'No port carried a flow.',
    }),
  };
}

function rejectedByPort(traffic: Report['traffic']): ReportChart {
  const caption = 'Rejected traffic by port';
  return {
    id: 'rejected-by-port',
    caption,
    note: 'REJECT records by the local port they tried to reach.',
    svg: barChartSvg({
      id: 'rejected-by-port',
      title: caption,
      bars: portBars(traffic.topRejectedPorts),
      barClass: 'rejected',
      emptyText: 'No rejected traffic.',
    }),
  };
}

/**
 * The busiest remote peers: each rule's `topPeers` summed by address. A connection start is
 * credited to one rule only, so the sums do not count a flow twice; they can undercount a peer
 * that was outside some rule's top list, which the note says.
 */
export function talkerBars(rules: readonly RuleReport[]): Bar[] {
  const byAddress = new Map<string, { flows: number; rules: number }>();
  for (const rule of rules) {
    for (const peer of rule.usage.topPeers) {
      const entry = byAddress.get(peer.address) ?? { flows: 0, rules: 0 };
      entry.flows += peer.flows;
      entry.rules += 1;
      byAddress.set(peer.address, entry);
    }
  }
  return [...byAddress]
    .filter(([, entry]) => entry.flows > 0)
    .sort(([a, x], [b, y]) => y.flows - x.flows || compareText(a, b))
    .slice(0, MAX_BARS)
    .map(([address, entry]) => ({
      label: address,
      value: entry.flows,
      detail: entry.rules === 1 ? 'through 1 rule' : `through ${entry.rules} rules`,
    }));
}

function topTalkers(rules: readonly RuleReport[]): ReportChart {
  const caption = 'Top talkers by connections';
  return {
    id: 'top-talkers',
    caption,
    note:
      "Remote addresses by the connection starts credited to rules, summed over each rule's top peers " +
      '(a peer outside a rule’s top list is not counted for that rule).',
    svg: barChartSvg({
      id: 'top-talkers',
      title: caption,
      bars: talkerBars(rules),
      barClass: 'talkers',
      emptyText: 'No connection was credited to a rule.',
    }),
  };
}
