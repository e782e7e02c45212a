/**
 * Wording and ordering shared by every renderer (text, markdown, annotations, SARIF), so that a
 * rule or a proposed change reads the same in the terminal, the job summary and code scanning.
 */
import { peerText } from '../inventory/model.js';
import type { Finding, Proposal, Report, RuleReport, Severity } from './types.js';
import { SEVERITIES } from './types.js';

/** Position of a severity in `SEVERITIES`: 0 is the worst. */
export function severityRank(severity: Severity): number {
  const index = SEVERITIES.indexOf(severity);
  return index === -1 ? SEVERITIES.length : index;
}

/**
 * The flows a finding is about: `evidence.flows` when the analysis recorded it, else
 * `evidence.accepted + evidence.rejected` (port scans and spikes count both), else 0.
 * Used only to rank findings of the same severity: busier problems first.
 */
export function findingFlows(finding: Finding): number {
  const { flows, accepted, rejected } = finding.evidence;
  if (isCount(flows)) return flows;
  const total = (isCount(accepted) ? accepted : 0) + (isCount(rejected) ? rejected : 0);
  return total;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * Orders findings worst first: severity, then flows (descending), then type and id so that
 * equal findings always come out in the same order (deterministic summaries and fingerprints).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    findingFlows(b) - findingFlows(a) ||
    compareText(a.type, b.type) ||
    compareText(a.id, b.id)
  );
}

/** A ranked copy of the findings (the input is not reordered). */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Code-unit order, independent of the process locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders rules for tables: by group, ingress before egress, then protocol, ports, peer and id,
 * so the same inventory always gives the same table whatever order AWS listed it in.
 */
export function compareRules(a: RuleReport, b: RuleReport): number {
  return (
    compareText(a.groupId, b.groupId) ||
    directionRank(a.direction) - directionRank(b.direction) ||
    compareText(a.protocol, b.protocol) ||
    a.fromPort - b.fromPort ||
    a.toPort - b.toPort ||
    compareText(peerText(a.peer), peerText(b.peer)) ||
    compareText(a.ruleId, b.ruleId)
  );
}

function directionRank(direction: RuleReport['direction']): number {
  return direction === 'ingress' ? 0 : 1;
}

/** The rules grouped by security group, groups and rules in table order. */
export function rulesByGroup(
  rules: readonly RuleReport[],
): { groupId: string; groupName: string; rules: RuleReport[] }[] {
  const groups = new Map<string, { groupId: string; groupName: string; rules: RuleReport[] }>();
  for (const rule of [...rules].sort(compareRules)) {
    let group = groups.get(rule.groupId);
    if (!group) {
      group = { groupId: rule.groupId, groupName: rule.groupName, rules: [] };
      groups.set(rule.groupId, group);
    }
    group.rules.push(rule);
  }
  return [...groups.values()];
}

/** `1234567` → `1,234,567`, the same on every machine (toLocaleString depends on ICU and locale). */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The port part of a rule: `22`, `8000-8080`, `0-65535`, `all` (a protocol without ports),
 * or for ICMP the type and code that EC2 stores in the port fields.
 */
export function formatPorts(protocol: string, fromPort: number, toPort: number): string {
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    if (fromPort === -1) return 'all';
    return toPort === -1 ? `type ${fromPort}` : `type ${fromPort} code ${toPort}`;
  }
  // A full 0-65535 range stays literal: it is what the console shows and what a reviewer greps for.
  if (fromPort === -1) return 'all';
  return fromPort === toPort ? String(fromPort) : `${fromPort}-${toPort}`;
}

/** A rule in one line: `tcp 22 0.0.0.0/0`, `all sg-0123`, `udp 53 pl-0abc`. */
export function formatRule(rule: Pick<RuleReport, 'protocol' | 'fromPort' | 'toPort' | 'peer'>): string {
  const ports = formatPorts(rule.protocol, rule.fromPort, rule.toPort);
  const head = rule.protocol === 'all' ? 'all' : `${rule.protocol} ${ports}`;
  return `${head} ${peerText(rule.peer)}`;
}

type ProposedRule = Proposal['rules'][number];

function proposedPeer(rule: ProposedRule): string {
  return rule.cidr ?? rule.groupId ?? rule.prefixListId ?? '';
}

/**
 * A finding's proposed change in one line, e.g.
 * `replace tcp 22 0.0.0.0/0 → 198.51.100.23/32, 198.51.100.24/32` or `remove tcp 8080 10.0.0.0/8`.
 * Each new rule shows only what differs from the rule it replaces, so a narrowed source reads as
 * a list of networks and narrowed ports as a list of ports. Undefined when there is no proposal.
 */
export function formatProposal(finding: Finding, rule: RuleReport | undefined): string | undefined {
  const proposal = finding.proposal;
  if (!proposal) return undefined;
  if (proposal.action === 'deny') {
    const entries = proposal.networkAclEntries ?? [];
    return `deny ${entries[0]?.cidr ?? finding.peer ?? ''} in ${entries.map((e) => `${e.networkAclId} (rule ${e.ruleNumber})`).join(', ')}`;
  }
  const current = rule ? formatRule(rule) : (finding.ruleId ?? finding.groupId ?? '');
  if (proposal.action === 'remove') return `remove ${current}`.trimEnd();
  const currentPorts = rule
    ? `${rule.protocol} ${formatPorts(rule.protocol, rule.fromPort, rule.toPort)}`
    : '';
  const currentPeer = rule ? peerText(rule.peer) : '';
  const parts = proposal.rules.map((proposed) => {
    const ports =
      proposed.protocol === 'all'
        ? 'all'
        : `${proposed.protocol} ${formatPorts(proposed.protocol, proposed.fromPort, proposed.toPort)}`;
    const peer = proposedPeer(proposed);
    const samePorts = ports === currentPorts;
    const samePeer = peer === currentPeer || peer === '';
    if (samePorts && !samePeer) return peer;
    if (!samePorts && samePeer) return ports;
    return `${ports} ${peer}`.trimEnd();
  });
  return `${current === '' ? 'replace' : `replace ${current}`} → ${parts.join(', ')}`;
}

/**
 * One proposed change per rule: every finding about a rule carries the same change, so the first
 * of them shown (in rank order) spells it out and the others point to it.
 */
export function changeOncePerRule(): (finding: Finding, rule: RuleReport | undefined) => string | undefined {
  const shownBy = new Map<string, string>();
  return (finding, rule) => {
    const change = formatProposal(finding, rule);
    if (change === undefined || finding.ruleId === undefined) return change;
    const first = shownBy.get(finding.ruleId);
    if (first !== undefined) return `the same change as its ${first} finding (one change per rule)`;
    shownBy.set(finding.ruleId, finding.type);
    return change;
  };
}

/** Finds the rule a finding is about, if it names one that is in the report. */
export function ruleIndex(report: Report): (finding: Finding) => RuleReport | undefined {
  const byId = new Map<string, RuleReport>();
  for (const rule of report.rules) byId.set(rule.ruleId, rule);
  return (finding) => (finding.ruleId === undefined ? undefined : byId.get(finding.ruleId));
}

/** Where a finding is: `sg-0123/sgr-0456`, `sg-0123`, or the remote address. */
export function findingLocation(finding: Finding): string {
  if (finding.groupId !== undefined && finding.ruleId !== undefined)
    return `${finding.groupId}/${finding.ruleId}`;
  return finding.groupId ?? finding.ruleId ?? finding.peer ?? '';
}

/** `2026-11-19T00:00:00Z` → `2026-11-19 00:00 UTC`; shorter to read, same instant. */
export function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** The observation window in one phrase, or a note that no record carried a time. */
export function formatWindow(window: Report['window']): string {
  if (window.start === null || window.end === null) return 'no flow records';
  return `${formatTime(window.start)} → ${formatTime(window.end)}`;
}

/** A duration in the largest whole unit: `5 min`, `1 h`, `6 h`, `1 d`, else seconds. */
export function formatDuration(seconds: number): string {
  if (seconds > 0 && seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds > 0 && seconds % 3_600 === 0) return `${seconds / 3_600} h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** `used` rule's top peer as `198.51.100.23 (1,200)`, or an empty string. */
export function formatTopPeer(rule: RuleReport): string {
  const top = rule.usage.topPeers[0];
  return top ? `${top.address} (${formatCount(top.flows)})` : '';
}

/** Distinct peers, marked `~` when the count is an estimate. */
export function formatPeers(rule: RuleReport): string {
  return (rule.usage.peersExact ? '' : '~') + formatCount(rule.usage.peers);
}

/** `2 used, 1 unused` for a group's rules; statuses with no rule are left out. */
export function statusTally(rules: readonly RuleReport[]): string {
  const counts = { used: 0, unused: 0, unknown: 0 };
  for (const rule of rules) counts[rule.status] += 1;
  return (['used', 'unused', 'unknown'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => `${formatCount(counts[status])} ${status}`)
    .join(', ');
}

/** The findings counted in the summary (suppressed ones are kept in the report but not counted). */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.suppressed === undefined);
}
