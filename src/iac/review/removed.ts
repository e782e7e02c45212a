/**
 * The traffic a pull request's removed (or narrowed) rules would block: each removed rule is tied
 * to the live rule it defines, and that rule's flows of the window are checked against what the
 * head tree still allows for the group. Flows nothing allows any more are a `would-block-traffic`
 * finding, with the numbers.
 */
import { severityOf } from '../../config.js';
import { fingerprint } from '../../analysis/findings.js';
import type { Finding, Proposal, RuleReport } from '../../report/types.js';
import { allowsRange, containsPeer, isClosed, trafficGap, type TrafficGap } from './coverage.js';
import type { ReviewContext } from './context.js';
import { count, peersText, place, plural, seenText, windowText } from './text.js';
import {
  describeWritten,
  groupKey,
  isRead,
  peerKey,
  writtenGroupText,
  type ReadRule,
} from './written-rule.js';

/** The findings about the removed rules of the diff; notes go to `ctx.notes`. */
export function removalFindings(ctx: ReviewContext): Finding[] {
  const findings: Finding[] = [];
  for (const removed of ctx.diff.removed) {
    const match = ctx.live.matching(removed);
    const what = `${describeWritten(removed)} of ${writtenGroupText(removed.group)} (${place(removed)})`;
    if (match.rules.length === 0) {
      ctx.notes.push(
        `Removed ${what}: its traffic was not checked, because ${match.why ?? 'it is not live'}.`,
      );
      continue;
    }
    for (const live of match.rules) {
      // One live rule written twice (two sources, two copies) and removed twice is one finding.
      if (findings.some((f) => f.ruleId === live.ruleId)) continue;
      const finding = removalFinding(ctx, removed, live, what);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function removalFinding(
  ctx: ReviewContext,
  removed: ReadRule,
  live: RuleReport,
  what: string,
): Finding | undefined {
  const liveText = `live rule ${live.ruleId} of ${live.groupId}`;
  if (live.status === 'unused') {
    ctx.notes.push(
      `Removed ${what}: ${liveText} carried no traffic in ${windowText(ctx.report)}; nothing seen is blocked.`,
    );
    return undefined;
  }
  if (live.status === 'unknown') {
    ctx.notes.push(
      `Removed ${what}: ${liveText} has no usable evidence in the report (no flow logs for its interfaces); what it would block is unknown.`,
    );
    return undefined;
  }
  const remaining = remainingRules(ctx, removed, live);
  const gap = trafficGap(live, remaining, ctx.live, ctx.members);
  if (isClosed(gap)) {
    ctx.notes.push(`Removed ${what}: the head still allows every flow ${liveText} carried.`);
    return undefined;
  }
  const proof = proposalProof(ctx, live, remaining);
  if (proof) {
    ctx.notes.push(`Removed ${what}: ${proof}.`);
    return undefined;
  }
  return blockFinding(ctx, removed, live, gap);
}

/**
 * The head's rules of the live rule's group that can still allow its traffic: the added ones, or
 * every head rule when the caller gave the head tree's rules.
 */
function remainingRules(ctx: ReviewContext, removed: ReadRule, live: RuleReport): ReadRule[] {
  const head = ctx.head ? ctx.head.filter(isRead) : ctx.diff.added;
  return head.filter(
    (r) => ctx.live.groupIds(r)?.includes(live.groupId) === true || groupKey(r) === groupKey(removed),
  );
}

/**
 * The report's proposal for the live rule is built from its legitimate traffic (port scanners are
 * never evidence): when the head allows every rule of the proposal, or the proposal removes a rule
 * only scanners used, nothing legitimate is blocked.
 */
function proposalProof(
  ctx: ReviewContext,
  live: RuleReport,
  remaining: readonly ReadRule[],
): string | undefined {
  const about = ctx.report.findings.filter((f) => f.ruleId === live.ruleId);
  const proposal: Proposal | undefined = about.find((f) => f.proposal)?.proposal;
  if (!proposal) return undefined;
  if (proposal.action === 'remove') {
    // A used rule is proposed for removal when only scanners used it, or when another rule allowed
    // all its flows; the other rule may be going too, so only the first is proof.
    if (about.some((f) => f.type === 'redundant-rule')) return undefined;
    return `every flow of live rule ${live.ruleId} came from port scanners, which are no reason to keep it`;
  }
  if (proposal.action !== 'replace') return undefined;
  const allowed = proposal.rules.every((p) =>
    remaining.some(
      (r) =>
        r.direction === live.direction &&
        allowsRange(r, p.protocol, p.fromPort, p.toPort) &&
        containsPeer(r.peer, proposedPeer(p), live.groupId, ctx.live),
    ),
  );
  return allowed
    ? `the head allows every rule the report proposes for live rule ${live.ruleId} (built from its legitimate traffic)`
    : undefined;
}

function proposedPeer(p: Proposal['rules'][number]) {
  if (p.cidr !== undefined) return { cidr: p.cidr };
  if (p.groupId !== undefined) return { groupId: p.groupId };
  return { prefixListId: p.prefixListId ?? '' };
}

/** The added rules of the same group and direction that take the removed one's place. */
function replacementsOf(ctx: ReviewContext, removed: ReadRule): ReadRule[] {
  const peer = peerKey(removed, removed.peer);
  return ctx.diff.added.filter(
    (a) =>
      groupKey(a) === groupKey(removed) &&
      a.direction === removed.direction &&
      (peerKey(a, a.peer) === peer ||
        (a.protocol === removed.protocol && a.fromPort <= removed.toPort && a.toPort >= removed.fromPort)),
  );
}

/** ` The head writes … in its place.`, or nothing. */
function replacementText(replacements: readonly ReadRule[]): string {
  const [first] = replacements;
  if (!first) return '';
  if (replacements.length === 1)
    return ` The head writes ${describeWritten(first)} (${place(first)}) in its place.`;
  return ` The head writes ${replacements.length} rules in its place, the first ${describeWritten(first)} (${place(first)}).`;
}

function blockFinding(ctx: ReviewContext, removed: ReadRule, live: RuleReport, gap: TrafficGap): Finding {
  const usage = live.usage;
  const others = gap.otherFlows > 0 ? Math.max(0, usage.peers - usage.topPeers.length) : 0;
  const blockedPeers = gap.peers.length + others;
  const blockedFlows = gap.peers.reduce((sum, p) => sum + p.flows, 0) + gap.otherFlows;
  const replacements = replacementsOf(ctx, removed);
  const replacement = replacements[0];
  const rule = describeWritten(removed);
  const ports = gap.ports.length > 0 ? gap.ports : usage.ports;
  const portText =
    gap.partial && gap.ports.length > 0
      ? ` to port${gap.ports.length > 1 ? 's' : ''} ${gap.ports.join(', ')}`
      : '';
  const verb = replacement ? 'narrows' : 'removes';
  const still = replacementText(replacements);
  const message =
    `This change ${verb} ${rule} of ${live.groupName} (${live.groupId}, ${place(removed)} in the base), ` +
    `which would have blocked ${gap.partial ? 'up to ' : ''}${plural(blockedFlows, 'flow')} from ` +
    `${peersText(gap.peers, blockedPeers)}${portText} in ${windowText(ctx.report)}${seenText(live)}.${still}` +
    (gap.notes.length > 0 ? ` Note: ${gap.notes.join('; ')}.` : '');
  return {
    id: fingerprint('would-block-traffic', live.groupId, live.ruleId),
    type: 'would-block-traffic',
    severity: severityOf(ctx.config, 'would-block-traffic', 'high'),
    groupId: live.groupId,
    ruleId: live.ruleId,
    title: `${verb === 'removes' ? 'Removing' : 'Narrowing'} ${rule} of ${live.groupName} would block ${count(blockedFlows)} flow${blockedFlows === 1 ? '' : 's'}`,
    message,
    evidence: {
      source: removed.source,
      file: removed.file,
      line: removed.line,
      endLine: removed.endLine,
      ...(replacement ? { headFile: replacement.file, headLine: replacement.line } : {}),
      rule,
      flows: blockedFlows,
      peers: blockedPeers,
      topPeers: gap.peers,
      ports,
      partial: gap.partial,
      ruleFlows: usage.flows,
      rulePeers: usage.peers,
      firstSeen: usage.firstSeen,
      lastSeen: usage.lastSeen,
      window: ctx.report.window,
      ...(gap.notes.length > 0 ? { notes: gap.notes } : {}),
    },
  };
}
