/**
 * Findings: what is wrong or worth a look, each with a severity, evidence, and (where a change
 * would fix it) a proposal. Pure: the same usage, inventory and config give the same findings.
 */
import { createHash } from 'node:crypto';
import { severityOf, type Config } from '../config.js';
import { isAllPorts, peerText, type SecurityGroupRule } from '../inventory/model.js';
import type { Finding, FindingType, RuleStatus, Severity } from '../report/types.js';
import type { CompiledInventory, CompiledRule } from './compile.js';
import { hostBits, isPrivateCidr, parseCidr } from './net.js';
import { narrowPorts, narrowSource, peerKeyText, peerKeyValue, removal } from './proposals.js';
import type { Collected } from './collected.js';
import { coverageFindings } from './coverage-findings.js';

const OPEN_WORLD = new Set(['0.0.0.0/0', '::/0']);

export function fingerprint(...parts: (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p ?? '').join('|'))
    .digest('hex')
    .slice(0, 16);
}

/** Describes a rule in one line: `ingress tcp 22 from 0.0.0.0/0`. */
export function describeRule(rule: SecurityGroupRule): string {
  const ports =
    rule.protocol === 'all'
      ? 'all traffic'
      : rule.fromPort < 0
        ? rule.protocol
        : `${rule.protocol} ${portRange(rule)}`;
  return `${rule.direction} ${ports} ${rule.direction === 'ingress' ? 'from' : 'to'} ${peerText(rule.peer)}`;
}

function portRange(rule: SecurityGroupRule): string {
  return rule.fromPort === rule.toPort ? String(rule.fromPort) : `${rule.fromPort}-${rule.toPort}`;
}

function allowsPort(rule: SecurityGroupRule, port: number): boolean {
  if (rule.protocolNumber === -1) return true;
  if (rule.protocolNumber !== 6 && rule.protocolNumber !== 17) return false;
  return port >= rule.fromPort && port <= rule.toPort;
}

/** What the finding rules read. */
export interface Context {
  compiled: CompiledInventory;
  collected: Collected;
  config: Config;
  statuses: RuleStatus[];
  hasTraffic: boolean;
}

export function computeFindings(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const add = (
    type: FindingType,
    fallback: Severity,
    f: Omit<Finding, 'id' | 'type' | 'severity'>,
    key = '',
  ) =>
    findings.push({
      id: fingerprint(type, f.groupId, f.ruleId, f.peer, key),
      type,
      severity: severityOf(ctx.config, type, fallback),
      ...f,
    });
  ruleFindings(ctx, add);
  groupFindings(ctx, add);
  trafficFindings(ctx, add);
  coverageFindings(ctx, add);
  return findings;
}

/** Adds a finding; `key` tells apart findings of one type about one thing. */
export type Add = (
  type: FindingType,
  fallback: Severity,
  f: Omit<Finding, 'id' | 'type' | 'severity'>,
  key?: string,
) => void;

function ruleFindings(ctx: Context, add: Add): void {
  const { compiled, collected, config } = ctx;
  const attached = (groupId: string) => (compiled.membersByGroup.get(groupId) ?? []).length > 0;
  const adminPorts = config['admin-ports'];
  const highRisk = config['high-risk-ports'].filter((p) => !adminPorts.includes(p));
  const t = config.thresholds;
  const groupAddresses = groupAddressSets(compiled);
  for (const rule of compiled.rules) {
    const r = rule.rule;
    const u = collected.usage[rule.index];
    if (!u) continue;
    const status = ctx.statuses[rule.index] as RuleStatus;
    const base = { groupId: r.groupId, ruleId: r.ruleId };
    const ruleText = describeRule(r);
    const peerCount = u.peers.size;
    // The addresses in order, needed only when few enough to propose them (a rule open to the
    // internet can have hundreds of thousands).
    const peers =
      peerCount <= t['broad-source-max-peers']
        ? [...u.peers.keys()].map(peerKeyValue).sort(comparePeers)
        : [];
    const peersExact = u.sketch === undefined;
    const usageEvidence = {
      status,
      flows: u.flows,
      peers: peersExact ? u.peers.size : undefined,
      rule: ruleText,
    };

    if (
      r.direction === 'ingress' &&
      'cidr' in r.peer &&
      OPEN_WORLD.has(r.peer.cidr) &&
      r.protocolNumber !== 1
    ) {
      const admin = adminPorts.filter((p) => allowsPort(r, p));
      const risky = highRisk.filter((p) => allowsPort(r, p));
      const redundant = status === 'used' && u.needed === 0 && u.coveredBy >= 0;
      const proposal =
        status === 'unused' || redundant
          ? removal(r)
          : status === 'used' && peersExact && peerCount <= t['broad-source-max-peers']
            ? narrowSource(r, peers, t['broad-source-max-cidrs'], groupAddresses)
            : undefined;
      if (admin.length > 0) {
        add('open-admin-port', 'critical', {
          ...base,
          title: `Admin port ${admin.join(', ')} open to the internet`,
          message: `${r.groupId} allows ${ruleText}, which reaches ${admin.map(portName).join(' and ')} from anywhere.${usedBy(u.flows, peerCount, peersExact)}`,
          evidence: { ...usageEvidence, adminPorts: admin },
          ...(proposal ? { proposal } : {}),
        });
      } else if (risky.length > 0) {
        add('open-high-risk-port', 'high', {
          ...base,
          title: `High-risk port${risky.length > 1 ? 's' : ''} ${risky.slice(0, 6).join(', ')}${risky.length > 6 ? ', …' : ''} open to the internet`,
          message: `${r.groupId} allows ${ruleText}, which reaches ${risky.length} high-risk port(s) from anywhere.${usedBy(u.flows, peerCount, peersExact)}`,
          evidence: { ...usageEvidence, highRiskPorts: risky },
          ...(proposal ? { proposal } : {}),
        });
      }
    }

    if (status === 'unused' && attached(r.groupId)) {
      add('unused-rule', 'medium', {
        ...base,
        title: `Unused rule: ${ruleText}`,
        message: `No accepted connection start matched ${ruleText} in ${r.groupId} during the window, and every interface of the group has records.${u.shadowed > 0 ? ` ${u.shadowed} flow(s) it also allowed were allowed by narrower rules.` : ''}`,
        evidence: { ...usageEvidence, shadowedFlows: u.shadowed },
        proposal: removal(r),
      });
      continue;
    }
    if (status !== 'used') continue;

    if (u.needed === 0 && u.coveredBy >= 0) {
      const other = compiled.rules[u.coveredBy]?.rule;
      add('redundant-rule', 'low', {
        ...base,
        title: `Redundant rule: ${ruleText}`,
        message: `Every one of the ${u.flows} flow(s) that ${ruleText} allowed was also allowed by ${other ? `${other.ruleId} (${describeRule(other)})` : 'another rule'} on the same interfaces.`,
        evidence: { ...usageEvidence, coveredBy: other?.ruleId },
        proposal: removal(r),
      });
      continue;
    }
    if (r.direction === 'egress' && !config['narrow-egress']) continue;

    // ICMP is left broad: path-MTU and unreachable messages come from routers that started nothing.
    const isIcmp = r.protocolNumber === 1 || r.protocolNumber === 58;
    const cidr = 'cidr' in r.peer && !isIcmp ? parseCidr(r.peer.cidr) : undefined;
    const minHostBits =
      cidr?.version === 6 ? 64 + t['broad-source-min-host-bits'] : t['broad-source-min-host-bits'];
    if (cidr && hostBits(cidr) >= minHostBits && peersExact && peerCount <= t['broad-source-max-peers']) {
      const proposal = narrowSource(r, peers, t['broad-source-max-cidrs'], groupAddresses);
      const publicRange = !isPrivateCidr(cidr);
      add('broad-source', publicRange ? 'high' : 'medium', {
        ...base,
        title: `Broad source: ${ruleText} used by ${peers.length} address(es)`,
        message: `${ruleText} opens ${cidr.text} but only ${peers.length} address(es) used it: ${peers.slice(0, 5).map(peerKeyText).join(', ')}${peers.length > 5 ? ', …' : ''}. Narrow it to ${proposal.rules.map((p) => p.cidr ?? p.groupId).join(', ')}.`,
        evidence: { ...usageEvidence, observedPeers: peers.map(peerKeyText).sort() },
        proposal,
      });
    }

    const width = rule.portWidth;
    const portsSeen = [...u.ports];
    if (
      (isAllPorts(r) || width >= t['broad-ports-min-width']) &&
      (r.protocolNumber === 6 || r.protocolNumber === 17 || r.protocolNumber === -1) &&
      !u.portsOverflow &&
      portsSeen.length > 0 &&
      portsSeen.length <= t['broad-ports-max-ports']
    ) {
      const proposal = narrowPorts(r, portsSeen);
      add('broad-ports', 'medium', {
        ...base,
        title: `Broad ports: ${ruleText} used on ${portsSeen.length} port(s)`,
        message: `${ruleText} opens ${r.protocol === 'all' ? 'every port' : `${width} ports`} but traffic used only ${proposal.rules.map((p) => `${p.protocol} ${p.fromPort === p.toPort ? p.fromPort : `${p.fromPort}-${p.toPort}`}`).join(', ')}.`,
        evidence: { ...usageEvidence, portsSeen: portsSeen.map((k) => k % 65536).sort((a, b) => a - b) },
        proposal,
      });
    }
  }
}

/** IPv4 before IPv6, each in address order: the same list whatever order the records came in. */
function comparePeers(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function usedBy(flows: number, peers: number, exact: boolean): string {
  if (flows === 0) return ' No connection used it in the window.';
  return ` ${flows} connection(s) from ${exact ? '' : '~'}${peers} address(es) used it.`;
}

function portName(port: number): string {
  return port === 22 ? 'SSH (22)' : port === 3389 ? 'RDP (3389)' : String(port);
}

function groupAddressSets(compiled: CompiledInventory): Map<string, Set<number | string>> {
  const out = new Map<string, Set<number | string>>();
  for (const r of compiled.rules) {
    if (r.peer.kind === 'set' && 'groupId' in r.rule.peer) {
      out.set(r.rule.peer.groupId, new Set<number | string>([...r.peer.v4, ...r.peer.v6]));
    }
  }
  for (const [groupId, members] of compiled.membersByGroup) {
    if (out.has(groupId)) continue;
    const set = new Set<number | string>();
    for (const i of members) for (const a of compiled.interfaces[i]?.own4 ?? []) set.add(a);
    out.set(groupId, set);
  }
  return out;
}

function groupFindings(ctx: Context, add: Add): void {
  const { compiled } = ctx;
  for (const g of compiled.inventory.groups) {
    const rules = compiled.rules.filter((r) => r.rule.groupId === g.groupId);
    const members = compiled.membersByGroup.get(g.groupId) ?? [];
    if (members.length === 0) {
      add('unattached-group', 'low', {
        groupId: g.groupId,
        title: `Unattached group ${g.groupId} (${g.groupName})`,
        message: `${g.groupId} (${g.groupName}) is attached to no network interface; its ${rules.length} rule(s) allow nothing today. Delete the group if nothing will use it.`,
        evidence: { groupName: g.groupName, rules: rules.length },
      });
    }
    if (g.groupName === 'default' && rules.length > 0) {
      add('default-group-rules', 'low', {
        groupId: g.groupId,
        title: `Default group ${g.groupId} has ${rules.length} rule(s)`,
        message: `The default security group of ${g.vpcId || 'its VPC'} still has rules. Anything launched without a group gets them; remove them and use dedicated groups.`,
        evidence: { rules: rules.map((r: CompiledRule) => describeRule(r.rule)) },
      });
    }
  }
}

function trafficFindings(ctx: Context, add: Add): void {
  const { collected, config } = ctx;
  const t = config.thresholds;
  const scans = [...collected.scans].filter(
    ([, s]) => typeof s.ports !== 'number' && s.ports.size >= t['port-scan-min-ports'],
  );
  scans.sort((a, b) => (b[1].ports as Set<number>).size - (a[1].ports as Set<number>).size);
  for (const [key, scan] of scans.slice(0, 50)) {
    const ports = [...(scan.ports as Set<number>)].sort((a, b) => a - b);
    const peer = peerKeyText(key);
    add('port-scan', 'medium', {
      peer,
      title: `Port scan from ${peer}: ${ports.length} ports`,
      message: `${peer} tried ${ports.length} distinct local ports (${scan.rejected} rejected, ${scan.accepted} accepted).${scan.accepted > 0 ? ' Some of its attempts were accepted: check what it reached.' : ''}`,
      evidence: {
        distinctPorts: ports.length,
        accepted: scan.accepted,
        rejected: scan.rejected,
        samplePorts: ports.slice(0, 20),
      },
    });
  }
  const unknown = [...collected.unknownSources].sort((a, b) => b[1] - a[1]);
  for (const [key, flows] of unknown.slice(0, 20)) {
    const peer = peerKeyText(key);
    add('unknown-source', 'medium', {
      peer,
      title: `Accepted traffic from unknown source ${peer}`,
      message: `${flows} accepted connection(s) came in from ${peer}, which is outside the configured known networks.`,
      evidence: { flows, knownNetworks: config['known-networks'] },
    });
  }
  const counts = [...collected.buckets.values()].map(([a, r]) => a + r).sort((a, b) => a - b);
  const median = counts.length > 0 ? (counts[Math.floor(counts.length / 2)] as number) : 0;
  const spikes = [...collected.buckets]
    .filter(([, [a, r]]) => a + r >= t['spike-min-flows'] && median > 0 && a + r > median * t['spike-factor'])
    .sort((a, b) => a[0] - b[0]);
  for (const [bucket, [a, r]] of spikes.slice(0, 20)) {
    const start = new Date(bucket * t['bucket-seconds'] * 1000).toISOString();
    add(
      'traffic-spike',
      'info',
      {
        title: `Traffic spike at ${start}`,
        message: `${a + r} records (${a} accepted, ${r} rejected) in the ${t['bucket-seconds']} s from ${start}, ${((a + r) / median).toFixed(1)}× the median.`,
        evidence: { start, accepted: a, rejected: r, median },
      },
      start,
    );
  }
}
