/**
 * The streaming pass of `check-change`: a record sink that keeps only the REJECTed connection
 * starts on the changed groups' interfaces since a time, and of those only the ones a rule the
 * change removed would have allowed and no rule in force allows. They are counted per group,
 * direction, remote address and port, never kept; the number of keys is bounded and what did not
 * fit is counted. It reads nothing the analysis needs, so the analysis' hot path is left alone.
 */
import {
  ownsAddress,
  peerHas4,
  peerHas6,
  type CompiledInterface,
  type CompiledRule,
} from '../../analysis/compile.js';
import { classifyStart } from '../../analysis/initiator.js';
import { containsIpv4, containsIpv6, formatIpv4, parseIpv6, type Cidr } from '../../analysis/net.js';
import type { ReaderSink } from '../../sources/file.js';
import { FlowAction, FlowDirection, LogStatus, type FlowRecord } from '../../sources/record.js';
import { InputCounter } from '../../sources/stats.js';

/** An interface of a changed group: its addresses and rules now, and the rules the change removed. */
export interface WatchedInterface {
  /** Compiled from the rules in force after the change. */
  eni: CompiledInterface;
  /** The removed rules of the interface's groups, peers resolved as they were before. */
  removed: CompiledRule[];
}

/** REJECTed connection starts of one group, direction, remote address and port. */
export interface BlockedFlows {
  groupId: string;
  direction: 'ingress' | 'egress';
  /** The remote address as text (IPv4 dotted, IPv6 as the parser normalized it). */
  remote: string;
  protocol: number;
  /** The local port (ingress) or remote port (egress) connected to; -1 for a protocol without ports. */
  port: number;
  /** The first removed rule that would have allowed them. */
  rule: CompiledRule;
  flows: number;
  packets: number;
  bytes: number;
  /** Unix seconds. */
  firstSeen: number;
  lastSeen: number;
  /** The interfaces that logged them (at most {@link MAX_INTERFACES_PER_KEY}). */
  interfaces: Set<string>;
  /** The port-scan table's key of the remote address (inbound only). */
  scanKey: number | string | undefined;
}

/** What the pass counted besides the blocked flows (all in flows: records × their count). */
export interface BlockedCounts {
  /** REJECTed connection starts on the changed groups' interfaces in the checked time. */
  rejectedStarts: number;
  /** REJECTed records there before `since`, or before the change took effect. */
  beforeSince: number;
  beforeChange: number;
  /** REJECTed return traffic (a response to a connection the other side started). */
  responses: number;
  /** REJECTed records whose direction could not be told. */
  undirected: number;
  /** Starts no removed rule allowed: the change did not block them. */
  notAllowedBefore: number;
  /** Starts a rule in force still allows: something else (a network ACL) rejected them. */
  stillAllowed: number;
  /** Starts from networks the change denied on purpose (network ACL deny entries). */
  denied: number;
  /** Blocked starts that found no room among the aggregated keys. */
  dropped: number;
}

export interface BlockedTrafficOptions {
  /** Unix seconds: records that started earlier are not looked at. */
  since: number;
  /** Unix seconds: records that ended before the change took effect are not its doing. */
  changedAt?: number | undefined;
  /** The config's `ephemeral-port-start`, for {@link classifyStart}. */
  ephemeralStart: number;
  /** The config's `thresholds.port-scan-min-ports`: a source REJECTed on this many ports is a scanner. */
  portScanMinPorts: number;
  deniedNetworks: readonly Cidr[];
  /** Bounds; the defaults suit a run of millions of records. */
  maxKeys?: number;
  maxTrackedSources?: number;
}

/** Aggregated keys kept at most; a change that blocks more than this is plain without the rest. */
export const MAX_BLOCKED_KEYS = 10_000;
/** Remote addresses whose REJECTed ports are tracked for port-scan detection. */
export const MAX_TRACKED_SOURCES = 200_000;
export const MAX_INTERFACES_PER_KEY = 16;

const TCP = 6;
const UDP = 17;
const SCTP = 132;

/** Whether a compiled rule allows a connection start (as the analysis matches rules). */
export function ruleAllows(
  rule: CompiledRule,
  protocol: number,
  port: number,
  remote4: number,
  remote6: string | undefined,
): boolean {
  if (rule.protocol !== -1 && rule.protocol !== protocol) return false;
  if (rule.fromPort >= 0 && (port < rule.fromPort || port > rule.toPort)) return false;
  return remote6 === undefined ? peerHas4(rule.peer, remote4) : peerHas6(rule.peer, remote6);
}

export class BlockedTrafficCollector {
  readonly input = new InputCounter();
  readonly counts: BlockedCounts = {
    rejectedStarts: 0,
    beforeSince: 0,
    beforeChange: 0,
    responses: 0,
    undirected: 0,
    notAllowedBefore: 0,
    stillAllowed: 0,
    denied: 0,
    dropped: 0,
  };
  /** Set when the port-scan table was full: a scanner seen after that is not recognised. */
  scanTableFull = false;
  private readonly blocked = new Map<string, BlockedFlows>();
  /** Per inbound remote address: the one port or the distinct ports it was REJECTed on. */
  private readonly scanPorts = new Map<number | string, number | Set<number>>();
  private readonly maxKeys: number;
  private readonly maxTrackedSources: number;

  constructor(
    /** Indexed like the reader's interface table; undefined for an interface of no changed group. */
    private readonly watched: readonly (WatchedInterface | undefined)[],
    private readonly options: BlockedTrafficOptions,
  ) {
    this.maxKeys = options.maxKeys ?? MAX_BLOCKED_KEYS;
    this.maxTrackedSources = options.maxTrackedSources ?? MAX_TRACKED_SOURCES;
  }

  /** The sink the readers feed: records here, everything else to the input counts. */
  sink(): ReaderSink {
    return this.input.sinkFor(this.record.bind(this));
  }

  /** Takes one record; the reader reuses the object, so only copies of its fields are kept. */
  record(r: FlowRecord): void {
    this.input.record(r);
    if (r.action !== FlowAction.Reject || r.status !== LogStatus.Ok) return;
    const ifIndex = r.interfaceIndex;
    const watched = ifIndex >= 0 ? this.watched[ifIndex] : undefined;
    if (watched === undefined) return;
    const n = r.count;
    if (r.start < this.options.since) {
      this.counts.beforeSince += n;
      return;
    }
    const changedAt = this.options.changedAt;
    if (changedAt !== undefined && (r.end >= 0 ? r.end : r.start) < changedAt) {
      this.counts.beforeChange += n;
      return;
    }
    const eni = watched.eni;
    let direction = r.direction;
    if (direction === FlowDirection.Unknown) {
      if (ownsAddress(eni, r.dst4, r.dstV6)) direction = FlowDirection.Ingress;
      else if (ownsAddress(eni, r.src4, r.srcV6)) direction = FlowDirection.Egress;
      else {
        this.counts.undirected += n;
        return;
      }
    }
    // The same judgement as the analysis: a rejected answer to someone else's connection is no
    // connection the change blocked.
    if (classifyStart(r, this.options.ephemeralStart) < 0) {
      this.counts.responses += n;
      return;
    }
    this.counts.rejectedStarts += n;
    const ingress = direction === FlowDirection.Ingress;
    const remote4 = ingress ? r.src4 : r.dst4;
    const remote6 = ingress ? r.srcV6 : r.dstV6;
    if (remote6 === undefined && remote4 < 0) {
      this.counts.notAllowedBefore += n;
      return;
    }
    const protocol = r.protocol;
    const hasPorts = protocol === TCP || protocol === UDP || protocol === SCTP;
    const port = hasPorts ? r.dstPort : -1;
    const scanKey = ingress ? (remote6 ?? remote4 | 0) : undefined;
    if (scanKey !== undefined && hasPorts) this.trackPort(scanKey, port);

    let before: CompiledRule | undefined;
    for (const rule of watched.removed) {
      if (
        rule.rule.direction === (ingress ? 'ingress' : 'egress') &&
        ruleAllows(rule, protocol, port, remote4, remote6)
      ) {
        before = rule;
        break;
      }
    }
    if (before === undefined) {
      this.counts.notAllowedBefore += n;
      return;
    }
    const now = ingress ? eni.ingress : eni.egress;
    if (now.some((rule) => ruleAllows(rule, protocol, port, remote4, remote6))) {
      this.counts.stillAllowed += n;
      return;
    }
    if (ingress && this.isDenied(remote4, remote6)) {
      this.counts.denied += n;
      return;
    }
    const remote = remote6 ?? formatIpv4(remote4);
    const groupId = before.rule.groupId;
    const key = `${groupId}\t${direction}\t${remote}\t${protocol}\t${port}`;
    let flows = this.blocked.get(key);
    if (flows === undefined) {
      if (this.blocked.size >= this.maxKeys) {
        this.counts.dropped += n;
        return;
      }
      flows = {
        groupId,
        direction: ingress ? 'ingress' : 'egress',
        remote,
        protocol,
        port,
        rule: before,
        flows: 0,
        packets: 0,
        bytes: 0,
        firstSeen: r.start,
        lastSeen: r.start,
        interfaces: new Set(),
        scanKey,
      };
      this.blocked.set(key, flows);
    }
    flows.flows += n;
    flows.packets += r.packets;
    flows.bytes += r.bytes;
    if (r.start < flows.firstSeen) flows.firstSeen = r.start;
    const last = r.end >= 0 ? r.end : r.start;
    if (last > flows.lastSeen) flows.lastSeen = last;
    if (flows.interfaces.size < MAX_INTERFACES_PER_KEY) flows.interfaces.add(eni.id);
  }

  /**
   * The blocked flows, with the port scanners' left out: a source REJECTed on at least
   * `portScanMinPorts` ports probes, and a rule that let it in before is no loss.
   */
  result(): { blocked: BlockedFlows[]; scanners: { sources: number; flows: number } } {
    const blocked: BlockedFlows[] = [];
    const scannerSources = new Set<number | string>();
    let scannerFlows = 0;
    for (const flows of this.blocked.values()) {
      if (flows.scanKey !== undefined && this.isScanner(flows.scanKey)) {
        scannerSources.add(flows.scanKey);
        scannerFlows += flows.flows;
      } else blocked.push(flows);
    }
    return { blocked, scanners: { sources: scannerSources.size, flows: scannerFlows } };
  }

  private isScanner(key: number | string): boolean {
    const ports = this.scanPorts.get(key);
    return ports !== undefined && typeof ports !== 'number' && ports.size >= this.options.portScanMinPorts;
  }

  private trackPort(key: number | string, port: number): void {
    const ports = this.scanPorts.get(key);
    if (ports === undefined) {
      if (this.scanPorts.size >= this.maxTrackedSources) this.scanTableFull = true;
      else this.scanPorts.set(key, port);
    } else if (typeof ports === 'number') {
      if (ports !== port) this.scanPorts.set(key, new Set([ports, port]));
    } else if (ports.size < this.options.portScanMinPorts) ports.add(port);
  }

  private isDenied(remote4: number, remote6: string | undefined): boolean {
    const networks = this.options.deniedNetworks;
    if (networks.length === 0) return false;
    const v6 = remote6 === undefined ? undefined : parseIpv6(remote6);
    if (remote6 !== undefined && v6 === undefined) return false;
    return networks.some((net) => (v6 === undefined ? containsIpv4(net, remote4) : containsIpv6(net, v6)));
  }
}
