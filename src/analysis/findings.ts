/**
 * Findings: what is wrong or worth a look, each with a severity, evidence, and (where a change
 * would fix it) a proposal. Pure: the same usage, inventory and config give the same findings.
 */
import { createHash } from 'node:crypto';
import { severityOf, type Config } from '../config.js';
import { peerText, type SecurityGroupRule } from '../inventory/model.js';
import type { Finding, FindingType, ProposedRule, RuleStatus, Severity } from '../report/types.js';
import type { CompiledInventory, CompiledRule } from './compile.js';
import { isPrivateCidr, parseCidr } from './net.js';
import { aclDeny, peerKeyText, planProposals, type TakenNumbers } from './proposals/index.js';
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
  const plans = planProposals(compiled, collected, config, ctx.statuses);
  for (const rule of compiled.rules) {
    const r = rule.rule;
    const u = collected.usage[rule.index];
    const plan = plans[rule.index];
    if (!u || !plan) continue;
    const status = ctx.statuses[rule.index] as RuleStatus;
    const ruleText = describeRule(r);
    const e = plan.evidence;
    const peersExact = u.sketch === undefined;
    const scanners = `${e.scanners.slice(0, 3).join(', ')}${e.scanners.length > 3 ? ', …' : ''}`;
    const usageEvidence = {
      status,
      flows: u.flows,
      peers: peersExact ? u.peers.size : undefined,
      rule: ruleText,
      ...(e.scannerFlows > 0 ? { scannerFlows: e.scannerFlows, scanners: e.scanners.slice(0, 10) } : {}),
      ...(plan.omitted ? { proposalOmitted: plan.omitted } : {}),
    };
    // The one change for this rule, on every finding about it.
    const change = plan.proposal ? { proposal: plan.proposal } : {};
    const notes = [...plan.notes, ...(plan.omitted ? [`No change is proposed: ${plan.omitted}.`] : [])];
    const tail = notes.length > 0 ? ` ${notes.join(' ')}` : '';
    const base = { groupId: r.groupId, ruleId: r.ruleId };
    const scannerNote =
      e.scannerFlows > 0
        ? ` ${e.scannerFlows} of its flow(s) came from port scanner(s) ${scanners}, which are no reason to keep it.`
        : '';

    if (
      r.direction === 'ingress' &&
      'cidr' in r.peer &&
      OPEN_WORLD.has(r.peer.cidr) &&
      r.protocolNumber !== 1
    ) {
      const admin = adminPorts.filter((p) => allowsPort(r, p));
      const risky = highRisk.filter((p) => allowsPort(r, p));
      const used = usedBy(e.legitimateFlows, e.legitimatePeerCount, peersExact) + scannerNote;
      if (admin.length > 0) {
        add('open-admin-port', 'critical', {
          ...base,
          title: `Admin port ${admin.join(', ')} open to the internet`,
          message: `${r.groupId} allows ${ruleText}, which reaches ${admin.map(portName).join(' and ')} from anywhere.${used}${tail}`,
          evidence: { ...usageEvidence, adminPorts: admin },
          ...change,
        });
      } else if (risky.length > 0) {
        add('open-high-risk-port', 'high', {
          ...base,
          title: `High-risk port${risky.length > 1 ? 's' : ''} ${risky.slice(0, 6).join(', ')}${risky.length > 6 ? ', …' : ''} open to the internet`,
          message: `${r.groupId} allows ${ruleText}, which reaches ${risky.length} high-risk port(s) from anywhere.${used}${tail}`,
          evidence: { ...usageEvidence, highRiskPorts: risky },
          ...change,
        });
      }
    }

    if ((status === 'unused' || plan.scannerOnly) && attached(r.groupId)) {
      const why = plan.scannerOnly
        ? `Only port scanners used ${ruleText} in ${r.groupId} during the window: ${e.scannerFlows} flow(s) from ${scanners}. It is unused by legitimate traffic.`
        : `No accepted connection start matched ${ruleText} in ${r.groupId} during the window, and every interface of the group has records.`;
      add('unused-rule', 'medium', {
        ...base,
        title: plan.scannerOnly ? `Rule used only by port scanners: ${ruleText}` : `Unused rule: ${ruleText}`,
        message: `${why}${u.shadowed > 0 ? ` ${u.shadowed} flow(s) it also allowed were allowed by narrower rules.` : ''}${tail}`,
        evidence: { ...usageEvidence, shadowedFlows: u.shadowed },
        ...change,
      });
      continue;
    }
    if (status !== 'used') continue;

    if (u.needed === 0 && u.coveredBy >= 0) {
      const other = compiled.rules[u.coveredBy]?.rule;
      add('redundant-rule', 'low', {
        ...base,
        title: `Redundant rule: ${ruleText}`,
        message: `Every one of the ${u.flows} flow(s) that ${ruleText} allowed was also allowed by ${other ? `${other.ruleId} (${describeRule(other)})` : 'another rule'} on the same interfaces.${tail}`,
        evidence: { ...usageEvidence, coveredBy: other?.ruleId },
        ...change,
      });
      continue;
    }

    const proposed = plan.proposal ? proposedText(plan.proposal.rules) : '';
    if (plan.narrowsSource && e.legitimatePeers) {
      const peers = e.legitimatePeers;
      const cidr = 'cidr' in r.peer ? parseCidr(r.peer.cidr) : undefined;
      add('broad-source', cidr && !isPrivateCidr(cidr) ? 'high' : 'medium', {
        ...base,
        title: `Broad source: ${ruleText} used by ${peers.length} address(es)`,
        message: `${ruleText} opens ${cidr?.text ?? peerText(r.peer)} but only ${peers.length} address(es) used it: ${peers.slice(0, 5).map(peerKeyText).join(', ')}${peers.length > 5 ? ', …' : ''}.${scannerNote} Narrow it to ${proposed}.${tail}`,
        evidence: { ...usageEvidence, observedPeers: peers.map(peerKeyText) },
        ...change,
      });
    }
    if (plan.narrowsPorts) {
      const seen = [...new Set((e.legitimatePorts ?? []).map((k) => k % 65536))].sort((a, b) => a - b);
      add('broad-ports', 'medium', {
        ...base,
        title: `Broad ports: ${ruleText} used on ${seen.length} port(s)`,
        message: `${ruleText} opens ${r.protocol === 'all' ? 'every port' : `${rule.portWidth} ports`} but traffic used only ${plan.ports.map(portsText).join(', ')}.${scannerNote} Narrow it to ${proposed}.${tail}`,
        evidence: { ...usageEvidence, portsSeen: seen },
        ...change,
      });
    }
  }
}

/** Proposed rules in a phrase: `tcp 9000 sg-0123`, `tcp 22 198.51.100.23/32`, … */
function proposedText(rules: readonly ProposedRule[]): string {
  const shown = rules
    .slice(0, 6)
    .map((p) => `${portsText(p)} ${p.cidr ?? p.groupId ?? p.prefixListId ?? ''}`.trim());
  return shown.join(', ') + (rules.length > 6 ? `, … (${rules.length} rules)` : '');
}

function portsText(p: Pick<ProposedRule, 'protocol' | 'fromPort' | 'toPort'>): string {
  if (p.protocol === 'all') return 'all traffic';
  if (p.fromPort < 0) return p.protocol;
  return `${p.protocol} ${p.fromPort === p.toPort ? p.fromPort : `${p.fromPort}-${p.toPort}`}`;
}

function usedBy(flows: number, peers: number, exact: boolean): string {
  if (flows === 0) return ' No connection used it in the window.';
  return ` ${flows} connection(s) from ${exact ? '' : '~'}${peers} address(es) used it.`;
}

function portName(port: number): string {
  return port === 22 ? 'SSH (22)' : port === 3389 ? 'RDP (3389)' : String(port);
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
  const taken: TakenNumbers = new Map();
  for (const [key, scan] of scans.slice(0, 50)) {
    const ports = [...(scan.ports as Set<number>)].sort((a, b) => a - b);
    const peer = peerKeyText(key);
    const subnets = collected.sourceSubnets(key);
    const deny = aclDeny(peer, subnets, ctx.compiled.inventory.networkAcls, taken);
    add('port-scan', 'medium', {
      peer,
      title: `Port scan from ${peer}: ${ports.length} ports`,
      message: `${peer} tried ${ports.length} distinct local ports (${scan.rejected} rejected, ${scan.accepted} accepted).${scan.accepted > 0 ? ' Some of its attempts were accepted: check what it reached.' : ''} Security groups cannot deny an address. ${deny.note}`,
      evidence: {
        distinctPorts: ports.length,
        accepted: scan.accepted,
        rejected: scan.rejected,
        samplePorts: ports.slice(0, 20),
        subnets,
        ...(deny.proposal ? {} : { proposalOmitted: deny.note }),
      },
      ...(deny.proposal ? { proposal: deny.proposal } : {}),
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
