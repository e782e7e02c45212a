/**
 * One net change per rule. Every finding about a rule (open admin port, broad source, broad ports,
 * unused, redundant) carries the same proposal, computed here once: the rule narrowed in ports and
 * in peers at once, or removed. Traffic from port scanners is no evidence for either.
 */
import type { Config } from '../../config.js';
import type { SecurityGroupRule } from '../../inventory/model.js';
import type { Proposal, ProposedRule, RuleStatus } from '../../report/types.js';
import type { CompiledInventory, CompiledRule } from '../compile.js';
import { hostBits, parseCidr, parseIpv6 } from '../net.js';
import type { RuleUsage } from '../usage.js';
import { coverSize, smallestCover } from './cover.js';
import { choosePeers, type GroupIndex, type PeerChoice } from './peers.js';
import { legitimatePortKeys, ownPorts, portRanges, type SourcePorts } from './ports.js';
import { comparePeers, peerKeyText, peerKeyValue, proposedPeer, removal } from './rules.js';
import { isAllPorts } from '../../inventory/model.js';

/** What the traffic says about one rule once scanners are set apart. */
export interface RuleEvidence {
  /** Flows from peers that are not port scanners. */
  legitimateFlows: number;
  scannerFlows: number;
  /** The scanners among the rule's peers, as text, in address order. */
  scanners: string[];
  /** The other peers (IPv4 unsigned, IPv6 text) in order, when known exactly; else undefined. */
  legitimatePeers: (number | string)[] | undefined;
  legitimatePeerCount: number;
  /** Port keys that legitimate traffic used; undefined when not known. */
  legitimatePorts: number[] | undefined;
}

/** The net change for a rule, and what the findings say about it. */
export interface RulePlan {
  evidence: RuleEvidence;
  /** Why the rule is proposed at all: which narrowing applies. */
  narrowsPorts: boolean;
  narrowsSource: boolean;
  /** Used, but only by scanners: reported as unused by legitimate traffic. */
  scannerOnly: boolean;
  /** Removal is warranted (unused, scanner-only, or redundant). */
  removes: boolean;
  proposal: Proposal | undefined;
  /** Why a proposal was left out (a window too short, a suppression), when it was. */
  omitted: string | undefined;
  /** Sentences for the message: a group reference, covering networks. */
  notes: string[];
  /** The port part and the peer part of a replacement, kept for the quota pass. */
  ports: Pick<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>[];
  peers: (number | string)[] | undefined;
}

export interface PlanContext {
  compiled: CompiledInventory;
  config: Config;
  statuses: readonly RuleStatus[];
  usage: readonly RuleUsage[];
  /** The sources flagged as port scanners (keys as the usage tables hold them). */
  scanners: ReadonlySet<number | string>;
  sourcePorts: SourcePorts;
  groups: GroupIndex;
  /** The length of the window read, in seconds, to the nearest hour. */
  windowSeconds: number;
  /** Input files (or objects) that could not be read to their end: their evidence is missing. */
  unreadFiles: number;
}

/** Splits a rule's credited traffic into scanners' and everyone else's. */
export function ruleEvidence(rule: CompiledRule, u: RuleUsage, ctx: PlanContext): RuleEvidence {
  const exact = u.sketch === undefined;
  const scannerKeys =
    rule.rule.direction === 'ingress' && ctx.scanners.size > 0
      ? [...u.peers.keys()].filter((k) => ctx.scanners.has(k))
      : [];
  const scannerFlows = scannerKeys.reduce<number>((sum, k) => sum + (u.peers.get(k) ?? 0), 0);
  const scannerSet = new Set(scannerKeys);
  const maxPeers = ctx.config.thresholds['broad-source-max-peers'];
  const count = u.peers.size - scannerKeys.length;
  const legitimatePeers =
    exact && count <= Math.max(maxPeers, 4096)
      ? [...u.peers.keys()]
          .filter((k) => !scannerSet.has(k))
          .map(peerKeyValue)
          .sort(comparePeers)
      : undefined;
  return {
    legitimateFlows: Math.max(0, u.flows - scannerFlows),
    scannerFlows,
    scanners: scannerKeys.map(peerKeyValue).sort(comparePeers).map(peerKeyText),
    legitimatePeers,
    legitimatePeerCount: count,
    legitimatePorts: legitimatePortKeys(u, legitimatePeers, scannerFlows, ctx.sourcePorts),
  };
}

/** Whether a rule reaches an admin port (tcp, udp or every protocol, ranges included). */
export function reachesAdminPort(rule: SecurityGroupRule, adminPorts: readonly number[]): boolean {
  if (rule.direction !== 'ingress') return false;
  if (rule.protocolNumber === -1) return adminPorts.length > 0;
  if (rule.protocolNumber !== 6 && rule.protocolNumber !== 17) return false;
  return adminPorts.some((p) => p >= rule.fromPort && p <= rule.toPort);
}

/** The net change for one rule, before the group's quota is shared out (see quota.ts). */
export function planRule(rule: CompiledRule, ctx: PlanContext): RulePlan {
  const r = rule.rule;
  const u = ctx.usage[rule.index] as RuleUsage;
  const status = ctx.statuses[rule.index] as RuleStatus;
  const t = ctx.config.thresholds;
  const evidence = ruleEvidence(rule, u, ctx);
  const plan: RulePlan = {
    evidence,
    narrowsPorts: false,
    narrowsSource: false,
    scannerOnly: status === 'used' && evidence.legitimateFlows === 0 && evidence.scannerFlows > 0,
    removes: false,
    proposal: undefined,
    omitted: undefined,
    notes: [],
    ports: [],
    peers: undefined,
  };
  const redundant = status === 'used' && u.needed === 0 && u.coveredBy >= 0;
  if (status === 'unused' || plan.scannerOnly || redundant) {
    plan.removes = true;
    const minWindow = ctx.config['min-window'];
    if (ctx.windowSeconds < minWindow) {
      plan.omitted = `the window read is ${days(ctx.windowSeconds)}, shorter than min-window (${days(minWindow)}): no rule is proposed for removal on so little evidence`;
    } else if (ctx.unreadFiles > 0) {
      // A file cut short (or not read at all) may hold the flows that use the rule.
      plan.omitted = `${ctx.unreadFiles} input file(s) could not be read to the end (see input.errors): no rule is proposed for removal on evidence that was not read`;
    } else plan.proposal = removal(r);
    return plan;
  }
  if (status !== 'used') return plan;
  if (r.direction === 'egress' && !ctx.config['narrow-egress']) return plan;

  // Ports: the ports legitimate traffic used, when the rule's range is much wider.
  const portKeys = evidence.legitimatePorts;
  const portable = r.protocolNumber === 6 || r.protocolNumber === 17 || r.protocolNumber === -1;
  if (
    portable &&
    (isAllPorts(r) || rule.portWidth >= t['broad-ports-min-width']) &&
    portKeys !== undefined &&
    portKeys.length > 0 &&
    portKeys.length <= t['broad-ports-max-ports']
  ) {
    plan.narrowsPorts = true;
    plan.ports = portRanges(portKeys);
  } else plan.ports = [ownPorts(r)];

  // Peers: the legitimate peers, when the rule's network is much wider (for admin ports, when
  // it is wider at all). ICMP is left broad: path-MTU and unreachable messages come from
  // routers that started nothing.
  const isIcmp = r.protocolNumber === 1 || r.protocolNumber === 58;
  const cidr = 'cidr' in r.peer && !isIcmp ? parseCidr(r.peer.cidr) : undefined;
  const peers = evidence.legitimatePeers;
  if (cidr && peers && peers.length > 0 && peers.length <= t['broad-source-max-peers']) {
    const minHostBits =
      cidr.version === 6 ? 64 + t['broad-source-min-host-bits'] : t['broad-source-min-host-bits'];
    const bits = cidr.version === 4 ? 32 : 128;
    const broad =
      hostBits(cidr) >= minHostBits ||
      (reachesAdminPort(r, ctx.config['admin-ports']) &&
        coverSize(smallestCover(peers.map(toBig), bits, t['broad-source-max-cidrs']), bits) <
          1n << BigInt(hostBits(cidr)));
    if (broad) {
      plan.narrowsSource = true;
      plan.peers = peers;
    }
  }
  if (plan.narrowsPorts || plan.narrowsSource) {
    const room = Math.max(1, Math.floor(t['broad-source-max-cidrs'] / plan.ports.length));
    plan.proposal = replacement(plan, r, room, ctx);
  }
  return plan;
}

/** The replacement rules: every port range with every peer. */
export function replacement(plan: RulePlan, r: SecurityGroupRule, room: number, ctx: PlanContext): Proposal {
  let choice: PeerChoice | undefined;
  if (plan.peers !== undefined) {
    choice = choosePeers(
      plan.peers,
      r.groupId,
      room,
      ctx.groups,
      ctx.config.thresholds['group-reference-min-share'],
    );
    plan.notes = choice.note === '' ? [] : [choice.note];
  }
  const peers = choice?.peers ?? [proposedPeer(r)];
  const rules: ProposedRule[] = [];
  for (const ports of plan.ports) for (const peer of peers) rules.push({ ...ports, ...peer });
  return { action: 'replace', rules };
}

function toBig(peer: number | string): bigint {
  return typeof peer === 'number' ? BigInt(peer >>> 0) : (parseIpv6(peer) ?? 0n);
}

function days(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  return `${Math.round(seconds / 3_600)} h`;
}
