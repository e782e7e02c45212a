/**
 * Assembles the JSON report from the collected usage, the inventory and the config.
 */
import { severityOf, type Config } from '../config.js';
import type { Finding, PeerCount, Report, RuleReport, RuleStatus, Severity } from '../report/types.js';
import { SEVERITIES } from '../report/types.js';
import type { CompiledInventory } from './compile.js';
import type { Collected } from './collected.js';
import { computeFindings, fingerprint } from './findings.js';
import { peerKeyText } from './proposals/index.js';
import { estimateRegisters } from './sketch.js';
import { ruleStatus } from './status.js';
import { applySuppressions } from './suppressions.js';
import { top } from './top.js';
import { portOfKey, trafficLists } from './traffic.js';
import type { RuleUsage } from './usage.js';

export { top } from './top.js';

export interface ReportOptions {
  toolVersion: string;
  /** Whether any flow-log input was given (files or a live source). */
  hasTraffic: boolean;
  now?: Date;
  /**
   * Gaps in the evidence that the records cannot show (a REJECT-only flow log, interfaces no flow
   * log covers, a part of the live inventory that could not be read); each becomes a
   * `coverage-gap` finding.
   */
  coverageNotes?: readonly CoverageGapNote[] | undefined;
}

/** A gap in the evidence, found outside the records; reported as a `coverage-gap` finding. */
export interface CoverageGapNote {
  /** What the gap is about (its kind and resource): the finding id is derived from it alone. */
  key: string;
  title: string;
  /** What is missing, and what to change so that it is not. */
  message: string;
  evidence: Record<string, unknown>;
}

const TOP_PEERS = 10;
/** The length of the report's top lists (rejected sources and ports, ports). */
export const TOP_LIST = 20;
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

function iso(seconds: number): string | null {
  return seconds < 0 ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function usageReport(u: RuleUsage): RuleReport['usage'] {
  const exact = u.sketch === undefined;
  const [high, medium, low] = u.confidence;
  const confidence =
    u.flows === 0 ? null : low > 0 ? 'low' : medium > 0 ? 'medium' : high > 0 ? 'high' : null;
  return {
    flows: u.flows,
    packets: u.packets,
    bytes: u.bytes,
    peers: exact ? u.peers.size : Math.max(u.peers.size, estimateRegisters(u.sketch as Uint8Array)),
    peersExact: exact,
    topPeers: top(u.peers, TOP_PEERS).map(([k, flows]): PeerCount => ({ address: peerKeyText(k), flows })),
    ports: [...new Set([...u.ports].map((k) => k % 65536))].sort((a, b) => a - b),
    firstSeen: iso(u.firstSeen),
    lastSeen: iso(u.lastSeen),
    confidence,
    shadowedFlows: u.shadowed,
  };
}

/**
 * A rule that a suppression covers is left as it is: none of its findings proposes a change
 * (the change is one per rule, so it would carry out the suppressed finding's part too).
 */
function withoutSuppressedProposals(findings: Finding[]): Finding[] {
  const suppressed = new Set(findings.filter((f) => f.suppressed && f.ruleId).map((f) => f.ruleId));
  return findings.map((f) => {
    if (f.ruleId === undefined || !suppressed.has(f.ruleId) || f.proposal === undefined) return f;
    const { proposal: _dropped, ...rest } = f;
    return {
      ...rest,
      evidence: { ...f.evidence, proposalOmitted: 'a suppression covers a finding about this rule' },
    };
  });
}

export function buildReport(
  compiled: CompiledInventory,
  collected: Collected,
  config: Config,
  options: ReportOptions,
): Report {
  const groupNames = new Map(compiled.inventory.groups.map((g) => [g.groupId, g.groupName]));
  const statuses: RuleStatus[] = compiled.rules.map((r) =>
    options.hasTraffic
      ? ruleStatus(r, collected.usage[r.index] as RuleUsage, compiled, collected.recordsByInterface)
      : (compiled.membersByGroup.get(r.rule.groupId) ?? []).length === 0
        ? 'unused'
        : 'unknown',
  );
  const rules: RuleReport[] = compiled.rules.map((r) => ({
    ruleId: r.rule.ruleId,
    groupId: r.rule.groupId,
    groupName: groupNames.get(r.rule.groupId) ?? '',
    direction: r.rule.direction,
    protocol: r.rule.protocol,
    fromPort: r.rule.fromPort,
    toPort: r.rule.toPort,
    peer: r.rule.peer,
    ...(r.rule.description ? { description: r.rule.description } : {}),
    status: statuses[r.index] as RuleStatus,
    usage: usageReport(collected.usage[r.index] as RuleUsage),
  }));
  let findings: Finding[] = computeFindings({
    compiled,
    collected,
    config,
    statuses,
    hasTraffic: options.hasTraffic,
  });
  const noted = new Set<string>();
  for (const note of options.coverageNotes ?? []) {
    const id = fingerprint('coverage-gap', undefined, undefined, undefined, note.key);
    if (noted.has(id)) continue;
    noted.add(id);
    findings.push({
      id,
      type: 'coverage-gap',
      severity: severityOf(config, 'coverage-gap', 'info'),
      title: note.title,
      message: note.message,
      evidence: note.evidence,
    });
  }
  findings = withoutSuppressedProposals(applySuppressions(findings, config, options.now ?? new Date()));
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.type.localeCompare(b.type) ||
      (a.groupId ?? '').localeCompare(b.groupId ?? '') ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
      a.id.localeCompare(b.id),
  );
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  const input = collected.input;
  const bucketSeconds = config.thresholds['bucket-seconds'];
  return {
    schemaVersion: 1,
    tool: { name: 'sg-flow-audit', version: options.toolVersion },
    window: { start: iso(input.firstStart), end: iso(input.lastEnd) },
    input: {
      files: input.files,
      records: input.records,
      accepted: input.accepted,
      rejected: input.rejected,
      noData: input.noData,
      skipData: input.skipData,
      malformed: input.malformed,
      unreadableFiles: input.unreadableFiles,
      errors: [...input.errors].sort((a, b) =>
        a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
      ),
      errorCount: input.errorCount,
      fields: input.fields,
      formats: [...input.formats].sort((a, b) => a.join(' ').localeCompare(b.join(' '))),
      unknownInterfaces: collected.unknownInterfaces,
      ...(input.outsideWindow !== undefined ? { outsideWindow: input.outsideWindow } : {}),
      ...(input.sources !== undefined ? { sources: input.sources } : {}),
      ...(input.engine !== undefined ? { engine: input.engine } : {}),
    },
    summary: {
      interfaces: compiled.interfaces.length,
      interfacesWithRecords: collected.recordsByInterface.filter((n) => n > 0).length,
      groups: compiled.inventory.groups.length,
      rules: {
        total: rules.length,
        used: statuses.filter((s) => s === 'used').length,
        unused: statuses.filter((s) => s === 'unused').length,
        unknown: statuses.filter((s) => s === 'unknown').length,
      },
      findings: counts,
    },
    rules,
    findings,
    traffic: {
      bucketSeconds,
      buckets: [...collected.buckets]
        .sort((a, b) => a[0] - b[0])
        .map(([b, [accepted, rejected]]) => ({
          start: iso(b * bucketSeconds) as string,
          accepted,
          rejected,
        })),
      topRejectedSources: top(collected.rejectedSources, TOP_LIST).map(([k, flows]) => ({
        address: peerKeyText(k),
        flows,
      })),
      topRejectedPorts: top(collected.rejectedPorts, TOP_LIST).map(([k, flows]) => ({
        ...portOfKey(k),
        flows,
      })),
      topPorts: top(collected.servicePorts, TOP_LIST).map(([k, flows]) => ({ ...portOfKey(k), flows })),
      ...trafficLists(compiled, collected),
    },
  };
}
