/**
 * The checks of rules a pull request adds (or widens): ingress from anywhere (`0.0.0.0/0`,
 * `::/0`) over tcp, udp or every protocol that reaches an admin port is `open-admin-port`, one that
 * reaches another high-risk port is `open-high-risk-port`; with the live rule's flows when the
 * account already has the rule.
 */
import { severityOf } from '../../config.js';
import { fingerprint } from '../../analysis/findings.js';
import type { Finding, FindingType, RuleReport, Severity } from '../../report/types.js';
import type { ReviewContext } from './context.js';
import { peersText, place, plural, portName, seenText, windowText } from './text.js';
import {
  canonicalCidr,
  describeWritten,
  ruleIdentity,
  writtenGroupText,
  type ReadRule,
} from './written-rule.js';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** The findings about the added rules of the diff. */
export function additionFindings(ctx: ReviewContext): Finding[] {
  const findings: Finding[] = [];
  const adminPorts = ctx.config['admin-ports'];
  const highRisk = ctx.config['high-risk-ports'].filter((p) => !adminPorts.includes(p));
  for (const added of ctx.diff.added) {
    if (!opensToAnywhere(added)) continue;
    const admin = adminPorts.filter((p) => reaches(added, p));
    const risky = highRisk.filter((p) => reaches(added, p));
    if (admin.length > 0) findings.push(openFinding(ctx, added, 'open-admin-port', 'critical', admin));
    else if (risky.length > 0) findings.push(openFinding(ctx, added, 'open-high-risk-port', 'high', risky));
  }
  return findings;
}

function opensToAnywhere(rule: ReadRule): boolean {
  return (
    rule.direction === 'ingress' &&
    'cidr' in rule.peer &&
    ANYWHERE.has(canonicalCidr(rule.peer.cidr)) &&
    (rule.protocol === 'tcp' || rule.protocol === 'udp' || rule.protocol === 'all')
  );
}

function reaches(rule: ReadRule, port: number): boolean {
  return rule.protocol === 'all' || (port >= rule.fromPort && port <= rule.toPort);
}

function openFinding(
  ctx: ReviewContext,
  added: ReadRule,
  type: FindingType,
  fallback: Severity,
  ports: number[],
): Finding {
  const live = ctx.live.matching(added).rules;
  const used = live.find((r) => r.usage.flows > 0) ?? live[0];
  const ids = ctx.live.groupIds(added) ?? [];
  const groupId = used?.groupId ?? (ids.length === 1 ? ids[0] : undefined);
  const rule = describeWritten(added);
  const group = writtenGroupText(added.group);
  const admin = type === 'open-admin-port';
  const reached = admin
    ? ports.map(portName).join(' and ')
    : `${plural(ports.length, 'high-risk port')} (${ports.slice(0, 6).join(', ')}${ports.length > 6 ? ', …' : ''})`;
  const title = admin
    ? `Admin port ${ports.join(', ')} opened to the internet`
    : `High-risk port${ports.length > 1 ? 's' : ''} ${ports.slice(0, 6).join(', ')}${ports.length > 6 ? ', …' : ''} opened to the internet`;
  return {
    id: fingerprint(type, 'review', ruleIdentity(added)),
    type,
    severity: severityOf(ctx.config, type, fallback),
    ...(groupId === undefined ? {} : { groupId }),
    ...(used ? { ruleId: used.ruleId } : {}),
    title,
    message: `This change adds ${rule} to ${group} (${place(added)}), which reaches ${reached} from anywhere.${liveText(ctx, used)}`,
    evidence: {
      source: added.source,
      file: added.file,
      line: added.line,
      endLine: added.endLine,
      rule,
      [admin ? 'adminPorts' : 'highRiskPorts']: ports,
      ...(used ? liveEvidence(used) : {}),
    },
  };
}

/** What the live account's copy of the rule carried, when it has one. */
function liveText(ctx: ReviewContext, live: RuleReport | undefined): string {
  if (!live) return '';
  const u = live.usage;
  if (u.flows === 0)
    return ` The account already has this rule (${live.ruleId}); no connection used it in ${windowText(ctx.report)}.`;
  return ` The account already has this rule (${live.ruleId}): ${plural(u.flows, 'flow')} from ${peersText(u.topPeers, u.peers)} in ${windowText(ctx.report)}${seenText(live)}.`;
}

function liveEvidence(live: RuleReport): Record<string, unknown> {
  const u = live.usage;
  return {
    liveRuleId: live.ruleId,
    status: live.status,
    flows: u.flows,
    peers: u.peers,
    topPeers: u.topPeers,
    ports: u.ports,
    firstSeen: u.firstSeen,
    lastSeen: u.lastSeen,
  };
}
