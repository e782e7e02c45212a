/**
 * The JSON report, schema version 1 (the public contract). Fields may be added; none may be
 * renamed or removed without a schema version bump.
 */
import type { InputError } from '../sources/record.js';
import type { InputEngine, InputSource } from '../sources/stats.js';
import type { RulePeer } from '../inventory/model.js';

export type { InputEngine, InputSource } from '../sources/stats.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type RuleStatus = 'used' | 'unused' | 'unknown';

export type FindingType =
  | 'open-admin-port'
  | 'open-high-risk-port'
  | 'unused-rule'
  | 'broad-source'
  | 'broad-ports'
  | 'redundant-rule'
  | 'unattached-group'
  | 'default-group-rules'
  | 'port-scan'
  | 'unknown-source'
  | 'traffic-spike'
  | 'coverage-gap'
  | 'expired-suppression'
  | 'would-block-traffic'
  | 'blocked-by-change'
  | 'target-unreadable';

export interface ReportInput {
  files: number;
  records: number;
  accepted: number;
  rejected: number;
  noData: number;
  skipData: number;
  malformed: number;
  unreadableFiles: number;
  errors: InputError[];
  errorCount: number;
  fields: string[];
  formats: string[][];
  unknownInterfaces: string[];
  /**
   * Records of live S3 objects left out because their start lies outside the window (S3 is
   * listed by folder; CloudWatch Logs returns only the window). Present when some were.
   */
  outsideWindow?: number;
  /** `--source auto`: every readable flow log found, which were read, for which interfaces, why. */
  sources?: InputSource[];
  /** `--engine athena|insights`: the queries run, the rows they returned, what Athena scanned. */
  engine?: InputEngine;
  /**
   * `--regions`, `--accounts`, `--organization`: every account and region the run audited, in
   * order, and whether it could be read. Absent from a run of one account and region.
   */
  targets?: InputTarget[];
}

/** One account and region of a run over many (`input.targets`). */
export interface InputTarget {
  account: string;
  region: string;
  /** `failed`: nothing of it is in the report but a `target-unreadable` finding. */
  status: 'read' | 'failed';
  /** Records read for it (0 when it failed). */
  records: number;
  /** Why it failed: the AWS call refused and what to change. */
  message?: string;
}

export interface PeerCount {
  address: string;
  flows: number;
}

export interface RuleUsageReport {
  flows: number;
  packets: number;
  bytes: number;
  /** Distinct remote addresses; exact when `peersExact`, else an estimate. */
  peers: number;
  peersExact: boolean;
  topPeers: PeerCount[];
  ports: number[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** How the connection starts behind `flows` were recognised: tcp-flags, flow-direction, pairing, port heuristic. */
  confidence: 'high' | 'medium' | 'low' | null;
  /** Starts that matched this rule but were credited to a narrower rule of the same interface. */
  shadowedFlows: number;
}

export interface RuleReport {
  ruleId: string;
  groupId: string;
  groupName: string;
  direction: 'ingress' | 'egress';
  protocol: string;
  fromPort: number;
  toPort: number;
  peer: RulePeer;
  description?: string;
  status: RuleStatus;
  usage: RuleUsageReport;
  /** The account of the rule, in a run over many accounts or regions (`input.targets`). */
  account?: string;
  /** The region of the rule, in a run over many accounts or regions. */
  region?: string;
}

/** One rule of a proposal: exactly one of `cidr`, `groupId` or `prefixListId`. */
export interface ProposedRule {
  protocol: string;
  fromPort: number;
  toPort: number;
  cidr?: string;
  groupId?: string;
  prefixListId?: string;
}

/** A network ACL entry proposed to deny a port scanner (`action: deny`). */
export interface ProposedAclEntry {
  networkAclId: string;
  /** The subnets of the ACL that the scanner reached. */
  subnetIds: string[];
  ruleNumber: number;
  egress: false;
  /** `-1`: every protocol. */
  protocol: '-1';
  ruleAction: 'deny';
  cidr: string;
}

/**
 * The net change for a rule (one per rule: every finding about it carries the same), or the
 * network ACL entries that deny a port scanner.
 */
export interface Proposal {
  action: 'replace' | 'remove' | 'deny';
  /** `replace`: what takes the rule's place; `remove`: the rule removed; `deny`: empty. */
  rules: ProposedRule[];
  /** `deny` only. */
  networkAclEntries?: ProposedAclEntry[];
}

export interface Finding {
  id: string;
  type: FindingType;
  severity: Severity;
  groupId?: string;
  ruleId?: string;
  peer?: string;
  title: string;
  message: string;
  evidence: Record<string, unknown>;
  proposal?: Proposal;
  /** Present when a config suppression matched: the finding is kept in the report but not counted. */
  suppressed?: { reason: string; expires: string };
  /** The account the finding is about, in a run over many accounts or regions (`input.targets`). */
  account?: string;
  /** The region the finding is about, in a run over many accounts or regions. */
  region?: string;
}

export interface TimeBucket {
  start: string;
  accepted: number;
  rejected: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'sg-flow-audit'; version: string };
  window: { start: string | null; end: string | null };
  input: ReportInput;
  summary: {
    interfaces: number;
    interfacesWithRecords: number;
    groups: number;
    rules: { total: number; used: number; unused: number; unknown: number };
    findings: Record<Severity, number>;
  };
  rules: RuleReport[];
  findings: Finding[];
  traffic: {
    bucketSeconds: number;
    buckets: TimeBucket[];
    topRejectedSources: PeerCount[];
    topRejectedPorts: { port: number; protocol: string; flows: number }[];
    topPorts: { port: number; protocol: string; flows: number }[];
  } & Partial<TrafficLists>;
}

/** Inbound connection attempts from one remote address. */
export interface SourceTraffic {
  address: string;
  accepted: number;
  rejected: number;
  /** Distinct local ports it tried. */
  ports: number;
}

/**
 * Connections to one protocol and port: `accepted` connection starts in either direction (the
 * port is the destination's), `rejected` inbound attempts.
 */
export interface PortTraffic {
  protocol: string;
  port: number;
  accepted: number;
  rejected: number;
}

/** {@link PortTraffic} added up per protocol. */
export interface ProtocolTraffic {
  protocol: string;
  accepted: number;
  rejected: number;
}

/** The flow-log records of one interface, whatever their action or status. */
export interface InterfaceTraffic {
  interfaceId: string;
  /** False for an interface in the logs that the inventory does not have. */
  inInventory: boolean;
  groupIds: string[];
  records: number;
  /** SKIPDATA records; inventory interfaces only. */
  skipData?: number;
}

/** The lists of {@link TrafficLists} that are cut at `listLimit` rows. */
export type TrafficListName = 'sources' | 'ports' | 'interfaces' | 'rejectedSources' | 'rejectedPorts';

/**
 * The traffic per source, port, protocol and interface (what `export-traffic` writes), added to
 * schema version 1: absent from reports of earlier versions.
 */
export interface TrafficLists {
  /** The most rows a list named in `lists` holds: the busiest, ranked as the top lists are. */
  listLimit: number;
  sources: SourceTraffic[];
  ports: PortTraffic[];
  /** Every protocol seen (never cut). */
  protocols: ProtocolTraffic[];
  /** By records, busiest first; interfaces of the inventory without records too. */
  interfaces: InterfaceTraffic[];
  rejectedSources: PeerCount[];
  rejectedPorts: { port: number; protocol: string; flows: number }[];
  /**
   * Per list: the rows there were before the cut, and whether the list holds every one (false
   * when cut, or when a per-address table reached its bound while the records were read).
   */
  lists: Record<TrafficListName, { rows: number; complete: boolean }>;
}
