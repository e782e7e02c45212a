/** Numbers, windows and places in the words of review findings and notes. */
import type { Report, RuleReport } from '../../report/types.js';
import type { WrittenRule } from './written-rule.js';

/** `1,204`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `1 flow`, `1,204 flows`. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `main.tf:12`. */
export function place(rule: WrittenRule): string {
  return `${rule.file}:${rule.line}`;
}

/** The day of an ISO time, or the time itself when it is not one. */
function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}

/** `the 7 days from 2026-11-19 to 2026-11-26`, or `the window` when the report has none. */
export function windowText(report: Report): string {
  const { start, end } = report.window;
  if (start === null || end === null) return 'the window';
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000;
  const length =
    seconds >= 86_400
      ? plural(Math.round(seconds / 86_400), 'day')
      : seconds >= 3_600
        ? plural(Math.round(seconds / 3_600), 'hour')
        : plural(Math.max(1, Math.round(seconds / 60)), 'minute');
  return `the ${length} from ${day(start)} to ${day(end)}`;
}

/** `first seen 2026-11-19T08:00:00Z, last seen 2026-11-25T17:00:00Z`, or nothing. */
export function seenText(rule: RuleReport): string {
  const { firstSeen, lastSeen } = rule.usage;
  if (firstSeen === null || lastSeen === null) return '';
  return ` (first seen ${firstSeen}, last seen ${lastSeen})`;
}

/** `SSH (22)`, `RDP (3389)`, else the number. */
export function portName(port: number): string {
  return port === 22 ? 'SSH (22)' : port === 3389 ? 'RDP (3389)' : String(port);
}

/** `198.51.100.23 and 3 other peers`, `198.51.100.23`, or `4 peers` when none is listed. */
export function peersText(top: readonly { address: string }[], peers: number): string {
  const first = top[0];
  if (!first) return plural(peers, 'peer');
  const others = peers - 1;
  return others > 0 ? `${first.address} and ${plural(others, 'other peer')}` : first.address;
}
